//! compat's GODEBUG model (`compat_go::godebug`) against the go command of
//! every release compat knows, as `scripts/fetch-go-toolchains.sh` unpacks
//! them under `${COMPAT_CORPUS:-$HOME/.cache/compat-corpus}/go/<version>/go`:
//!
//! - `default_godebug`: for every fixture module under
//!   `tests/godebug_fixtures/` and every toolchain, with the go line edited
//!   to each version from 1.20 to the toolchain's own (and `1.21.0`,
//!   `1.21rc1`, `1.N.1`), the default GODEBUG compat computes for each main
//!   package equals `go list -f '{{.DefaultGODEBUG}}'`, and compat refuses
//!   exactly the modules the go command refuses (naming the same go.mod
//!   line);
//! - the rules of `godebug::check`, per fixture and new go line: the
//!   findings expected, each checked against the go command: every import
//!   chain is a path of `go list -deps`; every setting of the new table
//!   whose default GODEBUG differs between the two go lines (as `go list`
//!   prints it) is reported exactly when the program imports its package;
//!   `go build` (or `go test`'s vet) fails with the very message a
//!   `go-godebug-removed` / `go-godebug-unknown` finding quotes, and the old
//!   release's go command accepts the line when the finding says so; a
//!   `go-godebug-misplaced` line is ignored by `go build` and reported by
//!   `go vet` with the message the finding quotes.
//!
//! The go command runs offline (`GOPROXY=off`, `GOTOOLCHAIN=local`,
//! `GOTELEMETRY=off`, its own HOME, GOCACHE and GOPATH) with `GOFLAGS`
//! empty, not `-mod=mod`: with `-mod=mod` the go command writes a go line
//! into a go.mod without one (which changes the answer) and ignores
//! `vendor/`. A missing toolchain fails the tests with a message saying to
//! run scripts/fetch-go-toolchains.sh under CI (`compat_testkit::gotool`); elsewhere skipped with a message.
#![allow(clippy::print_stderr)] // tests say what they skip

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::Mutex;

use compat_go::build::{package_dirs, relative, Context, Package};
use compat_go::facts::{release, LATEST_MINOR};
use compat_go::godebug::{
    check, default_godebug, file_directives, joined, table, Directives, GodebugError,
    GodebugOptions,
};
use compat_go::gomod::{go_line, godebug};
use compat_go::gover::GoVersion;
use compat_report::{Finding, Report};

const FIXTURES: &[&str] = &[
    "web",
    "tls",
    "gomod",
    "pinned",
    "nogo",
    "removed",
    "misplaced",
    "vendored",
];

struct Toolchain {
    minor: u32,
    version: String,
    goroot: PathBuf,
}

fn corpus_go_dir() -> PathBuf {
    let corpus = std::env::var_os("COMPAT_CORPUS")
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            Path::new(&std::env::var_os("HOME").unwrap_or_default()).join(".cache/compat-corpus")
        });
    corpus.join("go")
}

/// The newest toolchain of each minor from 1.21 to the newest compat knows;
/// `None` (the test is skipped) when some are missing, except under CI
/// (`compat_testkit::gotool::missing`).
fn toolchains() -> Option<Vec<Toolchain>> {
    let dir = corpus_go_dir();
    let mut found: BTreeMap<u32, (u32, String)> = BTreeMap::new();
    for e in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
        let version = e.file_name().to_string_lossy().into_owned();
        let mut parts = version.split('.');
        let (Some("1"), Some(minor), patch) = (parts.next(), parts.next(), parts.next()) else {
            continue;
        };
        let (Ok(minor), Ok(patch)) = (minor.parse::<u32>(), patch.unwrap_or("0").parse::<u32>())
        else {
            continue;
        };
        if !e.path().join("go/bin/go").is_file() {
            continue;
        }
        if found.get(&minor).is_none_or(|(p, _)| *p < patch) {
            found.insert(minor, (patch, version));
        }
    }
    let missing: Vec<String> = (21..=LATEST_MINOR)
        .filter(|m| !found.contains_key(m))
        .map(|m| format!("1.{m}"))
        .collect();
    if !missing.is_empty() {
        compat_testkit::gotool::missing(&format!("Go {}", missing.join(", ")));
        return None;
    }
    Some(
        (21..=LATEST_MINOR)
            .map(|m| {
                let version = found[&m].1.clone();
                Toolchain {
                    minor: m,
                    goroot: dir.join(&version).join("go"),
                    version,
                }
            })
            .collect(),
    )
}

