//! The proof of `abi check` on a whole system: over every ELF file in
//! /usr/bin and /usr/lib/x86_64-linux-gnu of this machine, `abi check
//! --standalone` reports exactly what `ldd -r` reports — the same files, and
//! per file the same unresolved symbols (name and version), missing libraries
//! and missing versions. ldd runs the system's loader in trace mode; compat
//! runs nothing. Without `--standalone`, the same healthy system has nothing
//! breaking: what ldd flags are plugins and private libraries, judged in the
//! context of the programs that load or host them.

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

fn debian_x86_64() -> bool {
    if Command::new("ldd").arg("--version").output().is_err()
        || !Path::new("/usr/lib/x86_64-linux-gnu").is_dir()
    {
        eprintln!("skipped: needs ldd and /usr/lib/x86_64-linux-gnu (a Debian x86-64 system)");
        return false;
    }
    true
}

/// `compat abi check [--standalone] /usr/bin /usr/lib/x86_64-linux-gnu --format FORMAT`.
fn check_system(standalone: bool, format: &str) -> (Option<i32>, String) {
    let mut c = Command::new(env!("CARGO_BIN_EXE_compat"));
    c.args(["abi", "check", "--format", format]);
    if standalone {
        c.arg("--standalone");
    }
    let out = c
        .args(["/usr/bin", "/usr/lib/x86_64-linux-gnu"])
        .output()
        .unwrap();
    assert!(
        matches!(out.status.code(), Some(0 | 1)),
        "compat failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
    )
}

#[test]
fn abi_check_of_a_healthy_system_has_nothing_breaking() {
    if !debian_x86_64() {
        return;
    }
    let (code, text) = check_system(false, "text");
    let summary = text.lines().last().unwrap_or_default();
    eprintln!("{} lines; {summary}", text.lines().count());
    assert!(
        summary.starts_with("0 breaking,") && code == Some(0),
        "a stock system has nothing breaking in context:\n{text}"
    );

    // The host findings (warning, info) are about files ldd -r flags (here:
    // --standalone, equal to ldd -r by the test below), and there are some.
    let (_, standalone) = check_system(true, "json");
    let standalone: serde_json::Value = serde_json::from_str(&standalone).unwrap();
    let (_, context) = check_system(false, "json");
    let context: serde_json::Value = serde_json::from_str(&context).unwrap();
    let files = |r: &serde_json::Value, pred: &dyn Fn(&serde_json::Value) -> bool| {
        r["findings"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|f| pred(f))
            .map(|f| f["subject"]["file"].as_str().unwrap().to_owned())
            .collect::<BTreeSet<String>>()
    };
    let flagged = files(&standalone, &|f| f["severity"] == "breaking");
    let reported = files(&context, &|f| {
        f["rule"].as_str().is_some_and(|r| {
            matches!(
                r,
                "ld-host-symbol-provided" | "ld-host-symbol-unresolved" | "ld-library-loader-path"
            )
        })
    });
    assert!(
        !flagged.is_empty(),
        "a stock Debian has plugins that ldd -r flags"
    );
    assert!(
        reported.is_subset(&flagged),
        "host findings only for files ldd flags: {:?}",
        reported.difference(&flagged).collect::<Vec<_>>()
    );
    assert!(
        !reported.is_empty(),
        "the plugins ldd flags appear as host findings"
    );
    // The note counts exactly the files ldd -r flags (none is a program or
    // fails whatever loads it on a stock system), each judged in context.
    let note = context["notes"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|n| n.as_str())
        .find(|n| n.contains("judged in context"))
        .expect("the note on the libraries judged in context");
    let counted: usize = note.split(' ').next().unwrap().parse().unwrap();
    assert_eq!(counted, flagged.len(), "{note}");
    assert!(
        note.contains(" shared libraries that ldd -r would flag on their own (a library or symbols only their loader or host provides) were judged in context: "),
        "{note}"
    );
}

#[test]
fn abi_check_matches_ldd_on_this_machine() {
    if !debian_x86_64() {
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
        .args(["abi", "check", "--standalone", "--format", "json"])
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
        "compat and ldd -r disagree on {}:\n{}",
        compat_report::render::count(diffs.len(), "file", "files"),
        diffs.join("\n")
    );
}
