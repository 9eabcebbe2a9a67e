//! Shared by the store tests: `compat check` reports made up in memory, and
//! the backends to run against: a SQLite file in a temporary directory, and
//! a fresh PostgreSQL database when `COMPAT_TEST_POSTGRES` names a server
//! (`.ci/run` starts one; under CI=true its absence fails the test).

#![allow(dead_code)]

use compat_report::check::{ComponentResult, DeprecationResult, RunInfo, State, WaiverResult};
use compat_report::{Finding, Report, Status, Subject, Summary};
use compat_store::Location;

/// A check report of `project` with `components` components, each with
/// `findings` findings (one of them waived), made distinct by `seed`.
pub fn report(project: &str, components: usize, findings: usize, seed: u64) -> Report {
    let mut r = Report::new("check", vec!["compat.toml".into()]);
    for c in 0..components {
        let name = format!("lib{c}");
        for i in 0..findings {
            let mut f = Finding::new(
                "abi-symbol-removed",
                format!("sym_{seed}_{i} was removed"),
                Subject {
                    component: Some(name.clone()),
                    symbol: Some(format!("sym_{seed}_{i}")),
                    ..Subject::default()
                },
            );
            if i == 0 {
                f.status = Status::Waived;
                f.waiver = Some("W-1".into());
            }
            r.findings.push(f);
        }
        r.components.push(ComponentResult {
            name,
            kind: "elf-library".into(),
            owner: Some("@team".into()),
            state: if findings > 1 {
                State::Breaking
            } else {
                State::Ok
            },
            baseline: Some(format!("compat/lib{c}.abi.json")),
            version_from: Some("1.0.0".into()),
            version_to: Some("1.1.0".into()),
            bump: None,
            verdict: None,
            promises: Vec::new(),
            summary: Summary::default(),
            interface: None,
            soname_from: None,
            soname_to: None,
        });
    }
    r.waivers.push(WaiverResult {
        id: "W-1".into(),
        component: Some("lib0".into()),
        rule: "abi-symbol-removed".into(),
        state: "active".into(),
        owner: "@team".into(),
        reason: "announced".into(),
        expires: "2027-06-30".into(),
        days_left: 150,
        matches: components,
        at: "compat.toml:20".into(),
        ticket: None,
        created: None,
    });
    r.deprecations.push(DeprecationResult {
        id: "D-1".into(),
        component: "lib0".into(),
        item: "symbol old_api".into(),
        remove_after: "2028-01-01".into(),
        days_left: 330,
        state: "announced".into(),
        replacement: Some("new_api".into()),
    });
    let secs = 1_800_000_000 + seed * 60;
    r.run = Some(RunInfo {
        now: "2027-01-15".into(),
        config: "compat.toml".into(),
        git_commit: Some(format!("{seed:040x}")),
        project: Some(project.into()),
        baseline: Some("main".into()),
        config_sha256: Some("ab".repeat(32)),
        started_at: Some(compat_report::time::rfc3339(secs)),
        finished_at: Some(compat_report::time::rfc3339(secs + 2)),
        exit_code: Some(1),
        git_ref: Some("main".into()),
        ci_url: None,
    });
    r.finish();
    // Per-component summaries as the pipeline makes them.
    for c in &mut r.components {
        let mut s = Summary::default();
        for f in r
            .findings
            .iter()
            .filter(|f| f.subject.component.as_deref() == Some(&c.name))
        {
            match f.status {
                Status::Waived => s.waived += 1,
                _ => s.breaking += 1,
            }
        }
        c.summary = s;
    }
    r
}

/// A store to test against; the temporary directory lives as long as it.
pub struct Backend {
    /// `sqlite` or `postgres`.
    pub name: &'static str,
    /// Where it is.
    pub location: Location,
    _dir: Option<tempfile::TempDir>,
}

/// The PostgreSQL server of the tests, when there is one.
pub fn postgres_url() -> Option<String> {
    match std::env::var("COMPAT_TEST_POSTGRES") {
        Ok(url) if !url.is_empty() => Some(url),
        _ => {
            assert!(
                std::env::var("CI").map_or(true, |v| v != "true"),
                "COMPAT_TEST_POSTGRES is unset under CI: .ci/run starts PostgreSQL and sets it"
            );
            None
        }
    }
}

/// A database of its own on the test server (named after `test`), made afresh.
pub fn postgres_database(url: &str, test: &str) -> String {
    let db = format!("compat_t_{}_{}", test, std::process::id());
    let mut admin = postgres::Client::connect(url, postgres::NoTls)
        .unwrap_or_else(|e| panic!("COMPAT_TEST_POSTGRES: cannot connect: {e}"));
    admin
        .batch_execute(&format!("DROP DATABASE IF EXISTS {db}"))
        .unwrap();
    admin
        .batch_execute(&format!("CREATE DATABASE {db}"))
        .unwrap();
    // Same server and credentials, the new database.
    let (base, query) = match url.split_once('?') {
        Some((b, q)) => (b, Some(q)),
        None => (url, None),
    };
    let cut = base
        .rfind('/')
        .filter(|&i| i > "postgres://".len())
        .unwrap_or(base.len());
    let mut out = format!("{}/{db}", &base[..cut]);
    if let Some(q) = query {
        out.push('?');
        out.push_str(q);
    }
    out
}

/// A fresh SQLite store, and a fresh PostgreSQL one when a server is configured.
pub fn backends(test: &str) -> Vec<Backend> {
    let dir = tempfile::tempdir().unwrap();
    let mut out = vec![Backend {
        name: "sqlite",
        location: Location::Sqlite(dir.path().join("history.db")),
        _dir: Some(dir),
    }];
    if let Some(url) = postgres_url() {
        out.push(Backend {
            name: "postgres",
            location: Location::Postgres(postgres_database(&url, test)),
            _dir: None,
        });
    }
    out
}
