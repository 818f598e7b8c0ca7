"""Black-box tests of what needs the board (issue 21): Alert, Advise and Assure across the
registers, with the questions to ask next; API, home page and CSV on the database named by
BOARDLENS_TEST_DB."""

import csv
import datetime
import io
import unittest

from keepers import KeepersTestCase
from harness import utc_today

BASE = "/api/v1/orgs/RAA/briefing"


class BriefingTest(KeepersTestCase):
    def test_an_empty_board_has_nothing_to_alert_and_says_so(self):
        brief = self.api("GET", BASE, token=self.ned)
        self.assertEqual((brief["alert"], brief["advise"], brief["assure"], brief["questions"]),
                         ([], [], [], []))
        self.assertIsNone(brief["round"])
        self.api("GET", BASE, token=self.other, status=404)

    def test_the_registers_flags_become_lines_and_questions(self):
        yesterday = (datetime.date.fromisoformat(utc_today()) -
                     datetime.timedelta(days=1)).isoformat()
        owner = self.members["cdio@alpha.example"]
        self.extreme_risk("Ransomware stops clinical systems")
        self.api("PUT", "/api/v1/orgs/RAA/questions/board-questions/system-vision",
                 {"answer": "Not yet.", "status": "not_started", "owner": owner,
                  "next_review_on": yesterday}, token=self.cdio)
        ends = (datetime.date.fromisoformat(utc_today()) + datetime.timedelta(days=60))
        self.api("POST", "/api/v1/orgs/RAA/services",
                 {"name": "Dictation", "owner": owner, "supplier": "Voxa",
                  "contract_ends_on": ends.isoformat()}, token=self.cdio, status=201)

        brief = self.api("GET", BASE, token=self.ned)
        alert = {line["topic"]: line for line in brief["alert"]}
        self.assertEqual(alert["risk"]["text"],
                         "Ransomware stops clinical systems: extreme, scoring 20")
        self.assertTrue(alert["risk"]["path"].startswith("/risks/"))
        self.assertEqual(alert["overdue_question"]["path"],
                         "/questions/board-questions/system-vision")
        advise = [line["text"] for line in brief["advise"]]
        self.assertIn("Dictation's contract ends on " + f"{ends.day} {ends:%B %Y}", advise)
        self.assertEqual(brief["questions"][0],
                         "Are the controls on \"Ransomware stops clinical systems\" working, "
                         "and when will its score come down?")

        # The home page leads with it, and the whole of it downloads.
        ned = self.b.web_session("ned@alpha.example")
        home = self.page(ned, "/orgs/RAA")
        self.assertLess(home.index("What needs the board"), home.index("Open assessment rounds"))
        self.assertIn("Ransomware stops clinical systems: extreme, scoring 20", home)
        self.assertIn("Questions the board should ask next", self.page(ned, "/orgs/RAA/briefing"))
        rows = list(csv.DictReader(io.StringIO(self.page(ned, "/orgs/RAA/briefing.csv"))))
        self.assertIn(("alert", "risk"), [(r["level"], r["topic"]) for r in rows])
        self.assertTrue(all(r["path"].startswith("/orgs/RAA/") for r in rows))


if __name__ == "__main__":
    unittest.main()
