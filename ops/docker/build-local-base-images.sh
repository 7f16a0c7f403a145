#!/usr/bin/env bash
# Builds local stand-ins for the base images arrflow's Dockerfiles name, on a machine that cannot pull
# from Docker Hub (such as CI, which reaches no image registry). Each stand-in carries EXACTLY the tag the
# Dockerfiles expect, so `docker build` finds it locally, while a real user's build pulls the real image:
#   eclipse-temurin:25-jre  a jlink'ed JRE from the local JDK at /opt/java/openjdk (as in the real image),
#                           the glibc/zlib libraries it links against, and a static busybox as /bin/sh
#   busybox:1.37-musl       a static busybox (the Dockerfiles copy it in for the HEALTHCHECK's wget)
# A stand-in is rebuilt only when its inputs change (label io.arrflow.stand-in.inputs). An image with the
# same tag that is NOT a stand-in (a real pulled image) is left alone.
#
# Usage: ops/docker/build-local-base-images.sh [--force]
# Needs: docker (engine running), busybox-static, a JDK >= 21 with jlink under /usr/lib/jvm or $JAVA_HOME.
set -euo pipefail
umask 022

readonly JRE_TAG="eclipse-temurin:25-jre"
readonly BUSYBOX_TAG="busybox:1.37-musl"
readonly STAND_IN_LABEL="io.arrflow.stand-in.inputs"
# The modules of Temurin's JRE image (java.se and the runtime jdk.* modules; no compiler or tools), so the
# stand-in fails where the real image would (e.g. docker-java needs jdk.net).
readonly JRE_MODULES="java.se,jdk.accessibility,jdk.charsets,jdk.crypto.cryptoki,jdk.dynalink,jdk.httpserver,jdk.jdwp.agent,jdk.jfr,jdk.jsobject,jdk.localedata,jdk.management,jdk.management.agent,jdk.management.jfr,jdk.naming.dns,jdk.naming.rmi,jdk.net,jdk.nio.mapmode,jdk.sctp,jdk.security.auth,jdk.security.jgss,jdk.unsupported,jdk.xml.dom,jdk.zipfs"

force=false
[[ "${1:-}" == "--force" ]] && force=true
export DOCKER_BUILDKIT=0 # the legacy builder is what Debian's docker.io 20.10 engine ships without buildx

die() { echo "build-local-base-images: $*" >&2; exit 1; }

# shellcheck source=ops/docker/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

