//! `compat go targets` as one call: every package directory under the given
//! paths read and scanned once ([`Package::load`]), classified for each
//! target as `go list` would ([`Package::files`]), and the rules over the
//! result: `go-package-excluded` (a package that builds for some targets
//! has no file for another) and `go-import-excluded` (a package that builds
//! for a target imports one the target excludes: the build fails). The
//! per-target file lists go into the report's `targets` key.

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use compat_report::render::count;
use compat_report::{Finding, Report, Subject};
use rayon::prelude::*;

use crate::build::{host_target, package_dirs, Context, Package, PackageFiles};
use crate::error::Error;
use crate::facts::Release;

/// One build target: GOOS and GOARCH.
pub type Target = (String, String);

/// How to check.
#[derive(Debug, Clone)]
pub struct TargetsOptions {
    /// The Go release whose ports, tags and constraint limits apply.
    pub release: &'static Release,
    /// The targets, in order ([`select_targets`] makes them from names).
    pub targets: Vec<Target>,
    /// Extra build tags (`-tags`).
    pub tags: Vec<String>,
    /// Cgo on or off for every target; `None`: as the go command on this
    /// machine, on only for a native build where the release enables it.
    pub cgo: Option<bool>,
    /// `gc` or `gccgo`.
    pub compiler: String,
}

