"""Black-box tests of what boards found when they used the demo (issue 10, "defects found"):
each failed before its fix. These are of rounds, answers and the service's pages; those of
the results are in test_in_use_results."""

import re
import unittest

from harness import ITEMS, utc_today
from in_use import InUseTestCase, board_csv


class InUseTest(InUseTestCase):
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


if __name__ == "__main__":
    unittest.main()