# The newest JDK >= 21 that has jlink: $JAVA_HOME first, then /usr/lib/jvm/*.
find_jdk() {
    local home version best="" best_version=0
    for home in "${JAVA_HOME:-}" /usr/lib/jvm/*; do
        [[ -n "$home" && -x "$home/bin/jlink" && -f "$home/release" ]] || continue
        version="$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$home/release")"
        if [[ "$version" =~ ^[0-9]+$ ]] && ((version >= 21 && version > best_version)); then
            best="$home"
            best_version="$version"
        fi
    done
    [[ -n "$best" ]] || die "no JDK >= 21 with jlink under \$JAVA_HOME or /usr/lib/jvm"
    echo "$best"
}

# Prints the inputs label of an image, "" when absent, "not-a-stand-in" for a real image.
image_inputs() {
    local inspected
    if ! inspected="$(docker image inspect --format "{{ index .Config.Labels \"$STAND_IN_LABEL\" }}" "$1" 2>/dev/null)"; then
        echo ""
    elif [[ -z "$inspected" || "$inspected" == "<no value>" ]]; then
        echo "not-a-stand-in"
    else
        echo "$inspected"
    fi
}

# Decides whether tag $1 must be (re)built for inputs hash $2.
needs_build() {
    local current
    current="$(image_inputs "$1")"
    if [[ "$current" == "not-a-stand-in" ]]; then
        echo "  $1: a real image is present, kept" >&2
        return 1
    fi
    if [[ "$force" == false && "$current" == "$2" ]]; then
        echo "  $1: stand-in up to date" >&2
        return 1
    fi
    return 0
}

# Copies every shared library the ELF files under $1 link against (outside $1) into rootfs $2.
copy_linked_libraries() {
    local jre="$1" rootfs="$2" lib_path elf lib
    lib_path="$(find "$jre/lib" -name '*.so' -printf '%h\n' | sort -u | paste -sd:)"
    while IFS= read -r elf; do
        LD_LIBRARY_PATH="$lib_path" ldd "$elf" 2>/dev/null | awk '/=> \// { print $3 } /^\t\// { print $1 }'
    done < <(find "$jre" -type f \( -name '*.so' -o -perm -u+x \) -exec sh -c 'head -c4 "$1" | grep -q ELF' _ {} \; -print) |
        sort -u | while IFS= read -r lib; do
            case "$lib" in "$jre"/*) continue ;; esac
            cp -L --parents "$lib" "$rootfs"
        done
}

# docker build, its output (and the legacy builder's deprecation notice) shown only when it fails.
quiet_build() {
    docker build -q --network host -t "$1" "$2" >"$2/build.log" 2>&1 || { cat "$2/build.log" >&2; die "building $1 failed"; }
}

build_busybox() {
    local busybox="$1" inputs context
    # Contents only (not paths), so the same inputs give the same label however the script is called.
    inputs="$(cat "$busybox" "$0" | sha256sum | cut -c1-16)"
    needs_build "$BUSYBOX_TAG" "$inputs" || return 0
    context="$(mktemp -d)"
    cp "$busybox" "$context/busybox"
    cat >"$context/Dockerfile" <<EOF
FROM scratch
COPY busybox /bin/busybox
RUN ["/bin/busybox", "--install", "-s", "/bin"]
LABEL $STAND_IN_LABEL="$inputs"
CMD ["sh"]
EOF
    quiet_build "$BUSYBOX_TAG" "$context"
    rm -rf "$context"
    echo "  $BUSYBOX_TAG: built from $busybox" >&2
}

build_jre() {
    local busybox="$1" jdk="$2" inputs context rootfs
    inputs="$( { cat "$busybox" "$jdk/release" "$0"; echo "$JRE_MODULES"; } | sha256sum | cut -c1-16)"
    needs_build "$JRE_TAG" "$inputs" || return 0
    context="$(mktemp -d)"
    rootfs="$context/rootfs"
    mkdir -p "$rootfs/opt/java" "$rootfs/bin" "$rootfs/etc" "$rootfs/tmp" "$rootfs/root"
    chmod 1777 "$rootfs/tmp"
    "$jdk/bin/jlink" --add-modules "$JRE_MODULES" --strip-debug --no-man-pages --no-header-files \
        --compress=zip-6 --output "$rootfs/opt/java/openjdk"
    copy_linked_libraries "$rootfs/opt/java/openjdk" "$rootfs"
    cp "$busybox" "$rootfs/bin/busybox"
    printf 'root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/nonexistent:/bin/false\n' >"$rootfs/etc/passwd"
    printf 'root:x:0:\nnogroup:x:65534:\n' >"$rootfs/etc/group"
    printf 'hosts: files dns\npasswd: files\ngroup: files\n' >"$rootfs/etc/nsswitch.conf"
    cat >"$context/Dockerfile" <<EOF
FROM scratch
COPY rootfs/ /
RUN ["/bin/busybox", "--install", "-s", "/bin"]
ENV JAVA_HOME=/opt/java/openjdk \
    PATH=/opt/java/openjdk/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    LANG=C.UTF-8
LABEL $STAND_IN_LABEL="$inputs"
CMD ["jshell"]
EOF
    quiet_build "$JRE_TAG" "$context"
    rm -rf "$context"
    docker run --rm --network none "$JRE_TAG" java -version >/dev/null 2>&1 ||
        die "$JRE_TAG was built but 'java -version' fails inside it"
    echo "  $JRE_TAG: built from $jdk (modules: $JRE_MODULES)" >&2
}

main() {
    docker info >/dev/null 2>&1 || die "the Docker engine is not running (bin/setup installs and starts one)"
    local busybox jdk
    busybox="$(static_busybox)"
    jdk="$(find_jdk)"
    build_busybox "$busybox"
    build_jre "$busybox" "$jdk"
    # Stand-ins replaced by a rebuild are dangling now; vfs keeps full copies, so drop them.
    docker image prune -f --filter "label=$STAND_IN_LABEL" >/dev/null
}

main "$@"
