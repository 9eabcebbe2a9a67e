//! The local variables of a function: each identifier resolved to the
//! declaration it names (Go's block scoping: blocks, `if`/`for`/`switch`
//! headers, case clauses, function literals capturing their enclosing
//! variables, `:=` redeclaring in the same scope), with the declaring scope
//! and, where it can be read off the declaration or inferred from the
//! initializer, the type. Also the expression typing the rules share
//! ([`infer`]).

use std::collections::HashMap;

use crate::syntax::{Node, Syntax};

use super::ast::{call_parts, exprs, kids, selector, unparen};
use super::package::Package;
use super::types::Ty;

/// What declared a variable.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum VarKind {
    /// A parameter (or receiver).
    Param,
    /// A named result.
    Result,
    /// A local variable.
    Local,
}

/// One declared variable.
#[derive(Debug, Clone)]
pub(crate) struct Var {
    /// Its name.
    pub(crate) name: String,
    /// Its type, when known.
    pub(crate) ty: Option<Ty>,
    /// What declared it.
    pub(crate) kind: VarKind,
    /// The byte range of the scope it is declared in.
    pub(crate) scope: (usize, usize),
    /// The function (declaration or literal) it belongs to.
    pub(crate) func: usize,
}

/// The variables of one function declaration (its literals included).
#[derive(Debug, Default)]
pub(crate) struct Locals {
    /// Declarations by the node id of the declaring identifier.
    pub(crate) vars: HashMap<usize, Var>,
    /// Every identifier (uses and declarations) to its declaration.
    uses: HashMap<usize, usize>,
    /// Whether nesting was too deep to resolve everything.
    pub(crate) too_deep: bool,
}

const MAX_DEPTH: usize = 400;

impl Locals {
    /// The declaration `ident` names (itself when it declares).
    pub(crate) fn decl_of(&self, ident: Node<'_>) -> Option<usize> {
        self.uses.get(&ident.id()).copied()
    }

    /// The variable `ident` names.
    pub(crate) fn var_of(&self, ident: Node<'_>) -> Option<(usize, &Var)> {
        let d = self.decl_of(ident)?;
        self.vars.get(&d).map(|v| (d, v))
    }

    /// Resolves the identifiers of `func` (a function or method
    /// declaration) in file `fi` of `pkg`.
    pub(crate) fn build(pkg: &Package<'_>, fi: usize, func: Node<'_>) -> Locals {
        let mut b = Builder {
            pkg,
            src: pkg.src(fi),
            scopes: Vec::new(),
            out: Locals::default(),
            funcs: Vec::new(),
        };
        b.function(func, 0);
        b.out
    }
}

struct Builder<'p, 'a> {
    pkg: &'p Package<'a>,
    src: &'a Syntax,
    /// (scope range, names declared in it).
    scopes: Vec<((usize, usize), HashMap<String, usize>)>,
    out: Locals,
    funcs: Vec<usize>,
}

impl Builder<'_, '_> {
    fn lookup(&self, name: &str) -> Option<usize> {
        self.scopes
            .iter()
            .rev()
            .find_map(|(_, m)| m.get(name).copied())
    }

    fn push(&mut self, node: Node<'_>) {
        self.scopes
            .push(((node.start_byte(), node.end_byte()), HashMap::new()));
    }

    fn declare(&mut self, ident: Node<'_>, ty: Option<Ty>, kind: VarKind) {
        let name = self.src.text_of(ident).to_owned();
        if name == "_" {
            return;
        }
        let Some((range, map)) = self.scopes.last_mut() else {
            return;
        };
        map.insert(name.clone(), ident.id());
        let scope = *range;
        self.out.uses.insert(ident.id(), ident.id());
        self.out.vars.insert(
            ident.id(),
            Var {
                name,
                ty,
                kind,
                scope,
                func: self.funcs.last().copied().unwrap_or(0),
            },
        );
    }

