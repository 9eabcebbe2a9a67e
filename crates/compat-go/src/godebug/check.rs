//! The GODEBUG rules of `compat go upgrade` over one module: what moving
//! its go line from one version to another changes in the default GODEBUG
//! of its programs, and which GODEBUG lines the new release refuses.
//!
//! - `go-godebug-default-change` (warning): a setting whose effective value
//!   in a main package differs between the two go lines, when the main
//!   package imports, directly or not, the package the table names for the
//!   setting; the finding carries the import chain.
//! - `go-godebug-removed` (breaking): a `//go:debug` line or go.mod
//!   `godebug` entry for a setting the new release removed, which its go
//!   command rejects (Go 1.24 and 1.25: as unknown; 1.26: any use; 1.27 and
//!   later: the old values only).
//! - `go-godebug-unknown` (warning): a `//go:debug` line or `godebug` entry
//!   whose key no release up to the new one knows (the go command rejects it).
//! - `go-godebug-misplaced` (warning): a `//go:debug` line the go command
//!   ignores, in a non-test file of a package other than main, or after the
//!   package clause of a main package's file (`go vet` and `go test` report
//!   both).
//!
//! What a program is: each main package of the module, built for
//! linux/amd64 with cgo (compat's standard-library graphs are of that
//! target), with the files that target builds; test binaries are not
//! considered (their defaults move the same way, and running the tests at
//! the new go line shows it). Imports are followed through the module's own
//! packages (from compat's header scan of their files), the standard
//! library of the new release (`data/godebug/std-imports-*`), and the
//! vendored packages when the module has a `vendor` directory; any other
//! import (a dependency outside the module without `vendor`) is not
//! followed, and the report's notes say how many.
//!
//! The effective value of a setting in a program: the value its default
//! GODEBUG lists ([`default_godebug`](super::default_godebug)), else the old
//! value when the toolchain predates the setting's latest default change,
//! else the toolchain's default. The old side is computed with the go
//! command of the old go line's release (at least the go.mod `toolchain`
//! line's, and 1.23 when go.mod has `godebug` lines: the oldest that builds
//! the module; clamped to the releases compat knows), the new side with the
//! new go line's release: so a removed setting whose old behaviour the old
//! side still had shows as a change that cannot be undone.

use std::collections::{BTreeMap, HashMap, VecDeque};
use std::path::{Path, PathBuf};

use compat_report::render::count;
use compat_report::{Finding, Report, Subject};
use rayon::prelude::*;

use super::data::{description, histories, history, table, History, Table, OLDEST_MINOR};
use super::stdlib::{std_graph, StdGraph};
use super::{
    check_setting, default_godebug, file_directives, parse_directive, DirectiveError, Directives,
};
use crate::build::{package_dirs, relative, Context, Package, PackageFiles};
use crate::facts::{release, LATEST_MINOR};
use crate::gomod::{go_line, godebug, GoLine, GoModDebug};
use crate::gover::GoVersion;
use crate::scan::scan_whole;

/// What to compare.
#[derive(Debug, Clone)]
pub struct GodebugOptions {
    /// The go line the module moves from; `None`: its go.mod's go line
    /// (`1.16` when it has none, as the go command assumes).
    pub from: Option<GoVersion>,
    /// The go line it moves to; the GODEBUG table and go command rules of
    /// its release apply (Go 1.21 to the newest compat knows).
    pub to: GoVersion,
}

/// The target whose files and standard library compat follows.
const TARGET: (&str, &str) = ("linux", "amd64");

/// One package of the module.
struct ModPkg {
    /// The directory relative to the module root (`.`, `cmd/a`).
    rel: String,
    /// The import path.
    path: String,
    package: Package,
    files: PackageFiles,
}

impl ModPkg {
    fn is_main(&self) -> bool {
        self.files.name == "main"
            && !(self.files.go_files.is_empty() && self.files.cgo_files.is_empty())
    }

