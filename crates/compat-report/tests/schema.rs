//! The JSON report shape is a versioned contract: this test serializes a report
//! with every field populated and compares the set of key paths with
//! `schema/v{SCHEMA_VERSION}.keys`. It also renders reports in every format.

use std::collections::BTreeSet;
use std::path::PathBuf;

use compat_report::{
    render, write_to, Finding, Format, RenderOptions, Report, SarifInclude, Severity, Subject,
    Verdict, RULES, SCHEMA_VERSION,
};
use serde_json::Value;

/// A report with every field of every struct populated (tool version fixed so
/// snapshots do not change on version bumps).
fn populated() -> Report {
    let mut r = Report::new("abi check", vec!["app".into(), "libs/".into()]);
    r.tool.version = "0.0.0-test".into();
    let full = Subject {
        file: Some("app".into()),
        line: Some(3),
        column: Some(1),
        object: Some("app".into()),
        symbol: Some("x_bar".into()),
        demangled: Some("x_bar".into()),
        version: Some("X_1.1".into()),
        library: Some("libx.so.1".into()),
        old_file: Some("old/libx.so.1".into()),
        new_file: Some("new/libx.so.1".into()),
        old_value: Some("8".into()),
        new_value: Some("16".into()),
        chain: vec!["app".into(), "libx.so.1".into()],
        symbols: vec!["x_bar".into(), "x_baz".into()],
        component: Some("app".into()),
        type_name: Some("struct x".into()),
        member: Some("x_len".into()),
        package: Some("example.com/x".into()),
        target: Some("linux/amd64".into()),
        id: Some("W-1".into()),
    };
    r.findings.push(
        Finding::new(
            "ld-version-not-found",
            "version `X_1.1' not found in libx.so.1 (required by app)",
            full,
        )
        .with_group("app|version|libx.so.1|X_1.1"),
    );
    for sym in ["x_bar", "x_baz"] {
        r.findings.push(
            Finding::new(
                "ld-symbol-unresolved",
                format!("undefined symbol: {sym}, version X_1.1 (app)"),
                Subject {
                    file: Some("app".into()),
                    object: Some("app".into()),
                    symbol: Some(sym.into()),
                    version: Some("X_1.1".into()),
                    library: Some("libx.so.1".into()),
                    chain: vec!["app".into()],
                    ..Subject::default()
                },
            )
            .with_group("app|version|libx.so.1|X_1.1"),
        );
    }
    r.findings.push(Finding::new(
        "abi-symbol-binding-weakened",
        "x_weak went from GLOBAL to WEAK",
        Subject {
            symbol: Some("x_weak".into()),
            old_file: Some("old/libx.so.1".into()),
            new_file: Some("new/libx.so.1".into()),
            old_value: Some("GLOBAL".into()),
            new_value: Some("WEAK".into()),
            ..Subject::default()
        },
    ));
    r.findings.push(Finding::new(
        "abi-needed-added",
        "libm.so.6 | is now needed",
        Subject::default(),
    ));
    let mut waived = Finding::new(
        "abi-symbol-removed",
        "x_old was removed",
        Subject {
            symbol: Some("x_old".into()),
            ..Subject::default()
        },
    );
    waived.status = compat_report::Status::Waived;
    waived.waiver = Some("W-1".into());
    waived.promise = Some("semver".into());
    waived.counterexample = Some(serde_json::json!({"name": 5}));
    waived.counterexample_path = Some("/name".into());
    waived.location = Some(compat_report::Location {
        path: "compat.toml".into(),
        line: Some(12),
        column: Some(1),
    });
    r.findings.push(waived);
    r.components.push(compat_report::check::ComponentResult {
        name: "app".into(),
        kind: "elf-program".into(),
        owner: Some("@team".into()),
        state: compat_report::check::State::Breaking,
        baseline: Some("git:v1.0.0:compat/app.abi.json".into()),
        version_from: Some("1.0.0".into()),
        version_to: Some("1.0.1".into()),
        bump: Some(Verdict::Patch),
        verdict: Some(Verdict::Major),
        promises: vec![compat_report::check::PromiseResult {
            name: "semver".into(),
            kind: "semver".into(),
            status: compat_report::check::PromiseStatus::Violated,
            detail: "1.0.0 -> 1.0.1 is a patch release; the changes call for major".into(),
        }],
        summary: compat_report::Summary::default(),
        interface: Some(compat_report::check::InterfaceChange {
            old: 4,
            compatible: 3,
            added: 1,
            removed: 1,
        }),
        soname_from: Some("libx.so.1".into()),
        soname_to: Some("libx.so.2".into()),
    });
    r.waivers.push(compat_report::check::WaiverResult {
        id: "W-1".into(),
        component: Some("app".into()),
        rule: "abi-symbol-removed".into(),
        state: "active".into(),
        owner: "@team".into(),
        reason: "announced".into(),
        expires: "2027-02-28".into(),
        days_left: 30,
        matches: 1,
        at: "compat.toml:12".into(),
        ticket: Some("https://tracker.example/X-1".into()),
        created: Some("2027-01-01".into()),
    });
    r.deprecations
        .push(compat_report::check::DeprecationResult {
            id: "D-1".into(),
            component: "app".into(),
            item: "symbol x_old".into(),
            remove_after: "2027-06-01".into(),
            days_left: 120,
            state: "announced".into(),
            replacement: Some("x_new".into()),
        });
    r.run = Some(compat_report::check::RunInfo {
        now: "2027-01-29".into(),
        config: "compat.toml".into(),
        git_commit: Some("0123abcd".into()),
        project: Some("demo".into()),
        baseline: Some("main".into()),
        config_sha256: Some("ab".repeat(32)),
        started_at: Some("2027-01-29T10:11:12Z".into()),
        finished_at: Some("2027-01-29T10:11:13Z".into()),
        exit_code: Some(1),
        git_ref: Some("main".into()),
        ci_url: Some("https://ci.example/jobs/1".into()),
    });
    r.error("broken.so", "malformed ELF: truncated");
    r.notes.push("checked 1 file; 0 skipped".into());
    r.verdict = Some(Verdict::Patch);
    r.verdict_if_public = Some(Verdict::Major);
    r.finish();
    r
}

fn empty() -> Report {
    let mut r = Report::new("abi diff", Vec::new());
    r.tool.version = "0.0.0-test".into();
    r.finish();
    r
}

/// Every key path in `v`: `a.b` for object keys, `a[]` for array elements.
fn key_paths(v: &Value, prefix: &str, out: &mut BTreeSet<String>) {
    match v {
        Value::Object(map) => {
            for (k, child) in map {
                let p = if prefix.is_empty() {
                    k.clone()
                } else {
                    format!("{prefix}.{k}")
                };
                out.insert(p.clone());
                key_paths(child, &p, out);
            }
        }
        Value::Array(items) => {
            let p = format!("{prefix}[]");
            for child in items {
                out.insert(p.clone());
                key_paths(child, &p, out);
            }
        }
        _ => {}
    }
}

fn keys_file(version: u32) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("schema")
        .join(format!("v{version}.keys"))
}

#[test]
fn keys_file_for_the_current_schema_version_exists() {
    let path = keys_file(SCHEMA_VERSION);
    assert!(
        path.is_file(),
        "{} is missing: every SCHEMA_VERSION needs its schema/vN.keys (documented in docs/report-format.md)",
        path.display()
    );
}

