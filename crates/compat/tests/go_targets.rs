//! `compat go targets`: excluded packages and imports of them, in both
//! directions, with `go build` as the oracle where Go is installed.

#![allow(clippy::print_stderr)] // tests say what they skip

use std::path::Path;
use std::process::Command;

fn write(root: &Path, rel: &str, text: &str) {
    let p = root.join(rel);
    std::fs::create_dir_all(p.parent().unwrap()).unwrap();
    std::fs::write(p, text).unwrap();
}

/// A module whose `internal/fd` builds only on linux, imported by `cmd/tool`;
/// with `fallback`, `internal/fd` also has a file for every other target.
fn module(fallback: bool) -> tempfile::TempDir {
    let d = tempfile::tempdir().unwrap();
    write(d.path(), "go.mod", "module example.com/m\n\ngo 1.19\n");
    write(
        d.path(),
        "internal/fd/fd_linux.go",
        "package fd\n\nfunc Open() {}\n",
    );
    if fallback {
        write(
            d.path(),
            "internal/fd/fd_other.go",
            "//go:build !linux\n\npackage fd\n\nfunc Open() {}\n",
        );
    }
    write(
        d.path(),
        "cmd/tool/main.go",
        "package main\n\nimport \"example.com/m/internal/fd\"\n\nfunc main() { fd.Open() }\n",
    );
    d
}

fn targets(root: &Path) -> (i32, serde_json::Value) {
    let out = Command::new(env!("CARGO_BIN_EXE_compat"))
        .args([
            "go",
            "targets",
            "--target",
            "linux/amd64",
            "--target",
            "windows/amd64",
            "-f",
            "json",
        ])
        .arg(root)
        .output()
        .unwrap();
    (
        out.status.code().unwrap(),
        serde_json::from_slice(&out.stdout).unwrap(),
    )
}

fn rules(r: &serde_json::Value) -> Vec<String> {
    r["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["rule"].as_str().unwrap().to_owned())
        .collect()
}

/// What `go build` says for GOOS=windows, if Go is installed.
fn go_build_windows(root: &Path) -> Option<(bool, String)> {
    if Command::new("go").arg("version").output().is_err() {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI must have Go installed"
        );
        eprintln!("skipped the go build oracle: `go` is not installed");
        return None;
    }
    let cache = tempfile::tempdir().unwrap();
    let out = Command::new("go")
        .args(["build", "-o", "/dev/null", "./cmd/tool"])
        .current_dir(root)
        .env("GOOS", "windows")
        .env("GOARCH", "amd64")
        .env("GOCACHE", cache.path())
        .env("GOPATH", cache.path().join("gopath"))
        .env("GOFLAGS", "-mod=mod")
        .env("GOPROXY", "off")
        .env("GOTOOLCHAIN", "local")
        .output()
        .unwrap();
    Some((
        out.status.success(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    ))
}

#[test]
fn an_import_excluded_for_a_target_breaks_the_build() {
    let m = module(false);
    let (code, r) = targets(m.path());
    assert_eq!(code, 1, "{r:#}");
    let rules = rules(&r);
    assert!(
        rules.contains(&"go-import-excluded".to_owned()),
        "{rules:?}"
    );
    assert!(
        rules.contains(&"go-package-excluded".to_owned()),
        "{rules:?}"
    );
    let f = r["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["rule"] == "go-import-excluded")
        .unwrap();
    // Directories are the PATH joined with the package directory.
    let cmd_tool = m.path().join("cmd/tool").display().to_string();
    assert_eq!(f["subject"]["file"], cmd_tool.as_str());
    assert_eq!(f["subject"]["version"], "windows/amd64");
    assert_eq!(f["subject"]["library"], "example.com/m/internal/fd");
    // The package by its import path, the target in its own field.
    assert_eq!(f["subject"]["package"], "example.com/m/cmd/tool");
    assert_eq!(f["subject"]["target"], "windows/amd64");
    if let Some((ok, stderr)) = go_build_windows(m.path()) {
        assert!(!ok);
        assert!(
            stderr.contains("build constraints exclude all Go files"),
            "{stderr}"
        );
    }
    // The per-target file lists.
    let t = &r["targets"];
    assert_eq!(t[0]["target"], "linux/amd64");
    let fd = t[0]["packages"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["dir"] == m.path().join("internal/fd").display().to_string().as_str())
        .unwrap();
    assert_eq!(fd["go_files"], serde_json::json!(["fd_linux.go"]));
}

#[test]
fn a_fallback_file_fixes_it() {
    let m = module(true);
    let (code, r) = targets(m.path());
    assert_eq!(code, 0, "{r:#}");
    assert!(rules(&r).is_empty(), "{r:#}");
    if let Some((ok, stderr)) = go_build_windows(m.path()) {
        assert!(ok, "{stderr}");
    }
}
