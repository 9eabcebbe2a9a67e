//! Issue 9 through the binary: what compat opens and how it writes, each
//! case with its hostile input built here. Permission cases run as `nobody`
//! (through `setpriv`) when the tests run as root, as in CI.

use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

mod common;
use common::{compat_cmd, finish, is_root, mkfifo, wait_bounded, Run};

const LIBC: &str = "/lib/x86_64-linux-gnu/libc.so.6";

fn s(p: &Path) -> &str {
    p.to_str().expect("UTF-8 temp path")
}

/// Runs `cmd`, failing the test if it does not finish within 30 s.
fn bounded(cmd: Command) -> Run {
    finish(wait_bounded(cmd, Duration::from_secs(30)).0)
}

fn run(args: &[&str]) -> Run {
    let mut c = compat_cmd();
    c.args(args);
    bounded(c)
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
            assert!(
                lines[0].contains(s(input)) && lines[0].contains(says),
                "{}",
                r.stderr
            );
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
    let r = run(&[
        "abi",
        "diff",
        s(&missing),
        LIBC,
        "-f",
        "sarif",
        "-o",
        s(&sarif),
    ]);
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

/// The sections of a little-endian ELF64 file of type `sh_type`: (offset, size).
fn sections_of(bytes: &[u8], sh_type: u32) -> Vec<(usize, usize)> {
    let u16_at = |o: usize| u16::from_le_bytes(bytes[o..o + 2].try_into().unwrap()) as usize;
    let u32_at = |o: usize| u32::from_le_bytes(bytes[o..o + 4].try_into().unwrap());
    let u64_at = |o: usize| u64::from_le_bytes(bytes[o..o + 8].try_into().unwrap()) as usize;
    let (shoff, shentsize, shnum) = (u64_at(0x28), u16_at(0x3a), u16_at(0x3c));
    (0..shnum)
        .map(|i| shoff + i * shentsize)
        .filter(|&sh| u32_at(sh + 4) == sh_type)
        .map(|sh| (u64_at(sh + 0x18), u64_at(sh + 0x20)))
        .collect()
}

#[test]
fn symbols_sharing_one_long_name_share_one_copy() {
    // The linker writes each name once, so the hostile file is made by
    // rewriting a real one: 20,000 exported functions whose `.dynsym`
    // entries are then pointed at one 256 KiB name (5 GiB if each symbol
    // copied it).
    let d = tempfile::tempdir().unwrap();
    let long = "n".repeat(256 << 10);
    let mut asm = format!(".text\n.globl {long}\n.type {long},@function\n{long}: ret\n");
    for i in 0..20_000 {
        asm.push_str(&format!(".globl f{i}\n.type f{i},@function\nf{i}: ret\n"));
    }
    let (src, lib) = (d.path().join("many.s"), d.path().join("libshared.so"));
    std::fs::write(&src, asm).unwrap();
    // Stripped: `.dynstr` is then the largest string table.
    assert!(Command::new("gcc")
        .args(["-shared", "-nostdlib", "-Wl,-s", "-o"])
        .arg(&lib)
        .arg(&src)
        .status()
        .unwrap()
        .success());
    let mut bytes = std::fs::read(&lib).unwrap();
    const SHT_DYNSYM: u32 = 11;
    let (off, size) = sections_of(&bytes, SHT_DYNSYM)[0];
    let dynstr_len = sections_of(&bytes, 3).iter().map(|s| s.1).max().unwrap();
    // Find the long name's st_name: the symbol whose name runs longest.
    let entries: Vec<usize> = (off + 24..off + size).step_by(24).collect();
    let st_name = |b: &[u8], e: usize| u32::from_le_bytes(b[e..e + 4].try_into().unwrap());
    let long_at = entries
        .iter()
        .map(|&e| st_name(&bytes, e))
        .find(|&n| {
            let (dyn_off, _) = sections_of(&bytes, 3)
                .into_iter()
                .find(|s| s.1 == dynstr_len)
                .unwrap();
            bytes[dyn_off + n as usize..].starts_with(long.as_bytes())
        })
        .expect("the long name is in .dynstr");
    for &e in &entries {
        bytes[e..e + 4].copy_from_slice(&long_at.to_le_bytes());
    }
    std::fs::write(&lib, &bytes).unwrap();
    assert!(
        bytes.len() < 4 << 20,
        "the library is small: {}",
        bytes.len()
    );

    let abi = compat_elf::load_abi(&lib, compat_elf::ReadOptions::default()).unwrap();
    let named: Vec<_> = abi
        .symbols
        .iter()
        .filter(|s| s.name.len() == long.len())
        .collect();
    assert_eq!(named.len(), 20_001);
    assert!(
        named
            .iter()
            .all(|s| std::sync::Arc::ptr_eq(&s.name, &named[0].name)),
        "one interned copy"
    );
    // Through the binary, old against old, under 1 GiB of address space.
    let mut c = Command::new("prlimit");
    c.args(["--as=1073741824", env!("CARGO_BIN_EXE_compat")])
        .args(["abi", "diff", "--no-types", s(&lib), s(&lib)]);
    let t = Instant::now();
    let r = bounded(c);
    assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);
    assert!(t.elapsed() < Duration::from_secs(20), "{:?}", t.elapsed());
}

