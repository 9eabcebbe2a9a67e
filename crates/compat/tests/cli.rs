//! End-to-end tests of the `compat` binary on gcc-built fixtures: exit status,
//! output formats, error reporting and the meta commands.

use std::ffi::OsStr;
use std::path::{Path, PathBuf};
use std::process::Command;

use compat_report::RULES;
use compat_testkit::Fixture;
use serde_json::Value;

mod common;
use common::{finish, Run};

fn run_env<I, S>(args: I, env: &[(&str, &str)]) -> Run
where
    I: IntoIterator<Item = S>,
    S: AsRef<OsStr>,
{
    let mut cmd = common::compat_cmd();
    cmd.args(args);
    for (k, v) in env {
        cmd.env(k, v);
    }
    finish(cmd.output().expect("run the compat binary"))
}

fn run<I, S>(args: I) -> Run
where
    I: IntoIterator<Item = S>,
    S: AsRef<OsStr>,
{
    run_env(args, &[])
}

fn s(p: &Path) -> &str {
    p.to_str().expect("UTF-8 temp path")
}

/// A library in two versions and a program linked against the first.
///
/// - `libx.so.1` (v1): `x_foo@@X_1.0`, `x_bar@@X_1.1`;
/// - `libx-v2.so` (v2, SONAME `libx.so.1`): `x_foo@@X_1.0` only, version node `X_1.1` removed;
/// - `app`: calls `x_foo` and `x_bar`, NEEDED `libx.so.1`.
struct Fx {
    fx: Fixture,
    v1: PathBuf,
    v2: PathBuf,
    app: PathBuf,
}

fn fixture() -> Fx {
    let fx = Fixture::new();
    let v1 = fx
        .lib("libx.so.1")
        .source("int x_foo(void) { return 1; }\nint x_bar(void) { return 2; }\n")
        .version_script("X_1.0 { global: x_foo; local: *; };\nX_1.1 { global: x_bar; } X_1.0;\n")
        .soname("libx.so.1")
        .build();
    let v2 = fx
        .lib("libx-v2.so")
        .source("int x_foo(void) { return 1; }\n")
        .version_script("X_1.0 { global: x_foo; local: *; };\n")
        .soname("libx.so.1")
        .build();
    let app = fx
        .exe("app")
        .source(
            "int x_foo(void);\nint x_bar(void);\nint main(void) { return x_foo() + x_bar(); }\n",
        )
        .link_lib(&v1)
        .build();
    Fx { fx, v1, v2, app }
}

fn rules_of(report: &Value) -> Vec<String> {
    report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["rule"].as_str().unwrap().to_owned())
        .collect()
}

