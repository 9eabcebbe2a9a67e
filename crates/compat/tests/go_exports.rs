//! End-to-end tests of `compat go exports` on real c-shared libraries: each
//! test copies a fixture Go package from `tests/go_exports_fixtures/`, builds
//! it with `go build -buildmode=c-shared` and runs the `compat` binary on the
//! package and the library it produced.
//!
//! The tests need `go` (with cgo, so a C compiler too) and `readelf`. Without
//! `go` on PATH they print why and pass, unless the environment variable `CI`
//! is set, in which case they fail.
//!
//! The Go build cache and GOPATH live under Cargo's per-target temporary
//! directory (`CARGO_TARGET_TMPDIR/go-exports`), so reruns are fast and
//! `cargo clean` removes them; every library is built in a fresh temporary
//! directory of its own.

#![allow(clippy::print_stderr)] // tests say what they skip

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

use serde_json::Value;

mod common;
use common::{finish, Run};

/// The fixture packages, relative to this file.
fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/go_exports_fixtures")
}

/// Whether `go` can run; without it the test is skipped, or fails under CI.
fn have_go() -> bool {
    let ok = Command::new("go")
        .arg("version")
        .env("GOTOOLCHAIN", "local")
        .output()
        .is_ok_and(|o| o.status.success());
    if !ok {
        if std::env::var_os("CI").is_some() {
            panic!("`go` is not on PATH (or does not run) and CI is set: the go exports tests must run in CI");
        }
        eprintln!(
            "SKIPPED: `go` is not on PATH (or does not run); these tests build c-shared libraries \
             with `go build -buildmode=c-shared` (Go with cgo and a C compiler). Set CI=1 to fail instead."
        );
    }
    ok
}

/// Go's environment for the builds: cgo on, native target, offline, isolated.
fn go_command(dir: &Path) -> Command {
    let root = Path::new(env!("CARGO_TARGET_TMPDIR")).join("go-exports");
    let mut cmd = Command::new("go");
    cmd.current_dir(dir)
        .env("CGO_ENABLED", "1")
        .env("GOCACHE", root.join("gocache"))
        .env("GOPATH", root.join("gopath"))
        .env("GOMODCACHE", root.join("gopath/pkg/mod"))
        .env("GOFLAGS", "-mod=mod")
        .env("GOPROXY", "off")
        .env("GOTOOLCHAIN", "local")
        .env("GOWORK", "off")
        .env("GOENV", "off")
        .env("GO111MODULE", "on")
        .env_remove("GOOS")
        .env_remove("GOARCH")
        .env_remove("GOEXPERIMENT");
    cmd
}

