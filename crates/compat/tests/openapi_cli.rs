//! `compat openapi diff` end to end: exit codes, the README's example, bad
//! inputs as one-line errors, multi-file descriptions, `REV:PATH` through
//! git, and Swagger 2.0 against its OpenAPI 3 rewrite.

mod common;

use std::path::Path;
use std::process::Command;

use serde_json::json;

fn fixture(name: &str) -> String {
    format!("{}/tests/openapi/{name}", env!("CARGO_MANIFEST_DIR"))
}

fn compat(args: &[&str], dir: Option<&Path>) -> common::Run {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_compat"));
    cmd.args(args).env_remove("COMPAT_NOW");
    if let Some(d) = dir {
        cmd.current_dir(d);
    }
    let out = cmd.output().unwrap();
    common::Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

fn write(dir: &Path, name: &str, value: &serde_json::Value) {
    let path = dir.join(name);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, serde_json::to_string_pretty(value).unwrap()).unwrap();
}

#[test]
fn the_readme_example_breaks_and_says_when_removal_is_allowed() {
    // Run from the repository's root, as the README shows it.
    let root = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."));
    let (old, new) = (
        "crates/compat/tests/openapi/old.json",
        "crates/compat/tests/openapi/new.json",
    );
    let args = [
        "openapi",
        "diff",
        old,
        new,
        "--now",
        "2026-12-04",
        "--default-window",
        "30",
    ];
    let run = compat(&args, Some(root));
    assert_eq!(run.code, 1, "{}{}", run.stdout, run.stderr);
    assert!(run.stdout.contains(
        "breaking[openapi-operation-removed-early]: DELETE /pets: removed before its deprecation window ends; removal is allowed from 2027-06-01"
    ), "{}", run.stdout);
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../README.md")).unwrap();
    for line in run.stdout.lines() {
        assert!(readme.contains(line), "README's example lacks {line:?}");
    }
    let mut json_args = args.to_vec();
    json_args.extend(["-f", "json", "--changelog"]);
    let report = compat(&json_args, Some(root)).json();
    assert_eq!(report["verdict"], "major");
    assert_eq!(report["command"], "openapi diff");
    assert_eq!(report["summary"]["info"], 3);
    // Each finding at its element: the removed operation in the old file,
    // the parameter that became required in the new one.
    let at = |rule: &str| {
        let f = report["findings"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["rule"] == rule)
            .unwrap_or_else(|| panic!("no {rule}"));
        f["location"].clone()
    };
    assert_eq!(
        at("openapi-operation-removed-early"),
        json!({"path": old, "line": 61, "column": 7})
    );
    assert_eq!(
        at("openapi-parameter-became-required"),
        json!({"path": new, "line": 17, "column": 11})
    );
    // SARIF: the same line, for code scanning.
    let mut sarif_args = args.to_vec();
    sarif_args.extend(["-f", "sarif"]);
    let sarif = compat(&sarif_args, Some(root)).json();
    for result in sarif["runs"][0]["results"].as_array().unwrap() {
        let place = &result["locations"][0]["physicalLocation"];
        let uri = place["artifactLocation"]["uri"].as_str().unwrap();
        assert!(uri == old || uri == new, "{place}");
        assert!(
            place["region"]["startLine"].as_u64().unwrap() > 1,
            "{place}"
        );
    }
}

#[test]
fn a_description_against_itself_finds_nothing() {
    let old = fixture("old.json");
    let run = compat(&["openapi", "diff", &old, &old, "--changelog"], None);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    assert!(!run.stdout.contains('['), "{}", run.stdout);
}

