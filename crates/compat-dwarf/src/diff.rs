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
//!   an anonymous type that moved to another line but is otherwise the same is
//!   matched to its old name first, so moving a declaration reports nothing.
//!
//! Classification by use: a change to a type's layout breaks consumers only
//! when they compile that layout in. [`crate::exposure`] decides, per type,
//! from what DWARF and the symbol table show (or from `--public-headers`):
//! public types keep their changes `breaking`; types reached only through
//! pointers the library hands out are `warning` when declared in a header
//! (undecided: consumers may read their members) and `info` when declared
//! only in the library's sources (opaque). Each finding's message says which
//! evidence decided.

use std::collections::{BTreeMap, HashMap, HashSet};

use compat_report::{Finding, Severity, Subject};

use crate::equiv::{Equiv, Tier};
use crate::exposure::{self, Exposure, Exposures};
use crate::model::*;

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
    for (key, o) in &old.types {
        let Some(n) = new.types.get(key) else {
            continue;
        };
        if o == n {
            continue;
        }
        let exposure = exposure::deciding(&old_exp, new, key);
        let by_value = old_uses.by_value(key) || new_uses.by_value(key);
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
        for f in &mut cx.findings[start..] {
            f.subject.symbols = symbols.clone();
            f.group = Some(format!("type:{key}"));
            if f.severity == Severity::Info || f.rule == "abi-vtable-order-changed" {
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
                        f.severity = Severity::Warning;
                        f.message.push_str("; ");
                        f.message.push_str(why);
                    }
                }
                Exposure::Private(why) => {
                    f.severity = Severity::Info;
                    f.message.push_str("; ");
                    f.message.push_str(why);
                }
            }
        }
    }
    cx.findings
}

struct Cx<'a> {
    inputs: (&'a str, &'a str),
    findings: Vec<Finding>,
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
fn value_change(
    eq: &mut Equiv<'_>,
    old: &str,
    new: &str,
    breaks: &str,
) -> Option<(Severity, String)> {
    match eq.compare_value(old, new) {
        Tier::Same => None,
        Tier::Alias | Tier::Qualifiers if eq.scalar_pointees_differ(old, new) => Some((
            Severity::Breaking,
            "both are pointers, but to scalars of different sizes or encodings: the function reads or writes the caller's object as the new type".into(),
        )),
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
        f.severity = severity;
    }
}

/// An exported variable's type: the same size and layout under another
/// spelling is info; an array that gains or loses its bound (`T[]` and
/// `T[N]`) is info too, since the symbol-level diff compares the object's
/// size (`abi-object-size-changed`).
fn compare_variable(cx: &mut Cx<'_>, eq: &mut Equiv<'_>, name: &str, o: &Variable, n: &Variable) {
    if o.ty == n.ty {
        return;
    }
    let (severity, why) = match eq.compare(&o.ty, &n.ty) {
        Tier::Same => return,
        Tier::Qualifiers if eq.became_const(&o.ty, &n.ty) => (
            Severity::Breaking,
            "it is now const, so the library places it in read-only memory: consumers that write it crash, or write a copy the library never reads".to_owned(),
        ),
        Tier::Alias => (
            Severity::Info,
            "the size and layout are the same, so existing binaries are unaffected".to_owned(),
        ),
        Tier::Qualifiers => (
            Severity::Warning,
            "the size and layout are the same, but its qualifiers changed: code compiled against the old type may rely on them".to_owned(),
        ),
        Tier::Signedness => (
            Severity::Warning,
            "the size and layout are the same, but the signedness changed: values past the signed maximum now read as negative, or the reverse".to_owned(),
        ),
        Tier::Different if eq.bound_only(&o.ty, &n.ty) => (
            Severity::Info,
            "only the array bound is stated or omitted; the symbol's size is compared on its own (abi-object-size-changed)".to_owned(),
        ),
        Tier::Different => (
            Severity::Breaking,
            "consumers access it with the old type's size and layout".to_owned(),
        ),
    };
    cx.sym(
        "abi-variable-type-changed",
        format!(
            "variable {} changed type from {} to {}; {why}",
            display_name(name),
            o.ty,
            n.ty
        ),
        name,
        &o.ty,
        &n.ty,
    );
    set_severity(cx, severity);
}

fn param_name(p: &Param, i: usize) -> String {
    match &p.name {
        Some(n) => format!("parameter {} ({n})", i + 1),
        None => format!("parameter {}", i + 1),
    }
}

