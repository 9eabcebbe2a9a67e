//! The project file as data: project, promises, components, waivers and
//! deprecations, every item with the location it was read from.

use std::collections::BTreeMap;
use std::path::PathBuf;

use crate::date::Date;
use crate::keyword::keyword_enum;
use crate::loc::Loc;
use crate::policy::{ComponentPolicy, Policy};

/// The only `version` of compat.toml this compat reads.
pub const CONFIG_VERSION: u32 = 1;

/// A loaded, validated compat.toml with its waiver files.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Config {
    /// The compat.toml read (as given or discovered).
    pub path: PathBuf,
    /// Its directory: relative paths in the file are relative to it.
    pub dir: PathBuf,
    /// The schema version of the file (always [`CONFIG_VERSION`] once loaded).
    pub version: u32,
    /// `[project]`.
    pub project: Project,
    /// `[policy]`: the project-level defaults.
    pub policy: Policy,
    /// `[promises.NAME]`, by name.
    pub promises: BTreeMap<String, Promise>,
    /// `[component.NAME]`, in file order.
    pub components: Vec<Component>,
    /// `[[waiver]]` of compat.toml, then of each waiver file, in order.
    pub waivers: Vec<Waiver>,
    /// `[[deprecation]]`, in file order.
    pub deprecations: Vec<Deprecation>,
}

impl Config {
    /// The component named `name`.
    pub fn component(&self, name: &str) -> Option<&Component> {
        self.components.iter().find(|c| c.name == name)
    }

    /// The waiver with this id.
    pub fn waiver(&self, id: &str) -> Option<&Waiver> {
        self.waivers.iter().find(|w| w.id == id)
    }

    /// The root of the system `component` is deployed on, as written
    /// (relative to the file's directory): its own `sysroot`, else the
    /// project's; `None` is this machine's `/`.
    pub fn sysroot_of<'a>(&'a self, component: &'a Component) -> Option<&'a str> {
        component
            .sysroot
            .as_deref()
            .or(self.project.sysroot.as_deref())
    }

    /// The promises a component is held to: its own, or the project's
    /// default (`policy.promise`) when it names none.
    pub fn promises_of<'a>(&'a self, component: &'a Component) -> &'a [String] {
        if component.promises.is_empty() {
            &self.policy.promises
        } else {
            &component.promises
        }
    }

    /// The first promise of `kind` a component is held to (its json-schema promise's `mode` and
    /// `schemas`, its cli promise's `surface`, its semver promise's `version_from`).
    pub fn promise_of<'a>(
        &'a self,
        component: &'a Component,
        kind: PromiseKind,
    ) -> Option<&'a Promise> {
        self.promises_of(component)
            .iter()
            .filter_map(|n| self.promises.get(n))
            .find(|p| p.kind == kind)
    }
}

/// `[project]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Project {
    /// `name` (required).
    pub name: String,
    /// `history`: where `--record` stores runs (`sqlite:PATH`,
    /// `postgres://...`).
    pub history: Option<String>,
    /// `timezone`: the zone of the file's dates; only `"UTC"` (the default).
    pub timezone: String,
    /// `sysroot`: the root of the system the ELF components are deployed on
    /// (as `--sysroot`), unless a component names its own.
    pub sysroot: Option<String>,
    /// Key `waivers`: globs (relative to the file) of extra TOML files that
    /// hold `[[waiver]]` tables.
    pub waiver_files: Vec<String>,
    /// Where `[project]` is.
    pub at: Loc,
}

keyword_enum! {
    /// What a promise says.
    pub enum PromiseKind {
        /// The version number says what changed (semantic versioning).
        Semver = "semver",
        /// Same SONAME: no breaking ABI change.
        Soname = "soname",
        /// Persisted data stays readable (JSON Schema compatibility).
        JsonSchema = "json-schema",
        /// Command-line flags are removed only after their deprecation window.
        Cli = "cli",
        /// Shown, never checked.
        Declared = "declared",
    }
}

