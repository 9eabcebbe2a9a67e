//! Anonymous types named by declaration line, matched across versions so
//! that moving a declaration reports nothing.
//!
//! The line is the last resort: an anonymous type is first known by its
//! place, which survives lines added above it: the typedef that names it
//! (`typedef struct { ... } foo_t;`), else the member of a placed type whose
//! type it is, else the exported variable of its type. A new type at an old
//! type's line that is not that type gets a name of its own (`<anon@x.h:2
//! (new)>`), so it is never compared with the type the line held before.

use super::*;

/// Anonymous types of `new` that are old ones under another key: new key to
/// old key (or to a key of its own, for a new type at an old type's line).
/// First those in the same place (see the module documentation); then those
/// with the same definition (up to anonymous names); then, for those that
/// also changed, those in the same place found by walking from matched
/// types: the type of the same member of the same (or already matched)
/// type, or the target of the same typedef.
pub(super) fn anon_renames(old: &TypeInfo, new: &TypeInfo) -> BTreeMap<String, String> {
    let anon = |k: &str| k.contains("<anon@");
    let shape = |k: &str, d: &TypeDef| -> String {
        let kind = k.split(' ').next().unwrap_or("");
        let json = serde_json::to_string(d).unwrap_or_default();
        format!("{kind} {}", mask_anon(&json))
    };
    // New key to old key, identities included until the end.
    let mut out: BTreeMap<String, String> = BTreeMap::new();
    let mut taken: HashSet<String> = HashSet::new();
    let old_at: BTreeMap<String, String> = places(old).into_iter().map(|(k, p)| (p, k)).collect();
    for (nk, p) in places(new) {
        if let Some(ok) = old_at.get(&p) {
            taken.insert(ok.clone());
            out.insert(nk, ok.clone());
        }
    }
    // A new type at the key of an old type that another new type is: not
    // that old type, whatever else it matches.
    let displaced: HashSet<String> = new
        .types
        .keys()
        .filter(|k| anon(k) && !out.contains_key(*k) && taken.contains(*k))
        .cloned()
        .collect();
    let vacated = |k: &str, out: &BTreeMap<String, String>| {
        displaced.contains(k) || out.get(k).is_some_and(|o| o != k)
    };
    let old_free = |k: &str, out: &BTreeMap<String, String>, taken: &HashSet<String>| {
        anon(k)
            && old.types.contains_key(k)
            && !taken.contains(k)
            && (!new.types.contains_key(k) || vacated(k, out))
    };
    let new_free = |k: &str, out: &BTreeMap<String, String>| {
        anon(k)
            && new.types.contains_key(k)
            && !out.contains_key(k)
            && (!old.types.contains_key(k) || displaced.contains(k))
    };
    let mut candidates: BTreeMap<String, Vec<&str>> = BTreeMap::new();
    for (k, d) in &old.types {
        if old_free(k, &out, &taken) {
            candidates.entry(shape(k, d)).or_default().push(k);
        }
    }
    let mut by_shape: Vec<(String, String)> = Vec::new();
    for (k, d) in &new.types {
        if new_free(k, &out) {
            if let Some(list) = candidates.get_mut(&shape(k, d)) {
                if !list.is_empty() {
                    by_shape.push((k.clone(), list.remove(0).to_owned()));
                }
            }
        }
    }
    for (n, o) in by_shape {
        taken.insert(o.clone());
        out.insert(n, o);
    }
    // By place, until nothing changes (anonymous types nest).
    for _ in 0..16 {
        let mut changed = false;
        let back: BTreeMap<&str, &str> =
            out.iter().map(|(n, o)| (o.as_str(), n.as_str())).collect();
        let mut pairs: Vec<(String, String)> = Vec::new();
        for (ok, od) in &old.types {
            let nk = match back.get(ok.as_str()) {
                Some(n) => *n,
                None if !vacated(ok, &out) => ok.as_str(),
                None => continue,
            };
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
            if same_kind && new_free(&n, &out) && old_free(&o, &out, &taken) {
                taken.insert(o.clone());
                out.insert(n, o);
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
    // Displaced types that matched nothing: a key of their own.
    for k in &displaced {
        if !out.contains_key(k) {
            let mut fresh = format!("{} (new)>", k.strip_suffix('>').unwrap_or(k));
            while old.types.contains_key(&fresh) || new.types.contains_key(&fresh) {
                fresh = format!("{} (new)>", fresh.strip_suffix('>').unwrap_or(&fresh));
            }
            out.insert(k.clone(), fresh);
        }
    }
    out.retain(|n, o| n != o);
    out
}

/// The place of each anonymous type of `info` that has one, by key: `struct
/// in typedef foo_t`, `union in struct bar::u` (through named members of
/// placed types, at any depth), `struct in variable baz`. A place that more
/// than one type has is dropped.
fn places(info: &TypeInfo) -> BTreeMap<String, String> {
    let anon = |k: &str| k.contains("<anon@") && info.types.contains_key(k);
    let kind = |k: &str| k.split(' ').next().unwrap_or("").to_owned();
    let mut out: BTreeMap<String, String> = BTreeMap::new();
    for (k, d) in &info.types {
        if let (TypeDef::Typedef { target }, Some(name)) = (d, k.strip_prefix("typedef ")) {
            if anon(target) && !out.contains_key(target) {
                out.insert(
                    target.clone(),
                    format!("{} in typedef {name}", kind(target)),
                );
            }
        }
    }
    for (name, v) in &info.variables {
        if anon(&v.ty) && !out.contains_key(&v.ty) {
            out.insert(v.ty.clone(), format!("{} in variable {name}", kind(&v.ty)));
        }
    }
    for _ in 0..16 {
        let mut found: Vec<(String, String)> = Vec::new();
        for (k, d) in &info.types {
            let (TypeDef::Struct { members, .. } | TypeDef::Union { members, .. }) = d else {
                continue;
            };
            let parent = if anon(k) {
                match out.get(k) {
                    Some(p) => p.as_str(),
                    None => continue,
                }
            } else {
                k.as_str()
            };
            // Named members only: an unnamed one's number moves when
            // another is inserted before it.
            for m in members {
                let Some(name) = &m.name else {
                    continue;
                };
                if anon(&m.ty) && !out.contains_key(&m.ty) {
                    found.push((m.ty.clone(), format!("{} in {parent}::{name}", kind(&m.ty))));
                }
            }
        }
        if found.is_empty() {
            break;
        }
        for (k, p) in found {
            out.entry(k).or_insert(p);
        }
    }
    let mut count: BTreeMap<&str, usize> = BTreeMap::new();
    for p in out.values() {
        *count.entry(p.as_str()).or_default() += 1;
    }
    let unique: HashSet<String> = count
        .into_iter()
        .filter(|(_, n)| *n == 1)
        .map(|(p, _)| p.to_owned())
        .collect();
    out.retain(|_, p| unique.contains(p));
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

/// `s` with every anonymous type's key (`struct <anon@x.h:2>`) renamed at
/// once, so that keys swapped between two types stay swapped.
fn rename(s: &str, renames: &BTreeMap<String, String>) -> String {
    if !s.contains("<anon@") {
        return s.to_owned();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(at) = rest.find("<anon@") {
        let Some(end) = rest[at..].find('>').map(|j| at + j + 1) else {
            break;
        };
        // The kind word before the name: `struct`, `union` or `enum`.
        let head = rest[..at].trim_end_matches(' ');
        let start = head
            .rfind(|c: char| !c.is_ascii_alphanumeric() && c != '_')
            .map_or(0, |p| p + 1);
        match renames.get(&rest[start..end]) {
            Some(to) => {
                out.push_str(&rest[..start]);
                out.push_str(to);
            }
            None => out.push_str(&rest[..end]),
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

pub(super) fn rename_info(info: &TypeInfo, renames: &BTreeMap<String, String>) -> TypeInfo {
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
                        protected,
                        explicit,
                        methods,
                        user_constructor,
                        declaration_only,
                        class,
                    } => TypeDef::Struct {
                        methods: methods.clone(),
                        user_constructor: *user_constructor,
                        protected: *protected,
                        size: *size,
                        members: members(ms),
                        vtable: vtable.clone(),
                        by_reference: *by_reference,
                        explicit: explicit.clone(),
                        declaration_only: *declaration_only,
                        class: *class,
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
        out_of_line: info.out_of_line.clone(),
        void_views: info
            .void_views
            .iter()
            .map(|(k, sym)| (r(k), sym.clone()))
            .collect(),
        calls: info.calls.clone(),
        forwards: info.forwards.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_renamed_at_once_and_by_kind() {
        let renames: BTreeMap<String, String> = [
            ("struct <anon@x.h:2>", "struct <anon@x.h:4>"),
            ("struct <anon@x.h:4>", "struct <anon@x.h:2>"),
            ("union <anon@x.h:5>", "union <anon@x.h:5 (new)>"),
        ]
        .into_iter()
        .map(|(a, b)| (a.to_owned(), b.to_owned()))
        .collect();
        assert_eq!(
            rename(
                "fn(struct <anon@x.h:2> *, const struct <anon@x.h:4>, union <anon@x.h:5>[2], struct <anon@x.h:5>) -> void",
                &renames
            ),
            "fn(struct <anon@x.h:4> *, const struct <anon@x.h:2>, union <anon@x.h:5 (new)>[2], struct <anon@x.h:5>) -> void"
        );
        assert_eq!(rename("int", &renames), "int");
    }
}