/// Builds the fixture package `name` into `work/name/libx.so`.
fn build_into(work: &Path, name: &str) -> PathBuf {
    let src = fixtures().join(name);
    let pkg = work.join(name);
    std::fs::create_dir_all(&pkg).unwrap();
    for e in std::fs::read_dir(&src).unwrap_or_else(|e| panic!("{}: {e}", src.display())) {
        let e = e.unwrap();
        std::fs::copy(e.path(), pkg.join(e.file_name())).unwrap();
    }
    let out = go_command(&pkg)
        .args(["build", "-buildmode=c-shared", "-o", "libx.so", "."])
        .output()
        .expect("run go build");
    assert!(
        out.status.success(),
        "go build -buildmode=c-shared in {} failed:\n{}{}",
        pkg.display(),
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    pkg.join("libx.so")
}

/// A temporary directory holding the built fixture packages, each with its `libx.so`.
struct Work {
    dir: tempfile::TempDir,
}

impl Work {
    fn path(&self) -> &Path {
        self.dir.path()
    }
}

/// Builds the named fixtures; `None` when Go is absent (the test is skipped).
fn build(names: &[&str]) -> Option<Work> {
    if !have_go() {
        return None;
    }
    // The first build compiles runtime/cgo into a cold cache: do it once,
    // before the tests build concurrently.
    static WARM: OnceLock<()> = OnceLock::new();
    WARM.get_or_init(|| {
        let tmp = tempfile::tempdir().unwrap();
        build_into(tmp.path(), "v1");
    });
    let dir = tempfile::tempdir().unwrap();
    for n in names {
        build_into(dir.path(), n);
    }
    Some(Work { dir })
}

/// Runs `compat` in `dir` (so that reported paths are relative to it).
fn compat(dir: &Path, args: &[&str]) -> Run {
    finish(
        common::compat_cmd()
            .current_dir(dir)
            .args(args)
            .env("NO_COLOR", "1")
            .output()
            .expect("run the compat binary"),
    )
}

/// `compat go exports PKG --lib PKG/libx.so [--baseline B] -f json`.
fn exports(work: &Work, pkg: &str, baseline: Option<&str>) -> (Run, Value) {
    let lib = format!("{pkg}/libx.so");
    let mut args = vec!["go", "exports", pkg, "--lib", &lib, "-f", "json"];
    if let Some(b) = baseline {
        args.extend(["--baseline", b]);
    }
    let run = compat(work.path(), &args);
    let json = run.json();
    assert_eq!(json["command"], "go exports");
    assert_eq!(
        json["errors"],
        serde_json::json!([]),
        "unexpected errors: {}",
        run.stdout
    );
    (run, json)
}

fn findings<'a>(json: &'a Value, rule: &str) -> Vec<&'a Value> {
    json["findings"]
        .as_array()
        .expect("findings is an array")
        .iter()
        .filter(|f| f["rule"] == rule)
        .collect()
}

/// The symbols named by the findings of one rule.
fn symbols(json: &Value, rule: &str) -> BTreeSet<String> {
    findings(json, rule)
        .iter()
        .map(|f| {
            f["subject"]["symbol"]
                .as_str()
                .expect("a symbol")
                .to_owned()
        })
        .collect()
}

/// The defined GLOBAL/WEAK FUNC/OBJECT symbols of default visibility in the
/// dynamic symbol table, per `readelf --dyn-syms -W`: what a C program can bind to.
fn readelf_exports(lib: &Path) -> BTreeSet<(String, String)> {
    let out = Command::new("readelf")
        .args(["--dyn-syms", "-W"])
        .arg(lib)
        .output()
        .expect("run readelf (binutils)");
    assert!(out.status.success(), "readelf failed on {}", lib.display());
    let text = String::from_utf8_lossy(&out.stdout);
    let mut set = BTreeSet::new();
    for line in text.lines() {
        // Num: Value Size Type Bind Vis Ndx Name
        let f: Vec<&str> = line.split_whitespace().collect();
        if f.len() < 8 || !f[0].ends_with(':') {
            continue;
        }
        let (ty, bind, vis, ndx) = (f[3], f[4], f[5], f[6]);
        if matches!(ty, "FUNC" | "OBJECT")
            && matches!(bind, "GLOBAL" | "WEAK")
            && vis == "DEFAULT"
            && ndx != "UND"
        {
            let name = f[7].split('@').next().unwrap().to_owned();
            set.insert((name, ty.to_owned()));
        }
    }
    assert!(
        !set.is_empty(),
        "no exported symbol in {}:\n{text}",
        lib.display()
    );
    set
}

/// The exclusions the rule documentation promises: symbols of cgo and the Go runtime.
fn documented_runtime_name(name: &str) -> bool {
    // runtime/cgo's gcc_fatalf.c exports fatalf from every c-shared library.
    name == "fatalf"
        || ["_cgo_", "_cgoexp_", "x_cgo_", "crosscall"]
            .iter()
            .any(|p| name.starts_with(p))
}

