//! The file-access rules, each proved on a hostile input built here: FIFOs,
//! device links, oversized files, planted symbolic links, missing
//! directories, foreign owners and files changed behind compat's back.

use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use compat_fs::{read, write_atomic, FileKind, FsError, Limit};

fn mkfifo(p: &Path) {
    let st = Command::new("mkfifo").arg(p).status().expect("run mkfifo");
    assert!(st.success());
}

fn names(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    v.sort();
    v
}

fn is_root() -> bool {
    std::fs::metadata("/proc/self")
        .map(|m| m.uid() == 0)
        .unwrap_or(false)
}

#[test]
fn a_fifo_is_refused_by_name_without_blocking() {
    let d = tempfile::tempdir().unwrap();
    let fifo = d.path().join("libx.so");
    mkfifo(&fifo);
    let t = Instant::now();
    for limit in [Limit::Elf, Limit::GoSource, Limit::Sniff] {
        let e = read(&fifo, limit).unwrap_err();
        assert!(
            matches!(
                e,
                FsError::NotRegular {
                    kind: FileKind::Fifo,
                    ..
                }
            ),
            "{e}"
        );
        assert_eq!(e.to_string(), format!("{}: is a FIFO", fifo.display()));
        assert_eq!(e.reason(), "is a FIFO");
    }
    assert!(compat_fs::map(&fifo, Limit::Elf).is_err());
    assert!(t.elapsed() < Duration::from_secs(5));
}

#[test]
fn a_link_to_dev_zero_is_refused() {
    let d = tempfile::tempdir().unwrap();
    let link = d.path().join("x.go");
    std::os::unix::fs::symlink("/dev/zero", &link).unwrap();
    let e = read(&link, Limit::GoSource).unwrap_err();
    assert_eq!(e.reason(), "is a character device");
    let e = compat_fs::map(&link, Limit::Elf).unwrap_err();
    assert_eq!(e.reason(), "is a character device");
    let e = read(d.path(), Limit::GoMod).unwrap_err();
    assert_eq!(e.reason(), "is a directory");
}

#[test]
fn a_missing_file_says_so() {
    let d = tempfile::tempdir().unwrap();
    let e = read(&d.path().join("nope"), Limit::Dump).unwrap_err();
    assert!(e.is_not_found(), "{e}");
    assert!(e.reason().starts_with("cannot read: "), "{e}");
}

#[test]
fn files_beyond_their_purpose_cap_are_refused() {
    let d = tempfile::tempdir().unwrap();
    let big = d.path().join("go.mod");
    let f = std::fs::File::create(&big).unwrap();
    // Sparse: no disk space, no memory.
    f.set_len(Limit::GoMod.bytes() + 1).unwrap();
    let e = read(&big, Limit::GoMod).unwrap_err();
    assert!(matches!(e, FsError::TooLarge { .. }), "{e}");
    assert!(e.reason().contains("too large for a go.mod file"), "{e}");
    // Sniffing reads the first bytes only, whatever the size.
    assert_eq!(
        read(&big, Limit::Sniff).unwrap().len() as u64,
        Limit::Sniff.bytes()
    );
}

#[test]
fn a_planted_link_at_a_guessable_name_is_never_written_through() {
    let d = tempfile::tempdir().unwrap();
    let victim = d.path().join("victim");
    std::fs::write(&victim, "precious").unwrap();
    let out = d.path().join("report.json");
    // The names older versions used, and a spread of plausible ones.
    for name in [
        format!(".report.json.compat-tmp-{}", std::process::id()),
        ".report.json.compat-tmp".to_owned(),
        ".report.json.tmp".to_owned(),
    ] {
        std::os::unix::fs::symlink(&victim, d.path().join(name)).unwrap();
    }
    write_atomic(&out, b"{}\n").unwrap();
    assert_eq!(std::fs::read_to_string(&victim).unwrap(), "precious");
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "{}\n");
    // Only the planted links and the two files: no temporary file left.
    assert_eq!(names(d.path()).len(), 5, "{:?}", names(d.path()));
}

