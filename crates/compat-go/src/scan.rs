//! One Go source file as `go/build` (Go 1.19) reads it: the package clause,
//! the imports, the build-constraint lines Go honours and those it ignores,
//! and cgo `//export` comments.
//!
//! [`scan`] reproduces three pieces of `go/build`:
//!
//! 1. the import reader (`readGoInfo`): it reads the leading comments, the
//!    package clause and the import declarations, treating `;` as space, and
//!    stops one byte after them. A NUL byte met while reading is a read
//!    error (`unexpected NUL in input`: `go list` then puts the file in
//!    `InvalidGoFiles` only). On a syntax error it reads the whole file;
//! 2. `go/parser` in `ImportsOnly` mode over what was read (the "header"):
//!    a small Go scanner with semicolon insertion and the parser's package
//!    clause / import rules, so a file `go/parser` rejects has
//!    [`SourceFile::error`] set (`go list` still lists such a file, in
//!    `InvalidGoFiles` too). When the package clause itself fails the
//!    package name is unknown, as `go/build` sees an empty name;
//! 3. `parseFileHeader` / `shouldBuild`: the leading run of comment and
//!    blank lines. A `//go:build` line counts anywhere in the leading
//!    comments outside `/* */` blocks (even after one); `// +build` lines
//!    count only in the leading run of `//` and blank lines, up to the last
//!    blank line before the first line that is neither (so a `// +build`
//!    line must be followed by a blank line, and any `/*` ends the run).
//!
//! Everything else that looks like a constraint (`//go:build`, `// go:build`,
//! `//go: build`, `// +build`, `//+build`, also inside `/* */` comments) is
//! reported in [`SourceFile::misplaced`]. Beyond the header only files that
//! import `"C"` are read further: the whole file is lexed (cheaply: strings,
//! runes, comments and braces) for `//export` comments, which also yields
//! misplaced constraint lines in the body of such files.
//!
//! Lines and columns are 1-based; columns count bytes from the start of the
//! line in the file as stored (a leading UTF-8 byte order mark counts).
//! Non-UTF-8 text is handled as `go/build` does (bytes are compared, runes
//! decoded where Go decodes them); text copied into results is converted
//! lossily.
//!
//! Known approximations: number literals are scanned loosely (their own
//! syntax errors are not reported; a number can only appear in the header
//! where the parser reports an unexpected token anyway), and
//! `unicode.IsGraphic` for non-ASCII import paths treats every non-control,
//! non-format, non-space character as graphic.

use crate::constraint::{is_go_digit, is_go_letter, is_plus_build};

/// A comment line of interest, with its position in the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    /// 1-based line number.
    pub line: usize,
    /// 1-based byte column of the line's first non-blank byte.
    pub col: usize,
    /// The line's text, trimmed of surrounding white space.
    pub text: String,
}

/// A cgo `//export` comment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Export {
    /// 1-based line of the comment.
    pub line: usize,
    /// 1-based byte column of the `//`.
    pub col: usize,
    /// The exported name (the comment's trimmed rest); `None` when missing.
    pub name: Option<String>,
    /// The name of the top-level function whose doc comment holds this
    /// comment (cgo only exports from doc comments); `None` when the
    /// comment is not part of a function's doc comment.
    pub func: Option<String>,
}

/// What [`scan`] learned about one Go source file.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SourceFile {
    /// The package clause's name and its line; `None` when `go/parser`
    /// could not read the package clause.
    pub package: Option<(String, usize)>,
    /// Import paths (unquoted) with their lines, in source order, as far as
    /// they parsed.
    pub imports: Vec<(String, usize)>,
    /// `//go:build` lines in the positions where Go honours them (more than
    /// one is an error for Go).
    pub header_go_build: Vec<Line>,
    /// `// +build` lines in the positions where Go honours them (used only
    /// when there is no `//go:build` line).
    pub header_plus_build: Vec<Line>,
    /// Constraint-looking lines that Go ignores.
    pub misplaced: Vec<Line>,
    /// `//export` comments (only looked for in files that import `"C"`).
    pub exports: Vec<Export>,
    /// The first error `go/build` would report for the file: a read error
    /// (see [`SourceFile::read_error`]) or a `go/parser` error, as
    /// `line:col: message`.
    pub error: Option<String>,
    /// Whether [`SourceFile::error`] is a read error (a NUL byte in the part
    /// that `go/build` reads): such a file is in no list but
    /// `InvalidGoFiles`. Other errors leave the file listed as usual.
    pub read_error: bool,
}

