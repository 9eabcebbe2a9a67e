//! Malformed project files: each variant of one valid file must fail with
//! exactly the errors listed, `compat.toml:LINE:COL: message` each.

use std::path::Path;

/// A valid file; variants replace one or two lines without moving the others.
const BASE: &str = r#"version = 1

[project]
name = "demo"

[policy]
fail_on = "breaking"

[promises.semver]
kind = "semver"

[component.libfoo]
kind = "elf-library"
owner = "@team"
artifact = "build/libfoo.so.1"
promises = ["semver"]

[[waiver]]
id = "W-1"
component = "libfoo"
rule = "abi-symbol-removed"
subject = { symbol = "foo" }
reason = "going away"
owner = "@waiver-team"
created = 2026-09-01
expires = 2027-02-28

[[deprecation]]
id = "D-1"
component = "libfoo"
item = { symbol = "foo_old" }
announced = 2025-03-01
replacement = "foo_new"
"#;

/// `BASE` with each `(from, to)` applied (each `from` must occur once).
fn variant(edits: &[(&str, &str)]) -> String {
    let mut text = BASE.to_owned();
    for (from, to) in edits {
        assert_eq!(text.matches(from).count(), 1, "{from:?} must occur once");
        text = text.replacen(from, to, 1);
    }
    text
}

/// Parses `text` as compat.toml and compares every error line.
fn check(text: &str, expected: &[&str]) {
    match compat_config::parse(text, Path::new("compat.toml")) {
        Ok(_) => panic!("accepted:\n{text}"),
        Err(e) => assert_eq!(e.lines(), expected, "\n{text}"),
    }
}

#[test]
fn base_is_valid() {
    let config = compat_config::parse(BASE, Path::new("compat.toml")).expect("valid");
    assert_eq!(config.components.len(), 1);
    assert_eq!(config.waivers.len(), 1);
    assert_eq!(config.deprecations.len(), 1);
}

#[test]
fn unknown_key() {
    check(
        &variant(&[("fail_on = \"breaking\"", "colour = \"blue\"")]),
        &["compat.toml:7:1: unknown key `colour` in [policy]; expected one of: fail_on, promise, max_waiver_days, waiver_warn_days, unused_waivers, require_owner, rules, deprecation"],
    );
}

#[test]
fn misspelt_key_with_suggestion() {
    check(
        &variant(&[("fail_on = \"breaking\"", "fail_onn = \"breaking\"")]),
        &["compat.toml:7:1: unknown key `fail_onn` in [policy]; did you mean `fail_on`?"],
    );
    check(
        &variant(&[("artifact = ", "artefact = ")]),
        &[
            "compat.toml:12:1: missing required key `artifact` in [component.libfoo] (kind \"elf-library\" needs the library file)",
            "compat.toml:15:1: unknown key `artefact` in [component.libfoo]; did you mean `artifact`?",
        ],
    );
    check(
        &variant(&[("subject = { symbol", "subject = { symbl")]),
        &["compat.toml:22:13: unknown key `symbl` in `subject` of [[waiver]] \"W-1\"; did you mean `symbol`?"],
    );
}

#[test]
fn wrong_type() {
    check(
        &variant(&[("fail_on = \"breaking\"", "max_waiver_days = \"180\"")]),
        &["compat.toml:7:19: `max_waiver_days` in [policy] must be an integer, not a string"],
    );
    check(
        &variant(&[("promises = [\"semver\"]", "promises = \"semver\"")]),
        &["compat.toml:16:12: `promises` in [component.libfoo] must be an array of strings, not a string"],
    );
    check(
        &variant(&[("fail_on = \"breaking\"", "max_waiver_days = -1")]),
        &["compat.toml:7:19: `max_waiver_days` in [policy] must be between 0 and 4294967295, not -1"],
    );
}

#[test]
fn bad_date() {
    // Not a calendar day: the TOML parser rejects it.
    check(
        &variant(&[("created = 2026-09-01", "created = 2026-02-30")]),
        &["compat.toml:25:11: invalid TOML: invalid date, expected day between 01 and 28"],
    );
    // Quoted dates are accepted, and checked as strictly.
    check(
        &variant(&[("created = 2026-09-01", "created = \"2026-9-1\"")]),
        &["compat.toml:25:11: `created` in [[waiver]] \"W-1\" is not a date (YYYY-MM-DD): \"2026-9-1\""],
    );
    check(
        &variant(&[("expires = 2027-02-28", "expires = 2027-02-28T10:00:00Z")]),
        &["compat.toml:26:11: `expires` in [[waiver]] \"W-1\" must be a date (YYYY-MM-DD), not a date-time"],
    );
}

