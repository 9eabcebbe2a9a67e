//! The v1/v2 fixture corpus of `tests/pairs/` (format: `tests/pairs/README.md`).
//!
//! Every pair is built twice at test time (`gcc`/`g++ -g -O2 -shared -fPIC`,
//! each version in its own directory under the same file names), compared as
//! `compat abi diff` compares them (`compat_abi::diff` on the symbols,
//! `compat_dwarf::diff` on the types), and the most severe finding must be the
//! pair's `expect:`. Each version compared with itself must give nothing.
//! When `/usr/bin/abidiff` (libabigail) is installed, its exit code on the same
//! two files must be the pair's recorded `abidiff:` code, so every documented
//! agreement and disagreement stays true; without it that part is skipped,
//! unless `CI` is set (then the test fails).
//!
//! `COMPAT_PAIRS=substring` runs only the pairs whose file name contains it.

#![allow(clippy::print_stderr)] // the table of verdicts and skips is the test's report

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

use compat_abi::DiffInputs;
use compat_elf::{load_abi, ReadOptions};
use compat_report::{Finding, Severity};
use compat_testkit::Fixture;

const ABIDIFF: &str = "/usr/bin/abidiff";

/// One pair file, parsed.
#[derive(Debug)]
struct Pair {
    /// The file name (`NN-short-name.c`).
    name: String,
    cxx: bool,
    /// The most severe finding expected; `None`: no finding at all.
    expect: Option<Severity>,
    /// abidiff's expected exit code.
    abidiff: i32,
    /// Substrings some finding's message must contain.
    messages: Vec<String>,
    /// A recorded miss (`// known-miss: SEVERITY: why`): what compat reports
    /// today instead of `expect`, for a held-out pair it still gets wrong.
    /// The test then requires exactly that verdict, so a fix (or another
    /// change of verdict) must update the record, and the table marks it.
    known_miss: Option<Option<Severity>>,
    /// (file name, text) of each version's files; the main source is `lib.c`
    /// or `lib.cc`.
    v1: Vec<(String, String)>,
    v2: Vec<(String, String)>,
}

fn parse_severity(s: &str) -> Result<Option<Severity>, String> {
    match s {
        "breaking" => Ok(Some(Severity::Breaking)),
        "warning" => Ok(Some(Severity::Warning)),
        "info" => Ok(Some(Severity::Info)),
        "none" => Ok(None),
        other => Err(format!("unknown verdict {other:?}")),
    }
}

fn severity_name(s: Option<Severity>) -> &'static str {
    match s {
        Some(Severity::Breaking) => "breaking",
        Some(Severity::Warning) => "warning",
        Some(Severity::Info) => "info",
        None => "none",
    }
}

fn parse(name: &str, text: &str) -> Result<Pair, String> {
    let cxx = name.ends_with(".cc");
    let main = if cxx { "lib.cc" } else { "lib.c" };
    let (mut expect, mut abidiff, mut why) = (None, None, false);
    let mut known_miss = None;
    let mut messages = Vec::new();
    // Sections: (which versions, file name, text).
    let mut sections: Vec<(u8, String, String)> = Vec::new();
    for line in text.lines() {
        if let Some(head) = line.strip_prefix("//---") {
            let head = head.trim();
            let (which, file) = match head.split_once('/') {
                Some(("v1", f)) => (1, f.to_owned()),
                Some(("v2", f)) => (2, f.to_owned()),
                _ if head == "v1" => (1, main.to_owned()),
                _ if head == "v2" => (2, main.to_owned()),
                _ => (3, head.to_owned()),
            };
            if file.is_empty() || file.contains('/') || file == ".." {
                return Err(format!("bad section {line:?}"));
            }
            sections.push((which, file, String::new()));
            continue;
        }
        if let Some((_, _, body)) = sections.last_mut() {
            body.push_str(line);
            body.push('\n');
            continue;
        }
        let Some(h) = line.strip_prefix("// ") else {
            if line.trim().is_empty() || line.starts_with("//") {
                continue;
            }
            return Err(format!(
                "line before the first section is not a comment: {line:?}"
            ));
        };
        if let Some(v) = h.strip_prefix("expect:") {
            expect = Some(parse_severity(v.trim())?);
        } else if let Some(v) = h.strip_prefix("abidiff:") {
            let mut words = v.split_whitespace();
            let code = words.next().unwrap_or("");
            let code = code
                .parse::<i32>()
                .map_err(|_| format!("abidiff: needs an exit code, got {code:?}"))?;
            abidiff = Some((code, words.next().unwrap_or("").to_owned()));
        } else if let Some(v) = h.strip_prefix("known-miss:") {
            let (sev, reason) = v
                .trim()
                .split_once(':')
                .ok_or("known-miss: SEVERITY: why compat is wrong")?;
            if reason.trim().is_empty() {
                return Err("known-miss: needs the reason compat is wrong".into());
            }
            known_miss = Some(parse_severity(sev.trim())?);
        } else if let Some(v) = h.strip_prefix("message:") {
            messages.push(v.trim().to_owned());
        } else if h.starts_with("why:") {
            why = true;
        }
    }
    let expect = expect.ok_or("no `// expect:` line")?;
    let (abidiff, verdict) = abidiff.ok_or("no `// abidiff:` line")?;
    // abidiff agrees when both flag the change (compat warning or breaking,
    // abidiff non-zero) or both let it pass (compat info or none, abidiff 0).
    let flags = matches!(expect, Some(Severity::Breaking | Severity::Warning));
    let agrees = flags == (abidiff != 0);
    match (verdict.as_str(), agrees) {
        ("agree", true) | ("disagree:", false) => {}
        ("agree", false) => {
            return Err(format!(
                "abidiff exits {abidiff} and compat must report {}: that is a disagreement (`disagree: why`)",
                severity_name(expect)
            ))
        }
        ("disagree:", true) => {
            return Err(format!(
                "abidiff exits {abidiff} and compat must report {}: that is an agreement",
                severity_name(expect)
            ))
        }
        _ => return Err("abidiff: CODE must be followed by `agree` or `disagree: why`".into()),
    }
    if !why {
        return Err("no `// why:` line".into());
    }
    let side = |n: u8| -> Vec<(String, String)> {
        sections
            .iter()
            .filter(|(w, _, _)| *w == n || *w == 3)
            .map(|(_, f, t)| (f.clone(), t.clone()))
            .collect()
    };
    let (v1, v2) = (side(1), side(2));
    for (v, files) in [("v1", &v1), ("v2", &v2)] {
        if !files.iter().any(|(f, _)| f == main) {
            return Err(format!("no `//--- {v}` section"));
        }
    }
    if known_miss == Some(expect) {
        return Err("known-miss: records the expected verdict; remove the line".into());
    }
    Ok(Pair {
        name: name.to_owned(),
        cxx,
        expect,
        abidiff,
        messages,
        known_miss,
        v1,
        v2,
    })
}

