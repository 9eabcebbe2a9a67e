//! Every `go-*` rule of `compat go buildtags`, in both directions: a file
//! that triggers it (the rule is the only finding, at the expected line and
//! column) and the corrected file, which has no finding at all. Files are
//! scanned with `scan::scan_whole` and linted with `lint::lint_file`, as the
//! CLI does.
//!
//! Columns are 1-based bytes. A `go-build-syntax` finding points at the
//! offending token: the column of the `//go:build` line, plus the offset of
//! the expression text in the line, plus Go's `SyntaxError.Offset` (an offset
//! into that expression text).

use compat_go::facts::{release, LATEST_MINOR};
use compat_go::lint::{lint_file, LintContext};
use compat_go::scan::scan_whole;
use compat_report::RULES;

/// Every rule this file covers; compared with the catalog below.
const COVERED: &[&str] = &[
    "go-build-malformed",
    "go-build-misplaced",
    "go-build-multiple",
    "go-build-syntax",
    "go-build-too-complex",
    "go-build-unsatisfiable",
    "go-export-missing-name",
    "go-export-name-mismatch",
    "go-export-without-cgo",
    "go-filename-contradicts",
    "go-plus-build-invalid-tag",
    "go-plus-build-malformed",
    "go-plus-build-mismatch",
    "go-plus-build-misplaced",
    "go-plus-build-obsolete",
    "go-plus-build-only",
    "go-plus-build-spelling",
    "go-tag-misspelt",
    "go-version-tag-invalid",
];

/// (rule, line, column) of every finding for one file, linted against the
/// newest known Go release.
fn lint(name: &str, src: &str, module_go: Option<(u32, u32)>) -> Vec<(String, u32, u32)> {
    lint_bytes(name, src.as_bytes(), module_go)
}

fn lint_bytes(name: &str, src: &[u8], module_go: Option<(u32, u32)>) -> Vec<(String, u32, u32)> {
    let cx = LintContext {
        release: release(LATEST_MINOR).expect("the newest release is known"),
        module_go,
        path: name,
    };
    lint_file(cx, name, &scan_whole(src))
        .into_iter()
        .map(|f| {
            assert_eq!(f.subject.file.as_deref(), Some(name), "{f:?}");
            let line = f.subject.line.expect("every buildtags finding has a line");
            let col = f
                .subject
                .column
                .expect("every buildtags finding has a column");
            (f.rule, line, col)
        })
        .collect()
}

/// `src` (named `name`) has exactly one finding: `rule` at `line:col`.
#[track_caller]
fn only(name: &str, src: &str, module_go: Option<(u32, u32)>, rule: &str, line: u32, col: u32) {
    let got = lint(name, src, module_go);
    assert_eq!(
        got,
        vec![(rule.to_owned(), line, col)],
        "{name} (module go {module_go:?}):\n{src}"
    );
}

/// `src` (named `name`) has no finding.
#[track_caller]
fn clean(name: &str, src: &str, module_go: Option<(u32, u32)>) {
    let got = lint(name, src, module_go);
    assert!(
        got.is_empty(),
        "{name} (module go {module_go:?}) should be clean, got {got:?}:\n{src}"
    );
}

#[test]
fn every_buildtags_rule_of_the_catalog_is_covered() {
    let mut catalog: Vec<&str> = RULES
        .iter()
        .filter(|r| r.command == "go buildtags" && r.id.starts_with("go-"))
        .map(|r| r.id)
        .collect();
    catalog.sort_unstable();
    let mut covered = COVERED.to_vec();
    covered.sort_unstable();
    assert_eq!(
        covered, catalog,
        "the go buildtags rules of compat_report::RULES and the rules this test covers differ"
    );
    // Every `go-*` rule belongs to one of the go commands.
    for r in RULES.iter().filter(|r| r.id.starts_with("go-")) {
        assert!(
            matches!(
                r.command,
                "go buildtags" | "go targets" | "go exports" | "go upgrade"
            ),
            "{}: unexpected command {:?}",
            r.id,
            r.command
        );
    }
}

// ---------------------------------------------------------------------------
// //go:build lines

#[test]
fn go_build_malformed() {
    only(
        "poll.go",
        "// go:build linux\n\npackage poll\n",
        None,
        "go-build-malformed",
        1,
        1,
    );
    // Indented inside the header: the column is that of the `//`.
    only(
        "poll.go",
        "// Copyright.\n\n  //  go:build linux\n\npackage poll\n",
        None,
        "go-build-malformed",
        3,
        3,
    );
    clean("poll.go", "//go:build linux\n\npackage poll\n", None);
}