impl SourceFile {
    /// Whether the file imports `"C"` and parsed cleanly: what `go/build`
    /// calls a cgo file (before looking at the file name).
    pub fn imports_c(&self) -> bool {
        self.error.is_none() && self.imports.iter().any(|(p, _)| p == "C")
    }
}

/// Scans one Go source file. Never panics; linear in the bytes read.
pub fn scan(bytes: &[u8]) -> SourceFile {
    scan_impl(bytes, false)
}

/// Like [`scan`], but lexes the whole file whatever it imports, as a linter
/// must: constraint lines anywhere after the header land in
/// [`SourceFile::misplaced`], and `//export` comments are collected in files
/// that do not import `"C"` too (where cgo never sees them).
pub fn scan_whole(bytes: &[u8]) -> SourceFile {
    scan_impl(bytes, true)
}

fn scan_impl(bytes: &[u8], whole: bool) -> SourceFile {
    let base = if bytes.starts_with(&[0xef, 0xbb, 0xbf]) {
        3
    } else {
        0
    };
    let data = &bytes[base..];
    let mut out = SourceFile::default();

    // 1. The import reader.
    let mut r = ImportReader::new(data);
    r.read_go_info();
    let header_end = r.header_end;
    let header = &data[..header_end];
    let mut pos = Positions::new(header, base);

    // 3. Constraint lines of the leading comments (on what go/build read).
    let region_end = header_lines(header, &pos, &mut out);

    if r.err == ReadErr::Nul {
        let (l, c) = pos.line_col(r.nul_at);
        out.error = Some(format!("{l}:{c}: unexpected NUL in input"));
        out.read_error = true;
    } else {
        // 2. go/parser over the header.
        let parsed = parse_header(header, &pos);
        out.package = parsed.package;
        out.imports = parsed.imports;
        out.error = parsed.error;
    }

    // 4. Comments after the leading comments: //export and misplaced lines.
    let cgo = out.imports.iter().any(|(p, _)| p == "C");
    let lex_end = if cgo || whole { data.len() } else { header_end };
    pos.extend(data, lex_end);
    lex_comments(&data[..lex_end], region_end, &pos, &mut out);
    if !cgo && !whole {
        out.exports.clear();
    }
    out
}

/// Line/column arithmetic over the file (after the BOM, with `base` bytes
/// of BOM before it).
struct Positions {
    line_starts: Vec<usize>,
    base: usize,
    covered: usize,
}

impl Positions {
    fn new(data: &[u8], base: usize) -> Positions {
        let mut line_starts = vec![0];
        line_starts.extend(
            data.iter()
                .enumerate()
                .filter(|(_, &b)| b == b'\n')
                .map(|(i, _)| i + 1),
        );
        Positions {
            line_starts,
            base,
            covered: data.len(),
        }
    }

    /// Extends the line table from what it covers up to `data[..end]`.
    fn extend(&mut self, data: &[u8], end: usize) {
        let from = self.line_starts.last().copied().unwrap_or(0);
        let from = from.max(self.covered);
        if end > from {
            self.line_starts.extend(
                data[from..end]
                    .iter()
                    .enumerate()
                    .filter(|(_, &b)| b == b'\n')
                    .map(|(i, _)| from + i + 1),
            );
            self.covered = end;
        }
    }

    /// 1-based line and byte column of offset `off` into the data.
    fn line_col(&self, off: usize) -> (usize, usize) {
        let idx = match self.line_starts.binary_search(&off) {
            Ok(i) => i,
            Err(i) => i - 1,
        };
        let col = off - self.line_starts[idx] + 1;
        let col = if idx == 0 { col + self.base } else { col };
        (idx + 1, col)
    }

    fn line(&self, off: usize) -> usize {
        self.line_col(off).0
    }
}

// ---------------------------------------------------------------------------
// 1. go/build's import reader.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ReadErr {
    None,
    Syntax,
    Nul,
}

struct ImportReader<'a> {
    d: &'a [u8],
    pos: usize,
    peek: u8,
    err: ReadErr,
    eof: bool,
    nul_at: usize,
    header_end: usize,
}

fn is_ident_byte(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_' || c >= 0x80
}

impl<'a> ImportReader<'a> {
    fn new(d: &'a [u8]) -> Self {
        ImportReader {
            d,
            pos: 0,
            peek: 0,
            err: ReadErr::None,
            eof: false,
            nul_at: 0,
            header_end: 0,
        }
    }

