//! `compat check`: every component of a project's `compat.toml` analysed
//! against its baseline by the engine for its kind, with the project's
//! policy applied, into one report.
//!
//! The pipeline, in this order (GOVERNANCE.md 6.3):
//! 1. load `compat.toml` and its waiver files (strict: an invalid file
//!    stops everything, exit status 2) and resolve each baseline
//!    (`git:REF:PATH` from the object store);
//! 2. analyse each component ([`analyse`]); an input that cannot be read is
//!    an error in the report, never waivable;
//! 3. per component: `[policy.rules]` levels, the deprecation registry, the
//!    findings baseline, waivers, then promises against the verdict of what
//!    still counts (and waivers again for promise findings);
//! 4. once for the run: the waivers themselves (expiring, expired, unused,
//!    too long, exceeded);
//! 5. exit status: 2 on any error, else 1 when a finding that counts is at
//!    or above its component's `fail_on`, else 0.
//!
//! Rendering and writing the report are the caller's. [`impact`] applies a
//! project's waivers to a `compat impact` report.

mod analyse;
pub mod baseline;
mod contract;
mod copies;
mod error;
pub mod git;
mod git_source;
pub mod impact;
mod json_schema;
mod markers;
mod pipeline;
pub mod provenance;
mod registry;
pub mod update;
mod versions;

pub use contract::ContractPolicy;
pub use error::CheckError;
pub use git_source::GitSource;
pub use pipeline::{load_config, run, CheckOptions, Outcome};
pub use versions::glob;

/// Which committed baseline a component is compared with.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum BaselineKind {
    /// `baseline.main`: the interface on the default branch (the default).
    #[default]
    Main,
    /// `baseline.release`: the interface of the last release.
    Release,
}
