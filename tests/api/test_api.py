"""Black-box tests of the real boardlens binary: its CLI and its HTTP API, on the database
named by BOARDLENS_TEST_DB (sqlite, or postgres on the server the harness started).

Run by ctest (tests/CMakeLists.txt), which sets BOARDLENS_BIN, BOARDLENS_TEST_DB and
BOARDLENS_TEST_POSTGRES. Standard library only.
"""

import csv
import datetime
import gzip
import io
import http.client
import json
import os
import random
import re
import statistics
import subprocess
import tempfile
import unittest
import urllib.parse
import uuid

BIN = os.environ["BOARDLENS_BIN"]
KIND = os.environ.get("BOARDLENS_TEST_DB", "sqlite")
PASSWORD = "correct horse battery"
ITEMS = ["outcomes", "risk", "assurance", "advocacy", "ownership", "prioritisation", "users",
         "culture"]


def make_database():
    """A new empty database URL and a function that removes it."""
    if KIND == "sqlite":
        folder = tempfile.mkdtemp(prefix="boardlens-api-")
        return "sqlite://" + os.path.join(folder, "api.db"), lambda: None
    server = os.environ["BOARDLENS_TEST_POSTGRES"]
    name = "api_" + uuid.uuid4().hex[:12]
    subprocess.run(["psql", server, "-q", "-c", f"CREATE DATABASE {name}"], check=True)
    url = server.rsplit("/", 1)[0] + "/" + name
    return url, lambda: subprocess.run(
        ["psql", server, "-q", "-c", f"DROP DATABASE {name} WITH (FORCE)"], check=False)


class Boardlens:
    """The binary on one database: CLI calls, and a server started on a free port."""

    def __init__(self, url):
        self.url = url
        self.server = None
        self.port = None

    def cli(self, *args, check=True, stdin=None):
        result = subprocess.run([BIN, "--database", self.url, *args], capture_output=True,
                                text=True, input=stdin, timeout=120)
        if check and result.returncode != 0:
            raise AssertionError(f"boardlens {' '.join(args)} failed ({result.returncode}): "
                                 f"{result.stderr}")
        return result

    def start(self, env=None):
        """Serves on a free port; `env` adds environment variables (the SMTP settings)."""
        self.server = subprocess.Popen(
            [BIN, "--database", self.url, "serve", "--listen", "127.0.0.1:0", "--threads", "2"],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
            env={**os.environ, **(env or {})})
        for line in self.server.stdout:
            event = json.loads(line)
            if event.get("event") == "listening":
                self.port = int(event["url"].rsplit(":", 1)[1].strip("/"))
                return
        raise AssertionError("server exited before listening: " + self.server.stderr.read())

    def stop(self):
        if self.server:
            self.server.terminate()
            self.server.wait(timeout=30)

    def fetch(self, method, path, headers=None, data=None):
        """The response and its body as bytes."""
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
        conn.request(method, path, body=data, headers=headers or {})
        response = conn.getresponse()
        body = response.read()
        conn.close()
        return response, body

    def request(self, method, path, body=None, token=None, headers=None, raw=None):
        h = dict(headers or {})
        if token:
            h["Authorization"] = "Bearer " + token
        data = raw if raw is not None else (json.dumps(body) if body is not None else None)
        if data is not None and "Content-Type" not in h:
            h["Content-Type"] = "application/json"
        response, body_bytes = self.fetch(method, path, h, data)
        text = body_bytes.decode()
        parsed = json.loads(text) if text else None
        return response.status, parsed, response

    def web_session(self, email, password=PASSWORD):
        """Signs in through the sign-in page as a browser does; returns the session cookie."""
        response, _ = self.fetch("GET", "/sign-in")
        cookie = response.getheader("Set-Cookie").split(";")[0]
        body = urllib.parse.urlencode({"csrf": cookie.split("=", 1)[1], "email": email,
                                       "password": password})
        response, _ = self.fetch("POST", "/sign-in", {
            "Content-Type": "application/x-www-form-urlencoded", "Cookie": cookie}, body)
        assert response.status == 303, response.status
        return next(v for k, v in response.getheaders()
                    if k == "Set-Cookie" and v.startswith("boardlens_session=")).split(";")[0]

    def login(self, email, password=PASSWORD):
        status, body, _ = self.request("POST", "/api/v1/session",
                                       {"email": email, "password": password})
        assert status == 201, (status, body)
        return body["token"]


