//! Type-level `abi diff` on real libraries: SQLite 3.41.2 and 3.50.2, built
//! with `gcc -g -O2` from the amalgamations of the crates.io `libsqlite3-sys`
//! crates by `scripts/fetch-dwarf-corpus.sh sqlite` (cache directory
//! `$COMPAT_CORPUS/dwarf`, default `$HOME/.cache/compat-corpus/dwarf`).
//!
//! What is asserted is the case-by-case comparison with abidiff 2.2 in the
//! README: the same 4 added functions; without headers, the private structs
//! behind `sqlite3_context *` that abidiff reports under
//! `sqlite3_aggregate_context` are root causes of severity info (declared in
//! `sqlite3.c`, reached only through handles the library hands out), and
//! `sqlite3_module` growing at its end (a table of callbacks that callers fill
//! in, whose first member `iVersion` tells SQLite which callbacks it has: the
//! versioned-struct convention) is info too; with `sqlite3.h`, the same:
//! nothing breaking.
//! Missing corpus: skipped with a message, except under CI (`CI` set), where
//! the test fails.

use std::path::{Path, PathBuf};

use serde_json::Value;

mod common;
use common::{compat, corpus_cache, skip};

const FETCH_HINT: &str = "run scripts/fetch-dwarf-corpus.sh sqlite to build the SQLite corpus";

