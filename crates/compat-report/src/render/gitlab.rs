//! GitLab Code Quality: a JSON array of issues, one per finding that counts
//! (waived and baselined findings are left out: GitLab has no way to show
//! an issue as accepted), with only the fields GitLab documents:
//!
//! | field | from the report |
//! |---|---|
//! | `description` | `message`; for a contract finding, then `; for example: {...}` (its counterexample cut after 100 characters with `…`, as text cuts it) and, when cut, `; there: #/a/b is null` |
//! | `check_name` | `rule` |
//! | `fingerprint` | `fingerprint`; a repeat within the array gets `-2`, `-3`, ... (GitLab keys issues on it) |
//! | `severity` | breaking → `major`, warning → `minor`, info → `info`; `policy-waiver-expired` → `critical` |
//! | `location.path` | where the finding is shown ([`super::place`]: `location`, `subject.file`, `subject.new_file`, the anchor, `compat.toml`) |
//! | `location.lines.begin` | its line, else 1 |
//!
//! No line number enters a fingerprint, so an issue survives code moving
//! above it; nor does the counterexample. Strings are exact, in the JSON
//! renderer's escapes; the counterexample in `description` is compact JSON
//! in its own escapes (DEL, C1 and bidi controls as `\uXXXX` in the text)
//! and its path escaped as text escapes names. GitLab shows `description`
//! and none of the Code Climate fields it does not document (`content`), so
//! the counterexample is there.

use std::collections::HashSet;

use serde_json::{json, Value};

use super::place::place;
use super::RenderOptions;
use crate::finding::Severity;
use crate::report::Report;

/// The rule of a waiver past its date that still matches a finding: the
/// build is red for a reason the team chose to postpone, so it is GitLab's
/// `critical`.
const WAIVER_EXPIRED: &str = "policy-waiver-expired";

fn severity(rule: &str, sev: Severity) -> &'static str {
    if rule == WAIVER_EXPIRED {
        return "critical";
    }
    match sev {
        Severity::Breaking => "major",
        Severity::Warning => "minor",
        Severity::Info => "info",
    }
}

pub(crate) fn render(report: &Report, opts: RenderOptions<'_>) -> String {
    let mut seen: HashSet<String> = HashSet::new();
    let issues: Vec<Value> = report
        .findings
        .iter()
        .filter(|f| f.counts())
        .map(|f| {
            let base = super::fingerprint_of(report, f).into_owned();
            let mut fingerprint = base.clone();
            let mut n = 1;
            while seen.contains(&fingerprint) {
                n += 1;
                fingerprint = format!("{base}-{n}");
            }
            seen.insert(fingerprint.clone());
            let p = place(f, opts.anchor, opts.root);
            let mut description = f.message.clone();
            if let Some(ex) = super::example_text(f) {
                description.push_str("; for example: ");
                description.push_str(&ex.doc);
                if let Some(there) = ex.there() {
                    description.push_str("; there: ");
                    description.push_str(&there);
                }
            }
            json!({
                "description": description,
                "check_name": f.rule,
                "fingerprint": fingerprint,
                "severity": severity(&f.rule, f.severity),
                "location": {
                    "path": p.path,
                    "lines": { "begin": p.line.unwrap_or(1) },
                },
            })
        })
        .collect();
    let mut out = Vec::new();
    // Writing a `Value` to memory cannot fail.
    let _ = crate::render::json::to_writer(&Value::Array(issues), &mut out);
    out.push(b'\n');
    String::from_utf8(out).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Finding, Location, Status, Subject};

    #[test]
    fn one_issue_per_counted_finding_with_unique_fingerprints() {
        let mut r = Report::new("abi check", vec![]);
        let subject = Subject {
            file: Some("bin/app".into()),
            symbol: Some("x".into()),
            ..Subject::default()
        };
        for _ in 0..3 {
            r.findings.push(Finding::new(
                "ld-symbol-unresolved",
                "x is undefined",
                subject.clone(),
            ));
        }
        let mut warning = Finding::new("abi-symbol-binding-weakened", "w", Subject::default());
        warning.location = Some(Location {
            path: "compat.toml".into(),
            line: Some(9),
            column: None,
        });
        r.findings.push(warning);
        let mut waived = Finding::new("abi-symbol-removed", "gone", Subject::default());
        waived.status = Status::Waived;
        r.findings.push(waived);
        r.finish();
        let v: Value = serde_json::from_str(&render(&r, RenderOptions::default())).expect("JSON");
        let issues = v.as_array().unwrap();
        assert_eq!(issues.len(), 4);
        let fp = r.findings[0].fingerprint.clone();
        let prints: Vec<&str> = issues
            .iter()
            .map(|i| i["fingerprint"].as_str().unwrap())
            .collect();
        assert_eq!(
            prints[..3],
            [fp.clone(), format!("{fp}-2"), format!("{fp}-3")]
        );
        assert_eq!(issues[0]["severity"], "major");
        assert_eq!(issues[0]["location"]["path"], "bin/app");
        assert_eq!(issues[0]["location"]["lines"]["begin"], 1);
        assert_eq!(issues[3]["severity"], "minor");
        assert_eq!(issues[3]["location"]["path"], "compat.toml");
        assert_eq!(issues[3]["location"]["lines"]["begin"], 9);
        assert_eq!(severity(WAIVER_EXPIRED, Severity::Breaking), "critical");
        assert_eq!(severity("abi-needed-added", Severity::Info), "info");
    }

    /// GitLab Code Quality and JUnit of a `schema diff` of two absolute paths
    /// and of a `compat check` finding about compat.toml.
    fn located(root: Option<&str>) -> (Vec<String>, String) {
        let mut r = Report::new("schema diff", vec![]);
        r.findings.push(Finding::new(
            "schema-property-removed",
            "gone",
            Subject {
                old_file: Some("/ci/repo/api/old.json".into()),
                new_file: Some("/ci/repo/api/new.json".into()),
                ..Subject::default()
            },
        ));
        let mut promise = Finding::new(
            "policy-semver-violated",
            "bump",
            Subject {
                new_file: Some("/ci/repo/build/libx.so".into()),
                ..Subject::default()
            },
        );
        promise.location = Some(Location {
            path: "compat.toml".into(),
            line: Some(26),
            column: None,
        });
        r.findings.push(promise);
        r.finish();
        let opts = RenderOptions {
            root,
            ..RenderOptions::default()
        };
        let v: Value = serde_json::from_str(&render(&r, opts)).expect("JSON");
        let paths = v
            .as_array()
            .unwrap()
            .iter()
            .map(|i| i["location"]["path"].as_str().unwrap().to_owned())
            .collect();
        (paths, crate::render(&r, crate::Format::Junit, opts))
    }

    #[test]
    fn an_absolute_input_is_the_location_and_compat_toml_only_when_the_finding_is_there() {
        // Under the root (the working directory): relative to it.
        let (paths, junit) = located(Some("/ci/repo"));
        assert_eq!(paths, ["api/new.json", "compat.toml"]);
        assert!(junit.contains("file=\"api/new.json\""), "{junit}");
        assert!(junit.contains("file=\"compat.toml\""), "{junit}");
        // Elsewhere: the new input as named.
        let (paths, junit) = located(Some("/elsewhere"));
        assert_eq!(paths, ["/ci/repo/api/new.json", "compat.toml"]);
        assert!(junit.contains("file=\"/ci/repo/api/new.json\""), "{junit}");
        let (paths, _) = located(None);
        assert_eq!(paths, ["/ci/repo/api/new.json", "compat.toml"]);
    }
}
