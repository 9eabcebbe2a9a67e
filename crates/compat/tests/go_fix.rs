//! `compat go buildtags --fix` / `--diff` through the binary: what is
//! written (and what is not), permission bits, the diff, exit statuses.

use std::path::Path;
use std::time::{Duration, SystemTime};

mod common;
use common::{finish, Run};

fn compat(args: &[&str], dir: &Path) -> Run {
    finish(
        common::compat_cmd()
            .args(args)
            .current_dir(dir)
            .env("NO_COLOR", "1")
            .output()
            .unwrap(),
    )
}

const PLUS_ONLY: &str = "// +build linux\n\npackage p\n\nfunc f() {}\n";
const CLEAN: &str = "//go:build linux\n// +build linux\n\npackage p\n";

/// A tree: `old/` (no go.mod: +build lines kept), `m/` (go 1.18).
fn tree() -> tempfile::TempDir {
    let t = tempfile::tempdir().unwrap();
    let old = t.path().join("old");
    let m = t.path().join("m");
    std::fs::create_dir_all(&old).unwrap();
    std::fs::create_dir_all(&m).unwrap();
    std::fs::write(old.join("a.go"), PLUS_ONLY).unwrap();
    std::fs::write(old.join("clean.go"), CLEAN).unwrap();
    std::fs::write(m.join("go.mod"), "module example.com/m\n\ngo 1.18\n").unwrap();
    std::fs::write(m.join("b.go"), CLEAN).unwrap();
    t
}

fn set_old_mtime(p: &Path) -> SystemTime {
    let old = SystemTime::now() - Duration::from_secs(86_400);
    let f = std::fs::File::options().write(true).open(p).unwrap();
    f.set_modified(old).unwrap();
    std::fs::metadata(p).unwrap().modified().unwrap()
}

#[test]
fn fix_rewrites_only_what_needs_it() {
    let t = tree();
    let d = t.path();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(d.join("old/a.go"), std::fs::Permissions::from_mode(0o600))
            .unwrap();
    }
    let clean_mtime = set_old_mtime(&d.join("old/clean.go"));
    let r = compat(&["go", "buildtags", "--fix", "-f", "json", "."], d);
    assert_eq!(r.code, 0, "{}\n{}", r.stdout, r.stderr);
    assert_eq!(
        std::fs::read_to_string(d.join("old/a.go")).unwrap(),
        "//go:build linux\n// +build linux\n\npackage p\n\nfunc f() {}\n"
    );
    assert_eq!(
        std::fs::read_to_string(d.join("m/b.go")).unwrap(),
        "//go:build linux\n\npackage p\n"
    );
    assert_eq!(
        std::fs::read_to_string(d.join("old/clean.go")).unwrap(),
        CLEAN
    );
    assert_eq!(
        std::fs::metadata(d.join("old/clean.go"))
            .unwrap()
            .modified()
            .unwrap(),
        clean_mtime,
        "an unchanged file was rewritten"
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(d.join("old/a.go"))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    let json: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    let notes = json["notes"].to_string();
    assert!(
        notes.contains("a.go: build-constraint lines rewritten"),
        "{notes}"
    );
    // No temporary files left behind.
    for sub in ["old", "m"] {
        for e in std::fs::read_dir(d.join(sub)).unwrap() {
            let n = e.unwrap().file_name().to_string_lossy().into_owned();
            assert!(!n.starts_with('.'), "left behind: {n}");
        }
    }
    // A second run changes nothing.
    let mtimes: Vec<_> = ["old/a.go", "m/b.go"]
        .iter()
        .map(|p| set_old_mtime(&d.join(p)))
        .collect();
    let r2 = compat(&["go", "buildtags", "--fix", "."], d);
    assert_eq!(r2.code, 0, "{}", r2.stdout);
    assert!(!r2.stdout.contains("rewritten"), "{}", r2.stdout);
    for (p, m) in ["old/a.go", "m/b.go"].iter().zip(mtimes) {
        assert_eq!(
            std::fs::metadata(d.join(p)).unwrap().modified().unwrap(),
            m,
            "{p}"
        );
    }
}

#[test]
fn diff_prints_patch_and_writes_nothing() {
    let t = tree();
    let d = t.path();
    let r = compat(&["go", "buildtags", "--diff", "old", "m"], d);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert_eq!(
        r.stdout,
        "--- a/old/a.go\n+++ b/old/a.go\n@@ -1,3 +1,4 @@\n+//go:build linux\n // +build linux\n \n package p\n\
         --- a/m/b.go\n+++ b/m/b.go\n@@ -1,4 +1,3 @@\n //go:build linux\n-// +build linux\n \n package p\n"
    );
    assert_eq!(
        std::fs::read_to_string(d.join("old/a.go")).unwrap(),
        PLUS_ONLY
    );
    assert_eq!(std::fs::read_to_string(d.join("m/b.go")).unwrap(), CLEAN);
    // After --fix there is nothing left to show.
    assert_eq!(compat(&["go", "buildtags", "--fix", "old", "m"], d).code, 0);
    let r = compat(&["go", "buildtags", "--diff", "old", "m"], d);
    assert_eq!((r.code, r.stdout.as_str()), (0, ""), "{}", r.stderr);
}

#[test]
fn refused_files_are_left_alone_and_reported() {
    let t = tempfile::tempdir().unwrap();
    let d = t.path();
    let src = "package p\n\nvar x = 1 // +build linux\nvar y = 2\n";
    std::fs::write(d.join("a.go"), src).unwrap();
    let r = compat(&["go", "buildtags", "--fix", "-f", "json", "."], d);
    // --fix could not do its job for the file: exit status 2, the file
    // untouched and still linted.
    assert_eq!(r.code, 2, "{}\n{}", r.stdout, r.stderr);
    assert!(r.stderr.contains("left unchanged"), "{}", r.stderr);
    let json: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    assert!(
        json["errors"].to_string().contains("3:11: left unchanged"),
        "{json}"
    );
    assert_eq!(std::fs::read_to_string(d.join("a.go")).unwrap(), src);
    let r = compat(&["go", "buildtags", "--diff", "."], d);
    assert_eq!((r.code, r.stdout.as_str()), (2, ""));
    assert!(r.stderr.contains("left unchanged"), "{}", r.stderr);
}

#[test]
fn fix_and_diff_exclude_each_other() {
    let t = tree();
    let r = compat(&["go", "buildtags", "--fix", "--diff", "."], t.path());
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains("cannot be used with"), "{}", r.stderr);
    assert_eq!(
        std::fs::read_to_string(t.path().join("old/a.go")).unwrap(),
        PLUS_ONLY
    );
}

#[test]
fn unreadable_path_is_exit_2() {
    let t = tree();
    let r = compat(&["go", "buildtags", "--diff", "missing"], t.path());
    assert_eq!(r.code, 2, "{}", r.stderr);
}
