//! Opening an index: the schema (`schema.sql`, a data file) applied to a new
//! file, its version checked on an existing one (`PRAGMA user_version`).

use std::path::Path;

use rusqlite::{Connection, OpenFlags};

use crate::error::IndexError;

/// The schema version this build writes and reads.
pub const SCHEMA_VERSION: i64 = 1;

/// The schema, as SQL.
pub const SCHEMA_SQL: &str = include_str!("schema.sql");

/// Opens (creating when needed) the index at `path` for writing.
pub fn open_for_write(path: &Path) -> Result<Connection, IndexError> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(|source| IndexError::CreateDir {
            path: dir.to_path_buf(),
            source,
        })?;
    }
    let conn = Connection::open(path).map_err(IndexError::sqlite(path))?;
    configure(&conn, path)?;
    let version: i64 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .map_err(IndexError::sqlite(path))?;
    let empty: bool = conn
        .query_row(
            "SELECT count(*) = 0 FROM sqlite_master WHERE type = 'table'",
            [],
            |r| r.get(0),
        )
        .map_err(IndexError::sqlite(path))?;
    if !empty && version != SCHEMA_VERSION {
        return Err(IndexError::SchemaVersion {
            path: path.to_path_buf(),
            found: version,
            expected: SCHEMA_VERSION,
        });
    }
    conn.execute_batch(SCHEMA_SQL)
        .map_err(IndexError::sqlite(path))?;
    conn.pragma_update(None, "user_version", SCHEMA_VERSION)
        .map_err(IndexError::sqlite(path))?;
    Ok(conn)
}

/// Opens the existing index at `path` read-only.
pub fn open_for_read(path: &Path) -> Result<Connection, IndexError> {
    if !path.is_file() {
        return Err(IndexError::Missing {
            path: path.to_path_buf(),
        });
    }
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .map_err(IndexError::sqlite(path))?;
    let version: i64 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .map_err(IndexError::sqlite(path))?;
    if version != SCHEMA_VERSION {
        return Err(IndexError::SchemaVersion {
            path: path.to_path_buf(),
            found: version,
            expected: SCHEMA_VERSION,
        });
    }
    Ok(conn)
}

/// Settings of a writing connection (deletes are explicit, per file: no cascades).
fn configure(conn: &Connection, path: &Path) -> Result<(), IndexError> {
    conn.execute_batch(
        "PRAGMA synchronous = NORMAL; PRAGMA temp_store = MEMORY; PRAGMA cache_size = -65536;",
    )
    .map_err(IndexError::sqlite(path))
}
