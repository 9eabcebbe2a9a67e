//! Issue 9 through the binary: what compat opens and how it writes, each
//! case with its hostile input built here. Permission cases run as `nobody`
//! (through `setpriv`) when the tests run as root, as in CI.

use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

mod common;
use common::{compat_cmd, finish, Run};

const LIBC: &str = "/lib/x86_64-linux-gnu/libc.so.6";

fn s(p: &Path) -> &str {
    p.to_str().expect("UTF-8 temp path")
}

/// Runs `cmd` and fails the test if it does not finish within 30 s (a
/// FIFO opened for reading would block forever).
fn bounded(mut cmd: Command) -> Run {
    let mut child = cmd
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run compat");
    let start = Instant::now();
    while child.try_wait().expect("wait").is_none() {
        if start.elapsed() > Duration::from_secs(30) {
            let _ = child.kill();
            panic!("compat did not finish within 30 s: {cmd:?}");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    finish(child.wait_with_output().expect("collect output"))
}

fn run(args: &[&str]) -> Run {
    let mut c = compat_cmd();
    c.args(args);
    bounded(c)
}

fn mkfifo(p: &Path) {
    assert!(Command::new("mkfifo").arg(p).status().unwrap().success());
}

fn is_root() -> bool {
    std::fs::metadata("/proc/self").is_ok_and(|m| m.uid() == 0)
}

fn leftovers(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("compat-tmp"))
        .collect()
}

#[test]
fn a_failed_dump_leaves_the_baseline_alone() {
    let d = tempfile::tempdir().unwrap();
    let base = d.path().join("base.json");
    std::fs::write(&base, "{\"committed\": true}\n").unwrap();
    let missing = d.path().join("missing.so");
    let fifo = d.path().join("fifo.so");
    mkfifo(&fifo);
    for (input, says) in [(&missing, "No such file"), (&fifo, "is a FIFO")] {
        for fmt in ["json", "text", "markdown", "sarif"] {
            let r = run(&["abi", "dump", s(input), "-o", s(&base), "-f", fmt]);
            assert_eq!(r.code, 2, "{fmt}: {}", r.stderr);
            let lines = r.stderr_lines();
            assert_eq!(lines.len(), 1, "{}", r.stderr);
            assert!(lines[0].contains(s(input)) && lines[0].contains(says), "{}", r.stderr);
            assert_eq!(
                std::fs::read_to_string(&base).unwrap(),
                "{\"committed\": true}\n",
                "{fmt}: the baseline was replaced"
            );
        }
    }
    assert!(leftovers(d.path()).is_empty());
}

#[test]
fn a_link_to_dev_zero_is_refused_not_read() {
    let d = tempfile::tempdir().unwrap();
    let zero = d.path().join("libzero.so");
    std::os::unix::fs::symlink("/dev/zero", &zero).unwrap();
    for args in [
        vec!["abi", "dump", s(&zero)],
        vec!["abi", "diff", s(&zero), LIBC],
        vec!["abi", "check", s(&zero)],
    ] {
        let mut c = compat_cmd();
        c.args(&args);
        // 256 MiB of address space: reading /dev/zero would exhaust it.
        let mut limited = Command::new("prlimit");
        limited
            .arg("--as=268435456")
            .arg(c.get_program())
            .args(c.get_args());
        let r = bounded(limited);
        assert_eq!(r.code, 2, "{args:?}: {}{}", r.stdout, r.stderr);
        assert!(r.stderr.contains("is a character device"), "{}", r.stderr);
    }
}

#[test]
fn a_full_disk_keeps_the_old_output_and_no_temporary_file() {
    let d = tempfile::tempdir().unwrap();
    let out = d.path().join("libc.json");
    std::fs::write(&out, "old\n").unwrap();
    // A file-size limit of 64 KiB: libc's dump (megabytes) fails with EFBIG
    // part-way through, as on a full disk.
    let r = bounded({
        let mut c = Command::new("prlimit");
        c.args(["--fsize=65536", env!("CARGO_BIN_EXE_compat")])
            .args(["abi", "dump", "--no-types", LIBC, "-o", s(&out)]);
        c
    });
    assert_eq!(r.code, 2, "{}{}", r.stdout, r.stderr);
    assert!(r.stderr.contains(s(d.path())), "{}", r.stderr);
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "old\n");
    assert!(leftovers(d.path()).is_empty(), "{:?}", leftovers(d.path()));
}

