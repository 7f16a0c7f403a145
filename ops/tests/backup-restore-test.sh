#!/usr/bin/env bash
# Makes a backup with ops/maintenance/backup.sh and restores it with restore.sh, against real services:
# a private redis-server started for this run (its database 7, so --redis-db is exercised) and the local
# RabbitMQ management API (a vhost made for this run), plus temp folders for the configs and secrets.
# Checks that everything comes back identical (files, modes, Redis payloads and TTLs, queues with their
# arguments), that excluded files stay out, that restore refuses a non-empty target without --force and a
# tampered archive, and that retention keeps --keep archives.
# The vhost and the redis-server are removed at the end, also on failure (lib/isolated.sh); the shared
# Redis and the broker's default vhost are never touched.
set -euo pipefail
umask 077

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
# shellcheck source=ops/tests/lib.sh
source "$here/lib.sh"
require_tools redis-server redis-cli curl jq tar sha256sum flock

readonly REDIS_DB=7
work="$(mktemp -d)"
cleanup() {
    isolated_teardown
    rm -rf "$work"
}
trap cleanup EXIT

curl_config="$work/rabbitmq.curl"
write_rabbitmq_curl_config "$curl_config"
ci_rabbitmq_password >"$work/rabbitmq-password"
isolated_redis_start
isolated_vhost_create backup
readonly REDIS_HOST=127.0.0.1 REDIS_PORT="$ISOLATED_REDIS_PORT" VHOST="$ISOLATED_VHOST"

rcli() { redis-cli -h "$REDIS_HOST" -p "$REDIS_PORT" -n "$REDIS_DB" "$@"; }
vhost_path() { jq -rn --arg v "$VHOST" '$v | @uri'; }

seed() {
    mkdir -p "$work/config/sonarr/logs" "$work/config/prometheus" "$work/config/authelia" "$work/secrets"
    printf '<Config><Port>8989</Port></Config>\n' >"$work/config/sonarr/config.xml"
    printf 'a log line\n' >"$work/config/sonarr/logs/sonarr.txt"
    printf 'tsdb block\n' >"$work/config/prometheus/chunk"
    printf 'users: {}\n' >"$work/config/authelia/users database.yml"
    random_secret >"$work/secrets/redis-password"
    chmod 600 "$work/secrets/redis-password"

    [[ "$(rcli DBSIZE)" == 0 ]] || fail "the private Redis is not empty"
    rcli SET 'arrflow:stats:bytes-saved' 123456 >/dev/null
    rcli HSET 'arrflow:job:0001' state RUNNING path '/data/media/tv/Show S01E01.mkv' percent 42 >/dev/null
    rcli SADD 'arrflow:jobs:active' 0001 0002 >/dev/null
    rcli SET 'arrflow:jobs:by-path:/data/media/tv/Show S01E01.mkv' 0001 >/dev/null
    rcli SET 'arrflow:seen:abc' 1 EX 86400 >/dev/null
    head -c 256 /dev/urandom >"$work/binary"
    rcli -x SET 'arrflow:binary' <"$work/binary" >/dev/null

    rabbit_api "$curl_config" POST "/definitions/$(vhost_path)" --data "@$root/compose/rabbitmq/definitions.json" >/dev/null
}

# A comparable picture of the private Redis' database 7 and the vhost: each key's payload digest, and the
# queues' arguments. A set's members are compared sorted: DUMP writes a hash-table set in its iteration order,
# which depends on the server process' random hash seed, so two servers dump the same set differently.
snapshot() {
    local key
    rcli --scan | sort | while IFS= read -r key; do
        if [[ "$(rcli TYPE "$key")" == set ]]; then
            printf '%s %s\n' "$key" "$(rcli SMEMBERS "$key" | sort | sha256sum | cut -c1-16)"
        else
            printf '%s %s\n' "$key" "$(rcli --raw DUMP "$key" | sha256sum | cut -c1-16)"
        fi
    done
    rabbit_api "$curl_config" GET "/queues/$(vhost_path)" | jq -c 'map({name, arguments}) | sort_by(.name)[]'
}

backup() {
    "$root/ops/maintenance/backup.sh" --dest "$work/backups" --keep "${1:-14}" \
        --config-root "$work/config" --secrets-dir "$work/secrets" \
        --redis-host "$REDIS_HOST" --redis-port "$REDIS_PORT" --redis-db "$REDIS_DB" \
        --rabbitmq-api "$CI_RABBITMQ_API" --rabbitmq-user "$(ci_rabbitmq_user)" \
        --rabbitmq-password-file "$work/rabbitmq-password" --rabbitmq-vhost "$VHOST" 2>>"$work/log"
}

