//! Members of structs and unions: removed, retyped, moved, added, and the
//! changes that keep the bytes (reserved members used, renames in place,
//! anonymous structs dissolved, extensible structs grown at their end).

use super::*;

fn member_key(m: &Member, i: usize) -> String {
    match &m.name {
        Some(n) => n.clone(),
        None => format!("<unnamed member {i}>"),
    }
}

/// Members by key (anonymous members numbered in order among the unnamed ones).
pub(super) fn members_by_key(ms: &[Member]) -> Vec<(String, &Member)> {
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

/// Members as a sentence names them: `member pitch`, `members a and b`,
/// a base by itself (`<base struct Z>` is `base struct Z`), GCC's
/// `_vptr.Shape` as `the vtable pointer`.
pub(super) fn members_phrase(keys: &[&str]) -> String {
    let (bases, names): (Vec<&str>, Vec<&str>) = keys
        .iter()
        .partition(|k| k.starts_with('<') && k.ends_with('>'));
    // GCC names the vtable pointer `_vptr.Class`.
    let (vptr, names): (Vec<&str>, Vec<&str>) =
        names.into_iter().partition(|k| k.starts_with("_vptr."));
    let mut parts = Vec::new();
    if !vptr.is_empty() {
        parts.push("the vtable pointer".to_owned());
    }
    match names.as_slice() {
        [] => {}
        [one] => parts.push(format!("member {one}")),
        many => parts.push(format!(
            "members {}",
            and_list(&many.iter().map(|k| k.to_string()).collect::<Vec<_>>())
        )),
    }
    parts.extend(bases.iter().map(|k| k[1..k.len() - 1].to_owned()));
    and_list(&parts)
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
pub(super) fn related_names(a: &str, b: &str) -> bool {
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

/// The added members that fill exactly the space reserved member `m` gave up
/// when it shrank to `n` within its old place: bytes (`int reserved[4]` to
/// `int flags; int reserved[3]`) or, for a bit-field, bits (`guint reserved :
/// 19` to `guint flag_a : 1; guint flag_b : 1; guint reserved : 17`).
fn shrunk_in_place<'m>(
    eq: &Equiv<'_>,
    m: &Member,
    n: &Member,
    added: &[(&'m str, &'m Member)],
) -> Option<Vec<&'m str>> {
    let bitfield = m.bit_size.is_some();
    if bitfield != n.bit_size.is_some() {
        return None;
    }
    let bits = |x: &Member, new: bool| -> Option<u64> {
        match x.bit_size {
            Some(b) => Some(b),
            None if new => Some(eq.bytes_new(&x.ty)? * 8),
            None => Some(eq.bytes_old(&x.ty)? * 8),
        }
    };
    let (old_start, old_end) = (m.offset_bits, m.offset_bits + bits(m, false)?);
    let (new_start, new_end) = (n.offset_bits, n.offset_bits + bits(n, true)?);
    if new_start < old_start || new_end > old_end || new_end - new_start >= old_end - old_start {
        return None;
    }
    // The freed space, before and after the new place, filled back to back
    // (by whole members in a byte-sized reserve).
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
        if a.offset_bits != next || (!bitfield && a.bit_size.is_some()) {
            return None;
        }
        next += bits(a, true)?;
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

/// A member named for the size of the struct it opens (`size`, `sz`,
/// `struct_size`, `cbSize`): the extensible-struct convention.
pub(super) fn is_size_field(name: &str) -> bool {
    let folded = fold_name(name);
    matches!(
        folded.as_str(),
        "size" | "sz" | "structsize" | "cbsize" | "cb" | "sizeofstruct" | "bytesize"
    )
}

/// A member named for the size of the struct `key` by the last word of the
/// struct's name (`klassSize` opening `xmlSecTransformKlass`, `info_size`
/// opening `struct foo_info`, `sizeof_options` opening `struct
/// libdeflate_options`), or by the names of [`is_size_field`].
pub(super) fn is_own_size_field(key: &str, name: &str) -> bool {
    if is_size_field(name) {
        return true;
    }
    let folded = fold_name(name);
    // `klassSize`, or `sizeof_options` opening `struct libdeflate_options`.
    let Some(word) = folded
        .strip_suffix("size")
        .or_else(|| folded.strip_prefix("sizeof"))
        .filter(|w| w.len() >= 3)
    else {
        return false;
    };
    let tail = key.rsplit([' ', ':']).next().unwrap_or(key);
    fold_name(tail).ends_with(word)
}

/// The extensible-struct convention: a struct whose first member is an
/// unsigned integer named for its size (`size`, `struct_size`, `cbSize`),
/// followed by others, grown only at its end. Returns that member's name. (A
/// lone or signed `size` is more likely a size of something else: a file's.)
fn size_versioned(
    eq: &mut Equiv<'_>,
    key: &str,
    om: &[Member],
    old_size: u64,
    added: &[(&str, &Member)],
    callers_version_it: bool,
) -> Option<(String, Convention)> {
    let mut first = om.first()?;
    let mut name = first.name.as_deref()?;
    // A version may follow a struct's eyecatcher (Paho MQTT: `char
    // struct_id[4]; int struct_version;`).
    if is_eyecatcher(name) {
        if let Some(second) = om
            .get(1)
            .filter(|m| m.name.as_deref().is_some_and(is_version_field) && m.offset_bits < 16 * 8)
        {
            first = second;
            name = second.name.as_deref()?;
        }
    }
    // Or open a header struct embedded first, which every struct of a
    // family starts with (Mesa DRI's `__DRIextension base` of `name` and
    // `version`): the version of the header is the version of the struct.
    let mut field = name.to_owned();
    let mut version_ty = first.ty.clone();
    let embedded = (!is_version_field(name) && first.offset_bits == 0 && callers_version_it)
        .then(|| embedded_version(eq.infos().0, &first.ty))
        .flatten();
    if let Some((inner, ty)) = embedded {
        field = format!("{name}.{inner}");
        version_ty = ty;
    }
    let convention = if is_own_size_field(key, name) && first.offset_bits == 0 {
        Convention::Size
    } else if (is_version_field(name) || field != name) && callers_version_it {
        Convention::Version
    } else if is_mask_field(name) && first.offset_bits == 0 && callers_version_it {
        Convention::Mask
    } else {
        return None;
    };
    // The size must be unsigned; a version may be either (`int version`).
    let integer = {
        let (oi, _) = eq.infos();
        let mut ty = version_ty;
        let mut found = false;
        for _ in 0..8 {
            match oi.types.get(&ty) {
                Some(TypeDef::Typedef { target }) => ty = target.clone(),
                Some(TypeDef::Base { encoding, .. }) => {
                    found = encoding == "unsigned"
                        || (convention == Convention::Version && encoding == "signed");
                    break;
                }
                _ => break,
            }
        }
        found
    };
    let at_end = !added.is_empty() && added.iter().all(|(_, m)| m.offset_bits >= old_size * 8);
    (om.len() >= 2 && integer && at_end).then_some((field, convention))
}

/// The version member of the struct `ty` (through typedefs), when `ty` is a
/// header that holds one in its first 16 bytes (after a name or an
/// eyecatcher): its name and type. Not a bit-field.
fn embedded_version(info: &TypeInfo, ty: &str) -> Option<(String, TypeRef)> {
    let mut ty = ty.to_owned();
    for _ in 0..8 {
        match info.types.get(&ty)? {
            TypeDef::Typedef { target } => ty = target.clone(),
            TypeDef::Struct { members, .. } => {
                let m = members.iter().find(|m| {
                    m.name.as_deref().is_some_and(is_version_field)
                        && m.offset_bits < 16 * 8
                        && m.bit_size.is_none()
                })?;
                return Some((m.name.clone()?, m.ty.clone()));
            }
            _ => return None,
        }
    }
    None
}

/// How a struct grown at its end tells the library which members a caller has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Convention {
    /// The first member is the size of the caller's copy (`cbSize`).
    Size,
    /// The first member is the layout version the caller was built with
    /// (libdrm's `drmEventContext.version`).
    Version,
    /// The first member has a bit for each optional member the caller set
    /// (libguestfs's `bitmask` in its optional-argument structs).
    Mask,
}

/// Every exported function that takes a pointer to struct `key` also takes
/// the layout the caller was built with: an integer parameter named for a
/// version (`settings_version`, `callbacks_version`: nghttp2 and nghttp3's
/// `*_versioned` functions, which macros call with the version the caller was
/// compiled against), or, right after the pointer, one carrying the size of
/// the caller's copy ([`carries_size`]: `op_size` after `op`, `buflen` after
/// `buf`). Returns what the argument carries and one such function
/// and parameter, as a reader would name them.
fn versioned_by_argument(info: &TypeInfo, key: &str) -> Option<(Convention, String)> {
    let mut found = None;
    for (sym, f) in &info.functions {
        let Some(at) = f
            .params
            .iter()
            .position(|p| pointee_struct(info, &p.ty).as_deref() == Some(key))
        else {
            continue;
        };
        let (convention, param) = layout_argument(info, f, at)?;
        found.get_or_insert_with(|| {
            (
                convention,
                format!(
                    "{}'s {}",
                    crate::diff::display_name(sym),
                    param.name.as_deref().unwrap_or_default()
                ),
            )
        });
    }
    found
}

/// The parameter of `f` that carries the layout of the caller's copy of
/// what its parameter `at` points to: an integer named for a version, or
/// the size right after the pointer ([`carries_size`]).
fn layout_argument<'f>(
    info: &TypeInfo,
    f: &'f Function,
    at: usize,
) -> Option<(Convention, &'f Param)> {
    let version = f.params.iter().find(|p| {
        p.name
            .as_deref()
            .is_some_and(|n| n.to_lowercase().contains("version"))
            && is_integer(info, &p.ty)
    });
    let size = f
        .params
        .get(at + 1)
        .filter(|p| carries_size(info, f.params[at].name.as_deref(), p));
    match (version, size) {
        (Some(v), _) => Some((Convention::Version, v)),
        (None, Some(s)) => Some((Convention::Size, s)),
        (None, None) => None,
    }
}

