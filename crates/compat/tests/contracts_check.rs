//! `compat check` on contract components (GOVERNANCE.md 6.2 and 6.5): a `json-schema` component under a
//! `backward-transitive` data-format promise, an `openapi` component (a YAML description whose baseline
//! is read from a git tag, `$ref`s included) and a `cli` component under the 18-month flag promise, in a
//! real git repository. Old against old finds nothing and keeps every promise; compatible changes stay
//! green; each kind's break fails the check with its rule and violates its promise.

mod common;

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

/// A git repository holding the project: `compat.toml` and its files in `base` (the root, or a
/// subdirectory), each path of the project file relative to it.
struct Project {
    repo: tempfile::TempDir,
    base: &'static str,
}

impl Project {
    fn new() -> Project {
        Project::in_dir("")
    }

    /// The project in the directory `base` of the repository.
    fn in_dir(base: &'static str) -> Project {
        let p = Project {
            repo: tempfile::tempdir().unwrap(),
            base,
        };
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

    /// The project's directory (where `compat.toml` is).
    fn path(&self) -> std::path::PathBuf {
        self.repo.path().join(self.base)
    }

    fn write(&self, rel: &str, text: &str) {
        common::write_file(&self.path().join(rel), text);
    }

    fn write_json(&self, rel: &str, v: &Value) {
        self.write(rel, &serde_json::to_string_pretty(v).unwrap());
    }

    fn git(&self, args: &[&str]) {
        common::git(self.repo.path(), args);
    }

    fn commit(&self, message: &str) {
        self.git(&["add", "-A"]);
        self.git(&["commit", "-q", "-m", message]);
    }

    /// `compat check` against the release baseline as on the day `now`, as JSON.
    fn check_on(&self, now: &str) -> Run {
        finish(
            compat_cmd()
                .current_dir(self.path())
                .args(["check", "--baseline", "release", "--format", "json"])
                .args(["--now", now])
                .output()
                .unwrap(),
        )
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
    let check = |now: &str| p.check_on(now).json();
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

/// A `[[deprecation]]` of a subcommand (`item = { command = "sync" }`) judges the command's removal
/// as a flag's: early inside the window, waived by the entry after it.
#[test]
fn a_registry_deprecation_of_a_command_judges_its_removal() {
    let p = Project::new();
    let with_sync = |commands: &[&str]| {
        let mut s = surface(&["--verbose", "--output"]);
        s["command"]["commands"] = commands.iter().map(|c| json!({"name": c})).collect();
        s
    };
    p.write_json("cli/tool.json", &with_sync(&["sync", "pull"]));
    p.commit("commands");
    p.git(&["tag", "-f", "v1.0.0"]);
    p.write(
        "compat.toml",
        &(CONFIG.replace(
            "[promises.semver]",
            "[policy.deprecation]\nmin_releases = 0\n\n[promises.semver]",
        ) + "\n[[deprecation]]\nid = \"D-3\"\ncomponent = \"tool\"\nitem = { command = \"sync\" }\n\
               announced = 2026-01-15\nreplacement = \"pull\"\n"),
    );
    p.write_json("cli/tool.json", &with_sync(&["pull"]));
    p.commit("drop sync");
    let check = |now: &str| p.check_on(now).json();
    let rules = deprecation_findings;
    let early = check("2026-12-06");
    let said = rules(&early);
    assert!(
        said.len() == 1
            && said[0].starts_with("deprecation-removed-early command sync (deprecation D-3)"),
        "{said:?}"
    );
    let late = check("2027-08-01");
    let said = rules(&late);
    assert!(
        said.len() == 1 && said[0].starts_with("deprecation-removed "),
        "{said:?}"
    );
    let gone = late["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["rule"] == "cli-command-removed")
        .unwrap_or_else(|| panic!("{late}"));
    assert_eq!(gone["status"], "waived", "{gone}");
    assert_eq!(gone["waiver"], "D-3", "{gone}");
}

/// The report's `deprecation-*` findings, each as "RULE MESSAGE".
fn deprecation_findings(report: &Value) -> Vec<String> {
    report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["rule"].as_str().unwrap().starts_with("deprecation-"))
        .map(|f| {
            format!(
                "{} {}",
                f["rule"].as_str().unwrap(),
                f["message"].as_str().unwrap()
            )
        })
        .collect()
}

/// The breaking change of `each_contract_break_fails_with_its_rule_and_violates_its_promise`, written
/// in `p` and committed.
fn break_every_contract(p: &Project) {
    p.write_json("schemas/event.json", &schema(&["a"]));
    p.write("api/openapi.yaml", &API.replace("    delete:\n      parameters: [{name: id, in: path, required: true, schema: {type: string}}]\n      responses: {'204': {description: gone}}\n", "    get:\n      responses: {'200': {description: ok}}\n"));
    p.write(
        "api/schemas.yaml",
        &API_SCHEMAS.replace("name: {type: string}", "name: {type: [string, integer]}"),
    );
    p.write_json("cli/tool.json", &surface(&["--verbose"]));
    p.commit("breaking");
}

/// `compat.toml` in a subdirectory of the repository, its `git:REF:PATH` baselines relative to it (as
/// every path of the file): each contract kind reads its baseline at the tag, finds nothing when
/// nothing changed and its rule when something broke, whether compat is run in the project's
/// directory (the file found there) or at the repository's root with `--config`, and names the
/// baselines as the project file writes them.
#[test]
fn git_baselines_of_a_project_in_a_subdirectory_are_read_relative_to_it() {
    let p = Project::in_dir("services/pets");
    let at_root = |extra: &[&str]| {
        finish(
            compat_cmd()
                .current_dir(p.repo.path())
                .args(["check", "--config", "services/pets/compat.toml"])
                .args(["--baseline", "release", "--format", "json"])
                .args(extra)
                .output()
                .unwrap(),
        )
    };
    for run in [p.check(), at_root(&[])] {
        assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
        let report = run.json();
        assert!(report["errors"].as_array().unwrap().is_empty(), "{report}");
        assert!(
            report["findings"].as_array().unwrap().is_empty(),
            "{report}"
        );
        for name in ["events", "api", "tool"] {
            assert_eq!(component(&report, name)["state"], "ok", "{name}: {report}");
        }
    }
    break_every_contract(&p);
    for run in [p.check(), at_root(&[])] {
        assert_eq!(run.code, 1, "{}{}", run.stdout, run.stderr);
        let report = run.json();
        assert!(report["errors"].as_array().unwrap().is_empty(), "{report}");
        let rules = rules(&report);
        assert!(
            rules.contains(&"schema-enum-narrowed".to_owned()),
            "{rules:?}"
        );
        assert!(rules.contains(&"cli-flag-removed".to_owned()), "{rules:?}");
        // The operation removed, and the response property's type changed in the $ref'd file.
        assert!(
            rules.contains(&"openapi-operation-removed".to_owned())
                && rules.contains(&"openapi-response-type-changed".to_owned()),
            "{rules:?}"
        );
        let findings = report["findings"].as_array().unwrap();
        let old_file = |prefix: &str| -> Vec<&str> {
            let mut files: Vec<&str> = findings
                .iter()
                .filter(|f| f["rule"].as_str().unwrap().starts_with(prefix))
                .map(|f| f["subject"]["old_file"].as_str().unwrap_or("(none)"))
                .collect();
            files.sort();
            files.dedup();
            files
        };
        assert_eq!(old_file("cli-"), ["git:v1.0.0:cli/tool.json"]);
        assert_eq!(old_file("schema-"), ["git:v1.0.0:schemas/event.json"]);
        // The description as the project file names it, and the file its $ref names beside it.
        for f in old_file("openapi-") {
            assert!(
                f == "git:v1.0.0:api/openapi.yaml" || f == "git:v1.0.0:api/schemas.yaml",
                "{f}: {report}"
            );
        }
        // Located in the project's files, from the repository's root.
        let op = findings
            .iter()
            .find(|f| f["rule"] == "openapi-response-type-changed")
            .unwrap();
        assert_eq!(
            op["location"]["path"], "services/pets/api/schemas.yaml",
            "{op}"
        );
    }
}

/// A flag removed after its deprecation window keeps the CLI-flags promise (the removal is
/// allowed: `cli-removed-after-window`, info) but still breaks the scripts that pass it: it calls
/// for a major version bump, so a minor release violates the semver promise and a major one keeps it.
#[test]
fn a_flag_removed_after_its_window_keeps_the_cli_promise_but_calls_for_a_major_release() {
    let p = Project::new();
    p.write(
        "compat.toml",
        &CONFIG.replace(
            "promises = [\"cli-flags\"]",
            "promises = [\"semver\", \"cli-flags\"]",
        ),
    );
    let mut old = surface(&["--verbose", "--output"]);
    old["command"]["flags"][1]["deprecated"] = json!({"since": "2024-01-10"});
    p.write_json("cli/tool.json", &old);
    p.commit("deprecate --output");
    p.git(&["tag", "-f", "v1.0.0"]);
    p.write_json("cli/tool.json", &surface(&["--verbose"]));
    p.commit("remove --output");
    p.git(&["tag", "v1.1.0"]);
    let check = || {
        finish(
            compat_cmd()
                .current_dir(p.path())
                .args(["check", "tool", "--baseline", "release", "--format", "json"])
                .args(["--now", "2026-12-06"])
                .output()
                .unwrap(),
        )
    };
    let minor = check();
    assert_eq!(minor.code, 1, "{}{}", minor.stdout, minor.stderr);
    let report = minor.json();
    let rules: Vec<&str> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["rule"].as_str().unwrap())
        .collect();
    assert_eq!(
        rules,
        ["cli-removed-after-window", "policy-semver-violated"],
        "{report}"
    );
    let tool = component(&report, "tool");
    assert_eq!(tool["verdict"], "major", "{tool}");
    let promise_of = |name: &str| {
        tool["promises"]
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["name"] == name)
            .unwrap_or_else(|| panic!("{name}: {tool}"))["status"]
            .clone()
    };
    assert_eq!(promise_of("cli-flags"), "kept", "{tool}");
    assert_eq!(promise_of("semver"), "violated", "{tool}");
    let violated = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["rule"] == "policy-semver-violated")
        .unwrap();
    assert!(
        violated["message"]
            .as_str()
            .unwrap()
            .contains("cli-removed-after-window tool --output"),
        "{violated}"
    );
    // Released as 2.0.0 instead: every promise kept, the removal listed as info.
    p.git(&["tag", "v2.0.0"]);
    let major = check();
    assert_eq!(major.code, 0, "{}{}", major.stdout, major.stderr);
    let report = major.json();
    let tool = component(&report, "tool");
    assert!(
        tool["promises"]
            .as_array()
            .unwrap()
            .iter()
            .all(|r| r["status"] == "kept"),
        "{tool}"
    );
    // A project that versions otherwise says so for the rule.
    p.write(
        "compat.toml",
        &CONFIG
            .replace(
                "promises = [\"cli-flags\"]",
                "promises = [\"semver\", \"cli-flags\"]",
            )
            .replace(
                "[promises.semver]",
                "[policy.rules]\ncli-removed-after-window = { bump = \"minor\" }\n\n[promises.semver]",
            ),
    );
    p.git(&["tag", "-d", "v2.0.0"]);
    let allowed = check();
    assert_eq!(allowed.code, 0, "{}{}", allowed.stdout, allowed.stderr);
}

