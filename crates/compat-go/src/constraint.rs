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
//!
//! This module holds the expression type, the errors, the limits and the
//! line-level functions; one submodule per concern holds the rest: `parse`
//! (the `//go:build` grammar), `plus_build` (the `// +build` syntax both
//! ways), `version` ([`go_version`]), `bdd` ([`equivalent`]) and `unicode`
//! (the tag character tables).

mod bdd;
mod parse;
mod plus_build;
mod unicode;
mod version;

pub use bdd::{equivalent, try_equivalent};
pub(crate) use bdd::{Bdd, BDD_FALSE, BDD_MAX_VARS, BDD_TRUE};
pub use parse::{parse_expr, parse_expr_with};
pub use plus_build::{
    parse_plus_build_expr, parse_plus_build_text, parse_plus_build_text_with, plus_build_lines,
};
pub use unicode::{is_go_digit, is_go_letter};
pub use version::go_version;

use std::fmt;

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

fn is_tag_char(c: char) -> bool {
    is_go_letter(c) || is_go_digit(c) || c == '_' || c == '.'
}

/// Go's `isValidTag`: non-empty, only letters, digits, `_` and `.` (all
/// digits are fine, e.g. `386`).
pub fn is_valid_tag(word: &str) -> bool {
    !word.is_empty() && word.chars().all(is_tag_char)
}
