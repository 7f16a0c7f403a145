#!/usr/bin/env bash
# Shared by the load scripts (sourced, from the repository's root): a scratch folder, a RabbitMQ vhost and
# a redis-server of the run's own (ops/tests/lib/isolated.sh), and one arrflow service started from its jar
# on loopback against them. On exit, also on failure or Ctrl-C: the service is stopped, then the vhost is
# deleted with every queue and message in it and the redis-server is stopped. The shared Redis and the
# broker's default vhost are never touched, and every run starts empty: messages or dedupe keys left by an
# earlier run would be work the measured service does during the measurement.

# shellcheck source=ops/tests/lib/isolated.sh
source ops/tests/lib/isolated.sh

work=$(mktemp -d)
service_pid=""
service_log=""

# shellcheck disable=SC2317  # invoked by the EXIT trap
stop_service() {
  if [[ -n "$service_pid" ]]; then
    kill "$service_pid" 2>/dev/null || true
    wait "$service_pid" 2>/dev/null || true
    service_pid=""
  fi
  isolated_teardown
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

# usage: start_service NAME PORT (the service's own settings come from the caller's environment)
start_service() {
  local name=$1 port=$2 jar="services/$1/target/$1.jar"
  [[ -f "$jar" ]] || ./mvnw -q -B -DskipTests -pl "services/$name" -am install
  isolated_vhost_create "load-$name"
  isolated_redis_start
  service_log="$work/$name.log"
  (umask 077 && ci_rabbitmq_password > "$work/rabbitmq-password")
  # shellcheck disable=SC2086  # SERVICE_JAVA_OPTS holds several JVM options
  SERVER_PORT=$port SPRING_RABBITMQ_HOST=127.0.0.1 SPRING_RABBITMQ_VIRTUAL_HOST=$ISOLATED_VHOST \
    SPRING_RABBITMQ_USERNAME="$(ci_rabbitmq_user)" SPRING_RABBITMQ_PASSWORD_FILE="$work/rabbitmq-password" \
    SPRING_DATA_REDIS_HOST=127.0.0.1 SPRING_DATA_REDIS_PORT=$ISOLATED_REDIS_PORT \
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