#[test]
fn declared_exports_match_the_library() {
    let Some(w) = build(&["v1"]) else { return };
    let have = readelf_exports(&w.path().join("v1/libx.so"));
    let names: BTreeSet<&str> = have.iter().map(|(n, _)| n.as_str()).collect();
    assert!(
        names.contains("Add") && names.contains("Version"),
        "{names:?}"
    );
    assert!(
        !names.contains("notExported"),
        "a Go func without //export is not exported"
    );

    let (run, json) = exports(&w, "v1", None);
    assert_eq!(run.code, 0, "{}", run.stdout);
    assert_eq!(json["summary"]["breaking"], 0, "{}", run.stdout);
    assert!(
        findings(&json, "go-export-undefined").is_empty(),
        "{}",
        run.stdout
    );
    let undeclared = symbols(&json, "go-export-undeclared");
    for n in ["Add", "Version", "notExported"] {
        assert!(
            !undeclared.contains(n),
            "{n} reported as undeclared:\n{}",
            run.stdout
        );
    }
    assert!(
        json["notes"][0]
            .as_str()
            .is_some_and(|n| n.starts_with("2 //export declarations")),
        "{}",
        run.stdout
    );
    // The text report agrees.
    let text = compat(w.path(), &["go", "exports", "v1", "--lib", "v1/libx.so"]);
    assert_eq!(text.code, 0);
    assert!(text.stdout.contains("0 breaking"), "{}", text.stdout);
}

/// cgo's and the runtime's symbols carrying the documented prefixes are never reported.
#[test]
fn cgo_prefixed_runtime_symbols_are_not_reported() {
    let Some(w) = build(&["v1"]) else { return };
    let have = readelf_exports(&w.path().join("v1/libx.so"));
    let runtime: BTreeSet<&str> = have
        .iter()
        .map(|(n, _)| n.as_str())
        .filter(|n| documented_runtime_name(n))
        .collect();
    // What a Go 1.19 linux/amd64 c-shared library exports on its own.
    for n in [
        "crosscall2",
        "_cgo_panic",
        "_cgo_topofstack",
        "x_cgo_init",
        "_cgo_yield",
    ] {
        assert!(runtime.contains(n), "{n} is not exported: {runtime:?}");
    }
    assert!(
        runtime.iter().any(|n| n.starts_with("_cgoexp_")),
        "{runtime:?}"
    );
    let (run, json) = exports(&w, "v1", None);
    let undeclared = symbols(&json, "go-export-undeclared");
    let wrong: Vec<_> = runtime
        .iter()
        .filter(|n| undeclared.contains(**n))
        .collect();
    assert!(
        wrong.is_empty(),
        "runtime symbols reported: {wrong:?}\n{}",
        run.stdout
    );
}

/// No exported symbol of the library is lost: each is declared by //export,
/// a documented cgo/runtime symbol, or reported as go-export-undeclared.
#[test]
fn every_exported_symbol_is_declared_excluded_or_reported() {
    let Some(w) = build(&["v1"]) else { return };
    let have = readelf_exports(&w.path().join("v1/libx.so"));
    let (run, json) = exports(&w, "v1", None);
    let undeclared = symbols(&json, "go-export-undeclared");
    let lost: Vec<_> = have
        .iter()
        .filter(|(n, _)| {
            !matches!(n.as_str(), "Add" | "Version")
                && !documented_runtime_name(n)
                && !undeclared.contains(n)
        })
        .collect();
    eprintln!(
        "non-//export symbols of a plain Go c-shared library: {:?}",
        have.iter()
            .filter(|(n, _)| !matches!(n.as_str(), "Add" | "Version"))
            .collect::<Vec<_>>()
    );
    assert!(
        lost.is_empty(),
        "neither excluded nor reported: {lost:?}\n{}",
        run.stdout
    );
}

/// A plain c-shared library with nothing but //export functions: nothing to report.
#[test]
fn runtime_and_cgo_symbols_are_not_reported() {
    let Some(w) = build(&["v1"]) else { return };
    let (run, json) = exports(&w, "v1", None);
    let undeclared = symbols(&json, "go-export-undeclared");
    assert!(
        undeclared.is_empty(),
        "runtime/cgo symbols reported as undeclared: {undeclared:?}\n{}",
        run.stdout
    );
    assert_eq!(json["summary"]["info"], 0, "{}", run.stdout);
}

