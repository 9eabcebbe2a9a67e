//! Types as a reader of C reads them, in what findings say: the last step of
//! [`super::diff`].
//!
//! The comparisons compose messages and values from [`TypeRef`]s, the
//! structural spellings that are the identity of types in dumps, groups and
//! fingerprints (`fn(const char *, int) -> int *` is a pointer to a
//! function returning `int`). This pass respells, in each finding's message
//! and old and new values only, every type in C declarator syntax
//! (`int (*)(const char *, int)`, `int (*)[4]`, `char *const`), every
//! typedef by its name (`u16`, not `typedef u16`; where a finding's old or
//! new value is one, its message says once what it stands for and, if the
//! sizes differ, both sizes: `u16 (unsigned short, 2 bytes)`), and every
//! anonymous struct, union or enum by the typedef that names it
//! (`typedef struct { ... } foo_t;` reads `foo_t`) or, when nothing names
//! it, by where it is declared (`(anonymous struct in foo.h:12)`). The
//! subject's `type`, `symbol` and `member`, and therefore fingerprints and
//! waivers, keep the structural spelling but for the keyword (below); a C++
//! symbol's demangled name is added beside it (`subject.demangled`, what
//! text and Markdown show).
//!
//! A C++ class or scoped enum is named with the keyword its source declares
//! it with (`class Widget`, `enum class Mode`, where the key says `struct
//! Widget`, `enum Mode`), everywhere: message, values, the subject's `type`
//! and `member` (`<base class Shape>`), the new version's declaration first.
//! Fingerprints and waivers read `class` as `struct`
//! ([`compat_report::fingerprint::type_identity`]), so they are the same as
//! when every class was named `struct`.

use std::collections::{BTreeMap, BTreeSet};

use compat_report::Finding;

use crate::model::{c_spelling, parse_type_ref, TypeDef, TypeExpr, TypeInfo, TypeRef};

/// The display names of anonymous types (`struct <anon@foo.h:12>`): the
/// typedef that names one, in either version.
fn anon_names(infos: [&TypeInfo; 2]) -> BTreeMap<&str, &str> {
    let mut out = BTreeMap::new();
    for info in infos {
        for (key, def) in &info.types {
            if let (TypeDef::Typedef { target }, Some(name)) = (def, key.strip_prefix("typedef ")) {
                let anonymous = target.contains("<anon@")
                    && matches!(parse_type_ref(target), Some(TypeExpr::Named(_)));
                if anonymous {
                    out.entry(target.as_str()).or_insert(name);
                }
            }
        }
    }
    out
}

/// How an anonymous type's key reads: its typedef's name, else
/// `(anonymous struct in foo.h:12)`; any other name as it is.
fn named(key: &str, anon: &BTreeMap<&str, &str>) -> String {
    if let Some(name) = anon.get(key) {
        return (*name).to_owned();
    }
    anonymous_place(key).unwrap_or_else(|| key.to_owned())
}

/// An anonymous type's key (`enum <anon@foo.h:12>`) as its place reads,
/// `(anonymous enum in foo.h:12)`: where the typedef that would name it is
/// the subject itself; `None` for a named type.
pub(super) fn anonymous_place(key: &str) -> Option<String> {
    let (kind, place) = key.split_once(" <anon@")?;
    let place = place.strip_suffix('>').unwrap_or(place);
    Some(format!("(anonymous {kind} in {place})"))
}

/// Every [`TypeRef`] the two versions spell (results, parameters,
/// variables, members, typedef targets, underlying types) and every
/// typedef's key.
fn spellings(infos: [&TypeInfo; 2]) -> BTreeSet<&TypeRef> {
    let mut out = BTreeSet::new();
    for info in infos {
        for f in info.functions.values() {
            out.insert(&f.ret);
            out.extend(f.params.iter().map(|p| &p.ty));
        }
        out.extend(info.variables.values().map(|v| &v.ty));
        // A typedef's name occurs in messages without a use of it.
        out.extend(info.types.keys().filter(|k| k.starts_with("typedef ")));
        for def in info.types.values() {
            match def {
                TypeDef::Struct { members, .. } | TypeDef::Union { members, .. } => {
                    out.extend(members.iter().map(|m| &m.ty));
                }
                TypeDef::Typedef { target } => {
                    out.insert(target);
                }
                TypeDef::Enum {
                    underlying: Some(u),
                    ..
                } => {
                    out.insert(u);
                }
                _ => {}
            }
        }
    }
    out
}

