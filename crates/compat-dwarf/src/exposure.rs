//! Which named types consumers can see into: public, undecided or private.
//!
//! A change to a type's layout breaks consumers only when they compile that
//! layout in. Without public headers, DWARF and the symbol table are the only
//! evidence, and a type counts as private only with evidence:
//!
//! - **public** — consumers compile its layout in:
//!   - used by value anywhere in the interface (a parameter, result or
//!     variable, a callback's parameter or result, an array element);
//!   - *caller-allocated*: what a pointer or reference parameter of an
//!     exported function points to, when no export hands an instance out
//!     (returns a pointer to one, writes one through an out-parameter `T **`,
//!     passes one to a callback, exports one as a variable; a `T **` beside
//!     a `T *` in one function, when `T` links to others of its kind, points
//!     back into the chain the caller handed in: `bad_wr` of
//!     `ibv_post_send`), or hands one
//!     out only embedded by value in another type it hands out (libusbmuxd's
//!     device info inside the event passed to callbacks: consumers see its
//!     layout and get no pointer to one of the library's own), or hands one
//!     out from a constructor whose body calls another export taking a
//!     pointer to non-const of it first, when a header defines it (an
//!     initialiser callers can run on their own object: `mtdev_open` in
//!     `mtdev_new_open`, [`TypeInfo::calls`]). One that holds a function
//!     pointer is also filled by callers (they set the callback), so the
//!     library reads what they wrote in it (see
//!     [`Exposures::filled_with_callbacks`]). The same
//!     holds for what a member of a caller-allocated type points to: the
//!     caller fills that member too;
//!   - a table of callbacks the caller fills (most members are function
//!     pointers) that an exported function takes by pointer;
//!   - what a `void *` parameter stands for: a struct or union declared in
//!     a header that the body of an exported C function taking a `void *`
//!     holds a pointer to (`struct gbm_import_fd_data *d = buffer;` in
//!     `gbm_bo_import`), when no export hands one out
//!     ([`TypeInfo::void_views`]);
//!   - a C++ class with exported member functions (`this` parameters) or
//!     virtual functions, unless it is an implementation class: declared in
//!     a source file and deriving from a class of the library's headers or
//!     held by one through a pointer (no consumer can name it);
//!   - anything embedded by value in a public type (C++ base classes too).
//! - **undecided** — reached only through pointers the library hands out and
//!   declared in a header (or in no recorded file): consumers may read its
//!   members directly (`ctx->width`), so only the public headers can tell.
//! - **private** — reached only through pointers the library hands out and
//!   declared only in the library's own source files, or in a header whose
//!   name marks it internal (`ec_local.h`, `foo_internal.h`, `bar_priv.h`,
//!   `qobject_p.h`, `internal/bio.h`), or in a header consumers never need:
//!   the interface names the type only through a handle typedef another
//!   header declares (`typedef struct _virDomain *virDomainPtr;` in
//!   `libvirt.h`), and no exported signature spells any type its own header
//!   declares (libvirt's `datatypes.h`). A table of callbacks the library
//!   also hands out is public unless declared in such a place.
//!
//! The old version decides: existing consumers compiled in what the old
//! interface let them see.
//!
//! With `--public-headers` on both sides the headers decide instead: a type
//! they define is public, another is private unless it is used by value.

use std::collections::{BTreeSet, HashMap, HashSet};

use crate::model::{TypeDef, TypeExpr, TypeInfo};

/// How visible one type is to consumers, with the reason in words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Exposure {
    /// Consumers compile its layout in; `None` when it is used by value (the
    /// finding's own message says enough), else the reason.
    Public(Option<String>),
    /// Consumers may compile its layout in; only the public headers can tell.
    Undecided(String),
    /// Opaque to consumers.
    Private(String),
}

/// Where a named type occurs in a type expression.
#[derive(Debug, Clone, Copy, Default)]
struct Pos {
    /// Pointer or reference levels above it (0: by value).
    ptr: u8,
    /// Inside a function type's parameter list (a callback's parameter).
    callback: bool,
    /// The pointee of the first pointer level is `const` (`T * const *` is
    /// an input array, not an out-parameter).
    const_pointee: bool,
    /// The class of a pointer to member (`Foo` of `int Foo::*`).
    member_class: bool,
}

/// Calls `visit` for every named type `e` mentions, expanding typedefs in
/// place (a typedef and what it names are both visited at the same position).
fn walk<'a>(
    info: &'a TypeInfo,
    e: &TypeExpr,
    pos: Pos,
    depth: u32,
    visit: &mut dyn FnMut(&'a str, Pos),
) {
    if depth > 48 {
        return;
    }
    match e {
        TypeExpr::Named(k) => {
            let Some((key, def)) = info.types.get_key_value(k) else {
                return;
            };
            visit(key, pos);
            if let TypeDef::Typedef { target } = def {
                if let Some(t) = crate::model::parse_type_ref(target) {
                    walk(info, &t, pos, depth + 1, visit);
                }
            }
        }
        TypeExpr::Qualified(_, t) | TypeExpr::Array(t, _) => walk(info, t, pos, depth + 1, visit),
        TypeExpr::Pointer(t) | TypeExpr::Reference(t, _) => {
            let mut p = pos;
            p.ptr = p.ptr.saturating_add(1);
            if p.ptr == 1 {
                p.const_pointee = matches!(**t, TypeExpr::Qualified("const", _));
            }
            walk(info, t, p, depth + 1, visit);
        }
        // Consumers form `&Foo::member` themselves: the class's layout (and
        // vtable) and the member's type are compiled in, as a pointee's.
        TypeExpr::MemberPointer { class, pointee } => {
            let mut p = pos;
            p.ptr = p.ptr.saturating_add(1);
            p.member_class = false;
            walk(info, pointee, p, depth + 1, visit);
            p.member_class = true;
            walk(info, class, p, depth + 1, visit);
        }
        TypeExpr::Function { params, ret, .. } => {
            let inner = Pos {
                ptr: 0,
                callback: true,
                const_pointee: false,
                member_class: false,
            };
            for p in params {
                walk(info, p, inner, depth + 1, visit);
            }
            walk(info, ret, inner, depth + 1, visit);
        }
    }
}

