//! Things a function must give back on every path: the C memory of
//! `C.CString` / `C.CBytes` (`go-cgo-cstring-not-freed`,
//! `go-cgo-cbytes-not-freed`) and the pins of a local `runtime.Pinner`
//! (`go-cgo-pinner-not-unpinned`).
//!
//! Each allocation (or Pinner) is followed through the function's paths
//! ([`super::flow`]) with the set of states its paths may be in: owned (C
//! memory not freed; a Pinner with pins), released (`C.free`, `Unpin`),
//! covered (a `defer` that frees or unpins, which also covers panics and
//! every later path) or given away. Given away: returned, stored in a
//! field, an element, a global or a composite literal, sent on a channel,
//! captured by a closure that outlives the statement, passed to a Go
//! function that keeps or may keep it (a function of the package is
//! summarised by the same analysis: it frees its parameter, keeps it, or
//! only reads it), passed to a C function named in
//! [`super::CgoOptions::takes_ownership`]. A pointer passed to any other C
//! function stays owned: C cannot be read, and the finding says "unless C
//! takes ownership". An allocation is reported once, at the first exit it
//! reaches owned: a `return`, the end of the function, the end of the scope
//! of the last variable holding it (each loop iteration for a variable
//! declared in the loop), or an assignment that overwrites that variable.

use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use compat_report::{Finding, Subject};

use crate::syntax::{descendants, Node, Syntax};

use super::ast::{at, c_name, call_parts, exprs, kids, selector, unparen};
use super::data;
use super::flow::{self, Domain};
use super::package::Package;
use super::scope::Locals;
use super::types::Ty;

const OWNED: u8 = 1;
const RELEASED: u8 = 2;
const COVERED: u8 = 4;
const GONE: u8 = 8;

/// What a package function does with a pointer parameter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Effect {
    /// Frees (or unpins) it on every path.
    Frees,
    /// Keeps it, or may.
    Keeps,
    /// Only reads it.
    Borrows,
}

/// What is followed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    CString,
    CBytes,
    Pinner,
    /// A parameter, while summarising a function.
    Param,
}

struct Alloc<'t> {
    kind: Kind,
    /// Where it is reported: the allocating call, or the Pinner's first
    /// `Pin` call.
    at: Node<'t>,
    var: Option<String>,
    passed_c: Option<String>,
    leak: Option<String>,
    escaped: bool,
}

/// The per-path state: which variables hold which allocations, and the
/// possible states of each allocation.
#[derive(Debug, Clone, PartialEq, Default)]
struct St {
    held: BTreeMap<usize, BTreeSet<usize>>,
    status: BTreeMap<usize, u8>,
    /// Variables a deferred closure frees (or unpins) at exit, whatever
    /// they hold then.
    deferred: BTreeSet<usize>,
}

/// How an expression's value is used by its context.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Use {
    Free,
    Pin,
    Unpin,
    OwnerC,
    CArg(String),
    GoCall(String, usize),
    Borrow,
    Gone,
}

/// The package-wide part of the analysis: options and function summaries.
pub(crate) struct Resources<'p, 'a> {
    pkg: &'p Package<'a>,
    owners: &'p [String],
    summaries: RefCell<HashMap<(String, usize), Effect>>,
    busy: RefCell<HashSet<String>>,
}

impl<'p, 'a> Resources<'p, 'a> {
    pub(crate) fn new(pkg: &'p Package<'a>, owners: &'p [String]) -> Self {
        Resources {
            pkg,
            owners,
            summaries: RefCell::new(HashMap::new()),
            busy: RefCell::new(HashSet::new()),
        }
    }

