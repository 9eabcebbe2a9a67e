//! `compat index build` and `compat impact` on fixtures built with gcc at
//! test time: a provider `libdemo.so.1` in two versions (v2 removes a
//! symbol, removes the version node DEMO_2.0, adds a member at the front of
//! a struct and grows an exported array) and one consumer per kind of
//! exposure. Every cell is checked against the real thing: each consumer run
//! with `LD_LIBRARY_PATH` pointing at the candidate (and `LD_BIND_NOW`), and
//! `ldd -r` on it. The FFmpeg consumer (Debian's libavcodec, and the PyAV
//! wheel's FFmpeg 6.1 from the corpus as candidate) is one row.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use compat_testkit::Fixture;
use serde_json::Value;

mod common;
use common::{compat, corpus_cache, skip};

const V1: &str = r#"
struct demo_point { int x; int y; };
int demo_keep(void) { return 1; }
int demo_gone(void) { return 2; }
int demo_new(void) { return 3; }
int demo_point_norm(const struct demo_point *p) { return p->x + p->y; }
int demo_table[4] = {1, 2, 3, 4};
"#;
const V1_MAP: &str = "DEMO_1.0 { global: demo_keep; demo_gone; demo_point_norm; demo_table; local: *; }; DEMO_2.0 { global: demo_new; } DEMO_1.0;";

const V2: &str = r#"
struct demo_point { int z; int x; int y; };
int demo_keep(void) { return 1; }
int demo_new(void) { return 3; }
int demo_point_norm(const struct demo_point *p) { return p->x + p->y; }
int demo_table[8] = {1, 2, 3, 4, 5, 6, 7, 8};
"#;
const V2_MAP: &str =
    "DEMO_1.0 { global: demo_keep; demo_new; demo_point_norm; demo_table; local: *; };";

/// The consumers: name, source, position-independent, and the cell expected
/// against v2 with the rules of its findings.
const APPS: &[(&str, &str, bool, &str, &[&str])] = &[
    (
        "app-keep",
        "int demo_keep(void); int main(void) { return demo_keep() == 1 ? 0 : 1; }",
        true,
        "ok",
        &[],
    ),
    (
        "app-gone",
        "int demo_gone(void); int main(void) { return demo_gone() == 2 ? 0 : 1; }",
        true,
        "breaking",
        &["impact-symbol-missing"],
    ),
    (
        "app-new",
        "int demo_new(void); int main(void) { return demo_new() == 3 ? 0 : 1; }",
        true,
        "breaking",
        &["impact-version-missing"],
    ),
    (
        "app-point",
        "#include <stdio.h>\nstruct demo_point { int x; int y; };\nint demo_point_norm(const struct demo_point *p);\nint main(void) { struct demo_point p[2] = {{1, 2}, {100, 200}}; printf(\"%d\\n\", demo_point_norm(p)); return 0; }",
        true,
        "breaking",
        &["impact-type-changed"],
    ),
    (
        "app-copy",
        "extern int demo_table[4]; int main(void) { return demo_table[0] == 1 ? 0 : 1; }",
        false,
        "breaking",
        &["impact-copy-relocation-size", "impact-type-changed"],
    ),
    ("app-needs-only", "int main(void) { return 0; }", true, "none", &[]),
];

