#!/usr/bin/env bash
# The JVM's class cache, through bin/run as a user starts it (all-in-one: one JVM to train), after a build:
#   1. the first start does not wait for the cache: every service is up, then the training runs in the
#      background; stopping bin/run then also ends the training JVM, and leaves no cache that looks finished;
#   2. the next start trains again, in the background, until the cache is made;
#   3. the start after that runs from the cache, without an error from the JVM about it.
# Prints the seconds from bin/run to "all services up" without and with the cache. Runs on a vhost and a
# Redis of its own (ops/tests/lib/isolated.sh), both removed at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source-path=SCRIPTDIR/..
# shellcheck source=bin/lib/java.sh
source bin/lib/java.sh
# shellcheck source=ops/tests/lib/isolated.sh
source ops/tests/lib/isolated.sh

work=$(mktemp -d)
home="$work/home"
run_pid=""
cleanup() {
  [[ -z "$run_pid" ]] || stop_run
  isolated_teardown
  rm -rf "$work"
}
trap cleanup EXIT
say() { printf '[class-cache] %s\n' "$*"; }
fail() {
  say "FAIL: $*"
  [[ ! -f "$work/run.log" ]] || sed 's/^/  | /' "$work/run.log"
  exit 1
}

# usage: await SECONDS WHAT COMMAND... -> 0 once COMMAND succeeds, else FAIL naming WHAT
await() {
  local seconds=$1 what=$2 until
  shift 2
  until=$((SECONDS + seconds))
  while ! "$@"; do
    ((SECONDS < until)) || fail "$what (after $seconds s)"
    sleep 0.2
  done
}

# usage: start_run -> bin/run started in the background; its log in $work/run.log
start_run() {
  started=$(date +%s.%N)
  ARRFLOW_HOME="$home" ARRFLOW_PORT_OFFSET=$offset ARRFLOW_ALL_IN_ONE=true \
  SPRING_RABBITMQ_HOST=127.0.0.1 SPRING_RABBITMQ_VIRTUAL_HOST="$ISOLATED_VHOST" \
  SPRING_DATA_REDIS_HOST=127.0.0.1 SPRING_DATA_REDIS_PORT="$ISOLATED_REDIS_PORT" \
    bin/run >"$work/run.log" 2>&1 &
  run_pid=$!
  await 240 "the services did not all come up" grep -q "all services up" "$work/run.log"
  up_after=$(awk -v now="$(date +%s.%N)" -v s="$started" 'BEGIN { printf "%.1f", now - s }')
}

stop_run() {
  kill "$run_pid" 2>/dev/null || true
  wait "$run_pid" 2>/dev/null || true
  run_pid=""
}

training() { pgrep -f -- "AOTCacheOutput=app.aot .*-jar $home/app/" >/dev/null; }
not_training() { ! training; }
cache_made() { grep -q "class caches made" "$home/logs/class-caches.log" 2>/dev/null; }
from_cache() { pgrep -f -- "-XX:AOTCache=$home/app/all-in-one/app.aot" >/dev/null; }

isolated_vhost_create class-cache
isolated_redis_start
offset=$(($(isolated_free_port) - 8000))

# 1. The first start: up from the jar, then the training in the background; stopped half-way.
start_run
first=$up_after
from_cache && fail "the first start ran from a class cache there cannot be yet"
await 30 "no training started after the services were up" training
say "first start: all services up after $first s, from the jar; then the class cache's training in the background"
stop_run
await 15 "the training JVM outlived bin/run" not_training
[[ ! -f "$home/app/all-in-one/cache-stamp" ]] || fail "a training stopped half-way left a cache that looks finished"
say "stopping bin/run during the training ended the training JVM too; no half-made cache is taken as made"

# 2. The next start trains again, until the cache is made.
start_run
from_cache && fail "a start ran from a half-made class cache"
await 300 "the class cache was not made" cache_made
say "second start: $(grep 'class caches made' "$home/logs/class-caches.log")"
stop_run

# 3. From the cache.
start_run
from_cache || fail "the start after the training did not run from the class cache"
if grep -q '\[error *\]\[aot' "$home/logs/all-in-one.log"; then
  fail "the JVM could not use its class cache: $(grep -m1 '\[error *\]\[aot' "$home/logs/all-in-one.log")"
fi
grep -q "making the class caches" "$work/run.log" && fail "a start with its cache made trained again"
say "third start: all services up after $up_after s, from the class cache (first start, from the jar: $first s)"
stop_run
say "passed"
