//! `--sysroot` contains every lookup (issue 9).
//!
//! Each test builds a root at test time with gcc-built libraries reached
//! through absolute and relative links, link chains, `..` that tries to climb
//! out, RUNPATH entries with `$ORIGIN` and with the mere text `ORIGIN`, and an
//! `etc/ld.so.cache` or `etc/ld.so.conf` that is itself a link
//! ([`compat_testkit::sysroot`]). Wherever a lookup resolved by the host
//! would leave the root, a **host decoy** waits at the path the host would
//! reach: a library with the same SONAME that lacks the symbol the program
//! needs. Choosing a decoy shows up twice: as `ld-symbol-unresolved`, and as
//! a loaded path outside the root.
//!
//! The same layouts run through the binary under strace in
//! `crates/compat/tests/contained.rs`, which proves no path outside the root
//! is even looked at.

#![allow(clippy::print_stderr)]

use std::path::Path;
use std::process::Command;
use std::sync::mpsc;
use std::time::Duration;

use compat_ld::{CheckOutcome, Checker, LoaderConfig};
use compat_testkit::sysroot::{hostile_root, inside, link, Libs, HOST_LDSO, HOST_LIBC};
use compat_testkit::Fixture;

fn sysroot(root: &Path) -> LoaderConfig {
    LoaderConfig {
        sysroot: Some(root.to_path_buf()),
        ..LoaderConfig::default()
    }
}

/// `Checker::new` within 30 s (a FIFO read would block forever).
/// Errors as their one-line message.
fn new_checker(config: LoaderConfig) -> Result<Checker, String> {
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(Checker::new(config).map_err(|e| e.to_string()));
    });
    rx.recv_timeout(Duration::from_secs(30))
        .expect("Checker::new did not finish within 30 s")
}

fn dump(o: &CheckOutcome) -> String {
    let mut s = format!("error: {:?}\nloaded: {:#?}\n", o.error, o.loaded);
    for f in &o.findings {
        s.push_str(&format!("{} {}\n", f.rule, f.message));
    }
    s
}

/// Every loaded library (after the program) is a file under `root`.
fn assert_all_inside(o: &CheckOutcome, root: &Path) {
    let root = std::fs::canonicalize(root).unwrap();
    for l in &o.loaded[1..] {
        let real = std::fs::canonicalize(l).unwrap();
        assert!(
            real.starts_with(&root),
            "{l} ({}) is outside the sysroot {}\n{}",
            real.display(),
            root.display(),
            dump(o)
        );
    }
}

fn mkdirs(p: &Path) -> &Path {
    std::fs::create_dir_all(p).unwrap();
    p
}

fn copy(src: &Path, dst: &Path) {
    mkdirs(dst.parent().unwrap());
    std::fs::copy(src, dst).unwrap();
}

fn have_host_libc() -> bool {
    if Path::new(HOST_LIBC).exists() && Path::new(HOST_LDSO).exists() {
        return true;
    }
    if std::env::var_os("CI").is_some_and(|v| !v.is_empty()) {
        panic!("{HOST_LIBC} is missing (CI is set, so this test does not skip)");
    }
    eprintln!("SKIPPED: no x86-64 glibc at {HOST_LIBC}");
    false
}

#[test]
fn every_lookup_stays_inside_the_sysroot() {
    if !have_host_libc() {
        return;
    }
    let l = hostile_root(true);
    let checker = new_checker(sysroot(&l.root)).unwrap();
    for app in [&l.app, &l.outside_app] {
        let o = checker.check(app, "app");
        assert!(o.error.is_none(), "{}", dump(&o));
        assert!(o.findings.is_empty(), "{}", dump(&o));
        // main, a, b, d, e, f, g, libc, ld.so.
        assert_eq!(o.loaded.len(), 9, "{}", dump(&o));
        assert_all_inside(&o, &l.root);
    }
    // Without the sysroot's containment the same program would take every
    // decoy: prove the decoys are where the host would look.
    let host = std::fs::canonicalize(l.fx.path()).unwrap();
    for x in "abdf".chars() {
        let decoy = host.join(format!("decoy/{x}/libcmp{x}.so.1"));
        assert!(decoy.is_file(), "{}", decoy.display());
    }
    let via_host = std::fs::canonicalize(l.root.join("usr/lib/x86_64-linux-gnu/libcmpa.so.1"));
    assert_eq!(
        via_host.unwrap(),
        host.join("decoy/a/libcmpa.so.1"),
        "the host resolves the absolute link to the decoy"
    );
}

