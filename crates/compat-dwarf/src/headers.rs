//! `--public-headers DIR`: which types consumers can see.
//!
//! A type is public when its `DW_AT_decl_file` is
//! - under `DIR`, or
//! - a copy of a file under `DIR`: the path, from a directory named like
//!   `DIR` down, names a file that exists under `DIR` (headers installed or
//!   copied elsewhere than where the library was built: a DWARF path
//!   `/build/include/openssl/evp.h` matches `DIR=/usr/include/openssl`, while
//!   the private `/build/include/crypto/evp.h` does not), or
//! - a source file (not a header: `.c`, `.cc`, `.cpp`, ...) while `DIR`'s
//!   headers define a type of that name. Amalgamated libraries paste their
//!   public header into one source file (SQLite's `sqlite3.c` embeds
//!   `sqlite3.h`), so DWARF names the source file for every type.
//!
//! The definitions are found by a lexical scan of the headers: comments,
//! strings and preprocessor lines are skipped; `struct|union|enum|class NAME`
//! followed by a body (or a base clause) defines `NAME`, and so do the
//! declarators of a `typedef` and `using NAME =`. A forward declaration
//! (`struct evp_pkey_st;`, `typedef struct evp_pkey_st EVP_PKEY;` for the
//! struct) defines nothing, so opaque types stay private.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use compat_fs::{FileKind, FsError, Limit};

use crate::error::DwarfError;
use crate::load::{absolute, normalize};

/// The header files under a directory and the types they define.
#[derive(Debug, Clone)]
pub struct PublicHeaders {
    dir: PathBuf,
    /// Paths of the files under `dir`, relative to it.
    files: HashSet<PathBuf>,
    /// `struct NAME`, `union NAME`, `enum NAME`, `typedef NAME` defined in them.
    defined: HashSet<String>,
}

/// At most this many files are scanned (a mistaken `DIR=/`).
const MAX_FILES: usize = 20_000;
/// Files larger than this are not scanned for definitions.
const MAX_FILE_BYTES: u64 = 16 << 20;

impl PublicHeaders {
    /// Lists and scans the headers under `dir`. An error when `dir` is not a
    /// readable directory.
    pub fn open(dir: &Path) -> Result<PublicHeaders, DwarfError> {
        let meta = std::fs::metadata(dir).map_err(|e| DwarfError::Headers {
            path: dir.into(),
            reason: e.to_string(),
        })?;
        if !meta.is_dir() {
            return Err(DwarfError::Headers {
                path: dir.into(),
                reason: format!("is {}, not a directory", FileKind::of(&meta)),
            });
        }
        let root = dir.canonicalize().unwrap_or_else(|_| absolute(dir));
        let mut out = PublicHeaders {
            dir: root.clone(),
            files: HashSet::new(),
            defined: HashSet::new(),
        };
        let mut stack = vec![root.clone()];
        while let Some(d) = stack.pop() {
            let Ok(entries) = std::fs::read_dir(&d) else {
                continue;
            };
            for e in entries.flatten() {
                if out.files.len() >= MAX_FILES {
                    return Ok(out);
                }
                let p = e.path();
                let Ok(ft) = e.file_type() else { continue };
                if ft.is_dir() {
                    stack.push(p);
                } else if let Ok(rel) = p.strip_prefix(&root) {
                    // What the entry is, links followed: a link to a
                    // directory is not walked, a dangling link is no file,
                    // and a FIFO, a device or a socket (a link to /dev/zero)
                    // is refused by name rather than read.
                    let Ok(meta) = std::fs::metadata(&p) else {
                        continue;
                    };
                    match FileKind::of(&meta) {
                        FileKind::Regular => {}
                        FileKind::Directory => continue,
                        kind => {
                            return Err(DwarfError::HeaderFile {
                                path: p,
                                reason: format!("is {kind}"),
                            })
                        }
                    }
                    out.files.insert(rel.to_path_buf());
                    if meta.len() <= MAX_FILE_BYTES {
                        // Mapped, not read: its pages go back to the system
                        // when the scan is done (a 650 kB sqlite3.h would
                        // otherwise linger in the allocator).
                        match compat_fs::map(&p, Limit::Header) {
                            // Borrowed when the file is UTF-8 (no copy).
                            Ok(m) => scan(&String::from_utf8_lossy(m.bytes()), &mut out.defined),
                            Err(e @ FsError::NotRegular { .. }) => {
                                return Err(DwarfError::HeaderFile {
                                    path: p,
                                    reason: e.reason(),
                                })
                            }
                            // Unreadable (permissions, removed meanwhile): listed, not scanned.
                            Err(_) => {}
                        }
                    }
                }
            }
        }
        Ok(out)
    }

