#!/usr/bin/env bash
# Helpers shared by the ops tests (sourced). Everything talks to 127.0.0.1 only, and never to the state of
# the shared RabbitMQ's default vhost or the shared Redis: a test that needs a broker or a Redis takes a
# vhost and a redis-server of its own from lib/isolated.sh (sourced here; it also says which management API
# it talks to and as whom, see its header).

# shellcheck source=ops/tests/lib/isolated.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/isolated.sh"

fail() { echo "FAIL: $*" >&2; exit 1; }

# A random secret (URL-safe base64, 32 bytes), the same shape secrets-rotator init generates.
random_secret() { head -c 32 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n'; }

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