#[test]
fn bad_inputs_are_one_line_errors_naming_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(
        d,
        "ok.json",
        &json!({"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {}}),
    );
    write(
        d,
        "remote.json",
        &json!({"openapi": "3.0.3", "info": {"title": "t", "version": "1"},
        "paths": {"/a": {"$ref": "https://example.com/paths.json#/a"}}}),
    );
    write(
        d,
        "dangling.json",
        &json!({"openapi": "3.0.3", "info": {"title": "t", "version": "1"},
        "paths": {"/a": {"get": {"responses": {"200": {"$ref": "#/components/responses/Gone"}}}}}}),
    );
    write(
        d,
        "cycle.json",
        &json!({"openapi": "3.0.3", "info": {"title": "t", "version": "1"},
        "paths": {"/a": {"$ref": "#/x-a"}}, "x-a": {"$ref": "#/x-b"}, "x-b": {"$ref": "#/x-a"}}),
    );
    write(d, "not-openapi.json", &json!({"hello": "world"}));
    write(d, "version.json", &json!({"openapi": "4.0.0", "paths": {}}));
    std::fs::write(d.join("broken.json"), "{\"openapi\": ").unwrap();
    let cases = [
        ("missing.json", "missing.json"),
        ("remote.json", "names a URL"),
        ("dangling.json", "points at nothing"),
        ("cycle.json", "cycle"),
        ("not-openapi.json", "no openapi or swagger field"),
        ("version.json", "not a version compat reads"),
        ("broken.json", "invalid JSON"),
    ];
    for (name, words) in cases {
        let run = compat(&["openapi", "diff", "ok.json", name], Some(d));
        assert_eq!(run.code, 2, "{name}: {}{}", run.stdout, run.stderr);
        let all = format!("{}{}", run.stdout, run.stderr);
        let line = all
            .lines()
            .find(|l| l.contains(name))
            .unwrap_or_else(|| panic!("{name}: {all}"));
        assert!(line.contains(words), "{name}: {line}");
        assert_eq!(line.matches(name).count(), 1, "the file named once: {line}");
        assert!(!all.contains("panicked"), "{all}");
    }
}

#[test]
fn a_change_in_a_referenced_file_is_found() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let main = json!({"openapi": "3.0.3", "info": {"title": "t", "version": "1"},
        "paths": {"/pets": {"get": {"responses": {"200": {"description": "ok",
            "content": {"application/json": {"schema": {"$ref": "schemas/pet.json"}}}}}}}}});
    write(d, "old/openapi.json", &main);
    write(d, "new/openapi.json", &main);
    let pet = |required: &[&str]| {
        json!({"type": "object", "required": required,
        "properties": {"id": {"type": "integer"}, "name": {"$ref": "../common.json#/definitions/Name"}}})
    };
    write(d, "old/schemas/pet.json", &pet(&["id", "name"]));
    write(d, "new/schemas/pet.json", &pet(&["id"]));
    write(
        d,
        "old/common.json",
        &json!({"definitions": {"Name": {"type": "string"}}}),
    );
    write(
        d,
        "new/common.json",
        &json!({"definitions": {"Name": {"type": "string", "nullable": true}}}),
    );
    let run = compat(
        &[
            "openapi",
            "diff",
            "old/openapi.json",
            "new/openapi.json",
            "-f",
            "json",
        ],
        Some(d),
    );
    assert_eq!(run.code, 1, "{}{}", run.stdout, run.stderr);
    let rules: Vec<String> = run.json()["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["rule"].as_str().unwrap().to_owned())
        .collect();
    assert!(
        rules.contains(&"openapi-response-property-optional".to_owned()),
        "{rules:?}"
    );
    assert!(
        rules.contains(&"openapi-response-type-changed".to_owned()),
        "{rules:?}"
    );
}

#[test]
fn a_git_revision_is_read_with_its_referenced_files() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let git = |args: &[&str]| {
        let ok = Command::new("git")
            .args(args)
            .current_dir(d)
            .env("GIT_AUTHOR_NAME", "t")
            .env("GIT_AUTHOR_EMAIL", "t@example.com")
            .env("GIT_COMMITTER_NAME", "t")
            .env("GIT_COMMITTER_EMAIL", "t@example.com")
            .status()
            .map(|s| s.success())
            .unwrap_or(false);
        assert!(
            ok || std::env::var_os("CI").is_none(),
            "git {args:?} failed"
        );
        ok
    };
    if !git(&["init", "-q"]) {
        return; // no git here (CI has it: the assert above)
    }
    let spec = |extra: bool| {
        let mut paths = json!({"/pets": {"$ref": "paths/pets.json"}});
        if extra {
            paths["/toys"] = json!({"get": {"responses": {"200": {"description": "ok"}}}});
        }
        json!({"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": paths})
    };
    write(d, "api/openapi.json", &spec(true));
    write(
        d,
        "api/paths/pets.json",
        &json!({"get": {"responses": {"200": {"description": "ok"}}}}),
    );
    git(&["add", "."]);
    git(&["commit", "-qm", "v1"]);
    write(d, "api/openapi.json", &spec(false));
    let run = compat(
        &[
            "openapi",
            "diff",
            "HEAD:api/openapi.json",
            "api/openapi.json",
        ],
        Some(d),
    );
    assert_eq!(run.code, 1, "{}{}", run.stdout, run.stderr);
    assert!(
        run.stdout
            .contains("breaking[openapi-operation-removed]: GET /toys"),
        "{}",
        run.stdout
    );
    let run = compat(
        &[
            "openapi",
            "diff",
            "HEAD:api/openapi.json",
            "HEAD:api/openapi.json",
        ],
        Some(d),
    );
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    let run = compat(
        &[
            "openapi",
            "diff",
            "HEAD:api/nothing.json",
            "api/openapi.json",
        ],
        Some(d),
    );
    assert_eq!(run.code, 2, "{}{}", run.stdout, run.stderr);
    assert!(format!("{}{}", run.stdout, run.stderr).contains("HEAD:api/nothing.json"));

    // From a subdirectory, PATH is from the repository's root, ./PATH and ../PATH from the working
    // directory (as `git show` reads them); the $ref'd file is read at the revision either way.
    let api = d.join("api");
    for old in [
        "HEAD:api/openapi.json",
        "HEAD:./openapi.json",
        "HEAD:../api/openapi.json",
    ] {
        let run = compat(&["openapi", "diff", old, "openapi.json"], Some(&api));
        assert_eq!(run.code, 1, "{old}: {}{}", run.stdout, run.stderr);
        assert!(
            run.stdout
                .contains("breaking[openapi-operation-removed]: GET /toys"),
            "{old}: {}",
            run.stdout
        );
    }
    for (old, named) in [
        ("HEAD:openapi.json", "HEAD:openapi.json"),
        ("HEAD:../../openapi.json", "outside the repository"),
    ] {
        let run = compat(&["openapi", "diff", old, "openapi.json"], Some(&api));
        assert_eq!(run.code, 2, "{old}: {}{}", run.stdout, run.stderr);
        assert!(
            format!("{}{}", run.stdout, run.stderr).contains(named),
            "{old}: {}{}",
            run.stdout,
            run.stderr
        );
    }
}