#[test]
fn go_build_misplaced() {
    // After the package clause.
    only(
        "poll.go",
        "// Package poll waits for I/O readiness.\npackage poll\n\n//go:build linux\n\nimport \"os\"\n\nvar _ = os.Args\n",
        None,
        "go-build-misplaced",
        4,
        1,
    );
    // Inside a /* */ comment of the header.
    only(
        "poll.go",
        "/*\n//go:build linux\n*/\n\npackage poll\n",
        None,
        "go-build-misplaced",
        2,
        1,
    );
    clean(
        "poll.go",
        "//go:build linux\n\n// Package poll waits for I/O readiness.\npackage poll\n\nimport \"os\"\n\nvar _ = os.Args\n",
        None,
    );
    // A //go:build line directly above the package clause still counts.
    clean("poll.go", "//go:build linux\npackage poll\n", None);
}

#[test]
fn go_build_multiple() {
    only(
        "fast.go",
        "//go:build linux\n//go:build amd64\n\npackage fast\n",
        None,
        "go-build-multiple",
        2,
        1,
    );
    clean(
        "fast.go",
        "//go:build linux && amd64\n\npackage fast\n",
        None,
    );
}

#[test]
fn go_build_syntax_points_at_the_offending_token() {
    // (expression, column of the error, Go's message) for `//go:build EXPR`:
    // the expression starts at column 12.
    let cases = [
        // invalid syntax at &: offset 6 of "linux & amd64".
        ("linux & amd64", 18),
        // unexpected token amd64: offset 6.
        ("linux amd64", 18),
        // unexpected end of expression: offset 8 = the end of "linux &&".
        ("linux &&", 20),
        // missing close paren, at the `(` (offset 0).
        ("(linux", 12),
        // missing close paren at the end: "unexpected end of expression"
        // inside parentheses is renamed, its offset kept.
        ("(linux ||", 21),
        // unexpected token ): offset 6.
        ("linux ) amd64", 18),
        // double negation not allowed: at the second `!` (offset 1).
        ("!!linux", 13),
        // invalid syntax at /: offset 5.
        ("linux/amd64", 17),
        // unexpected token !: at the `!` (offset 6).
        ("linux !amd64", 18),
    ];
    for (expr, col) in cases {
        let src = format!("//go:build {expr}\n\npackage fast\n");
        only("fast.go", &src, None, "go-build-syntax", 1, col);
    }
    // Extra blanks between the prefix and the expression shift the column.
    only(
        "fast.go",
        "//go:build   linux & amd64\n\npackage fast\n",
        None,
        "go-build-syntax",
        1,
        20,
    );
    // So does indentation and a leading comment line.
    only(
        "fast.go",
        "// Copyright.\n\t//go:build linux & amd64\n\npackage fast\n",
        None,
        "go-build-syntax",
        2,
        19,
    );
    clean(
        "fast.go",
        "//go:build linux && amd64\n\npackage fast\n",
        None,
    );
    clean(
        "fast.go",
        "//go:build (linux || darwin) && !cgo\n\npackage fast\n",
        None,
    );
}

#[test]
fn go_build_too_complex() {
    let complex = "//go:build (linux && (amd64 || arm64)) || windows\n\npackage simd\n";
    // The module still supports Go 1.16, which reads only +build lines.
    only(
        "simd.go",
        complex,
        Some((1, 16)),
        "go-build-too-complex",
        1,
        1,
    );
    // Corrected: the same condition in a form +build lines can express …
    clean(
        "simd.go",
        "//go:build (linux && amd64) || (linux && arm64) || windows\n\npackage simd\n",
        Some((1, 16)),
    );
    // … or a module that needs Go 1.17 anyway.
    clean("simd.go", complex, Some((1, 17)));
    clean("simd.go", complex, None);
    // With +build lines beside it, the //go:build line is the one reported.
    only(
        "simd.go",
        "//go:build (linux && (amd64 || arm64)) || windows\n// +build linux windows\n\npackage simd\n",
        None,
        "go-build-too-complex",
        1,
        1,
    );
}

