//! `compat go exports` as one call: the cgo `//export` declarations of a
//! package tree against the dynamic symbol table of the c-shared library
//! built from it, and optionally that library against an earlier build
//! (`go-export-undefined`, `go-export-undeclared`, `go-export-removed`,
//! `go-export-kind-changed`).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use compat_elf::{load_abi, ElfAbi, ReadOptions, SymbolBinding, SymbolKind, Visibility};
use compat_report::render::count;
use compat_report::{Finding, Report, Subject};

use crate::build::go_files;
use crate::scan::scan;

/// What to compare the declarations with.
#[derive(Debug, Clone)]
pub struct ExportsOptions {
    /// The c-shared library built from the tree.
    pub library: PathBuf,
    /// An earlier build of the library, whose exports existing C callers use.
    pub baseline: Option<PathBuf>,
}

/// Symbols of a c-shared library that cgo and the Go runtime export on their own.
pub fn runtime_symbol(name: &str) -> bool {
    const PREFIXES: &[&str] = &[
        "_cgo",
        "x_cgo",
        "crosscall",
        "_rt0",
        "__cgo",
        "_cgoexp",
        "runtime.",
        "_go_",
        "go:",
    ];
    PREFIXES.iter().any(|p| name.starts_with(p))
        // runtime/cgo's gcc_fatalf.c defines fatalf with default visibility.
        || matches!(name, "_init" | "_fini" | "main" | "__data_start" | "fatalf")
}

/// The symbols a library exports to C callers (global or weak, default or
/// protected visibility), with their kinds.
fn exported(abi: &ElfAbi) -> BTreeMap<String, SymbolKind> {
    abi.symbols
        .iter()
        .filter(|s| matches!(s.binding, SymbolBinding::Global | SymbolBinding::Weak))
        .filter(|s| s.visibility == Visibility::Default || s.visibility == Visibility::Protected)
        .map(|s| (s.name.to_string(), s.kind))
        .collect()
}

/// Checks the `//export` declarations of the cgo files under `path` (a
/// directory, or one file) against `opts.library`, and that library against
/// `opts.baseline`. A file or library that cannot be read is an error of the
/// report.
pub fn check(path: &Path, opts: &ExportsOptions) -> Report {
    let lib = opts.library.as_path();
    let baseline = opts.baseline.as_deref();
    let mut inputs = vec![path.display().to_string(), lib.display().to_string()];
    inputs.extend(baseline.map(|b| b.display().to_string()));
    let mut report = Report::new("go exports", inputs);
    let files = go_files(&[path.to_path_buf()], &mut report);
    // //export NAME -> where.
    let mut declared: BTreeMap<String, (String, usize, usize)> = BTreeMap::new();
    for (f, _) in &files {
        match compat_fs::read(f, compat_fs::Limit::GoSource) {
            Ok(bytes) => {
                let src = scan(&bytes);
                if src.imports_c() {
                    for e in src.exports {
                        if let Some(n) = e.name {
                            declared
                                .entry(n)
                                .or_insert((f.display().to_string(), e.line, e.col));
                        }
                    }
                }
            }
            Err(e) => report.error(f.display().to_string(), e.reason()),
        }
    }
    let load = |p: &Path| load_abi(p, ReadOptions::default());
    let lib_abi = match load(lib) {
        Ok(a) => a,
        Err(e) => {
            report.error(lib.display().to_string(), e.to_string());
            return report;
        }
    };
    let have = exported(&lib_abi);
    let shown_lib = lib.display().to_string();
    for (name, (file, line, col)) in &declared {
        if !have.contains_key(name) {
            report.findings.push(Finding::new(
                "go-export-undefined",
                format!("//export {name} is not in the dynamic symbol table of {shown_lib}; C callers fail with \"undefined symbol: {name}\""),
                Subject {
                    file: Some(file.clone()),
                    line: Some(*line as u32),
                    column: Some(*col as u32),
                    symbol: Some(name.clone()),
                    library: Some(shown_lib.clone()),
                    ..Subject::default()
                },
            ));
        }
    }
    // Functions and data alike: a non-static preamble global is C API too.
    for name in have.keys() {
        if !declared.contains_key(name) && !runtime_symbol(name) {
            report.findings.push(Finding::new(
                "go-export-undeclared",
                format!("{shown_lib} exports {name}, which no //export declares"),
                Subject {
                    file: Some(shown_lib.clone()),
                    symbol: Some(name.clone()),
                    ..Subject::default()
                },
            ));
        }
    }
    if let Some(b) = baseline {
        match load(b) {
            Ok(base) => {
                let shown_base = b.display().to_string();
                for (name, kind) in exported(&base) {
                    if runtime_symbol(&name) {
                        continue;
                    }
                    match have.get(&name) {
                        None => report.findings.push(Finding::new(
                            "go-export-removed",
                            format!("{name} was exported by {shown_base} and is gone from {shown_lib}; existing C callers fail with \"undefined symbol: {name}\""),
                            Subject { file: Some(shown_lib.clone()), symbol: Some(name.clone()), old_file: Some(shown_base.clone()), new_file: Some(shown_lib.clone()), ..Subject::default() },
                        )),
                        Some(now) if (*now == SymbolKind::Func) != (kind == SymbolKind::Func) => report.findings.push(Finding::new(
                            "go-export-kind-changed",
                            format!("{name} changed from {} to {}; C callers were compiled for the old kind", kind.as_str(), now.as_str()),
                            Subject { file: Some(shown_lib.clone()), symbol: Some(name.clone()), old_value: Some(kind.as_str().into()), new_value: Some(now.as_str().into()), ..Subject::default() },
                        )),
                        Some(_) => {}
                    }
                }
            }
            Err(e) => report.error(b.display().to_string(), e.to_string()),
        }
    }
    report.notes.push(format!(
        "{}, {} in the library",
        count(
            declared.len(),
            "//export declaration",
            "//export declarations"
        ),
        count(have.len(), "exported symbol", "exported symbols")
    ));
    report
}
