//! What `compat check` adds to a report: one result per component (state,
//! versions, bump, verdict, promises), the waivers and deprecations of
//! `compat.toml` with their state on the run's date, and the run itself.
//! Other commands leave these empty (and the JSON omits them).

use serde::{Deserialize, Serialize};

use crate::report::Verdict;

/// The outcome of one component.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum State {
    /// Nothing that counts at warning or above.
    Ok,
    /// Warnings that count, nothing breaking.
    Warning,
    /// A breaking finding that counts.
    Breaking,
    /// An input could not be processed.
    Error,
    /// Declared only (nothing compat can analyse for this kind yet).
    Unknown,
}

impl State {
    /// Lower-case name.
    pub fn as_str(self) -> &'static str {
        match self {
            State::Ok => "ok",
            State::Warning => "warning",
            State::Breaking => "breaking",
            State::Error => "error",
            State::Unknown => "unknown",
        }
    }
}

/// How a promise fared.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum PromiseStatus {
    /// Checked and kept.
    Kept,
    /// Checked and broken (a `policy-*` finding says how).
    Violated,
    /// Checkable in principle, but the inputs did not say enough (no
    /// version for one side): shown as declared, never as kept.
    Unverified,
    /// A kind compat does not check statically (shown as declared).
    Declared,
}

/// One promise of a component.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PromiseResult {
    /// The promise's name in `compat.toml`.
    pub name: String,
    /// Its kind (`semver`, `soname`, ...).
    pub kind: String,
    /// The outcome.
    pub status: PromiseStatus,
    /// One sentence: what was compared, or what was missing.
    pub detail: String,
}

/// One component's result.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ComponentResult {
    /// The component's name in `compat.toml`.
    pub name: String,
    /// Its kind (`elf-library`, ...).
    pub kind: String,
    /// Its owner.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<String>,
    /// The outcome.
    pub state: State,
    /// What the component was compared with (`git:v1.2.0:compat/x.abi.json`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub baseline: Option<String>,
    /// The baseline's version, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version_from: Option<String>,
    /// The candidate's version, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version_to: Option<String>,
    /// The bump between the two versions, when both are known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bump: Option<Verdict>,
    /// The smallest bump the changes that count call for (diffs only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verdict: Option<Verdict>,
    /// The component's promises.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub promises: Vec<PromiseResult>,
    /// Findings that count, by severity, and accepted ones.
    pub summary: crate::report::Summary,
    /// What became of the baseline's exported interface (library diffs;
    /// schema 7).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interface: Option<InterfaceChange>,
    /// The baseline's SONAME (library diffs; schema 7).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub soname_from: Option<String>,
    /// The candidate's SONAME (library diffs; schema 7).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub soname_to: Option<String>,
}

/// What became of a library's exported interface between two versions:
/// its functions and variables (defined dynamic symbols of type FUNC,
/// IFUNC, OBJECT, COMMON or TLS, default or protected visibility), each
/// counted once per name and version.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct InterfaceChange {
    /// Functions and variables the old version exports.
    pub old: u64,
    /// Of those, the ones the new version still exports under the same name
    /// and version (an unversioned one now at a default version counts) and
    /// that no breaking finding of the comparison names (as its symbol, or
    /// among the symbols a changed type reaches).
    pub compatible: u64,
    /// Functions and variables of the new version whose name the old one
    /// does not export at all.
    pub added: u64,
    /// Functions and variables of the old version the new one no longer
    /// exports under the same name and version.
    pub removed: u64,
}

impl InterfaceChange {
    /// The compatible ratio: `compatible / old`, the share of the old
    /// interface still present and unchanged (ABI Tracker's "backward
    /// compatibility" percentage, as a fraction); `None` when the old
    /// version exports no function or variable.
    pub fn ratio(&self) -> Option<f64> {
        (self.old > 0).then(|| self.compatible as f64 / self.old as f64)
    }
}

/// A waiver on the run's date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WaiverResult {
    /// The waiver's id.
    pub id: String,
    /// Its component, if it names one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub component: Option<String>,
    /// The rule it waives.
    pub rule: String,
    /// `active`, `expiring`, `expired` or `unused`.
    pub state: String,
    /// Its owner.
    pub owner: String,
    /// Why it exists.
    pub reason: String,
    /// Its last day (UTC, inclusive), `YYYY-MM-DD`.
    pub expires: String,
    /// Days from the run's date to `expires` (negative once expired).
    pub days_left: i64,
    /// Findings it accepted in this run.
    pub matches: usize,
    /// Where it is written (`compat.toml:41`).
    pub at: String,
    /// Its ticket, when it has one (schema 7).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ticket: Option<String>,
    /// The day it was made (`YYYY-MM-DD`), when written (schema 7).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<String>,
}

/// A deprecation on the run's date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeprecationResult {
    /// The deprecation's id.
    pub id: String,
    /// Its component.
    pub component: String,
    /// What is deprecated (`symbol av_init_packet`).
    pub item: String,
    /// The earliest day it may be removed (`YYYY-MM-DD`).
    pub remove_after: String,
    /// Days from the run's date to `remove_after` (negative once past).
    pub days_left: i64,
    /// `announced` (window open), `due` (window over, still there),
    /// `removed` (after the window) or `removed-early`.
    pub state: String,
    /// What replaces it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub replacement: Option<String>,
}

/// The run: its date and what it read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RunInfo {
    /// The date waivers and deprecations were judged on (`--now`, `COMPAT_NOW` or the clock, UTC).
    pub now: String,
    /// The project file.
    pub config: String,
    /// The commit checked out, when in a git repository.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub git_commit: Option<String>,
    /// `[project] name` of the project file (schema 6; what `compat history` files the run under).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub project: Option<String>,
    /// The baseline compared with: `main` or `release`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub baseline: Option<String>,
    /// SHA-256 of the project file's bytes (lower-case hex).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub config_sha256: Option<String>,
    /// When the run started (RFC 3339, UTC, `2027-01-29T10:11:12Z`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub started_at: Option<String>,
    /// When the run finished (RFC 3339, UTC).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub finished_at: Option<String>,
    /// The run's exit status by the project's policy (0, 1 or 2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exit_code: Option<u8>,
    /// The branch or tag CI built (`GITHUB_REF_NAME`, `CI_COMMIT_REF_NAME`), when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub git_ref: Option<String>,
    /// The CI job's page (GitHub Actions run, `CI_JOB_URL`), when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ci_url: Option<String>,
}