fn escape_regex(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        if "\\.+*?()|[]{}^$#&-~".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// insta filter for the fixture directories: `tempfile` names them
/// `$TMPDIR/compat-fixture-XXXXXX` (random alphanumerics).
fn tmp_filter() -> String {
    let tmp = std::env::temp_dir();
    format!(
        r"{}/compat-fixture-[A-Za-z0-9_]+",
        escape_regex(s(&tmp).trim_end_matches('/'))
    )
}

// ---------------------------------------------------------------------------
// abi dump
// ---------------------------------------------------------------------------

#[test]
fn dump_is_json_and_deterministic() {
    let f = fixture();
    let a = run(["abi", "dump", s(&f.v1)]);
    let b = run(["abi", "dump", s(&f.v1)]);
    assert_eq!(a.code, 0, "{}", a.stderr);
    assert_eq!(
        a.stdout, b.stdout,
        "two dumps of the same file must be byte-identical"
    );
    let dump = a.json();
    assert!(dump["dump_format"].is_u64(), "{dump}");
    assert_eq!(dump["soname"], "libx.so.1");
    let text = a.stdout.as_str();
    assert!(
        text.contains("x_foo") && text.contains("x_bar") && text.contains("X_1.1"),
        "{text}"
    );
    assert!(a.stderr.is_empty(), "{}", a.stderr);
}

#[test]
fn dump_output_file() {
    let f = fixture();
    let out = f.fx.join("v1.dump.json");
    let r = run(["abi", "dump", s(&f.v1), "-o", s(&out)]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stdout.is_empty(),
        "-o must not write to stdout: {}",
        r.stdout
    );
    let written = std::fs::read_to_string(&out).expect("-o FILE is written");
    assert_eq!(written, run(["abi", "dump", s(&f.v1)]).stdout);
    // No temporary file is left beside it.
    let leftovers: Vec<_> = std::fs::read_dir(f.fx.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("compat-tmp"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]
fn dump_other_formats() {
    let f = fixture();
    let text = run(["abi", "dump", s(&f.v1), "--format", "text"]);
    assert_eq!(text.code, 0, "{}", text.stderr);
    assert!(
        text.stdout.contains("libx.so.1") && text.stdout.contains("x_bar@@X_1.1"),
        "{}",
        text.stdout
    );
    assert!(!text.stdout.contains("\x1b["), "{}", text.stdout);

    let md = run(["abi", "dump", s(&f.v1), "--format", "markdown"]);
    assert_eq!(md.code, 0, "{}", md.stderr);
    assert!(md.stdout.starts_with("## "), "{}", md.stdout);
    assert!(
        md.stdout.contains("|---|") && md.stdout.contains("x_bar@@X_1.1"),
        "{}",
        md.stdout
    );

    let sarif = run(["abi", "dump", s(&f.v1), "-f", "sarif"]);
    assert_eq!(sarif.code, 0, "{}", sarif.stderr);
    let doc = sarif.json();
    assert_eq!(doc["version"], "2.1.0");
    assert_eq!(doc["runs"][0]["results"].as_array().map(Vec::len), Some(0));
}

// ---------------------------------------------------------------------------
// abi diff
// ---------------------------------------------------------------------------

#[test]
fn diff_removed_version_node() {
    let f = fixture();
    let text = run(["abi", "diff", s(&f.v1), s(&f.v2)]);
    assert_eq!(text.code, 1, "{}{}", text.stdout, text.stderr);
    assert!(text.stderr.is_empty(), "{}", text.stderr);
    insta::with_settings!({ filters => vec![(tmp_filter().as_str(), "[TMP]")] }, {
        insta::assert_snapshot!("diff_removed_version_node_text", text.stdout);
    });

    let r = run(["abi", "diff", s(&f.v1), s(&f.v2), "--format", "json"]);
    assert_eq!(r.code, 1);
    let report = r.json();
    assert_eq!(report["command"], "abi diff");
    assert_eq!(report["verdict"], "major");
    let findings = report["findings"].as_array().unwrap();
    let node = findings
        .iter()
        .find(|f| f["rule"] == "abi-version-node-removed")
        .unwrap_or_else(|| panic!("no abi-version-node-removed: {report:#}"));
    assert_eq!(node["subject"]["version"], "X_1.1");
    assert_eq!(node["subject"]["old_file"], s(&f.v1));
    assert_eq!(node["subject"]["new_file"], s(&f.v2));
    let gone: Vec<&Value> = findings
        .iter()
        .filter(|f| f["rule"] == "abi-symbol-removed" || f["rule"] == "abi-symbol-version-removed")
        .collect();
    assert_eq!(gone.len(), 1, "{report:#}");
    assert_eq!(gone[0]["subject"]["symbol"], "x_bar");
    assert!(
        report["summary"]["breaking"].as_u64().unwrap() >= 2,
        "{report:#}"
    );
}

/// The findings of a JSON report as (severity, rule), in report order.
fn severity_rules(report: &Value) -> Vec<(String, String)> {
    report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["severity"].as_str().unwrap().to_owned(),
                f["rule"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

#[test]
fn diff_text_counts_info_findings_on_one_line() {
    let f = fixture();
    // v2 -> v1: version node X_1.1 and x_bar@@X_1.1 added, both info.
    let text = run(["abi", "diff", s(&f.v2), s(&f.v1)]);
    assert_eq!(text.code, 0, "{}{}", text.stdout, text.stderr);
    insta::with_settings!({ filters => vec![(tmp_filter().as_str(), "[TMP]")] }, {
        insta::assert_snapshot!("diff_only_info_text", text.stdout);
    });
    let json = run(["abi", "diff", s(&f.v2), s(&f.v1), "-f", "json"]).json();
    let all = severity_rules(&json);
    assert_eq!(all.len(), 2, "{json:#}");
    assert!(all.iter().all(|(sev, _)| sev == "info"), "{json:#}");
    assert!(
        text.stdout.starts_with(&format!(
            "nothing breaking, no warnings; {} info findings not shown (",
            all.len()
        )),
        "{}",
        text.stdout
    );
    for (_, rule) in &all {
        assert!(
            !text.stdout.contains(&format!("info[{rule}]")),
            "{}",
            text.stdout
        );
    }
    // --show info and --verbose list every one of them.
    for flags in [&["--show", "info"][..], &["--verbose"], &["-v"]] {
        let r = run(["abi", "diff", s(&f.v2), s(&f.v1)].iter().chain(flags));
        assert_eq!(r.code, 0, "{flags:?}");
        for (_, rule) in &all {
            assert!(
                r.stdout.contains(&format!("info[{rule}]: ")),
                "{flags:?}: {}",
                r.stdout
            );
        }
        assert!(!r.stdout.contains("not shown"), "{flags:?}: {}", r.stdout);
        // Only --verbose repeats the compared files under each finding.
        let arrows = r
            .stdout
            .matches(&format!("  --> {} -> {}\n", s(&f.v2), s(&f.v1)))
            .count();
        assert_eq!(
            arrows,
            if flags[0] == "--show" { 0 } else { 2 },
            "{flags:?}: {}",
            r.stdout
        );
    }
    // --show warning is the default; --show breaking says the same here.
    for level in ["warning", "breaking"] {
        let r = run(["abi", "diff", s(&f.v2), s(&f.v1), "--show", level]);
        let first = r.stdout.lines().next().unwrap_or_default().to_owned();
        let want = if level == "warning" {
            "nothing breaking, no warnings; 2 info findings not shown ("
        } else {
            "nothing breaking; 2 info findings not shown ("
        };
        assert!(first.starts_with(want), "{level}: {}", r.stdout);
    }
}

#[test]
fn show_and_verbose_filter_only_text() {
    let f = fixture();
    let lib = format!("libx.so.1={}", s(&f.v2));
    let diff: Vec<&str> = vec!["abi", "diff", s(&f.v2), s(&f.v1)];
    let check: Vec<&str> = vec!["abi", "check", s(&f.app), "--lib", &lib];
    for base in [&diff, &check] {
        for fmt in ["json", "sarif", "markdown"] {
            let plain = run(base.iter().copied().chain(["-f", fmt]));
            for flags in [&["--show", "breaking"][..], &["--show", "info"], &["-v"]] {
                let r = run(base
                    .iter()
                    .copied()
                    .chain(["-f", fmt])
                    .chain(flags.iter().copied()));
                assert_eq!(
                    (r.code, &r.stdout),
                    (plain.code, &plain.stdout),
                    "{base:?} -f {fmt} {flags:?}"
                );
            }
        }
        // The JSON report keeps every finding: as many as the summary counts
        // and as the fully listed text shows.
        let json = run(base.iter().copied().chain(["-f", "json"])).json();
        let n = json["findings"].as_array().unwrap().len();
        let sum = &json["summary"];
        assert_eq!(
            n as u64,
            sum["breaking"].as_u64().unwrap()
                + sum["warning"].as_u64().unwrap()
                + sum["info"].as_u64().unwrap(),
            "{json:#}"
        );
        let text = run(base.iter().copied().chain(["-v"]));
        for (sev, rule) in severity_rules(&json) {
            assert!(
                text.stdout.contains(&format!("{sev}[{rule}]"))
                    || text.stdout.contains(&format!("{sev} [{rule}]")),
                "{base:?}: {sev}[{rule}] missing from the verbose text: {}",
                text.stdout
            );
        }
    }
}

#[test]
fn diff_identical_is_clean() {
    let f = fixture();
    let r = run(["abi", "diff", s(&f.v1), s(&f.v1), "-f", "json"]);
    assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);
    let report = r.json();
    assert_eq!(report["findings"], Value::Array(Vec::new()), "{report:#}");
    assert_eq!(report["verdict"], "none");
    let text = run(["abi", "diff", s(&f.v1), s(&f.v1)]);
    assert_eq!(text.code, 0);
    assert!(text.stdout.contains("0 breaking"), "{}", text.stdout);
}

#[test]
fn diff_with_a_dump_as_old() {
    let f = fixture();
    let dump = f.fx.join("libx-1.dump.json");
    assert_eq!(run(["abi", "dump", s(&f.v1), "-o", s(&dump)]).code, 0);
    let from_dump = run(["abi", "diff", s(&dump), s(&f.v2), "-f", "json"]);
    let from_elf = run(["abi", "diff", s(&f.v1), s(&f.v2), "-f", "json"]);
    assert_eq!(
        from_dump.code, 1,
        "{}{}",
        from_dump.stdout, from_dump.stderr
    );
    let (a, b) = (from_dump.json(), from_elf.json());
    assert_eq!(rules_of(&a), rules_of(&b));
    assert_eq!(a["verdict"], b["verdict"]);
    assert_eq!(a["inputs"][0], s(&dump));
    // A dump against its own library: nothing changed.
    let same = run(["abi", "diff", s(&dump), s(&f.v1), "-f", "json"]);
    assert_eq!(same.code, 0, "{}", same.stdout);
    assert_eq!(same.json()["findings"], Value::Array(Vec::new()));
}

// ---------------------------------------------------------------------------
// abi check
// ---------------------------------------------------------------------------

#[test]
fn check_against_the_library_it_was_built_with() {
    let f = fixture();
    let r = run([
        "abi",
        "check",
        s(&f.app),
        "-L",
        s(f.fx.path()),
        "-f",
        "json",
    ]);
    assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);
    let report = r.json();
    assert_eq!(report["findings"], Value::Array(Vec::new()), "{report:#}");
    assert_eq!(report["errors"], Value::Array(Vec::new()));
    let same = run(["abi", "check", s(&f.app), "--lib", s(&f.v1)]);
    assert_eq!(same.code, 0, "{}{}", same.stdout, same.stderr);
}

#[test]
fn check_against_a_library_without_the_version() {
    let f = fixture();
    let lib = format!("libx.so.1={}", s(&f.v2));
    let r = run(["abi", "check", s(&f.app), "--lib", &lib, "--format", "json"]);
    assert_eq!(r.code, 1, "{}{}", r.stdout, r.stderr);
    let report = r.json();
    let findings = report["findings"].as_array().unwrap();
    let head = findings
        .iter()
        .find(|f| f["rule"] == "ld-version-not-found")
        .unwrap_or_else(|| panic!("no ld-version-not-found: {report:#}"));
    assert_eq!(head["subject"]["version"], "X_1.1");
    assert_eq!(head["subject"]["library"], "libx.so.1");
    assert_eq!(head["subject"]["symbols"], serde_json::json!(["x_bar"]));
    let full = findings
        .iter()
        .find(|f| {
            ["file", "object", "symbol", "version", "library", "chain"]
                .iter()
                .all(|k| f["subject"].get(*k).is_some())
        })
        .unwrap_or_else(|| {
            panic!("no finding with file/object/symbol/version/library/chain: {report:#}")
        });
    assert_eq!(full["subject"]["file"], s(&f.app));
    assert_eq!(full["subject"]["symbol"], "x_bar");
    assert_eq!(full["subject"]["version"], "X_1.1");
    assert!(
        full["subject"]["chain"]
            .as_array()
            .is_some_and(|c| !c.is_empty()),
        "{full:#}"
    );
    assert_eq!(
        rules_of(&report),
        ["ld-version-not-found", "ld-symbol-unresolved"],
        "{report:#}"
    );
}

#[test]
fn check_groups_symbols_under_their_missing_version() {
    let f = fixture();
    let lib = format!("libx.so.1={}", s(&f.v2));
    let report = run(["abi", "check", s(&f.app), "--lib", &lib, "--format", "json"]).json();
    let findings = report["findings"].as_array().unwrap();
    let head = findings
        .iter()
        .find(|f| f["rule"] == "ld-version-not-found")
        .unwrap();
    assert!(head["group"].is_string(), "{report:#}");
    for f in findings
        .iter()
        .filter(|f| f["subject"]["version"] == "X_1.1")
    {
        assert_eq!(f["group"], head["group"], "{report:#}");
    }
    // Text folds the symbol under the head.
    let text = run(["abi", "check", s(&f.app), "--lib", &lib]).stdout;
    assert!(!text.contains("breaking[ld-symbol-unresolved]"), "{text}");
}

#[test]
fn check_groups_symbols_under_their_missing_library() {
    let f = fixture();
    // No -L: libx.so.1 is found nowhere.
    let r = run(["abi", "check", s(&f.app), "--format", "json"]);
    assert_eq!(r.code, 1, "{}{}", r.stdout, r.stderr);
    let report = r.json();
    let findings = report["findings"].as_array().unwrap();
    let head = findings
        .iter()
        .find(|f| f["rule"] == "ld-library-not-found")
        .unwrap();
    assert_eq!(head["subject"]["library"], "libx.so.1", "{report:#}");
    let symbols: Vec<&Value> = findings
        .iter()
        .filter(|f| f["rule"] == "ld-symbol-unresolved")
        .collect();
    assert_eq!(symbols.len(), 2, "{report:#}");
    for f in symbols {
        assert_eq!(f["group"], head["group"], "{report:#}");
    }
}

/// A directory with a plugin and, optionally, the host program that exports
/// what the plugin leaves undefined (`-rdynamic`).
fn plugin_tree(with_host: bool) -> (Fixture, PathBuf) {
    let fx = Fixture::new();
    let tree = fx.join("tree");
    std::fs::create_dir(&tree).unwrap();
    let plugin = fx
        .lib("plugin.so")
        .source("extern int host_api(int);\nint plugin_run(void) { return host_api(1); }\n")
        .build();
    std::fs::copy(&plugin, tree.join("plugin.so")).unwrap();
    if with_host {
        let host = fx
            .exe("host")
            .source("int host_api(int x) { return x; }\nint main(void) { return 0; }\n")
            .arg("-rdynamic")
            .build();
        std::fs::copy(&host, tree.join("host")).unwrap();
    }
    (fx, tree)
}

#[test]
fn check_a_plugin_with_and_without_its_host_and_standalone() {
    // The host in the scan: info naming it, exit 0.
    let (_fx, tree) = plugin_tree(true);
    let r = run(["abi", "check", s(&tree), "-f", "json"]);
    assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);
    let report = r.json();
    assert_eq!(rules_of(&report), ["ld-host-symbol-provided"], "{report:#}");
    assert_eq!(
        report["findings"][0]["subject"]["library"],
        s(&tree.join("host"))
    );
    // --standalone: ldd -r's verdict, breaking.
    let r = run(["abi", "check", "--standalone", s(&tree), "-f", "json"]);
    assert_eq!(r.code, 1, "{}{}", r.stdout, r.stderr);
    assert_eq!(rules_of(&r.json()), ["ld-symbol-unresolved"]);

    // No host: a warning listing what a host must provide, exit 0.
    let (_fx, tree) = plugin_tree(false);
    let r = run(["abi", "check", s(&tree)]);
    assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);
    assert!(
        r.stdout.starts_with(
            "warning[ld-host-symbol-unresolved]: resolved only when a host provides: host_api (1 symbol; none in the scan does)"
        ),
        "{}",
        r.stdout
    );
    assert!(
        r.stdout
            .ends_with("0 breaking, 1 warning, 0 info, 0 errors\n"),
        "{}",
        r.stdout
    );
    let r = run(["abi", "check", "--standalone", s(&tree)]);
    assert_eq!(r.code, 1, "{}{}", r.stdout, r.stderr);
}

#[test]
fn check_a_directory_with_a_broken_file() {
    let f = fixture();
    let tree = f.fx.join("tree");
    std::fs::create_dir(&tree).unwrap();
    std::fs::copy(&f.app, tree.join("app")).unwrap();
    std::fs::write(tree.join("readme.txt"), "not a binary\n").unwrap();
    // Tests may run as root, where permissions do not stop reading: a truncated
    // ELF file (the first 64 bytes of a real library) fails for everybody.
    let head = std::fs::read(&f.v1).unwrap()[..64].to_vec();
    std::fs::write(tree.join("x.so"), head).unwrap();

    let lib = format!("libx.so.1={}", s(&f.v2));
    let r = run(["abi", "check", s(&tree), "--lib", &lib, "-f", "json"]);
    assert_eq!(r.code, 2, "{}{}", r.stdout, r.stderr);
    let lines = r.stderr_lines();
    assert_eq!(lines.len(), 1, "one error line expected:\n{}", r.stderr);
    assert!(lines[0].contains(s(&tree.join("x.so"))), "{}", lines[0]);
    let report = r.json();
    let errors = report["errors"].as_array().unwrap();
    assert_eq!(errors.len(), 1, "{report:#}");
    assert_eq!(errors[0]["file"], s(&tree.join("x.so")));
    // The program beside it is still checked and reported; the text file is skipped.
    let app = s(&tree.join("app")).to_owned();
    let findings = report["findings"].as_array().unwrap();
    assert!(findings
        .iter()
        .any(|f| f["rule"] == "ld-version-not-found" && f["subject"]["file"] == app.as_str()));
    assert!(!report.to_string().contains("readme.txt"), "{report:#}");
    assert_eq!(report["summary"]["errors"], 1);

    let text = run(["abi", "check", s(&tree), "--lib", &lib]);
    assert_eq!(text.code, 2);
    assert!(
        text.stdout.contains("ld-version-not-found"),
        "{}",
        text.stdout
    );
}

#[test]
fn bad_usage_exits_2() {
    let f = fixture();
    for args in [
        vec!["abi", "check"],
        vec!["abi", "diff", s(&f.v1)],
        vec!["abi", "dump"],
        vec!["abi", "dump", s(&f.v1), "--format", "yaml"],
        vec!["abi", "check", s(&f.app), "--no-such-flag"],
        vec!["no-such-command"],
        vec![],
    ] {
        let r = run(&args);
        assert_eq!(r.code, 2, "{args:?}: {}{}", r.stdout, r.stderr);
        assert!(!r.stderr.is_empty(), "{args:?}: usage errors go to stderr");
    }
    let help = run(["--help"]);
    assert_eq!(help.code, 0);
    assert!(help.stdout.contains("Usage"), "{}", help.stdout);
    let version = run(["--version"]);
    assert_eq!(version.code, 0);
    assert!(version.stdout.starts_with("compat "), "{}", version.stdout);
}

#[test]
fn check_of_a_missing_file_exits_2() {
    let f = fixture();
    let missing = f.fx.join("no-such-file");
    let r = run(["abi", "check", s(&missing)]);
    assert_eq!(r.code, 2, "{}{}", r.stdout, r.stderr);
    let lines = r.stderr_lines();
    assert_eq!(lines.len(), 1, "{}", r.stderr);
    assert!(lines[0].contains(s(&missing)), "{}", lines[0]);
}

// ---------------------------------------------------------------------------
// Meta commands
// ---------------------------------------------------------------------------

#[test]
fn rules_lists_every_id() {
    let r = run(["rules"]);
    assert_eq!(r.code, 0);
    for rule in RULES {
        assert!(
            r.stdout
                .lines()
                .any(|l| l.split_whitespace().next() == Some(rule.id)),
            "{} missing:\n{}",
            rule.id,
            r.stdout
        );
    }
    let json = run(["rules", "-f", "json"]).json();
    let ids: Vec<&str> = json["rules"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, RULES.iter().map(|r| r.id).collect::<Vec<_>>());
    let md = run(["rules", "-f", "markdown"]);
    assert_eq!(
        md.stdout.lines().filter(|l| l.starts_with("| `")).count(),
        RULES.len(),
        "{}",
        md.stdout
    );
}

#[test]
fn explain_prints_the_docs() {
    let r = run(["explain", "abi-symbol-removed"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let rule = compat_report::rules::lookup("abi-symbol-removed").unwrap();
    assert!(r.stdout.starts_with("# abi-symbol-removed"), "{}", r.stdout);
    assert!(r.stdout.contains(rule.docs.trim_end()), "{}", r.stdout);

    let bad = run(["explain", "no-such-rule"]);
    assert_eq!(bad.code, 2);
    assert!(bad.stdout.is_empty(), "{}", bad.stdout);
    let lines = bad.stderr_lines();
    assert_eq!(lines.len(), 1, "{}", bad.stderr);
    assert!(lines[0].contains("no-such-rule"), "{}", lines[0]);
}

#[test]
fn completions_and_man_page() {
    for shell in ["bash", "zsh", "fish"] {
        let r = run(["completions", shell]);
        assert_eq!(r.code, 0, "{shell}: {}", r.stderr);
        assert!(r.stdout.contains("compat"), "{shell}: {}", r.stdout);
    }
    let man = run(["man"]);
    assert_eq!(man.code, 0, "{}", man.stderr);
    assert!(man.stdout.contains(".TH"), "not roff: {}", man.stdout);
    assert!(man.stdout.contains("abi"), "{}", man.stdout);
}

// ---------------------------------------------------------------------------
// Formats and colour
// ---------------------------------------------------------------------------

fn assert_sarif(r: &Run, what: &str) {
    let doc = r.json();
    assert_eq!(doc["version"], "2.1.0", "{what}");
    let results = doc["runs"][0]["results"]
        .as_array()
        .unwrap_or_else(|| panic!("{what}: no results: {doc:#}"));
    assert!(!results.is_empty(), "{what}: {doc:#}");
    for res in results {
        assert!(
            res["ruleId"].is_string()
                && res["level"].is_string()
                && res["message"]["text"].is_string(),
            "{res:#}"
        );
    }
}

fn assert_markdown_table(r: &Run, what: &str) {
    assert!(
        r.stdout
            .contains("| Severity | Rule | Where | Message |\n|---|---|---|---|\n"),
        "{what}: {}",
        r.stdout
    );
    assert!(
        r.stdout.lines().any(|l| l.starts_with("| breaking |")),
        "{what}: {}",
        r.stdout
    );
}

#[test]
fn sarif_and_markdown_for_diff_and_check() {
    let f = fixture();
    let lib = format!("libx.so.1={}", s(&f.v2));
    let diff: Vec<&str> = vec!["abi", "diff", s(&f.v1), s(&f.v2)];
    let check: Vec<&str> = vec!["abi", "check", s(&f.app), "--lib", &lib];
    for (what, base) in [("diff", &diff), ("check", &check)] {
        let sarif = run(base.iter().copied().chain(["--format", "sarif"]));
        assert_eq!(sarif.code, 1, "{what}");
        assert_sarif(&sarif, what);
        let json = run(base.iter().copied().chain(["--format", "json"])).json();
        let results = sarif.json()["runs"][0]["results"].as_array().unwrap().len();
        assert_eq!(
            results,
            json["findings"].as_array().unwrap().len(),
            "{what}: one SARIF result per finding"
        );

        let md = run(base.iter().copied().chain(["--format", "markdown"]));
        assert_eq!(md.code, 1, "{what}");
        assert_markdown_table(&md, what);
    }
}

#[test]
fn junit_and_gitlab_for_diff_and_check() {
    let f = fixture();
    let lib = format!("libx.so.1={}", s(&f.v2));
    let diff: Vec<&str> = vec!["abi", "diff", s(&f.v1), s(&f.v2)];
    let check: Vec<&str> = vec!["abi", "check", s(&f.app), "--lib", &lib];
    for (what, base) in [("diff", &diff), ("check", &check)] {
        let json = run(base.iter().copied().chain(["-f", "json"])).json();
        let findings = json["findings"].as_array().unwrap();
        let breaking = json["summary"]["breaking"].as_u64().unwrap() as usize;

        // JUnit: one suite named after the command, its check, one test case
        // per finding, a failure per breaking finding.
        let junit = run(base.iter().copied().chain(["--format", "junit"]));
        assert_eq!(junit.code, 1, "{what}: {}", junit.stderr);
        let xml = &junit.stdout;
        assert!(xml.starts_with("<?xml version=\"1.0\""), "{what}: {xml}");
        let command = json["command"].as_str().unwrap();
        assert!(
            xml.contains(&format!("<testsuite name=\"{command}\"")),
            "{what}: {xml}"
        );
        assert_eq!(
            xml.matches("<testcase ").count(),
            findings.len() + 1,
            "{what}: {xml}"
        );
        assert_eq!(xml.matches("<failure ").count(), breaking, "{what}: {xml}");

        // GitLab Code Quality: one issue per finding, keyed by its fingerprint.
        let gitlab = run(base.iter().copied().chain(["--format", "gitlab"]));
        assert_eq!(gitlab.code, 1, "{what}: {}", gitlab.stderr);
        let issues = gitlab.json();
        let issues = issues.as_array().unwrap();
        assert_eq!(issues.len(), findings.len(), "{what}");
        for (issue, finding) in issues.iter().zip(findings) {
            assert_eq!(issue["check_name"], finding["rule"]);
            assert_eq!(issue["fingerprint"], finding["fingerprint"]);
            assert!(issue["location"]["path"].is_string(), "{issue:#}");
        }

        // --sarif-include changes nothing without waivers.
        let sarif = run(base.iter().copied().chain(["-f", "sarif"]));
        let waived = run(base
            .iter()
            .copied()
            .chain(["-f", "sarif", "--sarif-include", "waived"]));
        assert_eq!((waived.code, &waived.stdout), (sarif.code, &sarif.stdout));
    }
    // A partial GitLab report would close issues: not written over an
    // earlier one when an input fails; JUnit carries the error and is.
    let bad =
        f.fx.write("truncated.so", &std::fs::read(&f.v1).unwrap()[..64]);
    let out = f.fx.join("gl-code-quality.json");
    std::fs::write(&out, "[]\n").unwrap();
    let r = run([
        "abi",
        "diff",
        s(&f.v1),
        s(&bad),
        "-f",
        "gitlab",
        "-o",
        s(&out),
    ]);
    assert_eq!(r.code, 2);
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "[]\n");
    assert!(r.stderr.contains("not written"), "{}", r.stderr);
    let xml = f.fx.join("junit.xml");
    let r = run([
        "abi",
        "diff",
        s(&f.v1),
        s(&bad),
        "-f",
        "junit",
        "-o",
        s(&xml),
    ]);
    assert_eq!(r.code, 2);
    let xml = std::fs::read_to_string(&xml).unwrap();
    assert!(xml.contains("<error message="), "{xml}");
    // Commands without findings refuse the report-only formats.
    for fmt in ["junit", "gitlab"] {
        let r = run(["rules", "-f", fmt]);
        assert_eq!(r.code, 2, "{}", r.stdout);
        assert!(
            r.stderr.contains(&format!("--format {fmt}")),
            "{}",
            r.stderr
        );
        assert!(r.stdout.is_empty());
    }
}

#[test]
fn no_ansi_escapes_off_a_terminal_or_with_no_color() {
    let f = fixture();
    let lib = format!("libx.so.1={}", s(&f.v2));
    let cmds: Vec<Vec<&str>> = vec![
        vec!["abi", "diff", s(&f.v1), s(&f.v2)],
        vec!["abi", "check", s(&f.app), "--lib", &lib],
        vec!["abi", "dump", s(&f.v1), "-f", "text"],
        vec!["rules"],
    ];
    for args in &cmds {
        for env in [&[][..], &[("NO_COLOR", "1")][..]] {
            let r = run_env(args, env);
            assert!(
                !r.stdout.contains("\x1b["),
                "{args:?} {env:?}: {}",
                r.stdout
            );
            assert!(
                !r.stderr.contains("\x1b["),
                "{args:?} {env:?}: {}",
                r.stderr
            );
        }
    }
}

// ---------------------------------------------------------------------------
// Bad inputs
// ---------------------------------------------------------------------------

/// Files that are not usable inputs, each with a name to find in the error.
fn bad_inputs(f: &Fx) -> Vec<PathBuf> {
    let empty = f.fx.write("empty.so", b"");
    let not_elf = f.fx.write("notes.txt", "just some text\n");
    let truncated =
        f.fx.write("truncated.so", &std::fs::read(&f.v1).unwrap()[..64]);
    let not_dump = f.fx.write(
        "other.json",
        r#"{"name": "not a compat dump", "items": [1, 2, 3]}"#,
    );
    let mut dump: Value = run(["abi", "dump", s(&f.v1)]).json();
    dump["dump_format"] = Value::from(9999);
    let wrong_format = f.fx.write(
        "future.dump.json",
        serde_json::to_string_pretty(&dump).unwrap(),
    );
    vec![empty, not_elf, truncated, not_dump, wrong_format]
}

fn assert_one_error_line(r: &Run, bad: &Path, what: &str) {
    assert_eq!(r.code, 2, "{what}: {}{}", r.stdout, r.stderr);
    let lines = r.stderr_lines();
    assert_eq!(
        lines.len(),
        1,
        "{what}: one error line expected:\n{}",
        r.stderr
    );
    assert!(
        lines[0].contains(s(bad)),
        "{what}: the error must name the file: {}",
        lines[0]
    );
}

#[test]
fn bad_inputs_exit_2_with_one_line() {
    let f = fixture();
    for bad in bad_inputs(&f) {
        let b = s(&bad);
        for (what, args) in [
            ("dump", vec!["abi", "dump", b]),
            ("diff old", vec!["abi", "diff", b, s(&f.v1)]),
            ("diff new", vec!["abi", "diff", s(&f.v1), b]),
            ("check", vec!["abi", "check", b]),
            ("check json", vec!["abi", "check", b, "-f", "json"]),
            ("--lib", vec!["abi", "check", s(&f.app), "--lib"]),
        ] {
            let mut args = args;
            let lib;
            if what == "--lib" {
                lib = format!("libx.so.1={b}");
                args.push(&lib);
            }
            let what = format!("{what} {}", bad.file_name().unwrap().to_string_lossy());
            let r = run(&args);
            assert_one_error_line(&r, &bad, &what);
        }
    }
}

#[test]
fn bad_input_errors_are_in_the_json_report() {
    let f = fixture();
    for bad in bad_inputs(&f) {
        let r = run(["abi", "diff", s(&f.v1), s(&bad), "-f", "json"]);
        assert_eq!(r.code, 2);
        let report = r.json();
        let errors = report["errors"].as_array().unwrap();
        assert_eq!(errors.len(), 1, "{report:#}");
        assert_eq!(errors[0]["file"], s(&bad));
        let msg = errors[0]["message"].as_str().unwrap();
        assert!(!msg.is_empty() && !msg.contains('\n'), "{msg:?}");
        assert_eq!(report["summary"]["errors"], 1);
    }
}

/// Regression: `-o /dev/null` once renamed a temporary file over the device node.
#[test]
fn output_to_a_device_writes_in_place() {
    use std::os::unix::fs::FileTypeExt;
    let out = Command::new(env!("CARGO_BIN_EXE_compat"))
        .args(["rules", "-o", "/dev/null"])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let meta = std::fs::metadata("/dev/null").unwrap();
    assert!(
        meta.file_type().is_char_device(),
        "/dev/null must still be a character device"
    );
}

/// The README's rule table is generated by `compat rules --format markdown`; it must not go stale.
#[test]
fn readme_rule_table_is_current() {
    let out = Command::new(env!("CARGO_BIN_EXE_compat"))
        .args(["rules", "--format", "markdown"])
        .output()
        .unwrap();
    let table = String::from_utf8(out.stdout).unwrap();
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../README.md")).unwrap();
    assert!(
        readme.contains(table.trim()),
        "README.md's rule table is stale: replace it with the output of `compat rules --format markdown`"
    );
}
