//! When two spellings of a type are the same type for existing binaries.
//!
//! Types are compared by their [`TypeRef`] spellings, but many spellings name
//! one representation: a typedef of the same type, qualifiers in another
//! order, an enum and its own underlying integer type, two structs with one
//! layout. [`Equiv::compare`] sorts a pair of spellings (old, new) into a
//! [`Tier`], from "the same type" to "a different representation":
//!
//! - the *canonical* spelling resolves every typedef, at any depth (inside
//!   arrays, behind pointers, in function types), and writes the qualifiers of
//!   one level in a fixed order: equal canonical spellings are the same type;
//! - the *layout* spelling keeps only what existing binaries depend on: sizes,
//!   offsets, bit-fields, the encoding of scalars (an enum as its underlying
//!   integer), arrays' bounds, pointers as `ptr`. Equal layouts with different
//!   names are passed, returned and accessed alike (for C and for C++ classes
//!   of the same kind: the calling-convention classification follows the
//!   layout and the scalar encodings, and a C++ class passed by hidden
//!   reference, having a user-provided destructor or copy constructor, is
//!   marked so);
//! - a layout spelling without signedness tells a same-size signedness change
//!   (`int` to `unsigned int`), which moves no byte but changes what values
//!   mean; one that ignores qualifiers tells `volatile` or `const` dropped.

use std::collections::{HashMap, HashSet};

use crate::model::{parse_type_ref, TypeDef, TypeExpr, TypeInfo};

/// How far apart two spellings of a type are for existing binaries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Tier {
    /// The same type (typedefs and qualifier order aside): no finding.
    Same,
    /// Another name for the same representation (an enum and its underlying
    /// integer, a renamed struct with the same layout, pointers to different
    /// types): existing binaries are unaffected; info.
    Alias,
    /// The same bytes, another meaning: qualifiers on the data changed.
    Qualifiers,
    /// The same bytes, another meaning: a same-size signedness change.
    Signedness,
    /// A different representation: size, offsets or encoding differ.
    Different,
}

/// Compares spellings of old types (in one [`TypeInfo`]) with spellings of
/// new types (in another), memoizing per side.
pub(crate) struct Equiv<'a> {
    old: Side<'a>,
    new: Side<'a>,
}

