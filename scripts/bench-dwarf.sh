#!/usr/bin/env bash
# Benchmarks `compat abi diff` side by side with libabigail's abidiff, in one
# run, on the DWARF corpus of scripts/fetch-dwarf-corpus.sh (libraries built
# with -g -O2, and their public headers), and prints a Markdown table.
#
#   scripts/bench-dwarf.sh                                 # 3 runs per tool
#   RUNS=5 scripts/bench-dwarf.sh                          # more repetitions
#   COMPAT=target/release/compat scripts/bench-dwarf.sh    # no cargo build
#
# Needs: abidiff (abigail-tools; 2.2 here), GNU time (/usr/bin/time), python3,
# cargo (a release build of compat is made here unless COMPAT names a binary),
# and what scripts/fetch-dwarf-corpus.sh needs the first time (it builds the
# corpus into ~/.cache/compat-corpus/dwarf, then reuses it). Works offline once
# the corpus is built.
#
# What is compared, old → new, each tool writing its report to a file:
# 1. SQLite 3.41.2 → 3.50.2, no headers:
#      abidiff OLD NEW > FILE     vs  compat abi diff OLD NEW -o FILE
# 2. the same with the public headers:
#      abidiff --hd1 OLDH --hd2 NEWH OLD NEW > FILE
#      compat abi diff --old-public-headers OLDH --public-headers NEWH OLD NEW -o FILE
# 3., 4. the same for OpenSSL libcrypto 1.1.1w → 3.5.4.
# compat writes its default text format.
#
# Each tool runs $RUNS times per comparison, alternating with the other one and
# swapping which goes first every round (abidiff, compat, compat, abidiff, ...),
# so that this VM's drifting speed affects both alike. Wall time is the median
# over the runs, measured around the /usr/bin/time call with bash's
# EPOCHREALTIME (microseconds; GNU time's %e has only 10 ms, coarse for compat
# on SQLite); peak memory is the largest max RSS (%M) GNU time reports over the
# runs, in MB of 1024 KB. The input files are read once beforehand so that both
# tools find them in the page cache.
#
# Accuracy in the same run: compat is run once more with -f json per comparison,
# and scripts/abidiff-crosscheck.py checks that every function, variable and
# symbol abidiff reports as removed, added or changed is in compat's report
# (a line per comparison; the script fails when something is missing).
#
# Exit statuses: abidiff's is a bit field (1 error, 2 usage error, 4 ABI change,
# 8 incompatible ABI change); compat's is 0 (nothing breaking), 1 (something
# breaking) or 2 (error). abidiff with bit 1 or 2 set (or any other status than
# 0, 4, 8, 12), or compat with anything but 0 or 1, stops the script with the
# tool's standard error.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-3}
export LC_ALL=C NO_COLOR=1

die() { echo "bench-dwarf: $*" >&2; exit 1; }
command -v abidiff >/dev/null || { echo "bench-dwarf: abidiff is not installed (abigail-tools)" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "bench-dwarf: GNU time (/usr/bin/time) is not installed" >&2; exit 2; }
command -v python3 >/dev/null || { echo "bench-dwarf: python3 is not installed" >&2; exit 2; }
case $RUNS in '' | *[!0-9]* | 0) echo "bench-dwarf: RUNS must be a positive integer, not '$RUNS'" >&2; exit 2 ;; esac

if [ -z "${COMPAT:-}" ]; then
  cargo build --release --locked --quiet -p compat
  COMPAT=${CARGO_TARGET_DIR:-$PWD/target}/release/compat
fi
[ -x "$COMPAT" ] || die "$COMPAT is not an executable"
COMPAT=$(cd "$(dirname "$COMPAT")" && pwd)/$(basename "$COMPAT")

# KEY=PATH lines (SQLITE_3_41_2, SQLITE_3_41_2_HEADERS, ...). An assignment, so
# that a failing fetch stops the script (an `eval "$(...)"` would not).
corpus=$(scripts/fetch-dwarf-corpus.sh sqlite openssl)
eval "$corpus"
for k in SQLITE_3_41_2 SQLITE_3_50_2 LIBCRYPTO_1_1_1W LIBCRYPTO_3_5_4; do
  h=${k}_HEADERS
  [ -f "${!k:-}" ] || die "fetch-dwarf-corpus.sh gave no file for $k"
  [ -d "${!h:-}" ] || die "fetch-dwarf-corpus.sh gave no directory for $h"
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# One timed run: run_once OUT ERR CMD... -> "WALL_S RSS_KB STATUS". Standard
# output goes to OUT (abidiff's report; compat writes its own with -o).
run_once() {
  local out=$1 err=$2 t0 t1 rc rss
  shift 2
  t0=$EPOCHREALTIME
  /usr/bin/time -f '%e %M' -o "$work/time" "$@" >"$out" 2>"$err" && rc=0 || rc=$?
  t1=$EPOCHREALTIME
  # GNU time writes "Command exited with non-zero status N" first when N != 0.
  rss=$(tail -n 1 "$work/time" | awk '{print $2}')
  echo "$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.4f", b - a }') ${rss:-0} $rc"
}

