# shellcheck shell=bash
# Waiting for an arrflow service started on this machine.

# usage: wait_for_health PORT SECONDS -> 0 once /actuator/health on 127.0.0.1:PORT answers 2xx, 1 after SECONDS
wait_for_health() {
  local port=$1 seconds=$2
  for _ in $(seq 1 "$seconds"); do
    curl -fs "http://127.0.0.1:$port/actuator/health" >/dev/null 2>&1 && return 0
    sleep 1
  done
  return 1
}
