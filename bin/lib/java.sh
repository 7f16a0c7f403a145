# shellcheck shell=bash
# Picks a JDK >= 21: an existing JAVA_HOME if it is recent enough, else the newest under /usr/lib/jvm.

java_major() {
  "$1/bin/java" -version 2>&1 | awk -F'"' '/version/ {split($2, v, "."); print v[1]; exit}'
}

select_jdk() {
  if [[ -n "${JAVA_HOME:-}" && -x "${JAVA_HOME}/bin/java" ]] && (( $(java_major "$JAVA_HOME") >= 21 )); then
    return 0
  fi
  local best="" best_major=0 candidate major
  for candidate in /usr/lib/jvm/*; do
    [[ -x "$candidate/bin/javac" ]] || continue
    major=$(java_major "$candidate")
    if [[ -n "$major" ]] && (( major > best_major )); then
      best="$candidate"
      best_major=$major
    fi
  done
  if (( best_major < 21 )); then
    echo "arrflow needs a JDK 21 or newer: none found under /usr/lib/jvm and JAVA_HOME is unset or older." >&2
    echo "Install one (e.g. apt-get install openjdk-21-jdk-headless) or set JAVA_HOME." >&2
    return 1
  fi
  export JAVA_HOME="$best"
}

select_jdk
export PATH="$JAVA_HOME/bin:$PATH"
