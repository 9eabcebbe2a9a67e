//! The latest state of the store, in one place for every reader (the
//! metrics' scrape through [`read`] and the dashboard's pages through
//! [`latest_checks`], [`waivers`] and [`deprecations`]): each component's
//! latest result, the findings and promises of those results, every waiver
//! and deprecation with its latest recorded state, and the counts of runs
//! and checks. Each read is one query whose size is bounded by components,
//! rules, waivers and deprecations, never by the number of runs.
//!
//! **What "latest" means** (one tie-breaker, written once below as SQL):
//! of several rows, the latest is the one whose run started last
//! (`run.started_at`, not the order of recording, so an imported older
//! report does not hide a newer one); of runs that started at the same
//! instant, the one recorded last (the higher `run.id`); of several events
//! of one waiver or deprecation in one run, the one written last (the
//! higher event id). A component has at most one result per run.

use compat_report::check::InterfaceChange;
use serde::Serialize;

use crate::backend::Tx;
use crate::error::StoreError;
use crate::read::CheckRow;
use crate::read::{corrupt, counts, Counts};
use crate::value::{Row, Value};

/// The order that makes the first row the latest (see the module's doc):
/// `u2` is the run, `e2` the event (for results, `r2`, unique per run).
const LATEST_FIRST: &str = "ORDER BY u2.started_at DESC, u2.id DESC";

/// The id of each component's latest result, a correlated subquery over
/// `component c`.
fn latest_check_of_c() -> String {
    format!(
        "(SELECT r2.id FROM check_result r2 JOIN run u2 ON u2.id = r2.run_id \
         WHERE r2.component_id = c.id {LATEST_FIRST} LIMIT 1)"
    )
}

/// The id of the latest event in `table` (`waiver_event`,
/// `deprecation_event`) of the row `outer` whose id is in column `key`, a
/// correlated subquery.
fn latest_event_of(table: &str, key: &str, outer: &str) -> String {
    format!(
        "(SELECT e2.id FROM {table} e2 JOIN run u2 ON u2.id = e2.run_id \
         WHERE e2.project = {outer}.project AND e2.{key} = {outer}.id {LATEST_FIRST}, e2.id DESC LIMIT 1)"
    )
}

/// A component and its latest recorded result.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ComponentState {
    /// `[project] name`.
    pub project: String,
    /// The component.
    pub component: String,
    /// Its kind.
    pub kind: String,
    /// Its owner.
    pub owner: Option<String>,
    /// Its latest result; `None` when every run that checked it was pruned.
    pub latest: Option<CurrentCheck>,
}

/// A component's latest result.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CurrentCheck {
    /// The result's id (what [`FindingCount::check`] and [`PromiseRow::check`] refer to).
    pub check: i64,
    /// Its run.
    pub run: i64,
    /// When the run started (RFC 3339 UTC).
    pub started_at: String,
    /// When it finished.
    pub finished_at: Option<String>,
    /// The date the run judged waivers and deprecations on (`YYYY-MM-DD`).
    pub now: String,
    /// `ok`, `warning`, `breaking`, `error` or `unknown` as recorded.
    pub state: String,
    /// `main` or `release`.
    pub baseline_kind: String,
    /// Its counts.
    pub summary: Counts,
    /// What became of the baseline's exported interface (libraries, from
    /// migration 0005 on); [`InterfaceChange::ratio`] is the compatible ratio.
    pub interface: Option<InterfaceChange>,
}

/// How many findings of one latest result share a rule, severity, status and waiver.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FindingCount {
    /// The result ([`CurrentCheck::check`]).
    pub check: i64,
    /// The rule.
    pub rule: String,
    /// `breaking`, `warning` or `info`.
    pub severity: String,
    /// `new`, `waived` or `baselined`.
    pub status: String,
    /// The waiver that accepted them.
    pub waiver: Option<String>,
    /// How many.
    pub count: i64,
}

/// One promise of a latest result.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PromiseRow {
    /// The result ([`CurrentCheck::check`]).
    pub check: i64,
    /// The promise's name.
    pub name: String,
    /// Its kind.
    pub kind: String,
    /// `kept`, `violated`, `unverified` or `declared`.
    pub status: String,
}

/// A waiver as last recorded, with its latest state.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct WaiverState {
    /// Its project.
    pub project: String,
    /// Its id.
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
    /// Its ticket (migration 0005; `None` before).
    pub ticket: Option<String>,
    /// The day it was made (`YYYY-MM-DD`), when written.
    pub created: Option<String>,
    /// Its state in the latest run that judged it (`active`, `expiring`,
    /// `expired`, `unused`), with that run and the findings it matched.
    pub event: Option<Event>,
}

