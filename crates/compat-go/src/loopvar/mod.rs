//! Go 1.22's per-iteration loop variables, for `compat go upgrade`: which
//! variables a `for` clause or range clause declares whose behaviour
//! (`go-loopvar-semantics-change`) or only allocation
//! (`go-loopvar-heap-alloc`) changes when a file's language version crosses
//! go1.22.
//!
//! Up to go1.21 a loop declares its variables once and every iteration
//! assigns them; from go1.22 each iteration has its own copy (a three-clause
//! loop copies the variable before its post statement). The difference shows
//! only where a reference to the variable (a closure capturing it, its
//! address) is used after the iteration that made it: by a goroutine not
//! joined in the iteration, a deferred call, a closure or pointer stored
//! outside the loop, a parallel subtest. Where a reference merely escapes
//! (passed to a function that may keep it), the compiler now allocates the
//! variable per iteration, which changes allocation counts only.
//!
//! The layers: `scope` (Go's block scoping over the tree-sitter syntax
//! tree), `types` (pointer, array or value, and methods by receiver, as far
//! as the file says), `callees` (what well-known functions do with a closure
//! or pointer: `data/loopvar-callees.txt`), `flow` (each reference followed
//! to its fate: `flow::calls`, `flow::stores`, `flow::order` for what runs
//! after an escape in the iteration), `rangefunc` (Go 1.23's range over
//! functions: their loops left alone, iterators' `yield`), `message` (the
//! findings' words).
//! Everything is read from one file: functions of the same file are
//! followed, others are looked up in the table or treated as unknown.

mod callees;
mod flow;
pub mod focus;
mod message;
mod rangefunc;
mod scope;
mod types;

pub use focus::parse;
pub use message::finding;

use compat_report::Finding;
use rustc_hash::FxHashSet;

use crate::syntax::{Node, Syntax};

use flow::{Ctx, LoopCtx, Work};
use scope::{has_token, named_children, DeclKind, Index};

/// How sure the analysis is that a variable outlives its iteration.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Certainty {
    /// It depends on something the file does not say (a type of another
    /// file, what an unknown function does with its argument).
    Possible,
    /// The program as written lets the reference outlive the iteration
    /// (an unjoined goroutine, a channel send, a reference kept for later),
    /// but whether the old value is seen depends on timing or later use.
    Likely,
    /// The reference is used after the loop has moved on, whatever the
    /// timing: a deferred call, a parallel subtest, a collection of
    /// references.
    Certain,
}

impl Certainty {
    /// The word used in messages: `certain`, `likely`, `possible`.
    pub fn as_str(self) -> &'static str {
        match self {
            Certainty::Possible => "possible",
            Certainty::Likely => "likely",
            Certainty::Certain => "certain",
        }
    }
}

/// Why an assignment to a variable declared outside the loop keeps a
/// reference that a later iteration (or the code after the loop) sees.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StoreWhy {
    /// Assigned in some iterations only (inside a condition, or after a
    /// `continue` or `break`): after the loop it refers to a variable that
    /// go1.21 went on overwriting.
    SomeIterations,
    /// The variable assigned is read in the loop: the next iteration reads
    /// the previous iteration's reference.
    ReadInLoop,
    /// A three-clause loop: the post statement changes go1.21's shared
    /// variable after the last iteration stored it.
    PostStatement,
}

