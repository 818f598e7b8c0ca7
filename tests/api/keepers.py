"""The board the feature suites start from: harness.small_board (RAA, whose secretary is
sec@alpha.example), an executive director who keeps the digital records (the CDIO), a
non-executive who reads them, and a second trust (RBB) whose secretary must see nothing of
the first."""

import unittest

from harness import PASSWORD, small_board


class KeepersTestCase(unittest.TestCase):
    # Who calls the API when a test names no one: "sec" or "cdio".
    default_caller = "sec"

    @classmethod
    def setUpClass(cls):
        cls.b, cls.stop = small_board()
        b = cls.b
        cls.members = {}
        for name, email, membership in [("Omar Siddiqui", "cdio@alpha.example", "executive"),
                                        ("Peter Kowalski", "ned@alpha.example", "non-executive")]:
            out = b.cli("member", "add", "--org", "RAA", "--name", name, "--email", email,
                        "--job-title", "Director", "--membership", membership)
            cls.members[email] = int(out.stdout.split()[-1])
            b.cli("user", "add", "--email", email, "--name", name, "--password", PASSWORD,
                  "--org", "RAA", "--role", "member")
        b.cli("org", "add", "--ods", "RBB", "--name", "Beta Trust", "--kind", "trust")
        b.cli("user", "add", "--email", "sec@beta.example", "--name", "Sec Beta",
              "--password", PASSWORD, "--org", "RBB", "--role", "secretary")
        cls.sec = b.login("sec@alpha.example")
        cls.cdio = b.login("cdio@alpha.example")
        cls.ned = b.login("ned@alpha.example")
        cls.other = b.login("sec@beta.example")

    @classmethod
    def tearDownClass(cls):
        cls.stop()

    def api(self, method, path, body=None, token=None, status=200, raw=None, headers=None):
        """The parsed answer to an API call, which must have `status`."""
        code, parsed, _ = self.b.request(method, path, body,
                                         token=token or getattr(self, self.default_caller),
                                         raw=raw, headers=headers)
        self.assertEqual(code, status, parsed)
        return parsed

    def extreme_risk(self, title):
        """Records a cyber risk scoring 20 (extreme), owned by the CDIO, as the CDIO."""
        return self.api("POST", "/api/v1/orgs/RAA/risks",
                        {"title": title, "objective": "Safe digital care",
                         "owner": self.members["cdio@alpha.example"],
                         "category": "cyber_security",
                         "scores": {"inherent": {"likelihood": 5, "consequence": 5},
                                    "current": {"likelihood": 4, "consequence": 5},
                                    "target": {"likelihood": 1, "consequence": 4}},
                         "review_on": "2099-01-01"}, token=self.cdio, status=201)

    def page(self, session, path, status=200):
        """The HTML of a page fetched with a session cookie, which must have `status`."""
        response, body = self.b.fetch("GET", path, {"Cookie": session})
        self.assertEqual(response.status, status, path)
        return body.decode()
