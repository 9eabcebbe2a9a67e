//! End-to-end tests of `compat go buildtags` and `compat go targets` through
//! the binary: exit statuses, JSON and SARIF positions, hostile inputs (bad
//! bytes, huge files, deep nesting, symlink loops, files that cannot be
//! read), the `targets` JSON shape, and equality with `go list -e -json`
//! (skipped when `go` is not installed, unless `CI` is set).
#![allow(clippy::print_stderr)]

use std::collections::BTreeMap;
use std::ffi::OsStr;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant, SystemTime};

use serde_json::Value;

mod common;
use common::{finish, Run};

fn command<I, S>(dir: &Path, args: I) -> Command
where
    I: IntoIterator<Item = S>,
    S: AsRef<OsStr>,
{
    let mut cmd = common::compat_cmd();
    cmd.current_dir(dir).args(args).env("NO_COLOR", "1");
    cmd
}

/// Runs compat in `dir`.
fn run<I, S>(dir: &Path, args: I) -> Run
where
    I: IntoIterator<Item = S>,
    S: AsRef<OsStr>,
{
    finish(command(dir, args).output().expect("run the compat binary"))
}

fn write(path: &Path, text: impl AsRef<[u8]>) {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).unwrap();
    }
    std::fs::write(path, text).unwrap();
}

/// (rule, file, line, column) of every finding of a JSON report.
fn findings(report: &Value) -> Vec<(String, String, u64, u64)> {
    report["findings"]
        .as_array()
        .expect("findings is an array")
        .iter()
        .map(|f| {
            let s = &f["subject"];
            (
                f["rule"].as_str().unwrap().to_owned(),
                s["file"].as_str().unwrap_or_default().to_owned(),
                s["line"].as_u64().unwrap_or(0),
                s["column"].as_u64().unwrap_or(0),
            )
        })
        .collect()
}

