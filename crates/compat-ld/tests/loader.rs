//! The loader model against real gcc-built fixtures.
//!
//! Every test builds small C libraries and programs, checks them with
//! [`Checker`] and asserts on rule ids and subjects. Wherever the fixture can
//! run on this machine, the real program is also started (with `LD_BIND_NOW=1`,
//! as compat models binding) as an oracle: it must start and exit 0 when compat
//! finds nothing breaking, and fail with ld.so's message when compat reports
//! something breaking.

#![allow(clippy::print_stderr)]

use std::path::{Path, PathBuf};
use std::process::Command;

use compat_ld::{CheckOutcome, Checker, LibOverride, LoaderConfig};
use compat_report::{Finding, Severity};
use compat_testkit::Fixture;

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

fn config(library_path: &[&Path], overrides: &[String]) -> LoaderConfig {
    LoaderConfig {
        library_path: library_path.iter().map(|p| p.to_path_buf()).collect(),
        sysroot: None,
        overrides: overrides.iter().map(|o| LibOverride::parse(o)).collect(),
        standalone: false,
    }
}

/// Checks `file` (shown as its file name) and requires that it was checked.
fn check(file: &Path, library_path: &[&Path], overrides: &[String]) -> CheckOutcome {
    let checker = Checker::new(config(library_path, overrides)).expect("checker");
    let out = checker.check(file, &shown(file));
    assert!(
        out.error.is_none(),
        "{}: unexpected error {:?}",
        file.display(),
        out.error
    );
    assert!(
        out.skipped.is_none(),
        "{}: unexpectedly skipped: {:?}",
        file.display(),
        out.skipped
    );
    out
}

fn shown(file: &Path) -> String {
    file.file_name().unwrap().to_string_lossy().into_owned()
}

fn rules(o: &CheckOutcome) -> Vec<&str> {
    o.findings.iter().map(|f| f.rule.as_str()).collect()
}

fn with_rule<'a>(o: &'a CheckOutcome, rule: &str) -> Vec<&'a Finding> {
    o.findings.iter().filter(|f| f.rule == rule).collect()
}

fn breaking(o: &CheckOutcome) -> Vec<&Finding> {
    o.findings
        .iter()
        .filter(|f| f.severity == Severity::Breaking)
        .collect()
}

fn dump(o: &CheckOutcome) -> String {
    let mut s = format!("loaded: {:#?}\n", o.loaded);
    for f in &o.findings {
        s.push_str(&format!(
            "{} [{:?}] {}\n  {:?}\n  group {:?}\n",
            f.rule, f.severity, f.message, f.subject, f.group
        ));
    }
    s
}

/// True when `loaded` holds `path` (compared canonically: ld.so identifies files by inode).
fn loaded_has(o: &CheckOutcome, path: &Path) -> bool {
    let want = std::fs::canonicalize(path).unwrap();
    o.loaded
        .iter()
        .any(|l| std::fs::canonicalize(l).is_ok_and(|c| c == want))
}

/// Creates `dir` (relative to the fixture) and returns it.
fn mkdir(fx: &Fixture, dir: &str) -> PathBuf {
    let d = fx.join(dir);
    std::fs::create_dir_all(&d).unwrap();
    d
}

/// Copies `src` to `dir/name` and returns the new path.
fn place(src: &Path, dir: &Path, name: &str) -> PathBuf {
    std::fs::create_dir_all(dir).unwrap();
    let dst = dir.join(name);
    std::fs::copy(src, &dst)
        .unwrap_or_else(|e| panic!("copy {} -> {}: {e}", src.display(), dst.display()));
    dst
}

/// The outcome of running a fixture program.
#[derive(Debug)]
struct Run {
    code: Option<i32>,
    stderr: String,
}