    /// The files that build (GoFiles and CgoFiles), in name order.
    fn build_files(&self) -> Vec<&String> {
        let mut v: Vec<&String> = self
            .files
            .go_files
            .iter()
            .chain(&self.files.cgo_files)
            .collect();
        v.sort();
        v
    }

    /// Its imports for the target, with those the go command adds: `runtime`
    /// for a main package (the linker's), and for cgo `unsafe`,
    /// `runtime/cgo` and `syscall`.
    fn imports(&self) -> Vec<String> {
        imports_of(&self.package, &self.files)
    }

    /// How chains name it: `./DIR` for a main package, else its import path.
    fn shown(&self) -> String {
        if self.rel == "." {
            ".".to_owned()
        } else {
            format!("./{}", self.rel)
        }
    }
}

fn imports_of(package: &Package, files: &PackageFiles) -> Vec<String> {
    let mut v: Vec<String> = package
        .imports(files.go_files.iter().chain(&files.cgo_files))
        .into_iter()
        .filter(|p| *p != "C")
        .map(str::to_owned)
        .collect();
    if !files.cgo_files.is_empty() {
        v.extend(["unsafe", "runtime/cgo", "syscall"].map(String::from));
    }
    if files.name == "main" {
        v.push("runtime".to_owned());
    }
    v.sort();
    v.dedup();
    v
}

/// Where an import path leads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Node {
    Std,
    Module(usize),
    Vendored,
    External,
}

/// The import graph beyond the module's own packages: the standard library
/// and the vendored packages (loaded when first reached).
struct Graph<'a> {
    std: &'a StdGraph,
    by_path: HashMap<&'a str, usize>,
    pkgs: &'a [ModPkg],
    vendor: Option<PathBuf>,
    ctx: &'a Context,
    vendored: HashMap<String, Option<Vec<String>>>,
    /// Imports not followed.
    external: BTreeMap<String, usize>,
}

impl Graph<'_> {
    fn node(&mut self, path: &str) -> Node {
        if self.std.contains(path) {
            return Node::Std;
        }
        if let Some(&i) = self.by_path.get(path) {
            return Node::Module(i);
        }
        if self.vendored_imports(path).is_some() {
            return Node::Vendored;
        }
        *self.external.entry(path.to_owned()).or_default() += 1;
        Node::External
    }

    fn vendored_imports(&mut self, path: &str) -> Option<Vec<String>> {
        let vendor = self.vendor.as_ref()?;
        if let Some(v) = self.vendored.get(path) {
            return v.clone();
        }
        let dir = vendor.join(path);
        let got = match Package::load(&dir) {
            Ok(Some(p)) => {
                let f = p.files(self.ctx);
                (!(f.go_files.is_empty() && f.cgo_files.is_empty())).then(|| imports_of(&p, &f))
            }
            _ => None,
        };
        self.vendored.insert(path.to_owned(), got.clone());
        got
    }

    fn imports(&mut self, path: &str, node: Node) -> Vec<String> {
        match node {
            Node::Std => self
                .std
                .imports(path)
                .unwrap_or_default()
                .iter()
                .map(|s| (*s).to_owned())
                .collect(),
            Node::Module(i) => self.pkgs[i].imports(),
            Node::Vendored => self.vendored_imports(path).unwrap_or_default(),
            Node::External => Vec::new(),
        }
    }

    /// Every package `start` (a module package) reaches, each with the
    /// package it was first reached from (breadth first, so chains are
    /// shortest).
    fn closure(&mut self, start: usize) -> HashMap<String, Option<String>> {
        let mut parent: HashMap<String, Option<String>> = HashMap::new();
        let first = self.pkgs[start].path.clone();
        parent.insert(first.clone(), None);
        let mut queue = VecDeque::from([(first, Node::Module(start))]);
        while let Some((p, node)) = queue.pop_front() {
            for imp in self.imports(&p, node) {
                if parent.contains_key(&imp) {
                    continue;
                }
                let n = if node == Node::Std {
                    Node::Std
                } else {
                    self.node(&imp)
                };
                parent.insert(imp.clone(), Some(p.clone()));
                queue.push_back((imp, n));
            }
        }
        parent
    }
}

