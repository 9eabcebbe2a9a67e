//! Migrations: the data files under `migrations/`, applied in order, each
//! once (`schema_version` records the ones applied), in one write
//! transaction, so concurrent first opens apply them once. A store with a
//! version this build does not know is refused, never written.

use crate::backend::Tx;
use crate::dialect::Dialect;
use crate::error::StoreError;
use crate::value::Value;

/// One migration: its version and its text (placeholders per [`Dialect::ddl`]).
pub struct Migration {
    /// Applied in increasing order; recorded in `schema_version`.
    pub version: i64,
    /// The file's name, for messages.
    pub name: &'static str,
    /// The SQL template.
    pub sql: &'static str,
}

/// Every migration, in order.
pub const MIGRATIONS: &[Migration] = &[
    Migration {
        version: 1,
        name: "0001_history.sql",
        sql: include_str!("../migrations/0001_history.sql"),
    },
    Migration {
        version: 2,
        name: "0002_current.sql",
        sql: include_str!("../migrations/0002_current.sql"),
    },
    Migration {
        version: 3,
        name: "0003_latest_check.sql",
        sql: include_str!("../migrations/0003_latest_check.sql"),
    },
    Migration {
        version: 4,
        name: "0004_check_state.sql",
        sql: include_str!("../migrations/0004_check_state.sql"),
    },
    Migration {
        version: 5,
        name: "0005_timeline.sql",
        sql: include_str!("../migrations/0005_timeline.sql"),
    },
    Migration {
        version: 6,
        name: "0006_pruned.sql",
        sql: include_str!("../migrations/0006_pruned.sql"),
    },
];

/// The newest schema version this build writes.
pub fn latest() -> i64 {
    MIGRATIONS.last().map_or(0, |m| m.version)
}

/// Serializes migrations between PostgreSQL sessions (an advisory lock key).
const PG_LOCK_KEY: i64 = 0x636f_6d70_6174;

/// The store's schema version (0 when it has none yet).
pub(crate) fn current(tx: &mut dyn Tx) -> Result<i64, StoreError> {
    let rows = tx.rows("SELECT MAX(version) FROM schema_version", &[])?;
    Ok(match rows.first().and_then(|r| r.0.first()) {
        Some(Value::Int(n)) => *n,
        _ => 0,
    })
}

/// Applies the migrations the store lacks; returns how many.
pub(crate) fn apply(tx: &mut dyn Tx, location: &str) -> Result<usize, StoreError> {
    let dialect = tx.dialect();
    if dialect == Dialect::Postgres {
        tx.exec(&format!("SELECT pg_advisory_xact_lock({PG_LOCK_KEY})"), &[])?;
    }
    let bootstrap = dialect
        .ddl("CREATE TABLE IF NOT EXISTS schema_version (version {int} NOT NULL);")
        .map_err(|e| corrupt(location, "bootstrap", &e.0))?;
    for stmt in &bootstrap {
        tx.batch(stmt)?;
    }
    let found = current(tx)?;
    if found > latest() {
        return Err(StoreError::TooNew {
            location: location.to_owned(),
            found,
            known: latest(),
        });
    }
    let mut applied = 0;
    for m in MIGRATIONS.iter().filter(|m| m.version > found) {
        let statements = dialect
            .ddl(m.sql)
            .map_err(|e| corrupt(location, m.name, &e.0))?;
        for stmt in &statements {
            tx.batch(stmt)?;
        }
        tx.exec(
            "INSERT INTO schema_version (version) VALUES (?)",
            &[Value::Int(m.version)],
        )?;
        applied += 1;
    }
    Ok(applied)
}

fn corrupt(location: &str, name: &str, placeholder: &str) -> StoreError {
    StoreError::Corrupt {
        location: location.to_owned(),
        message: format!("migration {name}: unknown placeholder {{{placeholder}}}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migrations_are_numbered_in_order_and_render_in_both_dialects() {
        for (i, m) in MIGRATIONS.iter().enumerate() {
            assert_eq!(m.version, i as i64 + 1, "{}", m.name);
            assert!(
                m.name.starts_with(&format!("{:04}_", m.version)),
                "{}",
                m.name
            );
            for d in [Dialect::Sqlite, Dialect::Postgres] {
                let stmts = d.ddl(m.sql).unwrap();
                assert!(!stmts.is_empty());
                assert!(stmts.iter().all(|s| !s.contains('{') && !s.contains(';')));
            }
        }
    }
}
