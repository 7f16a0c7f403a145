#!/usr/bin/env bash
# Builds the local base images and one service image from its Dockerfile, runs it with --network host
# against the local RabbitMQ (a vhost made for this run) and a private redis-server on a free loopback
# port, and checks that Docker reports it healthy, that it runs as non-root, that only /actuator/health is
# open, and that every queue and binding it declares is pre-loaded, with the same arguments, by
# compose/rabbitmq/definitions.json. The vhost (with every queue in it) and the redis-server are removed at
# the end, also on failure (lib/isolated.sh); the shared Redis and the broker's default vhost are never used.
# Credentials are random secret FILES made for this run and mounted like compose's Docker secrets.
#
# Usage: ops/tests/image-check.sh [service]   (default library-watcher)
# Env:   ARRFLOW_OPS_SCRAPE_DIR  where to keep the service's /actuator/prometheus scrape (for check-metrics.sh)
set -euo pipefail
umask 077

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
# shellcheck source=ops/tests/lib.sh
source "$here/lib.sh"

readonly SERVICE="${1:-library-watcher}"
readonly PORT=18181 # not the service's default: never collides with a developer's running instance
readonly TAG="arrflow/$SERVICE:ci"
readonly CONTAINER="arrflow-image-check-$SERVICE"
readonly HEALTH_TIMEOUT=240
readonly RECEIVER_PORT=19095 # alert-bridge's notification channel in its check

require_tools docker curl jq redis-server redis-cli
work="$(mktemp -d)"

alertmanager_pid=""
receiver_pid=""
prometheus_pid=""
cleanup() {
    [[ -z "$prometheus_pid" ]] || kill "$prometheus_pid" 2>/dev/null || true
    [[ -z "$alertmanager_pid" ]] || kill "$alertmanager_pid" 2>/dev/null || true
    [[ -z "$receiver_pid" ]] || kill "$receiver_pid" 2>/dev/null || true
    docker rm -f "$CONTAINER" >/dev/null 2>&1 || true
    isolated_teardown
    rm -rf "$work"
}
trap cleanup EXIT
curl_config="$work/rabbitmq.curl"
write_rabbitmq_curl_config "$curl_config"

ensure_jar() {
    local jar="$root/services/$SERVICE/target/$SERVICE.jar"
    if [[ ! -f "$jar" ]]; then
        echo "  $SERVICE.jar missing: building it (./mvnw -q -B -DskipTests package -f services/$SERVICE/pom.xml)"
        (cd "$root" && ./mvnw -q -B -DskipTests package -f "services/$SERVICE/pom.xml") ||
            fail "could not build services/$SERVICE/target/$SERVICE.jar"
    fi
    [[ -f "$jar" ]] || fail "services/$SERVICE/target/$SERVICE.jar does not exist after the build"
}

build_image() {
    local started previous
    "$root/ops/docker/build-local-base-images.sh"
    previous="$(docker image inspect -f '{{.Id}}' "$TAG" 2>/dev/null || true)"
    started=$SECONDS
    # INSTALL_FFMPEG=false: the CI build has no package mirror; the service starts without ffmpeg.
    DOCKER_BUILDKIT=0 docker build -q --network host --build-arg INSTALL_FFMPEG=false \
        -t "$TAG" "$root/services/$SERVICE" >/dev/null 2>"$work/build.log" ||
        { cat "$work/build.log" >&2; fail "docker build of services/$SERVICE failed"; }
    echo "  built $TAG in $((SECONDS - started))s"
    # The previous build of this tag is dangling now; vfs keeps full copies of every layer, so drop it.
    if [[ -n "$previous" && "$previous" != "$(docker image inspect -f '{{.Id}}' "$TAG")" ]]; then
        docker rmi "$previous" >/dev/null 2>&1 || true
    fi
}

