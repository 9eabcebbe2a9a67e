//! What the history needs from a database, in one transaction: run a
//! statement, read rows. [`crate::sqlite`] and [`crate::postgres`] implement
//! it; everything above is written once.

use crate::dialect::Dialect;
use crate::error::StoreError;
use crate::value::{Row, Value};

/// A transaction of either database. SQL is given as a query template
/// ([`Dialect::query`]); the implementation renders it.
pub(crate) trait Tx {
    /// The database's dialect.
    fn dialect(&self) -> Dialect;
    /// Runs statements without parameters (rendered DDL).
    fn batch(&mut self, sql: &str) -> Result<(), StoreError>;
    /// Runs one statement; returns the rows it changed.
    fn exec(&mut self, sql: &str, params: &[Value]) -> Result<u64, StoreError>;
    /// Runs one query; returns its rows.
    fn rows(&mut self, sql: &str, params: &[Value]) -> Result<Vec<Row>, StoreError>;
}
