"""Black-box tests of the mail boardlens sends (issue 10: reminders and "forgot your
password"), with a real SMTP server on loopback (smtp_sink.py, Debian's python3-aiosmtpd) and
the server started with BOARDLENS_SMTP_URL pointing at it; and of what the pages say when no
mail server is configured."""

import email
import email.policy
import glob
import html
import json
import os
import re
import socket
import subprocess
import sys
import tempfile
import time
import unittest
import urllib.parse

from harness import PASSWORD, small_board

HERE = os.path.dirname(os.path.abspath(__file__))
NEW_PASSWORD = "purple staple quantum kettle"


def python_with_aiosmtpd():
    """This interpreter if it has aiosmtpd, else Debian's, where python3-aiosmtpd puts it."""
    ok = subprocess.run([sys.executable, "-c", "import aiosmtpd"], capture_output=True)
    return sys.executable if ok.returncode == 0 else "/usr/bin/python3"


class SmtpSink:
    """smtp_sink.py on a free loopback port, writing what it takes to a folder."""

    def __init__(self):
        self.folder = tempfile.mkdtemp(prefix="boardlens-mail-")
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        self.process = subprocess.Popen(
            [python_with_aiosmtpd(), os.path.join(HERE, "smtp_sink.py"), str(self.port),
             self.folder], stdout=subprocess.PIPE, text=True)
        assert self.process.stdout.readline().strip() == "ready"
        self.seen = 0

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=30)

    def take(self, at_least=0):
        """The messages that arrived since the last call: (envelope recipients, parsed). Waits
        up to 30 seconds for `at_least` of them, for mail that is sent after the answer."""
        deadline = time.monotonic() + 30
        while (len(glob.glob(os.path.join(self.folder, "*.json"))) < self.seen + at_least
               and time.monotonic() < deadline):
            time.sleep(0.05)
        files = sorted(glob.glob(os.path.join(self.folder, "*.json")))
        out = []
        for path in files[self.seen:]:
            with open(path, encoding="utf-8") as f:
                record = json.load(f)
            out.append((record["to"], email.message_from_string(record["data"],
                                                                policy=email.policy.default)))
        self.seen = len(files)
        return out


class BrowserMixin:
    def form_csrf(self, path, cookie=None):
        """Loads a pre-session form; returns its CSRF field and the form cookie."""
        response, body = self.b.fetch("GET", path, {"Cookie": cookie} if cookie else {})
        self.assertEqual(response.status, 200, path)
        csrf = re.search(r'name="csrf" value="([^"]+)"', body.decode()).group(1)
        return csrf, response.getheader("Set-Cookie").split(";")[0]

    def post(self, path, fields, cookie, headers=None):
        response, body = self.b.fetch("POST", path, {
            "Content-Type": "application/x-www-form-urlencoded", "Cookie": cookie,
            **(headers or {})}, urllib.parse.urlencode(fields))
        return response, body.decode()


