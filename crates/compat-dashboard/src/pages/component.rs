//! `/c/NAME`: one component: its latest result (baseline, versions,
//! promises), the timeline of its recorded checks (versions, bump, verdict,
//! state, and for libraries the compatible ratio, the symbols added and
//! removed and the SONAME of each side), its latest findings
//! grouped by root cause with a link to each rule's documentation, its
//! waivers and deprecations, and its consumers when the impact matrix names
//! it as a provider.

use std::fmt::Write as _;

use serde_json::{json, Value};

use super::Page;
use crate::html::{badge, countdown, document, esc, link, opt, short_commit};
use crate::route::{Links, Route};
use crate::snapshot::{waiver_state, Snapshot};
use compat_report::render::count;

/// How many root causes are listed before "and N more".
const ROOT_CAUSES_SHOWN: usize = 300;

/// A finding's text field.
fn field<'a>(f: &'a Value, key: &str) -> &'a str {
    f.get(key).and_then(Value::as_str).unwrap_or("")
}

/// The findings grouped by root cause (the `group` key), in report order:
/// `(head, how many share its root cause)`.
fn root_causes(findings: &[Value]) -> Vec<(&Value, usize)> {
    let mut out: Vec<(&Value, usize)> = Vec::new();
    let mut index: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for f in findings {
        match f.get("group").and_then(Value::as_str) {
            Some(g) => match index.get(g) {
                Some(&i) => out[i].1 += 1,
                None => {
                    index.insert(g, out.len());
                    out.push((f, 1));
                }
            },
            None => out.push((f, 1)),
        }
    }
    let rank = |f: &Value| match field(f, "severity") {
        "breaking" => 0,
        "warning" => 1,
        _ => 2,
    };
    out.sort_by_key(|(f, _)| (field(f, "status") != "new", rank(f)));
    out
}