/// Runs the go command of `tc` in `dir`, offline, for linux/amd64 with cgo.
fn go(tc: &Toolchain, home: &Path, dir: &Path, args: &[&str]) -> Output {
    Command::new(tc.goroot.join("bin/go"))
        .args(args)
        .current_dir(dir)
        .env("GOROOT", &tc.goroot)
        .env("HOME", home)
        .env("GOCACHE", home.join("cache"))
        .env("GOPATH", home.join("gopath"))
        .env("GOTOOLCHAIN", "local")
        .env("GOTELEMETRY", "off")
        .env("GOPROXY", "off")
        .env("GOFLAGS", "")
        .env("GOENV", "off")
        .env("GOWORK", "off")
        .env("GOOS", "linux")
        .env("GOARCH", "amd64")
        .env("CGO_ENABLED", "1")
        .env_remove("GODEBUG")
        .env_remove("GOFIPS140")
        .env_remove("GOEXPERIMENT")
        .output()
        .unwrap_or_else(|e| panic!("running {}/bin/go: {e}", tc.goroot.display()))
}

/// HOME, GOCACHE and GOPATH of every go command of these tests: one
/// directory under cargo's target directory, so the standard library is
/// compiled once per toolchain, not once per case.
fn go_home() -> PathBuf {
    let d = Path::new(env!("CARGO_TARGET_TMPDIR")).join("godebug-go-home");
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/godebug_fixtures")
        .join(name)
}

fn write(path: &Path, bytes: &[u8]) {
    if let Some(d) = path.parent() {
        std::fs::create_dir_all(d).unwrap();
    }
    compat_fs::write_atomic(path, bytes).unwrap();
}

/// A copy of the fixture `name` in a temporary directory, with its go line
/// set to `go` (left alone when `None`).
fn copy(name: &str, go: Option<&str>) -> tempfile::TempDir {
    let t = tempfile::tempdir().unwrap();
    copy_tree(&fixture(name), t.path());
    if let Some(v) = go {
        set_go_line(t.path(), v);
    }
    t
}

fn copy_tree(from: &Path, to: &Path) {
    for e in std::fs::read_dir(from).unwrap().flatten() {
        let p = e.path();
        let q = to.join(e.file_name());
        if p.is_dir() {
            copy_tree(&p, &q);
        } else {
            write(&q, &std::fs::read(&p).unwrap());
        }
    }
}

fn set_go_line(dir: &Path, v: &str) {
    let path = dir.join("go.mod");
    let mut text = std::fs::read_to_string(&path).unwrap();
    if go_line(&text).is_none() {
        text.push_str("\ngo 1.16\n");
    }
    let text: Vec<String> = text
        .lines()
        .map(|l| {
            if l.starts_with("go ") {
                format!("go {v}")
            } else {
                l.to_owned()
            }
        })
        .collect();
    write(&path, (text.join("\n") + "\n").as_bytes());
}

/// compat's default GODEBUG of every main package of the module in `dir`,
/// by import path, for the go command of Go 1.`minor`.
fn compat_defaults(dir: &Path, minor: u32) -> BTreeMap<String, Result<String, GodebugError>> {
    let text = std::fs::read_to_string(dir.join("go.mod")).unwrap();
    let module = compat_go::imports::module_path(&text).unwrap();
    let go = go_line(&text)
        .map(|g| GoVersion::parse(&g.version).unwrap())
        .unwrap_or_else(|| GoVersion::from_minor(16));
    let go_mod = godebug(&text);
    assert!(go_mod.problems.is_empty(), "{:?}", go_mod.problems);
    let ctx = Context::new("linux", "amd64", release(minor).unwrap());
    let mut out = BTreeMap::new();
    for d in package_dirs(dir) {
        if d.starts_with(dir.join("vendor")) {
            continue;
        }
        let Some(p) = Package::load(&d).unwrap() else {
            continue;
        };
        let files = p.files(&ctx);
        if files.name != "main" {
            continue;
        }
        let rel = relative(dir, &d);
        let path = if rel == "." {
            module.clone()
        } else {
            format!("{module}/{rel}")
        };
        let dirs = Directives {
            go_mod: go_mod.entries.clone(),
            files: file_directives(&p, &files, &d),
        };
        out.insert(path, default_godebug(&go, minor, &dirs).map(|s| joined(&s)));
    }
    out
}

