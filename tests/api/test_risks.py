"""Black-box tests of the digital risk register (issue 12): its API, pages, CSV and commands
on the database named by BOARDLENS_TEST_DB."""

import csv
import io
import json
import re
import unittest
import urllib.parse

from keepers import KeepersTestCase

COLUMNS = ("title,objective,cause,effect,owner,committee,category,inherent_likelihood,"
           "inherent_consequence,current_likelihood,current_consequence,target_likelihood,"
           "target_consequence,controls,control_gaps,assurance_first,assurance_second,"
           "assurance_third,assurance_gaps,review_on,blocks_proposal,actions")


class RisksTest(KeepersTestCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()

    def body(self, title, current=(3, 4), **extra):
        return {"title": title, "objective": "Safe digital care",
                "owner": self.members["cdio@alpha.example"], "category": "cyber_security",
                "scores": {"inherent": {"likelihood": 5, "consequence": 5},
                           "current": {"likelihood": current[0], "consequence": current[1]},
                           "target": {"likelihood": 1, "consequence": 4}},
                "review_on": "2099-01-01", **extra}

    def risk(self, title, **extra):
        return self.api("POST", "/api/v1/orgs/RAA/risks", self.body(title, **extra),
                        token=self.cdio, status=201)

    def proposal(self, name):
        """The id of a proposal in RAA's portfolio, added if it is not there yet."""
        for item in self.api("GET", "/api/v1/orgs/RAA/portfolio", token=self.cdio):
            if item["name"] == name:
                return item["id"]
        return self.api("POST", "/api/v1/orgs/RAA/portfolio",
                        {"kind": "project", "stage": "proposed", "name": name},
                        token=self.cdio, status=201)["id"]

    def test_keepers_write_the_register_board_members_read_it_and_others_see_nothing(self):
        r = self.risk("Ransomware", assurance={"first_line": "Monthly reports",
                                               "third_line": "Internal audit"})
        self.assertEqual(r["owner"]["name"], "Omar Siddiqui")
        self.assertEqual(r["scores"]["current"], {"likelihood": 3, "consequence": 4,
                                                  "score": 12, "band": "high"})
        self.assertEqual(r["scores"]["inherent"]["band"], "extreme")
        self.assertEqual(r["assurance"]["third_line"], "Internal audit")
        self.assertEqual(r["movement"], "new")
        self.assertIsNone(r["appetite"])
        titles = [x["title"] for x in self.api("GET", "/api/v1/orgs/RAA/risks", token=self.ned)]
        self.assertIn("Ransomware", titles)
        self.api("POST", "/api/v1/orgs/RAA/risks", self.body("NED's"), token=self.ned,
                 status=403)
        self.api("GET", f"/api/v1/orgs/RAA/risks/{r['id']}", token=self.other, status=404)
        self.api("GET", f"/api/v1/orgs/RBB/risks/{r['id']}", token=self.other, status=404)
        self.api("POST", "/api/v1/orgs/RAA/risks", self.body("Ransomware"), token=self.cdio,
                 status=409)
        cloud = self.proposal("Cloud backup programme")
        changed = self.api("PUT", f"/api/v1/orgs/RAA/risks/{r['id']}",
                           self.body("Ransomware", current=(4, 4), blocks_proposal=cloud),
                           token=self.cdio)
        self.assertEqual(changed["scores"]["current"]["score"], 16)
        self.assertEqual(changed["blocks_proposal"], {"id": cloud,
                                                      "name": "Cloud backup programme"})

    def test_a_board_member_who_keeps_nothing_is_refused_before_the_body_is_read(self):
        # Every route for keepers (the register's, and the services', strategy's, portfolio's
        # and checklist's): a non-executive gets 403 even for a body that is no JSON at all,
        # where a keeper gets 400 for it.
        table = json.loads(self.b.cli("routes", "--format", "json").stdout)
        keeper_routes = [r for r in table if r["surface"] == "api" and r["who"] == "org:keeper"]
        self.assertIn("/api/v1/orgs/{ods}/risks/{risk}/reviews",
                      [r["path"] for r in keeper_routes])
        values = {"ods": "RAA", "date": "2025-01-01", "framework": "x", "question": "x"}
        for r in keeper_routes:
            path = re.sub(r"\{([a-z_]+)\}", lambda m: values.get(m.group(1), "1"), r["path"])
            with self.subTest(route=f"{r['method']} {r['path']}"):
                self.api(r["method"], path, raw="{not json", token=self.ned, status=403)
        self.api("POST", "/api/v1/orgs/RAA/risks", raw="{not json", token=self.cdio, status=400)

    def test_a_risk_of_not_acting_names_a_proposal_of_its_own_portfolio(self):
        beta = self.api("POST", "/api/v1/orgs/RBB/portfolio",
                        {"kind": "project", "stage": "proposed", "name": "Beta's plan"},
                        token=self.other, status=201)
        for wrong in (beta["id"], 999999):
            problem = self.api("POST", "/api/v1/orgs/RAA/risks",
                               self.body("Borrowed proposal", blocks_proposal=wrong),
                               token=self.cdio, status=400)
            self.assertEqual(problem["where"], "blocks_proposal")
        problem = self.api("POST", "/api/v1/orgs/RAA/risks",
                           self.body("Named in words", blocks_proposal="Cloud"),
                           token=self.cdio, status=400)
        self.assertEqual(problem["where"], "blocks_proposal")
        # A proposal reports no delivery confidence until the board approves it.
        plan = self.proposal("Patient portal")
        refused = self.api("POST", f"/api/v1/orgs/RAA/portfolio/{plan}/ratings",
                           {"month": "2025-01", "confidence": "green", "narrative": "On track"},
                           token=self.cdio, status=409)
        self.assertEqual(refused["where"], "stage")
        # A change that says nothing of the stage leaves the proposal a proposal.
        kept = self.api("PUT", f"/api/v1/orgs/RAA/portfolio/{plan}",
                        {"kind": "project", "name": "Patient portal", "description": "Renamed"},
                        token=self.cdio)
        self.assertEqual(kept["stage"], "proposed")
        cdio = self.b.web_session("cdio@alpha.example")
        self.page(cdio, f"/orgs/RAA/portfolio/{plan}/rating", status=409)

    def test_every_problem_of_a_risk_is_named(self):
        body = self.body("")
        body["owner"] = 999999
        body["scores"]["inherent"] = {"likelihood": 6, "consequence": 0}
        body["scores"]["target"] = {"likelihood": 5, "consequence": 5}
        body["review_on"] = "2099-02-30"
        problem = self.api("POST", "/api/v1/orgs/RAA/risks", body, status=400)
        self.assertEqual({e["where"] for e in problem["errors"]},
                         {"title", "inherent_likelihood", "inherent_consequence",
                          "target_likelihood", "review_on"})
        # An owner who is not on the board is refused by name once the rest is right.
        problem = self.api("POST", "/api/v1/orgs/RAA/risks",
                           {**self.body("Unknown owner"), "owner": 999999}, status=400)
        self.assertEqual(problem["where"], "owner")
        problem = self.api("POST", "/api/v1/orgs/RAA/risks",
                           {**self.body("Bad category"), "category": "weather"}, status=400)
        self.assertEqual(problem["where"], "category")
        # A field missing from the body is named with the rest, not on its own first.
        body = self.body("")
        del body["category"]
        body["review_on"] = "soon"
        problem = self.api("POST", "/api/v1/orgs/RAA/risks", body, status=400)
        self.assertEqual({e["where"] for e in problem["errors"]},
                         {"category", "title", "review_on"})

    def test_a_new_risk_is_reviewed_from_today_and_not_scored_above_its_inherent_score(self):
        problem = self.api("POST", "/api/v1/orgs/RAA/risks",
                           self.body("Reviewed yesterday", review_on="2000-01-01"),
                           token=self.cdio, status=400)
        self.assertEqual(problem["where"], "review_on")
        self.assertIn("today or in the future", problem["detail"])
        grown = self.body("Grown since scored", current=(5, 5))
        grown["scores"]["inherent"] = {"likelihood": 4, "consequence": 4}
        problem = self.api("POST", "/api/v1/orgs/RAA/risks", grown, token=self.cdio, status=400)
        self.assertEqual(problem["where"], "current_likelihood")
        self.assertIn("must not be above the inherent score (16)", problem["detail"])
        # A change cannot move the next review into the past either (a risk already overdue
        # may keep its date: src/boardlens/features/risks/risk_test.cpp).
        r = self.risk("Review moved back")
        problem = self.api("PUT", f"/api/v1/orgs/RAA/risks/{r['id']}",
                           self.body("Review moved back", review_on="2000-06-30"),
                           token=self.cdio, status=400)
        self.assertEqual(problem["where"], "review_on")
        # The import refuses a new risk's past review date at its line and column.
        past = (COLUMNS + "\nImported late,Safe care,,,Omar Siddiqui,,delivery,3,3,2,2,1,2,"
                ",,,,,,2000-03-31,,\n")
        problem = self.api("POST", "/api/v1/orgs/RAA/risks/import", raw=past.encode(),
                           headers={"Content-Type": "text/csv"}, status=400)
        self.assertEqual(problem["where"], "body:2:20")
        # The form offers no category until one is chosen, and names a past review date.
        cdio = self.b.web_session("cdio@alpha.example")
        form = self.page(cdio, "/orgs/RAA/risks/new")
        category = re.search(r'<select[^>]*id="category".*?</select>', form, re.S).group(0)
        self.assertNotIn(" selected", category)
        csrf = re.search(r'name="csrf" value="([^"]+)"', form).group(1)
        body = urllib.parse.urlencode({
            "csrf": csrf, "title": "Late form", "objective": "Care",
            "owner": self.members["cdio@alpha.example"], "category": "",
            "inherent_likelihood": "2", "inherent_consequence": "2",
            "current_likelihood": "3", "current_consequence": "3",
            "target_likelihood": "1", "target_consequence": "1",
            "review_on-day": "1", "review_on-month": "1", "review_on-year": "2001"})
        response, html = self.b.fetch("POST", "/orgs/RAA/risks/new", {
            "Cookie": cdio, "Content-Type": "application/x-www-form-urlencoded"}, body)
        self.assertEqual(response.status, 400)
        html = html.decode()
        for field in ("category", "current_likelihood", "review_on"):
            self.assertIn(f'href="#{field}"', html)
        self.assertIn("Choose the category of the risk", html)
        self.assertIn("today or in the future", html)

    def test_appetite_reviews_actions_and_the_heat_map(self):
        r = self.risk("Supplier failure", current=(4, 4), category="service_continuity")
        self.api("PUT", "/api/v1/orgs/RAA/risk-appetite",
                 {"category": "service_continuity", "level": "cautious", "max_score": 26},
                 status=400)
        self.api("PUT", "/api/v1/orgs/RAA/risk-appetite",
                 {"category": "service_continuity", "level": "cautious", "max_score": 8},
                 token=self.ned, status=403)
        self.api("PUT", "/api/v1/orgs/RAA/risk-appetite",
                 {"category": "service_continuity", "level": "cautious", "max_score": 8})
        got = self.api("GET", f"/api/v1/orgs/RAA/risks/{r['id']}", token=self.ned)
        self.assertTrue(got["above_appetite"])
        self.assertEqual(got["appetite"]["level"], "cautious")

        review = self.api("POST", f"/api/v1/orgs/RAA/risks/{r['id']}/reviews",
                          {"note": "Seen at ARC", "next_review_on": "2099-06-30"}, status=201)
        self.assertEqual(review["reviewed_by"], "Sec Alpha")
        self.assertEqual(review["current"]["score"], 16)
        lower = self.body("Supplier failure", current=(3, 4), category="service_continuity")
        moved = self.api("PUT", f"/api/v1/orgs/RAA/risks/{r['id']}", lower, token=self.cdio)
        self.assertEqual(moved["movement"], "down")
        self.assertTrue(moved["above_appetite"])  # 12 is still above the 8 tolerated
        self.assertEqual(len(self.api("GET", f"/api/v1/orgs/RAA/risks/{r['id']}/reviews")), 1)

        # A new action is due from today, and goes into the one action log, raised on the risk.
        late = self.api("POST", f"/api/v1/orgs/RAA/risks/{r['id']}/actions",
                        {"title": "Second supplier", "owner": self.members["ned@alpha.example"],
                         "due_on": "2000-01-01"}, status=400)
        self.assertIn("due_on", json.dumps(late))
        action = self.api("POST", f"/api/v1/orgs/RAA/risks/{r['id']}/actions",
                          {"title": "Second supplier", "owner": self.members["ned@alpha.example"],
                           "due_on": "2099-01-01"}, status=201)
        self.assertFalse(action["overdue"])
        self.api("POST", f"/api/v1/orgs/RAA/risks/{r['id']}/actions",
                 {"title": "X", "owner": 424242, "due_on": "2099-01-01"}, status=400)
        logged = {a["id"]: a for a in self.api("GET", "/api/v1/orgs/RAA/actions")}
        self.assertEqual(logged[action["id"]]["source"], {"kind": "risk", "risk": r["id"]})
        got = self.api("GET", f"/api/v1/orgs/RAA/risks/{r['id']}")
        self.assertEqual([a["id"] for a in got["actions"]], [action["id"]])
        done = self.api("PUT", f"/api/v1/orgs/RAA/risks/{r['id']}/actions/{action['id']}",
                        {"status": "done"})
        self.assertEqual(done["actions"][0]["status"], "done")
        self.assertEqual(self.api("GET", f"/api/v1/orgs/RAA/actions/{action['id']}")["status"],
                         "done")

        heat = self.api("GET", "/api/v1/orgs/RAA/risks/heat-map?score=current", token=self.ned)
        cells = {(c["likelihood"], c["consequence"]): c for c in heat["cells"]}
        self.assertEqual(len(cells), 25)
        self.assertEqual(cells[(5, 5)]["band"], "extreme")
        risks = self.api("GET", "/api/v1/orgs/RAA/risks")
        self.assertEqual(sum(c["count"] for c in heat["cells"]), len(risks))
        # Each cell names its risks, with their movement since the last review.
        self.assertIn({"id": r["id"], "title": "Supplier failure", "movement": "down"},
                      cells[(3, 4)]["risks"])
        self.assertEqual(sorted(x["id"] for c in heat["cells"] for x in c["risks"]),
                         sorted(x["id"] for x in risks))
        self.api("GET", "/api/v1/orgs/RAA/risks/heat-map?score=worst", status=400)

    def test_an_import_stores_every_line_or_none_and_the_export_comes_back(self):
        shared = self.proposal("Shared care record")
        good = (COLUMNS + "\nImported one,Safe care,,,omar siddiqui,ARC,delivery,3,3,2,2,1,2,"
                ",,,,,,2099-03-31,,\"2099-01-01 | Peter Kowalski | open | Plan\"\n"
                "Imported two,Safe care,,,Peter Kowalski,,finance,2,2,2,2,1,1,,,,,,,2099-03-31,"
                "Shared care record,\n")
        done = self.api("POST", "/api/v1/orgs/RAA/risks/import", raw=good.encode(),
                        headers={"Content-Type": "text/csv"})
        self.assertEqual(done, {"added": 2, "updated": 0})
        before = self.api("GET", "/api/v1/orgs/RAA/risks")
        self.assertEqual([r["blocks_proposal"] for r in before if r["title"] == "Imported two"],
                         [{"id": shared, "name": "Shared care record"}])
        bad = (COLUMNS + "\nImported one,Safe care,,,Omar Siddiqui,,delivery,3,3,2,2,1,2,"
               ",,,,,,2099-03-31,,\nImported three,Safe care,,,Nobody,,finance,9,2,2,2,1,1,"
               ",,,,,,someday,Beta's plan,\n")
        problem = self.api("POST", "/api/v1/orgs/RAA/risks/import", raw=bad.encode(),
                           headers={"Content-Type": "text/csv"}, status=400)
        self.assertEqual([e["where"] for e in problem["errors"]],
                         ["body:3:5", "body:3:8", "body:3:20", "body:3:21"])
        self.assertEqual(self.api("GET", "/api/v1/orgs/RAA/risks"), before)
        # The CLI and the API export the same file, and it imports back unchanged.
        exported = self.b.cli("risk", "export", "--org", "RAA").stdout
        response, body = self.b.fetch("GET", "/api/v1/orgs/RAA/risks/export",
                                      {"Authorization": "Bearer " + self.ned})
        self.assertEqual(response.status, 200)
        self.assertEqual(body.decode().replace("\r\n", "\n"), exported)
        rows = list(csv.DictReader(io.StringIO(exported)))
        one = next(r for r in rows if r["title"] == "Imported one")
        self.assertEqual(one["actions"], "2099-01-01 | Peter Kowalski | open | Plan")
        again = self.b.cli("risk", "import", "--org", "RAA", "/dev/stdin", stdin=exported)
        self.assertIn("0 risks added", again.stdout)
        self.assertEqual(self.b.cli("risk", "export", "--org", "RAA").stdout, exported)
        listed = self.b.cli("risk", "list", "--org", "RAA").stdout
        self.assertIn("Imported two", listed)
        failed = self.b.cli("risk", "import", "--org", "RAA", "/dev/stdin", stdin=bad,
                            check=False)
        self.assertEqual(failed.returncode, 3)
        self.assertIn("/dev/stdin:3:5", failed.stderr)

    def test_the_pages_show_the_register_and_refuse_what_the_role_may_not_do(self):
        r = self.risk("Page risk", current=(5, 5),
                      blocks_proposal=self.proposal("Electronic patient record"))
        self.api("POST", f"/api/v1/orgs/RAA/risks/{r['id']}/reviews", {"note": "Seen"},
                 status=201)
        ned = self.b.web_session("ned@alpha.example")
        cdio = self.b.web_session("cdio@alpha.example")
        register = self.page(ned, "/orgs/RAA/risks")
        self.assertIn("Page risk", register)
        self.assertIn("Risk of not acting", register)
        self.assertNotIn("Add a risk", register)
        self.page(ned, "/orgs/RAA/risks/new", status=403)
        heat = self.page(ned, "/orgs/RAA/risks/heat-map?score=inherent")
        self.assertIn('class="bl-heat"', heat)
        self.assertIn("Likelihood", heat)
        self.assertIn(f'href="/orgs/RAA/risks/{r["id"]}">Page risk</a>', heat)
        self.page(ned, "/orgs/RAA/risks/attention")
        self.page(ned, "/orgs/RAA/risks/appetite")
        self.assertTrue(self.page(ned, "/orgs/RAA/risks.csv").startswith("title,objective"))
        reviews = self.page(ned, f"/orgs/RAA/risks/{r['id']}/reviews.csv").splitlines()
        self.assertEqual(reviews[0], "reviewed_at,reviewed_by,likelihood,consequence,score,note")
        self.assertTrue(reviews[1].endswith(",Sec Alpha,5,5,25,Seen"), reviews)
        self.assertTrue(self.page(ned, f"/orgs/RAA/risks/{r['id']}/actions.csv")
                        .startswith("title,owner,due_on,status"))
        beta = self.b.web_session("sec@beta.example")
        self.page(beta, "/orgs/RAA/risks", status=404)
        self.page(beta, f"/orgs/RBB/risks/{r['id']}/reviews.csv", status=404)

        form = self.page(cdio, "/orgs/RAA/risks/new")
        csrf = re.search(r'name="csrf" value="([^"]+)"', form).group(1)
        body = urllib.parse.urlencode({"csrf": csrf, "title": "", "objective": "Care",
                                       "owner": "", "category": "delivery",
                                       "current_likelihood": "2", "current_consequence": "2",
                                       "target_likelihood": "5", "target_consequence": "5"})
        response, html = self.b.fetch("POST", "/orgs/RAA/risks/new", {
            "Cookie": cdio, "Content-Type": "application/x-www-form-urlencoded"}, body)
        self.assertEqual(response.status, 400)
        html = html.decode()
        self.assertIn("There is a problem", html)
        for field in ("title", "owner", "inherent_likelihood", "review_on"):
            self.assertIn(f'href="#{field}"', html)

        # A tired person's action on a risk: no owner and a date gone by, both named at once.
        body = urllib.parse.urlencode({"csrf": csrf, "action_title": "Test the restore",
                                       "action_owner": "", "action_due-day": "1",
                                       "action_due-month": "1", "action_due-year": "2020"})
        response, html = self.b.fetch("POST", f"/orgs/RAA/risks/{r['id']}/actions", {
            "Cookie": cdio, "Content-Type": "application/x-www-form-urlencoded"}, body)
        self.assertEqual(response.status, 400)
        html = html.decode()
        self.assertIn('href="#action_owner"', html)
        self.assertIn("The date it is due must be today or later", html)


if __name__ == "__main__":
    unittest.main()
