//! JUnit XML in the Ant/Jenkins shape that GitLab, Jenkins, Azure DevOps and
//! the JUnit actions of GitHub read.
//!
//! - `<testsuites>` holds one `<testsuite>` per component
//!   (`subject.component`, sorted), or one named after the command
//!   (`abi diff`) for findings without a component and for input errors.
//! - Each suite starts with one passing test case, `compat check COMPONENT`
//!   (`compat abi diff` for the command's suite): the component was checked,
//!   so a component without findings still shows a green test.
//! - One `<testcase classname=SUITE name="RULE SUBJECT [1a2b3c4d]">` per
//!   finding: `<failure>` for a finding that counts at or above
//!   [`RenderOptions::fail_on`] (breaking by default, as the exit status), a
//!   passing test case with the message as `<system-out>` for one that counts
//!   below it, `<skipped message="waived W-…">` for a waived finding and
//!   `<skipped message="baselined">` for a baselined one.
//! - One `<testcase name="input FILE">` with `<error>` per input that could
//!   not be processed.
//!
//! Names are unique within a class name (GitLab drops test cases whose
//! class name and name repeat): the subject is followed by the first 8 hex
//! digits of the fingerprint, and a name that still repeats (two findings
//! with one fingerprint) gets ` #2`, ` #3`, ... The counts (`tests`,
//! `failures`, `errors`, `skipped`) are those of the cases written. Every
//! string goes through [`crate::escape::xml`].

use std::collections::HashSet;
use std::fmt::Write;

use super::place::place;
use super::RenderOptions;
use crate::escape::xml;
use crate::finding::{Finding, Status, Subject};
use crate::report::{InputError, Report};

/// Subject labels in test case names are cut after this many characters
/// (C++ names can run to kilobytes; the fingerprint keeps names unique).
const LABEL_CHARS: usize = 160;

/// What a test case reports.
enum Outcome {
    /// Passed, with what to show as its output.
    Pass(Option<Lines>),
    /// A failure: message, type (the rule) and details.
    Failure(String, String, Lines),
    /// Skipped, with the reason and what to show as its output.
    Skipped(String, Lines),
    /// An error: message and details.
    Error(String, Lines),
}

/// Lines of text, each escaped on its own (an input's newline stays a
/// visible `\n`; the line breaks are compat's own), held escaped for XML.
struct Lines(Vec<String>);

impl Lines {
    /// Lines of plain text.
    fn of(lines: Vec<String>) -> Lines {
        Lines(lines.iter().map(|l| xml(l).into_owned()).collect())
    }

    /// Adds a line already free of control characters (a counterexample,
    /// in JSON's escapes): only XML's own escapes are added, so that its
    /// backslashes are not doubled.
    fn push_visible(&mut self, line: &str) {
        self.0.push(crate::escape::xml_visible(line).into_owned());
    }

    fn xml(&self) -> String {
        self.0.join("\n")
    }
}

/// One test case.
struct Case {
    name: String,
    file: Option<(String, Option<u32>)>,
    outcome: Outcome,
}

/// One test suite: its name (the class name of its cases) and cases.
struct Suite {
    name: String,
    cases: Vec<Case>,
}

impl Suite {
    fn count(&self, pred: impl Fn(&Outcome) -> bool) -> usize {
        self.cases.iter().filter(|c| pred(&c.outcome)).count()
    }
}