#[test]
fn go_build_unsatisfiable() {
    only(
        "sock.go",
        "//go:build linux && darwin\n\npackage sock\n",
        None,
        "go-build-unsatisfiable",
        1,
        1,
    );
    // Two architectures at once.
    only(
        "sock.go",
        "//go:build amd64 && arm64\n\npackage sock\n",
        None,
        "go-build-unsatisfiable",
        1,
        1,
    );
    // A +build line alone decides too (and is reported as such as well).
    let got = lint("sock.go", "// +build linux,darwin\n\npackage sock\n", None);
    assert_eq!(
        got,
        vec![
            ("go-plus-build-only".to_owned(), 1, 1),
            ("go-build-unsatisfiable".to_owned(), 1, 1)
        ]
    );
    clean(
        "sock.go",
        "//go:build linux || darwin\n\npackage sock\n",
        None,
    );
    // android implies linux, ios implies darwin, illumos implies solaris.
    clean(
        "sock.go",
        "//go:build linux && android\n\npackage sock\n",
        None,
    );
    clean(
        "sock.go",
        "//go:build darwin && ios\n\npackage sock\n",
        None,
    );
    clean(
        "sock.go",
        "//go:build solaris && illumos\n\npackage sock\n",
        None,
    );
}

#[test]
fn go_filename_contradicts() {
    only(
        "poll_windows.go",
        "//go:build linux\n\npackage poll\n",
        None,
        "go-filename-contradicts",
        1,
        1,
    );
    only(
        "poll_linux_arm64.go",
        "//go:build amd64\n\npackage poll\n",
        None,
        "go-filename-contradicts",
        1,
        1,
    );
    // The _test suffix does not hide the GOOS.
    only(
        "poll_windows_test.go",
        "//go:build linux\n\npackage poll\n",
        None,
        "go-filename-contradicts",
        1,
        1,
    );
    clean("poll_linux.go", "//go:build linux\n\npackage poll\n", None);
    clean("poll.go", "//go:build linux\n\npackage poll\n", None);
    // A file name with an unknown suffix constrains nothing.
    clean("poll_stuff.go", "//go:build linux\n\npackage poll\n", None);
    // android files are linux files as well.
    clean(
        "poll_android.go",
        "//go:build linux\n\npackage poll\n",
        None,
    );
}

#[test]
fn go_tag_misspelt() {
    only(
        "epoll.go",
        "//go:build linx && amd64\n\npackage epoll\n",
        None,
        "go-tag-misspelt",
        1,
        12,
    );
    only(
        "epoll.go",
        "//go:build linux && amd46\n\npackage epoll\n",
        None,
        "go-tag-misspelt",
        1,
        21,
    );
    clean(
        "epoll.go",
        "//go:build linux && amd64\n\npackage epoll\n",
        None,
    );
    // Common non-target tags are not typos.
    clean(
        "epoll.go",
        "//go:build !purego && !race\n\npackage epoll\n",
        None,
    );
}

#[test]
fn go_version_tag_invalid() {
    only(
        "slices2.go",
        "//go:build go1.21.0\n\npackage slices2\n",
        None,
        "go-version-tag-invalid",
        1,
        12,
    );
    only(
        "slices2.go",
        "//go:build linux && go121\n\npackage slices2\n",
        None,
        "go-version-tag-invalid",
        1,
        21,
    );
    clean("slices2.go", "//go:build go1.21\n\npackage slices2\n", None);
    clean(
        "slices2.go",
        "//go:build linux && !go1.21\n\npackage slices2\n",
        None,
    );
}

// ---------------------------------------------------------------------------
// // +build lines

#[test]
fn go_plus_build_invalid_tag() {
    // The column is that of the offending space-separated argument.
    only(
        "fast.go",
        "//go:build linux && amd64\n// +build linux/amd64\n\npackage fast\n",
        None,
        "go-plus-build-invalid-tag",
        2,
        11,
    );
    only(
        "fast.go",
        "//go:build !linux\n// +build !!linux\n\npackage fast\n",
        None,
        "go-plus-build-invalid-tag",
        2,
        11,
    );
    only(
        "fast.go",
        "//go:build linux || (darwin && arm64)\n// +build linux darwin,arm-64\n\npackage fast\n",
        None,
        "go-plus-build-invalid-tag",
        2,
        17,
    );
    clean(
        "fast.go",
        "//go:build linux && amd64\n// +build linux,amd64\n\npackage fast\n",
        None,
    );
    clean(
        "fast.go",
        "//go:build !linux\n// +build !linux\n\npackage fast\n",
        None,
    );
}

#[test]
fn go_plus_build_malformed() {
    // The documented example.
    only(
        "sys.go",
        "// +buildlinux\n\npackage sys\n",
        None,
        "go-plus-build-malformed",
        1,
        1,
    );
    only(
        "sys.go",
        "// +build: linux\n\npackage sys\n",
        None,
        "go-plus-build-malformed",
        1,
        1,
    );
    go_plus_build_malformed_corrected();
}

#[test]
fn go_plus_build_malformed_corrected() {
    clean(
        "sys.go",
        "//go:build linux\n// +build linux\n\npackage sys\n",
        None,
    );
    // A comment that merely mentions +build below the header is not reported
    // (vet stops looking at the package clause too).
    clean(
        "sys.go",
        "//go:build linux\n\npackage sys\n\n// See the +build lines of older files.\nvar X int\n",
        None,
    );
}

