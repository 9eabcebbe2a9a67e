//! Step 2b of [`scan`](super::scan): `go/parser` in `ImportsOnly` mode over
//! the header: the package clause and the import declarations, with the
//! parser's first error as `line:col: message`.

use super::lexer::{Scanner, Tok, Token};
use super::{Line, Positions};

pub(super) struct Parsed {
    pub(super) package: Option<(String, usize)>,
    pub(super) imports: Vec<(String, usize)>,
    pub(super) error: Option<String>,
    /// `//go:` comments above the package clause (go/build's directives).
    pub(super) directives: Vec<Line>,
}

struct Parser<'a, 'p> {
    sc: Scanner<'a>,
    pub(super) tok: Token,
    pub(super) error: Option<(usize, String)>,
    pub(super) pos: &'p Positions,
}

impl<'a, 'p> Parser<'a, 'p> {
    pub(super) fn next(&mut self) {
        self.tok = self.sc.scan();
    }

    fn has_error(&self) -> bool {
        self.error.is_some() || self.sc.error.is_some()
    }

    fn lit(&self) -> String {
        String::from_utf8_lossy(&self.sc.src[self.tok.start..self.tok.end]).into_owned()
    }

    fn error_expected(&mut self, what: &str) {
        if self.error.is_some() {
            return;
        }
        let found = match self.tok.tok {
            Tok::Semi if self.tok.auto => "newline".to_string(),
            Tok::Ident | Tok::Str | Tok::Char | Tok::Number => self.lit(),
            Tok::Eof => "'EOF'".to_string(),
            _ => format!("'{}'", self.lit()),
        };
        self.error = Some((self.tok.start, format!("expected {what}, found {found}")));
    }

    fn expect(&mut self, t: Tok, what: &str) {
        if self.tok.tok != t {
            self.error_expected(what);
        }
        self.next();
    }

    fn expect_semi(&mut self) {
        match self.tok.tok {
            Tok::RParen | Tok::RBrace => {}
            Tok::Comma => {
                self.error_expected("';'");
                self.next();
            }
            Tok::Semi => self.next(),
            _ => self.error_expected("';'"),
        }
    }

    fn first_error(&self) -> Option<String> {
        let e = match (&self.sc.error, &self.error) {
            (Some(a), Some(b)) => Some(if a.0 <= b.0 { a } else { b }),
            (Some(a), None) => Some(a),
            (None, Some(b)) => Some(b),
            (None, None) => None,
        }?;
        let (l, c) = self.pos.line_col(e.0);
        Some(format!("{l}:{c}: {}", e.1))
    }

    fn import_spec(&mut self, imports: &mut Vec<(String, usize)>) {
        match self.tok.tok {
            Tok::Period | Tok::Ident => self.next(),
            _ => {}
        }
        if self.tok.tok == Tok::Str {
            let lit = &self.sc.src[self.tok.start..self.tok.end];
            match unquote(lit) {
                Some(path) if is_valid_import(&path) => {
                    imports.push((path, self.pos.line(self.tok.start)));
                }
                _ => {
                    if self.error.is_none() {
                        self.error = Some((
                            self.tok.start,
                            format!("invalid import path: {}", self.lit()),
                        ));
                    }
                }
            }
            self.next();
        } else {
            self.expect(Tok::Str, "'STRING'");
        }
        self.expect_semi();
    }
}

pub(super) fn parse_header(header: &[u8], pos: &Positions) -> Parsed {
    let mut p = Parser {
        sc: Scanner::new(header),
        tok: Token {
            tok: Tok::Eof,
            start: 0,
            end: 0,
            auto: false,
        },
        error: None,
        pos,
    };
    let mut out = Parsed {
        package: None,
        imports: Vec::new(),
        error: None,
        directives: Vec::new(),
    };
    p.sc.line_comments = Some(Vec::new());
    p.next();
    let comments = p.sc.line_comments.take().unwrap_or_default();
    if !p.has_error() {
        p.expect(Tok::Package, "'package'");
        let name = if p.tok.tok == Tok::Ident {
            let n = (p.lit(), pos.line(p.tok.start));
            p.next();
            Some(n)
        } else {
            p.expect(Tok::Ident, "'IDENT'");
            None
        };
        p.expect_semi();
        if !p.has_error() {
            out.package = name;
            out.directives = directives(header, &comments, pos);
            while p.tok.tok == Tok::Import && !p.has_error() {
                p.next();
                if p.tok.tok == Tok::LParen {
                    p.next();
                    while p.tok.tok != Tok::RParen && p.tok.tok != Tok::Eof && !p.has_error() {
                        p.import_spec(&mut out.imports);
                    }
                    p.expect(Tok::RParen, "')'");
                    p.expect_semi();
                } else {
                    p.import_spec(&mut out.imports);
                }
            }
        }
    }
    out.error = p.first_error();
    out
}

