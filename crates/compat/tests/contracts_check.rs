//! `compat check` on contract components (GOVERNANCE.md 6.2 and 6.5): a `json-schema` component under a
//! `backward-transitive` data-format promise, an `openapi` component (a YAML description whose baseline
//! is read from a git tag, `$ref`s included) and a `cli` component under the 18-month flag promise, in a
//! real git repository. Old against old finds nothing and keeps every promise; compatible changes stay
//! green; each kind's break fails the check with its rule and violates its promise.

mod common;

use std::path::Path;
use std::process::Command;

use common::{compat_cmd, finish, Run};
use serde_json::{json, Value};

const CONFIG: &str = r#"version = 1
[project]
name = "contracts"

[promises.semver]
kind = "semver"
version_from = "git-tag:v*"

[promises.data-format]
kind = "json-schema"
mode = "backward-transitive"
schemas = ["schemas/*.json"]

[promises.cli-flags]
kind = "cli"
surface = "cli/tool.json"

[component.events]
kind = "json-schema"
owner = "@data"
artifact = "schemas/event.json"
baseline.release = "git:v1.0.0:schemas/event.json"
promises = ["data-format"]

[component.api]
kind = "openapi"
owner = "@api"
artifact = "api/openapi.yaml"
baseline.release = "git:v1.0.0:api/openapi.yaml"

[component.tool]
kind = "cli"
owner = "@cli"
artifact = "cli/tool.json"
baseline.release = "git:v1.0.0:cli/tool.json"
promises = ["cli-flags"]
"#;

const API: &str = "openapi: 3.0.3
info: {title: pets, version: '1.0'}
paths:
  /pets:
    get:
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {$ref: 'schemas.yaml#/Pet'}
  /pets/{id}:
    delete:
      parameters: [{name: id, in: path, required: true, schema: {type: string}}]
      responses: {'204': {description: gone}}
";

const API_SCHEMAS: &str = "Pet:
  type: object
  properties:
    name: {type: string}
";

fn schema(kinds: &[&str]) -> Value {
    json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "type": "object",
        "properties": {"id": {"type": "string"}, "kind": {"enum": kinds}},
        "required": ["id"],
        "additionalProperties": false
    })
}

fn surface(flags: &[&str]) -> Value {
    let flags: Vec<Value> = flags
        .iter()
        .map(|f| json!({"names": [f], "type": "switch"}))
        .collect();
    json!({"format": "compat-cli-surface", "version": 1, "source": "help",
           "command": {"name": "tool", "flags": flags}})
}

struct Project(tempfile::TempDir);

impl Project {
    fn new() -> Project {
        let p = Project(tempfile::tempdir().unwrap());
        p.git(&["init", "-q", "-b", "main"]);
        p.write("compat.toml", CONFIG);
        p.write("api/openapi.yaml", API);
        p.write("api/schemas.yaml", API_SCHEMAS);
        p.write_json("schemas/event.json", &schema(&["a", "b"]));
        p.write_json("cli/tool.json", &surface(&["--verbose", "--output"]));
        p.commit("v1");
        p.git(&["tag", "v1.0.0"]);
        p
    }

    fn path(&self) -> &Path {
        self.0.path()
    }

    fn write(&self, rel: &str, text: &str) {
        let path = self.path().join(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }

    fn write_json(&self, rel: &str, v: &Value) {
        self.write(rel, &serde_json::to_string_pretty(v).unwrap());
    }

    fn git(&self, args: &[&str]) {
        let out = Command::new("git")
            .current_dir(self.path())
            .args(["-c", "user.email=ci@example.org", "-c", "user.name=CI"])
            .args(args)
            .output()
            .expect("git");
        assert!(
            out.status.success(),
            "git {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }

    fn commit(&self, message: &str) {
        self.git(&["add", "-A"]);
        self.git(&["commit", "-q", "-m", message]);
    }

    fn check(&self) -> Run {
        finish(
            compat_cmd()
                .current_dir(self.path())
                .args(["check", "--baseline", "release", "--format", "json"])
                .output()
                .unwrap(),
        )
    }
}

fn component<'a>(report: &'a Value, name: &str) -> &'a Value {
    report["components"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["name"] == name)
        .unwrap_or_else(|| panic!("no component {name} in {report}"))
}

fn promise(report: &Value, component_name: &str) -> String {
    component(report, component_name)["promises"][0]["status"]
        .as_str()
        .unwrap_or_default()
        .to_owned()
}

fn rules(report: &Value) -> Vec<String> {
    let mut r: Vec<String> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["severity"] == "breaking")
        .map(|f| f["rule"].as_str().unwrap().to_owned())
        .collect();
    r.sort();
    r
}

