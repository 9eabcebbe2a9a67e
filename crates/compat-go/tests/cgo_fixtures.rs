//! `compat go cgo` on the fixture packages of `tests/cgo/`: its findings
//! must equal the `// want:` comments of the fixtures exactly (see
//! `tests/cgo/README.md` for the convention).

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use compat_go::cgo::{check, CgoOptions};

/// The fixture tree.
fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cgo")
}

/// The options the fixtures are written for.
fn options() -> CgoOptions {
    CgoOptions {
        takes_ownership: vec!["take".into()],
    }
}

/// The expectations of the fixtures: (file, line, rule) of every `// want:`
/// comment naming a rule, and (file, line, rule) of the negative cases
/// (`// want: !RULE`).
struct Wants {
    positive: BTreeSet<(String, u32, String)>,
    negative: BTreeSet<(String, u32, String)>,
}

fn wants(dir: &Path) -> Wants {
    let mut out = BTreeSet::new();
    let mut neg = BTreeSet::new();
    let mut files: Vec<PathBuf> = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "go") {
                files.push(p);
            }
        }
    }
    for f in files {
        let text = std::fs::read_to_string(&f).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        let mut pending: Vec<String> = Vec::new();
        for (i, line) in lines.iter().enumerate() {
            let Some(pos) = line.find("// want: ") else {
                for r in pending.drain(..) {
                    out.insert((f.display().to_string(), i as u32 + 1, r));
                }
                continue;
            };
            let spec = &line[pos + "// want: ".len()..];
            let spec = spec.split(" (").next().unwrap_or(spec);
            let all: Vec<String> = spec
                .split(',')
                .map(|r| r.trim().to_owned())
                .filter(|r| r != "none" && !r.is_empty())
                .collect();
            let (nots, rules): (Vec<String>, Vec<String>) =
                all.into_iter().partition(|r| r.starts_with('!'));
            let standalone = line[..pos].trim().is_empty();
            // A standalone comment applies to the next line that is not a
            // `want` comment.
            let target = if standalone {
                let mut j = i + 1;
                while j < lines.len() && lines[j].trim_start().starts_with("// want: ") {
                    j += 1;
                }
                j as u32 + 1
            } else {
                i as u32 + 1
            };
            for r in nots {
                neg.insert((f.display().to_string(), target, r[1..].to_owned()));
            }
            if standalone {
                pending.extend(rules);
            } else {
                for r in pending.drain(..) {
                    out.insert((f.display().to_string(), i as u32 + 1, r));
                }
                for r in rules {
                    out.insert((f.display().to_string(), i as u32 + 1, r));
                }
            }
        }
    }
    Wants {
        positive: out,
        negative: neg,
    }
}

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
