//! `compat go buildtags --fix` / `--diff`: the build-constraint rewrites that
//! gofmt (Go 1.19's `go/printer`) and `go fix` (its `buildtag` fix) make,
//! reproduced on the file's bytes, and nothing else.
//!
//! # What gofmt does (`go/printer`, `fixGoBuildLines`)
//!
//! The printer records every `//`-comment of the file whose text is a
//! `//go:build` or `// +build` line, wherever it stands (after the package
//! clause too), then rewrites its output once:
//!
//! - the *insertion point* is the start of the line after the last blank
//!   line of the file's leading run of `//`-comment and blank lines (0 when
//!   there is none; a `/* */` comment or code ends the run); if the first
//!   `//go:build` line stands before it, that line's start is used instead,
//!   else the first `// +build` line's if it does;
//! - the *condition*: with no `//go:build` line, the `// +build` lines
//!   ANDed; with one, its expression; with two or more, or when a line does
//!   not parse, none;
//! - with a condition the block is `//go:build <expr>` in Go's printed form,
//!   followed (only when the file had `// +build` lines) by the `// +build`
//!   lines regenerated from it, or `// +build error: expression too complex
//!   for // +build lines` when they cannot be; without one, the constraint
//!   lines are gathered unchanged (trimmed on the right), the `//go:build`
//!   lines first. A blank line follows the block;
//! - every recorded line is deleted where it was (only the lines after the
//!   insertion point: a `// +build` line above an earlier `//go:build` line
//!   stays), without leaving two blank lines in a row, and a blank line left
//!   at the end of the file is dropped.
//!
//! # What `go fix` does (`cmd/fix`, `buildtag`)
//!
//! Only for a module whose `go.mod` says `go 1.18` or later: in each comment
//! group, once a comment starting `//go:build ` was seen, the first comment
//! starting `// +build ` and every later comment of the group are deleted;
//! the file is then printed again (so the gofmt rewrite above runs again).
//! [`fix_source`] applies it to gofmt's result, as running `gofmt` and then
//! `go fix` does.
//!
//! # Where compat stops
//!
//! gofmt also records constraint comments inside blocks (indented) and at the
//! end of a code line. It then writes broken code (a trailing comment's line
//! is joined with the next one) or output that a second gofmt run changes
//! again. It also reformats a doc comment that holds a constraint line
//! (Go 1.19 moves directives below the text after a `//` line, which stays
//! behind), and when it cannot use the constraint lines it gathers them
//! without deleting a `// +build` line above the first `//go:build` line,
//! adding a copy on every run. [`fix_source`] leaves such files alone and
//! says why ([`Fixed::Refused`]), as it does files whose header `go/parser`
//! rejects (gofmt refuses them too). Everything else it reproduces byte for byte,
//! except that it keeps what gofmt would also change outside the constraint
//! lines: a UTF-8 byte order mark and CRLF line ends stay (new lines get the
//! file's line end).
//!
//! [`unified_diff`] (for `--diff`) is `compat_report::diff`'s.

pub use compat_report::diff::unified_diff;

use crate::constraint::{
    is_go_build, is_plus_build, parse_line_with, plus_build_lines, Expr, Limits, MAX_OLD_SIZE,
    MAX_SIZE,
};
use crate::scan::scan;

/// Why [`fix_source`] left a file alone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal {
    /// 1-based line of the offending comment (0 when the whole file).
    pub line: usize,
    /// 1-based byte column (a byte order mark counts).
    pub col: usize,
    /// One-line explanation.
    pub reason: String,
}

/// What [`fix_source`] decided for a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fixed {
    /// Nothing to change.
    Unchanged,
    /// The file's new bytes.
    Changed(Vec<u8>),
    /// The file needs a rewrite that compat does not make.
    Refused(Refusal),
}

