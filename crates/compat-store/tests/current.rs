//! `Store::current` on both backends: each component's latest result (by
//! its run's start, not by the order of recording), the findings and
//! promises of those results only, the waivers and deprecations with their
//! latest state, and the run and result tallies; pruning keeps the
//! components and leaves them without a latest result, and keeps the
//! tallies (they are the metrics' counters, which never go down). The dashboard's
//! reads (`latest_checks`, `waivers`, `deprecations`) and the metrics'
//! (`current`) agree on what is latest, ties included.

mod common;

use common::{backends, report};
use compat_report::check::{PromiseResult, PromiseStatus, State};
use compat_store::Store;

#[test]
fn the_current_state_is_the_latest_result_of_each_component() {
    for b in backends("current") {
        let mut store = Store::open(&b.location).unwrap();
        // Seed 2 started later than seed 1, but is recorded first.
        let mut late = report("demo", 2, 3, 2);
        late.components[1].state = State::Ok;
        late.components[1].promises.push(PromiseResult {
            name: "semver".into(),
            kind: "semver".into(),
            status: PromiseStatus::Kept,
            detail: "1.0.0 -> 1.1.0".into(),
        });
        late.waivers[0].state = "expiring".into();
        store.record(&late).unwrap();
        let early = report("demo", 3, 1, 1);
        store.record(&early).unwrap();

        let now = store.current().unwrap();
        let names: Vec<&str> = now
            .components
            .iter()
            .map(|c| c.component.as_str())
            .collect();
        assert_eq!(names, ["lib0", "lib1", "lib2"], "{}", b.name);
        let state = |i: usize| now.components[i].latest.as_ref().unwrap().state.clone();
        assert_eq!(state(0), "breaking", "{}: lib0 of the later run", b.name);
        assert_eq!(state(1), "ok", "{}", b.name);
        assert_eq!(state(2), "ok", "{}: lib2 only in the earlier run", b.name);
        let lib0 = now.components[0].latest.as_ref().unwrap();
        assert_eq!(lib0.summary.breaking, 2, "{}", b.name);
        assert_eq!(lib0.summary.waived, 1, "{}", b.name);
        assert_eq!(lib0.now, "2027-01-15");

        // Findings of the latest results only: 3 per component of the later
        // run (one waived by W-1), 1 (waived) for lib2.
        let total: i64 = now.findings.iter().map(|f| f.count).sum();
        assert_eq!(total, 7, "{}: {:?}", b.name, now.findings);
        assert!(now
            .findings
            .iter()
            .any(|f| f.status == "waived" && f.waiver.as_deref() == Some("W-1")));

        assert_eq!(now.promises.len(), 1, "{}", b.name);
        assert_eq!(now.promises[0].status, "kept");
        assert_eq!(
            now.promises[0].check,
            now.components[1].latest.as_ref().unwrap().check
        );

        // The waiver's latest state is the later run's, though recorded first.
        assert_eq!(now.waivers.len(), 1);
        let event = now.waivers[0].event.as_ref().unwrap();
        assert_eq!(event.state, "expiring", "{}", b.name);
        assert_eq!(event.run, lib0.run);
        assert_eq!(now.deprecations.len(), 1);
        assert_eq!(
            now.deprecations[0].event.as_ref().unwrap().state,
            "announced"
        );

        assert_eq!(now.runs.len(), 1);
        assert_eq!(now.runs[0].count, 2);
        let lib0_checks: i64 = now
            .checks
            .iter()
            .filter(|t| t.component.as_deref() == Some("lib0"))
            .map(|t| t.count)
            .sum();
        assert_eq!(lib0_checks, 2, "{}", b.name);

        // Pruned runs: the components stay, without a latest result; the
        // tallies stay as they were.
        let (runs, checks) = (now.runs.clone(), now.checks.clone());
        store.prune_before("2099-01-01T00:00:00Z").unwrap();
        let now = store.current().unwrap();
        assert_eq!(now.components.len(), 3);
        assert!(now.components.iter().all(|c| c.latest.is_none()));
        assert!(now.findings.is_empty() && now.promises.is_empty());
        assert_eq!(now.runs, runs, "{}", b.name);
        assert_eq!(now.checks, checks, "{}", b.name);
    }
}

#[test]
fn tallies_add_the_pruned_runs_to_those_recorded_since() {
    for b in backends("pruned_tally") {
        let mut store = Store::open(&b.location).unwrap();
        let mut total = 0;
        // Prune after every second run; each prune takes the older runs
        // away, some of whose components' results were pruned before.
        for seed in 0..6 {
            store.record(&report("demo", 2, 1, seed)).unwrap();
            total += 1;
            if seed % 2 == 1 {
                let runs = store.runs(&Default::default()).unwrap();
                let cutoff = runs[0].started_at.clone(); // all but the newest
                store.prune_before(&cutoff).unwrap();
                assert_eq!(store.runs(&Default::default()).unwrap().len(), 1);
            }
            let now = store.current().unwrap();
            assert_eq!(now.runs.len(), 1, "{}", b.name);
            assert_eq!(now.runs[0].count, total, "{}: after run {seed}", b.name);
            for lib in ["lib0", "lib1"] {
                let checks: i64 = now
                    .checks
                    .iter()
                    .filter(|t| t.component.as_deref() == Some(lib))
                    .map(|t| t.count)
                    .sum();
                assert_eq!(checks, total, "{}: {lib} after run {seed}", b.name);
            }
            // One tally per key, however many prunes added to it.
            let mut keys: Vec<_> = now
                .checks
                .iter()
                .map(|t| (&t.component, &t.state))
                .collect();
            let n = keys.len();
            keys.dedup();
            assert_eq!(keys.len(), n, "{}: {:?}", b.name, now.checks);
        }
    }
}

#[test]
fn runs_started_at_the_same_instant_resolve_to_the_one_recorded_last_for_every_reader() {
    for b in backends("tie") {
        let mut store = Store::open(&b.location).unwrap();
        let first = report("demo", 1, 2, 5);
        let mut second = report("demo", 1, 3, 6);
        // Same start as the first run; recorded after it.
        second.run.as_mut().unwrap().started_at = first.run.as_ref().unwrap().started_at.clone();
        second.waivers[0].state = "expiring".into();
        second.deprecations[0].state = "due".into();
        store.record(&first).unwrap();
        let later = store.record(&second).unwrap().run();

        let now = store.current().unwrap();
        let latest = now.components[0].latest.as_ref().unwrap();
        assert_eq!(latest.run, later, "{}", b.name);
        assert_eq!(now.waivers[0].state(), Some("expiring"), "{}", b.name);
        assert_eq!(now.deprecations[0].state(), Some("due"), "{}", b.name);

        let checks = store.latest_checks("demo").unwrap();
        assert_eq!(checks[0].run, later, "{}", b.name);
        let waivers = store.waivers("demo").unwrap();
        assert_eq!(waivers, now.waivers, "{}", b.name);
        assert_eq!(waivers[0].event.as_ref().unwrap().judged_on, "2027-01-15");
        let deprecations = store.deprecations("demo").unwrap();
        assert_eq!(deprecations, now.deprecations, "{}", b.name);
    }
}