fn errors(report: &Value) -> Vec<(String, String)> {
    report["errors"]
        .as_array()
        .expect("errors is an array")
        .iter()
        .map(|e| {
            (
                e["file"].as_str().unwrap().to_owned(),
                e["message"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

fn notes(report: &Value) -> Vec<String> {
    report["notes"]
        .as_array()
        .expect("notes is an array")
        .iter()
        .map(|n| n.as_str().unwrap().to_owned())
        .collect()
}

const GO_MOD: &str = "module example.com/m\n\ngo 1.19\n";

// ---------------------------------------------------------------------------
// go buildtags

#[test]
fn buildtags_text_counts_info_findings_on_one_line() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path();
    write(&root.join("go.mod"), "module example.com/m\n\ngo 1.21\n");
    write(
        &root.join("sys.go"),
        "//go:build linux\n// +build linux\n\npackage sys\n",
    );
    let r = run(root, ["go", "buildtags", "."]);
    assert_eq!(r.code, 0, "{r:?}");
    assert_eq!(
        r.stdout.lines().next(),
        Some(
            "nothing breaking, no warnings; 1 info finding not shown (1 go-plus-build-obsolete); \
             --show info lists it, --verbose lists everything in full"
        ),
        "{}",
        r.stdout
    );
    assert!(
        !r.stdout.contains("info[go-plus-build-obsolete]"),
        "{}",
        r.stdout
    );
    let r = run(root, ["go", "buildtags", ".", "--show", "info"]);
    assert!(
        r.stdout.starts_with("info[go-plus-build-obsolete]: ") && r.stdout.contains("./sys.go:2:1"),
        "{}",
        r.stdout
    );
    let j = run(root, ["go", "buildtags", ".", "-f", "json"]).json();
    assert_eq!(
        findings(&j),
        vec![("go-plus-build-obsolete".into(), "./sys.go".into(), 2, 1)]
    );
}

#[test]
fn buildtags_exit_statuses() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path();
    // Clean: 0.
    write(&root.join("clean/go.mod"), GO_MOD);
    write(&root.join("clean/a.go"), "//go:build linux\n\npackage a\n");
    write(&root.join("clean/b.go"), "package a\n");
    let r = run(root, ["go", "buildtags", "clean"]);
    assert_eq!(r.code, 0, "{r:?}");
    // Warnings only: still 0.
    write(&root.join("warn/go.mod"), GO_MOD);
    write(&root.join("warn/a.go"), "//go:build linx\n\npackage a\n");
    let r = run(root, ["go", "buildtags", "warn", "-f", "json"]);
    assert_eq!(r.code, 0, "{r:?}");
    assert_eq!(
        findings(&r.json()),
        vec![("go-tag-misspelt".into(), "warn/a.go".into(), 1, 12)]
    );
    // A breaking finding: 1.
    write(&root.join("broken/go.mod"), GO_MOD);
    write(
        &root.join("broken/a.go"),
        "//go:build linux && darwin\n\npackage a\n",
    );
    let r = run(root, ["go", "buildtags", "broken"]);
    assert_eq!(r.code, 1, "{r:?}");
    assert!(r.stdout.contains("go-build-unsatisfiable"), "{}", r.stdout);
    // An input that cannot be processed: 2, even with a breaking finding,
    // and the rest is still reported.
    let r = run(root, ["go", "buildtags", "broken", "missing", "-f", "json"]);
    assert_eq!(r.code, 2, "{r:?}");
    let j = r.json();
    assert_eq!(
        findings(&j),
        vec![("go-build-unsatisfiable".into(), "broken/a.go".into(), 1, 1)]
    );
    assert_eq!(errors(&j).len(), 1, "{j}");
    assert_eq!(errors(&j)[0].0, "missing");
    assert_eq!(r.stderr_lines().len(), 1, "{}", r.stderr);
    assert!(r.stderr_lines()[0].contains("missing"), "{}", r.stderr);
    // An unknown Go release: 2, one line.
    let r = run(root, ["go", "buildtags", "clean", "--go", "1.5"]);
    assert_eq!(r.code, 2, "{r:?}");
    assert_eq!(r.stderr_lines().len(), 1, "{}", r.stderr);
    assert!(r.stderr.contains("--go"), "{}", r.stderr);
    // A single file argument works too.
    let r = run(root, ["go", "buildtags", "broken/a.go", "-f", "json"]);
    assert_eq!(r.code, 1, "{r:?}");
    assert_eq!(findings(&r.json()).len(), 1);
}

#[test]
fn buildtags_json_and_sarif_positions() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path();
    write(&root.join("go.mod"), GO_MOD);
    write(
        &root.join("fast.go"),
        "// Copyright.\n\n//go:build linux & amd64\n\npackage fast\n",
    );
    write(
        &root.join("sub/term.go"),
        "//go:build linux || darwin\n// +build linux\n\npackage sub\n",
    );
    write(
        &root.join("sub/api.go"),
        "package sub\n\n//export Version\nfunc Version() int32 { return 3 }\n",
    );
    let r = run(root, ["go", "buildtags", ".", "-f", "json"]);
    assert_eq!(r.code, 1, "{r:?}");
    let j = r.json();
    assert_eq!(j["command"], "go buildtags");
    let mut got = findings(&j);
    got.sort();
    let want = vec![
        ("go-build-syntax".to_owned(), "./fast.go".to_owned(), 3, 18),
        ("go-export-without-cgo".into(), "./sub/api.go".into(), 3, 1),
        (
            "go-plus-build-mismatch".into(),
            "./sub/term.go".into(),
            2,
            1,
        ),
    ];
    assert_eq!(got, want);

    let r = run(root, ["go", "buildtags", ".", "-f", "sarif"]);
    assert_eq!(r.code, 1, "{r:?}");
    let s = r.json();
    assert_eq!(s["version"], "2.1.0");
    let mut regions: Vec<(String, String, u64, u64)> = s["runs"][0]["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|res| {
            let loc = &res["locations"][0]["physicalLocation"];
            (
                res["ruleId"].as_str().unwrap().to_owned(),
                loc["artifactLocation"]["uri"].as_str().unwrap().to_owned(),
                loc["region"]["startLine"].as_u64().unwrap(),
                loc["region"]["startColumn"].as_u64().unwrap(),
            )
        })
        .collect();
    regions.sort();
    assert_eq!(regions, want);

    // Text names file:line:col.
    let r = run(root, ["go", "buildtags", "."]);
    assert!(r.stdout.contains("./fast.go:3:18"), "{}", r.stdout);
}

/// A tree of hostile inputs beside a good file with a known finding: every
/// bad file gives a finding, a note or a one-line error naming it, the
/// good file is still checked, and nothing panics or hangs.
#[test]
fn buildtags_survives_bad_inputs() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("t");
    write(&root.join("go.mod"), GO_MOD);
    write(
        &root.join("good.go"),
        "//go:build linux && darwin\n\npackage a\n",
    );
    // Not UTF-8, with a finding of its own in the header.
    write(
        &root.join("latin1.go"),
        b"//go:build linx\n\n// Caf\xe9 \xff\xfe\npackage a\n\nvar s = \"\xe9\"\n".as_slice(),
    );
    // Binary data named x.go (an ELF header with NUL bytes).
    let mut bin = b"\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00".to_vec();
    bin.extend((0..4096u32).map(|i| (i * 7 % 256) as u8));
    write(&root.join("x.go"), &bin);
    // An unterminated /* comment.
    write(
        &root.join("unterminated.go"),
        "/* never closed\n\npackage a\n\nfunc f() {}\n",
    );
    // 10,000 nested parentheses in a //go:build line.
    write(
        &root.join("parens.go"),
        format!(
            "//go:build {}linux{}\n\npackage a\n",
            "(".repeat(10_000),
            ")".repeat(10_000)
        ),
    );
    // 10,000 negations in parentheses, and a +build line of 10,000 terms.
    write(
        &root.join("nots.go"),
        format!(
            "//go:build {}linux{}\n\npackage a\n",
            "!(".repeat(10_000),
            ")".repeat(10_000)
        ),
    );
    write(
        &root.join("plusmany.go"),
        format!(
            "// +build {}\n\npackage a\n",
            vec!["linux"; 10_000].join(" ")
        ),
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::symlink;
        // Symlink loops: a directory link back up the tree, a file link to
        // itself, two links to each other.
        symlink("..", root.join("up")).unwrap();
        std::fs::create_dir_all(root.join("sub")).unwrap();
        symlink("../sub", root.join("sub/again")).unwrap();
        symlink("loop.go", root.join("loop.go")).unwrap();
        symlink("ping.go", root.join("pong.go")).unwrap();
        symlink("pong.go", root.join("ping.go")).unwrap();
        // A dangling symlink named y.go.
        symlink("does-not-exist.go", root.join("y.go")).unwrap();
    }
    // A directory named z.go (go/build skips directories).
    std::fs::create_dir_all(root.join("z.go")).unwrap();
    write(&root.join("sub/ok.go"), "//go:build linx\n\npackage sub\n");

    let start = Instant::now();
    let r = run(&root, ["go", "buildtags", ".", "-f", "json"]);
    assert!(
        start.elapsed() < Duration::from_secs(60),
        "took {:?}",
        start.elapsed()
    );
    let j = r.json();
    let f = findings(&j);
    let errs = errors(&j);
    let notes = notes(&j);
    eprintln!("findings {f:?}\nerrors {errs:?}\nnotes {notes:?}");

    // The good files are still checked.
    assert!(f.contains(&("go-build-unsatisfiable".into(), "./good.go".into(), 1, 1)));
    assert!(f.contains(&("go-tag-misspelt".into(), "./sub/ok.go".into(), 1, 12)));
    // The non-UTF-8 file is linted (its header is fine).
    assert!(f.contains(&("go-tag-misspelt".into(), "./latin1.go".into(), 1, 12)));
    // Deep nesting is a syntax finding (newer Go's "build expression too
    // large"), not a stack overflow.
    for deep in ["./parens.go", "./nots.go"] {
        assert!(
            f.iter()
                .any(|x| x.0 == "go-build-syntax" && x.1 == deep && x.2 == 1),
            "{deep}: {f:?}"
        );
    }
    // Too many +build terms: Go ignores the line.
    assert!(
        f.iter().any(|x| x.1 == "./plusmany.go"),
        "plusmany.go: {f:?}"
    );
    // Files Go cannot read as Go source are named in a note.
    for bad in ["./x.go", "./unterminated.go"] {
        assert!(
            notes.iter().any(|n| n.starts_with(&format!("{bad}: "))),
            "{bad}: {notes:?}"
        );
    }
    #[cfg(unix)]
    {
        // Files that cannot be read are one error each, one line on stderr.
        let mut named: Vec<&str> = errs.iter().map(|e| e.0.as_str()).collect();
        named.sort_unstable();
        assert_eq!(
            named,
            vec!["./loop.go", "./ping.go", "./pong.go", "./y.go"],
            "{errs:?}"
        );
        assert_eq!(r.code, 2, "{r:?}");
        let lines = r.stderr_lines();
        assert_eq!(lines.len(), 4, "{}", r.stderr);
        for (l, (file, _)) in lines.iter().zip(&errs) {
            assert!(l.contains(file.as_str()), "{l}");
        }
    }
    // The directory named z.go is skipped, as go/build does.
    assert!(!errs.iter().any(|e| e.0.contains("z.go")), "{errs:?}");
    assert!(!f.iter().any(|x| x.1.contains("z.go")), "{f:?}");
}

