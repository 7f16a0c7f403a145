#!/usr/bin/env bash
# JVM options a user got wrong, through bin/run as a user starts it: the message names ARRFLOW_JAVA_OPTS and
# what to change, and no stack trace reaches the terminal.
#   1. options no JVM starts with (-Xms above -Xmx): bin/run stops before building or starting anything, exit 2;
#   2. a heap too small for arrflow (-Xmx24m): the all-in-one JVM runs out of memory while starting; bin/run
#      says so and ends, without waiting out the health timeout.
# Runs on a vhost and a Redis of its own (ops/tests/lib/isolated.sh), both removed at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source-path=SCRIPTDIR/..
# shellcheck source=bin/lib/java.sh
source bin/lib/java.sh
# shellcheck source=ops/tests/lib/isolated.sh
source ops/tests/lib/isolated.sh

work=$(mktemp -d)
failed=0
trap 'isolated_teardown; rm -rf "$work"' EXIT
say() { printf '[jvm-options] %s\n' "$*"; }
fail() { say "FAIL: $*"; failed=1; }

# usage: expect_clear OUTPUT WHAT PATTERN... -> a FAIL line unless OUTPUT has every PATTERN and no stack trace
expect_clear() {
  local output=$1 what=$2 pattern
  shift 2
  for pattern in "$@"; do
    grep -q -- "$pattern" "$output" || fail "$what: bin/run said nothing matching '$pattern'"
  done
  if grep -qE '^\s+at [a-z]|Exception in thread' "$output"; then fail "$what: a stack trace reached the terminal"; fi
  say "$what: $(grep -m1 'ARRFLOW_JAVA_OPTS' "$output")"
}

# 1. Options the JVM refuses.
status=0
ARRFLOW_HOME="$work/refused" ARRFLOW_JAVA_OPTS="-Xms256m -Xmx128m" bin/run >"$work/refused.log" 2>&1 || status=$?
(( status == 2 )) || fail "-Xms above -Xmx: bin/run ended with $status, not 2"
[[ ! -e "$work/refused/secrets" ]] || fail "-Xms above -Xmx: bin/run went on to generate credentials"
expect_clear "$work/refused.log" "-Xms above -Xmx" "ARRFLOW_JAVA_OPTS" "Initial heap size set to a larger value"

# 2. A heap too small: the JVM starts, arrflow does not.
isolated_vhost_create jvm-options
isolated_redis_start
offset=$(( $(isolated_free_port) - 8000 ))
status=0
started=$SECONDS
ARRFLOW_HOME="$work/small" ARRFLOW_PORT_OFFSET=$offset ARRFLOW_ALL_IN_ONE=true \
ARRFLOW_JAVA_OPTS="-XX:+ExitOnOutOfMemoryError -Xmx24m" \
SPRING_RABBITMQ_HOST=127.0.0.1 SPRING_RABBITMQ_VIRTUAL_HOST="$ISOLATED_VHOST" \
SPRING_DATA_REDIS_HOST=127.0.0.1 SPRING_DATA_REDIS_PORT="$ISOLATED_REDIS_PORT" \
  timeout 300 bin/run >"$work/small.log" 2>&1 || status=$?
(( status != 0 && status != 124 )) || fail "-Xmx24m: bin/run ended with $status (124: it did not end)"
(( SECONDS - started < 90 )) || fail "-Xmx24m: bin/run took $((SECONDS - started)) s to give up, the health timeout"
expect_clear "$work/small.log" "-Xmx24m" "ran out of memory (OutOfMemoryError: Java heap space)" "ARRFLOW_JAVA_OPTS"

if (( failed )); then
  sed 's/^/  | /' "$work/refused.log" "$work/small.log"
  say "FAILED"
  exit 1
fi
say "passed"