#[test]
fn export_in_an_excluded_file_is_undefined() {
    let Some(w) = build(&["missing"]) else { return };
    let have = readelf_exports(&w.path().join("missing/libx.so"));
    assert!(
        !have.iter().any(|(n, _)| n == "Missing"),
        "the build included missing_windows.go"
    );

    let (run, json) = exports(&w, "missing", None);
    assert_eq!(run.code, 1, "{}", run.stdout);
    let undefined = findings(&json, "go-export-undefined");
    assert_eq!(undefined.len(), 1, "{}", run.stdout);
    let f = undefined[0];
    assert_eq!(f["severity"], "breaking");
    let s = &f["subject"];
    assert_eq!(s["symbol"], "Missing");
    assert_eq!(s["file"], "missing/missing_windows.go");
    assert_eq!(s["line"], 11, "the //export line");
    assert_eq!(s["column"], 1);
    assert_eq!(s["library"], "missing/libx.so");
    // Add and Version are still fine.
    assert_eq!(json["summary"]["breaking"], 1, "{}", run.stdout);

    let text = compat(
        w.path(),
        &["go", "exports", "missing", "--lib", "missing/libx.so"],
    );
    assert_eq!(text.code, 1);
    assert!(
        text.stdout.contains("breaking[go-export-undefined]"),
        "{}",
        text.stdout
    );
    assert!(
        text.stdout.contains("missing/missing_windows.go:11:1"),
        "{}",
        text.stdout
    );
}

#[test]
fn preamble_c_function_is_undeclared() {
    let Some(w) = build(&["undeclared"]) else {
        return;
    };
    let have = readelf_exports(&w.path().join("undeclared/libx.so"));
    assert!(
        have.contains(&("helper_scale".into(), "FUNC".into())),
        "{have:?}"
    );
    assert!(!have
        .iter()
        .any(|(n, _)| n == "helper_hidden" || n == "helper_static"));

    let (run, json) = exports(&w, "undeclared", None);
    assert_eq!(run.code, 0, "info findings do not fail: {}", run.stdout);
    let f: Vec<_> = findings(&json, "go-export-undeclared")
        .into_iter()
        .filter(|f| f["subject"]["symbol"] == "helper_scale")
        .collect();
    assert_eq!(f.len(), 1, "{}", run.stdout);
    assert_eq!(f[0]["severity"], "info");
    assert_eq!(f[0]["subject"]["file"], "undeclared/libx.so");
    let undeclared = symbols(&json, "go-export-undeclared");
    for n in [
        "Add",
        "Version",
        "helper_hidden",
        "helper_static",
        "use_static",
    ] {
        assert!(!undeclared.contains(n), "{n}: {}", run.stdout);
    }
}

/// The rule documentation: "non-`static` functions and globals from the cgo
/// preamble ... which the external linker exports".
#[test]
fn preamble_c_global_is_undeclared() {
    let Some(w) = build(&["undeclared"]) else {
        return;
    };
    let have = readelf_exports(&w.path().join("undeclared/libx.so"));
    assert!(
        have.contains(&("helper_count".into(), "OBJECT".into())),
        "{have:?}"
    );
    let (run, json) = exports(&w, "undeclared", None);
    assert!(
        symbols(&json, "go-export-undeclared").contains("helper_count"),
        "{}",
        run.stdout
    );
}

#[test]
fn baseline_library_removed_export() {
    let Some(w) = build(&["v1", "v2"]) else {
        return;
    };
    let (run, json) = exports(&w, "v2", Some("v1/libx.so"));
    assert_eq!(run.code, 1, "{}", run.stdout);
    let removed = findings(&json, "go-export-removed");
    assert_eq!(removed.len(), 1, "{}", run.stdout);
    let f = removed[0];
    assert_eq!(f["severity"], "breaking");
    assert_eq!(f["subject"]["symbol"], "Version");
    assert_eq!(f["subject"]["old_file"], "v1/libx.so");
    assert_eq!(f["subject"]["new_file"], "v2/libx.so");
    assert!(findings(&json, "go-export-kind-changed").is_empty());
    assert!(
        findings(&json, "go-export-undefined").is_empty(),
        "{}",
        run.stdout
    );
}

