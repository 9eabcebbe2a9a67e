//! Editing in place: pruning removes exactly the waiver tables (and the
//! comments directly above them), renewing changes only the `expires` and
//! `reason` values, appending adds a table at the end; every other line
//! stays byte for byte.

use std::collections::BTreeMap;
use std::path::Path;

use compat_config::edit::{append_waiver, remove_waivers, renew_waiver, NewWaiver};
use compat_config::{Date, EditError};

const EXAMPLE: &str = include_str!("fixtures/governance-example.toml");

fn lines(text: &str) -> Vec<&str> {
    text.split_inclusive('\n').collect()
}

/// `text` without the 1-based lines `from..=to`.
fn without(text: &str, from: usize, to: usize) -> String {
    lines(text)
        .iter()
        .enumerate()
        .filter(|(i, _)| !(from..=to).contains(&(i + 1)))
        .map(|(_, l)| *l)
        .collect()
}

fn date(s: &str) -> Date {
    Date::parse(s).expect("date")
}

fn ids(text: &str) -> Vec<String> {
    let c = compat_config::parse(text, Path::new("compat.toml")).unwrap_or_else(|e| panic!("{e}"));
    c.waivers.into_iter().map(|w| w.id).collect()
}

#[test]
fn prune_first_waiver_removes_its_lines_only() {
    let out = remove_waivers(EXAMPLE, &["W-2026-014"]).expect("removed");
    // Lines 90-101: the comment directly above, the table, the blank line after.
    assert_eq!(out, without(EXAMPLE, 90, 101));
    assert_eq!(ids(&out), ["W-2026-020"]);
}

#[test]
fn prune_second_waiver_keeps_the_next_sections_comment() {
    let out = remove_waivers(EXAMPLE, &["W-2026-020"]).expect("removed");
    assert_eq!(out, without(EXAMPLE, 102, 113));
    assert!(out.contains("# ---- deprecations: the registry"));
    assert_eq!(ids(&out), ["W-2026-014"]);
}

#[test]
fn prune_both() {
    let out = remove_waivers(EXAMPLE, &["W-2026-020", "W-2026-014"]).expect("removed");
    assert_eq!(out, without(EXAMPLE, 90, 113));
    assert!(ids(&out).is_empty());
    // What is left is every other line, in order, unchanged.
    let kept = lines(&out);
    let original = lines(EXAMPLE);
    assert_eq!(kept.len(), original.len() - 24);
    assert!(kept.iter().all(|l| original.contains(l)));
}

#[test]
fn prune_at_end_of_file_takes_the_blank_lines_before() {
    let text = "version = 1\n\n[[waiver]]\nid = \"A\"\n\n# about B\n[[waiver]] # trailing\nid = \"B\"\nsubject.symbol = \"x\"\n\n";
    assert_eq!(
        remove_waivers(text, &["B"]).expect("removed"),
        "version = 1\n\n[[waiver]]\nid = \"A\"\n"
    );
    assert_eq!(
        remove_waivers(text, &["A"]).expect("removed"),
        "version = 1\n\n# about B\n[[waiver]] # trailing\nid = \"B\"\nsubject.symbol = \"x\"\n\n"
    );
}

#[test]
fn prune_takes_subtables_and_respects_multiline_strings() {
    let text = "[[waiver]]\nid = \"A\"\nreason = \"\"\"\nline\n# not a comment\"\"\"\n[waiver.subject]\nsymbol = \"a\"\n\n[[waiver]]\nid = \"B\"\nreason = '''\n# text, not a comment\n\n'''\n[[waiver]]\nid = \"C\"\n";
    assert_eq!(
        remove_waivers(text, &["A"]).expect("removed"),
        "[[waiver]]\nid = \"B\"\nreason = '''\n# text, not a comment\n\n'''\n[[waiver]]\nid = \"C\"\n"
    );
    assert_eq!(
        remove_waivers(text, &["B"]).expect("removed"),
        "[[waiver]]\nid = \"A\"\nreason = \"\"\"\nline\n# not a comment\"\"\"\n[waiver.subject]\nsymbol = \"a\"\n\n[[waiver]]\nid = \"C\"\n"
    );
}

