#!/usr/bin/env bash
# Side-by-side benchmark of `compat go buildtags` / `compat go targets` against
# the go command on Go's own source tree (std + the separate cmd module), with
# a correctness check of `compat go targets` against `go list`. Prints a
# Markdown table.
#
#   scripts/bench-go.sh                         # GOROOT from `go env GOROOT`
#   GO_SRC=/usr/lib/go-1.19/src RUNS=10 VET_RUNS=3 LIST_RUNS=3 scripts/bench-go.sh
#
# Needs: go (1.19, whose tree is measured), python3, GNU time (/usr/bin/time),
# hyperfine, cargo (a release build of compat is made here). Works offline.
#
# What is compared:
# - `compat go buildtags SRC --go 1.19` vs `go vet -buildtag std cmd` run in
#   SRC (the buildtag analyzer alone; `std cmd` rather than `./...` so the
#   vendor trees that compat checks are vetted too). vet type-checks, so it
#   needs the export data of every package: it is timed once with an empty
#   build cache (cold) and then with the cache it filled (warm).
# - `compat go targets SRC SRC/cmd --all-targets --go 1.19 -f json` vs a loop
#   running `go list -e -json std cmd` once per target of `go tool dist list`
#   (GOOS/GOARCH set, CGO_ENABLED unset, so at go's default), all targets in
#   one run. The loop is run once before timing, so its build cache is warm.
# - Correctness: for 3 sampled targets, the GoFiles, CgoFiles, TestGoFiles,
#   XTestGoFiles and IgnoredGoFiles of every package of `go list` against
#   compat's JSON for that target, and the set of packages listed.
#
# Wall time is hyperfine's mean (± stddev); peak RSS is GNU time's max RSS of
# one run (for the go list loop: of the largest single process, since
# ru_maxrss of children is a maximum, not a sum).
set -euo pipefail
cd "$(dirname "$0")/.."
export LC_ALL=C

RUNS=${RUNS:-10}
VET_RUNS=${VET_RUNS:-3}
LIST_RUNS=${LIST_RUNS:-3}
SAMPLES=${SAMPLES:-"linux/amd64 windows/arm64 darwin/amd64"}

command -v go >/dev/null || { echo "bench-go: go is not on PATH" >&2; exit 2; }
command -v hyperfine >/dev/null || { echo "bench-go: hyperfine is not installed" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "bench-go: GNU time (/usr/bin/time) is not installed" >&2; exit 2; }

GO_SRC=${GO_SRC:-$(go env GOROOT)/src}
GO_SRC=$(cd "$GO_SRC" && pwd)
GO_VERSION=$(go version | awk '{print $3}')
GO_MINOR=$(echo "$GO_VERSION" | sed -E 's/^go1\.([0-9]+).*/1.\1/')

cargo build --release --quiet -p compat
COMPAT=$PWD/target/release/compat

work=$(mktemp -d)
trap 'chmod -R u+w "$work" 2>/dev/null; rm -rf "$work"' EXIT
# The go command's environment: its own build cache (empty at first), offline,
# native host, no user configuration.
export GOCACHE=$work/gocache GOPATH=$work/gopath GOENV=off GOFLAGS= GOPROXY=off \
  GOTOOLCHAIN=local GOWORK=off
unset GOOS GOARCH CGO_ENABLED GOEXPERIMENT GO111MODULE

files=$(find "$GO_SRC/" -name '*.go' -not -path '*/testdata/*' | wc -l)
cmd_files=$(find "$GO_SRC/cmd" -name '*.go' -not -path '*/testdata/*' | wc -l)
go tool dist list >"$work/targets.txt"
ntargets=$(wc -l <"$work/targets.txt")
nproc=$(nproc)
echo "bench-go: $GO_VERSION, $GO_SRC: $files .go files outside testdata ($cmd_files in cmd), $ntargets targets, $nproc CPU(s)" >&2

# Peak RSS (KB) of one run.
rss() {
  /usr/bin/time -f '%M' -o "$work/rss" "$@" >/dev/null 2>&1 || true
  tail -1 "$work/rss"
}

# hyperfine JSON -> "mean stddev" in seconds.
hf_stats() {
  python3 -c 'import json,sys; r=json.load(open(sys.argv[1]))["results"][0]; print("%.4f %.4f" % (r["mean"], r.get("stddev") or 0))' "$1"
}

# ---- buildtags -------------------------------------------------------------
echo "bench-go: compat go buildtags" >&2
hyperfine --style none --warmup 2 --runs "$RUNS" -i \
  --export-json "$work/bt_compat.json" \
  "$COMPAT go buildtags $GO_SRC --go $GO_MINOR -o $work/bt.txt" >/dev/null
