//! Compares the type-level ABI of two versions of a library.
//!
//! Root causes first:
//! - every named type is compared once, and a change yields findings for the
//!   type (naming the member or enumerator), whose `subject.symbols` lists
//!   every exported function and variable that reaches the type; findings of
//!   one type share the group `type:<TypeRef>`;
//! - functions and variables are compared by their [`TypeRef`] strings. A
//!   typedef, struct, union or enum is named, not expanded, in a `TypeRef`, so
//!   a change inside it (a typedef retarget, a new member) is reported once for
//!   the type and never as a change of every parameter that uses it: a
//!   parameter, return or variable type is "changed" only when its spelling
//!   differs (`int` to `long`, `struct a *` to `struct b *`);
//! - anonymous types are named by declaration line (`struct <anon@x.h:12>`);
//!   an anonymous type is matched to its old name by its place first (the
//!   typedef that names it, the named member or variable of its type), then
//!   by its definition, so moving a declaration reports nothing.
//!
//! Classification by use: a change to a type's layout breaks consumers only
//! when they compile that layout in. [`crate::exposure`] decides, per type,
//! from what DWARF and the symbol table show (or from `--public-headers`):
//! public types keep their changes `breaking`; types reached only through
//! pointers the library hands out are `warning` when declared in a header
//! (undecided: consumers may read their members) and `info` when declared
//! only in the library's sources (opaque). Each finding's message says which
//! evidence decided.
//!
//! This module holds the entry ([`diff`]), which runs the comparisons and
//! classifies their findings by exposure; one submodule per concern holds
//! the comparisons: `symbols` (functions and variables), `types` (each
//! named type, and definitions moved out of the headers), `members`,
//! `enums` and `vtable` (which also tells the symbol-level diff which
//! vtable classes are private), `reshaped` (members matched by their bytes
//! before their names: scalars merged into an array, a name reused),
//! `uses` (the use graph) and `anon` (anonymous types matched across line
//! moves); `display` respells the types in what the findings say as C
//! declarators, anonymous types by their typedef names.

use std::collections::{BTreeMap, HashMap, HashSet};

use compat_report::render::count;
use compat_report::{Finding, Severity, Subject};

use crate::equiv::{Equiv, Tier};
use crate::exposure::{self, Exposure, Exposures};
use crate::model::*;

mod anon;
mod display;
mod enums;
mod meaning;
mod members;
mod private;
mod reshaped;
mod scalars;
mod symbols;
mod types;
mod uses;
mod vtable;

use anon::{anon_renames, rename_info};
use enums::{compare_enums, compare_underlying};
use members::{compare_members, members_by_key};
use symbols::{compare_function, compare_variable};
use types::{
    added_in_derived_tail_padding, added_in_padding_is_read, compare_type, type_made_internal,
};
use uses::Uses;
pub use vtable::private_vtable_classes;
use vtable::{compare_vtables, primary_bases};

