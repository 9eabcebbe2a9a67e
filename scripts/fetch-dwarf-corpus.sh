#!/usr/bin/env bash
# fetch-dwarf-corpus.sh — build the libraries with full DWARF that
# shared/CORPUS.md names, two released versions each, from the C sources that
# crates.io crates carry (fetched with `cargo fetch` of a throwaway manifest in a
# temp dir; nothing is built with cargo):
#   SQLite 3.41.2 / 3.50.2          libsqlite3-sys =0.26.0 / =0.35.0
#   OpenSSL libcrypto 1.1.1w / 3.5.4 openssl-src =111.28.2+1.1.1w / =300.5.4+3.5.4
#
# Everything goes under ${COMPAT_CORPUS:-$HOME/.cache/compat-corpus}/dwarf/
# (never commit it):
#   sqlite-<v>/libsqlite3.so.0      gcc -g -O2 -fPIC -shared sqlite3.c
#   sqlite-<v>/include/sqlite3.h    the public header (for abidiff --hd1/--hd2)
#   openssl-<v>/libcrypto.so.1.1|3  OpenSSL's own `make build_libs`, -g -O2
#   openssl-<v>/include/openssl/    the public headers, generated ones included
#   work/openssl-<v>/               the OpenSSL build trees (kept: make is incremental)
#
# The openssl-src 3.x crate lacks util/mkdef.pl (and util/providers.num), which
# OpenSSL's Makefile runs to make the libcrypto.ld/libssl.ld version scripts from
# util/lib*.num. This script puts a small stand-in there that writes the same
# GNU ld script (version nodes OPENSSL_3.0.0 ... OPENSSL_3.5.0, symbols filtered
# by the configuration in configdata.pm), so libcrypto.so.3 is linked by
# OpenSSL's own rule from its libcrypto-shlib-*.o objects. Afterwards the
# exported symbols are checked against the version script, node by node.
#
# Idempotent: a step is skipped when its result exists. Prints KEY=PATH lines
# on stdout (progress on stderr):
#   SQLITE_3_41_2 SQLITE_3_41_2_HEADERS SQLITE_3_50_2 SQLITE_3_50_2_HEADERS
#   LIBCRYPTO_1_1_1W LIBCRYPTO_1_1_1W_HEADERS LIBCRYPTO_3_5_4 LIBCRYPTO_3_5_4_HEADERS
#
# Usage: scripts/fetch-dwarf-corpus.sh [sqlite] [openssl]     (default: both)
#        eval "$(scripts/fetch-dwarf-corpus.sh sqlite)"
# Env:   COMPAT_CORPUS (cache root), JOBS (make -j, default 2), CARGO_HOME.
# Needs: cargo, gcc, make, perl, readelf. From scratch on 2 cores: SQLite ~45 s per
# version, OpenSSL 1.1.1w ~2 min, 3.5.4 ~5 min.
set -euo pipefail
CACHE="${COMPAT_CORPUS:-$HOME/.cache/compat-corpus}/dwarf"
JOBS="${JOBS:-2}"
mkdir -p "$CACHE"
log() { printf '[fetch-dwarf-corpus] %s\n' "$*" >&2; }
die() { log "error: $*"; exit 1; }
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

want=("$@"); [ ${#want[@]} -gt 0 ] || want=(sqlite openssl)
for w in "${want[@]}"; do
  case $w in sqlite|openssl) ;; -h|--help) sed -n '2,/^set -euo/p' "$0" | sed -e '$d' -e 's/^# \{0,1\}//' >&2; exit 0 ;;
    *) die "unknown corpus '$w' (expected: sqlite openssl)" ;; esac
done
for tool in cargo gcc make perl readelf; do
  command -v "$tool" >/dev/null || die "$tool not found"
done

# Directory of one crate version's unpacked source in cargo's registry,
# fetching it with `cargo fetch` of a throwaway manifest when absent.
crate_src() {
  local name=$1 version=$2 reg="${CARGO_HOME:-$HOME/.cargo}/registry/src" found
  found=$(compgen -G "$reg/*/$name-$version" | head -n1 || true)
  if [ -z "$found" ]; then
    local tmp="$TMP/fetch-$name-$version"
    mkdir -p "$tmp/src" && echo 'fn main() {}' > "$tmp/src/main.rs"
    printf '[package]\nname = "fetch-dwarf-corpus"\nversion = "0.0.0"\nedition = "2021"\npublish = false\n\n[dependencies]\n%s = "=%s"\n' \
      "$name" "$version" > "$tmp/Cargo.toml"
    log "cargo fetch $name =$version"
    (cd "$tmp" && cargo fetch --quiet >&2) || die "cargo fetch of $name =$version failed"
    found=$(compgen -G "$reg/*/$name-$version" | head -n1 || true)
    [ -n "$found" ] || die "$name-$version not found under $reg after cargo fetch"
  fi
  echo "$found"
}

