# shellcheck shell=bash
# shellcheck disable=SC2034 # ISOLATED_REDIS_PORT and ISOLATED_VHOST are read by the scripts that source this
# A private RabbitMQ vhost and a private Redis for one test or load run (sourced by ops/tests/lib.sh and
# load-tests/lib/service.sh). The shared broker's default vhost and the shared Redis (127.0.0.1:6379) may
# hold a user's real arrflow state: nothing here reads, flushes or purges them.
#
#   isolated_free_port [PORT...]  prints a loopback TCP port nobody listens on (and not one of PORT...)
#   isolated_redis_start          starts `redis-server` on a free loopback port, no persistence
#                                 → ISOLATED_REDIS_PORT
#   isolated_vhost_create TAG     creates the vhost arrflow-run-TAG-<pid>-<random>, all permissions for the
#                                 broker user → ISOLATED_VHOST
#   isolated_teardown             deletes that vhost with everything in it and stops that Redis; call it from
#                                 the caller's EXIT trap (it never fails)
#   isolated_stop_pid PID         SIGTERM, then SIGKILL after 15 s, to a process this run started
#
# The broker's management API: ARRFLOW_CI_RABBITMQ_API (default http://127.0.0.1:15672/api), as the user
# ARRFLOW_CI_RABBITMQ_USER (default guest) with the password in ARRFLOW_CI_RABBITMQ_PASSWORD_FILE (default:
# the user's name, as for guest). The credentials go to curl in a 0600 file, never on a command line.

CI_RABBITMQ_API="${ARRFLOW_CI_RABBITMQ_API:-http://127.0.0.1:15672/api}"
ISOLATED_DIR=""
ISOLATED_REDIS_PORT=""
ISOLATED_REDIS_PID=""
ISOLATED_VHOST=""

ci_rabbitmq_user() { echo "${ARRFLOW_CI_RABBITMQ_USER:-guest}"; }

ci_rabbitmq_password() {
    if [[ -n "${ARRFLOW_CI_RABBITMQ_PASSWORD_FILE:-}" ]]; then
        tr -d '\n' <"$ARRFLOW_CI_RABBITMQ_PASSWORD_FILE"
    else
        ci_rabbitmq_user
    fi
}

# The scratch folder of this helper (Redis' pid and log, the curl config), made on first use.
_isolated_dir() {
    [[ -n "$ISOLATED_DIR" ]] || ISOLATED_DIR="$(mktemp -d)"
}

# shellcheck disable=SC2120 # the ports to avoid are passed by the callers that need several ports
isolated_free_port() {
    local port taken _
    for _ in $(seq 1 200); do
        # Below Linux' ephemeral range (32768-60999), so an outgoing connection cannot be holding it.
        port=$((20000 + RANDOM % 12000))
        for taken in "$@"; do
            [[ "$port" != "$taken" ]] || continue 2
        done
        # A refused connection: nothing listens there.
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "$port"
            return 0
        fi
    done
    echo "isolated: no free loopback port found" >&2
    return 1
}

# Whether PID runs (a zombie waiting for its parent to reap it has ended).
_isolated_running() {
    local state
    state="$(sed 's/.*) //' "/proc/$1/stat" 2>/dev/null | cut -d' ' -f1)"
    [[ -n "$state" && "$state" != Z ]]
}

isolated_stop_pid() {
    local pid="$1" _
    [[ "$pid" =~ ^[0-9]+$ ]] || return 0
    kill "$pid" 2>/dev/null || return 0
    for _ in $(seq 1 150); do
        _isolated_running "$pid" || return 0
        sleep 0.1
    done
    kill -KILL "$pid" 2>/dev/null || true
}

