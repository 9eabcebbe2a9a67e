//! Step 2 of the pipeline: each component analysed by the engine for its
//! kind. An elf-library is compared with its baseline (`compat_abi::compare`:
//! symbols, and types where both sides have them), a version it newly needs
//! judged by the version definitions of the library that provides it, found
//! as ld.so would for the artifact (its `library_path`, its `sysroot` or the
//! project's, its RUNPATH), else beside the artifact, else beside a baseline
//! kept as a file ([`providers`]); an elf-program (a file, or a directory of
//! them) is loaded as ld.so would load it (`compat_ld`, with the same
//! `library_path` and `sysroot`);
//! a go-module's build constraints are linted and its packages resolved for
//! each target (`compat_go`), and its cgo exports checked against its
//! c-shared library and that library's baseline. The contract kinds
//! (json-schema, openapi, cli) are compared with their baselines
//! (`contract.rs`). A declared component is reported as declared.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use compat_abi::{compare_full, CompareOptions, Provider};
use compat_config::{Component, ComponentKind};
use compat_elf::ElfAbi;
use compat_ld::{Checker, LoaderConfig};
use compat_report::{Finding, InputError, Verdict};

use crate::baseline::{resolve, Resolved};
use crate::contract::{self, ContractPolicy};
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
    pub exported: BTreeSet<std::sync::Arc<str>>,
    /// What became of the baseline's exported interface (library diffs).
    pub interface: Option<compat_report::check::InterfaceChange>,
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
    /// What the contract kinds (json-schema, openapi, cli) take from the project file.
    pub contract: ContractPolicy<'a>,
    /// The component's `sysroot`, else the project's, as written.
    pub sysroot: Option<&'a str>,
}

/// How ld.so searches for `c`'s libraries: its `library_path` and the
/// `sysroot` of `p`, both relative to the project file.
fn loader_config(c: &Component, p: &Paths<'_>) -> LoaderConfig {
    LoaderConfig {
        library_path: c.library_path.iter().map(|d| p.dir.join(d)).collect(),
        sysroot: p.sysroot.map(|r| p.dir.join(r)),
        ..LoaderConfig::default()
    }
}