/// Compares `old` with `new`; `inputs` names the two inputs for subjects.
pub fn diff(old: &TypeInfo, new: &TypeInfo, inputs: (&str, &str)) -> Vec<Finding> {
    let renamed;
    let renames = anon_renames(old, new);
    let new = if renames.is_empty() {
        new
    } else {
        renamed = rename_info(new, &renames);
        &renamed
    };
    let mut cx = Cx {
        inputs,
        findings: Vec::new(),
        callers_version_it: false,
        meaning_changed: false,
        grown_into_padding: HashSet::new(),
    };
    let mut eq = Equiv::new(old, new);
    for (name, o) in &old.functions {
        if let Some(n) = new.functions.get(name) {
            compare_function(&mut cx, &mut eq, name, o, n);
        }
    }
    for (name, o) in &old.variables {
        if let Some(n) = new.variables.get(name) {
            compare_variable(&mut cx, &mut eq, name, o, n);
        }
    }
    let old_uses = Uses::new(old);
    let new_uses = Uses::new(new);
    let headers_decide = old.header_filtered && new.header_filtered;
    let old_exp = Exposures::new(old, headers_decide);
    if !headers_decide {
        type_made_internal(&mut cx, old, new);
    }
    for (key, o) in &old.types {
        let Some(n) = new.types.get(key) else {
            continue;
        };
        if o == n {
            continue;
        }
        let exposure = exposure::deciding(&old_exp, new, key);
        let by_value = old_uses.by_value(key) || new_uses.by_value(key);
        cx.callers_version_it = matches!(exposure, Exposure::Public(_)) && !by_value;
        let start = cx.findings.len();
        compare_type(&mut cx, &mut eq, key, o, n, by_value);
        if cx.findings.len() == start {
            continue;
        }
        // The symbols whose signatures name the type first, then those that
        // reach it through other types, each group by name.
        let mut reach = HashMap::new();
        old_uses.symbols(key, &mut reach);
        new_uses.symbols(key, &mut reach);
        let mut symbols: Vec<(usize, String)> = reach.into_iter().map(|(s, d)| (d, s)).collect();
        symbols.sort_unstable();
        let symbols: Vec<String> = symbols.into_iter().map(|(_, s)| s).collect();
        for (i, f) in cx.findings[start..].iter_mut().enumerate() {
            f.subject.symbols = symbols.clone();
            f.subject.type_name = Some(key.clone());
            f.group = Some(format!("type:{key}"));
            // A member added into padding of a type callers fill and hand in
            // (by value, by pointer to const, or allocated by them with
            // callbacks they set), or an array grown into it by elements:
            // the library reads bytes old callers never set. (Not for
            // bit-fields, which take bits an unnamed bit-field reserved, nor
            // for an extensible struct, which says its size.)
            let grown = cx.grown_into_padding.contains(&(start + i));
            let fills = || {
                if old_exp.is_input(key) {
                    Some(format!("callers fill {key} and hand it in"))
                } else {
                    old_exp.filled_with_callbacks(key)
                }
            };
            let filled = (matches!(exposure, Exposure::Public(_))
                && (grown
                    || (f.rule == "abi-member-added"
                        && added_in_padding_is_read(
                            new,
                            key,
                            f.subject.new_value.as_deref().unwrap_or(""),
                        ))))
            .then(fills)
            .flatten();
            if let Some(fills) = filled {
                let added = added_members(f);
                let what = if grown {
                    format!(
                        "member {} of {key} grew from {} to {} into its padding",
                        f.subject.member.as_deref().unwrap_or_default(),
                        f.subject.old_value.as_deref().unwrap_or_default(),
                        f.subject.new_value.as_deref().unwrap_or_default()
                    )
                } else {
                    format!(
                        "{key} gained {} in its padding",
                        members::members_phrase(&added)
                    )
                };
                let read = if grown {
                    "the new elements"
                } else if added.len() > 1 {
                    "them"
                } else {
                    "it"
                };
                // Unless callers cannot write its bytes at all.
                if let Some(why) = private::library_built((old, new), key) {
                    f.message = format!(
                        "{what}, without changing its size or the offsets of existing members; callers hand it in, {why}"
                    );
                } else {
                    f.set_severity(Severity::Breaking);
                    f.message = format!(
                        "{what}, without changing its size or the offsets of existing members; but {fills}, so the library reads {read} from bytes old callers never set"
                    );
                }
            }
            // A member added into the tail padding of a class consumers
            // derive from: their derived classes may keep members there.
            if f.rule == "abi-member-added"
                && f.severity == Severity::Info
                && matches!(exposure, Exposure::Public(_))
                && added_in_derived_tail_padding(
                    old,
                    new,
                    key,
                    f.subject.new_value.as_deref().unwrap_or(""),
                )
            {
                let added = added_members(f);
                let what = members::members_phrase(&added);
                f.set_severity(Severity::Breaking);
                f.message = format!(
                    "{key} gained {what} in its tail padding, without changing its size or the offsets of existing members; but consumers derive from {key} (it has pure virtual functions or protected members), and the Itanium C++ ABI lets a derived class keep its own members in a non-POD base's tail padding, where the library now keeps {what}"
                );
            }
            // Virtual calls go through the vtable whoever allocated the
            // object, so a vtable change is not softened by exposure, except
            // for a class consumers cannot name at all.
            if f.severity == Severity::Info
                || (f.rule == "abi-vtable-order-changed"
                    && !matches!(exposure, Exposure::Private(_)))
            {
                continue;
            }
            let breaking = f.severity == Severity::Breaking;
            match &exposure {
                Exposure::Public(None) => {}
                Exposure::Public(Some(why)) => {
                    if breaking {
                        f.message.push_str("; ");
                        f.message.push_str(why);
                    }
                }
                Exposure::Undecided(why) => {
                    if breaking {
                        f.set_severity(Severity::Warning);
                        f.message.push_str("; ");
                        f.message.push_str(why);
                    }
                }
                Exposure::Private(why) => {
                    f.set_severity(Severity::Info);
                    f.message.push_str("; ");
                    f.message.push_str(why);
                }
            }
        }
    }
    display::readable(&mut cx.findings, old, new);
    cx.findings
}

