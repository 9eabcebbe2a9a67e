//! `compat go buildtags` and `go targets` on trees a careless or hostile
//! user can make: an unreadable `.go` file, a FIFO as a `.go` file or as
//! `go.mod`, a symbolic link to a directory named `x.go`, a go.mod whose
//! go line is written with a tab, or with a comment that is not UTF-8. Each
//! tree is built at test time; where Go is installed, `go list` says what
//! the go command does with the same tree.

#![allow(clippy::print_stderr)] // tests say what they skip

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::Duration;

mod common;
use common::{finish, is_root, mkfifo, wait_bounded, Run};

fn write(root: &Path, rel: &str, text: impl AsRef<[u8]>) -> PathBuf {
    let p = root.join(rel);
    std::fs::create_dir_all(p.parent().unwrap()).unwrap();
    std::fs::write(&p, text).unwrap();
    p
}

/// A temporary directory any user can enter (for the runs as `nobody`).
fn tree() -> tempfile::TempDir {
    let d = tempfile::tempdir().unwrap();
    chmod(d.path(), 0o755);
    d
}

fn chmod(p: &Path, mode: u32) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(p, std::fs::Permissions::from_mode(mode)).unwrap();
}

/// `program args` as a user that file permissions apply to: `nobody`
/// through setpriv when the tests run as root (root reads a mode-000 file),
/// the current user otherwise.
fn unprivileged(program: &Path, args: &[&str]) -> Command {
    if is_root() {
        let mut c = Command::new("setpriv");
        c.args(["--reuid=nobody", "--regid=nogroup", "--clear-groups"])
            .arg(program)
            .args(args);
        c
    } else {
        let mut c = Command::new(program);
        c.args(args);
        c
    }
}

/// Runs compat in `dir`, killed after `limit` (a hang fails the test).
fn compat_in(dir: &Path, args: &[&str], limit: Duration) -> Run {
    let mut cmd = common::compat_cmd();
    cmd.args(args).current_dir(dir);
    finish(wait_bounded(cmd, limit).0)
}

/// The go command, if installed (CI must have it).
fn go() -> Option<PathBuf> {
    match Command::new("go").arg("env").arg("GOROOT").output() {
        Ok(o) if o.status.success() => {
            Some(PathBuf::from(String::from_utf8_lossy(&o.stdout).trim()).join("bin/go"))
        }
        _ => {
            assert!(
                std::env::var_os("CI").is_none(),
                "CI must have Go installed"
            );
            eprintln!("SKIPPED the go list oracle: `go` is not installed");
            None
        }
    }
}

/// `go list -e -json ./...` in `dir` (module mode, offline), as `nobody`
/// when `unprivileged_run` and the tests run as root.
fn go_list(go: &Path, dir: &Path, cache: &Path, unprivileged_run: bool) -> Output {
    let args = [
        "list",
        "-e",
        "-json=Dir,GoFiles,InvalidGoFiles,Error",
        "./...",
    ];
    let mut cmd = if unprivileged_run {
        unprivileged(go, &args)
    } else {
        let mut c = Command::new(go);
        c.args(args);
        c
    };
    cmd.current_dir(dir)
        .env("GOTOOLCHAIN", "local")
        .env("GOPROXY", "off")
        .env("GOWORK", "off")
        .env("GOFLAGS", "-mod=mod")
        .env("GOCACHE", cache.join("gocache"))
        .env("GOPATH", cache.join("gopath"))
        .env("HOME", cache);
    cmd.output().unwrap()
}

