//! Writing outputs atomically, and rewriting a user's files safely.
//!
//! Every write goes to a temporary file beside the target with an
//! unpredictable name, created with `O_CREAT|O_EXCL` (which never follows a
//! symbolic link, so nothing planted at a guessed name is written through),
//! synced, given the mode and owner of the file it replaces, and renamed over
//! the target. On every failure the temporary file is removed (by
//! `tempfile`'s drop) and the target is left as it was. Callers render their
//! whole output before calling, so running out of memory cannot leave a
//! temporary file behind either.

use std::io::Write;
use std::os::unix::fs::{MetadataExt, OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};

use crate::error::FsError;
use crate::kind::FileKind;
use crate::limit::Limit;

/// Writes `bytes` to `path`, replacing it atomically.
///
/// - A new file gets mode `0666` less the umask; an existing regular file keeps
///   its mode and, where the OS allows, its owner and group.
/// - A path that is (or links to) a device or a FIFO, like `/dev/null` or
///   `/dev/stdout` on a pipe, is written in place: replacing it would destroy it.
/// - A symbolic link to a regular file is refused (it may have been planted
///   in an untrusted tree to redirect the write), except the process's own
///   streams (`/dev/stdout`, `/dev/stderr`, `/dev/fd/N`, `/proc/self/fd/N`),
///   which are written in place.
/// - A directory, or a path ending in `/`, is an error.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), FsError> {
    if path.as_os_str().as_encoded_bytes().ends_with(b"/") || path.as_os_str().is_empty() {
        return Err(FsError::Refused {
            path: path.into(),
            reason: "is not a file name (it ends with `/` or is empty)".into(),
        });
    }
    match std::fs::symlink_metadata(path) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => replace(path, bytes, None),
        Err(e) => Err(FsError::io(path, "write", e)),
        Ok(link) => {
            let kind = FileKind::of(&link);
            match kind {
                FileKind::Regular => replace(path, bytes, Some(&link)),
                FileKind::Directory => Err(FsError::NotRegular {
                    path: path.into(),
                    kind,
                }),
                FileKind::Symlink => {
                    let target = std::fs::metadata(path).ok();
                    let target_kind = target.as_ref().map(FileKind::of);
                    match target_kind {
                        Some(FileKind::Regular) if !is_own_stream(path) => Err(FsError::Refused {
                            path: path.into(),
                            reason: "is a symbolic link; compat does not write through links (remove it or name its target)".into(),
                        }),
                        Some(FileKind::Directory) => Err(FsError::NotRegular {
                            path: path.into(),
                            kind: FileKind::Directory,
                        }),
                        Some(_) => in_place(path, bytes, true),
                        None => Err(FsError::Refused {
                            path: path.into(),
                            reason: "is a dangling symbolic link; compat does not write through links".into(),
                        }),
                    }
                }
                _ => in_place(path, bytes, false),
            }
        }
    }
}

/// Whether `path` names one of the process's own streams.
fn is_own_stream(path: &Path) -> bool {
    let s = path.as_os_str().as_encoded_bytes();
    s == b"/dev/stdout"
        || s == b"/dev/stderr"
        || s.starts_with(b"/dev/fd/")
        || s.starts_with(b"/proc/self/fd/")
}

/// Writes into an existing non-regular file (a device, a FIFO, a stream).
fn in_place(path: &Path, bytes: &[u8], follow: bool) -> Result<(), FsError> {
    let mut opts = std::fs::OpenOptions::new();
    opts.write(true);
    if !follow {
        opts.custom_flags(libc::O_NOFOLLOW | libc::O_NOCTTY);
    }
    let mut f = opts.open(path).map_err(|e| FsError::io(path, "write", e))?;
    let meta = f.metadata().map_err(|e| FsError::io(path, "write", e))?;
    if meta.is_file() && !follow {
        // Swapped for a regular file since the check: never write in place.
        return Err(FsError::Refused {
            path: path.into(),
            reason: "changed type while compat was writing it".into(),
        });
    }
    f.write_all(bytes)
        .and_then(|()| f.flush())
        .map_err(|e| FsError::io(path, "write", e))
}

/// Replaces `path` (a regular file or nothing) with a new file holding
/// `bytes`. With `old`, the new file takes its mode and, where the OS
/// allows, its owner (an output the user replaces becomes theirs otherwise).
fn replace(path: &Path, bytes: &[u8], old: Option<&std::fs::Metadata>) -> Result<(), FsError> {
    let tmp = temp_beside(path, old)?;
    finish(path, tmp, bytes, old, false, || Ok(()))
}

