//! compat.toml, the project file: loaded strictly, validated, shown and
//! edited in place. This crate is the only reader of compat.toml and of the
//! waiver files it names.
//!
//! - [`load`] reads a file (through `compat_fs`) and its waiver files;
//!   [`parse`] does the same from a string without touching the file
//!   system; [`discover`] finds the file by walking up to the repository
//!   root. Either returns a [`Config`] or every fault at once
//!   ([`ConfigErrors`], `FILE:LINE:COL: message` each): unknown keys (with
//!   a suggestion), wrong types, bad dates, unknown rules, promises and
//!   components, waivers without reason, owner or expiry, duplicate ids.
//! - [`model`] and [`policy`] are the file as data, every table with its
//!   [`Loc`]; [`Config::effective`] merges defaults, `[policy]` and a
//!   component's overrides, each value with its [`Origin`].
//! - [`edit`] removes, renews and appends waivers, leaving every other
//!   byte of the file as it was.
//! - [`show`] renders the effective configuration (text, JSON) and
//!   [`template`] writes the file `compat init` starts from.
//!
//! Nothing here prints; the binary does.

mod date;
pub mod edit;
mod effective;
mod error;
mod keyword;
mod load;
mod loc;
pub mod model;
mod parse;
pub mod policy;
mod read;
pub mod show;
mod suggest;
pub mod template;

pub use date::{Date, DateError, Duration, DurationUnit};
pub use effective::{Effective, EffectivePolicy, EffectiveRule, Origin, Sourced};
pub use error::{ConfigError, ConfigErrors, EditError};
pub use load::{discover, load, FILE_NAME};
pub use loc::{display_path, Loc};
pub use model::{
    Component, ComponentKind, Config, Deprecation, Exports, ItemKind, Project, Promise,
    PromiseKind, VersionFrom, Waiver, CONFIG_VERSION, SUBJECT_KEYS,
};
pub use parse::parse;
pub use policy::{
    Bump, ComponentPolicy, DeprecationPolicy, FailOn, Level, Policy, RuleLevel, UnusedWaivers,
};
pub use suggest::closest;
