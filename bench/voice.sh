#!/usr/bin/env bash
# The public user-voice form under wrk: acknowledged, durable submissions a second with SQLite.
# Every 303 wrk sees is a report on disk (the group commit's connection runs synchronous=FULL,
# and the thank-you is sent only after its batch commits); the script checks that the database
# holds at least as many reports as wrk counted answers.
#   bash bench/voice.sh [SECONDS] [CONNECTIONS] [BINARY]
#   (default 10 s, 64 connections, ./build/release/boardlens)
# The rate limits are raised for this run only, through the environment; loopback only.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-10}
connections=${2:-64}
bin=${3:-./build/release/boardlens}
work=$(mktemp -d /tmp/boardlens-voice.XXXXXX)
trap 'kill $server_pid 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$work"' EXIT
db="sqlite://$work/bench.db"

$bin --database "$db" migrate >/dev/null
$bin --database "$db" org add --ods RBV --name "Bench Trust" --kind trust >/dev/null
path=$($bin --database "$db" voice link --org RBV | sed 's|^https\?://[^/]*||')
BOARDLENS_VOICE_ADDRESS_BURST=1e9 BOARDLENS_VOICE_ADDRESS_PER_HOUR=1e9 \
  BOARDLENS_VOICE_LINK_BURST=1e9 BOARDLENS_VOICE_LINK_PER_HOUR=1e9 \
  $bin --database "$db" serve --listen 127.0.0.1:18083 --no-access-log >"$work/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 50); do curl -sf localhost:18083/healthz >/dev/null && break; sleep 0.1; done

# The form's check is a cookie matched by a hidden field, so any matching pair will do here.
cat >"$work/post.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.headers["Cookie"] = "boardlens_voice=bench"
wrk.body = "csrf=bench&service=other&reporter=staff&barriers=slow&barriers=log_in"
  .. "&what_happened=The+rota+page+took+a+minute+to+load&how_often=often&impact=some"
  .. "&fft=poor&contact=&website="
LUA
status=$(curl -s -o /dev/null -w '%{http_code}' -X POST -H 'Cookie: boardlens_voice=bench' \
  -H 'Content-Type: application/x-www-form-urlencoded' \
  --data 'csrf=bench&service=other&reporter=staff&barriers=slow&how_often=often&impact=some&fft=poor' \
  "localhost:18083$path")
[ "$status" = 303 ] || { echo "the form answered $status, not 303" >&2; exit 1; }

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
wrk -t2 -c"$connections" -d"${seconds}s" -s "$work/post.lua" "http://127.0.0.1:18083$path" \
  >"$work/wrk.txt"
cat "$work/wrk.txt"
if grep -q "Non-2xx" "$work/wrk.txt"; then echo "some submissions failed" >&2; exit 1; fi
answered=$(awk '/requests in/ {print $1}' "$work/wrk.txt")
stored=$(($($bin --database "$db" voice reports --org RBV | wc -l) - 2))  # heading, curl's
echo "acknowledged: $answered  stored: $stored"
[ "$stored" -ge "$answered" ] || { echo "fewer stored than acknowledged" >&2; exit 1; }
awk -v n="$answered" -v s="$seconds" 'BEGIN {printf "acknowledged durable submissions/s: %.0f\n", n / s}'
