#!/usr/bin/env bash
# Throwaway PostgreSQL and Redis on loopback for the multi-instance tests and the load bench.
#
#   eval "$(scripts/test-services.sh start)"   # starts both (or finds them running), prints the exports
#   scripts/test-services.sh env               # prints the exports of running services
#   scripts/test-services.sh stop              # stops both and removes their data
#
# Only the `export TEST_DATABASE_URL=... TEST_REDIS_URL=...` line goes to stdout, so that
# `eval` sees nothing else; progress and errors go to stderr. Running `start` twice is fine.
# As root (CI) PostgreSQL runs as the `postgres` user, which initdb requires. Nothing is
# written outside SOC_SERVICES_DIR (default /tmp/soc-test-services): both keep their data
# there, PostgreSQL its socket too, and Redis keeps nothing (no RDB, no AOF).
set -euo pipefail

DIR="${SOC_SERVICES_DIR:-/tmp/soc-test-services}"
PG_PORT="${TEST_PG_PORT:-54329}"
REDIS_PORT="${TEST_REDIS_PORT:-63799}"
PG_DATA="$DIR/pg"
PG_USER=soc
PG_DB=soc_test

say() { printf '%s\n' "$*" >&2; }
die() { say "test-services: $*"; exit 1; }

pg_bin() {
  local found
  found=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  [ -n "$found" ] && [ -x "$found/initdb" ] || die "PostgreSQL is not installed (apt-get install -y postgresql)"
  printf '%s' "$found"
}

# Runs a PostgreSQL command as the owner of the data: `postgres` when we are root.
as_pg() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

exports() {
  printf 'export TEST_DATABASE_URL=postgres://%s@127.0.0.1:%s/%s TEST_REDIS_URL=redis://127.0.0.1:%s\n' "$PG_USER" "$PG_PORT" "$PG_DB" "$REDIS_PORT"
}

pg_running() { [ -f "$PG_DATA/PG_VERSION" ] && as_pg "$(pg_bin)/pg_ctl" -D "$PG_DATA" status >/dev/null 2>&1; }
redis_running() { redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping 2>/dev/null | grep -q PONG; }
port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

start_pg() {
  local bin
  bin=$(pg_bin)
  if pg_running; then say "PostgreSQL already running on 127.0.0.1:$PG_PORT"; return; fi
  port_busy "$PG_PORT" && die "port $PG_PORT is taken by something else (set TEST_PG_PORT)"
  mkdir -p "$DIR"
  chmod 755 "$DIR"
  if [ ! -f "$PG_DATA/PG_VERSION" ]; then
    rm -rf "$PG_DATA"
    mkdir -p "$PG_DATA"
    [ "$(id -u)" = 0 ] && chown postgres: "$PG_DATA"
    say "initdb $PG_DATA"
    # trust on loopback: a throwaway cluster for tests, reachable from this machine only.
    as_pg "$bin/initdb" -D "$PG_DATA" -U "$PG_USER" --auth=trust --encoding=UTF8 --no-locale >/dev/null 2>"$DIR/initdb.log" || { cat "$DIR/initdb.log" >&2; die "initdb failed"; }
  fi
  say "starting PostgreSQL on 127.0.0.1:$PG_PORT"
  as_pg "$bin/pg_ctl" -D "$PG_DATA" -l "$PG_DATA/server.log" -w -t 60 \
    -o "-p $PG_PORT -h 127.0.0.1 -k $PG_DATA -c max_connections=200 -c shared_buffers=64MB" start >/dev/null ||
    { tail -n 20 "$PG_DATA/server.log" >&2 || true; die "PostgreSQL did not start"; }
  if ! as_pg "$bin/psql" -h 127.0.0.1 -p "$PG_PORT" -U "$PG_USER" -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$PG_DB'" | grep -q 1; then
    as_pg "$bin/createdb" -h 127.0.0.1 -p "$PG_PORT" -U "$PG_USER" "$PG_DB"
  fi
}

start_redis() {
  command -v redis-server >/dev/null || die "Redis is not installed (apt-get install -y redis-server)"
  if redis_running; then say "Redis already running on 127.0.0.1:$REDIS_PORT"; return; fi
  port_busy "$REDIS_PORT" && die "port $REDIS_PORT is taken by something else (set TEST_REDIS_PORT)"
  mkdir -p "$DIR/redis"
  say "starting Redis on 127.0.0.1:$REDIS_PORT"
  redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --save '' --appendonly no --daemonize yes \
    --dir "$DIR/redis" --pidfile "$DIR/redis/redis.pid" --logfile "$DIR/redis/redis.log" >&2
  for _ in $(seq 1 100); do
    redis_running && return
    sleep 0.1
  done
  tail -n 20 "$DIR/redis/redis.log" >&2 || true
  die "Redis did not start"
}

stop_all() {
  if [ -f "$PG_DATA/PG_VERSION" ]; then
    if pg_running; then
      say "stopping PostgreSQL"
      as_pg "$(pg_bin)/pg_ctl" -D "$PG_DATA" -m fast -w stop >/dev/null || true
    fi
  fi
  if redis_running; then
    say "stopping Redis"
    redis-cli -h 127.0.0.1 -p "$REDIS_PORT" shutdown nosave >/dev/null 2>&1 || true
    for _ in $(seq 1 50); do redis_running || break; sleep 0.1; done
  fi
  rm -rf "$DIR"
}

case "${1:-}" in
  start)
    start_pg
    start_redis
    exports
    ;;
  env)
    pg_running || die "PostgreSQL is not running (scripts/test-services.sh start)"
    redis_running || die "Redis is not running (scripts/test-services.sh start)"
    exports
    ;;
  stop)
    stop_all
    ;;
  *)
    say "usage: $0 start|env|stop"
    exit 2
    ;;
esac
