//! Media ranges in content maps (`*/*`, `type/*`, `type/*+suffix`): a
//! request media type the new body still accepts through a range is not
//! removed and its schema is compared with the range's; a response range
//! the server narrows to named types within it is not removed either; the
//! reverse changes stay breaking.

mod common;

use serde_json::{json, Value};

fn request(content: Value) -> Value {
    common::spec(&json!({"paths": {"/pets": {"post": {
        "responses": {"200": {"description": "ok"}},
        "requestBody": {"content": content}
    }}}}))
}

fn response(content: Value) -> Value {
    common::spec(&json!({"paths": {"/pets": {"get": {
        "responses": {"200": {"description": "ok", "content": content}}
    }}}}))
}

fn string() -> Value {
    json!({"schema": {"type": "string"}})
}

#[test]
fn a_request_type_kept_through_a_range_is_not_removed() {
    for range in ["*/*", "application/*", "application/*+json"] {
        let old = request(json!({"application/vnd.pets+json": string()}));
        let new = request(json!({ range: string() }));
        let r = common::diff(&old, &new);
        let rules = common::rules(&r);
        assert!(
            !rules.contains(&"openapi-request-media-type-removed"),
            "{range}: {rules:?}"
        );
        assert!(
            rules.contains(&"openapi-request-media-type-added"),
            "{range}: {rules:?}"
        );
        // The other way the server accepts less: clients sending other types are refused.
        let back = common::diff(&new, &old);
        assert!(
            common::rules(&back).contains(&"openapi-request-media-type-removed"),
            "{range} back: {:?}",
            common::rules(&back)
        );
    }
}

#[test]
fn a_request_type_under_a_range_of_another_type_is_removed() {
    let old = request(json!({"application/xml": string()}));
    let new = request(json!({"text/*": string(), "application/*+json": string()}));
    let r = common::diff(&old, &new);
    assert!(common::rules(&r).contains(&"openapi-request-media-type-removed"));
}

#[test]
fn a_request_schema_is_compared_with_the_range_that_now_covers_it() {
    let old = request(json!({"application/json": string()}));
    let new = request(json!({"application/*": {"schema": {"type": "integer"}}}));
    let r = common::diff(&old, &new);
    let rules = common::rules(&r);
    assert!(
        !rules.contains(&"openapi-request-media-type-removed"),
        "{rules:?}"
    );
    let typed = r
        .findings
        .iter()
        .find(|f| f.rule == "openapi-request-type-changed")
        .unwrap_or_else(|| panic!("no request type change: {rules:?}"));
    assert_eq!(
        typed.subject.member.as_deref(),
        Some("request body application/json")
    );
}

#[test]
fn a_response_range_narrowed_to_named_types_is_not_removed() {
    let old = response(json!({"*/*": string()}));
    let new = response(json!({"application/json": string(), "text/plain": string()}));
    let r = common::diff(&old, &new);
    let rules = common::rules(&r);
    assert!(
        !rules.contains(&"openapi-response-media-type-removed"),
        "{rules:?}"
    );
    // A named type whose schema allows more than the range's did is still found.
    let new = response(json!({"application/json": {"schema": {"type": ["string", "integer"]}}}));
    let new = {
        let mut v = new;
        v["openapi"] = json!("3.1.0");
        v
    };
    let mut old31 = old.clone();
    old31["openapi"] = json!("3.1.0");
    let r = common::diff(&old31, &new);
    let rules = common::rules(&r);
    assert!(
        !rules.contains(&"openapi-response-media-type-removed"),
        "{rules:?}"
    );
    assert!(
        rules.contains(&"openapi-response-type-changed"),
        "{rules:?}"
    );
    // The other way the server may now send any type: clients that accept only JSON fail.
    let back = common::diff(
        &response(json!({"application/json": string()})),
        &response(json!({"*/*": string()})),
    );
    assert!(common::rules(&back).contains(&"openapi-response-media-type-removed"));
}