/// (library, header directory) of the old and the new version.
fn corpus() -> Option<[(PathBuf, PathBuf); 2]> {
    let cache = corpus_cache(FETCH_HINT)?;
    let side = |v: &str| {
        let dir = cache.join(format!("dwarf/sqlite-{v}"));
        (dir.join("libsqlite3.so.0"), dir.join("include"))
    };
    let pair = [side("3.41.2"), side("3.50.2")];
    if pair.iter().all(|(lib, inc)| lib.is_file() && inc.is_dir()) {
        Some(pair)
    } else {
        skip(&format!(
            "no SQLite corpus under {}; {FETCH_HINT}",
            cache.display()
        ))
    }
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// `compat abi diff` of the pair with both header directories, plus `extra`.
fn diff_with_headers(
    old: &Path,
    old_h: &Path,
    new: &Path,
    new_h: &Path,
    extra: &[&str],
) -> common::Run {
    let mut args = vec![
        "abi",
        "diff",
        "--old-public-headers",
        s(old_h),
        "--public-headers",
        s(new_h),
        s(old),
        s(new),
    ];
    args.extend_from_slice(extra);
    compat(&args)
}

fn findings(j: &Value) -> &Vec<Value> {
    j["findings"].as_array().expect("findings")
}

fn symbols(f: &Value) -> Vec<&str> {
    f["subject"]["symbols"]
        .as_array()
        .map(|a| a.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default()
}

#[test]
fn sqlite_3_41_to_3_50_matches_the_reviewed_comparison_with_abidiff() {
    let Some([(old, old_h), (new, new_h)]) = corpus() else {
        return;
    };

    // Without headers: abidiff's 4 added functions; the structs abidiff
    // shows under sqlite3_aggregate_context as root causes; nothing
    // breaking: the callback table sqlite3_module, which callers fill in,
    // grew at its end, and its first member iVersion tells SQLite which
    // callbacks a module has (SQLite reads xIntegrity only for iVersion >= 4):
    // the versioned-struct convention, info.
    let r = compat(&["abi", "diff", s(&old), s(&new), "-f", "json"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let j = r.json();
    let fs = findings(&j);
    let mut added: Vec<&str> = fs
        .iter()
        .filter(|f| f["rule"] == "abi-symbol-added")
        .filter_map(|f| f["subject"]["symbol"].as_str())
        .collect();
    added.sort_unstable();
    assert_eq!(
        added,
        [
            "sqlite3_get_clientdata",
            "sqlite3_set_clientdata",
            "sqlite3_setlk_timeout",
            "sqlite3_stmt_explain"
        ]
    );
    let not_info: Vec<&Value> = fs.iter().filter(|f| f["severity"] != "info").collect();
    assert!(not_info.is_empty(), "{not_info:#?}");
    let module = fs
        .iter()
        .find(|f| f["group"] == "type:struct sqlite3_module")
        .expect("sqlite3_module reported");
    let msg = module["message"].as_str().unwrap();
    assert!(
        msg.contains("iVersion") && msg.contains("versioned-struct convention"),
        "{module:#}"
    );
    let groups: Vec<&str> = fs.iter().filter_map(|f| f["group"].as_str()).collect();
    for t in [
        "type:struct sqlite3_context",
        "type:struct sqlite3",
        "type:struct Parse",
        "type:struct SrcList",
        "type:struct sqlite3_module",
    ] {
        assert!(groups.contains(&t), "{t} not reported: {groups:?}");
    }
    let reaching = fs
        .iter()
        .filter(|f| symbols(f).contains(&"sqlite3_aggregate_context"))
        .count();
    assert!(
        reaching > 0,
        "no root cause names sqlite3_aggregate_context"
    );
    // Each type once: no group repeats the same rule and member.
    let mut seen = std::collections::BTreeSet::new();
    for f in fs {
        assert!(
            seen.insert((f["group"].to_string(), f["message"].to_string())),
            "reported twice: {f:#}"
        );
    }

    // With sqlite3.h: the amalgamation's public struct sqlite3_module grew
    // at its end, under the same convention.
    let r = diff_with_headers(&old, &old_h, &new, &new_h, &["-f", "json"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let j = r.json();
    assert!(
        findings(&j).iter().all(|f| f["severity"] == "info"),
        "{j:#}"
    );
    let module: Vec<&Value> = findings(&j)
        .iter()
        .filter(|f| {
            f["group"] == "type:struct sqlite3_module" && f["rule"] == "abi-type-size-changed"
        })
        .collect();
    assert_eq!(module.len(), 1, "{module:#?}");
    let msg = module[0]["message"].as_str().unwrap();
    assert!(
        msg.contains("from 192 to 200 bytes")
            && msg.contains("xIntegrity")
            && msg.contains("iVersion"),
        "{msg}"
    );
    assert!(symbols(module[0]).contains(&"sqlite3_create_module"));

    // Old against old: nothing.
    let r = compat(&["abi", "diff", s(&old), s(&old), "-f", "json"]);
    assert_eq!(r.code, 0);
    assert!(findings(&r.json()).is_empty(), "{}", r.stdout);
}

/// Issue 8: with `sqlite3.h`, the default text report fits on one screen (25
/// lines): the breaking root cause with its symbols shortened and counted,
/// and one line counting the info findings; the JSON report, and the text
/// with `--verbose`, still carry every finding.
#[test]
fn sqlite_text_report_reads_at_a_glance_and_the_json_keeps_every_finding() {
    let Some([(old, old_h), (new, new_h)]) = corpus() else {
        return;
    };
    let run = |extra: &[&str]| diff_with_headers(&old, &old_h, &new, &new_h, extra);

    let j = run(&["-f", "json"]).json();
    let fs = findings(&j);
    let count = |sev: &str| fs.iter().filter(|f| f["severity"] == sev).count();
    let (breaking, info) = (count("breaking"), count("info"));
    assert_eq!(breaking, 0, "{j:#}");
    assert!(info > 0, "{j:#}");
    assert_eq!(j["summary"]["info"], info, "{j:#}");

    let text = run(&[]);
    assert_eq!(text.code, 0, "{}", text.stderr);
    let lines: Vec<&str> = text.stdout.lines().collect();
    assert!(
        lines.len() <= 25,
        "{} lines, more than a screen:\n{}",
        lines.len(),
        text.stdout
    );
    assert!(
        lines[0].starts_with("nothing breaking, no warnings; "),
        "{}",
        text.stdout
    );
    // --show info lists the root causes, each symbol list shortened.
    let shown = run(&["--show", "info"]);
    let module = fs
        .iter()
        .find(|f| {
            f["group"] == "type:struct sqlite3_module" && f["rule"] == "abi-type-size-changed"
        })
        .unwrap();
    let reached = symbols(module).len();
    assert!(reached > 100, "{reached}");
    assert!(
        shown.stdout.contains(
            "info[abi-type-size-changed]: struct sqlite3_module grew from 192 to 200 bytes"
        ),
        "{}",
        shown.stdout
    );
    let symbol_line = shown
        .stdout
        .lines()
        .find(|l| l.contains(&format!("= {reached} symbols: sqlite3_")))
        .unwrap_or_else(|| panic!("no shortened symbol list:\n{}", shown.stdout));
    assert!(
        symbol_line.len() < 140 && symbol_line.ends_with(" more)"),
        "{symbol_line}"
    );
    let hidden: Vec<&&str> = lines
        .iter()
        .filter(|l| l.contains(" not shown ("))
        .collect();
    assert_eq!(hidden.len(), 1, "{}", text.stdout);
    assert!(
        hidden[0].starts_with(&format!(
            "nothing breaking, no warnings; {info} info findings not shown ("
        )),
        "{}",
        text.stdout
    );
    assert!(!text.stdout.contains("info["), "{}", text.stdout);
    // The counts by rule are of findings (they add up to the info count, or
    // to less when rules are left out as "+N more rules"), and the root
    // causes they fall into (one per group, one per ungrouped finding) come
    // after them.
    let groups: std::collections::BTreeSet<&str> =
        fs.iter().filter_map(|f| f["group"].as_str()).collect();
    let causes = groups.len() + fs.iter().filter(|f| f["group"].is_null()).count();
    let inner = hidden[0]
        .split_once(" not shown (")
        .and_then(|(_, rest)| rest.split_once("); "))
        .map(|(inner, _)| inner)
        .unwrap_or_else(|| panic!("{}", hidden[0]));
    let (by_rule, tail) = inner.split_once("; ").unwrap_or((inner, ""));
    assert_eq!(tail, format!("{causes} root causes"), "{}", hidden[0]);
    let counted: usize = by_rule
        .split(", ")
        .filter(|part| !part.starts_with('+'))
        .map(|part| part.split(' ').next().unwrap().parse::<usize>().unwrap())
        .sum();
    if by_rule.contains(", +") {
        assert!(counted < info, "{}", hidden[0]);
    } else {
        assert_eq!(counted, info, "{}", hidden[0]);
    }

    // --verbose: every finding of the JSON report, as a head or folded line.
    let full = run(&["--verbose"]);
    let listed = full
        .stdout
        .lines()
        .filter(|l| {
            ["breaking", "warning", "info"].iter().any(|sev| {
                l.starts_with(&format!("{sev}[")) || l.starts_with(&format!("     {sev} ["))
            })
        })
        .count();
    assert_eq!(listed, fs.len(), "{}", full.stdout);
    // --show info: the info root causes too, still shortened.
    let some = run(&["--show", "info"]);
    assert!(
        some.stdout.contains("info[abi-symbol-added]: "),
        "{}",
        some.stdout
    );
    assert!(some.stdout.lines().count() < full.stdout.lines().count());
}
