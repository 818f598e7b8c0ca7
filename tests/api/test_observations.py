"""Black-box tests of observations (issue 21): what board members saw for themselves, kept to
its author until shared, and the secretary's requests; API, pages and CSV on the database named
by BOARDLENS_TEST_DB."""

import re
import unittest
import urllib.parse

from keepers import KeepersTestCase
from harness import utc_today

BASE = "/api/v1/orgs/RAA/observations"
HEADER = "id,observed_on,occasion,place,subject_kind,subject,rating,notes,author,shared"


class ObservationsTest(KeepersTestCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        body = {"name": "Patient portal", "owner": cls.members["cdio@alpha.example"],
                "audience": "patients"}
        code, service, _ = cls.b.request("POST", "/api/v1/orgs/RAA/services", body, token=cls.cdio)
        assert code == 201, service
        cls.portal = service["id"]

    def observation(self, token, status=201, **fields):
        body = {"observed_on": utc_today(), "occasion": "walk_round", "place": "Outpatients",
                "subject_kind": "service", "subject_id": self.portal, "rating": 2,
                "notes": "A queue at the kiosks", **fields}
        return self.api("POST", BASE, body, token=token, status=status)

    def test_an_observation_is_its_authors_alone_until_shared(self):
        mine = self.observation(self.ned)
        self.assertEqual(mine["author"]["name"], "Peter Kowalski")
        self.assertEqual(mine["subject"]["name"], "Patient portal")
        self.assertFalse(mine["shared"])
        self.assertTrue(mine["mine"])
        path = f"{BASE}/{mine['id']}"
        # The secretary, the CDIO and another trust are told it is not there.
        for token in (self.sec, self.cdio, self.other):
            self.api("GET", path, token=token, status=404)
        for token in (self.sec, self.cdio):
            self.assertNotIn(mine["id"], [o["id"] for o in self.api("GET", BASE, token=token)])
        shared = self.api("PUT", path, {**self.input_of(mine), "shared": True}, token=self.ned)
        self.assertTrue(shared["shared"])
        self.assertIsNotNone(shared["shared_at"])
        seen = self.api("GET", path, token=self.cdio)
        self.assertFalse(seen["mine"])
        self.assertEqual(seen["notes"], "A queue at the kiosks")
        # Only its author changes or deletes it.
        self.api("PUT", path, {**self.input_of(mine), "rating": 5}, token=self.cdio, status=403)
        self.api("DELETE", path, token=self.sec, status=403)
        self.api("DELETE", path, token=self.ned, status=204)
        self.api("GET", path, token=self.ned, status=404)

    @staticmethod
    def input_of(o):
        return {"observed_on": o["observed_on"], "occasion": o["occasion"], "place": o["place"],
                "subject_kind": o["subject"]["kind"], "subject_id": o["subject"]["id"],
                "rating": o["rating"], "notes": o["notes"], "shared": o["shared"]}

    def test_every_problem_is_named_and_only_board_members_record(self):
        problem = self.observation(self.ned, status=400, observed_on="2999-01-01",
                                   occasion="tour", place=" ", rating=9,
                                   subject_kind="service", subject_id=None)
        # A word or id the API cannot read is named with what the rules find in the rest.
        self.assertEqual({e["where"] for e in problem["errors"]},
                         {"occasion", "subject", "observed_on", "place", "rating"})
        problem = self.observation(self.ned, status=400, rating=4294967297)
        self.assertEqual(problem["where"], "rating")
        self.observation(self.ned, status=400, subject_id=self.portal + 1000)
        self.observation(self.ned, status=400, subject_kind="programme")
        # The secretary is not on this board: they ask for observations, they do not make them.
        refused = self.observation(self.sec, status=403)
        self.assertIn("board members", refused["detail"])
        self.assertEqual(self.api("GET", BASE, token=self.ned), [])

    def test_the_secretary_asks_and_the_request_counts_what_is_shared(self):
        path = "/api/v1/orgs/RAA/observation-requests"
        body = {"service": self.portal, "meeting_on": "2999-01-31", "ask": "Booking"}
        self.api("POST", path, body, token=self.ned, status=403)
        self.api("POST", path, {**body, "meeting_on": "2000-01-01"}, token=self.sec, status=400)
        asked = self.api("POST", path, body, token=self.sec, status=201)
        self.assertTrue(asked["open"])
        # The other tests share observations of the portal today too: count what this adds.
        before = asked["observations"]
        self.observation(self.cdio, shared=True)
        self.observation(self.ned, shared=False)
        listed = self.api("GET", path, token=self.ned)
        self.assertEqual([(r["id"], r["observations"]) for r in listed],
                         [(asked["id"], before + 1)])

    def test_the_pages_offer_the_forms_to_those_who_may_use_them(self):
        ned = self.b.web_session("ned@alpha.example")
        sec = self.b.web_session("sec@alpha.example")
        listed = self.page(ned, "/orgs/RAA/observations")
        self.assertIn("Record an observation", listed)
        self.assertNotIn("Ask the board to see a service", listed)
        self.assertIn("Ask the board to see a service", self.page(sec, "/orgs/RAA/observations"))
        self.page(sec, "/orgs/RAA/observations/new", status=403)
        self.page(ned, "/orgs/RAA/observations/requests/new", status=403)
        form = self.page(ned, "/orgs/RAA/observations/new")
        csrf = re.search(r'name="csrf" value="([^"]+)"', form).group(1)
        posted = {"csrf": csrf, "subject": f"service-{self.portal}", "observed_on-day": "31",
                  "observed_on-month": "2", "observed_on-year": "2026", "occasion": "visit",
                  "place": "<script>x</script>", "rating": "7", "shared": "maybe"}
        response, text = self.b.fetch("POST", "/orgs/RAA/observations/new", {
            "Cookie": ned, "Content-Type": "application/x-www-form-urlencoded"},
            urllib.parse.urlencode(posted))
        text = text.decode()
        self.assertEqual(response.status, 400)
        self.assertIn("must be a real date", text)
        self.assertIn("Choose how well it worked for the people using it", text)
        self.assertIn("Choose whether to share it now", text)
        self.assertNotIn("<script>x", text)
        today = utc_today()
        posted.update({"observed_on-day": str(int(today[8:])),
                       "observed_on-month": str(int(today[5:7])),
                       "observed_on-year": today[:4], "place": "Ward 7", "rating": "4",
                       "shared": "yes", "notes": "Quick drug rounds"})
        response, _ = self.b.fetch("POST", "/orgs/RAA/observations/new", {
            "Cookie": ned, "Content-Type": "application/x-www-form-urlencoded"},
            urllib.parse.urlencode(posted))
        self.assertEqual(response.status, 303)
        exported = self.page(sec, "/orgs/RAA/observations.csv")
        self.assertTrue(exported.startswith(HEADER))
        self.assertIn("Quick drug rounds", exported)
        self.assertIn("Ward 7", self.page(sec, "/orgs/RAA/observations"))


if __name__ == "__main__":
    unittest.main()