struct Demo {
    fx: Fixture,
    v1: PathBuf,
    v2: PathBuf,
    index: PathBuf,
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// Builds the provider pair and the consumers (linked against v1, found through DT_RUNPATH).
fn demo() -> Demo {
    let fx = Fixture::new();
    let lib = |name: &str, src: &str, map: &str| {
        fx.lib(name)
            .source(src)
            .version_script(map)
            .soname("libdemo.so.1")
            .arg("-g")
            .build()
    };
    let (b1, b2) = (
        lib("libdemo-v1.so", V1, V1_MAP),
        lib("libdemo-v2.so", V2, V2_MAP),
    );
    let place = |dir: &str, built: &Path| {
        let d = fx.join(dir);
        std::fs::create_dir_all(&d).unwrap();
        let to = d.join("libdemo.so.1");
        std::fs::copy(built, &to).unwrap();
        to
    };
    let (v1, v2) = (place("v1", &b1), place("v2", &b2));
    let runpath = s(v1.parent().unwrap()).to_owned();
    for (name, src, pie, _, _) in APPS {
        let mut b = fx
            .exe(name)
            .source(src)
            .pie(*pie)
            .runpath(&runpath)
            .link_lib(&v1);
        if *name == "app-needs-only" {
            b = b.arg("-Wl,--no-as-needed");
        }
        b.build();
    }
    let index = fx.join("index.db");
    Demo { fx, v1, v2, index }
}

/// `compat index build` over the fixture directory; the JSON summary.
fn build(d: &Demo) -> Value {
    let r = compat(&[
        "index",
        "build",
        s(d.fx.path()),
        "--index",
        s(&d.index),
        "-f",
        "json",
    ]);
    assert_eq!(r.code, 0, "{}\n{}", r.stdout, r.stderr);
    r.json()["index"]["build"].clone()
}

/// Matrix rows by consumer file name: (cell, rules).
type Rows = BTreeMap<String, (String, Vec<String>)>;

/// `compat impact` as JSON: exit status, rows by consumer name (cell, rules) and the report.
fn impact(d: &Demo, args: &[&str]) -> (i32, Rows, Value) {
    impact_at(&d.index, args)
}

/// [`impact`] on the index at `index`.
fn impact_at(index: &Path, args: &[&str]) -> (i32, Rows, Value) {
    let mut all = vec!["impact", "--index", s(index), "-f", "json"];
    all.extend_from_slice(args);
    let r = compat(&all);
    assert!(r.code == 0 || r.code == 1, "{}\n{}", r.stdout, r.stderr);
    let report = r.json();
    let rows = report["impact"]["rows"]
        .as_array()
        .unwrap_or_else(|| panic!("no impact rows: {report:#}"))
        .iter()
        .map(|row| {
            let name = Path::new(row["consumer"].as_str().unwrap())
                .file_name()
                .unwrap()
                .to_string_lossy()
                .into_owned();
            let rules = row["rules"]
                .as_array()
                .unwrap()
                .iter()
                .map(|r| r.as_str().unwrap().to_owned())
                .collect();
            (name, (row["cell"].as_str().unwrap().to_owned(), rules))
        })
        .collect();
    (r.code, rows, report)
}

/// Runs `app` with the candidate first on the library path and every
/// symbol bound at start-up: (exit status, stdout, stderr).
fn run_against(app: &Path, candidate_dir: &Path) -> (Option<i32>, String, String) {
    let out = Command::new(app)
        .env("LD_LIBRARY_PATH", candidate_dir)
        .env("LD_BIND_NOW", "1")
        .output()
        .expect("run the fixture consumer");
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// `ldd -r app` with the candidate first on the library path.
fn ldd_r(app: &Path, candidate_dir: &Path) -> String {
    let out = Command::new("ldd")
        .arg("-r")
        .arg(app)
        .env("LD_LIBRARY_PATH", candidate_dir)
        .output()
        .expect("ldd");
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

#[test]
fn cells_match_running_each_consumer_against_the_candidate_and_ldd() {
    let d = demo();
    let summary = build(&d);
    assert_eq!(summary["errors"], 0, "{summary:#}");
    let (code, rows, report) = impact(&d, &["--provider", &format!("libdemo.so.1={}", s(&d.v2))]);
    assert_eq!(code, 1, "{report:#}");
    let expected: Rows = APPS
        .iter()
        .map(|(name, _, _, cell, rules)| {
            (
                (*name).to_owned(),
                (
                    (*cell).to_owned(),
                    rules.iter().map(|r| (*r).to_owned()).collect(),
                ),
            )
        })
        .collect();
    assert_eq!(rows, expected, "{report:#}");

    let v2_dir = d.v2.parent().unwrap();
    let v1_dir = d.v1.parent().unwrap();
    for (name, _, _, _, _) in APPS {
        let app = d.fx.join(name);
        let (cell, rules) = &rows[*name];
        let (status, stdout, stderr) = run_against(&app, v2_dir);
        let ldd = ldd_r(&app, v2_dir);
        let loader_breaks = rules
            .iter()
            .any(|r| r == "impact-symbol-missing" || r == "impact-version-missing");
        // The loader refuses exactly the consumers whose cell has a loader finding.
        assert_eq!(
            status != Some(0),
            loader_breaks,
            "{name}: cell {cell} {rules:?}, but running it against v2 gave {status:?}\n{stderr}"
        );
        assert_eq!(
            rules.contains(&"impact-symbol-missing".to_owned()),
            stderr.contains("undefined symbol: demo_gone")
                && ldd.contains("undefined symbol: demo_gone"),
            "{name}: {stderr}\n{ldd}"
        );
        assert_eq!(
            rules.contains(&"impact-version-missing".to_owned()),
            stderr.contains("version `DEMO_2.0' not found")
                && ldd.contains("version `DEMO_2.0' not found"),
            "{name}: {stderr}\n{ldd}"
        );
        assert_eq!(
            rules.contains(&"impact-copy-relocation-size".to_owned()),
            stderr.contains("has different size in shared object"),
            "{name}: {stderr}"
        );
        if rules.contains(&"impact-type-changed".to_owned()) && *name == "app-point" {
            // The loader and ldd -r see nothing, but the result changes.
            assert!(
                !ldd.contains("undefined symbol") && !ldd.contains("not found"),
                "{ldd}"
            );
            let (_, before, _) = run_against(&app, v1_dir);
            assert_eq!((before.trim(), stdout.trim()), ("3", "102"), "{name}");
        }
    }

    // Against the provider itself, every cell that binds it is ok.
    let (code, rows, report) = impact(&d, &["--provider", &format!("libdemo.so.1={}", s(&d.v1))]);
    assert_eq!(code, 0, "{report:#}");
    for (name, (cell, _)) in &rows {
        let want = if name == "app-needs-only" {
            "none"
        } else {
            "ok"
        };
        assert_eq!(cell, want, "{name}: {report:#}");
    }
}

#[test]
fn loader_findings_only_without_dwarf() {
    let d = demo();
    build(&d);
    let (_, rows, _) = impact(
        &d,
        &[
            "--provider",
            &format!("libdemo.so.1={}", s(&d.v2)),
            "--no-dwarf",
        ],
    );
    assert_eq!(rows["app-point"].0, "ok");
    assert_eq!(
        rows["app-copy"].1,
        vec!["impact-copy-relocation-size".to_owned()]
    );
}

/// Waivers over impact cells (GOVERNANCE.md 6.8): a waiver of a consumer's
/// own `impact-*` finding (scoped to it by `subject.object`) makes its cell
/// `waived` with the waiver's id while it is in force, and covers nothing
/// once expired; a waiver of the provider's finding never hides a cell.
#[test]
fn a_consumer_scoped_waiver_covers_its_cell_until_it_expires() {
    let d = demo();
    build(&d);
    let config = d.fx.join("compat.toml");
    std::fs::write(
        &config,
        "version = 1\n\n[project]\nname = \"impact\"\n\n\
         [component.libdemo]\nkind = \"elf-library\"\nowner = \"@demo\"\n\
         artifact = \"v2/libdemo.so.1\"\nbaseline.main = \"v1/libdemo.so.1\"\n\n\
         [[waiver]]\nid = \"W-GONE\"\nrule = \"impact-symbol-missing\"\n\
         subject = { object = \"app-gone\", symbol = \"demo_gone\" }\n\
         reason = \"app-gone is retired with this release\"\nowner = \"@apps\"\n\
         expires = 2027-03-31\n\n\
         [[waiver]]\nid = \"W-PROVIDER\"\ncomponent = \"libdemo\"\nrule = \"abi-symbol-removed\"\n\
         subject = { symbol = \"demo_gone\" }\nreason = \"announced\"\nowner = \"@demo\"\n\
         expires = 2027-03-31\n",
    )
    .unwrap();
    let candidate = format!("libdemo.so.1={}", s(&d.v2));
    let run = |now: &str, format: &str| {
        compat(&[
            "impact",
            "--index",
            s(&d.index),
            "--provider",
            &candidate,
            "--config",
            s(&config),
            "--now",
            now,
            "-f",
            format,
        ])
    };
    let rows = |report: &Value| -> BTreeMap<String, (String, Value)> {
        report["impact"]["rows"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| {
                let name = Path::new(r["consumer"].as_str().unwrap())
                    .file_name()
                    .unwrap()
                    .to_string_lossy()
                    .into_owned();
                (
                    name,
                    (r["cell"].as_str().unwrap().to_owned(), r["waivers"].clone()),
                )
            })
            .collect()
    };

    // In force: app-gone's only breaking finding is waived.
    let r = run("2027-03-31", "json");
    assert_eq!(
        r.code, 1,
        "other consumers still break: {}{}",
        r.stdout, r.stderr
    );
    let report = r.json();
    let cells = rows(&report);
    assert_eq!(cells["app-gone"].0, "waived", "{report:#}");
    assert_eq!(cells["app-gone"].1, serde_json::json!(["W-GONE"]));
    // Untouched: the provider's own waiver does not hide a consumer.
    assert_eq!(cells["app-new"].0, "breaking");
    assert_eq!(cells["app-keep"].0, "ok");
    assert_eq!(report["summary"]["waived"], 1, "{report:#}");
    let gone = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["rule"] == "impact-symbol-missing")
        .unwrap();
    assert_eq!(gone["status"], "waived");
    assert_eq!(gone["waiver"], "W-GONE");
    let md = run("2027-03-31", "markdown");
    assert!(
        md.stdout
            .contains("| waived | 1 | impact-symbol-missing (waived by W-GONE) |"),
        "{}",
        md.stdout
    );

    // Expired the next day: it covers nothing, the cell is breaking again.
    let r = run("2027-04-01", "json");
    let report = r.json();
    let cells = rows(&report);
    assert_eq!(cells["app-gone"].0, "breaking", "{report:#}");
    assert_eq!(cells["app-gone"].1, Value::Null);
    assert_eq!(report["summary"]["waived"], 0);

    // Without --config nothing is waived; --now needs --config.
    let (_, plain, _) = impact(&d, &["--provider", &candidate]);
    assert_eq!(plain["app-gone"].0, "breaking");
    let r = compat(&[
        "impact",
        "--index",
        s(&d.index),
        "--provider",
        &candidate,
        "--now",
        "2027-01-01",
    ]);
    assert_eq!(r.code, 2, "{}", r.stderr);
}

#[test]
fn drop_version_is_answered_from_the_index_alone() {
    let d = demo();
    build(&d);
    // The index alone: even with the provider gone from the disk.
    std::fs::remove_file(&d.v1).unwrap();
    let (code, rows, report) = impact(
        &d,
        &["--provider", "libdemo.so.1", "--drop-version", "DEMO_2.0"],
    );
    assert_eq!(code, 1, "{report:#}");
    let names: Vec<&String> = rows.keys().collect();
    assert_eq!(names, ["app-new"], "{report:#}");
    assert_eq!(rows["app-new"].1, vec!["impact-version-missing".to_owned()]);
    let f = &report["findings"][0];
    assert_eq!(
        f["subject"]["symbols"],
        serde_json::json!(["demo_new"]),
        "{report:#}"
    );

    let (code, rows, _) = impact(
        &d,
        &["--provider", "libdemo.so.1", "--drop-version", "DEMO_9.9"],
    );
    assert_eq!(code, 0);
    assert!(rows.is_empty());
}

#[test]
fn a_second_build_reads_only_what_changed() {
    let d = demo();
    let first = build(&d);
    let files = first["files"].as_u64().unwrap();
    assert_eq!(first["read"], files, "{first:#}");
    let again = build(&d);
    assert_eq!(
        (again["read"].as_u64(), again["unchanged"].as_u64()),
        (Some(0), Some(files)),
        "{again:#}"
    );
    // A new provider build: it and every consumer bound to it are read again.
    std::fs::copy(&d.v2, &d.v1).unwrap();
    let third = build(&d);
    let consumers = APPS.iter().filter(|a| a.0 != "app-needs-only").count() as u64;
    assert_eq!(third["read"].as_u64(), Some(1 + consumers), "{third:#}");
    // A file gone from the walk is gone from the index.
    std::fs::remove_file(d.fx.join("app-keep")).unwrap();
    let fourth = build(&d);
    assert_eq!(fourth["removed"], 1, "{fourth:#}");
}

#[test]
fn bad_questions_are_one_line_errors() {
    let d = demo();
    let r = compat(&[
        "impact",
        "--provider",
        "libdemo.so.1=/nonexistent",
        "--index",
        s(&d.index),
    ]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains("no index here"), "{}", r.stderr);
    build(&d);
    let r = compat(&[
        "impact",
        "--provider",
        "libdemo.so.1=/nonexistent/lib.so",
        "--index",
        s(&d.index),
    ]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains("/nonexistent/lib.so"), "{}", r.stderr);
    let r = compat(&[
        "impact",
        "--provider",
        "libdemo.so.1",
        "--index",
        s(&d.index),
    ]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains("--drop-version"), "{}", r.stderr);
    // Not an index.
    let junk = d.fx.write(
        "junk.db",
        "not sqlite at all, just text that is long enough to be a header",
    );
    let r = compat(&[
        "impact",
        "--provider",
        "libdemo.so.1",
        "--drop-version",
        "X",
        "--index",
        s(&junk),
    ]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert_eq!(r.stderr.lines().count(), 1, "{}", r.stderr);
}

/// The FFmpeg consumer (built against Debian's libavcodec.so.59) is one row:
/// `ok` against its own libavcodec, `breaking` when LIBAVCODEC_59 goes, and
/// against FFmpeg 6.1's libavcodec from the PyAV wheel (corpus) under the
/// old name, as running it says.
#[test]
fn ffmpeg_consumer_is_one_row() {
    let has_dev = Command::new("pkg-config")
        .args(["--exists", "libavcodec"])
        .status()
        .is_ok_and(|s| s.success());
    if !has_dev {
        skip::<()>(
            "`pkg-config --exists libavcodec` failed: install libavcodec-dev (and pkg-config)",
        );
        return;
    }
    let fx = Fixture::new();
    let apps = fx.join("apps");
    std::fs::create_dir_all(&apps).unwrap();
    let script =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../scripts/build-ffmpeg-consumer.sh");
    let out = Command::new("bash")
        .arg(&script)
        .arg(&apps)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let bin = apps.join("ffmpeg-consumer");
    let index = fx.join("index.db");
    let r = compat(&["index", "build", s(&apps), "--index", s(&index)]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let lib = Command::new("pkg-config")
        .args(["--variable=libdir", "libavcodec"])
        .output()
        .unwrap();
    let own = PathBuf::from(String::from_utf8_lossy(&lib.stdout).trim()).join("libavcodec.so.59");
    let cell = |args: &[&str]| -> (String, Value) {
        let mut all = vec!["impact", "--index", s(&index), "-f", "json", "--no-dwarf"];
        all.extend_from_slice(args);
        let report = compat(&all).json();
        let rows = report["impact"]["rows"].as_array().unwrap().clone();
        assert_eq!(rows.len(), 1, "{report:#}");
        (rows[0]["cell"].as_str().unwrap().to_owned(), report)
    };
    let (c, report) = cell(&["--provider", &format!("libavcodec.so.59={}", s(&own))]);
    assert_eq!(c, "ok", "{report:#}");
    let (c, report) = cell(&[
        "--provider",
        "libavcodec.so.59",
        "--drop-version",
        "LIBAVCODEC_59",
    ]);
    assert_eq!(c, "breaking", "{report:#}");

    let Some(cache) = corpus_cache("run scripts/fetch-corpus.sh") else {
        return;
    };
    let av_libs = cache.join("av-12.0.0/av.libs");
    let so60 = std::fs::read_dir(&av_libs).ok().and_then(|d| {
        d.filter_map(|e| e.ok().map(|e| e.path())).find(|p| {
            p.file_name()
                .unwrap()
                .to_string_lossy()
                .starts_with("libavcodec-")
        })
    });
    let Some(so60) = so60 else {
        skip::<()>(&format!(
            "{}/libavcodec-*.so.60.* is missing; run scripts/fetch-corpus.sh",
            av_libs.display()
        ));
        return;
    };
    let (c, report) = cell(&["--provider", &format!("libavcodec.so.59={}", s(&so60))]);
    assert_eq!(c, "breaking", "{report:#}");
    assert_eq!(
        report["impact"]["rows"][0]["rules"],
        serde_json::json!(["impact-version-missing"])
    );
    // Running it: ld.so refuses it for the same reason.
    let dir = fx.join("candidate");
    std::fs::create_dir_all(&dir).unwrap();
    std::os::unix::fs::symlink(&so60, dir.join("libavcodec.so.59")).unwrap();
    let mut path = dir.clone().into_os_string();
    path.push(":");
    path.push(&av_libs);
    let out = Command::new(&bin)
        .env("LD_LIBRARY_PATH", &path)
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("version `LIBAVCODEC_59' not found"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// `--dwarf` insists on type information: a candidate built without `-g`
/// is an error (exit 2), while the default only notes it and keeps the
/// loader's cells.
#[test]
fn dwarf_insists_on_debug_information() {
    let d = demo();
    build(&d);
    let plain =
        d.fx.lib("libdemo-plain.so")
            .source(V2)
            .version_script(V2_MAP)
            .soname("libdemo.so.1")
            .build();
    let provider = format!("libdemo.so.1={}", s(&plain));
    let r = compat(&[
        "impact",
        "--index",
        s(&d.index),
        "--provider",
        &provider,
        "--dwarf",
    ]);
    assert_eq!(r.code, 2, "{}\n{}", r.stdout, r.stderr);
    assert!(r.stderr.contains("no debug information"), "{}", r.stderr);
    let (code, rows, report) = impact(&d, &["--provider", &provider]);
    assert_eq!(code, 1, "{report:#}");
    assert_eq!(rows["app-point"].0, "ok", "{report:#}");
    assert_eq!(rows["app-gone"].0, "breaking", "{report:#}");
}

/// A program that links `libhostapi.so.1` and `dlopen`s the plugin named
/// by its first argument and calls its `plugin_run`: `RTLD_NOW`, every
/// reference bound at once; with a second argument, `RTLD_LAZY` (a function
/// bound when first called) and the function of that name is called instead.
const HOST: &str = r#"
#include <dlfcn.h>
#include <stdio.h>
int host_api(int);
int host_version(void) { return 7; }
int main(int argc, char **argv) {
    if (argc < 2) return host_api(1) == 2 ? 0 : 1;
    void *h = dlopen(argv[1], argc > 2 ? RTLD_LAZY : RTLD_NOW);
    if (!h) { fprintf(stderr, "%s\n", dlerror()); return 3; }
    int (*run)(void) = (int (*)(void))dlsym(h, argc > 2 ? argv[2] : "plugin_run");
    return run ? run() : 4;
}
"#;

/// A plugin that needs nothing, leaving to its host `host_api` and
/// `host_log` (defined by the library the host links) and `host_version`
/// (the host's own, exported with -rdynamic). `plugin_api` calls only
/// `host_api`.
const PLUGIN: &str = r#"
extern int host_api(int);
extern void host_log(const char *);
extern int host_version(void);
int plugin_run(void) { host_log("run"); return host_api(41) + host_version() - 49; }
int plugin_api(void) { return host_api(1) - 2; }
"#;

/// The host's library in two versions: the second lacks `host_log`.
const HOSTAPI_V1: &str =
    "int host_api(int x) { return x + 1; }\nvoid host_log(const char *m) { (void)m; }\n";
const HOSTAPI_V2: &str = "int host_api(int x) { return x + 1; }\n";

struct Hosted {
    fx: Fixture,
    host: PathBuf,
    plugin: PathBuf,
    v1: PathBuf,
    v2: PathBuf,
}

/// The host, its library (v1 where the host finds it, v2 beside) and the plugin.
fn hosted() -> Hosted {
    let fx = Fixture::new();
    let place = |dir: &str, src: &str| {
        let built = fx
            .lib(&format!("libhostapi-{dir}.so"))
            .source(src)
            .soname("libhostapi.so.1")
            .build();
        let d = fx.join(dir);
        std::fs::create_dir_all(&d).unwrap();
        let to = d.join("libhostapi.so.1");
        std::fs::rename(built, &to).unwrap();
        to
    };
    let (v1, v2) = (place("v1", HOSTAPI_V1), place("v2", HOSTAPI_V2));
    let host = fx
        .exe("host")
        .source(HOST)
        .arg("-rdynamic")
        .runpath(s(v1.parent().unwrap()))
        .link_lib(&v1)
        .build();
    let plugin = fx.lib("plugin.so").source(PLUGIN).build();
    Hosted {
        fx,
        host,
        plugin,
        v1,
        v2,
    }
}

/// `host plugin` with `dir` first on the library path: (exit status, stderr).
fn run_host(h: &Hosted, dir: &Path) -> (Option<i32>, String) {
    run(&h.host, &[&h.plugin], dir)
}

/// `program args...` with `dir` first on the library path: (exit status,
/// stderr).
fn run(program: &Path, args: &[&Path], dir: &Path) -> (Option<i32>, String) {
    let out = Command::new(program)
        .args(args)
        .env("LD_LIBRARY_PATH", dir)
        .output()
        .expect("run the host");
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// The bindings of the plugin's references to its host (`host_*`; gcc's
/// weak references stay unbound), from the index: (name, kind, provider path).
fn plugin_bindings(index: &Path, plugin: &Path) -> Vec<(String, String, Option<String>)> {
    let conn = rusqlite::Connection::open(index).unwrap();
    let mut stmt = conn
        .prepare(
            "SELECT s.name, b.kind, b.provider_path FROM bind b
             JOIN ref r ON r.file_id = b.consumer_file AND r.pos = b.ref_pos
             JOIN sym s ON s.id = r.sym_id JOIN elf_file f ON f.id = b.consumer_file
             WHERE f.path = ?1 ORDER BY s.name",
        )
        .unwrap();
    let all: Vec<(String, String, Option<String>)> = stmt
        .query_map([s(plugin)], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    all.into_iter()
        .filter(|b| b.0.starts_with("host_"))
        .collect()
}

#[test]
fn a_plugins_references_are_bound_in_its_hosts_context() {
    let h = hosted();
    // The real thing: the host loads the plugin with its library v1, and
    // fails to with v2 (host_log is gone).
    assert_eq!(run_host(&h, h.v1.parent().unwrap()).0, Some(0));
    let (code, stderr) = run_host(&h, h.v2.parent().unwrap());
    assert_eq!(code, Some(3), "{stderr}");
    assert!(stderr.contains("undefined symbol: host_log"), "{stderr}");

    let index = h.fx.join("index.db");
    let r = compat(&[
        "index",
        "build",
        s(h.fx.path()),
        "--index",
        s(&index),
        "-f",
        "json",
    ]);
    assert_eq!(r.code, 0, "{}\n{}", r.stdout, r.stderr);
    let summary = &r.json()["index"]["build"];
    assert_eq!(
        (
            summary["hosted"].as_u64(),
            summary["host_bindings"].as_u64()
        ),
        (Some(1), Some(3)),
        "{summary:#}"
    );
    let v1 = std::fs::canonicalize(&h.v1).unwrap().display().to_string();
    let host = std::fs::canonicalize(&h.host)
        .unwrap()
        .display()
        .to_string();
    let host_kind = |name: &str, provider: &str| {
        (
            name.to_owned(),
            "host".to_owned(),
            Some(provider.to_owned()),
        )
    };
    assert_eq!(
        plugin_bindings(&index, &h.plugin),
        [
            host_kind("host_api", &v1),
            host_kind("host_log", &v1),
            host_kind("host_version", &host),
        ]
    );

    // Who breaks if the host's library loses host_log: the plugin (as the
    // run above), not the host itself.
    let candidate = format!("libhostapi.so.1={}", s(&h.v2));
    // Rows as (consumer, cell, rules), in consumer order.
    let rows = |index: &Path, args: &[&str]| {
        let mut all = vec!["--no-dwarf"];
        all.extend_from_slice(args);
        let (code, rows, _) = impact_at(index, &all);
        let rows: Vec<(String, String, Vec<String>)> = rows
            .into_iter()
            .map(|(name, (cell, rules))| (name, cell, rules))
            .collect();
        (code, rows)
    };
    let (code, got) = rows(&index, &["--provider", &candidate]);
    assert_eq!(code, 1);
    assert_eq!(
        got,
        [
            ("host".to_owned(), "ok".to_owned(), vec![]),
            (
                "plugin.so".to_owned(),
                "breaking".to_owned(),
                vec!["impact-symbol-missing".to_owned()]
            ),
        ]
    );
    // The other way: a candidate that keeps both symbols breaks no one.
    let same = format!("libhostapi.so.1={}", s(&h.v1));
    let (code, got) = rows(&index, &["--provider", &same]);
    assert_eq!(code, 0);
    assert!(got.iter().all(|(_, cell, _)| cell == "ok"), "{got:?}");
    assert!(
        got.iter().any(|(name, _, _)| name == "plugin.so"),
        "{got:?}"
    );

    // --standalone (a new index: an existing one keeps what its files were
    // read with until they are read again): every file on its own, as
    // ldd -r; the plugin binds nothing and is no consumer of the host's
    // library.
    let index = h.fx.join("standalone.db");
    let r = compat(&[
        "index",
        "build",
        s(h.fx.path()),
        "--index",
        s(&index),
        "--standalone",
        "-f",
        "json",
    ]);
    assert_eq!(r.code, 0, "{}\n{}", r.stdout, r.stderr);
    let unresolved = |name: &str| (name.to_owned(), "unresolved".to_owned(), None);
    assert_eq!(
        plugin_bindings(&index, &h.plugin),
        [
            unresolved("host_api"),
            unresolved("host_log"),
            unresolved("host_version")
        ]
    );
    let (_, got) = rows(&index, &["--provider", &candidate]);
    assert!(
        got.iter().all(|(name, _, _)| name != "plugin.so"),
        "{got:?}"
    );
}

/// A host that exports nothing (no -rdynamic): its scope, the library it
/// links, defines `host_api` and `host_log` but not `host_version`, 2 of the
/// plugin's 3 names. `RTLD_NOW` refuses the plugin; `RTLD_LAZY` loads it and
/// `plugin_api` runs with `host_api` from the library. The index binds the
/// two names to the library (half or more defined: a partial host, the one
/// `abi check` names) and leaves `host_version` unbound; a plugin of which
/// a host defines less than half binds nothing.
#[test]
fn a_partial_host_binds_what_it_defines_and_less_than_half_binds_nothing() {
    let h = hosted();
    let closed =
        h.fx.exe("closed-host")
            .source(HOST)
            .runpath(s(h.v1.parent().unwrap()))
            .link_lib(&h.v1)
            .build();
    std::fs::remove_file(&h.host).unwrap();
    let v1_dir = h.v1.parent().unwrap();
    let (code, stderr) = run(&closed, &[&h.plugin], v1_dir);
    assert_eq!(code, Some(3), "{stderr}");
    assert!(
        stderr.contains("undefined symbol: host_version"),
        "{stderr}"
    );
    let (code, stderr) = run(&closed, &[&h.plugin, Path::new("plugin_api")], v1_dir);
    assert_eq!(code, Some(0), "{stderr}");
    // Of its three names, a host defines one at most: host_api.
    let few =
        h.fx.lib("few.so")
            .source(
                "extern int host_api(int);\nextern int few_a(void);\nextern int few_b(void);\n\
             int few_run(void) { return host_api(1) + few_a() + few_b(); }\n",
            )
            .build();
    let (code, stderr) = run(&closed, &[&few], v1_dir);
    assert_eq!(code, Some(3), "{stderr}");
    assert!(stderr.contains("undefined symbol: few_"), "{stderr}");

    let index = h.fx.join("index.db");
    let r = compat(&[
        "index",
        "build",
        s(h.fx.path()),
        "--index",
        s(&index),
        "-f",
        "json",
    ]);
    assert_eq!(r.code, 0, "{}\n{}", r.stdout, r.stderr);
    let summary = &r.json()["index"]["build"];
    assert_eq!(
        (
            summary["hosted"].as_u64(),
            summary["host_bindings"].as_u64()
        ),
        (Some(1), Some(2)),
        "{summary:#}"
    );
    let v1 = std::fs::canonicalize(&h.v1).unwrap().display().to_string();
    let bound = |name: &str| (name.to_owned(), "host".to_owned(), Some(v1.clone()));
    let unresolved = |name: &str| (name.to_owned(), "unresolved".to_owned(), None);
    assert_eq!(
        plugin_bindings(&index, &h.plugin),
        [
            bound("host_api"),
            bound("host_log"),
            unresolved("host_version")
        ]
    );
    assert_eq!(plugin_bindings(&index, &few), [unresolved("host_api")]);

    // Who breaks if the library loses host_log: the plugin, through what
    // its partial host binds; few.so binds nothing of it.
    let candidate = format!("libhostapi.so.1={}", s(&h.v2));
    let (code, rows, report) = impact_at(&index, &["--no-dwarf", "--provider", &candidate]);
    assert_eq!(code, 1, "{report:#}");
    assert_eq!(rows["plugin.so"].0, "breaking", "{report:#}");
    assert!(!rows.contains_key("few.so"), "{report:#}");
}

/// A program is started, not loaded by a host: a program whose own load
/// does not find its library (no RUNPATH) fails to start, and the index
/// leaves its references unbound, although a library of the index (v1)
/// defines them all.
#[test]
fn a_program_is_never_hosted() {
    let h = hosted();
    let lost =
        h.fx.exe("lost")
            .source("int host_api(int);\nint main(void) { return host_api(1) == 2 ? 0 : 1; }\n")
            .link_lib(&h.v1)
            .build();
    let out = Command::new(&lost).output().unwrap();
    assert_eq!(out.status.code(), Some(127));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("libhostapi.so.1"), "{stderr}");

    let index = h.fx.join("index.db");
    let r = compat(&["index", "build", s(h.fx.path()), "--index", s(&index)]);
    assert_eq!(r.code, 0, "{}\n{}", r.stdout, r.stderr);
    assert_eq!(
        plugin_bindings(&index, &lost),
        [("host_api".to_owned(), "unresolved".to_owned(), None)]
    );
}

/// An index written by an older compat (the schema version before this
/// one: a partial host bound nothing) is not read as if it were current:
/// `compat impact` says so in one line and exits 2; `compat index build`
/// replaces it, and then it answers.
#[test]
fn an_index_of_an_older_schema_is_refused_in_one_line_and_rebuilt() {
    let h = hosted();
    let index = h.fx.join("old.db");
    let (old, current) = (
        compat_index::SCHEMA_VERSION - 1,
        compat_index::SCHEMA_VERSION,
    );
    rusqlite::Connection::open(&index)
        .unwrap()
        .execute_batch(&format!(
            "CREATE TABLE elf_file (id INTEGER PRIMARY KEY, path TEXT); PRAGMA user_version = {old};"
        ))
        .unwrap();
    let candidate = format!("libhostapi.so.1={}", s(&h.v2));
    let args = [
        "impact",
        "--index",
        s(&index),
        "--no-dwarf",
        "--provider",
        &candidate,
    ];
    let r = compat(&args);
    assert_eq!(r.code, 2, "{}\n{}", r.stdout, r.stderr);
    // The report's one error line, and the same on stderr.
    let line = format!(
        "error: {}: index schema version {old}, this compat reads version {current}; rebuild it with compat index build",
        s(&index)
    );
    let said = |out: &str| -> Vec<String> {
        out.lines()
            .filter(|l| l.contains("schema version"))
            .map(str::to_owned)
            .collect()
    };
    assert_eq!(said(&r.stdout), std::slice::from_ref(&line), "{}", r.stdout);
    assert_eq!(said(&r.stderr), [format!("compat: {line}")], "{}", r.stderr);
    let r = compat(&["index", "build", s(h.fx.path()), "--index", s(&index)]);
    assert_eq!(r.code, 0, "{}\n{}", r.stdout, r.stderr);
    let (code, rows, report) = impact_at(&index, &["--no-dwarf", "--provider", &candidate]);
    assert_eq!(code, 1, "{report:#}");
    assert_eq!(rows["plugin.so"].0, "breaking", "{report:#}");
}

/// What an index records of each file, in a form that compares across
/// indexes: (path, kind, SONAME, needed, definitions) and each reference
/// (consumer path, position, name, version, provider path).
type Recorded = (
    Vec<(String, String, Option<String>, String, Option<String>)>,
    Vec<(String, i64, String, Option<String>, Option<String>)>,
);

fn recorded(index: &Path) -> Recorded {
    let conn = rusqlite::Connection::open(index).unwrap();
    let files = conn
        .prepare(
            "SELECT f.path, f.kind, f.soname,
                    (SELECT group_concat(name, ' ') FROM (SELECT name FROM needed n WHERE n.file_id = f.id ORDER BY pos)),
                    d.defs
             FROM elf_file f LEFT JOIN def_list d ON d.file_id = f.id ORDER BY f.path",
        )
        .unwrap()
        .query_map([], |r| {
            Ok((
                r.get(0)?,
                r.get(1)?,
                r.get(2)?,
                r.get::<_, Option<String>>(3)?.unwrap_or_default(),
                r.get(4)?,
            ))
        })
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    let refs = conn
        .prepare(
            "SELECT f.path, r.pos, s.name, v.name, p.path FROM ref r
             JOIN elf_file f ON f.id = r.file_id JOIN sym s ON s.id = r.sym_id
             LEFT JOIN version v ON v.id = r.version_id LEFT JOIN provider p ON p.id = r.provider_id
             ORDER BY f.path, r.pos",
        )
        .unwrap()
        .query_map([], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
        })
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    (files, refs)
}

/// `index build --files-from LIST` (one path a line, taken whole: a name
/// with spaces is one path) records the listed files as giving them as
/// arguments does, and as the walk of their directory records them; a list
/// that cannot be read is a one-line error, and nothing is built.
#[test]
fn files_from_records_the_listed_files_as_arguments_and_the_walk_do() {
    let d = demo();
    std::fs::copy(d.fx.join("app-keep"), d.fx.join("app keep copy")).unwrap();
    build(&d);
    let walked = recorded(&d.index);
    let files: Vec<String> = walked.0.iter().map(|f| f.0.clone()).collect();
    assert!(
        files.iter().any(|f| f.ends_with("/app keep copy")) && files.len() > APPS.len(),
        "{files:?}"
    );
    let list = d.fx.write("files.txt", format!("{}\n\n", files.join("\n")));
    let from_list = d.fx.join("from-list.db");
    let r = compat(&[
        "index",
        "build",
        "--files-from",
        s(&list),
        "--index",
        s(&from_list),
        "-f",
        "json",
    ]);
    assert_eq!(r.code, 0, "{}\n{}", r.stdout, r.stderr);
    assert_eq!(
        r.json()["index"]["build"]["files"].as_u64(),
        Some(files.len() as u64)
    );
    assert_eq!(r.json()["inputs"], serde_json::json!([s(&list)]));
    let as_args = d.fx.join("as-args.db");
    let mut args = vec!["index", "build", "--index", s(&as_args)];
    args.extend(files.iter().map(String::as_str));
    let r = compat(&args);
    assert_eq!(r.code, 0, "{}\n{}", r.stdout, r.stderr);
    let listed = recorded(&from_list);
    assert_eq!(listed, recorded(&as_args));
    assert_eq!(listed, walked);
    assert!(listed.1.iter().any(|r| r.0.ends_with("/app keep copy")
        && r.2 == "demo_keep"
        && r.4.as_deref() == Some(s(&std::fs::canonicalize(&d.v1).unwrap()))));

    let missing = d.fx.join("no-such-list.txt");
    let nothing = d.fx.join("nothing.db");
    let r = compat(&[
        "index",
        "build",
        "--files-from",
        s(&missing),
        "--index",
        s(&nothing),
    ]);
    assert_eq!(r.code, 2, "{}\n{}", r.stdout, r.stderr);
    assert_eq!(r.stderr.lines().count(), 1, "{}", r.stderr);
    assert!(r.stderr.contains("no-such-list.txt"), "{}", r.stderr);
    assert!(!nothing.exists());
    // Neither paths nor a list: a usage error.
    let r = compat(&["index", "build", "--index", s(&nothing)]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(!nothing.exists());
}