/// The `.dynamic` entries of a little-endian ELF64 file: (file offset, tag, value).
fn dynamic_entries(bytes: &[u8]) -> Vec<(usize, u64, u64)> {
    let u16_at = |o: usize| u16::from_le_bytes(bytes[o..o + 2].try_into().unwrap()) as usize;
    let u32_at = |o: usize| u32::from_le_bytes(bytes[o..o + 4].try_into().unwrap());
    let u64_at = |o: usize| u64::from_le_bytes(bytes[o..o + 8].try_into().unwrap());
    let (shoff, shentsize, shnum) = (u64_at(0x28) as usize, u16_at(0x3a), u16_at(0x3c));
    let mut out = Vec::new();
    for i in 0..shnum {
        let sh = shoff + i * shentsize;
        if u32_at(sh + 4) == 6 {
            let (off, size) = (u64_at(sh + 0x18) as usize, u64_at(sh + 0x20) as usize);
            for e in (off..off + size).step_by(16) {
                out.push((e, u64_at(e), u64_at(e + 8)));
            }
        }
    }
    out
}

#[test]
fn needed_and_rpath_entries_repeating_one_name_are_read_once() {
    // The linker writes each name once, so the hostile file is made by
    // rewriting a real one: 400 auxiliary-filter entries (`-f NAME`, which
    // needs no file) become DT_NEEDED and DT_RPATH entries that all name one
    // 60,000-byte string: 24 MB if each entry copied it.
    let d = tempfile::tempdir().unwrap();
    let lib = d.path().join("libmany.so");
    let long = "d".repeat(60_000);
    let mut cmd = Command::new("gcc");
    cmd.args(["-shared", "-nostdlib", "-o"])
        .arg(&lib)
        .args(["-x", "c", "/dev/null"])
        .arg(format!("-Wl,-f,/{long}"));
    for i in 0..400 {
        cmd.arg(format!("-Wl,-f,a{i}"));
    }
    assert!(cmd.status().unwrap().success());
    let mut bytes = std::fs::read(&lib).unwrap();
    const DT_AUXILIARY: u64 = 0x7fff_fffd;
    let aux: Vec<_> = dynamic_entries(&bytes)
        .into_iter()
        .filter(|e| e.1 == DT_AUXILIARY)
        .collect();
    assert_eq!(aux.len(), 401);
    let target = aux[0].2;
    for (n, (off, _, _)) in aux.iter().enumerate() {
        let tag: u64 = if n % 2 == 0 { 1 } else { 15 }; // DT_NEEDED, DT_RPATH
        bytes[*off..off + 8].copy_from_slice(&tag.to_le_bytes());
        bytes[off + 8..off + 16].copy_from_slice(&target.to_le_bytes());
    }
    std::fs::write(&lib, &bytes).unwrap();
    let abi = compat_elf::load_abi(&lib, Default::default()).unwrap();
    assert_eq!(abi.needed, vec![format!("/{long}")]);
    assert_eq!(abi.rpath, vec![format!("/{long}")]);
    // And through the loader: the one missing library is reported once.
    let r = run(&["abi", "check", s(&lib), "-f", "json"]);
    assert!(r.code == 1 || r.code == 0, "{}{}", r.stdout, r.stderr);
    assert!(
        r.stdout.len() < 1 << 20,
        "{} bytes of report",
        r.stdout.len()
    );
}

