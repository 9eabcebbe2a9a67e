//! Errors that stop `compat check` before any analysis (exit status 2).
//! An input that cannot be read during the analysis is not one of these: it
//! is an error in the report, and the other components are still checked.

/// Why the check could not start.
#[derive(Debug, thiserror::Error)]
pub enum CheckError {
    /// No `compat.toml` found.
    #[error("no compat.toml in {0} or any directory above it up to the repository root (compat init writes one; --config names another)")]
    NoConfig(String),
    /// The project file is invalid (one line per problem).
    #[error("{0}")]
    Config(#[from] compat_config::ConfigErrors),
    /// A component named on the command line is not in the project file.
    #[error("{file}: no component named {name:?} (components: {known})")]
    UnknownComponent {
        /// The project file.
        file: String,
        /// The name given.
        name: String,
        /// The names it has.
        known: String,
    },
    /// A git command failed.
    #[error("{0}")]
    Git(String),
    /// A bad `--now`, `COMPAT_NOW` or `--version`.
    #[error("{0}")]
    Usage(String),
}
