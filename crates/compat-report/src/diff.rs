//! The one text-diff helper of the workspace: the unified diff that
//! `compat go buildtags --diff` prints (and any later command that shows a
//! rewrite before making it), GNU diff's `-u` format with git's `a/` and
//! `b/` names, the names quoted as git quotes them.
//!
//! # Algorithm
//!
//! Myers' O(ND) difference algorithm in its linear-space form (Myers 1986,
//! §4b, as GNU diff's `compareseq` implements it): the middle snake of a
//! range splits it into two smaller ranges, each handled the same way, so
//! memory is O(N + M) whatever the number of changes (two vectors of
//! furthest-reaching points, reused, and the edit script itself), and the
//! ranges wait on an explicit stack, never on the native one. As in GNU
//! diff and git, a search that costs more than [`TOO_EXPENSIVE`] rounds
//! splits at the furthest point reached instead of at the middle snake, so
//! time stays near O((N + M) · √(N + M)) on two files that share nothing;
//! the script is then still correct, only perhaps not the shortest.
//!
//! # Names
//!
//! git's `core.quotePath` (on by default): a name holding a control
//! character, DEL, `"`, `\` or any byte of 0x80 and up is written in double
//! quotes, with `\a \b \t \n \v \f \r \" \\` and three octal digits for every
//! other such byte (`"a/\303\251.go"`); a name holding a space is followed by
//! a tab on the `---`/`+++` lines, so that `patch` finds its end.

use std::io::Write;

/// One step of an edit script over lines.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Op {
    /// Old line i equals new line j.
    Equal(usize, usize),
    /// Old line i is deleted.
    Delete(usize),
    /// New line j is inserted.
    Insert(usize),
}

/// Rounds of one middle-snake search before it settles for a heuristic
/// split (GNU diff uses about √(N + M), at least 4096; git √ of the
/// diagonals, at least 256). Inputs that differ in fewer lines than this
/// get a shortest edit script.
const TOO_EXPENSIVE: usize = 256;

/// Splits after each `\n` (the last line may lack one).
fn split_lines(d: &[u8]) -> Vec<&[u8]> {
    let mut out: Vec<&[u8]> = d.split_inclusive(|&b| b == b'\n').collect();
    if out.last().is_some_and(|l| l.is_empty()) {
        out.pop();
    }
    out
}

/// Lines are compared by a number per distinct line, so that the search
/// compares integers.
fn intern<'a>(a: &[&'a [u8]], b: &[&'a [u8]]) -> (Vec<u32>, Vec<u32>) {
    let mut ids: std::collections::HashMap<&[u8], u32> = std::collections::HashMap::new();
    let mut id = |l: &'a [u8]| {
        let n = ids.len() as u32;
        *ids.entry(l).or_insert(n)
    };
    let a = a.iter().map(|&l| id(l)).collect();
    let b = b.iter().map(|&l| id(l)).collect();
    (a, b)
}

/// Where a range is split: the ranges before and after `(x, y)`.
struct Split {
    x: usize,
    y: usize,
}

/// The furthest-reaching points of the forward and backward searches, by
/// diagonal `k = x - y` (stored at `k + offset`), reused for every range.
struct Search<'a> {
    a: &'a [u32],
    b: &'a [u32],
    fd: Vec<isize>,
    bd: Vec<isize>,
    offset: isize,
}

