#!/usr/bin/env bash
# shellcheck disable=SC2034 # the settings are read by the tests that source this file
# Helpers shared by the ops tests (sourced). Everything talks to 127.0.0.1 only.
#   CI's local broker: ARRFLOW_CI_RABBITMQ_USER (default guest, the broker's default user) and
#   ARRFLOW_CI_RABBITMQ_PASSWORD_FILE (default: the default user's password is its name).
#   CI's local Redis: ARRFLOW_CI_REDIS_HOST/PORT (default 127.0.0.1:6379), no password.

readonly CI_RABBITMQ_API="${ARRFLOW_CI_RABBITMQ_API:-http://127.0.0.1:15672/api}"
readonly CI_REDIS_HOST="${ARRFLOW_CI_REDIS_HOST:-127.0.0.1}"
readonly CI_REDIS_PORT="${ARRFLOW_CI_REDIS_PORT:-6379}"

fail() { echo "FAIL: $*" >&2; exit 1; }

# A random secret (URL-safe base64, 32 bytes), the same shape secrets-rotator init generates.
random_secret() { head -c 32 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n'; }

ci_rabbitmq_user() { echo "${ARRFLOW_CI_RABBITMQ_USER:-guest}"; }

ci_rabbitmq_password() {
    if [[ -n "${ARRFLOW_CI_RABBITMQ_PASSWORD_FILE:-}" ]]; then
        tr -d '\n' <"$ARRFLOW_CI_RABBITMQ_PASSWORD_FILE"
    else
        ci_rabbitmq_user
    fi
}

# Writes a curl config holding the broker's credentials (so they never appear in a process list).
# $1: the file to write (in a private temp directory).
write_rabbitmq_curl_config() {
    printf 'user = "%s:%s"\n' "$(ci_rabbitmq_user)" "$(ci_rabbitmq_password)" >"$1"
    chmod 600 "$1"
}

# rabbit_api <curl-config> <METHOD> <path> [curl args...]: the management API, failing on HTTP errors.
rabbit_api() {
    local config="$1" method="$2" path="$3"
    shift 3
    curl -sS --fail -K "$config" -X "$method" -H 'content-type: application/json' "$@" "$CI_RABBITMQ_API$path"
}

require_tools() {
    local tool
    for tool in "$@"; do
        command -v "$tool" >/dev/null 2>&1 || fail "$tool is not installed"
    done
}
