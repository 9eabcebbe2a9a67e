//! Multi-row INSERT statements: the rows of one table are bound into
//! statements of 64, 16, 4 and 1 rows, so SQLite runs one statement for up
//! to 64 rows instead of one per row.

use rusqlite::{Connection, Statement};

/// Row counts of the prepared statements, largest first.
const SIZES: [usize; 4] = [64, 16, 4, 1];

/// The INSERT statements of one table.
pub struct Batch<'c> {
    stmts: Vec<(usize, Statement<'c>)>,
    cols: usize,
}

impl<'c> Batch<'c> {
    /// Prepares `INSERT INTO table (columns) VALUES (...), ...` for each size.
    pub fn new(conn: &'c Connection, table: &str, columns: &[&str]) -> rusqlite::Result<Batch<'c>> {
        let cols = columns.len();
        let one = format!("({})", vec!["?"; cols].join(", "));
        let stmts = SIZES
            .iter()
            .map(|&n| {
                let sql = format!(
                    "INSERT INTO {table} ({}) VALUES {}",
                    columns.join(", "),
                    vec![one.as_str(); n].join(", ")
                );
                conn.prepare(&sql).map(|s| (n, s))
            })
            .collect::<rusqlite::Result<_>>()?;
        Ok(Batch { stmts, cols })
    }

    /// Inserts `n` rows: `bind(statement, first, i)` binds row `i`'s columns
    /// to the parameters `first`, `first + 1`, ... (1-based).
    pub fn insert<F>(&mut self, n: usize, mut bind: F) -> rusqlite::Result<()>
    where
        F: FnMut(&mut Statement<'c>, usize, usize) -> rusqlite::Result<()>,
    {
        let mut i = 0;
        while i < n {
            let left = n - i;
            let (size, stmt) = self
                .stmts
                .iter_mut()
                .find(|(s, _)| *s <= left)
                .expect("a statement of one row");
            for r in 0..*size {
                bind(stmt, r * self.cols + 1, i + r)?;
            }
            stmt.raw_execute()?;
            i += *size;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inserts_every_row_whatever_the_count() {
        for n in [0usize, 1, 3, 4, 5, 64, 65, 100, 213] {
            let conn = Connection::open_in_memory().unwrap();
            conn.execute_batch("CREATE TABLE t (a INTEGER, b TEXT)")
                .unwrap();
            let mut b = Batch::new(&conn, "t", &["a", "b"]).unwrap();
            b.insert(n, |s, at, i| {
                s.raw_bind_parameter(at, i as i64)?;
                s.raw_bind_parameter(at + 1, format!("row {i}"))
            })
            .unwrap();
            let (count, sum): (i64, i64) = conn
                .query_row("SELECT count(*), coalesce(sum(a), 0) FROM t", [], |r| {
                    Ok((r.get(0)?, r.get(1)?))
                })
                .unwrap();
            assert_eq!(count as usize, n);
            assert_eq!(sum as usize, n * n.saturating_sub(1) / 2);
        }
    }
}
