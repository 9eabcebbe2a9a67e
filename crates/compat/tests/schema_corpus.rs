//! `compat schema diff` on twenty pairs of released JSON Schemas with the
//! verdicts written down before compat ran on them
//! (`tests/schema-corpus/expected.tsv`): the exit status in every mode, the
//! breaking changes named there (location and rule), and every counterexample
//! checked by Python's `jsonschema` on both sides, refused at the place the
//! finding names. The disagreements compat still has are listed, with why, in
//! `tests/schema-corpus/known.tsv`. Skips when the corpus is
//! missing, fails under CI (`scripts/fetch-schema-corpus.sh`, run by `.ci/run`).

mod common;

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use serde_json::{json, Value};

/// One row of `expected.tsv`.
struct Expected<'a> {
    pair: &'a str,
    mode: &'a str,
    breaking: bool,
    breaks: Vec<&'a str>,
}

/// Whether the document location `member` (`#/a/0/b`) matches `pattern`
/// (`/a/*/b`; `*` one segment, `**` any number).
fn matches(pattern: &str, member: &str) -> bool {
    fn go(p: &[&str], m: &[String]) -> bool {
        match p.split_first() {
            None => m.is_empty(),
            Some((&"**", rest)) => (0..=m.len()).any(|i| go(rest, &m[i..])),
            Some((seg, rest)) => {
                !m.is_empty() && (*seg == "*" || *seg == m[0]) && go(rest, &m[1..])
            }
        }
    }
    // Segments after the leading "/"; an empty one is the property name "".
    let p: Vec<&str> = pattern
        .split('/')
        .skip(1)
        .filter(|s| !s.is_empty())
        .collect();
    let m: Vec<String> = member
        .trim_start_matches('#')
        .split('/')
        .skip(1)
        .map(|s| s.replace("~1", "/").replace("~0", "~"))
        .collect();
    go(&p, &m)
}