    /// The directory, canonical.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Whether the type `key` (`struct ns::name`, `typedef name`, ...)
    /// declared in `decl_file` is public (see the module documentation).
    pub fn is_public(&self, decl_file: &Path, key: &str) -> bool {
        let decl = normalize(decl_file);
        if decl.starts_with(&self.dir) {
            return true;
        }
        if let Some(name) = self.dir.file_name() {
            let mut anc = decl.parent();
            while let Some(a) = anc {
                if a.file_name() == Some(name) {
                    if let Ok(rel) = decl.strip_prefix(a) {
                        if self.files.contains(rel) {
                            return true;
                        }
                    }
                }
                anc = a.parent();
            }
        }
        if is_source(&decl) {
            return self.defined.contains(&unqualified(key));
        }
        false
    }
}

/// `.c`, `.cc`, `.cpp`, `.cxx`, `.c++`, `.C`: not a header.
fn is_source(p: &Path) -> bool {
    matches!(
        p.extension().and_then(|e| e.to_str()),
        Some("c" | "cc" | "cpp" | "cxx" | "c++" | "C")
    )
}

/// `struct ns::Widget` → `struct Widget` (the scan does not track namespaces).
fn unqualified(key: &str) -> String {
    match key.split_once(' ') {
        Some((kind, name)) => {
            let last = name.rsplit("::").next().unwrap_or(name);
            format!("{kind} {last}")
        }
        None => key.to_owned(),
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tok<'a> {
    Ident(&'a str),
    Punct(u8),
}

/// Tokens of C/C++ source, without comments, literals and preprocessor lines,
/// one at a time (a header is never held as a token list).
struct Lexer<'a> {
    src: &'a str,
    i: usize,
    line_start: bool,
}

impl<'a> Lexer<'a> {
    fn new(src: &'a str) -> Lexer<'a> {
        Lexer {
            src,
            i: 0,
            line_start: true,
        }
    }
}

impl<'a> Iterator for Lexer<'a> {
    type Item = Tok<'a>;

    fn next(&mut self) -> Option<Tok<'a>> {
        let src = self.src;
        let b = src.as_bytes();
        let mut i = self.i;
        let mut line_start = self.line_start;
        let tok = loop {
            if i >= b.len() {
                break None;
            }
            let c = b[i];
            if c == b'\n' {
                line_start = true;
                i += 1;
                continue;
            }
            if c.is_ascii_whitespace() {
                i += 1;
                continue;
            }
            if line_start && c == b'#' {
                // A preprocessor line, with its continuations.
                while i < b.len() && b[i] != b'\n' {
                    if b[i] == b'\\' && i + 1 < b.len() && b[i + 1] == b'\n' {
                        i += 1;
                    } else if b[i] == b'/' && b.get(i + 1) == Some(&b'*') {
                        i = src[i + 2..].find("*/").map_or(b.len(), |e| i + 2 + e + 2);
                        continue;
                    }
                    i += 1;
                }
                continue;
            }
            line_start = false;
            if c == b'/' && b.get(i + 1) == Some(&b'/') {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
            } else if c == b'/' && b.get(i + 1) == Some(&b'*') {
                i = src[i + 2..].find("*/").map_or(b.len(), |e| i + 2 + e + 2);
            } else if c == b'"' || c == b'\'' {
                i += 1;
                while i < b.len() && b[i] != c && b[i] != b'\n' {
                    if b[i] == b'\\' {
                        i += 1;
                    }
                    i += 1;
                }
                i += 1;
            } else if c.is_ascii_alphabetic() || c == b'_' {
                let s = i;
                while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'_') {
                    i += 1;
                }
                break Some(Tok::Ident(&src[s..i]));
            } else if c.is_ascii_digit() {
                while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'.') {
                    i += 1;
                }
            } else {
                i += 1;
                break Some(Tok::Punct(c));
            }
        };
        self.i = i.min(b.len());
        self.line_start = line_start;
        tok
    }
}

