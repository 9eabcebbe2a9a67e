//! Runs compat's go1.22 loop-variable analysis (`compat_go::loopvar`) over
//! Go files, for scripts that compare it with `go vet` and the compiler
//! (`scripts/bench-go-loopvar.py`) until `compat go upgrade` exists.
//!
//! Usage: `cargo run -p compat-go --example loopvar -- [--stats] [--parse-only] [--testdata] [--repeat=N] PATH...`
//!
//! Each PATH is a `.go` file or a directory searched for `.go` files
//! (skipping `testdata`, `_` and hidden directories, unless `--testdata`:
//! then every `.go` file, broken ones included). Prints one JSON finding per
//! line on stdout; with `--stats`, prints instead one summary line: files,
//! bytes, findings by rule, and the wall time of reading, parsing and
//! analysing them in parallel (rayon), with the parse and analysis shares.
//! `--parse-only` skips the analysis (to time parsing alone, e.g. under
//! `/usr/bin/time`, and get the analysis's cost as the difference);
//! `--repeat=N` analyses each tree N times (the marginal time of the extra
//! passes is the analysis alone, whatever else the machine runs).
#![allow(clippy::print_stdout, clippy::print_stderr)]

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Instant;

use rayon::prelude::*;

fn walk(dir: &Path, testdata: bool, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<PathBuf> = entries.flatten().map(|e| e.path()).collect();
    entries.sort();
    for p in entries {
        let name = p.file_name().and_then(|n| n.to_str()).unwrap_or_default();
        if p.is_dir() {
            if testdata || name != "testdata" && !name.starts_with('.') && !name.starts_with('_') {
                walk(&p, testdata, out);
            }
        } else if name.ends_with(".go") {
            out.push(p);
        }
    }
}

fn main() {
    let mut stats = false;
    let mut parse_only = false;
    let mut testdata = false;
    let mut repeat = 1u32;
    let mut files = Vec::new();
    for arg in std::env::args().skip(1) {
        if arg == "--stats" {
            stats = true;
            continue;
        }
        if arg == "--parse-only" {
            parse_only = true;
            continue;
        }
        if arg == "--testdata" {
            testdata = true;
            continue;
        }
        if let Some(n) = arg.strip_prefix("--repeat=") {
            repeat = n.parse().unwrap_or(1).max(1);
            continue;
        }
        let p = PathBuf::from(&arg);
        if p.is_dir() {
            walk(&p, testdata, &mut files);
        } else {
            files.push(p);
        }
    }
    let parse_ns = AtomicU64::new(0);
    let analyse_ns = AtomicU64::new(0);
    let bytes = AtomicU64::new(0);
    let start = Instant::now();
    let results: Vec<(String, Result<Vec<compat_report::Finding>, String>)> = files
        .par_iter()
        .map(|f| {
            let shown = f.display().to_string();
            let text = match compat_fs::read(f, compat_fs::Limit::GoSource) {
                Ok(b) => String::from_utf8_lossy(&b).into_owned(),
                Err(e) => return (shown, Err(e.to_string())),
            };
            bytes.fetch_add(text.len() as u64, Ordering::Relaxed);
            let t0 = Instant::now();
            let syntax = match compat_go::syntax::parse(text) {
                Ok(s) => s,
                Err(e) => return (shown, Err(e.to_string())),
            };
            let t1 = Instant::now();
            let mut found = Vec::new();
            if !parse_only {
                for _ in 0..repeat {
                    found = compat_go::loopvar::check_file(&shown, &syntax);
                }
            }
            let t2 = Instant::now();
            parse_ns.fetch_add((t1 - t0).as_nanos() as u64, Ordering::Relaxed);
            analyse_ns.fetch_add((t2 - t1).as_nanos() as u64, Ordering::Relaxed);
            (shown, Ok(found))
        })
        .collect();
    let wall = start.elapsed();
    let mut errors = 0;
    let (mut semantics, mut heap) = (0, 0);
    for (file, r) in &results {
        match r {
            Ok(found) => {
                for f in found {
                    match f.rule.as_str() {
                        "go-loopvar-semantics-change" => semantics += 1,
                        _ => heap += 1,
                    }
                    if !stats {
                        println!("{}", serde_json::to_string(f).unwrap_or_default());
                    }
                }
            }
            Err(e) => {
                errors += 1;
                eprintln!("{file}: {e}");
            }
        }
    }
    if stats {
        let secs = |ns: &AtomicU64| ns.load(Ordering::Relaxed) as f64 / 1e9;
        println!(
            "{{\"files\":{},\"bytes\":{},\"errors\":{errors},\"semantics_change\":{semantics},\"heap_alloc\":{heap},\"threads\":{},\"wall_s\":{:.3},\"parse_cpu_s\":{:.3},\"analyse_cpu_s\":{:.3}}}",
            files.len(),
            bytes.load(Ordering::Relaxed),
            rayon::current_num_threads(),
            wall.as_secs_f64(),
            secs(&parse_ns),
            secs(&analyse_ns),
        );
    }
}
