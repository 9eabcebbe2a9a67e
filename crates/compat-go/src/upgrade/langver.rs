//! The language version of each file, as the Go toolchain decides it, and
//! whether the files that build depend on which toolchain builds them.
//!
//! The compiler takes the module's go line as the package's version and
//! lets a file's `//go:build` line set the file's own version: the minimum
//! `go1.N` the expression implies (`go/build/constraint.GoVersion`;
//! `// +build` lines never do). How far a file may move differs by
//! release, as the type checker of each one reads it (types2's
//! `initFiles`):
//! - Go 1.21 and 1.22: a file may go up to any version; down only when
//!   the module's go line is at least 1.21 (then to any version, even
//!   go1.18); below that the line is ignored;
//! - Go 1.23 and later: the file's version is `max(N, 1.21)` whatever the
//!   module's go line: a file can go no lower than go1.21 and goes up to
//!   go1.21 even in a go 1.16 module.
//!
//! Before Go 1.21 toolchains have no per-file versions. The version
//! decides the loop-variable semantics of the file's loops (per iteration
//! from go1.22: `cmd/compile/internal/noder`'s `distinctVars`).

use crate::constraint::{go_version, parse_line, Expr};
use crate::scan::{Line, SourceFile};

/// The first language version with per-iteration loop variables.
pub const LOOPVAR_MINOR: u64 = 22;

/// What a file's header says about Go versions.
#[derive(Debug, Clone, Default)]
pub struct FileVersionLine {
    /// The `//go:build` line, when there is exactly one that parses.
    pub line: Option<Line>,
    /// Its expression.
    pub expr: Option<Expr>,
    /// The minor of the `go1.N` the line implies, if any.
    pub minor: Option<u64>,
}

impl FileVersionLine {
    /// Reads the header of a scanned file. Only a `//go:build` line sets a
    /// version; `// +build` lines still decide whether the file builds
    /// ([`FileVersionLine::expr`] holds their conjunction then).
    pub fn of(src: &SourceFile) -> FileVersionLine {
        match src.header_go_build.as_slice() {
            [one] => match parse_line(&one.text) {
                Ok(expr) => {
                    let minor = go_version(&expr)
                        .and_then(|v| v.strip_prefix("go1.").and_then(|n| n.parse().ok()));
                    FileVersionLine {
                        line: Some(one.clone()),
                        expr: Some(expr),
                        minor,
                    }
                }
                Err(_) => FileVersionLine::default(),
            },
            [] => {
                let exprs = src
                    .header_plus_build
                    .iter()
                    .filter_map(|l| parse_line(&l.text).ok())
                    .collect();
                FileVersionLine {
                    line: None,
                    expr: Expr::all(exprs),
                    minor: None,
                }
            }
            _ => FileVersionLine::default(),
        }
    }
}

/// The language version (its minor) a toolchain of release `release`
/// gives a file whose `//go:build` line implies `go1.<file>`, in a module
/// whose go line is `1.<module>`.
pub fn file_minor(module: u64, file: Option<u64>, release: u64) -> u64 {
    let Some(n) = file else { return module };
    match release {
        ..=20 => module,
        21 | 22 => {
            if n > module || (n < module && module >= 21) {
                n
            } else {
                module
            }
        }
        _ => n.max(21),
    }
}

/// Whether the `go1.K` release tags of release `release` make `expr` hold
/// for each assignment of its other tags: a bit set over those
/// assignments, or `None` when the expression has more than
/// [`MAX_FREE_TAGS`] other tags (too many to enumerate).
pub fn builds_under(expr: &Expr, release: u64) -> Option<Vec<bool>> {
    let mut free: Vec<&str> = expr
        .tags()
        .into_iter()
        .filter(|t| release_tag(t).is_none())
        .collect();
    free.sort_unstable();
    free.dedup();
    if free.len() > MAX_FREE_TAGS {
        return None;
    }
    let mut out = Vec::with_capacity(1 << free.len());
    for bits in 0u32..(1 << free.len()) {
        let holds = expr.eval(&mut |t| match release_tag(t) {
            Some(k) => k <= release,
            None => free
                .iter()
                .position(|f| *f == t)
                .is_some_and(|i| bits & (1 << i) != 0),
        });
        out.push(holds);
    }
    Some(out)
}

/// At most this many non-release tags are enumerated by [`builds_under`].
pub const MAX_FREE_TAGS: usize = 12;

/// The minor of a release tag `go1.K` (K ≥ 1), as in `go/build`'s
/// `ReleaseTags`.
pub fn release_tag(tag: &str) -> Option<u64> {
    let n = tag.strip_prefix("go1.")?;
    if n.is_empty() || !n.bytes().all(|b| b.is_ascii_digit()) || n.starts_with('0') {
        return None;
    }
    n.parse().ok().filter(|k| *k >= 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_versions_follow_each_releases_clamp() {
        // Go 1.21 and 1.22: down only from a go line >= 1.21, to anything.
        assert_eq!(file_minor(22, Some(18), 22), 18);
        assert_eq!(file_minor(20, Some(18), 22), 20);
        assert_eq!(file_minor(20, Some(22), 21), 22);
        // Go 1.23+: max(N, 21), whatever the module.
        assert_eq!(file_minor(22, Some(18), 23), 21);
        assert_eq!(file_minor(16, Some(16), 23), 21);
        assert_eq!(file_minor(21, Some(23), 27), 23);
        assert_eq!(file_minor(22, None, 27), 22);
        // No per-file versions before 1.21.
        assert_eq!(file_minor(19, Some(22), 20), 19);
    }

    #[test]
    fn release_tags_decide_which_toolchains_build_a_file() {
        let e = parse_line("//go:build !go1.23 && linux").unwrap();
        let a = builds_under(&e, 22).unwrap();
        let b = builds_under(&e, 23).unwrap();
        assert_eq!(a, [false, true]);
        assert_eq!(b, [false, false]);
        let e = parse_line("//go:build go1.21").unwrap();
        assert_eq!(builds_under(&e, 22), builds_under(&e, 27));
        assert_eq!(release_tag("go1.22"), Some(22));
        assert_eq!(release_tag("go1"), None);
        assert_eq!(release_tag("go1.02"), None);
    }
}
