//! `//go:build` and `// +build` constraint expressions, reproducing Go's
//! `go/build/constraint` package exactly: the same grammar, the same
//! printed form, the same error messages and byte offsets, the same
//! `// +build` conversion, plus [`go_version`] (Go 1.21's `GoVersion`) and
//! exact semantic [`equivalent`]ce via reduced ordered BDDs.
//!
//! # Which Go
//!
//! Parsing follows Go 1.19's grammar and messages, with the resource limits
//! that Go 1.22.7 / 1.23.1 added (CVE-2024-34158) and every later release
//! keeps:
//!
//! - a `//go:build` expression may hold at most [`MAX_SIZE`] (1000)
//!   operands (each `not` step of Go's recursive-descent parser counts one);
//!   the 1001st reports `build expression too large` at the offset of the
//!   token read last, exactly where newer Go reports it. The parser here
//!   uses an explicit stack, so even without the limit it could not
//!   overflow the native stack; the limit bounds the depth of every
//!   [`Expr`] it returns, so the recursive [`Display`](std::fmt::Display),
//!   [`Expr::eval`] and `Drop` stay shallow.
//! - a `// +build` line may join at most [`MAX_OLD_SIZE`] (100) literals
//!   and clauses with `,` or space; beyond that newer Go's `Parse` fails with
//!   `expression too complex for // +build lines` (and `go/build` then
//!   ignores the line). [`parse_line`] reports that as
//!   [`LineError::Syntax`] with offset 0 and Go's message;
//!   [`parse_plus_build_expr`] returns `None`, [`parse_plus_build_text`]
//!   tells the two cases apart.
//!
//! Both limits belong to the releases that have them ([`Limits::Newer`]);
//! Go 1.19, 1.21 and 1.22.0–1.22.6 parse any size ([`Limits::Older`]: Go
//! 1.19 builds a file whose `//go:build` line has 1,001 terms), and the
//! `_with` functions take the release's [`Limits`]. What keeps compat safe
//! then is depth, not size: `&&` and `||` chains longer than
//! [`CHAIN`] operands are built as balanced trees (printing, evaluating and
//! converting do not depend on how a chain associates), so a line of any
//! length has depth O(log n), and nesting deeper than [`MAX_DEPTH`] levels
//! is refused with an error that says it is compat's limit.
//!
//! Tag characters are Go's `unicode.IsLetter` / `unicode.IsDigit`, from the
//! Unicode 15.0.0 tables that Go 1.21 and later use (Go 1.19 has 13.0.0; the
//! two differ only for letters and digits added in Unicode 14 and 15).

use std::fmt;

use rustc_hash::FxHashMap;

/// The most operands newer Go (1.22.7+, 1.23.1+) accepts in one
/// `//go:build` expression before reporting `build expression too large`.
pub const MAX_SIZE: usize = 1000;

/// The most `&&`/`||` joins newer Go accepts in one `// +build` line before
/// reporting `expression too complex for // +build lines`.
pub const MAX_OLD_SIZE: usize = 100;

/// Which size limits Go's constraint parser applies (see the module
/// documentation).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Limits {
    /// Go 1.22.7, 1.23.1 and later: at most [`MAX_SIZE`] operands in a
    /// `//go:build` expression and [`MAX_OLD_SIZE`] joins in a `// +build`
    /// line.
    Newer,
    /// Earlier releases: no size limit (compat still refuses expressions
    /// nested deeper than [`MAX_DEPTH`]).
    Older,
}

/// `&&`/`||` chains with more operands than this are built as balanced
/// trees instead of Go's left-nested ones (same printed form, same
/// meaning, logarithmic depth); shorter ones keep Go's shape exactly.
pub const CHAIN: usize = 32;

/// The deepest expression tree compat builds (with [`Limits::Older`]; with
/// [`Limits::Newer`] the size limit is reached first): each level of
/// nesting costs at least one operand, so any expression this deep is also
/// over newer Go's size limit.
pub const MAX_DEPTH: usize = 1000;

/// compat's message for an expression nested deeper than [`MAX_DEPTH`].
pub const TOO_DEEP: &str =
    "build expression nested too deeply for compat (Go 1.22.7 and later reject it as too large)";

/// An expression with its depth (1 for a tag), as the parsers build it.
type Sized = (Expr, usize);

/// Joins `items` (at least one) with `&&` (`and`) or `||`: Go's
/// left-nested chain up to [`CHAIN`] operands, a balanced tree of such
/// chains beyond.
fn join(mut items: Vec<Sized>, and: bool) -> Sized {
    let op = |x: Sized, y: Sized| {
        let d = x.1.max(y.1) + 1;
        let e = if and {
            Expr::and(x.0, y.0)
        } else {
            Expr::or(x.0, y.0)
        };
        (e, d)
    };
    if items.len() <= CHAIN {
        let mut it = items.into_iter();
        let first = it.next().expect("join of nothing");
        return it.fold(first, op);
    }
    let right = items.split_off(items.len() / 2);
    op(join(items, and), join(right, and))
}

/// A build constraint expression, as Go's `constraint.Expr`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Expr {
    /// A single tag, such as `linux` or `cgo`.
    Tag(String),
    /// `!X`.
    Not(Box<Expr>),
    /// `X && Y`.
    And(Box<Expr>, Box<Expr>),
    /// `X || Y`.
    Or(Box<Expr>, Box<Expr>),
}

impl Expr {
    /// A tag expression.
    pub fn tag(name: impl Into<String>) -> Expr {
        Expr::Tag(name.into())
    }

    /// `!x`.
    #[allow(clippy::should_implement_trait)]
    pub fn not(x: Expr) -> Expr {
        Expr::Not(Box::new(x))
    }

    /// `x && y`.
    pub fn and(x: Expr, y: Expr) -> Expr {
        Expr::And(Box::new(x), Box::new(y))
    }

    /// `x || y`.
    pub fn or(x: Expr, y: Expr) -> Expr {
        Expr::Or(Box::new(x), Box::new(y))
    }

    /// The conjunction of `items` (as `x1 && x2 && …`; `None` for none),
    /// built as [`join`] builds chains: a file's `// +build` lines, however
    /// many, give a tree of logarithmic depth.
    pub fn all(items: Vec<Expr>) -> Option<Expr> {
        if items.is_empty() {
            return None;
        }
        Some(join(items.into_iter().map(|x| (x, 0)).collect(), true).0)
    }