/// Respells the types in the messages and values of `findings` (see the
/// module documentation).
pub(super) fn readable(findings: &mut [Finding], old: &TypeInfo, new: &TypeInfo) {
    for f in findings.iter_mut() {
        if let Some(sym) = &f.subject.symbol {
            f.subject.demangled = compat_elf::demangle(sym);
        }
    }
    declarators(findings, old, new);
    keywords(findings, [new, old]);
}

/// The keys of the classes and scoped enums of `infos` with the keyword
/// their declaration uses (`struct Widget` → `class Widget`, `enum Mode` →
/// `enum class Mode`), the first version's declaration first; longest key
/// first. Anonymous types read by their typedef or place instead.
fn keyworded(infos: [&TypeInfo; 2]) -> Vec<(&str, String)> {
    let mut seen: BTreeMap<&str, Option<String>> = BTreeMap::new();
    for info in infos {
        for (key, def) in &info.types {
            seen.entry(key.as_str())
                .or_insert_with(|| def.keyword_name(key));
        }
    }
    let mut out: Vec<(&str, String)> = seen
        .into_iter()
        .filter(|(key, _)| !key.contains("<anon@"))
        .filter_map(|(key, shown)| Some((key, shown?)))
        .collect();
    out.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then(a.0.cmp(b.0)));
    out
}

/// Names every class and scoped enum in the message, values, type and
/// member of `findings` with its keyword ([`keyworded`]; `infos`: the new
/// version, then the old).
fn keywords(findings: &mut [Finding], infos: [&TypeInfo; 2]) {
    let shown = keyworded(infos);
    if shown.is_empty() {
        return;
    }
    for f in findings {
        let s = &mut f.subject;
        for text in [
            Some(&mut f.message),
            s.old_value.as_mut(),
            s.new_value.as_mut(),
            s.type_name.as_mut(),
            s.member.as_mut(),
        ]
        .into_iter()
        .flatten()
        {
            for (key, with) in &shown {
                if text.contains(key) {
                    *text = name_replaced(text, key, with);
                }
            }
        }
    }
}

/// `text` with the type name `key` (`struct ns::W`) replaced by `with`
/// wherever it is the whole name, not the start of a longer one
/// (`struct ns::W::Impl`, `struct ns::Wide`, `struct ns::W<int>`).
fn name_replaced(text: &str, key: &str, with: &str) -> String {
    let ident = |c: char| c.is_alphanumeric() || c == '_';
    let mut out = String::with_capacity(text.len() + 8);
    let mut rest = text;
    while let Some(at) = rest.find(key) {
        let before = rest[..at].chars().last().or_else(|| out.chars().last());
        let mut after = rest[at + key.len()..].chars();
        let (next, then) = (after.next(), after.next());
        // `struct W::Impl` and `struct W<int>` go on; `struct W: its ...` ends.
        let goes_on = match next {
            Some(':') => then == Some(':'),
            Some(c) => ident(c) || c == '<',
            None => false,
        };
        let whole = !before.is_some_and(ident) && !goes_on;
        out.push_str(&rest[..at]);
        out.push_str(if whole { with } else { key });
        rest = &rest[at + key.len()..];
    }
    out.push_str(rest);
    out
}

/// Respells declarators, typedefs and anonymous types in the messages and
/// values of `findings` (see the module documentation).
fn declarators(findings: &mut [Finding], old: &TypeInfo, new: &TypeInfo) {
    // Only spellings with a declarator C writes differently (a function, a
    // pointer to an array, a qualified pointer) or a typedef's name can
    // occur to be respelled.
    let derived = |s: &str| {
        s.contains("fn(")
            || s.contains("] *")
            || s.contains(" (")
            || s.contains("typedef ")
            || s.contains("memptr(")
    };
    if !findings
        .iter()
        .any(|f| fields(f).any(|t| derived(t) || t.contains("<anon@")))
    {
        return;
    }
    let anon = anon_names([old, new]);
    for f in findings.iter_mut() {
        typedef_values(f, [old, new], &anon);
    }
    // Longest first: a spelling is replaced before any it contains.
    let mut respell: Vec<(&str, String)> = spellings([old, new])
        .into_iter()
        .filter(|s| derived(s))
        .filter_map(|s| {
            let c = c_spelling(s, &bare);
            (c != *s).then_some((s.as_str(), c))
        })
        .collect();
    respell.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then(a.0.cmp(b.0)));
    for f in findings {
        for text in [
            Some(&mut f.message),
            f.subject.old_value.as_mut(),
            f.subject.new_value.as_mut(),
        ]
        .into_iter()
        .flatten()
        {
            if derived(text) {
                for (from, to) in &respell {
                    if text.contains(from) {
                        *text = replaced(text, from, to, usize::MAX);
                    }
                }
            }
            if text.contains("<anon@") {
                *text = anon_respelled(text, &anon);
            }
        }
    }
}

