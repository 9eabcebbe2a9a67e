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
    // Every rule of `go cgo` has cases in both directions.
    for rule in [
        "go-cgo-cstring-not-freed",
        "go-cgo-cbytes-not-freed",
        "go-cgo-go-pointer-passed",
        "go-cgo-go-pointer-stored",
        "go-cgo-pinner-not-unpinned",
        "go-cgo-export-returns-go-pointer",
        "go-export-directive-ignored",
    ] {
        let n = want.iter().filter(|(_, _, r)| r == rule).count();
        assert!(n >= 3, "{rule}: only {n} positive case(s)");
        let n = w.negative.iter().filter(|(_, _, r)| r == rule).count();
        assert!(n >= 3, "{rule}: only {n} negative case(s)");
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
