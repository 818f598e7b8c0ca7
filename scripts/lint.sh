#!/usr/bin/env bash
# Checks formatting (.clang-format) and runs clang-tidy (.clang-tidy) over our sources.
# clang cannot read GCC's precompiled headers, so it uses a build tree configured without them.
set -euo pipefail
cd "$(dirname "$0")/.."
cmake -S . -B build/lint -G Ninja -DCMAKE_DISABLE_PRECOMPILE_HEADERS=ON -DBOARDLENS_BENCH=ON >/dev/null
sources=$(git ls-files 'src/*.cpp' 'src/*.hpp' 'tests/*.cpp' 'tests/*.hpp' 'bench/*.cpp' 'bench/*.hpp')
clang-format --dry-run --Werror $sources
status=0
for f in $(git ls-files 'src/*.cpp' 'bench/*.cpp'); do
  clang-tidy -p build/lint --quiet "$f" 2>/dev/null | grep -E "warning:|error:" && status=1
done
exit $status
