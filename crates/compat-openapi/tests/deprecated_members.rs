//! Parameters and properties newly marked deprecated: reported as info with
//! their sunset, the sunset checked against the window of their stability
//! level (their own, else their operation's) counted from the judged day
//! (an option, pinned here) or their `x-deprecated-at`, whichever is later.

mod common;

use std::collections::BTreeMap;

use compat_openapi::date::Day;
use compat_report::Severity;
use serde_json::{json, Value};

/// `GET /nodes` returning `Node`, a recursive schema whose `label` (its
/// children's too) carries `label`'s marks, with a query parameter `tags`
/// carrying `tags`' marks; the operation at `x-stability-level` `level`.
fn nodes(label: Value, tags: Value, level: &str) -> Value {
    let mut tag = json!({"name": "tags", "in": "query", "schema": {"type": "string"}});
    for (k, v) in tags.as_object().unwrap() {
        tag[k] = v.clone();
    }
    let mut labelled = json!({"type": "string"});
    for (k, v) in label.as_object().unwrap() {
        labelled[k] = v.clone();
    }
    common::spec(&json!({
        "paths": {"/nodes": {"get": {
            "x-stability-level": level,
            "parameters": [tag],
            "responses": {"200": {"description": "ok", "content": {"application/json": {
                "schema": {"type": "array", "items": {"$ref": "#/components/schemas/Node"}}}}}}
        }}},
        "components": {"schemas": {
            "Node": {"allOf": [{"$ref": "#/components/schemas/Labelled"}, {
                "type": "object",
                "properties": {"children": {"type": "array", "items": {"$ref": "#/components/schemas/Node"}}}
            }]},
            "Labelled": {"type": "object", "properties": {"label": labelled}}
        }}
    }))
}

/// The options of the tests judged on `now`, with windows by level.
fn judged_on(now: &str) -> compat_openapi::DiffOptions {
    let mut opts = common::options();
    opts.deprecation.now = Day::parse(now).unwrap();
    opts.deprecation.windows = BTreeMap::from([("stable".into(), 180), ("beta".into(), 30)]);
    opts.deprecation.default_window = 0;
    opts
}

fn found(old: &Value, new: &Value, now: &str) -> Vec<(String, Severity, String)> {
    let r = common::diff_with(old, new, &judged_on(now));
    assert!(r.errors.is_empty(), "{:?}", r.errors);
    r.findings
        .iter()
        .map(|f| (f.rule.clone(), f.severity, f.message.clone()))
        .collect()
}

fn finding(rule: &str, severity: Severity, message: &str) -> (String, Severity, String) {
    (rule.to_owned(), severity, message.to_owned())
}

#[test]
fn a_property_newly_deprecated_is_info_with_its_sunset() {
    let old = nodes(json!({}), json!({}), "stable");
    let new = nodes(
        json!({"deprecated": true, "x-sunset": "2027-12-01"}),
        json!({}),
        "stable",
    );
    assert_eq!(
        found(&old, &new, "2026-12-04"),
        vec![finding(
            "openapi-property-deprecated",
            Severity::Info,
            "GET /nodes: response 200 application/json items[].label deprecated, sunset 2027-12-01"
        )],
        "the recursion (children[].label) is the same property, reported once"
    );
    // Without a sunset: no date said, nothing to check.
    let bare = nodes(json!({"deprecated": true}), json!({}), "stable");
    assert_eq!(
        found(&old, &bare, "2026-12-04"),
        vec![finding(
            "openapi-property-deprecated",
            Severity::Info,
            "GET /nodes: response 200 application/json items[].label deprecated"
        )]
    );
    // Back (no longer deprecated), and each side against itself: nothing.
    assert!(found(&new, &old, "2026-12-04").is_empty());
    assert!(found(&new, &new, "2026-12-04").is_empty());
    assert!(found(&old, &old, "2026-12-04").is_empty());
    // Deprecated already: only the sunset's move is news.
    let later = nodes(
        json!({"deprecated": true, "x-sunset": "2028-01-01"}),
        json!({}),
        "stable",
    );
    assert_eq!(
        found(&new, &later, "2026-12-04"),
        vec![finding(
            "openapi-sunset-later",
            Severity::Info,
            "GET /nodes: response 200 application/json items[].label: sunset moved later, from 2027-12-01 to 2028-01-01"
        )]
    );
}