read -r bt_c_mean bt_c_sd < <(hf_stats "$work/bt_compat.json")
bt_c_rss=$(rss "$COMPAT" go buildtags "$GO_SRC" --go "$GO_MINOR")
bt_summary=$(tail -1 "$work/bt.txt")

echo "bench-go: go vet -buildtag std cmd, cold cache (this compiles the tree, minutes)" >&2
vet() { (cd "$GO_SRC" && go vet -buildtag std cmd); }
export -f vet
vet_cold_start=$(date +%s.%N)
/usr/bin/time -f '%M' -o "$work/vet_cold_rss" bash -c vet >"$work/vet.txt" 2>&1 && vet_rc=0 || vet_rc=$?
vet_cold=$(python3 -c "import sys,time; print(f'{time.time()-float(sys.argv[1]):.2f}')" "$vet_cold_start")
vet_cold_rss=$(tail -1 "$work/vet_cold_rss")
vet_diags=$(grep -c ': ' "$work/vet.txt" || true)
echo "bench-go: go vet -buildtag std cmd, warm cache" >&2
hyperfine --style none --runs "$VET_RUNS" -i --export-json "$work/bt_vet.json" \
  "cd $GO_SRC && go vet -buildtag std cmd" >/dev/null
read -r bt_v_mean bt_v_sd < <(hf_stats "$work/bt_vet.json")
bt_v_rss=$(rss bash -c vet)

# ---- targets -------------------------------------------------------------
echo "bench-go: compat go targets --all-targets" >&2
compat_targets="$COMPAT go targets $GO_SRC $GO_SRC/cmd --all-targets --go $GO_MINOR -f json -o $work/targets.json"
hyperfine --style none --warmup 2 --runs "$RUNS" -i --export-json "$work/t_compat.json" \
  "$compat_targets" >/dev/null
read -r t_c_mean t_c_sd < <(hf_stats "$work/t_compat.json")
t_c_rss=$(rss $compat_targets)

cat >"$work/golist.sh" <<EOF
#!/usr/bin/env bash
# go list -e -json std cmd, once per target of go tool dist list.
set -e
cd "$GO_SRC"
mkdir -p "$work/golist"
while IFS=/ read -r os arch; do
  GOOS=\$os GOARCH=\$arch go list -e -json std cmd >"$work/golist/\$os-\$arch.json"
done <"$work/targets.txt"
EOF
chmod +x "$work/golist.sh"
echo "bench-go: go list x $ntargets targets (one untimed run first: warm cache)" >&2
"$work/golist.sh"
hyperfine --style none --runs "$LIST_RUNS" --export-json "$work/t_golist.json" \
  "$work/golist.sh" >/dev/null
read -r t_g_mean t_g_sd < <(hf_stats "$work/t_golist.json")
t_g_rss=$(rss "$work/golist.sh")