# Secret files as `secrets-rotator init` makes them, readable by the image's non-root user (10001).
make_secrets() {
    mkdir -p "$work/secrets" "$work/library/media"
    random_secret >"$work/secrets/arrflow-api-token"
    random_secret >"$work/secrets/webhook-password"
    printf 'arrflow-ci' >"$work/secrets/webhook-username"
    local app
    printf 'json://127.0.0.1:%s/hook' "$RECEIVER_PORT" >"$work/secrets/notify-urls"
    for app in sonarr radarr lidarr prowlarr; do
        head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n' >"$work/secrets/$app-api-key"
    done
    ci_rabbitmq_password >"$work/secrets/rabbitmq-password"
    chmod 400 "$work/secrets/"*
    if [[ "$(id -u)" == 0 ]]; then
        chown -R 10001:10001 "$work/secrets" "$work/library"
    else
        chmod 755 "$work" "$work/library" "$work/library/media"
        chmod 444 "$work/secrets/"*
        chmod 755 "$work/secrets"
    fi
    printf 'Authorization: Bearer %s\n' "$(cat "$work/secrets/arrflow-api-token")" >"$work/auth.header"
}

# What a service needs beyond the common settings, as `docker run` arguments (one per line).
service_args() {
    case "$SERVICE" in
        library-watcher)
            printf '%s\n' -e ARRFLOW_WEBHOOK_USERNAME_FILE=/run/secrets/webhook-username \
                -e ARRFLOW_WEBHOOK_PASSWORD_FILE=/run/secrets/webhook-password \
                -e ARRFLOW_LIBRARY_ROOTS=/data/media -v "$work/library/media:/data/media"
            ;;
        health-prober)
            # Its default targets (application.yml) read the arr keys from /run/secrets and the broker's
            # management API; Docker and the arr apps are absent here: the docker targets go DOWN (and block
            # their arr targets), which is all the metrics need.
            printf '%s\n' -e ARRFLOW_PROBER_RABBITMQ_MANAGEMENT_URL="${CI_RABBITMQ_API%/api}" \
                -e ARRFLOW_PROBER_INTERVAL=5s -v "$work/library/media:/media:ro"
            ;;
        alert-bridge)
            # One notification channel: a JSON webhook to a receiver of this script on loopback.
            printf '%s\n' -e ARRFLOW_NOTIFY_URLS_FILE=/run/secrets/notify-urls -e ARRFLOW_ALERTS_GROUP_WAIT=1s
            ;;
    esac
}

# This run's vhost with compose's pre-loaded topology, and an empty private Redis.
prepare_broker_and_redis() {
    isolated_vhost_create "image-$SERVICE"
    VHOST="$ISOLATED_VHOST"
    rabbit_api "$curl_config" POST "/definitions/$VHOST" --data "@$root/compose/rabbitmq/definitions.json" >/dev/null
    isolated_redis_start
}

run_container() {
    local extra=()
    mapfile -t extra < <(service_args)
    docker rm -f "$CONTAINER" >/dev/null 2>&1 || true
    docker run -d --name "$CONTAINER" --network host --health-interval 3s \
        -v "$work/secrets:/run/secrets:ro" "${extra[@]}" \
        -e SERVER_PORT="$PORT" -e SERVER_ADDRESS=127.0.0.1 -e TZ=Etc/UTC \
        -e ARRFLOW_API_TOKEN_FILE=/run/secrets/arrflow-api-token \
        -e SPRING_RABBITMQ_HOST=127.0.0.1 -e SPRING_RABBITMQ_VIRTUAL_HOST="$VHOST" \
        -e SPRING_RABBITMQ_USERNAME="$(ci_rabbitmq_user)" \
        -e SPRING_RABBITMQ_PASSWORD_FILE=/run/secrets/rabbitmq-password \
        -e SPRING_DATA_REDIS_HOST=127.0.0.1 -e SPRING_DATA_REDIS_PORT="$ISOLATED_REDIS_PORT" \
        "$TAG" >/dev/null
}

