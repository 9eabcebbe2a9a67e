//! Anonymous types named by declaration line, matched across versions so
//! that moving a declaration reports nothing.

use super::*;

/// Anonymous types of `new` that are the old ones at another line: new key
/// to old key. First those with the same definition (up to anonymous names);
/// then, for those that also changed, the ones in the same place: the type of
/// the same member of the same (or already matched) type, or the target of
/// the same typedef.
pub(super) fn anon_renames(old: &TypeInfo, new: &TypeInfo) -> BTreeMap<String, String> {
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
    }
}
