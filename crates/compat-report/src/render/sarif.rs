//! SARIF 2.1.0 for code scanning (GitHub and other SARIF consumers).
//!
//! - One run per component (`subject.component` of the findings, waived and
//!   baselined ones included, so that a component whose findings were all
//!   accepted still uploads an empty run and its alerts close), each with
//!   `automationDetails.id = "compat/<component>/"`: GitHub keeps one
//!   analysis per category. A report without components is one run,
//!   `compat/<command>/` (`compat/abi-check/`); findings without a component
//!   in a report with components go to that run too.
//! - As the driver's rules, only the catalog's rules that the run references
//!   (its results' rules, and `compat-output-truncated` when a notification
//!   names it), in catalog order, each result's `ruleIndex` and each
//!   notification's `associatedRule.index` pointing into that list: the
//!   whole catalog (over 200 rules with their help text, about 660 KB) in
//!   every run made a log of two results 700 KB. One result per finding
//!   that counts, and per waived finding with [`SarifInclude::Waived`] (with
//!   an external suppression naming the waiver).
//! - Every result has a physical location, the file it is about, chosen by
//!   [`super::place`] and written as a percent-encoded relative URI (a file
//!   outside the repository as a `file:` URI, which GitHub also shows).
//! - A contract finding's counterexample (a document valid under one side
//!   and refused by the other) is in two places. In `message.text`, after
//!   the message, as text shows it: a paragraph `For example: {...}` (compact
//!   JSON cut after 100 characters with `…`) and, when cut, `There: #/a/b
//!   is null` (the value at [`crate::Finding::counterexample_path`]). That is
//!   because `message.text` is the one field of a result that GitHub code
//!   scanning shows (its title, and the alert's text); it ignores
//!   `message.markdown` and the property bag. The message comes first, so
//!   the first sentence, which GitHub shows where space is short, is
//!   unchanged. No `arguments` are written, so the JSON's braces are left
//!   as they are (doubling them as SARIF's placeholder syntax asks would
//!   show `{{` on GitHub, which substitutes no placeholders). Whole, in
//!   `properties.counterexample` and `properties.counterexample_path`
//!   (kept in the log for SARIF tools and scripts). The JSON in the message
//!   is in its own escapes (DEL, C1 and bidi controls written `\uXXXX`) and
//!   the path escaped as text escapes names ([`crate::escape::text`]), so
//!   the message carries no control character from the document, and the
//!   `(` of a `](` in either is written as an escape (`\u0028` in the JSON,
//!   `\u{28}` in the path), so that no string of the document reads as an
//!   embedded link (`[text](destination)`, SARIF 2.1.0 §3.11.6); the
//!   property bag carries the document exactly, as the JSON report does.
//!   Fingerprints do not change with it.
//! - Size guard: GitHub rejects a run of more than [`SARIF_MAX_RESULTS`]
//!   results and an upload larger than [`SARIF_MAX_GZIP_BYTES`] compressed.
//!   Past the size, the counterexamples are left out first, the largest
//!   first, every result kept; if the log is still too large without any,
//!   results are left out. Past either limit, the most severe results are
//!   kept (counted before waived, then breaking, warning, info, then report
//!   order). Every run that lost counterexamples or results says how many in
//!   a `toolExecutionNotifications` entry (one for each) with the descriptor
//!   `compat-output-truncated`, instead of a rejected upload. A run's rules
//!   are those of the results it keeps, so they shrink with them.

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
    /// The result without its counterexample, for a finding that has one
    /// (the first thing the size guard leaves out).
    plain: Option<Value>,
    /// How many bytes the counterexample adds to the serialized result.
    example_bytes: usize,
}

/// What a log keeps of its entries.
struct Kept {
    /// Whether each entry is a result of the log.
    result: Vec<bool>,
    /// Whether each entry is written without its counterexample.
    plain: Vec<bool>,
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
        .map(|f| {
            let value = result(report, f, opts, true);
            let plain = f
                .counterexample
                .is_some()
                .then(|| result(report, f, opts, false));
            let example_bytes = plain.as_ref().map_or(0, |p| {
                value.to_string().len().saturating_sub(p.to_string().len())
            });
            Entry {
                run: keys
                    .binary_search(&f.subject.component.as_deref())
                    .unwrap_or(0),
                value,
                plain,
                example_bytes,
            }
        })
        .collect();
    // The order results are kept in: counted before waived, most severe
    // first, then report order.
    let mut order: Vec<usize> = (0..entries.len()).collect();
    order.sort_by_key(|&i| (!carried[i].counts(), carried[i].severity, i));
    let rules: Vec<Value> = RULES.iter().map(descriptor).collect();
    let render = |kept: &Kept| -> (String, u64) {
        let doc = document(report, &keys, &entries, kept, &rules, limits);
        let out = serialize(&doc);
        let size = gzip_len(out.as_bytes());
        (out, size)
    };