/// Where a promise finds the candidate version.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum VersionFrom {
    /// `git-tag:GLOB`: the newest git tag matching the glob (`v*`).
    GitTag(String),
    /// `soname`: the library's SONAME.
    Soname,
    /// `file:PATH`: the first line of a file.
    File(String),
    /// `cargo:PATH`: `package.version` of a Cargo.toml.
    Cargo(String),
}

impl VersionFrom {
    /// Parses `git-tag:GLOB`, `soname`, `file:PATH` or `cargo:PATH`.
    pub fn parse(text: &str) -> Option<VersionFrom> {
        let nonempty = |s: &str| (!s.is_empty()).then(|| s.to_owned());
        if text == "soname" {
            Some(VersionFrom::Soname)
        } else if let Some(glob) = text.strip_prefix("git-tag:") {
            nonempty(glob).map(VersionFrom::GitTag)
        } else if let Some(path) = text.strip_prefix("file:") {
            nonempty(path).map(VersionFrom::File)
        } else if let Some(path) = text.strip_prefix("cargo:") {
            nonempty(path).map(VersionFrom::Cargo)
        } else {
            None
        }
    }
}

impl std::fmt::Display for VersionFrom {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            VersionFrom::GitTag(g) => write!(f, "git-tag:{g}"),
            VersionFrom::Soname => f.write_str("soname"),
            VersionFrom::File(p) => write!(f, "file:{p}"),
            VersionFrom::Cargo(p) => write!(f, "cargo:{p}"),
        }
    }
}

/// `[promises.NAME]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Promise {
    /// The name components refer to it by.
    pub name: String,
    /// `kind` (required).
    pub kind: PromiseKind,
    /// `version_from`: where the candidate version comes from.
    pub version_from: Option<VersionFrom>,
    /// `zero_major_is_unstable` (default true): under 1.0.0 anything goes.
    pub zero_major_is_unstable: bool,
    /// `mode` (json-schema): `backward`, `forward` or `full`, each
    /// optionally `-transitive`, or `none`.
    pub mode: Option<String>,
    /// `policy` (json-schema): `strict` (the default) or `lenient`.
    pub policy: Option<String>,
    /// `schemas` (json-schema, required there): globs of schema files.
    pub schemas: Vec<String>,
    /// `surface` (cli, required there): the committed flag inventory.
    pub surface: Option<String>,
    /// Where `[promises.NAME]` is.
    pub at: Loc,
}

keyword_enum! {
    /// What a component is, and so how compat checks it.
    pub enum ComponentKind {
        /// A shared library: `abi diff` against its baseline.
        ElfLibrary = "elf-library",
        /// A program: `abi check` with the loader model.
        ElfProgram = "elf-program",
        /// A Go module: build constraints, targets, cgo exports.
        GoModule = "go-module",
        /// A command-line interface (flag inventory).
        Cli = "cli",
        /// Declared only (consumers compat cannot discover).
        Declared = "declared",
        /// A JSON Schema contract.
        JsonSchema = "json-schema",
        /// An OpenAPI contract.
        OpenApi = "openapi",
    }
}

/// `exports = { lib = ..., baseline = ... }` of a Go module: the c-shared
/// library built from it and, optionally, its baseline.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Exports {
    /// `lib` (required): the c-shared library.
    pub lib: String,
    /// `baseline`: a previous build or its dump.
    pub baseline: Option<String>,
}