/// A deprecation as last recorded, with its latest state.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DeprecationState {
    /// Its project.
    pub project: String,
    /// Its id.
    pub id: String,
    /// Its component.
    pub component: String,
    /// What is deprecated.
    pub item: String,
    /// The earliest day it may be removed (`YYYY-MM-DD`).
    pub remove_after: String,
    /// What replaces it.
    pub replacement: Option<String>,
    /// Its state in the latest run that judged it (`announced`, `due`,
    /// `removed`, `removed-early`), with that run.
    pub event: Option<Event>,
}

/// A waiver's or deprecation's state in one run.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Event {
    /// The run.
    pub run: i64,
    /// The state.
    pub state: String,
    /// Findings a waiver matched (0 for deprecations).
    pub matches: i64,
    /// The date that run judged on (`YYYY-MM-DD`).
    pub judged_on: String,
}

impl WaiverState {
    /// Its recorded state in the latest run that judged it.
    pub fn state(&self) -> Option<&str> {
        self.event.as_ref().map(|e| e.state.as_str())
    }

    /// Findings it accepted in that run (0 when no run judged it).
    pub fn matches(&self) -> i64 {
        self.event.as_ref().map_or(0, |e| e.matches)
    }
}

impl DeprecationState {
    /// Its recorded state in the latest run that judged it.
    pub fn state(&self) -> Option<&str> {
        self.event.as_ref().map(|e| e.state.as_str())
    }
}

/// A component's latest recorded result with its slice of the report.
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

/// How many rows of one kind share a key (runs per project, checks per
/// component and state).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Tally {
    /// The project.
    pub project: String,
    /// The component, for checks.
    pub component: Option<String>,
    /// The state, for checks.
    pub state: Option<String>,
    /// How many.
    pub count: i64,
}

/// The current state of a store, read in one transaction.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Current {
    /// Every component with its latest result, by project and name.
    pub components: Vec<ComponentState>,
    /// The findings of the latest results, counted.
    pub findings: Vec<FindingCount>,
    /// The promises of the latest results.
    pub promises: Vec<PromiseRow>,
    /// Every waiver with its latest state.
    pub waivers: Vec<WaiverState>,
    /// Every deprecation with its latest state.
    pub deprecations: Vec<DeprecationState>,
    /// Runs per project.
    pub runs: Vec<Tally>,
    /// Results per component and state.
    pub checks: Vec<Tally>,
}

/// Reads [`Current`].
pub(crate) fn read(tx: &mut dyn Tx, location: &str) -> Result<Current, StoreError> {
    Ok(Current {
        components: components(tx, location)?,
        findings: finding_counts(tx, location)?,
        // Promises are recorded from schema 2 on; a store opened read-only
        // at schema 1 has none.
        promises: if crate::migrate::current(tx)? >= 2 {
            promises(tx, location)?
        } else {
            Vec::new()
        },
        waivers: waivers(tx, None, location)?,
        deprecations: deprecations(tx, None, location)?,
        runs: run_tally(tx, location)?,
        checks: check_tally(tx, location)?,
    })
}

/// Every component with its latest result, by project and name.
fn components(tx: &mut dyn Tx, location: &str) -> Result<Vec<ComponentState>, StoreError> {
    let latest = latest_check_of_c();
    let rows = tx.rows(
        &format!(
            "SELECT c.project, c.name, c.kind, c.owner, r.id, r.run_id, TSOUT(u.started_at), \
             TSOUT(u.finished_at), u.now_date, r.state, r.baseline_kind, r.breaking, r.warning, \
             r.info, r.waived, r.baselined, r.errors, r.interface_old, r.interface_compatible, \
             r.symbols_added, r.symbols_removed \
             FROM component c LEFT JOIN check_result r ON r.id = {latest} \
             LEFT JOIN run u ON u.id = r.run_id ORDER BY c.project, c.name"
        ),
        &[],
    )?;
    rows.iter()
        .map(|r| -> Result<ComponentState, String> {
            let latest = match opt_int(r, 4)? {
                None => None,
                Some(check) => Some(CurrentCheck {
                    check,
                    run: r.int(5)?,
                    started_at: r.text(6)?,
                    finished_at: r.opt_text(7)?,
                    now: r.text(8)?,
                    state: r.text(9)?,
                    baseline_kind: r.text(10)?,
                    summary: counts(r, 11)?,
                    interface: crate::timeline::interface(r, 17)?,
                }),
            };
            Ok(ComponentState {
                project: r.text(0)?,
                component: r.text(1)?,
                kind: r.text(2)?,
                owner: r.opt_text(3)?,
                latest,
            })
        })
        .collect::<Result<_, _>>()
        .map_err(corrupt(location))
}

