# shellcheck shell=bash
# Waiting for an arrflow service started on this machine.

# usage: wait_for_health PORT SECONDS [PID] -> 0 once /actuator/health on 127.0.0.1:PORT answers 2xx, 1 after
# SECONDS or as soon as the process PID has ended
wait_for_health() {
  local port=$1 seconds=$2 pid=${3:-}
  for _ in $(seq 1 "$seconds"); do
    curl -fs "http://127.0.0.1:$port/actuator/health" >/dev/null 2>&1 && return 0
    [[ -z "$pid" ]] || kill -0 "$pid" 2>/dev/null || return 1
    sleep 1
  done
  return 1
}
