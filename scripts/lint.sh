#!/usr/bin/env bash
# Checks formatting (.clang-format) and runs clang-tidy (.clang-tidy) over our sources.
# clang cannot read GCC's precompiled headers, so it uses a build tree configured without them.
set -euo pipefail
cd "$(dirname "$0")/.."
cmake -S . -B build/lint -G Ninja -DCMAKE_DISABLE_PRECOMPILE_HEADERS=ON -DBOARDLENS_BENCH=ON >/dev/null
sources=$(git ls-files 'src/*.cpp' 'src/*.hpp' 'tests/*.cpp' 'tests/*.hpp' 'bench/*.cpp' 'bench/*.hpp')
clang-format --dry-run --Werror $sources
status=0
# clang 14 cannot compile Boost 1.74's coroutines against libstdc++ 12, so the one file that
# uses them (http/server.cpp) is left to g++'s warnings and the sanitizers.
for f in $(git ls-files 'src/*.cpp' 'bench/*.cpp' | grep -v 'src/boardlens/http/server.cpp'); do
  clang-tidy -p build/lint --quiet "$f" 2>/dev/null | grep -E "warning:|error:" && status=1
done
exit $status
