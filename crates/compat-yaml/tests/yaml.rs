//! compat-yaml on real-shaped documents and hostile ones.

use compat_yaml::{from_str, from_str_with_positions, ErrorKind, Limits, MIN_ALIAS_NODES};
use serde_json::json;

fn read(text: &str) -> serde_json::Value {
    from_str(text, &Limits::default()).unwrap_or_else(|e| panic!("{e}"))
}

fn fail(text: &str, limits: &Limits) -> ErrorKind {
    from_str(text, limits).expect_err("should fail").kind
}

#[test]
fn openapi_shaped_document() {
    let doc = read(
        "openapi: 3.0.3\ninfo:\n  title: Pets\n  version: '1.0'\npaths:\n  /pets/{id}:\n    get:\n      responses:\n        200:\n          description: ok\n        '404':\n          description: gone\n      deprecated: true\n      x-rate: 1.5\n      tags: [a, \"b\", ~]\n",
    );
    assert_eq!(
        doc,
        json!({
            "openapi": "3.0.3",
            "info": {"title": "Pets", "version": "1.0"},
            "paths": {"/pets/{id}": {"get": {
                "responses": {"200": {"description": "ok"}, "404": {"description": "gone"}},
                "deprecated": true, "x-rate": 1.5, "tags": ["a", "b", null]
            }}}
        })
    );
}

#[test]
fn key_order_is_kept() {
    let doc = read("b: 1\na: 2\nc: 3\n");
    let keys: Vec<_> = doc.as_object().unwrap().keys().cloned().collect();
    assert_eq!(keys, ["b", "a", "c"]);
}

#[test]
fn json_is_yaml() {
    let text = r#"{"type": "object", "properties": {"n": {"type": "integer", "minimum": -3}}, "required": ["n"]}"#;
    assert_eq!(
        read(text),
        serde_json::from_str::<serde_json::Value>(text).unwrap()
    );
}

#[test]
fn anchors_aliases_and_merge_keys() {
    let doc = read(
        "base: &base {type: string, maxLength: 3}\nuse: *base\nmerged:\n  <<: *base\n  maxLength: 9\nlist: [*base]\n",
    );
    assert_eq!(doc["use"], json!({"type": "string", "maxLength": 3}));
    assert_eq!(doc["merged"], json!({"maxLength": 9, "type": "string"}));
    assert_eq!(doc["list"][0]["type"], "string");
    // A quoted "<<" is an ordinary key.
    assert_eq!(read("'<<': 1\n"), json!({"<<": 1}));
    // Merge of several mappings: the first wins.
    let doc = read("a: &a {x: 1}\nb: &b {x: 2, y: 2}\nc:\n  <<: [*a, *b]\n");
    assert_eq!(doc["c"], json!({"x": 1, "y": 2}));
}

#[test]
fn block_scalars() {
    let doc = read("description: |\n  line one\n  line two\nfolded: >\n  a\n  b\n");
    assert_eq!(doc["description"], "line one\nline two\n");
    assert_eq!(doc["folded"], "a b\n");
}

#[test]
fn explicit_tags() {
    let doc = read("a: !!str 123\nb: !!int '42'\nc: !custom thing\n");
    assert_eq!(doc, json!({"a": "123", "b": 42, "c": "thing"}));
}

#[test]
fn errors_name_the_line() {
    let e = from_str("a: 1\nb: [1, 2\n", &Limits::default()).unwrap_err();
    assert!(matches!(e.kind, ErrorKind::Syntax(_)), "{e}");
    assert!(e.line >= 2, "{e}");
    let e = from_str("a: 1\nb: 2\na: 3\n", &Limits::default()).unwrap_err();
    assert_eq!(e.kind, ErrorKind::DuplicateKey("a".into()));
    assert_eq!(e.line, 3);
    assert!(
        e.to_string().starts_with("line 3, column 1: duplicate key"),
        "{e}"
    );
}

#[test]
fn document_count() {
    assert_eq!(fail("", &Limits::default()), ErrorKind::Empty);
    assert_eq!(
        fail("# only a comment\n", &Limits::default()),
        ErrorKind::Empty
    );
    assert_eq!(
        fail("a: 1\n---\nb: 2\n", &Limits::default()),
        ErrorKind::SeveralDocuments
    );
    assert_eq!(read("---\na: 1\n...\n"), json!({"a": 1}));
}

#[test]
fn complex_keys_and_bad_aliases() {
    assert_eq!(
        fail("? [a, b]\n: 1\n", &Limits::default()),
        ErrorKind::ComplexKey
    );
    // The parser itself refuses an anchor it has not seen.
    let kind = fail("a: *nowhere\n", &Limits::default());
    assert!(
        matches!(&kind, ErrorKind::Syntax(m) if m.contains("anchor")),
        "{kind:?}"
    );
    assert_eq!(
        fail("a: &x [1, *x]\n", &Limits::default()),
        ErrorKind::UnknownAlias
    );
    assert_eq!(
        fail("a: &x 1\nb:\n  <<: *x\n", &Limits::default()),
        ErrorKind::BadMerge
    );
}

