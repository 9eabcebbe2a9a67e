//! `compat metrics`: the Prometheus exposition of the history store
//! (`compat_metrics::scrape`) on standard output or, with `-o FILE`, written
//! atomically for node_exporter's textfile collector.

use compat_config::Date;
use compat_metrics::{Format, Options};
use compat_store::Store;

use crate::cli::{MetricsArgs, OutputArgs, OutputTarget};
use crate::commands::history;
use crate::output;

/// The day to judge on: `--now`, else `COMPAT_NOW`, else today (UTC), in
/// days since 1970-01-01.
pub fn today(flag: Option<&str>) -> anyhow::Result<i64> {
    let env = std::env::var("COMPAT_NOW").ok().filter(|v| !v.is_empty());
    let (text, source) = match (flag, env.as_deref()) {
        (Some(t), _) => (t, "--now"),
        (None, Some(t)) => (t, "COMPAT_NOW"),
        (None, None) => return Ok(compat_metrics::today()),
    };
    Date::parse(text).map_err(|e| anyhow::anyhow!("{source} {text:?}: {e}"))?;
    compat_metrics::date::days(text)
        .ok_or_else(|| anyhow::anyhow!("{source} {text:?}: not a date (YYYY-MM-DD)"))
}

/// `compat metrics`.
pub fn run(args: &MetricsArgs) -> anyhow::Result<u8> {
    let options = Options {
        format: if args.openmetrics {
            Format::OpenMetrics
        } else {
            Format::Text
        },
        today: today(args.now.as_deref())?,
        max_series: args.max_series,
    };
    let location = history::location(&args.store)?;
    let mut store = Store::open_read_only(&location)?;
    let expo = compat_metrics::scrape(&mut store, &options)?;
    for (name, n) in &expo.dropped {
        output::note_line(&format!(
            "the series budget ({}) is exceeded: {name} left out ({n} series); raise --max-series",
            options.max_series
        ));
    }
    let out = OutputArgs {
        outputs: args
            .output
            .iter()
            .map(|p| OutputTarget::File(p.clone()))
            .collect(),
        ..OutputArgs::default()
    };
    output::emit(&out, &expo.text)?;
    Ok(0)
}