/// A struct `key` grown at its end, of old size `os` and members `om`:
/// every C function of the old version that takes a pointer to it, in the
/// new version, either takes the layout of the caller's copy itself
/// ([`layout_argument`]) or only hands the caller's pointer on to another
/// export with a constant no smaller than the end of the old last member
/// and no larger than the old size in the argument right after it (the old
/// `sizeof`, or the `offsetof` of the first new member), read from the
/// call site in its body ([`TypeInfo::forwards`]: PipeWire's
/// `pw_stream_get_time` calling `pw_stream_get_time_n(stream, time, 40)`),
/// and at least one does the latter. Returns one such call as a reader
/// would name it. The arguments are matched to parameters by the order of
/// the integer registers, so every parameter up to them, in both
/// functions, must be an integer or a pointer, and neither function may
/// return a struct or union (its hidden pointer would take the first).
/// Whether the function also writes the new members itself is in its
/// code, not in DWARF: a shim that hands on the old size is taken to keep
/// to it.
fn forwarded_with_old_size(
    (oi, ni): (&TypeInfo, &TypeInfo),
    key: &str,
    om: &[Member],
    os: u64,
) -> Option<String> {
    let old_end_bits = om
        .iter()
        .map(|m| {
            let width = match m.bit_size {
                Some(b) => Some(b),
                None => crate::equiv::byte_size(oi, &m.ty).map(|b| b * 8),
            };
            width.map(|w| m.offset_bits + w)
        })
        .collect::<Option<Vec<u64>>>()?
        .into_iter()
        .max()?;
    let old_end = old_end_bits.div_ceil(8);
    let mut found = None;
    for (sym, f) in &oi.functions {
        let takes = |p: &Param| pointee_struct(oi, &p.ty).as_deref() == Some(key);
        let Some(at) = f.params.iter().position(takes) else {
            continue;
        };
        // One such pointer only (not `copy(dst, src)`).
        if f.params.iter().filter(|p| takes(p)).count() > 1 {
            return None;
        }
        let g = ni.functions.get(sym)?;
        if pointee_struct(ni, &g.params.get(at)?.ty).as_deref() != Some(key) {
            return None;
        }
        if layout_argument(ni, g, at).is_some() {
            continue;
        }
        let in_registers = |info: &TypeInfo, sym: &str, f: &Function, upto: usize| {
            compat_elf::demangle(sym).is_none()
                && !returns_record(info, &f.ret)
                && f.params.len() > upto
                && f.params[..=upto]
                    .iter()
                    .all(|p| integer_register(info, &p.ty))
        };
        if !in_registers(ni, sym, g, at) {
            return None;
        }
        let forward = ni.forwards.get(sym)?.iter().find_map(|fw| {
            let h = ni.functions.get(&fw.callee)?;
            let (j, _) = fw.args.iter().find(|(_, a)| **a == Arg::Param(at))?;
            let j = *j;
            let Some(Arg::Const(c)) = fw.args.get(&(j + 1)) else {
                return None;
            };
            let fits = (old_end..=os).contains(c)
                && in_registers(ni, &fw.callee, h, j + 1)
                && pointee_struct(ni, &h.params[j].ty).as_deref() == Some(key)
                && is_integer(ni, &h.params[j + 1].ty);
            fits.then(|| {
                format!(
                    "{} passes the caller's pointer to {} with {c} as its {}, the old size of {key}",
                    crate::diff::display_name(sym),
                    crate::diff::display_name(&fw.callee),
                    h.params[j + 1].name.as_deref().unwrap_or("size")
                )
            })
        })?;
        found.get_or_insert(forward);
    }
    found
}

