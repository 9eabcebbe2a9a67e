#!/usr/bin/env bash
# build-ffmpeg-consumer.sh OUTDIR — build a tiny FFmpeg consumer program.
#
# Writes OUTDIR/ffmpeg-consumer.c and compiles it to OUTDIR/ffmpeg-consumer
# against the system libavcodec (Debian: libavcodec-dev, i.e. libavcodec.so.59).
# The program calls av_packet_alloc, avcodec_find_encoder_by_name and
# avcodec_alloc_context3 (and the matching frees), so its dynamic section has
# versioned references (LIBAVCODEC_59) to libavcodec.so.59 and libavutil.so.57.
# It is a corpus binary for compat: an app linked against FFmpeg 5.1 that is
# then pointed at other libavcodec builds.
#
# Idempotent: rebuilds only when the output is missing or older than this script.
set -euo pipefail

if [[ $# -ne 1 ]]; then
    echo "usage: $0 OUTDIR" >&2
    exit 2
fi
OUT="$1"
mkdir -p "$OUT"
SRC="$OUT/ffmpeg-consumer.c"
BIN="$OUT/ffmpeg-consumer"

if [[ -x "$BIN" && "$BIN" -nt "${BASH_SOURCE[0]}" ]]; then
    echo "$BIN is up to date" >&2
    echo "$BIN"
    exit 0
fi

cat >"$SRC" <<'EOF'
/* ffmpeg-consumer: minimal libavcodec user, corpus binary for compat. */
#include <stdio.h>
#include <libavcodec/avcodec.h>

int main(int argc, char **argv) {
    const char *name = argc > 1 ? argv[1] : "mpeg4";
    AVPacket *pkt = av_packet_alloc();
    if (!pkt) { fprintf(stderr, "av_packet_alloc failed\n"); return 1; }
    const AVCodec *codec = avcodec_find_encoder_by_name(name);
    if (!codec) {
        fprintf(stderr, "encoder %s not found\n", name);
        av_packet_free(&pkt);
        return 1;
    }
    AVCodecContext *ctx = avcodec_alloc_context3(codec);
    if (!ctx) { fprintf(stderr, "avcodec_alloc_context3 failed\n"); av_packet_free(&pkt); return 1; }
    printf("ok: encoder %s, libavcodec version %u\n", codec->name, avcodec_version());
    avcodec_free_context(&ctx);
    av_packet_free(&pkt);
    return 0;
}
EOF

# Compile flags from pkg-config when available, else plain -lavcodec.
if command -v pkg-config >/dev/null && pkg-config --exists libavcodec; then
    # shellcheck disable=SC2207
    FLAGS=($(pkg-config --cflags --libs libavcodec))
else
    FLAGS=(-lavcodec)
fi
"${CC:-gcc}" -O1 -o "$BIN.tmp" "$SRC" "${FLAGS[@]}"
mv "$BIN.tmp" "$BIN"
echo "$BIN"