#[test]
fn an_output_that_is_a_link_to_a_file_is_refused() {
    let d = tempfile::tempdir().unwrap();
    let victim = d.path().join("victim");
    std::fs::write(&victim, "precious").unwrap();
    let out = d.path().join("baseline.json");
    std::os::unix::fs::symlink(&victim, &out).unwrap();
    let e = write_atomic(&out, b"overwritten").unwrap_err();
    assert!(e.reason().contains("symbolic link"), "{e}");
    assert_eq!(std::fs::read_to_string(&victim).unwrap(), "precious");
    // A dangling link too (it would create the target).
    let dangling = d.path().join("dangling.json");
    std::os::unix::fs::symlink(d.path().join("created"), &dangling).unwrap();
    assert!(write_atomic(&dangling, b"x").is_err());
    assert!(!d.path().join("created").exists());
}

#[test]
fn devices_and_fifos_are_written_in_place() {
    write_atomic(Path::new("/dev/null"), b"discarded").unwrap();
    assert!(std::fs::metadata("/dev/null")
        .unwrap()
        .file_type()
        .is_char_device_like());
    // A FIFO with a reader: the bytes go through it, the FIFO stays.
    let d = tempfile::tempdir().unwrap();
    let fifo = d.path().join("pipe");
    mkfifo(&fifo);
    let reader = {
        let fifo = fifo.clone();
        std::thread::spawn(move || std::fs::read(fifo).unwrap())
    };
    write_atomic(&fifo, b"through").unwrap();
    assert_eq!(reader.join().unwrap(), b"through");
    assert!(std::fs::symlink_metadata(&fifo)
        .unwrap()
        .file_type()
        .is_fifo_like());
}

trait KindExt {
    fn is_char_device_like(&self) -> bool;
    fn is_fifo_like(&self) -> bool;
}

impl KindExt for std::fs::FileType {
    fn is_char_device_like(&self) -> bool {
        std::os::unix::fs::FileTypeExt::is_char_device(self)
    }
    fn is_fifo_like(&self) -> bool {
        std::os::unix::fs::FileTypeExt::is_fifo(self)
    }
}

#[test]
fn bad_output_paths_fail_cleanly() {
    let d = tempfile::tempdir().unwrap();
    // Missing directory: the file asked for, once, without the temporary
    // file's name or the OS error said twice (as `{:#}` prints a chain).
    let out = d.path().join("no/such/dir/out.json");
    let e = write_atomic(&out, b"x").unwrap_err();
    assert_eq!(
        e.to_string(),
        format!(
            "{}: cannot write: No such file or directory (os error 2)",
            out.display()
        )
    );
    assert!(std::error::Error::source(&e).is_none(), "{e:?}");
    // Trailing slash.
    let slash = PathBuf::from(format!("{}/out/", d.path().display()));
    let e = write_atomic(&slash, b"x").unwrap_err();
    assert!(e.reason().contains("ends with `/`"), "{e}");
    // A directory.
    let e = write_atomic(d.path(), b"x").unwrap_err();
    assert_eq!(e.reason(), "is a directory");
    // A parent that is a file.
    let file = d.path().join("plain");
    std::fs::write(&file, "keep").unwrap();
    assert!(write_atomic(&file.join("out.json"), b"x").is_err());
    assert_eq!(names(d.path()), vec!["plain"]);
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "keep");
}

#[test]
fn mode_of_an_existing_output_is_kept_and_new_files_follow_the_umask() {
    let d = tempfile::tempdir().unwrap();
    let out = d.path().join("out.txt");
    std::fs::write(&out, "old").unwrap();
    std::fs::set_permissions(&out, std::fs::Permissions::from_mode(0o640)).unwrap();
    write_atomic(&out, b"new").unwrap();
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "new");
    assert_eq!(std::fs::metadata(&out).unwrap().mode() & 0o7777, 0o640);

    let umask = std::fs::read_to_string("/proc/self/status")
        .unwrap()
        .lines()
        .find_map(|l| l.strip_prefix("Umask:"))
        .map(|v| u32::from_str_radix(v.trim(), 8).unwrap())
        .unwrap();
    let fresh = d.path().join("fresh.txt");
    write_atomic(&fresh, b"x").unwrap();
    assert_eq!(
        std::fs::metadata(&fresh).unwrap().mode() & 0o777,
        0o666 & !umask
    );
}

