#!/usr/bin/env bash
# /api/stats load test: starts health-prober on loopback against the local RabbitMQ, in a vhost of its own,
# and a redis-server of its own (both removed at the end, also on failure: load-tests/lib/service.sh), runs
# StatsSimulation (CLIENTS concurrent clients, 200 by default: a WARMUP_SECONDS warm-up, then
# SECONDS_OF_LOAD measured), prints p50/p99 of the measured part and stops the service. The shared Redis and
# the broker's default vhost are never touched. Traffic stays on 127.0.0.1. SERVICE_JAVA_OPTS passes JVM
# options to the service.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source-path=SCRIPTDIR/..
# shellcheck source=bin/lib/java.sh
source bin/lib/java.sh
# shellcheck source=bin/lib/health.sh
source bin/lib/health.sh
# shellcheck source=load-tests/lib/service.sh
source load-tests/lib/service.sh

clients=${CLIENTS:-200}
seconds=${SECONDS_OF_LOAD:-30}
warmup=${WARMUP_SECONDS:-30}
pause_ms=${PAUSE_MS:-100}
port=${PORT:-18003}

token_file=$(secret_file api-token)
ARRFLOW_API_TOKEN_FILE="$token_file" start_service health-prober "$port"

./mvnw -q -B -f load-tests/pom.xml gatling:test \
  -Dgatling.simulationClass=io.arrflow.load.StatsSimulation \
  -DbaseUrl="http://127.0.0.1:$port" -Dtoken="$(cat "$token_file")" \
  -Dclients="$clients" -Dseconds="$seconds" -DwarmupSeconds="$warmup" -DpauseMs="$pause_ms" || status=$?

report=$(latest_report statssimulation)
echo "/api/stats with $clients clients after a ${warmup}s warm-up: $(load-tests/lib/figures.sh "$report"/group_stats-*.html)"
echo "report: $report/index.html"
exit "${status:-0}"