/// `git:REF` alone is each contract component's own file at REF: the same findings, the baselines
/// named as if written out.
#[test]
fn a_revision_alone_is_the_artifacts_own_path_there() {
    let p = Project::new();
    p.write(
        "compat.toml",
        &CONFIG
            .replace("git:v1.0.0:schemas/event.json", "git:v1.0.0")
            .replace("git:v1.0.0:api/openapi.yaml", "git:v1.0.0")
            .replace("git:v1.0.0:cli/tool.json", "git:v1.0.0"),
    );
    p.commit("baselines by revision");
    let run = p.check();
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    break_every_contract(&p);
    let run = p.check();
    assert_eq!(run.code, 1, "{}{}", run.stdout, run.stderr);
    let report = run.json();
    assert!(report["errors"].as_array().unwrap().is_empty(), "{report}");
    let rules = rules(&report);
    for rule in [
        "schema-enum-narrowed",
        "cli-flag-removed",
        "openapi-operation-removed",
    ] {
        assert!(rules.contains(&rule.to_owned()), "{rule}: {rules:?}");
    }
    for (name, file) in [
        ("events", "git:v1.0.0:schemas/event.json"),
        ("api", "git:v1.0.0:api/openapi.yaml"),
        ("tool", "git:v1.0.0:cli/tool.json"),
    ] {
        assert_eq!(component(&report, name)["baseline"], file, "{report}");
    }
}