    // First the counterexamples, largest first (the least important result
    // first among equals), until the log fits.
    let result = select(
        &entries,
        &order,
        keys.len(),
        limits.results_per_run,
        usize::MAX,
    );
    let mut by_size: Vec<usize> = order
        .iter()
        .rev()
        .copied()
        .filter(|&i| result[i] && entries[i].plain.is_some())
        .collect();
    by_size.sort_by_key(|&i| std::cmp::Reverse(entries[i].example_bytes));
    let mut kept = Kept {
        plain: vec![false; entries.len()],
        result,
    };
    let (out, full_size) = render(&kept);
    if full_size <= limits.gzip_bytes {
        return out;
    }
    for &i in &by_size {
        kept.plain[i] = true;
    }
    let (bare, bare_size) = render(&kept);
    if bare_size <= limits.gzip_bytes {
        // Somewhere between: leave out the largest counterexamples, as many
        // compressed bytes of them as the log is over the limit (each
        // counted at the average compression of them all, with a margin);
        // after three estimates that fell short, all of them.
        let raw: usize = by_size.iter().map(|&i| entries[i].example_bytes).sum();
        let per_byte = (full_size - bare_size) as f64 / raw.max(1) as f64;
        kept.plain = vec![false; entries.len()];
        let (mut stripped, mut size) = (0usize, full_size);
        for _ in 0..3 {
            let need = (size - limits.gzip_bytes) as f64 / 0.95;
            let mut freed = 0.0;
            let mut next = stripped;
            while next < by_size.len() && (freed < need || next == stripped) {
                freed += entries[by_size[next]].example_bytes as f64 * per_byte;
                next += 1;
            }
            for &i in &by_size[stripped..next] {
                kept.plain[i] = true;
            }
            stripped = next;
            let (out, now) = render(&kept);
            if now <= limits.gzip_bytes {
                return out;
            }
            size = now;
        }
        return bare;
    }

