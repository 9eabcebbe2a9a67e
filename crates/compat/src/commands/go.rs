//! `compat go buildtags | targets | cgo | exports | upgrade`: arguments to `compat_go`'s
//! options, the report rendered, the `--diff` patch written.

use std::path::{Path, PathBuf};

use compat_go::buildtags::{BuildtagsOptions, Mode};
use compat_go::cgo::CgoOptions;
use compat_go::exports::ExportsOptions;
use compat_go::facts::Release;
use compat_go::targets::TargetsOptions;
use compat_report::{Format, InputError, Report};

use crate::cli::OutputArgs;
use crate::output;

/// The release named by `--go 1.N`, or the newest known.
fn release_for(go: Option<&str>) -> Result<&'static Release, compat_go::Error> {
    go.map_or(
        Ok(compat_go::facts::latest()),
        compat_go::facts::release_named,
    )
}

/// The report of `command` when `--go` names no release compat knows.
fn bad_release(command: &str, paths: &[PathBuf], e: compat_go::Error) -> Report {
    let inputs = paths.iter().map(|p| p.display().to_string()).collect();
    let mut report = Report::new(command, inputs);
    report.error("--go", format!("--go {e}"));
    report
}

/// `go buildtags`: lints each file; with `--fix` first rewrites its
/// constraint lines (see `compat_go::fix`), with `--diff` prints the
/// rewrite as a unified diff instead. Exit status: 2 when a file could not
/// be read or written or needs a rewrite `--fix` does not make (the file is
/// left alone and still linted); otherwise with `--fix` the lint's (1 when
/// breaking findings remain, else 0); with `--diff` 1 when some file would
/// change, else 0.
pub fn buildtags(
    paths: &[PathBuf],
    go: Option<&str>,
    mode: Mode,
    out: &OutputArgs,
) -> anyhow::Result<u8> {
    let release = match release_for(go) {
        Ok(r) => r,
        Err(e) => {
            let mut report = bad_release("go buildtags", paths, e);
            return output::emit_report(out, &mut report, Format::Text);
        }
    };
    let outcome = compat_go::buildtags::check(paths, &BuildtagsOptions { release, mode });
    let mut report = outcome.report;
    if mode != Mode::Diff {
        return output::emit_report(out, &mut report, Format::Text);
    }
    for n in &report.notes {
        output::note_line(n);
    }
    for e in &report.errors {
        output::error_line(&format!("{}: {}", e.file, e.message));
    }
    let patch = outcome.patch;
    // `-o P` always reflects this run: an empty patch empties P. A run
    // that failed on some file leaves P alone.
    if report.errors.is_empty() && (!patch.is_empty() || out.file().is_some()) {
        output::emit_with(out, |w| w.write_all(&patch))?;
    }
    Ok(if !report.errors.is_empty() {
        2
    } else if patch.is_empty() {
        0
    } else {
        1
    })
}

/// `go targets`: the files `go list` reports per package and target, and
/// the packages a target leaves without files.
#[allow(clippy::too_many_arguments)]
pub fn targets(
    paths: &[PathBuf],
    targets: &[String],
    all_targets: bool,
    tags: &[String],
    go: Option<&str>,
    cgo: Option<bool>,
    compiler: &str,
    out: &OutputArgs,
) -> anyhow::Result<u8> {
    let release = match release_for(go) {
        Ok(r) => r,
        Err(e) => {
            let mut report = bad_release("go targets", paths, e);
            return output::emit_report(out, &mut report, Format::Text);
        }
    };
    let (targets, bad) = compat_go::targets::select_targets(release, targets, all_targets);
    let opts = TargetsOptions {
        release,
        targets,
        tags: tags.to_vec(),
        cgo,
        compiler: compiler.to_owned(),
    };
    let mut report = compat_go::targets::check(paths, &opts);
    // The arguments' errors first, as they were met first.
    let bad = bad.into_iter().map(|e| InputError {
        file: "--target".into(),
        message: e.to_string(),
    });
    report.errors.splice(0..0, bad);
    output::emit_report(out, &mut report, Format::Text)
}

/// `go exports`: `//export` declarations against a c-shared library.
pub fn exports(
    path: &Path,
    lib: &Path,
    baseline: Option<&Path>,
    out: &OutputArgs,
) -> anyhow::Result<u8> {
    let opts = ExportsOptions {
        library: lib.to_path_buf(),
        baseline: baseline.map(Path::to_path_buf),
    };
    let mut report = compat_go::exports::check(path, &opts);
    output::emit_report(out, &mut report, Format::Text)
}

/// `go upgrade`: what moving each module's go line to `to` changes. The
/// module cache (`GOMODCACHE`, else `GOPATH/pkg/mod`, else `~/go/pkg/mod`)
/// is read for dependencies' go lines, never written.
pub fn upgrade(
    paths: &[PathBuf],
    to: &str,
    from: Option<&str>,
    out: &OutputArgs,
) -> anyhow::Result<u8> {
    let parse = |flag: &str, v: &str| {
        compat_go::upgrade::parse_version(v).map_err(|e| format!("{flag} {e}"))
    };
    let parsed =
        parse("--to", to).and_then(|to| Ok((to, from.map(|f| parse("--from", f)).transpose()?)));
    let (to, from) = match parsed {
        Ok(v) => v,
        Err(message) => {
            let inputs = paths.iter().map(|p| p.display().to_string()).collect();
            let mut report = Report::new("go upgrade", inputs);
            let flag = message.split(' ').next().unwrap_or("--to").to_owned();
            report.error(flag, message);
            return output::emit_report(out, &mut report, Format::Text);
        }
    };
    let opts = compat_go::upgrade::UpgradeOptions {
        to,
        from,
        module_cache: module_cache(),
    };
    let mut report = compat_go::upgrade::check(paths, &opts);
    output::emit_report(out, &mut report, Format::Text)
}

/// Where the go command keeps its module cache, from the environment.
fn module_cache() -> Option<PathBuf> {
    let env = |k: &str| {
        std::env::var_os(k)
            .filter(|v| !v.is_empty())
            .map(PathBuf::from)
    };
    env("GOMODCACHE")
        .or_else(|| {
            env("GOPATH").and_then(|g| std::env::split_paths(&g).next().map(|p| p.join("pkg/mod")))
        })
        .or_else(|| env("HOME").map(|h| h.join("go/pkg/mod")))
}

/// `go cgo`: cgo's memory rules in the sources under `paths`. Exit status:
/// 2 when a file could not be read or parsed, 1 when a finding is breaking,
/// else 0.
pub fn cgo(paths: &[PathBuf], takes_ownership: &[String], out: &OutputArgs) -> anyhow::Result<u8> {
    let opts = CgoOptions {
        takes_ownership: takes_ownership.to_vec(),
    };
    let mut report = compat_go::cgo::check(paths, &opts);
    output::emit_report(out, &mut report, Format::Text)
}