/// The chain from the closure's root to `target`.
fn chain(parent: &HashMap<String, Option<String>>, target: &str) -> Option<Vec<String>> {
    let mut out = vec![target.to_owned()];
    let mut cur = parent.get(target)?;
    while let Some(p) = cur {
        out.push(p.clone());
        cur = parent.get(p.as_str())?;
    }
    out.reverse();
    Some(out)
}

/// A setting's effective value in a program.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Effective {
    /// This value.
    Value(String),
    /// The toolchain's default, which is the behaviour after the setting's
    /// latest default change.
    New,
}

fn effective(h: &History, defaults: &BTreeMap<String, String>, toolchain: u32) -> Effective {
    if let Some(v) = defaults.get(h.name) {
        return Effective::Value(v.clone());
    }
    // Before its latest default change, or before the setting came to the
    // toolchain at all (a later release, or a later patch than compat's
    // table), the toolchain behaves as the old value says.
    if h.changed > 0 && (toolchain < h.changed || h.later_than(toolchain)) {
        return Effective::Value(h.old.to_owned());
    }
    Effective::New
}

/// Whether the behaviour differs between the two effective values.
fn differs(h: &History, a: &Effective, b: &Effective) -> bool {
    match (a, b) {
        (Effective::Value(x), Effective::Value(y)) => x != y,
        (Effective::Value(x), Effective::New) | (Effective::New, Effective::Value(x)) => {
            h.changed > 0 && x == h.old
        }
        (Effective::New, Effective::New) => false,
    }
}

/// How a message names an effective value.
fn shown(h: &History, e: &Effective) -> String {
    match e {
        Effective::Value(v) if h.changed > 0 && v == h.old => {
            format!("{}={v} (the behaviour before Go 1.{})", h.name, h.changed)
        }
        Effective::Value(v) => format!("{}={v}", h.name),
        Effective::New => format!("the new default of {}", h.name),
    }
}

fn u32_of(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// Checks the module in `module_dir` (the directory of its go.mod) for
/// what moving its go line from `opts.from` to `opts.to` changes in
/// GODEBUG. A go.mod, directory or file that cannot be read, and a go.mod
/// the go command of either release refuses, are errors of the report.
pub fn check(module_dir: &Path, opts: &GodebugOptions) -> Report {
    let mut report = Report::new("go upgrade", vec![module_dir.display().to_string()]);
    if let Some(plan) = Plan::new(module_dir, opts, &mut report) {
        plan.run(&mut report);
    }
    report
}

/// What one check compares, settled from the options and the go.mod.
struct Plan<'a> {
    module_dir: &'a Path,
    /// go.mod as shown in findings.
    go_mod_shown: String,
    /// The module path.
    module: String,
    /// The go line, when there is one.
    go_line: Option<GoLine>,
    /// The go.mod `godebug` entries.
    godebug: GoModDebug,
    from: GoVersion,
    to: &'a GoVersion,
    /// The releases whose go command computes each side.
    from_minor: u32,
    to_minor: u32,
    to_table: &'static Table,
    std: &'static StdGraph,
    ctx: Context,
}

/// One main package whose setting changes: how it reaches the package, and
/// the effective values at both go lines.
struct Hit {
    main: String,
    chain: Vec<String>,
    old: Effective,
    new: Effective,
}

