//! SARIF 2.1.0 for code scanning (GitHub and other SARIF consumers).
//!
//! - One run per component (`subject.component` of the findings, waived and
//!   baselined ones included, so that a component whose findings were all
//!   accepted still uploads an empty run and its alerts close), each with
//!   `automationDetails.id = "compat/<component>/"`: GitHub keeps one
//!   analysis per category. A report without components is one run,
//!   `compat/<command>/` (`compat/abi-check/`); findings without a component
//!   in a report with components go to that run too.
//! - The whole rule catalog as the driver's rules; one result per finding
//!   that counts, and per waived finding with [`SarifInclude::Waived`] (with
//!   an external suppression naming the waiver).
//! - Every result has a physical location inside the repository, chosen by
//!   [`super::place`] and written as a percent-encoded relative URI.
//! - Size guard: GitHub rejects a run of more than [`SARIF_MAX_RESULTS`]
//!   results and an upload larger than [`SARIF_MAX_GZIP_BYTES`] compressed.
//!   Past either, the most severe results are kept (counted before waived,
//!   then breaking, warning, info, then report order) and every run that lost
//!   results says how many in a `toolExecutionNotifications` entry with the
//!   descriptor `compat-output-truncated`, instead of a rejected upload.

use std::io::Write;

use serde_json::{json, Map, Value};

use super::place::{place, uri};
use super::{RenderOptions, SarifInclude};
use crate::finding::{Finding, Severity, Status};
use crate::report::Report;
use crate::rules::RULES;

/// The most results GitHub code scanning accepts in one run.
pub const SARIF_MAX_RESULTS: usize = 25_000;

/// The largest gzip-compressed SARIF upload GitHub code scanning accepts, in
/// bytes (10 MB).
pub const SARIF_MAX_GZIP_BYTES: u64 = 10_000_000;

/// The rule and notification id of a log cut to the limits.
const TRUNCATED: &str = "compat-output-truncated";

/// The limits a log is kept within.
#[derive(Debug, Clone, Copy)]
struct Limits {
    results_per_run: usize,
    gzip_bytes: u64,
}

const GITHUB: Limits = Limits {
    results_per_run: SARIF_MAX_RESULTS,
    gzip_bytes: SARIF_MAX_GZIP_BYTES,
};

fn level(sev: Severity) -> &'static str {
    match sev {
        Severity::Breaking => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

pub(crate) fn render(report: &Report, opts: RenderOptions<'_>) -> String {
    render_within(report, opts, GITHUB)
}

/// One finding carried as a result.
struct Entry {
    /// Index of its run in the run list.
    run: usize,
    /// The result object.
    value: Value,
}

fn render_within(report: &Report, opts: RenderOptions<'_>, limits: Limits) -> String {
    // Runs: one per component named by any finding (sorted), or one for the
    // command when a finding names none.
    let mut keys: Vec<Option<&str>> = report
        .findings
        .iter()
        .map(|f| f.subject.component.as_deref())
        .collect();
    keys.sort_unstable();
    keys.dedup();
    if keys.is_empty() {
        keys.push(None);
    }
    let carried: Vec<&Finding> = report
        .findings
        .iter()
        .filter(|f| {
            f.counts() || (opts.sarif_include == SarifInclude::Waived && f.status == Status::Waived)
        })
        .collect();
    let entries: Vec<Entry> = carried
        .iter()
        .map(|f| Entry {
            run: keys
                .binary_search(&f.subject.component.as_deref())
                .unwrap_or(0),
            value: result(report, f, opts),
        })
        .collect();
    // The order results are kept in: counted before waived, most severe
    // first, then report order.
    let mut order: Vec<usize> = (0..entries.len()).collect();
    order.sort_by_key(|&i| (!carried[i].counts(), carried[i].severity, i));

    let rules = catalog();
    let mut budget = usize::MAX;
    loop {
        let kept = select(&entries, &order, keys.len(), limits.results_per_run, budget);
        let doc = document(report, &keys, &entries, &kept, &rules, limits);
        let out = serialize(&doc);
        let kept_count = kept.iter().filter(|&&k| k).count();
        let size = gzip_len(out.as_bytes());
        if size <= limits.gzip_bytes || kept_count == 0 {
            return out;
        }
        // Scale the number of results kept by how far over the limit the
        // log is, with a margin; the loop checks the result.
        let scaled = (kept_count as f64 * limits.gzip_bytes as f64 / size as f64 * 0.95) as usize;
        budget = scaled.min(kept_count - 1);
    }
}

/// Which entries are kept: the first `budget` in `order`, at most
/// `per_run` of each run.
fn select(
    entries: &[Entry],
    order: &[usize],
    runs: usize,
    per_run: usize,
    budget: usize,
) -> Vec<bool> {
    let mut kept = vec![false; entries.len()];
    let mut in_run = vec![0usize; runs];
    let mut total = 0usize;
    for &i in order {
        if total == budget {
            break;
        }
        let run = entries[i].run;
        if in_run[run] < per_run {
            in_run[run] += 1;
            total += 1;
            kept[i] = true;
        }
    }
    kept
}

/// The SARIF log with the kept entries.
fn document(
    report: &Report,
    keys: &[Option<&str>],
    entries: &[Entry],
    kept: &[bool],
    rules: &Value,
    limits: Limits,
) -> Value {
    let errors: Vec<Value> = report.errors.iter().map(error_notification).collect();
    let command_slug: String = report
        .command
        .chars()
        .map(|c| if c.is_whitespace() { '-' } else { c })
        .collect();
    let runs: Vec<Value> = keys
        .iter()
        .enumerate()
        .map(|(run, key)| {
            let mut results = Vec::new();
            let mut total = 0usize;
            // Entries are in report order.
            for (e, &k) in entries.iter().zip(kept) {
                if e.run == run {
                    total += 1;
                    if k {
                        results.push(e.value.clone());
                    }
                }
            }
            let dropped = total - results.len();
            let mut notifications = errors.clone();
            let mut driver = json!({
                "name": report.tool.name,
                "version": report.tool.version,
                "rules": rules,
            });
            if dropped > 0 {
                notifications.push(truncated(dropped, total, limits));
                // The notification's descriptor: the catalog entry of the rule.
                driver["notifications"] = RULES
                    .iter()
                    .filter(|r| r.id == TRUNCATED)
                    .map(descriptor)
                    .collect();
            }
            let category = match key {
                Some(component) => format!("compat/{component}/"),
                None => format!("compat/{command_slug}/"),
            };
            json!({
                "tool": { "driver": driver },
                "automationDetails": { "id": category },
                "invocations": [{
                    "executionSuccessful": report.errors.is_empty(),
                    "commandLine": format!("compat {}", report.command),
                    "toolExecutionNotifications": notifications,
                }],
                "results": results,
                "properties": {
                    "summary": report.summary,
                    "verdict": report.verdict,
                    "verdict_if_public": report.verdict_if_public,
                },
            })
        })
        .collect();
    json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": runs,
    })
}

