//! Many writers at once, and a writer killed mid-transaction, on both
//! backends: nothing is lost, nothing is half-written.
//!
//! The killed writer is this test binary run again as a child
//! (`child_writer`, active only with `COMPAT_STORE_CHILD` set) that records
//! reports in a loop; the parent kills it with SIGKILL while it writes, then
//! checks every run it finds is whole.

mod common;

use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::{backends, report};
use compat_store::{Location, RunFilter, Store};

const THREADS: u64 = 8;
const PER_THREAD: u64 = 10;

#[test]
#[allow(clippy::print_stderr)] // the timing, for the README
fn concurrent_writers_lose_nothing() {
    for b in backends("concurrent") {
        // Made first, so the threads race on records, not on the first migration too.
        Store::open(&b.location).unwrap();
        let started = Instant::now();
        std::thread::scope(|s| {
            for t in 0..THREADS {
                let loc = b.location.clone();
                s.spawn(move || {
                    // Each writer with its own connection, as separate CI jobs have.
                    let mut store = Store::open(&loc).unwrap();
                    for i in 0..PER_THREAD {
                        let r = report("demo", 3, 5, t * 1000 + i);
                        store.record(&r).unwrap();
                    }
                });
            }
        });
        let elapsed = started.elapsed();
        let mut store = Store::open(&b.location).unwrap();
        let runs = store.runs(&RunFilter::default()).unwrap();
        assert_eq!(runs.len() as u64, THREADS * PER_THREAD, "{}", b.name);
        for run in &runs {
            assert_whole(&mut store, run, b.name);
        }
        eprintln!(
            "{}: {} writers x {} reports in {elapsed:?}",
            b.name, THREADS, PER_THREAD
        );
    }
}

#[test]
fn concurrent_first_opens_migrate_once() {
    for b in backends("firstopen") {
        std::thread::scope(|s| {
            for t in 0..THREADS {
                let loc = b.location.clone();
                s.spawn(move || {
                    let mut store = Store::open(&loc).unwrap();
                    store.record(&report("demo", 1, 1, t)).unwrap();
                });
            }
        });
        let mut store = Store::open(&b.location).unwrap();
        assert_eq!(
            store.schema_version().unwrap(),
            compat_store::migrate::latest()
        );
        assert_eq!(
            store.runs(&RunFilter::default()).unwrap().len() as u64,
            THREADS
        );
    }
}

/// Every component result and finding of `run` is there.
fn assert_whole(store: &mut Store, run: &compat_store::RunRow, backend: &str) {
    let checks = store.checks(run.id).unwrap();
    assert_eq!(
        checks.len() as i64,
        run.components,
        "{backend}: run {}",
        run.id
    );
    let findings: i64 = checks.iter().map(|c| c.findings).sum();
    assert_eq!(findings, run.findings, "{backend}: run {}", run.id);
    for c in &checks {
        let slice = c.slice().unwrap();
        assert_eq!(
            slice["findings"].as_array().unwrap().len() as i64,
            c.findings
        );
    }
}

/// The child: records reports into `COMPAT_STORE_CHILD` until killed
/// (bounded: two minutes), one line on standard output per report.
#[test]
fn child_writer() {
    let Ok(target) = std::env::var("COMPAT_STORE_CHILD") else {
        return;
    };
    let location = Location::parse(&target, std::path::Path::new("/")).unwrap();
    let mut store = Store::open(&location).unwrap();
    let deadline = Instant::now() + Duration::from_secs(120);
    let mut out = std::io::stdout().lock();
    // Each child its own reports (the same report twice would be one run).
    let mut seed: u64 = std::env::var("COMPAT_STORE_CHILD_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(1_000_000);
    while Instant::now() < deadline {
        // Big reports: most of the child's time is spent inside a transaction.
        store.record(&report("killed", 6, 400, seed)).unwrap();
        writeln!(out, "recorded {seed}").unwrap();
        out.flush().unwrap();
        seed += 1;
    }
}

#[test]
fn a_writer_killed_mid_transaction_leaves_the_store_whole() {
    for b in backends("killed") {
        Store::open(&b.location).unwrap();
        let target = match &b.location {
            Location::Sqlite(p) => format!("sqlite:{}", p.display()),
            Location::Postgres(url) => url.clone(),
        };
        for round in 0..3u64 {
            let mut child = Command::new(std::env::current_exe().unwrap())
                .args(["child_writer", "--exact", "--nocapture", "--test-threads=1"])
                .env("COMPAT_STORE_CHILD", &target)
                .env(
                    "COMPAT_STORE_CHILD_SEED",
                    (1_000_000 * (round + 1)).to_string(),
                )
                .stdout(Stdio::piped())
                .stderr(Stdio::null())
                .spawn()
                .unwrap();
            let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
            // Wait for two reports to be committed, then kill it part-way
            // through a later one (a different moment each round).
            let mut seen = 0;
            while seen < 2 {
                match lines.next() {
                    Some(Ok(l)) if l.starts_with("recorded ") => seen += 1,
                    Some(_) => {}
                    None => panic!("{}: the child stopped before writing", b.name),
                }
            }
            std::thread::sleep(Duration::from_millis(7 + 13 * round));
            child.kill().unwrap();
            child.wait().unwrap();

            if let Location::Sqlite(path) = &b.location {
                let conn = rusqlite::Connection::open(path).unwrap();
                let ok: String = conn
                    .query_row("PRAGMA integrity_check", [], |r| r.get(0))
                    .unwrap();
                assert_eq!(ok, "ok");
            }
            let mut store = Store::open(&b.location).unwrap();
            let runs = store.runs(&RunFilter::default()).unwrap();
            assert!(runs.len() as u64 >= 2 * (round + 1), "{}", b.name);
            for run in &runs {
                assert_whole(&mut store, run, b.name);
            }
            // And the store still takes writes.
            store.record(&report("after", 1, 1, round)).unwrap();
        }
    }
}
