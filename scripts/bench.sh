#!/usr/bin/env bash
# Benchmarks compat against its peers, side by side in one run, on the real
# inputs of shared/CORPUS.md, and prints a Markdown table for the README.
#
#   scripts/bench.sh            # all three benchmarks
#   RUNS=5 scripts/bench.sh     # more repetitions for the fast commands
#   COMPAT=/path/to/release/compat scripts/bench.sh   # no cargo build
#
# Needs: a release build (built here unless COMPAT names one; cargo's
# CARGO_TARGET_DIR is honoured), ldd (libc-bin), readelf (binutils),
# abidiff (abigail-tools), hyperfine (optional; falls back to a loop), and the
# corpus from scripts/fetch-corpus.sh. Peak memory is GNU time's max RSS.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-5}
export LC_ALL=C

if [ -z "${COMPAT:-}" ]; then
  cargo build --release --quiet -p compat
  COMPAT=${CARGO_TARGET_DIR:-$PWD/target}/release/compat
fi
[ -x "$COMPAT" ] || { echo "bench: $COMPAT is not an executable" >&2; exit 1; }
eval "$(scripts/fetch-corpus.sh 2>/dev/null)"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Wall time (s) of a command, best of $RUNS (perf_counter, so sub-10 ms runs
# are measured), and the peak RSS (KB) of one run from GNU time.
measure() {
  local best rss
  best=$(python3 - "$RUNS" "$@" <<'PY'
import subprocess, sys, time
runs, cmd = int(sys.argv[1]), sys.argv[2:]
best = min(
    (lambda t0: (subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL), time.perf_counter() - t0)[1])(time.perf_counter())
    for _ in range(runs)
)
print(f"{best:.4f}")
PY
)
  # compat exits 1 when it finds something breaking: not a failure here.
  /usr/bin/time -f '%M' -o "$work/rss" "$@" >/dev/null 2>&1 || true
  rss=$(tail -1 "$work/rss")
  echo "$best $rss"
}
ratio() { python3 -c "r=$1/max($2,1e-4); print(f'{r:.2f}x' if r < 10 else f'{r:.1f}x')"; }

echo "## compat benchmarks ($(date -u +%Y-%m-%d), $(nproc) cores, $(uname -m))"
echo
echo "| benchmark | input | peer | peer time | peer peak RSS | compat time | compat peak RSS | speed-up | same findings |"
echo "|---|---|---|---|---|---|---|---|---|"

# 1. abi check over every ELF file of /usr/bin and /usr/lib/x86_64-linux-gnu versus ldd -r on each.
list=$work/elf-files
{ find /usr/bin -maxdepth 1 -type f; find /usr/lib/x86_64-linux-gnu -type f; } |
  while IFS= read -r f; do
    if [ "$(head -c 4 "$f" 2>/dev/null | od -An -c | tr -d ' ')" = '177ELF' ]; then echo "$f"; fi
  done | sort > "$list"
n=$(wc -l < "$list")
# ldd -r on each file: timed one file at a time (its natural use) and $(nproc)
# files at a time (compat uses every core too). Outputs are kept for the comparison.
mkdir -p "$work/ldd"
cat > "$work/run-ldd" <<'SH'
#!/bin/sh
out=$1; shift
for f; do timeout 20 ldd -r "$f" > "$out/$(printf '%s' "$f" | tr / _)" 2>&1; done
SH
chmod +x "$work/run-ldd"
timed() { python3 -c 'import subprocess,sys,time; t=time.perf_counter(); subprocess.run(sys.argv[1:]); print(f"{time.perf_counter()-t:.2f}")' "$@"; }
ldd_time=$(timed /usr/bin/time -f '%M' -o "$work/ldd-rss" xargs -n 32 "$work/run-ldd" "$work/ldd" < "$list")
ldd_rss=$(tail -1 "$work/ldd-rss")
ldd_par=$(timed xargs -P "$(nproc)" -n 32 "$work/run-ldd" "$work/ldd" < "$list")
while IFS= read -r f; do
  if grep -qE 'undefined symbol|=> not found|version .* not found' "$work/ldd/$(printf '%s' "$f" | tr / _)"; then echo "$f"; fi
done < "$list" > "$work/ldd-flagged"
mapfile -t files < "$list"
# Timed: the default run (shared libraries judged in the context of the scan).
# Compared with ldd -r: the --standalone run (every file on its own, as ldd).
read -r c_time c_rss < <(measure "$COMPAT" abi check "${files[@]}" -f json -o "$work/context.json")
"$COMPAT" abi check --standalone "${files[@]}" -f json -o "$work/check.json" || true
python3 - "$work/check.json" > "$work/compat-flagged" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
for f in sorted({f["subject"]["file"] for f in r["findings"] if f["severity"] == "breaking"}):
    print(f)