fn compare_function(cx: &mut Cx<'_>, eq: &mut Equiv<'_>, name: &str, o: &Function, n: &Function) {
    // Messages show C++ names demangled; the subject keeps the symbol.
    let sym = name;
    let name = &display_name(name);
    if o.ret != n.ret {
        // Callers built against a void function never read a result.
        let change = if o.ret == "void" {
            Some((
                Severity::Info,
                "existing callers ignore the result, so calls are unaffected".to_owned(),
            ))
        } else {
            value_change(
                eq,
                &o.ret,
                &n.ret,
                "callers read the result as the old type",
            )
        };
        if let Some((severity, why)) = change {
            cx.sym(
                "abi-return-type-changed",
                format!("{name} now returns {} instead of {}; {why}", n.ret, o.ret),
                sym,
                &o.ret,
                &n.ret,
            );
            set_severity(cx, severity);
        }
    }
    for (i, (op, np)) in o.params.iter().zip(&n.params).enumerate() {
        if op.ty == np.ty {
            continue;
        }
        if let Some((severity, why)) =
            value_change(eq, &op.ty, &np.ty, "existing callers pass the old type")
        {
            cx.sym(
                "abi-param-type-changed",
                format!(
                    "{} of {name} changed type from {} to {}; {why}",
                    param_name(op, i),
                    op.ty,
                    np.ty
                ),
                sym,
                &op.ty,
                &np.ty,
            );
            set_severity(cx, severity);
        }
    }
    let spell = |ps: &[Param]| -> String {
        ps.iter()
            .map(|p| p.ty.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    };
    let (os, ns) = (spell(&o.params), spell(&n.params));
    if n.params.len() > o.params.len() {
        let added: Vec<String> = n.params[o.params.len()..]
            .iter()
            .enumerate()
            .map(|(i, p)| param_name(p, i + o.params.len()))
            .collect();
        cx.sym(
            "abi-param-added",
            format!(
                "{name} now takes {} parameter(s) instead of {} (added {}); existing callers do not pass them and the function reads garbage",
                n.params.len(),
                o.params.len(),
                added.join(", ")
            ),
            sym,
            &os,
            &ns,
        );
    } else if n.params.len() < o.params.len() {
        let removed: Vec<String> = o.params[n.params.len()..]
            .iter()
            .enumerate()
            .map(|(i, p)| param_name(p, i + n.params.len()))
            .collect();
        cx.sym(
            "abi-param-removed",
            format!(
                "{name} now takes {} parameter(s) instead of {} (removed {}); existing callers still pass them",
                n.params.len(),
                o.params.len(),
                removed.join(", ")
            ),
            sym,
            &os,
            &ns,
        );
    }
    if o.variadic != n.variadic {
        let (was, now) = if o.variadic {
            ("variadic", "not variadic")
        } else {
            ("not variadic", "variadic")
        };
        cx.sym(
            "abi-variadic-changed",
            format!(
                "{name} was {was} and is now {now}; the calling convention for variadic calls differs, so existing callers pass arguments where the function does not look"
            ),
            sym,
            was,
            now,
        );
    }
}

fn member_key(m: &Member, i: usize) -> String {
    match &m.name {
        Some(n) => n.clone(),
        None => format!("<unnamed member {i}>"),
    }
}

/// Members by key (anonymous members numbered in order among the unnamed ones).
fn members_by_key(ms: &[Member]) -> Vec<(String, &Member)> {
    let mut unnamed = 0;
    ms.iter()
        .map(|m| {
            let k = if m.name.is_none() {
                unnamed += 1;
                member_key(m, unnamed)
            } else {
                member_key(m, 0)
            };
            (k, m)
        })
        .collect()
}

fn bits(m: &Member) -> String {
    match m.bit_size {
        Some(b) => format!("bit {} (width {b})", m.offset_bits),
        None if m.offset_bits % 8 == 0 => format!("byte {}", m.offset_bits / 8),
        None => format!("bit {}", m.offset_bits),
    }
}

fn compare_type(
    cx: &mut Cx<'_>,
    eq: &mut Equiv<'_>,
    key: &str,
    o: &TypeDef,
    n: &TypeDef,
    by_value: bool,
) {
    if o.is_declaration_only() || n.is_declaration_only() {
        if !o.is_declaration_only() {
            let how = if by_value {
                "it is used by value, so consumers need its size and layout"
            } else {
                "it is only used through pointers"
            };
            cx.push(
                "abi-type-opaque",
                format!("{key} lost its definition (now declaration-only); {how}"),
                "defined",
                "declaration-only",
            );
        }
        return;
    }
    if let (
        TypeDef::Struct {
            vtable: ov,
            by_reference: ob,
            explicit: oe,
            ..
        },
        TypeDef::Struct {
            vtable: nv,
            by_reference: nb,
            explicit: ne,
            ..
        },
    ) = (o, n)
    {
        for (list, other, now) in [(ne, oe, "now"), (oe, ne, "no longer")] {
            for f in list.iter().filter(|f| !other.contains(f)) {
                cx.push(
                    "abi-constructor-explicit-changed",
                    format!(
                        "{} of {key} is {now} explicit; binaries are unaffected (the same symbol), but source that {} on the implicit conversion {}",
                        display_name(f),
                        if now == "now" { "relies" } else { "relied" },
                        if now == "now" { "no longer compiles" } else { "now compiles, and overloads may resolve differently" }
                    ),
                    if now == "now" { "implicit" } else { "explicit" },
                    if now == "now" { "explicit" } else { "implicit" },
                )
                .subject
                .symbol = Some(f.clone());
            }
        }
        // How a class without virtual functions is passed by value (a
        // class with them always goes by hidden reference).
        if ob != nb && ov.is_empty() && nv.is_empty() {
            let (was, now) = if *ob {
                ("through a hidden reference", "in registers")
            } else {
                ("in registers", "through a hidden reference")
            };
            let why = if *nb {
                "it gained a user-provided destructor or copy or move constructor"
            } else {
                "it lost its user-provided destructor and copy and move constructors"
            };
            let f = cx.push(
                "abi-type-passing-changed",
                format!(
                    "{key} is now passed and returned {now} instead of {was}, since {why}; {}",
                    if by_value {
                        "callers of the functions that take or return it by value pass it where the library no longer looks"
                    } else {
                        "the interface uses it only through pointers, so calls are unaffected"
                    }
                ),
                was,
                now,
            );
            if !by_value {
                f.severity = Severity::Info;
            }
        }
        let (oi, ni) = eq.infos();
        compare_vtables(
            cx,
            key,
            (ov, nv),
            (&primary_bases(oi, key), &primary_bases(ni, key)),
            oi,
        );
    }
    match (o, n) {
        (
            TypeDef::Struct {
                size: os,
                members: om,
                ..
            },
            TypeDef::Struct {
                size: ns,
                members: nm,
                ..
            },
        )
        | (
            TypeDef::Union {
                size: os,
                members: om,
                ..
            },
            TypeDef::Union {
                size: ns,
                members: nm,
                ..
            },
        ) => {
            let start = cx.findings.len();
            compare_members(cx, eq, key, (*os, om), (*ns, nm));
            // Members renamed, regrouped or retyped, but the same scalars at
            // the same offsets: nothing existing binaries do changes.
            // (A member that kept its name but moved is a reorder: the same
            // scalars, other meanings.)
            let moved = cx.findings[start..]
                .iter()
                .any(|f| f.rule == "abi-member-offset-changed");
            if os == ns && cx.findings.len() > start && !moved && eq.same_bytes(key) {
                for f in &mut cx.findings[start..] {
                    if f.severity != Severity::Info {
                        f.severity = Severity::Info;
                        f.message.push_str(&format!(
                            "; {key} still holds the same scalars at the same offsets, so existing binaries are unaffected"
                        ));
                    }
                }
            }
        }
        (
            TypeDef::Enum {
                size: os,
                enumerators: oe,
                underlying: ou,
                scoped: o_scoped,
                ..
            },
            TypeDef::Enum {
                size: ns,
                enumerators: ne,
                underlying: nu,
                scoped: n_scoped,
                ..
            },
        ) => {
            if o_scoped != n_scoped {
                let (was, now) = if *o_scoped {
                    ("an enum class", "an unscoped enum")
                } else {
                    ("an unscoped enum", "an enum class")
                };
                cx.push(
                    "abi-enum-scope-changed",
                    format!("{key} was {was} and is now {now}; binaries are unaffected (the same values and mangled names), but source that names its enumerators unqualified, or uses them as integers, changes meaning or no longer compiles"),
                    was,
                    now,
                );
            }
            if let (Some(ou), Some(nu), true) = (ou, nu, os == ns) {
                compare_underlying(cx, eq, key, ou, nu);
            }
            compare_enums(cx, key, *os, oe, *ns, ne);
        }
        (TypeDef::Typedef { target: ot }, TypeDef::Typedef { target: nt }) => {
            if ot != nt {
                let (severity, how) = match eq.compare(ot, nt) {
                    Tier::Same => return,
                    Tier::Alias => (Severity::Info, "size and layout are unchanged (compatible for existing binaries, source users may see warnings)".to_owned()),
                    Tier::Qualifiers => (Severity::Warning, "size and layout are unchanged, but the qualifiers differ: code compiled against the old type may rely on them".to_owned()),
                    Tier::Signedness => (Severity::Warning, "size and layout are unchanged, but the signedness differs: values past the signed maximum now read as negative, or the reverse".to_owned()),
                    Tier::Different => (Severity::Breaking, format!("which differs in size or layout; every use of {key} changes")),
                };
                let message = if severity == Severity::Breaking {
                    format!("{key} now names {nt} instead of {ot}, {how}")
                } else {
                    format!("{key} now names {nt} instead of {ot}; {how}")
                };
                cx.push("abi-typedef-retargeted", message, ot, nt);
                set_severity(cx, severity);
            }
        }
        (
            TypeDef::Base {
                size: os,
                encoding: oe,
            },
            TypeDef::Base {
                size: ns,
                encoding: ne,
            },
        ) => {
            if os != ns || oe != ne {
                cx.push(
                    "abi-type-size-changed",
                    format!("base type {key} changed from {os} byte(s) {oe} to {ns} byte(s) {ne}"),
                    &os.to_string(),
                    &ns.to_string(),
                );
            }
        }
        _ => {
            cx.push(
                "abi-type-size-changed",
                format!(
                    "{key} changed from a {} to a {}",
                    o.kind_name(),
                    n.kind_name()
                ),
                o.kind_name(),
                n.kind_name(),
            );
        }
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

/// Virtual functions: a slot that moved or disappeared breaks every caller
/// that dispatches through it (callers compile the slot number in, whether
/// they hold the object by value or by pointer); one appended after every
/// old slot is compatible unless consumers derive from the class.
/// The virtual functions a class shares its vtable with: those of its
/// primary base (the non-virtual base at offset 0), and of that base's, and
/// so on. An entry at one of their slots overrides, it adds no slot.
fn primary_bases<'i>(info: &'i TypeInfo, key: &str) -> Vec<&'i VirtualFn> {
    let mut out = Vec::new();
    let mut cur = key.to_owned();
    for _ in 0..32 {
        let Some(TypeDef::Struct { members, .. }) = info.types.get(&cur) else {
            break;
        };
        let Some(base) = members.iter().find(|m| {
            m.offset_bits == 0 && m.name.as_deref().is_some_and(|n| n.starts_with("<base "))
        }) else {
            break;
        };
        let Some(TypeDef::Struct { vtable, .. }) = info.types.get(&base.ty) else {
            break;
        };
        out.extend(vtable);
        cur = base.ty.clone();
    }
    out
}

fn compare_vtables(
    cx: &mut Cx<'_>,
    key: &str,
    (ov, nv): (&[VirtualFn], &[VirtualFn]),
    (old_bases, new_bases): (&[&VirtualFn], &[&VirtualFn]),
    old: &TypeInfo,
) {
    let slot = |s: Option<u64>| s.map_or_else(|| "?".to_owned(), |s| s.to_string());
    let inherited =
        |bases: &[&VirtualFn], s: Option<u64>| s.is_some() && bases.iter().any(|b| b.slot == s);
    let last_old = ov
        .iter()
        .chain(old_bases.iter().copied())
        .filter_map(|v| v.slot)
        .max();
    // Consumers implement an abstract class: its vtable is theirs too. GCC
    // marks no pure virtual as such in DWARF, but the library defines no
    // function for it: a slotted virtual the old library does not export.
    let implemented = ov
        .iter()
        .chain(old_bases.iter().copied())
        .any(|v| v.pure || (v.slot.is_some() && !old.functions.contains_key(&v.name)));
    for o in ov {
        match nv.iter().find(|n| n.name == o.name) {
            Some(n) if n.slot != o.slot && o.slot.is_some() && n.slot.is_some() => {
                cx.push(
                    "abi-vtable-order-changed",
                    format!(
                        "virtual function {} of {key} moved from vtable slot {} to {}; callers built against the old class call the wrong function",
                        display_name(&o.name),
                        slot(o.slot),
                        slot(n.slot)
                    ),
                    &slot(o.slot),
                    &slot(n.slot),
                )
                .subject
                .symbol = Some(o.name.clone());
            }
            Some(_) => {}
            None if inherited(new_bases, o.slot) => {
                let f = cx.push(
                    "abi-vtable-order-changed",
                    format!(
                        "{key} no longer overrides the virtual function at vtable slot {} ({} is gone); the slot stays, now holding the base class's function",
                        slot(o.slot),
                        display_name(&o.name)
                    ),
                    &slot(o.slot),
                    "inherited",
                );
                f.subject.symbol = Some(o.name.clone());
                f.severity = Severity::Info;
            }
            None => {
                cx.push(
                    "abi-vtable-order-changed",
                    format!(
                        "virtual function {} of {key} (vtable slot {}) was removed; callers built against the old class call whatever is in its slot now",
                        display_name(&o.name),
                        slot(o.slot)
                    ),
                    &slot(o.slot),
                    "removed",
                )
                .subject
                .symbol = Some(o.name.clone());
            }
        }
    }
    for n in nv {
        if ov.iter().any(|o| o.name == n.name) {
            continue;
        }
        if inherited(old_bases, n.slot) {
            let f = cx.push(
                "abi-vtable-order-changed",
                format!(
                    "{} now overrides the inherited virtual function at vtable slot {} of {key}; the vtable keeps its size and order",
                    display_name(&n.name),
                    slot(n.slot)
                ),
                "inherited",
                &slot(n.slot),
            );
            f.subject.symbol = Some(n.name.clone());
            f.severity = Severity::Info;
            continue;
        }
        let appended = match (n.slot, last_old) {
            (Some(s), Some(l)) => s > l,
            (_, None) => true,
            (None, Some(_)) => false,
        };
        let f = cx.push(
            "abi-vtable-order-changed",
            if appended && implemented {
                format!(
                    "virtual function {} was appended to the vtable of {key} (slot {}); {key} has pure virtual functions, so consumers implement it, and the vtables of their classes have no such slot: the library calls past their end",
                    display_name(&n.name),
                    slot(n.slot)
                )
            } else if appended {
                format!(
                    "virtual function {} was appended to the vtable of {key} (slot {}); existing slots keep their places, but classes that consumers derive from {key} get a longer vtable",
                    display_name(&n.name),
                    slot(n.slot)
                )
            } else {
                format!(
                    "virtual function {} was inserted into the vtable of {key} at slot {}; the slots after it move",
                    display_name(&n.name),
                    slot(n.slot)
                )
            },
            "absent",
            &slot(n.slot),
        );
        f.subject.symbol = Some(n.name.clone());
        if appended && !implemented {
            f.severity = Severity::Info;
        }
    }
}

/// The member `name` inside the anonymous structs and unions of `members`
/// (at any depth), with its offset from the start of the enclosing type.
fn find_in_anonymous<'i>(
    info: &'i TypeInfo,
    members: &'i [Member],
    name: &str,
    base: u64,
    depth: u32,
) -> Option<(u64, &'i Member)> {
    if depth > 8 {
        return None;
    }
    for m in members.iter().filter(|m| m.name.is_none()) {
        let Some(TypeDef::Struct { members: inner, .. } | TypeDef::Union { members: inner, .. }) =
            info.types.get(&m.ty)
        else {
            continue;
        };
        let at = base + m.offset_bits;
        if let Some(f) = inner.iter().find(|f| f.name.as_deref() == Some(name)) {
            return Some((at + f.offset_bits, f));
        }
        if let Some(found) = find_in_anonymous(info, inner, name, at, depth + 1) {
            return Some(found);
        }
    }
    None
}

