//! Step 2 for a `json-schema` component: its schema files against their earlier versions in the
//! mode of its json-schema promise (`compat_schema::diff`). The files are the component's
//! `artifact`, or, without one, every file the promise's `schemas` globs match (relative to the
//! project file). A file's earlier version is the baseline (a committed file or `git:REF:PATH` for
//! an artifact; `git:REF`, the same paths at REF, or a directory holding them for a set), and in
//! the transitive modes also the file at every release tag. A version at a git revision is read
//! there with the files its `$ref`s name ([`GitSource`]), nothing checked out. A file of the
//! earlier set the globs no longer match is `schema-file-removed` (`compat_schema::file_removed`).

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use compat_config::Component;
use compat_policy::slash_path as slash;
use compat_report::render::count;
use compat_report::{InputError, Report};
use compat_schema::{load_file, load_with, DiffInput, FileError, LoadOptions, Mode, SchemaDoc};

use crate::analyse::{baseline_spec, Analysis, Paths};
use crate::baseline::{relative_to, Resolved};
use crate::contract::{sides, take};
use crate::git::Repo;
use crate::git_source::GitSource;

/// One earlier version of a schema file, loaded, with its name in findings.
type Loaded = Result<(SchemaDoc, String), FileError>;

/// A `json-schema` component.
pub(crate) fn json_schema(c: &Component, p: &Paths<'_>) -> Analysis {
    let mut a = Analysis {
        analysed: true,
        ..Analysis::default()
    };
    let mode_name = p.contract.schema_mode.unwrap_or("backward");
    let mode = match mode_name {
        "none" => None,
        "backward" => Some(Mode::Backward),
        "forward" => Some(Mode::Forward),
        "full" => Some(Mode::Full),
        "backward-transitive" => Some(Mode::BackwardTransitive),
        "forward-transitive" => Some(Mode::ForwardTransitive),
        "full-transitive" => Some(Mode::FullTransitive),
        other => {
            a.errors.push(InputError {
                file: c.name.clone(),
                message: format!("json-schema promise mode {other:?}: not a compatibility mode"),
            });
            return a;
        }
    };
    if c.artifact.is_none() && !p.contract.schemas.is_empty() {
        return set(c, p, mode, a);
    }
    let Some((artifact, spec, baseline)) = sides(c, p, &mut a) else {
        return a;
    };
    let Some(mode) = mode else {
        a.notes
            .push(format!("{}: mode none: the schema is not compared", c.name));
        a.baseline = Some(baseline);
        return a;
    };
    let options = load_options(c, p.dir);
    let mut report = Report::new("schema diff", vec![baseline.shown.clone(), spec.clone()]);
    let first = match (&baseline.rev, p.repo) {
        (Some(rev), Some(repo)) => {
            let path = baseline
                .shown
                .strip_prefix("git:")
                .and_then(|r| r.split_once(':'))
                .map_or(spec.as_str(), |(_, path)| path);
            at_revision(p, repo, rev, path, &options)
        }
        _ => Some(
            load_file(&baseline.path, &baseline.shown, &options)
                .map(|d| (d, baseline.shown.clone())),
        ),
    };
    let compared = compare(
        p,
        &spec,
        &artifact,
        first,
        baseline.rev.as_deref(),
        (mode, &options, &schema_options(p)),
        &mut report,
    );
    if mode.transitive() {
        a.notes.push(transitive_note(c, p, mode, compared));
    }
    take(c, &mut a, report);
    a.baseline = Some(baseline);
    a
}

/// How `c`'s schemas are loaded: the remote documents of its `ref_map` read from files (relative
/// to the project file's directory `dir`; at a git revision, the file as it was there).
pub(crate) fn load_options(c: &Component, dir: &Path) -> LoadOptions {
    LoadOptions {
        ref_map: c
            .ref_map
            .iter()
            .map(|(url, file)| {
                let path = std::path::absolute(dir.join(file)).unwrap_or_else(|_| dir.join(file));
                (url.clone(), path.to_string_lossy().into_owned())
            })
            .collect(),
        ..LoadOptions::default()
    }
}

