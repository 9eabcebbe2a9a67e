//! A whole description's schema comparisons are bounded in work: past the
//! bound, the schemas not compared are said (one warning, with how many
//! and the first places), never passed in silence; within it, everything
//! is compared as before. Which comparisons are left depends on their
//! work only, not on which thread was quicker.

mod common;

use compat_openapi::{Input, LoadError};
use compat_report::{Report, Severity};
use serde_json::{json, Value};

/// Three operations whose responses (each a schema of its own) reach a
/// component whose enum gains a value (`widened`) or not.
fn described(widened: bool) -> Value {
    let values = if widened {
        json!(["a", "b", "c"])
    } else {
        json!(["a", "b"])
    };
    let op = |wrapper: &str| {
        json!({"get": {"responses": {"200": {"description": "ok", "content": {"application/json": {
            "schema": {"type": "object", "properties": {
                wrapper: {"$ref": "#/components/schemas/pet"}
            }}
        }}}}}})
    };
    common::spec(&json!({
        "paths": {"/one": op("first"), "/two": op("second"), "/three": op("third")},
        "components": {"schemas": {"pet": {"type": "object", "properties": {
            "kind": {"type": "string", "enum": values}
        }}}}
    }))
}

/// `new` against `old`, each sender and direction's comparisons given `work`.
fn diff_within(old: &Value, new: &Value, work: usize) -> Result<Report, LoadError> {
    let mem = common::Mem::default()
        .with("old.json", old)
        .with("new.json", new);
    let input = |path: &str| Input {
        source: &mem,
        path: path.into(),
    };
    let opts = compat_openapi::DiffOptions {
        max_work: work,
        ..common::options()
    };
    Ok(compat_openapi::diff_files(
        &input("old.json"),
        &input("new.json"),
        &opts,
    ))
}

/// The symbols of the findings of `rule`.
fn symbols<'r>(r: &'r Report, rule: &str) -> Vec<&'r str> {
    let mut found: Vec<&str> = r
        .findings
        .iter()
        .filter(|f| f.rule == rule)
        .filter_map(|f| f.subject.symbol.as_deref())
        .collect();
    found.sort_unstable();
    found
}

#[test]
fn within_the_bound_every_schema_is_compared() {
    let (old, new) = (described(false), described(true));
    let r = diff_within(&old, &new, compat_openapi::engine::MAX_LANE_WORK).unwrap();
    assert_eq!(
        symbols(&r, "openapi-response-enum-widened"),
        ["GET /one", "GET /three", "GET /two"]
    );
    assert!(
        symbols(&r, "openapi-schema-not-compared").is_empty(),
        "{:?}",
        r.findings
    );
    // The CLI's bound is the same.
    assert_eq!(common::diff(&old, &new).findings, r.findings);
}

#[test]
fn past_the_bound_the_schemas_left_are_said_and_nothing_else_changes() {
    let (old, new) = (described(false), described(true));
    // Each end of a lane makes one comparison (any takes some work): the
    // first and the last of the three responses in the order of their
    // paths; the second, GET /three, is left, both ways, every time.
    for _ in 0..8 {
        let r = diff_within(&old, &new, 2).unwrap();
        assert_eq!(
            symbols(&r, "openapi-response-enum-widened"),
            ["GET /one", "GET /two"]
        );
        let said: Vec<_> = r
            .findings
            .iter()
            .filter(|f| f.rule == "openapi-schema-not-compared")
            .collect();
        assert_eq!(said.len(), 1, "{said:?}");
        assert_eq!(said[0].severity, Severity::Warning);
        assert_eq!(
            said[0].message,
            "new.json: schemas not compared: the description's schema comparisons took \
             their bound of 2 steps of work per sender and direction (`compat openapi diff \
             --max-work` sets it); 1 schema not compared for what breaks: GET /three: \
             response 200 application/json"
        );
    }
    // With no work at all, every response is said, and no change found.
    let r = diff_within(&old, &new, 0).unwrap();
    assert!(symbols(&r, "openapi-response-enum-widened").is_empty());
    let said = &r
        .findings
        .iter()
        .find(|f| f.rule == "openapi-schema-not-compared")
        .expect("said")
        .message;
    assert!(
        said.contains("3 schemas not compared for what breaks: GET /one: response 200 application/json, GET /three: response 200 application/json, GET /two: response 200 application/json"),
        "{said}"
    );
}

#[test]
fn the_same_description_leaves_nothing_to_say_at_any_bound() {
    // Unchanged schemas are not compared at all: no work, nothing left.
    let old = described(false);
    let r = diff_within(&old, &old, 0).unwrap();
    assert!(r.findings.is_empty(), "{:?}", r.findings);
}