#[test]
fn old_against_old_finds_nothing_and_keeps_every_promise() {
    let p = Project::new();
    let run = p.check();
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    let report = run.json();
    assert!(
        report["findings"].as_array().unwrap().is_empty(),
        "{report}"
    );
    assert!(report["errors"].as_array().unwrap().is_empty(), "{report}");
    assert_eq!(promise(&report, "events"), "kept");
    assert_eq!(promise(&report, "tool"), "kept");
}

#[test]
fn compatible_changes_stay_green() {
    let p = Project::new();
    // A new enum value (old documents stay valid), a new operation, a new flag.
    p.write_json("schemas/event.json", &schema(&["a", "b", "c"]));
    p.write("api/openapi.yaml", &format!("{API}  /pets/{{id}}/photo:\n    get:\n      responses: {{'200': {{description: ok}}}}\n"));
    p.write_json(
        "cli/tool.json",
        &surface(&["--verbose", "--output", "--quiet"]),
    );
    p.commit("compatible");
    let run = p.check();
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    let report = run.json();
    assert!(rules(&report).is_empty(), "{report}");
    assert_eq!(promise(&report, "events"), "kept");
    assert_eq!(promise(&report, "tool"), "kept");
}

#[test]
fn each_contract_break_fails_with_its_rule_and_violates_its_promise() {
    let p = Project::new();
    p.write_json("schemas/event.json", &schema(&["a"]));
    p.write("api/openapi.yaml", &API.replace("    delete:\n      parameters: [{name: id, in: path, required: true, schema: {type: string}}]\n      responses: {'204': {description: gone}}\n", "    get:\n      responses: {'200': {description: ok}}\n"));
    // A response property's type narrowed in the referenced file.
    p.write(
        "api/schemas.yaml",
        &API_SCHEMAS.replace("name: {type: string}", "name: {type: [string, integer]}"),
    );
    p.write_json("cli/tool.json", &surface(&["--verbose"]));
    p.commit("breaking");
    let run = p.check();
    assert_eq!(run.code, 1, "{}{}", run.stdout, run.stderr);
    let report = run.json();
    let rules = rules(&report);
    assert!(
        rules.contains(&"schema-enum-narrowed".to_owned()),
        "{rules:?}"
    );
    assert!(rules.contains(&"cli-flag-removed".to_owned()), "{rules:?}");
    assert!(rules.iter().any(|r| r.starts_with("openapi-")), "{rules:?}");
    assert_eq!(promise(&report, "events"), "violated");
    assert_eq!(promise(&report, "tool"), "violated");
    for name in ["events", "api", "tool"] {
        assert_eq!(
            component(&report, name)["state"],
            "breaking",
            "{name}: {report}"
        );
    }
    // Findings name the files as the project file does.
    let cli = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["rule"] == "cli-flag-removed")
        .unwrap();
    assert_eq!(cli["subject"]["old_file"], "git:v1.0.0:cli/tool.json");
    assert_eq!(cli["subject"]["component"], "tool");
    // The OpenAPI baseline too, as compat.toml writes it (it read v1.0.0:api/openapi.yaml).
    let api = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["rule"].as_str().unwrap().starts_with("openapi-"))
        .unwrap();
    assert_eq!(
        api["subject"]["old_file"], "git:v1.0.0:api/openapi.yaml",
        "{api}"
    );
}