/// A named type as C source names it: a typedef by its name alone
/// (`typedef u16` is `u16`).
fn bare(name: &str) -> String {
    name.strip_prefix("typedef ").unwrap_or(name).to_owned()
}

/// `text` with up to `count` occurrences of the type spelling `from`
/// replaced by `to`: only whole spellings, not the start or end of a longer
/// name (`typedef u16` in `typedef u16_t`).
fn replaced(text: &str, from: &str, to: &str, count: usize) -> String {
    let ident = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '_');
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    let mut done = 0;
    while done < count {
        let Some(at) = rest.find(from) else {
            break;
        };
        let before = if at > 0 {
            rest[..at].chars().last()
        } else {
            out.chars().last()
        };
        let after = rest[at + from.len()..].chars().next();
        let word = |c: char| c.is_alphanumeric() || c == '_';
        // A spelling that starts or ends with a word character must not
        // continue a word before or after it.
        let glued =
            (ident(before) && from.starts_with(word)) || (ident(after) && from.ends_with(word));
        out.push_str(&rest[..at]);
        if !glued {
            out.push_str(to);
            done += 1;
        } else {
            out.push_str(from);
        }
        rest = &rest[at + from.len()..];
    }
    out.push_str(rest);
    out
}

/// What the typedef `value` (`typedef u16`) of `info` stands for, as C
/// spells it (`unsigned short`), through typedefs of typedefs; `None` when
/// `value` is not a typedef or says nothing its name does not.
fn typedef_meaning(info: &TypeInfo, value: &str, anon: &BTreeMap<&str, &str>) -> Option<String> {
    if !value.starts_with("typedef ") {
        return None;
    }
    let mut cur = value.to_owned();
    let mut target = None;
    for _ in 0..32 {
        let Some(TypeDef::Typedef { target: t }) = info.types.get(&cur) else {
            break;
        };
        target = Some(t.clone());
        match parse_type_ref(t) {
            Some(TypeExpr::Named(k)) if k.starts_with("typedef ") => cur = k,
            _ => break,
        }
    }
    let name = |n: &str| c_base_name(&named(&bare(n), anon)).to_owned();
    let spelled = c_spelling(&target?, &name);
    (spelled != bare(value)).then_some(spelled)
}

/// A base type as C programmers write it (`unsigned short`), not as GCC's
/// DWARF names it (`short unsigned int`); any other name as it is.
fn c_base_name(name: &str) -> &str {
    match name {
        "short int" => "short",
        "short unsigned int" => "unsigned short",
        "long int" => "long",
        "long unsigned int" => "unsigned long",
        "long long int" => "long long",
        "long long unsigned int" => "unsigned long long",
        other => other,
    }
}

/// A finding whose old or new value is a typedef says in its message, where
/// the value occurs first, what the typedef stands for, with both sizes
/// when they differ (the other value's size too, when it is no typedef):
/// `from typedef u16 to typedef u32` reads `from u16 (unsigned short, 2
/// bytes) to u32 (unsigned int, 4 bytes)`. The values
/// themselves become the names (by the respelling that follows).
fn typedef_values(f: &mut Finding, [old, new]: [&TypeInfo; 2], anon: &BTreeMap<&str, &str>) {
    let (Some(o), Some(n)) = (f.subject.old_value.clone(), f.subject.new_value.clone()) else {
        return;
    };
    let sides = [(o, old), (n, new)].map(|(value, info)| {
        let meaning = typedef_meaning(info, &value, anon);
        let size = crate::equiv::byte_size(info, &value);
        (value, meaning, size)
    });
    if sides.iter().all(|(_, meaning, _)| meaning.is_none()) {
        return;
    }
    let sizes_differ = matches!((sides[0].2, sides[1].2), (Some(a), Some(b)) if a != b);
    for (value, meaning, size) in sides {
        let size = size.filter(|_| sizes_differ).map(|n| match n {
            1 => "1 byte".to_owned(),
            n => format!("{n} bytes"),
        });
        let shown = match (meaning, size) {
            (Some(m), Some(size)) => format!("{} ({m}, {size})", bare(&value)),
            (Some(m), None) => format!("{} ({m})", bare(&value)),
            (None, Some(size)) => format!("{value} ({size})"),
            (None, None) => continue,
        };
        f.message = replaced(&f.message, &value, &shown, 1);
    }
}

