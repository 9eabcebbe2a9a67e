//! Range-over-func loops (Go 1.23): `for x := range seq` where `seq` is an
//! iterator function, `func(yield func(K, V) bool)`.
//!
//! The compiler turns the loop body into a function literal that `seq`
//! calls once per value, with the loop variables as its parameters: they
//! are per-iteration under every Go version that compiles the loop (go1.23
//! and later; a file pinned below go1.23 with `//go:build` does not compile
//! it, and go1.22's `GOEXPERIMENT=rangefunc` made them per-iteration even at
//! `go 1.21`). The compiler's `-d=loopvar` log never lists them. So the
//! analysis leaves their variables alone: [`Index::ranges_over_func`].
//!
//! What does change at go1.22 is the iterator's side: an iterator whose own
//! loop hands `yield` the address of its loop variable (or a closure over
//! it) gives every consumer's loop body the same shared variable up to
//! go1.21; a consumer that keeps the yielded pointer sees the last value.
//! [`Index::is_yield_param`] recognises `yield`: the function-typed
//! parameter, returning `bool`, of a function whose only parameter it is
//! and that returns nothing (the shape of `iter.Seq` and `iter.Seq2`).

use std::sync::OnceLock;

use rustc_hash::FxHashSet;

use crate::syntax::Node;

use super::scope::{import_name, named_children, Decl, DeclKind, Index};

const TABLE: &str = include_str!("../../data/loopvar-iterators.txt");

/// `(import path, function)` pairs of the table.
fn table() -> &'static FxHashSet<(&'static str, &'static str)> {
    static T: OnceLock<FxHashSet<(&'static str, &'static str)>> = OnceLock::new();
    T.get_or_init(|| parse(TABLE))
}

/// The table's entries (lines that are not `PATH FUNC` are skipped; a unit
/// test checks there are none).
fn parse(text: &'static str) -> FxHashSet<(&'static str, &'static str)> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .filter_map(|l| {
            let mut w = l.split_whitespace();
            match (w.next(), w.next(), w.next()) {
                (Some(path), Some(func), None) => Some((path, func)),
                _ => None,
            }
        })
        .collect()
}

impl<'t> Index<'t> {
    /// Whether `for` statement `f` ranges over a function, as far as the
    /// file says: a function literal, a function or method value of the
    /// file, a call of the table's std iterators, or an expression whose
    /// type the file gives as a function type or `iter.Seq`/`iter.Seq2`.
    pub fn ranges_over_func(&self, f: Node<'t>) -> bool {
        let Some(x) = named_children(f)
            .into_iter()
            .find(|c| c.kind() == "range_clause")
            .and_then(|r| r.child_by_field_name("right"))
        else {
            return false;
        };
        self.is_iterator(x)
    }

    fn is_iterator(&self, x: Node<'t>) -> bool {
        match x.kind() {
            "func_literal" => return true,
            "parenthesized_expression" => {
                return named_children(x)
                    .first()
                    .is_some_and(|i| self.is_iterator(*i))
            }
            "identifier" => {
                let name = self.text(x);
                let declared = self.find_decl(name, x);
                // A function of the file used as a value.
                if declared.is_some_and(|d| d.kind == DeclKind::Package)
                    && self
                        .funcs
                        .get(name)
                        .and_then(|f| f.child_by_field_name("name"))
                        .is_some_and(|n| declared.is_some_and(|d| d.ident.id() == n.id()))
                {
                    return true;
                }
            }
            "selector_expression" => {
                // A method value of the file (`t.All`), not a field.
                if let Some(m) = x.child_by_field_name("field") {
                    let m = self.text(m);
                    if self.methods.contains_key(m) && !self.is_field_name(m) {
                        return true;
                    }
                }
            }
            "call_expression" if self.std_iterator_call(x) => return true,
            _ => {}
        }
        self.expr_type_node(x)
            .is_some_and(|t| self.is_iterator_type(t))
    }

    /// A function type, or `iter.Seq[...]` / `iter.Seq2[...]` of std's iter.
    fn is_iterator_type(&self, t: Node<'t>) -> bool {
        match t.kind() {
            "function_type" => true,
            "generic_type" => t
                .child_by_field_name("type")
                .filter(|q| q.kind() == "qualified_type")
                .is_some_and(|q| {
                    let text = self.text(q);
                    matches!(text, "iter.Seq" | "iter.Seq2") && self.imports_path("iter", "iter")
                }),
            _ => false,
        }
    }

    /// `pkg.F(...)` where the file imports `pkg` from a std path whose `F`
    /// the table lists.
    fn std_iterator_call(&self, call: Node<'t>) -> bool {
        let Some(f) = call
            .child_by_field_name("function")
            .filter(|f| f.kind() == "selector_expression")
        else {
            return false;
        };
        let (Some(o), Some(m)) = (
            f.child_by_field_name("operand"),
            f.child_by_field_name("field"),
        ) else {
            return false;
        };
        if o.kind() != "identifier" || self.find_decl(self.text(o), o).is_some() {
            return false;
        }
        let (pkg, func) = (self.text(o), self.text(m));
        table()
            .iter()
            .any(|(path, name)| *name == func && self.imports_path(pkg, path))
    }