/// Rewrites the build-constraint lines of one Go file as gofmt does, then,
/// when `module_go` (the `go` line of the module's go.mod, as (1, minor)) is
/// 1.18 or later, as `go fix` does. See the module documentation.
///
/// Lines are parsed with the `limits` of the release the file is built
/// with, and with [`Limits::Newer`] a rewrite whose `//go:build` line would
/// hold more than [`MAX_SIZE`] operands, or a `// +build` line more than
/// [`MAX_OLD_SIZE`] joins, is refused: those releases could not parse what
/// gofmt would write (and `compat go buildtags` would report it).
pub fn fix_source(src: &[u8], module_go: Option<(u32, u32)>, limits: Limits) -> Fixed {
    let base = if src.starts_with(b"\xef\xbb\xbf") {
        3
    } else {
        0
    };
    let data = &src[base..];
    let refused = |(off, reason): (usize, String)| {
        let (line, col) = line_col(data, off, base);
        Fixed::Refused(Refusal { line, col, reason })
    };
    let comments = match constraint_comments(data) {
        Ok(c) => c,
        Err(e) => return refused(e),
    };
    if comments.is_empty() {
        return Fixed::Unchanged;
    }
    if let Some(err) = scan(src).error {
        return Fixed::Refused(Refusal {
            line: 0,
            col: 0,
            reason: format!("gofmt cannot parse the file ({err})"),
        });
    }
    let nl: &[u8] = match data.iter().position(|&b| b == b'\n') {
        Some(i) if i > 0 && data[i - 1] == b'\r' => b"\r\n",
        _ => b"\n",
    };
    let mut cur = match gofmt_stable(data.to_vec(), nl, limits) {
        Ok(v) => v,
        Err(e) => return refused(e),
    };
    if module_go.is_some_and(|(major, minor)| major > 1 || (major == 1 && minor >= 18)) {
        let fixed = go_fix_pass(&cur);
        if fixed != cur {
            cur = match gofmt_stable(fixed, nl, limits) {
                Ok(v) => v,
                Err(e) => return refused(e),
            };
        }
    }
    if cur == data {
        return Fixed::Unchanged;
    }
    let mut out = Vec::with_capacity(base + cur.len());
    out.extend_from_slice(&src[..base]);
    out.extend_from_slice(&cur);
    Fixed::Changed(out)
}

/// 1-based line and byte column of `off` in `data` (after `base` BOM bytes).
fn line_col(data: &[u8], off: usize, base: usize) -> (usize, usize) {
    let before = &data[..off.min(data.len())];
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    let start = before
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |i| i + 1);
    let col = off - start + 1 + if line == 1 { base } else { 0 };
    (line, col)
}

/// Whether a line end (`\n` or `\r\n`) starts at `i`; its length.
fn nl_at(d: &[u8], i: usize) -> Option<usize> {
    match d.get(i) {
        Some(b'\n') => Some(1),
        Some(b'\r') if d.get(i + 1) == Some(&b'\n') => Some(2),
        _ => None,
    }
}

/// The length of the line end that `d` ends with, if any.
fn nl_before(d: &[u8]) -> Option<usize> {
    match d {
        [.., b'\r', b'\n'] => Some(2),
        [.., b'\n'] => Some(1),
        _ => None,
    }
}

/// Whether `d` ends with two line ends (a blank line).
fn ends_blank(d: &[u8]) -> bool {
    nl_before(d).is_some_and(|n| nl_before(&d[..d.len() - n]).is_some())
}

/// Which constraint a comment is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    GoBuild,
    PlusBuild,
}

/// A `//go:build` or `// +build` comment standing alone on a top-level line.
#[derive(Debug, Clone)]
struct ConstraintComment {
    kind: Kind,
    /// Start of its line: where the printer's output has the comment.
    line_start: usize,
    /// Just after its line end (or the end of the file).
    line_end: usize,
    /// The comment as the printer writes it: without a final `\r`, trimmed
    /// on the right.
    text: String,
}

/// The comment text `go/scanner` gives a `//` comment spanning `d[i..end]`
/// (a final `\r` removed), lossily converted.
fn comment_text(d: &[u8], i: usize, end: usize) -> String {
    let end = if end > i && d[end - 1] == b'\r' {
        end - 1
    } else {
        end
    };
    String::from_utf8_lossy(&d[i..end]).into_owned()
}

/// Every constraint comment of the file, lexing it as Go (strings, runes,
/// raw strings and `/* */` comments are skipped). A constraint comment
/// inside brackets or after code on its line is an error: (offset, reason).
fn constraint_comments(d: &[u8]) -> Result<Vec<ConstraintComment>, (usize, String)> {
    lex(d).map(|l| l.constraints)
}

