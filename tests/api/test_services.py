"""Black-box tests of the services register (issue 11): its API, pages, CSV and commands on
the database named by BOARDLENS_TEST_DB."""

import csv
import io
import json
import re
import unittest
import urllib.parse

from keepers import KeepersTestCase
from harness import utc_today

HEADER = ("name,purpose,owner,user_groups,approx_users,stage,supplier,contract_ends_on,"
          "capital_cost,annual_revenue_cost,whole_life_cost")


class ServicesTest(KeepersTestCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()

    def service(self, name, **extra):
        body = {"name": name, "owner": self.members["cdio@alpha.example"], **extra}
        return self.api("POST", "/api/v1/orgs/RAA/services", body, token=self.cdio, status=201)

    def test_keepers_write_the_register_and_everyone_else_on_the_board_reads_it(self):
        s = self.service("Patient portal", stage="live", approx_users=45000,
                         contract_ends_on="2000-01-01",
                         costs={"capital": 100000, "annual_revenue": 80000, "whole_life": 500000})
        self.assertEqual(s["owner"]["name"], "Omar Siddiqui")
        self.assertTrue(s["contract_ending_soon"])  # ended, and the service still runs
        self.assertEqual(s["costs"]["whole_life"], 500000)
        names = [x["name"] for x in self.api("GET", "/api/v1/orgs/RAA/services", token=self.ned)]
        self.assertIn("Patient portal", names)
        self.api("POST", "/api/v1/orgs/RAA/services", {"name": "NED's", "owner": 1},
                 token=self.ned, status=403)
        self.api("GET", f"/api/v1/orgs/RAA/services/{s['id']}", token=self.other, status=404)
        self.api("GET", f"/api/v1/orgs/RBB/services/{s['id']}", token=self.other, status=404)
        self.api("POST", "/api/v1/orgs/RAA/services", {"name": "Patient portal",
                 "owner": self.members["cdio@alpha.example"]}, token=self.cdio, status=409)
        changed = self.api("PUT", f"/api/v1/orgs/RAA/services/{s['id']}",
                           {"name": "Patient portal", "owner": self.members["cdio@alpha.example"],
                            "stage": "retiring"}, token=self.cdio)
        self.assertEqual(changed["stage"], "retiring")
        self.assertIsNone(changed["costs"]["capital"])

    def test_every_problem_of_a_service_is_named(self):
        problem = self.api("POST", "/api/v1/orgs/RAA/services",
                           {"name": "", "stage": "someday", "contract_ends_on": "2027-02-30",
                            "costs": {"capital": -1}}, status=400)
        # A field the API cannot read is named with what the rules find in the rest.
        self.assertEqual({e["where"] for e in problem["errors"]},
                         {"stage", "name", "owner", "contract_ends_on", "capital_cost"})
        problem = self.api("POST", "/api/v1/orgs/RAA/services",
                           {"name": "X", "approx_users": 9223372036854775808}, status=400)
        self.assertEqual(problem["where"], "approx_users")
        problem = self.api("POST", "/api/v1/orgs/RAA/services",
                           {"name": "X", "contract_ends_on": "2027-02-30",
                            "costs": {"capital": -1, "whole_life": 10**13}}, status=400)
        self.assertEqual({e["where"] for e in problem["errors"]},
                         {"owner", "contract_ends_on", "capital_cost", "whole_life_cost"})

    def test_an_import_stores_every_line_or_none(self):
        good = (HEADER + "\nImported one,,omar siddiqui,,\"1,200\",beta,,,,£5000,\n"
                "Imported two,,Peter Kowalski,,,alpha,,,,,\n")
        done = self.api("POST", "/api/v1/orgs/RAA/services/import", raw=good.encode(),
                        headers={"Content-Type": "text/csv"})
        self.assertEqual(done, {"added": 2, "updated": 0})
        before = self.api("GET", "/api/v1/orgs/RAA/services")
        bad = (HEADER + "\nImported one,,Omar Siddiqui,,,live,,,,,\n"
               "Imported three,,Nobody,,many,live,,,,,\n")
        problem = self.api("POST", "/api/v1/orgs/RAA/services/import", raw=bad.encode(),
                           headers={"Content-Type": "text/csv"}, status=400)
        self.assertEqual([e["where"] for e in problem["errors"]], ["body:3:3", "body:3:5"])
        self.assertEqual(self.api("GET", "/api/v1/orgs/RAA/services"), before)
        # The CLI takes the same file, and prints the register back as CSV.
        listed = self.b.cli("service", "list", "--org", "RAA").stdout
        rows = list(csv.DictReader(io.StringIO(listed)))
        one = next(r for r in rows if r["name"] == "Imported one")
        self.assertEqual((one["approx_users"], one["stage"], one["annual_revenue_cost"]),
                         ("1200", "beta", "5000"))
        failed = self.b.cli("service", "import", "--org", "RAA", "/dev/stdin", stdin=bad,
                            check=False)
        self.assertEqual(failed.returncode, 3)
        self.assertIn("/dev/stdin:3:3", failed.stderr)
        self.assertIn("/dev/stdin:3:5", failed.stderr)

    def test_a_measure_charts_its_values_as_plot_the_dots_does(self):
        s = self.service("Chart service")
        m = self.api("POST", f"/api/v1/orgs/RAA/services/{s['id']}/measures",
                     {"name": "Availability", "kind": "availability", "unit": "%",
                      "improvement": "up", "target": 99.0}, token=self.cdio, status=201)
        series = self.api("GET", f"/api/v1/orgs/RAA/measures/{m['id']}")
        self.assertIsNone(series["chart"])
        # Which way is better is asked, never assumed.
        unasked = self.api("POST", f"/api/v1/orgs/RAA/services/{s['id']}/measures",
                           {"name": "Uptime", "kind": "availability", "unit": "%"},
                           token=self.cdio, status=400)
        self.assertIn("improvement", json.dumps(unasked))
        values = [{"date": f"2025-{month:02d}-01", "value": 99.5 + (month % 3) * 0.1}
                  for month in range(1, 11)]
        series = self.api("POST", f"/api/v1/orgs/RAA/measures/{m['id']}/values",
                          {"values": values}, token=self.cdio)
        chart = series["chart"]
        self.assertEqual(list(chart.keys())[:3], ["points", "variation", "assurance"])
        self.assertEqual(set(chart["points"][0].keys()),
                         {"date", "value", "mean", "upl", "lpl", "point_type", "after_gap",
                          "incomplete"})
        self.assertTrue(chart["provisional"])  # 10 points
        self.assertEqual(chart["variation"], "common_cause")
        self.assertEqual(chart["assurance"], "consistent_pass")  # 99 is under every limit
        self.api("POST", f"/api/v1/orgs/RAA/measures/{m['id']}/values",
                 {"values": [{"date": "2025-13-01", "value": 1}, {"date": "2025-12-01"}]},
                 token=self.cdio, status=400)
        self.api("POST", f"/api/v1/orgs/RAA/measures/{m['id']}/values",
                 {"values": [{"date": "2026-01-01", "value": 1}]}, token=self.ned, status=403)
        # A value near the largest double would make the chart's sums infinite: refused.
        problem = self.api("POST", f"/api/v1/orgs/RAA/measures/{m['id']}/values",
                           {"values": [{"date": "2026-01-01", "value": 1e300}]},
                           token=self.cdio, status=400)
        self.assertEqual(problem["where"], "values[0].value")
        # The same date twice in one batch, or a value without its date, is named by index.
        problem = self.api("POST", f"/api/v1/orgs/RAA/measures/{m['id']}/values",
                           {"values": [{"date": "2026-01-01", "value": 1},
                                       {"date": "2026-01-01", "value": 2}]},
                           token=self.cdio, status=400)
        self.assertEqual(problem["where"], "values[1].date")
        problem = self.api("POST", f"/api/v1/orgs/RAA/measures/{m['id']}/values",
                           {"values": [{"date": "2026-01-01", "value": 1}, {"value": 3}]},
                           token=self.cdio, status=400)
        self.assertEqual(problem["where"], "values[1].date")
        # From CSV: all or nothing, each fault at its line and column.
        problem = self.api("POST", f"/api/v1/orgs/RAA/measures/{m['id']}/values/import",
                           raw=b"date,value\n2025-11-01,99.6\n2025-12-01,9x\n",
                           headers={"Content-Type": "text/csv"}, token=self.cdio, status=400)
        self.assertEqual(problem["where"], "body:3:2")
        series = self.api("POST", f"/api/v1/orgs/RAA/measures/{m['id']}/values/import",
                          raw=b"date,value\n2025-11-01,99.6\n2025-12-01,99.7\n",
                          headers={"Content-Type": "text/csv"}, token=self.cdio)
        self.assertEqual(len(series["values"]), 12)
        self.assertFalse(series["chart"]["provisional"])
        self.api("DELETE", f"/api/v1/orgs/RAA/measures/{m['id']}/values/2025-01-01",
                 token=self.cdio, status=204)
        self.assertEqual(len(self.api("GET", f"/api/v1/orgs/RAA/measures/{m['id']}")["values"]), 11)

    def test_the_pages_show_the_register_and_refuse_what_the_role_may_not_do(self):
        self.service("Page service", contract_ends_on="2000-01-01")
        ned = self.b.web_session("ned@alpha.example")
        register = self.page(ned, "/orgs/RAA/services")
        self.assertIn("Page service", register)
        self.assertIn("Ended", register)
        self.assertNotIn("Add a service", register)
        refused = self.page(ned, "/orgs/RAA/services/new", status=403)
        # Refused within their own organisation, the header still names it and leads around it.
        self.assertIn('class="bl-header-org"', refused)
        self.assertIn('href="/orgs/RAA/services"', refused)
        self.page(ned, "/orgs/RAA/services/switch-off")
        exported = self.page(ned, "/orgs/RAA/services.csv")
        self.assertTrue(exported.startswith(HEADER))
        cdio = self.b.web_session("cdio@alpha.example")
        form = self.page(cdio, "/orgs/RAA/services/new")
        csrf = re.search(r'name="csrf" value="([^"]+)"', form).group(1)
        body = urllib.parse.urlencode({"csrf": csrf, "name": "<script>x</script>",
                                       "approx_users": "lots", "stage": "live"})
        response, text = self.b.fetch("POST", "/orgs/RAA/services/new", {
            "Cookie": cdio, "Content-Type": "application/x-www-form-urlencoded"}, body)
        text = text.decode()
        self.assertEqual(response.status, 400)
        self.assertIn("Choose the director who owns the service", text)
        self.assertIn("The number of people who use it must be a whole number", text)
        self.assertNotIn("<script>x", text)
        # Without the form's token, nothing is added.
        response, _ = self.b.fetch("POST", "/orgs/RAA/services/new", {
            "Cookie": cdio, "Content-Type": "application/x-www-form-urlencoded"},
            urllib.parse.urlencode({"name": "No token", "owner": "1", "stage": "live"}))
        self.assertEqual(response.status, 403)


    def measure(self, service_name, **extra):
        s = self.service(service_name)
        body = {"name": "Logins", "kind": "active_users", "unit": "users", "improvement": "up",
                **extra}
        return s, self.api("POST", f"/api/v1/orgs/RAA/services/{s['id']}/measures", body,
                           token=self.cdio, status=201)

    @staticmethod
    def month(back, day=1):
        """The date on `day` of the month `back` months before this one."""
        today = utc_today()
        index = int(today[:4]) * 12 + int(today[5:7]) - 1 - back
        return f"{index // 12}-{index % 12 + 1:02d}-{day:02d}"

    def test_a_value_is_for_its_month_and_never_from_the_future(self):
        _, m = self.measure("Period service")
        path = f"/api/v1/orgs/RAA/measures/{m['id']}/values"
        series = self.api("POST", path, {"values": [{"date": self.month(3, 15), "value": 5}]},
                          token=self.cdio)
        self.assertEqual([p["date"] for p in series["values"]], [self.month(3)])
        # A second value for that month replaces the first.
        series = self.api("POST", path, {"values": [{"date": self.month(3, 20), "value": 6}]},
                          token=self.cdio)
        self.assertEqual([(p["date"], p["value"]) for p in series["values"]], [(self.month(3), 6)])
        future = f"{int(utc_today()[:4]) + 3}-01-01"
        problem = self.api("POST", path, {"values": [{"date": future, "value": 1}]},
                           token=self.cdio, status=400)
        self.assertEqual(problem["where"], "values[0].date")
        self.assertIn("after today", problem["detail"])
        problem = self.api("POST", path, {"values": [{"date": self.month(5, 1), "value": 1},
                                                     {"date": self.month(5, 28), "value": 2}]},
                           token=self.cdio, status=400)
        self.assertEqual(problem["where"], "values[1].date")
        self.assertIn("same month", problem["detail"])
        # From CSV, the line that repeats the month is named.
        csv_text = f"date,value\n{self.month(7)},1\n{self.month(7, 9)},2\n"
        problem = self.api("POST", path + "/import", raw=csv_text.encode(),
                           headers={"Content-Type": "text/csv"}, token=self.cdio, status=400)
        self.assertEqual(problem["where"], "body:3:1")
        self.assertEqual(len(self.api("GET", f"/api/v1/orgs/RAA/measures/{m['id']}")["values"]), 1)

    def test_a_missing_month_is_a_gap_and_this_month_is_not_yet_complete(self):
        _, m = self.measure("Gap service")
        # Six months, two missing, then this month (not yet over) far above the rest.
        values = [{"date": self.month(back), "value": 100 + back % 2}
                  for back in (9, 8, 7, 4, 3, 2, 1)]
        values.append({"date": self.month(0), "value": 500})
        series = self.api("POST", f"/api/v1/orgs/RAA/measures/{m['id']}/values",
                          {"values": values}, token=self.cdio)
        points = series["chart"]["points"]
        self.assertEqual(points[-1]["point_type"], "common_cause")
        self.assertLess(points[0]["upl"], 110, "this month is left out of the limits")
        self.assertEqual(series["chart"]["variation"], points[-2]["point_type"])
        # The API says which point follows the gap and which period is not yet over.
        self.assertEqual([p["incomplete"] for p in points], [False] * 7 + [True])
        self.assertEqual([p["after_gap"] for p in points],
                         [False, False, False, True, False, False, False, False])
        cdio = self.b.web_session("cdio@alpha.example")
        page = self.page(cdio, f"/orgs/RAA/measures/{m['id']}")
        self.assertIn("Not yet complete: left out of the limits", page)
        self.assertIn("after a gap", page)
        self.assertIn("with 1 gap where a period has no value", page)
        # The path breaks at the gap: a second "M" in the line joining the values.
        joins = re.findall(r'<path d="(M[^"]*)" fill="none" stroke="#aeb7bd"', page)
        self.assertTrue(joins)
        self.assertTrue(all(j.count("M") == 2 for j in joins), joins)

    def test_a_new_measure_asks_which_way_is_better(self):
        s = self.service("Direction service")
        cdio = self.b.web_session("cdio@alpha.example")
        form = self.page(cdio, f"/orgs/RAA/services/{s['id']}/measures/new")
        radios = re.findall(r'<input[^>]*name="improvement"[^>]*>', form)
        self.assertEqual(len(radios), 3)
        self.assertFalse([r for r in radios if "checked" in r], "no answer chosen for them")
        csrf = re.search(r'name="csrf" value="([^"]+)"', form).group(1)
        body = urllib.parse.urlencode({"csrf": csrf, "name": "Uptime", "kind": "availability",
                                       "frequency": "monthly", "screen": "yes"})
        response, text = self.b.fetch("POST", f"/orgs/RAA/services/{s['id']}/measures/new", {
            "Cookie": cdio, "Content-Type": "application/x-www-form-urlencoded"}, body)
        self.assertEqual(response.status, 400)
        self.assertIn("Choose which way is better", text.decode())

    def test_the_register_lists_each_services_measures_and_those_showing_concern(self):
        calm, m = self.measure("Calm service")
        self.api("POST", f"/api/v1/orgs/RAA/measures/{m['id']}/values",
                 {"values": [{"date": self.month(b), "value": 100 + b % 2} for b in range(12, 0, -1)]},
                 token=self.cdio)
        worried, w = self.measure("Worried service", target=1000)
        self.api("POST", f"/api/v1/orgs/RAA/measures/{w['id']}/values",
                 {"values": [{"date": self.month(b), "value": 100 + b % 2} for b in range(12, 0, -1)]},
                 token=self.cdio)
        ned = self.b.web_session("ned@alpha.example")
        register = self.page(ned, "/orgs/RAA/services")
        row = re.search(r"<tr[^>]*>(?:(?!</tr>).)*Worried service.*?</tr>", register, re.S).group(0)
        self.assertIn(f"/orgs/RAA/measures/{w['id']}", row)
        self.assertIn("Common cause variation", row)
        self.assertIn("Consistently misses the target", row)
        concern = self.page(ned, "/orgs/RAA/services?concern=yes")
        self.assertIn("Worried service", concern)
        self.assertNotIn("Calm service", concern)
        self.assertIn('id="concern" name="concern" type="checkbox" value="yes" checked', concern)


if __name__ == "__main__":
    unittest.main()
