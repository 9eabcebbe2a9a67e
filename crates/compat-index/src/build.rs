//! `compat index build`: walks the paths (compat-ld's walker), reads the
//! files that are new or changed in parallel while storing those read
//! already ([`pipeline`](crate::pipeline)), in one transaction.
//!
//! Incremental: a file whose size, mtime and build id are those recorded is
//! not read again, unless a library it was bound to is read again (its
//! bindings may move). Files the walk no longer finds under the paths given
//! are removed.
//!
//! Hosts: each file is loaded on its own, as `ldd -r` loads it; then,
//! unless [`BuildOptions::standalone`], a shared library whose unversioned
//! references its own load leaves undefined has them bound in the context
//! of its host, the file of the index whose global scope defines the most
//! of them, at least half (those it defines are bound; [`compat_ld::hosts`],
//! as `compat abi check` finds a plugin's host). In
//! an incremental build the files not read again are loaded too when a
//! library read needs a host (they may be its host).

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use std::sync::Arc;

use compat_ld::{CheckOutcome, Checker, LoaderConfig};
use rayon::prelude::*;
use rusqlite::params;

use crate::error::IndexError;
use crate::facts::{self, FileFacts, Provider, Stamp};
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
    /// Libraries read whose references that only a host provides were bound
    /// in a host's context, and how many references that bound.
    pub hosted: usize,
    /// References bound in a host's context.
    pub host_bindings: usize,
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

/// How to build.
#[derive(Debug, Clone, Copy, Default)]
pub struct BuildOptions {
    /// Every file on its own, as `ldd -r` loads it: no reference is bound in
    /// a host's context.
    pub standalone: bool,
}

/// Builds or updates the index at `index` from the ELF files under `paths`.
pub fn build(paths: &[PathBuf], index: &Path) -> Result<BuildSummary, IndexError> {
    build_keeping(paths, index, BuildOptions::default()).map(|built| built.summary)
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
pub fn build_keeping(
    paths: &[PathBuf],
    index: &Path,
    options: BuildOptions,
) -> Result<Built, IndexError> {
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
        options,
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
#[allow(clippy::too_many_arguments)]
fn write(
    paths: &[PathBuf],
    conn: &mut rusqlite::Connection,
    index: &Path,
    targets: Vec<PathBuf>,
    checker: &Checker,
    options: BuildOptions,
    summary: &mut BuildSummary,
    clock: &mut Clock,
) -> Result<(), IndexError> {
    let recorded = recorded(conn, index)?;

    // Stamps in parallel: a stat of each file, and its build-id note when
    // size and mtime are those recorded (a file read again gets its build
    // id from that read).
    let stamps: Vec<Result<Stamp, String>> = targets
        .par_iter()
        .map(|p| {
            let mut s = facts::stamp(p)?;
            if let Some(r) = recorded.get(&shown(p)) {
                if (r.stamp.size, r.stamp.mtime_ns) == (s.size, s.mtime_ns) {
                    s.build_id = facts::build_id(p);
                }
            }
            Ok(s)
        })
        .collect();
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
                Ok(s) => facts::read_keeping(checker, p, s.clone()),
                Err(e) => (
                    FileFacts::error(shown(p), e.clone()),
                    CheckOutcome::default(),
                ),
            }
        };
        let first_id = w.next_file_id();
        // What the host pass needs of each file read: its load and the
        // references a host may provide.
        let mut loads: Vec<CheckOutcome> = Vec::new();
        let mut wanted: Vec<Vec<usize>> = Vec::new();
        let (mut errors, mut bindings) = (0, 0);
        pipeline::read_and_write(
            todo.len(),
            rayon::current_num_threads(),
            read,
            |group: Vec<(FileFacts, CheckOutcome)>| {
                let mut facts = Vec::with_capacity(group.len());
                for (mut f, o) in group {
                    if !options.standalone {
                        loads.push(o);
                        wanted.push(std::mem::take(&mut f.host_wanted));
                    }
                    facts.push(f);
                }
                errors += facts.iter().filter(|f| f.kind == "error").count();
                bindings += facts.iter().map(|f| f.refs.len()).sum::<usize>();
                w.insert(&facts)
            },
        )
        .map_err(IndexError::sqlite(index))?;
        summary.errors = errors;
        summary.bindings = bindings;
        clock.lap(summary, "read and insert");
        if wanted.iter().any(|w| !w.is_empty()) {
            let ids: Vec<i64> = (0..todo.len() as i64).map(|i| first_id + i).collect();
            let read: std::collections::HashSet<&PathBuf> = todo.iter().map(|(p, _)| *p).collect();
            host(
                &mut w, checker, &recorded, &targets, &read, loads, wanted, ids, summary,
            )
            .map_err(IndexError::sqlite(index))?;
            clock.lap(summary, "hosts");
        }
    }
    tx.commit().map_err(IndexError::sqlite(index))?;
    clock.lap(summary, "commit");
    Ok(())
}

/// Binds the references of the libraries read that only a host provides in
/// their host's context. `loads`, `wanted` and `ids`: the load, the
/// references wanting a host and the id of each file read; the files not
/// read (`targets` but `read`, recorded) are loaded here as possible hosts.
#[allow(clippy::too_many_arguments)]
fn host(
    w: &mut Writer<'_>,
    checker: &Checker,
    recorded: &HashMap<String, Recorded>,
    targets: &[PathBuf],
    read: &std::collections::HashSet<&PathBuf>,
    mut loads: Vec<CheckOutcome>,
    mut wanted: Vec<Vec<usize>>,
    mut ids: Vec<i64>,
    summary: &mut BuildSummary,
) -> rusqlite::Result<()> {
    let others: Vec<(&PathBuf, i64)> = targets
        .iter()
        .filter(|p| !read.contains(p))
        .filter_map(|p| recorded.get(&shown(p)).map(|r| (p, r.id)))
        .collect();
    let extra: Vec<CheckOutcome> = others
        .par_iter()
        .map(|(p, _)| checker.load(p, &shown(p)))
        .collect();
    loads.extend(extra);
    wanted.resize(loads.len(), Vec::new());
    ids.extend(others.iter().map(|(_, id)| *id));
    let shown_paths: Vec<String> = loads
        .iter()
        .map(|o| o.loaded.first().cloned().unwrap_or_default())
        .collect();
    let shown_refs: Vec<&str> = shown_paths.iter().map(String::as_str).collect();
    let hosts = compat_ld::hosts(&loads, &wanted, &shown_refs);
    for (i, hosted) in hosts.iter().enumerate() {
        let Some(h) = hosted else { continue };
        summary.hosted += 1;
        let objects = loads[h.host].objects();
        for &(pos, k) in &h.bindings {
            let o = &objects[k];
            let provider: Provider =
                Arc::new((o.canonical.display().to_string(), o.abi.soname.clone()));
            w.bind_to_host(ids[i], pos, &provider, ids[h.host])?;
            summary.host_bindings += 1;
        }
    }
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
