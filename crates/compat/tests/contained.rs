//! Issue 9 through the binary, for the loader and the type readers: a
//! sysroot that contains every lookup (proved under strace), inputs that are
//! FIFOs or links to `/dev/zero` refused by name, a `--debug-dir` that must
//! exist, and loader inputs built to amplify, run under a memory limit and a
//! clock. Every hostile input is built here, at test time.

#![allow(clippy::print_stderr)] // tests say what they skip and what they measured

use std::os::unix::fs::symlink;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use compat_testkit::sysroot::{hostile_root, inside, link, HOST_LDSO, HOST_LIBC};
use compat_testkit::{Fixture, LdCacheWriter};

mod common;
use common::{compat_cmd, finish, mkfifo, wait_bounded, Run};

fn s(p: &Path) -> &str {
    p.to_str().expect("UTF-8 temp path")
}

fn ci() -> bool {
    std::env::var_os("CI").is_some_and(|v| !v.is_empty())
}

/// Whether `tool` runs; without it the test is skipped, or fails under CI.
fn have(tool: &str, why: &str) -> bool {
    if compat_testkit::have(tool) {
        return true;
    }
    if ci() {
        panic!("{tool} is not installed and CI is set: {why}");
    }
    eprintln!("SKIPPED: {tool} is not installed ({why}); set CI=1 to fail instead");
    false
}

/// Runs `cmd`, failing the test if it does not finish within `limit` (a
/// FIFO opened for reading blocks forever); returns the run and its time.
fn bounded(cmd: Command, limit: Duration) -> (Run, Duration) {
    let (out, took) = wait_bounded(cmd, limit);
    (finish(out), took)
}

/// `compat args` under `prlimit --as=BYTES` (address space), within `limit`.
fn limited(args: &[&str], bytes: u64, limit: Duration) -> (Run, Duration) {
    let c = compat_cmd();
    let mut cmd = Command::new("prlimit");
    cmd.arg(format!("--as={bytes}"))
        .arg(c.get_program())
        .args(args)
        .env_remove("NO_COLOR");
    bounded(cmd, limit)
}

const MIB: u64 = 1 << 20;

fn lib(fx: &Fixture, name: &str) -> PathBuf {
    fx.lib(name)
        .source("int contained_fn(void) { return 0; }\n")
        .soname(name)
        .arg("-g")
        .build()
}

// ---------------------------------------------------------------------------
// 1. --debug-dir must exist
// ---------------------------------------------------------------------------

#[test]
fn a_debug_dir_that_does_not_exist_is_exit_2() {
    let fx = Fixture::new();
    let l = lib(&fx, "libdd.so.1");
    let missing = fx.join("no-such-debug");
    let fifo = fx.join("debug-fifo");
    mkfifo(&fifo);
    for (dir, says) in [
        (&missing, "debug directory: not a directory"),
        (&fifo, "debug directory: is a FIFO, not a directory"),
    ] {
        for args in [
            vec!["abi", "dump", "--debug-dir", s(dir), s(&l)],
            vec!["abi", "diff", "--debug-dir", s(dir), s(&l), s(&l)],
        ] {
            let (r, _) = limited(&args, 256 * MIB, Duration::from_secs(30));
            assert_eq!(r.code, 2, "{args:?}: {}{}", r.stdout, r.stderr);
            assert_eq!(
                r.stderr.trim(),
                format!("compat: error: {}: {says}", s(dir)),
                "{args:?}"
            );
        }
    }
    // Without --debug-dir the default (/usr/lib/debug) may be absent.
    let r = common::compat(&["abi", "dump", s(&l)]);
    assert_eq!(r.code, 0, "{}", r.stderr);
}

// ---------------------------------------------------------------------------
// 2. FIFOs and links to /dev/zero where compat expects files
// ---------------------------------------------------------------------------

