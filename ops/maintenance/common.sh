#!/usr/bin/env bash
# shellcheck disable=SC2034 # the settings are read by backup.sh and restore.sh, which source this file
# Shared by backup.sh and restore.sh (sourced): options, the lock, Redis and RabbitMQ access.
# Credentials are only ever read from files (--redis-password-file, --rabbitmq-password-file): Redis gets
# its password through REDISCLI_AUTH and curl its user through a private config file, so no secret shows
# up in a process list or a log.

log() { printf '%s %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

# Defaults match compose.base.yml (ports published on 127.0.0.1 only) and ../../compose/.env.example.
config_root="${ARRFLOW_CONFIG_ROOT:-}"
secrets_dir=""
redis_host="127.0.0.1"
redis_port="${ARRFLOW_REDIS_PORT:-6379}"
redis_db=0
redis_pattern="*"
redis_password_file=""
rabbitmq_api="http://127.0.0.1:${ARRFLOW_RABBITMQ_MANAGEMENT_PORT:-15672}/api"
rabbitmq_user="${ARRFLOW_RABBITMQ_USER:-arrflow}"
rabbitmq_password_file=""
rabbitmq_vhost="/"
parts="config,redis,rabbitmq"

# Parses one option both scripts share ($1 with its value $2); returns 1 for an option it does not know.
parse_common_option() {
    case "$1" in
        --config-root) config_root="$2" ;;
        --secrets-dir) secrets_dir="$2" ;;
        --redis-host) redis_host="$2" ;;
        --redis-port) redis_port="$2" ;;
        --redis-db) redis_db="$2" ;;
        --redis-pattern) redis_pattern="$2" ;;
        --redis-password-file) redis_password_file="$2" ;;
        --rabbitmq-api) rabbitmq_api="$2" ;;
        --rabbitmq-user) rabbitmq_user="$2" ;;
        --rabbitmq-password-file) rabbitmq_password_file="$2" ;;
        --rabbitmq-vhost) rabbitmq_vhost="$2" ;;
        --only) parts="$2" ;;
        *) return 1 ;;
    esac
}

wants() { [[ ",$parts," == *",$1,"* ]]; }

validate_common() {
    [[ "$redis_db" =~ ^[0-9]+$ ]] || die "--redis-db must be a number"
    [[ "$redis_port" =~ ^[0-9]+$ ]] || die "--redis-port must be a number"
    local part
    IFS=, read -ra _parts <<<"$parts"
    for part in "${_parts[@]}"; do
        [[ "$part" =~ ^(config|redis|rabbitmq)$ ]] || die "--only takes config, redis, rabbitmq (got '$part')"
    done
    if wants config; then
        [[ -n "$config_root" ]] || die "--config-root (or ARRFLOW_CONFIG_ROOT) is required for the config part"
    fi
    if [[ -n "$redis_password_file" && ! -r "$redis_password_file" ]]; then
        die "cannot read $redis_password_file"
    fi
    if [[ -n "$rabbitmq_password_file" && ! -r "$rabbitmq_password_file" ]]; then
        die "cannot read $rabbitmq_password_file"
    fi
    if wants rabbitmq && [[ -z "$rabbitmq_password_file" ]]; then
        die "--rabbitmq-password-file is required for the rabbitmq part"
    fi
}

# One run at a time per lock file (a second run waits up to 10 minutes, then gives up).
take_lock() {
    local lock_file="$1"
    exec 9>"$lock_file"
    flock -w 600 9 || die "another backup or restore holds $lock_file"
}

redis() {
    local -a cli=(redis-cli --no-auth-warning -h "$redis_host" -p "$redis_port" -n "$redis_db")
    if [[ -n "$redis_password_file" ]]; then
        REDISCLI_AUTH="$(tr -d '\r\n' <"$redis_password_file")" "${cli[@]}" "$@"
    else
        env -u REDISCLI_AUTH "${cli[@]}" "$@"
    fi
}

# Fails unless Redis answers PING with PONG (an authentication error makes redis-cli print, not fail).
redis_ready() {
    [[ "$(redis PING 2>&1)" == PONG ]] || die "Redis at $redis_host:$redis_port (database $redis_db) does not answer PING: $(redis PING 2>&1 | head -1)"
}

# rabbitmq <METHOD> <path> [curl args]: the management API with the credentials from the password file.
rabbitmq() {
    local method="$1" path="$2" config
    shift 2
    config="$(mktemp)"
    printf 'user = "%s:%s"\n' "$rabbitmq_user" "$(tr -d '\r\n' <"$rabbitmq_password_file")" >"$config"
    local status=0
    curl -sS --fail -K "$config" -X "$method" -H 'content-type: application/json' "$@" \
        "$rabbitmq_api$path" || status=$?
    rm -f "$config"
    return "$status"
}

# The vhost as the management API wants it in a path ("/" → %2F).
vhost_path() { jq -rn --arg v "$rabbitmq_vhost" '$v | @uri'; }

require() {
    local tool
    for tool in "$@"; do
        command -v "$tool" >/dev/null 2>&1 || die "$tool is not installed"
    done
}
