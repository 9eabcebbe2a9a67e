//! Reading the history back: the runs of a project, newest first, and the
//! per-component results of one run (with its slice of the report).

use std::io::Read;

use serde::Serialize;

use crate::backend::Tx;
use crate::error::StoreError;
use crate::value::{Row, Value};

/// The most bytes a stored report slice may inflate to.
const MAX_SLICE_BYTES: u64 = 256 << 20;

/// Which runs to list.
#[derive(Debug, Clone, Default)]
pub struct RunFilter {
    /// Only this project's runs.
    pub project: Option<String>,
    /// At most this many (the newest); all when `None`.
    pub limit: Option<u32>,
}

/// Counts of findings that count, by severity, and accepted ones.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    /// Breaking findings that count.
    pub breaking: i64,
    /// Warnings that count.
    pub warning: i64,
    /// Informational findings that count.
    pub info: i64,
    /// Findings a waiver accepted.
    pub waived: i64,
    /// Findings a findings baseline accepted.
    pub baselined: i64,
    /// Inputs that could not be processed.
    pub errors: i64,
}

/// One recorded run.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RunRow {
    /// Its id in the store.
    pub id: i64,
    /// `[project] name`.
    pub project: String,
    /// When it started (RFC 3339 UTC).
    pub started_at: String,
    /// When it finished.
    pub finished_at: Option<String>,
    /// The date waivers and deprecations were judged on.
    pub now: String,
    /// The compat that ran it.
    pub tool_version: String,
    /// `main` or `release`.
    pub baseline: Option<String>,
    /// SHA-256 of compat.toml.
    pub config_sha256: Option<String>,
    /// The commit checked.
    pub git_commit: Option<String>,
    /// The branch or tag CI built.
    pub git_ref: Option<String>,
    /// The CI job's page.
    pub ci_url: Option<String>,
    /// Its exit status.
    pub exit_code: i64,
    /// Its counts.
    pub summary: Counts,
    /// Findings recorded (every status).
    pub findings: i64,
    /// Components checked.
    pub components: i64,
    /// SHA-256 of the report.
    pub report_sha256: String,
}

/// One component's result in a run.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CheckRow {
    /// The component.
    pub component: String,
    /// Its kind.
    pub kind: String,
    /// `ok`, `warning`, `breaking`, `error` or `unknown`.
    pub state: String,
    /// `main` or `release`.
    pub baseline_kind: String,
    /// The baseline as written in compat.toml.
    pub baseline: Option<String>,
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
    /// Findings recorded for it (every status).
    pub findings: i64,
    /// Its slice of the report, gzip-compressed JSON (`{"component", "findings"}`).
    #[serde(skip)]
    pub report_gz: Vec<u8>,
}

impl CheckRow {
    /// The slice of the report: `{"component": ..., "findings": [...]}`.
    pub fn slice(&self) -> Result<serde_json::Value, String> {
        let mut text = Vec::new();
        flate2::read::GzDecoder::new(self.report_gz.as_slice())
            .take(MAX_SLICE_BYTES + 1)
            .read_to_end(&mut text)
            .map_err(|e| format!("{}: report slice: {e}", self.component))?;
        if text.len() as u64 > MAX_SLICE_BYTES {
            return Err(format!(
                "{}: report slice inflates past {MAX_SLICE_BYTES} bytes",
                self.component
            ));
        }
        serde_json::from_slice(&text).map_err(|e| format!("{}: report slice: {e}", self.component))
    }
}

pub(crate) fn counts(r: &Row, first: usize) -> Result<Counts, String> {
    Ok(Counts {
        breaking: r.int(first)?,
        warning: r.int(first + 1)?,
        info: r.int(first + 2)?,
        waived: r.int(first + 3)?,
        baselined: r.int(first + 4)?,
        errors: r.int(first + 5)?,
    })
}

pub(crate) fn corrupt(location: &str) -> impl Fn(String) -> StoreError + '_ {
    move |message| StoreError::Corrupt {
        location: location.to_owned(),
        message,
    }
}