#[test]
fn fifo_and_dev_zero_entries_are_refused_by_name_not_read() {
    let fx = Fixture::new();
    let good = lib(&fx, "libcontained.so.1");
    let app = fx
        .exe("app")
        .source("int contained_fn(void);\nint main(void) { return contained_fn(); }\n")
        .link_lib(&good)
        .build();
    let fifo = fx.join("fifo.so");
    mkfifo(&fifo);
    let zero = fx.join("zero.so");
    symlink("/dev/zero", &zero).unwrap();
    let pkg = fx.join("gopkg");
    std::fs::create_dir(&pkg).unwrap();
    // Header directories: holding a FIFO, holding a link to /dev/zero, and
    // a FIFO or /dev/zero link in place of the directory itself.
    let with_fifo = fx.join("inc-fifo");
    std::fs::create_dir(&with_fifo).unwrap();
    std::fs::write(with_fifo.join("ok.h"), "struct ok { int a; };\n").unwrap();
    mkfifo(&with_fifo.join("api.h"));
    let with_zero = fx.join("inc-zero");
    std::fs::create_dir(&with_zero).unwrap();
    symlink("/dev/zero", with_zero.join("api.h")).unwrap();
    let headers_zero = fx.join("headers-zero");
    symlink("/dev/zero", &headers_zero).unwrap();

    let lib_by_name = format!("libcontained.so.1={}", s(&fifo));
    let zero_by_name = format!("libcontained.so.1={}", s(&zero));
    let fifo_h = with_fifo.join("api.h");
    let zero_h = with_zero.join("api.h");
    let cases: Vec<(Vec<&str>, &Path, &str)> = vec![
        (
            vec!["abi", "check", s(&app), "--lib", s(&fifo)],
            &fifo,
            "is a FIFO",
        ),
        (
            vec!["abi", "check", s(&app), "--lib", &lib_by_name],
            &fifo,
            "is a FIFO",
        ),
        (
            vec!["abi", "check", s(&app), "--lib", s(&zero)],
            &zero,
            "is a character device",
        ),
        (
            vec!["abi", "check", s(&app), "--lib", &zero_by_name],
            &zero,
            "is a character device",
        ),
        (
            vec![
                "go",
                "exports",
                s(&pkg),
                "--lib",
                s(&good),
                "--baseline",
                s(&fifo),
            ],
            &fifo,
            "is a FIFO",
        ),
        (
            vec![
                "go",
                "exports",
                s(&pkg),
                "--lib",
                s(&good),
                "--baseline",
                s(&zero),
            ],
            &zero,
            "is a character device",
        ),
        (
            vec!["abi", "dump", s(&good), "--public-headers", s(&with_fifo)],
            &fifo_h,
            "public header: is a FIFO",
        ),
        (
            vec!["abi", "dump", s(&good), "--public-headers", s(&with_zero)],
            &zero_h,
            "public header: is a character device",
        ),
        (
            vec![
                "abi",
                "diff",
                s(&good),
                s(&good),
                "--public-headers",
                s(&with_zero),
            ],
            &zero_h,
            "public header: is a character device",
        ),
        (
            vec!["abi", "dump", s(&good), "--public-headers", s(&fifo)],
            &fifo,
            "public header directory: is a FIFO, not a directory",
        ),
        (
            vec![
                "abi",
                "dump",
                s(&good),
                "--public-headers",
                s(&headers_zero),
            ],
            &headers_zero,
            "public header directory: is a character device, not a directory",
        ),
    ];
    for (args, named, says) in cases {
        // 256 MiB of address space: reading /dev/zero would exhaust it; 30 s:
        // opening a FIFO for reading would block forever.
        let (r, _) = limited(&args, 256 * MIB, Duration::from_secs(30));
        assert_eq!(r.code, 2, "{args:?}: {}{}", r.stdout, r.stderr);
        let line = r
            .stderr
            .lines()
            .find(|l| l.contains(says))
            .unwrap_or_else(|| panic!("{args:?}: no line says {says:?}:\n{}", r.stderr));
        assert!(line.contains(s(named)), "{args:?}: {line}");
    }
}

#[test]
fn a_fifo_sysroot_cache_is_one_error_line_and_no_hang() {
    let fx = Fixture::new();
    let l = lib(&fx, "libcontained.so.1");
    let root = std::fs::canonicalize(fx.path()).unwrap().join("root");
    std::fs::create_dir_all(root.join("etc")).unwrap();
    mkfifo(&root.join("var-fifo"));
    symlink("/var-fifo", root.join("etc/ld.so.cache")).unwrap();
    let (r, _) = limited(
        &["abi", "check", "--sysroot", s(&root), s(&l)],
        256 * MIB,
        Duration::from_secs(30),
    );
    assert_eq!(r.code, 2, "{}{}", r.stdout, r.stderr);
    let lines = r.stderr_lines();
    assert_eq!(lines.len(), 1, "{}", r.stderr);
    assert!(
        lines[0].contains(s(&root.join("etc/ld.so.cache"))) && lines[0].contains("is a FIFO"),
        "{}",
        lines[0]
    );
}

