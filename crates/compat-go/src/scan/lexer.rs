//! Step 2a of [`scan`](super::scan): the subset of `go/scanner` that the
//! header needs: tokens with semicolon insertion, comments skipped, string,
//! rune and number literals, and the scanner's first error.

use crate::constraint::{is_go_digit, is_go_letter};

use super::text::decode_rune;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Tok {
    Eof,
    Ident,
    Keyword,
    Package,
    Import,
    Str,
    Char,
    Number,
    Semi,
    Comma,
    Period,
    LParen,
    RParen,
    RBrace,
    Op,
    Illegal,
}

#[derive(Debug, Clone, Copy)]
pub(super) struct Token {
    pub(super) tok: Tok,
    pub(super) start: usize,
    pub(super) end: usize,
    /// For `Semi`: inserted at a newline or EOF.
    pub(super) auto: bool,
}

const KEYWORDS: &[&[u8]] = &[
    b"break",
    b"case",
    b"chan",
    b"const",
    b"continue",
    b"default",
    b"defer",
    b"else",
    b"fallthrough",
    b"for",
    b"func",
    b"go",
    b"goto",
    b"if",
    b"import",
    b"interface",
    b"map",
    b"package",
    b"range",
    b"return",
    b"select",
    b"struct",
    b"switch",
    b"type",
    b"var",
];

pub(super) struct Scanner<'a> {
    pub(super) src: &'a [u8],
    ch: i32,
    pub(super) offset: usize,
    rd_offset: usize,
    insert_semi: bool,
    pub(super) error: Option<(usize, String)>,
    /// `//` comments skipped so far, as (start, end) offsets, while
    /// recording (`Some`): the parser takes them after the first token to
    /// find the directives above the package clause.
    pub(super) line_comments: Option<Vec<(usize, usize)>>,
}

pub(super) const EOF: i32 = -1;

impl<'a> Scanner<'a> {
    pub(super) fn new(src: &'a [u8]) -> Self {
        let mut s = Scanner {
            src,
            ch: b' ' as i32,
            offset: 0,
            rd_offset: 0,
            insert_semi: false,
            error: None,
            line_comments: None,
        };
        s.next();
        if s.ch == 0xfeff {
            s.next();
        }
        s
    }

    pub(super) fn err(&mut self, off: usize, msg: impl Into<String>) {
        if self.error.is_none() {
            self.error = Some((off, msg.into()));
        }
    }

    pub(super) fn next(&mut self) {
        if self.rd_offset < self.src.len() {
            self.offset = self.rd_offset;
            let (r, w) = decode_rune(&self.src[self.rd_offset..]);
            self.rd_offset += w;
            match r {
                None => {
                    self.err(self.offset, "illegal UTF-8 encoding");
                    self.ch = 0xfffd;
                }
                Some('\0') => {
                    self.err(self.offset, "illegal character NUL");
                    self.ch = 0;
                }
                Some('\u{feff}') if self.offset > 0 => {
                    self.err(self.offset, "illegal byte order mark");
                    self.ch = 0xfeff;
                }
                Some(c) => self.ch = c as i32,
            }
        } else {
            self.offset = self.src.len();
            self.ch = EOF;
        }
    }

    pub(super) fn peek(&self) -> u8 {
        self.src.get(self.rd_offset).copied().unwrap_or(0)
    }

    fn ch_char(&self) -> Option<char> {
        if self.ch < 0 {
            None
        } else {
            char::from_u32(self.ch as u32)
        }
    }

    fn is_letter(&self) -> bool {
        match self.ch_char() {
            Some(c) if c.is_ascii() => c.is_ascii_alphabetic() || c == '_',
            Some(c) => is_go_letter(c),
            None => false,
        }
    }

    fn is_digit(&self) -> bool {
        match self.ch_char() {
            Some(c) if c.is_ascii() => c.is_ascii_digit(),
            Some(c) => is_go_digit(c),
            None => false,
        }
    }

    fn skip_whitespace(&mut self) {
        while self.ch == b' ' as i32
            || self.ch == b'\t' as i32
            || (self.ch == b'\n' as i32 && !self.insert_semi)
            || self.ch == b'\r' as i32
        {
            self.next();
        }
    }

