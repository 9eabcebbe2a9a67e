//! Where a reference to a loop variable goes: from each use of the variable
//! that can outlive a plain read (a closure capturing it, `&v`, `v[:]` of an
//! array, a pointer-receiver method value or call), the value holding the
//! reference is followed through calls, assignments, local aliases,
//! composite literals, `append`, channel sends, `go` and `defer` statements,
//! and the functions of the same file, to one of: used within the iteration
//! (nothing to report), outlives it (the program can see a difference), or
//! escapes without proof that it outlives it (only its allocation changes).
//!
//! What ends the question early: a `.Wait()` or channel receive after a `go`
//! statement in the same iteration (the goroutine is joined), and a `break`,
//! `return` or call that does not return right after the escape (no later
//! iteration changes the variable, under either semantics).

use std::cell::{Cell, RefCell};

use rustc_hash::FxHashSet;

use crate::syntax::Node;

use super::callees::{table, CalleeKind};
use super::scope::{named_children, Decl, DeclKind, Index};
use super::types::{Shape, VarType};
use super::{Cause, Certainty, Escape, Reach, StoreWhy};

/// How many flow steps one loop variable may take (a bound on work for
/// machine-made code; real loops need a few dozen).
const BUDGET: u32 = 4_000;

/// How many calls deep into the file's own functions the flow follows.
const MAX_CALLEE_DEPTH: u8 = 3;

/// How deep the flow's recursion (aliases of aliases, closures in
/// closures) may go: a bound on stack use for machine-made code.
const MAX_RECURSION: u32 = 200;

/// The loop whose variable is followed.
#[derive(Debug, Clone, Copy)]
pub(crate) struct LoopCtx<'t> {
    /// The `for_statement`.
    pub node: Node<'t>,
    /// A three-clause loop (`for i := 0; i < n; i++`).
    pub three_clause: bool,
    /// The loop body (`block`).
    pub body: Node<'t>,
}

/// What travels with a reference along its flow.
#[derive(Debug, Clone, Copy)]
pub(crate) struct St {
    /// Accumulated with others (appended, indexed into a collection).
    collection: bool,
    /// The most certain a finding on this flow can be.
    cap: Certainty,
    /// The reference is the variable's address (not a closure capture).
    by_address: bool,
    /// Calls into the file's functions so far.
    depth: u8,
}

/// The analysis of one variable (or of one parameter of a callee).
pub(crate) struct Ctx<'a, 't> {
    ix: &'a Index<'t>,
    lp: Option<LoopCtx<'t>>,
    /// The function whose body holds the analysed code.
    func: Node<'t>,
    /// Variables declared inside are locals of the iteration (or callee).
    region: Node<'t>,
    budget: &'a Cell<u32>,
    depth: &'a Cell<u32>,
    visited: &'a RefCell<FxHashSet<usize>>,
}

/// Followed budget, recursion depth and alias set, shared by a variable's
/// whole analysis.
#[derive(Default)]
pub(crate) struct Work {
    budget: Cell<u32>,
    depth: Cell<u32>,
    visited: RefCell<FxHashSet<usize>>,
}

impl Work {
    pub fn new() -> Work {
        Work {
            budget: Cell::new(BUDGET),
            depth: Cell::new(0),
            visited: RefCell::new(FxHashSet::default()),
        }
    }
}

fn is_func(n: Node<'_>) -> bool {
    matches!(
        n.kind(),
        "func_literal" | "function_declaration" | "method_declaration"
    )
}

fn same(a: Node<'_>, b: Node<'_>) -> bool {
    a.id() == b.id()
}

fn field_is(parent: Node<'_>, field: &str, child: Node<'_>) -> bool {
    parent
        .child_by_field_name(field)
        .is_some_and(|c| same(c, child))
}

fn operator<'t>(ix: &Index<'t>, n: Node<'t>) -> &'t str {
    n.child_by_field_name("operator")
        .map(|o| ix.text(o))
        .unwrap_or_default()
}

/// A short rendering of an expression for messages (one line, bounded).
pub(crate) fn short(text: &str) -> String {
    let one: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if one.chars().count() > 40 {
        let cut: String = one.chars().take(37).collect();
        format!("{cut}...")
    } else {
        one
    }
}

impl<'a, 't> Ctx<'a, 't> {
    /// The analysis of a loop's variable.
    pub fn for_loop(ix: &'a Index<'t>, lp: LoopCtx<'t>, func: Node<'t>, work: &'a Work) -> Self {
        Ctx {
            ix,
            lp: Some(lp),
            func,
            region: lp.node,
            budget: &work.budget,
            depth: &work.depth,
            visited: &work.visited,
        }
    }

    fn spend(&self) -> bool {
        let left = self.budget.get();
        if left == 0 {
            return false;
        }
        self.budget.set(left - 1);
        true
    }

    /// Everything that reference `r` of the loop variable declared by
    /// `decl` (of shape `shape`) leads to.
    pub fn start(&self, r: Node<'t>, decl: &Decl<'t>, vt: VarType<'t>) -> Vec<Escape> {
        let shape = vt.shape;
        let mut out = Vec::new();
        let mut x = r;
        let (mut fields, mut indexes) = (0u32, 0u32);
        let mut method_done = false;
        while let Some((xx, p)) = self.ix.parent_expr(x) {
            match p.kind() {
                "selector_expression" if field_is(p, "operand", xx) => {
                    if fields == 0 && indexes == 0 {
                        if let Some(found) = self.method_use(p, vt) {
                            out.extend(found);
                            method_done = true;
                            break;
                        }
                    }
                    fields += 1;
                    x = p;
                }
                "index_expression" if field_is(p, "operand", xx) => {
                    indexes += 1;
                    x = p;
                }
                _ => {
                    x = xx;
                    break;
                }
            }
        }
        if !method_done {
            if let Some((xx, p)) = self.ix.parent_expr(x) {
                let cap = match (fields, indexes, shape) {
                    (0, 0, _) | (_, 0, Shape::Direct) | (0, _, Shape::Array) => {
                        Some(Certainty::Certain)
                    }
                    (_, 0, Shape::Unknown) => Some(Certainty::Possible),
                    _ => None,
                };
                let st = |cap| St {
                    collection: false,
                    cap,
                    by_address: true,
                    depth: 0,
                };
                if p.kind() == "unary_expression" && operator(self.ix, p) == "&" {
                    if let Some(cap) = cap {
                        out.extend(self.fate(p, st(cap)));
                    }
                } else if p.kind() == "slice_expression"
                    && field_is(p, "operand", xx)
                    && fields == 0
                    && indexes == 0
                    && shape == Shape::Array
                {
                    out.extend(self.fate(p, st(Certainty::Certain)));
                }
            }
        }
        out.extend(self.capture(r, decl.ident, St::closure()));
        out
    }

