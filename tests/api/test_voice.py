"""Black-box tests of user voice (issue 11, point 4) on the database named by
BOARDLENS_TEST_DB: the public form and its defences (rate limits before any database work,
size limit, honeypot, the form's own CSRF check, no reflected input), a flood from one address,
suppression under 11 on the page, in the API and in the CSV, and the "you said, we did" log."""

import csv
import io
import json
import sqlite3
import subprocess
import threading
import unittest
import urllib.parse
import http.client

from test_api import PASSWORD, Boardlens, make_database

FLOOD = 10_000
ADDRESS_BURST = 20


def voice_board(env):
    """A server on a new database with trust RAA, its secretary, a member and a viewer."""
    url, drop = make_database()
    b = Boardlens(url)
    b.cli("migrate")
    b.cli("org", "add", "--ods", "RAA", "--name", "Alpha Trust", "--kind", "trust")
    for email, role in [("sec@alpha.example", "secretary"), ("member@alpha.example", "member"),
                        ("viewer@alpha.example", "viewer")]:
        b.cli("user", "add", "--email", email, "--name", email.split("@")[0], "--password",
              PASSWORD, "--org", "RAA", "--role", role)
    b.start(env)
    # The access log of thousands of requests would fill the pipe and stall the server.
    for stream in (b.server.stdout, b.server.stderr):
        threading.Thread(target=stream.read, daemon=True).start()

    def stop():
        b.stop()
        drop()
    return b, stop


def form_path(b):
    link = b.cli("voice", "link", "--org", "RAA").stdout.strip()
    return link[link.index("/voice/"):]


def open_form(b, path, reporter="staff"):
    """Loads the form as a browser does, past its first question (who is reporting): its cookie
    and the token the form carries."""
    response, page = b.fetch("GET", path + "?reporter=" + reporter)
    assert response.status == 200, response.status
    cookie = response.getheader("Set-Cookie").split(";")[0]
    csrf = page.decode().split('name="csrf" value="', 1)[1].split('"', 1)[0]
    return cookie, csrf


def report(**changes):
    fields = {"service": "other", "reporter": "staff", "barriers": ["slow"], "how_often": "often",
              "impact": "some", "fft": "good", "what_happened": "", "website": ""}
    fields.update(changes)
    return fields


def encode(csrf, fields):
    return urllib.parse.urlencode([("csrf", csrf)] + [
        (k, v) for k, values in fields.items()
        for v in (values if isinstance(values, list) else [values])])


class VoiceTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.b, cls.stop = voice_board({"BOARDLENS_VOICE_ADDRESS_BURST": "1000"})
        cls.path = form_path(cls.b)
        cls.sec = cls.b.login("sec@alpha.example")

    @classmethod
    def tearDownClass(cls):
        cls.stop()

    def post(self, fields, cookie=None, csrf=None, path=None):
        path = path or self.path
        if cookie is None:
            cookie, csrf = open_form(self.b, path)
        headers = {"Content-Type": "application/x-www-form-urlencoded"}
        if cookie:
            headers["Cookie"] = cookie
        return self.b.fetch("POST", path, headers, encode(csrf or "", fields))

    def stored(self):
        out = self.b.cli("voice", "reports", "--org", "RAA").stdout
        return list(csv.DictReader(io.StringIO(out)))

    def test_a_report_is_acknowledged_once_stored_with_the_day_only(self):
        before = len(self.stored())
        response, _ = self.post(report(what_happened="The rota page froze twice"))
        self.assertEqual(response.status, 303)
        self.assertEqual(response.getheader("Location"), self.path + "/thanks")
        rows = self.stored()
        self.assertEqual(len(rows), before + 1, "stored before the thank-you")
        self.assertRegex(rows[0]["received_on"], r"^\d{4}-\d{2}-\d{2}$")
        self.assertEqual(rows[0]["what_happened"], "The rota page froze twice")
        self.assertEqual(rows[0]["contact"], "")
        response, page = self.b.fetch("GET", self.path + "/thanks")
        self.assertEqual(response.status, 200)
        self.assertIn("Thank you", page.decode())

    def test_a_robot_that_fills_the_trap_is_thanked_and_nothing_is_kept(self):
        before = len(self.stored())
        response, _ = self.post(report(website="http://spam.example"))
        self.assertEqual(response.status, 303)
        self.assertTrue(response.getheader("Location").endswith("/thanks"))
        self.assertEqual(len(self.stored()), before)

    def test_a_post_without_the_forms_cookie_is_refused_and_nothing_is_kept(self):
        before = len(self.stored())
        cookie, csrf = open_form(self.b, self.path)
        for cookie_sent, csrf_sent in [("", csrf), (cookie, "forged"), (cookie, "")]:
            response, page = self.post(report(), cookie=cookie_sent, csrf=csrf_sent)
            self.assertEqual(response.status, 400, (cookie_sent, csrf_sent))
            self.assertIn("The form had expired", page.decode())
        self.assertEqual(len(self.stored()), before)

    def test_an_oversized_body_is_413(self):
        response, _ = self.post(report(what_happened="x" * 20_000))
        self.assertEqual(response.status, 413)

    def test_bad_choices_are_named_and_nothing_typed_is_shown_back_but_in_its_own_box(self):
        before = len(self.stored())
        response, page = self.post(report(
            barriers=["slow", "<img src=x>"],
            fft="excellent", service="99999", how_often="",
            what_happened="<b>bold</b> & \"quoted\"", contact="me@example.com"))
        page = page.decode()
        self.assertEqual(response.status, 400)
        summary = page.split("nhsuk-error-summary__list", 1)[1].split("</ul>", 1)[0]
        for message in ["Select the service, or something else", "Select what got in the way",
                        "Select how often it happens", "Select how your experience was overall",
                        "Tick the box to agree that we may contact you"]:
            self.assertIn(message, summary)
        self.assertNotIn("<img src=x>", page)
        self.assertNotIn("excellent", page)
        self.assertNotIn("99999", page)
        self.assertIn("&lt;b&gt;bold&lt;/b&gt; &amp; &quot;quoted&quot;</textarea>", page)
        self.assertIn('value="slow" checked', page, "a fixed choice is chosen again")
        # Who is reporting is the form's first question: a post that is neither goes back to it.
        response, page = self.post(report(reporter="<script>alert(1)</script>"))
        page = page.decode()
        self.assertEqual(response.status, 400)
        self.assertIn("Select whether you work here", page)
        self.assertNotIn("<script>alert", page)
        self.assertIn('value="staff"', page)
        self.assertEqual(len(self.stored()), before)

    def test_control_characters_are_refused_and_never_printed_raw(self):
        # Issue 19: escape sequences from the public form reached the terminal through
        # `voice reports` and the CSV downloads.
        before = len(self.stored())
        response, page = self.post(report(what_happened="Froze \x1b]0;owned\x07 \x1b[2J"))
        self.assertEqual(response.status, 400)
        self.assertIn("What happened has a hidden character at character", page.decode())
        self.assertEqual(len(self.stored()), before)
        # A report stored before the check (or by other means) is neutralised on the way out.
        response, _ = self.post(report(what_happened="control-marker"))
        self.assertEqual(response.status, 303)
        raw = "Froze \x1b]0;owned\x07 \x1b[2J \u009b2J"
        if self.b.url.startswith("sqlite://"):
            with sqlite3.connect(self.b.url[len("sqlite://"):]) as db:
                db.execute("UPDATE voice_reports SET what_happened = ? "
                           "WHERE what_happened = 'control-marker'", (raw,))
        else:
            subprocess.run(["psql", self.b.url, "-q", "-c",
                            "UPDATE voice_reports SET what_happened = convert_from(decode('"
                            + raw.encode().hex() + "', 'hex'), 'UTF8') "
                            "WHERE what_happened = 'control-marker'"], check=True)
        out = self.b.cli("voice", "reports", "--org", "RAA").stdout
        for control in ["\x1b", "\x07", "\u009b"]:
            self.assertNotIn(control, out)
        self.assertIn("Froze \ufffd]0;owned\ufffd \ufffd[2J \ufffd2J", out)

    def test_a_contact_that_is_neither_an_email_address_nor_a_phone_number_is_refused(self):
        # Issue 19, found in use 13.
        before = len(self.stored())
        response, page = self.post(report(contact="ward 7, ask for Sam", consent="yes"))
        self.assertEqual(response.status, 400)
        summary = page.decode().split("nhsuk-error-summary__list", 1)[1].split("</ul>", 1)[0]
        self.assertIn("Enter an email address, like name@example.com, or a phone number", summary)
        self.assertEqual(len(self.stored()), before)
        response, _ = self.post(report(contact="sam@example.com", consent="yes"))
        self.assertEqual(response.status, 303)

    def test_the_form_asks_who_first_then_offers_only_their_services(self):
        # Issue 19, found in use 13: twelve services, most staff-only, listed before it asked.
        b, stop = voice_board({"BOARDLENS_VOICE_ADDRESS_BURST": "1000"})
        try:
            sec = b.login("sec@alpha.example")
            b.cli("member", "add", "--org", "RAA", "--name", "Omar Siddiqui", "--email",
                  "cdio@alpha.example", "--job-title", "Chief Digital Officer", "--membership",
                  "executive")
            _, members, _ = b.request("GET", "/api/v1/orgs/RAA/members", token=sec)
            owner = next(m["id"] for m in members if m["email"] == "cdio@alpha.example")
            ids = {}
            # The register says who uses each service; the words that describe its users do not
            # decide ("Service users" is the NHS's term for patients in mental health).
            for name, users, audience in [("Staff rota", "Service users", "staff"),
                                          ("Patient app", "Service users", "patients"),
                                          ("Video clinic", "Outpatients", "both")]:
                status, body, _ = b.request("POST", "/api/v1/orgs/RAA/services", {
                    "name": name, "owner": owner, "user_groups": users, "stage": "live",
                    "audience": audience}, token=sec)
                self.assertEqual(status, 201, body)
                ids[name] = str(body["id"])
            path = form_path(b)
            response, page = b.fetch("GET", path)
            page = page.decode()
            self.assertEqual(response.status, 200)
            self.assertIn('method="get"', page)
            self.assertIn("Which of these describes you?", page)
            self.assertNotIn("Staff rota", page, "services wait for the answer")
            self.assertNotIn('name="csrf"', page)
            self.assertIn("111", page, "where to get urgent help")
            self.assertIn("patient advice and liaison service (PALS)", page)
            # The footer and contact speak to the public, not to the board.
            self.assertNotIn("board secretary", page)
            self.assertNotIn("assess and lead digital transformation", page)
            self.assertIn(f'href="{path}/help"', page)
            response, help_page = b.fetch("GET", path + "/help")
            self.assertEqual(response.status, 200)
            self.assertIn("PALS", help_page.decode())

            response, page = b.fetch("GET", path + "?reporter=")
            self.assertEqual(response.status, 400)
            self.assertIn("Select whether you work here", page.decode())
            _, patients = b.fetch("GET", path + "?reporter=patient")
            patients = patients.decode()
            self.assertNotIn("Staff rota", patients)
            self.assertIn("Patient app", patients)
            self.assertIn("Video clinic", patients)
            _, staff = b.fetch("GET", path + "?reporter=staff")
            staff = staff.decode()
            self.assertIn("Staff rota", staff)
            self.assertNotIn("Patient app", staff)
            self.assertIn("Video clinic", staff)
            # The server checks it too: a patient cannot report on a staff system by hand.
            cookie, csrf = open_form(b, path, "patient")
            response, _ = b.fetch("POST", path, {
                "Content-Type": "application/x-www-form-urlencoded", "Cookie": cookie},
                encode(csrf, report(reporter="patient", service=ids["Staff rota"])))
            self.assertEqual(response.status, 400)
            response, _ = b.fetch("POST", path, {
                "Content-Type": "application/x-www-form-urlencoded", "Cookie": cookie},
                encode(csrf, report(reporter="patient", service=ids["Patient app"])))
            self.assertEqual(response.status, 303)
        finally:
            stop()

    def test_the_secretary_writes_what_the_form_says_about_getting_help(self):
        b = self.b
        session = b.web_session("sec@alpha.example")
        response, page = b.fetch("GET", "/orgs/RAA/voice/help", {"Cookie": session})
        self.assertEqual(response.status, 200)
        page = page.decode()
        self.assertIn("111", page)
        csrf = page.split('name="csrf" value="', 1)[1].split('"', 1)[0]
        words = "Call our PALS team on 01632 960 001, 9am to 5pm. In an emergency call 999."
        response, _ = b.fetch("POST", "/orgs/RAA/voice/help", {
            "Cookie": session, "Content-Type": "application/x-www-form-urlencoded"},
            urllib.parse.urlencode({"csrf": csrf, "help": words}))
        self.assertEqual(response.status, 303)
        _, page = b.fetch("GET", self.path + "?reporter=staff")
        self.assertIn("01632 960 001, 9am to 5pm", page.decode())
        member = b.web_session("member@alpha.example")
        response, _ = b.fetch("GET", "/orgs/RAA/voice/help", {"Cookie": member})
        self.assertEqual(response.status, 403)
        response, _ = b.fetch("POST", "/orgs/RAA/voice/help", {
            "Cookie": session, "Content-Type": "application/x-www-form-urlencoded"},
            urllib.parse.urlencode({"csrf": csrf, "help": ""}))
        self.assertEqual(response.status, 303)
        _, page = b.fetch("GET", self.path)
        self.assertIn("patient advice and liaison service (PALS)", page.decode(),
                      "empty goes back to the standard words")

    def test_the_help_text_is_read_and_written_through_the_api_too(self):
        b = self.b
        status, body, _ = b.request("GET", "/api/v1/orgs/RAA/voice/help",
                                    token=b.login("viewer@alpha.example"))
        self.assertEqual(status, 200, body)
        self.assertIn("PALS", body["help"])
        words = "Ring PALS on 01632 960 002. In an emergency call 999."
        status, body, _ = b.request("PUT", "/api/v1/orgs/RAA/voice/help", {"help": words},
                                    token=self.sec)
        self.assertEqual((status, body), (200, {"help": words}))
        _, page = b.fetch("GET", self.path + "?reporter=patient")
        self.assertIn("01632 960 002", page.decode())
        status, body, _ = b.request("PUT", "/api/v1/orgs/RAA/voice/help",
                                    {"help": "Ring \x1b[2J now"}, token=self.sec)
        self.assertEqual(status, 400, body)
        self.assertIn("help", json.dumps(body))
        status, _, _ = b.request("PUT", "/api/v1/orgs/RAA/voice/help", {"help": "x"},
                                 token=b.login("member@alpha.example"))
        self.assertEqual(status, 403)
        b.request("PUT", "/api/v1/orgs/RAA/voice/help", {"help": ""}, token=self.sec)

    def test_a_link_that_no_organisation_has_is_not_found(self):
        response, _ = self.b.fetch("GET", "/voice/no-such-link")
        self.assertEqual(response.status, 404)
        response, _ = self.b.fetch("POST", "/voice/no-such-link",
                                   {"Content-Type": "application/x-www-form-urlencoded"}, "x=1")
        self.assertEqual(response.status, 404)

    def test_the_you_said_we_did_log_is_kept_by_the_secretary_and_published_on_request(self):
        b = self.b
        member = b.login("member@alpha.example")
        entry = {"heard": "Rostering was slow on Mondays", "did": "We moved the nightly job",
                 "done_on": "2026-10-01"}
        status, _, _ = b.request("POST", "/api/v1/orgs/RAA/voice/changes", entry, member)
        self.assertEqual(status, 403)
        status, draft, _ = b.request("POST", "/api/v1/orgs/RAA/voice/changes", entry, self.sec)
        self.assertEqual(status, 201, draft)
        self.assertFalse(draft["published"])
        _, page = b.fetch("GET", self.path + "/you-said-we-did")
        self.assertNotIn("Rostering was slow", page.decode())
        status, body, _ = b.request("PUT", f"/api/v1/orgs/RAA/voice/changes/{draft['id']}",
                                    {**entry, "published": True}, self.sec)
        self.assertEqual(status, 200, body)
        _, page = b.fetch("GET", self.path + "/you-said-we-did")
        self.assertIn("Rostering was slow", page.decode())
        status, body, _ = b.request("POST", "/api/v1/orgs/RAA/voice/changes",
                                    {"heard": "", "did": "x", "done_on": "soon"}, self.sec)
        self.assertEqual(status, 400)
        self.assertEqual({p["where"] for p in body.get("errors", [])} or {body["where"]},
                         {"heard", "done_on"})

    def test_only_board_members_read_reports_and_only_the_secretary_sees_a_contact(self):
        b = self.b
        self.assertEqual(self.post(report(contact="07700 900123", consent="yes"))[0].status, 303)
        status, rows, _ = b.request("GET", "/api/v1/orgs/RAA/voice/reports", token=self.sec)
        self.assertEqual(status, 200)
        self.assertIn("07700 900123", [r["contact"] for r in rows])
        status, rows, _ = b.request("GET", "/api/v1/orgs/RAA/voice/reports",
                                    token=b.login("member@alpha.example"))
        self.assertEqual(status, 200)
        self.assertEqual({r["contact"] for r in rows}, {None})
        status, _, _ = b.request("GET", "/api/v1/orgs/RAA/voice/reports",
                                 token=b.login("viewer@alpha.example"))
        self.assertEqual(status, 403)

    def test_a_replaced_link_stops_working(self):
        b, stop = voice_board({})
        try:
            path = form_path(b)
            token = b.login("sec@alpha.example")
            status, body, _ = b.request("POST", "/api/v1/orgs/RAA/voice/link", token=token)
            self.assertEqual(status, 201)
            self.assertEqual(b.fetch("GET", path)[0].status, 404)
            new_path = body["link"][body["link"].index("/voice/"):]
            self.assertEqual(b.fetch("GET", new_path)[0].status, 200)
        finally:
            stop()


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
