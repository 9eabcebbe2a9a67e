//! The top level of a Go file as a light lexer sees it, before any parse:
//! the brace-delimited regions at the top level (function bodies, function
//! literal and composite literal bodies of package-level declarations), the
//! function or method each body belongs to, and the top-level comments.
//!
//! It knows comments, interpreted and raw strings, runes, words and
//! brackets, so a brace inside a string or comment is not taken for one of
//! the text's. It does not check the text is Go: on broken text the regions
//! are still a partition a parser may skip parts of (see
//! [`parse_parts`](super::parse_parts)). `struct { ... }` and
//! `interface { ... }` bodies at the top level are types, not regions: a
//! declaration's type is always kept.

use std::ops::Range;

/// What a region at the top level is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Region {
    /// The offset of its `{`.
    pub open: usize,
    /// The offset of its `}` (the text's length when it is never closed).
    pub close: usize,
    /// Its `for` statements, in the order of their keywords.
    pub loops: Vec<Loop>,
    /// The function or method whose body it is (`None`: a literal's body).
    pub func: Option<FuncHead>,
}

impl Region {
    /// The text between the braces.
    pub fn inside(&self) -> Range<usize> {
        (self.open + 1).min(self.close)..self.close
    }
}

/// A `for` statement.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Loop {
    /// From the keyword to one past the body's `}` (see [`loop_end`]).
    pub range: Range<usize>,
    /// From the keyword to the body's `{`: the loop's clause.
    pub clause: Range<usize>,
}

/// The head of a top-level function or method declaration.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FuncHead {
    /// Where its name is.
    pub name: Range<usize>,
    /// Declared with a receiver.
    pub method: bool,
    /// The receiver is a pointer (a `*` in the receiver list).
    pub pointer_receiver: bool,
}

/// What a top-level declaration declares.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DeclKind {
    /// The package clause.
    Package,
    /// An import declaration.
    Import,
    /// A function or method.
    Func,
    /// Types.
    Type,
    /// Variables.
    Var,
    /// Constants.
    Const,
}

/// A top-level declaration.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decl {
    /// What it declares.
    pub kind: DeclKind,
    /// From its keyword to the next declaration's (or the end of the text).
    pub range: Range<usize>,
    /// The names it declares (every spec's, in a block; a superset on text
    /// that is not Go).
    pub names: Vec<Range<usize>>,
    /// Its regions, as indices into [`TopLevel::regions`].
    pub regions: Range<usize>,
}

/// A file's top level.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct TopLevel {
    /// The regions, in source order, never overlapping.
    pub regions: Vec<Region>,
    /// The declarations, in source order, never overlapping.
    pub decls: Vec<Decl>,
    /// The comments outside every region and type body, in source order.
    pub comments: Vec<Range<usize>>,
}

/// A token of the light lexer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tok {
    /// An identifier or keyword.
    Word,
    /// A `//` or `/* */` comment.
    Comment,
    /// A string, raw string, rune or number literal.
    Literal,
    /// A newline (Go inserts semicolons at some).
    Newline,
    /// Any other byte (operators, brackets, `;`).
    Punct(u8),
}

/// The tokens of `text[range]`, as (kind, byte range) pairs.
pub fn tokens(text: &[u8], range: Range<usize>) -> impl Iterator<Item = (Tok, Range<usize>)> + '_ {
    let end = range.end.min(text.len());
    let mut i = range.start.min(end);
    std::iter::from_fn(move || {
        // Spaces other than newlines separate tokens.
        while i < end && matches!(text[i], b' ' | b'\t' | b'\r') {
            i += 1;
        }
        if i >= end {
            return None;
        }
        let start = i;
        let c = text[i];
        let tok = match c {
            b'\n' => {
                i += 1;
                Tok::Newline
            }
            b'/' if text.get(i + 1) == Some(&b'/') => {
                i = memchr(b'\n', &text[i..end]).map_or(end, |n| i + n);
                Tok::Comment
            }
            b'/' if text.get(i + 1) == Some(&b'*') => {
                i = find(b"*/", &text[i + 2..end]).map_or(end, |n| i + 2 + n + 2);
                Tok::Comment
            }
            b'"' | b'\'' => {
                i += 1;
                while i < end && text[i] != c && text[i] != b'\n' {
                    i += if text[i] == b'\\' { 2 } else { 1 };
                }
                i = (i + 1).min(end);
                Tok::Literal
            }
            b'`' => {
                i = memchr(b'`', &text[i + 1..end]).map_or(end, |n| i + 1 + n + 1);
                Tok::Literal
            }
            b'0'..=b'9' => {
                while i < end && (is_word_byte(text[i]) || text[i] == b'.') {
                    i += 1;
                }
                Tok::Literal
            }
            _ if is_word_byte(c) => {
                while i < end && is_word_byte(text[i]) {
                    i += 1;
                }
                Tok::Word
            }
            _ => {
                i += 1;
                Tok::Punct(c)
            }
        };
        Some((tok, start..i))
    })
}

