//! What compat prints when its inputs carry terminal controls: a library
//! whose SONAME (and so a program's DT_NEEDED) sets the terminal's title,
//! clears the screen and forges a `0 breaking` line, a symbol with an
//! escape sequence, a C1 control and a bidi override in its name, Go files
//! whose names hold a newline, a tab, an escape or a byte that is not
//! UTF-8. All built at test time; text and Markdown must show every such
//! character as a visible escape, JSON must carry the exact string, and the
//! `--diff` headers must quote the names as git does.

use std::ffi::OsStr;
use std::os::unix::ffi::OsStrExt;
use std::path::Path;
use std::process::Command;

use compat_testkit::Fixture;
use serde_json::Value;

mod common;
use common::{compat_cmd, finish, Run};

/// Sets the title, clears the screen, then starts a line of its own.
/// (`-Wl,` splits at commas, so the forged line has none.)
const EVIL_SONAME: &str = "libevil\x1b]0;pwned\x07\x1b[2J\n0 breaking.so.1";
/// An escape sequence, a C1 CSI and a right-to-left override (gas takes
/// any byte but a newline inside a quoted symbol name).
const EVIL_SYMBOL: &str = "evil\x1b[2J\u{9b}31m\u{202e}gnp.exe";

fn run(args: &[&OsStr], dir: &Path) -> (Run, Vec<u8>) {
    let out = compat_cmd()
        .args(args)
        .current_dir(dir)
        .output()
        .expect("run compat");
    let raw = out.stdout.clone();
    (finish(out), raw)
}

fn os(s: &str) -> &OsStr {
    OsStr::new(s)
}

/// No byte a terminal acts on: C0 controls but the newline, DEL, C1
/// controls (UTF-8 `C2 80`–`C2 9F`) and the bidi controls.
#[track_caller]
fn assert_inert(what: &str, out: &[u8]) {
    let text = String::from_utf8_lossy(out);
    for (i, c) in text.char_indices() {
        let bad = (c.is_control() && c != '\n')
            || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}');
        assert!(!bad, "{what}: raw {c:?} at byte {i} of:\n{text}");
    }
    assert!(
        !text.lines().any(|l| l.starts_with("0 breaking.")),
        "{what}: a name forged a line:\n{text}"
    );
}

/// The evil library, a clean one, and a program needing the evil SONAME.
fn elf_fixture(fx: &Fixture) {
    let src = format!(
        "int f(void) __asm__(\"\\\"{}\\\"\");\nint f(void) {{ return 1; }}\nint g(void) {{ return 2; }}\n",
        EVIL_SYMBOL
    );
    let lib = fx
        .lib("libevil.so")
        .source(&src)
        .soname(EVIL_SONAME)
        .build();
    fx.lib("libclean.so")
        .source("int g(void) { return 2; }\n")
        .soname("libclean.so.1")
        .build();
    let main = format!(
        "int f(void) __asm__(\"\\\"{}\\\"\");\nint main(void) {{ return f(); }}\n",
        EVIL_SYMBOL
    );
    fx.exe("app").source(&main).link_lib(&lib).build();
    // The library is not where the loader looks: its NEEDED entry is not found.
    std::fs::rename(fx.join("libevil.so"), fx.join("elsewhere.so")).unwrap();
}

