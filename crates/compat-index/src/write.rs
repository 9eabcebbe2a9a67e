//! The index's one writer: files removed and inserted inside the build's
//! transaction (or into a fresh file). Ids are given by the writer, symbol
//! names and providers are interned in memory, and each table's rows are
//! written together, in key order, by multi-row statements ([`Batch`]).

use std::sync::Arc;

use foldhash::HashMap;
use rusqlite::{params, Connection};

use crate::batch::Batch;
use crate::facts::{Def, FileFacts, Ref};

/// Interned names and the next ids over one connection.
pub struct Writer<'c> {
    conn: &'c Connection,
    syms: HashMap<Arc<str>, i64>,
    providers: HashMap<String, i64>,
    next_file: i64,
    next_sym: i64,
    next_provider: i64,
}

impl<'c> Writer<'c> {
    /// Loads the interned names and the next ids.
    pub fn new(conn: &'c Connection) -> rusqlite::Result<Writer<'c>> {
        let mut syms = HashMap::default();
        {
            let mut stmt = conn.prepare("SELECT id, name FROM sym")?;
            let rows = stmt.query_map([], |r| Ok((r.get::<_, String>(1)?, r.get::<_, i64>(0)?)))?;
            for r in rows {
                let (name, id) = r?;
                syms.insert(Arc::from(name), id);
            }
        }
        let mut providers = HashMap::default();
        {
            let mut stmt = conn.prepare("SELECT id, path FROM provider")?;
            let rows = stmt.query_map([], |r| Ok((r.get::<_, String>(1)?, r.get::<_, i64>(0)?)))?;
            for r in rows {
                let (path, id) = r?;
                providers.insert(path, id);
            }
        }
        let next = |table: &str| -> rusqlite::Result<i64> {
            conn.query_row(
                &format!("SELECT coalesce(max(id), 0) + 1 FROM {table}"),
                [],
                |r| r.get(0),
            )
        };
        Ok(Writer {
            syms,
            providers,
            next_file: next("elf_file")?,
            next_sym: next("sym")?,
            next_provider: next("provider")?,
            conn,
        })
    }

    /// Removes a file and everything recorded of it.
    pub fn remove(&mut self, id: i64) -> rusqlite::Result<()> {
        for sql in [
            "DELETE FROM ref WHERE file_id = ?1",
            "DELETE FROM def WHERE file_id = ?1",
            "DELETE FROM needed WHERE file_id = ?1",
            "DELETE FROM version_need WHERE file_id = ?1",
            "DELETE FROM elf_file WHERE id = ?1",
        ] {
            self.conn.prepare_cached(sql)?.execute(params![id])?;
        }
        Ok(())
    }

    /// Inserts the facts of `files`, table by table.
    pub fn insert(&mut self, files: &[FileFacts]) -> rusqlite::Result<()> {
        let first = self.next_file;
        self.next_file += files.len() as i64;
        let id = |i: usize| first + i as i64;
        self.files(files, first)?;

        let needed: Vec<(i64, usize, &String)> = files
            .iter()
            .enumerate()
            .flat_map(|(i, f)| f.needed.iter().enumerate().map(move |(p, n)| (id(i), p, n)))
            .collect();
        Batch::new(self.conn, "needed", &["file_id", "pos", "name"])?.insert(
            needed.len(),
            |s, at, k| {
                let (f, p, n) = needed[k];
                s.raw_bind_parameter(at, f)?;
                s.raw_bind_parameter(at + 1, p as i64)?;
                s.raw_bind_parameter(at + 2, n.as_str())
            },
        )?;

        let needs: Vec<(i64, usize, &(String, String, bool))> = files
            .iter()
            .enumerate()
            .flat_map(|(i, f)| {
                f.version_needs
                    .iter()
                    .enumerate()
                    .map(move |(p, n)| (id(i), p, n))
            })
            .collect();
        Batch::new(
            self.conn,
            "version_need",
            &["file_id", "pos", "file", "version", "weak"],
        )?
        .insert(needs.len(), |s, at, k| {
            let (f, p, (file, version, weak)) = needs[k];
            s.raw_bind_parameter(at, f)?;
            s.raw_bind_parameter(at + 1, p as i64)?;
            s.raw_bind_parameter(at + 2, file.as_str())?;
            s.raw_bind_parameter(at + 3, version.as_str())?;
            s.raw_bind_parameter(at + 4, *weak)
        })?;

        self.intern(files)?;
        self.defs(files, first)?;
        self.refs(files, first)
    }

    fn files(&mut self, files: &[FileFacts], first: i64) -> rusqlite::Result<()> {
        let join = |v: &[String]| (!v.is_empty()).then(|| v.join(":"));
        let columns = [
            "id", "path", "size", "mtime_ns", "build_id", "kind", "soname", "machine", "rpath",
            "runpath", "note",
        ];
        Batch::new(self.conn, "elf_file", &columns)?.insert(files.len(), |s, at, i| {
            let f = &files[i];
            s.raw_bind_parameter(at, first + i as i64)?;
            s.raw_bind_parameter(at + 1, f.path.as_str())?;
            s.raw_bind_parameter(at + 2, f.stamp.size)?;
            s.raw_bind_parameter(at + 3, f.stamp.mtime_ns)?;
            s.raw_bind_parameter(at + 4, f.stamp.build_id.as_deref())?;
            s.raw_bind_parameter(at + 5, f.kind)?;
            s.raw_bind_parameter(at + 6, f.soname.as_deref())?;
            s.raw_bind_parameter(at + 7, f.machine.as_deref())?;
            s.raw_bind_parameter(at + 8, join(&f.rpath))?;
            s.raw_bind_parameter(at + 9, join(&f.runpath))?;
            s.raw_bind_parameter(at + 10, f.note.as_deref())
        })
    }

    /// Gives every new symbol name and provider an id and writes them.
    fn intern(&mut self, files: &[FileFacts]) -> rusqlite::Result<()> {
        let mut new_syms: Vec<(i64, Arc<str>)> = Vec::new();
        let mut new_providers: Vec<(i64, String, Option<String>)> = Vec::new();
        let names = files.iter().flat_map(|f| {
            f.defs
                .iter()
                .map(|d| &d.name)
                .chain(f.refs.iter().map(|r| &r.name))
        });
        for name in names {
            if !self.syms.contains_key(name) {
                let id = self.next_sym;
                self.next_sym += 1;
                self.syms.insert(name.clone(), id);
                new_syms.push((id, name.clone()));
            }
        }
        for p in files
            .iter()
            .flat_map(|f| f.refs.iter().filter_map(|r| r.provider.as_ref()))
        {
            if !self.providers.contains_key(&p.0) {
                let id = self.next_provider;
                self.next_provider += 1;
                self.providers.insert(p.0.clone(), id);
                new_providers.push((id, p.0.clone(), p.1.clone()));
            }
        }
        Batch::new(self.conn, "sym", &["id", "name"])?.insert(new_syms.len(), |s, at, k| {
            let (id, name) = &new_syms[k];
            s.raw_bind_parameter(at, *id)?;
            s.raw_bind_parameter(at + 1, &**name)
        })?;
        Batch::new(self.conn, "provider", &["id", "path", "soname"])?.insert(
            new_providers.len(),
            |s, at, k| {
                let (id, path, soname) = &new_providers[k];
                s.raw_bind_parameter(at, *id)?;
                s.raw_bind_parameter(at + 1, path.as_str())?;
                s.raw_bind_parameter(at + 2, soname.as_deref())
            },
        )
    }

    fn defs(&mut self, files: &[FileFacts], first: i64) -> rusqlite::Result<()> {
        let rows: Vec<(i64, usize, &Def)> = files
            .iter()
            .enumerate()
            .flat_map(|(i, f)| {
                f.defs
                    .iter()
                    .enumerate()
                    .map(move |(p, d)| (first + i as i64, p, d))
            })
            .collect();
        let syms = &self.syms;
        let columns = [
            "file_id", "pos", "sym_id", "version", "hidden", "kind", "size",
        ];
        Batch::new(self.conn, "def", &columns)?.insert(rows.len(), |s, at, k| {
            let (f, p, d) = rows[k];
            s.raw_bind_parameter(at, f)?;
            s.raw_bind_parameter(at + 1, p as i64)?;
            s.raw_bind_parameter(at + 2, syms[&d.name])?;
            s.raw_bind_parameter(at + 3, d.version.as_deref())?;
            s.raw_bind_parameter(at + 4, d.hidden)?;
            s.raw_bind_parameter(at + 5, d.kind)?;
            s.raw_bind_parameter(at + 6, i64::try_from(d.size).unwrap_or(i64::MAX))
        })
    }

    fn refs(&mut self, files: &[FileFacts], first: i64) -> rusqlite::Result<()> {
        let rows: Vec<(i64, usize, &Ref)> = files
            .iter()
            .enumerate()
            .flat_map(|(i, f)| {
                f.refs
                    .iter()
                    .enumerate()
                    .map(move |(p, r)| (first + i as i64, p, r))
            })
            .collect();
        let (syms, providers) = (&self.syms, &self.providers);
        let columns = [
            "file_id",
            "pos",
            "sym_id",
            "version",
            "version_file",
            "weak",
            "copy",
            "size",
            "provider_id",
        ];
        Batch::new(self.conn, "ref", &columns)?.insert(rows.len(), |s, at, k| {
            let (f, p, r) = rows[k];
            s.raw_bind_parameter(at, f)?;
            s.raw_bind_parameter(at + 1, p as i64)?;
            s.raw_bind_parameter(at + 2, syms[&r.name])?;
            s.raw_bind_parameter(at + 3, r.version.as_deref())?;
            s.raw_bind_parameter(at + 4, r.version_file.as_deref())?;
            s.raw_bind_parameter(at + 5, r.weak)?;
            s.raw_bind_parameter(at + 6, r.copy)?;
            s.raw_bind_parameter(at + 7, i64::try_from(r.size).unwrap_or(i64::MAX))?;
            s.raw_bind_parameter(at + 8, r.provider.as_ref().map(|p| providers[&p.0]))
        })
    }
}
