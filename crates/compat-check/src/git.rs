//! What `compat check` reads from the repository's object store through the
//! `git` command: files at a revision (`git:REF:PATH` baselines, no second
//! checkout), the files of a revision, tags and their dates, the commit checked out. Only local
//! commands are run (`show`, `ls-tree`, `tag`, `rev-parse`, `describe`); nothing is
//! fetched.
//!
//! [`RevPath`] is how every command that takes a file argument at a git
//! revision (`compat schema diff`, `compat openapi diff`, `compat cli diff`,
//! `compat cli surface --from`) reads `REV:PATH`: as git does.

use std::cell::RefCell;
use std::collections::{BTreeSet, HashMap};
use std::path::{Component, Path, PathBuf};
use std::process::Command;
use std::sync::Arc;

use compat_config::Date;

use crate::error::CheckError;

/// A git working tree. Answers about tags, and the files of a revision, are
/// asked once per run and remembered (every component of a project shares
/// them).
#[derive(Debug, Clone)]
pub struct Repo {
    /// Its top-level directory.
    pub root: PathBuf,
    memo: RefCell<HashMap<Vec<String>, Option<String>>>,
    trees: RefCell<HashMap<String, Arc<BTreeSet<String>>>>,
}

impl Repo {
    /// The repository holding `dir`, if any.
    pub fn find(dir: &Path) -> Option<Repo> {
        let out = git(dir, &["rev-parse", "--show-toplevel"]).ok()?;
        let root = PathBuf::from(out.trim_end_matches('\n'));
        root.is_dir().then_some(Repo {
            root,
            memo: RefCell::default(),
            trees: RefCell::default(),
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

    /// Whether `path` (relative to the repository root) is a file at `rev`.
    pub fn has(&self, rev: &str, path: &str) -> bool {
        self.tree(rev)
            .is_ok_and(|t| t.contains(path.trim_start_matches("./")))
    }

    /// The files of `rev` under the directory `dir` (relative to the repository root, empty for
    /// all), named from the root, `/`-separated.
    pub fn files(&self, rev: &str, dir: &str) -> Result<Vec<String>, CheckError> {
        let tree = self.tree(rev)?;
        Ok(tree
            .iter()
            .filter(|f| dir.is_empty() || f.strip_prefix(dir).is_some_and(|r| r.starts_with('/')))
            .cloned()
            .collect())
    }

    /// Every file of `rev`, named from the root: `git ls-tree` once per revision and run.
    fn tree(&self, rev: &str) -> Result<Arc<BTreeSet<String>>, CheckError> {
        if rev.starts_with('-') {
            return Err(CheckError::Git(format!("{rev}: not a revision")));
        }
        if let Some(t) = self.trees.borrow().get(rev) {
            return Ok(Arc::clone(t));
        }
        let args = ["ls-tree", "-r", "-z", "--name-only", "--full-tree", rev];
        let out = git(&self.root, &args).map_err(|e| match e {
            CheckError::Git(m) => CheckError::Git(format!(
                "git:{rev}: {}",
                m.lines()
                    .next()
                    .unwrap_or_default()
                    .trim_start_matches("fatal: ")
            )),
            other => other,
        })?;
        let tree: Arc<BTreeSet<String>> = Arc::new(
            out.split('\0')
                .filter(|s| !s.is_empty())
                .map(str::to_owned)
                .collect(),
        );
        self.trees
            .borrow_mut()
            .insert(rev.to_owned(), Arc::clone(&tree));
        Ok(tree)
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

/// A command-line argument `REV:PATH`: the file PATH at the git revision REV of the repository of
/// the working directory. PATH is read as `git show REV:PATH` reads it: from the repository's root,
/// unless it starts with `./` or `../`, which start at the working directory.
#[derive(Debug, Clone)]
pub struct RevPath {
    /// The repository of the working directory.
    pub repo: Repo,
    /// The revision, as given.
    pub rev: String,
    /// The file from the repository's root, `/`-separated, `.` and `..` folded (as git names it).
    pub path: String,
}

impl RevPath {
    /// `arg` as `REV:PATH`, with `cwd` the working directory: `None` when `arg` names an existing file
    /// (even one whose name holds a `:`), lacks a revision or a path, or `cwd` is in no git
    /// repository; `Some(Err(line))` when PATH leaves the repository (the line does not repeat
    /// `arg`).
    pub fn parse(arg: &str, cwd: &Path) -> Option<Result<RevPath, String>> {
        if cwd.join(arg).exists() {
            return None;
        }
        let (rev, file) = arg.split_once(':')?;
        if rev.is_empty() || file.is_empty() {
            return None;
        }
        let repo = Repo::find(cwd)?;
        let from_cwd =
            file.starts_with("./") || file.starts_with("../") || file == "." || file == "..";
        let start = if from_cwd {
            match crate::baseline::relative_to(cwd, &repo.root) {
                Some(p) => p,
                None => {
                    return Some(Err(format!(
                        "the working directory is outside the repository at {}",
                        repo.root.display()
                    )))
                }
            }
        } else {
            PathBuf::new()
        };
        match fold(&start.join(file)) {
            Some(path) => Some(Ok(RevPath {
                repo,
                rev: rev.to_owned(),
                path,
            })),
            None => Some(Err(format!(
                "{file} is outside the repository at {}",
                repo.root.display()
            ))),
        }
    }

    /// The file as if checked out: the repository's root joined with [`RevPath::path`].
    pub fn checked_out(&self) -> PathBuf {
        self.repo.root.join(&self.path)
    }

    /// The file's bytes at the revision.
    pub fn read(&self) -> Result<Vec<u8>, CheckError> {
        self.repo.show(&self.rev, &self.path)
    }
}

/// `path` (relative) with `.` left out and each `..` taken out with the name before it, `/`-separated;
/// `None` when a `..` would leave the start (or the path is absolute).
pub fn fold(path: &Path) -> Option<String> {
    let mut parts: Vec<String> = Vec::new();
    for c in path.components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir => {
                parts.pop()?;
            }
            Component::Normal(n) => parts.push(n.to_string_lossy().into_owned()),
            Component::RootDir | Component::Prefix(_) => return None,
        }
    }
    Some(parts.join("/"))
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
