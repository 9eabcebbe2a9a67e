//! The metrics of a made-up current state, judged on two days: before and
//! after a waiver's last day. After it, the component whose waived finding
//! that waiver accepted is breaking, its finding counts again, and the
//! waiver is expired; a component never checked (its runs pruned) is
//! unknown; a waiver or deprecation no longer judged by its component's
//! latest check is not current and is left out.

use compat_metrics::{date, render, Format, Options};
use compat_store::{
    ComponentState, Counts, Current, CurrentCheck, DeprecationState, Event, FindingCount,
    PromiseRow, Tally, WaiverState,
};

fn latest(check: i64, run: i64, state: &str) -> Option<CurrentCheck> {
    Some(CurrentCheck {
        check,
        run,
        started_at: "2027-01-15T10:00:00Z".into(),
        finished_at: Some("2027-01-15T10:00:07Z".into()),
        now: "2027-01-15".into(),
        state: state.into(),
        baseline_kind: "main".into(),
        summary: Counts::default(),
        // liba's check lost one of its four functions.
        interface: (check == 10).then_some(compat_report::check::InterfaceChange {
            old: 4,
            compatible: 3,
            added: 0,
            removed: 1,
        }),
    })
}

fn component(name: &str, latest: Option<CurrentCheck>) -> ComponentState {
    ComponentState {
        project: "demo".into(),
        component: name.into(),
        kind: "elf-library".into(),
        owner: Some("@team \"core\"".into()),
        latest,
    }
}

fn count(
    check: i64,
    rule: &str,
    severity: &str,
    status: &str,
    waiver: Option<&str>,
    n: i64,
) -> FindingCount {
    FindingCount {
        check,
        rule: rule.into(),
        severity: severity.into(),
        status: status.into(),
        waiver: waiver.map(str::to_owned),
        count: n,
    }
}

fn waiver(id: &str, component: &str, expires: &str, state: &str, run: i64) -> WaiverState {
    WaiverState {
        project: "demo".into(),
        id: id.into(),
        component: Some(component.into()),
        rule: "abi-symbol-removed".into(),
        owner: "@team".into(),
        reason: "consumers migrated".into(),
        expires: expires.into(),
        source: "compat.toml:12".into(),
        ticket: None,
        created: None,
        event: Some(Event {
            run,
            state: state.into(),
            matches: 1,
            judged_on: "2027-01-15".into(),
        }),
    }
}

fn state() -> Current {
    Current {
        components: vec![
            component("liba", latest(10, 1, "ok")),
            component("libb", latest(11, 1, "warning")),
            component("libgone", None),
        ],
        findings: vec![
            count(
                10,
                "abi-symbol-removed",
                "breaking",
                "waived",
                Some("W-a"),
                2,
            ),
            count(10, "abi-symbol-added", "info", "new", None, 5),
            count(11, "abi-type-size-changed", "warning", "new", None, 1),
            count(11, "abi-symbol-removed", "breaking", "baselined", None, 3),
        ],
        promises: vec![
            PromiseRow {
                check: 10,
                name: "semver".into(),
                kind: "semver".into(),
                status: "kept".into(),
            },
            PromiseRow {
                check: 11,
                name: "abi-stable".into(),
                kind: "soname".into(),
                status: "violated".into(),
            },
            PromiseRow {
                check: 11,
                name: "docs".into(),
                kind: "declared".into(),
                status: "declared".into(),
            },
        ],
        waivers: vec![
            waiver("W-a", "liba", "2027-02-28", "active", 1),
            waiver("W-b", "libb", "2027-12-31", "unused", 1),
            // Judged by an older run only: removed from compat.toml since.
            waiver("W-old", "liba", "2027-12-31", "active", 0),
        ],
        deprecations: vec![DeprecationState {
            project: "demo".into(),
            id: "D-1".into(),
            component: "libb".into(),
            item: "symbol old_api".into(),
            remove_after: "2027-06-01".into(),
            replacement: None,
            event: Some(Event {
                run: 1,
                state: "announced".into(),
                matches: 0,
                judged_on: "2027-01-15".into(),
            }),
        }],
        runs: vec![Tally {
            project: "demo".into(),
            component: None,
            state: None,
            count: 4,
        }],
        checks: vec![Tally {
            project: "demo".into(),
            component: Some("liba".into()),
            state: Some("ok".into()),
            count: 4,
        }],
    }
}

