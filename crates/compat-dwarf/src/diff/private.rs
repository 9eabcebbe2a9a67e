//! Changes only to a C++ class's private members that no code compiled
//! into consumers can read: every member function the class declares is
//! defined out of line, not `inline`, in the library, it declares its own
//! constructor (no implicit one initialises the members in consumers), and
//! it is passed by hidden reference (its members decide no registers).
//!
//! And the classes only the library sets up: every data member private, every
//! member function (its constructors among them) out of line in the library,
//! trivially copyable. Consumers cannot write a byte of one: each object is
//! built by the library's constructor or copied whole from one that was, so a
//! member the library adds into its padding is set in every object.

use crate::model::{parse_type_ref, Member, TypeDef, TypeExpr, TypeInfo};

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

/// Why only the library writes the bytes of class `key` in both versions, or
/// `None`: every data member is private (no base class, no vtable), every
/// member function it declares, its own constructor among them, is defined
/// out of line in the library, and it is trivially copyable (not passed by
/// hidden reference: no user-provided copy, move or destructor, no member
/// with one), so consumers' copies move its whole representation rather than
/// member by member. A member added into its padding is then set by the
/// library's constructor in every object, whoever allocated it.
pub(super) fn library_built((oi, ni): (&TypeInfo, &TypeInfo), key: &str) -> Option<String> {
    let sealed = |info: &TypeInfo| match info.types.get(key) {
        Some(
            def @ TypeDef::Struct {
                members,
                vtable,
                by_reference: false,
                ..
            },
        ) => {
            vtable.is_empty()
                && !members.is_empty()
                && members.iter().all(|m| trivially_copyable(info, &m.ty, 0))
                && members
                    .iter()
                    .all(|m| m.private && !m.name.as_deref().is_some_and(|n| n.starts_with('<')))
                && encapsulated(info, def)
        }
        _ => false,
    };
    (sealed(oi) && sealed(ni)).then(|| {
        format!(
            "but only the library sets up a {key}: its members are private, its constructors and every member function are defined out of line in the library (which sets the new member), and it is trivially copyable, so copies carry every byte"
        )
    })
}

/// Whether a member of type `ty` is copied as its bytes: scalars, pointers,
/// enums, and arrays, unions and classes of such without a vtable and not
/// passed by hidden reference. A class DWARF only declares, or one holding
/// a `std::string` (whose user-provided copy constructor makes the
/// enclosing class's implicit one copy member by member, skipping padding),
/// is not.
fn trivially_copyable(info: &TypeInfo, ty: &str, depth: u32) -> bool {
    fn expr(info: &TypeInfo, e: &TypeExpr, depth: u32) -> bool {
        match e {
            TypeExpr::Pointer(_) => true,
            TypeExpr::Qualified(_, t) | TypeExpr::Array(t, _) => expr(info, t, depth),
            TypeExpr::Named(k) => match info.types.get(k) {
                Some(TypeDef::Base { .. }) => true,
                Some(TypeDef::Enum { .. }) => true,
                Some(TypeDef::Typedef { target }) => trivially_copyable(info, target, depth + 1),
                Some(TypeDef::Struct {
                    members,
                    vtable,
                    by_reference: false,
                    declaration_only: false,
                    ..
                }) => {
                    vtable.is_empty()
                        && members
                            .iter()
                            .all(|m| trivially_copyable(info, &m.ty, depth + 1))
                }
                Some(TypeDef::Union {
                    members,
                    declaration_only: false,
                    ..
                }) => members
                    .iter()
                    .all(|m| trivially_copyable(info, &m.ty, depth + 1)),
                _ => false,
            },
            // References (not copyable by assignment) and functions.
            _ => false,
        }
    }
    depth <= 16 && parse_type_ref(ty).is_some_and(|e| expr(info, &e, depth))
}