#[test]
fn waiver_without_owner() {
    check(
        &variant(&[("owner = \"@waiver-team\"", "")]),
        &["compat.toml:18:1: missing required key `owner` in [[waiver]] \"W-1\""],
    );
}

#[test]
fn waiver_without_reason() {
    check(
        &variant(&[("reason = \"going away\"", "")]),
        &["compat.toml:18:1: missing required key `reason` in [[waiver]] \"W-1\""],
    );
    check(
        &variant(&[("reason = \"going away\"", "reason = \"  \"")]),
        &["compat.toml:23:10: `reason` in [[waiver]] \"W-1\" must not be empty"],
    );
}

#[test]
fn waiver_without_expires() {
    check(
        &variant(&[("expires = 2027-02-28", "")]),
        &["compat.toml:18:1: missing required key `expires` in [[waiver]] \"W-1\" (every waiver expires)"],
    );
}

#[test]
fn waiver_without_subject_or_fingerprint() {
    check(
        &variant(&[("subject = { symbol = \"foo\" }", "")]),
        &["compat.toml:18:1: [[waiver]] \"W-1\" needs `subject` or `fingerprint` to say which findings it waives"],
    );
}

#[test]
fn duplicate_waiver_id() {
    let text = format!(
        "{BASE}\n[[waiver]]\nid = \"W-1\"\nrule = \"abi-symbol-removed\"\nfingerprint = \"compat:v1:0123456789abcdef0123456789abcdef\"\nreason = \"again\"\nowner = \"@team\"\nexpires = 2027-01-01\n"
    );
    check(
        &text,
        &["compat.toml:36:6: duplicate waiver id \"W-1\" (first at line 19)"],
    );
}

#[test]
fn duplicate_deprecation_id() {
    let text = format!(
        "{BASE}\n[[deprecation]]\nid = \"D-1\"\ncomponent = \"libfoo\"\nitem = {{ type = \"struct foo\" }}\nannounced = 2026-01-01\nreplacement = \"none: no longer needed\"\n"
    );
    check(
        &text,
        &["compat.toml:36:6: duplicate deprecation id \"D-1\" (first at line 29)"],
    );
}

#[test]
fn expires_before_created() {
    check(
        &variant(&[("expires = 2027-02-28", "expires = 2026-08-31")]),
        &["compat.toml:26:11: `expires` 2026-08-31 in [[waiver]] \"W-1\" is before `created` 2026-09-01"],
    );
}

#[test]
fn unknown_rule() {
    check(
        &variant(&[("rule = \"abi-symbol-removed\"", "rule = \"abi-symbol-remove\"")]),
        &["compat.toml:21:8: unknown rule `abi-symbol-remove` in [[waiver]] \"W-1\"; did you mean `abi-symbol-removed`? (`compat rules` lists them)"],
    );
    check(
        &variant(&[("fail_on = \"breaking\"", "rules.no-such-rule = \"off\"")]),
        &["compat.toml:7:7: unknown rule `no-such-rule` in [policy.rules] (`compat rules` lists them)"],
    );
    // policy-* ids count only once the catalog has them.
    if compat_report::rules::lookup("policy-waiver-unused").is_none() {
        check(
            &variant(&[("rule = \"abi-symbol-removed\"", "rule = \"policy-waiver-unused\"")]),
            &["compat.toml:21:8: unknown rule `policy-waiver-unused` in [[waiver]] \"W-1\" (`compat rules` lists them)"],
        );
    }
}

#[test]
fn unknown_component() {
    check(
        &variant(&[("component = \"libfoo\"\nrule", "component = \"libfo\"\nrule")]),
        &["compat.toml:20:13: unknown component `libfo` in [[waiver]] \"W-1\"; did you mean `libfoo`? (components are declared as [component.NAME])"],
    );
    check(
        &variant(&[("component = \"libfoo\"\nitem", "component = \"libbar\"\nitem")]),
        &["compat.toml:30:13: unknown component `libbar` in [[deprecation]] \"D-1\" (components are declared as [component.NAME])"],
    );
    check(
        &variant(&[("promises = [\"semver\"]", "consumes = [\"libfoo\", \"zlib\"]")]),
        &[
            "compat.toml:16:13: [component.libfoo] cannot consume itself",
            "compat.toml:16:23: unknown component `zlib` in [component.libfoo] (components are declared as [component.NAME])",
        ],
    );
}

