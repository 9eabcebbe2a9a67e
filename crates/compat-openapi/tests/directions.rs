//! Schemas compared in the direction of who sends them
//! (`fixtures/directions.json`): each case reports the rules it expects as
//! breaking or warning, the reverse does not report them, each side against
//! itself finds nothing, and every counterexample is validated with a real
//! JSON Schema validator, Python's `jsonschema` (compat-schema's
//! `tests/validate.py`): valid under the sender's side it comes from (the
//! old schema for what clients send, the new one for what the server
//! sends) and invalid under the other.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use compat_report::{Report, Severity};
use serde_json::{json, Value};

fn cases() -> Vec<Value> {
    let text = include_str!("fixtures/directions.json");
    let all: Value = serde_json::from_str(text).unwrap();
    all["cases"].as_array().unwrap().clone()
}

/// `partial` over a minimal description of `version` (`2.0`, `3.0.3`, `3.1.0`).
fn spec(version: &str, partial: &Value) -> Value {
    let mut base = if version == "2.0" {
        json!({"swagger": "2.0", "info": {"title": "pets", "version": "1"}, "paths": {}})
    } else {
        json!({"openapi": version, "info": {"title": "pets", "version": "1"}, "paths": {}})
    };
    for (k, v) in partial.as_object().unwrap() {
        base[k] = v.clone();
    }
    base
}

/// The findings that are not changelog entries.
fn reported(r: &Report) -> Vec<&str> {
    r.findings
        .iter()
        .filter(|f| f.severity != Severity::Info)
        .map(|f| f.rule.as_str())
        .collect()
}

/// A JSON Schema a validator reads for the schema at `pointer` of an
/// OpenAPI description: the description itself with a root `$ref` (draft 4
/// for 2.0 and 3.0, where `$ref` overrides its siblings; `nullable` and
/// `x-nullable` spelled as a `null` type).
fn validation_schema(doc: &Value, version: &str, pointer: &str) -> Value {
    let mut v = doc.clone();
    if !version.starts_with("3.1") {
        nullable_as_type(&mut v);
    }
    v["$ref"] = Value::String(format!("#{pointer}"));
    if version.starts_with("3.1") {
        // 2020-12: `$ref` is one more conjunct; keep the root otherwise empty of keywords.
        v["$schema"] = json!("https://json-schema.org/draft/2020-12/schema");
    } else {
        v["$schema"] = json!("http://json-schema.org/draft-04/schema#");
    }
    v
}

/// OpenAPI's semantics spelled in JSON Schema: `nullable` (3.0) and
/// `x-nullable` (2.0) as a `null` type, and a `discriminator` beside
/// `oneOf`/`anyOf` as each referenced alternative requiring its value (the
/// `mapping` keys naming it, else the component's name).
fn nullable_as_type(v: &mut Value) {
    match v {
        Value::Object(map) => {
            let prop = map
                .get("discriminator")
                .and_then(|d| d.get("propertyName"))
                .and_then(Value::as_str)
                .map(str::to_owned);
            let mapping = map
                .get("discriminator")
                .and_then(|d| d.get("mapping"))
                .cloned();
            for kw in ["oneOf", "anyOf"] {
                let (Some(prop), Some(Value::Array(list))) = (&prop, map.get_mut(kw)) else {
                    continue;
                };
                for branch in list.iter_mut() {
                    let Some(r) = branch
                        .get("$ref")
                        .and_then(Value::as_str)
                        .map(str::to_owned)
                    else {
                        continue;
                    };
                    let name = r.rsplit('/').next().unwrap().to_owned();
                    let mut values: Vec<Value> = mapping
                        .iter()
                        .flat_map(|m| m.as_object().unwrap())
                        .filter(|(_, t)| t.as_str() == Some(&r) || t.as_str() == Some(&name))
                        .map(|(k, _)| json!(k))
                        .collect();
                    if values.is_empty() {
                        values.push(json!(name));
                    }
                    *branch = json!({"allOf": [branch.clone(),
                        {"required": [prop], "properties": {prop.as_str(): {"enum": values}}}]});
                }
            }
            let yes = |k: &str| map.get(k) == Some(&Value::Bool(true));
            if yes("nullable") || yes("x-nullable") {
                if let Some(Value::String(t)) = map.get("type").cloned() {
                    map.insert("type".into(), json!([t, "null"]));
                }
            }
            map.values_mut().for_each(nullable_as_type);
        }
        Value::Array(items) => items.iter_mut().for_each(nullable_as_type),
        _ => {}
    }
}

/// The Python with `jsonschema`, or `None` (after saying why) outside CI.
fn python() -> Option<PathBuf> {
    compat_testkit::ci_python("jsonschema, referencing")
}