    fn type_of(&self, expr: Node<'_>) -> Option<Ty> {
        let lookup = |id: Node<'_>| -> Option<Ty> {
            let d = self.lookup(self.src.text_of(id))?;
            self.out.vars.get(&d).and_then(|v| v.ty.clone())
        };
        let is_local = |n: &str| self.lookup(n).is_some();
        infer(self.pkg, self.src, expr, &lookup, &is_local)
    }

    fn params(&mut self, list: Option<Node<'_>>, kind: VarKind) {
        let Some(list) = list else { return };
        if list.kind() != "parameter_list" {
            return;
        }
        for d in kids(list) {
            let ty = d
                .child_by_field_name("type")
                .and_then(|t| Ty::from_node(self.src, t))
                .map(|t| {
                    if d.kind() == "variadic_parameter_declaration" {
                        Ty::Slice(Box::new(t))
                    } else {
                        t
                    }
                });
            let mut c = d.walk();
            let names: Vec<Node<'_>> = d.children_by_field_name("name", &mut c).collect();
            for n in names {
                self.declare(n, ty.clone(), kind);
            }
        }
    }

    fn function(&mut self, func: Node<'_>, depth: usize) {
        self.push(func);
        self.funcs.push(func.id());
        self.params(func.child_by_field_name("receiver"), VarKind::Param);
        self.params(func.child_by_field_name("parameters"), VarKind::Param);
        self.params(func.child_by_field_name("result"), VarKind::Result);
        if let Some(body) = func.child_by_field_name("body") {
            self.walk(body, depth + 1);
        }
        self.funcs.pop();
        self.scopes.pop();
    }

    fn walk_kids(&mut self, node: Node<'_>, depth: usize) {
        for k in kids(node) {
            self.walk(k, depth + 1);
        }
    }

    fn walk(&mut self, node: Node<'_>, depth: usize) {
        if depth > MAX_DEPTH {
            self.out.too_deep = true;
            return;
        }
        match node.kind() {
            "identifier" => {
                if let Some(d) = self.lookup(self.src.text_of(node)) {
                    self.out.uses.insert(node.id(), d);
                }
            }
            "func_literal" => self.function(node, depth),
            "block"
            | "if_statement"
            | "for_statement"
            | "expression_switch_statement"
            | "select_statement"
            | "expression_case"
            | "default_case"
            | "communication_case" => {
                self.push(node);
                self.walk_kids(node, depth);
                self.scopes.pop();
            }
            "type_switch_statement" => {
                self.push(node);
                let alias = node.child_by_field_name("alias");
                for k in kids(node) {
                    if Some(k) == alias {
                        continue;
                    }
                    if k.kind() == "type_case" || k.kind() == "default_case" {
                        self.push(k);
                        if let Some(a) = alias {
                            let case_ty = if k.kind() == "type_case" {
                                let mut c = k.walk();
                                let tys: Vec<Node<'_>> =
                                    k.children_by_field_name("type", &mut c).collect();
                                match tys.as_slice() {
                                    [one] => Ty::from_node(self.src, *one),
                                    _ => None,
                                }
                            } else {
                                None
                            };
                            for id in exprs(a) {
                                if id.kind() == "identifier" {
                                    self.declare(id, case_ty.clone(), VarKind::Local);
                                }
                            }
                        }
                        self.walk_kids(k, depth);
                        self.scopes.pop();
                    } else {
                        self.walk(k, depth + 1);
                    }
                }
                self.scopes.pop();
            }
            "range_clause" => {
                if let Some(r) = node.child_by_field_name("right") {
                    self.walk(r, depth + 1);
                }
                let Some(left) = node.child_by_field_name("left") else {
                    return;
                };
                if self.src.text_of(node).contains(":=") {
                    let (k, v) = node
                        .child_by_field_name("right")
                        .map(|r| range_types(self.pkg, self.type_of(r)))
                        .unwrap_or((None, None));
                    for (i, id) in exprs(left).into_iter().enumerate() {
                        if id.kind() == "identifier" {
                            let ty = if i == 0 { k.clone() } else { v.clone() };
                            self.declare(id, ty, VarKind::Local);
                        }
                    }
                } else {
                    self.walk(left, depth + 1);
                }
            }
            "short_var_declaration" => {
                let right = node.child_by_field_name("right");
                if let Some(r) = right {
                    self.walk(r, depth + 1);
                }
                let rhs: Vec<Node<'_>> = right.map(exprs).unwrap_or_default();
                let Some(left) = node.child_by_field_name("left") else {
                    return;
                };
                let lhs = exprs(left);
                let tys = self.assigned_types(&lhs, &rhs);
                for (id, ty) in lhs.into_iter().zip(tys) {
                    if id.kind() != "identifier" {
                        continue;
                    }
                    let name = self.src.text_of(id);
                    let here = self.scopes.last().and_then(|(_, m)| m.get(name).copied());
                    match here {
                        Some(d) => {
                            self.out.uses.insert(id.id(), d);
                        }
                        None => self.declare(id, ty, VarKind::Local),
                    }
                }
            }
            "receive_statement" => {
                if let Some(r) = node.child_by_field_name("right") {
                    self.walk(r, depth + 1);
                }
                if let Some(left) = node.child_by_field_name("left") {
                    if self.src.text_of(node).contains(":=") {
                        let elem = node
                            .child_by_field_name("right")
                            .and_then(|r| self.type_of(r));
                        for (i, id) in exprs(left).into_iter().enumerate() {
                            if id.kind() == "identifier" {
                                let ty = if i == 0 {
                                    elem.clone()
                                } else {
                                    Some(Ty::Scalar)
                                };
                                self.declare(id, ty, VarKind::Local);
                            }
                        }
                    } else {
                        self.walk(left, depth + 1);
                    }
                }
            }
            "var_spec" | "const_spec" => {
                let value = node.child_by_field_name("value");
                if let Some(v) = value {
                    self.walk(v, depth + 1);
                }
                let declared = node
                    .child_by_field_name("type")
                    .and_then(|t| Ty::from_node(self.src, t));
                let rhs: Vec<Node<'_>> = value.map(exprs).unwrap_or_default();
                let mut c = node.walk();
                let names: Vec<Node<'_>> = node.children_by_field_name("name", &mut c).collect();
                let inferred = self.assigned_types(&names, &rhs);
                for (n, inf) in names.into_iter().zip(inferred) {
                    let ty = declared.clone().or(inf);
                    self.declare(n, ty, VarKind::Local);
                }
            }
            "selector_expression" => {
                if let Some(op) = node.child_by_field_name("operand") {
                    self.walk(op, depth + 1);
                }
            }
            "keyed_element" => {
                for (i, k) in kids(node).into_iter().enumerate() {
                    let bare_key =
                        i == 0 && kids(k).len() == 1 && kids(k)[0].kind() == "identifier";
                    if !bare_key {
                        self.walk(k, depth + 1);
                    }
                }
            }
            "type_declaration" => {}
            _ => self.walk_kids(node, depth),
        }
    }

    /// The types of `lhs` assigned from `rhs` (one value each, or one call
    /// or comma-ok expression giving them all).
    fn assigned_types(&self, lhs: &[Node<'_>], rhs: &[Node<'_>]) -> Vec<Option<Ty>> {
        if rhs.len() == lhs.len() {
            return rhs.iter().map(|r| self.type_of(*r)).collect();
        }
        if rhs.len() == 1 {
            let r = unparen(rhs[0]);
            let mut out = match r.kind() {
                "call_expression" => results_of(self.pkg, self.src, r),
                "index_expression" | "type_assertion_expression" | "unary_expression" => {
                    vec![self.type_of(r), Some(Ty::Scalar)]
                }
                _ => Vec::new(),
            };
            out.resize(lhs.len(), None);
            return out;
        }
        vec![None; lhs.len()]
    }
}