#[test]
fn unknown_promise() {
    check(
        &variant(&[("promises = [\"semver\"]", "promises = [\"semver\", \"semverr\"]")]),
        &["compat.toml:16:23: unknown promise `semverr` in [component.libfoo]; did you mean `semver`? (promises are declared as [promises.NAME])"],
    );
    check(
        &variant(&[("fail_on = \"breaking\"", "promise = \"stable\"")]),
        &["compat.toml:7:11: unknown promise `stable` in [policy] (promises are declared as [promises.NAME])"],
    );
}

#[test]
fn bad_level_and_other_keywords() {
    check(
        &variant(&[(
            "fail_on = \"breaking\"",
            "rules.abi-enumerator-added = \"infos\"",
        )]),
        &["compat.toml:7:30: invalid `abi-enumerator-added` \"infos\" in [policy.rules]: expected one of \"breaking\", \"warning\", \"info\", \"off\"; did you mean `info`?"],
    );
    check(
        &variant(&[(
            "fail_on = \"breaking\"",
            "rules.abi-enumerator-added = { bump = \"huge\" }",
        )]),
        &["compat.toml:7:39: invalid `bump` \"huge\" in `abi-enumerator-added` in [policy.rules]: expected one of \"none\", \"patch\", \"minor\", \"major\""],
    );
    check(
        &variant(&[("fail_on = \"breaking\"", "fail_on = \"warn\"")]),
        &["compat.toml:7:11: invalid `fail_on` \"warn\" in [policy]: expected one of \"breaking\", \"warning\"; did you mean `warning`?"],
    );
    check(
        &variant(&[("kind = \"elf-library\"", "kind = \"elf-libary\"")]),
        &["compat.toml:13:8: invalid `kind` \"elf-libary\" in [component.libfoo]: expected one of \"elf-library\", \"elf-program\", \"go-module\", \"cli\", \"declared\", \"json-schema\", \"openapi\"; did you mean `elf-library`?"],
    );
    check(
        &variant(&[("kind = \"semver\"", "kind = \"semver\"\nversion_from = \"tag:v*\"")]),
        &["compat.toml:11:16: invalid `version_from` \"tag:v*\" in [promises.semver]: expected \"git-tag:GLOB\", \"soname\", \"file:PATH\" or \"cargo:PATH\""],
    );
}

#[test]
fn version_newer_missing_or_wrong() {
    check(
        &variant(&[("version = 1", "version = 2")]),
        &["compat.toml:1:11: version 2: this file was written for a newer compat (this one reads version 1)"],
    );
    // A newer file's other keys are not this compat's to judge.
    check(
        &variant(&[("version = 1", "version = 7\nfuture_key = true")]),
        &["compat.toml:1:11: version 7: this file was written for a newer compat (this one reads version 1)"],
    );
    check(
        &variant(&[("version = 1", "")]),
        &["compat.toml:1:1: missing `version = 1` (the schema version of this file)"],
    );
    check(
        &variant(&[("version = 1", "version = \"1\"")]),
        &["compat.toml:1:11: `version` must be the integer 1, not a string"],
    );
}

#[test]
fn component_kind_lacking_its_keys() {
    check(
        &variant(&[("artifact = \"build/libfoo.so.1\"", "")]),
        &["compat.toml:12:1: missing required key `artifact` in [component.libfoo] (kind \"elf-library\" needs the library file)"],
    );
    check(
        &variant(&[
            ("kind = \"elf-library\"", "kind = \"go-module\""),
            ("artifact = \"build/libfoo.so.1\"", "go = \"1.22\""),
        ]),
        &["compat.toml:12:1: missing required key `path` in [component.libfoo] (kind \"go-module\" needs the module directory)"],
    );
    check(
        &variant(&[("kind = \"elf-library\"", "kind = \"go-module\"\npath = \".\"")]),
        &["compat.toml:16:1: `artifact` in [component.libfoo] does not apply to kind \"go-module\" (only to \"elf-library\", \"elf-program\", \"cli\", \"json-schema\", \"openapi\")"],
    );
}

#[test]
fn component_without_owner() {
    check(
        &variant(&[("owner = \"@team\"", "")]),
        &["compat.toml:12:1: missing required key `owner` in [component.libfoo] (policy.require_owner is true)"],
    );
    let relaxed = variant(&[
        ("owner = \"@team\"", ""),
        ("fail_on = \"breaking\"", "require_owner = false"),
    ]);
    assert!(compat_config::parse(&relaxed, Path::new("compat.toml")).is_ok());
}