    /// `v.M` where `M` may be a method of the file: `None` when it is not
    /// one (a field, or a method of another package). With `v`'s named type
    /// known, `M` is looked up on it (promoted methods included); without,
    /// only a call `v.M(...)` counts, when every method `M` of the file has a
    /// pointer receiver and no struct of the file has a field `M` (possible).
    fn method_use(&self, sel: Node<'t>, vt: VarType<'t>) -> Option<Vec<Escape>> {
        let m = self.ix.text(sel.child_by_field_name("field")?);
        let call = self
            .ix
            .parent_expr(sel)
            .filter(|(sx, q)| q.kind() == "call_expression" && field_is(*q, "function", *sx))
            .map(|(_, q)| q);
        let (decl, cap) = match vt.name {
            Some(t) => {
                let (decl, takes_address) = self.ix.method_on(t, m)?;
                if !takes_address || vt.shape == Shape::Indirect {
                    return Some(Vec::new());
                }
                (Some(decl), Certainty::Certain)
            }
            None => {
                if vt.shape == Shape::Indirect {
                    return Some(Vec::new());
                }
                if call.is_none() || self.ix.is_field_name(m) || !self.ix.pointer_receiver(m)? {
                    return None;
                }
                let cap = if vt.shape == Shape::Unknown {
                    Certainty::Possible
                } else {
                    Certainty::Certain
                };
                (self.ix.only_method(m), cap)
            }
        };
        let st = St {
            collection: false,
            cap,
            by_address: true,
            depth: 0,
        };
        Some(self.receiver_use(sel, call, decl, m, st))
    }

    /// The variable's address used as the receiver of method `m` (`decl`
    /// when known): in a call (on a goroutine, deferred, or followed into
    /// the method) or a method value.
    fn receiver_use(
        &self,
        sel: Node<'t>,
        call: Option<Node<'t>>,
        decl: Option<Node<'t>>,
        m: &str,
        st: St,
    ) -> Vec<Escape> {
        match call {
            Some(call) => match self.ix.parent_expr(call).map(|(_, g)| g) {
                Some(g) if g.kind() == "go_statement" => self.goroutine(g, None, st),
                Some(g) if g.kind() == "defer_statement" => self.deferred(g, st),
                _ => match decl {
                    Some(decl) => self.callee(call, decl, None, m, st),
                    None => Vec::new(),
                },
            },
            None => self.fate(sel, st),
        }
    }

    /// `p.M` where `p` holds the variable's address: a pointer method of
    /// the file (not a field of the file's structs) gets the address.
    fn through_pointer(&self, sel: Node<'t>, st: St) -> Vec<Escape> {
        let Some(m) = sel.child_by_field_name("field").map(|f| self.ix.text(f)) else {
            return Vec::new();
        };
        if self.ix.is_field_name(m) || self.ix.pointer_receiver(m) != Some(true) {
            return Vec::new();
        }
        let call = self
            .ix
            .parent_expr(sel)
            .filter(|(sx, q)| q.kind() == "call_expression" && field_is(*q, "function", *sx))
            .map(|(_, q)| q);
        self.receiver_use(sel, call, self.ix.only_method(m), m, st)
    }

    /// A closure around `r` (inside the analysed function, not around the
    /// declaration `decl_ident` too) captures it: that closure's fate.
    fn capture(&self, r: Node<'t>, decl_ident: Node<'t>, st: St) -> Vec<Escape> {
        let mut y = r;
        while let Some(p) = self.ix.parent(y) {
            if same(p, self.func) || is_func(p) && p.kind() != "func_literal" {
                return Vec::new();
            }
            if p.kind() == "func_literal" {
                if Index::within(decl_ident, p) {
                    return Vec::new();
                }
                let st = St {
                    by_address: st.by_address,
                    ..st
                };
                return self.fate(p, st);
            }
            y = p;
        }
        Vec::new()
    }

    /// Used while the innermost closure around `x` runs: that closure's
    /// fate (nothing when `x` is in the analysed function itself).
    fn local(&self, x: Node<'t>, st: St) -> Vec<Escape> {
        let mut y = x;
        while let Some(p) = self.ix.parent(y) {
            if same(p, self.func) || is_func(p) && p.kind() != "func_literal" {
                return Vec::new();
            }
            if p.kind() == "func_literal" {
                return self.fate(p, st);
            }
            y = p;
        }
        Vec::new()
    }

    /// Where the value of expression `x` (holding a reference) goes.
    pub fn fate(&self, x: Node<'t>, st: St) -> Vec<Escape> {
        let depth = self.depth.get();
        if depth >= MAX_RECURSION || !self.spend() {
            return Vec::new();
        }
        self.depth.set(depth + 1);
        let out = self.fate_here(x, st);
        self.depth.set(depth);
        out
    }