/// The `//go:` comments among the comments before the package clause, as
/// go/build collects them: the comment's text with every carriage return
/// removed (as go/scanner does), at the column of its `//`.
fn directives(header: &[u8], comments: &[(usize, usize)], pos: &Positions) -> Vec<Line> {
    comments
        .iter()
        .filter(|&&(s, _)| header[s..].starts_with(b"//go:"))
        .map(|&(s, e)| {
            let text: Vec<u8> = header[s..e]
                .iter()
                .copied()
                .filter(|&b| b != b'\r')
                .collect();
            let (line, col) = pos.line_col(s);
            Line {
                line,
                col,
                text: String::from_utf8_lossy(&text).into_owned(),
            }
        })
        .collect()
}

/// `strconv.Unquote` of a Go string literal, as bytes converted lossily.
fn unquote(lit: &[u8]) -> Option<String> {
    if lit.len() < 2 {
        return None;
    }
    let (q, body) = (lit[0], &lit[1..lit.len() - 1]);
    if lit[lit.len() - 1] != q {
        return None;
    }
    if q == b'`' {
        let v: Vec<u8> = body.iter().copied().filter(|&b| b != b'\r').collect();
        return Some(String::from_utf8_lossy(&v).into_owned());
    }
    let mut out = Vec::with_capacity(body.len());
    let mut i = 0;
    while i < body.len() {
        let c = body[i];
        if c != b'\\' {
            out.push(c);
            i += 1;
            continue;
        }
        let e = *body.get(i + 1)?;
        i += 2;
        match e {
            b'a' => out.push(7),
            b'b' => out.push(8),
            b'f' => out.push(12),
            b'n' => out.push(b'\n'),
            b'r' => out.push(b'\r'),
            b't' => out.push(b'\t'),
            b'v' => out.push(11),
            b'\\' => out.push(b'\\'),
            b'"' => out.push(b'"'),
            b'0'..=b'7' => {
                let d = body.get(i - 1..i + 2)?;
                let v = u32::from_str_radix(std::str::from_utf8(d).ok()?, 8).ok()?;
                out.push(u8::try_from(v).ok()?);
                i += 2;
            }
            b'x' | b'u' | b'U' => {
                let n = match e {
                    b'x' => 2,
                    b'u' => 4,
                    _ => 8,
                };
                let d = body.get(i..i + n)?;
                let v = u32::from_str_radix(std::str::from_utf8(d).ok()?, 16).ok()?;
                i += n;
                if e == b'x' {
                    out.push(v as u8);
                } else {
                    let c = char::from_u32(v)?;
                    let mut buf = [0u8; 4];
                    out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
                }
            }
            _ => return None,
        }
    }
    Some(String::from_utf8_lossy(&out).into_owned())
}

/// go/parser's `isValidImport` over the unquoted path.
fn is_valid_import(s: &str) -> bool {
    const ILLEGAL: &str = "!\"#$%&'()*,:;<=>?[\\]^{|}`\u{fffd}";
    !s.is_empty()
        && s.chars().all(|c| {
            let graphic = if c.is_ascii() {
                c.is_ascii_graphic() || c == ' '
            } else {
                !c.is_control() && !is_format_char(c)
            };
            graphic && !c.is_whitespace() && !ILLEGAL.contains(c)
        })
}

/// A few Unicode format (Cf) characters, which `unicode.IsGraphic` rejects.
fn is_format_char(c: char) -> bool {
    matches!(c as u32,
        0xad | 0x600..=0x605 | 0x61c | 0x6dd | 0x70f | 0x180e | 0x200b..=0x200f
        | 0x202a..=0x202e | 0x2060..=0x2064 | 0x2066..=0x206f | 0xfeff
        | 0xfff9..=0xfffb | 0xe0001 | 0xe0020..=0xe007f)
}
