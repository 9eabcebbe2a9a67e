//! `/runs`: the recorded runs of the project, newest first, with their exit
//! status and counts. A run's CI page is shown as text, never linked: the
//! dashboard links nowhere outside itself.

use std::fmt::Write as _;

use serde_json::json;

use super::Page;
use crate::html::{document, esc, opt, short_commit};
use crate::route::{Links, Route};
use crate::snapshot::Snapshot;
use compat_report::render::count;

/// The runs page.
pub(super) fn page(snap: &Snapshot, links: Links) -> Page {
    let mut s = String::new();
    let _ = write!(
        s,
        "<p>{} of {} (newest first).</p>\n<table id=\"runs\"><thead><tr><th>Run</th>\
         <th>Started</th><th>Judged on</th><th>Commit</th><th>Ref</th><th class=\"n\">Exit</th>\
         <th class=\"n\">Breaking</th><th class=\"n\">Warning</th><th class=\"n\">Waived</th>\
         <th class=\"n\">Components</th><th>compat</th><th>CI job</th></tr></thead><tbody>\n",
        count(snap.runs.len(), "run", "runs"),
        esc(&snap.project)
    );
    for r in &snap.runs {
        let _ = writeln!(
            s,
            "<tr data-run=\"{id}\" data-exit=\"{exit}\"><td class=\"n\">{id}</td><td>{start}</td>\
             <td>{now}</td><td><code>{commit}</code></td><td>{gref}</td><td class=\"n\">{exit}</td>\
             <td class=\"n\">{b}</td><td class=\"n\">{w}</td><td class=\"n\">{wd}</td>\
             <td class=\"n\">{n}</td><td>{tool}</td><td><code>{ci}</code></td></tr>",
            id = r.id,
            start = esc(&r.started_at),
            now = esc(&r.now),
            commit = short_commit(r.git_commit.as_deref()),
            gref = opt(r.git_ref.as_deref()),
            exit = r.exit_code,
            b = r.summary.breaking,
            w = r.summary.warning,
            wd = r.summary.waived,
            n = r.components,
            tool = esc(&r.tool_version),
            ci = opt(r.ci_url.as_deref()),
        );
    }
    if snap.runs.is_empty() {
        s.push_str("<tr><td colspan=\"12\" class=\"empty\">No run recorded.</td></tr>\n");
    }
    s.push_str("</tbody></table>\n");
    Page {
        html: document(snap, "Runs", &Route::Runs, links, &s),
        json: json!({ "project": snap.project, "runs": snap.runs }),
    }
}