    fn syntax_error(&mut self) {
        if self.err == ReadErr::None {
            self.err = ReadErr::Syntax;
        }
    }

    fn read_byte(&mut self) -> u8 {
        match self.d.get(self.pos) {
            Some(&c) => {
                self.pos += 1;
                if c == 0 && self.err == ReadErr::None {
                    self.err = ReadErr::Nul;
                    self.nul_at = self.pos - 1;
                }
                c
            }
            None => {
                self.eof = true;
                0
            }
        }
    }

    fn peek_byte(&mut self, skip_space: bool) -> u8 {
        if self.err != ReadErr::None {
            return 0;
        }
        let mut c = self.peek;
        if c == 0 {
            c = self.read_byte();
        }
        while self.err == ReadErr::None && !self.eof {
            if skip_space {
                match c {
                    b' ' | b'\x0c' | b'\t' | b'\r' | b'\n' | b';' => {
                        c = self.read_byte();
                        continue;
                    }
                    b'/' => {
                        c = self.read_byte();
                        if c == b'/' {
                            while c != b'\n' && self.err == ReadErr::None && !self.eof {
                                c = self.read_byte();
                            }
                        } else if c == b'*' {
                            let mut c1 = 0u8;
                            while (c != b'*' || c1 != b'/') && self.err == ReadErr::None {
                                if self.eof {
                                    self.syntax_error();
                                }
                                c = c1;
                                c1 = self.read_byte();
                            }
                        } else {
                            self.syntax_error();
                        }
                        c = self.read_byte();
                        continue;
                    }
                    _ => {}
                }
            }
            break;
        }
        self.peek = c;
        c
    }

    fn next_byte(&mut self, skip_space: bool) -> u8 {
        let c = self.peek_byte(skip_space);
        self.peek = 0;
        c
    }

    fn read_keyword(&mut self, kw: &[u8]) {
        self.peek_byte(true);
        for &k in kw {
            if self.next_byte(false) != k {
                self.syntax_error();
                return;
            }
        }
        if is_ident_byte(self.peek_byte(false)) {
            self.syntax_error();
        }
    }

    fn read_ident(&mut self) {
        let c = self.peek_byte(true);
        if !is_ident_byte(c) {
            self.syntax_error();
            return;
        }
        while is_ident_byte(self.peek_byte(false)) {
            self.peek = 0;
        }
    }

    fn read_string(&mut self) {
        match self.next_byte(true) {
            b'`' => {
                while self.err == ReadErr::None {
                    if self.next_byte(false) == b'`' {
                        break;
                    }
                    if self.eof {
                        self.syntax_error();
                    }
                }
            }
            b'"' => {
                while self.err == ReadErr::None {
                    let c = self.next_byte(false);
                    if c == b'"' {
                        break;
                    }
                    if self.eof || c == b'\n' {
                        self.syntax_error();
                    }
                    if c == b'\\' {
                        self.next_byte(false);
                    }
                }
            }
            _ => self.syntax_error(),
        }
    }

    fn read_import(&mut self) {
        let c = self.peek_byte(true);
        if c == b'.' {
            self.peek = 0;
        } else if is_ident_byte(c) {
            self.read_ident();
        }
        self.read_string();
    }

    fn read_go_info(&mut self) {
        self.read_keyword(b"package");
        self.read_ident();
        while self.peek_byte(true) == b'i' {
            self.read_keyword(b"import");
            if self.peek_byte(true) == b'(' {
                self.next_byte(false);
                while self.peek_byte(true) != b')' && self.err == ReadErr::None {
                    self.read_import();
                }
                self.next_byte(false);
            } else {
                self.read_import();
            }
        }
        self.header_end = self.pos;
        if self.err == ReadErr::None && !self.eof {
            self.header_end = self.pos - 1;
        }
        if self.err == ReadErr::Syntax {
            self.err = ReadErr::None;
            while self.err == ReadErr::None && !self.eof {
                self.read_byte();
            }
            self.header_end = self.pos;
        }
    }
}

