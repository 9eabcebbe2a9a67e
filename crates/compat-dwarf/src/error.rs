//! Errors of reading debug information. No debug information is not an error
//! (see [`crate::load_debug`]); debug information that cannot be read is.

use std::path::PathBuf;

/// Why debug information could not be read.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum DwarfError {
    /// The file (or its separate debug file) is not a readable ELF file.
    #[error("{}: not a readable ELF file: {reason}", path.display())]
    Elf {
        /// The file.
        path: PathBuf,
        /// What `object` reported.
        reason: String,
    },
    /// A separate debug file could not be opened.
    #[error("{}: cannot read the debug file: {reason}", path.display())]
    Io {
        /// The debug file.
        path: PathBuf,
        /// The I/O error.
        reason: String,
    },
    /// The public header directory cannot be read.
    #[error("{}: public header directory: {reason}", path.display())]
    Headers {
        /// The directory.
        path: PathBuf,
        /// What went wrong.
        reason: String,
    },
    /// A file under the public header directory is not one compat reads
    /// (a FIFO, a device, a socket).
    #[error("{}: public header: {reason}", path.display())]
    HeaderFile {
        /// The file.
        path: PathBuf,
        /// What it is.
        reason: String,
    },
    /// A compressed debug section could not be decompressed.
    #[error("cannot decompress {section}: {reason}")]
    Compression {
        /// The section name.
        section: String,
        /// What went wrong.
        reason: String,
    },
    /// A debug section extends past the end of the file.
    #[error("{}: {section} extends past the end of the file", path.display())]
    Truncated {
        /// The file (the library or its separate debug file).
        path: PathBuf,
        /// The section name.
        section: String,
    },
    /// Reading would exceed a work limit (see ARCHITECTURE.md, "Limits").
    #[error("{reason}")]
    Limit {
        /// Which limit, and why the input reaches it.
        reason: String,
    },
    /// The DWARF data is malformed.
    #[error("malformed DWARF in {section} at offset {offset:#x}: {reason}")]
    Malformed {
        /// The section the error is in (usually `.debug_info`).
        section: String,
        /// Offset in that section, as far as known.
        offset: u64,
        /// What gimli reported.
        reason: String,
    },
}
