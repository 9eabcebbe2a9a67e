//! The `// +build` syntax both ways: Go's `parsePlusBuildExpr` (the words
//! of a line to an expression, with newer Go's size limit) and
//! `PlusBuildLines` (an expression back to `// +build` lines).

use super::{is_valid_tag, join, Expr, Limits, Sized, TooComplex, MAX_OLD_SIZE};

/// Go's `parsePlusBuildExpr` over the text after `// +build`: space-separated
/// clauses are OR'ed, comma-separated literals AND'ed; a literal that is not
/// a valid tag (after one optional `!`), `!` alone and anything starting
/// `!!` become the tag `ignore`.
///
/// `None` when the text has no words (Go's `Parse` then uses `ignore`, as
/// [`parse_line`](super::parse_line) does) and when the line is over newer Go's size limit;
/// [`parse_plus_build_text`] separates the two.
pub fn parse_plus_build_expr(text: &str) -> Option<Expr> {
    parse_plus_build_text(text).ok().flatten()
}

/// [`parse_plus_build_expr`] with newer Go's size limit reported:
/// `Ok(None)` for no words, `Err(TooComplex)` past [`MAX_OLD_SIZE`] joins.
pub fn parse_plus_build_text(text: &str) -> Result<Option<Expr>, TooComplex> {
    parse_plus_build_text_with(text, Limits::Newer)
}

/// [`parse_plus_build_text`] with the size limit of a given release (none
/// with [`Limits::Older`]: a line of any length, as a tree of logarithmic
/// depth).
pub fn parse_plus_build_text_with(text: &str, limits: Limits) -> Result<Option<Expr>, TooComplex> {
    let mut size = 0usize;
    let mut clauses: Vec<Sized> = Vec::new();
    for clause in text.split_whitespace() {
        let mut lits: Vec<Sized> = Vec::new();
        for lit in clause.split(',') {
            let z = if lit.starts_with("!!") || lit == "!" {
                Expr::tag("ignore")
            } else {
                let (neg, word) = match lit.strip_prefix('!') {
                    Some(w) => (true, w),
                    None => (false, lit),
                };
                let t = Expr::tag(if is_valid_tag(word) { word } else { "ignore" });
                if neg {
                    Expr::not(t)
                } else {
                    t
                }
            };
            // Every join after the first literal (and clause) counts one.
            size += usize::from(!lits.is_empty());
            if size > MAX_OLD_SIZE && limits == Limits::Newer {
                return Err(TooComplex);
            }
            lits.push((z, 2));
        }
        size += usize::from(!clauses.is_empty());
        if size > MAX_OLD_SIZE && limits == Limits::Newer {
            return Err(TooComplex);
        }
        clauses.push(join(lits, true));
    }
    Ok((!clauses.is_empty()).then(|| join(clauses, false).0))
}

/// Go's `pushNot`: negations pushed to the tags by De Morgan's laws.
fn push_not(x: &Expr, not: bool) -> Expr {
    match x {
        Expr::Not(inner) => match **inner {
            Expr::Tag(_) if !not => x.clone(),
            _ => push_not(inner, !not),
        },
        Expr::Tag(_) => {
            if not {
                Expr::not(x.clone())
            } else {
                x.clone()
            }
        }
        Expr::And(a, b) => {
            let (a, b) = (push_not(a, not), push_not(b, not));
            if not {
                Expr::or(a, b)
            } else {
                Expr::and(a, b)
            }
        }
        Expr::Or(a, b) => {
            let (a, b) = (push_not(a, not), push_not(b, not));
            if not {
                Expr::and(a, b)
            } else {
                Expr::or(a, b)
            }
        }
    }
}

fn split_and<'a>(x: &'a Expr, out: &mut Vec<&'a Expr>) {
    match x {
        Expr::And(a, b) => {
            split_and(a, out);
            split_and(b, out);
        }
        _ => out.push(x),
    }
}

fn split_or<'a>(x: &'a Expr, out: &mut Vec<&'a Expr>) {
    match x {
        Expr::Or(a, b) => {
            split_or(a, out);
            split_or(b, out);
        }
        _ => out.push(x),
    }
}

/// Go's `PlusBuildLines`: `// +build` lines whose conjunction is `x`, with
/// Go's exact text. Negations are pushed to the tags first; anything that
/// is then not an AND of ORs of ANDs of literals is [`TooComplex`].
pub fn plus_build_lines(x: &Expr) -> Result<Vec<String>, TooComplex> {
    let x = push_not(x, false);
    let mut top = Vec::new();
    split_and(&x, &mut top);
    let mut split: Vec<Vec<Vec<&Expr>>> = Vec::new();
    for or in top {
        let mut alts = Vec::new();
        split_or(or, &mut alts);
        let mut ands = Vec::new();
        for and in alts {
            let mut lits = Vec::new();
            split_and(and, &mut lits);
            if lits
                .iter()
                .any(|l| !matches!(l, Expr::Tag(_) | Expr::Not(_)))
            {
                return Err(TooComplex);
            }
            ands.push(lits);
        }
        split.push(ands);
    }
    if split.iter().map(Vec::len).max() == Some(1) {
        let lits = split.iter_mut().flat_map(|or| or.remove(0)).collect();
        split = vec![vec![lits]];
    }
    Ok(split
        .iter()
        .map(|or| {
            let mut line = String::from("// +build");
            for and in or {
                line.push(' ');
                for (i, lit) in and.iter().enumerate() {
                    if i > 0 {
                        line.push(',');
                    }
                    line.push_str(&lit.to_string());
                }
            }
            line
        })
        .collect())
}