/// `go list`'s default GODEBUG of every main package, or its error output.
fn go_list_defaults(
    tc: &Toolchain,
    home: &Path,
    dir: &Path,
) -> Result<BTreeMap<String, String>, String> {
    let out = go(
        tc,
        home,
        dir,
        &[
            "list",
            "-e",
            "-f",
            "{{if eq .Name \"main\"}}{{.ImportPath}}|{{.DefaultGODEBUG}}{{end}}",
            "./...",
        ],
    );
    if !out.status.success() {
        return Err(String::from_utf8_lossy(&out.stderr).into_owned());
    }
    Ok(String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter(|l| !l.is_empty())
        .map(|l| {
            let (p, d) = l.split_once('|').unwrap();
            (p.to_owned(), d.to_owned())
        })
        .collect())
}

/// The go lines tried with a toolchain of Go 1.`minor`.
fn go_lines(minor: u32) -> Vec<String> {
    let mut v: Vec<String> = vec!["1.20".into(), "1.21rc1".into(), "1.21.0".into()];
    v.extend((21..=minor).map(|m| format!("1.{m}")));
    v.push(format!("1.{minor}.1"));
    v
}

#[test]
fn default_godebug_equals_go_list() {
    let Some(tcs) = toolchains() else { return };
    let home = go_home();
    let mut jobs: Vec<(&str, usize, Option<String>)> = Vec::new();
    for fx in FIXTURES {
        for (i, tc) in tcs.iter().enumerate() {
            if *fx == "nogo" {
                jobs.push((fx, i, None));
            } else {
                jobs.extend(go_lines(tc.minor).into_iter().map(|g| (*fx, i, Some(g))));
            }
        }
    }
    let jobs = Mutex::new(jobs);
    let failures = Mutex::new(Vec::<String>::new());
    let compared = Mutex::new(0usize);
    std::thread::scope(|s| {
        for _ in 0..2 {
            s.spawn(|| loop {
                let Some((fx, i, g)) = jobs.lock().unwrap().pop() else {
                    break;
                };
                let tc = &tcs[i];
                let dir = copy(fx, g.as_deref());
                let want = go_list_defaults(tc, &home, dir.path());
                let got = compat_defaults(dir.path(), tc.minor);
                let what = format!("{fx}, go {}, Go {}", g.as_deref().unwrap_or("(none)"), tc.version);
                let fail = |m: String| failures.lock().unwrap().push(format!("{what}: {m}"));
                match want {
                    Ok(want) => {
                        let got: BTreeMap<String, String> = got
                            .into_iter()
                            .filter_map(|(p, r)| match r {
                                Ok(s) => Some((p, s)),
                                Err(e) => {
                                    fail(format!("{p}: compat refuses ({e}), go list does not"));
                                    None
                                }
                            })
                            .collect();
                        if got != want {
                            fail(format!("compat {got:?}\n  go list {want:?}"));
                        }
                        *compared.lock().unwrap() += want.len();
                    }
                    Err(stderr) => {
                        for (p, r) in got {
                            let line = match r {
                                Err(GodebugError::GoModGodebug { line, message }) => {
                                    if !stderr.contains(&format!("go.mod:{line}: {message}")) {
                                        fail(format!("{p}: compat says go.mod:{line}: {message}; go: {stderr}"));
                                    }
                                    line
                                }
                                Err(GodebugError::GodebugLinesUnsupported { line, .. }) => line,
                                other => {
                                    fail(format!("{p}: go list fails ({stderr}), compat: {other:?}"));
                                    continue;
                                }
                            };
                            if !stderr.contains(&format!("go.mod:{line}:")) {
                                fail(format!("{p}: compat names go.mod:{line}; go: {stderr}"));
                            }
                        }
                    }
                }
            });
        }
    });
    let failures = failures.into_inner().unwrap();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    // Every fixture's main packages, for most of the go lines of each toolchain.
    assert!(
        *compared.lock().unwrap() > 300,
        "compared {}",
        compared.lock().unwrap()
    );
}

/// The findings of a rule as (symbol, file relative to the module, line).
fn hits(r: &Report, rule: &str, dir: &Path) -> BTreeSet<(String, String, u32)> {
    r.findings
        .iter()
        .filter(|f| f.rule == rule)
        .map(|f| {
            let file = f.subject.file.clone().unwrap_or_default();
            let file = Path::new(&file)
                .strip_prefix(dir)
                .map(|p| p.display().to_string())
                .unwrap_or(file);
            (
                f.subject.symbol.clone().unwrap_or_default(),
                file,
                f.subject.line.unwrap_or(0),
            )
        })
        .collect()
}