#[test]
fn transitive_mode_compares_with_every_earlier_release() {
    let p = Project::new();
    // v1.1.0 adds "c"; v1.2.0 removes "a" and adds it back later is not needed: dropping "c" breaks v1.1.0
    // data although the baseline (v1.0.0) never had "c".
    p.write_json("schemas/event.json", &schema(&["a", "b", "c"]));
    p.commit("v1.1");
    p.git(&["tag", "v1.1.0"]);
    p.write_json("schemas/event.json", &schema(&["a", "b"]));
    p.commit("drop c");
    let run = p.check();
    assert_eq!(run.code, 1, "{}{}", run.stdout, run.stderr);
    let report = run.json();
    let f = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["rule"] == "schema-enum-narrowed")
        .expect("enum narrowed against v1.1.0");
    assert_eq!(f["subject"]["old_file"], "git:v1.1.0:schemas/event.json");
}

#[test]
fn a_missing_artifact_or_baseline_is_an_error_not_a_pass() {
    let p = Project::new();
    std::fs::remove_file(p.path().join("cli/tool.json")).unwrap();
    let run = p.check();
    assert_eq!(run.code, 2, "{}{}", run.stdout, run.stderr);
    assert!(
        run.stdout.contains("cli/tool.json") || run.stderr.contains("cli/tool.json"),
        "{}{}",
        run.stdout,
        run.stderr
    );
}

/// `[[deprecation]]` entries for a flag and an endpoint (GOVERNANCE.md 6.5): their removal from
/// the cli surface and the OpenAPI description is judged by the registry's window, as a symbol's
/// is: early inside it, accepted (the removal waived by the entry) after it.
#[test]
fn registry_deprecations_of_a_flag_and_an_endpoint_judge_their_removal() {
    let p = Project::new();
    p.write(
        "compat.toml",
        &(CONFIG.replace(
            "[promises.semver]",
            "[policy.deprecation]\nmin_releases = 0\n\n[promises.semver]",
        ) + "\n[[deprecation]]\nid = \"D-1\"\ncomponent = \"tool\"\nitem = { flag = \"--output\" }\n\
               announced = 2026-01-15\nreplacement = \"none: write to standard output\"\n\n\
               [[deprecation]]\nid = \"D-2\"\ncomponent = \"api\"\nitem = { endpoint = \"DELETE /pets/{id}\" }\n\
               announced = 2026-01-15\nreplacement = \"none: pets are archived\"\n"),
    );
    p.write("api/openapi.yaml", &API.replace("    delete:\n      parameters: [{name: id, in: path, required: true, schema: {type: string}}]\n      responses: {'204': {description: gone}}\n", "    get:\n      responses: {'200': {description: ok}}\n"));
    p.write_json("cli/tool.json", &surface(&["--verbose"]));
    p.commit("removals");
    let check = |now: &str| {
        finish(
            compat_cmd()
                .current_dir(p.path())
                .args([
                    "check",
                    "--baseline",
                    "release",
                    "--format",
                    "json",
                    "--now",
                    now,
                ])
                .output()
                .unwrap(),
        )
        .json()
    };
    let early = check("2026-12-06");
    let removed_early: Vec<&str> = early["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["rule"] == "deprecation-removed-early")
        .map(|f| f["message"].as_str().unwrap())
        .collect();
    assert_eq!(removed_early.len(), 2, "{early}");
    assert!(
        removed_early
            .iter()
            .any(|m| m.contains("flag --output (deprecation D-1)"))
            && removed_early
                .iter()
                .any(|m| m.contains("endpoint DELETE /pets/{id} (deprecation D-2)")),
        "{removed_early:?}"
    );
    let late = check("2027-08-01");
    let rules_late: Vec<&str> = late["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["rule"].as_str().unwrap().starts_with("deprecation-"))
        .map(|f| f["rule"].as_str().unwrap())
        .collect();
    assert_eq!(
        rules_late,
        ["deprecation-removed", "deprecation-removed"],
        "{late}"
    );
    let flag = late["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["rule"] == "cli-removed-after-window" || f["rule"] == "cli-flag-removed")
        .unwrap_or_else(|| panic!("{late}"));
    assert_eq!(flag["status"], "waived", "{flag}");
    assert_eq!(flag["waiver"], "D-1", "{flag}");
}