    /// Evaluates the expression, asking `ok` about each tag. Like Go, both
    /// sides of `&&` and `||` are always evaluated, so `ok` observes every
    /// tag occurrence, left to right.
    pub fn eval(&self, ok: &mut dyn FnMut(&str) -> bool) -> bool {
        match self {
            Expr::Tag(t) => ok(t),
            Expr::Not(x) => !x.eval(ok),
            Expr::And(x, y) => {
                let a = x.eval(ok);
                let b = y.eval(ok);
                a && b
            }
            Expr::Or(x, y) => {
                let a = x.eval(ok);
                let b = y.eval(ok);
                a || b
            }
        }
    }

    /// Distinct tags in order of first appearance, left to right.
    pub fn tags_in_order(&self) -> Vec<&str> {
        let mut out: Vec<&str> = Vec::new();
        let mut seen: std::collections::HashSet<&str> = Default::default();
        let mut stack = vec![self];
        while let Some(x) = stack.pop() {
            match x {
                Expr::Tag(t) => {
                    if seen.insert(t.as_str()) {
                        out.push(t);
                    }
                }
                Expr::Not(a) => stack.push(a),
                Expr::And(a, b) | Expr::Or(a, b) => {
                    stack.push(b);
                    stack.push(a);
                }
            }
        }
        out
    }

    /// The distinct tags the expression mentions, sorted bytewise.
    pub fn tags(&self) -> Vec<&str> {
        let mut out = Vec::new();
        let mut stack = vec![self];
        while let Some(x) = stack.pop() {
            match x {
                Expr::Tag(t) => out.push(t.as_str()),
                Expr::Not(a) => stack.push(a),
                Expr::And(a, b) | Expr::Or(a, b) => {
                    stack.push(b);
                    stack.push(a);
                }
            }
        }
        out.sort_unstable();
        out.dedup();
        out
    }
}

impl fmt::Display for Expr {
    /// Go's `String()`: `&&` and `||` operands are parenthesized only when
    /// they are the other operator, `!` operands only when binary.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Expr::Tag(t) => f.write_str(t),
            Expr::Not(x) => {
                f.write_str("!")?;
                match **x {
                    Expr::And(..) | Expr::Or(..) => write!(f, "({x})"),
                    _ => write!(f, "{x}"),
                }
            }
            Expr::And(x, y) => {
                for (i, a) in [x, y].into_iter().enumerate() {
                    if i > 0 {
                        f.write_str(" && ")?;
                    }
                    match **a {
                        Expr::Or(..) => write!(f, "({a})")?,
                        _ => write!(f, "{a}")?,
                    }
                }
                Ok(())
            }
            Expr::Or(x, y) => {
                for (i, a) in [x, y].into_iter().enumerate() {
                    if i > 0 {
                        f.write_str(" || ")?;
                    }
                    match **a {
                        Expr::And(..) => write!(f, "({a})")?,
                        _ => write!(f, "{a}")?,
                    }
                }
                Ok(())
            }
        }
    }
}

/// A syntax error in a `//go:build` expression, as Go's
/// `constraint.SyntaxError`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxError {
    /// Byte offset into the expression text where the error was detected.
    pub offset: usize,
    /// Go's message, e.g. `unexpected token )` or `missing close paren`.
    pub message: String,
}

impl SyntaxError {
    fn new(offset: usize, message: impl Into<String>) -> SyntaxError {
        SyntaxError {
            offset,
            message: message.into(),
        }
    }
}

impl fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for SyntaxError {}

/// Why [`parse_line`] returned no expression.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LineError {
    /// Neither a `//go:build` nor a `// +build` line (Go's
    /// `not a build constraint`).
    NotConstraint,
    /// The expression does not parse. For a `// +build` line this is only
    /// newer Go's size limit (`expression too complex for // +build lines`,
    /// offset 0).
    Syntax(SyntaxError),
}

impl fmt::Display for LineError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LineError::NotConstraint => f.write_str("not a build constraint"),
            LineError::Syntax(e) => e.fmt(f),
        }
    }
}

impl std::error::Error for LineError {}

/// An expression that [`plus_build_lines`] cannot write as `// +build` lines
/// (or a `// +build` line over newer Go's size limit).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TooComplex;

/// Go's message for [`TooComplex`].
pub const TOO_COMPLEX: &str = "expression too complex for // +build lines";

impl fmt::Display for TooComplex {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(TOO_COMPLEX)
    }
}

impl std::error::Error for TooComplex {}

/// Drops one trailing `\n`; `None` if a newline remains (several lines).
fn single_line(line: &str) -> Option<&str> {
    let line = line.strip_suffix('\n').unwrap_or(line);
    if line.contains('\n') {
        None
    } else {
        Some(line)
    }
}

/// Go's `splitGoBuild`: the expression text of a `//go:build` line (after
/// the prefix, trimmed of Unicode white space), or `None` if `line` is not
/// one. The prefix must start the line and be followed by white space or
/// the end of the line (`//go:builds` is not a constraint); one trailing
/// newline is allowed, more lines are not.
pub fn split_go_build(line: &str) -> Option<&str> {
    let line = single_line(line)?;
    if !line.starts_with("//go:build") {
        return None;
    }
    let rest = &line.trim()["//go:build".len()..];
    let trim = rest.trim();
    if rest.len() == trim.len() && !rest.is_empty() {
        return None;
    }
    Some(trim)
}

/// Go's `splitPlusBuild`: the expression text of a `// +build` line, or
/// `None`. White space between `//` and `+build` is optional; `+build` must
/// be followed by white space or the end of the line.
pub fn split_plus_build(line: &str) -> Option<&str> {
    let line = single_line(line)?;
    let line = line.strip_prefix("//")?.trim();
    let rest = line.strip_prefix("+build")?;
    let trim = rest.trim();
    if rest.len() == trim.len() && !rest.is_empty() {
        return None;
    }
    Some(trim)
}

/// Go's `IsGoBuild`: whether `line` is a `//go:build` line (its expression
/// is not checked).
pub fn is_go_build(line: &str) -> bool {
    split_go_build(line).is_some()
}

/// Go's `IsPlusBuild`: whether `line` is a `// +build` line.
pub fn is_plus_build(line: &str) -> bool {
    split_plus_build(line).is_some()
}

/// Go's `Parse`: a `//go:build` or `// +build` line's expression.
///
/// A `// +build` line with no words is the tag `ignore`, as in Go 1.19 and
/// later; one over [`MAX_OLD_SIZE`] joins fails as in newer Go (see the
/// module documentation).
pub fn parse_line(line: &str) -> Result<Expr, LineError> {
    parse_line_with(line, Limits::Newer)
}

