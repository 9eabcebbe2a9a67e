//! Compares the dynamic ABI of two versions of an ELF library.
//!
//! [`diff`] takes two [`ElfAbi`]s (read from binaries or from dumps) and
//! returns findings, one per change, each with a rule id from the catalog and
//! a message that says why the change breaks consumers or why it does not,
//! plus the semantic-version [`Verdict`] that covers them all.
//!
//! Identity of a symbol is its (name, version) pair, as ld.so binds it.
//! Changes that share one root cause (every symbol of a removed version node)
//! carry the same group, so reports say the cause once.
//!
//! [`compare`] is the whole `abi diff`: it reads both inputs (ELF files or
//! dumps, with their type information) and joins this symbol-level diff with
//! the type-level one of `compat_dwarf`; [`interface_change`] counts what
//! became of the old version's exported functions and variables (the
//! compatible ratio of `compat check`'s timeline).

mod base_versions;
pub mod compare;
mod interface;
mod version_order;

pub use base_versions::Provider;
pub use compare::{compare, compare_full, CompareOptions, Comparison};
pub use interface::interface_change;

use std::cell::OnceCell;
use std::collections::{BTreeMap, BTreeSet, HashSet};

use base_versions::Judged;

use compat_elf::{ElfAbi, Symbol, SymbolBinding, SymbolKind, Visibility};
use compat_report::render::count;
use compat_report::{Finding, Severity, Subject, Verdict};

/// Names of the two inputs, for subjects and messages.
#[derive(Debug, Clone)]
pub struct DiffInputs<'a> {
    /// The old input as given.
    pub old_file: &'a str,
    /// The new input as given.
    pub new_file: &'a str,
    /// Classes (as mangled in their vtable's name: `9MidiInApi`) that the
    /// type information shows no consumer can name (declared only in the
    /// library's sources): their vtables are the library's alone.
    pub private_classes: &'a HashSet<String>,
}

/// The result of a diff.
#[derive(Debug, Clone)]
pub struct Diff {
    /// Findings in a deterministic order.
    pub findings: Vec<Finding>,
    /// The smallest version bump covering every finding.
    pub verdict: Verdict,
}

/// The version bump a rule's finding calls for (the rule catalog's `bump`).
pub fn bump_for(rule: &str) -> Verdict {
    compat_report::rules::bump(rule)
}

fn at(name: &str, version: Option<&str>, hidden: bool) -> String {
    match version {
        Some(v) if hidden => format!("{name}@{v}"),
        Some(v) => format!("{name}@@{v}"),
        None => name.to_owned(),
    }
}

/// [`at`] as messages show it: a C++ or Rust symbol demangled, its name as
/// the symbol table holds it after (`Shape::scale(double)
/// [_ZN5Shape5scaleEd@@V1]`).
fn shown(name: &str, version: Option<&str>, hidden: bool) -> String {
    let raw = at(name, version, hidden);
    match compat_elf::demangle(name) {
        Some(d) => format!("{d} [{raw}]"),
        None => raw,
    }
}

struct Ctx<'a> {
    inputs: &'a DiffInputs<'a>,
    findings: Vec<Finding>,
    /// Classes (as mangled in their vtable's name: `7Session`, `N2ns6WidgetE`)
    /// whose constructors the old library exports.
    constructed_inside: HashSet<String>,
}

/// The class a C++ constructor symbol constructs, spelled as in the name of
/// its vtable (`_ZN7SessionC2Ev` → `7Session`, `_ZN2ns6WidgetC1Ev` →
/// `N2ns6WidgetE`); `None` for anything else (templates are not followed).
fn constructed_class(sym: &str) -> Option<String> {
    let (parts, rest) = compat_elf::demangle::nested_name_parts(sym)?;
    let ctor = rest.starts_with("C1") || rest.starts_with("C2") || rest.starts_with("C3");
    ctor.then(|| compat_elf::demangle::vtable_class(&parts))
        .flatten()
}