    fn fate_here(&self, x: Node<'t>, st: St) -> Vec<Escape> {
        let Some((x, p)) = self.ix.parent_expr(x) else {
            return Vec::new();
        };
        match p.kind() {
            "call_expression" if field_is(p, "function", x) => self.called(p, st),
            "argument_list" => {
                let Some(call) = self.ix.parent(p) else {
                    return Vec::new();
                };
                let idx = named_children(p)
                    .iter()
                    .position(|a| same(*a, x))
                    .unwrap_or(0);
                self.passed(call, idx, x, st)
            }
            "variadic_argument" => {
                let Some(call) = self.ix.parent(p).and_then(|l| self.ix.parent(l)) else {
                    return Vec::new();
                };
                self.passed(call, usize::MAX, p, st)
            }
            "expression_list" => {
                let idx = named_children(p)
                    .iter()
                    .position(|a| same(*a, x))
                    .unwrap_or(0);
                let Some(q) = self.ix.parent(p) else {
                    return Vec::new();
                };
                match q.kind() {
                    "assignment_statement" | "short_var_declaration" if field_is(q, "right", p) => {
                        self.assigned(q, idx, st)
                    }
                    "return_statement" => self.returned(q, st),
                    "var_spec" if field_is(q, "value", p) => {
                        let mut c = q.walk();
                        let names: Vec<_> = q.children_by_field_name("name", &mut c).collect();
                        match names.get(idx) {
                            Some(id) if self.ix.text(*id) != "_" => self.alias(
                                Decl {
                                    ident: *id,
                                    kind: DeclKind::Local,
                                    ty: None,
                                    value: None,
                                    range: None,
                                },
                                st,
                            ),
                            _ => Vec::new(),
                        }
                    }
                    _ => Vec::new(),
                }
            }
            "literal_element" | "keyed_element" | "literal_value" => {
                let mut y = p;
                while matches!(
                    y.kind(),
                    "literal_element" | "keyed_element" | "literal_value"
                ) {
                    match self.ix.parent(y) {
                        Some(q) => y = q,
                        None => return Vec::new(),
                    }
                }
                if y.kind() == "composite_literal" {
                    self.fate(y, st)
                } else {
                    Vec::new()
                }
            }
            "unary_expression" if operator(self.ix, p) == "&" => self.fate(p, st),
            "selector_expression" if st.by_address && field_is(p, "operand", x) => {
                self.through_pointer(p, st)
            }
            "send_statement" if field_is(p, "value", x) => {
                // Handed to another goroutine; a receive (or Wait) later in
                // the iteration is taken as its reply (request/response).
                if self.joined(p) {
                    return Vec::new();
                }
                self.escape(Cause::Sent, Certainty::Likely, p, st)
            }
            "type_conversion_expression" | "type_assertion_expression" => self.fate(p, st),
            _ => Vec::new(),
        }
    }

    /// `x(...)` where `x` holds the reference (a closure, a method value).
    fn called(&self, call: Node<'t>, st: St) -> Vec<Escape> {
        match self.ix.parent_expr(call).map(|(_, q)| q) {
            Some(q) if q.kind() == "go_statement" => self.goroutine(q, None, st),
            Some(q) if q.kind() == "defer_statement" => self.deferred(q, st),
            _ => self.local(call, st),
        }
    }

    /// The reference passed as argument `idx` of `call`.
    fn passed(&self, call: Node<'t>, idx: usize, arg: Node<'t>, st: St) -> Vec<Escape> {
        match self.ix.parent_expr(call).map(|(_, q)| q) {
            Some(q) if q.kind() == "go_statement" => return self.goroutine(q, None, st),
            Some(q) if q.kind() == "defer_statement" => return self.deferred(q, st),
            _ => {}
        }
        let Some(f) = call.child_by_field_name("function") else {
            return Vec::new();
        };
        let bare = match f.kind() {
            "selector_expression" => f
                .child_by_field_name("field")
                .map(|m| self.ix.text(m))
                .unwrap_or_default(),
            _ => self.ix.text(f),
        };
        let (kind, name) =
            match f.kind() {
                "identifier" => {
                    let name = self.ix.text(f);
                    match self.ix.find_decl(name, f) {
                        Some(d) if d.kind == DeclKind::Package => match self.ix.funcs.get(name) {
                            Some(decl) => return self.callee(call, *decl, Some(idx), name, st),
                            None => (None, name),
                        },
                        // A local function value: follow its literal when it
                        // is declared with one (`submit := func(f func()) {...}`).
                        Some(d) => match d.value.filter(|v| v.kind() == "func_literal") {
                            Some(lit) => return self.callee(call, lit, Some(idx), name, st),
                            None => (None, name),
                        },
                        None => match name {
                            "append" => {
                                let st = St {
                                    collection: st.collection || idx != 0,
                                    ..st
                                };
                                return self.fate(call, st);
                            }
                            "len" | "cap" | "copy" | "delete" | "print" | "println" | "min"
                            | "max" | "clear" | "close" | "complex" | "real" | "imag" | "new"
                            | "make" => return Vec::new(),
                            _ if self.ix.types.contains_key(name) => return self.fate(call, st),
                            // A conversion to a basic type (uintptr, string...)
                            // keeps no reference.
                            "bool" | "byte" | "rune" | "string" | "int" | "int8" | "int16"
                            | "int32" | "int64" | "uint" | "uint8" | "uint16" | "uint32"
                            | "uint64" | "uintptr" | "float32" | "float64" | "complex64"
                            | "complex128" => return Vec::new(),
                            "any" => return self.fate(call, st),
                            _ => (table().func("", name), name),
                        },
                    }
                }
                "selector_expression" => {
                    let (Some(o), Some(m)) = (
                        f.child_by_field_name("operand"),
                        f.child_by_field_name("field"),
                    ) else {
                        return Vec::new();
                    };
                    let m = self.ix.text(m);
                    let pkg = self.ix.text(o);
                    let is_pkg = o.kind() == "identifier"
                        && self.ix.imports.contains(pkg)
                        && self.ix.find_decl(pkg, o).is_none();
                    if is_pkg {
                        (table().func(pkg, m), self.ix.text(f))
                    } else if let Some(decl) = self.ix.only_method(m) {
                        return self.callee(call, decl, Some(idx), m, st);
                    } else {
                        (table().method(m), self.ix.text(f))
                    }
                }
                "func_literal" => return self.callee(call, f, Some(idx), "func literal", st),
                // A conversion to a pointer or function type: `(*T)(p)`.
                "parenthesized_expression"
                    if named_children(f).first().is_some_and(|t| {
                        t.kind() == "unary_expression" || t.kind().ends_with("_type")
                    }) =>
                {
                    return self.fate(call, st)
                }
                _ => (None, self.ix.text(f)),
            };
        let via = short(name);
        match kind {
            Some(CalleeKind::Now) => self.local(call, st),
            Some(CalleeKind::NowHeap) => {
                let mut out = self.local(call, st);
                out.push(self.heap(Cause::Call { via }, call, st));
                out
            }
            Some(CalleeKind::Go) => self.goroutine(call, Some(via), st),
            Some(CalleeKind::Later) => {
                self.escape(Cause::Registered { via }, Certainty::Likely, call, st)
            }
            Some(CalleeKind::Cleanup) => {
                if self.subtest_local(f) {
                    // t.Cleanup on a subtest's own t runs when the subtest
                    // ends, inside t.Run.
                    self.local(call, st)
                } else {
                    self.escape(Cause::Cleanup { via }, Certainty::Certain, call, st)
                }
            }
            Some(CalleeKind::Subtest) => {
                let parallel = (arg.kind() == "func_literal")
                    .then(|| self.calls_parallel(arg))
                    .flatten();
                if let Some(c) = parallel {
                    self.escape(Cause::ParallelSubtest { via }, c, call, st)
                } else {
                    // Runs before t.Run returns; its allocation is a test's.
                    self.local(call, st)
                }
            }
            Some(CalleeKind::Wrap) => self.fate(call, st),
            Some(CalleeKind::Exit | CalleeKind::Join) => Vec::new(),
            None if table().keeps_by_name(bare) => {
                self.escape(Cause::Registered { via }, Certainty::Possible, call, st)
            }
            None => self.unknown(call, via, st),
        }
    }