impl<'a> Plan<'a> {
    fn new(module_dir: &'a Path, opts: &'a GodebugOptions, report: &mut Report) -> Option<Self> {
        let go_mod_shown = module_dir.join("go.mod").display().to_string();
        let text = match crate::imports::read_go_mod(module_dir) {
            Ok(Some(t)) => t,
            Ok(None) => {
                report.error(&go_mod_shown, "no go.mod: not the root of a module");
                return None;
            }
            Err(e) => {
                report.error(e.path.display().to_string(), e.error.reason());
                return None;
            }
        };
        let Some(module) = crate::imports::module_path(&text) else {
            report.error(&go_mod_shown, "no module line");
            return None;
        };
        let to = &opts.to;
        let Some(to_minor) = to.release_minor() else {
            report.error(
                to.as_str(),
                format!("not a Go 1 release: compat knows Go 1.{OLDEST_MINOR} to 1.{LATEST_MINOR}"),
            );
            return None;
        };
        let facts = (table(to_minor), std_graph(to_minor), release(to_minor));
        let (to_table, std, rel) = match facts {
            (Ok(t), Ok(s), Some(r)) => (t, s, r),
            (Err(e), _, _) | (_, Err(e), _) => {
                report.error(to.as_str(), e.to_string());
                return None;
            }
            (_, _, None) => {
                report.error(
                    to.as_str(),
                    format!("compat has no facts for Go 1.{to_minor}"),
                );
                return None;
            }
        };
        let go_line = go_line(&text);
        let from = opts.from.clone().unwrap_or_else(|| {
            go_line
                .as_ref()
                .and_then(|g| GoVersion::parse(&g.version))
                .unwrap_or_else(|| GoVersion::from_minor(16))
        });
        let godebug = godebug(&text);
        for p in &godebug.problems {
            report.error(format!("{go_mod_shown}:{}", p.line), p.message.clone());
        }
        // The go command of the old side: the old go line's release, at
        // least the toolchain line's (when the go line is the module's), at
        // least 1.23 with godebug lines, within the releases compat knows.
        let mut from_minor = from.release_minor().unwrap_or(OLDEST_MINOR);
        if opts.from.is_none() {
            let toolchain = crate::imports::directive(&text, "toolchain")
                .and_then(|t| t.strip_prefix("go"))
                .and_then(GoVersion::parse)
                .and_then(|v| v.release_minor());
            from_minor = from_minor.max(toolchain.unwrap_or(0));
        }
        if !godebug.entries.is_empty() {
            from_minor = from_minor.max(23);
        }
        Some(Plan {
            module_dir,
            go_mod_shown,
            module,
            go_line,
            godebug,
            from,
            to,
            from_minor: from_minor.clamp(OLDEST_MINOR, LATEST_MINOR),
            to_minor,
            to_table,
            std,
            ctx: Context::new(TARGET.0, TARGET.1, rel),
        })
    }

    /// Every package of the module (vendor/ aside) the go command lists for
    /// the target, each read and scanned once.
    fn packages(&self, report: &mut Report) -> Vec<ModPkg> {
        let vendor = self.module_dir.join("vendor");
        let dirs: Vec<PathBuf> = package_dirs(self.module_dir)
            .into_iter()
            .filter(|d| !d.starts_with(&vendor))
            .collect();
        let loaded: Vec<_> = dirs.par_iter().map(|d| (d, Package::load(d))).collect();
        let mut pkgs = Vec::new();
        for (d, p) in loaded {
            match p {
                Ok(Some(package)) => {
                    for (name, e) in package.read_errors() {
                        report.error(d.join(name).display().to_string(), e.reason());
                    }
                    let files = package.files(&self.ctx);
                    if !files.listed_by_go_list() {
                        continue;
                    }
                    let rel = relative(self.module_dir, d);
                    let path = if rel == "." {
                        self.module.clone()
                    } else {
                        format!("{}/{rel}", self.module)
                    };
                    pkgs.push(ModPkg {
                        rel,
                        path,
                        package,
                        files,
                    });
                }
                Ok(None) => {}
                Err(e) => report.error(d.display().to_string(), e.to_string()),
            }
        }
        pkgs
    }