fn set(items: &[(&str, &str, u32)]) -> BTreeSet<(String, String, u32)> {
    items
        .iter()
        .map(|(s, f, l)| (s.to_string(), f.to_string(), *l))
        .collect()
}

fn settings(r: &Report) -> BTreeSet<String> {
    r.findings
        .iter()
        .filter(|f| f.rule == "go-godebug-default-change")
        .filter_map(|f| f.subject.symbol.clone())
        .collect()
}

/// `go list -deps` of `pkg`: each package with its imports.
fn deps(tc: &Toolchain, home: &Path, dir: &Path, pkg: &str) -> HashMap<String, BTreeSet<String>> {
    let out = go(
        tc,
        home,
        dir,
        &[
            "list",
            "-deps",
            "-f",
            "{{.ImportPath}}:{{join .Imports \" \"}}",
            pkg,
        ],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| {
            let (p, i) = l.split_once(':').unwrap();
            (
                p.to_owned(),
                i.split_whitespace().map(str::to_owned).collect(),
            )
        })
        .collect()
}

/// The settings of a `go list` default GODEBUG.
fn parse_defaults(s: &str) -> BTreeMap<String, String> {
    s.split(',')
        .filter(|x| !x.is_empty())
        .map(|kv| {
            let (k, v) = kv.split_once('=').unwrap();
            (k.to_owned(), v.to_owned())
        })
        .collect()
}