#[test]
fn thousands_of_parameters_of_one_long_named_type_stop_at_the_budget() {
    // 100 functions x 100 parameters of `struct <40,000 bytes> *`: 400 MB of
    // spellings from a 230 KB library.
    let d = tempfile::tempdir().unwrap();
    let mut src = format!("#define L struct {}\nL {{ int a; }};\n", "t".repeat(40_000));
    for f in 0..100 {
        let params: Vec<String> = (0..100).map(|i| format!("L *p{i}")).collect();
        src.push_str(&format!(
            "int f{f}({}) {{ return 0; }}\n",
            params.join(", ")
        ));
    }
    let (c, lib) = (d.path().join("lib.c"), d.path().join("libwide.so"));
    std::fs::write(&c, src).unwrap();
    assert!(Command::new("gcc")
        .args(["-g", "-O0", "-shared", "-fPIC", "-o"])
        .arg(&lib)
        .arg(&c)
        .status()
        .unwrap()
        .success());
    let mut cmd = Command::new("prlimit");
    cmd.args(["--as=1073741824", env!("CARGO_BIN_EXE_compat")])
        .args(["abi", "diff", s(&lib), s(&lib)]);
    let r = bounded(cmd);
    assert_eq!(r.code, 2, "{}{}", r.stdout, r.stderr);
    assert!(
        r.stderr.contains("64 times the debug information"),
        "{}",
        r.stderr
    );
}

#[test]
fn error_lines_escape_the_names_they_quote() {
    let d = tempfile::tempdir().unwrap();
    let evil = d.path().join("lib\x1b]0;pwned\x07\n0 breaking.so");
    mkfifo(&evil);
    let r = run(&["abi", "dump", s(&evil)]);
    assert_eq!(r.code, 2);
    assert!(
        !r.stderr.contains('\x1b') && !r.stderr.contains('\x07'),
        "{:?}",
        r.stderr
    );
    assert_eq!(r.stderr_lines().len(), 1, "{:?}", r.stderr);
    assert!(
        r.stderr
            .contains("lib\\x1b]0;pwned\\x07\\n0 breaking.so: is a FIFO"),
        "{:?}",
        r.stderr
    );
}

#[test]
fn version_definitions_repeating_one_long_name_stop_at_the_copy_budget() {
    // 3,000 version nodes whose names are then all pointed at one 60,000-byte
    // string: 180 MB of copies from a small library.
    let d = tempfile::tempdir().unwrap();
    let mut script = String::new();
    let mut asm = String::from(".text\n");
    for i in 0..3000 {
        script.push_str(&format!("V{i} {{ global: f{i}; }};\n"));
        asm.push_str(&format!(".globl f{i}\n.type f{i},@function\nf{i}: ret\n"));
    }
    let long = format!("/{}", "v".repeat(60_000));
    let (map, src, lib) = (
        d.path().join("v.map"),
        d.path().join("v.s"),
        d.path().join("libv.so"),
    );
    std::fs::write(&map, script).unwrap();
    std::fs::write(&src, asm).unwrap();
    assert!(Command::new("gcc")
        .args(["-shared", "-nostdlib", "-Wl,-s", "-o"])
        .arg(&lib)
        .arg(&src)
        .arg(format!("-Wl,--version-script={}", map.display()))
        .arg(format!("-Wl,-f,{long}"))
        .status()
        .unwrap()
        .success());
    let mut bytes = std::fs::read(&lib).unwrap();
    const DT_AUXILIARY: u64 = 0x7fff_fffd;
    let target = dynamic_entries(&bytes)
        .into_iter()
        .find(|e| e.1 == DT_AUXILIARY)
        .unwrap()
        .2 as u32;
    let (verdef, _) = sections_of(&bytes, 0x6fff_fffd)[0];
    let u16_at = |b: &[u8], o: usize| u16::from_le_bytes(b[o..o + 2].try_into().unwrap());
    let u32_at = |b: &[u8], o: usize| u32::from_le_bytes(b[o..o + 4].try_into().unwrap()) as usize;
    let mut off = verdef;
    let mut patched = 0;
    loop {
        let aux = off + u32_at(&bytes, off + 12);
        if u16_at(&bytes, off + 4) != 1 {
            // Not the base definition (the file's own name): rename it.
            bytes[aux..aux + 4].copy_from_slice(&target.to_le_bytes());
            patched += 1;
        }
        let next = u32_at(&bytes, off + 16);
        if next == 0 {
            break;
        }
        off += next;
    }
    assert_eq!(patched, 3000);
    std::fs::write(&lib, &bytes).unwrap();
    assert!(bytes.len() < 1 << 20, "{}", bytes.len());
    let mut cmd = Command::new("prlimit");
    cmd.args(["--as=1073741824", env!("CARGO_BIN_EXE_compat")])
        .args(["abi", "dump", "--no-types", s(&lib)]);
    let r = bounded(cmd);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains("8 times the file's size"), "{}", r.stderr);
}
