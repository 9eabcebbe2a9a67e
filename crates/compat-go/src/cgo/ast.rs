//! Small helpers over the tree-sitter-go syntax tree shared by the cgo
//! analyses: parentheses, calls and their arguments, `C.name` and
//! `pkg.name` selectors, conversions.

use crate::syntax::{Node, Syntax};

/// `node` without enclosing parentheses.
pub(crate) fn unparen(mut node: Node<'_>) -> Node<'_> {
    while matches!(
        node.kind(),
        "parenthesized_expression" | "parenthesized_type"
    ) {
        match node
            .named_children(&mut node.walk())
            .find(|c| c.kind() != "comment")
        {
            Some(inner) => node = inner,
            None => break,
        }
    }
    node
}

/// The named children of `node` that are not comments.
pub(crate) fn kids(node: Node<'_>) -> Vec<Node<'_>> {
    let mut cursor = node.walk();
    node.named_children(&mut cursor)
        .filter(|c| c.kind() != "comment")
        .collect()
}

/// The expressions of an `expression_list` (or the node itself when it is
/// a single expression).
pub(crate) fn exprs(node: Node<'_>) -> Vec<Node<'_>> {
    if node.kind() == "expression_list" {
        kids(node)
    } else {
        vec![node]
    }
}

/// The callee and the arguments of a call.
pub(crate) fn call_parts(node: Node<'_>) -> Option<(Node<'_>, Vec<Node<'_>>)> {
    if node.kind() != "call_expression" {
        return None;
    }
    let f = node.child_by_field_name("function")?;
    let args = node
        .child_by_field_name("arguments")
        .map(|a| {
            kids(a)
                .into_iter()
                .map(|x| {
                    if x.kind() == "variadic_argument" {
                        kids(x).into_iter().next().unwrap_or(x)
                    } else {
                        x
                    }
                })
                .collect()
        })
        .unwrap_or_default();
    Some((f, args))
}

/// `X.name` as (`X`, `name`) when X is a plain identifier (a package name
/// or a variable).
pub(crate) fn selector<'s>(src: &'s Syntax, node: Node<'_>) -> Option<(&'s str, &'s str)> {
    let node = unparen(node);
    match node.kind() {
        "selector_expression" => {
            let op = node.child_by_field_name("operand")?;
            let f = node.child_by_field_name("field")?;
            (op.kind() == "identifier").then(|| (src.text_of(op), src.text_of(f)))
        }
        "qualified_type" => {
            let p = node.child_by_field_name("package")?;
            let n = node.child_by_field_name("name")?;
            Some((src.text_of(p), src.text_of(n)))
        }
        _ => None,
    }
}

/// `C.name` as `name`.
pub(crate) fn c_name<'s>(src: &'s Syntax, node: Node<'_>) -> Option<&'s str> {
    selector(src, node).and_then(|(p, n)| (p == "C").then_some(n))
}

/// The name a call calls, as written: `f`, `pkg.f`, `C.f`, `x.m` (the
/// method's receiver expression spelt out); `None` for other callees.
pub(crate) fn callee_name(src: &Syntax, call: Node<'_>) -> Option<String> {
    let (f, _) = call_parts(call)?;
    let f = unparen(f);
    match f.kind() {
        "identifier" => Some(src.text_of(f).to_owned()),
        "selector_expression" => Some(src.text_of(f).to_owned()),
        _ => None,
    }
}

/// The first line and column of `node` as the subject of a finding.
pub(crate) fn at(src: &Syntax, node: Node<'_>) -> (u32, u32) {
    let p = src.pos(node);
    (p.line, p.column)
}

/// The text of a Go string literal (interpreted or raw), unquoted; escapes
/// other than the simple ones are kept as written.
pub(crate) fn string_value(src: &Syntax, node: Node<'_>) -> Option<String> {
    let t = src.text_of(node);
    match node.kind() {
        "raw_string_literal" => Some(t.trim_matches('`').replace('\r', "")),
        "interpreted_string_literal" => {
            let inner = t.strip_prefix('"')?.strip_suffix('"')?;
            let mut out = String::new();
            let mut it = inner.chars();
            while let Some(c) = it.next() {
                if c != '\\' {
                    out.push(c);
                    continue;
                }
                match it.next() {
                    Some('n') => out.push('\n'),
                    Some('t') => out.push('\t'),
                    Some('r') => out.push('\r'),
                    Some('\\') => out.push('\\'),
                    Some('"') => out.push('"'),
                    Some('\'') => out.push('\''),
                    Some(o) => {
                        out.push('\\');
                        out.push(o);
                    }
                    None => out.push('\\'),
                }
            }
            Some(out)
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::syntax::{descendants, parse};

    #[test]
    fn calls_selectors_and_strings() {
        let s =
            parse("package p\nfunc f() { C.puts((C.CString(\"a\\n\"))); x.y.z(1, 2) }\n").unwrap();
        let calls: Vec<_> = descendants(s.root())
            .filter(|n| n.kind() == "call_expression")
            .collect();
        assert_eq!(calls.len(), 3);
        let (f, args) = call_parts(calls[0]).unwrap();
        assert_eq!(c_name(&s, f), Some("puts"));
        assert_eq!(args.len(), 1);
        assert_eq!(unparen(args[0]).kind(), "call_expression");
        assert_eq!(callee_name(&s, calls[2]).as_deref(), Some("x.y.z"));
        let lit = descendants(s.root())
            .find(|n| n.kind() == "interpreted_string_literal")
            .unwrap();
        assert_eq!(string_value(&s, lit).as_deref(), Some("a\n"));
    }
}