/// `[component.NAME]`: one thing the project ships.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Component {
    /// The name (the key after `component.`).
    pub name: String,
    /// `kind` (required).
    pub kind: ComponentKind,
    /// `owner` (required while `policy.require_owner`).
    pub owner: Option<String>,
    /// `artifact`: the built file (required for elf-library and elf-program).
    pub artifact: Option<String>,
    /// `baseline.main`: the committed baseline advanced on merge (a path, or
    /// `git:REF:PATH`).
    pub baseline_main: Option<String>,
    /// `baseline.release`: the baseline of the last release (usually
    /// `git:TAG:PATH`).
    pub baseline_release: Option<String>,
    /// `public_headers`: the directory whose headers make types public.
    pub public_headers: Option<String>,
    /// `debug_dir`: separate debug files.
    pub debug_dir: Option<String>,
    /// `promises`: names of `[promises.X]` entries; empty means the
    /// project default (`policy.promise`), see [`Config::promises_of`].
    pub promises: Vec<String>,
    /// `library_path`: directories searched like LD_LIBRARY_PATH.
    pub library_path: Vec<String>,
    /// `sysroot`: the root of the system it is deployed on, overriding
    /// `[project] sysroot`; see [`Config::sysroot_of`].
    pub sysroot: Option<String>,
    /// `findings_baseline`: the committed findings accepted on adoption.
    pub findings_baseline: Option<String>,
    /// `path`: the module directory (required for go-module).
    pub path: Option<String>,
    /// `go`: the Go release (`1.22`).
    pub go: Option<String>,
    /// `targets`: GOOS/GOARCH pairs.
    pub targets: Vec<String>,
    /// `exports`: the c-shared library built from a Go module.
    pub exports: Option<Exports>,
    /// `consumes`: names of components this one uses (declared edges).
    pub consumes: Vec<String>,
    /// `ref_map` (json-schema): remote documents its `$ref`s name, each read from a file (URL,
    /// path relative to the project file), in file order.
    pub ref_map: Vec<(String, String)>,
    /// `version`: the candidate version, when given explicitly.
    pub version: Option<String>,
    /// `[component.NAME.policy]`.
    pub policy: ComponentPolicy,
    /// Where `[component.NAME]` is.
    pub at: Loc,
}

/// The keys a waiver's `subject` may match on.
pub const SUBJECT_KEYS: &[&str] = &[
    "file", "symbol", "version", "library", "object", "type", "member", "package", "target",
];

/// `[[waiver]]`: a finding accepted for a while, with a reason and an owner.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Waiver {
    /// `id` (required, unique).
    pub id: String,
    /// `component`: the component it applies to (all when absent).
    pub component: Option<String>,
    /// `rule` (required): a rule id of the catalog.
    pub rule: String,
    /// `subject`: fields of the finding's subject that must all match (keys
    /// from [`SUBJECT_KEYS`]).
    pub subject: BTreeMap<String, String>,
    /// `fingerprint`: `compat:v1:` and 32 lowercase hex digits.
    pub fingerprint: Option<String>,
    /// `reason` (required).
    pub reason: String,
    /// `owner` (required).
    pub owner: String,
    /// `ticket`.
    pub ticket: Option<String>,
    /// `created`.
    pub created: Option<Date>,
    /// `expires` (required): the last day it applies (inclusive).
    pub expires: Date,
    /// `until_version`: applies only up to this candidate version.
    pub until_version: Option<String>,
    /// `max_matches`: more matches than this is a new finding.
    pub max_matches: Option<u32>,
    /// Where `[[waiver]]` is (in compat.toml or a waiver file).
    pub at: Loc,
}

keyword_enum! {
    /// What kind of item a deprecation names.
    pub enum ItemKind {
        /// An exported symbol.
        Symbol = "symbol",
        /// A type.
        Type = "type",
        /// A field of a type.
        Field = "field",
        /// A command-line flag.
        Flag = "flag",
        /// A command or subcommand of a command-line program, by its path
        /// (`tool sync`).
        Command = "command",
        /// A Go identifier.
        Go = "go",
        /// An API endpoint.
        Endpoint = "endpoint",
    }
}

/// `[[deprecation]]`: an item announced for removal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Deprecation {
    /// `id` (required, unique).
    pub id: String,
    /// `component` (required).
    pub component: String,
    /// `item = { KIND = "NAME" }`: exactly one kind.
    pub item: (ItemKind, String),
    /// `announced` (required).
    pub announced: Date,
    /// `announced_in`: the release that announced it.
    pub announced_in: Option<String>,
    /// `replacement`: what to use instead, or `none: <why>`.
    pub replacement: Option<String>,
    /// `migration`: a migration guide.
    pub migration: Option<String>,
    /// `remove_after`: the earliest removal date; never before
    /// `announced` + `policy.deprecation.min_duration`.
    pub remove_after: Option<Date>,
    /// Where `[[deprecation]]` is.
    pub at: Loc,
}
