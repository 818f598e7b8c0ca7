"""Black-box tests of `boardlens spc` (issue 11): the JSON contract, each rule on a series that
trips it, the options, bad input, and agreement with the published "plot the dots" rules,
written again below from NHS England's description, on a few hundred random series.

Run by ctest (tests/CMakeLists.txt), which sets BOARDLENS_BIN. Standard library only.
"""

import json
import os
import random
import subprocess
import tempfile
import unittest
from concurrent.futures import ThreadPoolExecutor

BIN = os.environ["BOARDLENS_BIN"]
# A database the command could not open: it must never try.
NO_DATABASE = "sqlite:///nonexistent-boardlens-folder/never.db"
POINT_KEYS = {"date", "value", "mean", "upl", "lpl", "point_type"}
POINT_TYPES = {"common_cause", "special_cause_improvement", "special_cause_concern",
               "special_cause_neutral_high", "special_cause_neutral_low"}


# --- The rules, as NHS England's Making Data Count guidance and tool state them ---------------
# Arithmetic follows DESIGN.md's formulas in the same order as any careful implementation
# (sum, then a second pass over the residuals for the mean), so that floating-point ties with
# the mean fall the same way; the rules themselves are written from the description, pattern
# by pattern, over sliding windows rather than runs.

def total(xs):
    """Left-to-right sum (Python 3.12's sum() compensates, which would differ in the last bit)."""
    out = 0.0
    for x in xs:
        out += x
    return out


def centre_and_spread(base, screen):
    mean = total(base) / len(base)
    mean += total(x - mean for x in base) / len(base)
    ranges = [abs(b - a) for a, b in zip(base, base[1:])]
    amr = total(ranges) / len(ranges) if ranges else 0.0
    if screen and amr > 0:
        kept = [r for r in ranges if r < 3.267 * amr]
        amr = total(kept) / len(kept) if kept else 0.0
    return mean, amr


def side(x):
    return (x > 0) - (x < 0)


def flags_of(values, mean, upl, lpl, near_up, near_low):
    """For each point, the (rule, side) pairs that flag it, numbered in NHS-R's order of rules
    (DESIGN.md) and, within a rule, in time order: 0 outside the limits, 1 seven rising or
    falling, 2 two of three close to a limit with all three on its side of the mean, 3 seven
    on one side of the mean."""
    n = len(values)
    flags = [[] for _ in range(n)]
    for i, v in enumerate(values):
        if v > upl:
            flags[i].append((0, 1))
        if v < lpl:
            flags[i].append((0, -1))
    for start in range(n - 6):
        window = range(start, start + 7)
        for s in (1, -1):
            if all(side(values[i] - mean) == s for i in window):
                for i in window:
                    flags[i].append((3, s))
            if all(side(values[i + 1] - values[i]) == s for i in range(start, start + 6)):
                for i in window:
                    flags[i].append((1, s))
    for start in range(n - 2):
        window = range(start, start + 3)
        for s in (1, -1):
            close = [i for i in window
                     if (near_up < values[i] <= upl if s > 0 else lpl <= values[i] < near_low)]
            if len(close) >= 2 and all(side(values[i] - mean) == s for i in window):
                for i in close:
                    flags[i].append((2, s))
    return flags


def point_type(flags, improvement):
    if not flags:
        return "common_cause"
    # The first rule, in NHS-R's order, gives the side; the direction reads it.
    first = min(flags, key=lambda f: f[0])[1]
    if improvement == "neutral":
        return "special_cause_neutral_" + ("high" if first > 0 else "low")
    better = 1 if improvement == "up" else -1
    return "special_cause_improvement" if first == better else "special_cause_concern"


