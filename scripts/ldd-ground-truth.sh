#!/usr/bin/env bash
# ldd-ground-truth.sh OUT.tsv [DIR...] — record what glibc's `ldd -r` says about
# every ELF executable / shared object on this system, as ground truth for compat.
#
# Files scanned (default): /usr/bin (top level only) and /usr/lib/x86_64-linux-gnu
# (recursive). DIR arguments replace the default set; each DIR is scanned
# recursively, except /usr/bin which is scanned at top level only.
#
# Selection:
#   * every path that is a regular file, or a symlink to a regular file, and whose
#     first bytes are an ELF header with e_type ET_EXEC (2) or ET_DYN (3);
#     any ELF class/machine is kept (32-bit files are recorded, ldd rejects them);
#   * symlinks are deduplicated by their resolved target: for each real file only
#     one path is listed (the real path itself when it is in the scanned set, else
#     the first symlink found, in sorted order).
#
# For each file it runs, with LC_ALL=C and a 10 s timeout (never the program itself;
# ldd only runs the dynamic loader in trace mode):
#     ldd -r REALPATH        (see the $ORIGIN note in check_one)
# and writes one TSV row:
#     path  realpath  class  type  exit  undefined  undefined_self  lib_not_found
#     version_not_found  no_version_info  note
# where the counts are numbers of output lines (stdout+stderr) matching
#     undefined          ^undefined symbol:   (in the file or any loaded dependency)
#     undefined_self     the subset attributed to the file itself, i.e. ending "(REALPATH)";
#                        ldd -r names the object that has the unresolved reference
#     lib_not_found      => not found            (a missing DT_NEEDED library)
#     version_not_found  version `...' not found
#     no_version_info    no version information available
# and note is one of: "" | timeout | not-dynamic | static | error.
# All problem lines go to OUT.log as "path<TAB>line" (the .log is next to OUT.tsv,
# same basename). A summary is printed on stderr at the end.
#
# Runs 2 ldd processes in parallel (JOBS=N to change). Idempotent: the output files
# are rewritten from scratch on each run.
set -euo pipefail

if [[ $# -lt 1 ]]; then
    echo "usage: $0 OUT.tsv [DIR...]" >&2
    exit 2
fi
OUT="$1"; shift
LOG="${OUT%.tsv}.log"
[[ "$LOG" == "$OUT" ]] && LOG="$OUT.log"
JOBS="${JOBS:-2}"
TIMEOUT="${TIMEOUT:-10}"
export LC_ALL=C TIMEOUT

if [[ $# -gt 0 ]]; then DIRS=("$@"); else DIRS=(/usr/bin /usr/lib/x86_64-linux-gnu); fi

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

# --- 1. enumerate candidate paths (regular files and symlinks) -----------------
: >"$WORK/candidates"
for d in "${DIRS[@]}"; do
    depth=()
    [[ "$d" == /usr/bin || "$d" == /usr/bin/ ]] && depth=(-maxdepth 1)
    find "$d" "${depth[@]}" \( -type f -o -type l \) -print0 >>"$WORK/candidates"
done

# elf_info PATH -> prints "CLASS TYPE" (e.g. "64 DYN") when PATH (followed) is an
# ELF ET_EXEC/ET_DYN regular file, else nothing. Reads only 18 header bytes.
elf_info() {
    local -a b
    [[ -f "$1" && -r "$1" ]] || return 0
    read -r -a b < <(od -An -tx1 -N18 -v -- "$1" 2>/dev/null | tr '\n' ' ') || true
    [[ ${#b[@]} -ge 18 ]] || return 0
    [[ "${b[0]}${b[1]}${b[2]}${b[3]}" == 7f454c46 ]] || return 0
    local cls=? typ
    case "${b[4]}" in 01) cls=32 ;; 02) cls=64 ;; esac
    # e_type at offset 16, endianness from EI_DATA (byte 5)
    local t="${b[16]}${b[17]}"
    [[ "${b[5]}" == 02 ]] && t="${b[17]}${b[16]}"
    case "$t" in 0200) typ=EXEC ;; 0300) typ=DYN ;; 0002) typ=EXEC ;; 0003) typ=DYN ;; *) return 0 ;; esac
    echo "$cls $typ"
}

