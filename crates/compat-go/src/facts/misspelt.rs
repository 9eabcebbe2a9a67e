//! Misspelt GOOS and GOARCH tags: a tag one edit away from a known value
//! that is not itself a known value or a common tag.

use super::{is_known_arch, is_known_os, Release};

/// Tags that look like near misses of a GOOS/GOARCH but are common tags in
/// their own right.
const NOT_MISSPELT: &[&str] = &[
    "cgo",
    "gc",
    "gccgo",
    "unix",
    "ignore",
    "wasi",
    "race",
    "msan",
    "asan",
    "netgo",
    "purego",
    "tinygo",
    "appengine",
    "osusergo",
];

/// Restricted Damerau-Levenshtein distance 1 (one insertion, deletion,
/// substitution or adjacent transposition), by characters.
fn within_one(a: &str, b: &str) -> bool {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a == b {
        return false;
    }
    let pre = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let (ra, rb) = (&a[pre..], &b[pre..]);
    match (ra.len(), rb.len()) {
        (la, lb) if la == lb => {
            ra[1..] == rb[1..]
                || (la >= 2 && ra[0] == rb[1] && ra[1] == rb[0] && ra[2..] == rb[2..])
        }
        (la, lb) if la + 1 == lb => ra == &rb[1..],
        (la, lb) if lb + 1 == la => &ra[1..] == rb,
        _ => false,
    }
}

/// A known GOOS or GOARCH of `rel` that `tag` is probably a typo of: `tag`
/// is not itself known, and is one edit (insertion, deletion, substitution
/// or adjacent transposition) away from it (`linx` → `linux`, `amd46` →
/// `amd64`, `widows` → `windows`). Never for release tags (`go1.N`), `cgo`,
/// `gc`, `gccgo`, `unix`, `ignore`, a few other common tags (`wasi`, `race`,
/// `purego`, …), tags with a `.`, or tags of three characters or fewer
/// unless they are an all-digit transposition of an architecture (`368` →
/// `386`). Among several candidates the first real target component wins,
/// then the alphabetically first.
pub fn misspelt(tag: &str, rel: &Release) -> Option<&'static str> {
    if is_known_os(rel, tag)
        || is_known_arch(rel, tag)
        || NOT_MISSPELT.contains(&tag)
        || tag.contains('.')
        || tag.starts_with("go1")
    {
        return None;
    }
    let short = tag.chars().count() <= 3;
    if short && !tag.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let in_targets = |k: &str| rel.targets.iter().any(|&(o, a)| o == k || a == k);
    let mut cands: Vec<&'static str> = rel
        .known_os
        .iter()
        .chain(rel.known_arch)
        .copied()
        .filter(|k| {
            if short {
                let (mut x, mut y) = (tag.as_bytes().to_vec(), k.as_bytes().to_vec());
                x.sort_unstable();
                y.sort_unstable();
                // Only a swap of two neighbouring digits.
                x == y && k.bytes().all(|b| b.is_ascii_digit()) && within_one(tag, k)
            } else {
                within_one(tag, k)
            }
        })
        .collect();
    cands.sort_by_key(|k| (!in_targets(k), *k));
    cands.first().copied()
}
