//! Paths through one function body, for the cgo analyses: a structured
//! abstract interpreter over Go statements. A [`Domain`] says what a simple
//! statement, a `defer`, a `return` and leaving a scope do to its state;
//! the walker threads the state through sequences, joins it where paths
//! meet (`if`/`else`, `switch` and `select` cases, `break` and `continue`
//! targets, labelled or not), and iterates loop bodies to a fixed point (at
//! most [`MAX_ROUNDS`] rounds). A `return`, a call that does not return
//! (`panic`, `os.Exit`, `log.Fatal`...), `goto` and `select {}` end a path;
//! falling off the end of the body is an exit too ([`Domain::end`]).
//!
//! Not modelled: `goto` (the path ends there, nothing is reported after
//! it), panics raised by callees (deferred calls run on them; a path that
//! panics is not an exit where a leak is reported).

use crate::syntax::{Node, Syntax};

use super::ast::{callee_name, kids, unparen};

/// Rounds of a loop body before the walker stops iterating (the domains'
/// lattices are finite and small; this bounds pathological inputs).
pub(crate) const MAX_ROUNDS: usize = 12;

/// Statement nesting the walker follows; deeper code ends the path.
const MAX_DEPTH: usize = 300;

/// What an analysis does at each kind of program point.
pub(crate) trait Domain<'t> {
    /// The abstract state at a program point.
    type State: Clone + PartialEq;

    /// The state where two paths meet.
    fn join(&self, a: &Self::State, b: &Self::State) -> Self::State;

    /// A simple statement (expression, assignment, declaration, send,
    /// increment) or a header expression (an `if` condition, a `switch`
    /// tag, a `range` expression, a `case` list).
    fn simple(&mut self, node: Node<'t>, st: &mut Self::State);

    /// `defer CALL`.
    fn defer(&mut self, stmt: Node<'t>, st: &mut Self::State);

    /// `go CALL`.
    fn go(&mut self, stmt: Node<'t>, st: &mut Self::State) {
        self.simple(stmt, st);
    }

    /// `return ...`; the path ends after it.
    fn ret(&mut self, stmt: Node<'t>, st: &mut Self::State);

    /// The end of the body is reached.
    fn end(&mut self, body: Node<'t>, st: &mut Self::State);

    /// Control leaves `scope` (a block, or a statement declaring variables
    /// in its header) on a path in state `st`.
    fn leave(&mut self, scope: Node<'t>, st: &mut Self::State);

    /// The iteration variables of a `range` clause get their values.
    fn range_bind(&mut self, clause: Node<'t>, st: &mut Self::State) {
        let _ = (clause, st);
    }
}

/// The states leaving a statement: falling through, or by `break` /
/// `continue` (with their labels).
/// `break` or `continue` states with their labels.
type Jumps<S> = Vec<(Option<String>, S)>;

struct Out<S> {
    normal: Option<S>,
    breaks: Vec<(Option<String>, S)>,
    conts: Vec<(Option<String>, S)>,
}

impl<S> Out<S> {
    fn normal(s: Option<S>) -> Out<S> {
        Out {
            normal: s,
            breaks: Vec::new(),
            conts: Vec::new(),
        }
    }
}

/// Walks `body` (a function's block) from `init`. Returns whether the
/// walk was cut short by nesting deeper than the walker follows.
pub(crate) fn run<'t, D: Domain<'t>>(
    d: &mut D,
    src: &'t Syntax,
    body: Node<'t>,
    init: D::State,
) -> bool {
    let mut w = Walker {
        d,
        src,
        too_deep: false,
    };
    let out = w.stmts(&block_statements(body), Some(init), 0);
    if let Some(mut s) = out.normal {
        w.d.end(body, &mut s);
    }
    w.too_deep
}

struct Walker<'w, 't, D: Domain<'t>> {
    d: &'w mut D,
    src: &'t Syntax,
    too_deep: bool,
}

/// The statements of a block (or of a case clause).
pub(crate) fn block_statements(node: Node<'_>) -> Vec<Node<'_>> {
    let mut out = Vec::new();
    for k in kids(node) {
        if k.kind() == "statement_list" {
            out.extend(kids(k));
        } else if node.kind() != "block" {
            out.push(k);
        }
    }
    out
}

/// Whether a call never returns (`panic`, `os.Exit`, `log.Fatal`...).
pub(crate) fn no_return_call(src: &Syntax, call: Node<'_>) -> bool {
    let call = unparen(call);
    call.kind() == "call_expression"
        && callee_name(src, call).is_some_and(|n| super::data::no_return(&n))
}

impl<'t, D: Domain<'t>> Walker<'_, 't, D> {
    fn join(&self, a: Option<D::State>, b: Option<D::State>) -> Option<D::State> {
        match (a, b) {
            (Some(a), Some(b)) => Some(self.d.join(&a, &b)),
            (a, None) => a,
            (None, b) => b,
        }
    }

    fn join_all(&self, states: impl IntoIterator<Item = D::State>) -> Option<D::State> {
        states
            .into_iter()
            .fold(None, |acc, s| self.join(acc, Some(s)))
    }

    /// A sequence of statements.
    fn stmts(&mut self, list: &[Node<'t>], st: Option<D::State>, depth: usize) -> Out<D::State> {
        let mut out = Out::normal(st);
        for s in list {
            let Some(cur) = out.normal.take() else { break };
            let o = self.stmt(*s, cur, None, depth + 1);
            out.normal = o.normal;
            out.breaks.extend(o.breaks);
            out.conts.extend(o.conts);
        }
        out
    }

    /// A statement that opens a scope: the scope is left on every way out.
    fn scoped(&mut self, scope: Node<'t>, mut out: Out<D::State>) -> Out<D::State> {
        if let Some(s) = out.normal.as_mut() {
            self.d.leave(scope, s);
        }
        for (_, s) in out.breaks.iter_mut().chain(out.conts.iter_mut()) {
            self.d.leave(scope, s);
        }
        out
    }

    fn stmt(
        &mut self,
        s: Node<'t>,
        mut st: D::State,
        label: Option<String>,
        depth: usize,
    ) -> Out<D::State> {
        if depth > MAX_DEPTH {
            self.too_deep = true;
            return Out::normal(None);
        }
        match s.kind() {
            "block" => {
                let o = self.stmts(&block_statements(s), Some(st), depth);
                self.scoped(s, o)
            }
            "expression_statement" => {
                self.d.simple(s, &mut st);
                let ends = kids(s)
                    .first()
                    .is_some_and(|e| no_return_call(self.src, *e));
                Out::normal((!ends).then_some(st))
            }
            "return_statement" => {
                self.d.ret(s, &mut st);
                Out::normal(None)
            }
            "defer_statement" => {
                self.d.defer(s, &mut st);
                Out::normal(Some(st))
            }
            "go_statement" => {
                self.d.go(s, &mut st);
                Out::normal(Some(st))
            }
            "break_statement" => Out {
                normal: None,
                breaks: vec![(label_of(self.src, s), st)],
                conts: Vec::new(),
            },
            "continue_statement" => Out {
                normal: None,
                breaks: Vec::new(),
                conts: vec![(label_of(self.src, s), st)],
            },
            "goto_statement" => Out::normal(None),
            "labeled_statement" => {
                let l = s
                    .child_by_field_name("label")
                    .map(|l| self.src.text_of(l).to_owned());
                match kids(s).into_iter().find(|k| k.kind() != "label_name") {
                    Some(inner) => {
                        let mut o = self.stmt(inner, st, l.clone(), depth + 1);
                        // A labelled non-loop statement: `break L` ends it.
                        if !matches!(
                            inner.kind(),
                            "for_statement"
                                | "expression_switch_statement"
                                | "type_switch_statement"
                                | "select_statement"
                        ) {
                            let (mine, rest): (Vec<_>, Vec<_>) = o
                                .breaks
                                .into_iter()
                                .partition(|(bl, _)| bl.is_some() && *bl == l);
                            o.breaks = rest;
                            let joined = self.join_all(mine.into_iter().map(|(_, s)| s));
                            o.normal = self.join(o.normal, joined);
                        }
                        o
                    }
                    None => Out::normal(Some(st)),
                }
            }
            "if_statement" => {
                let o = self.if_stmt(s, st, depth);
                self.scoped(s, o)
            }
            "for_statement" => {
                let o = self.for_stmt(s, st, label, depth);
                self.scoped(s, o)
            }
            "expression_switch_statement" | "type_switch_statement" => {
                let o = self.switch_stmt(s, st, label, depth);
                self.scoped(s, o)
            }
            "select_statement" => self.select_stmt(s, st, label, depth),
            "empty_statement" | "fallthrough_statement" | "type_declaration" => {
                Out::normal(Some(st))
            }
            _ => {
                self.d.simple(s, &mut st);
                Out::normal(Some(st))
            }
        }
    }

    fn if_stmt(&mut self, s: Node<'t>, mut st: D::State, depth: usize) -> Out<D::State> {
        if let Some(init) = s.child_by_field_name("initializer") {
            self.d.simple(init, &mut st);
        }
        if let Some(c) = s.child_by_field_name("condition") {
            self.d.simple(c, &mut st);
        }
        let mut then = match s.child_by_field_name("consequence") {
            Some(b) => self.stmt(b, st.clone(), None, depth + 1),
            None => Out::normal(Some(st.clone())),
        };
        let els = match s.child_by_field_name("alternative") {
            Some(a) => self.stmt(a, st, None, depth + 1),
            None => Out::normal(Some(st)),
        };
        then.normal = self.join(then.normal, els.normal);
        then.breaks.extend(els.breaks);
        then.conts.extend(els.conts);
        then
    }

    /// Splits `breaks`/`conts` into those that target this statement
    /// (unlabelled, or with its label) and the rest.
    fn take_mine(
        list: Jumps<D::State>,
        label: &Option<String>,
    ) -> (Vec<D::State>, Jumps<D::State>) {
        let mut mine = Vec::new();
        let mut rest = Vec::new();
        for (l, s) in list {
            if l.is_none() || (l.is_some() && l == *label) {
                mine.push(s);
            } else {
                rest.push((l, s));
            }
        }
        (mine, rest)
    }

    fn for_stmt(
        &mut self,
        s: Node<'t>,
        mut st: D::State,
        label: Option<String>,
        depth: usize,
    ) -> Out<D::State> {
        let body = s.child_by_field_name("body");
        let header = kids(s).into_iter().find(|k| Some(*k) != body);
        let (mut cond, mut update, mut range) = (None, None, None);
        let mut exits_normally = true;
        match header.map(|h| (h.kind(), h)) {
            Some(("for_clause", h)) => {
                if let Some(init) = h.child_by_field_name("initializer") {
                    self.d.simple(init, &mut st);
                }
                cond = h.child_by_field_name("condition");
                update = h.child_by_field_name("update");
                exits_normally = cond.is_some();
            }
            Some(("range_clause", h)) => {
                if let Some(r) = h.child_by_field_name("right") {
                    self.d.simple(r, &mut st);
                }
                range = Some(h);
            }
            Some((_, c)) => cond = Some(c),
            None => exits_normally = false,
        }
        let mut entry = st;
        let mut rest_breaks = Vec::new();
        let mut rest_conts = Vec::new();
        let mut exit: Option<D::State> = None;
        for _ in 0..MAX_ROUNDS {
            let mut at_head = entry.clone();
            if let Some(c) = cond {
                self.d.simple(c, &mut at_head);
            }
            if exits_normally {
                exit = self.join(exit, Some(at_head.clone()));
            }
            let mut in_body = at_head;
            if let Some(r) = range {
                self.d.range_bind(r, &mut in_body);
            }
            let o = match body {
                Some(b) => self.stmt(b, in_body, None, depth + 1),
                None => Out::normal(Some(in_body)),
            };
            let (brk, brest) = Self::take_mine(o.breaks, &label);
            let (cnt, crest) = Self::take_mine(o.conts, &label);
            exit = self.join(exit, self.join_all(brk));
            // The last round's states are the largest.
            rest_breaks = brest;
            rest_conts = crest;
            let mut back = self.join(o.normal, self.join_all(cnt));
            if let (Some(u), Some(b)) = (update, back.as_mut()) {
                self.d.simple(u, b);
            }
            let next = match back {
                Some(b) => self.d.join(&entry, &b),
                None => entry.clone(),
            };
            if next == entry {
                break;
            }
            entry = next;
        }
        Out {
            normal: exit,
            breaks: rest_breaks,
            conts: rest_conts,
        }
    }

    fn switch_stmt(
        &mut self,
        s: Node<'t>,
        mut st: D::State,
        label: Option<String>,
        depth: usize,
    ) -> Out<D::State> {
        if let Some(init) = s.child_by_field_name("initializer") {
            self.d.simple(init, &mut st);
        }
        if let Some(v) = s.child_by_field_name("value") {
            self.d.simple(v, &mut st);
        }
        let cases: Vec<Node<'t>> = kids(s)
            .into_iter()
            .filter(|k| matches!(k.kind(), "expression_case" | "type_case" | "default_case"))
            .collect();
        let has_default = cases.iter().any(|c| c.kind() == "default_case");
        let mut normal = if has_default { None } else { Some(st.clone()) };
        let mut breaks = Vec::new();
        let mut conts = Vec::new();
        let mut falling: Option<D::State> = None;
        for c in cases {
            let mut cst = st.clone();
            if let Some(v) = c.child_by_field_name("value") {
                self.d.simple(v, &mut cst);
            }
            let start = self.join(Some(cst), falling.take());
            let list = block_statements(c);
            let falls = list
                .last()
                .is_some_and(|l| l.kind() == "fallthrough_statement");
            let o = self.stmts(&list, start, depth);
            let mut o = self.scoped(c, o);
            if falls {
                falling = o.normal.take();
            } else {
                normal = self.join(normal, o.normal);
            }
            let (brk, brest) = Self::take_mine(o.breaks, &label);
            normal = self.join(normal, self.join_all(brk));
            breaks.extend(brest);
            conts.extend(o.conts);
        }
        normal = self.join(normal, falling);
        Out {
            normal,
            breaks,
            conts,
        }
    }

    fn select_stmt(
        &mut self,
        s: Node<'t>,
        st: D::State,
        label: Option<String>,
        depth: usize,
    ) -> Out<D::State> {
        let cases: Vec<Node<'t>> = kids(s)
            .into_iter()
            .filter(|k| matches!(k.kind(), "communication_case" | "default_case"))
            .collect();
        let mut normal = None;
        let mut breaks = Vec::new();
        let mut conts = Vec::new();
        for c in cases {
            let mut cst = st.clone();
            if let Some(comm) = c.child_by_field_name("communication") {
                self.d.simple(comm, &mut cst);
            }
            let o = self.stmts(&block_statements(c), Some(cst), depth);
            let o = self.scoped(c, o);
            normal = self.join(normal, o.normal);
            let (brk, brest) = Self::take_mine(o.breaks, &label);
            normal = self.join(normal, self.join_all(brk));
            breaks.extend(brest);
            conts.extend(o.conts);
        }
        Out {
            normal,
            breaks,
            conts,
        }
    }
}

fn label_of(src: &Syntax, s: Node<'_>) -> Option<String> {
    kids(s)
        .into_iter()
        .find(|k| k.kind() == "label_name")
        .map(|l| src.text_of(l).to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::syntax::{descendants, parse};

    /// A toy domain: the set of `mark(N)` calls that may have run, and the
    /// states seen at each exit.
    struct Marks<'s> {
        src: &'s Syntax,
        exits: Vec<(String, Vec<u32>)>,
    }

    impl<'t> Domain<'t> for Marks<'t> {
        type State = Vec<u32>;
        fn join(&self, a: &Vec<u32>, b: &Vec<u32>) -> Vec<u32> {
            let mut v: Vec<u32> = a.iter().chain(b).copied().collect();
            v.sort_unstable();
            v.dedup();
            v
        }
        fn simple(&mut self, node: Node<'t>, st: &mut Vec<u32>) {
            for c in descendants(node).filter(|n| n.kind() == "call_expression") {
                let t = self.src.text_of(c);
                if let Some(n) = t.strip_prefix("mark(").and_then(|r| r.strip_suffix(')')) {
                    // A mark replaces the state: the path's latest mark.
                    *st = vec![n.parse().unwrap()];
                }
            }
        }
        fn defer(&mut self, _: Node<'t>, _: &mut Vec<u32>) {}
        fn ret(&mut self, stmt: Node<'t>, st: &mut Vec<u32>) {
            let line = self.src.pos(stmt).line;
            self.exits.push((format!("return@{line}"), st.clone()));
        }
        fn end(&mut self, _: Node<'t>, st: &mut Vec<u32>) {
            self.exits.push(("end".into(), st.clone()));
        }
        fn leave(&mut self, _: Node<'t>, _: &mut Vec<u32>) {}
    }

    fn exits(body: &str) -> Vec<(String, Vec<u32>)> {
        let src = format!("package p\nfunc f() {{\n{body}\n}}\n");
        let s = parse(src).unwrap();
        let f = descendants(s.root())
            .find(|n| n.kind() == "function_declaration")
            .unwrap();
        let b = f.child_by_field_name("body").unwrap();
        let mut d = Marks {
            src: &s,
            exits: Vec::new(),
        };
        run(&mut d, &s, b, vec![0]);
        d.exits
    }

    #[test]
    fn branches_join_and_returns_exit() {
        let e = exits("mark(1)\nif c {\nmark(2)\nreturn\n}\nif d { mark(3) } else { mark(4) }");
        assert_eq!(
            e,
            vec![("return@6".into(), vec![2]), ("end".into(), vec![3, 4])]
        );
    }

    #[test]
    fn loops_reach_a_fixed_point_and_break_out() {
        let e = exits("mark(1)\nfor i := 0; i < n; i++ {\nif x { mark(2); break }\nmark(3)\n}");
        assert_eq!(e, vec![("end".into(), vec![1, 2, 3])]);
        let e = exits("mark(1)\nfor {\nmark(2)\nif x { break }\n}");
        assert_eq!(e, vec![("end".into(), vec![2])]);
        let e = exits("outer:\nfor {\nfor {\nmark(5)\nbreak outer\n}\n}");
        assert_eq!(e, vec![("end".into(), vec![5])]);
    }

    #[test]
    fn switch_select_and_no_return() {
        let e = exits(
            "switch x {\ncase 1:\nmark(1)\nfallthrough\ncase 2:\nmark(2)\ncase 3:\npanic(\"x\")\n}",
        );
        assert_eq!(e, vec![("end".into(), vec![0, 2])]);
        let e = exits("select {\ncase <-c:\nmark(1)\ncase v := <-d:\nmark(2)\n}");
        assert_eq!(e, vec![("end".into(), vec![1, 2])]);
        let e = exits("mark(1)\nos.Exit(1)");
        assert!(e.is_empty());
    }
}
