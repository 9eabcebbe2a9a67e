//! `/`: the overview: cards with the totals, then one row per component.
//! The totals row in the table head carries the same sums as data
//! attributes (`data-breaking`, ...), as every row does, so a test can check
//! that the head equals the sum of the rows.

use std::fmt::Write as _;

use super::Page;
use crate::html::{badge, countdown, document, esc, link, short_commit};
use crate::overview::{overview, OverviewRow};
use crate::route::{Links, Route};
use crate::snapshot::Snapshot;
use crate::svg::sparkline;

fn waivers_cell(a: i64, e: i64, x: i64) -> String {
    let mut s = format!("{a} / ");
    if e > 0 {
        let _ = write!(s, "<span class=\"soon\">{e}</span>");
    } else {
        s.push('0');
    }
    s.push_str(" / ");
    if x > 0 {
        let _ = write!(s, "<span class=\"late\">{x}</span>");
    } else {
        s.push('0');
    }
    s
}

fn row(s: &mut String, r: &OverviewRow, links: Links) {
    let _ = write!(
        s,
        "<tr data-component=\"{name}\" data-state=\"{state}\" data-breaking=\"{b}\" \
         data-warning=\"{w}\" data-info=\"{i}\" data-waived=\"{wd}\" data-waivers-active=\"{wa}\" \
         data-waivers-expiring=\"{we}\" data-waivers-expired=\"{wx}\">\
         <td class=\"nw\">{link}</td><td class=\"nw\">{kind}</td><td>{state_badge}</td>\
         <td class=\"n\">{b}</td><td class=\"n\">{w}</td><td class=\"n\">{i}</td>\
         <td class=\"n\">{wd}</td><td class=\"n\">{wcell}</td>",
        name = esc(&r.component),
        state = esc(&r.state),
        b = r.breaking,
        w = r.warning,
        i = r.info,
        wd = r.waived,
        wa = r.waivers.active,
        we = r.waivers.expiring,
        wx = r.waivers.expired,
        link = link(links, &Route::Component(r.component.clone()), &r.component),
        kind = esc(&r.kind),
        state_badge = badge(&r.state),
        wcell = waivers_cell(r.waivers.active, r.waivers.expiring, r.waivers.expired),
    );
    match &r.next_deprecation {
        Some((id, date, days)) => {
            let _ = write!(
                s,
                "<td class=\"nw\">{} <code>{}</code><br>{}</td>",
                esc(date),
                esc(id),
                countdown(*days, 90)
            );
        }
        None => s.push_str("<td>–</td>"),
    }
    let _ = writeln!(
        s,
        "<td title=\"{}\">{}</td><td>{}</td><td class=\"nw\">{}<br><code>{}</code></td></tr>",
        esc(&r.promises.join("; ")),
        if r.promise == "none" {
            "–".to_owned()
        } else {
            badge(&r.promise)
        },
        sparkline(&r.sparkline),
        esc(&r.last_check),
        short_commit(r.commit.as_deref()),
    );
}

/// The overview page.
pub(super) fn page(snap: &Snapshot, links: Links) -> Page {
    let o = overview(snap);
    let t = &o.totals;
    let mut s = String::new();
    let _ = writeln!(
        s,
        "<div class=\"cards\" id=\"cards\">\
         <div class=\"card\"><b>{}</b>components</div>\
         <div class=\"card\"><b>{}</b>breaking</div>\
         <div class=\"card\"><b>{}</b>warning</div>\
         <div class=\"card\"><b>{}</b>ok</div>\
         <div class=\"card\"><b>{}</b>breaking findings</div>\
         <div class=\"card\"><b>{}</b>expired waivers</div></div>",
        t.components,
        t.breaking_components,
        t.warning_components,
        t.ok,
        t.breaking,
        t.waivers.expired
    );
    if o.components.is_empty() {
        s.push_str("<p class=\"empty\">No recorded check in this store (compat check --record writes one).</p>\n");
    }
    let _ = writeln!(
        s,
        "<table id=\"components\"><thead>\
         <tr><th>Component</th><th>Kind</th><th>State</th><th class=\"n\">Breaking</th>\
         <th class=\"n\">Warning</th><th class=\"n\">Info</th><th class=\"n\">Waived</th>\
         <th class=\"n\">Waivers<small>active / expiring / expired</small></th>\
         <th>Next deprecation</th><th>Promises</th>\
         <th>Breaking<small>last {runs} checks</small></th><th>Last check</th></tr>\n\
         <tr class=\"totals\" id=\"totals\" data-components=\"{c}\" data-breaking=\"{b}\" \
         data-warning=\"{w}\" data-info=\"{i}\" data-waived=\"{wd}\" data-waivers-active=\"{wa}\" \
         data-waivers-expiring=\"{we}\" data-waivers-expired=\"{wx}\" \
         data-breaking-components=\"{bc}\">\
         <th>Total: {c}</th><td></td><td>{bc} breaking</td><td class=\"n\">{b}</td>\
         <td class=\"n\">{w}</td><td class=\"n\">{i}</td><td class=\"n\">{wd}</td>\
         <td class=\"n\">{wcell}</td><td></td><td></td><td></td><td></td></tr>\
         </thead>\n<tbody>",
        runs = crate::SPARKLINE_RUNS,
        c = t.components,
        b = t.breaking,
        w = t.warning,
        i = t.info,
        wd = t.waived,
        wa = t.waivers.active,
        we = t.waivers.expiring,
        wx = t.waivers.expired,
        bc = t.breaking_components,
        wcell = waivers_cell(t.waivers.active, t.waivers.expiring, t.waivers.expired),
    );
    for r in &o.components {
        row(&mut s, r, links);
    }
    s.push_str("</tbody></table>\n");
    Page {
        html: document(snap, "Overview", &Route::Overview, links, &s),
        json: serde_json::to_value(&o).unwrap_or_default(),
    }
}
