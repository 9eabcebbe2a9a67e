//! The files of one git revision as an OpenAPI [`Source`]: read with `git show`, nothing checked out.
//! `compat openapi diff REV:PATH` and `compat check` (an openapi component's `git:REF:PATH` baseline)
//! read multi-file descriptions through it; `$ref`s are joined lexically inside the revision.

use std::path::Path;
use std::sync::Mutex;

use compat_openapi::{LoadError, Source};

use crate::git::Repo;

/// One revision of a repository.
pub struct GitSource {
    repo: Mutex<Repo>,
    rev: String,
    prefix: &'static str,
}

impl GitSource {
    /// The files of `rev` in `repo` (paths relative to the repository's root).
    pub fn new(repo: Repo, rev: &str) -> GitSource {
        GitSource {
            repo: Mutex::new(repo),
            rev: rev.to_owned(),
            prefix: "",
        }
    }

    /// Files named `git:REV:PATH`, as `compat.toml` writes a baseline
    /// (`REV:PATH` otherwise, as `compat openapi diff` is given one).
    pub fn named_as_baselines(mut self) -> GitSource {
        self.prefix = "git:";
        self
    }
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
        format!("{}{}:{}", self.prefix, self.rev, path.display())
    }
}