    /// The findings of one function declaration (and of the function
    /// literals in it) of file `fi`, and whether some of it nests deeper
    /// than the analysis follows.
    pub(crate) fn check(&self, fi: usize, func: Node<'a>, package: &str) -> (Vec<Finding>, bool) {
        let src = self.pkg.src(fi);
        let locals = Locals::build(self.pkg, fi, func);
        let fname = func
            .child_by_field_name("name")
            .map(|n| src.text_of(n).to_owned())
            .unwrap_or_default();
        let mut bodies = Vec::new();
        if let Some(b) = func.child_by_field_name("body") {
            bodies.push(b);
            bodies.extend(
                descendants(b)
                    .filter(|n| n.kind() == "func_literal")
                    .filter_map(|l| l.child_by_field_name("body")),
            );
        }
        let mut out = Vec::new();
        let mut too_deep = locals.too_deep;
        for body in bodies {
            let mut f = FnA {
                res: self,
                src,
                locals: &locals,
                allocs: BTreeMap::new(),
            };
            too_deep |= flow::run(&mut f, src, body, St::default());
            for a in f.allocs.values() {
                let Some(why) = &a.leak else { continue };
                let (rule, message) = f.message(a, why);
                let (line, column) = at(src, a.at);
                out.push(Finding::new(
                    rule,
                    message,
                    Subject {
                        file: Some(self.pkg.files[fi].shown.clone()),
                        line: Some(line),
                        column: Some(column),
                        package: Some(package.to_owned()),
                        symbol: (!fname.is_empty()).then(|| fname.clone()),
                        ..Subject::default()
                    },
                ));
            }
        }
        (out, too_deep)
    }

    /// What package function `name` does with its parameter `index`.
    fn summary(&self, name: &str, index: usize) -> Effect {
        let key = (name.to_owned(), index);
        if let Some(e) = self.summaries.borrow().get(&key) {
            return *e;
        }
        if !self.busy.borrow_mut().insert(name.to_owned()) {
            return Effect::Keeps;
        }
        let e = self.summarise(name, index);
        self.busy.borrow_mut().remove(name);
        self.summaries.borrow_mut().insert(key, e);
        e
    }

    fn summarise(&self, name: &str, index: usize) -> Effect {
        let Some(decl) = self.pkg.funcs.get(name) else {
            return Effect::Keeps;
        };
        let src = self.pkg.src(decl.file);
        let Some(params) = decl.node.child_by_field_name("parameters") else {
            return Effect::Keeps;
        };
        let mut names = Vec::new();
        for d in kids(params) {
            if d.kind() == "variadic_parameter_declaration" {
                return Effect::Keeps;
            }
            let mut c = d.walk();
            let ns: Vec<Node<'_>> = d.children_by_field_name("name", &mut c).collect();
            names.extend(ns);
        }
        let (Some(param), Some(body)) = (names.get(index), decl.node.child_by_field_name("body"))
        else {
            return Effect::Keeps;
        };
        if src.text_of(*param) == "_" {
            return Effect::Borrows;
        }
        let locals = Locals::build(self.pkg, decl.file, decl.node);
        let mut f = FnA {
            res: self,
            src,
            locals: &locals,
            allocs: BTreeMap::new(),
        };
        let id = param.id();
        f.allocs.insert(
            id,
            Alloc {
                kind: Kind::Param,
                at: *param,
                var: None,
                passed_c: None,
                leak: None,
                escaped: false,
            },
        );
        let mut st = St::default();
        st.held.insert(id, BTreeSet::from([id]));
        st.status.insert(id, OWNED);
        flow::run(&mut f, src, body, st);
        let a = &f.allocs[&id];
        if a.escaped {
            Effect::Keeps
        } else if a.leak.is_none() {
            Effect::Frees
        } else {
            Effect::Borrows
        }
    }
}

/// The analysis of one function body.
struct FnA<'r, 'p, 'a, 't> {
    res: &'r Resources<'p, 'a>,
    src: &'t Syntax,
    locals: &'r Locals,
    allocs: BTreeMap<usize, Alloc<'t>>,
}

fn map_status(s: u8, f: impl Fn(u8) -> u8) -> u8 {
    [OWNED, RELEASED, COVERED, GONE]
        .into_iter()
        .filter(|b| s & b != 0)
        .fold(0, |acc, b| acc | f(b))
}

