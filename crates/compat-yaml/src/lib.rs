//! YAML documents read as JSON values, for the readers of JSON Schema, OpenAPI and CLI-surface files.
//!
//! Contract files arrive as YAML or JSON; the checkers work on [`serde_json::Value`] only. This crate turns
//! one YAML document into that value and nothing more, under explicit [`Limits`], so a hostile file costs a
//! bounded amount of work:
//!
//! - the parser is driven event by event and the value is built on an explicit stack: deep nesting is an
//!   [`Error`], never a stack overflow;
//! - aliases are expanded by copying the anchored value, and every copied node counts against
//!   [`Limits::max_nodes`] (a "billion laughs" document stops at the budget);
//! - plain scalars are resolved with YAML 1.2's core schema (`null`, `true`, `0x1F`, `1e3`, ...); quoted
//!   scalars and `!!str` stay strings; mapping keys become strings (`200:` is the key `"200"`);
//! - duplicate keys are an error (YAML requires unique keys; JSON readers would silently keep one);
//! - merge keys (`<<: *base`) are honoured, as most YAML tools do for OpenAPI files.
//!
//! [`from_str_with_positions`] also returns where each node is (a mapping's value at its key), keyed by JSON pointer, so findings can
//! carry a line number.

mod build;
mod error;
mod scalar;

pub use build::{from_str, from_str_with_positions, Limits, Position, Positions, MIN_ALIAS_NODES};
pub use error::{Error, ErrorKind};