#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    // Block sequences nest on one line: 100,000 levels in 200 KB.
    let text = "- ".repeat(100_000) + "x\n";
    assert_eq!(fail(&text, &Limits::default()), ErrorKind::TooDeep(256));
    let text = "[".repeat(100_000);
    let kind = fail(&text, &Limits::default());
    assert!(
        matches!(kind, ErrorKind::TooDeep(_) | ErrorKind::Syntax(_)),
        "{kind:?}"
    );
    let text = "{a: ".repeat(100_000);
    let kind = fail(&text, &Limits::default());
    assert!(
        matches!(kind, ErrorKind::TooDeep(_) | ErrorKind::Syntax(_)),
        "{kind:?}"
    );
    // Within the limit it reads.
    let text = "- ".repeat(200) + "x\n";
    assert!(from_str(&text, &Limits::default()).is_ok());
}

#[test]
fn billion_laughs_stops_at_the_node_budget() {
    let mut text = String::from("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
    for i in 1..10 {
        let prev = format!("*a{}", i - 1);
        let list = [prev.as_str(); 10].join(", ");
        text.push_str(&format!("a{i}: &a{i} [{list}]\n"));
    }
    // The node budget alone (the alias budget out of the way).
    let limits = Limits {
        max_nodes: 1_000_000,
        max_alias_nodes: usize::MAX,
        alias_nodes_per_byte: usize::MAX,
        ..Limits::default()
    };
    let started = std::time::Instant::now();
    assert_eq!(fail(&text, &limits), ErrorKind::TooManyNodes(1_000_000));
    assert!(started.elapsed().as_secs() < 10);
}

/// With the default limits, the copies aliases make stop at their own budget, long before the
/// node budget (the fuzz target schema_diff's 459-byte seed took 3 GB and 5 s to reach 20
/// million nodes); the same anchors used within it read.
#[test]
fn billion_laughs_stops_at_the_alias_budget() {
    let mut text = String::from("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
    for i in 1..9 {
        let prev = format!("*a{}", i - 1);
        let list = [prev.as_str(); 10].join(", ");
        text.push_str(&format!("a{i}: &a{i} [{list}]\n"));
    }
    // Without the budget per byte, the budget of the whole document.
    let whole = Limits {
        alias_nodes_per_byte: usize::MAX,
        ..Limits::default()
    };
    let started = std::time::Instant::now();
    assert_eq!(fail(&text, &whole), ErrorKind::TooManyAliasNodes(1_000_000));
    assert!(started.elapsed().as_secs() < 10);
    assert_eq!(
        ErrorKind::TooManyAliasNodes(1_000_000).to_string(),
        "aliases copy more than 1000000 nodes"
    );
    // Five levels copy 123,440 nodes: within the budget of the whole document, not within
    // 100,000.
    let five: String = text.lines().take(5).map(|l| format!("{l}\n")).collect();
    let value = from_str(&five, &whole).unwrap();
    assert_eq!(value["a4"].as_array().unwrap().len(), 10);
    let tight = Limits {
        max_alias_nodes: 100_000,
        ..whole
    };
    assert_eq!(fail(&five, &tight), ErrorKind::TooManyAliasNodes(100_000));
}

/// What aliases copy grows with the text: 16 nodes a byte, at least 16,384. The fuzz target
/// openapi_load's 779 bytes of anchors were refused after 1 million copies (228 MB); a text of
/// that size is refused after 16,384, and a long text that copies the same anchors reads.
#[test]
fn aliases_copy_in_proportion_to_the_text() {
    let mut text = String::from("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
    for i in 1..9 {
        let prev = format!("*a{}", i - 1);
        let list = [prev.as_str(); 10].join(", ");
        text.push_str(&format!("a{i}: &a{i} [{list}]\n"));
    }
    assert!(text.len() * 16 < MIN_ALIAS_NODES, "{}", text.len());
    assert_eq!(
        fail(&text, &Limits::default()),
        ErrorKind::TooManyAliasNodes(MIN_ALIAS_NODES)
    );
    // Four levels copy 12,340 nodes: within what any text may copy.
    let four: String = text.lines().take(4).map(|l| format!("{l}\n")).collect();
    assert_eq!(read(&four)["a3"].as_array().unwrap().len(), 10);
    // Five levels copy 123,440: refused in a short text, read in one of 8,000 bytes or more
    // (16 nodes a byte), the same anchors with a long comment.
    let five: String = text.lines().take(5).map(|l| format!("{l}\n")).collect();
    assert_eq!(
        fail(&five, &Limits::default()),
        ErrorKind::TooManyAliasNodes(MIN_ALIAS_NODES)
    );
    let long = format!("{five}# {}\n", "x".repeat(8_000));
    assert_eq!(read(&long)["a4"].as_array().unwrap().len(), 10);
    let short = format!("{five}# {}\n", "x".repeat(7_000));
    assert_eq!(
        fail(&short, &Limits::default()),
        ErrorKind::TooManyAliasNodes(short.len() * 16)
    );
}

#[test]
fn positions_by_json_pointer() {
    let (doc, positions) = from_str_with_positions(
        "info:\n  title: x\npaths:\n  /a/b:\n    get:\n      tags:\n        - one\n        - two\n",
        &Limits::default(),
    )
    .unwrap();
    assert_eq!(doc["paths"]["/a/b"]["get"]["tags"][1], "two");
    let at = |p: &str| positions.get(p).map(|pos| (pos.line, pos.column));
    assert_eq!(at("/info/title"), Some((2, 3)));
    assert_eq!(at("/paths/~1a~1b/get"), Some((5, 5)));
    assert_eq!(at("/paths/~1a~1b/get/tags/0"), Some((7, 11)));
    assert_eq!(at("/paths/~1a~1b/get/tags/1"), Some((8, 11)));
    assert_eq!(at("/nowhere"), None);
}
