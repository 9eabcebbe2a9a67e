//! Step 4 of [`scan`](super::scan): the comments after the leading block,
//! found by a light lexer (strings, runes, comments, braces): cgo
//! `//export` comments tied to the function whose doc comment holds them
//! (comment groups settled as `go/parser` groups them), and constraint lines
//! in places Go ignores.

use super::header::looks_like_constraint;
use super::text::{find, is_ident_byte, trim_space};
use super::{Export, Line, Positions, SourceFile};

struct Comment {
    pub(super) start: usize,
    start_line: usize,
    end_line: usize,
    pub(super) export: Option<Export>,
}

/// Whether a `//` comment is a `//go:debug` directive as vet's directive
/// analyzer names it (the text up to the first white space is `//go:debug`).
fn is_debug_directive(text: &[u8]) -> bool {
    text.strip_prefix(b"//go:debug")
        .is_some_and(|rest| rest.first().is_none_or(|b| b.is_ascii_whitespace()))
}

/// A light lexer over `d`: comments, strings, runes, words and braces.
pub(super) fn lex_comments(d: &[u8], region_end: usize, pos: &Positions, out: &mut SourceFile) {
    let mut i = 0;
    let mut line = 1usize;
    let mut line_has_token = false;
    let mut depth = 0usize;
    let mut pending: Vec<Comment> = Vec::new();
    let mut prev_tok_line = 0usize;
    // A top-level `func` seen with these export comments in its doc.
    let mut awaiting: Option<(Vec<Export>, usize)> = None; // (exports, paren depth)
    let mut exports: Vec<Export> = Vec::new();

    while i < d.len() {
        let c = d[i];
        match c {
            b'\n' => {
                line += 1;
                line_has_token = false;
                i += 1;
            }
            b' ' | b'\t' | b'\r' => i += 1,
            b'/' if d.get(i + 1) == Some(&b'/') => {
                let end = d[i..]
                    .iter()
                    .position(|&b| b == b'\n')
                    .map_or(d.len(), |n| i + n);
                let text = &d[i..end];
                let (l, col) = pos.line_col(i);
                if i >= region_end && !line_has_token {
                    let t = trim_space(text);
                    if looks_like_constraint(t) {
                        out.misplaced.push(Line {
                            line: l,
                            col,
                            text: String::from_utf8_lossy(t).into_owned(),
                        });
                    }
                }
                if i >= region_end && is_debug_directive(text) {
                    let t: Vec<u8> = text.iter().copied().filter(|&b| b != b'\r').collect();
                    out.late_debug.push(Line {
                        line: l,
                        col,
                        text: String::from_utf8_lossy(&t).into_owned(),
                    });
                }
                let export = text.strip_prefix(b"//export").and_then(|rest| {
                    if !rest.is_empty() && !rest[0].is_ascii_whitespace() {
                        return None;
                    }
                    let name = trim_space(rest);
                    Some(Export {
                        line: l,
                        col,
                        name: (!name.is_empty())
                            .then(|| String::from_utf8_lossy(name).into_owned()),
                        func: None,
                    })
                });
                pending.push(Comment {
                    start: i,
                    start_line: line,
                    end_line: line,
                    export,
                });
                i = end;
            }
            b'/' if d.get(i + 1) == Some(&b'*') => {
                let start = i;
                let start_line = line;
                let end = find(&d[i + 2..], b"*/").map_or(d.len(), |n| i + 2 + n + 2);
                let body = &d[i..end];
                if i >= region_end {
                    for piece in body.split(|&b| b == b'\n') {
                        let t = trim_space(piece);
                        let t = t.strip_prefix(b"/*").map(trim_space).unwrap_or(t);
                        if looks_like_constraint(t) {
                            let t_off = t.as_ptr() as usize - d.as_ptr() as usize;
                            let (l, col) = pos.line_col(t_off);
                            out.misplaced.push(Line {
                                line: l,
                                col,
                                text: String::from_utf8_lossy(t).into_owned(),
                            });
                        }
                    }
                }
                line += body.iter().filter(|&&b| b == b'\n').count();
                pending.push(Comment {
                    start,
                    start_line,
                    end_line: line,
                    export: None,
                });
                i = end;
            }
            _ => {
                // A token: settle the pending comments first.
                let tok_line = line;
                let lead = settle_comments(&mut pending, prev_tok_line, tok_line, &mut exports);
                let tok_start = i;
                match c {
                    b'"' | b'\'' => {
                        i += 1;
                        while i < d.len() && d[i] != c && d[i] != b'\n' {
                            if d[i] == b'\\' && d.get(i + 1).is_some_and(|&b| b != b'\n') {
                                i += 1;
                            }
                            i += 1;
                        }
                        if i < d.len() && d[i] == c {
                            i += 1;
                        }
                    }
                    b'`' => {
                        let end = d[i + 1..]
                            .iter()
                            .position(|&b| b == b'`')
                            .map_or(d.len(), |n| i + 1 + n + 1);
                        line += d[i..end].iter().filter(|&&b| b == b'\n').count();
                        i = end;
                    }
                    _ if is_ident_byte(c) => {
                        while i < d.len() && is_ident_byte(d[i]) {
                            i += 1;
                        }
                    }
                    _ => i += 1,
                }
                let word = &d[tok_start..i];
                // Function-name tracking.
                if let Some((ex, pd)) = awaiting.as_mut() {
                    match c {
                        b'(' => *pd += 1,
                        b')' => *pd = pd.saturating_sub(1),
                        _ if *pd == 0 && is_ident_byte(c) && !c.is_ascii_digit() => {
                            let name = String::from_utf8_lossy(word).into_owned();
                            for mut e in ex.drain(..) {
                                e.func = Some(name.clone());
                                exports.push(e);
                            }
                            awaiting = None;
                        }
                        _ if *pd == 0 => {
                            exports.append(ex);
                            awaiting = None;
                        }
                        _ => {}
                    }
                }
                if word == b"func" && depth == 0 && awaiting.is_none() {
                    awaiting = Some((lead, 0));
                } else {
                    exports.extend(lead);
                }
                match c {
                    b'{' => depth += 1,
                    b'}' => depth = depth.saturating_sub(1),
                    _ => {}
                }
                prev_tok_line = tok_line;
                line_has_token = true;
            }
        }
    }
    let lead = settle_comments(&mut pending, prev_tok_line, usize::MAX, &mut exports);
    exports.extend(lead);
    if let Some((ex, _)) = awaiting {
        exports.extend(ex);
    }
    let _ = pending;
    exports.sort_by_key(|e| (e.line, e.col));
    out.exports = exports;
    out.misplaced.sort_by_key(|l| (l.line, l.col));
    out.misplaced.dedup();
}

