//! An offline model of glibc's dynamic loader (ld.so), for `compat abi check`.
//!
//! Given an executable or shared object, [`Checker::check`] does what ld.so
//! does at start-up with `LD_BIND_NOW`, without running anything:
//! - [`search`]: finds each DT_NEEDED library (DT_RPATH of the object and its
//!   loaders unless it has DT_RUNPATH, the library path, DT_RUNPATH, the
//!   ld.so cache, the default directories), expanding `$ORIGIN`, `$LIB` and
//!   `$PLATFORM`, skipping candidates of another ELF class or machine, loading
//!   breadth-first and each SONAME once;
//! - [`bind`]: checks every version need against the file it names, and binds
//!   every symbol referenced by a relocation in the global scope, with ld.so's
//!   version-matching rules;
//! - reports each missing library, missing version, unresolved symbol and
//!   copy relocation with a changed size as a finding naming the NEEDED chain.
//!
//! [`cache`] reads `/etc/ld.so.cache` (or, when there is none, `ld.so.conf`).
//! [`root`] is `--sysroot`: every path the target names, and every link met
//! on the way, is resolved inside the root.
//!
//! [`Checker::check_scan`] checks many files and judges each shared library in
//! the context of the files of the scan that load it or could host it
//! ([`scan`]); with [`LoaderConfig::standalone`] it is `ldd -r` on each file.
//! [`check()`] is `compat abi check` as one call: the inputs (directories
//! walked for ELF files) checked and assembled into a report; files found
//! under a directory for an architecture the root does not run
//! ([`Checker::runs_architecture`]) are left out with a note. Errors are
//! typed ([`Error`]).

pub mod bind;
pub mod cache;
pub mod check;
pub mod error;
mod objects;
pub mod root;
pub mod scan;
pub mod search;

pub use bind::{CheckOutcome, Checker};
pub use check::{check, elf_files, AbiCheck, Target, Walked};
pub use error::{Error, ObjectError};
pub use objects::Object;
pub use scan::{hosts, is_program, provides, wants_host, Hosted, Judged, Scan};
pub use search::{LibOverride, LoaderConfig};