/// Compat's breaking findings as (rule, member, counterexample).
fn breaking(report: &Value) -> Vec<(String, String, Value)> {
    report["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .filter(|f| f["severity"] == "breaking")
        .map(|f| {
            (
                f["rule"].as_str().unwrap_or_default().to_owned(),
                f["subject"]["member"]
                    .as_str()
                    .unwrap_or_default()
                    .to_owned(),
                f["counterexample"].clone(),
            )
        })
        .collect()
}

/// What is wrong with `found` against the written-down `breaks`.
fn check_breaks(breaks: &[&str], found: &[(String, String, Value)]) -> Vec<String> {
    let mut bad = Vec::new();
    let open = breaks.contains(&"...");
    let mut covered = vec![false; found.len()];
    for spec in breaks.iter().filter(|s| **s != "..." && **s != "-") {
        if let Some(path) = spec.strip_prefix('!') {
            for (rule, member, _) in found.iter().filter(|f| matches(path, &f.1)) {
                bad.push(format!(
                    "a breaking {rule} at {member}, expected none at {path}"
                ));
            }
            continue;
        }
        let (path, rules) = spec.split_once(' ').unwrap_or((spec, "*"));
        let rules: Vec<&str> = rules.split('|').collect();
        let mut hit = false;
        for (i, (rule, member, _)) in found.iter().enumerate() {
            if matches(path, member) && (rules.contains(&"*") || rules.contains(&rule.as_str())) {
                covered[i] = true;
                hit = true;
            }
        }
        if !hit {
            let near: Vec<String> = found
                .iter()
                .filter(|f| matches(path, &f.1))
                .map(|f| f.0.clone())
                .collect();
            bad.push(format!(
                "missing: {} at {path}{}",
                rules.join("|"),
                if near.is_empty() {
                    String::new()
                } else {
                    format!(" (found there: {})", near.join(", "))
                }
            ));
        }
    }
    if !open {
        for (i, (rule, member, _)) in found.iter().enumerate() {
            if !covered[i] {
                bad.push(format!("not expected: {rule} at {member}"));
            }
        }
    }
    bad
}

/// Runs `compat schema diff` and returns (exit status, JSON report).
/// A run that could not do the job is (-1, {"error": ...}).
fn diff(old: &Path, new: &Path, mode: &str, options: &[String]) -> (i32, Value) {
    let (mode, policy) = match mode.strip_suffix("-lenient") {
        Some(m) => (m, "lenient"),
        None => (mode, "strict"),
    };
    let out = common::compat_cmd()
        .args([
            "schema",
            "diff",
            old.to_str().unwrap(),
            new.to_str().unwrap(),
            "--mode",
            mode,
            "--policy",
            policy,
            "-f",
            "json",
        ])
        .args(options)
        .output()
        .expect("run compat");
    let stderr = String::from_utf8_lossy(&out.stderr);
    match out.status.code() {
        Some(code @ (0 | 1)) => (
            code,
            serde_json::from_slice(&out.stdout).expect("compat's JSON report"),
        ),
        code => Err(format!(
            "exit {code:?}: {}",
            stderr.lines().take(2).collect::<Vec<_>>().join(" ")
        ))
        .map_err(|e| (-1, json!({ "error": e })))
        .unwrap_or_else(|e| e),
    }
}

/// Checks each counterexample with Python's jsonschema: valid under the first
/// schema, invalid under the second at the place the finding names (an error
/// there, above it or below it). Returns the failures.
fn validate(py: &Path, checks: &[Value]) -> Vec<String> {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/schema-corpus/validate.py");
    let mut child = Command::new(py)
        .arg(script)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run python");
    {
        let mut stdin = child.stdin.take().unwrap();
        for c in checks {
            writeln!(stdin, "{c}").unwrap();
        }
    }
    let out = child.wait_with_output().expect("python");
    assert!(
        out.status.success(),
        "validate.py failed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(str::to_owned)
        .collect()
}

#[test]
#[allow(clippy::print_stderr)] // the score, for the README
fn verdicts_on_released_schemas_are_as_written_down() {
    let Some(cache) = common::corpus_cache("run scripts/fetch-schema-corpus.sh") else {
        return;
    };
    let dir = cache.join("schema");
    let mut pairs: BTreeMap<&str, (PathBuf, PathBuf, Vec<String>)> = BTreeMap::new();
    for cols in common::rows(include_str!("schema-corpus/pairs.tsv")) {
        let (old, new) = (dir.join(cols[1]), dir.join(cols[2]));
        for f in [&old, &new] {
            if !f.is_file() {
                common::skip::<()>(&format!(
                    "{} is missing: run scripts/fetch-schema-corpus.sh",
                    f.display()
                ));
                return;
            }
        }
        let options = cols[4]
            .split_whitespace()
            .filter(|o| *o != "-")
            .map(|o| o.replace("{dir}", dir.to_str().unwrap()))
            .collect();
        pairs.insert(cols[0], (old, new, options));
    }
    let Some(py) = compat_testkit::ci_python("jsonschema") else {
        return;
    };
    let expected: Vec<Expected> = common::rows(include_str!("schema-corpus/expected.tsv"))
        .map(|c| Expected {
            pair: c[0],
            mode: c[1],
            breaking: match c[2] {
                "breaking" => true,
                "compatible" => false,
                v => panic!("expected.tsv: verdict {v:?}"),
            },
            breaks: c[3].split(" ; ").map(str::trim).collect(),
        })
        .collect();
    let mut bad = Vec::new();
    let mut checks = Vec::new();
    let mut right = 0;
    for e in &expected {
        let (old, new, options) = pairs
            .get(e.pair)
            .unwrap_or_else(|| panic!("expected.tsv: no pair {}", e.pair));
        let (code, report) = diff(old, new, e.mode, options);
        let mut problems = Vec::new();
        if code < 0 {
            bad.push(format!("{} --mode {}: {}", e.pair, e.mode, report["error"]));
            continue;
        }
        let found = breaking(&report);
        if (code == 1) != e.breaking {
            problems.push(format!(
                "verdict {}, written down {}",
                if code == 1 { "breaking" } else { "compatible" },
                if e.breaking { "breaking" } else { "compatible" }
            ));
        }
        problems.extend(check_breaks(&e.breaks, &found));
        if problems.is_empty() {
            right += 1;
        }
        bad.extend(
            problems
                .into_iter()
                .map(|p| format!("{} --mode {}: {p}", e.pair, e.mode)),
        );
        let (valid, invalid) = if e.mode.starts_with("forward") {
            (new, old)
        } else {
            (old, new)
        };
        for (rule, member, doc) in &found {
            checks.push(json!({
                "what": format!("{} --mode {}: {rule} at {member}", e.pair, e.mode),
                "valid": valid, "invalid": invalid, "doc": doc, "at": member,
            }));
        }
    }
    // full breaks exactly when backward or forward does.
    for (pair, (old, new, options)) in &pairs {
        let by = |mode: &str| expected.iter().find(|e| e.pair == *pair && e.mode == mode);
        let (Some(b), Some(f)) = (by("backward"), by("forward")) else {
            continue;
        };
        let (code, _) = diff(old, new, "full", options);
        if (code == 1) != (b.breaking || f.breaking) {
            bad.push(format!("{pair} --mode full: exit {code}"));
        }
    }
    bad.extend(validate(&py, &checks));
    // The disagreements still open (known.tsv) are accepted, and each must still occur.
    let mut known_seen = Vec::new();
    for k in common::rows(include_str!("schema-corpus/known.tsv")) {
        let prefix = format!("{} --mode {}: {}", k[0], k[1], k[2]);
        let before = bad.len();
        bad.retain(|b| !b.starts_with(&prefix));
        known_seen.push((prefix, before != bad.len()));
    }
    for (prefix, seen) in known_seen {
        if !seen {
            bad.push(format!(
                "known.tsv lists \"{prefix}\", which no longer occurs: delete that line"
            ));
        }
    }
    eprintln!(
        "schema corpus: {right}/{} rows as written down, {} counterexamples checked",
        expected.len(),
        checks.len()
    );
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

#[test]
fn location_patterns() {
    assert!(matches("/cells/*/id", "#/cells/0/id"));
    assert!(matches("/**/for", "#/tasks/a/cmds/0/for"));
    assert!(matches("/**/trigger/include/**", "#/job/trigger/include"));
    assert!(!matches("/cells/*", "#/cells/0/id"));
    assert!(matches("/", "#"));
    assert!(matches("/includes/*/flatten", "#/includes//flatten"));
}