/// `ty` with its qualifiers and typedefs peeled off (at most 16 levels):
/// the first type expression that is neither, with the definition it
/// names, if any. `None` when it does not parse or is nested deeper.
fn peeled<'i>(info: &'i TypeInfo, ty: &str) -> Option<(TypeExpr, Option<&'i TypeDef>)> {
    let mut e = crate::model::parse_type_ref(ty)?;
    for _ in 0..16 {
        e = match e {
            TypeExpr::Qualified(_, t) => *t,
            TypeExpr::Named(k) => match info.types.get(&k) {
                Some(TypeDef::Typedef { target }) => crate::model::parse_type_ref(target)?,
                def => return Some((TypeExpr::Named(k), def)),
            },
            other => return Some((other, None)),
        };
    }
    None
}

/// A struct or union (through typedefs and qualifiers): returned by value,
/// it takes a hidden pointer argument, or registers of its own. A type it
/// cannot follow counts as one (the cautious answer: registers unknown).
fn returns_record(info: &TypeInfo, ty: &str) -> bool {
    match peeled(info, ty) {
        Some((_, def)) => matches!(def, Some(TypeDef::Struct { .. } | TypeDef::Union { .. })),
        None => true,
    }
}

/// A type passed in an integer register: a pointer, an integer, a `bool`
/// or an enum of at most 8 bytes (through typedefs and qualifiers).
fn integer_register(info: &TypeInfo, ty: &str) -> bool {
    match peeled(info, ty) {
        Some((TypeExpr::Pointer(_), _)) => true,
        Some((_, Some(TypeDef::Enum { size, .. }))) => *size <= 8,
        Some((_, Some(TypeDef::Base { size, encoding }))) => {
            *size <= 8
                && matches!(
                    encoding.as_str(),
                    "signed" | "unsigned" | "signed_char" | "unsigned_char" | "boolean"
                )
        }
        _ => false,
    }
}

