//! Step 2 for the contract kinds (json-schema components are in `json_schema.rs`): an `openapi`
//! component's description against its baseline (`compat_openapi::diff_files`, a `git:` baseline
//! read file by file from the revision, `$ref`s included), and a `cli` component's committed surface
//! (its `artifact`, else its cli promise's `surface`) against its baseline
//! (`compat_cli_surface::diff` under `[policy.deprecation] min_duration`). Each needs the candidate
//! file and a baseline: a committed file, `git:REF:PATH`, or `git:REF` (the candidate's own path at
//! REF).

use std::path::{Path, PathBuf};

use compat_config::{Component, Date, Duration, DurationUnit};
use compat_report::{InputError, Report};

use crate::analyse::{baseline_spec, Analysis, Paths};
use crate::baseline::{relative_to, resolve, Resolved};
use crate::git_source::GitSource;

/// What the contract kinds take from the project file besides the component.
#[derive(Debug, Clone, Copy, Default)]
pub struct ContractPolicy<'a> {
    /// The day deprecation windows are judged on (today when absent).
    pub now: Option<Date>,
    /// `mode` of the component's json-schema promise (`backward` when none).
    pub schema_mode: Option<&'a str>,
    /// `policy` of the component's json-schema promise (`strict` when none).
    pub schema_policy: Option<&'a str>,
    /// The tag glob of the component's semver promise (`v*`): the earlier releases a transitive mode
    /// also compares with.
    pub release_tags: Option<&'a str>,
    /// `[policy.deprecation] min_duration`: how long a deprecated flag, command or operation must stay.
    pub window: Option<Duration>,
    /// `schemas` of the component's json-schema promise: the files of a json-schema component
    /// without an `artifact`.
    pub schemas: &'a [String],
    /// `surface` of the component's cli promise: the surface file of a cli component without an
    /// `artifact`.
    pub surface: Option<&'a str>,
}

/// The candidate file and the resolved baseline, or the analysis with the error that stopped it.
pub(crate) fn sides(
    c: &Component,
    p: &Paths<'_>,
    a: &mut Analysis,
) -> Option<(PathBuf, String, Resolved)> {
    let error = |a: &mut Analysis, message: String| {
        a.errors.push(InputError {
            file: c.name.clone(),
            message,
        })
    };
    let from_promise = match c.kind {
        compat_config::ComponentKind::Cli => p.contract.surface,
        _ => None,
    };
    let Some(spec) = c.artifact.as_deref().or(from_promise) else {
        error(
            a,
            format!(
                "component {} (kind {}) has no artifact: name the {} in compat.toml",
                c.name,
                c.kind.as_str(),
                what(c)
            ),
        );
        return None;
    };
    a.artifact = Some(spec.to_owned());
    let artifact = p.dir.join(spec);
    if !artifact.exists() {
        error(a, format!("{spec}: the artifact does not exist"));
        return None;
    }
    // `git:REF`: the candidate's own path at REF.
    let whole = |s: &str| match s.strip_prefix("git:") {
        Some(rev) if !rev.is_empty() && !rev.contains(':') => format!("git:{rev}:{spec}"),
        _ => s.to_owned(),
    };
    match baseline_spec(c, p.baseline).and_then(|s| resolve(&whole(s), p.dir, p.repo)) {
        Ok(b) => Some((artifact, spec.to_owned(), b)),
        Err(e) => {
            error(a, e);
            None
        }
    }
}

fn what(c: &Component) -> &'static str {
    match c.kind {
        compat_config::ComponentKind::JsonSchema => {
            "JSON Schema file as artifact, or give its json-schema promise schemas globs,"
        }
        compat_config::ComponentKind::OpenApi => "OpenAPI description",
        _ => "CLI surface (compat cli surface writes it) as artifact, or give its cli promise a surface,",
    }
}

/// The report's findings, errors and notes moved into the analysis (notes named after the component),
/// with the highest bump as verdict.
pub(crate) fn take(c: &Component, a: &mut Analysis, report: Report) {
    a.verdict = Some(compat_report::rules::bump_for(&report.findings));
    a.findings.extend(report.findings);
    a.errors.extend(report.errors);
    a.notes
        .extend(report.notes.into_iter().map(|n| format!("{}: {n}", c.name)));
}

