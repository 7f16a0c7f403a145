#!/usr/bin/env bash
# Footprint of the five services, started as bin/run starts them once their class caches are made
# (bin/lib/launch.sh: same jars, caches, settings and JVM options; ARRFLOW_JAVA_OPTS and ARRFLOW_AOT=false
# change them as they change bin/run) against a
# RabbitMQ vhost and a redis-server of the run's own (ops/tests/lib/isolated.sh; both removed at the end). Prints, per service:
#   1. start-up: seconds from the JVM's start to the first 2xx of /actuator/health, each service alone;
#   2. the same with all five started at once, as bin/run does;
#   3. after IDLE_SECONDS (60) of idling: RSS, heap used and committed, metaspace used, threads;
#   4. the same after WEBHOOKS (1000) Sonarr webhooks and one transcode of a small generated clip.
# RUNS (1) repeats 1-4 and prints the median of each figure. Traffic stays on 127.0.0.1.
# ARRFLOW_ALL_IN_ONE=true measures the all-in-one JVM instead (one row; healthy = all five answer; no phase 1).
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source-path=SCRIPTDIR/..
# shellcheck source=bin/lib/java.sh
source bin/lib/java.sh
# shellcheck source=bin/lib/launch.sh
source bin/lib/launch.sh
# shellcheck source=ops/tests/lib/isolated.sh
source ops/tests/lib/isolated.sh

runs=${RUNS:-1}
idle=${IDLE_SECONDS:-60}
webhooks=${WEBHOOKS:-1000}
services=(library-watcher transcode-worker health-prober alert-bridge secrets-rotator)
if [[ "${ARRFLOW_ALL_IN_ONE:-false}" == true ]]; then processes=(all-in-one); else processes=("${services[@]}"); fi
work=$(mktemp -d)
results="$work/results.tsv"
apps="$work/app"
declare -A pids=() ports=()

cleanup() {
  local service
  for service in "${!pids[@]}"; do isolated_stop_pid "${pids[$service]}"; done
  isolated_teardown
  rm -rf "$work"
}
trap cleanup EXIT

log() { printf '[footprint] %s\n' "$*" >&2; }

build() {
  local service
  for service in "${processes[@]}"; do
    [[ -f "services/$service/target/$service.jar" ]] && continue
    log "building the services"
    ./mvnw -q -B -ntp -DskipTests install
    return
  done
}

# The settings every service gets, as bin/run gives them, against this run's vhost and Redis.
environment() {
  local user
  user=$(ci_rabbitmq_user)
  java -jar services/secrets-rotator/target/secrets-rotator.jar init "$work/state" >/dev/null
  (umask 077 && ci_rabbitmq_password > "$work/rabbitmq-password")
  mkdir -p "$work/library/tv/Footprint/Season 01"
  export ARRFLOW_API_TOKEN_FILE="$work/state/secrets/arrflow-api-token" ARRFLOW_WEBHOOK_USERNAME=arrflow \
    ARRFLOW_WEBHOOK_PASSWORD_FILE="$work/state/secrets/webhook-password" ARRFLOW_LIBRARY_ROOTS="$work/library" \
    ARRFLOW_PATH_MAPPINGS="/tv=$work/library/tv" ARRFLOW_LIBRARY_WATCH=false ARRFLOW_POLICY_MIN_SIZE=1KB \
    ARRFLOW_WORKER_STATE_DIR="$work/worker-state" \
    SPRING_RABBITMQ_HOST=127.0.0.1 SPRING_RABBITMQ_VIRTUAL_HOST="$ISOLATED_VHOST" \
    SPRING_RABBITMQ_USERNAME="$user" SPRING_RABBITMQ_PASSWORD_FILE="$work/rabbitmq-password" \
    SPRING_DATA_REDIS_HOST=127.0.0.1 SPRING_DATA_REDIS_PORT="$ISOLATED_REDIS_PORT"
  local service
  for service in "${services[@]}"; do ports[$service]=$(isolated_free_port "${ports[@]}"); done
  export_all_in_one_ports ports
}

# usage: start PROCESS -> the JVM of a service (or of all-in-one) runs in the background; prints nothing
start() {
  local process=$1
  service_command "$process" "$apps" "${ports[$process]:-}"
  "${SERVICE_COMMAND[@]}" >>"$work/$process.log" 2>&1 &
  pids[$process]=$!
}