#[test]
fn a_partial_text_report_does_not_replace_the_last_one() {
    let d = tempfile::tempdir().unwrap();
    let missing = d.path().join("missing.so");
    let txt = d.path().join("report.txt");
    std::fs::write(&txt, "last good report\n").unwrap();
    let r = run(&["abi", "diff", s(&missing), LIBC, "-o", s(&txt)]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("not written"), "{}", r.stderr);
    assert_eq!(std::fs::read_to_string(&txt).unwrap(), "last good report\n");
    // SARIF and JSON consumers expect the document, errors inside.
    let sarif = d.path().join("report.sarif");
    let r = run(&["abi", "diff", s(&missing), LIBC, "-f", "sarif", "-o", s(&sarif)]);
    assert_eq!(r.code, 2);
    let doc: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&sarif).unwrap()).unwrap();
    assert!(doc.to_string().contains("missing.so"), "{doc}");
}

#[test]
fn diff_output_reflects_this_run_even_when_empty() {
    let d = tempfile::tempdir().unwrap();
    std::fs::write(d.path().join("go.mod"), "module m\n\ngo 1.21\n").unwrap();
    std::fs::write(d.path().join("a.go"), "//go:build linux\n\npackage a\n").unwrap();
    let patch = d.path().join("fix.patch");
    std::fs::write(&patch, "--- a/old.go\n+++ b/old.go\n@@ stale @@\n").unwrap();
    let r = run(&["go", "buildtags", "--diff", s(d.path()), "-o", s(&patch)]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(std::fs::read_to_string(&patch).unwrap(), "");
}

/// A copy of the binary any user may run (the build tree may sit under a
/// private home directory).
fn public_binary(dir: &Path) -> PathBuf {
    let bin = dir.join("compat");
    std::fs::copy(env!("CARGO_BIN_EXE_compat"), &bin).unwrap();
    std::fs::set_permissions(&bin, std::fs::Permissions::from_mode(0o755)).unwrap();
    bin
}

/// `compat args` as `nobody` when root (the permission cases need a user
/// the kernel holds to permissions), else as the current user.
fn as_unprivileged(bin: &Path, args: &[&str]) -> Run {
    let mut c = if is_root() {
        let mut c = Command::new("setpriv");
        c.args(["--reuid=nobody", "--regid=nogroup", "--clear-groups"])
            .arg(bin);
        c
    } else {
        Command::new(bin)
    };
    c.args(args);
    bounded(c)
}

#[test]
fn fix_refuses_files_the_user_cannot_write() {
    let d = tempfile::tempdir().unwrap();
    std::fs::set_permissions(d.path(), std::fs::Permissions::from_mode(0o777)).unwrap();
    let bin = public_binary(d.path());
    let tree = d.path().join("tree");
    std::fs::create_dir(&tree).unwrap();
    // The directory is writable by everyone (so rename would succeed), the
    // file is not writable by the user: 0644 owned by root as root runs the
    // test and `nobody` runs compat; 0444 otherwise.
    std::fs::set_permissions(&tree, std::fs::Permissions::from_mode(0o777)).unwrap();
    let f = tree.join("a.go");
    let src = "// +build linux\n\npackage a\n";
    std::fs::write(&f, src).unwrap();
    let mode = if is_root() { 0o644 } else { 0o444 };
    std::fs::set_permissions(&f, std::fs::Permissions::from_mode(mode)).unwrap();
    let before = std::fs::metadata(&f).unwrap();
    let r = as_unprivileged(&bin, &["go", "buildtags", "--fix", s(&tree)]);
    assert_eq!(r.code, 2, "{}{}", r.stdout, r.stderr);
    assert!(r.stderr.contains("cannot be written"), "{}", r.stderr);
    let after = std::fs::metadata(&f).unwrap();
    assert_eq!(std::fs::read_to_string(&f).unwrap(), src);
    assert_eq!((after.ino(), after.uid()), (before.ino(), before.uid()));
    assert!(leftovers(&tree).is_empty());
}

#[test]
fn fix_never_writes_through_a_link_out_of_the_tree() {
    let outside = tempfile::tempdir().unwrap();
    let victim = outside.path().join("victim.go");
    let src = "// +build linux\n\npackage victim\n";
    std::fs::write(&victim, src).unwrap();
    let tree = tempfile::tempdir().unwrap();
    std::os::unix::fs::symlink(&victim, tree.path().join("a.go")).unwrap();
    let r = run(&["go", "buildtags", "--fix", s(tree.path())]);
    assert_eq!(r.code, 2, "{}{}", r.stdout, r.stderr);
    assert!(r.stderr.contains("outside the tree"), "{}", r.stderr);
    assert_eq!(std::fs::read_to_string(&victim).unwrap(), src);
}

#[test]
fn output_through_a_planted_link_is_refused() {
    let d = tempfile::tempdir().unwrap();
    let victim = d.path().join("victim");
    std::fs::write(&victim, "precious\n").unwrap();
    let out = d.path().join("report.json");
    std::os::unix::fs::symlink(&victim, &out).unwrap();
    let r = run(&["abi", "dump", "--no-types", LIBC, "-o", s(&out)]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains("symbolic link"), "{}", r.stderr);
    assert_eq!(std::fs::read_to_string(&victim).unwrap(), "precious\n");
}
