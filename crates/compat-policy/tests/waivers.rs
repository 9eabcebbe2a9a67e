//! Waivers against findings on given dates: the expiry turns the build red on
//! the day after `expires` (GOVERNANCE.md 6.11 item 3), unused and
//! overused waivers are reported, selectors match structured subjects only;
//! a consumer-scoped waiver of `compat impact` is never unused in a check.

use std::collections::BTreeSet;
use std::path::Path;

use compat_config::{parse, Date};
use compat_policy::waivers::Waivers;
use compat_report::{Finding, Severity, Status, Subject};

const CONFIG: &str = r#"version = 1
[project]
name = "p"

[policy]
waiver_warn_days = 14
max_waiver_days = 180

[component.libsqlite3]
kind = "elf-library"
owner = "@db"
artifact = "lib/libsqlite3.so"

[[waiver]]
id = "W-1"
component = "libsqlite3"
rule = "abi-type-size-changed"
subject = { type = "struct sqlite3_module" }
reason = "grows at the end; iVersion guards the new members"
owner = "@db-team"
created = 2026-09-01
expires = 2027-02-28
"#;

fn grown() -> Finding {
    let mut f = Finding::new(
        "abi-type-size-changed",
        "struct sqlite3_module changed size from 192 to 208 bytes",
        Subject {
            component: Some("libsqlite3".into()),
            type_name: Some("struct sqlite3_module".into()),
            ..Subject::default()
        },
    );
    f.fingerprint = compat_report::fingerprint::fingerprint(&f.rule, "", &f.subject, &[]);
    f
}

/// The finding after waivers on `now`, and the waivers' own findings.
fn run(config: &str, now: &str, mut findings: Vec<Finding>) -> (Vec<Finding>, Vec<Finding>) {
    let config = parse(config, Path::new("compat.toml")).expect("valid config");
    let cwd = std::env::current_dir().unwrap();
    let mut w = Waivers::new(&config, Date::parse(now).unwrap(), &cwd);
    w.apply(&mut findings);
    let checked: BTreeSet<String> = ["libsqlite3".to_owned()].into();
    let (own, _) = w.finish(&checked, true);
    (findings, own)
}

fn rules(fs: &[Finding]) -> Vec<(&str, Severity)> {
    fs.iter().map(|f| (f.rule.as_str(), f.severity)).collect()
}

#[test]
fn fifteen_days_before_expiry_nothing_is_said() {
    let (f, own) = run(CONFIG, "2027-02-13", vec![grown()]);
    assert_eq!(f[0].status, Status::Waived);
    assert_eq!(f[0].waiver.as_deref(), Some("W-1"));
    assert_eq!(f[0].severity, Severity::Breaking, "keeps its severity");
    assert!(own.is_empty(), "{own:?}");
}

#[test]
fn fourteen_days_before_expiry_it_is_expiring() {
    let (f, own) = run(CONFIG, "2027-02-14", vec![grown()]);
    assert_eq!(f[0].status, Status::Waived);
    assert_eq!(rules(&own), [("policy-waiver-expiring", Severity::Warning)]);
    assert!(
        own[0].message.contains("expires in 14 days"),
        "{}",
        own[0].message
    );
    assert!(own[0].message.contains("@db-team"), "{}", own[0].message);
    assert!(
        own[0]
            .message
            .contains("the 1 finding it accepts fails the build"),
        "{}",
        own[0].message
    );
    let (_, two) = run(CONFIG, "2027-02-14", vec![grown(), grown()]);
    assert!(
        two[0]
            .message
            .contains("the 2 findings it accepts fail the build"),
        "{}",
        two[0].message
    );
    let at = own[0].location.as_ref().unwrap();
    assert_eq!((at.path.as_str(), at.line), ("compat.toml", Some(14)));
}

#[test]
fn the_expiry_day_is_inclusive() {
    let (f, own) = run(CONFIG, "2027-02-28", vec![grown()]);
    assert_eq!(f[0].status, Status::Waived);
    assert_eq!(rules(&own), [("policy-waiver-expiring", Severity::Warning)]);
    assert!(
        own[0].message.contains("expires today"),
        "{}",
        own[0].message
    );
}

#[test]
fn the_day_after_expiry_the_finding_is_back_and_the_waiver_is_breaking() {
    let (f, own) = run(CONFIG, "2027-03-01", vec![grown()]);
    assert_eq!(f[0].status, Status::New);
    assert_eq!(f[0].waiver, None);
    assert_eq!(rules(&own), [("policy-waiver-expired", Severity::Breaking)]);
    assert!(
        own[0].message.contains(
            "still matches 1 finding, which is reported again with its own severity; fix it,"
        ),
        "{}",
        own[0].message
    );
    let (_, own) = run(CONFIG, "2027-03-01", vec![grown(), grown()]);
    assert!(
        own[0].message.contains(
            "still matches 2 findings, which are reported again with their own severity; fix them,"
        ),
        "{}",
        own[0].message
    );
}

#[test]
fn an_expired_waiver_matching_nothing_is_a_warning() {
    let (_, own) = run(CONFIG, "2027-03-01", vec![]);
    assert_eq!(rules(&own), [("policy-waiver-expired", Severity::Warning)]);
}

#[test]
fn an_unused_waiver_is_reported_and_error_makes_it_breaking() {
    let (_, own) = run(CONFIG, "2027-01-01", vec![]);
    assert_eq!(rules(&own), [("policy-waiver-unused", Severity::Warning)]);
    let strict = CONFIG.replace(
        "max_waiver_days = 180",
        "max_waiver_days = 180\nunused_waivers = \"error\"",
    );
    let (_, own) = run(&strict, "2027-01-01", vec![]);
    assert_eq!(rules(&own), [("policy-waiver-unused", Severity::Breaking)]);
}