/// Groups the comments seen since the previous token as `go/parser` does;
/// exports of non-lead groups go to `exports`, those of the lead comment
/// (the last group, ending on the line just before the token) are returned.
fn settle_comments(
    pending: &mut Vec<Comment>,
    prev_tok_line: usize,
    tok_line: usize,
    exports: &mut Vec<Export>,
) -> Vec<Export> {
    if pending.is_empty() {
        return Vec::new();
    }
    let mut groups: Vec<(usize, Vec<Comment>)> = Vec::new(); // (end line, comments)
    let mut it = std::mem::take(pending).into_iter().peekable();
    // A line comment group on the previous token's line.
    if it.peek().is_some_and(|c| c.start_line == prev_tok_line) {
        let mut end = prev_tok_line;
        let mut g = Vec::new();
        while let Some(c) = it.next_if(|c| c.start_line <= end) {
            end = c.end_line;
            g.push(c);
        }
        for c in g {
            exports.extend(c.export);
        }
    }
    while let Some(first) = it.next() {
        let mut end = first.end_line;
        let mut g = vec![first];
        while let Some(c) = it.next_if(|c| c.start_line <= end + 1) {
            end = c.end_line;
            g.push(c);
        }
        groups.push((end, g));
    }
    let mut lead = Vec::new();
    let n = groups.len();
    for (k, (end, g)) in groups.into_iter().enumerate() {
        let is_lead = k + 1 == n && end.checked_add(1) == Some(tok_line);
        for c in g {
            let _ = c.start;
            if let Some(e) = c.export {
                if is_lead {
                    lead.push(e);
                } else {
                    exports.push(e);
                }
            }
        }
    }
    lead
}
