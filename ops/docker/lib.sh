#!/usr/bin/env bash
# Shared by the scripts that build local images from the host's own files.

# The host's statically linked busybox: the only shell and tools an image built FROM scratch has.
static_busybox() {
    local candidate
    for candidate in /bin/busybox /usr/bin/busybox; do
        if [[ -x "$candidate" ]] && file -L "$candidate" | grep -q 'statically linked'; then
            echo "$candidate"
            return 0
        fi
    done
    echo "no static busybox found: apt-get install -y busybox-static" >&2
    exit 1
}