/// Creates the temporary file in `path`'s directory.
fn temp_beside(
    path: &Path,
    old: Option<&std::fs::Metadata>,
) -> Result<tempfile::NamedTempFile, FsError> {
    let dir = parent(path);
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mode = old.map_or(0o666, |m| m.permissions().mode() & 0o7777);
    tempfile::Builder::new()
        .prefix(&format!(".{name}."))
        .suffix(".compat-tmp")
        .rand_bytes(10)
        .permissions(std::fs::Permissions::from_mode(mode))
        .tempfile_in(dir)
        .map_err(|e| {
            // The file asked for is what failed to be written: tempfile's
            // error names its own file, which the user never gave, so the
            // directory's own error (it does not exist) or the kind is said.
            let error = std::fs::metadata(dir)
                .err()
                .unwrap_or_else(|| std::io::Error::from(e.kind()));
            FsError::io(path, "write", error)
        })
}

/// The directory holding `path` (`.` for a bare name).
fn parent(path: &Path) -> &Path {
    path.parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."))
}

/// Writes, syncs, fixes mode and owner, runs `last_check`, and renames.
fn finish(
    path: &Path,
    mut tmp: tempfile::NamedTempFile,
    bytes: &[u8],
    old: Option<&std::fs::Metadata>,
    strict_owner: bool,
    last_check: impl FnOnce() -> Result<(), FsError>,
) -> Result<(), FsError> {
    let tmp_path = tmp.path().to_path_buf();
    let io = |e| FsError::io(&tmp_path, "write", e);
    tmp.write_all(bytes).map_err(io)?;
    if let Some(old) = old {
        // The mode given at creation was filtered by the umask: set it exactly.
        tmp.as_file()
            .set_permissions(std::fs::Permissions::from_mode(
                old.permissions().mode() & 0o7777,
            ))
            .map_err(io)?;
        let new = tmp.as_file().metadata().map_err(io)?;
        if new.uid() != old.uid() || new.gid() != old.gid() {
            let kept = std::os::unix::fs::fchown(tmp.as_file(), Some(old.uid()), Some(old.gid()));
            if kept.is_err() && strict_owner {
                return Err(FsError::Refused {
                    path: path.into(),
                    reason: format!(
                        "is owned by uid {} gid {}; rewriting it would change its owner",
                        old.uid(),
                        old.gid()
                    ),
                });
            }
            if kept.is_ok() {
                // chown clears set-id bits: restore the mode once more.
                tmp.as_file()
                    .set_permissions(std::fs::Permissions::from_mode(
                        old.permissions().mode() & 0o7777,
                    ))
                    .map_err(io)?;
            }
        }
    }
    tmp.as_file().sync_all().map_err(io)?;
    last_check()?;
    tmp.persist(path)
        .map_err(|e| FsError::io(path, "replace", e.error))?;
    if let Ok(d) = std::fs::File::open(parent(path)) {
        let _ = d.sync_all();
    }
    Ok(())
}

/// What a file looked like when it was read, to detect a change before it is
/// replaced.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Snapshot {
    dev: u64,
    ino: u64,
    len: u64,
    mtime: i64,
    mtime_nsec: i64,
}

impl Snapshot {
    /// The snapshot of `meta`.
    pub fn of(meta: &std::fs::Metadata) -> Snapshot {
        Snapshot {
            dev: meta.dev(),
            ino: meta.ino(),
            len: meta.len(),
            mtime: meta.mtime(),
            mtime_nsec: meta.mtime_nsec(),
        }
    }
}

/// Reads a regular file for rewriting: its bytes and its snapshot, both from
/// the one open descriptor.
pub fn read_for_rewrite(path: &Path, limit: Limit) -> Result<(Vec<u8>, Snapshot), FsError> {
    let (file, size) = crate::read::open_regular(path, limit)?;
    let snap = Snapshot::of(&file.metadata().map_err(|e| FsError::io(path, "read", e))?);
    Ok((crate::read::read_open(file, size, path, limit)?, snap))
}