/// Days from `now` until `now` + `window`.
fn window_days(now: Date, window: Duration) -> u32 {
    now.add_duration(window).map_or(u32::MAX, |end| {
        u32::try_from(now.days_until(end)).unwrap_or(u32::MAX)
    })
}

/// An `openapi` component.
pub(crate) fn openapi(c: &Component, p: &Paths<'_>) -> Analysis {
    use compat_openapi::date::Day;
    use compat_openapi::{DiffOptions, FsSource, Input, Options, Source};
    let mut a = Analysis {
        analysed: true,
        ..Analysis::default()
    };
    let Some((artifact, _spec, baseline)) = sides(c, p, &mut a) else {
        return a;
    };
    // Named as the user sees it (relative to the working directory when under it).
    let artifact = compat_config::display_path(&artifact);
    let now = p.contract.now.unwrap_or_else(Date::today_utc);
    let Some(day) = Day::parse(&now.to_string()) else {
        a.errors.push(InputError {
            file: c.name.clone(),
            message: format!("{now}: not a date the OpenAPI checker reads"),
        });
        return a;
    };
    let opts = DiffOptions {
        deprecation: Options {
            now: day,
            windows: Default::default(),
            default_window: p.contract.window.map_or(0, |w| window_days(now, w)),
        },
        changelog: false,
        max_work: compat_openapi::engine::MAX_LANE_WORK,
    };
    // A git baseline is read from its revision file by file, so its `$ref`s resolve there too; its
    // files are named as compat.toml names the baseline (relative to the project file).
    let git = baseline.rev.as_deref().and_then(|rev| {
        let repo = p.repo?;
        let (_, path) = baseline.shown.strip_prefix("git:")?.split_once(':')?;
        let in_repo = relative_to(&p.dir.join(path), &repo.root)?;
        let project_dir = relative_to(p.dir, &repo.root)?;
        Some((
            GitSource::new(repo.clone(), rev).named_as_baselines(&project_dir),
            in_repo,
        ))
    });
    let fs = FsSource;
    let old = match &git {
        Some((source, path)) => Input {
            source: source as &dyn Source,
            path: path.clone(),
        },
        None => Input {
            source: &fs,
            path: baseline.path.clone(),
        },
    };
    let new = Input {
        source: &fs,
        path: artifact,
    };
    let report = compat_openapi::diff_files(&old, &new, &opts);
    take(c, &mut a, report);
    a.baseline = Some(baseline);
    a
}

/// A `cli` component.
pub(crate) fn cli(c: &Component, p: &Paths<'_>) -> Analysis {
    use compat_cli_surface::{read_path_detected, DiffOptions, InputFormat, Window};
    let mut a = Analysis {
        analysed: true,
        ..Analysis::default()
    };
    let Some((artifact, spec, baseline)) = sides(c, p, &mut a) else {
        return a;
    };
    let now = p.contract.now.unwrap_or_else(Date::today_utc);
    let window = match p.contract.window {
        None => Window::default(),
        Some(Duration { amount, unit }) => match unit {
            DurationUnit::Days => Window::Days(amount),
            DurationUnit::Weeks => Window::Days(amount.saturating_mul(7)),
            DurationUnit::Months => Window::Months(amount),
            DurationUnit::Years => Window::Months(amount.saturating_mul(12)),
        },
    };
    let mut report = Report::new("cli diff", vec![baseline.shown.clone(), spec.clone()]);
    let read = |path: &Path, name: &str, report: &mut Report| match read_path_detected(
        path,
        InputFormat::Auto,
    ) {
        Ok(read) => Some(read),
        Err(e) => {
            report.error(name.to_owned(), format!("{name}: {e}"));
            None
        }
    };
    let old = read(&baseline.path, &baseline.shown, &mut report);
    let new = read(&artifact, &spec, &mut report);
    let Some(today) = compat_cli_surface::Date::parse(&now.to_string()) else {
        a.errors.push(InputError {
            file: c.name.clone(),
            message: format!("{now}: not a date the CLI-surface checker reads"),
        });
        return a;
    };
    if let (Some((old, old_format)), Some((new, new_format))) = (old, new) {
        report.findings = compat_cli_surface::diff(
            &old,
            &new,
            &DiffOptions {
                window,
                today,
                old_name: baseline.shown.clone(),
                new_name: spec,
                old_format,
                new_format,
            },
        );
    }
    take(c, &mut a, report);
    a.baseline = Some(baseline);
    a
}
