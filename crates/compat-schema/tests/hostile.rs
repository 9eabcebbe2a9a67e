//! Inputs the fuzz target `schema_diff` found taking minutes or gigabytes
//! (issue 12), each compared both ways: what they report, within a few
//! seconds. Their reproducers are in the fuzz corpus
//! (`scripts/fuzz-contract-seeds.py`).

use std::time::{Duration, Instant};

use compat_report::Severity;
use compat_schema::{compare, Direction, Options, SchemaDoc};
use serde_json::{json, Value};

/// The rules of `old` against `new` in each direction, the longest direction's time, and what the
/// changes said (for the messages of failed assertions).
fn both_ways(old: Value, new: Value) -> (Vec<String>, Vec<String>, Duration, String) {
    let (old, new) = (
        SchemaDoc::from_value(old).unwrap(),
        SchemaDoc::from_value(new).unwrap(),
    );
    let mut slowest = Duration::ZERO;
    let mut rules = Vec::new();
    let mut said = String::new();
    for dir in [Direction::Backward, Direction::Forward] {
        let started = Instant::now();
        let changes = compare(&old, "", &new, "", dir, &Options::default()).unwrap();
        slowest = slowest.max(started.elapsed());
        for c in &changes {
            if c.severity == Severity::Breaking {
                assert!(
                    c.counterexample.is_some(),
                    "{} without a counterexample",
                    c.rule
                );
            }
        }
        for c in &changes {
            said.push_str(&format!("\n{dir:?}: {}: {:.300}", c.rule, c.message));
        }
        let mut r: Vec<String> = changes.iter().map(|c| c.rule.to_owned()).collect();
        r.sort();
        r.dedup();
        rules.push(r);
    }
    let forward = rules.pop().unwrap();
    let backward = rules.pop().unwrap();
    (backward, forward, slowest, said)
}

/// Generous for a debug build on a loaded machine; each input took
/// minutes (or was killed) before its fix.
const BOUND: Duration = Duration::from_secs(30);

/// An enum of 100,000 values against a range: each value was checked
/// against its own enum by a scan of it (5·10⁹ comparisons, 28 s in a
/// release build); the enum is now looked in through an index.
#[test]
fn an_enum_of_100000_values_is_compared_value_by_value_in_seconds() {
    let values: Vec<Value> = (0..100_000).map(|i| json!(i)).collect();
    let range = json!({"type": "integer", "minimum": 0, "maximum": 99_998});
    let (backward, forward, took, said) = both_ways(json!({"enum": values}), range);
    assert_eq!(backward, ["schema-enum-narrowed"], "{took:?}{said}");
    // Forward: a range of 99,999 values is more than is listed one by one.
    assert_eq!(forward, ["schema-undecided"], "{said}");
    assert!(took < BOUND, "{took:?}");
    let (backward, forward, took, said) = both_ways(
        json!({"enum": values[..60_000]}),
        json!({"enum": values[1..60_000]}),
    );
    assert_eq!(backward, ["schema-enum-narrowed"], "{said}");
    assert_eq!(forward, Vec::<String>::new(), "{said}");
    assert!(took < BOUND, "{took:?}");
}

/// A pattern whose automaton would hold 10⁹ states (22 GB, killed) and one
/// 20,000 alternations long: both undecided, at once.
#[test]
fn patterns_whose_automata_are_too_large_are_undecided() {
    for (old, new) in [
        ("^((a{1,1000}){1,1000}){1,1000}$", "^(a{1,100})*$"),
        (&*"(a|b)".repeat(20_000), &*"(a|b|c)".repeat(10_000)),
    ] {
        let (backward, forward, took, said) = both_ways(
            json!({"type": "string", "pattern": old}),
            json!({"type": "string", "pattern": new}),
        );
        assert_eq!(backward, ["schema-undecided"], "{old:.40}{said}");
        assert_eq!(forward, ["schema-undecided"], "{old:.40}{said}");
        assert!(took < BOUND, "{took:?}");
    }
}

