//! `go-export-directive-ignored`: export directives cgo passes over without
//! a word, so the symbol is missing from the c-shared library.
//!
//! cgo (`cmd/cgo/ast.go`, `saveExport`) looks only at the doc comment of
//! each function declaration (the comment group `go/parser` attaches to
//! it) and only at comments whose text starts with exactly `//export `
//! (one space). So these export nothing, and `go build` says nothing:
//! `// export F` (a space after `//`), `//Export F` (another case),
//! `//export\tF` (a tab), `/*export F*/`, and a correct `//export F` that
//! is not in the doc comment of a function: separated from `func F` by a
//! blank line, or standing above something else. Another comment line
//! between `//export F` and `func F` without a blank line keeps it in the
//! doc comment: F is exported (checked against `go build
//! -buildmode=c-shared` in `tests/cgo_toolchain.rs`).
//!
//! A correct `//export` in a file that does not import "C" is
//! `go-export-without-cgo` (`compat go buildtags`), not repeated here.

use std::collections::HashSet;

use compat_report::{Finding, Subject};

use crate::syntax::{descendants, Node, Syntax};

use super::ast::kids;
use super::package::Package;

/// The comments `go/parser` would attach to `node` as its doc comment: the
/// comment group ending on the line right above it (comments on the line
/// of the previous token belong to that token).
pub(crate) fn doc_comments<'t>(src: &Syntax, node: Node<'t>) -> Vec<Node<'t>> {
    let _ = src;
    let mut comments = Vec::new();
    let mut prev_line: Option<usize> = None;
    let mut cur = node.prev_sibling();
    while let Some(n) = cur {
        if n.kind() == "comment" {
            comments.push(n);
        } else if n.kind() != "\n" {
            prev_line = Some(n.end_position().row);
            break;
        }
        cur = n.prev_sibling();
    }
    comments.reverse();
    // Drop the line comment of the previous token (same line, and the
    // comments that continue it on that line).
    let mut i = 0;
    if let Some(pl) = prev_line {
        let mut end = pl;
        while i < comments.len() && comments[i].start_position().row == end {
            end = comments[i].end_position().row;
            i += 1;
        }
    }
    let rest = &comments[i..];
    // Group the rest: a comment starting more than one line after the end
    // of the previous one starts a new group.
    let mut start = 0;
    for k in 1..rest.len() {
        if rest[k].start_position().row > rest[k - 1].end_position().row + 1 {
            start = k;
        }
    }
    let group = &rest[start..];
    match group.last() {
        Some(last) if last.end_position().row + 1 == node.start_position().row => group.to_vec(),
        _ => Vec::new(),
    }
}

/// How a comment looks as an export directive.
enum Directive<'s> {
    /// `//export NAME`, as cgo reads it.
    Exact(&'s str),
    /// A spelling cgo does not read, with the name it names.
    NearMiss(&'s str),
}

fn directive(text: &str) -> Option<Directive<'_>> {
    if let Some(rest) = text.strip_prefix("//export ") {
        let name = rest.trim();
        return (!name.is_empty()).then_some(Directive::Exact(name));
    }
    let body = if let Some(b) = text.strip_prefix("//") {
        b
    } else {
        text.strip_prefix("/*")?.strip_suffix("*/")?
    };
    let t = body.trim_start();
    let word = t.get(..6)?;
    if !word.eq_ignore_ascii_case("export") {
        return None;
    }
    let after = &t[6..];
    if !after.starts_with(|c: char| c.is_whitespace()) {
        return None;
    }
    let name = after.trim();
    let ident = !name.is_empty()
        && name.chars().all(|c| c.is_alphanumeric() || c == '_')
        && !name.starts_with(|c: char| c.is_ascii_digit());
    ident.then_some(Directive::NearMiss(name))
}

