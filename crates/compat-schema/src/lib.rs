//! JSON Schema compatibility: does every document one schema accepts pass
//! the other? Drafts 4, 6, 7, 2019-09 and 2020-12 (dialect from `$schema`),
//! OpenAPI 3.0's `nullable` on request.
//!
//! # Using it from another checker (OpenAPI request and response bodies)
//!
//! ```
//! use compat_schema::{compare, Direction, Options, SchemaDoc};
//! use serde_json::json;
//!
//! let old = SchemaDoc::from_value(json!({"components": {"schemas": {
//!     "Pet": {"type": "object", "properties": {"name": {"type": "string", "maxLength": 20}}}}}})).unwrap();
//! let new = SchemaDoc::from_value(json!({"components": {"schemas": {
//!     "Pet": {"type": "object", "properties": {"name": {"type": "string", "maxLength": 10}}}}}})).unwrap();
//! // A request body must accept everything old clients send: Backward
//! // (every document valid under OLD is valid under NEW). A response body
//! // must only produce what old clients accept: Forward.
//! let changes = compare(&old, "#/components/schemas/Pet", &new, "#/components/schemas/Pet",
//!                       Direction::Backward, &Options::default()).unwrap();
//! assert_eq!(changes[0].rule, "schema-length-narrowed");
//! assert_eq!(changes[0].instance_path, "/name");
//! // Every breaking change carries a document valid under OLD and invalid under NEW.
//! assert!(changes[0].counterexample.is_some());
//! ```
//!
//! A [`SchemaDoc`] is built from an in-memory `serde_json::Value`
//! ([`SchemaDoc::from_value`]: references stay inside it) or with a
//! [`Loader`] for references to other files ([`SchemaDoc::load`]); a
//! reference to a remote URL is an error unless [`LoadOptions::ref_map`]
//! maps it to a file. Pointers name the compared schema inside each
//! document (`""` or `"#"` for the root). [`Comparer`] keeps the graph
//! of both documents between calls, for many comparisons of one pair; a
//! [`SharedGraph`], built first, is read by several comparers at once
//! (threads), each learning on its own.
//! [`Change::to_finding`] makes the report's finding of a change.
//!
//! # How it decides
//!
//! Semantically, not by spelling: `allOf` and `$ref` are conjunctions,
//! `anyOf`/`oneOf` on the old side are split branch by branch (a `oneOf`
//! branch another branch contains is left out: it gives no document), a type set
//! is compared as a set (`integer` inside `number`), an `enum` is decided
//! value by value with a validator, properties are compared through the
//! schema each name gets (`properties`, `patternProperties`,
//! `additionalProperties`, `unevaluatedProperties`), and so on
//! (`check.rs`). A difference is reported as breaking only with a
//! counterexample document that compat's validator accepts under one side
//! and rejects under the other (one that a sibling branch of the side's
//! own `oneOf` also accepts, or another branch of the other side's union,
//! is changed until none does, `repair.rs`); a difference it cannot prove either way
//! (inclusion of a pattern no automaton represents, `not`, a limit) is a
//! `schema-undecided` warning, never a silent pass. Pattern inclusion is
//! otherwise decided on automata (`pattern.rs`).
//!
//! Limits: `format` is an annotation (a change is a warning);
//! `$dynamicRef`/`$recursiveRef` are resolved statically;
//! `unevaluated*` sees the annotations of the in-place subschemas below its
//! own node (`allOf`, `$ref`, the `anyOf`/`oneOf`/`if` branches that pass,
//! dependent schemas, a 2020-12 `contains`), as the validator and the check
//! both read them (`evaluated.rs`); the check compares every combination of
//! up to 4 branches of an `anyOf` beside it.

mod change;
mod check;
mod dialect;
mod diff;
mod doc;
mod error;
mod evaluated;
mod files;
mod generate;
mod graph;
pub mod lookup;
mod memo;
mod pattern;
mod range;
mod repair;
mod same;
mod set;
mod types;
mod uri;
mod validate;
mod view;

pub use change::{Change, Comparer, SharedGraph, Why, Word, Words, UNDECIDED};
pub use check::Family;
pub use dialect::Draft;
pub use diff::{diff, DiffInput, Mode};
pub use doc::{
    display_pointer, pointers_of, Document, LoadOptions, Loader, Location, NoLoader, SchemaDoc,
};
pub use error::SchemaError;
pub use files::{file_path, file_uri, load_file, load_with, read_value, FileError, FileSource};
pub use set::file_removed;

/// Which way documents must keep passing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Direction {
    /// Every document valid under the old schema is valid under the new
    /// (readers on the new schema read old data; a request body).
    Backward,
    /// Every document valid under the new schema is valid under the old
    /// (readers on the old schema read new data; a response body).
    Forward,
}

impl Direction {
    /// `backward` or `forward`.
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Backward => "backward",
            Direction::Forward => "forward",
        }
    }
}

/// How strict to be about open content models.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Policy {
    /// As Confluent Schema Registry: a property the new schema declares where
    /// the old one's content model was open (any value was allowed) breaks
    /// backward compatibility, because old documents may carry that name
    /// with another value.
    #[default]
    Strict,
    /// Allows it (reported as info): producers are trusted not to have used
    /// undeclared names.
    Lenient,
}

impl Policy {
    /// `strict` or `lenient`.
    pub fn as_str(self) -> &'static str {
        match self {
            Policy::Strict => "strict",
            Policy::Lenient => "lenient",
        }
    }
}

/// Options of a comparison.
#[derive(Debug, Clone, Copy, Default)]
pub struct Options {
    /// Open content models (default strict).
    pub policy: Policy,
    /// OpenAPI 3.0: `nullable: true` adds `null` to `type`.
    pub nullable: bool,
    /// Swagger 2.0: `x-nullable: true` adds `null` to `type`.
    pub x_nullable: bool,
    /// OpenAPI: properties whose schema carries this flag set to `true`
    /// are left out (`readOnly` in a request: clients do not send them;
    /// `writeOnly` in a response: servers do not return them). A name in
    /// `required` beside such a property is dropped with it.
    pub skip_flag: Option<&'static str>,
    /// OpenAPI: a `discriminator` beside `oneOf`/`anyOf` makes each
    /// alternative given by `$ref` require its value of the discriminating
    /// property (the `mapping` keys naming it, else the component's name).
    pub discriminator: bool,
}

/// Compares the schema at `old_pointer` in `old` with the one at
/// `new_pointer` in `new` in one direction, and returns what breaks (and
/// warnings), in a deterministic order. See the crate documentation.
pub fn compare(
    old: &SchemaDoc,
    old_pointer: &str,
    new: &SchemaDoc,
    new_pointer: &str,
    direction: Direction,
    options: &Options,
) -> Result<Vec<Change>, SchemaError> {
    Comparer::new(old, new, options).compare(old_pointer, new_pointer, direction)
}
