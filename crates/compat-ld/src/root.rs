//! The target system's file namespace: `--sysroot` resolved as a chroot
//! resolves it, so that no lookup leaves the root.
//!
//! Every path the target's own files name is a path *in the target*: a
//! DT_NEEDED entry with a slash, DT_RPATH and DT_RUNPATH entries, the entries
//! of `ld.so.cache`, the directories and `include` patterns of `ld.so.conf`,
//! ld.so's default directories. [`Root::host`] places such a path below the
//! root, lexically; [`Root::resolve`] then walks it one component at a time
//! and reads every symbolic link itself, as the kernel does inside a chroot:
//! an absolute link target restarts at the root, `..` stops at the root, and
//! after [`MAX_LINKS`] links (the kernel's limit) the lookup fails with "too
//! many levels of symbolic links". The result has no link left in it, so
//! opening it cannot leave the root. (A concurrent writer that swaps a
//! directory for a link between the walk and the open is not guarded against:
//! the sysroot is an input, not an adversary running beside compat.)
//!
//! Paths the user gives (the files to check, `--lib`, `--library-path`) are
//! host paths. One that lies under the root (by its spelling, after making it
//! absolute) is resolved inside the root like a target path, so
//! `--sysroot R R/usr/bin/app` is the program of the target; any other is
//! resolved by the host (it is the user's own file). Without a sysroot the
//! two namespaces are one and the host resolves everything.
//!
//! Directory lookups are memoized for the run: ld.so remembers which search
//! directories exist, and a search of thousands of names through the same
//! directories walks each directory once.

use foldhash::HashMap;
use std::ffi::OsString;
use std::path::{Component, Path, PathBuf};
use std::sync::Mutex;

use crate::error::Error;

/// The most symbolic links one lookup follows (Linux's `MAXSYMLINKS`).
pub const MAX_LINKS: usize = 40;

/// The longest path the kernel opens (`PATH_MAX`, with its NUL).
pub const PATH_MAX: usize = 4096;

/// Why a path could not be resolved.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ResolveError {
    /// A component does not exist.
    #[error("no such file or directory")]
    NotFound,
    /// A component before the last is not a directory.
    #[error("not a directory")]
    NotADirectory,
    /// A component cannot be searched or read.
    #[error("permission denied")]
    PermissionDenied,
    /// The path is longer than [`PATH_MAX`].
    #[error("file name too long")]
    TooLong,
    /// More than [`MAX_LINKS`] symbolic links, or a loop.
    #[error("too many levels of symbolic links (more than {MAX_LINKS})")]
    TooManyLinks,
    /// Any other error of the operating system.
    #[error("{0}")]
    Io(String),
}

impl ResolveError {
    fn of(e: &std::io::Error) -> ResolveError {
        match e.raw_os_error() {
            Some(libc::ENOENT) => ResolveError::NotFound,
            Some(libc::ENOTDIR) => ResolveError::NotADirectory,
            Some(libc::EACCES) => ResolveError::PermissionDenied,
            Some(libc::ELOOP) => ResolveError::TooManyLinks,
            Some(libc::ENAMETOOLONG) => ResolveError::TooLong,
            _ => ResolveError::Io(e.to_string()),
        }
    }

    /// Whether ld.so goes on with the next directory after failing to open a
    /// candidate this way (glibc `open_path`: a missing file, a missing
    /// directory and a permission error do; anything else stops the search).
    pub fn search_goes_on(&self) -> bool {
        matches!(
            self,
            ResolveError::NotFound | ResolveError::NotADirectory | ResolveError::PermissionDenied
        )
    }
}

/// A resolved path and the links followed to it (the kernel's limit counts
/// every link of one lookup, the directory's included).
type Resolved = Result<(PathBuf, usize), ResolveError>;

/// The root of the target system (`--sysroot`, or `/`).
#[derive(Debug, Default)]
pub struct Root {
    /// `None`: the host's own `/`.
    dir: Option<RootDir>,
    /// Resolved paths (directories and candidates) by the path asked for,
    /// with the number of links followed on the way.
    memo: Mutex<HashMap<PathBuf, Resolved>>,
}

