//! compat.toml text to [`Config`]: one pass over the parsed document that
//! checks every key, type and cross-reference and records every fault with
//! its location, then the faults sorted by file, line and column.
//!
//! The order of the pass makes every reference checkable where it is made:
//! promise and component names are collected first, then `[policy]`
//! (naming promises), the components (naming promises and each other),
//! waivers and deprecations (naming components and rules). Waiver files
//! are parsed afterwards with the same [`State`], so duplicate ids are
//! found across files.

mod component;
mod deprecation;
mod policy;
mod promise;
mod waiver;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use toml_edit::{Document, Item, Key};

use crate::error::{ConfigError, ConfigErrors};
use crate::loc::{LineIndex, Loc};
use crate::model::{Config, Project, CONFIG_VERSION};
use crate::policy::{DeprecationPolicy, Policy};
use crate::read::{item_span, Section, Sink};

/// The top-level keys of compat.toml.
const TOP_KEYS: &[&str] = &[
    "version",
    "project",
    "policy",
    "promises",
    "component",
    "waiver",
    "deprecation",
];

/// The keys of `[project]`.
const PROJECT_KEYS: &[&str] = &["name", "history", "timezone", "waivers", "sysroot"];

/// What the pass over one file needs from the files before it.
#[derive(Debug, Default)]
pub(crate) struct State {
    /// Names of `[promises.X]`.
    promises: BTreeSet<String>,
    /// Names of `[component.X]`.
    components: BTreeSet<String>,
    /// Waiver ids seen, with where.
    waiver_ids: BTreeMap<String, Loc>,
    /// Deprecation ids seen, with where.
    deprecation_ids: BTreeMap<String, Loc>,
    /// `[policy.deprecation]`, for the removal floor.
    deprecation_policy: DeprecationPolicy,
    /// `project.waivers` patterns with where they are written.
    pub(crate) waiver_patterns: Vec<(String, Loc)>,
    /// The files read, in order (errors are sorted by it).
    files: Vec<PathBuf>,
}

/// Parses compat.toml from `text` without touching the file system;
/// `path` is the file's name in locations and the base of its relative
/// paths. Waiver files named by `project.waivers` are not read (see
/// [`crate::load`]).
pub fn parse(text: &str, path: &Path) -> Result<Config, ConfigErrors> {
    let mut errors = Vec::new();
    let mut state = State::default();
    let config = state.main(text, path, path, &mut errors);
    state.finish(config, errors)
}

/// `toml_edit`'s message on one line.
fn syntax_message(e: &toml_edit::TomlError) -> String {
    let msg: Vec<&str> = e
        .message()
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    format!("invalid TOML: {}", msg.join("; "))
}

/// How a message names `[table.key]`.
pub(crate) fn table_name(prefix: &str, key: &str) -> String {
    format!("[{prefix}.{}]", Key::new(key).display_repr())
}