/// Two member names for one member: one contains the other, as when a
/// member is renamed `deprecated_frame_number` or `old_flags`.
fn related_names(a: &str, b: &str) -> bool {
    let (a, b) = (a.to_ascii_lowercase(), b.to_ascii_lowercase());
    let core = |s: &str| s.trim_matches('_').to_owned();
    let (a, b) = (core(&a), core(&b));
    a.len() >= 3 && b.len() >= 3 && (a.contains(&b) || b.contains(&a))
}

/// Whether a member's name says it was never meant to be used: a word of it
/// (split at `_`, trailing digits dropped) is `reserved`, `rsvd`, `spare`,
/// `unused`, `pad`, `padding`, `dummy` or `filler` (`reserved1`,
/// `__pad0`, `spare_bytes`; not `keypad`).
fn is_reserved_name(name: &str) -> bool {
    name.to_ascii_lowercase()
        .split('_')
        .map(|w| w.trim_end_matches(|c: char| c.is_ascii_digit()))
        .any(|w| {
            matches!(
                w,
                "reserved"
                    | "rsvd"
                    | "res"
                    | "spare"
                    | "unused"
                    | "pad"
                    | "padding"
                    | "dummy"
                    | "filler"
            )
        })
}

/// The added members that take the place of removed member `m` exactly:
/// one at its offset with the same size (and bit width), or several that
/// fill its bytes back to back.
fn replacement<'m>(
    eq: &Equiv<'_>,
    m: &Member,
    added: &[(&'m str, &'m Member)],
) -> Option<Vec<&'m str>> {
    let bytes = eq.bytes_old(&m.ty)?;
    let mut at = added
        .iter()
        .filter(|(_, n)| n.offset_bits >= m.offset_bits)
        .collect::<Vec<_>>();
    at.sort_by_key(|(_, n)| n.offset_bits);
    let first = at.first()?;
    if first.1.offset_bits != m.offset_bits {
        return None;
    }
    if m.bit_size.is_some() || first.1.bit_size.is_some() {
        let same = eq.bytes_new(&first.1.ty) == Some(bytes) && first.1.bit_size == m.bit_size;
        return same.then(|| vec![first.0]);
    }
    let end = m.offset_bits + bytes * 8;
    let mut next = m.offset_bits;
    let mut names = Vec::new();
    for (name, n) in at {
        if next == end {
            break;
        }
        if n.offset_bits != next || n.bit_size.is_some() {
            return None;
        }
        next += eq.bytes_new(&n.ty)? * 8;
        names.push(*name);
    }
    (next == end && !names.is_empty()).then_some(names)
}

