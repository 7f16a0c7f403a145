#!/usr/bin/env bash
# Boots compose.base.yml's configuration on real servers, on the host (the images cannot be pulled here):
#   Redis:    compose/redis/start.sh with compose/redis/redis.conf on a free loopback port → a password-less
#             client is refused, the secret's password is accepted, append-only is on, and the ACL file
#             holds no plaintext password.
#   RabbitMQ: compose/rabbitmq/entrypoint.sh + rabbitmq.conf + enabled_plugins on a second node of its own
#             (arrflow-check-<pid>@localhost, free loopback ports) → it boots, imports definitions.json and
#             the arrflow user at start, creates no guest user, and has every queue with its arguments.
# Both servers are this run's own (data in a temp folder, stopped by their pid at the end, also on failure):
# the shared RabbitMQ node and the shared Redis are never contacted.
# Needs root (both servers run as their own system users), redis-server and rabbitmq-server.
set -euo pipefail
umask 022

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
# shellcheck source=ops/tests/lib.sh
source "$here/lib.sh"
require_tools redis-server redis-cli rabbitmq-server rabbitmqctl curl jq
[[ "$(id -u)" == 0 ]] || fail "run as root: the servers switch to the redis and rabbitmq users"

REDIS_PORT="$(isolated_free_port)"
AMQP_PORT="$(isolated_free_port "$REDIS_PORT")"
MGMT_PORT="$(isolated_free_port "$REDIS_PORT" "$AMQP_PORT")"
PROM_PORT="$(isolated_free_port "$REDIS_PORT" "$AMQP_PORT" "$MGMT_PORT")"
DIST_PORT="$(isolated_free_port "$REDIS_PORT" "$AMQP_PORT" "$MGMT_PORT" "$PROM_PORT")"
readonly REDIS_PORT AMQP_PORT MGMT_PORT PROM_PORT DIST_PORT
readonly NODE="arrflow-check-$$@localhost"
work="$(mktemp -d)"
chmod 755 "$work"

cleanup() {
    # Only the processes of this run's pid files: the Redis started by start.sh, this run's RabbitMQ node.
    isolated_stop_pid "$(cat "$work/redis-data/redis.pid" 2>/dev/null)"
    RABBITMQ_NODENAME="$NODE" timeout 60 rabbitmqctl -n "$NODE" stop >/dev/null 2>&1 || true
    isolated_stop_pid "$(cat "$work/mnesia/pid" 2>/dev/null)"
    [[ -n "${KEEP_WORK:-}" ]] || rm -rf "$work"
}
trap cleanup EXIT

test_redis() {
    local password reply
    random_secret >"$work/redis-password"
    password="$(cat "$work/redis-password")"
    mkdir -p "$work/redis-data"
    chown redis:redis "$work/redis-data"
    # Stands in for the image's docker-entrypoint.sh, which drops to the redis user the same way.
    printf '#!/bin/sh\nexec runuser -u redis -- "$@"\n' >"$work/as-redis"
    chmod 755 "$work/as-redis"
    # The redis user reads the config: a copy in the work folder, since a checkout under a private home
    # (/root, mode 0700) is out of its reach.
    install -m 644 "$root/compose/redis/redis.conf" "$work/redis.conf"
    ARRFLOW_REDIS_PASSWORD_FILE="$work/redis-password" ARRFLOW_REDIS_ACL_FILE="$work/users.acl" \
        ARRFLOW_REDIS_CONF="$work/redis.conf" ARRFLOW_NEXT_ENTRYPOINT="$work/as-redis" \
        sh "$root/compose/redis/start.sh" --dir "$work/redis-data" --port "$REDIS_PORT" --bind 127.0.0.1 \
        --daemonize yes --logfile "$work/redis-data/redis.log" --pidfile "$work/redis-data/redis.pid"
    [[ -s "$work/users.acl" ]] || fail "start.sh wrote no ACL file"
    ! grep -qF "$password" "$work/users.acl" || fail "the ACL file holds the plaintext password"
    for _ in $(seq 1 50); do
        reply="$(REDISCLI_AUTH="$password" redis-cli --no-auth-warning -p "$REDIS_PORT" PING 2>/dev/null || true)"
        [[ "$reply" == PONG ]] && break
        sleep 0.2
    done
    [[ "$reply" == PONG ]] || fail "Redis with compose's config did not accept the secret's password"
    reply="$(REDISCLI_AUTH="$password" redis-cli --no-auth-warning -p "$REDIS_PORT" INFO server | tr -d '\r' |
        sed -n 's/^process_id://p')"
    [[ "$reply" == "$(cat "$work/redis-data/redis.pid")" ]] || fail "the Redis on port $REDIS_PORT is not the one start.sh started"
    reply="$(redis-cli -p "$REDIS_PORT" PING 2>&1 || true)"
    [[ "$reply" == *NOAUTH* ]] || fail "Redis answered a client without password: $reply"
    reply="$(REDISCLI_AUTH="$password" redis-cli --no-auth-warning -p "$REDIS_PORT" CONFIG GET appendonly | tail -1)"
    [[ "$reply" == yes ]] || fail "append-only persistence is off"
    echo "  redis: start.sh + redis.conf: password from the secret file required (hash-only ACL), append-only on"
}