/// The key and value types of `for k, v := range x` over a value of `ty`.
fn range_types(pkg: &Package<'_>, ty: Option<Ty>) -> (Option<Ty>, Option<Ty>) {
    let Some(ty) = ty else { return (None, None) };
    match pkg.underlying(&ty) {
        Ty::Map(k, v) => (Some(*k), Some(*v)),
        Ty::Chan(e) => (Some(*e), None),
        Ty::Scalar => (Some(Ty::Scalar), None),
        Ty::Str => (Some(Ty::Scalar), Some(Ty::Scalar)),
        t => (Some(Ty::Scalar), pkg.elem(&t)),
    }
}

/// The result types of a call of a package function (several for a
/// multi-value call).
pub(crate) fn results_of(pkg: &Package<'_>, src: &Syntax, call: Node<'_>) -> Vec<Option<Ty>> {
    let Some((f, _)) = call_parts(call) else {
        return Vec::new();
    };
    let f = unparen(f);
    if f.kind() != "identifier" {
        return Vec::new();
    }
    let Some(decl) = pkg.funcs.get(src.text_of(f)) else {
        return Vec::new();
    };
    let dsrc = pkg.src(decl.file);
    match decl.node.child_by_field_name("result") {
        Some(r) if r.kind() == "parameter_list" => {
            let mut out = Vec::new();
            for d in kids(r) {
                let ty = d
                    .child_by_field_name("type")
                    .and_then(|t| Ty::from_node(dsrc, t));
                let mut c = d.walk();
                let n = d.children_by_field_name("name", &mut c).count().max(1);
                for _ in 0..n {
                    out.push(ty.clone());
                }
            }
            out
        }
        Some(r) => vec![Ty::from_node(dsrc, r)],
        None => Vec::new(),
    }
}

