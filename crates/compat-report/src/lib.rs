//! The report layer of compat: findings, the rule catalog and the renderers.
//!
//! Every command of compat produces a [`Report`]: a list of [`Finding`]s, each
//! tied to a stable rule id from the [`rules`] catalog, plus the inputs that
//! could not be processed. The report is rendered by one module per output
//! [`Format`]; the JSON rendering is a versioned contract ([`SCHEMA_VERSION`]).
//!
//! This crate knows nothing about ELF, DWARF or Go: checks build findings, this
//! crate only stores and prints them. What it prints as text, Markdown or
//! JUnit XML is escaped ([`escape`]): no string from an input reaches a
//! terminal with a control character in it, or breaks the page or document.
//! [`diff`] is the workspace's one unified diff (for commands that print a
//! rewrite instead of making it).

pub mod check;
pub mod diff;
pub mod escape;
mod finding;
pub mod fingerprint;
pub mod impact;
pub mod render;
mod report;
pub mod rules;
pub mod time;

pub use finding::{Finding, Location, Severity, Status, Subject, UNDECIDED_VISIBILITY};
pub use render::{
    render, write_to, Format, RenderOptions, SarifInclude, MARKDOWN_BUDGET, SARIF_MAX_GZIP_BYTES,
    SARIF_MAX_RESULTS,
};
pub use report::{InputError, Report, Summary, Tool, Verdict, SCHEMA_VERSION};
pub use rules::{Rule, RULES};
