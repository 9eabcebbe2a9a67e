//! `compat index build`: walks the paths (compat-ld's walker), reads the
//! files that are new or changed in parallel while storing those read
//! already ([`pipeline`](crate::pipeline)), in one transaction.
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
use crate::pipeline;
use crate::schema::{self, Writing};
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
    /// Each phase in order: its name, wall time and CPU time of the process
    /// (user and system, all threads; 0 where the system does not say), in
    /// milliseconds.
    pub timings: Vec<(&'static str, u64, u64)>,
}

/// Wall-clock and CPU time of consecutive phases.
struct Clock(std::time::Instant, u64);

impl Clock {
    fn start() -> Clock {
        Clock(std::time::Instant::now(), cpu_ms())
    }

    fn lap(&mut self, summary: &mut BuildSummary, phase: &'static str) {
        let now = std::time::Instant::now();
        let cpu = cpu_ms();
        let ms = u64::try_from(now.duration_since(self.0).as_millis()).unwrap_or(u64::MAX);
        summary
            .timings
            .push((phase, ms, cpu.saturating_sub(self.1)));
        self.0 = now;
        self.1 = cpu;
    }
}

/// CPU time of this process so far (user and system, milliseconds), from
/// `/proc/self/stat`; 0 when it cannot be read.
fn cpu_ms() -> u64 {
    let Ok(stat) = std::fs::read_to_string("/proc/self/stat") else {
        return 0;
    };
    // Fields after the command name (which may hold spaces): state is field 3;
    // utime and stime are fields 14 and 15, in clock ticks (100 a second).
    let Some((_, rest)) = stat.rsplit_once(')') else {
        return 0;
    };
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let ticks = |i: usize| {
        fields
            .get(i)
            .and_then(|f| f.parse::<u64>().ok())
            .unwrap_or(0)
    };
    (ticks(11) + ticks(12)) * 10
}

/// A file as recorded: its id and stamp.
struct Recorded {
    id: i64,
    stamp: Stamp,
}

/// Builds or updates the index at `index` from the ELF files under `paths`.
pub fn build(paths: &[PathBuf], index: &Path) -> Result<BuildSummary, IndexError> {
    build_keeping(paths, index).map(|built| built.summary)
}

/// What [`build_keeping`] returns: the summary, and the checker with every
/// object the build parsed.
pub struct Built {
    /// What the build did.
    pub summary: BuildSummary,
    /// The checker, returned rather than dropped so that a process about to
    /// exit can skip tearing down its hundreds of thousands of small
    /// allocations and its file mappings (`std::mem::forget`: on /usr that
    /// is about 0.15 s of CPU); dropping it is always correct.
    pub checker: Checker,
}

/// [`build()`], handing back the parsed objects instead of freeing them.
pub fn build_keeping(paths: &[PathBuf], index: &Path) -> Result<Built, IndexError> {
    let mut clock = Clock::start();
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
    clock.lap(&mut summary, "walk");

    let Writing { mut conn, fresh } = schema::open_for_write(index)?;
    let at = fresh.as_ref().map_or(index, |f| f.temp.path());
    let result = write(
        paths,
        &mut conn,
        at,
        targets,
        &checker,
        &mut summary,
        &mut clock,
    );
    match (result, fresh) {
        (Ok(()), None) => {}
        (Ok(()), Some(f)) => f.finish(conn)?,
        // An unfinished fresh file is removed when dropped.
        (Err(e), _) => return Err(e),
    }
    clock.lap(&mut summary, "finish");
    Ok(Built { summary, checker })
}

/// Reads the files that changed and records them through `conn` (the index
/// at `index`, or a fresh file).
fn write(
    paths: &[PathBuf],
    conn: &mut rusqlite::Connection,
    index: &Path,
    targets: Vec<PathBuf>,
    checker: &Checker,
    summary: &mut BuildSummary,
    clock: &mut Clock,
) -> Result<(), IndexError> {
    let recorded = recorded(conn, index)?;

    // Stamps in parallel (a stat and the build-id note of each file).
    let stamps: Vec<Result<Stamp, String>> = targets.par_iter().map(|p| facts::stamp(p)).collect();
    clock.lap(summary, "stamp");
    let mut changed: Vec<bool> = targets
        .iter()
        .zip(&stamps)
        .map(|(p, s)| match (recorded.get(&shown(p)), s) {
            (Some(r), Ok(s)) => r.stamp != *s,
            _ => true,
        })
        .collect();
    // Consumers bound to a library that is read again are read again too.
    if !recorded.is_empty() {
        let changed_paths: Vec<String> = targets
            .iter()
            .zip(&changed)
            .filter(|(_, c)| **c)
            .map(|(p, _)| std::fs::canonicalize(p).map_or_else(|_| shown(p), |c| shown(&c)))
            .collect();
        let rebind = consumers_of_paths(conn, index, &changed_paths)?;
        for (p, c) in targets.iter().zip(changed.iter_mut()) {
            if !*c && rebind.contains(&shown(p)) {
                *c = true;
            }
        }
    }
    clock.lap(summary, "changes");

    let walked: std::collections::HashSet<String> = targets.iter().map(|p| shown(p)).collect();
    let gone: Vec<i64> = recorded
        .iter()
        .filter(|(p, _)| !walked.contains(*p) && under_any(p, paths))
        .map(|(_, r)| r.id)
        .collect();
    summary.removed = gone.len();
    let todo: Vec<(&PathBuf, Result<Stamp, String>)> = targets
        .iter()
        .zip(stamps)
        .zip(&changed)
        .filter(|(_, c)| **c)
        .map(|((p, s), _)| (p, s))
        .collect();
    summary.read = todo.len();
    summary.unchanged = summary.files - summary.read;

    let tx = conn.transaction().map_err(IndexError::sqlite(index))?;
    {
        let mut w = Writer::new(&tx).map_err(IndexError::sqlite(index))?;
        for id in gone {
            w.remove(id).map_err(IndexError::sqlite(index))?;
        }
        for (p, _) in &todo {
            if let Some(r) = recorded.get(&shown(p)) {
                w.remove(r.id).map_err(IndexError::sqlite(index))?;
            }
        }
        // Read in parallel, written in order as the files are read.
        let read = |i: usize| {
            let (p, stamp) = &todo[i];
            match stamp {
                Ok(s) => facts::read(checker, p, s.clone()),
                Err(e) => FileFacts::error(shown(p), e.clone()),
            }
        };
        let (mut errors, mut bindings) = (0, 0);
        pipeline::read_and_write(
            todo.len(),
            rayon::current_num_threads(),
            read,
            |facts: Vec<FileFacts>| {
                errors += facts.iter().filter(|f| f.kind == "error").count();
                bindings += facts.iter().map(|f| f.refs.len()).sum::<usize>();
                w.insert(&facts)
            },
        )
        .map_err(IndexError::sqlite(index))?;
        summary.errors = errors;
        summary.bindings = bindings;
    }
    clock.lap(summary, "read and insert");
    tx.commit().map_err(IndexError::sqlite(index))?;
    clock.lap(summary, "commit");
    Ok(())
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
            "SELECT DISTINCT f.path FROM provider p JOIN ref r ON r.provider_id = p.id
             JOIN elf_file f ON f.id = r.file_id WHERE p.path = ?1",
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
