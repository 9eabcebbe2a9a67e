//! The 21-component fixture store of the dashboard tests, made by real
//! `compat check --record` runs: 19 JSON Schema components and two ELF
//! libraries built by gcc, baselines written by `compat baseline update`,
//! then four runs on four days with the artifacts changed between them.
//! Waivers: one active, one expiring, one that expires before the last run
//! while it still matches (its component must show breaking), one unused,
//! and libfoo's own waiver of the removal of foo_b (its consumers still
//! break);
//! a deprecation on each library. libbar's SONAME is bumped in the third
//! run only; libfoo loses `foo_b` in the last. Built once per test binary, under
//! CARGO_TARGET_TMPDIR/dashboard-fixture.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

use serde_json::{json, Value};

use crate::common::{compat_cmd, finish, Run};

/// The days of the four runs (`--now`).
pub const DAYS: [&str; 4] = ["2027-01-01", "2027-01-05", "2027-01-09", "2027-01-12"];

/// The JSON Schema components (the libraries are `libfoo` and `libbar`).
pub const SCHEMAS: usize = 19;

/// The run (index into [`DAYS`]) that checks libbar built with SONAME
/// [`BAR_SONAME`] instead of `libbar.so.1`.
pub const SONAME_RUN: usize = 2;

/// libbar's SONAME in run [`SONAME_RUN`].
pub const BAR_SONAME: &str = "libbar.so.2";

/// The ticket of waiver W-ACTIVE.
pub const ACTIVE_TICKET: &str = "https://tracker.example/SVC-3";

/// The day W-ACTIVE was made.
pub const ACTIVE_CREATED: &str = "2026-12-20";

/// The component whose expired waiver still matches in the last run.
pub const EXPIRED: &str = "svc-05";

/// The consumers of the two libraries, built against version 1 into
/// `fleet/` and indexed there: `(file, source, libraries linked)`.
const CONSUMERS: &[(&str, &str, &str)] = &[
    (
        "app-a",
        "int foo_b(int); int bar(void);\nint main(void) { return foo_b(0) + bar(); }\n",
        "-l:libfoo.so.1 -l:libbar.so.1",
    ),
    (
        "app-b",
        "int foo_a(void);\nint main(void) { return foo_a(); }\n",
        "-l:libfoo.so.1",
    ),
    (
        "app-c",
        "int bar_legacy(void);\nint main(void) { return bar_legacy(); }\n",
        "-Wl,--no-as-needed -l:libfoo.so.1 -l:libbar.so.1",
    ),
    (
        "libplug.so",
        "int foo_b(int); int foo_old(void);\nint plug(void) { return foo_b(1) + foo_old(); }\n",
        "-shared -fPIC -l:libfoo.so.1",
    ),
];

/// The built fixture.
pub struct Fixture {
    /// The project directory.
    pub dir: PathBuf,
    /// The store (SQLite).
    pub store: PathBuf,
    /// The JSON report of each run, in order.
    pub reports: Vec<Value>,
}

fn name(i: usize) -> String {
    format!("svc-{i:02}")
}

/// How many of a schema's three enums are narrowed in run `r` (breaking findings).
fn narrowed(i: usize, r: usize) -> usize {
    match i {
        3..=5 => 1,
        6 => 0,
        _ if (i + r) % 4 == 0 => i % 3 + 1,
        _ if i % 5 == 1 && r >= 2 => 1,
        _ => 0,
    }
}

fn schema(narrow: usize) -> Value {
    let mut props = serde_json::Map::new();
    for p in 0..3 {
        let values: Vec<&str> = if p < narrow {
            vec!["a", "b"]
        } else {
            vec!["a", "b", "c"]
        };
        props.insert(format!("p{p}"), json!({ "enum": values }));
    }
    json!({"type": "object", "properties": props})
}