#[test]
fn a_sunset_sooner_than_the_window_is_a_warning_with_the_day_it_allows() {
    // stable: 180 days from 2026-12-04 is 2027-06-02.
    let old = nodes(json!({}), json!({}), "stable");
    let new = nodes(
        json!({"deprecated": true, "x-sunset": "2027-03-01"}),
        json!({"deprecated": true, "x-sunset": "2027-03-01"}),
        "stable",
    );
    assert_eq!(
        found(&old, &new, "2026-12-04"),
        vec![
            finding(
                "openapi-sunset-too-soon",
                Severity::Warning,
                "GET /nodes: query parameter tags: deprecated with sunset 2027-03-01, sooner than its 180-day window allows (2027-06-02 at the earliest)"
            ),
            finding(
                "openapi-sunset-too-soon",
                Severity::Warning,
                "GET /nodes: response 200 application/json items[].label: deprecated with sunset 2027-03-01, sooner than its 180-day window allows (2027-06-02 at the earliest)"
            ),
            finding(
                "openapi-parameter-deprecated",
                Severity::Info,
                "GET /nodes: query parameter tags deprecated, sunset 2027-03-01"
            ),
            finding(
                "openapi-property-deprecated",
                Severity::Info,
                "GET /nodes: response 200 application/json items[].label deprecated, sunset 2027-03-01"
            ),
        ]
    );
    // The day judged on is the option's: on 2026-09-01 the window ends
    // 2027-02-28, and the same sunset is soon enough.
    let early: Vec<String> = found(&old, &new, "2026-09-01")
        .into_iter()
        .map(|f| f.0)
        .collect();
    assert_eq!(
        early,
        [
            "openapi-parameter-deprecated",
            "openapi-property-deprecated"
        ]
    );
    // At beta (30 days), soon enough on 2026-12-04 too.
    let beta = |v: Value| {
        let mut v = v;
        v["paths"]["/nodes"]["get"]["x-stability-level"] = json!("beta");
        v
    };
    let rules: Vec<String> = found(&beta(old.clone()), &beta(new.clone()), "2026-12-04")
        .into_iter()
        .map(|f| f.0)
        .collect();
    assert_eq!(
        rules,
        [
            "openapi-parameter-deprecated",
            "openapi-property-deprecated"
        ]
    );
}

#[test]
fn a_members_own_level_and_deprecation_date_decide_its_window() {
    let old = nodes(json!({}), json!({}), "beta");
    // Its own level (stable: 180 days) over the operation's (beta: 30).
    let own = nodes(
        json!({"deprecated": true, "x-sunset": "2027-03-01", "x-stability-level": "Stable"}),
        json!({"deprecated": true, "x-sunset": "2027-03-01", "x-stability-level": "stable"}),
        "beta",
    );
    let too_soon: Vec<String> = found(&old, &own, "2026-12-04")
        .into_iter()
        .filter(|f| f.0 == "openapi-sunset-too-soon")
        .map(|f| f.2)
        .collect();
    assert_eq!(too_soon.len(), 2, "{too_soon:?}");
    assert!(too_soon.iter().all(|m| m.contains("its 180-day window")));
    // Deprecated from a later day than the judged one: counted from there
    // (beta: 2027-02-15 + 30 days = 2027-03-17).
    let later = nodes(
        json!({"deprecated": true, "x-sunset": "2027-03-01", "x-deprecated-at": "2027-02-15"}),
        json!({"deprecated": true, "x-sunset": "2027-03-01", "x-deprecated-at": "2027-02-15"}),
        "beta",
    );
    let too_soon: Vec<(String, Severity, String)> = found(&old, &later, "2026-12-04")
        .into_iter()
        .filter(|f| f.0 == "openapi-sunset-too-soon")
        .collect();
    assert_eq!(
        too_soon,
        vec![
            finding(
                "openapi-sunset-too-soon",
                Severity::Warning,
                "GET /nodes: query parameter tags: deprecated with sunset 2027-03-01, sooner than its 30-day window allows (2027-03-17 at the earliest)"
            ),
            finding(
                "openapi-sunset-too-soon",
                Severity::Warning,
                "GET /nodes: response 200 application/json items[].label: deprecated with sunset 2027-03-01, sooner than its 30-day window allows (2027-03-17 at the earliest)"
            ),
        ]
    );
}

