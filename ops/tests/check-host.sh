#!/usr/bin/env bash
# Checks the host tuning files in ops/host against real software:
#   daemon.json             valid JSON, json-file logs rotated (max-size, max-file), and dockerd itself
#                           accepts it (`dockerd --validate`, when this dockerd has that flag)
#   99-arrflow.conf         every key exists in the running kernel (/proc/sys) and every value is numeric
#   postgresql-immich.conf  every parameter exists in the local PostgreSQL (pg_settings); the values of
#                           session-settable ones are accepted by SET, the others parse in their unit
set -euo pipefail
umask 077

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
# shellcheck source=ops/tests/lib.sh
source "$here/lib.sh"
require_tools jq psql

host="$root/ops/host"
readonly PG_HOST="${ARRFLOW_CI_PG_HOST:-127.0.0.1}" PG_USER="${ARRFLOW_CI_PG_USER:-postgres}"

check_daemon_json() {
    jq -e '."log-driver" == "json-file" and (."log-opts"."max-size" | test("^[0-9]+[kmg]$"))
           and (."log-opts"."max-file" | tonumber > 0)' "$host/daemon.json" >/dev/null ||
        fail "daemon.json: not JSON with json-file logs rotated by max-size and max-file"
    if dockerd --help 2>/dev/null | grep -q -- '--validate'; then
        dockerd --validate --config-file "$host/daemon.json" >/dev/null 2>&1 || fail "dockerd rejects daemon.json"
        echo "  daemon.json: valid for dockerd, logs rotated"
    else
        echo "  daemon.json: valid JSON, logs rotated (this dockerd has no --validate)"
    fi
}

check_sysctl() {
    local key value n=0
    while IFS='=' read -r key value; do
        key="$(tr -d '[:space:]' <<<"$key")"
        value="$(tr -d '[:space:]' <<<"$value")"
        [[ -z "$key" || "$key" == "#"* ]] && continue
        [[ -e "/proc/sys/${key//.//}" ]] || fail "99-arrflow.conf: the kernel has no $key"
        [[ "$value" =~ ^[0-9]+$ ]] || fail "99-arrflow.conf: $key = $value is not a number"
        n=$((n + 1))
    done <"$host/99-arrflow.conf"
    ((n > 0)) || fail "99-arrflow.conf sets nothing"
    echo "  99-arrflow.conf: $n keys, all known to the running kernel"
}

check_postgresql() {
    local name value context n=0
    psql -h "$PG_HOST" -U "$PG_USER" -Atc 'SELECT 1' >/dev/null 2>&1 ||
        fail "PostgreSQL at $PG_HOST is not reachable (see ../shared/ENVIRONMENT.md to start it)"
    while IFS='=' read -r name value; do
        name="$(tr -d '[:space:]' <<<"$name")"
        value="$(sed -E 's/^[[:space:]]+|[[:space:]]+$//g' <<<"$value")"
        [[ -z "$name" || "$name" == "#"* ]] && continue
        context="$(psql -h "$PG_HOST" -U "$PG_USER" -Atc "SELECT context FROM pg_settings WHERE name = '$name'")"
        [[ -n "$context" ]] || fail "postgresql-immich.conf: PostgreSQL has no parameter $name"
        if [[ "$context" == user || "$context" == superuser ]]; then
            psql -h "$PG_HOST" -U "$PG_USER" -v ON_ERROR_STOP=1 -qc "BEGIN; SET LOCAL $name = '$value'; ROLLBACK;" \
                >/dev/null 2>&1 || fail "postgresql-immich.conf: PostgreSQL rejects $name = $value"
        else
            # Not settable in a session: check the value's form against the parameter's unit instead.
            [[ "$value" =~ ^[0-9.]+(kB|MB|GB|TB|ms|s|min|h|d)?$ || "$value" =~ ^(on|off)$ ]] ||
                fail "postgresql-immich.conf: $name = $value is not a number with a unit"
        fi
        n=$((n + 1))
    done <"$host/postgresql-immich.conf"
    echo "  postgresql-immich.conf: $n parameters known to PostgreSQL $(psql -h "$PG_HOST" -U "$PG_USER" -Atc 'SHOW server_version' | cut -d' ' -f1)"
}

check_daemon_json
check_sysctl
check_postgresql
echo "host tuning check: OK"
