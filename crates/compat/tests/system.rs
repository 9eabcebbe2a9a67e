//! The proof of `abi check` on a whole system: over every ELF file in
//! /usr/bin and /usr/lib/x86_64-linux-gnu of this machine, compat reports
//! exactly what `ldd -r` reports — the same files, and per file the same
//! unresolved symbols (name and version), missing libraries and missing
//! versions. ldd runs the system's loader in trace mode; compat runs nothing.

#![allow(clippy::print_stderr)] // tests say what they skip

use std::collections::{BTreeMap, BTreeSet};
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Mutex;

type Problems = BTreeSet<String>;

fn elf_files() -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut push = |p: &Path| {
        let Ok(meta) = std::fs::symlink_metadata(p) else {
            return;
        };
        if !meta.is_file() {
            return;
        }
        let mut magic = [0u8; 4];
        if std::fs::File::open(p)
            .and_then(|mut f| f.read_exact(&mut magic))
            .is_ok()
            && &magic == b"\x7fELF"
        {
            out.push(p.to_path_buf());
        }
    };
    if let Ok(rd) = std::fs::read_dir("/usr/bin") {
        for e in rd.flatten() {
            push(&e.path());
        }
    }
    for e in walkdir::WalkDir::new("/usr/lib/x86_64-linux-gnu")
        .follow_links(false)
        .into_iter()
        .flatten()
    {
        push(e.path());
    }
    out.sort();
    out
}

/// What `ldd -r FILE` reports, normalized.
fn ldd(file: &Path) -> Problems {
    let out = Command::new("ldd")
        .arg("-r")
        .arg(file)
        .env("LC_ALL", "C")
        .output()
        .expect("ldd runs");
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    let mut p = Problems::new();
    for line in text.lines() {
        let line = line.trim();
        if let Some(rest) = line.strip_prefix("undefined symbol: ") {
            let sym = rest.split('\t').next().unwrap_or(rest).trim();
            let (name, version) = match sym.split_once(", version ") {
                Some((n, v)) => (n, Some(v)),
                None => (sym, None),
            };
            p.insert(format!("undefined {name}@{}", version.unwrap_or("")));
        } else if let Some((name, _)) = line.split_once(" => not found") {
            p.insert(format!("missing {}", name.trim()));
        } else if let Some(start) = line.find("version `") {
            if line.contains("' not found") {
                let v = &line[start + 9
                    ..line[start..]
                        .find('\'')
                        .map(|e| start + e)
                        .unwrap_or(line.len())];
                p.insert(format!("version {v}"));
            }
        }
    }
    p
}

#[test]
fn abi_check_matches_ldd_on_this_machine() {
    if Command::new("ldd").arg("--version").output().is_err()
        || !Path::new("/usr/lib/x86_64-linux-gnu").is_dir()
    {
        eprintln!("skipped: needs ldd and /usr/lib/x86_64-linux-gnu (a Debian x86-64 system)");
        return;
    }
    let files = elf_files();
    assert!(
        files.len() > 100,
        "expected a whole system, found {} ELF files",
        files.len()
    );

    // compat, once over every file.
    let out = Command::new(env!("CARGO_BIN_EXE_compat"))
        .args(["abi", "check", "--format", "json"])
        .args(&files)
        .output()
        .unwrap();
    assert!(
        matches!(out.status.code(), Some(0 | 1)),
        "compat failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let mut compat: BTreeMap<String, Problems> = BTreeMap::new();
    for f in report["findings"].as_array().unwrap() {
        let s = &f["subject"];
        let file = s["file"].as_str().unwrap().to_owned();
        let item = match f["rule"].as_str().unwrap() {
            "ld-symbol-unresolved" => format!(
                "undefined {}@{}",
                s["symbol"].as_str().unwrap(),
                s["version"].as_str().unwrap_or("")
            ),
            "ld-library-not-found" => format!("missing {}", s["library"].as_str().unwrap()),
            "ld-version-not-found" => format!("version {}", s["version"].as_str().unwrap()),
            _ => continue,
        };
        compat.entry(file).or_default().insert(item);
    }

    // ldd, on two threads.
    let queue = Mutex::new(files.clone());
    let truth: Mutex<BTreeMap<String, Problems>> = Mutex::default();
    std::thread::scope(|s| {
        for _ in 0..2 {
            s.spawn(|| loop {
                let Some(f) = queue.lock().unwrap().pop() else {
                    break;
                };
                let p = ldd(&f);
                if !p.is_empty() {
                    truth.lock().unwrap().insert(f.display().to_string(), p);
                }
            });
        }
    });
    let truth = truth.into_inner().unwrap();

    let mut diffs = Vec::new();
    for file in truth.keys().chain(compat.keys()).collect::<BTreeSet<_>>() {
        let (a, b) = (
            truth.get(file).cloned().unwrap_or_default(),
            compat.get(file).cloned().unwrap_or_default(),
        );
        if a != b {
            let only_ldd: Vec<_> = a.difference(&b).take(5).collect();
            let only_compat: Vec<_> = b.difference(&a).take(5).collect();
            diffs.push(format!(
                "{file}: only ldd {only_ldd:?}, only compat {only_compat:?}"
            ));
        }
    }
    eprintln!(
        "{} ELF files; ldd flags {}, compat flags {}",
        files.len(),
        truth.len(),
        compat.len()
    );
    assert!(
        diffs.is_empty(),
        "compat and ldd -r disagree on {} file(s):\n{}",
        diffs.len(),
        diffs.join("\n")
    );
}