/// [`parse_line`] with the size limits of a given release.
pub fn parse_line_with(line: &str, limits: Limits) -> Result<Expr, LineError> {
    if let Some(text) = split_go_build(line) {
        return parse_expr_with(text, limits).map_err(LineError::Syntax);
    }
    if let Some(text) = split_plus_build(line) {
        return match parse_plus_build_text_with(text, limits) {
            Ok(Some(x)) => Ok(x),
            Ok(None) => Ok(Expr::tag("ignore")),
            Err(TooComplex) => Err(LineError::Syntax(SyntaxError::new(0, TOO_COMPLEX))),
        };
    }
    Err(LineError::NotConstraint)
}

/// Go's `unicode.IsLetter` (general category L), Unicode 15.0.0.
pub fn is_go_letter(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    in_table(LETTER, c)
}

/// Go's `unicode.IsDigit` (general category Nd), Unicode 15.0.0.
pub fn is_go_digit(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    in_table(DIGIT, c)
}

fn in_table(table: &[(u32, u32)], c: char) -> bool {
    let c = c as u32;
    table
        .binary_search_by(|&(lo, hi)| {
            if hi < c {
                std::cmp::Ordering::Less
            } else if lo > c {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_ok()
}

fn is_tag_char(c: char) -> bool {
    is_go_letter(c) || is_go_digit(c) || c == '_' || c == '.'
}

/// Go's `isValidTag`: non-empty, only letters, digits, `_` and `.` (all
/// digits are fine, e.g. `386`).
pub fn is_valid_tag(word: &str) -> bool {
    !word.is_empty() && word.chars().all(is_tag_char)
}

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
/// [`split_go_build`]).
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

/// Go's `parsePlusBuildExpr` over the text after `// +build`: space-separated
/// clauses are OR'ed, comma-separated literals AND'ed; a literal that is not
/// a valid tag (after one optional `!`), `!` alone and anything starting
/// `!!` become the tag `ignore`.
///
/// `None` when the text has no words (Go's `Parse` then uses `ignore`, as
/// [`parse_line`] does) and when the line is over newer Go's size limit;
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

/// Go 1.21's `constraint.GoVersion`: the minimum `go1.N` any satisfying
/// assignment needs (purely structural: every tag and negated tag is
/// assumed independently satisfiable), `"go1"` for the tag `go1`, or `None`
/// when no Go version tag is implied. As in Go, the version is whatever
/// follows the first `go1.` in the tag and parses as a decimal integer.
pub fn go_version(x: &Expr) -> Option<String> {
    let v = min_version(x, true);
    match v {
        v if v < 0 => None,
        0 => Some("go1".to_string()),
        v => Some(format!("go1.{v}")),
    }
}

fn min_version(x: &Expr, positive: bool) -> i64 {
    match x {
        Expr::And(a, b) | Expr::Or(a, b) => {
            let (va, vb) = (min_version(a, positive), min_version(b, positive));
            // AND takes the larger minimum, OR the smaller; negation swaps.
            if matches!(x, Expr::And(..)) == positive {
                va.max(vb)
            } else {
                va.min(vb)
            }
        }
        Expr::Not(a) => min_version(a, !positive),
        Expr::Tag(t) => {
            if !positive {
                return -1;
            }
            if t == "go1" {
                return 0;
            }
            let after = t.find("go1.").map_or("", |i| &t[i + 4..]);
            after.parse::<i64>().unwrap_or(-1)
        }
    }
}

/// A reduced ordered binary decision diagram store: node 0 is false, 1 is
/// true; equal functions over the same variable order get equal ids.
pub(crate) struct Bdd {
    nodes: Vec<(u32, u32, u32)>,
    unique: FxHashMap<(u32, u32, u32), u32>,
    memo: FxHashMap<(u8, u32, u32), u32>,
    /// Set when the node budget ran out; every result is then meaningless.
    pub(crate) overflow: bool,
}

/// At most this many BDD nodes per question (a few MB): with tags ordered by
/// first appearance real constraints need a few hundred, and a hostile line
/// must not cost unbounded time or memory.
const BDD_NODE_BUDGET: usize = 200_000;

/// At most this many tags per question: the BDD operations recurse once
/// per variable, so this bounds their depth (real constraints name a few
/// dozen tags; a question with more is answered as too large).
pub(crate) const BDD_MAX_VARS: usize = 1000;

/// The false BDD.
pub(crate) const BDD_FALSE: u32 = 0;
/// The true BDD.
pub(crate) const BDD_TRUE: u32 = 1;

impl Bdd {
    pub(crate) fn new() -> Bdd {
        Bdd {
            nodes: vec![(u32::MAX, 0, 0), (u32::MAX, 1, 1)],
            unique: FxHashMap::default(),
            memo: FxHashMap::default(),
            overflow: false,
        }
    }

    fn mk(&mut self, var: u32, lo: u32, hi: u32) -> u32 {
        if lo == hi {
            return lo;
        }
        if let Some(&n) = self.unique.get(&(var, lo, hi)) {
            return n;
        }
        if self.nodes.len() >= BDD_NODE_BUDGET {
            self.overflow = true;
            return BDD_FALSE;
        }
        let n = self.nodes.len() as u32;
        self.nodes.push((var, lo, hi));
        self.unique.insert((var, lo, hi), n);
        n
    }

    /// The variable `var` (smaller numbers nearer the root).
    pub(crate) fn var(&mut self, var: u32) -> u32 {
        self.mk(var, BDD_FALSE, BDD_TRUE)
    }

    /// The node's variable and its false/true children (`None` for leaves).
    pub(crate) fn node(&self, n: u32) -> Option<(u32, u32, u32)> {
        (n > 1).then(|| self.nodes[n as usize])
    }

    pub(crate) fn not(&mut self, a: u32) -> u32 {
        self.apply(2, a, a)
    }

    pub(crate) fn and(&mut self, a: u32, b: u32) -> u32 {
        self.apply(0, a, b)
    }

    pub(crate) fn or(&mut self, a: u32, b: u32) -> u32 {
        self.apply(1, a, b)
    }

    /// op 0 = and, 1 = or, 2 = not (of `a`).
    fn apply(&mut self, op: u8, a: u32, b: u32) -> u32 {
        if self.overflow {
            return BDD_FALSE;
        }
        match op {
            0 => {
                if a == BDD_FALSE || b == BDD_FALSE {
                    return BDD_FALSE;
                }
                if a == BDD_TRUE || a == b {
                    return b;
                }
                if b == BDD_TRUE {
                    return a;
                }
            }
            1 => {
                if a == BDD_TRUE || b == BDD_TRUE {
                    return BDD_TRUE;
                }
                if a == BDD_FALSE || a == b {
                    return b;
                }
                if b == BDD_FALSE {
                    return a;
                }
            }
            _ => {
                if a <= 1 {
                    return 1 - a;
                }
            }
        }
        let key = if op < 2 && a > b {
            (op, b, a)
        } else {
            (op, a, b)
        };
        if let Some(&r) = self.memo.get(&key) {
            return r;
        }
        let (va, la, ha) = self.nodes[a as usize];
        let (vb, lb, hb) = self.nodes[b as usize];
        let r = if op == 2 {
            let lo = self.apply(2, la, la);
            let hi = self.apply(2, ha, ha);
            self.mk(va, lo, hi)
        } else {
            let v = va.min(vb);
            let (a0, a1) = if va == v { (la, ha) } else { (a, a) };
            let (b0, b1) = if vb == v { (lb, hb) } else { (b, b) };
            let lo = self.apply(op, a0, b0);
            let hi = self.apply(op, a1, b1);
            self.mk(v, lo, hi)
        };
        self.memo.insert(key, r);
        r
    }

    /// The BDD of `x`, each tag's variable given by `var_of`.
    pub(crate) fn build(&mut self, x: &Expr, var_of: &dyn Fn(&str) -> u32) -> u32 {
        match x {
            Expr::Tag(t) => self.var(var_of(t)),
            Expr::Not(a) => {
                let a = self.build(a, var_of);
                self.not(a)
            }
            Expr::And(a, b) => {
                let a = self.build(a, var_of);
                let b = self.build(b, var_of);
                self.and(a, b)
            }
            Expr::Or(a, b) => {
                let a = self.build(a, var_of);
                let b = self.build(b, var_of);
                self.or(a, b)
            }
        }
    }
}

/// Whether `a` and `b` agree under every assignment of truth values to
/// tags (tags are independent here; see `facts::satisfiable` for GOOS and
/// GOARCH knowledge). Exact, by canonical BDDs over the union of the tags,
/// ordered by first appearance (which keeps the usual sums of products
/// small). `None` when the question exceeds the node budget.
pub fn try_equivalent(a: &Expr, b: &Expr) -> Option<bool> {
    // The same printed form is the same expression, however its chains
    // associate (long chains are balanced trees, see `join`).
    if a == b || a.to_string() == b.to_string() {
        return Some(true);
    }
    let mut tags = a.tags_in_order();
    let mut seen: std::collections::HashSet<&str> = tags.iter().copied().collect();
    for t in b.tags_in_order() {
        if seen.insert(t) {
            tags.push(t);
        }
    }
    if tags.len() > BDD_MAX_VARS {
        return None;
    }
    let index: std::collections::HashMap<&str, u32> = tags
        .iter()
        .enumerate()
        .map(|(i, t)| (*t, i as u32))
        .collect();
    let var_of = |t: &str| index[t];
    let mut bdd = Bdd::new();
    let x = bdd.build(a, &var_of);
    let y = bdd.build(b, &var_of);
    (!bdd.overflow).then_some(x == y)
}

/// [`try_equivalent`], answering `false` when the question is too large.
pub fn equivalent(a: &Expr, b: &Expr) -> bool {
    try_equivalent(a, b).unwrap_or(false)
}

/// Unicode 15.0.0 general category L (letters), as inclusive ranges.
const LETTER: &[(u32, u32)] = &[
    (0x41, 0x5A),
    (0x61, 0x7A),
    (0xAA, 0xAA),
    (0xB5, 0xB5),
    (0xBA, 0xBA),
    (0xC0, 0xD6),
    (0xD8, 0xF6),
    (0xF8, 0x2C1),
    (0x2C6, 0x2D1),
    (0x2E0, 0x2E4),
    (0x2EC, 0x2EC),
    (0x2EE, 0x2EE),
    (0x370, 0x374),
    (0x376, 0x377),
    (0x37A, 0x37D),
    (0x37F, 0x37F),
    (0x386, 0x386),
    (0x388, 0x38A),
    (0x38C, 0x38C),
    (0x38E, 0x3A1),
    (0x3A3, 0x3F5),
    (0x3F7, 0x481),
    (0x48A, 0x52F),
    (0x531, 0x556),
    (0x559, 0x559),
    (0x560, 0x588),
    (0x5D0, 0x5EA),
    (0x5EF, 0x5F2),
    (0x620, 0x64A),
    (0x66E, 0x66F),
    (0x671, 0x6D3),
    (0x6D5, 0x6D5),
    (0x6E5, 0x6E6),
    (0x6EE, 0x6EF),
    (0x6FA, 0x6FC),
    (0x6FF, 0x6FF),
    (0x710, 0x710),
    (0x712, 0x72F),
    (0x74D, 0x7A5),
    (0x7B1, 0x7B1),
    (0x7CA, 0x7EA),
    (0x7F4, 0x7F5),
    (0x7FA, 0x7FA),
    (0x800, 0x815),
    (0x81A, 0x81A),
    (0x824, 0x824),
    (0x828, 0x828),
    (0x840, 0x858),
    (0x860, 0x86A),
    (0x870, 0x887),
    (0x889, 0x88E),
    (0x8A0, 0x8C9),
    (0x904, 0x939),
    (0x93D, 0x93D),
    (0x950, 0x950),
    (0x958, 0x961),
    (0x971, 0x980),
    (0x985, 0x98C),
    (0x98F, 0x990),
    (0x993, 0x9A8),
    (0x9AA, 0x9B0),
    (0x9B2, 0x9B2),
    (0x9B6, 0x9B9),
    (0x9BD, 0x9BD),
    (0x9CE, 0x9CE),
    (0x9DC, 0x9DD),
    (0x9DF, 0x9E1),
    (0x9F0, 0x9F1),
    (0x9FC, 0x9FC),
    (0xA05, 0xA0A),
    (0xA0F, 0xA10),
    (0xA13, 0xA28),
    (0xA2A, 0xA30),
    (0xA32, 0xA33),
    (0xA35, 0xA36),
    (0xA38, 0xA39),
    (0xA59, 0xA5C),
    (0xA5E, 0xA5E),
    (0xA72, 0xA74),
    (0xA85, 0xA8D),
    (0xA8F, 0xA91),
    (0xA93, 0xAA8),
    (0xAAA, 0xAB0),
    (0xAB2, 0xAB3),
    (0xAB5, 0xAB9),
    (0xABD, 0xABD),
    (0xAD0, 0xAD0),
    (0xAE0, 0xAE1),
    (0xAF9, 0xAF9),
    (0xB05, 0xB0C),
    (0xB0F, 0xB10),
    (0xB13, 0xB28),
    (0xB2A, 0xB30),
    (0xB32, 0xB33),
    (0xB35, 0xB39),
    (0xB3D, 0xB3D),
    (0xB5C, 0xB5D),
    (0xB5F, 0xB61),
    (0xB71, 0xB71),
    (0xB83, 0xB83),
    (0xB85, 0xB8A),
    (0xB8E, 0xB90),
    (0xB92, 0xB95),
    (0xB99, 0xB9A),
    (0xB9C, 0xB9C),
    (0xB9E, 0xB9F),
    (0xBA3, 0xBA4),
    (0xBA8, 0xBAA),
    (0xBAE, 0xBB9),
    (0xBD0, 0xBD0),
    (0xC05, 0xC0C),
    (0xC0E, 0xC10),
    (0xC12, 0xC28),
    (0xC2A, 0xC39),
    (0xC3D, 0xC3D),
    (0xC58, 0xC5A),
    (0xC5D, 0xC5D),
    (0xC60, 0xC61),
    (0xC80, 0xC80),
    (0xC85, 0xC8C),
    (0xC8E, 0xC90),
    (0xC92, 0xCA8),
    (0xCAA, 0xCB3),
    (0xCB5, 0xCB9),
    (0xCBD, 0xCBD),
    (0xCDD, 0xCDE),
    (0xCE0, 0xCE1),
    (0xCF1, 0xCF2),
    (0xD04, 0xD0C),
    (0xD0E, 0xD10),
    (0xD12, 0xD3A),
    (0xD3D, 0xD3D),
    (0xD4E, 0xD4E),
    (0xD54, 0xD56),
    (0xD5F, 0xD61),
    (0xD7A, 0xD7F),
    (0xD85, 0xD96),
    (0xD9A, 0xDB1),
    (0xDB3, 0xDBB),
    (0xDBD, 0xDBD),
    (0xDC0, 0xDC6),
    (0xE01, 0xE30),
    (0xE32, 0xE33),
    (0xE40, 0xE46),
    (0xE81, 0xE82),
    (0xE84, 0xE84),
    (0xE86, 0xE8A),
    (0xE8C, 0xEA3),
    (0xEA5, 0xEA5),
    (0xEA7, 0xEB0),
    (0xEB2, 0xEB3),
    (0xEBD, 0xEBD),
    (0xEC0, 0xEC4),
    (0xEC6, 0xEC6),
    (0xEDC, 0xEDF),
    (0xF00, 0xF00),
    (0xF40, 0xF47),
    (0xF49, 0xF6C),
    (0xF88, 0xF8C),
    (0x1000, 0x102A),
    (0x103F, 0x103F),
    (0x1050, 0x1055),
    (0x105A, 0x105D),
    (0x1061, 0x1061),
    (0x1065, 0x1066),
    (0x106E, 0x1070),
    (0x1075, 0x1081),
    (0x108E, 0x108E),
    (0x10A0, 0x10C5),
    (0x10C7, 0x10C7),
    (0x10CD, 0x10CD),
    (0x10D0, 0x10FA),
    (0x10FC, 0x1248),
    (0x124A, 0x124D),
    (0x1250, 0x1256),
    (0x1258, 0x1258),
    (0x125A, 0x125D),
    (0x1260, 0x1288),
    (0x128A, 0x128D),
    (0x1290, 0x12B0),
    (0x12B2, 0x12B5),
    (0x12B8, 0x12BE),
    (0x12C0, 0x12C0),
    (0x12C2, 0x12C5),
    (0x12C8, 0x12D6),
    (0x12D8, 0x1310),
    (0x1312, 0x1315),
    (0x1318, 0x135A),
    (0x1380, 0x138F),
    (0x13A0, 0x13F5),
    (0x13F8, 0x13FD),
    (0x1401, 0x166C),
    (0x166F, 0x167F),
    (0x1681, 0x169A),
    (0x16A0, 0x16EA),
    (0x16F1, 0x16F8),
    (0x1700, 0x1711),
    (0x171F, 0x1731),
    (0x1740, 0x1751),
    (0x1760, 0x176C),
    (0x176E, 0x1770),
    (0x1780, 0x17B3),
    (0x17D7, 0x17D7),
    (0x17DC, 0x17DC),
    (0x1820, 0x1878),
    (0x1880, 0x1884),
    (0x1887, 0x18A8),
    (0x18AA, 0x18AA),
    (0x18B0, 0x18F5),
    (0x1900, 0x191E),
    (0x1950, 0x196D),
    (0x1970, 0x1974),
    (0x1980, 0x19AB),
    (0x19B0, 0x19C9),
    (0x1A00, 0x1A16),
    (0x1A20, 0x1A54),
    (0x1AA7, 0x1AA7),
    (0x1B05, 0x1B33),
    (0x1B45, 0x1B4C),
    (0x1B83, 0x1BA0),
    (0x1BAE, 0x1BAF),
    (0x1BBA, 0x1BE5),
    (0x1C00, 0x1C23),
    (0x1C4D, 0x1C4F),
    (0x1C5A, 0x1C7D),
    (0x1C80, 0x1C88),
    (0x1C90, 0x1CBA),
    (0x1CBD, 0x1CBF),
    (0x1CE9, 0x1CEC),
    (0x1CEE, 0x1CF3),
    (0x1CF5, 0x1CF6),
    (0x1CFA, 0x1CFA),
    (0x1D00, 0x1DBF),
    (0x1E00, 0x1F15),
    (0x1F18, 0x1F1D),
    (0x1F20, 0x1F45),
    (0x1F48, 0x1F4D),
    (0x1F50, 0x1F57),
    (0x1F59, 0x1F59),
    (0x1F5B, 0x1F5B),
    (0x1F5D, 0x1F5D),
    (0x1F5F, 0x1F7D),
    (0x1F80, 0x1FB4),
    (0x1FB6, 0x1FBC),
    (0x1FBE, 0x1FBE),
    (0x1FC2, 0x1FC4),
    (0x1FC6, 0x1FCC),
    (0x1FD0, 0x1FD3),
    (0x1FD6, 0x1FDB),
    (0x1FE0, 0x1FEC),
    (0x1FF2, 0x1FF4),
    (0x1FF6, 0x1FFC),
    (0x2071, 0x2071),
    (0x207F, 0x207F),
    (0x2090, 0x209C),
    (0x2102, 0x2102),
    (0x2107, 0x2107),
    (0x210A, 0x2113),
    (0x2115, 0x2115),
    (0x2119, 0x211D),
    (0x2124, 0x2124),
    (0x2126, 0x2126),
    (0x2128, 0x2128),
    (0x212A, 0x212D),
    (0x212F, 0x2139),
    (0x213C, 0x213F),
    (0x2145, 0x2149),
    (0x214E, 0x214E),
    (0x2183, 0x2184),
    (0x2C00, 0x2CE4),
    (0x2CEB, 0x2CEE),
    (0x2CF2, 0x2CF3),
    (0x2D00, 0x2D25),
    (0x2D27, 0x2D27),
    (0x2D2D, 0x2D2D),
    (0x2D30, 0x2D67),
    (0x2D6F, 0x2D6F),
    (0x2D80, 0x2D96),
    (0x2DA0, 0x2DA6),
    (0x2DA8, 0x2DAE),
    (0x2DB0, 0x2DB6),
    (0x2DB8, 0x2DBE),
    (0x2DC0, 0x2DC6),
    (0x2DC8, 0x2DCE),
    (0x2DD0, 0x2DD6),
    (0x2DD8, 0x2DDE),
    (0x2E2F, 0x2E2F),
    (0x3005, 0x3006),
    (0x3031, 0x3035),
    (0x303B, 0x303C),
    (0x3041, 0x3096),
    (0x309D, 0x309F),
    (0x30A1, 0x30FA),
    (0x30FC, 0x30FF),
    (0x3105, 0x312F),
    (0x3131, 0x318E),
    (0x31A0, 0x31BF),
    (0x31F0, 0x31FF),
    (0x3400, 0x4DBF),
    (0x4E00, 0xA48C),
    (0xA4D0, 0xA4FD),
    (0xA500, 0xA60C),
    (0xA610, 0xA61F),
    (0xA62A, 0xA62B),
    (0xA640, 0xA66E),
    (0xA67F, 0xA69D),
    (0xA6A0, 0xA6E5),
    (0xA717, 0xA71F),
    (0xA722, 0xA788),
    (0xA78B, 0xA7CA),
    (0xA7D0, 0xA7D1),
    (0xA7D3, 0xA7D3),
    (0xA7D5, 0xA7D9),
    (0xA7F2, 0xA801),
    (0xA803, 0xA805),
    (0xA807, 0xA80A),
    (0xA80C, 0xA822),
    (0xA840, 0xA873),
    (0xA882, 0xA8B3),
    (0xA8F2, 0xA8F7),
    (0xA8FB, 0xA8FB),
    (0xA8FD, 0xA8FE),
    (0xA90A, 0xA925),
    (0xA930, 0xA946),
    (0xA960, 0xA97C),
    (0xA984, 0xA9B2),
    (0xA9CF, 0xA9CF),
    (0xA9E0, 0xA9E4),
    (0xA9E6, 0xA9EF),
    (0xA9FA, 0xA9FE),
    (0xAA00, 0xAA28),
    (0xAA40, 0xAA42),
    (0xAA44, 0xAA4B),
    (0xAA60, 0xAA76),
    (0xAA7A, 0xAA7A),
    (0xAA7E, 0xAAAF),
    (0xAAB1, 0xAAB1),
    (0xAAB5, 0xAAB6),
    (0xAAB9, 0xAABD),
    (0xAAC0, 0xAAC0),
    (0xAAC2, 0xAAC2),
    (0xAADB, 0xAADD),
    (0xAAE0, 0xAAEA),
    (0xAAF2, 0xAAF4),
    (0xAB01, 0xAB06),
    (0xAB09, 0xAB0E),
    (0xAB11, 0xAB16),
    (0xAB20, 0xAB26),
    (0xAB28, 0xAB2E),
    (0xAB30, 0xAB5A),
    (0xAB5C, 0xAB69),
    (0xAB70, 0xABE2),
    (0xAC00, 0xD7A3),
    (0xD7B0, 0xD7C6),
    (0xD7CB, 0xD7FB),
    (0xF900, 0xFA6D),
    (0xFA70, 0xFAD9),
    (0xFB00, 0xFB06),
    (0xFB13, 0xFB17),
    (0xFB1D, 0xFB1D),
    (0xFB1F, 0xFB28),
    (0xFB2A, 0xFB36),
    (0xFB38, 0xFB3C),
    (0xFB3E, 0xFB3E),
    (0xFB40, 0xFB41),
    (0xFB43, 0xFB44),
    (0xFB46, 0xFBB1),
    (0xFBD3, 0xFD3D),
    (0xFD50, 0xFD8F),
    (0xFD92, 0xFDC7),
    (0xFDF0, 0xFDFB),
    (0xFE70, 0xFE74),
    (0xFE76, 0xFEFC),
    (0xFF21, 0xFF3A),
    (0xFF41, 0xFF5A),
    (0xFF66, 0xFFBE),
    (0xFFC2, 0xFFC7),
    (0xFFCA, 0xFFCF),
    (0xFFD2, 0xFFD7),
    (0xFFDA, 0xFFDC),
    (0x10000, 0x1000B),
    (0x1000D, 0x10026),
    (0x10028, 0x1003A),
    (0x1003C, 0x1003D),
    (0x1003F, 0x1004D),
    (0x10050, 0x1005D),
    (0x10080, 0x100FA),
    (0x10280, 0x1029C),
    (0x102A0, 0x102D0),
    (0x10300, 0x1031F),
    (0x1032D, 0x10340),
    (0x10342, 0x10349),
    (0x10350, 0x10375),
    (0x10380, 0x1039D),
    (0x103A0, 0x103C3),
    (0x103C8, 0x103CF),
    (0x10400, 0x1049D),
    (0x104B0, 0x104D3),
    (0x104D8, 0x104FB),
    (0x10500, 0x10527),
    (0x10530, 0x10563),
    (0x10570, 0x1057A),
    (0x1057C, 0x1058A),
    (0x1058C, 0x10592),
    (0x10594, 0x10595),
    (0x10597, 0x105A1),
    (0x105A3, 0x105B1),
    (0x105B3, 0x105B9),
    (0x105BB, 0x105BC),
    (0x10600, 0x10736),
    (0x10740, 0x10755),
    (0x10760, 0x10767),
    (0x10780, 0x10785),
    (0x10787, 0x107B0),
    (0x107B2, 0x107BA),
    (0x10800, 0x10805),
    (0x10808, 0x10808),
    (0x1080A, 0x10835),
    (0x10837, 0x10838),
    (0x1083C, 0x1083C),
    (0x1083F, 0x10855),
    (0x10860, 0x10876),
    (0x10880, 0x1089E),
    (0x108E0, 0x108F2),
    (0x108F4, 0x108F5),
    (0x10900, 0x10915),
    (0x10920, 0x10939),
    (0x10980, 0x109B7),
    (0x109BE, 0x109BF),
    (0x10A00, 0x10A00),
    (0x10A10, 0x10A13),
    (0x10A15, 0x10A17),
    (0x10A19, 0x10A35),
    (0x10A60, 0x10A7C),
    (0x10A80, 0x10A9C),
    (0x10AC0, 0x10AC7),
    (0x10AC9, 0x10AE4),
    (0x10B00, 0x10B35),
    (0x10B40, 0x10B55),
    (0x10B60, 0x10B72),
    (0x10B80, 0x10B91),
    (0x10C00, 0x10C48),
    (0x10C80, 0x10CB2),
    (0x10CC0, 0x10CF2),
    (0x10D00, 0x10D23),
    (0x10E80, 0x10EA9),
    (0x10EB0, 0x10EB1),
    (0x10F00, 0x10F1C),
    (0x10F27, 0x10F27),
    (0x10F30, 0x10F45),
    (0x10F70, 0x10F81),
    (0x10FB0, 0x10FC4),
    (0x10FE0, 0x10FF6),
    (0x11003, 0x11037),
    (0x11071, 0x11072),
    (0x11075, 0x11075),
    (0x11083, 0x110AF),
    (0x110D0, 0x110E8),
    (0x11103, 0x11126),
    (0x11144, 0x11144),
    (0x11147, 0x11147),
    (0x11150, 0x11172),
    (0x11176, 0x11176),
    (0x11183, 0x111B2),
    (0x111C1, 0x111C4),
    (0x111DA, 0x111DA),
    (0x111DC, 0x111DC),
    (0x11200, 0x11211),
    (0x11213, 0x1122B),
    (0x1123F, 0x11240),
    (0x11280, 0x11286),
    (0x11288, 0x11288),
    (0x1128A, 0x1128D),
    (0x1128F, 0x1129D),
    (0x1129F, 0x112A8),
    (0x112B0, 0x112DE),
    (0x11305, 0x1130C),
    (0x1130F, 0x11310),
    (0x11313, 0x11328),
    (0x1132A, 0x11330),
    (0x11332, 0x11333),
    (0x11335, 0x11339),
    (0x1133D, 0x1133D),
    (0x11350, 0x11350),
    (0x1135D, 0x11361),
    (0x11400, 0x11434),
    (0x11447, 0x1144A),
    (0x1145F, 0x11461),
    (0x11480, 0x114AF),
    (0x114C4, 0x114C5),
    (0x114C7, 0x114C7),
    (0x11580, 0x115AE),
    (0x115D8, 0x115DB),
    (0x11600, 0x1162F),
    (0x11644, 0x11644),
    (0x11680, 0x116AA),
    (0x116B8, 0x116B8),
    (0x11700, 0x1171A),
    (0x11740, 0x11746),
    (0x11800, 0x1182B),
    (0x118A0, 0x118DF),
    (0x118FF, 0x11906),
    (0x11909, 0x11909),
    (0x1190C, 0x11913),
    (0x11915, 0x11916),
    (0x11918, 0x1192F),
    (0x1193F, 0x1193F),
    (0x11941, 0x11941),
    (0x119A0, 0x119A7),
    (0x119AA, 0x119D0),
    (0x119E1, 0x119E1),
    (0x119E3, 0x119E3),
    (0x11A00, 0x11A00),
    (0x11A0B, 0x11A32),
    (0x11A3A, 0x11A3A),
    (0x11A50, 0x11A50),
    (0x11A5C, 0x11A89),
    (0x11A9D, 0x11A9D),
    (0x11AB0, 0x11AF8),
    (0x11C00, 0x11C08),
    (0x11C0A, 0x11C2E),
    (0x11C40, 0x11C40),
    (0x11C72, 0x11C8F),
    (0x11D00, 0x11D06),
    (0x11D08, 0x11D09),
    (0x11D0B, 0x11D30),
    (0x11D46, 0x11D46),
    (0x11D60, 0x11D65),
    (0x11D67, 0x11D68),
    (0x11D6A, 0x11D89),
    (0x11D98, 0x11D98),
    (0x11EE0, 0x11EF2),
    (0x11F02, 0x11F02),
    (0x11F04, 0x11F10),
    (0x11F12, 0x11F33),
    (0x11FB0, 0x11FB0),
    (0x12000, 0x12399),
    (0x12480, 0x12543),
    (0x12F90, 0x12FF0),
    (0x13000, 0x1342F),
    (0x13441, 0x13446),
    (0x14400, 0x14646),
    (0x16800, 0x16A38),
    (0x16A40, 0x16A5E),
    (0x16A70, 0x16ABE),
    (0x16AD0, 0x16AED),
    (0x16B00, 0x16B2F),
    (0x16B40, 0x16B43),
    (0x16B63, 0x16B77),
    (0x16B7D, 0x16B8F),
    (0x16E40, 0x16E7F),
    (0x16F00, 0x16F4A),
    (0x16F50, 0x16F50),
    (0x16F93, 0x16F9F),
    (0x16FE0, 0x16FE1),
    (0x16FE3, 0x16FE3),
    (0x17000, 0x187F7),
    (0x18800, 0x18CD5),
    (0x18D00, 0x18D08),
    (0x1AFF0, 0x1AFF3),
    (0x1AFF5, 0x1AFFB),
    (0x1AFFD, 0x1AFFE),
    (0x1B000, 0x1B122),
    (0x1B132, 0x1B132),
    (0x1B150, 0x1B152),
    (0x1B155, 0x1B155),
    (0x1B164, 0x1B167),
    (0x1B170, 0x1B2FB),
    (0x1BC00, 0x1BC6A),
    (0x1BC70, 0x1BC7C),
    (0x1BC80, 0x1BC88),
    (0x1BC90, 0x1BC99),
    (0x1D400, 0x1D454),
    (0x1D456, 0x1D49C),
    (0x1D49E, 0x1D49F),
    (0x1D4A2, 0x1D4A2),
    (0x1D4A5, 0x1D4A6),
    (0x1D4A9, 0x1D4AC),
    (0x1D4AE, 0x1D4B9),
    (0x1D4BB, 0x1D4BB),
    (0x1D4BD, 0x1D4C3),
    (0x1D4C5, 0x1D505),
    (0x1D507, 0x1D50A),
    (0x1D50D, 0x1D514),
    (0x1D516, 0x1D51C),
    (0x1D51E, 0x1D539),
    (0x1D53B, 0x1D53E),
    (0x1D540, 0x1D544),
    (0x1D546, 0x1D546),
    (0x1D54A, 0x1D550),
    (0x1D552, 0x1D6A5),
    (0x1D6A8, 0x1D6C0),
    (0x1D6C2, 0x1D6DA),
    (0x1D6DC, 0x1D6FA),
    (0x1D6FC, 0x1D714),
    (0x1D716, 0x1D734),
    (0x1D736, 0x1D74E),
    (0x1D750, 0x1D76E),
    (0x1D770, 0x1D788),
    (0x1D78A, 0x1D7A8),
    (0x1D7AA, 0x1D7C2),
    (0x1D7C4, 0x1D7CB),
    (0x1DF00, 0x1DF1E),
    (0x1DF25, 0x1DF2A),
    (0x1E030, 0x1E06D),
    (0x1E100, 0x1E12C),
    (0x1E137, 0x1E13D),
    (0x1E14E, 0x1E14E),
    (0x1E290, 0x1E2AD),
    (0x1E2C0, 0x1E2EB),
    (0x1E4D0, 0x1E4EB),
    (0x1E7E0, 0x1E7E6),
    (0x1E7E8, 0x1E7EB),
    (0x1E7ED, 0x1E7EE),
    (0x1E7F0, 0x1E7FE),
    (0x1E800, 0x1E8C4),
    (0x1E900, 0x1E943),
    (0x1E94B, 0x1E94B),
    (0x1EE00, 0x1EE03),
    (0x1EE05, 0x1EE1F),
    (0x1EE21, 0x1EE22),
    (0x1EE24, 0x1EE24),
    (0x1EE27, 0x1EE27),
    (0x1EE29, 0x1EE32),
    (0x1EE34, 0x1EE37),
    (0x1EE39, 0x1EE39),
    (0x1EE3B, 0x1EE3B),
    (0x1EE42, 0x1EE42),
    (0x1EE47, 0x1EE47),
    (0x1EE49, 0x1EE49),
    (0x1EE4B, 0x1EE4B),
    (0x1EE4D, 0x1EE4F),
    (0x1EE51, 0x1EE52),
    (0x1EE54, 0x1EE54),
    (0x1EE57, 0x1EE57),
    (0x1EE59, 0x1EE59),
    (0x1EE5B, 0x1EE5B),
    (0x1EE5D, 0x1EE5D),
    (0x1EE5F, 0x1EE5F),
    (0x1EE61, 0x1EE62),
    (0x1EE64, 0x1EE64),
    (0x1EE67, 0x1EE6A),
    (0x1EE6C, 0x1EE72),
    (0x1EE74, 0x1EE77),
    (0x1EE79, 0x1EE7C),
    (0x1EE7E, 0x1EE7E),
    (0x1EE80, 0x1EE89),
    (0x1EE8B, 0x1EE9B),
    (0x1EEA1, 0x1EEA3),
    (0x1EEA5, 0x1EEA9),
    (0x1EEAB, 0x1EEBB),
    (0x20000, 0x2A6DF),
    (0x2A700, 0x2B739),
    (0x2B740, 0x2B81D),
    (0x2B820, 0x2CEA1),
    (0x2CEB0, 0x2EBE0),
    (0x2F800, 0x2FA1D),
    (0x30000, 0x3134A),
    (0x31350, 0x323AF),
];
/// Unicode 15.0.0 general category Nd (decimal digits), as inclusive ranges.
const DIGIT: &[(u32, u32)] = &[
    (0x30, 0x39),
    (0x660, 0x669),
    (0x6F0, 0x6F9),
    (0x7C0, 0x7C9),
    (0x966, 0x96F),
    (0x9E6, 0x9EF),
    (0xA66, 0xA6F),
    (0xAE6, 0xAEF),
    (0xB66, 0xB6F),
    (0xBE6, 0xBEF),
    (0xC66, 0xC6F),
    (0xCE6, 0xCEF),
    (0xD66, 0xD6F),
    (0xDE6, 0xDEF),
    (0xE50, 0xE59),
    (0xED0, 0xED9),
    (0xF20, 0xF29),
    (0x1040, 0x1049),
    (0x1090, 0x1099),
    (0x17E0, 0x17E9),
    (0x1810, 0x1819),
    (0x1946, 0x194F),
    (0x19D0, 0x19D9),
    (0x1A80, 0x1A89),
    (0x1A90, 0x1A99),
    (0x1B50, 0x1B59),
    (0x1BB0, 0x1BB9),
    (0x1C40, 0x1C49),
    (0x1C50, 0x1C59),
    (0xA620, 0xA629),
    (0xA8D0, 0xA8D9),
    (0xA900, 0xA909),
    (0xA9D0, 0xA9D9),
    (0xA9F0, 0xA9F9),
    (0xAA50, 0xAA59),
    (0xABF0, 0xABF9),
    (0xFF10, 0xFF19),
    (0x104A0, 0x104A9),
    (0x10D30, 0x10D39),
    (0x11066, 0x1106F),
    (0x110F0, 0x110F9),
    (0x11136, 0x1113F),
    (0x111D0, 0x111D9),
    (0x112F0, 0x112F9),
    (0x11450, 0x11459),
    (0x114D0, 0x114D9),
    (0x11650, 0x11659),
    (0x116C0, 0x116C9),
    (0x11730, 0x11739),
    (0x118E0, 0x118E9),
    (0x11950, 0x11959),
    (0x11C50, 0x11C59),
    (0x11D50, 0x11D59),
    (0x11DA0, 0x11DA9),
    (0x11F50, 0x11F59),
    (0x16A60, 0x16A69),
    (0x16AC0, 0x16AC9),
    (0x16B50, 0x16B59),
    (0x1D7CE, 0x1D7FF),
    (0x1E140, 0x1E149),
    (0x1E2F0, 0x1E2F9),
    (0x1E4F0, 0x1E4F9),
    (0x1E950, 0x1E959),
    (0x1FBF0, 0x1FBF9),
];