restore() {
    "$root/ops/maintenance/restore.sh" --archive "$1" "${@:2}" \
        --config-root "$work/config" --secrets-dir "$work/secrets" \
        --redis-host "$REDIS_HOST" --redis-port "$REDIS_PORT" --redis-db "$REDIS_DB" \
        --rabbitmq-api "$CI_RABBITMQ_API" --rabbitmq-user "$(ci_rabbitmq_user)" \
        --rabbitmq-password-file "$work/rabbitmq-password" --rabbitmq-vhost "$VHOST" 2>>"$work/log"
}

seed
snapshot >"$work/before"
[[ "$(grep -c '^arrflow:' "$work/before")" == 6 ]] || fail "seeding Redis database $REDIS_DB failed"
archive="$(backup)"
[[ -f "$archive" && "$(stat -c %a "$archive")" == 600 ]] || fail "the archive is missing or not mode 0600"
echo "  backup: $(basename "$archive"), mode 0600"

# Lose everything (the private Redis' database and this run's vhost), then restore.
cp -a "$work/config" "$work/config.orig"
cp -a "$work/secrets" "$work/secrets.orig"
rm -rf "$work/config" "$work/secrets"
rcli FLUSHDB >/dev/null
rabbit_api "$curl_config" DELETE "/vhosts/$(vhost_path)" >/dev/null
restore "$archive" || { cat "$work/log" >&2; fail "restore.sh failed"; }

snapshot >"$work/after"
diff "$work/before" "$work/after" || { cat "$work/log" >&2; fail "Redis keys or RabbitMQ queues differ after the restore"; }
[[ "$(rcli TTL 'arrflow:seen:abc')" -gt 0 ]] || fail "the TTL of arrflow:seen:abc was lost"
[[ "$(rcli TTL 'arrflow:stats:bytes-saved')" == -1 ]] || fail "a key without TTL got one"
cmp -s "$work/config/sonarr/config.xml" "$work/config.orig/sonarr/config.xml" || fail "config.xml differs"
cmp -s "$work/config/authelia/users database.yml" "$work/config.orig/authelia/users database.yml" ||
    fail "a file name with a space was not restored"
[[ ! -e "$work/config/sonarr/logs" && ! -e "$work/config/prometheus" ]] || fail "logs or Prometheus' TSDB were backed up"
cmp -s "$work/secrets/redis-password" "$work/secrets.orig/redis-password" || fail "the secret differs"
[[ "$(stat -c %a "$work/secrets/redis-password")" == 600 ]] || fail "the secret lost its mode 0600"
echo "  restore: $(grep -c '^arrflow:' "$work/after") Redis keys (payloads, TTLs), $(grep -c '"name"' "$work/after") queues, configs and secrets identical; logs and TSDB left out"

if restore "$archive" 2>/dev/null; then fail "restore wrote into a non-empty config root without --force"; fi
restore "$archive" --force || fail "restore --force failed"
ls -d "$work"/config.before-restore-* >/dev/null 2>&1 || fail "--force did not keep the replaced config root"
echo "  restore refuses a non-empty target without --force; --force moves the old one aside"

mkdir -p "$work/tampered"
tar -C "$work/tampered" -xzf "$archive"
printf 'x' >>"$work/tampered/redis/manifest.tsv"
tar -C "$work/tampered" -czf "$work/tampered.tar.gz" .
if restore "$work/tampered.tar.gz" --force 2>/dev/null; then fail "a tampered archive was restored"; fi
grep -q 'checksums differ' "$work/log" || fail "the tampered archive was refused for another reason"
echo "  a tampered archive is refused (checksum)"

# Credentials Redis does not accept must stop the backup, not produce an empty one.
if "$root/ops/maintenance/backup.sh" --dest "$work/backups" --only redis --redis-host "$REDIS_HOST" \
    --redis-port "$REDIS_PORT" --redis-db "$REDIS_DB" --redis-password-file "$work/secrets/redis-password" \
    2>>"$work/log" >/dev/null; then
    fail "a backup with credentials Redis rejects succeeded"
fi
echo "  a Redis that rejects the credentials stops the backup"

sleep 1 && backup 2 >/dev/null
sleep 1 && backup 2 >/dev/null
[[ "$(find "$work/backups" -name 'arrflow-backup-*.tar.gz' | wc -l)" == 2 ]] || fail "--keep 2 kept another number"
echo "  retention: --keep 2 keeps the two newest archives"
echo "backup/restore test: OK"