/// The component page, or `None` when the store has no such component.
pub(super) fn page(snap: &Snapshot, name: &str, links: Links) -> Option<Page> {
    let latest = snap.component(name)?;
    let c = &latest.check;
    let slice = c.slice().unwrap_or_else(|e| json!({ "error": e }));
    let result = slice.get("component").cloned().unwrap_or(Value::Null);
    let findings: Vec<Value> = slice
        .get("findings")
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    let route = Route::Component(name.to_owned());
    let mut s = String::new();
    let _ = writeln!(
        s,
        "<h2>{name} {state}</h2>\n<table id=\"facts\"><tbody>\
         <tr><th>Kind</th><td>{kind}</td></tr><tr><th>Owner</th><td>{owner}</td></tr>\
         <tr><th>Baseline ({bkind})</th><td><code>{baseline}</code></td></tr>\
         <tr><th>Versions</th><td>{from} → {to}</td></tr>\
         <tr><th>Bump / verdict</th><td>{bump} / {verdict}</td></tr>\
         <tr><th>Latest check</th><td>run {run}, {started}, commit <code>{commit}</code></td></tr>\
         </tbody></table>",
        name = esc(name),
        state = badge(&c.state),
        kind = esc(&c.kind),
        owner = opt(latest.owner.as_deref()),
        bkind = esc(&c.baseline_kind),
        baseline = opt(c.baseline.as_deref()),
        from = opt(c.version_from.as_deref()),
        to = opt(c.version_to.as_deref()),
        bump = opt(c.bump.as_deref()),
        verdict = opt(c.verdict.as_deref()),
        run = latest.run,
        started = esc(&latest.started_at),
        commit = short_commit(latest.git_commit.as_deref()),
    );

    // Promises.
    let promises = result
        .get("promises")
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    s.push_str("<h2>Promises</h2>\n");
    if promises.is_empty() {
        s.push_str("<p class=\"empty\">No promise.</p>\n");
    } else {
        s.push_str("<table id=\"promises\"><thead><tr><th>Promise</th><th>Kind</th><th>Status</th><th>Detail</th></tr></thead><tbody>\n");
        for p in &promises {
            let _ = writeln!(
                s,
                "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                esc(field(p, "name")),
                esc(field(p, "kind")),
                badge(field(p, "status")),
                esc(field(p, "detail"))
            );
        }
        s.push_str("</tbody></table>\n");
    }

    // Timeline.
    let history: Vec<_> = snap.history_of(name).collect();
    let _ = writeln!(
        s,
        "<h2>Timeline (last {} recorded checks)</h2>\n<table id=\"timeline\"><thead><tr>\
         <th>Run</th><th>Started</th><th>Commit</th><th>Versions</th><th>Bump</th>\
         <th>Verdict</th><th>State</th><th class=\"n\">Compatible</th>\
         <th class=\"n\">Symbols +/−</th><th>SONAME</th><th class=\"n\">Breaking</th>\
         <th class=\"n\">Warning</th><th class=\"n\">Info</th><th class=\"n\">Waived</th>\
         </tr></thead><tbody>",
        history.len()
    );
    let mut timeline = Vec::with_capacity(history.len());
    for h in &history {
        let ratio = h.interface.and_then(|i| i.ratio());
        let (ratio_cell, symbols_cell, data) = match h.interface {
            Some(i) => (
                match ratio {
                    Some(r) => format!(
                        "<span title=\"{} of {} functions and variables still present and unchanged\">{:.1}%</span>",
                        i.compatible,
                        i.old,
                        r * 100.0
                    ),
                    None => "–".into(),
                },
                format!("+{} / −{}", i.added, i.removed),
                format!(
                    " data-old=\"{}\" data-compatible=\"{}\" data-added=\"{}\" data-removed=\"{}\"{}",
                    i.old,
                    i.compatible,
                    i.added,
                    i.removed,
                    ratio.map_or(String::new(), |r| format!(" data-ratio=\"{r:.4}\""))
                ),
            ),
            None => ("–".into(), "–".into(), String::new()),
        };
        let soname_changed = h.interface.is_some() && h.soname_from != h.soname_to;
        let soname_cell = if soname_changed {
            format!(
                "<strong class=\"changed\">{} → {}</strong>",
                opt(h.soname_from.as_deref()),
                opt(h.soname_to.as_deref())
            )
        } else {
            opt(h.soname_to.as_deref()).into_owned()
        };
        let sonames = match (&h.soname_from, &h.soname_to) {
            (None, None) => String::new(),
            (f, t) => format!(
                " data-soname-from=\"{}\" data-soname-to=\"{}\"",
                esc(f.as_deref().unwrap_or("")),
                esc(t.as_deref().unwrap_or(""))
            ),
        };
        let _ = writeln!(
            s,
            "<tr data-run=\"{run}\" data-soname-changed=\"{soname_changed}\"{data}{sonames}>\
             <td class=\"n\">{run}</td><td>{}</td><td><code>{}</code></td><td>{} → {}</td>\
             <td>{}</td><td>{}</td><td>{}</td><td class=\"n\">{ratio_cell}</td>\
             <td class=\"n\">{symbols_cell}</td><td>{soname_cell}</td><td class=\"n\">{}</td>\
             <td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td></tr>",
            esc(&h.started_at),
            short_commit(h.git_commit.as_deref()),
            opt(h.version_from.as_deref()),
            opt(h.version_to.as_deref()),
            opt(h.bump.as_deref()),
            opt(h.verdict.as_deref()),
            badge(&h.state),
            h.summary.breaking,
            h.summary.warning,
            h.summary.info,
            h.summary.waived,
            run = h.run,
        );
        let mut row = serde_json::to_value(h).unwrap_or(Value::Null);
        if let Value::Object(o) = &mut row {
            o.insert("compatible_ratio".into(), json!(ratio));
            o.insert("soname_changed".into(), json!(soname_changed));
        }
        timeline.push(row);
    }
    s.push_str("</tbody></table>\n");

    // Findings by root cause.
    let causes = root_causes(&findings);
    let _ = writeln!(
        s,
        "<h2>Latest findings: {}, {}</h2>",
        count(findings.len(), "finding", "findings"),
        count(causes.len(), "root cause", "root causes")
    );
    if causes.is_empty() {
        s.push_str("<p class=\"empty\">No finding.</p>\n");
    } else {
        s.push_str("<table id=\"findings\"><thead><tr><th>Severity</th><th>Status</th><th>Rule</th><th>Finding</th><th class=\"n\">Findings</th></tr></thead><tbody>\n");
        for (f, n) in causes.iter().take(ROOT_CAUSES_SHOWN) {
            let rule = field(f, "rule");
            let status = match (field(f, "status"), f.get("waiver").and_then(Value::as_str)) {
                (st, Some(w)) => format!("{} <code>{}</code>", esc(st), esc(w)),
                (st, None) => esc(st).into_owned(),
            };
            let _ = writeln!(
                s,
                "<tr data-rule=\"{r}\" data-status=\"{st}\"><td>{sev}</td><td>{status}</td>\
                 <td>{rule_link}</td><td>{msg}</td><td class=\"n\">{n}</td></tr>",
                r = esc(rule),
                st = esc(field(f, "status")),
                sev = badge(field(f, "severity")),
                rule_link = link(links, &Route::Rule(rule.to_owned()), rule),
                msg = esc(field(f, "message")),
            );
        }
        if causes.len() > ROOT_CAUSES_SHOWN {
            let _ = writeln!(
                s,
                "<tr><td colspan=\"5\" class=\"empty\">and {} more: see the JSON</td></tr>",
                count(
                    causes.len() - ROOT_CAUSES_SHOWN,
                    "root cause",
                    "root causes"
                )
            );
        }
        s.push_str("</tbody></table>\n");
    }

    // Waivers and deprecations of this component.
    let waivers: Vec<_> = snap
        .waivers
        .iter()
        .filter(|w| w.component.as_deref() == Some(name))
        .collect();
    if !waivers.is_empty() {
        s.push_str("<h2>Waivers</h2>\n<table id=\"component-waivers\"><thead><tr><th>Waiver</th><th>Rule</th><th>State</th><th>Expires</th><th>Days left</th><th>Owner</th><th>Reason</th></tr></thead><tbody>\n");
        for w in &waivers {
            let _ = writeln!(
                s,
                "<tr><td><code>{}</code></td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                esc(&w.id),
                link(links, &Route::Rule(w.rule.clone()), &w.rule),
                badge(&waiver_state(snap, w)),
                esc(&w.expires),
                countdown(snap.days_until(&w.expires), 14),
                esc(&w.owner),
                esc(&w.reason)
            );
        }
        s.push_str("</tbody></table>\n");
    }
    let deps: Vec<_> = snap
        .deprecations
        .iter()
        .filter(|d| d.component == name)
        .collect();
    if !deps.is_empty() {
        s.push_str("<h2>Deprecations</h2>\n<table id=\"component-deprecations\"><thead><tr><th>Deprecation</th><th>Item</th><th>Remove after</th><th>Countdown</th><th>State</th><th>Replacement</th></tr></thead><tbody>\n");
        for d in &deps {
            let _ = writeln!(
                s,
                "<tr><td><code>{}</code></td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                esc(&d.id),
                esc(&d.item),
                esc(&d.remove_after),
                countdown(snap.days_until(&d.remove_after), 90),
                badge(d.state().unwrap_or("unknown")),
                opt(d.replacement.as_deref())
            );
        }
        s.push_str("</tbody></table>\n");
    }

    // Consumers.
    let consumers = super::impact::consumers_of(snap, name);
    if let Some(m) = &snap.impact {
        let _ = writeln!(
            s,
            "<h2>Consumers ({} in {})</h2>",
            consumers.len(),
            esc(&m.source)
        );
        if consumers.is_empty() {
            s.push_str("<p class=\"empty\">The index names no consumer of this component.</p>\n");
        } else {
            s.push_str("<table id=\"consumers\"><thead><tr><th>Consumer</th><th>Impact</th><th class=\"n\">Bound</th><th>Rules</th></tr></thead><tbody>\n");
            for c in &consumers {
                let _ = writeln!(
                    s,
                    "<tr><td><code>{}</code></td><td>{}</td><td class=\"n\">{}</td><td>{}</td></tr>",
                    esc(&c.consumer),
                    badge(&c.cell),
                    c.bound,
                    esc(&c.rules.join(", "))
                );
            }
            s.push_str("</tbody></table>\n");
        }
    }

    let json = json!({
        "component": name,
        "latest": latest,
        "result": result,
        "timeline": timeline,
        "findings": findings,
        "waivers": waivers,
        "deprecations": deps,
        "consumers": consumers,
    });
    Some(Page {
        html: document(snap, name, &route, links, &s),
        json,
    })
}