#[test]
fn a_library_the_root_lacks_is_not_taken_from_the_host() {
    if !have_host_libc() {
        return;
    }
    // The root's libc.so.6 links to /usr/lib/x86_64-linux-gnu/libc.so.6,
    // which only the host has.
    let l = hostile_root(false);
    let checker = new_checker(sysroot(&l.root)).unwrap();
    let o = checker.check(&l.app, "app");
    let nf: Vec<_> = o
        .findings
        .iter()
        .filter(|f| f.rule == "ld-library-not-found")
        .collect();
    assert_eq!(nf.len(), 1, "{}", dump(&o));
    assert_eq!(nf[0].subject.library.as_deref(), Some("libc.so.6"));
    assert_all_inside(&o, &l.root);
}

#[test]
fn a_chain_longer_than_the_kernel_limit_stops_the_search_with_an_error() {
    let fx = Fixture::new();
    let root = std::fs::canonicalize(fx.path()).unwrap().join("root");
    let lib = fx
        .lib("libcmploop.so.1")
        .source("int loop_fn(void) { return 0; }\n")
        .soname("libcmploop.so.1")
        .build();
    let app = fx
        .exe("app")
        .source("int loop_fn(void);\nint main(void) { return loop_fn(); }\n")
        .link_lib(&lib)
        .build();
    copy(&lib, &root.join("opt/loop/libcmploop.so.1"));
    let lib_dir = mkdirs(&root.join("usr/lib/x86_64-linux-gnu")).to_path_buf();
    // 41 links: one more than the kernel follows (relative, so that the
    // host's kernel can be asked too).
    let mut prev = "opt/loop/libcmploop.so.1".to_owned();
    for i in 0..40 {
        link(&prev, &root.join(format!("l{i}")));
        prev = format!("l{i}");
    }
    link(
        &format!("../../../{prev}"),
        &lib_dir.join("libcmploop.so.1"),
    );
    // And a link to itself for a second library name.
    link("libcmpself.so.1", &lib_dir.join("libcmpself.so.1"));
    let checker = new_checker(sysroot(&root)).unwrap();
    let o = checker.check(&app, "app");
    let invalid: Vec<_> = o
        .findings
        .iter()
        .filter(|f| f.rule == "ld-library-invalid")
        .collect();
    assert_eq!(invalid.len(), 1, "{}", dump(&o));
    assert!(
        invalid[0]
            .message
            .contains("too many levels of symbolic links"),
        "{}",
        invalid[0].message
    );
    // The real kernel agrees: the chain does not open.
    let err = std::fs::File::open(lib_dir.join("libcmploop.so.1")).unwrap_err();
    assert_eq!(err.raw_os_error(), Some(40), "ELOOP: {err}");
}

#[test]
fn ld_so_conf_and_its_includes_are_read_inside_the_root() {
    let fx = Fixture::new();
    let host = std::fs::canonicalize(fx.path()).unwrap();
    let hx = host.to_str().unwrap();
    let root = host.join("root");
    let libs = Libs::build(&fx, "hi");
    let app = libs.app(&fx, "app", &[]);
    // etc/ld.so.conf is an absolute link; its include is relative to
    // /etc (ldconfig: the directory of the file as named); etc/conf.d is an
    // absolute link to a host path that holds a decoy configuration.
    link("/etc/real.conf", &root.join("etc/ld.so.conf"));
    std::fs::write(root.join("etc/real.conf"), "include conf.d/*.conf\n").unwrap();
    let conf_d = host.join("decoy/conf.d");
    link(conf_d.to_str().unwrap(), &root.join("etc/conf.d"));
    mkdirs(&inside(&root, &conf_d));
    std::fs::write(inside(&root, &conf_d).join("h.conf"), "/opt/h\n").unwrap();
    // An included file that is itself an absolute link.
    link("/etc/i-real.conf", &inside(&root, &conf_d).join("i.conf"));
    std::fs::write(root.join("etc/i-real.conf"), "/opt/i\n").unwrap();
    // A dot file the glob must not match.
    std::fs::write(
        inside(&root, &conf_d).join(".hidden.conf"),
        "/nonexistent\n",
    )
    .unwrap();
    mkdirs(&conf_d);
    std::fs::write(
        conf_d.join("h.conf"),
        format!("{hx}/decoy/h\n{hx}/decoy/i\n"),
    )
    .unwrap();
    libs.place(
        'h',
        &root.join("opt/h/libcmph.so.1"),
        &host.join("decoy/h/libcmph.so.1"),
    );
    libs.place(
        'i',
        &root.join("opt/i/libcmpi.so.1"),
        &host.join("decoy/i/libcmpi.so.1"),
    );
    let checker = new_checker(sysroot(&root)).unwrap();
    let o = checker.check(&app, "app");
    // libc is not in this root: that library is missing, no other.
    let rules: Vec<(&str, Option<&str>)> = o
        .findings
        .iter()
        .filter(|f| f.rule.starts_with("ld-library"))
        .map(|f| (f.rule.as_str(), f.subject.library.as_deref()))
        .collect();
    assert!(
        !o.findings.iter().any(|f| f.message.contains("_fn")),
        "{}",
        dump(&o)
    );
    assert_eq!(
        rules,
        [("ld-library-not-found", Some("libc.so.6"))],
        "{}",
        dump(&o)
    );
    assert_eq!(o.loaded.len(), 3, "{}", dump(&o));
    assert_all_inside(&o, &root);
}