    /// Whether the receiver of `x.Cleanup` is a parameter of a closure
    /// inside the analysed region (a subtest's `t`).
    fn subtest_local(&self, f: Node<'t>) -> bool {
        let Some(o) = f
            .child_by_field_name("operand")
            .filter(|o| o.kind() == "identifier")
        else {
            return false;
        };
        self.ix.find_decl(self.ix.text(o), o).is_some_and(|d| {
            d.kind == DeclKind::Param
                && self.ix.enclosing_func(d.ident).is_some_and(|lit| {
                    lit.kind() == "func_literal" && Index::within(lit, self.region)
                })
        })
    }

    /// Passed to a function the analysis cannot see into.
    fn unknown(&self, call: Node<'t>, via: String, st: St) -> Vec<Escape> {
        if !st.by_address {
            // A closure handed to a wrapper (middleware) may come back in
            // the result: when that result is run later (registered, on a
            // goroutine, deferred), report it, at most "possible". A result
            // merely stored is most often a plain value (a string built
            // with the closure's help): not followed.
            let through: Vec<Escape> = self
                .fate(
                    call,
                    St {
                        cap: Certainty::Possible,
                        ..st
                    },
                )
                .into_iter()
                .filter(|e| {
                    matches!(e.reach, Reach::Outlives(_))
                        && matches!(
                            e.cause,
                            Cause::Registered { .. }
                                | Cause::Goroutine { .. }
                                | Cause::Defer
                                | Cause::Cleanup { .. }
                                | Cause::ParallelSubtest { .. }
                        )
                })
                .collect();
            if !through.is_empty() {
                return through;
            }
        }
        vec![self.heap(Cause::Call { via }, call, st)]
    }

    /// Passed to (or the receiver of, when `idx` is `None`) a function or
    /// method `decl` of this file: what the callee does with its parameter.
    fn callee(
        &self,
        call: Node<'t>,
        decl: Node<'t>,
        idx: Option<usize>,
        name: &str,
        st: St,
    ) -> Vec<Escape> {
        let via = short(name);
        if st.depth >= MAX_CALLEE_DEPTH {
            // Deeper than the analysis follows: no claim.
            return Vec::new();
        }
        let param = match idx {
            None => decl
                .child_by_field_name("receiver")
                .and_then(|r| named_children(r).into_iter().next())
                .and_then(|p| {
                    let mut c = p.walk();
                    let name = p.children_by_field_name("name", &mut c).next();
                    name.map(|n| (n, false))
                }),
            Some(i) => {
                let mut flat = Vec::new();
                if let Some(list) = decl.child_by_field_name("parameters") {
                    for p in named_children(list) {
                        let variadic = p.kind() == "variadic_parameter_declaration";
                        let mut c = p.walk();
                        let names: Vec<_> = p.children_by_field_name("name", &mut c).collect();
                        if names.is_empty() {
                            flat.push(None);
                        }
                        flat.extend(names.into_iter().map(|n| Some((n, variadic))));
                    }
                }
                flat.get(i).copied().flatten()
            }
        };
        let Some((ident, variadic)) = param else {
            // An unnamed parameter is never used; a receiver without a
            // name neither.
            return if idx == Some(usize::MAX) {
                vec![self.heap(Cause::Call { via }, call, st)]
            } else {
                Vec::new()
            };
        };
        let Some(body) = decl.child_by_field_name("body") else {
            return vec![self.heap(Cause::Call { via }, call, st)];
        };
        if variadic || self.ix.text(ident) == "_" {
            return if variadic {
                vec![self.heap(Cause::Call { via }, call, st)]
            } else {
                Vec::new()
            };
        }
        let pdecl = Decl {
            ident,
            kind: DeclKind::Param,
            ty: None,
            value: None,
            range: None,
        };
        let sub = Ctx {
            ix: self.ix,
            lp: None,
            func: decl,
            region: body,
            budget: self.budget,
            depth: self.depth,
            visited: self.visited,
        };
        let inner_st = St {
            depth: st.depth + 1,
            ..st
        };
        let mut inner = Vec::new();
        for r in self.ix.references(&pdecl, body) {
            inner.extend(sub.uses(r, &pdecl, inner_st));
        }
        let mut out = Vec::new();
        for e in inner {
            match e.reach {
                Reach::Returned => out.extend(self.fate(call, st)),
                Reach::Outlives(c) => {
                    if innermost(&e.cause).is_some_and(|c| matches!(c, Cause::Goroutine { .. }))
                        && self.joined(call)
                    {
                        // The callee starts a goroutine the caller then waits for.
                        continue;
                    }
                    let c = c.min(Certainty::Likely).min(st.cap);
                    let cause = Cause::Inside {
                        via: via.clone(),
                        line: e.line,
                        inner: Box::new(e.cause),
                    };
                    let reach = if self.lp.is_some() && self.exits_after(call) {
                        Reach::HeapOnly
                    } else {
                        Reach::Outlives(c)
                    };
                    let cause = if reach == Reach::HeapOnly {
                        Cause::LoopEnds {
                            inner: Box::new(cause),
                        }
                    } else {
                        cause
                    };
                    out.push(Escape {
                        reach,
                        cause,
                        line: self.ix.line(call),
                        by_address: st.by_address,
                        tentative: false,
                    });
                }
                Reach::HeapOnly => out.push(Escape {
                    reach: Reach::HeapOnly,
                    cause: Cause::Inside {
                        via: via.clone(),
                        line: e.line,
                        inner: Box::new(e.cause),
                    },
                    line: self.ix.line(call),
                    by_address: st.by_address,
                    tentative: e.tentative || st.cap == Certainty::Possible,
                }),
            }
        }
        out
    }

