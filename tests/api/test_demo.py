"""Black-box tests of `boardlens demo`: what it loads is what its data files
(src/boardlens/features/demo/data/) say, through the registers' own imports, with the files'
dates resolved from today."""

import csv
import datetime
import io
import os
import re
import unittest

from harness import Boardlens, make_database, utc_today

DATA = os.path.join(os.environ["BOARDLENS_SOURCE_DIR"], "src/boardlens/features/demo/data")
DOMAIN = "northfield-valley.nhs.example"


def resolve(text, today):
    """The placeholders of data/README.md, resolved as the demo resolves them."""
    day = datetime.date.fromisoformat(today)

    def days(m):
        return (day + datetime.timedelta(days=int(m.group(1) or 0))).isoformat()

    def month(m):
        total = day.year * 12 + day.month - 1 + int(m.group(1) or 0)
        return f"{total // 12:04}-{total % 12 + 1:02}" + (f"-{m.group(2)}" if m.group(2) else "")

    text = re.sub(r"\{today([+-]\d+)?d?\}", days, text)
    return re.sub(r"\{month([+-]\d+)?(?::(\d\d))?\}", month, text)


def data_rows(name, today):
    with open(os.path.join(DATA, name), encoding="utf-8") as f:
        return list(csv.DictReader(io.StringIO(resolve(f.read(), today))))


def export_rows(text):
    return list(csv.DictReader(io.StringIO(text)))


class DemoTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        url, cls.drop = make_database()
        cls.b = Boardlens(url)
        cls.today = utc_today()
        cls.printed = cls.b.cli("demo").stdout

    @classmethod
    def tearDownClass(cls):
        cls.drop()

    def test_prints_how_to_sign_in(self):
        lines = self.printed.splitlines()
        self.assertEqual(lines[0], "Demo loaded: Northfield Valley NHS Foundation Trust (RZZ), "
                                   "board of 14, two closed rounds and round 3 open.")
        self.assertRegex(lines[1], r"^Sign in with any of these, password \S{16}$")
        self.assertEqual(lines[2:], [
            f"  board.secretary@{DOMAIN}  (board secretary)",
            f"  peter.kowalski@{DOMAIN}  (non-executive director (has not answered the open "
            "round))",
            f"  omar.siddiqui@{DOMAIN}  (chief digital and information officer)"])

    def test_a_second_demo_is_refused(self):
        result = self.b.cli("demo", check=False)
        self.assertNotEqual(result.returncode, 0)
        self.assertIn("the demo trust RZZ is already in this database", result.stderr)

    def test_the_services_register_is_its_file(self):
        exported = export_rows(self.b.cli("service", "list", "--org", "RZZ").stdout)
        key = lambda r: r["name"]
        self.assertEqual(sorted(exported, key=key),
                         sorted(data_rows("services.csv", self.today), key=key))

    def test_the_assurance_gaps_are_those_a_board_would_recognise(self):
        # observations.yaml: two board members saw the virtual wards, rated green in
        # portfolio.yaml, work poorly; questions.csv leaves "barriers users face" not started
        # beside a year of reports and calls "services and their performance" assured.
        gaps = export_rows(self.b.cli("assurance", "gaps", "--org", "RZZ").stdout)
        titles = [g["title"] for g in gaps]
        self.assertIn("Virtual wards: the papers are positive, but board members saw it work "
                      "poorly", titles)
        wards = next(g for g in gaps if g["title"].startswith("Virtual wards"))
        self.assertIn("Seen: 2 observations, average rating 2.0 out of 5.", wards["evidence"])
        keys = [g["key"] for g in gaps]
        self.assertIn("question:user-barriers", keys)
        self.assertIn("question:services-performance", keys)
        self.assertTrue(all(re.match(r"^(heard|seen):(service|programme):\d+$", k) or
                            k.startswith("question:") for k in keys), keys)

    def test_each_risk_is_its_latest_row(self):
        latest = {}
        for row in data_rows("risks.csv", self.today):
            latest[row["title"]] = row
        exported = {r["title"]: r for r in
                    export_rows(self.b.cli("risk", "export", "--org", "RZZ").stdout)}
        self.assertEqual(sorted(exported), sorted(latest))
        for title, row in latest.items():
            for column in ("owner", "category", "current_likelihood", "current_consequence",
                           "review_on", "blocks_proposal"):
                self.assertEqual(exported[title][column], row[column], (title, column))
        # Each action was recorded with the risk's first import; the later row leaves it be.
        first = {r["title"]: r["actions"] for r in data_rows("risks.csv", self.today)
                 if r["actions"]}
        for title, actions in first.items():
            self.assertEqual(exported[title]["actions"], actions, title)

    def test_each_question_is_its_latest_answer(self):
        latest = {}
        for row in data_rows("questions.csv", self.today):
            latest[row["question"]] = row
        exported = {r["question"]: r for r in
                    export_rows(self.b.cli("questions", "export", "--org", "RZZ").stdout)}
        for question, row in latest.items():
            for column in ("status", "owner", "next_review_on", "answer", "evidence"):
                self.assertEqual(exported[question][column], row[column], (question, column))
        self.assertEqual(len([r for r in exported.values() if r["answer"]]), len(latest))

    def test_every_voice_report_of_the_last_year_is_there(self):
        exported = export_rows(self.b.cli("voice", "reports", "--org", "RZZ").stdout)
        since = min(r["received_on"] for r in exported)
        kept = [r for r in data_rows("voice-reports.csv", self.today) if r["received_on"] >= since]
        self.assertEqual(len(exported), len(kept))
        self.assertGreater(len(exported), 2500)


if __name__ == "__main__":
    unittest.main()
