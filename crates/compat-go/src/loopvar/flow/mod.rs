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

mod calls;
mod order;
mod stores;

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
        // The fields selected so far are parts of the variable itself (a
        // struct value, not reached through a pointer or interface).
        let mut inside = shape == Shape::Direct;
        while let Some((xx, p)) = self.ix.parent_expr(x) {
            match p.kind() {
                "selector_expression" if field_is(p, "operand", xx) => {
                    if fields == 0 && indexes == 0 {
                        if let Some(found) = self.method_use(p, vt) {
                            out.extend(found);
                            method_done = true;
                            break;
                        }
                    } else if indexes == 0 && inside {
                        // `v.f.M`: a method of the field's type (of the
                        // file) with a pointer receiver takes `&v.f`.
                        if let Some(found) = self.field_method_use(p, xx) {
                            out.extend(found);
                            method_done = true;
                            break;
                        }
                    }
                    fields += 1;
                    inside = inside && self.ix.expr_var_type(p).shape == Shape::Direct;
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

    /// `v.f.M` where `v.f` (`field`) is a struct value inside the variable
    /// whose named type, of the file, has a method `M`: with a pointer
    /// receiver it takes `&v.f` (certain); with a value receiver it copies
    /// the field (nothing). `None` when `M` is no method of that type.
    fn field_method_use(&self, sel: Node<'t>, field: Node<'t>) -> Option<Vec<Escape>> {
        let m = self.ix.text(sel.child_by_field_name("field")?);
        let ft = self.ix.expr_var_type(field);
        if ft.shape != Shape::Direct {
            return None;
        }
        let (decl, takes_address) = self.ix.method_on(ft.name?, m)?;
        if !takes_address {
            return Some(Vec::new());
        }
        let call = self
            .ix
            .parent_expr(sel)
            .filter(|(sx, q)| q.kind() == "call_expression" && field_is(*q, "function", *sx))
            .map(|(_, q)| q);
        let st = St {
            collection: false,
            cap: Certainty::Certain,
            by_address: true,
            depth: 0,
        };
        Some(self.receiver_use(sel, call, Some(decl), m, st))
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
}

/// The cause at the bottom of a chain of calls into the file's functions.
fn innermost(cause: &Cause) -> &Cause {
    match cause {
        Cause::Inside { inner, .. } | Cause::LoopEnds { inner } => innermost(inner),
        c => c,
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