// ---------------------------------------------------------------------------
// 3. No path outside the sysroot is looked at (strace)
// ---------------------------------------------------------------------------

/// One path-bearing event of an strace log (`strace -f -y -e trace=%file`).
#[derive(Debug)]
struct Event {
    line: usize,
    text: String,
    /// The path argument, made absolute against the directory descriptor.
    path: Option<PathBuf>,
    /// What a returned descriptor refers to (`= 3</real/path>`): where an
    /// open landed after the kernel followed every link.
    opened: Option<PathBuf>,
    /// A syscall that only looks (stat, readlink, access), never opens.
    looks_only: bool,
}

/// The annotation of a descriptor, `N</path>` or `AT_FDCWD</path>`.
fn fd_path(token: &str) -> Option<PathBuf> {
    let start = token.find('<')?;
    let end = token.rfind('>')?;
    (end > start).then(|| PathBuf::from(&token[start + 1..end]))
}

/// The first quoted string of `args` (strace escapes `"` inside).
fn first_quoted(args: &str) -> Option<(String, usize)> {
    let start = args.find('"')?;
    let mut out = String::new();
    let mut chars = args[start + 1..].char_indices();
    while let Some((i, c)) = chars.next() {
        match c {
            '\\' => {
                if let Some((_, n)) = chars.next() {
                    out.push(n);
                }
            }
            '"' => return Some((out, start + 1 + i)),
            c => out.push(c),
        }
    }
    None
}

fn parse_strace(log: &str) -> Vec<Event> {
    let mut events = Vec::new();
    for (n, raw) in log.lines().enumerate() {
        // "PID  syscall(args) = result" or "PID  <... syscall resumed>...".
        let text = raw
            .split_once(char::is_whitespace)
            .map_or(raw, |(_, t)| t)
            .trim();
        let opened = text
            .rsplit_once(") = ")
            .or_else(|| text.rsplit_once(">) = "))
            .and_then(|(_, r)| {
                r.split_whitespace()
                    .next()
                    .filter(|t| t.starts_with(|c: char| c.is_ascii_digit()))
                    .and_then(fd_path)
            });
        let mut path = None;
        let mut looks_only = false;
        if !text.starts_with("<...") && !text.starts_with("+++") && !text.starts_with("---") {
            let Some((name, args)) = text.split_once('(') else {
                continue;
            };
            // getcwd's quoted argument is its answer, the working directory
            // (reports name inputs relative to it), not a path it looks at.
            if matches!(name, "mmap" | "munmap" | "getcwd") {
                continue;
            }
            looks_only = matches!(
                name,
                "stat"
                    | "lstat"
                    | "newfstatat"
                    | "statx"
                    | "readlink"
                    | "readlinkat"
                    | "access"
                    | "faccessat"
                    | "faccessat2"
                    | "statfs"
            );
            // A leading directory descriptor (the *at calls), then the path.
            let (dir, rest) = if args.starts_with('"') {
                (None, args)
            } else {
                let (fd, rest) = args.split_once(", ").unwrap_or((args, ""));
                (fd_path(fd), rest)
            };
            if let Some((p, _)) = first_quoted(rest) {
                let p = PathBuf::from(p);
                path = Some(match (&dir, p.as_os_str().is_empty()) {
                    (Some(d), true) => d.clone(),
                    (Some(d), false) if p.is_relative() => d.join(&p),
                    _ => p,
                });
            }
        }
        if path.is_some() || opened.is_some() {
            events.push(Event {
                line: n + 1,
                text: raw.to_owned(),
                path,
                opened,
                looks_only,
            });
        }
    }
    events
}

/// The line of the log where the dynamic loader of the traced program is
/// done: it maps `/etc/ld.so.cache` and unmaps it once every library of the
/// program is loaded (`_dl_unload_cache`). Everything before is compat's own
/// start-up, not compat's work.
fn startup_end(log: &str) -> Option<usize> {
    let mut addr = None;
    for (n, line) in log.lines().enumerate() {
        if line.contains("mmap(") && line.contains("</etc/ld.so.cache>") {
            addr = line.rsplit_once(") = ").map(|(_, a)| a.trim().to_owned());
        } else if let Some(a) = &addr {
            if line.contains(&format!("munmap({a},")) {
                return Some(n + 1);
            }
        }
    }
    None
}

