//! The type-level ABI of C libraries, from DWARF.
//!
//! - [`load`] finds the DWARF of an ELF file: its own `.debug_*` sections,
//!   a `.gnu_debuglink` file or a build-id file under a debug directory;
//! - [`read`] turns it into a [`TypeInfo`]: the prototypes of the exported
//!   functions, the types of the exported variables and every named type they
//!   reach, deduplicated across compilation units;
//! - [`model`] is that data, serializable and deterministic (it is part of
//!   `compat abi dump`);
//! - [`headers`] decides which types `--public-headers` makes public;
//! - [`diff()`] compares two [`TypeInfo`]s into findings, one per root cause.
//!
//! Scope: C, and C++ classes (names qualified by namespace and class, base
//! classes, virtual functions in vtable order, member functions under their
//! mangled symbols). Type units, split DWARF and dwz supplementary files are
//! not followed (references into them are spelled `<unresolved>` with a note).

pub mod diff;
mod error;
pub mod headers;
pub mod load;
pub mod model;
pub mod read;

pub use diff::diff;
pub use error::DwarfError;
pub use load::{load_debug, DebugData, DebugSource, Loaded, DEFAULT_DEBUG_DIR};
pub use model::{
    parse_type_ref, Function, Member, Param, TypeDef, TypeExpr, TypeInfo, TypeRef, Variable,
};
pub use read::{read_types, ExportedSymbol};
