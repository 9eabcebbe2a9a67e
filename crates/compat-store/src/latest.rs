//! The state of a project as the dashboard shows it: its projects, each
//! component's results over the last runs (the timeline and sparkline), each
//! component's latest result with its slice of the report, and its waivers
//! and deprecations with the state of their latest recorded run.

use serde::Serialize;

use crate::backend::Tx;
use crate::error::StoreError;
use crate::read::{CheckRow, Counts};
use crate::value::{Row, Value};

/// One component's result in one run, for timelines.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct HistoryRow {
    /// The component.
    pub component: String,
    /// The run.
    pub run: i64,
    /// When the run started (RFC 3339 UTC).
    pub started_at: String,
    /// The commit checked.
    pub git_commit: Option<String>,
    /// `ok`, `warning`, `breaking`, `error` or `unknown`.
    pub state: String,
    /// The baseline's version.
    pub version_from: Option<String>,
    /// The candidate's version.
    pub version_to: Option<String>,
    /// The bump between them.
    pub bump: Option<String>,
    /// The bump the changes call for.
    pub verdict: Option<String>,
    /// Its counts.
    pub summary: Counts,
}

/// A component's latest recorded result.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LatestCheck {
    /// The run it was recorded in.
    pub run: i64,
    /// When that run started (RFC 3339 UTC).
    pub started_at: String,
    /// The commit checked.
    pub git_commit: Option<String>,
    /// The component's owner.
    pub owner: Option<String>,
    /// The result (with its slice of the report).
    pub check: CheckRow,
}

/// A waiver as last recorded, with its state in the latest run that judged it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct WaiverRow {
    /// The waiver's id.
    pub id: String,
    /// Its component, if it names one.
    pub component: Option<String>,
    /// The rule it waives.
    pub rule: String,
    /// Its owner.
    pub owner: String,
    /// Why it exists.
    pub reason: String,
    /// Its last day (`YYYY-MM-DD`).
    pub expires: String,
    /// Where it is written (`compat.toml:41`).
    pub source: String,
    /// `active`, `expiring`, `expired` or `unused` in the latest run; `None` when no run judged it.
    pub state: Option<String>,
    /// Findings it accepted in that run.
    pub matches: i64,
    /// The date that run judged on (`YYYY-MM-DD`).
    pub judged_on: Option<String>,
    /// The run.
    pub run: Option<i64>,
}

/// A deprecation as last recorded, with its state in the latest run that judged it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DeprecationRow {
    /// The deprecation's id.
    pub id: String,
    /// Its component.
    pub component: String,
    /// What is deprecated.
    pub item: String,
    /// The earliest day it may be removed (`YYYY-MM-DD`).
    pub remove_after: String,
    /// What replaces it.
    pub replacement: Option<String>,
    /// `announced`, `due`, `removed` or `removed-early` in the latest run.
    pub state: Option<String>,
    /// The date that run judged on.
    pub judged_on: Option<String>,
}

fn corrupt(location: &str) -> impl Fn(String) -> StoreError + '_ {
    move |message| StoreError::Corrupt {
        location: location.to_owned(),
        message,
    }
}

fn counts(r: &Row, first: usize) -> Result<Counts, String> {
    Ok(Counts {
        breaking: r.int(first)?,
        warning: r.int(first + 1)?,
        info: r.int(first + 2)?,
        waived: r.int(first + 3)?,
        baselined: r.int(first + 4)?,
        errors: r.int(first + 5)?,
    })
}

/// The projects of the store, the one with the newest run first.
pub(crate) fn projects(tx: &mut dyn Tx, location: &str) -> Result<Vec<String>, StoreError> {
    let rows = tx.rows(
        "SELECT project FROM run GROUP BY project ORDER BY MAX(started_at) DESC, project",
        &[],
    )?;
    rows.iter()
        .map(|r| r.text(0))
        .collect::<Result<_, _>>()
        .map_err(corrupt(location))
}

/// Every component result of the project's last `runs` runs, by component,
/// newest first.
pub(crate) fn history(
    tx: &mut dyn Tx,
    project: &str,
    runs: u32,
    location: &str,
) -> Result<Vec<HistoryRow>, StoreError> {
    let rows = tx.rows(
        "SELECT c.name, u.id, TSOUT(u.started_at), u.git_commit, r.state, r.version_from, \
         r.version_to, r.bump, r.verdict, r.breaking, r.warning, r.info, r.waived, r.baselined, \
         r.errors \
         FROM check_result r JOIN component c ON c.id = r.component_id JOIN run u ON u.id = r.run_id \
         WHERE u.id IN (SELECT id FROM run WHERE project = ? ORDER BY started_at DESC, id DESC LIMIT ?) \
         ORDER BY c.name, u.started_at DESC, u.id DESC",
        &[project.into(), Value::Int(runs.into())],
    )?;
    rows.iter()
        .map(|r| -> Result<HistoryRow, String> {
            Ok(HistoryRow {
                component: r.text(0)?,
                run: r.int(1)?,
                started_at: r.text(2)?,
                git_commit: r.opt_text(3)?,
                state: r.text(4)?,
                version_from: r.opt_text(5)?,
                version_to: r.opt_text(6)?,
                bump: r.opt_text(7)?,
                verdict: r.opt_text(8)?,
                summary: counts(r, 9)?,
            })
        })
        .collect::<Result<_, _>>()
        .map_err(corrupt(location))
}

