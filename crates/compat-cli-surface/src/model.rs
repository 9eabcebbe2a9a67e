//! The surface model and its file format: what a command line accepts,
//! written as JSON (`"format": "compat-cli-surface"`, [`FORMAT_VERSION`]) and
//! documented in `docs/cli-surface-format.md`.
//!
//! A surface is a tree of commands. Each command has flags (named options),
//! positional arguments and subcommands; every element may be hidden,
//! deprecated (with the day and release it was announced) and carries a
//! stability level (the Kubernetes policy gives GA, beta and alpha elements
//! different windows). Names are kept as users type them (`--format`, `-f`,
//! `-name`), so surfaces from clap, cobra, Azure CLI and `--help` text compare
//! with one another.

use serde::{Deserialize, Serialize};

/// The value of the `format` key of every surface file.
pub const FORMAT_NAME: &str = "compat-cli-surface";

/// The version of the file format this build writes and reads; a file with a
/// larger version is refused.
pub const FORMAT_VERSION: u32 = 1;

/// A whole command line: the program and its command tree.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Surface {
    /// Always [`FORMAT_NAME`].
    pub format: String,
    /// [`FORMAT_VERSION`] when written by this build.
    pub version: u32,
    /// The program's version, when the source says it (`1.4.0`); the
    /// Kubernetes window counts releases with it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub program_version: Option<String>,
    /// Where the surface came from: `clap`, `cobra`, `azure`, `help`, `json`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// The root command (its name is the program's).
    pub command: Command,
}

impl Surface {
    /// A surface of `command`, in this build's format.
    pub fn new(source: &str, command: Command) -> Surface {
        Surface {
            format: FORMAT_NAME.to_owned(),
            version: FORMAT_VERSION,
            program_version: None,
            source: Some(source.to_owned()),
            command,
        }
    }

    /// Sorts every list (flags by primary name, subcommands by name; the
    /// order of positional arguments is their meaning and is kept), so two
    /// readings of one program are byte-identical.
    pub fn normalize(&mut self) {
        self.command.normalize();
    }

    /// Drops every description (`about`), which no rule compares.
    pub fn strip_descriptions(&mut self) {
        fn strip(c: &mut Command) {
            c.about = None;
            c.flags.iter_mut().for_each(|f| f.about = None);
            c.args.iter_mut().for_each(|a| a.about = None);
            c.commands.iter_mut().for_each(strip);
        }
        strip(&mut self.command);
    }

    /// How many commands the tree holds (the root included).
    pub fn command_count(&self) -> usize {
        fn count(c: &Command) -> usize {
            1 + c.commands.iter().map(count).sum::<usize>()
        }
        count(&self.command)
    }

    /// The surface as pretty JSON with a final newline (the committed form).
    pub fn to_json(&self) -> String {
        let mut text = serde_json::to_string_pretty(self).expect("a surface always serializes");
        text.push('\n');
        text
    }
}

/// How stable an element is declared to be (Kubernetes' levels).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Stability {
    /// Generally available (the default).
    #[default]
    Ga,
    /// Beta.
    Beta,
    /// Alpha: may go at any time.
    Alpha,
}

impl Stability {
    /// Whether this is the default level (omitted from files).
    pub fn is_ga(&self) -> bool {
        *self == Stability::Ga
    }

    /// The lower-case name.
    pub fn as_str(self) -> &'static str {
        match self {
            Stability::Ga => "ga",
            Stability::Beta => "beta",
            Stability::Alpha => "alpha",
        }
    }
}

/// A deprecation announcement on an element.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Deprecation {
    /// The day it was announced (`YYYY-MM-DD`): the window starts here.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub since: Option<String>,
    /// The release that announced it (`1.4.0`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub release: Option<String>,
    /// What to use instead.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub replacement: Option<String>,
    /// The warning the program prints.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

/// A deprecation of one name of a flag (an old spelling kept as an alias).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DeprecatedName {
    /// The name (`--old-name`, `-o`).
    pub name: String,
    /// The announcement.
    #[serde(flatten)]
    pub deprecation: Deprecation,
}

