"""The demo's board pack, as a board secretary would put it before a public meeting (issue 21):
ready to print, and its public version, on paper and on screen, holds no one's name, no
observation's words, no user's own words and no figure the registers suppress. And every table
the demo downloads as CSV, read back from its XLSX by openpyxl (not the library that wrote it),
cell for cell."""

import csv
import datetime
import html
import io
import os
import re
import subprocess
import tempfile
import unittest

import openpyxl

from harness import Boardlens, make_database
from test_demo import DATA, DOMAIN

OUTPUT = os.path.join(os.environ.get("BOARDLENS_TEST_OUTPUT", tempfile.gettempdir()), "demo-pack")


def run(*args):
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout


def words(text):
    """Text with its white space made single spaces, as PDF and HTML lay it out differently."""
    return " ".join(text.split())


# A download of each kind the registers offer, those that name a round, risk or measure too.
TABLES = ["services", "services/switch-off", "measures/1/data", "actions", "voice/months",
          "voice/services", "voice/themes", "voice/reporters", "voice/reports", "voice/changes",
          "members", "portfolio", "portfolio/1/milestones", "portfolio/1/ratings",
          "portfolio/1/costs", "benefits/1/actuals", "briefing", "rounds", "rounds/2/results",
          "rounds/2/completion", "trend", "risks", "risks/heat-map", "risks/attention",
          "risks/appetite", "risks/1/actions", "risks/1/reviews", "questions",
          "strategy/outcomes", "strategy/priorities", "strategy/not-doing", "observations",
          "assurance", "assurance-gaps"]


def same_cell(text, value):
    """Whether an XLSX cell holds what the CSV cell says, typed: numbers as numbers, dates as
    dates, and text as text (which the CSV writes with a ' before a would-be formula)."""
    if value is None:
        return text == ""
    if isinstance(value, datetime.datetime):
        return text in (value.date().isoformat(), value.strftime("%Y-%m-%dT%H:%M:%SZ"))
    if isinstance(value, (int, float)):
        return float(text.replace(",", "")) == value
    return text in (value, "'" + value)


def pack_of(page):
    """The pack's own part of a page: not the header, which names whoever is signed in."""
    return html.unescape(re.search(r'<div class="bl-pack">(.*)</div>', page, re.S).group(1))