impl<'t> FnA<'_, '_, '_, 't> {
    fn pkg(&self) -> &Package<'_> {
        self.res.pkg
    }

    /// The local variable an identifier names (its declaration id).
    fn local(&self, ident: Node<'_>) -> Option<usize> {
        if ident.kind() != "identifier" {
            return None;
        }
        self.locals.var_of(ident).map(|(d, _)| d)
    }

    fn is_type(&self, f: Node<'_>) -> bool {
        let locals = self.locals;
        self.pkg()
            .is_type_expr(self.src, f, &|n| locals.vars.values().any(|v| v.name == n))
    }

    /// `e` without parentheses and conversions.
    fn strip(&self, mut e: Node<'t>) -> Node<'t> {
        loop {
            e = unparen(e);
            match call_parts(e) {
                Some((f, args)) if args.len() == 1 && self.is_type(f) => e = args[0],
                _ => return e,
            }
        }
    }

    /// The kind of allocation a call makes, if any.
    fn alloc_kind(&self, call: Node<'_>) -> Option<Kind> {
        let (f, _) = call_parts(call)?;
        match c_name(self.src, f)? {
            "CString" => Some(Kind::CString),
            "CBytes" => Some(Kind::CBytes),
            _ => None,
        }
    }

    /// Whether an expression makes a `runtime.Pinner`.
    fn makes_pinner(&self, e: Node<'_>) -> bool {
        let e = unparen(e);
        let ty = match e.kind() {
            "composite_literal" => e.child_by_field_name("type"),
            "unary_expression" => {
                return e
                    .child_by_field_name("operand")
                    .is_some_and(|o| self.makes_pinner(o))
            }
            "call_expression" => match call_parts(e) {
                Some((f, args)) if self.src.text_of(f) == "new" && args.len() == 1 => Some(args[0]),
                _ => None,
            },
            _ => None,
        };
        ty.and_then(|t| Ty::from_node(self.src, t)) == Some(Ty::Pinner)
    }

    /// How the context of `node` uses its value.
    fn classify(&self, node: Node<'t>) -> Use {
        let mut child = node;
        loop {
            let Some(p) = child.parent() else {
                return Use::Borrow;
            };
            match p.kind() {
                "parenthesized_expression" | "type_conversion_expression" => child = p,
                "variadic_argument" => child = p,
                "argument_list" => {
                    let Some(call) = p.parent() else {
                        return Use::Borrow;
                    };
                    let Some((f, args)) = call_parts(call) else {
                        return Use::Borrow;
                    };
                    if args.len() == 1 && self.is_type(f) {
                        child = call;
                        continue;
                    }
                    let idx = args.iter().position(|a| a.id() == child.id()).unwrap_or(0);
                    return self.callee_use(f, idx);
                }
                "selector_expression" => {
                    let Some(field) = p.child_by_field_name("field") else {
                        return Use::Borrow;
                    };
                    let method_call = p
                        .parent()
                        .and_then(|c| call_parts(c).map(|(f, _)| f.id() == p.id()))
                        .unwrap_or(false);
                    if !method_call {
                        return Use::Borrow;
                    }
                    return match self.src.text_of(field) {
                        "Pin" => Use::Pin,
                        "Unpin" => Use::Unpin,
                        _ => Use::Borrow,
                    };
                }
                "unary_expression" => {
                    return if self.src.text_of(p).starts_with('&') {
                        Use::Gone
                    } else {
                        Use::Borrow
                    };
                }
                "return_statement" => return Use::Gone,
                "literal_element" | "keyed_element" | "literal_value" | "composite_literal" => {
                    return Use::Gone
                }
                "send_statement" => {
                    return if p.child_by_field_name("value").map(|v| v.id()) == Some(child.id()) {
                        Use::Gone
                    } else {
                        Use::Borrow
                    };
                }
                "expression_list" => {
                    // Part of a return, or of an assignment's right side
                    // the assignment handling did not take.
                    match p.parent().map(|g| g.kind()) {
                        Some("return_statement") => return Use::Gone,
                        // Pairs the assignment handling did not take
                        // (`a, b = f(x)`): read, not kept.
                        _ => return Use::Borrow,
                    }
                }
                _ => return Use::Borrow,
            }
        }
    }

    /// The use of argument `idx` by a call of `f`.
    fn callee_use(&self, f: Node<'_>, idx: usize) -> Use {
        let f = unparen(f);
        if let Some(name) = c_name(self.src, f) {
            if self.locals.vars.values().any(|v| v.name == "C") {
                return Use::Gone;
            }
            return match name {
                "free" => Use::Free,
                n if self.res.owners.iter().any(|o| o == n) => Use::OwnerC,
                "GoString" | "GoStringN" | "GoBytes" => Use::Borrow,
                n => Use::CArg(n.to_owned()),
            };
        }
        let text = self.src.text_of(f);
        if data::borrowing(text) {
            return Use::Borrow;
        }
        if f.kind() == "identifier" {
            let shadowed = self.locals.vars.values().any(|v| v.name == text);
            if !shadowed {
                match text {
                    "append" => return if idx == 0 { Use::Borrow } else { Use::Gone },
                    "copy" | "print" | "println" | "panic" => return Use::Borrow,
                    _ => {}
                }
                if self.pkg().funcs.contains_key(text) {
                    return Use::GoCall(text.to_owned(), idx);
                }
            }
        }
        // A method of a Pinner: its argument is the pinned pointer, not
        // given away.
        if let Some((recv, "Pin")) = selector(self.src, f) {
            let _ = recv;
            return Use::Borrow;
        }
        Use::Gone
    }

    fn apply(
        &mut self,
        st: &mut St,
        ids: &BTreeSet<usize>,
        u: &Use,
        node: Node<'t>,
        deferred: bool,
    ) {
        let u = match u {
            Use::GoCall(name, idx) => match self.res.summary(name, *idx) {
                Effect::Frees => Use::Free,
                Effect::Keeps => Use::Gone,
                Effect::Borrows => Use::Borrow,
            },
            u => u.clone(),
        };
        for id in ids {
            let Some(kind) = self.allocs.get(id).map(|a| a.kind) else {
                continue;
            };
            let pinner = kind == Kind::Pinner;
            let s = st.status.get(id).copied().unwrap_or(0);
            let release = if deferred { COVERED } else { RELEASED };
            let new = match &u {
                Use::Free if !pinner => map_status(s, |b| {
                    if b == OWNED || (deferred && b == RELEASED) {
                        release
                    } else {
                        b
                    }
                }),
                Use::Unpin if pinner => map_status(s, |b| {
                    if b == OWNED || (deferred && b == RELEASED) {
                        release
                    } else {
                        b
                    }
                }),
                Use::Pin if pinner => {
                    if let Some(a) = self.allocs.get_mut(id) {
                        if a.at.kind() != "call_expression" {
                            if let Some(call) = node.parent().and_then(|p| p.parent()) {
                                a.at = call;
                            }
                        }
                    }
                    map_status(s, |b| if b == RELEASED { OWNED } else { b })
                }
                Use::OwnerC | Use::Gone => {
                    if let Some(a) = self.allocs.get_mut(id) {
                        a.escaped = true;
                    }
                    map_status(s, |b| if b == COVERED { b } else { GONE })
                }
                Use::CArg(name) => {
                    if let Some(a) = self.allocs.get_mut(id) {
                        a.passed_c.get_or_insert_with(|| name.clone());
                    }
                    s
                }
                _ => s,
            };
            st.status.insert(*id, new);
        }
    }

    fn leak(&mut self, id: usize, why: String) {
        if let Some(a) = self.allocs.get_mut(&id) {
            if a.leak.is_none() {
                a.leak = Some(why);
            }
        }
    }

    /// Every identifier and allocating call of `node` outside function
    /// literals, and the function literals directly in it.
    fn parts(&self, node: Node<'t>) -> (Vec<Node<'t>>, Vec<Node<'t>>, Vec<Node<'t>>) {
        let (mut ids, mut allocs, mut lits) = (Vec::new(), Vec::new(), Vec::new());
        let mut stack = vec![node];
        while let Some(n) = stack.pop() {
            match n.kind() {
                "func_literal" => {
                    lits.push(n);
                    continue;
                }
                "identifier" => ids.push(n),
                "call_expression" if self.alloc_kind(n).is_some() => allocs.push(n),
                _ => {}
            }
            let mut c = n.walk();
            stack.extend(n.named_children(&mut c));
        }
        (ids, allocs, lits)
    }

    /// The uses of the followed variables inside a function literal: the
    /// variables it frees or unpins, and those it uses otherwise.
    fn closure_uses(&self, lit: Node<'t>, st: &St) -> (BTreeSet<usize>, BTreeSet<usize>) {
        let (mut frees, mut other) = (BTreeSet::new(), BTreeSet::new());
        for id in descendants(lit).filter(|n| n.kind() == "identifier") {
            let Some(d) = self.local(id) else { continue };
            if !st.held.contains_key(&d) {
                continue;
            }
            match self.classify(id) {
                Use::Free | Use::Unpin => {
                    frees.insert(d);
                }
                Use::Borrow | Use::CArg(_) | Use::Pin => {}
                _ => {
                    other.insert(d);
                }
            }
        }
        other.retain(|d| !frees.contains(d));
        (frees, other)
    }

    /// Rebinds local variable `var` to `new`; what it held alone and owned
    /// is lost.
    fn rebind(&mut self, st: &mut St, var: usize, new: BTreeSet<usize>, at_node: Node<'_>) {
        let old = st.held.remove(&var).unwrap_or_default();
        for a in old.difference(&new) {
            let still = st.held.values().any(|h| h.contains(a));
            if !still && st.status.get(a).is_some_and(|s| s & OWNED != 0) {
                let name = self
                    .locals
                    .vars
                    .get(&var)
                    .map(|v| v.name.clone())
                    .unwrap_or_default();
                let line = self.src.pos(at_node).line;
                self.leak(*a, format!("line {line}, which assigns {name} again"));
                st.status.insert(*a, GONE);
            }
        }
        if !new.is_empty() {
            st.held.insert(var, new);
        }
    }

    /// One assignment pair: the allocations the right side yields.
    fn value_holdings(
        &mut self,
        rhs: Node<'t>,
        st: &mut St,
        lhs_var: Option<usize>,
    ) -> Option<BTreeSet<usize>> {
        let r = self.strip(rhs);
        if let Some(kind) = (r.kind() == "call_expression")
            .then(|| self.alloc_kind(r))
            .flatten()
        {
            let id = r.id();
            self.allocs.entry(id).or_insert(Alloc {
                kind,
                at: r,
                var: lhs_var
                    .and_then(|v| self.locals.vars.get(&v))
                    .map(|v| v.name.clone()),
                passed_c: None,
                leak: None,
                escaped: false,
            });
            let covered = lhs_var.is_some_and(|v| st.deferred.contains(&v));
            st.status.insert(id, if covered { COVERED } else { OWNED });
            return Some(BTreeSet::from([id]));
        }
        if let Some(d) = self.local(r) {
            if let Some(h) = st.held.get(&d) {
                return Some(h.clone());
            }
            return Some(BTreeSet::new());
        }
        if self.makes_pinner(rhs) {
            return lhs_var.map(|v| self.new_pinner(v, st));
        }
        None
    }

    fn new_pinner(&mut self, var: usize, st: &mut St) -> BTreeSet<usize> {
        let decl = self.node_of_decl(var);
        self.allocs.entry(var).or_insert(Alloc {
            kind: Kind::Pinner,
            at: decl,
            var: self.locals.vars.get(&var).map(|v| v.name.clone()),
            passed_c: None,
            leak: None,
            escaped: false,
        });
        st.status.insert(var, RELEASED);
        BTreeSet::from([var])
    }

    /// A placeholder position for a Pinner until its first `Pin` call
    /// (only a Pinner with a pin is ever reported, at that call).
    fn node_of_decl(&self, _var: usize) -> Node<'t> {
        self.src.root()
    }

    /// The (left, right) pairs of an assignment-like statement.
    fn pairs(&self, node: Node<'t>) -> Option<(Vec<Node<'t>>, Vec<Node<'t>>)> {
        match node.kind() {
            "short_var_declaration" => Some((
                node.child_by_field_name("left")
                    .map(exprs)
                    .unwrap_or_default(),
                node.child_by_field_name("right")
                    .map(exprs)
                    .unwrap_or_default(),
            )),
            "assignment_statement" => {
                let op = node
                    .child_by_field_name("operator")
                    .map(|o| self.src.text_of(o));
                (op == Some("=")).then(|| {
                    (
                        node.child_by_field_name("left")
                            .map(exprs)
                            .unwrap_or_default(),
                        node.child_by_field_name("right")
                            .map(exprs)
                            .unwrap_or_default(),
                    )
                })
            }
            "var_spec" => {
                let mut c = node.walk();
                let names: Vec<Node<'t>> = node.children_by_field_name("name", &mut c).collect();
                Some((
                    names,
                    node.child_by_field_name("value")
                        .map(exprs)
                        .unwrap_or_default(),
                ))
            }
            _ => None,
        }
    }

    fn statement(&mut self, node: Node<'t>, st: &mut St, deferred: bool) {
        // Assignment-like statements, handled pair by pair.
        let specs: Vec<Node<'t>> = if node.kind() == "var_declaration" {
            descendants(node)
                .filter(|n| n.kind() == "var_spec")
                .collect()
        } else {
            vec![node]
        };
        let mut handled: HashSet<usize> = HashSet::new();
        let mut binds: Vec<(Node<'t>, Option<Node<'t>>)> = Vec::new();
        for s in &specs {
            if let Some((l, r)) = self.pairs(*s) {
                if l.len() == r.len() {
                    for (a, b) in l.iter().zip(&r) {
                        handled.insert(self.strip(*b).id());
                        binds.push((*a, Some(*b)));
                    }
                } else {
                    binds.extend(l.iter().map(|a| (*a, None)));
                }
                // `var p runtime.Pinner`.
                if s.kind() == "var_spec" && r.is_empty() {
                    let is_pinner = s
                        .child_by_field_name("type")
                        .and_then(|t| Ty::from_node(self.src, t))
                        == Some(Ty::Pinner);
                    if is_pinner {
                        for n in &l {
                            if let Some(d) = self.local(*n) {
                                let h = self.new_pinner(d, st);
                                st.held.insert(d, h);
                            }
                        }
                        binds.clear();
                    }
                }
            }
        }
        let (ids, allocs, lits) = self.parts(node);
        // Closures.
        for lit in lits {
            if st.held.is_empty() {
                break;
            }
            let (frees, other) = self.closure_uses(lit, st);
            for d in frees {
                if let Some(h) = st.held.get(&d).cloned() {
                    self.apply(st, &h, &Use::Free, lit, deferred);
                    self.apply(st, &h, &Use::Unpin, lit, deferred);
                }
            }
            for d in other {
                if let Some(h) = st.held.get(&d).cloned() {
                    self.apply(st, &h, &Use::Gone, lit, deferred);
                }
            }
        }
        // Uses of the followed variables.
        let lhs_ids: HashSet<usize> = binds.iter().map(|(l, _)| l.id()).collect();
        for id in ids {
            if handled.contains(&id.id()) || lhs_ids.contains(&id.id()) {
                continue;
            }
            let Some(d) = self.local(id) else { continue };
            let Some(h) = st.held.get(&d).cloned() else {
                continue;
            };
            let u = self.classify(id);
            self.apply(st, &h, &u, id, deferred);
        }
        // Allocations whose value is not assigned to a variable.
        for call in allocs {
            if handled.contains(&call.id()) {
                continue;
            }
            let Some(kind) = self.alloc_kind(call) else {
                continue;
            };
            let u = self.classify(call);
            let why = match u {
                Use::GoCall(name, idx) => match self.res.summary(&name, idx) {
                    Effect::Borrows => {
                        format!("it is passed to {name}, which neither frees nor keeps it")
                    }
                    _ => continue,
                },
                Use::CArg(f) => {
                    format!("it is passed directly to C.{f}, unless C.{f} takes ownership of it")
                }
                Use::Borrow => "its value is used, never stored or freed".to_owned(),
                _ => continue,
            };
            self.allocs.insert(
                call.id(),
                Alloc {
                    kind,
                    at: call,
                    var: None,
                    passed_c: None,
                    leak: Some(why),
                    escaped: false,
                },
            );
        }
        // The assignments.
        for (l, r) in binds {
            let lhs_var = (l.kind() == "identifier").then(|| self.local(l)).flatten();
            let holdings = match r {
                Some(r) => self.value_holdings(r, st, lhs_var),
                None => Some(BTreeSet::new()),
            };
            let is_blank = self.src.text_of(l) == "_";
            match (lhs_var, holdings) {
                (Some(v), Some(h)) => self.rebind(st, v, h, l),
                (Some(v), None) => self.rebind(st, v, BTreeSet::new(), l),
                (None, Some(h)) if is_blank => {
                    for id in h {
                        if self.allocs.get(&id).is_some_and(|a| {
                            a.var.is_none() && matches!(a.kind, Kind::CString | Kind::CBytes)
                        }) && st.held.values().all(|hh| !hh.contains(&id))
                        {
                            self.leak(id, "it is assigned to _".to_owned());
                            st.status.insert(id, GONE);
                        }
                    }
                }
                (None, Some(h)) => {
                    // Stored in a field, an element, a global.
                    self.apply(st, &h, &Use::Gone, l, false);
                }
                (None, None) => {}
            }
        }
    }

    fn exits(&mut self, st: &St, why: String) {
        let owned: Vec<usize> = st
            .status
            .iter()
            .filter(|(_, s)| *s & OWNED != 0)
            .map(|(id, _)| *id)
            .collect();
        for id in owned {
            self.leak(id, why.clone());
        }
    }

    fn message(&self, a: &Alloc<'_>, why: &str) -> (&'static str, String) {
        let line = self.src.pos(a.at).line;
        match a.kind {
            Kind::CString | Kind::CBytes => {
                let (rule, f, what) = if a.kind == Kind::CString {
                    (
                        "go-cgo-cstring-not-freed",
                        "C.CString",
                        "the C copy of the string",
                    )
                } else {
                    (
                        "go-cgo-cbytes-not-freed",
                        "C.CBytes",
                        "the C copy of the bytes",
                    )
                };
                let unless = match (&a.passed_c, a.var.is_some()) {
                    (Some(c), true) => format!(" (unless C.{c}, which gets it, takes ownership)"),
                    _ => String::new(),
                };
                let free = |v: &str| {
                    if a.kind == Kind::CBytes {
                        format!("defer C.free({v})")
                    } else {
                        format!("defer C.free(unsafe.Pointer({v}))")
                    }
                };
                let fix = match &a.var {
                    Some(v) => format!("add {} right after the call", free(v)),
                    None => format!("keep the pointer in a variable p and {}", free("p")),
                };
                let held = match &a.var {
                    Some(v) => format!("the {f} result in {v} (line {line}) is not freed on every path: it leaks at {why}{unless}"),
                    None => format!("the {f} result (line {line}) is never freed: {why}"),
                };
                (
                    rule,
                    format!("{held}; each run of that path loses {what} (C memory Go never frees); {fix}"),
                )
            }
            Kind::Pinner | Kind::Param => {
                let v = a.var.clone().unwrap_or_else(|| "the Pinner".into());
                (
                    "go-cgo-pinner-not-unpinned",
                    format!("{v}.Pin (line {line}) is not undone by {v}.Unpin() at {why}: once {v} is unreachable its finalizer unpins the memory and the runtime panics with \"runtime.Pinner: found leaking pinned pointer; forgot to call Unpin()?\" (in the finalizer goroutine: the program dies), and C code that still holds the pointer reads memory the garbage collector may free; defer {v}.Unpin() after pinning, or keep the Pinner (a package-level variable, a field of a long-lived value) for as long as C holds the pointer and unpin it when C lets go"),
                )
            }
        }
    }
}

