"""The real boardlens binary for the black-box tests: a database (sqlite, or a new database on
the PostgreSQL server the harness started, as BOARDLENS_TEST_DB says), the binary's CLI and a
server on a free port, and the boards the suites start from.

Run by ctest (tests/CMakeLists.txt), which sets BOARDLENS_BIN, BOARDLENS_TEST_DB and
BOARDLENS_TEST_POSTGRES. Standard library only.
"""

import datetime
import http.client
import json
import os
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



class BoardTestCase(unittest.TestCase):
    """Alpha Trust (RAA, in the ICB QAA) with its secretary and three members who have
    accounts, Beta Trust (RBB) with its secretary, and a platform admin, on one running
    server for the whole class."""

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
