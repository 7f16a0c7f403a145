#!/usr/bin/env bash
# Shared by the load scripts (sourced): a scratch folder, a fresh RabbitMQ vhost and Redis database for
# the run, and one arrflow service started from its jar on loopback and stopped on exit.
# Every run starts empty: messages or dedupe keys left by an earlier run would be work the measured
# service does during the measurement.

LOAD_VHOST=arrflow-load
LOAD_REDIS_DB=8
work=$(mktemp -d)
service_pid=""
service_log=""

# shellcheck disable=SC2317  # invoked by the EXIT trap
stop_service() {
  if [[ -n "$service_pid" ]]; then
    kill "$service_pid" 2>/dev/null || true
    wait "$service_pid" 2>/dev/null || true
  fi
  mkdir -p load-tests/target
  [[ -z "$service_log" ]] || cp "$service_log" load-tests/target/ 2>/dev/null || true
  rm -rf "$work"
}
trap stop_service EXIT

# A random secret in a 0600 file of the scratch folder; prints the file's path.
secret_file() {
  (umask 077 && head -c 32 /dev/urandom | base64 | tr -d '/+=\n' > "$work/$1")
  printf '%s' "$work/$1"
}

fresh_vhost_and_database() {
  local api=http://127.0.0.1:15672/api
  curl -fsS -u guest:guest -o /dev/null -X DELETE "$api/vhosts/$LOAD_VHOST" 2>/dev/null || true
  curl -fsS -u guest:guest -o /dev/null -X PUT -H 'content-type: application/json' -d '{}' "$api/vhosts/$LOAD_VHOST"
  curl -fsS -u guest:guest -o /dev/null -X PUT -H 'content-type: application/json' \
    -d '{"configure":".*","write":".*","read":".*"}' "$api/permissions/$LOAD_VHOST/guest"
  redis-cli -h 127.0.0.1 -n "$LOAD_REDIS_DB" flushdb >/dev/null
}

# usage: start_service NAME PORT (the service's own settings come from the caller's environment)
start_service() {
  local name=$1 port=$2 jar="services/$1/target/$1.jar"
  [[ -f "$jar" ]] || ./mvnw -q -B -DskipTests -pl "services/$name" -am install
  fresh_vhost_and_database
  service_log="$work/$name.log"
  # shellcheck disable=SC2086  # SERVICE_JAVA_OPTS holds several JVM options
  SERVER_PORT=$port SPRING_RABBITMQ_VIRTUAL_HOST=$LOAD_VHOST SPRING_DATA_REDIS_DATABASE=$LOAD_REDIS_DB \
    java ${SERVICE_JAVA_OPTS:-} -jar "$jar" >"$service_log" 2>&1 &
  service_pid=$!
  wait_for_health "$port" 60 && return 0
  tail -50 "$service_log"
  return 1
}

# usage: latest_report SIMULATION_CLASS_IN_LOWER_CASE -> the newest report folder of that simulation
latest_report() {
  find load-tests/target/gatling -maxdepth 1 -type d -name "$1-*" -printf '%T@ %p\n' | sort -n | tail -1 | cut -d' ' -f2
}