/// What a reference to the loop variable runs into.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Cause {
    /// Used by a goroutine not joined in the same iteration (`go`, or a
    /// function such as `errgroup.Group.Go` named in `via`).
    Goroutine {
        /// The function that starts the goroutine, when not a `go` statement.
        via: Option<String>,
    },
    /// Used by a call deferred to the function's return.
    Defer,
    /// Stored in a variable, field, element or collection declared outside
    /// the loop.
    Stored {
        /// What is assigned to, as written.
        target: String,
        /// Accumulated (appended, put in a map or slice element).
        collection: bool,
        /// For a single variable: why the difference shows.
        why: Option<StoreWhy>,
    },
    /// Sent on a channel.
    Sent,
    /// The function of a subtest that calls `t.Parallel`: it runs after the
    /// loop has finished.
    ParallelSubtest {
        /// The call (`t.Run`).
        via: String,
    },
    /// Kept by a function that uses it later (`http.HandleFunc`).
    Registered {
        /// The function.
        via: String,
    },
    /// Handed to the `yield` of an iterator function: the loop body of a
    /// range-over-func loop (Go 1.23) receives it and may keep it.
    Yielded {
        /// The parameter called (`yield`).
        via: String,
    },
    /// Run when the test ends (`t.Cleanup`).
    Cleanup {
        /// The function.
        via: String,
    },
    /// Passed to a function that lets it escape to the heap (or that the
    /// analysis does not know).
    Call {
        /// The function.
        via: String,
    },
    /// Assigned to a variable outside the loop in every iteration: the
    /// variable ends referring to the last value under both semantics.
    Overwritten {
        /// What is assigned to.
        target: String,
    },
    /// `inner`, right before the loop ends (a `break` out of it, a
    /// `return`, a call that does not return): no later iteration changes
    /// the variable, so only its allocation changes.
    LoopEnds {
        /// What the reference runs into.
        inner: Box<Cause>,
    },
    /// Passed to a function of the same file, inside which it meets `inner`.
    Inside {
        /// The function.
        via: String,
        /// Where, in that function.
        line: u32,
        /// What it meets there.
        inner: Box<Cause>,
    },
}

/// How a loop variable changes under go1.22.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    /// The program can behave differently (`go-loopvar-semantics-change`).
    Semantics {
        /// How sure.
        certainty: Certainty,
        /// What makes the variable outlive its iteration.
        cause: Cause,
        /// The line where it does.
        line: u32,
        /// The reference is the variable's address (or a pointer-receiver
        /// method value); otherwise a closure captures the variable.
        by_address: bool,
    },
    /// Only its allocation changes (`go-loopvar-heap-alloc`).
    HeapAlloc {
        /// Where the reference escapes.
        cause: Cause,
        /// The line.
        line: u32,
        /// The reference is the variable's address; otherwise a closure
        /// captures the variable.
        by_address: bool,
    },
}

/// One loop variable whose behaviour or allocation changes under go1.22.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoopVar {
    /// The variable's name.
    pub name: String,
    /// 1-based line of its declaration in the for clause.
    pub line: u32,
    /// 1-based byte column of its declaration.
    pub column: u32,
    /// What changes.
    pub change: Change,
}

/// How far a reference got (internal to the flow).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Reach {
    Outlives(Certainty),
    HeapOnly,
    /// Returned by a callee to its caller (followed there).
    Returned,
}

/// One place a reference leads to (internal to the flow).
#[derive(Debug, Clone)]
struct Escape {
    reach: Reach,
    cause: Cause,
    line: u32,
    by_address: bool,
    /// A heap escape of what is only possibly the variable's address.
    tentative: bool,
}

/// Every loop variable of the file whose behaviour or allocation changes
/// under go1.22, in source order. Parts of the file that do not parse are
/// skipped; the rest is analysed.
pub fn analyse(syntax: &Syntax) -> Vec<LoopVar> {
    let loops = candidate_loops(syntax);
    if loops.is_empty() {
        return Vec::new();
    }
    let ix = Index::new(syntax);
    let mut out = Vec::new();
    for (f, vars) in loops {
        let Some(func) = ix.enclosing_func(f) else {
            continue;
        };
        let Some(body) = f.child_by_field_name("body") else {
            continue;
        };
        // Per-iteration under every version that compiles it.
        if ix.ranges_over_func(f) {
            continue;
        }
        let three_clause = named_children(f).iter().any(|n| n.kind() == "for_clause");
        let lp = LoopCtx {
            node: f,
            three_clause,
            body,
        };
        for ident in vars {
            let name = ix.text(ident);
            let Some(decl) = ix
                .find_decl(name, body)
                .filter(|d| d.ident.id() == ident.id())
            else {
                continue;
            };
            if decl.kind != DeclKind::LoopVar {
                continue;
            }
            let vt = ix.loop_var_type(name, body);
            let work = Work::new();
            let ctx = Ctx::for_loop(&ix, lp, func, &work);
            let mut escapes = Vec::new();
            for r in ix.references(&decl, f) {
                escapes.extend(ctx.start(r, &decl, vt));
            }
            if let Some(change) = strongest(escapes) {
                let pos = syntax.pos(ident);
                out.push(LoopVar {
                    name: name.to_owned(),
                    line: pos.line,
                    column: pos.column,
                    change,
                });
            }
        }
    }
    out.sort_by_key(|v| (v.line, v.column));
    out
}