test_rabbitmq() {
    local conf="$work/rabbitmq.conf" defs="$work/definitions" expected actual code
    random_secret >"$work/rabbitmq-password"
    ARRFLOW_RABBITMQ_PASSWORD_FILE="$work/rabbitmq-password" ARRFLOW_TOPOLOGY_FILE="$root/compose/rabbitmq/definitions.json" \
        ARRFLOW_DEFINITIONS_DIR="$defs" ARRFLOW_NEXT_ENTRYPOINT=true sh "$root/compose/rabbitmq/entrypoint.sh"
    jq -e '.users[0].name == "arrflow"' "$defs/20-users.json" >/dev/null || fail "entrypoint.sh wrote no valid users file"
    # The committed config, with the definitions directory and this node's loopback ports.
    sed "s#^load_definitions = .*#load_definitions = $defs#" "$root/compose/rabbitmq/rabbitmq.conf" >"$conf"
    cat >>"$conf" <<EOF
listeners.tcp.default = 127.0.0.1:$AMQP_PORT
management.tcp.ip = 127.0.0.1
management.tcp.port = $MGMT_PORT
prometheus.tcp.ip = 127.0.0.1
prometheus.tcp.port = $PROM_PORT
log.file = rabbit.log
EOF
    mkdir -p "$work/mnesia" "$work/log"
    chown -R rabbitmq:rabbitmq "$work/mnesia" "$work/log" "$defs" "$conf"
    RABBITMQ_NODENAME="$NODE" RABBITMQ_CONFIG_FILE="$conf" RABBITMQ_MNESIA_BASE="$work/mnesia" \
        RABBITMQ_LOG_BASE="$work/log" RABBITMQ_ENABLED_PLUGINS_FILE="$root/compose/rabbitmq/enabled_plugins" \
        RABBITMQ_DIST_PORT="$DIST_PORT" RABBITMQ_PID_FILE="$work/mnesia/pid" \
        rabbitmq-server -detached >"$work/server.out" 2>&1
    local booted=false
    for _ in $(seq 1 60); do
        if RABBITMQ_NODENAME="$NODE" rabbitmqctl -n "$NODE" await_startup --timeout 5 >/dev/null 2>&1; then
            booted=true
            break
        fi
        sleep 2
    done
    $booted || { tail -20 "$work/log/rabbit.log" >&2 || true; fail "RabbitMQ did not boot with compose's rabbitmq.conf"; }
    printf 'user = "arrflow:%s"\n' "$(cat "$work/rabbitmq-password")" >"$work/arrflow.curl"
    curl -sS --fail -K "$work/arrflow.curl" "http://127.0.0.1:$MGMT_PORT/api/whoami" >/dev/null ||
        fail "the arrflow user with the secret's password is refused"
    code="$(curl -s -o /dev/null -w '%{http_code}' -u "guest:guest" "http://127.0.0.1:$MGMT_PORT/api/whoami")"
    [[ "$code" == 401 ]] || fail "the default guest user exists (answered $code)"
    expected="$(jq -cS '.queues | map({name, arguments}) | sort_by(.name)' "$root/compose/rabbitmq/definitions.json")"
    actual="$(curl -sS --fail -K "$work/arrflow.curl" "http://127.0.0.1:$MGMT_PORT/api/queues/%2F" |
        jq -cS 'map({name, arguments}) | sort_by(.name)')"
    [[ "$expected" == "$actual" ]] || fail "the booted broker's queues differ from definitions.json"
    curl -sS --fail "http://127.0.0.1:$PROM_PORT/metrics" >"$work/metrics" || fail "the rabbitmq_prometheus plugin does not answer"
    grep -q '^rabbitmq_' "$work/metrics" || fail "the rabbitmq_prometheus plugin exports no rabbitmq_ metric"
    echo "  rabbitmq: booted with rabbitmq.conf + enabled_plugins; $(jq length <<<"$actual") queues from definitions.json, arrflow user from the secret, no guest, Prometheus endpoint up"
}

test_redis
test_rabbitmq
echo "base services test: OK"
