"""Black-box tests of the board pack (issue 21), checked by tools no one here wrote: pdfinfo
(A4, pages), pdffonts (every font embedded), pdftotext (the Alert, Advise, Assure page says what
the API says) and pdftoppm, which renders every page to PNG in the test output for a person to
look at. On the database named by BOARDLENS_TEST_DB."""

import datetime
import hashlib
import io
import os
import re
import subprocess
import tempfile
import unittest

import openpyxl

from harness import utc_today
from keepers import KeepersTestCase

OUTPUT = os.path.join(os.environ.get("BOARDLENS_TEST_OUTPUT", tempfile.gettempdir()),
                      "pack-" + os.environ.get("BOARDLENS_TEST_DB", "sqlite"))


def run(*args):
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout


class PackTest(KeepersTestCase):
    def pdf(self, name):
        """The pack from its page's link, as a non-executive downloads it, saved as `name`."""
        ned = self.b.web_session("ned@alpha.example")
        response, body = self.b.fetch("GET", "/orgs/RAA/pack.pdf", {"Cookie": ned})
        self.assertEqual(response.status, 200)
        self.assertEqual(response.getheader("Content-Type"), "application/pdf")
        self.assertRegex(response.getheader("Content-Disposition"),
                         r'^attachment; filename="RAA-board-pack-\d{4}-\d\d-\d\d\.pdf"$')
        os.makedirs(OUTPUT, exist_ok=True)
        path = os.path.join(OUTPUT, name)
        with open(path, "wb") as f:
            f.write(body)
        return path

    def check_pdf(self, path):
        info = run("pdfinfo", path)
        self.assertIn("Page size:       595.28 x 841.89 pts (A4)", info)
        pages = int(re.search(r"^Pages:\s+(\d+)$", info, re.M).group(1))
        fonts = run("pdffonts", path).splitlines()[2:]
        self.assertTrue(fonts, "no fonts")
        for font in fonts:
            self.assertEqual(font.split()[-5], "yes", f"not embedded: {font}")
        prefix = os.path.basename(path)[:-4] + "-"
        for old in [f for f in os.listdir(OUTPUT) if f.startswith(prefix)]:
            os.remove(os.path.join(OUTPUT, old))
        run("pdftoppm", "-r", "60", "-png", path, path[:-4])
        self.assertEqual(len([f for f in os.listdir(OUTPUT) if f.startswith(prefix)]), pages)
        return pages

    def page_text(self, path, page):
        return run("pdftotext", "-layout", "-f", str(page), "-l", str(page), path, "-")

    def test_a_board_with_no_data_gets_a_short_pack_that_says_what_is_missing(self):
        path = self.pdf("empty.pdf")
        pages = self.check_pdf(path)
        self.assertEqual(pages, 9, "the cover, then a page for each of the 8 sections")
        text = run("pdftotext", path, "-")
        self.assertIn("Alpha Trust", text)
        self.assertIn("Nothing at the moment.", text)
        self.assertIn("The board has not recorded any actions yet.", text)
        self.assertIn("The services register is empty.", text)
        self.assertIn("No one has reported anything in the last 12 months.", text)
        self.assertIn("The board has not yet closed a self-assessment round", text)
        self.assertIn("No digital strategy is recorded yet.", text)
        self.assertIn("No digital risk is on the Board Assurance Framework yet.", text)
        ned = self.b.web_session("ned@alpha.example")
        self.assertIn("Download the board pack (PDF)", self.page(ned, "/orgs/RAA/pack"))
        self.page(self.b.web_session("sec@beta.example"), "/orgs/RAA/pack.pdf", status=404)

    def test_the_alert_advise_assure_page_says_what_the_api_says(self):
        self.extreme_risk("Ransomware stops clinical systems")
        brief = self.api("GET", "/api/v1/orgs/RAA/briefing", token=self.ned)
        path = self.pdf("risk.pdf")
        self.check_pdf(path)
        # The contents says which page the section starts on.
        contents = self.page_text(path, 1)
        start = int(re.search(r"What needs the board\s+(\d+)", contents).group(1))
        page = " ".join(self.page_text(path, start).split())
        self.assertIn(f"Alert ({len(brief['alert'])})", page)
        self.assertIn(f"Advise ({len(brief['advise'])})", page)
        self.assertIn(f"Assure ({len(brief['assure'])})", page)
        for line in brief["alert"]:
            self.assertIn(line["text"], page)
        for question in brief["questions"]:
            self.assertIn(question, page)

    def issued_file(self, pack, token):
        response, body = self.b.fetch("GET", f"/api/v1/orgs/RAA/packs/{pack['id']}/pdf",
                                      {"Authorization": "Bearer " + token})
        self.assertEqual(response.status, 200)
        self.assertEqual(response.getheader("Content-Type"), "application/pdf")
        return response, body

    def test_a_pack_issued_for_a_meeting_is_kept_as_it_was_issued(self):
        today = datetime.date.fromisoformat(utc_today())
        meeting = (today + datetime.timedelta(days=10)).isoformat()
        issued = self.api("POST", "/api/v1/orgs/RAA/packs", {"meeting_on": meeting},
                          token=self.sec, status=201)
        self.assertEqual((issued["meeting_on"], issued["audience"]), (meeting, "board"))
        response, body = self.issued_file(issued, self.ned)
        self.assertEqual(response.getheader("Content-Disposition"),
                         f'attachment; filename="RAA-board-pack-for-{meeting}.pdf"')
        self.assertEqual(hashlib.sha256(body).hexdigest(), issued["sha256"])
        self.assertEqual(len(body), issued["size"])

        # The registers change; the pack issued does not, though a new one does.
        self.extreme_risk("Supplier outage stops the pharmacy system")
        self.assertEqual(hashlib.sha256(self.issued_file(issued, self.ned)[1]).hexdigest(),
                         issued["sha256"])
        public = self.api("POST", "/api/v1/orgs/RAA/packs",
                          {"meeting_on": meeting, "audience": "public"}, token=self.sec,
                          status=201)
        self.assertNotEqual(public["sha256"], issued["sha256"])
        self.assertIn("-public-board-pack-for-",
                      self.issued_file(public, self.ned)[0].getheader("Content-Disposition"))
        listed = self.api("GET", "/api/v1/orgs/RAA/packs", token=self.ned)
        self.assertEqual([p["id"] for p in listed], [public["id"], issued["id"]])
        self.assertEqual(self.api("GET", f"/api/v1/orgs/RAA/packs/{issued['id']}",
                                  token=self.cdio), issued)

        # Only the secretary issues; another organisation sees nothing of them.
        self.api("POST", "/api/v1/orgs/RAA/packs", {"meeting_on": meeting}, token=self.ned,
                 status=403)
        self.api("GET", "/api/v1/orgs/RAA/packs", token=self.other, status=404)
        self.api("GET", f"/api/v1/orgs/RBB/packs/{issued['id']}", token=self.other, status=404)
        far = (today + datetime.timedelta(days=400)).isoformat()
        for body, where in [({"meeting_on": "2026-02-30"}, "meeting_on"),
                            ({"meeting_on": far}, "meeting_on"),
                            ({}, "meeting_on"),
                            ({"meeting_on": meeting, "audience": "everyone"}, "audience")]:
            problem = self.api("POST", "/api/v1/orgs/RAA/packs", body, token=self.sec,
                               status=400)
            self.assertEqual(problem.get("where"), where, problem)
        self.assertEqual(len(self.api("GET", "/api/v1/orgs/RAA/packs", token=self.sec)), 2)

    def test_a_spreadsheet_cell_that_looks_like_a_formula_stays_text(self):
        self.extreme_risk("=HYPERLINK(\"http://evil.example\",\"Open\")")
        ned = self.b.web_session("ned@alpha.example")
        response, body = self.b.fetch("GET", "/orgs/RAA/risks.xlsx", {"Cookie": ned})
        self.assertEqual(response.status, 200)
        self.assertRegex(response.getheader("Content-Disposition"), r'filename="RAA-risks\.xlsx"')
        sheet = openpyxl.load_workbook(io.BytesIO(body)).worksheets[0]
        titles = [c for row in sheet.iter_rows() for c in row
                  if str(c.value).startswith("=HYPERLINK")]
        self.assertEqual(len(titles), 1)
        self.assertEqual(titles[0].data_type, "s", "text, not a formula")
        _, csv_body = self.b.fetch("GET", "/orgs/RAA/risks.csv", {"Cookie": ned})
        self.assertIn("'=HYPERLINK", csv_body.decode())
        self.page(self.b.web_session("sec@beta.example"), "/orgs/RAA/risks.xlsx", status=404)
        self.page(self.b.web_session("sec@beta.example"), "/orgs/RAA/export.xlsx", status=404)

    def test_the_report_command_writes_the_same_pack(self):
        os.makedirs(OUTPUT, exist_ok=True)
        path = os.path.join(OUTPUT, "command.pdf")
        out = self.b.cli("report", "--org", "RAA", "--out", path).stdout
        self.assertRegex(out, r"^Wrote .*command\.pdf \(\d+ bytes\)$")
        self.check_pdf(path)
        refused = self.b.cli("report", "--org", "NOPE", "--out", path, check=False)
        self.assertNotEqual(refused.returncode, 0)


if __name__ == "__main__":
    unittest.main()