#[test]
fn json_key_set_matches_the_schema_file() {
    let report = populated();
    let json: Value =
        serde_json::from_str(&render(&report, Format::Json, RenderOptions::default())).unwrap();
    assert_eq!(json["schema_version"], SCHEMA_VERSION);
    let mut actual = BTreeSet::new();
    key_paths(&json, "", &mut actual);

    let path = keys_file(SCHEMA_VERSION);
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    let expected: BTreeSet<String> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(str::to_owned)
        .collect();
    if actual != expected {
        let added: Vec<&String> = actual.difference(&expected).collect();
        let removed: Vec<&String> = expected.difference(&actual).collect();
        let all: Vec<&str> = actual.iter().map(String::as_str).collect();
        panic!(
            "the JSON report shape changed: bump compat_report::SCHEMA_VERSION and add schema/vN.keys \
             (and document it in docs/report-format.md)\n  compared with: {}\n  new keys: {added:?}\n  \
             missing keys: {removed:?}\n--- key paths now emitted ---\n{}\n",
            path.display(),
            all.join("\n")
        );
    }
}

#[test]
fn json_round_trips() {
    let report = populated();
    let text = render(&report, Format::Json, RenderOptions::default());
    let back: Report = serde_json::from_str(&text).unwrap();
    assert_eq!(back, report);
}

#[test]
fn json_omits_absent_optional_keys() {
    let json: Value =
        serde_json::from_str(&render(&empty(), Format::Json, RenderOptions::default())).unwrap();
    let obj = json.as_object().unwrap();
    assert!(
        !obj.contains_key("notes") && !obj.contains_key("verdict"),
        "{json}"
    );
    assert_eq!(json["findings"], Value::Array(Vec::new()));
    assert_eq!(json["errors"], Value::Array(Vec::new()));
    let keys: Vec<&str> = json["summary"]
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(
        keys,
        [
            "breaking",
            "warning",
            "info",
            "errors",
            "waived",
            "baselined"
        ]
    );
}

const FORMATS: [Format; 6] = [
    Format::Text,
    Format::Json,
    Format::Sarif,
    Format::Markdown,
    Format::Junit,
    Format::Gitlab,
];

#[test]
fn every_renderer_handles_empty_and_populated_reports() {
    for report in [empty(), populated()] {
        for fmt in FORMATS {
            for color in [false, true] {
                let out = render(
                    &report,
                    fmt,
                    RenderOptions {
                        color,
                        ..RenderOptions::default()
                    },
                );
                assert!(
                    out.ends_with('\n'),
                    "{fmt:?} must end with a newline: {out:?}"
                );
                assert!(!out.trim().is_empty(), "{fmt:?} rendered nothing");
            }
        }
    }
}

#[test]
fn streamed_output_is_the_rendered_output() {
    for report in [empty(), populated()] {
        for fmt in FORMATS {
            for color in [false, true] {
                let opts = RenderOptions {
                    color,
                    ..RenderOptions::default()
                };
                let mut streamed = Vec::new();
                write_to(&report, fmt, opts, &mut streamed).unwrap();
                assert_eq!(
                    String::from_utf8(streamed).unwrap(),
                    render(&report, fmt, opts),
                    "{fmt:?}"
                );
            }
        }
    }
}

#[test]
fn only_coloured_text_has_ansi_escapes() {
    let report = populated();
    for fmt in FORMATS {
        let out = render(
            &report,
            fmt,
            RenderOptions {
                color: false,
                ..RenderOptions::default()
            },
        );
        assert!(
            !out.contains("\x1b["),
            "{fmt:?} without colour has an escape: {out}"
        );
    }
    assert!(render(
        &report,
        Format::Text,
        RenderOptions {
            color: true,
            ..RenderOptions::default()
        }
    )
    .contains("\x1b["));
}

fn sarif(report: &Report) -> Value {
    serde_json::from_str(&render(report, Format::Sarif, RenderOptions::default()))
        .expect("SARIF is JSON")
}

