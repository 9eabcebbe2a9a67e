//! Virtual function tables of C++ classes: slots moved, removed, inserted,
//! appended, and overrides of inherited slots.

use super::*;

/// Virtual functions: a slot that moved or disappeared breaks every caller
/// that dispatches through it (callers compile the slot number in, whether
/// they hold the object by value or by pointer); one appended after every
/// old slot is compatible unless consumers derive from the class.
/// The virtual functions a class shares its vtable with: those of its
/// primary base (the non-virtual base at offset 0), and of that base's, and
/// so on. An entry at one of their slots overrides, it adds no slot.
pub(super) fn primary_bases<'i>(info: &'i TypeInfo, key: &str) -> Vec<&'i VirtualFn> {
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

/// Whether `long` and `long long` are one size here (LP64), by the base
/// types either version's DWARF describes.
fn long_is_long_long(infos: [&TypeInfo; 2]) -> bool {
    let size = |name: &str| {
        infos.iter().find_map(|i| match i.types.get(name) {
            Some(TypeDef::Base { size, .. }) => Some(*size),
            _ => None,
        })
    };
    let long = size("long int").or_else(|| size("long unsigned int"));
    let long_long = size("long long int")
        .or_else(|| size("long long unsigned int"))
        .or(Some(8));
    long.is_some() && long == long_long
}

/// The two virtual functions (C++ linkage names) differ only in parameter
/// types that are the same integers on this target (`unsigned long long`
/// and `uint64_t`, which is `unsigned long` on LP64): the mangled names
/// differ, but a call through the slot passes the same bytes in the same
/// registers.
fn same_call_through_slot(o: &str, n: &str, lp64: bool) -> bool {
    let norm = |s: &str| -> Option<String> {
        let d = compat_elf::demangle(s)?;
        Some(if lp64 {
            d.replace("unsigned long long", "unsigned long")
                .replace("long long", "long")
        } else {
            d
        })
    };
    o != n && lp64 && norm(o).is_some_and(|a| norm(n).is_some_and(|b| a == b))
}

/// The parameter lists (`(double)`, `(float) const`) of two virtual
/// functions (C++ linkage names) that are the same member function of the
/// same class, by name, with other parameters or qualifiers; `None` for
/// anything else (other names, operators, names that do not demangle).
fn same_function_other_signature(o: &str, n: &str) -> Option<(String, String)> {
    let (op, orest) = compat_elf::demangle::nested_name_parts(o)?;
    let (np, nrest) = compat_elf::demangle::nested_name_parts(n)?;
    if o == n || op != np || !orest.starts_with('E') || !nrest.starts_with('E') {
        return None;
    }
    let params = |sym: &str| -> Option<String> {
        let d = compat_elf::demangle(sym)?;
        d.find('(').map(|i| d[i..].to_owned())
    };
    let (was, now) = (params(o)?, params(n)?);
    // Only the parameters, not a qualifier of the function, tell the
    // arguments a call passes.
    let args = |p: &str| p.rfind(')').map(|i| p[..=i].to_owned());
    (args(&was)? != args(&now)?).then_some((was, now))
}

/// A C++ linkage name demangled (`Shape::scale(double)`), else the name.
fn demangled_or_name(sym: &str) -> String {
    compat_elf::demangle(sym).unwrap_or_else(|| sym.to_owned())
}

/// The virtual function that took the slot of `o` (which the new vtable no
/// longer has by its name): one at the same slot that the old vtable has no
/// function of its name for, and for which `test` says something.
fn slot_successor<'n, T>(
    o: &VirtualFn,
    ov: &[VirtualFn],
    nv: &'n [VirtualFn],
    test: impl Fn(&VirtualFn) -> Option<T>,
) -> Option<(&'n VirtualFn, T)> {
    if o.slot.is_none() || nv.iter().any(|n| n.name == o.name) {
        return None;
    }
    nv.iter()
        .filter(|n| n.slot == o.slot && !ov.iter().any(|x| x.name == n.name))
        .find_map(|n| test(n).map(|t| (n, t)))
}

