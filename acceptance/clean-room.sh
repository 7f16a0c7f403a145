#!/usr/bin/env bash
# Clean-room acceptance test: arrflow as a new user runs it. All five services start from their jars through
# bin/run, on a brand-new RabbitMQ vhost and an empty private Redis, with no queue declared by anyone but the
# services themselves (TOPOLOGY=services, the default) or with the broker pre-loaded from
# compose/rabbitmq/definitions.json as the compose stack does (TOPOLOGY=compose). Nothing observes the flow
# through a queue of its own: every check looks where a user looks (job status, the files, the arr app, the
# notification receiver, /api/stats, the dead-letter queue).
#
#   acceptance/clean-room.sh [services|compose]
#
# Checks: a Sonarr Download webhook and a POST /api/jobs for real H.264 files end as HEVC in place, verified,
# with the rescan sent to a loopback Sonarr and the jobs REPLACED; health-prober sees the services and reports
# an unreachable target, which alert-bridge delivers; a RotateSecret for an app nobody configured is
# dead-lettered by secrets-rotator with its reason, and alert-bridge tells of the dead letter.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source-path=SCRIPTDIR/..
# shellcheck source=bin/lib/java.sh
source bin/lib/java.sh
# shellcheck source=ops/tests/lib/isolated.sh
source ops/tests/lib/isolated.sh

topology=${1:-services}
[[ "$topology" == services || "$topology" == compose ]] || { echo "usage: $0 [services|compose]" >&2; exit 2; }
work=$(mktemp -d "/tmp/arrflow-acceptance-$topology.XXXXXX")
library="$work/library"
record="$work/stub-requests.log"
run_pid=""
stub_pid=""
failed=0

say() { printf '[acceptance:%s] %s\n' "$topology" "$*"; }
fail() { say "FAIL: $*"; failed=1; }

finish() {
  local status=$?
  isolated_stop_pid "$run_pid"
  isolated_stop_pid "$stub_pid"
  isolated_teardown
  if (( status != 0 || failed )); then
    say "logs kept in $work/home/logs"
  else
    rm -rf "$work"
  fi
}
trap finish EXIT
trap "exit 143" TERM INT

# usage: await SECONDS DESCRIPTION COMMAND... -> 0 once COMMAND succeeds, 1 (with a FAIL line) after SECONDS
await() {
  local seconds=$1 what=$2
  shift 2
  local deadline=$((SECONDS + seconds))
  until "$@" >/dev/null 2>&1; do
    if (( SECONDS >= deadline )); then
      fail "$what (waited ${seconds}s)"
      return 1
    fi
    sleep 1
  done
}

h264_clip() {
  mkdir -p "$(dirname "$1")"
  ffmpeg -nostdin -loglevel error -y -f lavfi -i testsrc2=size=320x240:rate=25 -f lavfi -i sine=frequency=440 \
    -t 4 -c:v libx264 -preset veryfast -pix_fmt yuv420p -c:a aac -b:a 64k "$1"
}

video_codec() {
  ffprobe -v error -select_streams v:0 -show_entries stream=codec_name -of csv=p=0 "$1"
}

port_of() { echo $(($1 + offset)); }

# --- state of its own: vhost, Redis, library, outside world --------------------------------------------
isolated_vhost_create "acceptance-$topology"
isolated_redis_start
say "vhost $ISOLATED_VHOST, Redis on 127.0.0.1:$ISOLATED_REDIS_PORT, work folder $work"
if [[ "$topology" == compose ]]; then
  _isolated_rabbit POST "/definitions/$ISOLATED_VHOST" --data @compose/rabbitmq/definitions.json
  loaded=$(curl -sS -u guest:guest "$CI_RABBITMQ_API/queues/$ISOLATED_VHOST" | jq length)
  (( loaded > 0 )) || { fail "compose/rabbitmq/definitions.json loaded no queue"; exit 1; }
  say "broker pre-loaded from compose/rabbitmq/definitions.json: $loaded queues"
fi

episode="$library/tv/Harbor Lights/Season 02/Harbor Lights - S02E05 - Tidewater WEBDL-1080p.mkv"
movie="$library/movies/Heat (1995)/Heat (1995).mkv"
h264_clip "$episode"
h264_clip "$movie"
episode_bytes=$(stat -c %s "$episode")