/// Checks a report of `check` on the copy `dir` of a fixture at go line
/// `from` against the go commands of `from` and `to`.
fn verify(r: &Report, dir: &Path, module: &str, from: &str, to: &Toolchain, old: &Toolchain) {
    let home = &go_home();
    assert!(r.errors.is_empty(), "{:?}", r.errors);
    // The default GODEBUG of each main package at both go lines, with the new go command.
    let at_from = go_list_defaults(to, home, dir).unwrap();
    set_go_line(dir, &format!("1.{}", to.minor));
    let at_to = go_list_defaults(to, home, dir).unwrap();
    let to_table = table(to.minor).unwrap();
    for (main, dg_to) in &at_to {
        let graph = deps(to, home, dir, main);
        let shown = format!(
            "./{}",
            main.strip_prefix(module).unwrap().trim_start_matches('/')
        );
        let shown = if shown == "./" { ".".to_owned() } else { shown };
        let a = parse_defaults(&at_from[main]);
        let b = parse_defaults(dg_to);
        // Findings naming this main package: first in the chain, or among
        // the others that import the package.
        let names = |f: &Finding| {
            f.subject.chain.first() == Some(&shown)
                || f.message
                    .split_once(" (also imported by ")
                    .is_some_and(|(_, rest)| {
                        rest.split(')')
                            .next()
                            .unwrap_or("")
                            .split(", ")
                            .any(|m| m == shown)
                    })
        };
        let mine: Vec<&Finding> = r
            .findings
            .iter()
            .filter(|f| f.rule == "go-godebug-default-change" && names(f))
            .collect();
        for s in &to_table.settings {
            if a.get(s.name) == b.get(s.name) {
                continue;
            }
            let imported = graph.contains_key(s.package);
            let reported = mine
                .iter()
                .any(|f| f.subject.symbol.as_deref() == Some(s.name));
            assert_eq!(
                imported, reported,
                "{main}: {} ({}) differs between go {from} and go 1.{} ({:?} -> {:?}); imported: {imported}, reported: {reported}",
                s.name, s.package, to.minor, a.get(s.name), b.get(s.name)
            );
        }
        // Every chain from this package is a path of go list -deps.
        for f in mine
            .iter()
            .filter(|f| f.subject.chain.first() == Some(&shown))
        {
            let c = &f.subject.chain;
            let pkg = f.subject.package.as_deref().unwrap();
            assert_eq!(c.last().map(String::as_str), Some(pkg), "{c:?}");
            assert!(graph.contains_key(pkg), "{main} does not import {pkg}");
            let mut prev = main.clone();
            for next in &c[1..] {
                let ok = graph[&prev].contains(next) || (prev == *main && next == "runtime");
                assert!(ok, "{main}: {prev} does not import {next} (chain {c:?})");
                prev = next.clone();
            }
        }
    }
    // The build errors the removed and unknown findings quote, at the new
    // go line: each alone (the go command stops at the first package that
    // fails), the lines of the other such findings blanked.
    let fatal: Vec<&Finding> = r
        .findings
        .iter()
        .filter(|f| matches!(f.rule.as_str(), "go-godebug-removed" | "go-godebug-unknown"))
        .collect();
    let rel = |f: &Finding| {
        let file = f.subject.file.clone().unwrap();
        Path::new(&file)
            .strip_prefix(dir)
            .unwrap()
            .display()
            .to_string()
    };
    let blank = |dir: &Path, fs: &[&&Finding]| {
        for f in fs {
            let path = dir.join(rel(f));
            let text = std::fs::read_to_string(&path).unwrap();
            let n = f.subject.line.unwrap() as usize;
            let lines: Vec<&str> = text
                .lines()
                .enumerate()
                .map(|(i, l)| if i + 1 == n { "" } else { l })
                .collect();
            write(&path, (lines.join("\n") + "\n").as_bytes());
        }
    };
    for f in &fatal {
        let alone = tempfile::tempdir().unwrap();
        copy_tree(dir, alone.path());
        let others: Vec<&&Finding> = fatal.iter().filter(|g| !std::ptr::eq(**g, *f)).collect();
        blank(alone.path(), &others);
        let a = alone.path();
        let test = f.message.contains(" go test fails");
        let out = go(to, home, a, &[if test { "vet" } else { "build" }, "./..."]);
        let err = String::from_utf8_lossy(&out.stderr).into_owned();
        let at = if rel(f) == "go.mod" {
            format!("go.mod:{}: ", f.subject.line.unwrap())
        } else {
            format!(
                "{}:{}:{}: ",
                rel(f),
                f.subject.line.unwrap(),
                f.subject.column.unwrap()
            )
        };
        let got = err
            .lines()
            .find(|l| l.starts_with(&at))
            .unwrap_or_else(|| panic!("the go command does not fail at {at}: {err}"));
        assert!(
            f.message.contains(got),
            "{} does not quote {got:?}",
            f.message
        );
        if f.message
            .contains(&format!("(Go 1.{} accepts it)", old.minor))
        {
            set_go_line(a, from);
            let before = go(old, home, a, &["build", "./..."]);
            let e = String::from_utf8_lossy(&before.stderr);
            assert!(!e.contains(&at), "Go {} rejects it too: {e}", old.version);
        }
    }
    let build = go(to, home, dir, &["build", "./..."]);
    let vet = go(to, home, dir, &["vet", "./..."]);
    let build_err = String::from_utf8_lossy(&build.stderr).into_owned();
    let vet_err = String::from_utf8_lossy(&vet.stderr).into_owned();
    for f in &r.findings {
        let at = format!(
            "{}:{}:{}: ",
            rel(f),
            f.subject.line.unwrap_or(0),
            f.subject.column.unwrap_or(0)
        );
        if f.rule == "go-godebug-misplaced" {
            assert!(
                !build_err.contains(&at),
                "go build reports {at}: {build_err}"
            );
            let got = vet_err
                .lines()
                .find(|l| l.contains(&at))
                .unwrap_or_else(|| panic!("go vet does not report {at}: {vet_err}"));
            let said = got.split_once(&at).unwrap().1;
            assert!(
                f.message.contains(said),
                "{} does not quote {said:?}",
                f.message
            );
            // Not applied: no main package's default GODEBUG has the value.
            let key = f.subject.symbol.as_deref().unwrap();
            let value = f.message.split_once(&format!("{key}=")).unwrap().1;
            let value: String = value.chars().take_while(|c| *c != ':').collect();
            for (main, dg) in &at_to {
                assert_ne!(parse_defaults(dg).get(key), Some(&value), "{main}: {dg}");
            }
        }
    }
}

fn run_case(fx: &str, to_minor: u32, tcs: &[Toolchain]) -> (Report, tempfile::TempDir) {
    let dir = copy(fx, None);
    let to = GoVersion::from_minor(to_minor);
    let r = check(dir.path(), &GodebugOptions { from: None, to });
    let text = std::fs::read_to_string(dir.path().join("go.mod")).unwrap();
    let from = go_line(&text).map_or_else(|| "1.16".to_owned(), |g| g.version);
    let module = compat_go::imports::module_path(&text).unwrap();
    let tc = |m: u32| tcs.iter().find(|t| t.minor == m).unwrap();
    let from_minor = GoVersion::parse(&from).unwrap().release_minor().unwrap();
    verify(
        &r,
        dir.path(),
        &module,
        &from,
        tc(to_minor),
        tc(from_minor.max(21)),
    );
    (r, dir)
}