#[test]
fn deprecation_item_with_two_keys() {
    check(
        &variant(&[(
            "item = { symbol = \"foo_old\" }",
            "item = { symbol = \"foo_old\", type = \"struct foo\" }",
        )]),
        &["compat.toml:31:8: `item` of [[deprecation]] \"D-1\" must name exactly one of symbol, type, field, flag, command, go, endpoint; it names 2 (symbol, type)"],
    );
    check(
        &variant(&[("item = { symbol = \"foo_old\" }", "item = {}")]),
        &["compat.toml:31:8: `item` of [[deprecation]] \"D-1\" must name exactly one of symbol, type, field, flag, command, go, endpoint; it names none"],
    );
}

#[test]
fn deprecation_replacement_and_floor() {
    check(
        &variant(&[("replacement = \"foo_new\"", "")]),
        &["compat.toml:28:1: missing required key `replacement` in [[deprecation]] \"D-1\" (policy.deprecation.require_replacement is true; write \"none: <why>\" when there is none)"],
    );
    check(
        &variant(&[("replacement = \"foo_new\"", "replacement = \"none:\"")]),
        &["compat.toml:33:15: `replacement` in [[deprecation]] \"D-1\" says \"none:\" without saying why"],
    );
    // announced 2025-03-01 + 18 months = 2026-09-01. A date before the floor
    // loads: `compat check` reports it (deprecation-window-shortened, at
    // the entry), so the rest of the check still runs.
    let early = variant(&[(
        "replacement = \"foo_new\"",
        "replacement = \"foo_new\"\nremove_after = 2026-08-31",
    )]);
    assert!(compat_config::parse(&early, Path::new("compat.toml")).is_ok());
    let at_floor = variant(&[(
        "replacement = \"foo_new\"",
        "replacement = \"foo_new\"\nremove_after = 2026-09-01",
    )]);
    assert!(compat_config::parse(&at_floor, Path::new("compat.toml")).is_ok());
}

#[test]
fn bad_fingerprint_format() {
    check(
        &variant(&[("subject = { symbol = \"foo\" }", "fingerprint = \"compat:v1:9F2C\"")]),
        &["compat.toml:22:15: invalid `fingerprint` \"compat:v1:9F2C\" in [[waiver]] \"W-1\": expected \"compat:v1:\" and 32 lowercase hex digits"],
    );
    let good = variant(&[(
        "subject = { symbol = \"foo\" }",
        "fingerprint = \"compat:v1:9f2c0123456789abcdef0123456789ab\"",
    )]);
    assert!(compat_config::parse(&good, Path::new("compat.toml")).is_ok());
}

#[test]
fn timezone_other_than_utc() {
    check(
        &variant(&[("name = \"demo\"", "name = \"demo\"\ntimezone = \"Europe/Paris\"")]),
        &["compat.toml:5:12: `timezone` in [project] must be \"UTC\", not \"Europe/Paris\" (dates in compat.toml are UTC days)"],
    );
}

#[test]
fn waivers_must_be_tables() {
    check(
        &format!("{BASE}\n[waiver]\nid = \"x\"\n").replace("[[waiver]]\nid = \"W-1\"", "[[notwaiver]]\nid = \"W-1\""),
        &[
            "compat.toml:18:3: unknown key `notwaiver` in the top-level table; expected one of: version, project, policy, promises, component, waiver, deprecation",
            "compat.toml:35:1: `waiver` must be [[waiver]] tables, not a table (compat edits waivers in place)",
        ],
    );
}

#[test]
fn every_fault_is_reported_in_order() {
    check(
        &variant(&[
            ("fail_on = \"breaking\"", "fail_on = \"never\""),
            ("owner = \"@waiver-team\"", ""),
            ("announced = 2025-03-01", "announced = \"soon\""),
        ]),
        &[
            "compat.toml:7:11: invalid `fail_on` \"never\" in [policy]: expected one of \"breaking\", \"warning\"",
            "compat.toml:18:1: missing required key `owner` in [[waiver]] \"W-1\"",
            "compat.toml:32:13: `announced` in [[deprecation]] \"D-1\" is not a date (YYYY-MM-DD): \"soon\"",
        ],
    );
}

#[test]
fn not_toml() {
    check(
        "version = 1\n[project\nname = \"x\"\n",
        &["compat.toml:2:9: invalid TOML: unclosed table, expected `]`"],
    );
}

