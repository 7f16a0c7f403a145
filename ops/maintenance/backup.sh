#!/usr/bin/env bash
# Backs up arrflow's stack into one archive: the apps' configuration folders (without logs, caches and
# the databases backed up logically below), the Redis keys (DUMP per key, TTLs kept) and the RabbitMQ
# definitions (queues, exchanges, bindings, policies, users). Optionally the secrets directory.
#
#   ops/maintenance/backup.sh --dest /srv/backups --config-root compose/config \
#       --secrets-dir compose/secrets \
#       --redis-password-file compose/secrets/redis-password \
#       --rabbitmq-password-file compose/secrets/rabbitmq-password [--keep 14] [--only config,redis,rabbitmq]
#
# The archive (arrflow-backup-<UTC time>.tar.gz, mode 0600) holds a SHA-256 manifest that restore.sh
# verifies. It is written as .partial and renamed only when complete; one run at a time (lock).
set -euo pipefail
umask 077

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=ops/maintenance/common.sh
source "$here/common.sh"

dest="${ARRFLOW_BACKUP_DIR:-}"
keep=14

usage() { sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; exit "${1:-0}"; }

while (($#)); do
    case "$1" in
        --dest) dest="$2"; shift 2 ;;
        --keep) keep="$2"; shift 2 ;;
        -h | --help) usage ;;
        *)
            (($# >= 2)) || usage 2
            parse_common_option "$1" "$2" || { log "unknown option $1"; usage 2; }
            shift 2
            ;;
    esac
done

[[ -n "$dest" ]] || die "--dest (or ARRFLOW_BACKUP_DIR) is required"
[[ "$keep" =~ ^[1-9][0-9]*$ ]] || die "--keep must be a positive number"
validate_common
require tar gzip sha256sum flock
wants redis && require redis-cli
wants rabbitmq && require curl jq
if wants config; then
    [[ -d "$config_root" ]] || die "config root $config_root is not a directory"
fi
if [[ -n "$secrets_dir" && ! -d "$secrets_dir" ]]; then
    die "secrets dir $secrets_dir is not a directory"
fi

mkdir -p "$dest"
take_lock "$dest/.arrflow-backup.lock"
stamp="$(date -u +%Y%m%dT%H%M%SZ)"
archive="$dest/arrflow-backup-$stamp.tar.gz"
[[ ! -e "$archive" ]] || die "$archive already exists"
stage="$(mktemp -d "$dest/.stage-$stamp.XXXXXX")"
trap 'rm -rf "$stage" "$archive.partial"' EXIT

backup_config() {
    # Logs, caches, artwork and the data directories of the services backed up logically (or not at all:
    # Prometheus' TSDB) are left out; they are large and rebuilt by the apps.
    tar -C "$config_root" -cf "$stage/config.tar" \
        --exclude='./rabbitmq' --exclude='./redis' --exclude='./prometheus' \
        --exclude='*/logs' --exclude='*/log' --exclude='*.log' --exclude='*/cache' --exclude='*/Cache' \
        --exclude='*/MediaCover' --exclude='*/transcodes' --exclude='*.pid' .
    log "config: $(tar -tf "$stage/config.tar" | wc -l) entries from $config_root"
}

backup_secrets() {
    tar -C "$secrets_dir" -cf "$stage/secrets.tar" .
    log "secrets: $(tar -tf "$stage/secrets.tar" | grep -vc '/$') files from $secrets_dir"
}

# Each key: its DUMP payload in keys/<n>.dump, its name and remaining TTL (ms, 0 = none) in manifest.tsv.
backup_redis() {
    local n=0 skipped=0 key ttl file
    mkdir -p "$stage/redis/keys"
    : >"$stage/redis/manifest.tsv"
    redis_ready
    while IFS= read -r key; do
        [[ -n "$key" ]] || continue
        ttl="$(redis PTTL "$key")"
        if [[ "$ttl" == -2 ]]; then
            skipped=$((skipped + 1)) # gone since the scan
            continue
        fi
        [[ "$ttl" == -1 ]] && ttl=0
        n=$((n + 1))
        file="$stage/redis/keys/$n.dump"
        # --raw writes the payload's bytes followed by one newline, which head removes.
        redis --raw DUMP "$key" | head -c -1 >"$file"
        if [[ ! -s "$file" ]]; then
            rm -f "$file"
            n=$((n - 1))
            skipped=$((skipped + 1))
            continue
        fi
        printf '%s\t%s\t%s\n' "$n" "$ttl" "$key" >>"$stage/redis/manifest.tsv"
    done < <(redis --scan --pattern "$redis_pattern")
    log "redis: $n keys of database $redis_db matching '$redis_pattern' ($skipped vanished during the backup)"
}

backup_rabbitmq() {
    mkdir -p "$stage/rabbitmq"
    rabbitmq GET "/definitions/$(vhost_path)" >"$stage/rabbitmq/definitions.json" ||
        die "cannot export RabbitMQ definitions of vhost $rabbitmq_vhost from $rabbitmq_api"
    jq -e '.queues | type == "array"' "$stage/rabbitmq/definitions.json" >/dev/null ||
        die "RabbitMQ returned no definitions"
    log "rabbitmq: $(jq '.queues | length' "$stage/rabbitmq/definitions.json") queues, $(jq \
        '.bindings | length' "$stage/rabbitmq/definitions.json") bindings of vhost $rabbitmq_vhost"
}

wants config && backup_config
[[ -n "$secrets_dir" ]] && backup_secrets
wants redis && backup_redis
wants rabbitmq && backup_rabbitmq
printf 'parts=%s\ncreated=%s\nredis_db=%s\nrabbitmq_vhost=%s\n' "$parts" "$stamp" "$redis_db" "$rabbitmq_vhost" \
    >"$stage/BACKUP-INFO"
manifest="$(mktemp)"
(cd "$stage" && find . -type f -print0 | sort -z | xargs -0 sha256sum) >"$manifest"
mv "$manifest" "$stage/MANIFEST.sha256"

tar -C "$stage" -czf "$archive.partial" .
gzip -t "$archive.partial"
mv "$archive.partial" "$archive"
log "wrote $archive ($(du -h "$archive" | cut -f1))"

# Retention: keep the newest $keep archives.
mapfile -t old < <(find "$dest" -maxdepth 1 -name 'arrflow-backup-*.tar.gz' -printf '%f\n' | sort -r | tail -n "+$((keep + 1))")
for name in "${old[@]}"; do
    rm -f -- "${dest:?}/$name"
    log "removed old backup $name"
done
echo "$archive"