impl Ctx<'_> {
    fn subject(&self) -> Subject {
        Subject {
            old_file: Some(self.inputs.old_file.to_owned()),
            new_file: Some(self.inputs.new_file.to_owned()),
            ..Subject::default()
        }
    }

    fn push(&mut self, rule: &str, message: String, f: impl FnOnce(&mut Subject)) -> &mut Finding {
        let mut s = self.subject();
        f(&mut s);
        self.findings.push(Finding::new(rule, message, s));
        self.findings.last_mut().expect("just pushed")
    }

    fn sym(
        &mut self,
        rule: &str,
        message: String,
        s: &Symbol,
        f: impl FnOnce(&mut Subject),
    ) -> &mut Finding {
        let (name, version) = (s.name.to_string(), s.version.as_deref().map(str::to_owned));
        let demangled = compat_elf::demangle(&name);
        self.push(rule, message, |sub| {
            sub.symbol = Some(name);
            sub.demangled = demangled;
            sub.version = version;
            f(sub);
        })
    }
}

/// The smallest bump covering `findings`: each rule's bump, except that a
/// finding reported below the rule's severity (a type change consumers only
/// see through pointers) calls for a patch at most, and a breaking finding
/// calls for a major bump even when its rule's catalog severity is milder (a
/// member added into padding that callers fill and the library reads).
pub fn verdict_of(findings: &[Finding]) -> Verdict {
    bump_of(findings, false)
}

/// The bump `findings` would call for if every type whose visibility the
/// inputs leave undecided (its findings reported as warnings below the
/// rule's catalog severity) were public; `None` when that is no larger than
/// [`verdict_of`].
pub fn verdict_if_public(findings: &[Finding]) -> Option<Verdict> {
    let public = bump_of(findings, true);
    (public > verdict_of(findings)).then_some(public)
}

/// The largest bump of `findings`; a finding below its rule's catalog
/// severity counts as a patch, unless `undecided_public` and it is a
/// warning (an undecided type's change).
fn bump_of(findings: &[Finding], undecided_public: bool) -> Verdict {
    findings
        .iter()
        .map(|f| {
            if f.severity == Severity::Breaking {
                return Verdict::Major;
            }
            let downgraded = f.downgraded();
            match bump_for(&f.rule) {
                Verdict::Major
                    if downgraded
                        && !(undecided_public
                            && f.severity == Severity::Warning
                            && f.message.contains(compat_report::UNDECIDED_VISIBILITY)) =>
                {
                    Verdict::Patch
                }
                b => b,
            }
        })
        .max()
        .unwrap_or(Verdict::None)
}

/// Where a provider was looked for, as the messages of
/// `abi-version-need-added` say when none was found.
const NOT_FOUND_WHERE: &str = "where ld.so would look for it for the new library (its RUNPATH, the library path, the sysroot's or system's directories) nor beside it";

/// Compares `old` with `new`.
pub fn diff(old: &ElfAbi, new: &ElfAbi, inputs: &DiffInputs<'_>) -> Diff {
    diff_with_providers(old, new, inputs, &|| Vec::new())
}

