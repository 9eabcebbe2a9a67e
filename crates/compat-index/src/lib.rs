//! The index behind `compat impact`: every ELF file of a tree (a machine's
//! `/usr`, a distribution's archive unpacked, a fleet's images) with what it
//! defines, what it references, and where glibc's ld.so binds each
//! reference, in one SQLite file.
//!
//! - [`build()`]: `compat index build PATH...`: walks the paths with
//!   compat-ld's walker, loads each new or changed file on its own with
//!   compat-ld's loader model (`ldd -r`'s view: its NEEDED libraries found
//!   through RPATH, RUNPATH, the ld.so cache and the default directories),
//!   records the facts ([`facts`]) and stores them in one transaction
//!   ([`write`]) while the next files are read ([`pipeline`]). The schema is a data file (`schema.sql`, [`schema`]).
//!
//! - [`impact()`]: `compat impact`: every consumer of a provider judged
//!   against a candidate or a dropped version ([`query`] reads the index).
//!
//! - [`export_parquet()`]: `compat index export --parquet DIR`: the facts
//!   as hive-partitioned Parquet tables ([`export`]).
//!
//! The bindings are computed once, at ingest, by the same code `compat abi
//! check` uses; queries never re-implement ld.so's rules.

pub mod batch;
pub mod build;
pub mod error;
pub mod export;
pub mod facts;
pub mod impact;
pub mod pipeline;
pub mod query;
pub mod schema;
pub mod write;

pub use build::{build, build_keeping, BuildOptions, BuildSummary, Built};
pub use error::IndexError;
pub use export::{export_parquet, ExportSummary, PartitionArgs};
pub use impact::{impact, parse_provider, Change, ImpactOptions, Types};
pub use schema::SCHEMA_VERSION;
