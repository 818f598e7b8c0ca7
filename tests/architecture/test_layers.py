"""The layout docs/architecture.md describes, checked on every #include: platform folders know
no feature, a feature uses another only through its public headers, and test code (a
`_test.cpp` beside the code it tests, or a `_test.hpp` it shares) stays out of the binary."""

import os
import re
import unittest

SOURCE = os.environ.get("BOARDLENS_SOURCE_DIR",
                        os.path.join(os.path.dirname(__file__), "..", ".."))
ROOT = os.path.join(SOURCE, "src", "boardlens")
INCLUDE = re.compile(r'^\s*#\s*include\s+"boardlens/([^"]+)"', re.MULTILINE)
ANY_INCLUDE = re.compile(r'^\s*#\s*include\s+[<"]([^">]+)[">]', re.MULTILINE)
TEST_CODE = re.compile(r"_test\.(cpp|hpp)$")

# What each platform folder may include besides itself.
PLATFORM = {
    "base": set(),
    "db": {"base"},
    "http": {"base"},
    "html": {"base", "http", "xlsx"},
    "cli": {"base"},
    "mail": {"base"},
    "pdf": {"base"},
    "xlsx": {"base"},
}
# A feature's internals: what another feature must not include.
INTERNAL = re.compile(r"^features/[a-z_]+/(repository\.hpp|feature\.hpp|.*\.cpp)$")
MAX_LINES = 500
# Every file of ours the line limit covers, tests too.
LIMITED = (".cpp", ".hpp", ".py", ".mjs")


def sources():
    for folder, _, files in os.walk(ROOT):
        for name in files:
            if name.endswith((".hpp", ".cpp")):
                path = os.path.join(folder, name)
                yield os.path.relpath(path, ROOT).replace(os.sep, "/"), path


def limited_files():
    for top in ("src", "tests"):
        for folder, dirs, files in os.walk(os.path.join(SOURCE, top)):
            dirs[:] = [d for d in dirs if d not in ("__pycache__", "node_modules")]
            for name in files:
                if name.endswith(LIMITED):
                    path = os.path.join(folder, name)
                    yield os.path.relpath(path, SOURCE).replace(os.sep, "/"), path


def includes(path):
    with open(path, encoding="utf-8") as f:
        return INCLUDE.findall(f.read())


class LayersTest(unittest.TestCase):
    def test_platform_folders_know_no_feature(self):
        for rel, path in sources():
            top = rel.split("/")[0]
            if top not in PLATFORM or rel == "cli/main.cpp":  # main() starts the composition root
                continue
            for inc in includes(path):
                target = inc.split("/")[0]
                self.assertIn(target, PLATFORM[top] | {top},
                              f"{rel} includes {inc}: {top}/ may use {sorted(PLATFORM[top])}")

    def test_features_use_each_other_only_through_public_headers(self):
        for rel, path in sources():
            parts = rel.split("/")
            if parts[0] != "features" or len(parts) < 3:
                continue
            own = parts[1]
            for inc in includes(path):
                target = inc.split("/")
                self.assertNotEqual(target[0], "app", f"{rel} includes the composition root")
                if target[0] == "features" and len(target) > 2 and target[1] != own:
                    self.assertIsNone(INTERNAL.match(inc),
                                      f"{rel} includes {inc}, an internal part of {target[1]}/")

    def test_app_holds_only_wiring(self):
        for name in os.listdir(os.path.join(ROOT, "app")):
            self.assertIn(name, {"application.hpp", "application.cpp", "settings.hpp"},
                          "app/ is the composition root: settings and wiring only")

    def test_only_tests_include_test_code(self):
        # The core library leaves out every _test.cpp, so code in it must not need one.
        for rel, path in sources():
            if TEST_CODE.search(rel):
                continue
            with open(path, encoding="utf-8") as f:
                for inc in ANY_INCLUDE.findall(f.read()):
                    self.assertFalse(TEST_CODE.search(inc) or inc.startswith(("gtest/", "gmock/")),
                                     f"{rel} includes {inc}, which is for tests only")

    def test_no_source_or_test_file_is_over_500_lines(self):
        for rel, path in limited_files():
            with open(path, encoding="utf-8") as f:
                lines = sum(1 for _ in f)
            self.assertLessEqual(lines, MAX_LINES, f"{rel} has {lines} lines")


if __name__ == "__main__":
    unittest.main()
