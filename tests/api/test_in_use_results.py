"""Black-box tests of what boards found in the results when they used the demo (issue 10,
"defects found"): dot plots, the two sides of the board, actions, the trend and the management
response. Each failed before its fix."""

import re
import unittest
import urllib.parse

from harness import ITEMS, PASSWORD
from in_use import InUseTestCase, board_csv


class InUseResultsTest(InUseTestCase):
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
