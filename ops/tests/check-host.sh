#!/usr/bin/env bash
# Checks the host tuning files in ops/host against real software:
#   daemon.json             valid JSON, json-file logs rotated (max-size, max-file), and dockerd itself
#                           accepts it (`dockerd --validate`, when this dockerd has that flag)
#   99-arrflow.conf         every key exists in the running kernel (/proc/sys) and every value is numeric
#   postgresql-immich.conf  a throwaway PostgreSQL cluster loads it (postgres -C): names and values valid
set -euo pipefail
umask 077

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
# shellcheck source=ops/tests/lib.sh
source "$here/lib.sh"
require_tools jq runuser

host="$root/ops/host"

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

# A throwaway cluster (initdb) that includes the file: `postgres -C` loads the whole configuration and stops
# with FATAL on an unknown parameter or a value it cannot take, without starting a server.
check_postgresql() {
    local bin name value n=0 data shown
    bin="$(find /usr/lib/postgresql -maxdepth 3 -path '*/bin/postgres' 2>/dev/null | sort -V | tail -1)"
    [[ -n "$bin" ]] || fail "no PostgreSQL server binaries: apt-get install -y postgresql"
    bin="$(dirname "$bin")"
    [[ "$(id -u)" == 0 ]] || fail "run as root: initdb and postgres run as the postgres user"
    data="$(mktemp -d)"
    chown postgres "$data"
    as_postgres() { (cd / && runuser -u postgres -- "$@"); }
    as_postgres "$bin/initdb" -D "$data/cluster" -A trust -U postgres >/dev/null ||
        { rm -rf "$data"; fail "initdb failed"; }
    cp "$host/postgresql-immich.conf" "$data/cluster/immich.conf"
    chown postgres "$data/cluster/immich.conf"
    printf "include 'immich.conf'\n" >>"$data/cluster/postgresql.conf"
    while IFS='=' read -r name value; do
        name="$(tr -d '[:space:]' <<<"$name")"
        [[ -z "$name" || "$name" == "#"* ]] && continue
        if ! shown="$(as_postgres "$bin/postgres" -D "$data/cluster" -C "$name" 2>&1)"; then
            rm -rf "$data"
            fail "postgresql-immich.conf: PostgreSQL rejects $name: $shown"
        fi
        n=$((n + 1))
    done <"$host/postgresql-immich.conf"
    rm -rf "$data"
    ((n > 0)) || fail "postgresql-immich.conf sets nothing"
    echo "  postgresql-immich.conf: $n parameters loaded by PostgreSQL $("$bin/postgres" --version | awk '{print $3}') (postgres -C)"
}

check_daemon_json
check_sysctl
check_postgresql
echo "host tuning check: OK"