    // Then results, without any counterexample.
    let mut budget = usize::MAX;
    loop {
        kept.result = select(&entries, &order, keys.len(), limits.results_per_run, budget);
        let (out, size) = render(&kept);
        let kept_count = kept.result.iter().filter(|&&k| k).count();
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
    kept: &Kept,
    rules: &[Value],
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
            let mut examples = 0usize;
            let mut stripped = 0usize;
            // Entries are in report order.
            for (i, e) in entries.iter().enumerate().filter(|(_, e)| e.run == run) {
                total += 1;
                if !kept.result[i] {
                    continue;
                }
                match &e.plain {
                    Some(plain) => {
                        examples += 1;
                        if kept.plain[i] {
                            stripped += 1;
                            results.push(plain.clone());
                        } else {
                            results.push(e.value.clone());
                        }
                    }
                    None => results.push(e.value.clone()),
                }
            }
            let dropped = total - results.len();
            // The rules the run references, in catalog order.
            let mut used: Vec<usize> = results
                .iter()
                .filter_map(|r| r["ruleId"].as_str())
                .filter_map(catalog_index)
                .collect();
            if stripped > 0 || dropped > 0 {
                used.extend(catalog_index(TRUNCATED));
            }
            used.sort_unstable();
            used.dedup();
            let index_of = |id: &str| catalog_index(id).and_then(|i| used.binary_search(&i).ok());
            for r in &mut results {
                if let Some(i) = r["ruleId"].as_str().and_then(index_of) {
                    r["ruleIndex"] = json!(i);
                }
            }
            let truncated_index = index_of(TRUNCATED);
            let mut notifications = errors.clone();
            let mut driver = json!({
                "name": report.tool.name,
                "version": report.tool.version,
                "rules": used.iter().map(|&i| rules[i].clone()).collect::<Vec<_>>(),
            });
            if stripped > 0 {
                notifications.push(examples_left_out(
                    stripped,
                    examples,
                    limits,
                    truncated_index,
                ));
            }
            if dropped > 0 {
                notifications.push(truncated(dropped, total, limits, truncated_index));
            }
            if stripped > 0 || dropped > 0 {
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

/// The position of rule `id` in the catalog.
fn catalog_index(id: &str) -> Option<usize> {
    RULES.iter().position(|r| r.id == id)
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

/// One result; with `example`, with the finding's counterexample (if any)
/// in its message and properties.
fn result(report: &Report, f: &Finding, opts: RenderOptions<'_>, example: bool) -> Value {
    let s = &f.subject;
    let mut properties = json!({ "severity": f.severity.as_str(), "subject": s });
    if f.status != Status::New {
        properties["status"] = json!(f.status.as_str());
    }
    if let Some(w) = &f.waiver {
        properties["waiver"] = json!(w);
    }
    let mut text = f.message.clone();
    if let Some(ex) = super::example_text(f).filter(|_| example) {
        text.push_str("\n\nFor example: ");
        text.push_str(&unlinked(&ex.doc, "\\u0028"));
        if let Some((path, value)) = &ex.at {
            text.push_str("\n\nThere: ");
            text.push_str(&unlinked(path, "\\u{28}"));
            text.push_str(" is ");
            text.push_str(&unlinked(value, "\\u0028"));
        }
        properties["counterexample"] = json!(f.counterexample);
        if let Some(path) = &f.counterexample_path {
            properties["counterexample_path"] = json!(path);
        }
    }
    // `ruleIndex` is the catalog's here; `document`, which knows the run's
    // rules, points it at the run's descriptor.
    let mut result = json!({
        "ruleId": f.rule,
        "ruleIndex": catalog_index(&f.rule),
        "level": level(f.severity),
        "message": { "text": text },
        "properties": properties,
    });

    let p = place(f, opts.anchor, opts.root);
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

/// `s` with the `(` of every `](` written as `paren`, so that no string of
/// a counterexample reads as an embedded link of a plain text message
/// (SARIF 2.1.0 §3.11.6: `[text](destination)`, which viewers render as a
/// link). In the JSON the escape `\u0028` is the same `(`; in the path,
/// which is escaped as text escapes names, `\u{28}` reads as its escapes do.
fn unlinked(s: &str, paren: &str) -> String {
    s.replace("](", &format!("]{paren}"))
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

/// The notification of a run whose results lost `stripped` of their
/// `examples` counterexamples.
/// `index` is the descriptor's place among the run's rules.
fn examples_left_out(
    stripped: usize,
    examples: usize,
    limits: Limits,
    index: Option<usize>,
) -> Value {
    let what = if stripped == examples {
        format!("the counterexamples of all {examples} results that had one")
    } else {
        format!("the counterexamples of {stripped} of the {examples} results that had one (the largest first)")
    };
    json!({
        "descriptor": { "id": TRUNCATED, "index": 0 },
        "associatedRule": { "id": TRUNCATED, "index": index },
        "level": "warning",
        "message": { "text": format!(
            "{what} in this run were left out to stay within the upload limit of code \
             scanning ({} bytes gzip-compressed), before any result; the JSON report \
             (--format json) has every counterexample",
            limits.gzip_bytes
        )},
    })
}

/// The notification of a run that lost `dropped` of its `total` results.
/// `index` is the descriptor's place among the run's rules.
fn truncated(dropped: usize, total: usize, limits: Limits, index: Option<usize>) -> Value {
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

    /// `n` findings, one in `breaking_every` breaking, the rest info, each
    /// with an incompressible counterexample of `800 + 200 * (i % 7)` hex
    /// digits and a path into it.
    fn with_examples(n: usize, breaking_every: usize) -> Report {
        let mut r = noisy(n, breaking_every);
        let mut x: u64 = 0x2545_f491_4f6c_dd1d;
        for (i, f) in r.findings.iter_mut().enumerate() {
            f.message = format!("s{i} changed");
            let mut hex = String::new();
            for _ in 0..(100 + 25 * (i % 7)) {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                hex.push_str(&format!("{:08x}", x as u32));
            }
            f.counterexample = Some(json!({ "items": [{ "id": i, "blob": hex }] }));
            f.counterexample_path = Some("/items/0/id".into());
        }
        r
    }

    fn notes_of(run: &Value) -> Vec<String> {
        run["invocations"][0]["toolExecutionNotifications"]
            .as_array()
            .unwrap()
            .iter()
            .map(|n| {
                assert_eq!(n["descriptor"]["id"], TRUNCATED);
                n["message"]["text"].as_str().unwrap().to_owned()
            })
            .collect()
    }

    fn limits(gzip_bytes: u64) -> Limits {
        Limits {
            results_per_run: SARIF_MAX_RESULTS,
            gzip_bytes,
        }
    }

    #[test]
    fn a_counterexample_is_in_the_message_cut_and_in_the_properties_whole() {
        let r = with_examples(3, 1);
        let out = render_within(&r, RenderOptions::default(), GITHUB);
        let run = &runs(&out)[0];
        assert!(notes_of(run).is_empty());
        let results = run["results"].as_array().unwrap();
        assert_eq!(results.len(), 3);
        for (res, f) in results.iter().zip(&r.findings) {
            let doc = f.counterexample.as_ref().unwrap();
            assert_eq!(&res["properties"]["counterexample"], doc);
            assert_eq!(res["properties"]["counterexample_path"], "/items/0/id");
            let text = res["message"]["text"].as_str().unwrap();
            let (json, _) = crate::render::compact_json(doc, false);
            let id = &doc["items"][0]["id"];
            assert_eq!(
                text,
                format!(
                    "{}\n\nFor example: {json}…\n\nThere: #/items/0/id is {id}",
                    f.message
                )
            );
        }
        // A document short enough is whole, and the value there not repeated.
        let mut r = noisy(1, 1);
        r.findings[0].counterexample = Some(json!({ "n": "\u{202e}x" }));
        r.findings[0].counterexample_path = Some("/n".into());
        let out = render_within(&r, RenderOptions::default(), GITHUB);
        let res = &runs(&out)[0]["results"][0];
        let text = res["message"]["text"].as_str().unwrap();
        assert!(
            text.ends_with("\n\nFor example: {\"n\":\"\\u202ex\"}"),
            "{text}"
        );
        // The properties carry the document exactly.
        assert_eq!(res["properties"]["counterexample"]["n"], "\u{202e}x");
        // No string of the document makes an embedded link (`[text](1)`),
        // in the JSON or in the path.
        r.findings[0].counterexample =
            Some(json!({ "pad": "p".repeat(100), "a](b": ["[x](1)", "[y](https://e.example)"] }));
        r.findings[0].counterexample_path = Some("/a](b/1".into());
        let out = render_within(&r, RenderOptions::default(), GITHUB);
        let res = &runs(&out)[0]["results"][0];
        let text = res["message"]["text"].as_str().unwrap();
        assert!(!text.contains("]("), "{text}");
        assert!(
            text.ends_with("\n\nThere: #/a]\\u{28}b/1 is \"[y]\\u0028https://e.example)\""),
            "{text}"
        );
        // A document shown whole is still the same JSON.
        r.findings[0].counterexample = Some(json!({ "a": "[x](1)" }));
        let out = render_within(&r, RenderOptions::default(), GITHUB);
        let text = runs(&out)[0]["results"][0]["message"]["text"]
            .as_str()
            .unwrap()
            .to_owned();
        let shown = text.split_once("For example: ").unwrap().1;
        assert_eq!(shown, "{\"a\":\"[x]\\u0028 1)\"}".replace(' ', ""));
        assert_eq!(
            serde_json::from_str::<Value>(shown).unwrap(),
            r.findings[0].counterexample.clone().unwrap()
        );
        // The fingerprint is the finding's, with or without an example.
        assert_eq!(
            res["partialFingerprints"]["compat/v1"],
            r.findings[0].fingerprint.as_str()
        );
    }

    #[test]
    fn past_the_size_limit_counterexamples_go_first_largest_first() {
        let r = with_examples(300, 10);
        let full = render_within(&r, RenderOptions::default(), GITHUB);
        let mut bare = r.clone();
        for f in &mut bare.findings {
            f.counterexample = None;
            f.counterexample_path = None;
        }
        let plain = render_within(&bare, RenderOptions::default(), GITHUB);
        let (full_size, plain_size) = (gzip_len(full.as_bytes()), gzip_len(plain.as_bytes()));
        assert!(plain_size * 2 < full_size, "{plain_size} {full_size}");

        // Over the limit: some counterexamples left out, the largest, and
        // every result kept.
        let limit = (full_size + plain_size) / 2;
        let out = render_within(&r, RenderOptions::default(), limits(limit));
        assert!(gzip_len(out.as_bytes()) <= limit);
        let run = &runs(&out)[0];
        let results = run["results"].as_array().unwrap();
        assert_eq!(results.len(), 300);
        let size = |i: usize| {
            r.findings[i]
                .counterexample
                .as_ref()
                .unwrap()
                .to_string()
                .len()
        };
        let (mut with, mut without) = (Vec::new(), Vec::new());
        for (i, res) in results.iter().enumerate() {
            let text = res["message"]["text"].as_str().unwrap();
            if res["properties"].get("counterexample").is_some() {
                assert!(text.contains("For example: "), "{text}");
                with.push(size(i));
            } else {
                assert_eq!(text, r.findings[i].message);
                without.push(size(i));
            }
        }
        assert!(
            !with.is_empty() && !without.is_empty(),
            "{} {} {limit} {full_size} {plain_size}",
            with.len(),
            without.len()
        );
        assert!(
            with.iter().max() <= without.iter().min(),
            "the largest are left out first"
        );
        let notes = notes_of(run);
        assert_eq!(notes.len(), 1, "{notes:?}");
        assert!(
            notes[0].starts_with(&format!(
                "the counterexamples of {} of the 300 results that had one (the largest first) in this run were left out",
                without.len()
            )),
            "{}",
            notes[0]
        );

        // Still over without any counterexample: results go too.
        let mut empty = Report::new("abi check", vec![]);
        empty.finish();
        let base = gzip_len(render_within(&empty, RenderOptions::default(), GITHUB).as_bytes());
        let limit = base + (plain_size - base) / 2;
        let out = render_within(&r, RenderOptions::default(), limits(limit));
        assert!(gzip_len(out.as_bytes()) <= limit);
        let run = &runs(&out)[0];
        let results = run["results"].as_array().unwrap();
        assert!(
            results.len() < 300 && results.len() > 30,
            "{}",
            results.len()
        );
        assert_eq!(results.iter().filter(|r| r["level"] == "error").count(), 30);
        assert!(results
            .iter()
            .all(|r| r["properties"].get("counterexample").is_none()));
        let notes = notes_of(run);
        assert_eq!(notes.len(), 2, "{notes:?}");
        assert!(notes[0].starts_with(&format!(
            "the counterexamples of all {} results that had one in this run were left out",
            results.len()
        )));
        assert!(notes[1].starts_with(&format!("{} of 300 results", 300 - results.len())));
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

    /// The rules of a run, by id.
    fn rule_ids(run: &Value) -> Vec<&str> {
        run["tool"]["driver"]["rules"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["id"].as_str().unwrap())
            .collect()
    }

    #[test]
    fn a_run_carries_only_the_rules_it_references() {
        let mut r = Report::new("abi check", vec![]);
        for (rule, component) in [
            ("abi-symbol-removed", "b"),
            ("abi-symbol-added", "a"),
            ("abi-symbol-removed", "a"),
            ("abi-symbol-removed", "a"),
        ] {
            let subject = Subject {
                component: Some(component.into()),
                ..Subject::default()
            };
            r.findings.push(Finding::new(rule, "m", subject));
        }
        r.finish();
        let out = render_within(&r, RenderOptions::default(), GITHUB);
        let all = runs(&out);
        assert_eq!(all.len(), 2);
        // In catalog order, once each.
        let mut want = vec!["abi-symbol-removed", "abi-symbol-added"];
        want.sort_by_key(|id| catalog_index(id));
        assert_eq!(rule_ids(&all[0]), want);
        assert_eq!(rule_ids(&all[1]), ["abi-symbol-removed"]);
        for run in &all {
            for res in run["results"].as_array().unwrap() {
                let i = res["ruleIndex"].as_u64().unwrap() as usize;
                assert_eq!(run["tool"]["driver"]["rules"][i]["id"], res["ruleId"]);
            }
        }
        // No results, no rules.
        let mut empty = Report::new("abi check", vec![]);
        empty.finish();
        let out = render_within(&empty, RenderOptions::default(), GITHUB);
        assert!(rule_ids(&runs(&out)[0]).is_empty());
    }

    #[test]
    fn a_run_cut_to_the_limits_carries_the_rules_of_what_it_keeps_and_the_notes() {
        // 10 breaking results of one rule, 30 info ones of another; 10 kept.
        let mut r = noisy(40, 4);
        for f in r
            .findings
            .iter_mut()
            .filter(|f| f.severity == Severity::Info)
        {
            f.rule = "abi-symbol-added".into();
        }
        r.finish();
        let limits = Limits {
            results_per_run: 10,
            gzip_bytes: u64::MAX,
        };
        let out = render_within(&r, RenderOptions::default(), limits);
        let run = &runs(&out)[0];
        // All 10 breaking results kept: the info rule is not carried, the
        // notification's rule is.
        let mut want = vec!["abi-symbol-removed", TRUNCATED];
        want.sort_by_key(|id| catalog_index(id));
        assert_eq!(rule_ids(run), want);
        let note = &run["invocations"][0]["toolExecutionNotifications"][0];
        let i = note["associatedRule"]["index"].as_u64().unwrap() as usize;
        assert_eq!(run["tool"]["driver"]["rules"][i]["id"], TRUNCATED);
        for res in run["results"].as_array().unwrap() {
            let i = res["ruleIndex"].as_u64().unwrap() as usize;
            assert_eq!(run["tool"]["driver"]["rules"][i]["id"], res["ruleId"]);
        }
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
