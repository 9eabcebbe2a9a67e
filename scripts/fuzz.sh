#!/usr/bin/env bash
# fuzz.sh [SECONDS_PER_TARGET] | --build-only — cargo-fuzz for compat's parsers.
#
# Targets (fuzz/fuzz_targets/):
#   elf_parse      compat_elf::parse_elf on arbitrary bytes, plus the dump round trip
#   ldcache_parse  compat_ld::cache::parse on arbitrary bytes
#   dump_parse     serde_json::from_slice::<compat_elf::ElfAbi> on arbitrary bytes
#   go_constraint  compat_go::constraint::parse_line on one line, plus the +build round trip
#   go_scan        compat_go::scan::scan_whole on a Go source file, then lint::lint_file
#   go_syntax      compat_go::syntax (tree-sitter) on a Go file, then loopvar and cgo on its tree
#   dwarf_parse    compat_dwarf: find the DWARF of an ELF file, read its types, self-diff
#   types_diff     compat_dwarf::diff on a dump's `types` (exposure, equivalence), type-spelling round trip
#   config_load    compat_config::parse on a compat.toml, then pruning, renewing and appending waivers
#   yaml_load      compat_yaml::from_str_with_positions on a YAML text, under small depth and node budgets
#   openapi_load   compat_openapi: a description (and a second file after a NUL byte) loaded, diffed against itself
#   openapi_diff   compat_openapi::diff_files on two descriptions (and a file both may $ref), both ways
#   schema_diff    compat_schema: two JSON Schemas (and a file both may $ref) read as `compat schema diff`
#                  reads them (JSON or YAML), compared both ways, both policies, and each with itself
#   cli_surface    compat_cli_surface::read_bytes in every input format, JSON round trip, self-diff empty
#
# Usage:
#   scripts/fuzz.sh                 seed the corpora, run each target for 60 s
#   scripts/fuzz.sh 300             ... for 300 s each
#   scripts/fuzz.sh --build-only    only `cargo fuzz build` every target (cheap CI check)
#
# Environment:
#   FUZZ_SANITIZER   address (default) or none; when an address-sanitizer build
#                    fails the script falls back to none by itself
#   FUZZ_TIMEOUT     seconds one input may take before libFuzzer calls it a
#                    timeout (default 20)
#   FUZZ_CRASH_DIR   where crashing inputs are copied (default /tmp/fuzz-crashes)
#   FUZZ_RSS_MB      libFuzzer's resident-memory limit (default 1024): inputs are
#                    at most 1 MiB, so more means work out of proportion
#   FUZZ_MALLOC_MB   the largest single allocation allowed (default 256)
#   FUZZ_TARGETS     the targets to run, space-separated (default all;
#                    --build-only always builds all)
#
# Installs cargo-fuzz (`cargo install cargo-fuzz --locked`) when it is missing.
# Writes only under fuzz/ (corpus/, artifacts/, target/ are gitignored) and
# FUZZ_CRASH_DIR. Exits 1 when any target found a crash, leak or timeout.
set -euo pipefail

usage() { sed -n '/^set -euo/q; 2,$p' "$0" | sed 's/^# \{0,1\}//'; }

build_only=0
seconds=60
case "${1:-}" in
  "") ;;
  --build-only) build_only=1 ;;
  -h|--help) usage; exit 0 ;;
  *[!0-9]*) echo "fuzz.sh: expected SECONDS_PER_TARGET or --build-only, got '$1'" >&2; usage >&2; exit 2 ;;
  *) seconds=$1 ;;
esac

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root/fuzz"

# cargo-fuzz passes nightly-only rustc flags (-Zsanitizer=..., and -Cpasses /
# -Cllvm-args for SanitizerCoverage that libFuzzer needs), and libfuzzer-sys
# uses them too. Only the stable toolchain is installed here and no nightly can
# be fetched, so RUSTC_BOOTSTRAP=1 lets this stable rustc accept the -Z flags.
# It is scoped to this script: the main workspace never builds with it.
export RUSTC_BOOTSTRAP=1