#[test]
fn sarif_is_2_1_0_with_one_result_per_finding() {
    for report in [empty(), populated()] {
        let doc = sarif(&report);
        assert_eq!(doc["version"], "2.1.0");
        let runs = doc["runs"].as_array().unwrap();
        // One run per component (sorted), the findings without one first.
        let mut components: Vec<Option<&str>> = report
            .findings
            .iter()
            .map(|f| f.subject.component.as_deref())
            .collect();
        components.sort();
        components.dedup();
        if components.is_empty() {
            components.push(None);
        }
        let ids: Vec<String> = components
            .iter()
            .map(|c| format!("compat/{}/", c.unwrap_or(&report.command.replace(' ', "-"))))
            .collect();
        let got: Vec<&str> = runs
            .iter()
            .map(|r| r["automationDetails"]["id"].as_str().unwrap())
            .collect();
        assert_eq!(got, ids);
        // Waived findings are left out (code scanning ignores suppressions).
        let mut results = 0;
        for (run, component) in runs.iter().zip(&components) {
            let counted: Vec<&Finding> = report
                .findings
                .iter()
                .filter(|f| f.counts() && f.subject.component.as_deref() == *component)
                .collect();
            let got = run["results"].as_array().unwrap();
            assert_eq!(got.len(), counted.len());
            results += got.len();
            for (res, f) in got.iter().zip(counted) {
                assert_eq!(res["ruleId"], f.rule.as_str());
                assert_eq!(
                    res["partialFingerprints"]["compat/v1"],
                    f.fingerprint.as_str()
                );
                let idx = res["ruleIndex"].as_u64().unwrap() as usize;
                assert_eq!(
                    run["tool"]["driver"]["rules"][idx]["id"],
                    f.rule.as_str(),
                    "ruleIndex must point at the rule's descriptor"
                );
                // Every result is located at a file of the repository.
                let uri = res["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
                    .as_str()
                    .unwrap();
                assert!(!uri.is_empty() && !uri.starts_with('/'), "{res:#}");
            }
            let rules: Vec<&str> = run["tool"]["driver"]["rules"]
                .as_array()
                .unwrap()
                .iter()
                .map(|r| r["id"].as_str().unwrap())
                .collect();
            // Only the rules the run's results reference, once each, in
            // catalog order.
            let mut ids: Vec<&str> = RULES
                .iter()
                .map(|r| r.id)
                .filter(|id| got.iter().any(|res| res["ruleId"] == *id))
                .collect();
            ids.dedup();
            assert_eq!(rules, ids);
            let notes = run["invocations"][0]["toolExecutionNotifications"]
                .as_array()
                .unwrap();
            assert_eq!(notes.len(), report.errors.len());
            assert_eq!(
                run["invocations"][0]["executionSuccessful"],
                report.errors.is_empty()
            );
        }
        assert_eq!(
            results,
            report.findings.iter().filter(|f| f.counts()).count()
        );
    }
}

#[test]
fn sarif_carries_waived_findings_as_suppressed_when_asked() {
    let report = populated();
    let doc: Value = serde_json::from_str(&render(
        &report,
        Format::Sarif,
        RenderOptions {
            sarif_include: SarifInclude::Waived,
            ..RenderOptions::default()
        },
    ))
    .unwrap();
    let results: Vec<&Value> = doc["runs"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|r| r["results"].as_array().unwrap())
        .collect();
    assert_eq!(results.len(), report.findings.len());
    let suppressed: Vec<&&Value> = results
        .iter()
        .filter(|r| r.get("suppressions").is_some())
        .collect();
    assert_eq!(suppressed.len(), 1);
    let r = suppressed[0];
    assert_eq!(r["ruleId"], "abi-symbol-removed");
    assert_eq!(r["suppressions"][0]["kind"], "external");
    assert_eq!(
        r["suppressions"][0]["justification"],
        "waived by W-1 (compat.toml)"
    );
    // Its location is the one the finding carries.
    let physical = &r["locations"][0]["physicalLocation"];
    assert_eq!(physical["artifactLocation"]["uri"], "compat.toml");
    assert_eq!(physical["region"]["startLine"], 12);
}

#[test]
fn sarif_anchors_a_finding_without_a_file_at_the_callers_anchor_else_the_file_named_or_compat_toml()
{
    let mut r = empty();
    r.findings.push(Finding::new(
        "abi-needed-added",
        "libm.so.6 is now needed",
        Subject::default(),
    ));
    r.findings.push(Finding::new(
        "ld-library-not-found",
        "libq.so.1 (needed by /usr/bin/q) cannot be found",
        Subject {
            file: Some("/usr/bin/q".into()),
            library: Some("libq.so.1".into()),
            ..Subject::default()
        },
    ));
    r.finish();
    let uris = |opts: RenderOptions| -> Vec<(String, Option<u64>)> {
        let doc: Value = serde_json::from_str(&render(&r, Format::Sarif, opts)).unwrap();
        doc["runs"][0]["results"]
            .as_array()
            .unwrap()
            .iter()
            .map(|res| {
                let p = &res["locations"][0]["physicalLocation"];
                (
                    p["artifactLocation"]["uri"].as_str().unwrap().to_owned(),
                    p["region"]["startLine"].as_u64(),
                )
            })
            .collect()
    };
    // No file: compat.toml; a file outside the repository: that file.
    assert_eq!(
        uris(RenderOptions::default()),
        [
            ("compat.toml".into(), Some(1)),
            ("file:///usr/bin/q".into(), Some(1))
        ]
    );
    // Under the root: relative to it.
    assert_eq!(
        uris(RenderOptions {
            root: Some("/usr"),
            ..RenderOptions::default()
        })[1],
        ("bin/q".into(), Some(1))
    );
    let anchor = compat_report::Location {
        path: "ci/compat config.toml".into(),
        line: Some(4),
        column: None,
    };
    assert_eq!(
        uris(RenderOptions {
            anchor: Some(&anchor),
            ..RenderOptions::default()
        }),
        [
            ("ci/compat%20config.toml".into(), Some(4)),
            ("ci/compat%20config.toml".into(), Some(4))
        ]
    );
}

/// The indented lines printed under a group head (wording of the fold header is not pinned).
fn folded_lines(text: &str) -> Vec<&str> {
    text.lines()
        .filter(|l| l.starts_with("     "))
        .map(str::trim)
        .collect()
}

#[test]
fn text_folds_grouped_findings() {
    let text = render(&populated(), Format::Text, RenderOptions::default());
    // The head of the group is printed in full ...
    assert!(
        text.contains("breaking[ld-version-not-found]: version `X_1.1' not found"),
        "{text}"
    );
    // ... the rest of the group as folded lines, not as blocks of their own.
    assert!(!text.contains("breaking[ld-symbol-unresolved]"), "{text}");
    assert!(
        !text.contains("undefined symbol: x_bar"),
        "a folded finding's message must not be printed: {text}"
    );
    assert!(
        text.lines().any(|l| l.contains("2 more findings")),
        "{text}"
    );
    let folded = folded_lines(&text);
    assert_eq!(folded.len(), 2, "{text}");
    assert!(
        folded[0].starts_with("breaking") && folded[0].contains("x_bar@X_1.1 in app"),
        "{text}"
    );
    assert!(
        folded[1].starts_with("breaking") && folded[1].contains("x_baz@X_1.1 in app"),
        "{text}"
    );
    // Ungrouped findings get blocks of their own.
    assert!(
        text.contains("warning[abi-symbol-binding-weakened]"),
        "{text}"
    );
    // Info root causes are counted on one line by default ...
    assert!(!text.contains("info[abi-needed-added]"), "{text}");
    assert!(
        text.contains("1 info finding not shown (1 abi-needed-added); --show info lists it"),
        "{text}"
    );
    assert!(
        text.ends_with(
            "3 breaking, 1 warning, 1 info, 1 error, 1 waived; smallest version bump: patch (major if the types the warnings leave undecided are public)\n"
        ),
        "{text}"
    );
    // ... and listed with show = info, after the breaking and warning ones.
    let all = render(&populated(), Format::Text, show(Severity::Info));
    let at = |needle: &str| {
        all.find(needle)
            .unwrap_or_else(|| panic!("no {needle}: {all}"))
    };
    assert!(at("breaking[ld-version-not-found]") < at("warning[abi-symbol-binding-weakened]"));
    assert!(at("warning[abi-symbol-binding-weakened]") < at("info[abi-needed-added]"));
    assert!(!all.contains("not shown"), "{all}");
}

fn show(level: Severity) -> RenderOptions<'static> {
    RenderOptions {
        show: level,
        ..RenderOptions::default()
    }
}

fn verbose() -> RenderOptions<'static> {
    RenderOptions {
        show: Severity::Info,
        verbose: true,
        ..RenderOptions::default()
    }
}

/// A finding of `rule` about the type `ty` reaching `symbols`, in group `type:ty`.
fn type_finding(rule: &str, ty: &str, message: &str, symbols: &[String]) -> Finding {
    Finding::new(
        rule,
        message,
        Subject {
            old_file: Some("old/libt.so".into()),
            new_file: Some("new/libt.so".into()),
            symbols: symbols.to_vec(),
            ..Subject::default()
        },
    )
    .with_group(format!("type:{ty}"))
}

/// `abi diff` of old/libt.so and new/libt.so: two private types changed
/// (info, reaching the same 40 symbols), a public one grew (breaking, listed
/// last in the report) and a symbol was added.
fn type_report() -> Report {
    let mut r = Report::new("abi diff", vec!["old/libt.so".into(), "new/libt.so".into()]);
    let many: Vec<String> = (0..40).map(|i| format!("t_function_{i:02}")).collect();
    let mut f = type_finding(
        "abi-member-removed",
        "struct priv",
        "member a of struct priv was removed; consumers still read it",
        &many,
    );
    f.severity = Severity::Info;
    r.findings.push(f);
    let mut f = type_finding(
        "abi-member-type-changed",
        "struct priv",
        "member b of struct priv changed type from int to long; consumers read it as int",
        &many,
    );
    f.severity = Severity::Info;
    f.subject.new_value = Some("long".into());
    r.findings.push(f);
    let mut f = type_finding(
        "abi-type-size-changed",
        "struct other",
        "struct other changed size from 8 to 16 bytes; consumers use the old size",
        &many,
    );
    f.severity = Severity::Info;
    r.findings.push(f);
    r.findings.push(type_finding(
        "abi-type-size-changed",
        "struct pub",
        "struct pub changed size from 8 to 16 bytes; consumers use the old size",
        &["t_make".to_owned(), "t_use".to_owned()],
    ));
    r.findings.push(Finding::new(
        "abi-symbol-added",
        "t_new (func) was added; compatible",
        Subject {
            symbol: Some("t_new".into()),
            old_file: Some("old/libt.so".into()),
            new_file: Some("new/libt.so".into()),
            ..Subject::default()
        },
    ));
    r.verdict = Some(Verdict::Major);
    r.finish();
    r
}