pub(crate) fn render(report: &Report, opts: RenderOptions<'_>) -> String {
    let suites = suites(report, opts);
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    let total =
        |pred: &dyn Fn(&Outcome) -> bool| -> usize { suites.iter().map(|s| s.count(pred)).sum() };
    let _ = writeln!(
        out,
        "<testsuites name=\"compat {}\" tests=\"{}\" failures=\"{}\" errors=\"{}\" skipped=\"{}\">",
        xml(&report.command),
        total(&|_| true),
        total(&|o| matches!(o, Outcome::Failure(..))),
        total(&|o| matches!(o, Outcome::Error(..))),
        total(&|o| matches!(o, Outcome::Skipped(..))),
    );
    for suite in &suites {
        let class = xml(&suite.name);
        let _ = writeln!(
            out,
            "  <testsuite name=\"{class}\" tests=\"{}\" failures=\"{}\" errors=\"{}\" skipped=\"{}\">",
            suite.cases.len(),
            suite.count(|o| matches!(o, Outcome::Failure(..))),
            suite.count(|o| matches!(o, Outcome::Error(..))),
            suite.count(|o| matches!(o, Outcome::Skipped(..))),
        );
        for case in &suite.cases {
            let _ = write!(
                out,
                "    <testcase classname=\"{class}\" name=\"{}\"",
                xml(&case.name)
            );
            if let Some((file, line)) = &case.file {
                let _ = write!(out, " file=\"{}\"", xml(file));
                if let Some(line) = line {
                    let _ = write!(out, " line=\"{line}\"");
                }
            }
            match &case.outcome {
                Outcome::Pass(None) => out.push_str("/>\n"),
                Outcome::Pass(Some(text)) => {
                    let _ = writeln!(
                        out,
                        ">\n      <system-out>{}</system-out>\n    </testcase>",
                        text.xml()
                    );
                }
                Outcome::Failure(message, kind, details) => {
                    let _ = writeln!(
                        out,
                        ">\n      <failure message=\"{}\" type=\"{}\">{}</failure>\n    </testcase>",
                        xml(message),
                        xml(kind),
                        details.xml()
                    );
                }
                Outcome::Skipped(reason, text) => {
                    let _ = writeln!(
                        out,
                        ">\n      <skipped message=\"{}\"/>\n      <system-out>{}</system-out>\n    </testcase>",
                        xml(reason),
                        text.xml()
                    );
                }
                Outcome::Error(message, details) => {
                    let _ = writeln!(
                        out,
                        ">\n      <error message=\"{}\" type=\"input-error\">{}</error>\n    </testcase>",
                        xml(message),
                        details.xml()
                    );
                }
            }
        }
        out.push_str("  </testsuite>\n");
    }
    out.push_str("</testsuites>\n");
    out
}

/// The suites of `report`: the command's (findings without a component,
/// input errors) first, then one per component, sorted.
fn suites(report: &Report, opts: RenderOptions<'_>) -> Vec<Suite> {
    let mut keys: Vec<Option<&str>> = report
        .findings
        .iter()
        .map(|f| f.subject.component.as_deref())
        .collect();
    if keys.is_empty() || !report.errors.is_empty() {
        keys.push(None);
    }
    keys.sort_unstable();
    keys.dedup();
    keys.into_iter()
        .map(|key| {
            let name = key.unwrap_or(&report.command).to_owned();
            let mut names: HashSet<String> = HashSet::new();
            let mut unique = |wanted: String| -> String {
                let mut name = wanted.clone();
                let mut n = 1;
                while names.contains(&name) {
                    n += 1;
                    name = format!("{wanted} #{n}");
                }
                names.insert(name.clone());
                name
            };
            let check = match key {
                Some(component) => format!("compat check {component}"),
                None => format!("compat {}", report.command),
            };
            let mut cases = vec![Case {
                name: unique(check),
                file: None,
                outcome: Outcome::Pass(None),
            }];
            for f in report
                .findings
                .iter()
                .filter(|f| f.subject.component.as_deref() == key)
            {
                let fp = super::fingerprint_of(report, f);
                let short: String = fp
                    .rsplit(':')
                    .next()
                    .unwrap_or_default()
                    .chars()
                    .take(8)
                    .collect();
                let label = label(&f.subject);
                let mut wanted = f.rule.clone();
                if !label.is_empty() {
                    wanted.push(' ');
                    wanted.push_str(&label);
                }
                if !short.is_empty() {
                    let _ = write!(wanted, " [{short}]");
                }
                let p = place(f, opts.anchor, opts.root);
                cases.push(Case {
                    name: unique(wanted),
                    file: Some((p.path.to_owned(), p.line)),
                    outcome: outcome(f, &fp, opts),
                });
            }
            if key.is_none() {
                for e in &report.errors {
                    cases.push(Case {
                        name: unique(format!("input {}", e.file)),
                        file: None,
                        outcome: error(e),
                    });
                }
            }
            Suite { name, cases }
        })
        .collect()
}

/// How a finding is reported.
fn outcome(f: &Finding, fingerprint: &str, opts: RenderOptions<'_>) -> Outcome {
    let text = details(f, fingerprint);
    match f.status {
        Status::Waived => Outcome::Skipped(
            match &f.waiver {
                Some(w) => format!("waived {w}"),
                None => "waived".to_owned(),
            },
            text,
        ),
        Status::Baselined => Outcome::Skipped("baselined".to_owned(), text),
        Status::New if f.severity <= opts.fail_on => {
            Outcome::Failure(f.message.clone(), f.rule.clone(), text)
        }
        Status::New => Outcome::Pass(Some(text)),
    }
}