/// How schemas are compared: the promise's `policy` (`lenient` lets a property be declared where
/// the old content model was open).
fn schema_options(p: &Paths<'_>) -> compat_schema::Options {
    compat_schema::Options {
        policy: match p.contract.schema_policy {
            Some("lenient") => compat_schema::Policy::Lenient,
            _ => compat_schema::Policy::Strict,
        },
        ..compat_schema::Options::default()
    }
}

/// The note of a transitive mode: how many earlier versions a file was compared with.
fn transitive_note(c: &Component, p: &Paths<'_>, mode: Mode, compared: usize) -> String {
    match p.contract.release_tags {
        Some(glob) => format!(
            "{}: {}: compared with {} (the baseline and tags {glob})",
            c.name,
            mode.as_str(),
            count(compared, "earlier version", "earlier versions")
        ),
        None => format!(
            "{}: {}: compared with the baseline only (no promise has version_from = \"git-tag:GLOB\" to list earlier releases)",
            c.name,
            mode.as_str()
        ),
    }
}

/// Compares the schema file `spec` (relative to the project file; `path` on disk) in `mode` with
/// `first` (its baseline version; `None` when the baseline has no such file) and, in a transitive
/// mode, with the file at every release tag but `skip` (the baseline's revision). Returns how many
/// earlier versions it was compared with.
fn compare(
    p: &Paths<'_>,
    spec: &str,
    path: &Path,
    first: Option<Loaded>,
    skip: Option<&str>,
    (mode, options, schema): (Mode, &LoadOptions, &compat_schema::Options),
    report: &mut Report,
) -> usize {
    // The errors of this file only: a set's other files share the report.
    let errors_before = report.errors.len();
    let mut olds = Vec::new();
    let mut push = |loaded: Loaded, report: &mut Report| match loaded {
        Ok(one) => olds.push(one),
        Err(e) => report.error(e.file, e.message),
    };
    if let Some(first) = first {
        push(first, report);
    }
    if let (true, Some(glob), Some(repo)) = (mode.transitive(), p.contract.release_tags, p.repo) {
        let mut tags = repo.tags(glob);
        tags.sort_by_key(|(_, d)| *d);
        for (tag, _) in tags {
            if skip == Some(tag.as_str()) {
                continue;
            }
            // A release from before the schema existed has nothing to keep compatible with.
            if let Some(loaded) = at_revision(p, repo, &tag, spec, options) {
                push(loaded, report);
            }
        }
    }
    let new = load_file(path, spec, options);
    match new {
        Ok(new) if report.errors.len() == errors_before && !olds.is_empty() => {
            let inputs: Vec<DiffInput<'_>> = olds
                .iter()
                .map(|(doc, name)| DiffInput { doc, name })
                .collect();
            compat_schema::diff(
                &inputs,
                &DiffInput {
                    doc: &new,
                    name: spec,
                },
                mode,
                schema,
                report,
            );
        }
        Ok(_) => {}
        Err(e) => report.error(e.file, e.message),
    }
    olds.len()
}

/// The schema `spec` (relative to the project file) as it is at `rev`, the files its `$ref`s name
/// read at the same revision, named `git:REV:SPEC`; `None` when the revision has no such file.
fn at_revision(
    p: &Paths<'_>,
    repo: &Repo,
    rev: &str,
    spec: &str,
    options: &LoadOptions,
) -> Option<Loaded> {
    let name = format!("git:{rev}:{spec}");
    let Some(in_repo) = relative_to(&p.dir.join(spec), &repo.root) else {
        return Some(Err(FileError {
            message: format!("{name}: {spec} is outside the repository"),
            file: name,
        }));
    };
    if !repo.has(rev, &slash(&in_repo)) {
        return None;
    }
    let project_dir = relative_to(p.dir, &repo.root).unwrap_or_default();
    let mut source = GitSource::new(repo.clone(), rev).named_as_baselines(&project_dir);
    Some(load_with(&mut source, &repo.root.join(&in_repo), &name, options).map(|d| (d, name)))
}

/// Where a set's earlier versions are.
enum Earlier<'a> {
    /// The same paths at a git revision.
    Rev(&'a Repo, String),
    /// The same paths under a directory (relative to the project file, as written).
    Dir(PathBuf, String),
}