/// `mknod PATH c 1 5` (a `/dev/zero` of the root's own); false when this
/// user may not (then the caller skips, unless CI is set).
fn mknod_zero(at: &Path) -> bool {
    mkdirs(at.parent().unwrap());
    let ok = Command::new("mknod")
        .arg(at)
        .args(["c", "1", "5"])
        .status()
        .is_ok_and(|s| s.success());
    if !ok {
        if std::env::var_os("CI").is_some_and(|v| !v.is_empty()) {
            panic!("mknod failed (CI is set, so this test does not skip; run it as root)");
        }
        eprintln!("SKIPPED: mknod needs root");
    }
    ok
}

fn mkfifo(at: &Path) {
    mkdirs(at.parent().unwrap());
    assert!(Command::new("mkfifo").arg(at).status().unwrap().success());
}

#[test]
fn a_fifo_cache_or_configuration_is_an_error_naming_it() {
    // ld.so would block opening a FIFO cache, ldconfig reading a FIFO
    // configuration: one line naming the file and its type, no hang.
    let fx = Fixture::new();
    let root = std::fs::canonicalize(fx.path()).unwrap();
    let cache = root.join("etc/ld.so.cache");
    mkfifo(&cache);
    let e = new_checker(sysroot(&root)).err().expect("a FIFO cache");
    assert!(
        e.starts_with(&format!("{}: is a FIFO", cache.display())) && !e.contains('\n'),
        "{e}"
    );
    std::fs::remove_file(&cache).unwrap();

    // No cache: the configuration's include names a FIFO (through a link).
    std::fs::write(
        root.join("etc/ld.so.conf"),
        "include /etc/ld.so.conf.d/*.conf\n",
    )
    .unwrap();
    let fifo = root.join("var/fifo");
    mkfifo(&fifo);
    link("/var/fifo", &root.join("etc/ld.so.conf.d/x.conf"));
    let e = new_checker(sysroot(&root)).err().expect("a FIFO included");
    assert!(
        e.starts_with(&root.join("etc/ld.so.conf.d/x.conf").display().to_string())
            && e.contains("is a FIFO")
            && !e.contains('\n'),
        "{e}"
    );
}

#[test]
fn a_dev_zero_cache_is_ignored_as_ld_so_ignores_it_and_a_dev_zero_conf_is_an_error() {
    let fx = Fixture::new();
    let root = std::fs::canonicalize(fx.path()).unwrap();
    if !mknod_zero(&root.join("dev/zero")) {
        return;
    }
    // The cache links to /dev/zero (inside the root: the root's own device).
    link("/dev/zero", &root.join("etc/ld.so.cache"));
    std::fs::write(root.join("etc/ld.so.conf"), "/opt/x\n").unwrap();
    let checker = new_checker(sysroot(&root)).expect("ld.so ignores a cache of size 0");
    let notes = checker.notes();
    assert_eq!(notes.len(), 1, "{notes:?}");
    assert!(
        notes[0].contains("etc/ld.so.cache") && notes[0].contains("is a character device"),
        "{notes:?}"
    );
    // ld.so.conf linking to /dev/zero: ldconfig would read it without end.
    std::fs::remove_file(root.join("etc/ld.so.conf")).unwrap();
    link("../dev/zero", &root.join("etc/ld.so.conf"));
    let e = new_checker(sysroot(&root))
        .err()
        .expect("a device as ld.so.conf");
    assert!(
        e.contains("etc/ld.so.conf") && e.contains("is a character device") && !e.contains('\n'),
        "{e}"
    );
}

#[test]
fn a_directory_or_garbage_cache_is_a_note() {
    let fx = Fixture::new();
    let root = std::fs::canonicalize(fx.path()).unwrap();
    mkdirs(&root.join("etc/ld.so.cache"));
    let checker = new_checker(sysroot(&root)).unwrap();
    assert!(
        checker.notes().iter().any(|n| n.contains("is a directory")),
        "{:?}",
        checker.notes()
    );
    std::fs::remove_dir(root.join("etc/ld.so.cache")).unwrap();
    std::fs::write(root.join("etc/ld.so.cache"), b"not a cache").unwrap();
    let checker = new_checker(sysroot(&root)).unwrap();
    assert!(
        checker
            .notes()
            .iter()
            .any(|n| n.contains("not an ld.so cache")),
        "{:?}",
        checker.notes()
    );
}
