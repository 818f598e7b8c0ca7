"""Black-box tests of the board-questions checklist (issue 12): its API, pages, CSV and
commands on the database named by BOARDLENS_TEST_DB."""

import csv
import datetime
import io
import re
import unittest
import urllib.parse

from keepers import KeepersTestCase
from harness import utc_today

HEADER = "framework,question,title,status,owner,next_review_on,overdue,answer,evidence"
BASE = "/api/v1/orgs/RAA/questions"


class QuestionsTest(KeepersTestCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()

    def answer(self, item, token=None, code=200, **fields):
        """PUTs an answer to `item`, `fields` over a partly assured one owned by the CDIO."""
        body = {"answer": "We can answer this.", "status": "partly_assured",
                "owner": self.members["cdio@alpha.example"], **fields}
        return self.api("PUT", f"{BASE}/board-questions/{item}", body, token=token or self.cdio,
                        status=code)

    def test_the_checklist_lists_the_board_questions_and_keepers_record_answers(self):
        listed = self.api("GET", BASE, token=self.ned)
        self.assertEqual(len(listed), 10)
        self.assertEqual(listed[0]["framework"]["ref"], "board-questions")
        self.assertTrue(self.api("GET", "/api/v1/frameworks/board-questions")["checklist"])
        saved = self.answer("digital-lens", status="assured", next_review_on="2099-01-31",
                            evidence=[{"title": "Board paper",
                                       "url": "https://intranet.example/paper.pdf"}])
        self.assertEqual(saved["status"], "assured")
        self.assertEqual(saved["owner"]["name"], "Omar Siddiqui")
        self.assertEqual(saved["changed_by"], "Omar Siddiqui")
        self.assertFalse(saved["overdue"])
        # Non-executives read and challenge; they do not write the record they assure.
        self.answer("digital-lens", token=self.ned, code=403)
        got = self.api("GET", f"{BASE}/board-questions/digital-lens", token=self.ned)
        self.assertEqual(got["evidence"][0]["url"], "https://intranet.example/paper.pdf")
        self.assertEqual(len(got["history"]), 1)
        # Another organisation sees nothing of it.
        self.api("GET", f"{BASE}/board-questions/digital-lens", token=self.other, status=404)
        self.api("GET", BASE, token=self.other, status=404)
        self.api("GET", f"{BASE}/board-questions/no-such-question", status=404)

    def test_every_problem_of_an_answer_is_named_and_nothing_is_written(self):
        self.answer("user-needs")
        before = self.api("GET", f"{BASE}/board-questions/user-needs")
        problem = self.answer("user-needs", code=400, status="done", owner=999999,
                              next_review_on="2027-02-30",
                              evidence=[{"title": "x", "url": "javascript:alert(1)"}])
        # A status the API cannot read is named with what the rules find in the rest.
        self.assertEqual({e["where"] for e in problem["errors"]},
                         {"status", "next_review_on", "evidence[0].url"})
        problem = self.answer("user-needs", code=400, next_review_on="2027-02-30",
                              evidence=[{"title": "ok", "url": "https://ok.example"},
                                        {"title": "", "url": "ftp://example.org/x"}])
        self.assertEqual({e["where"] for e in problem["errors"]},
                         {"next_review_on", "evidence[1].title", "evidence[1].url"})
        problem = self.answer("user-needs", code=400, owner=999999)
        self.assertEqual(problem["where"], "owner")
        self.assertEqual(self.api("GET", f"{BASE}/board-questions/user-needs"), before)

    def test_filters_and_overdue_reviews(self):
        yesterday = (datetime.date.fromisoformat(utc_today()) -
                     datetime.timedelta(days=1)).isoformat()
        self.answer("system-vision", status="not_started", next_review_on=yesterday)
        overdue = self.api("GET", BASE + "?overdue=yes")
        self.assertIn("system-vision", [q["ref"] for q in overdue])
        self.assertTrue(all(q["overdue"] for q in overdue))
        mine = self.api("GET", BASE + f"?owner={self.members['cdio@alpha.example']}")
        self.assertTrue(all(q["owner"]["name"] == "Omar Siddiqui" for q in mine))
        self.api("GET", BASE + "?status=finished", status=400)
        # The organisation's home page shows the overdue review.
        home = self.page(self.b.web_session("ned@alpha.example"), "/orgs/RAA")
        self.assertIn("Board questions due for review", home)
        self.assertIn("Shared system vision", home)

    def test_an_import_stores_every_line_or_none_and_the_commands_print_the_checklist(self):
        bad = (HEADER + "\nboard-questions,five-year-impact,,assured,Omar Siddiqui,,,Yes,\n"
               "board-questions,no-such,,done,Nobody,31/12/2027,,,Paper ftp://x.example/p\n")
        problem = self.api("POST", BASE + "/import", raw=bad.encode(),
                           headers={"Content-Type": "text/csv"}, status=400)
        self.assertEqual([e["where"] for e in problem["errors"]],
                         ["body:3:2", "body:3:4", "body:3:5", "body:3:6", "body:3:9"])
        self.assertIsNone(self.api("GET", f"{BASE}/board-questions/five-year-impact")["answer"]
                          or None)
        good = (HEADER + "\nboard-questions,five-year-impact,,assured,omar siddiqui,2099-06-30,,"
                "\"In five years, most care starts online.\",Strategy https://intranet.example/s\n")
        self.assertEqual(self.api("POST", BASE + "/import", raw=good.encode(),
                                  headers={"Content-Type": "text/csv"}), {"changed": 1})
        self.api("POST", BASE + "/import", raw=good.encode(), headers={"Content-Type": "text/csv"},
                 token=self.ned, status=403)
        exported = self.b.cli("questions", "export", "--org", "RAA").stdout
        rows = {r["question"]: r for r in csv.DictReader(io.StringIO(exported))}
        self.assertEqual(len(rows), 10)
        self.assertEqual((rows["five-year-impact"]["status"], rows["five-year-impact"]["owner"]),
                         ("assured", "Omar Siddiqui"))
        listed = self.b.cli("questions", "list", "--org", "RAA").stdout
        self.assertIn("board-questions/five-year-impact\tassured\tOmar Siddiqui\t2099-06-30",
                      listed)
        failed = self.b.cli("questions", "import", "--org", "RAA", "/dev/stdin", stdin=bad,
                            check=False)
        self.assertNotEqual(failed.returncode, 0)
        self.assertIn("/dev/stdin:3:2", failed.stderr)

    def test_the_pages_show_the_checklist_and_refuse_what_the_role_may_not_do(self):
        self.answer("services-performance", status="assured")
        ned = self.b.web_session("ned@alpha.example")
        checklist = self.page(ned, "/orgs/RAA/questions")
        self.assertIn("Services and their performance", checklist)
        self.assertNotIn("Import answers", checklist)
        self.page(ned, "/orgs/RAA/questions/board-questions/services-performance/edit", status=403)
        question = self.page(ned, "/orgs/RAA/questions/board-questions/services-performance")
        self.assertIn("History", question)
        history = self.page(ned, "/orgs/RAA/questions/board-questions/services-performance/"
                                 "history.csv")
        self.assertTrue(history.startswith("changed_at,changed_by,status"))
        self.assertIn(",assured,Omar Siddiqui,", history)
        self.assertNotIn("Change the answer", question)
        printed = self.page(ned, "/orgs/RAA/questions/print")
        self.assertIn("Printed on", printed)
        self.assertNotIn("nhsuk-header__navigation", printed)
        exported = self.page(ned, "/orgs/RAA/questions.csv")
        self.assertTrue(exported.startswith(HEADER))
        self.page(self.b.web_session("sec@beta.example"), "/orgs/RAA/questions", status=404)
        cdio = self.b.web_session("cdio@alpha.example")
        path = "/orgs/RAA/questions/board-questions/services-performance/edit"
        form = self.page(cdio, path)
        csrf = re.search(r'name="csrf" value="([^"]+)"', form).group(1)
        body = urllib.parse.urlencode({"csrf": csrf, "answer": "<script>x</script>",
                                       "status": "assured", "evidence-0-title": "Paper",
                                       "evidence-0-url": "javascript:alert(1)"})
        response, text = self.b.fetch("POST", path, {
            "Cookie": cdio, "Content-Type": "application/x-www-form-urlencoded"}, body)
        text = text.decode()
        self.assertEqual(response.status, 400)
        self.assertIn("There is a problem", text)
        self.assertIn('href="#evidence-0-url"', text)
        self.assertNotIn("<script>x", text)
        body = urllib.parse.urlencode({"csrf": csrf, "answer": "Saved from the form",
                                       "status": "partly_assured", "evidence-1-title": "Paper",
                                       "evidence-1-url": "https://example.org/p"})
        response, _ = self.b.fetch("POST", path, {
            "Cookie": cdio, "Content-Type": "application/x-www-form-urlencoded"}, body)
        self.assertEqual(response.status, 303)
        got = self.api("GET", f"{BASE}/board-questions/services-performance")
        self.assertEqual((got["answer"], got["status"]), ("Saved from the form", "partly_assured"))
        # The import form names each problem at its line and column, and saves nothing.
        self.page(ned, "/orgs/RAA/questions/import", status=403)
        form = self.page(cdio, "/orgs/RAA/questions/import")
        csrf = re.search(r'name="csrf" value="([^"]+)"', form).group(1)
        response, text = self.b.fetch("POST", "/orgs/RAA/questions/import", {
            "Cookie": cdio, "Content-Type": "application/x-www-form-urlencoded"},
            urllib.parse.urlencode({"csrf": csrf, "csv": HEADER + "\nboard-questions,"
                                    "services-performance,,assured,Nobody,,,,\n"}))
        self.assertEqual(response.status, 400)
        self.assertIn("line:2:5", text.decode())
        self.assertEqual(self.api("GET", f"{BASE}/board-questions/services-performance")["status"],
                         "partly_assured")
        self.assertEqual(got["evidence"], [{"title": "Paper", "url": "https://example.org/p"}])


if __name__ == "__main__":
    unittest.main()
