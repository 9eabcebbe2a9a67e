//! `compat check --record` and `compat history import|prune|runs`: where the
//! store is (`--store`, `COMPAT_STORE`, `[project] history`, the default
//! beside compat.toml) and what is printed; the store itself is
//! `compat_store`.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use anyhow::Context;
use compat_report::render::count;
use compat_report::{escape, Format, Report};
use compat_store::{Location, Recorded, RunFilter, Store};

use crate::cli::{OutputArgs, StoreArgs};
use crate::output;

/// Prints one line on standard output.
#[allow(clippy::print_stdout)]
fn say(line: &str) {
    println!("{}", escape::text(line));
}

/// `COMPAT_STORE`, when set and not empty.
fn env_store() -> Option<String> {
    std::env::var("COMPAT_STORE")
        .ok()
        .filter(|v| !v.trim().is_empty())
}

/// Records `report` of `compat check --record`; prints where on standard error.
pub fn record(
    report: &Report,
    flag: Option<&str>,
    configured: Option<&str>,
    config_dir: &Path,
) -> anyhow::Result<Recorded> {
    let cwd = std::env::current_dir()?;
    let location = Location::choose(
        flag,
        env_store().as_deref(),
        &cwd,
        configured,
        Some(config_dir),
    )?
    .context("no history store")?;
    let mut store = Store::open(&location)?;
    let recorded = store.record(report)?;
    output::note_line(&match recorded {
        Recorded::Added { run } => format!("recorded run {run} in {location}"),
        Recorded::Duplicate { run } => format!("already recorded as run {run} in {location}"),
    });
    Ok(recorded)
}

/// The store of a `compat history` command (and of the dashboard).
pub(crate) fn location(args: &StoreArgs) -> anyhow::Result<Location> {
    let cwd = std::env::current_dir()?;
    let env = env_store();
    // compat.toml is read only when neither --store nor COMPAT_STORE says.
    let (configured, dir): (Option<String>, Option<PathBuf>) =
        if args.store.is_some() || env.is_some() {
            (None, None)
        } else {
            let path = match &args.config {
                Some(p) => Some(p.clone()),
                None => compat_config::discover(&cwd),
            };
            match path {
                Some(p) => {
                    let config = compat_config::load(&p).map_err(|e| {
                        anyhow::anyhow!("{}", e.to_string().lines().next().unwrap_or_default())
                    })?;
                    (config.project.history.clone(), Some(config.dir.clone()))
                }
                None => (None, None),
            }
        };
    Location::choose(
        args.store.as_deref(),
        env.as_deref(),
        &cwd,
        configured.as_deref(),
        dir.as_deref(),
    )?
    .context("no history store: give --store, set COMPAT_STORE, or run where a compat.toml is")
}

/// `compat history import REPORT.json...`: each report recorded (or found
/// recorded); a report that cannot be read or recorded is an error line,
/// and the others are still imported (exit status 2 at the end).
pub fn import(reports: &[PathBuf], args: &StoreArgs) -> anyhow::Result<u8> {
    let location = location(args)?;
    let mut store = Store::open(&location)?;
    let mut failed = false;
    for path in reports {
        let shown = path.display();
        let report = compat_fs::read(path, compat_fs::Limit::Report)
            .map_err(|e| e.to_string())
            .and_then(|bytes| {
                serde_json::from_slice::<Report>(&bytes)
                    .map_err(|e| format!("{shown}: not a compat report: {e}"))
            });
        let outcome = report.and_then(|r| store.record(&r).map_err(|e| format!("{shown}: {e}")));
        match outcome {
            Ok(Recorded::Added { run }) => say(&format!("{shown}: recorded as run {run}")),
            Ok(Recorded::Duplicate { run }) => {
                say(&format!("{shown}: already recorded as run {run}"))
            }
            Err(e) => {
                output::error_line(&e);
                failed = true;
            }
        }
    }
    Ok(if failed { 2 } else { 0 })
}

/// `compat history prune --keep-days N`.
pub fn prune(keep_days: u32, args: &StoreArgs) -> anyhow::Result<u8> {
    let location = location(args)?;
    let mut store = Store::open_existing(&location)?;
    let now = compat_report::time::now_secs();
    let cutoff = compat_report::time::rfc3339(now.saturating_sub(u64::from(keep_days) * 86_400));
    let n = store.prune_before(&cutoff)?;
    say(&format!(
        "pruned {} started before {cutoff} from {location}",
        count(n as usize, "run", "runs")
    ));
    Ok(0)
}

/// `compat history runs`: a table, or JSON (`{"runs": [...]}`).
pub fn runs(
    project: Option<&str>,
    limit: u32,
    args: &StoreArgs,
    out: &OutputArgs,
) -> anyhow::Result<u8> {
    let fmt = output::format(out, Format::Text);
    if !matches!(fmt, Format::Text | Format::Json) {
        output::error_line("`compat history runs` writes text or json");
        return Ok(2);
    }
    let location = location(args)?;
    let mut store = Store::open_existing(&location)?;
    let runs = store.runs(&RunFilter {
        project: project.map(str::to_owned),
        limit: Some(limit),
    })?;
    let text = if fmt == Format::Json {
        let mut s = serde_json::to_string_pretty(&serde_json::json!({ "runs": runs }))?;
        s.push('\n');
        s
    } else {
        let mut s = String::new();
        let _ = writeln!(
            s,
            "{:>5}  {:<20}  {:<16}  {:<10}  {:<12}  {:>4}  {:>8}  {:>7}  {:>6}  {:>10}",
            "RUN",
            "STARTED",
            "PROJECT",
            "COMMIT",
            "REF",
            "EXIT",
            "BREAKING",
            "WARNING",
            "WAIVED",
            "COMPONENTS"
        );
        for r in &runs {
            let commit: String = r
                .git_commit
                .as_deref()
                .unwrap_or("-")
                .chars()
                .take(10)
                .collect();
            let _ = writeln!(
                s,
                "{:>5}  {:<20}  {:<16}  {:<10}  {:<12}  {:>4}  {:>8}  {:>7}  {:>6}  {:>10}",
                r.id,
                r.started_at,
                escape::text(&r.project),
                escape::text(&commit),
                escape::text(r.git_ref.as_deref().unwrap_or("-")),
                r.exit_code,
                r.summary.breaking,
                r.summary.warning,
                r.summary.waived,
                r.components
            );
        }
        if runs.is_empty() {
            s.push_str("no runs recorded\n");
        }
        s
    };
    output::emit(out, &text)?;
    Ok(0)
}
