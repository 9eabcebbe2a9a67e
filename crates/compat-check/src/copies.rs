//! What `compat baseline update` writes for a contract component (json-schema, openapi, cli) whose
//! `baseline.main` is a committed path: copies of its candidate files, byte for byte, with the files
//! their `$ref`s name at the same places relative to them, so the copy reads as the original does.
//! An artifact is copied to the baseline file, the files it references beside it; a json-schema
//! component's set (its promise's `schemas` globs) to the baseline directory at their paths from
//! the project file. A reference that leaves the artifact's directory (the project's, for a set)
//! cannot be mirrored and is an error naming it: such a component's baseline is `git:REF`.

use std::path::{Path, PathBuf};

use compat_config::{Component, ComponentKind, Config, PromiseKind};

use crate::baseline::relative_to;

/// One file to write: where, and its bytes.
pub(crate) type Copy = (PathBuf, Vec<u8>);

/// The copies making `c`'s baseline `spec` (relative to the project file's directory `dir`), and
/// the copies in a set's baseline directory the globs match whose original is gone (to remove);
/// or one line saying why they cannot be made.
pub(crate) fn copies(
    config: &Config,
    c: &Component,
    dir: &Path,
    spec: &str,
) -> Result<(Vec<Copy>, Vec<PathBuf>), String> {
    let artifact = c.artifact.clone().or_else(|| match c.kind {
        ComponentKind::Cli => config
            .promise_of(c, PromiseKind::Cli)
            .and_then(|p| p.surface.clone()),
        _ => None,
    });
    if let Some(artifact) = artifact {
        let from = dir.join(&artifact);
        let to = dir.join(spec);
        let base = from.parent().unwrap_or(Path::new(""));
        let into = to.parent().unwrap_or(Path::new(""));
        let mut out = vec![(to.clone(), read(&from, &artifact)?)];
        for r in referenced(c, dir, &from, &artifact)? {
            let rel = relative_to(&r, base).ok_or_else(|| outside(&artifact, &r))?;
            out.push((into.join(&rel), read(&r, &r.display().to_string())?));
        }
        return Ok((out, Vec::new()));
    }
    let globs = config
        .promise_of(c, PromiseKind::JsonSchema)
        .map_or(&[][..], |p| p.schemas.as_slice());
    if c.kind != ComponentKind::JsonSchema || globs.is_empty() {
        return Err(format!(
            "component {} has no artifact to copy to {spec}",
            c.name
        ));
    }
    let into = dir.join(spec);
    let mut out: Vec<Copy> = Vec::new();
    let current = crate::json_schema::tree_files(dir, globs)?;
    for f in &current {
        let from = dir.join(f);
        out.push((into.join(f), read(&from, f)?));
        for r in referenced(c, dir, &from, f)? {
            let rel = relative_to(&r, dir).ok_or_else(|| outside(f, &r))?;
            let to = into.join(&rel);
            if !out.iter().any(|(p, _)| *p == to) {
                out.push((to, read(&r, &r.display().to_string())?));
            }
        }
    }
    let stale = if into.is_dir() {
        crate::json_schema::tree_files(&into, globs)?
            .difference(&current)
            .map(|f| into.join(f))
            .collect()
    } else {
        Vec::new()
    };
    Ok((out, stale))
}

/// The error of a reference no copy can mirror.
fn outside(file: &str, r: &Path) -> String {
    format!(
        "{file} refers to {}, outside the directory a baseline copy mirrors: use baseline.main = \"git:REF\" for this component",
        r.display()
    )
}

/// `path`'s bytes, or one line naming `shown`.
fn read(path: &Path, shown: &str) -> Result<Vec<u8>, String> {
    compat_fs::read(path, compat_fs::Limit::Contract)
        .map_err(|e| format!("{shown}: {}", e.reason()))
}

/// The other files the document at `path` (named `shown`) of `c` references, as the engine that
/// compares it loads them (a document its `ref_map` maps is read from the project, not copied).
fn referenced(c: &Component, dir: &Path, path: &Path, shown: &str) -> Result<Vec<PathBuf>, String> {
    match c.kind {
        ComponentKind::JsonSchema => {
            let options = crate::json_schema::load_options(c, dir);
            let doc = compat_schema::load_file(path, shown, &options).map_err(|e| e.message)?;
            Ok(doc
                .documents()
                .iter()
                .skip(1)
                .filter_map(|d| compat_schema::file_path(&d.uri))
                .collect())
        }
        ComponentKind::OpenApi => {
            let docs = compat_openapi::docs::Docs::load(&compat_openapi::FsSource, path)
                .map_err(|e| format!("{shown}: {e}"))?;
            Ok((1..docs.len()).map(|i| docs.doc(i).path.clone()).collect())
        }
        _ => Ok(Vec::new()),
    }
}
