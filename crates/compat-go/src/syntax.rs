//! Go source parsed into a concrete syntax tree (tree-sitter-go): the one
//! module of compat that touches the parser, so the analyses above it
//! (`upgrade`'s loop variables, `cgo`'s pointer rules) see a small API.
//!
//! tree-sitter recovers from syntax errors (an `ERROR` node where the text
//! does not parse) instead of failing, which is what a checker of real
//! trees wants: one bad function does not hide the rest of the file.
//! [`Syntax::errors`] says where the tree is not Go, so that a check can
//! report it rather than silently pass the region. Parsing is bounded: the
//! text by [`compat_fs::Limit::GoSource`] (its reader), the time by
//! [`PARSE_BUDGET`].

pub mod regions;

use std::ops::Range;
use std::time::{Duration, Instant};

pub use tree_sitter::Node;
use tree_sitter::{ParseOptions, ParseState, Parser, Point, Tree};

/// The longest compat lets tree-sitter work on one file; a file that takes
/// longer (far beyond anything a human or generator writes: Go's biggest
/// files parse in milliseconds) is reported as not parsed.
pub const PARSE_BUDGET: Duration = Duration::from_secs(10);

/// Why a file has no syntax tree.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum SyntaxError {
    /// The parser took longer than [`PARSE_BUDGET`].
    #[error("parsing took longer than {} s", PARSE_BUDGET.as_secs())]
    TooSlow,
    /// The grammar could not be loaded (a tree-sitter ABI mismatch: a build
    /// problem, never the input's).
    #[error("the Go grammar could not be loaded: {0}")]
    Grammar(String),
}

/// One Go source file and its syntax tree.
pub struct Syntax {
    text: String,
    tree: Tree,
}

impl std::fmt::Debug for Syntax {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Syntax")
            .field("bytes", &self.text.len())
            .field("root", &self.tree.root_node().kind())
            .finish()
    }
}

/// A 1-based line and column (the column counts bytes, as Go's tools do).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Pos {
    /// 1-based line.
    pub line: u32,
    /// 1-based byte column.
    pub column: u32,
}

/// Parses `text` as a Go source file.
pub fn parse(text: impl Into<String>) -> Result<Syntax, SyntaxError> {
    parse_parts(text, &[])
}

/// Parses `text` as a Go source file without the byte ranges of `skip`
/// (sorted, not overlapping): the parser never sees them, as if they were
/// not there, and the tree keeps the text's offsets, lines and columns. An
/// analysis that needs only some function bodies skips the others' insides
/// ([`regions`] finds them) and parses a fraction of the text; skipping
/// the inside of a `{ }` leaves valid Go.
pub fn parse_parts(text: impl Into<String>, skip: &[Range<usize>]) -> Result<Syntax, SyntaxError> {
    let text = text.into();
    let mut parser = Parser::new();
    parser
        .set_language(&tree_sitter_go::LANGUAGE.into())
        .map_err(|e| SyntaxError::Grammar(e.to_string()))?;
    if !skip.is_empty() {
        let ranges = included(&text, skip);
        // Ranges built from sorted, disjoint skips are sorted and disjoint:
        // tree-sitter refuses nothing else.
        parser
            .set_included_ranges(&ranges)
            .map_err(|e| SyntaxError::Grammar(format!("included ranges: {e:?}")))?;
    }
    let start = Instant::now();
    let mut progress = |_: &ParseState| start.elapsed() > PARSE_BUDGET;
    let options = ParseOptions::new().progress_callback(&mut progress);
    let bytes = text.as_bytes();
    let tree = parser.parse_with_options(
        &mut |offset: usize, _| bytes.get(offset..).unwrap_or_default(),
        None,
        Some(options),
    );
    // tree-sitter gives up only when the progress callback cancels it.
    let tree = tree.ok_or(SyntaxError::TooSlow)?;
    Ok(Syntax { text, tree })
}

/// The complement of `skip` in `text`, as tree-sitter ranges.
fn included(text: &str, skip: &[Range<usize>]) -> Vec<tree_sitter::Range> {
    let bytes = text.as_bytes();
    let line_starts: Vec<usize> = std::iter::once(0)
        .chain(
            bytes
                .iter()
                .enumerate()
                .filter(|(_, b)| **b == b'\n')
                .map(|(i, _)| i + 1),
        )
        .collect();
    let point = |offset: usize| {
        let row = line_starts.partition_point(|&s| s <= offset) - 1;
        Point::new(row, offset - line_starts[row])
    };
    let mut out = Vec::with_capacity(skip.len() + 1);
    let mut at = 0;
    for r in skip
        .iter()
        .map(|r| r.start.min(bytes.len())..r.end.min(bytes.len()))
        .chain(std::iter::once(bytes.len()..bytes.len()))
    {
        if r.start > at {
            out.push(tree_sitter::Range {
                start_byte: at,
                end_byte: r.start,
                start_point: point(at),
                end_point: point(r.start),
            });
        }
        at = at.max(r.end);
    }
    out
}

