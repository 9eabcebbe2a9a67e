//! Sunsets moved: an operation's, a parameter's or a property's `x-sunset`
//! earlier is breaking and later info, each message with both dates; a
//! property is found through `$ref`, `allOf` and array items, in a
//! recursive schema too.

mod common;

use compat_report::Severity;
use serde_json::{json, Value};

/// A description whose `GET /nodes` returns `Node`, a recursive schema
/// whose `label` (inside its children too) has `x-sunset` `label`, and
/// whose `tags` query parameter has `x-sunset` `tags`.
fn nodes(label: &str, tags: &str) -> Value {
    common::spec(&json!({
        "paths": {"/nodes": {"get": {
            "parameters": [{"name": "tags", "in": "query", "schema": {"type": "string"},
                            "deprecated": true, "x-sunset": tags}],
            "responses": {"200": {"description": "ok", "content": {"application/json": {
                "schema": {"type": "array", "items": {"$ref": "#/components/schemas/Node"}}}}}}
        }}},
        "components": {"schemas": {
            "Node": {"allOf": [{"$ref": "#/components/schemas/Labelled"}, {
                "type": "object",
                "properties": {"children": {"type": "array", "items": {"$ref": "#/components/schemas/Node"}}}
            }]},
            "Labelled": {"type": "object", "properties": {
                "label": {"type": "string", "deprecated": true, "x-sunset": label}}}
        }}
    }))
}

fn found(old: &Value, new: &Value) -> Vec<(String, Severity, String)> {
    let r = common::diff(old, new);
    assert!(r.errors.is_empty(), "{:?}", r.errors);
    r.findings
        .iter()
        .filter(|f| f.rule.starts_with("openapi-sunset"))
        .map(|f| (f.rule.clone(), f.severity, f.message.clone()))
        .collect()
}

#[test]
fn a_property_sunset_moved_earlier_breaks_and_later_is_info() {
    let (early, late) = (
        nodes("2027-01-01", "2027-06-01"),
        nodes("2027-06-01", "2027-06-01"),
    );
    let earlier = found(&late, &early);
    assert_eq!(
        earlier,
        vec![(
            "openapi-sunset-earlier".to_owned(),
            Severity::Breaking,
            "GET /nodes: response 200 application/json items[].label: sunset moved earlier, from 2027-06-01 to 2027-01-01; clients planned by the old date".to_owned()
        )],
        "the recursion (children[].label) is the same property and is not reported again"
    );
    let later = found(&early, &late);
    assert_eq!(
        later,
        vec![(
            "openapi-sunset-later".to_owned(),
            Severity::Info,
            "GET /nodes: response 200 application/json items[].label: sunset moved later, from 2027-01-01 to 2027-06-01".to_owned()
        )]
    );
}

#[test]
fn a_parameter_sunset_moved_later_is_info_and_the_same_date_is_nothing() {
    let (old, new) = (
        nodes("2027-06-01", "2027-01-01"),
        nodes("2027-06-01", "2027-03-01"),
    );
    assert_eq!(
        found(&old, &new),
        vec![(
            "openapi-sunset-later".to_owned(),
            Severity::Info,
            "GET /nodes: query parameter tags: sunset moved later, from 2027-01-01 to 2027-03-01"
                .to_owned()
        )]
    );
    assert!(found(&old, &old).is_empty());
}

#[test]
fn a_property_sunset_is_compared_only_where_both_sides_give_one() {
    let old = nodes("2027-06-01", "2027-06-01");
    let mut new = old.clone();
    let label = &mut new["components"]["schemas"]["Labelled"]["properties"]["label"];
    label.as_object_mut().unwrap().remove("x-sunset");
    assert!(found(&old, &new).is_empty());
    // Written as an HTTP date on one side: the same day.
    let mut http = old.clone();
    http["components"]["schemas"]["Labelled"]["properties"]["label"]["x-sunset"] =
        json!("Tue, 01 Jun 2027 00:00:00 GMT");
    assert!(found(&old, &http).is_empty());
}