/// A schema whose answer depends on itself on the same value: each
/// validation went round the cycle until its budget ran out (22 s in the
/// fuzz target); backward it is undecided, never a silent pass.
#[test]
fn a_schema_that_validates_through_itself_is_undecided() {
    let cyclic = json!({"oneOf": [{"not": {"$ref": "#"}}, {"$ref": "#"}]});
    let (backward, forward, took, said) = both_ways(cyclic.clone(), json!({"type": "string"}));
    assert_eq!(backward, ["schema-undecided"], "{said}");
    // Exactly one of "not valid" and "valid" holds for any value: the only
    // consistent reading accepts everything, strings included.
    assert_eq!(forward, Vec::<String>::new(), "{said}");
    assert!(took < BOUND, "{took:?}");
    let (backward, forward, _, said) = both_ways(cyclic.clone(), cyclic);
    assert!(
        backward.is_empty() && forward.is_empty(),
        "{backward:?} {forward:?}{said}"
    );
}

/// Length bounds past any length (`1e20`, 2^64): the lengths tried around
/// the other side's bound overflowed (a panic in a build with overflow
/// checks, found by the fuzz target schema_diff).
#[test]
fn length_bounds_past_any_length_are_compared() {
    let huge = json!({"type": "string", "maxLength": 1e20, "minLength": 18446744073709551616.0});
    // The old side accepts no string shorter than 2^64 characters: nothing.
    let (backward, forward, _, said) = both_ways(huge, json!({"minLength": 1}));
    assert_eq!(backward, Vec::<String>::new(), "{said}");
    assert_eq!(
        forward,
        ["schema-length-extended", "schema-type-extended"],
        "{said}"
    );
    let (backward, forward, _, said) = both_ways(
        json!({"type": "string", "maxLength": 1e20}),
        json!({"type": "string", "maxLength": 3}),
    );
    assert_eq!(backward, ["schema-length-narrowed"], "{said}");
    assert_eq!(forward, Vec::<String>::new(), "{said}");
}

/// The changes of `old` against `new` in `direction`.
fn changes(old: &Value, new: &Value, direction: Direction) -> Vec<compat_schema::Change> {
    let (old, new) = (
        SchemaDoc::from_value(old.clone()).unwrap(),
        SchemaDoc::from_value(new.clone()).unwrap(),
    );
    compare(&old, "", &new, "", direction, &Options::default()).unwrap()
}

/// An enum of 10,000 strings against `maxLength: 3`: each of the 9,900
/// values the new side refuses was a finding of its own, each naming the
/// whole list again (100,000 values: more than 120 s). The refused values
/// of one enum are one finding: the first few said, the rest counted,
/// shown with the first.
#[test]
fn the_values_an_enum_loses_are_one_finding() {
    let values: Vec<Value> = (0..10_000).map(|i| json!(format!("v{i}"))).collect();
    let old = json!({"enum": values});
    let new = json!({"type": "string", "maxLength": 3});
    let backward = changes(&old, &new, Direction::Backward);
    let said: Vec<&str> = backward.iter().map(|c| c.message.as_str()).collect();
    assert_eq!(backward.len(), 1, "{:.300?}", said);
    let c = &backward[0];
    assert_eq!(c.rule, "schema-enum-narrowed");
    assert_eq!(c.severity, Severity::Breaking);
    assert_eq!(c.counterexample, Some(json!("v100")));
    assert!(
        c.message
            .contains("(\"v100\", \"v101\", \"v102\" and 9897 more no longer allowed)"),
        "{}",
        c.message
    );
    // The lists are said cut short, however long.
    assert!(c.old_value.chars().count() <= 80, "{}", c.old_value);
    // Forward: every value was allowed, and the new side allows more.
    let forward = changes(&old, &new, Direction::Forward);
    let rules: Vec<&str> = forward.iter().map(|c| c.rule).collect();
    assert_eq!(rules, ["schema-enum-extended"], "{forward:?}");
    // Two values lost: both said.
    let backward = changes(
        &json!({"enum": ["a", "b", "c"]}),
        &json!({"enum": ["a"]}),
        Direction::Backward,
    );
    let said: Vec<&str> = backward.iter().map(|c| c.message.as_str()).collect();
    assert_eq!(
        said,
        ["#: the allowed values changed from [\"a\",\"b\",\"c\"] to [\"a\"] (\"b\" and \"c\" no longer allowed): a document valid under the old schema is invalid under the new one (backward incompatible)"]
    );
}