impl Syntax {
    /// The file's text.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The `source_file` node.
    pub fn root(&self) -> Node<'_> {
        self.tree.root_node()
    }

    /// The source text `node` spans.
    pub fn text_of(&self, node: Node<'_>) -> &str {
        self.text.get(node.byte_range()).unwrap_or_default()
    }

    /// Where `node` starts.
    pub fn pos(&self, node: Node<'_>) -> Pos {
        let p = node.start_position();
        Pos {
            line: u32::try_from(p.row + 1).unwrap_or(u32::MAX),
            column: u32::try_from(p.column + 1).unwrap_or(u32::MAX),
        }
    }

    /// The places where the text is not Go (`ERROR` and missing nodes), in
    /// source order, at most `limit` of them.
    pub fn errors(&self, limit: usize) -> Vec<Pos> {
        let mut out = Vec::new();
        if !self.root().has_error() {
            return out;
        }
        let mut stack = vec![self.root()];
        while let Some(node) = stack.pop() {
            if out.len() >= limit {
                break;
            }
            if node.is_error() || node.is_missing() {
                out.push(self.pos(node));
                continue;
            }
            if node.has_error() {
                let mut cursor = node.walk();
                let children: Vec<_> = node.children(&mut cursor).collect();
                stack.extend(children.into_iter().rev());
            }
        }
        out.sort();
        out
    }
}

/// Every node below `node` (itself included) in source order, visited
/// without recursion, so that a deeply nested file cannot overflow the
/// stack.
pub fn descendants(node: Node<'_>) -> impl Iterator<Item = Node<'_>> {
    let mut cursor = node.walk();
    let mut done = false;
    std::iter::from_fn(move || {
        if done {
            return None;
        }
        let current = cursor.node();
        if cursor.goto_first_child() {
            return Some(current);
        }
        loop {
            if cursor.node() == node {
                done = true;
                return Some(current);
            }
            if cursor.goto_next_sibling() {
                return Some(current);
            }
            if !cursor.goto_parent() {
                done = true;
                return Some(current);
            }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_go_and_reports_positions() {
        let s =
            parse("package p\n\nfunc f() {\n\tfor i := range 3 {\n\t\tgo g(i)\n\t}\n}\n").unwrap();
        assert!(s.errors(10).is_empty());
        let fors: Vec<_> = descendants(s.root())
            .filter(|n| n.kind() == "for_statement")
            .collect();
        assert_eq!(fors.len(), 1);
        assert_eq!(s.pos(fors[0]), Pos { line: 4, column: 2 });
        assert!(s.text_of(fors[0]).starts_with("for i := range 3"));
    }

    #[test]
    fn broken_text_parses_with_errors_located() {
        let s = parse("package p\n\nfunc f( {\n}\n\nfunc g() {}\n").unwrap();
        let errs = s.errors(10);
        assert!(!errs.is_empty());
        assert_eq!(errs[0].line, 3);
        // The rest of the file is still there.
        assert!(descendants(s.root())
            .any(|n| n.kind() == "function_declaration" && s.text_of(n).starts_with("func g")));
    }

    #[test]
    fn descendants_visit_every_node_once_in_order() {
        let s = parse("package p\nvar x = 1\n").unwrap();
        let kinds: Vec<_> = descendants(s.root()).map(|n| n.kind()).collect();
        assert_eq!(kinds.first(), Some(&"source_file"));
        let total = descendants(s.root()).count();
        let mut count = 0;
        let mut stack = vec![s.root()];
        while let Some(n) = stack.pop() {
            count += 1;
            let mut c = n.walk();
            stack.extend(n.children(&mut c));
        }
        assert_eq!(total, count);
    }

    #[test]
    fn skipped_parts_are_not_parsed_and_positions_stay_the_text_s() {
        let src = "package p\n\n// doc\nfunc f() {\n\tx := 1 +\n}\n\nfunc g() {\n\tfor i := range 3 {\n\t\tgo h(i)\n\t}\n}\n";
        let tl = regions::top_level(src.as_bytes());
        let mut skip: Vec<_> = tl.comments.clone();
        skip.push(tl.regions[0].inside());
        skip.sort_by_key(|r| r.start);
        let s = parse_parts(src, &skip).unwrap();
        // f's broken body was never parsed.
        assert!(s.errors(10).is_empty(), "{:?}", s.errors(10));
        let fors: Vec<_> = descendants(s.root())
            .filter(|n| n.kind() == "for_statement")
            .collect();
        assert_eq!(fors.len(), 1);
        assert_eq!(s.pos(fors[0]), Pos { line: 9, column: 2 });
        assert!(s.text_of(fors[0]).starts_with("for i := range 3"));
        let funcs = descendants(s.root())
            .filter(|n| n.kind() == "function_declaration")
            .count();
        assert_eq!(funcs, 2);
    }

    #[test]
    fn deep_nesting_does_not_overflow() {
        let mut src = String::from("package p\nvar x = ");
        src.push_str(&"(".repeat(20_000));
        src.push('1');
        src.push_str(&")".repeat(20_000));
        src.push('\n');
        let s = parse(src).unwrap();
        assert!(descendants(s.root()).count() > 20_000);
    }
}