def plot_the_dots(points, improvement="neutral", target=None, rebase=(), fix_after=None,
                  screen=True):
    dates = [d for d, _ in points]
    values = [v for _, v in points]
    starts = [0]
    for day in sorted(rebase):
        at = next((i for i, d in enumerate(dates) if d >= day), len(dates))
        if starts[-1] < at < len(dates):
            starts.append(at)
    ends = starts[1:] + [len(dates)]
    rows = []
    for a, b in zip(starts, ends):
        period = values[a:b]
        base = period[:max(fix_after, 2)] if fix_after else period
        mean, amr = centre_and_spread(base, screen)
        upl, lpl = mean + 2.66 * amr, mean - 2.66 * amr
        near_up, near_low = mean + 2 / 3 * 2.66 * amr, mean - 2 / 3 * 2.66 * amr
        for i, f in enumerate(flags_of(period, mean, upl, lpl, near_up, near_low)):
            rows.append({"date": dates[a + i], "value": period[i], "mean": mean, "upl": upl,
                         "lpl": lpl, "point_type": point_type(f, improvement)})
    assurance = None
    if target is not None and improvement != "neutral":
        upl, lpl = rows[-1]["upl"], rows[-1]["lpl"]
        up = improvement == "up"
        if target > upl:
            assurance = "consistent_fail" if up else "consistent_pass"
        elif target < lpl:
            assurance = "consistent_pass" if up else "consistent_fail"
        else:
            assurance = "inconsistent"
    return {"points": rows, "variation": rows[-1]["point_type"], "assurance": assurance,
            "provisional": len(points) < 12}


# --- Running the binary -------------------------------------------------------------------------

def monthly(values, year=2022):
    """(date, value) a month from January of `year`."""
    return [(f"{year + i // 12}-{i % 12 + 1:02d}-01", v) for i, v in enumerate(values)]


def csv_of(points):
    return "date,value\n" + "".join(f"{d},{v!r}\n" for d, v in points)


class SpcTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.folder = tempfile.mkdtemp(prefix="boardlens-spc-")

    def run_spc(self, text, *args, name="m.csv"):
        path = os.path.join(self.folder, name)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        return subprocess.run([BIN, "--database", NO_DATABASE, "spc", path, *args],
                              capture_output=True, text=True, timeout=60)

    def chart(self, points, *args):
        result = self.run_spc(csv_of(points), *args)
        self.assertEqual(result.returncode, 0, result.stderr)
        return json.loads(result.stdout)

    def types(self, values, *args):
        return [p["point_type"] for p in self.chart(monthly(values), *args)["points"]]

    def fails(self, text, *args, code=3):
        """The error line of a run that must fail with exit `code`."""
        result = self.run_spc(text, *args)
        self.assertEqual(result.returncode, code, result.stdout + result.stderr)
        self.assertEqual(result.stdout, "")
        return result.stderr.strip()

    def test_json_has_exactly_the_contract_keys(self):
        doc = self.chart(monthly([10, 11, 10, 12, 11]), "--improvement", "up", "--target", "7")
        self.assertEqual(set(doc), {"points", "variation", "assurance", "provisional"})
        self.assertEqual(len(doc["points"]), 5)
        for p in doc["points"]:
            self.assertEqual(list(p), ["date", "value", "mean", "upl", "lpl", "point_type",
                                       "after_gap", "incomplete"])
            self.assertIsInstance(p["date"], str)
            for key in ("value", "mean", "upl", "lpl"):
                self.assertIsInstance(p[key], (int, float))
            self.assertIn(p["point_type"], POINT_TYPES)
        self.assertEqual(doc["points"][0]["date"], "2022-01-01")
        self.assertEqual(doc["points"][3]["value"], 12)
        self.assertAlmostEqual(doc["points"][0]["mean"], 10.8)
        self.assertEqual(doc["variation"], doc["points"][-1]["point_type"])
        self.assertEqual(doc["assurance"], "consistent_pass")
        self.assertIs(doc["provisional"], True)
        self.assertIsNone(self.chart(monthly([10, 11, 10, 12]))["assurance"])

    def test_each_rule_trips(self):
        c, hi, lo = "common_cause", "special_cause_neutral_high", "special_cause_neutral_low"
        base = [11, 10] * 4  # fixed on these: mean 10.5, limits 7.84 to 13.16; ends below
        fixed = ("--fix-after", "8")
        self.assertEqual(self.types(base + [14, 10, 11], *fixed), [c] * 8 + [hi, c, c])
        self.assertEqual(self.types(base + [7, 10, 11], *fixed), [c] * 8 + [lo, c, c])
        self.assertEqual(self.types(base + [12.5, 11, 12.5], *fixed), [c] * 8 + [hi, c, hi])
        self.assertEqual(self.types(base + [8.5, 10, 8.5], *fixed), [c] * 8 + [lo, c, lo])
        self.assertEqual(self.types(base + [12.5, 10, 12.5], *fixed), [c] * 11,
                         "the middle point is below the mean")
        self.assertEqual(self.types(base + [11] * 7, *fixed), [c] * 8 + [hi] * 7)
        self.assertEqual(self.types(base + [11] * 6, *fixed), [c] * 14)
        rising = [9.8, 10.0, 10.2, 10.4, 10.6, 10.8, 11.0]  # across the mean: no shift
        self.assertEqual(self.types(base + rising, *fixed), [c] * 8 + [hi] * 7)
        falling = [11.2, 11.0, 10.8, 10.6, 10.4, 10.2, 10.0]
        self.assertEqual(self.types(base + falling, *fixed), [c] * 8 + [lo] * 7)
        self.assertEqual(self.types(base + rising[:6], *fixed), [c] * 14)
        # Direction turns high and low into improvement and concern.
        self.assertEqual(self.types(base + [14], *fixed, "--improvement", "up")[-1],
                         "special_cause_improvement")
        self.assertEqual(self.types(base + [14], *fixed, "--improvement", "down")[-1],
                         "special_cause_concern")

    def test_where_rules_disagree_the_first_in_nhs_r_order_marks_the_point(self):
        # Fixed on the first 8: limits 7.84 to 13.16. 7.5 is below the lower limit and starts
        # seven rising, all below the mean, the next three close to the lower limit.
        values = [11, 10] * 4 + [7.5, 7.9, 8.2, 8.5, 9, 9.5, 10]
        expected = ["special_cause_concern"] + ["special_cause_improvement"] * 6
        self.assertEqual(self.types(values, "--fix-after", "8", "--improvement", "up")[8:],
                         expected)
        doc = plot_the_dots(monthly(values), improvement="up", fix_after=8)
        self.assertEqual([p["point_type"] for p in doc["points"]][8:], expected)

    def test_screening_rebasing_and_fixing(self):
        values = [10, 11, 10, 11, 10, 11, 10, 30, 10, 11, 10, 11]
        screened = self.chart(monthly(values))["points"][0]
        wide = self.chart(monthly(values), "--no-screen")["points"][0]
        self.assertAlmostEqual(screened["upl"] - screened["mean"], 2.66)
        self.assertAlmostEqual(wide["upl"] - wide["mean"], 2.66 * 49 / 11)
        # Two rebases: three periods, each on its own mean.
        steps = [50, 52] * 3 + [80, 82] * 3 + [60, 61] * 3
        doc = self.chart(monthly(steps), "--rebase", "2022-07-01", "--rebase", "2023-01-01")
        self.assertEqual([p["mean"] for p in doc["points"][::6]], [51, 81, 60.5])
        # The rebase option takes one date a time: the file after it is still the file.
        path = os.path.join(self.folder, "order.csv")
        with open(path, "w", encoding="utf-8") as f:
            f.write(csv_of(monthly(steps)))
        result = subprocess.run([BIN, "--database", NO_DATABASE, "spc", "--rebase", "2022-07-01",
                                 path], capture_output=True, text=True, timeout=60)
        self.assertEqual(result.returncode, 0, result.stderr)
        fixed = self.chart(monthly([10, 12, 10, 12, 20, 30, 40]), "--fix-after", "4")
        self.assertEqual({p["mean"] for p in fixed["points"]}, {11})
        self.assertIn("at least 2", self.fails(csv_of(monthly([1, 2, 3])), "--fix-after", "1"))
        self.assertIn("--rebase", self.fails(csv_of(monthly([1, 2, 3])), "--rebase", "2030-01-01"))
        self.assertIn("--rebase", self.fails(csv_of(monthly([1, 2, 3])), "--rebase", "2022-13-01"))
        self.assertIn("one point", self.fails(csv_of(monthly([1, 2, 3])), "--rebase", "2022-03-01"))

    def test_each_assurance_outcome(self):
        values = monthly([50, 52] * 6)  # mean 51, limits 45.68 to 56.32
        outcome = lambda *args: self.chart(values, *args)["assurance"]  # noqa: E731
        self.assertEqual(outcome("--improvement", "up", "--target", "45"), "consistent_pass")
        self.assertEqual(outcome("--improvement", "up", "--target", "57"), "consistent_fail")
        self.assertEqual(outcome("--improvement", "up", "--target", "51"), "inconsistent")
        self.assertEqual(outcome("--improvement", "down", "--target", "57"), "consistent_pass")
        self.assertEqual(outcome("--improvement", "down", "--target", "45.5"), "consistent_fail")
        self.assertIsNone(outcome("--improvement", "neutral", "--target", "45"))
        self.assertIsNone(outcome("--improvement", "up"))
        self.assertIs(self.chart(values)["provisional"], False)

    def test_bad_dates_and_decimals_name_line_and_column(self):
        good = "date,value\n2024-01-01,5\n"
        self.assertRegex(self.fails(good + "2024-02-30,6\n"), r"m\.csv:3:1: date: .*YYYY-MM-DD")
        self.assertRegex(self.fails(good + "2024-02-01,1,5\n"), r"m\.csv:3:3: .*in quotes")
        self.assertRegex(self.fails(good + '2024-02-01,"1,5"\n'),
                         r"m\.csv:3:2: The value must be a number")
        for junk in ("nan", "inf", "1e3", "six"):
            self.assertRegex(self.fails(good + f"2024-02-01,{junk}\n"),
                             r"m\.csv:3:2: The value must be a number")
        self.assertRegex(self.fails(good + "2024-02-01,\n"), r"m\.csv:3:2: enter the value")
        self.assertRegex(self.fails(good + "2024-01-01,6\n"), r"m\.csv:3:1: .*line 2 already")
        self.assertRegex(self.fails(good + "2023-12-01,6\n"), r"m\.csv:3:1: .*date order")
        self.assertRegex(self.fails("2024-01-01,5\n2024-02-01,6\n"), r"m\.csv:1:1: .*header")
        # A bad --target is a bad command line, refused before the file is read.
        result = self.run_spc(good + "2024-02-01,6\n", "--target", "nan")
        self.assertEqual(result.returncode, 2, "exit code 2: a bad command line")
        self.assertIn("--target", result.stderr)

    def test_with_a_frequency_a_missing_period_is_a_gap(self):
        text = "date,value\n" + "".join(f"2022-{m:02d}-01,{10 + m % 2}\n" for m in (1, 2, 3, 6, 7))
        plain = self.chart_of(text)
        self.assertEqual([p["after_gap"] for p in plain["points"]], [False] * 5)
        monthly_chart = self.chart_of(text, "--frequency", "monthly")
        self.assertEqual([p["after_gap"] for p in monthly_chart["points"]],
                         [False, False, False, True, False])
        self.assertEqual(self.run_spc(text, "--frequency", "daily").returncode, 2)

    def chart_of(self, text, *args):
        result = self.run_spc(text, *args)
        self.assertEqual(result.returncode, 0, result.stderr)
        return json.loads(result.stdout)

    def test_fewer_than_two_points_is_a_clear_error(self):
        for text in ("date,value\n", "date,value\n2024-01-01,5\n"):
            message = self.fails(text)
            self.assertRegex(message, r"m\.csv: the series has [01] points?; a chart needs at "
                                      r"least 2")
            self.assertNotIn("nan", message.lower())
        self.assertIn("m.csv:1:1", self.fails(""))
        missing = subprocess.run(
            [BIN, "--database", NO_DATABASE, "spc", os.path.join(self.folder, "missing.csv")],
            capture_output=True, text=True, timeout=60)
        self.assertEqual(missing.returncode, 3)
        self.assertIn("missing.csv", missing.stderr)

    def test_table_lines_up_its_columns(self):
        result = self.run_spc(csv_of(monthly([97.5, 98, 99.25, 97, 120])), "--format", "table",
                              "--improvement", "up", "--target", "95")
        self.assertEqual(result.returncode, 0, result.stderr)
        lines = result.stdout.splitlines()
        header, rows = lines[0], lines[1:6]
        self.assertTrue(header.startswith("date"))
        # Every number column ends where its heading does; the point type starts with its own.
        for heading in ("value", "mean", "lower limit", "upper limit"):
            end = header.index(heading) + len(heading)
            for row in rows:
                self.assertNotEqual(row[end - 1], " ", row)
                self.assertEqual(row[end:end + 2], "  ", row)
        for row in rows:
            self.assertEqual(row[header.index("point type") - 2:header.index("point type")], "  ")
        self.assertIn("99.25", rows[2])
        # Mean 102.35, limits 98.80 to 105.90 once the jump to 120 is screened out.
        self.assertTrue(rows[0].endswith("special cause concern"), rows[0])
        self.assertTrue(rows[2].endswith("common cause"), rows[2])
        self.assertIn("Variation (the latest point): special cause improvement", result.stdout)
        self.assertIn("Assurance: consistent pass", result.stdout)
        self.assertIn("provisional", result.stdout)

    def test_agrees_with_the_published_rules_on_random_series(self):
        rng = random.Random(11)
        cases = [self.random_case(rng) for _ in range(300)]
        # Each run is independent and mostly the sanitizers starting and stopping, so a few
        # run at once, each on its own file; the comparisons follow in order.

        def run(numbered):
            case, (points, _, args) = numbered
            return self.run_spc(csv_of(points), *args, name=f"random-{case}.csv")
        with ThreadPoolExecutor(max_workers=min(8, 2 * (os.cpu_count() or 1))) as pool:
            results = list(pool.map(run, enumerate(cases)))
        compared = 0
        for case, ((points, options, args), result) in enumerate(zip(cases, results)):
            expected = plot_the_dots(points, **options)
            self.assertEqual(result.returncode, 0, result.stderr)
            got = json.loads(result.stdout)
            self.assertEqual([p["point_type"] for p in got["points"]],
                             [p["point_type"] for p in expected["points"]], f"case {case}: {args}")
            for g, e in zip(got["points"], expected["points"]):
                self.assertEqual((g["date"], g["value"]), (e["date"], e["value"]))
                for key in ("mean", "upl", "lpl"):
                    self.assertAlmostEqual(g[key], e[key], delta=1e-9 * (1 + abs(e[key])))
            for key in ("variation", "assurance", "provisional"):
                self.assertEqual(got[key], expected[key], f"case {case}: {key}")
            compared += 1
        self.assertEqual(compared, 300)

    @staticmethod
    def random_case(rng):
        """A series with the shapes the rules look for (steps, drifts, outliers, repeats) and
        options drawn at random, as keyword arguments for plot_the_dots and as arguments."""
        n = rng.randint(2, 60)
        level, values = rng.uniform(-50, 500), []
        digits = rng.choice([0, 1, 2])
        for _ in range(n):
            shape = rng.random()
            if shape < 0.05:
                level += rng.uniform(-30, 30)  # a step change
            drift = rng.choice([0, 0, 0, rng.uniform(-3, 3)])
            level += drift
            value = level + rng.gauss(0, 5) + (rng.choice([-40, 40]) if shape > 0.97 else 0)
            values.append(round(value, digits) + 0.0)
        points = monthly(values, year=rng.randint(2015, 2024))
        options, args = {}, []
        options["improvement"] = rng.choice(["up", "down", "neutral"])
        args += ["--improvement", options["improvement"]]
        if rng.random() < 0.5:
            options["target"] = round(rng.uniform(min(values) - 20, max(values) + 20), 1) + 0.0
            args += ["--target", repr(options["target"])]
        if n >= 8 and rng.random() < 0.4:
            at = rng.randint(3, n - 3)  # leaves each period at least 3 points
            options["rebase"] = [points[at][0]]
            args += ["--rebase", points[at][0]]
        if rng.random() < 0.3:
            options["fix_after"] = rng.randint(2, max(2, n))
            args += ["--fix-after", str(options["fix_after"])]
        if rng.random() < 0.3:
            options["screen"] = False
            args.append("--no-screen")
        return points, options, args


if __name__ == "__main__":
    unittest.main()