impl<'a> Equiv<'a> {
    pub(crate) fn new(old: &'a TypeInfo, new: &'a TypeInfo) -> Equiv<'a> {
        Equiv {
            old: Side::new(old),
            new: Side::new(new),
        }
    }

    /// Sorts the pair (`o` in the old version, `n` in the new one) as
    /// values: passed, returned or accessed whole.
    pub(crate) fn compare(&mut self, o: &str, n: &str) -> Tier {
        self.compare_in(o, n, false)
    }

    /// Sorts the pair as the types of a member: only the bytes matter (a
    /// struct wrapping one member is that member; empty members take no room;
    /// how a class is passed does not matter inside another).
    pub(crate) fn compare_member(&mut self, o: &str, n: &str) -> Tier {
        self.compare_in(o, n, true)
    }

    fn compare_in(&mut self, o: &str, n: &str, member: bool) -> Tier {
        if o == n || self.old.canon(o) == self.new.canon(n) {
            return Tier::Same;
        }
        if member && self.reshaped_flat_array(o, n) {
            return Tier::Alias;
        }
        let mode = |signs, quals| Mode {
            signs,
            quals,
            member,
        };
        if layout_eq(
            &self.old.layout(o, mode(true, true)),
            &self.new.layout(n, mode(true, true)),
        ) {
            return Tier::Alias;
        }
        if layout_eq(
            &self.old.layout(o, mode(true, false)),
            &self.new.layout(n, mode(true, false)),
        ) {
            return Tier::Qualifiers;
        }
        if layout_eq(
            &self.old.layout(o, mode(false, false)),
            &self.new.layout(n, mode(false, false)),
        ) {
            return Tier::Signedness;
        }
        Tier::Different
    }

    /// A flat array and a multi-dimensional one of the same elements and
    /// count (`float[16]` and `float[4][4]`): the elements keep their order.
    /// Two different shapes (`int[2][5]` and `int[5][2]`) index the same
    /// bytes differently, so that is not this.
    fn reshaped_flat_array(&mut self, o: &str, n: &str) -> bool {
        fn shape(e: TypeExpr) -> (Vec<u64>, TypeExpr) {
            let mut dims = Vec::new();
            let mut cur = e;
            while let TypeExpr::Array(t, Some(n)) = cur {
                dims.push(n);
                cur = *t;
            }
            (dims, cur)
        }
        let (Some(a), Some(b)) = (
            parse_type_ref(&self.old.canon(o)),
            parse_type_ref(&self.new.canon(n)),
        ) else {
            return false;
        };
        let ((da, ea), (db, eb)) = (shape(a), shape(b));
        let count = |d: &[u64]| d.iter().try_fold(1u64, |c, n| c.checked_mul(*n));
        !da.is_empty()
            && !db.is_empty()
            && da != db
            && (da.len() == 1 || db.len() == 1)
            && count(&da).is_some()
            && count(&da) == count(&db)
            && self.compare_member(&ea.to_string(), &eb.to_string()) == Tier::Same
    }

    /// Two pointers (at the same depth) to scalars of different sizes or
    /// encodings (`int *` and `size_t *`): the function reads or writes the
    /// caller's object as the other type. Pointers to structs are not judged
    /// here: a struct is compared as a type of its own.
    pub(crate) fn scalar_pointees_differ(&mut self, o: &str, n: &str) -> bool {
        let (Some(mut a), Some(mut b)) = (
            parse_type_ref(&self.old.canon(o)),
            parse_type_ref(&self.new.canon(n)),
        ) else {
            return false;
        };
        let mut levels = 0;
        loop {
            a = unqualified(a);
            b = unqualified(b);
            match (a, b) {
                (
                    TypeExpr::Pointer(x) | TypeExpr::Reference(x, _),
                    TypeExpr::Pointer(y) | TypeExpr::Reference(y, _),
                ) => {
                    levels += 1;
                    (a, b) = (*x, *y);
                }
                (TypeExpr::Named(x), TypeExpr::Named(y)) if levels > 0 => {
                    let scalar = |info: &TypeInfo, k: &str| {
                        matches!(
                            info.types.get(k),
                            Some(TypeDef::Base { .. } | TypeDef::Enum { .. })
                        )
                    };
                    if !scalar(self.old.info, &x) || !scalar(self.new.info, &y) {
                        return false;
                    }
                    let m = Mode {
                        signs: false,
                        quals: false,
                        member: true,
                    };
                    return self.old.layout(&x, m) != self.new.layout(&y, m);
                }
                _ => return false,
            }
        }
    }

    /// The base type (`DW_ATE_` encoding without the prefix, and size) that
    /// `ty` names in the old (`old`) or new version, through typedefs and
    /// qualifiers; `None` for anything else (enums, structs, pointers).
    pub(crate) fn base_encoding(&mut self, old: bool, ty: &str) -> Option<(String, u64)> {
        let side = if old { &mut self.old } else { &mut self.new };
        let TypeExpr::Named(k) = unqualified(parse_type_ref(&side.canon(ty))?) else {
            return None;
        };
        match side.info.types.get(&k)? {
            TypeDef::Base { size, encoding } => Some((encoding.clone(), *size)),
            _ => None,
        }
    }

    /// The struct, union or class key that `ty` names in the old (`old`) or
    /// new version, through typedefs and qualifiers (`struct timespec`).
    pub(crate) fn record_key(&mut self, old: bool, ty: &str) -> Option<String> {
        let side = if old { &mut self.old } else { &mut self.new };
        let TypeExpr::Named(k) = unqualified(parse_type_ref(&side.canon(ty))?) else {
            return None;
        };
        matches!(
            side.info.types.get(&k)?,
            TypeDef::Struct { .. } | TypeDef::Union { .. }
        )
        .then_some(k)
    }

    /// Like [`Equiv::compare`] for values passed or returned: qualifiers at
    /// the top (`const int` parameters) do not matter to callers.
    pub(crate) fn compare_value(&mut self, o: &str, n: &str) -> Tier {
        let o = strip_top(&self.old.canon(o));
        let n = strip_top(&self.new.canon(n));
        self.compare(&o, &n)
    }

    /// Only the top-level qualifiers of a class, struct or union value
    /// differ (`const std::string` and `std::string` as a result): the
    /// bytes and the way they are passed are the same, but C++ lets callers
    /// move from a non-`const` class result, so the declared type matters.
    pub(crate) fn record_top_quals_changed(&mut self, o: &str, n: &str) -> bool {
        let (co, cn) = (self.old.canon(o), self.new.canon(n));
        if co == cn || strip_top(&co) != strip_top(&cn) {
            return false;
        }
        match parse_type_ref(&strip_top(&co)) {
            Some(TypeExpr::Named(key)) => matches!(
                self.old.info.types.get(&key),
                Some(crate::model::TypeDef::Struct { .. } | crate::model::TypeDef::Union { .. })
            ),
            _ => false,
        }
    }

    /// Whether only a top-level `restrict` differs between two parameter
    /// types: `Some(true)` when the new one adds it, `Some(false)` when it
    /// drops it.
    pub(crate) fn restrict_changed(&mut self, o: &str, n: &str) -> Option<bool> {
        fn top(e: Option<TypeExpr>) -> (bool, Option<TypeExpr>) {
            let mut e = e;
            let mut restrict = false;
            loop {
                match e {
                    Some(TypeExpr::Qualified(q, t)) => {
                        restrict |= q == "restrict";
                        e = Some(*t);
                    }
                    other => return (restrict, other),
                }
            }
        }
        let (co, cn) = (self.old.canon(o), self.new.canon(n));
        let (ro, eo) = top(parse_type_ref(&co));
        let (rn, en) = top(parse_type_ref(&cn));
        (ro != rn && eo.map(|e| e.to_string()) == en.map(|e| e.to_string())).then_some(rn)
    }

    /// Both spell pointers or references (after typedefs).
    pub(crate) fn both_pointers(&mut self, o: &str, n: &str) -> bool {
        let full = Mode {
            signs: true,
            quals: false,
            member: false,
        };
        self.old.layout(o, full).starts_with("ptr#") && self.new.layout(n, full).starts_with("ptr#")
    }

    /// `n` is `const` at the top (or its array elements are) and `o` is not.
    pub(crate) fn became_const(&mut self, o: &str, n: &str) -> bool {
        fn top_const(e: Option<TypeExpr>) -> bool {
            let mut e = e;
            loop {
                match e {
                    Some(TypeExpr::Qualified("const", _)) => return true,
                    Some(TypeExpr::Qualified(_, t) | TypeExpr::Array(t, _)) => e = Some(*t),
                    _ => return false,
                }
            }
        }
        !top_const(parse_type_ref(&self.old.canon(o)))
            && top_const(parse_type_ref(&self.new.canon(n)))
    }

    /// One is `T[]` and the other `T[N]` of the same element type.
    pub(crate) fn bound_only(&mut self, o: &str, n: &str) -> bool {
        let (o, n) = (self.old.canon(o), self.new.canon(n));
        match (parse_type_ref(&o), parse_type_ref(&n)) {
            (Some(TypeExpr::Array(a, x)), Some(TypeExpr::Array(b, y)))
                if x.is_none() != y.is_none() =>
            {
                self.compare(&a.to_string(), &b.to_string()) <= Tier::Alias
            }
            _ => false,
        }
    }

    /// The same spelling has another layout in the new version (a changed
    /// struct, a retargeted typedef).
    pub(crate) fn layout_differs(&mut self, o: &str, n: &str) -> bool {
        let full = Mode {
            signs: true,
            quals: true,
            member: false,
        };
        !layout_eq(&self.old.layout(o, full), &self.new.layout(n, full))
    }

    /// The bytes of struct or union `key` in the old version and the new one
    /// are the same scalars at the same offsets (whatever the members are
    /// called or how they nest: `int` plus a `bool` flag and
    /// `std::optional<int>`). `false` when either is too large to list.
    pub(crate) fn same_bytes(&mut self, key: &str) -> bool {
        let (Some(a), Some(b)) = (self.leaves(key, true), self.leaves(key, false)) else {
            return false;
        };
        a.len() == b.len()
            && a.iter()
                .zip(&b)
                .all(|(x, y)| x.0 == y.0 && x.1 == y.1 && layout_eq(&x.2, &y.2))
    }

    /// The scalar leaves of `key` in one version: (bit offset, bit width,
    /// layout); an array of scalars is one leaf (its shape is part of its
    /// meaning: a transposed table stays a change), and an array of arrays
    /// its rows (`float bounds[2][3]` is `float bmin[3]` and `float bmax[3]`
    /// at the same offsets).
    fn leaves(&mut self, key: &str, old: bool) -> Option<Vec<(u64, Option<u64>, String)>> {
        const MAX_LEAVES: usize = 4096;
        let mode = Mode {
            signs: true,
            quals: true,
            member: false,
        };
        let mut out = Vec::new();
        let mut stack: Vec<(String, u64, Option<u64>, u32)> = vec![(key.to_owned(), 0, None, 0)];
        while let Some((ty, at, bits, depth)) = stack.pop() {
            if depth > 24 || out.len() > MAX_LEAVES {
                return None;
            }
            let side = if old { &mut self.old } else { &mut self.new };
            let info = side.info;
            // A qualified leaf keeps its qualifiers (`volatile size_t`).
            let e = parse_type_ref(&ty)?;
            match e {
                TypeExpr::Named(k) => match info.types.get(&k) {
                    Some(TypeDef::Typedef { target }) => {
                        stack.push((target.clone(), at, bits, depth + 1));
                    }
                    Some(
                        d @ (TypeDef::Struct { members, .. } | TypeDef::Union { members, .. }),
                    ) if !d.is_declaration_only() => {
                        if matches!(d, TypeDef::Struct { vtable, .. } if !vtable.is_empty()) {
                            out.push((at, None, "vptr".to_owned()));
                        }
                        for m in members.iter().rev() {
                            if m.name.as_deref().is_some_and(|n| n.starts_with("_vptr")) {
                                continue;
                            }
                            stack.push((m.ty.clone(), at + m.offset_bits, m.bit_size, depth + 1));
                        }
                    }
                    _ => out.push((at, bits, side.layout(&ty, mode))),
                },
                TypeExpr::Array(row, Some(n)) if bits.is_none() && is_array(info, &row, 0) => {
                    let row = row.to_string();
                    let w = width(info, &row, 0)?;
                    let step = w
                        .bytes
                        .checked_add(w.pointers.checked_mul(pointer_size(info))?)?
                        .checked_mul(8)?;
                    if n > MAX_LEAVES as u64 {
                        return None;
                    }
                    for i in (0..n).rev() {
                        stack.push((row.clone(), at + i * step, None, depth + 1));
                    }
                }
                _ => out.push((at, bits, side.layout(&ty, mode))),
            }
        }
        out.sort();
        Some(out)
    }

    /// The two versions compared.
    pub(crate) fn infos(&self) -> (&'a TypeInfo, &'a TypeInfo) {
        (self.old.info, self.new.info)
    }

    /// The size of `ty` in the old version.
    pub(crate) fn width_old(&self, ty: &str) -> Option<Width> {
        width(self.old.info, ty, 0)
    }

    /// The size of `ty` in the old version in bytes.
    pub(crate) fn bytes_old(&self, ty: &str) -> Option<u64> {
        self.width_old(ty)
            .map(|w| w.bytes + w.pointers * pointer_size(self.old.info))
    }

    /// The size of `ty` in the new version in bytes.
    pub(crate) fn bytes_new(&self, ty: &str) -> Option<u64> {
        self.width_new(ty)
            .map(|w| w.bytes + w.pointers * pointer_size(self.new.info))
    }

    /// The size of `ty` in the new version.
    pub(crate) fn width_new(&self, ty: &str) -> Option<Width> {
        width(self.new.info, ty, 0)
    }
}

