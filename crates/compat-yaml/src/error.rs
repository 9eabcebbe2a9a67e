//! Errors of [`crate::from_str`]: what went wrong and where (1-based line and column).

use std::fmt;

/// A YAML document that could not be read as one JSON value.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("line {line}, column {column}: {kind}")]
pub struct Error {
    /// 1-based line of the offending token.
    pub line: usize,
    /// 1-based column of the offending token.
    pub column: usize,
    /// What is wrong.
    pub kind: ErrorKind,
}

/// The kinds of [`Error`].
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The text is not YAML (the parser's own message).
    Syntax(String),
    /// The stream holds no document.
    Empty,
    /// The stream holds more than one document.
    SeveralDocuments,
    /// Nesting deeper than [`crate::Limits::max_depth`].
    TooDeep(usize),
    /// More nodes than [`crate::Limits::max_nodes`], counting every copy an alias makes.
    TooManyNodes(usize),
    /// Aliases copy more nodes than [`crate::Limits::max_alias_nodes`].
    TooManyAliasNodes(usize),
    /// An alias to an anchor that is not defined (or not yet complete: a recursive alias).
    UnknownAlias,
    /// A mapping key that is a sequence or mapping: JSON keys are strings.
    ComplexKey,
    /// The same key twice in one mapping.
    DuplicateKey(String),
    /// A merge key (`<<`) whose value is not a mapping or a sequence of mappings.
    BadMerge,
}

impl fmt::Display for ErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ErrorKind::Syntax(message) => write!(f, "not valid YAML: {message}"),
            ErrorKind::Empty => f.write_str("no YAML document"),
            ErrorKind::SeveralDocuments => {
                f.write_str("several YAML documents in one file; expected exactly one")
            }
            ErrorKind::TooDeep(limit) => write!(f, "nested deeper than {limit} levels"),
            ErrorKind::TooManyNodes(limit) => {
                write!(f, "more than {limit} nodes (aliases included)")
            }
            ErrorKind::TooManyAliasNodes(limit) => {
                write!(f, "aliases copy more than {limit} nodes")
            }
            ErrorKind::UnknownAlias => {
                f.write_str("alias to an anchor that is not defined before it")
            }
            ErrorKind::ComplexKey => {
                f.write_str("a mapping key that is a sequence or mapping (JSON keys are strings)")
            }
            ErrorKind::DuplicateKey(key) => write!(f, "duplicate key {key:?}"),
            ErrorKind::BadMerge => {
                f.write_str("merge key `<<` needs a mapping or a sequence of mappings")
            }
        }
    }
}