/// Replaces a file of a source tree (`--fix`) with `bytes`, refusing what
/// `gofmt -w` refuses and more:
///
/// - a file the user cannot open for writing (read-only to them, owned by
///   another user without write permission, on a read-only file system);
/// - a symbolic link whose target lies outside `root` (a link inside the tree
///   is followed and its target rewritten);
/// - a file whose owner the rewrite cannot keep;
/// - a file that changed (size, modification time or identity) since `seen`
///   was taken when it was read; the change is not lost.
pub fn replace_in_tree(
    path: &Path,
    root: &Path,
    seen: &Snapshot,
    bytes: &[u8],
) -> Result<(), FsError> {
    let real = std::fs::canonicalize(path).map_err(|e| FsError::io(path, "resolve", e))?;
    let real_root = std::fs::canonicalize(root).map_err(|e| FsError::io(root, "resolve", e))?;
    if !real.starts_with(&real_root) {
        return Err(FsError::Refused {
            path: path.into(),
            reason: format!(
                "links to {}, outside the tree {}; not rewritten",
                real.display(),
                real_root.display()
            ),
        });
    }
    let meta = std::fs::metadata(&real).map_err(|e| FsError::io(path, "read", e))?;
    let kind = FileKind::of(&meta);
    if kind != FileKind::Regular {
        return Err(FsError::NotRegular {
            path: path.into(),
            kind,
        });
    }
    // The kernel's own answer to "may this user write it" (permissions,
    // ownership, ACLs, read-only mounts), without changing the file.
    if let Err(e) = std::fs::OpenOptions::new()
        .write(true)
        .custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK | libc::O_NOCTTY)
        .open(&real)
    {
        return Err(FsError::Refused {
            path: path.into(),
            reason: format!("cannot be written ({e}); not rewritten"),
        });
    }
    if Snapshot::of(&meta) != *seen {
        return Err(changed(path));
    }
    let tmp = temp_beside(&real, Some(&meta))?;
    finish(
        &real,
        tmp,
        bytes,
        Some(&meta),
        true,
        || match std::fs::metadata(&real) {
            Ok(now) if Snapshot::of(&now) == *seen => Ok(()),
            _ => Err(changed(path)),
        },
    )
}

/// The refusal for a file changed behind compat's back.
fn changed(path: &Path) -> FsError {
    FsError::Refused {
        path: PathBuf::from(path),
        reason: "changed since compat read it; not rewritten (run again)".into(),
    }
}

/// Makes a write past the file-size limit (`ulimit -f`, `RLIMIT_FSIZE`) fail
/// with `EFBIG` instead of killing the process with `SIGXFSZ`, so the
/// temporary file is removed and the target kept, as on a full disk. Called
/// once at start-up by the binary.
pub fn fail_writes_past_size_limit() {
    // SAFETY: setting a signal's disposition to SIG_IGN installs no handler
    // code and touches no Rust state.
    #[allow(unsafe_code)]
    unsafe {
        libc::signal(libc::SIGXFSZ, libc::SIG_IGN);
    }
}

/// An empty temporary file beside a target, for a writer that needs a path
/// of its own (SQLite): created like [`write_atomic`]'s (an unpredictable
/// name, `O_CREAT|O_EXCL`), removed when dropped unless
/// [`TempFile::persist`]ed over the target.
pub struct TempFile {
    tmp: tempfile::NamedTempFile,
    target: PathBuf,
}

impl TempFile {
    /// Creates the temporary file in `target`'s directory.
    pub fn beside(target: &Path) -> Result<TempFile, FsError> {
        Ok(TempFile {
            tmp: temp_beside(target, None)?,
            target: target.to_path_buf(),
        })
    }

    /// The temporary file's path.
    pub fn path(&self) -> &Path {
        self.tmp.path()
    }

    /// Syncs the file (which its writer has closed) and renames it over the
    /// target; a target that is a symbolic link or a directory is refused.
    pub fn persist(self) -> Result<(), FsError> {
        let path = &self.target;
        if let Ok(link) = std::fs::symlink_metadata(path) {
            let kind = FileKind::of(&link);
            if kind != FileKind::Regular {
                return Err(FsError::NotRegular {
                    path: path.into(),
                    kind,
                });
            }
        }
        std::fs::File::open(self.tmp.path())
            .and_then(|f| f.sync_all())
            .map_err(|e| FsError::io(self.tmp.path(), "write", e))?;
        self.tmp
            .persist(path)
            .map_err(|e| FsError::io(path, "replace", e.error))?;
        if let Ok(d) = std::fs::File::open(parent(path)) {
            let _ = d.sync_all();
        }
        Ok(())
    }
}