/// The targets a user names as `GOOS/GOARCH`, checked against `release`'s
/// ports: every port with `all`, else the named ones that are ports (each
/// other name is an error), else, when none is named, `linux/amd64`.
pub fn select_targets(release: &Release, names: &[String], all: bool) -> (Vec<Target>, Vec<Error>) {
    if all {
        let all = release
            .targets
            .iter()
            .map(|(o, a)| (o.to_string(), a.to_string()))
            .collect();
        return (all, Vec::new());
    }
    let mut wanted = Vec::new();
    let mut errors = Vec::new();
    for t in names {
        match t.split_once('/') {
            Some((o, a)) if release.targets.iter().any(|(ko, ka)| *ko == o && *ka == a) => {
                wanted.push((o.to_owned(), a.to_owned()))
            }
            _ => errors.push(Error::TargetUnknown {
                given: t.clone(),
                minor: release.minor,
            }),
        }
    }
    if wanted.is_empty() && names.is_empty() {
        wanted.push(("linux".into(), "amd64".into()));
    }
    (wanted, errors)
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

/// One package directory found under a path.
struct Found {
    /// The directory as the user can open it (see [`PackageEntry::dir`]).
    dir: String,
    /// The path it was found under, as given.
    root: String,
    /// Its import path, when a go.mod governs it.
    import_path: Option<String>,
    package: Package,
}

impl Found {
    /// How findings name the package: its import path when known, else its
    /// directory as shown.
    fn name(&self) -> &str {
        self.import_path.as_deref().unwrap_or(&self.dir)
    }
}

/// Checks the packages under `paths` (each a directory: `./...` under it)
/// for every target of `opts`. A directory, file or go.mod that cannot be
/// read is an error of the report (as `go list` fails), and the package is
/// still listed (as `go list -e` does).
pub fn check(paths: &[PathBuf], opts: &TargetsOptions) -> Report {
    let rel = opts.release;
    let inputs = paths.iter().map(|p| p.display().to_string()).collect();
    let mut report = Report::new("go targets", inputs);
    let wanted = &opts.targets;
    let contexts: Vec<Context> = wanted
        .iter()
        .map(|(o, a)| {
            let mut c = Context::new(o, a, rel);
            match opts.cgo {
                Some(on) => c.cgo = on,
                // As the go command on this machine: cgo only for a native
                // build where the release enables it, off when cross-compiling.
                None => c.cgo = c.cgo && (o.as_str(), a.as_str()) == host_target(),
            }
            c.compiler = opts.compiler.clone();
            c.build_tags = opts.tags.clone();
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
    let mut packages: Vec<Found> = Vec::new();
    // A file or go.mod that cannot be read fails `go list`: an error (exit
    // 2), each go.mod once; the package is still listed, as `go list -e`.
    let mut mod_errors = BTreeMap::new();
    for (root, d, p) in loaded {
        match p {
            Ok(Some(p)) => {
                for (name, e) in p.read_errors() {
                    report.error(d.join(name).display().to_string(), e.reason());
                }
                let import_path = crate::imports::import_path(d).unwrap_or_else(|e| {
                    mod_errors.insert(e.path, e.error.reason());
                    None
                });
                packages.push(Found {
                    dir: d.display().to_string(),
                    root: root.display().to_string(),
                    import_path,
                    package: p,
                });
            }
            Ok(None) => {}
            Err(e) => report.error(d.display().to_string(), e.to_string()),
        }
    }
    for (path, reason) in mod_errors {
        report.error(path.display().to_string(), reason);
    }
    let per_target: Vec<Vec<PackageFiles>> = contexts
        .par_iter()
        .map(|c| packages.iter().map(|p| p.package.files(c)).collect())
        .collect();

    package_excluded(&packages, wanted, &per_target, &mut report);
    import_excluded(&packages, wanted, &per_target, &mut report);

    let json: Vec<serde_json::Value> = wanted
        .iter()
        .zip(&per_target)
        .map(|((o, a), pkgs)| {
            // A PATH means `./...` under it. `go list ./...` leaves out only
            // std's documentation package `builtin` (it does not resolve to
            // an importable package); `runtime/cgo` without cgo is left out
            // by the `std` pattern alone, so it stays.
            let skipped = |i: usize| packages[i].import_path.as_deref() == Some("builtin");
            let listed: Vec<_> = pkgs
                .iter()
                .enumerate()
                .filter(|(i, p)| p.listed_by_go_list() && !skipped(*i))
                .map(|(i, p)| PackageEntry {
                    dir: &packages[i].dir,
                    root: &packages[i].root,
                    import_path: packages[i].import_path.as_deref(),
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
        "{} for {} of Go 1.{}",
        count(packages.len(), "package", "packages"),
        count(wanted.len(), "target", "targets"),
        rel.minor
    ));
    report
        .extra
        .insert("targets".into(), serde_json::Value::Array(json));
    report
}

/// Whether a package has a file to build for a target.
fn builds(f: &PackageFiles) -> bool {
    !(f.go_files.is_empty() && f.cgo_files.is_empty())
}

/// `go-package-excluded`: a package that builds for some target but has no
/// file for another (and some file the constraints exclude there).
fn package_excluded(
    packages: &[Found],
    wanted: &[Target],
    per_target: &[Vec<PackageFiles>],
    report: &mut Report,
) {
    for (i, p) in packages.iter().enumerate() {
        let good: BTreeSet<usize> = (0..wanted.len())
            .filter(|&t| builds(&per_target[t][i]))
            .collect();
        if good.is_empty() {
            continue;
        }
        let dir = &p.dir;
        for (t, (o, a)) in wanted.iter().enumerate() {
            if !good.contains(&t) && !per_target[t][i].ignored_go_files.is_empty() {
                report.findings.push(Finding::new(
                    "go-package-excluded",
                    excluded(dir, &format!("{o}/{a}"), good.len()),
                    Subject {
                        file: Some(dir.clone()),
                        version: Some(format!("{o}/{a}")),
                        package: Some(p.name().to_owned()),
                        target: Some(format!("{o}/{a}")),
                        ..Subject::default()
                    },
                ));
            }
        }
    }
}

/// `go-import-excluded`: a package that builds for a target but imports one
/// whose files the target excludes all of: the build fails.
fn import_excluded(
    packages: &[Found],
    wanted: &[Target],
    per_target: &[Vec<PackageFiles>],
    report: &mut Report,
) {
    for (t, (o, a)) in wanted.iter().enumerate() {
        let empty: BTreeMap<&str, usize> = per_target[t]
            .iter()
            .enumerate()
            .filter(|(_, f)| !builds(f))
            .filter_map(|(i, _)| packages[i].import_path.as_deref().map(|p| (p, i)))
            .collect();
        if empty.is_empty() {
            continue;
        }
        for (i, files) in per_target[t].iter().enumerate() {
            if !builds(files) {
                continue;
            }
            let p = &packages[i];
            let dir = &p.dir;
            for imp in p
                .package
                .imports(files.go_files.iter().chain(&files.cgo_files))
            {
                if let Some(&j) = empty.get(imp) {
                    report.findings.push(Finding::new(
                        "go-import-excluded",
                        format!(
                            "{dir} builds for {o}/{a} but imports {imp}, whose files are all excluded for {o}/{a}: go build fails with \"build constraints exclude all Go files in {}\"",
                            packages[j].dir
                        ),
                        Subject {
                            file: Some(dir.clone()),
                            version: Some(format!("{o}/{a}")),
                            library: Some(imp.to_owned()),
                            package: Some(p.name().to_owned()),
                            target: Some(format!("{o}/{a}")),
                            ..Subject::default()
                        },
                    ));
                }
            }
        }
    }
}

/// The message of `go-package-excluded`: `dir` builds for none of its Go
/// files on `target`, but for `others` other targets.
fn excluded(dir: &str, target: &str, others: usize) -> String {
    format!(
        "build constraints exclude all Go files in {dir} for {target} (it builds for {})",
        count(others, "other target", "other targets")
    )
}

#[cfg(test)]
mod tests {
    use super::excluded;

    #[test]
    fn exclusions_count_the_other_targets_in_words() {
        assert_eq!(
            excluded("./fd", "windows/amd64", 1),
            "build constraints exclude all Go files in ./fd for windows/amd64 (it builds for 1 other target)"
        );
        assert!(excluded("./fd", "windows/amd64", 2).ends_with("(it builds for 2 other targets)"));
    }
}
