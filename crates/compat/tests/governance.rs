//! `compat check` end to end on the example speech platform
//! (examples/speech-platform): a git repository with a C library built by
//! gcc at test time (version 1, then 2, which moves a member of a
//! caller-filled struct and drops a deprecated function), a program using
//! it, committed baselines, promises, waivers and a deprecation. The
//! acceptance tests of GOVERNANCE.md 6.11 items 2-9, each against the real
//! engines and the real `git`.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::{compat_cmd, finish, Run};
use serde_json::Value;

/// A copy of the example in a temporary git repository.
struct Repo {
    dir: tempfile::TempDir,
}

impl Repo {
    /// The example at version 1, with its baseline written and committed
    /// and tagged v1.0.0.
    fn v1() -> Repo {
        let dir = tempfile::tempdir().unwrap();
        let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/speech-platform");
        copy_dir(&src, dir.path());
        let _ = std::fs::remove_dir_all(dir.path().join("build"));
        let r = Repo { dir };
        r.git(&["init", "-q", "-b", "main"]);
        r.build("v1");
        let u = r.compat(&["baseline", "update"]);
        assert_eq!(u.code, 0, "{}{}", u.stdout, u.stderr);
        r.commit("version 1");
        r.git(&["tag", "v1.0.0"]);
        r
    }

    fn path(&self) -> &Path {
        self.dir.path()
    }

    fn join(&self, p: &str) -> PathBuf {
        self.path().join(p)
    }

    fn git(&self, args: &[&str]) -> String {
        common::git(self.path(), args)
    }

    fn commit(&self, msg: &str) {
        self.git(&["add", "-A"]);
        self.git(&["commit", "-q", "--allow-empty", "-m", msg]);
    }

    fn build(&self, version: &str) {
        let st = Command::new("sh")
            .arg(self.join("build.sh"))
            .arg(version)
            .status()
            .expect("build.sh");
        assert!(st.success(), "build.sh {version}");
    }

    /// Runs compat in the repository (COMPAT_NOW unset unless given).
    fn compat(&self, args: &[&str]) -> Run {
        self.compat_env(args, &[])
    }

    fn compat_env(&self, args: &[&str], env: &[(&str, &str)]) -> Run {
        let mut cmd = compat_cmd();
        cmd.current_dir(self.path())
            .env_remove("COMPAT_NOW")
            .args(args);
        for (k, v) in env {
            cmd.env(k, v);
        }
        finish(cmd.output().expect("run compat"))
    }

    /// `compat check --now NOW -f json`.
    fn check(&self, now: &str, extra: &[&str]) -> (Run, Value) {
        let mut args = vec!["check", "--now", now, "-f", "json"];
        args.extend_from_slice(extra);
        let r = self.compat(&args);
        let j = r.json();
        (r, j)
    }

    fn append(&self, file: &str, text: &str) {
        let p = self.join(file);
        let mut s = std::fs::read_to_string(&p).unwrap();
        s.push_str(text);
        std::fs::write(&p, s).unwrap();
    }
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let target = to.join(e.file_name());
        if e.file_type().unwrap().is_dir() {
            copy_dir(&e.path(), &target);
        } else {
            std::fs::copy(e.path(), &target).unwrap();
        }
    }
}

