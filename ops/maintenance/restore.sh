#!/usr/bin/env bash
# Restores an archive made by backup.sh: verifies its SHA-256 manifest first, then puts back the
# configuration folders, the secrets (if the archive has them and --secrets-dir is given), the Redis keys
# (with their TTLs) and the RabbitMQ definitions. Stop the stack's apps first (`docker-compose ... stop`),
# keep RabbitMQ and Redis running.
#
#   ops/maintenance/restore.sh --archive /srv/backups/arrflow-backup-<time>.tar.gz \
#       --config-root compose/config --secrets-dir compose/secrets \
#       --redis-password-file compose/secrets/redis-password \
#       --rabbitmq-password-file compose/secrets/rabbitmq-password [--force] [--only config,redis,rabbitmq]
#
# Without --force it refuses to write into a non-empty config root or over existing Redis keys; with
# --force the current config root is first moved aside to <root>.before-restore-<time>.
set -euo pipefail
umask 077

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=ops/maintenance/common.sh
source "$here/common.sh"

archive=""
force=false

usage() { sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; exit "${1:-0}"; }

while (($#)); do
    case "$1" in
        --archive) archive="$2"; shift 2 ;;
        --force) force=true; shift ;;
        -h | --help) usage ;;
        *)
            (($# >= 2)) || usage 2
            parse_common_option "$1" "$2" || { log "unknown option $1"; usage 2; }
            shift 2
            ;;
    esac
done

[[ -n "$archive" && -f "$archive" ]] || die "--archive must name a backup archive"
validate_common
require tar gzip sha256sum flock
wants redis && require redis-cli
wants rabbitmq && require curl jq

take_lock "$(dirname "$archive")/.arrflow-backup.lock"
stamp="$(date -u +%Y%m%dT%H%M%SZ)"
stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT

# Only plain relative members: an archive with absolute paths or ".." is refused before extraction.
if tar -tzf "$archive" | grep -qE '(^/|(^|/)\.\.(/|$))'; then
    die "$archive has absolute or parent-directory paths"
fi
tar -C "$stage" -xzf "$archive"
[[ -f "$stage/MANIFEST.sha256" ]] || die "$archive has no MANIFEST.sha256: not made by backup.sh"
(cd "$stage" && sha256sum --quiet -c MANIFEST.sha256) || die "$archive is corrupt: checksums differ"
log "verified $(wc -l <"$stage/MANIFEST.sha256") files of $archive"

restore_config() {
    [[ -f "$stage/config.tar" ]] || die "the archive has no config part"
    if [[ -d "$config_root" && -n "$(ls -A "$config_root")" ]]; then
        $force || die "$config_root is not empty: use --force (it is moved aside first)"
        mv "$config_root" "$config_root.before-restore-$stamp"
        log "config: moved the current $config_root to $config_root.before-restore-$stamp"
    fi
    mkdir -p "$config_root"
    tar -C "$config_root" -xf "$stage/config.tar"
    log "config: restored $(tar -tf "$stage/config.tar" | wc -l) entries into $config_root"
}

restore_secrets() {
    [[ -f "$stage/secrets.tar" ]] || { log "secrets: not in this archive, skipped"; return 0; }
    mkdir -p "$secrets_dir"
    chmod 700 "$secrets_dir"
    if ! $force && [[ -n "$(ls -A "$secrets_dir")" ]]; then
        die "$secrets_dir is not empty: use --force to overwrite the secrets"
    fi
    tar -C "$secrets_dir" -xf "$stage/secrets.tar"
    log "secrets: restored into $secrets_dir"
}

restore_redis() {
    local manifest="$stage/redis/manifest.tsv" n ttl key restored=0
    [[ -f "$manifest" ]] || die "the archive has no redis part"
    redis_ready
    if ! $force; then
        while IFS=$'\t' read -r n ttl key; do
            [[ "$(redis EXISTS "$key")" == 0 ]] || die "Redis key '$key' exists in database $redis_db: use --force"
        done <"$manifest"
    fi
    while IFS=$'\t' read -r n ttl key; do
        [[ "$n" =~ ^[0-9]+$ && "$ttl" =~ ^[0-9]+$ ]] || die "bad line in the Redis manifest"
        redis DEL "$key" >/dev/null
        # -x: the payload (binary) is the last argument, read from the dump file.
        [[ "$(redis -x RESTORE "$key" "$ttl" <"$stage/redis/keys/$n.dump")" == OK ]] ||
            die "Redis refused to restore '$key'"
        restored=$((restored + 1))
    done <"$manifest"
    log "redis: restored $restored keys into database $redis_db"
}

restore_rabbitmq() {
    local defs="$stage/rabbitmq/definitions.json"
    [[ -f "$defs" ]] || die "the archive has no rabbitmq part"
    rabbitmq PUT "/vhosts/$(vhost_path)" >/dev/null
    rabbitmq POST "/definitions/$(vhost_path)" --data "@$defs" >/dev/null ||
        die "RabbitMQ refused the definitions (a queue re-declared with other arguments?)"
    log "rabbitmq: imported $(jq '.queues | length' "$defs") queues, $(jq '.bindings | length' "$defs") bindings into vhost $rabbitmq_vhost"
}

wants config && restore_config
[[ -n "$secrets_dir" ]] && restore_secrets
wants redis && restore_redis
wants rabbitmq && restore_rabbitmq
log "restore of $archive done"
