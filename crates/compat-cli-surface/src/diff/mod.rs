//! `compat cli diff`: what a script written against the old surface finds
//! changed in the new one, as findings of the `cli-` rules.
//!
//! Commands are matched by name (or an alias the new side keeps), flags by
//! any long name they share (the new side's inherited global flags count),
//! positional arguments by place. Removing anything a script can type is
//! breaking unless the element was deprecated long enough ago: the day its
//! deprecation was announced plus the [`Window`] (18 months by default) has passed
//! on [`DiffOptions::today`], and, under the Kubernetes policy, enough
//! releases. A removal inside the window is reported under the element's
//! own rule, with the day removal becomes allowed.
//!
//! Subjects: `symbol` is the command path (`git remote add`), `member` the
//! flag (`--tags`) or positional argument (`<URL>`), `old_value` and
//! `new_value` the values compared.

mod args;
mod commands;
mod flags;
mod removal;

use compat_report::{Finding, Subject};

use crate::date::Date;
use crate::model::Surface;
use crate::read::InputFormat;
use crate::window::Window;

/// What the diff needs besides the two surfaces.
#[derive(Debug, Clone)]
pub struct DiffOptions {
    /// The deprecation window.
    pub window: Window,
    /// The day removals are judged on.
    pub today: Date,
    /// The old input as named by the user (subjects' `old_file`).
    pub old_name: String,
    /// The new input as named by the user (subjects' `new_file`).
    pub new_name: String,
    /// What the old input was (`read_path_detected` says), so that messages
    /// name what it lacks in its own terms (a `--help` text's, Azure CLI
    /// metadata's); [`InputFormat::Auto`] when unknown.
    pub old_format: InputFormat,
    /// What the new input was.
    pub new_format: InputFormat,
}

/// The findings of moving from `old` to `new`, in tree order.
pub fn diff(old: &Surface, new: &Surface, opts: &DiffOptions) -> Vec<Finding> {
    let mut walk = Walk {
        opts,
        old_version: old.program_version.as_deref(),
        new_version: new.program_version.as_deref(),
        findings: Vec::new(),
    };
    let path = old.command.name.clone();
    walk.command(&path, &old.command, &new.command, &[]);
    walk.findings
}

/// One walk over two command trees.
struct Walk<'a> {
    opts: &'a DiffOptions,
    #[allow(dead_code)]
    old_version: Option<&'a str>,
    new_version: Option<&'a str>,
    findings: Vec<Finding>,
}

impl Walk<'_> {
    /// A subject about `member` of the command at `path`.
    fn subject(&self, path: &str, member: Option<&str>) -> Subject {
        Subject {
            symbol: Some(path.to_owned()),
            member: member.map(str::to_owned),
            old_file: Some(self.opts.old_name.clone()),
            new_file: Some(self.opts.new_name.clone()),
            ..Subject::default()
        }
    }

    /// Adds a finding of `rule` with the values before and after.
    fn push(
        &mut self,
        rule: &str,
        message: String,
        mut subject: Subject,
        values: Option<(String, String)>,
    ) -> &mut Finding {
        if let Some((old, new)) = values {
            subject.old_value = Some(old);
            subject.new_value = Some(new);
        }
        self.findings.push(Finding::new(rule, message, subject));
        self.findings.last_mut().expect("just pushed")
    }
}

/// `a, b, c` for a message.
fn list(items: &[&str]) -> String {
    items.join(", ")
}