    fn scan_comment(&mut self) {
        // The initial '/' is consumed; self.ch is '/' or '*'.
        let offs = self.offset - 1;
        if self.ch == b'/' as i32 {
            self.next();
            while self.ch != b'\n' as i32 && self.ch >= 0 {
                self.next();
            }
            let end = self.offset;
            if let Some(v) = &mut self.line_comments {
                v.push((offs, end));
            }
            return;
        }
        self.next();
        while self.ch >= 0 {
            let ch = self.ch;
            self.next();
            if ch == b'*' as i32 && self.ch == b'/' as i32 {
                self.next();
                return;
            }
        }
        self.err(offs, "comment not terminated");
    }

    fn find_line_end(&mut self) -> bool {
        let (ch, offset, rd) = (self.ch, self.offset, self.rd_offset);
        let saved = (ch, offset.saturating_sub(1), rd);
        let found = self.find_line_end_inner();
        // Reset to just after the initial '/'.
        self.ch = b'/' as i32;
        self.offset = saved.1;
        self.rd_offset = saved.1 + 1;
        self.next();
        found
    }

    fn find_line_end_inner(&mut self) -> bool {
        while self.ch == b'/' as i32 || self.ch == b'*' as i32 {
            if self.ch == b'/' as i32 {
                return true;
            }
            self.next();
            while self.ch >= 0 {
                let ch = self.ch;
                if ch == b'\n' as i32 {
                    return true;
                }
                self.next();
                if ch == b'*' as i32 && self.ch == b'/' as i32 {
                    self.next();
                    break;
                }
            }
            self.skip_whitespace();
            if self.ch < 0 || self.ch == b'\n' as i32 {
                return true;
            }
            if self.ch != b'/' as i32 {
                return false;
            }
            self.next();
        }
        false
    }

    fn scan_escape(&mut self, quote: u8) -> bool {
        let offs = self.offset;
        let (mut n, base, max): (u32, u32, u32) = match self.ch {
            c if c >= 0
                && (matches!(
                    c as u8,
                    b'a' | b'b' | b'f' | b'n' | b'r' | b't' | b'v' | b'\\'
                ) || c == quote as i32)
                && c < 0x80 =>
            {
                self.next();
                return true;
            }
            c if (b'0' as i32..=b'7' as i32).contains(&c) => (3, 8, 255),
            c if c == b'x' as i32 => {
                self.next();
                (2, 16, 255)
            }
            c if c == b'u' as i32 => {
                self.next();
                (4, 16, 0x10ffff)
            }
            c if c == b'U' as i32 => {
                self.next();
                (8, 16, 0x10ffff)
            }
            c => {
                let msg = if c < 0 {
                    "escape sequence not terminated"
                } else {
                    "unknown escape sequence"
                };
                self.err(offs, msg);
                return false;
            }
        };
        let mut x: u32 = 0;
        while n > 0 {
            let d = self.ch_char().and_then(|c| c.to_digit(16)).unwrap_or(16);
            if d >= base {
                let msg = if self.ch < 0 {
                    "escape sequence not terminated".to_string()
                } else {
                    format!("illegal character {:?} in escape sequence", self.ch_char())
                };
                self.err(self.offset, msg);
                return false;
            }
            x = x.wrapping_mul(base).wrapping_add(d);
            self.next();
            n -= 1;
        }
        if x > max || (0xd800..0xe000).contains(&x) {
            self.err(offs, "escape sequence is invalid Unicode code point");
            return false;
        }
        true
    }