#[test]
fn a_sunset_that_is_not_a_date_is_said_so() {
    let old = nodes(json!({}), json!({}), "beta");
    let new = nodes(
        json!({"deprecated": true, "x-sunset": "next year"}),
        json!({"deprecated": true, "x-sunset": "soon"}),
        "beta",
    );
    let invalid: Vec<(String, Severity, String)> = found(&old, &new, "2026-12-04")
        .into_iter()
        .filter(|f| f.0 == "openapi-sunset-invalid")
        .collect();
    assert_eq!(
        invalid,
        vec![
            finding(
                "openapi-sunset-invalid",
                Severity::Warning,
                "GET /nodes: query parameter tags: sunset \"soon\" is not a date (YYYY-MM-DD, an HTTP date or @SECONDS)"
            ),
            finding(
                "openapi-sunset-invalid",
                Severity::Warning,
                "GET /nodes: response 200 application/json items[].label: sunset \"next year\" is not a date (YYYY-MM-DD, an HTTP date or @SECONDS)"
            ),
        ]
    );
}

#[test]
fn a_property_added_already_deprecated_is_an_addition() {
    let old = common::spec(&json!({"paths": {"/pets": {"post": {
        "requestBody": {"content": {"application/json": {"schema": {
            "type": "object", "properties": {"name": {"type": "string"}}}}}},
        "responses": {"200": {"description": "ok"}}
    }}}}));
    let mut new = old.clone();
    new["paths"]["/pets"]["post"]["requestBody"]["content"]["application/json"]["schema"]
        ["properties"]["tag"] =
        json!({"type": "string", "deprecated": true, "x-sunset": "2026-12-05"});
    let rules: Vec<String> = found(&old, &new, "2026-12-04")
        .into_iter()
        .map(|f| f.0)
        .collect();
    assert_eq!(rules, ["openapi-request-schema-changed"]);
}

#[test]
fn a_swagger2_form_parameter_newly_deprecated_is_its_forms_property() {
    let form = |marks: Value| {
        let mut tag = json!({"name": "tag", "in": "formData", "type": "string"});
        for (k, v) in marks.as_object().unwrap() {
            tag[k] = v.clone();
        }
        json!({
            "swagger": "2.0",
            "info": {"title": "pets", "version": "1"},
            "consumes": ["application/x-www-form-urlencoded"],
            "paths": {"/pets": {"post": {
                "parameters": [tag],
                "responses": {"200": {"description": "ok"}}
            }}}
        })
    };
    let old = form(json!({}));
    let new = form(json!({"x-deprecated": "use labels", "x-sunset": "2026-12-20"}));
    assert_eq!(
        found(&old, &new, "2026-12-04"),
        vec![
            finding(
                "openapi-property-deprecated",
                Severity::Info,
                "POST /pets: request body application/x-www-form-urlencoded property tag deprecated, sunset 2026-12-20"
            ),
        ]
    );
    // With a 30-day default window, too soon.
    let mut opts = judged_on("2026-12-04");
    opts.deprecation.default_window = 30;
    let r = common::diff_with(&old, &new, &opts);
    assert_eq!(
        common::rules(&r),
        ["openapi-sunset-too-soon", "openapi-property-deprecated"]
    );
    assert_eq!(
        r.findings[0].message,
        "POST /pets: request body application/x-www-form-urlencoded property tag: deprecated with sunset 2026-12-20, sooner than its 30-day window allows (2027-01-03 at the earliest)"
    );
}
