//! The C++ standard library's instantiations as C++ programmers write them,
//! for text and Markdown: `std::string` for
//! `std::__cxx11::basic_string<char, std::char_traits<char>,
//! std::allocator<char> >`, `std::vector<int>` for `std::vector<int,
//! std::allocator<int> >`, `std::map<std::string, int>` for the map with its
//! comparator and allocator spelled out, as DWARF and c++filt spell them.
//!
//! The rule, for the templates of `stdnames.tsv` only (in namespace `std`,
//! `std::__cxx11` or libc++'s `std::__1`, both inline namespaces users never
//! write): trailing template arguments are dropped while each is the
//! standard's default for its place given the arguments before it (the
//! allocator of `std::vector<T>` is `std::allocator<T>`, the comparator of
//! `std::map<K, V>` `std::less<K>`, its allocator
//! `std::allocator<std::pair<const K, V> >`); an argument the user chose (a
//! `std::pmr` allocator, a comparator of their own) stays, and so does every
//! argument before it; an instantiation with nothing to drop stays as
//! written. What is left of `basic_string`, `basic_string_view`
//! and the stream templates over `char`, `wchar_t`, `char8_t`, `char16_t` or
//! `char32_t` reads by the standard's name for it (`std::string`,
//! `std::wstring`, `std::u16string`, `std::string_view`, `std::ostream`);
//! the `struct` or `class` before a name so shortened goes too. Arguments
//! are shortened first, inside any template. Only text and Markdown show
//! the short spellings: the JSON report (and SARIF, JUnit, GitLab Code
//! Quality) keeps messages, values and demangled names exactly as compat
//! and the demangler spell them, and fingerprints never read them.

use std::borrow::Cow;

use crate::report::Report;

/// `report` with the standard library's names shortened in every finding's
/// message, old and new values and demangled name, in the names symbol
/// lists show ([`Report::shown_names`]) and in the notes (see the module
/// documentation);
/// borrowed when nothing mentions `std::`.
pub(crate) fn abbreviated(report: &Report) -> Cow<'_, Report> {
    let mentions = report.findings.iter().any(|f| {
        let s = &f.subject;
        f.message.contains("std::")
            || [&s.old_value, &s.new_value, &s.demangled]
                .into_iter()
                .flatten()
                .any(|v| v.contains("std::"))
    }) || report.shown_names.values().any(|v| v.contains("std::"))
        || report.notes.iter().any(|n| n.contains("std::"));
    if !mentions {
        return Cow::Borrowed(report);
    }
    let mut out = report.clone();
    for f in &mut out.findings {
        let s = &mut f.subject;
        for text in [
            Some(&mut f.message),
            s.old_value.as_mut(),
            s.new_value.as_mut(),
            s.demangled.as_mut(),
        ]
        .into_iter()
        .flatten()
        {
            if let Cow::Owned(short) = abbreviate(text) {
                *text = short;
            }
        }
    }
    for name in out.shown_names.values_mut().chain(out.notes.iter_mut()) {
        if let Cow::Owned(short) = abbreviate(name) {
            *name = short;
        }
    }
    Cow::Owned(out)
}

/// `text` with every instantiation of a template of [`defaults`] shortened
/// (see the module documentation).
pub(crate) fn abbreviate(text: &str) -> Cow<'_, str> {
    if !text.contains("std::") {
        return Cow::Borrowed(text);
    }
    let out = shorten(text, 0);
    if out == text {
        Cow::Borrowed(text)
    } else {
        Cow::Owned(out)
    }
}

/// Template arguments nest; deeper than this is left as it is.
const MAX_DEPTH: u32 = 32;

fn is_ident(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_'
}

fn shorten(text: &str, depth: u32) -> String {
    let b = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < b.len() {
        let boundary = i == 0 || !(is_ident(b[i - 1]) || b[i - 1] == b':');
        if !(boundary && text[i..].starts_with("std::")) || depth > MAX_DEPTH {
            let c = text[i..].chars().next().expect("in bounds");
            out.push(c);
            i += c.len_utf8();
            continue;
        }
        // A qualified name: identifiers joined by `::`.
        let mut j = i;
        loop {
            let start = j;
            while j < b.len() && is_ident(b[j]) {
                j += 1;
            }
            if j == start {
                break;
            }
            if text[j..].starts_with("::") && b.get(j + 2).is_some_and(|&c| is_ident(c)) {
                j += 2;
            } else {
                break;
            }
        }
        let name = &text[i..j];
        let args = (b.get(j) == Some(&b'<') && !name.ends_with("::operator"))
            .then(|| template_args(text, j))
            .flatten();
        let Some((args, end)) = args else {
            out.push_str(name);
            i = j.max(i + 1);
            continue;
        };
        let raw = args;
        let args: Vec<String> = raw.iter().map(|a| shorten(a.trim(), depth + 1)).collect();
        match short_form(name, &args) {
            Some(short) => {
                // C++ names a class without `struct` or `class`.
                for kw in ["struct ", "class "] {
                    if out.ends_with(kw) {
                        let before = out.len() - kw.len();
                        if before == 0 || !is_ident(out.as_bytes()[before - 1]) {
                            out.truncate(before);
                            break;
                        }
                    }
                }
                out.push_str(&short);
            }
            // Nothing shortened, inside or out: as it was written.
            None if raw.iter().zip(&args).all(|(r, a)| r.trim() == a) => {
                out.push_str(&text[i..end]);
            }
            None => {
                out.push_str(name);
                out.push('<');
                out.push_str(&args.join(", "));
                out.push_str(if args.last().is_some_and(|a| a.ends_with('>')) {
                    " >"
                } else {
                    ">"
                });
            }
        }
        i = end;
    }
    out
}

