//! Members matched by their bytes rather than by their names (issue 8, part
//! 2: compare layouts, not spellings).
//!
//! Members are matched by name first (`members.rs`). Two changes defeat that
//! although every byte an old binary touches means what it meant:
//!
//! - scalars merged into one array of their type at their bytes (xxHash's
//!   accumulators `v1`..`v4` made `v[4]`), or an array split into scalars of
//!   its element type (the reverse): each old member is an element at its
//!   old offset;
//! - a member renamed in place whose old name is reused for a new member of
//!   another type elsewhere (libpciaccess's `uint16_t domain` renamed
//!   `domain_16` at byte 0, a `uint32_t domain` added in the tail padding):
//!   matched by name, the old member looks retyped and moved, but a member of
//!   its type still sits at its place.
//!
//! A source-level rename is all either is when the names say so: `info`.
//! Scalars merged into an array under other names than the array's with
//! consecutive indices keep the layout but maybe not the meaning, as any
//! member replaced in place by another of its size: `warning`. A name moved
//! is matched by place only when the member keeping the place has a name
//! containing the old one, or contained in it (`domain_16`): otherwise a
//! member inserted before a retyped one is as likely, and the names decide.

use std::collections::BTreeMap;

use crate::equiv::{Equiv, Tier};
use crate::model::{parse_type_ref, Member, TypeDef, TypeExpr, TypeInfo};

/// The element type and bound of a one-dimensional-or-more array type `ty`
/// (through typedefs): `XXH64_hash_t[4]` is (`XXH64_hash_t`, 4). `None` for
/// anything else, and for a qualified array (whose qualifier belongs to the
/// elements).
pub(super) fn array_parts(info: &TypeInfo, ty: &str) -> Option<(String, u64)> {
    let mut e = parse_type_ref(ty)?;
    for _ in 0..16 {
        e = match e {
            TypeExpr::Array(t, Some(n)) => return Some((t.to_string(), n)),
            TypeExpr::Named(k) => match info.types.get(&k) {
                Some(TypeDef::Typedef { target }) => parse_type_ref(target)?,
                _ => return None,
            },
            _ => return None,
        };
    }
    None
}

/// Whether `names`, in offset order, name the elements of array `array` in
/// order: the array's name (or a name containing it, or contained in it)
/// followed by consecutive indices from 0 or 1, with or without an
/// underscore (`v1`..`v4` or `v_0`..`v_3` for `v`).
pub(super) fn indexed_names(array: &str, names: &[&str]) -> bool {
    let mut first = None;
    for (i, n) in names.iter().enumerate() {
        let stem = n.trim_end_matches(|c: char| c.is_ascii_digit());
        let Ok(ix) = n[stem.len()..].parse::<u64>() else {
            return false;
        };
        let stem = stem.strip_suffix('_').unwrap_or(stem);
        if stem.is_empty()
            || !(stem.eq_ignore_ascii_case(array) || super::members::related_names(stem, array))
        {
            return false;
        }
        let start = *first.get_or_insert(ix);
        if start > 1 || Some(ix) != start.checked_add(i as u64) {
            return false;
        }
    }
    !names.is_empty()
}

/// A run of old members merged into one added array: the array's name and
/// the old members' names, in offset order.
pub(super) struct Merge<'m> {
    pub(super) array: &'m str,
    pub(super) run: Vec<&'m str>,
}