fn text_on(day: &str) -> String {
    render(
        &state(),
        &Options {
            format: Format::Text,
            today: date::days(day).unwrap(),
            max_series: 5_000,
        },
    )
    .text
}

/// The value of the sample whose line starts with `prefix` (name and labels).
fn value(text: &str, series: &str) -> Option<String> {
    text.lines()
        .find_map(|l| l.strip_prefix(series)?.strip_prefix(' ').map(str::to_owned))
}

#[test]
fn before_the_waiver_expires_the_recorded_states_hold() {
    let t = text_on("2027-02-28");
    let st = |c: &str, s: &str| {
        value(
            &t,
            &format!("compat_component_state{{project=\"demo\",component=\"{c}\",state=\"{s}\"}}"),
        )
    };
    assert_eq!(st("liba", "ok").as_deref(), Some("1"), "{t}");
    assert_eq!(st("liba", "breaking").as_deref(), Some("0"));
    assert_eq!(st("libb", "warning").as_deref(), Some("1"));
    assert_eq!(st("libgone", "unknown").as_deref(), Some("1"));
    assert_eq!(
        value(&t, "compat_component_findings{project=\"demo\",component=\"liba\",severity=\"breaking\",status=\"waived\"}").as_deref(),
        Some("2")
    );
    assert_eq!(
        value(
            &t,
            "compat_waivers{project=\"demo\",component=\"liba\",state=\"active\"}"
        )
        .as_deref(),
        Some("1")
    );
    // The owner's quotes are escaped.
    assert!(t.contains("owner=\"@team \\\"core\\\"\""), "{t}");
    // W-old is not current; its expiry is not written.
    assert!(!t.contains("W-old"), "{t}");
    assert_eq!(
        value(&t, "compat_waiver_expiry_timestamp_seconds{project=\"demo\",component=\"liba\",waiver=\"W-a\"}"),
        Some(((date::days("2027-03-01").unwrap()) * 86_400).to_string())
    );
    assert_eq!(
        value(
            &t,
            "compat_deprecations{project=\"demo\",component=\"libb\",state=\"announced\"}"
        )
        .as_deref(),
        Some("1")
    );
    assert_eq!(
        value(&t, "compat_promise_kept{project=\"demo\",component=\"liba\",promise=\"semver\",kind=\"semver\"}").as_deref(),
        Some("1")
    );
    assert_eq!(
        value(&t, "compat_promise_kept{project=\"demo\",component=\"libb\",promise=\"abi-stable\",kind=\"soname\"}").as_deref(),
        Some("0")
    );
    assert!(
        !t.contains("promise=\"docs\""),
        "declared promises are left out"
    );
    assert_eq!(
        value(&t, "compat_runs_total{project=\"demo\"}").as_deref(),
        Some("4")
    );
    assert_eq!(
        value(
            &t,
            "compat_component_last_check_timestamp_seconds{project=\"demo\",component=\"liba\"}"
        ),
        Some((date::days("2027-01-15").unwrap() * 86_400 + 36_007).to_string())
    );
    // The compatible ratio of a library's latest check; none without one.
    assert_eq!(
        value(
            &t,
            "compat_component_compatible_ratio{project=\"demo\",component=\"liba\"}"
        )
        .as_deref(),
        Some("0.75")
    );
    assert!(!t.contains("compat_component_compatible_ratio{project=\"demo\",component=\"libb\"}"));
    assert_eq!(
        value(&t, "compat_component_rule_findings{project=\"demo\",component=\"liba\",rule=\"abi-symbol-added\"}").as_deref(),
        Some("5")
    );
    assert!(
        !t.contains("rule=\"abi-symbol-removed\""),
        "accepted findings have no rule series: {t}"
    );
    assert_eq!(
        value(&t, "compat_metrics_series_dropped").as_deref(),
        Some("0")
    );
}

