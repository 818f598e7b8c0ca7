"""Black-box tests of what boards found when they used the demo (issue 10, "defects found"):
each failed before its fix."""

import re
import unittest
import urllib.parse

from test_api import PASSWORD, small_board

ITEMS = ["outcomes", "risk", "assurance", "advocacy", "ownership", "prioritisation", "users",
         "culture"]


def board_csv(ratings_by_respondent):
    """A round's CSV: every item rated the same by each (respondent, membership, rating)."""
    rows = ["respondent,membership,item,rating,evidence"]
    for respondent, membership, rating in ratings_by_respondent:
        rows += [f"{respondent},{membership},{item},{rating}," for item in ITEMS]
    return "\n".join(rows) + "\n"


class InUseTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.b, cls.stop = small_board()
        cls.token = cls.b.login("sec@alpha.example")
        cls.session = cls.b.web_session("sec@alpha.example")

    @classmethod
    def tearDownClass(cls):
        cls.stop()

    def page(self, path):
        response, body = self.b.fetch("GET", path, {"Cookie": self.session})
        self.assertEqual(response.status, 200, path)
        return body.decode()

    def import_round(self, title, closed_on, csv):
        query = (f"?framework=nhs-digital-boards&title={urllib.parse.quote(title)}"
                 f"&closed_on={closed_on}")
        status, body, _ = self.b.request("POST", "/api/v1/orgs/RAA/rounds/import" + query,
                                         token=self.token, raw=csv,
                                         headers={"Content-Type": "text/csv"})
        self.assertEqual(status, 201, body)
        return body["id"]

    def test_results_on_the_home_page_are_in_the_order_rounds_closed(self):
        board = board_csv([(f"m{i}", "executive", 3) for i in range(3)])
        self.import_round("Summer", "2026-06-30", board)
        self.import_round("Spring", "2026-01-31", board)  # made later, closed earlier
        home = self.page("/orgs/RAA")
        self.assertLess(home.index("Results of Summer"), home.index("Results of Spring"))

    def test_the_rounds_table_names_frameworks_by_title(self):
        self.import_round("Titled", "2026-02-28", board_csv([("m1", "executive", 3)]))
        _, framework, _ = self.b.request("GET", "/api/v1/frameworks/nhs-digital-boards",
                                         token=self.token)
        rounds = self.page("/orgs/RAA/rounds")
        table = rounds.split("<table", 1)[1].split("</table>", 1)[0]
        self.assertIn(framework["title"], table)
        self.assertNotIn(">nhs-digital-boards<", table)

    def test_a_round_nobody_answered_says_so_and_claims_no_agreement(self):
        status, body, _ = self.b.request("POST", "/api/v1/orgs/RAA/rounds",
                                         {"framework": "nhs-digital-boards", "title": "Empty"},
                                         token=self.token)
        self.assertEqual(status, 201, body)
        rid = body["id"]
        self.b.request("POST", f"/api/v1/orgs/RAA/rounds/{rid}/open", token=self.token)
        status, body, _ = self.b.request("POST", f"/api/v1/orgs/RAA/rounds/{rid}/close",
                                         {"closed_on": "2026-03-31"}, token=self.token)
        self.assertEqual(status, 200, body)
        results = self.page(f"/orgs/RAA/rounds/{rid}/results")
        self.assertIn("Nobody answered this round", results)
        self.assertNotIn("broadly agrees", results)
        self.assertNotIn('class="bl-chart"', results, "no empty chart")

    def test_too_few_ratings_never_read_as_agreement(self):
        rid = self.import_round("Two answers", "2026-04-30",
                                board_csv([("m1", "executive", 3), ("m2", "executive", 4)]))
        results = self.page(f"/orgs/RAA/rounds/{rid}/results")
        self.assertNotIn("broadly agrees", results)
        self.assertIn("cannot say where the board agrees", results)

    def test_shown_figures_add_up(self):
        # Executives 3, 3, 4 (mean 3.33, shown 3.3); non-executives 2, 3, 3 (2.67, shown 2.7).
        # The unrounded gap is 0.67 (+0.7); the figures shown differ by +0.6.
        rid = self.import_round("Rounding", "2026-05-31", board_csv(
            [("e1", "executive", 3), ("e2", "executive", 3), ("e3", "executive", 4),
             ("n1", "non-executive", 2), ("n2", "non-executive", 3),
             ("n3", "non-executive", 3)]))
        results = self.page(f"/orgs/RAA/rounds/{rid}/results")
        ownership = results.split('id="ownership"', 1)[1].split("</table>", 1)[0]
        cells = [re.sub(r"<span class=\"nhsuk-table-responsive__heading\".*?</span>|<[^>]+>", "",
                        cell).strip()
                 for cell in re.findall(r"<td[^>]*>(.*?)</td>", ownership)]
        self.assertIn("3.3", cells)
        self.assertIn("2.7", cells)
        self.assertIn("+0.6", cells)
        self.assertNotIn("+0.7", cells)

    def test_a_member_sees_that_their_answers_were_sent_and_can_change_them(self):
        b = self.b
        b.cli("member", "add", "--org", "RAA", "--name", "Mo Member", "--email",
              "mo@alpha.example", "--job-title", "Chief Nurse", "--membership", "executive")
        b.cli("user", "add", "--email", "mo@alpha.example", "--name", "Mo Member",
              "--password", PASSWORD, "--org", "RAA", "--role", "member")
        status, body, _ = b.request("POST", "/api/v1/orgs/RAA/rounds",
                                    {"framework": "nhs-digital-boards", "title": "Open one"},
                                    token=self.token)
        rid = body["id"]
        b.request("POST", f"/api/v1/orgs/RAA/rounds/{rid}/open", token=self.token)
        member = b.login("mo@alpha.example")
        session = b.web_session("mo@alpha.example")

        def page(path):
            response, text = b.fetch("GET", path, {"Cookie": session})
            self.assertEqual(response.status, 200, path)
            return text.decode()

        self.assertIn("Answer the questions", page("/orgs/RAA"))
        status, body, _ = b.request(
            "PUT", f"/api/v1/orgs/RAA/rounds/{rid}/answers/mine",
            {"answers": [{"item": item, "rating": 3, "evidence": f"Seen at committee: {item}"}
                         for item in ITEMS]}, token=member)
        self.assertEqual(status, 200, body)
        for path in ["/orgs/RAA", f"/orgs/RAA/rounds/{rid}"]:
            text = page(path)
            self.assertIn("Answers sent on", text, path)
            self.assertIn("Change your answers", text, path)
            self.assertNotIn("Answer the questions", text, path)

        # Once the round closes, the member can still read (not change) what they said.
        status, body, _ = b.request("POST", f"/api/v1/orgs/RAA/rounds/{rid}/close",
                                    {"closed_on": "2026-10-31"}, token=self.token)
        self.assertEqual(status, 200, body)
        self.assertIn(f"/orgs/RAA/rounds/{rid}/my-answers", page(f"/orgs/RAA/rounds/{rid}"))
        mine = page(f"/orgs/RAA/rounds/{rid}/my-answers")
        self.assertIn("Seen at committee: users", mine)
        self.assertNotIn(">Change<", mine)
        response, _ = b.fetch("GET", f"/orgs/RAA/rounds/{rid}/my-answers",
                              {"Cookie": self.session})
        self.assertEqual(response.status, 403, "the secretary is not on the board")

    def test_pages_may_use_the_nhs_fonts_and_have_the_nhs_icons(self):
        response, page = self.b.fetch("GET", "/orgs/RAA", {"Cookie": self.session})
        policy = response.getheader("Content-Security-Policy")
        self.assertIn("font-src 'self' https://assets.nhs.uk", policy)
        self.assertNotIn("https://assets.nhs.uk", policy.replace("font-src 'self' https://assets.nhs.uk", ""),
                         "the font host is allowed for fonts only")
        html = page.decode()
        for path, kind in [("/favicon.ico", "image/x-icon"),
                           ("/assets/images/favicon.svg", "image/svg+xml"),
                           ("/assets/images/nhsuk-icon-180.png", "image/png"),
                           # the frontend's own CSS asks for these
                           ("/assets/images/nhsuk-icon-arrow-down.svg", "image/svg+xml"),
                           ("/assets/images/nhsuk-icon-cross.svg", "image/svg+xml")]:
            response, body = self.b.fetch("GET", path)
            self.assertEqual(response.status, 200, path)
            self.assertEqual(response.getheader("Content-Type"), kind, path)
            self.assertGreater(len(body), 100, path)
        self.assertIn('rel="icon" href="/assets/images/favicon.svg"', html)
        self.assertIn('rel="apple-touch-icon"', html)

    def test_every_page_has_the_service_shell_and_its_pages_are_real(self):
        response, page = self.b.fetch("GET", "/sign-in")
        html = page.decode()
        self.assertIn('class="nhsuk-header__logo"', html)
        self.assertIn(">Beta</strong>", html)
        for path, heading, words in [
                ("/accessibility", "Accessibility statement", "(WCAG) 2.2"),
                ("/privacy", "Privacy notice", "never with your name"),
                ("/cookies", "Cookies", "boardlens_session"),
                ("/contact", "Contact us", "board secretary")]:
            self.assertIn(f'href="{path}"', html, "linked from the footer")
            response, body = self.b.fetch("GET", path)
            self.assertEqual(response.status, 200, path)
            text = body.decode()
            self.assertIn(f"<h1>{heading}</h1>", text)
            self.assertIn(words, text)
        _, body = self.b.fetch("GET", "/cookies")
        self.assertIn("after 8 hours, or after 1 hour unused", body.decode(),
                      "the page says what the settings are")
        _, body = self.b.fetch("GET", "/cookies", {"Cookie": self.session})
        self.assertIn("Sign out", body.decode(), "signed in, the header says so")

    def test_a_disagreement_is_named_by_its_spread(self):
        # Four rate 2 and four rate 4: every rating is within one level of the median (3),
        # yet the middle half spans two levels. "Members disagree" beside "100% within one
        # level" read as a contradiction; the page names the spread instead.
        rid = self.import_round("Split", "2026-07-31", board_csv(
            [(f"e{i}", "executive", 2) for i in range(4)] +
            [(f"n{i}", "non-executive", 4) for i in range(4)]))
        results = self.page(f"/orgs/RAA/rounds/{rid}/results")
        self.assertIn("Views differ: they run from 2 to 4: 4 members rate it 2 and 4 members "
                      "rate it 4", results)
        self.assertNotIn("Members disagree", results)

    def test_the_two_lowest_rated_items_are_named_even_without_a_flag(self):
        rows = ["respondent,membership,item,rating,evidence"]
        ratings = {"outcomes": 4, "risk": 2, "users": 1}
        for m in range(3):
            rows += [f"m{m},executive,{item},{ratings.get(item, 3)}," for item in ITEMS]
        rid = self.import_round("Lowest", "2026-08-31", "\n".join(rows) + "\n")
        results = self.page(f"/orgs/RAA/rounds/{rid}/results")
        talk = results.split('id="conversations"', 1)[1].split("<h2", 1)[0]
        self.assertIn("Lowest rated this round: Users (1.0) and Risk (2.0).", talk)
        self.assertIn("No item is flagged", talk)

    def dot_plots(self, path):
        """The dot plots of a results page, by item."""
        results = self.page(path)
        return {item: plot.split("</svg>", 1)[0]
                for item, plot in re.findall(r'id="dots-(\w+)-title"(.*?)</svg>', results, re.S)}

    def test_a_dot_plot_shows_who_does_not_know(self):
        # Issue 10: the dot plots left out "don't know", so a blind spot could not be seen.
        rid = self.import_round("Unsure", "2025-09-30", board_csv(
            [(f"e{i}", "executive", 3) for i in range(3)] +
            [(f"n{i}", "non-executive", "DK") for i in range(2)]))
        plots = self.dot_plots(f"/orgs/RAA/rounds/{rid}/results")
        self.assertEqual(sorted(plots), sorted(ITEMS))
        for plot in plots.values():
            self.assertIn(">Don&#39;t know</text>", plot)
            self.assertEqual(plot.count("<circle"), 5, "three ratings and two don't knows")

    def test_executives_and_non_executives_apart_only_when_neither_side_is_small(self):
        path = "/orgs/RAA/rounds/{}/results?by=membership"
        # Two non-executives: their answers would show apart, so no item is split, and each
        # says why.
        small = self.import_round("Two non-executives", "2025-10-31", board_csv(
            [(f"e{i}", "executive", 4) for i in range(3)] +
            [(f"n{i}", "non-executive", 2) for i in range(2)]))
        results = self.page(path.format(small))
        self.assertEqual(results.count("Executives and non-executives are not shown separately "
                                       "for this item: fewer than 3"), len(ITEMS))
        for plot in self.dot_plots(path.format(small)).values():
            self.assertNotIn("<polygon", plot, "no triangles: nothing split")
            self.assertEqual(plot.count("<circle"), 5)
        # Three on each side: executives as circles, non-executives as triangles, with a key.
        shown = self.import_round("Three each", "2025-11-30", board_csv(
            [(f"e{i}", "executive", 4) for i in range(3)] +
            [(f"n{i}", "non-executive", 2) for i in range(3)]))
        for plot in self.dot_plots(path.format(shown)).values():
            self.assertEqual(plot.count("<circle"), 3 + 1)
            self.assertEqual(plot.count("<polygon"), 3 + 1)
            self.assertIn(">Executives</text>", plot)
            self.assertIn(">Non-executives</text>", plot)
        # The split is asked for by a link, and undone by one.
        self.assertIn(f'href="/orgs/RAA/rounds/{shown}/results?by=membership#spread">Show '
                      "executives and non-executives separately</a>",
                      self.page(f"/orgs/RAA/rounds/{shown}/results"))
        self.assertIn(f'href="/orgs/RAA/rounds/{shown}/results#spread">Show the whole board '
                      "together</a>", self.page(path.format(shown)))


if __name__ == "__main__":
    unittest.main()