/// A byte of an identifier (any non-ASCII byte counts: Go letters).
fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_' || b >= 0x80
}

fn memchr(needle: u8, hay: &[u8]) -> Option<usize> {
    hay.iter().position(|&b| b == needle)
}

fn find(needle: &[u8], hay: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// Where a `func` keyword at the top level stands in a declaration.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Head {
    /// Not in a function declaration's head.
    None,
    /// Right after `func`.
    Func,
    /// Inside the receiver list, `star` once a `*` is seen.
    Receiver { parens: u32, star: bool },
    /// After the receiver list, before the name.
    AfterReceiver { star: bool },
    /// After the name: the signature, up to the body's `{`.
    Named,
}

/// Reads `text`'s top level.
pub fn top_level(text: &[u8]) -> TopLevel {
    let mut out = TopLevel::default();
    let mut toks = tokens(text, 0..text.len());
    // Brackets `(` and `[` open at the top level (outside regions).
    let mut parens = 0u32;
    // Braces of type bodies open at the top level.
    let mut type_braces = 0u32;
    let mut prev: Option<(Tok, &[u8])> = None;
    // Whether a newline came after `prev` (a declaration may start).
    let mut line_break = true;
    let mut head = Head::None;
    let mut pending: Option<FuncHead> = None;
    // The names of a var, const or type declaration: expected next, after
    // a comma, or (in a block) at each spec's start.
    let mut want_name = false;
    let mut block = false;
    let mut names_open = false;
    let mut after_name = false;
    while let Some((tok, r)) = toks.next() {
        let word = &text[r.clone()];
        if block
            && parens == 1
            && type_braces == 0
            && matches!(tok, Tok::Newline | Tok::Punct(b';'))
        {
            want_name = true;
        }
        match tok {
            Tok::Newline => {
                line_break = true;
                continue;
            }
            Tok::Comment => {
                if type_braces == 0 {
                    out.comments.push(r);
                }
                continue;
            }
            _ => {}
        }
        let starts_decl = prev.is_none()
            || (line_break && ends_statement(prev))
            || prev.is_some_and(|(t, _)| t == Tok::Punct(b';'));
        line_break = false;
        if type_braces > 0 {
            match tok {
                Tok::Punct(b'{') => type_braces += 1,
                Tok::Punct(b'}') => type_braces -= 1,
                _ => {}
            }
            prev = Some((tok, word));
            continue;
        }
        let keyword = match word {
            b"package" => Some(DeclKind::Package),
            b"import" => Some(DeclKind::Import),
            b"func" => Some(DeclKind::Func),
            b"type" => Some(DeclKind::Type),
            b"var" => Some(DeclKind::Var),
            b"const" => Some(DeclKind::Const),
            _ => None,
        };
        if let (Some(kind), true, 0, Tok::Word) = (keyword, starts_decl, parens, tok) {
            if let Some(last) = out.decls.last_mut() {
                last.range.end = r.start;
                last.regions.end = out.regions.len();
            }
            out.decls.push(Decl {
                kind,
                range: r.start..text.len(),
                names: Vec::new(),
                regions: out.regions.len()..out.regions.len(),
            });
            names_open = matches!(kind, DeclKind::Type | DeclKind::Var | DeclKind::Const);
            want_name = names_open;
            block = false;
            head = if kind == DeclKind::Func {
                Head::Func
            } else {
                Head::None
            };
            pending = None;
            prev = Some((tok, word));
            continue;
        }
        if names_open {
            let named = after_name;
            after_name = false;
            match tok {
                Tok::Punct(b'(') if want_name && !block && parens == 0 => block = true,
                Tok::Word if want_name => {
                    if let Some(d) = out.decls.last_mut() {
                        d.names.push(r.clone());
                    }
                    want_name = false;
                    after_name = true;
                }
                Tok::Punct(b',') if named => want_name = true,
                _ => want_name = false,
            }
            if block && parens == 1 && tok == Tok::Punct(b')') {
                names_open = false;
            }
        }
        match (tok, head) {
            (Tok::Punct(b'('), Head::Func) => {
                head = Head::Receiver {
                    parens: 1,
                    star: false,
                }
            }
            (Tok::Word, Head::Func) => {
                if let Some(d) = out.decls.last_mut() {
                    d.names.push(r.clone());
                }
                pending = Some(FuncHead {
                    name: r.clone(),
                    method: false,
                    pointer_receiver: false,
                });
                head = Head::Named;
            }
            (Tok::Punct(b'('), Head::Receiver { parens: p, star }) => {
                head = Head::Receiver {
                    parens: p + 1,
                    star,
                }
            }
            (Tok::Punct(b'*'), Head::Receiver { parens: p, .. }) => {
                head = Head::Receiver {
                    parens: p,
                    star: true,
                }
            }
            (Tok::Punct(b')'), Head::Receiver { parens: p, star }) => {
                head = if p == 1 {
                    Head::AfterReceiver { star }
                } else {
                    Head::Receiver {
                        parens: p - 1,
                        star,
                    }
                }
            }
            (Tok::Word, Head::AfterReceiver { star }) => {
                if let Some(d) = out.decls.last_mut() {
                    d.names.push(r.clone());
                }
                pending = Some(FuncHead {
                    name: r.clone(),
                    method: true,
                    pointer_receiver: star,
                });
                head = Head::Named;
            }
            // A function literal or type (`func(x int) {`): no name.
            (Tok::Punct(b'('), Head::AfterReceiver { .. }) => head = Head::None,
            _ => {}
        }
        match tok {
            Tok::Punct(b'(' | b'[') if !matches!(head, Head::Receiver { .. }) => parens += 1,
            Tok::Punct(b')' | b']') if !matches!(head, Head::Receiver { .. }) => {
                parens = parens.saturating_sub(1)
            }
            Tok::Punct(b'{') => {
                if prev
                    .is_some_and(|(t, w)| t == Tok::Word && (w == b"struct" || w == b"interface"))
                {
                    type_braces = 1;
                } else {
                    let func = if parens == 0 && head == Head::Named {
                        pending.take()
                    } else {
                        None
                    };
                    if parens == 0 {
                        head = Head::None;
                    }
                    let (close, loops) = region_end(text, r.start);
                    out.regions.push(Region {
                        open: r.start,
                        close,
                        loops,
                        func,
                    });
                    // Resume after the region.
                    toks = tokens(text, (close + 1).min(text.len())..text.len());
                    prev = Some((Tok::Punct(b'}'), b"}"));
                    continue;
                }
            }
            _ => {}
        }
        prev = Some((tok, word));
    }
    if let Some(last) = out.decls.last_mut() {
        last.regions.end = out.regions.len();
    }
    out
}

