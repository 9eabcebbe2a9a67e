//! Every Go release recorded in `compat_go::facts` against that release's
//! own toolchain, as `scripts/fetch-go-toolchains.sh` unpacks them into
//! `${COMPAT_CORPUS:-$HOME/.cache/compat-corpus}/go/<version>/go`.
//!
//! For each toolchain present: `go tool dist list` must equal `targets`;
//! the `knownOS`, `knownArch` and `unixOS` maps of its syslist.go
//! (`src/go/build/` up to 1.23, `src/internal/syslist/` from 1.24) must
//! equal `known_os`, `known_arch` and `unix_os` in source order; and the
//! `CgoSupported` targets of `go tool dist list -json -broken` (which is
//! `cmd/dist`'s `cgoEnabled` map) must equal `cgo_default`.
//!
//! Toolchains that are absent are skipped with a message, unless `CI` is
//! set and `COMPAT_GO_TOOLCHAINS=1`, in which case every recorded release
//! from 1.21 on must be present.

#![allow(clippy::print_stderr)] // tests say what they skip

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use compat_go::facts::{release, LATEST_MINOR};
use serde_json::Value;

/// Releases recorded from toolchains the fetch script provides (1.19 is
/// checked against the system Go by the unit tests in `facts.rs`).
const FETCHED_MINORS: std::ops::RangeInclusive<u32> = 21..=LATEST_MINOR;

fn corpus_go_dir() -> PathBuf {
    let corpus = std::env::var_os("COMPAT_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            let home = std::env::var_os("HOME").unwrap_or_default();
            Path::new(&home).join(".cache/compat-corpus")
        });
    corpus.join("go")
}

fn required() -> bool {
    std::env::var_os("CI").is_some()
        && std::env::var("COMPAT_GO_TOOLCHAINS").is_ok_and(|v| v == "1")
}

/// `(version, GOROOT)` of every complete toolchain in the corpus, by minor.
fn toolchains() -> BTreeMap<u32, Vec<(String, PathBuf)>> {
    let mut out: BTreeMap<u32, Vec<(String, PathBuf)>> = BTreeMap::new();
    let Ok(entries) = std::fs::read_dir(corpus_go_dir()) else {
        return out;
    };
    for e in entries.flatten() {
        let version = e.file_name().to_string_lossy().into_owned();
        let Some(minor) = version
            .strip_prefix("1.")
            .and_then(|r| r.split('.').next())
            .and_then(|m| m.parse::<u32>().ok())
        else {
            continue;
        };
        let goroot = e.path().join("go");
        if goroot.join("bin/go").is_file() && goroot.join("src").is_dir() {
            out.entry(minor).or_default().push((version, goroot));
        }
    }
    for v in out.values_mut() {
        v.sort();
    }
    out
}

