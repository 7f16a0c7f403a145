#!/usr/bin/env bash
# Every ops check of compose/ and ops/, for CI and before a commit. Each check says what it checked; the
# last line is "N passed, N failed" and the exit status is non-zero when any check failed.
#
# Needs (Debian packages): docker.io busybox-static prometheus prometheus-alertmanager shellcheck yamllint
#   docker-compose jq curl redis-server rabbitmq-server postgresql (binaries only), and running: dockerd, RabbitMQ with
#   the management plugin (127.0.0.1:5672/15672, guest), a JDK >= 21 (image build; the service jar is built
#   with ./mvnw if missing). Run as root (the base and host checks run a second RabbitMQ node, a Redis and a
#   throwaway PostgreSQL as their system users).
# Safe next to a real arrflow on the same machine: the checks that need a broker or a Redis use a vhost and a
# redis-server of their own (ops/tests/lib/isolated.sh), removed when they end, also on failure; the
# broker's default vhost and the Redis on 127.0.0.1:6379 are never read, flushed or purged.
#
# Usage: ops/check.sh [check...]   (default: all; names: yamllint shellcheck generated compose base
#                                   prometheus alertmanager host backup image metrics)
set -euo pipefail
umask 077

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
# The services whose image is built, run and scraped: the dashboards' metrics come from the first two;
# alert-bridge receives a real Alertmanager's alert (ops/alertmanager/alertmanager.yml).
read -ra IMAGE_SERVICES <<<"${ARRFLOW_IMAGE_CHECK_SERVICES:-library-watcher health-prober alert-bridge}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export ARRFLOW_OPS_SCRAPE_DIR="$work/scrapes"

check_yamllint() {
    yamllint -c ops/yamllint.yml -s compose ops
    echo "  yamllint (strict): $(find compose ops -name '*.yml' | wc -l) YAML files in compose/ and ops/"
}

check_shellcheck() {
    local scripts=() file
    mapfile -t scripts < <(find compose ops -name '*.sh' | sort)
    shellcheck -x "${scripts[@]}"
    for file in "${scripts[@]}"; do
        (($(wc -l <"$file") <= 500)) || { echo "$file has more than 500 lines"; return 1; }
        # Executable bash scripts; the sourced libraries (lib.sh, common.sh, not executable) inherit it.
        if [[ -x "$file" ]] && head -1 "$file" | grep -q bash; then
            grep -q '^set -euo pipefail' "$file" || { echo "$file lacks set -euo pipefail"; return 1; }
        fi
    done
    echo "  shellcheck: ${#scripts[@]} scripts clean, each under 500 lines, executable bash ones with set -euo pipefail"
}

check_generated() {
    compose/rabbitmq/render-definitions.sh --check
    ops/docker/render-dockerfiles.sh --check
    echo "  compose/rabbitmq/definitions.json and services/*/Dockerfile match their sources"
    ops/tests/check-topology.sh
}

check_prometheus() {
    # promtool wants the token file to exist: check a copy whose paths point at a scratch token and the
    # repository's rules instead of the container's /run/secrets and /etc/prometheus.
    mkdir -p "$work/prometheus/secrets"
    printf 'scratch-token-for-promtool\n' >"$work/prometheus/secrets/arrflow-api-token"
    sed -e "s#/run/secrets/#$work/prometheus/secrets/#g" -e "s#/etc/prometheus/rules/#$root/ops/prometheus/rules/#g" \
        ops/prometheus/prometheus.yml >"$work/prometheus/prometheus.yml"
    promtool check config "$work/prometheus/prometheus.yml"
    promtool check rules ops/prometheus/rules/*.yml
    promtool test rules ops/prometheus/tests/*.yml
    echo "  promtool: prometheus.yml and its rules valid; rule unit tests pass"
}

check_alertmanager() {
    amtool check-config ops/alertmanager/alertmanager.yml
    grep -q 'url: http://alert-bridge:8085/alertmanager' ops/alertmanager/alertmanager.yml ||
        { echo "alertmanager.yml does not route to alert-bridge"; return 1; }
    echo "  amtool: alertmanager.yml valid, routes to alert-bridge with the token file"
}

check_images() {
    local service
    for service in "${IMAGE_SERVICES[@]}"; do
        ops/tests/image-check.sh "$service"
    done
}

check_metrics() {
    local args=() service
    for service in "${IMAGE_SERVICES[@]}"; do
        args+=(--require-scrape "$service")
    done
    ops/tests/check-metrics.sh "${args[@]}"
}

readonly CHECKS=(yamllint shellcheck generated compose base prometheus alertmanager host backup image metrics)

run() {
    case "$1" in
        yamllint) check_yamllint ;;
        shellcheck) check_shellcheck ;;
        generated) check_generated ;;
        compose) ops/tests/check-compose.sh ;;
        base) ops/tests/base-services-test.sh ;;
        prometheus) check_prometheus ;;
        alertmanager) check_alertmanager ;;
        host) ops/tests/check-host.sh ;;
        backup) ops/tests/backup-restore-test.sh ;;
        image) check_images ;;
        metrics) check_metrics ;;
        *) echo "unknown check $1 (known: ${CHECKS[*]})"; return 2 ;;
    esac
}

selected=("$@")
((${#selected[@]})) || selected=("${CHECKS[@]}")
passed=0
failed=0
for name in "${selected[@]}"; do
    started=$SECONDS
    echo "== $name"
    if run "$name" >"$work/$name.log" 2>&1; then
        grep -E '^  ' "$work/$name.log" || true
        echo "PASS $name ($((SECONDS - started))s)"
        passed=$((passed + 1))
    else
        tail -n 25 "$work/$name.log" | grep -vE 'DEPRECATED|BuildKit is currently|environment-variable\.$' || true
        echo "FAIL $name ($((SECONDS - started))s)"
        failed=$((failed + 1))
    fi
done
echo "$passed passed, $failed failed"
((failed == 0))