key() { local k="$1_$2"; k=${k//./_}; echo "${k^^}"; }

build_sqlite() {
  local version=$1 crate=$2 out="$CACHE/sqlite-$1" k
  k=$(key SQLITE "$version")
  if [ ! -f "$out/libsqlite3.so.0" ] || [ ! -f "$out/include/sqlite3.h" ]; then
    local src; src=$(crate_src libsqlite3-sys "$crate")
    [ -f "$src/sqlite3/sqlite3.c" ] || die "$src/sqlite3/sqlite3.c missing"
    grep -q "define SQLITE_VERSION *\"$version\"" "$src/sqlite3/sqlite3.h" \
      || die "libsqlite3-sys $crate does not carry SQLite $version"
    log "building SQLite $version (gcc -g -O2 -fPIC -shared)"
    mkdir -p "$out/include"
    gcc -g -O2 -fPIC -shared -Wl,-soname,libsqlite3.so.0 -o "$out/libsqlite3.so.0.tmp" \
      "$src/sqlite3/sqlite3.c" -lpthread -ldl -lm
    cp "$src/sqlite3/sqlite3.h" "$out/include/sqlite3.h"
    mv "$out/libsqlite3.so.0.tmp" "$out/libsqlite3.so.0"
  fi
  echo "$k=$out/libsqlite3.so.0"
  echo "${k}_HEADERS=$out/include"
}

# The stand-in for OpenSSL 3.x util/mkdef.pl (see the header comment).
write_mkdef_standin() {
  cat > "$1" <<'MKDEF'
#! /usr/bin/env perl
# Stand-in for OpenSSL 3.x util/mkdef.pl, which the openssl-src crate does not
# ship (written by scripts/fetch-dwarf-corpus.sh). Emits GNU ld version scripts
# only (--OS linux and friends), as the real writer_linux does: one node
# OPENSSL_x.y.z per version column of the .num file, chained to the previous one,
# with `local: *;` in the first. A symbol is listed when it is EXIST, its platform
# guard holds on Unix, and none of its features is disabled in configdata.pm.
use strict;
use warnings;
use Getopt::Long;
use lib '.';
use configdata;

my ($name, $version, $type, $ordinals_file, $OS) = (undef, undef, 'lib', undef, 'linux');
my ($ctest, $debug, $verbose);
GetOptions('name=s' => \$name, 'version=s' => \$version, 'type=s' => \$type,
           'ordinals=s' => \$ordinals_file, 'OS=s' => \$OS,
           'ctest' => \$ctest, 'debug' => \$debug, 'verbose' => \$verbose)
    or die "usage: mkdef.pl --ordinals FILE --name NAME --OS linux [--version V] [--type lib|dso]\n";
die "mkdef.pl (stand-in): --ordinals is required\n" unless $ordinals_file;
die "mkdef.pl (stand-in): only ELF/GNU ld version scripts are supported, not --OS $OS\n"
    if $OS =~ /^(VMS|WIN|win|msvc|mingw|cygwin|aix|solaris)/i;

my %disabled_uc = map { (my $x = uc $_) =~ s/[-.]/_/g; $x => 1 } keys %disabled;
# Platform guards as seen by a Unix (Linux) build.
my %platform = (UNIX => 1, VMS => 0, _WIN32 => 0, WIN32 => 0, __FreeBSD__ => 0, OS2 => 0);

my %byver;
open my $fh, '<', $ordinals_file or die "$ordinals_file: $!\n";
while (<$fh>) {
    s/#.*//;
    next unless /\S/;
    my ($sym, $num, $ver, $info) = split;
    my ($exist, $plats, $kind, $feats) = split /:/, $info, 4;
    next unless $exist eq 'EXIST';
    my $ok = 1;
    foreach my $p (grep { $_ ne '' } split /,/, $plats // '') {
        my $neg = $p =~ s/^!//;
        my $on = $platform{$p} // 0;
        $ok = 0 if $neg ? $on : !$on;
    }
    foreach my $f (grep { $_ ne '' } split /,/, $feats // '') {
        if ($f =~ /^DEPRECATEDIN_(\d+)_(\d+)(?:_(\d+))?$/) {
            my $dv = $1 >= 3 ? "$1.$2" : "$1.$2.$3";
            $ok = 0 if $disabled{deprecated} || $disabled{"deprecated-$dv"};
        } elsif ($disabled_uc{$f}) {
            $ok = 0;
        }
    }
    next unless $ok;
    $ver = '*' if !defined $ver;
    push @{$byver{$ver}}, $sym;
}
close $fh;

if ($type ne 'lib' || !grep { $_ ne '*' } keys %byver) {
    # Modules (providers): unversioned, only what the .num lists.
    my @syms = sort map { @$_ } values %byver;
    print "{\n    global:\n", (map { "        $_;\n" } @syms), "    local: *;\n};\n";
    exit 0;
}
my @vers = sort { my @a = split /_/, $a; my @b = split /_/, $b;
                  $a[0] <=> $b[0] || $a[1] <=> $b[1] || ($a[2] // 0) <=> ($b[2] // 0) }
           grep { $_ ne '*' } keys %byver;
my $prev;
foreach my $v (@vers) {
    (my $node = "OPENSSL_$v") =~ tr/_/./;
    $node =~ s/^OPENSSL\./OPENSSL_/;
    print "$node {\n    global:\n";
    print map { "        $_;\n" } sort @{$byver{$v}};
    print "    local: *;\n" unless defined $prev;
    print "}", (defined $prev ? " $prev" : ''), ";\n";
    $prev = $node;
}
MKDEF
}

# Exported symbols per version node of a shared library, compared with the
# version script's lists (1.1.1: libcrypto.map from its real mkdef.pl; 3.x:
# libcrypto.ld from the stand-in).
check_exports() {
  local lib=$1 ld=$2
  awk '/^[A-Za-z0-9_.]+ *\{/ { node = $1; next } /^ *(global|local):/ { next }
       /^ *[A-Za-z0-9_]+;$/ { gsub(/[ ;]/, ""); print node, $0 }' "$ld" | sort -u > "$TMP/want"
  readelf -W --dyn-syms "$lib" | awk '$7 != "UND" && $8 ~ /@/ { split($8, a, "@+"); print a[2], a[1] }' \
    | sort -u > "$TMP/have"
  local node nwant nhave bad=0
  for node in $(cut -d' ' -f1 "$TMP/want" | sort -uV); do
    nwant=$(grep -c "^$node " "$TMP/want" || true); nhave=$(grep -c "^$node " "$TMP/have" || true)
    log "  $(basename "$lib") $node: $nhave exported, $nwant in $(basename "$ld")"
    [ "$nwant" = "$nhave" ] || bad=1
  done
  if ! cmp -s "$TMP/want" "$TMP/have"; then
    log "  exported symbols differ from $(basename "$ld"):"
    diff "$TMP/want" "$TMP/have" | head -n 20 >&2 || true
    bad=1
  fi
  return $bad
}

build_openssl() {
  local version=$1 crate=$2 soname=$3 out="$CACHE/openssl-$1" k
  local work="$CACHE/work/openssl-$1"
  k=$(key LIBCRYPTO "$version")
  if [ ! -f "$out/$soname" ] || [ ! -f "$out/include/openssl/opensslv.h" ]; then
    local src; src=$(crate_src openssl-src "$crate")
    if [ ! -f "$work/Makefile" ] || [ ! -f "$work/configdata.pm" ]; then
      rm -rf "$work" && mkdir -p "$work"
      cp -r "$src/openssl/." "$work/"
      if [ ! -f "$work/util/mkdef.pl" ]; then
        write_mkdef_standin "$work/util/mkdef.pl"
        # Needed by Configure for the (unbuilt) legacy/fips provider modules.
        [ -f "$work/util/providers.num" ] \
          || printf 'OSSL_provider_init                     1\t*\tEXIST::FUNCTION:\n' > "$work/util/providers.num"
      fi
      log "configuring OpenSSL $version: ./config shared -g -O2 no-tests"
      (cd "$work" && ./config shared -g -O2 no-tests > configure.log 2>&1) \
        || { tail -n 20 "$work/configure.log" >&2; die "configuring OpenSSL $version failed (see $work/configure.log)"; }
    fi
    log "building OpenSSL $version: make -j$JOBS build_libs (takes a while; log in $work/build.log)"
    (cd "$work" && make -j"$JOBS" build_libs > build.log 2>&1) \
      || { tail -n 20 "$work/build.log" >&2; die "building OpenSSL $version failed (see $work/build.log)"; }
    [ -f "$work/$soname" ] || die "$work/$soname was not built"
    local got; got=$(readelf -d "$work/$soname" | sed -n 's/.*(SONAME).*\[\(.*\)\]/\1/p')
    [ "$got" = "$soname" ] || die "$work/$soname has SONAME '$got'"
    # The version script the link used: libcrypto.map (1.1.1), libcrypto.ld (3.x).
    local ld="$work/libcrypto.ld"; [ -f "$ld" ] || ld="$work/libcrypto.map"
    [ -f "$ld" ] || die "no libcrypto.ld or libcrypto.map in $work"
    log "checking the exports of $soname against $(basename "$ld")"
    check_exports "$work/$soname" "$ld" || die "exports of $work/$soname do not match $ld"
    mkdir -p "$out/include"
    rm -rf "$out/include/openssl"
    mkdir -p "$out/include/openssl"
    (cd "$work/include/openssl" && cp -p -- *.h "$out/include/openssl/")
    cp "$work/$soname" "$out/$soname.tmp" && mv "$out/$soname.tmp" "$out/$soname"
  fi
  echo "$k=$out/$soname"
  echo "${k}_HEADERS=$out/include/openssl"
}

for w in "${want[@]}"; do
  case $w in
    sqlite)
      build_sqlite 3.41.2 0.26.0
      build_sqlite 3.50.2 0.35.0 ;;
    openssl)
      build_openssl 1.1.1w 111.28.2+1.1.1w libcrypto.so.1.1
      build_openssl 3.5.4 300.5.4+3.5.4 libcrypto.so.3 ;;
  esac
done