/// [`diff`], judging a newly needed version by the version definitions of
/// the library that provides it: `providers` returns the libraries the new
/// side's NEEDED names resolve to where it is deployed ([`Provider`]); it is
/// called at most once, and only when the new side needs a version the old
/// one did not. A dependency it does not return is judged by the table of
/// base versions.
pub fn diff_with_providers(
    old: &ElfAbi,
    new: &ElfAbi,
    inputs: &DiffInputs<'_>,
    providers: &dyn Fn() -> Vec<Provider>,
) -> Diff {
    let mut cx = Ctx {
        inputs,
        findings: Vec::new(),
        constructed_inside: old
            .symbols
            .iter()
            .filter_map(|s| constructed_class(&s.name))
            .collect(),
    };

    if (old.class, old.endian, old.e_machine) != (new.class, new.endian, new.e_machine) {
        let o = format!("{:?} {:?} {}", old.class, old.endian, old.machine).to_lowercase();
        let n = format!("{:?} {:?} {}", new.class, new.endian, new.machine).to_lowercase();
        cx.push(
            "abi-architecture-changed",
            format!("the file changed from {o} to {n}; ld.so never loads it for programs built for the old architecture"),
            |s| {
                s.old_value = Some(o.clone());
                s.new_value = Some(n.clone());
            },
        );
    }

    if old.soname.is_some() && old.soname != new.soname {
        let (o, n) = (
            old.soname.clone().unwrap_or_default(),
            new.soname.clone().unwrap_or_else(|| "(none)".into()),
        );
        cx.push(
            "abi-soname-changed",
            format!("SONAME changed from {o} to {n}; programs linked against the old library look for {o} and will not use this one"),
            |s| {
                s.old_value = Some(o.clone());
                s.new_value = Some(n.clone());
            },
        );
    }

    // Version nodes.
    let old_nodes: BTreeSet<&str> = old.defined_versions().map(|v| &*v.name).collect();
    let new_nodes: BTreeSet<&str> = new.defined_versions().map(|v| &*v.name).collect();
    let removed_nodes: BTreeSet<&str> = old_nodes.difference(&new_nodes).copied().collect();
    for node in &removed_nodes {
        let syms: Vec<String> = old
            .symbols
            .iter()
            .filter(|s| s.version.as_deref() == Some(node))
            .map(|s| s.name.to_string())
            .collect();
        let defined = defined_at(syms.len());
        cx.push(
            "abi-version-node-removed",
            format!(
                "version node {node} is no longer defined; every program that needs it fails to start with \"version `{node}' not found\" ({defined})"
            ),
            |s| {
                s.version = Some((*node).to_owned());
                s.symbols = syms;
            },
        )
        .group = Some(format!("version-node:{node}"));
    }

    // Symbols, keyed by (name, version).
    // Keys borrow the (interned) names: nothing is copied per symbol.
    fn key(s: &Symbol) -> (&str, Option<&str>) {
        (&s.name, s.version.as_deref())
    }
    let old_syms: BTreeMap<(&str, Option<&str>), &Symbol> =
        old.symbols.iter().map(|s| (key(s), s)).collect();
    let new_syms: BTreeMap<(&str, Option<&str>), &Symbol> =
        new.symbols.iter().map(|s| (key(s), s)).collect();
    let mut new_by_name: BTreeMap<&str, Vec<&Symbol>> = BTreeMap::new();
    for s in &new.symbols {
        new_by_name.entry(&s.name).or_default().push(s);
    }
    let old_names: BTreeSet<&str> = old.symbols.iter().map(|s| &*s.name).collect();

    for (k, o) in &old_syms {
        let group = o
            .version
            .as_deref()
            .filter(|v| removed_nodes.contains(v))
            .map(|v| format!("version-node:{v}"));
        match new_syms.get(k) {
            Some(n) => compare_symbol(
                &mut cx,
                o,
                n,
                new_by_name.get(&*o.name).map(Vec::as_slice).unwrap_or(&[]),
            ),
            None => {
                let others = new_by_name.get(&*o.name);
                let was = shown(&o.name, o.version.as_deref(), o.hidden);
                let finding = match (others, &o.version) {
                    (Some(others), Some(v)) => {
                        let now: Vec<String> =
                            others.iter().map(|n| shown(&n.name, n.version.as_deref(), n.hidden)).collect();
                        let now = now.join(", ");
                        Some(cx.sym(
                            "abi-symbol-version-removed",
                            format!(
                                "{was} is no longer defined (now only {now}); binaries linked against the old library bind {name}@{v} and fail with \"undefined symbol: {name}, version {v}\"",
                                name = o.name
                            ),
                            o,
                            |s| {
                                s.old_value = Some(was.clone());
                                s.new_value = Some(now.clone());
                            },
                        ))
                    }
                    // Unversioned before, versioned now: ld.so binds unversioned
                    // references to a default version, or to a hidden one only at
                    // the first version index (2); compatible when one exists.
                    (Some(others), None) if others.iter().any(|n| !n.hidden) => None,
                    (Some(others), None) => {
                        let first_index = others.iter().any(|n| {
                            new.version_definitions
                                .iter()
                                .any(|d| Some(&*d.name) == n.version.as_deref() && d.index < 3)
                        });
                        let now: Vec<String> =
                            others.iter().map(|n| shown(&n.name, n.version.as_deref(), n.hidden)).collect();
                        let now = now.join(", ");
                        let (rule, msg) = if first_index {
                            (
                                "abi-symbol-default-removed",
                                format!("{was} is now only the hidden version {now}; existing binaries keep binding it, but new programs cannot link against {}", o.name),
                            )
                        } else {
                            (
                                "abi-symbol-removed",
                                format!("{was} is now only the hidden version {now}; unversioned references from old binaries no longer bind (\"undefined symbol: {}\")", o.name),
                            )
                        };
                        Some(cx.sym(rule, msg, o, |s| {
                            s.old_value = Some(was.clone());
                            s.new_value = Some(now.clone());
                        }))
                    }
                    (None, _) => Some(cx.sym(
                        "abi-symbol-removed",
                        format!(
                            "{was} ({}) was removed; programs that use it fail with \"undefined symbol: {}\"",
                            o.kind.as_str(),
                            o.name
                        ),
                        o,
                        |_| {},
                    )),
                };
                if let (Some(f), Some(g)) = (finding, group) {
                    f.group = Some(g);
                }
                // Re-versioned: still compare what the symbol is (OpenSSL
                // 3's `X_it` items moved to a new node and became functions).
                if let (Some(others), Some(_)) = (others, &o.version) {
                    if let Some(n) = others.iter().find(|n| !n.hidden).or(others.first()) {
                        compare_symbol(&mut cx, o, n, others);
                    }
                }
            }
        }
    }

    for (k, n) in &new_syms {
        if old_syms.contains_key(k) || old_names.contains(&*n.name) {
            continue;
        }
        cx.sym(
            "abi-symbol-added",
            format!(
                "{} ({}) was added; compatible",
                shown(&n.name, n.version.as_deref(), n.hidden),
                n.kind.as_str()
            ),
            n,
            |_| {},
        );
    }

    for node in new_nodes.difference(&old_nodes) {
        cx.push(
            "abi-version-node-added",
            format!("version node {node} was added; compatible"),
            |s| s.version = Some((*node).to_owned()),
        );
    }

    // Dependencies.
    let old_needed: BTreeSet<&str> = old.needed.iter().map(String::as_str).collect();
    let new_needed: BTreeSet<&str> = new.needed.iter().map(String::as_str).collect();
    for lib in new_needed.difference(&old_needed) {
        cx.push(
            "abi-needed-added",
            format!("now depends on {lib}; it must be present where the library is deployed"),
            |s| s.library = Some((*lib).to_owned()),
        );
    }
    for lib in old_needed.difference(&new_needed) {
        cx.push(
            "abi-needed-removed",
            format!("no longer depends on {lib}; consumers that relied on it being loaded transitively must link it themselves"),
            |s| s.library = Some((*lib).to_owned()),
        );
    }

    // Versions needed from dependencies.
    let needs = |abi: &ElfAbi| -> BTreeSet<(String, String)> {
        abi.version_needs
            .iter()
            .flat_map(|n| {
                n.versions
                    .iter()
                    .map(move |v| (n.file.clone(), v.name.clone()))
            })
            .collect()
    };
    let old_needs = needs(old);
    let found: OnceCell<Vec<Provider>> = OnceCell::new();
    for (file, version) in needs(new).difference(&old_needs) {
        let syms: Vec<String> = new
            .undefined
            .iter()
            .filter(|u| {
                u.version.as_deref() == Some(version) && u.version_file.as_deref() == Some(file)
            })
            .map(|u| u.name.to_string())
            .collect();
        let implied = version_order::implied_by(
            version,
            old_needs
                .iter()
                .filter(|(f, _)| f == file)
                .map(|(_, v)| v.as_str()),
        );
        // An implied need is info whatever its provider defines: no lookup.
        let judged = match implied {
            Some(_) => Judged::Unknown,
            None => base_versions::judge(
                new,
                file,
                version,
                found
                    .get_or_init(providers)
                    .iter()
                    .find(|p| &p.needed == file),
            ),
        };
        let message = match (implied, judged) {
            (Some(later), _) => format!("now needs version {version} from {file}, which the old library's need of {later} already implied (a file that defines {later} defines {version})"),
            (None, Judged::ProviderBase(p)) => format!(
                "now needs version {version} from {file}, its base version: the oldest node {file} defines ({}, as found for the new library), so every {file} with version definitions has it",
                p.path
            ),
            (None, Judged::ChainHead(p)) => format!(
                "now needs version {version} from {file}, a base version of {file} on {} (compat's table of base versions: the head of a version chain as old as the library; {} defines it)",
                new.machine, p.path
            ),
            (None, Judged::TableBase) => format!(
                "now needs version {version} from {file}, the base version of {file} on {} by compat's table of base versions ({file} was not found {NOT_FOUND_WHERE} to read its own): the oldest it defines, so every {file} for this architecture has it",
                new.machine
            ),
            (None, Judged::Newer { provider, defined }) => {
                let oldest = provider.versions.first().map_or("", String::as_str);
                let here = if defined {
                    format!("{} defines it, after its base version {oldest}", provider.path)
                } else {
                    format!("{} (as found for the new library) does not define it either", provider.path)
                };
                format!("now needs version {version} from {file}; it fails to load where {file} is older (\"version `{version}' not found\"): {here}")
            }
            (None, Judged::Unversioned(p)) => format!("now needs version {version} from {file}; it fails to load where {file} is older (\"version `{version}' not found\"); {}, found for it, defines no versions", p.path),
            (None, Judged::Unknown) => format!("now needs version {version} from {file}; it fails to load where {file} is older (\"version `{version}' not found\"); {file} was not found {NOT_FOUND_WHERE} to tell whether {version} is its base version, and compat's table of base versions does not list it for {file} on {}", new.machine),
        };
        let object = match judged {
            Judged::ProviderBase(p)
            | Judged::ChainHead(p)
            | Judged::Unversioned(p)
            | Judged::Newer { provider: p, .. } => Some(p.path.clone()),
            Judged::TableBase | Judged::Unknown => None,
        };
        let f = cx.push("abi-version-need-added", message, |s| {
            s.library = Some(file.clone());
            s.version = Some(version.clone());
            s.symbols = syms;
            s.object = object;
        });
        if implied.is_some() || judged.is_base() {
            f.set_severity(Severity::Info);
        }
    }

    let verdict = verdict_of(&cx.findings);
    Diff {
        findings: cx.findings,
        verdict,
    }
}

