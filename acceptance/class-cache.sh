#!/usr/bin/env bash
# The JVM's class cache, through bin/run as a user starts it (all-in-one: one JVM to train), after a build:
#   1. the first start does not wait for the cache: every service is up, then the training runs in the
#      background; stopping bin/run then also ends the training JVM, and leaves no cache that looks finished;
#   2. the next start trains again, in the background, until the cache is made;
#   3. the start after that runs from the cache, without an error from the JVM about it.
# Prints the seconds from bin/run to "all services up" without and with the cache. Runs on a vhost and a
# Redis of its own, with the Sonarr stand-in, as the other acceptance runs (acceptance/lib/stack.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source-path=SCRIPTDIR/..
# shellcheck source=bin/lib/java.sh
source bin/lib/java.sh
# shellcheck source=ops/tests/lib/isolated.sh
source ops/tests/lib/isolated.sh
# shellcheck source=acceptance/lib/stack.sh
source acceptance/lib/stack.sh

stack_init class-cache
home="$work/home"

# usage: start_run -> bin/run started (acceptance/lib/stack.sh) with its class caches, all services up;
# up_after: the seconds it took
start_run() {
  local started
  started=$(date +%s.%N)
  ARRFLOW_AOT=true ARRFLOW_ALL_IN_ONE=true stack_start "$ISOLATED_REDIS_PORT"
  up_after=$(awk -v now="$(date +%s.%N)" -v s="$started" 'BEGIN { printf "%.1f", now - s }')
}

stop_run() {
  isolated_stop_pid "$run_pid"
  run_pid=""
}

training() { pgrep -f -- "AOTCacheOutput=app.aot .*-jar $home/app/" >/dev/null; }
not_training() { ! training; }
cache_made() { grep -q "class caches made" "$home/logs/class-caches.log" 2>/dev/null; }
from_cache() { pgrep -f -- "-XX:AOTCache=$home/app/all-in-one/app.aot" >/dev/null; }

isolated_vhost_create class-cache
isolated_redis_start
stack_start_stub

# 1. The first start: up from the jar, then the training in the background; stopped half-way.
start_run
first=$up_after
! from_cache || fail "the first start ran from a class cache there cannot be yet"
await 30 "no training started after the services were up" training || exit 1
say "first start: all services up after $first s, from the jar; then the class cache's training in the background"
stop_run
await 15 "the training JVM outlived bin/run" not_training
[[ ! -f "$home/app/all-in-one/cache-stamp" ]] || fail "a training stopped half-way left a cache that looks finished"
say "stopping bin/run during the training ended the training JVM too; no half-made cache is taken as made"

# 2. The next start trains again, until the cache is made.
start_run
! from_cache || fail "a start ran from a half-made class cache"
await 300 "the class cache was not made" cache_made || exit 1
say "second start: $(grep 'class caches made' "$home/logs/class-caches.log")"
stop_run

# 3. From the cache.
start_run
from_cache || fail "the start after the training did not run from the class cache"
if grep -q '\[error *\]\[aot' "$home/logs/all-in-one.log"; then
  fail "the JVM could not use its class cache: $(grep -m1 '\[error *\]\[aot' "$home/logs/all-in-one.log")"
fi
! grep -q "making the class caches" "$work/run.log" || fail "a start with its cache made trained again"
say "third start: all services up after $up_after s, from the class cache (first start, from the jar: $first s)"
stop_run
(( failed == 0 )) || { say "FAILED"; exit 1; }
say "passed"
