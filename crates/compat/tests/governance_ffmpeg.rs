//! The semver and soname promises on real libraries (GOVERNANCE.md 6.11
//! item 5): FFmpeg 5.1's libavcodec (`libavcodec.so.59`, Debian) as the
//! released baseline, FFmpeg 6.1's (`libavcodec.so.60`, from the PyAV 12.0.0
//! wheel) as the candidate. Released as a patch (v5.1.1) it violates
//! `semver`; as v6.0.0 it keeps it, and the new SONAME keeps `soname`; with
//! the SONAME set back to .so.59 (patchelf), `soname` breaks.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::{compat_cmd, corpus_cache, finish, skip, Run};
use serde_json::Value;

const FETCH_HINT: &str = "run scripts/fetch-corpus.sh to fetch the FFmpeg corpus";

fn libs() -> Option<(PathBuf, PathBuf)> {
    let cache = corpus_cache(FETCH_HINT)?;
    let so59 = cache.join("deb/libavcodec59/usr/lib/x86_64-linux-gnu/libavcodec.so.59.37.100");
    let av = cache.join("av-12.0.0/av.libs");
    let so60 = std::fs::read_dir(&av).ok().and_then(|d| {
        let mut v: Vec<PathBuf> = d
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| {
                let n = p.file_name().unwrap().to_string_lossy();
                n.starts_with("libavcodec-") && n.contains(".so.60.")
            })
            .collect();
        v.sort();
        v.into_iter().next()
    });
    match so60 {
        Some(so60) if so59.is_file() => Some((so59, so60)),
        _ => skip(&format!("the FFmpeg corpus is missing; {FETCH_HINT}")),
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

/// A repository whose tag v5.1.0 holds the 5.1 baseline and whose HEAD
/// carries `artifact` as the candidate, tagged `tag`.
fn repo(so59: &Path, artifact: &Path, tag: &str, promises: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::create_dir_all(d.join("lib")).unwrap();
    std::fs::create_dir_all(d.join("compat")).unwrap();
    std::fs::write(
        d.join("compat.toml"),
        format!(
            r#"version = 1
[project]
name = "ffmpeg"

[promises.semver]
kind = "semver"
version_from = "git-tag:v*"

[promises.abi-stable]
kind = "soname"

[component.libavcodec]
kind = "elf-library"
owner = "@media-team"
artifact = "lib/libavcodec.so"
baseline.release = "git:v5.1.0:compat/libavcodec.abi.json"
promises = [{promises}]
"#
        ),
    )
    .unwrap();
    git(d, &["init", "-q", "-b", "main"]);
    let dump = run(
        d,
        &[
            "abi",
            "dump",
            &so59.display().to_string(),
            "--no-types",
            "-o",
            "compat/libavcodec.abi.json",
        ],
    );
    assert_eq!(dump.code, 0, "{}", dump.stderr);
    git(d, &["add", "-A"]);
    git(d, &["commit", "-qm", "5.1.0"]);
    git(d, &["tag", "v5.1.0"]);
    std::fs::copy(artifact, d.join("lib/libavcodec.so")).unwrap();
    git(d, &["add", "-A"]);
    git(d, &["commit", "-qm", "candidate"]);
    git(d, &["tag", tag]);
    dir
}

fn check(dir: &Path) -> (i32, Value) {
    let r = run(dir, &["check", "--baseline", "release", "-f", "json"]);
    (r.code, r.json())
}

fn rules(j: &Value) -> Vec<String> {
    j["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["status"] == "new" && f["severity"] == "breaking")
        .map(|f| f["rule"].as_str().unwrap().to_owned())
        .collect()
}

#[test]
fn ffmpeg_5_1_to_6_1_as_a_patch_release_violates_semver() {
    let Some((so59, so60)) = libs() else { return };
    let dir = repo(&so59, &so60, "v5.1.1", "\"semver\"");
    let (code, j) = check(dir.path());
    assert_eq!(code, 1);
    let r = rules(&j);
    assert!(r.contains(&"policy-semver-violated".to_owned()), "{r:?}");
    let c = &j["components"][0];
    assert_eq!(
        (c["version_from"].as_str(), c["version_to"].as_str()),
        (Some("5.1.0"), Some("5.1.1"))
    );
    assert_eq!(c["baseline"], "git:v5.1.0:compat/libavcodec.abi.json");
}

#[test]
fn ffmpeg_6_0_0_keeps_semver_and_its_new_soname_keeps_the_soname_promise() {
    let Some((so59, so60)) = libs() else { return };
    let dir = repo(&so59, &so60, "v6.0.0", "\"semver\", \"abi-stable\"");
    let (code, j) = check(dir.path());
    assert_eq!(code, 0, "{:?}", rules(&j));
    let statuses: Vec<&str> = j["components"][0]["promises"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["status"].as_str().unwrap())
        .collect();
    assert_eq!(statuses, ["kept", "kept"]);
}

#[test]
fn a_kept_soname_with_breaking_changes_violates_the_soname_promise() {
    let Some((so59, so60)) = libs() else { return };
    if !compat_testkit::have("patchelf") {
        if std::env::var_os("CI").is_some_and(|v| !v.is_empty()) {
            panic!("patchelf is not installed (CI is set, so this test does not skip)");
        }
        return;
    }
    let work = tempfile::tempdir().unwrap();
    let same = work.path().join("libavcodec.so");
    std::fs::copy(&so60, &same).unwrap();
    let st = Command::new("patchelf")
        .args(["--set-soname", "libavcodec.so.59"])
        .arg(&same)
        .status()
        .unwrap();
    assert!(st.success());
    let dir = repo(&so59, &same, "v6.0.0", "\"abi-stable\"");
    let (code, j) = check(dir.path());
    assert_eq!(code, 1);
    assert!(
        rules(&j).contains(&"policy-soname-not-bumped".to_owned()),
        "{:?}",
        rules(&j)
    );
}
