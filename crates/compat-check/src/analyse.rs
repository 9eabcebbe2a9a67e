//! Step 2 of the pipeline: each component analysed by the engine for its
//! kind. An elf-library is compared with its baseline (`compat_abi::compare`:
//! symbols, and types where both sides have them); an elf-program is loaded
//! as ld.so would load it (`compat_ld`). Kinds compat cannot analyse yet are
//! reported as declared.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use compat_abi::{compare, CompareOptions};
use compat_config::{Component, ComponentKind};
use compat_elf::{load_abi, ReadOptions};
use compat_ld::{Checker, LoaderConfig};
use compat_report::{Finding, InputError, Verdict};

use crate::baseline::{resolve, Resolved};
use crate::git::Repo;
use crate::BaselineKind;

/// What the engines said about one component.
#[derive(Debug, Default)]
pub struct Analysis {
    /// The findings.
    pub findings: Vec<Finding>,
    /// Inputs that could not be processed.
    pub errors: Vec<InputError>,
    /// Notes for the report.
    pub notes: Vec<String>,
    /// Whether an engine ran (false for declared kinds).
    pub analysed: bool,
    /// The engine's verdict (library diffs).
    pub verdict: Option<Verdict>,
    /// The baseline compared with.
    pub baseline: Option<Resolved>,
    /// Old and new SONAME (library diffs).
    pub sonames: Option<(Option<String>, Option<String>)>,
    /// Names of the symbols the candidate exports (library diffs).
    pub exported: BTreeSet<String>,
    /// The artifact, as the report names it.
    pub artifact: Option<String>,
}

/// Paths the engines need, resolved against the project file's directory.
pub struct Paths<'a> {
    /// The project file's directory.
    pub dir: &'a Path,
    /// The repository, when there is one.
    pub repo: Option<&'a Repo>,
    /// Which baseline `--baseline` chose.
    pub baseline: BaselineKind,
    /// Called between reading the two sides of a diff.
    pub between_sides: Option<&'a dyn Fn()>,
}

/// Runs the engine for `c`.
pub fn analyse(c: &Component, p: &Paths<'_>) -> Analysis {
    match c.kind {
        ComponentKind::ElfLibrary => library(c, p),
        ComponentKind::ElfProgram => program(c, p),
        _ => Analysis {
            notes: vec![format!(
                "{}: kind {} is declared; compat does not analyse it in compat check yet",
                c.name,
                c.kind.as_str()
            )],
            ..Analysis::default()
        },
    }
}

/// The baseline spec `--baseline` selects, or an error naming what is missing.
fn baseline_spec(c: &Component, kind: BaselineKind) -> Result<&str, String> {
    let (chosen, key) = match kind {
        BaselineKind::Main => (c.baseline_main.as_deref(), "baseline.main"),
        BaselineKind::Release => (c.baseline_release.as_deref(), "baseline.release"),
    };
    chosen.ok_or_else(|| {
        format!(
            "component {} has no {key}; add it to compat.toml (compat baseline update {} writes baseline.main)",
            c.name, c.name
        )
    })
}

fn library(c: &Component, p: &Paths<'_>) -> Analysis {
    let mut a = Analysis {
        analysed: true,
        ..Analysis::default()
    };
    let artifact_spec = c.artifact.as_deref().unwrap_or_default();
    let artifact = p.dir.join(artifact_spec);
    a.artifact = Some(artifact_spec.to_owned());
    let baseline = match baseline_spec(c, p.baseline).and_then(|s| resolve(s, p.dir, p.repo)) {
        Ok(b) => b,
        Err(e) => {
            a.errors.push(InputError {
                file: c.name.clone(),
                message: e,
            });
            return a;
        }
    };
    let headers: Option<PathBuf> = c.public_headers.as_deref().map(|h| p.dir.join(h));
    let debug: Option<PathBuf> = c.debug_dir.as_deref().map(|d| p.dir.join(d));
    let report = compare(
        &baseline.path,
        &artifact,
        &CompareOptions {
            debug_dir: debug.as_deref(),
            old_headers: headers.as_deref(),
            new_headers: headers.as_deref(),
            old_name: Some(&baseline.shown),
            new_name: Some(artifact_spec),
            between_sides: p.between_sides,
            ..CompareOptions::default()
        },
    );
    a.verdict = report.verdict;
    a.findings = report.findings;
    a.errors = report.errors;
    a.notes = report.notes;
    if a.errors.is_empty() {
        let old = load_abi(&baseline.path, ReadOptions::default()).ok();
        let new = load_abi(&artifact, ReadOptions::default()).ok();
        a.sonames = Some((
            old.as_ref().and_then(|x| x.soname.clone()),
            new.as_ref().and_then(|x| x.soname.clone()),
        ));
        if let Some(new) = &new {
            a.exported = new.symbols.iter().map(|s| s.name.to_string()).collect();
        }
    }
    a.baseline = Some(baseline);
    a
}

fn program(c: &Component, p: &Paths<'_>) -> Analysis {
    let mut a = Analysis {
        analysed: true,
        ..Analysis::default()
    };
    let artifact_spec = c.artifact.as_deref().unwrap_or_default();
    let artifact = p.dir.join(artifact_spec);
    a.artifact = Some(artifact_spec.to_owned());
    let checker = match Checker::new(LoaderConfig {
        library_path: c.library_path.iter().map(|d| p.dir.join(d)).collect(),
        ..LoaderConfig::default()
    }) {
        Ok(checker) => checker,
        Err(e) => {
            a.errors.push(InputError {
                file: c.name.clone(),
                message: e.to_string(),
            });
            return a;
        }
    };
    a.notes.extend(checker.notes().iter().cloned());
    let scan = checker.check_scan(&[(artifact, artifact_spec.to_owned())]);
    for outcome in scan.outcomes {
        if let Some(e) = outcome.error {
            a.errors.push(InputError {
                file: artifact_spec.to_owned(),
                message: e.to_string(),
            });
        } else if let Some(why) = outcome.skipped {
            a.notes
                .push(format!("{artifact_spec}: {why}; nothing to bind"));
        } else {
            a.findings.extend(outcome.findings);
        }
    }
    a
}
