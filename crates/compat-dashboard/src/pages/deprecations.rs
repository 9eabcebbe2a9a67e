//! `/deprecations`: every deprecation of the project, earliest removal
//! first, with the countdown to `remove_after` (from the snapshot's day),
//! its state in the latest run, its replacement, and (with an index) the
//! consumers that still bind a deprecated symbol.

use std::fmt::Write as _;

use serde_json::json;

use super::Page;
use crate::html::{badge, countdown, document, esc, link, opt};
use crate::route::{Links, Route};
use crate::snapshot::Snapshot;
use compat_report::render::count;

/// The deprecations page.
pub(super) fn page(snap: &Snapshot, links: Links) -> Page {
    let mut s = String::new();
    let _ = writeln!(
        s,
        "<p>{}; countdowns to the first day each may be removed, from {}.</p>",
        count(snap.deprecations.len(), "deprecation", "deprecations"),
        esc(&snap.today)
    );
    s.push_str(
        "<table id=\"deprecations\"><thead><tr><th>Deprecation</th><th>Component</th>\
         <th>Item</th><th>Remove after</th><th>Countdown</th><th>State</th>\
         <th>Replacement</th><th class=\"n\">Consumers still binding it</th></tr></thead><tbody>\n",
    );
    let mut json_rows = Vec::new();
    for d in &snap.deprecations {
        let days = snap.days_until(&d.remove_after);
        let state = d.state().unwrap_or("unknown");
        // `symbol NAME`: the consumers in the index that still bind NAME.
        let binders: Option<Vec<&str>> = snap.bindings.as_ref().and_then(|_| {
            let name = d.item.strip_prefix("symbol ")?;
            Some(snap.binders(&d.component, name.split('@').next().unwrap_or(name)))
        });
        let binders_cell = match &binders {
            Some(list) => format!(
                "<td class=\"n\" data-binders=\"{n}\" title=\"{t}\">{n}</td>",
                n = list.len(),
                t = esc(&list.join("\n"))
            ),
            None => "<td class=\"n\">–</td>".into(),
        };
        let _ = writeln!(
            s,
            "<tr data-deprecation=\"{id}\" data-state=\"{st}\"><td><code>{id}</code></td>\
             <td>{component}</td><td>{item}</td><td>{after}</td><td>{cd}</td><td>{badge}</td>\
             <td>{repl}</td>{binders_cell}</tr>",
            id = esc(&d.id),
            st = esc(state),
            component = link(links, &Route::Component(d.component.clone()), &d.component),
            item = esc(&d.item),
            after = esc(&d.remove_after),
            cd = countdown(days, 90),
            badge = badge(state),
            repl = opt(d.replacement.as_deref()),
        );
        json_rows.push(json!({
            "id": d.id, "component": d.component, "item": d.item,
            "remove_after": d.remove_after, "days_left": days, "state": d.state(),
            "replacement": d.replacement,
            "judged_on": d.event.as_ref().map(|e| &e.judged_on),
            "consumers_binding": binders,
        }));
    }
    if snap.deprecations.is_empty() {
        s.push_str("<tr><td colspan=\"8\" class=\"empty\">No deprecation recorded.</td></tr>\n");
    }
    s.push_str("</tbody></table>\n");
    Page {
        html: document(snap, "Deprecations", &Route::Deprecations, links, &s),
        json: json!({ "project": snap.project, "today": snap.today, "deprecations": json_rows }),
    }
}
