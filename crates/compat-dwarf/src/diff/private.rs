//! Changes only to a C++ class's private members that no code compiled
//! into consumers can read: every member function the class declares is
//! defined out of line, not `inline`, in the library, it declares its own
//! constructor (no implicit one initialises the members in consumers), and
//! it is passed by hidden reference (its members decide no registers).

use crate::model::{Member, TypeDef, TypeInfo};

/// Why a change of `key` from `o` to `n` (same size) touches nothing
/// consumers' code reads, or `None` when it may.
pub(super) fn unreadable_private_change(
    (oi, ni): (&TypeInfo, &TypeInfo),
    key: &str,
    o: &TypeDef,
    n: &TypeDef,
) -> Option<String> {
    let (
        TypeDef::Struct {
            size: os,
            members: om,
            by_reference: true,
            ..
        },
        TypeDef::Struct {
            size: ns,
            members: nm,
            by_reference: true,
            ..
        },
    ) = (o, n)
    else {
        return None;
    };
    let any_private = om.iter().chain(nm).any(|m| m.private);
    if os != ns || !any_private || visible(om) != visible(nm) {
        return None;
    }
    (encapsulated(oi, o) && encapsulated(ni, n)).then(|| {
        format!(
            "only private members of {key} changed, and every member function it declares is defined out of line in the library, so no consumer code reads them"
        )
    })
}

/// The members code outside the class may read: (name, offset, width, type).
fn visible(members: &[Member]) -> Vec<(&Option<String>, u64, Option<u64>, &str)> {
    members
        .iter()
        .filter(|m| !m.private)
        .map(|m| (&m.name, m.offset_bits, m.bit_size, m.ty.as_str()))
        .collect()
}

/// Declares its own constructor and member functions, all defined out of
/// line and not `inline` in the library.
fn encapsulated(info: &TypeInfo, def: &TypeDef) -> bool {
    matches!(def, TypeDef::Struct { methods, user_constructor: true, .. }
        if !methods.is_empty() && methods.iter().all(|m| info.out_of_line.contains(m)))
}
