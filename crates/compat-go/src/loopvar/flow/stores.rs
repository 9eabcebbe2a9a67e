//! Assignments that move a reference: into a local of the iteration (an
//! alias, followed), or into a variable, field, element or collection that
//! outlives the iteration (and when a single variable's store shows).

use crate::syntax::Node;

use super::*;

impl<'a, 't> Ctx<'a, 't> {
    /// `x = ref`, `x := ref`, `x[k] = ref`, `x.f = ref`, `*x = ref`.
    pub(super) fn assigned(&self, stmt: Node<'t>, idx: usize, st: St) -> Vec<Escape> {
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

    /// `x.Store(ref)` with a single argument (`atomic.Pointer.Store`,
    /// `atomic.Value.Store`): a slot that holds one reference, like a
    /// variable assigned (`x = ref`); `sync.Map.Store(k, ref)` (two
    /// arguments) keeps many and is left to the callee table. `None` when
    /// the call is not one, or the receiver is a local of the iteration.
    pub(super) fn single_slot_store(
        &self,
        call: Node<'t>,
        recv: Node<'t>,
        method: &str,
        st: St,
    ) -> Option<Vec<Escape>> {
        if method != "Store" {
            return None;
        }
        let args = call.child_by_field_name("arguments").map(named_children)?;
        if args.len() != 1 {
            return None;
        }
        let mut base = recv;
        while matches!(
            base.kind(),
            "selector_expression" | "unary_expression" | "parenthesized_expression"
        ) {
            base = match base.child_by_field_name("operand") {
                Some(b) => b,
                None => *named_children(base).first()?,
            };
        }
        // A slot in a slice or map element (`slots[i].Store`) is one of
        // many: the table's "kept for later" applies.
        if base.kind() != "identifier" {
            return None;
        }
        let decl = self.ix.find_decl(self.ix.text(base), base);
        if decl.as_ref().is_some_and(|d| self.is_inside(d)) {
            return None;
        }
        // The statement is the call's when it stands alone.
        let stmt = self
            .ix
            .parent(call)
            .filter(|p| p.kind() == "expression_statement")
            .unwrap_or(call);
        Some(self.stored(stmt, recv, Some(base), decl, st))
    }

    /// Whether `d` (found from a `:=` statement) is assigned by it rather
    /// than declared: the same block, before it.
    pub(super) fn redeclared(&self, stmt: Node<'t>, d: &Decl<'t>) -> bool {
        let (Some(a), Some(b)) = (self.ix.parent(stmt), self.ix.scope_of(d)) else {
            return false;
        };
        a.kind() == "statement_list" && same(a, b) && d.ident.start_byte() < stmt.start_byte()
    }

    /// Whether `d` is a local of the iteration (or of the callee).
    pub(super) fn is_inside(&self, d: &Decl<'t>) -> bool {
        d.kind != DeclKind::Package && Index::within(d.ident, self.region)
    }

    /// The reference now also lives in local variable `decl`.
    pub(super) fn alias(&self, decl: Decl<'t>, st: St) -> Vec<Escape> {
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
    pub(super) fn stored(
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
    pub(super) fn conditional(&self, stmt: Node<'t>, lp: LoopCtx<'t>) -> bool {
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
    pub(super) fn base_refs(
        &self,
        base: Node<'t>,
        decl: Option<Decl<'t>>,
        lp: LoopCtx<'t>,
    ) -> Vec<Node<'t>> {
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
    pub(super) fn top_statement(&self, node: Node<'t>, lp: LoopCtx<'t>) -> Option<Node<'t>> {
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
    pub(super) fn is_reset(&self, stmt: Node<'t>, r: Node<'t>) -> bool {
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
    pub(super) fn read_before(
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
}
