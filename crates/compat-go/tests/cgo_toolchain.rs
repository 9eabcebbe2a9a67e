//! The `compat go cgo` fixtures (`tests/cgo/`) against the real toolchains
//! of the compat corpus:
//!
//! - `directives` is built with `go build -buildmode=c-shared` by Go 1.21.13
//!   and 1.27.3; every directive the fixtures expect
//!   `go-export-directive-ignored` on names a symbol missing from the
//!   library's dynamic symbol table (read with compat-elf), and every
//!   correct `//export` in a file importing "C" names one that is there;
//! - `pointers`, `export` and `pinner` are built by Go 1.21.13 and 1.27.3,
//!   as they are and with `GOEXPERIMENT=cgocheck2`, and each case is run
//!   alone (`GODEBUG=cgocheck=1`, the default): every case that cgocheck
//!   panics on ("unpinned Go pointer", "cgo result has Go pointer", a
//!   Pinner's "found leaking pinned pointer") is one compat reports (the
//!   fixtures test pins compat's findings to the `want` comments), every
//!   case compat reports panics (the stores only with cgocheck2), and no
//!   correct form panics;
//! - `cstring` is built with `go build -asan` by Go 1.25.5 and 1.27.3, whose
//!   LeakSanitizer checks at exit; each case is run alone: a case leaks
//!   exactly when compat reports `go-cgo-cstring-not-freed` or
//!   `go-cgo-cbytes-not-freed` in it, except the cases marked
//!   `// lsan: reachable` (C keeps the pointer, so LeakSanitizer sees it
//!   referenced).
//!
//! Builds run offline (`GOPROXY=off`, `GOTOOLCHAIN=local`), with HOME, the
//! build cache and GOPATH under Cargo's per-target temporary directory.
//! Without a toolchain the tests fail and say to run
//! `scripts/fetch-go-toolchains.sh` under CI (`compat_testkit::gotool`); elsewhere skipped with a message.

#![allow(clippy::print_stderr)]

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use compat_elf::{load_abi, ReadOptions, SymbolBinding, Visibility};

mod common;
use common::{cases_of, goroot, root, wants};

/// `go` of `goroot` with an isolated, offline environment.
fn go(goroot: &Path, version: &str) -> Command {
    let base = Path::new(env!("CARGO_TARGET_TMPDIR")).join("cgo-toolchain");
    let home = base.join("home");
    std::fs::create_dir_all(&home).unwrap();
    let mut cmd = Command::new(goroot.join("bin/go"));
    cmd.current_dir(root())
        .env("GOROOT", goroot)
        .env("HOME", &home)
        .env("GOCACHE", base.join(format!("gocache-{version}")))
        .env("GOPATH", base.join("gopath"))
        .env("GOMODCACHE", base.join("gopath/pkg/mod"))
        .env("GOFLAGS", "-mod=mod")
        .env("GOPROXY", "off")
        .env("GOTOOLCHAIN", "local")
        .env("GOTELEMETRY", "off")
        .env("GOWORK", "off")
        .env("GOENV", "off")
        .env("CGO_ENABLED", "1")
        .env_remove("GOOS")
        .env_remove("GOARCH")
        .env_remove("GOEXPERIMENT")
        .env_remove("GODEBUG");
    cmd
}