/// The findings of every component's latest result, counted by rule,
/// severity, status and waiver.
fn finding_counts(tx: &mut dyn Tx, location: &str) -> Result<Vec<FindingCount>, StoreError> {
    let latest = latest_check_of_c();
    let rows = tx.rows(
        &format!(
            "SELECT f.check_id, f.rule, f.severity, f.status, f.waiver_id, COUNT(*) FROM finding f \
             WHERE f.check_id IN (SELECT {latest} FROM component c) \
             GROUP BY f.check_id, f.rule, f.severity, f.status, f.waiver_id \
             ORDER BY f.check_id, f.rule, f.severity, f.status, f.waiver_id"
        ),
        &[],
    )?;
    rows.iter()
        .map(|r| -> Result<FindingCount, String> {
            Ok(FindingCount {
                check: r.int(0)?,
                rule: r.text(1)?,
                severity: r.text(2)?,
                status: r.text(3)?,
                waiver: r.opt_text(4)?,
                count: r.int(5)?,
            })
        })
        .collect::<Result<_, _>>()
        .map_err(corrupt(location))
}

/// The promises of every component's latest result.
fn promises(tx: &mut dyn Tx, location: &str) -> Result<Vec<PromiseRow>, StoreError> {
    let latest = latest_check_of_c();
    let rows = tx.rows(
        &format!(
            "SELECT p.check_id, p.name, p.kind, p.status FROM promise_result p \
             WHERE p.check_id IN (SELECT {latest} FROM component c) \
             ORDER BY p.check_id, p.name, p.id"
        ),
        &[],
    )?;
    rows.iter()
        .map(|r| -> Result<PromiseRow, String> {
            Ok(PromiseRow {
                check: r.int(0)?,
                name: r.text(1)?,
                kind: r.text(2)?,
                status: r.text(3)?,
            })
        })
        .collect::<Result<_, _>>()
        .map_err(corrupt(location))
}

/// The projects filter of [`waivers`] and [`deprecations`]: `(clause, parameters)`.
fn project_filter(alias: &str, project: Option<&str>) -> (String, Vec<Value>) {
    match project {
        Some(p) => (format!("WHERE {alias}.project = ?"), vec![p.into()]),
        None => (String::new(), Vec::new()),
    }
}

/// Every waiver (of `project`, or of every project) as last recorded, with
/// its state in the latest run that judged it, by project and id.
pub(crate) fn waivers(
    tx: &mut dyn Tx,
    project: Option<&str>,
    location: &str,
) -> Result<Vec<WaiverState>, StoreError> {
    let (filter, params) = project_filter("w", project);
    let rows = tx.rows(
        &format!(
            "SELECT w.project, w.id, w.component, w.rule, w.owner, w.reason, w.expires, w.source, \
             e.run_id, e.event, e.matches, u.now_date, w.ticket, w.created \
             FROM waiver w LEFT JOIN waiver_event e ON e.id = {} \
             LEFT JOIN run u ON u.id = e.run_id {filter} ORDER BY w.project, w.id",
            latest_event_of("waiver_event", "waiver_id", "w")
        ),
        &params,
    )?;
    rows.iter()
        .map(|r| -> Result<WaiverState, String> {
            Ok(WaiverState {
                project: r.text(0)?,
                id: r.text(1)?,
                component: r.opt_text(2)?,
                rule: r.text(3)?,
                owner: r.text(4)?,
                reason: r.text(5)?,
                expires: r.text(6)?,
                source: r.text(7)?,
                ticket: r.opt_text(12)?,
                created: r.opt_text(13)?,
                event: event(r, 8, Some(10), 11)?,
            })
        })
        .collect::<Result<_, _>>()
        .map_err(corrupt(location))
}

/// Every deprecation (of `project`, or of every project) as last recorded,
/// with its state in the latest run that judged it, by project and id.
pub(crate) fn deprecations(
    tx: &mut dyn Tx,
    project: Option<&str>,
    location: &str,
) -> Result<Vec<DeprecationState>, StoreError> {
    let (filter, params) = project_filter("d", project);
    let rows = tx.rows(
        &format!(
            "SELECT d.project, d.id, d.component, d.item, d.remove_after, d.replacement, \
             e.run_id, e.state, u.now_date \
             FROM deprecation d LEFT JOIN deprecation_event e ON e.id = {} \
             LEFT JOIN run u ON u.id = e.run_id {filter} ORDER BY d.project, d.id",
            latest_event_of("deprecation_event", "deprecation_id", "d")
        ),
        &params,
    )?;
    rows.iter()
        .map(|r| -> Result<DeprecationState, String> {
            Ok(DeprecationState {
                project: r.text(0)?,
                id: r.text(1)?,
                component: r.text(2)?,
                item: r.text(3)?,
                remove_after: r.text(4)?,
                replacement: r.opt_text(5)?,
                event: event(r, 6, None, 8)?,
            })
        })
        .collect::<Result<_, _>>()
        .map_err(corrupt(location))
}

