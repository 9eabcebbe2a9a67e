//! Every `openapi-*` rule, both ways, from `fixtures/rules.json`: old -> new
//! reports the rule; new -> old does not (unless the change is its own
//! reverse); each side against itself reports nothing.

mod common;

use serde_json::Value;

fn cases() -> Vec<Value> {
    let text = include_str!("fixtures/rules.json");
    let all: Value = serde_json::from_str(text).unwrap();
    all["cases"].as_array().unwrap().clone()
}

#[test]
fn every_rule_fires_one_way_and_each_side_alone_finds_nothing() {
    let mut bad = Vec::new();
    for case in cases() {
        let rule = case["rule"].as_str().unwrap();
        let old = common::spec(&case["old"]);
        let new = common::spec(&case["new"]);
        let forward = common::diff(&old, &new);
        assert!(forward.errors.is_empty(), "{rule}: {:?}", forward.errors);
        if !common::rules(&forward).contains(&rule) {
            bad.push(format!(
                "{rule}: not reported old -> new: {:?}",
                common::rules(&forward)
            ));
        }
        let backward = common::diff(&new, &old);
        let symmetric = case["symmetric"].as_bool().unwrap_or(false);
        if common::rules(&backward).contains(&rule) != symmetric {
            bad.push(format!(
                "{rule}: new -> old gives {:?}",
                common::rules(&backward)
            ));
        }
        for (side, v) in [("old", &old), ("new", &new)] {
            let same = common::diff(v, v);
            if !same.findings.is_empty() {
                bad.push(format!(
                    "{rule}: {side} against itself: {:?}",
                    common::rules(&same)
                ));
            }
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

#[test]
fn every_openapi_rule_has_a_case() {
    let covered: Vec<String> = cases()
        .iter()
        .map(|c| c["rule"].as_str().unwrap().to_owned())
        .collect();
    let missing: Vec<&str> = compat_report::RULES
        .iter()
        .filter(|r| r.id.starts_with("openapi-") && !covered.iter().any(|c| c == r.id))
        .map(|r| r.id)
        .collect();
    assert!(missing.is_empty(), "no fixture case for {missing:?}");
}