/// Parameter `p`, right after pointer parameter `pointer`, carries the size
/// in bytes of the caller's copy of what the pointer points to: an unsigned
/// integer named for a struct's size (`struct_size`, `cbSize`) or for the
/// pointer's size (`op_size` after `op`: FUSE's `fuse_main` passes
/// `sizeof(*(op))`), or an integer of either signedness named for the
/// pointer's length (`buflen` after `buf`: nanomsg's `nn_symbol_info` copies
/// at most the caller's `int buflen`; `addr_len` after `addr`). A length after
/// a plural name (`items, items_len`) counts elements instead: not a size.
fn carries_size(info: &TypeInfo, pointer: Option<&str>, p: &Param) -> bool {
    let Some(name) = p.name.as_deref().map(fold_name) else {
        return false;
    };
    let pointer = pointer.map(fold_name).unwrap_or_default();
    let rest = (!pointer.is_empty())
        .then(|| name.strip_prefix(pointer.as_str()))
        .flatten();
    let sized = matches!(name.as_str(), "structsize" | "cbsize" | "sizeofstruct")
        || matches!(rest, Some("size" | "sz"));
    if sized {
        return is_unsigned(info, &p.ty);
    }
    let plural = pointer.ends_with('s')
        && !(pointer.ends_with("ss") || pointer.ends_with("us") || pointer.ends_with("is"));
    matches!(rest, Some("len" | "length")) && !plural && is_integer(info, &p.ty)
}