targets=(elf_parse ldcache_parse dump_parse go_constraint go_scan go_syntax dwarf_parse types_diff config_load yaml_load openapi_load openapi_diff schema_diff cli_surface)

all_targets=("${targets[@]}")
if [ -n "${FUZZ_TARGETS:-}" ]; then
  read -r -a targets <<<"$FUZZ_TARGETS"
  for t in "${targets[@]}"; do
    case " ${all_targets[*]} " in
      *" $t "*) ;;
      *) echo "fuzz.sh: FUZZ_TARGETS names '$t', not one of: ${all_targets[*]}" >&2; exit 2 ;;
    esac
  done
fi

if ! cargo fuzz --version >/dev/null 2>&1; then
  echo "fuzz.sh: installing cargo-fuzz" >&2
  cargo install cargo-fuzz --locked
fi

sanitizer=${FUZZ_SANITIZER:-address}
# Debug assertions and overflow checks on: an arithmetic overflow on hostile
# input is a bug worth a crash report even though release builds would wrap.
build_flags=(--debug-assertions)

build_all() {
  cargo fuzz build "${build_flags[@]}" --sanitizer "$1"
}

if ! build_all "$sanitizer"; then
  if [ "$sanitizer" = none ]; then
    echo "fuzz.sh: cargo fuzz build failed" >&2
    exit 1
  fi
  echo "fuzz.sh: build with --sanitizer $sanitizer failed; falling back to --sanitizer none" >&2
  sanitizer=none
  build_all none
fi
echo "fuzz.sh: built ${targets[*]} with --sanitizer $sanitizer" >&2
[ "$build_only" = 1 ] && exit 0

# ---------------------------------------------------------------------------
# Seed corpora: a few small real inputs. libFuzzer adds what it finds to the
# same directories, so a later run starts from there.
seed() { # seed SRC TARGET [NAME]: copy SRC (symlinks resolved) into corpus/TARGET
  local src=$1 target=$2 name=${3:-}
  [ -e "$src" ] || return 0
  src=$(readlink -f "$src")
  [ -f "$src" ] && [ -r "$src" ] || return 0
  name=${name:-$(basename "$src")}
  mkdir -p "corpus/$target"
  cp -f "$src" "corpus/$target/seed-$name"
}

mkdir -p corpus/elf_parse corpus/ldcache_parse corpus/dump_parse
seed /usr/lib/x86_64-linux-gnu/libz.so.1 elf_parse
seed /bin/true elf_parse
seed /usr/lib/x86_64-linux-gnu/libgcc_s.so.1 elf_parse

seeds_tmp=$(mktemp -d)
trap 'rm -rf "$seeds_tmp"' EXIT
if command -v gcc >/dev/null 2>&1; then
  # A tiny versioned shared object (version definitions, needs, a COPY-able
  # data symbol, an undefined call) and a tiny PIE linked against it.
  cat >"$seeds_tmp/tiny.c" <<'EOF'
#include <stdio.h>
int tiny_data[4] = {1, 2, 3, 4};
int tiny_old(void) { return 1; }
int tiny_new(void) { return puts("tiny") + tiny_data[0]; }
__asm__(".symver tiny_old, tiny@TINY_1");
__asm__(".symver tiny_new, tiny@@TINY_2");
EOF
  cat >"$seeds_tmp/tiny.map" <<'EOF'
TINY_1 { global: tiny_data; local: *; };
TINY_2 { global: tiny; } TINY_1;
EOF
  cat >"$seeds_tmp/main.c" <<'EOF'
