//! The index's one writer: files inserted and removed inside the build's
//! transaction, with prepared statements and symbol names interned.

use std::collections::HashMap;

use rusqlite::{params, Statement, Transaction};

use crate::facts::FileFacts;

/// Prepared statements over one transaction.
pub struct Writer<'t> {
    tx: &'t Transaction<'t>,
    syms: HashMap<String, i64>,
    file: Statement<'t>,
    needed: Statement<'t>,
    sym: Statement<'t>,
    def: Statement<'t>,
    reference: Statement<'t>,
    need: Statement<'t>,
    bind: Statement<'t>,
}

impl<'t> Writer<'t> {
    /// Prepares the statements and loads the interned names.
    pub fn new(tx: &'t Transaction<'t>) -> rusqlite::Result<Writer<'t>> {
        let mut syms = HashMap::new();
        {
            let mut stmt = tx.prepare("SELECT id, name FROM sym")?;
            let rows = stmt.query_map([], |r| Ok((r.get::<_, String>(1)?, r.get::<_, i64>(0)?)))?;
            for r in rows {
                let (name, id) = r?;
                syms.insert(name, id);
            }
        }
        Ok(Writer {
            syms,
            file: tx.prepare(
                "INSERT INTO elf_file (path, size, mtime_ns, build_id, kind, soname, machine, rpath, runpath, note)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
            )?,
            needed: tx.prepare("INSERT INTO needed (file_id, pos, name) VALUES (?1, ?2, ?3)")?,
            sym: tx.prepare("INSERT INTO sym (name) VALUES (?1)")?,
            def: tx.prepare(
                "INSERT INTO def (file_id, sym_id, version, hidden, kind, size) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            )?,
            reference: tx.prepare(
                "INSERT INTO ref (file_id, sym_id, version, version_file, weak, copy, size)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            )?,
            need: tx.prepare(
                "INSERT INTO version_need (file_id, file, version, weak) VALUES (?1, ?2, ?3, ?4)",
            )?,
            bind: tx.prepare(
                "INSERT INTO bind (consumer_file, ref_id, provider_path, provider_soname, kind)
                 VALUES (?1, ?2, ?3, ?4, ?5)",
            )?,
            tx,
        })
    }

    fn sym_id(&mut self, name: &str) -> rusqlite::Result<i64> {
        if let Some(&id) = self.syms.get(name) {
            return Ok(id);
        }
        self.sym.execute(params![name])?;
        let id = self.tx.last_insert_rowid();
        self.syms.insert(name.to_owned(), id);
        Ok(id)
    }

    /// Removes a file and everything recorded of it.
    pub fn remove(&mut self, id: i64) -> rusqlite::Result<()> {
        for sql in [
            "DELETE FROM bind WHERE consumer_file = ?1",
            "DELETE FROM ref WHERE file_id = ?1",
            "DELETE FROM def WHERE file_id = ?1",
            "DELETE FROM needed WHERE file_id = ?1",
            "DELETE FROM version_need WHERE file_id = ?1",
            "DELETE FROM elf_file WHERE id = ?1",
        ] {
            self.tx.prepare_cached(sql)?.execute(params![id])?;
        }
        Ok(())
    }

    /// Inserts one file's facts.
    pub fn insert(&mut self, f: &FileFacts) -> rusqlite::Result<()> {
        let join = |v: &[String]| (!v.is_empty()).then(|| v.join(":"));
        self.file.execute(params![
            f.path,
            f.stamp.size,
            f.stamp.mtime_ns,
            f.stamp.build_id,
            f.kind,
            f.soname,
            f.machine,
            join(&f.rpath),
            join(&f.runpath),
            f.note,
        ])?;
        let id = self.tx.last_insert_rowid();
        for (pos, name) in f.needed.iter().enumerate() {
            self.needed.execute(params![id, pos as i64, name])?;
        }
        for (file, version, weak) in &f.version_needs {
            self.need.execute(params![id, file, version, weak])?;
        }
        for d in &f.defs {
            let sym = self.sym_id(&d.name)?;
            self.def.execute(params![
                id,
                sym,
                d.version,
                d.hidden,
                d.kind,
                i64::try_from(d.size).unwrap_or(i64::MAX)
            ])?;
        }
        for r in &f.refs {
            let sym = self.sym_id(&r.name)?;
            self.reference.execute(params![
                id,
                sym,
                r.version,
                r.version_file,
                r.weak,
                r.copy,
                i64::try_from(r.size).unwrap_or(i64::MAX)
            ])?;
            let ref_id = self.tx.last_insert_rowid();
            let (path, soname) = match &r.provider {
                Some((p, s)) => (Some(p.as_str()), s.as_deref()),
                None => (None, None),
            };
            let kind = match (&r.provider, r.copy) {
                (None, _) => "unresolved",
                (Some(_), true) => "copy",
                (Some(_), false) => "symbol",
            };
            self.bind.execute(params![id, ref_id, path, soname, kind])?;
        }
        Ok(())
    }
}