#[test]
fn sysroot_is_a_directory_of_elf_components_or_the_project() {
    check(
        &variant(&[
            ("kind = \"elf-library\"", "kind = \"go-module\"\npath = \".\""),
            ("artifact = \"build/libfoo.so.1\"", "sysroot = \"root\""),
        ]),
        &["compat.toml:16:1: `sysroot` in [component.libfoo] does not apply to kind \"go-module\" (only to \"elf-library\", \"elf-program\")"],
    );
    check(
        &variant(&[("name = \"demo\"", "name = \"demo\"\nsysroot = \"\"")]),
        &["compat.toml:5:11: `sysroot` in [project] must not be empty"],
    );
    check(
        &variant(&[(
            "artifact = \"build/libfoo.so.1\"",
            "artifact = \"build/libfoo.so.1\"\nsysroot = \"git:v1:root\"",
        )]),
        &["compat.toml:16:11: `sysroot` in [component.libfoo] must be a directory of this machine, not a git:REF:PATH (the loader's search walks the tree)"],
    );
}

/// A component's `sysroot` overrides the project's; without either it is
/// this machine's `/` (`None`).
#[test]
fn a_components_sysroot_overrides_the_projects() {
    let text = variant(&[
        ("name = \"demo\"", "name = \"demo\"\nsysroot = \"roots/debian-12\""),
        (
            "promises = [\"semver\"]",
            "promises = [\"semver\"]\n\n[component.app]\nkind = \"elf-program\"\nowner = \"@team\"\nartifact = \"build/app\"\nsysroot = \"roots/debian-11\"",
        ),
    ]);
    let config = compat_config::parse(&text, Path::new("compat.toml")).expect("valid");
    assert_eq!(config.project.sysroot.as_deref(), Some("roots/debian-12"));
    let of = |name: &str| config.sysroot_of(config.component(name).unwrap());
    assert_eq!(of("libfoo"), Some("roots/debian-12"));
    assert_eq!(of("app"), Some("roots/debian-11"));
    let plain = compat_config::parse(BASE, Path::new("compat.toml")).expect("valid");
    assert_eq!(plain.sysroot_of(plain.component("libfoo").unwrap()), None);
}

#[test]
fn ref_map_only_for_json_schema_and_only_to_files() {
    check(
        &variant(&[(
            "promises = [\"semver\"]",
            "ref_map = { \"https://example.com/a.json\" = \"vendor/a.json\" }",
        )]),
        &["compat.toml:16:1: `ref_map` in [component.libfoo] does not apply to kind \"elf-library\" (only to \"json-schema\")"],
    );
    let schema = |map: &str| {
        variant(&[
            ("kind = \"elf-library\"", "kind = \"json-schema\""),
            (
                "promises = [\"semver\"]",
                &format!("ref_map = {{ \"https://example.com/a.json\" = {map} }}"),
            ),
        ])
    };
    let config = compat_config::parse(&schema("\"vendor/a.json\""), Path::new("compat.toml"))
        .expect("valid");
    assert_eq!(
        config.components[0].ref_map,
        [(
            "https://example.com/a.json".to_owned(),
            "vendor/a.json".to_owned()
        )]
    );
    check(
        &schema("\"git:v1:vendor/a.json\""),
        &["compat.toml:16:44: `https://example.com/a.json` in `ref_map` of [component.libfoo] must be a file of the project, not git:REF:PATH (it is read at the revision compared)"],
    );
    check(
        &schema("1"),
        &["compat.toml:16:44: `https://example.com/a.json` in `ref_map` of [component.libfoo] must be a string, not an integer"],
    );
}

#[test]
fn schema_file_patterns_are_relative_globs() {
    check(
        &variant(&[(
            "[promises.semver]\nkind = \"semver\"",
            "[promises.semver]\nkind = \"json-schema\"\nschemas = [\"/etc/*.json\", \"s/[.json\"]",
        )]),
        &[
            "compat.toml:11:12: schema file pattern \"/etc/*.json\" in [promises.semver] must be relative to the directory of compat.toml",
            "compat.toml:11:27: schema file pattern \"s/[.json\" in [promises.semver] is not a valid glob: invalid range pattern",
        ],
    );
    check(
        &variant(&[(
            "[promises.semver]\nkind = \"semver\"",
            "[promises.semver]\nkind = \"json-schema\"\nschemas = [\"../shared/*.json\"]",
        )]),
        &["compat.toml:11:12: schema file pattern \"../shared/*.json\" in [promises.semver] must stay inside the directory of compat.toml (a baseline mirrors the files' paths)"],
    );
}