/// The finding a variable's escapes call for: the most certain behaviour
/// change (earliest line first), else the first allocation change.
fn strongest(escapes: Vec<Escape>) -> Option<Change> {
    let mut best: Option<(Certainty, Escape)> = None;
    let mut heap: Option<Escape> = None;
    for e in escapes {
        match e.reach {
            Reach::Outlives(c) => {
                let better = match &best {
                    None => true,
                    Some((bc, be)) => c > *bc || c == *bc && e.line < be.line,
                };
                if better {
                    best = Some((c, e));
                }
            }
            Reach::HeapOnly if !e.tentative => {
                if heap.as_ref().is_none_or(|h| e.line < h.line) {
                    heap = Some(e);
                }
            }
            Reach::HeapOnly | Reach::Returned => {}
        }
    }
    if let Some((certainty, e)) = best {
        return Some(Change::Semantics {
            certainty,
            cause: e.cause,
            line: e.line,
            by_address: e.by_address,
        });
    }
    heap.map(|e| Change::HeapAlloc {
        cause: e.cause,
        line: e.line,
        by_address: e.by_address,
    })
}

/// The variables a `for` statement declares (`:=` in its for clause or
/// range clause), blank ones left out.
fn loop_vars<'t>(syntax: &'t Syntax, f: Node<'t>) -> Vec<Node<'t>> {
    let mut out = Vec::new();
    for clause in named_children(f) {
        let left = match clause.kind() {
            "for_clause" => clause
                .child_by_field_name("initializer")
                .filter(|i| i.kind() == "short_var_declaration")
                .and_then(|i| i.child_by_field_name("left")),
            "range_clause" if has_token(clause, ":=") => clause.child_by_field_name("left"),
            _ => None,
        };
        if let Some(left) = left {
            out.extend(
                named_children(left)
                    .into_iter()
                    .filter(|n| n.kind() == "identifier" && syntax.text_of(*n) != "_"),
            );
        }
    }
    out
}

/// The names of the file's methods with a pointer receiver.
fn pointer_method_names(syntax: &Syntax) -> FxHashSet<&str> {
    named_children(syntax.root())
        .into_iter()
        .filter(|n| n.kind() == "method_declaration")
        .filter(|m| {
            m.child_by_field_name("receiver")
                .and_then(|r| named_children(r).into_iter().next())
                .and_then(|p| p.child_by_field_name("type"))
                .is_some_and(|t| t.kind() == "pointer_type")
        })
        .filter_map(|m| m.child_by_field_name("name"))
        .map(|n| syntax.text_of(n))
        .collect()
}

/// The node kinds the pre-pass looks for, by id.
struct Kinds {
    for_statement: u16,
    func_literal: u16,
    slice_expression: u16,
    unary_expression: u16,
    selector_expression: u16,
    amp: u16,
}

impl Kinds {
    fn of(node: Node<'_>) -> Kinds {
        let lang = node.language();
        Kinds {
            for_statement: lang.id_for_node_kind("for_statement", true),
            func_literal: lang.id_for_node_kind("func_literal", true),
            slice_expression: lang.id_for_node_kind("slice_expression", true),
            unary_expression: lang.id_for_node_kind("unary_expression", true),
            selector_expression: lang.id_for_node_kind("selector_expression", true),
            amp: lang.id_for_node_kind("&", false),
        }
    }
}

