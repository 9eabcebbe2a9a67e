//! The index's one writer: files removed and inserted inside the build's
//! transaction (or into a fresh file). Ids are given by the writer, the
//! names of referenced symbols, their versions and the providers are
//! interned in memory (each name hashed once; a reference row holds
//! integers), a file's definitions are one row (the JSON array the
//! reading thread made), and each table's rows of a group of files are
//! written together, in key order, by multi-row statements ([`Batch`])
//! prepared once per build.

use std::sync::Arc;

use foldhash::HashMap;
use rusqlite::{params, Connection};

use crate::batch::Batch;
use crate::facts::{FileFacts, Provider, Ref};

/// The ids [`Writer::intern`] gives the rows of the files inserted, in row
/// order.
#[derive(Default)]
struct Interned {
    /// The symbol id of each reference.
    refs: Vec<i64>,
    /// The provider id of each reference (`None`: unresolved).
    providers: Vec<Option<i64>>,
    /// The version id of each reference (`None`: unversioned).
    versions: Vec<Option<i64>>,
}

/// A version as interned: the NEEDED name its need names, and its name.
type VersionKey = (Option<Arc<str>>, Arc<str>);

/// Interned names, the next ids and the prepared statements over one
/// connection.
pub struct Writer<'c> {
    conn: &'c Connection,
    syms: HashMap<Arc<str>, i64>,
    providers: HashMap<String, i64>,
    versions: HashMap<VersionKey, i64>,
    next_file: i64,
    next_sym: i64,
    next_provider: i64,
    next_version: i64,
    stmts: Statements<'c>,
}

/// The INSERT statements of each table.
struct Statements<'c> {
    elf_file: Batch<'c>,
    needed: Batch<'c>,
    version_need: Batch<'c>,
    sym: Batch<'c>,
    provider: Batch<'c>,
    version: Batch<'c>,
    def_list: Batch<'c>,
    ref_: Batch<'c>,
}

impl<'c> Statements<'c> {
    fn new(conn: &'c Connection) -> rusqlite::Result<Statements<'c>> {
        Ok(Statements {
            elf_file: Batch::new(
                conn,
                "elf_file",
                &[
                    "id", "path", "size", "mtime_ns", "build_id", "kind", "soname", "machine",
                    "rpath", "runpath", "note",
                ],
            )?,
            needed: Batch::new(conn, "needed", &["file_id", "pos", "name"])?,
            version_need: Batch::new(
                conn,
                "version_need",
                &["file_id", "pos", "file", "version", "weak"],
            )?,
            sym: Batch::new(conn, "sym", &["id", "name"])?,
            provider: Batch::new(conn, "provider", &["id", "path", "soname"])?,
            version: Batch::new(conn, "version", &["id", "file", "name"])?,
            def_list: Batch::new(conn, "def_list", &["file_id", "defs"])?,
            ref_: Batch::new(
                conn,
                "ref",
                &[
                    "file_id",
                    "pos",
                    "sym_id",
                    "version_id",
                    "weak",
                    "copy",
                    "size",
                    "provider_id",
                ],
            )?,
        })
    }
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
        let mut versions = HashMap::default();
        {
            let mut stmt = conn.prepare("SELECT id, file, name FROM version")?;
            let rows = stmt.query_map([], |r| {
                Ok((
                    r.get::<_, Option<String>>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, i64>(0)?,
                ))
            })?;
            for r in rows {
                let (file, name, id) = r?;
                versions.insert((file.map(Arc::from), Arc::from(name)), id);
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
            next_version: next("version")?,
            versions,
            stmts: Statements::new(conn)?,
            conn,
        })
    }

