//! `compat go buildtags | targets | cgo | exports`: arguments to `compat_go`'s
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