# --- 2. keep ELF EXEC/DYN, dedupe by resolved path ------------------------------
# Sort so the result is stable; real files (path == realpath) win over symlinks.
declare -A seen=()
: >"$WORK/files"
{
    while IFS= read -r -d '' p; do
        r="$(readlink -f -- "$p" 2>/dev/null || true)"
        [[ -n "$r" ]] || continue
        # key: 0 if the path is the real file, 1 if a symlink -> real files first
        if [[ "$p" == "$r" ]]; then k=0; else k=1; fi
        printf '%s\t%s\t%s\n' "$k" "$p" "$r"
    done <"$WORK/candidates"
} | sort -t $'\t' -k1,1 -k2,2 >"$WORK/keyed"
while IFS=$'\t' read -r _ p r; do
    [[ -z "${seen[$r]:-}" ]] || continue
    info="$(elf_info "$p")"
    [[ -n "$info" ]] || continue
    seen[$r]=1
    printf '%s\t%s\t%s\n' "$p" "$r" "${info// /$'\t'}" >>"$WORK/files"
done <"$WORK/keyed"
sort -o "$WORK/files" "$WORK/files"
total=$(wc -l <"$WORK/files")
echo "[ldd-ground-truth] $total ELF files to check with $JOBS jobs" >&2

# --- 3. run ldd -r on each, in parallel ----------------------------------------
# check_one "PATH<TAB>REAL<TAB>CLASS<TAB>TYPE" -> writes $WORK/res/<n>.{row,log}
check_one() {
    local line="$1" p r cls typ out rc note=""
    IFS=$'\t' read -r p r cls typ <<<"$line"
    # Run on the resolved path: `ldd /usr/bin/java` (a symlink) computes $ORIGIN
    # from the symlink's directory and reports RPATH=$ORIGIN/../lib deps as
    # "not found", while the kernel-started program resolves $ORIGIN from the
    # real file. The TSV still lists the path that was found.
    out="$(timeout -k 2 "$TIMEOUT" ldd -r -- "$r" 2>&1)" && rc=0 || rc=$?
    local und us nf vnf nvi
    und=$(grep -c '^undefined symbol:' <<<"$out" || true)
    us=$(grep '^undefined symbol:' <<<"$out" | grep -cF "	($r)" || true)
    nf=$(grep -c '=> not found' <<<"$out" || true)
    vnf=$(grep -Ec "version \`[^']*' not found" <<<"$out" || true)
    nvi=$(grep -c 'no version information available' <<<"$out" || true)
    if [[ $rc -eq 124 || $rc -eq 137 ]]; then note=timeout
    elif grep -q 'not a dynamic executable' <<<"$out"; then note=not-dynamic
    elif grep -q 'statically linked' <<<"$out"; then note=static
    elif [[ $rc -ne 0 ]]; then note=error
    fi
    local key; key="$(printf '%s' "$p" | md5sum | cut -c1-32)"
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' \
        "$p" "$r" "$cls" "$typ" "$rc" "$und" "$us" "$nf" "$vnf" "$nvi" "$note" >"$RES/$key.row"
    # problem lines (and, for odd cases, the whole output) into the log
    {
        grep -E "^undefined symbol:|=> not found|version \`[^']*' not found|no version information available" <<<"$out" || true
        [[ -n "$note" ]] && printf '%s\n' "$out"
    } | awk -v p="$p" '{ print p "\t" $0 }' >"$RES/$key.log"
}
export -f check_one
export RES="$WORK/res"
mkdir -p "$RES"

start=$(date +%s)
tr '\n' '\0' <"$WORK/files" | xargs -0 -r -n1 -P"$JOBS" bash -c 'check_one "$1"' _
end=$(date +%s)

# --- 4. assemble outputs in path order -----------------------------------------
{
    printf 'path\trealpath\tclass\ttype\texit\tundefined\tundefined_self\tlib_not_found\tversion_not_found\tno_version_info\tnote\n'
    cat "$RES"/*.row | sort
} >"$OUT"
cat "$RES"/*.log 2>/dev/null | sort -s -t $'\t' -k1,1 >"$LOG" || true

# --- 5. summary on stderr ------------------------------------------------------
awk -F'\t' -v secs=$((end - start)) 'NR>1 {
    n++; if ($6>0) u++; if ($7>0) us++; if ($8>0) nf++; if ($9>0) v++; if ($10>0) nv++;
    if ($6>0||$8>0||$9>0||$10>0) fl++; if ($11!="") notes[$11]++; if ($5!=0) nz++
} END {
    printf "[ldd-ground-truth] files=%d ldd_wall=%ds flagged=%d undefined=%d undefined_self=%d lib_not_found=%d version_not_found=%d no_version_info=%d nonzero_exit=%d\n", n, secs, fl, u, us, nf, v, nv, nz
    for (k in notes) printf "[ldd-ground-truth] note %s: %d\n", k, notes[k]
}' "$OUT" >&2
echo "[ldd-ground-truth] wrote $OUT and $LOG" >&2