#[test]
fn default_changes_only_where_the_program_imports_the_package() {
    let Some(tcs) = toolchains() else { return };
    let (r, dir) = run_case("web", 22, &tcs);
    let d = dir.path();
    assert_eq!(
        settings(&r),
        [
            "httplaxcontentlength",
            "httpmuxgo121",
            "tls10server",
            "tlsrsakex",
            "tlsunsafeekm"
        ]
        .map(String::from)
        .into()
    );
    for f in &r.findings {
        // Only ./cmd/server imports net/http (through the module's own handler package).
        assert_eq!(f.subject.chain[0], "./cmd/server", "{}", f.message);
        assert!(!f.message.contains("other main package"), "{}", f.message);
        assert_eq!(
            f.subject.file.as_deref(),
            Some(d.join("go.mod").to_str().unwrap())
        );
        assert_eq!((f.subject.line, f.subject.column), (Some(3), Some(4)));
    }
    let mux = r
        .findings
        .iter()
        .find(|f| f.subject.symbol.as_deref() == Some("httpmuxgo121"))
        .unwrap();
    assert_eq!(
        mux.subject.chain,
        [
            "./cmd/server",
            "example.com/web/internal/handler",
            "net/http"
        ]
        .map(String::from)
    );
    assert!(
        mux.message.contains("`//go:debug httpmuxgo121=1`"),
        "{}",
        mux.message
    );
    assert!(
        !mux.message.contains("godebug httpmuxgo121=1` to go.mod"),
        "{}",
        mux.message
    );
    let tls = r
        .findings
        .iter()
        .find(|f| f.subject.symbol.as_deref() == Some("tls10server"))
        .unwrap();
    assert_eq!(
        tls.subject.chain.last().map(String::as_str),
        Some("crypto/tls")
    );

    // Go 1.27: the go-line changes, and the settings Go 1.27 removed, whose
    // old behaviour the program had at go 1.21 with Go 1.21.
    let (r, _dir) = run_case("web", 27, &tcs);
    let s = settings(&r);
    for removed in [
        "asynctimerchan",
        "tls10server",
        "tls3des",
        "tlskyber",
        "tlsrsakex",
        "tlsunsafeekm",
        "x509keypairleaf",
    ] {
        assert!(s.contains(removed), "{removed}: {s:?}");
        let f = r
            .findings
            .iter()
            .find(|f| f.subject.symbol.as_deref() == Some(removed))
            .unwrap();
        assert!(
            f.message
                .contains("removed the setting, so the old behaviour cannot be kept"),
            "{}",
            f.message
        );
    }
    for runtime in ["panicnil", "gotypesalias", "x509sha1"] {
        assert!(!s.contains(runtime), "{runtime}: {s:?}");
    }
    let f = r
        .findings
        .iter()
        .find(|f| f.subject.symbol.as_deref() == Some("containermaxprocs"))
        .unwrap();
    assert_eq!(
        f.subject.chain,
        ["./cmd/server", "runtime"].map(String::from)
    );
    assert!(
        f.message
            .contains("add `godebug containermaxprocs=0` to go.mod"),
        "{}",
        f.message
    );
}

#[test]
fn directives_and_go_mod_lines_move_the_defaults() {
    let Some(tcs) = toolchains() else { return };
    // //go:debug lines of the files that build (not other_windows.go's).
    let (r, _d) = run_case("tls", 26, &tcs);
    let s = settings(&r);
    assert!(
        s.contains("tlsrsakex") && !s.contains("tls10server") && !s.contains("tlsunsafeekm"),
        "{s:?}"
    );
    assert!(!s.contains("panicnil"), "{s:?}");
    // Its //go:debug lines are valid at Go 1.26 and in their place.
    for rule in [
        "go-godebug-removed",
        "go-godebug-unknown",
        "go-godebug-misplaced",
    ] {
        assert!(hits(&r, rule, _d.path()).is_empty(), "{rule}");
    }
    // go.mod godebug lines with default=go1.21: the go line moves nothing
    // but the settings Go 1.24 and 1.27 removed.
    let removed_by_27 = [
        "asynctimerchan",
        "tls10server",
        "tls3des",
        "tlsrsakex",
        "tlsunsafeekm",
        "x509keypairleaf",
    ];
    let (r, _d) = run_case("gomod", 27, &tcs);
    let mut want: BTreeSet<String> = removed_by_27.map(String::from).into();
    want.insert("tlskyber".into());
    assert_eq!(settings(&r), want);
    // default=go1.20 in a //go:debug line, at go 1.24 (whose go command no
    // longer has tlskyber).
    let (r, _d) = run_case("pinned", 27, &tcs);
    assert_eq!(settings(&r), removed_by_27.map(String::from).into());
    // No go line: go 1.16.
    let (r, _d) = run_case("nogo", 22, &tcs);
    assert!(settings(&r).contains("panicnil"), "{:?}", settings(&r));
}

