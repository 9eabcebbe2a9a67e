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

mod anon;
mod enums;
mod members;
mod uses;
mod vtable;

use anon::{anon_renames, rename_info};
use enums::{compare_enums, compare_underlying};
use members::{compare_members, members_by_key};
use uses::Uses;
use vtable::{compare_vtables, primary_bases};

/// The C++ classes with virtual functions that no consumer can name (the
/// old version declares them only in the library's sources or internal
/// headers, or instantiates a template over such a type), spelled as in
/// their vtable's symbol (`_ZTV9MidiInApi` → `9MidiInApi`): the symbol-level
/// diff judges a change of their vtable's size by this.
pub fn private_vtable_classes(old: &TypeInfo, new: &TypeInfo) -> std::collections::HashSet<String> {
    let exp = Exposures::new(old, old.header_filtered && new.header_filtered);
    old.types
        .iter()
        .filter_map(|(key, def)| match def {
            TypeDef::Struct { vtable, .. } if !vtable.is_empty() => {
                matches!(exposure::deciding(&exp, new, key), Exposure::Private(_))
                    .then(|| vtable.iter().find_map(|v| class_of_method(&v.name)))
                    .flatten()
            }
            _ => None,
        })
        .collect()
}

/// The class of a C++ member function's linkage name, as its vtable's
/// symbol spells it (`_ZN9MidiInApi13setBufferSizeEjj` → `9MidiInApi`,
/// `_ZN2ns6WidgetD1Ev` → `N2ns6WidgetE`).
fn class_of_method(sym: &str) -> Option<String> {
    let (parts, rest) = compat_elf::demangle::nested_name_parts(sym)?;
    // A constructor or destructor names no member after the class.
    let special = rest.starts_with('C') || rest.starts_with('D');
    let class = if special {
        &parts[..]
    } else {
        &parts[..parts.len().checked_sub(1)?]
    };
    compat_elf::demangle::vtable_class(class)
}

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
    // A struct or union whose definition moved from a header consumers
    // include into the library's sources or an internal header: binaries
    // are unaffected (their layout findings, if any, follow), but sources
    // that read its members no longer compile.
    if !headers_decide {
        for (key, from) in &old.decl_files {
            let Some(to) = new.decl_files.get(key) else {
                continue;
            };
            let defined = |info: &TypeInfo| {
                matches!(
                    info.types.get(key),
                    Some(
                        TypeDef::Struct {
                            declaration_only: false,
                            ..
                        } | TypeDef::Union { .. }
                    )
                )
            };
            if exposure::hidden_file(from) || !exposure::hidden_file(to) || !defined(old) {
                continue;
            }
            let f = cx.push(
                "abi-type-made-internal",
                format!(
                    "{key} is no longer defined in the header {from} but in {to}, which consumers do not include: binaries are unaffected, but sources that read its members or allocate it no longer compile (use the library's functions instead)"
                ),
                from,
                to,
            );
            f.set_severity(Severity::Info);
            f.subject.type_name = Some(key.clone());
            f.group = Some(format!("type:{key}"));
        }
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
        for f in &mut cx.findings[start..] {
            f.subject.symbols = symbols.clone();
            f.subject.type_name = Some(key.clone());
            f.group = Some(format!("type:{key}"));
            // A member added into padding of a type callers fill and hand in:
            // the library reads bytes old callers never set.
            // (Not for bit-fields, which take bits an unnamed bit-field
            // reserved, nor for an extensible struct, which says its size.)
            if f.rule == "abi-member-added"
                && matches!(exposure, Exposure::Public(_))
                && old_exp.is_input(key)
                && added_in_padding_is_read(new, key, f.subject.new_value.as_deref().unwrap_or(""))
            {
                f.set_severity(Severity::Breaking);
                f.message = format!(
                    "{key} gained member(s) {} in its padding, without changing its size or the offsets of existing members; but callers fill {key} and hand it in, so the library reads the new member(s) from bytes old callers never set",
                    f.subject.new_value.as_deref().unwrap_or_default()
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
    cx.findings
}

struct Cx<'a> {
    inputs: (&'a str, &'a str),
    findings: Vec<Finding>,
    /// The type being compared is public and reached only through pointers
    /// callers fill and hand in: a leading `version` member then tells the
    /// library which members the caller has (see `members::size_versioned`).
    callers_version_it: bool,
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
            .or_else(|| {
                eq.record_top_quals_changed(&o.ret, &n.ret).then(|| {
                    (
                        Severity::Info,
                        "only the top-level qualifiers of the returned class changed: it is returned the same way under the same symbol, but whether callers may move from the result changed (an API change only)".to_owned(),
                    )
                })
            })
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
        let change = value_change(eq, &op.ty, &np.ty, "existing callers pass the old type")
            .or_else(|| match eq.restrict_changed(&op.ty, &np.ty) {
                Some(true) => Some((
                    Severity::Warning,
                    "it is now restrict: the library may assume the memory it points to is reached through no other parameter, so callers that pass overlapping buffers, which the old version tolerated, get undefined results".to_owned(),
                )),
                Some(false) => Some((
                    Severity::Info,
                    "it is no longer restrict: overlapping arguments are now allowed (an API change only)".to_owned(),
                )),
                None => None,
            });
        if let Some((severity, why)) = change {
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
                f.set_severity(Severity::Info);
            }
        }
        let (oi, ni) = eq.infos();
        compare_vtables(
            cx,
            key,
            (ov, nv),
            (&primary_bases(oi, key), &primary_bases(ni, key)),
            (oi, ni),
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
                        f.set_severity(Severity::Info);
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

/// Whether members added to `key` without moving anything are read from
/// bytes old callers left unset: not when every added member is a bit-field
/// (the idiom for reserved bits), nor when the struct is extensible (its
/// first member, an unsigned `size`/`sz`, says how much the caller filled).
fn added_in_padding_is_read(new: &TypeInfo, key: &str, added: &str) -> bool {
    let Some(TypeDef::Struct { members, .. }) = new.types.get(key) else {
        return false;
    };
    let extensible = members
        .first()
        .and_then(|m| m.name.as_deref())
        .is_some_and(members::is_size_field);
    let names: Vec<&str> = added.split(", ").collect();
    // Bit-fields take bits an unnamed bit-field reserved; an empty base
    // takes no bytes at all (sigc::trackable gaining sigc::notifiable).
    let no_bytes_read = members
        .iter()
        .filter(|m| m.name.as_deref().is_some_and(|n| names.contains(&n)))
        .all(|m| m.bit_size.is_some() || is_empty_class(new, &m.ty, 0));
    !extensible && !no_bytes_read
}

/// A class with no data, no vtable and only empty bases: as a base it
/// takes no bytes (the empty-base optimisation).
fn is_empty_class(info: &TypeInfo, ty: &str, depth: u32) -> bool {
    if depth > 16 {
        return false;
    }
    match info.types.get(ty) {
        Some(TypeDef::Struct {
            members, vtable, ..
        }) => {
            vtable.is_empty()
                && members.iter().all(|m| {
                    m.name.as_deref().is_some_and(|n| n.starts_with("<base "))
                        && is_empty_class(info, &m.ty, depth + 1)
                })
        }
        Some(TypeDef::Typedef { target }) => is_empty_class(info, target, depth + 1),
        _ => false,
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
