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

/// A Swagger 2.0 `POST /pets` taking a form: `name`, and `tag` carrying
/// `marks` unless `marks` is `null` (then the form has no `tag`).
fn form(marks: Value) -> Value {
    let mut params = vec![json!({"name": "name", "in": "formData", "type": "string"})];
    if let Some(marks) = marks.as_object() {
        let mut tag = json!({"name": "tag", "in": "formData", "type": "string"});
        for (k, v) in marks {
            tag[k] = v.clone();
        }
        params.push(tag);
    }
    json!({
        "swagger": "2.0",
        "info": {"title": "pets", "version": "1"},
        "consumes": ["application/x-www-form-urlencoded"],
        "paths": {"/pets": {"post": {
            "parameters": params,
            "responses": {"200": {"description": "ok"}}
        }}}
    })
}

/// The OpenAPI 3.0 rewrite of [`form`] (as swagger2openapi writes it: the
/// marks on the form's property).
fn form_v3(marks: Value) -> Value {
    let mut properties = json!({"name": {"type": "string"}});
    if let Some(marks) = marks.as_object() {
        let mut tag = json!({"type": "string"});
        for (k, v) in marks {
            if k == "x-deprecated" {
                // OpenAPI 3's `deprecated` is a boolean: a message is `true`.
                tag["deprecated"] = json!(v == &json!(true) || v.is_string());
            } else {
                tag[k] = v.clone();
            }
        }
        properties["tag"] = tag;
    }
    json!({
        "openapi": "3.0.3",
        "info": {"title": "pets", "version": "1"},
        "paths": {"/pets": {"post": {
            "requestBody": {"content": {"application/x-www-form-urlencoded": {
                "schema": {"type": "object", "properties": properties}
            }}},
            "responses": {"200": {"description": "ok"}}
        }}}
    })
}

#[test]
fn a_deprecated_form_parameter_removed_is_judged_by_its_window() {
    // Judged on 2026-12-04 with a 30-day default window.
    let cases = [
        (
            json!({"x-deprecated": true, "x-sunset": "2027-06-01"}),
            "openapi-property-removed-early",
            "request body application/x-www-form-urlencoded property tag removed before its deprecation window ends; removal is allowed from 2027-06-01 (its sunset is 2027-06-01)",
        ),
        (
            json!({"x-deprecated": true, "x-sunset": "2026-06-01"}),
            "openapi-property-removed-deprecated",
            "removed after its deprecation window ended on 2026-06-01",
        ),
        (
            json!({"deprecated": true, "x-deprecated-at": "2026-11-20"}),
            "openapi-property-removed-early",
            "removal is allowed from 2026-12-20 (deprecated on 2026-11-20, with a 30-day window)",
        ),
        (
            json!({"x-deprecated": "use labels", "x-deprecated-at": "2026-01-10"}),
            "openapi-property-removed-deprecated",
            "removed after its deprecation window ended on 2026-02-09",
        ),
        (
            json!({"x-deprecated": true}),
            "openapi-property-removed-early",
            "removed while deprecated without a date",
        ),
        (
            json!({"x-deprecated": false, "x-sunset": "2026-06-01"}),
            "openapi-request-property-removed",
            "property tag: property \"tag\" changed from declared to not declared",
        ),
        (
            json!({}),
            "openapi-request-property-removed",
            "property tag: property \"tag\" changed from declared to not declared",
        ),
    ];
    let without = form(Value::Null);
    for (marks, rule, words) in cases {
        let r = common::diff(&form(marks.clone()), &without);
        assert!(r.errors.is_empty(), "{:?}", r.errors);
        let got: Vec<(&str, &str)> = r
            .findings
            .iter()
            .map(|f| (f.rule.as_str(), f.message.as_str()))
            .collect();
        assert!(
            got.len() == 1 && got[0].0 == rule && got[0].1.contains(words),
            "{marks}: {got:?}"
        );
        // As its OpenAPI 3 rewrite is judged.
        let v3 = common::diff(&form_v3(marks.clone()), &form_v3(Value::Null));
        let v3: Vec<(&str, &str)> = v3
            .findings
            .iter()
            .map(|f| (f.rule.as_str(), f.message.as_str()))
            .collect();
        assert_eq!(got, v3, "{marks} against its OpenAPI 3 rewrite");
        // The other way it is an optional property added, compatible.
        let back = rules(&without, &form(marks.clone()));
        assert!(
            back.iter().all(|r| r == "openapi-request-schema-changed"),
            "{marks} reversed: {back:?}"
        );
        // Each against itself finds nothing.
        assert!(rules(&form(marks.clone()), &form(marks.clone())).is_empty());
    }
}

#[test]
fn a_form_parameter_sunset_moved_is_reported_and_matches_its_rewrite() {
    let later = form(json!({"x-deprecated": true, "x-sunset": "2027-06-01"}));
    let sooner = form(json!({"x-deprecated": true, "x-sunset": "2027-01-01"}));
    assert_eq!(rules(&later, &sooner), vec!["openapi-sunset-earlier"]);
    assert_eq!(rules(&sooner, &later), vec!["openapi-sunset-later"]);
    let marks = json!({"x-deprecated": true, "x-sunset": "2027-06-01"});
    let (v2, v3) = (form(marks.clone()), form_v3(marks));
    assert!(rules(&v2, &v3).is_empty(), "{:?}", rules(&v2, &v3));
    assert!(rules(&v3, &v2).is_empty(), "{:?}", rules(&v3, &v2));
}
