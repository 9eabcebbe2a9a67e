//! What can go wrong reading an OpenAPI description: one variant per kind of
//! fault, each naming the file (and the `$ref` or place) concerned.

use std::path::PathBuf;

/// An input that could not be read or understood. Its `Display` is one line
/// that names the file and the problem.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum LoadError {
    /// The file could not be read (missing, not a regular file, too large).
    #[error("{0}")]
    Read(String),
    /// The file is neither JSON nor YAML compat can read.
    #[error("{file}: {message}")]
    Syntax {
        /// The file.
        file: PathBuf,
        /// What the parser said, with the line where it could tell.
        message: String,
    },
    /// The file parses but is not an OpenAPI description compat reads.
    #[error("{file}: {message}")]
    NotOpenApi {
        /// The file.
        file: PathBuf,
        /// What is missing or unsupported.
        message: String,
    },
    /// A `$ref` that names a URL: compat never fetches anything.
    #[error("{file}: $ref {reference:?} names a URL; compat reads local files only (download it and refer to the copy)")]
    RemoteRef {
        /// The file holding the `$ref`.
        file: PathBuf,
        /// The reference as written.
        reference: String,
    },
    /// A `$ref` whose target does not exist.
    #[error("{file}: $ref {reference:?} points at nothing")]
    Dangling {
        /// The file holding the `$ref`.
        file: PathBuf,
        /// The reference as written.
        reference: String,
    },
    /// A `$ref` that leads back to itself without reaching a value.
    #[error("{file}: $ref {reference:?} is a cycle of references")]
    RefCycle {
        /// The file holding the `$ref`.
        file: PathBuf,
        /// The reference as written.
        reference: String,
    },
    /// A description spread over more files, or more bytes, than compat reads.
    #[error("{file}: {message}")]
    TooLarge {
        /// The file that went past the limit.
        file: PathBuf,
        /// Which limit.
        message: String,
    },
    /// A `REV:PATH` input that git could not give.
    #[error("{0}")]
    Git(String),
}