/// The type of an expression, as far as compat can tell. `lookup` gives
/// the type of a local variable named by an identifier; `is_local` says
/// whether a name is a local variable (so that it shadows a package or
/// type name).
pub(crate) fn infer(
    pkg: &Package<'_>,
    src: &Syntax,
    expr: Node<'_>,
    lookup: &dyn Fn(Node<'_>) -> Option<Ty>,
    is_local: &dyn Fn(&str) -> bool,
) -> Option<Ty> {
    infer_depth(pkg, src, expr, lookup, is_local, 0)
}

fn infer_depth(
    pkg: &Package<'_>,
    src: &Syntax,
    expr: Node<'_>,
    lookup: &dyn Fn(Node<'_>) -> Option<Ty>,
    is_local: &dyn Fn(&str) -> bool,
    depth: usize,
) -> Option<Ty> {
    if depth > 64 {
        return None;
    }
    let rec = |e: Node<'_>| infer_depth(pkg, src, e, lookup, is_local, depth + 1);
    let expr = unparen(expr);
    match expr.kind() {
        "identifier" => {
            let name = src.text_of(expr);
            if is_local(name) {
                return lookup(expr);
            }
            match name {
                "true" | "false" | "iota" => Some(Ty::Scalar),
                _ => {
                    let g = pkg.globals.get(name)?;
                    global_type(pkg, *g)
                }
            }
        }
        "int_literal" | "float_literal" | "imaginary_literal" | "rune_literal" | "true"
        | "false" | "iota" => Some(Ty::Scalar),
        "interpreted_string_literal" | "raw_string_literal" => Some(Ty::Str),
        "composite_literal" => Ty::from_node(src, expr.child_by_field_name("type")?),
        "func_literal" => Some(Ty::Func),
        "unary_expression" => {
            let op = expr.child_by_field_name("operand")?;
            let text = src.text_of(expr);
            if text.starts_with('&') {
                Some(Ty::Ptr(Box::new(rec(op)?)))
            } else if text.starts_with('*') {
                match pkg.underlying(&rec(op)?) {
                    Ty::Ptr(t) => Some(*t),
                    _ => None,
                }
            } else if text.starts_with("<-") {
                match pkg.underlying(&rec(op)?) {
                    Ty::Chan(t) => Some(*t),
                    _ => None,
                }
            } else if text.starts_with('!') {
                Some(Ty::Scalar)
            } else {
                rec(op)
            }
        }
        "binary_expression" => {
            let op = expr.child_by_field_name("operator").map(|o| src.text_of(o));
            match op {
                Some("==" | "!=" | "<" | "<=" | ">" | ">=" | "&&" | "||") => Some(Ty::Scalar),
                _ => expr
                    .child_by_field_name("left")
                    .and_then(rec)
                    .or_else(|| expr.child_by_field_name("right").and_then(rec)),
            }
        }
        "type_conversion_expression" => Ty::from_node(src, expr.child_by_field_name("type")?),
        "type_assertion_expression" => Ty::from_node(src, expr.child_by_field_name("type")?),
        "selector_expression" => {
            let op = expr.child_by_field_name("operand")?;
            let field = src.text_of(expr.child_by_field_name("field")?);
            if let Some((p, _)) = selector(src, expr) {
                if !is_local(p) && !pkg.globals.contains_key(p) {
                    return match p {
                        "C" => Some(Ty::CValue),
                        _ => None,
                    };
                }
            }
            let t = rec(op)?;
            pkg.field(&t, field)
        }
        "index_expression" => {
            let t = rec(expr.child_by_field_name("operand")?)?;
            pkg.elem(&t)
        }
        "slice_expression" => {
            let t = rec(expr.child_by_field_name("operand")?)?;
            match pkg.underlying(&t) {
                Ty::Array(e) => Some(Ty::Slice(e)),
                Ty::Ptr(inner) => match pkg.underlying(&inner) {
                    Ty::Array(e) => Some(Ty::Slice(e)),
                    _ => None,
                },
                _ => Some(t),
            }
        }
        "call_expression" => {
            let (f, args) = call_parts(expr)?;
            let f = unparen(f);
            if args.len() == 1 && pkg.is_type_expr(src, f, is_local) {
                return Ty::from_node(src, f);
            }
            match selector(src, f) {
                Some(("C", name)) if !is_local("C") => {
                    return Some(match name {
                        "CString" => Ty::Ptr(Box::new(Ty::C("char".into()))),
                        "CBytes" | "malloc" | "calloc" | "realloc" => Ty::UnsafePtr,
                        "GoString" | "GoStringN" => Ty::Str,
                        "GoBytes" => Ty::Slice(Box::new(Ty::Scalar)),
                        _ => Ty::CValue,
                    });
                }
                Some(("unsafe", name)) if !is_local("unsafe") => {
                    return match name {
                        "Pointer" | "Add" => Some(Ty::UnsafePtr),
                        "String" => Some(Ty::Str),
                        "StringData" => Some(Ty::Ptr(Box::new(Ty::Scalar))),
                        "Slice" => match pkg.underlying(&rec(*args.first()?)?) {
                            Ty::Ptr(e) => Some(Ty::Slice(e)),
                            _ => None,
                        },
                        "SliceData" => {
                            let t = rec(*args.first()?)?;
                            pkg.elem(&t).map(|e| Ty::Ptr(Box::new(e)))
                        }
                        "Sizeof" | "Offsetof" | "Alignof" => Some(Ty::Scalar),
                        _ => None,
                    };
                }
                _ => {}
            }
            if f.kind() == "identifier" && !is_local(src.text_of(f)) {
                match src.text_of(f) {
                    "new" => return Some(Ty::Ptr(Box::new(Ty::from_node(src, *args.first()?)?))),
                    "make" => return Ty::from_node(src, *args.first()?),
                    "append" => return rec(*args.first()?),
                    "len" | "cap" | "copy" => return Some(Ty::Scalar),
                    _ => {}
                }
                return results_of(pkg, src, expr).into_iter().next().flatten();
            }
            // A method of a package type.
            if f.kind() == "selector_expression" {
                let recv = f.child_by_field_name("operand").and_then(rec)?;
                let recv = match recv {
                    Ty::Ptr(t) => *t,
                    t => t,
                };
                if let Ty::Named(n) = recv {
                    let m = src.text_of(f.child_by_field_name("field")?);
                    let decl = pkg.methods.get(&(n.as_str(), m))?;
                    let dsrc = pkg.src(decl.file);
                    let r = decl.node.child_by_field_name("result")?;
                    return if r.kind() == "parameter_list" {
                        kids(r)
                            .first()
                            .and_then(|d| d.child_by_field_name("type"))
                            .and_then(|t| Ty::from_node(dsrc, t))
                    } else {
                        Ty::from_node(dsrc, r)
                    };
                }
            }
            None
        }
        _ => None,
    }
}

/// The type of a package-level variable: its declared type, or its
/// initializer's.
pub(crate) fn global_type(pkg: &Package<'_>, g: super::package::Global<'_>) -> Option<Ty> {
    let src = pkg.src(g.file);
    if let Some(t) = g.spec.child_by_field_name("type") {
        return Ty::from_node(src, t);
    }
    let v = g.spec.child_by_field_name("value")?;
    let vals = exprs(v);
    let e = vals.get(g.index)?;
    infer(pkg, src, *e, &|_| None, &|_| false)
}