    fn run(&self, report: &mut Report) {
        let pkgs = self.packages(report);
        directive_rules(self, &pkgs, report);
        let vendor = self.module_dir.join("vendor");
        let mut graph = Graph {
            std: self.std,
            by_path: pkgs
                .iter()
                .enumerate()
                .map(|(i, p)| (p.path.as_str(), i))
                .collect(),
            pkgs: &pkgs,
            vendor: vendor.is_dir().then_some(vendor),
            ctx: &self.ctx,
            vendored: HashMap::new(),
            external: BTreeMap::new(),
        };
        let mains: Vec<usize> = (0..pkgs.len()).filter(|&i| pkgs[i].is_main()).collect();
        let changes = self.default_changes(&pkgs, &mains, &mut graph, report);
        for (name, hits) in &changes {
            if let Some(f) = self.default_change(name, hits) {
                report.findings.push(f);
            }
        }
        report.notes.push(format!(
            "GODEBUG of {} of {} for {}/{}: go {} with the go command of Go 1.{}, go {} with that of Go 1.{} (table of Go {}); test binaries not considered",
            count(mains.len(), "main package", "main packages"),
            self.module,
            TARGET.0,
            TARGET.1,
            self.from,
            self.from_minor,
            self.to,
            self.to_minor,
            self.to_table.version,
        ));
        if !graph.external.is_empty() {
            let ext = &graph.external;
            let some: Vec<&str> = ext.keys().take(5).map(String::as_str).collect();
            let how = if graph.vendor.is_some() {
                "not in vendor/"
            } else {
                "no vendor/ directory"
            };
            report.notes.push(format!(
                "{} outside the module and the standard library {} not followed ({how}), so settings reached only through {} are not reported: {}{}",
                count(ext.len(), "imported package", "imported packages"),
                if ext.len() == 1 { "was" } else { "were" },
                if ext.len() == 1 { "it" } else { "them" },
                some.join(", "),
                if ext.len() > 5 { ", ..." } else { "" }
            ));
        }
    }

