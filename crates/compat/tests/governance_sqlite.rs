//! `compat check` on a repository holding real SQLite builds (GOVERNANCE.md
//! 6.11 item 2): 3.41.2 as the committed baseline (with its public header),
//! 3.50.2 as the candidate, both built with full DWARF by
//! `scripts/fetch-dwarf-corpus.sh sqlite`.
//!
//! The sketch expected `sqlite3_module`'s growth to be breaking; compat
//! reports it as info since it follows the versioned-struct convention
//! (iVersion tells SQLite which callbacks a module has), so the breaking
//! case here is the promise: 3.50.2 adds four functions, which a patch
//! release may not.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::{compat_cmd, corpus_cache, finish, skip, Run};
use serde_json::Value;

const FETCH_HINT: &str = "run scripts/fetch-dwarf-corpus.sh sqlite to build the SQLite corpus";

fn side(v: &str) -> Option<(PathBuf, PathBuf)> {
    let dir = corpus_cache(FETCH_HINT)?.join(format!("dwarf/sqlite-{v}"));
    let (lib, inc) = (dir.join("libsqlite3.so.0"), dir.join("include"));
    if lib.is_file() && inc.is_dir() {
        Some((lib, inc))
    } else {
        skip(&format!(
            "no SQLite {v} under {}; {FETCH_HINT}",
            dir.display()
        ))
    }
}

fn git(dir: &Path, args: &[&str]) {
    let st = Command::new("git")
        .current_dir(dir)
        .args(["-c", "user.email=ci@example.org", "-c", "user.name=CI"])
        .args(args)
        .status()
        .unwrap();
    assert!(st.success(), "git {args:?}");
}

fn run(dir: &Path, args: &[&str]) -> Run {
    finish(
        compat_cmd()
            .current_dir(dir)
            .env_remove("COMPAT_NOW")
            .args(args)
            .output()
            .unwrap(),
    )
}

const CONFIG: &str = r#"version = 1
[project]
name = "sqlite-fixture"

[promises.semver]
kind = "semver"
version_from = "git-tag:v*"

[component.libsqlite3]
kind = "elf-library"
owner = "@db-team"
artifact = "lib/libsqlite3.so.0"
baseline.main = "compat/baselines/libsqlite3.abi.json"
public_headers = "include"
promises = ["semver"]
"#;

/// The repository at 3.41.2 (baseline written by compat, tag v3.41.2).
fn repo() -> Option<(tempfile::TempDir, (PathBuf, PathBuf))> {
    let old = side("3.41.2")?;
    let new = side("3.50.2")?;
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::create_dir_all(d.join("lib")).unwrap();
    std::fs::create_dir_all(d.join("include")).unwrap();
    std::fs::copy(&old.0, d.join("lib/libsqlite3.so.0")).unwrap();
    std::fs::copy(old.1.join("sqlite3.h"), d.join("include/sqlite3.h")).unwrap();
    std::fs::write(d.join("compat.toml"), CONFIG).unwrap();
    git(d, &["init", "-q", "-b", "main"]);
    let u = run(d, &["baseline", "update"]);
    assert_eq!(u.code, 0, "{}{}", u.stdout, u.stderr);
    git(d, &["add", "-A"]);
    git(d, &["commit", "-qm", "3.41.2"]);
    git(d, &["tag", "v3.41.2"]);
    Some((dir, new))
}

fn upgrade(d: &Path, new: &(PathBuf, PathBuf), tag: &str) {
    std::fs::copy(&new.0, d.join("lib/libsqlite3.so.0")).unwrap();
    std::fs::copy(new.1.join("sqlite3.h"), d.join("include/sqlite3.h")).unwrap();
    git(d, &["add", "-A"]);
    git(d, &["commit", "-qm", tag]);
    git(d, &["tag", tag]);
}

fn json(r: &Run) -> Value {
    r.json()
}

#[test]
fn sqlite_unchanged_then_upgraded_under_the_semver_promise() {
    let Some((dir, new)) = repo() else { return };
    let d = dir.path();
    let r = run(d, &["check", "--now", "2026-12-03", "-f", "json"]);
    assert_eq!(r.code, 0, "{}", r.stdout);
    assert!(json(&r)["findings"].as_array().unwrap().is_empty());

    // 3.50.2 released as a minor release: the promise holds (four functions
    // added; every type change is info, sqlite3_module's by its iVersion).
    upgrade(d, &new, "v3.50.2");
    let r = run(d, &["check", "--now", "2026-12-03", "-f", "json"]);
    assert_eq!(r.code, 0, "{}", r.stdout);
    let j = json(&r);
    let c = &j["components"][0];
    assert_eq!(
        (c["verdict"].as_str(), c["bump"].as_str()),
        (Some("minor"), Some("minor"))
    );
    assert_eq!(c["promises"][0]["status"], "kept");
    let module = j["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| {
            f["subject"]["type"] == "struct sqlite3_module" && f["rule"] == "abi-type-size-changed"
        })
        .expect("sqlite3_module reported");
    assert_eq!(module["severity"], "info");
    assert_eq!(module["location"]["path"], "lib/libsqlite3.so.0");
}

#[test]
fn sqlite_additions_in_a_patch_release_violate_semver_and_a_waiver_is_listed() {
    let Some((dir, new)) = repo() else { return };
    let d = dir.path();
    upgrade(d, &new, "v3.41.3");
    let r = run(d, &["check", "--now", "2026-12-03", "-f", "json"]);
    assert_eq!(r.code, 1, "{}", r.stdout);
    let j = json(&r);
    let v = j["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["rule"] == "policy-semver-violated")
        .expect("policy-semver-violated");
    let msg = v["message"].as_str().unwrap();
    assert!(
        msg.contains("3.41.2 -> 3.41.3 is a patch release") && msg.contains("minor"),
        "{msg}"
    );
    assert!(msg.contains("abi-symbol-added"), "{msg}");

    // The sqlite3_module waiver of GOVERNANCE.md 6.2 applies (to an info
    // finding) and shows as waived in JSON and Markdown.
    let mut toml = std::fs::read_to_string(d.join("compat.toml")).unwrap();
    toml.push_str(
        r#"
[[waiver]]
id = "W-2026-014"
component = "libsqlite3"
rule = "abi-type-size-changed"
subject = { type = "struct sqlite3_module" }
reason = "sqlite3_module grows only at the end; consumers check iVersion before touching new members"
owner = "@db-team"
created = 2026-09-01
expires = 2027-02-28
"#,
    );
    std::fs::write(d.join("compat.toml"), toml).unwrap();
    let r = run(
        d,
        &[
            "check",
            "--now",
            "2026-12-03",
            "-f",
            "json",
            "-o",
            "markdown=check.md",
        ],
    );
    let j = json(&r);
    let module = j["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| {
            f["subject"]["type"] == "struct sqlite3_module" && f["rule"] == "abi-type-size-changed"
        })
        .unwrap();
    assert_eq!(
        (module["status"].as_str(), module["waiver"].as_str()),
        (Some("waived"), Some("W-2026-014"))
    );
    let md = std::fs::read_to_string(d.join("check.md")).unwrap();
    assert!(md.contains("W-2026-014"), "{md}");
    assert_eq!(j["waivers"][0]["state"], "active");
}
