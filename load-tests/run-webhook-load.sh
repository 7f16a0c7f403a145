#!/usr/bin/env bash
# Webhook load test: starts library-watcher on loopback against the local RabbitMQ, in a vhost of its own,
# and a redis-server of its own (both removed at the end, also on failure: load-tests/lib/service.sh), runs
# WebhookSimulation (a WARMUP_SECONDS ramp, then RATE requests/s for SECONDS_OF_LOAD), prints p50/p99 of
# the measured acknowledgement latency and stops the service. The shared Redis and the broker's default
# vhost are never touched. Traffic stays on 127.0.0.1. SERVICE_JAVA_OPTS passes JVM options to the service.
# The warm-up is 150 s because the JIT is not done before: with 60 s, the service's compiler threads still
# took a third of a core during the measured part and the p99 measured compilation, not the service
# (docs/decisions.md, "The webhook load test warms up for 150 s").
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source-path=SCRIPTDIR/..
# shellcheck source=bin/lib/java.sh
source bin/lib/java.sh
# shellcheck source=bin/lib/health.sh
source bin/lib/health.sh
# shellcheck source=load-tests/lib/service.sh
source load-tests/lib/service.sh

rate=${RATE:-500}
seconds=${SECONDS_OF_LOAD:-30}
warmup=${WARMUP_SECONDS:-150}
port=${PORT:-18081}

library="$work/library/tv"
episode="$library/Load Test/Season 01/Load Test - S01E01.mkv"
mkdir -p "$(dirname "$episode")"
ffmpeg -loglevel error -y -f lavfi -i testsrc2=size=320x240:rate=25:duration=2 -c:v libx264 -preset ultrafast "$episode"
jq --arg p "/tv/Load Test/Season 01/Load Test - S01E01.mkv" '.episodeFile.path = $p' \
  load-tests/src/test/resources/webhooks/sonarr-download.json > "$work/download.json"

password_file=$(secret_file webhook-password)
ARRFLOW_API_TOKEN_FILE=$(secret_file api-token) \
ARRFLOW_WEBHOOK_USERNAME=sonarr \
ARRFLOW_WEBHOOK_PASSWORD_FILE="$password_file" \
ARRFLOW_LIBRARY_ROOTS="$library" \
ARRFLOW_PATH_MAPPINGS="/tv=$library" \
ARRFLOW_LIBRARY_WATCH=false \
  start_service library-watcher "$port"

./mvnw -q -B -f load-tests/pom.xml gatling:test \
  -Dgatling.simulationClass=io.arrflow.load.WebhookSimulation \
  -DbaseUrl="http://127.0.0.1:$port" -Duser=sonarr -Dpassword="$(cat "$password_file")" \
  -DdownloadBody="$work/download.json" \
  -DgrabBody="$PWD/load-tests/src/test/resources/webhooks/sonarr-grab.json" \
  -Drate="$rate" -Dseconds="$seconds" -DwarmupSeconds="$warmup" || status=$?

report=$(latest_report webhooksimulation)
echo "webhook ack latency at $rate req/s after a ${warmup}s warm-up: $(load-tests/lib/figures.sh "$report"/group_webhook-ack-*.html)"
echo "report: $report/index.html"
exit "${status:-0}"
