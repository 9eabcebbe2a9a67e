//! What `compat baseline update` writes for a contract component (json-schema, openapi, cli) whose
//! `baseline.main` is a committed path: copies of its candidate files, byte for byte, with the files
//! their `$ref`s name at the same places relative to them, so the copy reads as the original does.
//! An artifact is copied to the baseline file, the files it references beside it; a json-schema
//! component's set (its promise's `schemas` globs) to the baseline directory at their paths from
//! the project file. A reference that leaves the artifact's directory (the project's, for a set)
//! cannot be mirrored and is an error naming it: such a component's baseline is `git:REF`.

use std::path::{Component as PathPart, Path, PathBuf};

use compat_config::{Component, ComponentKind, Config, PromiseKind};

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
    let promise = |kind: PromiseKind| {
        config
            .promises_of(c)
            .iter()
            .filter_map(|n| config.promises.get(n))
            .filter(move |p| p.kind == kind)
    };
    let artifact = c.artifact.clone().or_else(|| match c.kind {
        ComponentKind::Cli => promise(PromiseKind::Cli).find_map(|p| p.surface.clone()),
        _ => None,
    });
    if let Some(artifact) = artifact {
        let from = dir.join(&artifact);
        let to = dir.join(spec);
        let base = from.parent().unwrap_or(Path::new(""));
        let into = to.parent().unwrap_or(Path::new(""));
        let mut out = vec![(to.clone(), read(&from, &artifact)?)];
        for r in referenced(c, dir, &from, &artifact)? {
            let rel = under(base, &r).ok_or_else(|| outside(&artifact, &r))?;
            out.push((into.join(&rel), read(&r, &r.display().to_string())?));
        }
        return Ok((out, Vec::new()));
    }
    let globs = promise(PromiseKind::JsonSchema)
        .map(|p| p.schemas.as_slice())
        .find(|s| !s.is_empty())
        .unwrap_or_default();
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
            let rel = under(dir, &r).ok_or_else(|| outside(f, &r))?;
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
                .filter_map(|d| file_path(&d.uri))
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

/// The path of a `file://` URI (percent escapes decoded); `None` for another scheme.
fn file_path(uri: &str) -> Option<PathBuf> {
    let rest = uri.strip_prefix("file://")?;
    let bytes = rest.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| char::from(b).to_digit(16);
        match (bytes[i], bytes.get(i + 1), bytes.get(i + 2)) {
            (b'%', Some(&h), Some(&l)) if hex(h).is_some() && hex(l).is_some() => {
                out.push(u8::try_from(hex(h)? * 16 + hex(l)?).ok()?);
                i += 3;
            }
            (b, _, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    Some(PathBuf::from(String::from_utf8(out).ok()?))
}

/// `path` relative to `base`, both made absolute and folded lexically (`.` dropped, `..` taking
/// out the name before it); `None` when `path` is not under `base`.
fn under(base: &Path, path: &Path) -> Option<PathBuf> {
    let fold = |p: &Path| -> Option<PathBuf> {
        let abs = std::path::absolute(p).ok()?;
        let mut out = PathBuf::new();
        for part in abs.components() {
            match part {
                PathPart::CurDir => {}
                PathPart::ParentDir => {
                    out.pop();
                }
                other => out.push(other),
            }
        }
        Some(out)
    };
    let rel = fold(path)?.strip_prefix(fold(base)?).ok()?.to_path_buf();
    (!rel.as_os_str().is_empty()).then_some(rel)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_uris_decode_and_paths_fold_under_their_base() {
        assert_eq!(
            file_path("file:///p/a%20b%23.json"),
            Some(PathBuf::from("/p/a b#.json"))
        );
        assert_eq!(file_path("https://example.com/s.json"), None);
        assert_eq!(
            under(
                Path::new("/p/api"),
                Path::new("/p/api/./defs/../schemas.yaml")
            ),
            Some(PathBuf::from("schemas.yaml"))
        );
        assert_eq!(
            under(Path::new("/p/api"), Path::new("/p/api/../shared/pet.yaml")),
            None
        );
        assert_eq!(under(Path::new("/p/api"), Path::new("/p/api")), None);
    }
}
