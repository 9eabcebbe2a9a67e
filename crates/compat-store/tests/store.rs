//! The store on both backends: a report recorded and read back, a duplicate
//! ignored, migrations applied once, a newer store refused, pruning that
//! cascades, reports that cannot be recorded refused with a clear message.

mod common;

use common::{backends, report};
use compat_store::{Recorded, RunFilter, Store, StoreError};

#[test]
fn a_report_is_recorded_and_read_back() {
    for b in backends("readback") {
        let mut store = Store::open(&b.location).unwrap();
        let r = report("demo", 3, 4, 1);
        let Recorded::Added { run } = store.record(&r).unwrap() else {
            panic!("{}: not added", b.name)
        };
        let runs = store.runs(&RunFilter::default()).unwrap();
        assert_eq!(runs.len(), 1, "{}", b.name);
        let row = &runs[0];
        assert_eq!(row.id, run);
        assert_eq!(row.project, "demo");
        let info = r.run.as_ref().unwrap();
        assert_eq!(
            Some(&row.started_at),
            info.started_at.as_ref(),
            "{}",
            b.name
        );
        assert_eq!(row.finished_at, info.finished_at, "{}", b.name);
        assert_eq!(row.git_commit, info.git_commit);
        assert_eq!(row.exit_code, 1);
        assert_eq!(row.components, 3);
        assert_eq!(row.findings, 12);
        assert_eq!(row.summary.breaking, 9);
        assert_eq!(row.summary.waived, 3);
        assert_eq!(row.report_sha256, compat_store::report_sha256(&r).unwrap());

        let checks = store.checks(run).unwrap();
        let names: Vec<&str> = checks.iter().map(|c| c.component.as_str()).collect();
        assert_eq!(names, ["lib0", "lib1", "lib2"], "{}", b.name);
        assert_eq!(checks[1].state, "breaking");
        assert_eq!(checks[1].findings, 4);
        assert_eq!(checks[1].summary.breaking, 3);
        assert_eq!(checks[1].version_to.as_deref(), Some("1.1.0"));
        let slice = checks[1].slice().unwrap();
        assert_eq!(slice["component"]["name"], "lib1");
        assert_eq!(slice["findings"].as_array().unwrap().len(), 4);
        assert_eq!(
            slice["findings"][1]["fingerprint"],
            r.findings[5].fingerprint.as_str()
        );
        // Reopening applies nothing and keeps everything.
        drop(store);
        let mut again = Store::open_existing(&b.location).unwrap();
        assert_eq!(again.runs(&RunFilter::default()).unwrap(), runs);
    }
}

#[test]
fn the_same_report_twice_is_recorded_once() {
    for b in backends("duplicate") {
        let mut store = Store::open(&b.location).unwrap();
        let r = report("demo", 2, 2, 7);
        let first = store.record(&r).unwrap();
        assert!(matches!(first, Recorded::Added { .. }));
        // The report as `-o json=FILE` writes it, read back.
        let text = compat_report::render(&r, compat_report::Format::Json, Default::default());
        let back: compat_report::Report = serde_json::from_str(&text).unwrap();
        assert_eq!(
            store.record(&back).unwrap(),
            Recorded::Duplicate { run: first.run() },
            "{}",
            b.name
        );
        // The same report under another project is another run.
        let mut other = r.clone();
        other.run.as_mut().unwrap().project = Some("other".into());
        assert!(matches!(
            store.record(&other).unwrap(),
            Recorded::Added { .. }
        ));
        assert_eq!(store.runs(&RunFilter::default()).unwrap().len(), 2);
        let only = RunFilter {
            project: Some("demo".into()),
            limit: None,
        };
        assert_eq!(store.runs(&only).unwrap().len(), 1);
    }
}

#[test]
fn migrations_are_applied_once_and_a_newer_store_is_refused() {
    for b in backends("migrations") {
        let latest = compat_store::migrate::latest();
        {
            let mut store = Store::open(&b.location).unwrap();
            assert_eq!(store.schema_version().unwrap(), latest);
        }
        {
            let mut store = Store::open(&b.location).unwrap();
            assert_eq!(store.schema_version().unwrap(), latest, "{}", b.name);
        }
        // One row per migration, however often the store was opened.
        let versions = raw_query(&b.location, "SELECT COUNT(*) FROM schema_version");
        assert_eq!(versions, latest, "{}", b.name);
        raw_exec(
            &b.location,
            &format!(
                "INSERT INTO schema_version (version) VALUES ({})",
                latest + 1
            ),
        );
        let err = Store::open(&b.location)
            .err()
            .expect("a newer store is refused");
        assert!(matches!(err, StoreError::TooNew { .. }), "{err}");
        let msg = err.to_string();
        assert!(
            msg.contains(&format!("schema version {}", latest + 1))
                && msg.contains("upgrade compat"),
            "{msg}"
        );
    }
}

