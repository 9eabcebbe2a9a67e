//! Every finding carries the file, line and column of its element: in the
//! new description, or in the old one for what was removed; in the file of
//! a multi-file description that holds it; YAML as JSON.

mod common;

use compat_openapi::Input;
use serde_json::Value;

/// Rules about an element only the old description has (a removed
/// property: the property itself, in the old schema).
fn in_old(rule: &str) -> bool {
    [
        "openapi-operation-removed",
        "openapi-parameter-removed",
        "openapi-response-success-removed",
        "openapi-response-status-removed",
        "openapi-response-header-removed",
        "openapi-response-media-type-removed",
        "openapi-request-media-type-removed",
        "openapi-request-body-removed",
        "openapi-security-scheme-removed",
        "openapi-server-removed",
        "openapi-callback-removed",
        "openapi-webhook-removed",
        "openapi-request-property-removed",
        "openapi-response-property-removed",
        "openapi-property-removed",
    ]
    .iter()
    .any(|r| rule.starts_with(r))
}

#[test]
fn every_rule_case_points_at_its_element_in_the_right_file() {
    let all: Value = serde_json::from_str(include_str!("fixtures/rules.json")).unwrap();
    let mut bad = Vec::new();
    let mut located = 0;
    for case in all["cases"].as_array().unwrap() {
        let rule = case["rule"].as_str().unwrap();
        let pretty = |v: &Value| serde_json::to_string_pretty(&common::spec(v)).unwrap();
        let (old, new) = (pretty(&case["old"]), pretty(&case["new"]));
        let mem = common::Mem::default()
            .text("old.json", &old)
            .text("new.json", &new);
        let input = |p: &str| Input {
            source: &mem,
            path: p.into(),
        };
        let r =
            compat_openapi::diff_files(&input("old.json"), &input("new.json"), &common::options());
        for f in r.findings.iter().filter(|f| f.rule == rule) {
            let Some(l) = &f.location else {
                bad.push(format!("{rule}: no location"));
                continue;
            };
            let want = if in_old(rule) { "old.json" } else { "new.json" };
            if l.path != want {
                bad.push(format!("{rule}: in {} (wanted {want})", l.path));
                continue;
            }
            let text = if want == "old.json" { &old } else { &new };
            let (line, column) = (l.line.unwrap_or(0), l.column.unwrap_or(0));
            let at = text
                .lines()
                .nth(line as usize - 1)
                .and_then(|t| t.get(column as usize - 1..))
                .unwrap_or("");
            // A member's key, or an item's value.
            if !at.starts_with(['"', '{', '[']) {
                bad.push(format!("{rule}: {line}:{column} is {at:?}"));
            }
            located += 1;
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
    assert!(located >= 50, "only {located} findings located");
}

#[test]
fn an_element_is_found_in_its_own_file_and_yaml_has_lines() {
    let main = "openapi: 3.0.3\ninfo:\n  title: pets\n  version: '1'\npaths:\n  /pets:\n    get:\n      parameters:\n        - $ref: 'common.yaml#/limit'\n      responses:\n        '200':\n          description: ok\n          content:\n            application/json:\n              schema:\n                $ref: 'common.yaml#/Pet'\n";
    let common_old = "limit:\n  name: limit\n  in: query\n  schema:\n    type: integer\nPet:\n  type: object\n  required: [name]\n  properties:\n    name:\n      type: string\n";
    let common_new = "# the shared parts\nlimit:\n  name: limit\n  in: query\n  required: true\n  schema:\n    type: integer\nPet:\n  type: object\n  properties:\n    name:\n      type: string\n";
    let mem = common::Mem::default()
        .text("old/api.yaml", main)
        .text("old/common.yaml", common_old)
        .text(
            "new/api.yaml",
            &main.replace("    get:", "    get:\n      deprecated: true"),
        )
        .text("new/common.yaml", common_new);
    let input = |p: &str| Input {
        source: &mem,
        path: p.into(),
    };
    let r = compat_openapi::diff_files(
        &input("old/api.yaml"),
        &input("new/api.yaml"),
        &common::options(),
    );
    assert!(r.errors.is_empty(), "{:?}", r.errors);
    let at = |rule: &str| {
        let f = r
            .findings
            .iter()
            .find(|f| f.rule == rule)
            .unwrap_or_else(|| panic!("no {rule}: {:?}", common::rules(&r)));
        let l = f
            .location
            .as_ref()
            .unwrap_or_else(|| panic!("{rule}: no location"));
        (l.path.as_str(), l.line, l.column)
    };
    // The parameter as its reference leads to it, in the shared file.
    assert_eq!(
        at("openapi-parameter-became-required"),
        ("new/common.yaml", Some(2), Some(1))
    );
    // The schema whose property became optional: `Pet` in the shared file.
    assert_eq!(
        at("openapi-response-property-optional"),
        ("new/common.yaml", Some(8), Some(1))
    );
    // The operation, in the main file.
    assert_eq!(
        at("openapi-operation-deprecated"),
        ("new/api.yaml", Some(7), Some(5))
    );
}

#[test]
fn without_the_changelog_only_listed_findings_are_located_and_at_the_same_lines() {
    let all: Value = serde_json::from_str(include_str!("fixtures/rules.json")).unwrap();
    let mut compared = 0;
    for case in all["cases"].as_array().unwrap() {
        let pretty = |v: &Value| serde_json::to_string_pretty(&common::spec(v)).unwrap();
        let mem = common::Mem::default()
            .text("old.json", &pretty(&case["old"]))
            .text("new.json", &pretty(&case["new"]));
        let input = |p: &str| Input {
            source: &mem,
            path: p.into(),
        };
        let with = common::options();
        let mut without = common::options();
        without.changelog = false;
        let all = compat_openapi::diff_files(&input("old.json"), &input("new.json"), &with);
        let listed = compat_openapi::diff_files(&input("old.json"), &input("new.json"), &without);
        let key = |f: &compat_report::Finding| serde_json::to_string(&f.subject).unwrap() + &f.rule;
        for f in &listed.findings {
            let same = all
                .findings
                .iter()
                .find(|g| key(g) == key(f))
                .unwrap_or_else(|| panic!("{}: not in the changelog's report", f.rule));
            assert_eq!(f.location, same.location, "{}", f.rule);
            compared += usize::from(f.location.is_some());
        }
    }
    assert!(compared >= 30, "only {compared} located findings compared");
}
