//! A security scheme renamed (Blockfrost's `ApiKeyAuth` became `project_id`,
//! both the API key header `project_id`): clients send the same credentials,
//! so the operations that asked for the old name accept them under the new
//! one, either way; a scheme renamed that asks for other credentials (another
//! header) is still an alternative removed.

mod common;

use serde_json::{json, Value};

fn described(scheme: &str, header: &str) -> Value {
    common::spec(&json!({
        "paths": {"/blocks": {"get": {"responses": {"200": {"description": "ok"}}}}},
        "security": [{scheme: []}],
        "components": {"securitySchemes": {
            scheme: {"type": "apiKey", "in": "header", "name": header}
        }}
    }))
}

#[test]
fn a_scheme_renamed_with_the_same_credentials_removes_no_alternative() {
    let old = described("ApiKeyAuth", "project_id");
    let new = described("project_id", "project_id");
    for (a, b) in [(&old, &new), (&new, &old)] {
        let r = common::diff(a, b);
        let rules = common::rules(&r);
        assert!(
            !rules.contains(&"openapi-security-alternative-removed"),
            "{rules:?}"
        );
        // The old name is gone from the description all the same.
        assert!(
            rules.contains(&"openapi-security-scheme-removed"),
            "{rules:?}"
        );
    }
}

#[test]
fn a_scheme_renamed_with_other_credentials_removes_the_alternative() {
    let old = described("ApiKeyAuth", "project_id");
    let new = described("project_key", "X-Project-Key");
    for (a, b) in [(&old, &new), (&new, &old)] {
        let r = common::diff(a, b);
        assert!(
            common::rules(&r).contains(&"openapi-security-alternative-removed"),
            "{:?}",
            common::rules(&r)
        );
    }
}

#[test]
fn two_old_schemes_the_new_one_matches_are_no_rename() {
    // Which of the two old names the new one stands for is not known: each
    // old alternative is reported as before.
    let mut old = described("KeyA", "project_id");
    old["components"]["securitySchemes"]["KeyB"] =
        old["components"]["securitySchemes"]["KeyA"].clone();
    old["security"] = json!([{"KeyA": []}, {"KeyB": []}]);
    let new = described("project_id", "project_id");
    let r = common::diff(&old, &new);
    let removed = r
        .findings
        .iter()
        .filter(|f| f.rule == "openapi-security-alternative-removed")
        .count();
    assert_eq!(removed, 2, "{:?}", common::rules(&r));
}
