//! Typed errors of ELF reading: one variant per kind of problem.

use std::path::{Path, PathBuf};

/// Why an input could not be read as an ELF file or compat dump.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ElfError {
    /// The file could not be opened, mapped or read.
    #[error("{}: cannot read: {source}", path.display())]
    Io {
        /// The file.
        path: PathBuf,
        /// The OS error.
        source: std::io::Error,
    },
    /// The file is not one compat may open (a FIFO, a device, a directory),
    /// is too large for an ELF file, or cannot be opened.
    #[error(transparent)]
    Fs(compat_fs::FsError),
    /// The file is empty.
    #[error("{}: empty file", path.display())]
    Empty {
        /// The file.
        path: PathBuf,
    },
    /// The file is neither ELF nor a compat dump.
    #[error("{}: not an ELF file (bad magic) and not a compat dump", path.display())]
    NotElf {
        /// The file.
        path: PathBuf,
    },
    /// The ELF structures are inconsistent (truncated, offsets past the end, bad sizes).
    #[error("{}: malformed ELF: {reason}", path.display())]
    Malformed {
        /// The file.
        path: PathBuf,
        /// What is wrong, as the parser saw it.
        reason: String,
    },
    /// A JSON file that is not a valid compat dump.
    #[error("{}: invalid compat dump: {reason}", path.display())]
    BadDump {
        /// The file.
        path: PathBuf,
        /// What is wrong.
        reason: String,
    },
}

impl ElfError {
    /// The file the error is about.
    pub fn path(&self) -> &Path {
        match self {
            ElfError::Fs(e) => e.path(),
            ElfError::Io { path, .. }
            | ElfError::Empty { path }
            | ElfError::NotElf { path }
            | ElfError::Malformed { path, .. }
            | ElfError::BadDump { path, .. } => path,
        }
    }

    /// The message without the leading `path: ` (for reports that put the
    /// file in a field of its own).
    pub fn reason(&self) -> String {
        let full = self.to_string();
        let prefix = format!("{}: ", self.path().display());
        full.strip_prefix(&prefix)
            .map(str::to_owned)
            .unwrap_or(full)
    }

    /// A malformed-ELF error.
    pub fn malformed(path: impl Into<PathBuf>, reason: impl std::fmt::Display) -> ElfError {
        ElfError::Malformed {
            path: path.into(),
            reason: reason.to_string(),
        }
    }
}
