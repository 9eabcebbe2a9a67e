//! `compat go buildtags` as one call: the `.go` files under the given paths,
//! each linted ([`crate::lint`]) against the go line of the go.mod that
//! governs it, and with [`Mode::Fix`] first rewritten ([`crate::fix`],
//! written through `compat_fs::replace_in_tree`) or with [`Mode::Diff`]
//! turned into a patch (`compat_report::diff`) instead.

use std::collections::{BTreeMap, HashMap};
use std::os::unix::ffi::OsStrExt;
use std::path::{Path, PathBuf};

use compat_report::diff::unified_diff;
use compat_report::render::count;
use compat_report::{Finding, Report};
use rayon::prelude::*;

use crate::build::go_files;
use crate::facts::Release;
use crate::fix::{fix_source, Fixed};
use crate::lint::{go_mod_version, lint_file, LintContext};
use crate::scan::scan_whole;

/// What `go buildtags` does besides linting.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Lint only.
    Lint,
    /// Rewrite the constraint lines (gofmt and `go fix`), then lint the result.
    Fix,
    /// Make the patch [`Mode::Fix`] would apply; write nothing, lint nothing.
    Diff,
}

/// How to check.
#[derive(Debug, Clone, Copy)]
pub struct BuildtagsOptions {
    /// The Go release whose GOOS/GOARCH lists and constraint limits apply.
    pub release: &'static Release,
    /// Lint, fix or diff.
    pub mode: Mode,
}

/// The result of [`check`].
#[derive(Debug)]
pub struct BuildtagsOutcome {
    /// Findings, notes and the files that could not be read, written or
    /// fixed (not yet finished). With [`Mode::Diff`] it holds no findings
    /// and no summary note: the patch is the output.
    pub report: Report,
    /// [`Mode::Diff`]: the unified diff of every file that would change, in
    /// file order; empty otherwise.
    pub patch: Vec<u8>,
}

/// What happened to one file.
struct FileOutcome {
    findings: Vec<Finding>,
    notes: Vec<String>,
    diff: Vec<u8>,
    error: Option<String>,
}

/// The `go` line of the go.mod that governs `dir`, looked up upwards (cached).
/// Only a missing go.mod moves the search up; a go.mod that is there but
/// cannot be read (a FIFO, no permission) still governs `dir`: it has no
/// go line, and the reason is recorded in `errors` (once per file), and one
/// with a comment that is not UTF-8 is read all the same.
fn module_go(
    dir: &Path,
    cache: &mut HashMap<PathBuf, Option<(u32, u32)>>,
    errors: &mut BTreeMap<PathBuf, String>,
) -> Option<(u32, u32)> {
    if let Some(v) = cache.get(dir) {
        return *v;
    }
    let v = match crate::imports::read_go_mod(dir) {
        Ok(Some(text)) => go_mod_version(&text),
        Ok(None) => dir.parent().and_then(|p| module_go(p, cache, errors)),
        Err(e) => {
            errors.insert(e.path, e.error.reason());
            None
        }
    };
    cache.insert(dir.to_path_buf(), v);
    v
}

/// Checks the `.go` files under `paths` (a path naming a file checks that
/// file). Every file is read through `compat_fs` and handled in parallel; a
/// file that cannot be read or written, or needs a rewrite [`Mode::Fix`]
/// does not make (it is left alone and still linted), is an error of the
/// report.
pub fn check(paths: &[PathBuf], opts: &BuildtagsOptions) -> BuildtagsOutcome {
    let (rel, mode) = (opts.release, opts.mode);
    let inputs = paths.iter().map(|p| p.display().to_string()).collect();
    let mut report = Report::new("go buildtags", inputs);
    let files = go_files(paths, &mut report);
    let mut mods = HashMap::new();
    let mut mod_errors = BTreeMap::new();
    let module: Vec<Option<(u32, u32)>> = files
        .iter()
        .map(|(f, _)| {
            module_go(
                f.parent().unwrap_or(Path::new(".")),
                &mut mods,
                &mut mod_errors,
            )
        })
        .collect();
    for (path, reason) in mod_errors {
        report.error(path.display().to_string(), reason);
    }
    let results: Vec<FileOutcome> = files
        .par_iter()
        .zip(module.par_iter())
        .map(|((f, root), m)| {
            let shown = f.display().to_string();
            let mut o = FileOutcome {
                findings: Vec::new(),
                notes: Vec::new(),
                diff: Vec::new(),
                error: None,
            };
            let read = if mode == Mode::Fix {
                compat_fs::read_for_rewrite(f, compat_fs::Limit::GoSource)
                    .map(|(b, s)| (b, Some(s)))
            } else {
                compat_fs::read(f, compat_fs::Limit::GoSource).map(|b| (b, None))
            };
            let (mut bytes, seen) = match read {
                Ok(r) => r,
                Err(e) => {
                    o.error = Some(e.reason());
                    return o;
                }
            };
            if mode != Mode::Lint {
                match fix_source(&bytes, *m, rel.limits) {
                    Fixed::Unchanged => {}
                    Fixed::Refused(r) => {
                        o.error = Some(if r.line > 0 {
                            format!("{}:{}: left unchanged: {}", r.line, r.col, r.reason)
                        } else {
                            format!("left unchanged: {}", r.reason)
                        })
                    }
                    Fixed::Changed(new) => {
                        if mode == Mode::Diff {
                            // The path's own bytes (git quotes what is not
                            // plain ASCII), not its lossy display form.
                            let raw = f.as_os_str().as_bytes();
                            let name = raw.strip_prefix(b"./").unwrap_or(raw);
                            o.diff = unified_diff(name, &bytes, &new);
                            return o;
                        }
                        let written = match &seen {
                            Some(seen) => compat_fs::replace_in_tree(f, root, seen, &new),
                            None => Ok(()),
                        };
                        if let Err(e) = written {
                            o.error = Some(format!("not fixed: {}", e.reason()));
                            return o;
                        }
                        o.notes
                            .push(format!("{shown}: build-constraint lines rewritten"));
                        bytes = new;
                    }
                }
                if mode == Mode::Diff {
                    return o;
                }
            }
            let src = scan_whole(&bytes);
            let name = f
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            let cx = LintContext {
                release: rel,
                module_go: *m,
                path: &shown,
            };
            o.notes.extend(
                src.error
                    .as_ref()
                    .filter(|_| src.package.is_none())
                    .map(|e| {
                        format!("{shown}: not Go source ({e}); go list reports it as invalid")
                    }),
            );
            o.findings = lint_file(cx, &name, &src);
            o
        })
        .collect();
    let mut patch = Vec::new();
    let checked = files.len();
    for ((f, _), r) in files.into_iter().zip(results) {
        report.findings.extend(r.findings);
        report.notes.extend(r.notes);
        if let Some(e) = r.error {
            report.error(f.display().to_string(), e);
        }
        patch.extend(r.diff);
    }
    if mode != Mode::Diff {
        report.notes.push(format!(
            "{} checked against the GOOS/GOARCH lists of Go 1.{}",
            count(checked, "Go file", "Go files"),
            rel.minor
        ));
    }
    BuildtagsOutcome { report, patch }
}
