//! Every `cli-` rule on its fixture (`tests/fixtures/<rule>.json`: an old
//! and a new root command), in both directions: old to new finds the rule
//! (and exactly the listed rules), new to old finds the listed reverse
//! rules, and each side against itself finds nothing.

use std::path::Path;

use compat_cli_surface::{diff, Command, Date, DiffOptions, InputFormat, Surface, Window};
use serde_json::Value;

fn surface(v: &Value, version: Option<&str>) -> Surface {
    let command: Command = serde_json::from_value(v.clone()).unwrap();
    let mut s = Surface::new("json", command);
    s.program_version = version.map(str::to_owned);
    s
}

fn rules(old: &Surface, new: &Surface, fx: &Value) -> Vec<String> {
    let opts = DiffOptions {
        window: Window::parse(fx["window"].as_str().unwrap_or("18m")).unwrap(),
        today: Date::parse(fx["today"].as_str().unwrap_or("2025-01-01")).unwrap(),
        old_name: "old.json".into(),
        new_name: "new.json".into(),
        old_format: InputFormat::Compat,
        new_format: InputFormat::Compat,
    };
    let mut ids: Vec<String> = diff(old, new, &opts).into_iter().map(|f| f.rule).collect();
    ids.sort();
    ids
}

fn expected(v: &Value) -> Vec<String> {
    let mut ids: Vec<String> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s.as_str().unwrap().to_owned())
        .collect();
    ids.sort();
    ids
}

#[test]
fn every_rule_both_ways() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut seen = Vec::new();
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let rule = path.file_stem().unwrap().to_str().unwrap().to_owned();
        let fx: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        let old = surface(&fx["old"], fx["old_version"].as_str());
        let new = surface(&fx["new"], fx["new_version"].as_str());
        let forward = rules(&old, &new, &fx);
        assert!(
            forward.contains(&rule),
            "{rule}: old to new found {forward:?}"
        );
        assert_eq!(forward, expected(&fx["forward"]), "{rule}: old to new");
        assert_eq!(
            rules(&new, &old, &fx),
            expected(&fx["backward"]),
            "{rule}: new to old"
        );
        assert!(rules(&old, &old, &fx).is_empty(), "{rule}: old vs old");
        assert!(rules(&new, &new, &fx).is_empty(), "{rule}: new vs new");
        seen.push(rule);
    }
    for r in compat_report::RULES
        .iter()
        .filter(|r| r.id.starts_with("cli-"))
    {
        assert!(seen.iter().any(|s| s == r.id), "{}: no fixture", r.id);
    }
}