#[test]
fn pruning_removes_old_runs_with_everything_they_own() {
    for b in backends("prune") {
        let mut store = Store::open(&b.location).unwrap();
        // Runs one minute apart from the same base instant.
        for seed in 0..5 {
            store.record(&report("demo", 2, 3, seed)).unwrap();
        }
        let runs = store.runs(&RunFilter::default()).unwrap();
        let cutoff = runs[2].started_at.clone(); // the third newest: two older runs go
        assert_eq!(store.prune_before(&cutoff).unwrap(), 2, "{}", b.name);
        assert_eq!(store.runs(&RunFilter::default()).unwrap().len(), 3);
        for table in [
            "check_result",
            "finding",
            "waiver_event",
            "deprecation_event",
        ] {
            let orphans = raw_query(
                &b.location,
                &format!("SELECT COUNT(*) FROM {table} WHERE run_id NOT IN (SELECT id FROM run)"),
            );
            assert_eq!(orphans, 0, "{}: {table}", b.name);
        }
        assert_eq!(
            raw_query(&b.location, "SELECT COUNT(*) FROM finding"),
            3 * 2 * 3
        );
        assert_eq!(store.prune_before("2100-01-01T00:00:00Z").unwrap(), 3);
        assert!(store.prune_before("2100-01-01").is_err());
        // Components stay: they are the project's, not a run's.
        assert_eq!(raw_query(&b.location, "SELECT COUNT(*) FROM component"), 2);
    }
}

#[test]
fn reports_that_cannot_be_recorded_say_why() {
    for b in backends("refused") {
        let mut store = Store::open(&b.location).unwrap();
        let mut not_check = report("demo", 1, 1, 1);
        not_check.command = "abi diff".into();
        let e = store.record(&not_check).unwrap_err().to_string();
        assert!(e.contains("only `compat check` reports"), "{e}");
        let mut old = report("demo", 1, 1, 1);
        old.run.as_mut().unwrap().project = None;
        let e = store.record(&old).unwrap_err().to_string();
        assert!(e.contains("no run.project"), "{e}");
        let mut bad_time = report("demo", 1, 1, 1);
        bad_time.run.as_mut().unwrap().started_at = Some("yesterday".into());
        let e = store.record(&bad_time).unwrap_err().to_string();
        assert!(e.contains("run.started_at \"yesterday\""), "{e}");
        assert!(store.runs(&RunFilter::default()).unwrap().is_empty());
    }
}

#[test]
fn a_missing_store_is_not_made_by_readers() {
    let dir = tempfile::tempdir().unwrap();
    let loc = compat_store::Location::Sqlite(dir.path().join("none/history.db"));
    let e = Store::open_existing(&loc).err().unwrap().to_string();
    assert!(e.contains("no history store there"), "{e}");
    assert!(!dir.path().join("none").exists());
    // A file that is not a database: one line naming it.
    let junk = dir.path().join("junk.db");
    std::fs::write(
        &junk,
        b"not a database at all, just some text that is long enough",
    )
    .unwrap();
    let e = Store::open(&compat_store::Location::Sqlite(junk))
        .err()
        .unwrap()
        .to_string();
    assert!(e.contains("junk.db") && !e.contains('\n'), "{e}");
}

#[test]
fn a_postgres_password_never_shows() {
    // Nothing listens on port 1: connecting fails, and the message names the
    // store without its password.
    let loc = compat_store::Location::Postgres(
        "postgres://compat:hunter2@127.0.0.1:1/compat?connect_timeout=2".into(),
    );
    let e = Store::open(&loc).err().unwrap().to_string();
    assert!(
        e.starts_with("postgres://compat:***@127.0.0.1:1/compat"),
        "{e}"
    );
    assert!(!e.contains("hunter2"), "{e}");
}

/// One integer from a query, outside the store's API.
fn raw_query(location: &compat_store::Location, sql: &str) -> i64 {
    match location {
        compat_store::Location::Sqlite(path) => {
            let conn = rusqlite::Connection::open(path).unwrap();
            conn.query_row(sql, [], |r| r.get(0)).unwrap()
        }
        compat_store::Location::Postgres(url) => {
            let mut c = postgres::Client::connect(url, postgres::NoTls).unwrap();
            c.query_one(sql, &[]).unwrap().get(0)
        }
    }
}

/// Runs one statement outside the store's API.
fn raw_exec(location: &compat_store::Location, sql: &str) {
    match location {
        compat_store::Location::Sqlite(path) => {
            rusqlite::Connection::open(path)
                .unwrap()
                .execute_batch(sql)
                .unwrap();
        }
        compat_store::Location::Postgres(url) => {
            let mut c = postgres::Client::connect(url, postgres::NoTls).unwrap();
            c.batch_execute(sql).unwrap();
        }
    }
}
