//! compat-openapi: what a new version of an OpenAPI description breaks for
//! the clients of the old one (`compat openapi diff`).
//!
//! Layers, each its own module:
//! - [`source`]: where files come from (the file system, or a git revision
//!   the binary reads); [`docs`]: the files of one description loaded whole,
//!   every `$ref` checked; [`parse`]: JSON or YAML text to a value.
//! - [`model`]: one model for Swagger 2.0 ([`swagger2`]) and OpenAPI 3.0/3.1
//!   ([`oas3`]), built by [`build`].
//! - [`engine`]: the schemas of both sides handed to the JSON Schema
//!   engine (compat-schema) and compared in the direction of who sends
//!   them; [`diff`]: two models compared, as `openapi-*` findings;
//!   [`date`]: the days deprecations are judged by; [`locate`]: the
//!   file, line and column of each finding's element, found once the
//!   findings are known.
//!
//! Nothing here opens a file (compat-fs does, through [`source::FsSource`])
//! or runs a program, and nothing is ever fetched: a `$ref` to a URL is an
//! error.

pub mod build;
pub mod date;
pub mod diff;
pub mod docs;
pub mod engine;
mod error;
pub mod group;
pub mod locate;
pub mod model;
pub mod oas3;
pub mod parse;
pub mod source;
pub mod swagger2;

use std::path::PathBuf;

use compat_report::render::count;
use compat_report::{Report, Severity};

pub use diff::Options;
pub use error::LoadError;
pub use source::{Bytes, FsSource, Source};

/// One side of a comparison: a description's main file and where to read it.
pub struct Input<'s> {
    /// Where its files come from.
    pub source: &'s dyn Source,
    /// Its main file.
    pub path: PathBuf,
}

/// What `compat openapi diff` reports besides the breaking changes and warnings.
#[derive(Debug, Clone)]
pub struct DiffOptions {
    /// How deprecations are judged.
    pub deprecation: Options,
    /// List the compatible changes too (additions, deprecations, relaxed
    /// schemas): the changelog.
    pub changelog: bool,
    /// The work each sender and direction's schema comparisons may take
    /// ([`engine::MAX_LANE_WORK`] unless a user raises or lowers it); the
    /// schemas left past it are said not compared.
    pub max_work: usize,
}

/// Loads a description and checks that it is one.
pub fn load(input: &Input<'_>) -> Result<docs::Docs, LoadError> {
    let docs = docs::Docs::load(input.source, &input.path)?;
    build::build(&docs)?;
    Ok(docs)
}

/// `compat openapi diff OLD NEW`: the findings of `new` against `old`.
pub fn diff_files(old: &Input<'_>, new: &Input<'_>, opts: &DiffOptions) -> Report {
    diff_files_freeing(old, new, opts, true)
}

/// As [`diff_files`], for a process that exits right after (the binary's
/// `compat openapi diff`): the parsed files, the models, the schema graphs
/// and what the comparers learnt are left to the operating system, not
/// freed one allocation at a time (on GitHub's 12-MB description freeing
/// them took a tenth of the CPU). A caller that goes on uses [`diff_files`].
pub fn diff_files_then_exit(old: &Input<'_>, new: &Input<'_>, opts: &DiffOptions) -> Report {
    diff_files_freeing(old, new, opts, false)
}

fn diff_files_freeing(old: &Input<'_>, new: &Input<'_>, opts: &DiffOptions, free: bool) -> Report {
    let lane_work = opts.max_work;
    let labels = vec![old.source.label(&old.path), new.source.label(&new.path)];
    let mut report = Report::new("openapi diff", labels.clone());
    let (old_docs, new_docs) = std::thread::scope(|s| {
        let o = s.spawn(|| docs::Docs::load(old.source, &old.path));
        let n = docs::Docs::load(new.source, &new.path);
        (
            o.join()
                .unwrap_or_else(|_| Err(LoadError::Read("loading panicked".into()))),
            n,
        )
    });
    let mut fail = |label: &str, e: LoadError| report.error(label.to_owned(), e.to_string());
    let (old_docs, new_docs) = match (old_docs, new_docs) {
        (Ok(o), Ok(n)) => (o, n),
        (o, n) => {
            if let Err(e) = o {
                fail(&labels[0], e);
            }
            if let Err(e) = n {
                fail(&labels[1], e);
            }
            report.finish();
            return report;
        }
    };
    let models = std::thread::scope(|s| {
        let o = s.spawn(|| build::build(&old_docs));
        let n = build::build(&new_docs);
        (o.join().expect("building a model does not panic"), n)
    });
    let (old_spec, new_spec) = match models {
        (Ok(o), Ok(n)) => (o, n),
        (o, n) => {
            if let Err(e) = o {
                fail(&labels[0], e);
            }
            if let Err(e) = n {
                fail(&labels[1], e);
            }
            report.finish();
            return report;
        }
    };
    let (mut findings, anchors) = diff::diff(
        &old_docs,
        &new_docs,
        &old_spec,
        &new_spec,
        &opts.deprecation,
        free,
        lane_work,
    );
    group::group(&mut findings, &anchors);
    // Only the findings the report lists are given a line.
    let listed = |f: &compat_report::Finding| opts.changelog || f.severity != Severity::Info;
    locate::locate(&mut findings, &anchors, listed, &old_docs, &new_docs);
    if !free {
        std::mem::forget((old_spec, new_spec));
        std::mem::forget((old_docs, new_docs));
    }
    findings.sort_by(|a, b| {
        (a.severity, &a.subject.symbol, &a.subject.member, &a.rule).cmp(&(
            b.severity,
            &b.subject.symbol,
            &b.subject.member,
            &b.rule,
        ))
    });
    report.verdict = Some(compat_report::rules::bump_for(&findings));
    if !opts.changelog {
        let before = findings.len();
        findings.retain(|f| f.severity != Severity::Info);
        let hidden = before - findings.len();
        if hidden > 0 {
            report.notes.push(hidden_note(hidden));
        }
    }
    report.findings = findings;
    report.finish();
    report
}

/// `3 compatible changes not listed (--changelog lists them)`.
fn hidden_note(n: usize) -> String {
    format!(
        "{} not listed (--changelog lists {})",
        count(n, "compatible change", "compatible changes"),
        if n == 1 { "it" } else { "them" }
    )
}

#[cfg(test)]
mod tests {
    use super::hidden_note;

    #[test]
    fn the_hidden_changes_are_counted_in_words() {
        assert_eq!(
            hidden_note(1),
            "1 compatible change not listed (--changelog lists it)"
        );
        assert_eq!(
            hidden_note(3),
            "3 compatible changes not listed (--changelog lists them)"
        );
    }
}