/// Peak resident memory of a running child (Linux: VmHWM), polled until it
/// exits; `None` where /proc is not available.
fn run_measured(mut cmd: Command) -> (Run, Duration, Option<u64>) {
    let start = Instant::now();
    let mut child = cmd
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn compat");
    let status_file = PathBuf::from(format!("/proc/{}/status", child.id()));
    let mut peak_kb: Option<u64> = None;
    // Drain the pipes on threads so a large report cannot block the child.
    let mut out = child.stdout.take().unwrap();
    let mut err = child.stderr.take().unwrap();
    let t_out = std::thread::spawn(move || {
        let mut b = Vec::new();
        std::io::Read::read_to_end(&mut out, &mut b).unwrap();
        b
    });
    let t_err = std::thread::spawn(move || {
        let mut b = Vec::new();
        std::io::Read::read_to_end(&mut err, &mut b).unwrap();
        b
    });
    let status = loop {
        if let Ok(text) = std::fs::read_to_string(&status_file) {
            if let Some(kb) = text
                .lines()
                .find_map(|l| l.strip_prefix("VmHWM:"))
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
            {
                peak_kb = Some(peak_kb.unwrap_or(0).max(kb));
            }
        }
        if let Some(s) = child.try_wait().unwrap() {
            break s;
        }
        if start.elapsed() > Duration::from_secs(120) {
            child.kill().unwrap();
            panic!("compat ran for more than 120 s");
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    let elapsed = start.elapsed();
    let run = finish(std::process::Output {
        status,
        stdout: t_out.join().unwrap(),
        stderr: t_err.join().unwrap(),
    });
    (run, elapsed, peak_kb)
}

/// A 50 MB cgo file: lexed completely (strings, comments, //export), in
/// linear time and with memory bounded by a small multiple of the file.
#[test]
fn buildtags_50_mb_file() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path();
    write(&root.join("go.mod"), GO_MOD);
    let mut text = String::from("//go:build linux\n\npackage big\n\nimport \"C\"\n\n");
    let line = "var _ = \"/* not a comment */ \\\" // nor this\" + `raw //go:build x` // +build and //go:build words\n";
    let n = 50 * 1024 * 1024 / line.len() + 1;
    text.reserve(n * line.len() + 64);
    for _ in 0..n {
        text.push_str(line);
    }
    text.push_str("\n//export Foo\nfunc Bar() {}\n");
    let lines_before_export = text.lines().count() - 1;
    assert!(text.len() >= 50 * 1024 * 1024);
    write(&root.join("big.go"), &text);
    drop(text);
    write(&root.join("small.go"), "//go:build linx\n\npackage big\n");

    let (r, elapsed, peak_kb) = run_measured(command(root, ["go", "buildtags", ".", "-f", "json"]));
    eprintln!("50 MB file: {elapsed:?}, peak RSS {peak_kb:?} kB");
    assert_eq!(r.code, 1, "{r:?}");
    let f = findings(&r.json());
    assert_eq!(
        f,
        vec![
            (
                "go-export-name-mismatch".to_owned(),
                "./big.go".to_owned(),
                lines_before_export as u64,
                1
            ),
            ("go-tag-misspelt".into(), "./small.go".into(), 1, 12),
        ]
    );
    assert!(elapsed < Duration::from_secs(60), "took {elapsed:?}");
    if let Some(kb) = peak_kb {
        assert!(kb < 400 * 1024, "peak RSS {kb} kB for a 50 MB file");
    }
}

// ---------------------------------------------------------------------------
// go targets

/// A module with per-target files, tests, cgo, a package
/// that only builds on windows, and directories `go list ./...` skips.
fn targets_tree(root: &Path) {
    write(&root.join("go.mod"), GO_MOD);
    write(&root.join("m.go"), "// Package m is the root.\npackage m\n");
    write(&root.join("m_test.go"), "package m\n");
    write(
        &root.join("winonly/w.go"),
        "//go:build windows\n\npackage winonly\n",
    );
    write(
        &root.join("winonly/w_test.go"),
        "//go:build windows\n\npackage winonly\n",
    );
    write(&root.join("all/a.go"), "package all\n");
    write(&root.join("all/a_linux.go"), "package all\n");
    write(&root.join("all/a_windows_amd64.go"), "package all\n");
    write(&root.join("all/a_amd64.go"), "package all\n");
    write(&root.join("all/a_test.go"), "package all\n");
    write(&root.join("all/x_test.go"), "package all_test\n");
    write(
        &root.join("all/ign.go"),
        "//go:build ignore\n\npackage main\n",
    );
    write(
        &root.join("all/unix.go"),
        "//go:build unix\n\npackage all\n",
    );
    write(
        &root.join("all/plus.go"),
        "// +build windows\n\npackage all\n",
    );
    // Not a constraint (space after //): builds everywhere.
    write(
        &root.join("all/space.go"),
        "// go:build windows\n\npackage all\n",
    );
    write(&root.join("all/_skip.go"), "package all\n");
    write(&root.join("all/.hidden.go"), "package all\n");
    write(&root.join("cgo/c.go"), "package cgo\n\nimport \"C\"\n");
    write(&root.join("cgo/n.go"), "package cgo\n");
    write(&root.join("testdata/t.go"), "package testdata\n");
    write(&root.join("_under/u.go"), "package under\n");
    write(
        &root.join("nested/go.mod"),
        "module example.com/nested\n\ngo 1.19\n",
    );
    write(&root.join("nested/n.go"), "package nested\n");
    write(&root.join("empty/README"), "no Go here\n");
}

/// `targets` of a `go targets` report: target -> dir -> package object.
fn targets_of(report: &Value) -> Vec<(String, BTreeMap<String, Value>)> {
    report["targets"]
        .as_array()
        .expect("targets is an array")
        .iter()
        .map(|t| {
            let pkgs = t["packages"]
                .as_array()
                .expect("packages is an array")
                .iter()
                .map(|p| (p["dir"].as_str().unwrap().to_owned(), p.clone()))
                .collect();
            (t["target"].as_str().unwrap().to_owned(), pkgs)
        })
        .collect()
}

/// A package `dir` of compat's JSON relative to the PATH `root` it was
/// found under (`.` for the PATH itself).
fn under(root: &Path, dir: &str) -> String {
    let rel = Path::new(dir)
        .strip_prefix(root)
        .unwrap_or_else(|_| panic!("{dir} is not under {}", root.display()));
    let rel = rel.to_string_lossy();
    if rel.is_empty() {
        ".".to_owned()
    } else {
        rel.into_owned()
    }
}

/// The packages of one target keyed by their dir relative to `root`.
fn relative_to(root: &Path, pkgs: BTreeMap<String, Value>) -> BTreeMap<String, Value> {
    pkgs.into_iter()
        .map(|(d, p)| (under(root, &d), p))
        .collect()
}

fn strs(v: &Value) -> Vec<String> {
    v.as_array()
        .map(|a| a.iter().map(|s| s.as_str().unwrap().to_owned()).collect())
        .unwrap_or_default()
}

/// Always present (`error` appears only when go list would report one,
/// `import_path` only when a go.mod governs the directory).
const DOCUMENTED_KEYS: [&str; 10] = [
    "dir",
    "root",
    "import_path",
    "name",
    "go_files",
    "cgo_files",
    "test_go_files",
    "xtest_go_files",
    "ignored_go_files",
    "invalid_go_files",
];

#[test]
fn targets_json_shape_and_repeated_target() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path();
    targets_tree(root);
    let r = run(
        root,
        [
            "go",
            "targets",
            ".",
            "--target",
            "windows/amd64",
            "--target",
            "linux/amd64",
            "--go",
            "1.19",
            "--cgo",
            "-f",
            "json",
        ],
    );
    let j = r.json();
    assert_eq!(j["command"], "go targets");
    let t = targets_of(&j);
    let names: Vec<&str> = t.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names, ["windows/amd64", "linux/amd64"]);
    for (target, pkgs) in &t {
        for (dir, p) in pkgs {
            for key in DOCUMENTED_KEYS {
                assert!(p.get(key).is_some(), "{target} {dir}: no {key}: {p}");
                if p[key].is_array() != key.ends_with("_files") {
                    assert!(p[key].is_array(), "{target} {dir}: {key} is not an array");
                }
            }
        }
    }
    let (_, win) = &t[0];
    let (_, lin) = &t[1];
    let dirs = |m: &BTreeMap<String, Value>| m.keys().cloned().collect::<Vec<_>>();
    // Directories as the user can open them: the PATH `.` joined with the
    // directory under it.
    assert_eq!(dirs(win), [".", "./all", "./cgo", "./winonly"]);
    // winonly has no file for linux/amd64: not listed there.
    assert_eq!(dirs(lin), [".", "./all", "./cgo"]);
    assert_eq!(lin["./all"]["root"], ".");
    assert_eq!(lin["./all"]["import_path"], "example.com/m/all");
    assert_eq!(lin["."]["import_path"], "example.com/m");
    assert_eq!(
        strs(&lin["./all"]["go_files"]),
        ["a.go", "a_amd64.go", "a_linux.go", "space.go", "unix.go"]
    );
    assert_eq!(
        strs(&lin["./all"]["ignored_go_files"]),
        ["a_windows_amd64.go", "ign.go", "plus.go"]
    );
    assert_eq!(
        strs(&win["./all"]["go_files"]),
        [
            "a.go",
            "a_amd64.go",
            "a_windows_amd64.go",
            "plus.go",
            "space.go"
        ]
    );
    assert_eq!(strs(&lin["./all"]["test_go_files"]), ["a_test.go"]);
    assert_eq!(strs(&lin["./all"]["xtest_go_files"]), ["x_test.go"]);
    assert_eq!(strs(&lin["./cgo"]["cgo_files"]), ["c.go"]);
    assert_eq!(strs(&lin["."]["test_go_files"]), ["m_test.go"]);

    // winonly builds for windows, not for linux: go-package-excluded.
    let f: Vec<&Value> = j["findings"].as_array().unwrap().iter().collect();
    assert_eq!(f.len(), 1, "{f:?}");
    assert_eq!(f[0]["rule"], "go-package-excluded");
    assert_eq!(f[0]["subject"]["file"], "./winonly");
    assert_eq!(f[0]["subject"]["version"], "linux/amd64");
    assert_eq!(f[0]["subject"]["package"], "example.com/m/winonly");
    assert_eq!(f[0]["subject"]["target"], "linux/amd64");
    assert!(
        f[0]["message"]
            .as_str()
            .unwrap()
            .ends_with("(it builds for 1 other target)"),
        "{f:?}"
    );
    assert_eq!(r.code, 0, "go-package-excluded is a warning: {r:?}");

    // One target alone: winonly builds nowhere, so it is not "excluded".
    let r = run(
        root,
        [
            "go",
            "targets",
            ".",
            "--target",
            "linux/amd64",
            "-f",
            "json",
        ],
    );
    assert_eq!(r.code, 0, "{r:?}");
    assert_eq!(r.json()["findings"], Value::Array(vec![]));
    // The default target is linux/amd64.
    let r = run(root, ["go", "targets", ".", "-f", "json"]);
    let t = targets_of(&r.json());
    assert_eq!(t.len(), 1);
    assert_eq!(t[0].0, "linux/amd64");
}