/// Two layout spellings are equal, a pointer to a non-integer (`ptr#*;`:
/// `void *`, a struct) matching a pointer to an integer of any size: `const
/// char *` to `const void *` reads the same bytes; `int *` to `long *` does
/// not.
fn layout_eq(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    let (mut x, mut y) = (a.split("ptr#"), b.split("ptr#"));
    if x.next() != y.next() {
        return false;
    }
    loop {
        match (x.next(), y.next()) {
            (None, None) => return true,
            (Some(p), Some(q)) => {
                let (Some((pt, pr)), Some((qt, qr))) = (p.split_once(';'), q.split_once(';'))
                else {
                    return false;
                };
                if (pt != qt && pt != "*" && qt != "*") || pr != qr {
                    return false;
                }
            }
            _ => return false,
        }
    }
}

/// `e` without qualifiers at the top.
fn unqualified(mut e: TypeExpr) -> TypeExpr {
    while let TypeExpr::Qualified(_, t) = e {
        e = *t;
    }
    e
}

/// The size of a pointer: that of `long`, which equals it on every Linux ABI
/// (LP64 and ILP32); 8 when the interface names no `long`.
fn pointer_size(info: &TypeInfo) -> u64 {
    ["long int", "long unsigned int"]
        .iter()
        .find_map(|k| info.types.get(*k).and_then(TypeDef::size))
        .unwrap_or(8)
}

