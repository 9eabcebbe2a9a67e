//! The errors of loading and editing compat.toml: each names the file,
//! line and column of the fault.

use std::fmt;

use crate::loc::Loc;

/// One fault in a project file: where, and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigError {
    /// Where the fault is.
    pub loc: Loc,
    /// What is wrong, one line.
    pub message: String,
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.loc, self.message)
    }
}

/// Every fault found in a project file and its waiver files, in file
/// order, then line and column. Never empty.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct ConfigErrors {
    /// The faults.
    pub errors: Vec<ConfigError>,
}

impl fmt::Display for ConfigErrors {
    /// One line per fault, `FILE:LINE:COL: message`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, e) in self.errors.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{e}")?;
        }
        Ok(())
    }
}

impl ConfigErrors {
    /// The messages as `FILE:LINE:COL: message` lines (for tests and logs).
    pub fn lines(&self) -> Vec<String> {
        self.errors.iter().map(ToString::to_string).collect()
    }
}

/// Why a project file could not be edited.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum EditError {
    /// The text is not TOML.
    #[error("not valid TOML: {0}")]
    Syntax(String),
    /// No `[[waiver]]` table has this id.
    #[error("no [[waiver]] with id {0:?}")]
    NoSuchWaiver(String),
    /// The waiver is there but not as a `[[waiver]]` table (an inline
    /// array), or lacks the key to change.
    #[error("waiver {id:?}: {reason}")]
    Unsupported {
        /// The waiver id.
        id: String,
        /// Why it cannot be edited.
        reason: String,
    },
}