fn config() -> String {
    let mut s = String::from(
        "version = 1\n\n[project]\nname = \"fleet\"\nhistory = \"sqlite:compat/history.db\"\n\n\
         [policy]\nwaiver_warn_days = 14\n\n[promises.abi-stable]\nkind = \"soname\"\n\n",
    );
    for i in 1..=SCHEMAS {
        let n = name(i);
        s.push_str(&format!(
            "[component.{n}]\nkind = \"json-schema\"\nowner = \"@team-{}\"\nartifact = \"schemas/{n}.json\"\nbaseline.main = \"compat/{n}.json\"\n\n",
            i % 4
        ));
    }
    for lib in ["libfoo", "libbar"] {
        s.push_str(&format!(
            "[component.{lib}]\nkind = \"elf-library\"\nowner = \"@native\"\nartifact = \"build/{lib}.so.1\"\nbaseline.main = \"compat/{lib}.abi.json\"\npromises = [\"abi-stable\"]\n\n"
        ));
    }
    let waiver = |id: &str, comp: &str, expires: &str, reason: &str| {
        format!(
            "[[waiver]]\nid = \"{id}\"\ncomponent = \"{comp}\"\nrule = \"schema-enum-narrowed\"\n\
             subject = {{ symbol = \"schemas/{comp}.json#/properties/p0\" }}\nreason = \"{reason}\"\n\
             owner = \"@team-{comp}\"\nexpires = {expires}\n\n"
        )
    };
    s.push_str(&waiver(
        "W-ACTIVE",
        "svc-03",
        "2027-06-30",
        "value c was never written",
    ));
    // Its ticket and the day it was made (the waivers page shows both).
    s.insert_str(
        s.len() - 1,
        &format!("ticket = \"{ACTIVE_TICKET}\"\ncreated = {ACTIVE_CREATED}\n"),
    );
    s.push_str(&waiver(
        "W-EXPIRING",
        "svc-04",
        "2027-01-20",
        "readers migrate in January",
    ));
    s.push_str(&waiver(
        "W-EXPIRED",
        EXPIRED,
        "2027-01-10",
        "temporary, until the backfill",
    ));
    s.push_str(&waiver(
        "W-UNUSED",
        "svc-06",
        "2027-03-31",
        "kept for the next release",
    ));
    // A waiver of libfoo's own removal of foo_b (last run): it accepts the
    // change for libfoo, but its consumers still break (GOVERNANCE.md 6.8).
    s.push_str(
        "[[waiver]]\nid = \"W-FOO-B\"\ncomponent = \"libfoo\"\nrule = \"abi-symbol-removed\"\n\
         subject = { symbol = \"foo_b\" }\nreason = \"announced in 1.0\"\nowner = \"@native\"\n\
         expires = 2027-06-30\n\n",
    );
    // A waiver of libplug.so's own finding (compat impact's
    // impact-symbol-missing for foo_b): scoped to that consumer, it makes
    // its cell waived; app-a, which binds foo_b too, still breaks.
    s.push_str(
        "[[waiver]]\nid = \"W-PLUG\"\nrule = \"impact-symbol-missing\"\n\
         subject = { object = \"libplug.so\", symbol = \"foo_b\" }\n\
         reason = \"libplug is rebuilt against libfoo 2\"\nowner = \"@native\"\n\
         expires = 2027-06-30\n\n",
    );
    s.push_str(
        "[[deprecation]]\nid = \"D-1\"\ncomponent = \"libfoo\"\nitem = { symbol = \"foo_old\" }\n\
         announced = 2026-01-15\nreplacement = \"foo_new\"\n\n\
         [[deprecation]]\nid = \"D-2\"\ncomponent = \"libbar\"\nitem = { symbol = \"bar_legacy\" }\n\
         announced = 2026-11-01\nreplacement = \"bar\"\n",
    );
    s
}

fn write(dir: &Path, rel: &str, text: &str) {
    let p = dir.join(rel);
    std::fs::create_dir_all(p.parent().unwrap()).unwrap();
    std::fs::write(p, text).unwrap();
}

fn gcc(dir: &Path, lib: &str, source: &str) {
    gcc_soname(dir, lib, source, &format!("{lib}.so.1"));
}

