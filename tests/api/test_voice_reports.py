"""Black-box tests of user voice's reports (issue 11, point 4) on the database named by
BOARDLENS_TEST_DB: suppression under 11 on the page, in the API and in the CSV, the paged and
filtered list, and a flood from one address turned away before any database work."""

import csv
import io
import json
import threading
import unittest
import http.client

from voice_board import voice_board, form_path, open_form, report, encode

FLOOD = 10_000
ADDRESS_BURST = 20


class SuppressionTest(unittest.TestCase):
    """A board of its own, so its counts are known exactly."""

    def test_every_breakdown_under_11_is_suppressed_on_the_page_in_the_api_and_in_the_csv(self):
        b, stop = voice_board({"BOARDLENS_VOICE_ADDRESS_BURST": "1000"})
        try:
            path = form_path(b)
            for i in range(13):
                cookie, csrf = open_form(b, path)
                fields = report(barriers=["slow", "log_in"] if i < 3 else ["slow"],
                                reporter="patient" if i == 0 else "staff")
                response, _ = b.fetch("POST", path, {
                    "Content-Type": "application/x-www-form-urlencoded", "Cookie": cookie},
                    encode(csrf, fields))
                self.assertEqual(response.status, 303)
            sec = b.login("sec@alpha.example")
            status, summary, _ = b.request("GET", "/api/v1/orgs/RAA/voice", token=sec)
            self.assertEqual(status, 200)
            self.assertEqual(summary["total"], {"count": 13, "suppressed": False})
            themes = {t["barrier"]: t["reports"] for t in summary["themes"]}
            self.assertEqual(themes["slow"], {"count": 13, "suppressed": False})
            few = {"count": None, "suppressed": True, "reason": "fewer_than_11"}
            self.assertEqual(themes["log_in"], few)
            self.assertEqual(themes["repeat"], {"count": 0, "suppressed": False})
            # 12 staff and 1 patient: the 12 would give the 1 away, so both hide, saying why.
            self.assertEqual(summary["reporters"]["patient"], few)
            self.assertEqual(summary["reporters"]["staff"],
                             {"count": None, "suppressed": True, "reason": "protects_another"})
            self.assertNotIn('"count": 12', json.dumps(summary))

            session = b.web_session("viewer@alpha.example")
            response, page = b.fetch("GET", "/orgs/RAA/voice", {"Cookie": session})
            self.assertEqual(response.status, 200)
            page = page.decode()
            self.assertIn("fewer than 11 responses", page)
            self.assertNotIn(">12<", page)
            self.assertNotIn(">3<", page)
            response, data = b.fetch("GET", "/orgs/RAA/voice/themes.csv", {"Cookie": session})
            self.assertEqual(response.status, 200)
            rows = {r["What got in the way"]: r["Reports"]
                    for r in csv.DictReader(io.StringIO(data.decode()))}
            self.assertEqual(rows["It was too slow"], "13")
            self.assertEqual(rows["I could not log in"], "fewer than 11 responses")
            response, data = b.fetch("GET", "/orgs/RAA/voice/reporters.csv", {"Cookie": session})
            self.assertNotIn("12", data.decode())
            rows = {r["Who reported"]: r["Reports"] for r in csv.DictReader(io.StringIO(data.decode()))}
            self.assertEqual(rows["Staff"], "hidden so a small number cannot be worked out")
            self.assertEqual(rows["Patients, carers and visitors"], "fewer than 11 responses")
            for name in ["months", "services"]:
                response, _ = b.fetch("GET", f"/orgs/RAA/voice/{name}.csv", {"Cookie": session})
                self.assertEqual(response.status, 200, name)
            response, _ = b.fetch("GET", "/orgs/RAA/voice/reports.csv", {"Cookie": session})
            self.assertEqual(response.status, 403, "a viewer does not read the reports")
        finally:
            stop()


