//! `compat go buildtags | targets | exports`.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::os::unix::ffi::OsStrExt;
use std::path::{Path, PathBuf};

use compat_elf::{load_abi, ReadOptions, SymbolBinding, SymbolKind, Visibility};
use compat_go::build::{package_dirs, source_dirs, Context, Package};
use compat_go::facts::{release, Release, LATEST_MINOR};
use compat_go::fix::{fix_source, unified_diff, Fixed};
use compat_go::lint::{go_mod_version, lint_file, LintContext};
use compat_go::scan::{scan, scan_whole};
use compat_report::{Finding, Format, Report, Subject};
use rayon::prelude::*;

use crate::cli::OutputArgs;
use crate::output;

/// The release named by `--go 1.N`, or the newest known.
fn release_for(go: Option<&str>) -> Result<&'static Release, String> {
    let Some(v) = go else {
        return Ok(release(LATEST_MINOR).expect("the latest release is recorded"));
    };
    let minor = v
        .trim_start_matches("go")
        .strip_prefix("1.")
        .and_then(|m| m.split('.').next())
        .and_then(|m| m.parse::<u32>().ok())
        .ok_or_else(|| format!("--go {v}: expected a Go release such as 1.22"))?;
    release(minor).ok_or_else(|| format!("--go {v}: compat has no facts for Go 1.{minor} (it knows 1.19 and 1.21 to 1.{LATEST_MINOR})"))
}

