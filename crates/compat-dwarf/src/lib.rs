//! The type-level ABI of C libraries, from DWARF.
//!
//! - [`load`] finds the DWARF of an ELF file: its own `.debug_*` sections,
//!   a `.gnu_debuglink` file or a build-id file under a debug directory, and
//!   the dwz supplementary file its `.gnu_debugaltlink` (or `.debug_sup`) names;
//! - [`read`] turns it into a [`TypeInfo`]: the prototypes of the exported
//!   functions, the types of the exported variables and every named type they
//!   reach, deduplicated across compilation units;
//! - [`model`] is that data, serializable and deterministic (it is part of
//!   `compat abi dump`);
//! - [`headers`] decides which types `--public-headers` makes public;
//! - [`file`] reads the types of one input (an ELF file's DWARF or a dump's
//!   `types`);
//! - [`diff()`] compares two [`TypeInfo`]s into findings, one per root cause.
//!
//! Scope: C, and C++ classes (names qualified by namespace and class, base
//! classes, virtual functions in vtable order, member functions under their
//! mangled symbols). DWARF 2 to 5, including what lives outside the
//! compilation units' own DIE trees: type units (DWARF 4 `.debug_types`,
//! DWARF 5 `DW_UT_type`, followed through `DW_FORM_ref_sig8`), dwz output
//! (partial units imported with `DW_TAG_imported_unit`, and the
//! supplementary file of `dwz -m` named by `.gnu_debugaltlink` or DWARF 5
//! `.debug_sup`, followed through `DW_FORM_GNU_ref_alt` /
//! `DW_FORM_ref_sup*` and `DW_FORM_GNU_strp_alt` / `DW_FORM_strp_sup`), and
//! split DWARF (`-gsplit-dwarf`: the `.dwo` files of DWARF 5 skeleton units
//! and DWARF 4 `DW_AT_GNU_dwo_name` units, or the DWARF package `<file>.dwp`).
//! A supplementary file that is missing or does not match is a note, and the
//! types in it are spelled `<unresolved>`; a `.dwo` file that is missing or
//! does not match is a note, and the functions of its unit are compared at
//! symbol level only.

pub mod diff;
mod equiv;
mod error;
mod exposure;
pub mod file;
pub mod headers;
pub mod load;
pub mod model;
pub mod read;
mod units;

pub use diff::{diff, private_vtable_classes};
pub use error::DwarfError;
pub use file::{attach_types, dump_types, read_file_types, FileTypes, FileTypesError};
pub use load::{decompressed_cap, load_debug, DebugData, DebugSource, Loaded, DEFAULT_DEBUG_DIR};
pub use model::{
    parse_type_ref, Function, Member, Param, TypeDef, TypeExpr, TypeInfo, TypeRef, Variable,
};
pub use read::{read_types, ExportedSymbol};