/// The added members that fill exactly the bytes reserved member `m` gave
/// up when it shrank to `n` within its old place (`int reserved[4]` to
/// `int flags; int reserved[3]`).
fn shrunk_in_place<'m>(
    eq: &Equiv<'_>,
    m: &Member,
    n: &Member,
    added: &[(&'m str, &'m Member)],
) -> Option<Vec<&'m str>> {
    let (bm, bn) = (eq.bytes_old(&m.ty)?, eq.bytes_new(&n.ty)?);
    if m.bit_size.is_some() || n.bit_size.is_some() {
        return None;
    }
    let (old_start, old_end) = (m.offset_bits, m.offset_bits + bm * 8);
    let (new_start, new_end) = (n.offset_bits, n.offset_bits + bn * 8);
    if new_start < old_start || new_end > old_end || bn >= bm {
        return None;
    }
    // The freed bytes, before and after the new place, filled back to back.
    let mut inside: Vec<&(&str, &Member)> = added
        .iter()
        .filter(|(_, a)| a.offset_bits >= old_start && a.offset_bits < old_end)
        .collect();
    inside.sort_by_key(|(_, a)| a.offset_bits);
    let mut next = old_start;
    let mut names = Vec::new();
    for (name, a) in inside {
        if next == new_start {
            next = new_end;
        }
        if a.offset_bits != next || a.bit_size.is_some() {
            return None;
        }
        next += eq.bytes_new(&a.ty)? * 8;
        names.push(*name);
    }
    if next == new_start {
        next = new_end;
    }
    (next == old_end && !names.is_empty()).then_some(names)
}

/// Whether the anonymous struct or union `m` of the old version was
/// replaced by exactly its own members `by`, each at its old place.
fn dissolved(
    eq: &mut Equiv<'_>,
    m: &Member,
    om: &[Member],
    by: &[&str],
    new_map: &BTreeMap<&str, &Member>,
) -> bool {
    let (oi, _) = eq.infos();
    let Some(
        TypeDef::Struct {
            members: fields, ..
        }
        | TypeDef::Union {
            members: fields, ..
        },
    ) = oi.types.get(&m.ty)
    else {
        return false;
    };
    fields.len() == by.len()
        && by.iter().all(|b| {
            let Some((at, f)) = find_in_anonymous(oi, om, b, 0, 0) else {
                return false;
            };
            new_map.get(b).is_some_and(|n| {
                n.offset_bits == at && eq.compare_member(&f.ty, &n.ty) <= Tier::Alias
            })
        })
}

/// Whether the new anonymous struct or union `n` only wraps members the old
/// version had at the same places (`struct { int x, y; };` around `x`, `y`).
fn wraps_old_members(eq: &mut Equiv<'_>, n: &Member, old: &[(String, &Member)]) -> bool {
    if n.name.is_some() {
        return false;
    }
    let (_, ni) = eq.infos();
    let Some(
        TypeDef::Struct {
            members: fields, ..
        }
        | TypeDef::Union {
            members: fields, ..
        },
    ) = ni.types.get(&n.ty)
    else {
        return false;
    };
    !fields.is_empty()
        && fields.iter().all(|f| {
            old.iter().any(|(k, m)| {
                f.name.as_deref() == Some(k.as_str())
                    && m.offset_bits == n.offset_bits + f.offset_bits
                    && eq.compare_member(&m.ty, &f.ty) <= Tier::Alias
            })
        })
}

