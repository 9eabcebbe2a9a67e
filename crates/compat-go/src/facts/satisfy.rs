//! Satisfiability of a constraint over the real build configurations of a
//! release (every known GOOS with every known GOARCH, their implied tags,
//! release tags as a prefix, one compiler), by a BDD walk.

use rustc_hash::FxHashMap;

use crate::constraint::{Bdd, Expr, BDD_FALSE, BDD_MAX_VARS, BDD_TRUE};

use super::{implied, is_known_arch, is_known_os, Release};

/// The `N` of a release tag `go1.N` (N ≥ 1, decimal, no leading zero), the
/// only form `go/build` puts in `ReleaseTags`.
fn release_tag(t: &str) -> Option<u64> {
    let n = t.strip_prefix("go1.")?;
    if n.is_empty() || n.starts_with('0') || !n.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    n.parse().ok()
}

/// Whether some build configuration of `rel` makes `x` true.
///
/// A configuration is one known GOOS with one known GOARCH of `rel` (not
/// only the `rel.targets` the gc toolchain builds): the GOOS, the tags
/// [`implied`] by it, its GOARCH, and `unix` when GOOS is in
/// `rel.unix_os` are true, every other known GOOS and GOARCH (and `unix`,
/// if the release knows it) false. Release tags hold as a prefix (`go1.N`
/// true for exactly the `N` up to some version, any version), exactly one
/// of `gc` and `gccgo` holds, and every other tag (`cgo`, `ignore`, custom
/// tags) is free.
pub fn satisfiable(x: &Expr, rel: &Release) -> bool {
    // First-appearance order keeps the BDD of sums of products small.
    let tags = x.tags_in_order();
    if tags.len() > BDD_MAX_VARS {
        // Too large a question: assume it can be satisfied (no finding).
        return true;
    }
    let index: std::collections::HashMap<&str, u32> = tags
        .iter()
        .enumerate()
        .map(|(i, t)| (*t, i as u32))
        .collect();
    let var_of = |t: &str| index[t];
    let mut bdd = Bdd::new();
    let mut f = bdd.build(x, &var_of);
    if bdd.overflow {
        // Too large to decide within the budget: assume it can be satisfied
        // (no finding) rather than spend unbounded time or memory.
        return true;
    }
    if f == BDD_FALSE {
        return false;
    }
    // go1.b implies go1.a for a < b.
    let mut rels: Vec<(u64, u32)> = tags
        .iter()
        .filter_map(|t| release_tag(t).map(|n| (n, index[t])))
        .collect();
    rels.sort_unstable();
    for w in rels.windows(2) {
        let (lo, hi) = (bdd.var(w[0].1), bdd.var(w[1].1));
        let not_hi = bdd.not(hi);
        let imp = bdd.or(not_hi, lo);
        f = bdd.and(f, imp);
    }
    if let (Some(&gc), Some(&gccgo)) = (index.get("gc"), index.get("gccgo")) {
        let (a, b) = (bdd.var(gc), bdd.var(gccgo));
        let na = bdd.not(a);
        let exactly_one = {
            let nb = bdd.not(b);
            let l = bdd.and(a, nb);
            let r = bdd.and(na, b);
            bdd.or(l, r)
        };
        f = bdd.and(f, exactly_one);
    }
    if bdd.overflow {
        return true;
    }
    if f == BDD_FALSE {
        return false;
    }
    let knows_unix = !rel.unix_os.is_empty();
    let fixed: Vec<(u32, &str)> = tags
        .iter()
        .filter(|t| is_known_os(rel, t) || is_known_arch(rel, t) || (knows_unix && **t == "unix"))
        .map(|t| (index[t], *t))
        .collect();
    if fixed.is_empty() {
        return true;
    }
    let mut value: FxHashMap<u32, bool> = FxHashMap::default();
    // Every pair of a known GOOS and a known GOARCH: go/build accepts any of
    // them as a file's target (gccgo and out-of-tree ports build pairs that
    // `go tool dist list` does not name), so only these combinations are impossible.
    let pairs = rel
        .known_os
        .iter()
        .flat_map(|&o| rel.known_arch.iter().map(move |&a| (o, a)));
    for (goos, goarch) in pairs {
        value.clear();
        for &(v, t) in &fixed {
            let on = t == goos
                || t == goarch
                || implied(goos).contains(&t)
                || (t == "unix" && rel.unix_os.contains(&goos));
            value.insert(v, on);
        }
        let mut seen = FxHashMap::default();
        if reaches_true(&bdd, f, &value, &mut seen) {
            return true;
        }
    }
    false
}

/// Whether a path from `n` to true agrees with the fixed variables.
fn reaches_true(
    bdd: &Bdd,
    n: u32,
    value: &FxHashMap<u32, bool>,
    seen: &mut FxHashMap<u32, bool>,
) -> bool {
    if n == BDD_TRUE {
        return true;
    }
    let Some((var, lo, hi)) = bdd.node(n) else {
        return false;
    };
    if let Some(&r) = seen.get(&n) {
        return r;
    }
    let r = match value.get(&var) {
        Some(true) => reaches_true(bdd, hi, value, seen),
        Some(false) => reaches_true(bdd, lo, value, seen),
        None => reaches_true(bdd, lo, value, seen) || reaches_true(bdd, hi, value, seen),
    };
    seen.insert(n, r);
    r
}
