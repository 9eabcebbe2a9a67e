//! Go's `exprParser`: the `//go:build` expression grammar, with Go's
//! messages and byte offsets, parsed with an explicit stack (no recursion on
//! any input) and the release's size limits.

use super::{is_tag_char, join, Expr, Limits, Sized, SyntaxError, MAX_DEPTH, MAX_SIZE, TOO_DEEP};

/// The lexer state of Go's `exprParser`.
struct Lexer<'a> {
    s: &'a str,
    i: usize,
    tok: &'a str,
    is_tag: bool,
    pos: usize,
}

impl<'a> Lexer<'a> {
    fn lex(&mut self) -> Result<(), SyntaxError> {
        self.is_tag = false;
        let b = self.s.as_bytes();
        while self.i < b.len() && (b[self.i] == b' ' || b[self.i] == b'\t') {
            self.i += 1;
        }
        if self.i >= b.len() {
            self.tok = "";
            self.pos = self.i;
            return Ok(());
        }
        match b[self.i] {
            b'(' | b')' | b'!' => {
                self.pos = self.i;
                self.i += 1;
                self.tok = &self.s[self.pos..self.i];
                return Ok(());
            }
            c @ (b'&' | b'|') => {
                if self.i + 1 >= b.len() || b[self.i + 1] != c {
                    return Err(SyntaxError::new(
                        self.i,
                        format!("invalid syntax at {}", c as char),
                    ));
                }
                self.pos = self.i;
                self.i += 2;
                self.tok = &self.s[self.pos..self.i];
                return Ok(());
            }
            _ => {}
        }
        let rest = &self.s[self.i..];
        let len = rest
            .char_indices()
            .find(|&(_, c)| !is_tag_char(c))
            .map_or(rest.len(), |(i, _)| i);
        if len == 0 {
            let c = rest.chars().next().unwrap_or('\u{FFFD}');
            return Err(SyntaxError::new(self.i, format!("invalid syntax at {c}")));
        }
        self.pos = self.i;
        self.i += len;
        self.tok = &self.s[self.pos..self.i];
        self.is_tag = true;
        Ok(())
    }
}

/// One open parenthesis (or the whole expression) of the explicit-stack
/// parser: the `||` and `&&` chains collected so far inside it.
struct Group {
    open: usize,
    negate: bool,
    ors: Vec<Sized>,
    ands: Vec<Sized>,
}

/// Go's `parseExpr`: parses the text of a `//go:build` line (as returned by
/// [`split_go_build`](super::split_go_build)).
///
/// Errors carry Go's messages and offsets: `unexpected token X`,
/// `unexpected end of expression`, `missing close paren` (at the `(`, or at
/// the end when the text ends inside parentheses), `double negation not
/// allowed`, `invalid syntax at X`, and newer Go's `build expression too
/// large` after [`MAX_SIZE`] operands. No recursion: any input is safe.
pub fn parse_expr(text: &str) -> Result<Expr, SyntaxError> {
    parse_expr_with(text, Limits::Newer)
}

/// [`parse_expr`] with the size limits of a given release: with
/// [`Limits::Older`] any number of operands, nesting up to [`MAX_DEPTH`]
/// ([`TOO_DEEP`] beyond, at the offset of the token read last).
pub fn parse_expr_with(text: &str, limits: Limits) -> Result<Expr, SyntaxError> {
    let mut p = Lexer {
        s: text,
        i: 0,
        tok: "",
        is_tag: false,
        pos: 0,
    };
    let mut stack = vec![Group {
        open: 0,
        negate: false,
        ors: Vec::new(),
        ands: Vec::new(),
    }];
    let mut size = 0usize;
    'operand: loop {
        // Go's not(): one operand, optionally negated.
        size += 1;
        if size > MAX_SIZE && limits == Limits::Newer {
            return Err(SyntaxError::new(p.pos, "build expression too large"));
        }
        p.lex()?;
        let mut negate = false;
        if p.tok == "!" {
            p.lex()?;
            if p.tok == "!" {
                return Err(SyntaxError::new(p.pos, "double negation not allowed"));
            }
            negate = true;
        }
        // Go's atom().
        if p.tok == "(" {
            if stack.len() > MAX_DEPTH {
                return Err(SyntaxError::new(p.pos, TOO_DEEP));
            }
            stack.push(Group {
                open: p.pos,
                negate,
                ors: Vec::new(),
                ands: Vec::new(),
            });
            continue 'operand;
        }
        if !p.is_tag {
            if p.tok.is_empty() {
                // Inside parentheses Go rewrites this message.
                let msg = if stack.len() > 1 {
                    "missing close paren"
                } else {
                    "unexpected end of expression"
                };
                return Err(SyntaxError::new(p.pos, msg));
            }
            return Err(SyntaxError::new(
                p.pos,
                format!("unexpected token {}", p.tok),
            ));
        }
        let mut x: Sized = (Expr::tag(p.tok), 1);
        if negate {
            x = (Expr::not(x.0), 2);
        }
        p.lex()?;
        loop {
            let g = stack.last_mut().expect("parser stack is never empty");
            g.ands.push(x);
            if p.tok == "&&" {
                continue 'operand;
            }
            let a = join(std::mem::take(&mut g.ands), true);
            g.ors.push(a);
            if p.tok == "||" {
                continue 'operand;
            }
            let done = join(std::mem::take(&mut g.ors), false);
            if done.1 > MAX_DEPTH {
                return Err(SyntaxError::new(p.pos, TOO_DEEP));
            }
            if stack.len() == 1 {
                if !p.tok.is_empty() {
                    return Err(SyntaxError::new(
                        p.pos,
                        format!("unexpected token {}", p.tok),
                    ));
                }
                return Ok(done.0);
            }
            let g = stack.pop().expect("checked");
            if p.tok != ")" {
                return Err(SyntaxError::new(g.open, "missing close paren"));
            }
            p.lex()?;
            x = if g.negate {
                (Expr::not(done.0), done.1 + 1)
            } else {
                done
            };
        }
    }
}