#[test]
fn swagger_2_and_its_openapi_3_rewrite_compare_equal() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(
        d,
        "v2.json",
        &json!({
            "swagger": "2.0", "info": {"title": "t", "version": "1"},
            "host": "pets.example.com", "basePath": "/v1", "schemes": ["https"],
            "consumes": ["application/json"], "produces": ["application/json"],
            "securityDefinitions": {"key": {"type": "apiKey", "in": "header", "name": "X-Key"}},
            "security": [{"key": []}],
            "paths": {"/pets": {
                "get": {"parameters": [{"name": "tags", "in": "query", "type": "array", "items": {"type": "string"}, "collectionFormat": "multi"},
                                       {"name": "limit", "in": "query", "type": "integer", "maximum": 100}],
                        "responses": {"200": {"description": "ok", "schema": {"type": "array", "items": {"$ref": "#/definitions/Pet"}}}}},
                "post": {"parameters": [{"name": "pet", "in": "body", "required": true, "schema": {"$ref": "#/definitions/Pet"}}],
                         "responses": {"201": {"description": "made"}}}}},
            "definitions": {"Pet": {"type": "object", "required": ["name"], "properties": {"name": {"type": "string"}}}}
        }),
    );
    write(
        d,
        "v3.json",
        &json!({
            "openapi": "3.0.3", "info": {"title": "t", "version": "1"},
            "servers": [{"url": "https://pets.example.com/v1"}],
            "components": {"securitySchemes": {"key": {"type": "apiKey", "in": "header", "name": "X-Key"}},
                           "schemas": {"Pet": {"type": "object", "required": ["name"], "properties": {"name": {"type": "string"}}}}},
            "security": [{"key": []}],
            "paths": {"/pets": {
                "get": {"parameters": [{"name": "tags", "in": "query", "schema": {"type": "array", "items": {"type": "string"}}},
                                       {"name": "limit", "in": "query", "schema": {"type": "integer", "maximum": 100}}],
                        "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {"type": "array", "items": {"$ref": "#/components/schemas/Pet"}}}}}}},
                "post": {"requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Pet"}}}},
                         "responses": {"201": {"description": "made"}}}}}
        }),
    );
    for (a, b) in [("v2.json", "v3.json"), ("v3.json", "v2.json")] {
        let run = compat(
            &["openapi", "diff", a, b, "--changelog", "-f", "json"],
            Some(d),
        );
        assert_eq!(run.code, 0, "{a} -> {b}: {}{}", run.stdout, run.stderr);
        assert_eq!(run.json()["findings"], json!([]), "{a} -> {b}");
    }
}

