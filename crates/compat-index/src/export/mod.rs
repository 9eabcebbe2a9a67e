//! `compat index export --parquet DIR`: the index's facts as Parquet tables
//! a query engine reads across machines (DuckDB, Trino, Spark), partitioned
//! hive-style: `DIR/<table>/distribution=D/release=R/architecture=A/part-0.parquet`.
//!
//! - [`partition`]: the partition values (os-release, ELF machine).
//! - [`tables`]: the tables and their columns.
//! - `parquet.rs`: one table as one Parquet file.
//!
//! Every file is written into a temporary directory beside `DIR`
//! (`compat_fs::TempDir`); only when all are written is each table's
//! partition directory renamed into place. An export of another machine's
//! index into the same `DIR` adds its partitions beside the existing ones; a
//! new export of the same partition replaces it.

mod parquet;
pub mod partition;
pub mod tables;

use std::path::{Path, PathBuf};

use crate::error::IndexError;
use crate::schema::open_for_read;

pub use partition::{Partition, PartitionArgs};

/// What an export wrote.
#[derive(Debug, Clone, serde::Serialize)]
pub struct ExportSummary {
    /// The partition the tables were filed under.
    pub partition: Partition,
    /// Each table's name and rows.
    pub tables: Vec<(String, u64)>,
}

/// Exports the index at `index` to `dir` as Parquet.
pub fn export_parquet(
    index: &Path,
    dir: &Path,
    args: &PartitionArgs,
) -> Result<ExportSummary, IndexError> {
    let conn = open_for_read(index)?;
    let partition = partition::resolve(&conn, index, args)?;
    let rel = PathBuf::from(format!("distribution={}", partition.distribution))
        .join(format!("release={}", partition.release))
        .join(format!("architecture={}", partition.architecture));
    let tmp = compat_fs::TempDir::beside(dir).map_err(fs_err)?;
    let mut tables = Vec::new();
    for table in tables::TABLES {
        let (file, path) = tmp
            .create_file(&Path::new(table.name).join(&rel).join("part-0.parquet"))
            .map_err(fs_err)?;
        let rows = parquet::write_table(&conn, table, file).map_err(|e| match e {
            parquet::WriteError::Sqlite(source) => IndexError::Sqlite {
                path: index.to_path_buf(),
                source,
            },
            parquet::WriteError::Parquet(reason) => IndexError::Export { path, reason },
        })?;
        tables.push((table.name.to_owned(), rows));
    }
    for table in tables::TABLES {
        let rel = Path::new(table.name).join(&rel);
        tmp.install(&rel, &dir.join(&rel)).map_err(fs_err)?;
    }
    Ok(ExportSummary { partition, tables })
}

fn fs_err(e: compat_fs::FsError) -> IndexError {
    IndexError::Export {
        path: e.path().to_path_buf(),
        reason: e.reason(),
    }
}
