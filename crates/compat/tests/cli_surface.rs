//! `compat cli diff` and `compat cli surface` end to end: exit statuses,
//! the deprecation window, `REV:PATH` inputs, help probing with its bounds,
//! bad inputs, and compat's own committed surface (`docs/cli-surface.json`).

mod common;

use std::path::Path;

use common::{compat, compat_cmd, finish};
use compat_testkit::Fixture;

const OLD: &str = r#"{"format": "compat-cli-surface", "version": 1, "command": {"name": "tool",
  "flags": [{"names": ["--colour", "-c"], "type": "string", "deprecated": {"since": "2025-01-10"}},
            {"names": ["--format"], "type": "string", "default": "text", "choices": ["text", "json", "xml"]}],
  "commands": [{"name": "sync", "args": [{"name": "DIR"}]}, {"name": "export"}]}}"#;

const NEW: &str = r#"{"format": "compat-cli-surface", "version": 1, "command": {"name": "tool",
  "flags": [{"names": ["--format"], "type": "string", "default": "text", "choices": ["text", "json"]}],
  "commands": [{"name": "sync", "args": [{"name": "DIR"}]}]}}"#;

fn root() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
}

#[test]
fn own_surface_is_committed_and_current() {
    let run = compat(&["cli", "surface", "--self"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let committed =
        std::fs::read_to_string(root().join("docs/cli-surface.json")).unwrap_or_default();
    assert!(
        committed == run.stdout,
        "docs/cli-surface.json is stale (the command line changed): regenerate it with \
         `cargo run -p compat -- cli surface --self -o docs/cli-surface.json` and review the diff; \
         a removed or renamed flag is a break of the 18-month promise (`compat cli diff main:docs/cli-surface.json docs/cli-surface.json`)"
    );
}

#[test]
fn diff_exit_statuses_and_window() {
    let fx = Fixture::new();
    let old = fx.write("old.json", OLD);
    let new = fx.write("new.json", NEW);
    let (old, new) = (old.to_str().unwrap(), new.to_str().unwrap());

    let same = compat(&["cli", "diff", old, old]);
    assert_eq!(same.code, 0, "{}{}", same.stdout, same.stderr);
    assert!(
        same.stdout.ends_with("; smallest version bump: none\n"),
        "{}",
        same.stdout
    );

    let run = compat(&[
        "cli",
        "diff",
        old,
        new,
        "--today",
        "2025-06-01",
        "-f",
        "json",
    ]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let report = run.json();
    assert_eq!(report["verdict"], "major", "{}", run.stdout);
    let rules: Vec<&str> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["rule"].as_str().unwrap())
        .collect();
    assert_eq!(
        rules,
        [
            "cli-flag-removed",
            "cli-choice-removed",
            "cli-command-removed"
        ],
        "{}",
        run.stdout
    );
    let colour = &report["findings"][0];
    assert_eq!(colour["subject"]["symbol"], "tool");
    assert_eq!(colour["subject"]["member"], "--colour");
    assert!(
        colour["message"]
            .as_str()
            .unwrap()
            .contains("removal is allowed from 2026-07-10"),
        "{}",
        colour["message"]
    );

    // After the window the deprecated flag's removal is info.
    let later = compat(&[
        "cli",
        "diff",
        old,
        new,
        "--today",
        "2026-07-10",
        "-f",
        "json",
    ]);
    let later = later.json();
    assert_eq!(later["findings"][0]["rule"], "cli-removed-after-window");
    // Kubernetes: 12 months for a GA flag.
    let k8s = compat(&[
        "cli",
        "diff",
        old,
        new,
        "--window",
        "kubernetes",
        "--now",
        "2026-01-10",
        "-f",
        "json",
    ]);
    assert_eq!(
        k8s.json()["findings"][0]["rule"],
        "cli-removed-after-window"
    );
    // COMPAT_NOW stands for --today.
    let env = finish(
        compat_cmd()
            .args(["cli", "diff", old, new, "-f", "json"])
            .env("COMPAT_NOW", "2026-07-10")
            .output()
            .unwrap(),
    );
    assert_eq!(
        env.json()["findings"][0]["rule"],
        "cli-removed-after-window"
    );
}

#[test]
fn bad_inputs_are_one_line_errors() {
    let fx = Fixture::new();
    let good = fx.write("good.json", OLD);
    let good = good.to_str().unwrap();
    let cases = [
        ("trunc.json", "{\"format\": \"compat-cli-surface\", \"version\": 1, \"command\": {"),
        ("newer.json", "{\"format\": \"compat-cli-surface\", \"version\": 9, \"command\": {\"name\": \"x\"}}"),
        ("unknown.json", "{\"format\": \"compat-cli-surface\", \"version\": 1, \"command\": {\"name\": \"x\", \"flagz\": []}}"),
        ("noflag.json", "{\"format\": \"compat-cli-surface\", \"version\": 1, \"command\": {\"name\": \"x\", \"flags\": [{\"names\": [\"oops\"], \"type\": \"switch\"}]}}"),
        ("help.txt", "nothing here looks like help\n"),
    ];
    for (name, text) in cases {
        let bad = fx.write(name, text);
        let run = compat(&["cli", "diff", good, bad.to_str().unwrap()]);
        assert_eq!(run.code, 2, "{name}: {}{}", run.stdout, run.stderr);
        let all = format!("{}{}", run.stdout, run.stderr);
        assert!(all.contains(name), "{name}: {all}");
    }
    let deep = format!(
        "{{\"format\": \"compat-cli-surface\", \"version\": 1, \"command\": {}\"name\": \"x\"{}}}",
        "{\"name\": \"x\", \"commands\": [".repeat(40),
        "}]".repeat(40) + "}"
    );
    let deep = fx.write("deep.json", deep);
    let run = compat(&["cli", "diff", good, deep.to_str().unwrap()]);
    assert_eq!(run.code, 2, "{}{}", run.stdout, run.stderr);
    let window = compat(&["cli", "diff", good, good, "--window", "18 months"]);
    assert_eq!(window.code, 2);
    assert!(window.stderr.contains("bad window"), "{}", window.stderr);
}

#[test]
fn rev_path_inputs_come_from_git() {
    if !compat_testkit::have("git") {
        return;
    }
    let fx = Fixture::new();
    let git = |args: &[&str]| {
        let out = std::process::Command::new("git")
            .arg("-C")
            .arg(fx.path())
            .args(["-c", "user.name=t", "-c", "user.email=t@example.invalid"])
            .args(args)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "git {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    };
    git(&["init", "-q", "-b", "main"]);
    std::fs::create_dir(fx.join("cli")).unwrap();
    fx.write("cli/surface.json", OLD);
    git(&["add", "."]);
    git(&["commit", "-q", "-m", "v1"]);
    fx.write("cli/surface.json", NEW);
    let run = finish(
        compat_cmd()
            .current_dir(fx.path())
            .args([
                "cli",
                "diff",
                "main:cli/surface.json",
                "cli/surface.json",
                "--today",
                "2025-06-01",
            ])
            .output()
            .unwrap(),
    );
    assert_eq!(run.code, 1, "{}{}", run.stdout, run.stderr);
    assert!(
        run.stdout.contains("command `tool export` was removed"),
        "{}",
        run.stdout
    );
    let missing = finish(
        compat_cmd()
            .current_dir(fx.path())
            .args(["cli", "diff", "main:nope.json", "cli/surface.json"])
            .output()
            .unwrap(),
    );
    assert_eq!(missing.code, 2);
    assert!(format!("{}{}", missing.stdout, missing.stderr).contains("main:nope.json"));

    // From a subdirectory, PATH is from the repository's root, ./PATH and ../PATH from the working
    // directory (as `git show` reads them).
    for old in [
        "main:cli/surface.json",
        "main:./surface.json",
        "main:../cli/surface.json",
    ] {
        let run = finish(
            compat_cmd()
                .current_dir(fx.join("cli"))
                .args(["cli", "diff", old, "surface.json", "--today", "2025-06-01"])
                .output()
                .unwrap(),
        );
        assert_eq!(run.code, 1, "{old}: {}{}", run.stdout, run.stderr);
        assert!(
            run.stdout.contains("command `tool export` was removed"),
            "{old}: {}",
            run.stdout
        );
    }
    let from_root = finish(
        compat_cmd()
            .current_dir(fx.join("cli"))
            .args(["cli", "diff", "main:surface.json", "surface.json"])
            .output()
            .unwrap(),
    );
    assert_eq!(
        from_root.code, 2,
        "{}{}",
        from_root.stdout, from_root.stderr
    );
    assert!(
        format!("{}{}", from_root.stdout, from_root.stderr).contains("main:surface.json"),
        "{}{}",
        from_root.stdout,
        from_root.stderr
    );
}

/// A program whose `--help` we control: a shell script.
fn script(fx: &Fixture, body: &str) -> String {
    use std::os::unix::fs::PermissionsExt;
    let p = fx.write("prog", format!("#!/bin/sh\n{body}\n"));
    std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o755)).unwrap();
    p.to_str().unwrap().to_owned()
}

#[test]
fn surface_from_a_program_help_recursively() {
    let fx = Fixture::new();
    let prog = script(
        &fx,
        r#"case "$1" in
  --help) printf 'Usage: prog [OPTIONS] <COMMAND>\n\nCommands:\n  build  Build it\n  hang   Never answers\n  help   Print help\n\nOptions:\n  -q, --quiet        Say less\n      --jobs <N>     Parallel jobs [default: 2]\n' ;;
  build) printf 'Usage: prog build [OPTIONS] <TARGET>\n\nOptions:\n      --release  Optimised\n  -h, --help     Print help\n' ;;
  hang) sleep 30 ;;
