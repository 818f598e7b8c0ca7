"""Contracts the binary keeps with its documentation: every API route is in
docs/openapi.json and every documented operation is routed; the table of routes the binary
prints is the one it serves."""

import json
import os
import subprocess
import unittest

BIN = os.environ["BOARDLENS_BIN"]
SOURCE = os.environ["BOARDLENS_SOURCE_DIR"]


def routes():
    out = subprocess.run([BIN, "routes", "--format", "json"], check=True, capture_output=True,
                         text=True, timeout=60).stdout
    return json.loads(out)


class ContractTest(unittest.TestCase):
    def test_every_api_route_is_documented_and_every_documented_operation_routed(self):
        with open(os.path.join(SOURCE, "docs", "openapi.json"), encoding="utf-8") as f:
            spec = json.load(f)
        documented = {(method.upper(), path)
                      for path, operations in spec["paths"].items()
                      for method in operations
                      if method in ("get", "put", "post", "delete", "patch")}
        served = {(r["method"], r["path"]) for r in routes() if r["surface"] == "api"}
        self.assertEqual(sorted(served - documented), [], "routed but not in docs/openapi.json")
        self.assertEqual(sorted(documented - served), [], "documented but not routed")

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
