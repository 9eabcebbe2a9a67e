//! `compat schema diff`: the modes of schema registries over one new schema
//! and one or more old ones, as a report.

use compat_report::Report;

use crate::change::Comparer;
use crate::doc::SchemaDoc;
use crate::{Direction, Options};

/// A compatibility mode, as schema registries define them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Every document valid under the old schema is valid under the new.
    Backward,
    /// Every document valid under the new schema is valid under the old.
    Forward,
    /// Both.
    Full,
    /// Backward, against every old schema given.
    BackwardTransitive,
    /// Forward, against every old schema given.
    ForwardTransitive,
    /// Full, against every old schema given.
    FullTransitive,
}

impl Mode {
    /// The directions checked.
    pub fn directions(self) -> &'static [Direction] {
        match self {
            Mode::Backward | Mode::BackwardTransitive => &[Direction::Backward],
            Mode::Forward | Mode::ForwardTransitive => &[Direction::Forward],
            Mode::Full | Mode::FullTransitive => &[Direction::Backward, Direction::Forward],
        }
    }

    /// Whether every old schema is checked (else only the first, the latest).
    pub fn transitive(self) -> bool {
        matches!(
            self,
            Mode::BackwardTransitive | Mode::ForwardTransitive | Mode::FullTransitive
        )
    }

    /// The mode's name (`backward-transitive`).
    pub fn as_str(self) -> &'static str {
        match self {
            Mode::Backward => "backward",
            Mode::Forward => "forward",
            Mode::Full => "full",
            Mode::BackwardTransitive => "backward-transitive",
            Mode::ForwardTransitive => "forward-transitive",
            Mode::FullTransitive => "full-transitive",
        }
    }
}

/// One schema given to [`diff`]: its document and what the report calls it.
pub struct DiffInput<'a> {
    /// The loaded document.
    pub doc: &'a SchemaDoc,
    /// Its name in findings (the path as given).
    pub name: &'a str,
}

/// Compares `new` with the old schemas in `mode` (the latest old schema
/// first; only it unless the mode is transitive) and returns the report's
/// findings, the smallest version bump they call for and notes in
/// `report`.
pub fn diff(
    olds: &[DiffInput<'_>],
    new: &DiffInput<'_>,
    mode: Mode,
    options: &Options,
    report: &mut Report,
) {
    let olds = if mode.transitive() {
        olds
    } else {
        &olds[..olds.len().min(1)]
    };
    for old in olds {
        let mut comparer = Comparer::new(old.doc, new.doc, options);
        for &dir in mode.directions() {
            match comparer.compare("", "", dir) {
                Ok(changes) => {
                    for c in changes {
                        report.findings.push(c.to_finding(old.name, new.name));
                    }
                }
                Err(e) => report.error(e.file().to_owned(), e.to_string()),
            }
        }
    }
    report.verdict = Some(compat_report::rules::bump_for(&report.findings));
    report.notes.push(format!(
        "mode {}, policy {}{}",
        mode.as_str(),
        options.policy.as_str(),
        if olds.len() > 1 {
            format!(", against {} old schemas", olds.len())
        } else {
            String::new()
        }
    ));
}
