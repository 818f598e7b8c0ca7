"""Black-box tests of who may do what: organisations kept apart, credentials and CSRF tokens,
sign-in limits, password resets, API tokens, invitation links and the viewer's read-only
board."""

import re
import unittest

from harness import BoardTestCase, PASSWORD, Boardlens


class AccessTest(BoardTestCase):
    def test_another_organisations_user_sees_nothing(self):
        b = self.b
        rid = self.new_round("Private")
        outsider = b.login("sec@beta.example")
        status, body, _ = b.request("GET", "/api/v1/orgs", token=outsider)
        self.assertEqual([o["ods_code"] for o in body], ["RBB"])
        for path in ["/api/v1/orgs/RAA", "/api/v1/orgs/RAA/members", "/api/v1/orgs/RAA/rounds",
                     f"/api/v1/orgs/RAA/rounds/{rid}", f"/api/v1/orgs/RAA/rounds/{rid}/results",
                     f"/api/v1/orgs/RBB/rounds/{rid}"]:
            self.assertProblem(b.request("GET", path, token=outsider), 404)
        self.assertProblem(b.request("POST", f"/api/v1/orgs/RAA/rounds/{rid}/open", None,
                                     outsider), 404)
        # Results that were just computed and cached for RAA stay invisible through RBB's URL.
        closed = b.request("POST", "/api/v1/orgs/RAA/rounds/import?framework=nhs-digital-boards"
                           "&title=Cached&closed_on=2026-02-01",
                           raw="respondent,membership,item,rating,evidence\nx,executive,risk,2,\n",
                           token=self.sec)[1]["id"]
        status, _, _ = b.request("GET", f"/api/v1/orgs/RAA/rounds/{closed}/results", token=self.sec)
        self.assertEqual(status, 200)
        for path in [f"/api/v1/orgs/RBB/rounds/{closed}/results",
                     f"/api/v1/orgs/RAA/rounds/{closed}/results"]:
            self.assertProblem(b.request("GET", path, token=outsider), 404)

    def test_requests_without_valid_credentials_are_refused(self):
        b = self.b
        self.assertProblem(b.request("GET", "/api/v1/orgs"), 401)
        self.assertProblem(b.request("GET", "/api/v1/orgs", token="not-a-token"), 401)
        self.assertProblem(b.request("POST", "/api/v1/session",
                                     {"email": "sec@alpha.example", "password": "wrong one"}),
                           401, where="password")

    def test_login_failures_are_rate_limited(self):
        b = self.b
        b.cli("user", "add", "--email", "limited@alpha.example", "--name", "Limited",
              "--password", PASSWORD)
        for _ in range(5):
            self.assertProblem(b.request("POST", "/api/v1/session",
                                         {"email": "limited@alpha.example", "password": "nope"}),
                               401)
        status, body, raw = b.request("POST", "/api/v1/session",
                                      {"email": "limited@alpha.example", "password": PASSWORD})
        self.assertEqual(status, 429, body)
        self.assertTrue(raw.getheader("Retry-After"))

    def test_cookie_sessions_need_the_csrf_token_to_change_anything(self):
        b = self.b
        status, login, raw = b.request("POST", "/api/v1/session",
                                       {"email": "sec@alpha.example", "password": PASSWORD})
        cookie = raw.getheader("Set-Cookie")
        self.assertIn("HttpOnly", cookie)
        self.assertIn("SameSite=Lax", cookie)
        session = cookie.split(";")[0]
        status, _, _ = b.request("GET", "/api/v1/orgs/RAA/rounds", headers={"Cookie": session})
        self.assertEqual(status, 200)
        body = {"framework": "nhs-digital-boards", "title": "Via cookie"}
        self.assertProblem(b.request("POST", "/api/v1/orgs/RAA/rounds", body,
                                     headers={"Cookie": session}), 403)
        status, _, _ = b.request("POST", "/api/v1/orgs/RAA/rounds", body,
                                 headers={"Cookie": session, "X-CSRF-Token": login["csrf_token"]})
        self.assertEqual(status, 201)

    def test_cli_adds_no_account_when_the_role_cannot_be_given(self):
        b = self.b
        result = b.cli("user", "add", "--email", "half@alpha.example", "--name", "Half",
                       "--password", PASSWORD, "--org", "NOPE", "--role", "member", check=False)
        self.assertEqual(result.returncode, 4)
        self.assertIn("NOPE", result.stderr)
        b.cli("user", "add", "--email", "half@alpha.example", "--name", "Half",
              "--password", PASSWORD, "--org", "RAA", "--role", "viewer")

    def test_cli_resets_a_password_and_ends_every_session(self):
        b = self.b
        b.cli("user", "add", "--email", "lost@alpha.example", "--name", "Lost",
              "--password", PASSWORD, "--org", "RAA", "--role", "viewer")
        session = b.login("lost@alpha.example")
        api_token = b.cli("token", "create", "--email", "lost@alpha.example",
                          "--name", "pack").stdout.strip()
        self.assertEqual(b.cli("user", "password", "--email", "lost@alpha.example",
                               "--password", "short", check=False).returncode, 3)
        self.assertEqual(b.cli("user", "password", "--email", "nobody@alpha.example",
                               "--password", "a new long password", check=False).returncode, 4)
        b.cli("user", "password", "--email", "lost@alpha.example", "--password-stdin",
              stdin="a new long password\n")
        # Neither was used before the reset, so no server cache can still hold them.
        for token in (session, api_token):
            self.assertEqual(b.request("GET", "/api/v1/me", token=token)[0], 401)
        self.assertEqual(b.request("POST", "/api/v1/session", {
            "email": "lost@alpha.example", "password": PASSWORD})[0], 401)
        b.login("lost@alpha.example", "a new long password")

    def test_api_tokens_are_listed_and_revoked_by_their_owner_only(self):
        b = self.b
        b.cli("user", "add", "--email", "robot@alpha.example", "--name", "Robot owner",
              "--password", PASSWORD, "--org", "RAA", "--role", "viewer")
        owner = b.login("robot@alpha.example")
        status, created, _ = b.request("POST", "/api/v1/tokens", {"name": "board pack"}, owner)
        self.assertEqual(status, 201, created)
        self.assertEqual(set(created), {"id", "name", "created_at", "expires_at", "token"})
        self.assertRegex(created["expires_at"], r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")
        status, listed, _ = b.request("GET", "/api/v1/tokens", token=owner)
        self.assertEqual(listed, [{k: v for k, v in created.items() if k != "token"}],
                         "listed once, without the token itself")
        self.assertEqual(b.request("GET", "/api/v1/me", token=created["token"])[0], 200)

        # Another account can neither see nor end it; its owner ends it at once.
        self.assertEqual(b.request("GET", "/api/v1/tokens", token=self.sec)[1], [])
        self.assertProblem(b.request("DELETE", f"/api/v1/tokens/{created['id']}", token=self.sec),
                           404)
        status, _, _ = b.request("DELETE", f"/api/v1/tokens/{created['id']}", token=owner)
        self.assertEqual(status, 204)
        self.assertProblem(b.request("GET", "/api/v1/me", token=created["token"]), 401)
        self.assertProblem(b.request("DELETE", f"/api/v1/tokens/{created['id']}", token=owner),
                           404)

        # The operator's way, for a token that has leaked. It is not used first: the server
        # would remember it for a few seconds after another process revoked it.
        leaked = b.cli("token", "create", "--email", "robot@alpha.example",
                       "--name", "sync").stdout.strip()
        listing = b.cli("token", "list", "--email", "robot@alpha.example").stdout
        self.assertNotIn(leaked, listing)
        self.assertIn("sync", listing)
        token_id = listing.split()[0]
        self.assertEqual(b.cli("token", "revoke", "--email", "robot@alpha.example", "--id",
                               "0000000000000000", check=False).returncode, 4)
        b.cli("token", "revoke", "--email", "robot@alpha.example", "--id", token_id)
        self.assertEqual(b.request("GET", "/api/v1/me", token=leaked)[0], 401)
        self.assertEqual(b.cli("token", "list", "--email", "robot@alpha.example").stdout, "")

        # And in the browser: the account page lists it, a page asks, the form revokes.
        status, web, _ = b.request("POST", "/api/v1/tokens", {"name": "reporting"}, owner)
        session = b.web_session("robot@alpha.example")
        _, page = b.fetch("GET", "/account", {"Cookie": session})
        self.assertIn("reporting", page.decode())
        self.assertNotIn(web["token"], page.decode())
        revoke = f"/account/tokens/{web['id']}/revoke"
        response, page = b.fetch("GET", revoke, {"Cookie": session})
        self.assertEqual(response.status, 200)
        csrf = page.decode().split('name="csrf" value="', 1)[1].split('"', 1)[0]
        form = {"Content-Type": "application/x-www-form-urlencoded", "Cookie": session}
        self.assertEqual(b.fetch("POST", revoke, form, "csrf=wrong")[0].status, 403)
        self.assertEqual(b.request("GET", "/api/v1/me", token=web["token"])[0], 200)
        response, _ = b.fetch("POST", revoke, form, f"csrf={csrf}")
        self.assertEqual(response.getheader("Location"), "/account?done=revoked")
        self.assertEqual(b.request("GET", "/api/v1/me", token=web["token"])[0], 401)
        _, page = b.fetch("GET", "/account?done=revoked", {"Cookie": session})
        self.assertIn("Token revoked", page.decode())
        self.assertIn("You have no API tokens", page.decode())
        self.assertEqual(b.fetch("GET", revoke, {"Cookie": session})[0].status, 404)

    def test_pages_need_a_session_and_forms_need_their_csrf_token(self):
        b = self.b
        form = {"Content-Type": "application/x-www-form-urlencoded"}
        response, _ = b.fetch("GET", "/orgs/RAA/rounds")
        self.assertEqual(response.status, 303)
        self.assertEqual(response.getheader("Location"), "/sign-in?next=/orgs/RAA/rounds")
        response, _ = b.fetch("GET", "/orgs/RAA/rounds/1/questions/risk?from=check")
        self.assertEqual(response.getheader("Location"),
                         "/sign-in?next=/orgs/RAA/rounds/1/questions/risk%3Ffrom%3Dcheck",
                         "signing in comes back to the same page, query and all")
        # A missing page does not repeat its address, which a stranger could have written.
        response, page = b.fetch("GET", "/Your-account-is-locked-call-0800")
        self.assertEqual(response.status, 404)
        self.assertNotIn("0800", page.decode())
        # A page used the wrong way says which ways it takes.
        response, _ = b.fetch("DELETE", "/sign-in")
        self.assertEqual(response.status, 405)
        self.assertEqual(response.getheader("Allow"), "GET, POST")

        # Sign-in is tied to the browser that loaded the form, by a cookie and a hidden field.
        response, page = b.fetch("GET", "/sign-in")
        cookie = response.getheader("Set-Cookie").split(";")[0]
        self.assertIn("SameSite=Strict", response.getheader("Set-Cookie"))
        self.assertIn("default-src 'self'", response.getheader("Content-Security-Policy"))
        token = cookie.split("=", 1)[1]
        self.assertIn(f'name="csrf" value="{token}"', page.decode())
        credentials = "email=sec%40alpha.example&password=" + PASSWORD.replace(" ", "+")
        response, page = b.fetch("POST", "/sign-in", {**form, "Cookie": cookie},
                                 "csrf=forged&" + credentials)
        self.assertEqual(response.status, 400)
        self.assertIn("The sign-in form had expired", page.decode())
        self.assertIsNone(next((v for k, v in response.getheaders()
                                if k == "Set-Cookie" and v.startswith("boardlens_session=")), None))
        response, _ = b.fetch("POST", "/sign-in", {**form, "Cookie": cookie},
                              f"csrf={token}&next=%2F%2Fevil.example&{credentials}")
        self.assertEqual(response.status, 303)
        self.assertEqual(response.getheader("Location"), "/", "never sent to another site")
        session = next(v for k, v in response.getheaders()
                       if k == "Set-Cookie" and v.startswith("boardlens_session=")).split(";")[0]

        # A form without the session's CSRF token changes nothing.
        rounds_before = len(b.request("GET", "/api/v1/orgs/RAA/rounds", token=self.sec)[1])
        body = "title=Forged&framework=nhs-digital-boards"
        response, page = b.fetch("POST", "/orgs/RAA/rounds/new", {**form, "Cookie": session},
                                 body + "&csrf=wrong")
        self.assertEqual(response.status, 403)
        self.assertEqual(len(b.request("GET", "/api/v1/orgs/RAA/rounds", token=self.sec)[1]),
                         rounds_before)
        _, page = b.fetch("GET", "/orgs/RAA/rounds/new", {"Cookie": session})
        csrf = page.decode().split('name="csrf" value="', 1)[1].split('"', 1)[0]
        response, _ = b.fetch("POST", "/orgs/RAA/rounds/new", {**form, "Cookie": session},
                              f"{body}&csrf={csrf}")
        self.assertEqual(response.status, 303)
        self.assertEqual(len(b.request("GET", "/api/v1/orgs/RAA/rounds", token=self.sec)[1]),
                         rounds_before + 1)
        _, page = b.fetch("GET", "/orgs/RAA/rounds", {"Cookie": session})
        listed = [int(i) for i in re.findall(r'<a href="/orgs/RAA/rounds/(\d+)">', page.decode())]
        self.assertGreaterEqual(len(listed), 2)
        self.assertEqual(listed, sorted(listed, reverse=True), "the rounds page is newest first")

        # Another organisation's pages are not found, as in the API.
        response, _ = b.fetch("GET", "/orgs/RBB", {"Cookie": session})
        self.assertEqual(response.status, 404)

    def test_an_invitation_link_joins_once_and_stays_out_of_the_logs(self):
        b = self.b
        b.cli("org", "add", "--ods", "RCC", "--name", "Gamma Trust", "--kind", "trust")
        b.cli("user", "add", "--email", "sec@gamma.example", "--name", "Sec Gamma",
              "--password", PASSWORD, "--org", "RCC", "--role", "secretary")
        b.cli("member", "add", "--org", "RCC", "--name", "Nia", "--email", "nia@gamma.example",
              "--job-title", "Chair", "--membership", "non-executive")
        # A second instance on the same database, so that its log can be read whole.
        other = Boardlens(b.url)
        other.start()
        try:
            form = {"Content-Type": "application/x-www-form-urlencoded"}
            session = other.web_session("sec@gamma.example")
            _, members = other.request("GET", "/api/v1/orgs/RCC/members",
                                       token=other.login("sec@gamma.example"))[:2]
            invite = f"/orgs/RCC/members/{members[0]['id']}/invite"
            _, page = other.fetch("GET", invite, {"Cookie": session})
            csrf = page.decode().split('name="csrf" value="', 1)[1].split('"', 1)[0]
            response, page = other.fetch("POST", invite, {**form, "Cookie": session,
                                                          "Host": "boardlens.example.nhs.uk",
                                                          "X-Forwarded-Proto": "https"},
                                         f"csrf={csrf}")
            self.assertEqual(response.status, 200)
            link = page.decode().split('id="invitation-link">', 1)[1].split("<", 1)[0]
            # Never from the Host header, which whoever sends the request chooses: without
            # --public-url, the address the server listens on.
            own = f"http://127.0.0.1:{other.port}"
            self.assertTrue(link.startswith(own + "/join/"), link)
            path = link[len(own):]
            token = path.rsplit("/", 1)[1]

            # The form is tied to the browser that loaded it, like sign-in.
            response, page = other.fetch("GET", path)
            self.assertEqual(response.status, 200)
            self.assertIn("nia@gamma.example", page.decode())
            cookie = response.getheader("Set-Cookie").split(";")[0]
            body = "password=a+long+enough+password&confirm_password=a+long+enough+password"
            response, _ = other.fetch("POST", path, {**form, "Cookie": cookie},
                                      "csrf=forged&" + body)
            self.assertEqual(response.status, 400)
            response, _ = other.fetch("POST", path, {**form, "Cookie": cookie},
                                      f"csrf={cookie.split('=', 1)[1]}&" + body)
            self.assertEqual(response.status, 303)
            self.assertEqual(response.getheader("Location"), "/orgs/RCC?done=joined")
            joined = next(v for k, v in response.getheaders()
                          if k == "Set-Cookie" and v.startswith("boardlens_session=")).split(";")[0]
            response, page = other.fetch("GET", "/orgs/RCC", {"Cookie": joined})
            self.assertEqual(response.status, 200)
            self.assertIn("Your role: member", page.decode())
            self.assertEqual(other.fetch("GET", path)[0].status, 404, "a link works once")
            nia = other.login("nia@gamma.example", "a long enough password")
            self.assertEqual(other.request("GET", "/api/v1/orgs/RAA", token=nia)[0], 404)
        finally:
            other.stop()
        log = other.server.stdout.read()
        other.server.stdout.close()
        other.server.stderr.close()
        self.assertIn('"path":"/join/', log)
        self.assertNotIn(token, log, "an invitation's secret never reaches the log")

    def test_a_viewer_sees_the_board_without_emails_and_changes_nothing(self):
        b = self.b
        b.cli("user", "add", "--email", "observer@alpha.example", "--name", "Observer",
              "--password", PASSWORD, "--org", "RAA", "--role", "viewer")
        # On the board, but with only the viewer role: a board member who does not answer.
        b.cli("member", "add", "--org", "RAA", "--name", "Observer", "--email",
              "observer@alpha.example", "--job-title", "Associate", "--membership",
              "non-executive")
        status, rnd, _ = b.request("POST", "/api/v1/orgs/RAA/rounds",
                                   {"framework": "digital-litmus-tests", "title": "Viewer check"},
                                   self.sec)
        self.assertEqual(status, 201, rnd)
        b.request("POST", f"/api/v1/orgs/RAA/rounds/{rnd['id']}/open", token=self.sec)
        viewer = b.login("observer@alpha.example")
        status, members, _ = b.request("GET", "/api/v1/orgs/RAA/members", token=viewer)
        self.assertEqual(status, 200)
        self.assertEqual({m["email"] for m in members}, {""}, "no emails below secretary")

        session = b.web_session("observer@alpha.example")
        response, page = b.fetch("GET", "/orgs/RAA", {"Cookie": session})
        self.assertEqual(response.status, 200, "an open round does not lock a viewer out")
        self.assertNotIn("Answer the questions", page.decode())
        response, page = b.fetch("GET", "/orgs/RAA/members", {"Cookie": session})
        self.assertNotIn("@alpha.example", page.decode())
        _, page = b.fetch("GET", "/account", {"Cookie": session})
        csrf = page.decode().split('name="csrf" value="', 1)[1].split('"', 1)[0]
        response, _ = b.fetch("POST", "/orgs/RAA/rounds/new",
                              {"Content-Type": "application/x-www-form-urlencoded",
                               "Cookie": session}, f"title=&csrf={csrf}")
        self.assertEqual(response.status, 403)

        # A form posted after the session ended leads back to the home page, not the post.
        response, _ = b.fetch("POST", "/account/tokens",
                              {"Content-Type": "application/x-www-form-urlencoded"}, "name=x")
        self.assertEqual(response.status, 303)
        self.assertEqual(response.getheader("Location"), "/sign-in?next=/")


if __name__ == "__main__":
    unittest.main()
