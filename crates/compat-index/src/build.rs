//! `compat index build`: walks the paths (compat-ld's walker), reads the
//! files that are new or changed in parallel, and stores them in one
//! transaction.
//!
//! Incremental: a file whose size, mtime and build id are those recorded is
//! not read again, unless a library it was bound to is read again (its
//! bindings may move). Files the walk no longer finds under the paths given
//! are removed.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use compat_ld::{Checker, LoaderConfig};
use rayon::prelude::*;
use rusqlite::params;

use crate::error::IndexError;
use crate::facts::{self, FileFacts, Stamp};
use crate::schema;
use crate::write::Writer;

/// What a build did.
#[derive(Debug, Default, Clone, serde::Serialize)]
pub struct BuildSummary {
    /// ELF files found by the walk.
    pub files: usize,
    /// Files read (new or changed, or bound to a changed library).
    pub read: usize,
    /// Files kept as recorded.
    pub unchanged: usize,
    /// Files removed from the index (no longer found).
    pub removed: usize,
    /// Files that could not be analysed (recorded with kind `error`).
    pub errors: usize,
    /// Bindings recorded by this build.
    pub bindings: usize,
    /// Unreadable walk entries: path and reason.
    #[serde(skip)]
    pub walk_errors: Vec<(String, String)>,
    /// Notes of the loader model (ignored ld.so cache entries).
    #[serde(skip)]
    pub notes: Vec<String>,
}

/// A file as recorded: its id and stamp.
struct Recorded {
    id: i64,
    stamp: Stamp,
}

/// Builds or updates the index at `index` from the ELF files under `paths`.
pub fn build(paths: &[PathBuf], index: &Path) -> Result<BuildSummary, IndexError> {
    let checker = Checker::new(LoaderConfig {
        standalone: true,
        ..LoaderConfig::default()
    })?;
    let mut summary = BuildSummary {
        notes: checker.notes().to_vec(),
        ..BuildSummary::default()
    };
    let walked = compat_ld::elf_files(paths);
    summary.walk_errors = walked.errors;
    let mut seen = std::collections::HashSet::new();
    let targets: Vec<PathBuf> = walked
        .targets
        .into_iter()
        .map(|t| t.path)
        .filter(|p| seen.insert(p.clone()))
        .collect();
    summary.files = targets.len();

    let mut conn = schema::open_for_write(index)?;
    let recorded = recorded(&conn, index)?;

    // Stamps in parallel (a stat and the build-id note of each file).
    let stamps: Vec<Result<Stamp, String>> = targets.par_iter().map(|p| facts::stamp(p)).collect();
    let mut changed: Vec<bool> = targets
        .iter()
        .zip(&stamps)
        .map(|(p, s)| match (recorded.get(&shown(p)), s) {
            (Some(r), Ok(s)) => r.stamp != *s,
            _ => true,
        })
        .collect();
    // Consumers bound to a library that is read again are read again too.
    let changed_paths: Vec<String> = targets
        .iter()
        .zip(&changed)
        .filter(|(_, c)| **c)
        .map(|(p, _)| std::fs::canonicalize(p).map_or_else(|_| shown(p), |c| shown(&c)))
        .collect();
    let rebind = consumers_of_paths(&conn, index, &changed_paths)?;
    for (p, c) in targets.iter().zip(changed.iter_mut()) {
        if !*c && rebind.contains(&shown(p)) {
            *c = true;
        }
    }

    let facts: Vec<FileFacts> = targets
        .par_iter()
        .zip(stamps)
        .zip(&changed)
        .filter(|(_, c)| **c)
        .map(|((p, stamp), _)| match stamp {
            Ok(s) => facts::read(&checker, p, s),
            Err(e) => FileFacts::error(shown(p), e),
        })
        .collect();
    // The parsed objects are not needed any more.
    drop(checker);
    summary.read = facts.len();
    summary.unchanged = summary.files - summary.read;
    summary.errors = facts.iter().filter(|f| f.kind == "error").count();
    summary.bindings = facts.iter().map(|f| f.refs.len()).sum();

    let walked: std::collections::HashSet<String> = targets.iter().map(|p| shown(p)).collect();
    let gone: Vec<i64> = recorded
        .iter()
        .filter(|(p, _)| !walked.contains(*p) && under_any(p, paths))
        .map(|(_, r)| r.id)
        .collect();
    summary.removed = gone.len();

    let tx = conn.transaction().map_err(IndexError::sqlite(index))?;
    {
        let mut w = Writer::new(&tx).map_err(IndexError::sqlite(index))?;
        for id in gone {
            w.remove(id).map_err(IndexError::sqlite(index))?;
        }
        for f in &facts {
            if let Some(r) = recorded.get(&f.path) {
                w.remove(r.id).map_err(IndexError::sqlite(index))?;
            }
            w.insert(f).map_err(IndexError::sqlite(index))?;
        }
    }
    tx.commit().map_err(IndexError::sqlite(index))?;
    Ok(summary)
}

fn shown(p: &Path) -> String {
    p.display().to_string()
}

/// Whether `path` lies under (or is) one of `roots`.
fn under_any(path: &str, roots: &[PathBuf]) -> bool {
    roots.iter().any(|r| Path::new(path).starts_with(r))
}

/// Every file recorded, by path.
fn recorded(
    conn: &rusqlite::Connection,
    index: &Path,
) -> Result<HashMap<String, Recorded>, IndexError> {
    let mut stmt = conn
        .prepare("SELECT id, path, size, mtime_ns, build_id FROM elf_file")
        .map_err(IndexError::sqlite(index))?;
    let rows = stmt
        .query_map([], |r| {
            Ok((
                r.get::<_, String>(1)?,
                Recorded {
                    id: r.get(0)?,
                    stamp: Stamp {
                        size: r.get(2)?,
                        mtime_ns: r.get(3)?,
                        build_id: r.get(4)?,
                    },
                },
            ))
        })
        .map_err(IndexError::sqlite(index))?;
    rows.collect::<Result<_, _>>()
        .map_err(IndexError::sqlite(index))
}

/// The paths of the files recorded as bound to one of `providers`.
fn consumers_of_paths(
    conn: &rusqlite::Connection,
    index: &Path,
    providers: &[String],
) -> Result<std::collections::HashSet<String>, IndexError> {
    let mut stmt = conn
        .prepare_cached(
            "SELECT DISTINCT f.path FROM bind b JOIN elf_file f ON f.id = b.consumer_file
             WHERE b.provider_path = ?1",
        )
        .map_err(IndexError::sqlite(index))?;
    let mut out = std::collections::HashSet::new();
    for p in providers {
        let rows = stmt
            .query_map(params![p], |r| r.get::<_, String>(0))
            .map_err(IndexError::sqlite(index))?;
        for r in rows {
            out.insert(r.map_err(IndexError::sqlite(index))?);
        }
    }
    Ok(out)
}
