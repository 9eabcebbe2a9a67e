#!/bin/sh
# Builds the example platform into build/: libtts.so.1 (version 1, or 2 with
# `./build.sh v2`) and tts-server linked against it. Needs gcc.
set -eu
cd "$(dirname "$0")"
version=${1:-v1}
case "$version" in
  v1) define= ;;
  v2) define=-DTTS_V2 ;;
  *) echo "usage: $0 [v1|v2]" >&2; exit 2 ;;
esac
mkdir -p build/lib build/bin
gcc -g -O2 -fPIC -shared $define -o build/lib/libtts.so.1 libtts/tts.c \
  -Wl,-soname,libtts.so.1 -Wl,--version-script=libtts/libtts.map
# The program is always built against version 1: it is the consumer that
# must keep working.
gcc -g -O2 -o build/bin/tts-server app/tts-server.c -Lbuild/lib -l:libtts.so.1 \
  -Wl,-rpath,'$ORIGIN/../lib'