/// What [`lex`] collects.
struct Lexed {
    /// The constraint comments.
    constraints: Vec<ConstraintComment>,
    /// Top-level `//` comments starting in column 1: (start, start of the
    /// next line or `usize::MAX` at the end of the file, whether the line
    /// ends in CRLF, text).
    col1: Vec<(usize, usize, bool, String)>,
}

/// Lexes the file as Go; see [`constraint_comments`].
fn lex(d: &[u8]) -> Result<Lexed, (usize, String)> {
    let mut out = Vec::new();
    let mut col1 = Vec::new();
    let mut depth = 0usize;
    let mut line_start = 0usize;
    let mut line_has_code = false;
    let mut i = 0usize;
    let line_end = |j: usize| {
        d[j..]
            .iter()
            .position(|&b| b == b'\n')
            .map_or(d.len(), |n| j + n)
    };
    while i < d.len() {
        match d[i] {
            b'\n' => {
                i += 1;
                line_start = i;
                line_has_code = false;
            }
            b' ' | b'\t' | b'\r' | b'\x0c' => i += 1,
            b'/' if d.get(i + 1) == Some(&b'/') => {
                let end = line_end(i);
                let text = comment_text(d, i, end);
                if depth == 0 && i == line_start {
                    let next = if end < d.len() { end + 1 } else { usize::MAX };
                    let crlf = end > i && d[end - 1] == b'\r';
                    col1.push((i, next, crlf, text.clone()));
                }
                let kind = if is_go_build(&text) {
                    Some(Kind::GoBuild)
                } else if is_plus_build(&text) {
                    Some(Kind::PlusBuild)
                } else {
                    None
                };
                if let Some(kind) = kind {
                    if depth > 0 {
                        return Err((i, "a build-constraint comment inside a block: gofmt would move it with its indentation, and a second gofmt run would change the file again".into()));
                    }
                    if line_has_code {
                        return Err((i, "a build-constraint comment after code on its line: gofmt would delete it and join the line with the next one".into()));
                    }
                    out.push(ConstraintComment {
                        kind,
                        line_start,
                        line_end: if end < d.len() { end + 1 } else { end },
                        text: text.trim_end().to_owned(),
                    });
                }
                i = end;
            }
            b'/' if d.get(i + 1) == Some(&b'*') => {
                let end = d[i + 2..]
                    .windows(2)
                    .position(|w| w == b"*/")
                    .map_or(d.len(), |n| i + 2 + n + 2);
                if let Some(n) = d[i..end].iter().rposition(|&b| b == b'\n') {
                    line_start = i + n + 1;
                }
                line_has_code = true;
                i = end;
            }
            q @ (b'"' | b'\'') => {
                i += 1;
                while i < d.len() && d[i] != q && d[i] != b'\n' {
                    if d[i] == b'\\' && d.get(i + 1).is_some_and(|&b| b != b'\n') {
                        i += 1;
                    }
                    i += 1;
                }
                if i < d.len() && d[i] == q {
                    i += 1;
                }
                line_has_code = true;
            }
            b'`' => {
                let end = d[i + 1..]
                    .iter()
                    .position(|&b| b == b'`')
                    .map_or(d.len(), |n| i + 1 + n + 1);
                if let Some(n) = d[i..end].iter().rposition(|&b| b == b'\n') {
                    line_start = i + n + 1;
                }
                line_has_code = true;
                i = end;
            }
            c => {
                match c {
                    b'(' | b'[' | b'{' => depth += 1,
                    b')' | b']' | b'}' => depth = depth.saturating_sub(1),
                    _ => {}
                }
                line_has_code = true;
                i += 1;
            }
        }
    }
    Ok(Lexed {
        constraints: out,
        col1,
    })
}

/// `go/printer`'s `isDirective` over a comment's text after `//`.
fn is_directive(c: &str) -> bool {
    if ["line ", "extern ", "export "]
        .iter()
        .any(|p| c.starts_with(p))
    {
        return true;
    }
    let c = c.as_bytes();
    let Some(colon) = c.iter().position(|&b| b == b':') else {
        return false;
    };
    if colon == 0 || colon + 1 >= c.len() {
        return false;
    }
    (0..=colon + 1)
        .filter(|&i| i != colon)
        .all(|i| c[i].is_ascii_lowercase() || c[i].is_ascii_digit())
}