extern int tiny(void);
extern int tiny_data[4];
int main(void) { return tiny() + tiny_data[1]; }
EOF
  if gcc -shared -fPIC -Os -s -o "$seeds_tmp/libtiny.so.1" -Wl,-soname,libtiny.so.1 \
       -Wl,--version-script="$seeds_tmp/tiny.map" "$seeds_tmp/tiny.c" 2>/dev/null; then
    seed "$seeds_tmp/libtiny.so.1" elf_parse
    if gcc -Os -s -o "$seeds_tmp/tiny-main" "$seeds_tmp/main.c" -L"$seeds_tmp" -l:libtiny.so.1 \
         -Wl,-rpath,'$ORIGIN' 2>/dev/null; then
      seed "$seeds_tmp/tiny-main" elf_parse
    fi
    if gcc -m32 -shared -fPIC -Os -s -o "$seeds_tmp/libtiny32.so.1" -Wl,-soname,libtiny32.so.1 \
         -Wl,--version-script="$seeds_tmp/tiny.map" "$seeds_tmp/tiny.c" 2>/dev/null; then
      seed "$seeds_tmp/libtiny32.so.1" elf_parse
    fi
  fi
fi

seed /etc/ld.so.cache ldcache_parse ld.so.cache
# schema_diff, openapi_diff, openapi_load: the fixture pairs, slices of the real schemas and
# descriptions of the corpus, and hostile shapes (scripts/fuzz-contract-seeds.py).
if command -v python3 >/dev/null; then
  python3 "$root/scripts/fuzz-contract-seeds.py" corpus "$root"
else
  echo "fuzz.sh: python3 missing: no JSON Schema or OpenAPI seeds" >&2
fi

# Dumps: `compat abi dump` of the ELF seeds when a compat binary is built, and
# always one small hand-written dump.
compat_bin=
for b in "$root/target/release/compat" "$root/target/debug/compat"; do
  [ -x "$b" ] && { compat_bin=$b; break; }
done
if [ -n "$compat_bin" ]; then
  for f in corpus/elf_parse/seed-*; do
    [ -f "$f" ] || continue
    "$compat_bin" abi dump "$f" >"corpus/dump_parse/$(basename "$f").json" 2>/dev/null \
      || rm -f "corpus/dump_parse/$(basename "$f").json"
  done
fi
cat >corpus/dump_parse/seed-handwritten.json <<'EOF'
{
  "dump_format": 1,
  "file": "libtiny.so.1",
  "class": "elf64",
  "endian": "little",
  "machine": "x86_64",
  "e_machine": 62,
  "os_abi": "SYSV",
  "file_type": "shared-object",
  "soname": "libtiny.so.1",
  "needed": ["libc.so.6"],
  "runpath": ["$ORIGIN"],
  "dynamic_flags": ["NOW"],
  "version_definitions": [
    {"index": 1, "name": "libtiny.so.1", "flags": ["BASE"]},
    {"index": 2, "name": "TINY_1"},
    {"index": 3, "name": "TINY_2", "parents": ["TINY_1"]}
  ],
  "version_needs": [
    {"file": "libc.so.6", "versions": [{"name": "GLIBC_2.2.5", "index": 4, "flags": ["WEAK"]}]}
  ],
  "symbols": [
    {"name": "_ZN4tiny3fooEv", "demangled": "tiny::foo()", "version": "TINY_2", "kind": "func",
     "binding": "global", "visibility": "default", "size": 16},
    {"name": "tiny", "version": "TINY_1", "hidden": true, "kind": "func", "binding": "global",
     "visibility": "default", "size": 8},
    {"name": "tiny_data", "version": "TINY_1", "kind": "object", "binding": "weak",
     "visibility": "protected", "size": 16, "relocations": ["COPY"]}
  ],
  "undefined": [
    {"name": "puts", "version": "GLIBC_2.2.5", "version_file": "libc.so.6", "kind": "func",
     "relocations": ["JUMP_SLOT"]},
    {"name": "__gmon_start__", "weak": true, "kind": "notype"}
  ]
}
EOF

# Go: build-constraint lines (one per input, as Go reads them), and Go
# source files: the buildtags fixtures and a few constraint-heavy files of
# GOROOT when Go is installed.
mkdir -p corpus/go_constraint corpus/go_scan
i=0
while IFS= read -r line; do
  i=$((i + 1))
  printf '%s' "$line" >"corpus/go_constraint/seed-line-$i"