/// The message and values of `f`.
fn fields(f: &Finding) -> impl Iterator<Item = &str> {
    [
        Some(f.message.as_str()),
        f.subject.old_value.as_deref(),
        f.subject.new_value.as_deref(),
    ]
    .into_iter()
    .flatten()
}

/// `text` with every anonymous type's key (`struct <anon@foo.h:12>`) read
/// as [`named`] says.
fn anon_respelled(text: &str, anon: &BTreeMap<&str, &str>) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find("<anon@") {
        let kind_start = ["struct ", "union ", "enum ", "class "]
            .iter()
            .find(|k| rest[..at].ends_with(*k))
            .map(|k| at - k.len());
        let Some(end) = rest[at..].find('>').map(|e| at + e + 1) else {
            break;
        };
        match kind_start {
            Some(start) => {
                out.push_str(&rest[..start]);
                out.push_str(&named(&rest[start..end], anon));
            }
            None => out.push_str(&rest[..end]),
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn anonymous_types_read_by_their_typedef_or_their_place() {
        let mut anon = BTreeMap::new();
        anon.insert("struct <anon@foo.h:3>", "foo_t");
        assert_eq!(
            anon_respelled(
                "struct <anon@foo.h:3> changed size; union <anon@foo.h:9:5> *",
                &anon
            ),
            "foo_t changed size; (anonymous union in foo.h:9:5) *"
        );
    }

    #[test]
    fn classes_and_scoped_enums_read_with_their_keyword() {
        let class = "class ns::W";
        for (text, want) in [
            (
                "member x of struct ns::W moved; struct ns::W * and const struct ns::W &",
                "member x of class ns::W moved; class ns::W * and const class ns::W &",
            ),
            (
                "struct ns::W::Impl, struct ns::Wide, struct ns::W<int>, struct ns::W_",
                "struct ns::W::Impl, struct ns::Wide, struct ns::W<int>, struct ns::W_",
            ),
            ("<base struct ns::W>", "<base class ns::W>"),
            (
                "only the library sets up a struct ns::W: its members are private",
                "only the library sets up a class ns::W: its members are private",
            ),
            ("ends with struct ns::W", "ends with class ns::W"),
        ] {
            assert_eq!(name_replaced(text, "struct ns::W", class), want, "{text}");
        }
    }

    #[test]
    fn declarators_read_as_c() {
        let plain = |n: &str| n.to_owned();
        for (internal, c) in [
            (
                "fn(const char *, int) -> int *",
                "int (*)(const char *, int)",
            ),
            ("fn(int) -> (char *) *", "char *(*)(int)"),
            ("fn(int) -> void *[4]", "void (*[4])(int)"),
            ("int[4] *", "int (*)[4]"),
            ("int *[4]", "int *[4]"),
            ("int[2][5]", "int[2][5]"),
            ("const (char *)", "char *const"),
            ("const (const char *) *", "const char *const *"),
            ("const (fn(void *) -> void *)", "void (*const)(void *)"),
            ("volatile (int[2])", "volatile int[2]"),
            ("const (const int[3][16])", "const int[3][16]"),
            ("const (volatile int[2])", "const volatile int[2]"),
            ("fn(...) -> int *", "int (*)(...)"),
            (
                "fn(fn(int) -> void *) -> (fn() -> int *) *",
                "int (*(*)(void (*)(int)))()",
            ),
            ("const char * &", "const char *&"),
            ("struct s", "struct s"),
            // Pointers to members as c++filt spells them.
            ("memptr(struct Foo, int)", "int Foo::*"),
            (
                "memptr(struct ns::Foo, fn(const struct ns::Foo *, int) -> void)",
                "void (ns::Foo::*)(int) const",
            ),
            (
                "memptr(struct Foo, fn(struct Foo *, ...) -> (char *))",
                "char *(Foo::*)(...)",
            ),
            ("memptr(struct Foo, int[4])", "int (Foo::*)[4]"),
            ("memptr(struct Foo, const char *) *", "const char *Foo::**"),
            (
                "const (memptr(struct Foo, long int))",
                "long int Foo::*const",
            ),
            (
                "fn(memptr(struct Foo, fn(struct Foo *) -> int)) -> void *",
                "void (*)(int (Foo::*)())",
            ),
        ] {
            assert_eq!(c_spelling(internal, &plain), c, "{internal}");
        }
    }
}
