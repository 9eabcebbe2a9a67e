//! `/waivers`: every waiver of the project, soonest end first: days left
//! (from the snapshot's day), state, owner, reason, ticket, the day it was
//! made and how many days it has been in force, matches in the latest run
//! that judged it, and where it is written.

use std::fmt::Write as _;

use serde_json::json;

use super::Page;
use crate::html::{badge, countdown, document, esc, link, opt};
use crate::route::{Links, Route};
use crate::snapshot::{waiver_state, Snapshot};
use compat_report::render::count;

/// The waivers page.
pub(super) fn page(snap: &Snapshot, links: Links) -> Page {
    let mut rows: Vec<_> = snap
        .waivers
        .iter()
        .map(|w| (w, snap.days_until(&w.expires), waiver_state(snap, w)))
        .collect();
    rows.sort_by(|a, b| (a.1, &a.0.id).cmp(&(b.1, &b.0.id)));
    let mut s = String::new();
    let _ = writeln!(
        s,
        "<p>{}; days left count from {}.</p>",
        count(rows.len(), "waiver", "waivers"),
        esc(&snap.today)
    );
    s.push_str(
        "<table id=\"waivers\"><thead><tr><th>Waiver</th><th>Component</th><th>Rule</th>\
         <th>State</th><th>Expires</th><th>Days left</th><th>Created</th>\
         <th class=\"n\">Days active</th><th class=\"n\">Matches</th><th>Owner</th>\
         <th>Reason</th><th>Ticket</th><th>Written at</th></tr></thead><tbody>\n",
    );
    let mut json_rows = Vec::with_capacity(rows.len());
    for (w, days, state) in &rows {
        // Days since it was made (0 on its first day), from the snapshot's day.
        let active = w
            .created
            .as_deref()
            .and_then(|c| snap.days_until(c))
            .map(|d| -d);
        let component = match &w.component {
            Some(c) => link(links, &Route::Component(c.clone()), c),
            None => "–".into(),
        };
        let _ = writeln!(
            s,
            "<tr data-waiver=\"{id}\" data-state=\"{st}\" data-created=\"{created}\" \
             data-days-active=\"{act}\" data-ticket=\"{ticket_attr}\"><td><code>{id}</code></td>\
             <td>{component}</td><td>{rule}</td><td>{badge}</td><td>{exp}</td><td>{cd}</td>\
             <td>{created_cell}</td><td class=\"n\">{act_cell}</td><td class=\"n\">{m}</td>\
             <td>{owner}</td><td>{reason}</td><td>{ticket}</td><td><code>{src}</code></td></tr>",
            id = esc(&w.id),
            st = esc(state),
            rule = link(links, &Route::Rule(w.rule.clone()), &w.rule),
            badge = badge(state),
            exp = esc(&w.expires),
            cd = countdown(*days, 14),
            m = w.matches(),
            owner = esc(&w.owner),
            reason = esc(&w.reason),
            src = opt(Some(&w.source)),
            created = esc(w.created.as_deref().unwrap_or("")),
            created_cell = opt(w.created.as_deref()),
            act = active.map_or(String::new(), |d| d.to_string()),
            act_cell = active.map_or("–".into(), |d| d.to_string()),
            ticket_attr = esc(w.ticket.as_deref().unwrap_or("")),
            // Shown as text, never linked: no page refers outside the dashboard.
            ticket = match w.ticket.as_deref() {
                Some(t) => format!("<code>{}</code>", esc(t)),
                None => "–".into(),
            },
        );
        json_rows.push(json!({
            "id": w.id, "component": w.component, "rule": w.rule, "state": state,
            "recorded_state": w.state(), "expires": w.expires, "days_left": days,
            "matches": w.matches(), "owner": w.owner, "reason": w.reason, "source": w.source,
            "ticket": w.ticket, "created": w.created, "days_active": active,
            "judged_on": w.event.as_ref().map(|e| &e.judged_on),
            "run": w.event.as_ref().map(|e| e.run),
        }));
    }
    if rows.is_empty() {
        s.push_str("<tr><td colspan=\"13\" class=\"empty\">No waiver recorded.</td></tr>\n");
    }
    s.push_str("</tbody></table>\n");
    Page {
        html: document(snap, "Waivers", &Route::Waivers, links, &s),
        json: json!({ "project": snap.project, "today": snap.today, "waivers": json_rows }),
    }
}