isolated_redis_start() {
    local port pid reply _attempt _
    _isolated_dir
    for _attempt in 1 2 3 4 5; do
        port="$(isolated_free_port)" || return 1
        rm -f "$ISOLATED_DIR/redis.pid"
        redis-server --port "$port" --bind 127.0.0.1 --save '' --appendonly no --daemonize yes \
            --pidfile "$ISOLATED_DIR/redis.pid" --dir "$ISOLATED_DIR" --logfile "$ISOLATED_DIR/redis.log" ||
            continue
        for _ in $(seq 1 50); do
            pid="$(cat "$ISOLATED_DIR/redis.pid" 2>/dev/null || true)"
            reply="$(redis-cli -h 127.0.0.1 -p "$port" INFO server 2>/dev/null | tr -d '\r' |
                sed -n 's/^process_id://p' || true)"
            # Ours only when the server on that port is the process of our pid file (the port may have been
            # taken between the check and the start).
            if [[ -n "$pid" && "$reply" == "$pid" ]]; then
                ISOLATED_REDIS_PORT="$port"
                ISOLATED_REDIS_PID="$pid"
                return 0
            fi
            [[ -z "$pid" ]] || _isolated_running "$pid" || break
            sleep 0.1
        done
        [[ -z "$pid" ]] || isolated_stop_pid "$pid"
    done
    echo "isolated: could not start a private redis-server: $(tail -3 "$ISOLATED_DIR/redis.log" 2>/dev/null)" >&2
    return 1
}

isolated_redis_stop() {
    # SIGTERM: with --save '' and no append-only file it exits without writing anything.
    isolated_stop_pid "$ISOLATED_REDIS_PID"
    ISOLATED_REDIS_PID=""
    ISOLATED_REDIS_PORT=""
}

# _isolated_rabbit METHOD PATH [curl args...]: the management API, failing on an HTTP error.
_isolated_rabbit() {
    local method="$1" path="$2"
    shift 2
    _isolated_dir
    if [[ ! -s "$ISOLATED_DIR/rabbitmq.curl" ]]; then
        (umask 077 && printf 'user = "%s:%s"\n' "$(ci_rabbitmq_user)" "$(ci_rabbitmq_password)" \
            >"$ISOLATED_DIR/rabbitmq.curl")
    fi
    curl -sS --fail -o /dev/null -K "$ISOLATED_DIR/rabbitmq.curl" -X "$method" \
        -H 'content-type: application/json' "$@" "$CI_RABBITMQ_API$path"
}

isolated_vhost_create() {
    local tag="$1"
    [[ "$tag" =~ ^[a-z0-9-]+$ ]] || { echo "isolated: a vhost tag is lower-case letters, digits and -" >&2; return 1; }
    # Named before it exists, so a failure half-way through is still cleaned up by isolated_teardown.
    ISOLATED_VHOST="arrflow-run-$tag-$$-$RANDOM"
    if ! _isolated_rabbit PUT "/vhosts/$ISOLATED_VHOST" --data '{}' ||
        ! _isolated_rabbit PUT "/permissions/$ISOLATED_VHOST/$(ci_rabbitmq_user)" \
            --data '{"configure":".*","write":".*","read":".*"}'; then
        echo "isolated: could not create the vhost $ISOLATED_VHOST at $CI_RABBITMQ_API" >&2
        return 1
    fi
}

isolated_vhost_delete() {
    [[ -n "$ISOLATED_VHOST" ]] || return 0
    # Deleting a vhost deletes its queues, exchanges, bindings and permissions. 404: already gone.
    if ! _isolated_rabbit DELETE "/vhosts/$ISOLATED_VHOST" 2>/dev/null &&
        _isolated_rabbit GET "/vhosts/$ISOLATED_VHOST" 2>/dev/null; then
        echo "isolated: could not delete the vhost $ISOLATED_VHOST: delete it by hand" >&2
        return 1
    fi
    ISOLATED_VHOST=""
}

isolated_teardown() {
    isolated_vhost_delete || true
    isolated_redis_stop || true
    [[ -z "$ISOLATED_DIR" ]] || rm -rf "$ISOLATED_DIR"
    ISOLATED_DIR=""
}
