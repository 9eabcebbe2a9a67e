//! Semantic equivalence of constraint expressions: reduced ordered binary
//! decision diagrams with a node budget and a variable cap, also used by
//! `facts::satisfiable`.

use rustc_hash::FxHashMap;

use super::Expr;

/// A reduced ordered binary decision diagram store: node 0 is false, 1 is
/// true; equal functions over the same variable order get equal ids.
pub(crate) struct Bdd {
    nodes: Vec<(u32, u32, u32)>,
    unique: FxHashMap<(u32, u32, u32), u32>,
    memo: FxHashMap<(u8, u32, u32), u32>,
    /// Set when the node budget ran out; every result is then meaningless.
    pub(crate) overflow: bool,
}

/// At most this many BDD nodes per question (a few MB): with tags ordered by
/// first appearance real constraints need a few hundred, and a hostile line
/// must not cost unbounded time or memory.
const BDD_NODE_BUDGET: usize = 200_000;

/// At most this many tags per question: the BDD operations recurse once
/// per variable, so this bounds their depth (real constraints name a few
/// dozen tags; a question with more is answered as too large).
pub(crate) const BDD_MAX_VARS: usize = 1000;

/// The false BDD.
pub(crate) const BDD_FALSE: u32 = 0;
/// The true BDD.
pub(crate) const BDD_TRUE: u32 = 1;

impl Bdd {
    pub(crate) fn new() -> Bdd {
        Bdd {
            nodes: vec![(u32::MAX, 0, 0), (u32::MAX, 1, 1)],
            unique: FxHashMap::default(),
            memo: FxHashMap::default(),
            overflow: false,
        }
    }

    fn mk(&mut self, var: u32, lo: u32, hi: u32) -> u32 {
        if lo == hi {
            return lo;
        }
        if let Some(&n) = self.unique.get(&(var, lo, hi)) {
            return n;
        }
        if self.nodes.len() >= BDD_NODE_BUDGET {
            self.overflow = true;
            return BDD_FALSE;
        }
        let n = self.nodes.len() as u32;
        self.nodes.push((var, lo, hi));
        self.unique.insert((var, lo, hi), n);
        n
    }

    /// The variable `var` (smaller numbers nearer the root).
    pub(crate) fn var(&mut self, var: u32) -> u32 {
        self.mk(var, BDD_FALSE, BDD_TRUE)
    }

    /// The node's variable and its false/true children (`None` for leaves).
    pub(crate) fn node(&self, n: u32) -> Option<(u32, u32, u32)> {
        (n > 1).then(|| self.nodes[n as usize])
    }

    pub(crate) fn not(&mut self, a: u32) -> u32 {
        self.apply(2, a, a)
    }

    pub(crate) fn and(&mut self, a: u32, b: u32) -> u32 {
        self.apply(0, a, b)
    }

    pub(crate) fn or(&mut self, a: u32, b: u32) -> u32 {
        self.apply(1, a, b)
    }

    /// op 0 = and, 1 = or, 2 = not (of `a`).
    fn apply(&mut self, op: u8, a: u32, b: u32) -> u32 {
        if self.overflow {
            return BDD_FALSE;
        }
        match op {
            0 => {
                if a == BDD_FALSE || b == BDD_FALSE {
                    return BDD_FALSE;
                }
                if a == BDD_TRUE || a == b {
                    return b;
                }
                if b == BDD_TRUE {
                    return a;
                }
            }
            1 => {
                if a == BDD_TRUE || b == BDD_TRUE {
                    return BDD_TRUE;
                }
                if a == BDD_FALSE || a == b {
                    return b;
                }
                if b == BDD_FALSE {
                    return a;
                }
            }
            _ => {
                if a <= 1 {
                    return 1 - a;
                }
            }
        }
        let key = if op < 2 && a > b {
            (op, b, a)
        } else {
            (op, a, b)
        };
        if let Some(&r) = self.memo.get(&key) {
            return r;
        }
        let (va, la, ha) = self.nodes[a as usize];
        let (vb, lb, hb) = self.nodes[b as usize];
        let r = if op == 2 {
            let lo = self.apply(2, la, la);
            let hi = self.apply(2, ha, ha);
            self.mk(va, lo, hi)
        } else {
            let v = va.min(vb);
            let (a0, a1) = if va == v { (la, ha) } else { (a, a) };
            let (b0, b1) = if vb == v { (lb, hb) } else { (b, b) };
            let lo = self.apply(op, a0, b0);
            let hi = self.apply(op, a1, b1);
            self.mk(v, lo, hi)
        };
        self.memo.insert(key, r);
        r
    }

    /// The BDD of `x`, each tag's variable given by `var_of`.
    pub(crate) fn build(&mut self, x: &Expr, var_of: &dyn Fn(&str) -> u32) -> u32 {
        match x {
            Expr::Tag(t) => self.var(var_of(t)),
            Expr::Not(a) => {
                let a = self.build(a, var_of);
                self.not(a)
            }
            Expr::And(a, b) => {
                let a = self.build(a, var_of);
                let b = self.build(b, var_of);
                self.and(a, b)
            }
            Expr::Or(a, b) => {
                let a = self.build(a, var_of);
                let b = self.build(b, var_of);
                self.or(a, b)
            }
        }
    }
}

/// Whether `a` and `b` agree under every assignment of truth values to
/// tags (tags are independent here; see `facts::satisfiable` for GOOS and
/// GOARCH knowledge). Exact, by canonical BDDs over the union of the tags,
/// ordered by first appearance (which keeps the usual sums of products
/// small). `None` when the question exceeds the node budget.
pub fn try_equivalent(a: &Expr, b: &Expr) -> Option<bool> {
    // The same printed form is the same expression, however its chains
    // associate (long chains are balanced trees, see `join`).
    if a == b || a.to_string() == b.to_string() {
        return Some(true);
    }
    let mut tags = a.tags_in_order();
    let mut seen: std::collections::HashSet<&str> = tags.iter().copied().collect();
    for t in b.tags_in_order() {
        if seen.insert(t) {
            tags.push(t);
        }
    }
    if tags.len() > BDD_MAX_VARS {
        return None;
    }
    let index: std::collections::HashMap<&str, u32> = tags
        .iter()
        .enumerate()
        .map(|(i, t)| (*t, i as u32))
        .collect();
    let var_of = |t: &str| index[t];
    let mut bdd = Bdd::new();
    let x = bdd.build(a, &var_of);
    let y = bdd.build(b, &var_of);
    (!bdd.overflow).then_some(x == y)
}

/// [`try_equivalent`], answering `false` when the question is too large.
pub fn equivalent(a: &Expr, b: &Expr) -> bool {
    try_equivalent(a, b).unwrap_or(false)
}