# ---- correctness ---------------------------------------------------------
echo "bench-go: comparing compat's JSON with go list for: $SAMPLES" >&2
check=$(python3 - "$GO_SRC" "$work" "$SAMPLES" <<'PY'
import json, os, sys
src, work, samples = os.path.realpath(sys.argv[1]), sys.argv[2], sys.argv[3].split()
report = json.load(open(os.path.join(work, "targets.json")))
by_target = {t["target"]: t["packages"] for t in report["targets"]}
dist = [l.strip() for l in open(os.path.join(work, "targets.txt")) if l.strip()]
out = []
if sorted(by_target) != sorted(dist):
    out.append(f"target lists differ: compat-only {sorted(set(by_target)-set(dist))}, go-only {sorted(set(dist)-set(by_target))}")

def go_list(path):
    text, dec, i, objs = open(path).read(), json.JSONDecoder(), 0, []
    while True:
        while i < len(text) and text[i].isspace():
            i += 1
        if i >= len(text):
            return objs
        o, i = dec.raw_decode(text, i)
        objs.append(o)

# compat's dir is the PATH joined with the package directory (unique across
# the two roots); key both sides by the directory relative to SRC. A PATH
# means ./..., which lists runtime/cgo without cgo; the std pattern timed here
# leaves it out (CGO_ENABLED at go's default: off when cross-compiling), so it
# is not counted as compat-only when go list's own CgoFiles say cgo was off.
def compat_pkgs(pkgs):
    res = {}
    for p in pkgs:
        d = os.path.realpath(p["dir"])
        assert os.path.isdir(d), d
        res[os.path.relpath(d, src)] = p
    return res

fields = [("GoFiles", "go_files"), ("CgoFiles", "cgo_files"), ("TestGoFiles", "test_go_files"),
          ("XTestGoFiles", "xtest_go_files"), ("IgnoredGoFiles", "ignored_go_files")]
total_pk = total_bad = 0
for t in samples:
    os_, arch = t.split("/")
    gl = {os.path.relpath(os.path.realpath(o["Dir"]), src): o for o in go_list(os.path.join(work, "golist", f"{os_}-{arch}.json"))}
    cp = compat_pkgs(by_target[t])
    if "runtime/cgo" not in gl and not any(o.get("CgoFiles") for o in gl.values()):
        cp.pop("runtime/cgo", None)
    only_c, only_g = sorted(set(cp) - set(gl)), sorted(set(gl) - set(cp))
    bad = []
    for d in sorted(set(cp) & set(gl)):
        for gf, cf in fields:
            g, c = sorted(gl[d].get(gf) or []), sorted(cp[d].get(cf) or [])
            if g != c:
                bad.append(f"{d} {gf}: go list {sorted(set(g)-set(c))} only, compat {sorted(set(c)-set(g))} only")
    total_pk += len(set(cp) & set(gl))
    total_bad += len(bad)
    line = f"{t}: {len(gl)} packages from go list, {len(cp)} from compat, {len(set(cp)&set(gl))} compared, {len(bad)} field mismatch(es)"
    if only_c: line += f"; compat-only packages {only_c}"
    if only_g: line += f"; go-list-only packages {only_g}"
    out.append(line)
    out.extend("  " + b for b in bad[:20])
    if len(bad) > 20: out.append(f"  ... {len(bad) - 20} more")
out.append(f"RESULT {total_pk} {total_bad}")
print("\n".join(out))
PY
)
check_result=$(echo "$check" | awk '/^RESULT/ {print $2, $3}')
read -r checked_pk mismatches <<<"$check_result"

# ---- table ---------------------------------------------------------------
ratio() { python3 -c "import sys; print(f'{float(sys.argv[1])/float(sys.argv[2]):.0f}x')" "$1" "$2"; }
fmt() { python3 -c "import sys; m,s=float(sys.argv[1]),float(sys.argv[2]); print(f'{m*1000:.0f} ms ± {s*1000:.0f}' if m<10 else f'{m:.1f} s ± {s:.1f}')" "$1" "$2"; }
mb() { python3 -c "import sys; print(f'{int(sys.argv[1])/1024:.0f} MB')" "$1"; }

cat <<EOF

### Go tooling on Go's own tree ($GO_VERSION, \`$GO_SRC\`)

$files \`.go\` files outside testdata (std + cmd + vendor), $ntargets targets, $nproc CPU(s). Wall time: mean ± stddev (hyperfine: $RUNS runs for compat, $VET_RUNS for warm vet, $LIST_RUNS for the go list loop). Peak RSS: GNU time, one run.

| Task | compat | go command | Ratio (wall) | Peak RSS compat / go |
|---|---|---|---|---|
| Build constraints of the tree | $(fmt "$bt_c_mean" "$bt_c_sd") (\`go buildtags --go $GO_MINOR\`) | warm cache: $(fmt "$bt_v_mean" "$bt_v_sd") (\`go vet -buildtag std cmd\`) | $(ratio "$bt_v_mean" "$bt_c_mean") | $(mb "$bt_c_rss") / $(mb "$bt_v_rss") |
| same, go vet with an empty build cache | | cold: ${vet_cold} s (one run) | $(ratio "$vet_cold" "$bt_c_mean") | — / $(mb "$vet_cold_rss") |
| File sets of every package for all $ntargets targets | $(fmt "$t_c_mean" "$t_c_sd") (\`go targets --all-targets -f json\`) | $(fmt "$t_g_mean" "$t_g_sd") (\`go list -e -json std cmd\` × $ntargets, warm cache) | $(ratio "$t_g_mean" "$t_c_mean") | $(mb "$t_c_rss") / $(mb "$t_g_rss") (largest process) |

- compat buildtags: \`$bt_summary\`; go vet -buildtag: exit $vet_rc, $vet_diags diagnostic line(s).
- Correctness of \`go targets\` against \`go list\` (GoFiles, CgoFiles, TestGoFiles, XTestGoFiles, IgnoredGoFiles; CGO_ENABLED at go's default, i.e. on for the native target only): $checked_pk package(s) compared over $(echo $SAMPLES | wc -w) targets, $mismatches mismatch(es).

\`\`\`
$(echo "$check" | grep -v '^RESULT')
\`\`\`
EOF