/// Runs the engine for `c`.
pub fn analyse(c: &Component, p: &Paths<'_>) -> Analysis {
    match c.kind {
        ComponentKind::ElfLibrary => library(c, p),
        ComponentKind::ElfProgram => program(c, p),
        ComponentKind::GoModule => go_module(c, p),
        ComponentKind::JsonSchema => crate::json_schema::json_schema(c, p),
        ComponentKind::OpenApi => contract::openapi(c, p),
        ComponentKind::Cli => contract::cli(c, p),
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
pub(crate) fn baseline_spec(c: &Component, kind: BaselineKind) -> Result<&str, String> {
    let (chosen, key) = match kind {
        BaselineKind::Main => (c.baseline_main.as_deref(), "baseline.main"),
        BaselineKind::Release => (c.baseline_release.as_deref(), "baseline.release"),
    };
    chosen.ok_or_else(|| {
        let forms = match c.kind {
            ComponentKind::JsonSchema | ComponentKind::OpenApi | ComponentKind::Cli => {
                "git:REF (the same file at a revision), or a path"
            }
            _ => "a path, or git:REF:PATH",
        };
        format!(
            "component {} has no {key}; add it to compat.toml: {forms} (compat baseline update {} writes the file a path names)",
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
    // A sysroot is checked before anything is read, as `abi diff --sysroot`
    // does; the system's own loader configuration only when a provider is
    // looked for.
    let config = loader_config(c, p);
    let early = match p.sysroot {
        Some(root) => match Checker::new(config.clone()) {
            Ok(checker) => Some(checker),
            Err(e) => {
                a.errors.push(InputError {
                    file: c.name.clone(),
                    message: format!("sysroot = {root:?}: {e}"),
                });
                return a;
            }
        },
        None => None,
    };
    // A baseline kept as a file of this machine (an older build beside its
    // own dependencies) is the last place a provider is looked for; one read
    // from git has no directory.
    let also: Vec<PathBuf> = match (&baseline.rev, baseline.path.parent()) {
        (None, Some(d)) => vec![d.to_path_buf()],
        _ => Vec::new(),
    };
    let find = |file: &Path, _: &ElfAbi| -> Vec<Provider> {
        match &early {
            Some(checker) => providers(checker, file, &also),
            // Without the system's loader configuration the table judges.
            None => Checker::new(config.clone())
                .map(|checker| providers(&checker, file, &also))
                .unwrap_or_default(),
        }
    };
    let compared = compare_full(
        &baseline.path,
        &artifact,
        &CompareOptions {
            debug_dir: debug.as_deref(),
            old_headers: headers.as_deref(),
            new_headers: headers.as_deref(),
            old_name: Some(&baseline.shown),
            new_name: Some(artifact_spec),
            between_sides: p.between_sides,
            providers: Some(&find),
            ..CompareOptions::default()
        },
    );
    let report = compared.report;
    a.verdict = report.verdict;
    a.findings = report.findings;
    a.errors = report.errors;
    a.notes = report.notes;
    a.sonames = compared.sonames;
    a.exported = compared.new_symbols;
    a.interface = compared.interface;
    a.baseline = Some(baseline);
    a
}

fn program(c: &Component, p: &Paths<'_>) -> Analysis {
    let artifact_spec = c.artifact.as_deref().unwrap_or_default();
    let run = compat_ld::check(&[p.dir.join(artifact_spec)], loader_config(c, p));
    Analysis {
        analysed: true,
        findings: run.report.findings,
        errors: run.report.errors,
        notes: run.report.notes,
        artifact: Some(artifact_spec.to_owned()),
        ..Analysis::default()
    }
}

/// The libraries ld.so loads for `file` (a component's artifact) for each
/// of its NEEDED names, found by `checker`, else beside
/// `file`, else in the directories of `also`.
fn providers(checker: &Checker, file: &Path, also: &[PathBuf]) -> Vec<Provider> {
    checker
        .providers_of(file, also)
        .into_iter()
        .map(|(needed, path, obj)| Provider::new(&needed, &path, &obj.abi))
        .collect()
}

fn go_module(c: &Component, p: &Paths<'_>) -> Analysis {
    use compat_go::{buildtags, exports, facts, targets};
    let mut a = Analysis {
        analysed: true,
        ..Analysis::default()
    };
    let error = |a: &mut Analysis, message: String| {
        a.errors.push(InputError {
            file: c.name.clone(),
            message,
        })
    };
    let release = match c.go.as_deref() {
        Some(name) => match facts::release_named(name) {
            Ok(r) => r,
            Err(e) => {
                error(&mut a, format!("go = {name:?}: {e}"));
                return a;
            }
        },
        None => facts::latest(),
    };
    let names: Vec<String> = if c.targets.is_empty() {
        vec!["linux/amd64".to_owned()]
    } else {
        c.targets.clone()
    };
    let (wanted, bad) = targets::select_targets(release, &names, false);
    if let Some(e) = bad.first() {
        error(&mut a, format!("targets: {e}"));
        return a;
    }
    // Relative to the working directory when under it: that is how findings
    // name the files.
    let dir = compat_config::display_path(&p.dir.join(c.path.as_deref().unwrap_or(".")));
    let paths = [dir.clone()];
    let take = |a: &mut Analysis, r: compat_report::Report| {
        a.findings.extend(r.findings);
        a.errors.extend(r.errors);
        a.notes.extend(r.notes);
    };
    let lint = buildtags::check(
        &paths,
        &buildtags::BuildtagsOptions {
            release,
            mode: buildtags::Mode::Lint,
        },
    );
    take(&mut a, lint.report);
    let built = targets::check(
        &paths,
        &targets::TargetsOptions {
            release,
            targets: wanted,
            tags: Vec::new(),
            cgo: None,
            compiler: "gc".to_owned(),
        },
    );
    take(&mut a, built);
    if let Some(x) = &c.exports {
        let baseline = match x.baseline.as_deref().map(|b| resolve(b, p.dir, p.repo)) {
            Some(Ok(b)) => Some(b),
            Some(Err(e)) => {
                error(&mut a, e);
                return a;
            }
            None => None,
        };
        let r = exports::check(
            &dir,
            &exports::ExportsOptions {
                library: p.dir.join(&x.lib),
                baseline: baseline.as_ref().map(|b| b.path.clone()),
            },
        );
        a.verdict = baseline.as_ref().map(|_| {
            r.findings
                .iter()
                .filter(|f| f.rule.starts_with("go-export-"))
                .map(|f| compat_report::rules::bump(&f.rule))
                .max()
                .unwrap_or(Verdict::None)
        });
        take(&mut a, r);
        a.baseline = baseline;
        a.artifact = Some(x.lib.clone());
    }
    a
}