/// Whether Go inserts a semicolon after `prev` at a newline.
fn ends_statement(prev: Option<(Tok, &[u8])>) -> bool {
    match prev {
        None => true,
        // An identifier, or one of the keywords after which Go inserts one.
        Some((Tok::Word, w)) => !matches!(
            w,
            b"case"
                | b"chan"
                | b"const"
                | b"default"
                | b"defer"
                | b"else"
                | b"for"
                | b"func"
                | b"go"
                | b"goto"
                | b"if"
                | b"import"
                | b"interface"
                | b"map"
                | b"package"
                | b"range"
                | b"select"
                | b"struct"
                | b"switch"
                | b"type"
                | b"var"
        ),
        Some((Tok::Literal, _)) => true,
        Some((Tok::Punct(c), _)) => matches!(c, b')' | b']' | b'}'),
        Some(_) => false,
    }
}

/// The `}` closing the `{` at `open`, and the `for` statements between.
fn region_end(text: &[u8], open: usize) -> (usize, Vec<Loop>) {
    let mut depth = 0u32;
    let mut loops = Vec::new();
    let mut open_loops: Vec<OpenLoop> = Vec::new();
    for (tok, r) in tokens(text, open..text.len()) {
        open_loops.retain_mut(|l| match l.feed(tok, &r) {
            Some(end) => {
                loops.push(l.finish(end));
                false
            }
            None => true,
        });
        match tok {
            Tok::Punct(b'{') => depth += 1,
            Tok::Punct(b'}') => {
                depth -= 1;
                if depth == 0 {
                    loops.extend(open_loops.iter().map(|l| l.finish(r.start)));
                    loops.sort_by_key(|l| l.range.start);
                    return (r.start, loops);
                }
            }
            Tok::Word if &text[r.clone()] == b"for" => open_loops.push(OpenLoop::new(r.start)),
            _ => {}
        }
    }
    loops.extend(open_loops.iter().map(|l| l.finish(text.len())));
    loops.sort_by_key(|l| l.range.start);
    (text.len(), loops)
}

