"""Black-box tests of the digital strategy (issue 12): its API, pages, CSV downloads and
commands on the database named by BOARDLENS_TEST_DB."""

import csv
import io
import json
import re
import unittest
import urllib.parse

from keepers import KeepersTestCase
from harness import utc_today


def strategy(**extra):
    body = {
        "vision": "Digital care people can rely on",
        "horizon_start": 2025,
        "horizon_end": 2029,
        "reviewed_on": utc_today(),
        "system_title": "The system's digital strategy",
        "system_url": "https://ics.example/digital",
        "outcomes": [{"title": "Fewer repeat tests", "measure": "Tests a month",
                      "baseline": "4,200", "target": "2,500", "due_on": "2028-03-31"}],
        "priorities": [{"title": "Electronic patient record", "top": True},
                       {"title": "Cyber security"}],
        "not_doing": [{"what": "Build our own apps", "reason": "National apps do it"}],
    }
    body.update(extra)
    return body


class StrategyTest(KeepersTestCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()

    def post(self, session, path, fields):
        form = self.page(session, path)
        csrf = re.search(r'name="csrf" value="([^"]+)"', form).group(1)
        response, text = self.b.fetch("POST", path, {
            "Cookie": session, "Content-Type": "application/x-www-form-urlencoded"},
            urllib.parse.urlencode({"csrf": csrf, **fields}))
        return response, text.decode()

    def test_a_01_keepers_save_versions_the_board_reads_and_others_see_nothing(self):
        self.api("GET", "/api/v1/orgs/RAA/strategy", token=self.ned, status=404)
        saved = self.api("PUT", "/api/v1/orgs/RAA/strategy", strategy(), token=self.cdio)
        self.assertEqual(saved["version"]["number"], 1)
        self.assertEqual(saved["version"]["saved_by"], "Omar Siddiqui")
        self.assertEqual(saved["checks"], [])
        self.assertEqual([p["rank"] for p in saved["priorities"]], [1, 2])
        self.api("PUT", "/api/v1/orgs/RAA/strategy", strategy(), token=self.ned, status=403)
        read = self.api("GET", "/api/v1/orgs/RAA/strategy", token=self.ned)
        self.assertEqual(read["vision"], "Digital care people can rely on")
        self.api("GET", "/api/v1/orgs/RAA/strategy", token=self.other, status=404)
        self.api("GET", "/api/v1/orgs/RAA/strategy/versions/1", token=self.other, status=404)
        # Five top priorities and a ten-year horizon: two checks, each naming its guidance.
        body = strategy(horizon_end=2035, priorities=read["priorities"] + [
            {"title": t, "top": True} for t in ["Data", "Apps", "Cloud", "AI"]])
        second = self.api("PUT", "/api/v1/orgs/RAA/strategy", body, token=self.cdio)
        self.assertEqual(second["version"]["number"], 2)
        self.assertEqual(sorted(c["check"] for c in second["checks"]),
                         ["horizon-too-long", "too-many-top-priorities"])
        for check in second["checks"]:
            self.assertEqual(check["guidance"], "Creating an effective digital strategy")
        self.assertEqual(second["priorities"][0]["key"], read["priorities"][0]["key"])
        versions = self.api("GET", "/api/v1/orgs/RAA/strategy/versions", token=self.ned)
        self.assertEqual([v["number"] for v in versions], [2, 1])

    def test_a_02_every_problem_is_named_by_its_field(self):
        problem = self.api("PUT", "/api/v1/orgs/RAA/strategy",
                           strategy(vision="", horizon_start=2030, horizon_end=2025,
                                    system_url="ics.example",
                                    outcomes=[{"title": "x", "due_on": "2028-02-30"}],
                                    not_doing=[{"what": "Apps"}]),
                           token=self.cdio, status=400)
        fields = {e["where"] for e in problem["errors"]}
        self.assertEqual(fields, {"vision", "horizon_end", "system_url", "outcomes[0].due_on",
                                  "not_doing[0].reason"})
        problem = self.api("PUT", "/api/v1/orgs/RAA/strategy",
                           strategy(priorities=[{"key": 99999, "title": "Unknown"}]),
                           token=self.cdio, status=400)
        self.assertEqual(problem["where"], "priorities[0].key")

    def test_a_03_the_secretary_records_approval_and_the_changes_since_show(self):
        version = self.api("GET", "/api/v1/orgs/RAA/strategy")["version"]["number"]
        # Nothing approved yet: nothing to compare with, not a list of additions to nothing.
        before = self.api("GET", "/api/v1/orgs/RAA/strategy/changes", token=self.ned)
        self.assertIsNone(before["approved"])
        self.assertEqual(before["current"]["number"], version)
        self.assertEqual(before["changes"], [])
        page = self.page(self.b.web_session("ned@alpha.example"), "/orgs/RAA/strategy/changes")
        self.assertIn("has not approved a version of the strategy yet", page)
        self.assertIn(f"What version {version} holds", page)
        self.assertIn("2025 to 2035", page)
        self.assertIn("Electronic patient record (top priority)", page)
        self.assertIn("Build our own apps", page)
        self.assertNotRegex(page, r"\b0 to 0\b")
        self.assertNotIn(">Added</strong>", page, "nothing is added to an empty strategy")
        self.assertNotIn("Record the approval", page, "only the secretary records it")
        page = self.page(self.b.web_session("sec@alpha.example"), "/orgs/RAA/strategy/changes")
        self.assertIn(f'action="/orgs/RAA/strategy/versions/{version}/approve"', page)
        self.assertIn("Record the approval", page)
        path = f"/api/v1/orgs/RAA/strategy/versions/{version}/approval"
        self.api("POST", path, {"approved_on": utc_today()}, token=self.cdio, status=403)
        problem = self.api("POST", path, {"approved_on": "2999-01-01"}, status=400)
        self.assertEqual(problem["where"], "approved_on")
        approved = self.api("POST", path, {"approved_on": utc_today()})
        self.assertEqual(approved["approved_on"], utc_today())
        self.assertEqual(self.api("GET", "/api/v1/orgs/RAA/strategy/changes")["changes"], [])
        current = self.api("GET", "/api/v1/orgs/RAA/strategy")
        current["vision"] = "Digital first"
        current["not_doing"] = []
        self.api("PUT", "/api/v1/orgs/RAA/strategy", current, token=self.cdio)
        changes = self.api("GET", "/api/v1/orgs/RAA/strategy/changes", token=self.ned)
        self.assertEqual(changes["approved"]["number"], version)
        self.assertEqual([(c["kind"], c["part"]) for c in changes["changes"]],
                         [("changed", "Vision"), ("removed", "Not doing")])

    def test_b_pages_downloads_and_commands(self):
        ned = self.b.web_session("ned@alpha.example")
        page = self.page(ned, "/orgs/RAA/strategy")
        self.assertIn("Checks against the guidance", page)
        self.assertIn("Creating an effective digital strategy", page)
        self.assertNotIn("Add an outcome", page)
        self.page(ned, "/orgs/RAA/strategy/edit", status=403)
        home = self.page(ned, "/orgs/RAA")
        self.assertIn("Digital strategy", home)
        self.assertIn("checks need attention", home)
        rows = list(csv.reader(io.StringIO(self.page(ned, "/orgs/RAA/strategy/priorities.csv"))))
        self.assertEqual(rows[0], ["key", "rank", "priority", "top", "description"])
        self.assertEqual(rows[1][2], "Electronic patient record")
        self.page(ned, "/orgs/RAA/strategy/outcomes.csv")
        self.page(ned, "/orgs/RAA/strategy/not-doing.csv")
        self.page(ned, "/orgs/RAA/strategy/changes")
        self.page(ned, "/orgs/RAA/strategy/versions")
        # A keeper's bad form shows every problem, with the error summary.
        cdio = self.b.web_session("cdio@alpha.example")
        response, text = self.post(cdio, "/orgs/RAA/strategy/edit", {
            "vision": "", "horizon_start": "20x5", "horizon_end": "2029",
            "system_url": "<script>x</script>"})
        self.assertEqual(response.status, 400)
        self.assertIn("nhsuk-error-summary", text)
        self.assertIn("Enter the vision", text)
        self.assertIn("Enter the first year as 4 digits", text)
        self.assertIn("starting https://", text)
        self.assertNotIn("<script>x", text)
        response, text = self.post(cdio, "/orgs/RAA/strategy/not-doing/new",
                                   {"what": "Blockchain", "reason": "Unproven"})
        self.assertEqual(response.status, 303, text)
        self.assertIn("Blockchain", self.page(ned, "/orgs/RAA/strategy"))
        # The commands.
        shown = json.loads(self.b.cli("strategy", "show", "--org", "RAA").stdout)
        self.assertEqual(shown["not_doing"][0]["what"], "Blockchain")
        listed = self.b.cli("strategy", "csv", "--org", "RAA", "--list", "not-doing").stdout
        self.assertIn("Blockchain,Unproven", listed)
        failed = self.b.cli("strategy", "approve", "--org", "RAA", "--version", "1",
                            "--on", "someday", check=False)
        self.assertNotEqual(failed.returncode, 0)

    def test_c_an_outcome_links_to_one_of_the_organisations_measures(self):
        out = self.b.cli("member", "add", "--org", "RBB", "--name", "Beta Chief", "--email",
                         "chief@beta.example", "--job-title", "Director", "--membership",
                         "executive")
        beta = self.api("POST", "/api/v1/orgs/RBB/services",
                        {"name": "Beta portal", "owner": int(out.stdout.split()[-1])},
                        token=self.other, status=201)
        theirs = self.api("POST", f"/api/v1/orgs/RBB/services/{beta['id']}/measures",
                          {"name": "Users", "kind": "active_users", "unit": "users",
                           "improvement": "up"}, token=self.other, status=201)
        s = self.api("POST", "/api/v1/orgs/RAA/services",
                     {"name": "Strategy portal", "owner": self.members["cdio@alpha.example"]},
                     token=self.cdio, status=201)
        m = self.api("POST", f"/api/v1/orgs/RAA/services/{s['id']}/measures",
                     {"name": "Satisfaction", "kind": "satisfaction", "unit": "%",
                      "improvement": "up"}, token=self.cdio, status=201)
        self.api("POST", f"/api/v1/orgs/RAA/measures/{m['id']}/values",
                 {"values": [{"date": f"2025-{month:02d}-01", "value": 70}
                             for month in range(1, 13)]}, token=self.cdio)
        linked = {"title": "Patients rate the portal well", "measure_id": m["id"],
                  "baseline": "60", "baseline_on": "2025-01-01", "target": "90",
                  "due_on": "2027-01-01"}
        # A measure id that is not one, another organisation's, or none: 400 naming the field.
        for bad in ["12", -1, 1.5, theirs["id"], 99999999]:
            problem = self.api("PUT", "/api/v1/orgs/RAA/strategy",
                               strategy(outcomes=[{**linked, "measure_id": bad}]),
                               token=self.cdio, status=400)
            self.assertEqual(problem.get("where"), "outcomes[0].measure_id", (bad, problem))
            self.assertNotIn("errors", problem)
        problem = self.api("PUT", "/api/v1/orgs/RAA/strategy",
                           strategy(outcomes=[{**linked, "target": "ninety", "due_on": None}]),
                           token=self.cdio, status=400)
        self.assertEqual({e["where"] for e in problem["errors"]},
                         {"outcomes[0].target", "outcomes[0].due_on"})
        # Saved, each linked outcome carries where it stands: December's 70 against a
        # trajectory of 60 + 30 × 334/730 ≈ 73.7 on 1 December 2025 is behind.
        saved = self.api("PUT", "/api/v1/orgs/RAA/strategy",
                         strategy(outcomes=[linked, strategy()["outcomes"][0]]), token=self.cdio)
        for read in [saved, self.api("GET", "/api/v1/orgs/RAA/strategy", token=self.ned)]:
            outcome = read["outcomes"][0]
            self.assertEqual(outcome["measure_id"], m["id"])
            self.assertEqual(outcome["baseline_on"], "2025-01-01")
            standing = outcome["standing"]
            self.assertEqual(standing["judgement"], "behind")
            self.assertEqual(standing["measure"], "Satisfaction")
            self.assertEqual(standing["service"], "Strategy portal")
            self.assertEqual(standing["latest_on"], "2025-12-01")
            self.assertEqual(standing["latest_value"], 70)
            self.assertAlmostEqual(standing["trajectory_value"], 60 + 30 * 334 / 730)
            self.assertIsNone(read["outcomes"][1]["standing"])
            self.assertIsNone(read["outcomes"][1]["measure_id"])
        # The page shows it with a link to the measure's chart, which draws the trajectory.
        ned = self.b.web_session("ned@alpha.example")
        page = self.page(ned, "/orgs/RAA/strategy")
        self.assertIn("Behind trajectory", page)
        self.assertIn(f'href="/orgs/RAA/measures/{m["id"]}"', page)
        chart = self.page(ned, f"/orgs/RAA/measures/{m['id']}")
        self.assertIn("What the strategy promises", chart)
        self.assertIn("Strategy: Patients rate the portal well", chart)
        rows = list(csv.DictReader(io.StringIO(self.page(ned, "/orgs/RAA/strategy/outcomes.csv"))))
        self.assertEqual(rows[0]["linked_measure"], "Strategy portal — Satisfaction")
        self.assertEqual(rows[0]["current_value"], "70")
        self.assertEqual(rows[0]["standing"], "behind")
        self.assertEqual(rows[1]["linked_measure"], "")
        # The form offers the organisation's measures only, and names a bad number.
        cdio = self.b.web_session("cdio@alpha.example")
        form = self.page(cdio, "/orgs/RAA/strategy/outcomes/new")
        self.assertIn(f'<option value="{m["id"]}">Strategy portal — Satisfaction (%)</option>',
                      form)
        self.assertNotIn("Beta portal", form)
        fields = {"title": "More good ratings", "measure_id": str(m["id"]), "baseline": "60",
                  "target": "lots", "due_on-day": "1", "due_on-month": "1",
                  "due_on-year": "2027"}
        response, text = self.post(cdio, "/orgs/RAA/strategy/outcomes/new", fields)
        self.assertEqual(response.status, 400)
        self.assertIn("Enter the target as a number", text)
        response, text = self.post(cdio, "/orgs/RAA/strategy/outcomes/new",
                                   {**fields, "target": "95"})
        self.assertEqual(response.status, 303, text)
        added = self.api("GET", "/api/v1/orgs/RAA/strategy", token=self.ned)["outcomes"][2]
        self.assertEqual(added["measure_id"], m["id"])
        self.assertEqual(added["standing"]["judgement"], "behind")


if __name__ == "__main__":
    unittest.main()