/// The added arrays whose elements are exactly old members that lost their
/// names: for an added array `T[N]` (not a bit-field) at offset `o`, an old
/// member removed by name at each `o + i * sizeof(T)`, of `T`'s size and
/// the same representation (`Tier::Alias` at most). `gone(name)` says whether
/// an old member is gone by name (not in the new version, not even inside an
/// anonymous struct or union).
pub(super) fn merges<'m>(
    eq: &mut Equiv<'_>,
    old: &'m [(String, &'m Member)],
    added: &[(&'m str, &'m Member)],
    gone: impl Fn(&str) -> bool,
) -> Vec<Merge<'m>> {
    let (_, ni) = eq.infos();
    let mut out = Vec::new();
    for (name, a) in added {
        if a.bit_size.is_some() {
            continue;
        }
        let Some((elem, count)) = array_parts(ni, &a.ty).filter(|(_, n)| *n >= 2) else {
            continue;
        };
        let Some(size) = eq.bytes_new(&elem).filter(|s| *s > 0) else {
            continue;
        };
        let mut run = Vec::new();
        for i in 0..count {
            let at = a.offset_bits + i * size * 8;
            let found = old.iter().find(|(k, m)| {
                m.offset_bits == at
                    && m.bit_size.is_none()
                    && m.name.is_some()
                    && gone(k)
                    && eq.bytes_old(&m.ty) == Some(size)
                    && eq.compare_member(&m.ty, &elem) <= Tier::Alias
            });
            match found {
                Some((k, _)) => run.push(k.as_str()),
                None => break,
            }
        }
        if run.len() as u64 == count {
            out.push(Merge { array: name, run });
        }
    }
    out
}

/// Whether old array member `m` was split into the added members `by` (which
/// fill its bytes back to back, in order): as many as its bound, each of its
/// element type's representation.
pub(super) fn split_into(
    eq: &mut Equiv<'_>,
    m: &Member,
    by: &[&str],
    new_map: &BTreeMap<&str, &Member>,
) -> bool {
    let (oi, _) = eq.infos();
    if m.bit_size.is_some() {
        return false;
    }
    let Some((elem, count)) = array_parts(oi, &m.ty) else {
        return false;
    };
    count == by.len() as u64
        && by.iter().all(|b| {
            new_map.get(b).is_some_and(|n| {
                n.bit_size.is_none() && eq.compare_member(&elem, &n.ty) <= Tier::Alias
            })
        })
}

/// For old member `m` (named `name`), whose name now belongs to member `n`
/// of another representation (or bit-field width), the added member that
/// keeps `m`'s place and type under a name related to the old one (one
/// contains the other: `domain_16` for `domain`): at its offset, of its bit
/// width and `Tier::Alias` at most. With unrelated names (`int b` at byte 4,
/// then `int c` there and `float b` after it) a member inserted before a
/// retyped `b` is as likely, so the names decide as before. `taken` says
/// whether an added member is already claimed.
pub(super) fn renamed_away<'m>(
    eq: &mut Equiv<'_>,
    name: &str,
    m: &Member,
    n: &Member,
    added: &[(&'m str, &'m Member)],
    taken: impl Fn(&str) -> bool,
) -> Option<&'m str> {
    m.name.as_ref()?;
    let retyped = n.bit_size != m.bit_size || eq.compare_member(&m.ty, &n.ty) > Tier::Alias;
    if !retyped {
        return None;
    }
    added
        .iter()
        .find(|(k, r)| {
            !taken(k)
                && r.name.is_some()
                && super::members::related_names(name, k)
                && r.offset_bits == m.offset_bits
                && r.bit_size == m.bit_size
                && eq.compare_member(&m.ty, &r.ty) <= Tier::Alias
        })
        .map(|(k, _)| *k)
}

#[cfg(test)]
mod tests {
    use super::indexed_names;

    #[test]
    fn indexed_names_follow_the_array() {
        assert!(indexed_names("v", &["v1", "v2", "v3", "v4"]));
        assert!(indexed_names("v", &["v_0", "v_1"]));
        assert!(indexed_names("acc", &["acc0", "acc1", "acc2"]));
        assert!(indexed_names("lanes", &["lane1", "lane2"]));
        // Out of order, skipping, not from 0 or 1, another stem, no index.
        assert!(!indexed_names("v", &["v2", "v1"]));
        assert!(!indexed_names("v", &["v1", "v3"]));
        assert!(!indexed_names("v", &["v2", "v3"]));
        assert!(!indexed_names("v", &["w1", "w2"]));
        assert!(!indexed_names("v", &["v", "v1"]));
        assert!(!indexed_names("xyz", &["x", "y", "z"]));
        assert!(!indexed_names("v", &[]));
    }
}
