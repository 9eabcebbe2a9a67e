//! Typed errors of the index: each message is one line naming the file and
//! the problem.

use std::path::PathBuf;

/// Why the index could not be built or read.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum IndexError {
    /// SQLite refused an operation on the index file.
    #[error("{}: {source}", path.display())]
    Sqlite {
        /// The index file.
        path: PathBuf,
        /// What SQLite said.
        source: rusqlite::Error,
    },
    /// The index file was written by another schema version.
    #[error("{}: index schema version {found}, this compat reads version {expected}; rebuild it with compat index build", path.display())]
    SchemaVersion {
        /// The index file.
        path: PathBuf,
        /// The version in the file.
        found: i64,
        /// The version this build writes.
        expected: i64,
    },
    /// No index at the path given.
    #[error("{}: no index here; build one with compat index build PATH... --index {}", path.display(), path.display())]
    Missing {
        /// The index file.
        path: PathBuf,
    },
    /// The directory for a new index could not be created.
    #[error("{}: cannot create the directory: {source}", path.display())]
    CreateDir {
        /// The directory.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// A database that is not a compat index (a build does not replace it).
    #[error("{}: not a compat index (an SQLite database without its tables); give another --index file", path.display())]
    NotAnIndex {
        /// The file.
        path: PathBuf,
    },
    /// The new index could not be put in place.
    #[error("{}: cannot write the index: {reason}", path.display())]
    Write {
        /// The index file.
        path: PathBuf,
        /// Why (compat-fs's message without the path).
        reason: String,
    },
    /// An export file or directory could not be written.
    #[error("{}: cannot export: {reason}", path.display())]
    Export {
        /// The file or directory.
        path: PathBuf,
        /// Why.
        reason: String,
    },
    /// A partition value that cannot be a directory name.
    #[error("--{key} {value:?}: not a partition value (letters, digits, '.', '_', '-', '+', '~')")]
    BadPartition {
        /// `distribution`, `release` or `architecture`.
        key: &'static str,
        /// The value.
        value: String,
    },
    /// The loader model could not be prepared (ld.so cache, a --lib file).
    #[error(transparent)]
    Loader(#[from] compat_ld::Error),
    /// A `--provider` value that is not `SONAME=CANDIDATE` (or `SONAME` with `--drop-version`).
    #[error("--provider {value}: {why}")]
    BadProvider {
        /// The value as given.
        value: String,
        /// What is wrong with it.
        why: &'static str,
    },
}

impl IndexError {
    /// Wraps an SQLite error of the index at `path`.
    pub(crate) fn sqlite(
        path: &std::path::Path,
    ) -> impl FnOnce(rusqlite::Error) -> IndexError + '_ {
        move |source| IndexError::Sqlite {
            path: path.to_path_buf(),
            source,
        }
    }
}