wait_healthy() {
    local started=$SECONDS status
    while ((SECONDS - started < HEALTH_TIMEOUT)); do
        status="$(docker inspect -f '{{.State.Status}} {{.State.Health.Status}}' "$CONTAINER")"
        case "$status" in
            "running healthy")
                echo "  healthy after $((SECONDS - started))s (Docker's HEALTHCHECK from the Dockerfile)"
                return 0
                ;;
            "running starting") sleep 1 ;;
            *)
                docker logs --tail 60 "$CONTAINER" >&2 || true
                fail "container is '$status', not healthy"
                ;;
        esac
    done
    docker logs --tail 60 "$CONTAINER" >&2 || true
    fail "not healthy within ${HEALTH_TIMEOUT}s"
}

# The real Alertmanager with ops/alertmanager/alertmanager.yml (only alert-bridge's address and the token
# file's path changed) delivers an alert to the running alert-bridge, which must then show it as an incident.
alertmanager_to_bridge() {
    local base="$1" am_port=19093 found=false
    require_tools prometheus-alertmanager amtool python3
    # The channel's receiver: stores every POST body it gets.
    python3 - "$RECEIVER_PORT" "$work/received" <<'PY' &
import http.server, sys
class Hook(http.server.BaseHTTPRequestHandler):
    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        with open(sys.argv[2], "ab") as out:
            out.write(body + b"\n")
        self.send_response(200)
        self.end_headers()
    def log_message(self, *args):
        pass
http.server.HTTPServer(("127.0.0.1", int(sys.argv[1])), Hook).serve_forever()
PY
    receiver_pid=$!
    sed -e "s#http://alert-bridge:8085/alertmanager#$base/alertmanager#" \
        -e "s#/run/secrets/arrflow-api-token#$work/secrets/arrflow-api-token#" \
        "$root/ops/alertmanager/alertmanager.yml" >"$work/alertmanager.yml"
    grep -q "$base/alertmanager" "$work/alertmanager.yml" || fail "alertmanager.yml has no alert-bridge receiver to point here"
    mkdir -p "$work/alertmanager"
    prometheus-alertmanager --config.file="$work/alertmanager.yml" --storage.path="$work/alertmanager" \
        --web.listen-address="127.0.0.1:$am_port" --cluster.listen-address= >"$work/alertmanager.log" 2>&1 &
    alertmanager_pid=$!
    for _ in $(seq 1 30); do
        curl -sf "http://127.0.0.1:$am_port/-/ready" >/dev/null && break
        sleep 1
    done
    amtool alert add ArrflowImageCheck severity=critical service=image-check \
        --annotation=summary="image check of alert-bridge" --alertmanager.url="http://127.0.0.1:$am_port" ||
        fail "amtool could not add an alert"
    for _ in $(seq 1 60); do
        if grep -qs ArrflowImageCheck "$work/received"; then
            found=true
            break
        fi
        sleep 1
    done
    kill "$alertmanager_pid" "$receiver_pid" 2>/dev/null || true
    $found || { tail -5 "$work/alertmanager.log" >&2; fail "the alert never went Alertmanager → alert-bridge → channel"; }
    echo "  an alert went through the real Alertmanager (ops/alertmanager/alertmanager.yml, token file) to alert-bridge and out of its notification channel"
}