/// Paths the compat process itself needs after start-up, whatever it
/// checks: its runtime reads them, no input names them.
///
/// - `/proc/self/…` (`/proc/PID/…` as `-y` shows it): the main thread's stack
///   bounds (`maps`), the CPU quota (`cgroup`, `mountinfo`);
/// - `/sys/fs/cgroup/…`, `/sys/devices/system/cpu/…`: how many threads rayon
///   starts (`available_parallelism`);
/// - `/sys/devices/system/node/…`, `/proc/sys/vm/overcommit_memory`,
///   `/sys/kernel/mm/transparent_hugepage/…`: what mimalloc asks the kernel
///   at its first allocation;
/// - `/dev/null`, `/dev/urandom`: standard streams and hash seeds, if used.
fn runtime_path(p: &Path) -> bool {
    let s = p.to_string_lossy();
    const PREFIXES: &[&str] = &[
        "/proc/self/",
        "/proc/thread-self/",
        "/sys/fs/cgroup/",
        "/sys/devices/system/cpu/",
        "/sys/devices/system/node/",
        "/sys/kernel/mm/transparent_hugepage/",
    ];
    const EXACT: &[&str] = &[
        "/proc/sys/vm/overcommit_memory",
        "/dev/null",
        "/dev/urandom",
        "/sys/fs/cgroup",
    ];
    if PREFIXES.iter().any(|pre| s.starts_with(pre)) || EXACT.contains(&&*s) {
        return true;
    }
    // /proc/PID/… is /proc/self/… as `-y` prints an open descriptor.
    s.strip_prefix("/proc/")
        .and_then(|r| r.split_once('/'))
        .is_some_and(|(pid, _)| pid.chars().all(|c| c.is_ascii_digit()))
}

/// True when `p` is `a` or lies under it.
fn under(p: &Path, a: &Path) -> bool {
    p == a || p.starts_with(a)
}

/// Whether the strace test can run here (strace, the host's glibc to copy).
fn can_trace() -> bool {
    if !have(
        "strace",
        "it proves no path outside the sysroot is opened; apt-get install strace",
    ) {
        return false;
    }
    if !Path::new(HOST_LIBC).exists() || !Path::new(HOST_LDSO).exists() {
        assert!(!ci(), "no x86-64 glibc at {HOST_LIBC} and CI is set");
        eprintln!("SKIPPED: no x86-64 glibc at {HOST_LIBC}");
        return false;
    }
    true
}

/// Runs `compat abi check --sysroot ROOT INPUTS... -f json` under
/// `strace -f -y` in `cwd`, requires a clean report, and fails the test
/// for every path outside the root looked at after compat's own start-up
/// (see [`startup_end`]) that is not an input, compat's runtime
/// ([`runtime_path`]), or an ancestor of the root or an input looked at
/// without opening it (resolving the root and the inputs themselves).
fn assert_contained(root: &Path, inputs: &[PathBuf], cwd: &Path, decoy: &Path) {
    let log_path = cwd.join("strace.log");
    let mut cmd = Command::new("strace");
    cmd.args([
        "-f",
        "-y",
        "-qq",
        "-s",
        "4096",
        "-e",
        "trace=%file,mmap,munmap",
        "-o",
    ])
    .arg(&log_path)
    .arg(env!("CARGO_BIN_EXE_compat"))
    .args(["abi", "check", "--sysroot"])
    .arg(root)
    .args(inputs)
    .args(["-f", "json"])
    .current_dir(cwd);
    let (r, _) = bounded(cmd, Duration::from_secs(120));
    assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);
    let report = r.json();
    assert_eq!(report["findings"], serde_json::json!([]), "{}", r.stdout);
    assert_eq!(report["summary"]["errors"], 0, "{}", r.stdout);

    let log = std::fs::read_to_string(&log_path).unwrap();
    let start = startup_end(&log).unwrap_or_else(|| {
        panic!(
            "the trace has no mmap/munmap of /etc/ld.so.cache by the loader of compat itself; \
             cannot tell start-up from work:\n{}",
            log.lines().take(50).collect::<Vec<_>>().join("\n")
        )
    });
    let root = std::fs::canonicalize(root).unwrap();
    let binary = std::fs::canonicalize(env!("CARGO_BIN_EXE_compat")).unwrap();
    // What resolving the root and the inputs looks at on the host: each of
    // their ancestors, with stat or readlink (canonicalize), never opened.
    let ancestors: Vec<&Path> = std::iter::once(root.as_path())
        .chain(inputs.iter().map(PathBuf::as_path))
        .flat_map(Path::ancestors)
        .collect();
    let mut outside = Vec::new();
    let mut seen_inside = 0usize;
    for e in parse_strace(&log).iter().filter(|e| e.line > start) {
        for (p, opened) in [(e.path.as_deref(), false), (e.opened.as_deref(), true)] {
            let Some(p) = p else { continue };
            let ok = if under(p, &root) {
                seen_inside += 1;
                true
            } else {
                inputs.iter().any(|i| p == i)
                    || p == binary
                    || runtime_path(p)
                    || (!opened && e.looks_only && ancestors.contains(&p))
            };
            if !ok {
                outside.push(format!("line {}: {}", e.line, e.text));
            }
        }
    }
    assert!(
        seen_inside > 50,
        "the trace shows too little work inside the root ({seen_inside} paths): is the parser right?"
    );
    assert!(
        outside.is_empty(),
        "compat looked outside the sysroot {} after start-up (line {start}):\n{}",
        root.display(),
        outside.join("\n")
    );
    // The parser sees an escape when there is one: the decoy is a real file
    // at a path a host-side resolution reaches.
    assert!(decoy.is_file(), "{}", decoy.display());
    let probe = format!(
        "1 openat(AT_FDCWD</x>, \"{}\", O_RDONLY) = 3<{}>\n",
        s(decoy),
        s(decoy)
    );
    let ev = parse_strace(&probe);
    assert_eq!(ev[0].path.as_deref(), Some(decoy));
    assert_eq!(ev[0].opened.as_deref(), Some(decoy));
    assert!(!under(decoy, &root) && !runtime_path(decoy));
}