impl Search<'_> {
    /// The point where a shortest path through `a[x0..x1]` × `b[y0..y1]`
    /// (both non-empty, first and last lines differing) crosses its middle
    /// snake, or a heuristic split after [`TOO_EXPENSIVE`] rounds.
    fn split(&mut self, x0: usize, x1: usize, y0: usize, y1: usize) -> Split {
        let (a, b, off) = (self.a, self.b, self.offset);
        let (x0, x1, y0, y1) = (x0 as isize, x1 as isize, y0 as isize, y1 as isize);
        let dmin = x0 - y1;
        let dmax = x1 - y0;
        let fmid = x0 - y0;
        let bmid = x1 - y1;
        let odd = (fmid - bmid) & 1 != 0;
        let at = |k: isize| (k + off) as usize;
        let (fd, bd) = (&mut self.fd, &mut self.bd);
        fd[at(fmid)] = x0;
        bd[at(bmid)] = x1;
        let (mut fmin, mut fmax, mut bmin, mut bmax) = (fmid, fmid, bmid, bmid);
        let mut round = 1usize;
        loop {
            // Forward: one more difference on every diagonal in reach.
            if fmin > dmin {
                fmin -= 1;
                fd[at(fmin - 1)] = -1;
            } else {
                fmin += 1;
            }
            if fmax < dmax {
                fmax += 1;
                fd[at(fmax + 1)] = -1;
            } else {
                fmax -= 1;
            }
            let mut k = fmax;
            while k >= fmin {
                let (lo, hi) = (fd[at(k - 1)], fd[at(k + 1)]);
                let mut x = if lo < hi { hi } else { lo + 1 };
                let mut y = x - k;
                while x < x1 && y < y1 && a[x as usize] == b[y as usize] {
                    x += 1;
                    y += 1;
                }
                fd[at(k)] = x;
                if odd && bmin <= k && k <= bmax && bd[at(k)] <= x {
                    return Split {
                        x: x as usize,
                        y: y as usize,
                    };
                }
                k -= 2;
            }
            // Backward, the same from the end.
            if bmin > dmin {
                bmin -= 1;
                bd[at(bmin - 1)] = isize::MAX;
            } else {
                bmin += 1;
            }
            if bmax < dmax {
                bmax += 1;
                bd[at(bmax + 1)] = isize::MAX;
            } else {
                bmax -= 1;
            }
            let mut k = bmax;
            while k >= bmin {
                let (lo, hi) = (bd[at(k - 1)], bd[at(k + 1)]);
                let mut x = if lo < hi { lo } else { hi - 1 };
                let mut y = x - k;
                while x > x0 && y > y0 && a[x as usize - 1] == b[y as usize - 1] {
                    x -= 1;
                    y -= 1;
                }
                bd[at(k)] = x;
                if !odd && fmin <= k && k <= fmax && x <= fd[at(k)] {
                    return Split {
                        x: x as usize,
                        y: y as usize,
                    };
                }
                k -= 2;
            }
            if round >= TOO_EXPENSIVE {
                // The forward point furthest along (largest x + y) and the
                // backward one (smallest x + y); split at the better one.
                let (mut fbest, mut fx) = (-1isize, x0);
                let mut k = fmax;
                while k >= fmin {
                    let mut x = fd[at(k)].min(x1);
                    let mut y = x - k;
                    if y1 < y {
                        x = y1 + k;
                        y = y1;
                    }
                    if fbest < x + y {
                        fbest = x + y;
                        fx = x;
                    }
                    k -= 2;
                }
                let (mut bbest, mut bx) = (isize::MAX, x1);
                let mut k = bmax;
                while k >= bmin {
                    let mut x = bd[at(k)].max(x0);
                    let mut y = x - k;
                    if y < y0 {
                        x = y0 + k;
                        y = y0;
                    }
                    if x + y < bbest {
                        bbest = x + y;
                        bx = x;
                    }
                    k -= 2;
                }
                let (x, xy) = if (x1 + y1) - bbest < fbest - (x0 + y0) {
                    (fx, fbest)
                } else {
                    (bx, bbest)
                };
                return Split {
                    x: x as usize,
                    y: (xy - x) as usize,
                };
            }
            round += 1;
        }
    }
}