#[test]
fn go_plus_build_mismatch() {
    only(
        "term.go",
        "//go:build linux || darwin\n// +build linux\n\npackage term\n",
        None,
        "go-plus-build-mismatch",
        2,
        1,
    );
    // Several +build lines: reported at the first.
    only(
        "term.go",
        "//go:build linux && cgo\n// +build linux\n// +build !cgo\n\npackage term\n",
        None,
        "go-plus-build-mismatch",
        2,
        1,
    );
    clean(
        "term.go",
        "//go:build linux || darwin\n// +build linux darwin\n\npackage term\n",
        None,
    );
    clean(
        "term.go",
        "//go:build linux && cgo\n// +build linux,cgo\n\npackage term\n",
        None,
    );
}

#[test]
fn go_plus_build_misplaced() {
    // Not followed by a blank line: Go ignores it.
    only(
        "svc.go",
        "// +build windows\npackage winsvc\n",
        None,
        "go-plus-build-misplaced",
        1,
        1,
    );
    // After the package clause.
    only(
        "svc.go",
        "//go:build windows\n\npackage winsvc\n\n// +build windows\n\nvar X int\n",
        None,
        "go-plus-build-misplaced",
        5,
        1,
    );
    clean(
        "svc.go",
        "//go:build windows\n// +build windows\n\npackage winsvc\n",
        None,
    );
}

#[test]
fn go_plus_build_obsolete() {
    let src = "//go:build linux\n// +build linux\n\npackage sys\n";
    only("sys.go", src, Some((1, 21)), "go-plus-build-obsolete", 2, 1);
    only("sys.go", src, Some((1, 18)), "go-plus-build-obsolete", 2, 1);
    // Still needed by a module that supports Go 1.16 or 1.17.
    clean("sys.go", src, Some((1, 17)));
    clean("sys.go", src, Some((1, 16)));
    clean("sys.go", src, None);
    // Corrected: `go fix` drops the +build line.
    clean("sys.go", "//go:build linux\n\npackage sys\n", Some((1, 21)));
}

#[test]
fn go_plus_build_only() {
    only(
        "term.go",
        "// +build linux darwin\n// +build cgo\n\npackage term\n",
        None,
        "go-plus-build-only",
        1,
        1,
    );
    clean(
        "term.go",
        "//go:build (linux || darwin) && cgo\n// +build linux darwin\n// +build cgo\n\npackage term\n",
        None,
    );
}

#[test]
fn go_plus_build_spelling() {
    only(
        "fast.go",
        "//go:build linux && amd64\n// +build amd64,linux\n\npackage fast\n",
        None,
        "go-plus-build-spelling",
        2,
        1,
    );
    // Same meaning over two lines where gofmt writes one.
    only(
        "fast.go",
        "//go:build linux && amd64\n// +build linux\n// +build amd64\n\npackage fast\n",
        None,
        "go-plus-build-spelling",
        2,
        1,
    );
    clean(
        "fast.go",
        "//go:build linux && amd64\n// +build linux,amd64\n\npackage fast\n",
        None,
    );
}

// ---------------------------------------------------------------------------
// cgo //export comments

#[test]
fn go_export_missing_name() {
    only(
        "add.go",
        "package main\n\nimport \"C\"\n\n//export\nfunc Add(a, b C.int) C.int { return a + b }\n",
        None,
        "go-export-missing-name",
        5,
        1,
    );
    clean(
        "add.go",
        "package main\n\nimport \"C\"\n\n//export Add\nfunc Add(a, b C.int) C.int { return a + b }\n",
        None,
    );
}

#[test]
fn go_export_name_mismatch() {
    only(
        "vec.go",
        "package main\n\nimport \"C\"\n\n//export vec_add\nfunc VecAdd(a, b C.int) C.int { return a + b }\n",
        None,
        "go-export-name-mismatch",
        5,
        1,
    );
    // The //export line need not be the last line of the doc comment.
    only(
        "vec.go",
        "package main\n\nimport \"C\"\n\n// VecAdd adds.\n//export vec_add\n// More doc.\nfunc VecAdd(a, b C.int) C.int { return a + b }\n",
        None,
        "go-export-name-mismatch",
        6,
        1,
    );
    clean(
        "vec.go",
        "package main\n\nimport \"C\"\n\n//export VecAdd\nfunc VecAdd(a, b C.int) C.int { return a + b }\n",
        None,
    );
}