#[test]
fn no_path_outside_the_sysroot_is_looked_at_under_strace() {
    if !can_trace() {
        return;
    }
    let l = hostile_root(true);
    assert_contained(
        &l.root,
        &[l.app.clone(), l.outside_app.clone()],
        l.fx.path(),
        &l.host.join("decoy/a/libcmpa.so.1"),
    );
}

/// The same root without a cache: `etc/ld.so.conf` is an absolute link, its
/// relative `include` names a directory that is an absolute link to a host
/// directory holding a decoy configuration, and an included file is itself
/// a link.
#[test]
fn ld_so_conf_links_and_includes_stay_inside_the_sysroot_under_strace() {
    if !can_trace() {
        return;
    }
    let l = hostile_root(true);
    let root = &l.root;
    std::fs::remove_file(root.join("etc/ld.so.cache")).unwrap();
    link("/etc/real.conf", &root.join("etc/ld.so.conf"));
    std::fs::write(root.join("etc/real.conf"), "include conf.d/*.conf\n").unwrap();
    let conf_d = l.host.join("decoy/conf.d");
    link(s(&conf_d), &root.join("etc/conf.d"));
    std::fs::create_dir_all(inside(root, &conf_d)).unwrap();
    link("/etc/g-real.conf", &inside(root, &conf_d).join("g.conf"));
    std::fs::write(root.join("etc/g-real.conf"), "/opt/g\n").unwrap();
    std::fs::create_dir_all(&conf_d).unwrap();
    let decoy_conf = conf_d.join("g.conf");
    std::fs::write(&decoy_conf, format!("{}\n", s(&l.host.join("decoy/g")))).unwrap();
    assert_contained(root, std::slice::from_ref(&l.app), l.fx.path(), &decoy_conf);
}

// ---------------------------------------------------------------------------
// 4. Loader inputs built to amplify: memory and time stay linear
// ---------------------------------------------------------------------------