#[test]
fn targets_package_keys_are_exactly_the_documented_ones() {
    let tmp = tempfile::tempdir().unwrap();
    targets_tree(tmp.path());
    let r = run(tmp.path(), ["go", "targets", ".", "-f", "json"]);
    for (_, pkgs) in targets_of(&r.json()) {
        for (dir, p) in pkgs {
            let mut keys: Vec<&str> = p.as_object().unwrap().keys().map(String::as_str).collect();
            keys.sort_unstable();
            let mut want = DOCUMENTED_KEYS.to_vec();
            want.sort_unstable();
            assert_eq!(keys, want, "{dir}");
        }
    }
}

/// `go targets` findings name the package (its import path, or without a
/// go.mod its directory as shown) and the target in fields of their own.
#[test]
fn targets_findings_name_package_and_target() {
    let tmp = tempfile::tempdir().unwrap();
    let t = tmp.path();
    write(&t.join("all/a.go"), "package all\n");
    write(
        &t.join("winonly/w.go"),
        "//go:build windows\n\npackage winonly\n",
    );
    let r = run(
        t,
        [
            "go",
            "targets",
            ".",
            "--target",
            "windows/amd64",
            "--target",
            "linux/amd64",
            "-f",
            "json",
        ],
    );
    let j = r.json();
    let f = j["findings"].as_array().unwrap();
    assert_eq!(f.len(), 1, "{f:?}");
    let s = &f[0]["subject"];
    assert_eq!(f[0]["rule"], "go-package-excluded");
    assert_eq!(s["file"], "./winonly");
    assert_eq!(s["package"], "./winonly", "no go.mod: the directory");
    assert_eq!(s["target"], "linux/amd64");
    // The fingerprint names package and target: another target is another finding.
    write(&t.join("go.mod"), GO_MOD);
    let r = run(
        t,
        [
            "go",
            "targets",
            ".",
            "--target",
            "windows/amd64",
            "--target",
            "linux/amd64",
            "--target",
            "darwin/arm64",
            "-f",
            "json",
        ],
    );
    let j = r.json();
    let f = j["findings"].as_array().unwrap();
    assert_eq!(f.len(), 2, "{f:?}");
    assert_eq!(f[0]["subject"]["package"], "example.com/m/winonly");
    assert_eq!(f[0]["subject"]["target"], "linux/amd64");
    assert_eq!(f[1]["subject"]["target"], "darwin/arm64");
    assert_ne!(f[0]["fingerprint"], f[1]["fingerprint"]);
}

