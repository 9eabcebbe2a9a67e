//! A 21-component history store made by real `compat check --record` runs
//! and a `compat history import` (the metrics and dashboard tests read it).
//!
//! Project `fleet`: 21 JSON Schema components `c00`..`c20`; what happens to
//! component `i` depends on `i % 7`:
//!
//! | i % 7 | change | waiver | recorded on 2020-03-01 | on 2020-03-11 or later |
//! |---|---|---|---|---|
//! | 0 | type narrowed | none | breaking | breaking |
//! | 1 | type narrowed | active until 2099-12-31 | ok | ok |
//! | 2 | type narrowed | expired 2020-02-01 | breaking | breaking |
//! | 3 | type narrowed | expiring 2020-03-10 | ok (warning finding) | breaking (the waiver expired) |
//! | 4 | none | none | ok | ok |
//! | 5 | declared kind | none | unknown | unknown |
//! | 6 | none | unused, until 2099-12-31 | ok (warning finding) | ok |
//!
//! A second run on 2020-03-02 checks `c00` and `c01` again (their latest
//! result is that run's). Project `edge` (one breaking component, `gate`)
//! is checked elsewhere and imported from its JSON report.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use super::{compat_cmd, finish, Run};

/// Components of the fleet.
pub const COMPONENTS: usize = 21;

/// The fixture: its directory (kept while it lives), store, and the JSON
/// reports of its three runs (to import them elsewhere).
pub struct Fleet {
    pub dir: tempfile::TempDir,
    pub store: PathBuf,
    pub reports: Vec<PathBuf>,
}

/// `c00`..`c20`.
pub fn name(i: usize) -> String {
    format!("c{i:02}")
}

/// The components `compat_component_state{state="breaking"}` names on `day`
/// (YYYY-MM-DD, 2020-03-01 or later), project `fleet` and `edge`.
pub fn breaking_on(day: &str) -> Vec<(String, String)> {
    let revived = day >= "2020-03-11";
    let mut out: Vec<(String, String)> = (0..COMPONENTS)
        .filter(|i| matches!(i % 7, 0 | 2) || (revived && i % 7 == 3))
        .map(|i| ("fleet".to_owned(), name(i)))
        .collect();
    out.push(("edge".into(), "gate".into()));
    out.sort();
    out
}

const OLD: &str = r#"{"$schema":"https://json-schema.org/draft/2020-12/schema","type":"object","properties":{"id":{"type":"string"},"n":{"type":["string","integer"]}}}"#;
const NARROWED: &str = r#"{"$schema":"https://json-schema.org/draft/2020-12/schema","type":"object","properties":{"id":{"type":"string"},"n":{"type":"integer"}}}"#;

fn config() -> String {
    let mut s = String::from(
        "version = 1\n\n[project]\nname = \"fleet\"\n\n[policy]\nmax_waiver_days = 40000\n",
    );
    for i in 0..COMPONENTS {
        let n = name(i);
        if i % 7 == 5 {
            let _ = write!(
                s,
                "\n[component.{n}]\nkind = \"declared\"\nowner = \"@team-{}\"\n",
                i % 3
            );
            continue;
        }
        let _ = write!(
            s,
            "\n[component.{n}]\nkind = \"json-schema\"\nowner = \"@team-{}\"\n\
             artifact = \"schemas/{n}.json\"\nbaseline.main = \"baselines/{n}.json\"\n",
            i % 3
        );
    }
    for i in 0..COMPONENTS {
        let expires = match i % 7 {
            1 | 6 => "2099-12-31",
            2 => "2020-02-01",
            3 => "2020-03-10",
            _ => continue,
        };
        let n = name(i);
        let _ = write!(
            s,
            "\n[[waiver]]\nid = \"W-{n}\"\ncomponent = \"{n}\"\nrule = \"schema-type-narrowed\"\n\
             subject = {{ symbol = \"schemas/{n}.json#/properties/n\" }}\nowner = \"@team-{}\"\n\
             reason = \"consumers migrated\"\nexpires = \"{expires}\"\n",
            i % 3
        );
    }
    s
}

fn write(path: &Path, text: &str) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

fn compat_in(dir: &Path, args: &[&str]) -> Run {
    finish(
        compat_cmd()
            .current_dir(dir)
            .env_remove("COMPAT_STORE")
            .env_remove("COMPAT_NOW")
            .env_remove("GITHUB_RUN_ID")
            .env_remove("CI_JOB_URL")
            .args(args)
            .output()
            .expect("run compat"),
    )
}

/// Builds the fixture (about a second: JSON Schema only, no compiler).
pub fn build() -> Fleet {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("fleet");
    write(&root.join("compat.toml"), &config());
    for i in 0..COMPONENTS {
        let n = name(i);
        write(&root.join(format!("baselines/{n}.json")), OLD);
        let new = match i % 7 {
            0..=3 => NARROWED,
            _ => OLD,
        };
        write(&root.join(format!("schemas/{n}.json")), new);
    }
    let store = dir.path().join("history.db");
    let s = store.to_str().unwrap();
    let r = compat_in(
        &root,
        &[
            "check",
            "--now",
            "2020-03-01",
            "--record",
            "--store",
            s,
            "-o",
            "json=run1.json",
        ],
    );
    assert_eq!(r.code, 1, "{}{}", r.stdout, r.stderr);
    let r = compat_in(
        &root,
        &[
            "check",
            "c00",
            "c01",
            "--now",
            "2020-03-02",
            "--record",
            "--store",
            s,
            "-o",
            "json=run2.json",
        ],
    );
    assert_eq!(r.code, 1, "{}{}", r.stdout, r.stderr);

    let edge = dir.path().join("edge");
    write(
        &edge.join("compat.toml"),
        "version = 1\n\n[project]\nname = \"edge\"\n\n[component.gate]\nkind = \"json-schema\"\n\
         owner = \"@edge\"\nartifact = \"gate.json\"\nbaseline.main = \"gate.base.json\"\n",
    );
    write(&edge.join("gate.base.json"), OLD);
    write(&edge.join("gate.json"), NARROWED);
    let r = compat_in(
        &edge,
        &["check", "--now", "2020-03-03", "-o", "json=edge.json"],
    );
    assert_eq!(r.code, 1, "{}{}", r.stdout, r.stderr);
    let r = compat_in(&edge, &["history", "import", "edge.json", "--store", s]);
    assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);
    let reports = vec![
        root.join("run1.json"),
        root.join("run2.json"),
        edge.join("edge.json"),
    ];
    Fleet {
        dir,
        store,
        reports,
    }
}