def cells(table):
    """A table's rows as lists of cell texts, headings first, without the headings that the
    design system repeats in each cell for phones."""
    table = re.sub(r'<span class="nhsuk-table-responsive__heading"[^>]*>.*?</span>', "", table)
    return [[html.unescape(re.sub(r"<[^>]+>", "", c)).strip()
             for c in re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", row, re.S)]
            for row in re.findall(r"<tr[^>]*>(.*?)</tr>", table, re.S)]


class DemoPackTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        url, cls.drop = make_database()
        cls.b = Boardlens(url)
        password = re.search(r"password (\S+)", cls.b.cli("demo").stdout).group(1)
        cls.b.start()
        cls.secretary = cls.b.web_session("board.secretary@" + DOMAIN, password)
        with open(os.path.join(DATA, "board.csv"), encoding="utf-8") as f:
            cls.names = [row["name"] for row in csv.DictReader(f)]
        with open(os.path.join(DATA, "observations.yaml"), encoding="utf-8") as f:
            notes = re.findall(r"notes: >-\n((?:        .*\n)+)", f.read())
        # The first words of each: a pack could only hold them by quoting the observation.
        cls.own_words = [" ".join(n.split()[:8]) for n in notes]
        with open(os.path.join(DATA, "voice-reports.csv"), encoding="utf-8") as f:
            cls.own_words += [r["what_happened"] for r in csv.DictReader(f)
                              if len(r["what_happened"]) > 30]
        os.makedirs(OUTPUT, exist_ok=True)

    @classmethod
    def tearDownClass(cls):
        cls.b.stop()
        cls.drop()

    def get(self, path):
        response, body = self.b.fetch("GET", path, {"Cookie": self.secretary})
        self.assertEqual(response.status, 200, path)
        return response, body

    def pdf_text(self, path, name):
        response, body = self.get(path)
        self.assertEqual(response.getheader("Content-Type"), "application/pdf")
        file = os.path.join(OUTPUT, name)
        with open(file, "wb") as f:
            f.write(body)
        return file, words(run("pdftotext", file, "-"))

    def web_parts(self, base):
        """The text of every part of the pack on screen, and the pages themselves."""
        cover = self.get(base)[1].decode()
        links = sorted(set(re.findall(rf'href="({re.escape(base)}/[a-z-]+)"', cover)))
        self.assertEqual(len(links), 8, "a page for each section")
        return {p: self.get(p)[1].decode() for p in [base] + links}

    def test_the_pack_is_ready_to_print(self):
        file, text = self.pdf_text("/orgs/RZZ/pack.pdf", "board.pdf")
        info = run("pdfinfo", file)
        self.assertIn("(A4)", info)
        self.assertGreaterEqual(int(re.search(r"^Pages:\s+(\d+)$", info, re.M).group(1)), 15)
        for font in run("pdffonts", file).splitlines()[2:]:
            self.assertEqual(font.split()[-5], "yes", f"not embedded: {font}")
        for heading in ["What needs the board", "Where the board stands",
                        "How the answers spread", "Virtual ward remote monitoring",
                        "You said, we did", "Strategy checks", "Heat map of current scores",
                        "Board Assurance Framework extract", "5 assurance gaps", "Actions log"]:
            self.assertIn(heading, text)
        # The charts' own words are text in the PDF: they are drawn, not pictures of text.
        self.assertIn("Process limits", text)
        self.assertIn("Don't know", text)
        self.assertIn("Likelihood", text)
        run("pdftoppm", "-r", "50", "-png", file, file[:-4])

    def test_the_board_version_names_people_and_the_public_one_does_not(self):
        _, board = self.pdf_text("/orgs/RZZ/pack.pdf", "board.pdf")
        self.assertTrue([n for n in self.names if n in board], "the board's pack names owners")
        _, public = self.pdf_text("/orgs/RZZ/pack/public.pdf", "public.pdf")
        on_screen = {p: words(pack_of(page)) for p, page in
                     self.web_parts("/orgs/RZZ/pack/public").items()}
        for where, text in [("the public PDF", public)] + list(on_screen.items()):
            for name in self.names:
                self.assertNotIn(name, text, where)
            for quote in self.own_words:
                self.assertNotIn(words(quote), text, where)
        self.assertIn("Public digital board pack", public)

    def workbook(self, path):
        response, body = self.get(path)
        self.assertEqual(response.getheader("Content-Type"),
                         "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        return openpyxl.load_workbook(io.BytesIO(body))

    def test_every_table_is_a_typed_spreadsheet_with_the_csv_cells(self):
        typed = set()
        for table in TABLES:
            _, body = self.get(f"/orgs/RZZ/{table}.csv")
            rows = list(csv.reader(io.StringIO(body.decode("utf-8-sig"))))
            sheet = self.workbook(f"/orgs/RZZ/{table}.xlsx").worksheets[0]
            self.assertEqual(sheet.max_row, len(rows), table)
            for r, row in enumerate(rows, start=1):
                for c, text in enumerate(row, start=1):
                    cell = sheet.cell(r, c)
                    self.assertNotEqual(cell.data_type, "f", (table, r, c))
                    self.assertTrue(same_cell(text, cell.value), (table, r, c, text, cell.value))
                    typed.add(type(cell.value).__name__)
        self.assertTrue({"int", "float", "datetime", "str"} <= typed, typed)

    def test_one_workbook_holds_every_register(self):
        book = self.workbook("/orgs/RZZ/export.xlsx")
        names = book.sheetnames
        for sheet in ["Services", "Risks", "Actions", "Portfolio", "Board questions", "Observations",
                      "Voice months", "Strategy outcomes", "Assurance gaps", "Board members"]:
            self.assertIn(sheet, names)
        self.assertEqual(len(names), len(set(names)))
        # Each sheet is its table's download, cell for cell.
        _, body = self.get("/orgs/RZZ/risks.csv")
        rows = list(csv.reader(io.StringIO(body.decode("utf-8-sig"))))
        risks = book["Risks"]
        self.assertEqual(risks.max_row, len(rows))
        self.assertTrue(all(same_cell(t, risks.cell(1 + r, 1 + c).value)
                            for r, row in enumerate(rows) for c, t in enumerate(row)))

    def test_the_public_pack_suppresses_what_the_registers_suppress(self):
        page = self.web_parts("/orgs/RZZ/pack/public")["/orgs/RZZ/pack/public/user-voice"]
        table = re.search(r"<table(?:(?!</table>).)*Reports by month.*?</table>", page, re.S)
        shown = cells(table.group(0))
        _, body = self.get("/orgs/RZZ/voice/months.csv")
        downloaded = list(csv.reader(io.StringIO(body.decode("utf-8-sig"))))
        self.assertEqual(shown, downloaded)
        hidden = [c for row in shown for c in row if c.startswith(("fewer than", "hidden"))]
        self.assertTrue(hidden, "the demo has months too small to show")


if __name__ == "__main__":
    unittest.main()