#[test]
fn baseline_abi_dump_works_like_the_library() {
    let Some(w) = build(&["v1", "v2"]) else {
        return;
    };
    let dump = compat(w.path(), &["abi", "dump", "v1/libx.so", "-o", "v1.json"]);
    assert_eq!(dump.code, 0, "{}{}", dump.stdout, dump.stderr);

    let (lib_run, lib_json) = exports(&w, "v2", Some("v1/libx.so"));
    let (dump_run, dump_json) = exports(&w, "v2", Some("v1.json"));
    assert_eq!(dump_run.code, 1, "{}", dump_run.stdout);
    assert_eq!(dump_run.code, lib_run.code);
    let key = |j: &Value| -> BTreeSet<(String, String, String)> {
        j["findings"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| {
                (
                    f["rule"].as_str().unwrap().to_owned(),
                    f["severity"].as_str().unwrap().to_owned(),
                    f["subject"]["symbol"].as_str().unwrap_or("").to_owned(),
                )
            })
            .collect()
    };
    assert_eq!(key(&dump_json), key(&lib_json));
    assert_eq!(
        symbols(&dump_json, "go-export-removed"),
        BTreeSet::from(["Version".to_owned()])
    );
    assert_eq!(
        findings(&dump_json, "go-export-removed")[0]["subject"]["old_file"],
        "v1.json"
    );
}

#[test]
fn baseline_same_version_reports_nothing() {
    let Some(w) = build(&["v1"]) else { return };
    let dump = compat(w.path(), &["abi", "dump", "v1/libx.so", "-o", "v1.json"]);
    assert_eq!(dump.code, 0);
    for base in ["v1/libx.so", "v1.json"] {
        let (run, json) = exports(&w, "v1", Some(base));
        assert_eq!(run.code, 0, "{base}: {}", run.stdout);
        assert_eq!(json["summary"]["breaking"], 0, "{base}: {}", run.stdout);
        assert!(findings(&json, "go-export-removed").is_empty());
        assert!(findings(&json, "go-export-kind-changed").is_empty());
    }
}

#[test]
fn export_kind_change_between_func_and_object() {
    let Some(w) = build(&["kind_v1", "kind_v2"]) else {
        return;
    };
    let v1 = readelf_exports(&w.path().join("kind_v1/libx.so"));
    let v2 = readelf_exports(&w.path().join("kind_v2/libx.so"));
    assert!(v1.contains(&("Value".into(), "FUNC".into())), "{v1:?}");
    assert!(v2.contains(&("Value".into(), "OBJECT".into())), "{v2:?}");

    let (run, json) = exports(&w, "kind_v2", Some("kind_v1/libx.so"));
    assert_eq!(run.code, 1, "{}", run.stdout);
    let changed = findings(&json, "go-export-kind-changed");
    assert_eq!(changed.len(), 1, "{}", run.stdout);
    let s = &changed[0]["subject"];
    assert_eq!(changed[0]["severity"], "breaking");
    assert_eq!(s["symbol"], "Value");
    assert_eq!(s["old_value"], "func");
    assert_eq!(s["new_value"], "object");
    assert!(
        findings(&json, "go-export-removed").is_empty(),
        "{}",
        run.stdout
    );

    // And back: an exported C global replaced by an //export function.
    let (run, json) = exports(&w, "kind_v1", Some("kind_v2/libx.so"));
    assert_eq!(run.code, 1, "{}", run.stdout);
    let changed = findings(&json, "go-export-kind-changed");
    assert_eq!(changed.len(), 1, "{}", run.stdout);
    assert_eq!(changed[0]["subject"]["old_value"], "object");
    assert_eq!(changed[0]["subject"]["new_value"], "func");
}