struct Cx<'a> {
    inputs: (&'a str, &'a str),
    findings: Vec<Finding>,
    /// The type being compared is public and reached only through pointers
    /// callers fill and hand in: a leading `version` member then tells the
    /// library which members the caller has (see `members::size_versioned`).
    callers_version_it: bool,
    /// A member of the type being compared kept its bytes but changed their
    /// meaning (`diff/meaning.rs`): the same scalars at the same offsets do
    /// not make that harmless.
    meaning_changed: bool,
    /// The findings (indices) of arrays grown by elements into the padding
    /// after them: harmless unless callers fill the struct and hand it in,
    /// as for a member added into padding.
    grown_into_padding: HashSet<usize>,
}

impl Cx<'_> {
    fn push(&mut self, rule: &str, message: String, old: &str, new: &str) -> &mut Finding {
        let subject = Subject {
            old_file: Some(self.inputs.0.to_owned()),
            new_file: Some(self.inputs.1.to_owned()),
            old_value: Some(old.to_owned()),
            new_value: Some(new.to_owned()),
            ..Subject::default()
        };
        self.findings.push(Finding::new(rule, message, subject));
        self.findings.last_mut().expect("just pushed")
    }

    fn sym(&mut self, rule: &str, message: String, symbol: &str, old: &str, new: &str) {
        self.push(rule, message, old, new).subject.symbol = Some(symbol.to_owned());
    }
}

/// How a change of a parameter, result or variable type affects existing
/// binaries: `None` when it is the same type, else the severity and why.
/// The members an `abi-member-added` finding names (its new value lists
/// them, comma-separated).
fn added_members(f: &Finding) -> Vec<&str> {
    f.subject
        .new_value
        .as_deref()
        .unwrap_or_default()
        .split(", ")
        .collect()
}

fn value_change(
    eq: &mut Equiv<'_>,
    old: &str,
    new: &str,
    breaks: &str,
) -> Option<(Severity, String)> {
    // `int *` to `long *` (at any pointer depth): said as what it is.
    if eq.scalar_pointees_differ(old, new) {
        return Some((
            Severity::Breaking,
            "both are pointers, but to scalars of different sizes or kinds: the function reads or writes the caller's object as the new type".into(),
        ));
    }
    match eq.compare_value(old, new) {
        Tier::Same => None,
        Tier::Alias | Tier::Qualifiers if eq.both_pointers(old, new) => Some((
            Severity::Info,
            "both are pointers, so calls are unaffected (an API change only)".into(),
        )),
        Tier::Alias | Tier::Qualifiers => Some((
            Severity::Info,
            "both have the same size, layout and calling convention, so calls are unaffected (an API change only)".into(),
        )),
        Tier::Signedness => Some((
            Severity::Warning,
            "the size is the same, so calls are unaffected, but the signedness changed: values past the signed maximum now read as negative, or the reverse".into(),
        )),
        Tier::Different => Some((Severity::Breaking, breaks.to_owned())),
    }
}

/// Sets the severity of the finding just pushed.
fn set_severity(cx: &mut Cx<'_>, severity: Severity) {
    if let Some(f) = cx.findings.last_mut() {
        f.set_severity(severity);
    }
}

/// `geo::Shape::area() [_ZN3geo5Shape4areaEv]` for a C++ symbol, the name
/// itself for C.
pub(crate) fn display_name(sym: &str) -> String {
    match compat_elf::demangle(sym) {
        Some(d) => format!("{d} [{sym}]"),
        None => sym.to_owned(),
    }
}

/// `a`, `a and b`, `a, b and c`: names as a sentence lists them.
fn and_list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}