/// The runs `filter` selects, newest first.
pub(crate) fn runs(
    tx: &mut dyn Tx,
    filter: &RunFilter,
    location: &str,
) -> Result<Vec<RunRow>, StoreError> {
    let mut sql = String::from(
        "SELECT id, project, TSOUT(started_at), TSOUT(finished_at), now_date, tool_version, \
         baseline, config_sha256, git_commit, git_ref, ci_url, exit_code, \
         breaking, warning, info, waived, baselined, errors, findings, \
         (SELECT COUNT(*) FROM check_result c WHERE c.run_id = run.id), report_sha256 FROM run",
    );
    let mut params = Vec::new();
    if let Some(p) = &filter.project {
        sql.push_str(" WHERE project = ?");
        params.push(Value::from(p.as_str()));
    }
    sql.push_str(" ORDER BY started_at DESC, id DESC");
    if let Some(n) = filter.limit {
        sql.push_str(" LIMIT ?");
        params.push(Value::Int(n.into()));
    }
    let rows = tx.rows(&sql, &params)?;
    rows.iter()
        .map(|r| -> Result<RunRow, String> {
            Ok(RunRow {
                id: r.int(0)?,
                project: r.text(1)?,
                started_at: r.text(2)?,
                finished_at: r.opt_text(3)?,
                now: r.text(4)?,
                tool_version: r.text(5)?,
                baseline: r.opt_text(6)?,
                config_sha256: r.opt_text(7)?,
                git_commit: r.opt_text(8)?,
                git_ref: r.opt_text(9)?,
                ci_url: r.opt_text(10)?,
                exit_code: r.int(11)?,
                summary: counts(r, 12)?,
                findings: r.int(18)?,
                components: r.int(19)?,
                report_sha256: r.text(20)?,
            })
        })
        .collect::<Result<_, _>>()
        .map_err(corrupt(location))
}

/// The component results of run `run_id`, by component name.
pub(crate) fn checks(
    tx: &mut dyn Tx,
    run_id: i64,
    location: &str,
) -> Result<Vec<CheckRow>, StoreError> {
    let rows = tx.rows(
        "SELECT c.name, c.kind, r.state, r.baseline_kind, r.baseline_ref, r.version_from, \
         r.version_to, r.bump, r.verdict, r.breaking, r.warning, r.info, r.waived, r.baselined, \
         r.errors, (SELECT COUNT(*) FROM finding f WHERE f.check_id = r.id), r.report_gz \
         FROM check_result r JOIN component c ON c.id = r.component_id \
         WHERE r.run_id = ? ORDER BY c.name",
        &[Value::Int(run_id)],
    )?;
    rows.iter()
        .map(|r| -> Result<CheckRow, String> {
            Ok(CheckRow {
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
            })
        })
        .collect::<Result<_, _>>()
        .map_err(corrupt(location))
}

/// Deletes the runs that started before `cutoff` (RFC 3339 UTC) and, by
/// cascade, their results, findings and events; returns how many runs.
/// The runs and results deleted are added to `pruned_run` and
/// `pruned_check` first (migration 0006), so the counters of the metrics
/// keep them.
pub(crate) fn prune(tx: &mut dyn Tx, cutoff: &str) -> Result<u64, StoreError> {
    tx.exec(
        "INSERT INTO pruned_run (project, runs) \
         SELECT project, COUNT(*) FROM run WHERE started_at < TS(?) GROUP BY project \
         ON CONFLICT (project) DO UPDATE SET runs = pruned_run.runs + excluded.runs",
        &[cutoff.into()],
    )?;
    tx.exec(
        "INSERT INTO pruned_check (component_id, state, checks) \
         SELECT component_id, state, COUNT(*) FROM check_result \
         WHERE run_id IN (SELECT id FROM run WHERE started_at < TS(?)) \
         GROUP BY component_id, state \
         ON CONFLICT (component_id, state) DO UPDATE SET checks = pruned_check.checks + excluded.checks",
        &[cutoff.into()],
    )?;
    // Children first, so the deletion does not depend on the cascade being on.
    for child in [
        "promise_result",
        "finding",
        "waiver_event",
        "deprecation_event",
        "check_result",
    ] {
        tx.exec(
            &format!(
                "DELETE FROM {child} WHERE run_id IN (SELECT id FROM run WHERE started_at < TS(?))"
            ),
            &[cutoff.into()],
        )?;
    }
    tx.exec("DELETE FROM run WHERE started_at < TS(?)", &[cutoff.into()])
}