impl State {
    /// Parses the main file; `None` when it cannot be read as compat.toml
    /// at all (not TOML, a newer version).
    pub(crate) fn main(
        &mut self,
        text: &str,
        display: &Path,
        path: &Path,
        errors: &mut Vec<ConfigError>,
    ) -> Option<Config> {
        self.files.push(display.to_path_buf());
        let mut sink = Sink::new(LineIndex::new(text, display), errors);
        let doc = match Document::parse(text) {
            Ok(doc) => doc,
            Err(e) => {
                let msg = syntax_message(&e);
                sink.error(e.span(), msg);
                return None;
            }
        };
        let root = Section::new(doc.as_table(), "the top-level table".into(), Some(0..0));
        let version = self.version(&root, &mut sink)?;
        root.check_keys(&mut sink, TOP_KEYS);

        let project = self.project(&root, &mut sink);
        self.promises = name_keys(&root, "promises");
        self.components = name_keys(&root, "component");
        let policy = match root.table(&mut sink, "policy", "[policy]".into()) {
            Some(section) => self.policy(&section, &mut sink),
            None => Policy::default(),
        };
        self.deprecation_policy = policy.deprecation.clone();
        let promises = self.promise_tables(&root, &mut sink);
        let components = self.component_tables(&root, &policy, &mut sink);
        let waivers = self.waivers(&root, &mut sink);
        let deprecations = self.deprecations(&root, &mut sink);

        let dir = match path.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        };
        Some(Config {
            path: path.to_path_buf(),
            dir,
            version,
            project,
            policy,
            promises,
            components,
            waivers,
            deprecations,
        })
    }

    /// `version`: 1, else an error; a newer version stops the pass (its
    /// keys are not this compat's to judge).
    fn version(&mut self, root: &Section<'_>, sink: &mut Sink<'_>) -> Option<u32> {
        let Some((_, item)) = root.get("version") else {
            sink.error(
                Some(0..0),
                format!("missing `version = {CONFIG_VERSION}` (the schema version of this file)"),
            );
            return Some(CONFIG_VERSION);
        };
        let span = item_span(item);
        match item.as_integer() {
            Some(n) if n == i64::from(CONFIG_VERSION) => {}
            Some(n) if n > i64::from(CONFIG_VERSION) => {
                sink.error(
                    span,
                    format!(
                        "version {n}: this file was written for a newer compat (this one reads version {CONFIG_VERSION})"
                    ),
                );
                return None;
            }
            Some(n) => sink.error(
                span,
                format!("version {n} is not a version of compat.toml (expected {CONFIG_VERSION})"),
            ),
            None => sink.error(
                span,
                format!(
                    "`version` must be the integer {CONFIG_VERSION}, not {}",
                    crate::read::describe(item)
                ),
            ),
        }
        Some(CONFIG_VERSION)
    }

    /// `[project]`.
    fn project(&mut self, root: &Section<'_>, sink: &mut Sink<'_>) -> Project {
        let mut project = Project {
            name: String::new(),
            history: None,
            timezone: "UTC".into(),
            sysroot: None,
            waiver_files: Vec::new(),
            at: sink.loc(Some(0..0)),
        };
        if !root.has("project") {
            sink.error(Some(0..0), "missing [project] table (with its `name`)");
            return project;
        }
        let Some(section) = root.table(sink, "project", "[project]".into()) else {
            return project;
        };
        project.at = sink.loc(section.span.clone());
        section.check_keys(sink, PROJECT_KEYS);
        if let Some(name) = section.required_string(sink, "name", "") {
            project.name = name.value;
        }
        project.history = section.string(sink, "history").map(|s| s.value);
        project.sysroot = section
            .string(sink, "sysroot")
            .filter(|s| component::check_sysroot(sink, s, "[project]"))
            .map(|s| s.value);
        if let Some(tz) = section.string(sink, "timezone") {
            if tz.value == "UTC" {
                project.timezone = tz.value;
            } else {
                sink.error(
                    tz.span,
                    format!(
                        "`timezone` in [project] must be \"UTC\", not {:?} (dates in compat.toml are UTC days)",
                        tz.value
                    ),
                );
            }
        }
        for pattern in section.strings(sink, "waivers", false).unwrap_or_default() {
            match glob_problem(&pattern.value) {
                Some(p) => sink.error(
                    pattern.span,
                    format!("waiver file pattern {:?} {p}", pattern.value),
                ),
                None => {
                    self.waiver_patterns
                        .push((pattern.value.clone(), sink.loc(pattern.span)));
                    project.waiver_files.push(pattern.value);
                }
            }
        }
        project
    }

    /// Parses a waiver file: only `[[waiver]]` tables.
    pub(crate) fn waiver_file(
        &mut self,
        text: &str,
        display: &Path,
        errors: &mut Vec<ConfigError>,
    ) -> Vec<crate::model::Waiver> {
        self.files.push(display.to_path_buf());
        let mut sink = Sink::new(LineIndex::new(text, display), errors);
        let doc = match Document::parse(text) {
            Ok(doc) => doc,
            Err(e) => {
                let msg = syntax_message(&e);
                sink.error(e.span(), msg);
                return Vec::new();
            }
        };
        let root = Section::new(
            doc.as_table(),
            "a waiver file (it holds only [[waiver]] tables)".into(),
            Some(0..0),
        );
        root.check_keys(&mut sink, &["waiver"]);
        self.waivers(&root, &mut sink)
    }

    /// Records that a file could not be read.
    pub(crate) fn unreadable(&mut self, loc: Loc, message: String, errors: &mut Vec<ConfigError>) {
        self.files.push(loc.file.clone());
        errors.push(ConfigError { loc, message });
    }

    /// The config, or every error sorted by file (in reading order), line
    /// and column.
    pub(crate) fn finish(
        &self,
        config: Option<Config>,
        mut errors: Vec<ConfigError>,
    ) -> Result<Config, ConfigErrors> {
        match config {
            Some(config) if errors.is_empty() => Ok(config),
            _ => {
                let mut order = BTreeMap::new();
                for (i, f) in self.files.iter().enumerate() {
                    order.entry(f.clone()).or_insert(i);
                }
                let rank = |e: &ConfigError| {
                    let file = order.get(&e.loc.file).copied().unwrap_or(usize::MAX);
                    (file, e.loc.line, e.loc.col)
                };
                errors.sort_by_key(rank);
                if errors.is_empty() {
                    // Not reached: a pass that returns no config records why.
                    let file = self.files.first().cloned().unwrap_or_default();
                    errors.push(ConfigError {
                        loc: Loc::file(file),
                        message: "could not be read as compat.toml".into(),
                    });
                }
                Err(ConfigErrors { errors })
            }
        }
    }
}

/// The keys of the table `key` of the root (component or promise names), in
/// file order; empty when it is not a table (reported elsewhere).
fn name_keys(root: &Section<'_>, key: &str) -> BTreeSet<String> {
    match root.get(key) {
        Some((_, Item::Table(t))) => t.iter().map(|(k, _)| k.to_owned()).collect(),
        Some((_, item)) => item
            .as_table_like()
            .map(|t| t.iter().map(|(k, _)| k.to_owned()).collect())
            .unwrap_or_default(),
        None => BTreeSet::new(),
    }
}

/// What is wrong with a file pattern of compat.toml (`project.waivers`, a json-schema promise's
/// `schemas`): empty, absolute (patterns are relative to the directory of compat.toml), or not a
/// glob.
pub(super) fn glob_problem(pattern: &str) -> Option<String> {
    if pattern.trim().is_empty() {
        Some("must not be empty".to_owned())
    } else if Path::new(pattern).is_absolute() {
        Some("must be relative to the directory of compat.toml".to_owned())
    } else {
        glob::Pattern::new(pattern)
            .err()
            .map(|e| format!("is not a valid glob: {}", e.msg))
    }
}
