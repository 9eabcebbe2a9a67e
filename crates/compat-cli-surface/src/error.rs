//! Errors of reading a surface or a window: one line each, naming the file
//! first when they are about one.

use compat_fs::FsError;

/// Why a surface could not be read, or an option could not be understood.
#[derive(Debug, thiserror::Error)]
pub enum SurfaceError {
    /// The file could not be read (missing, not a regular file, too large).
    #[error(transparent)]
    Fs(#[from] FsError),
    /// The file was read but is not a surface compat understands.
    #[error("{file}: {reason}")]
    Invalid {
        /// The file (or `REV:PATH`) as the user named it.
        file: String,
        /// What is wrong with it, one line.
        reason: String,
    },
    /// A `--window` value that is not `18m`, a number of days or `kubernetes`.
    #[error("bad window {0:?}: write months (18m), a number of days (540) or kubernetes")]
    Window(String),
    /// A day that is not `YYYY-MM-DD`.
    #[error("bad date {0:?}: expected YYYY-MM-DD")]
    Date(String),
}

impl SurfaceError {
    /// An invalid-file error.
    pub fn invalid(file: &str, reason: impl Into<String>) -> SurfaceError {
        SurfaceError::Invalid {
            file: file.to_owned(),
            reason: reason.into(),
        }
    }

    /// The file the error is about, if any.
    pub fn file(&self) -> Option<String> {
        match self {
            SurfaceError::Fs(e) => Some(e.path().display().to_string()),
            SurfaceError::Invalid { file, .. } => Some(file.clone()),
            SurfaceError::Window(_) | SurfaceError::Date(_) => None,
        }
    }

    /// What went wrong, without the file.
    pub fn reason(&self) -> String {
        match self {
            SurfaceError::Fs(e) => e.reason(),
            SurfaceError::Invalid { reason, .. } => reason.clone(),
            other => other.to_string(),
        }
    }
}
