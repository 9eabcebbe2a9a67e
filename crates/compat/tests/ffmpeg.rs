//! The motivating case with real libraries: a program built against FFmpeg 5.1
//! (`libavcodec.so.59`, version node `LIBAVCODEC_59`) pointed at the FFmpeg 6.1
//! libavcodec bundled in the PyAV 12.0.0 wheel (`libavcodec-*.so.60.*`), which
//! defines only `LIBAVCODEC_60`.
//!
//! The libraries come from `scripts/fetch-corpus.sh` (cache directory
//! `$COMPAT_CORPUS`, default `$HOME/.cache/compat-corpus`) and the program from
//! `scripts/build-ffmpeg-consumer.sh` (needs libavcodec-dev). When either is
//! missing the tests are skipped with a message, except under CI (`CI` set),
//! where they fail.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

mod common;
use common::{compat, corpus_cache, skip, Run};

const FETCH_HINT: &str = "run scripts/fetch-corpus.sh to download the FFmpeg corpus";

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The corpus files this test needs.
struct Corpus {
    so59: PathBuf,
    so60: PathBuf,
    av_libs: PathBuf,
    deb_dir: PathBuf,
}

fn first_match(dir: &Path, pred: impl Fn(&str) -> bool) -> Option<PathBuf> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .ok()?
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| pred(n))
        .collect();
    names.sort();
    names.first().map(|n| dir.join(n))
}

fn corpus() -> Option<Corpus> {
    let cache = corpus_cache(FETCH_HINT)?;
    let deb_dir = cache.join("deb/libavcodec59");
    let so59 = deb_dir.join("usr/lib/x86_64-linux-gnu/libavcodec.so.59.37.100");
    let av_libs = cache.join("av-12.0.0/av.libs");
    let so60 = first_match(&av_libs, |n| {
        n.starts_with("libavcodec-") && n.contains(".so.60.")
    });
    match so60 {
        Some(so60) if so59.is_file() => Some(Corpus {
            so59,
            so60,
            av_libs,
            deb_dir,
        }),
        _ => skip(&format!(
            "the FFmpeg corpus is missing ({} and {}/libavcodec-*.so.60.*); {FETCH_HINT}",
            so59.display(),
            av_libs.display()
        )),
    }
}