/// The extensible-struct convention: a struct whose first member is an
/// unsigned integer named for its size (`size`, `struct_size`, `cbSize`),
/// followed by others, grown only at its end. Returns that member's name. (A
/// lone or signed `size` is more likely a size of something else: a file's.)
fn size_versioned(
    eq: &mut Equiv<'_>,
    om: &[Member],
    old_size: u64,
    added: &[(&str, &Member)],
) -> Option<String> {
    let first = om.first()?;
    let name = first.name.as_deref()?;
    let folded: String = name
        .chars()
        .filter(|c| *c != '_')
        .flat_map(char::to_lowercase)
        .collect();
    let sized = matches!(
        folded.as_str(),
        "size" | "structsize" | "cbsize" | "cb" | "sizeofstruct" | "bytesize"
    );
    let integer = {
        let (oi, _) = eq.infos();
        let mut ty = first.ty.clone();
        let mut found = false;
        for _ in 0..8 {
            match oi.types.get(&ty) {
                Some(TypeDef::Typedef { target }) => ty = target.clone(),
                Some(TypeDef::Base { encoding, .. }) => {
                    found = encoding == "unsigned";
                    break;
                }
                _ => break,
            }
        }
        found
    };
    let at_end = !added.is_empty() && added.iter().all(|(_, m)| m.offset_bits >= old_size * 8);
    (first.offset_bits == 0 && om.len() >= 2 && sized && integer && at_end).then(|| name.to_owned())
}

fn compare_members(
    cx: &mut Cx<'_>,
    eq: &mut Equiv<'_>,
    key: &str,
    (os, om): (u64, &[Member]),
    (ns, nm): (u64, &[Member]),
) {
    let old = members_by_key(om);
    let new = members_by_key(nm);
    let new_map: BTreeMap<&str, &Member> = new.iter().map(|(k, m)| (k.as_str(), *m)).collect();
    let old_keys: HashSet<&str> = old.iter().map(|(k, _)| k.as_str()).collect();
    let size_note = if os != ns {
        format!(" ({key} also changed size from {os} to {ns} bytes)")
    } else {
        String::new()
    };
    let added_members: Vec<(&str, &Member)> = new
        .iter()
        .filter(|(k, _)| !old_keys.contains(k.as_str()))
        .map(|(k, m)| (k.as_str(), *m))
        .collect();
    let mut replacing: HashSet<&str> = HashSet::new();
    // Old members that moved within their own old place on purpose.
    let mut in_place: HashSet<&str> = HashSet::new();
    let mut removed: Vec<&str> = Vec::new();
    let mut root = false;
    for (k, m) in &old {
        match new_map.get(k.as_str()) {
            // Still there, now inside an anonymous union or struct at the
            // same place (a new alias name beside it).
            None if m.name.is_some()
                && find_in_anonymous(eq.infos().1, nm, k, 0, 0).is_some_and(|(at, f)| {
                    at == m.offset_bits
                        && f.bit_size == m.bit_size
                        && eq.compare_member(&m.ty, &f.ty) <= Tier::Alias
                }) => {}
            None => {
                let by = (os == ns)
                    .then(|| replacement(eq, m, &added_members))
                    .flatten();
                if let Some(by) = by {
                    // An anonymous struct dissolved into its own members, at
                    // their places: `r.x` means what it meant, nothing to say.
                    if m.name.is_none() && dissolved(eq, m, om, &by, &new_map) {
                        replacing.extend(by);
                        continue;
                    }
                    // A base class replaced by another of the same layout.
                    let same_base = k.starts_with("<base ")
                        && by.len() == 1
                        && by[0].starts_with("<base ")
                        && new_map
                            .get(by[0])
                            .is_some_and(|n| eq.compare(&m.ty, &n.ty) <= Tier::Alias);
                    let same_type = by.len() == 1
                        && new_map
                            .get(by[0])
                            .is_some_and(|n| eq.compare_member(&m.ty, &n.ty) == Tier::Same);
                    // Renamed in place (`deprecated_frame_number`), or taken
                    // out of an anonymous union whose member it was.
                    let renamed = same_type && related_names(k, by[0]);
                    let unwrapped = m.name.is_none()
                        && by.len() == 1
                        && find_in_anonymous(eq.infos().0, om, by[0], 0, 0).is_some_and(
                            |(at, f)| {
                                at == m.offset_bits
                                    && new_map.get(by[0]).is_some_and(|n| {
                                        n.offset_bits == at
                                            && eq.compare_member(&f.ty, &n.ty) <= Tier::Alias
                                    })
                            },
                        );
                    // Members of a union are views of the same bytes.
                    let in_union =
                        matches!(eq.infos().0.types.get(key), Some(TypeDef::Union { .. }));
                    let reserved =
                        is_reserved_name(k) || same_base || renamed || unwrapped || in_union;
                    cx.push(
                        "abi-member-removed",
                        if renamed {
                            format!(
                                "member {k} of {key} was renamed {} in place (same type, offset and size); existing binaries are unaffected, source that names {k} no longer compiles",
                                by[0]
                            )
                        } else if unwrapped {
                            format!(
                                "{k} of {key}, an anonymous union or struct, was replaced by its member {} at the same offset and size; existing binaries are unaffected",
                                by[0]
                            )
                        } else if in_union {
                            format!(
                                "member {k} of {key} was replaced by {} at the same offset and size; the members of a union are views of the same bytes, so existing binaries are unaffected",
                                by.join(", ")
                            )
                        } else if same_base {
                            format!(
                                "base class {} of {key} was replaced by {}, which has the same layout at the same offset; existing binaries are unaffected",
                                m.ty,
                                new_map[by[0]].ty
                            )
                        } else if reserved {
                            format!(
                                "reserved member {k} of {key} was replaced in place by {} (same offset and size); existing binaries are unaffected",
                                by.join(", ")
                            )
                        } else {
                            format!(
                                "member {k} of {key} was replaced in place by {} (same offset and size); the layout is unchanged, but existing binaries that use {k} now read and write {}",
                                by.join(", "),
                                by.join(", ")
                            )
                        },
                        &format!("{k}: {}", m.ty),
                        &by.join(", "),
                    );
                    set_severity(
                        cx,
                        if reserved {
                            Severity::Info
                        } else {
                            Severity::Warning
                        },
                    );
                    replacing.extend(by);
                    continue;
                }
                root = true;
                removed.push(k);
                cx.push(
                    "abi-member-removed",
                    format!("member {k} of {key} was removed; consumers still read and write it at {}{size_note}", bits(m)),
                    &format!("{k}: {}", m.ty),
                    "(none)",
                );
            }
            Some(n) => {
                let spell = |m: &Member| match m.bit_size {
                    Some(b) => format!("{} : {b}", m.ty),
                    None => m.ty.clone(),
                };
                if is_reserved_name(k) {
                    if let Some(by) = shrunk_in_place(eq, m, n, &added_members) {
                        cx.push(
                            "abi-member-type-changed",
                            format!(
                                "reserved member {k} of {key} shrank in place from {} to {}; {} take(s) the bytes it gave up, so existing binaries are unaffected",
                                m.ty,
                                n.ty,
                                by.join(", ")
                            ),
                            &m.ty,
                            &n.ty,
                        );
                        set_severity(cx, Severity::Info);
                        replacing.extend(by);
                        in_place.insert(k.as_str());
                        continue;
                    }
                    // Grown into the padding after it: nothing else moves.
                    let grows_into_padding = os == ns
                        && n.offset_bits == m.offset_bits
                        && m.bit_size.is_none()
                        && n.bit_size.is_none()
                        && match (eq.bytes_old(&m.ty), eq.bytes_new(&n.ty)) {
                            (Some(a), Some(b)) if b > a => {
                                let end = n.offset_bits + b * 8;
                                let next = nm
                                    .iter()
                                    .filter(|x| x.offset_bits > n.offset_bits)
                                    .map(|x| x.offset_bits)
                                    .min()
                                    .unwrap_or(ns * 8);
                                end <= next
                            }
                            _ => false,
                        };
                    if grows_into_padding {
                        cx.push(
                            "abi-member-type-changed",
                            format!(
                                "reserved member {k} of {key} changed type from {} to {} and grew into the padding after it; no other member moves and the size holds, so existing binaries are unaffected",
                                m.ty, n.ty
                            ),
                            &m.ty,
                            &n.ty,
                        );
                        set_severity(cx, Severity::Info);
                        continue;
                    }
                }
                let tier = if n.bit_size != m.bit_size {
                    Tier::Different
                } else if n.ty == m.ty {
                    Tier::Same
                } else {
                    eq.compare_member(&m.ty, &n.ty)
                };
                let (severity, why) = match tier {
                    Tier::Same => continue,
                    Tier::Alias => (
                        Severity::Info,
                        "the size and layout are the same, so existing binaries are unaffected".to_owned(),
                    ),
                    Tier::Qualifiers => (
                        Severity::Warning,
                        "the layout is unchanged, but the qualifiers differ: code compiled against the old definition may rely on them (volatile accesses, const data)".to_owned(),
                    ),
                    Tier::Signedness => (
                        Severity::Warning,
                        "the layout is unchanged, but the signedness differs: existing binaries read values past the signed maximum as negative, or the reverse".to_owned(),
                    ),
                    Tier::Different => {
                        root = true;
                        (
                            Severity::Breaking,
                            format!("consumers compiled against the old definition read it as the old type{size_note}"),
                        )
                    }
                };
                cx.push(
                    "abi-member-type-changed",
                    format!(
                        "member {k} of {key} changed type from {} to {}; {why}",
                        spell(m),
                        spell(n)
                    ),
                    &spell(m),
                    &spell(n),
                );
                set_severity(cx, severity);
            }
        }
    }
    let added: Vec<&str> = added_members
        .iter()
        .filter(|(k, n)| !replacing.contains(k) && !wraps_old_members(eq, n, &old))
        .map(|(k, _)| *k)
        .collect();
    // A member whose (unchanged) type name now has another layout explains
    // moves and size changes: that type's own finding is the root cause.
    let cause: Option<String> = old.iter().find_map(|(k, m)| {
        let n = new_map.get(k.as_str())?;
        (m.ty == n.ty && eq.layout_differs(&m.ty, &n.ty)).then(|| {
            format!(
                " (caused by the change to {}, the type of member {k})",
                m.ty
            )
        })
    });
    let mut notes = String::new();
    if !added.is_empty() {
        notes.push_str(&format!(" (added: {})", added.join(", ")));
    }
    if !removed.is_empty() {
        notes.push_str(&format!(" (removed: {})", removed.join(", ")));
    }
    if let Some(c) = cause {
        notes.push_str(&c);
    }
    // Moves are reported even when a member's type also changed or a member
    // was removed: consumers access every moved member at its old offset.
    let moved: Vec<(&str, &Member, &Member)> = old
        .iter()
        .filter_map(|(k, m)| {
            let n = new_map.get(k.as_str())?;
            (n.offset_bits != m.offset_bits && !in_place.contains(k.as_str())).then_some((
                k.as_str(),
                *m,
                *n,
            ))
        })
        .collect();
    if let Some((k, m, n)) = moved.first() {
        cx.push(
            "abi-member-offset-changed",
            format!(
                "member {k} of {key} moved from {} to {}{}; consumers access it at the old offset{size_note}{notes}",
                bits(m),
                bits(n),
                if moved.len() > 1 {
                    format!(" ({} members moved)", moved.len())
                } else {
                    String::new()
                }
            ),
            &bits(m),
            &bits(n),
        );
    } else if let Some(field) = (!root && removed.is_empty() && ns > os)
        .then(|| size_versioned(eq, om, os, &added_members))
        .flatten()
    {
        let f = cx.push(
            "abi-type-size-changed",
            format!(
                "{key} grew from {os} to {ns} bytes at its end{notes}; its first member {field} carries the size of the caller's copy (the extensible-struct convention), so a library that honours it never reads or writes past an old caller's end"
            ),
            &os.to_string(),
            &ns.to_string(),
        );
        f.severity = Severity::Info;
    } else if !root && os != ns {
        cx.push(
            "abi-type-size-changed",
            format!(
                "{key} changed size from {os} to {ns} bytes{notes}; consumers that allocate, copy or embed it use the old size"
            ),
            &os.to_string(),
            &ns.to_string(),
        );
    } else if !root && !added.is_empty() {
        cx.push(
            "abi-member-added",
            format!(
                "{key} gained member(s) {} without changing its size or the offsets of existing members; compatible for existing binaries",
                added.join(", ")
            ),
            "",
            &added.join(", "),
        );
    }
}

