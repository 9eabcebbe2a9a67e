//! The one error type of file access; each message names the file first.

use std::path::PathBuf;

use crate::kind::FileKind;

/// Why a file could not be read or written.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum FsError {
    /// The path exists but is not something compat may open for this purpose.
    #[error("{}: is {kind}", path.display())]
    NotRegular {
        /// The path.
        path: PathBuf,
        /// What it is.
        kind: FileKind,
    },
    /// The file is larger than anything of its kind compat reads.
    #[error("{}: {size} bytes is too large for {what} (the limit is {cap} bytes)", path.display())]
    TooLarge {
        /// The path.
        path: PathBuf,
        /// Its size.
        size: u64,
        /// The cap for its purpose.
        cap: u64,
        /// Its purpose, in words.
        what: &'static str,
    },
    /// An operating-system error.
    #[error("{}: cannot {op}: {error}", path.display())]
    Io {
        /// The path.
        path: PathBuf,
        /// What was being done (`read`, `write`).
        op: &'static str,
        /// The OS error: part of the message, not a `source()`, so a chain
        /// printed as `{:#}` does not say it twice.
        error: std::io::Error,
    },
    /// A rewrite was refused to keep the user's files safe.
    #[error("{}: {reason}", path.display())]
    Refused {
        /// The path.
        path: PathBuf,
        /// Why.
        reason: String,
    },
}

impl FsError {
    /// An I/O error while doing `op` on `path`.
    pub fn io(path: impl Into<PathBuf>, op: &'static str, source: std::io::Error) -> FsError {
        FsError::Io {
            path: path.into(),
            op,
            error: source,
        }
    }

    /// The file the error is about.
    pub fn path(&self) -> &std::path::Path {
        match self {
            FsError::NotRegular { path, .. }
            | FsError::TooLarge { path, .. }
            | FsError::Io { path, .. }
            | FsError::Refused { path, .. } => path,
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

    /// Whether the error is "no such file or directory".
    pub fn is_not_found(&self) -> bool {
        matches!(self, FsError::Io { error, .. } if error.kind() == std::io::ErrorKind::NotFound)
    }
}
