"""Black-box tests of the service's surface: bad and hostile input refused with what and where,
every table as CSV, the front-end assets served from the binary, health and the OpenAPI
document."""

import csv
import gzip
import io
import os
import unittest

from harness import BoardTestCase


class SiteTest(BoardTestCase):
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
