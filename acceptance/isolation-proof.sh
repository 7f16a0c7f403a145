#!/usr/bin/env bash
# Proof that the test suite leaves the shared servers alone: people run bin/test on the machine that runs
# their arrflow, whose queues live in the shared RabbitMQ's default vhost and whose state lives in the
# shared Redis (127.0.0.1:6379).
#
#   acceptance/isolation-proof.sh mark STATE   before the suite: a marker in each of arrflow's queues in the
#                                              default vhost and a marker key in Redis databases 0-15
#   acceptance/isolation-proof.sh check STATE  after the suite: every marker is still there (exit 1 if not);
#                                              then the markers, and the queues this proof created, are removed
#
# A queue that already exists with consumers or messages (a running arrflow) gets no marker, so nothing of a
# user's is consumed or reordered; the proof then checks that it still exists.
set -euo pipefail
cd "$(dirname "$0")/.."

action=${1:-}
state=${2:-}
[[ ( "$action" == mark || "$action" == check ) && -n "$state" ]] || {
  echo "usage: $0 mark|check STATE_FILE" >&2
  exit 2
}
api=${ARRFLOW_CI_RABBITMQ_API:-http://127.0.0.1:15672/api}
redis=(redis-cli -h 127.0.0.1 -p 6379)
say() { printf '[isolation] %s\n' "$*"; }
rabbit() { curl -sS --fail -u guest:guest -H 'content-type: application/json' "$@"; }
queue_url() { echo "$api/queues/%2F/$1"; }

queues() { jq -c '.queues[] | {name, durable, arguments}' compose/rabbitmq/definitions.json; }

mark_queue() {
  local definition=$1 name info
  name=$(jq -r .name <<<"$definition")
  if info=$(rabbit "$(queue_url "$name")" 2>/dev/null); then
    if (( $(jq '.consumers + .messages' <<<"$info") > 0 )); then
      echo "live $name $(jq .messages <<<"$info")" >>"$state"
      return 0
    fi
    echo "marked $name" >>"$state"
  else
    rabbit -X PUT --data "$(jq '{durable, arguments}' <<<"$definition")" "$(queue_url "$name")" >/dev/null
    echo "created $name" >>"$state"
  fi
  rabbit -X POST --data "$(jq -n --arg q "$name" --arg run "$run" \
    '{properties: {message_id: ("isolation-marker-" + $run)}, routing_key: $q, payload: ("marker " + $run),
      payload_encoding: "string"}')" "$api/exchanges/%2F/amq.default/publish" | jq -e .routed >/dev/null
}

mark() {
  run="$$-$RANDOM"
  echo "run $run" >"$state"
  while read -r definition; do mark_queue "$definition"; done < <(queues)
  for db in $(seq 0 15); do
    "${redis[@]}" -n "$db" SET "arrflow:isolation-marker:$run" "$run" >/dev/null
  done
  say "markers placed: $(grep -c -E '^(marked|created)' "$state") queues in the default vhost ($(grep -c '^live' "$state" \
    || true) live queues left alone), 16 Redis databases"
}

# Takes the head message (our marker: the queue was empty when it was placed) and says whether it was ours.
take_marker() {
  rabbit -X POST --data '{"count":1,"ackmode":"ack_requeue_false","encoding":"auto"}' \
    "$(queue_url "$1")/get" | jq -e --arg run "$run" '.[0].payload == ("marker " + $run)' >/dev/null
}

check_queue() {
  local kind=$1 name=$2 now
  case "$kind" in
    live)
      now=$(rabbit "$(queue_url "$name")" 2>/dev/null | jq .messages) || now=""
      [[ -n "$now" ]] || { say "MISSING: queue $name of a running arrflow is gone"; return 1; }
      ;;
    marked | created)
      take_marker "$name" || { say "MISSING: the marker in queue $name"; return 1; }
      ;;
  esac
}

remove_created() {
  local kind name
  while read -r kind name _; do
    [[ "$kind" == created ]] || continue
    rabbit -X DELETE "$(queue_url "$name")" >/dev/null || say "could not delete queue $name"
  done <"$state"
}

check() {
  local missing=0 kind name db
  run=$(awk '$1 == "run" {print $2}' "$state")
  while read -r kind name _; do
    [[ "$kind" == run ]] && continue
    check_queue "$kind" "$name" || missing=$((missing + 1))
  done <"$state"
  remove_created
  for db in $(seq 0 15); do
    if [[ "$("${redis[@]}" -n "$db" GET "arrflow:isolation-marker:$run")" != "$run" ]]; then
      say "MISSING: the marker key in Redis database $db"
      missing=$((missing + 1))
    fi
    "${redis[@]}" -n "$db" DEL "arrflow:isolation-marker:$run" >/dev/null
  done
  rm -f "$state"
  if (( missing )); then
    say "FAILED: $missing marker(s) gone: the suite touched the shared servers"
    return 1
  fi
  say "every marker survived the suite (queues in the default vhost, Redis databases 0-15); markers removed"
}

"$action"