#[test]
fn go_export_without_cgo() {
    only(
        "api.go",
        "package main\n\n//export Version\nfunc Version() int32 { return 3 }\n",
        None,
        "go-export-without-cgo",
        3,
        1,
    );
    clean(
        "api.go",
        "package main\n\nimport \"C\"\n\n//export Version\nfunc Version() int32 { return 3 }\n",
        None,
    );
}

// ---------------------------------------------------------------------------
// Positions found along the way.

#[test]
fn byte_order_mark_counts_in_columns() {
    only(
        "epoll.go",
        "\u{feff}//go:build linx\n\npackage epoll\n",
        None,
        "go-tag-misspelt",
        1,
        15,
    );
}

#[test]
fn crlf_line_endings() {
    only(
        "fast.go",
        "//go:build linux & amd64\r\n\r\npackage fast\r\n",
        None,
        "go-build-syntax",
        1,
        18,
    );
    clean(
        "fast.go",
        "//go:build linux && amd64\r\n// +build linux,amd64\r\n\r\npackage fast\r\n",
        None,
    );
}

#[test]
fn non_utf8_bytes_do_not_hide_findings() {
    let mut src = b"//go:build linux && darwin\n\npackage sock\n\n// \xff\xfe\n".to_vec();
    src.extend_from_slice(b"var X = \"\xc3\"\n");
    let got = lint_bytes("sock.go", &src, None);
    assert_eq!(got, vec![("go-build-unsatisfiable".to_owned(), 1, 1)]);
}

#[test]
fn misspelt_tag_column_is_that_of_the_tag_itself() {
    only(
        "epoll.go",
        "//go:build darwin || darwi\n\npackage epoll\n",
        None,
        "go-tag-misspelt",
        1,
        22,
    );
}

#[test]
fn misspelt_tag_in_a_later_plus_build_line() {
    // With a //go:build line the tag is found there.
    only(
        "epoll.go",
        "//go:build (linux || darwin) && windos\n// +build linux darwin\n// +build windos\n\npackage epoll\n",
        None,
        "go-tag-misspelt",
        1,
        33,
    );
    let got = lint(
        "epoll.go",
        "// +build linux\n// +build windos\n\npackage epoll\n",
        None,
    );
    assert!(
        got.contains(&("go-tag-misspelt".to_owned(), 2, 11)),
        "{got:?}"
    );
}

/// `//go:build (a00 && b00) || … || (aNN && bNN)` with the same clauses in
/// another order on its `// +build` line: the same meaning, spelt
/// differently, so one go-plus-build-spelling finding.
fn interleaved(n: usize) -> String {
    let go: Vec<String> = (0..n).map(|i| format!("(a{i:02} && b{i:02})")).collect();
    let plus: Vec<String> = (0..n).rev().map(|i| format!("a{i:02},b{i:02}")).collect();
    format!(
        "//go:build {}\n// +build {}\n\npackage a\n",
        go.join(" || "),
        plus.join(" ")
    )
}

#[test]
fn equivalence_check_small_interleaved_clauses() {
    only(
        "a.go",
        &interleaved(8),
        None,
        "go-plus-build-spelling",
        2,
        1,
    );
}

#[test]
fn equivalence_check_is_not_exponential() {
    let src = interleaved(20);
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(lint("a.go", &src, None));
    });
    let got = rx
        .recv_timeout(std::time::Duration::from_secs(5))
        .expect("lint_file took more than 5 s on a 2-line header of 20 clauses");
    assert_eq!(got, vec![("go-plus-build-spelling".to_owned(), 2, 1)]);
}

#[test]
fn satisfiability_check_is_not_exponential() {
    let go: Vec<String> = (0..20).map(|i| format!("(a{i:02} && b{i:02})")).collect();
    let src = format!("//go:build {}\n\npackage a\n", go.join(" || "));
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(lint("a.go", &src, None));
    });
    let got = rx
        .recv_timeout(std::time::Duration::from_secs(5))
        .expect("lint_file took more than 5 s on one //go:build line of 20 clauses");
    assert_eq!(got, vec![]);
}

/// Regression: "+build" in a package doc comment (after the last blank line of
/// the leading comments, as in Go's own go/build/constraint) is prose, not a
/// malformed +build line; vet says nothing there either.
#[test]
fn plus_build_in_a_doc_comment_is_prose() {
    clean(
        "expr.go",
        "// Copyright.\n\n// Package constraint parses both the “// +build” syntax and //go:build.\npackage constraint\n",
        None,
    );
    only(
        "a.go",
        "// +buildlinux\n\npackage a\n",
        None,
        "go-plus-build-malformed",
        1,
        1,
    );
}