PY
in_context=$(python3 -c 'import json, sys; s = json.load(open(sys.argv[1]))["summary"]; w = s["warning"]; print("%d breaking, %d %s, %d info" % (s["breaking"], w, "warning" if w == 1 else "warnings", s["info"]))' "$work/context.json")
sort -o "$work/ldd-flagged" "$work/ldd-flagged"
comm -3 "$work/ldd-flagged" "$work/compat-flagged" | sed 's/^/differs: /' >&2
if diff -q "$work/ldd-flagged" "$work/compat-flagged" >/dev/null; then same="yes with --standalone ($(wc -l < "$work/compat-flagged") files flagged by both); in context: $in_context"; else
  same="NO: ldd-only $(comm -23 "$work/ldd-flagged" "$work/compat-flagged" | wc -l), compat-only $(comm -13 "$work/ldd-flagged" "$work/compat-flagged" | wc -l)"; fi
echo "| abi check | $n ELF files in /usr/bin, /usr/lib/x86_64-linux-gnu | ldd -r on each file | ${ldd_time} s | ${ldd_rss} KB (largest ldd process) | ${c_time} s | ${c_rss} KB | $(ratio "$ldd_time" "$c_time") | $same |"
echo "| abi check | same files | ldd -r, $(nproc) files at a time | ${ldd_par} s | | ${c_time} s | ${c_rss} KB | $(ratio "$ldd_par" "$c_time") | (same run as above) |"

# Best wall time of two commands over $RUNS rounds, run alternately (A, B, A, B, ...)
# so that the machine's drifting speed affects both alike. Prints "A_TIME B_TIME".
interleaved() {
  python3 - "$RUNS" "$@" <<'PY'
import subprocess, sys, time
runs = int(sys.argv[1]); sep = sys.argv.index("--")
cmds = [sys.argv[2:sep], sys.argv[sep + 1:]]
best = [float("inf"), float("inf")]
for _ in range(runs):
    for i, cmd in enumerate(cmds):
        t = time.perf_counter()
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        best[i] = min(best[i], time.perf_counter() - t)
print(f"{best[0]:.4f} {best[1]:.4f}")
PY
}
rss_of() { /usr/bin/time -f '%M' -o "$work/rss" "$@" >/dev/null 2>&1 || true; tail -1 "$work/rss"; }

# 2. abi dump of libLLVM-14 versus readelf --dyn-syms -W. Both write their whole
# output to the same sink (standard output, discarded).
read -r r_time d_time < <(interleaved readelf --dyn-syms -W "$LIBLLVM" -- "$COMPAT" abi dump "$LIBLLVM")
r_rss=$(rss_of readelf --dyn-syms -W "$LIBLLVM")
d_rss=$(rss_of "$COMPAT" abi dump "$LIBLLVM")
syms=$(readelf --dyn-syms -W "$LIBLLVM" | grep -cE '^ +[0-9]+:' || true)
echo "| abi dump | libLLVM-14.so.1 ($syms dynamic symbols, demangled) | readelf --dyn-syms -W | ${r_time} s | ${r_rss} KB | ${d_time} s | ${d_rss} KB | $(ratio "$r_time" "$d_time") | n/a (readelf does not demangle or resolve versions per symbol) |"

# 3. abi diff of libavcodec .so.59 / .so.60 versus abidiff.
read -r a_time x_time < <(interleaved abidiff "$LIBAVCODEC59" "$LIBAVCODEC60" -- "$COMPAT" abi diff "$LIBAVCODEC59" "$LIBAVCODEC60" -f json -o "$work/diff.json")
a_rss=$(rss_of abidiff "$LIBAVCODEC59" "$LIBAVCODEC60")
x_rss=$(rss_of "$COMPAT" abi diff "$LIBAVCODEC59" "$LIBAVCODEC60" -f json -o "$work/diff.json")
abidiff "$LIBAVCODEC59" "$LIBAVCODEC60" > "$work/abidiff.txt" 2>&1 || true
abi_removed=$(grep -cE '^  \[D\] ' "$work/abidiff.txt" || true)
abi_added=$(grep -cE '^  \[A\] ' "$work/abidiff.txt" || true)
read -r c_removed c_added < <(python3 - "$work/diff.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
rm = sum(1 for f in r["findings"] if f["rule"] in ("abi-symbol-removed", "abi-symbol-version-removed"))
add = sum(1 for f in r["findings"] if f["rule"] == "abi-symbol-added")
print(rm, add)
PY
)
echo "| abi diff | libavcodec.so.59.37.100 vs .so.60.31.102 (av 12.0.0) | abidiff 2.2 | ${a_time} s | ${a_rss} KB | ${x_time} s | ${x_rss} KB | $(ratio "$a_time" "$x_time") | removed: abidiff $abi_removed, compat $c_removed; added: abidiff $abi_added, compat $c_added |"
