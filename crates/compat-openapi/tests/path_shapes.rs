//! Two path templates of one shape (`/schemes/{id}` beside
//! `/schemes/{schemeId}`), which OpenAPI forbids and real descriptions have:
//! the operations of both are one path's, so an operation still listed under
//! the other name is not removed, the ones each adds are added, and one that
//! goes away from either is removed; in OpenAPI 3 and Swagger 2.0.

mod common;

use serde_json::{json, Value};

fn op() -> Value {
    json!({"responses": {"200": {"description": "ok"}}})
}

/// `(method, path)` of the findings of `rule`.
fn named(report: &compat_report::Report, rule: &str) -> Vec<String> {
    let mut out: Vec<String> = report
        .findings
        .iter()
        .filter(|f| f.rule == rule)
        .filter_map(|f| f.subject.symbol.clone())
        .collect();
    out.sort();
    out
}

fn swagger2(paths: Value) -> Value {
    json!({"swagger": "2.0", "info": {"title": "pets", "version": "1"}, "paths": paths})
}

#[test]
fn operations_under_a_second_template_of_the_same_shape_are_kept() {
    let old_paths = json!({"/schemes/{id}": {"get": op()}});
    let new_paths = json!({
        "/schemes/{id}": {"get": op(), "put": op()},
        "/schemes/{schemeId}": {"delete": op()}
    });
    for (old, new) in [
        (
            common::spec(&json!({ "paths": old_paths })),
            common::spec(&json!({ "paths": new_paths })),
        ),
        (swagger2(old_paths.clone()), swagger2(new_paths.clone())),
    ] {
        let forward = common::diff(&old, &new);
        assert!(forward.errors.is_empty(), "{:?}", forward.errors);
        assert_eq!(
            named(&forward, "openapi-operation-removed"),
            Vec::<String>::new()
        );
        assert_eq!(
            named(&forward, "openapi-operation-added"),
            ["DELETE /schemes/{schemeId}", "PUT /schemes/{id}"]
        );
        // The other way both are removed, and the GET listed under {id} on both sides is not.
        let backward = common::diff(&new, &old);
        assert_eq!(
            named(&backward, "openapi-operation-removed"),
            ["DELETE /schemes/{schemeId}", "PUT /schemes/{id}"]
        );
        assert_eq!(
            named(&backward, "openapi-operation-added"),
            Vec::<String>::new()
        );
        for side in [&old, &new] {
            let same = common::diff(side, side);
            assert!(same.findings.is_empty(), "{:?}", common::rules(&same));
        }
    }
}

#[test]
fn where_both_templates_have_a_method_the_first_is_compared() {
    // The first template's GET answers a string, the second's (unreachable: the
    // server routes the path once) an integer; the first is the one compared.
    let string = json!({"responses": {"200": {"description": "ok",
        "content": {"application/json": {"schema": {"type": "string"}}}}}});
    let integer = json!({"responses": {"200": {"description": "ok",
        "content": {"application/json": {"schema": {"type": "integer"}}}}}});
    let old = common::spec(&json!({"paths": {"/schemes/{id}": {"get": string}}}));
    let new = common::spec(&json!({"paths": {
        "/schemes/{id}": {"get": string},
        "/schemes/{schemeId}": {"get": integer}
    }}));
    let r = common::diff(&old, &new);
    assert!(r.findings.is_empty(), "{:?}", common::rules(&r));
    let swapped = common::spec(&json!({"paths": {
        "/schemes/{schemeId}": {"get": integer},
        "/schemes/{id}": {"get": string}
    }}));
    let r = common::diff(&old, &swapped);
    assert!(
        common::rules(&r).contains(&"openapi-response-type-changed"),
        "{:?}",
        common::rules(&r)
    );
}
