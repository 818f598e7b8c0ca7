#!/usr/bin/env bash
# The results endpoint under wrk beside nginx serving the same JSON bytes as a static file,
# in the same run, and boardlens's resident memory idle and after the load.
#   bash bench/http_vs_nginx.sh [SECONDS]      (needs a release build: cmake --build --preset release)
# Loopback only; each wrk run stops by itself after SECONDS (default 10).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-10}
bin=./build/release/boardlens
work=$(mktemp -d /tmp/boardlens-bench.XXXXXX)
chmod 755 "$work"  # nginx workers run as an unprivileged user
trap 'kill $server_pid $nginx_pid 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$work"' EXIT
db="sqlite://$work/bench.db"

$bin --database "$db" demo >/dev/null
token=$($bin --database "$db" token create --email board.secretary@northfield-valley.nhs.example --name bench)
$bin --database "$db" serve --listen 127.0.0.1:18080 --no-access-log >"$work/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 50); do curl -sf localhost:18080/healthz >/dev/null && break; sleep 0.1; done
sleep 1
idle_kb=$(awk '/VmRSS/ {print $2}' /proc/$server_pid/status)

path=/api/v1/orgs/RZZ/rounds/2/results
mkdir -p "$work/www$(dirname $path)"
curl -sf -H "Authorization: Bearer $token" "localhost:18080$path" >"$work/www$path"
cat >"$work/nginx.conf" <<CONF
worker_processes 2;
error_log $work/nginx-error.log;
pid $work/nginx.pid;
events { worker_connections 1024; }
http {
  access_log off;
  default_type application/json;
  server { listen 127.0.0.1:18081; root $work/www; }
}
CONF
nginx -c "$work/nginx.conf" -g 'daemon off;' &
nginx_pid=$!
sleep 0.5
cmp <(curl -sf "localhost:18081$path") "$work/www$path"

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
echo "body: $(wc -c <"$work/www$path") bytes of JSON"
boardlens_rps=$(wrk -t2 -c64 -d"${seconds}s" -H "Authorization: Bearer $token" "http://127.0.0.1:18080$path" | tee "$work/wrk-boardlens.txt" | awk '/Requests\/sec/ {print $2}')
nginx_rps=$(wrk -t2 -c64 -d"${seconds}s" "http://127.0.0.1:18081$path" | tee "$work/wrk-nginx.txt" | awk '/Requests\/sec/ {print $2}')
loaded_kb=$(awk '/VmRSS/ {print $2}' /proc/$server_pid/status)
grep -E "Latency|Non-2xx" "$work/wrk-boardlens.txt" | sed 's/^/boardlens /'
grep -E "Latency|Non-2xx" "$work/wrk-nginx.txt" | sed 's/^/nginx     /'
echo "boardlens results endpoint: $boardlens_rps requests/s"
echo "nginx static file:          $nginx_rps requests/s"
awk -v a="$boardlens_rps" -v b="$nginx_rps" 'BEGIN {printf "ratio: %.2f of nginx\n", a / b}'
echo "boardlens resident memory: idle ${idle_kb} kB, after load ${loaded_kb} kB"