pub(super) fn compare_vtables(
    cx: &mut Cx<'_>,
    key: &str,
    (ov, nv): (&[VirtualFn], &[VirtualFn]),
    (old_bases, new_bases): (&[&VirtualFn], &[&VirtualFn]),
    (old, new): (&TypeInfo, &TypeInfo),
) {
    // GCC records no slot for a virtual destructor (no
    // DW_AT_vtable_elem_location: it takes two): say so, not `?`.
    let slot = |s: Option<u64>| s.map_or_else(|| "unknown".to_owned(), |s| s.to_string());
    // A slot as the subject's old or new value says it: what a folded
    // finding shows after the function's name.
    let slot_value = |s: Option<u64>| format!("vtable slot {}", slot(s));
    let vtable = vtable_name(key, ov.iter().chain(nv));
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
    // A class with protected members is meant to be derived from too.
    let derivable = matches!(
        old.types.get(key),
        Some(TypeDef::Struct {
            protected: true,
            ..
        })
    );
    let implemented = derivable
        || ov
            .iter()
            .chain(old_bases.iter().copied())
            .any(|v| v.pure || (v.slot.is_some() && !old.functions.contains_key(&v.name)));
    // The old class was defined in full, with no virtual function of its
    // own or of a base and no vtable pointer: the new one gains its vtable.
    let first_vtable = ov.is_empty()
        && old_bases.is_empty()
        && matches!(
            old.types.get(key),
            Some(d @ TypeDef::Struct { members, .. }) if !d.is_declaration_only()
                && !members.iter().any(|m| m.name.as_deref().is_some_and(|n| n.starts_with("_vptr")))
        );
    // Slots whose function was retyped between same-size integers: one
    // info finding each, and neither side counts as removed or inserted.
    let lp64 = long_is_long_long([old, new]);
    let mut retyped: Vec<(&str, &str)> = Vec::new();
    for o in ov {
        let Some((n, ())) = slot_successor(o, ov, nv, |n| {
            same_call_through_slot(&o.name, &n.name, lp64).then_some(())
        }) else {
            continue;
        };
        retyped.push((&o.name, &n.name));
        let f = cx.push(
            "abi-vtable-order-changed",
            format!(
                "virtual function {} of {key} at vtable slot {} is now {}: its parameters changed only between integers of the same size and signedness on this target, so calls through the slot pass the same bytes in the same registers (its mangled name changed: an API change)",
                display_name(&o.name),
                slot(o.slot),
                display_name(&n.name)
            ),
            &o.name,
            &n.name,
        );
        f.subject.symbol = Some(o.name.clone());
        f.set_severity(Severity::Info);
    }
    // Slots whose function kept its name but not its parameters (`f(int)`
    // to `f(long)`): one finding each, saying what changed, not a removal
    // and an insertion at the same slot.
    for o in ov {
        if retyped.iter().any(|(a, _)| *a == o.name) {
            continue;
        }
        let Some((n, (was, now))) = slot_successor(o, ov, nv, |n| {
            same_function_other_signature(&o.name, &n.name)
        }) else {
            continue;
        };
        retyped.push((&o.name, &n.name));
        let f = cx.push(
            "abi-vtable-order-changed",
            format!(
                "virtual function {} of {key} at vtable slot {} is now {}: its parameter list changed from {was} to {now} in the same slot; callers built against the old class still call through the slot and pass arguments for {was}, which the new function reads as {now}",
                display_name(&o.name),
                slot(o.slot),
                display_name(&n.name)
            ),
            &demangled_or_name(&o.name),
            &demangled_or_name(&n.name),
        );
        f.subject.symbol = Some(o.name.clone());
    }
    for o in ov {
        if retyped.iter().any(|(a, _)| *a == o.name) {
            continue;
        }
        match nv.iter().find(|n| n.name == o.name) {
            Some(n) if n.slot != o.slot && o.slot.is_some() && n.slot.is_some() => {
                cx.push(
                    "abi-vtable-order-changed",
                    format!(
                        "virtual function {} moved from slot {} to slot {} of {vtable}{}; callers built against the old class call the wrong function",
                        display_name(&o.name),
                        slot(o.slot),
                        slot(n.slot),
                        why_moved((o, n), (ov, nv), &retyped)
                    ),
                    &slot_value(o.slot),
                    &slot_value(n.slot),
                )
                .subject
                .symbol = Some(o.name.clone());
            }
            Some(_) => {}
            None if inherited(new_bases, o.slot) => {
                let f = cx.push(
                    "abi-vtable-order-changed",
                    format!(
                        "{key} no longer overrides the virtual function at slot {} of {vtable} ({} is gone); the slot stays, now holding the base class's function",
                        slot(o.slot),
                        display_name(&o.name)
                    ),
                    &slot_value(o.slot),
                    "inherited",
                );
                f.subject.symbol = Some(o.name.clone());
                f.set_severity(Severity::Info);
            }
            None => {
                cx.push(
                    "abi-vtable-order-changed",
                    format!(
                        "virtual function {} (slot {} of {vtable}) was removed; callers built against the old class call whatever is in its slot now",
                        display_name(&o.name),
                        slot(o.slot)
                    ),
                    &slot_value(o.slot),
                    "removed",
                )
                .subject
                .symbol = Some(o.name.clone());
            }
        }
    }
    for n in nv {
        if ov.iter().any(|o| o.name == n.name) || retyped.iter().any(|(_, b)| *b == n.name) {
            continue;
        }
        if inherited(old_bases, n.slot) {
            let f = cx.push(
                "abi-vtable-order-changed",
                format!(
                    "{} now overrides the inherited virtual function at slot {} of {vtable}; the vtable keeps its size and order",
                    display_name(&n.name),
                    slot(n.slot)
                ),
                "inherited",
                &slot_value(n.slot),
            );
            f.subject.symbol = Some(n.name.clone());
            f.set_severity(Severity::Info);
            continue;
        }
        let appended = match (n.slot, last_old) {
            (Some(s), Some(l)) => s > l,
            (_, None) => true,
            (None, Some(_)) => false,
        };
        let f = cx.push(
            "abi-vtable-order-changed",
            if first_vtable {
                format!(
                    "virtual function {} is the first of {key} (slot {}): the class now has a vtable, and the vtable pointer placed at its start moves its data members and grows it (reported as layout findings)",
                    display_name(&n.name),
                    slot(n.slot)
                )
            } else if appended && implemented {
                format!(
                    "virtual function {} was appended to {vtable} (slot {}); consumers derive from {key} (it has pure virtual functions or protected members), and the vtables of their classes have no such slot: the library calls past their end",
                    display_name(&n.name),
                    slot(n.slot)
                )
            } else if appended {
                format!(
                    "virtual function {} was appended to {vtable} (slot {}); existing slots keep their places, but classes that consumers derive from {key} get a longer vtable",
                    display_name(&n.name),
                    slot(n.slot)
                )
            } else {
                format!(
                    "virtual function {} was inserted into {vtable} at slot {}; the slots after it move",
                    display_name(&n.name),
                    slot(n.slot)
                )
            },
            "not in the vtable",
            &slot_value(n.slot),
        );
        f.subject.symbol = Some(n.name.clone());
        if first_vtable || (appended && !implemented) {
            f.set_severity(Severity::Info);
        }
    }
}