#[test]
fn a_waiver_beyond_the_horizon_is_too_long() {
    let (_, own) = run(CONFIG, "2026-08-01", vec![grown()]);
    assert_eq!(
        rules(&own),
        [("policy-waiver-too-long", Severity::Breaking)]
    );
}

#[test]
fn other_subjects_rules_and_components_are_not_waived() {
    let mut other_type = grown();
    other_type.subject.type_name = Some("struct sqlite3_vfs".into());
    let mut other_rule = grown();
    other_rule.rule = "abi-member-offset-changed".into();
    let mut other_component = grown();
    other_component.subject.component = Some("libfoo".into());
    let (f, _) = run(
        CONFIG,
        "2027-01-01",
        vec![other_type, other_rule, other_component],
    );
    assert!(f.iter().all(|f| f.status == Status::New));
}

#[test]
fn a_type_selector_reads_class_as_struct_both_ways() {
    // compat names a C++ class as its source declares it (`class X`); a
    // waiver written before, or by hand, with `struct X` still selects it,
    // and one with `class X` a finding that says `struct X`.
    let class = |name: &str| {
        let mut f = grown();
        f.subject.type_name = Some(name.into());
        f
    };
    let (f, own) = run(CONFIG, "2027-01-01", vec![class("class sqlite3_module")]);
    assert_eq!(f[0].status, Status::Waived);
    assert!(own.is_empty(), "{own:?}");
    let by_class = CONFIG.replace(
        "type = \"struct sqlite3_module\"",
        "type = \"class sqlite3_module\"",
    );
    let (f, _) = run(
        &by_class,
        "2027-01-01",
        vec![grown(), class("class sqlite3_vfs")],
    );
    assert_eq!(f[0].status, Status::Waived);
    assert_eq!(f[1].status, Status::New);
}

#[test]
fn a_fingerprint_selects_exactly_one_subject() {
    let fp = grown().fingerprint;
    let config = CONFIG.replace(
        "subject = { type = \"struct sqlite3_module\" }",
        &format!("fingerprint = \"{fp}\""),
    );
    let mut other = grown();
    other.subject.type_name = Some("struct sqlite3_vfs".into());
    other.fingerprint =
        compat_report::fingerprint::fingerprint(&other.rule, "", &other.subject, &[]);
    let (f, own) = run(&config, "2027-01-01", vec![grown(), other]);
    assert_eq!(f[0].status, Status::Waived);
    assert_eq!(f[1].status, Status::New);
    assert!(own.is_empty(), "{own:?}");
}

#[test]
fn max_matches_waives_that_many_and_reports_the_rest() {
    let config = CONFIG.replace(
        "expires = 2027-02-28",
        "expires = 2027-02-28\nmax_matches = 1",
    );
    let (f, own) = run(&config, "2027-01-01", vec![grown(), grown()]);
    assert_eq!(f[0].status, Status::Waived);
    assert_eq!(f[1].status, Status::New);
    assert_eq!(
        rules(&own),
        [("policy-waiver-exceeded", Severity::Breaking)]
    );
}

/// A consumer-scoped waiver of `compat impact`'s finding (GOVERNANCE.md 6.8)
/// beside the library's own waiver.
const IMPACT: &str = r#"
[[waiver]]
id = "W-GONE"
rule = "impact-symbol-missing"
subject = { object = "app-gone", symbol = "demo_gone" }
reason = "app-gone is retired with this release"
owner = "@apps"
expires = 2027-02-28
"#;

#[test]
fn an_impact_waiver_is_judged_by_its_days_never_unused() {
    let config = format!("{CONFIG}{IMPACT}");
    // The library's waiver is used; the impact waiver matches nothing a
    // check makes, and is not reported for it.
    let (_, own) = run(&config, "2027-01-01", vec![grown()]);
    assert!(own.is_empty(), "{own:?}");
    let parsed = parse(&config, Path::new("compat.toml")).unwrap();
    let cwd = std::env::current_dir().unwrap();
    let mut w = Waivers::new(&parsed, Date::parse("2027-01-01").unwrap(), &cwd);
    w.apply(&mut [grown()]);
    let (_, states) = w.finish(&["libsqlite3".to_owned()].into(), true);
    let gone = states.iter().find(|s| s.id == "W-GONE").unwrap();
    assert_eq!((gone.state.as_str(), gone.matches), ("active", 0));
    // Expiring and expired as any other waiver, with words for its cells.
    let (_, own) = run(&config, "2027-02-20", vec![grown()]);
    assert_eq!(
        rules(&own),
        [
            ("policy-waiver-expiring", Severity::Warning),
            ("policy-waiver-expiring", Severity::Warning)
        ]
    );
    assert!(
        own[1].message.contains("W-GONE") && own[1].message.contains("compat impact count again"),
        "{}",
        own[1].message
    );
    let (_, own) = run(&config, "2027-03-01", vec![]);
    let gone: Vec<&Finding> = own
        .iter()
        .filter(|f| f.message.contains("W-GONE"))
        .collect();
    assert_eq!(
        rules(&own[1..]),
        [("policy-waiver-expired", Severity::Warning)]
    );
    assert!(
        gone.len() == 1 && gone[0].message.contains("no longer applies it"),
        "{own:?}"
    );
    // The library's waiver, unused, is still reported; the impact waiver is not.
    let (_, own) = run(&config, "2027-01-01", vec![]);
    assert_eq!(rules(&own), [("policy-waiver-unused", Severity::Warning)]);
}
