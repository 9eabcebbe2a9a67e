//! Calls that receive a reference: builtins, the table of well-known
//! callees, the file's own functions and methods (followed into their
//! bodies, a few calls deep), local function values, and unknown callees.

use crate::syntax::Node;

use super::*;

impl<'a, 't> Ctx<'a, 't> {
    /// The reference passed as argument `idx` of `call`.
    pub(super) fn passed(&self, call: Node<'t>, idx: usize, arg: Node<'t>, st: St) -> Vec<Escape> {
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
                        // The yield of an iterator function: a consumer's
                        // loop body, which may keep what it is given.
                        Some(d) if self.ix.is_yield_param(&d) => {
                            return self.escape(
                                Cause::Yielded {
                                    via: name.to_owned(),
                                },
                                Certainty::Possible,
                                call,
                                st,
                            )
                        }
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
                    } else if let Some(out) = self.single_slot_store(call, o, m, st) {
                        return out;
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
    pub(super) fn subtest_local(&self, f: Node<'t>) -> bool {
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
    pub(super) fn unknown(&self, call: Node<'t>, via: String, st: St) -> Vec<Escape> {
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
    pub(super) fn callee(
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
                    if matches!(innermost(&e.cause), Cause::Goroutine { .. }) && self.joined(call) {
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

    /// Whether `call` calls a function or method of the file that waits
    /// (a `.Wait()` call or a channel receive in its own body).
    pub(super) fn callee_joins(&self, call: Node<'t>) -> bool {
        if call.kind() != "call_expression" {
            return false;
        }
        let Some(f) = call.child_by_field_name("function") else {
            return false;
        };
        let decl = self.helper_of_file(f);
        let Some(body) = decl.and_then(|d| d.child_by_field_name("body")) else {
            return false;
        };
        self.nodes_outside_closures(body).any(|n| self.waits(n))
    }

    /// The table's kind for the function `call` calls, by name.
    pub(super) fn callee_kind(&self, call: Node<'t>) -> Option<CalleeKind> {
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

    /// Whether the subtest function `lit` calls `.Parallel()`, itself or
    /// through a function of the file (`parallel(t)` whose body calls
    /// `t.Parallel()`): certain when the call is a statement of the
    /// function body itself (and of the helper's), likely when it sits in a
    /// condition or a nested block.
    pub(super) fn calls_parallel(&self, lit: Node<'t>) -> Option<Certainty> {
        self.calls_parallel_in(lit, 0)
    }

    /// `calls_parallel` for a function literal or declaration, following
    /// helpers of the file up to `MAX_CALLEE_DEPTH` calls deep.
    fn calls_parallel_in(&self, func: Node<'t>, depth: usize) -> Option<Certainty> {
        let body = func.child_by_field_name("body")?;
        let list = named_children(body)
            .into_iter()
            .find(|n| n.kind() == "statement_list")?;
        let mut best: Option<Certainty> = None;
        for call in self.nodes_outside_closures(list).skip(1) {
            if call.kind() != "call_expression" {
                continue;
            }
            let Some(f) = call.child_by_field_name("function") else {
                continue;
            };
            let direct = f.kind() == "selector_expression"
                && f.child_by_field_name("field")
                    .is_some_and(|m| self.ix.text(m) == "Parallel");
            let found = if direct {
                Some(Certainty::Certain)
            } else if depth < usize::from(MAX_CALLEE_DEPTH) && self.passes_argument(call) {
                self.helper_of_file(f)
                    .filter(|d| !same(*d, func))
                    .and_then(|d| self.calls_parallel_in(d, depth + 1))
            } else {
                None
            };
            let Some(found) = found else {
                continue;
            };
            let top = self
                .ix
                .parent(call)
                .and_then(|s| self.ix.parent(s))
                .is_some_and(|l| same(l, list));
            let c = if top { found } else { Certainty::Likely };
            if best.is_none_or(|b| c > b) {
                best = Some(c);
            }
        }
        best
    }

    /// Whether `call` has at least one argument (a helper that makes a
    /// subtest parallel is handed the subtest's `t`).
    fn passes_argument(&self, call: Node<'t>) -> bool {
        call.child_by_field_name("arguments")
            .is_some_and(|a| !named_children(a).is_empty())
    }

    /// The declaration of the function or method of the file that `f` (a
    /// call's function) names, when it is not shadowed.
    fn helper_of_file(&self, f: Node<'t>) -> Option<Node<'t>> {
        match f.kind() {
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
        }
    }
}