/// How the vtable of `key` reads in messages: as its symbol demangles
/// (`vtable for geo::Shape`, from the class of one of its virtual
/// functions), else `the vtable of struct geo::Shape`.
fn vtable_name<'v>(key: &str, mut fns: impl Iterator<Item = &'v VirtualFn>) -> String {
    fns.find_map(|v| class_of_method(&v.name))
        .and_then(|class| compat_elf::demangle(&format!("_ZTV{class}")))
        .unwrap_or_else(|| format!("the vtable of {key}"))
}

/// Why the virtual function `o` (old) / `n` (new) changed slot, as a clause
/// after its slots (`, since Shape::perimeter() was inserted before it`):
/// the new functions at lower slots when it moved down, the removed ones
/// that were at lower slots when it moved up (not those `retyped` in their
/// slot, old name first); empty when neither explains it.
fn why_moved(
    (o, n): (&VirtualFn, &VirtualFn),
    (ov, nv): (&[VirtualFn], &[VirtualFn]),
    retyped: &[(&str, &str)],
) -> String {
    let (Some(was), Some(now)) = (o.slot, n.slot) else {
        return String::new();
    };
    let names = |fns: Vec<&VirtualFn>| -> String {
        let shown: Vec<String> = fns.iter().map(|v| demangled_or_name(&v.name)).collect();
        super::and_list(&shown)
    };
    let (fns, what) = if now > was {
        let inserted = nv
            .iter()
            .filter(|v| {
                v.slot.is_some_and(|s| s < now)
                    && !ov.iter().any(|x| x.name == v.name)
                    && !retyped.iter().any(|(_, b)| *b == v.name)
            })
            .collect::<Vec<_>>();
        (inserted, "inserted before it")
    } else {
        let removed = ov
            .iter()
            .filter(|v| {
                v.slot.is_some_and(|s| s < was)
                    && !nv.iter().any(|x| x.name == v.name)
                    && !retyped.iter().any(|(a, _)| *a == v.name)
            })
            .collect::<Vec<_>>();
        (removed, "removed from the slots before it")
    };
    let verb = if fns.len() == 1 { "was" } else { "were" };
    match names(fns) {
        n if n.is_empty() => String::new(),
        n => format!(", since {n} {verb} {what}"),
    }
}

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
