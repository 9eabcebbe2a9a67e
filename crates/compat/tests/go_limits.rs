//! Build constraints at sizes that amplify: the expression size limits
//! that only Go 1.22.7 and later have, `--fix` never writing what compat
//! then calls too large, 20,000 `// +build` lines, and a `--diff` of
//! 10,000 changed lines. Inputs are generated at test time; the resource
//! cases run the binary under `prlimit --as` and a timeout.

#![allow(clippy::print_stderr)] // tests say what they skip

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

mod common;
use common::{finish, wait_bounded, Run};

fn write(root: &Path, rel: &str, text: impl AsRef<[u8]>) -> PathBuf {
    let p = root.join(rel);
    std::fs::create_dir_all(p.parent().unwrap()).unwrap();
    std::fs::write(&p, text).unwrap();
    p
}

fn compat(dir: &Path, args: &[&str]) -> Run {
    let mut cmd = common::compat_cmd();
    cmd.args(args).current_dir(dir);
    finish(wait_bounded(cmd, Duration::from_secs(120)).0)
}

/// compat under `prlimit --as=BYTES` (or plainly, with a message, when
/// prlimit is missing outside CI).
fn compat_limited(dir: &Path, args: &[&str], address_space: u64) -> (Run, Duration) {
    let have = Command::new("prlimit").arg("--version").output().is_ok();
    let mut cmd = if have {
        let mut c = Command::new("prlimit");
        c.arg(format!("--as={address_space}"))
            .arg(env!("CARGO_BIN_EXE_compat"));
        c
    } else {
        assert!(std::env::var_os("CI").is_none(), "CI must have prlimit");
        eprintln!("prlimit is missing: running without a memory limit");
        common::compat_cmd()
    };
    cmd.args(args).current_dir(dir).env("NO_COLOR", "1");
    let (out, t) = wait_bounded(cmd, Duration::from_secs(60));
    (finish(out), t)
}

fn rules(r: &Run) -> Vec<String> {
    r.json()["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["rule"].as_str().unwrap().to_owned())
        .collect()
}

/// `//go:build linux || t1 || ... || t1000`: 1,001 operands.
fn thousand_and_one() -> String {
    let mut terms = vec!["linux".to_string()];
    terms.extend((1..=1000).map(|i| format!("t{i}")));
    format!("//go:build {}\n\npackage p\n", terms.join(" || "))
}

#[test]
fn go_1_19_builds_a_1001_term_line_and_newer_releases_do_not() {
    let t = tempfile::tempdir().unwrap();
    let d = t.path();
    write(d, "go.mod", "module example.com/m\n\ngo 1.19\n");
    write(d, "a.go", thousand_and_one());
    write(d, "b.go", "package p\n");
    let listed = |go: &str| {
        let r = compat(d, &["go", "targets", "--go", go, "-f", "json", "."]);
        assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);
        let p = r.json()["targets"][0]["packages"][0].clone();
        (p["go_files"].clone(), p["invalid_go_files"].clone())
    };
    let (go_files, invalid) = listed("1.19");
    assert_eq!(go_files, serde_json::json!(["a.go", "b.go"]));
    assert_eq!(invalid, serde_json::json!([]));
    // Go 1.21 has no limit either; the 1.22 facts are 1.22.10's, which has it.
    assert_eq!(listed("1.21").0, serde_json::json!(["a.go", "b.go"]));
    for newer in ["1.22", "1.27"] {
        let (_, invalid) = listed(newer);
        assert_eq!(invalid, serde_json::json!(["a.go"]), "{newer}");
    }
    let r = compat(
        d,
        &["go", "buildtags", "--go", "1.19", "-f", "json", "a.go"],
    );
    assert!(
        !rules(&r).contains(&"go-build-syntax".to_owned()),
        "{}",
        r.stdout
    );
    let r = compat(
        d,
        &["go", "buildtags", "--go", "1.27", "-f", "json", "a.go"],
    );
    assert_eq!(rules(&r), ["go-build-syntax"], "{}", r.stdout);
    assert!(
        r.stdout.contains("build expression too large"),
        "{}",
        r.stdout
    );

    // The go command of Go 1.19 (the installed toolchain) builds it.
    let Ok(v) = Command::new("go").arg("version").output() else {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI must have Go installed"
        );
        eprintln!("SKIPPED the go list oracle: `go` is not installed");
        return;
    };
    let version = String::from_utf8_lossy(&v.stdout).into_owned();
    let cache = tempfile::tempdir().unwrap();
    let out = Command::new("go")
        .args(["list", "-e", "-json=GoFiles,InvalidGoFiles,Error", "."])
        .current_dir(d)
        .env("GOTOOLCHAIN", "local")
        .env("GOFLAGS", "-mod=mod")
        .env("GOCACHE", cache.path())
        .env("GOOS", "linux")
        .env("GOARCH", "amd64")
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    if version.contains("go1.19") || version.contains("go1.21") {
        assert!(
            text.contains("\"GoFiles\": [\n\t\t\"a.go\",\n\t\t\"b.go\"\n\t]"),
            "{version}: {text}"
        );
    } else {
        eprintln!("{version}: not Go 1.19 or 1.21, the size-limit oracle is skipped");
    }
}

