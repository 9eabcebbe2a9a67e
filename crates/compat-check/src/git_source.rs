//! The files of one git revision as an OpenAPI [`Source`] and a JSON Schema
//! [`compat_schema::FileSource`]: read with `git show`, nothing checked out.
//! `compat openapi diff REV:PATH` and `compat check` (an openapi or json-schema component's `git:`
//! baseline, and a json-schema file at each release tag) read multi-file documents through it; `$ref`s are joined lexically inside the revision. Files
//! are named from the repository's root (`REV:PATH`, as git names them), or, for `compat check`, as
//! `compat.toml` writes a baseline: `git:REF:PATH`, PATH relative to the project file.

use std::path::{Component, Path, PathBuf};
use std::sync::Mutex;

use compat_openapi::{LoadError, Source};

use crate::git::Repo;

/// One revision of a repository.
pub struct GitSource {
    repo: Mutex<Repo>,
    rev: String,
    prefix: &'static str,
    /// The directory names are relative to (from the repository's root); the root when `None`.
    base: Option<PathBuf>,
}

impl GitSource {
    /// The files of `rev` in `repo` (paths relative to the repository's root).
    pub fn new(repo: Repo, rev: &str) -> GitSource {
        GitSource {
            repo: Mutex::new(repo),
            rev: rev.to_owned(),
            prefix: "",
            base: None,
        }
    }

    /// Files named `git:REV:PATH` with PATH relative to `project_dir` (the project file's directory,
    /// from the repository's root), as `compat.toml` writes a baseline (`REV:PATH` from the root
    /// otherwise, as `git show` names it).
    pub fn named_as_baselines(mut self, project_dir: &Path) -> GitSource {
        self.prefix = "git:";
        self.base = Some(project_dir.to_path_buf());
        self
    }
}

/// `path` relative to `base`, both relative to one root and folded (`..` where `path` is not
/// under `base`).
fn relative(path: &Path, base: &Path) -> PathBuf {
    let names = |p: &Path| -> Vec<String> {
        p.components()
            .filter_map(|c| match c {
                Component::Normal(n) => Some(n.to_string_lossy().into_owned()),
                _ => None,
            })
            .collect()
    };
    let (path, base) = (names(path), names(base));
    let common = path.iter().zip(&base).take_while(|(a, b)| a == b).count();
    let mut out = PathBuf::new();
    for _ in common..base.len() {
        out.push("..");
    }
    for n in &path[common..] {
        out.push(n);
    }
    out
}

impl Source for GitSource {
    fn read(&self, path: &Path) -> Result<Vec<u8>, LoadError> {
        let repo = self
            .repo
            .lock()
            .map_err(|_| LoadError::Git("git: lock poisoned".into()))?;
        let text = path.to_string_lossy();
        if text.starts_with("../") || path.is_absolute() {
            return Err(LoadError::Git(format!(
                "{}:{text}: outside the repository",
                self.rev
            )));
        }
        repo.show(&self.rev, &text)
            .map_err(|e| LoadError::Git(e.to_string()))
    }

    fn label(&self, path: &Path) -> String {
        let shown = match &self.base {
            Some(base) => relative(path, base),
            None => path.to_path_buf(),
        };
        format!("{}{}:{}", self.prefix, self.rev, shown.display())
    }
}

impl GitSource {
    /// `path` (absolute under the repository's root, or relative to it) from the root, folded.
    fn in_repo(&self, path: &Path) -> Result<String, String> {
        let root = self
            .repo
            .lock()
            .map_err(|_| "git: lock poisoned".to_owned())?
            .root
            .clone();
        let rel = if path.is_absolute() {
            path.strip_prefix(&root).ok()
        } else {
            Some(path)
        };
        rel.and_then(crate::git::fold)
            .ok_or_else(|| format!("outside the repository at {}", root.display()))
    }
}

/// The same revision's files as JSON Schemas read them (`compat check`'s json-schema components):
/// asked for absolute paths under the repository's root (a `file://` base resolves relative
/// `$ref`s), named as [`Source::label`] names them.
impl compat_schema::FileSource for GitSource {
    fn read(&mut self, path: &Path) -> Result<Vec<u8>, String> {
        let rel = self.in_repo(path)?;
        let repo = self
            .repo
            .lock()
            .map_err(|_| "git: lock poisoned".to_owned())?;
        repo.show(&self.rev, &rel).map_err(|e| {
            let text = e.to_string();
            // The file is named by whoever reports the error.
            let prefix = format!("git:{}:{rel}: ", self.rev);
            text.strip_prefix(&prefix)
                .map_or(text.clone(), str::to_owned)
        })
    }

    fn name(&self, path: &Path) -> String {
        match self.in_repo(path) {
            Ok(rel) => self.label(Path::new(&rel)),
            Err(_) => format!("{}{}:{}", self.prefix, self.rev, path.display()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::relative;
    use std::path::Path;

    #[test]
    fn names_are_relative_to_the_project_directory() {
        let r = |p: &str, b: &str| relative(Path::new(p), Path::new(b)).display().to_string();
        assert_eq!(r("api/openapi.yaml", ""), "api/openapi.yaml");
        assert_eq!(
            r("svc/pets/api/openapi.yaml", "svc/pets"),
            "api/openapi.yaml"
        );
        assert_eq!(r("svc/shared/pet.yaml", "svc/pets"), "../shared/pet.yaml");
        assert_eq!(r("top.yaml", "svc/pets"), "../../top.yaml");
    }
}
