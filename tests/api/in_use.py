"""The board the in-use suites start from (harness.small_board, whose secretary signs in both
through the API and as a browser), and the steps boards took when they used the demo."""

import re
import unittest
import urllib.parse

from harness import ITEMS, PASSWORD, small_board


def board_csv(ratings_by_respondent):
    """A round's CSV: every item rated the same by each (respondent, membership, rating)."""
    rows = ["respondent,membership,item,rating,evidence"]
    for respondent, membership, rating in ratings_by_respondent:
        rows += [f"{respondent},{membership},{item},{rating}," for item in ITEMS]
    return "\n".join(rows) + "\n"


class InUseTestCase(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.b, cls.stop = small_board()
        cls.token = cls.b.login("sec@alpha.example")
        cls.session = cls.b.web_session("sec@alpha.example")

    @classmethod
    def tearDownClass(cls):
        cls.stop()

    def page(self, path):
        response, body = self.b.fetch("GET", path, {"Cookie": self.session})
        self.assertEqual(response.status, 200, path)
        return body.decode()

    def post_form(self, path, fields):
        """Posts `fields` as the secretary's browser would, with the session's CSRF token."""
        csrf = re.search(r'name="csrf" value="([^"]+)"', self.page("/account")).group(1)
        body = urllib.parse.urlencode({"csrf": csrf, **fields})
        response, text = self.b.fetch("POST", path, {
            "Cookie": self.session, "Content-Type": "application/x-www-form-urlencoded"}, body)
        return response, text.decode()

    def add_member(self, name, email, job_title, membership="executive", account=True):
        """A board member of RAA, with an account to sign in with unless `account` is false;
        returns the member's id."""
        member = self.b.cli("member", "add", "--org", "RAA", "--name", name, "--email", email,
                            "--job-title", job_title, "--membership", membership)
        if account:
            self.b.cli("user", "add", "--email", email, "--name", name, "--password", PASSWORD,
                       "--org", "RAA", "--role", "member")
        return member.stdout.split()[-1]

    def open_round(self, title, answers_by=None):
        status, body, _ = self.b.request("POST", "/api/v1/orgs/RAA/rounds",
                                         {"framework": "nhs-digital-boards", "title": title},
                                         token=self.token)
        self.assertEqual(status, 201, body)
        status, body, _ = self.b.request("POST", f"/api/v1/orgs/RAA/rounds/{body['id']}/open",
                                         {"closes_by": answers_by}, token=self.token)
        self.assertEqual(status, 200, body)
        return body["id"]

    def import_round(self, title, closed_on, csv):
        query = (f"?framework=nhs-digital-boards&title={urllib.parse.quote(title)}"
                 f"&closed_on={closed_on}")
        status, body, _ = self.b.request("POST", "/api/v1/orgs/RAA/rounds/import" + query,
                                         token=self.token, raw=csv,
                                         headers={"Content-Type": "text/csv"})
        self.assertEqual(status, 201, body)
        return body["id"]
