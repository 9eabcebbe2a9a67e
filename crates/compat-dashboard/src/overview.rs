//! The overview's table: one row per component (its latest state, counts,
//! waivers by state, next deprecation deadline, promise status, breaking
//! findings over the last runs) and the totals, which are the row sums.

use serde::Serialize;

use crate::snapshot::{waiver_state, Snapshot};

/// A component's waivers by effective state.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct WaiverCounts {
    /// Applied, not near its end.
    pub active: i64,
    /// Within the warning window.
    pub expiring: i64,
    /// Past its last day.
    pub expired: i64,
    /// Matching nothing.
    pub unused: i64,
}

/// One component's row.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OverviewRow {
    /// The component.
    pub component: String,
    /// Its kind.
    pub kind: String,
    /// Its owner.
    pub owner: Option<String>,
    /// Its latest state.
    pub state: String,
    /// Breaking findings that count.
    pub breaking: i64,
    /// Warnings that count.
    pub warning: i64,
    /// Info findings that count.
    pub info: i64,
    /// Findings waivers accepted.
    pub waived: i64,
    /// Its waivers.
    pub waivers: WaiverCounts,
    /// The next deprecation deadline: `(id, remove_after, days left)`.
    pub next_deprecation: Option<(String, String, Option<i64>)>,
    /// `violated`, `kept`, `unverified`, `declared` or `none`.
    pub promise: String,
    /// Each promise with its status (`semver: kept`).
    pub promises: Vec<String>,
    /// Breaking findings per recorded check, oldest first.
    pub sparkline: Vec<i64>,
    /// When it was last checked (RFC 3339 UTC).
    pub last_check: String,
    /// The commit then checked.
    pub commit: Option<String>,
    /// The run.
    pub run: i64,
}

/// The row sums.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Totals {
    /// Components.
    pub components: i64,
    /// Components by state.
    pub ok: i64,
    /// Components whose state is warning.
    pub warning_components: i64,
    /// Components whose state is breaking.
    pub breaking_components: i64,
    /// Components whose state is error or unknown.
    pub other_components: i64,
    /// Breaking findings.
    pub breaking: i64,
    /// Warnings.
    pub warning: i64,
    /// Info findings.
    pub info: i64,
    /// Waived findings.
    pub waived: i64,
    /// Waivers by state.
    pub waivers: WaiverCounts,
}

/// The overview.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Overview {
    /// The project.
    pub project: String,
    /// The day countdowns count from.
    pub today: String,
    /// The row sums.
    pub totals: Totals,
    /// One row per component, by name.
    pub components: Vec<OverviewRow>,
}

/// The worst promise status of a component's latest result.
fn promise_status(statuses: &[String]) -> String {
    for s in ["violated", "unverified", "kept", "declared"] {
        if statuses.iter().any(|x| x == s) {
            return s.into();
        }
    }
    "none".into()
}

/// The overview of `snap`.
pub fn overview(snap: &Snapshot) -> Overview {
    let mut rows = Vec::with_capacity(snap.components.len());
    for c in &snap.components {
        let name = c.check.component.as_str();
        let mut waivers = WaiverCounts::default();
        for w in snap
            .waivers
            .iter()
            .filter(|w| w.component.as_deref() == Some(name))
        {
            match waiver_state(snap, w).as_str() {
                "active" => waivers.active += 1,
                "expiring" => waivers.expiring += 1,
                "expired" => waivers.expired += 1,
                "unused" => waivers.unused += 1,
                _ => {}
            }
        }
        let next_deprecation = snap
            .deprecations
            .iter()
            .filter(|d| d.component == name)
            .filter(|d| !matches!(d.state(), Some("removed" | "removed-early")))
            .min_by(|a, b| a.remove_after.cmp(&b.remove_after))
            .map(|d| {
                (
                    d.id.clone(),
                    d.remove_after.clone(),
                    snap.days_until(&d.remove_after),
                )
            });
        let (statuses, promises): (Vec<String>, Vec<String>) = c
            .check
            .slice()
            .ok()
            .and_then(|s| s.get("component")?.get("promises")?.as_array().cloned())
            .unwrap_or_default()
            .iter()
            .map(|p| {
                let status = p["status"].as_str().unwrap_or("declared").to_owned();
                let label = format!("{}: {status}", p["name"].as_str().unwrap_or("?"));
                (status, label)
            })
            .unzip();
        let mut sparkline: Vec<i64> = snap.history_of(name).map(|h| h.summary.breaking).collect();
        sparkline.reverse();
        let s = c.check.summary;
        rows.push(OverviewRow {
            component: name.to_owned(),
            kind: c.check.kind.clone(),
            owner: c.owner.clone(),
            state: c.check.state.clone(),
            breaking: s.breaking,
            warning: s.warning,
            info: s.info,
            waived: s.waived,
            waivers,
            next_deprecation,
            promise: promise_status(&statuses),
            promises,
            sparkline,
            last_check: c.started_at.clone(),
            commit: c.git_commit.clone(),
            run: c.run,
        });
    }
    let mut t = Totals {
        components: rows.len() as i64,
        ..Totals::default()
    };
    for r in &rows {
        match r.state.as_str() {
            "ok" => t.ok += 1,
            "warning" => t.warning_components += 1,
            "breaking" => t.breaking_components += 1,
            _ => t.other_components += 1,
        }
        t.breaking += r.breaking;
        t.warning += r.warning;
        t.info += r.info;
        t.waived += r.waived;
        t.waivers.active += r.waivers.active;
        t.waivers.expiring += r.waivers.expiring;
        t.waivers.expired += r.waivers.expired;
        t.waivers.unused += r.waivers.unused;
    }
    Overview {
        project: snap.project.clone(),
        today: snap.today.clone(),
        totals: t,
        components: rows,
    }
}
