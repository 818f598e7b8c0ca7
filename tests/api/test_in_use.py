"""Black-box tests of what boards found when they used the demo (issue 10, "defects found"):
each failed before its fix."""

import re
import unittest
import urllib.parse

from test_api import PASSWORD, small_board, utc_today

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

    def post_form(self, path, fields):
        """Posts `fields` as the secretary's browser would, with the session's CSRF token."""
        csrf = re.search(r'name="csrf" value="([^"]+)"', self.page("/account")).group(1)
        body = urllib.parse.urlencode({"csrf": csrf, **fields})
        response, text = self.b.fetch("POST", path, {
            "Cookie": self.session, "Content-Type": "application/x-www-form-urlencoded"}, body)
        return response, text.decode()

    def add_member(self, name, email, job_title, membership="executive", account=True):
        """A board member of RAA, with an account to sign in with unless `account` is false;
        returns the member's id."""
        member = self.b.cli("member", "add", "--org", "RAA", "--name", name, "--email", email,
                            "--job-title", job_title, "--membership", membership)
        if account:
            self.b.cli("user", "add", "--email", email, "--name", name, "--password", PASSWORD,
                       "--org", "RAA", "--role", "member")
        return member.stdout.split()[-1]

    def open_round(self, title, answers_by=None):
        status, body, _ = self.b.request("POST", "/api/v1/orgs/RAA/rounds",
                                         {"framework": "nhs-digital-boards", "title": title},
                                         token=self.token)
        self.assertEqual(status, 201, body)
        status, body, _ = self.b.request("POST", f"/api/v1/orgs/RAA/rounds/{body['id']}/open",
                                         {"closes_by": answers_by}, token=self.token)
        self.assertEqual(status, 200, body)
        return body["id"]

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

    def test_a_round_nobody_answered_cannot_close_only_be_withdrawn_then_deleted(self):
        rid = self.open_round("Empty")
        status, body, _ = self.b.request("POST", f"/api/v1/orgs/RAA/rounds/{rid}/close",
                                         token=self.token)
        self.assertEqual(status, 409, body)
        self.assertIn("withdraw it instead", body["detail"])
        # The page says so before anyone presses a button, and offers withdrawal instead.
        question = self.page(f"/orgs/RAA/rounds/{rid}/close")
        self.assertIn("Nobody has answered this round", question)
        self.assertNotIn("Yes, close the round", question)
        self.assertIn(f"/orgs/RAA/rounds/{rid}/withdraw", question)
        self.assertIn("Are you sure you want to withdraw", self.page(f"/orgs/RAA/rounds/{rid}/withdraw"))
        response, _ = self.post_form(f"/orgs/RAA/rounds/{rid}/withdraw", {})
        self.assertEqual(response.status, 303)
        round_page = self.page(f"/orgs/RAA/rounds/{rid}")
        self.assertIn("Withdrawn", round_page)
        self.assertIn("it has no results", round_page)
        self.assertNotIn("Results of Empty", self.page("/orgs/RAA"))
        self.assertIn("Are you sure you want to delete", self.page(f"/orgs/RAA/rounds/{rid}/delete"))
        response, _ = self.post_form(f"/orgs/RAA/rounds/{rid}/delete", {})
        self.assertEqual(response.getheader("Location"), "/orgs/RAA/rounds?done=deleted")
        status, _, _ = self.b.request("GET", f"/api/v1/orgs/RAA/rounds/{rid}", token=self.token)
        self.assertEqual(status, 404)

    def test_closing_asks_first_names_who_has_not_answered_and_refuses_a_date_before_opening(self):
        b = self.b
        self.add_member("Ada Answered", "ada@alpha.example", "Chief Nurse")
        self.add_member("Nell Notyet", "nell@alpha.example", "Non-executive director",
                        "non-executive", account=False)
        rid = self.open_round("To close")
        status, body, _ = b.request(
            "PUT", f"/api/v1/orgs/RAA/rounds/{rid}/answers/mine",
            {"answers": [{"item": item, "rating": 3} for item in ITEMS]},
            token=b.login("ada@alpha.example"))
        self.assertEqual(status, 200, body)
        # The round page only leads to the question; nothing closes from it.
        round_page = self.page(f"/orgs/RAA/rounds/{rid}")
        self.assertNotIn('name="closed_on-day"', round_page)
        self.assertIn(f'href="/orgs/RAA/rounds/{rid}/close"', round_page)
        question = self.page(f"/orgs/RAA/rounds/{rid}/close")
        self.assertIn("Are you sure you want to close this round?", question)
        self.assertIn("Nell Notyet (not started)", question)
        self.assertNotIn("Ada Answered (", question)
        # No date is typed in for the secretary.
        self.assertIn('name="closed_on-day" type="text" inputmode="numeric" value=""', question)
        response, text = self.post_form(f"/orgs/RAA/rounds/{rid}/close", {
            "closed_on-day": "1", "closed_on-month": "1", "closed_on-year": "2020"})
        self.assertEqual(response.status, 400)
        self.assertIn("on or after the day it opened", text)
        self.assertIn("There is a problem", text)
        self.assertEqual(b.request("GET", f"/api/v1/orgs/RAA/rounds/{rid}",
                                   token=self.token)[1]["status"], "open")
        # Left empty, it closes today.
        response, _ = self.post_form(f"/orgs/RAA/rounds/{rid}/close", {
            "closed_on-day": "", "closed_on-month": "", "closed_on-year": ""})
        self.assertEqual(response.status, 303)
        _, body, _ = b.request("GET", f"/api/v1/orgs/RAA/rounds/{rid}", token=self.token)
        self.assertEqual((body["status"], body["closed_on"]), ("closed", utc_today()))

    def test_members_see_the_date_to_answer_by_and_the_secretary_a_reminder(self):
        b = self.b
        self.add_member("Dee Deadline", "dee@alpha.example", "Medical Director")
        status, body, _ = b.request("POST", "/api/v1/orgs/RAA/rounds",
                                    {"framework": "nhs-digital-boards", "title": "Dated"},
                                    token=self.token)
        rid = body["id"]
        status, body, _ = b.request("POST", f"/api/v1/orgs/RAA/rounds/{rid}/open",
                                    {"closes_by": "2020-01-01"}, token=self.token)
        self.assertEqual((status, body.get("where")), (400, "closes_by"), body)
        status, body, _ = b.request("POST", f"/api/v1/orgs/RAA/rounds/{rid}/open",
                                    {"closes_by": "2099-12-11"}, token=self.token)
        self.assertEqual((status, body["closes_by"]), (200, "2099-12-11"), body)
        session = b.web_session("dee@alpha.example")
        for path in ["/orgs/RAA", f"/orgs/RAA/rounds/{rid}/answer"]:
            _, text = b.fetch("GET", path, {"Cookie": session})
            self.assertIn("Please answer by 11 December 2099", text.decode(), path)
        round_page = self.page(f"/orgs/RAA/rounds/{rid}")
        self.assertIn("Dee Deadline", round_page.split("Remind members", 1)[1])
        reminder = round_page.split('name="reminder"', 1)[1].split("</textarea>", 1)[0]
        self.assertIn("by 11 December 2099", reminder)
        self.assertIn(f"/orgs/RAA/rounds/{rid}/answer", reminder)
        self.assertIn("does not send email", round_page)
        # The secretary can move the date; a date gone by is refused with the field named.
        response, text = self.post_form(f"/orgs/RAA/rounds/{rid}/deadline", {
            "closes_by-day": "1", "closes_by-month": "1", "closes_by-year": "2020"})
        self.assertEqual(response.status, 400)
        self.assertIn("today or later", text)
        status, body, _ = b.request("PUT", f"/api/v1/orgs/RAA/rounds/{rid}/deadline",
                                    {"closes_by": None}, token=self.token)
        self.assertEqual((status, body["closes_by"]), (200, None), body)

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
        self.add_member("Mo Member", "mo@alpha.example", "Chief Nurse")
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
                                    {"closed_on": utc_today()}, token=self.token)
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


    # What boards expected and did not find: agreed actions, followed up at the next round.
    def test_an_action_agreed_on_an_item_shows_at_the_next_rounds_results_and_at_home(self):
        b = self.b
        owner = self.add_member("Owen Owner", "owen@alpha.example", "Chief Digital Officer",
                                account=False)
        board = board_csv([(f"m{i}", "executive", 3) for i in range(3)])
        spring = self.import_round("Spring actions", "2026-01-31", board)
        summer = self.import_round("Summer actions", "2026-06-30", board)

        # All problems at once, each against its field, and nothing recorded.
        status, body, _ = b.request("POST", "/api/v1/orgs/RAA/actions",
                                    {"due_on": "soon"}, token=self.token)
        self.assertEqual(status, 400, body)
        self.assertEqual({e["where"] for e in body["errors"]}, {"title", "owner", "due_on"})
        status, body, _ = b.request("POST", "/api/v1/orgs/RAA/actions", {
            "title": "Bring a digital inclusion plan to the board", "owner": int(owner),
            "due_on": "2099-03-31", "round": spring, "item": "users"}, token=self.token)
        self.assertEqual(status, 201, body)
        self.assertEqual((body["owner"]["name"], body["status"], body["overdue"]),
                         ("Owen Owner", "open", False))
        self.assertEqual(body["source"], {"kind": "assessment", "round": spring, "item": "users"})
        action = body["id"]

        results = self.page(f"/orgs/RAA/rounds/{summer}/results")
        said = results.split('id="actions"', 1)[1]
        self.assertIn("Bring a digital inclusion plan to the board", said)
        self.assertIn("Owen Owner", said)
        self.assertIn(f"/orgs/RAA/actions/new?round={summer}&amp;item=users", said)
        self.assertIn("Bring a digital inclusion plan", self.page("/orgs/RAA"))
        self.assertIn("Bring a digital inclusion plan", self.page("/orgs/RAA/actions"))
        _, csv_body = b.fetch("GET", "/orgs/RAA/actions.csv", {"Cookie": self.session})
        self.assertIn("Bring a digital inclusion plan to the board,Owen Owner,2099-03-31,open",
                      csv_body.decode())

        # The secretary's form reports every problem together, then records from an item.
        form = self.page(f"/orgs/RAA/actions/new?round={summer}&item=users")
        self.assertIn("About: ", form)
        response, text = self.post_form("/orgs/RAA/actions/new", {
            "title": "", "owner": "", "due_on-day": "31", "due_on-month": "2",
            "due_on-year": "2099", "round": summer, "item": "users"})
        self.assertEqual(response.status, 400)
        summary = text.split("There is a problem", 1)[1].split("</ul>", 1)[0]
        for message in ["Enter what the board has agreed to do",
                        "Choose the board member who owns the action", "must be a real date"]:
            self.assertIn(message, summary)
        response, _ = self.post_form("/orgs/RAA/actions/new", {
            "title": "Name a senior responsible owner for the EPR", "owner": owner,
            "due_on-day": "1", "due_on-month": "4", "due_on-year": "2099",
            "round": summer, "item": "ownership"})
        self.assertEqual(response.status, 303)
        # Back to the results it was recorded from, which say so.
        self.assertEqual(response.getheader("Location"),
                         f"/orgs/RAA/rounds/{summer}/results?done=action#actions")
        self.assertIn("Action recorded", self.page(f"/orgs/RAA/rounds/{summer}/results?done=action"))
        self.assertIn(f'href="/orgs/RAA/rounds/{summer}/results"',
                      self.page(f"/orgs/RAA/actions/new?round={summer}&item=users"))

        # At the next round, a member answering an item sees what the board agreed on it.
        self.add_member("Ann Answer", "ann.answer@alpha.example", "Medical Director")
        autumn = self.open_round("Autumn actions")
        ada = b.web_session("ann.answer@alpha.example")
        def question(item):
            response, text = b.fetch("GET", f"/orgs/RAA/rounds/{autumn}/questions/{item}",
                                     {"Cookie": ada})
            self.assertEqual(response.status, 200, item)
            return text.decode()
        users, ownership = question("users"), question("ownership")
        self.assertIn("What the board said it would do", users)
        self.assertIn(f'href="/orgs/RAA/actions/{action}">Bring a digital inclusion plan', users)
        self.assertIn("Owen Owner, due 31 March 2099. Open", users)
        self.assertNotIn("Name a senior responsible owner", users)
        self.assertIn("Name a senior responsible owner for the EPR", ownership)
        self.assertNotIn("What the board said it would do", question("outcomes"))
        b.request("POST", f"/api/v1/orgs/RAA/rounds/{autumn}/withdraw", token=self.token)

        # Followed to done, with who and when kept.
        status, body, _ = b.request("PUT", f"/api/v1/orgs/RAA/actions/{action}", {
            "title": "Bring a digital inclusion plan to the board", "owner": int(owner),
            "due_on": "2099-03-31", "status": "done", "progress": "Approved in March"},
            token=self.token)
        self.assertEqual((status, body["status"]), (200, "done"), body)
        page = self.page(f"/orgs/RAA/actions/{action}")
        self.assertIn("Approved in March", page)
        self.assertIn("Done", page)
        _, listed, _ = b.request("GET", "/api/v1/orgs/RAA/actions", token=self.token)
        self.assertEqual([a["status"] for a in listed], ["open", "done"], "open ones first")


    def test_the_trend_shows_each_item_across_rounds_with_the_change_since_the_first(self):
        self.import_round("Trend one", "2025-01-31",
                          board_csv([(f"t{i}", "executive", 2) for i in range(3)]))
        self.import_round("Trend two", "2025-02-28",
                          board_csv([(f"t{i}", "non-executive", 3) for i in range(4)]))
        status, _, _ = self.b.request(
            "GET", "/api/v1/orgs/RAA/frameworks/no-such-framework/trend", token=self.token)
        self.assertEqual(status, 404, "a mistyped framework is not one with no rounds")
        status, trend, _ = self.b.request(
            "GET", "/api/v1/orgs/RAA/frameworks/nhs-digital-boards/trend", token=self.token)
        self.assertEqual(status, 200, trend)
        titles = [r["title"] for r in trend["rounds"]]
        self.assertLess(titles.index("Trend one"), titles.index("Trend two"))
        users = next(i for i in trend["items"] if i["item"] == "users")
        first, second = titles.index("Trend one"), titles.index("Trend two")
        self.assertEqual((users["means"][first], users["means"][second]), (2.0, 3.0))
        page = self.page("/orgs/RAA/trend?framework=nhs-digital-boards")
        self.assertIn("How the board&#39;s view has moved", page)
        self.assertIn('aria-labelledby="trend-users-title trend-users-desc"', page)
        self.assertIn("Change since the first round", page)
        _, csv_body = self.b.fetch("GET", "/orgs/RAA/trend.csv?framework=nhs-digital-boards",
                                   {"Cookie": self.session})
        self.assertIn("users,Users,", csv_body.decode())


    def test_the_named_digital_lead_adds_a_management_response_shown_with_the_results(self):
        b = self.b
        lead = self.add_member("Lena Lead", "lena@alpha.example", "Chief Digital Officer")
        rid = self.import_round("Responded", "2026-05-31",
                                board_csv([(f"r{i}", "executive", 3) for i in range(3)]))
        results = self.page(f"/orgs/RAA/rounds/{rid}/results")
        self.assertIn("Nobody has been asked to respond", results)
        self.assertIn(f"/orgs/RAA/rounds/{rid}/response/responder", results)
        status, body, _ = b.request("PUT", f"/api/v1/orgs/RAA/rounds/{rid}/response/responder",
                                    {"member": int(lead)}, token=self.token)
        self.assertEqual((status, body["responder"]["name"]), (200, "Lena Lead"), body)
        # The secretary is no responder, so cannot write it.
        status, _, _ = b.request("PUT", f"/api/v1/orgs/RAA/rounds/{rid}/response",
                                 {"response": "Not mine to write"}, token=self.token)
        self.assertEqual(status, 403)
        session = b.web_session("lena@alpha.example")
        response, _ = b.fetch("GET", f"/orgs/RAA/rounds/{rid}/response", {"Cookie": self.session})
        self.assertEqual(response.status, 403, "only the one asked gets the page to write it")
        response, page = b.fetch("GET", f"/orgs/RAA/rounds/{rid}/response", {"Cookie": session})
        self.assertEqual(response.status, 200)
        csrf = re.search(r'name="csrf" value="([^"]+)"', page.decode()).group(1)
        form = {"Cookie": session, "Content-Type": "application/x-www-form-urlencoded"}
        response, page = b.fetch("POST", f"/orgs/RAA/rounds/{rid}/response", form,
                                 urllib.parse.urlencode({"csrf": csrf, "response": "  "}))
        self.assertEqual(response.status, 400)
        self.assertIn("Enter the management response", page.decode())
        response, _ = b.fetch("POST", f"/orgs/RAA/rounds/{rid}/response", form,
                              urllib.parse.urlencode({"csrf": csrf, "response":
                                                      "We accept the findings.\nA plan in June."}))
        self.assertEqual(response.status, 303)
        results = self.page(f"/orgs/RAA/rounds/{rid}/results")
        section = results.split('id="response"', 1)[1].split("<h2", 1)[0]
        self.assertIn("We accept the findings.\nA plan in June.", section)
        self.assertIn("Lena Lead, Chief Digital Officer", section)
        _, body, _ = b.request("GET", f"/api/v1/orgs/RAA/rounds/{rid}/response", token=self.token)
        self.assertEqual(body["response"], "We accept the findings.\nA plan in June.")

    def test_the_response_of_a_round_that_is_not_the_organisations_is_not_found(self):
        # Issue 19: it answered 200 with nulls for another organisation's round, or none.
        b = self.b
        rid = self.import_round("Theirs", "2026-04-30",
                                board_csv([(f"o{i}", "executive", 3) for i in range(3)]))
        b.cli("org", "add", "--ods", "RCC", "--name", "Gamma Trust", "--kind", "trust")
        b.cli("user", "add", "--email", "sec@gamma.example", "--name", "Sec Gamma",
              "--password", PASSWORD, "--org", "RCC", "--role", "secretary")
        other = b.login("sec@gamma.example")
        for token, path in [(other, f"/api/v1/orgs/RCC/rounds/{rid}/response"),
                            (self.token, "/api/v1/orgs/RAA/rounds/999999/response")]:
            status, problem, response = b.request("GET", path, token=token)
            self.assertEqual(status, 404, (path, problem))
            self.assertEqual(response.getheader("Content-Type"), "application/problem+json")
            self.assertIn("no round", problem["detail"])
        status, body, _ = b.request("GET", f"/api/v1/orgs/RAA/rounds/{rid}/response",
                                    token=self.token)
        self.assertEqual((status, body["responder"]), (200, None), "a round with none yet")


if __name__ == "__main__":
    unittest.main()