/// `nodes` with the label's and the parameter's `x-sunset` removed (both
/// stay deprecated).
fn nodes_without_sunsets() -> Value {
    let mut v = nodes("2027-06-01", "2027-06-01");
    v["components"]["schemas"]["Labelled"]["properties"]["label"]
        .as_object_mut()
        .unwrap()
        .remove("x-sunset");
    v["paths"]["/nodes"]["get"]["parameters"][0]
        .as_object_mut()
        .unwrap()
        .remove("x-sunset");
    v
}

#[test]
fn a_first_sunset_on_a_deprecated_parameter_or_property_is_info_and_its_removal_nothing() {
    let (old, new) = (nodes_without_sunsets(), nodes("2027-06-01", "2028-01-01"));
    assert_eq!(
        found(&old, &new),
        vec![
            (
                "openapi-sunset-set".to_owned(),
                Severity::Info,
                "GET /nodes: query parameter tags: deprecated before, sunset now set to 2028-01-01".to_owned()
            ),
            (
                "openapi-sunset-set".to_owned(),
                Severity::Info,
                "GET /nodes: response 200 application/json items[].label: deprecated before, sunset now set to 2027-06-01".to_owned()
            ),
        ],
        "far enough from 2026-12-04 for the 30-day window: no warning"
    );
    assert!(
        found(&new, &old).is_empty(),
        "a sunset dropped is not a sunset set"
    );
}

#[test]
fn a_first_sunset_sooner_than_the_window_counts_from_the_deprecation_date_else_from_the_day_judged()
{
    // Deprecated on 2026-11-01: the 30-day window ended on 2026-12-01, so
    // a sunset on 2026-12-10 (after the judged day, 2026-12-04) is in time.
    let param = |sunset: Option<&str>, since: &str| {
        let mut p = json!({"name": "tags", "in": "query", "schema": {"type": "string"},
                           "deprecated": true, "x-deprecated-at": since});
        if let Some(s) = sunset {
            p["x-sunset"] = json!(s);
        }
        common::spec(&json!({"paths": {"/pets": {"get": {
            "parameters": [p], "responses": {"200": {"description": "ok"}}}}}}))
    };
    let in_time = found(
        &param(None, "2026-11-01"),
        &param(Some("2026-12-10"), "2026-11-01"),
    );
    assert_eq!(in_time.len(), 1, "{in_time:?}");
    assert_eq!(in_time[0].0, "openapi-sunset-set");
    // Deprecated on 2026-11-20: the window allows 2026-12-20 at the earliest.
    let early = found(
        &param(None, "2026-11-20"),
        &param(Some("2026-12-10"), "2026-11-20"),
    );
    assert_eq!(early.len(), 2, "{early:?}");
    assert_eq!(
        early[0],
        (
            "openapi-sunset-too-soon".to_owned(),
            Severity::Warning,
            "GET /pets: query parameter tags: sunset 2026-12-10 set, sooner than its 30-day window allows: 2026-12-20 at the earliest, counted from its deprecation on 2026-11-20".to_owned()
        )
    );
    // An operation deprecated without a date: counted from the day judged.
    let op = |sunset: Option<&str>| {
        let mut o = json!({"deprecated": true, "responses": {"200": {"description": "ok"}}});
        if let Some(s) = sunset {
            o["x-sunset"] = json!(s);
        }
        common::spec(&json!({"paths": {"/pets": {"delete": o}}}))
    };
    assert_eq!(
        found(&op(None), &op(Some("2026-12-20"))),
        vec![
            (
                "openapi-sunset-too-soon".to_owned(),
                Severity::Warning,
                "DELETE /pets: sunset 2026-12-20 set, sooner than its 30-day window allows: 2027-01-03 at the earliest, counted from 2026-12-04 (the day judged; no x-deprecated-at or Deprecation header says when it was deprecated)".to_owned()
            ),
            (
                "openapi-sunset-set".to_owned(),
                Severity::Info,
                "DELETE /pets: deprecated before, sunset now set to 2026-12-20".to_owned()
            ),
        ]
    );
    // Not a date: invalid, for a parameter as for an operation.
    let bad = found(
        &param(None, "2026-11-01"),
        &param(Some("next spring"), "2026-11-01"),
    );
    assert_eq!(bad.len(), 1, "{bad:?}");
    assert_eq!(bad[0].0, "openapi-sunset-invalid");
}