#[test]
fn text_lists_breaking_first_and_counts_the_info_findings_on_one_line() {
    let text = render(&type_report(), Format::Text, RenderOptions::default());
    assert_eq!(
        text,
        "breaking[abi-type-size-changed]: struct pub changed size from 8 to 16 bytes; consumers use the old size\n\
         \x20  = 2 symbols: t_make, t_use\n\
         4 info findings not shown (1 abi-member-removed, 1 abi-member-type-changed, \
         1 abi-symbol-added, +1 more rule; 3 root causes); --show info lists them, --verbose lists everything in full\n\
         1 breaking, 0 warnings, 4 info, 0 errors; smallest version bump: major\n"
    );
    // Breaking only: the same, nothing else to hide.
    assert_eq!(
        render(&type_report(), Format::Text, show(Severity::Breaking)),
        text
    );
}

#[test]
fn text_with_nothing_above_info_says_so() {
    let mut r = type_report();
    r.findings.retain(|f| f.severity == Severity::Info);
    r.finish();
    let text = render(&r, Format::Text, RenderOptions::default());
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 2, "{text}");
    assert!(
        lines[0].starts_with("nothing breaking, no warnings; 4 info findings not shown ("),
        "{text}"
    );
    assert!(lines[0].ends_with("--show info lists them, --verbose lists everything in full"));
    // A warning hidden by show = breaking is counted too, and named first.
    r.findings.push(Finding::new(
        "abi-symbol-binding-weakened",
        "t_weak went from GLOBAL to WEAK",
        Subject::default(),
    ));
    r.finish();
    let text = render(&r, Format::Text, show(Severity::Breaking));
    // The counts by rule are of findings (4 + 1 here); the number of root
    // causes they fall into comes after them.
    assert!(
        text.starts_with(
            "nothing breaking; 1 warning and 4 info findings not shown (1 abi-member-removed, "
        ),
        "{text}"
    );
    assert!(text.contains(", +2 more rules; 4 root causes); "), "{text}");
    assert!(
        text.contains("--show warning (or info) lists them"),
        "{text}"
    );
    // An empty report has no such line.
    let text = render(&empty(), Format::Text, RenderOptions::default());
    assert_eq!(text, "0 breaking, 0 warnings, 0 info, 0 errors\n");
}

#[test]
fn text_shows_info_shortened_or_in_full() {
    let text = render(&type_report(), Format::Text, show(Severity::Info));
    let lines: Vec<&str> = text.lines().collect();
    assert!(
        lines[0].starts_with("breaking[abi-type-size-changed]: struct pub"),
        "{text}"
    );
    assert!(
        lines[2].starts_with("info[abi-member-removed]: member a of struct priv"),
        "{text}"
    );
    assert_eq!(
        lines[3],
        "   = 40 symbols: t_function_00, t_function_01, t_function_02, t_function_03, \
         t_function_04, t_function_05, ... (+34 more)"
    );
    // The folded finding is shortened to what changed.
    assert_eq!(
        lines[5],
        "     info [abi-member-type-changed] member b of struct priv changed type from int to long"
    );
    // The next root cause reaches the same symbols: not repeated.
    assert!(
        lines[6].starts_with("info[abi-type-size-changed]: struct other"),
        "{text}"
    );
    assert_eq!(lines[7], "   = 40 symbols: the same as above");
    assert_eq!(
        lines[8],
        "info[abi-symbol-added]: t_new (func) was added; compatible"
    );
    assert!(
        !text.contains("not shown") && !text.contains("-->"),
        "{text}"
    );

    // Verbose: every list in full, the compared files under each root cause.
    let full = render(&type_report(), Format::Text, verbose());
    assert!(!full.contains("..."), "{full}");
    assert!(!full.contains("the same as above"), "{full}");
    let all: Vec<String> = (0..40).map(|i| format!("t_function_{i:02}")).collect();
    assert_eq!(
        full.matches(&format!("= 40 symbols: {}\n", all.join(", ")))
            .count(),
        2,
        "{full}"
    );
    assert!(
        full.contains(
            "     info [abi-member-type-changed] member b of struct priv changed type from int to long; consumers read it as int\n"
        ),
        "{full}"
    );
    assert_eq!(
        full.matches("  --> old/libt.so -> new/libt.so\n").count(),
        4,
        "{full}"
    );
}

/// A symbol list counts with its noun (`1 symbol`, `3 symbols`) and names
/// each shown name once: C++ constructor and destructor variants
/// (`_ZN5ShapeD0Ev`, `D1`, `D2`) all read `Shape::~Shape()`. Markdown does
/// the same; the JSON keeps every symbol.
#[test]
fn symbol_lists_count_with_a_noun_and_name_each_shown_name_once() {
    let mut r = empty();
    let symbols: Vec<String> = [
        "_Z10make_shapev",
        "_ZN5ShapeD0Ev",
        "_ZN5ShapeD1Ev",
        "_ZN5ShapeD2Ev",
        "_ZNK5Shape4areaEv",
    ]
    .map(String::from)
    .to_vec();
    for (mangled, shown) in [
        ("_Z10make_shapev", "make_shape()"),
        ("_ZN5ShapeD0Ev", "Shape::~Shape()"),
        ("_ZN5ShapeD1Ev", "Shape::~Shape()"),
        ("_ZN5ShapeD2Ev", "Shape::~Shape()"),
        ("_ZNK5Shape4areaEv", "Shape::area() const"),
    ] {
        r.shown_names.insert(mangled.into(), shown.into());
    }
    r.findings.push(type_finding(
        "abi-type-size-changed",
        "class Shape",
        "class Shape changed size from 8 to 16 bytes; consumers use the old size",
        &symbols,
    ));
    r.findings.push(type_finding(
        "abi-type-size-changed",
        "struct one",
        "struct one changed size from 8 to 16 bytes; consumers use the old size",
        &["_Z10make_shapev".to_owned()],
    ));
    r.finish();
    let text = render(&r, Format::Text, RenderOptions::default());
    assert!(
        text.contains(
            "   = 5 symbols: make_shape(), Shape::~Shape() (3 symbols), Shape::area() const\n"
        ),
        "{text}"
    );
    assert!(text.contains("   = 1 symbol: make_shape()\n"), "{text}");
    let md = render(&r, Format::Markdown, RenderOptions::default());
    assert!(
        md.contains(
            "5 symbols: `make_shape()`, `Shape::~Shape()` (3 symbols), `Shape::area() const`"
        ),
        "{md}"
    );
    let json = render(&r, Format::Json, RenderOptions::default());
    assert!(json.contains("_ZN5ShapeD0Ev") && json.contains("_ZN5ShapeD2Ev"));

    // Cut to the width: what is left out is counted in symbols, so the
    // listed ones and the rest add up to the count in front.
    let mut r = empty();
    let symbols: Vec<String> = (0..12)
        .map(|i| format!("_ZN{i}WD{}Ev", i % 2 + 1))
        .collect();
    for (i, s) in symbols.iter().enumerate() {
        r.shown_names.insert(
            s.clone(),
            format!(
                "a_rather_long_namespace::Widget{:02}::~Widget{:02}()",
                i / 2,
                i / 2
            ),
        );
    }
    r.findings.push(type_finding(
        "abi-type-size-changed",
        "struct w",
        "struct w changed size from 8 to 16 bytes; consumers use the old size",
        &symbols,
    ));
    r.finish();
    let text = render(&r, Format::Text, RenderOptions::default());
    let line = text.lines().find(|l| l.starts_with("   = ")).unwrap();
    assert_eq!(
        line,
        "   = 12 symbols: a_rather_long_namespace::Widget00::~Widget00() (2 symbols), ... (+10 more)",
        "{text}"
    );
}

