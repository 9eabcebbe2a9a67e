//! `compat check` on the project file of GOVERNANCE.md 6.2: a `json-schema` component with no
//! `artifact`, its files named by its data-format promise's `schemas` globs and its baseline
//! `git:REF` (each file at its own path there) or a directory of copies; a `cli` component whose
//! surface file is its cli promise's `surface`. In a real git repository: old against old finds
//! nothing; a change in one file, or in a file its `$ref`s name (read at the revision), breaks with
//! that file named and located; a removed file is `schema-file-removed` in the backward modes and
//! nothing in the forward ones; a new file is compared with nothing.

mod common;

use common::{compat_cmd, finish, Run};
use serde_json::{json, Value};

/// The project file, with the data-format promise's mode and the schema component's baseline.
fn config(mode: &str, baseline: &str) -> String {
    format!(
        r#"version = 1
[project]
name = "tts-platform"

[promises.semver]
kind = "semver"
version_from = "git-tag:v*"

[promises.data-format]
kind = "json-schema"
mode = "{mode}"
schemas = ["schemas/*.json"]

[promises.cli-flags]
kind = "cli"
surface = "compat/cli/tts-cli.json"

[component.tts-data]
kind = "json-schema"
owner = "@tts-team"
baseline.release = "{baseline}"
promises = ["data-format"]

[component.tts-cli]
kind = "cli"
owner = "@tts-team"
baseline.release = "git:v1.0.0"
promises = ["semver", "cli-flags"]
"#
    )
}

fn voice(kinds: &[&str]) -> Value {
    json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "type": "object",
        "properties": {"id": {"type": "string"}, "kind": {"enum": kinds}},
        "required": ["id"],
        "additionalProperties": false
    })
}

/// A schema whose one property is defined in `schemas/defs/common.json` (not itself matched by
/// `schemas/*.json`).
fn utterance() -> Value {
    json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "type": "object",
        "properties": {"rate": {"$ref": "defs/common.json#/$defs/rate"}},
        "additionalProperties": false
    })
}

fn common_defs(rate_type: &str) -> Value {
    json!({"$defs": {"rate": {"type": rate_type}}})
}

fn surface(flags: &[&str]) -> Value {
    let flags: Vec<Value> = flags
        .iter()
        .map(|f| json!({"names": [f], "type": "switch"}))
        .collect();
    json!({"format": "compat-cli-surface", "version": 1, "source": "help",
           "command": {"name": "tts", "flags": flags}})
}

struct Project {
    dir: tempfile::TempDir,
}

impl Project {
    /// Tagged v1.0.0: two schema files, one with a `$ref` to a third, and the CLI surface.
    fn new(mode: &str, baseline: &str) -> Project {
        let p = Project {
            dir: tempfile::tempdir().unwrap(),
        };
        p.git(&["init", "-q", "-b", "main"]);
        p.write("compat.toml", &config(mode, baseline));
        p.json("schemas/voice.json", &voice(&["neural", "concat"]));
        p.json("schemas/utterance.json", &utterance());
        p.json("schemas/defs/common.json", &common_defs("number"));
        p.json("compat/cli/tts-cli.json", &surface(&["--voice", "--rate"]));
        p.commit("v1");
        p.git(&["tag", "v1.0.0"]);
        p
    }

    fn write(&self, rel: &str, text: &str) {
        common::write_file(&self.dir.path().join(rel), text);
    }

    fn json(&self, rel: &str, v: &Value) {
        self.write(rel, &serde_json::to_string_pretty(v).unwrap());
    }

    fn git(&self, args: &[&str]) {
        common::git(self.dir.path(), args);
    }

    fn commit(&self, message: &str) {
        self.git(&["add", "-A"]);
        self.git(&["commit", "-q", "-m", message]);
    }

    fn check(&self) -> Run {
        finish(
            compat_cmd()
                .current_dir(self.dir.path())
                .args(["check", "--baseline", "release", "--format", "json"])
                .args(["--now", "2026-12-07"])
                .output()
                .unwrap(),
        )
    }
}

fn findings(report: &Value) -> Vec<&Value> {
    report["findings"].as_array().unwrap().iter().collect()
}

fn component<'a>(report: &'a Value, name: &str) -> &'a Value {
    report["components"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["name"] == name)
        .unwrap_or_else(|| panic!("no component {name} in {report}"))
}