#[test]
fn after_the_waiver_expires_its_component_is_breaking() {
    let t = text_on("2027-03-01");
    let st = |c: &str, s: &str| {
        value(
            &t,
            &format!("compat_component_state{{project=\"demo\",component=\"{c}\",state=\"{s}\"}}"),
        )
    };
    assert_eq!(st("liba", "breaking").as_deref(), Some("1"), "{t}");
    assert_eq!(st("liba", "ok").as_deref(), Some("0"));
    assert_eq!(
        value(&t, "compat_component_findings{project=\"demo\",component=\"liba\",severity=\"breaking\",status=\"new\"}").as_deref(),
        Some("2")
    );
    assert_eq!(
        value(&t, "compat_component_findings{project=\"demo\",component=\"liba\",severity=\"breaking\",status=\"waived\"}").as_deref(),
        Some("0")
    );
    assert_eq!(
        value(
            &t,
            "compat_waivers{project=\"demo\",component=\"liba\",state=\"expired\"}"
        )
        .as_deref(),
        Some("1")
    );
    // Baselined findings stay accepted; libb is unchanged.
    assert_eq!(st("libb", "warning").as_deref(), Some("1"));
}

#[test]
fn a_deprecation_past_its_window_is_due() {
    let t = text_on("2027-06-01");
    assert_eq!(
        value(
            &t,
            "compat_deprecations{project=\"demo\",component=\"libb\",state=\"due\"}"
        )
        .as_deref(),
        Some("1"),
        "{t}"
    );
}

#[test]
fn every_family_is_in_the_catalog_with_its_labels_in_order() {
    let t = text_on("2027-02-01");
    for line in t.lines().filter(|l| !l.starts_with('#')) {
        let name = line.split(['{', ' ']).next().unwrap();
        let meta = compat_metrics::catalog::meta(name)
            .unwrap_or_else(|| panic!("{name} is not in metrics.tsv"));
        let names: Vec<&str> = match line.split_once('{') {
            Some((_, rest)) => rest
                .split("\",")
                .filter_map(|p| p.split_once('=').map(|(k, _)| k))
                .collect(),
            None => Vec::new(),
        };
        if name != "compat_metrics_series_dropped" || !names.is_empty() {
            assert_eq!(names, meta.labels, "{line}");
        }
    }
}

#[test]
fn openmetrics_ends_with_eof_and_names_counter_families_without_total() {
    let e = render(
        &state(),
        &Options {
            format: Format::OpenMetrics,
            today: date::days("2027-02-01").unwrap(),
            max_series: 5_000,
        },
    );
    assert!(e.text.ends_with("# EOF\n"));
    assert!(e.text.contains("# TYPE compat_runs counter\n"));
    assert!(e.text.contains("\ncompat_runs_total{project=\"demo\"} 4\n"));
    assert!(e
        .text
        .contains("# UNIT compat_component_last_check_timestamp_seconds seconds\n"));
    assert_eq!(
        e.content_type,
        "application/openmetrics-text; version=1.0.0; charset=utf-8"
    );
}

#[test]
fn a_small_budget_drops_whole_families_and_says_so() {
    let e = render(
        &state(),
        &Options {
            format: Format::Text,
            today: date::days("2027-02-01").unwrap(),
            max_series: compat_metrics::budget::reserve() + 25,
        },
    );
    assert!(!e.dropped.is_empty());
    assert!(e.series <= compat_metrics::budget::reserve() + 25);
    for (name, n) in &e.dropped {
        assert!(
            !e.text.contains(&format!("\n{name}{{")),
            "{name} half written"
        );
        assert!(
            e.text.contains(&format!(
                "compat_metrics_series_dropped{{metric=\"{name}\"}} {n}\n"
            )),
            "{}",
            e.text
        );
    }
    // The first families of the catalog are kept.
    assert!(e.text.contains("compat_component_state{"));
}

#[test]
fn impact_counts_are_one_series_per_provider_and_cell() {
    let impact = [
        compat_metrics::ImpactCount {
            provider: "libfoo.so.1".into(),
            state: "breaking".into(),
            consumers: 2,
        },
        compat_metrics::ImpactCount {
            provider: "libfoo.so.1".into(),
            state: "ok".into(),
            consumers: 5,
        },
    ];
    let e = compat_metrics::render_with(
        &state(),
        &Options {
            format: Format::Text,
            today: date::days("2027-02-01").unwrap(),
            max_series: 5_000,
        },
        &impact,
    );
    assert_eq!(
        value(
            &e.text,
            "compat_impact_consumers{provider=\"libfoo.so.1\",state=\"breaking\"}"
        )
        .as_deref(),
        Some("2")
    );
    assert_eq!(
        value(
            &e.text,
            "compat_impact_consumers{provider=\"libfoo.so.1\",state=\"ok\"}"
        )
        .as_deref(),
        Some("5")
    );
    // Without an index, no impact family at all.
    assert!(!text_on("2027-02-01").contains("compat_impact_consumers"));
}
