#!/usr/bin/env bash
# Writes services/<name>/Dockerfile and .dockerignore for the five services from Dockerfile.template, so
# they cannot drift apart. `--check` only compares and exits 1 when a committed file differs.
set -euo pipefail
umask 022

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
mode="${1:-write}"

# name:ports (the first is its SERVER_PORT):ffmpeg packages ("-" = none). The worker gets the VA-API/QSV drivers
# for /dev/dri; all-in-one runs the five (services/all-in-one), each on its usual port.
readonly SERVICES=(
    "library-watcher:8081:ffmpeg"
    "transcode-worker:8082:ffmpeg mesa-va-drivers intel-media-va-driver-non-free libmfx-gen1.2"
    "secrets-rotator:8083:-"
    "health-prober:8003:-"
    "alert-bridge:8085:-"
    "all-in-one:8081 8082 8083 8003 8085:ffmpeg mesa-va-drivers intel-media-va-driver-non-free libmfx-gen1.2"
)

# usage: java_options NAME -> the JVM options bin/run gives it, so that an image and bin/run run alike
java_options() {
    # shellcheck source=bin/lib/launch.sh
    (ARRFLOW_AOT=false && source "$root/bin/lib/launch.sh" && java_options "$1")
}

ffmpeg_block() {
    local packages="$1"
    if [[ "$packages" == "-" ]]; then
        return 0
    fi
    cat <<BLOCK
# ffmpeg/ffprobe from the JRE image's distribution (Ubuntu). INSTALL_FFMPEG=false leaves them out for
# those who mount their own build (e.g. jellyfin-ffmpeg); CI's image check uses it: no package mirror there.
ARG INSTALL_FFMPEG=true
RUN if [ "\$INSTALL_FFMPEG" = "true" ]; then \\
        apt-get update \\
        && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $packages \\
        && rm -rf /var/lib/apt/lists/*; \\
    fi
BLOCK
}

render() {
    local name="$1" ports="$2" packages="$3" block options
    block="$(ffmpeg_block "$packages")"
    options="$(java_options "$name")"
    while IFS= read -r line; do
        if [[ "$line" == "@FFMPEG@" ]]; then
            [[ -n "$block" ]] && printf '%s\n' "$block"
            continue
        fi
        line="${line//@NAME@/$name}"
        line="${line//@JAVA_OPTS@/$options}"
        line="${line//@PORTS@/$ports}"
        printf '%s\n' "${line//@PORT@/${ports%% *}}"
    done <"$here/Dockerfile.template"
}

dockerignore() {
    printf '# The build context is the service folder; only the Spring Boot jar goes in.\n*\n!target/%s.jar\n' "$1"
}

status=0
for entry in "${SERVICES[@]}"; do
    IFS=: read -r name port packages <<<"$entry"
    dir="$root/services/$name"
    if [[ "$mode" == "--check" ]]; then
        if ! diff -q <(render "$name" "$port" "$packages") "$dir/Dockerfile" >/dev/null 2>&1 ||
            ! diff -q <(dockerignore "$name") "$dir/.dockerignore" >/dev/null 2>&1; then
            echo "services/$name/Dockerfile or .dockerignore differs from ops/docker/Dockerfile.template" >&2
            status=1
        fi
    else
        mkdir -p "$dir"
        render "$name" "$port" "$packages" >"$dir/Dockerfile"
        dockerignore "$name" >"$dir/.dockerignore"
    fi
done
exit "$status"