#[test]
fn vendored_packages_are_followed_other_dependencies_are_not() {
    let Some(tcs) = toolchains() else { return };
    let (r, _d) = run_case("vendored", 22, &tcs);
    let f = r
        .findings
        .iter()
        .find(|f| f.subject.symbol.as_deref() == Some("httpmuxgo121"))
        .unwrap();
    assert_eq!(
        f.subject.chain,
        ["./cmd/app", "example.org/dep", "net/http"].map(String::from)
    );
    // Without vendor/, example.org/dep is not followed: no finding, a note.
    let dir = copy("vendored", None);
    std::fs::remove_dir_all(dir.path().join("vendor")).unwrap();
    let r = check(
        dir.path(),
        &GodebugOptions {
            from: None,
            to: GoVersion::from_minor(22),
        },
    );
    assert!(settings(&r).is_empty(), "{:?}", settings(&r));
    assert!(
        r.notes
            .iter()
            .any(|n| n.starts_with("1 imported package outside the module and the standard library was not followed (no vendor/ directory), so settings reached only through it are not reported: example.org/dep")),
        "{:?}",
        r.notes
    );
    assert!(
        r.notes
            .iter()
            .any(|n| n.starts_with("GODEBUG of 1 main package of ")),
        "{:?}",
        r.notes
    );
}

#[test]
fn removed_and_unknown_settings_fail_the_build() {
    let Some(tcs) = toolchains() else { return };
    for (to, removed) in [(23, false), (24, true), (26, true), (27, true)] {
        let (r, d) = run_case("removed", to, &tcs);
        let want = if removed {
            set(&[("x509sha1", "cmd/app/main.go", 1)])
        } else {
            set(&[])
        };
        assert_eq!(hits(&r, "go-godebug-removed", d.path()), want, "go 1.{to}");
        assert_eq!(
            hits(&r, "go-godebug-unknown", d.path()),
            set(&[("nosuchsetting", "lib/lib.go", 1)]),
            "go 1.{to}"
        );
    }
    let (r, d) = run_case("tls", 27, &tcs);
    assert_eq!(
        hits(&r, "go-godebug-removed", d.path()),
        set(&[
            ("tls10server", "cmd/client/main.go", 1),
            ("tlsunsafeekm", "cmd/client/cgo.go", 1),
            ("tls3des", "cmd/client/client_test.go", 1)
        ])
    );
    let t = r
        .findings
        .iter()
        .find(|f| f.subject.symbol.as_deref() == Some("tls3des") && f.rule == "go-godebug-removed")
        .unwrap();
    assert!(t.message.contains("go test fails"), "{}", t.message);
    // At Go 1.27 a removed setting may still be set to its new value.
    let dir = copy("removed", None);
    let main = dir.path().join("cmd/app/main.go");
    let src = std::fs::read_to_string(&main)
        .unwrap()
        .replace("x509sha1=1", "x509sha1=0");
    write(&main, src.as_bytes());
    let to = |m| GodebugOptions {
        from: None,
        to: GoVersion::from_minor(m),
    };
    assert!(hits(
        &check(dir.path(), &to(27)),
        "go-godebug-removed",
        dir.path()
    )
    .is_empty());
    assert_eq!(
        hits(
            &check(dir.path(), &to(26)),
            "go-godebug-removed",
            dir.path()
        )
        .len(),
        1
    );
    // A go.mod godebug line: the go command cannot load the module.
    let dir = copy("gomod", None);
    let text = std::fs::read_to_string(dir.path().join("go.mod")).unwrap();
    write(
        &dir.path().join("go.mod"),
        text.replace(
            "\tx509negativeserial=1",
            "\tx509negativeserial=1\n\ttlskyber=0",
        )
        .as_bytes(),
    );
    let r = check(dir.path(), &to(24));
    assert_eq!(
        hits(&r, "go-godebug-removed", dir.path()),
        set(&[("tlskyber", "go.mod", 8)])
    );
    let tc = tcs.iter().find(|t| t.minor == 24).unwrap();
    set_go_line(dir.path(), "1.24");
    let out = go(tc, &go_home(), dir.path(), &["list", "./..."]);
    let e = String::from_utf8_lossy(&out.stderr);
    let line = e
        .lines()
        .find(|l| l.starts_with("go.mod:8: "))
        .unwrap_or_else(|| panic!("{e}"));
    assert!(
        r.findings.iter().any(|f| f.message.contains(line)),
        "{line}"
    );
}

