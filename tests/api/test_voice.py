"""Black-box tests of user voice's public form (issue 11, point 4) on the database named by
BOARDLENS_TEST_DB: its defences (size limit, honeypot, the form's own CSRF check, no
reflected input), the services it offers, its help text, the links that reach it and the
"you said, we did" log. The board's side is in test_voice_reports."""

import csv
import io
import json
import sqlite3
import subprocess
import unittest
import urllib.parse

from voice_board import voice_board, form_path, open_form, report, encode


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


if __name__ == "__main__":
    unittest.main()