/// Whether a parameter of `f` is a pointer to `key` itself (not in a
/// callback's parameters, one level: `T *` or `const T *`).
fn takes_one(info: &TypeInfo, f: &crate::model::Function, key: &str) -> bool {
    f.params.iter().any(|param| {
        let mut found = false;
        walk_str(info, &param.ty, &mut |k, p| {
            found |= k == key && p.ptr == 1 && !p.callback;
        });
        found
    })
}

/// An export that sets up a `key` in place and the export whose body calls
/// it on the object it hands out: `key` (through typedefs) is a struct or
/// union defined in a header consumers include (not declaration-only, not
/// in a source file or an internal header), an exported function returning
/// a pointer to it calls (`DW_TAG_call_site`, [`TypeInfo::calls`]) another
/// export whose first parameter is a pointer to non-const `key`, and that
/// export does not release what it is given (`mtdev_new_open` calling
/// `mtdev_open(struct mtdev *dev, int fd)`, `ftdi_new` calling
/// `ftdi_init`). A constructor that only allocates and sets members itself
/// (OpenSSL's `X509_STORE_CTX_new`, whose `X509_STORE_CTX_init` callers
/// call on the handed-out object) is no such evidence. `ctors` is
/// [`constructors`] of `info`.
fn initialised_in_place<'a>(
    info: &'a TypeInfo,
    key: &str,
    ctors: &HashMap<&'a str, Vec<&'a str>>,
) -> Option<(&'a str, &'a str)> {
    let mut def_key = key.to_owned();
    for _ in 0..16 {
        match info.types.get(&def_key)? {
            TypeDef::Typedef { target } => match crate::model::parse_type_ref(target)? {
                TypeExpr::Named(k) => def_key = k,
                _ => return None,
            },
            TypeDef::Struct { .. } | TypeDef::Union { .. } => break,
            _ => return None,
        }
    }
    let def = info.types.get(&def_key)?;
    if def.is_declaration_only() || info.decl_files.get(&def_key).is_none_or(|f| hidden_file(f)) {
        return None;
    }
    for &ctor in ctors.get(key).map_or(&[][..], Vec::as_slice) {
        let Some(callees) = info.calls.get(ctor) else {
            continue;
        };
        for init in callees {
            let Some(g) = info.functions.get(init) else {
                continue;
            };
            let Some(first) = g.params.first() else {
                continue;
            };
            let mut takes = false;
            walk_str(info, &first.ty, &mut |k, p| {
                takes |= k == key && p.ptr == 1 && !p.callback && !p.const_pointee;
            });
            if takes && !releases(init) {
                return Some((init.as_str(), ctor));
            }
        }
    }
    None
}

/// For each type, the exports with call sites ([`TypeInfo::calls`]) whose
/// return type reaches it at one pointer level (not as a callback), in name
/// order: where [`initialised_in_place`] looks for constructors, gathered
/// in one pass over the exports instead of one per type.
fn constructors(info: &TypeInfo) -> HashMap<&str, Vec<&str>> {
    let mut out: HashMap<&str, Vec<&str>> = HashMap::new();
    for ctor in info.calls.keys() {
        let Some(f) = info.functions.get(ctor) else {
            continue;
        };
        let mut keys = Vec::new();
        walk_str(info, &f.ret, &mut |k, p| {
            if p.ptr == 1 && !p.callback {
                keys.push(k);
            }
        });
        keys.sort_unstable();
        keys.dedup();
        for k in keys {
            out.entry(k).or_default().push(ctor.as_str());
        }
    }
    out
}

/// Whether the struct `key` (through typedefs) has a member that points to
/// another of its kind (`struct ibv_send_wr *next`).
fn links_to_itself(info: &TypeInfo, key: &str) -> bool {
    let mut own: Vec<&str> = vec![key];
    let mut ty = key;
    for _ in 0..16 {
        match info.types.get(ty) {
            Some(TypeDef::Typedef { target }) => match crate::model::parse_type_ref(target) {
                Some(TypeExpr::Named(_)) => {
                    ty = target.as_str();
                    own.push(ty);
                }
                _ => return false,
            },
            Some(TypeDef::Struct { members, .. }) => {
                return members.iter().any(|m| {
                    let mut found = false;
                    walk_str(info, &m.ty, &mut |k, p| {
                        found |= p.ptr == 1 && !p.callback && own.contains(&k);
                    });
                    found
                });
            }
            _ => return false,
        }
    }
    false
}

fn walk_str<'a>(info: &'a TypeInfo, ty: &str, visit: &mut dyn FnMut(&'a str, Pos)) {
    if let Some(e) = crate::model::parse_type_ref(ty) {
        walk(info, &e, Pos::default(), 0, visit);
    }
}

/// The member types of a struct or union, the target of a typedef, the
/// underlying type of an enum.
fn parts(def: &TypeDef) -> Vec<&str> {
    match def {
        TypeDef::Struct { members, .. } | TypeDef::Union { members, .. } => {
            members.iter().map(|m| m.ty.as_str()).collect()
        }
        TypeDef::Enum {
            underlying: Some(u),
            ..
        } => vec![u.as_str()],
        _ => Vec::new(),
    }
}