#[test]
fn each_direction_reports_what_breaks_with_counterexamples_a_real_validator_confirms() {
    let mut bad = Vec::new();
    let mut checks = Vec::new();
    for case in cases() {
        let name = case["name"].as_str().unwrap();
        let version = case["version"].as_str().unwrap();
        let pointer = case["schema"].as_str().unwrap();
        let client = case["sender"] == "client";
        let old = spec(version, &case["old"]);
        let new = spec(version, &case["new"]);
        assert!(
            old.pointer(pointer).is_some(),
            "{name}: no schema at {pointer}"
        );
        let forward = common::diff(&old, &new);
        assert!(forward.errors.is_empty(), "{name}: {:?}", forward.errors);
        let want: Vec<&str> = case["expect"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r.as_str().unwrap())
            .collect();
        let got = reported(&forward);
        if want.is_empty() && !got.is_empty() {
            bad.push(format!("{name}: expected nothing, got {got:?}"));
        }
        for rule in &want {
            if !got.contains(rule) {
                bad.push(format!("{name}: {rule} not reported: {got:?}"));
            }
        }
        let backward = common::diff(&new, &old);
        for rule in &want {
            if reported(&backward).contains(rule) {
                bad.push(format!("{name}: new -> old reports {rule} too"));
            }
        }
        for (side, v) in [("old", &old), ("new", &new)] {
            let same = common::diff(v, v);
            if !same.findings.is_empty() {
                bad.push(format!(
                    "{name}: {side} against itself: {:?}",
                    common::rules(&same)
                ));
            }
        }
        // Every breaking finding carries a counterexample; every counterexample is checked.
        let (valid, invalid) = if client { (&old, &new) } else { (&new, &old) };
        for f in &forward.findings {
            match &f.counterexample {
                None if f.severity == Severity::Breaking => {
                    bad.push(format!("{name}: {} has no counterexample", f.rule))
                }
                None => {}
                Some(doc) => checks.push(json!({
                    "name": format!("{name}: {}", f.rule),
                    "valid": validation_schema(valid, version, pointer),
                    "invalid": validation_schema(invalid, version, pointer),
                    "instance": doc,
                })),
            }
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
    assert!(!checks.is_empty());
    let Some(py) = python() else { return };
    let file =
        std::env::temp_dir().join(format!("compat-openapi-checks-{}.json", std::process::id()));
    std::fs::write(&file, serde_json::to_vec(&checks).unwrap()).unwrap();
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("../compat-schema/tests/validate.py");
    let out = Command::new(py).arg(script).arg(&file).output().unwrap();
    let _ = std::fs::remove_file(&file);
    assert!(
        out.status.success(),
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn component_schemas_in_other_files_are_compared_through_their_refs() {
    let main = |pets: &str| {
        json!({
            "openapi": "3.0.3",
            "info": {"title": "pets", "version": "1"},
            "paths": {"/pets": {"get": {"responses": {"200": {"description": "ok",
                "content": {"application/json": {"schema": {"$ref": pets}}}}}}}}
        })
    };
    let pet = |max: u64| {
        json!({"Pet": {"type": "object", "required": ["name"],
            "properties": {"name": {"type": "string", "maxLength": max}}}})
    };
    let mem = common::Mem::default()
        .with("old/api.json", &main("schemas/pet.json#/Pet"))
        .with("old/schemas/pet.json", &pet(10))
        .with("new/api.json", &main("schemas/pet.json#/Pet"))
        .with("new/schemas/pet.json", &pet(20));
    let input = |p: &str| compat_openapi::Input {
        source: &mem,
        path: p.into(),
    };
    let r = compat_openapi::diff_files(
        &input("old/api.json"),
        &input("new/api.json"),
        &common::options(),
    );
    assert!(r.errors.is_empty(), "{:?}", r.errors);
    let f = r
        .findings
        .iter()
        .find(|f| f.rule == "openapi-response-constraint-loosened")
        .unwrap_or_else(|| panic!("{:?}", common::rules(&r)));
    assert_eq!(
        f.subject.member.as_deref(),
        Some("response 200 application/json property name")
    );
    let doc = f.counterexample.as_ref().expect("a counterexample");
    let name = doc["name"].as_str().unwrap();
    assert!(
        name.chars().count() > 10 && name.chars().count() <= 20,
        "{doc}"
    );
}

/// A response union that gains a branch says the server may send a new
/// alternative, named by its type; a request union that loses one says an
/// alternative old clients send is no longer allowed (not the closest
/// branch's values "changed from" ["creation"]).
#[test]
fn a_union_branch_added_or_removed_reads_as_an_alternative() {
    let all = cases();
    for (name, want) in [
        (
            "response union gains a branch (GHES 3.15's merge_queue ruleset rule)",
            "GET /rules: response 200 application/json items[].type: a new alternative is allowed: type \"merge_queue\" (no branch of the old schema's oneOf of 2 branches allows it): the server may now send documents old clients' schema refuses",
        ),
        (
            "request union loses a branch",
            "POST /rules: request body application/json items[].type: an alternative is no longer allowed: type \"merge_queue\" (no branch of the new schema's anyOf of 2 branches allows it): old clients send documents the new schema refuses",
        ),
    ] {
        let case = all.iter().find(|c| c["name"] == name).unwrap();
        let version = case["version"].as_str().unwrap();
        let r = common::diff(&spec(version, &case["old"]), &spec(version, &case["new"]));
        assert!(
            r.findings.iter().any(|f| f.message == want),
            "{name}: {:?}",
            r.findings.iter().map(|f| &f.message).collect::<Vec<_>>()
        );
    }
}