/// Each component's latest result in the project, by component name.
pub(crate) fn latest_checks(
    tx: &mut dyn Tx,
    project: &str,
    location: &str,
) -> Result<Vec<LatestCheck>, StoreError> {
    let rows = tx.rows(
        "SELECT c.name, c.kind, r.state, r.baseline_kind, r.baseline_ref, r.version_from, \
         r.version_to, r.bump, r.verdict, r.breaking, r.warning, r.info, r.waived, r.baselined, \
         r.errors, (SELECT COUNT(*) FROM finding f WHERE f.check_id = r.id), r.report_gz, \
         u.id, TSOUT(u.started_at), u.git_commit, c.owner \
         FROM component c JOIN check_result r ON r.id = (SELECT r2.id FROM check_result r2 \
           JOIN run u2 ON u2.id = r2.run_id WHERE r2.component_id = c.id \
           ORDER BY u2.started_at DESC, u2.id DESC LIMIT 1) \
         JOIN run u ON u.id = r.run_id \
         WHERE c.project = ? ORDER BY c.name",
        &[project.into()],
    )?;
    rows.iter()
        .map(|r| -> Result<LatestCheck, String> {
            Ok(LatestCheck {
                run: r.int(17)?,
                started_at: r.text(18)?,
                git_commit: r.opt_text(19)?,
                owner: r.opt_text(20)?,
                check: CheckRow {
                    component: r.text(0)?,
                    kind: r.text(1)?,
                    state: r.text(2)?,
                    baseline_kind: r.text(3)?,
                    baseline: r.opt_text(4)?,
                    version_from: r.opt_text(5)?,
                    version_to: r.opt_text(6)?,
                    bump: r.opt_text(7)?,
                    verdict: r.opt_text(8)?,
                    summary: counts(r, 9)?,
                    findings: r.int(15)?,
                    report_gz: r.blob(16)?,
                },
            })
        })
        .collect::<Result<_, _>>()
        .map_err(corrupt(location))
}

/// The project's waivers, by id, each with its latest recorded event.
pub(crate) fn waivers(
    tx: &mut dyn Tx,
    project: &str,
    location: &str,
) -> Result<Vec<WaiverRow>, StoreError> {
    let rows = tx.rows(
        "SELECT w.id, w.component, w.rule, w.owner, w.reason, w.expires, w.source, \
         e.event, e.matches, u.now_date, u.id \
         FROM waiver w LEFT JOIN waiver_event e ON e.id = (SELECT e2.id FROM waiver_event e2 \
           JOIN run u2 ON u2.id = e2.run_id WHERE e2.project = w.project AND e2.waiver_id = w.id \
           ORDER BY u2.started_at DESC, u2.id DESC LIMIT 1) \
         LEFT JOIN run u ON u.id = e.run_id \
         WHERE w.project = ? ORDER BY w.id",
        &[project.into()],
    )?;
    rows.iter()
        .map(|r| -> Result<WaiverRow, String> {
            Ok(WaiverRow {
                id: r.text(0)?,
                component: r.opt_text(1)?,
                rule: r.text(2)?,
                owner: r.text(3)?,
                reason: r.text(4)?,
                expires: r.text(5)?,
                source: r.text(6)?,
                state: r.opt_text(7)?,
                matches: match r.0.get(8) {
                    Some(Value::Null) => 0,
                    _ => r.int(8)?,
                },
                judged_on: r.opt_text(9)?,
                run: match r.0.get(10) {
                    Some(Value::Null) => None,
                    _ => Some(r.int(10)?),
                },
            })
        })
        .collect::<Result<_, _>>()
        .map_err(corrupt(location))
}

/// The project's deprecations, by id, each with its latest recorded state.
pub(crate) fn deprecations(
    tx: &mut dyn Tx,
    project: &str,
    location: &str,
) -> Result<Vec<DeprecationRow>, StoreError> {
    let rows = tx.rows(
        "SELECT d.id, d.component, d.item, d.remove_after, d.replacement, e.state, u.now_date \
         FROM deprecation d LEFT JOIN deprecation_event e ON e.id = (SELECT e2.id \
           FROM deprecation_event e2 JOIN run u2 ON u2.id = e2.run_id \
           WHERE e2.project = d.project AND e2.deprecation_id = d.id \
           ORDER BY u2.started_at DESC, u2.id DESC LIMIT 1) \
         LEFT JOIN run u ON u.id = e.run_id \
         WHERE d.project = ? ORDER BY d.remove_after, d.id",
        &[project.into()],
    )?;
    rows.iter()
        .map(|r| -> Result<DeprecationRow, String> {
            Ok(DeprecationRow {
                id: r.text(0)?,
                component: r.text(1)?,
                item: r.text(2)?,
                remove_after: r.text(3)?,
                replacement: r.opt_text(4)?,
                state: r.opt_text(5)?,
                judged_on: r.opt_text(6)?,
            })
        })
        .collect::<Result<_, _>>()
        .map_err(corrupt(location))
}
