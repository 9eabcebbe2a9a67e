//! What runs after an escape in the same iteration: the statements after
//! it level by level (through closures called on the spot, with their
//! deferred calls), joins (receives, `.Wait()`, ranging over a channel) and
//! exits (`break`, `return`, `continue` to an outer loop, calls that do not
//! return).

use crate::syntax::Node;

use super::*;

impl<'a, 't> Ctx<'a, 't> {
    /// The statements that run after `at` in the same iteration, in
    /// order, level by level up to the loop body (through closures called
    /// on the spot).
    pub(super) fn after(&self, at: Node<'t>) -> Vec<Node<'t>> {
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
    pub(super) fn deferred_calls(&self, lit: Node<'t>) -> Vec<Node<'t>> {
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
    pub(super) fn joined(&self, at: Node<'t>) -> bool {
        self.after(at).into_iter().any(|s| {
            self.nodes_outside_closures(s)
                .any(|n| self.waits(n) || self.callee_joins(n))
        })
    }

    /// Whether node `n` waits for another goroutine: a channel receive, a
    /// range over a channel, a `.Wait()` call.
    pub(super) fn waits(&self, n: Node<'t>) -> bool {
        match n.kind() {
            "unary_expression" => operator(self.ix, n) == "<-",
            "call_expression" => self.callee_kind(n) == Some(CalleeKind::Join),
            "range_clause" => n
                .child_by_field_name("right")
                .is_some_and(|r| self.ix.is_channel(r)),
            _ => false,
        }
    }

    /// Whether the loop certainly ends right after `at` (a `break` out of
    /// it, a `return`, a call that does not return), so no later iteration
    /// changes the variable.
    pub(super) fn exits_after(&self, at: Node<'t>) -> bool {
        self.after(at).into_iter().any(|s| self.is_exit(s, 0))
    }

    pub(super) fn is_exit(&self, stmt: Node<'t>, depth: u8) -> bool {
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
    pub(super) fn jump_target(&self, stmt: Node<'t>, is_continue: bool) -> Option<Node<'t>> {
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

    /// The nodes of `stmt`, not descending into closures (which do not run here).
    pub(super) fn nodes_outside_closures(&self, stmt: Node<'t>) -> impl Iterator<Item = Node<'t>> {
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