/// The struct or union a pointer type points to, through typedefs and
/// qualifiers.
fn pointee_struct(info: &TypeInfo, ty: &str) -> Option<String> {
    let mut e = crate::model::parse_type_ref(ty)?;
    let mut seen_pointer = false;
    for _ in 0..16 {
        e = match e {
            TypeExpr::Qualified(_, t) => *t,
            TypeExpr::Pointer(t) if !seen_pointer => {
                seen_pointer = true;
                *t
            }
            TypeExpr::Named(k) => match info.types.get(&k) {
                Some(TypeDef::Typedef { target }) => crate::model::parse_type_ref(target)?,
                Some(TypeDef::Struct { .. } | TypeDef::Union { .. }) if seen_pointer => {
                    return Some(k)
                }
                _ => return None,
            },
            _ => return None,
        };
    }
    None
}

/// An unsigned integer type, through typedefs.
fn is_unsigned(info: &TypeInfo, ty: &str) -> bool {
    let mut ty = ty.to_owned();
    for _ in 0..8 {
        match info.types.get(&ty) {
            Some(TypeDef::Typedef { target }) => ty = target.clone(),
            Some(TypeDef::Base { encoding, .. }) => return encoding == "unsigned",
            _ => return false,
        }
    }
    false
}

/// An integer type, through typedefs.
fn is_integer(info: &TypeInfo, ty: &str) -> bool {
    let mut ty = ty.to_owned();
    for _ in 0..8 {
        match info.types.get(&ty) {
            Some(TypeDef::Typedef { target }) => ty = target.clone(),
            Some(TypeDef::Base { encoding, .. }) => {
                return encoding == "signed" || encoding == "unsigned"
            }
            _ => return false,
        }
    }
    false
}

/// A member name lower-cased without underscores (`struct_size`, `cbSize`
/// and `structSize` alike), for the naming conventions below.
fn fold_name(name: &str) -> String {
    name.chars()
        .filter(|c| *c != '_')
        .flat_map(char::to_lowercase)
        .collect()
}

/// A member that marks what a struct is rather than holding data (`struct_id`,
/// `eyecatcher`, `magic`, `signature`).
fn is_eyecatcher(name: &str) -> bool {
    let folded = fold_name(name);
    matches!(
        folded.as_str(),
        "structid" | "eyecatcher" | "magic" | "signature" | "structtag"
    )
}

/// A member named for the set of optional members a caller filled in
/// (`bitmask`, `field_mask`, `valid_mask`): the library reads a member only
/// when its bit is set. (A plain `mask` or `event_mask` holds data.)
fn is_mask_field(name: &str) -> bool {
    let folded = fold_name(name);
    matches!(
        folded.as_str(),
        "bitmask" | "fieldmask" | "fieldsmask" | "validmask"
    )
}

/// A member named for the layout version of the struct it opens
/// (`version`, `struct_version`, `abi_version`): callers set it from the
/// header they compiled against, and the library reads appended members
/// only for versions that have them.
fn is_version_field(name: &str) -> bool {
    let folded = fold_name(name);
    matches!(
        folded.as_str(),
        "version" | "structversion" | "abiversion" | "layoutversion" | "iversion"
    )
}

/// Member `m` became `n` at its offset, larger, ending before the next
/// member (or the end) of a struct whose size holds: it grew into the
/// padding after it. Not a bit-field.
fn grows_into_padding(
    eq: &Equiv<'_>,
    m: &Member,
    n: &Member,
    nm: &[Member],
    (os, ns): (u64, u64),
) -> bool {
    os == ns
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
        }
}

/// `m` and `n` are arrays of one element type (the same layout: `DWORD` and
/// `unsigned long` alike) with a known bound, `n` with more elements
/// (`unsigned char[33]` to `unsigned char[36]`): every old element keeps its
/// offset and meaning. (A scalar widened, or an array whose elements
/// widened, does not keep them.)
fn array_grown(eq: &mut Equiv<'_>, m: &Member, n: &Member) -> bool {
    let (Some(TypeExpr::Array(a, Some(ac))), Some(TypeExpr::Array(b, Some(bc)))) = (
        crate::model::parse_type_ref(&m.ty),
        crate::model::parse_type_ref(&n.ty),
    ) else {
        return false;
    };
    bc > ac && eq.compare_member(&a.to_string(), &b.to_string()) <= Tier::Alias
}