/// Rewrites the dynamic section of the ELF64 little-endian executable at
/// `path`: the first DT_NULL and the spare slots after it (from
/// `-Wl,--spare-dynamic-tags`) become DT_NEEDED entries with the string
/// offsets `needed`, the last slot stays DT_NULL.
fn add_needed(path: &Path, needed: &[u64]) {
    let mut b = std::fs::read(path).unwrap();
    let u16_at = |b: &[u8], o: usize| u16::from_le_bytes(b[o..o + 2].try_into().unwrap()) as usize;
    let u64_at = |b: &[u8], o: usize| u64::from_le_bytes(b[o..o + 8].try_into().unwrap());
    assert_eq!(&b[..6], b"\x7fELF\x02\x01", "ELF64 little-endian");
    let shoff = u64_at(&b, 0x28) as usize;
    let (shentsize, shnum) = (u16_at(&b, 0x3a), u16_at(&b, 0x3c));
    let dynamic = (0..shnum)
        .map(|i| shoff + i * shentsize)
        .find(|&h| u32::from_le_bytes(b[h + 4..h + 8].try_into().unwrap()) == 6) // SHT_DYNAMIC
        .expect(".dynamic");
    let (off, size) = (
        u64_at(&b, dynamic + 0x18) as usize,
        u64_at(&b, dynamic + 0x20) as usize,
    );
    let slots = size / 16;
    let first_null = (0..slots)
        .find(|&i| u64_at(&b, off + i * 16) == 0)
        .expect("DT_NULL");
    assert!(
        slots - first_null > needed.len(),
        "{} spare slots for {} entries",
        slots - first_null - 1,
        needed.len()
    );
    for (k, &val) in needed.iter().enumerate() {
        let e = off + (first_null + k) * 16;
        b[e..e + 8].copy_from_slice(&1u64.to_le_bytes()); // DT_NEEDED
        b[e + 8..e + 16].copy_from_slice(&val.to_le_bytes());
    }
    std::fs::write(path, b).unwrap();
}

/// The `d_val` of the first dynamic entry with `tag`, and the offsets of
/// `names` in `.dynstr` (read with readelf-free parsing of our own output).
fn dynstr_offsets(path: &Path, tag: u64, names: &[String]) -> (u64, Vec<u64>) {
    let b = std::fs::read(path).unwrap();
    let u16_at = |o: usize| u16::from_le_bytes(b[o..o + 2].try_into().unwrap()) as usize;
    let u32_at = |o: usize| u32::from_le_bytes(b[o..o + 4].try_into().unwrap());
    let u64_at = |o: usize| u64::from_le_bytes(b[o..o + 8].try_into().unwrap());
    let shoff = u64_at(0x28) as usize;
    let (shentsize, shnum) = (u16_at(0x3a), u16_at(0x3c));
    let headers: Vec<usize> = (0..shnum).map(|i| shoff + i * shentsize).collect();
    let dynamic = *headers.iter().find(|&&h| u32_at(h + 4) == 6).unwrap();
    let strtab = headers[u32_at(dynamic + 0x28) as usize];
    let (soff, ssize) = (
        u64_at(strtab + 0x18) as usize,
        u64_at(strtab + 0x20) as usize,
    );
    let table = &b[soff..soff + ssize];
    let (doff, dsize) = (
        u64_at(dynamic + 0x18) as usize,
        u64_at(dynamic + 0x20) as usize,
    );
    let val = (0..dsize / 16)
        .map(|i| doff + i * 16)
        .find(|&e| u64_at(e) == tag)
        .map(|e| u64_at(e + 8))
        .expect("tag");
    let offsets = names
        .iter()
        .map(|n| {
            let needle = format!("{n}\0");
            table
                .windows(needle.len())
                .position(|w| w == needle.as_bytes())
                .unwrap_or_else(|| panic!("{n} not in .dynstr")) as u64
        })
        .collect();
    (val, offsets)
}