/// `n` required integer properties, and the same properties as strings
/// in a closed object.
fn properties(n: usize) -> (Value, Value) {
    let names: Vec<String> = (0..n).map(|i| format!("p{i}")).collect();
    let typed = |t: &str| -> serde_json::Map<String, Value> {
        names
            .iter()
            .map(|p| (p.clone(), json!({"type": t})))
            .collect()
    };
    (
        json!({"type": "object", "properties": typed("integer"), "required": names}),
        json!({"type": "object", "properties": typed("string"), "additionalProperties": false}),
    )
}

/// Thousands of required properties whose types all change: every one
/// breaks. One document of n members shows them all (valid under the old
/// side, refused by the new at each property): built once (the
/// generator's budget grows with the most names a schema requires; 2,000
/// nodes before, so at 2,500 each was undecided), validated once, and said
/// once, with the other places (5,000 documents of 5,000 members took more
/// than 120 s and gigabytes; then a budget left 1,058 of 1,500 undecided).
/// Counted, not timed.
#[test]
fn the_changes_of_one_large_object_are_one_finding_with_one_document() {
    for n in [1_500, 2_500] {
        let (old, new) = properties(n);
        let backward = changes(&old, &new, Direction::Backward);
        let typed: Vec<_> = backward
            .iter()
            .filter(|c| c.instance_path != "/extra")
            .collect();
        let undecided = typed
            .iter()
            .filter(|c| c.rule == compat_schema::UNDECIDED)
            .count();
        assert_eq!(undecided, 0, "{n}: {:.300?}", typed.first());
        assert_eq!(typed.len(), 1, "{n}: {:.300?}", typed.first());
        let c = typed[0];
        assert_eq!(
            (c.rule, c.severity, c.instance_path.as_str()),
            ("schema-type-narrowed", Severity::Breaking, "/p0"),
            "{n}"
        );
        let others = format!(
            "(the same at {} other places, shown by the same document: #/p1, #/p10, #/p100 and {} more)",
            n - 1,
            n - 4
        );
        assert!(c.message.contains(&others), "{n}: {}", c.message);
        // The document: every property an integer, as the old side asks.
        let doc = c.counterexample.as_ref().unwrap().as_object().unwrap();
        assert_eq!(doc.len(), n);
        assert!(doc.values().all(Value::is_i64), "{n}");
    }
}

/// Twenty thousand such properties, both ways, in seconds: one document
/// shows the backward changes, and each later suspect it shows was given a
/// copy of it and compared with the first change's copy (quadratic: 1.8 s
/// at 5,000 properties, 28 s at 20,000 in a release build); each
/// property's schema was looked for by a scan of the other object's
/// 20,000 names (forward, 40,000 findings: 1.7 s). Timed, against the
/// bound for a debug build.
#[test]
fn twenty_thousand_properties_that_all_change_type_are_compared_in_seconds() {
    let (old, new) = properties(20_000);
    let (backward, forward, took, said) = both_ways(old, new);
    assert_eq!(
        backward,
        [
            "schema-additional-properties-narrowed",
            "schema-type-narrowed"
        ],
        "{said:.2000}"
    );
    assert_eq!(
        forward,
        ["schema-required-removed", "schema-type-extended"],
        "{said:.2000}"
    );
    assert!(
        said.contains("(the same at 19999 other places, shown by the same document: #/p1, #/p10, #/p100 and 19996 more)"),
        "{said:.2000}"
    );
    assert!(took < BOUND, "{took:?}");
}
