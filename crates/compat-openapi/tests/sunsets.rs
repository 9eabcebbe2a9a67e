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