/// The arguments of the template argument list opening at `text[open]`
/// (`<`), split at its top-level commas, and the index after its `>`;
/// `None` when it does not close.
fn template_args(text: &str, open: usize) -> Option<(Vec<&str>, usize)> {
    let b = text.as_bytes();
    let mut depth = 0usize;
    let mut args = Vec::new();
    let mut start = open + 1;
    for (k, &c) in b.iter().enumerate().skip(open) {
        match c {
            b'<' | b'(' | b'[' => depth += 1,
            b'>' | b')' | b']' => {
                depth = depth.checked_sub(1)?;
                if depth == 0 {
                    if c != b'>' {
                        return None;
                    }
                    args.push(&text[start..k]);
                    return Some((args, k + 1));
                }
            }
            b',' if depth == 1 => {
                args.push(&text[start..k]);
                start = k + 1;
            }
            _ => {}
        }
    }
    None
}

/// `name<args>` (arguments already shortened) as users write it, when
/// `name` is one of [`defaults`]' templates; `None` otherwise.
fn short_form(name: &str, args: &[String]) -> Option<String> {
    let base = name
        .strip_prefix("std::__cxx11::")
        .or_else(|| name.strip_prefix("std::__1::"))
        .or_else(|| name.strip_prefix("std::"))?;
    let defaults = defaults(base, args)?;
    let mut keep = args.len();
    while keep > 0 {
        let Some(choices) = defaults.get(keep - 1) else {
            break;
        };
        if !choices.iter().any(|d| same(d, &args[keep - 1])) {
            break;
        }
        keep -= 1;
    }
    let kept = &args[..keep];
    if let [ch] = kept {
        if let Some(name) = standard_name(base, ch) {
            return Some(format!("std::{name}"));
        }
    }
    if keep == args.len() {
        return None;
    }
    Some(format!("std::{base}<{}>", kept.join(", ")))
}

/// Two spellings of a template argument are the same but for spaces.
fn same(a: &str, b: &str) -> bool {
    a.bytes()
        .filter(|c| !c.is_ascii_whitespace())
        .eq(b.bytes().filter(|c| !c.is_ascii_whitespace()))
}

/// The templates this module shortens and their defaults, one per line of
/// `stdnames.tsv` (its header says the format).
static TABLE: &str = include_str!("stdnames.tsv");

/// The tab-separated columns of the lines of [`TABLE`] whose first column
/// is `kind` (`default` or `name`), without that column.
fn rows(kind: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    TABLE.lines().filter_map(move |line| {
        let mut cols = line.trim_end().split('\t');
        (cols.next() == Some(kind)).then(|| cols.collect())
    })
}

/// `pattern` with `$1` and `$2` replaced by the first and second of `args`;
/// `None` when it names an argument `args` does not have.
fn fill(pattern: &str, args: &[String]) -> Option<String> {
    let mut out = String::with_capacity(pattern.len());
    let mut rest = pattern;
    while let Some(at) = rest.find('$') {
        out.push_str(&rest[..at]);
        let n = match rest.as_bytes().get(at + 1) {
            Some(b'1') => 0,
            Some(b'2') => 1,
            _ => {
                out.push('$');
                rest = &rest[at + 1..];
                continue;
            }
        };
        out.push_str(args.get(n)?);
        rest = &rest[at + 2..];
    }
    out.push_str(rest);
    Some(out)
}

/// For a template of the standard library this module shortens, what each
/// argument defaults to given the ones before it (one or more spellings; an
/// empty list for an argument without default), from [`TABLE`]; `None` for
/// any other template or too few arguments.
fn defaults(base: &str, args: &[String]) -> Option<Vec<Vec<String>>> {
    args.first()?;
    let row = rows("default").find(|r| r.first() == Some(&base))?;
    row[1..]
        .iter()
        .map(|col| match *col {
            "-" => Some(Vec::new()),
            spellings => spellings.split(" | ").map(|d| fill(d, args)).collect(),
        })
        .collect()
}

