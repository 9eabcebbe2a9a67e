//! What `compat check` reads from the repository's object store through the
//! `git` command: files at a revision (`git:REF:PATH` baselines, no second
//! checkout), tags and their dates, the commit checked out. Only local
//! commands are run (`show`, `tag`, `rev-parse`, `describe`); nothing is
//! fetched.

use std::cell::RefCell;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use compat_config::Date;

use crate::error::CheckError;

/// A git working tree. Answers about tags are asked once per run and
/// remembered (every component of a project shares them).
#[derive(Debug, Clone)]
pub struct Repo {
    /// Its top-level directory.
    pub root: PathBuf,
    memo: RefCell<HashMap<Vec<String>, Option<String>>>,
}

impl Repo {
    /// The repository holding `dir`, if any.
    pub fn find(dir: &Path) -> Option<Repo> {
        let out = git(dir, &["rev-parse", "--show-toplevel"]).ok()?;
        let root = PathBuf::from(out.trim_end_matches('\n'));
        root.is_dir().then_some(Repo {
            root,
            memo: RefCell::default(),
        })
    }

    /// The commit checked out.
    pub fn head(&self) -> Option<String> {
        git(&self.root, &["rev-parse", "HEAD"])
            .ok()
            .map(|s| s.trim().to_owned())
    }

    /// The bytes of `path` (relative to the repository root) at `rev`.
    pub fn show(&self, rev: &str, path: &str) -> Result<Vec<u8>, CheckError> {
        if rev.starts_with('-') {
            return Err(CheckError::Git(format!("{rev}: not a revision")));
        }
        let spec = format!("{rev}:{}", path.trim_start_matches("./"));
        let out = Command::new("git")
            .arg("-C")
            .arg(&self.root)
            .args(["show", "--no-textconv", &spec])
            .env("GIT_TERMINAL_PROMPT", "0")
            .output()
            .map_err(|e| CheckError::Git(format!("cannot run git: {e}")))?;
        if !out.status.success() {
            let err = String::from_utf8_lossy(&out.stderr);
            return Err(CheckError::Git(format!(
                "git:{spec}: {}",
                err.lines()
                    .next()
                    .unwrap_or("not found")
                    .trim_start_matches("fatal: ")
            )));
        }
        Ok(out.stdout)
    }

    /// `git ARGS` once per run: its output, or `None` when it failed.
    fn cached(&self, args: &[&str]) -> Option<String> {
        let key: Vec<String> = args.iter().map(|a| (*a).to_owned()).collect();
        if let Some(hit) = self.memo.borrow().get(&key) {
            return hit.clone();
        }
        let out = git(&self.root, args).ok();
        self.memo.borrow_mut().insert(key, out.clone());
        out
    }

    /// Tags matching the glob `pattern`, each with its date (the tagger's for
    /// an annotated tag, else the commit's).
    pub fn tags(&self, pattern: &str) -> Vec<(String, Date)> {
        let Some(out) = self.cached(&[
            "tag",
            "--list",
            pattern,
            "--format=%(refname:short) %(creatordate:short)",
        ]) else {
            return Vec::new();
        };
        out.lines()
            .filter_map(|l| {
                let (name, date) = l.rsplit_once(' ')?;
                Some((name.to_owned(), Date::parse(date).ok()?))
            })
            .collect()
    }

    /// Tags matching `pattern` that point at the commit checked out.
    pub fn tags_at_head(&self, pattern: &str) -> Vec<String> {
        self.cached(&["tag", "--list", pattern, "--points-at", "HEAD"])
            .map(|s| s.lines().map(str::to_owned).collect())
            .unwrap_or_default()
    }

    /// The newest tag matching `pattern` reachable from `rev`.
    pub fn describe(&self, pattern: &str, rev: &str) -> Option<String> {
        self.cached(&["describe", "--tags", "--abbrev=0", "--match", pattern, rev])
            .map(|s| s.trim().to_owned())
            .filter(|s| !s.is_empty())
    }
}

/// Runs `git -C dir ARGS` and returns its standard output.
fn git(dir: &Path, args: &[&str]) -> Result<String, CheckError> {
    let out = Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(args)
        .env("GIT_TERMINAL_PROMPT", "0")
        .output()
        .map_err(|e| CheckError::Git(format!("cannot run git: {e}")))?;
    if !out.status.success() {
        return Err(CheckError::Git(
            String::from_utf8_lossy(&out.stderr).trim().to_owned(),
        ));
    }
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}
