//! Typed errors of the loader model: one variant per way a check cannot
//! start, each message one line naming the file and the problem.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use compat_elf::ElfError;
use compat_fs::FsError;

use crate::root::ResolveError;

/// Why a [`Checker`](crate::Checker) could not be prepared: the sysroot,
/// a `--lib` file, or the root's ld.so cache or configuration.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// `--sysroot` does not resolve.
    #[error("{}: sysroot: {source}", path.display())]
    Sysroot {
        /// The sysroot as given.
        path: PathBuf,
        /// Why it does not resolve.
        source: ResolveError,
    },
    /// `--sysroot` names something other than a directory.
    #[error("{}: sysroot is not a directory", path.display())]
    SysrootNotDirectory {
        /// The sysroot as given.
        path: PathBuf,
    },
    /// A `--lib` file whose path does not resolve (inside the root).
    #[error("{}: cannot read: {source}", path.display())]
    Unresolvable {
        /// The file as given.
        path: PathBuf,
        /// Why it does not resolve.
        source: ResolveError,
    },
    /// A `--lib` file that cannot take part in loading (not ELF, corrupt,
    /// not a regular file).
    #[error("{}: {source}", path.display())]
    Object {
        /// The file as given.
        path: PathBuf,
        /// Why it cannot be loaded.
        source: ObjectError,
    },
    /// `--lib PATH` of a library without a SONAME (nothing names it).
    #[error("{}: has no SONAME; use --lib NAME={}", path.display(), path.display())]
    NoSoname {
        /// The file as given.
        path: PathBuf,
    },
    /// The root's ld.so cache is a FIFO: ld.so would block on it at every start.
    #[error("{file}: {}; ld.so would block opening it", source.reason())]
    CacheWouldBlock {
        /// The cache, as messages name it (`FILE`, or `FILE (-> REAL)` when a
        /// link led elsewhere in the root).
        file: String,
        /// What compat_fs refused.
        source: FsError,
    },
    /// A configuration file (`ld.so.conf` or an include) that ldconfig could
    /// not read to its end: a FIFO or a device.
    #[error("{file}: {}; ldconfig could not read it as a configuration file", source.reason())]
    ConfUnreadable {
        /// The file, as messages name it.
        file: String,
        /// What compat_fs refused.
        source: FsError,
    },
    /// The root's ld.so cache or a configuration file is larger than compat
    /// reads for its purpose.
    #[error("{file}: {}", source.reason())]
    TooLarge {
        /// The file, as messages name it.
        file: String,
        /// The size error.
        source: FsError,
    },
}

impl Error {
    /// The file the error is about, as messages name it (reports put it in
    /// a field of its own).
    pub fn file(&self) -> String {
        match self {
            Error::Sysroot { path, .. }
            | Error::SysrootNotDirectory { path }
            | Error::Unresolvable { path, .. }
            | Error::Object { path, .. }
            | Error::NoSoname { path } => path.display().to_string(),
            Error::CacheWouldBlock { file, .. }
            | Error::ConfUnreadable { file, .. }
            | Error::TooLarge { file, .. } => file.clone(),
        }
    }

    /// The message without the leading `FILE: `.
    pub fn reason(&self) -> String {
        let full = self.to_string();
        let prefix = format!("{}: ", self.file());
        full.strip_prefix(&prefix)
            .map(str::to_owned)
            .unwrap_or(full)
    }
}

/// Why a file cannot take part in loading: the ELF reader's error, shared by
/// every check that meets the file (each file is parsed once per run). Its
/// message is one line without the path.
#[derive(Debug, Clone, thiserror::Error)]
#[error("{}", .0.reason())]
pub struct ObjectError(Arc<ElfError>);

impl ObjectError {
    /// The reader's error.
    pub fn elf(&self) -> &ElfError {
        &self.0
    }

    /// The file that was read.
    pub fn path(&self) -> &Path {
        self.0.path()
    }
}

impl From<ElfError> for ObjectError {
    fn from(e: ElfError) -> ObjectError {
        ObjectError(Arc::new(e))
    }
}