/// Runs one of our fixture programs with `LD_LIBRARY_PATH` set to `library_path`
/// (unset when empty) and `LD_BIND_NOW=1`.
fn run(exe: &Path, library_path: &[&Path]) -> Run {
    let mut c = Command::new(exe);
    c.env_remove("LD_LIBRARY_PATH")
        .env_remove("LD_PRELOAD")
        .env_remove("LD_DEBUG")
        .env("LD_BIND_NOW", "1");
    if !library_path.is_empty() {
        c.env(
            "LD_LIBRARY_PATH",
            std::env::join_paths(library_path).unwrap(),
        );
    }
    let out = c
        .output()
        .unwrap_or_else(|e| panic!("cannot run {}: {e}", exe.display()));
    Run {
        code: out.status.code(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// compat finds nothing breaking, and the real program starts and exits 0.
fn assert_starts(o: &CheckOutcome, r: &Run) {
    assert!(
        breaking(o).is_empty(),
        "compat reports breaking findings:\n{}",
        dump(o)
    );
    assert_eq!(
        r.code,
        Some(0),
        "the real run failed although compat found nothing breaking: {r:?}\n{}",
        dump(o)
    );
}

/// compat reports something breaking, and the real program fails with `ld_message` on stderr.
fn assert_fails(o: &CheckOutcome, r: &Run, ld_message: &str) {
    assert!(
        !breaking(o).is_empty(),
        "compat finds nothing breaking but the setup is broken:\n{}",
        dump(o)
    );
    assert_ne!(
        r.code,
        Some(0),
        "the real run succeeded although compat reports breaking findings:\n{}",
        dump(o)
    );
    assert!(
        r.stderr.contains(ld_message),
        "ld.so should say {ld_message:?}; stderr: {}",
        r.stderr
    );
}

// ---------------------------------------------------------------------------
// 1. A version node removed
// ---------------------------------------------------------------------------

const X_SRC: &str = "int foo(void) { return 1; }\nint bar(void) { return 2; }\n";
const X_V1_MAP: &str = "LIBX_1 { global: foo; bar; local: *; };";
const X_V2_MAP: &str = "LIBX_2 { global: foo; bar; local: *; };";
const X_APP: &str =
    "int foo(void);\nint bar(void);\nint main(void) { return foo() == 1 && bar() == 2 ? 0 : 1; }\n";

#[test]
fn version_node_removed() {
    let fx = Fixture::new();
    let v1 = fx
        .lib("libcmpx-1.so")
        .source(X_SRC)
        .version_script(X_V1_MAP)
        .soname("libcmpx.so.1")
        .build();
    let v2 = fx
        .lib("libcmpx-2.so")
        .source(X_SRC)
        .version_script(X_V2_MAP)
        .soname("libcmpx.so.1")
        .build();
    let app = fx.exe("app").source(X_APP).link_lib(&v1).build();
    let d1 = mkdir(&fx, "v1");
    let d2 = mkdir(&fx, "v2");
    let v1_lib = place(&v1, &d1, "libcmpx.so.1");
    let v2_lib = place(&v2, &d2, "libcmpx.so.1");

    // Against the library it was built with: nothing at all.
    let o = check(&app, &[&d1], &[]);
    assert!(o.findings.is_empty(), "{}", dump(&o));
    assert!(loaded_has(&o, &v1_lib), "{}", dump(&o));
    assert_starts(&o, &run(&app, &[&d1]));

    // v1 given with --lib NAME=PATH: the same.
    let o = check(&app, &[], &[format!("libcmpx.so.1={}", v1_lib.display())]);
    assert!(o.findings.is_empty(), "{}", dump(&o));
    assert_starts(&o, &run(&app, &[&d1]));

    // v2 defines only LIBX_2.
    let o = check(
        &app,
        &[&d1],
        &[format!("libcmpx.so.1={}", v2_lib.display())],
    );
    assert!(
        loaded_has(&o, &v2_lib) && !loaded_has(&o, &v1_lib),
        "--lib beats the library path:\n{}",
        dump(&o)
    );
    let mut r = rules(&o);
    r.sort_unstable();
    assert_eq!(
        r,
        [
            "ld-symbol-unresolved",
            "ld-symbol-unresolved",
            "ld-version-not-found"
        ],
        "{}",
        dump(&o)
    );
    let v = with_rule(&o, "ld-version-not-found")[0];
    assert_eq!(v.severity, Severity::Breaking);
    assert_eq!(v.subject.file.as_deref(), Some("app"));
    assert_eq!(v.subject.object.as_deref(), Some("app"));
    assert_eq!(v.subject.version.as_deref(), Some("LIBX_1"));
    assert_eq!(v.subject.library.as_deref(), Some("libcmpx.so.1"));
    assert_eq!(
        v.subject.symbols,
        ["bar", "foo"],
        "every symbol referenced with the version"
    );
    assert_eq!(v.subject.chain.len(), 2, "{:?}", v.subject.chain);
    assert_eq!(v.subject.chain[0], "app");
    assert!(
        v.subject.chain[1].starts_with("libcmpx.so.1"),
        "{:?}",
        v.subject.chain
    );
    assert!(
        v.message.contains("LIBX_2"),
        "the message names what the library defines: {}",
        v.message
    );
    assert!(v.group.is_some(), "the version finding has a group");
    // (That the symbols share this group: `unresolved_symbols_share_the_group_of_their_cause`.)
    let mut unresolved: Vec<&str> = with_rule(&o, "ld-symbol-unresolved")
        .into_iter()
        .map(|f| {
            assert_eq!(f.severity, Severity::Breaking);
            assert_eq!(f.subject.version.as_deref(), Some("LIBX_1"));
            assert_eq!(f.subject.library.as_deref(), Some("libcmpx.so.1"));
            assert_eq!(f.subject.object.as_deref(), Some("app"));
            f.subject.symbol.as_deref().unwrap()
        })
        .collect();
    unresolved.sort_unstable();
    assert_eq!(unresolved, ["bar", "foo"]);
    assert_fails(&o, &run(&app, &[&d2]), "version `LIBX_1' not found");
}

#[test]
fn unresolved_symbols_share_the_group_of_their_cause() {
    let fx = Fixture::new();
    let v1 = fx
        .lib("libcmpx-1.so")
        .source(X_SRC)
        .version_script(X_V1_MAP)
        .soname("libcmpx.so.1")
        .build();
    let v2 = fx
        .lib("libcmpx-2.so")
        .source(X_SRC)
        .version_script(X_V2_MAP)
        .soname("libcmpx.so.1")
        .build();
    let app = fx.exe("app").source(X_APP).link_lib(&v1).build();

    // A missing version: the unresolved foo@LIBX_1 and bar@LIBX_1 fold under it.
    let o = check(&app, &[], &[format!("libcmpx.so.1={}", v2.display())]);
    let group = with_rule(&o, "ld-version-not-found")[0].group.clone();
    assert!(group.is_some());
    for f in with_rule(&o, "ld-symbol-unresolved") {
        assert_eq!(f.group, group, "{}", dump(&o));
    }

    // A missing library: the symbols needed with versions from it fold under it.
    let empty = mkdir(&fx, "empty");
    let o = check(&app, &[&empty], &[]);
    let nf = with_rule(&o, "ld-library-not-found");
    assert_eq!(nf.len(), 1, "{}", dump(&o));
    assert_eq!(
        with_rule(&o, "ld-symbol-unresolved").len(),
        2,
        "{}",
        dump(&o)
    );
    for f in with_rule(&o, "ld-symbol-unresolved") {
        assert_eq!(f.group, nf[0].group, "{}", dump(&o));
    }
}

// ---------------------------------------------------------------------------
// 2. A symbol removed from an unversioned library; weak references
// ---------------------------------------------------------------------------

#[test]
fn unversioned_symbol_removed_and_weak_reference() {
    let fx = Fixture::new();
    let v1 = fx
        .lib("libcmpy-1.so")
        .source("int y_keep(void) { return 0; }\nint y_gone(void) { return 0; }\nint y_opt(void) { return 0; }\n")
        .soname("libcmpy.so.1")
        .build();
    let v2 = fx
        .lib("libcmpy-2.so")
        .source("int y_keep(void) { return 0; }\n")
        .soname("libcmpy.so.1")
        .build();
    let strong = fx
        .exe("strong")
        .source("int y_keep(void);\nint y_gone(void);\nint main(void) { return y_keep() + y_gone(); }\n")
        .link_lib(&v1)
        .build();
    let weak = fx
        .exe("weak")
        .source(
            "int y_keep(void);\nextern int y_opt(void) __attribute__((weak));\n\
             int main(void) { return y_keep() + (y_opt ? y_opt() : 0); }\n",
        )
        .link_lib(&v1)
        .build();
    let d1 = mkdir(&fx, "v1");
    let d2 = mkdir(&fx, "v2");
    place(&v1, &d1, "libcmpy.so.1");
    place(&v2, &d2, "libcmpy.so.1");

    for exe in [&strong, &weak] {
        let o = check(exe, &[&d1], &[]);
        assert!(o.findings.is_empty(), "{}", dump(&o));
        assert_starts(&o, &run(exe, &[&d1]));
    }

    let o = check(&strong, &[&d2], &[]);
    assert_eq!(rules(&o), ["ld-symbol-unresolved"], "{}", dump(&o));
    let f = &o.findings[0];
    assert_eq!(f.severity, Severity::Breaking);
    assert_eq!(f.subject.symbol.as_deref(), Some("y_gone"));
    assert_eq!(f.subject.version, None);
    assert_eq!(f.subject.file.as_deref(), Some("strong"));
    assert_eq!(f.subject.object.as_deref(), Some("strong"));
    assert_eq!(f.subject.chain, ["strong"]);
    assert_fails(&o, &run(&strong, &[&d2]), "undefined symbol: y_gone");

    // The weak reference may stay unresolved: nothing to report, and the program runs.
    let o = check(&weak, &[&d2], &[]);
    assert!(o.findings.is_empty(), "{}", dump(&o));
    assert_starts(&o, &run(&weak, &[&d2]));
}

// ---------------------------------------------------------------------------
// 3. A hidden compat version kept
// ---------------------------------------------------------------------------

#[test]
fn hidden_compat_version_still_binds() {
    let fx = Fixture::new();
    let v1 = fx
        .lib("libcmpx-1.so")
        .source(X_SRC)
        .version_script(X_V1_MAP)
        .soname("libcmpx.so.1")
        .build();
    // foo@LIBX_1 (hidden, old behaviour) and foo@@LIBX_2 (the default for new links).
    let v2 = fx
        .lib("libcmpx-2.so")
        .source(
            "int foo_v1(void) { return 1; }\nint foo_v2(void) { return 2; }\n\
             __asm__(\".symver foo_v1,foo@LIBX_1\");\n__asm__(\".symver foo_v2,foo@@LIBX_2\");\n\
             int bar(void) { return 2; }\n",
        )
        .version_script(
            "LIBX_1 { global: foo; bar; local: *; };\nLIBX_2 { global: foo; } LIBX_1;\n",
        )
        .soname("libcmpx.so.1")
        .build();
    // Built against v1: foo@LIBX_1 must bind to the compat foo, which returns 1.
    let old = fx.exe("old").source(X_APP).link_lib(&v1).build();
    // Built against v2: foo@LIBX_2, which returns 2.
    let new = fx
        .exe("new")
        .source("int foo(void);\nint bar(void);\nint main(void) { return foo() == 2 && bar() == 2 ? 0 : 1; }\n")
        .link_lib(&v2)
        .build();
    let d1 = mkdir(&fx, "v1");
    let d2 = mkdir(&fx, "v2");
    place(&v1, &d1, "libcmpx.so.1");
    place(&v2, &d2, "libcmpx.so.1");

    for (exe, dir) in [(&old, &d1), (&old, &d2), (&new, &d2)] {
        let o = check(exe, &[dir], &[]);
        assert!(
            o.findings.is_empty(),
            "{} against {}:\n{}",
            exe.display(),
            dir.display(),
            dump(&o)
        );
        assert_starts(&o, &run(exe, &[dir]));
    }

    // The other direction: a program needing LIBX_2 against v1.
    let o = check(&new, &[&d1], &[]);
    let mut r = rules(&o);
    r.sort_unstable();
    assert_eq!(
        r,
        ["ld-symbol-unresolved", "ld-version-not-found"],
        "{}",
        dump(&o)
    );
    let v = with_rule(&o, "ld-version-not-found")[0];
    assert_eq!(v.subject.version.as_deref(), Some("LIBX_2"));
    assert_eq!(v.subject.symbols, ["foo"]);
    let u = with_rule(&o, "ld-symbol-unresolved")[0];
    assert_eq!(u.subject.symbol.as_deref(), Some("foo"));
    assert_eq!(u.subject.version.as_deref(), Some("LIBX_2"));
    assert_fails(&o, &run(&new, &[&d1]), "version `LIBX_2' not found");
}

// ---------------------------------------------------------------------------
// 4. Search order
// ---------------------------------------------------------------------------

const Z_APP: &str = "int z_fn(void);\nint main(void) { return z_fn(); }\n";

/// A good and a broken (no `z_fn`) build of libcmpz.so.1, in dirs `good` and `bad`.
fn z_libs(fx: &Fixture) -> (PathBuf, PathBuf, PathBuf) {
    let good = fx
        .lib("libcmpz-good.so")
        .source("int z_fn(void) { return 0; }\n")
        .soname("libcmpz.so.1")
        .build();
    let bad = fx
        .lib("libcmpz-bad.so")
        .source("int z_other(void) { return 0; }\n")
        .soname("libcmpz.so.1")
        .build();
    let g = mkdir(fx, "good");
    let b = mkdir(fx, "bad");
    place(&good, &g, "libcmpz.so.1");
    place(&bad, &b, "libcmpz.so.1");
    (good, g, b)
}

#[test]
fn rpath_beats_library_path() {
    let fx = Fixture::new();
    let (good, g, b) = z_libs(&fx);
    let app_g = fx
        .exe("app_rpath_good")
        .source(Z_APP)
        .link_lib(&good)
        .rpath(g.to_str().unwrap())
        .build();
    let app_b = fx
        .exe("app_rpath_bad")
        .source(Z_APP)
        .link_lib(&good)
        .rpath(b.to_str().unwrap())
        .build();

    let o = check(&app_g, &[&b], &[]);
    assert!(o.findings.is_empty(), "{}", dump(&o));
    assert!(loaded_has(&o, &g.join("libcmpz.so.1")), "{}", dump(&o));
    assert_starts(&o, &run(&app_g, &[&b]));

    let o = check(&app_b, &[&g], &[]);
    assert_eq!(rules(&o), ["ld-symbol-unresolved"], "{}", dump(&o));
    assert_eq!(o.findings[0].subject.symbol.as_deref(), Some("z_fn"));
    assert!(loaded_has(&o, &b.join("libcmpz.so.1")), "{}", dump(&o));
    assert_fails(&o, &run(&app_b, &[&g]), "undefined symbol: z_fn");
}

#[test]
fn library_path_beats_runpath() {
    let fx = Fixture::new();
    let (good, g, b) = z_libs(&fx);
    let app_g = fx
        .exe("app_runpath_good")
        .source(Z_APP)
        .link_lib(&good)
        .runpath(g.to_str().unwrap())
        .build();
    let app_b = fx
        .exe("app_runpath_bad")
        .source(Z_APP)
        .link_lib(&good)
        .runpath(b.to_str().unwrap())
        .build();

    let o = check(&app_b, &[&g], &[]);
    assert!(o.findings.is_empty(), "{}", dump(&o));
    assert!(loaded_has(&o, &g.join("libcmpz.so.1")), "{}", dump(&o));
    assert_starts(&o, &run(&app_b, &[&g]));

    let o = check(&app_g, &[&b], &[]);
    assert_eq!(rules(&o), ["ld-symbol-unresolved"], "{}", dump(&o));
    assert!(loaded_has(&o, &b.join("libcmpz.so.1")), "{}", dump(&o));
    assert_fails(&o, &run(&app_g, &[&b]), "undefined symbol: z_fn");

    // Without a library path, DT_RUNPATH is used.
    let o = check(&app_g, &[], &[]);
    assert!(o.findings.is_empty(), "{}", dump(&o));
    assert_starts(&o, &run(&app_g, &[]));
}

#[test]
fn origin_expansion() {
    let fx = Fixture::new();
    let (good, g, b) = z_libs(&fx);
    let app = fx
        .exe("app")
        .source(Z_APP)
        .link_lib(&good)
        .runpath("$ORIGIN/../lib")
        .build();
    for (tree, lib, ok) in [("t_good", &g, true), ("t_bad", &b, false)] {
        let bin = place(&app, &fx.join(tree).join("bin"), "app");
        let dep = place(
            &lib.join("libcmpz.so.1"),
            &fx.join(tree).join("lib"),
            "libcmpz.so.1",
        );
        let o = check(&bin, &[], &[]);
        assert!(loaded_has(&o, &dep), "{}", dump(&o));
        let r = run(&bin, &[]);
        if ok {
            assert!(o.findings.is_empty(), "{}", dump(&o));
            assert_starts(&o, &r);
        } else {
            assert_eq!(rules(&o), ["ld-symbol-unresolved"], "{}", dump(&o));
            assert_fails(&o, &r, "undefined symbol: z_fn");
        }
    }
}

/// libcmpa.so -> libcmpb.so -> libcmpc.so, each defining one function calling the next.
struct Abc {
    a_plain: PathBuf,
    b: PathBuf,
    c: PathBuf,
    app: PathBuf,
}

fn abc(fx: &Fixture) -> Abc {
    let link_dir = format!("-Wl,-rpath-link,{}", fx.path().display());
    let c = fx
        .lib("libcmpc.so")
        .source("int c_fn(void) { return 0; }\n")
        .soname("libcmpc.so")
        .build();
    let b = fx
        .lib("libcmpb.so")
        .source("int c_fn(void);\nint b_fn(void) { return c_fn(); }\n")
        .soname("libcmpb.so")
        .link(&c)
        .build();
    let a_plain = fx
        .lib("libcmpa.so")
        .source("int b_fn(void);\nint a_fn(void) { return b_fn(); }\n")
        .soname("libcmpa.so")
        .link(&b)
        .build();
    let app = fx
        .exe("app")
        .source("int a_fn(void);\nint main(void) { return a_fn(); }\n")
        .arg(&link_dir)
        .link_lib(&a_plain)
        .build();
    Abc { a_plain, b, c, app }
}

/// A variant of libcmpa.so with DT_RPATH or DT_RUNPATH `dir`.
fn a_with(fx: &Fixture, abc: &Abc, file: &str, dir: &str, runpath: bool) -> PathBuf {
    let l = fx
        .lib(file)
        .source("int b_fn(void);\nint a_fn(void) { return b_fn(); }\n")
        .soname("libcmpa.so")
        .link(&abc.b);
    if runpath {
        l.runpath(dir).build()
    } else {
        l.rpath(dir).build()
    }
}

#[test]
fn runpath_applies_to_direct_needs_only_and_rpath_is_inherited() {
    let fx = Fixture::new();
    let abc = abc(&fx);
    // D holds libcmpb.so and libcmpc.so; A1 holds libcmpa.so with DT_RUNPATH=D, A2 with DT_RPATH=D.
    let d = mkdir(&fx, "d");
    place(&abc.b, &d, "libcmpb.so");
    place(&abc.c, &d, "libcmpc.so");
    let ds = d.to_str().unwrap();
    let a1 = place(
        &a_with(&fx, &abc, "libcmpa-runpath.so", ds, true),
        &fx.join("a1"),
        "libcmpa.so",
    );
    let a2 = place(
        &a_with(&fx, &abc, "libcmpa-rpath.so", ds, false),
        &fx.join("a2"),
        "libcmpa.so",
    );
    let a1_dir = a1.parent().unwrap();
    let a2_dir = a2.parent().unwrap();

    // A's DT_RUNPATH finds its own NEEDED libcmpb.so, but not libcmpb.so's NEEDED libcmpc.so.
    let o = check(&abc.app, &[a1_dir], &[]);
    assert!(loaded_has(&o, &d.join("libcmpb.so")), "{}", dump(&o));
    assert!(!loaded_has(&o, &d.join("libcmpc.so")), "{}", dump(&o));
    let nf = with_rule(&o, "ld-library-not-found");
    assert_eq!(nf.len(), 1, "{}", dump(&o));
    assert_eq!(nf[0].subject.library.as_deref(), Some("libcmpc.so"));
    assert_eq!(
        nf[0].subject.chain,
        ["app", "libcmpa.so", "libcmpb.so", "libcmpc.so"]
    );
    assert_eq!(
        nf[0]
            .subject
            .object
            .as_deref()
            .map(|p| std::fs::canonicalize(p).unwrap()),
        Some(std::fs::canonicalize(d.join("libcmpb.so")).unwrap())
    );
    assert!(
        rules(&o)
            .iter()
            .all(|r| *r == "ld-library-not-found" || *r == "ld-symbol-unresolved"),
        "{}",
        dump(&o)
    );
    assert_fails(
        &o,
        &run(&abc.app, &[a1_dir]),
        "libcmpc.so: cannot open shared object file",
    );

    // A's DT_RPATH is also searched for libcmpb.so's needs (libcmpb.so has no DT_RUNPATH).
    let o = check(&abc.app, &[a2_dir], &[]);
    assert!(o.findings.is_empty(), "{}", dump(&o));
    assert!(loaded_has(&o, &d.join("libcmpc.so")), "{}", dump(&o));
    assert_starts(&o, &run(&abc.app, &[a2_dir]));
}

#[test]
fn executable_rpath_is_inherited_but_runpath_is_not() {
    let fx = Fixture::new();
    let abc = abc(&fx);
    // Everything, libcmpa.so without paths, in D; programs with DT_RPATH=D or DT_RUNPATH=D.
    let d = mkdir(&fx, "d");
    place(&abc.a_plain, &d, "libcmpa.so");
    place(&abc.b, &d, "libcmpb.so");
    place(&abc.c, &d, "libcmpc.so");
    let ds = d.to_str().unwrap();
    let src = "int a_fn(void);\nint main(void) { return a_fn(); }\n";
    let link_dir = format!("-Wl,-rpath-link,{}", fx.path().display());
    let with_rpath = fx
        .exe("app_rpath")
        .source(src)
        .arg(&link_dir)
        .link_lib(&abc.a_plain)
        .rpath(ds)
        .build();
    let with_runpath = fx
        .exe("app_runpath")
        .source(src)
        .arg(&link_dir)
        .link_lib(&abc.a_plain)
        .runpath(ds)
        .build();

    let o = check(&with_rpath, &[], &[]);
    assert!(o.findings.is_empty(), "{}", dump(&o));
    assert!(loaded_has(&o, &d.join("libcmpc.so")), "{}", dump(&o));
    assert_starts(&o, &run(&with_rpath, &[]));

    let o = check(&with_runpath, &[], &[]);
    let nf = with_rule(&o, "ld-library-not-found");
    assert_eq!(nf.len(), 1, "{}", dump(&o));
    assert_eq!(nf[0].subject.library.as_deref(), Some("libcmpb.so"));
    assert_eq!(
        nf[0].subject.chain,
        ["app_runpath", "libcmpa.so", "libcmpb.so"]
    );
    assert_fails(
        &o,
        &run(&with_runpath, &[]),
        "libcmpb.so: cannot open shared object file",
    );
}

#[test]
fn loader_with_runpath_ignores_rpath_of_its_loaders() {
    // glibc: when the object that needs NAME has DT_RUNPATH, no DT_RPATH is
    // searched at all, not even the executable's.
    let fx = Fixture::new();
    let abc = abc(&fx);
    let d = mkdir(&fx, "d");
    let a_rp = a_with(
        &fx,
        &abc,
        "libcmpa-elsewhere.so",
        "/nonexistent-compat-test-dir",
        true,
    );
    place(&a_rp, &d, "libcmpa.so");
    place(&abc.b, &d, "libcmpb.so");
    place(&abc.c, &d, "libcmpc.so");
    let link_dir = format!("-Wl,-rpath-link,{}", fx.path().display());
    let app = fx
        .exe("app_rpath")
        .source("int a_fn(void);\nint main(void) { return a_fn(); }\n")
        .arg(&link_dir)
        .link_lib(&abc.a_plain)
        .rpath(d.to_str().unwrap())
        .build();
    let o = check(&app, &[], &[]);
    let nf = with_rule(&o, "ld-library-not-found");
    assert_eq!(nf.len(), 1, "{}", dump(&o));
    assert_eq!(nf[0].subject.library.as_deref(), Some("libcmpb.so"));
    assert_fails(
        &o,
        &run(&app, &[]),
        "libcmpb.so: cannot open shared object file",
    );

    // With the plain libcmpa.so (no DT_RUNPATH), the executable's DT_RPATH serves again.
    place(&abc.a_plain, &d, "libcmpa.so");
    let o = check(&app, &[], &[]);
    assert!(o.findings.is_empty(), "{}", dump(&o));
    assert_starts(&o, &run(&app, &[]));
}

// ---------------------------------------------------------------------------
// 5. A missing library deep in the chain
// ---------------------------------------------------------------------------

#[test]
fn missing_library_names_the_chain() {
    let fx = Fixture::new();
    let libb = fx
        .lib("libcmpmb.so")
        .source("int b_fn(void) { return 0; }\n")
        .soname("libcmpmb.so")
        .build();
    let liba = fx
        .lib("libcmpma.so")
        .source("int b_fn(void);\nint a_fn(void) { return b_fn(); }\n")
        .soname("libcmpma.so")
        .link(&libb)
        .build();
    let main = fx
        .exe("main")
        .source("int a_fn(void);\nint main(void) { return a_fn(); }\n")
        .arg(format!("-Wl,-rpath-link,{}", fx.path().display()))
        .link_lib(&liba)
        .build();
    let only_a = mkdir(&fx, "only_a");
    let a = place(&liba, &only_a, "libcmpma.so");
    let both = mkdir(&fx, "both");
    place(&liba, &both, "libcmpma.so");
    place(&libb, &both, "libcmpmb.so");

    let o = check(&main, &[&both], &[]);
    assert!(o.findings.is_empty(), "{}", dump(&o));
    assert_starts(&o, &run(&main, &[&both]));

    let o = check(&main, &[&only_a], &[]);
    let nf = with_rule(&o, "ld-library-not-found");
    assert_eq!(nf.len(), 1, "{}", dump(&o));
    let f = nf[0];
    assert_eq!(f.severity, Severity::Breaking);
    assert_eq!(f.subject.file.as_deref(), Some("main"));
    assert_eq!(f.subject.library.as_deref(), Some("libcmpmb.so"));
    assert_eq!(f.subject.chain, ["main", "libcmpma.so", "libcmpmb.so"]);
    assert_eq!(f.subject.object.as_deref(), Some(a.to_str().unwrap()));
    assert!(
        f.message.contains("libcmpmb.so => not found"),
        "{}",
        f.message
    );
    assert_fails(
        &o,
        &run(&main, &[&only_a]),
        "libcmpmb.so: cannot open shared object file",
    );
}

// ---------------------------------------------------------------------------
// 6. Copy relocation with a changed size
// ---------------------------------------------------------------------------

#[test]
fn copy_relocation_size_changed() {
    let fx = Fixture::new();
    let v1 = fx
        .lib("libcmpt-1.so")
        .source("int table[4] = {1, 2, 3, 4};\n")
        .soname("libcmpt.so.1")
        .build();
    let v2 = fx
        .lib("libcmpt-2.so")
        .source("int table[8] = {1, 2, 3, 4, 5, 6, 7, 8};\n")
        .soname("libcmpt.so.1")
        .build();
    let app = fx
        .exe("app")
        .source("extern int table[4];\nint main(void) { return table[0] == 1 && table[3] == 4 ? 0 : 1; }\n")
        .pie(false)
        .link_lib(&v1)
        .build();
    let d1 = mkdir(&fx, "v1");
    let d2 = mkdir(&fx, "v2");
    place(&v1, &d1, "libcmpt.so.1");
    let v2_lib = place(&v2, &d2, "libcmpt.so.1");
    const WARNING: &str = "has different size in shared object";

    let o = check(&app, &[&d1], &[]);
    assert!(o.findings.is_empty(), "{}", dump(&o));
    let r = run(&app, &[&d1]);
    assert_starts(&o, &r);
    assert!(!r.stderr.contains(WARNING), "{r:?}");

    let o = check(&app, &[&d2], &[]);
    assert_eq!(rules(&o), ["ld-copy-relocation-size"], "{}", dump(&o));
    let f = &o.findings[0];
    assert_eq!(f.severity, Severity::Breaking);
    assert_eq!(f.subject.symbol.as_deref(), Some("table"));
    assert_eq!(f.subject.old_value.as_deref(), Some("16"));
    assert_eq!(f.subject.new_value.as_deref(), Some("32"));
    assert_eq!(f.subject.object.as_deref(), Some("app"));
    assert_eq!(
        f.subject
            .library
            .as_deref()
            .map(|p| std::fs::canonicalize(p).unwrap()),
        Some(std::fs::canonicalize(&v2_lib).unwrap())
    );
    // ld.so only warns; the program runs (and reads its truncated copy).
    let r = run(&app, &[&d2]);
    assert_eq!(r.code, Some(0), "{r:?}");
    assert!(r.stderr.contains(WARNING), "ld.so should warn: {r:?}");
    assert!(r.stderr.contains("table"), "{r:?}");
}

// ---------------------------------------------------------------------------
// 7. A weak version need
// ---------------------------------------------------------------------------

/// Sets VER_FLG_WEAK on the Vernaux entry for `version` in a little-endian ELF64.
///
/// GNU ld never writes VER_FLG_WEAK into `.gnu.version_r` (not even when every
/// reference to the version is weak), so the flag is patched into the built file.
fn make_version_need_weak(file: &Path, version: &str) {
    use object::{Object, ObjectSection};
    let mut data = std::fs::read(file).unwrap();
    let (vr_off, vr_size, str_off, str_size) = {
        let elf = object::File::parse(&*data).unwrap();
        assert!(elf.is_little_endian() && elf.is_64());
        let vr = elf
            .section_by_name(".gnu.version_r")
            .expect(".gnu.version_r");
        let ds = elf.section_by_name(".dynstr").expect(".dynstr");
        let (a, b) = vr.file_range().unwrap();
        let (c, d) = ds.file_range().unwrap();
        (a as usize, b as usize, c as usize, d as usize)
    };
    let u16_at = |d: &[u8], o: usize| u16::from_le_bytes(d[o..o + 2].try_into().unwrap()) as usize;
    let u32_at = |d: &[u8], o: usize| u32::from_le_bytes(d[o..o + 4].try_into().unwrap()) as usize;
    let name_at = |d: &[u8], o: usize| -> String {
        let s = &d[str_off + o..str_off + str_size];
        String::from_utf8_lossy(&s[..s.iter().position(|&c| c == 0).unwrap()]).into_owned()
    };
    let mut patched = 0;
    let mut vn = vr_off;
    // Verneed: vn_version u16, vn_cnt u16, vn_file u32, vn_aux u32, vn_next u32.
    // Vernaux: vna_hash u32, vna_flags u16, vna_other u16, vna_name u32, vna_next u32.
    loop {
        assert!(vn + 16 <= vr_off + vr_size);
        let cnt = u16_at(&data, vn + 2);
        let mut aux = vn + u32_at(&data, vn + 8);
        for _ in 0..cnt {
            if name_at(&data, u32_at(&data, aux + 8)) == version {
                data[aux + 4..aux + 6].copy_from_slice(&2u16.to_le_bytes());
                patched += 1;
            }
            aux += u32_at(&data, aux + 12);
        }
        let next = u32_at(&data, vn + 12);
        if next == 0 {
            break;
        }
        vn += next;
    }
    assert_eq!(patched, 1, "{version} is needed once by {}", file.display());
    std::fs::write(file, data).unwrap();
}

#[test]
fn weak_version_need() {
    let fx = Fixture::new();
    let v1 = fx
        .lib("libcmpx-1.so")
        .source(X_SRC)
        .version_script(X_V1_MAP)
        .soname("libcmpx.so.1")
        .build();
    let v2 = fx
        .lib("libcmpx-2.so")
        .source(X_SRC)
        .version_script(X_V2_MAP)
        .soname("libcmpx.so.1")
        .build();
    // Only weak references, so a missing version is all that could stop it.
    let weak_src = "extern int foo(void) __attribute__((weak));\nextern int bar(void) __attribute__((weak));\n\
                    int main(void) { return (foo ? foo() - 1 : 0) + (bar ? bar() - 2 : 0); }\n";
    let plain = fx
        .exe("plain")
        .source(weak_src)
        .arg("-Wl,--no-as-needed")
        .link_lib(&v1)
        .build();
    let weak = place(&plain, fx.path(), "weak");
    make_version_need_weak(&weak, "LIBX_1");
    // Strong references with a weak version need.
    let strong = fx.exe("strong").source(X_APP).link_lib(&v1).build();
    make_version_need_weak(&strong, "LIBX_1");
    let d1 = mkdir(&fx, "v1");
    let d2 = mkdir(&fx, "v2");
    place(&v1, &d1, "libcmpx.so.1");
    place(&v2, &d2, "libcmpx.so.1");

    for exe in [&plain, &weak, &strong] {
        let o = check(exe, &[&d1], &[]);
        assert!(o.findings.is_empty(), "{}", dump(&o));
        assert_starts(&o, &run(exe, &[&d1]));
    }

    // The unpatched program: a hard need, ld.so refuses to start it.
    let o = check(&plain, &[&d2], &[]);
    assert_eq!(rules(&o), ["ld-version-not-found"], "{}", dump(&o));
    assert_fails(&o, &run(&plain, &[&d2]), "version `LIBX_1' not found");

    // Weak need, weak references: a warning, and the program runs.
    let o = check(&weak, &[&d2], &[]);
    assert_eq!(rules(&o), ["ld-weak-version-not-found"], "{}", dump(&o));
    let f = &o.findings[0];
    assert_eq!(f.severity, Severity::Warning);
    assert_eq!(f.subject.version.as_deref(), Some("LIBX_1"));
    assert_eq!(f.subject.library.as_deref(), Some("libcmpx.so.1"));
    assert_eq!(f.subject.symbols, ["bar", "foo"]);
    assert_eq!(f.subject.object.as_deref(), Some("weak"));
    assert_starts(&o, &run(&weak, &[&d2]));

    // Weak need, strong references: ld.so starts, then cannot bind foo@LIBX_1.
    let o = check(&strong, &[&d2], &[]);
    let mut r = rules(&o);
    r.sort_unstable();
    assert_eq!(
        r,
        [
            "ld-symbol-unresolved",
            "ld-symbol-unresolved",
            "ld-weak-version-not-found"
        ],
        "{}",
        dump(&o)
    );
    assert_fails(&o, &run(&strong, &[&d2]), "version LIBX_1");
}

// ---------------------------------------------------------------------------
// 8. A versioned library replaced by an unversioned build
// ---------------------------------------------------------------------------

/// libcmpn.so.1 defining foo, bar and say; `say` calls `puts`, so even an
/// unversioned build has a `.gnu.version` table (for its libc reference).
const N_SRC: &str =
    "#include <stdio.h>\nint foo(void) { return 1; }\nint bar(void) { return 2; }\n\
                     void say(const char *s) { puts(s); }\n";

#[test]
fn no_version_information() {
    let fx = Fixture::new();
    let v1 = fx
        .lib("libcmpn-1.so")
        .source(N_SRC)
        .version_script("LIBN_1 { global: foo; bar; say; local: *; };")
        .soname("libcmpn.so.1")
        .build();
    let v2 = fx
        .lib("libcmpn-2.so")
        .source(N_SRC)
        .soname("libcmpn.so.1")
        .build();
    let app = fx.exe("app").source(X_APP).link_lib(&v1).build();
    let d1 = mkdir(&fx, "v1");
    let d2 = mkdir(&fx, "v2");
    place(&v1, &d1, "libcmpn.so.1");
    place(&v2, &d2, "libcmpn.so.1");

    let o = check(&app, &[&d1], &[]);
    assert!(o.findings.is_empty(), "{}", dump(&o));
    let r = run(&app, &[&d1]);
    assert_starts(&o, &r);
    assert!(!r.stderr.contains("no version information"), "{r:?}");

    let o = check(&app, &[&d2], &[]);
    assert_eq!(rules(&o), ["ld-no-version-information"], "{}", dump(&o));
    let f = &o.findings[0];
    assert_eq!(f.severity, Severity::Warning);
    assert_eq!(f.subject.library.as_deref(), Some("libcmpn.so.1"));
    assert_eq!(f.subject.object.as_deref(), Some("app"));
    assert_eq!(f.subject.file.as_deref(), Some("app"));
    let r = run(&app, &[&d2]);
    assert_starts(&o, &r);
    assert!(
        r.stderr.contains("no version information available"),
        "ld.so warns: {r:?}"
    );
}

#[test]
fn no_version_information_without_versym_table() {
    // X_SRC calls nothing, so its unversioned build has no .gnu.version at all.
    let fx = Fixture::new();
    let v1 = fx
        .lib("libcmpx-1.so")
        .source(X_SRC)
        .version_script(X_V1_MAP)
        .soname("libcmpx.so.1")
        .build();
    let v2 = fx
        .lib("libcmpx-2.so")
        .source(X_SRC)
        .soname("libcmpx.so.1")
        .build();
    let app = fx.exe("app").source(X_APP).link_lib(&v1).build();
    let d2 = mkdir(&fx, "v2");
    place(&v2, &d2, "libcmpx.so.1");
    // The oracle first, so a failure below is compat's.
    let r = run(&app, &[&d2]);
    assert!(
        r.code != Some(0) && r.stderr.contains("Inconsistency detected by ld.so"),
        "{r:?}"
    );
    let o = check(&app, &[&d2], &[]);
    assert_fails(&o, &r, "Inconsistency detected by ld.so");
}

// ---------------------------------------------------------------------------
// 9. --lib overrides and a sysroot
// ---------------------------------------------------------------------------

#[test]
fn lib_overrides_by_soname_and_by_name() {
    let fx = Fixture::new();
    let v1 = fx
        .lib("libcmpx-1.so")
        .source(X_SRC)
        .version_script(X_V1_MAP)
        .soname("libcmpx.so.1")
        .build();
    let v2 = fx
        .lib("libcmpx-2.so")
        .source(X_SRC)
        .version_script(X_V2_MAP)
        .soname("libcmpx.so.1")
        .build();
    // The same ABI as v1 under another SONAME.
    let next = fx
        .lib("libcmpx-next.so")
        .source(X_SRC)
        .version_script(X_V1_MAP)
        .soname("libcmpx.so.2")
        .build();
    let nosoname = fx
        .lib("libcmpx-nosoname.so")
        .source(X_SRC)
        .version_script(X_V1_MAP)
        .build();
    let app = fx.exe("app").source(X_APP).link_lib(&v1).build();
    let d1 = mkdir(&fx, "v1");
    place(&v1, &d1, "libcmpx.so.1");

    // --lib PATH: used for its SONAME, ahead of the library path.
    let o = check(&app, &[&d1], &[v2.display().to_string()]);
    assert!(loaded_has(&o, &v2), "{}", dump(&o));
    assert!(rules(&o).contains(&"ld-version-not-found"), "{}", dump(&o));
    let d2 = mkdir(&fx, "v2");
    place(&v2, &d2, "libcmpx.so.1");
    assert_fails(&o, &run(&app, &[&d2]), "version `LIBX_1' not found");

    // --lib NAME=PATH: used for NAME whatever its SONAME.
    let o = check(&app, &[], &[format!("libcmpx.so.1={}", next.display())]);
    assert!(loaded_has(&o, &next), "{}", dump(&o));
    assert!(o.findings.is_empty(), "{}", dump(&o));
    let dn = mkdir(&fx, "next");
    place(&next, &dn, "libcmpx.so.1");
    assert_starts(&o, &run(&app, &[&dn]));

    // --lib PATH of a file without a SONAME, or of no file, is a configuration error.
    let e = Checker::new(config(&[], &[nosoname.display().to_string()]))
        .err()
        .expect("no SONAME")
        .to_string();
    assert!(e.contains("has no SONAME") && !e.contains('\n'), "{e}");
    let e = Checker::new(config(
        &[],
        &[format!("libcmpx.so.1={}", fx.join("absent.so").display())],
    ))
    .err()
    .expect("missing file")
    .to_string();
    assert!(!e.contains('\n'), "{e}");
}

#[test]
fn sysroot_with_ld_so_conf_and_no_cache() {
    let host_libc = Path::new("/lib/x86_64-linux-gnu/libc.so.6");
    let host_ldso = Path::new("/lib64/ld-linux-x86-64.so.2");
    if !host_libc.exists() || !host_ldso.exists() {
        eprintln!(
            "skipping sysroot_with_ld_so_conf_and_no_cache: no x86-64 glibc at {}",
            host_libc.display()
        );
        return;
    }
    let fx = Fixture::new();
    let sys = fx
        .lib("libcmpsys.so.1")
        .source("int sys_fn(void) { return 0; }\n")
        .soname("libcmpsys.so.1")
        .build();
    let extra = fx
        .lib("libcmpextra.so.1")
        .source("int extra_fn(void) { return 0; }\n")
        .soname("libcmpextra.so.1")
        .build();
    let app = fx
        .exe("app")
        .source("int sys_fn(void);\nint extra_fn(void);\nint main(void) { return sys_fn() + extra_fn(); }\n")
        .link_lib(&sys)
        .link_lib(&extra)
        .build();

    let make_root = |name: &str, with_libc: bool| -> PathBuf {
        let root = mkdir(&fx, name);
        std::fs::create_dir_all(root.join("etc/ld.so.conf.d")).unwrap();
        std::fs::write(
            root.join("etc/ld.so.conf"),
            "# compat test\ninclude /etc/ld.so.conf.d/*.conf\n/opt/cmp/lib\n",
        )
        .unwrap();
        std::fs::write(root.join("etc/ld.so.conf.d/extra.conf"), "/opt/extra/lib\n").unwrap();
        place(&sys, &root.join("opt/cmp/lib"), "libcmpsys.so.1");
        place(&extra, &root.join("opt/extra/lib"), "libcmpextra.so.1");
        std::fs::create_dir_all(root.join("usr/lib/x86_64-linux-gnu")).unwrap();
        // Merged /usr, with an absolute link that must stay inside the root.
        std::os::unix::fs::symlink("/usr/lib", root.join("lib")).unwrap();
        if with_libc {
            place(
                host_libc,
                &root.join("usr/lib/x86_64-linux-gnu"),
                "libc.so.6",
            );
            place(
                host_ldso,
                &root.join("usr/lib/x86_64-linux-gnu"),
                "ld-linux-x86-64.so.2",
            );
        }
        root
    };

    let root = make_root("sysroot", true);
    let checker = Checker::new(LoaderConfig {
        library_path: vec![],
        sysroot: Some(root.clone()),
        overrides: vec![],
        standalone: false,
    })
    .unwrap();
    let o = checker.check(&app, "app");
    assert!(o.error.is_none(), "{o:?}");
    assert!(o.findings.is_empty(), "{}", dump(&o));
    assert!(
        loaded_has(&o, &root.join("opt/cmp/lib/libcmpsys.so.1")),
        "{}",
        dump(&o)
    );
    assert!(
        loaded_has(&o, &root.join("opt/extra/lib/libcmpextra.so.1")),
        "from the include: {}",
        dump(&o)
    );
    assert!(
        loaded_has(&o, &root.join("usr/lib/x86_64-linux-gnu/libc.so.6")),
        "{}",
        dump(&o)
    );
    let canon_root = std::fs::canonicalize(&root).unwrap();
    for l in &o.loaded[1..] {
        assert!(
            std::fs::canonicalize(l).unwrap().starts_with(&canon_root),
            "{l} is outside the sysroot"
        );
    }

    // Without libc.so.6 in the root, the host's is not used.
    let bare = make_root("bare", false);
    let checker = Checker::new(LoaderConfig {
        library_path: vec![],
        sysroot: Some(bare.clone()),
        overrides: vec![],
        standalone: false,
    })
    .unwrap();
    let o = checker.check(&app, "app");
    let nf = with_rule(&o, "ld-library-not-found");
    assert_eq!(nf.len(), 1, "{}", dump(&o));
    assert_eq!(nf[0].subject.library.as_deref(), Some("libc.so.6"));
    assert!(
        loaded_has(&o, &bare.join("opt/cmp/lib/libcmpsys.so.1")),
        "{}",
        dump(&o)
    );
    // (No real run: the sysroot cannot be entered without privileges.)

    let e = Checker::new(LoaderConfig {
        sysroot: Some(fx.join("no-such-root")),
        ..LoaderConfig::default()
    });
    assert!(e.is_err());
}

// ---------------------------------------------------------------------------
// 10. Another architecture
// ---------------------------------------------------------------------------

#[test]
fn cross_architecture_skips_wrong_machine() {
    const CC: &str = "aarch64-linux-gnu-gcc";
    if !compat_testkit::have(CC) {
        eprintln!("skipping cross_architecture_skips_wrong_machine: {CC} is not installed");
        return;
    }
    let fx = Fixture::new();
    let src = "int arm_fn(void) { return 0; }\n";
    let a64 = fx
        .lib("libcmparm-a64.so")
        .cc(CC)
        .source(src)
        .soname("libcmparm.so.1")
        .build();
    let x86 = fx
        .lib("libcmparm-x86.so")
        .source(src)
        .soname("libcmparm.so.1")
        .build();
    let app = fx
        .exe("app-a64")
        .cc(CC)
        .source("int arm_fn(void);\nint main(void) { return arm_fn(); }\n")
        .link_lib(&a64)
        .runpath("$ORIGIN")
        .build();
    let arm = mkdir(&fx, "arm");
    let bin = place(&app, &arm, "app");
    let arm_lib = place(&a64, &arm, "libcmparm.so.1");
    let xdir = mkdir(&fx, "x86");
    let x86_lib = place(&x86, &xdir, "libcmparm.so.1");

    // The library path comes before DT_RUNPATH, but holds an x86-64 build.
    let cross_libc = Path::new("/usr/aarch64-linux-gnu/lib");
    let have_libc = cross_libc.join("libc.so.6").exists();
    let mut path: Vec<&Path> = vec![&xdir];
    if have_libc {
        path.push(cross_libc);
    }
    let o = check(&bin, &path, &[]);
    assert!(loaded_has(&o, &arm_lib), "{}", dump(&o));
    assert!(!loaded_has(&o, &x86_lib), "{}", dump(&o));
    assert!(
        o.findings
            .iter()
            .all(|f| !f.message.contains("libcmparm")
                && f.subject.symbol.as_deref() != Some("arm_fn")),
        "{}",
        dump(&o)
    );
    if have_libc {
        assert!(o.findings.is_empty(), "{}", dump(&o));
        assert!(
            loaded_has(&o, &cross_libc.join("libc.so.6")),
            "{}",
            dump(&o)
        );
    }
    // Only the x86-64 build: not usable, so not found.
    std::fs::remove_file(&arm_lib).unwrap();
    let o = check(&bin, &path, &[]);
    let nf = with_rule(&o, "ld-library-not-found");
    assert_eq!(nf.len(), 1, "{}", dump(&o));
    assert_eq!(nf[0].subject.library.as_deref(), Some("libcmparm.so.1"));
}

// ---------------------------------------------------------------------------
// 11. Bad inputs
// ---------------------------------------------------------------------------

#[test]
fn bad_inputs_are_errors_not_panics() {
    let fx = Fixture::new();
    let lib = fx
        .lib("libcmpok.so")
        .source("int ok(void) { return 0; }\n")
        .soname("libcmpok.so")
        .build();
    let bytes = std::fs::read(&lib).unwrap();
    let mut shoff = bytes.clone();
    shoff[40..48].copy_from_slice(&0x7fff_ffff_ffff_0000u64.to_le_bytes()); // e_shoff
    let cases = [
        fx.write("empty.so", b""),
        fx.write("text.so", b"this is not an ELF file\n"),
        fx.write("truncated.so", &bytes[..100]),
        fx.write("bad-shoff.so", &shoff),
    ];
    let checker = Checker::new(LoaderConfig::default()).unwrap();
    for file in &cases {
        let o = checker.check(file, &shown(file));
        let e = o
            .error
            .as_deref()
            .unwrap_or_else(|| panic!("{}: no error:\n{}", file.display(), dump(&o)));
        assert!(
            !e.is_empty() && !e.contains('\n'),
            "{}: {e:?}",
            file.display()
        );
        assert!(
            o.findings.is_empty() && o.skipped.is_none(),
            "{}: {o:?}",
            file.display()
        );
        // As a --lib file, a configuration error with one line.
        let err = Checker::new(config(&[], &[format!("libcmpok.so={}", file.display())])).err();
        let err = err
            .unwrap_or_else(|| panic!("{}: --lib accepted", file.display()))
            .to_string();
        assert!(!err.contains('\n'), "{err:?}");
    }
    let o = checker.check(&fx.join("absent"), "absent");
    assert!(o.error.is_some());
}

#[test]
fn non_elf_candidate_stops_the_search() {
    let fx = Fixture::new();
    let (good, g, _) = z_libs(&fx);
    let app = fx.exe("app").source(Z_APP).link_lib(&good).build();
    let junk = mkdir(&fx, "junk");
    // A GNU ld script (longer than an ELF header, so ld.so reads it and rejects the magic).
    std::fs::write(
        junk.join("libcmpz.so.1"),
        b"/* GNU ld script: use the real library */\nINPUT(libcmpz-good.so)\n",
    )
    .unwrap();
    // The oracle first, so a failure below is compat's.
    let r = run(&app, &[&junk, &g]);
    assert!(
        r.code != Some(0) && r.stderr.contains("invalid ELF header"),
        "{r:?}"
    );
    let o = check(&app, &[&junk, &g], &[]);
    assert_fails(&o, &r, "invalid ELF header");
}

// ---------------------------------------------------------------------------
// 12. Static executables; 13. the system's own programs
// ---------------------------------------------------------------------------

#[test]
fn static_executable_is_skipped() {
    if !Path::new("/usr/lib/x86_64-linux-gnu/libc.a").exists() {
        eprintln!("skipping static_executable_is_skipped: no libc.a");
        return;
    }
    let fx = Fixture::new();
    let exe = fx
        .exe("static")
        .source("int main(void) { return 0; }\n")
        .arg("-static")
        .build();
    let o = Checker::new(LoaderConfig::default())
        .unwrap()
        .check(&exe, "static");
    assert!(o.skipped.is_some(), "{o:?}");
    assert!(o.error.is_none() && o.findings.is_empty(), "{o:?}");
    assert_eq!(run(&exe, &[]).code, Some(0));
}

#[test]
fn system_program_checks_clean() {
    let ls = Path::new("/bin/ls");
    if !ls.exists() {
        eprintln!("skipping system_program_checks_clean: no /bin/ls");
        return;
    }
    let o = check(ls, &[], &[]);
    assert!(breaking(&o).is_empty(), "{}", dump(&o));
    assert!(
        o.loaded.iter().any(|l| l.ends_with("/libc.so.6")),
        "{}",
        dump(&o)
    );
}

/// `providers_of` names the library found for each NEEDED entry of the file
/// itself, in order, read with its version definitions but without its
/// symbols; the libraries those load are not part of the answer (a full
/// check of the same file loads them).
#[test]
fn providers_are_the_files_own_needs_read_without_symbols() {
    let fx = Fixture::new();
    let abc = abc(&fx);
    let x = fx
        .lib("libcmpx.so.1")
        .source(X_SRC)
        .version_script("LIBX_1 { global: foo; local: *; };\nLIBX_2 { global: bar; } LIBX_1;")
        .soname("libcmpx.so.1")
        .build();
    let lib = fx
        .lib("libuser.so")
        .source("int a_fn(void);\nint foo(void);\nint user(void) { return a_fn() + foo(); }\n")
        .arg(format!("-Wl,-rpath-link,{}", fx.path().display()))
        .link(&x)
        .link(&abc.a_plain)
        .build();
    let checker = Checker::new(config(&[fx.path()], &[])).expect("checker");

    let full = checker.check(&lib, &shown(&lib));
    assert!(
        loaded_has(&full, &abc.b) && loaded_has(&full, &abc.c),
        "{}",
        dump(&full)
    );

    let providers = checker.providers_of(&lib, &[]);
    let names: Vec<&str> = providers.iter().map(|(n, _, _)| n.as_str()).collect();
    assert_eq!(names, ["libcmpx.so.1", "libcmpa.so"]);
    let (_, path, obj) = &providers[0];
    assert_eq!(
        std::fs::canonicalize(path).unwrap(),
        std::fs::canonicalize(&x).unwrap()
    );
    let versions: Vec<(&str, &[String])> = obj
        .abi
        .defined_versions()
        .map(|d| (d.name.as_str(), d.parents.as_slice()))
        .collect();
    assert_eq!(
        versions,
        [("LIBX_1", &[][..]), ("LIBX_2", &["LIBX_1".to_owned()][..])]
    );
    for (name, _, obj) in &providers {
        assert!(
            obj.abi.symbols.is_empty() && obj.abi.undefined.is_empty(),
            "{name}: read with {} symbols",
            obj.abi.symbols.len() + obj.abi.undefined.len()
        );
    }
    // The full check's objects keep their symbols: the two stores are apart.
    assert!(full.objects().iter().all(|o| !o.abi.symbols.is_empty()));
}