stop() {
  isolated_stop_pid "${pids[$1]}"
  unset "pids[$1]"
}

# usage: healthy_after PROCESS -> seconds from the JVM's start until the health of its service (all-in-one: of
# each of the five) answered 2xx; polled every 50 ms
healthy_after() {
  local service=$1 started
  started=$(jvm_start_seconds "${pids[$service]}")
  for _ in $(seq 1 1800); do
    if all_healthy "$service"; then
      awk -v now="$(date +%s.%N)" -v s="$started" 'BEGIN { printf "%.2f", now - s }'
      return 0
    fi
    sleep 0.05
  done
  log "$service did not become healthy; last lines of its log:"
  tail -20 "$work/$service.log" >&2
  return 1
}

all_healthy() {
  local service
  if [[ "$1" != all-in-one ]]; then set -- "$1"; else set -- "${services[@]}"; fi
  for service in "$@"; do
    curl -fs -o /dev/null "http://127.0.0.1:${ports[$service]}/actuator/health" || return 1
  done
}

# The JVM's start in epoch seconds, from its start time in clock ticks after boot.
jvm_start_seconds() {
  local ticks boot
  ticks=$(sed 's/.*) //' "/proc/$1/stat" | cut -d' ' -f20)
  boot=$(awk '/^btime/ { print $2 }' /proc/stat)
  awk -v t="$ticks" -v b="$boot" -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%.2f", b + t / hz }'
}

# usage: record RUN PHASE SERVICE FIGURE VALUE
record() { printf '%s\t%s\t%s\t%s\t%s\n' "$@" >>"$results"; }

# RSS from /proc; heap used and committed and metaspace used from jstat -gc (KiB); threads from /proc.
measure() {
  local run=$1 phase=$2 service pid gc
  for service in "${processes[@]}"; do
    pid=${pids[$service]}
    record "$run" "$phase" "$service" rss_mb "$(awk '/^VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$pid/status")"
    record "$run" "$phase" "$service" threads "$(awk '/^Threads/ { print $2 }' "/proc/$pid/status")"
    gc=$(jstat -gc "$pid" | tail -1)
    record "$run" "$phase" "$service" heap_used_mb "$(awk '{ printf "%.0f", ($3 + $4 + $6 + $8) / 1024 }' <<<"$gc")"
    record "$run" "$phase" "$service" heap_committed_mb "$(awk '{ printf "%.0f", ($1 + $2 + $5 + $7) / 1024 }' <<<"$gc")"
    record "$run" "$phase" "$service" metaspace_mb "$(awk '{ printf "%.0f", $10 / 1024 }' <<<"$gc")"
  done
}

alone() {
  local run=$1 service
  for service in "${processes[@]}"; do
    start "$service"
    record "$run" "alone" "$service" healthy_s "$(healthy_after "$service")"
    stop "$service"
  done
}

together() {
  local run=$1 service
  for service in "${processes[@]}"; do start "$service"; done
  for service in "${processes[@]}"; do
    record "$run" "together" "$service" healthy_s "$(healthy_after "$service")"
  done
}

send_webhooks() {
  local episode="$work/library/tv/Footprint/Season 01/Footprint - S01E01.mkv" body="$work/download.json"
  ffmpeg -loglevel error -y -f lavfi -i testsrc2=size=320x240:rate=25:duration=2 -c:v libx264 -preset ultrafast \
    "$episode"
  jq --arg p "/tv/Footprint/Season 01/Footprint - S01E01.mkv" '.episodeFile.path = $p' \
    load-tests/src/test/resources/webhooks/sonarr-download.json >"$body"
  printf 'user = "arrflow:%s"\n' "$(cat "$work/state/secrets/webhook-password")" >"$work/webhook.curl"
  seq 1 "$webhooks" | xargs -P 8 -I{} curl -fsS -o /dev/null -K "$work/webhook.curl" \
    -H 'Content-Type: application/json' --data-binary "@$body" \
    "http://127.0.0.1:${ports[library-watcher]}/webhooks/sonarr"
}

