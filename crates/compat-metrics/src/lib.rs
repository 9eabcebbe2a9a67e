//! Prometheus metrics of compat's history store (GOVERNANCE.md 6.7),
//! computed from the store when asked (at scrape time) and written in the
//! text exposition format 0.0.4 or OpenMetrics 1.0 ([`expo`]).
//!
//! The families are the catalog `metrics.tsv` ([`catalog`]): gauges and
//! counters named `compat_*` in base units, one series per label set, all
//! under a series budget ([`budget`]). What they say is [`families`]: the
//! latest check of each component, re-judged on the day of the scrape, so
//! a waiver that expired since the last check makes its component breaking
//! at once.
//!
//! `compat metrics` (the node_exporter textfile collector) and the
//! `/metrics` route of `compat serve` call [`scrape`]. This crate reads the
//! store through compat-store's read API only and never writes it.

pub mod budget;
pub mod catalog;
pub mod date;
pub mod expo;
pub mod families;

pub use budget::DEFAULT_MAX_SERIES;
pub use expo::Format;
pub use families::ImpactCount;

use compat_store::{Current, Store, StoreError};

/// How to compute and write an exposition.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Options {
    /// The format.
    pub format: Format,
    /// The day waivers and deprecations are judged on, in days since
    /// 1970-01-01 (UTC); see [`today`].
    pub today: i64,
    /// The most series to write ([`budget`]).
    pub max_series: usize,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            format: Format::Text,
            today: today(),
            max_series: DEFAULT_MAX_SERIES,
        }
    }
}

/// Today (UTC) in days since 1970-01-01, from the system clock.
pub fn today() -> i64 {
    i64::try_from(compat_report::time::now_secs() / 86_400).unwrap_or(i64::MAX)
}

/// An exposition: its text, and what the budget left out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Exposition {
    /// The text to serve or write.
    pub text: String,
    /// Its format's `Content-Type`.
    pub content_type: &'static str,
    /// Series written.
    pub series: usize,
    /// The families the budget left out, with their series counts.
    pub dropped: Vec<(&'static str, usize)>,
}

/// Why there are no metrics.
#[derive(Debug, thiserror::Error)]
pub enum MetricsError {
    /// The store could not be read.
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// Reads the store's current state and renders it.
pub fn scrape(store: &mut Store, options: &Options) -> Result<Exposition, MetricsError> {
    scrape_with(store, options, &[])
}

/// [`scrape`], with the impact counts of an index (`compat serve --index`).
pub fn scrape_with(
    store: &mut Store,
    options: &Options,
    impact: &[ImpactCount],
) -> Result<Exposition, MetricsError> {
    let now = store.current()?;
    Ok(render_with(&now, options, impact))
}

/// Renders the metrics of `now`.
pub fn render(now: &Current, options: &Options) -> Exposition {
    render_with(now, options, &[])
}

/// [`render`], with the impact counts of an index.
pub fn render_with(now: &Current, options: &Options, impact: &[ImpactCount]) -> Exposition {
    let mut build = catalog::family("compat_build_info");
    build.samples.push(expo::Sample::new(
        vec![("version", env!("CARGO_PKG_VERSION").to_owned())],
        1.0,
    ));
    let mut all = vec![build];
    all.extend(families::families(now, options.today, impact));
    let (kept, dropped) = budget::apply(all, options.max_series);
    Exposition {
        text: expo::render(&kept, options.format),
        content_type: options.format.content_type(),
        series: kept.iter().map(|f| f.samples.len()).sum(),
        dropped,
    }
}