#[test]
fn prune_errors() {
    assert_eq!(
        remove_waivers(EXAMPLE, &["W-404"]),
        Err(EditError::NoSuchWaiver("W-404".into()))
    );
    assert!(matches!(
        remove_waivers("waiver = [{ id = \"A\" }]\n", &["A"]),
        Err(EditError::Unsupported { .. })
    ));
    assert!(matches!(
        remove_waivers("[[waiver]\n", &["A"]),
        Err(EditError::Syntax(_))
    ));
}

#[test]
fn renew_changes_only_expires_and_reason() {
    let out = renew_waiver(
        EXAMPLE,
        "W-2026-014",
        date("2027-06-30"),
        Some("still needed: \"consumers\" not yet rebuilt"),
    )
    .expect("renewed");
    let before = lines(EXAMPLE);
    let after = lines(&out);
    assert_eq!(before.len(), after.len());
    let changed: Vec<usize> = (0..before.len())
        .filter(|&i| before[i] != after[i])
        .map(|i| i + 1)
        .collect();
    assert_eq!(changed, [96, 100]);
    assert_eq!(
        after[99],
        "expires = 2027-06-30                                # last day it applies (UTC, inclusive)\n"
    );
    assert_eq!(
        after[95],
        "reason = 'still needed: \"consumers\" not yet rebuilt'\n"
    );
    let config = compat_config::parse(&out, Path::new("compat.toml")).expect("valid");
    let w = config.waiver("W-2026-014").expect("waiver");
    assert_eq!(w.expires, date("2027-06-30"));
    assert_eq!(w.reason, "still needed: \"consumers\" not yet rebuilt");
    assert_eq!(
        config.waiver("W-2026-020").expect("other").expires,
        date("2027-03-31")
    );

    // Without a reason only the expires line changes.
    let out = renew_waiver(EXAMPLE, "W-2026-020", date("2027-04-30"), None).expect("renewed");
    let changed: Vec<usize> = lines(EXAMPLE)
        .iter()
        .zip(lines(&out))
        .enumerate()
        .filter(|(_, (a, b))| *a != b)
        .map(|(i, _)| i + 1)
        .collect();
    assert_eq!(changed, [111]);
    assert_eq!(
        renew_waiver(EXAMPLE, "nope", date("2027-04-30"), None),
        Err(EditError::NoSuchWaiver("nope".into()))
    );
}

#[test]
fn append_adds_a_table_at_the_end() {
    let waiver = NewWaiver {
        id: "W-2026-031".into(),
        component: Some("libavcodec".into()),
        rule: "abi-symbol-removed".into(),
        subject: BTreeMap::from([
            ("symbol".to_owned(), "av_old".to_owned()),
            ("version".to_owned(), "LIBAVCODEC_60".to_owned()),
        ]),
        fingerprint: None,
        reason: "accepted with 61.0.0: \"major\" release".into(),
        owner: "dev@example.com".into(),
        ticket: None,
        created: Some(date("2026-11-01")),
        expires: date("2027-04-30"),
        until_version: Some("61.0.0".into()),
        max_matches: Some(1),
    };
    let out = append_waiver(EXAMPLE, &waiver);
    assert!(out.starts_with(EXAMPLE));
    assert_eq!(
        &out[EXAMPLE.len()..],
        "\n[[waiver]]\nid = \"W-2026-031\"\ncomponent = \"libavcodec\"\nrule = \"abi-symbol-removed\"\nsubject = { symbol = \"av_old\", version = \"LIBAVCODEC_60\" }\nreason = 'accepted with 61.0.0: \"major\" release'\nowner = \"dev@example.com\"\ncreated = 2026-11-01\nexpires = 2027-04-30\nuntil_version = \"61.0.0\"\nmax_matches = 1\n"
    );
    let config = compat_config::parse(&out, Path::new("compat.toml")).expect("valid");
    let w = config.waiver("W-2026-031").expect("appended");
    assert_eq!(w.expires, date("2027-04-30"));
    assert_eq!(w.subject["version"], "LIBAVCODEC_60");
    // Appending to a file without a final newline, and to an empty one.
    assert_eq!(
        append_waiver("version = 1", &waiver).lines().nth(2),
        Some("[[waiver]]")
    );
    assert!(append_waiver("", &waiver).starts_with("[[waiver]]\n"));
}
