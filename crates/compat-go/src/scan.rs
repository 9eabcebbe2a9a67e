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
//!
//! One module per step: `reader` (1), `lexer` and `parser` (2), `header`
//! (3), `comments` (the rest of the file); `text` holds the byte-level
//! helpers they share. This module keeps the results ([`SourceFile`]) and
//! the line/column arithmetic.

mod comments;
mod header;
mod lexer;
mod parser;
mod reader;
mod text;

use comments::lex_comments;
use header::header_lines;
use parser::parse_header;
use reader::{ImportReader, ReadErr};

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
    /// The `//go:` comments above the package clause, which go/build
    /// collects as the file's directives (`//go:debug` among them): the
    /// comment's text without carriage returns, at the column of its `//`.
    /// Empty when the package clause did not parse.
    pub directives: Vec<Line>,
    /// `//go:debug` comments at or after the package clause, which the go
    /// command ignores (and vet reports): complete only for a file lexed
    /// whole ([`scan_whole`], or a file importing `"C"`), else those up to
    /// the end of the imports.
    pub late_debug: Vec<Line>,
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
        out.directives = parsed.directives;
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
    fn directives_above_the_package_clause() {
        let f = s("// Copyright\r\n//go:debug panicnil=1\r\n/* //go:debug x=1 */\n\n//go:debug  tlsrsakex=0 // why\n//go:build linux\npackage main //go:debug late=1\n\n//go:debug after=1\nimport \"C\"\n\n/*\n//go:debug hidden=1\n*/\n\tvar s = `\n//go:debug str=1`\n//go:debugger\n//go:debug\tx=2\n");
        let got: Vec<(usize, usize, &str)> = f
            .directives
            .iter()
            .map(|l| (l.line, l.col, l.text.as_str()))
            .collect();
        assert_eq!(
            got,
            vec![
                (2, 1, "//go:debug panicnil=1"),
                (5, 1, "//go:debug  tlsrsakex=0 // why"),
                (6, 1, "//go:build linux"),
            ]
        );
        // A cgo file is lexed whole: the //go:debug lines after the clause.
        let late: Vec<(usize, &str)> = f
            .late_debug
            .iter()
            .map(|l| (l.line, l.text.as_str()))
            .collect();
        assert_eq!(
            late,
            vec![
                (7, "//go:debug late=1"),
                (9, "//go:debug after=1"),
                (18, "//go:debug\tx=2")
            ]
        );
        // No package clause, no directives.
        assert!(s("//go:debug panicnil=1\nfunc f() {}\n")
            .directives
            .is_empty());
        let f = scan(b"\xef\xbb\xbf//go:debug a=1\npackage p\n");
        assert_eq!((f.directives[0].line, f.directives[0].col), (1, 4));
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