#[test]
fn amplified_needed_and_rpath_stay_linear_under_a_memory_limit() {
    if !have("prlimit", "it bounds the memory of the amplification tests") {
        return;
    }
    let fx = Fixture::new();
    // 4,000 distinct names already in .dynstr (functions the program imports).
    const NAMES: usize = 4000;
    let names: Vec<String> = (0..NAMES).map(|i| format!("amp_f{i:04}")).collect();
    let lib_src: String = names
        .iter()
        .map(|n| format!("int {n}(void) {{ return 1; }}\n"))
        .collect();
    let found = fx
        .lib("libampfound.so.1")
        .source(&lib_src)
        .soname("libampfound.so.1")
        .build();
    let decls: String = names.iter().map(|n| format!("int {n}(void);\n")).collect();
    let calls: Vec<String> = names.iter().map(|n| format!("{n}()")).collect();
    // DT_RPATH: "." 20,000 times (one directory, that exists: the working
    // directory of the run), in one string of 40 kB.
    const DIRS: usize = 20_000;
    let rpath = vec!["."; DIRS].join(":");
    let app = fx
        .exe("amp-app")
        .source(&format!(
            "{decls}int main(void) {{ return {}; }}\n",
            calls.join(" + ")
        ))
        .link_lib(&found)
        .arg("-Wl,--spare-dynamic-tags=30000")
        .rpath(&rpath)
        .build();
    // DT_NEEDED: 10,000 times the 40 kB RPATH string (a name without a slash
    // that no file system opens), 10,000 times libampfound.so.1 (loaded once),
    // and each of the 4,000 function names once (none is a library): identical
    // names times identical directories, and distinct names times 20,000
    // spellings of one directory.
    let (rpath_at, offs) = dynstr_offsets(&app, 15, &names); // DT_RPATH
    let (_, found_at) = dynstr_offsets(&app, 1, &["libampfound.so.1".to_owned()]);
    let mut needed = vec![rpath_at; 10_000];
    needed.extend(std::iter::repeat_n(found_at[0], 10_000));
    needed.extend(offs);
    add_needed(&app, &needed);
    let input_size = std::fs::metadata(&app).unwrap().len();

    let lib_dir = found.parent().unwrap();
    let args = [
        "abi",
        "check",
        s(&app),
        "--library-path",
        s(lib_dir),
        "-f",
        "json",
    ];
    let mut c = compat_cmd();
    c.current_dir(fx.path());
    // 512 MiB of address space (the binary, its threads' stacks and
    // mimalloc's reservations included); a generous 60 s.
    let mut cmd = Command::new("prlimit");
    cmd.arg(format!("--as={}", 512 * MIB))
        .arg(c.get_program())
        .args(args)
        .current_dir(fx.path());
    let (r, took) = bounded(cmd, Duration::from_secs(120));
    eprintln!(
        "amplified NEEDED x RPATH: {} DT_NEEDED, {DIRS} RPATH entries, {input_size} bytes: {took:?}",
        needed.len()
    );
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(took < Duration::from_secs(60), "took {took:?}");
    let report = r.json();
    let findings = report["findings"].as_array().unwrap();
    let count = |rule: &str| findings.iter().filter(|f| f["rule"] == rule).count();
    // Each distinct name once: the 4,000 function names are not found; the
    // long name stops the search in "." (the name is too long to open).
    assert_eq!(count("ld-library-not-found"), NAMES, "{}", r.stderr);
    assert_eq!(count("ld-library-invalid"), 1);
    let invalid = findings
        .iter()
        .find(|f| f["rule"] == "ld-library-invalid")
        .unwrap();
    assert!(
        invalid["message"]
            .as_str()
            .unwrap()
            .contains("file name too long"),
        "{invalid}"
    );
    // The report is linear in the input: the long name appears a bounded
    // number of times, not once per reference.
    assert!(
        (r.stdout.len() as u64) < 16 * input_size,
        "{} bytes of report for {input_size} bytes of input",
        r.stdout.len()
    );
}

