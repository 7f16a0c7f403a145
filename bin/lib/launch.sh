# shellcheck shell=bash
# How a service is started on this machine, shared by bin/run and load-tests/run-footprint.sh: from its jar
# with the JVM options below, or, once its class cache is made, from the jar unpacked in Spring Boot's
# extracted layout (the form the JDK's class caches need) with a cache of its loaded and linked classes made by
# a training run (JDK 25's AOT cache; class data sharing on JDK 21-24). The unpacked copy and the cache are
# made again whenever the jar, the JVM options or the JDK changed; until then the service starts from its jar.
#
#   ARRFLOW_JAVA_OPTS   replaces the JVM options below (the images use the same: ops/docker/render-dockerfiles.sh)
#   ARRFLOW_AOT=false   never makes nor uses a class cache
#
# The caller sources bin/lib/java.sh first and sets the service's environment before prepare_service:
# the training run starts the application context with it and exits before anything listens or connects.

# For a small machine (docs/decisions.md, "JVM options for a small machine"): the serial collector and a heap
# that starts at 16 MB and grows as needed up to a bound, instead of one that starts at 1/64 of the machine's
# memory and may grow to a quarter of it. A JVM that ran out of memory ends, with one line, and is restarted.
small_machine_options="-XX:+ExitOnOutOfMemoryError -XX:+UseSerialGC -Xms16m"
ARRFLOW_DEFAULT_JAVA_OPTS="$small_machine_options -Xmx256m"
# The five in one JVM (services/all-in-one) share one heap.
ARRFLOW_ALL_IN_ONE_JAVA_OPTS="$small_machine_options -Xmx512m"

aot_enabled() { [[ "${ARRFLOW_AOT:-true}" == true ]]; }

# The cache's file, the option of the training run that makes it and the option that starts from it: JDK 25's
# AOT cache, else class data sharing. Asked of the JDK once, here: each java -version is a JVM start.
if aot_enabled; then
  if (( $(java_major "$JAVA_HOME") >= 25 )); then
    cache_file=app.aot cache_training_option=-XX:AOTCacheOutput=app.aot cache_use_option=-XX:AOTCache=
    # Its warnings about code stubs it cannot link come at every start and change nothing; a cache it cannot
    # use at all is still reported (error level).
    cache_log_options=("-Xlog:aot*=error")
  else
    cache_file=app.jsa cache_training_option=-XX:ArchiveClassesAtExit=app.jsa cache_use_option=-XX:SharedArchiveFile=
    cache_log_options=()
  fi
fi

# usage: check_java_options PROCESS -> 0 when a JVM starts with its options; else 1, with what the JVM said and
# the variable to change (a JVM that cannot start at all, e.g. -Xms above -Xmx or an unknown option)
check_java_options() {
  local output
  # shellcheck disable=SC2046  # the options are words by design
  output=$(java $(java_options "$1") -version 2>&1) && return 0
  echo "[arrflow] Java does not start with the JVM options \"$(java_options "$1")\"; change or unset ARRFLOW_JAVA_OPTS:" >&2
  grep -v '^Error: \(Could not create\|A fatal exception\)' <<<"$output" | sed 's/^/[arrflow]   /' >&2
  return 1
}

# usage: explain_start_failure PROCESS LOG -> 0 and the variable to change when the JVM whose output is LOG ran
# out of memory (-XX:+ExitOnOutOfMemoryError ends it with one line, no stack trace); 1 when that is not why
explain_start_failure() {
  local cause
  cause=$(grep -o 'OutOfMemoryError: [A-Za-z ]*[a-z]' "$2" | head -1)
  [[ -n "$cause" ]] || return 1
  echo "[arrflow] it ran out of memory ($cause) with the JVM options \"$(java_options "$1")\": raise the limit" \
    "in ARRFLOW_JAVA_OPTS (-Xmx for the heap, -XX:MaxMetaspaceSize for metaspace) or unset it" >&2
}