/// A component whose files the json-schema promise's `schemas` globs name.
fn set(c: &Component, p: &Paths<'_>, mode: Option<Mode>, mut a: Analysis) -> Analysis {
    let globs = p.contract.schemas;
    let found = baseline_spec(c, p.baseline).and_then(|spec| {
        let new_files = tree_files(p.dir, globs)?;
        let (earlier, old_files) = earlier_set(c, p, spec, globs)?;
        Ok((spec, new_files, earlier, old_files))
    });
    let (spec, new_files, earlier, old_files) = match found {
        Ok(found) => found,
        Err(message) => {
            a.errors.push(InputError {
                file: c.name.clone(),
                message,
            });
            return a;
        }
    };
    a.baseline = Some(match &earlier {
        Earlier::Rev(_, rev) => Resolved::revision(spec, rev),
        Earlier::Dir(dir, _) => Resolved::directory(spec, dir, p.repo),
    });
    if new_files.is_empty() && old_files.is_empty() {
        a.errors.push(InputError {
            file: c.name.clone(),
            message: format!(
                "the schemas globs {} match no file, here or in {spec}",
                globs.join(", ")
            ),
        });
        return a;
    }
    let Some(mode) = mode else {
        a.notes.push(format!(
            "{}: mode none: the {} are not compared",
            c.name,
            count(new_files.len(), "schema file", "schema files")
        ));
        return a;
    };
    let mut report = Report::new("schema diff", vec![spec.to_owned(), globs.join(" ")]);
    let options = load_options(c, p.dir);
    let old_name = |f: &str| match &earlier {
        Earlier::Rev(_, rev) => format!("git:{rev}:{f}"),
        Earlier::Dir(_, shown) => format!("{shown}/{f}"),
    };
    let mut added = Vec::new();
    let mut most = 0;
    for f in &new_files {
        let first = old_files.contains(f).then(|| match &earlier {
            Earlier::Rev(repo, rev) => {
                at_revision(p, repo, rev, f, &options).unwrap_or_else(|| Err(missing(&old_name(f))))
            }
            Earlier::Dir(dir, _) => {
                let name = old_name(f);
                load_file(&dir.join(f), &name, &options).map(|d| (d, name))
            }
        });
        if first.is_none() {
            added.push(f.as_str());
        }
        let skip = match &earlier {
            Earlier::Rev(_, rev) => Some(rev.as_str()),
            Earlier::Dir(..) => None,
        };
        most = most.max(compare(
            p,
            f,
            &p.dir.join(f),
            first,
            skip,
            (mode, &options, &schema_options(p)),
            &mut report,
        ));
    }
    let removed: Vec<&String> = old_files.difference(&new_files).collect();
    for f in &removed {
        if let Some(finding) = compat_schema::file_removed(f, &old_name(f), mode) {
            report.findings.push(finding);
        }
    }
    a.notes.push(format!(
        "{}: {} ({}) compared with {spec}{}{}",
        c.name,
        count(new_files.len(), "schema file", "schema files"),
        globs.join(", "),
        if added.is_empty() {
            String::new()
        } else {
            format!("; new since: {}", added.join(", "))
        },
        if removed.is_empty() {
            String::new()
        } else {
            format!(
                "; removed: {}",
                removed
                    .iter()
                    .map(|f| f.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        },
    ));
    if mode.transitive() {
        a.notes.push(transitive_note(c, p, mode, most));
    }
    // Each file's comparison says its mode: once is enough.
    let mut seen = BTreeSet::new();
    report.notes.retain(|n| seen.insert(n.clone()));
    take(c, &mut a, report);
    a
}

/// A set's baseline `spec`: where the earlier files are (`git:REF`, or a directory), and which of
/// them the globs match (relative to the project file).
fn earlier_set<'r>(
    c: &Component,
    p: &Paths<'r>,
    spec: &str,
    globs: &[String],
) -> Result<(Earlier<'r>, BTreeSet<String>), String> {
    let Some(rev) = spec.strip_prefix("git:") else {
        let dir = p.dir.join(spec);
        if !dir.is_dir() {
            return Err(format!(
                "{spec}: the baseline directory does not exist (component {} takes its files from the schemas globs: its baseline is a directory holding them, or git:REF)",
                c.name
            ));
        }
        let old = tree_files(&dir, globs)?;
        return Ok((
            Earlier::Dir(dir, spec.trim_end_matches('/').to_owned()),
            old,
        ));
    };
    if rev.is_empty() || rev.contains(':') {
        return Err(format!(
            "{spec}: component {} takes its files from the schemas globs, so its baseline is git:REF (the same files at REF) or a directory holding them",
            c.name
        ));
    }
    let repo = p
        .repo
        .ok_or_else(|| format!("{spec}: not in a git repository"))?;
    let patterns = patterns(globs)?;
    let project = slash(&relative_to(p.dir, &repo.root).unwrap_or_default());
    let listed = repo.files(rev, &project).map_err(|e| e.to_string())?;
    let old = listed
        .iter()
        .filter_map(|f| {
            if project.is_empty() {
                Some(f.as_str())
            } else {
                f.strip_prefix(&project)?.strip_prefix('/')
            }
        })
        .filter(|f| matches(&patterns, f))
        .map(str::to_owned)
        .collect();
    Ok((Earlier::Rev(repo, rev.to_owned()), old))
}

/// The error of a file the revision lists but git could not show.
fn missing(name: &str) -> FileError {
    FileError {
        file: name.to_owned(),
        message: format!("{name}: not found"),
    }
}

/// The options every glob of a set is matched with: `*` and `?` stay within a name, `**` crosses
/// directories.
const MATCH: glob::MatchOptions = glob::MatchOptions {
    case_sensitive: true,
    require_literal_separator: true,
    require_literal_leading_dot: false,
};

/// The globs compiled, or a line naming the one that is not a glob.
fn patterns(globs: &[String]) -> Result<Vec<glob::Pattern>, String> {
    globs
        .iter()
        .map(|g| {
            glob::Pattern::new(g)
                .map_err(|e| format!("schemas pattern {g:?} is not a valid glob: {}", e.msg))
        })
        .collect()
}

/// Whether `file` (relative to the project file, `/`-separated) matches one of `patterns`.
fn matches(patterns: &[glob::Pattern], file: &str) -> bool {
    patterns
        .iter()
        .any(|pat| pat.matches_path_with(Path::new(file), MATCH))
}

/// The files under `dir` the globs match, relative to it, `/`-separated.
pub(crate) fn tree_files(dir: &Path, globs: &[String]) -> Result<BTreeSet<String>, String> {
    let mut out = BTreeSet::new();
    for g in globs {
        let found = compat_fs::glob_in(dir, g)
            .map_err(|e| format!("schemas pattern {g:?} is not a valid glob: {e}"))?;
        if let Some((path, e)) = found.unreadable.first() {
            return Err(format!(
                "schemas pattern {g:?}: cannot list {}: {e}",
                path.display()
            ));
        }
        for path in found.paths.iter().filter(|p| p.is_file()) {
            // Baselines mirror the files' paths: each must be inside the project's directory.
            let rel = path
                .strip_prefix(dir)
                .ok()
                .filter(|r| {
                    r.components()
                        .all(|c| matches!(c, std::path::Component::Normal(_)))
                })
                .ok_or_else(|| {
                    format!(
                        "schemas pattern {g:?} matches {}, outside the directory of compat.toml",
                        path.display()
                    )
                })?;
            out.insert(slash(rel));
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn globs_match_within_names_and_across_directories_with_two_stars() {
        let ps = patterns(&["schemas/*.json".into(), "events/**/*.yaml".into()]).unwrap();
        assert!(matches(&ps, "schemas/a.json"));
        assert!(!matches(&ps, "schemas/sub/a.json"));
        assert!(matches(&ps, "events/a.yaml"));
        assert!(matches(&ps, "events/x/y/a.yaml"));
        assert!(!matches(&ps, "other/a.json"));
        assert!(patterns(&["schemas/[.json".into()])
            .unwrap_err()
            .contains("schemas/[.json"));
    }
}