esac"#,
    );
    let run = compat(&["cli", "surface", "--timeout", "1", "--", &prog]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let s: serde_json::Value = run.json();
    assert_eq!(s["source"], "help");
    assert_eq!(s["command"]["name"], "prog");
    let build = &s["command"]["commands"][0];
    assert_eq!(build["name"], "build");
    assert_eq!(build["flags"][1]["names"][0], "--release");
    assert_eq!(build["args"][0]["name"], "TARGET");
    assert_eq!(s["command"]["flags"][0]["names"][0], "--jobs");
    assert_eq!(s["command"]["flags"][0]["default"], "2");
    assert!(
        run.stderr.contains("`prog hang`: no answer within 1 s"),
        "{}",
        run.stderr
    );
    // Bounds: the program's own help only.
    let top = compat(&["cli", "surface", "--max-depth", "0", "--", &prog]);
    assert_eq!(top.code, 0, "{}", top.stderr);
    assert!(top.json()["command"]["commands"][0].get("flags").is_none());
}

#[test]
fn surface_check_guards_a_committed_file() {
    let fx = Fixture::new();
    let from = fx.write("old.json", OLD);
    let out = fx.join("surface.json");
    let (from, out) = (from.to_str().unwrap(), out.to_str().unwrap());
    assert_eq!(
        compat(&["cli", "surface", "--from", from, "--check", "-o", out]).code,
        1
    );
    assert_eq!(
        compat(&["cli", "surface", "--from", from, "-o", out]).code,
        0
    );
    assert_eq!(
        compat(&["cli", "surface", "--from", from, "--check", "-o", out]).code,
        0
    );
}