/// A short edit script turning `a` into `b` (shortest unless the
/// heuristic of [`TOO_EXPENSIVE`] applied), in order.
fn edit_script(a: &[u32], b: &[u32]) -> Vec<Op> {
    let diagonals = a.len() + b.len() + 3;
    let mut search = Search {
        a,
        b,
        fd: vec![0; diagonals],
        bd: vec![0; diagonals],
        offset: b.len() as isize + 1,
    };
    /// Work waiting on the stack: a range to compare, or lines known equal.
    enum Work {
        Range(usize, usize, usize, usize),
        Equal(usize, usize, usize),
    }
    let mut ops = Vec::with_capacity(a.len().max(b.len()));
    let mut stack = vec![Work::Range(0, a.len(), 0, b.len())];
    while let Some(w) = stack.pop() {
        let (mut x0, mut x1, mut y0, mut y1) = match w {
            Work::Equal(x, y, n) => {
                ops.extend((0..n).map(|i| Op::Equal(x + i, y + i)));
                continue;
            }
            Work::Range(x0, x1, y0, y1) => (x0, x1, y0, y1),
        };
        let pre = a[x0..x1]
            .iter()
            .zip(&b[y0..y1])
            .take_while(|(p, q)| p == q)
            .count();
        ops.extend((0..pre).map(|i| Op::Equal(x0 + i, y0 + i)));
        x0 += pre;
        y0 += pre;
        let suf = a[x0..x1]
            .iter()
            .rev()
            .zip(b[y0..y1].iter().rev())
            .take_while(|(p, q)| p == q)
            .count();
        x1 -= suf;
        y1 -= suf;
        // Pushed in reverse: the suffix comes out last.
        stack.push(Work::Equal(x1, y1, suf));
        if x0 == x1 {
            ops.extend((y0..y1).map(Op::Insert));
        } else if y0 == y1 {
            ops.extend((x0..x1).map(Op::Delete));
        } else {
            let s = search.split(x0, x1, y0, y1);
            if (s.x, s.y) == (x0, y0) || (s.x, s.y) == (x1, y1) {
                // Never happens for a middle snake; kept so that a wrong
                // split cannot loop: everything replaced is still correct.
                debug_assert!(false, "split at a corner");
                ops.extend((x0..x1).map(Op::Delete));
                ops.extend((y0..y1).map(Op::Insert));
                continue;
            }
            stack.push(Work::Range(s.x, x1, s.y, y1));
            stack.push(Work::Range(x0, s.x, y0, s.y));
        }
    }
    ops
}

/// `-l,s` / `+l,s` of a hunk header, as GNU diff writes them.
fn range(before: usize, len: usize) -> String {
    match len {
        0 => format!("{before},0"),
        1 => format!("{}", before + 1),
        _ => format!("{},{len}", before + 1),
    }
}

/// `name` as git writes a path with `core.quotePath` on: unchanged, or in
/// double quotes with C escapes and octal bytes (see the module
/// documentation).
pub fn git_quote(name: &[u8]) -> Vec<u8> {
    let special = |b: u8| b < 0x20 || b == b'"' || b == b'\\' || b >= 0x7f;
    if !name.iter().any(|&b| special(b)) {
        return name.to_vec();
    }
    let mut out = Vec::with_capacity(name.len() + 8);
    out.push(b'"');
    for &b in name {
        let short = match b {
            0x07 => Some(b'a'),
            0x08 => Some(b'b'),
            b'\t' => Some(b't'),
            b'\n' => Some(b'n'),
            0x0b => Some(b'v'),
            0x0c => Some(b'f'),
            b'\r' => Some(b'r'),
            b'"' => Some(b'"'),
            b'\\' => Some(b'\\'),
            _ => None,
        };
        match short {
            Some(c) => out.extend_from_slice(&[b'\\', c]),
            None if special(b) => {
                let _ = write!(out, "\\{b:03o}");
            }
            None => out.push(b),
        }
    }
    out.push(b'"');
    out
}