impl<'t> Domain<'t> for FnA<'_, '_, '_, 't> {
    type State = St;

    fn join(&self, a: &St, b: &St) -> St {
        let mut out = a.clone();
        for (k, v) in &b.held {
            out.held.entry(*k).or_default().extend(v.iter().copied());
        }
        for (k, v) in &b.status {
            *out.status.entry(*k).or_insert(0) |= v;
        }
        out.deferred.extend(b.deferred.iter().copied());
        out
    }

    fn simple(&mut self, node: Node<'t>, st: &mut St) {
        self.statement(node, st, false);
    }

    fn defer(&mut self, stmt: Node<'t>, st: &mut St) {
        let Some(call) = kids(stmt).into_iter().next() else {
            return;
        };
        let call = unparen(call);
        if let Some((f, _)) = call_parts(call) {
            if unparen(f).kind() == "func_literal" {
                let (frees, _) = self.closure_uses(unparen(f), st);
                for d in frees {
                    st.deferred.insert(d);
                    if let Some(h) = st.held.get(&d).cloned() {
                        self.apply(st, &h, &Use::Free, f, true);
                        self.apply(st, &h, &Use::Unpin, f, true);
                    }
                }
                return;
            }
        }
        self.statement(call, st, true);
    }

    fn go(&mut self, stmt: Node<'t>, st: &mut St) {
        self.statement(stmt, st, false);
    }

