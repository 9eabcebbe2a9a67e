//! A component's baseline as `compat.toml` names it: a committed file
//! (relative to the project file) or `git:REF:PATH`, read from the
//! repository's object store into a temporary file the engines can map; for
//! a json-schema component's set of files, a directory or `git:REF`.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::git::Repo;

/// A baseline ready to read.
#[derive(Debug)]
pub struct Resolved {
    /// The file to read (the committed file, or a temporary copy).
    pub path: PathBuf,
    /// As the report names it: the path as written, or `git:REF:PATH`.
    pub shown: String,
    /// The revision it was read at (`git:` baselines).
    pub rev: Option<String>,
    /// The committed file, relative to the repository root (plain paths).
    pub committed: Option<PathBuf>,
    _temp: Option<tempfile::TempPath>,
}

/// Resolves `spec` written in the project file in `config_dir`.
pub fn resolve(spec: &str, config_dir: &Path, repo: Option<&Repo>) -> Result<Resolved, String> {
    if let Some(rest) = spec.strip_prefix("git:") {
        let Some((rev, path)) = rest.split_once(':') else {
            return Err(format!("{spec}: a git baseline is git:REF:PATH"));
        };
        let Some(repo) = repo else {
            return Err(format!("{spec}: not in a git repository"));
        };
        // PATH is relative to the project file, like every path in it.
        let in_repo = relative_to(&config_dir.join(path), &repo.root)
            .ok_or_else(|| format!("{spec}: {path} is outside the repository"))?;
        let bytes = repo
            .show(rev, &in_repo.to_string_lossy())
            .map_err(|e| e.to_string())?;
        let mut tmp = tempfile::Builder::new()
            .prefix("compat-baseline-")
            .tempfile()
            .map_err(|e| format!("{spec}: cannot write a temporary copy: {e}"))?;
        tmp.write_all(&bytes)
            .and_then(|()| tmp.flush())
            .map_err(|e| format!("{spec}: cannot write a temporary copy: {e}"))?;
        let temp = tmp.into_temp_path();
        return Ok(Resolved {
            path: temp.to_path_buf(),
            shown: spec.to_owned(),
            rev: Some(rev.to_owned()),
            committed: None,
            _temp: Some(temp),
        });
    }
    let path = config_dir.join(spec);
    if !path.exists() {
        return Err(format!(
            "{spec}: the baseline does not exist (compat baseline update writes it)"
        ));
    }
    Ok(Resolved {
        committed: repo.and_then(|r| relative_to(&path, &r.root)),
        path,
        shown: spec.to_owned(),
        rev: None,
        _temp: None,
    })
}

impl Resolved {
    /// A set's baseline at the git revision `rev` (`git:REF`: each file at its own path there).
    pub fn revision(spec: &str, rev: &str) -> Resolved {
        Resolved {
            path: PathBuf::new(),
            shown: spec.to_owned(),
            rev: Some(rev.to_owned()),
            committed: None,
            _temp: None,
        }
    }

    /// A set's baseline in the directory `dir` (`spec` as written).
    pub fn directory(spec: &str, dir: &Path, repo: Option<&Repo>) -> Resolved {
        Resolved {
            committed: repo.and_then(|r| relative_to(dir, &r.root)),
            path: dir.to_path_buf(),
            shown: spec.to_owned(),
            rev: None,
            _temp: None,
        }
    }
}

/// `path` relative to `root`, both resolved (links followed as far as the
/// path exists, `..` and `.` folded).
pub fn relative_to(path: &Path, root: &Path) -> Option<PathBuf> {
    canonical(path)
        .strip_prefix(canonical(root))
        .ok()
        .map(Path::to_path_buf)
}

/// `p` absolute with its existing part canonicalized and the rest folded.
fn canonical(p: &Path) -> PathBuf {
    let p = if p.is_absolute() {
        p.to_path_buf()
    } else {
        std::env::current_dir().unwrap_or_default().join(p)
    };
    if let Ok(c) = std::fs::canonicalize(&p) {
        return c;
    }
    match (p.parent(), p.file_name()) {
        (Some(parent), Some(name)) if name != ".." => canonical(parent).join(name),
        (Some(parent), _) => canonical(parent)
            .parent()
            .map(Path::to_path_buf)
            .unwrap_or_default(),
        _ => p,
    }
}
