//! `compat go cgo` as one call: cgo's memory rules checked in the Go
//! source, without building or running it.
//!
//! Rules (command `go cgo`):
//! - `go-cgo-cstring-not-freed`, `go-cgo-cbytes-not-freed`: a `C.CString` /
//!   `C.CBytes` result that reaches no `C.free` on some path
//!   ([`resources`]);
//! - `go-cgo-pinner-not-unpinned`: a local `runtime.Pinner` with pins left
//!   when it goes out of reach ([`resources`]);
//! - `go-cgo-go-pointer-passed`, `go-cgo-go-pointer-stored`,
//!   `go-cgo-export-returns-go-pointer`: cgo's pointer-passing rules
//!   ([`pointers`]);
//! - `go-export-directive-ignored`: export directives cgo ignores
//!   ([`directives`]).
//!
//! The walk takes the `.go` files of the given directories (as `go list
//! ./...` finds them; `_test.go` files cannot use cgo and are left out),
//! groups them into packages (directory and package clause), and checks
//! the packages with at least one file importing "C": the functions of
//! those files, the export directives of every file of the package. Types
//! are resolved within the package; what other packages declare is
//! unknown and never a reason for a finding. Files are parsed with
//! [`crate::syntax`] (tree-sitter-go); the modules below it: [`package`]
//! (declarations, type questions), [`preamble`] (C types and functions of
//! the preamble, read lexically), [`scope`] (local variables and
//! expression types), [`flow`] (paths), [`ast`] and [`data`] (helpers and
//! name tables).

mod ast;
mod data;
mod directives;
mod flow;
mod package;
mod pointers;
mod preamble;
mod resources;
mod scope;
mod types;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use compat_fs::FsError;
use compat_report::render::count;
use compat_report::{Finding, Report};
use rayon::prelude::*;

use crate::build::go_files;
use crate::syntax::{self, SyntaxError};

use ast::kids;
use package::{Package, SourceFile};

/// The stack of each worker thread.
const STACK_SIZE: usize = 256 << 20;

/// How to check.
#[derive(Debug, Clone, Default)]
pub struct CgoOptions {
    /// C functions (named without `C.`) that take ownership of a pointer
    /// passed to them and free it later: a `C.CString` / `C.CBytes` result
    /// passed to one of them is given away, not leaked.
    pub takes_ownership: Vec<String>,
}

/// Why a file could not be checked.
#[derive(Debug, thiserror::Error)]
pub enum CgoError {
    /// The file could not be read.
    #[error("{}: {}", path.display(), source.reason())]
    Read {
        /// The file.
        path: PathBuf,
        /// Why.
        source: FsError,
    },
    /// The file could not be parsed at all.
    #[error("{}: {source}", path.display())]
    Parse {
        /// The file.
        path: PathBuf,
        /// Why.
        source: SyntaxError,
    },
    /// The file is not Go at some place; the functions there are checked
    /// as far as they parse.
    #[error("{}:{line}:{column}: not Go syntax; the code around it is checked as far as it parses", path.display())]
    NotGo {
        /// The file.
        path: PathBuf,
        /// 1-based line.
        line: u32,
        /// 1-based byte column.
        column: u32,
    },
}

impl CgoError {
    /// The file the error is about.
    pub fn path(&self) -> &Path {
        match self {
            CgoError::Read { path, .. }
            | CgoError::Parse { path, .. }
            | CgoError::NotGo { path, .. } => path,
        }
    }

    /// The message without the file.
    pub fn reason(&self) -> String {
        match self {
            CgoError::Read { source, .. } => source.reason(),
            CgoError::Parse { source, .. } => source.to_string(),
            CgoError::NotGo { line, column, .. } => format!(
                "{line}:{column}: not Go syntax; the code around it is checked as far as it parses"
            ),
        }
    }
}

/// What one package directory gave.
#[derive(Default)]
struct DirOutcome {
    findings: Vec<Finding>,
    notes: Vec<String>,
    errors: Vec<CgoError>,
    cgo_packages: usize,
    cgo_files: usize,
}

/// Checks the Go packages under `paths` (directories, walked as `go list
/// ./...` does, or `.go` files) against cgo's memory rules. A file that
/// cannot be read or parsed is an error of the report.
pub fn check(paths: &[PathBuf], opts: &CgoOptions) -> Report {
    let inputs = paths.iter().map(|p| p.display().to_string()).collect();
    let mut report = Report::new("go cgo", inputs);
    let files = go_files(paths, &mut report);
    let mut dirs: BTreeMap<PathBuf, Vec<PathBuf>> = BTreeMap::new();
    for (f, _) in files {
        if f.file_name()
            .is_some_and(|n| n.to_string_lossy().ends_with("_test.go"))
        {
            continue;
        }
        let dir = f.parent().map(Path::to_path_buf).unwrap_or_default();
        dirs.entry(dir).or_default().push(f);
    }
    // The analyses recurse (bounded by nesting limits); threads with large
    // stacks keep the deepest nesting a file may have within bounds.
    let work = || -> Vec<DirOutcome> {
        dirs.into_par_iter()
            .map(|(dir, files)| check_dir(&dir, &files, opts))
            .collect()
    };
    let outcomes = match rayon::ThreadPoolBuilder::new()
        .stack_size(STACK_SIZE)
        .build()
    {
        Ok(pool) => pool.install(work),
        Err(e) => {
            report.error("compat", format!("cannot start worker threads: {e}"));
            Vec::new()
        }
    };
    let (mut packages, mut cgo_files) = (0, 0);
    for o in outcomes {
        report.findings.extend(o.findings);
        for e in o.errors {
            report.error(e.path().display().to_string(), e.reason());
        }
        report.notes.extend(o.notes);
        packages += o.cgo_packages;
        cgo_files += o.cgo_files;
    }
    report.findings.sort_by(|a, b| {
        (&a.subject.file, a.subject.line, a.subject.column, &a.rule).cmp(&(
            &b.subject.file,
            b.subject.line,
            b.subject.column,
            &b.rule,
        ))
    });
    report.notes.push(format!(
        "{} using cgo, {} importing \"C\" checked",
        count(packages, "package", "packages"),
        count(cgo_files, "file", "files")
    ));
    report
}

