"""Black-box tests of rounds and their results through the API and the CLI: the journey of a
round, answers only their member may change, imports that store all or nothing, turnout
warnings, and results that match DESIGN.md's definitions on random data."""

import datetime
import json
import os
import random
import statistics
import tempfile
import unittest
import urllib.parse

from harness import BoardTestCase, PASSWORD, ITEMS, utc_today

MIN_RATINGS = 3  # below this, a mean (an item's or a subgroup's) is suppressed


def reference_stats(ratings):
    """DESIGN.md's definitions, computed independently with Python's statistics module."""
    values = sorted(r for r in ratings if r is not None)
    n = len(values)
    dk = len(ratings) - n
    if n < MIN_RATINGS:
        return {"n": n, "dont_know": dk, "mean": None, "median": None, "iqr": None,
                "dont_know_rate": dk / (n + dk) if n + dk else None}
    q1, _, q3 = statistics.quantiles(values, n=4, method="inclusive")
    median = statistics.median(values)
    return {"n": n, "dont_know": dk, "mean": statistics.fmean(values), "median": median,
            "q1": q1, "q3": q3, "iqr": q3 - q1,
            "agreement": sum(1 for v in values if abs(v - median) <= 1) / n,
            "dont_know_rate": dk / (n + dk)}


def random_round_csv(rng, items, members, dk_share):
    """A CSV round and, per item, the (membership, rating or None) answers it holds."""
    rows = ["respondent,membership,item,rating,evidence"]
    answers = {item: [] for item in items}
    for m in range(members):
        membership = rng.choice(["executive", "non-executive"])
        for item in items:
            if rng.random() < 0.1:
                continue  # not every member answers every item
            rating = None if rng.random() < dk_share else rng.randint(1, 5)
            rows.append(f"m{m},{membership},{item},{'DK' if rating is None else rating},")
            answers[item].append((membership, rating))
    return "\n".join(rows) + "\n", answers


def item_mean(answers):
    """The mean a round freezes at close: null below MIN_RATINGS."""
    values = [r for _, r in answers if r is not None]
    return statistics.fmean(values) if len(values) >= MIN_RATINGS else None



