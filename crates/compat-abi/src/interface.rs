//! What became of a library's exported interface between two versions, the
//! facts behind the dashboard's timeline and the compatible ratio
//! ([`InterfaceChange`]).
//!
//! The interface of a version is its functions and variables: defined
//! dynamic symbols of type FUNC or IFUNC (functions), OBJECT, COMMON or TLS
//! (variables), not local, with default or protected visibility, each
//! counted once per (name, version), as ld.so binds them. Of the old
//! interface:
//!
//! - a member is **removed** when the new version defines no symbol of the
//!   same name and version, except that an unversioned symbol now defined at
//!   a non-hidden version stays (ld.so binds old unversioned references to
//!   it), as the symbol-level diff judges it;
//! - a member is **compatible** when it is not removed and no breaking
//!   finding of the comparison names it, as its `subject.symbol` (a changed
//!   signature, size, type or binding; with the finding's version when it
//!   has one) or among its `subject.symbols` (a changed type that reaches
//!   it). Findings that name no symbol (SONAME, architecture, dependencies)
//!   are not about one member and leave the ratio alone; the timeline shows
//!   the SONAME by itself.
//!
//! **Added** counts the new version's functions and variables whose name the
//! old version does not define at all (a symbol moved to another version
//! node is not new). The compatible ratio is `compatible / old`.

use std::collections::{BTreeSet, HashSet};

use compat_elf::{ElfAbi, Symbol, SymbolBinding, SymbolKind, Visibility};
use compat_report::check::InterfaceChange;
use compat_report::{Finding, Severity};

/// Whether `s` is a function or variable of the exported interface.
fn exported(s: &Symbol) -> bool {
    matches!(
        s.kind,
        SymbolKind::Func
            | SymbolKind::Ifunc
            | SymbolKind::Object
            | SymbolKind::Common
            | SymbolKind::Tls
    ) && !matches!(s.binding, SymbolBinding::Local)
        && matches!(s.visibility, Visibility::Default | Visibility::Protected)
}

/// The interface change from `old` to `new`, judged with the comparison's
/// `findings` (symbol-level and type-level).
pub fn interface_change(old: &ElfAbi, new: &ElfAbi, findings: &[Finding]) -> InterfaceChange {
    let new_keys: HashSet<(&str, Option<&str>)> = new
        .symbols
        .iter()
        .filter(|s| exported(s))
        .map(|s| (&*s.name, s.version.as_deref()))
        .collect();
    let new_default_names: HashSet<&str> = new
        .symbols
        .iter()
        .filter(|s| exported(s) && !s.hidden)
        .map(|s| &*s.name)
        .collect();
    let old_names: HashSet<&str> = old.symbols.iter().map(|s| &*s.name).collect();

    // What the breaking findings name: (name, version) when the finding
    // gives a version, else every version of the name.
    let mut named: HashSet<(&str, Option<&str>)> = HashSet::new();
    let mut named_any: HashSet<&str> = HashSet::new();
    for f in findings.iter().filter(|f| f.severity == Severity::Breaking) {
        if let Some(sym) = f.subject.symbol.as_deref() {
            match f.subject.version.as_deref() {
                Some(v) => {
                    named.insert((sym, Some(v)));
                }
                None => {
                    named_any.insert(sym);
                }
            }
        }
        named_any.extend(f.subject.symbols.iter().map(String::as_str));
    }

    let old_keys: BTreeSet<(&str, Option<&str>)> = old
        .symbols
        .iter()
        .filter(|s| exported(s))
        .map(|s| (&*s.name, s.version.as_deref()))
        .collect();
    let mut change = InterfaceChange {
        old: old_keys.len() as u64,
        ..InterfaceChange::default()
    };
    for key @ (name, version) in &old_keys {
        let present =
            new_keys.contains(key) || (version.is_none() && new_default_names.contains(name));
        if !present {
            change.removed += 1;
        } else if !named_any.contains(name) && !named.contains(key) {
            change.compatible += 1;
        }
    }
    change.added = new
        .symbols
        .iter()
        .filter(|s| exported(s) && !old_names.contains(&*s.name))
        .map(|s| (&*s.name, s.version.as_deref()))
        .collect::<BTreeSet<_>>()
        .len() as u64;
    change
}