/// The underlying type of an enum of unchanged size.
fn compare_underlying(cx: &mut Cx<'_>, eq: &mut Equiv<'_>, key: &str, ou: &str, nu: &str) {
    let (severity, why) = match eq.compare(ou, nu) {
        Tier::Same => return,
        Tier::Alias => (
            Severity::Info,
            "the same size and encoding under another name",
        ),
        Tier::Qualifiers | Tier::Signedness => (
            Severity::Warning,
            "the size is the same, but the signedness changed: values with the top bit set change sign",
        ),
        Tier::Different => (
            Severity::Warning,
            "the size is the same, but the encoding changed: values may read differently",
        ),
    };
    cx.push(
        "abi-enum-underlying-type-changed",
        format!("{key} now has the underlying type {nu} instead of {ou}; {why}"),
        ou,
        nu,
    );
    set_severity(cx, severity);
}

fn compare_enums(
    cx: &mut Cx<'_>,
    key: &str,
    os: u64,
    oe: &[(String, i128)],
    ns: u64,
    ne: &[(String, i128)],
) {
    if os != ns {
        cx.push(
            "abi-type-size-changed",
            format!("{key} changed size from {os} to {ns} bytes; every struct, parameter and variable of that type changes layout"),
            &os.to_string(),
            &ns.to_string(),
        );
    }
    let old: BTreeMap<&str, i128> = oe.iter().map(|(k, v)| (k.as_str(), *v)).collect();
    let new: BTreeMap<&str, i128> = ne.iter().map(|(k, v)| (k.as_str(), *v)).collect();
    // Old values whose owners are all gone or renumbered: a new enumerator
    // that takes one of them changes what old binaries mean by it.
    let mut lost: BTreeMap<i128, Vec<&str>> = BTreeMap::new();
    for (k, v) in oe {
        match new.get(k.as_str()) {
            None => {
                cx.push(
                    "abi-enumerator-removed",
                    format!("enumerator {k} = {v} of {key} was removed; existing binaries still pass and compare against {v}"),
                    &format!("{k} = {v}"),
                    "(none)",
                );
                lost.entry(*v).or_default().push(k);
            }
            Some(nv) if nv != v => {
                cx.push(
                    "abi-enumerator-value-changed",
                    format!("enumerator {k} of {key} changed value from {v} to {nv}; existing binaries use the old value"),
                    &format!("{k} = {v}"),
                    &format!("{k} = {nv}"),
                );
                lost.entry(*v).or_default().push(k);
            }
            Some(_) => {}
        }
    }
    let kept: HashSet<i128> = oe
        .iter()
        .filter(|(k, v)| new.get(k.as_str()) == Some(v))
        .map(|(_, v)| *v)
        .collect();
    let mut added = Vec::new();
    for (k, v) in ne {
        if old.contains_key(k.as_str()) {
            continue;
        }
        match lost.get(v) {
            Some(owners) if !kept.contains(v) => {
                cx.push(
                    "abi-enumerator-value-changed",
                    format!(
                        "new enumerator {k} of {key} takes the value {v}, which meant {} before; existing binaries that pass {v} now mean {k}",
                        owners.join(", ")
                    ),
                    &format!("{} = {v}", owners.join(", ")),
                    &format!("{k} = {v}"),
                );
            }
            _ => added.push(format!("{k} = {v}")),
        }
    }
    if !added.is_empty() {
        cx.push(
            "abi-enumerator-added",
            format!(
                "{key} gained enumerator(s) {}; compatible for existing binaries",
                added.join(", ")
            ),
            "",
            &added.join(", "),
        );
    }
}