/// A constraint comment in a top-level doc comment (a group of `//`
/// comments starting in column 1 with a token at the start of the next
/// line) that gofmt would also reformat: it moves directives such as
/// `//go:build` below the text after a `//` line, which stays behind once
/// the constraint line is moved. Groups of `// +build` lines only, or of
/// directives only, are left as they are. (With CRLF line ends go/printer
/// does not see the group as abutting the token and leaves it alone.)
fn doc_comment_conflict(d: &[u8], lexed: &Lexed) -> Option<(usize, String)> {
    let c = &lexed.col1;
    let mut g = 0;
    while g < c.len() {
        let mut e = g + 1;
        while e < c.len() && c[e].0 == c[e - 1].1 {
            e += 1;
        }
        let group = &c[g..e];
        g = e;
        let last = &group[group.len() - 1];
        let next = last.1;
        let abuts = !last.2
            && d.get(next)
                .is_some_and(|&b| !matches!(b, b' ' | b'\t' | b'\r' | b'\n' | b'\x0c'))
            && !d[next..].starts_with(b"//")
            && !d[next..].starts_with(b"/*");
        let constraint = |t: &str| is_go_build(t) || is_plus_build(t);
        if !abuts || !group.iter().any(|x| constraint(&x.3)) {
            continue;
        }
        let directive = |t: &str| is_directive(&t[2..]);
        let only_plus = group
            .iter()
            .all(|x| is_plus_build(&x.3) && !directive(&x.3));
        let only_directives = group.iter().all(|x| directive(&x.3));
        if !only_plus && !only_directives {
            let at = group.iter().find(|x| constraint(&x.3)).map_or(0, |x| x.0);
            return Some((at, "a build-constraint line in a doc comment: gofmt would also reformat the comment (and leave a stray `//` line)".into()));
        }
    }
    None
}

/// [`gofmt_pass`] until the file no longer changes (one pass normally is).
fn gofmt_stable(mut cur: Vec<u8>, nl: &[u8], limits: Limits) -> Result<Vec<u8>, (usize, String)> {
    for _ in 0..4 {
        let next = gofmt_pass(&cur, nl, limits)?;
        if next == cur {
            return Ok(cur);
        }
        cur = next;
    }
    Err((
        0,
        "gofmt's rewrite of the constraint lines does not settle".into(),
    ))
}

/// `appendLines`: appends `y`, dropping its leading blank line when `x` is
/// empty or already ends in a blank line.
fn append_lines(x: &mut Vec<u8>, y: &[u8]) {
    let y = match nl_at(y, 0) {
        Some(n) if x.is_empty() || ends_blank(x) => &y[n..],
        _ => y,
    };
    x.extend_from_slice(y);
}