/// `e` is an array with a bound (through typedefs and qualifiers): a row of
/// an array of arrays.
fn is_array(info: &TypeInfo, e: &TypeExpr, depth: u32) -> bool {
    if depth > 16 {
        return false;
    }
    match e {
        TypeExpr::Array(_, Some(_)) => true,
        TypeExpr::Qualified(_, t) => is_array(info, t, depth + 1),
        TypeExpr::Named(k) => match info.types.get(k) {
            Some(TypeDef::Typedef { target }) => {
                parse_type_ref(target).is_some_and(|t| is_array(info, &t, depth + 1))
            }
            _ => false,
        },
        _ => false,
    }
}

/// A struct or class without data (only empty bases and members): it takes
/// no room as a base, and no meaning as a member (`std::default_delete`).
fn is_empty(info: &TypeInfo, ty: &str, depth: u32) -> bool {
    if depth > 16 {
        return false;
    }
    match parse_type_ref(ty).map(unqualified) {
        Some(TypeExpr::Named(k)) => match info.types.get(&k) {
            Some(TypeDef::Typedef { target }) => is_empty(info, target, depth + 1),
            Some(TypeDef::Struct {
                members, vtable, ..
            }) => vtable.is_empty() && members.iter().all(|m| is_empty(info, &m.ty, depth + 1)),
            _ => false,
        },
        _ => false,
    }
}

