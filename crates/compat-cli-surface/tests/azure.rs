//! Azure CLI command metadata (azure-cli-diff-tool's input), in the shape of
//! the tool's own test (`test_expand_deprecate_obj`, the acr module): groups
//! nested by full name, parameters with options, deprecations by release.

use compat_cli_surface::{diff, read_bytes, Date, DiffOptions, InputFormat, Window};

const OLD: &str = r#"{"module_name": "acr", "name": "az", "commands": {}, "sub_groups": {
  "acr": {"name": "acr", "commands": {}, "deprecate_info": {"target": "acr", "redirect": "acr3", "hide": true},
    "sub_groups": {"acr helm": {"name": "acr helm", "sub_groups": {}, "commands": {
      "acr helm list": {"name": "acr helm list", "is_preview": true, "parameters": [
        {"name": "resource_group_name", "options": ["--resource-group", "-g"], "id_part": "resource_group",
         "deprecate_info": {"redirect": "resource_group_name2"}},
        {"name": "password", "options": ["--password", "-p"],
         "options_deprecate_info": [{"target": "--password", "redirect": "--registry-password"}]},
        {"name": "output", "options": ["--output", "-o"], "default": "table", "choices": ["table", "json", "tsv"]},
        {"name": "repository", "options": [], "required": true}]},
      "acr helm delete": {"name": "acr helm delete", "parameters": [{"name": "yes", "options": ["--yes", "-y"], "type": "bool"}]}}}}}}}"#;

#[test]
fn reads_the_tools_shape() {
    let s = read_bytes("old.json", OLD.as_bytes(), InputFormat::Auto).unwrap();
    assert_eq!(s.source.as_deref(), Some("azure"));
    let acr = &s.command.commands[0];
    assert!(acr.hidden && acr.deprecated.is_some());
    let list = acr.commands[0]
        .commands
        .iter()
        .find(|c| c.name == "list")
        .unwrap();
    assert_eq!(list.stability.as_str(), "beta");
    assert_eq!(list.args[0].name, "REPOSITORY");
    let password = list
        .flags
        .iter()
        .find(|f| f.names[0] == "--password")
        .unwrap();
    assert_eq!(password.deprecated_names[0].name, "--password");
    assert_eq!(
        password.deprecated_names[0]
            .deprecation
            .replacement
            .as_deref(),
        Some("--registry-password")
    );
}

#[test]
fn changes_between_two_versions() {
    let new = OLD
        .replace(
            r#""default": "table", "choices": ["table", "json", "tsv"]"#,
            r#""default": "json", "choices": ["table", "json"]"#,
        )
        .replace(r#"["--password", "-p"]"#, r#"["--password"]"#);
    let old = read_bytes("old.json", OLD.as_bytes(), InputFormat::Azure).unwrap();
    let new = read_bytes("new.json", new.as_bytes(), InputFormat::Azure).unwrap();
    let opts = DiffOptions {
        window: Window::default(),
        today: Date::parse("2025-01-01").unwrap(),
        old_name: "old.json".into(),
        new_name: "new.json".into(),
        old_format: InputFormat::Azure,
        new_format: InputFormat::Azure,
    };
    let rules: Vec<String> = diff(&old, &new, &opts)
        .into_iter()
        .map(|f| f.rule)
        .collect();
    assert_eq!(
        rules,
        [
            "cli-default-changed",
            "cli-choice-removed",
            "cli-flag-short-removed"
        ]
    );
    let bad = read_bytes("bad.json", br#"{"module_name": "x", "sub_groups": {"g": {"commands": {"g c": {"parameters": [{"name": "p", "options": ["p"]}]}}}}}"#, InputFormat::Azure);
    let err = bad.unwrap_err().to_string();
    assert!(err.starts_with("bad.json: `g c` parameter `p`"), "{err}");
}
