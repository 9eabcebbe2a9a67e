//! `compat_check::git::RevPath`: `REV:PATH` arguments read as `git show` reads them, in a real
//! repository with a subdirectory.

use std::path::Path;
use std::process::Command;

use compat_check::git::RevPath;

/// `git ARGS` in `dir`, which must succeed.
fn run(dir: &Path, args: &[&str]) {
    let out = Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(["-c", "user.name=t", "-c", "user.email=t@example.invalid"])
        .args(args)
        .output()
        .expect("git runs");
    assert!(out.status.success(), "git {args:?}: {out:?}");
}

#[test]
fn rev_paths_are_read_as_git_reads_them() {
    let d = tempfile::tempdir().unwrap();
    let root = d.path().canonicalize().unwrap();
    let sub = root.join("svc/api");
    std::fs::create_dir_all(&sub).unwrap();
    std::fs::write(root.join("a.json"), "root\n").unwrap();
    std::fs::write(sub.join("a.json"), "sub\n").unwrap();
    std::fs::write(sub.join("x:y.json"), "file\n").unwrap();
    run(&root, &["init", "-q", "-b", "main"]);
    run(&root, &["add", "."]);
    run(&root, &["commit", "-q", "-m", "v1"]);
    let at = |arg: &str, cwd: &Path| RevPath::parse(arg, cwd).map(|r| r.map(|r| r.path));
    // From the root unless ./ or ../ starts it, as `git show` reads it.
    assert_eq!(at("main:a.json", &sub), Some(Ok("a.json".into())));
    assert_eq!(at("main:./a.json", &sub), Some(Ok("svc/api/a.json".into())));
    assert_eq!(
        at("main:../api/./a.json", &sub),
        Some(Ok("svc/api/a.json".into()))
    );
    assert_eq!(at("main:../../a.json", &sub), Some(Ok("a.json".into())));
    assert_eq!(
        at("main:svc/x/../api/a.json", &root),
        Some(Ok("svc/api/a.json".into()))
    );
    // And git agrees: the bytes are the ones `git show` gives in that directory.
    let read = |arg: &str| RevPath::parse(arg, &sub).unwrap().unwrap().read().unwrap();
    assert_eq!(read("main:./a.json"), b"sub\n");
    assert_eq!(read("main:a.json"), b"root\n");
    // Leaving the repository is refused, naming the path.
    let out = at("main:../../../a.json", &sub).unwrap().unwrap_err();
    assert!(
        out.contains("../../../a.json") && out.contains("outside the repository"),
        "{out}"
    );
    // Not REV:PATH: an existing file with a `:`, no revision, no path, no repository.
    assert_eq!(at("x:y.json", &sub), None);
    assert_eq!(at(":a.json", &sub), None);
    assert_eq!(at("main:", &sub), None);
    let elsewhere = tempfile::tempdir().unwrap();
    assert_eq!(at("main:a.json", elsewhere.path()), None);
}
