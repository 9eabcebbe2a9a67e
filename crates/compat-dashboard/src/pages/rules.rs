//! `/rules` and `/rules/ID`: the rule catalog and each rule's documentation
//! (what `compat explain` prints), shown as preformatted text.

use std::fmt::Write as _;

use serde_json::json;

use super::Page;
use crate::html::{badge, document, esc, link};
use crate::route::{Links, Route};
use crate::snapshot::Snapshot;

/// The catalog page.
pub(super) fn catalog(snap: &Snapshot, links: Links) -> Page {
    let rules = compat_report::rules::RULES;
    let mut s = String::new();
    let _ = write!(
        s,
        "<p>{} rules.</p>\n<table id=\"rules\"><thead><tr><th>Rule</th><th>Reported by</th>\
         <th>Severity</th><th>Summary</th></tr></thead><tbody>\n",
        rules.len()
    );
    for r in rules {
        let _ = writeln!(
            s,
            "<tr><td>{}</td><td><code>compat {}</code></td><td>{}</td><td>{}</td></tr>",
            link(links, &Route::Rule(r.id.to_owned()), r.id),
            esc(r.command),
            badge(r.severity.as_str()),
            esc(r.summary)
        );
    }
    s.push_str("</tbody></table>\n");
    let json_rules: Vec<_> = rules
        .iter()
        .map(|r| json!({"id": r.id, "command": r.command, "severity": r.severity, "bump": r.bump, "summary": r.summary}))
        .collect();
    Page {
        html: document(snap, "Rules", &Route::Rules, links, &s),
        json: json!({ "rules": json_rules }),
    }
}

/// One rule's page, or `None` when no rule has that id.
pub(super) fn rule(snap: &Snapshot, id: &str, links: Links) -> Option<Page> {
    let r = compat_report::rules::lookup(id)?;
    let route = Route::Rule(r.id.to_owned());
    let s = format!(
        "<h2><code>{id}</code> {sev}</h2>\n<p>{summary} Reported by <code>compat {cmd}</code>.</p>\n<pre>{docs}</pre>\n",
        id = esc(r.id),
        sev = badge(r.severity.as_str()),
        summary = esc(r.summary),
        cmd = esc(r.command),
        docs = esc(r.docs),
    );
    Some(Page {
        html: document(snap, r.id, &route, links, &s),
        json: json!({"id": r.id, "command": r.command, "severity": r.severity, "bump": r.bump, "summary": r.summary, "docs": r.docs}),
    })
}