    /// Per setting, the main packages whose effective value changes and
    /// that import the setting's package.
    fn default_changes(
        &self,
        pkgs: &[ModPkg],
        mains: &[usize],
        graph: &mut Graph<'_>,
        report: &mut Report,
    ) -> BTreeMap<&'static str, Vec<Hit>> {
        let mut changes: BTreeMap<&'static str, Vec<Hit>> = BTreeMap::new();
        let Ok(hist) = histories() else {
            return changes;
        };
        for &m in mains {
            let p = &pkgs[m];
            let dirs = Directives {
                go_mod: self.godebug.entries.clone(),
                files: file_directives(&p.package, &p.files, &self.module_dir.join(&p.rel)),
            };
            let (old, new) = match (
                default_godebug(&self.from, self.from_minor, &dirs),
                default_godebug(self.to, self.to_minor, &dirs),
            ) {
                (Ok(a), Ok(b)) => (a.into_iter().collect(), b.into_iter().collect()),
                (Err(e), _) | (_, Err(e)) => {
                    // The go command refuses go.mod, for every main package.
                    report.error(&self.go_mod_shown, e.to_string());
                    break;
                }
            };
            let closure = graph.closure(m);
            for h in hist {
                let a = effective(h, &old, self.from_minor);
                let b = effective(h, &new, self.to_minor);
                if !differs(h, &a, &b) {
                    continue;
                }
                // A removed setting the directives still ask for:
                // go-godebug-removed says it.
                let asked = dirs.go_mod.iter().any(|g| g.key == h.name)
                    || dirs
                        .files
                        .iter()
                        .any(|d| parse_key(&d.text).is_some_and(|k| k == h.name));
                if asked && h.removed_by(self.to_minor).is_some() {
                    continue;
                }
                let Some(mut chain) = chain(&closure, h.package) else {
                    continue;
                };
                chain[0] = p.shown();
                changes.entry(h.name).or_default().push(Hit {
                    main: p.shown(),
                    chain,
                    old: a,
                    new: b,
                });
            }
        }
        changes
    }

    /// The `go-godebug-default-change` finding of one setting.
    fn default_change(&self, name: &str, hits: &[Hit]) -> Option<Finding> {
        let h = history(name)?;
        let first = hits.first()?;
        let (main, from, to) = (&first.main, &self.from, self.to);
        let what = description(name).map_or(String::new(), |d| format!(" ({d})"));
        let mut others: Vec<&str> = hits[1..].iter().map(|h| h.main.as_str()).collect();
        let more = others.len().saturating_sub(8);
        others.truncate(8);
        let others = match (others.is_empty(), more) {
            (true, _) => String::new(),
            (false, 0) => format!(" (also imported by {})", others.join(", ")),
            (false, n) => format!(
                " (also imported by {} and {n} other main packages)",
                others.join(", ")
            ),
        };
        let old = &h.old;
        let keep = if let Some(r) = h.removed_by(self.to_minor) {
            format!(
                "Go 1.{r} removed the setting, so the old behaviour cannot be kept: adapt the program"
            )
        } else if !old.is_empty() && matches!(&first.old, Effective::Value(v) if v == old) {
            let d = format!(
                "`//go:debug {name}={old}` above the package clause of the main package in {main}"
            );
            if self.to_minor >= 23 {
                format!("to keep the old behaviour, add `godebug {name}={old}` to go.mod or {d}")
            } else {
                format!("to keep the old behaviour, add {d}")
            }
        } else {
            format!("to keep the behaviour of go {from}, set {name} with a godebug line in go.mod or a //go:debug line")
        };
        let message = format!(
            "{name} changes from go {from} to go {to}{what}: {main} ran with {} and runs with {}; it imports {} ({}){others}; {keep}",
            shown(h, &first.old),
            shown(h, &first.new),
            h.package,
            first.chain.join(" -> "),
        );
        let value = |e: &Effective| match e {
            Effective::Value(v) => format!("{name}={v}"),
            Effective::New => "default".to_owned(),
        };
        Some(Finding::new(
            "go-godebug-default-change",
            message,
            Subject {
                file: Some(self.go_mod_shown.clone()),
                line: self.go_line.as_ref().map(|g| g.line),
                column: self.go_line.as_ref().map(|g| g.column),
                symbol: Some(name.to_owned()),
                package: Some(h.package.to_owned()),
                old_value: Some(value(&first.old)),
                new_value: Some(value(&first.new)),
                chain: first.chain.clone(),
                target: Some(format!("{}/{}", TARGET.0, TARGET.1)),
                ..Subject::default()
            },
        ))
    }
}

/// The key of a `//go:debug key=value` line, if it has one.
fn parse_key(text: &str) -> Option<&str> {
    let rest = text.strip_prefix("//go:debug")?;
    let i = rest.find([' ', '\t'])?;
    rest[i..].trim().split_once('=').map(|(k, _)| k)
}

/// Whether `text` is a `//go:debug` line as vet names it (the text up to
/// the first white space is `//go:debug`).
fn is_debug_verb(text: &str) -> bool {
    text.strip_prefix("//go:debug")
        .is_some_and(|r| r.chars().next().is_none_or(char::is_whitespace))
}