/// Each component's latest result in `project`, with its slice of the
/// report, by component name.
pub(crate) fn latest_checks(
    tx: &mut dyn Tx,
    project: &str,
    location: &str,
) -> Result<Vec<LatestCheck>, StoreError> {
    let rows = tx.rows(
        &format!(
            "SELECT c.name, c.kind, r.state, r.baseline_kind, r.baseline_ref, r.version_from, \
             r.version_to, r.bump, r.verdict, r.breaking, r.warning, r.info, r.waived, r.baselined, \
             r.errors, (SELECT COUNT(*) FROM finding f WHERE f.check_id = r.id), r.report_gz, \
             u.id, TSOUT(u.started_at), u.git_commit, c.owner \
             FROM component c JOIN check_result r ON r.id = {} \
             JOIN run u ON u.id = r.run_id \
             WHERE c.project = ? ORDER BY c.name",
            latest_check_of_c()
        ),
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

/// Runs per project: those in the store and those pruned (a counter never
/// goes down; migration 0006).
fn run_tally(tx: &mut dyn Tx, location: &str) -> Result<Vec<Tally>, StoreError> {
    let mut sql = "SELECT project, COUNT(*) FROM run GROUP BY project".to_owned();
    if crate::migrate::current(tx)? >= 6 {
        sql.push_str(" UNION ALL SELECT project, runs FROM pruned_run");
    }
    let rows = tx.rows(&sql, &[])?;
    let rows = rows
        .iter()
        .map(|r| -> Result<Tally, String> {
            Ok(Tally {
                project: r.text(0)?,
                component: None,
                state: None,
                count: r.int(1)?,
            })
        })
        .collect::<Result<Vec<_>, _>>()
        .map_err(corrupt(location))?;
    Ok(summed(rows))
}

/// Recorded results per component and state: those in the store and those
/// pruned (migration 0006).
fn check_tally(tx: &mut dyn Tx, location: &str) -> Result<Vec<Tally>, StoreError> {
    let mut sql = "SELECT c.project, c.name, r.state, COUNT(*) FROM check_result r \
                   JOIN component c ON c.id = r.component_id \
                   GROUP BY c.project, c.name, r.state"
        .to_owned();
    if crate::migrate::current(tx)? >= 6 {
        sql.push_str(
            " UNION ALL SELECT c.project, c.name, p.state, p.checks FROM pruned_check p \
             JOIN component c ON c.id = p.component_id",
        );
    }
    let rows = tx.rows(&sql, &[])?;
    let rows = rows
        .iter()
        .map(|r| -> Result<Tally, String> {
            Ok(Tally {
                project: r.text(0)?,
                component: Some(r.text(1)?),
                state: Some(r.text(2)?),
                count: r.int(3)?,
            })
        })
        .collect::<Result<Vec<_>, _>>()
        .map_err(corrupt(location))?;
    Ok(summed(rows))
}

/// One tally per key, the counts of equal keys added, ordered by key.
fn summed(rows: Vec<Tally>) -> Vec<Tally> {
    let mut by_key: std::collections::BTreeMap<(String, Option<String>, Option<String>), i64> =
        std::collections::BTreeMap::new();
    for t in rows {
        *by_key.entry((t.project, t.component, t.state)).or_default() += t.count;
    }
    by_key
        .into_iter()
        .map(|((project, component, state), count)| Tally {
            project,
            component,
            state,
            count,
        })
        .collect()
}

/// Column `i` as an integer or `NULL`.
fn opt_int(r: &Row, i: usize) -> Result<Option<i64>, String> {
    match r.0.get(i) {
        Some(Value::Null) => Ok(None),
        _ => r.int(i).map(Some),
    }
}

/// The event in columns `run`, `run + 1` (state), `matches` and
/// `judged_on`, or `None` when the LEFT JOIN found none.
fn event(
    r: &Row,
    run: usize,
    matches: Option<usize>,
    judged_on: usize,
) -> Result<Option<Event>, String> {
    let Some(id) = opt_int(r, run)? else {
        return Ok(None);
    };
    Ok(Some(Event {
        run: id,
        state: r.text(run + 1)?,
        matches: match matches {
            Some(i) => r.int(i)?,
            None => 0,
        },
        judged_on: r.text(judged_on)?,
    }))
}
