#!/usr/bin/env bash
# Builds arrflow/rabbitmq-test:local, the RabbitMQ the Testcontainers tests start when no image can be
# pulled: Debian's rabbitmq-server and Erlang as installed on this machine (bin/setup installs them), the
# libraries they link against and a static busybox for the shell tools the RabbitMQ scripts call, in an
# image FROM scratch, as build-local-base-images.sh makes its stand-ins. The management plugin is on, like
# in rabbitmq:4-management, which a user with internet can run the same tests against instead
# (-Darrflow.test.rabbitmq.image=rabbitmq:4-management, see docs/decisions.md).
#
# The image is rebuilt only when its inputs change (package versions, busybox, this script); the tests run
# this script before they start a broker, so a fresh clone needs nothing else.
#
# Usage: ops/docker/build-rabbitmq-test-image.sh [--force]
# Needs: docker (engine running), busybox-static, rabbitmq-server (Debian's package, with its Erlang).
set -euo pipefail
umask 022

readonly TAG="${ARRFLOW_TEST_RABBITMQ_TAG:-arrflow/rabbitmq-test:local}"
readonly INPUTS_LABEL="io.arrflow.stand-in.inputs"
readonly TREES=(/usr/lib/erlang /usr/lib/rabbitmq)

force=false
[[ "${1:-}" == "--force" ]] && force=true
export DOCKER_BUILDKIT=0 # Debian's docker.io 20.10 ships without buildx

die() { echo "build-rabbitmq-test-image: $*" >&2; exit 1; }

# shellcheck source=ops/docker/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

# What the image is made of: the installed package versions, busybox and this script.
inputs_of() {
    local versions
    versions="$(dpkg-query -W -f='${Package} ${Version}\n' rabbitmq-server 'erlang-*' 2>/dev/null | sort)"
    { echo "$versions"; cat "$1" "$0"; } | sha256sum | cut -c1-16
}

up_to_date() {
    local current
    current="$(docker image inspect --format "{{ index .Config.Labels \"$INPUTS_LABEL\" }}" "$TAG" 2>/dev/null)" ||
        return 1
    [[ "$force" == false && "$current" == "$1" ]]
}

# Every shared library the ELF files under the trees link against, with the dynamic loader, into $1.
copy_linked_libraries() {
    local rootfs="$1"
    find "${TREES[@]}" -type f \( -name '*.so' -o -perm -u+x \) -exec sh -c 'head -c4 "$1" | grep -q ELF' _ {} \; -print |
        while IFS= read -r elf; do
            ldd "$elf" 2>/dev/null | awk '/=> \// { print $3 } /^\t\// { print $1 }'
        done | sort -u | while IFS= read -r lib; do
            cp -L --parents "$lib" "$rootfs"
        done
}

# The node's settings that do not depend on the test: loopback only, guest allowed, a quiet console log.
write_config() {
    local rootfs="$1"
    mkdir -p "$rootfs/etc/rabbitmq/conf.d" "$rootfs/var/lib/rabbitmq" "$rootfs/var/log/rabbitmq"
    printf '[rabbitmq_management].\n' >"$rootfs/etc/rabbitmq/enabled_plugins"
    printf 'loopback_users = none\nlog.console = true\nlog.console.level = info\nlog.file = false\n' \
        >"$rootfs/etc/rabbitmq/rabbitmq.conf"
    printf 'root:x:0:0:root:/var/lib/rabbitmq:/bin/sh\n' >"$rootfs/etc/passwd"
    printf 'root:x:0:\n' >"$rootfs/etc/group"
    printf 'hosts: files dns\npasswd: files\ngroup: files\n' >"$rootfs/etc/nsswitch.conf"
}

build() {
    local busybox="$1" inputs="$2" context rootfs
    context="$(mktemp -d)"
    rootfs="$context/rootfs"
    mkdir -p "$rootfs/bin" "$rootfs/tmp"
    chmod 1777 "$rootfs/tmp"
    # tar, not cp -a --parents: that one fails on the parents' attributes (coreutils 9.1)
    tar -C / -cf - "${TREES[@]#/}" | tar -C "$rootfs" -xf -
    copy_linked_libraries "$rootfs"
    cp "$busybox" "$rootfs/bin/busybox"
    write_config "$rootfs"
    cat >"$context/Dockerfile" <<EOF
FROM scratch
COPY rootfs/ /
RUN ["/bin/busybox", "--install", "-s", "/bin"]
ENV PATH=/usr/lib/rabbitmq/bin:/usr/lib/erlang/bin:/bin \
    HOME=/var/lib/rabbitmq \
    LANG=C.UTF-8 \
    ERL_EPMD_ADDRESS=127.0.0.1 \
    RABBITMQ_MNESIA_BASE=/var/lib/rabbitmq/mnesia \
    RABBITMQ_LOG_BASE=/var/log/rabbitmq
LABEL $INPUTS_LABEL="$inputs"
WORKDIR /var/lib/rabbitmq
EXPOSE 5672 15672
CMD ["rabbitmq-server"]
EOF
    docker build -q --network host -t "$TAG" "$context" >"$context/build.log" 2>&1 ||
        { cat "$context/build.log" >&2; rm -rf "$context"; die "building $TAG failed"; }
    rm -rf "$context"
}

main() {
    docker info >/dev/null 2>&1 || die "the Docker engine is not running (bin/setup installs and starts one)"
    [[ -d /usr/lib/rabbitmq && -d /usr/lib/erlang ]] ||
        die "Debian's rabbitmq-server is not installed: apt-get install -y rabbitmq-server (bin/setup does)"
    local busybox inputs
    busybox="$(static_busybox)"
    inputs="$(inputs_of "$busybox")"
    if up_to_date "$inputs"; then
        echo "  $TAG: up to date" >&2
        return 0
    fi
    build "$busybox" "$inputs"
    # The image a rebuild replaced is dangling now; vfs keeps full copies, so drop it.
    docker image prune -f --filter "label=$INPUTS_LABEL" >/dev/null
    echo "  $TAG: built from rabbitmq-server $(dpkg-query -W -f='${Version}' rabbitmq-server)" >&2
}

main "$@"
