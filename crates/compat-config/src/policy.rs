//! Policy: the project's defaults (`[policy]`) and a component's overrides
//! (`[component.NAME.policy]`): what fails the build, how long waivers may
//! live, per-rule severities and bumps, the deprecation floor.

use std::collections::BTreeMap;

use crate::date::{Duration, DurationUnit};
use crate::keyword::keyword_enum;
use crate::loc::Loc;

keyword_enum! {
    /// The least severe finding that makes the exit status 1.
    pub enum FailOn {
        /// Breaking findings fail the build (the default).
        Breaking = "breaking",
        /// Warnings fail it too.
        Warning = "warning",
    }
}

keyword_enum! {
    /// What a waiver that matched nothing is.
    pub enum UnusedWaivers {
        /// A warning (the default).
        Warn = "warn",
        /// A breaking finding.
        Error = "error",
    }
}

keyword_enum! {
    /// A rule's severity as policy sets it.
    pub enum Level {
        /// Breaking.
        Breaking = "breaking",
        /// Warning.
        Warning = "warning",
        /// Info.
        Info = "info",
        /// Not reported.
        Off = "off",
    }
}

keyword_enum! {
    /// The smallest version bump a finding requires.
    pub enum Bump {
        /// None.
        None = "none",
        /// A patch release.
        Patch = "patch",
        /// A minor release.
        Minor = "minor",
        /// A major release.
        Major = "major",
    }
}

impl Level {
    /// The catalog severity as a level.
    pub fn from_severity(severity: compat_report::Severity) -> Level {
        match severity {
            compat_report::Severity::Breaking => Level::Breaking,
            compat_report::Severity::Warning => Level::Warning,
            compat_report::Severity::Info => Level::Info,
        }
    }
}

/// One entry of `[policy.rules]`: `rule = "info"` or
/// `rule = { severity = "warning", bump = "patch" }`. At least one is set.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuleLevel {
    /// The severity findings of the rule get, when set.
    pub severity: Option<Level>,
    /// The version bump findings of the rule require, when set.
    pub bump: Option<Bump>,
    /// Where the entry is.
    pub at: Loc,
}

/// `[policy.deprecation]`: how long a deprecated item must stay.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeprecationPolicy {
    /// The least time between announcement and removal (default 18 months).
    pub min_duration: Duration,
    /// The least number of releases between announcement and removal
    /// (default 2).
    pub min_releases: u32,
    /// Whether every deprecation must name a replacement or say
    /// `"none: <why>"` (default true).
    pub require_replacement: bool,
    /// Where each key of `[policy.deprecation]` that the file sets is.
    pub set_at: BTreeMap<String, Loc>,
}

impl Default for DeprecationPolicy {
    fn default() -> DeprecationPolicy {
        DeprecationPolicy {
            min_duration: Duration {
                amount: 18,
                unit: DurationUnit::Months,
            },
            min_releases: 2,
            require_replacement: true,
            set_at: BTreeMap::new(),
        }
    }
}

/// `[policy]`: the project-level defaults. A key absent from the file has
/// its default value and no entry in [`Policy::set_at`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Policy {
    /// What fails the build (default: breaking).
    pub fail_on: FailOn,
    /// Key `promise` (a string or an array): the promises of components
    /// that name none (default: none).
    pub promises: Vec<String>,
    /// The longest a waiver may run from today, in days (default 180).
    pub max_waiver_days: u32,
    /// How many days before its expiry a waiver is "expiring" (default 14).
    pub waiver_warn_days: u32,
    /// What an unused waiver is (default: warn).
    pub unused_waivers: UnusedWaivers,
    /// Whether every component must have an owner (default true); waivers
    /// always need one.
    pub require_owner: bool,
    /// `[policy.rules]`: per-rule overrides, by rule id.
    pub rules: BTreeMap<String, RuleLevel>,
    /// `[policy.deprecation]`.
    pub deprecation: DeprecationPolicy,
    /// Where each key of `[policy]` that the file sets is (by key as
    /// spelled in the file: `fail_on`, `promise`, ...).
    pub set_at: BTreeMap<String, Loc>,
}

impl Policy {
    /// The default of [`Policy::max_waiver_days`].
    pub const DEFAULT_MAX_WAIVER_DAYS: u32 = 180;
    /// The default of [`Policy::waiver_warn_days`].
    pub const DEFAULT_WAIVER_WARN_DAYS: u32 = 14;
}

impl Default for Policy {
    fn default() -> Policy {
        Policy {
            fail_on: FailOn::Breaking,
            promises: Vec::new(),
            max_waiver_days: Policy::DEFAULT_MAX_WAIVER_DAYS,
            waiver_warn_days: Policy::DEFAULT_WAIVER_WARN_DAYS,
            unused_waivers: UnusedWaivers::Warn,
            require_owner: true,
            rules: BTreeMap::new(),
            deprecation: DeprecationPolicy::default(),
            set_at: BTreeMap::new(),
        }
    }
}

/// `[component.NAME.policy]`: what a component overrides; `None` keeps the
/// project's value.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ComponentPolicy {
    /// Overrides [`Policy::fail_on`].
    pub fail_on: Option<FailOn>,
    /// Overrides [`Policy::max_waiver_days`].
    pub max_waiver_days: Option<u32>,
    /// Overrides [`Policy::waiver_warn_days`].
    pub waiver_warn_days: Option<u32>,
    /// Overrides [`Policy::unused_waivers`].
    pub unused_waivers: Option<UnusedWaivers>,
    /// Per-rule overrides over the project's (field by field).
    pub rules: BTreeMap<String, RuleLevel>,
    /// Where each key the component sets is.
    pub set_at: BTreeMap<String, Loc>,
}