/// A flag, a command and an endpoint the registry deprecates but the files still have: each is
/// `deprecation-marker-missing` (warning) until the surface or the description marks it, and
/// `deprecation-due` once its window has ended. Marked, only the due items are said.
#[test]
fn registry_items_still_there_need_their_marker_and_are_due_after_the_window() {
    let p = Project::new();
    let tool = |marked: bool| {
        let mut s = surface(&["--verbose", "--output"]);
        s["command"]["commands"] = json!([{"name": "sync"}, {"name": "pull"}]);
        if marked {
            s["command"]["flags"][1]["deprecated"] = json!({"since": "2026-01-15"});
            s["command"]["commands"][0]["deprecated"] =
                json!({"message": "sync is deprecated: use pull"});
        }
        s
    };
    p.write(
        "compat.toml",
        &(CONFIG.replace(
            "[promises.semver]",
            "[policy.deprecation]\nmin_releases = 0\n\n[promises.semver]",
        ) + "\n[[deprecation]]\nid = \"D-1\"\ncomponent = \"tool\"\nitem = { flag = \"--output\" }\n\
               announced = 2026-01-15\nreplacement = \"none: write to standard output\"\n\n\
               [[deprecation]]\nid = \"D-2\"\ncomponent = \"api\"\nitem = { endpoint = \"delete /pets/{id}\" }\n\
               announced = 2026-01-15\nreplacement = \"none: pets are archived\"\n\n\
               [[deprecation]]\nid = \"D-3\"\ncomponent = \"tool\"\nitem = { command = \"sync\" }\n\
               announced = 2026-01-15\nreplacement = \"pull\"\n"),
    );
    p.write_json("cli/tool.json", &tool(false));
    p.commit("announce");
    p.git(&["tag", "-f", "v1.0.0"]);
    let said = |now: &str| -> Vec<String> {
        let mut said = deprecation_findings(&p.check_on(now).json());
        said.sort();
        said
    };
    let early = said("2026-12-06");
    assert_eq!(early.len(), 3, "{early:?}");
    for (i, (what, at)) in [
        (
            "command sync (deprecation D-3)",
            "cli/tool.json (tool sync)",
        ),
        (
            "endpoint delete /pets/{id} (deprecation D-2)",
            "api/openapi.yaml (DELETE /pets/{id})",
        ),
        (
            "flag --output (deprecation D-1)",
            "cli/tool.json (tool --output)",
        ),
    ]
    .into_iter()
    .enumerate()
    {
        assert!(
            early[i].starts_with(&format!(
                "deprecation-marker-missing {what} is declared at {at} without a deprecation marker"
            )),
            "{i}: {early:?}"
        );
    }
    assert!(early[0].contains("users are not warned"), "{early:?}");
    assert!(early[1].contains("deprecated: true"), "{early:?}");
    // Marked in both files: nothing inside the window, each item due after it.
    p.write_json("cli/tool.json", &tool(true));
    p.write(
        "api/openapi.yaml",
        &API.replace("    delete:\n", "    delete:\n      deprecated: true\n"),
    );
    p.commit("mark");
    assert!(said("2026-12-06").is_empty(), "{:?}", said("2026-12-06"));
    let late = said("2027-08-01");
    assert_eq!(late.len(), 3, "{late:?}");
    assert!(
        late.iter()
            .all(|s| s.starts_with("deprecation-due ") && s.contains("may be removed now")),
        "{late:?}"
    );
}
