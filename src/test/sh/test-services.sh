#!/usr/bin/env bash
# What the integration tests need beside Java and Maven, brought up by `mvn verify`:
#   test-services.sh up <state-dir> <port>   check Chromium and PostgreSQL (install them with apt
#                                             when run as root), start a throwaway PostgreSQL
#                                             cluster on 127.0.0.1:<port> with databases for the tests
#   test-services.sh restart <state-dir>      restart it (tests of surviving a database restart)
#   test-services.sh down <state-dir>         stop that cluster and delete it
# Not root and something missing: one message naming what to install, exit 1.
set -euo pipefail

command="${1:?usage: test-services.sh up|down <state-dir> [port]}"
state="${2:?state directory}"

postgres_bin() {
  ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1
}

missing_packages() {
  local missing=()
  command -v chromium >/dev/null || missing+=(chromium)
  command -v chromedriver >/dev/null || missing+=(chromium-driver)
  [ -n "$(postgres_bin)" ] && [ -x "$(postgres_bin)/initdb" ] || missing+=(postgresql)
  echo "${missing[@]}"
}

ensure_packages() {
  local missing
  missing=$(missing_packages)
  [ -z "$missing" ] && return 0
  if [ "$(id -u)" -ne 0 ]; then
    echo "The integration tests need: $missing. Install them (sudo apt-get install -y $missing) and run again." >&2
    exit 1
  fi
  echo "Installing $missing for the integration tests"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  # shellcheck disable=SC2086
  apt-get install -y -qq $missing >/dev/null
}

# Runs a PostgreSQL tool as the owner of the cluster: PostgreSQL refuses to run as root.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    su postgres -s /bin/bash -c "$(printf '%q ' "$@")"
  else
    "$@"
  fi
}

up() {
  local port="${3:?port}"
  ensure_packages
  local bin data
  bin=$(postgres_bin)
  mkdir -p "$state"
  down_quietly
  # As root the cluster lives under /tmp, where the postgres user may enter (the clone may not).
  if [ "$(id -u)" -eq 0 ]; then
    data=$(mktemp -d /tmp/smm-test-pg.XXXXXX)
    chown postgres: "$data"
  else
    data="$state/cluster"
    mkdir -p "$data"
  fi
  echo "$data" > "$state/data-dir"
  as_owner "$bin/initdb" -D "$data/db" -U smm --auth=trust -E UTF8 --locale=C.UTF-8 >"$state/initdb.log" 2>&1 \
    || { cat "$state/initdb.log" >&2; exit 1; }
  # -l: without a log file pg_ctl keeps the caller's output open and Maven would wait forever.
  as_owner "$bin/pg_ctl" -D "$data/db" -l "$data/server.log" -w -t 60 \
    -o "-p $port -k $data -c listen_addresses=127.0.0.1 -c max_connections=200 -c fsync=off" start >/dev/null
  as_owner "$bin/createdb" -h 127.0.0.1 -p "$port" -U smm smm_it
  echo "PostgreSQL for the tests on 127.0.0.1:$port ($data)"
}

down_quietly() {
  [ -f "$state/data-dir" ] || return 0
  local data
  data=$(cat "$state/data-dir")
  if [ -d "$data/db" ]; then
    as_owner "$(postgres_bin)/pg_ctl" -D "$data/db" -m immediate stop >/dev/null 2>&1 || true
  fi
  rm -rf "$data" "$state/data-dir"
}

restart() {
  local data
  data=$(cat "$state/data-dir")
  as_owner "$(postgres_bin)/pg_ctl" -D "$data/db" -l "$data/server.log" -w -t 60 -m fast restart >/dev/null
}

case "$command" in
  up) up "$@" ;;
  restart) restart ;;
  down) down_quietly ;;
  *) echo "usage: test-services.sh up|restart|down <state-dir> [port]" >&2; exit 2 ;;
esac
