#!/usr/bin/env bash
# Validates the Grafana dashboards and alert rules against the metrics arrflow really exports:
#   1. every dashboard is valid JSON with a uid, a title and panels whose targets use the provisioned
#      Prometheus data source, and every panel query is valid PromQL (promtool parses it as a rule);
#   2. every metric a dashboard or rule uses is in ops/grafana/metrics-catalogue.txt;
#   3. every arrflow meter in the catalogue is registered under that name in its service's source;
#   4. every catalogue metric of a service whose real scrape is in $ARRFLOW_OPS_SCRAPE_DIR/<service>.prom
#      (written by image-check.sh) is present in that scrape.
# Usage: ops/tests/check-metrics.sh [--require-scrape <service>]...
set -euo pipefail
umask 077

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
# shellcheck source=ops/tests/lib.sh
source "$here/lib.sh"
require_tools jq promtool python3

required_scrapes=()
while (($#)); do
    case "$1" in
        --require-scrape) required_scrapes+=("$2"); shift 2 ;;
        *) fail "unknown argument $1" ;;
    esac
done

readonly CATALOGUE="$root/ops/grafana/metrics-catalogue.txt"
readonly SCRAPES="${ARRFLOW_OPS_SCRAPE_DIR:-}"
# PromQL functions, aggregations and keywords: identifiers in a query that are not metric names.
readonly NOT_METRICS='abs|absent|absent_over_time|and|avg|avg_over_time|bool|bottomk|ceil|changes|clamp|clamp_max|clamp_min|count|count_over_time|count_values|day_of_month|day_of_week|delta|deriv|exp|floor|group|group_left|group_right|histogram_quantile|holt_winters|idelta|ignoring|increase|inf|irate|label_join|label_replace|last_over_time|ln|log2|log10|max|max_over_time|min|min_over_time|nan|offset|on|or|predict_linear|present_over_time|quantile|quantile_over_time|rate|resets|round|scalar|sgn|sort|sort_desc|sqrt|stddev|stddev_over_time|stdvar|sum|sum_over_time|time|timestamp|topk|unless|vector|without|by'

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
problems=()

# Grafana's variables are not PromQL: replace them by a duration so promtool can parse the query.
# shellcheck disable=SC2016 # a literal $__range, not a shell variable
grafana_to_promql() { sed -E 's/\$__(rate_interval|range|interval)/5m/g'; }

# Prints the metric names a PromQL expression (stdin) uses.
metric_names() {
    sed -E -e 's/"([^"\\]|\\.)*"//g' -e 's/\{[^}]*\}//g' -e 's/\[[^]]*\]//g' \
        -e 's/(by|without|on|ignoring|group_left|group_right)[[:space:]]*\([^)]*\)//g' |
        grep -oE '(^|[^a-zA-Z0-9_:.$])[a-zA-Z_:][a-zA-Z0-9_:]*' | sed -E 's/^[^a-zA-Z_:]//' |
        grep -vxE "$NOT_METRICS" || true
}

check_dashboards() {
    local file n=0
    : >"$work/dashboard-exprs"
    for file in "$root"/ops/grafana/dashboards/*.json; do
        jq -e '(.uid | type == "string") and (.title | type == "string") and (.panels | length > 0)
               and all(.panels[]; .datasource.uid == "prometheus")' "$file" >/dev/null ||
            problems+=("$(basename "$file"): not a dashboard with uid, title and panels on data source 'prometheus'")
        jq -r '.panels[].targets[]?.expr' "$file" >>"$work/dashboard-exprs"
        n=$((n + 1))
    done
    # promtool parses every query by checking it as a recording rule.
    {
        echo "groups:"
        echo "  - name: dashboard-queries"
        echo "    rules:"
        local i=0 expr
        while IFS= read -r expr; do
            i=$((i + 1))
            printf '      - record: dashboard:query%d\n        expr: %s\n' "$i" "$(jq -Rn --arg e "$expr" '$e' | grafana_to_promql)"
        done <"$work/dashboard-exprs"
    } >"$work/dashboard-queries.yml"
    promtool check rules "$work/dashboard-queries.yml" >"$work/promtool.log" 2>&1 ||
        problems+=("a dashboard query is not valid PromQL: $(tail -3 "$work/promtool.log" | tr '\n' ' ')")
    echo "  $n dashboard(s), $(wc -l <"$work/dashboard-exprs") queries: valid JSON and PromQL"
}

rule_exprs() {
    python3 - "$root"/ops/prometheus/rules/*.yml <<'PY'
import sys, yaml
for path in sys.argv[1:]:
    for group in yaml.safe_load(open(path))["groups"]:
        for rule in group["rules"]:
            print(" ".join(rule["expr"].split()))
PY
}

check_catalogue() {
    local used name entry
    used="$( { grafana_to_promql <"$work/dashboard-exprs"; rule_exprs; } | metric_names | sort -u)"
    [[ -n "$used" ]] || problems+=("no metric name found in the dashboards and rules")
    while IFS= read -r name; do
        entry="$(awk -v n="$name" '$1 == n' "$CATALOGUE")"
        [[ -n "$entry" ]] || problems+=("$name is used by a dashboard or rule but missing from metrics-catalogue.txt")
    done <<<"$used"
    echo "  $(wc -l <<<"$used") metric names used by dashboards and rules, all in the catalogue unless reported"
}

check_sources() {
    local name service meter count=0
    while read -r name service meter; do
        [[ -z "$name" || "$name" == "#"* || "$meter" == "-" ]] && continue
        if ! grep -rqF "\"$meter\"" "$root/services/$service/src/main/java" 2>/dev/null; then
            problems+=("$name: meter \"$meter\" is not registered in services/$service/src/main/java")
        fi
        count=$((count + 1))
    done <"$CATALOGUE"
    echo "  $count arrflow meters of the catalogue looked up in their services' source"
}

check_scrapes() {
    local service file name exporter meter checked=0
    for service in "${required_scrapes[@]}"; do
        [[ -n "$SCRAPES" && -s "$SCRAPES/$service.prom" ]] ||
            problems+=("no scrape of $service in \$ARRFLOW_OPS_SCRAPE_DIR (run image-check.sh $service first)")
    done
    [[ -n "$SCRAPES" && -d "$SCRAPES" ]] || { echo "  no scrapes to compare with"; return 0; }
    for file in "$SCRAPES"/*.prom; do
        [[ -e "$file" ]] || continue
        service="$(basename "$file" .prom)"
        while read -r name exporter meter; do
            [[ "$exporter" == "$service" ]] || continue
            if ! grep -qE "^$name(\{| )" "$file"; then
                problems+=("$name ($meter) is missing from a real scrape of $service")
            fi
            checked=$((checked + 1))
        done < <(grep -v '^#' "$CATALOGUE")
        echo "  real scrape of $service: $(grep -c '^# TYPE' "$file") metric families, catalogue entries checked"
    done
    echo "  $checked catalogue entries compared with real scrapes"
}

check_dashboards
check_catalogue
check_sources
check_scrapes
if ((${#problems[@]})); then
    printf 'FAIL: %s\n' "${problems[@]}" >&2
    exit 1
fi
echo "metrics check: OK"