#[derive(Debug)]
struct RootDir {
    /// The root, canonical: every resolved path starts with it.
    canonical: PathBuf,
    /// The root as the user spelt it, made absolute (paths under it count as
    /// inside the root too).
    given: PathBuf,
}

impl Root {
    /// The root at `sysroot` (`None` or `/`: the host itself). An error
    /// when it does not resolve or is not a directory.
    pub fn new(sysroot: Option<&Path>) -> Result<Root, Error> {
        let Some(dir) = sysroot else {
            return Ok(Root::default());
        };
        let canonical = std::fs::canonicalize(dir).map_err(|e| Error::Sysroot {
            path: dir.to_path_buf(),
            source: ResolveError::of(&e),
        })?;
        if !canonical.is_dir() {
            return Err(Error::SysrootNotDirectory {
                path: dir.to_path_buf(),
            });
        }
        if canonical == Path::new("/") {
            return Ok(Root::default());
        }
        Ok(Root {
            dir: Some(RootDir {
                given: lexical(&absolute(dir)),
                canonical,
            }),
            memo: Mutex::default(),
        })
    }

    /// True when there is no sysroot (the host's `/` is the target's).
    pub fn is_host(&self) -> bool {
        self.dir.is_none()
    }

    /// `target`, a path of the target system, as a host path below the root
    /// (lexically: nothing is resolved). A relative target path is taken from
    /// the target's `/` (the working directory of a process started in a
    /// chroot); without a sysroot the path is returned unchanged.
    pub fn host(&self, target: &Path) -> PathBuf {
        match &self.dir {
            None => target.to_path_buf(),
            Some(r) => {
                let rel = target.strip_prefix("/").unwrap_or(target);
                r.canonical.join(rel)
            }
        }
    }

    /// The target path of `host` when it lies under the root (by its
    /// spelling; `..` components are kept, the resolution keeps them inside).
    pub fn target_of(&self, host: &Path) -> Option<PathBuf> {
        let r = self.dir.as_ref()?;
        let abs = absolute(host);
        let rest = abs
            .strip_prefix(&r.canonical)
            .or_else(|_| abs.strip_prefix(&r.given))
            .ok()?;
        Some(Path::new("/").join(rest))
    }

    /// The file `host` names, with every symbolic link resolved: inside the
    /// root when the path lies under it (see the module documentation),
    /// by the host otherwise. The result is canonical (the identity of the
    /// file for the run).
    pub fn resolve(&self, host: &Path) -> Result<PathBuf, ResolveError> {
        self.resolve_counted(host).map(|(p, _)| p)
    }

    fn resolve_counted(&self, host: &Path) -> Resolved {
        if let Some(hit) = self.memo.lock().expect("root memo lock").get(host) {
            return hit.clone();
        }
        let result = match self.target_of(host) {
            Some(target) => self.resolve_target(&target),
            None => self.resolve_host(host),
        };
        self.memo
            .lock()
            .expect("root memo lock")
            .insert(host.to_path_buf(), result.clone());
        result
    }

    /// A path outside the root, resolved by the host: its directory once
    /// (memoized), then one `lstat` of the file, which settles a missing
    /// file or a plain one; only a link is canonicalized further.
    fn resolve_host(&self, host: &Path) -> Resolved {
        let canonical = |p: &Path| {
            std::fs::canonicalize(p)
                .map(|p| (p, 0))
                .map_err(|e| ResolveError::of(&e))
        };
        let (Some(dir), Some(name)) = (host.parent(), host.file_name()) else {
            return canonical(host);
        };
        if dir.as_os_str().is_empty() {
            return canonical(host);
        }
        let memo = self.memo.lock().expect("root memo lock").get(dir).cloned();
        let real_dir = match memo {
            Some(hit) => hit,
            None => {
                let r = canonical(dir);
                self.memo
                    .lock()
                    .expect("root memo lock")
                    .insert(dir.to_path_buf(), r.clone());
                r
            }
        }?
        .0;
        let p = real_dir.join(name);
        match std::fs::symlink_metadata(&p) {
            Ok(m) if !m.file_type().is_symlink() => Ok((p, 0)),
            Ok(_) => canonical(&p),
            Err(e) => Err(ResolveError::of(&e)),
        }
    }

