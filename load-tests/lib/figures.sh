#!/usr/bin/env bash
# Prints the figures of one page of a Gatling HTML report (a request's, a group's or the global
# index.html) on one line: Gatling 3.10+ writes no stats.json, the "Stats" tables are the record.
# (On a group's page Gatling 3.14 fills "Mean" with the rate, and the rate is over the whole run,
# warm-up included, so neither is printed.)
# usage: figures.sh PAGE.html
set -euo pipefail
awk '
  /<td class="title">/ { sub(/.*<td class="title">/, ""); sub(/<.*/, ""); title = $0; next }
  title != "" && /<td class="(total|ok|ko)">/ {
    cls = $0; sub(/.*<td class="/, "", cls); sub(/".*/, "", cls)
    value = $0; sub(/.*<td class="[a-z]*">/, "", value); sub(/<.*/, "", value)
    cell[title, cls] = value
    if (cls == "ko") title = ""
  }
  END {
    printf "requests=%s ok=%s ko=%s p50=%s ms p75=%s ms p95=%s ms p99=%s ms max=%s ms\n",
      cell["Total count", "total"], cell["Total count", "ok"], cell["Total count", "ko"],
      cell["50th percentile", "total"], cell["75th percentile", "total"],
      cell["95th percentile", "total"], cell["99th percentile", "total"],
      cell["Max", "total"]
  }' "$1"