fn compare_symbol(cx: &mut Ctx<'_>, o: &Symbol, n: &Symbol, all_new: &[&Symbol]) {
    let name = shown(&o.name, o.version.as_deref(), o.hidden);
    let raw = at(&o.name, o.version.as_deref(), o.hidden);
    let interchangeable = |a: SymbolKind, b: SymbolKind| {
        a == b
            || matches!(
                (a, b),
                (SymbolKind::Func, SymbolKind::Ifunc)
                    | (SymbolKind::Ifunc, SymbolKind::Func)
                    | (SymbolKind::Notype, SymbolKind::Func)
                    | (SymbolKind::Func, SymbolKind::Notype)
                    | (SymbolKind::Object, SymbolKind::Common)
                    | (SymbolKind::Common, SymbolKind::Object)
            )
    };
    if !interchangeable(o.kind, n.kind) {
        cx.sym(
            "abi-symbol-type-changed",
            format!(
                "{name} changed from {} to {}; consumers were linked with relocations for the old kind",
                o.kind.as_str(),
                n.kind.as_str()
            ),
            o,
            |s| {
                s.old_value = Some(o.kind.as_str().to_owned());
                s.new_value = Some(n.kind.as_str().to_owned());
            },
        );
    } else if o.kind.is_data()
        && n.kind.is_data()
        && n.size != o.size
        && o.name
            .strip_prefix("_ZTV")
            .is_some_and(|class| cx.inputs.private_classes.contains(class))
    {
        let f = cx.sym(
            "abi-object-size-changed",
            format!(
                "the vtable {raw} changed size from {} to {} bytes; its class is declared only in the library's sources, so no consumer references the vtable or derives from the class",
                o.size, n.size
            ),
            o,
            |s| {
                s.old_value = Some(o.size.to_string());
                s.new_value = Some(n.size.to_string());
            },
        );
        f.set_severity(compat_report::Severity::Info);
    } else if o.kind.is_data()
        && n.kind.is_data()
        && n.size > o.size
        && o.name
            .strip_prefix("_ZTV")
            .is_some_and(|class| cx.constructed_inside.contains(class))
    {
        // Only code that constructs the class stores its vtable's address;
        // the library's own constructors do that here.
        let f = cx.sym(
            "abi-object-size-changed",
            format!(
                "the vtable {raw} grew from {} to {} bytes; the class's constructors are the library's (exported), so consumers never reference the vtable itself and its existing slots keep their places (see the type's abi-vtable-order-changed findings)",
                o.size, n.size
            ),
            o,
            |s| {
                s.old_value = Some(o.size.to_string());
                s.new_value = Some(n.size.to_string());
            },
        );
        f.set_severity(compat_report::Severity::Info);
    } else if o.kind.is_data() && n.kind.is_data() && o.size != n.size {
        cx.sym(
            "abi-object-size-changed",
            format!(
                "data object {name} changed size from {} to {} bytes; executables that copy-relocate it keep the old size and corrupt or truncate it",
                o.size, n.size
            ),
            o,
            |s| {
                s.old_value = Some(o.size.to_string());
                s.new_value = Some(n.size.to_string());
            },
        );
    }
    match (o.binding, n.binding) {
        (SymbolBinding::Global | SymbolBinding::Unique, SymbolBinding::Weak) => {
            cx.sym(
                "abi-symbol-binding-weakened",
                format!("{name} is now a weak definition; ld.so still binds it, but an earlier global definition now silently overrides it"),
                o,
                |s| {
                    s.old_value = Some(o.binding.as_str().to_owned());
                    s.new_value = Some(n.binding.as_str().to_owned());
                },
            );
        }
        (b, SymbolBinding::Local) if b != SymbolBinding::Local => {
            cx.sym(
                "abi-symbol-binding-local",
                format!("{name} became local; no other object can bind to it any more"),
                o,
                |s| {
                    s.old_value = Some(o.binding.as_str().to_owned());
                    s.new_value = Some(n.binding.as_str().to_owned());
                },
            );
        }
        _ => {}
    }
    match (o.visibility, n.visibility) {
        (Visibility::Default, Visibility::Protected) => {
            cx.sym(
                "abi-symbol-visibility-protected",
                format!("{name} became protected; the library no longer uses interposed definitions, and copy relocations against it may fail"),
                o,
                |s| {
                    s.old_value = Some("default".into());
                    s.new_value = Some("protected".into());
                },
            );
        }
        (
            Visibility::Default | Visibility::Protected,
            Visibility::Hidden | Visibility::Internal,
        ) => {
            cx.sym(
                "abi-symbol-hidden",
                format!(
                    "{name} became {}; other objects cannot bind to it",
                    n.visibility.as_str()
                ),
                o,
                |s| {
                    s.old_value = Some(o.visibility.as_str().to_owned());
                    s.new_value = Some(n.visibility.as_str().to_owned());
                },
            );
        }
        _ => {}
    }
    if !o.hidden && n.hidden {
        let defaults: Vec<String> = all_new
            .iter()
            .filter(|s| !s.hidden)
            .map(|s| shown(&s.name, s.version.as_deref(), false))
            .collect();
        if defaults.is_empty() {
            cx.sym(
                "abi-symbol-default-removed",
                format!("{name} is now only a hidden version {}@{}; existing binaries keep working, but new programs cannot link against {}", o.name, o.version.as_deref().unwrap_or(""), o.name),
                o,
                |_| {},
            );
        } else {
            let now = defaults.join(", ");
            cx.sym(
                "abi-default-version-changed",
                format!("{name} is kept as a hidden compatibility version and {now} is the new default; old binaries keep binding the old version (compatible)"),
                o,
                |s| {
                    s.old_value = Some(name.clone());
                    s.new_value = Some(now.clone());
                },
            );
        }
    }
}