/// Go files of one package in compat's JSON (the single target's).
fn go_files(r: &Run) -> Vec<String> {
    let v = r.json();
    v["targets"][0]["packages"][0]["go_files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s.as_str().unwrap().to_owned())
        .collect()
}

#[test]
fn unreadable_go_file_is_exit_2_as_go_list_fails() {
    let t = tree();
    let d = t.path();
    write(d, "go.mod", "module example.com/m\n\ngo 1.19\n");
    write(d, "a.go", "package m\n");
    let b = write(d, "b.go", "package m\n");
    chmod(&b, 0o000);
    let bin = Path::new(env!("CARGO_BIN_EXE_compat"));
    for args in [
        &["go", "targets", "-f", "json", "."][..],
        &["go", "buildtags", "."][..],
    ] {
        let mut cmd = unprivileged(bin, args);
        cmd.current_dir(d);
        let r = finish(wait_bounded(cmd, Duration::from_secs(30)).0);
        assert_eq!(r.code, 2, "{args:?}: {}{}", r.stdout, r.stderr);
        let errors = r.stderr_lines();
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert!(
            errors[0].contains("b.go") && errors[0].contains("Permission denied"),
            "{errors:?}"
        );
        if args[1] == "targets" {
            // Listed as `go list -e` lists it: a.go builds, b.go is invalid.
            assert_eq!(go_files(&r), ["a.go"]);
            let p = &r.json()["targets"][0]["packages"][0];
            assert_eq!(p["invalid_go_files"], serde_json::json!(["b.go"]), "{p}");
        }
    }
    let Some(go) = go() else { return };
    let cache = tree();
    chmod(cache.path(), 0o777);
    let out = go_list(&go, d, cache.path(), true);
    // `go list -e` succeeds but reports the package's error; without -e it fails.
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("\"InvalidGoFiles\": [\n\t\t\"b.go\"\n\t]")
            && text.contains("permission denied"),
        "{text}{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn fifo_go_file_or_go_mod_is_one_line_error_never_a_hang() {
    let t = tree();
    let d = t.path();
    write(d, "m/go.mod", "module example.com/m\n\ngo 1.19\n");
    write(d, "m/a.go", "package m\n");
    mkfifo(&d.join("m/fifo.go"));
    write(d, "f/a.go", "// +build linux\n\npackage f\n");
    mkfifo(&d.join("f/go.mod"));
    for (dir, culprit) in [("m", "m/fifo.go"), ("f", "f/go.mod")] {
        for cmd in ["targets", "buildtags"] {
            let r = compat_in(d, &["go", cmd, dir], Duration::from_secs(30));
            assert_eq!(r.code, 2, "{cmd} {dir}: {}{}", r.stdout, r.stderr);
            assert_eq!(
                r.stderr_lines(),
                [format!("compat: error: {culprit}: is a FIFO")],
                "{cmd} {dir}"
            );
        }
    }
    // A FIFO named on the command line, and `--fix`/`--diff` over them.
    for args in [
        &["go", "buildtags", "m/fifo.go"][..],
        &["go", "buildtags", "--fix", "m"][..],
        &["go", "buildtags", "--diff", "f"][..],
    ] {
        let r = compat_in(d, args, Duration::from_secs(30));
        assert_eq!(r.code, 2, "{args:?}: {}{}", r.stdout, r.stderr);
        assert!(
            r.stderr_lines().iter().any(|l| l.ends_with(": is a FIFO")),
            "{args:?}: {}",
            r.stderr
        );
    }
}

#[test]
fn symlink_to_a_directory_named_x_go_is_skipped_as_go_skips_it() {
    let t = tree();
    let d = t.path();
    write(d, "go.mod", "module example.com/m\n\ngo 1.19\n");
    write(d, "a.go", "package m\n");
    write(d, "sub/b.go", "package sub\n");
    std::os::unix::fs::symlink("sub", d.join("x.go")).unwrap();
    let r = compat_in(d, &["go", "buildtags", "."], Duration::from_secs(30));
    assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);
    assert!(r.stdout.contains("2 Go files checked"), "{}", r.stdout);
    let r = compat_in(
        d,
        &["go", "targets", "-f", "json", "."],
        Duration::from_secs(30),
    );
    assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);
    assert_eq!(go_files(&r), ["a.go"]);
    let Some(go) = go() else { return };
    let cache = tree();
    let out = go_list(&go, d, cache.path(), false);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8_lossy(&out.stdout);
    let root = text.split("\n}\n").next().unwrap();
    assert!(
        root.contains("\"GoFiles\": [\n\t\t\"a.go\"\n\t]") && !root.contains("x.go"),
        "{text}"
    );
}

/// A module at go 1.18 or later: `+build` lines are obsolete there.
fn obsolete_rules(go_mod: &[u8]) -> Vec<String> {
    let t = tree();
    let d = t.path();
    write(d, "outer/go.mod", "module example.com/outer\n\ngo 1.16\n");
    write(d, "outer/inner/go.mod", go_mod);
    write(
        d,
        "outer/inner/a.go",
        "//go:build linux\n// +build linux\n\npackage inner\n",
    );
    let r = compat_in(
        d,
        &["go", "buildtags", "-f", "json", "outer/inner"],
        Duration::from_secs(30),
    );
    assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);
    r.json()["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["rule"].as_str().unwrap().to_owned())
        .collect()
}

#[test]
fn go_line_with_a_tab_is_a_go_line() {
    assert_eq!(
        obsolete_rules(b"module example.com/inner\n\ngo\t1.20\n"),
        ["go-plus-build-obsolete"]
    );
    assert_eq!(
        obsolete_rules(b"module example.com/inner\r\n\r\ngo 1.20\r\n"),
        ["go-plus-build-obsolete"]
    );
    // The go command agrees that it is the module's go line.
    let Some(go) = go() else { return };
    let t = tree();
    write(t.path(), "go.mod", "module example.com/inner\n\ngo\t1.20\n");
    let out = Command::new(&go)
        .args(["mod", "edit", "-json"])
        .current_dir(t.path())
        .env("GOTOOLCHAIN", "local")
        .output()
        .unwrap();
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("\"Go\": \"1.20\""),
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn go_mod_comment_not_utf8_does_not_fall_back_to_the_parent_module() {
    let go_mod = b"// \xff\xfe not UTF-8\nmodule example.com/inner\n\ngo 1.20\n";
    assert_eq!(obsolete_rules(go_mod), ["go-plus-build-obsolete"]);
    // go targets: the import path is the inner module's, not the parent's.
    let t = tree();
    let d = t.path();
    write(d, "go.mod", "module example.com/outer\n\ngo 1.16\n");
    write(d, "inner/go.mod", go_mod);
    write(d, "inner/p/p.go", "package p\n");
    let r = compat_in(
        d,
        &["go", "targets", "-f", "json", "inner"],
        Duration::from_secs(30),
    );
    assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);
    let paths: Vec<String> = r.json()["targets"][0]["packages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["import_path"].as_str().unwrap_or("").to_owned())
        .collect();
    assert_eq!(paths, ["example.com/inner/p"]);
    let Some(go) = go() else { return };
    let cache = tree();
    let out = go_list(&go, &d.join("inner"), cache.path(), false);
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("/inner/p\""),
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}
