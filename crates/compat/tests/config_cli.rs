//! `compat config check`, `compat config show` and `compat init` through the
//! binary: exit status 0/2, one error line per fault with its
//! `compat.toml:LINE:COL`, the effective configuration (snapshots), and an
//! init file that passes `config check`.

use std::fs;
use std::path::Path;

use compat_testkit::Fixture;

mod common;
use common::{compat_cmd, finish, Run};

const EXAMPLE: &str = include_str!("../../compat-config/tests/fixtures/governance-example.toml");

/// Runs compat in `dir`.
fn compat_in(dir: &Path, args: &[&str]) -> Run {
    finish(
        compat_cmd()
            .args(args)
            .current_dir(dir)
            .output()
            .expect("run compat"),
    )
}

/// A repository (with `.git`) holding `compat.toml` = `text`.
fn repo(text: &str) -> Fixture {
    let fx = Fixture::new();
    fs::create_dir(fx.join(".git")).expect("mkdir .git");
    fx.write("compat.toml", text);
    fx
}

#[test]
fn check_accepts_the_governance_example_found_by_walking_up() {
    let fx = repo(EXAMPLE);
    let sub = fx.join("src/deep");
    fs::create_dir_all(&sub).expect("mkdir");
    let r = compat_in(&fx.join("src/deep"), &["config", "check"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(r.stderr, "");
    // Discovered above the working directory: shown as found (absolute).
    assert_eq!(
        r.stdout,
        format!(
            "{}: OK (6 components, 2 waivers, 2 deprecations)\n",
            fx.join("compat.toml").display()
        )
    );
    let r = compat_in(fx.path(), &["config", "check", "--config", "compat.toml"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(
        r.stdout,
        "compat.toml: OK (6 components, 2 waivers, 2 deprecations)\n"
    );
}

#[test]
fn check_without_a_file_is_exit_2() {
    let fx = Fixture::new();
    fs::create_dir(fx.join(".git")).expect("mkdir .git");
    let r = compat_in(fx.path(), &["config", "check"]);
    assert_eq!(r.code, 2);
    assert_eq!(r.stdout, "");
    assert_eq!(r.stderr_lines().len(), 1, "{}", r.stderr);
    assert!(
        r.stderr.starts_with("compat: error: no compat.toml in "),
        "{}",
        r.stderr
    );
    let r = compat_in(fx.path(), &["config", "show", "--config", "nope.toml"]);
    assert_eq!(r.code, 2);
    assert!(
        r.stderr
            .starts_with("compat: error: nope.toml: cannot read: "),
        "{}",
        r.stderr
    );
}

/// Malformed variants of the governance example: each exits 2 with one
/// error line at the exact place of the fault.
#[test]
fn malformed_variants_exit_2_at_the_fault() {
    let cases: &[(&str, &str, &str)] = &[
        // unknown key
        ("require_owner = true", "require_owner = true\ncolour = \"red\"", "compat.toml:16:1: unknown key `colour` in [policy]"),
        // misspelt key, with a suggestion
        ("min_releases = 2", "min_release = 2", "compat.toml:24:1: unknown key `min_release` in [policy.deprecation]; did you mean `min_releases`?"),
        // wrong type
        ("waiver_warn_days = 14 ", "waiver_warn_days = \"14\"", "compat.toml:13:20: `waiver_warn_days` in [policy] must be an integer, not a string"),
        // bad date
        ("created = 2026-09-01", "created = \"2026-09-31\"", "compat.toml:99:11: `created` in [[waiver]] \"W-2026-014\" is not a date (YYYY-MM-DD): \"2026-09-31\""),
        // waiver without owner
        ("owner = \"@db-team\"\nticket", "ticket", "compat.toml:91:1: missing required key `owner` in [[waiver]] \"W-2026-014\""),
        // waiver without reason
        ("reason = \"removal announced in 5.0 (deprecation D-7); window ended\"\n", "", "compat.toml:102:1: missing required key `reason` in [[waiver]] \"W-2026-020\""),
        // waiver without expires
        ("expires = 2027-03-31\n", "", "compat.toml:102:1: missing required key `expires` in [[waiver]] \"W-2026-020\" (every waiver expires)"),
        // duplicate waiver id
        ("id = \"W-2026-020\"", "id = \"W-2026-014\"", "compat.toml:103:6: duplicate waiver id \"W-2026-014\" (first at line 92)"),
        // expires before created
        ("expires = 2027-02-28", "expires = 2026-08-31", "compat.toml:100:11: `expires` 2026-08-31 in [[waiver]] \"W-2026-014\" is before `created` 2026-09-01"),
        // unknown rule
        ("rule = \"abi-symbol-removed\"", "rule = \"abi-symbol-deleted\"", "compat.toml:105:8: unknown rule `abi-symbol-deleted` in [[waiver]] \"W-2026-020\" (`compat rules` lists them)"),
        // unknown component
        ("component = \"tts-cli\"", "component = \"tts-cly\"", "compat.toml:127:13: unknown component `tts-cly` in [[deprecation]] \"D-12\"; did you mean `tts-cli`? (components are declared as [component.NAME])"),
        // unknown promise
        ("promises = [\"semver\", \"cli-flags\"]", "promises = [\"semver\", \"cli-flag\"]", "compat.toml:82:23: unknown promise `cli-flag` in [component.tts-cli]; did you mean `cli-flags`? (promises are declared as [promises.NAME])"),
        // bad level
        ("ld-no-version-information = \"warning\"", "ld-no-version-information = \"warn\"", "compat.toml:19:29: invalid `ld-no-version-information` \"warn\" in [policy.rules]: expected one of \"breaking\", \"warning\", \"info\", \"off\"; did you mean `warning`?"),
        // version = 2
        ("version = 1 ", "version = 2 ", "compat.toml:1:11: version 2: this file was written for a newer compat (this one reads version 1)"),
        // component kind lacking artifact
        ("artifact = \"build/bin/tts-server\"\n", "", "compat.toml:64:1: missing required key `artifact` in [component.tts-server] (kind \"elf-program\" needs the program file)"),
        // deprecation with two item keys
        ("item = { flag = \"--legacy-voice\" }", "item = { flag = \"--legacy-voice\", symbol = \"legacy_voice\" }", "compat.toml:128:8: `item` of [[deprecation]] \"D-12\" must name exactly one of symbol, type, field, flag, command, go, endpoint; it names 2 (flag, symbol)"),
        // bad fingerprint format
        ("max_matches = 1 ", "fingerprint = \"compat:v1:9f2c\" ", "compat.toml:112:15: invalid `fingerprint` \"compat:v1:9f2c\" in [[waiver]] \"W-2026-020\": expected \"compat:v1:\" and 32 lowercase hex digits"),
    ];
    for (from, to, expected) in cases {
        assert_eq!(EXAMPLE.matches(from).count(), 1, "{from:?} must occur once");
        let fx = repo(&EXAMPLE.replacen(from, to, 1));
        let r = compat_in(fx.path(), &["config", "check", "--config", "compat.toml"]);
        assert_eq!(r.code, 2, "{expected}\n{}", r.stdout);
        assert_eq!(r.stdout, "");
        let lines = r.stderr_lines();
        assert_eq!(lines.len(), 1, "{}", r.stderr);
        let line = lines[0];
        // An unknown key's message goes on to list the known ones.
        assert!(
            line.starts_with(&format!("compat: error: {expected}")),
            "{line}\nwanted: {expected}"
        );
    }
}

#[test]
fn show_text_and_json() {
    let fx = repo(&EXAMPLE.replacen(
        "[component.libsqlite3]\n",
        "[component.libsqlite3.policy]\nfail_on = \"warning\"\nmax_waiver_days = 30\nrules.abi-enumerator-added = { bump = \"minor\" }\n\n[component.libsqlite3]\n",
        1,
    ));
    let text = compat_in(fx.path(), &["config", "show"]);
    assert_eq!(text.code, 0, "{}", text.stderr);
    // Discovered in the working directory: shown as `compat.toml`.
    insta::assert_snapshot!("config_show_text", text.stdout);
    let json = compat_in(
        fx.path(),
        &[
            "config",
            "show",
            "--config",
            "compat.toml",
            "--format",
            "json",
        ],
    );
    assert_eq!(json.code, 0, "{}", json.stderr);
    let j = json.json();
    let sqlite = &j["components"]["libsqlite3"];
    assert_eq!(sqlite["fail_on"]["value"], "warning");
    assert_eq!(sqlite["fail_on"]["origin"], "component");
    assert_eq!(
        sqlite["rules"]["abi-enumerator-added"]["severity"]["origin"],
        "project"
    );
    assert_eq!(
        sqlite["rules"]["abi-enumerator-added"]["bump"]["origin"],
        "component"
    );
    insta::assert_snapshot!("config_show_json", json.stdout);
}

#[test]
fn init_writes_a_file_that_passes_check() {
    let fx = Fixture::new();
    let lib = fx
        .lib("libdemo.so.1")
        .source("int demo(void) { return 1; }\n")
        .soname("libdemo.so.1")
        .build();
    let exe = fx
        .exe("demo-tool")
        .source("int main(void) { return 0; }\n")
        .build();
    fs::create_dir_all(fx.join("build/lib")).expect("mkdir");
    fs::create_dir_all(fx.join("build/bin")).expect("mkdir");
    fs::rename(&lib, fx.join("build/lib/libdemo.so.1")).expect("mv");
    fs::rename(&exe, fx.join("build/bin/demo-tool")).expect("mv");
    std::os::unix::fs::symlink("libdemo.so.1", fx.join("build/lib/libdemo.so")).expect("ln");
    // Skipped: build output, VCS data, and files that are not artifacts.
    fs::create_dir_all(fx.join("target/debug")).expect("mkdir");
    fs::copy(
        fx.join("build/bin/demo-tool"),
        fx.join("target/debug/demo-tool"),
    )
    .expect("cp");
    fs::create_dir_all(fx.join("go/core")).expect("mkdir");
    fx.write(
        "go/core/go.mod",
        "module example.com/tts/core/v2\n\ngo 1.22\n",
    );
    fx.write("README", "not an artifact\n");

    let r = compat_in(fx.path(), &["init"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(
        r.stdout,
        "wrote ./compat.toml: 1 libraries, 1 programs, 1 Go modules; check it with `compat config check`\n"
    );
    let text = fs::read_to_string(fx.join("compat.toml")).expect("written");
    for line in [
        "[component.demo-tool]\nkind = \"elf-program\"\n# owner = \"@team\"\nartifact = \"build/bin/demo-tool\"\n",
        "[component.core]\nkind = \"go-module\"\n# owner = \"@team\"\npath = \"go/core\"\ngo = \"1.22\"\n",
        "[component.libdemo]\nkind = \"elf-library\"\n# owner = \"@team\"\nartifact = \"build/lib/libdemo.so.1\"\nbaseline.main = \"compat/baselines/libdemo.abi.json\"",
    ] {
        assert!(text.contains(line), "{line}\nin\n{text}");
    }
    assert!(!text.contains("target/"), "{text}");
    let check = compat_in(fx.path(), &["config", "check"]);
    assert_eq!(check.code, 0, "{}", check.stderr);
    assert!(
        check
            .stdout
            .contains("OK (3 components, 0 waivers, 0 deprecations)"),
        "{}",
        check.stdout
    );

    // Never overwritten without --force.
    fs::write(fx.join("compat.toml"), "# mine\n").expect("write");
    let again = compat_in(fx.path(), &["init", "."]);
    assert_eq!(again.code, 2);
    assert_eq!(
        again.stderr,
        "compat: error: ./compat.toml: already exists; --force overwrites it\n"
    );
    assert_eq!(
        fs::read_to_string(fx.join("compat.toml")).expect("kept"),
        "# mine\n"
    );
    let forced = compat_in(fx.path(), &["init", ".", "--force"]);
    assert_eq!(forced.code, 0, "{}", forced.stderr);
    assert_eq!(
        fs::read_to_string(fx.join("compat.toml")).expect("rewritten"),
        text
    );
}

#[test]
fn init_in_an_empty_directory() {
    let fx = Fixture::new();
    fs::create_dir(fx.join("proj")).expect("mkdir");
    let dir = fx.join("proj");
    let r = compat_in(fx.path(), &["init", "proj"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let text = fs::read_to_string(dir.join("compat.toml")).expect("written");
    assert!(text.contains("name = \"proj\""), "{text}");
    assert!(
        text.contains("# No ELF file or go.mod was found."),
        "{text}"
    );
    let check = compat_in(
        fx.path(),
        &["config", "check", "--config", "proj/compat.toml"],
    );
    assert_eq!(check.code, 0, "{}", check.stderr);
    assert_eq!(
        check.stdout,
        "proj/compat.toml: OK (0 components, 0 waivers, 0 deprecations)\n"
    );
    let r = compat_in(fx.path(), &["init", "missing"]);
    assert_eq!(r.code, 2);
    assert_eq!(r.stderr, "compat: error: missing: is not a directory\n");
}