// ---------------------------------------------------------------------------
// 2. go/scanner + go/parser (ImportsOnly) over the header.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tok {
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
struct Token {
    tok: Tok,
    start: usize,
    end: usize,
    /// For `Semi`: inserted at a newline or EOF.
    auto: bool,
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

/// Decodes one UTF-8 rune at the start of `b`: `(rune, width)`, with
/// `None` for an invalid encoding (width 1), as `utf8.DecodeRune`.
fn decode_rune(b: &[u8]) -> (Option<char>, usize) {
    let n = match b.first() {
        None => return (None, 0),
        Some(&c) if c < 0x80 => return (Some(c as char), 1),
        Some(&c) if c & 0xe0 == 0xc0 => 2,
        Some(&c) if c & 0xf0 == 0xe0 => 3,
        Some(&c) if c & 0xf8 == 0xf0 => 4,
        Some(_) => return (None, 1),
    };
    if b.len() < n {
        return (None, 1);
    }
    match std::str::from_utf8(&b[..n]) {
        Ok(s) => (s.chars().next(), n),
        Err(_) => (None, 1),
    }
}

/// Decodes the last rune of `b`, as `utf8.DecodeLastRune`.
fn decode_last_rune(b: &[u8]) -> (Option<char>, usize) {
    let len = b.len();
    if len == 0 {
        return (None, 0);
    }
    if b[len - 1] < 0x80 {
        return (Some(b[len - 1] as char), 1);
    }
    let lim = len.saturating_sub(4);
    let mut start = len - 1;
    while start > lim && b[start] & 0xc0 == 0x80 {
        start -= 1;
    }
    let (r, w) = decode_rune(&b[start..]);
    if start + w != len {
        return (None, 1);
    }
    (r, w)
}

/// `bytes.TrimSpace`: trims Unicode white space, decoding runes.
fn trim_space(mut b: &[u8]) -> &[u8] {
    loop {
        match decode_rune(b) {
            (Some(c), w) if c.is_whitespace() => b = &b[w..],
            _ => break,
        }
    }
    loop {
        match decode_last_rune(b) {
            (Some(c), w) if c.is_whitespace() => b = &b[..b.len() - w],
            _ => break,
        }
    }
    b
}

struct Scanner<'a> {
    src: &'a [u8],
    ch: i32,
    offset: usize,
    rd_offset: usize,
    insert_semi: bool,
    error: Option<(usize, String)>,
}

const EOF: i32 = -1;

impl<'a> Scanner<'a> {
    fn new(src: &'a [u8]) -> Self {
        let mut s = Scanner {
            src,
            ch: b' ' as i32,
            offset: 0,
            rd_offset: 0,
            insert_semi: false,
            error: None,
        };
        s.next();
        if s.ch == 0xfeff {
            s.next();
        }
        s
    }

    fn err(&mut self, off: usize, msg: impl Into<String>) {
        if self.error.is_none() {
            self.error = Some((off, msg.into()));
        }
    }