/// Builds the consumer with the project script into `dir`.
fn consumer(dir: &Path) -> Option<PathBuf> {
    let has_dev = Command::new("pkg-config")
        .args(["--exists", "libavcodec"])
        .status()
        .is_ok_and(|s| s.success());
    if !has_dev {
        return skip(
            "`pkg-config --exists libavcodec` failed: install libavcodec-dev (and pkg-config) to build the consumer",
        );
    }
    let script = root().join("scripts/build-ffmpeg-consumer.sh");
    let out = Command::new("bash")
        .arg(&script)
        .arg(dir)
        .output()
        .expect("run bash");
    assert!(
        out.status.success(),
        "{} failed:\n{}",
        script.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    let bin = dir.join("ffmpeg-consumer");
    assert!(
        bin.is_file(),
        "{} did not produce {}",
        script.display(),
        bin.display()
    );
    Some(bin)
}

fn json(r: &Run) -> Value {
    serde_json::from_str(&r.stdout)
        .unwrap_or_else(|e| panic!("not JSON ({e}):\n{}\n{}", r.stdout, r.stderr))
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// `readelf --dyn-syms -W FILE`, as (defined, name-with-version) pairs.
fn readelf_dyn_syms(file: &Path) -> Vec<(bool, String)> {
    let out = Command::new("readelf")
        .args(["--dyn-syms", "-W"])
        .arg(file)
        .output()
        .expect("readelf (binutils)");
    assert!(
        out.status.success(),
        "readelf: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter_map(|l| {
            let f: Vec<&str> = l.split_whitespace().collect();
            // Num: Value Size Type Bind Vis Ndx Name [(verindex)]
            if f.len() < 8 || !f[0].ends_with(':') || f[0] == "Num:" {
                return None;
            }
            Some((f[6] != "UND", f[7].to_owned()))
        })
        .collect()
}

/// The LIBAVCODEC_59 symbols the consumer imports, sorted (independent of compat).
fn imported_v59(bin: &Path) -> Vec<String> {
    let set: BTreeSet<String> = readelf_dyn_syms(bin)
        .into_iter()
        .filter(|(defined, _)| !defined)
        .filter_map(|(_, name)| name.strip_suffix("@LIBAVCODEC_59").map(str::to_owned))
        .collect();
    set.into_iter().collect()
}

/// The symbols .so.59 defines at LIBAVCODEC_59 (`@@` or hidden `@`), without the
/// version node's own marker symbol.
fn defined_v59(lib: &Path) -> usize {
    readelf_dyn_syms(lib)
        .into_iter()
        .filter(|(defined, name)| {
            *defined && (name.ends_with("@@LIBAVCODEC_59") || name.ends_with("@LIBAVCODEC_59"))
        })
        .count()
}

/// The Debian version of the corpus' libavcodec59 package (from its changelog),
/// falling back to the installed package.
fn debian_version(deb_dir: &Path) -> Option<String> {
    let changelog = deb_dir.join("usr/share/doc/libavcodec59/changelog.Debian.gz");
    let from_changelog = Command::new("zcat")
        .arg(&changelog)
        .output()
        .ok()
        .and_then(|o| {
            String::from_utf8_lossy(&o.stdout)
                .lines()
                .next()
                .map(str::to_owned)
        })
        .and_then(|l| Some(l.split_once('(')?.1.split_once(')')?.0.to_owned()));
    from_changelog.or_else(|| {
        let o = Command::new("dpkg-query")
            .args(["-W", "-f", "${Version}", "libavcodec59"])
            .output()
            .ok()?;
        o.status
            .success()
            .then(|| String::from_utf8_lossy(&o.stdout).into_owned())
    })
}

fn lib_arg(c: &Corpus) -> String {
    format!("libavcodec.so.59={}", s(&c.so60))
}

#[test]
fn consumer_against_its_own_libavcodec_is_clean() {
    let Some(_c) = corpus() else { return };
    let tmp = tempfile::tempdir().unwrap();
    let Some(bin) = consumer(tmp.path()) else {
        return;
    };
    let r = compat(&["abi", "check", s(&bin), "-f", "json"]);
    assert_eq!(r.code, 0, "{}\n{}", r.stdout, r.stderr);
    let report = json(&r);
    assert_eq!(report["findings"], Value::Array(Vec::new()), "{report:#}");
    assert_eq!(report["errors"], Value::Array(Vec::new()), "{report:#}");
}

#[test]
fn consumer_against_libavcodec_60_misses_libavcodec_59() {
    let Some(c) = corpus() else { return };
    let tmp = tempfile::tempdir().unwrap();
    let Some(bin) = consumer(tmp.path()) else {
        return;
    };
    let expected = imported_v59(&bin);
    assert!(
        !expected.is_empty(),
        "the consumer imports no LIBAVCODEC_59 symbol?"
    );

    let lib = lib_arg(&c);
    let r = compat(&[
        "abi",
        "check",
        s(&bin),
        "--lib",
        &lib,
        "--library-path",
        s(&c.av_libs),
        "-f",
        "json",
    ]);
    assert_eq!(r.code, 1, "{}\n{}", r.stdout, r.stderr);
    let report = json(&r);
    assert_eq!(report["errors"], Value::Array(Vec::new()), "{report:#}");
    let findings = report["findings"].as_array().unwrap();

    let heads: Vec<&Value> = findings
        .iter()
        .filter(|f| f["rule"] == "ld-version-not-found")
        .collect();
    assert_eq!(
        heads.len(),
        1,
        "exactly one ld-version-not-found: {report:#}"
    );
    let head = heads[0];
    assert_eq!(head["subject"]["version"], "LIBAVCODEC_59");
    assert_eq!(head["subject"]["library"], "libavcodec.so.59");
    assert_eq!(head["subject"]["file"], s(&bin));
    assert_eq!(
        head["subject"]["symbols"],
        serde_json::json!(expected),
        "{head:#}"
    );

    let unresolved: Vec<&Value> = findings
        .iter()
        .filter(|f| f["rule"] == "ld-symbol-unresolved")
        .collect();
    let mut names: Vec<String> = unresolved
        .iter()
        .map(|f| f["subject"]["symbol"].as_str().unwrap().to_owned())
        .collect();
    names.sort();
    assert_eq!(
        names, expected,
        "one ld-symbol-unresolved per imported LIBAVCODEC_59 symbol"
    );
    for f in &unresolved {
        assert_eq!(f["subject"]["version"], "LIBAVCODEC_59", "{f:#}");
        assert_eq!(f["subject"]["library"], "libavcodec.so.59", "{f:#}");
    }
    assert_eq!(
        findings.len(),
        1 + expected.len(),
        "nothing else is reported: {report:#}"
    );
}

#[test]
fn consumer_against_libavcodec_60_is_one_group() {
    let Some(c) = corpus() else { return };
    let tmp = tempfile::tempdir().unwrap();
    let Some(bin) = consumer(tmp.path()) else {
        return;
    };
    let lib = lib_arg(&c);
    let report = json(&compat(&[
        "abi",
        "check",
        s(&bin),
        "--lib",
        &lib,
        "--library-path",
        s(&c.av_libs),
        "-f",
        "json",
    ]));
    let findings = report["findings"].as_array().unwrap();
    let group = &findings[0]["group"];
    assert!(group.is_string(), "{report:#}");
    for f in findings {
        assert_eq!(&f["group"], group, "{report:#}");
    }
}

#[test]
fn oracle_ld_so_refuses_the_consumer_with_libavcodec_60() {
    let Some(c) = corpus() else { return };
    let tmp = tempfile::tempdir().unwrap();
    let Some(bin) = consumer(tmp.path()) else {
        return;
    };
    let libs = tmp.path().join("libs");
    std::fs::create_dir(&libs).unwrap();
    for e in std::fs::read_dir(&c.av_libs).unwrap() {
        let e = e.unwrap();
        std::os::unix::fs::symlink(e.path(), libs.join(e.file_name())).unwrap();
    }
    std::os::unix::fs::symlink(&c.so60, libs.join("libavcodec.so.59")).unwrap();
    let out = Command::new(&bin)
        .env("LD_LIBRARY_PATH", &libs)
        .output()
        .expect("run the consumer");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        !out.status.success(),
        "the consumer started against libavcodec.so.60: {stderr}"
    );
    assert!(
        stderr.contains("version `LIBAVCODEC_59' not found"),
        "{stderr}"
    );

    // And compat agrees with ld.so on the same files.
    let lib = lib_arg(&c);
    let r = compat(&[
        "abi",
        "check",
        s(&bin),
        "--lib",
        &lib,
        "--library-path",
        s(&c.av_libs),
    ]);
    assert_eq!(r.code, 1, "{}\n{}", r.stdout, r.stderr);
    assert!(r.stdout.contains("LIBAVCODEC_59"), "{}", r.stdout);
}