/// Two PATHs with the same relative directories (GOROOT/src and
/// GOROOT/src/cmd both have `internal/...` packages): every package and
/// finding names its directory as the PATH joined with it, in JSON, text
/// and Markdown, and carries its PATH as `root`.
#[test]
fn targets_dirs_of_two_roots_stay_apart() {
    let tmp = tempfile::tempdir().unwrap();
    let t = tmp.path();
    for (m, module) in [("a", "example.com/a"), ("b", "example.com/b")] {
        write(
            &t.join(m).join("go.mod"),
            format!(
                "module {module}

go 1.19
"
            ),
        );
        write(
            &t.join(m).join("internal/abi/abi.go"),
            "package abi
",
        );
        write(
            &t.join(m).join("winonly/w.go"),
            "//go:build windows

package winonly
",
        );
    }
    // No go.mod above: no import path.
    write(
        &t.join("c/internal/abi/abi.go"),
        "package abi
",
    );
    let abs_c = t.join("c").display().to_string();
    let targets = ["--target", "linux/amd64", "--target", "windows/amd64"];
    let mut args = vec!["go", "targets", "a", "b/", &abs_c];
    args.extend(targets);
    let r = run(t, args.iter().copied().chain(["-f", "json"]));
    let j = r.json();
    for (target, pkgs) in targets_of(&j) {
        let n = j["targets"]
            .as_array()
            .unwrap()
            .iter()
            .find(|x| x["target"] == target.as_str())
            .unwrap()["packages"]
            .as_array()
            .unwrap()
            .len();
        assert_eq!(n, pkgs.len(), "{target}: two packages share a dir");
        let abi_a = &pkgs["a/internal/abi"];
        assert_eq!(abi_a["root"], "a");
        assert_eq!(abi_a["import_path"], "example.com/a/internal/abi");
        let abi_b = &pkgs["b/internal/abi"];
        assert_eq!(abi_b["root"], "b/");
        assert_eq!(abi_b["import_path"], "example.com/b/internal/abi");
        let abi_c = &pkgs[&format!("{abs_c}/internal/abi")];
        assert_eq!(abi_c["root"], abs_c.as_str());
        assert!(abi_c.get("import_path").is_none(), "{abi_c}");
    }
    let excluded: Vec<(String, String, u64, u64)> = findings(&j);
    assert_eq!(
        excluded,
        [
            ("go-package-excluded".into(), "a/winonly".into(), 0, 0),
            ("go-package-excluded".into(), "b/winonly".into(), 0, 0),
        ]
    );
    let r = run(t, args.iter().copied());
    assert!(r.stdout.contains("--> a/winonly"), "{}", r.stdout);
    assert!(r.stdout.contains("--> b/winonly"), "{}", r.stdout);
    assert!(
        r.stdout
            .contains("all Go files in b/winonly for linux/amd64"),
        "{}",
        r.stdout
    );
    let r = run(t, args.iter().copied().chain(["-f", "markdown"]));
    assert!(r.stdout.contains("| `a/winonly` |"), "{}", r.stdout);
    assert!(r.stdout.contains("| `b/winonly` |"), "{}", r.stdout);
}