# The real Prometheus with ops/prometheus/prometheus.yml (this container instead of health-prober:8003, the
# token file's and the rules' paths changed) scrapes the service with the token; then every dashboard query
# runs against that data without error, and the prober's ones return series.
prometheus_scrapes_it() {
    local api="http://127.0.0.1:19090/api/v1" up="" expr result
    require_tools prometheus
    sed -e "s#health-prober:8003#127.0.0.1:$PORT#" \
        -e "s#/run/secrets/arrflow-api-token#$work/secrets/arrflow-api-token#" \
        -e "s#/etc/prometheus/rules/#$root/ops/prometheus/rules/#" \
        -e "s#scrape_interval: [0-9]*s#scrape_interval: 2s#" \
        "$root/ops/prometheus/prometheus.yml" >"$work/prometheus.yml"
    prometheus --config.file="$work/prometheus.yml" --storage.tsdb.path="$work/prometheus" \
        --web.listen-address=127.0.0.1:19090 >"$work/prometheus.log" 2>&1 &
    prometheus_pid=$!
    for _ in $(seq 1 60); do
        up="$(curl -sf "$api/query" --data-urlencode "query=up{job=\"arrflow\",instance=\"127.0.0.1:$PORT\"}" |
            jq -r '.data.result[0].value[1] // empty' 2>/dev/null || true)"
        [[ "$up" == 1 ]] && break
        sleep 1
    done
    [[ "$up" == 1 ]] || { tail -5 "$work/prometheus.log" >&2; fail "Prometheus with prometheus.yml could not scrape $SERVICE (up=$up)"; }
    sleep 3 # a few samples for the range functions
    while IFS= read -r expr; do
        # shellcheck disable=SC2016 # a literal $__range, not a shell variable
        expr="$(sed -E 's/\$__(rate_interval|range|interval)/1m/g' <<<"$expr")"
        result="$(curl -sf "$api/query" --data-urlencode "query=$expr")" || fail "Prometheus rejects the dashboard query: $expr"
        if [[ "$expr" == *arrflow_service_up* || "$expr" == *media_queue_size* || "$expr" == *arrflow_transcode_jobs* ]]; then
            jq -e '.data.result | length > 0' <<<"$result" >/dev/null || fail "the dashboard query returns nothing: $expr"
        fi
    done < <(jq -r '.panels[].targets[]?.expr' "$root"/ops/grafana/dashboards/*.json)
    kill "$prometheus_pid" 2>/dev/null || true
    echo "  the real Prometheus with ops/prometheus/prometheus.yml scrapes it with the token file (up=1); every dashboard query runs on that data"
}

# Uses the service once, so its lazily registered meters exist in the scrape (e.g. arrflow_webhooks_total).
exercise_service() {
    local base="http://127.0.0.1:$PORT" code
    case "$SERVICE" in
        library-watcher)
            printf 'user = "%s:%s"\n' "$(cat "$work/secrets/webhook-username")" "$(cat "$work/secrets/webhook-password")" \
                >"$work/webhook.curl"
            code="$(curl -s -o /dev/null -w '%{http_code}' -H 'content-type: application/json' \
                --data '{"eventType":"Test"}' "$base/webhooks/sonarr")"
            [[ "$code" == 401 ]] || fail "a webhook without credentials answered $code, not 401"
            curl -sS --fail -K "$work/webhook.curl" -H 'content-type: application/json' \
                --data '{"eventType":"Test","instanceName":"Sonarr"}' "$base/webhooks/sonarr" >/dev/null ||
                fail "Sonarr's Test webhook with the webhook credentials failed"
            echo "  a Sonarr Test webhook: 401 without credentials, accepted with the webhook's Basic credentials"
            ;;
        health-prober)
            # media_queue_size{queue} is registered once the stats have read the broker's queues.
            local _
            for _ in $(seq 1 30); do
                curl -sS --fail -H "@$work/auth.header" "$base/actuator/prometheus" >"$work/early.prom" || true
                grep -q '^media_queue_size' "$work/early.prom" && break
                sleep 1
            done
            curl -sS --fail -H "@$work/auth.header" "$base/api/stats" | jq -e . >/dev/null ||
                fail "/api/stats with the token did not answer JSON"
            echo "  /api/stats answers with the token; queue depths read from the broker's management API"
            prometheus_scrapes_it
            ;;
        alert-bridge)
            alertmanager_to_bridge "$base"
            ;;
    esac
}

check_runtime() {
    local base="http://127.0.0.1:$PORT" code uid
    uid="$(docker exec "$CONTAINER" /usr/local/bin/busybox id -u)"
    [[ "$uid" != 0 ]] || fail "the service runs as root"
    echo "  runs as uid $uid"
    curl -sS --fail "$base/actuator/health" | jq -e '.status == "UP"' >/dev/null || fail "/actuator/health is not UP"
    code="$(curl -s -o /dev/null -w '%{http_code}' "$base/actuator/prometheus")"
    [[ "$code" == 401 ]] || fail "/actuator/prometheus without the token answered $code, not 401"
    curl -sS --fail -H "@$work/auth.header" "$base/actuator/prometheus" >"$work/scrape.prom" ||
        fail "/actuator/prometheus with the token failed"
    grep -q '^jvm_memory_used_bytes' "$work/scrape.prom" || fail "the scrape has no jvm_memory_used_bytes"
    echo "  /actuator/health open and UP, /actuator/prometheus 401 without the token, 200 with it"
    if [[ -n "${ARRFLOW_OPS_SCRAPE_DIR:-}" ]]; then
        mkdir -p "$ARRFLOW_OPS_SCRAPE_DIR"
        cp "$work/scrape.prom" "$ARRFLOW_OPS_SCRAPE_DIR/$SERVICE.prom"
    fi
}

# Every queue/binding the running service declared must be in definitions.json with the same arguments.
check_topology() {
    local defs="$root/compose/rabbitmq/definitions.json" missing
    rabbit_api "$curl_config" GET "/queues/$VHOST" >"$work/queues.json"
    rabbit_api "$curl_config" GET "/bindings/$VHOST" >"$work/bindings.json"
    missing="$(jq -r --slurpfile d "$defs" '
        ($d[0].queues | map({(.name): .arguments}) | add) as $expected
        | .[] | select(($expected[.name] // null) != .arguments)
        | "queue \(.name) \(.arguments | tojson) is not in definitions.json with these arguments"' "$work/queues.json")"
    missing+="$(jq -r --slurpfile d "$defs" '
        ($d[0].bindings | map("\(.source)|\(.destination)|\(.routing_key)")) as $expected
        | .[] | select(.source != "") | "\(.source)|\(.destination)|\(.routing_key)" as $b
        | select(($expected | index($b)) == null) | "binding \($b) is not in definitions.json"' "$work/bindings.json")"
    if docker logs "$CONTAINER" 2>&1 | grep -q 'PRECONDITION_FAILED'; then
        missing+=$'\nthe service hit PRECONDITION_FAILED: a declaration disagrees with the pre-loaded one'
    fi
    [[ -z "$missing" ]] || fail "$missing"
    echo "  its $(jq length "$work/queues.json") queues and $(jq '[.[] | select(.source != "")] | length' \
        "$work/bindings.json") bindings agree with compose/rabbitmq/definitions.json"
}

# The image carries the JDK's class cache made at build time, and the JVM started from it without an error.
check_class_cache() {
    local command_line started
    command_line="$(docker exec "$CONTAINER" /usr/local/bin/busybox sh -c "tr '\\0' ' ' </proc/1/cmdline")"
    [[ "$command_line" == *"-XX:AOTCache=/app/app.aot"* ]] || fail "the JVM did not start from the class cache: $command_line"
    if docker logs "$CONTAINER" 2>&1 | grep '\[error *\]\[aot'; then
        fail "the JVM could not use the image's class cache"
    fi
    started="$(docker logs "$CONTAINER" 2>&1 | grep -o 'process running for [0-9.]*' | head -1)"
    echo "  started from the image's class cache (/app/app.aot), without an error; ${started:-no start-up time logged}"
}

ensure_jar
build_image
make_secrets
prepare_broker_and_redis
run_container
wait_healthy
check_class_cache
exercise_service
check_runtime
check_topology
echo "image check of $SERVICE: OK"
