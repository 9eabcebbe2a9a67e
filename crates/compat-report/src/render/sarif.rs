//! SARIF 2.1.0: one run, the catalog as the driver's rules, one result per finding.

use serde_json::{json, Value};

use crate::finding::Severity;
use crate::report::Report;
use crate::rules::RULES;

fn level(sev: Severity) -> &'static str {
    match sev {
        Severity::Breaking => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

pub(crate) fn render(report: &Report) -> String {
    let rules: Vec<Value> = RULES
        .iter()
        .map(|r| {
            json!({
                "id": r.id,
                "shortDescription": { "text": r.summary },
                "fullDescription": { "text": r.summary },
                "help": { "text": r.docs, "markdown": r.docs },
                "defaultConfiguration": { "level": level(r.severity) },
            })
        })
        .collect();
    // Code scanning ignores SARIF suppressions: accepted findings are left out.
    let results: Vec<Value> = report
        .findings
        .iter()
        .filter(|f| f.counts())
        .map(|f| {
            let s = &f.subject;
            let uri = s.file.as_ref().or(s.new_file.as_ref());
            let mut result = json!({
                "ruleId": f.rule,
                "ruleIndex": RULES.iter().position(|r| r.id == f.rule),
                "level": level(f.severity),
                "message": { "text": f.message },
                "properties": { "severity": f.severity.as_str(), "subject": s },
            });

            let mut loc = serde_json::Map::new();
            if let Some(uri) = uri {
                let mut physical = json!({ "artifactLocation": { "uri": uri } });
                if let Some(line) = s.line {
                    physical["region"] =
                        json!({ "startLine": line, "startColumn": s.column.unwrap_or(1) });
                }
                loc.insert("physicalLocation".into(), physical);
            }
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
            if !loc.is_empty() {
                result["locations"] = json!([Value::Object(loc)]);
            }
            let mut prints = serde_json::Map::new();
            if !f.fingerprint.is_empty() {
                prints.insert("compat/v1".into(), json!(f.fingerprint));
            }
            if let Some(g) = &f.group {
                prints.insert("compatGroup/v1".into(), json!(g));
            }
            if !prints.is_empty() {
                result["partialFingerprints"] = Value::Object(prints);
            }
            result
        })
        .collect();
    let notifications: Vec<Value> = report
        .errors
        .iter()
        .map(|e| {
            json!({
                "level": "error",
                "message": { "text": e.message },
                "locations": [{ "physicalLocation": { "artifactLocation": { "uri": e.file } } }],
            })
        })
        .collect();
    let doc = json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": { "driver": {
                "name": report.tool.name,
                "version": report.tool.version,
                "rules": rules,
            }},
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
        }],
    });
    // The JSON renderer's escapes: no terminal control in the document.
    let mut out = Vec::new();
    crate::render::json::to_writer(&doc, &mut out).expect("SARIF always serializes");
    out.push(b'\n');
    String::from_utf8(out).expect("serde_json writes UTF-8")
}
