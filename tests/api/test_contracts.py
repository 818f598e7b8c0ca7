"""Contracts the binary keeps with its description: `boardlens openapi` is what the server
serves at /api/v1/openapi.json; it is valid OpenAPI 3.1 by a real validator; it describes
every API route and routes every operation it describes, with the route's sign-in and who
may call it; and the table of routes the binary prints is the one it serves."""

import json
import os
import re
import subprocess
import unittest

from harness import small_board

BIN = os.environ["BOARDLENS_BIN"]
SOURCE = os.environ["BOARDLENS_SOURCE_DIR"]
METHODS = ("get", "put", "post", "delete", "patch")

# Validates the document on stdin with the validator web/package.json pins, and prints the
# outcome as JSON.
VALIDATE = """
import { Validator } from "@seriousme/openapi-schema-validator";
import { readFileSync } from "node:fs";
const validator = new Validator();
const result = await validator.validate(JSON.parse(readFileSync(0, "utf8")));
console.log(JSON.stringify({valid: result.valid, version: validator.version,
                            errors: result.errors ?? []}));
"""


def routes():
    out = subprocess.run([BIN, "routes", "--format", "json"], check=True, capture_output=True,
                         text=True, timeout=60).stdout
    return json.loads(out)


def described():
    """The text `boardlens openapi` prints."""
    return subprocess.run([BIN, "openapi"], check=True, capture_output=True, text=True,
                          timeout=60).stdout


def operations(spec):
    return {(method.upper(), path): op
            for path, item in spec["paths"].items()
            for method, op in item.items() if method in METHODS}


class DescriptionTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.text = described()
        cls.spec = json.loads(cls.text)

    def test_the_server_serves_what_the_command_prints(self):
        b, stop = small_board()
        try:
            response, body = b.fetch("GET", "/api/v1/openapi.json", {}, None)
        finally:
            stop()
        self.assertEqual(response.status, 200)
        self.assertEqual(body.decode(), self.text)

    def test_it_is_valid_openapi_3_1(self):
        result = subprocess.run(["node", "--input-type=module", "-e", VALIDATE],
                                input=self.text, capture_output=True, text=True, timeout=120,
                                cwd=os.path.join(SOURCE, "web"), check=True)
        outcome = json.loads(result.stdout)
        self.assertEqual(outcome["version"], "3.1")
        self.assertTrue(outcome["valid"], json.dumps(outcome["errors"], indent=2))

    def test_every_api_route_is_described_and_every_described_operation_routed(self):
        served = {(r["method"], r["path"]): r for r in routes() if r["surface"] == "api"}
        ops = operations(self.spec)
        undescribed = sorted(key for key in served
                             if "summary" not in ops.get(key, {}) or
                             not ops[key].get("responses"))
        self.assertEqual(undescribed, [], "routed but not described beside its feature's code")
        self.assertEqual(sorted(set(ops) - set(served)), [], "described but not routed")
        for key, route in served.items():
            self.assertEqual(ops[key]["x-boardlens-who"], route["who"], key)

    def test_each_operation_says_how_its_caller_signs_in(self):
        for (method, path), op in operations(self.spec).items():
            with self.subTest(operation=f"{method} {path}"):
                if op["x-boardlens-who"] == "anyone":
                    self.assertEqual(op["security"], [])
                    continue
                cookie = {"cookieAuth": []}
                if method != "GET":
                    cookie["csrfHeader"] = []
                self.assertEqual(op["security"], [{"bearerAuth": []}, cookie])

    def test_each_path_parameter_is_described_once_from_its_pattern(self):
        components = self.spec["components"]["parameters"]
        for path, item in self.spec["paths"].items():
            names = []
            for p in item.get("parameters", []):
                p = components[p["$ref"].rsplit("/", 1)[1]] if "$ref" in p else p
                self.assertEqual(p["in"], "path", path)
                self.assertIn("description", p, f"{path}: {p['name']}")
                names.append(p["name"])
            self.assertEqual(names, re.findall(r"\{([a-z_]+)\}", path))

    def test_risk_categories_are_the_words_the_register_reads(self):
        # The one list is the risks feature's name table: a category it parses is described.
        categories = self.spec["components"]["schemas"]["RiskCategory"]["enum"]
        self.assertIn("cyber_security", categories)
        self.assertEqual(len(categories), len(set(categories)))


class RouteTableTest(unittest.TestCase):
    def test_only_sign_in_health_and_the_spec_are_open_to_anyone_in_the_api(self):
        anyone = {(r["method"], r["path"]) for r in routes()
                  if r["surface"] == "api" and r["who"] == "anyone"}
        self.assertEqual(anyone, {("GET", "/healthz"), ("GET", "/api/v1/openapi.json"),
                                  ("POST", "/api/v1/session")})

    def test_changes_from_a_browser_always_need_the_csrf_token(self):
        for r in routes():
            if r["method"] in ("GET", "HEAD") or r["who"] == "anyone":
                continue
            self.assertTrue(r["csrf"], f"{r['method']} {r['path']} changes state without CSRF")

    def test_password_hashing_routes_run_on_the_worker_pool(self):
        worker = {(r["method"], r["path"]) for r in routes() if r["worker"]}
        for route in [("POST", "/api/v1/session"), ("POST", "/sign-in"),
                      ("POST", "/join/{token}"), ("POST", "/account/password")]:
            self.assertIn(route, worker)

    def test_every_path_parameter_is_a_whole_segment(self):
        for r in routes():
            for segment in r["path"].split("/"):
                if "{" in segment or "}" in segment:
                    self.assertRegex(segment, r"^\{[a-z_]+\}$", r["path"])


if __name__ == "__main__":
    unittest.main()