/// Checks one in-memory file as a package of its own (the fuzz target's
/// entry): its findings, or why it has none (not parsed). Runs on a thread
/// with the same large stack as [`check`]'s workers.
pub fn check_source(
    name: &str,
    text: &str,
    opts: &CgoOptions,
) -> Result<Vec<Finding>, SyntaxError> {
    let run = || {
        let s = syntax::parse(text.to_owned())?;
        let files = vec![SourceFile::new(PathBuf::from(name), name.to_owned(), s)];
        let pkg = Package::new(&files);
        Ok(check_package(&pkg, ".", opts).0)
    };
    std::thread::scope(|scope| {
        match std::thread::Builder::new()
            .stack_size(STACK_SIZE)
            .spawn_scoped(scope, run)
        {
            Ok(worker) => worker
                .join()
                .unwrap_or_else(|e| std::panic::resume_unwind(e)),
            // No thread to be had: the caller's stack it is.
            Err(_) => run(),
        }
    })
}

fn check_dir(dir: &Path, files: &[PathBuf], opts: &CgoOptions) -> DirOutcome {
    let mut out = DirOutcome::default();
    // Read every file and tell its package and whether it imports "C" from
    // its header (go/build's reader, cheap); parse only the packages that
    // use cgo.
    let mut read: Vec<(PathBuf, Vec<u8>, String, bool)> = Vec::new();
    for f in files {
        match compat_fs::read(f, compat_fs::Limit::GoSource) {
            Ok(bytes) => {
                let header = crate::scan::scan(&bytes);
                let package = header.package.map(|(p, _)| p).unwrap_or_default();
                let cgo = header.imports.iter().any(|(p, _)| p == "C");
                read.push((f.clone(), bytes, package, cgo));
            }
            Err(source) => out.errors.push(CgoError::Read {
                path: f.clone(),
                source,
            }),
        }
    }
    let cgo_packages: std::collections::BTreeSet<String> = read
        .iter()
        .filter(|(_, _, _, cgo)| *cgo)
        .map(|(_, _, p, _)| p.clone())
        .collect();
    let mut by_package: BTreeMap<String, Vec<SourceFile>> = BTreeMap::new();
    for (f, bytes, package, _) in read {
        if !cgo_packages.contains(&package) {
            continue;
        }
        let text = String::from_utf8_lossy(&bytes).into_owned();
        match syntax::parse(text) {
            Ok(s) => by_package.entry(package).or_default().push(SourceFile::new(
                f.clone(),
                f.display().to_string(),
                s,
            )),
            Err(source) => out.errors.push(CgoError::Parse { path: f, source }),
        }
    }
    let shown_dir = if dir.as_os_str().is_empty() {
        ".".to_owned()
    } else {
        dir.display().to_string()
    };
    for (_, files) in by_package {
        if !files.iter().any(|f| f.imports_c) {
            continue;
        }
        out.cgo_packages += 1;
        for f in files.iter().filter(|f| f.imports_c) {
            out.cgo_files += 1;
            if let Some(p) = f.syntax.errors(1).first() {
                out.errors.push(CgoError::NotGo {
                    path: f.path.clone(),
                    line: p.line,
                    column: p.column,
                });
            }
        }
        let pkg = Package::new(&files);
        let (findings, notes) = check_package(&pkg, &shown_dir, opts);
        out.findings.extend(findings);
        out.notes.extend(notes);
    }
    out
}

fn check_package(
    pkg: &Package<'_>,
    shown_dir: &str,
    opts: &CgoOptions,
) -> (Vec<Finding>, Vec<String>) {
    let mut out = directives::check(pkg, shown_dir);
    let mut notes = Vec::new();
    let res = resources::Resources::new(pkg, &opts.takes_ownership);
    for (fi, file) in pkg.files.iter().enumerate() {
        if !file.imports_c {
            continue;
        }
        let src = &file.syntax;
        for top in kids(src.root()) {
            if !matches!(top.kind(), "function_declaration" | "method_declaration") {
                continue;
            }
            let exported = top.kind() == "function_declaration"
                && directives::doc_comments(src, top)
                    .iter()
                    .any(|c| src.text_of(*c).starts_with("//export "));
            let (found, too_deep) = res.check(fi, top, shown_dir);
            out.extend(found);
            if too_deep {
                let p = src.pos(top);
                notes.push(format!(
                    "{}:{}: this function nests deeper than compat go cgo follows; its deepest statements were not checked",
                    file.shown, p.line
                ));
            }
            out.extend(pointers::check(pkg, fi, top, exported, shown_dir));
        }
    }
    (out, notes)
}