/// The `.go` files of the package directories under each path (or the path
/// itself), each with the tree it was found in (the directory `--fix` may
/// write in: a named file's own directory).
fn go_files(paths: &[PathBuf], report: &mut Report) -> Vec<(PathBuf, PathBuf)> {
    let mut out = Vec::new();
    for p in paths {
        if std::fs::metadata(p).is_ok_and(|m| !m.is_dir()) {
            let dir = p
                .parent()
                .filter(|d| !d.as_os_str().is_empty())
                .unwrap_or(Path::new("."));
            out.push((p.clone(), dir.to_path_buf()));
            continue;
        }
        if !p.is_dir() {
            report.error(p.display().to_string(), "no such file or directory");
            continue;
        }
        for dir in source_dirs(p) {
            match std::fs::read_dir(&dir) {
                Ok(rd) => {
                    // As go/build: directories, and symbolic links to
                    // directories, are not source files whatever their name.
                    let mut names: Vec<PathBuf> = rd
                        .flatten()
                        .filter(|e| {
                            let dir_or_link_to_dir = |t: std::fs::FileType| {
                                t.is_dir()
                                    || (t.is_symlink()
                                        && std::fs::metadata(e.path()).is_ok_and(|m| m.is_dir()))
                            };
                            e.file_type().is_ok_and(|t| !dir_or_link_to_dir(t))
                        })
                        .map(|e| e.path())
                        .filter(|f| {
                            let n = f
                                .file_name()
                                .map(|n| n.to_string_lossy().into_owned())
                                .unwrap_or_default();
                            n.ends_with(".go") && !n.starts_with('_') && !n.starts_with('.')
                        })
                        .collect();
                    names.sort();
                    out.extend(names.into_iter().map(|n| (n, p.clone())));
                }
                Err(e) => report.error(
                    dir.display().to_string(),
                    format!("cannot read directory: {e}"),
                ),
            }
        }
    }
    out
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
    let v = match compat_go::imports::read_go_mod(dir) {
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

/// What `go buildtags` does besides linting.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FixMode {
    /// Lint only.
    Lint,
    /// `--fix`: rewrite the constraint lines, then lint the result.
    Fix,
    /// `--diff`: print what `--fix` would change, write nothing.
    Diff,
}

/// What happened to one file in `go buildtags`.
struct FileOutcome {
    findings: Vec<Finding>,
    notes: Vec<String>,
    diff: Vec<u8>,
    error: Option<String>,
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
    mode: FixMode,
    out: &OutputArgs,
) -> anyhow::Result<u8> {
    let inputs = paths.iter().map(|p| p.display().to_string()).collect();
    let mut report = Report::new("go buildtags", inputs);
    let rel = match release_for(go) {
        Ok(r) => r,
        Err(e) => {
            report.error("--go", e);
            return output::emit_report(out, &mut report, Format::Text);
        }
    };
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
            let read = if mode == FixMode::Fix {
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
            if mode != FixMode::Lint {
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
                        if mode == FixMode::Diff {
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
                if mode == FixMode::Diff {
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
    if mode == FixMode::Diff {
        let mut patch = Vec::new();
        for ((f, _), r) in files.iter().zip(results) {
            for n in &r.notes {
                output::note_line(n);
            }
            if let Some(e) = r.error {
                report.error(f.display().to_string(), e);
            }
            patch.extend(r.diff);
        }
        for e in &report.errors {
            output::error_line(&format!("{}: {}", e.file, e.message));
        }
        // `-o P` always reflects this run: an empty patch empties P. A run
        // that failed on some file leaves P alone.
        if report.errors.is_empty() && (!patch.is_empty() || out.file().is_some()) {
            output::emit_with(out, |w| w.write_all(&patch))?;
        }
        return Ok(if !report.errors.is_empty() {
            2
        } else if patch.is_empty() {
            0
        } else {
            1
        });
    }
    for ((f, _), r) in files.iter().zip(results) {
        report.findings.extend(r.findings);
        report.notes.extend(r.notes);
        if let Some(e) = r.error {
            report.error(f.display().to_string(), e);
        }
    }
    report.notes.push(format!(
        "{} Go file(s) checked against the GOOS/GOARCH lists of Go 1.{}",
        files.len(),
        rel.minor
    ));
    output::emit_report(out, &mut report, Format::Text)
}

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
    let inputs = paths.iter().map(|p| p.display().to_string()).collect();
    let mut report = Report::new("go targets", inputs);
    let rel = match release_for(go) {
        Ok(r) => r,
        Err(e) => {
            report.error("--go", e);
            return output::emit_report(out, &mut report, Format::Text);
        }
    };
    let mut wanted: Vec<(String, String)> = Vec::new();
    if all_targets {
        wanted = rel
            .targets
            .iter()
            .map(|(o, a)| (o.to_string(), a.to_string()))
            .collect();
    } else {
        for t in targets {
            match t.split_once('/') {
                Some((o, a)) if rel.targets.iter().any(|(ko, ka)| *ko == o && *ka == a) => {
                    wanted.push((o.to_owned(), a.to_owned()))
                }
                _ => report.error(
                    "--target",
                    format!(
                        "{t}: not a target of Go 1.{} (see `go tool dist list`)",
                        rel.minor
                    ),
                ),
            }
        }
        if wanted.is_empty() && targets.is_empty() {
            wanted.push(("linux".into(), "amd64".into()));
        }
    }
    let contexts: Vec<Context> = wanted
        .iter()
        .map(|(o, a)| {
            let mut c = Context::new(o, a, rel);
            match cgo {
                Some(on) => c.cgo = on,
                // As the go command on this machine: cgo only for a native
                // build where the release enables it, off when cross-compiling.
                None => c.cgo = c.cgo && (o.as_str(), a.as_str()) == host_target(),
            }
            c.compiler = compiler.to_owned();
            c.build_tags = tags.to_vec();
            c
        })
        .collect();

    // Every package directory is read and scanned once, then classified per target.
    let mut dirs: Vec<(PathBuf, PathBuf)> = Vec::new();
    for p in paths {
        if !p.is_dir() {
            report.error(p.display().to_string(), "not a directory");
            continue;
        }
        dirs.extend(package_dirs(p).into_iter().map(|d| (p.clone(), d)));
    }
    let loaded: Vec<_> = dirs
        .par_iter()
        .map(|(root, d)| (root, d, Package::load(d)))
        .collect();
    // Each package by its directory as the user can open it: the PATH as
    // given joined with the directory under it (`./x` under `.`), so that
    // the same relative directory under two PATHs (GOROOT/src and
    // GOROOT/src/cmd both have `internal/abi`) stays two packages.
    let mut packages: Vec<(String, Package)> = Vec::new();
    let mut roots: Vec<String> = Vec::new();
    let mut import_paths: Vec<Option<String>> = Vec::new();
    // A file or go.mod that cannot be read fails `go list`: an error (exit
    // 2), each go.mod once; the package is still listed, as `go list -e`.
    let mut mod_errors = BTreeMap::new();
    for (root, d, p) in loaded {
        match p {
            Ok(Some(p)) => {
                for (name, reason) in p.read_errors() {
                    report.error(d.join(name).display().to_string(), reason);
                }
                let import_path = compat_go::imports::import_path(d).unwrap_or_else(|e| {
                    mod_errors.insert(e.path, e.error.reason());
                    None
                });
                packages.push((d.display().to_string(), p));
                roots.push(root.display().to_string());
                import_paths.push(import_path);
            }
            Ok(None) => {}
            Err(e) => report.error(d.display().to_string(), e),
        }
    }
    for (path, reason) in mod_errors {
        report.error(path.display().to_string(), reason);
    }
    let per_target: Vec<Vec<compat_go::build::PackageFiles>> = contexts
        .par_iter()
        .map(|c| packages.iter().map(|(_, p)| p.files(c)).collect())
        .collect();

    // A package that builds for some target but has no file for another.
    let builds =
        |f: &compat_go::build::PackageFiles| !(f.go_files.is_empty() && f.cgo_files.is_empty());
    for (i, (dir, _)) in packages.iter().enumerate() {
        let good: BTreeSet<usize> = (0..contexts.len())
            .filter(|&t| builds(&per_target[t][i]))
            .collect();
        if good.is_empty() {
            continue;
        }
        for (t, (o, a)) in wanted.iter().enumerate() {
            if !good.contains(&t) && !per_target[t][i].ignored_go_files.is_empty() {
                report.findings.push(Finding::new(
                    "go-package-excluded",
                    format!("build constraints exclude all Go files in {dir} for {o}/{a} (it builds for {} other target(s))", good.len()),
                    Subject { file: Some(dir.clone()), version: Some(format!("{o}/{a}")), ..Subject::default() },
                ));
            }
        }
    }
    // A package that builds for a target but imports one that does not: the build fails.
    for (t, (o, a)) in wanted.iter().enumerate() {
        let empty: BTreeMap<&str, usize> = per_target[t]
            .iter()
            .enumerate()
            .filter(|(_, f)| !builds(f))
            .filter_map(|(i, _)| import_paths[i].as_deref().map(|p| (p, i)))
            .collect();
        if empty.is_empty() {
            continue;
        }
        for (i, files) in per_target[t].iter().enumerate() {
            if !builds(files) {
                continue;
            }
            let (dir, pkg) = &packages[i];
            for imp in pkg.imports(files.go_files.iter().chain(&files.cgo_files)) {
                if let Some(&j) = empty.get(imp) {
                    report.findings.push(Finding::new(
                        "go-import-excluded",
                        format!(
                            "{dir} builds for {o}/{a} but imports {imp}, whose files are all excluded for {o}/{a}: go build fails with \"build constraints exclude all Go files in {}\"",
                            packages[j].0
                        ),
                        Subject {
                            file: Some(dir.clone()),
                            version: Some(format!("{o}/{a}")),
                            library: Some(imp.to_owned()),
                            ..Subject::default()
                        },
                    ));
                }
            }
        }
    }
    let json: Vec<serde_json::Value> = wanted
        .iter()
        .zip(&per_target)
        .map(|((o, a), pkgs)| {
            // A PATH means `./...` under it. `go list ./...` leaves out only
            // std's documentation package `builtin` (it does not resolve to
            // an importable package); `runtime/cgo` without cgo is left out
            // by the `std` pattern alone, so it stays.
            let skipped = |i: usize| import_paths[i].as_deref() == Some("builtin");
            let listed: Vec<_> = pkgs
                .iter()
                .enumerate()
                .filter(|(i, p)| p.listed_by_go_list() && !skipped(*i))
                .map(|(i, p)| PackageEntry {
                    dir: &packages[i].0,
                    root: &roots[i],
                    import_path: import_paths[i].as_deref(),
                    name: &p.name,
                    go_files: &p.go_files,
                    cgo_files: &p.cgo_files,
                    test_go_files: &p.test_go_files,
                    xtest_go_files: &p.xtest_go_files,
                    ignored_go_files: &p.ignored_go_files,
                    invalid_go_files: &p.invalid_go_files,
                    error: p.error.as_deref(),
                })
                .collect();
            serde_json::json!({ "target": format!("{o}/{a}"), "packages": listed })
        })
        .collect();
    report.notes.push(format!(
        "{} package(s) for {} target(s) of Go 1.{}",
        packages.len(),
        wanted.len(),
        rel.minor
    ));
    report
        .extra
        .insert("targets".into(), serde_json::Value::Array(json));
    output::emit_report(out, &mut report, Format::Text)
}

/// One package of one target in the JSON of `go targets` (documented in
/// docs/report-format.md).
#[derive(serde::Serialize)]
struct PackageEntry<'a> {
    /// The directory as the user can open it: the PATH as given joined with
    /// the directory under it (the PATH itself for its own package).
    dir: &'a str,
    /// The PATH argument the directory was found under, as given.
    root: &'a str,
    /// The path importers in its module write, when a go.mod governs it.
    #[serde(skip_serializing_if = "Option::is_none")]
    import_path: Option<&'a str>,
    name: &'a str,
    go_files: &'a [String],
    cgo_files: &'a [String],
    test_go_files: &'a [String],
    xtest_go_files: &'a [String],
    ignored_go_files: &'a [String],
    invalid_go_files: &'a [String],
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<&'a str>,
}

/// This machine's GOOS/GOARCH.
fn host_target() -> (&'static str, &'static str) {
    let os = match std::env::consts::OS {
        "macos" => "darwin",
        other => other,
    };
    let arch = match std::env::consts::ARCH {
        "x86_64" => "amd64",
        "x86" => "386",
        "aarch64" => "arm64",
        "powerpc64" if cfg!(target_endian = "little") => "ppc64le",
        "powerpc64" => "ppc64",
        "loongarch64" => "loong64",
        other => other,
    };
    (os, arch)
}

/// Symbols of a c-shared library that cgo and the Go runtime export on their own.
fn runtime_symbol(name: &str) -> bool {
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

pub fn exports(
    path: &Path,
    lib: &Path,
    baseline: Option<&Path>,
    out: &OutputArgs,
) -> anyhow::Result<u8> {
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
    let load = |p: &Path| load_abi(p, ReadOptions::default()).map_err(|e| e.to_string());
    let exported = |abi: &compat_elf::ElfAbi| -> BTreeMap<String, SymbolKind> {
        abi.symbols
            .iter()
            .filter(|s| matches!(s.binding, SymbolBinding::Global | SymbolBinding::Weak))
            .filter(|s| {
                s.visibility == Visibility::Default || s.visibility == Visibility::Protected
            })
            .map(|s| (s.name.to_string(), s.kind))
            .collect()
    };
    let lib_abi = match load(lib) {
        Ok(a) => a,
        Err(e) => {
            report.error(lib.display().to_string(), e);
            return output::emit_report(out, &mut report, Format::Text);
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
            Err(e) => report.error(b.display().to_string(), e),
        }
    }
    report.notes.push(format!(
        "{} //export declaration(s), {} exported symbol(s) in the library",
        declared.len(),
        have.len()
    ));
    output::emit_report(out, &mut report, Format::Text)
}