#[test]
fn a_rewrite_keeps_a_foreign_owner() {
    // Only root can own a file as someone else; as any other user the
    // refusal path is covered by `a_rewrite_refuses_unwritable_files`.
    if !is_root() {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI runs these tests as root"
        );
        return;
    }
    let d = tempfile::tempdir().unwrap();
    let f = d.path().join("x.go");
    std::fs::write(&f, "package x\n").unwrap();
    std::os::unix::fs::chown(&f, Some(65534), Some(65534)).unwrap();
    std::fs::set_permissions(&f, std::fs::Permissions::from_mode(0o664)).unwrap();
    let (_, seen) = compat_fs::read_for_rewrite(&f, Limit::GoSource).unwrap();
    compat_fs::replace_in_tree(&f, d.path(), &seen, b"package y\n").unwrap();
    let m = std::fs::metadata(&f).unwrap();
    assert_eq!((m.uid(), m.gid(), m.mode() & 0o7777), (65534, 65534, 0o664));
    assert_eq!(std::fs::read_to_string(&f).unwrap(), "package y\n");
}

#[test]
fn a_rewrite_never_leaves_the_tree() {
    let outside = tempfile::tempdir().unwrap();
    let victim = outside.path().join("victim.go");
    std::fs::write(&victim, "package victim\n").unwrap();
    let tree = tempfile::tempdir().unwrap();
    let link = tree.path().join("x.go");
    std::os::unix::fs::symlink(&victim, &link).unwrap();
    let (_, seen) = compat_fs::read_for_rewrite(&link, Limit::GoSource).unwrap();
    let e = compat_fs::replace_in_tree(&link, tree.path(), &seen, b"package evil\n").unwrap_err();
    assert!(e.reason().contains("outside the tree"), "{e}");
    assert_eq!(
        std::fs::read_to_string(&victim).unwrap(),
        "package victim\n"
    );

    // A link within the tree is followed: the target is rewritten, the link stays.
    let real = tree.path().join("real.go");
    std::fs::write(&real, "package a\n").unwrap();
    let inner = tree.path().join("inner.go");
    std::os::unix::fs::symlink("real.go", &inner).unwrap();
    let (_, seen) = compat_fs::read_for_rewrite(&inner, Limit::GoSource).unwrap();
    compat_fs::replace_in_tree(&inner, tree.path(), &seen, b"package b\n").unwrap();
    assert_eq!(std::fs::read_to_string(&real).unwrap(), "package b\n");
    assert!(std::fs::symlink_metadata(&inner)
        .unwrap()
        .file_type()
        .is_symlink());
}

#[test]
fn a_rewrite_does_not_lose_a_concurrent_change() {
    let tree = tempfile::tempdir().unwrap();
    let f = tree.path().join("x.go");
    std::fs::write(&f, "package x\n").unwrap();
    let (_, seen) = compat_fs::read_for_rewrite(&f, Limit::GoSource).unwrap();
    // Someone saves the file while compat works on it.
    std::fs::write(&f, "package x // edited\n").unwrap();
    let e = compat_fs::replace_in_tree(&f, tree.path(), &seen, b"package fixed\n").unwrap_err();
    assert!(e.reason().contains("changed since compat read it"), "{e}");
    assert_eq!(
        std::fs::read_to_string(&f).unwrap(),
        "package x // edited\n"
    );
    assert_eq!(names(tree.path()), vec!["x.go"]);
}

#[test]
fn a_rewrite_refuses_unwritable_files() {
    // A read-only file on a read-only bind is out of reach for tests; a file
    // the user may not open for writing is the common case. As root, every
    // file is writable, so this runs as `nobody` through the helper binary
    // in crates/compat/tests/hostile.rs; here the non-root path.
    if is_root() {
        return;
    }
    let tree = tempfile::tempdir().unwrap();
    let f = tree.path().join("x.go");
    std::fs::write(&f, "package x\n").unwrap();
    std::fs::set_permissions(&f, std::fs::Permissions::from_mode(0o444)).unwrap();
    let (_, seen) = compat_fs::read_for_rewrite(&f, Limit::GoSource).unwrap();
    let e = compat_fs::replace_in_tree(&f, tree.path(), &seen, b"package y\n").unwrap_err();
    assert!(e.reason().contains("cannot be written"), "{e}");
    assert_eq!(std::fs::read_to_string(&f).unwrap(), "package x\n");
}