/// Builds `build/LIB.so.1` from `source` with SONAME `soname`.
fn gcc_soname(dir: &Path, lib: &str, source: &str, soname: &str) {
    write(dir, &format!("src/{lib}.c"), source);
    let out = Command::new("gcc")
        .current_dir(dir)
        .args(["-shared", "-fPIC", "-g"])
        .arg(format!("-Wl,-soname,{soname}"))
        .args(["-o", &format!("build/{lib}.so.1"), &format!("src/{lib}.c")])
        .output()
        .expect("gcc");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

const FOO_V1: &str = "int foo_a(void) { return 1; }\nint foo_b(int x) { return x; }\nint foo_old(void) { return 0; }\nint foo_new(void) { return 2; }\n";
const FOO_V2: &str = "int foo_a(void) { return 1; }\nint foo_old(void) { return 0; }\nint foo_new(void) { return 2; }\n";
const BAR: &str = "int bar(void) { return 1; }\nint bar_legacy(void) { return 0; }\n";

/// Runs compat in `dir` with a clean environment.
pub fn compat_in(dir: &Path, args: &[&str]) -> Run {
    let mut cmd = compat_cmd();
    cmd.current_dir(dir)
        .env_remove("COMPAT_STORE")
        .env_remove("COMPAT_NOW")
        .env_remove("GITHUB_RUN_ID")
        .env_remove("CI_JOB_URL")
        .args(args);
    finish(cmd.output().expect("run compat"))
}

fn build() -> Option<Fixture> {
    if Command::new("gcc").arg("--version").output().is_err() {
        return crate::common::skip("gcc is not installed");
    }
    // One directory, made again by each run of this test binary.
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("dashboard-fixture");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("build")).unwrap();
    write(&dir, "compat.toml", &config());
    for i in 1..=SCHEMAS {
        write(
            &dir,
            &format!("schemas/{}.json", name(i)),
            &schema(0).to_string(),
        );
        write(
            &dir,
            &format!("compat/{}.json", name(i)),
            &schema(0).to_string(),
        );
    }
    gcc(&dir, "libfoo", FOO_V1);
    gcc(&dir, "libbar", BAR);
    let u = compat_in(&dir, &["baseline", "update", "libfoo", "libbar"]);
    assert_eq!(u.code, 0, "{}{}", u.stdout, u.stderr);
    // The fleet: version 1 of both libraries and their consumers, indexed.
    let fleet = dir.join("fleet");
    std::fs::create_dir_all(&fleet).unwrap();
    for lib in ["libfoo.so.1", "libbar.so.1"] {
        std::fs::copy(dir.join("build").join(lib), fleet.join(lib)).unwrap();
    }
    for (file, source, libs) in CONSUMERS {
        write(&dir, &format!("src/{file}.c"), source);
        let mut cmd = Command::new("gcc");
        cmd.current_dir(&fleet)
            .args(["-o", file, &format!("../src/{file}.c"), "-L."])
            .args(libs.split(' '))
            .arg("-Wl,-rpath,$ORIGIN");
        let out = cmd.output().expect("gcc");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let idx = compat_in(&dir, &["index", "build", "fleet", "--index", "index.db"]);
    assert_eq!(idx.code, 0, "{}{}", idx.stdout, idx.stderr);

    let mut reports = Vec::new();
    for (r, day) in DAYS.iter().enumerate() {
        for i in 1..=SCHEMAS {
            write(
                &dir,
                &format!("schemas/{}.json", name(i)),
                &schema(narrowed(i, r)).to_string(),
            );
        }
        // libbar's SONAME is bumped for the third run only (the timeline
        // shows the change); libfoo loses foo_b in the last run.
        if r == SONAME_RUN {
            gcc_soname(&dir, "libbar", BAR, BAR_SONAME);
        }
        if r == DAYS.len() - 1 {
            gcc(&dir, "libbar", BAR);
            gcc(&dir, "libfoo", FOO_V2);
        }
        let out = format!("json=report-{r}.json");
        let run = compat_in(&dir, &["check", "--record", "--now", day, "-o", &out]);
        assert!(run.code <= 1, "{}{}", run.stdout, run.stderr);
        let text = std::fs::read_to_string(dir.join(format!("report-{r}.json"))).unwrap();
        reports.push(serde_json::from_str(&text).unwrap());
    }
    Some(Fixture {
        store: dir.join("compat/history.db"),
        dir,
        reports,
    })
}

/// The fixture, built on first use (`None` when gcc is missing outside CI).
pub fn fixture() -> Option<&'static Fixture> {
    static F: OnceLock<Option<Fixture>> = OnceLock::new();
    F.get_or_init(build).as_ref()
}