class MailTest(unittest.TestCase, BrowserMixin):
    @classmethod
    def setUpClass(cls):
        cls.sink = SmtpSink()
        cls.b, cls.stop_board = small_board({
            "BOARDLENS_SMTP_URL": f"smtp://127.0.0.1:{cls.sink.port}",
            "BOARDLENS_SMTP_FROM": "boardlens@alpha.example",
            "BOARDLENS_SMTP_STARTTLS": "off"})
        b = cls.b
        # Three members: one answers everything, one a mailbox the server refuses.
        cls.members = ["done@alpha.example", "waiting@alpha.example", "refused@alpha.example"]
        for address in cls.members:
            b.cli("member", "add", "--org", "RAA", "--name", address.split("@")[0].title(),
                  "--email", address, "--job-title", "Director", "--membership", "executive")
        b.cli("user", "add", "--email", "done@alpha.example", "--name", "Done", "--password",
              PASSWORD, "--org", "RAA", "--role", "member")
        cls.token = b.login("sec@alpha.example")

    @classmethod
    def tearDownClass(cls):
        cls.stop_board()
        cls.sink.stop()

    def open_round(self, title):
        status, body, _ = self.b.request("POST", "/api/v1/orgs/RAA/rounds",
                                         {"framework": "nhs-digital-boards", "title": title},
                                         token=self.token)
        self.assertEqual(status, 201, body)
        rid = body["id"]
        status, body, _ = self.b.request("POST", f"/api/v1/orgs/RAA/rounds/{rid}/open", {},
                                         token=self.token)
        self.assertEqual(status, 200, body)
        done = self.b.login("done@alpha.example")
        answers = [{"item": item["ref"], "rating": 3} for item in body["items"]]
        status, body, _ = self.b.request("PUT", f"/api/v1/orgs/RAA/rounds/{rid}/answers/mine",
                                         {"answers": answers}, token=done)
        self.assertEqual(status, 200, body)
        self.sink.take()
        return rid

    def test_reminders_reach_each_member_who_has_not_finished(self):
        title = "Hiver 2026 – self-assessment ✓"
        rid = self.open_round(title)
        message = "Dear colleague,\n\nPlease answer by Friday. Merci — ça compte.\n.\nThank you"
        status, body, _ = self.b.request("POST", f"/api/v1/orgs/RAA/rounds/{rid}/reminders",
                                         {"message": message}, token=self.token)
        self.assertEqual(status, 200, body)
        self.assertEqual([m["email"] for m in body["sent"]], ["waiting@alpha.example"])
        self.assertEqual([f["email"] for f in body["failed"]], ["refused@alpha.example"])
        self.assertIn("550", body["failed"][0]["reason"])
        mails = self.sink.take()
        self.assertEqual(len(mails), 1)
        to, mail = mails[0]
        self.assertEqual(to, ["waiting@alpha.example"])
        self.assertEqual(mail["To"], "waiting@alpha.example")
        self.assertEqual(mail["From"], "boardlens@alpha.example")
        self.assertEqual(mail["Subject"], "Reminder: " + title)
        self.assertEqual(mail.get_content_type(), "text/plain")
        self.assertEqual(mail.get_content_charset(), "utf-8")
        self.assertEqual(mail.get_content().replace("\r\n", "\n").rstrip("\n"), message)

    def test_the_default_reminder_links_to_the_round_on_the_public_url(self):
        rid = self.open_round("Default text")
        status, body, _ = self.b.request("POST", f"/api/v1/orgs/RAA/rounds/{rid}/reminders",
                                         token=self.token, headers={"Host": "evil.example"})
        self.assertEqual(status, 200, body)
        (_, mail), = self.sink.take()
        text = mail.get_content()
        self.assertIn(f"http://127.0.0.1:{self.b.port}/orgs/RAA/rounds/{rid}/answer", text)
        self.assertNotIn("evil.example", text)
        self.assertIn("Sec Alpha", text)

    def test_a_reminder_must_be_short_text_and_the_round_open(self):
        rid = self.open_round("Limits")
        path = f"/api/v1/orgs/RAA/rounds/{rid}/reminders"
        for message in ["", "   \n", "x" * 5001]:
            status, body, _ = self.b.request("POST", path, {"message": message},
                                             token=self.token)
            self.assertEqual(status, 400, body)
            self.assertEqual(body["where"], "message")
        status, _, _ = self.b.request("POST", path, {"message": "é" * 5000}, token=self.token)
        self.assertEqual(status, 200)
        self.b.request("POST", f"/api/v1/orgs/RAA/rounds/{rid}/withdraw", token=self.token)
        status, body, _ = self.b.request("POST", path, {"message": "Hello"}, token=self.token)
        self.assertEqual(status, 409, body)
        self.sink.take()

    def test_header_injection_is_refused_before_any_mail(self):
        status, body, _ = self.b.request("POST", "/api/v1/orgs/RAA/members", {
            "name": "Eve", "email": "eve@alpha.example\r\nBcc: x@evil.example",
            "job_title": "Director", "membership": "executive"}, token=self.token)
        self.assertEqual(status, 400, body)
        # A title that would add a header to the reminder's subject is refused when the round
        # is made (issue 19: a title is one line); the mailer refuses such a subject too.
        status, body, _ = self.b.request("POST", "/api/v1/orgs/RAA/rounds", {
            "framework": "nhs-digital-boards", "title": "Injected\r\nBcc: x@evil.example"},
            token=self.token)
        self.assertEqual((status, body["where"]), (400, "title"), body)
        self.assertEqual(self.sink.take(), [])

    def test_the_round_page_sends_the_reminder_as_edited(self):
        rid = self.open_round("From the page")
        session = self.b.web_session("sec@alpha.example")
        response, page = self.b.fetch("GET", f"/orgs/RAA/rounds/{rid}", {"Cookie": session})
        page = page.decode()
        self.assertIn("Send the reminder by email", page)
        self.assertNotIn("does not send email", page)
        csrf = re.search(r'name="csrf" value="([^"]+)"', page).group(1)
        path = f"/orgs/RAA/rounds/{rid}/reminders"
        response, text = self.post(path, {"csrf": csrf, "reminder": "x" * 5001}, session)
        self.assertEqual(response.status, 400)
        self.assertIn("There is a problem", text)
        self.assertIn("5,000 characters or less", text)
        self.assertEqual(self.sink.take(), [])
        response, text = self.post(path, {"csrf": csrf, "reminder": "Edited: please answer."},
                                   session)
        self.assertEqual(response.status, 200)
        self.assertIn("Reminder sent to 1 board member", text)
        self.assertIn("Some reminders were not sent", text)
        self.assertIn("refused@alpha.example", text)
        (to, mail), = self.sink.take()
        self.assertEqual(to, ["waiting@alpha.example"])
        self.assertEqual(mail.get_content().strip(), "Edited: please answer.")
        response, _ = self.post(path, {"reminder": "No CSRF"}, session)
        self.assertEqual(response.status, 403)

    def test_an_invitation_link_goes_by_email_to_the_invitee_only(self):
        # Issue 19: the secretary or admin was shown the link, and could follow it to make an
        # account for an address they do not control.
        b = self.b
        self.sink.take()
        # An organisation of its own, so that no other test's round has one more member.
        b.cli("org", "add", "--ods", "RIV", "--name", "Ivy Trust", "--kind", "trust")
        b.cli("user", "add", "--email", "sec@ivy.example", "--name", "Sec Ivy", "--password",
              PASSWORD, "--org", "RIV", "--role", "secretary")
        b.cli("member", "add", "--org", "RIV", "--name", "Ivy Invited", "--email",
              "ivy@ivy.example", "--job-title", "Director", "--membership", "executive")
        _, members, _ = b.request("GET", "/api/v1/orgs/RIV/members",
                                  token=b.login("sec@ivy.example"))
        ivy = next(m for m in members if m["email"] == "ivy@ivy.example")
        session = b.web_session("sec@ivy.example")
        invite = f"/orgs/RIV/members/{ivy['id']}/invite"
        _, page = b.fetch("GET", invite, {"Cookie": session})
        page = page.decode()
        self.assertIn("boardlens emails the link to ivy@ivy.example, and to nobody else", page)
        csrf = re.search(r'name="csrf" value="([^"]+)"', page).group(1)
        response, text = self.post(invite, {"csrf": csrf}, session, {"Host": "evil.example"})
        self.assertEqual((response.status, response.getheader("Location")),
                         (303, "/orgs/RIV/members?done=invited"))
        self.assertNotIn("/join/", text)
        (to, mail), = self.sink.take(at_least=1)
        self.assertEqual(to, ["ivy@ivy.example"])
        link = re.search(r"\S+/join/\S+", mail.get_content()).group(0)
        self.assertTrue(link.startswith(f"http://127.0.0.1:{b.port}/join/"), link)
        response, page = b.fetch("GET", link[link.index("/join/"):])
        self.assertEqual(response.status, 200)
        self.assertIn("ivy@ivy.example", page.decode())
        _, page = b.fetch("GET", "/orgs/RIV/members?done=invited", {"Cookie": session})
        self.assertIn("Invitation link emailed", page.decode())

        b.cli("user", "add", "--email", "boss@ivy.example", "--name", "Boss Ivy",
              "--password", PASSWORD, "--org", "RIV", "--role", "admin")
        status, body, _ = b.request("PUT", "/api/v1/orgs/RIV/roles",
                                    token=b.login("boss@ivy.example"),
                                    body={"email": "Role@Ivy.example", "role": "viewer"})
        self.assertEqual(status, 202, body)
        self.assertEqual(body["invitation"]["emailed"], True)
        self.assertNotIn("link", body["invitation"], "nothing for the admin to follow")
        (to, mail), = self.sink.take(at_least=1)
        self.assertEqual(to, ["role@ivy.example"])
        self.assertIn("the viewer role", mail.get_content())
        self.assertIn(f"http://127.0.0.1:{b.port}/join/", mail.get_content())

    def reset_link(self, address, headers=None):
        csrf, cookie = self.form_csrf("/forgot-password")
        response, text = self.post("/forgot-password", {"csrf": csrf, "email": address}, cookie,
                                   headers)
        return response, text

    def test_a_reset_link_works_once_and_the_old_password_stops(self):
        self.b.cli("user", "add", "--email", "forgot@alpha.example", "--name", "Forgetful",
                   "--password", PASSWORD, "--org", "RAA", "--role", "viewer")
        old_session = self.b.web_session("forgot@alpha.example")
        _, sign_in = self.b.fetch("GET", "/sign-in")
        self.assertIn('href="/forgot-password"', sign_in.decode())

        response, known = self.reset_link("Forgot@Alpha.example", {"Host": "evil.example"})
        self.assertEqual(response.status, 200)
        (to, mail), = self.sink.take(at_least=1)
        self.assertEqual(to, ["forgot@alpha.example"])
        self.assertIn(f"http://127.0.0.1:{self.b.port}/reset-password/", mail.get_content(),
                      "never a link to the Host the request named")

        # An unknown address: the same answer, and nothing sent. The outbox sends in order, so
        # once a second link for the known address has arrived, nothing else is coming. The
        # newer link replaces the first.
        response, unknown = self.reset_link("nobody@alpha.example")
        self.assertEqual(response.status, 200)
        self.assertEqual(unknown.replace("nobody", "forgot"), known)
        self.reset_link("forgot@alpha.example")
        (to, mail), = self.sink.take(at_least=1)
        self.assertEqual(to, ["forgot@alpha.example"])
        link = re.search(r"(\S+/reset-password/(\S+))", mail.get_content())
        self.assertTrue(link.group(1).startswith(f"http://127.0.0.1:{self.b.port}/"), link)
        path = "/reset-password/" + link.group(2)

        csrf, cookie = self.form_csrf(path)
        response, text = self.post(path, {"csrf": csrf, "password": NEW_PASSWORD,
                                          "confirm_password": "different words here"}, cookie)
        self.assertEqual(response.status, 400)
        self.assertIn("Type the same new password twice", text)
        response, _ = self.post(path, {"csrf": csrf, "password": NEW_PASSWORD,
                                       "confirm_password": NEW_PASSWORD}, cookie)
        self.assertEqual(response.status, 303)
        self.assertEqual(response.getheader("Location"), "/sign-in?reset=1")

        status, _, _ = self.b.request("POST", "/api/v1/session",
                                      {"email": "forgot@alpha.example", "password": PASSWORD})
        self.assertEqual(status, 401)
        self.b.login("forgot@alpha.example", NEW_PASSWORD)
        response, _ = self.b.fetch("GET", "/account", {"Cookie": old_session})
        self.assertEqual(response.status, 303, "the other sessions ended")
        response, body = self.b.fetch("GET", path)
        self.assertEqual(response.status, 404)
        self.assertIn("This link does not work", body.decode())
        response, _ = self.post(path, {"csrf": csrf, "password": "another fine passphrase",
                                       "confirm_password": "another fine passphrase"}, cookie)
        self.assertEqual(response.status, 404, "a link works once")

    def test_asking_again_and_again_never_locks_the_owner_out(self):
        # Issue 19: three requests an hour, from anyone, blocked a person's own reset. Asking
        # beyond the limit is answered as ever, alike for any address; nothing more is sent,
        # and the newest link sent still works.
        self.b.cli("user", "add", "--email", "often@alpha.example", "--name", "Often",
                   "--password", PASSWORD, "--org", "RAA", "--role", "viewer")
        self.sink.take()
        answers = {}
        for address in ["often@alpha.example", "never@alpha.example"]:
            replies = [self.reset_link(address) for _ in range(4)]
            self.assertEqual([r.status for r, _ in replies], [200] * 4, address)
            answers[address] = {text.replace(address, "…") for _, text in replies}
        self.assertEqual(len(answers["often@alpha.example"]), 1, "the fourth answer is the same")
        self.assertEqual(answers["often@alpha.example"], answers["never@alpha.example"])
        self.reset_link("sec@alpha.example")  # the outbox sends in order: this one comes last
        mails = self.sink.take(at_least=4)
        self.assertEqual([to for to, _ in mails],
                         [["often@alpha.example"]] * 3 + [["sec@alpha.example"]])
        token = re.search(r"/reset-password/(\S+)", mails[2][1].get_content()).group(1)
        response, _ = self.b.fetch("GET", "/reset-password/" + token)
        self.assertEqual(response.status, 200, "the newest link sent works")


