//! One finding: a rule id, a severity, a message and what it is about.

use serde::{Deserialize, Serialize};

/// How bad a finding is for consumers of the checked artifact.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Existing consumers break (fail to start, bind the wrong thing, corrupt memory).
    Breaking,
    /// Probably harmless for existing consumers, but worth a look.
    Warning,
    /// Compatible change, reported for completeness (additions, dependency changes).
    Info,
}

impl Severity {
    /// The lower-case name used in every output format.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Breaking => "breaking",
            Severity::Warning => "warning",
            Severity::Info => "info",
        }
    }
}

/// What a finding is about. Every field is optional; a check fills in the ones
/// that make sense for it, and renderers print the ones present.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Subject {
    /// The input being checked (`abi check`: the FILE argument or a file found under it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file: Option<String>,
    /// 1-based line in `file`, for findings in source files.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<u32>,
    /// 1-based column (in bytes) in `file`, with `line`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub column: Option<u32>,
    /// The loaded object that holds the reference or definition (a dependency of `file`, or `file` itself).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub object: Option<String>,
    /// The symbol name, as in the symbol table.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub symbol: Option<String>,
    /// [`Subject::symbol`] demangled (C++, Rust), as text and Markdown show
    /// it; never part of the fingerprint.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub demangled: Option<String>,
    /// The symbol version or version node.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
    /// The library (SONAME or NEEDED name) the symbol or version was expected from.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub library: Option<String>,
    /// `abi diff`: the old input.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub old_file: Option<String>,
    /// `abi diff`: the new input.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub new_file: Option<String>,
    /// The value before the change (a size, a type, a SONAME), when the rule compares values.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub old_value: Option<String>,
    /// The value after the change.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub new_value: Option<String>,
    /// The chain of NEEDED entries from `file` to `object` (first element is
    /// `file`); for a Go program, the imports from its main package to the
    /// package concerned.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub chain: Vec<String>,
    /// Symbols affected by this finding (for example every symbol needing a missing version).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub symbols: Vec<String>,
    /// The `compat.toml` component the finding belongs to (`compat check`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub component: Option<String>,
    /// The type concerned, as compat spells it, with the keyword its source
    /// declares it with (`struct sqlite3_module`, `class Widget`, `enum
    /// class Mode`); fingerprints read `class` as `struct`
    /// ([`crate::fingerprint::type_identity`]).
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub type_name: Option<String>,
    /// The member of [`Subject::type_name`] concerned.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub member: Option<String>,
    /// The Go package (import path or directory) concerned.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub package: Option<String>,
    /// The build target (`linux/amd64`) concerned.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub target: Option<String>,
    /// The `compat.toml` entry concerned (a waiver or deprecation id), for
    /// the `policy-*` and `deprecation-*` findings.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
}

/// Whether a finding counts toward the exit status.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// Counts: nothing accepted it.
    #[default]
    New,
    /// Accepted by the component's findings baseline (known on adoption).
    Baselined,
    /// Accepted by a waiver in `compat.toml` (named in [`Finding::waiver`]).
    Waived,
}

impl Status {
    /// The lower-case name used in every output format.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::New => "new",
            Status::Baselined => "baselined",
            Status::Waived => "waived",
        }
    }
}

/// Where a finding is shown in a repository: a file path relative to the
/// repository root (or to the working directory outside `compat check`),
/// with a line when the finding is about a line. Code-scanning uploads need
/// one for every result: a finding about a binary is anchored at the binary
/// when it is in the repository, else at its committed baseline, else at the
/// component's entry in `compat.toml`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Location {
    /// The file, `/`-separated, relative to the repository root.
    pub path: String,
    /// 1-based line.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line: Option<u32>,
    /// 1-based byte column, with `line`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub column: Option<u32>,
}

/// One thing a check found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Finding {
    /// Stable rule id from the catalog ([`crate::RULES`]).
    pub rule: String,
    /// Severity of this finding (the rule's severity).
    pub severity: Severity,
    /// One-sentence human message: what changed or fails, and why it matters.
    pub message: String,
    /// What the finding is about.
    pub subject: Subject,
    /// Findings with the same group share one root cause; text and Markdown
    /// print the first one in full and fold the rest under it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group: Option<String>,
    /// Stable identity of the finding across runs (see [`crate::fingerprint`]);
    /// set by [`crate::Report::finish`].
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub fingerprint: String,
    /// Whether the finding counts toward the exit status.
    #[serde(default)]
    pub status: Status,
    /// The id of the waiver that accepted it (`status = "waived"`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub waiver: Option<String>,
    /// The promise that allows this change (a breaking change in a major
    /// release under `semver`, or behind a new SONAME): reported as a
    /// warning instead of breaking.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub promise: Option<String>,
    /// Where to show it (`compat check` sets it for every finding).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<Location>,
    /// A document that shows the break (`compat schema diff`: valid under
    /// one schema, invalid under the other).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub counterexample: Option<serde_json::Value>,
    /// Where in [`Finding::counterexample`] the difference is: a JSON
    /// pointer (RFC 6901, `/items/0/status`; `""` is the whole document),
    /// set with the counterexample. Text and Markdown show the value there
    /// when they cut the document; never part of the fingerprint.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub counterexample_path: Option<String>,
}

impl Finding {
    /// A finding for `rule` with the rule's catalog severity.
    ///
    /// # Panics
    /// Panics when `rule` is not in the catalog: that is a programming error,
    /// caught by the tests of every check.
    pub fn new(rule: &str, message: impl Into<String>, subject: Subject) -> Finding {
        let severity = crate::rules::lookup(rule)
            .unwrap_or_else(|| panic!("rule {rule:?} is not in the catalog"))
            .severity;
        Finding {
            rule: rule.to_owned(),
            severity,
            message: message.into(),
            subject,
            group: None,
            fingerprint: String::new(),
            status: Status::New,
            waiver: None,
            promise: None,
            location: None,
            counterexample: None,
            counterexample_path: None,
        }
    }

    /// Reports this finding at `severity` instead of its rule's catalog
    /// severity: the one way a check softens (or hardens) a rule for one
    /// finding, so [`Finding::downgraded`] can tell.
    pub fn set_severity(&mut self, severity: Severity) {
        self.severity = severity;
    }

    /// The rule's catalog entry.
    pub fn catalog(&self) -> Option<&'static crate::Rule> {
        crate::rules::lookup(&self.rule)
    }

    /// Whether the finding is reported milder than its rule's catalog severity
    /// (a check decided the change cannot reach consumers, or cannot tell).
    pub fn downgraded(&self) -> bool {
        // Severity is ordered Breaking < Warning < Info: "greater" is milder.
        self.catalog().is_some_and(|r| self.severity > r.severity)
    }

    /// Whether the finding counts toward the exit status (not waived or baselined).
    pub fn counts(&self) -> bool {
        self.status == Status::New
    }

    /// Sets the group key (see [`Finding::group`]).
    pub fn with_group(mut self, group: impl Into<String>) -> Finding {
        self.group = Some(group.into());
        self
    }
}

/// The words that end the message of a finding whose type's visibility the
/// inputs leave undecided (reported as a warning, breaking if the type is
/// public): `compat_abi::verdict_if_public` counts only these, not warnings
/// that state a semantic risk (signedness, `restrict`).
pub const UNDECIDED_VISIBILITY: &str = "breaking if it is public (--public-headers DIR decides)";
