//! ELF of every class and byte order: the glibc of six architectures, from
//! Debian's `libc6-*-cross` packages (installed by .ci/run), read, dumped and
//! checked on this x86-64 host.

#![allow(clippy::print_stderr)] // tests say what they skip

use std::path::{Path, PathBuf};
use std::process::Command;

/// (multiarch directory under /usr, class, endian, machine name in dumps)
const ARCHES: &[(&str, &str, &str, &str)] = &[
    ("aarch64-linux-gnu", "elf64", "little", "aarch64"),
    ("arm-linux-gnueabihf", "elf32", "little", "arm"),
    ("i686-linux-gnu", "elf32", "little", "i386"),
    ("powerpc64le-linux-gnu", "elf64", "little", "ppc64"),
    ("riscv64-linux-gnu", "elf64", "little", "riscv"),
    ("s390x-linux-gnu", "elf64", "big", "s390"),
];

fn compat(args: &[&str]) -> (i32, serde_json::Value) {
    let out = Command::new(env!("CARGO_BIN_EXE_compat"))
        .args(args)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    (
        out.status.code().unwrap(),
        serde_json::from_slice(&out.stdout).unwrap_or(serde_json::Value::Null),
    )
}

fn libdir(arch: &str) -> Option<PathBuf> {
    let d = Path::new("/usr").join(arch).join("lib");
    if d.join("libc.so.6").exists() {
        return Some(d);
    }
    assert!(
        std::env::var_os("CI").is_none(),
        "{} missing: .ci/run installs libc6-*-cross",
        d.display()
    );
    eprintln!("skipped {arch}: install Debian's libc6-{arch}-cross package");
    None
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

#[test]
fn dumps_every_class_and_byte_order() {
    for &(arch, class, endian, machine) in ARCHES {
        let Some(d) = libdir(arch) else { continue };
        let (code, dump) = compat(&["abi", "dump", s(&d.join("libm.so.6"))]);
        assert_eq!(code, 0, "{arch}");
        assert_eq!(dump["class"], class, "{arch}");
        assert_eq!(dump["endian"], endian, "{arch}");
        assert_eq!(dump["machine"], machine, "{arch}");
        assert_eq!(dump["soname"], "libm.so.6", "{arch}");
        assert!(dump["version_definitions"]
            .as_array()
            .unwrap()
            .iter()
            .any(
                |v| v["name"] == "GLIBC_2.27" || v["name"].as_str().unwrap().starts_with("GLIBC_")
            ));
        let undefined = dump["undefined"].as_array().unwrap();
        assert!(
            undefined.iter().any(|u| u["version_file"] == "libc.so.6"
                && !u["relocations"].as_array().unwrap().is_empty()),
            "{arch}: libm's references to libc carry versions and relocations"
        );
    }
}

#[test]
fn checks_foreign_architectures_with_their_own_libraries() {
    for &(arch, ..) in ARCHES {
        let Some(d) = libdir(arch) else { continue };
        let libm = d.join("libm.so.6");
        // With its own libc on the library path: everything binds.
        let (code, r) = compat(&["abi", "check", s(&libm), "-L", s(&d), "-f", "json"]);
        assert_eq!(code, 0, "{arch}: {r}");
        assert_eq!(r["summary"]["breaking"], 0, "{arch}");

        // Only this host's x86-64 libc is around: it is the wrong machine, so libc is not found.
        let (code, r) = compat(&["abi", "check", s(&libm), "-f", "json"]);
        assert_eq!(code, 1, "{arch}");
        let f = &r["findings"][0];
        assert_eq!(f["rule"], "ld-library-not-found", "{arch}");
        assert_eq!(f["subject"]["library"], "libc.so.6", "{arch}");

        // A library that is not libc standing in for it: libc's versions and symbols are missing.
        let fake = format!("libc.so.6={}", s(&d.join("libBrokenLocale.so.1")));
        let (code, r) = compat(&[
            "abi",
            "check",
            s(&libm),
            "-L",
            s(&d),
            "--lib",
            &fake,
            "-f",
            "json",
        ]);
        assert_eq!(code, 1, "{arch}");
        let rules: Vec<&str> = r["findings"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["rule"].as_str().unwrap())
            .collect();
        assert!(rules.contains(&"ld-version-not-found"), "{arch}: {rules:?}");
        assert!(rules.contains(&"ld-symbol-unresolved"), "{arch}: {rules:?}");
    }
}

#[test]
fn diff_across_architectures_is_breaking() {
    let (Some(a), Some(b)) = (libdir("s390x-linux-gnu"), libdir("powerpc64le-linux-gnu")) else {
        return;
    };
    let (code, r) = compat(&[
        "abi",
        "diff",
        s(&a.join("libm.so.6")),
        s(&b.join("libm.so.6")),
        "-f",
        "json",
    ]);
    assert_eq!(code, 1);
    assert_eq!(r["findings"][0]["rule"], "abi-architecture-changed");
    assert_eq!(r["verdict"], "major");
    // Same library, same architecture: nothing.
    let (code, r) = compat(&[
        "abi",
        "diff",
        s(&a.join("libm.so.6")),
        s(&a.join("libm.so.6")),
        "-f",
        "json",
    ]);
    assert_eq!(code, 0);
    assert_eq!(r["findings"].as_array().unwrap().len(), 0);
}

/// The notes of a report.
fn notes(r: &serde_json::Value) -> Vec<&str> {
    r["notes"]
        .as_array()
        .map(|n| n.iter().filter_map(|n| n.as_str()).collect())
        .unwrap_or_default()
}

/// A directory walk leaves out the files of an architecture this system
/// does not run (no libc.so.6 of it where ld.so looks), with a note, instead
/// of reporting each unbindable; given that architecture's libraries
/// (`-L`) they are checked, and so is everything when the root runs none of
/// the scan's architectures (an empty `--sysroot`).
#[cfg(target_arch = "x86_64")]
#[test]
fn a_directory_walk_leaves_out_an_architecture_the_system_does_not_run() {
    let Some(d) = libdir("aarch64-linux-gnu") else {
        return;
    };
    let fx = compat_testkit::Fixture::new();
    let tree = fx.join("tree");
    std::fs::create_dir(&tree).unwrap();
    std::fs::copy(d.join("libm.so.6"), tree.join("libm.so.6")).unwrap();
    let native = fx
        .lib("libnative.so.1")
        .source("#include <string.h>\nunsigned long n(const char *s) { return strlen(s); }\n")
        .build();
    std::fs::copy(&native, tree.join("libnative.so.1")).unwrap();

    let (code, r) = compat(&["abi", "check", s(&tree), "-f", "json"]);
    assert_eq!(code, 0, "{r}");
    assert_eq!(r["findings"], serde_json::json!([]), "{r}");
    let n = notes(&r);
    assert!(
        n.contains(&"checked 1 file; 0 skipped (static or not loadable)"),
        "{n:?}"
    );
    let left_out = format!("1 file under the directories left out, built for aarch64 (64-bit), which this system does not run (no libc.so.6 of it where ld.so looks): ld.so cannot start it here and nothing here loads it (first: {}/libm.so.6)", s(&tree));
    assert!(n.iter().any(|l| l.starts_with(&left_out)), "{n:?}");
    // The library left out is not counted as judged against hosts (it was
    // "1 that nothing in the scan loads against the possible hosts in it").
    assert!(
        !n.iter().any(|l| l.contains("against the possible hosts")),
        "{n:?}"
    );

    // With its own libc on the library path, aarch64 runs: checked, and it binds.
    let (code, r) = compat(&["abi", "check", s(&tree), "-L", s(&d), "-f", "json"]);
    assert_eq!(code, 0, "{r}");
    let n = notes(&r);
    assert!(
        n.contains(&"checked 2 files; 0 skipped (static or not loadable)"),
        "{n:?}"
    );
    assert!(!n.iter().any(|l| l.contains("left out")), "{n:?}");
    // Checked, the aarch64 libm loads its libc from -L: nothing to judge in
    // context.
    assert!(
        !n.iter().any(|l| l.contains("against the possible hosts")),
        "{n:?}"
    );

    // A root without any C library runs none of them: both are checked,
    // and neither finds its libc.
    let root = fx.join("root");
    std::fs::create_dir(&root).unwrap();
    let (code, r) = compat(&[
        "abi",
        "check",
        s(&tree),
        "--sysroot",
        s(&root),
        "-f",
        "json",
    ]);
    assert_eq!(code, 1, "{r}");
    let not_found: std::collections::BTreeSet<&str> = r["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["rule"] == "ld-library-not-found")
        .map(|f| f["subject"]["file"].as_str().unwrap())
        .collect();
    assert_eq!(not_found.len(), 2, "both files miss their libc: {r}");
    assert!(!notes(&r).iter().any(|l| l.contains("left out")), "{r}");
}