/// ld.so de-duplicates: a directory named many ways in one DT_RPATH is
/// searched once per name, and a library named by thousands of DT_NEEDED
/// entries is opened once. Counted in the system calls themselves.
#[test]
fn each_directory_is_probed_once_per_name_and_each_library_opened_once() {
    if !have("strace", "it counts the probes; apt-get install strace") {
        return;
    }
    let fx = Fixture::new();
    let host = std::fs::canonicalize(fx.path()).unwrap();
    const NAMES: usize = 100;
    let names: Vec<String> = (0..NAMES).map(|i| format!("amp_f{i:04}")).collect();
    let found = fx
        .lib("libampfound.so.1")
        .source(
            &names
                .iter()
                .map(|n| format!("int {n}(void) {{ return 1; }}\n"))
                .collect::<String>(),
        )
        .soname("libampfound.so.1")
        .build();
    std::fs::create_dir(host.join("d")).unwrap();
    // 60 spellings of one directory (`$ORIGIN/d`, `${ORIGIN}/./d/`, the
    // absolute path, ...): distinct strings, so nothing textual merges them;
    // ld.so merges them once expanded.
    let spellings: Vec<String> = (0..60)
        .map(|i| {
            let origin = match i % 3 {
                0 => "$ORIGIN".to_owned(),
                1 => "${ORIGIN}".to_owned(),
                _ => s(&host).to_owned(),
            };
            format!("{origin}/{}d{}", "./".repeat(i / 3 % 5), "/".repeat(i / 15))
        })
        .collect();
    let decls: String = names.iter().map(|n| format!("int {n}(void);\n")).collect();
    let calls: Vec<String> = names.iter().map(|n| format!("{n}()")).collect();
    let app = fx
        .exe("amp-app")
        .source(&format!(
            "{decls}int main(void) {{ return {}; }}\n",
            calls.join(" + ")
        ))
        .link_lib(&found)
        .arg("-Wl,--spare-dynamic-tags=3000")
        .rpath(&spellings.join(":"))
        .build();
    let (_, offs) = dynstr_offsets(&app, 1, &names);
    let (_, found_at) = dynstr_offsets(&app, 1, &["libampfound.so.1".to_owned()]);
    let mut needed = offs;
    needed.extend(std::iter::repeat_n(found_at[0], 2000));
    add_needed(&app, &needed);
    let lib_dir = found.parent().unwrap();
    let log = fx.join("probes.log");
    let mut cmd = Command::new("strace");
    cmd.args(["-f", "-qq", "-s", "4096", "-e", "trace=%file", "-o"])
        .arg(&log)
        .arg(env!("CARGO_BIN_EXE_compat"))
        .args([
            "abi",
            "check",
            s(&app),
            "--library-path",
            s(lib_dir),
            "-f",
            "json",
        ]);
    let (r, _) = bounded(cmd, Duration::from_secs(120));
    assert_eq!(r.code, 1, "{}", r.stderr);
    let findings = r.json()["findings"].as_array().unwrap().clone();
    assert_eq!(
        findings
            .iter()
            .filter(|f| f["rule"] == "ld-library-not-found")
            .count(),
        NAMES
    );
    let log = std::fs::read_to_string(&log).unwrap();
    for n in &names {
        let probe = format!("/d/{n}\"");
        let count = log.lines().filter(|l| l.contains(&probe)).count();
        assert_eq!(count, 1, "{n} probed {count} times in {}/d", host.display());
    }
    let opens = log
        .lines()
        .filter(|l| l.contains("open") && l.contains("libampfound.so.1\""))
        .count();
    assert_eq!(opens, 1, "libampfound.so.1 opened {opens} times");
}

#[test]
fn a_cache_of_thousands_of_entries_sharing_a_path_stays_small() {
    if !have("prlimit", "it bounds the memory of the amplification tests") {
        return;
    }
    let fx = Fixture::new();
    let root = std::fs::canonicalize(fx.path()).unwrap().join("root");
    let found = fx
        .lib("libampcache.so.1")
        .source("int cache_fn(void) { return 0; }\n")
        .soname("libampcache.so.1")
        .build();
    let app = fx
        .exe("app")
        .source("int cache_fn(void);\nint main(void) { return cache_fn(); }\n")
        .link_lib(&found)
        .build();
    // 400,000 entries (9.6 MB) naming one 4,000-byte path: expanded per
    // entry, 1.6 GB of strings.
    const ENTRIES: usize = 400_000;
    let long = format!("/{}/libampcache.so.1", "d".repeat(3980));
    let mut cache = LdCacheWriter::default();
    for _ in 0..ENTRIES {
        cache.entry("libampcache.so.1", &long);
    }
    let bytes = cache.bytes();
    std::fs::create_dir_all(root.join("etc")).unwrap();
    std::fs::write(root.join("etc/ld.so.cache"), &bytes).unwrap();
    let lib_dir = root.join("usr/lib/x86_64-linux-gnu");
    std::fs::create_dir_all(&lib_dir).unwrap();
    std::fs::copy(&found, lib_dir.join("libampcache.so.1")).unwrap();
    let (r, took) = limited(
        &["abi", "check", "--sysroot", s(&root), s(&app), "-f", "json"],
        512 * MIB,
        Duration::from_secs(120),
    );
    eprintln!(
        "ld.so.cache of {ENTRIES} entries sharing one path, {} bytes: {took:?}",
        bytes.len()
    );
    assert!(took < Duration::from_secs(60), "took {took:?}");
    let report = r.json();
    // ld.so takes one cache entry (the long path, absent in the root) and
    // goes on to the default directories, where libampcache.so.1 is; libc is
    // not in this root.
    let missing: Vec<&str> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["rule"] == "ld-library-not-found")
        .map(|f| f["subject"]["library"].as_str().unwrap())
        .collect();
    assert_eq!(missing, ["libc.so.6"], "{}", r.stdout);
}
