#!/usr/bin/env bash
# Installs what boardlens needs, builds it with AddressSanitizer and UBSan, and runs every
# test: unit, storage (SQLite and a PostgreSQL 15 the tests start on loopback), and black-box
# API tests against the real binary.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh
cmake --preset debug >/dev/null
cmake --build --preset debug
ctest --preset debug "$@"
