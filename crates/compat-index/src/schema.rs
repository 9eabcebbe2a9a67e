//! Opening an index: the schema (`schema.sql` and `indexes.sql`, data files)
//! applied to a new file, its version checked on an existing one (`PRAGMA
//! user_version`).
//!
//! A new index (or one of another schema version, which is rebuilt) is
//! written to a temporary file next to it without a journal, gets its
//! secondary indexes after its rows, and replaces the file by a rename
//! ([`Fresh::finish`]): readers see the old index or the whole new one. An
//! existing index is updated in one transaction.

use std::path::{Path, PathBuf};

use rusqlite::{Connection, OpenFlags};

use crate::error::IndexError;

/// The schema version this build writes and reads (5: a partial host, one
/// defining at least half of a library's names, binds what it defines; an
/// index of version 4 left those references unbound and is rebuilt).
pub const SCHEMA_VERSION: i64 = 5;

/// The tables and views, as SQL.
pub const SCHEMA_SQL: &str = include_str!("schema.sql");

/// The secondary indexes, as SQL.
pub const INDEXES_SQL: &str = include_str!("indexes.sql");

/// An index being written from nothing into a temporary file.
pub struct Fresh {
    /// The temporary file (removed when dropped unfinished).
    pub temp: compat_fs::TempFile,
    /// The index it replaces when finished.
    pub index: PathBuf,
}

/// A writing connection: to the index itself, or to a fresh temporary file.
pub struct Writing {
    /// The connection.
    pub conn: Connection,
    /// Set when the index is written from nothing.
    pub fresh: Option<Fresh>,
}

/// Opens the index at `path` for writing: the existing index of this schema
/// version, or else a fresh temporary file (see the module's documentation).
pub fn open_for_write(path: &Path) -> Result<Writing, IndexError> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(|source| IndexError::CreateDir {
            path: dir.to_path_buf(),
            source,
        })?;
    }
    if path.exists() && !needs_rebuild(path)? {
        let conn = Connection::open(path).map_err(IndexError::sqlite(path))?;
        conn.execute_batch(
            "PRAGMA synchronous = NORMAL; PRAGMA temp_store = MEMORY; PRAGMA cache_size = -65536;",
        )
        .map_err(IndexError::sqlite(path))?;
        conn.execute_batch(SCHEMA_SQL)
            .map_err(IndexError::sqlite(path))?;
        conn.execute_batch(INDEXES_SQL)
            .map_err(IndexError::sqlite(path))?;
        return Ok(Writing { conn, fresh: None });
    }
    let temp = compat_fs::TempFile::beside(path).map_err(|e| IndexError::Write {
        path: path.to_path_buf(),
        reason: e.reason(),
    })?;
    let at = temp.path();
    let conn = Connection::open(at).map_err(IndexError::sqlite(at))?;
    conn.execute_batch(
        "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA locking_mode = EXCLUSIVE;
         PRAGMA temp_store = MEMORY; PRAGMA cache_size = -65536;",
    )
    .map_err(IndexError::sqlite(at))?;
    conn.execute_batch(SCHEMA_SQL)
        .map_err(IndexError::sqlite(at))?;
    Ok(Writing {
        conn,
        fresh: Some(Fresh {
            temp,
            index: path.to_path_buf(),
        }),
    })
}

/// Whether the file at `path` is an index of another schema version (so a
/// build replaces it). A database without the index's tables is refused:
/// it is not the build's to replace.
fn needs_rebuild(path: &Path) -> Result<bool, IndexError> {
    let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY)
        .map_err(IndexError::sqlite(path))?;
    let version: i64 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .map_err(IndexError::sqlite(path))?;
    let tables: i64 = conn
        .query_row(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table'",
            [],
            |r| r.get(0),
        )
        .map_err(IndexError::sqlite(path))?;
    let is_index: bool = conn
        .query_row(
            "SELECT count(*) > 0 FROM sqlite_master WHERE type = 'table' AND name = 'elf_file'",
            [],
            |r| r.get(0),
        )
        .map_err(IndexError::sqlite(path))?;
    match (tables, is_index) {
        (0, _) => Ok(true),
        (_, true) => Ok(version != SCHEMA_VERSION),
        (_, false) => Err(IndexError::NotAnIndex {
            path: path.to_path_buf(),
        }),
    }
}

impl Fresh {
    /// Indexes the rows written, stamps the schema version, closes the
    /// connection, flushes the file and renames it over the index.
    pub fn finish(self, conn: Connection) -> Result<(), IndexError> {
        let temp = self.temp.path();
        conn.execute_batch(INDEXES_SQL)
            .map_err(IndexError::sqlite(temp))?;
        conn.pragma_update(None, "user_version", SCHEMA_VERSION)
            .map_err(IndexError::sqlite(temp))?;
        conn.pragma_update(None, "journal_mode", "DELETE")
            .map_err(IndexError::sqlite(temp))?;
        conn.close().map_err(|(_, e)| IndexError::sqlite(temp)(e))?;
        self.temp.persist().map_err(|e| IndexError::Write {
            path: self.index.clone(),
            reason: e.reason(),
        })
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    fn empty_build(index: &Path) -> Result<crate::BuildSummary, IndexError> {
        let dir = tempfile::tempdir().unwrap();
        crate::build(&[dir.path().to_path_buf()], index)
    }

    #[test]
    fn a_database_that_is_not_an_index_is_left_alone() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("other.db");
        Connection::open(&db)
            .unwrap()
            .execute_batch("CREATE TABLE mine (x INTEGER); INSERT INTO mine VALUES (7);")
            .unwrap();
        let e = empty_build(&db).unwrap_err();
        assert!(e.to_string().contains("not a compat index"), "{e}");
        let kept: i64 = Connection::open(&db)
            .unwrap()
            .query_row("SELECT x FROM mine", [], |r| r.get(0))
            .unwrap();
        assert_eq!(kept, 7);
    }

    #[test]
    fn an_index_of_another_version_is_rebuilt_and_no_temporary_file_stays() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("index.db");
        Connection::open(&db)
            .unwrap()
            .execute_batch("CREATE TABLE elf_file (id INTEGER); PRAGMA user_version = 1;")
            .unwrap();
        assert!(matches!(
            open_for_read(&db),
            Err(IndexError::SchemaVersion { found: 1, .. })
        ));
        empty_build(&db).unwrap();
        let conn = open_for_read(&db).unwrap();
        let files: i64 = conn
            .query_row("SELECT count(*) FROM elf_file", [], |r| r.get(0))
            .unwrap();
        assert_eq!(files, 0);
        let names: Vec<String> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        assert_eq!(names, ["index.db"]);
        // A second build updates it in place.
        empty_build(&db).unwrap();
        open_for_read(&db).unwrap();
    }
}