/// The findings for every file of `pkg` (which has a cgo file).
pub(crate) fn check(pkg: &Package<'_>, package: &str) -> Vec<Finding> {
    let mut out = Vec::new();
    for (fi, file) in pkg.files.iter().enumerate() {
        let src = &file.syntax;
        // Comments that are the doc comment of a function, and the
        // function they document.
        let mut in_doc: HashSet<usize> = HashSet::new();
        let tops = kids(src.root());
        for t in &tops {
            if t.kind() == "function_declaration" {
                for c in doc_comments(src, *t) {
                    in_doc.insert(c.id());
                }
            }
        }
        for c in descendants(src.root()).filter(|n| n.kind() == "comment") {
            let text = src.text_of(c);
            let Some(d) = directive(text) else { continue };
            let p = src.pos(c);
            let shown = text.trim_end();
            let (name, message) = match d {
                Directive::Exact(name) => {
                    if in_doc.contains(&c.id()) || !file.imports_c {
                        continue;
                    }
                    let next = tops.iter().find(|t| t.start_byte() > c.end_byte());
                    let why = match next {
                        Some(t)
                            if t.kind() == "function_declaration"
                                && t.child_by_field_name("name")
                                    .is_some_and(|n| src.text_of(n) == name) =>
                        {
                            format!("is separated from func {name} by a blank line (or a comment group after one), so it is not the function's doc comment")
                        }
                        _ => format!("does not stand directly above func {name}"),
                    };
                    (
                        name,
                        format!("{shown} {why}; cgo ignores it, {name} is missing from the c-shared library's symbols and C callers fail with \"undefined symbol: {name}\" (go build says nothing); put the line directly above func {name}, without a blank line"),
                    )
                }
                Directive::NearMiss(name) => {
                    if !pkg.funcs.contains_key(name) {
                        continue;
                    }
                    let cgo_note = if file.imports_c {
                        String::new()
                    } else {
                        " (and the file must import \"C\")".to_owned()
                    };
                    (
                        name,
                        format!("{shown} is not an export directive: cgo reads only comments starting with exactly \"//export \" in a function's doc comment, so {name} is missing from the c-shared library's symbols and C callers fail with \"undefined symbol: {name}\" (go build says nothing); write //export {name} directly above func {name}{cgo_note}"),
                    )
                }
            };
            out.push(Finding::new(
                "go-export-directive-ignored",
                message,
                Subject {
                    file: Some(file.shown.clone()),
                    line: Some(p.line),
                    column: Some(p.column),
                    package: Some(package.to_owned()),
                    symbol: Some(name.to_owned()),
                    ..Subject::default()
                },
            ));
            let _ = fi;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::syntax::parse;

    fn doc_of(src: &str, func: &str) -> Vec<String> {
        let s = parse(src).unwrap();
        let f = kids(s.root())
            .into_iter()
            .find(|t| {
                t.kind() == "function_declaration"
                    && t.child_by_field_name("name")
                        .is_some_and(|n| s.text_of(n) == func)
            })
            .unwrap();
        doc_comments(&s, f)
            .into_iter()
            .map(|c| s.text_of(c).to_owned())
            .collect()
    }

    #[test]
    fn doc_comment_groups_as_go_parser() {
        let src = "package p\n\nimport \"C\"\n\n//export A\nfunc A() {}\n\n//export B\n\nfunc B() {}\n\n//export C\n// C doc.\nfunc C() {}\n\nvar x = 1 //export D\nfunc D() {}\n\n// one\n\n// two\nfunc E() {}\n";
        assert_eq!(doc_of(src, "A"), vec!["//export A"]);
        assert!(doc_of(src, "B").is_empty());
        assert_eq!(doc_of(src, "C"), vec!["//export C", "// C doc."]);
        assert!(doc_of(src, "D").is_empty());
        assert_eq!(doc_of(src, "E"), vec!["// two"]);
    }

    #[test]
    fn directive_spellings() {
        assert!(matches!(
            directive("//export F"),
            Some(Directive::Exact("F"))
        ));
        assert!(matches!(
            directive("// export F"),
            Some(Directive::NearMiss("F"))
        ));
        assert!(matches!(
            directive("//Export F"),
            Some(Directive::NearMiss("F"))
        ));
        assert!(matches!(
            directive("//export\tF"),
            Some(Directive::NearMiss("F"))
        ));
        assert!(matches!(
            directive("/*export F*/"),
            Some(Directive::NearMiss("F"))
        ));
        assert!(directive("// Export writes the data").is_none());
        assert!(directive("// exported F").is_none());
        assert!(directive("//export").is_none());
    }
}
