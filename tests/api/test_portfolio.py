"""Black-box tests of the portfolio (issue 12): its API, pages, CSV downloads and commands on
the database named by BOARDLENS_TEST_DB, and the strategy checks that read it."""

import csv
import datetime
import io
import re
import unittest
import urllib.parse

from keepers import KeepersTestCase
from harness import utc_today
from test_strategy import strategy


class PortfolioTest(KeepersTestCase):
    default_caller = "cdio"

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        b = cls.b
        code, saved, _ = b.request("PUT", "/api/v1/orgs/RAA/strategy", strategy(),
                                   token=cls.cdio)
        assert code == 200, saved
        cls.keys = [p["key"] for p in saved["priorities"]]

    def checks(self):
        return sorted(c["check"] for c in self.api("GET", "/api/v1/orgs/RAA/strategy")["checks"])

    def test_a_programmes_projects_and_the_checks_that_read_them(self):
        epr = self.api("POST", "/api/v1/orgs/RAA/portfolio", {
            "kind": "programme", "stage": "in_delivery", "name": "EPR programme",
            "priorities": [self.keys[0]], "funding": {"capital": 2000000},
            "costs": [{"year": 2026, "amount": 900000}, {"year": 2027, "amount": 1400000}]},
            status=201)
        self.assertEqual(epr["whole_life_cost"], 2300000)
        self.assertTrue(epr["flags"]["capital_without_revenue"])
        self.assertEqual(self.checks(), ["capital-without-revenue"])
        project = self.api("POST", "/api/v1/orgs/RAA/portfolio", {
            "kind": "project", "stage": "in_delivery", "name": "Kiosks", "programme": epr["id"]},
            status=201)
        self.assertTrue(project["flags"]["no_priority"])
        self.assertEqual(project["programme"]["name"], "EPR programme")
        self.assertEqual(self.checks(), ["capital-without-revenue", "project-without-priority"])
        self.api("PUT", f"/api/v1/orgs/RAA/portfolio/{epr['id']}", {
            "kind": "programme", "name": "EPR programme", "priorities": [self.keys[0]],
            "funding": {"capital": 2000000, "revenue": 250000}})
        self.api("PUT", f"/api/v1/orgs/RAA/portfolio/{project['id']}", {
            "kind": "project", "name": "Kiosks", "programme": epr["id"],
            "priorities": [self.keys[1]]})
        self.assertEqual(self.checks(), [])
        # Rights, other organisations, and every problem named.
        self.api("POST", "/api/v1/orgs/RAA/portfolio",
                 {"kind": "project", "stage": "proposed", "name": "N"}, token=self.ned,
                 status=403)
        self.api("GET", f"/api/v1/orgs/RAA/portfolio/{epr['id']}", token=self.other, status=404)
        problem = self.api("POST", "/api/v1/orgs/RAA/portfolio", {
            "kind": "project", "name": "", "priorities": [999999], "programme": project["id"],
            "funding": {"capital": -5}}, status=400)
        # Whether the board has approved a new item is asked, never assumed.
        self.assertEqual({e["where"] for e in problem["errors"]},
                         {"stage", "name", "funding.capital"})
        problem = self.api("POST", "/api/v1/orgs/RAA/portfolio", {
            "kind": "project", "stage": "proposed", "name": "Bad links", "priorities": [999999],
            "programme": project["id"]}, status=400)
        self.assertEqual({e["where"] for e in problem["errors"]}, {"priorities[0]", "programme"})
        names = [i["name"] for i in self.api("GET", "/api/v1/orgs/RAA/portfolio", token=self.ned)]
        self.assertEqual(names, ["EPR programme", "Kiosks"])

    def test_b_ratings_pages_downloads_and_commands(self):
        items = self.api("GET", "/api/v1/orgs/RAA/portfolio")
        epr = items[0]["id"]
        month = utc_today()[:7]
        path = f"/api/v1/orgs/RAA/portfolio/{epr}/ratings"
        self.api("POST", path, {"month": month, "confidence": "amber_red",
                                "narrative": "Supplier late"}, status=201)
        problem = self.api("POST", path, {"month": "2999-01", "confidence": "purple",
                                          "narrative": ""}, status=400)
        self.assertEqual(problem["where"], "confidence")
        problem = self.api("POST", path, {"month": "2999-01", "confidence": "red",
                                          "narrative": ""}, status=400)
        self.assertEqual({e["where"] for e in problem["errors"]}, {"month", "narrative"})
        self.api("POST", path, {"month": month, "confidence": "red", "narrative": "x"},
                 token=self.ned, status=403)
        self.assertEqual(self.api("GET", path, token=self.ned)[-1]["confidence"], "amber_red")
        ned = self.b.web_session("ned@alpha.example")
        listed = self.page(ned, "/orgs/RAA/portfolio")
        self.assertIn("Amber/red", listed)
        self.assertNotIn("Add a programme or project", listed)
        item = self.page(ned, f"/orgs/RAA/portfolio/{epr}")
        self.assertIn("Supplier late", item)
        self.assertIn("bl-ratings", item)
        self.assertEqual(item.count("bl-ratings__cell"), 12)
        self.page(ned, f"/orgs/RAA/portfolio/{epr}/rating", status=403)
        rows = list(csv.reader(io.StringIO(self.page(ned, "/orgs/RAA/portfolio.csv"))))
        self.assertEqual(rows[0][:3], ["id", "kind", "name"])
        self.assertEqual(rows[0][-1], "stage")
        self.assertEqual(rows[1][9:], [month, "amber_red", "in_delivery"])
        self.page(ned, f"/orgs/RAA/portfolio/{epr}/ratings.csv")
        self.page(ned, f"/orgs/RAA/portfolio/{epr}/costs.csv")
        # A keeper's bad rating form names every problem.
        cdio = self.b.web_session("cdio@alpha.example")
        form = self.page(cdio, f"/orgs/RAA/portfolio/{epr}/rating")
        csrf = re.search(r'name="csrf" value="([^"]+)"', form).group(1)
        response, text = self.b.fetch("POST", f"/orgs/RAA/portfolio/{epr}/rating", {
            "Cookie": cdio, "Content-Type": "application/x-www-form-urlencoded"},
            urllib.parse.urlencode({"csrf": csrf, "month": "someday", "narrative": ""}))
        text = text.decode()
        self.assertEqual(response.status, 400)
        self.assertIn("nhsuk-error-summary", text)
        self.assertIn("Choose how confident the team is", text)
        self.assertIn("Enter the month as YYYY-MM", text)
        self.assertIn("Enter what lies behind the rating", text)
        # The commands.
        out = self.b.cli("portfolio", "list", "--org", "RAA").stdout
        self.assertIn("EPR programme", out)
        self.b.cli("portfolio", "rate", "--org", "RAA", "--id", str(epr), "--month", month,
                   "--confidence", "green", "--narrative", "Back on track")
        self.assertEqual(self.api("GET", path)[-1]["confidence"], "green")

    def test_d_the_header_leads_to_the_portfolio_and_its_form_asks_about_approval(self):
        ned = self.b.web_session("ned@alpha.example")
        header = self.page(ned, "/orgs/RAA/strategy").split("</header>")[0]
        self.assertIn('href="/orgs/RAA/portfolio"', header)
        self.assertIn('href="/orgs/RAA/strategy"', header)
        listed = self.page(ned, "/orgs/RAA/portfolio").split("</header>")[0]
        self.assertRegex(listed, r'href="/orgs/RAA/portfolio" aria-current="page"')
        # A new item's stage is asked, with no answer chosen for the person.
        cdio = self.b.web_session("cdio@alpha.example")
        form = self.page(cdio, "/orgs/RAA/portfolio/new")
        stages = re.findall(r'<input[^>]*name="stage"[^>]*>', form)
        self.assertEqual(len(stages), 2)
        self.assertEqual([s for s in stages if " checked" in s], [])
        csrf = re.search(r'name="csrf" value="([^"]+)"', form).group(1)
        response, text = self.b.fetch("POST", "/orgs/RAA/portfolio/new", {
            "Cookie": cdio, "Content-Type": "application/x-www-form-urlencoded"},
            urllib.parse.urlencode({"csrf": csrf, "kind": "project", "name": "Unasked"}))
        self.assertEqual(response.status, 400)
        self.assertIn("Choose whether the board has approved it", text.decode())
        # A change shows the stage the item has.
        epr = self.api("GET", "/api/v1/orgs/RAA/portfolio")[0]["id"]
        edit = self.page(cdio, f"/orgs/RAA/portfolio/{epr}/edit")
        self.assertRegex(edit, r'<input[^>]*name="stage"[^>]*value="in_delivery" checked')

    def test_c_benefits_chart_their_actuals_and_refuse_dates_out_of_order(self):
        epr = self.api("GET", "/api/v1/orgs/RAA/portfolio")[0]["id"]
        owner = self.members["ned@alpha.example"]
        body = {"title": "Fewer missed appointments", "owner": owner,
                "measure": "Missed appointments a month", "improvement": "down",
                "baseline": 1200, "baseline_on": "2025-04-01",
                "target": 800, "target_on": "2025-03-31"}
        path = f"/api/v1/orgs/RAA/portfolio/{epr}/benefits"
        problem = self.api("POST", path, body, status=400)
        self.assertEqual(problem["where"], "target_on")
        body["target_on"] = "2027-03-31"
        self.api("POST", path, body, token=self.ned, status=403)
        benefit = self.api("POST", path, body, status=201)
        self.assertEqual(benefit["owner"]["name"], "Peter Kowalski")
        values = [{"date": f"2025-{m:02d}-01", "value": 1200 - 15 * m} for m in range(1, 13)]
        series = self.api("POST", f"/api/v1/orgs/RAA/benefits/{benefit['id']}/actuals",
                          {"values": values})
        self.assertEqual(len(series["chart"]["points"]), 12)
        self.assertIsNotNone(series["chart"]["assurance"])
        self.api("GET", f"/api/v1/orgs/RAA/benefits/{benefit['id']}", token=self.other,
                 status=404)
        ned = self.b.web_session("ned@alpha.example")
        page = self.page(ned, f"/orgs/RAA/benefits/{benefit['id']}")
        self.assertIn("<svg", page)
        self.assertIn("Peter Kowalski", page)
        self.assertNotIn("Record an actual", page)
        self.assertIn("Fewer missed appointments", self.page(ned, f"/orgs/RAA/portfolio/{epr}"))
        rows = list(csv.reader(io.StringIO(
            self.page(ned, f"/orgs/RAA/benefits/{benefit['id']}/actuals.csv"))))
        self.assertEqual(len(rows), 13)
        out = self.b.cli("portfolio", "actuals", "--org", "RAA", "--benefit", str(benefit["id"]),
                         "/dev/stdin", stdin="date,value\n2026-01-01,1000\n")
        self.assertIn("1 actuals saved", out.stdout)
        failed = self.b.cli("portfolio", "actuals", "--org", "RAA", "--benefit",
                            str(benefit["id"]), "/dev/stdin", stdin="date,value\n2026-01-01,x\n",
                            check=False)
        self.assertNotEqual(failed.returncode, 0)
        self.assertEqual(len(self.api("GET", f"/api/v1/orgs/RAA/benefits/{benefit['id']}")
                             ["actuals"]), 13)

    def test_e_assurance_owner_dates_milestones_and_money(self):
        epr = self.api("GET", "/api/v1/orgs/RAA/portfolio")[0]["id"]
        path = f"/api/v1/orgs/RAA/portfolio/{epr}/assurance"
        today = datetime.date.fromisoformat(utc_today())
        past = (today - datetime.timedelta(days=20)).isoformat()
        later = (today + datetime.timedelta(days=90)).isoformat()
        empty = self.api("GET", path, token=self.ned)
        self.assertIsNone(empty["sro"])
        self.assertEqual(empty["milestones"], [])
        owner = self.members["cdio@alpha.example"]
        body = {"sro": owner, "starts_on": later, "ends_on": past,
                "budget": 1250000, "spend": 1300000,
                "milestones": [
                    {"title": "Business case approved", "due_on": past, "status": "complete",
                     "completed_on": past},
                    {"title": "Data migration rehearsal", "due_on": "2026-02-30",
                     "status": "at_risk"},
                    {"title": "Go live", "due_on": later, "status": "sideways"}]}
        problem = self.api("PUT", path, body, status=400)
        self.assertEqual({e["where"] for e in problem["errors"]},
                         {"ends_on", "milestones[1].due_on", "milestones[2].status"})
        body["starts_on"] = past
        body["ends_on"] = later
        body["milestones"][1]["due_on"] = past
        body["milestones"][2]["status"] = "on_track"
        self.api("PUT", path, body, token=self.ned, status=403)
        self.api("PUT", path, body, token=self.other, status=404)
        self.api("GET", path, token=self.other, status=404)
        stranger = dict(body, sro=999999)
        self.assertEqual(self.api("PUT", path, stranger, status=400)["where"], "sro")
        saved = self.api("PUT", path, body)
        self.assertEqual(saved["sro"], {"id": owner, "name": "Omar Siddiqui"})
        self.assertEqual(saved["overdue_milestones"], 1)
        self.assertEqual([m["overdue"] for m in saved["milestones"]], [False, True, False])
        self.assertTrue(saved["flags"]["over_budget"])
        self.assertEqual(self.api("GET", path, token=self.ned), saved)
        # A change to the item leaves its assurance as it was.
        item = self.api("GET", f"/api/v1/orgs/RAA/portfolio/{epr}")
        self.api("PUT", f"/api/v1/orgs/RAA/portfolio/{epr}", {
            "kind": item["kind"], "name": item["name"], "priorities": item["priorities"],
            "funding": item["funding"]})
        self.assertEqual(self.api("GET", path)["milestones"], saved["milestones"])
        # The pages: the item and the list say who owns it and what is overdue.
        ned = self.b.web_session("ned@alpha.example")
        page = self.page(ned, f"/orgs/RAA/portfolio/{epr}")
        self.assertIn("Senior responsible owner", page)
        self.assertIn("Omar Siddiqui", page)
        self.assertIn("Overdue", page)
        self.assertIn("Spend above budget", page)
        self.assertIn("£1,250,000", page)
        self.assertNotIn("Change the owner, dates, budget and milestones", page)
        listed = self.page(ned, "/orgs/RAA/portfolio")
        self.assertIn("Senior responsible owner: Omar Siddiqui", listed)
        self.assertIn("1 overdue milestone", listed)
        rows = list(csv.reader(io.StringIO(
            self.page(ned, f"/orgs/RAA/portfolio/{epr}/milestones.csv"))))
        self.assertEqual(rows[0], ["title", "due_on", "status", "completed_on", "overdue"])
        self.assertEqual(rows[2], ["Data migration rehearsal", past, "at_risk", "", "yes"])
        self.page(ned, f"/orgs/RAA/portfolio/{epr}/assurance", status=403)
        ned_csrf = re.search(r'name="csrf" value="([^"]+)"', self.page(ned, "/account")).group(1)
        response, _ = self.b.fetch("POST", f"/orgs/RAA/portfolio/{epr}/assurance", {
            "Cookie": ned, "Content-Type": "application/x-www-form-urlencoded"},
            urllib.parse.urlencode({"csrf": ned_csrf, "rows": "0", "budget": "lots"}))
        self.assertEqual(response.status, 403)
        # A keeper's form shows what is recorded and names each problem in the error summary.
        cdio = self.b.web_session("cdio@alpha.example")
        form = self.page(cdio, f"/orgs/RAA/portfolio/{epr}/assurance")
        self.assertIn('value="Data migration rehearsal"', form)
        csrf = re.search(r'name="csrf" value="([^"]+)"', form).group(1)
        d = datetime.date.fromisoformat(past)
        response, text = self.b.fetch("POST", f"/orgs/RAA/portfolio/{epr}/assurance", {
            "Cookie": cdio, "Content-Type": "application/x-www-form-urlencoded"},
            urllib.parse.urlencode({
                "csrf": csrf, "rows": "2", "sro": str(owner), "budget": "lots",
                "m0_title": "", "m0_due_on-day": str(d.day), "m0_due_on-month": str(d.month),
                "m0_due_on-year": str(d.year), "m0_status": "on_track",
                "m1_title": "Go live", "m1_status": "complete"}))
        text = text.decode()
        self.assertEqual(response.status, 400)
        self.assertIn("nhsuk-error-summary", text)
        self.assertIn("Milestone 1: enter what the milestone is", text)
        self.assertIn("Enter the due date of milestone 2", text)
        self.assertIn("Milestone 2: enter the date the milestone was completed", text)
        self.assertEqual(len(self.api("GET", path)["milestones"]), 3)  # nothing saved
        response, _ = self.b.fetch("POST", f"/orgs/RAA/portfolio/{epr}/assurance", {
            "Cookie": cdio, "Content-Type": "application/x-www-form-urlencoded"},
            urllib.parse.urlencode({
                "csrf": csrf, "rows": "1", "sro": str(owner), "budget": "£900,000",
                "m0_title": "Go live", "m0_due_on-day": str(d.day),
                "m0_due_on-month": str(d.month), "m0_due_on-year": str(d.year),
                "m0_status": "on_track"}))
        self.assertEqual(response.status, 303)
        kept = self.api("GET", path)
        self.assertEqual(kept["budget"], 900000)
        self.assertEqual([m["title"] for m in kept["milestones"]], ["Go live"])
        self.assertEqual(kept["overdue_milestones"], 1)


if __name__ == "__main__":
    unittest.main()