/// `ty` without qualifiers at the top.
fn strip_top(ty: &str) -> String {
    let mut e = parse_type_ref(ty);
    while let Some(TypeExpr::Qualified(_, t)) = e {
        e = Some(*t);
    }
    e.map_or_else(|| ty.to_owned(), |e| e.to_string())
}

/// A size as bytes plus a number of pointers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Width {
    pub(crate) bytes: u64,
    pub(crate) pointers: u64,
}

/// The size of `ty` in bytes in `info`, where DWARF gives one.
pub(crate) fn byte_size(info: &TypeInfo, ty: &str) -> Option<u64> {
    width(info, ty, 0).map(|w| w.bytes + w.pointers * pointer_size(info))
}

/// The size of `ty`, where DWARF gives one.
fn width(info: &TypeInfo, ty: &str, depth: u32) -> Option<Width> {
    fn of(info: &TypeInfo, e: &TypeExpr, depth: u32) -> Option<Width> {
        if depth > 48 {
            return None;
        }
        match e {
            TypeExpr::Pointer(_) | TypeExpr::Reference(..) => Some(Width {
                bytes: 0,
                pointers: 1,
            }),
            // An offset (data member), or a function pointer and a `this`
            // adjustment (member function): Itanium ABI.
            TypeExpr::MemberPointer { pointee, .. } => Some(Width {
                bytes: 0,
                pointers: if matches!(**pointee, TypeExpr::Function { .. }) {
                    2
                } else {
                    1
                },
            }),
            TypeExpr::Qualified(_, t) => of(info, t, depth + 1),
            TypeExpr::Array(t, Some(n)) => {
                let w = of(info, t, depth + 1)?;
                Some(Width {
                    bytes: w.bytes.checked_mul(*n)?,
                    pointers: w.pointers.checked_mul(*n)?,
                })
            }
            TypeExpr::Array(_, None) | TypeExpr::Function { .. } => None,
            TypeExpr::Named(k) => match info.types.get(k)? {
                TypeDef::Typedef { target } => width(info, target, depth + 1),
                d if d.is_declaration_only() => None,
                d => Some(Width {
                    bytes: d.size()?,
                    pointers: 0,
                }),
            },
        }
    }
    of(info, &parse_type_ref(ty)?, depth)
}