    pub(super) fn scan(&mut self) -> Token {
        loop {
            self.skip_whitespace();
            let start = self.offset;
            let mut insert_semi = false;
            let tok;
            if self.is_letter() {
                while self.is_letter() || self.is_digit() {
                    self.next();
                }
                let word = &self.src[start..self.offset];
                tok = if word == b"package" {
                    Tok::Package
                } else if word == b"import" {
                    Tok::Import
                } else if KEYWORDS.contains(&word) {
                    insert_semi =
                        matches!(word, b"break" | b"continue" | b"fallthrough" | b"return");
                    Tok::Keyword
                } else {
                    insert_semi = true;
                    Tok::Ident
                };
            } else if (self.ch >= b'0' as i32 && self.ch <= b'9' as i32)
                || (self.ch == b'.' as i32 && self.peek().is_ascii_digit())
            {
                // Loose number scan.
                insert_semi = true;
                let mut prev = 0i32;
                while self.ch >= 0
                    && (self.ch_char().is_some_and(|c| c.is_ascii_alphanumeric())
                        || self.ch == b'_' as i32
                        || self.ch == b'.' as i32
                        || ((self.ch == b'+' as i32 || self.ch == b'-' as i32)
                            && matches!(prev as u8, b'e' | b'E' | b'p' | b'P')))
                {
                    prev = self.ch;
                    self.next();
                }
                tok = Tok::Number;
            } else {
                let ch = self.ch;
                self.next();
                match ch {
                    EOF => {
                        if self.insert_semi {
                            self.insert_semi = false;
                            return Token {
                                tok: Tok::Semi,
                                start,
                                end: start,
                                auto: true,
                            };
                        }
                        tok = Tok::Eof;
                    }
                    0x0a => {
                        // Only reached when insert_semi is set.
                        self.insert_semi = false;
                        return Token {
                            tok: Tok::Semi,
                            start,
                            end: start,
                            auto: true,
                        };
                    }
                    0x22 => {
                        insert_semi = true;
                        loop {
                            let c = self.ch;
                            if c == b'\n' as i32 || c < 0 {
                                self.err(start, "string literal not terminated");
                                break;
                            }
                            self.next();
                            if c == b'"' as i32 {
                                break;
                            }
                            if c == b'\\' as i32 {
                                self.scan_escape(b'"');
                            }
                        }
                        tok = Tok::Str;
                    }
                    0x60 => {
                        insert_semi = true;
                        loop {
                            let c = self.ch;
                            if c < 0 {
                                self.err(start, "raw string literal not terminated");
                                break;
                            }
                            self.next();
                            if c == b'`' as i32 {
                                break;
                            }
                        }
                        tok = Tok::Str;
                    }
                    0x27 => {
                        insert_semi = true;
                        let mut n = 0;
                        let mut valid = true;
                        loop {
                            let c = self.ch;
                            if c == b'\n' as i32 || c < 0 {
                                if valid {
                                    self.err(start, "rune literal not terminated");
                                    valid = false;
                                }
                                break;
                            }
                            self.next();
                            if c == b'\'' as i32 {
                                break;
                            }
                            n += 1;
                            if c == b'\\' as i32 && !self.scan_escape(b'\'') {
                                valid = false;
                            }
                        }
                        if valid && n != 1 {
                            self.err(start, "illegal rune literal");
                        }
                        tok = Tok::Char;
                    }
                    0x2f if self.ch == b'/' as i32 || self.ch == b'*' as i32 => {
                        if self.insert_semi && self.find_line_end() {
                            // Report the newline before the comment; the
                            // comment is scanned next time.
                            self.ch = b'/' as i32;
                            self.offset = start;
                            self.rd_offset = start + 1;
                            self.insert_semi = false;
                            return Token {
                                tok: Tok::Semi,
                                start,
                                end: start,
                                auto: true,
                            };
                        }
                        self.scan_comment();
                        self.insert_semi = false;
                        continue;
                    }
                    0x2e => {
                        if self.ch == b'.' as i32 && self.peek() == b'.' {
                            self.next();
                            self.next();
                            tok = Tok::Op;
                        } else {
                            tok = Tok::Period;
                        }
                    }
                    0x2c => tok = Tok::Comma,
                    0x3b => tok = Tok::Semi,
                    0x28 => tok = Tok::LParen,
                    0x29 => {
                        insert_semi = true;
                        tok = Tok::RParen;
                    }
                    0x5d => {
                        insert_semi = true;
                        tok = Tok::Op;
                    }
                    0x7d => {
                        insert_semi = true;
                        tok = Tok::RBrace;
                    }
                    0x2b | 0x2d => {
                        if self.ch == ch {
                            self.next();
                            insert_semi = true;
                        }
                        tok = Tok::Op;
                    }
                    c if (0..0x80).contains(&c) && b"*%&|^<>=!([{:~/".contains(&(c as u8)) => {
                        tok = Tok::Op;
                    }
                    c => {
                        self.err(start, format!("illegal character U+{c:04X}"));
                        insert_semi = self.insert_semi;
                        tok = Tok::Illegal;
                    }
                }
            }
            self.insert_semi = insert_semi;
            return Token {
                tok,
                start,
                end: self.offset,
                auto: false,
            };
        }
    }
}
