//! Fingerprints: the identity of a finding that survives re-runs.
//!
//! `compat:v1:` followed by the first 16 bytes (32 hex digits) of the SHA-256
//! of the rule id, the component and the canonical subject. What identifies a
//! subject is what a consumer binds or a reviewer names: the library, symbol,
//! version, type, member, Go package and target, the `compat.toml` entry, the object's file name, and a
//! source file's path relative to the inputs. Never part of it: the message,
//! line and column numbers, the old and new inputs of a diff, absolute paths
//! or the tool's version. Only a finding whose subject names nothing else
//! (a DT_NEEDED entry, a SONAME) is identified by its old and new values.
//!
//! Waivers (`fingerprint = ...`), findings baselines, SARIF
//! `partialFingerprints`, GitLab Code Quality and the history store all key on
//! this value, so it is versioned (`v1`) and changes only with that prefix.
//!
//! A C++ type is named with the keyword its source declares it with (`class
//! Widget`, `enum class Mode`), but identified as before compat named it so
//! ([`type_identity`]: `struct Widget`, `enum Mode`): the keyword is not part
//! of a type's identity in C++, and fingerprints taken before did not have it.

use std::borrow::Cow;

use sha2::{Digest, Sha256};

use crate::finding::Subject;

/// The prefix of every fingerprint of this version.
pub const PREFIX: &str = "compat:v1:";

/// The fingerprint of a finding of `rule` about `subject` in `component`
/// (empty outside `compat check`). `roots` are the inputs of the run: a
/// source file under one of them is named relative to it, so moving a tree
/// keeps its fingerprints.
pub fn fingerprint(rule: &str, component: &str, subject: &Subject, roots: &[String]) -> String {
    let mut h = Sha256::new();
    let mut field = |key: &str, value: &str| {
        // Length-prefixed fields: no value can forge a separator.
        h.update((key.len() as u64).to_le_bytes());
        h.update(key.as_bytes());
        h.update((value.len() as u64).to_le_bytes());
        h.update(value.as_bytes());
    };
    field("rule", rule);
    field(
        "component",
        subject.component.as_deref().unwrap_or(component),
    );
    let names = [
        ("library", &subject.library),
        ("symbol", &subject.symbol),
        ("version", &subject.version),
        ("type", &subject.type_name),
        ("member", &subject.member),
        ("package", &subject.package),
        ("target", &subject.target),
        ("id", &subject.id),
    ];
    let mut named = false;
    for (key, value) in names {
        if let Some(v) = value {
            match key {
                "type" | "member" => field(key, &type_identity(v)),
                _ => field(key, v),
            }
            named = true;
        }
    }
    if let Some(object) = &subject.object {
        field("object", base_name(object));
        named = true;
    }
    if let Some(file) = &subject.file {
        // A source file (it has lines) is named by its place in the tree; a
        // binary by its file name, wherever the build put it.
        let name = if subject.line.is_some() {
            relative(file, roots)
        } else {
            base_name(file).to_owned()
        };
        field("file", &name);
        named = true;
    }
    if !named {
        for (key, value) in [("old", &subject.old_value), ("new", &subject.new_value)] {
            if let Some(v) = value {
                field(key, v);
            }
        }
    }
    let digest = h.finalize();
    let mut out = String::with_capacity(PREFIX.len() + 32);
    out.push_str(PREFIX);
    for b in &digest[..16] {
        out.push(char::from_digit(u32::from(b >> 4), 16).unwrap_or('0'));
        out.push(char::from_digit(u32::from(b & 15), 16).unwrap_or('0'));
    }
    out
}

/// A type's name (or a member's: `<base class Shape>`) as fingerprints and
/// waivers compare it: C++'s `class` read as `struct` and `enum class` as
/// `enum` (`class Widget` is `struct Widget`, one type whichever keyword
/// declares it); borrowed when it has no `class` keyword.
pub fn type_identity(name: &str) -> Cow<'_, str> {
    let ident = |b: u8| b.is_ascii_alphanumeric() || b == b'_' || b >= 0x80;
    let bytes = name.as_bytes();
    // `class` as a keyword: a word of its own, a name after it.
    let keywords: Vec<usize> = name
        .match_indices("class ")
        .map(|(at, _)| at)
        .filter(|&at| {
            (at == 0 || !ident(bytes[at - 1])) && bytes.get(at + 6).is_some_and(|&b| b != b' ')
        })
        .collect();
    if keywords.is_empty() {
        return Cow::Borrowed(name);
    }
    let mut out = String::with_capacity(name.len() + keywords.len());
    let mut from = 0;
    for at in keywords {
        out.push_str(&name[from..at]);
        let after_enum =
            out.ends_with("enum ") && (out.len() == 5 || !ident(out.as_bytes()[out.len() - 6]));
        // `enum class Mode` is `enum Mode`, `class Widget` `struct Widget`.
        if !after_enum {
            out.push_str("struct ");
        }
        from = at + "class ".len();
    }
    out.push_str(&name[from..]);
    Cow::Owned(out)
}

/// Whether `text` has the shape of a fingerprint of this version.
pub fn is_fingerprint(text: &str) -> bool {
    text.strip_prefix(PREFIX).is_some_and(|hex| {
        hex.len() == 32 && hex.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
    })
}