fn notes(report: &Value) -> String {
    report["notes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n.as_str().unwrap())
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn old_against_old_finds_nothing_in_every_file_of_the_globs() {
    for baseline in ["git:v1.0.0", "git:main"] {
        let p = Project::new("backward-transitive", baseline);
        let run = p.check();
        assert_eq!(run.code, 0, "{baseline}: {}{}", run.stdout, run.stderr);
        let report = run.json();
        assert!(findings(&report).is_empty(), "{report}");
        assert!(report["errors"].as_array().unwrap().is_empty(), "{report}");
        assert_eq!(component(&report, "tts-data")["state"], "ok", "{report}");
        assert_eq!(component(&report, "tts-data")["baseline"], baseline);
        assert_eq!(component(&report, "tts-cli")["state"], "ok", "{report}");
        assert!(
            notes(&report).contains(&format!(
                "tts-data: 2 schema files (schemas/*.json) compared with {baseline}"
            )),
            "{report}"
        );
    }
}

#[test]
fn a_change_in_one_file_or_in_a_file_its_refs_name_is_found_there() {
    let p = Project::new("backward", "git:v1.0.0");
    p.json("schemas/voice.json", &voice(&["neural"]));
    p.json("schemas/defs/common.json", &common_defs("integer"));
    p.commit("narrow");
    let run = p.check();
    assert_eq!(run.code, 1, "{}{}", run.stdout, run.stderr);
    let report = run.json();
    assert!(report["errors"].as_array().unwrap().is_empty(), "{report}");
    let all = findings(&report);
    let enum_narrowed = all
        .iter()
        .find(|f| f["rule"] == "schema-enum-narrowed")
        .unwrap_or_else(|| panic!("{report}"));
    assert_eq!(
        enum_narrowed["subject"]["old_file"],
        "git:v1.0.0:schemas/voice.json"
    );
    assert_eq!(enum_narrowed["location"]["path"], "schemas/voice.json");
    assert_eq!(enum_narrowed["counterexample"]["kind"], "concat");
    // The $ref'd file was read at the revision: number narrowed to integer, in utterance.json.
    let type_narrowed = all
        .iter()
        .find(|f| f["rule"] == "schema-type-narrowed")
        .unwrap_or_else(|| panic!("{report}"));
    assert_eq!(
        type_narrowed["subject"]["new_file"],
        "schemas/utterance.json"
    );
    assert_eq!(type_narrowed["location"]["path"], "schemas/utterance.json");
    assert_eq!(component(&report, "tts-data")["state"], "breaking");
    assert_eq!(
        component(&report, "tts-data")["promises"][0]["status"],
        "violated",
        "{report}"
    );
}

#[test]
fn a_removed_file_breaks_reading_old_data_and_a_new_one_is_compared_with_nothing() {
    for mode in ["backward", "full-transitive", "forward"] {
        let p = Project::new(mode, "git:v1.0.0");
        std::fs::remove_file(p.dir.path().join("schemas/voice.json")).unwrap();
        p.json("schemas/speaker.json", &voice(&["x"]));
        p.commit("replace voice with speaker");
        let run = p.check();
        let report = run.json();
        let removed: Vec<&Value> = findings(&report)
            .into_iter()
            .filter(|f| f["rule"] == "schema-file-removed")
            .collect();
        assert!(report["errors"].as_array().unwrap().is_empty(), "{report}");
        assert!(
            notes(&report).contains("new since: schemas/speaker.json")
                && notes(&report).contains("removed: schemas/voice.json"),
            "{report}"
        );
        if mode == "forward" {
            // Old readers never meet data of a format no longer written.
            assert_eq!(run.code, 0, "{mode}: {report}");
            assert!(removed.is_empty(), "{mode}: {report}");
            continue;
        }
        assert_eq!(run.code, 1, "{mode}: {report}");
        assert_eq!(removed.len(), 1, "{mode}: {report}");
        let f = removed[0];
        assert_eq!(f["severity"], "breaking");
        assert_eq!(f["subject"]["file"], "schemas/voice.json");
        assert_eq!(f["subject"]["old_file"], "git:v1.0.0:schemas/voice.json");
        assert_eq!(f["location"]["path"], "compat.toml", "{f}");
        // The new file broke nothing: the only finding is the removal.
        assert_eq!(findings(&report).len(), 1, "{mode}: {report}");
    }
}

#[test]
fn a_waiver_on_the_file_accepts_its_removal() {
    let p = Project::new("backward", "git:v1.0.0");
    std::fs::remove_file(p.dir.path().join("schemas/voice.json")).unwrap();
    let mut text = config("backward", "git:v1.0.0");
    text.push_str(
        r#"
[[waiver]]
id = "W-1"
component = "tts-data"
rule = "schema-file-removed"
subject = { file = "schemas/voice.json" }
reason = "voices are no longer stored"
owner = "@tts-team"
expires = 2027-01-31
"#,
    );
    p.write("compat.toml", &text);
    p.commit("drop voice");
    let run = p.check();
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    let report = run.json();
    let f = findings(&report)
        .into_iter()
        .find(|f| f["rule"] == "schema-file-removed")
        .unwrap_or_else(|| panic!("{report}"));
    assert_eq!(f["status"], "waived", "{f}");
}

#[test]
fn a_directory_of_copies_is_a_baseline_too() {
    let p = Project::new("backward", "compat/baselines");
    p.json(
        "compat/baselines/schemas/voice.json",
        &voice(&["neural", "concat"]),
    );
    p.json("compat/baselines/schemas/utterance.json", &utterance());
    p.json(
        "compat/baselines/schemas/defs/common.json",
        &common_defs("number"),
    );
    let run = p.check();
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    p.json("schemas/voice.json", &voice(&["neural"]));
    let run = p.check();
    assert_eq!(run.code, 1, "{}{}", run.stdout, run.stderr);
    let report = run.json();
    let f = findings(&report)
        .into_iter()
        .find(|f| f["rule"] == "schema-enum-narrowed")
        .unwrap_or_else(|| panic!("{report}"));
    assert_eq!(
        f["subject"]["old_file"],
        "compat/baselines/schemas/voice.json"
    );
}

#[test]
fn the_cli_promise_names_the_surface_and_a_removed_flag_breaks() {
    let p = Project::new("backward", "git:v1.0.0");
    p.json("compat/cli/tts-cli.json", &surface(&["--voice"]));
    p.commit("drop --rate");
    p.git(&["tag", "v1.0.1"]);
    let run = p.check();
    assert_eq!(run.code, 1, "{}{}", run.stdout, run.stderr);
    let report = run.json();
    let f = findings(&report)
        .into_iter()
        .find(|f| f["rule"] == "cli-flag-removed")
        .unwrap_or_else(|| panic!("{report}"));
    assert_eq!(
        f["subject"]["old_file"], "git:v1.0.0:compat/cli/tts-cli.json",
        "{f}"
    );
    assert_eq!(component(&report, "tts-cli")["state"], "breaking");
}

#[test]
fn bad_globs_and_baselines_are_errors_not_passes() {
    let p = Project::new("backward", "git:v1.0.0:schemas/voice.json");
    let run = p.check();
    assert_eq!(run.code, 2, "{}{}", run.stdout, run.stderr);
    assert!(
        run.stdout
            .contains("takes its files from the schemas globs"),
        "{}",
        run.stdout
    );
    let p = Project::new("backward", "git:no-such-tag");
    let run = p.check();
    assert_eq!(run.code, 2, "{}{}", run.stdout, run.stderr);
    assert!(run.stdout.contains("git:no-such-tag"), "{}", run.stdout);
    let p = Project::new("backward", "compat/baselines");
    let run = p.check();
    assert_eq!(run.code, 2, "{}{}", run.stdout, run.stderr);
    assert!(
        run.stdout
            .contains("compat/baselines: the baseline directory does not exist"),
        "{}",
        run.stdout
    );
    let p = Project::new("backward", "git:v1.0.0");
    p.write(
        "compat.toml",
        &config("backward", "git:v1.0.0").replace("schemas/*.json", "nothing/*.json"),
    );
    let run = p.check();
    assert_eq!(run.code, 2, "{}{}", run.stdout, run.stderr);
    assert!(
        run.stdout
            .contains("the schemas globs nothing/*.json match no file"),
        "{}",
        run.stdout
    );
}

/// `compat baseline update` on contract components whose `baseline.main` is a path: it copies the
/// set's files (and the file their `$ref`s name) into the baseline directory and the CLI surface
/// to its file; a rerun changes nothing; a breaking change is refused until accepted with a reason
/// (a waiver is written); a file gone from the set is removed from the copies.
#[test]
fn baseline_update_copies_contract_files_and_refuses_breaking_changes() {
    let p = Project::new("backward", "compat/baselines");
    let text = config("backward", "compat/baselines")
        .replace(
            "baseline.release = \"compat/baselines\"",
            "baseline.main = \"compat/baselines\"",
        )
        .replace(
            "baseline.release = \"git:v1.0.0\"\npromises = [\"semver\", \"cli-flags\"]",
            "baseline.main = \"compat/cli-baseline.json\"\npromises = [\"cli-flags\"]",
        );
    p.write("compat.toml", &text);
    let run = |args: &[&str]| {
        finish(
            compat_cmd()
                .current_dir(p.dir.path())
                .args(args)
                .args(["--now", "2026-12-07"])
                .output()
                .unwrap(),
        )
    };
    let update = run(&["baseline", "update"]);
    assert_eq!(update.code, 0, "{}{}", update.stdout, update.stderr);
    for f in [
        "compat/baselines/schemas/voice.json",
        "compat/baselines/schemas/utterance.json",
        "compat/baselines/schemas/defs/common.json",
        "compat/cli-baseline.json",
    ] {
        let copy = std::fs::read(p.dir.path().join(f)).unwrap_or_else(|e| panic!("{f}: {e}"));
        let original = f
            .strip_prefix("compat/baselines/")
            .unwrap_or("compat/cli/tts-cli.json");
        assert_eq!(
            copy,
            std::fs::read(p.dir.path().join(original)).unwrap(),
            "{f}"
        );
    }
    let check = run(&["check", "--format", "json"]);
    assert_eq!(check.code, 0, "{}{}", check.stdout, check.stderr);
    assert!(findings(&check.json()).is_empty(), "{}", check.stdout);
    let again = run(&["baseline", "update", "--check"]);
    assert_eq!(again.code, 0, "{}{}", again.stdout, again.stderr);
    assert!(!again.stdout.contains("would change"), "{}", again.stdout);

    p.json("schemas/voice.json", &voice(&["neural"]));
    let refused = run(&["baseline", "update"]);
    assert_eq!(refused.code, 1, "{}{}", refused.stdout, refused.stderr);
    assert!(
        refused
            .stderr
            .contains("refused: tts-data: 1 breaking change (schema-enum-narrowed"),
        "{}",
        refused.stderr
    );
    let copy =
        std::fs::read_to_string(p.dir.path().join("compat/baselines/schemas/voice.json")).unwrap();
    assert!(copy.contains("concat"), "not written: {copy}");
    let accepted = run(&[
        "baseline",
        "update",
        "--accept-breaking",
        "--reason",
        "voices are re-recorded",
    ]);
    assert_eq!(accepted.code, 0, "{}{}", accepted.stdout, accepted.stderr);
    let toml = std::fs::read_to_string(p.dir.path().join("compat.toml")).unwrap();
    assert!(
        toml.contains("rule = \"schema-enum-narrowed\"") && toml.contains("voices are re-recorded"),
        "{toml}"
    );
    let check = run(&["check", "--format", "json"]);
    assert_eq!(check.code, 0, "{}{}", check.stdout, check.stderr);

    std::fs::remove_file(p.dir.path().join("schemas/voice.json")).unwrap();
    let refused = run(&["baseline", "update"]);
    assert_eq!(refused.code, 1, "{}{}", refused.stdout, refused.stderr);
    assert!(
        refused.stderr.contains("schema-file-removed"),
        "{}",
        refused.stderr
    );
    let accepted = run(&[
        "baseline",
        "update",
        "--accept-breaking",
        "--reason",
        "voices are gone",
    ]);
    assert_eq!(accepted.code, 0, "{}{}", accepted.stdout, accepted.stderr);
    assert!(
        accepted
            .stdout
            .contains("compat/baselines/schemas/voice.json removed"),
        "{}",
        accepted.stdout
    );
    assert!(!p
        .dir
        .path()
        .join("compat/baselines/schemas/voice.json")
        .exists());
    let check = run(&["check", "--format", "json"]);
    assert_eq!(check.code, 0, "{}{}", check.stdout, check.stderr);
}

/// A file whose remote `$ref` is not mapped is an error of that file only: the files after it are
/// still compared. Mapped with the component's `ref_map`, the remote document is read from the
/// project's file, at each revision compared.
#[test]
fn a_remote_ref_is_an_error_of_its_file_until_the_component_maps_it() {
    let p = Project::new("backward", "git:v1.0.0");
    let remote = json!({
        "type": "object",
        "properties": {"size": {"$ref": "https://example.com/defs.json#/$defs/size"}}
    });
    p.json("schemas/a-remote.json", &remote);
    p.json(
        "vendor/defs.json",
        &json!({"$defs": {"size": {"type": "number"}}}),
    );
    p.commit("remote");
    p.git(&["tag", "v1.1.0"]);
    p.json("schemas/voice.json", &voice(&["neural"]));
    p.json(
        "vendor/defs.json",
        &json!({"$defs": {"size": {"type": "integer"}}}),
    );
    p.commit("narrow");
    let run = p.check();
    assert_eq!(run.code, 2, "{}{}", run.stdout, run.stderr);
    let report = run.json();
    let errors = report["errors"].to_string();
    assert!(
        errors.contains("https://example.com/defs.json")
            && errors.contains("ref_map in compat.toml"),
        "{errors}"
    );
    assert!(
        findings(&report)
            .iter()
            .any(|f| f["rule"] == "schema-enum-narrowed"),
        "voice.json, after a-remote.json, still compared: {report}"
    );
    let mapped = config("backward", "git:v1.1.0").replace(
        "promises = [\"data-format\"]",
        "promises = [\"data-format\"]\nref_map = { \"https://example.com/defs.json\" = \"vendor/defs.json\" }",
    );
    p.write("compat.toml", &mapped);
    p.commit("map");
    let run = p.check();
    assert_eq!(run.code, 1, "{}{}", run.stdout, run.stderr);
    let report = run.json();
    assert!(report["errors"].as_array().unwrap().is_empty(), "{report}");
    let size = findings(&report)
        .into_iter()
        .find(|f| f["rule"] == "schema-type-narrowed")
        .unwrap_or_else(|| panic!("{report}"));
    assert_eq!(
        size["subject"]["new_file"], "schemas/a-remote.json",
        "{size}"
    );
    assert_eq!(size["counterexample"]["size"], 0.5, "{size}");
}

/// The promise's `policy`: declaring a property an open content model allowed breaks under
/// `strict` (the default, Confluent's) and is info under `lenient`.
#[test]
fn the_promise_policy_decides_a_property_declared_in_an_open_model() {
    let p = Project::new("backward", "git:v1.0.0");
    p.json("schemas/open.json", &json!({"type": "object"}));
    p.commit("open");
    p.git(&["tag", "-f", "v1.0.0"]);
    p.json(
        "schemas/open.json",
        &json!({"type": "object", "properties": {"speed": {"type": "number"}}}),
    );
    p.commit("declare speed");
    let run = p.check();
    assert_eq!(run.code, 1, "{}{}", run.stdout, run.stderr);
    let report = run.json();
    let f = findings(&report)
        .into_iter()
        .find(|f| f["rule"] == "schema-property-added")
        .unwrap_or_else(|| panic!("{report}"));
    assert_eq!(f["severity"], "breaking");
    assert!(notes(&report).contains("policy strict"), "{report}");
    p.write(
        "compat.toml",
        &config("backward", "git:v1.0.0").replace(
            "mode = \"backward\"",
            "mode = \"backward\"\npolicy = \"lenient\"",
        ),
    );
    let run = p.check();
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    let report = run.json();
    assert!(notes(&report).contains("policy lenient"), "{report}");
    assert!(
        findings(&report)
            .iter()
            .all(|f| f["severity"] != "breaking"),
        "{report}"
    );
    p.write(
        "compat.toml",
        &config("backward", "git:v1.0.0").replace(
            "mode = \"backward\"",
            "mode = \"backward\"\npolicy = \"lax\"",
        ),
    );
    let run = p.check();
    assert_eq!(run.code, 2, "{}{}", run.stdout, run.stderr);
    assert!(run.stderr.contains("policy"), "{}", run.stderr);
}
