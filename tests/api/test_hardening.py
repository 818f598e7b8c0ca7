"""Black-box tests of what a probe of the running server found (issue 10, "found when the
server was probed as an attacker would"): each failed before its fix."""

import socket
import urllib.parse
import unittest

from harness import PASSWORD, small_board


class HardeningTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.b, cls.stop = small_board()

    @classmethod
    def tearDownClass(cls):
        cls.stop()

    def raw(self, request):
        """Sends bytes as they are and returns the status line."""
        with socket.create_connection(("127.0.0.1", self.b.port), timeout=30) as s:
            s.sendall(request)
            return s.recv(4096).split(b"\r\n", 1)[0].decode()

    def test_only_json_signs_in(self):
        body = '{"email":"sec@alpha.example","password":"%s"}' % PASSWORD
        for content_type in ["text/plain; charset=application/json", "application/jsonp",
                             "application/json-seq", "text/plain"]:
            status, problem, _ = self.b.request("POST", "/api/v1/session", raw=body,
                                                headers={"Content-Type": content_type})
            self.assertEqual(status, 400, content_type)
            self.assertEqual(problem["where"], "Content-Type")
        for content_type in ["application/json", "Application/JSON; charset=UTF-8"]:
            status, _, _ = self.b.request("POST", "/api/v1/session", raw=body,
                                          headers={"Content-Type": content_type})
            self.assertEqual(status, 201, content_type)

    def test_a_number_too_large_is_bad_input_naming_its_field(self):
        status, problem, _ = self.b.request("POST", "/api/v1/session",
                                            raw='{"email": 1e400, "password": "x"}')
        self.assertEqual(status, 400, problem)
        self.assertEqual(problem["where"], "email")
        token = self.b.login("sec@alpha.example")
        status, problem, _ = self.b.request(
            "POST", "/api/v1/orgs/RAA/rounds", token=token,
            raw='{"framework": "nhs-digital-boards", "title": -1e999}')
        self.assertEqual(status, 400, problem)
        self.assertEqual(problem["where"], "title")

    def test_ambiguous_request_framing_is_refused(self):
        body = b'{"email":"x@y.example","password":"z"}'
        for framing in [b"Transfer-Encoding: xchunked\r\nContent-Length: %d\r\n" % len(body),
                        b"Transfer-Encoding: chunked\r\nContent-Length: %d\r\n" % len(body)]:
            status = self.raw(b"POST /api/v1/session HTTP/1.1\r\nHost: x\r\n"
                              b"Content-Type: application/json\r\n" + framing + b"\r\n" + body)
            self.assertIn(" 400 ", status + " ", framing)
        # The server lives on.
        status, _, _ = self.b.request("GET", "/healthz")
        self.assertEqual(status, 200)

    def test_folded_header_lines_are_refused_and_the_connection_closed(self):
        # obs-fold: a line that starts with a space or tab continues the one before. A proxy
        # that reads it as a header of its own sees a different request from ours.
        for headers in [b"Host: x\r\nX-Note: a\r\n b\r\n", b"Host: x\r\nX-Note: a\r\n\tb\r\n",
                        b" Host: x\r\n"]:
            with socket.create_connection(("127.0.0.1", self.b.port), timeout=30) as s:
                # Keep-alive asked for: the server still closes, as it cannot trust the framing.
                s.sendall(b"GET /healthz HTTP/1.1\r\n" + headers + b"\r\n")
                reply = b""
                while chunk := s.recv(4096):
                    reply += chunk
            self.assertTrue(reply.startswith(b"HTTP/1.1 400 "), (headers, reply[:80]))
            self.assertIn(b"Connection: close", reply, headers)
        # A space inside a header's value is no fold.
        status = self.raw(b"GET /healthz HTTP/1.1\r\nHost: x\r\nX-Note: a b\r\n\r\n")
        self.assertIn(" 200 ", status + " ")

    def test_a_line_ended_by_a_bare_line_feed_is_refused_at_once(self):
        # Issue 19: with no CR LF blank line to wait for, the server waited for its timeout.
        for request in [b"GET /healthz HTTP/1.1\nHost: x\n\n", b"GET /healthz HTTP/1.1\n",
                        b"GET /healthz HTTP/1.1\r\nHost: x\n\n"]:
            with socket.create_connection(("127.0.0.1", self.b.port), timeout=30) as s:
                s.sendall(request)  # and keeps the connection open, as a slow client would
                reply = b""
                while chunk := s.recv(4096):
                    reply += chunk
            self.assertTrue(reply.startswith(b"HTTP/1.1 400 "), (request, reply[:80]))
            self.assertIn(b"bare line feed", reply, request)

    def test_guessing_the_current_password_counts_towards_the_lockout(self):
        b = self.b
        b.cli("user", "add", "--email", "guess@alpha.example", "--name", "Guess Target",
              "--password", PASSWORD, "--org", "RAA", "--role", "member")
        session = b.web_session("guess@alpha.example")
        _, page = b.fetch("GET", "/account", {"Cookie": session})
        csrf = page.decode().split('name="csrf" value="', 1)[1].split('"', 1)[0]
        form = {"Content-Type": "application/x-www-form-urlencoded", "Cookie": session}

        def change(current):
            return b.fetch("POST", "/account/password", form,
                           f"csrf={csrf}&current_password={current}&"
                           "new_password=a+fresh+long+phrase&confirm_password=a+fresh+long+phrase")

        for _ in range(5):
            response, _ = change("wrong+guess")
            self.assertEqual(response.status, 400)
        response, page = change(PASSWORD.replace(" ", "+"))
        self.assertEqual(response.status, 429, "locked out, even with the right password")
        self.assertIn("Too many failed sign-ins", page.decode())
        status, _, _ = b.request("POST", "/api/v1/session",
                                 {"email": "guess@alpha.example", "password": PASSWORD})
        self.assertEqual(status, 429, "the guesses count towards the sign-in lockout too")

    def join(self, link, fields):
        """Follows an invitation link as a browser does and posts `fields`; the response."""
        path = link[link.index("/join/"):]
        response, _ = self.b.fetch("GET", path)
        self.assertEqual(response.status, 200)
        cookie = response.getheader("Set-Cookie").split(";")[0]
        body = urllib.parse.urlencode({"csrf": cookie.split("=", 1)[1], **fields})
        return self.b.fetch("POST", path, {"Content-Type": "application/x-www-form-urlencoded",
                                           "Cookie": cookie}, body)[0]

    def test_a_role_is_an_invitation_that_does_not_tell_whether_the_account_exists(self):
        b = self.b
        b.cli("org", "add", "--ods", "RBB", "--name", "Beta Trust", "--kind", "trust")
        b.cli("user", "add", "--email", "boss@alpha.example", "--name", "Boss Alpha",
              "--password", PASSWORD, "--org", "RAA", "--role", "admin")
        b.cli("user", "add", "--email", "them@beta.example", "--name", "Them Beta",
              "--password", PASSWORD, "--org", "RBB", "--role", "member")
        admin = b.login("boss@alpha.example")
        answers, pages = {}, {}
        for email in ["them@beta.example", "nobody@beta.example"]:
            status, body, _ = b.request("PUT", "/api/v1/orgs/RAA/roles", token=admin,
                                        body={"email": email, "role": "secretary"})
            link = body["invitation"].pop("link")  # no mail here: the admin hands it on
            self.assertIn("/join/", link)
            body["invitation"].pop("expires_at")
            body["email"] = "…"
            answers[email] = (status, body)
            # Issue 19: the join page asked for "its password" where an account had the
            # address and for a new one where none did, so whoever held the link learnt which.
            path = link[link.index("/join/"):]
            response, page = b.fetch("GET", path)
            self.assertEqual(response.status, 200)
            csrf = response.getheader("Set-Cookie").split(";")[0].split("=", 1)[1]
            pages[email] = page.decode().replace(path, "…").replace(email, "…").replace(csrf, "…")
        self.assertEqual(answers["them@beta.example"], answers["nobody@beta.example"])
        self.assertEqual(answers["them@beta.example"][0], 202)
        self.assertEqual(pages["them@beta.example"], pages["nobody@beta.example"])

        # No role until they accept, with their own password.
        them = b.login("them@beta.example")
        self.assertEqual(b.request("GET", "/api/v1/orgs/RAA", token=them)[0], 404)
        status, body, _ = b.request("PUT", "/api/v1/orgs/RAA/roles", token=admin,
                                    body={"email": "them@beta.example", "role": "secretary"})
        link = body["invitation"]["link"]
        wrong = {"name": "Them", "password": "not their password",
                 "confirm_password": "not their password"}
        self.assertEqual(self.join(link, wrong).status, 400)
        self.assertEqual(b.request("GET", "/api/v1/orgs/RAA", token=them)[0], 404)
        right = {"name": "Them", "password": PASSWORD, "confirm_password": PASSWORD}
        self.assertEqual(self.join(link, right).status, 303)
        status, body, _ = b.request("GET", "/api/v1/orgs", token=them)
        self.assertIn({"RAA": "secretary"}, [{o["ods_code"]: o["role"]} for o in body])

    def test_easily_guessed_passwords_are_refused_saying_why(self):
        for password, why in [("aaaaaaaaaaaa", "over and over"),
                              ("abcabcabcabc", "over and over"),
                              ("123456789012", "neighbouring"),
                              ("qwertyuiopas", "neighbouring"),
                              ("Password1234!", "guess first"),
                              ("p4ssw0rd2026", "guess first"),
                              ("correct horse battery staple", "guess first"),
                              ("weak.alice.9876", "email address"),
                              ("short", "12 characters")]:
            result = self.b.cli("user", "add", "--email", "weak.alice@alpha.example", "--name",
                                "Alice Weak", "--password", password, check=False)
            self.assertEqual(result.returncode, 3, password)
            self.assertIn(why, result.stderr, password)
        self.b.cli("user", "add", "--email", "weak.alice@alpha.example", "--name", "Alice Weak",
                   "--password", "a fresh long phrase")

    def test_a_body_is_refused_before_it_is_read_when_the_route_takes_no_file(self):
        # 90,000 keys once took 25 s to read and stalled every sign-in meanwhile.
        keys = "{" + ",".join(f'"k{i}":1' for i in range(90_000)) + "}"
        self.assertGreater(len(keys), 900_000)
        status, problem, _ = self.b.request("POST", "/api/v1/session", raw=keys)
        self.assertEqual(status, 413, problem)
        token = self.b.login("sec@alpha.example")
        status, problem, _ = self.b.request("POST", "/api/v1/tokens", raw=keys, token=token)
        self.assertEqual(status, 413, problem)
        # Small enough to be read, too many fields to be any record of ours: refused by name.
        few = "{" + ",".join(f'"k{i}":1' for i in range(5_000)) + "}"
        self.assertLess(len(few), 64 * 1024)
        status, problem, _ = self.b.request("POST", "/api/v1/tokens", raw=few, token=token)
        self.assertEqual(status, 400, problem)
        self.assertEqual(problem["where"], "body")
        self.assertIn("more than 64 fields", problem["detail"])
        # A route that takes a file still takes a large one (and says what is wrong with it).
        csv = "title\n" + "x" * 200_000 + "\n"
        status, problem, _ = self.b.request("POST", "/api/v1/orgs/RAA/risks/import", raw=csv,
                                            token=token, headers={"Content-Type": "text/csv"})
        self.assertEqual(status, 400, problem)
        status, _, _ = self.b.request("GET", "/healthz")
        self.assertEqual(status, 200)


if __name__ == "__main__":
    unittest.main()