#[test]
fn text_prints_a_group_at_its_most_severe_finding() {
    let mut r = type_report();
    // An info finding first, the breaking one after it, in one group.
    r.findings[2].group = Some("type:struct pub".into());
    r.finish();
    let text = render(&r, Format::Text, RenderOptions::default());
    assert!(
        text.starts_with(
            "breaking[abi-type-size-changed]: struct pub changed size from 8 to 16 bytes; consumers use the old size\n   \
             = 2 symbols: t_make, t_use\n   = 1 more finding in this group:\n     \
             info [abi-type-size-changed] struct other changed size from 8 to 16 bytes\n"
        ),
        "{text}"
    );
}

#[test]
fn text_cuts_long_folded_lists() {
    let mut r = empty();
    for i in 0..60 {
        r.findings.push(
            Finding::new(
                "ld-symbol-unresolved",
                format!("undefined symbol: s{i}"),
                Subject {
                    symbol: Some(format!("s{i}")),
                    ..Subject::default()
                },
            )
            .with_group("g"),
        );
    }
    r.finish();
    let text = render(&r, Format::Text, RenderOptions::default());
    assert!(
        text.lines().any(|l| l.contains("59 more findings")),
        "{text}"
    );
    assert_eq!(
        folded_lines(&text).len(),
        11,
        "10 folded lines and the cut line: {text}"
    );
    assert!(
        text.contains("     ... (+49 more; --verbose lists them all)\n"),
        "{text}"
    );
    // Verbose: all 59, no cut line.
    let full = render(&r, Format::Text, verbose());
    let folded = folded_lines(&full);
    assert_eq!(folded.len(), 59, "{full}");
    assert!(folded[58].ends_with(" s59"), "{full}");
}

#[test]
fn markdown_has_one_row_per_root_cause() {
    let md = render(&populated(), Format::Markdown, RenderOptions::default());
    assert!(md.starts_with("## compat abi check\n"), "{md}");
    assert!(
        md.contains("| Severity | Rule | Where | Message |\n|---|---|---|---|\n"),
        "{md}"
    );
    let rows = md.lines().filter(|l| {
        l.starts_with("| breaking") || l.starts_with("| warning") || l.starts_with("| info")
    });
    assert_eq!(rows.count(), 3, "{md}");
    assert!(
        md.contains("libm.so.6 \\| is now needed"),
        "pipes in cells must be escaped: {md}"
    );
    assert!(md.contains("### Errors"), "{md}");
}

#[test]
fn markdown_folds_info_rows_and_long_symbol_lists() {
    let md = render(&type_report(), Format::Markdown, RenderOptions::default());
    let (main, info) = md.split_once("<details>\n<summary>").expect("info block");
    // Breaking and warning rows in the open table, info rows folded below.
    assert_eq!(main.matches("\n| breaking |").count(), 1, "{md}");
    assert!(!main.contains("| info |"), "{md}");
    assert!(
        info.starts_with("4 info findings (3 root causes)</summary>\n\n| Severity |"),
        "{md}"
    );
    assert_eq!(info.matches("\n| info |").count(), 3, "{md}");
    assert!(info.contains("\n</details>\n"), "{md}");
    // Every finding is there: the folded one too.
    assert!(info.contains("1 more with the same cause: \\[abi-member-type-changed\\] member b of struct priv changed type from int to long; consumers read it as int |"), "{md}");
    // A long symbol list is folded in its cell, in full; the same list in
    // the next row is not repeated.
    let all: Vec<String> = (0..40).map(|i| format!("`t_function_{i:02}`")).collect();
    assert!(
        info.contains(&format!(
            "<br><details><summary>40 symbols</summary>{}</details>",
            all.join(", ")
        )),
        "{md}"
    );
    assert!(
        info.contains("<br>40 symbols: the same as in the row above"),
        "{md}"
    );
    assert!(main.contains("<br>2 symbols: `t_make`, `t_use`"), "{md}");
    // Nothing above info: said in place of the empty table.
    let mut r = type_report();
    r.findings.retain(|f| f.severity == Severity::Info);
    r.finish();
    let md = render(&r, Format::Markdown, RenderOptions::default());
    assert!(
        md.contains("\n\nNothing breaking, no warnings.\n\n<details>"),
        "{md}"
    );
    assert!(!md.contains("| breaking |"), "{md}");
}

/// SARIF with the catalog-dependent parts (the run's rules with their docs,
/// and `ruleIndex`) replaced, so the snapshot changes only when the rendering of
/// findings changes; `sarif_is_2_1_0_with_one_result_per_finding` checks those parts.
fn sarif_for_snapshot(report: &Report) -> String {
    let mut doc = sarif(report);
    for run in doc["runs"].as_array_mut().unwrap() {
        run["tool"]["driver"]["rules"] = Value::String("[the rule catalog]".into());
        for res in run["results"].as_array_mut().unwrap() {
            res["ruleIndex"] = Value::String("[index in the catalog]".into());
        }
    }
    serde_json::to_string_pretty(&doc).unwrap() + "\n"
}

#[test]
fn snapshot_text() {
    insta::assert_snapshot!(
        "text_populated",
        render(&populated(), Format::Text, RenderOptions::default())
    );
}

#[test]
fn snapshot_json() {
    insta::assert_snapshot!(
        "json_populated",
        render(&populated(), Format::Json, RenderOptions::default())
    );
}

#[test]
fn snapshot_sarif() {
    insta::assert_snapshot!("sarif_populated", sarif_for_snapshot(&populated()));
}

#[test]
fn snapshot_junit() {
    insta::assert_snapshot!(
        "junit_populated",
        render(&populated(), Format::Junit, RenderOptions::default())
    );
}

#[test]
fn snapshot_gitlab() {
    insta::assert_snapshot!(
        "gitlab_populated",
        render(&populated(), Format::Gitlab, RenderOptions::default())
    );
}

#[test]
fn snapshot_markdown() {
    insta::assert_snapshot!(
        "markdown_populated",
        render(&populated(), Format::Markdown, RenderOptions::default())
    );
}

