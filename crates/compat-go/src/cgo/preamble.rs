//! What the C preamble of a cgo file (the comment right above `import "C"`)
//! says about C types, read lexically: for each `struct`, `union` and
//! `typedef` it defines, its fields in order and whether each can hold a
//! pointer. The pointer analysis uses it to name the fields of positional
//! C struct literals (`&C.struct_s{p}`) and to see that a conversion such as
//! `(*C.u)(unsafe.Pointer(&x))` gives C a view without pointers (cgo then
//! inserts no check, and C cannot keep a pointer through it).
//!
//! This is a scan, not a C parser: comments, strings and preprocessor lines
//! are dropped, macros are not expanded and headers are not read, so types
//! from `#include`d headers stay unknown (and the analysis falls back to the
//! Go side's values).

use std::collections::HashMap;

/// A C type the preamble defines, as Go names it after `C.`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum CType {
    /// A struct or union: its fields in order, each with whether it can
    /// hold a pointer.
    Aggregate(Vec<(String, bool)>),
    /// A typedef of a pointer (or function pointer) type.
    Pointer,
    /// A typedef of a type without pointers.
    Scalar,
}

impl CType {
    /// Whether memory of this type can hold a pointer.
    pub(crate) fn has_pointer(&self) -> bool {
        match self {
            CType::Aggregate(f) => f.iter().any(|(_, p)| *p),
            CType::Pointer => true,
            CType::Scalar => false,
        }
    }
}

/// The C types of one or more preambles, by their Go name (`struct_s`,
/// `union_u`, `T` for `typedef ... T`).
#[derive(Debug, Default, Clone)]
pub(crate) struct Preamble {
    pub(crate) types: HashMap<String, CType>,
    /// C functions declared or defined, by name: whether the result is a
    /// pointer.
    pub(crate) funcs: HashMap<String, bool>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Tok {
    Ident(String),
    Punct(char),
}

/// Comments, string and character literals and preprocessor lines removed;
/// the rest split into identifiers and punctuation (numbers are identifiers).
fn tokens(c: &str) -> Vec<Tok> {
    let b = c.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    let mut line_start = true;
    while i < b.len() {
        let ch = b[i];
        if line_start && ch == b'#' {
            // A preprocessor line, with its continuations.
            while i < b.len() && b[i] != b'\n' {
                if b[i] == b'\\' && b.get(i + 1) == Some(&b'\n') {
                    i += 1;
                }
                i += 1;
            }
            continue;
        }
        match ch {
            b'\n' => {
                line_start = true;
                i += 1;
                continue;
            }
            b' ' | b'\t' | b'\r' | b'\x0c' => {
                i += 1;
                continue;
            }
            _ => {}
        }
        line_start = false;
        if ch == b'/' && b.get(i + 1) == Some(&b'/') {
            while i < b.len() && b[i] != b'\n' {
                i += 1;
            }
        } else if ch == b'/' && b.get(i + 1) == Some(&b'*') {
            i += 2;
            while i < b.len() && !(b[i] == b'*' && b.get(i + 1) == Some(&b'/')) {
                i += 1;
            }
            i += 2;
        } else if ch == b'"' || ch == b'\'' {
            i += 1;
            while i < b.len() && b[i] != ch && b[i] != b'\n' {
                if b[i] == b'\\' {
                    i += 1;
                }
                i += 1;
            }
            i += 1;
        } else if ch.is_ascii_alphanumeric() || ch == b'_' {
            let s = i;
            while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'_') {
                i += 1;
            }
            out.push(Tok::Ident(String::from_utf8_lossy(&b[s..i]).into_owned()));
        } else {
            out.push(Tok::Punct(ch as char));
            i += 1;
        }
    }
    out
}

fn is_ident(t: Option<&Tok>) -> Option<&str> {
    match t {
        Some(Tok::Ident(s)) => Some(s),
        _ => None,
    }
}

/// The index after the `}` matching the `{` at `open`.
fn matching(toks: &[Tok], open: usize) -> usize {
    let mut depth = 0usize;
    for (i, t) in toks.iter().enumerate().skip(open) {
        match t {
            Tok::Punct('{') => depth += 1,
            Tok::Punct('}') => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    return i + 1;
                }
            }
            _ => {}
        }
    }
    toks.len()
}

