//! A project's results over its last runs, as the dashboard's timelines and
//! sparklines show them (versions, bump, verdict, counts and, for libraries,
//! the interface change and SONAMEs of migration 0005), and the store's
//! projects.

use compat_report::check::InterfaceChange;
use serde::Serialize;

use crate::backend::Tx;
use crate::error::StoreError;
use crate::read::{corrupt, counts, Counts};
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
    /// What became of the baseline's exported interface (libraries, from
    /// schema 7 on); [`InterfaceChange::ratio`] is the compatible ratio.
    pub interface: Option<InterfaceChange>,
    /// The baseline's SONAME (libraries, from schema 7 on).
    pub soname_from: Option<String>,
    /// The candidate's SONAME.
    pub soname_to: Option<String>,
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
/// newest first (runs ordered as in [`crate::latest`]).
pub(crate) fn history(
    tx: &mut dyn Tx,
    project: &str,
    runs: u32,
    location: &str,
) -> Result<Vec<HistoryRow>, StoreError> {
    let rows = tx.rows(
        "SELECT c.name, u.id, TSOUT(u.started_at), u.git_commit, r.state, r.version_from, \
         r.version_to, r.bump, r.verdict, r.breaking, r.warning, r.info, r.waived, r.baselined, \
         r.errors, r.interface_old, r.interface_compatible, r.symbols_added, r.symbols_removed, \
         r.soname_from, r.soname_to \
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
                interface: interface(r, 15)?,
                soname_from: r.opt_text(19)?,
                soname_to: r.opt_text(20)?,
            })
        })
        .collect::<Result<_, _>>()
        .map_err(corrupt(location))
}

/// The interface change in columns `first..first + 4` (old, compatible,
/// added, removed), or `None` when they are `NULL`.
pub(crate) fn interface(r: &Row, first: usize) -> Result<Option<InterfaceChange>, String> {
    if matches!(r.0.get(first), Some(Value::Null) | None) {
        return Ok(None);
    }
    let n = |i: usize| -> Result<u64, String> {
        u64::try_from(r.int(first + i)?)
            .map_err(|_| format!("column {}: negative count", first + i))
    };
    Ok(Some(InterfaceChange {
        old: n(0)?,
        compatible: n(1)?,
        added: n(2)?,
        removed: n(3)?,
    }))
}