# Stops the script unless STATUS is an outcome of a successful comparison.
check_abidiff() { # STATUS ERR CMD...
  local rc=$1 err=$2
  shift 2
  case $rc in 0 | 4 | 8 | 12) return 0 ;; esac
  local bits=()
  ((rc & 1)) && bits+=("1 = error")
  ((rc & 2)) && bits+=("2 = usage error")
  ((rc & ~15)) && bits+=("not an abidiff status")
  {
    echo "bench-dwarf: abidiff failed with exit status $rc ($(printf '%s, ' "${bits[@]}" | sed 's/, $//')): $*"
    tail -n 20 "$err"
  } >&2
  exit 1
}
check_compat() { # STATUS ERR CMD...
  local rc=$1 err=$2
  shift 2
  case $rc in 0 | 1) return 0 ;; esac
  { echo "bench-dwarf: compat failed with exit status $rc: $*"; tail -n 20 "$err"; } >&2
  exit 1
}

# Median of the numbers on standard input, and maximum.
median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
maximum() { sort -g | tail -n 1; }

mb() { python3 -c 'import sys; print(f"{int(sys.argv[1]) / 1024:.1f}")' "$1"; }
secs() { python3 -c 'import sys; s = float(sys.argv[1]); print(f"{s:.3f}" if s < 1 else f"{s:.2f}")' "$1"; }
speed_ratio() { python3 -c 'import sys; r = float(sys.argv[1]) / max(float(sys.argv[2]), 1e-4); print(f"{r:.1f}x" if r < 10 else f"{r:.0f}x")' "$1" "$2"; }
mem_ratio() { python3 -c 'import sys; print(f"{int(sys.argv[1]) / max(int(sys.argv[2]), 1):.2f}")' "$1" "$2"; }
size_mb() { python3 -c 'import os, sys; print(f"{os.path.getsize(sys.argv[1]) / 2**20:.1f} MB")' "$1"; }
nheaders() { find "$1" -name '*.h' | wc -l; }
describe_abidiff() { # STATUS
  local rc=$1 what=()
  ((rc & 4)) && what+=("ABI change")
  ((rc & 8)) && what+=("incompatible change")
  [ ${#what[@]} -gt 0 ] || what=("no change")
  printf '%s + ' "${what[@]}" | sed 's/ + $//'
}
describe_compat() { case $1 in 0) echo "nothing breaking" ;; 1) echo "breaking" ;; esac; }

rows=()
summaries=()
crosscheck_failed=0