    /// One use `r` of a variable `decl` that holds the reference (an alias
    /// or a callee's parameter): where it goes, and closures capturing it.
    fn uses(&self, r: Node<'t>, decl: &Decl<'t>, st: St) -> Vec<Escape> {
        if self.is_written(r) {
            return Vec::new();
        }
        let mut out = self.fate(r, st);
        out.extend(self.capture(r, decl.ident, st));
        out
    }

    /// Whether identifier `r` is assigned to (the left of `=`).
    fn is_written(&self, r: Node<'t>) -> bool {
        let Some(list) = self.ix.parent(r) else {
            return false;
        };
        list.kind() == "expression_list"
            && self
                .ix
                .parent(list)
                .is_some_and(|s| s.kind() == "assignment_statement" && field_is(s, "left", list))
    }

    /// `x = ref`, `x := ref`, `x[k] = ref`, `x.f = ref`, `*x = ref`.
    fn assigned(&self, stmt: Node<'t>, idx: usize, st: St) -> Vec<Escape> {
        let left = stmt
            .child_by_field_name("left")
            .map(named_children)
            .unwrap_or_default();
        let right = stmt
            .child_by_field_name("right")
            .map(named_children)
            .unwrap_or_default();
        if left.len() != right.len() {
            return Vec::new();
        }
        let Some(mut target) = left.get(idx).copied() else {
            return Vec::new();
        };
        while target.kind() == "parenthesized_expression" {
            match named_children(target).first() {
                Some(t) => target = *t,
                None => return Vec::new(),
            }
        }
        if stmt.kind() == "short_var_declaration" {
            if target.kind() != "identifier" || self.ix.text(target) == "_" {
                return Vec::new();
            }
            let decl = Decl {
                ident: target,
                kind: DeclKind::Local,
                ty: None,
                value: None,
                range: None,
            };
            // `a, x := ...` may assign an existing x of the same block.
            let decl = self
                .ix
                .find_decl(self.ix.text(target), target)
                .filter(|d| self.redeclared(stmt, d))
                .unwrap_or(decl);
            return self.alias(decl, st);
        }
        let mut collection = false;
        let mut base = target;
        loop {
            match base.kind() {
                "index_expression" => {
                    collection = true;
                    base = match base.child_by_field_name("operand") {
                        Some(b) => b,
                        None => return Vec::new(),
                    };
                }
                "selector_expression" | "unary_expression" => {
                    base = match base.child_by_field_name("operand") {
                        Some(b) => b,
                        None => return Vec::new(),
                    };
                }
                "parenthesized_expression" => {
                    base = match named_children(base).first() {
                        Some(b) => *b,
                        None => return Vec::new(),
                    };
                }
                _ => break,
            }
        }
        let st = St {
            collection: st.collection || collection,
            ..st
        };
        if base.kind() != "identifier" {
            return self.stored(stmt, target, None, None, st);
        }
        let name = self.ix.text(base);
        if name == "_" {
            return Vec::new();
        }
        match self.ix.find_decl(name, base) {
            Some(d) if self.is_inside(&d) => self.alias(d, st),
            d => self.stored(stmt, target, Some(base), d, st),
        }
    }

    /// Whether `d` (found from a `:=` statement) is assigned by it rather
    /// than declared: the same block, before it.
    fn redeclared(&self, stmt: Node<'t>, d: &Decl<'t>) -> bool {
        let (Some(a), Some(b)) = (self.ix.parent(stmt), self.ix.scope_of(d)) else {
            return false;
        };
        a.kind() == "statement_list" && same(a, b) && d.ident.start_byte() < stmt.start_byte()
    }

    /// Whether `d` is a local of the iteration (or of the callee).
    fn is_inside(&self, d: &Decl<'t>) -> bool {
        d.kind != DeclKind::Package && Index::within(d.ident, self.region)
    }

    /// The reference now also lives in local variable `decl`.
    fn alias(&self, decl: Decl<'t>, st: St) -> Vec<Escape> {
        if !self.visited.borrow_mut().insert(decl.ident.id()) {
            return Vec::new();
        }
        let Some(scope) = self.ix.scope_of(&decl) else {
            return Vec::new();
        };
        let mut out = Vec::new();
        for r in self.ix.references(&decl, scope) {
            out.extend(self.uses(r, &decl, st));
        }
        out
    }