/// `--max-work` sets the bound of a whole description's schema comparisons:
/// past it the schemas left are one warning naming them, and what the rest
/// of the description breaks is still found; the default compares all.
#[test]
fn max_work_bounds_the_schema_comparisons_and_says_what_is_left() {
    let (old, new) = (fixture("old.json"), fixture("new.json"));
    let base = ["openapi", "diff", &old, &new, "--now", "2026-12-04"];
    let run = compat(&[&base[..], &["--max-work", "1"]].concat(), None);
    assert_eq!(run.code, 1, "{}{}", run.stdout, run.stderr);
    let said: Vec<&str> = run
        .stdout
        .lines()
        .filter(|l| l.starts_with("warning[openapi-schema-not-compared]"))
        .collect();
    assert_eq!(said.len(), 1, "{}", run.stdout);
    assert!(
        said[0].contains("bound of 1 step of work per sender and direction (`compat openapi diff --max-work` sets it); 3 schemas not compared for what breaks: GET /pets: response 200 application/json, POST /pets: request body application/json, GET /pets/{petId}: response 200 application/json"),
        "{}",
        said[0]
    );
    assert!(
        run.stdout
            .contains("breaking[openapi-parameter-became-required]")
            && !run.stdout.contains("openapi-response-property-optional"),
        "{}",
        run.stdout
    );
    let run = compat(&base, None);
    assert!(
        !run.stdout.contains("openapi-schema-not-compared")
            && run.stdout.contains("openapi-response-property-optional"),
        "{}",
        run.stdout
    );
}

#[test]
fn bad_options_exit_2() {
    let old = fixture("old.json");
    for extra in [
        ["--window", "stable"],
        ["--now", "tomorrow"],
        ["--max-work", "0"],
        ["--max-work", "lots"],
    ] {
        let mut args = vec!["openapi", "diff", &old, &old];
        args.extend(extra);
        let run = compat(&args, None);
        assert_eq!(run.code, 2, "{extra:?}: {}{}", run.stdout, run.stderr);
    }
}

#[test]
fn yaml_and_json_spellings_of_one_description_compare_equal() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let yaml = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /pets:\n    get:\n      parameters:\n        - {name: limit, in: query, schema: {type: integer}}\n      responses:\n        200:\n          description: ok\n          content:\n            application/json:\n              schema: {$ref: 'schemas.yaml#/Pet'}\n";
    std::fs::write(d.join("api.yaml"), yaml).unwrap();
    std::fs::write(
        d.join("schemas.yaml"),
        "Pet:\n  type: object\n  required: [name]\n  properties:\n    name: {type: string}\n",
    )
    .unwrap();
    write(
        d,
        "api.json",
        &json!({"openapi": "3.0.3", "info": {"title": "t", "version": "1"},
        "paths": {"/pets": {"get": {"parameters": [{"name": "limit", "in": "query", "schema": {"type": "integer"}}],
            "responses": {"200": {"description": "ok", "content": {"application/json": {"schema":
                {"type": "object", "required": ["name"], "properties": {"name": {"type": "string"}}}}}}}}}}}),
    );
    let run = compat(
        &[
            "openapi",
            "diff",
            "api.yaml",
            "api.json",
            "--changelog",
            "-f",
            "json",
        ],
        Some(d),
    );
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    assert_eq!(run.json()["findings"], json!([]));
    std::fs::write(d.join("bad.yaml"), "openapi: 3.0.3\npaths:\n  /a: [\n").unwrap();
    let run = compat(&["openapi", "diff", "api.yaml", "bad.yaml"], Some(d));
    assert_eq!(run.code, 2, "{}{}", run.stdout, run.stderr);
    let all = format!("{}{}", run.stdout, run.stderr);
    assert!(all.contains("bad.yaml: invalid YAML: line"), "{all}");
}
