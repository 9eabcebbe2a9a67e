//! Shared helpers: build C fixtures with gcc and read their type-level ABI.

#![allow(dead_code)]

use std::path::{Path, PathBuf};

use compat_dwarf::{diff, load_debug, read_types, ExportedSymbol, TypeInfo};
use compat_elf::{parse_elf, ReadOptions, SymbolKind};
use compat_report::{Finding, Severity};
use compat_testkit::Fixture;

/// The exported (defined, non-local) dynamic symbols of `path`.
pub fn exported(path: &Path, bytes: &[u8]) -> Vec<ExportedSymbol> {
    let abi = parse_elf(path, bytes, ReadOptions::default()).expect("fixture is ELF");
    abi.symbols
        .iter()
        .filter(|s| !matches!(s.kind, SymbolKind::Section | SymbolKind::File))
        .map(|s| ExportedSymbol {
            name: s.name.clone(),
            is_function: matches!(
                s.kind,
                SymbolKind::Func | SymbolKind::Ifunc | SymbolKind::Notype
            ),
        })
        .collect()
}

/// Reads the type info of `path` (panics without debug information).
pub fn read_with(
    path: &Path,
    debug_dir: Option<&Path>,
    headers: Option<&Path>,
) -> (Option<TypeInfo>, Vec<String>) {
    let bytes = std::fs::read(path).unwrap();
    let loaded = load_debug(path, &bytes, debug_dir).expect("load_debug");
    let mut notes = loaded.notes;
    let Some(data) = loaded.data else {
        return (None, notes);
    };
    let (info, more) = read_types(&data, &exported(path, &bytes), headers).expect("read_types");
    notes.extend(more);
    (Some(info), notes)
}

/// Reads the type info of `path`.
pub fn read(path: &Path) -> TypeInfo {
    read_with(path, None, None).0.expect("debug information")
}

/// Builds `name` from `src` with `-g` and extra arguments.
pub fn build(fx: &Fixture, name: &str, src: &str, args: &[&str]) -> PathBuf {
    let mut b = fx.lib(name).source(src).arg("-g");
    for a in args {
        b = b.arg(*a);
    }
    b.build()
}

/// Builds both sources (under the same file name, as a rebuild would) and
/// diffs their type info.
pub fn diff_src(old: &str, new: &str) -> Vec<Finding> {
    let (fo, fn_) = (Fixture::new(), Fixture::new());
    let o = read(&build(&fo, "libx.so", old, &[]));
    let n = read(&build(&fn_, "libx.so", new, &[]));
    diff(&o, &n, ("old/libx.so", "new/libx.so"))
}

/// Like [`diff_src`], for C++ sources (compiled with `g++ -x c++`).
pub fn diff_cxx(old: &str, new: &str) -> Vec<Finding> {
    let (fo, fn_) = (Fixture::new(), Fixture::new());
    let o = read(&build_cxx(&fo, "libx.so", old));
    let n = read(&build_cxx(&fn_, "libx.so", new));
    diff(&o, &n, ("old/libx.so", "new/libx.so"))
}

/// Builds a C++ library from `src`.
pub fn build_cxx(fx: &Fixture, name: &str, src: &str) -> PathBuf {
    fx.lib(name)
        .cc("g++")
        .source(src)
        .arg("-g")
        .arg("-x")
        .arg("c++")
        .build()
}

/// (rule, severity) of each finding.
pub fn rules(fs: &[Finding]) -> Vec<(String, Severity)> {
    fs.iter().map(|f| (f.rule.clone(), f.severity)).collect()
}

/// Asserts that exactly one finding with `rule` and `severity` was reported, and returns it.
#[track_caller]
pub fn only(fs: &[Finding], rule: &str, severity: Severity) -> Finding {
    assert_eq!(
        rules(fs),
        vec![(rule.to_owned(), severity)],
        "findings: {fs:#?}"
    );
    fs[0].clone()
}