# One job through watcher and worker: the API's answer names the job, its status ends in a final state.
transcode_once() {
  local clip="$work/library/tv/Footprint/Season 01/Footprint - S01E02.mkv" id state
  ffmpeg -loglevel error -y -f lavfi -i testsrc2=size=640x360:rate=25:duration=4 -c:v libx264 -preset ultrafast \
    "$clip"
  printf 'header = "Authorization: Bearer %s"\n' "$(cat "$work/state/secrets/arrflow-api-token")" >"$work/api.curl"
  id=$(curl -fsS -K "$work/api.curl" -H 'Content-Type: application/json' \
    -d "$(jq -n --arg p "$clip" '{path: $p, profile: "hevc"}')" \
    "http://127.0.0.1:${ports[library-watcher]}/api/jobs" | jq -r '.jobId // empty')
  [[ -n "$id" ]] || { log "the transcode was not queued"; return 1; }
  for _ in $(seq 1 600); do
    state=$(curl -fsS -K "$work/api.curl" "http://127.0.0.1:${ports[library-watcher]}/api/jobs/$id" | jq -r .state)
    case "$state" in
      REPLACED | NOT_BENEFICIAL) log "transcode $id: $state"; return 0 ;;
      FAILED | CANCELLED | SOURCE_DAMAGED) log "transcode $id ended $state"; return 1 ;;
    esac
    sleep 0.5
  done
  log "transcode $id did not finish in 5 minutes (last state $state); the worker's last lines:"
  tail -40 "$work/$([[ "${processes[0]}" == all-in-one ]] && echo all-in-one || echo transcode-worker).log" >&2
  curl -fsS -K "$work/api.curl" "http://127.0.0.1:${ports[library-watcher]}/api/jobs/$id" >&2 || true
  return 1
}

# The median over the runs of each figure, one table per phase, with the five services' sum.
report() {
  local phase
  for phase in alone together idle loaded; do
    [[ "$phase" == alone && "${processes[0]}" == all-in-one ]] && continue
    echo
    echo "== $phase (median of $runs run(s))"
    sort -t$'\t' -k2,2 -k3,3 -k4,4 -k5,5n "$results" | awk -F'\t' -v phase="$phase" -v order="${processes[*]}" '
      $2 == phase { key = $3 SUBSEP $4; n[key]++; v[key, n[key]] = $5; figures[$4] }
      END {
        split("healthy_s rss_mb heap_used_mb heap_committed_mb metaspace_mb threads", all, " ")
        header = sprintf("%-18s", "service")
        for (f = 1; f <= 6; f++) if (all[f] in figures) header = header sprintf("%19s", all[f])
        print header
        count = split(order, names, " ")
        for (i = 1; i <= count; i++) {
          line = sprintf("%-18s", names[i])
          for (f = 1; f <= 6; f++) {
            if (!(all[f] in figures)) continue
            key = names[i] SUBSEP all[f]; c = n[key]
            m = (c % 2) ? v[key, (c + 1) / 2] : (v[key, c / 2] + v[key, c / 2 + 1]) / 2
            total[all[f]] += m
            if (m + 0 > slowest[all[f]]) slowest[all[f]] = m + 0
            line = line sprintf("%19s", m)
          }
          print line
        }
        if (count == 1) exit
        line = sprintf("%-18s", "all five")
        for (f = 1; f <= 6; f++) if (all[f] in figures) line = line sprintf("%19s", (all[f] == "healthy_s") ? "max " slowest[all[f]] : total[all[f]])
        print line
      }'
  done
}

build
isolated_vhost_create footprint
isolated_redis_start
environment
# The class caches, made as bin/run makes them in the background after its first start (timed apart from the
# start-ups; nothing to make with ARRFLOW_AOT=false).
log "unpacking the jars and training their class caches"
! aot_enabled || bin/lib/train-class-caches "$apps" "${processes[@]}"
for run in $(seq 1 "$runs"); do
  if [[ "${processes[0]}" != all-in-one ]]; then
    log "run $run of $runs: each service alone"
    alone "$run"
  fi
  log "run $run: all five at once"
  together "$run"
  log "run $run: idling ${idle}s"
  sleep "$idle"
  measure "$run" idle
  log "run $run: $webhooks webhooks and one transcode"
  send_webhooks
  transcode_once
  measure "$run" loaded
  for service in "${processes[@]}"; do stop "$service"; done
done
report