    fn next(&mut self) {
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

    fn peek(&self) -> u8 {
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

    fn scan(&mut self) -> Token {
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

struct Parsed {
    package: Option<(String, usize)>,
    imports: Vec<(String, usize)>,
    error: Option<String>,
}

struct Parser<'a, 'p> {
    sc: Scanner<'a>,
    tok: Token,
    error: Option<(usize, String)>,
    pos: &'p Positions,
}

impl<'a, 'p> Parser<'a, 'p> {
    fn next(&mut self) {
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

fn parse_header(header: &[u8], pos: &Positions) -> Parsed {
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
    };
    p.next();
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

// ---------------------------------------------------------------------------
// 3. The leading comment block (parseFileHeader).

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
fn looks_like_constraint(t: &[u8]) -> bool {
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

fn skip_blanks(b: &[u8]) -> &[u8] {
    let n = b.iter().take_while(|&&c| c == b' ' || c == b'\t').count();
    &b[n..]
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
fn header_lines(header: &[u8], pos: &Positions, out: &mut SourceFile) -> usize {
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

fn find(h: &[u8], n: &[u8]) -> Option<usize> {
    h.windows(n.len()).position(|w| w == n)
}

fn contains(h: &[u8], n: &[u8]) -> bool {
    find(h, n).is_some()
}

// ---------------------------------------------------------------------------
// 4. Comments beyond the leading block: //export and misplaced lines.

struct Comment {
    start: usize,
    start_line: usize,
    end_line: usize,
    export: Option<Export>,
}

/// A light lexer over `d`: comments, strings, runes, words and braces.
fn lex_comments(d: &[u8], region_end: usize, pos: &Positions, out: &mut SourceFile) {
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

#[cfg(test)]
mod tests {
    use super::*;

    fn s(src: &str) -> SourceFile {
        scan(src.as_bytes())
    }

    fn texts(v: &[Line]) -> Vec<(usize, &str)> {
        v.iter().map(|l| (l.line, l.text.as_str())).collect()
    }

    #[test]
    fn basic_package_and_imports() {
        let f = s("// Copyright\n\n//go:build linux\n\npackage foo\n\nimport (\n\t\"fmt\"\n\tx \"os\"\n)\nimport . \"C\"\n\nfunc main() {}\n");
        assert_eq!(f.package, Some(("foo".into(), 5)));
        assert_eq!(
            f.imports,
            vec![("fmt".into(), 8), ("os".into(), 9), ("C".into(), 11)]
        );
        assert_eq!(texts(&f.header_go_build), vec![(3, "//go:build linux")]);
        assert!(f.error.is_none());
        assert!(f.imports_c());
    }

    #[test]
    fn plus_build_needs_blank_line() {
        let f = s("// +build linux\n\npackage p\n");
        assert_eq!(texts(&f.header_plus_build), vec![(1, "// +build linux")]);
        assert!(f.misplaced.is_empty());
        let f = s("// +build linux\npackage p\n");
        assert!(f.header_plus_build.is_empty());
        assert_eq!(texts(&f.misplaced), vec![(1, "// +build linux")]);
        // Doc comment directly above the package clause.
        let f = s("// +build a\n\n// +build b\n// Package p.\npackage p\n");
        assert_eq!(texts(&f.header_plus_build), vec![(1, "// +build a")]);
        assert_eq!(texts(&f.misplaced), vec![(3, "// +build b")]);
    }

    #[test]
    fn go_build_after_block_comment_is_honoured() {
        let f = s("/* hi */\n//go:build linux\n// +build linux\n\npackage p\n");
        assert_eq!(texts(&f.header_go_build), vec![(2, "//go:build linux")]);
        assert!(f.header_plus_build.is_empty());
        assert_eq!(texts(&f.misplaced), vec![(3, "// +build linux")]);
        let f = s("/*\n//go:build linux\n*/\npackage p\n");
        assert!(f.header_go_build.is_empty());
        assert_eq!(texts(&f.misplaced), vec![(2, "//go:build linux")]);
    }

    #[test]
    fn misplaced_forms() {
        let f = s("// go:build linux\n//go: build x\n//go:build ok\n\npackage p\n\n//go:build late\nimport \"fmt\"\n");
        assert_eq!(texts(&f.header_go_build), vec![(3, "//go:build ok")]);
        assert_eq!(
            texts(&f.misplaced),
            vec![
                (1, "// go:build linux"),
                (2, "//go: build x"),
                (7, "//go:build late")
            ]
        );
    }

    #[test]
    fn multiple_go_build() {
        let f = s("//go:build a\n//go:build b\n\npackage p\n");
        assert_eq!(f.header_go_build.len(), 2);
    }

    #[test]
    fn errors() {
        let f = s("hello world\n");
        assert_eq!(f.package, None);
        assert!(
            f.error
                .as_deref()
                .unwrap()
                .contains("expected 'package', found hello"),
            "{:?}",
            f.error
        );
        assert!(!f.read_error);
        let f = s("");
        assert!(f
            .error
            .as_deref()
            .unwrap()
            .contains("expected 'package', found 'EOF'"));
        let f = s("package p\nimport \"x\"\x00\n");
        assert!(f.read_error);
        assert!(f.error.as_deref().unwrap().contains("NUL"));
        // NUL after the imports is not read.
        let f = s("package p\nimport \"x\"\nvar x = 1\x00\n");
        assert!(f.error.is_none(), "{:?}", f.error);
        let f = s("package p\nimport (\"a\" \"b\")\n");
        assert_eq!(f.package, Some(("p".into(), 1)));
        assert!(f.error.is_some());
        let f = s("/* unterminated\npackage p\n");
        assert!(f
            .error
            .as_deref()
            .unwrap()
            .contains("comment not terminated"));
        let f = s("package p\nimport \"a b\"\n");
        assert!(f.error.as_deref().unwrap().contains("invalid import path"));
        let f = s("package 1p\n");
        assert_eq!(f.package, None);
        assert!(f.error.is_some());
        let f = s("package func\n");
        assert!(f.error.is_some());
        let f = s("package p import \"x\"\n");
        assert!(f.error.is_some());
        let f = s("// \u{0}\npackage p\n");
        assert!(f.read_error);
        let f = s("// \x7f ok\npackage p\n");
        assert!(f.error.is_none());
        let f = scan(b"// \xff bad\npackage p\n");
        assert!(
            f.error.as_deref().unwrap().contains("illegal UTF-8"),
            "{:?}",
            f.error
        );
        // Non-UTF-8 after the header is not read.
        let f = scan(b"package p\n\nvar s = \"\xff\"\n");
        assert!(f.error.is_none());
        // Syntax error for the import reader, but not for the parser.
        let f = s("package p\nimportant := 1\n");
        assert!(f.error.is_none(), "{:?}", f.error);
        assert_eq!(f.package, Some(("p".into(), 1)));
        let f = scan(b"\xef\xbb\xbfpackage p\n");
        assert!(f.error.is_none());
        assert_eq!(f.package, Some(("p".into(), 1)));
        let f = s("package p\x0c\n");
        assert!(f.error.is_some());
        let f = s("package p;import \"x\";");
        assert!(f.error.is_none(), "{:?}", f.error);
        assert_eq!(f.imports, vec![("x".into(), 1)]);
        let f = s("package p // c\nimport \"x\" /* c */\nimport \"y\"");
        assert!(f.error.is_none(), "{:?}", f.error);
        assert_eq!(f.imports.len(), 2);
        let f = s("package p\nimport \"\\q\"\n");
        assert!(f.error.is_some());
    }

    #[test]
    fn exports_in_cgo_files() {
        let src = "package p\n\n// #include <stdio.h>\n//export NotAnExport\nimport \"C\"\n\n//export Foo\nfunc Foo() {}\n\n// Doc.\n//export Bar\n// more\nfunc (r *T) Bar() {\n\t//export Inner\n\tf := func() {}\n}\n\n//export Lonely\n\nfunc Baz() {}\n\nvar s = `\n//export InString\n`\n//export\nfunc Q() {}\n//export   \nfunc R() {}\n";
        let f = s(src);
        let got: Vec<_> = f
            .exports
            .iter()
            .map(|e| (e.line, e.name.as_deref(), e.func.as_deref()))
            .collect();
        assert_eq!(
            got,
            vec![
                (4, Some("NotAnExport"), None),
                (7, Some("Foo"), Some("Foo")),
                (11, Some("Bar"), Some("Bar")),
                (14, Some("Inner"), None),
                (18, Some("Lonely"), None),
                (25, None, Some("Q")),
                (27, None, Some("R")),
            ]
        );
        // Not a cgo file: the body is not read.
        let f = s("package p\n\n//export Foo\nfunc Foo() {}\n");
        assert!(f.exports.is_empty());
    }

    #[test]
    fn misplaced_in_body_of_cgo_file() {
        let f = s("package p\nimport \"C\"\n\nfunc f() {}\n// +build linux\n/*\n//go:build x\n*/\nvar s = \"//go:build no\"\n");
        assert_eq!(
            texts(&f.misplaced),
            vec![(5, "// +build linux"), (7, "//go:build x")]
        );
    }

    #[test]
    fn never_panics_on_garbage() {
        let mut seed = 12345u64;
        for n in 0..2000 {
            let mut v = Vec::new();
            for _ in 0..(n % 97) {
                seed = seed
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                let pick = (seed >> 33) as usize;
                let pieces: [&[u8]; 16] = [
                    b"package ",
                    b"import ",
                    b"\"",
                    b"`",
                    b"/*",
                    b"*/",
                    b"//",
                    b"\n",
                    b"(",
                    b")",
                    b"x",
                    b"\x00",
                    b"\xff",
                    b"'",
                    b"\\",
                    b"//go:build a\n",
                ];
                v.extend_from_slice(pieces[pick % pieces.len()]);
            }
            let _ = scan(&v);
        }
    }

    #[test]
    fn large_file_is_linear() {
        let mut v = b"package p\nimport \"C\"\n".to_vec();
        for _ in 0..200_000 {
            v.extend_from_slice(b"// comment line\nfunc f() { x := \"s\" }\n");
        }
        let t = std::time::Instant::now();
        let f = scan(&v);
        assert!(f.error.is_none());
        assert!(t.elapsed().as_secs() < 10);
        let mut v = b"/*".to_vec();
        v.extend(std::iter::repeat_n(b'*', 1_000_000));
        let f = scan(&v);
        assert!(f.error.is_some());
    }
}