#[test]
fn fix_never_writes_a_constraint_compat_calls_too_large() {
    let t = tempfile::tempdir().unwrap();
    let d = t.path();
    // 1,001 +build lines: gofmt's //go:build line would have 1,001 operands.
    let plus: String = (0..1001).map(|i| format!("// +build t{i}\n")).collect();
    let many = format!("{plus}\npackage p\n");
    // 150 ANDed tags: gofmt's regenerated +build line would join 149.
    let tags: Vec<String> = (0..150).map(|i| format!("t{i}")).collect();
    let wide = format!(
        "//go:build {}\n// +build t0\n\npackage p\n",
        tags.join(" && ")
    );
    for (name, src, why) in [
        ("many.go", &many, "more than 1000 operands"),
        ("wide.go", &wide, "joins more than 100 terms"),
    ] {
        let f = write(d, name, src);
        for mode in ["--fix", "--diff"] {
            let r = compat(d, &["go", "buildtags", mode, "--go", "1.27", name]);
            assert_eq!(r.code, 2, "{name} {mode}: {}{}", r.stdout, r.stderr);
            assert!(r.stderr.contains(why), "{name} {mode}: {}", r.stderr);
            assert_eq!(&std::fs::read_to_string(&f).unwrap(), src, "{name} {mode}");
        }
        // Go 1.19 has no limit: the rewrite is made, and then linted clean
        // of size errors for that release.
        let r = compat(
            d,
            &[
                "go",
                "buildtags",
                "--fix",
                "--go",
                "1.19",
                "-f",
                "json",
                name,
            ],
        );
        assert!(r.code < 2, "{name}: {}{}", r.stdout, r.stderr);
        assert_ne!(&std::fs::read_to_string(&f).unwrap(), src, "{name}");
        let found = rules(&r);
        assert!(
            !found.contains(&"go-build-syntax".to_owned())
                && !found.contains(&"go-plus-build-invalid-tag".to_owned()),
            "{name}: {found:?}"
        );
    }
}

/// Address space for the resource tests: the debug binary and its threads
/// fit in a fraction of it; the quadratic paths these tests replaced needed
/// gigabytes (the old `--diff` of 10,000 changed lines: 3.2 GB).
const ADDRESS_SPACE: u64 = 512 << 20;

#[test]
fn twenty_thousand_plus_build_lines_lint_in_linear_time_and_bounded_memory() {
    let t = tempfile::tempdir().unwrap();
    let d = t.path();
    let lines = |n: usize| -> String {
        let plus: String = (0..n).map(|i| format!("// +build linux t{i}\n")).collect();
        format!("{plus}\npackage p\n")
    };
    write(d, "a.go", lines(10_000));
    write(d, "b.go", lines(20_000));
    let mut times = Vec::new();
    for (name, n) in [("a.go", 10_000), ("b.go", 20_000)] {
        for go in ["1.19", "1.27"] {
            let (r, took) = compat_limited(
                d,
                &["go", "buildtags", "--go", go, "-f", "json", name],
                ADDRESS_SPACE,
            );
            assert!(r.code < 2, "{name} {go}: {}", r.stderr);
            let found = rules(&r);
            assert!(
                found.contains(&"go-plus-build-only".to_owned()),
                "{found:?}"
            );
            times.push((n, go, took));
        }
        // The //go:build line gofmt would add: under newer Go's limit only
        // with Go 1.19's rules, so --fix writes it for 1.19 alone.
        let (r, _) = compat_limited(
            d,
            &["go", "buildtags", "--diff", "--go", "1.19", name],
            ADDRESS_SPACE,
        );
        assert_eq!(r.code, 1, "{}", r.stderr);
        let added = r.stdout.lines().find(|l| l.starts_with("+//go:build"));
        assert_eq!(
            added.map(|l| l.matches(" || ").count()),
            Some(n),
            "{name}: one `linux || tN` per line"
        );
        let (r, _) = compat_limited(
            d,
            &["go", "buildtags", "--diff", "--go", "1.27", name],
            ADDRESS_SPACE,
        );
        assert_eq!(r.code, 2, "{name}: {}", r.stderr);
    }
    eprintln!("go buildtags on +build lines (lines, release, time): {times:?}");
    // Roughly linear: twice the lines, well under four times the time.
    let t10: Duration = times.iter().filter(|t| t.0 == 10_000).map(|t| t.2).sum();
    let t20: Duration = times.iter().filter(|t| t.0 == 20_000).map(|t| t.2).sum();
    assert!(
        t20 < t10 * 4 + Duration::from_secs(1),
        "10,000 lines: {t10:?}, 20,000 lines: {t20:?}"
    );
}

#[test]
fn diff_of_10000_changed_lines_is_linear_space() {
    let t = tempfile::tempdir().unwrap();
    let d = t.path();
    // Two //go:build lines: gofmt keeps every constraint line and trims it,
    // so each of the 10,000 +build lines (trailing blank) changes.
    let plus: String = (0..10_000).map(|i| format!("// +build t{i} \n")).collect();
    let src = format!("//go:build a\n//go:build b\n{plus}\npackage p\n");
    let f = write(d, "x.go", &src);
    let (r, took) = compat_limited(d, &["go", "buildtags", "--diff", "x.go"], ADDRESS_SPACE);
    assert_eq!(r.code, 1, "{}", r.stderr);
    eprintln!("--diff of 10,000 changed lines: {took:?}");
    let minus = r
        .stdout
        .lines()
        .filter(|l| l.starts_with("-// +build"))
        .count();
    let plus = r
        .stdout
        .lines()
        .filter(|l| l.starts_with("+// +build"))
        .count();
    assert_eq!((minus, plus), (10_000, 10_000));
    // Applying the patch gives what --fix writes.
    let (r, _) = compat_limited(d, &["go", "buildtags", "--fix", "x.go"], ADDRESS_SPACE);
    assert!(r.code < 2, "{}", r.stderr);
    let fixed = std::fs::read_to_string(&f).unwrap();
    assert_eq!(fixed, src.replace(" \n", "\n"));
}
