//! Typed errors of the Go checks: a release or target name compat has no
//! facts for, a directory that cannot be listed, a file `go/build` rejects
//! for its constraint lines. Each message is one line.

use std::path::PathBuf;

use crate::constraint::LineError;
use crate::facts::LATEST_MINOR;

/// Why a Go check could not use an argument or an input.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A Go release named in a form other than `1.N` (`go1.N`, `1.N.P`).
    #[error("{given}: expected a Go release such as 1.22")]
    ReleaseSyntax {
        /// The name as given.
        given: String,
    },
    /// A Go release whose facts compat does not hold.
    #[error("{given}: compat has no facts for Go 1.{minor} (it knows 1.19 and 1.21 to 1.{LATEST_MINOR})")]
    ReleaseUnknown {
        /// The name as given.
        given: String,
        /// Its minor version.
        minor: u32,
    },
    /// A `GOOS/GOARCH` pair that is not a port of the release.
    #[error("{given}: not a target of Go 1.{minor} (see `go tool dist list`)")]
    TargetUnknown {
        /// The target as given.
        given: String,
        /// The release's minor version.
        minor: u32,
    },
    /// A package directory that cannot be listed.
    #[error("{}: {source}", dir.display())]
    ReadDir {
        /// The directory.
        dir: PathBuf,
        /// The OS error.
        source: std::io::Error,
    },
}

/// Why `go/build` rejects a file for its constraint lines
/// ([`Context::should_build`](crate::build::Context::should_build)).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ConstraintError {
    /// The `//go:build` line does not parse.
    #[error("parsing //go:build line: {0}")]
    Syntax(LineError),
    /// More than one `//go:build` line.
    #[error("multiple //go:build comments")]
    Multiple,
}