    /// Removes a file and everything recorded of it.
    pub fn remove(&mut self, id: i64) -> rusqlite::Result<()> {
        for sql in [
            "DELETE FROM ref WHERE file_id = ?1",
            "DELETE FROM def_list WHERE file_id = ?1",
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
        self.stmts.needed.insert(needed.len(), |s, at, k| {
            let (f, p, n) = needed[k];
            s.raw_bind_parameter(at, f)?;
            s.raw_bind_parameter(at + 1, p as i64)?;
            s.raw_bind_parameter(at + 2, n.as_str())
        })?;

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
        self.stmts.version_need.insert(needs.len(), |s, at, k| {
            let (f, p, (file, version, weak)) = needs[k];
            s.raw_bind_parameter(at, f)?;
            s.raw_bind_parameter(at + 1, p as i64)?;
            s.raw_bind_parameter(at + 2, file.as_str())?;
            s.raw_bind_parameter(at + 3, version.as_str())?;
            s.raw_bind_parameter(at + 4, *weak)
        })?;

        let ids = self.intern(files)?;
        self.defs(files, first)?;
        self.refs(files, first, &ids)
    }

    fn files(&mut self, files: &[FileFacts], first: i64) -> rusqlite::Result<()> {
        let join = |v: &[String]| (!v.is_empty()).then(|| v.join(":"));
        self.stmts.elf_file.insert(files.len(), |s, at, i| {
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

    /// Gives every new name of a referenced symbol and every new provider an
    /// id and writes them; returns the symbol id and the provider id of every
    /// reference (files in order, each file's rows in order), so each name is
    /// hashed once.
    fn intern(&mut self, files: &[FileFacts]) -> rusqlite::Result<Interned> {
        let mut new_syms: Vec<(i64, Arc<str>)> = Vec::new();
        let mut new_providers: Vec<(i64, String, Option<String>)> = Vec::new();
        let mut out = Interned::default();
        let mut new_versions: Vec<(i64, Option<Arc<str>>, Arc<str>)> = Vec::new();
        for f in files {
            for r in &f.refs {
                out.refs.push(self.sym(&r.name, &mut new_syms));
                let version = r.version.as_ref().map(|v| {
                    let key = (r.version_file.clone(), v.clone());
                    if let Some(&id) = self.versions.get(&key) {
                        return id;
                    }
                    let id = self.next_version;
                    self.next_version += 1;
                    new_versions.push((id, key.0.clone(), key.1.clone()));
                    self.versions.insert(key, id);
                    id
                });
                out.versions.push(version);
            }
        }
        for f in files {
            for r in &f.refs {
                let id = r
                    .provider
                    .as_ref()
                    .map(|p| self.provider(p, &mut new_providers));
                out.providers.push(id);
            }
        }
        self.stmts.sym.insert(new_syms.len(), |s, at, k| {
            let (id, name) = &new_syms[k];
            s.raw_bind_parameter(at, *id)?;
            s.raw_bind_parameter(at + 1, &**name)
        })?;
        self.stmts.version.insert(new_versions.len(), |s, at, k| {
            let (id, file, name) = &new_versions[k];
            s.raw_bind_parameter(at, *id)?;
            s.raw_bind_parameter(at + 1, file.as_deref())?;
            s.raw_bind_parameter(at + 2, &**name)
        })?;
        self.stmts
            .provider
            .insert(new_providers.len(), |s, at, k| {
                let (id, path, soname) = &new_providers[k];
                s.raw_bind_parameter(at, *id)?;
                s.raw_bind_parameter(at + 1, path.as_str())?;
                s.raw_bind_parameter(at + 2, soname.as_deref())
            })?;
        Ok(out)
    }

    /// The id of the provider `p`, given (and queued in `new`) when new.
    fn provider(&mut self, p: &Provider, new: &mut Vec<(i64, String, Option<String>)>) -> i64 {
        if let Some(&id) = self.providers.get(&p.0) {
            return id;
        }
        let id = self.next_provider;
        self.next_provider += 1;
        self.providers.insert(p.0.clone(), id);
        new.push((id, p.0.clone(), p.1.clone()));
        id
    }

    /// The id the next file inserted gets (files get consecutive ids in
    /// the order they are inserted).
    pub fn next_file_id(&self) -> i64 {
        self.next_file
    }

    /// Binds the reference at `pos` of the file `file_id` to `provider` in
    /// the context of the file `host_id` (see `host_id` in schema.sql).
    pub fn bind_to_host(
        &mut self,
        file_id: i64,
        pos: usize,
        provider: &Provider,
        host_id: i64,
    ) -> rusqlite::Result<()> {
        let mut new = Vec::new();
        let provider_id = self.provider(provider, &mut new);
        for (id, path, soname) in &new {
            self.conn
                .prepare_cached("INSERT INTO provider (id, path, soname) VALUES (?1, ?2, ?3)")?
                .execute(params![id, path, soname])?;
        }
        self.conn
            .prepare_cached(
                "UPDATE ref SET provider_id = ?1, host_id = ?2 WHERE file_id = ?3 AND pos = ?4",
            )?
            .execute(params![provider_id, host_id, file_id, pos as i64])?;
        Ok(())
    }

    /// The id of the symbol `name`, given (and queued in `new`) when new.
    fn sym(&mut self, name: &Arc<str>, new: &mut Vec<(i64, Arc<str>)>) -> i64 {
        if let Some(&id) = self.syms.get(name) {
            return id;
        }
        let id = self.next_sym;
        self.next_sym += 1;
        self.syms.insert(name.clone(), id);
        new.push((id, name.clone()));
        id
    }

    /// One `def_list` row per file that defines anything.
    fn defs(&mut self, files: &[FileFacts], first: i64) -> rusqlite::Result<()> {
        let rows: Vec<(i64, &str)> = files
            .iter()
            .enumerate()
            .filter(|(_, f)| !f.defs.is_empty())
            .map(|(i, f)| (first + i as i64, f.defs.as_str()))
            .collect();
        self.stmts.def_list.insert(rows.len(), |s, at, k| {
            let (f, defs) = rows[k];
            s.raw_bind_parameter(at, f)?;
            s.raw_bind_parameter(at + 1, defs)
        })
    }

    fn refs(&mut self, files: &[FileFacts], first: i64, ids: &Interned) -> rusqlite::Result<()> {
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
        self.stmts.ref_.insert(rows.len(), |s, at, k| {
            let (f, p, r) = rows[k];
            s.raw_bind_parameter(at, f)?;
            s.raw_bind_parameter(at + 1, p as i64)?;
            s.raw_bind_parameter(at + 2, ids.refs[k])?;
            s.raw_bind_parameter(at + 3, ids.versions[k])?;
            s.raw_bind_parameter(at + 4, r.weak)?;
            s.raw_bind_parameter(at + 5, r.copy)?;
            s.raw_bind_parameter(at + 6, i64::try_from(r.size).unwrap_or(i64::MAX))?;
            s.raw_bind_parameter(at + 7, ids.providers[k])
        })
    }
}