#[test]
fn elf_names_with_controls_are_escaped_in_text_and_markdown() {
    let fx = Fixture::new();
    elf_fixture(&fx);
    let d = fx.path();
    let check = [os("abi"), os("check"), os("app")];
    let diff = [os("abi"), os("diff"), os("elsewhere.so"), os("libclean.so")];
    let dump = [os("abi"), os("dump"), os("elsewhere.so")];
    for (args, want_code) in [(&check[..], 1), (&diff[..], 1), (&dump[..], 0)] {
        for format in ["text", "markdown"] {
            let mut a = args.to_vec();
            a.extend([os("-f"), os(format), os("--verbose")]);
            let (r, raw) = run(&a, d);
            assert_eq!(
                r.code, want_code,
                "{args:?} {format}:\n{}{}",
                r.stdout, r.stderr
            );
            assert_inert(&format!("{args:?} {format}"), &raw);
            assert!(
                r.stdout.contains("\\x1b]0;pwned\\x07\\x1b[2J\\n0 breaking")
                    || r.stdout
                        .contains("\\\\x1b\\]0;pwned\\\\x07\\\\x1b\\[2J\\\\n0 breaking"),
                "{args:?} {format}: the SONAME is shown escaped:\n{}",
                r.stdout
            );
            if args != &check[..] {
                assert!(
                    r.stdout.contains("\\u{9b}31m\\u{202e}gnp.exe")
                        || r.stdout.contains("\\\\u{9b}31m\\\\u{202e}gnp.exe"),
                    "{args:?} {format}: the symbol is shown escaped:\n{}",
                    r.stdout
                );
            }
        }
    }
    // JSON carries the exact names, and holds no raw control either.
    let (r, raw) = run(
        &[os("abi"), os("check"), os("app"), os("-f"), os("json")],
        d,
    );
    assert_inert("check json", &raw);
    let v = r.json();
    let libraries: Vec<&str> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|f| f["subject"]["library"].as_str())
        .collect();
    assert!(libraries.contains(&EVIL_SONAME), "{v:#}");
    let (r, raw) = run(
        &[
            os("abi"),
            os("diff"),
            os("elsewhere.so"),
            os("libclean.so"),
            os("-f"),
            os("json"),
        ],
        d,
    );
    assert_inert("diff json", &raw);
    let v = r.json();
    let findings = v["findings"].as_array().unwrap();
    assert!(
        findings
            .iter()
            .any(|f| f["rule"] == "abi-symbol-removed" && f["subject"]["symbol"] == EVIL_SYMBOL),
        "{v:#}"
    );
    assert!(
        findings
            .iter()
            .any(|f| f["rule"] == "abi-soname-changed" && f["subject"]["old_value"] == EVIL_SONAME),
        "{v:#}"
    );
    let (_, raw) = run(
        &[
            os("abi"),
            os("diff"),
            os("elsewhere.so"),
            os("libclean.so"),
            os("-f"),
            os("sarif"),
        ],
        d,
    );
    assert_inert("diff sarif", &raw);
    let (r, _) = run(&[os("abi"), os("dump"), os("elsewhere.so")], d);
    let v: Value = r.json();
    assert_eq!(v["soname"], EVIL_SONAME, "{v:#}");
}

#[test]
fn elf_names_with_controls_are_inert_in_junit_and_gitlab() {
    let fx = Fixture::new();
    elf_fixture(&fx);
    let d = fx.path();
    let check = [os("abi"), os("check"), os("app")];
    let diff = [os("abi"), os("diff"), os("elsewhere.so"), os("libclean.so")];
    for args in [&check[..], &diff[..]] {
        let mut a = args.to_vec();
        a.extend([os("-f"), os("junit")]);
        let (r, raw) = run(&a, d);
        assert_eq!(r.code, 1, "{args:?}:\n{}{}", r.stdout, r.stderr);
        assert_inert(&format!("{args:?} junit"), &raw);
        assert!(
            r.stdout.contains("\\x1b]0;pwned\\x07\\x1b[2J\\n0 breaking"),
            "{args:?} junit: the SONAME is shown escaped:\n{}",
            r.stdout
        );
        let mut a = args.to_vec();
        a.extend([os("-f"), os("gitlab")]);
        let (r, raw) = run(&a, d);
        assert_eq!(r.code, 1, "{args:?}:\n{}{}", r.stdout, r.stderr);
        assert_inert(&format!("{args:?} gitlab"), &raw);
        // Exact strings, in JSON's escapes.
        let issues = r.json();
        assert!(
            issues
                .as_array()
                .unwrap()
                .iter()
                .any(|i| i["description"].as_str().unwrap().contains(EVIL_SONAME)),
            "{issues:#}"
        );
    }
}

/// Go files whose names carry a newline, a tab, an escape sequence, a
/// quote, a space and a byte that is not UTF-8; each has only a `+build`
/// line, so each is named by a finding and rewritten by `--fix`.
fn go_names() -> Vec<Vec<u8>> {
    vec![
        b"nl\n0 breaking.go".to_vec(),
        b"tab\there.go".to_vec(),
        b"esc\x1b]0;pwned\x07.go".to_vec(),
        b"q\"uote and space.go".to_vec(),
        b"latin1\xe9.go".to_vec(),
        "bidi\u{202e}og.go".as_bytes().to_vec(),
    ]
}

