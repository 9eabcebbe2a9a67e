//! Named types compared one by one (structs, unions, classes, enums,
//! typedefs): one finding per change, before the caller adds the symbols
//! that reach the type and classifies it by exposure; and a definition
//! moved out of the public headers.

use super::*;

pub(super) fn compare_type(
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
            // DWARF says how the class passes, not which special member
            // made it so: the reason names the rule, not a member.
            let why = if *nb {
                "it now has a non-trivial copy constructor, move constructor or destructor (user-provided, or that of a member or base class)"
            } else {
                "its copy constructor, move constructor and destructor are now all trivial (the old version had a non-trivial one: user-provided, or that of a member or base class)"
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
            cx.meaning_changed = false;
            compare_members(cx, eq, key, (*os, om), (*ns, nm));
            // Members renamed, regrouped or retyped, but the same scalars at
            // the same offsets: nothing existing binaries do changes.
            // (A member that kept its name but moved is a reorder: the same
            // scalars, other meanings.)
            let moved = cx.findings[start..]
                .iter()
                .any(|f| f.rule == "abi-member-offset-changed");
            if os == ns
                && cx.findings.len() > start
                && !moved
                && !cx.meaning_changed
                && eq.same_bytes(key)
            {
                for f in &mut cx.findings[start..] {
                    if f.severity != Severity::Info {
                        f.set_severity(Severity::Info);
                        f.message.push_str(&format!(
                            "; {key} still holds the same scalars at the same offsets, so existing binaries are unaffected"
                        ));
                    }
                }
            }
            if let Some(why) = private::unreadable_private_change(eq.infos(), key, o, n) {
                for f in &mut cx.findings[start..] {
                    if f.severity != Severity::Info {
                        f.set_severity(Severity::Info);
                        f.message.push_str("; ");
                        f.message.push_str(&why);
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
                // An anonymous target reads by its place: by its typedef's
                // name it would be `key` itself (`SANE_Frame now names
                // SANE_Int instead of SANE_Frame`).
                let shown =
                    |t: &str| super::display::anonymous_place(t).unwrap_or_else(|| t.to_owned());
                let (os, ns) = (shown(ot), shown(nt));
                let message = if severity == Severity::Breaking {
                    format!("{key} now names {ns} instead of {os}, {how}")
                } else {
                    format!("{key} now names {ns} instead of {os}; {how}")
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
                    format!(
                        "base type {key} changed from {} {oe} to {} {ne}",
                        count(*os as usize, "byte", "bytes"),
                        count(*ns as usize, "byte", "bytes")
                    ),
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
pub(super) fn added_in_padding_is_read(new: &TypeInfo, key: &str, added: &str) -> bool {
    let Some(TypeDef::Struct { members, .. }) = new.types.get(key) else {
        return false;
    };
    let extensible = members
        .first()
        .and_then(|m| m.name.as_deref())
        .is_some_and(|n| members::is_own_size_field(key, n));
    let names: Vec<&str> = added.split(", ").collect();
    // Bit-fields take bits an unnamed bit-field reserved; an empty base
    // takes no bytes at all (sigc::trackable gaining sigc::notifiable).
    let no_bytes_read = members
        .iter()
        .filter(|m| m.name.as_deref().is_some_and(|n| names.contains(&n)))
        .all(|m| m.bit_size.is_some() || is_empty_class(new, &m.ty, 0));
    !extensible && !no_bytes_read
}

/// Whether the members `added` (", "-separated names) to `key` lie in the
/// old class's tail padding (past its last byte of data, within its size)
/// of a class consumers derive from (it has protected members, or a
/// virtual function the old library defines no body for: a pure one). The
/// Itanium C++ ABI lets a derived class place its own members in the tail
/// padding of a base that is not a POD (C++03: it has a vtable pointer, a
/// base, a private member or a user-declared constructor, copy or
/// destructor), where the library now keeps the new ones; a POD base's
/// tail padding is never reused.
pub(super) fn added_in_derived_tail_padding(
    old: &TypeInfo,
    new: &TypeInfo,
    key: &str,
    added: &str,
) -> bool {
    let (
        Some(TypeDef::Struct {
            size,
            members,
            vtable,
            protected,
            by_reference,
            user_constructor,
            ..
        }),
        Some(TypeDef::Struct {
            size: new_size,
            members: new_members,
            ..
        }),
    ) = (old.types.get(key), new.types.get(key))
    else {
        return false;
    };
    let derived_from = *protected
        || vtable
            .iter()
            .any(|v| v.pure || (v.slot.is_some() && !old.functions.contains_key(&v.name)));
    let not_pod = *by_reference
        || *user_constructor
        || members.iter().any(|m| {
            m.private
                || m.name.as_deref().is_some_and(|n| {
                    n.starts_with("_vptr")
                        || n.starts_with("<base ")
                        || n.starts_with("<virtual base ")
                })
        });
    if !derived_from || !not_pod || size != new_size {
        return false;
    }
    // The end of the old data: each member's (and base's) last byte.
    let mut data_end = 0;
    for m in members {
        let bits = match m.bit_size {
            Some(b) => b,
            None => match crate::equiv::byte_size(old, &m.ty) {
                Some(b) => b * 8,
                None => return false,
            },
        };
        data_end = data_end.max((m.offset_bits + bits).div_ceil(8));
    }
    let names: Vec<&str> = added.split(", ").collect();
    let mut any = false;
    for m in new_members
        .iter()
        .filter(|m| m.name.as_deref().is_some_and(|n| names.contains(&n)))
    {
        if m.offset_bits / 8 < data_end || (m.bit_size.is_none() && is_empty_class(new, &m.ty, 0)) {
            return false;
        }
        any = true;
    }
    any && data_end < *size
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

/// `abi-type-made-internal`: a struct or union whose definition moved from a
/// header consumers include into the library's sources or an internal
/// header. Binaries are unaffected (their layout findings, if any, follow),
/// but sources that read its members no longer compile. Only decided by
/// declaring files when `--public-headers` does not decide.
pub(super) fn type_made_internal(cx: &mut Cx<'_>, old: &TypeInfo, new: &TypeInfo) {
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

#[cfg(test)]
mod tests {
    use super::*;

    fn base(name: &str, size: u64) -> TypeInfo {
        let mut info = TypeInfo::default();
        info.types.insert(
            name.to_owned(),
            TypeDef::Base {
                size,
                encoding: "signed".into(),
            },
        );
        info
    }

    #[test]
    fn a_base_type_size_change_counts_bytes_in_words() {
        let fs = diff(&base("T", 1), &base("T", 8), ("a", "b"));
        assert_eq!(fs.len(), 1, "{fs:#?}");
        assert!(
            fs[0]
                .message
                .starts_with("base type T changed from 1 byte signed to 8 bytes signed"),
            "{}",
            fs[0].message
        );
    }
}