/// A unified diff (`--- a/NAME`, `+++ b/NAME`, hunks with 3 lines of
/// context, `\ No newline at end of file` where needed) turning `old` into
/// `new`; empty when they are equal. `name` is the file's path as bytes
/// (not necessarily UTF-8), quoted as git quotes it.
pub fn unified_diff(name: &[u8], old: &[u8], new: &[u8]) -> Vec<u8> {
    const CONTEXT: usize = 3;
    let mut out = Vec::new();
    if old == new {
        return out;
    }
    let (a, b) = (split_lines(old), split_lines(new));
    let ops = {
        let (ia, ib) = intern(&a, &b);
        edit_script(&ia, &ib)
    };
    let changes: Vec<usize> = ops
        .iter()
        .enumerate()
        .filter(|(_, op)| !matches!(op, Op::Equal(..)))
        .map(|(i, _)| i)
        .collect();
    if changes.is_empty() {
        return out;
    }
    let tab: &[u8] = if name.contains(&b' ') { b"\t" } else { b"" };
    for (mark, side) in [(b"---", b"a/"), (b"+++", b"b/")] {
        let mut path = side.to_vec();
        path.extend_from_slice(name);
        out.extend_from_slice(mark);
        out.push(b' ');
        out.extend_from_slice(&git_quote(&path));
        out.extend_from_slice(tab);
        out.push(b'\n');
    }
    // Lines of each side before ops[done], kept as hunks move forward.
    let (mut done, mut a_before, mut b_before) = (0, 0, 0);
    let mut c = 0;
    while c < changes.len() {
        let first = changes[c];
        let mut last = first;
        while c + 1 < changes.len() && changes[c + 1] - last <= 2 * CONTEXT + 1 {
            c += 1;
            last = changes[c];
        }
        c += 1;
        let lo = first.saturating_sub(CONTEXT);
        let hi = (last + CONTEXT + 1).min(ops.len());
        for op in &ops[done..lo] {
            match op {
                Op::Equal(..) => {
                    a_before += 1;
                    b_before += 1;
                }
                Op::Delete(_) => a_before += 1,
                Op::Insert(_) => b_before += 1,
            }
        }
        done = lo;
        let hunk = &ops[lo..hi];
        let a_len = hunk.iter().filter(|o| !matches!(o, Op::Insert(_))).count();
        let b_len = hunk.iter().filter(|o| !matches!(o, Op::Delete(_))).count();
        let _ = writeln!(
            out,
            "@@ -{} +{} @@",
            range(a_before, a_len),
            range(b_before, b_len)
        );
        for op in hunk {
            let (mark, text) = match *op {
                Op::Equal(i, _) => (b' ', a[i]),
                Op::Delete(i) => (b'-', a[i]),
                Op::Insert(j) => (b'+', b[j]),
            };
            out.push(mark);
            out.extend_from_slice(text);
            if !text.ends_with(b"\n") {
                out.extend_from_slice(b"\n\\ No newline at end of file\n");
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn diff_format() {
        let d = unified_diff(
            b"x.go",
            b"a\nb\nc\nd\ne\nf\ng\nh\n",
            b"a\nB\nc\nd\ne\nf\ng\nH\n",
        );
        assert_eq!(
            String::from_utf8(d).unwrap(),
            "--- a/x.go\n+++ b/x.go\n@@ -1,8 +1,8 @@\n a\n-b\n+B\n c\n d\n e\n f\n g\n-h\n+H\n"
        );
        let d = unified_diff(
            b"x",
            b"1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n",
            b"0\n1\n2\n3\n4\n5\n6\n7\n8\n9\n",
        );
        assert_eq!(
            String::from_utf8(d).unwrap(),
            "--- a/x\n+++ b/x\n@@ -1,3 +1,4 @@\n+0\n 1\n 2\n 3\n@@ -7,4 +8,3 @@\n 7\n 8\n 9\n-10\n"
        );
        let d = unified_diff(b"x", b"a", b"b\n");
        assert_eq!(
            String::from_utf8(d).unwrap(),
            "--- a/x\n+++ b/x\n@@ -1 +1 @@\n-a\n\\ No newline at end of file\n+b\n"
        );
        assert!(unified_diff(b"x", b"same\n", b"same\n").is_empty());
    }

    #[test]
    fn names_are_quoted_as_git_quotes_them() {
        // What `git diff` prints for these names (core.quotePath default).
        for (name, header) in [
            (&b"a\tb.go"[..], &b"--- \"a/a\\tb.go\"\n"[..]),
            ("é.go".as_bytes(), b"--- \"a/\\303\\251.go\"\n"),
            (b"x y.go", b"--- a/x y.go\t\n"),
            (b"q\"u.go", b"--- \"a/q\\\"u.go\"\n"),
            (b"b\\s.go", b"--- \"a/b\\\\s.go\"\n"),
            (b"d\x7f.go", b"--- \"a/d\\177.go\"\n"),
            (b"e\x1b[2J.go", b"--- \"a/e\\033[2J.go\"\n"),
            (b"n\nl.go", b"--- \"a/n\\nl.go\"\n"),
            (b"s p\tt.go", b"--- \"a/s p\\tt.go\"\t\n"),
            (b"\xff.go", b"--- \"a/\\377.go\"\n"),
            (b"dir/ok_file.go", b"--- a/dir/ok_file.go\n"),
        ] {
            let d = unified_diff(name, b"a\n", b"b\n");
            assert!(d.starts_with(header), "{}", String::from_utf8_lossy(&d));
            assert!(!d.iter().any(|&b| b < 0x20 && b != b'\n' && b != b'\t'));
        }
    }

    /// The ops of a script, checked: every line of both sides once, in
    /// order, equal lines equal. Returns the number of changes.
    fn check(a: &[u32], b: &[u32]) -> usize {
        let ops = edit_script(a, b);
        let (mut i, mut j, mut changes) = (0, 0, 0);
        for op in ops {
            match op {
                Op::Equal(x, y) => {
                    assert_eq!((x, y), (i, j));
                    assert_eq!(a[x], b[y]);
                    i += 1;
                    j += 1;
                }
                Op::Delete(x) => {
                    assert_eq!(x, i);
                    i += 1;
                    changes += 1;
                }
                Op::Insert(y) => {
                    assert_eq!(y, j);
                    j += 1;
                    changes += 1;
                }
            }
        }
        assert_eq!((i, j), (a.len(), b.len()));
        changes
    }

    /// The length of a shortest edit script, by dynamic programming (LCS).
    fn shortest(a: &[u32], b: &[u32]) -> usize {
        let mut row = vec![0usize; b.len() + 1];
        for &x in a {
            let mut diag = 0;
            for (j, &y) in b.iter().enumerate() {
                let up = row[j + 1];
                row[j + 1] = if x == y { diag + 1 } else { up.max(row[j]) };
                diag = up;
            }
        }
        a.len() + b.len() - 2 * row[b.len()]
    }

    #[test]
    fn scripts_are_valid_and_shortest() {
        let mut seed = 7u64;
        let mut rnd = |n: u64| {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (seed >> 33) % n
        };
        for round in 0..2000 {
            let alphabet = 2 + round % 6;
            let a: Vec<u32> = (0..rnd(40)).map(|_| rnd(alphabet) as u32).collect();
            let b: Vec<u32> = (0..rnd(40)).map(|_| rnd(alphabet) as u32).collect();
            assert_eq!(check(&a, &b), shortest(&a, &b), "{a:?} {b:?}");
        }
    }

    #[test]
    fn large_inputs_stay_valid() {
        // Nothing in common: the heuristic split, still a valid script.
        let a: Vec<u32> = (0..10_000).collect();
        let b: Vec<u32> = (10_000..20_000).collect();
        assert_eq!(check(&a, &b), 20_000);
        // Every other line changed.
        let b: Vec<u32> = (0..10_000)
            .map(|i| if i % 2 == 0 { i } else { i + 50_000 })
            .collect();
        assert_eq!(check(&a, &b), 10_000);
    }
}