#[test]
fn targets_all_targets_and_errors() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path();
    targets_tree(root);
    let r = run(
        root,
        [
            "go",
            "targets",
            ".",
            "--all-targets",
            "--go",
            "1.19",
            "-f",
            "json",
        ],
    );
    let t = targets_of(&r.json());
    assert_eq!(t.len(), 46, "Go 1.19 has 46 targets (go tool dist list)");
    let names: Vec<&str> = t.iter().map(|(n, _)| n.as_str()).collect();
    for want in [
        "linux/amd64",
        "windows/arm64",
        "js/wasm",
        "ios/arm64",
        "aix/ppc64",
    ] {
        assert!(names.contains(&want), "{want}: {names:?}");
    }
    let mut dedup = names.clone();
    dedup.sort_unstable();
    dedup.dedup();
    assert_eq!(dedup.len(), 46);
    // winonly is excluded on every non-windows target.
    let excluded = r.json()["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["rule"] == "go-package-excluded" && f["subject"]["file"] == "./winonly")
        .count();
    let windows = names.iter().filter(|n| n.starts_with("windows/")).count();
    assert_eq!(excluded, 46 - windows);

    // An unknown target: one line on stderr, exit 2.
    for bad in ["linux/amd65", "plan10/386", "linux", "linux/amd64/v3", ""] {
        let r = run(root, ["go", "targets", ".", "--target", bad]);
        assert_eq!(r.code, 2, "--target {bad:?}: {r:?}");
        let lines = r.stderr_lines();
        assert_eq!(lines.len(), 1, "--target {bad:?}: {}", r.stderr);
        assert!(lines[0].contains("--target"), "{}", lines[0]);
    }
    // A target that is known but not to this release (wasip1/wasm is Go 1.21).
    let r = run(
        root,
        [
            "go",
            "targets",
            ".",
            "--target",
            "wasip1/wasm",
            "--go",
            "1.19",
        ],
    );
    assert_eq!(r.code, 2, "{r:?}");
    assert_eq!(r.stderr_lines().len(), 1, "{}", r.stderr);
    // --target and --all-targets conflict (a usage error from clap).
    let r = run(
        root,
        [
            "go",
            "targets",
            ".",
            "--all-targets",
            "--target",
            "linux/amd64",
        ],
    );
    assert_eq!(r.code, 2, "{r:?}");
    // Not a directory.
    let r = run(root, ["go", "targets", "m.go"]);
    assert_eq!(r.code, 2, "{r:?}");
    assert_eq!(r.stderr_lines().len(), 1, "{}", r.stderr);
}

