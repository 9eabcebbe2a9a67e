//! Swagger 2.0 parameters marked deprecated as 2.0 descriptions spell it
//! (`x-deprecated`, 2.0 having no `deprecated` on parameters; or a borrowed
//! `deprecated: true`) are judged by the same deprecation windows as
//! OpenAPI 3's, both ways, and a 2.0 description matches its 3.0 rewrite.

mod common;

use serde_json::{json, Value};

/// A Swagger 2.0 `GET /pets` with a query parameter `tags` carrying `marks`.
fn swagger(marks: Value) -> Value {
    let mut tags = json!({"name": "tags", "in": "query", "type": "string"});
    for (k, v) in marks.as_object().unwrap() {
        tags[k] = v.clone();
    }
    json!({
        "swagger": "2.0",
        "info": {"title": "pets", "version": "1"},
        "paths": {"/pets": {"get": {
            "parameters": [tags],
            "responses": {"200": {"description": "ok"}}
        }}}
    })
}

/// The same without the parameter.
fn without() -> Value {
    let mut v = swagger(json!({}));
    v["paths"]["/pets"]["get"]
        .as_object_mut()
        .unwrap()
        .remove("parameters");
    v
}

fn rules(old: &Value, new: &Value) -> Vec<String> {
    let r = common::diff(old, new);
    assert!(r.errors.is_empty(), "{:?}", r.errors);
    r.findings.iter().map(|f| f.rule.clone()).collect()
}

#[test]
fn a_deprecated_parameter_removed_is_judged_by_its_window() {
    // Judged on 2026-12-04 with a 30-day default window.
    let cases = [
        (
            json!({"x-deprecated": true, "x-sunset": "2027-06-01"}),
            "openapi-parameter-removed-early",
        ),
        (
            json!({"x-deprecated": true, "x-sunset": "2026-06-01"}),
            "openapi-parameter-removed-deprecated",
        ),
        (
            json!({"x-deprecated": "use labels", "x-deprecated-at": "2026-11-20"}),
            "openapi-parameter-removed-early",
        ),
        (
            json!({"deprecated": true, "x-deprecated-at": "2026-01-10"}),
            "openapi-parameter-removed-deprecated",
        ),
        (
            json!({"x-deprecated": true}),
            "openapi-parameter-removed-early",
        ),
        (
            json!({"x-deprecated": false, "x-sunset": "2026-06-01"}),
            "openapi-parameter-removed",
        ),
        (json!({"x-deprecated": ""}), "openapi-parameter-removed"),
    ];
    for (marks, rule) in cases {
        let got = rules(&swagger(marks.clone()), &without());
        assert_eq!(got, vec![rule.to_owned()], "{marks}");
        // The other way it is an added optional parameter, nothing more.
        let back = rules(&without(), &swagger(marks.clone()));
        assert_eq!(
            back,
            vec!["openapi-parameter-added".to_owned()],
            "{marks} reversed"
        );
    }
}

#[test]
fn a_parameter_newly_marked_and_its_sunset_moved_are_reported() {
    let plain = swagger(json!({}));
    let marked = swagger(json!({"x-deprecated": true, "x-sunset": "2027-06-01"}));
    assert_eq!(rules(&plain, &marked), vec!["openapi-parameter-deprecated"]);
    assert!(rules(&marked, &plain).is_empty());
    let sooner = swagger(json!({"x-deprecated": true, "x-sunset": "2027-01-01"}));
    assert_eq!(rules(&marked, &sooner), vec!["openapi-sunset-earlier"]);
    assert_eq!(rules(&sooner, &marked), vec!["openapi-sunset-later"]);
}

#[test]
fn a_swagger_2_deprecation_matches_its_openapi_3_rewrite() {
    let v2 = swagger(json!({"x-deprecated": true, "x-sunset": "2027-06-01"}));
    let v3 = json!({
        "openapi": "3.0.3",
        "info": {"title": "pets", "version": "1"},
        "paths": {"/pets": {"get": {
            "parameters": [{"name": "tags", "in": "query", "schema": {"type": "string"},
                            "deprecated": true, "x-sunset": "2027-06-01"}],
            "responses": {"200": {"description": "ok"}}
        }}}
    });
    assert!(rules(&v2, &v3).is_empty(), "{:?}", rules(&v2, &v3));
    assert!(rules(&v3, &v2).is_empty(), "{:?}", rules(&v3, &v2));
}