/// A command or subcommand.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Command {
    /// Its name (the program's name at the root).
    pub name: String,
    /// Other names it answers to.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    /// One-line description (not compared).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub about: Option<String>,
    /// Left out of help and listings; still works.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub hidden: bool,
    /// Its deprecation, when announced.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deprecated: Option<Deprecation>,
    /// Its stability level.
    #[serde(default, skip_serializing_if = "Stability::is_ga")]
    pub stability: Stability,
    /// Named options.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub flags: Vec<Flag>,
    /// Positional arguments, in order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub args: Vec<Arg>,
    /// Subcommands.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub commands: Vec<Command>,
}

impl Command {
    /// A command called `name` with nothing in it.
    pub fn named(name: impl Into<String>) -> Command {
        Command {
            name: name.into(),
            ..Command::default()
        }
    }

    fn normalize(&mut self) {
        self.flags.sort_by(|a, b| a.primary().cmp(b.primary()));
        for c in &mut self.commands {
            c.normalize();
        }
        self.commands.sort_by(|a, b| a.name.cmp(&b.name));
    }
}

/// A named option.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Flag {
    /// Every name it answers to, as typed: the primary one first
    /// (`["--format", "-f", "--fmt"]`).
    pub names: Vec<String>,
    /// The value it takes: `switch` (none), `count` (repeatable switch),
    /// `bool`, `string`, `int`, `float`, `path`, `duration`, ... (compared
    /// as text; a reader writes what its source says).
    #[serde(rename = "type")]
    pub value_type: String,
    /// The placeholder shown in help (`FILE`); not compared.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value_name: Option<String>,
    /// May be given more than once, each value kept.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub multiple: bool,
    /// The value used when the flag is absent (values joined with `,`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default: Option<String>,
    /// Must be given.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub required: bool,
    /// The only values accepted (empty: any).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub choices: Vec<String>,
    /// Environment variables read when the flag is absent.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub env: Vec<String>,
    /// Accepted by every subcommand too.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub global: bool,
    /// Left out of help; still works.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub hidden: bool,
    /// The flag's deprecation, when announced.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deprecated: Option<Deprecation>,
    /// Deprecations of single names (an old spelling).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub deprecated_names: Vec<DeprecatedName>,
    /// Its stability level.
    #[serde(default, skip_serializing_if = "Stability::is_ga")]
    pub stability: Stability,
    /// One-line description (not compared).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub about: Option<String>,
}

impl Flag {
    /// The name the flag is known by (its first).
    pub fn primary(&self) -> &str {
        self.names.first().map_or("", String::as_str)
    }

    /// Whether `name` is a short name (`-x`: one dash, one character).
    pub fn is_short(name: &str) -> bool {
        let mut chars = name.chars();
        chars.next() == Some('-')
            && chars.next().is_some_and(|c| c != '-')
            && chars.next().is_none()
    }

    /// The deprecation of `name`, if that spelling (or the whole flag) is deprecated.
    pub fn deprecation_of(&self, name: &str) -> Option<&Deprecation> {
        self.deprecated_names
            .iter()
            .find(|d| d.name == name)
            .map(|d| &d.deprecation)
            .or(self.deprecated.as_ref())
    }
}

/// A positional argument.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Arg {
    /// Its placeholder (`FILE`); positional arguments are matched by place, not name.
    pub name: String,
    /// The value it takes (as [`Flag::value_type`]).
    #[serde(rename = "type", default = "string_type")]
    pub value_type: String,
    /// Takes every remaining value.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub multiple: bool,
    /// Must be given.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub required: bool,
    /// The value used when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default: Option<String>,
    /// The only values accepted (empty: any).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub choices: Vec<String>,
    /// Environment variables read when the argument is absent.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub env: Vec<String>,
    /// Its deprecation, when announced.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deprecated: Option<Deprecation>,
    /// Its stability level.
    #[serde(default, skip_serializing_if = "Stability::is_ga")]
    pub stability: Stability,
    /// One-line description (not compared).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub about: Option<String>,
}

fn string_type() -> String {
    "string".to_owned()
}
