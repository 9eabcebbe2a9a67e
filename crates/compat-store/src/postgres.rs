//! The PostgreSQL backend: the same history over the `postgres` crate's
//! synchronous client, for a store shared by many CI writers. Writes run in
//! `READ COMMITTED` transactions; duplicates are settled by the unique keys
//! (`ON CONFLICT`), and a writer whose connection dies mid-transaction is
//! rolled back by the server. Statements are prepared once per connection.
//! No TLS: the connection is meant for a database on a trusted network.

use std::collections::HashMap;
use std::time::Duration;

use postgres::types::{IsNull, ToSql, Type};
use postgres::{Client, NoTls, Statement};

use crate::backend::Tx;
use crate::dialect::Dialect;
use crate::error::{DbError, StoreError};
use crate::value::{Row, Value};

/// How long connecting may take when the URL does not say.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(15);

/// An open PostgreSQL store.
pub(crate) struct Db {
    client: Client,
    statements: HashMap<String, Statement>,
    location: String,
}

impl Db {
    /// Connects to `url`.
    pub fn open(url: &str, location: String) -> Result<Db, StoreError> {
        let fail = |e: DbError| StoreError::Database {
            location: location.clone(),
            message: e.0,
        };
        let mut config: postgres::Config = url
            .parse()
            .map_err(|e: postgres::Error| fail(DbError(format!("not a connection URL: {e}"))))?;
        if config.get_connect_timeout().is_none() {
            config.connect_timeout(CONNECT_TIMEOUT);
        }
        if config.get_application_name().is_none() {
            config.application_name("compat");
        }
        let client = config.connect(NoTls).map_err(|e| fail(e.into()))?;
        Ok(Db {
            client,
            statements: HashMap::new(),
            location,
        })
    }

    /// Runs `f` in a transaction, committed when it succeeds.
    pub fn write<T>(
        &mut self,
        f: impl FnOnce(&mut dyn Tx) -> Result<T, StoreError>,
    ) -> Result<T, StoreError> {
        self.transaction(false, f)
    }

    /// Runs `f` in a transaction; a `read_only` one refuses every write.
    fn transaction<T>(
        &mut self,
        read_only: bool,
        f: impl FnOnce(&mut dyn Tx) -> Result<T, StoreError>,
    ) -> Result<T, StoreError> {
        let location = self.location.clone();
        let fail = |e: postgres::Error| StoreError::Database {
            location: location.clone(),
            message: DbError::from(e).0,
        };
        let tx = self
            .client
            .build_transaction()
            .read_only(read_only)
            .start()
            .map_err(fail)?;
        let mut w = PgTx {
            tx,
            statements: &mut self.statements,
            location: &self.location,
        };
        let value = f(&mut w)?;
        w.tx.commit().map_err(fail)?;
        Ok(value)
    }

    /// Runs `f` in a read-only transaction.
    pub fn read<T>(
        &mut self,
        f: impl FnOnce(&mut dyn Tx) -> Result<T, StoreError>,
    ) -> Result<T, StoreError> {
        self.transaction(true, f)
    }
}

/// A transaction on the PostgreSQL store.
struct PgTx<'a> {
    tx: postgres::Transaction<'a>,
    statements: &'a mut HashMap<String, Statement>,
    location: &'a str,
}

impl PgTx<'_> {
    fn fail(&self, e: impl Into<DbError>) -> StoreError {
        StoreError::Database {
            location: self.location.to_owned(),
            message: e.into().0,
        }
    }

    fn statement(&mut self, sql: &str) -> Result<Statement, StoreError> {
        if let Some(st) = self.statements.get(sql) {
            return Ok(st.clone());
        }
        let st = self
            .tx
            .prepare(&Dialect::Postgres.query(sql))
            .map_err(|e| self.fail(e))?;
        self.statements.insert(sql.to_owned(), st.clone());
        Ok(st)
    }
}

impl ToSql for Value {
    fn to_sql(
        &self,
        ty: &Type,
        out: &mut bytes::BytesMut,
    ) -> Result<IsNull, Box<dyn std::error::Error + Sync + Send>> {
        match self {
            Value::Null => Ok(IsNull::Yes),
            Value::Int(n) if *ty == Type::INT4 => i32::try_from(*n)?.to_sql(ty, out),
            Value::Int(n) => n.to_sql(ty, out),
            Value::Real(x) => x.to_sql(ty, out),
            Value::Text(t) => t.to_sql(ty, out),
            Value::Blob(b) => b.to_sql(ty, out),
        }
    }

    fn accepts(_: &Type) -> bool {
        true
    }

    postgres::types::to_sql_checked!();
}

/// Column `i` of `row` as a [`Value`].
fn value(row: &postgres::Row, i: usize) -> Result<Value, DbError> {
    let ty = row.columns()[i].type_().clone();
    let v = if ty == Type::INT8 {
        row.try_get::<_, Option<i64>>(i)?.map(Value::Int)
    } else if ty == Type::INT4 {
        row.try_get::<_, Option<i32>>(i)?
            .map(|n| Value::Int(n.into()))
    } else if ty == Type::INT2 {
        row.try_get::<_, Option<i16>>(i)?
            .map(|n| Value::Int(n.into()))
    } else if ty == Type::FLOAT8 {
        row.try_get::<_, Option<f64>>(i)?.map(Value::Real)
    } else if ty == Type::TEXT || ty == Type::VARCHAR || ty == Type::NAME || ty == Type::BPCHAR {
        row.try_get::<_, Option<String>>(i)?.map(Value::Text)
    } else if ty == Type::BYTEA {
        row.try_get::<_, Option<Vec<u8>>>(i)?.map(Value::Blob)
    } else if ty == Type::BOOL {
        row.try_get::<_, Option<bool>>(i)?
            .map(|b| Value::Int(b.into()))
    } else {
        return Err(DbError(format!("column {i}: unexpected type {ty}")));
    };
    Ok(v.unwrap_or(Value::Null))
}

impl Tx for PgTx<'_> {
    fn dialect(&self) -> Dialect {
        Dialect::Postgres
    }

    fn batch(&mut self, sql: &str) -> Result<(), StoreError> {
        self.tx.batch_execute(sql).map_err(|e| self.fail(e))
    }

    fn exec(&mut self, sql: &str, params: &[Value]) -> Result<u64, StoreError> {
        let st = self.statement(sql)?;
        let params: Vec<&(dyn ToSql + Sync)> = params.iter().map(|p| p as _).collect();
        self.tx.execute(&st, &params).map_err(|e| self.fail(e))
    }

    fn rows(&mut self, sql: &str, params: &[Value]) -> Result<Vec<Row>, StoreError> {
        let st = self.statement(sql)?;
        let params: Vec<&(dyn ToSql + Sync)> = params.iter().map(|p| p as _).collect();
        let rows = self.tx.query(&st, &params).map_err(|e| self.fail(e))?;
        let mut out = Vec::with_capacity(rows.len());
        for r in &rows {
            let mut row = Vec::with_capacity(r.len());
            for i in 0..r.len() {
                row.push(value(r, i).map_err(|e| self.fail(e))?);
            }
            out.push(Row(row));
        }
        Ok(out)
    }
}