class RoundsTest(BoardTestCase):
    def test_round_journey_for_a_secretary_and_three_members(self):
        b = self.b
        rid = self.new_round("Journey")
        status, body, _ = b.request("POST", f"/api/v1/orgs/RAA/rounds/{rid}/open", None, self.sec)
        self.assertEqual(status, 200, body)
        self.assertEqual(body["status"], "open")

        rng = random.Random(7)
        given = {item: [] for item in ITEMS}
        tokens = [b.login(email) for email, _ in self.members]
        for token in tokens:
            answers = []
            for item in ITEMS:
                rating = rng.choice([1, 2, 3, 4, 5, "DK"])
                answers.append({"item": item, "rating": rating, "evidence": "seen at " + item})
            status, body, _ = b.request("PUT", f"/api/v1/orgs/RAA/rounds/{rid}/answers/mine",
                                        {"answers": answers}, token)
            self.assertEqual(status, 200, body)
            self.assertEqual(len(body["answers"]), len(ITEMS))
            for a in answers:
                given[a["item"]].append(None if a["rating"] == "DK" else a["rating"])
        # A member changes one answer while the round is open.
        status, body, _ = b.request("PUT", f"/api/v1/orgs/RAA/rounds/{rid}/answers/mine",
                                    {"answers": [{"item": "risk", "rating": 5}]}, tokens[0])
        self.assertEqual(status, 200, body)
        given["risk"][0] = 5

        # The secretary sees who has answered, never what.
        status, body, _ = b.request("GET", f"/api/v1/orgs/RAA/rounds/{rid}/completion",
                                    token=self.sec)
        self.assertEqual(status, 200, body)
        self.assertEqual(body["complete"], 3)
        self.assertNotIn("rating", json.dumps(body))
        self.assertNotIn("seen at", json.dumps(body))
        status, body, _ = b.request("GET", f"/api/v1/orgs/RAA/rounds/{rid}/answers/mine",
                                    token=self.sec)
        self.assertEqual(body["answers"], [])

        self.assertProblem(b.request("GET", f"/api/v1/orgs/RAA/rounds/{rid}/results",
                                     token=self.sec), 409)
        # Change and peer standing follow the order rounds closed in: no date in the future.
        future = (datetime.date.today() + datetime.timedelta(days=3)).isoformat()
        self.assertProblem(b.request("POST", f"/api/v1/orgs/RAA/rounds/{rid}/close",
                                     {"closed_on": future}, self.sec), 400, where="closed_on")
        # Nor one before the round opened (today).
        self.assertProblem(b.request("POST", f"/api/v1/orgs/RAA/rounds/{rid}/close",
                                     {"closed_on": "2020-01-01"}, self.sec), 400, where="closed_on")
        status, body, _ = b.request("POST", f"/api/v1/orgs/RAA/rounds/{rid}/close",
                                    {"closed_on": utc_today()}, self.sec)
        self.assertEqual(status, 200, body)
        self.assertEqual(body["opened_on"], utc_today())
        self.assertProblem(b.request("PUT", f"/api/v1/orgs/RAA/rounds/{rid}/answers/mine",
                                     {"answers": [{"item": "risk", "rating": 1}]}, tokens[1]),
                           409, where="status")

        status, results, _ = b.request("GET", f"/api/v1/orgs/RAA/rounds/{rid}/results",
                                       token=tokens[2])
        self.assertEqual(status, 200, results)
        self.assertEqual(results["respondents"],
                         {"executive": 2, "non_executive": 1, "total": 3})
        means = []
        for item in results["items"]:
            expected = reference_stats(given[item["item"]])
            for key, value in expected.items():
                if value is None:
                    self.assertIsNone(item[key])
                    self.assertIn(key, item["reasons"])
                else:
                    self.assertAlmostEqual(item[key], value, delta=1e-9, msg=f"{item['item']} {key}")
            if expected["mean"] is not None:
                means.append(expected["mean"])
            # Two executives at most and one non-executive: subgroups are suppressed.
            self.assertIsNone(item["ned_mean"])
            self.assertIsNone(item["exec_mean"])
            self.assertIsNone(item["gap"])
            if item["peers"] < 5:
                self.assertIsNone(item["percentile"])
        self.assertAlmostEqual(results["overall"], statistics.fmean(means), delta=1e-9)

        # The CLI prints the same document the API serves.
        cli = json.loads(b.cli("round", "results", str(rid), "--format", "json").stdout)
        self.assertEqual(cli, results)
        table = b.cli("round", "results", str(rid), "--format", "table").stdout
        self.assertIn("Journey", table)

    def test_a_secretary_cannot_take_over_a_members_answers(self):
        b = self.b
        rid = self.new_round("Takeover")
        b.request("POST", f"/api/v1/orgs/RAA/rounds/{rid}/open", None, self.sec)
        member_token = b.login("ned1@alpha.example")
        status, _, _ = b.request("PUT", f"/api/v1/orgs/RAA/rounds/{rid}/answers/mine",
                                 {"answers": [{"item": "risk", "rating": 2,
                                               "evidence": "private note"}]}, member_token)
        self.assertEqual(status, 200)
        status, members, _ = b.request("GET", "/api/v1/orgs/RAA/members", token=self.sec)
        ned = next(m for m in members if m["email"] == "ned1@alpha.example")
        ned["email"] = "sec@alpha.example"
        self.assertProblem(b.request("PUT", f"/api/v1/orgs/RAA/members/{ned['id']}", ned,
                                     self.sec), 409, where="email")
        status, mine, _ = b.request("GET", f"/api/v1/orgs/RAA/rounds/{rid}/answers/mine",
                                    token=self.sec)
        self.assertEqual(mine["answers"], [])

    def test_csv_import_is_all_or_nothing(self):
        b = self.b
        status, before, _ = b.request("GET", "/api/v1/orgs/RAA/rounds", token=self.sec)
        bad = ("respondent,membership,item,rating,evidence\n"
               "a,executive,risk,3,\n"
               "b,executive,culture,7,\n")
        query = "?framework=nhs-digital-boards&title=Imported&closed_on=2026-01-31"
        self.assertProblem(b.request("POST", "/api/v1/orgs/RAA/rounds/import" + query, raw=bad,
                                     token=self.sec, headers={"Content-Type": "text/csv"}),
                           400, where="body:3:4")
        good = bad.replace("culture,7", "culture,4")
        future = (datetime.date.today() + datetime.timedelta(days=3)).isoformat()
        self.assertProblem(b.request("POST", "/api/v1/orgs/RAA/rounds/import" +
                                     query.replace("2026-01-31", future), raw=good,
                                     token=self.sec), 400, where="closed_on")
        status, after, _ = b.request("GET", "/api/v1/orgs/RAA/rounds", token=self.sec)
        self.assertEqual(before, after)

        with tempfile.NamedTemporaryFile("w", suffix=".csv", delete=False) as f:
            f.write(bad)
        result = b.cli("round", "import", "--org", "RAA", "--framework", "nhs-digital-boards",
                       "--title", "Imported", "--closed-on", "2026-01-31", f.name, check=False)
        self.assertEqual(result.returncode, 3)
        self.assertIn(os.path.basename(f.name) + ":3:4", result.stderr)
        self.assertIn("rating", result.stderr)

        with open(f.name, "w") as out:
            out.write(bad.replace(",7,", ",DK,"))
        result = b.cli("round", "import", "--org", "RAA", "--framework", "nhs-digital-boards",
                       "--title", "Imported", "--closed-on", "2026-01-31", f.name)
        rid = int(result.stdout.strip().splitlines()[-1])
        status, results, _ = b.request("GET", f"/api/v1/orgs/RAA/rounds/{rid}/results",
                                       token=self.sec)
        self.assertEqual(status, 200, results)
        culture = next(i for i in results["items"] if i["item"] == "culture")
        self.assertEqual((culture["n"], culture["dont_know"]), (0, 1))
        self.assertIsNone(culture["mean"])
        os.unlink(f.name)

    def test_results_warn_when_a_side_barely_answered_or_turnout_differs_widely(self):
        # Issue 19, found in use 10: 7 executives and 2 non-executives, after a round all 14
        # answered.
        b = self.b
        b.cli("org", "add", "--ods", "RTW", "--name", "Turnout Trust", "--kind", "trust")
        b.cli("user", "add", "--email", "sec@turnout.example", "--name", "Turnout Secretary",
              "--password", PASSWORD, "--org", "RTW", "--role", "secretary")
        token = b.login("sec@turnout.example")

        def imported(title, closed_on, executives, non_executives):
            rows = ["respondent,membership,item,rating,evidence"]
            rows += [f"e{i},executive,risk,3," for i in range(executives)]
            rows += [f"n{i},non-executive,risk,4," for i in range(non_executives)]
            query = (f"?framework=nhs-digital-boards&title={urllib.parse.quote(title)}"
                     f"&closed_on={closed_on}")
            status, body, _ = b.request("POST", "/api/v1/orgs/RTW/rounds/import" + query,
                                        raw="\n".join(rows) + "\n", token=token,
                                        headers={"Content-Type": "text/csv"})
            self.assertEqual(status, 201, body)
            status, results, _ = b.request("GET", f"/api/v1/orgs/RTW/rounds/{body['id']}/results",
                                           token=token)
            self.assertEqual(status, 200, results)
            return body["id"], results["turnout_warnings"]

        _, first = imported("Everyone", "2026-01-31", 7, 7)
        self.assertEqual(first, [])
        rid, warnings = imported("Few non-executives", "2026-03-31", 7, 2)
        self.assertEqual(len(warnings), 2, warnings)
        self.assertTrue(warnings[0].startswith("Only 2 non-executives answered, against 7"))
        self.assertTrue(warnings[1].startswith("9 members answered this round and 14 answered "
                                               "the one before, \"Everyone\""))
        session = b.web_session("sec@turnout.example")
        _, page = b.fetch("GET", f"/orgs/RTW/rounds/{rid}/results", {"Cookie": session})
        page = page.decode()
        self.assertIn("Read these results with care", page)
        self.assertIn("Only 2 non-executives answered", page)

    def test_cli_round_journey(self):
        b = self.b
        rid = b.cli("round", "create", "--org", "RAA", "--framework", "nhs-digital-boards",
                    "--title", "CLI round").stdout.strip()
        b.cli("round", "open", rid)
        for i, (email, _) in enumerate(self.members):
            b.cli("round", "answer", rid, "--as", email, "--item", "users", "--rating", str(i + 2))
        bad = b.cli("round", "answer", rid, "--as", self.members[0][0], "--item", "users",
                    "--rating", "9", check=False)
        self.assertEqual(bad.returncode, 3)
        self.assertIn("--rating", bad.stderr)
        completion = b.cli("round", "completion", rid).stdout
        self.assertIn("1/8", completion)
        b.cli("round", "close", rid, "--closed-on", utc_today())
        closed = b.cli("round", "answer", rid, "--as", self.members[0][0], "--item", "users",
                       "--rating", "1", check=False)
        self.assertEqual(closed.returncode, 5)
        results = json.loads(b.cli("round", "results", rid, "--format", "json").stdout)
        users = next(i for i in results["items"] if i["item"] == "users")
        self.assertEqual(users["n"], 3)
        self.assertAlmostEqual(users["mean"], 3.0, delta=1e-9)
        self.assertEqual(results["round"]["closed_on"], utc_today())

    def test_cli_rejects_bad_frameworks_with_line_and_column(self):
        with tempfile.NamedTemporaryFile("w", suffix=".yaml", delete=False) as f:
            f.write("format: boardlens-framework/1\nref: raa-own\nversion: 1.0.0\n"
                    "title: Ours\nsource: Us\nitems:\n  - ref: one\n    title: One\n"
                    "    question: Q?\n    levels: {1: a, 2: b, 3: c, 5: e}\n")
        result = self.b.cli("framework", "import", f.name, "--org", "RAA", check=False)
        os.unlink(f.name)
        self.assertEqual(result.returncode, 3)
        self.assertIn(":10:13", result.stderr)
        self.assertIn("level 4 is missing", result.stderr)
        listed = self.b.cli("framework", "list", "--org", "RAA").stdout
        self.assertNotIn("raa-own", listed)

    def test_results_match_the_definitions_on_random_data(self):
        """Every statistic, against an independent computation, on randomly generated rounds."""
        b = self.b
        admin = b.login("admin@test.example")
        # A framework no other test uses for each seed, so that peers are exactly the ones made
        # here.
        frameworks = ["what-good-looks-like", "hee-digital-leadership", "digital-litmus-tests"]
        exercised = {"percentile": 0, "gap": 0, "change": 0}  # the test must reach each branch
        for seed, framework in enumerate(frameworks):
            rng = random.Random(seed)
            status, fw, _ = b.request("GET", f"/api/v1/frameworks/{framework}", token=admin)
            items = [i["ref"] for i in fw["items"]]
            prefix = f"S{seed}"
            orgs = [f"{prefix}T{i}" for i in range(rng.randint(7, 10))]
            for ods in orgs:
                status, body, _ = b.request("POST", "/api/v1/orgs",
                                            {"ods_code": ods, "name": ods, "kind": "trust"}, admin)
                self.assertEqual(status, 201, body)

            def import_round(ods, closed_on):
                csv, answers = random_round_csv(rng, items, rng.randint(2, 16),
                                                rng.choice([0, 0.1, 0.4]))
                status, body, _ = b.request(
                    "POST", f"/api/v1/orgs/{ods}/rounds/import?framework={framework}"
                    f"&title=R&closed_on={closed_on}", raw=csv, token=admin)
                self.assertEqual(status, 201, body)
                return body["id"], answers

            target = orgs[0]
            previous = import_round(target, "2026-03-31")[1] if seed != 1 else None
            rid, answers = import_round(target, "2026-06-30")
            # Each peer: rounds before, on and after the target's close date.
            peer_latest = {}
            for ods in orgs[1:]:
                for closed_on in sorted(rng.sample(["2026-01-15", "2026-06-30", "2026-09-01",
                                                    "2026-04-10"], rng.randint(1, 3))):
                    _, peer_answers = import_round(ods, closed_on)
                    if closed_on <= "2026-06-30":
                        peer_latest[ods] = peer_answers

            status, results, _ = b.request("GET", f"/api/v1/orgs/{target}/rounds/{rid}/results",
                                           token=admin)
            self.assertEqual(status, 200, results)
            item_means = []
            for got in results["items"]:
                item = got["item"]
                given = answers[item]
                expected = reference_stats([r for _, r in given])
                for key, value in expected.items():
                    if value is None:
                        self.assertIsNone(got[key], (seed, item, key))
                    else:
                        self.assertAlmostEqual(got[key], value, delta=1e-9, msg=(seed, item, key))
                mean = expected["mean"]
                if mean is not None:
                    item_means.append(mean)
                sides = {}
                answered = []
                for side, key in (("executive", "exec_mean"), ("non-executive", "ned_mean")):
                    sides[key] = [r for m, r in given if m == side and r is not None]
                    answered.append(sum(1 for m, _ in given if m == side))
                # One side with some but too few ratings, or too few people answering at all,
                # hides both (complementary suppression).
                hidden = any(0 < len(v) < MIN_RATINGS for v in sides.values()) or any(
                    0 < a < MIN_RATINGS for a in answered)
                subgroup = {key: (statistics.fmean(v) if v and not hidden else None)
                            for key, v in sides.items()}
                for key, value in subgroup.items():
                    self.assertEqual(got[key] is None, value is None, (seed, item, key))
                    if value is not None:
                        self.assertAlmostEqual(got[key], value, delta=1e-9)
                gap = (None if None in subgroup.values()
                       else subgroup["exec_mean"] - subgroup["ned_mean"])
                if gap is None:
                    self.assertIsNone(got["gap"])
                else:
                    self.assertAlmostEqual(got["gap"], gap, delta=1e-9)
                ratings = [r for _, r in given if r is not None]
                self.assertEqual(got["distribution"],
                                 None if mean is None else [ratings.count(v) for v in range(1, 6)])
                prev = item_mean(previous[item]) if previous else None
                if prev is None:
                    self.assertIsNone(got["previous_mean"], (seed, item))
                else:
                    self.assertAlmostEqual(got["previous_mean"], prev, delta=1e-9)
                if mean is None or prev is None:
                    self.assertIsNone(got["change"], (seed, item))
                    self.assertIn("change", got["reasons"])
                else:
                    self.assertAlmostEqual(got["change"], mean - prev, delta=1e-9)
                peers = [m for m in (item_mean(a[item]) for a in peer_latest.values())
                         if m is not None]
                self.assertEqual(got["peers"], len(peers), (seed, item))
                if mean is None or len(peers) < 5:
                    self.assertIsNone(got["percentile"], (seed, item))
                else:
                    below = sum(1 for p in peers if p < mean - 1e-9)
                    equal = sum(1 for p in peers if abs(p - mean) <= 1e-9)
                    self.assertAlmostEqual(got["percentile"], 100 * (below + equal / 2) / len(peers),
                                           delta=1e-9)
                for key in exercised:
                    exercised[key] += got[key] is not None
                flags = set(got["flags"])
                self.assertEqual("disagreement" in flags,
                                 got["iqr"] is not None and got["iqr"] >= 2 - 1e-9)
                self.assertEqual("blind_spot" in flags, got["dont_know_rate"] is not None
                                 and got["dont_know_rate"] >= 0.25 - 1e-9)
                self.assertEqual("ownership_gap" in flags, gap is not None and abs(gap) >= 1 - 1e-9)
            if item_means:
                self.assertAlmostEqual(results["overall"], statistics.fmean(item_means), delta=1e-9)
            else:
                self.assertIsNone(results["overall"])
        self.assertTrue(all(exercised.values()), exercised)


if __name__ == "__main__":
    unittest.main()
