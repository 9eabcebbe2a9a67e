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

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

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

/// Small ids for the names and versions of both sides: one shared allocation
/// is read once (a hostile file can point thousands of symbols at one huge
/// name, which the reader keeps as one copy), equal text gets one id.
#[derive(Default)]
struct Ids<'a> {
    by_allocation: HashMap<(*const u8, usize), u32>,
    by_text: HashMap<&'a str, u32>,
}

impl<'a> Ids<'a> {
    fn of(&mut self, text: &'a Arc<str>) -> u32 {
        let allocation = (text.as_ptr(), text.len());
        if let Some(&id) = self.by_allocation.get(&allocation) {
            return id;
        }
        let next = self.by_text.len() as u32;
        let id = *self.by_text.entry(&**text).or_insert(next);
        self.by_allocation.insert(allocation, id);
        id
    }

    fn of_version(&mut self, version: &'a Option<Arc<str>>) -> Option<u32> {
        version.as_ref().map(|v| self.of(v))
    }

    fn find(&self, text: &str) -> Option<u32> {
        self.by_text.get(text).copied()
    }
}

/// A member of an interface: (name id, version id).
type Key = (u32, Option<u32>);

/// The interface change from `old` to `new`, judged with the comparison's
/// `findings` (symbol-level and type-level).
pub fn interface_change(old: &ElfAbi, new: &ElfAbi, findings: &[Finding]) -> InterfaceChange {
    let mut ids = Ids::default();
    // Each side's symbols as keys, each name and version read once per allocation.
    let old_syms: Vec<(Key, bool)> = old
        .symbols
        .iter()
        .map(|s| ((ids.of(&s.name), ids.of_version(&s.version)), exported(s)))
        .collect();
    let new_syms: Vec<(Key, bool, bool)> = new
        .symbols
        .iter()
        .map(|s| {
            let key = (ids.of(&s.name), ids.of_version(&s.version));
            (key, exported(s), s.hidden)
        })
        .collect();

    let new_keys: HashSet<Key> = new_syms.iter().filter(|s| s.1).map(|s| s.0).collect();
    let new_default_names: HashSet<u32> = new_syms
        .iter()
        .filter(|s| s.1 && !s.2)
        .map(|s| s.0 .0)
        .collect();
    let old_names: HashSet<u32> = old_syms.iter().map(|s| s.0 .0).collect();

    // What the breaking findings name: (name, version) when the finding
    // gives a version, else every version of the name. A name neither side
    // has names no member.
    let mut named: HashSet<Key> = HashSet::new();
    let mut named_any: HashSet<u32> = HashSet::new();
    for f in findings.iter().filter(|f| f.severity == Severity::Breaking) {
        if let Some(sym) = f.subject.symbol.as_deref().and_then(|n| ids.find(n)) {
            match f.subject.version.as_deref() {
                Some(v) => {
                    if let Some(v) = ids.find(v) {
                        named.insert((sym, Some(v)));
                    }
                }
                None => {
                    named_any.insert(sym);
                }
            }
        }
        named_any.extend(f.subject.symbols.iter().filter_map(|n| ids.find(n)));
    }

    let old_keys: HashSet<Key> = old_syms.iter().filter(|s| s.1).map(|s| s.0).collect();
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
    change.added = new_syms
        .iter()
        .filter(|s| s.1 && !old_names.contains(&s.0 .0))
        .map(|s| s.0)
        .collect::<HashSet<_>>()
        .len() as u64;
    change
}