pub(super) fn compare_members(
    cx: &mut Cx<'_>,
    eq: &mut Equiv<'_>,
    key: &str,
    (os, om): (u64, &[Member]),
    (ns, nm): (u64, &[Member]),
) {
    let old = members_by_key(om);
    let new = members_by_key(nm);
    let is_struct = matches!(eq.infos().1.types.get(key), Some(TypeDef::Struct { .. }));
    let new_map: BTreeMap<&str, &Member> = new.iter().map(|(k, m)| (k.as_str(), *m)).collect();
    let old_keys: HashSet<&str> = old.iter().map(|(k, _)| k.as_str()).collect();
    let resized = (os != ns).then(|| {
        let how = if ns > os { "grew" } else { "shrank" };
        format!("{key} {how} from {os} to {ns} bytes")
    });
    let size_note = resized
        .as_ref()
        .map_or_else(String::new, |r| format!(", and {r}"));
    let mut added_members: Vec<(&str, &Member)> = new
        .iter()
        .filter(|(k, _)| !old_keys.contains(k.as_str()))
        .map(|(k, m)| (k.as_str(), *m))
        .collect();
    // Members matched by their bytes before their names (`reshaped.rs`):
    // scalars merged into an array of their type at their bytes, and a
    // member renamed in place whose old name went to a new member.
    let merges = {
        let (_, ni) = eq.infos();
        reshaped::merges(eq, &old, &added_members, |k| {
            !new_map.contains_key(k) && find_in_anonymous(ni, nm, k, 0, 0).is_none()
        })
    };
    let mut renamed_away: Vec<(&str, &str)> = Vec::new();
    for (k, m) in &old {
        let Some(n) = new_map.get(k.as_str()) else {
            continue;
        };
        let taken = |x: &str| {
            renamed_away.iter().any(|(_, r)| *r == x) || merges.iter().any(|g| g.array == x)
        };
        if let Some(r) = reshaped::renamed_away(eq, k, m, n, &added_members, taken) {
            renamed_away.push((k.as_str(), r));
        }
    }
    // The reused names are new members.
    for (k, _) in &renamed_away {
        added_members.push((k, new_map[k]));
    }
    let mut replacing: HashSet<&str> = HashSet::new();
    // Old members that moved within their own old place on purpose.
    let mut in_place: HashSet<&str> = HashSet::new();
    let mut removed: Vec<&str> = Vec::new();
    let mut root = false;
    for (k, m) in &old {
        if let Some(g) = merges.iter().find(|g| g.run.contains(&k.as_str())) {
            if g.run[0] == k.as_str() {
                let list = g.run.join(", ");
                let array = new_map[g.array];
                let indexed = reshaped::indexed_names(g.array, &g.run);
                cx.push(
                    "abi-member-removed",
                    if indexed {
                        format!(
                            "members {list} of {key} were merged into the array {} ({}) of their type at their bytes, each an element at its old offset, in order; existing binaries are unaffected, source that names {} no longer compiles",
                            g.array, array.ty, g.run[0]
                        )
                    } else {
                        format!(
                            "members {list} of {key} were replaced in place by the array {} ({}) of their type at their bytes; the layout is unchanged, but existing binaries that use {list} now read and write its elements",
                            g.array, array.ty
                        )
                    },
                    &format!("{list}: {}", m.ty),
                    &format!("{}: {}", g.array, array.ty),
                )
                .subject
                .member = Some(k.to_string());
                set_severity(
                    cx,
                    if indexed {
                        Severity::Info
                    } else {
                        Severity::Warning
                    },
                );
                replacing.insert(g.array);
            }
            continue;
        }
        if let Some((_, r)) = renamed_away.iter().find(|(o, _)| *o == k.as_str()) {
            let n = new_map[k.as_str()];
            cx.push(
                "abi-member-removed",
                format!(
                    "member {k} of {key} was renamed {r} in place (same type, offset and size), and its old name now belongs to a new member ({} at {}); existing binaries are unaffected, source that names {k} now gets the new member",
                    n.ty,
                    bits(n)
                ),
                &format!("{k}: {}", m.ty),
                &format!("{r}: {}", new_map[r].ty),
            )
            .subject
            .member = Some(k.to_string());
            set_severity(cx, Severity::Info);
            replacing.insert(r);
            in_place.insert(k.as_str());
            continue;
        }
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
                    // An array split into scalars of its element type, named
                    // for its elements (`v[4]` into `v1`..`v4`).
                    let split = reshaped::split_into(eq, m, &by, &new_map)
                        && reshaped::indexed_names(k, &by);
                    // Members of a union are views of the same bytes.
                    let in_union =
                        matches!(eq.infos().0.types.get(key), Some(TypeDef::Union { .. }));
                    let reserved = is_reserved_name(k)
                        || same_base
                        || renamed
                        || unwrapped
                        || in_union
                        || split;
                    cx.push(
                        "abi-member-removed",
                        if renamed {
                            format!(
                                "member {k} of {key} was renamed {} in place (same type, offset and size); existing binaries are unaffected, source that names {k} no longer compiles",
                                by[0]
                            )
                        } else if split {
                            format!(
                                "array member {k} of {key} was split into {}, scalars of its element type at its bytes, each at its element's offset, in order; existing binaries are unaffected, source that names {k} no longer compiles",
                                by.join(", ")
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
                    )
        .subject
        .member = Some(k.to_string());
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
                )
        .subject
        .member = Some(k.to_string());
            }
            Some(n) => {
                // Access narrowed: old binaries are unaffected by it, but
                // consumer code that names the member (a derived class, an
                // inline function of its own) no longer compiles.
                if !m.private && n.private && !k.starts_with("<base ") {
                    cx.push(
                        "abi-member-made-private",
                        format!(
                            "member {k} of {key} is now private; the access of a member is not part of the binary interface, so existing binaries are unaffected, but consumer code that names {k} (a class deriving from {key}, a function of its own) no longer compiles"
                        ),
                        "accessible",
                        "private",
                    )
                    .subject
                    .member = Some(k.to_string());
                    set_severity(cx, Severity::Info);
                }
                let spell = |m: &Member| match m.bit_size {
                    Some(b) => format!("{} : {b}", m.ty),
                    None => m.ty.clone(),
                };
                if is_reserved_name(k) {
                    if let Some(by) = shrunk_in_place(eq, m, n, &added_members) {
                        cx.push(
                            "abi-member-type-changed",
                            format!(
                                "reserved member {k} of {key} shrank in place from {} to {}; {} {} {} the {} it gave up, so existing binaries are unaffected",
                                spell(m),
                                spell(n),
                                if by.len() == 1 { "member" } else { "members" },
                                by.join(", "),
                                if by.len() == 1 { "takes" } else { "take" },
                                if m.bit_size.is_some() { "bits" } else { "bytes" }
                            ),
                            &m.ty,
                            &n.ty,
                        )
        .subject
        .member = Some(k.to_string());
                        set_severity(cx, Severity::Info);
                        replacing.extend(by);
                        in_place.insert(k.as_str());
                        continue;
                    }
                    if grows_into_padding(eq, m, n, nm, (os, ns)) {
                        cx.push(
                            "abi-member-type-changed",
                            format!(
                                "reserved member {k} of {key} changed type from {} to {} and grew into the padding after it; no other member moves and the size holds, so existing binaries are unaffected",
                                m.ty, n.ty
                            ),
                            &m.ty,
                            &n.ty,
                        )
        .subject
        .member = Some(k.to_string());
                        set_severity(cx, Severity::Info);
                        continue;
                    }
                }
                // An array of a struct grown by elements of its type into the
                // padding after it: the old elements keep their offsets and
                // no other member moves. Whether the library reads the new
                // elements from callers' objects is for the exposure to say
                // (`Cx::grown_into_padding`).
                if is_struct && array_grown(eq, m, n) && grows_into_padding(eq, m, n, nm, (os, ns))
                {
                    cx.push(
                        "abi-member-type-changed",
                        format!(
                            "member {k} of {key} grew from {} to {} into the padding after it; its old elements keep their offsets, no other member moves and the size holds, so existing binaries, which use only the old elements, are unaffected",
                            m.ty, n.ty
                        ),
                        &m.ty,
                        &n.ty,
                    )
                    .subject
                    .member = Some(k.to_string());
                    set_severity(cx, Severity::Info);
                    cx.grown_into_padding.insert(cx.findings.len() - 1);
                    continue;
                }
                let tier = if n.ty == m.ty && n.bit_size == m.bit_size {
                    Tier::Same
                } else if let Some(t) = super::scalars::bitfield_tier(eq, m, n) {
                    t
                } else if n.bit_size != m.bit_size {
                    Tier::Different
                } else {
                    eq.compare_member(&m.ty, &n.ty)
                };
                let bool_change = (tier == Tier::Different)
                    .then(|| super::scalars::bool_change(eq, m, n))
                    .flatten();
                let meaning = (tier == Tier::Alias)
                    .then(|| super::meaning::changed(eq, m, n))
                    .flatten();
                let (severity, why) = match tier {
                    Tier::Different if bool_change.is_some() => {
                        bool_change.expect("checked")
                    }
                    Tier::Alias if meaning.is_some() => {
                        let (severity, why) = meaning.expect("checked");
                        root |= severity == Severity::Breaking;
                        cx.meaning_changed = true;
                        (severity, why)
                    }
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
                )
                .subject
                .member = Some(k.to_string());
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
        let n = new_map
            .get(k.as_str())
            .filter(|_| !renamed_away.iter().any(|(o, _)| *o == k.as_str()))?;
        (m.ty == n.ty && eq.layout_differs(&m.ty, &n.ty)).then(|| {
            match k.strip_prefix('<').and_then(|b| b.strip_suffix('>')) {
                // `<base struct A>`: the base is its type.
                Some(base) => format!("{base} changed layout"),
                None => format!("{}, the type of member {k}, changed layout", m.ty),
            }
        })
    });
    // What else changed, as clauses of one sentence: `member pitch was
    // added`, `struct inner, the type of member in, changed layout`.
    let mut clauses = Vec::new();
    for (keys, verb) in [(&added, "added"), (&removed, "removed")] {
        if !keys.is_empty() {
            let be = if keys.len() > 1 { "were" } else { "was" };
            clauses.push(format!("{} {be} {verb}", members_phrase(keys)));
        }
    }
    clauses.extend(cause);
    let notes = if clauses.is_empty() {
        String::new()
    } else {
        format!(" as {}", and_list(&clauses))
    };
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
                "member {k} of {key} moved from {} to {}{}; {}",
                bits(m),
                bits(n),
                match moved.len() {
                    1 => String::new(),
                    2 => ", as did 1 other member".to_owned(),
                    n => format!(", as did {} other members", n - 1),
                },
                {
                    let mut why = clauses.clone();
                    why.extend(resized.clone());
                    if why.is_empty() {
                        format!("consumers built against the old layout still access it at {}", bits(m))
                    } else {
                        format!(
                            "{}, so consumers built against the old layout still access {k} at {}",
                            and_list(&why),
                            bits(m)
                        )
                    }
                }
            ),
            &bits(m),
            &bits(n),
        )
        .subject
        .member = Some(k.to_string());
    } else if let Some(how) = (!root && removed.is_empty() && ns > os)
        .then(|| {
            size_versioned(eq, key, om, os, &added_members, cx.callers_version_it)
                .map(|(field, convention)| match convention {
                    Convention::Size => format!(
                        "its first member {field} carries the size of the caller's copy (the extensible-struct convention)"
                    ),
                    Convention::Version => format!(
                        "its first member {field} carries the layout version the caller was built with (the versioned-struct convention)"
                    ),
                    Convention::Mask => format!(
                        "its first member {field} has a bit for each optional member the caller set, and old callers never set the new members' bits (the flag-guarded convention)"
                    ),
                })
                .or_else(|| {
                    let at_end = !added_members.is_empty()
                        && added_members.iter().all(|(_, m)| m.offset_bits >= os * 8);
                    (at_end && cx.callers_version_it)
                        .then(|| versioned_by_argument(eq.infos().0, key))
                        .flatten()
                        .map(|(convention, by)| match convention {
                            Convention::Version => format!(
                                "every function that takes it also takes the layout version the caller was built with ({by}; the versioned-struct convention, with the version as an argument)"
                            ),
                            Convention::Size | Convention::Mask => format!(
                                "every function that takes it also takes the size of the caller's copy right after it ({by}; the extensible-struct convention, with the size as an argument)"
                            ),
                        })
                        .or_else(|| {
                            (at_end && cx.callers_version_it)
                                .then(|| forwarded_with_old_size(eq.infos(), key, om, os))
                                .flatten()
                                .map(|by| format!(
                                    "every function old callers hand it to takes the size of their copy, or hands their pointer on with the old size to one that does ({by}; the extensible-struct convention, with the size as an argument)"
                                ))
                        })
                })
        })
        .flatten()
    {
        let f = cx.push(
            "abi-type-size-changed",
            format!(
                "{key} grew from {os} to {ns} bytes at its end{notes}; {how}, so a library that honours it never reads or writes past an old caller's end"
            ),
            &os.to_string(),
            &ns.to_string(),
        );
        f.set_severity(Severity::Info);
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
                "{key} gained {} without changing its size or the offsets of existing members; compatible for existing binaries",
                members_phrase(&added)
            ),
            "",
            &added.join(", "),
        );
    }
}