/// The driver's rules: the whole catalog.
fn catalog() -> Value {
    RULES.iter().map(descriptor).collect()
}

/// The reporting descriptor of a rule (GitHub wants both descriptions and
/// the help text on every descriptor).
fn descriptor(r: &crate::Rule) -> Value {
    json!({
        "id": r.id,
        "shortDescription": { "text": r.summary },
        "fullDescription": { "text": r.summary },
        "help": { "text": r.docs, "markdown": r.docs },
        "defaultConfiguration": { "level": level(r.severity) },
    })
}

/// One result.
fn result(report: &Report, f: &Finding, opts: RenderOptions<'_>) -> Value {
    let s = &f.subject;
    let mut properties = json!({ "severity": f.severity.as_str(), "subject": s });
    if f.status != Status::New {
        properties["status"] = json!(f.status.as_str());
    }
    if let Some(w) = &f.waiver {
        properties["waiver"] = json!(w);
    }
    let mut result = json!({
        "ruleId": f.rule,
        "ruleIndex": RULES.iter().position(|r| r.id == f.rule),
        "level": level(f.severity),
        "message": { "text": f.message },
        "properties": properties,
    });

    let p = place(f, opts.anchor);
    // A region on every result (GitHub places an alert by its start line):
    // the first line of a file that has no lines (a binary).
    let region = match p.line {
        Some(line) => json!({ "startLine": line, "startColumn": p.column.unwrap_or(1) }),
        None => json!({ "startLine": 1 }),
    };
    let physical = json!({ "artifactLocation": { "uri": uri(p.path) }, "region": region });
    let mut loc = Map::new();
    loc.insert("physicalLocation".into(), physical);
    if let Some(sym) = &s.symbol {
        let fq = match &s.version {
            Some(v) => format!("{sym}@{v}"),
            None => sym.clone(),
        };
        loc.insert(
            "logicalLocations".into(),
            json!([{ "name": sym, "fullyQualifiedName": fq }]),
        );
    }
    result["locations"] = json!([Value::Object(loc)]);

    let mut prints = Map::new();
    prints.insert(
        "compat/v1".into(),
        json!(super::fingerprint_of(report, f).as_ref()),
    );
    if let Some(g) = &f.group {
        prints.insert("compatGroup/v1".into(), json!(g));
    }
    result["partialFingerprints"] = Value::Object(prints);

    if f.status == Status::Waived {
        let justification = match &f.waiver {
            Some(w) => format!("waived by {w} (compat.toml)"),
            None => "waived in compat.toml".to_owned(),
        };
        result["suppressions"] = json!([{
            "kind": "external",
            "status": "accepted",
            "justification": justification,
        }]);
    }
    result
}

/// A `toolExecutionNotifications` entry for an input that could not be
/// processed; located at the input when it is a file of the repository.
fn error_notification(e: &crate::InputError) -> Value {
    if super::place::in_repository(&e.file) {
        json!({
            "level": "error",
            "message": { "text": e.message },
            "locations": [{ "physicalLocation": { "artifactLocation": { "uri": uri(&e.file) } } }],
        })
    } else {
        json!({
            "level": "error",
            "message": { "text": format!("{}: {}", e.file, e.message) },
        })
    }
}

