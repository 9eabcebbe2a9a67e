//! `compat go cgo` on the fixture packages of `tests/cgo/`: its findings
//! must equal the `// want:` comments of the fixtures exactly (see
//! `tests/cgo/README.md` for the convention).

use std::collections::BTreeSet;

use compat_go::cgo::check;

mod common;
use common::{options, root, wants};

#[test]
fn findings_equal_the_want_comments() {
    let dir = root();
    let report = check(std::slice::from_ref(&dir), &options());
    assert!(report.errors.is_empty(), "{:?}", report.errors);
    let got: BTreeSet<(String, u32, String)> = report
        .findings
        .iter()
        .map(|f| {
            (
                f.subject.file.clone().unwrap(),
                f.subject.line.unwrap(),
                f.rule.clone(),
            )
        })
        .collect();
    let w = wants(&dir);
    let want = w.positive;
    let missing: Vec<_> = want.difference(&got).collect();
    let extra: Vec<_> = got.difference(&want).collect();
    let messages: Vec<String> = report
        .findings
        .iter()
        .filter(|f| {
            extra.iter().any(|(file, line, rule)| {
                f.subject.file.as_deref() == Some(file.as_str())
                    && f.subject.line == Some(*line)
                    && f.rule == *rule
            })
        })
        .map(|f| {
            format!(
                "{}:{}: {}",
                f.subject.file.as_deref().unwrap_or(""),
                f.subject.line.unwrap_or(0),
                f.message
            )
        })
        .collect();
    assert!(
        missing.is_empty() && extra.is_empty(),
        "missing: {missing:#?}\nextra: {extra:#?}\n{}",
        messages.join("\n")
    );
    // Every rule of `go cgo` in the catalog has cases in both directions.
    let rules: Vec<&str> = compat_report::RULES
        .iter()
        .filter(|r| r.command == "go cgo")
        .map(|r| r.id)
        .collect();
    assert_eq!(rules.len(), 7, "{rules:?}");
    for rule in rules {
        let n = want.iter().filter(|(_, _, r)| r == rule).count();
        assert!(n >= 3, "{rule}: only {n} positive cases");
        let n = w.negative.iter().filter(|(_, _, r)| r == rule).count();
        assert!(n >= 3, "{rule}: only {n} negative cases");
    }
}

#[test]
fn findings_carry_position_package_and_function() {
    let report = check(&[root().join("cstring")], &options());
    let f = report
        .findings
        .iter()
        .find(|f| f.subject.symbol.as_deref() == Some("plainLeak"))
        .expect("plainLeak is reported");
    assert_eq!(f.rule, "go-cgo-cstring-not-freed");
    assert!(f.subject.column.is_some());
    assert!(f
        .subject
        .package
        .as_deref()
        .is_some_and(|p| p.ends_with("cstring")));
    assert!(f.message.contains("unless C.use"), "{}", f.message);
}

/// Nesting far beyond real code (thousands of blocks, parentheses, function
/// literals), in several packages checked in parallel: no overflow, the
/// functions cut short named in notes, what could be followed reported.
#[test]
fn deep_nesting_is_bounded() {
    let n = 1000;
    let body = format!(
        "\tcs := C.CString(\"x\")\n{}\tC.puts(cs)\n{}",
        "\tif x {\n".repeat(n),
        "\t}\n".repeat(n)
    );
    let src = format!(
        "package m\n\n// #include <stdio.h>\nimport \"C\"\n\nvar x = true\n\nfunc f() {{\n{body}}}\n\nfunc g() int {{\n\treturn {}1{}\n}}\n\nfunc h() {{\n\tp := C.CString(\"y\")\n\t{}C.puts(p){}\n}}\n",
        "(".repeat(20_000),
        ")".repeat(20_000),
        "func() { ".repeat(2000),
        "}() ".repeat(2000)
    );
    let tmp = tempfile::tempdir().unwrap();
    for i in 0..3 {
        let d = tmp.path().join(format!("d{i}"));
        std::fs::create_dir_all(&d).unwrap();
        std::fs::write(d.join("m.go"), &src).unwrap();
    }
    let report = check(&[tmp.path().to_path_buf()], &options());
    assert!(report.errors.is_empty(), "{:?}", report.errors);
    let cut = report
        .notes
        .iter()
        .filter(|n| n.contains("nests deeper"))
        .count();
    assert_eq!(cut, 9, "{:?}", report.notes);
    // f leaks cs whenever x is false (the path around the nesting).
    assert_eq!(
        report
            .findings
            .iter()
            .filter(|f| f.rule == "go-cgo-cstring-not-freed")
            .count(),
        6
    );
}

/// A file that is not Go where it matters is an error of the report (exit
/// 2), and the rest of the file is still checked.
#[test]
fn syntax_errors_are_reported_and_the_rest_checked() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::write(
        tmp.path().join("m.go"),
        "package m\n\n// #include <stdio.h>\nimport \"C\"\n\nfunc broken( {\n}\n\nfunc f() {\n\tC.puts(C.CString(\"x\"))\n}\n",
    )
    .unwrap();
    let report = check(&[tmp.path().to_path_buf()], &options());
    assert_eq!(report.errors.len(), 1, "{:?}", report.errors);
    assert!(
        report.errors[0].message.starts_with("6:"),
        "{:?}",
        report.errors
    );
    assert!(report
        .findings
        .iter()
        .any(|f| f.rule == "go-cgo-cstring-not-freed" && f.subject.line == Some(10)));
}