/// `go-godebug-removed`, `go-godebug-unknown` and `go-godebug-misplaced`.
fn directive_rules(plan: &Plan<'_>, pkgs: &[ModPkg], report: &mut Report) {
    let (to_minor, from_minor, module_dir) = (plan.to_minor, plan.from_minor, plan.module_dir);
    let go_mod = &plan.godebug.entries;
    let go_mod_shown = plan.go_mod_shown.as_str();
    let to_table = plan.to_table;
    let Ok(from_table) = table(from_minor) else {
        return;
    };
    // The key's fate at the new release: removed (with the release), or unknown.
    let classify = |key: &str, message: &str| -> Option<(&'static str, String)> {
        let h = history(key);
        if let Some(r) = h.and_then(|h| h.removed_by(to_minor)) {
            return Some((
                "go-godebug-removed",
                format!("Go 1.{r} removed the setting"),
            ));
        }
        if message.starts_with("unknown ") {
            let note = match h {
                Some(h) if h.known.iter().any(|&m| m < to_minor) => format!(
                    "Go {} does not know the setting (newer patch releases of Go 1.{to_minor} may)",
                    to_table.version
                ),
                Some(h) => format!(
                    "Go 1.{to_minor} does not know the setting (it came with Go 1.{})",
                    h.known.first().copied().unwrap_or(to_minor)
                ),
                None => "no Go release knows the setting".to_owned(),
            };
            return Some(("go-godebug-unknown", note));
        }
        None
    };
    let at_from = |ok: bool| {
        if ok {
            format!(" (Go 1.{from_minor} accepts it)")
        } else {
            String::new()
        }
    };
    if to_minor >= 23 {
        for g in go_mod {
            let Err(message) = check_setting(to_table, "godebug", &g.key, &g.value) else {
                continue;
            };
            let Some((rule, why)) = classify(&g.key, &message) else {
                continue;
            };
            let ok_before =
                from_minor >= 23 && check_setting(from_table, "godebug", &g.key, &g.value).is_ok();
            report.findings.push(Finding::new(
                rule,
                format!(
                    "godebug {}={}: {why}; at go 1.{to_minor} every go command fails to load the module: \"go.mod:{}: {message}\"{}; delete the line",
                    g.key, g.value, g.line, at_from(ok_before)
                ),
                Subject {
                    file: Some(go_mod_shown.to_owned()),
                    line: Some(g.line),
                    column: Some(g.column),
                    symbol: Some(g.key.clone()),
                    ..Subject::default()
                },
            ));
        }
    }
    for p in pkgs {
        let f = &p.files;
        let mut names: Vec<(&String, bool)> = f
            .go_files
            .iter()
            .chain(&f.cgo_files)
            .map(|n| (n, false))
            .chain(
                f.test_go_files
                    .iter()
                    .chain(&f.xtest_go_files)
                    .map(|n| (n, true)),
            )
            .collect();
        names.sort();
        for (name, test) in names {
            let Some(src) = p.package.source(name) else {
                continue;
            };
            let shown = module_dir.join(&p.rel).join(name).display().to_string();
            let at = |line: usize, col: usize, key: Option<&str>| Subject {
                file: Some(shown.clone()),
                line: Some(u32_of(line)),
                column: Some(u32_of(col)),
                symbol: key.map(str::to_owned),
                package: Some(p.path.clone()),
                ..Subject::default()
            };
            for d in &src.directives {
                let Err(DirectiveError::Invalid {
                    key: Some(key),
                    message,
                }) = parse_directive(to_table, &d.text)
                else {
                    if !test && p.files.name != "main" && is_debug_verb(&d.text) {
                        report.findings.push(Finding::new(
                            "go-godebug-misplaced",
                            format!(
                                "{}: go build ignores //go:debug lines outside package main, so the setting keeps its default in every program; go vet and go test fail with \"//go:debug directive only valid in package main or test\"; move it to the main package (or set it in go.mod with a godebug line)",
                                d.text
                            ),
                            at(d.line, d.col, parse_key(&d.text)),
                        ));
                    }
                    continue;
                };
                let Some((rule, why)) = classify(&key, &message) else {
                    continue;
                };
                let ok_before = parse_directive(from_table, &d.text).is_ok();
                let cmd = if test { "go test" } else { "go build" };
                let rel_file = if p.rel == "." {
                    name.clone()
                } else {
                    format!("{}/{name}", p.rel)
                };
                report.findings.push(Finding::new(
                    rule,
                    format!(
                        "{}: {why}; at go 1.{to_minor} {cmd} fails: \"{rel_file}:{}:{}: invalid //go:debug: {message}\"{}; delete the line",
                        d.text, d.line, d.col, at_from(ok_before)
                    ),
                    at(d.line, d.col, Some(&key)),
                ));
            }
        }
        // //go:debug lines after the package clause of a main package's files.
        if p.is_main() {
            for name in p.build_files() {
                let path = module_dir.join(&p.rel).join(name);
                let Ok(bytes) = compat_fs::read(&path, compat_fs::Limit::GoSource) else {
                    continue;
                };
                let whole = scan_whole(&bytes);
                for l in &whole.late_debug {
                    report.findings.push(Finding::new(
                        "go-godebug-misplaced",
                        format!(
                            "{}: go build ignores //go:debug lines after the package clause, so the setting keeps its default; go vet and go test fail with \"//go:debug directive only valid before package declaration\"; move it above the package clause",
                            l.text
                        ),
                        Subject {
                            file: Some(path.display().to_string()),
                            line: Some(u32_of(l.line)),
                            column: Some(u32_of(l.col)),
                            symbol: parse_key(&l.text).map(str::to_owned),
                            package: Some(p.path.clone()),
                            ..Subject::default()
                        },
                    ));
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(path: &Path, text: &str) {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        compat_fs::write_atomic(path, text.as_bytes()).unwrap();
    }

    fn opts(to: &str) -> GodebugOptions {
        GodebugOptions {
            from: None,
            to: GoVersion::named(to).unwrap(),
        }
    }

    #[test]
    fn inputs_compat_cannot_use_are_errors() {
        let d = tempfile::tempdir().unwrap();
        let r = check(d.path(), &opts("1.22"));
        assert!(r.errors[0].message.contains("no go.mod"), "{:?}", r.errors);
        write(
            &d.path().join("go.mod"),
            "module example.com/m\n\ngo 1.21\n",
        );
        for to in ["1.28", "1.20", "2.0"] {
            let r = check(d.path(), &opts(to));
            assert_eq!(r.errors.len(), 1, "{to}: {:?}", r.errors);
            assert!(r.findings.is_empty());
        }
        write(
            &d.path().join("go.mod"),
            "module example.com/m\n\ngo 1.21\n\ngodebug a=1,b=2\n",
        );
        let r = check(d.path(), &opts("1.23"));
        assert!(
            r.errors
                .iter()
                .any(|e| e.message.contains("usage: godebug key=value")),
            "{:?}",
            r.errors
        );
    }

    #[test]
    fn effective_values_follow_the_toolchain_and_the_history() {
        let h = history("httpmuxgo121").unwrap();
        let none = BTreeMap::new();
        let old: BTreeMap<String, String> = [("httpmuxgo121".to_owned(), "1".to_owned())].into();
        assert_eq!(effective(h, &old, 22), Effective::Value("1".into()));
        assert_eq!(effective(h, &none, 21), Effective::Value("1".into()));
        assert_eq!(effective(h, &none, 22), Effective::New);
        assert!(differs(h, &Effective::Value("1".into()), &Effective::New));
        assert!(!differs(h, &Effective::Value("0".into()), &Effective::New));
        assert!(!differs(h, &Effective::New, &Effective::New));
        // Removed in 1.27: its final behaviour.
        let h = history("tls10server").unwrap();
        assert_eq!(effective(h, &none, 27), Effective::New);
        // Not yet in compat's 1.24 table (a later patch has it): old behaviour.
        let h = history("urlmaxqueryparams").unwrap();
        assert_eq!(effective(h, &none, 24), Effective::Value("0".into()));
        assert_eq!(effective(h, &none, 26), Effective::New);
    }

    #[test]
    fn a_module_without_programs_has_no_default_change() {
        let d = tempfile::tempdir().unwrap();
        write(
            &d.path().join("go.mod"),
            "module example.com/m\n\ngo 1.21\n",
        );
        write(
            &d.path().join("lib/lib.go"),
            "package lib\n\nimport \"net/http\"\n\nvar _ = http.Get\n",
        );
        let r = check(d.path(), &opts("1.27"));
        assert!(
            r.findings.is_empty() && r.errors.is_empty(),
            "{:?}",
            r.findings
        );
        assert!(r.notes[0].contains("0 main packages"), "{:?}", r.notes);
    }
}