#[derive(Clone, Copy, PartialEq, Eq, Hash)]
struct Mode {
    /// Tell signed from unsigned.
    signs: bool,
    /// Tell qualifiers apart.
    quals: bool,
    /// Only the bytes matter: single-member wrappers are their member,
    /// empty members are dropped, classes are not marked by how they pass.
    member: bool,
}

/// One version's memoized spellings.
struct Side<'a> {
    info: &'a TypeInfo,
    canon: HashMap<String, String>,
    layouts: HashMap<(String, Mode), String>,
}

impl<'a> Side<'a> {
    fn new(info: &'a TypeInfo) -> Side<'a> {
        Side {
            info,
            canon: HashMap::new(),
            layouts: HashMap::new(),
        }
    }

    fn canon(&mut self, r: &str) -> String {
        if let Some(s) = self.canon.get(r) {
            return s.clone();
        }
        let s = match parse_type_ref(r) {
            Some(e) => canonical(self.info, e, 0).to_string(),
            None => r.to_owned(),
        };
        self.canon.insert(r.to_owned(), s.clone());
        s
    }

    fn layout(&mut self, r: &str, mode: Mode) -> String {
        let key = (r.to_owned(), mode);
        if let Some(s) = self.layouts.get(&key) {
            return s.clone();
        }
        let s = Layout {
            info: self.info,
            mode,
            memo: HashMap::new(),
            open: HashSet::new(),
        }
        .of(r, 0);
        self.layouts.insert(key, s.clone());
        s
    }
}

/// `e` with typedefs resolved and each level's qualifiers in one order.
fn canonical(info: &TypeInfo, e: TypeExpr, depth: u32) -> TypeExpr {
    if depth > 48 {
        return e;
    }
    match e {
        TypeExpr::Named(k) => match info.types.get(&k) {
            Some(TypeDef::Typedef { target }) => match parse_type_ref(target) {
                Some(t) => canonical(info, t, depth + 1),
                None => TypeExpr::Named(k),
            },
            _ => TypeExpr::Named(k),
        },
        TypeExpr::Qualified(..) => {
            let mut quals = Vec::new();
            let mut cur = e;
            loop {
                match cur {
                    TypeExpr::Qualified(q, t) => {
                        quals.push(q);
                        cur = *t;
                    }
                    other => {
                        cur = canonical(info, other, depth + 1);
                        // A typedef may have carried qualifiers of its own.
                        if let TypeExpr::Qualified(..) = cur {
                            continue;
                        }
                        break;
                    }
                }
            }
            quals.sort_unstable();
            quals.dedup();
            quals
                .into_iter()
                .rev()
                .fold(cur, |t, q| TypeExpr::Qualified(q, Box::new(t)))
        }
        TypeExpr::Pointer(t) => TypeExpr::Pointer(Box::new(canonical(info, *t, depth + 1))),
        TypeExpr::Reference(t, r) => {
            TypeExpr::Reference(Box::new(canonical(info, *t, depth + 1)), r)
        }
        // A zero-length array (GNU) is a flexible array member.
        TypeExpr::Array(t, n) => TypeExpr::Array(
            Box::new(canonical(info, *t, depth + 1)),
            n.filter(|&n| n != 0),
        ),
        TypeExpr::Function {
            params,
            variadic,
            ret,
        } => TypeExpr::Function {
            params: params
                .into_iter()
                .map(|p| canonical(info, p, depth + 1))
                .collect(),
            variadic,
            ret: Box::new(canonical(info, *ret, depth + 1)),
        },
        TypeExpr::MemberPointer { class, pointee } => TypeExpr::MemberPointer {
            class: Box::new(canonical(info, *class, depth + 1)),
            pointee: Box::new(canonical(info, *pointee, depth + 1)),
        },
    }
}

/// Spells a type's layout: sizes, offsets and member layouts, scalars by
/// encoding and size (enums as their underlying integer), pointers as `ptr`.
/// Each named type is spelled once (memoized); a type inside itself
/// (malformed input: a struct containing itself by value) is `cycle T`.
struct Layout<'a> {
    info: &'a TypeInfo,
    mode: Mode,
    /// Per type and whether it was spelled as a member.
    memo: HashMap<(&'a str, bool), String>,
    open: HashSet<&'a str>,
}

impl<'a> Layout<'a> {
    fn of(&mut self, r: &str, depth: u32) -> String {
        match parse_type_ref(r) {
            Some(e) => self.expr(&e, depth),
            None => r.to_owned(),
        }
    }

