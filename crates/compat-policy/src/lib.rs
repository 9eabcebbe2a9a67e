//! compat's governance layer: what a project's `compat.toml` decides about
//! the findings the checkers return.
//!
//! Pure functions over findings and the loaded configuration, no I/O: the
//! `compat check` pipeline (crate `compat-check`) reads inputs and calls them
//! in a fixed order, per component:
//!
//! 1. [`levels::classify`]: `[policy.rules]` levels (`off` drops a finding,
//!    a severity replaces the catalog's), the one place policy overrides apply;
//! 2. [`deprecations::check`]: the deprecation registry against what was
//!    removed (`deprecation-*`);
//! 3. [`baseline::FindingsBaseline::apply`]: known findings of state checks
//!    marked `baselined` (`baseline-entry-stale` for fixed ones);
//! 4. [`waivers::Waivers::apply`]: waivers mark what they accept `waived`;
//! 5. [`promises::check`]: the version bump against the verdict of the
//!    findings that still count (`policy-semver-violated`,
//!    `policy-soname-not-bumped`), then waivers again for those;
//!
//! and once per run [`waivers::Waivers::finish`] reports the waivers
//! themselves (`policy-waiver-*`). Every finding this crate adds carries its
//! component, the `compat.toml` entry (`subject.id`) and a location.
//!
//! Outside the pipeline, [`impact::waive_impact`] applies the waivers that
//! name a consumer's `impact-*` findings to a `compat impact` report.

pub mod baseline;
pub mod deprecations;
pub mod impact;
pub mod levels;
mod location;
pub mod promises;
pub mod verdict;
pub mod version;
pub mod waivers;

pub use location::{location_of, slash_path};
pub use promises::label;
pub use version::Version;