/// Calls `f` with each top-level statement of `src` (up to a `;` outside
/// braces; the braces of `extern "C" { ... }` and `namespace N { ... }` do
/// not count, so a header wrapped in them is still cut into statements).
fn statements(src: &str, mut f: impl FnMut(&[Tok<'_>])) {
    let mut buf: Vec<Tok<'_>> = Vec::new();
    // Open braces: true for a transparent one (extern "C", namespace).
    let mut open: Vec<bool> = Vec::new();
    let mut opaque = 0usize;
    for tok in Lexer::new(src) {
        match tok {
            Tok::Punct(b'{') => {
                let transparent = matches!(
                    buf.as_slice(),
                    [Tok::Ident("extern")]
                        | [Tok::Ident("namespace")]
                        | [Tok::Ident("namespace"), Tok::Ident(_)]
                );
                open.push(transparent);
                if transparent {
                    buf.clear();
                } else {
                    opaque += 1;
                    buf.push(tok);
                }
            }
            Tok::Punct(b'}') => match open.pop() {
                Some(true) => {
                    f(&buf);
                    buf.clear();
                }
                Some(false) => {
                    opaque -= 1;
                    buf.push(tok);
                }
                None => buf.push(tok),
            },
            Tok::Punct(b';') if opaque == 0 => {
                buf.push(tok);
                f(&buf);
                buf.clear();
            }
            _ => buf.push(tok),
        }
    }
    f(&buf);
}

/// Attribute-like identifiers that are not names (`__attribute__((...))`).
fn is_attribute(s: &str) -> bool {
    s.starts_with("__attribute")
        || s.starts_with("__declspec")
        || s.starts_with("__asm")
        || s == "alignas"
        || s == "_Alignas"
}

/// Adds the types `src` defines to `out`.
fn scan(src: &str, out: &mut HashSet<String>) {
    statements(src, |t| scan_statement(t, out));
}

/// Adds the types one statement defines to `out`.
fn scan_statement(t: &[Tok<'_>], out: &mut HashSet<String>) {
    let mut i = 0;
    while i < t.len() {
        match t[i] {
            Tok::Ident(kw @ ("struct" | "union" | "enum" | "class")) => {
                let kind = if kw == "class" { "struct" } else { kw };
                let mut j = i + 1;
                // `enum class NAME`, attributes before the name.
                while j < t.len() {
                    match t[j] {
                        Tok::Ident("class" | "struct") if kw == "enum" => j += 1,
                        Tok::Ident(a) if is_attribute(a) => j = skip_parens(t, j + 1),
                        _ => break,
                    }
                }
                if let Some(Tok::Ident(name)) = t.get(j) {
                    let mut k = j + 1;
                    while let Some(Tok::Ident(a)) = t.get(k) {
                        if !is_attribute(a) && *a != "final" {
                            break;
                        }
                        k = skip_parens(t, k + 1);
                    }
                    if matches!(t.get(k), Some(Tok::Punct(b'{' | b':'))) {
                        // `: base` / `: underlying` must reach a body before `;`.
                        let body = t[k..]
                            .iter()
                            .position(|x| matches!(x, Tok::Punct(b'{' | b';' | b'(' | b')')));
                        if body.is_some_and(|p| t[k + p] == Tok::Punct(b'{')) {
                            out.insert(format!("{kind} {name}"));
                        }
                    }
                }
                // Past `enum class`, so `class` is not read again as a tag.
                i = j.max(i + 1);
            }
            Tok::Ident("typedef") => {
                let end = statement_end(t, i + 1);
                typedef_names(&t[i + 1..end], out);
                // Bodies inside the typedef still define their tags.
                i += 1;
            }
            Tok::Ident("using") => {
                if let (Some(Tok::Ident(name)), Some(Tok::Punct(b'='))) =
                    (t.get(i + 1), t.get(i + 2))
                {
                    out.insert(format!("typedef {name}"));
                }
                i += 1;
            }
            _ => i += 1,
        }
    }
}

/// Skips a parenthesized group starting at `j` (if any); returns the index after it.
fn skip_parens(t: &[Tok<'_>], j: usize) -> usize {
    if t.get(j) != Some(&Tok::Punct(b'(')) {
        return j;
    }
    let mut depth = 0usize;
    let mut k = j;
    while k < t.len() {
        match t[k] {
            Tok::Punct(b'(') => depth += 1,
            Tok::Punct(b')') => {
                depth -= 1;
                if depth == 0 {
                    return k + 1;
                }
            }
            _ => {}
        }
        k += 1;
    }
    k
}

/// The index of the `;` ending the statement that starts at `i` (outside
/// braces and parentheses), or the end.
fn statement_end(t: &[Tok<'_>], i: usize) -> usize {
    let mut depth = 0isize;
    for (k, tok) in t.iter().enumerate().skip(i) {
        match tok {
            Tok::Punct(b'{' | b'(' | b'[') => depth += 1,
            Tok::Punct(b'}' | b')' | b']') => depth -= 1,
            Tok::Punct(b';') if depth <= 0 => return k,
            _ => {}
        }
    }
    t.len()
}

/// The names a typedef declares: per top-level declarator, the name inside
/// `(*NAME)` (function pointers), else the last identifier outside brackets.
fn typedef_names(t: &[Tok<'_>], out: &mut HashSet<String>) {
    let mut depth = 0isize;
    let mut seg_start = 0;
    let mut segments = Vec::new();
    for (k, tok) in t.iter().enumerate() {
        match tok {
            Tok::Punct(b'{' | b'(' | b'[') => depth += 1,
            Tok::Punct(b'}' | b')' | b']') => depth -= 1,
            Tok::Punct(b',') if depth == 0 => {
                segments.push(&t[seg_start..k]);
                seg_start = k + 1;
            }
            _ => {}
        }
    }
    segments.push(&t[seg_start..]);
    for seg in segments {
        // `( * NAME )` or `( ^ NAME )` or `( & NAME )`.
        let pointer_name = seg.windows(3).find_map(|w| match w {
            [Tok::Punct(b'('), Tok::Punct(b'*' | b'^' | b'&'), Tok::Ident(n)]
                if !is_attribute(n) =>
            {
                Some(*n)
            }
            _ => None,
        });
        let name = pointer_name.or_else(|| {
            let mut depth = 0isize;
            let mut last = None;
            let mut skip_attr = false;
            for tok in seg {
                match tok {
                    Tok::Punct(b'{' | b'(' | b'[') => depth += 1,
                    Tok::Punct(b'}' | b')' | b']') => {
                        depth -= 1;
                        if depth == 0 {
                            skip_attr = false;
                        }
                    }
                    Tok::Ident(n) if depth == 0 && !skip_attr => {
                        if is_attribute(n) {
                            skip_attr = true;
                        } else {
                            last = Some(*n);
                        }
                    }
                    _ => {}
                }
            }
            last
        });
        if let Some(n) = name {
            out.insert(format!("typedef {n}"));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn defined(src: &str) -> Vec<String> {
        let mut out = HashSet::new();
        scan(src, &mut out);
        let mut v: Vec<String> = out.into_iter().collect();
        v.sort();
        v
    }

    #[test]
    fn definitions_not_declarations() {
        let src = r#"
#define X struct fake { int a; }
/* struct commented { int a; }; */
struct fwd;
typedef struct evp_pkey_st EVP_PKEY;
struct point { int x, y; };
typedef struct { int a; } anon_t, *anon_p;
typedef int (*cb_t)(const char *, ...);
typedef unsigned long size_type __attribute__((aligned(8)));
typedef int arr_t[4];
enum color { RED };
enum class Mode : short { A };
union u { int i; };
class Widget : public Base { int x; };
struct S final { int y; };
using Alias = int;
int f(struct point *p);
const char *s = "struct nope { int z; }";
"#;
        assert_eq!(
            defined(src),
            [
                "enum Mode",
                "enum color",
                "struct S",
                "struct Widget",
                "struct point",
                "typedef Alias",
                "typedef EVP_PKEY",
                "typedef anon_p",
                "typedef anon_t",
                "typedef arr_t",
                "typedef cb_t",
                "typedef size_type",
                "union u",
            ]
        );
    }

    /// Statements inside `extern "C" { }` and namespaces, after inline
    /// function bodies and `for (;;)`, are still found.
    #[test]
    fn wrapped_headers_and_function_bodies() {
        let src = r#"
#ifdef __cplusplus
extern "C" {
#endif
static inline int f(int x) { for (;;) { if (x) return x; } }
struct after_inline { int a; };
typedef struct after_inline after_t;
namespace ns { namespace { struct in_ns { int b; }; } class K { int c; }; }
#ifdef __cplusplus
}
#endif
enum tail { T };
"#;
        assert_eq!(
            defined(src),
            [
                "enum tail",
                "struct K",
                "struct after_inline",
                "struct in_ns",
                "typedef after_t",
            ]
        );
        let mut n = 0;
        statements(src, |_| n += 1);
        assert!(n >= 5, "cut into statements, not one: {n}");
    }

    #[test]
    fn qualified_keys_match_unqualified_definitions() {
        assert_eq!(unqualified("struct ns::inner::W"), "struct W");
        assert_eq!(unqualified("typedef T"), "typedef T");
    }
}
