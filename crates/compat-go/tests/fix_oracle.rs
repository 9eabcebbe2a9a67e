//! `compat_go::fix` against the real tools: every fixture under
//! `tests/fix_fixtures/` is rewritten by `gofmt -w` (and, in the modules,
//! then by `go fix`) and by [`fix_source`]; the bytes must be equal. The
//! fixtures' code is already gofmt-clean, so gofmt only touches constraint
//! lines. CRLF and byte-order-mark variants are made on the fly: gofmt
//! normalises both away, compat keeps them, so those are compared after
//! normalising compat's output the same way.
//!
//! Without `go`/`gofmt` on PATH the oracle tests are skipped with a message,
//! unless `CI` is set (then they fail). The toolchain-free checks
//! (idempotence, refusals, CRLF/BOM preservation) always run.

use std::path::{Path, PathBuf};
use std::process::Command;

use compat_go::constraint::Limits;
use compat_go::fix::{fix_source, unified_diff, Fixed};
use compat_go::lint::go_mod_version;

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fix_fixtures")
}

/// The `.go` files of a fixture directory, sorted.
fn go_files(dir: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "go"))
        .collect();
    v.sort();
    v
}

/// Whether the Go toolchain is usable; panics under CI when it is not.
#[allow(clippy::print_stderr)]
fn have_go() -> bool {
    let runs = |cmd: &str, arg: &str| Command::new(cmd).arg(arg).output().is_ok();
    let ok = runs("go", "version") && runs("gofmt", "/dev/null");
    if !ok {
        if std::env::var_os("CI").is_some() {
            panic!("go/gofmt not found on PATH and CI is set: the fix oracle cannot run");
        }
        eprintln!("SKIPPED: go/gofmt not on PATH; the gofmt/go fix oracle was not run");
    }
    ok
}

fn apply(src: &[u8], go: Option<(u32, u32)>) -> Vec<u8> {
    match fix_source(src, go, Limits::Older) {
        Fixed::Unchanged => src.to_vec(),
        Fixed::Changed(v) => v,
        Fixed::Refused(r) => panic!("refused: {r:?}"),
    }
}

fn gofmt_w(path: &Path) {
    let out = Command::new("gofmt").arg("-w").arg(path).output().unwrap();
    assert!(
        out.status.success(),
        "gofmt -w {}: {}",
        path.display(),
        String::from_utf8_lossy(&out.stderr)
    );
}