    /// Resolves `host` as a candidate ld.so tries in a search directory:
    /// first its directory (an error there means the directory does not
    /// exist, and ld.so goes on), then the file.
    pub fn resolve_candidate(&self, host: &Path) -> Candidate {
        if let (Some(dir), Some(_)) = (host.parent(), host.file_name()) {
            if !dir.as_os_str().is_empty() && self.resolve_counted(dir).is_err() {
                return Candidate::NoDirectory;
            }
        }
        match self.resolve(host) {
            Ok(real) => Candidate::Found(real),
            Err(e) => Candidate::Failed(e),
        }
    }

    /// Resolves an absolute target path inside the root: the directory part
    /// through the memo, then the last component.
    fn resolve_target(&self, target: &Path) -> Resolved {
        let r = self.dir.as_ref().expect("only called with a sysroot");
        if target.as_os_str().len() > PATH_MAX {
            return Err(ResolveError::TooLong);
        }
        let (start, rest, links) = match (target.parent(), target.file_name()) {
            (Some(parent), Some(name)) if parent != Path::new("/") => {
                let key = self.host(parent);
                let memo = self.memo.lock().expect("root memo lock").get(&key).cloned();
                let (dir, links) = match memo {
                    Some(hit) => hit,
                    None => {
                        let walked = walk(&r.canonical, Vec::new(), components(parent), 0).map(
                            |(below, n)| (r.canonical.join(below.iter().collect::<PathBuf>()), n),
                        );
                        self.memo
                            .lock()
                            .expect("root memo lock")
                            .insert(key, walked.clone());
                        walked
                    }
                }?;
                let below = dir
                    .strip_prefix(&r.canonical)
                    .expect("resolved paths stay under the root");
                (
                    below.iter().map(OsString::from).collect(),
                    vec![name.to_os_string()],
                    links,
                )
            }
            _ => (Vec::new(), components(target), 0),
        };
        let (below, links) = walk(&r.canonical, start, rest, links)?;
        let mut out = r.canonical.clone();
        out.extend(below);
        Ok((out, links))
    }
}

/// What probing a candidate path found.
#[derive(Debug)]
pub enum Candidate {
    /// The file, resolved.
    Found(PathBuf),
    /// Its directory does not resolve (ld.so: the directory does not exist).
    NoDirectory,
    /// The directory exists, the file does not resolve.
    Failed(ResolveError),
}

/// The names of `p`'s components after the root, `.` dropped, `..` kept.
fn components(p: &Path) -> Vec<OsString> {
    p.components()
        .filter_map(|c| match c {
            Component::Normal(n) => Some(n.to_os_string()),
            Component::ParentDir => Some(OsString::from("..")),
            _ => None,
        })
        .collect()
}

/// Walks `rest` from `start` (components below `root`, already resolved
/// with `links` links followed), reading each link itself. Returns the
/// resolved components below the root and the links followed in all.
fn walk(
    root: &Path,
    mut out: Vec<OsString>,
    rest: Vec<OsString>,
    mut links: usize,
) -> Result<(Vec<OsString>, usize), ResolveError> {
    let mut pending: Vec<OsString> = rest.into_iter().rev().collect();
    while let Some(c) = pending.pop() {
        if c == ".." {
            // `..` of the root is the root (as in a chroot).
            out.pop();
            continue;
        }
        let mut here = root.to_path_buf();
        here.extend(&out);
        here.push(&c);
        let meta = std::fs::symlink_metadata(&here).map_err(|e| ResolveError::of(&e))?;
        if meta.file_type().is_symlink() {
            links += 1;
            if links > MAX_LINKS {
                return Err(ResolveError::TooManyLinks);
            }
            let target = std::fs::read_link(&here).map_err(|e| ResolveError::of(&e))?;
            if target.is_absolute() {
                out.clear();
            }
            pending.extend(components(&target).into_iter().rev());
            continue;
        }
        if !pending.is_empty() && !meta.is_dir() {
            return Err(ResolveError::NotADirectory);
        }
        out.push(c);
    }
    Ok((out, links))
}

