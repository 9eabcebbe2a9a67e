//! What the pages show, read from the store in one go: the project's
//! components with their latest results, their results over the last runs,
//! the waivers, deprecations and runs, and the impact matrix when the
//! caller computed one. The day countdowns count from is given, not read
//! from a clock.

use compat_store::{
    DeprecationState, HistoryRow, LatestCheck, RunFilter, RunRow, Store, StoreError, WaiverState,
};
use serde::Serialize;

use crate::impact::{ImpactMatrix, IndexBindings};

/// How many recorded runs the sparklines and timelines span.
pub const SPARKLINE_RUNS: u32 = 20;

/// How many runs the runs page lists.
const RUNS_LISTED: u32 = 200;

/// What to load.
#[derive(Debug, Clone, Default)]
pub struct LoadOptions {
    /// The project shown (default: the one with the newest run).
    pub project: Option<String>,
    /// The day countdowns count from (`YYYY-MM-DD`, UTC).
    pub today: String,
    /// When the page was made (RFC 3339 UTC), shown in the footer.
    pub generated_at: String,
}

/// Everything the pages show.
#[derive(Debug, Clone, Serialize)]
pub struct Snapshot {
    /// The store, its password redacted.
    pub store: String,
    /// The project shown (empty when the store has no run).
    pub project: String,
    /// Every project of the store.
    pub projects: Vec<String>,
    /// The day countdowns count from.
    pub today: String,
    /// When the snapshot was taken.
    pub generated_at: String,
    /// Each component's latest result, by name.
    #[serde(skip)]
    pub components: Vec<LatestCheck>,
    /// Each component's results over the last [`SPARKLINE_RUNS`] runs, newest first.
    #[serde(skip)]
    pub history: Vec<HistoryRow>,
    /// The waivers.
    #[serde(skip)]
    pub waivers: Vec<WaiverState>,
    /// The deprecations, earliest removal first.
    #[serde(skip)]
    pub deprecations: Vec<DeprecationState>,
    /// The recorded runs, newest first.
    #[serde(skip)]
    pub runs: Vec<RunRow>,
    /// The impact matrix, when an index was given.
    #[serde(skip)]
    pub impact: Option<ImpactMatrix>,
    /// What the index says about the store's libraries, when given.
    #[serde(skip)]
    pub bindings: Option<IndexBindings>,
}

impl Snapshot {
    /// Reads the snapshot from `store` (one read transaction per table).
    pub fn load(store: &mut Store, opts: &LoadOptions) -> Result<Snapshot, StoreError> {
        let projects = store.projects()?;
        let project = match &opts.project {
            Some(p) => p.clone(),
            None => projects.first().cloned().unwrap_or_default(),
        };
        let mut deprecations = store.deprecations(&project)?;
        deprecations.sort_by(|a, b| (&a.remove_after, &a.id).cmp(&(&b.remove_after, &b.id)));
        Ok(Snapshot {
            store: store.location().to_string(),
            components: store.latest_checks(&project)?,
            history: store.history(&project, SPARKLINE_RUNS)?,
            waivers: store.waivers(&project)?,
            deprecations,
            runs: store.runs(&RunFilter {
                project: Some(project.clone()),
                limit: Some(RUNS_LISTED),
            })?,
            project,
            projects,
            today: opts.today.clone(),
            generated_at: opts.generated_at.clone(),
            impact: None,
            bindings: None,
        })
    }

    /// The snapshot with an index's bindings: the impact matrix judged
    /// against its latest findings, and the consumers of deprecated items.
    pub fn with_bindings(mut self, bindings: IndexBindings) -> Snapshot {
        self.impact = Some(bindings.judge(&self));
        self.bindings = Some(bindings);
        self
    }

    /// The consumers that bind `symbol` of component `component`, by path.
    pub fn binders(&self, component: &str, symbol: &str) -> Vec<&str> {
        let Some(b) = &self.bindings else {
            return Vec::new();
        };
        let mut out: Vec<&str> = b
            .providers
            .iter()
            .filter(|p| p.component == component)
            .flat_map(|p| &p.consumers)
            .filter(|c| c.bound.iter().any(|s| s == symbol))
            .map(|c| c.path.as_str())
            .collect();
        out.sort_unstable();
        out.dedup();
        out
    }

    /// The latest result of component `name`.
    pub fn component(&self, name: &str) -> Option<&LatestCheck> {
        self.components.iter().find(|c| c.check.component == name)
    }

    /// `name`'s results over the last runs, newest first.
    pub fn history_of<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a HistoryRow> + 'a {
        self.history.iter().filter(move |h| h.component == name)
    }

    /// Days from [`Snapshot::today`] to `date` (`YYYY-MM-DD`); negative once past.
    pub fn days_until(&self, date: &str) -> Option<i64> {
        Some(day_number(date)? - day_number(&self.today)?)
    }
}

/// The day number of `YYYY-MM-DD` (days since 1970-01-01).
pub(crate) fn day_number(date: &str) -> Option<i64> {
    let mut parts = date.get(..10)?.split('-');
    let y: i64 = parts.next()?.parse().ok()?;
    let m: u32 = parts.next()?.parse().ok()?;
    let d: u32 = parts.next()?.parse().ok()?;
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    Some(compat_report::time::days_from_civil(y, m, d))
}

/// The effective state of a waiver on the snapshot's day: the state its
/// latest run recorded, except that a waiver past its last day is expired
/// whatever that run said (expiry is absolute).
pub(crate) fn waiver_state(snap: &Snapshot, w: &WaiverState) -> String {
    let recorded = w.state().unwrap_or("unknown").to_owned();
    match snap.days_until(&w.expires) {
        Some(d) if d < 0 => "expired".into(),
        _ => recorded,
    }
}