    /// Stored in `target`, which outlives the iteration.
    fn stored(
        &self,
        stmt: Node<'t>,
        target: Node<'t>,
        base: Option<Node<'t>>,
        decl: Option<Decl<'t>>,
        st: St,
    ) -> Vec<Escape> {
        let shown = short(self.ix.text(target));
        let Some(lp) = self.lp else {
            let c = if st.collection {
                Certainty::Likely
            } else {
                Certainty::Possible
            };
            return vec![Escape {
                reach: Reach::Outlives(c.min(st.cap)),
                cause: Cause::Stored {
                    target: shown,
                    collection: st.collection,
                    why: None,
                },
                line: self.ix.line(stmt),
                by_address: st.by_address,
                tentative: false,
            }];
        };
        if self.exits_after(stmt) {
            let cause = Cause::Stored {
                target: shown,
                collection: st.collection,
                why: None,
            };
            return vec![self.heap(
                Cause::LoopEnds {
                    inner: Box::new(cause),
                },
                stmt,
                st,
            )];
        }
        let refs = base
            .map(|b| self.base_refs(b, decl, lp))
            .unwrap_or_default();
        let top = self.top_statement(stmt, lp);
        // A collection emptied earlier in the same iteration (x = x[:0])
        // keeps only this iteration's references: like a single variable.
        let reset = top.is_some_and(|top| {
            refs.iter().any(|r| {
                self.top_statement(*r, lp)
                    .is_some_and(|rt| rt.start_byte() < top.start_byte() && self.is_reset(rt, *r))
            })
        });
        if st.collection && !reset {
            return self.escape(
                Cause::Stored {
                    target: shown,
                    collection: true,
                    why: None,
                },
                Certainty::Certain,
                stmt,
                st,
            );
        }
        let why = if lp.three_clause {
            Some(StoreWhy::PostStatement)
        } else if self.conditional(stmt, lp) {
            Some(StoreWhy::SomeIterations)
        } else if self.read_before(stmt, top, &refs, lp) {
            Some(StoreWhy::ReadInLoop)
        } else {
            None
        };
        match why {
            Some(why) => self.escape(
                Cause::Stored {
                    target: shown,
                    collection: false,
                    why: Some(why),
                },
                Certainty::Likely,
                stmt,
                st,
            ),
            None => vec![self.heap(Cause::Overwritten { target: shown }, stmt, st)],
        }
    }

    /// Whether `stmt` may be skipped in some iteration: not a statement of
    /// the body itself, or after a `break`, `continue` or `goto`.
    fn conditional(&self, stmt: Node<'t>, lp: LoopCtx<'t>) -> bool {
        let Some(list) = named_children(lp.body)
            .into_iter()
            .find(|n| n.kind() == "statement_list")
        else {
            return true;
        };
        let mut top = stmt;
        while let Some(p) = self.ix.parent(top) {
            if same(p, list) {
                break;
            }
            if p.kind() != "labeled_statement" {
                return true;
            }
            top = p;
        }
        for sib in named_children(list) {
            if same(sib, top) {
                break;
            }
            let jumps = self.nodes_outside_closures(sib).any(|n| {
                matches!(
                    n.kind(),
                    "break_statement" | "continue_statement" | "goto_statement"
                )
            });
            if jumps {
                return true;
            }
        }
        false
    }

    /// The uses, in the loop, of the variable stored into.
    fn base_refs(&self, base: Node<'t>, decl: Option<Decl<'t>>, lp: LoopCtx<'t>) -> Vec<Node<'t>> {
        match decl {
            Some(d) => self.ix.references(&d, lp.node),
            None => {
                let name = self.ix.text(base);
                crate::syntax::descendants(lp.node)
                    .filter(|n| n.kind() == "identifier" && self.ix.text(*n) == name)
                    .filter(|n| self.ix.find_decl(name, *n).is_none())
                    .collect()
            }
        }
    }

    /// The statement of the loop body that holds `node` (`None` in the for
    /// clause).
    fn top_statement(&self, node: Node<'t>, lp: LoopCtx<'t>) -> Option<Node<'t>> {
        let mut x = node;
        while let Some(p) = self.ix.parent(x) {
            if same(p, lp.node) {
                return None;
            }
            if p.kind() == "statement_list" && self.ix.parent(p).is_some_and(|b| same(b, lp.body)) {
                return Some(x);
            }
            x = p;
        }
        None
    }

    /// Whether `stmt` empties the variable `r` names: `x = x[:0]`,
    /// `x = nil`, `x = make(...)`, `x = T{}`, `clear(x)`.
    fn is_reset(&self, stmt: Node<'t>, r: Node<'t>) -> bool {
        match stmt.kind() {
            "assignment_statement" => {
                let left = stmt
                    .child_by_field_name("left")
                    .map(named_children)
                    .unwrap_or_default();
                let right = stmt
                    .child_by_field_name("right")
                    .map(named_children)
                    .unwrap_or_default();
                let [l] = left.as_slice() else {
                    return false;
                };
                let [v] = right.as_slice() else {
                    return false;
                };
                if l.kind() != "identifier" || self.ix.text(*l) != self.ix.text(r) {
                    return false;
                }
                match v.kind() {
                    "nil" | "composite_literal" => true,
                    "slice_expression" => {
                        v.child_by_field_name("operand")
                            .is_some_and(|o| self.ix.text(o) == self.ix.text(r))
                            && v.child_by_field_name("start").is_none()
                            && v.child_by_field_name("end")
                                .is_some_and(|e| self.ix.text(e) == "0")
                    }
                    "call_expression" => v
                        .child_by_field_name("function")
                        .is_some_and(|f| self.ix.text(f) == "make"),
                    _ => false,
                }
            }
            "expression_statement" => named_children(stmt).first().is_some_and(|c| {
                c.kind() == "call_expression"
                    && c.child_by_field_name("function")
                        .is_some_and(|f| self.ix.text(f) == "clear")
            }),
            _ => false,
        }
    }