/// Every string of a report carrying terminal controls, bidi overrides and
/// Markdown syntax, in every field the renderers print.
fn hostile_report() -> Report {
    let evil = |what: &str| {
        format!("{what}\x1b]0;pwned\x07\x1b[2J\r\n0 breaking\u{9b}1m\u{202e}\x7f|`<b>*x*")
    };
    let mut r = Report::new("abi check", vec![evil("in"), evil("new")]);
    let subject = Subject {
        file: Some(evil("file")),
        line: Some(1),
        column: Some(2),
        object: Some(evil("object")),
        symbol: Some(evil("symbol")),
        demangled: Some(evil("demangled")),
        version: Some(evil("version")),
        library: Some(evil("library")),
        old_file: Some(evil("old")),
        new_file: Some(evil("new")),
        old_value: Some(evil("oldv")),
        new_value: Some(evil("newv")),
        chain: vec![evil("c1"), evil("c2")],
        symbols: vec![evil("s1"), evil("s2")],
        component: Some(evil("component")),
        type_name: Some(evil("type")),
        member: Some(evil("member")),
        package: Some(evil("package")),
        target: Some(evil("target")),
        id: Some(evil("id")),
    };
    for (rule, group) in [
        ("ld-version-not-found", "g"),
        ("ld-symbol-unresolved", "g"),
        ("abi-symbol-binding-weakened", "w"),
        ("abi-needed-added", "i"),
        ("abi-needed-added", "i"),
    ] {
        r.findings
            .push(Finding::new(rule, evil("message"), subject.clone()).with_group(evil(group)));
    }
    r.error(evil("error-file"), evil("error"));
    r.notes.push(evil("note"));
    r.finish();
    r
}