fn go_fixture(fx: &Fixture) {
    for n in go_names() {
        std::fs::write(
            fx.join(OsStr::from_bytes(&n)),
            "// +build linux\n\npackage p\n",
        )
        .unwrap();
    }
}

#[test]
fn go_file_names_with_controls_are_escaped() {
    let fx = Fixture::new();
    go_fixture(&fx);
    let d = fx.path();
    for format in ["text", "markdown"] {
        let (r, raw) = run(
            &[
                os("go"),
                os("buildtags"),
                os("."),
                os("-f"),
                os(format),
                os("-v"),
            ],
            d,
        );
        assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);
        assert_inert(format, &raw);
        assert_eq!(
            r.stdout.matches("go-plus-build-only").count(),
            go_names().len(),
            "{}",
            r.stdout
        );
        for shown in [
            "nl\\n0 breaking.go",
            "tab\\there.go",
            "esc\\x1b]0;pwned\\x07.go",
            "bidi\\u{202e}og.go",
        ] {
            assert!(
                r.stdout.contains(shown),
                "{format}: no {shown:?} in\n{}",
                r.stdout
            );
        }
    }
    // JSON: the exact names (a byte that is not UTF-8 becomes U+FFFD).
    let (r, raw) = run(
        &[os("go"), os("buildtags"), os("."), os("-f"), os("json")],
        d,
    );
    assert_inert("json", &raw);
    let v = r.json();
    let files: Vec<String> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["subject"]["file"].as_str().unwrap().to_owned())
        .collect();
    for n in go_names() {
        let want = format!("./{}", String::from_utf8_lossy(&n));
        assert!(files.contains(&want), "{want:?} not in {files:?}");
    }
}

/// `--diff` names each file as `git diff` does: the same `---`/`+++` lines.
#[test]
fn diff_headers_quote_names_as_git_does() {
    let fx = Fixture::new();
    go_fixture(&fx);
    let d = fx.path();
    let (r, raw) = run(&[os("go"), os("buildtags"), os("--diff"), os(".")], d);
    assert_eq!(r.code, 1, "{}", r.stderr);
    let ours: Vec<&[u8]> = raw
        .split(|&b| b == b'\n')
        .filter(|l| l.starts_with(b"--- ") || l.starts_with(b"+++ "))
        .collect();
    assert_eq!(
        ours.len(),
        2 * go_names().len(),
        "{}",
        String::from_utf8_lossy(&raw)
    );
    // Only the header lines' own tab (after a name with a space) remains.
    for l in &ours {
        let body = l.strip_suffix(b"\t").unwrap_or(l);
        assert!(
            !body.iter().any(|&b| b < 0x20 || b == 0x7f),
            "{}",
            String::from_utf8_lossy(l)
        );
    }
    // git itself, on the same change (skipped without git).
    if Command::new("git").arg("--version").output().is_err() {
        return;
    }
    let git = |args: &[&str]| {
        let out = Command::new("git")
            .args([
                "-c",
                "core.quotePath=true",
                "-c",
                "user.name=t",
                "-c",
                "user.email=t@t",
            ])
            .args(args)
            .current_dir(d)
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .env("HOME", d)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "git {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        out.stdout
    };
    git(&["init", "-q", "."]);
    git(&["add", "."]);
    git(&["commit", "-qm", "before"]);
    let (r, _) = run(&[os("go"), os("buildtags"), os("--fix"), os(".")], d);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let patch = git(&["diff"]);
    let theirs: Vec<&[u8]> = patch
        .split(|&b| b == b'\n')
        .filter(|l| l.starts_with(b"--- ") || l.starts_with(b"+++ "))
        .collect();
    let mut ours = ours;
    let mut theirs = theirs;
    ours.sort();
    theirs.sort();
    assert_eq!(
        ours.iter()
            .map(|l| String::from_utf8_lossy(l))
            .collect::<Vec<_>>(),
        theirs
            .iter()
            .map(|l| String::from_utf8_lossy(l))
            .collect::<Vec<_>>()
    );
}