# usage: needs_preparing DIR SERVICE... -> 0 when one of the services has no up-to-date class cache in DIR
needs_preparing() {
  local dir=$1 service
  shift
  aot_enabled || return 1
  for service in "$@"; do
    prepared "$service" "$dir/$service" || return 0
  done
  return 1
}

prepared() {
  local service=$1 app=$2
  [[ -f "$app/$service.jar" && ! "services/$service/target/$service.jar" -nt "$app/$service.jar" \
    && -f "$app/$cache_file" && "$(cat "$app/cache-stamp" 2>/dev/null)" == "$(cache_stamp "$service")" ]]
}

# usage: java_options PROCESS -> the JVM options of a service, or of all-in-one
java_options() {
  if [[ -n "${ARRFLOW_JAVA_OPTS:-}" ]]; then
    echo "$ARRFLOW_JAVA_OPTS"
  elif [[ "$1" == all-in-one ]]; then
    echo "$ARRFLOW_ALL_IN_ONE_JAVA_OPTS"
  else
    echo "$ARRFLOW_DEFAULT_JAVA_OPTS"
  fi
}

# What a class cache was made for: the JVM options and the JDK (a cache only fits the JDK that made it).
cache_stamp() { printf '%s\n%s\n' "$(java_options "$1")" "$(readlink -f "$JAVA_HOME/bin/java")"; }

# usage: prepare_service SERVICE DIR -> DIR/SERVICE holds the unpacked jar and its class cache
prepare_service() {
  local service=$1 jar="services/$1/target/$1.jar" app
  # The cache holds the class path as it was given: training and start both name the jar by its absolute path.
  app=$(realpath -m "$2/$1")
  aot_enabled || return 0
  prepared "$service" "$app" && return 0
  rm -rf "$app"
  java -Djarmode=tools -jar "$jar" extract --destination "$app" >/dev/null
  # shellcheck disable=SC2046  # the options are words by design
  if (cd "$app" && java $(java_options "$service") "$cache_training_option" \
    -Dspring.context.exit=onRefresh -jar "$app/$service.jar" >training.log 2>&1); then
    # Stamped last: a training stopped half-way (bin/run ended) leaves no cache that looks finished.
    cache_stamp "$service" >"$app/cache-stamp"
  else
    echo "[arrflow] the training run of $service failed; it starts without a class cache (see $app/training.log)" >&2
    rm -f "$app/$cache_file"
  fi
}

# usage: export_all_in_one_ports PORTS -> ARRFLOW_<SERVICE>_PORT exported for each service of the associative
# array named PORTS (service -> port): the all-in-one JVM's ports, one variable per service, as SERVER_PORT
# would move all five
export_all_in_one_ports() {
  local -n port_of_service=$1
  local service variable
  for service in "${!port_of_service[@]}"; do
    variable="ARRFLOW_${service^^}_PORT"
    export "${variable//-/_}=${port_of_service[$service]}"
  done
}

# usage: service_command SERVICE DIR [PORT] -> the array SERVICE_COMMAND holds the command line; PORT is the
# service's SERVER_PORT (all-in-one takes none: export_all_in_one_ports gives its five)
service_command() {
  local service=$1 app port=${3:-}
  app=$(realpath -m "$2/$1")
  SERVICE_COMMAND=()
  [[ -z "$port" ]] || SERVICE_COMMAND=(env "SERVER_PORT=$port")
  # shellcheck disable=SC2207  # the options are words by design
  SERVICE_COMMAND+=(java $(java_options "$service"))
  if aot_enabled && prepared "$service" "$app"; then
    SERVICE_COMMAND+=("$cache_use_option$app/$cache_file" "${cache_log_options[@]}" -jar "$app/$service.jar")
  else
    SERVICE_COMMAND+=(-jar "services/$service/target/$service.jar")
  fi
}

