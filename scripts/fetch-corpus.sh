#!/usr/bin/env bash
# fetch-corpus.sh — download the real-world binaries the compat test corpus uses.
#
# Everything goes into a cache directory outside the repo (never commit these):
#   ${COMPAT_CORPUS:-$HOME/.cache/compat-corpus}
#
# Contents after a successful run:
#   deb/libavcodec59/   Debian 12 libavcodec59 (FFmpeg 5.1) extracted with dpkg-deb -x
#   av-12.0.0/          PyAV 12.0.0 wheel (cp311 manylinux2014 x86_64) unzipped;
#                       av.libs/ bundles FFmpeg 6.x (libavcodec-<hash>.so.60.*)
#   av-14.0.1/          PyAV 14.0.1 wheel unzipped; av.libs/ bundles FFmpeg 7.x (.so.61.*)
#   libLLVM-14.so.1 is used in place from the system (Debian package libllvm14).
#
# The script is idempotent: each step is skipped when its result already exists.
# At the end it prints KEY=PATH lines (LIBAVCODEC59, LIBAVCODEC60, LIBAVCODEC61,
# AV12_LIBS, AV14_LIBS, LIBLLVM) that callers can `eval` or grep.
#
# Usage: scripts/fetch-corpus.sh            (all progress messages go to stderr)
#        eval "$(scripts/fetch-corpus.sh)"  (import the KEY=PATH lines)
set -euo pipefail

CACHE="${COMPAT_CORPUS:-$HOME/.cache/compat-corpus}"
MULTIARCH=x86_64-linux-gnu
mkdir -p "$CACHE"

log() { printf '[fetch-corpus] %s\n' "$*" >&2; }

# Temp dir for downloads, removed on exit.
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

# ---------------------------------------------------------------------------
# 1. Debian libavcodec59 (the FFmpeg 5.1 that libavcodec-dev links against).
# ---------------------------------------------------------------------------
DEB_DIR="$CACHE/deb/libavcodec59"
if compgen -G "$DEB_DIR/usr/lib/$MULTIARCH/libavcodec.so.59.*" >/dev/null; then
    log "libavcodec59 already extracted in $DEB_DIR"
else
    command -v apt-get >/dev/null || { log "apt-get not found: need a Debian/Ubuntu host"; exit 1; }
    log "downloading Debian package libavcodec59"
    # apt-get download writes to the current dir and needs no root
    # (it runs as _apt only when it can; as a normal user it just downloads).
    # Let the _apt sandbox user write here (avoids an "unsandboxed" warning as root).
    chmod 755 "$TMP"; mkdir -p "$TMP/deb" && chmod 777 "$TMP/deb"
    (cd "$TMP/deb" && apt-get download libavcodec59 >&2) || {
        log "apt-get download failed; try 'apt-get update' first (as root)"; exit 1; }
    rm -rf "$DEB_DIR.part"
    mkdir -p "$DEB_DIR.part"
    dpkg-deb -x "$TMP"/deb/libavcodec59_*.deb "$DEB_DIR.part"
    rm -rf "$DEB_DIR"
    mv "$DEB_DIR.part" "$DEB_DIR"
fi

# Runtime deps of libavcodec59 (libavutil57, libswresample4, codecs …) are needed
# for anything that really loads it; they come with libavcodec-dev. Just warn.
if ! dpkg -s libavcodec59 >/dev/null 2>&1; then
    log "note: libavcodec59 is not installed on this system; its runtime deps may be missing"
    log "      (install with: apt-get install -y libavcodec-dev)"
fi

# ---------------------------------------------------------------------------
# 2. PyAV wheels, which bundle newer FFmpeg builds in av.libs/ (auditwheel).
# ---------------------------------------------------------------------------
PIP=(python3 -m pip)
"${PIP[@]}" --version >/dev/null 2>&1 || PIP=(pip3)

fetch_wheel() {
    local ver="$1" dest="$CACHE/av-$1"
    if compgen -G "$dest/av.libs/libavcodec-*.so.*" >/dev/null; then
        log "av==$ver already unpacked in $dest"
        return 0
    fi
    log "downloading wheel av==$ver (cp311, manylinux2014_x86_64)"
    mkdir -p "$TMP/wheels-$ver"
    "${PIP[@]}" download --quiet --no-deps --only-binary=:all: \
        --platform manylinux2014_x86_64 --python-version 3.11 \
        --implementation cp --abi cp311 \
        "av==$ver" -d "$TMP/wheels-$ver" >&2
    local whl
    whl="$(ls "$TMP/wheels-$ver"/av-"$ver"-*.whl | head -n1)"
    rm -rf "$dest.part"
    mkdir -p "$dest.part"
    # A wheel is a zip; prefer unzip, fall back to Python's zipfile.
    if command -v unzip >/dev/null; then
        unzip -q "$whl" -d "$dest.part"
    else
        python3 -m zipfile -e "$whl" "$dest.part"
    fi
    rm -rf "$dest"
    mv "$dest.part" "$dest"
}
fetch_wheel 12.0.0
fetch_wheel 14.0.1

# ---------------------------------------------------------------------------
# 3. libLLVM-14.so.1 from Debian's libllvm14 (a big C++ library, ~100 MB).
# ---------------------------------------------------------------------------
LIBLLVM="/usr/lib/$MULTIARCH/libLLVM-14.so.1"
if [[ ! -e "$LIBLLVM" ]]; then
    if [[ "$(id -u)" -eq 0 ]]; then
        log "installing libllvm14"
        DEBIAN_FRONTEND=noninteractive apt-get install -y libllvm14 >&2
    else
        log "hint: $LIBLLVM missing; run as root: apt-get install -y libllvm14"
    fi
fi

# ---------------------------------------------------------------------------
# Report: KEY=PATH lines on stdout (empty value if not found).
# ---------------------------------------------------------------------------
first() { compgen -G "$1" | sort | head -n1 || true; }
echo "CORPUS=$CACHE"
echo "LIBAVCODEC59=$(first "$DEB_DIR/usr/lib/$MULTIARCH/libavcodec.so.59.*")"
echo "LIBAVCODEC60=$(first "$CACHE/av-12.0.0/av.libs/libavcodec-*.so.60*")"
echo "LIBAVCODEC61=$(first "$CACHE/av-14.0.1/av.libs/libavcodec-*.so.61*")"
echo "AV12_LIBS=$CACHE/av-12.0.0/av.libs"
echo "AV14_LIBS=$CACHE/av-14.0.1/av.libs"
if [[ -e "$LIBLLVM" ]]; then echo "LIBLLVM=$LIBLLVM"; else echo "LIBLLVM="; fi