/// How the exported interface uses the named types: one graph per input,
/// built once. Edges carry what happens to "used by value" on the way (kept
/// through qualifiers, arrays and members; lost through a pointer; regained
/// by a function type's parameters and result). Whether a type is used by
/// value is one forward pass over (type, by-value) states; which exported
/// symbols reach a type is asked only for the types that changed, by a
/// backward walk. Both are linear in the graph, never symbols × types.
struct Uses<'a> {
    index: HashMap<&'a str, usize>,
    by_value: Vec<bool>,
    /// Types whose definition names this one.
    parents: Vec<Vec<usize>>,
    /// Exported symbols whose signature or type names this one directly.
    roots: Vec<Vec<&'a str>>,
}

/// What reaching a named type through an expression does to "by value".
#[derive(Clone, Copy, PartialEq, Eq)]
enum Carry {
    Keep,
    Lose,
    Gain,
}

impl Carry {
    fn apply(self, bv: bool) -> bool {
        match self {
            Carry::Keep => bv,
            Carry::Lose => false,
            Carry::Gain => true,
        }
    }
}

/// The named types `ty` mentions, each with its [`Carry`].
fn named_in(ty: &str, out: &mut Vec<(String, Carry)>) {
    fn go(e: TypeExpr, c: Carry, out: &mut Vec<(String, Carry)>) {
        // An explicit stack: expressions can nest deeply.
        let mut stack = vec![(e, c)];
        while let Some((e, c)) = stack.pop() {
            match e {
                TypeExpr::Named(k) => out.push((k, c)),
                TypeExpr::Qualified(_, t) | TypeExpr::Array(t, _) => stack.push((*t, c)),
                TypeExpr::Pointer(t) | TypeExpr::Reference(t, _) => stack.push((*t, Carry::Lose)),
                TypeExpr::Function { params, ret, .. } => {
                    stack.push((*ret, Carry::Gain));
                    stack.extend(params.into_iter().map(|p| (p, Carry::Gain)));
                }
            }
        }
    }
    match parse_type_ref(ty) {
        Some(e) => go(e, Carry::Keep, out),
        None => out.push((ty.to_owned(), Carry::Keep)),
    }
}