fn pairs_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/pairs")
}

fn load_pairs() -> Vec<Pair> {
    let filter = std::env::var("COMPAT_PAIRS").ok();
    let mut names: Vec<String> = std::fs::read_dir(pairs_dir())
        .expect("tests/pairs exists")
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".c") || n.ends_with(".cc"))
        .filter(|n| filter.as_deref().is_none_or(|f| n.contains(f)))
        .collect();
    names.sort();
    names
        .iter()
        .map(|n| {
            let text = std::fs::read_to_string(pairs_dir().join(n)).unwrap();
            parse(n, &text).unwrap_or_else(|e| panic!("tests/pairs/{n}: {e}"))
        })
        .collect()
}

/// Builds one version into `fx`; returns the library's path.
fn build(pair: &Pair, fx: &Fixture, files: &[(String, String)]) -> Result<PathBuf, String> {
    for (f, t) in files {
        fx.write(f, t);
    }
    let (cc, src) = if pair.cxx {
        ("g++", "lib.cc")
    } else {
        ("gcc", "lib.c")
    };
    let out = Command::new(cc)
        .args(["-g", "-O2", "-shared", "-fPIC", "-o", "libpair.so", src])
        .current_dir(fx.path())
        .output()
        .map_err(|e| format!("cannot run {cc}: {e}"))?;
    if !out.status.success() {
        return Err(format!(
            "{cc} failed:\n{}",
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    Ok(fx.join("libpair.so"))
}

/// What `compat abi diff` reports: symbol-level and type-level findings.
fn compat_diff(old: &Path, new: &Path) -> Vec<Finding> {
    let (oa, na) = (
        load_abi(old, ReadOptions::default()).expect("v1 loads"),
        load_abi(new, ReadOptions::default()).expect("v2 loads"),
    );
    let (ot, nt) = (common::read(old), common::read(new));
    let private_classes = compat_dwarf::private_vtable_classes(&ot, &nt);
    let inputs = DiffInputs {
        old_file: "v1/libpair.so",
        new_file: "v2/libpair.so",
        private_classes: &private_classes,
    };
    let mut fs = compat_abi::diff(&oa, &na, &inputs).findings;
    fs.extend(compat_dwarf::diff(
        &ot,
        &nt,
        (inputs.old_file, inputs.new_file),
    ));
    fs
}

fn worst(fs: &[Finding]) -> Option<Severity> {
    fs.iter().map(|f| f.severity).min()
}

/// One line per finding: `severity rule: message`.
fn one_line(fs: &[Finding]) -> String {
    if fs.is_empty() {
        return "(no finding)".into();
    }
    fs.iter()
        .map(|f| {
            format!(
                "{} {}: {}",
                severity_name(Some(f.severity)),
                f.rule,
                f.message
            )
        })
        .collect::<Vec<_>>()
        .join("\n      ")
}

struct Outcome {
    name: String,
    expect: Option<Severity>,
    got: Option<Severity>,
    abidiff: Option<i32>,
    problems: Vec<String>,
    /// The pair records a known miss (and compat still makes it).
    known_miss: bool,
}

fn run_pair(pair: &Pair, with_abidiff: bool) -> Outcome {
    let mut out = Outcome {
        name: pair.name.clone(),
        expect: pair.expect,
        got: None,
        abidiff: None,
        problems: Vec::new(),
        known_miss: pair.known_miss.is_some(),
    };
    let (f1, f2) = (Fixture::new(), Fixture::new());
    let (v1, v2) = match (build(pair, &f1, &pair.v1), build(pair, &f2, &pair.v2)) {
        (Ok(a), Ok(b)) => (a, b),
        (Err(e), _) | (_, Err(e)) => {
            out.problems.push(e);
            return out;
        }
    };
    let fs = compat_diff(&v1, &v2);
    out.got = worst(&fs);
    if let Some(miss) = pair.known_miss {
        if out.got != miss {
            out.problems.push(format!(
                "the recorded known miss says compat reports {}, it reports {} (expected {}): update or remove the `known-miss:` line:\n      {}",
                severity_name(miss),
                severity_name(out.got),
                severity_name(pair.expect),
                one_line(&fs)
            ));
        }
    } else if out.got != pair.expect {
        out.problems.push(format!(
            "expected {}, compat reports {}:\n      {}",
            severity_name(pair.expect),
            severity_name(out.got),
            one_line(&fs)
        ));
    }
    for m in &pair.messages {
        if !fs.iter().any(|f| f.message.contains(m.as_str())) {
            out.problems.push(format!(
                "no finding's message contains {m:?}:\n      {}",
                one_line(&fs)
            ));
        }
    }
    for (v, p) in [("v1", &v1), ("v2", &v2)] {
        let same = compat_diff(p, p);
        if !same.is_empty() {
            out.problems.push(format!(
                "{v} compared with itself is not clean:\n      {}",
                one_line(&same)
            ));
        }
    }
    if with_abidiff {
        match Command::new(ABIDIFF).arg(&v1).arg(&v2).output() {
            Ok(o) => {
                let code = o.status.code().unwrap_or(-1);
                out.abidiff = Some(code);
                if code != pair.abidiff {
                    let text = String::from_utf8_lossy(&o.stdout);
                    out.problems.push(format!(
                        "abidiff exits {code}, the pair records {}:\n{}",
                        pair.abidiff,
                        text.lines().take(30).collect::<Vec<_>>().join("\n")
                    ));
                }
            }
            Err(e) => out.problems.push(format!("cannot run {ABIDIFF}: {e}")),
        }
    }
    out
}

#[test]
fn pairs() {
    let pairs = load_pairs();
    if std::env::var_os("COMPAT_PAIRS").is_none() {
        assert!(pairs.len() >= 60, "only {} pairs", pairs.len());
    }
    let with_abidiff = Path::new(ABIDIFF).exists();
    if !with_abidiff {
        assert!(
            std::env::var_os("CI").is_none(),
            "{ABIDIFF} is missing and CI is set: install abigail-tools"
        );
        eprintln!("SKIPPED the abidiff comparison: {ABIDIFF} is missing (install abigail-tools; set CI to make this fatal)");
    }
    // Each pair is two compiler runs and two DWARF reads: two threads keep a
    // small machine busy without starving it.
    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<Outcome>> = Mutex::new(Vec::new());
    let threads = std::thread::available_parallelism()
        .map_or(2, |n| n.get())
        .min(4);
    std::thread::scope(|s| {
        for _ in 0..threads {
            s.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(p) = pairs.get(i) else { break };
                let o = run_pair(p, with_abidiff);
                results.lock().unwrap().push(o);
            });
        }
    });
    let mut results = results.into_inner().unwrap();
    results.sort_by(|a, b| a.name.cmp(&b.name));
    let mut table =
        String::from("pair                                          expect    compat    abidiff\n");
    for r in &results {
        table.push_str(&format!(
            "{:<45} {:<9} {:<9} {:<7} {}\n",
            r.name,
            severity_name(r.expect),
            severity_name(r.got),
            r.abidiff.map_or("-".into(), |c| c.to_string()),
            match (r.problems.is_empty(), r.known_miss) {
                (false, _) => "FAIL",
                (true, true) => "known miss",
                (true, false) => "ok",
            }
        ));
    }
    eprintln!("{table}");
    let failed: Vec<String> = results
        .iter()
        .filter(|r| !r.problems.is_empty())
        .map(|r| format!("tests/pairs/{}:\n  {}", r.name, r.problems.join("\n  ")))
        .collect();
    assert!(
        failed.is_empty(),
        "{} of {} pairs failed:\n{}",
        failed.len(),
        results.len(),
        failed.join("\n")
    );
}