/// One run of gofmt's constraint rewrite (see the module documentation).
fn gofmt_pass(d: &[u8], nl: &[u8], limits: Limits) -> Result<Vec<u8>, (usize, String)> {
    let lexed = lex(d)?;
    if lexed.constraints.is_empty() {
        return Ok(d.to_vec());
    }
    if let Some(e) = doc_comment_conflict(d, &lexed) {
        return Err(e);
    }
    let comments = lexed.constraints;
    // The latest possible insertion point.
    let mut insert = 0;
    let mut pos = 0;
    loop {
        let mut blank = true;
        while pos < d.len() && (d[pos] == b' ' || d[pos] == b'\t') {
            pos += 1;
        }
        if d[pos..].starts_with(b"//") {
            blank = false;
            while pos < d.len() && nl_at(d, pos).is_none() {
                pos += 1;
            }
        }
        let Some(n) = nl_at(d, pos) else { break };
        pos += n;
        if blank {
            insert = pos;
        }
    }
    let go: Vec<&ConstraintComment> = comments
        .iter()
        .filter(|c| c.kind == Kind::GoBuild)
        .collect();
    let plus: Vec<&ConstraintComment> = comments
        .iter()
        .filter(|c| c.kind == Kind::PlusBuild)
        .collect();
    if let Some(g) = go.first().filter(|g| g.line_start < insert) {
        insert = g.line_start;
    } else if let Some(p) = plus.first().filter(|p| p.line_start < insert) {
        insert = p.line_start;
    }

    let x: Option<Expr> = match go.len() {
        // The +build lines ANDed, as a balanced tree (any number of lines).
        0 => plus
            .iter()
            .map(|p| parse_line_with(&p.text, limits))
            .collect::<Result<Vec<Expr>, _>>()
            .ok()
            .and_then(Expr::all),
        1 => parse_line_with(&go[0].text, limits).ok(),
        _ => None,
    };

    if x.is_none() {
        if let Some(c) = comments.iter().find(|c| c.line_start < insert) {
            return Err((c.line_start, "a // +build line above a //go:build line that gofmt cannot use: gofmt would copy it below that line again on every run".into()));
        }
    }

    let mut block: Vec<u8> = Vec::new();
    let mut line = |s: &str| {
        block.extend_from_slice(s.as_bytes());
        block.extend_from_slice(nl);
    };
    match &x {
        None => {
            for c in go.iter().chain(&plus) {
                line(&c.text);
            }
        }
        Some(x) => {
            let go_line = format!("//go:build {x}");
            let at = comments[0].line_start;
            if limits == Limits::Newer && parse_line_with(&go_line, limits).is_err() {
                return Err((at, format!("the //go:build line gofmt would write has more than {MAX_SIZE} operands, which Go 1.22.7 and later reject as too large")));
            }
            line(&go_line);
            if !plus.is_empty() {
                let lines =
                    plus_build_lines(x).unwrap_or_else(|e| vec![format!("// +build error: {e}")]);
                for l in &lines {
                    if limits == Limits::Newer && parse_line_with(l, limits).is_err() {
                        return Err((at, format!("a // +build line gofmt would write joins more than {MAX_OLD_SIZE} terms, which Go 1.22.7 and later ignore as too complex")));
                    }
                    line(l);
                }
            }
        }
    }
    block.extend_from_slice(nl);

    // The rest, with the recorded lines deleted.
    let mut after = Vec::new();
    let mut start = insert;
    for c in &comments {
        if c.line_start < start {
            continue;
        }
        append_lines(&mut after, &d[start..c.line_start]);
        start = c.line_end;
    }
    append_lines(&mut after, &d[start..]);
    if ends_blank(&after) {
        let n = nl_before(&after).expect("ends with a line end");
        after.truncate(after.len() - n);
    }

    let mut out = Vec::with_capacity(insert + block.len() + after.len());
    out.extend_from_slice(&d[..insert]);
    out.extend_from_slice(&block);
    out.extend_from_slice(&after);
    Ok(out)
}

/// A comment of the file's leading comments.
struct LeadComment {
    start: usize,
    end: usize,
    start_line: usize,
    end_line: usize,
    text: String,
}