#[test]
fn surface_options_read_as_the_readme_writes_them() {
    let fx = Fixture::new();
    let prog = script(
        &fx,
        r#"case "$*" in
  -h) printf 'usage: prog [-q | --quiet]\n\n    -q, --quiet           say less\n' ;;
  *) printf 'unknown option\n' >&2; exit 129 ;;
esac"#,
    );
    // `--help-flag -h` (git's subcommands), not only `--help-flag=-h`.
    let run = compat(&["cli", "surface", "--help-flag", "-h", "--", &prog]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(run.json()["command"]["flags"][0]["names"][0], "--quiet");
    // compat's -o after -- would go to the program: refused, naming the fix.
    let out = fx.join("prog.json");
    let out = out.to_str().unwrap();
    let run = compat(&[
        "cli",
        "surface",
        "--help-flag",
        "-h",
        "--",
        &prog,
        "-o",
        out,
    ]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert_eq!(run.stderr.trim().lines().count(), 1, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("`-o` comes after --, so it would go to ")
            && run.stderr.contains("put compat's options before --"),
        "{}",
        run.stderr
    );
    assert!(!fx.join("prog.json").exists());
    // An output in a directory that does not exist: one line naming it once.
    let missing = fx.join("no/such/dir/prog.json");
    let missing = missing.to_str().unwrap();
    let run = compat(&["cli", "surface", "-o", missing, "--self"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert_eq!(
        run.stderr.trim(),
        format!("compat: error: {missing}: cannot write: No such file or directory (os error 2)")
    );
    // Leading arguments name the surface with the program, as `python3 -m
    // pip` is named: its commands read `prog mode ...`, not `prog ...`.
    let other = Fixture::new();
    let moded = script(
        &other,
        r#"case "$*" in
  "mode --help") printf 'Usage: prog mode [OPTIONS]\n\nOptions:\n  -q, --quiet  Say less\n' ;;
esac"#,
    );
    let run = compat(&["cli", "surface", "--", &moded, "mode"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(run.json()["command"]["name"], "prog mode");
    // A help text compat cannot read: the error says what compat ran.
    let run = compat(&["cli", "surface", "--", &prog, "sub"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert_eq!(run.stderr.trim().lines().count(), 1, "{}", run.stderr);
    assert!(
        run.stderr
            .contains(&format!("(compat ran `{prog} sub --help`)")),
        "{}",
        run.stderr
    );
}

/// A deprecation without a day is reported in the terms of the input that lacks the day (a `--help`
/// text, Azure CLI metadata, a surface file's `"since"`), with the way to give it, never by the
/// surface model's field path; the rule and subject stay the same whatever the input.
#[test]
fn undated_deprecations_are_explained_in_the_inputs_terms() {
    let fx = Fixture::new();
    let help = |flags: &str| {
        format!("Usage: tool [OPTIONS]\n\nOptions:\n  -v, --verbose   Say more.\n{flags}")
    };
    let old_help = fx.write(
        "old.txt",
        help("  --legacy        Old mode (deprecated).\n  --old-style     Old style. DEPRECATED\n  --quiet         Say less.\n"),
    );
    let new_help = fx.write(
        "new.txt",
        help("  --quiet         Say less (deprecated: use --verbose=0).\n"),
    );
    let run = compat(&[
        "cli",
        "diff",
        old_help.to_str().unwrap(),
        new_help.to_str().unwrap(),
        "--today",
        "2026-12-06",
        "-f",
        "json",
    ]);
    assert_eq!(run.code, 1, "{}{}", run.stdout, run.stderr);
    let report = run.json();
    let said = |rule: &str| -> String {
        report["findings"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["rule"] == rule)
            .unwrap_or_else(|| panic!("no {rule}: {report}"))["message"]
            .as_str()
            .unwrap()
            .to_owned()
    };
    let removed = said("cli-flag-removed");
    let old_name = old_help.to_str().unwrap();
    for part in [
        "flag `--legacy` of `tool` was removed; it was deprecated without a day",
        &format!("the --help text {old_name} calls it deprecated and gives no day"),
        &format!("compat cli surface --from {old_name} -o FILE.json"),
        "\"since\": \"YYYY-MM-DD\"",
        "[[deprecation]] in compat.toml (item = { flag = \"--legacy\" }, announced = YYYY-MM-DD)",
    ] {
        assert!(removed.contains(part), "{part:?} not in {removed}");
    }
    // Both removals have one cause and one fix: one group, the second folded in text.
    let groups: Vec<&str> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["rule"] == "cli-flag-removed")
        .map(|f| f["group"].as_str().unwrap_or(""))
        .collect();
    let group = format!("undated in {old_name}");
    assert_eq!(groups, [group.as_str(), group.as_str()], "{report}");
    let text = compat(&[
        "cli",
        "diff",
        old_name,
        new_help.to_str().unwrap(),
        "--today",
        "2026-12-06",
    ]);
    assert!(
        text.stdout.contains("   = 1 more finding in this group:\n     breaking [cli-flag-removed] flag `--old-style` of `tool` was removed\n"),
        "{}",
        text.stdout
    );
    let undated = said("cli-deprecation-undated");
    assert!(
        undated.contains(&format!(
            "the --help text {} calls it deprecated and gives no day",
            new_help.to_str().unwrap()
        )),
        "{undated}"
    );
    // A surface file names its own field; Azure CLI metadata its deprecate_info.
    let surface = |flags: &str| {
        format!(
            r#"{{"format": "compat-cli-surface", "version": 1, "command": {{"name": "tool", "flags": [{flags}]}}}}"#
        )
    };
    let old_json = fx.write(
        "old.json",
        surface(r#"{"names": ["--legacy"], "type": "switch", "deprecated": {"message": "going"}}"#),
    );
    let new_json = fx.write("new.json", surface(""));
    let run = compat(&[
        "cli",
        "diff",
        old_json.to_str().unwrap(),
        new_json.to_str().unwrap(),
    ]);
    assert_eq!(run.code, 1, "{}{}", run.stdout, run.stderr);
    assert!(
        run.stdout.contains(&format!(
            "(its \"deprecated\" in {} has no \"since\")",
            old_json.to_str().unwrap()
        )),
        "{}",
        run.stdout
    );
    let azure = |deprecated: bool| {
        let info = if deprecated {
            r#", "deprecate_info": {"redirect": "--new", "expiration": "2.70.0"}"#
        } else {
            ""
        };
        format!(
            r#"{{"module_name": "m", "name": "az", "commands": {{}}, "sub_groups": {{"m": {{"name": "m", "sub_groups": {{}}, "commands": {{
              "m show": {{"name": "m show", "parameters": [{{"name": "old", "options": ["--old"]{info}}}]}}}}}}}}}}"#
        )
    };
    let old_az = fx.write("old-az.json", azure(false));
    let new_az = fx.write("new-az.json", azure(true));
    let run = compat(&[
        "cli",
        "diff",
        old_az.to_str().unwrap(),
        new_az.to_str().unwrap(),
    ]);
    assert!(
        run.stdout.contains(&format!(
            "the Azure CLI metadata {} deprecates it in deprecate_info, which has no day",
            new_az.to_str().unwrap()
        )),
        "{}{}",
        run.stdout,
        run.stderr
    );
    for out in [&removed, &undated, &run.stdout] {
        assert!(!out.contains("deprecated.since"), "{out}");
    }
}