/// The loops that declare variables and hold something that can make a
/// reference to one (a closure, `&`, a slice expression, a method of the
/// file with a pointer receiver), with their variables. Loops are found
/// from the `for` keywords of the text (a jump down the tree to each), in
/// the top-level declarations (and regions that do not parse, where
/// tree-sitter often keeps whole functions); only loops whose text can
/// make a reference are walked.
fn candidate_loops(syntax: &Syntax) -> Vec<(Node<'_>, Vec<Node<'_>>)> {
    let root = syntax.root();
    let k = Kinds::of(root);
    let ptr_methods = pointer_method_names(syntax);
    let text = syntax.text();
    let bytes = text.as_bytes();
    let ident = |b: u8| b.is_ascii_alphanumeric() || b == b'_' || b >= 0x80;
    let mut out = Vec::new();
    let mut c = root.walk();
    let tops: Vec<Node<'_>> = root.named_children(&mut c).collect();
    for top in tops {
        if !matches!(
            top.kind(),
            "function_declaration" | "method_declaration" | "var_declaration" | "ERROR"
        ) {
            continue;
        }
        let range = top.byte_range();
        let Some(region) = text.get(range.clone()) else {
            continue;
        };
        for (at, _) in region.match_indices("for") {
            let off = range.start + at;
            let before = off.checked_sub(1).and_then(|i| bytes.get(i)).copied();
            let after = bytes.get(off + 3).copied();
            if before.is_some_and(ident) || after.is_some_and(ident) {
                continue;
            }
            let Some(f) = top.named_descendant_for_byte_range(off, off + 3) else {
                continue;
            };
            if f.kind_id() != k.for_statement || f.start_byte() != off {
                continue;
            }
            if !may_reference(syntax.text_of(f), &ptr_methods) {
                continue;
            }
            let vars = loop_vars(syntax, f);
            if !vars.is_empty() && takes_reference(syntax, f, &k, &ptr_methods) {
                out.push((f, vars));
            }
        }
    }
    out
}

/// Whether anything in loop `f` can make a reference to a variable.
fn takes_reference(syntax: &Syntax, f: Node<'_>, k: &Kinds, ptr_methods: &FxHashSet<&str>) -> bool {
    let mut cursor = f.walk();
    loop {
        let n = cursor.node();
        let id = n.kind_id();
        let hit = if id == k.func_literal || id == k.slice_expression {
            true
        } else if id == k.unary_expression {
            n.child(0).is_some_and(|o| o.kind_id() == k.amp)
        } else if id == k.selector_expression && !ptr_methods.is_empty() {
            n.child_by_field_name("field")
                .is_some_and(|m| ptr_methods.contains(syntax.text_of(m)))
        } else {
            false
        };
        if hit {
            return true;
        }
        if cursor.goto_first_child() {
            continue;
        }
        loop {
            if cursor.node().id() == f.id() {
                return false;
            }
            if cursor.goto_next_sibling() {
                break;
            }
            if !cursor.goto_parent() {
                return false;
            }
        }
    }
}

/// Whether a loop's text has what a reference to a variable needs: `func`
/// (a closure), a unary `&` (not `&&`, `&=`, `&^`), a colon inside brackets
/// (a slice expression), or `.M` for a method `M` of the file with a
/// pointer receiver. One pass over the bytes.
pub(crate) fn may_reference(text: &str, ptr_methods: &FxHashSet<&str>) -> bool {
    if text.contains("func") {
        return true;
    }
    let b = text.as_bytes();
    let mut brackets = 0u32;
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'&' => {
                let prev = i.checked_sub(1).map(|p| b[p]);
                let next = b.get(i + 1).copied();
                if prev != Some(b'&') && !matches!(next, Some(b'&' | b'=' | b'^')) {
                    return true;
                }
            }
            b'[' => brackets += 1,
            b']' => brackets = brackets.saturating_sub(1),
            b':' if brackets > 0 && b.get(i + 1) != Some(&b'=') => return true,
            b'.' if !ptr_methods.is_empty() => {
                let end = b[i + 1..]
                    .iter()
                    .position(|c| !(c.is_ascii_alphanumeric() || *c == b'_'))
                    .map_or(b.len(), |n| i + 1 + n);
                if text
                    .get(i + 1..end)
                    .is_some_and(|m| ptr_methods.contains(m))
                {
                    return true;
                }
                i = end.max(i + 1);
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    false
}

/// The findings for `file` (its display path): one per loop variable whose
/// behaviour (`go-loopvar-semantics-change`) or allocation
/// (`go-loopvar-heap-alloc`) changes under go1.22 per-iteration semantics.
pub fn check_file(file: &str, syntax: &Syntax) -> Vec<Finding> {
    analyse(syntax)
        .into_iter()
        .map(|v| finding(file, &v))
        .collect()
}

#[cfg(test)]
mod tests;