mkdir -p "$work/secrets"
(umask 077 && head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n' >"$work/secrets/sonarr-api-key")
java acceptance/LoopbackStub.java "$work/stub.port" "$record" "$work/secrets/sonarr-api-key" &
stub_pid=$!
await 60 "the loopback stub did not start" test -s "$work/stub.port"
stub="http://127.0.0.1:$(cat "$work/stub.port")"

offset=0
for _ in $(seq 1 50); do
  # every port below the ephemeral range (32768+), where outgoing connections may hold one
  offset=$((10000 + RANDOM % 14000))
  for port in 8081 8082 8083 8003 8085; do
    (exec 3<>"/dev/tcp/127.0.0.1/$((port + offset))") 2>/dev/null && continue 2
  done
  break
done

# --- arrflow, as bin/run starts it -------------------------------------------------------------------------
say "starting the five services with bin/run (ports 8081.. + $offset)"
ARRFLOW_HOME="$work/home" ARRFLOW_PORT_OFFSET=$offset \
SPRING_RABBITMQ_HOST=127.0.0.1 SPRING_RABBITMQ_VIRTUAL_HOST="$ISOLATED_VHOST" \
SPRING_DATA_REDIS_HOST=127.0.0.1 SPRING_DATA_REDIS_PORT="$ISOLATED_REDIS_PORT" SPRING_DATA_REDIS_DATABASE=0 \
ARRFLOW_LIBRARY_ROOTS="$library/tv,$library/movies" ARRFLOW_PATH_MAPPINGS="/tv=$library/tv" \
ARRFLOW_POLICY_MIN_SIZE=1KB ARRFLOW_LIBRARY_STABLE_AFTER=1s \
ARRFLOW_ARR_SONARR_URL="$stub" ARRFLOW_ARR_SONARR_API_KEY_FILE="$work/secrets/sonarr-api-key" \
ARRFLOW_NOTIFY_URLS="json://127.0.0.1:$(cat "$work/stub.port")/notify" \
ARRFLOW_ALERTS_GROUP_WAIT=1s ARRFLOW_ALERTS_GROUP_INTERVAL=5s \
ARRFLOW_PROBER_INTERVAL=1s ARRFLOW_PROBER_FAILURE_THRESHOLD=2 \
ARRFLOW_PROBER_TARGETS_0_NAME=library-watcher ARRFLOW_PROBER_TARGETS_0_KIND=http \
ARRFLOW_PROBER_TARGETS_0_URL="http://127.0.0.1:$(port_of 8081)/actuator/health" \
ARRFLOW_PROBER_TARGETS_1_NAME=transcode-worker ARRFLOW_PROBER_TARGETS_1_KIND=http \
ARRFLOW_PROBER_TARGETS_1_URL="http://127.0.0.1:$(port_of 8082)/actuator/health" \
ARRFLOW_PROBER_TARGETS_2_NAME=acceptance-nothing-listens ARRFLOW_PROBER_TARGETS_2_KIND=tcp \
ARRFLOW_PROBER_TARGETS_2_URL="tcp://127.0.0.1:$(isolated_free_port)" \
ARRFLOW_PROBER_TARGETS_3_NAME=redis ARRFLOW_PROBER_TARGETS_3_KIND=redis \
ARRFLOW_PROBER_TARGETS_3_URL="redis://127.0.0.1:$ISOLATED_REDIS_PORT" \
  bin/run >"$work/run.log" 2>&1 &
run_pid=$!
if ! await 240 "the services did not all become healthy" grep -q "all services up" "$work/run.log"; then
  cat "$work/run.log" >&2
  exit 1
fi
token=$(cat "$work/home/secrets/arrflow-api-token")
webhook_password=$(cat "$work/home/secrets/webhook-password")
api() { curl -sS -H "Authorization: Bearer $token" "$@"; }

# --- the two ways a file arrives ---------------------------------------------------------------------------
# Sonarr's own Download payload: series 12, episode file /tv/Harbor Lights/Season 02/..., mapped to the library.
status=$(curl -sS -o "$work/webhook.answer" -w '%{http_code}' -u "arrflow:$webhook_password" \
  -H 'Content-Type: application/json' --data @services/library-watcher/src/test/resources/arr/sonarr-download.json \
  "http://127.0.0.1:$(port_of 8081)/webhooks/sonarr")
[[ "$status" == 200 ]] || fail "the Sonarr webhook was answered $status: $(cat "$work/webhook.answer")"
say "Sonarr Download webhook: $status $(cat "$work/webhook.answer")"

api -o "$work/submit.answer" -H 'Content-Type: application/json' \
  --data "$(jq -n --arg path "$movie" '{path: $path, profile: "hevc"}')" "http://127.0.0.1:$(port_of 8081)/api/jobs"
movie_job=$(jq -r '.jobId // empty' "$work/submit.answer")
[[ -n "$movie_job" ]] || fail "POST /api/jobs queued nothing: $(cat "$work/submit.answer")"
say "POST /api/jobs: $(cat "$work/submit.answer")"

# The webhook's answer names no job (the file is probed after the answer); the job's id is in the status store.
job_of_path() { redis-cli -p "$ISOLATED_REDIS_PORT" GET "arrflow:jobs:by-path:$1"; }
has_job() { [[ -n "$(job_of_path "$1")" ]]; }
await 60 "no job was queued for the webhook's episode" has_job "$episode"
episode_job=$(job_of_path "$episode")

job_state() { api "http://127.0.0.1:$(port_of 8081)/api/jobs/$1" | jq -r .state; }
has_ended() { [[ "$(job_state "$1")" =~ ^(REPLACED|NOT_BENEFICIAL|FAILED|CANCELLED)$ ]]; }
for job in "$episode_job" "$movie_job"; do
  [[ -n "$job" ]] || continue
  await 240 "job $job did not end" has_ended "$job" || true
  if [[ "$(job_state "$job")" == REPLACED ]]; then
    say "job $job: $(api "http://127.0.0.1:$(port_of 8081)/api/jobs/$job" | cut -c1-300)"
  else
    fail "job $job did not end REPLACED: $(api "http://127.0.0.1:$(port_of 8081)/api/jobs/$job")"
  fi
done

for file in "$episode" "$movie"; do
  codec=$(video_codec "$file" || true)
  [[ "$codec" == hevc ]] || fail "$file is '$codec', not HEVC in place"
done
(( $(stat -c %s "$episode") != episode_bytes )) || fail "the episode was not replaced"
say "both files are HEVC in place"

await 60 "Sonarr was not asked to rescan series 12" grep -q '^POST /api/v3/command .*"seriesId" *: *12' "$record"
say "rescan sent: $(grep '^POST /api/v3/command' "$record" | head -1)"

# --- health-prober and alert-bridge on the services' own topology -----------------------------------------
stats_show_up() {
  api "http://127.0.0.1:$(port_of 8003)/api/stats" | jq -e '
    ([.. | objects | select(.name? == "library-watcher" or .name? == "transcode-worker" or .name? == "redis")
      | select(.state == "UP")] | length) == 3'
}
await 60 "/api/stats did not show library-watcher, transcode-worker and redis UP" stats_show_up
await 90 "alert-bridge delivered no FIRING for the unreachable target" \
  grep -q 'POST /notify .*acceptance-nothing-listens' "$record"
say "notification: $(grep 'POST /notify .*acceptance-nothing-listens' "$record" | head -1 | cut -c1-200)"

# --- secrets-rotator: a command for an app nobody configured ----------------------------------------------
rotate=$(jq -n '{type: "RotateSecret", payload: {name: "plex-api-key", reason: "acceptance"}}')
_isolated_rabbit POST "/exchanges/$ISOLATED_VHOST/amq.default/publish" --data "$(jq -n --arg body "$rotate" \
  '{properties: {content_type: "application/json"}, routing_key: "arrflow.secrets.commands", payload: $body,
    payload_encoding: "string"}')"
dead_letter_reason() {
  curl -sS -u guest:guest -H 'content-type: application/json' \
    --data '{"count":1,"ackmode":"ack_requeue_true","encoding":"auto"}' \
    "$CI_RABBITMQ_API/queues/$ISOLATED_VHOST/arrflow.secrets.commands.dlq/get" |
    jq -er '.[0].properties.headers["x-arrflow-reason"]'
}
await 60 "the unknown RotateSecret was not dead-lettered with a reason" dead_letter_reason
say "dead letter on arrflow.secrets.commands.dlq: $(dead_letter_reason)"
told='POST /notify .*MessageDeadLettered: arrflow.secrets.commands'
await 60 "alert-bridge told nothing of the dead letter" grep -q "$told" "$record"
say "dead letter told: $(grep "$told" "$record" | head -1 | cut -c1-200)"

if (( failed )); then
  say "FAILED"
  exit 1
fi
say "passed"