# compare NAME INPUTS OLD NEW [OLD_HEADERS NEW_HEADERS]: times both tools, adds
# a table row and a summary line.
compare() {
  local name=$1 inputs=$2 old=$3 new=$4 oldh=${5:-} newh=${6:-}
  local -a a_cmd c_cmd
  local tag=${#rows[@]}
  local a_out=$work/abidiff-$tag.txt c_out=$work/compat-$tag.txt
  if [ -n "$oldh" ]; then
    a_cmd=(abidiff --hd1 "$oldh" --hd2 "$newh" "$old" "$new")
    c_cmd=("$COMPAT" abi diff --old-public-headers "$oldh" --public-headers "$newh" "$old" "$new" -o "$c_out")
  else
    a_cmd=(abidiff "$old" "$new")
    c_cmd=("$COMPAT" abi diff "$old" "$new" -o "$c_out")
  fi
  echo "bench-dwarf: $name ($RUNS run(s) per tool)" >&2
  cat "$old" "$new" >/dev/null

  local i tool order wall rss rc a_rc='' c_rc=''
  : >"$work/a-times"
  : >"$work/c-times"
  for ((i = 0; i < RUNS; i++)); do
    if ((i % 2 == 0)); then order="a c"; else order="c a"; fi
    for tool in $order; do
      if [ "$tool" = a ]; then
        read -r wall rss rc < <(run_once "$a_out" "$work/abidiff.err" "${a_cmd[@]}")
        check_abidiff "$rc" "$work/abidiff.err" "${a_cmd[@]}"
        [ -z "$a_rc" ] || [ "$a_rc" = "$rc" ] || die "abidiff exited $a_rc, then $rc: ${a_cmd[*]}"
        a_rc=$rc
        echo "$wall $rss" >>"$work/a-times"
      else
        read -r wall rss rc < <(run_once "$work/compat.stdout" "$work/compat.err" "${c_cmd[@]}")
        check_compat "$rc" "$work/compat.err" "${c_cmd[@]}"
        [ -z "$c_rc" ] || [ "$c_rc" = "$rc" ] || die "compat exited $c_rc, then $rc: ${c_cmd[*]}"
        c_rc=$rc
        echo "$wall $rss" >>"$work/c-times"
      fi
    done
  done

  local a_wall a_rss c_wall c_rss
  a_wall=$(awk '{print $1}' "$work/a-times" | median)
  a_rss=$(awk '{print $2}' "$work/a-times" | maximum)
  c_wall=$(awk '{print $1}' "$work/c-times" | median)
  c_rss=$(awk '{print $2}' "$work/c-times" | maximum)
  rows+=("| $name | $inputs | $(secs "$a_wall") | $(mb "$a_rss") | $(secs "$c_wall") | $(mb "$c_rss") | $(speed_ratio "$a_wall" "$c_wall") | $(mem_ratio "$c_rss" "$a_rss") |")

  # What each found: abidiff's two change summaries, compat's closing summary
  # line ("N breaking, N warnings, N info, N errors; smallest version bump: ...").
  local a_sum c_sum
  a_sum=$(grep -E '^(Functions|Variables) changes summary:' "$a_out" | paste -sd ';' - | sed 's/;/; /g')
  c_sum=$(grep -E '^[0-9]+ breaking, ' "$c_out" | tail -n 1)
  [ -n "$c_sum" ] || c_sum="(no summary line; last line: $(tail -n 1 "$c_out"))"
  summaries+=("- $name: abidiff (exit $a_rc, $(describe_abidiff "$a_rc")): ${a_sum:-(no change summary)} — compat (exit $c_rc, $(describe_compat "$c_rc")): $c_sum")

  # Entry by entry: everything abidiff reports is in compat's JSON report (not timed).
  local c_json=$work/compat-$tag.json check
  "${c_cmd[@]:0:${#c_cmd[@]}-2}" -f json -o "$c_json" 2>/dev/null || true
  check=$(python3 scripts/abidiff-crosscheck.py "$a_out" "$c_json") || crosscheck_failed=1
  summaries+=("  - cross-check: $(printf '%s' "$check" | paste -sd ';' - | sed 's/;/; /g')")
}

S_OLD=$SQLITE_3_41_2 S_NEW=$SQLITE_3_50_2
L_OLD=$LIBCRYPTO_1_1_1W L_NEW=$LIBCRYPTO_3_5_4
s_in="libsqlite3.so.0 ($(size_mb "$S_OLD") → $(size_mb "$S_NEW"))"
l_in="libcrypto.so.1.1 → libcrypto.so.3 ($(size_mb "$L_OLD") → $(size_mb "$L_NEW"))"
compare "SQLite 3.41.2 → 3.50.2" "$s_in" "$S_OLD" "$S_NEW"
compare "SQLite 3.41.2 → 3.50.2, public headers" \
  "$s_in + headers ($(nheaders "$SQLITE_3_41_2_HEADERS") → $(nheaders "$SQLITE_3_50_2_HEADERS") .h)" \
  "$S_OLD" "$S_NEW" "$SQLITE_3_41_2_HEADERS" "$SQLITE_3_50_2_HEADERS"
compare "libcrypto 1.1.1w → 3.5.4" "$l_in" "$L_OLD" "$L_NEW"
compare "libcrypto 1.1.1w → 3.5.4, public headers" \
  "$l_in + include/openssl ($(nheaders "$LIBCRYPTO_1_1_1W_HEADERS") → $(nheaders "$LIBCRYPTO_3_5_4_HEADERS") .h)" \
  "$L_OLD" "$L_NEW" "$LIBCRYPTO_1_1_1W_HEADERS" "$LIBCRYPTO_3_5_4_HEADERS"

cpu=$(awk -F': *' '/^model name/ { print $2; exit }' /proc/cpuinfo)
echo "### \`compat abi diff\` vs abidiff on the DWARF corpus ($(date -u '+%Y-%m-%d %H:%M UTC'))"
echo
echo "Machine: $(nproc) CPU(s), ${cpu:-unknown CPU}, $(uname -m). $(abidiff --version | head -n 1), $("$COMPAT" --version | head -n 1)." \
  "Libraries from \`scripts/fetch-dwarf-corpus.sh\` (gcc -g -O2). $RUNS run(s) per tool and comparison, the tools alternating;" \
  "wall time: median; peak RSS: the largest of the runs (GNU time)."
echo
echo "| comparison | inputs | abidiff wall s | abidiff max RSS MB | compat wall s | compat max RSS MB | speed ratio (abidiff/compat) | memory ratio (compat/abidiff) |"
echo "|---|---|---|---|---|---|---|---|"
printf '%s\n' "${rows[@]}"
echo
echo "What each tool found (abidiff exits with bits 4 = ABI change, 8 = incompatible change; compat with 0 = nothing breaking, 1 = breaking):"
echo
printf '%s\n' "${summaries[@]}"
if [ "$crosscheck_failed" = 1 ]; then
  echo "bench-dwarf: compat's report misses something abidiff reports (see the cross-check lines)" >&2
  exit 1
fi
