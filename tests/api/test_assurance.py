"""Black-box tests of triangulated assurance (issue 21): what the board reads, hears and sees
of each service side by side, and a gap raised where what is seen contradicts a positive read;
API, page and CSV on the database named by BOARDLENS_TEST_DB."""

import csv
import io
import unittest

from keepers import KeepersTestCase
from harness import utc_today

BASE = "/api/v1/orgs/RAA/assurance"


class AssuranceTest(KeepersTestCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        body = {"name": "E-prescribing", "owner": cls.members["cdio@alpha.example"]}
        code, cls.service, _ = cls.b.request("POST", "/api/v1/orgs/RAA/services", body,
                                             token=cls.cdio)
        assert code == 201, cls.service
        # Availability well above its target every month: the papers are positive.
        code, measure, _ = cls.b.request(
            "POST", f"/api/v1/orgs/RAA/services/{cls.service['id']}/measures",
            {"name": "Availability", "kind": "availability", "unit": "%", "improvement": "up",
             "target": 99.0}, token=cls.cdio)
        assert code == 201, measure
        values = [{"date": f"2025-{month:02d}-01", "value": 99.5 + (month % 3) * 0.1}
                  for month in range(1, 13)]
        code, _, _ = cls.b.request("POST", f"/api/v1/orgs/RAA/measures/{measure['id']}/values",
                                   {"values": values}, token=cls.cdio)
        assert code == 200

    def row(self, picture):
        return next(r for r in picture["services"] if r["subject"]["id"] == self.service["id"])

    def observe(self, token, rating):
        body = {"observed_on": utc_today(), "occasion": "visit", "place": "Ward 7",
                "subject_kind": "service", "subject_id": self.service["id"], "rating": rating,
                "shared": True}
        return self.api("POST", "/api/v1/orgs/RAA/observations", body, token=token, status=201)

    def test_what_is_seen_against_a_positive_read_raises_a_gap_at_two_and_not_above(self):
        key = f"seen:service:{self.service['id']}"
        before = self.row(self.api("GET", BASE, token=self.ned))
        self.assertTrue(before["read"]["positive"])
        self.assertEqual(before["read"]["summary"], "1 measure, none showing concern")
        self.assertEqual(before["seen"]["observations"], 0)
        self.assertEqual(before["gaps"], [])

        self.observe(self.ned, 2)
        first = self.observe(self.cdio, 3)
        # An average of 2.5 is above the threshold: no gap.
        self.assertNotIn(key, [g["key"] for g in self.api("GET", BASE)["gaps"]])
        self.api("PUT", f"/api/v1/orgs/RAA/observations/{first['id']}",
                 {"observed_on": utc_today(), "occasion": "visit", "place": "Ward 7",
                  "subject_kind": "service", "subject_id": self.service["id"], "rating": 2,
                  "shared": True}, token=self.cdio)
        picture = self.api("GET", BASE, token=self.ned)
        gap = next(g for g in picture["gaps"] if g["key"] == key)
        self.assertEqual(gap["kind"], "seen_against_read")
        self.assertEqual(gap["evidence"], ["Read: 1 measure, none showing concern",
                                           "Seen: 2 observations, average rating 2.0 out of 5"])
        self.assertEqual(self.row(picture)["gaps"], [key])

        # The page and both downloads say the same; another trust sees none of it.
        ned = self.b.web_session("ned@alpha.example")
        page = self.page(ned, "/orgs/RAA/assurance")
        self.assertIn("E-prescribing: the papers are positive, but board members saw it work "
                      "poorly", page)
        rows = list(csv.DictReader(io.StringIO(self.page(ned, "/orgs/RAA/assurance.csv"))))
        mine = next(r for r in rows if r["name"] == "E-prescribing")
        self.assertEqual((mine["read_positive"], mine["seen_poor"], mine["gaps"]),
                         ("yes", "yes", key))
        gaps = list(csv.DictReader(io.StringIO(self.page(ned, "/orgs/RAA/assurance-gaps.csv"))))
        self.assertIn(key, [g["key"] for g in gaps])
        self.api("GET", BASE, token=self.other, status=404)
        self.page(self.b.web_session("sec@beta.example"), "/orgs/RAA/assurance", status=404)

        # The gap stays open until the board responds: a reason it accepts, or an action.
        path = f"{BASE}/gaps/{key}"
        self.assertTrue(self.api("GET", path, token=self.ned)["open"])
        self.api("PUT", path + "/reason", {"reason": "Fine"}, token=self.ned, status=403)
        self.api("PUT", path + "/reason", {"reason": " "}, status=400)
        self.api("PUT", f"{BASE}/gaps/seen:service:999999/reason", {"reason": "x"}, status=404)
        answered = self.api("PUT", path + "/reason",
                            {"reason": "Two visits in the week of the upgrade"})
        self.assertFalse(answered["open"])
        self.assertEqual((answered["response"]["kind"], answered["response"]["text"]),
                         ("reason", "Two visits in the week of the upgrade"))
        due = "2999-01-31"
        agreed = self.api("POST", path + "/action",
                          {"title": "Visit again after the upgrade", "owner":
                           self.members["ned@alpha.example"], "due_on": due}, status=201)
        self.assertEqual(agreed["response"]["kind"], "action")
        log = self.api("GET", "/api/v1/orgs/RAA/actions", token=self.ned)
        raised = next(a for a in log if a["title"] == "Visit again after the upgrade")
        self.assertEqual(raised["source"], {"kind": "assurance_gap", "gap": key})
        brief = self.api("GET", "/api/v1/orgs/RAA/briefing", token=self.ned)
        self.assertNotIn(f"/assurance/gaps/{key}", [line["path"] for line in brief["alert"]])
        self.assertIn("Action agreed", self.page(ned, f"/orgs/RAA/assurance/gaps/{key}"))

    def test_an_unshared_observation_counts_for_nothing(self):
        self.api("POST", "/api/v1/orgs/RAA/services",
                 {"name": "Quiet service", "owner": self.members["cdio@alpha.example"]},
                 token=self.cdio, status=201)
        quiet = next(r for r in self.api("GET", BASE)["services"] if r["name"] == "Quiet service")
        body = {"observed_on": utc_today(), "occasion": "visit", "place": "Ward 8",
                "subject_kind": "service", "subject_id": quiet["subject"]["id"], "rating": 1,
                "shared": False}
        self.api("POST", "/api/v1/orgs/RAA/observations", body, token=self.ned, status=201)
        again = next(r for r in self.api("GET", BASE, token=self.ned)["services"]
                     if r["name"] == "Quiet service")
        self.assertEqual(again["seen"]["observations"], 0)
        self.assertEqual(again["read"]["summary"], "no measures")


if __name__ == "__main__":
    unittest.main()