/// The notification of a run that lost `dropped` of its `total` results.
fn truncated(dropped: usize, total: usize, limits: Limits) -> Value {
    let index = RULES.iter().position(|r| r.id == TRUNCATED);
    json!({
        "descriptor": { "id": TRUNCATED, "index": 0 },
        "associatedRule": { "id": TRUNCATED, "index": index },
        "level": "warning",
        "message": { "text": format!(
            "{dropped} of {total} results of this run were left out to stay within the upload \
             limits of code scanning ({} results per run, {} bytes gzip-compressed); the most \
             severe were kept; the JSON report (--format json) has every finding",
            limits.results_per_run, limits.gzip_bytes
        )},
    })
}

/// `doc` as the JSON renderer writes it (no terminal control in the text),
/// with a final newline.
fn serialize(doc: &Value) -> String {
    let mut out = Vec::new();
    // Writing a `Value` to memory cannot fail.
    let _ = crate::render::json::to_writer(doc, &mut out);
    out.push(b'\n');
    String::from_utf8(out).unwrap_or_default()
}

/// The size of `bytes` gzip-compressed at the default level (what an upload
/// sends).
fn gzip_len(bytes: &[u8]) -> u64 {
    struct Count(u64);
    impl Write for Count {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            self.0 += buf.len() as u64;
            Ok(buf.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }
    let mut enc = flate2::write::GzEncoder::new(Count(0), flate2::Compression::default());
    // A counting sink never fails.
    match enc.write_all(bytes).and_then(|()| enc.finish()) {
        Ok(count) => count.0,
        Err(_) => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Finding, Subject};

    /// `n` findings with incompressible messages, one in `breaking_every`
    /// breaking, the rest info.
    fn noisy(n: usize, breaking_every: usize) -> Report {
        let mut r = Report::new("abi check", vec![]);
        let mut x: u64 = 0x9e37_79b9_7f4a_7c15;
        for i in 0..n {
            let mut msg = String::with_capacity(400);
            for _ in 0..50 {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                msg.push_str(&format!("{:08x}", x as u32));
            }
            let mut f = Finding::new(
                "abi-symbol-removed",
                msg,
                Subject {
                    symbol: Some(format!("s{i}")),
                    ..Subject::default()
                },
            );
            if i % breaking_every != 0 {
                f.set_severity(Severity::Info);
            }
            r.findings.push(f);
        }
        r.finish();
        r
    }

    fn runs(out: &str) -> Vec<Value> {
        let doc: Value = serde_json::from_str(out).unwrap();
        doc["runs"].as_array().unwrap().clone()
    }

    #[test]
    fn past_the_result_limit_the_most_severe_are_kept_and_the_rest_counted() {
        let r = noisy(40, 4);
        let limits = Limits {
            results_per_run: 12,
            gzip_bytes: u64::MAX,
        };
        let out = render_within(&r, RenderOptions::default(), limits);
        let run = &runs(&out)[0];
        let results = run["results"].as_array().unwrap();
        assert_eq!(results.len(), 12);
        // All 10 breaking results, then the first 2 info ones.
        assert_eq!(results.iter().filter(|r| r["level"] == "error").count(), 10);
        let notes = run["invocations"][0]["toolExecutionNotifications"]
            .as_array()
            .unwrap();
        assert_eq!(notes.len(), 1);
        assert_eq!(notes[0]["descriptor"]["id"], TRUNCATED);
        assert!(notes[0]["message"]["text"]
            .as_str()
            .unwrap()
            .starts_with("28 of 40 results of this run were left out"));
    }

    #[test]
    fn past_the_compressed_size_limit_results_are_dropped_until_it_fits() {
        let r = noisy(200, 10);
        let full = render_within(&r, RenderOptions::default(), GITHUB);
        let full_size = gzip_len(full.as_bytes());
        let limits = Limits {
            results_per_run: SARIF_MAX_RESULTS,
            gzip_bytes: full_size * 2 / 3,
        };
        let out = render_within(&r, RenderOptions::default(), limits);
        assert!(gzip_len(out.as_bytes()) <= limits.gzip_bytes);
        let run = &runs(&out)[0];
        let results = run["results"].as_array().unwrap();
        assert!(
            results.len() < 200 && results.len() > 20,
            "{}",
            results.len()
        );
        assert_eq!(results.iter().filter(|r| r["level"] == "error").count(), 20);
        let note = &run["invocations"][0]["toolExecutionNotifications"][0];
        assert_eq!(note["descriptor"]["id"], TRUNCATED);
        let dropped = 200 - results.len();
        assert!(
            note["message"]["text"]
                .as_str()
                .unwrap()
                .starts_with(&format!("{dropped} of 200 results")),
            "{note}"
        );
    }
}