    /// Whether the file imports `path` under the name `name`.
    fn imports_path(&self, name: &str, path: &str) -> bool {
        if !self.imports.contains(name) {
            return false;
        }
        named_children(self.syn.root())
            .into_iter()
            .filter(|t| t.kind() == "import_declaration")
            .flat_map(|t| {
                let mut out = Vec::new();
                let mut stack = vec![t];
                while let Some(n) = stack.pop() {
                    if n.kind() == "import_spec" {
                        out.push(n);
                    } else {
                        stack.extend(named_children(n));
                    }
                }
                out
            })
            .any(|spec| {
                let Some(p) = spec.child_by_field_name("path") else {
                    return false;
                };
                let quoted = self.text(p);
                let bound = spec
                    .child_by_field_name("name")
                    .map_or_else(|| import_name(quoted), |n| self.text(n));
                bound == name && quoted.trim_matches(|c| c == '"' || c == '`') == path
            })
    }

    /// Whether parameter `d` is the `yield` of an iterator function: typed
    /// `func(...) bool`, the only parameter of a function that returns
    /// nothing.
    pub fn is_yield_param(&self, d: &Decl<'t>) -> bool {
        if d.kind != DeclKind::Param {
            return false;
        }
        let Some(t) = d.ty.map(|t| self.underlying_type(t)) else {
            return false;
        };
        if t.kind() != "function_type"
            || t.child_by_field_name("result")
                .is_none_or(|r| self.text(r) != "bool")
        {
            return false;
        }
        let Some(func) = self.enclosing_func(d.ident) else {
            return false;
        };
        if func.child_by_field_name("result").is_some() {
            return false;
        }
        let Some(params) = func.child_by_field_name("parameters") else {
            return false;
        };
        let decls = named_children(params);
        let [one] = decls.as_slice() else {
            return false;
        };
        let mut c = one.walk();
        let names: Vec<_> = one.children_by_field_name("name", &mut c).collect();
        names.len() == 1 && names[0].id() == d.ident.id()
    }
}

#[cfg(test)]
mod tests {
    use super::super::analyse;
    use super::*;
    use crate::syntax::parse as parse_go;

    /// The variables the analysis reports in `src`.
    fn reported(src: &str) -> Vec<String> {
        let s = parse_go(src).unwrap();
        analyse(&s).into_iter().map(|v| v.name).collect()
    }

    const KEEP: &str = "fs = append(fs, func() int { return v })";

    #[test]
    fn the_table_parses() {
        let lines = TABLE
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .count();
        assert_eq!(parse(TABLE).len(), lines);
        assert!(table().contains(&("maps", "Keys")));
    }

    #[test]
    fn range_over_func_loops_are_left_alone() {
        for (decls, range) in [
            ("func seq(yield func(int) bool) {}", "seq"),
            ("func seq() func(func(int) bool) { return nil }", "seq()"),
            (
                "type Seq func(func(int) bool)\nfunc seq() Seq { return nil }",
                "seq()",
            ),
            (
                "import \"iter\"\nfunc seq() iter.Seq[int] { return nil }",
                "seq()",
            ),
            ("import \"slices\"", "slices.Values([]int{1})"),
            (
                "type T struct{}\nvar t T\nfunc (T) All(yield func(int) bool) {}",
                "t.All",
            ),
            ("", "func(yield func(int) bool) {}"),
        ] {
            let src = format!(
                "package p\n{decls}\nvar fs []func() int\nfunc f() {{\n\tfor v := range {range} {{\n\t\t{KEEP}\n\t}}\n}}\n"
            );
            assert!(reported(&src).is_empty(), "{src}");
        }
    }

    #[test]
    fn other_ranges_are_still_analysed() {
        for (decls, range) in [
            ("func seq() []int { return nil }", "seq()"),
            ("type T struct{ All []int }\nvar t T", "t.All"),
            // golang.org/x/exp/maps.Keys returned a slice.
            (
                "import \"golang.org/x/exp/maps\"",
                "maps.Keys(map[int]int{})",
            ),
            ("var xs map[int]int", "xs"),
        ] {
            let src = format!(
                "package p\n{decls}\nvar fs []func() int\nfunc f() {{\n\tfor v := range {range} {{\n\t\t{KEEP}\n\t}}\n}}\n"
            );
            assert_eq!(reported(&src), ["v"], "{src}");
        }
    }

    #[test]
    fn yield_of_an_iterator_only() {
        let body = "for _, v := range xs {\n\t\tif !yield(&v) {\n\t\t\treturn\n\t\t}\n\t}";
        let iterator =
            format!("package p\nvar xs []int\nfunc all(yield func(*int) bool) {{\n\t{body}\n}}\n");
        let s = parse_go(&iterator).unwrap();
        let got = analyse(&s);
        assert!(
            matches!(&got[..], [v] if matches!(&v.change, crate::loopvar::Change::Semantics { certainty: crate::loopvar::Certainty::Possible, cause: crate::loopvar::Cause::Yielded { .. }, .. })),
            "{got:?}"
        );
        // A callback that is not an iterator's yield: two parameters, or a
        // result, or not returning bool.
        for sig in [
            "func all(yield func(*int) bool, n int)",
            "func all(yield func(*int) bool) int",
            "func all(yield func(*int))",
        ] {
            let ret = if sig.ends_with("int") { "return 0" } else { "" };
            let src = format!(
                "package p\nvar xs []int\n{sig} {{\n\tfor _, v := range xs {{\n\t\tyield(&v)\n\t}}\n\t{ret}\n}}\n"
            );
            let s = parse_go(&src).unwrap();
            assert!(
                analyse(&s).iter().all(|v| !matches!(
                    &v.change,
                    crate::loopvar::Change::Semantics {
                        cause: crate::loopvar::Cause::Yielded { .. },
                        ..
                    }
                )),
                "{src}"
            );
        }
    }
}