/// `go fix`'s `buildtag` deletion over the leading comment groups (after
/// gofmt every constraint line is there).
fn go_fix_pass(d: &[u8]) -> Vec<u8> {
    let mut comments: Vec<LeadComment> = Vec::new();
    let mut i = 0;
    let mut line = 1;
    loop {
        while i < d.len() && matches!(d[i], b' ' | b'\t' | b'\r' | b'\n' | b'\x0c') {
            if d[i] == b'\n' {
                line += 1;
            }
            i += 1;
        }
        if d[i..].starts_with(b"//") {
            let end = d[i..]
                .iter()
                .position(|&b| b == b'\n')
                .map_or(d.len(), |n| i + n);
            comments.push(LeadComment {
                start: i,
                end,
                start_line: line,
                end_line: line,
                text: comment_text(d, i, end),
            });
            i = end;
        } else if d[i..].starts_with(b"/*") {
            let Some(n) = d[i + 2..].windows(2).position(|w| w == b"*/") else {
                break;
            };
            let end = i + 2 + n + 2;
            let start_line = line;
            line += d[i..end].iter().filter(|&&b| b == b'\n').count();
            comments.push(LeadComment {
                start: i,
                end,
                start_line,
                end_line: line,
                text: String::from_utf8_lossy(&d[i..end]).into_owned(),
            });
            i = end;
        } else {
            break;
        }
    }
    // Comment groups: comments on adjacent lines.
    let mut deletions: Vec<(usize, usize)> = Vec::new();
    let mut g = 0;
    while g < comments.len() {
        let mut e = g + 1;
        while e < comments.len() && comments[e].start_line <= comments[e - 1].end_line + 1 {
            e += 1;
        }
        let group = &comments[g..e];
        let mut saw_go_build = false;
        for c in group {
            if c.text.starts_with("//go:build ") {
                saw_go_build = true;
            }
            if saw_go_build && c.text.starts_with("// +build ") {
                let from = d[..c.start]
                    .iter()
                    .rposition(|&b| b == b'\n')
                    .map_or(0, |n| n + 1);
                let last = &group[group.len() - 1];
                let mut to = last.end;
                let rest_blank = d[to..]
                    .iter()
                    .take_while(|&&b| b != b'\n')
                    .all(|&b| matches!(b, b' ' | b'\t' | b'\r'));
                if rest_blank {
                    to = d[to..]
                        .iter()
                        .position(|&b| b == b'\n')
                        .map_or(d.len(), |n| to + n + 1);
                }
                deletions.push((from, to));
                break;
            }
        }
        g = e;
    }
    if deletions.is_empty() {
        return d.to_vec();
    }
    let mut out = Vec::with_capacity(d.len());
    let mut start = 0;
    for (from, to) in deletions {
        out.extend_from_slice(&d[start..from]);
        start = to;
    }
    out.extend_from_slice(&d[start..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fix(src: &str, go: Option<(u32, u32)>) -> String {
        match fix_source(src.as_bytes(), go, Limits::Newer) {
            Fixed::Unchanged => src.to_owned(),
            Fixed::Changed(v) => String::from_utf8(v).unwrap(),
            Fixed::Refused(r) => panic!("refused: {r:?}"),
        }
    }

    #[test]
    fn plus_build_only_gets_go_build() {
        assert_eq!(
            fix("// +build linux darwin\n// +build amd64\n\npackage p\n", None),
            "//go:build (linux || darwin) && amd64\n// +build linux darwin\n// +build amd64\n\npackage p\n"
        );
        assert_eq!(
            fix("// +build linux\n\npackage p\n", Some((1, 18))),
            "//go:build linux\n\npackage p\n"
        );
    }

    #[test]
    fn go_build_canonical_and_plus_regenerated() {
        assert_eq!(
            fix(
                "//go:build linux||darwin\n// +build darwin\n\npackage p\n",
                Some((1, 17))
            ),
            "//go:build linux || darwin\n// +build linux darwin\n\npackage p\n"
        );
    }

    #[test]
    fn misplaced_go_build_moves_to_header() {
        assert_eq!(
            fix("package p\n\n//go:build linux\n\nfunc f() {}\n", None),
            "//go:build linux\n\npackage p\n\nfunc f() {}\n"
        );
        assert_eq!(
            fix("// +build linux\n\n//go:build linux\n\npackage p\n", None),
            "// +build linux\n\n//go:build linux\n// +build linux\n\npackage p\n"
        );
    }

    #[test]
    fn crlf_and_bom_kept() {
        let out = fix_source(
            b"\xef\xbb\xbf// +build linux\r\n\r\npackage p\r\n",
            None,
            Limits::Newer,
        );
        assert_eq!(
            out,
            Fixed::Changed(
                b"\xef\xbb\xbf//go:build linux\r\n// +build linux\r\n\r\npackage p\r\n".to_vec()
            )
        );
    }

    #[test]
    fn refusals() {
        for src in [
            "package p\n\nfunc f() {\n\t//go:build linux\n}\n",
            "package p\n\nvar x = 1 // +build linux\n",
            "package p\n\nimport (\n\t// +build linux\n\t\"fmt\"\n)\n",
        ] {
            assert!(
                matches!(
                    fix_source(src.as_bytes(), None, Limits::Newer),
                    Fixed::Refused(_)
                ),
                "{src}"
            );
        }
        let r = fix_source(b"// +build a\n\npackage\n", None, Limits::Newer);
        assert!(matches!(r, Fixed::Refused(_)), "{r:?}");
        // Not constraints: strings, block comments.
        let src = "package p\n\nvar s = \"//go:build x\"\nvar t = `\n//go:build y\n`\n/*\n//go:build z\n*/\n";
        assert_eq!(
            fix_source(src.as_bytes(), None, Limits::Newer),
            Fixed::Unchanged
        );
    }

    #[test]
    fn unparsable_lines_gathered_unchanged() {
        assert_eq!(
            fix("//go:build a\n\npackage p\n\n//go:build b \n", None),
            "//go:build a\n//go:build b\n\npackage p\n"
        );
        assert_eq!(
            fix("//go:build (a\n// +build a\n\npackage p\n", Some((1, 20))),
            "//go:build (a\n\npackage p\n"
        );
    }
}
