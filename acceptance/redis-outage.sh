#!/usr/bin/env bash
# Fault test: Redis goes away for 15 s, then for 60 s, while Sonarr webhooks and POST /api/jobs keep coming
# and jobs are running. arrflow runs as bin/run starts it, on a vhost of the run's own and a Redis of the
# run's own that keeps its data on disk (append-only, as compose's does), so it can be stopped and started.
#
# Passes when: no request is answered 500 (a refusal is a 503 with Retry-After); every file whose request was
# answered 2xx ends HEVC in place with exactly one job, REPLACED; nothing is dead-lettered; the files refused
# during the outage succeed when sent again afterwards, as a client that honours Retry-After does.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source-path=SCRIPTDIR/..
# shellcheck source=bin/lib/java.sh
source bin/lib/java.sh
# shellcheck source=ops/tests/lib/isolated.sh
source ops/tests/lib/isolated.sh
# shellcheck source=acceptance/lib/stack.sh
source acceptance/lib/stack.sh

stack_init redis-outage
redis_dir="$work/redis"
redis_port=$(isolated_free_port)
files=16

redis_up() {
  redis-server --port "$redis_port" --bind 127.0.0.1 --appendonly yes --appendfsync always --save '' \
    --dir "$redis_dir" --daemonize yes --pidfile "$redis_dir/redis.pid" --logfile "$redis_dir/redis.log"
  await 20 "Redis did not come back" redis-cli -p "$redis_port" PING
}
redis_down() {
  redis-cli -p "$redis_port" SHUTDOWN >/dev/null 2>&1 || true
  await 20 "Redis did not stop" sh -c "! redis-cli -p $redis_port PING"
}
stack_cleanup() { redis-cli -p "$redis_port" SHUTDOWN NOSAVE >/dev/null 2>&1 || true; }

episode() { printf '%s/tv/Outage Show/Season 01/Outage Show - S01E%02d.mkv' "$library" "$1"; }
arr_path() { printf '/tv/Outage Show/Season 01/Outage Show - S01E%02d.mkv' "$1"; }

# usage: send N -> sends file N (webhooks for even N, POST /api/jobs for odd N), records "N STATUS HOW"
send() {
  local n=$1 status how
  if (( n % 2 == 0 )); then
    how=webhook
    status=$(sonarr_download "$(arr_path "$n")" $((100 + n)) || echo 000)
  else
    how=api
    status=$(submit_job "$(episode "$n")" || echo 000)
  fi
  echo "$n $status $how" >>"$work/answers"
  say "file $n by $how: HTTP $status"
}

# Every job recorded for a path (finished ones included), from the run's own Redis.
jobs_of() {
  local key
  redis-cli -p "$redis_port" --scan --pattern 'arrflow:job:*' | while read -r key; do
    if [[ "$(redis-cli -p "$redis_port" HGET "$key" path)" == "$1" ]]; then echo "${key#arrflow:job:}"; fi
  done
}
has_final_job() {
  local job
  job=$(jobs_of "$1" | head -1)
  [[ -n "$job" ]] && [[ "$(redis-cli -p "$redis_port" HGET "arrflow:job:$job" state)" =~ ^(REPLACED|NOT_BENEFICIAL|FAILED|CANCELLED|SOURCE_DAMAGED)$ ]]
}

mkdir -p "$redis_dir"
isolated_vhost_create redis-outage
redis_up
say "vhost $ISOLATED_VHOST, Redis (append-only) on 127.0.0.1:$redis_port, work folder $work"
for n in $(seq 1 "$files"); do h264_clip "$(episode "$n")" 2; done
stack_start_stub
stack_start "$redis_port"

for n in 1 2 3 4; do send "$n"; done
say "Redis down for 15 s"
redis_down
for n in 5 6 7 8; do send "$n"; sleep 3; done
redis_up
say "Redis back"
for n in 9 10 11 12; do send "$n"; done
say "Redis down for 60 s, with jobs running"
redis_down
for n in 13 14 15 16; do send "$n"; sleep 15; done
redis_up
say "Redis back"

if grep -q ' 500 ' "$work/answers"; then fail "answered 500: $(grep ' 500 ' "$work/answers" | tr '\n' ';')"; fi
refused=$(awk '$2 !~ /^2/ {print $1}' "$work/answers")
for n in $refused; do
  [[ "$(awk -v n="$n" '$1 == n {print $2}' "$work/answers")" == 503 ]] || fail "file $n was refused with other than 503"
done
say "answers: $(awk '$2 ~ /^2/' "$work/answers" | wc -l) accepted, $(echo "$refused" | wc -w) refused (503); sending the refused again"
for n in $refused; do send "$n"; done

for n in $(seq 1 "$files"); do
  file=$(episode "$n")
  [[ "$(awk -v n="$n" '$1 == n && $2 ~ /^2/' "$work/answers")" ]] || { fail "file $n was never accepted"; continue; }
  await 300 "file $n has no finished job" has_final_job "$file" || continue
  ids=$(jobs_of "$file")
  (( $(wc -l <<<"$ids") == 1 )) || fail "file $n has $(wc -l <<<"$ids") jobs"
  job="arrflow:job:$(head -1 <<<"$ids")"
  state=$(redis-cli -p "$redis_port" HGET "$job" state)
  [[ "$state" == REPLACED ]] || fail "file $n ended $state: $(redis-cli -p "$redis_port" HGET "$job" reason)"
  [[ "$(video_codec "$file")" == hevc ]] || fail "file $n is not HEVC in place"
done

dead=$(curl -sS -u guest:guest "$CI_RABBITMQ_API/queues/$ISOLATED_VHOST" |
  jq '[.[] | select(.name | endswith(".dlq")) | .messages // 0] | add // 0')
(( dead == 0 )) || fail "$dead message(s) dead-lettered during the outages"
held=$(grep -c "held, Redis unreachable" "$work/home/logs/"*.log | awk -F: '{s += $2} END {print s + 0}')
say "figures: $files files, $(grep -c . "$work/answers") requests, $(awk '$2 == 503' "$work/answers" | wc -l) answered 503," \
  "0 answered 500 expected; dead letters $dead; messages held through the outage (log lines): $held"

if (( failed )); then
  say "FAILED"
  exit 1
fi
say "passed"
