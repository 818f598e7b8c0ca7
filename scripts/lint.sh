#!/usr/bin/env bash
# Checks formatting (.clang-format) and runs clang-tidy (.clang-tidy) over every C++ source:
# the library, the unit tests beside it, the storage tests and the benchmarks. clang-tidy
# reads the same unity units the build compiles (cmake/unity.cmake), so Boost and the JSON
# library are parsed once a folder, not once a file; the files a unit includes are checked
# as its headers are (HeaderFilterRegex), and .clang-tidy allows a unit's #include of a .cpp.
# clang cannot read GCC's precompiled headers, so it uses a build tree configured without
# them. CI runs this as the `lint` test.
set -euo pipefail
cd "$(dirname "$0")/.."
# Its units are whole folders: nothing is compiled, and each unit's headers cost clang-tidy
# as much again as the code they hold.
cmake -S . -B build/lint -G Ninja -DCMAKE_DISABLE_PRECOMPILE_HEADERS=ON -DBOARDLENS_BENCH=ON \
  -DBOARDLENS_TESTS=ON -DBOARDLENS_UNITY_FILES=1000 >/dev/null
git ls-files 'src/*.cpp' 'src/*.hpp' 'tests/*.cpp' 'tests/*.hpp' 'bench/*.cpp' 'bench/*.hpp' |
  xargs clang-format --dry-run --Werror
# Every unit the build compiles, less the generated data and http/server.cpp: clang 14 cannot
# compile Boost 1.74's coroutines against libstdc++ 12, so that one file is left to g++'s
# warnings and the sanitizers.
units=$(python3 -c '
import json, sys
for entry in json.load(open("build/lint/compile_commands.json")):
    name = entry["file"]
    if "/embedded_" not in name and not name.endswith("/http/server.cpp"):
        print(name)' | sort -u)
# The static analyser costs more than every other check together. It runs on the platform's
# own code, where the C libraries' pointers and buffers are, and goes first as the longest;
# feature code is strings and vectors over the platform, and it and the tests run under ASan
# and UBSan.
platform() { grep '/boardlens_core\.dir/' | grep -v '_features_'; }
tidy_unit() {
  case "$1" in
    */boardlens_core.dir/*_features_*) clang-tidy -p build/lint --quiet --checks='-clang-analyzer-*' "$1" ;;
    */boardlens_core.dir/*) clang-tidy -p build/lint --quiet "$1" ;;
    *) clang-tidy -p build/lint --quiet --checks='-clang-analyzer-*' "$1" ;;
  esac
}
export -f tidy_unit
findings=$( (platform <<<"$units"
  grep -v -x -F -f <(platform <<<"$units") <<<"$units") |
  xargs -P "$(nproc)" -n 1 bash -c 'tidy_unit "$0"' 2>/dev/null | grep -E "warning:|error:" |
  sort -u || true)
if [ -n "$findings" ]; then
  echo "$findings"
  exit 1
fi
echo "lint: clean"
