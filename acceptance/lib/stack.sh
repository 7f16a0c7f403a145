# shellcheck shell=bash
# What the acceptance scripts share: arrflow's five services started by bin/run on a vhost and a Redis of the
# run's own, a loopback stand-in for Sonarr and the notification receiver, and small checks. Sourced after
# ops/tests/lib/isolated.sh; the caller sets NAME (for messages) and calls stack_init first.
#
#   stack_init NAME            work folder, EXIT trap (stops everything, removes the vhost and Redis), the
#                              services' ports (port_of 8081 → library-watcher's)
#   stack_start_stub           LoopbackStub on a free port → STUB_URL, STUB_PORT; requests in $record
#   stack_start REDIS_PORT     bin/run with the library under $library → token, webhook_password
#   api ARGS...                curl with the API token;  port_of 8081 → that service's port
#   await SECONDS WHAT CMD...  waits until CMD succeeds, else a FAIL line and 1

work=""
library=""
record=""
run_pid=""
stub_pid=""
failed=0
offset=0

say() { printf '[%s] %s\n' "$NAME" "$*"; }
fail() { say "FAIL: $*"; failed=1; }

_stack_finish() {
  local status=$?
  isolated_stop_pid "$run_pid"
  isolated_stop_pid "$stub_pid"
  declare -F stack_cleanup >/dev/null && stack_cleanup
  isolated_teardown
  if (( status != 0 || failed )); then
    say "logs kept in $work/home/logs"
  else
    rm -rf "$work"
  fi
}

stack_init() {
  NAME=$1
  work=$(mktemp -d "/tmp/arrflow-$NAME.XXXXXX")
  library="$work/library"
  record="$work/stub-requests.log"
  trap _stack_finish EXIT
  trap "exit 143" TERM INT
  _stack_choose_offset
}

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

# usage: h264_clip FILE [SECONDS] -> a small H.264 + AAC Matroska file
h264_clip() {
  mkdir -p "$(dirname "$1")"
  ffmpeg -nostdin -loglevel error -y -f lavfi -i testsrc2=size=320x240:rate=25 -f lavfi -i sine=frequency=440 \
    -t "${2:-4}" -c:v libx264 -preset veryfast -pix_fmt yuv420p -c:a aac -b:a 64k "$1"
}

video_codec() {
  ffprobe -v error -select_streams v:0 -show_entries stream=codec_name -of csv=p=0 "$1"
}

port_of() { echo $(($1 + offset)); }

api() { curl -sS -H "Authorization: Bearer $token" "$@"; }

stack_start_stub() {
  mkdir -p "$work/secrets"
  (umask 077 && head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n' >"$work/secrets/sonarr-api-key")
  java acceptance/LoopbackStub.java "$work/stub.port" "$record" "$work/secrets/sonarr-api-key" &
  stub_pid=$!
  await 60 "the loopback stub did not start" test -s "$work/stub.port" || exit 1
  STUB_PORT=$(cat "$work/stub.port")
  STUB_URL="http://127.0.0.1:$STUB_PORT"
}

_stack_choose_offset() {
  local port
  for _ in $(seq 1 50); do
    # every port below the ephemeral range (32768+), where outgoing connections may hold one
    offset=$((10000 + RANDOM % 14000))
    for port in 8081 8082 8083 8003 8085; do
      (exec 3<>"/dev/tcp/127.0.0.1/$((port + offset))") 2>/dev/null && continue 2
    done
    return 0
  done
}

# usage: [VAR=value ...] stack_start REDIS_PORT -> the five services up, as bin/run starts them; without the
# class caches' training in the background (ARRFLOW_AOT=false), which would take CPU from the flow under test
# (acceptance/class-cache.sh checks the caches)
stack_start() {
  local redis_port=$1
  mkdir -p "$library/tv" "$library/movies"
  say "starting the five services with bin/run (ports 8081.. + $offset${ARRFLOW_ALL_IN_ONE:+, all-in-one})"
  ARRFLOW_HOME="$work/home" ARRFLOW_PORT_OFFSET=$offset ARRFLOW_AOT="${ARRFLOW_AOT:-false}" \
  SPRING_RABBITMQ_HOST=127.0.0.1 SPRING_RABBITMQ_VIRTUAL_HOST="$ISOLATED_VHOST" \
  SPRING_DATA_REDIS_HOST=127.0.0.1 SPRING_DATA_REDIS_PORT="$redis_port" SPRING_DATA_REDIS_DATABASE=0 \
  ARRFLOW_LIBRARY_ROOTS="$library/tv,$library/movies" ARRFLOW_PATH_MAPPINGS="/tv=$library/tv" \
  ARRFLOW_POLICY_MIN_SIZE=1KB ARRFLOW_LIBRARY_STABLE_AFTER=1s \
  ARRFLOW_ARR_SONARR_URL="$STUB_URL" ARRFLOW_ARR_SONARR_API_KEY_FILE="$work/secrets/sonarr-api-key" \
  ARRFLOW_NOTIFY_URLS="json://127.0.0.1:$STUB_PORT/notify" \
    bin/run >"$work/run.log" 2>&1 &
  run_pid=$!
  if ! await 240 "the services did not all become healthy" grep -q "all services up" "$work/run.log"; then
    cat "$work/run.log" >&2
    exit 1
  fi
  token=$(cat "$work/home/secrets/arrflow-api-token")
  webhook_password=$(cat "$work/home/secrets/webhook-password")
}

# usage: sonarr_download ARR_PATH SERIES_ID -> prints the HTTP status of Sonarr's Download webhook for that file
sonarr_download() {
  jq --arg path "$1" --argjson series "$2" '.episodeFile.path = $path | .series.id = $series' \
    services/library-watcher/src/test/resources/arr/sonarr-download.json |
    curl -sS -o /dev/null -w '%{http_code}' -u "arrflow:$webhook_password" -H 'Content-Type: application/json' \
      --data @- "http://127.0.0.1:$(port_of 8081)/webhooks/sonarr"
}

# usage: submit_job LOCAL_PATH -> prints the HTTP status of POST /api/jobs for that file
submit_job() {
  api -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' \
    --data "$(jq -n --arg path "$1" '{path: $path, profile: "hevc"}')" "http://127.0.0.1:$(port_of 8081)/api/jobs"
}

job_of_path() { redis-cli -p "$1" GET "arrflow:jobs:by-path:$2"; }
job_state() { api "http://127.0.0.1:$(port_of 8081)/api/jobs/$1" | jq -r .state; }
