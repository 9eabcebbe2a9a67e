//! Step 3 of [`scan`](super::scan): the leading run of comment and blank
//! lines (`parseFileHeader`): which `//go:build` and `// +build` lines
//! `go/build` honours there, and which constraint-looking lines it ignores.

use crate::constraint::is_plus_build;

use super::text::{contains, find, skip_blanks, trim_space};
use super::{Line, Positions, SourceFile};

/// `go/build`'s `isGoBuildComment`.
fn is_go_build_comment(line: &[u8]) -> bool {
    const P: &[u8] = b"//go:build";
    if !line.starts_with(P) {
        return false;
    }
    let line = trim_space(line);
    let rest = &line[P.len()..];
    rest.is_empty() || trim_space(rest).len() < rest.len()
}

/// Whether a trimmed line looks like a build constraint someone meant:
/// `//go:build`, `// go:build`, `//go: build`, `// +build`, `//+build`.
pub(super) fn looks_like_constraint(t: &[u8]) -> bool {
    let Some(rest) = t.strip_prefix(b"//") else {
        return false;
    };
    let rest = skip_blanks(rest);
    let word_end = |r: &[u8]| r.first().is_none_or(|c| c.is_ascii_whitespace());
    if let Some(r) = rest.strip_prefix(b"+build") {
        return word_end(r);
    }
    if let Some(r) = rest.strip_prefix(b"go:") {
        if let Some(r) = skip_blanks(r).strip_prefix(b"build") {
            return word_end(r);
        }
    }
    false
}

fn make_line(t: &[u8], line_off: usize, t_off: usize, pos: &Positions) -> Line {
    let (line, col) = pos.line_col(line_off + t_off);
    Line {
        line,
        col,
        text: String::from_utf8_lossy(t).into_owned(),
    }
}

/// Walks the header's leading comment lines, filling the constraint fields.
/// Returns the offset where the leading comments end (the start of the
/// first line with non-comment text, or the header's end).
pub(super) fn header_lines(header: &[u8], pos: &Positions, out: &mut SourceFile) -> usize {
    let mut end = 0;
    let mut ended = false;
    let mut in_slash_star = false;
    let mut off = 0;
    // (line start offset, trimmed-text offset within the line, text)
    let mut plus_candidates: Vec<(usize, Line)> = Vec::new();
    let mut malformed_candidates: Vec<(usize, Line)> = Vec::new();
    let mut region_end = header.len();
    'lines: while off < header.len() {
        let line_start = off;
        let (raw, next) = match header[off..].iter().position(|&b| b == b'\n') {
            Some(i) => (&header[off..off + i], off + i + 1),
            None => (&header[off..], header.len()),
        };
        off = next;
        let t = trim_space(raw);
        let t_off = t.as_ptr() as usize - raw.as_ptr() as usize;
        if t.is_empty() && !ended {
            end = next;
            continue;
        }
        if !t.starts_with(b"//") {
            ended = true;
        }
        let mut honoured = false;
        if !in_slash_star && is_go_build_comment(t) {
            out.header_go_build
                .push(make_line(t, line_start, t_off, pos));
            honoured = true;
        }
        if !in_slash_star
            && !ended
            && t.starts_with(b"//")
            && contains(t, b"+build")
            && is_plus_build(&String::from_utf8_lossy(t))
        {
            plus_candidates.push((next, make_line(t, line_start, t_off, pos)));
            honoured = true;
        }
        // Before the last blank line of the leading `//` run (where +build
        // lines count), any other comment mentioning +build is a possibly
        // malformed +build line (`// +buildlinux`, `// +build: x`); decided
        // below, once that blank line is known, as vet does.
        let malformed_plus = !ended && t.starts_with(b"//") && contains(t, b"+build");
        if !honoured && looks_like_constraint(t) {
            out.misplaced.push(make_line(t, line_start, t_off, pos));
        } else if !honoured && malformed_plus {
            malformed_candidates.push((next, make_line(t, line_start, t_off, pos)));
        }
        let mut l = t;
        while !l.is_empty() {
            if in_slash_star {
                if let Some(i) = find(l, b"*/") {
                    in_slash_star = false;
                    l = trim_space(&l[i + 2..]);
                    continue;
                }
                continue 'lines;
            }
            if l.starts_with(b"//") {
                continue 'lines;
            }
            if l.starts_with(b"/*") {
                in_slash_star = true;
                l = trim_space(&l[2..]);
                continue;
            }
            region_end = line_start;
            break 'lines;
        }
    }
    for (line_end, l) in plus_candidates {
        if line_end <= end {
            out.header_plus_build.push(l);
        } else {
            out.misplaced.push(l);
        }
    }
    out.misplaced.extend(
        malformed_candidates
            .into_iter()
            .filter(|(line_end, _)| *line_end <= end)
            .map(|(_, l)| l),
    );
    out.misplaced.sort_by_key(|l| (l.line, l.col));
    region_end
}
