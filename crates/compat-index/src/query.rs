//! Read-only queries over the index: the consumers of a provider, the
//! references each binds to it, and the version needs that name it. Each
//! is indexed SQL (`provider_soname` and `ref_provider`; `version_need_by`
//! and `ref_version`).

use std::collections::{BTreeMap, HashMap};
use std::path::Path;

use rusqlite::{params, Connection};

use crate::error::IndexError;

/// One reference a consumer binds to the provider.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Bound {
    /// Symbol name.
    pub name: String,
    /// Version needed, if any.
    pub version: Option<String>,
    /// A copy relocation's reference.
    pub copy: bool,
    /// The provider file it binds to (real path).
    pub provider_path: String,
    /// Bound in the context of a host (the consumer's own load leaves it
    /// undefined).
    pub host: bool,
}

/// A file that loads or binds the provider.
#[derive(Debug, Clone, Default)]
pub struct Consumer {
    /// Its path.
    pub path: String,
    /// What it binds to the provider, sorted.
    pub bound: Vec<Bound>,
}

/// Every file that binds `soname` or names it in DT_NEEDED, by path.
pub fn consumers(
    conn: &Connection,
    index: &Path,
    soname: &str,
) -> Result<Vec<Consumer>, IndexError> {
    let err = IndexError::sqlite;
    let mut by_id: BTreeMap<i64, Consumer> = BTreeMap::new();
    let mut stmt = conn
        .prepare(
            "SELECT f.id, f.path FROM elf_file f
             WHERE f.id IN (SELECT r.file_id FROM provider p JOIN ref r ON r.provider_id = p.id
                            WHERE p.soname = ?1)
                OR f.id IN (SELECT file_id FROM needed WHERE name = ?1)",
        )
        .map_err(err(index))?;
    let rows = stmt
        .query_map(params![soname], |r| {
            Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?))
        })
        .map_err(err(index))?;
    for r in rows {
        let (id, path) = r.map_err(err(index))?;
        by_id.insert(
            id,
            Consumer {
                path,
                bound: Vec::new(),
            },
        );
    }
    let mut stmt = conn
        .prepare(
            "SELECT r.file_id, s.name, v.name, r.copy, p.path, r.host_id IS NOT NULL
             FROM provider p JOIN ref r ON r.provider_id = p.id JOIN sym s ON s.id = r.sym_id
             LEFT JOIN version v ON v.id = r.version_id
             WHERE p.soname = ?1",
        )
        .map_err(err(index))?;
    let rows = stmt
        .query_map(params![soname], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                Bound {
                    name: r.get(1)?,
                    version: r.get(2)?,
                    copy: r.get(3)?,
                    provider_path: r.get(4)?,
                    host: r.get(5)?,
                },
            ))
        })
        .map_err(err(index))?;
    for r in rows {
        let (id, b) = r.map_err(err(index))?;
        if let Some(c) = by_id.get_mut(&id) {
            c.bound.push(b);
        }
    }
    let mut out: Vec<Consumer> = by_id.into_values().collect();
    for c in &mut out {
        c.bound.sort();
    }
    out.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(out)
}

/// A consumer's need of a version: the consumer's path, whether the need
/// is weak, and the symbols it references at that version.
#[derive(Debug, Clone)]
pub struct VersionUser {
    /// The consumer's path.
    pub path: String,
    /// A weak need (ld.so only warns).
    pub weak: bool,
    /// Symbols referenced at the version, sorted.
    pub symbols: Vec<String>,
}

/// The references at version `?2` of `?1`: file id and symbol name.
const REFS_AT_VERSION: &str =
    "SELECT r.file_id, s.name FROM version v CROSS JOIN ref r ON r.version_id = v.id
     JOIN sym s ON s.id = r.sym_id WHERE v.file = ?1 AND v.name = ?2";

/// Every file whose version needs name `version` of `soname`, by path.
///
/// Two index-only reads: the version needs (`version_need_by`), then the
/// references at that version (`ref_version`, which holds the symbol id and
/// the file id), so no consumer's other references are read. The small
/// `version` table is read first (`CROSS JOIN` fixes the order: without
/// statistics SQLite would otherwise scan all of `ref_version` and look each
/// entry's version up, 10 times the work on /usr).
pub fn version_users(
    conn: &Connection,
    index: &Path,
    soname: &str,
    version: &str,
) -> Result<Vec<VersionUser>, IndexError> {
    let err = IndexError::sqlite;
    let mut symbols: HashMap<i64, Vec<String>> = HashMap::new();
    let mut stmt = conn.prepare(REFS_AT_VERSION).map_err(err(index))?;
    let mut rows = stmt.query(params![soname, version]).map_err(err(index))?;
    while let Some(r) = rows.next().map_err(err(index))? {
        let file: i64 = r.get(0).map_err(err(index))?;
        symbols
            .entry(file)
            .or_default()
            .push(r.get(1).map_err(err(index))?);
    }
    let mut stmt = conn
        .prepare(
            "SELECT f.id, f.path, min(n.weak)
             FROM version_need n JOIN elf_file f ON f.id = n.file_id
             WHERE n.file = ?1 AND n.version = ?2
             GROUP BY f.id ORDER BY f.path",
        )
        .map_err(err(index))?;
    let rows = stmt
        .query_map(params![soname, version], |r| {
            let mut symbols = symbols.remove(&r.get::<_, i64>(0)?).unwrap_or_default();
            symbols.sort_unstable();
            Ok(VersionUser {
                path: r.get(1)?,
                weak: r.get(2)?,
                symbols,
            })
        })
        .map_err(err(index))?;
    rows.collect::<Result<_, _>>().map_err(err(index))
}

#[cfg(test)]
mod tests {
    use crate::schema::{INDEXES_SQL, SCHEMA_SQL};

    /// The references at a version are found through `ref_version` by the
    /// version's id, not by scanning the index (as SQLite chose when the
    /// join order was left to it).
    #[test]
    fn references_at_a_version_are_searched_not_scanned() {
        let conn = rusqlite::Connection::open_in_memory().unwrap();
        conn.execute_batch(SCHEMA_SQL).unwrap();
        conn.execute_batch(INDEXES_SQL).unwrap();
        let mut stmt = conn
            .prepare(&format!("EXPLAIN QUERY PLAN {}", super::REFS_AT_VERSION))
            .unwrap();
        let plan: Vec<String> = stmt
            .query_map(["libc.so.6", "GLIBC_2.34"], |r| r.get(3))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        assert_eq!(
            plan,
            [
                "SCAN v",
                "SEARCH r USING COVERING INDEX ref_version (version_id=?)",
                "SEARCH s USING INTEGER PRIMARY KEY (rowid=?)"
            ],
            "{plan:?}"
        );
    }
}