class ReportListTest(unittest.TestCase):
    """Issue 19, found in use 4: 3,215 reports on one page. The list is paged and filtered by
    service, month, barrier, who reported and words, the same on the page, in the CSV and in the
    API, with every filter bound as a parameter."""

    def test_the_reports_are_paged_and_filtered_alike_on_the_page_in_the_csv_and_the_api(self):
        b, stop = voice_board({"BOARDLENS_VOICE_ADDRESS_BURST": "1000"})
        try:
            path = form_path(b)
            for i in range(30):
                reporter = "patient" if i % 3 == 0 else "staff"
                cookie, csrf = open_form(b, path, reporter)
                fields = report(reporter=reporter,
                                barriers=["log_in"] if i % 5 == 0 else ["slow"],
                                what_happened=f"Report {i}: the 100% REAL_problem" if i == 7
                                else f"Report {i}")
                response, _ = b.fetch("POST", path, {
                    "Content-Type": "application/x-www-form-urlencoded", "Cookie": cookie},
                    encode(csrf, fields))
                self.assertEqual(response.status, 303)
            sec = b.login("sec@alpha.example")

            def api(query=""):
                status, rows, _ = b.request("GET", "/api/v1/orgs/RAA/voice/reports" + query,
                                            token=sec)
                self.assertEqual(status, 200, rows)
                return rows

            self.assertEqual(len(api()), 30, "the API without a page lists every report")
            self.assertEqual(len(api("?page=1")), 25)
            self.assertEqual(len(api("?page=2")), 5)
            self.assertEqual({r["reporter"] for r in api("?reporter=patient")}, {"patient"})
            self.assertEqual(len(api("?reporter=patient")), 10)
            self.assertEqual(len(api("?barrier=log_in")), 6)
            self.assertEqual(len(api("?barrier=log_in&reporter=patient")), 2)  # 0, 15
            # Words in any case; LIKE's own characters are matched as themselves.
            self.assertEqual([r["what_happened"] for r in api("?search=100%25%20real_PROBLEM")],
                             ["Report 7: the 100% REAL_problem"])
            self.assertEqual(api("?search=%25%25%25x"), [])
            self.assertEqual(api("?search=_"), api("?search=REAL_"))
            self.assertEqual(len(api("?service=other")), 30)
            self.assertEqual(api("?service=12345"), [])
            month = api()[0]["received_on"][:7]
            self.assertEqual(len(api("?month=" + month)), 30)
            status, problem, _ = b.request(
                "GET", "/api/v1/orgs/RAA/voice/reports?month=1999-01&barrier=x&service=1;DROP",
                token=sec)
            self.assertEqual(status, 400)
            self.assertEqual({e["where"] for e in problem["errors"]},
                             {"month", "barrier", "service"})

            session = b.web_session("member@alpha.example")
            response, page = b.fetch("GET", "/orgs/RAA/voice/reports", {"Cookie": session})
            page = page.decode()
            self.assertEqual(response.status, 200)
            self.assertIn("Showing reports 1 to 25 of 30, newest first.", page)
            self.assertEqual(page.count('<tr class="nhsuk-table__row">') - 1, 25)
            self.assertIn('class="nhsuk-pagination"', page)
            self.assertIn('href="/orgs/RAA/voice/reports?page=2"', page)
            self.assertNotRegex(page, r">\d{4}-\d{2}-\d{2}<", "dates as every page writes them")
            response, page = b.fetch("GET", "/orgs/RAA/voice/reports?reporter=patient&page=1",
                                     {"Cookie": session})
            page = page.decode()
            self.assertNotIn("Showing reports", page, "no count under 11 beside a filter")
            self.assertNotIn("nhsuk-pagination", page)
            self.assertIn('href="/orgs/RAA/voice/reports.csv?reporter=patient"', page)
            response, data = b.fetch("GET", "/orgs/RAA/voice/reports.csv?reporter=patient",
                                     {"Cookie": session})
            rows = list(csv.DictReader(io.StringIO(data.decode())))
            self.assertEqual(len(rows), 10)
            self.assertEqual({r["Who"] for r in rows}, {"Patient, carer or visitor"})
            response, page = b.fetch("GET", "/orgs/RAA/voice/reports?search=nothing+like+it",
                                     {"Cookie": session})
            self.assertIn("No reports match", page.decode())
        finally:
            stop()


class FloodTest(unittest.TestCase):
    def test_a_flood_from_one_address_is_turned_away_and_other_pages_still_answer(self):
        b, stop = voice_board({"BOARDLENS_VOICE_ADDRESS_BURST": str(ADDRESS_BURST),
                               "BOARDLENS_VOICE_ADDRESS_PER_HOUR": "1"})
        try:
            path = form_path(b)
            cookie, csrf = open_form(b, path)
            body = encode(csrf, report())
            session = b.web_session("sec@alpha.example")
            statuses = {}
            lock = threading.Lock()
            done = threading.Event()
            others = []

            def flood(count):
                conn = http.client.HTTPConnection("127.0.0.1", b.port, timeout=60)
                seen = {}
                for _ in range(count):
                    conn.request("POST", path, body=body, headers={
                        "Content-Type": "application/x-www-form-urlencoded", "Cookie": cookie})
                    response = conn.getresponse()
                    response.read()
                    seen[response.status] = seen.get(response.status, 0) + 1
                    if response.status == 429:
                        seen["retry_after"] = response.getheader("Retry-After")
                    if response.getheader("Connection") == "close":
                        conn.close()
                with lock:
                    for k, v in seen.items():
                        statuses[k] = v if k == "retry_after" else statuses.get(k, 0) + v
                conn.close()

            def meanwhile():
                while not done.is_set():
                    for target, headers in [("/healthz", {}), ("/sign-in", {}), (path, {}),
                                            ("/orgs/RAA/voice", {"Cookie": session})]:
                        others.append(b.fetch("GET", target, headers)[0].status)

            checker = threading.Thread(target=meanwhile)
            checker.start()
            threads = [threading.Thread(target=flood, args=(FLOOD // 8,)) for _ in range(8)]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            done.set()
            checker.join()

            self.assertEqual(statuses.get(303, 0) + statuses.get(429, 0), FLOOD, statuses)
            self.assertGreater(statuses.get(429, 0), FLOOD - 100)
            self.assertGreaterEqual(int(statuses["retry_after"]), 1)
            stored = len(list(csv.DictReader(io.StringIO(
                b.cli("voice", "reports", "--org", "RAA").stdout))))
            # The burst, and whatever the bucket refilled at one an hour while it ran.
            self.assertLessEqual(stored, ADDRESS_BURST + 2)
            self.assertEqual(stored, statuses.get(303, 0))
            self.assertTrue(others)
            self.assertEqual(set(others), {200}, "other pages answered normally throughout")
            response, page = b.fetch("POST", path, {
                "Content-Type": "application/x-www-form-urlencoded", "Cookie": cookie}, body)
            self.assertEqual(response.status, 429)
            self.assertIn("Too many reports have been sent from your network", page.decode())
        finally:
            stop()


if __name__ == "__main__":
    unittest.main()