fn go(goroot: &Path, args: &[&str]) -> String {
    let out = Command::new(goroot.join("bin/go"))
        .args(args)
        .env("GOROOT", goroot)
        .env("GOTOOLCHAIN", "local")
        .env("GOENV", "off")
        .env_remove("GOFLAGS")
        .env_remove("GOOS")
        .env_remove("GOARCH")
        .current_dir(std::env::temp_dir())
        .output()
        .unwrap_or_else(|e| panic!("running {}/bin/go: {e}", goroot.display()));
    assert!(
        out.status.success(),
        "go {args:?} in {}: {}",
        goroot.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// The keys of `var <name> = map[string]bool{ ... }` in `src`, in source
/// order; every value must be `true`.
fn go_bool_map(src: &str, name: &str) -> Vec<String> {
    let head = format!("var {name} = map[string]bool{{");
    let start = src.find(&head).unwrap_or_else(|| panic!("no `{head}`")) + head.len();
    let body = &src[start..];
    let body = &body[..body.find("\n}").expect("unterminated map")];
    body.lines()
        .map(|l| l.split("//").next().unwrap().trim())
        .filter(|l| !l.is_empty())
        .map(|l| {
            let (k, v) = l
                .split_once(':')
                .unwrap_or_else(|| panic!("bad line {l:?}"));
            assert_eq!(v.trim(), "true,", "{name}: {l:?}");
            k.trim().trim_matches('"').to_string()
        })
        .collect()
}

fn pairs(xs: &[(&str, &str)]) -> Vec<(String, String)> {
    xs.iter()
        .map(|(o, a)| (o.to_string(), a.to_string()))
        .collect()
}

fn strings(xs: &[&str]) -> Vec<String> {
    xs.iter().map(|s| s.to_string()).collect()
}

fn check(minor: u32, version: &str, goroot: &Path) {
    let rel = release(minor).unwrap_or_else(|| {
        panic!("toolchain {version} is in the corpus but facts has no release 1.{minor}")
    });
    let goversion = go(goroot, &["env", "GOVERSION"]);
    assert_eq!(
        goversion.trim(),
        format!("go{version}"),
        "{}",
        goroot.display()
    );

    let targets: Vec<(String, String)> = go(goroot, &["tool", "dist", "list"])
        .lines()
        .map(|l| {
            let (o, a) = l.split_once('/').expect("GOOS/GOARCH");
            (o.to_string(), a.to_string())
        })
        .collect();
    assert_eq!(targets, pairs(rel.targets), "go{version}: dist list");

    let old = goroot.join("src/go/build/syslist.go");
    let (path, names) = if old.is_file() {
        (old, ["knownOS", "knownArch", "unixOS"])
    } else {
        (
            goroot.join("src/internal/syslist/syslist.go"),
            ["KnownOS", "KnownArch", "UnixOS"],
        )
    };
    let src = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("reading {}: {e}", path.display()));
    assert_eq!(
        go_bool_map(&src, names[0]),
        strings(rel.known_os),
        "go{version}: {}",
        names[0]
    );
    assert_eq!(
        go_bool_map(&src, names[1]),
        strings(rel.known_arch),
        "go{version}: {}",
        names[1]
    );
    assert_eq!(
        go_bool_map(&src, names[2]),
        strings(rel.unix_os),
        "go{version}: {}",
        names[2]
    );

    let json: Value =
        serde_json::from_str(&go(goroot, &["tool", "dist", "list", "-json", "-broken"])).unwrap();
    let mut cgo: Vec<(String, String)> = json
        .as_array()
        .expect("array")
        .iter()
        .filter(|e| e["CgoSupported"] == Value::Bool(true))
        .map(|e| {
            (
                e["GOOS"].as_str().unwrap().to_string(),
                e["GOARCH"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    cgo.sort();
    let mut want = pairs(rel.cgo_default);
    want.sort();
    assert_eq!(
        cgo, want,
        "go{version}: CgoSupported (dist list -json -broken)"
    );
    eprintln!("facts_releases: go{version} matches release(1.{minor})");
}

#[test]
fn recorded_releases_match_their_toolchains() {
    let found = toolchains();
    let required = required();
    let mut missing = Vec::new();
    for minor in FETCHED_MINORS {
        assert!(release(minor).is_some(), "release 1.{minor} not recorded");
        if !found.contains_key(&minor) {
            missing.push(format!("1.{minor}"));
        }
    }
    if !missing.is_empty() {
        let msg = format!(
            "no toolchain in {} for Go {}; run scripts/fetch-go-toolchains.sh",
            corpus_go_dir().display(),
            missing.join(", ")
        );
        assert!(!required, "{msg}");
        eprintln!("facts_releases: skipping: {msg}");
    }
    for (minor, tcs) in &found {
        for (version, goroot) in tcs {
            check(*minor, version, goroot);
        }
    }
}

#[test]
fn absent_releases_stay_absent() {
    // Not obtainable from their own source here; see the facts module docs.
    for minor in [17, 18, 20] {
        assert!(release(minor).is_none(), "1.{minor}");
    }
    assert!(release(LATEST_MINOR).is_some());
    assert!(release(LATEST_MINOR + 1).is_none());
}
