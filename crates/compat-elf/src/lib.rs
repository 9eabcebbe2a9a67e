//! Reads the dynamic ABI of an ELF file: what the dynamic linker sees.
//!
//! The layers, bottom up:
//! - [`input`] memory-maps a file and tells ELF files, compat dumps and other
//!   files apart;
//! - [`read`] parses an ELF image (32 or 64 bit, either byte order, any
//!   machine) with the `object` crate into an [`ElfAbi`];
//! - [`model`] is that ABI as plain data: dynamic tags, version definitions
//!   and needs, defined and undefined dynamic symbols with their relocations.
//!   It is also the `compat abi dump` format, so a committed dump stands in
//!   for the binary it was made from.
//!
//! Nothing here decides what is compatible; `compat-abi` and `compat-ld` do.

pub mod demangle;
mod error;
pub mod input;
pub mod model;
pub mod read;

pub use demangle::demangle;
pub use error::ElfError;
pub use input::{load_abi, Input, InputKind};
pub use model::{
    ElfAbi, ElfClass, Endian, FileKind, NeededVersion, RawTypes, Symbol, SymbolBinding, SymbolKind,
    UndefinedSymbol, VersionDef, VersionNeed, Visibility, DUMP_FORMAT_VERSION, OLDEST_DUMP_FORMAT,
};
pub use read::{parse_elf, ReadOptions};
