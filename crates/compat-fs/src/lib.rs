//! Safe file access for compat, the one place where inputs are opened and
//! outputs written.
//!
//! - [`read`]: only regular files are opened (a FIFO, a device or a socket is
//!   refused by name before opening and again on the open descriptor, so
//!   nothing blocks or reads forever); every read is capped by what the file
//!   is for ([`Limit`]).
//! - [`write`]: every output is written to an unpredictable temporary file
//!   beside the target (created with `O_CREAT|O_EXCL`, which never follows a
//!   symbolic link), synced, given the old file's mode and owner, and renamed
//!   over the target; on any failure the temporary file is removed and the
//!   target is untouched. [`write::replace_in_tree`] adds what rewriting a
//!   user's source file needs (`--fix`): refusing files the user cannot write,
//!   links leading out of the tree, and files changed since they were read.
//! - [`dir`]: a directory of outputs written in a temporary directory
//!   beside it, its subdirectories renamed into place.
//! - [`tree`]: the files of a directory tree that start with given bytes
//!   (the ELF magic), found by a parallel walk.
//! - [`glob`]: the paths a glob pattern matches under a directory, and the
//!   directories that could not be listed.
//! - [`error`]: one typed error whose message names the file and the problem.

pub mod dir;
pub mod error;
pub mod glob;
pub mod kind;
pub mod limit;
pub mod read;
pub mod tree;
pub mod write;

pub use dir::TempDir;
pub use error::FsError;
pub use glob::{glob_in, Globbed};
pub use kind::FileKind;
pub use limit::Limit;
pub use read::{map, open_regular, read, read_to_string, sniff, Mapped};
pub use tree::{sniff_tree, Sniffed};
pub use write::{read_for_rewrite, replace_in_tree, write_atomic, Snapshot, TempFile};
