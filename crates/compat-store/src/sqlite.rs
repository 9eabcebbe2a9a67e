//! The SQLite backend: one file (rusqlite with SQLite compiled in), WAL
//! journal so readers never wait for the writer, a generous busy timeout so
//! concurrent writers queue instead of failing, foreign keys on (pruning
//! cascades), and every write in a `BEGIN IMMEDIATE` transaction: a writer
//! takes the lock before it reads, so two writers never deadlock, and a
//! writer killed mid-transaction leaves nothing behind (the journal rolls it
//! back on the next open).

use std::path::Path;
use std::time::Duration;

use rusqlite::types::{ToSqlOutput, ValueRef};
use rusqlite::{Connection, OpenFlags, TransactionBehavior};

use crate::backend::Tx;
use crate::dialect::Dialect;
use crate::error::{DbError, StoreError};
use crate::value::{Row, Value};

/// How long a writer waits for another one before giving up.
const BUSY_TIMEOUT: Duration = Duration::from_secs(300);

/// How long a read-only reader (the dashboard) waits for a lock.
const READ_BUSY_TIMEOUT: Duration = Duration::from_secs(10);

/// An open SQLite store.
pub(crate) struct Db {
    conn: Connection,
    location: String,
}

impl Db {
    /// Opens (and with `create`, makes) the file at `path`.
    pub fn open(path: &Path, create: bool, location: String) -> Result<Db, StoreError> {
        let fail = |e: DbError| StoreError::Database {
            location: location.clone(),
            message: e.0,
        };
        if !create && !path.is_file() {
            return Err(StoreError::Missing(location));
        }
        if create {
            if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
                std::fs::create_dir_all(parent).map_err(|e| StoreError::Database {
                    location: location.clone(),
                    message: format!("cannot create {}: {e}", parent.display()),
                })?;
            }
        }
        let mut flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        if create {
            flags |= OpenFlags::SQLITE_OPEN_CREATE;
        }
        let conn = Connection::open_with_flags(path, flags).map_err(|e| fail(e.into()))?;
        conn.busy_timeout(BUSY_TIMEOUT)
            .map_err(|e| fail(e.into()))?;
        let mode: String = conn
            .query_row("PRAGMA journal_mode=WAL", [], |r| r.get(0))
            .map_err(|e| fail(e.into()))?;
        if !mode.eq_ignore_ascii_case("wal") {
            return Err(fail(DbError(format!(
                "cannot use the WAL journal (journal_mode is {mode})"
            ))));
        }
        conn.execute_batch("PRAGMA foreign_keys=ON")
            .map_err(|e| fail(e.into()))?;
        Ok(Db { conn, location })
    }

    /// Opens the existing file at `path` read-only: nothing is written, not
    /// even a journal mode (a store is always made in WAL mode).
    pub fn open_read_only(path: &Path, location: String) -> Result<Db, StoreError> {
        if !path.is_file() {
            return Err(StoreError::Missing(location));
        }
        let fail = |e: rusqlite::Error| StoreError::Database {
            location: location.clone(),
            message: e.to_string(),
        };
        let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn = Connection::open_with_flags(path, flags).map_err(fail)?;
        conn.busy_timeout(READ_BUSY_TIMEOUT).map_err(fail)?;
        Ok(Db { conn, location })
    }

    /// Runs `f` in a write transaction (`BEGIN IMMEDIATE`), committed when it succeeds.
    pub fn write<T>(
        &mut self,
        f: impl FnOnce(&mut dyn Tx) -> Result<T, StoreError>,
    ) -> Result<T, StoreError> {
        self.transaction(TransactionBehavior::Immediate, f)
    }

    /// Runs `f` in a read transaction (one consistent snapshot).
    pub fn read<T>(
        &mut self,
        f: impl FnOnce(&mut dyn Tx) -> Result<T, StoreError>,
    ) -> Result<T, StoreError> {
        self.transaction(TransactionBehavior::Deferred, f)
    }

    fn transaction<T>(
        &mut self,
        behavior: TransactionBehavior,
        f: impl FnOnce(&mut dyn Tx) -> Result<T, StoreError>,
    ) -> Result<T, StoreError> {
        let location = self.location.clone();
        let fail = |e: rusqlite::Error| StoreError::Database {
            location: location.clone(),
            message: e.to_string(),
        };
        let tx = self
            .conn
            .transaction_with_behavior(behavior)
            .map_err(fail)?;
        let mut w = SqliteTx {
            tx,
            location: &self.location,
        };
        let value = f(&mut w)?;
        w.tx.commit().map_err(fail)?;
        Ok(value)
    }
}

/// A transaction on the SQLite store.
struct SqliteTx<'a> {
    tx: rusqlite::Transaction<'a>,
    location: &'a str,
}

impl SqliteTx<'_> {
    fn fail(&self, e: rusqlite::Error) -> StoreError {
        StoreError::Database {
            location: self.location.to_owned(),
            message: e.to_string(),
        }
    }
}

impl rusqlite::ToSql for Value {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        Ok(ToSqlOutput::Borrowed(match self {
            Value::Null => ValueRef::Null,
            Value::Int(n) => ValueRef::Integer(*n),
            Value::Real(x) => ValueRef::Real(*x),
            Value::Text(t) => ValueRef::Text(t.as_bytes()),
            Value::Blob(b) => ValueRef::Blob(b),
        }))
    }
}

impl Tx for SqliteTx<'_> {
    fn dialect(&self) -> Dialect {
        Dialect::Sqlite
    }

    fn batch(&mut self, sql: &str) -> Result<(), StoreError> {
        self.tx.execute_batch(sql).map_err(|e| self.fail(e))
    }

    fn exec(&mut self, sql: &str, params: &[Value]) -> Result<u64, StoreError> {
        let sql = Dialect::Sqlite.query(sql);
        let run = || -> rusqlite::Result<u64> {
            let mut st = self.tx.prepare_cached(&sql)?;
            Ok(st.execute(rusqlite::params_from_iter(params))? as u64)
        };
        run().map_err(|e| self.fail(e))
    }

    fn rows(&mut self, sql: &str, params: &[Value]) -> Result<Vec<Row>, StoreError> {
        let sql = Dialect::Sqlite.query(sql);
        let run = || -> rusqlite::Result<Vec<Row>> {
            let mut st = self.tx.prepare_cached(&sql)?;
            let n = st.column_count();
            let mut rows = st.query(rusqlite::params_from_iter(params))?;
            let mut out = Vec::new();
            while let Some(r) = rows.next()? {
                let mut row = Vec::with_capacity(n);
                for i in 0..n {
                    row.push(match r.get_ref(i)? {
                        ValueRef::Null => Value::Null,
                        ValueRef::Integer(v) => Value::Int(v),
                        ValueRef::Real(v) => Value::Real(v),
                        ValueRef::Text(t) => Value::Text(String::from_utf8_lossy(t).into_owned()),
                        ValueRef::Blob(b) => Value::Blob(b.to_vec()),
                    });
                }
                out.push(Row(row));
            }
            Ok(out)
        };
        run().map_err(|e| self.fail(e))
    }
}
