#!/usr/bin/env bash
# Webhook load test: starts library-watcher on loopback against the local RabbitMQ and Redis (own
# vhost and database), runs WebhookSimulation (a WARMUP_SECONDS ramp, then RATE requests/s for
# SECONDS_OF_LOAD), prints p50/p99 of the measured
# acknowledgement latency and stops the service. Traffic stays on 127.0.0.1.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source-path=SCRIPTDIR/..
# shellcheck source=bin/lib/java.sh
source bin/lib/java.sh

rate=${RATE:-500}
seconds=${SECONDS_OF_LOAD:-30}
warmup=${WARMUP_SECONDS:-20}
port=${PORT:-18081}
work=$(mktemp -d)
pid=""
# shellcheck disable=SC2317  # invoked by the EXIT trap
cleanup() {
  if [[ -n "$pid" ]]; then
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  fi
  mkdir -p load-tests/target
  cp "$work/watcher.log" load-tests/target/ 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

jar=services/library-watcher/target/library-watcher.jar
[[ -f "$jar" ]] || ./mvnw -q -B -DskipTests -pl services/library-watcher -am install

episode="$work/library/tv/Load Test/Season 01/Load Test - S01E01.mkv"
mkdir -p "$(dirname "$episode")"
ffmpeg -loglevel error -y -f lavfi -i testsrc2=size=320x240:rate=25:duration=2 -c:v libx264 -preset ultrafast "$episode"

umask 077
head -c 32 /dev/urandom | base64 | tr -d '/+=\n' > "$work/api-token"
head -c 32 /dev/urandom | base64 | tr -d '/+=\n' > "$work/webhook-password"
curl -fsS -u guest:guest -X PUT -H 'content-type: application/json' -d '{}' \
  http://127.0.0.1:15672/api/vhosts/arrflow-load >/dev/null
curl -fsS -u guest:guest -X PUT -H 'content-type: application/json' \
  -d '{"configure":".*","write":".*","read":".*"}' http://127.0.0.1:15672/api/permissions/arrflow-load/guest >/dev/null

jq --arg p "/tv/Load Test/Season 01/Load Test - S01E01.mkv" '.episodeFile.path = $p' \
  load-tests/src/test/resources/webhooks/sonarr-download.json > "$work/download.json"

SERVER_PORT=$port \
ARRFLOW_API_TOKEN_FILE="$work/api-token" \
ARRFLOW_WEBHOOK_USERNAME=sonarr \
ARRFLOW_WEBHOOK_PASSWORD_FILE="$work/webhook-password" \
ARRFLOW_LIBRARY_ROOTS="$work/library/tv" \
ARRFLOW_PATH_MAPPINGS="/tv=$work/library/tv" \
ARRFLOW_LIBRARY_WATCH=false \
SPRING_RABBITMQ_VIRTUAL_HOST=arrflow-load \
SPRING_DATA_REDIS_DATABASE=8 \
  java -jar "$jar" >"$work/watcher.log" 2>&1 &
pid=$!
for _ in $(seq 1 60); do
  curl -fs "http://127.0.0.1:$port/actuator/health" >/dev/null 2>&1 && break
  sleep 1
done
curl -fs "http://127.0.0.1:$port/actuator/health" >/dev/null || { tail -50 "$work/watcher.log"; exit 1; }

./mvnw -q -B -f load-tests/pom.xml gatling:test \
  -Dgatling.simulationClass=io.arrflow.load.WebhookSimulation \
  -DbaseUrl="http://127.0.0.1:$port" -Duser=sonarr -Dpassword="$(cat "$work/webhook-password")" \
  -DdownloadBody="$work/download.json" \
  -DgrabBody="$PWD/load-tests/src/test/resources/webhooks/sonarr-grab.json" \
  -Drate="$rate" -Dseconds="$seconds" -DwarmupSeconds="$warmup" || status=$?

report=$(find load-tests/target/gatling -maxdepth 1 -type d -name 'webhooksimulation-*' -printf '%T@ %p\n' | sort -n | tail -1 | cut -d' ' -f2)
echo "webhook ack latency at $rate req/s after a ${warmup}s warm-up: $(load-tests/lib/figures.sh "$report"/group_webhook-ack-*.html)"
echo "report: $report/index.html"
exit "${status:-0}"