class NoMailTest(unittest.TestCase, BrowserMixin):
    """Without BOARDLENS_SMTP_URL nothing is sent, and the pages say so."""

    @classmethod
    def setUpClass(cls):
        cls.b, cls.stop_board = small_board()
        cls.token = cls.b.login("sec@alpha.example")
        cls.b.cli("member", "add", "--org", "RAA", "--name", "Waiting", "--email",
                  "waiting@alpha.example", "--job-title", "Director", "--membership", "executive")

    @classmethod
    def tearDownClass(cls):
        cls.stop_board()

    def test_forgot_password_says_whom_to_ask(self):
        response, body = self.b.fetch("GET", "/forgot-password")
        self.assertEqual(response.status, 200)
        text = body.decode()
        self.assertIn("does not send email", text)
        self.assertIn("board secretary", text)
        self.assertIn("boardlens user password", text)
        self.assertNotIn("<form", text.split("<main", 1)[1])
        response, body = self.b.fetch("POST", "/forgot-password", {
            "Content-Type": "application/x-www-form-urlencoded"}, "email=sec%40alpha.example")
        self.assertIn("does not send email", body.decode())

    def test_reminders_say_the_installation_sends_no_email(self):
        status, body, _ = self.b.request("POST", "/api/v1/orgs/RAA/rounds",
                                         {"framework": "nhs-digital-boards", "title": "No mail"},
                                         token=self.token)
        rid = body["id"]
        self.b.request("POST", f"/api/v1/orgs/RAA/rounds/{rid}/open", {}, token=self.token)
        session = self.b.web_session("sec@alpha.example")
        _, page = self.b.fetch("GET", f"/orgs/RAA/rounds/{rid}", {"Cookie": session})
        page = page.decode()
        self.assertIn("does not send email: copy this message", page)
        self.assertNotIn("Send the reminder by email", page)
        # Issue 19, found in use 12: who has not answered is named with their address, to copy,
        # and a mail link starts the email with the reminder's subject and message.
        addresses = page.split('id="reminder-addresses">', 1)[1].split("</p>", 1)[0]
        self.assertEqual(addresses, "waiting@alpha.example")
        mailto = html.unescape(page.split('href="mailto:', 1)[1].split('"', 1)[0])
        to, query = mailto.split("?", 1)
        self.assertEqual(to, "waiting@alpha.example")
        fields = urllib.parse.parse_qs(query)
        self.assertEqual(fields["subject"], ["Reminder: No mail"])
        self.assertIn("Dear colleague,\r\n\r\n", fields["body"][0])
        self.assertIn(f"/orgs/RAA/rounds/{rid}/answer", fields["body"][0])
        status, body, raw = self.b.request("POST", f"/api/v1/orgs/RAA/rounds/{rid}/reminders",
                                           {"message": "Hello"}, token=self.token)
        self.assertEqual(status, 503, body)
        self.assertEqual(raw.getheader("Content-Type"), "application/problem+json")
        self.assertIn("does not send email", body["detail"])


if __name__ == "__main__":
    unittest.main()