    /// The size of `e` when it is an integer or enum (through qualifiers and
    /// typedefs), not `void`, a float, a struct or a pointer.
    fn scalar_size(&self, e: &TypeExpr, depth: u32) -> Option<u64> {
        if depth > 16 {
            return None;
        }
        match e {
            TypeExpr::Qualified(_, t) => self.scalar_size(t, depth + 1),
            TypeExpr::Named(k) => match self.info.types.get(k)? {
                TypeDef::Typedef { target } => {
                    self.scalar_size(&parse_type_ref(target)?, depth + 1)
                }
                TypeDef::Base { size, encoding } => matches!(
                    encoding.as_str(),
                    "signed" | "unsigned" | "signed_char" | "unsigned_char" | "boolean"
                )
                .then_some(*size),
                TypeDef::Enum { size, .. } => Some(*size),
                _ => None,
            },
            _ => None,
        }
    }

    fn scalar(&self, encoding: &str, size: u64) -> String {
        let e = match encoding {
            "signed_char" | "unsigned_char" if !self.mode.signs => "char",
            "signed" | "unsigned" if !self.mode.signs => "int",
            e => e,
        };
        format!("{e}{size}")
    }

    fn expr(&mut self, e: &TypeExpr, depth: u32) -> String {
        if depth > 48 {
            return "?".into();
        }
        match e {
            TypeExpr::Named(k) => {
                let Some((key, def)) = self.info.types.get_key_value(k) else {
                    return k.clone();
                };
                if let Some(s) = self.memo.get(&(key.as_str(), self.mode.member)) {
                    return s.clone();
                }
                if !self.open.insert(key) {
                    return format!("cycle {k}");
                }
                let s = match def {
                    // `float _Complex` and `double _Complex` are laid out
                    // and passed as a struct of two floats or doubles (two
                    // SSE halves); `long double _Complex` is not (x87).
                    TypeDef::Base { size, encoding }
                        if encoding == "complex_float" && matches!(size, 8 | 16) =>
                    {
                        let half = size / 2;
                        let part = self.scalar("float", half);
                        format!("{size}{{0:None:{part},{}:None:{part}}}", half * 8)
                    }
                    TypeDef::Base { size, encoding } => self.scalar(encoding, *size),
                    TypeDef::Enum {
                        size,
                        underlying,
                        enumerators,
                        ..
                    } => match underlying {
                        Some(u) => self.of(u, depth + 1),
                        None => {
                            let signed = enumerators.iter().any(|(_, v)| *v < 0);
                            self.scalar(if signed { "signed" } else { "unsigned" }, *size)
                        }
                    },
                    TypeDef::Typedef { target } => self.of(target, depth + 1),
                    d if d.is_declaration_only() => format!("opaque {k}"),
                    TypeDef::Struct { size, members, .. }
                    | TypeDef::Union { size, members, .. } => {
                        // Unions and classes passed by hidden reference are
                        // passed differently from a struct of the same bytes.
                        let kind = match def {
                            TypeDef::Union { .. } => "union",
                            TypeDef::Struct {
                                by_reference,
                                vtable,
                                ..
                            } if !self.mode.member && (*by_reference || !vtable.is_empty()) => {
                                "byref"
                            }
                            _ => "",
                        };
                        // An empty base takes no bytes and no eightbyte of
                        // a value (`std::pair`'s `__pair_base`).
                        let kept: Vec<&crate::model::Member> = if self.mode.member {
                            members
                                .iter()
                                .filter(|m| !is_empty(self.info, &m.ty, 0))
                                .collect()
                        } else {
                            members
                                .iter()
                                .filter(|m| {
                                    !(m.name.as_deref().is_some_and(|n| n.starts_with("<base "))
                                        && is_empty(self.info, &m.ty, 0))
                                })
                                .collect()
                        };
                        // A wrapper of one member filling it is that member.
                        if let [only] = kept.as_slice() {
                            let fills = only.offset_bits == 0
                                && only.bit_size.is_none()
                                && width(self.info, &only.ty, 0)
                                    .map(|w| w.bytes + w.pointers * pointer_size(self.info))
                                    == Some(*size);
                            if self.mode.member && fills && kind != "union" {
                                let s = self.of(&only.ty, depth + 1);
                                self.open.remove(key.as_str());
                                self.memo.insert((key, self.mode.member), s.clone());
                                return s;
                            }
                        }
                        let ms: Vec<String> = kept
                            .iter()
                            .map(|m| {
                                format!(
                                    "{}:{:?}:{}",
                                    m.offset_bits,
                                    m.bit_size,
                                    self.of(&m.ty, depth + 1)
                                )
                            })
                            .collect();
                        format!("{kind}{size}{{{}}}", ms.join(","))
                    }
                };
                self.open.remove(key.as_str());
                self.memo.insert((key, self.mode.member), s.clone());
                s
            }
            TypeExpr::Qualified(q, t) => {
                let inner = self.expr(t, depth + 1);
                if self.mode.quals {
                    format!("{q} {inner}")
                } else {
                    inner
                }
            }
            // A function pointer is called through: its signature is part
            // of the layout (a callback's parameters, as passed).
            TypeExpr::Pointer(t)
                if matches!(unqualified((**t).clone()), TypeExpr::Function { .. }) =>
            {
                let TypeExpr::Function {
                    params,
                    variadic,
                    ret,
                } = unqualified((**t).clone())
                else {
                    unreachable!("matched above")
                };
                let saved = self.mode;
                self.mode = Mode {
                    member: false,
                    ..saved
                };
                let ps: Vec<String> = params.iter().map(|p| self.expr(p, depth + 1)).collect();
                let r = self.expr(&ret, depth + 1);
                self.mode = saved;
                format!(
                    "fnptr({}{})->{r}",
                    ps.join(","),
                    if variadic { ",..." } else { "" }
                )
            }
            // A pointer to a scalar carries the scalar's size: whoever
            // dereferences it reads that many bytes (`std::vector<int>` to
            // `std::vector<long>` is three pointers either way, but not the
            // same elements). Signedness and qualifiers of the pointee are
            // the API's business: `const char *` and `const unsigned char *`
            // pass and read alike.
            TypeExpr::Pointer(t) | TypeExpr::Reference(t, _) => match self.scalar_size(t, 0) {
                Some(size) => format!("ptr#{size};"),
                None => "ptr#*;".into(),
            },
            // A flexible array member is `[]` whether spelled `[]` or `[0]`.
            TypeExpr::Array(t, None | Some(0)) if self.mode.member => {
                format!("{}[]", self.expr(t, depth + 1))
            }
            TypeExpr::Array(t, n) => format!("{}[{n:?}]", self.expr(t, depth + 1)),
            TypeExpr::Function { .. } => "fn".into(),
            // A pointer to member is an offset into its class, or a member
            // function (its address or vtable offset) with a `this`
            // adjustment: what it selects depends on the class's layout, and
            // the member is read or called as its type says (as through a
            // pointer to a scalar or a function pointer).
            TypeExpr::MemberPointer { class, pointee } => {
                let saved = self.mode;
                self.mode = Mode {
                    member: false,
                    ..saved
                };
                let c = self.expr(class, depth + 1);
                let s = match &**pointee {
                    TypeExpr::Function {
                        params,
                        variadic,
                        ret,
                    } => {
                        let ps: Vec<String> =
                            params.iter().map(|p| self.expr(p, depth + 1)).collect();
                        let r = self.expr(ret, depth + 1);
                        format!(
                            "mfnptr[{c}]({}{})->{r}",
                            ps.join(","),
                            if *variadic { ",..." } else { "" }
                        )
                    }
                    t => match self.scalar_size(t, 0) {
                        Some(size) => format!("mptr[{c}]#{size};"),
                        None => format!("mptr[{c}]#*;"),
                    },
                };
                self.mode = saved;
                s
            }
        }
    }
}