/// True for a struct or union most of whose members are function pointers:
/// a table of callbacks the caller fills in.
fn is_callback_table(info: &TypeInfo, def: &TypeDef) -> bool {
    let (TypeDef::Struct { members, .. } | TypeDef::Union { members, .. }) = def else {
        return false;
    };
    let fns = members
        .iter()
        .filter(|m| is_function_pointer(info, &m.ty))
        .count();
    fns > 0 && fns * 2 >= members.len()
}

fn is_function_pointer(info: &TypeInfo, ty: &str) -> bool {
    let mut e = crate::model::parse_type_ref(ty);
    for _ in 0..16 {
        match e {
            Some(TypeExpr::Pointer(t)) => return matches!(*t, TypeExpr::Function { .. }),
            Some(TypeExpr::Qualified(_, t)) => e = Some(*t),
            Some(TypeExpr::Named(k)) => match info.types.get(&k) {
                Some(TypeDef::Typedef { target }) => e = crate::model::parse_type_ref(target),
                _ => return false,
            },
            _ => return false,
        }
    }
    false
}

/// A file name that is a source file rather than a header.
fn is_source_file(name: &str) -> bool {
    let ext = name.rsplit_once('.').map_or("", |x| x.1);
    matches!(
        ext,
        "c" | "cc" | "cpp" | "cxx" | "c++" | "C" | "cp" | "m" | "mm" | "cu" | "s" | "S" | "y" | "l"
    )
}

/// A header whose name or directory marks it as the library's own
/// (`ec_local.h`, `foo_internal.h`, `bar_priv.h`, `qobject_p.h`,
/// `include/internal/bio.h`): projects keep these out of their installed
/// headers.
fn is_internal_header(path: &str) -> bool {
    // A directory that says so: `crypto/include/internal/bio.h`.
    let mut parts: Vec<&str> = path.split('/').collect();
    let name = parts.pop().unwrap_or_default();
    if parts.iter().any(|d| {
        matches!(
            d.to_ascii_lowercase().as_str(),
            "internal" | "private" | "priv" | "detail" | "impl"
        )
    }) {
        return true;
    }
    let lower = name.to_ascii_lowercase();
    let stem = lower
        .rsplit_once('.')
        .map_or(lower.as_str(), |(stem, _)| stem);
    [
        "local", "lcl", "locl", "internal", "int", "priv", "private", "impl", "p",
    ]
    .iter()
    .any(|w| {
        stem == *w
            || stem
                .strip_suffix(w)
                .is_some_and(|head| head.ends_with('_') || head.ends_with('-'))
    })
}

/// An integer parameter `p` that counts the elements `ptr` points to: named
/// as a count on its own (`n`, `count`, `nitems`) or as the count of that
/// parameter (`text_ptr`, `num_text`); `iv_len` beside `cipher` is not.
fn is_count(info: &TypeInfo, ptr: &crate::model::Param, p: &crate::model::Param) -> bool {
    let (Some(name), Some(of)) = (p.name.as_deref(), ptr.name.as_deref()) else {
        return false;
    };
    let lower = name.to_ascii_lowercase();
    let generic = matches!(
        lower.as_str(),
        "n" | "num" | "count" | "cnt" | "nitems" | "nelem" | "nelems" | "nmemb" | "num_items"
    );
    let words = |s: &str| -> Vec<String> {
        s.to_ascii_lowercase()
            .split('_')
            .filter(|w| !w.is_empty() && !matches!(*w, "ptr" | "p" | "list" | "array" | "arr"))
            .map(str::to_owned)
            .collect()
    };
    let counting = lower
        .split('_')
        .any(|w| matches!(w, "n" | "num" | "count" | "cnt" | "nb"))
        || lower.starts_with("num")
        || lower.starts_with("n_");
    // `text_ptr` / `num_text`, `methods` / `method_count`.
    let shares = words(of).iter().any(|w| {
        words(name).iter().any(|v| {
            v.len() >= 3 && w.len() >= 3 && (w.starts_with(v.as_str()) || v.starts_with(w.as_str()))
        })
    });
    let named = generic || (counting && shares);
    let mut ty = p.ty.clone();
    for _ in 0..8 {
        let t = crate::model::parse_type_ref(&ty);
        let key = match t {
            Some(TypeExpr::Named(k)) => k,
            Some(TypeExpr::Qualified(_, inner)) => match *inner {
                TypeExpr::Named(k) => k,
                _ => return false,
            },
            _ => return false,
        };
        match info.types.get(&key) {
            Some(TypeDef::Typedef { target }) => ty = target.clone(),
            Some(TypeDef::Base { encoding, .. }) => {
                return named && matches!(encoding.as_str(), "signed" | "unsigned")
            }
            _ => return false,
        }
    }
    false
}

/// A file consumers do not compile: a source file or an internal header.
pub(crate) fn hidden_file(name: &str) -> bool {
    is_source_file(name) || is_internal_header(name)
}

