//! `compat openapi diff OLD NEW`: the arguments read (each side a file or a
//! `REV:PATH` read through git), `compat_openapi::diff_files` run, the report
//! rendered.

use std::collections::BTreeMap;
use std::path::PathBuf;

use compat_check::git::RevPath;
use compat_check::GitSource;
use compat_openapi::date::Day;
use compat_openapi::{DiffOptions, FsSource, Input, Options, Source};
use compat_report::Format;

use crate::cli::OpenapiDiffArgs;
use crate::output;

/// A side given as `REV:PATH` ([`RevPath`]: PATH from the repository's root, `./PATH` from the
/// working directory, as git reads it): the revision's files, and the file from the root; or the
/// line saying why it cannot be read.
fn git_side(arg: &str) -> Option<Result<(GitSource, PathBuf), String>> {
    let cwd = std::env::current_dir().ok()?;
    Some(
        RevPath::parse(arg, &cwd)?
            .map(|at| (GitSource::new(at.repo, &at.rev), PathBuf::from(at.path))),
    )
}

/// `--window LEVEL=DAYS` values.
fn windows(values: &[String]) -> anyhow::Result<BTreeMap<String, u32>> {
    let mut out = BTreeMap::new();
    for v in values {
        let parsed = v
            .split_once('=')
            .and_then(|(l, d)| Some((l.trim().to_ascii_lowercase(), d.trim().parse().ok()?)))
            .filter(|(l, _)| !l.is_empty());
        let Some((level, days)) = parsed else {
            anyhow::bail!("--window {v:?}: expected LEVEL=DAYS (stable=180)");
        };
        out.insert(level, days);
    }
    Ok(out)
}

/// The day judged: `--now`, else `COMPAT_NOW`, else today (UTC).
fn now(flag: Option<&str>) -> anyhow::Result<Day> {
    let env = std::env::var("COMPAT_NOW").ok().filter(|v| !v.is_empty());
    let (what, text) = match (flag, env.as_deref()) {
        (Some(t), _) => ("--now", t),
        (None, Some(t)) => ("COMPAT_NOW", t),
        (None, None) => return Ok(Day::today()),
    };
    let day = (text.len() == 10).then(|| Day::parse(text)).flatten();
    day.ok_or_else(|| anyhow::anyhow!("{what} {text:?}: not a date (YYYY-MM-DD)"))
}

/// `compat openapi diff`.
pub fn diff(args: &OpenapiDiffArgs) -> anyhow::Result<u8> {
    let opts = DiffOptions {
        deprecation: Options {
            now: now(args.now.as_deref())?,
            windows: windows(&args.windows)?,
            default_window: args.default_window.unwrap_or(0),
        },
        changelog: args.changelog,
        max_work: args.max_work,
    };
    let fs = FsSource;
    let (old_git, new_git) = (git_side(&args.old), git_side(&args.new));
    // A REV:PATH whose PATH leaves the repository: one line naming it, exit 2.
    let refused: Vec<(&str, &String)> = [(&args.old, &old_git), (&args.new, &new_git)]
        .into_iter()
        .filter_map(|(arg, side)| match side {
            Some(Err(line)) => Some((arg.as_str(), line)),
            _ => None,
        })
        .collect();
    if !refused.is_empty() {
        let mut report =
            compat_report::Report::new("openapi diff", vec![args.old.clone(), args.new.clone()]);
        for (arg, line) in refused {
            report.error(arg.to_owned(), line.clone());
        }
        return output::emit_report(&args.out, &mut report, Format::Text);
    }
    let old_git = old_git.and_then(Result::ok);
    let new_git = new_git.and_then(Result::ok);
    let side = |arg: &str, git: &Option<(GitSource, PathBuf)>| -> (PathBuf, bool) {
        match git {
            Some((_, p)) => (p.clone(), true),
            None => (PathBuf::from(arg), false),
        }
    };
    let (old_path, _) = side(&args.old, &old_git);
    let (new_path, _) = side(&args.new, &new_git);
    let old = Input {
        source: old_git.as_ref().map_or(&fs as &dyn Source, |(g, _)| g),
        path: old_path,
    };
    let new = Input {
        source: new_git.as_ref().map_or(&fs as &dyn Source, |(g, _)| g),
        path: new_path,
    };
    // The process ends after this report: its structures are not freed.
    let mut report = compat_openapi::diff_files_then_exit(&old, &new, &opts);
    // The changelog is the info findings: show them in text too.
    let mut out = args.out.clone();
    if args.changelog && out.show.is_none() {
        out.show = Some(crate::cli::ShowArg::Info);
    }
    output::emit_report(&out, &mut report, Format::Text)
}