done <<'LINES'
//go:build linux && amd64
//go:build (linux || darwin) && !cgo
//go:build !(windows || plan9) && go1.18
//go:build linux & amd64
//go:build (linux
//go:build !!linux
//go:build ((a || b) && (c || d)) || !(e && f)
//go:build (linux && (amd64 || arm64)) || windows
// +build linux,amd64 darwin,!cgo
// +build !!linux linux/amd64 ,
//+build
// +build go1.21 ignore
//go:build
//go:buildlinux
LINES
for f in "$root"/crates/compat-go/tests/lint_fixtures/vet/*/*.go \
         "$root"/crates/compat-go/tests/fixtures/mod1/*.go; do
  [ -f "$f" ] || continue
  seed "$f" go_scan "$(basename "$(dirname "$f")")-$(basename "$f")"
done
# Whole files for the syntax-tree analyses: the loop-variable and cgo fixtures.
mkdir -p corpus/go_syntax
for f in "$root"/crates/compat-go/tests/loopvar/*.go "$root"/crates/compat-go/tests/loopvar/*/*.go \
         "$root"/crates/compat-go/tests/cgo/*/*.go; do
  [ -f "$f" ] || continue
  seed "$f" go_syntax "$(basename "$(dirname "$f")")-$(basename "$f")"
done
if goroot=$(go env GOROOT 2>/dev/null) && [ -d "$goroot/src" ]; then
  for f in os/file_unix.go os/exec_windows.go syscall/syscall_linux.go \
           runtime/cgo/callbacks.go net/cgo_unix.go internal/poll/fd_poll_runtime.go; do
    seed "$goroot/src/$f" go_scan "goroot-$(echo "$f" | tr / -)"
  done
fi

# DWARF: small libraries built with gcc -g in several DWARF flavours.
mkdir -p corpus/dwarf_parse
if command -v gcc >/dev/null; then
  dwarf_src=$(mktemp -d)
  cat >"$dwarf_src/t.c" <<'C'
struct node { int v; struct node *next; union { long l; double d; } u; unsigned flag : 3; };
enum color { RED, GREEN = 5, BLUE };
typedef struct node node_t;
int walk(node_t *n, enum color c) { return n ? n->v + (int)c : 0; }
struct node head;
C
  for flags in "-gdwarf-4" "-gdwarf-5" "-gdwarf-5 -gz" "-gdwarf-2"; do
    out="$dwarf_src/t$(echo "$flags" | tr -d ' -').so"
    if gcc -shared -fPIC -O1 $flags -o "$out" "$dwarf_src/t.c" 2>/dev/null; then
      seed "$out" dwarf_parse "$(basename "$out")"
    fi
  done
  rm -rf "$dwarf_src"
fi

# Types: the `types` of dumps of the DWARF seeds (C, and a C++ class with a
# base, virtual functions and a template member), and a few type spellings.
mkdir -p corpus/types_diff
if [ -n "$compat_bin" ] && command -v python3 >/dev/null; then
  if command -v g++ >/dev/null; then
    types_src=$(mktemp -d)
    cat >"$types_src/t.cc" <<'CC'
#include <memory>
namespace ns { struct Base { virtual ~Base(); virtual int f(int) = 0; int x; };
struct W : Base { int f(int) override; std::unique_ptr<int> p; int m[2][3]; const int &r() const; };
Base::~Base() {}
int W::f(int a) { return a + m[1][2]; }
const int &W::r() const { return x; } }
CC
    g++ -shared -fPIC -O1 -g -o "$types_src/tcc.so" "$types_src/t.cc" 2>/dev/null \
      && seed "$types_src/tcc.so" dwarf_parse tcc.so
    rm -rf "$types_src"
  fi
  for f in corpus/dwarf_parse/seed-*; do
    [ -f "$f" ] || continue
    "$compat_bin" abi dump "$f" 2>/dev/null \
      | python3 -c 'import json,sys; print(json.dumps(json.load(sys.stdin).get("types") or {}))' \
        >"corpus/types_diff/seed-$(basename "$f").json" 2>/dev/null \
      || rm -f "corpus/types_diff/seed-$(basename "$f").json"
  done
fi
for t in 'const (char *)[4]' 'struct std::map<int, std::pair<int, int> > &' 'fn(int, ...) -> (int[2][3] *)'; do
  printf '%s' "$t" >"corpus/types_diff/seed-ref-$(printf '%s' "$t" | md5sum | cut -c1-8)"
done

# compat.toml: the GOVERNANCE.md example and the fixtures of compat-config.
mkdir -p corpus/config_load
for f in "$root"/crates/compat-config/tests/fixtures/*.toml; do
  seed "$f" config_load
done

# YAML: the repository's own workflow, action and hook files.
mkdir -p corpus/yaml_load
for f in "$root"/action.yml "$root"/.pre-commit-hooks.yaml "$root"/examples/*.yml; do
  seed "$f" yaml_load
done

# Command-line surfaces: compat's own, the cobra fixture, real help texts.
mkdir -p corpus/cli_surface
seed "$root/docs/cli-surface.json" cli_surface
for f in "$root"/crates/compat-cli-surface/tests/cobra/v*/docs/*.yaml; do
  seed "$f" cli_surface "$(basename "$(dirname "$(dirname "$f")")")-$(basename "$f")"
done
for p in tar cargo git ls; do
  if command -v "$p" >/dev/null; then
    "$p" --help >"corpus/cli_surface/seed-help-$p" 2>/dev/null || true
  fi
done

# Hostile seeds (issue 9): inputs built to amplify memory or time — shared
# strings referenced thousands of times, exponential demangling, compressed
# zeros, 20,000 +build lines. The memory limits below make a regression that
# expands them a finding.
if command -v python3 >/dev/null && command -v gcc >/dev/null && command -v objcopy >/dev/null; then
  python3 "$root/scripts/fuzz-hostile-seeds.py" corpus
else
  echo "fuzz.sh: python3, gcc or objcopy missing: no hostile seeds" >&2
fi

for t in "${targets[@]}"; do
  echo "fuzz.sh: corpus/$t: $(find "corpus/$t" -type f | wc -l) inputs" >&2
done

# ---------------------------------------------------------------------------
crash_dir=${FUZZ_CRASH_DIR:-/tmp/fuzz-crashes}
failed=()
for t in "${targets[@]}"; do
  echo "fuzz.sh: === $t: ${seconds}s, --sanitizer $sanitizer ===" >&2
  mkdir -p "artifacts/$t"
  before=$(find "artifacts/$t" -type f | sort)
  if ! cargo fuzz run "${build_flags[@]}" --sanitizer "$sanitizer" "$t" "corpus/$t" -- \
       -max_total_time="$seconds" -rss_limit_mb="${FUZZ_RSS_MB:-1024}" \
       -malloc_limit_mb="${FUZZ_MALLOC_MB:-256}" -max_len=1048576 \
       -timeout="${FUZZ_TIMEOUT:-20}" -print_final_stats=1; then
    failed+=("$t")
  fi
  after=$(find "artifacts/$t" -type f | sort)
  new=$(comm -13 <(printf '%s\n' "$before") <(printf '%s\n' "$after") | sed '/^$/d')
  if [ -n "$new" ]; then
    mkdir -p "$crash_dir/$t"
    while IFS= read -r f; do
      cp -f "$f" "$crash_dir/$t/"
      echo "fuzz.sh: $t: saved $f -> $crash_dir/$t/$(basename "$f")" >&2
      echo "fuzz.sh:   reproduce: (cd fuzz && RUSTC_BOOTSTRAP=1 cargo fuzz run ${build_flags[*]} --sanitizer $sanitizer $t $crash_dir/$t/$(basename "$f"))" >&2
    done <<<"$new"
  fi
done

if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzz.sh: findings in: ${failed[*]}" >&2
  exit 1
fi
echo "fuzz.sh: no crashes in ${targets[*]} (${seconds}s each)" >&2
