#!/usr/bin/env bash
# /api/stats load test: starts health-prober on loopback against the local RabbitMQ and Redis (own
# vhost and database), runs StatsSimulation (200 concurrent clients by default, a WARMUP_SECONDS warm-up, then
# SECONDS_OF_LOAD measured), prints p50/p99 and stops the service. Traffic stays on 127.0.0.1.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source-path=SCRIPTDIR/..
# shellcheck source=bin/lib/java.sh
source bin/lib/java.sh

clients=${CLIENTS:-200}
seconds=${SECONDS_OF_LOAD:-30}
warmup=${WARMUP_SECONDS:-15}
pause_ms=${PAUSE_MS:-100}
port=${PORT:-18003}
work=$(mktemp -d)
pid=""
# shellcheck disable=SC2317  # invoked by the EXIT trap
cleanup() {
  if [[ -n "$pid" ]]; then
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  fi
  mkdir -p load-tests/target
  cp "$work/prober.log" load-tests/target/ 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

jar=services/health-prober/target/health-prober.jar
[[ -f "$jar" ]] || ./mvnw -q -B -DskipTests -pl services/health-prober -am install

umask 077
head -c 32 /dev/urandom | base64 | tr -d '/+=\n' > "$work/api-token"
curl -fsS -u guest:guest -X PUT -H 'content-type: application/json' -d '{}' \
  http://127.0.0.1:15672/api/vhosts/arrflow-load >/dev/null
curl -fsS -u guest:guest -X PUT -H 'content-type: application/json' \
  -d '{"configure":".*","write":".*","read":".*"}' http://127.0.0.1:15672/api/permissions/arrflow-load/guest >/dev/null

SERVER_PORT=$port \
ARRFLOW_API_TOKEN_FILE="$work/api-token" \
SPRING_RABBITMQ_VIRTUAL_HOST=arrflow-load \
SPRING_DATA_REDIS_DATABASE=8 \
  java -jar "$jar" >"$work/prober.log" 2>&1 &
pid=$!
for _ in $(seq 1 60); do
  curl -fs "http://127.0.0.1:$port/actuator/health" >/dev/null 2>&1 && break
  sleep 1
done
curl -fs "http://127.0.0.1:$port/actuator/health" >/dev/null || { tail -50 "$work/prober.log"; exit 1; }
# warm the JIT and the stats snapshot before measuring
./mvnw -q -B -f load-tests/pom.xml gatling:test \
  -Dgatling.simulationClass=io.arrflow.load.StatsSimulation \
  -DbaseUrl="http://127.0.0.1:$port" -Dtoken="$(cat "$work/api-token")" \
  -Dclients="$clients" -Dseconds="$seconds" -DwarmupSeconds="$warmup" -DpauseMs="$pause_ms" || status=$?

report=$(find load-tests/target/gatling -maxdepth 1 -type d -name 'statssimulation-*' -printf '%T@ %p\n' | sort -n | tail -1 | cut -d' ' -f2)
echo "/api/stats with $clients clients after a ${warmup}s warm-up: $(load-tests/lib/figures.sh "$report"/group_stats-*.html)"
echo "report: $report/index.html"
exit "${status:-0}"