    fn ret(&mut self, stmt: Node<'t>, st: &mut St) {
        self.statement(stmt, st, false);
        let line = self.src.pos(stmt).line;
        self.exits(st, format!("the return at line {line}"));
    }

    fn end(&mut self, body: Node<'t>, st: &mut St) {
        let line = body.end_position().row + 1;
        self.exits(st, format!("the end of the function (line {line})"));
    }

    fn leave(&mut self, scope: Node<'t>, st: &mut St) {
        let (s, e) = (scope.start_byte(), scope.end_byte());
        let inside: Vec<usize> = st
            .held
            .keys()
            .copied()
            .filter(|d| {
                self.locals
                    .vars
                    .get(d)
                    .is_some_and(|v| v.scope.0 >= s && v.scope.1 <= e)
            })
            .collect();
        let in_loop = scope.parent().is_some_and(|p| p.kind() == "for_statement")
            || scope.kind() == "for_statement";
        for d in inside {
            let allocs = st.held.remove(&d).unwrap_or_default();
            for a in allocs {
                if st.held.values().any(|h| h.contains(&a)) {
                    continue;
                }
                if st.status.get(&a).is_some_and(|x| x & OWNED != 0) {
                    let line = scope.end_position().row + 1;
                    let why = if in_loop {
                        format!("the end of the loop iteration (line {line}), where its variable goes out of scope")
                    } else {
                        format!("the end of the block (line {line}), where its variable goes out of scope")
                    };
                    self.leak(a, why);
                    st.status.insert(a, GONE);
                }
            }
        }
    }
}