/// `p` made absolute against the working directory (nothing resolved).
fn absolute(p: &Path) -> PathBuf {
    if p.is_absolute() {
        p.to_path_buf()
    } else {
        std::env::current_dir()
            .map(|d| d.join(p))
            .unwrap_or_else(|_| p.to_path_buf())
    }
}

/// `p` without `.` components and trailing slashes (`..` kept).
fn lexical(p: &Path) -> PathBuf {
    p.components().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    use std::os::unix::fs::symlink;

    /// Fixtures are written as every file of the workspace is.
    fn write(
        path: impl AsRef<std::path::Path>,
        bytes: impl AsRef<[u8]>,
    ) -> Result<(), compat_fs::FsError> {
        compat_fs::write_atomic(path.as_ref(), bytes.as_ref())
    }

    fn root(d: &Path) -> Root {
        Root::new(Some(d)).unwrap()
    }

    #[test]
    fn absolute_and_relative_links_stay_inside() {
        let d = tempfile::tempdir().unwrap();
        let base = std::fs::canonicalize(d.path()).unwrap();
        std::fs::create_dir_all(base.join("usr/lib")).unwrap();
        write(base.join("usr/lib/libc.so.6"), b"x").unwrap();
        symlink("/usr/lib", base.join("lib")).unwrap();
        symlink("../../usr/lib/libc.so.6", base.join("usr/lib/rel")).unwrap();
        symlink("/../../../../usr/lib/libc.so.6", base.join("up")).unwrap();
        let r = root(&base);
        let want = Ok(base.join("usr/lib/libc.so.6"));
        assert_eq!(r.resolve(&r.host(Path::new("/lib/libc.so.6"))), want);
        assert_eq!(r.resolve(&r.host(Path::new("/lib/rel"))), want);
        assert_eq!(r.resolve(&r.host(Path::new("/up"))), want);
        assert_eq!(
            r.resolve(&r.host(Path::new("/../../lib/../lib/libc.so.6"))),
            want
        );
        assert_eq!(
            r.resolve(&r.host(Path::new("/lib/missing"))),
            Err(ResolveError::NotFound)
        );
        assert_eq!(
            r.resolve(&r.host(Path::new("/usr/lib/libc.so.6/x"))),
            Err(ResolveError::NotADirectory)
        );
    }

    #[test]
    fn chains_up_to_the_limit_resolve_and_longer_ones_fail() {
        let d = tempfile::tempdir().unwrap();
        let base = std::fs::canonicalize(d.path()).unwrap();
        write(base.join("file"), b"x").unwrap();
        let chain = |n: usize, prefix: &str| {
            let mut prev = "/file".to_owned();
            for i in 0..n {
                let name = format!("{prefix}{i}");
                symlink(&prev, base.join(&name)).unwrap();
                prev = format!("/{name}");
            }
            prev
        };
        let r = root(&base);
        let ok = chain(MAX_LINKS, "a");
        assert_eq!(r.resolve(&r.host(Path::new(&ok))), Ok(base.join("file")));
        let long = chain(MAX_LINKS + 1, "b");
        assert_eq!(
            r.resolve(&r.host(Path::new(&long))),
            Err(ResolveError::TooManyLinks)
        );
        symlink("loop", base.join("loop")).unwrap();
        assert_eq!(
            r.resolve(&r.host(Path::new("/loop"))),
            Err(ResolveError::TooManyLinks)
        );
    }

    #[test]
    fn host_paths_under_the_root_are_inside_and_others_are_not() {
        let d = tempfile::tempdir().unwrap();
        let base = std::fs::canonicalize(d.path()).unwrap();
        let r = root(&base);
        assert_eq!(
            r.target_of(&base.join("usr/bin/app")),
            Some(PathBuf::from("/usr/bin/app"))
        );
        assert_eq!(r.target_of(Path::new("/usr/bin/app")), None);
        let host = Root::new(None).unwrap();
        assert!(host.is_host());
        assert_eq!(host.host(Path::new("/lib/x")), PathBuf::from("/lib/x"));
        assert_eq!(host.target_of(Path::new("/lib/x")), None);
        assert!(Root::new(Some(&base.join("absent"))).is_err());
    }
}