/// Splits `toks` at `sep` outside braces, brackets and parentheses.
fn split_top(toks: &[Tok], sep: char) -> Vec<&[Tok]> {
    let mut out = Vec::new();
    let mut depth = 0i32;
    let mut start = 0;
    for (i, t) in toks.iter().enumerate() {
        match t {
            Tok::Punct('{' | '(' | '[') => depth += 1,
            Tok::Punct('}' | ')' | ']') => depth -= 1,
            Tok::Punct(c) if *c == sep && depth == 0 => {
                out.push(&toks[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    if start < toks.len() {
        out.push(&toks[start..]);
    }
    out
}

/// The declared name of a declarator: the last identifier before `[`, `:`,
/// `=` or the end, outside parentheses (so `(*fp)(int)` names `fp`).
fn declarator_name(d: &[Tok]) -> Option<String> {
    let mut name = None;
    let mut depth = 0i32;
    for t in d {
        match t {
            Tok::Punct('[' | ':' | '=') if depth == 0 => break,
            Tok::Punct('(') => {
                if name.is_some() && depth == 0 {
                    // `name(params)`: a function declarator; stop.
                    break;
                }
                depth += 1;
            }
            Tok::Punct(')') => depth -= 1,
            Tok::Ident(s) if !is_qualifier(s) => name = Some(s.clone()),
            _ => {}
        }
    }
    name
}

fn is_qualifier(s: &str) -> bool {
    matches!(
        s,
        "const" | "volatile" | "restrict" | "__restrict" | "static" | "extern" | "register"
    )
}

impl Preamble {
    /// Reads the C text of a preamble.
    #[cfg(test)]
    pub(crate) fn scan(c: &str) -> Preamble {
        let mut p = Preamble::default();
        p.add(c);
        p
    }

    /// Adds the types of another preamble (a package's cgo files share
    /// their C names).
    pub(crate) fn add(&mut self, c: &str) {
        let toks = tokens(c);
        let mut i = 0;
        let mut stmt_start = 0;
        while i < toks.len() {
            if matches!(toks[i], Tok::Punct(';' | '}')) {
                i += 1;
                stmt_start = i;
                continue;
            }
            // `type *name(params) ;` or `{ body }`: a function.
            if let (Some(name), Some(Tok::Punct('('))) = (is_ident(toks.get(i)), toks.get(i + 1)) {
                let head = &toks[stmt_start..i];
                let words = head.iter().filter(|t| matches!(t, Tok::Ident(_))).count();
                if words > 0
                    && !head.contains(&Tok::Punct('='))
                    && !matches!(name, "sizeof" | "__attribute__" | "__declspec")
                {
                    let pointer = head.contains(&Tok::Punct('*'));
                    self.funcs.insert(name.to_owned(), pointer);
                    // Skip the parameters and the body.
                    let mut depth = 0i32;
                    let mut j = i + 1;
                    while j < toks.len() {
                        match toks[j] {
                            Tok::Punct('(') => depth += 1,
                            Tok::Punct(')') => {
                                depth -= 1;
                                if depth == 0 {
                                    break;
                                }
                            }
                            _ => {}
                        }
                        j += 1;
                    }
                    j += 1;
                    while j < toks.len() && !matches!(toks[j], Tok::Punct(';' | '{')) {
                        j += 1;
                    }
                    if toks.get(j) == Some(&Tok::Punct('{')) {
                        j = matching(&toks, j);
                    } else {
                        j += 1;
                    }
                    i = j;
                    stmt_start = i;
                    continue;
                }
            }
            match is_ident(toks.get(i)) {
                Some("typedef") => {
                    let end = toks[i..]
                        .iter()
                        .enumerate()
                        .scan(0i32, |depth, (k, t)| {
                            match t {
                                Tok::Punct('{') => *depth += 1,
                                Tok::Punct('}') => *depth -= 1,
                                _ => {}
                            }
                            Some((k, *depth, t))
                        })
                        .find(|(_, d, t)| *d == 0 && **t == Tok::Punct(';'))
                        .map_or(toks.len(), |(k, _, _)| i + k);
                    self.typedef(&toks[i + 1..end]);
                    i = end + 1;
                    stmt_start = i;
                }
                Some(kw @ ("struct" | "union")) => {
                    let tag = is_ident(toks.get(i + 1)).map(str::to_owned);
                    let open = if tag.is_some() { i + 2 } else { i + 1 };
                    if toks.get(open) == Some(&Tok::Punct('{')) {
                        let close = matching(&toks, open);
                        let fields = self.fields(&toks[open + 1..close.saturating_sub(1)]);
                        if let Some(t) = tag {
                            self.types
                                .insert(format!("{kw}_{t}"), CType::Aggregate(fields));
                        }
                        // `struct s { ... } *f(void)` goes on as a
                        // declaration; `};` ends it.
                        i = close;
                    } else {
                        i += 1;
                    }
                }
                _ => i += 1,
            }
        }
    }

    /// `typedef <type> <declarators>` (without the `typedef` and the `;`).
    fn typedef(&mut self, t: &[Tok]) {
        let (base, decls): (Option<CType>, &[Tok]) = match is_ident(t.first()) {
            Some(kw @ ("struct" | "union")) => {
                let tag = is_ident(t.get(1)).map(str::to_owned);
                let open = if tag.is_some() { 2 } else { 1 };
                if t.get(open) == Some(&Tok::Punct('{')) {
                    let close = matching(t, open);
                    let agg = CType::Aggregate(self.fields(&t[open + 1..close.saturating_sub(1)]));
                    if let Some(tag) = &tag {
                        self.types.insert(format!("{kw}_{tag}"), agg.clone());
                    }
                    (Some(agg), &t[close..])
                } else {
                    let known = tag.and_then(|tag| self.types.get(&format!("{kw}_{tag}")).cloned());
                    (known, &t[open..])
                }
            }
            Some("enum") => {
                let rest = match t.iter().position(|x| *x == Tok::Punct('{')) {
                    Some(open) => &t[matching(t, open)..],
                    None => &t[2.min(t.len())..],
                };
                (Some(CType::Scalar), rest)
            }
            _ => {
                // A base type made of words: the declarators start at the
                // first `*`, `(` or at the last identifier.
                let split = t
                    .iter()
                    .position(|x| matches!(x, Tok::Punct('*' | '(')))
                    .unwrap_or(t.len().saturating_sub(1));
                let words: Vec<&str> = t[..split]
                    .iter()
                    .filter_map(|x| is_ident(Some(x)))
                    .filter(|w| !is_qualifier(w))
                    .collect();
                let base = match words.as_slice() {
                    [] => None,
                    [w] => self.named(w),
                    _ => Some(CType::Scalar), // `unsigned long`, `long long`...
                };
                (base, &t[split..])
            }
        };
        for d in split_top(decls, ',') {
            let Some(name) = declarator_name(d) else {
                continue;
            };
            let pointer = d.iter().any(|x| matches!(x, Tok::Punct('*' | '(')));
            let ty = if pointer {
                Some(CType::Pointer)
            } else {
                base.clone()
            };
            if let Some(ty) = ty {
                self.types.insert(name, ty);
            }
        }
    }

    /// What a one-word C type name is, when known.
    fn named(&self, w: &str) -> Option<CType> {
        if super::data::c_scalar(w) || matches!(w, "signed" | "unsigned" | "void") {
            return Some(CType::Scalar);
        }
        self.types.get(w).cloned()
    }

    /// The fields of a struct or union body.
    fn fields(&mut self, body: &[Tok]) -> Vec<(String, bool)> {
        let mut out = Vec::new();
        for decl in split_top(body, ';') {
            if decl.is_empty() {
                continue;
            }
            // A nested aggregate: its pointer-ness, then its declarators.
            let (inner, decls): (Option<bool>, &[Tok]) = match is_ident(decl.first()) {
                Some(kw @ ("struct" | "union")) => {
                    let tag = is_ident(decl.get(1)).map(str::to_owned);
                    let open = if tag.is_some() { 2 } else { 1 };
                    if decl.get(open) == Some(&Tok::Punct('{')) {
                        let close = matching(decl, open);
                        let f = self.fields(&decl[open + 1..close.saturating_sub(1)]);
                        let p = f.iter().any(|(_, p)| *p);
                        if let Some(tag) = tag {
                            self.types
                                .insert(format!("{kw}_{tag}"), CType::Aggregate(f));
                        }
                        (Some(p), &decl[close..])
                    } else {
                        let p = tag
                            .and_then(|tag| self.types.get(&format!("{kw}_{tag}")))
                            .map(CType::has_pointer);
                        (p, &decl[open..])
                    }
                }
                Some("enum") => (Some(false), decl),
                Some(_) => {
                    // The type is the words of the first declarator before
                    // its `*`, `(` or `[`, less the declared name.
                    let first = split_top(decl, ',').first().copied().unwrap_or(decl);
                    let name = declarator_name(first);
                    let stop = first
                        .iter()
                        .position(|x| matches!(x, Tok::Punct('*' | '(' | '[' | ':')))
                        .unwrap_or(first.len());
                    let mut words: Vec<&str> = first[..stop]
                        .iter()
                        .filter_map(|x| is_ident(Some(x)))
                        .filter(|w| !is_qualifier(w))
                        .collect();
                    if words.last().copied() == name.as_deref() {
                        words.pop();
                    }
                    let p = match words.as_slice() {
                        [one] => self.named(one).map(|t| t.has_pointer()),
                        [] => None,
                        _ => Some(false),
                    };
                    (p, decl)
                }
                None => (None, decl),
            };
            for d in split_top(decls, ',') {
                let Some(name) = declarator_name(d) else {
                    continue;
                };
                let pointer = d.iter().any(|x| matches!(x, Tok::Punct('*' | '(')))
                    // Unknown types (from headers) may hold pointers.
                    || inner.unwrap_or(true);
                out.push((name, pointer));
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn structs_unions_and_typedefs() {
        let p = Preamble::scan(
            "#include <stdlib.h>\n\
             typedef struct s1 { int *p; } s1; void f1(s1 *ps) {}\n\
             struct s3 { int i; int *p; };\n\
             typedef union { char **p; unsigned long i; } u29;\n\
             typedef union { unsigned long i; } u39;\n\
             typedef void* PV11;\n\
             struct s19a { char *a[32769]; };\n\
             struct s19b { struct s19a f; };\n\
             struct plain { int a, b; double c[4]; };\n\
             typedef struct { const char *p; ptrdiff_t n; } gostring23;\n\
             /* struct hidden { int *x; }; */\n",
        );
        assert_eq!(
            p.types.get("struct_s1"),
            Some(&CType::Aggregate(vec![("p".into(), true)]))
        );
        assert!(p.types["s1"].has_pointer());
        assert_eq!(
            p.types["struct_s3"],
            CType::Aggregate(vec![("i".into(), false), ("p".into(), true)])
        );
        assert!(p.types["u29"].has_pointer());
        assert!(!p.types["u39"].has_pointer());
        assert_eq!(p.types["PV11"], CType::Pointer);
        assert!(p.types["struct_s19b"].has_pointer());
        assert_eq!(
            p.types["struct_plain"],
            CType::Aggregate(vec![
                ("a".into(), false),
                ("b".into(), false),
                ("c".into(), false)
            ])
        );
        assert!(p.types["gostring23"].has_pointer());
        assert!(!p.types.contains_key("struct_hidden"));
        assert_eq!(p.funcs.get("f1"), Some(&false));
    }

    #[test]
    fn function_results() {
        let p = Preamble::scan(
            "#include <stdlib.h>\n\
             char **f14a() { return malloc(sizeof(char*)); }\n\
             void f14b(char **p) {}\n\
             struct s15 { char *a[10]; };\n\
             struct s15 *f15() { return malloc(sizeof(struct s15)); }\n\
             static int get(void) { if (x) { return 1; } return 0; }\n\
             extern unsigned char *GoFn21();\n\
             struct pair mkpair(int a);\n",
        );
        assert_eq!(p.funcs.get("f14a"), Some(&true));
        assert_eq!(p.funcs.get("f14b"), Some(&false));
        assert_eq!(p.funcs.get("f15"), Some(&true));
        assert_eq!(p.funcs.get("get"), Some(&false));
        assert_eq!(p.funcs.get("GoFn21"), Some(&true));
        assert_eq!(p.funcs.get("mkpair"), Some(&false));
        assert!(p.types.contains_key("struct_s15"));
    }

    #[test]
    fn unknown_field_types_may_hold_pointers() {
        let p = Preamble::scan("#include <x.h>\nstruct w { foo_t f, g; int n; unsigned long u; };");
        assert_eq!(
            p.types["struct_w"],
            CType::Aggregate(vec![
                ("f".into(), true),
                ("g".into(), true),
                ("n".into(), false),
                ("u".into(), false)
            ])
        );
    }
}