fn error(e: &InputError) -> Outcome {
    Outcome::Error(
        e.message.clone(),
        Lines::of(vec![format!("{}: {}", e.file, e.message)]),
    )
}

/// The text of a finding's test case: `severity[rule]: message`, then one
/// line per subject field present and the fingerprint, then a contract
/// finding's counterexample as text shows it (`for example: {...}`, cut
/// after 100 characters with `…`, and when cut `there: #/a/b is null`).
fn details(f: &Finding, fingerprint: &str) -> Lines {
    let mut out = vec![format!(
        "{}[{}]: {}",
        f.severity.as_str(),
        f.rule,
        f.message
    )];
    let s = &f.subject;
    let mut line = |key: &str, value: &str| out.push(format!("{key}: {value}"));
    if let Some(l) = &f.location {
        match l.line {
            Some(n) => line("location", &format!("{}:{n}", l.path)),
            None => line("location", &l.path),
        }
    }
    for (key, value) in [
        ("file", &s.file),
        ("object", &s.object),
        ("symbol", &s.symbol),
        ("demangled", &s.demangled),
        ("version", &s.version),
        ("library", &s.library),
        ("type", &s.type_name),
        ("member", &s.member),
        ("package", &s.package),
        ("target", &s.target),
        ("old", &s.old_file),
        ("new", &s.new_file),
        ("old value", &s.old_value),
        ("new value", &s.new_value),
    ] {
        if let Some(v) = value {
            line(key, v);
        }
    }
    if !s.chain.is_empty() {
        line("chain", &s.chain.join(" -> "));
    }
    if !s.symbols.is_empty() {
        line(
            &format!("symbols ({})", s.symbols.len()),
            &s.symbols.join(", "),
        );
    }
    line("fingerprint", fingerprint);
    let mut lines = Lines::of(out);
    if let Some(ex) = super::example_text(f) {
        lines.push_visible(&format!("for example: {}", ex.doc));
        if let Some(there) = ex.there() {
            lines.push_visible(&format!("there: {there}"));
        }
    }
    lines
}

/// What a finding is about, in a few words: `type.member`,
/// `symbol@version`, package and target, then ` in OBJECT` (or the file);
/// a library, or the value that changed, when nothing else is named. Cut
/// after [`LABEL_CHARS`] characters.
fn label(s: &Subject) -> String {
    let mut parts: Vec<String> = Vec::new();
    match (&s.type_name, &s.member) {
        (Some(t), Some(m)) => parts.push(format!("{t}.{m}")),
        (Some(x), None) | (None, Some(x)) => parts.push(x.clone()),
        (None, None) => {}
    }
    match (&s.symbol, &s.version) {
        (Some(sym), Some(v)) => parts.push(format!("{sym}@{v}")),
        (Some(x), None) | (None, Some(x)) => parts.push(x.clone()),
        (None, None) => {}
    }
    parts.extend(s.package.iter().cloned());
    parts.extend(s.target.iter().cloned());
    if parts.is_empty() {
        if let Some(l) = &s.library {
            parts.push(l.clone());
        } else if let Some(v) = &s.new_value {
            parts.push(v.clone());
        }
    }
    if let Some(place) = s.object.as_ref().or(s.file.as_ref()) {
        if parts.is_empty() {
            parts.push(place.clone());
        } else {
            parts.push(format!("in {place}"));
        }
    }
    let label = parts.join(" ");
    if label.chars().count() <= LABEL_CHARS {
        label
    } else {
        let mut cut: String = label.chars().take(LABEL_CHARS - 1).collect();
        cut.push('…');
        cut
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_name_the_subject_in_a_few_words() {
        let s = Subject {
            file: Some("app".into()),
            object: Some("libx.so.1".into()),
            symbol: Some("x_bar".into()),
            version: Some("X_1.1".into()),
            ..Subject::default()
        };
        assert_eq!(label(&s), "x_bar@X_1.1 in libx.so.1");
        let s = Subject {
            type_name: Some("struct cfg".into()),
            member: Some("b".into()),
            ..Subject::default()
        };
        assert_eq!(label(&s), "struct cfg.b");
        let s = Subject {
            library: Some("libm.so.6".into()),
            file: Some("app".into()),
            ..Subject::default()
        };
        assert_eq!(label(&s), "libm.so.6 in app");
        assert_eq!(label(&Subject::default()), "");
        let long = Subject {
            symbol: Some("x".repeat(1000)),
            ..Subject::default()
        };
        assert_eq!(label(&long).chars().count(), LABEL_CHARS);
    }
}