#[test]
fn misplaced_directives() {
    let Some(tcs) = toolchains() else { return };
    let (r, d) = run_case("misplaced", 22, &tcs);
    assert_eq!(
        hits(&r, "go-godebug-misplaced", d.path()),
        set(&[
            ("panicnil", "cmd/app/main.go", 4),
            ("panicnil", "lib/lib.go", 1)
        ])
    );
    assert!(settings(&r).is_empty());
}

#[test]
fn every_release_file_parses_and_the_newest_agrees_with_its_source() {
    let tables = compat_go::godebug::tables().unwrap();
    assert_eq!(tables.first().map(|t| t.minor), Some(21));
    assert_eq!(tables.last().map(|t| t.minor), Some(LATEST_MINOR));
    for t in tables {
        assert!(compat_go::godebug::std_graph(t.minor)
            .unwrap()
            .contains("net/http"));
    }
    let Some(tcs) = toolchains() else { return };
    for tc in &tcs {
        let t = table(tc.minor).unwrap();
        assert_eq!(
            t.version, tc.version,
            "regenerate with scripts/gen-godebug-tables.py"
        );
        let src =
            std::fs::read_to_string(tc.goroot.join("src/internal/godebugs/table.go")).unwrap();
        let all = &src[src.find("var All = []Info{").unwrap()..];
        let all = &all[..all.find("\n}").unwrap()];
        let names: Vec<&str> = all
            .lines()
            .map(str::trim)
            .filter(|l| l.starts_with("{Name: \""))
            .map(|l| l["{Name: \"".len()..].split('"').next().unwrap())
            .collect();
        let ours: Vec<&str> = t.settings.iter().map(|s| s.name).collect();
        assert_eq!(ours, names, "Go {}", tc.version);
        // Each entry's fields, read here with a parser of its own.
        let field = |l: &str, k: &str| -> Option<String> {
            let rest = &l[l.find(&format!(" {k}: "))? + k.len() + 3..];
            Some(
                rest.trim_start_matches('"')
                    .split(['"', ',', '}'])
                    .next()?
                    .to_owned(),
            )
        };
        let entries = all
            .lines()
            .map(str::trim)
            .filter(|l| l.starts_with("{Name: \""));
        for (s, l) in t.settings.iter().zip(entries) {
            let l = l.replacen("{Name:", "{ Name:", 1);
            assert_eq!(field(&l, "Package").as_deref(), Some(s.package), "{l}");
            assert_eq!(
                field(&l, "Changed").map_or(0, |c| c.parse().unwrap()),
                s.changed,
                "{l}"
            );
            assert_eq!(field(&l, "Old").unwrap_or_default(), s.old, "{l}");
            assert_eq!(
                field(&l, "Opaque").as_deref() == Some("true"),
                s.opaque,
                "{l}"
            );
            assert_eq!(
                field(&l, "Immutable").as_deref() == Some("true"),
                s.immutable,
                "{l}"
            );
        }
        let removed = src.find("var Removed = []RemovedInfo{").map_or("", |i| {
            let r = &src[i..];
            &r[..r.find("\n}").unwrap()]
        });
        let removed: Vec<&str> = removed
            .lines()
            .map(str::trim)
            .filter(|l| l.starts_with("{Name: \""))
            .map(|l| l["{Name: \"".len()..].split('"').next().unwrap())
            .collect();
        let ours: Vec<&str> = t.removed.iter().map(|r| r.name).collect();
        assert_eq!(ours, removed, "Go {}", tc.version);
        // The standard library: go list -deps std.
        let home = go_home();
        let out = go(
            tc,
            &home,
            &home,
            &[
                "list",
                "-deps",
                "-f",
                "{{.ImportPath}}:{{join .Imports \" \"}}",
                "std",
            ],
        );
        assert!(out.status.success());
        let g = compat_go::godebug::std_graph(tc.minor).unwrap();
        let mut n = 0;
        for l in String::from_utf8_lossy(&out.stdout).lines() {
            let (p, imports) = l.split_once(':').unwrap();
            let mut want: Vec<&str> = imports.split_whitespace().collect();
            want.sort_unstable();
            want.dedup();
            assert_eq!(
                g.imports(p),
                Some(want.as_slice()),
                "Go {}: {p}",
                tc.version
            );
            n += 1;
        }
        assert_eq!(g.len(), n, "Go {}", tc.version);
    }
}