#[test]
fn text_and_markdown_escape_every_input_string() {
    let r = hostile_report();
    for (format, opts) in [
        (Format::Text, RenderOptions::default()),
        (Format::Text, verbose()),
        (
            Format::Text,
            RenderOptions {
                color: true,
                ..verbose()
            },
        ),
        (Format::Markdown, RenderOptions::default()),
    ] {
        let out = render(&r, format, opts);
        // Colour codes are compat's own; nothing else may be a control.
        let plain = out
            .replace("\x1b[0m", "")
            .replace("\x1b[1m", "")
            .replace("\x1b[2m", "")
            .replace("\x1b[31m", "")
            .replace("\x1b[33m", "")
            .replace("\x1b[36m", "");
        for c in plain.chars() {
            assert!(
                c == '\n' || !(c.is_control() || compat_report::escape::is_bidi_control(c)),
                "{format:?}: raw {c:?} in\n{out}"
            );
        }
        assert!(!out.contains("pwned\x07"), "{out}");
        assert!(
            !out.lines().any(|l| l.starts_with("0 breaking")),
            "a name forged a line:\n{out}"
        );
        for e in [
            "\\x1b]0;pwned\\x07\\x1b[2J",
            "\\u{9b}",
            "\\u{202e}",
            "\\x7f",
        ] {
            assert!(out.contains(e), "{format:?}: no {e} in\n{out}");
        }
        if format == Format::Markdown {
            // One table row per root cause, each with exactly the table's
            // own unescaped pipes, and no raw HTML from the input.
            for row in out
                .lines()
                .filter(|l| l.starts_with("| ") && !l.starts_with("| Severity"))
            {
                let bare = row.replace("\\|", "");
                assert_eq!(bare.matches('|').count(), 5, "{row}");
            }
            // Input HTML is inert: escaped in text, or inside a code span.
            for (i, _) in out.match_indices("<b>") {
                let before = out[..i].chars().next_back();
                assert!(matches!(before, Some('\\' | '`')), "{out}");
            }
        }
    }
    // JSON and SARIF carry the exact strings.
    let json: Report =
        serde_json::from_str(&render(&r, Format::Json, RenderOptions::default())).unwrap();
    assert_eq!(json, r);
    let sarif = render(&r, Format::Sarif, RenderOptions::default());
    assert!(!sarif
        .chars()
        .any(|c| (c.is_control() && c != '\n') || compat_report::escape::is_bidi_control(c)));
    let v: Value = serde_json::from_str(&sarif).unwrap();
    let results = &v["runs"][0]["results"];
    assert_eq!(
        results[0]["message"]["text"],
        r.findings[0].message.as_str()
    );
    // URIs are percent-encoded relative references.
    let uri = results[0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        .as_str()
        .unwrap();
    assert!(uri.starts_with("file%1B%5D0%3Bpwned%07"), "{uri}");
    assert!(
        uri.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-._~/%".contains(&b)),
        "{uri}"
    );

    // GitLab Code Quality: valid JSON, exact strings, no raw control.
    let gitlab = render(&r, Format::Gitlab, RenderOptions::default());
    assert!(!gitlab
        .chars()
        .any(|c| (c.is_control() && c != '\n') || compat_report::escape::is_bidi_control(c)));
    let v: Value = serde_json::from_str(&gitlab).unwrap();
    assert_eq!(v[0]["description"], r.findings[0].message.as_str());
    assert_eq!(
        v[0]["location"]["path"],
        r.findings[0].subject.file.as_deref().unwrap()
    );
    assert_eq!(v.as_array().unwrap().len(), r.findings.len());

    // JUnit: well-formed XML whose every string is the visible escape of the
    // input, no raw control; names unique within a class name.
    let junit = render(&r, Format::Junit, RenderOptions::default());
    for c in junit.chars() {
        assert!(
            c == '\n' || !(c.is_control() || compat_report::escape::is_bidi_control(c)),
            "junit: raw {c:?} in\n{junit}"
        );
    }
    let doc = roxmltree::Document::parse(&junit).unwrap_or_else(|e| panic!("{e}\n{junit}"));
    let visible = compat_report::escape::text(&r.findings[0].message).into_owned();
    let failure = doc
        .descendants()
        .find(|n| n.has_tag_name("failure"))
        .expect("a failure");
    assert_eq!(failure.attribute("message"), Some(visible.as_str()));
    assert!(failure.text().unwrap().contains(&visible), "{junit}");
    let mut names = BTreeSet::new();
    for case in doc.descendants().filter(|n| n.has_tag_name("testcase")) {
        let key = (
            case.attribute("classname").unwrap().to_owned(),
            case.attribute("name").unwrap().to_owned(),
        );
        assert!(names.insert(key.clone()), "{key:?} repeats in\n{junit}");
    }
    // The suite of the hostile component, escaped the same way.
    let component =
        compat_report::escape::text(r.findings[0].subject.component.as_deref().unwrap())
            .into_owned();
    assert!(doc
        .descendants()
        .any(|n| n.has_tag_name("testsuite") && n.attribute("name") == Some(component.as_str())));
    // Five findings (two with one subject and rule: one fingerprint), the
    // component's check, the command's check and the input error.
    assert_eq!(names.len(), 8, "{junit}");
}

#[test]
fn markdown_over_budget_counts_symbol_lists_before_leaving_findings_out() {
    // As SQLite's 3.41.2 -> 3.50.2 diff: dozens of root causes, each with a
    // finding folded under it, each reaching a long list of symbols. Written
    // out, the lists alone pass GitHub's limit; counted, every finding fits.
    let mut r = Report::new("abi diff", vec!["old/libt.so".into(), "new/libt.so".into()]);
    for t in 0..40 {
        // A list of its own per type, so no row repeats the one above.
        let symbols: Vec<String> = (0..600)
            .map(|i| format!("t{t:02}_function_{i:03}"))
            .collect();
        for (rule, what) in [
            ("abi-member-type-changed", "changed type from int to long"),
            ("abi-member-offset-changed", "moved from byte 4 to byte 8"),
        ] {
            let ty = format!("struct t{t:02}");
            let mut f = type_finding(
                rule,
                &ty,
                &format!("member m of {ty} {what}; consumers read it at the old place"),
                &symbols,
            );
            f.severity = Severity::Info;
            r.findings.push(f);
        }
    }
    r.findings.push(type_finding(
        "abi-type-size-changed",
        "struct pub",
        "struct pub changed size from 8 to 16 bytes; consumers use the old size",
        &["t_make".to_owned(), "t_use".to_owned()],
    ));
    r.verdict = Some(Verdict::Major);
    r.finish();
    let md = render(&r, Format::Markdown, RenderOptions::default());
    assert!(md.chars().count() <= compat_report::MARKDOWN_BUDGET, "{md}");
    // A short list is still written out.
    assert!(md.contains("<br>2 symbols: `t_make`, `t_use`"), "{md}");
    assert!(!md.contains("entries left out"), "{md}");
    // Every finding's text is on the page, the lists counted.
    for f in &r.findings {
        let message = f.message.replace('|', "\\|");
        assert!(md.contains(&message), "{} missing: {md}", f.message);
    }
    assert_eq!(md.matches("<br>600 symbols").count(), 40, "{md}");
    assert!(!md.contains("t00_function_000"), "{md}");
    assert!(
        md.ends_with("---\n\nLong symbol lists are counted, not listed, to keep this page within 65536 characters; every symbol is in the JSON report (`--format json`).\n"),
        "{md}"
    );
}

/// A counterexample is made of the schema's own names and values, which
/// may hold what a terminal acts on: text and Markdown show them inert
/// (the JSON's own `\uXXXX` escapes, the path escaped as names are).
#[test]
fn a_hostile_counterexample_is_shown_inert() {
    let mut r = Report::new("schema diff", vec!["old.json".into(), "new.json".into()]);
    let mut f = Finding::new(
        "schema-pattern-extended",
        "#/k: the string pattern changed from ^x$ to none",
        Subject::default(),
    );
    f.counterexample = Some(serde_json::json!({
        "pad": "p".repeat(120),
        "k\u{1b}[2J": "x\u{9b}2J\u{202e}\u{7f}",
    }));
    f.counterexample_path = Some("/k\u{1b}[2J".into());
    r.findings.push(f);
    r.finish();
    for format in [Format::Text, Format::Markdown] {
        let out = render(&r, format, RenderOptions::default());
        assert!(
            !out.chars()
                .any(|c| c != '\n' && compat_report::escape::is_escaped(c) && c != '\\'),
            "{out:?}"
        );
        assert!(out.contains("there:"), "{out}");
    }
    let text = render(&r, Format::Text, RenderOptions::default());
    assert!(
        text.contains("   = there: #/k\\x1b[2J is \"x\\u009b2J\\u202e\\u007f\"\n"),
        "{text}"
    );
    // The CI formats: the same text, in SARIF's message (the property bag
    // carries the document exactly), GitLab's description and JUnit's
    // failure text (with XML's escapes on top, backslashes as they are).
    let inert = |s: &str| {
        !s.chars()
            .any(|c| c != '\n' && compat_report::escape::is_escaped(c) && c != '\\')
    };
    let there = "#/k\\x1b[2J is \"x\\u009b2J\\u202e\\u007f\"";
    let sarif: Value =
        serde_json::from_str(&render(&r, Format::Sarif, RenderOptions::default())).unwrap();
    let result = &sarif["runs"][0]["results"][0];
    let message = result["message"]["text"].as_str().unwrap();
    assert!(inert(message), "{message:?}");
    assert!(
        message.ends_with(&format!("\n\nThere: {there}")),
        "{message}"
    );
    assert_eq!(
        result["properties"]["counterexample"],
        r.findings[0].counterexample.clone().unwrap()
    );
    assert_eq!(result["properties"]["counterexample_path"], "/k\u{1b}[2J");
    let gitlab: Value =
        serde_json::from_str(&render(&r, Format::Gitlab, RenderOptions::default())).unwrap();
    let description = gitlab[0]["description"].as_str().unwrap();
    assert!(inert(description), "{description:?}");
    assert!(
        description.ends_with(&format!("; there: {there}")),
        "{description}"
    );
    let junit = render(&r, Format::Junit, RenderOptions::default());
    assert!(inert(&junit), "{junit:?}");
    assert!(
        junit.contains(&format!(
            "\nthere: {}</failure>",
            there.replace('"', "&quot;")
        )),
        "{junit}"
    );
}

/// A Markdown page over its budget with counterexamples leaves them out
/// first, keeping every finding's row and saying so; a page that fits
/// shows them.
#[test]
fn markdown_leaves_out_counterexamples_before_rows() {
    let mut r = Report::new("openapi diff", vec!["old.json".into(), "new.json".into()]);
    for i in 0..300 {
        let mut f = Finding::new(
            "openapi-response-enum-widened",
            format!("GET /things/{i}: response 200 application/json property status: the allowed values changed"),
            Subject {
                symbol: Some(format!("GET /things/{i}")),
                member: Some("response 200 application/json property status".into()),
                ..Subject::default()
            },
        );
        let mut doc: serde_json::Map<String, Value> = (0..20)
            .map(|k| (format!("field{k:02}"), Value::from("x".repeat(20))))
            .collect();
        doc.insert("status".into(), Value::from("adopted"));
        f.counterexample = Some(Value::Object(doc));
        f.counterexample_path = Some("/status".into());
        r.findings.push(f);
    }
    r.finish();
    let md = render(&r, Format::Markdown, RenderOptions::default());
    assert!(md.chars().count() <= compat_report::MARKDOWN_BUDGET, "{md}");
    assert!(!md.contains("entries left out"), "{md}");
    assert!(
        !md.contains("for example:") && !md.contains("there:"),
        "{md}"
    );
    assert_eq!(md.matches("| warning |").count(), 300, "{md}");
    assert!(
        md.ends_with("---\n\nCounterexamples are left out to keep this page within 65536 characters; every counterexample is in the JSON report (`--format json`).\n"),
        "{md}"
    );
    r.findings.truncate(10);
    r.finish();
    let md = render(&r, Format::Markdown, RenderOptions::default());
    assert_eq!(
        md.matches("<br>there: `#/status` is `\"adopted\"`").count(),
        10,
        "{md}"
    );
    assert!(!md.contains("left out"), "{md}");
}

/// A contract finding's counterexample is shown under it in text: whole when
/// short or with --verbose, else cut with a pointer to --verbose and the
/// value where the difference is; in Markdown, in its cell, likewise.
#[test]
fn text_shows_the_counterexample_under_its_finding() {
    let mut r = Report::new("schema diff", vec!["old.json".into(), "new.json".into()]);
    let mut short = Finding::new(
        "schema-range-narrowed",
        "#/n: the numeric range changed from > 0 to >= 0.1",
        Subject::default(),
    );
    short.counterexample = Some(serde_json::json!({"n": 0.05}));
    let mut long = Finding::new(
        "schema-required-added",
        "#: property \"a\" changed from optional to required",
        Subject::default(),
    );
    let big: serde_json::Map<String, Value> = (0..40)
        .map(|i| (format!("p{i:02}"), Value::from("x\u{1b}")))
        .collect();
    long.counterexample = Some(Value::Object(big.clone()));
    // Where the difference is in the document: when the document is cut,
    // the value there is shown on a line of its own.
    let mut placed = Finding::new(
        "schema-pattern-extended",
        "#/p39: the string pattern changed from ^(.*)$ to none",
        Subject {
            member: Some("#/p39".into()),
            ..Subject::default()
        },
    );
    placed.counterexample = Some(Value::Object(big.clone()));
    placed.counterexample_path = Some("/p39".into());
    short.counterexample_path = Some("/n".into());
    // Cut by fewer characters than "... (--verbose shows it whole)" adds.
    let mut barely = Finding::new(
        "schema-pattern-extended",
        "#/b: the string pattern changed from ^(.*)$ to none",
        Subject::default(),
    );
    barely.counterexample = Some(serde_json::json!({"a": "x".repeat(90), "b": "a\nb"}));
    barely.counterexample_path = Some("/b".into());
    // An OpenAPI finding names its member in words: the place comes from
    // the path alone, never from the member.
    let mut worded = Finding::new(
        "openapi-response-enum-widened",
        "GET /pets: response 200 application/json items[].status: the allowed values changed",
        Subject {
            member: Some("response 200 application/json items[].status".into()),
            ..Subject::default()
        },
    );
    let mut pets: Vec<Value> = (0..9)
        .map(|i| serde_json::json!({"id": i, "status": "sold"}))
        .collect();
    pets.push(serde_json::json!({"id": 9, "status": "adopted"}));
    worded.counterexample = Some(Value::Array(pets));
    worded.counterexample_path = Some("/9/status".into());
    // A member that is a pointer, without a path: nothing is shown.
    let mut unplaced = Finding::new(
        "schema-pattern-extended",
        "#/p00: the string pattern changed from ^(.*)$ to none",
        Subject {
            member: Some("#/p00".into()),
            ..Subject::default()
        },
    );
    unplaced.counterexample = Some(Value::Object(big.clone()));
    // The whole document, or a path that names nothing: nothing either.
    let mut whole_doc = unplaced.clone();
    whole_doc.message = "#: the accepted types changed".into();
    whole_doc.counterexample_path = Some(String::new());
    let mut nowhere = unplaced.clone();
    nowhere.message = "#/q: the accepted types changed".into();
    nowhere.counterexample_path = Some("/q".into());
    r.findings = vec![
        short, long, placed, barely, worded, unplaced, whole_doc, nowhere,
    ];
    r.finish();
    let text = render(&r, Format::Text, RenderOptions::default());
    assert!(
        text.contains("\n   = for example: {\"n\":0.05}\n"),
        "{text}"
    );
    let cut = text
        .lines()
        .find(|l| l.contains("for example: {\"p00\""))
        .unwrap_or_else(|| panic!("{text}"));
    assert!(cut.ends_with("... (--verbose shows it whole)"), "{cut}");
    // Control characters stay escaped, as JSON writes them.
    assert!(cut.contains("x\\u001b") && !cut.contains('\u{1b}'), "{cut}");
    // Only the cut documents with a path that names a part of them get the
    // line; the short one is whole.
    let there: Vec<&str> = text.lines().filter(|l| l.contains("= there:")).collect();
    assert_eq!(
        there,
        [
            "   = there: #/p39 is \"x\\u001b\"",
            "   = there: #/b is \"a\\nb\"",
            "   = there: #/9/status is \"adopted\""
        ],
        "{text}"
    );
    let whole = render(&r, Format::Text, verbose());
    assert!(whole.contains("\"p39\":\"x\\u001b\"}\n"), "{whole}");
    assert!(!whole.contains("--verbose shows it whole"), "{whole}");
    assert!(!whole.contains("= there:"), "{whole}");
    // Markdown shows them as text does, in its cells (it has no --verbose),
    // its backslashes doubled as in every string it shows (escape::text).
    let md = render(&r, Format::Markdown, RenderOptions::default());
    assert!(md.contains("<br>for example: `{\"n\":0.05}` |"), "{md}");
    assert!(
        md.contains("<br>for example: `{\"p00\":\"x\\\\u001b\",") && !md.contains('\u{1b}'),
        "{md}"
    );
    assert!(md.contains("\"p0`…<br>"), "{md}");
    let there: Vec<&str> = md
        .lines()
        .filter_map(|row| row.split_once("<br>there: "))
        .map(|(_, there)| there.trim_end_matches(" |"))
        .collect();
    assert_eq!(
        there,
        [
            "`#/p39` is `\"x\\\\u001b\"`",
            "`#/b` is `\"a\\\\nb\"`",
            "`#/9/status` is `\"adopted\"`"
        ],
        "{md}"
    );
}

/// `compat check`'s own findings (a broken promise, an expiring waiver) name
/// no file, only their line in compat.toml: Markdown's Where says it, as
/// text's `-->` line and GitLab's location do.
#[test]
fn markdown_places_check_findings_at_their_compat_toml_line() {
    let mut r = Report::new("check", vec!["compat.toml".into()]);
    let mut f = Finding::new(
        "policy-semver-violated",
        "tool: 1.0.0 -> 1.0.1 is a patch release",
        Subject {
            component: Some("tool".into()),
            id: Some("semver".into()),
            ..Subject::default()
        },
    );
    f.location = Some(compat_report::Location {
        path: "compat.toml".into(),
        line: Some(29),
        column: None,
    });
    r.findings.push(f);
    let md = render(&r, Format::Markdown, RenderOptions::default());
    assert!(
        md.contains("| breaking | `policy-semver-violated` | `compat.toml:29` | tool: 1.0.0"),
        "{md}"
    );
}

/// A group of `openapi diff` findings is shown at its member said in the
/// fewest words (the first of those); a folded one keeps its operation and
/// the place in it, also where that place is the head's, and whatever
/// reason its message ends with (a webhook's subscribers, not clients): the
/// line says where, the head has said what.
#[test]
fn text_folds_openapi_findings_to_their_operation_and_place() {
    let mut r = Report::new("openapi diff", vec!["old.json".into(), "new.json".into()]);
    let user = "response 200 application/json property user";
    for (op, member, who) in [
        (
            "GET /a",
            "response 200 application/json property team.owner.user",
            "clients'",
        ),
        ("GET /b", user, "clients'"),
        ("GET /c", user, "clients'"),
        (
            "webhook POST d",
            "request body application/json property user",
            "subscribers'",
        ),
    ] {
        let mut f = Finding::new(
            "openapi-response-type-changed",
            format!("{op}: {member}: the accepted types changed from object to null or object: the server may now send documents old {who} schema refuses"),
            Subject {
                symbol: Some(op.into()),
                member: Some(member.into()),
                ..Subject::default()
            },
        );
        f.group = Some("openapi-response-type-changed at x.json#/components/schemas/user".into());
        r.findings.push(f);
    }
    r.finish();
    let text = render(&r, Format::Text, RenderOptions::default());
    assert!(
        text.starts_with("breaking[openapi-response-type-changed]: GET /b: response 200 application/json property user: the accepted types changed"),
        "{text}"
    );
    assert_eq!(
        folded_lines(&text),
        [
            "breaking [openapi-response-type-changed] GET /a: response 200 application/json property team.owner.user",
            "breaking [openapi-response-type-changed] GET /c: response 200 application/json property user",
            "breaking [openapi-response-type-changed] webhook POST d: request body application/json property user",
        ],
        "{text}"
    );
}
