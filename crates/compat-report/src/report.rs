//! The report: the findings of one command run, its errors and its summary.

use serde::{Deserialize, Serialize};

use crate::finding::{Finding, Severity, Status};

/// Version of the JSON report shape. Bump it whenever a field is added,
/// removed or renamed; `tests/schema.rs` fails when the shape changes without a bump.
pub const SCHEMA_VERSION: u32 = 9;

/// The tool that wrote a report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tool {
    /// Always `compat`.
    pub name: String,
    /// The tool's version.
    pub version: String,
}

/// An input that could not be processed. Its presence makes the exit status 2.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InputError {
    /// The file (or argument) concerned.
    pub file: String,
    /// What is wrong with it, one line.
    pub message: String,
}

/// Counts of findings by severity.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Summary {
    /// Number of breaking findings that count (not waived or baselined).
    pub breaking: usize,
    /// Number of warnings that count.
    pub warning: usize,
    /// Number of informational findings that count.
    pub info: usize,
    /// Number of inputs that could not be processed.
    pub errors: usize,
    /// Number of findings a waiver accepted (any severity).
    #[serde(default)]
    pub waived: usize,
    /// Number of findings a findings baseline accepted (any severity).
    #[serde(default)]
    pub baselined: usize,
}

/// The smallest semantic-version bump that covers a set of changes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Verdict {
    /// Nothing visible changed.
    None,
    /// Only changes that neither add nor remove interface.
    Patch,
    /// Compatible additions.
    Minor,
    /// Existing consumers break.
    Major,
}

impl Verdict {
    /// Lower-case name.
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::None => "none",
            Verdict::Patch => "patch",
            Verdict::Minor => "minor",
            Verdict::Major => "major",
        }
    }
}

/// Everything one command run found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Report {
    /// Shape version of this JSON document ([`SCHEMA_VERSION`]).
    pub schema_version: u32,
    /// The tool that wrote it.
    pub tool: Tool,
    /// The command that produced it (`abi diff`, `abi check`, ...).
    pub command: String,
    /// The inputs as given on the command line.
    pub inputs: Vec<String>,
    /// The findings, in a deterministic order.
    pub findings: Vec<Finding>,
    /// Inputs that could not be processed.
    pub errors: Vec<InputError>,
    /// Free-text notes about how the run went (for example: "no debug information").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
    /// `abi diff`: the smallest version bump covering the changes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub verdict: Option<Verdict>,
    /// `abi diff`: the bump the changes would call for if every type whose
    /// visibility the inputs leave undecided were public; present only when it
    /// is larger than [`Report::verdict`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verdict_if_public: Option<Verdict>,
    /// Counts by severity.
    pub summary: Summary,
    /// `compat check`: the result of each component.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub components: Vec<crate::check::ComponentResult>,
    /// `compat check`: the waivers of `compat.toml` on the run's date.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub waivers: Vec<crate::check::WaiverResult>,
    /// `compat check`: the deprecations of `compat.toml` on the run's date.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub deprecations: Vec<crate::check::DeprecationResult>,
    /// `compat check`: the run's date and inputs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub run: Option<crate::check::RunInfo>,
    /// How text and Markdown show the names in the subjects' `symbols`
    /// lists: a C++ or Rust symbol by its demangled name (`abi diff`).
    /// Display only: not part of the JSON report, whose lists keep
    /// the names of the symbol tables.
    #[serde(skip)]
    pub shown_names: std::collections::BTreeMap<String, String>,
    /// Command-specific results, as further top-level keys (for example
    /// `targets` of `compat go targets`). Empty for most commands.
    #[serde(flatten, default)]
    pub extra: std::collections::BTreeMap<String, serde_json::Value>,
}

impl Report {
    /// How text and Markdown show `symbol` in a list ([`Report::shown_names`]).
    pub fn shown_name<'a>(&'a self, symbol: &'a str) -> &'a str {
        self.shown_names.get(symbol).map_or(symbol, String::as_str)
    }

    /// An empty report for `command`.
    pub fn new(command: &str, inputs: Vec<String>) -> Report {
        Report {
            schema_version: SCHEMA_VERSION,
            tool: Tool {
                name: "compat".into(),
                version: env!("CARGO_PKG_VERSION").into(),
            },
            command: command.into(),
            inputs,
            findings: Vec::new(),
            errors: Vec::new(),
            notes: Vec::new(),
            verdict: None,
            verdict_if_public: None,
            summary: Summary::default(),
            components: Vec::new(),
            waivers: Vec::new(),
            deprecations: Vec::new(),
            run: None,
            shown_names: std::collections::BTreeMap::new(),
            extra: Default::default(),
        }
    }

    /// Records an input that could not be processed. Every renderer puts the
    /// file first, so a message that already begins with `FILE: ` (the form of
    /// the readers' one-line errors) loses that prefix rather than naming the
    /// file twice.
    pub fn error(&mut self, file: impl Into<String>, message: impl Into<String>) {
        let file = file.into();
        let mut message = message.into();
        if let Some(rest) = message.strip_prefix(file.as_str()) {
            if let Some(reason) = rest.strip_prefix(": ").filter(|r| !r.is_empty()) {
                message = reason.to_owned();
            }
        }
        self.errors.push(InputError { file, message });
    }

    /// Gives every finding without one its fingerprint (component from its
    /// subject, source paths relative to the inputs) and recomputes
    /// [`Report::summary`] from the findings and errors.
    pub fn finish(&mut self) {
        for f in &mut self.findings {
            if f.fingerprint.is_empty() {
                f.fingerprint =
                    crate::fingerprint::fingerprint(&f.rule, "", &f.subject, &self.inputs);
            }
        }
        let mut s = Summary {
            errors: self.errors.len(),
            ..Summary::default()
        };
        for f in &self.findings {
            match f.status {
                Status::Waived => s.waived += 1,
                Status::Baselined => s.baselined += 1,
                Status::New => match f.severity {
                    Severity::Breaking => s.breaking += 1,
                    Severity::Warning => s.warning += 1,
                    Severity::Info => s.info += 1,
                },
            }
        }
        self.summary = s;
    }

    /// Exit status by the contract: 2 when an input could not be processed,
    /// else 1 when a finding that counts (not waived or baselined) is
    /// breaking, else 0.
    pub fn exit_code(&self) -> i32 {
        self.exit_code_at(Severity::Breaking)
    }

    /// [`Report::exit_code`] with the severity that fails the run chosen
    /// (`fail_on = "warning"` makes warnings fail too).
    pub fn exit_code_at(&self, fail_on: Severity) -> i32 {
        if !self.errors.is_empty() {
            2
        } else if self
            .findings
            .iter()
            .any(|f| f.counts() && f.severity <= fail_on)
        {
            1
        } else {
            0
        }
    }
}
