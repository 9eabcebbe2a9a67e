//! The files of one git revision as an OpenAPI [`Source`]: read with `git show`, nothing checked out.
//! `compat openapi diff REV:PATH` and `compat check` (an openapi component's `git:REF:PATH` baseline)
//! read multi-file descriptions through it; `$ref`s are joined lexically inside the revision. Files
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
