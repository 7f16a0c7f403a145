#!/usr/bin/env bash
# Clean-room acceptance test: arrflow as a new user runs it. All five services start from their jars through
# bin/run, on a brand-new RabbitMQ vhost and an empty private Redis, with no queue declared by anyone but the
# services themselves (TOPOLOGY=services, the default) or with the broker pre-loaded from
# compose/rabbitmq/definitions.json as the compose stack does (TOPOLOGY=compose); all-in-one is the services'
# own topology with the five in one JVM (ARRFLOW_ALL_IN_ONE=true). Nothing observes the flow
# through a queue of its own: every check looks where a user looks (job status, the files, the arr app, the
# notification receiver, /api/stats, the dead-letter queue).
#
#   acceptance/clean-room.sh [services|compose|all-in-one]
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

# shellcheck source=acceptance/lib/stack.sh
source acceptance/lib/stack.sh

topology=${1:-services}
case "$topology" in
  services | compose) ;;
  all-in-one) export ARRFLOW_ALL_IN_ONE=true ;;
  *) echo "usage: $0 [services|compose|all-in-one]" >&2; exit 2 ;;
esac
stack_init "acceptance-$topology"

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
stack_start_stub

# --- arrflow, as bin/run starts it -------------------------------------------------------------------------
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
  stack_start "$ISOLATED_REDIS_PORT"

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
has_job() { [[ -n "$(job_of_path "$ISOLATED_REDIS_PORT" "$1")" ]]; }
await 60 "no job was queued for the webhook's episode" has_job "$episode"
episode_job=$(job_of_path "$ISOLATED_REDIS_PORT" "$episode")

has_ended() { [[ "$(job_state "$1")" =~ ^(REPLACED|NOT_BENEFICIAL|FAILED|CANCELLED|SOURCE_DAMAGED)$ ]]; }
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
# The worker's job journals live with the stack's own state, not in the folder bin/run was started from.
[[ -d "$work/home/worker-state" ]] || fail "no job journal folder in \$ARRFLOW_HOME/worker-state"
[[ ! -e "${PWD}/\${user.home}" ]] || fail "a folder named '\${user.home}' was made in $PWD"
say "job journals kept in \$ARRFLOW_HOME/worker-state"

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