// ---------------------------------------------------------------------------
// go targets against go list

fn go_available() -> bool {
    match Command::new("go").arg("version").output() {
        Ok(o) if o.status.success() => true,
        _ => {
            if std::env::var_os("CI").is_some() {
                panic!("`go` is not installed, and CI is set: the go list comparison cannot run");
            }
            eprintln!(
                "SKIPPED: `go` is not installed; compat go targets was not compared with go list"
            );
            false
        }
    }
}

/// Sets every file's mtime an hour back, so the go command's module index
/// (which skips files younger than 2 s) and compat agree on using it.
fn age_tree(dir: &Path) {
    let old = SystemTime::now() - Duration::from_secs(3600);
    for e in std::fs::read_dir(dir).unwrap() {
        let e = e.unwrap();
        let ft = e.file_type().unwrap();
        if ft.is_dir() {
            age_tree(&e.path());
        } else if ft.is_file() {
            let f = std::fs::OpenOptions::new()
                .write(true)
                .open(e.path())
                .unwrap();
            f.set_modified(old).unwrap();
        }
    }
}

/// `go list -e -json ./...` in `root`: dir (relative) -> package.
fn go_list(
    tmp: &Path,
    root: &Path,
    goos: &str,
    goarch: &str,
    cgo: bool,
) -> BTreeMap<String, Value> {
    let out = Command::new("go")
        .current_dir(root)
        .args(["list", "-e", "-json", "./..."])
        .env("GOOS", goos)
        .env("GOARCH", goarch)
        .env("CGO_ENABLED", if cgo { "1" } else { "0" })
        .env("GOFLAGS", "-mod=mod")
        .env("GOPROXY", "off")
        .env("GOTOOLCHAIN", "local")
        .env("GOWORK", "off")
        .env("GOENV", "off")
        .env("GO111MODULE", "on")
        .env("GOCACHE", tmp.join("gocache"))
        .env("GOPATH", tmp.join("gopath"))
        .env_remove("GOEXPERIMENT")
        .env_remove("GODEBUG")
        .output()
        .expect("run go list");
    assert!(
        out.status.success(),
        "go list for {goos}/{goarch} failed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let root = root.canonicalize().unwrap();
    serde_json::Deserializer::from_slice(&out.stdout)
        .into_iter::<Value>()
        .map(|v| {
            let v = v.expect("go list JSON");
            let dir = Path::new(v["Dir"].as_str().unwrap())
                .canonicalize()
                .unwrap();
            let rel = dir
                .strip_prefix(&root)
                .unwrap()
                .to_string_lossy()
                .into_owned();
            let rel = if rel.is_empty() { ".".to_owned() } else { rel };
            (rel, v)
        })
        .collect()
}

/// Compares one target's packages (dir -> package) of `go list -e -json`
/// and of compat's JSON: the package sets and every file list; returns the
/// number of packages compared.
fn compare_packages(
    what: &str,
    theirs: &BTreeMap<String, Value>,
    ours: &BTreeMap<String, Value>,
    diffs: &mut Vec<String>,
) -> usize {
    const FIELDS: [(&str, &str); 6] = [
        ("GoFiles", "go_files"),
        ("CgoFiles", "cgo_files"),
        ("TestGoFiles", "test_go_files"),
        ("XTestGoFiles", "xtest_go_files"),
        ("IgnoredGoFiles", "ignored_go_files"),
        ("InvalidGoFiles", "invalid_go_files"),
    ];
    let a: Vec<&String> = theirs.keys().collect();
    let b: Vec<&String> = ours.keys().collect();
    if a != b {
        let only_go: Vec<_> = a.iter().filter(|d| !ours.contains_key(**d)).collect();
        let only_us: Vec<_> = b.iter().filter(|d| !theirs.contains_key(**d)).collect();
        diffs.push(format!(
            "{what}: package dirs differ: only go list {only_go:?}, only compat {only_us:?}"
        ));
    }
    let mut compared = 0;
    for (dir, v) in theirs {
        let Some(p) = ours.get(dir) else { continue };
        compared += 1;
        for (go_key, our_key) in FIELDS {
            let (want, got) = (strs(&v[go_key]), strs(&p[our_key]));
            if want != got {
                diffs.push(format!(
                    "{what}: {dir}: {go_key}: go list {want:?}, compat {got:?}"
                ));
            }
        }
    }
    compared
}

/// Compares `compat go targets` for linux/amd64 and windows/amd64, with
/// and without cgo, with `go list -e -json ./...`; returns the differences
/// and the number of packages compared.
fn compare_with_go_list(tmp: &Path, root: &Path) -> (Vec<String>, usize) {
    let mut diffs = Vec::new();
    let mut compared = 0;
    for cgo in [true, false] {
        let flag = if cgo { "--cgo" } else { "--no-cgo" };
        let r = run(
            root,
            [
                "go",
                "targets",
                ".",
                "--target",
                "linux/amd64",
                "--target",
                "windows/amd64",
                "--go",
                "1.19",
                flag,
                "-f",
                "json",
            ],
        );
        for (target, ours) in targets_of(&r.json()) {
            let ours = relative_to(Path::new("."), ours);
            let (goos, goarch) = target.split_once('/').unwrap();
            let theirs = go_list(tmp, root, goos, goarch, cgo);
            compared += compare_packages(&format!("{target} {flag}"), &theirs, &ours, &mut diffs);
        }
    }
    for d in &diffs {
        eprintln!("MISMATCH {d}");
    }
    (diffs, compared)
}

#[test]
fn targets_equal_go_list() {
    if !go_available() {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("m");
    targets_tree(&root);
    age_tree(&root);
    let (diffs, compared) = compare_with_go_list(tmp.path(), &root);
    assert!(diffs.is_empty(), "{} differences from go list", diffs.len());
    assert!(compared >= 12, "only {compared} packages compared");
}

#[test]
fn targets_equal_go_list_with_an_unparsable_constraint() {
    if !go_available() {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("m");
    targets_tree(&root);
    write(
        &root.join("invalid/bad.go"),
        "//go:build linux &\n\npackage invalid\n",
    );
    write(&root.join("invalid/ok.go"), "package invalid\n");
    age_tree(&root);
    let (diffs, _) = compare_with_go_list(tmp.path(), &root);
    assert!(diffs.is_empty(), "{} differences from go list", diffs.len());
}

/// `compat go targets GOROOT/src GOROOT/src/cmd --no-cgo` against
/// `go list -e -json ./...` run with `CGO_ENABLED=0` in each: the same
/// packages with the same file lists, for a few targets. A PATH means
/// `./...` under it, so `runtime/cgo` is listed (only the `std` pattern
/// leaves it out without cgo). Every `dir` is the PATH joined with the
/// directory, so the two roots' `internal/...` packages stay apart, and
/// `import_path` is go list's `ImportPath`. compat's `vendor` packages are
/// left aside here: `./...` never matches `vendor` (compat walks it; the
/// compat-go `go list` oracle compares them with `./vendor/...`).
#[test]
fn targets_goroot_equal_go_list_dots_without_cgo() {
    if !go_available() {
        return;
    }
    let out = Command::new("go").args(["env", "GOROOT"]).output().unwrap();
    let src = PathBuf::from(String::from_utf8_lossy(&out.stdout).trim()).join("src");
    let cmd = src.join("cmd");
    let tmp = tempfile::tempdir().unwrap();
    let mut args: Vec<String> = vec!["go".into(), "targets".into()];
    args.push(src.display().to_string());
    args.push(cmd.display().to_string());
    for t in ["linux/amd64", "windows/arm64", "js/wasm"] {
        args.extend(["--target".into(), t.into()]);
    }
    args.extend(["--go", "1.19", "--no-cgo", "-f", "json"].map(String::from));
    let r = run(tmp.path(), &args);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let json = r.json();
    let mut diffs = Vec::new();
    let mut compared = 0;
    for (i, (target, pkgs)) in targets_of(&json).into_iter().enumerate() {
        let all = json["targets"][i]["packages"].as_array().unwrap();
        assert_eq!(all.len(), pkgs.len(), "{target}: two packages share a dir");
        let (goos, goarch) = target.split_once('/').unwrap();
        for root in [&src, &cmd] {
            let ours: BTreeMap<String, Value> = pkgs
                .iter()
                .filter(|(_, p)| p["root"] == root.display().to_string())
                .map(|(d, p)| (under(root, d), p.clone()))
                .filter(|(d, _)| d != "vendor" && !d.starts_with("vendor/"))
                .collect();
            let theirs = go_list(tmp.path(), root, goos, goarch, false);
            let what = format!("{target} {}", root.display());
            for (dir, v) in &theirs {
                if let Some(p) = ours.get(dir) {
                    if p["import_path"] != v["ImportPath"] {
                        diffs.push(format!(
                            "{what}: {dir}: ImportPath {}, import_path {}",
                            v["ImportPath"], p["import_path"]
                        ));
                    }
                }
            }
            compared += compare_packages(&what, &theirs, &ours, &mut diffs);
        }
        let ip = |p: &str| pkgs.values().filter(|v| v["import_path"] == p).count();
        assert_eq!(
            ip("runtime/cgo"),
            1,
            "{target}: compat leaves out runtime/cgo"
        );
        assert_eq!(ip("builtin"), 0, "{target}: compat lists builtin");
        assert!(pkgs.contains_key(&src.join("internal/cpu").display().to_string()));
        assert!(pkgs.contains_key(&cmd.join("internal/sys").display().to_string()));
    }
    for d in &diffs {
        eprintln!("MISMATCH {d}");
    }
    assert!(diffs.is_empty(), "{} differences from go list", diffs.len());
    // About 380 packages per target outside vendor (fewer for js/wasm).
    assert!(compared >= 1000, "only {compared} packages compared");
}
