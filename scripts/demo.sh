#!/usr/bin/env bash
# Installs what boardlens needs, builds it (release) and serves a fresh demo database at
# http://127.0.0.1:8080, printing how to sign in. Ctrl-C stops it.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh
cmake --preset release >/dev/null
# Only the server: the benchmarks the release preset also builds are not needed to serve.
cmake --build --preset release --target boardlens

db=boardlens-demo.db
rm -f "$db" "$db-wal" "$db-shm"
./build/release/boardlens --database "sqlite://$db" demo
echo "Open http://127.0.0.1:8080/ in a browser and sign in with one of the accounts above."
echo "(The JSON API is under /api/v1; its description is /api/v1/openapi.json.) Ctrl-C stops."
exec ./build/release/boardlens --database "sqlite://$db" serve --listen 127.0.0.1:8080