/// The last component of a path.
fn base_name(path: &str) -> &str {
    path.trim_end_matches('/')
        .rsplit('/')
        .next()
        .unwrap_or(path)
}

/// `path` relative to the first root that holds it (a root that is the file
/// itself leaves its name), with `./` prefixes dropped.
fn relative(path: &str, roots: &[String]) -> String {
    let clean = |p: &str| -> String {
        let mut parts: Vec<&str> = Vec::new();
        for part in p.split('/') {
            match part {
                "" | "." => {}
                _ => parts.push(part),
            }
        }
        parts.join("/")
    };
    let path_c = clean(path);
    let absolute = path.starts_with('/');
    for root in roots {
        if root.starts_with('/') != absolute {
            continue;
        }
        let root_c = clean(root);
        if root_c == path_c {
            return base_name(&path_c).to_owned();
        }
        if root_c.is_empty() {
            return path_c;
        }
        if let Some(rest) = path_c.strip_prefix(&root_c) {
            if let Some(rest) = rest.strip_prefix('/') {
                return rest.to_owned();
            }
        }
    }
    if absolute {
        // Outside every root: an absolute path would differ between machines.
        base_name(&path_c).to_owned()
    } else {
        path_c
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sym(symbol: &str) -> Subject {
        Subject {
            symbol: Some(symbol.into()),
            version: Some("V_1".into()),
            old_file: Some("/build/a/libx.so".into()),
            new_file: Some("/build/b/libx.so".into()),
            old_value: Some("8".into()),
            new_value: Some("16".into()),
            ..Subject::default()
        }
    }

    #[test]
    fn class_keywords_keep_the_identity_of_struct() {
        for (name, identity) in [
            ("class Widget", "struct Widget"),
            ("enum class Mode", "enum Mode"),
            ("<base class ns::Shape>", "<base struct ns::Shape>"),
            ("<virtual base class B>", "<virtual base struct B>"),
            ("struct Widget", "struct Widget"),
            ("subclass Widget", "subclass Widget"),
            ("struct class", "struct class"),
            ("class", "class"),
        ] {
            assert_eq!(type_identity(name), identity, "{name}");
        }
        let mut class = Subject {
            type_name: Some("class Widget".into()),
            member: Some("<base class Shape>".into()),
            ..Subject::default()
        };
        let with_struct = Subject {
            type_name: Some("struct Widget".into()),
            member: Some("<base struct Shape>".into()),
            ..Subject::default()
        };
        let print = |s: &Subject| fingerprint("abi-member-offset-changed", "", s, &[]);
        assert_eq!(print(&class), print(&with_struct));
        class.type_name = Some("class Gadget".into());
        assert_ne!(print(&class), print(&with_struct));
    }

    #[test]
    fn shape() {
        let f = fingerprint("abi-symbol-removed", "", &sym("x"), &[]);
        assert!(is_fingerprint(&f), "{f}");
        assert!(!is_fingerprint("compat:v1:ABC"));
        assert!(!is_fingerprint(&f.replace("v1", "v2")));
    }

    #[test]
    fn inputs_values_and_lines_do_not_count() {
        let a = sym("x");
        let mut b = sym("x");
        b.old_file = Some("elsewhere/libx.so".into());
        b.new_value = Some("24".into());
        b.line = Some(9);
        assert_eq!(
            fingerprint("abi-symbol-removed", "c", &a, &[]),
            fingerprint("abi-symbol-removed", "c", &b, &[])
        );
    }

    #[test]
    fn subject_rule_and_component_count() {
        let base = fingerprint("abi-symbol-removed", "c", &sym("x"), &[]);
        assert_ne!(base, fingerprint("abi-symbol-removed", "c", &sym("y"), &[]));
        assert_ne!(base, fingerprint("abi-symbol-hidden", "c", &sym("x"), &[]));
        assert_ne!(base, fingerprint("abi-symbol-removed", "d", &sym("x"), &[]));
    }

    #[test]
    fn source_files_are_named_relative_to_the_inputs() {
        let at = |file: &str, root: &str| {
            let s = Subject {
                file: Some(file.into()),
                line: Some(3),
                ..Subject::default()
            };
            fingerprint("go-build-syntax", "", &s, &[root.to_owned()])
        };
        assert_eq!(at("/tmp/a/m/x.go", "/tmp/a"), at("/srv/b/m/x.go", "/srv/b"));
        assert_eq!(at("./m/x.go", "."), at("m/x.go", "."));
        assert_ne!(at("/tmp/a/m/x.go", "/tmp/a"), at("/tmp/a/n/x.go", "/tmp/a"));
    }

    #[test]
    fn binaries_are_named_by_file_name() {
        let at = |file: &str| {
            let s = Subject {
                file: Some(file.into()),
                symbol: Some("f".into()),
                ..Subject::default()
            };
            fingerprint("ld-symbol-unresolved", "", &s, &[])
        };
        assert_eq!(at("/usr/bin/app"), at("build/out/app"));
    }

    #[test]
    fn a_subject_naming_nothing_is_its_values() {
        let v = |n: &str| Subject {
            new_value: Some(n.into()),
            ..Subject::default()
        };
        assert_ne!(
            fingerprint("abi-needed-added", "", &v("libm.so.6"), &[]),
            fingerprint("abi-needed-added", "", &v("libz.so.1"), &[])
        );
    }
}