    /// Whether the variable stored into is read where a later iteration
    /// (or the for clause) sees the earlier iteration's reference: in a
    /// statement of the body before the store (other than one emptying
    /// it), in the for clause, or in a closure.
    fn read_before(
        &self,
        stmt: Node<'t>,
        top: Option<Node<'t>>,
        refs: &[Node<'t>],
        lp: LoopCtx<'t>,
    ) -> bool {
        let left = stmt.child_by_field_name("left");
        refs.iter().any(|r| {
            if left.is_some_and(|l| Index::within(*r, l)) {
                return false;
            }
            let in_closure = self
                .ix
                .enclosing_func(*r)
                .is_some_and(|f| f.kind() == "func_literal" && Index::within(f, lp.node));
            if in_closure {
                return true;
            }
            match (self.top_statement(*r, lp), top) {
                (None, _) | (_, None) => true,
                (Some(rt), Some(top)) => {
                    rt.start_byte() < top.start_byte() && !self.is_reset(rt, *r)
                }
            }
        })
    }

    fn returned(&self, stmt: Node<'t>, st: St) -> Vec<Escape> {
        let Some(f) = self.ix.enclosing_func(stmt) else {
            return Vec::new();
        };
        if same(f, self.func) {
            if self.lp.is_none() {
                return vec![Escape {
                    reach: Reach::Returned,
                    cause: Cause::Call { via: String::new() },
                    line: self.ix.line(stmt),
                    by_address: st.by_address,
                    tentative: false,
                }];
            }
            // Returning ends the loop: no later iteration changes the
            // variable, and the compiler leaves such a loop alone (its
            // loopvar pass skips addresses and closures under a return).
            return Vec::new();
        }
        if f.kind() != "func_literal" {
            return Vec::new();
        }
        match self.ix.parent_expr(f) {
            Some((fx, q)) if q.kind() == "call_expression" && field_is(q, "function", fx) => {
                self.fate(q, st)
            }
            _ => self.fate(f, st),
        }
    }

    fn goroutine(&self, at: Node<'t>, via: Option<String>, st: St) -> Vec<Escape> {
        if self.joined(at) {
            return Vec::new();
        }
        self.escape(Cause::Goroutine { via }, Certainty::Likely, at, st)
    }

    fn deferred(&self, stmt: Node<'t>, st: St) -> Vec<Escape> {
        let Some(f) = self.ix.enclosing_func(stmt) else {
            return Vec::new();
        };
        if same(f, self.func) {
            if self.lp.is_none() {
                // Runs when the callee returns.
                return Vec::new();
            }
            return self.escape(Cause::Defer, Certainty::Certain, stmt, st);
        }
        if f.kind() == "func_literal" {
            // Runs when that closure returns.
            return self.fate(f, st);
        }
        Vec::new()
    }

    /// An escape at `at`, unless the loop ends right after it.
    fn escape(&self, cause: Cause, c: Certainty, at: Node<'t>, st: St) -> Vec<Escape> {
        if self.lp.is_some() && self.exits_after(at) {
            return vec![self.heap(
                Cause::LoopEnds {
                    inner: Box::new(cause),
                },
                at,
                st,
            )];
        }
        vec![Escape {
            reach: Reach::Outlives(c.min(st.cap)),
            cause,
            line: self.ix.line(at),
            by_address: st.by_address,
            tentative: false,
        }]
    }

    fn heap(&self, cause: Cause, at: Node<'t>, st: St) -> Escape {
        Escape {
            reach: Reach::HeapOnly,
            cause,
            line: self.ix.line(at),
            by_address: st.by_address,
            // Only "possibly" the variable's address (its type unknown):
            // no claim about its allocation.
            tentative: st.cap == Certainty::Possible,
        }
    }

    /// The statements that run after `at` in the same iteration, in
    /// order, level by level up to the loop body (through closures called
    /// on the spot).
    fn after(&self, at: Node<'t>) -> Vec<Node<'t>> {
        let mut out = Vec::new();
        let mut cur = at;
        while let Some(p) = self.ix.parent(cur) {
            if self.lp.is_some_and(|lp| same(p, lp.node)) || same(p, self.func) {
                break;
            }
            if p.kind() == "statement_list" {
                let kids = named_children(p);
                if let Some(i) = kids.iter().position(|k| same(*k, cur)) {
                    out.extend_from_slice(&kids[i + 1..]);
                }
            }
            if p.kind() == "func_literal" {
                match self.ix.parent_expr(p) {
                    Some((fx, q))
                        if q.kind() == "call_expression" && field_is(q, "function", fx) =>
                    {
                        // The closure's deferred calls run when it returns,
                        // wherever they are registered.
                        out.extend(self.deferred_calls(p));
                        cur = q;
                        continue;
                    }
                    _ => break,
                }
            }
            if is_func(p) {
                break;
            }
            cur = p;
        }
        out
    }

    /// What the `defer` statements of closure `lit`'s body run: the
    /// statements themselves, or the bodies of deferred closures.
    fn deferred_calls(&self, lit: Node<'t>) -> Vec<Node<'t>> {
        let mut out = Vec::new();
        let stmts = lit
            .child_by_field_name("body")
            .map(named_children)
            .unwrap_or_default()
            .into_iter()
            .filter(|n| n.kind() == "statement_list")
            .flat_map(named_children);
        for d in stmts.filter(|n| n.kind() == "defer_statement") {
            let deferred_lit = named_children(d)
                .first()
                .filter(|c| c.kind() == "call_expression")
                .and_then(|c| c.child_by_field_name("function"))
                .filter(|f| f.kind() == "func_literal");
            match deferred_lit.and_then(|f| f.child_by_field_name("body")) {
                Some(body) => out.push(body),
                None => out.push(d),
            }
        }
        out
    }

    /// Whether a goroutine started at `at` is waited for later in the
    /// iteration (a `.Wait()` call or a channel receive).
    fn joined(&self, at: Node<'t>) -> bool {
        self.after(at).into_iter().any(|s| {
            self.nodes_outside_closures(s)
                .any(|n| self.waits(n) || self.callee_joins(n))
        })
    }

    /// Whether node `n` waits for another goroutine: a channel receive, a
    /// range over a channel, a `.Wait()` call.
    fn waits(&self, n: Node<'t>) -> bool {
        match n.kind() {
            "unary_expression" => operator(self.ix, n) == "<-",
            "call_expression" => self.callee_kind(n) == Some(CalleeKind::Join),
            "range_clause" => n
                .child_by_field_name("right")
                .is_some_and(|r| self.ix.is_channel(r)),
            _ => false,
        }
    }

    /// Whether `call` calls a function or method of the file that waits
    /// (a `.Wait()` call or a channel receive in its own body).
    fn callee_joins(&self, call: Node<'t>) -> bool {
        if call.kind() != "call_expression" {
            return false;
        }
        let Some(f) = call.child_by_field_name("function") else {
            return false;
        };
        let decl = match f.kind() {
            "identifier" => {
                let name = self.ix.text(f);
                match self.ix.find_decl(name, f) {
                    Some(d) if d.kind == DeclKind::Package => self.ix.funcs.get(name).copied(),
                    _ => None,
                }
            }
            "selector_expression" => f
                .child_by_field_name("field")
                .and_then(|m| self.ix.only_method(self.ix.text(m))),
            _ => None,
        };
        let Some(body) = decl.and_then(|d| d.child_by_field_name("body")) else {
            return false;
        };
        self.nodes_outside_closures(body).any(|n| self.waits(n))
    }

    /// Whether the loop certainly ends right after `at` (a `break` out of
    /// it, a `return`, a call that does not return), so no later iteration
    /// changes the variable.
    fn exits_after(&self, at: Node<'t>) -> bool {
        self.after(at).into_iter().any(|s| self.is_exit(s, 0))
    }

    fn is_exit(&self, stmt: Node<'t>, depth: u8) -> bool {
        let Some(lp) = self.lp else {
            return false;
        };
        if depth > 8 {
            return false;
        }
        match stmt.kind() {
            "labeled_statement" => named_children(stmt)
                .into_iter()
                .find(|n| n.kind() != "label_name")
                .is_some_and(|s| self.is_exit(s, depth + 1)),
            "return_statement" => self
                .ix
                .enclosing_func(stmt)
                .is_some_and(|f| same(f, self.func)),
            "break_statement" => self
                .jump_target(stmt, false)
                .is_some_and(|t| Index::within(lp.node, t)),
            "continue_statement" => self
                .jump_target(stmt, true)
                .is_some_and(|t| !same(t, lp.node) && Index::within(lp.node, t)),
            "expression_statement" => named_children(stmt).first().is_some_and(|c| {
                c.kind() == "call_expression" && self.callee_kind(*c) == Some(CalleeKind::Exit)
            }),
            "block" => named_children(stmt)
                .into_iter()
                .filter(|n| n.kind() == "statement_list")
                .flat_map(named_children)
                .any(|s| self.is_exit(s, depth + 1)),
            _ => false,
        }
    }

    /// The statement a `break` (or `continue`) leaves.
    fn jump_target(&self, stmt: Node<'t>, is_continue: bool) -> Option<Node<'t>> {
        let label = named_children(stmt)
            .into_iter()
            .find(|n| n.kind() == "label_name")
            .map(|l| self.ix.text(l));
        let mut x = stmt;
        while let Some(p) = self.ix.parent(x) {
            if is_func(p) {
                return None;
            }
            match label {
                Some(l) => {
                    if p.kind() == "labeled_statement"
                        && p.child_by_field_name("label")
                            .is_some_and(|n| self.ix.text(n) == l)
                    {
                        return named_children(p)
                            .into_iter()
                            .find(|n| n.kind() != "label_name");
                    }
                }
                None => {
                    let stops = if is_continue {
                        p.kind() == "for_statement"
                    } else {
                        matches!(
                            p.kind(),
                            "for_statement"
                                | "expression_switch_statement"
                                | "type_switch_statement"
                                | "select_statement"
                        )
                    };
                    if stops {
                        return Some(p);
                    }
                }
            }
            x = p;
        }
        None
    }

    /// The table's kind for the function `call` calls, by name.
    fn callee_kind(&self, call: Node<'t>) -> Option<CalleeKind> {
        let f = call.child_by_field_name("function")?;
        match f.kind() {
            "identifier" => {
                let name = self.ix.text(f);
                if self.ix.find_decl(name, f).is_some() {
                    return None;
                }
                table().func("", name)
            }
            "selector_expression" => {
                let o = f.child_by_field_name("operand")?;
                let m = self.ix.text(f.child_by_field_name("field")?);
                let pkg = self.ix.text(o);
                if o.kind() == "identifier" && self.ix.imports.contains(pkg) {
                    table().func(pkg, m)
                } else {
                    table().method(m)
                }
            }
            _ => None,
        }
    }

    /// Whether the subtest function `lit` calls `.Parallel()`: certain when
    /// it is a statement of the function body itself, likely when it sits
    /// in a condition or a nested block.
    fn calls_parallel(&self, lit: Node<'t>) -> Option<Certainty> {
        let body = lit.child_by_field_name("body")?;
        let list = named_children(body)
            .into_iter()
            .find(|n| n.kind() == "statement_list")?;
        let call = self.nodes_outside_closures(list).skip(1).find(|c| {
            c.kind() == "call_expression"
                && c.child_by_field_name("function").is_some_and(|f| {
                    f.kind() == "selector_expression"
                        && f.child_by_field_name("field")
                            .is_some_and(|m| self.ix.text(m) == "Parallel")
                })
        })?;
        let top = self
            .ix
            .parent(call)
            .and_then(|s| self.ix.parent(s))
            .is_some_and(|l| same(l, list));
        Some(if top {
            Certainty::Certain
        } else {
            Certainty::Likely
        })
    }

    /// The nodes of `stmt`, not descending into closures (which do not run here).
    fn nodes_outside_closures(&self, stmt: Node<'t>) -> impl Iterator<Item = Node<'t>> {
        let mut stack = vec![stmt];
        std::iter::from_fn(move || {
            let n = stack.pop()?;
            if n.kind() != "func_literal" {
                let mut c = n.walk();
                let kids: Vec<_> = n.named_children(&mut c).collect();
                stack.extend(kids.into_iter().rev());
            }
            Some(n)
        })
    }
}

/// The cause at the bottom of a chain of calls into the file's functions.
fn innermost(cause: &Cause) -> Option<&Cause> {
    match cause {
        Cause::Inside { inner, .. } | Cause::LoopEnds { inner } => innermost(inner),
        c => Some(c),
    }
}

impl St {
    /// A closure capture: certain as far as the capture goes.
    fn closure() -> St {
        St {
            collection: false,
            cap: Certainty::Certain,
            by_address: false,
            depth: 0,
        }
    }
}
