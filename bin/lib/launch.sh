# shellcheck shell=bash
# How a service is started on this machine, shared by bin/run and load-tests/run-footprint.sh: from its jar
# with the JVM options below, or, with ARRFLOW_AOT=true, from the jar unpacked in Spring Boot's extracted
# layout (the form the JDK's class caches need) with a cache of its loaded and linked classes made by a
# training run (JDK 25's AOT cache; class data sharing on JDK 21-24). The unpacked copy and the cache are made
# again whenever the jar, the JVM options or the JDK changed.
#
#   ARRFLOW_JAVA_OPTS   replaces the JVM options below
#   ARRFLOW_AOT=true    starts from the class cache (opt-in for now: docs/decisions.md)
#
# The caller sources bin/lib/java.sh first and sets the service's environment before prepare_service:
# the training run starts the application context with it and exits before anything listens or connects.

ARRFLOW_DEFAULT_JAVA_OPTS="-XX:+ExitOnOutOfMemoryError"

# usage: needs_preparing DIR SERVICE... -> 0 when one of the services has no up-to-date class cache in DIR
needs_preparing() {
  local dir=$1 service
  shift
  [[ "${ARRFLOW_AOT:-false}" == true ]] || return 1
  for service in "$@"; do
    prepared "$service" "$dir/$service" || return 0
  done
  return 1
}

prepared() {
  local service=$1 app=$2
  [[ -f "$app/$service.jar" && ! "services/$service/target/$service.jar" -nt "$app/$service.jar" \
    && -f "$app/$(class_cache_name)" && "$(cat "$app/cache-stamp" 2>/dev/null)" == "$(cache_stamp)" ]]
}

java_options() { echo "${ARRFLOW_JAVA_OPTS:-$ARRFLOW_DEFAULT_JAVA_OPTS}"; }

# What a class cache was made for: the JVM options and the JDK (a cache only fits the JDK that made it).
cache_stamp() { printf '%s\n%s\n' "$(java_options)" "$(readlink -f "$JAVA_HOME/bin/java")"; }

# usage: prepare_service SERVICE DIR -> DIR/SERVICE holds the unpacked jar and its class cache
prepare_service() {
  local service=$1 jar="services/$1/target/$1.jar" app
  # The cache holds the class path as it was given: training and start both name the jar by its absolute path.
  app=$(realpath -m "$2/$1")
  [[ "${ARRFLOW_AOT:-false}" == true ]] || return 0
  prepared "$service" "$app" && return 0
  rm -rf "$app"
  java -Djarmode=tools -jar "$jar" extract --destination "$app" >/dev/null
  cache_stamp >"$app/cache-stamp"
  # shellcheck disable=SC2046  # the options are words by design
  (cd "$app" && java $(java_options) $(training_options) \
    -Dspring.context.exit=onRefresh -jar "$app/$service.jar" >training.log 2>&1) ||
    { echo "[arrflow] the training run of $service failed; it starts without a class cache (see $app/training.log)" >&2
      rm -f "$app/$(class_cache_name)"; }
}

# usage: service_command SERVICE DIR -> the array SERVICE_COMMAND holds the java command line
service_command() {
  local service=$1 app
  app=$(realpath -m "$2/$1")
  # shellcheck disable=SC2207  # the options are words by design
  SERVICE_COMMAND=(java $(java_options))
  if [[ "${ARRFLOW_AOT:-false}" == true && -f "$app/$(class_cache_name)" ]]; then
    SERVICE_COMMAND+=("$(cache_option "$app/$(class_cache_name)")" -jar "$app/$service.jar")
  else
    SERVICE_COMMAND+=(-jar "services/$service/target/$service.jar")
  fi
}

class_cache_name() {
  if (( $(java_major "$JAVA_HOME") >= 25 )); then echo app.aot; else echo app.jsa; fi
}

training_options() {
  if (( $(java_major "$JAVA_HOME") >= 25 )); then echo "-XX:AOTCacheOutput=app.aot"; else echo "-XX:ArchiveClassesAtExit=app.jsa"; fi
}

cache_option() {
  if (( $(java_major "$JAVA_HOME") >= 25 )); then echo "-XX:AOTCache=$1"; else echo "-XX:SharedArchiveFile=$1"; fi
}