def small_board(env=None):
    """A running server on a new database with one trust (RAA) and its secretary
    (sec@alpha.example), and a function that stops it and removes the database. `env` adds
    environment variables for the server."""
    url, drop = make_database()
    b = Boardlens(url)
    b.cli("migrate")
    b.cli("org", "add", "--ods", "RAA", "--name", "Alpha Trust", "--kind", "trust")
    b.cli("user", "add", "--email", "sec@alpha.example", "--name", "Sec Alpha",
          "--password", PASSWORD, "--org", "RAA", "--role", "secretary")
    b.start(env)

    def stop():
        b.stop()
        drop()
    return b, stop


def utc_today():
    """The server's today: rounds open and close on UTC dates."""
    return datetime.datetime.now(datetime.timezone.utc).date().isoformat()


MIN_RATINGS = 3  # below this, a mean (an item's or a subgroup's) is suppressed


def reference_stats(ratings):
    """DESIGN.md's definitions, computed independently with Python's statistics module."""
    values = sorted(r for r in ratings if r is not None)
    n = len(values)
    dk = len(ratings) - n
    if n < MIN_RATINGS:
        return {"n": n, "dont_know": dk, "mean": None, "median": None, "iqr": None,
                "dont_know_rate": dk / (n + dk) if n + dk else None}
    q1, _, q3 = statistics.quantiles(values, n=4, method="inclusive")
    median = statistics.median(values)
    return {"n": n, "dont_know": dk, "mean": statistics.fmean(values), "median": median,
            "q1": q1, "q3": q3, "iqr": q3 - q1,
            "agreement": sum(1 for v in values if abs(v - median) <= 1) / n,
            "dont_know_rate": dk / (n + dk)}


def random_round_csv(rng, items, members, dk_share):
    """A CSV round and, per item, the (membership, rating or None) answers it holds."""
    rows = ["respondent,membership,item,rating,evidence"]
    answers = {item: [] for item in items}
    for m in range(members):
        membership = rng.choice(["executive", "non-executive"])
        for item in items:
            if rng.random() < 0.1:
                continue  # not every member answers every item
            rating = None if rng.random() < dk_share else rng.randint(1, 5)
            rows.append(f"m{m},{membership},{item},{'DK' if rating is None else rating},")
            answers[item].append((membership, rating))
    return "\n".join(rows) + "\n", answers


def item_mean(answers):
    """The mean a round freezes at close: null below MIN_RATINGS."""
    values = [r for _, r in answers if r is not None]
    return statistics.fmean(values) if len(values) >= MIN_RATINGS else None


class ApiTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        url, cls.drop = make_database()
        cls.b = Boardlens(url)
        b = cls.b
        b.cli("migrate")
        b.cli("org", "add", "--ods", "QAA", "--name", "Test ICB", "--kind", "icb")
        b.cli("org", "add", "--ods", "RAA", "--name", "Alpha Trust", "--kind", "trust",
              "--parent", "QAA")
        b.cli("org", "add", "--ods", "RBB", "--name", "Beta Trust", "--kind", "trust")
        b.cli("user", "add", "--email", "admin@test.example", "--name", "Admin",
              "--password-stdin", "--platform-admin", stdin=PASSWORD + "\n")
        b.cli("user", "add", "--email", "sec@alpha.example", "--name", "Sec Alpha",
              "--password", PASSWORD, "--org", "RAA", "--role", "secretary")
        b.cli("user", "add", "--email", "sec@beta.example", "--name", "Sec Beta",
              "--password", PASSWORD, "--org", "RBB", "--role", "secretary")
        cls.members = [("exec1@alpha.example", "executive"), ("exec2@alpha.example", "executive"),
                       ("ned1@alpha.example", "non-executive")]
        for email, membership in cls.members:
            b.cli("member", "add", "--org", "RAA", "--name", email.split("@")[0], "--email", email,
                  "--job-title", "Director", "--membership", membership)
            b.cli("user", "add", "--email", email, "--name", email.split("@")[0],
                  "--password", PASSWORD, "--org", "RAA", "--role", "member")
        b.start()
        cls.sec = b.login("sec@alpha.example")

    @classmethod
    def tearDownClass(cls):
        cls.b.stop()
        cls.drop()

    def assertProblem(self, response, status, where=None, detail=None):
        code, body, raw = response
        self.assertEqual(code, status, body)
        self.assertEqual(raw.getheader("Content-Type"), "application/problem+json")
        self.assertEqual(body["status"], status)
        self.assertTrue(body["detail"])
        if where is not None:
            self.assertEqual(body.get("where"), where, body)
        if detail is not None:
            self.assertIn(detail, body["detail"])

    def new_round(self, title="Round"):
        status, body, _ = self.b.request("POST", "/api/v1/orgs/RAA/rounds",
                                         {"framework": "nhs-digital-boards", "title": title},
                                         self.sec)
        self.assertEqual(status, 201, body)
        return body["id"]

    def test_round_journey_for_a_secretary_and_three_members(self):
        b = self.b
        rid = self.new_round("Journey")
        status, body, _ = b.request("POST", f"/api/v1/orgs/RAA/rounds/{rid}/open", None, self.sec)
        self.assertEqual(status, 200, body)
        self.assertEqual(body["status"], "open")

        rng = random.Random(7)
        given = {item: [] for item in ITEMS}
        tokens = [b.login(email) for email, _ in self.members]
        for token in tokens:
            answers = []
            for item in ITEMS:
                rating = rng.choice([1, 2, 3, 4, 5, "DK"])
                answers.append({"item": item, "rating": rating, "evidence": "seen at " + item})
            status, body, _ = b.request("PUT", f"/api/v1/orgs/RAA/rounds/{rid}/answers/mine",
                                        {"answers": answers}, token)
            self.assertEqual(status, 200, body)
            self.assertEqual(len(body["answers"]), len(ITEMS))
            for a in answers:
                given[a["item"]].append(None if a["rating"] == "DK" else a["rating"])
        # A member changes one answer while the round is open.
        status, body, _ = b.request("PUT", f"/api/v1/orgs/RAA/rounds/{rid}/answers/mine",
                                    {"answers": [{"item": "risk", "rating": 5}]}, tokens[0])
        self.assertEqual(status, 200, body)
        given["risk"][0] = 5

        # The secretary sees who has answered, never what.
        status, body, _ = b.request("GET", f"/api/v1/orgs/RAA/rounds/{rid}/completion",
                                    token=self.sec)
        self.assertEqual(status, 200, body)
        self.assertEqual(body["complete"], 3)
        self.assertNotIn("rating", json.dumps(body))
        self.assertNotIn("seen at", json.dumps(body))
        status, body, _ = b.request("GET", f"/api/v1/orgs/RAA/rounds/{rid}/answers/mine",
                                    token=self.sec)
        self.assertEqual(body["answers"], [])

        self.assertProblem(b.request("GET", f"/api/v1/orgs/RAA/rounds/{rid}/results",
                                     token=self.sec), 409)
        # Change and peer standing follow the order rounds closed in: no date in the future.
        future = (datetime.date.today() + datetime.timedelta(days=3)).isoformat()
        self.assertProblem(b.request("POST", f"/api/v1/orgs/RAA/rounds/{rid}/close",
                                     {"closed_on": future}, self.sec), 400, where="closed_on")
        # Nor one before the round opened (today).
        self.assertProblem(b.request("POST", f"/api/v1/orgs/RAA/rounds/{rid}/close",
                                     {"closed_on": "2020-01-01"}, self.sec), 400, where="closed_on")
        status, body, _ = b.request("POST", f"/api/v1/orgs/RAA/rounds/{rid}/close",
                                    {"closed_on": utc_today()}, self.sec)
        self.assertEqual(status, 200, body)
        self.assertEqual(body["opened_on"], utc_today())
        self.assertProblem(b.request("PUT", f"/api/v1/orgs/RAA/rounds/{rid}/answers/mine",
                                     {"answers": [{"item": "risk", "rating": 1}]}, tokens[1]),
                           409, where="status")

        status, results, _ = b.request("GET", f"/api/v1/orgs/RAA/rounds/{rid}/results",
                                       token=tokens[2])
        self.assertEqual(status, 200, results)
        self.assertEqual(results["respondents"],
                         {"executive": 2, "non_executive": 1, "total": 3})
        means = []
        for item in results["items"]:
            expected = reference_stats(given[item["item"]])
            for key, value in expected.items():
                if value is None:
                    self.assertIsNone(item[key])
                    self.assertIn(key, item["reasons"])
                else:
                    self.assertAlmostEqual(item[key], value, delta=1e-9, msg=f"{item['item']} {key}")
            if expected["mean"] is not None:
                means.append(expected["mean"])
            # Two executives at most and one non-executive: subgroups are suppressed.
            self.assertIsNone(item["ned_mean"])
            self.assertIsNone(item["exec_mean"])
            self.assertIsNone(item["gap"])
            if item["peers"] < 5:
                self.assertIsNone(item["percentile"])
        self.assertAlmostEqual(results["overall"], statistics.fmean(means), delta=1e-9)

        # The CLI prints the same document the API serves.
        cli = json.loads(b.cli("round", "results", str(rid), "--format", "json").stdout)
        self.assertEqual(cli, results)
        table = b.cli("round", "results", str(rid), "--format", "table").stdout
        self.assertIn("Journey", table)

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

    def test_bad_input_is_refused_with_what_and_where(self):
        b = self.b
        rid = self.new_round("Bad input")
        b.request("POST", f"/api/v1/orgs/RAA/rounds/{rid}/open", None, self.sec)
        member = b.login("exec1@alpha.example")
        path = f"/api/v1/orgs/RAA/rounds/{rid}/answers/mine"
        self.assertProblem(b.request("PUT", path, raw='{"answers": [\n  {"item": }]}',
                                     token=member), 400, where="body:2:12")
        self.assertProblem(b.request("PUT", path, {"answers": [{"item": "nope", "rating": 3}]},
                                     member), 400, where="answers[0].item")
        self.assertProblem(b.request("PUT", path, {"answers": [{"item": "risk", "rating": 3},
                                                               {"item": "users", "rating": 6}]},
                                     member), 400, where="answers[1].rating")
        self.assertProblem(b.request("PUT", path, {"answers": [{"item": "risk", "rating": 3},
                                                               {"item": "risk", "rating": 4}]},
                                     member), 400, where="answers[1].item")
        # Nothing from the refused submissions was stored.
        status, body, _ = b.request("GET", path, token=member)
        self.assertEqual(body["answers"], [])

        self.assertProblem(b.request("POST", "/api/v1/orgs/RAA/rounds",
                                     {"framework": "no-such-framework", "title": "x"}, self.sec),
                           404)
        self.assertProblem(b.request("POST", "/api/v1/orgs/RAA/rounds",
                                     {"framework": "nhs-digital-boards"}, self.sec),
                           400, where="title")
        admin = b.login("admin@test.example")
        self.assertProblem(b.request("POST", "/api/v1/orgs",
                                     {"ods_code": "RAA", "name": "Again", "kind": "trust"}, admin),
                           409, where="ods_code")
        self.assertProblem(b.request("POST", "/api/v1/orgs",
                                     {"ods_code": "RCC", "name": "Nope", "kind": "trust"},
                                     self.sec), 403)
        self.assertProblem(b.request("PUT", path, raw="x" * (1024 * 1024 + 10), token=member), 413)
        self.assertProblem(b.request("DELETE", "/api/v1/orgs", token=member), 405)

    def test_hostile_bodies_are_refused_and_the_server_lives_on(self):
        b = self.b
        # Deep enough to exhaust a recursive parser's stack, small enough to be read.
        deep = '{"email": ' + "[" * 30000 + "]" * 30000 + ', "password": "x"}'
        self.assertProblem(b.request("POST", "/api/v1/session", raw=deep), 400, where="body")
        # Past the most a record takes (512 KiB): refused before it is read.
        self.assertProblem(b.request("POST", "/api/v1/session", raw=deep * 9), 413)
        # Signing in needs a JSON content type, so no other site's form can sign a browser in.
        self.assertProblem(b.request("POST", "/api/v1/session",
                                     raw='{"email":"sec@alpha.example","password":"x"}',
                                     headers={"Content-Type": "text/plain"}),
                           400, where="Content-Type")
        # Text that is not UTF-8 is refused where it comes in, naming where.
        query = "?framework=digital-strategy-quality&closed_on=2025-01-01&title="
        csv = "respondent,membership,item,rating,evidence\nx,executive,realistic,2,\n"
        self.assertProblem(b.request("POST", "/api/v1/orgs/RAA/rounds/import" + query + "Bad%FF",
                                     raw=csv, token=self.sec), 400, where="title")
        self.assertProblem(b.request("POST", "/api/v1/orgs/RAA/rounds/import" + query + "Fine",
                                     raw=csv.replace("realistic,2,", "realistic,2,caf\xe9")
                                     .encode("latin-1"), token=self.sec), 400, where="body:2:5")
        # A path that is not UTF-8 is logged and answered, and the server lives on.
        self.assertProblem(b.request("GET", "/api/v1/%FF", token=self.sec), 404)
        response, page = b.fetch("GET", "/%FF%3Cb%3E")
        self.assertEqual(response.status, 404)
        self.assertEqual(response.getheader("Content-Type"), "text/html; charset=utf-8")
        self.assertIn("Page not found", page.decode())
        self.assertNotIn("<b>", page.decode(), "the path is never echoed")
        status, _, _ = b.request("GET", "/healthz")
        self.assertEqual(status, 200)

    def test_a_secretary_cannot_take_over_a_members_answers(self):
        b = self.b
        rid = self.new_round("Takeover")
        b.request("POST", f"/api/v1/orgs/RAA/rounds/{rid}/open", None, self.sec)
        member_token = b.login("ned1@alpha.example")
        status, _, _ = b.request("PUT", f"/api/v1/orgs/RAA/rounds/{rid}/answers/mine",
                                 {"answers": [{"item": "risk", "rating": 2,
                                               "evidence": "private note"}]}, member_token)
        self.assertEqual(status, 200)
        status, members, _ = b.request("GET", "/api/v1/orgs/RAA/members", token=self.sec)
        ned = next(m for m in members if m["email"] == "ned1@alpha.example")
        ned["email"] = "sec@alpha.example"
        self.assertProblem(b.request("PUT", f"/api/v1/orgs/RAA/members/{ned['id']}", ned,
                                     self.sec), 409, where="email")
        status, mine, _ = b.request("GET", f"/api/v1/orgs/RAA/rounds/{rid}/answers/mine",
                                    token=self.sec)
        self.assertEqual(mine["answers"], [])

    def test_csv_import_is_all_or_nothing(self):
        b = self.b
        status, before, _ = b.request("GET", "/api/v1/orgs/RAA/rounds", token=self.sec)
        bad = ("respondent,membership,item,rating,evidence\n"
               "a,executive,risk,3,\n"
               "b,executive,culture,7,\n")
        query = "?framework=nhs-digital-boards&title=Imported&closed_on=2026-01-31"
        self.assertProblem(b.request("POST", "/api/v1/orgs/RAA/rounds/import" + query, raw=bad,
                                     token=self.sec, headers={"Content-Type": "text/csv"}),
                           400, where="body:3:4")
        good = bad.replace("culture,7", "culture,4")
        future = (datetime.date.today() + datetime.timedelta(days=3)).isoformat()
        self.assertProblem(b.request("POST", "/api/v1/orgs/RAA/rounds/import" +
                                     query.replace("2026-01-31", future), raw=good,
                                     token=self.sec), 400, where="closed_on")
        status, after, _ = b.request("GET", "/api/v1/orgs/RAA/rounds", token=self.sec)
        self.assertEqual(before, after)

        with tempfile.NamedTemporaryFile("w", suffix=".csv", delete=False) as f:
            f.write(bad)
        result = b.cli("round", "import", "--org", "RAA", "--framework", "nhs-digital-boards",
                       "--title", "Imported", "--closed-on", "2026-01-31", f.name, check=False)
        self.assertEqual(result.returncode, 3)
        self.assertIn(os.path.basename(f.name) + ":3:4", result.stderr)
        self.assertIn("rating", result.stderr)

        with open(f.name, "w") as out:
            out.write(bad.replace(",7,", ",DK,"))
        result = b.cli("round", "import", "--org", "RAA", "--framework", "nhs-digital-boards",
                       "--title", "Imported", "--closed-on", "2026-01-31", f.name)
        rid = int(result.stdout.strip().splitlines()[-1])
        status, results, _ = b.request("GET", f"/api/v1/orgs/RAA/rounds/{rid}/results",
                                       token=self.sec)
        self.assertEqual(status, 200, results)
        culture = next(i for i in results["items"] if i["item"] == "culture")
        self.assertEqual((culture["n"], culture["dont_know"]), (0, 1))
        self.assertIsNone(culture["mean"])
        os.unlink(f.name)

    def test_results_warn_when_a_side_barely_answered_or_turnout_differs_widely(self):
        # Issue 19, found in use 10: 7 executives and 2 non-executives, after a round all 14
        # answered.
        b = self.b
        b.cli("org", "add", "--ods", "RTW", "--name", "Turnout Trust", "--kind", "trust")
        b.cli("user", "add", "--email", "sec@turnout.example", "--name", "Turnout Secretary",
              "--password", PASSWORD, "--org", "RTW", "--role", "secretary")
        token = b.login("sec@turnout.example")

        def imported(title, closed_on, executives, non_executives):
            rows = ["respondent,membership,item,rating,evidence"]
            rows += [f"e{i},executive,risk,3," for i in range(executives)]
            rows += [f"n{i},non-executive,risk,4," for i in range(non_executives)]
            query = (f"?framework=nhs-digital-boards&title={urllib.parse.quote(title)}"
                     f"&closed_on={closed_on}")
            status, body, _ = b.request("POST", "/api/v1/orgs/RTW/rounds/import" + query,
                                        raw="\n".join(rows) + "\n", token=token,
                                        headers={"Content-Type": "text/csv"})
            self.assertEqual(status, 201, body)
            status, results, _ = b.request("GET", f"/api/v1/orgs/RTW/rounds/{body['id']}/results",
                                           token=token)
            self.assertEqual(status, 200, results)
            return body["id"], results["turnout_warnings"]

        _, first = imported("Everyone", "2026-01-31", 7, 7)
        self.assertEqual(first, [])
        rid, warnings = imported("Few non-executives", "2026-03-31", 7, 2)
        self.assertEqual(len(warnings), 2, warnings)
        self.assertTrue(warnings[0].startswith("Only 2 non-executives answered, against 7"))
        self.assertTrue(warnings[1].startswith("9 members answered this round and 14 answered "
                                               "the one before, \"Everyone\""))
        session = b.web_session("sec@turnout.example")
        _, page = b.fetch("GET", f"/orgs/RTW/rounds/{rid}/results", {"Cookie": session})
        page = page.decode()
        self.assertIn("Read these results with care", page)
        self.assertIn("Only 2 non-executives answered", page)

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

    def test_cli_round_journey(self):
        b = self.b
        rid = b.cli("round", "create", "--org", "RAA", "--framework", "nhs-digital-boards",
                    "--title", "CLI round").stdout.strip()
        b.cli("round", "open", rid)
        for i, (email, _) in enumerate(self.members):
            b.cli("round", "answer", rid, "--as", email, "--item", "users", "--rating", str(i + 2))
        bad = b.cli("round", "answer", rid, "--as", self.members[0][0], "--item", "users",
                    "--rating", "9", check=False)
        self.assertEqual(bad.returncode, 3)
        self.assertIn("--rating", bad.stderr)
        completion = b.cli("round", "completion", rid).stdout
        self.assertIn("1/8", completion)
        b.cli("round", "close", rid, "--closed-on", utc_today())
        closed = b.cli("round", "answer", rid, "--as", self.members[0][0], "--item", "users",
                       "--rating", "1", check=False)
        self.assertEqual(closed.returncode, 5)
        results = json.loads(b.cli("round", "results", rid, "--format", "json").stdout)
        users = next(i for i in results["items"] if i["item"] == "users")
        self.assertEqual(users["n"], 3)
        self.assertAlmostEqual(users["mean"], 3.0, delta=1e-9)
        self.assertEqual(results["round"]["closed_on"], utc_today())

    def test_cli_rejects_bad_frameworks_with_line_and_column(self):
        with tempfile.NamedTemporaryFile("w", suffix=".yaml", delete=False) as f:
            f.write("format: boardlens-framework/1\nref: raa-own\nversion: 1.0.0\n"
                    "title: Ours\nsource: Us\nitems:\n  - ref: one\n    title: One\n"
                    "    question: Q?\n    levels: {1: a, 2: b, 3: c, 5: e}\n")
        result = self.b.cli("framework", "import", f.name, "--org", "RAA", check=False)
        os.unlink(f.name)
        self.assertEqual(result.returncode, 3)
        self.assertIn(":10:13", result.stderr)
        self.assertIn("level 4 is missing", result.stderr)
        listed = self.b.cli("framework", "list", "--org", "RAA").stdout
        self.assertNotIn("raa-own", listed)

    def test_results_match_the_definitions_on_random_data(self):
        """Every statistic, against an independent computation, on randomly generated rounds."""
        b = self.b
        admin = b.login("admin@test.example")
        # A framework no other test uses for each seed, so that peers are exactly the ones made
        # here.
        frameworks = ["what-good-looks-like", "hee-digital-leadership", "digital-litmus-tests"]
        exercised = {"percentile": 0, "gap": 0, "change": 0}  # the test must reach each branch
        for seed, framework in enumerate(frameworks):
            rng = random.Random(seed)
            status, fw, _ = b.request("GET", f"/api/v1/frameworks/{framework}", token=admin)
            items = [i["ref"] for i in fw["items"]]
            prefix = f"S{seed}"
            orgs = [f"{prefix}T{i}" for i in range(rng.randint(7, 10))]
            for ods in orgs:
                status, body, _ = b.request("POST", "/api/v1/orgs",
                                            {"ods_code": ods, "name": ods, "kind": "trust"}, admin)
                self.assertEqual(status, 201, body)

            def import_round(ods, closed_on):
                csv, answers = random_round_csv(rng, items, rng.randint(2, 16),
                                                rng.choice([0, 0.1, 0.4]))
                status, body, _ = b.request(
                    "POST", f"/api/v1/orgs/{ods}/rounds/import?framework={framework}"
                    f"&title=R&closed_on={closed_on}", raw=csv, token=admin)
                self.assertEqual(status, 201, body)
                return body["id"], answers

            target = orgs[0]
            previous = import_round(target, "2026-03-31")[1] if seed != 1 else None
            rid, answers = import_round(target, "2026-06-30")
            # Each peer: rounds before, on and after the target's close date.
            peer_latest = {}
            for ods in orgs[1:]:
                for closed_on in sorted(rng.sample(["2026-01-15", "2026-06-30", "2026-09-01",
                                                    "2026-04-10"], rng.randint(1, 3))):
                    _, peer_answers = import_round(ods, closed_on)
                    if closed_on <= "2026-06-30":
                        peer_latest[ods] = peer_answers

            status, results, _ = b.request("GET", f"/api/v1/orgs/{target}/rounds/{rid}/results",
                                           token=admin)
            self.assertEqual(status, 200, results)
            item_means = []
            for got in results["items"]:
                item = got["item"]
                given = answers[item]
                expected = reference_stats([r for _, r in given])
                for key, value in expected.items():
                    if value is None:
                        self.assertIsNone(got[key], (seed, item, key))
                    else:
                        self.assertAlmostEqual(got[key], value, delta=1e-9, msg=(seed, item, key))
                mean = expected["mean"]
                if mean is not None:
                    item_means.append(mean)
                sides = {}
                answered = []
                for side, key in (("executive", "exec_mean"), ("non-executive", "ned_mean")):
                    sides[key] = [r for m, r in given if m == side and r is not None]
                    answered.append(sum(1 for m, _ in given if m == side))
                # One side with some but too few ratings, or too few people answering at all,
                # hides both (complementary suppression).
                hidden = any(0 < len(v) < MIN_RATINGS for v in sides.values()) or any(
                    0 < a < MIN_RATINGS for a in answered)
                subgroup = {key: (statistics.fmean(v) if v and not hidden else None)
                            for key, v in sides.items()}
                for key, value in subgroup.items():
                    self.assertEqual(got[key] is None, value is None, (seed, item, key))
                    if value is not None:
                        self.assertAlmostEqual(got[key], value, delta=1e-9)
                gap = (None if None in subgroup.values()
                       else subgroup["exec_mean"] - subgroup["ned_mean"])
                if gap is None:
                    self.assertIsNone(got["gap"])
                else:
                    self.assertAlmostEqual(got["gap"], gap, delta=1e-9)
                ratings = [r for _, r in given if r is not None]
                self.assertEqual(got["distribution"],
                                 None if mean is None else [ratings.count(v) for v in range(1, 6)])
                prev = item_mean(previous[item]) if previous else None
                if prev is None:
                    self.assertIsNone(got["previous_mean"], (seed, item))
                else:
                    self.assertAlmostEqual(got["previous_mean"], prev, delta=1e-9)
                if mean is None or prev is None:
                    self.assertIsNone(got["change"], (seed, item))
                    self.assertIn("change", got["reasons"])
                else:
                    self.assertAlmostEqual(got["change"], mean - prev, delta=1e-9)
                peers = [m for m in (item_mean(a[item]) for a in peer_latest.values())
                         if m is not None]
                self.assertEqual(got["peers"], len(peers), (seed, item))
                if mean is None or len(peers) < 5:
                    self.assertIsNone(got["percentile"], (seed, item))
                else:
                    below = sum(1 for p in peers if p < mean - 1e-9)
                    equal = sum(1 for p in peers if abs(p - mean) <= 1e-9)
                    self.assertAlmostEqual(got["percentile"], 100 * (below + equal / 2) / len(peers),
                                           delta=1e-9)
                for key in exercised:
                    exercised[key] += got[key] is not None
                flags = set(got["flags"])
                self.assertEqual("disagreement" in flags,
                                 got["iqr"] is not None and got["iqr"] >= 2 - 1e-9)
                self.assertEqual("blind_spot" in flags, got["dont_know_rate"] is not None
                                 and got["dont_know_rate"] >= 0.25 - 1e-9)
                self.assertEqual("ownership_gap" in flags, gap is not None and abs(gap) >= 1 - 1e-9)
            if item_means:
                self.assertAlmostEqual(results["overall"], statistics.fmean(item_means), delta=1e-9)
            else:
                self.assertIsNone(results["overall"])
        self.assertTrue(all(exercised.values()), exercised)

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

    def test_every_table_downloads_as_csv(self):
        b = self.b
        csv_body = "respondent,membership,item,rating,evidence\n" + "".join(
            f"p{p},{m},{item},{r},\n"
            for p, m, ratings in ((1, "executive", (2, 4)), (2, "executive", (3, "DK")),
                                  (3, "non-executive", (5, 4)), (4, "non-executive", (1, 2)))
            for item, r in zip(("realistic", "focused-selective"), ratings))
        status, rnd, _ = b.request(
            "POST", "/api/v1/orgs/RAA/rounds/import?framework=digital-strategy-quality"
            "&title=%3DExported%20round&closed_on=2026-03-01", raw=csv_body, token=self.sec)
        self.assertEqual(status, 201, rnd)
        session = b.web_session("sec@alpha.example")

        response, data = b.fetch("GET", f"/orgs/RAA/rounds/{rnd['id']}/results.csv",
                                 {"Cookie": session})
        self.assertEqual(response.status, 200)
        self.assertEqual(response.getheader("Content-Type"), "text/csv; charset=utf-8")
        self.assertIn("attachment", response.getheader("Content-Disposition"))
        rows = {row["item"]: row for row in csv.DictReader(io.StringIO(data.decode()))}
        _, results, _ = b.request("GET", f"/api/v1/orgs/RAA/rounds/{rnd['id']}/results",
                                  token=self.sec)
        for item in results["items"]:
            row = rows[item["item"]]
            for key in ("mean", "median", "q1", "q3", "agreement", "gap", "percentile"):
                if item[key] is None:
                    self.assertEqual(row[key], "", (item["item"], key))
                else:
                    self.assertAlmostEqual(float(row[key]), item[key], delta=1e-12)
            self.assertEqual(int(row["ratings"]), item["n"])
            if item["distribution"] is not None:
                self.assertEqual([int(row[f"rated_{v}"]) for v in range(1, 6)],
                                 item["distribution"])
        self.assertEqual(rows["realistic"]["rated_2"], "1")

        response, data = b.fetch("GET", "/orgs/RAA/rounds.csv", {"Cookie": session})
        listed = list(csv.DictReader(io.StringIO(data.decode())))
        exported = next(r for r in listed if r["id"] == str(rnd["id"]))
        self.assertEqual(exported["title"], "'=Exported round", "a formula is disarmed")
        response, data = b.fetch("GET", "/orgs/RAA/members.csv", {"Cookie": session})
        members = list(csv.DictReader(io.StringIO(data.decode())))
        self.assertLessEqual({e for e, _ in self.members}, {m["email"] for m in members},
                             "the secretary's copy has emails")

    def test_front_end_assets_are_served_from_the_binary(self):
        b = self.b
        dist = os.path.join(os.environ["BOARDLENS_SOURCE_DIR"],
                            "web/node_modules/nhsuk-frontend/dist/nhsuk")
        css = next(n for n in sorted(os.listdir(dist))
                   if n.startswith("nhsuk-frontend-") and n.endswith(".min.css"))
        with open(os.path.join(dist, css), "rb") as f:
            original = f.read()
        for encoding in ("gzip", "identity"):
            response, body = b.fetch("GET", "/assets/" + css, {"Accept-Encoding": encoding})
            self.assertEqual(response.status, 200)
            self.assertEqual(response.getheader("Content-Type"), "text/css; charset=utf-8")
            self.assertIn("immutable", response.getheader("Cache-Control"))
            if encoding == "gzip":
                self.assertEqual(response.getheader("Content-Encoding"), "gzip")
                self.assertLess(len(body), len(original) / 5)
                body = gzip.decompress(body)
            else:
                self.assertIsNone(response.getheader("Content-Encoding"))
            self.assertEqual(body, original)
        self.assertProblem(b.request("GET", "/assets/nope.css"), 404)
        self.assertProblem(b.request("GET", "/assets/" + css + ".gz"), 404)

    def test_health_and_openapi(self):
        status, body, _ = self.b.request("GET", "/healthz")
        self.assertEqual((status, body["status"]), (200, "ok"))
        status, spec, _ = self.b.request("GET", "/api/v1/openapi.json")
        self.assertEqual(status, 200)
        self.assertEqual(spec["openapi"], "3.1.0")
        for path in ["/api/v1/session", "/api/v1/orgs/{ods}/rounds/{round}/results",
                     "/api/v1/orgs/{ods}/rounds/{round}/answers/mine", "/api/v1/tokens/{id}"]:
            self.assertIn(path, spec["paths"])


if __name__ == "__main__":
    unittest.main()