/// A `for` statement whose end is not yet seen: the body is the first
/// brace block after the keyword that a statement end follows (a newline,
/// `;`, `}`); a composite literal in the loop's clause (`range []int{1, 2}
/// {`) is followed by more of the clause.
struct OpenLoop {
    start: usize,
    depth: u32,
    closed: bool,
    /// The `{` of the last brace block opened at the loop's level: the
    /// body's once the loop ends.
    body: Option<usize>,
}

impl OpenLoop {
    fn new(start: usize) -> OpenLoop {
        OpenLoop {
            start,
            depth: 0,
            closed: false,
            body: None,
        }
    }

    /// The loop, ended at `end`.
    fn finish(&self, end: usize) -> Loop {
        Loop {
            range: self.start..end,
            clause: self.start..self.body.unwrap_or(end),
        }
    }

    /// Takes the next token; the loop's end when it ended before it.
    fn feed(&mut self, tok: Tok, r: &Range<usize>) -> Option<usize> {
        if self.closed {
            match tok {
                Tok::Comment => return None,
                Tok::Newline | Tok::Punct(b';' | b'}') => return Some(r.start),
                _ => self.closed = false,
            }
        }
        match tok {
            Tok::Punct(b'{') => {
                if self.depth == 0 {
                    self.body = Some(r.start);
                }
                self.depth += 1;
            }
            Tok::Punct(b'}') if self.depth > 0 => {
                self.depth -= 1;
                self.closed = self.depth == 0;
            }
            _ => {}
        }
        None
    }
}

/// The end of the `for` statement whose keyword is at `at` (one past its
/// body's `}`, or `limit`). On text that is not Go the end may come early
/// or late.
pub fn loop_end(text: &[u8], at: usize, limit: usize) -> usize {
    let mut l = OpenLoop::new(at);
    tokens(text, at..limit)
        .find_map(|(tok, r)| l.feed(tok, &r))
        .unwrap_or(limit)
}