/// The standard's name for `base<arg>` (`string` for `basic_string<char>`),
/// from [`TABLE`].
fn standard_name(base: &str, arg: &str) -> Option<&'static str> {
    rows("name").find_map(|r| match r.as_slice() {
        [t, a, name] if *t == base && *a == arg => Some(*name),
        _ => None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every line of the table is a comment, blank, or a row of a known
    /// kind that reads; every standard name belongs to a template with
    /// defaults, over a character type, and names no two instantiations.
    #[test]
    fn the_table_reads() {
        let mut names = std::collections::HashSet::new();
        for line in TABLE.lines() {
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let cols: Vec<&str> = line.split('\t').collect();
            match cols.as_slice() {
                ["default", t, first, rest @ ..] => {
                    assert!(!t.starts_with("std::") && *first == "-", "{line}");
                    assert!(!rest.is_empty(), "{line}");
                    for col in rest.iter().filter(|c| **c != "-") {
                        for d in col.split(" | ") {
                            let args = ["T".to_owned(), "U".to_owned()];
                            let filled = fill(d, &args).unwrap_or_else(|| panic!("{line}"));
                            assert!(
                                filled.starts_with("std::") && !filled.contains('$'),
                                "{line}"
                            );
                        }
                    }
                }
                ["name", t, ch, name] => {
                    assert!(rows("default").any(|r| r[0] == *t), "{line}");
                    assert!(ch.starts_with("char") || *ch == "wchar_t", "{line}");
                    assert!(names.insert(*name), "{line}");
                }
                _ => panic!("unknown line in stdnames.tsv: {line}"),
            }
        }
        assert_eq!(standard_name("basic_ostream", "wchar_t"), Some("wostream"));
        assert_eq!(standard_name("vector", "char"), None);
    }

    #[test]
    fn standard_instantiations_read_as_written() {
        for (full, short) in [
            (
                "std::__cxx11::basic_string<char, std::char_traits<char>, std::allocator<char> >",
                "std::string",
            ),
            (
                "const class std::__cxx11::basic_string<wchar_t, std::char_traits<wchar_t>, std::allocator<wchar_t> > &",
                "const std::wstring &",
            ),
            (
                "std::basic_string<char16_t, std::char_traits<char16_t>, std::allocator<char16_t> >",
                "std::u16string",
            ),
            (
                "std::basic_string_view<char, std::char_traits<char> >",
                "std::string_view",
            ),
            (
                "struct std::vector<int, std::allocator<int> >",
                "std::vector<int>",
            ),
            (
                "std::map<std::__cxx11::basic_string<char, std::char_traits<char>, std::allocator<char> >, int, std::less<std::__cxx11::basic_string<char, std::char_traits<char>, std::allocator<char> > >, std::allocator<std::pair<std::__cxx11::basic_string<char, std::char_traits<char>, std::allocator<char> > const, int> > >",
                "std::map<std::string, int>",
            ),
            (
                "std::map<int, int, std::less<int>, std::allocator<std::pair<const int, int> > >",
                "std::map<int, int>",
            ),
            (
                "std::unordered_map<int, long, std::hash<int>, std::equal_to<int>, std::allocator<std::pair<int const, long> > >",
                "std::unordered_map<int, long>",
            ),
            (
                "std::unique_ptr<W::Impl, std::default_delete<W::Impl> >",
                "std::unique_ptr<W::Impl>",
            ),
            (
                "std::basic_ostream<char, std::char_traits<char> >&",
                "std::ostream&",
            ),
            (
                "std::vector<std::vector<int, std::allocator<int> >, std::allocator<std::vector<int, std::allocator<int> > > >",
                "std::vector<std::vector<int>>",
            ),
            // A template not shortened keeps its name; its arguments are.
            (
                "std::shared_ptr<std::__cxx11::basic_string<char, std::char_traits<char>, std::allocator<char> > >",
                "std::shared_ptr<std::string>",
            ),
            (
                "kiwix::Library::addBook(std::__cxx11::basic_string<char, std::char_traits<char>, std::allocator<char> > const&, std::__cxx11::basic_string<char, std::char_traits<char>, std::allocator<char> > const&)",
                "kiwix::Library::addBook(std::string const&, std::string const&)",
            ),
        ] {
            assert_eq!(abbreviate(full), short, "{full}");
        }
    }

    #[test]
    fn chosen_arguments_stay() {
        for text in [
            // Not the standard's default: the allocator, the comparator.
            "std::vector<int, MyAlloc<int> >",
            "std::map<int, int, std::greater<int>, std::allocator<std::pair<int const, int> > >",
            // Not `std`'s.
            "mylib::vector<int, std::allocator<int> >",
            "struct foo_std::vector<int, std::allocator<int> >",
            "std::operator<<(std::ostream&, int)",
            "std::vector<int, std::allocator<int>",
            "no standard name here",
        ] {
            let short = abbreviate(text);
            match text {
                "std::map<int, int, std::greater<int>, std::allocator<std::pair<int const, int> > >" => {
                    assert_eq!(short, "std::map<int, int, std::greater<int>>")
                }
                _ => assert_eq!(short, text),
            }
        }
        // A chosen allocator keeps the string as written; its arguments are
        // still shortened.
        let pmr = "std::__cxx11::basic_string<char, std::char_traits<char>, std::pmr::polymorphic_allocator<char> >";
        assert_eq!(abbreviate(pmr), pmr);
        assert_eq!(
            abbreviate("std::basic_string<char, std::char_traits<char>, A<std::vector<int, std::allocator<int> > > >"),
            "std::basic_string<char, std::char_traits<char>, A<std::vector<int> > >"
        );
    }
}