fn show(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

fn crlf(b: &[u8]) -> Vec<u8> {
    show(b).replace('\n', "\r\n").into_bytes()
}

fn normalise(b: &[u8]) -> Vec<u8> {
    let b = b.strip_prefix(b"\xef\xbb\xbf").unwrap_or(b);
    show(b).replace("\r\n", "\n").into_bytes()
}

#[test]
fn single_files_match_gofmt() {
    if !have_go() {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let mut changed = 0;
    for f in go_files(&fixtures().join("single")) {
        let name = f.file_name().unwrap().to_string_lossy().into_owned();
        let src = std::fs::read(&f).unwrap();
        let variants: [(&str, Vec<u8>); 3] = [
            ("lf", src.clone()),
            ("crlf", crlf(&src)),
            ("bom", [b"\xef\xbb\xbf".as_slice(), &src].concat()),
        ];
        for (kind, input) in variants {
            let path = tmp.path().join(format!("{kind}_{name}"));
            std::fs::write(&path, &input).unwrap();
            gofmt_w(&path);
            let want = std::fs::read(&path).unwrap();
            let got = apply(&input, None);
            assert_eq!(
                show(&normalise(&got)),
                show(&want),
                "{kind} {name}: compat differs from gofmt"
            );
            if kind == "lf" {
                assert_eq!(show(&got), show(&want), "{name}");
                if got != input {
                    changed += 1;
                }
            } else {
                // compat keeps the line ends and the BOM.
                assert_eq!(
                    got.starts_with(b"\xef\xbb\xbf"),
                    kind == "bom",
                    "{kind} {name}"
                );
                let bare_lf = show(&got).replace("\r\n", "").contains('\n');
                assert_eq!(bare_lf, kind != "crlf", "{kind} {name}: line ends not kept");
            }
        }
    }
    assert!(changed >= 15, "only {changed} fixtures changed");
}

/// Runs `go fix ./...` offline in a module directory.
fn go_fix(dir: &Path, cache: &Path) {
    let out = Command::new("go")
        .args(["fix", "./..."])
        .current_dir(dir)
        .env("GOFLAGS", "-mod=mod")
        .env("GOPROXY", "off")
        .env("GOWORK", "off")
        .env("GO111MODULE", "on")
        .env("GOCACHE", cache.join("cache"))
        .env("GOPATH", cache.join("gopath"))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "go fix in {}: {}",
        dir.display(),
        String::from_utf8_lossy(&out.stderr)
    );
}

/// Runs `go tool fix -go=go1.18 -r buildtag` on the files, which is what
/// `go fix` runs for a module at go 1.18.
fn tool_fix(dir: &Path, files: &[PathBuf], cache: &Path) {
    let out = Command::new("go")
        .args(["tool", "fix", "-go=go1.18", "-r", "buildtag"])
        .args(files.iter().map(|f| f.file_name().unwrap()))
        .current_dir(dir)
        .env("GOCACHE", cache.join("cache"))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "go tool fix in {}: {}",
        dir.display(),
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn modules_match_gofmt_then_go_fix() {
    if !have_go() {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    // mod118_invalid holds a file go/build rejects, so `go fix ./...` stops
    // on it: its files go through the fix tool directly, as `go fix` runs it.
    for m in ["mod117", "mod118", "mod118_invalid"] {
        let src_dir = fixtures().join(m);
        let dir = tmp.path().join(m);
        std::fs::create_dir_all(&dir).unwrap();
        let go_mod = std::fs::read_to_string(src_dir.join("go.mod")).unwrap();
        std::fs::write(dir.join("go.mod"), &go_mod).unwrap();
        let module_go = go_mod_version(&go_mod);
        let files = go_files(&src_dir);
        for f in &files {
            let dst = dir.join(f.file_name().unwrap());
            std::fs::copy(f, &dst).unwrap();
            gofmt_w(&dst);
        }
        if m == "mod118_invalid" {
            tool_fix(&dir, &files, tmp.path());
        } else {
            go_fix(&dir, tmp.path());
        }
        for f in &files {
            let want = std::fs::read(dir.join(f.file_name().unwrap())).unwrap();
            let got = apply(&std::fs::read(f).unwrap(), module_go);
            assert_eq!(show(&got), show(&want), "{m}/{}", f.display());
        }
    }
}

#[test]
fn module_cases_without_toolchain() {
    let a = b"// +build linux\n\npackage p\n";
    assert_eq!(
        apply(a, Some((1, 17))),
        b"//go:build linux\n// +build linux\n\npackage p\n"
    );
    assert_eq!(apply(a, None), apply(a, Some((1, 17))));
    assert_eq!(apply(a, Some((1, 18))), b"//go:build linux\n\npackage p\n");
    assert_eq!(apply(a, Some((1, 22))), b"//go:build linux\n\npackage p\n");
    // go fix leaves a +build line above the //go:build group alone, and
    // gofmt then regenerates the one it deleted.
    let f = b"// +build linux\n\n//go:build linux\n\npackage p\n";
    assert_eq!(
        apply(f, Some((1, 18))),
        b"// +build linux\n\n//go:build linux\n// +build linux\n\npackage p\n"
    );
}

#[test]
fn fixing_is_idempotent() {
    let mut all: Vec<(PathBuf, Option<(u32, u32)>)> = Vec::new();
    for f in go_files(&fixtures().join("single")) {
        all.push((f, None));
    }
    for m in ["mod117", "mod118", "mod118_invalid"] {
        let go_mod = std::fs::read_to_string(fixtures().join(m).join("go.mod")).unwrap();
        for f in go_files(&fixtures().join(m)) {
            all.push((f, go_mod_version(&go_mod)));
        }
    }
    for (f, go) in all {
        let src = std::fs::read(&f).unwrap();
        for input in [src.clone(), crlf(&src)] {
            let once = apply(&input, go);
            assert_eq!(
                fix_source(&once, go, Limits::Older),
                Fixed::Unchanged,
                "{}: second run changes\n{}",
                f.display(),
                show(&once)
            );
        }
    }
}

#[test]
fn random_headers_are_idempotent_and_never_panic() {
    let pieces: [&str; 12] = [
        "// +build linux\n",
        "// +build !windows,amd64 darwin\n",
        "//go:build linux || darwin\n",
        "//go:build (a\n",
        "//go:build a && (b || c) || d && (e || f)\n",
        "\n",
        "// comment\n",
        "/* block */\n",
        "// +build\n",
        "package p\n",
        "func f() {}\n",
        "var s = \"x\"\n",
    ];
    let mut seed = 99u64;
    for _ in 0..3000 {
        let mut src = String::new();
        let mut have_package = false;
        for _ in 0..(seed % 9) + 1 {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            let p = pieces[(seed >> 33) as usize % pieces.len()];
            if p == "package p\n" {
                if have_package {
                    continue;
                }
                have_package = true;
            }
            if (p.starts_with("func") || p.starts_with("var")) && !have_package {
                continue;
            }
            src.push_str(p);
        }
        if !have_package {
            src.push_str("\npackage p\n");
        }
        for go in [None, Some((1, 18))] {
            if let Fixed::Changed(once) = fix_source(src.as_bytes(), go, Limits::Older) {
                assert_eq!(
                    fix_source(&once, go, Limits::Older),
                    Fixed::Unchanged,
                    "not idempotent for {src:?} -> {:?}",
                    show(&once)
                );
            }
        }
    }
}

#[test]
fn refused_files_are_those_gofmt_mangles() {
    for (src, why) in [
        (
            "package p\n\nfunc f() {\n\t//go:build linux\n\tx := 1\n\t_ = x\n}\n",
            "inside a block",
        ),
        (
            "package p\n\nvar x = 1 // +build linux\nvar y = 2\n",
            "after code",
        ),
        (
            "package p\n\nimport (\n\t// +build linux\n\n\t\"fmt\"\n)\n\nvar _ = fmt.Println\n",
            "inside a block",
        ),
        ("// +build linux\n\npackage\n", "cannot parse"),
    ] {
        match fix_source(src.as_bytes(), None, Limits::Older) {
            Fixed::Refused(r) => assert!(r.reason.contains(why), "{src:?}: {r:?}"),
            other => panic!("{src:?}: {other:?}"),
        }
    }
}

#[test]
fn diff_matches_gnu_diff() {
    if Command::new("diff").arg("--version").output().is_err() {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    for f in go_files(&fixtures().join("single")) {
        let src = std::fs::read(&f).unwrap();
        let Fixed::Changed(new) = fix_source(&src, None, Limits::Older) else {
            continue;
        };
        let (a, b) = (tmp.path().join("a"), tmp.path().join("b"));
        std::fs::write(&a, &src).unwrap();
        std::fs::write(&b, &new).unwrap();
        let out = Command::new("diff")
            .args(["-u", "--label", "a/x.go", "--label", "b/x.go"])
            .arg(&a)
            .arg(&b)
            .output()
            .unwrap();
        let ours = unified_diff(b"x.go", &src, &new);
        // Hunks may be aligned differently when lines repeat; both must
        // at least agree on the header and the line counts.
        let gnu = show(&out.stdout);
        let ours = show(&ours);
        let counts = |s: &str| {
            (
                s.lines().filter(|l| l.starts_with('-')).count(),
                s.lines().filter(|l| l.starts_with('+')).count(),
            )
        };
        assert_eq!(
            counts(&ours),
            counts(&gnu),
            "{}:\n{ours}\n{gnu}",
            f.display()
        );
        assert!(ours.starts_with("--- a/x.go\n+++ b/x.go\n@@ -"), "{ours}");
    }
}

#[test]
fn random_files_match_gofmt() {
    if !have_go() {
        return;
    }
    let head: [&str; 10] = [
        "// +build linux",
        "// +build !windows,amd64 darwin",
        "//go:build linux || darwin",
        "//go:build (a",
        "//go:build a && (b || c) || d && (e || f)",
        "",
        "// comment",
        "/* block */",
        "// +build",
        "//go:build !linux",
    ];
    let tail: [&str; 5] = [
        "",
        "// +build linux",
        "//go:build darwin",
        "func f() {}",
        "// doc",
    ];
    let tmp = tempfile::tempdir().unwrap();
    let mut seed = 4242u64;
    let mut next = |n: usize| {
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (seed >> 33) as usize % n
    };
    let mut cases = Vec::new();
    for i in 0..400 {
        let mut lines: Vec<&str> = Vec::new();
        for _ in 0..next(7) {
            lines.push(head[next(head.len())]);
        }
        if next(3) != 0 {
            lines.push("");
        }
        lines.push("package p");
        for _ in 0..next(5) {
            lines.push(tail[next(tail.len())]);
        }
        // gofmt-clean layout: no leading, doubled or trailing blank lines,
        // a blank line before and after declarations.
        let mut clean: Vec<&str> = Vec::new();
        for l in lines {
            let decl = l == "package p" || l.starts_with("func");
            if decl
                && clean
                    .last()
                    .is_some_and(|p: &&str| !p.is_empty() && !p.starts_with("//"))
            {
                clean.push("");
            }
            if l.is_empty() && clean.last().is_none_or(|p| p.is_empty()) {
                continue;
            }
            clean.push(l);
            if decl {
                clean.push("");
            }
        }
        while clean
            .last()
            .is_some_and(|l| l.is_empty() || l.starts_with("//"))
        {
            clean.pop();
        }
        let src = format!("{}\n", clean.join("\n"));
        let path = tmp.path().join(format!("c{i}.go"));
        std::fs::write(&path, &src).unwrap();
        cases.push((path, src));
    }
    let out = Command::new("gofmt")
        .arg("-w")
        .arg(tmp.path())
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", show(&out.stderr));
    let (mut compared, mut refused) = (0, 0);
    for (path, src) in cases {
        let want = std::fs::read_to_string(&path).unwrap();
        match fix_source(src.as_bytes(), None, Limits::Older) {
            Fixed::Refused(_) => refused += 1,
            Fixed::Unchanged => {
                assert_eq!(src, want, "compat leaves {src:?} alone");
                compared += 1;
            }
            Fixed::Changed(v) => {
                assert_eq!(show(&v), want, "for {src:?}");
                compared += 1;
            }
        }
    }
    assert!(compared > 250, "{compared} compared, {refused} refused");
}