/// The end of the function literal whose `func` keyword is at `at` (one
/// past its body's `}`, or `limit`): its body is the first brace block
/// after the keyword that is not a `struct` or `interface` type.
pub fn func_end(text: &[u8], at: usize, limit: usize) -> usize {
    let mut depth = 0u32;
    let mut in_body = false;
    let mut prev_word: &[u8] = b"";
    for (tok, r) in tokens(text, at..limit) {
        match tok {
            Tok::Punct(b'{') => {
                if depth == 0 && !matches!(prev_word, b"struct" | b"interface") {
                    in_body = true;
                }
                depth += 1;
            }
            Tok::Punct(b'}') if depth > 0 => {
                depth -= 1;
                if depth == 0 && in_body {
                    return r.end;
                }
            }
            _ => {}
        }
        if tok != Tok::Comment && tok != Tok::Newline {
            prev_word = if tok == Tok::Word { &text[r] } else { b"" };
        }
    }
    limit
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(src: &str) -> Vec<(String, bool, bool, bool)> {
        top_level(src.as_bytes())
            .regions
            .iter()
            .map(|r| {
                let f = r.func.as_ref();
                (
                    f.map_or(String::new(), |f| src[f.name.clone()].to_owned()),
                    f.is_some_and(|f| f.method),
                    f.is_some_and(|f| f.pointer_receiver),
                    !r.loops.is_empty(),
                )
            })
            .collect()
    }

    #[test]
    fn function_and_method_bodies_are_named() {
        let src = "package p\n\nfunc f(x int) error {\n\tfor {}\n}\n\nfunc (t *T[K]) M() (int, error) { return 0, nil }\n\nfunc (t T) N() struct{ a int } { return struct{ a int }{} }\n";
        assert_eq!(
            names(src),
            vec![
                ("f".into(), false, false, true),
                ("M".into(), true, true, false),
                ("N".into(), true, false, false),
            ]
        );
    }

    #[test]
    fn literals_of_declarations_are_unnamed_regions_and_types_are_not_regions() {
        let src = "package p\n\nvar tests = []struct {\n\tname string // {\n}{\n\t{\"}\", 1},\n\t{`{`, '}'},\n}\n\nvar f = func(x int) error {\n\tfor range x {}\n\treturn nil\n}\n\ntype T interface{ M() }\n";
        let tl = top_level(src.as_bytes());
        assert_eq!(
            names(src),
            vec![
                (String::new(), false, false, false),
                (String::new(), false, false, true)
            ]
        );
        let body = &src[tl.regions[0].inside()];
        assert!(body.starts_with("\n\t{\"}\", 1}"), "{body:?}");
        assert!(tl.comments.iter().all(|c| src[c.clone()].starts_with("//")));
    }

    #[test]
    fn declarations_and_their_names() {
        let src = "package p\n\nimport \"fmt\"\n\nconst (\n\tA, B = 1, 2\n\tC\n)\n\nvar x, y = f(a,\n\tb), T{1}\n\ntype (\n\tS struct{ f int }\n\tG[K any] []K\n)\n\nfunc (s *S) M() {}\n\nfunc F() {}\n";
        let tl = top_level(src.as_bytes());
        let got: Vec<(DeclKind, Vec<&str>, usize)> = tl
            .decls
            .iter()
            .map(|d| {
                (
                    d.kind,
                    d.names.iter().map(|n| &src[n.clone()]).collect(),
                    d.regions.len(),
                )
            })
            .collect();
        assert_eq!(
            got,
            vec![
                (DeclKind::Package, vec![], 0),
                (DeclKind::Import, vec![], 0),
                (DeclKind::Const, vec!["A", "B", "C"], 0),
                (DeclKind::Var, vec!["x", "y"], 1),
                (DeclKind::Type, vec!["S", "G"], 0),
                (DeclKind::Func, vec!["M"], 1),
                (DeclKind::Func, vec!["F"], 1),
            ]
        );
        assert!(src[tl.decls[3].range.clone()].starts_with("var x, y"));
        assert!(src[tl.decls[3].range.clone()].ends_with("T{1}\n\n"));
        assert_eq!(tl.decls.last().unwrap().range.end, src.len());
    }

    #[test]
    fn a_loop_ends_after_its_body_not_after_a_literal_of_its_clause() {
        let src = "for _, x := range []int{1, 2} {\n\tf(x)\n} // c\nnext()\nfor i := range (T{}).L() { g() }; h()\nfor {}}";
        let b = src.as_bytes();
        let first = loop_end(b, 0, b.len());
        assert_eq!(
            &src[..first],
            "for _, x := range []int{1, 2} {\n\tf(x)\n} // c"
        );
        let second = src.find("for i").unwrap();
        assert_eq!(
            &src[second..loop_end(b, second, b.len())],
            "for i := range (T{}).L() { g() }"
        );
        let third = src.rfind("for").unwrap();
        assert_eq!(&src[third..loop_end(b, third, b.len())], "for {}");
        let open = "for x := range y {\n\tf(";
        assert_eq!(loop_end(open.as_bytes(), 0, open.len()), open.len());
        // Within a region, nested loops in one pass end where loop_end says.
        let region = format!("func f() {{\n{src}\n}}");
        let tl = top_level(region.as_bytes());
        for l in &tl.regions[0].loops {
            let r = l.range.clone();
            let end = loop_end(region.as_bytes(), r.start, tl.regions[0].close);
            assert_eq!(r.end, end, "{:?}", &region[r.clone()]);
        }
        let clauses: Vec<&str> = tl.regions[0]
            .loops
            .iter()
            .map(|l| &region[l.clause.clone()])
            .collect();
        assert_eq!(
            clauses,
            [
                "for _, x := range []int{1, 2} ",
                "for i := range (T{}).L() ",
                "for "
            ]
        );
    }

    #[test]
    fn a_function_literal_ends_after_its_body() {
        let src = "func(x struct{ a int }) interface{ M() } {\n\treturn nil\n}(v) + 1";
        let end = func_end(src.as_bytes(), 0, src.len());
        assert_eq!(&src[end..], "(v) + 1");
    }

    #[test]
    fn unterminated_text_ends_the_region_at_the_end() {
        let src = "package p\nfunc f() {\n\tfor {\n";
        let tl = top_level(src.as_bytes());
        assert_eq!(tl.regions.len(), 1);
        assert_eq!(tl.regions[0].close, src.len());
        let at = src.find("for").unwrap();
        assert_eq!(tl.regions[0].loops[0].range, at..src.len());
        assert_eq!(&src[tl.regions[0].loops[0].clause.clone()], "for ");
    }
}
