#!/usr/bin/env bash
# Starts or stops a throwaway PostgreSQL 15 for the tests, on 127.0.0.1 only. initdb refuses
# to run as root, so as root it runs as `postgres`, with its data, socket and log in a folder
# of its own under /tmp (the build folder may sit where `postgres` cannot reach, such as a
# mktemp -d clone); DIR/home says where.
#   postgres.sh start DIR PORT
#   postgres.sh stop DIR
set -euo pipefail
bin=/usr/lib/postgresql/15/bin
action=$1
dir=$2
as=()
if [ "$(id -u)" -eq 0 ]; then as=(runuser -u postgres --); fi
cd /  # runuser keeps the working directory, which `postgres` may not be allowed to enter

home_of() { cat "$dir/home" 2>/dev/null || echo "$dir"; }

case "$action" in
  start)
    port=$3
    if [ -f "$(home_of)/data/postmaster.pid" ]; then
      "${as[@]}" "$bin/pg_ctl" -D "$(home_of)/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    [ "$(home_of)" = "$dir" ] || rm -rf "$(home_of)"
    rm -rf "$dir"
    mkdir -p "$dir"
    home=$dir
    if [ ${#as[@]} -ne 0 ]; then
      home=$(mktemp -d /tmp/boardlens-postgres.XXXXXX)
      chown postgres "$home"
      echo "$home" >"$dir/home"
    fi
    "${as[@]}" "$bin/initdb" -D "$home/data" -U postgres --auth=trust -E UTF8 --no-sync >"$dir/initdb.log"
    "${as[@]}" "$bin/pg_ctl" -D "$home/data" -l "$home/server.log" -w -t 60 start \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $home -c fsync=off -c synchronous_commit=off -c max_connections=200"
    ;;
  stop)
    home=$(home_of)
    "${as[@]}" "$bin/pg_ctl" -D "$home/data" -m fast -w stop
    [ "$home" = "$dir" ] || rm -rf "$home"
    ;;
  *)
    echo "usage: postgres.sh start DIR PORT | stop DIR" >&2
    exit 2
    ;;
esac