/// `1 symbol was defined at it`, `3 symbols were defined at it`.
fn defined_at(n: usize) -> String {
    let were = if n == 1 { "was" } else { "were" };
    format!("{} {were} defined at it", count(n, "symbol", "symbols"))
}

#[cfg(test)]
mod tests {
    use super::{constructed_class, defined_at, verdict_of};
    use compat_report::{Finding, Severity, Subject, Verdict};

    #[test]
    fn a_breaking_finding_calls_for_a_major_bump_whatever_its_rule() {
        // abi-member-added is info in the catalog (a minor bump); compat-dwarf
        // reports it as breaking when callers fill the struct and the library
        // reads the new member from bytes they never set.
        let mut f = Finding::new(
            "abi-member-added",
            "gained member flag in its padding",
            Subject::default(),
        );
        assert_eq!(verdict_of(std::slice::from_ref(&f)), Verdict::Minor);
        f.severity = Severity::Breaking;
        assert_eq!(verdict_of(&[f]), Verdict::Major);
    }

    #[test]
    fn removed_nodes_count_their_symbols_in_words() {
        assert_eq!(defined_at(1), "1 symbol was defined at it");
        assert_eq!(defined_at(3), "3 symbols were defined at it");
    }

    #[test]
    fn constructed_classes() {
        assert_eq!(
            constructed_class("_ZN7SessionC2Ev").as_deref(),
            Some("7Session")
        );
        assert_eq!(
            constructed_class("_ZN2ns6WidgetC1Ei").as_deref(),
            Some("N2ns6WidgetE")
        );
        assert_eq!(constructed_class("_ZN7Session4sendEPKci"), None);
        assert_eq!(constructed_class("_ZN99x"), None);
        assert_eq!(constructed_class("f"), None);
    }
}