impl<'a> Uses<'a> {
    fn new(info: &'a TypeInfo) -> Uses<'a> {
        let index: HashMap<&str, usize> = info
            .types
            .keys()
            .enumerate()
            .map(|(i, k)| (k.as_str(), i))
            .collect();
        let n = index.len();
        let mut edges: Vec<Vec<(usize, Carry)>> = vec![Vec::new(); n];
        let mut parents: Vec<Vec<usize>> = vec![Vec::new(); n];
        let mut roots: Vec<Vec<&str>> = vec![Vec::new(); n];
        let mut buf = Vec::new();
        for (from, def) in info.types.values().enumerate() {
            buf.clear();
            match def {
                TypeDef::Struct { members, .. } | TypeDef::Union { members, .. } => {
                    for m in members {
                        named_in(&m.ty, &mut buf);
                    }
                }
                TypeDef::Typedef { target } => named_in(target, &mut buf),
                TypeDef::Enum {
                    underlying: Some(u),
                    ..
                } => named_in(u, &mut buf),
                _ => {}
            }
            for (k, c) in buf.drain(..) {
                if let Some(&to) = index.get(k.as_str()) {
                    edges[from].push((to, c));
                    parents[to].push(from);
                }
            }
        }
        for p in &mut parents {
            p.sort_unstable();
            p.dedup();
        }
        let signatures = info
            .functions
            .iter()
            .flat_map(|(name, f)| {
                std::iter::once((name, &f.ret)).chain(f.params.iter().map(move |p| (name, &p.ty)))
            })
            .chain(info.variables.iter().map(|(name, v)| (name, &v.ty)));
        // (type, by value) states reached from the exported symbols.
        let mut seen = vec![[false; 2]; n];
        let mut stack = Vec::new();
        for (sym, ty) in signatures {
            buf.clear();
            named_in(ty, &mut buf);
            for (k, c) in buf.drain(..) {
                if let Some(&i) = index.get(k.as_str()) {
                    if roots[i].last() != Some(&sym.as_str()) {
                        roots[i].push(sym.as_str());
                    }
                    stack.push((i, c.apply(true)));
                }
            }
        }
        while let Some((i, bv)) = stack.pop() {
            if std::mem::replace(&mut seen[i][bv as usize], true) {
                continue;
            }
            for &(to, c) in &edges[i] {
                stack.push((to, c.apply(bv)));
            }
        }
        for r in &mut roots {
            r.sort_unstable();
            r.dedup();
        }
        Uses {
            index,
            by_value: seen.iter().map(|s| s[1]).collect(),
            parents,
            roots,
        }
    }

    /// Whether some exported symbol reaches `key` by value.
    fn by_value(&self, key: &str) -> bool {
        self.index.get(key).is_some_and(|&i| self.by_value[i])
    }

    /// The exported symbols that reach `key`, each with how many type
    /// definitions lie between its signature and `key` (0: the signature
    /// names it), keeping the smaller distance of those already in `out`.
    fn symbols(&self, key: &str, out: &mut HashMap<String, usize>) {
        let Some(&start) = self.index.get(key) else {
            return;
        };
        // Breadth first, so each type is met at its smallest distance.
        let mut seen = vec![false; self.parents.len()];
        let mut queue = std::collections::VecDeque::from([(start, 0usize)]);
        seen[start] = true;
        while let Some((i, d)) = queue.pop_front() {
            for s in &self.roots[i] {
                let e = out.entry((*s).to_owned()).or_insert(d);
                *e = (*e).min(d);
            }
            for &p in &self.parents[i] {
                if !std::mem::replace(&mut seen[p], true) {
                    queue.push_back((p, d + 1));
                }
            }
        }
    }
}

/// Anonymous types of `new` that are the old ones at another line: new key
/// to old key. First those with the same definition (up to anonymous names);
/// then, for those that also changed, the ones in the same place: the type of
/// the same member of the same (or already matched) type, or the target of
/// the same typedef.
fn anon_renames(old: &TypeInfo, new: &TypeInfo) -> BTreeMap<String, String> {
    let anon = |k: &str| k.contains("<anon@");
    let shape = |k: &str, d: &TypeDef| -> String {
        let kind = k.split(' ').next().unwrap_or("");
        let json = serde_json::to_string(d).unwrap_or_default();
        format!("{kind} {}", mask_anon(&json))
    };
    let mut candidates: BTreeMap<String, Vec<&str>> = BTreeMap::new();
    for (k, d) in &old.types {
        if anon(k) && !new.types.contains_key(k) {
            candidates.entry(shape(k, d)).or_default().push(k);
        }
    }
    let mut out: BTreeMap<String, String> = BTreeMap::new();
    let mut taken: HashSet<String> = HashSet::new();
    for (k, d) in &new.types {
        if anon(k) && !old.types.contains_key(k) {
            if let Some(list) = candidates.get_mut(&shape(k, d)) {
                if !list.is_empty() {
                    let o = list.remove(0).to_owned();
                    taken.insert(o.clone());
                    out.insert(k.clone(), o);
                }
            }
        }
    }
    // By place, until nothing changes (anonymous types nest).
    let unmatched_old = |k: &str, taken: &HashSet<String>| {
        anon(k) && !new.types.contains_key(k) && !taken.contains(k) && old.types.contains_key(k)
    };
    for _ in 0..16 {
        let mut changed = false;
        let back: BTreeMap<&str, &str> =
            out.iter().map(|(n, o)| (o.as_str(), n.as_str())).collect();
        let mut pairs: Vec<(String, String)> = Vec::new();
        for (ok, od) in &old.types {
            let nk = back.get(ok.as_str()).copied().unwrap_or(ok.as_str());
            let Some(nd) = new.types.get(nk) else {
                continue;
            };
            match (od, nd) {
                (
                    TypeDef::Struct { members: om, .. } | TypeDef::Union { members: om, .. },
                    TypeDef::Struct { members: nm, .. } | TypeDef::Union { members: nm, .. },
                ) => {
                    let nmap: BTreeMap<String, &Member> = members_by_key(nm).into_iter().collect();
                    for (mk, m) in members_by_key(om) {
                        if let Some(n) = nmap.get(&mk) {
                            pairs.push((m.ty.clone(), n.ty.clone()));
                        }
                    }
                }
                (TypeDef::Typedef { target: ot }, TypeDef::Typedef { target: nt }) => {
                    pairs.push((ot.clone(), nt.clone()));
                }
                _ => {}
            }
        }
        for (o, n) in pairs {
            let same_kind = o.split(' ').next() == n.split(' ').next();
            if same_kind
                && anon(&n)
                && !old.types.contains_key(&n)
                && !out.contains_key(&n)
                && new.types.contains_key(&n)
                && unmatched_old(&o, &taken)
            {
                taken.insert(o.clone());
                out.insert(n, o);
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
    out
}

fn mask_anon(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find("<anon@") {
        out.push_str(&rest[..i]);
        out.push_str("<anon>");
        rest = match rest[i..].find('>') {
            Some(j) => &rest[i + j + 1..],
            None => "",
        };
    }
    out.push_str(rest);
    out
}

fn rename(s: &str, renames: &BTreeMap<String, String>) -> String {
    if !s.contains("<anon@") {
        return s.to_owned();
    }
    let mut out = s.to_owned();
    for (from, to) in renames {
        // Keys are "struct <anon@...>": replace the unique <anon@...> part.
        let (f, t) = (
            from.split_once(' ').map_or(from.as_str(), |x| x.1),
            to.split_once(' ').map_or(to.as_str(), |x| x.1),
        );
        if out.contains(f) {
            out = out.replace(f, t);
        }
    }
    out
}

fn rename_info(info: &TypeInfo, renames: &BTreeMap<String, String>) -> TypeInfo {
    let r = |s: &str| rename(s, renames);
    let members = |ms: &[Member]| -> Vec<Member> {
        ms.iter()
            .map(|m| Member {
                ty: r(&m.ty),
                ..m.clone()
            })
            .collect()
    };
    TypeInfo {
        functions: info
            .functions
            .iter()
            .map(|(k, f)| {
                (
                    k.clone(),
                    Function {
                        ret: r(&f.ret),
                        params: f
                            .params
                            .iter()
                            .map(|p| Param {
                                name: p.name.clone(),
                                ty: r(&p.ty),
                            })
                            .collect(),
                        variadic: f.variadic,
                    },
                )
            })
            .collect(),
        variables: info
            .variables
            .iter()
            .map(|(k, v)| (k.clone(), Variable { ty: r(&v.ty) }))
            .collect(),
        types: info
            .types
            .iter()
            .map(|(k, d)| {
                let d = match d {
                    TypeDef::Struct {
                        size,
                        members: ms,
                        vtable,
                        by_reference,
                        explicit,
                        declaration_only,
                    } => TypeDef::Struct {
                        size: *size,
                        members: members(ms),
                        vtable: vtable.clone(),
                        by_reference: *by_reference,
                        explicit: explicit.clone(),
                        declaration_only: *declaration_only,
                    },
                    TypeDef::Union {
                        size,
                        members: ms,
                        declaration_only,
                    } => TypeDef::Union {
                        size: *size,
                        members: members(ms),
                        declaration_only: *declaration_only,
                    },
                    TypeDef::Enum {
                        size,
                        underlying,
                        enumerators,
                        scoped,
                        declaration_only,
                    } => TypeDef::Enum {
                        size: *size,
                        underlying: underlying.as_deref().map(r),
                        enumerators: enumerators.clone(),
                        scoped: *scoped,
                        declaration_only: *declaration_only,
                    },
                    TypeDef::Typedef { target } => TypeDef::Typedef { target: r(target) },
                    b @ TypeDef::Base { .. } => b.clone(),
                };
                (r(k), d)
            })
            .collect(),
        decl_files: info
            .decl_files
            .iter()
            .map(|(k, f)| (r(k), f.clone()))
            .collect(),
        header_filtered: info.header_filtered,
        private_types: info.private_types.iter().map(|k| r(k)).collect(),
    }
}