fn built(out: Output, what: &str) {
    assert!(
        out.status.success(),
        "{what} failed:\n{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

/// Builds `./pkg` with Go `version` into `dir`, with `extra` flags and
/// environment.
fn build(
    version: &str,
    pkg: &str,
    dir: &Path,
    flags: &[&str],
    env: &[(&str, &str)],
) -> Option<PathBuf> {
    let gr = goroot(version)?;
    let suffix =
        flags.join("").replace(['-', '='], "") + &env.iter().map(|(_, v)| *v).collect::<String>();
    let exe = dir.join(format!("{pkg}-{version}{suffix}"));
    let mut cmd = go(&gr, version);
    cmd.arg("build")
        .args(flags)
        .arg("-o")
        .arg(&exe)
        .arg(format!("./{pkg}"));
    for (k, v) in env {
        cmd.env(k, v);
    }
    built(
        cmd.output().expect("run go build"),
        &format!("go{version} build {flags:?} ./{pkg}"),
    );
    Some(exe)
}

/// The case names a fixture program knows.
fn case_names(exe: &Path) -> Vec<String> {
    let out = Command::new(exe).arg("-list").output().unwrap();
    built(out.clone(), &format!("{} -list", exe.display()));
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(str::to_owned)
        .collect()
}

/// Runs one case; its combined output and whether it exited cleanly.
fn run_case(exe: &Path, name: &str, env: &[(&str, &str)]) -> (String, bool) {
    let mut cmd = Command::new(exe);
    cmd.arg(name)
        .env_remove("GODEBUG")
        .env_remove("ASAN_OPTIONS");
    for (k, v) in env {
        cmd.env(k, v);
    }
    let out = cmd.output().unwrap();
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    (text, out.status.success())
}

/// Whether the output is one of cgocheck's panics (or the Pinner
/// finalizer's).
fn cgocheck_panic(text: &str) -> bool {
    [
        "unpinned Go",
        "cgo result has Go pointer",
        "Go pointer stored into non-Go memory",
        "found leaking pinned pointer",
    ]
    .iter()
    .any(|p| text.contains(p))
}

const POINTER_RULES: &[&str] = &[
    "go-cgo-go-pointer-passed",
    "go-cgo-go-pointer-stored",
    "go-cgo-export-returns-go-pointer",
    "go-cgo-pinner-not-unpinned",
];

#[test]
fn ignored_directives_export_nothing() {
    let pkg = root().join("directives");
    let w = wants(&pkg);
    // (symbol, expected in the library)
    let mut expect: BTreeSet<(String, bool)> = BTreeSet::new();
    let all: Vec<(&(String, u32, String), bool)> = w
        .positive
        .iter()
        .map(|x| (x, true))
        .chain(w.negative.iter().map(|x| (x, false)))
        .collect();
    for ((file, line, _), positive) in all {
        let text = std::fs::read_to_string(file).unwrap();
        let target = text.lines().nth(*line as usize - 1).unwrap().trim();
        let name: String = target
            .trim_end_matches("*/")
            .trim_end()
            .rsplit(|c: char| !(c.is_alphanumeric() || c == '_'))
            .next()
            .unwrap()
            .to_owned();
        let cgo_file = text.contains("\nimport \"C\"\n");
        let present = !positive && target.starts_with("//export ") && cgo_file;
        expect.insert((name, present));
    }
    assert!(expect.len() >= 15, "{expect:?}");
    let tmp = tempfile::tempdir().unwrap();
    for version in ["1.21.13", "1.27.3"] {
        let Some(lib) = build(
            version,
            "directives",
            tmp.path(),
            &["-buildmode=c-shared"],
            &[],
        ) else {
            return;
        };
        let abi = load_abi(&lib, ReadOptions::default()).unwrap();
        let defined: BTreeSet<String> = abi
            .symbols
            .iter()
            .filter(|s| matches!(s.binding, SymbolBinding::Global | SymbolBinding::Weak))
            .filter(|s| s.visibility == Visibility::Default)
            .map(|s| s.name.to_string())
            .collect();
        for (name, present) in &expect {
            assert_eq!(
                defined.contains(name),
                *present,
                "go{version}: {name} should {}be in the c-shared library",
                if *present { "" } else { "not " }
            );
        }
        eprintln!(
            "go{version} c-shared: {} exported as expected, {} missing as expected",
            expect.iter().filter(|(_, p)| *p).count(),
            expect.iter().filter(|(_, p)| !*p).count()
        );
    }
}

#[test]
fn cgocheck_panics_are_reported() {
    let tmp = tempfile::tempdir().unwrap();
    let mut tally = Vec::new();
    for version in ["1.21.13", "1.27.3"] {
        for pkg in ["pointers", "export", "pinner"] {
            let cases = cases_of(&root().join(pkg));
            let Some(plain) = build(version, pkg, tmp.path(), &[], &[]) else {
                return;
            };
            let Some(check2) = build(
                version,
                pkg,
                tmp.path(),
                &[],
                &[("GOEXPERIMENT", "cgocheck2")],
            ) else {
                return;
            };
            let names = case_names(&plain);
            let (mut proven, mut positives) = (0, 0);
            for name in &names {
                let case = cases
                    .get(name)
                    .unwrap_or_else(|| panic!("{pkg}: case {name} has no want comment"));
                let reported = case
                    .positive
                    .iter()
                    .any(|r| POINTER_RULES.contains(&r.as_str()));
                let mut panicked = Vec::new();
                for (mode, exe) in [("cgocheck=1", &plain), ("cgocheck2", &check2)] {
                    let (out, ok) = run_case(exe, name, &[]);
                    if cgocheck_panic(&out) {
                        panicked.push(mode);
                    } else {
                        assert!(
                            ok,
                            "go{version} {pkg} {name} ({mode}) failed otherwise:\n{out}"
                        );
                    }
                }
                if !panicked.is_empty() {
                    assert!(
                        reported,
                        "go{version} {pkg} {name}: cgocheck panics ({panicked:?}) but compat reports nothing"
                    );
                }
                if reported {
                    positives += 1;
                    if !panicked.is_empty() {
                        proven += 1;
                    }
                }
                if !case.negative.is_empty() && case.positive.is_empty() {
                    assert!(
                        panicked.is_empty(),
                        "go{version} {pkg} {name}: a correct form panics ({panicked:?})"
                    );
                }
            }
            assert_eq!(
                proven, positives,
                "go{version} {pkg}: every case compat reports panics under cgocheck (or the Pinner finalizer)"
            );
            tally.push(format!(
                "go{version} {pkg}: {proven} of {positives} reported cases panic under cgocheck, {} cases run",
                names.len()
            ));
        }
    }
    eprintln!("{}", tally.join("\n"));
}

#[test]
fn leak_sanitizer_agrees() {
    let pkg = root().join("cstring");
    let cases = cases_of(&pkg);
    let tmp = tempfile::tempdir().unwrap();
    for version in ["1.25.5", "1.27.3"] {
        let Some(exe) = build(version, "cstring", tmp.path(), &["-asan"], &[]) else {
            return;
        };
        let names = case_names(&exe);
        let (mut leaks, mut clean) = (0, 0);
        for name in &names {
            let case = cases
                .get(name)
                .unwrap_or_else(|| panic!("cstring: case {name} has no want comment"));
            let flagged = case
                .positive
                .iter()
                .any(|r| r == "go-cgo-cstring-not-freed" || r == "go-cgo-cbytes-not-freed");
            let reachable = case.text.contains("// lsan: reachable");
            // Sixteen runs, and freed Go memory clobbered, so that no
            // stale copy of a pointer in Go memory hides a leak; a case C
            // keeps a pointer of runs once (C keeps only the last one).
            let repeat = if reachable { "1" } else { "16" };
            let (out, ok) = run_case(
                &exe,
                name,
                &[
                    ("ASAN_OPTIONS", "detect_leaks=1"),
                    ("CASE_REPEAT", repeat),
                    ("GODEBUG", "clobberfree=1"),
                ],
            );
            let leaked = out.contains("detected memory leaks");
            assert!(
                ok || leaked,
                "go{version} cstring {name} failed otherwise:\n{out}"
            );
            if reachable {
                assert!(
                    flagged && !leaked,
                    "go{version} cstring {name}: marked reachable, leaked={leaked}"
                );
                continue;
            }
            assert_eq!(
                leaked, flagged,
                "go{version} cstring {name}: LeakSanitizer leaked={leaked}, compat flagged={flagged}\n{out}"
            );
            if leaked {
                leaks += 1;
            } else {
                clean += 1;
            }
        }
        eprintln!(
            "go{version} -asan: {leaks} leaking cases flagged, {clean} clean cases not flagged"
        );
    }
}