/// The exposure of every named type of one version of a library.
pub(crate) struct Exposures<'a> {
    info: &'a TypeInfo,
    public: HashMap<&'a str, Option<String>>,
    /// Types an export hands out, with one symbol that does.
    handed_out: HashMap<&'a str, &'a str>,
    /// Types callers hand in (by value, or by pointer to const).
    inputs: std::collections::HashSet<&'a str>,
    /// Types public because callers allocate them themselves (a pointer
    /// parameter takes one and no export hands one out, or hands one out
    /// only embedded in another), with the function that takes one.
    caller_allocated: HashMap<&'a str, &'a str>,
    /// Names of the structs and unions only the library's sources or
    /// internal headers declare (without `struct `).
    hidden_names: HashSet<&'a str>,
    /// The named types exported signatures spell themselves (a parameter's,
    /// result's or variable's type, a callback's among them), typedefs not
    /// expanded: what consumers must declare to call the library.
    spelled: BTreeSet<&'a str>,
    headers_decide: bool,
}

impl<'a> Exposures<'a> {
    /// Classifies the types of `info`; `headers_decide` when both versions
    /// were read with public headers.
    pub(crate) fn new(info: &'a TypeInfo, headers_decide: bool) -> Exposures<'a> {
        let mut by_value: Vec<&'a str> = Vec::new();
        let mut candidates: Vec<(&'a str, &'a str, String)> = Vec::new();
        let mut arrays: Vec<(&'a str, bool, String)> = Vec::new();
        let mut inputs: std::collections::HashSet<&'a str> = std::collections::HashSet::new();
        let mut classes: Vec<(&'a str, &'a str)> = Vec::new();
        let mut handed_out: HashMap<&'a str, &'a str> = HashMap::new();
        let mut back_into_input: Vec<(&'a str, &'a str)> = Vec::new();
        let mut caller_allocated: HashMap<&'a str, &'a str> = HashMap::new();
        let mut member_classes: Vec<(&'a str, String)> = Vec::new();

        for (sym, f) in &info.functions {
            let sym = sym.as_str();
            walk_str(info, &f.ret, &mut |k, p| {
                if p.ptr == 0 {
                    by_value.push(k);
                } else if !p.callback {
                    handed_out.entry(k).or_insert(sym);
                }
            });
            for (i, param) in f.params.iter().enumerate() {
                let this = param.name.as_deref() == Some("this");
                // A pointer beside a count (`const png_text *text, int
                // num_text`): an array the caller builds.
                // (The count follows the pointer; one before it belongs to
                // the parameter before: `key, key_len, md`.)
                let counted = f
                    .params
                    .get(i + 1)
                    .is_some_and(|q| is_count(info, param, q));
                walk_str(info, &param.ty, &mut |k, p| {
                    // What callers hand in: by value, or behind a pointer to
                    // const (`const struct opts *`, `const Options &`).
                    if !this && !p.callback && (p.ptr == 0 || (p.ptr == 1 && p.const_pointee)) {
                        inputs.insert(k);
                    }
                    // `&Foo::member` is an offset (or vtable slot) the
                    // caller computes from its copy of the class.
                    if p.member_class && !p.callback {
                        member_classes.push((
                            k,
                            format!(
                                "consumers compute the offsets of its members themselves: {} takes a pointer to a member of it as parameter {}",
                                crate::diff::display_name(sym),
                                i + 1
                            ),
                        ));
                    }
                    if p.ptr == 0 {
                        by_value.push(k);
                    } else if p.callback {
                        // The library calls the callback with one.
                        handed_out.entry(k).or_insert(sym);
                    } else if this && p.ptr == 1 {
                        classes.push((k, sym));
                    } else if p.ptr == 1 && counted {
                        arrays.push((
                            k,
                            p.const_pointee || !releases(sym),
                            format!(
                                "callers build arrays of it: {} takes a pointer to it with a count as parameter {}",
                                crate::diff::display_name(sym),
                                i + 1
                            ),
                        ));
                    } else if p.ptr == 1 || (p.ptr == 2 && p.const_pointee) {
                        // A pointer, or an input array of pointers (`T * const *`).
                        candidates.push((
                            k,
                            sym,
                            format!(
                                "{} takes a pointer to it as parameter {}",
                                crate::diff::display_name(sym),
                                i + 1
                            ),
                        ));
                    } else if !p.const_pointee {
                        if takes_one(info, f, k) {
                            back_into_input.push((k, sym));
                        } else {
                            handed_out.entry(k).or_insert(sym);
                        }
                    }
                });
            }
        }
        // An out-parameter `T **` of a function that also takes a `T *`, when
        // `T` links to others of its kind (a `next` member: a chain), points
        // back into the chain the caller handed in (`bad_wr` of
        // `ibv_post_send`), as long as nothing else hands one out: a caller
        // can only have built the chain itself.
        for (k, sym) in back_into_input {
            if !links_to_itself(info, k) {
                handed_out.entry(k).or_insert(sym);
            }
        }
        for (sym, v) in &info.variables {
            walk_str(info, &v.ty, &mut |k, p| {
                if p.ptr == 0 {
                    by_value.push(k);
                }
                handed_out.entry(k).or_insert(sym.as_str());
            });
        }
        // What a handed-out object leads to is handed out too, as far as
        // consumers can see into it (not through a type declared in the
        // library's sources or internal headers).
        // Those reached only embedded by value in such an object (never
        // through a pointer) are kept apart, with the type embedding one:
        // the library hands out no pointer to one of its own.
        let mut embedded_only: HashMap<&'a str, &'a str> = HashMap::new();
        // In name order (the map's own order changes from run to run), so
        // that which export a message names as handing a type out, and
        // which type embeds it, are the same on every run.
        let mut stack: Vec<&'a str> = handed_out.keys().copied().collect();
        stack.sort_unstable_by(|a, b| b.cmp(a));
        while let Some(k) = stack.pop() {
            let Some(def) = info.types.get(k) else {
                continue;
            };
            if info.decl_files.get(k).is_some_and(|f| hidden_file(f)) {
                continue;
            }
            let via = handed_out[k];
            for ty in parts(def) {
                walk_str(info, ty, &mut |m, p| {
                    if !handed_out.contains_key(m) {
                        handed_out.insert(m, via);
                        stack.push(m);
                        if p.ptr == 0 {
                            embedded_only.insert(m, k);
                        }
                    } else if p.ptr > 0 {
                        embedded_only.remove(m);
                    }
                });
            }
        }

        let mut out = Exposures {
            info,
            public: HashMap::new(),
            handed_out,
            inputs,
            caller_allocated: HashMap::new(),
            hidden_names: HashSet::new(),
            spelled: spelled_in_signatures(info),
            headers_decide,
        };
        let mut work: Vec<(&'a str, Option<String>)> = Vec::new();
        work.extend(by_value.into_iter().map(|k| (k, None)));
        let mut ctors = None;
        if !headers_decide {
            for (k, sym, why) in candidates {
                let def = &info.types[k];
                let handed_out = out.handed_out.contains_key(k);
                // A table the library also hands out is still the caller's
                // to fill, unless its declaration says consumers cannot see it.
                let hidden = info.decl_files.get(k).is_some_and(|f| hidden_file(f));
                if is_callback_table(info, def) && !(handed_out && hidden) {
                    work.push((
                        k,
                        Some(format!(
                            "it is a table of callbacks that callers fill in ({why})"
                        )),
                    ));
                } else if !handed_out {
                    caller_allocated.entry(k).or_insert(sym);
                    work.push((
                        k,
                        Some(format!(
                            "callers allocate it themselves: {why} and no export hands one out"
                        )),
                    ));
                } else if let Some((init, ctor)) =
                    initialised_in_place(info, k, ctors.get_or_insert_with(|| constructors(info)))
                {
                    // The library's constructor allocates one and hands it
                    // to an export that sets it up in place: callers can
                    // do the same with an object of their own.
                    caller_allocated.entry(k).or_insert(sym);
                    work.push((
                        k,
                        Some(format!(
                            "callers may allocate it themselves: {} sets up the object {} allocates, which it takes as its first parameter, so it sets up a caller's own object as well, and its definition is in a header ({why})",
                            crate::diff::display_name(init),
                            crate::diff::display_name(ctor)
                        )),
                    ));
                } else if let Some(outer) = embedded_only.get(k) {
                    caller_allocated.entry(k).or_insert(sym);
                    // The library hands out only objects that embed one:
                    // consumers see its layout and keep their own.
                    work.push((
                        k,
                        Some(format!(
                            "callers allocate it themselves: {why}, and the library hands one out only embedded by value in {outer}, never a pointer to one"
                        )),
                    ));
                }
            }
            for (k, why) in member_classes {
                if !info.decl_files.get(k).is_some_and(|f| hidden_file(f)) {
                    work.push((k, Some(why)));
                }
            }
            // What the body of a function taking a `void *` views it as
            // (`struct gbm_import_fd_data *d = buffer;` in `gbm_bo_import`),
            // declared in a header and handed out by no export: callers fill
            // one and hand it in through the `void *`.
            for (k, sym) in &info.void_views {
                if out.handed_out.contains_key(k.as_str()) || !info.types.contains_key(k) {
                    continue;
                }
                work.push((
                    k.as_str(),
                    Some(format!(
                        "callers fill it and hand it in as a void *: {} takes a void * parameter, its body reads it through a pointer to {k}, and no export hands one out",
                        crate::diff::display_name(sym)
                    )),
                ));
            }
            // Arrays callers build are theirs, whatever else hands one out;
            // only structs and unions (what a scalar array holds is the
            // parameter's own type). A function that releases a counted
            // array of a type an export hands out takes back what the
            // library allocated (`cs_free(cs_insn *insn, size_t count)`
            // after `cs_disasm`): no evidence that callers build one.
            for (k, built, why) in arrays {
                if !built && out.handed_out.contains_key(k) {
                    continue;
                }
                if matches!(
                    info.types.get(k),
                    Some(TypeDef::Struct { .. } | TypeDef::Union { .. })
                ) && !info.decl_files.get(k).is_some_and(|f| hidden_file(f))
                {
                    work.push((k, Some(why)));
                }
            }
            // A class template instantiated over a type only the library
            // can name (`std::make_shared`'s control block for a pimpl's
            // `Impl`) is made and destroyed in the library: its exported
            // members and its vtable are no evidence that consumers hold
            // instances or derive from it.
            out.hidden_names = info
                .types
                .keys()
                .filter(|k| out.source_only(k))
                .map(|k| {
                    k.strip_prefix("struct ")
                        .or_else(|| k.strip_prefix("union "))
                        .or_else(|| k.strip_prefix("class "))
                        .unwrap_or(k)
                })
                .collect();
            // Nor is an implementation class: declared in a source file and
            // implementing an interface of the library's headers, or held
            // there through a pointer (a backend, a pimpl), whatever it
            // exports (weak inline virtuals): consumers cannot name it, hold
            // it by value or derive from it. (A single-file library whose
            // classes are all declared in its source keeps them public.)
            for (k, sym) in classes {
                if out.over_hidden(k).is_some() || out.implementation_class(k) {
                    continue;
                }
                work.push((
                    k,
                    Some(format!(
                        "{k} has exported member functions ({}), so consumers hold instances and inline its members",
                        crate::diff::display_name(sym)
                    )),
                ));
            }
            for (k, def) in &info.types {
                if matches!(def, TypeDef::Struct { vtable, .. } if !vtable.is_empty())
                    && out.over_hidden(k).is_none()
                    && !out.implementation_class(k)
                {
                    work.push((
                        k.as_str(),
                        Some(format!(
                            "{k} has virtual functions, so consumers derive from it or call through its vtable"
                        )),
                    ));
                }
            }
        }
        out.caller_allocated = caller_allocated;
        out.propagate(work);
        out
    }

    /// Marks the `work` types public and, from each, what it embeds by value
    /// and (for caller-filled types) what its members point to.
    fn propagate(&mut self, mut work: Vec<(&'a str, Option<String>)>) {
        let info = self.info;
        while let Some((k, why)) = work.pop() {
            if self.public.contains_key(k) {
                continue;
            }
            self.public.insert(k, why);
            let Some(def) = info.types.get(k) else {
                continue;
            };
            let fills = !self.headers_decide
                && matches!(def, TypeDef::Struct { .. } | TypeDef::Union { .. });
            // Members that point to an array with its count beside them
            // (`const struct wl_message *methods; int method_count;`).
            let counted: Vec<bool> = match def {
                TypeDef::Struct { members, .. } => members
                    .iter()
                    .enumerate()
                    .map(|(i, m)| {
                        // Before or after it (`int method_count; const
                        // struct wl_message *methods;`).
                        [i.wrapping_sub(1), i + 1]
                            .iter()
                            .filter_map(|&j| members.get(j))
                            .any(|c| {
                                let as_param = |x: &crate::model::Member| crate::model::Param {
                                    name: x.name.clone(),
                                    ty: x.ty.clone(),
                                };
                                is_count(info, &as_param(m), &as_param(c))
                            })
                    })
                    .collect(),
                _ => Vec::new(),
            };
            for (index, ty) in parts(def).into_iter().enumerate() {
                let mut found: Vec<(&'a str, Pos)> = Vec::new();
                walk_str(info, ty, &mut |m, p| found.push((m, p)));
                for (m, p) in found {
                    if self.public.contains_key(m) {
                        continue;
                    }
                    if p.ptr == 0 {
                        work.push((
                            m,
                            Some(format!("it is embedded by value in {k}, which is public")),
                        ));
                    } else if p.ptr == 1
                        && !p.callback
                        && counted.get(index).copied().unwrap_or(false)
                        && matches!(
                            info.types.get(m),
                            Some(TypeDef::Struct { .. } | TypeDef::Union { .. })
                        )
                        && !self.source_only(m)
                    {
                        work.push((
                            m,
                            Some(format!(
                                "callers build arrays of it for {k}, a member of which points to it with a count beside it"
                            )),
                        ));
                    } else if fills
                        && p.ptr == 1
                        && !p.callback
                        && !self.handed_out.contains_key(m)
                        && !self.handed_out.contains_key(k)
                        && !self.source_only(m)
                    {
                        work.push((
                            m,
                            Some(format!(
                                "callers fill in {k}, a member of which points to it, and no export hands one out"
                            )),
                        ));
                    }
                }
            }
        }
    }

    /// Declared in a source file or an internal header: consumers cannot
    /// define it themselves (a pimpl's implementation behind a pointer in a
    /// public struct, Qt's `LabelPrivate` in `label_p.h`).
    /// Only structs and unions can be left incomplete for consumers; a
    /// typedef is followed to what it names.
    fn source_only(&self, key: &str) -> bool {
        let mut key = key.to_owned();
        for _ in 0..16 {
            match self.info.types.get(&key) {
                Some(TypeDef::Typedef { target }) => match crate::model::parse_type_ref(target) {
                    Some(TypeExpr::Named(k)) => key = k,
                    _ => return false,
                },
                Some(TypeDef::Struct { .. } | TypeDef::Union { .. }) => {
                    return self
                        .info
                        .decl_files
                        .get(&key)
                        .is_some_and(|f| hidden_file(f));
                }
                _ => return false,
            }
        }
        false
    }

    /// `key` is declared in one of the library's source files and
    /// implements or backs an interface of its own headers: a base of it is
    /// declared in a project header, or a struct declared in one holds a
    /// pointer to it (`MidiApi *rtapi_`). No consumer sees its declaration.
    fn implementation_class(&self, key: &str) -> bool {
        let info = self.info;
        let in_header = |k: &str| {
            info.decl_files
                .get(k)
                .is_some_and(|f| !is_source_file(f) && !f.starts_with("/usr/"))
        };
        if !info.decl_files.get(key).is_some_and(|f| is_source_file(f)) {
            return false;
        }
        let held = |target: &str| {
            info.types.iter().any(|(k, def)| {
                matches!(def, TypeDef::Struct { members, .. }
                    if in_header(k) && members.iter().any(|m| {
                        matches!(crate::model::parse_type_ref(&m.ty),
                            Some(TypeExpr::Pointer(t)) if matches!(*t, TypeExpr::Named(ref n) if n == target))
                    }))
            })
        };
        let mut work = vec![(key.to_owned(), 0)];
        while let Some((k, depth)) = work.pop() {
            if held(&k) {
                return true;
            }
            let Some(TypeDef::Struct { members, .. }) = info.types.get(&k) else {
                continue;
            };
            for m in members {
                if depth < 8 && m.name.as_deref().is_some_and(|n| n.starts_with("<base ")) {
                    if in_header(&m.ty) {
                        return true;
                    }
                    work.push((m.ty.clone(), depth + 1));
                }
            }
        }
        false
    }

    /// `key` is a template instantiation (or a type nested in one) over a
    /// type only the library can name: consumers cannot name it either.
    fn over_hidden(&self, key: &str) -> Option<&'a str> {
        let (_, args) = key.split_once('<')?;
        args.split(|c: char| "<>,()*&[] ".contains(c))
            .find_map(|tok| self.hidden_names.get(tok).copied())
    }

    /// `key`, declared in header `file`, is a handle's target: a typedef that
    /// another header declares and exported signatures spell names it or a
    /// pointer to it (`typedef struct _virDomain *virDomainPtr;` in
    /// `libvirt.h`), while no type `file` declares is spelled by any
    /// exported signature. Consumers then never need `file` to call the
    /// library: an internal header its name does not mark (libvirt's
    /// `datatypes.h`). Returns the typedef and its header.
    fn behind_handle(&self, key: &str, file: &str) -> Option<(&'a str, &'a str)> {
        let info = self.info;
        let declared_in = |k: &str| info.decl_files.get(k).map(String::as_str);
        if self.spelled.iter().any(|k| declared_in(k) == Some(file)) {
            return None;
        }
        let foreign = |k: &str| declared_in(k).filter(|f| *f != file && !hidden_file(f));
        self.spelled.iter().find_map(|&handle| {
            let at = foreign(handle)?;
            // Through typedefs declared outside `file` too (`virDomainPtr`
            // to `virDomain`), qualifiers and at most one pointer.
            let mut cur = handle;
            let mut pointers = 0;
            for _ in 0..8 {
                let Some(TypeDef::Typedef { target }) = info.types.get(cur) else {
                    return None;
                };
                let mut e = crate::model::parse_type_ref(target)?;
                let next = loop {
                    e = match e {
                        TypeExpr::Qualified(_, t) => *t,
                        TypeExpr::Pointer(t) if pointers == 0 => {
                            pointers += 1;
                            *t
                        }
                        TypeExpr::Named(k) => break k,
                        _ => return None,
                    };
                };
                if next == key {
                    return Some((handle, at));
                }
                let (k, _) = info.types.get_key_value(&next)?;
                foreign(k)?;
                cur = k;
            }
            None
        })
    }

    /// Callers fill `key` and hand it in (by value, or by pointer to const).
    pub(crate) fn is_input(&self, key: &str) -> bool {
        self.inputs.contains(key)
    }

    /// Why callers fill `key` and hand it in through a pointer to non-const,
    /// or `None`: they allocate it themselves (see [`Exposures::of`]) and it
    /// holds a function pointer, a callback only the caller can supply and
    /// only the library calls, so the library reads what the caller wrote
    /// (argon2's `allocate_cbk` in the `argon2_context` that `argon2_ctx`
    /// takes). A struct the library only writes into (an out-parameter such
    /// as zstd's frame header) holds data, not callbacks.
    pub(crate) fn filled_with_callbacks(&self, key: &str) -> Option<String> {
        let sym = self.caller_allocated.get(key)?;
        let mut ty = key.to_owned();
        for _ in 0..16 {
            match self.info.types.get(&ty)? {
                TypeDef::Typedef { target } => match crate::model::parse_type_ref(target)? {
                    TypeExpr::Named(k) => ty = k,
                    _ => return None,
                },
                TypeDef::Struct { members, .. } | TypeDef::Union { members, .. } => {
                    let callback = members
                        .iter()
                        .find(|m| !m.private && is_function_pointer(self.info, &m.ty))?;
                    return Some(format!(
                        "callers allocate it for {} and set its callback {}, which the library calls, so they fill it and hand it in",
                        crate::diff::display_name(sym),
                        callback.name.as_deref().unwrap_or("(unnamed)")
                    ));
                }
                _ => return None,
            }
        }
        None
    }

    /// The exposure of `key`; `other_file` is where the other version
    /// declares it, used when this version records no file (a type that is
    /// declaration-only here).
    pub(crate) fn of(&self, key: &str, other_file: Option<&str>) -> Exposure {
        if let Some(why) = self.public.get(key) {
            return Exposure::Public(why.clone());
        }
        if self.headers_decide {
            return if self.info.private_types.contains(key) {
                Exposure::Private(
                    "the public headers do not define it and the interface reaches it only through pointers, so it is opaque to consumers".into(),
                )
            } else {
                Exposure::Public(Some(
                    "the public headers define it, so consumers may allocate, embed or read it"
                        .into(),
                ))
            };
        }
        if let Some(sym) = self.handed_out.get(key) {
            if names_scalar(self.info, key) {
                return Exposure::Public(Some(format!(
                    "it names a scalar, which consumers read and write through the pointers the library hands out (for example from {}): a scalar has no members to keep private",
                    crate::diff::display_name(sym)
                )));
            }
        }
        if let Some(arg) = self.over_hidden(key) {
            return Exposure::Private(format!(
                "it is a template instantiated over {arg}, which only the library's sources declare, so consumers cannot name it"
            ));
        }
        let via = match self.handed_out.get(key) {
            Some(sym) => format!(
                "the interface reaches it only through pointers the library hands out (for example from {})",
                crate::diff::display_name(sym)
            ),
            None => "the interface reaches it only through pointers".to_owned(),
        };
        let file = self
            .info
            .decl_files
            .get(key)
            .map(String::as_str)
            .or(other_file);
        match file {
            Some(file) if is_source_file(file) => Exposure::Private(format!(
                "{via}, and it is declared only in the library's sources ({file}), so it is opaque to consumers"
            )),
            Some(file) if is_internal_header(file) => Exposure::Private(format!(
                "{via}, and it is declared in a header whose name marks it internal ({file}), so it is opaque to consumers"
            )),
            Some(file) => match self.behind_handle(key, file) {
                Some((handle, at)) => Exposure::Private(format!(
                    "{via}, and consumers name it through {handle}, which {at} declares; its own header ({file}) declares nothing an exported signature names, so consumers need not include it and the type is opaque to them"
                )),
                None => Exposure::Undecided(format!(
                    "{via}, but it is declared in a header ({file}), so consumers may read its members: {}",
                    compat_report::UNDECIDED_VISIBILITY
                )),
            },
            None => Exposure::Undecided(format!(
                "{via}, and no declaring file is recorded, so consumers may read its members: {}",
                compat_report::UNDECIDED_VISIBILITY
            )),
        }
    }
}

/// The named types exported signatures spell (see [`Exposures::spelled`]).
fn spelled_in_signatures(info: &TypeInfo) -> BTreeSet<&str> {
    fn names<'a>(info: &'a TypeInfo, e: &TypeExpr, depth: u32, out: &mut BTreeSet<&'a str>) {
        if depth > 48 {
            return;
        }
        match e {
            TypeExpr::Named(k) => {
                if let Some((key, _)) = info.types.get_key_value(k) {
                    out.insert(key.as_str());
                }
            }
            TypeExpr::Qualified(_, t)
            | TypeExpr::Array(t, _)
            | TypeExpr::Pointer(t)
            | TypeExpr::Reference(t, _) => names(info, t, depth + 1, out),
            TypeExpr::MemberPointer { class, pointee } => {
                names(info, class, depth + 1, out);
                names(info, pointee, depth + 1, out);
            }
            TypeExpr::Function { params, ret, .. } => {
                for p in params {
                    names(info, p, depth + 1, out);
                }
                names(info, ret, depth + 1, out);
            }
        }
    }
    let mut out = BTreeSet::new();
    let types = info
        .functions
        .values()
        .flat_map(|f| std::iter::once(&f.ret).chain(f.params.iter().map(|p| &p.ty)))
        .chain(info.variables.values().map(|v| &v.ty));
    for ty in types {
        if let Some(e) = crate::model::parse_type_ref(ty) {
            names(info, &e, 0, &mut out);
        }
    }
    out
}

/// Whether the function's name says it releases what it is given
/// (`cs_free`, `git_strarray_dispose`, `FreeImages`, `obj_unref`): a word
/// of the name, split at `_` and at lower-to-upper case changes.
fn releases(sym: &str) -> bool {
    let name = crate::diff::display_name(sym);
    let name = name.split('(').next().unwrap_or("");
    let name = name.rsplit("::").next().unwrap_or(name);
    let mut words: Vec<String> = Vec::new();
    let mut cur = String::new();
    let mut prev_lower = false;
    for c in name.chars() {
        if (c == '_' || (c.is_ascii_uppercase() && prev_lower)) && !cur.is_empty() {
            words.push(std::mem::take(&mut cur));
        }
        if c != '_' {
            cur.push(c.to_ascii_lowercase());
        }
        prev_lower = c.is_ascii_lowercase() || c.is_ascii_digit();
    }
    words.push(cur);
    words.iter().any(|w| {
        matches!(
            w.as_str(),
            "free" | "release" | "destroy" | "dispose" | "delete" | "unref" | "dealloc"
        )
    })
}

/// Whether `key` is a typedef that names (through typedefs and qualifiers)
/// an integer or floating type or an enum: what a pointer to it reaches is
/// the value itself.
fn names_scalar(info: &TypeInfo, key: &str) -> bool {
    let mut cur = key.to_owned();
    for _ in 0..32 {
        match info.types.get(&cur) {
            Some(TypeDef::Typedef { target }) => {
                let mut e = crate::model::parse_type_ref(target);
                while let Some(TypeExpr::Qualified(_, t)) = e {
                    e = Some(*t);
                }
                match e {
                    Some(TypeExpr::Named(k)) => cur = k,
                    _ => return false,
                }
            }
            Some(TypeDef::Base { .. } | TypeDef::Enum { .. }) => return cur != key,
            _ => return false,
        }
    }
    false
}

/// The exposure that decides a change to `key`: the old version's, since what
/// existing consumers compiled in is what the old interface let them see (a
/// type private before and public now broke no one). The new version's
/// declaring file stands in where the old one records none.
pub(crate) fn deciding(old: &Exposures<'_>, new: &TypeInfo, key: &str) -> Exposure {
    let new_file = new.decl_files.get(key).map(String::as_str);
    old.of(key, new_file)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn release_function_names() {
        for f in [
            "cs_free",
            "git_strarray_dispose",
            "FreeImages",
            "obj_unref",
            "_ZN2ns4Pool7releaseEPv",
        ] {
            assert!(releases(f), "{f}");
        }
        for f in [
            "xtables_register_matches",
            "freetype_open",
            "png_set_text",
            "undelete_rows",
        ] {
            assert!(!releases(f), "{f}");
        }
    }

    #[test]
    fn internal_header_names() {
        for h in [
            "ec_local.h",
            "foo_internal.h",
            "x_int.h",
            "bar_priv.h",
            "qobject_p.h",
            "internal.h",
            "a-private.hpp",
        ] {
            assert!(is_internal_header(h), "{h}");
        }
        for h in [
            "ec.h",
            "stdint.h",
            "sqlite3.h",
            "point.h",
            "avcodec.h",
            "help.h",
            "vocal.h",
        ] {
            assert!(!is_internal_header(h), "{h}");
        }
        for f in ["a.c", "b.cc", "c.cpp", "d.cxx"] {
            assert!(is_source_file(f), "{f}");
        }
        assert!(!is_source_file("a.h"));
    }
}