/// (rule, severity, status) of every finding.
fn findings(j: &Value) -> Vec<(String, String, String)> {
    j["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["rule"].as_str().unwrap().to_owned(),
                f["severity"].as_str().unwrap().to_owned(),
                f["status"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

fn has(j: &Value, rule: &str, severity: &str, status: &str) -> bool {
    findings(j)
        .iter()
        .any(|(r, s, st)| r == rule && s == severity && st == status)
}

fn find<'j>(j: &'j Value, rule: &str) -> &'j Value {
    j["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["rule"] == rule)
        .unwrap_or_else(|| panic!("no {rule} in {:#?}", findings(j)))
}

const NOW: &str = "2026-12-03";

#[test]
fn unchanged_is_clean_and_baseline_update_is_byte_identical() {
    let r = Repo::v1();
    let (run, j) = r.check(NOW, &[]);
    assert_eq!(run.code, 0, "{}", run.stdout);
    assert!(findings(&j).is_empty(), "{:#?}", findings(&j));
    let c = &j["components"][0];
    assert_eq!(
        (c["name"].as_str(), c["state"].as_str()),
        (Some("libtts"), Some("ok"))
    );
    // Rerunning the update writes the same bytes; --check agrees.
    let baseline = r.join("compat/baselines/libtts.abi.json");
    let before = std::fs::read(&baseline).unwrap();
    let u = r.compat(&["baseline", "update"]);
    assert_eq!(u.code, 0, "{}", u.stderr);
    assert!(u.stdout.contains("unchanged"), "{}", u.stdout);
    assert_eq!(std::fs::read(&baseline).unwrap(), before);
    assert_eq!(r.compat(&["baseline", "update", "--check"]).code, 0);
}

#[test]
fn a_breaking_patch_release_violates_the_promises_and_the_deprecation_window() {
    let r = Repo::v1();
    r.build("v2");
    r.commit("version 2");
    r.git(&["tag", "v1.0.1"]);
    // --check sees the artifact changed (the CI guard).
    let guard = r.compat(&["baseline", "update", "--check"]);
    assert_eq!(guard.code, 1, "{}", guard.stdout);
    assert!(guard.stdout.contains("would change"), "{}", guard.stdout);

    let (run, j) = r.check(NOW, &[]);
    assert_eq!(run.code, 1, "{}", run.stdout);
    for rule in [
        "abi-member-offset-changed",
        "abi-symbol-removed",
        "policy-semver-violated",
        "policy-soname-not-bumped",
        "deprecation-removed-early",
    ] {
        assert!(
            has(&j, rule, "breaking", "new"),
            "{rule}: {:#?}",
            findings(&j)
        );
    }
    let semver = find(&j, "policy-semver-violated");
    let msg = semver["message"].as_str().unwrap();
    assert!(
        msg.contains("1.0.0 -> 1.0.1 is a patch release") && msg.contains("major"),
        "{msg}"
    );
    assert_eq!(semver["location"]["path"], "compat.toml");
    let c = &j["components"][0];
    assert_eq!(c["version_from"], "1.0.0");
    assert_eq!(c["version_to"], "1.0.1");
    assert_eq!(c["bump"], "patch");
    assert_eq!(c["verdict"], "major");
    // The deprecation points at its registry entry and names the replacement.
    let early = find(&j, "deprecation-removed-early");
    assert!(early["message"].as_str().unwrap().contains("tts_speak"));
    assert_eq!(early["subject"]["id"], "D-1");
    let line = early["location"]["line"].as_u64().unwrap();
    let toml = std::fs::read_to_string(r.join("compat.toml")).unwrap();
    assert_eq!(toml.lines().nth(line as usize - 1), Some("[[deprecation]]"));
    // Text names the same, with the promise status per component.
    let text = r.compat(&["check", "--now", NOW]);
    assert_eq!(text.code, 1);
    assert!(text.stdout.contains("semver: VIOLATED"), "{}", text.stdout);
}

#[test]
fn a_major_release_allows_breaking_changes_only_with_a_new_soname() {
    let r = Repo::v1();
    r.build("v2");
    r.commit("version 2");
    r.git(&["tag", "v2.0.0"]);
    // semver is kept, but the SONAME stayed: the soname promise breaks.
    let (run, j) = r.check(NOW, &[]);
    assert_eq!(run.code, 1);
    assert!(has(&j, "policy-soname-not-bumped", "breaking", "new"));
    assert!(!findings(&j)
        .iter()
        .any(|(r, ..)| r == "policy-semver-violated"));
    // With a new SONAME, both promises hold: the breaking changes are
    // expected in this release (warnings naming the promise); only the
    // deprecation window still fails.
    let st = Command::new("gcc")
        .current_dir(r.path())
        .args([
            "-g",
            "-O2",
            "-fPIC",
            "-shared",
            "-DTTS_V2",
            "-o",
            "build/lib/libtts.so.1",
            "libtts/tts.c",
            "-Wl,-soname,libtts.so.2",
            "-Wl,--version-script=libtts/libtts.map",
        ])
        .status()
        .unwrap();
    assert!(st.success());
    let (run, j) = r.check(NOW, &[]);
    let moved = find(&j, "abi-member-offset-changed");
    assert_eq!(moved["severity"], "warning");
    assert_eq!(moved["promise"], "semver");
    assert!(
        !findings(&j).iter().any(|(r, ..)| r.starts_with("policy-")),
        "{:#?}",
        findings(&j)
    );
    assert_eq!(run.code, 1, "deprecation-removed-early still fails");
    // Without the deprecation registry entry, the major release passes.
    let toml = std::fs::read_to_string(r.join("compat.toml")).unwrap();
    let cut = toml.find("[[deprecation]]").unwrap();
    std::fs::write(r.join("compat.toml"), &toml[..cut]).unwrap();
    let (run, _) = r.check(NOW, &[]);
    assert_eq!(run.code, 0, "{}", run.stdout);
}

/// The waiver of GOVERNANCE.md 6.11 item 3 (expires 2027-02-28, warned 14
/// days before) on the moved member.
const WAIVER: &str = r#"
[[waiver]]
id = "W-2026-014"
component = "libtts"
rule = "abi-member-offset-changed"
subject = { type = "struct tts_voice", member = "rate" }
reason = "every caller of tts_speak is rebuilt with the platform"
owner = "@speech-team"
created = 2026-09-01
expires = 2027-02-28
"#;

/// Version 2's struct change alone (tts_say kept), released as 1.1.0 with
/// the waiver: only the member move is breaking.
fn waived_repo() -> Repo {
    let r = Repo::v1();
    // Keep tts_say in version 2: only the struct changes.
    let h = std::fs::read_to_string(r.join("libtts/tts.h")).unwrap();
    std::fs::write(
        r.join("libtts/tts.h"),
        h.replace("#ifndef TTS_V2\n/* Deprecated", "#if 1\n/* Deprecated"),
    )
    .unwrap();
    let c = std::fs::read_to_string(r.join("libtts/tts.c")).unwrap();
    std::fs::write(
        r.join("libtts/tts.c"),
        c.replace("#ifndef TTS_V2\nint tts_say", "#if 1\nint tts_say"),
    )
    .unwrap();
    r.build("v2");
    r.append("compat.toml", WAIVER);
    // Only the semver promise: the soname promise is tested above.
    let toml = std::fs::read_to_string(r.join("compat.toml")).unwrap();
    std::fs::write(
        r.join("compat.toml"),
        toml.replace(
            "promises = [\"semver\", \"abi-stable\"]",
            "promises = [\"semver\"]",
        ),
    )
    .unwrap();
    r.commit("version 2 with a waiver");
    r.git(&["tag", "v1.1.0"]);
    r
}

#[test]
fn an_expiring_waiver_turns_the_build_red_on_the_day_after_its_expiry() {
    let r = waived_repo();
    let waiver_line = std::fs::read_to_string(r.join("compat.toml"))
        .unwrap()
        .lines()
        .position(|l| l.contains("id = \"W-2026-014\""))
        .unwrap(); // the [[waiver]] header is the line before, 1-based: this index
                   // 2027-02-13: 15 days left, nothing said; the move is waived.
    let (run, j) = r.check("2027-02-13", &[]);
    assert_eq!(run.code, 0, "{}", run.stdout);
    assert!(has(&j, "abi-member-offset-changed", "breaking", "waived"));
    assert_eq!(
        find(&j, "abi-member-offset-changed")["waiver"],
        "W-2026-014"
    );
    assert!(!findings(&j)
        .iter()
        .any(|(r, ..)| r.starts_with("policy-waiver")));
    // 2027-02-14: expiring in 14 days (a warning at the waiver's line, naming its owner).
    let (run, j) = r.check("2027-02-14", &[]);
    assert_eq!(run.code, 0);
    let exp = find(&j, "policy-waiver-expiring");
    assert_eq!(exp["severity"], "warning");
    let msg = exp["message"].as_str().unwrap();
    assert!(
        msg.contains("expires in 14 days") && msg.contains("@speech-team"),
        "{msg}"
    );
    assert_eq!(exp["location"]["path"], "compat.toml");
    assert_eq!(exp["location"]["line"].as_u64(), Some(waiver_line as u64));
    // 2027-02-28: the last day still applies.
    let (run, j) = r.check("2027-02-28", &[]);
    assert_eq!(run.code, 0);
    assert!(has(&j, "abi-member-offset-changed", "breaking", "waived"));
    // 2027-03-01: expired; the finding is back with its own severity.
    let (run, j) = r.check("2027-03-01", &[]);
    assert_eq!(run.code, 1);
    assert!(has(&j, "policy-waiver-expired", "breaking", "new"));
    assert!(has(&j, "abi-member-offset-changed", "breaking", "new"));
    // COMPAT_NOW gives the same; --now wins over it.
    let env = r.compat_env(&["check", "-f", "json"], &[("COMPAT_NOW", "2027-03-01")]);
    assert_eq!(env.code, 1);
    let env = r.compat_env(
        &["check", "--now", "2027-02-13"],
        &[("COMPAT_NOW", "2027-03-01")],
    );
    assert_eq!(env.code, 0);
    // A bad date is a usage error.
    assert_eq!(r.compat(&["check", "--now", "2027-02-30"]).code, 2);
    // JSON and Markdown list the waived finding.
    let md = r.compat(&["check", "--now", "2027-02-13", "-f", "markdown"]);
    assert!(
        md.stdout.contains("1 accepted finding, with the reasons")
            && md.stdout.contains("W-2026-014")
            && md.stdout.contains("every caller of tts_speak is rebuilt with the platform (@speech-team, until 2027-02-28)"),
        "{}",
        md.stdout
    );
}

#[test]
fn the_system_clock_decides_without_now() {
    if !common_have("faketime") {
        return;
    }
    let r = waived_repo();
    let run = |date: &str| {
        finish(
            Command::new("faketime")
                .arg(date)
                .arg(env!("CARGO_BIN_EXE_compat"))
                .args(["check"])
                .current_dir(r.path())
                .env_remove("COMPAT_NOW")
                .output()
                .unwrap(),
        )
    };
    assert_eq!(run("2027-02-28 12:00:00").code, 0);
    assert_eq!(run("2027-03-01 12:00:00").code, 1);
}

fn common_have(cmd: &str) -> bool {
    let found = compat_testkit::have(cmd);
    if !found && std::env::var_os("CI").is_some_and(|v| !v.is_empty()) {
        panic!("{cmd} is not installed (CI is set, so this test does not skip)");
    }
    found
}

#[test]
fn unused_waivers_are_reported_pruned_and_renewals_bounded() {
    let r = Repo::v1();
    r.append(
        "compat.toml",
        &WAIVER.replace("struct tts_voice", "struct tts_engine"),
    );
    r.commit("a waiver that matches nothing");
    let (run, j) = r.check(NOW, &[]);
    assert_eq!(run.code, 0, "unused is a warning by default");
    assert!(has(&j, "policy-waiver-unused", "warning", "new"));
    // renew beyond max_waiver_days (180) is refused; within it, only
    // `expires` and `reason` change.
    let far = r.compat(&[
        "waivers",
        "renew",
        "W-2026-014",
        "--until",
        "2027-12-31",
        "--reason",
        "x",
        "--now",
        NOW,
    ]);
    assert_eq!(far.code, 2, "{}", far.stderr);
    assert!(far.stderr.contains("max_waiver_days"), "{}", far.stderr);
    let before = std::fs::read_to_string(r.join("compat.toml")).unwrap();
    let ok = r.compat(&[
        "waivers",
        "renew",
        "W-2026-014",
        "--until",
        "2027-03-31",
        "--reason",
        "still needed",
        "--now",
        NOW,
    ]);
    assert_eq!(ok.code, 0, "{}", ok.stderr);
    let after = std::fs::read_to_string(r.join("compat.toml")).unwrap();
    let changed: Vec<(&str, &str)> = before
        .lines()
        .zip(after.lines())
        .filter(|(a, b)| a != b)
        .collect();
    assert_eq!(changed.len(), 2, "{changed:#?}");
    assert!(after.contains("expires = 2027-03-31"));
    // prune removes exactly that waiver's lines; every other line stays.
    let p = r.compat(&["waivers", "prune", "--now", NOW]);
    assert_eq!(p.code, 0, "{}", p.stderr);
    assert!(p.stdout.contains("removed W-2026-014"), "{}", p.stdout);
    let pruned = std::fs::read_to_string(r.join("compat.toml")).unwrap();
    assert!(!pruned.contains("W-2026-014"));
    assert!(pruned.contains("# compat.toml of the example speech platform"));
    assert!(
        after.starts_with(pruned.trim_end()),
        "only the waiver's lines went:\n{pruned}"
    );
    let (run, j) = r.check(NOW, &[]);
    assert_eq!(run.code, 0);
    assert!(findings(&j).is_empty());
}

#[test]
fn a_breaking_update_is_refused_without_a_reason_and_accepted_with_a_waiver() {
    let r = waived_repo();
    // Drop the waiver written by hand: the update must decide.
    let toml = std::fs::read_to_string(r.join("compat.toml")).unwrap();
    std::fs::write(r.join("compat.toml"), toml.replace(WAIVER, "")).unwrap();
    let refused = r.compat(&["baseline", "update", "--now", NOW]);
    assert_eq!(refused.code, 1, "{}{}", refused.stdout, refused.stderr);
    assert!(
        refused.stderr.contains("--accept-breaking"),
        "{}",
        refused.stderr
    );
    let accepted = r.compat(&[
        "baseline",
        "update",
        "--now",
        NOW,
        "--accept-breaking",
        "--reason",
        "rate moved for pitch support",
    ]);
    assert_eq!(accepted.code, 0, "{}{}", accepted.stdout, accepted.stderr);
    let toml = std::fs::read_to_string(r.join("compat.toml")).unwrap();
    assert!(toml.contains("rate moved for pitch support"), "{toml}");
    assert!(toml.contains("until_version = \"1.1.0\""), "{toml}");
    assert!(toml.contains("fingerprint = \"compat:v1:"), "{toml}");
    // The new main baseline has the change: check is clean (the written
    // waiver matches nothing against main, a warning), and config check passes.
    let (run, j) = r.check(NOW, &[]);
    assert_eq!(run.code, 0, "{}", run.stdout);
    assert!(!findings(&j)
        .iter()
        .any(|(_, s, st)| s == "breaking" && st == "new"));
    assert_eq!(r.compat(&["config", "check"]).code, 0);
}

#[test]
fn findings_baselines_accept_known_findings_and_only_shrink() {
    let r = Repo::v1();
    // tts-server, built against version 1, loses tts_speak's library
    // version node... simpler: an unversioned stand-in library without
    // tts_close makes one known unresolved symbol.
    let st = Command::new("gcc")
        .current_dir(r.path())
        .args([
            "-shared", "-fPIC", "-o", "build/lib/libtts.so.1", "-x", "c", "-",
            "-Wl,-soname,libtts.so.1", "-Wl,--version-script=libtts/libtts.map",
        ])
        .stdin(std::process::Stdio::piped())
        .spawn()
        .and_then(|mut c| {
            use std::io::Write;
            c.stdin.take().unwrap().write_all(b"int tts_open(const char*m){return 0;} int tts_speak(const void*v,const char*t){return 0;}")?;
            c.wait()
        })
        .unwrap();
    assert!(st.success());
    let (run, j) = r.check(NOW, &["tts-server"]);
    assert_eq!(run.code, 1, "{}", run.stdout);
    assert!(has(&j, "ld-symbol-unresolved", "breaking", "new"));
    // Adoption: the findings baseline accepts what is there.
    let u = r.compat(&[
        "baseline",
        "update",
        "--findings",
        "--now",
        NOW,
        "tts-server",
    ]);
    assert_eq!(u.code, 0, "{}{}", u.stdout, u.stderr);
    let (run, j) = r.check(NOW, &["tts-server"]);
    assert_eq!(run.code, 0, "{}", run.stdout);
    assert!(has(&j, "ld-symbol-unresolved", "breaking", "baselined"));
    assert_eq!(j["summary"]["baselined"], 1);
    // Fixed: the entry is stale, and the update shrinks the file.
    r.build("v1");
    let (run, j) = r.check(NOW, &["tts-server"]);
    assert_eq!(run.code, 0);
    assert!(has(&j, "baseline-entry-stale", "info", "new"));
    let u = r.compat(&[
        "baseline",
        "update",
        "--findings",
        "--now",
        NOW,
        "tts-server",
    ]);
    assert_eq!(u.code, 0);
    let file = std::fs::read_to_string(r.join("compat/accepted/tts-server.json")).unwrap();
    assert!(!file.contains("ld-symbol-unresolved"), "{file}");
    let (_, j) = r.check(NOW, &["tts-server"]);
    assert!(findings(&j).is_empty(), "{:#?}", findings(&j));
}

#[test]
fn fingerprints_survive_rewording_moves_and_reordering() {
    let r = Repo::v1();
    r.build("v2");
    let (_, j) = r.check(NOW, &[]);
    let prints = |j: &Value| -> Vec<(String, String)> {
        let mut v: Vec<(String, String)> = j["findings"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| {
                (
                    f["rule"].as_str().unwrap().to_owned(),
                    f["fingerprint"].as_str().unwrap().to_owned(),
                )
            })
            .collect();
        v.sort();
        v
    };
    let first = prints(&j);
    // Move the build directory (and say so in compat.toml).
    std::fs::rename(r.join("build"), r.join("out")).unwrap();
    let toml = std::fs::read_to_string(r.join("compat.toml")).unwrap();
    std::fs::write(r.join("compat.toml"), toml.replace("build/", "out/")).unwrap();
    let (_, moved) = r.check(NOW, &[]);
    assert_eq!(prints(&moved), first);
    // A different subject gives a different fingerprint.
    let all: std::collections::BTreeSet<&str> = first.iter().map(|(_, f)| f.as_str()).collect();
    assert_eq!(all.len(), first.len(), "{first:#?}");
    // explain-fingerprint names the subject to copy into a waiver.
    let fp = find(&moved, "abi-member-offset-changed")["fingerprint"]
        .as_str()
        .unwrap()
        .to_owned();
    let e = r.compat(&["explain-fingerprint", &fp, "--now", NOW]);
    assert_eq!(e.code, 0, "{}", e.stderr);
    assert!(
        e.stdout
            .contains("subject = { type = \"struct tts_voice\", member = \"rate\" }"),
        "{}",
        e.stdout
    );
}

#[test]
fn every_output_from_one_run() {
    let r = Repo::v1();
    r.build("v2");
    let run = r.compat(&[
        "check",
        "--now",
        NOW,
        "-o",
        "json=out.json",
        "-o",
        "markdown=out.md",
        "-o",
        "sarif=out.sarif",
    ]);
    assert_eq!(run.code, 1);
    let j: Value = serde_json::from_slice(&std::fs::read(r.join("out.json")).unwrap()).unwrap();
    assert_eq!(j["command"], "check");
    assert!(std::fs::read_to_string(r.join("out.md"))
        .unwrap()
        .contains("| `libtts` | breaking |"));
    let s: Value = serde_json::from_slice(&std::fs::read(r.join("out.sarif")).unwrap()).unwrap();
    assert_eq!(s["version"], "2.1.0");
    assert!(
        run.stdout.contains("libtts"),
        "text still goes to standard output"
    );
    // An unknown format is refused before any work.
    let bad = r.compat(&["check", "-o", "xml=out.xml"]);
    assert_eq!(bad.code, 2);
    assert!(bad.stderr.contains("unknown format"), "{}", bad.stderr);
}

/// Version 2 without its struct change: only tts_say (deprecation D-1,
/// announced 2026-01-15, 18 months, two releases) goes; no promises, so the
/// deprecation alone decides.
fn removal_only_repo() -> Repo {
    let r = Repo::v1();
    let h = std::fs::read_to_string(r.join("libtts/tts.h")).unwrap();
    std::fs::write(
        r.join("libtts/tts.h"),
        h.replace("#ifdef TTS_V2\n    int pitch;      /* new in 2: inserted before rate, so rate moves */\n#endif\n", ""),
    )
    .unwrap();
    let toml = std::fs::read_to_string(r.join("compat.toml")).unwrap();
    std::fs::write(
        r.join("compat.toml"),
        toml.replace("promises = [\"semver\", \"abi-stable\"]", "promises = []"),
    )
    .unwrap();
    // Two releases after 1.0.0, then the removal.
    r.commit("1.0.1");
    r.git(&["tag", "v1.0.1"]);
    r.commit("1.1.0");
    r.git(&["tag", "v1.1.0"]);
    r.build("v2");
    r.commit("tts_say removed");
    r
}

#[test]
fn a_deprecated_symbol_removed_inside_its_window_breaks_and_after_it_is_planned() {
    let r = removal_only_repo();
    // Ten and a half months after the announcement, inside the 18 months.
    let (run, j) = r.check(NOW, &[]);
    assert_eq!(run.code, 1, "{}", run.stdout);
    assert!(has(&j, "deprecation-removed-early", "breaking", "new"));
    assert!(has(&j, "abi-symbol-removed", "breaking", "new"));
    // After the window (2027-07-15) the removal is planned: info, the
    // removal accepted by the deprecation.
    let (run, j) = r.check("2027-08-01", &[]);
    assert_eq!(run.code, 0, "{}", run.stdout);
    assert!(has(&j, "deprecation-removed", "info", "new"));
    let removed = find(&j, "abi-symbol-removed");
    assert_eq!(
        (removed["status"].as_str(), removed["waiver"].as_str()),
        (Some("waived"), Some("D-1"))
    );
    assert_eq!(j["deprecations"][0]["state"], "removed");
}

#[test]
fn moving_a_window_earlier_is_reported_at_the_entry() {
    let r = removal_only_repo();
    // Before the floor (2026-01-15 + 18 months = 2027-07-15).
    let toml = std::fs::read_to_string(r.join("compat.toml")).unwrap();
    std::fs::write(
        r.join("compat.toml"),
        toml.replace(
            "replacement = \"tts_speak\"",
            "replacement = \"tts_speak\"\nremove_after = 2027-03-01",
        ),
    )
    .unwrap();
    let (run, j) = r.check(NOW, &[]);
    assert_eq!(run.code, 1);
    let short = find(&j, "deprecation-window-shortened");
    assert_eq!(short["severity"], "breaking");
    assert!(
        short["message"].as_str().unwrap().contains("2027-07-15"),
        "{short:#}"
    );
    assert_eq!(short["location"]["path"], "compat.toml");
}

#[test]
fn a_deprecated_symbol_still_there_after_its_window_is_due_and_needs_its_marker() {
    let r = Repo::v1();
    // Drop the deprecated attribute from the header: the marker is missing.
    let h = std::fs::read_to_string(r.join("libtts/tts.h")).unwrap();
    std::fs::write(
        r.join("libtts/tts.h"),
        h.replace("__attribute__((deprecated(\"use tts_speak\")))\n", ""),
    )
    .unwrap();
    // With one release (1.0.0) the window is open whatever the date: it
    // ends only after two releases following 1.0.0.
    let (_, j) = r.check("2027-08-01", &[]);
    assert_eq!(j["deprecations"][0]["state"], "announced");
    r.commit("1.0.1");
    r.git(&["tag", "v1.0.1"]);
    r.commit("1.1.0");
    r.git(&["tag", "v1.1.0"]);
    let (run, j) = r.check("2027-08-01", &[]);
    assert_eq!(
        run.code, 0,
        "due and marker-missing do not fail: {}",
        run.stdout
    );
    assert!(
        has(&j, "deprecation-due", "info", "new"),
        "{:#?}",
        findings(&j)
    );
    let m = find(&j, "deprecation-marker-missing");
    assert!(m["message"].as_str().unwrap().contains("tts.h"), "{m:#}");
    // With the attribute, no marker finding.
    let r = Repo::v1();
    r.commit("1.0.1");
    r.git(&["tag", "v1.0.1"]);
    r.commit("1.1.0");
    r.git(&["tag", "v1.1.0"]);
    let (_, j) = r.check("2027-08-01", &[]);
    assert!(!findings(&j)
        .iter()
        .any(|(r, ..)| r == "deprecation-marker-missing"));
}

#[test]
fn a_go_module_component_reports_build_constraints_and_its_own_fail_on() {
    let r = Repo::v1();
    std::fs::write(
        r.join("go/tts-core/extra.go"),
        "//go:build linx\n\npackage ttscore\n\nconst Extra = 1\n",
    )
    .unwrap();
    let (run, j) = r.check(NOW, &["tts-core"]);
    assert_eq!(
        run.code, 0,
        "a warning does not fail under fail_on = breaking"
    );
    let f = find(&j, "go-tag-misspelt");
    assert_eq!(f["location"]["path"], "go/tts-core/extra.go");
    assert_eq!(f["location"]["line"], 1);
    assert_eq!(f["subject"]["component"], "tts-core");
    // The same from a subdirectory: the same location and fingerprint.
    let sub = finish(
        compat_cmd()
            .current_dir(r.join("go"))
            .args(["check", "--now", NOW, "-f", "json", "tts-core"])
            .output()
            .unwrap(),
    )
    .json();
    let g = find(&sub, "go-tag-misspelt");
    assert_eq!(g["location"], f["location"]);
    assert_eq!(g["fingerprint"], f["fingerprint"]);
    // The component's own policy: warnings fail it.
    r.append("compat.toml", "");
    let toml = std::fs::read_to_string(r.join("compat.toml")).unwrap();
    std::fs::write(
        r.join("compat.toml"),
        toml.replace(
            "targets = [\"linux/amd64\", \"linux/arm64\", \"darwin/arm64\"]\n",
            "targets = [\"linux/amd64\", \"linux/arm64\", \"darwin/arm64\"]\n\n[component.tts-core.policy]\nfail_on = \"warning\"\n",
        ),
    )
    .unwrap();
    let (run, _) = r.check(NOW, &["tts-core"]);
    assert_eq!(run.code, 1, "{}", run.stdout);
}

#[test]
fn a_directory_of_programs_adopts_a_findings_baseline_and_fails_only_on_new_findings() {
    // GOVERNANCE.md 6.11 item 8, on this machine's own programs: every
    // finding of `abi check /usr/bin` today is accepted; a new broken
    // program is the only one that fails.
    let r = Repo::v1();
    std::fs::create_dir_all(r.join("bin")).unwrap();
    // A copy of a sample of /usr/bin plus the example's program.
    let mut copied = 0;
    for e in std::fs::read_dir("/usr/bin")
        .unwrap()
        .filter_map(Result::ok)
    {
        let p = e.path();
        if copied < 40 && p.is_file() && !p.is_symlink() {
            if let Ok(bytes) = std::fs::read(&p) {
                if bytes.starts_with(b"\x7fELF") {
                    std::fs::write(r.join("bin").join(e.file_name()), bytes).unwrap();
                    copied += 1;
                }
            }
        }
    }
    std::fs::copy(r.join("build/bin/tts-server"), r.join("bin/tts-server")).unwrap();
    r.append(
        "compat.toml",
        r#"
[component.fleet]
kind = "elf-program"
owner = "@ops"
artifact = "bin"
library_path = ["build/lib"]
findings_baseline = "compat/accepted/fleet.json"
"#,
    );
    let u = r.compat(&["baseline", "update", "--findings", "--now", NOW, "fleet"]);
    assert_eq!(u.code, 0, "{}{}", u.stdout, u.stderr);
    let (run, j) = r.check(NOW, &["fleet"]);
    assert_eq!(run.code, 0, "{}", run.stdout);
    assert_eq!(j["summary"]["breaking"], 0);
    // A program needing a library that is not shipped: new, and alone.
    let gone = tempfile::tempdir().unwrap();
    let cc = |args: &[&str]| {
        let st = Command::new("gcc")
            .current_dir(r.path())
            .args(args)
            .status()
            .unwrap();
        assert!(st.success(), "gcc {args:?}");
    };
    std::fs::write(gone.path().join("x.c"), "int x_gone(void) { return 1; }\n").unwrap();
    std::fs::write(
        gone.path().join("main.c"),
        "int x_gone(void);\nint main(void) { return x_gone(); }\n",
    )
    .unwrap();
    let lib = gone.path().join("libgone.so");
    cc(&[
        "-shared",
        "-fPIC",
        "-o",
        lib.to_str().unwrap(),
        gone.path().join("x.c").to_str().unwrap(),
    ]);
    cc(&[
        "-o",
        "bin/broken",
        gone.path().join("main.c").to_str().unwrap(),
        "-L",
        gone.path().to_str().unwrap(),
        "-lgone",
    ]);
    let (run, j) = r.check(NOW, &["fleet"]);
    assert_eq!(run.code, 1, "{}", run.stdout);
    let new: Vec<&Value> = j["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["status"] == "new" && f["severity"] == "breaking")
        .collect();
    assert!(!new.is_empty());
    assert!(
        new.iter()
            .all(|f| f["subject"]["file"].as_str().unwrap().ends_with("broken")),
        "{new:#?}"
    );
    // Growing is explicit.
    let u = r.compat(&["baseline", "update", "--findings", "--now", NOW, "fleet"]);
    assert_eq!(u.code, 0);
    assert_eq!(
        r.check(NOW, &["fleet"]).0.code,
        1,
        "an update without --grow does not accept new findings"
    );
    let u = r.compat(&[
        "baseline",
        "update",
        "--findings",
        "--grow",
        "--now",
        NOW,
        "fleet",
    ]);
    assert_eq!(u.code, 0);
    assert_eq!(r.check(NOW, &["fleet"]).0.code, 0);
}

#[test]
fn a_deprecated_go_declaration_needs_its_deprecated_paragraph() {
    let r = Repo::v1();
    r.append(
        "compat.toml",
        r#"
[[deprecation]]
id = "D-2"
component = "tts-core"
item = { go = "DefaultRate" }
announced = 2026-01-15
announced_in = "1.0.0"
replacement = "Rate(0)"
"#,
    );
    let (_, j) = r.check(NOW, &["tts-core"]);
    let m = find(&j, "deprecation-marker-missing");
    assert!(
        m["message"]
            .as_str()
            .unwrap()
            .contains("go/tts-core/voice.go:5"),
        "{m:#}"
    );
    let v = std::fs::read_to_string(r.join("go/tts-core/voice.go")).unwrap();
    std::fs::write(
        r.join("go/tts-core/voice.go"),
        v.replace(
            "// DefaultRate is the speaking rate in words per minute.\n",
            "// DefaultRate is the speaking rate in words per minute.\n//\n// Deprecated: use Rate(0).\n",
        ),
    )
    .unwrap();
    let (_, j) = r.check(NOW, &["tts-core"]);
    assert!(
        !findings(&j)
            .iter()
            .any(|(r, ..)| r == "deprecation-marker-missing"),
        "{:#?}",
        findings(&j)
    );
    assert_eq!(j["deprecations"][0]["state"], "announced");
}