#[test]
fn diff_libavcodec_59_against_60() {
    let Some(c) = corpus() else { return };
    let r = compat(&["abi", "diff", s(&c.so59), s(&c.so60), "-f", "json"]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    let report = json(&r);
    assert_eq!(report["verdict"], "major");
    let findings = report["findings"].as_array().unwrap();
    let has = |rule: &str, version: Option<&str>| {
        findings
            .iter()
            .any(|f| f["rule"] == rule && version.is_none_or(|v| f["subject"]["version"] == v))
    };
    assert!(has("abi-soname-changed", None), "no abi-soname-changed");
    assert!(
        has("abi-version-node-removed", Some("LIBAVCODEC_59")),
        "no abi-version-node-removed LIBAVCODEC_59"
    );
    assert!(
        has("abi-version-node-added", Some("LIBAVCODEC_60")),
        "no abi-version-node-added LIBAVCODEC_60"
    );

    let removed = findings
        .iter()
        .filter(|f| {
            (f["rule"] == "abi-symbol-version-removed" || f["rule"] == "abi-symbol-removed")
                && f["subject"]["version"] == "LIBAVCODEC_59"
        })
        .count();
    let defined = defined_v59(&c.so59);
    assert_eq!(
        removed, defined,
        "every symbol defined at LIBAVCODEC_59 in .so.59 is reported as removed there"
    );
    let version = debian_version(&c.deb_dir);
    if version.as_deref().is_some_and(|v| v.starts_with("7:5.1.")) {
        // abidiff 2.2 on the same pair: 171 removed (170 functions and 1 variable).
        assert_eq!(removed, 171, "Debian libavcodec59 {version:?}");
    }
}
