#!/usr/bin/env bash
# The two pages a board opens most, under wrk: an organisation's home page and a closed round's
# results, each rendered afresh for a signed-in browser session.
#   bash bench/pages.sh [SECONDS] [BINARY]   (default 10 s and ./build/release/boardlens)
# Loopback only; each wrk run stops by itself after SECONDS.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-10}
bin=${2:-./build/release/boardlens}
work=$(mktemp -d /tmp/boardlens-pages.XXXXXX)
trap 'kill $server_pid 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$work"' EXIT
db="sqlite://$work/bench.db"

password=$($bin --database "$db" demo | awk '/password/ {print $NF}')
$bin --database "$db" serve --listen 127.0.0.1:18082 --no-access-log >"$work/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 50); do curl -sf localhost:18082/healthz >/dev/null && break; sleep 0.1; done
# A browser session, as the sign-in page would make it.
token=$(curl -sf -X POST localhost:18082/api/v1/session -H 'Content-Type: application/json' \
  -d "{\"email\":\"board.secretary@northfield-valley.nhs.example\",\"password\":\"$password\"}" |
  python3 -c 'import json, sys; print(json.load(sys.stdin)["token"])')
cookie="Cookie: boardlens_session=$token"

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
for path in /orgs/RZZ /orgs/RZZ/rounds/2/results; do
  status=$(curl -s -o "$work/page.html" -w '%{http_code}' -H "$cookie" "localhost:18082$path")
  [ "$status" = 200 ] || { echo "$path answered $status" >&2; exit 1; }
  wrk -t2 -c16 -d"${seconds}s" -H "$cookie" "http://127.0.0.1:18082$path" >"$work/wrk.txt"
  printf '%-28s %6s bytes  %10s requests/s  latency %s\n' "$path" "$(wc -c <"$work/page.html")" \
    "$(awk '/Requests\/sec/ {print $2}' "$work/wrk.txt")" \
    "$(awk '/Latency/ {print $2 " avg, " $4 " max"}' "$work/wrk.txt")"
  grep -q "Non-2xx" "$work/wrk.txt" && { echo "$path: some requests failed" >&2; exit 1; }
done
