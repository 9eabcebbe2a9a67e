//! `compat_go::upgrade` on fixture modules written at test time, in both
//! directions, and against the real toolchains (`compat_testkit::gotool`):
//! the compiler's own log of loops that change (`-gcflags=-d=loopvar=3`)
//! must spare exactly the files compat reports as pinned; `go list` under
//! each release must include exactly the files compat reports as
//! toolchain-dependent; Go 1.22 must refuse the `min` call compat flags;
//! Go 1.21 must refuse the module with the message compat quotes; and
//! `go mod tidy` must raise the go line to a dependency's, as compat says.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use compat_go::gover::GoVersion;
use compat_go::upgrade::{check, UpgradeOptions};
use compat_report::{Finding, Severity};
use compat_testkit::gotool::{toolchain, GoToolchain};

fn write(dir: &Path, name: &str, text: &str) {
    let p = dir.join(name);
    std::fs::create_dir_all(p.parent().unwrap()).unwrap();
    std::fs::write(p, text).unwrap();
}

/// A loop whose variable a deferred closure captures: the compiler logs it
/// when the file is at go1.22 or later.
fn capturing_loop(header: &str, pkg: &str, func: &str) -> String {
    format!(
        "{header}package {pkg}\n\nfunc {func}() []func() int {{\n\tvar fs []func() int\n\tfor i := 0; i < 3; i++ {{\n\t\tfs = append(fs, func() int {{ return i }})\n\t}}\n\treturn fs\n}}\n"
    )
}

/// The fixture module: files with and without version lines.
fn fixture(go_line: &str) -> tempfile::TempDir {
    let d = tempfile::tempdir().unwrap();
    let m = d.path();
    write(
        m,
        "go.mod",
        &format!("module example.com/m\n\ngo {go_line}\n"),
    );
    write(m, "main.go", &capturing_loop("", "main", "plain"));
    write(
        m,
        "main2.go",
        "package main\n\nfunc main() { _ = plain; _ = p21; _ = p18; _ = p22 }\n",
    );
    write(
        m,
        "p21.go",
        &capturing_loop("//go:build go1.21\n\n", "main", "p21"),
    );
    write(
        m,
        "p18.go",
        &capturing_loop("//go:build go1.18 && (linux || darwin)\n\n", "main", "p18"),
    );
    write(
        m,
        "p22.go",
        &capturing_loop("//go:build go1.22\n\n", "main", "p22"),
    );
    write(
        m,
        "old.go",
        "//go:build !go1.23\n\npackage main\n\nfunc init() {}\n",
    );
    write(
        m,
        "new.go",
        "//go:build go1.24\n\npackage main\n\nfunc init() {}\n",
    );
    write(m, "lib/lib.go", &capturing_loop("", "lib", "L"));
    d
}

fn run(dir: &Path, from: Option<&str>, to: &str) -> Vec<Finding> {
    let opts = UpgradeOptions {
        to: GoVersion::parse(to).unwrap(),
        from: from.map(|f| GoVersion::parse(f).unwrap()),
        module_cache: None,
    };
    let report = check(&[dir.to_path_buf()], &opts);
    assert!(report.errors.is_empty(), "{:?}", report.errors);
    report.findings
}

fn files_of(findings: &[Finding], rule: &str, severity: Option<Severity>) -> BTreeSet<String> {
    findings
        .iter()
        .filter(|f| f.rule == rule && severity.is_none_or(|s| f.severity == s))
        .map(|f| base(f.subject.file.as_deref().unwrap()))
        .collect()
}

fn base(p: &str) -> String {
    let p = PathBuf::from(p);
    let n = p.file_name().unwrap().to_string_lossy().into_owned();
    match p.parent().and_then(Path::file_name) {
        Some(parent) if parent == "lib" => format!("lib/{n}"),
        _ => n,
    }
}

fn set(xs: &[&str]) -> BTreeSet<String> {
    xs.iter().map(|s| (*s).to_owned()).collect()
}

#[test]
fn crossing_go1_22_reports_pinned_and_toolchain_dependent_files() {
    let d = fixture("1.21");
    let f = run(d.path(), None, "1.22");
    assert_eq!(
        files_of(&f, "go-file-version-pinned", None),
        set(&["p18.go", "p21.go"])
    );
    assert_eq!(
        files_of(&f, "go-toolchain-dependent-build", Some(Severity::Warning)),
        set(&["new.go", "old.go"])
    );
    // go1.18 is go1.18 under Go 1.22 but go1.21 under 1.23+: info, no
    // go1.21 builtin is called.
    assert_eq!(
        files_of(&f, "go-toolchain-dependent-build", Some(Severity::Info)),
        set(&["p18.go"])
    );
    let req: Vec<_> = f
        .iter()
        .filter(|f| f.rule == "go-toolchain-requirement")
        .collect();
    assert_eq!(req.len(), 1);
    assert_eq!(req[0].subject.line, Some(3));
    assert!(
        req[0].message.contains("go: go.mod requires go >= 1.22"),
        "{}",
        req[0].message
    );
}

#[test]
fn nothing_to_report_when_nothing_crosses() {
    // Already at 1.22: the pins were there before; no new toolchain rule
    // for the same go line.
    let d = fixture("1.22");
    let f = run(d.path(), None, "1.22");
    assert!(files_of(&f, "go-file-version-pinned", None).is_empty());
    assert!(f.iter().all(|f| f.rule != "go-toolchain-requirement"));
    // Below 1.22 no loop changes: no pins.
    let d = fixture("1.20");
    let f = run(d.path(), None, "1.21");
    assert!(files_of(&f, "go-file-version-pinned", None).is_empty());
    // Past 1.24 every allowed toolchain agrees on old.go and new.go.
    let d = fixture("1.21");
    let f = run(d.path(), None, "1.24");
    assert!(files_of(&f, "go-toolchain-dependent-build", None).is_empty());
    assert_eq!(
        files_of(&f, "go-file-version-pinned", None),
        set(&["p18.go", "p21.go"])
    );
}

#[test]
fn a_dependency_newer_than_the_target_holds_the_go_line_up() {
    let d = tempfile::tempdir().unwrap();
    let m = d.path().join("m");
    write(&m, "go.mod", "module example.com/m\n\ngo 1.21\n\nrequire example.com/dep v0.0.0\n\nreplace example.com/dep => ../dep\n");
    write(
        &m,
        "main.go",
        "package main\n\nimport \"example.com/dep\"\n\nfunc main() { dep.F() }\n",
    );
    write(&m, "vendor/modules.txt", "# example.com/dep v0.0.0 => ../dep\n## explicit; go 1.23\nexample.com/dep\n# example.com/dep => ../dep\n");
    let f = run(&m, None, "1.22");
    let breaking: Vec<_> = f
        .iter()
        .filter(|f| f.severity == Severity::Breaking)
        .collect();
    assert_eq!(breaking.len(), 1, "{f:#?}");
    assert!(breaking[0]
        .message
        .contains("example.com/dep v0.0.0 requires go 1.23"));
    // At 1.23 it can stay.
    let f = run(&m, None, "1.23");
    assert!(f.iter().all(|f| f.severity != Severity::Breaking), "{f:#?}");
}

#[test]
fn bad_arguments_are_errors_not_findings() {
    let d = fixture("1.23");
    let opts = UpgradeOptions {
        to: GoVersion::parse("1.22").unwrap(),
        from: None,
        module_cache: None,
    };
    let r = check(&[d.path().to_path_buf()], &opts);
    assert_eq!(r.errors.len(), 1);
    assert!(
        r.errors[0].message.contains("newer than --to 1.22"),
        "{:?}",
        r.errors
    );
    let empty = tempfile::tempdir().unwrap();
    let r = check(&[empty.path().to_path_buf()], &opts);
    assert!(r.errors[0].message.contains("no go.mod"), "{:?}", r.errors);
    assert!(compat_go::upgrade::parse_version("1.99").is_err());
    assert!(compat_go::upgrade::parse_version("1.22rc").is_ok());
    assert!(compat_go::upgrade::parse_version("banana").is_err());
}

/// Files the compiler reports loops of (`loop variable i now per-iteration`).
fn logged_files(go: &GoToolchain, dir: &Path, home: &Path) -> BTreeSet<String> {
    let out = go.run(dir, home, &["build", "-gcflags=-d=loopvar=3", "./..."]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "go {} build: {stderr}", go.version);
    stderr
        .lines()
        .filter(|l| l.contains("loop variable") && l.contains("now per-iteration"))
        .filter_map(|l| l.split(':').next())
        .map(|f| f.trim_start_matches("./").to_owned())
        .collect()
}

#[test]
fn the_compiler_spares_exactly_the_pinned_files() {
    let home = tempfile::tempdir().unwrap();
    for minor in [22, 23, 27] {
        let Some(go) = toolchain(minor) else { continue };
        let d = fixture("1.21");
        let findings = run(d.path(), None, "1.22");
        let pinned = files_of(&findings, "go-file-version-pinned", None);
        write(d.path(), "go.mod", "module example.com/m\n\ngo 1.22\n");
        let logged = logged_files(&go, d.path(), home.path());
        // Every file with a capturing loop is either logged or pinned, never both.
        let loops = set(&["main.go", "p21.go", "p18.go", "p22.go", "lib/lib.go"]);
        assert!(
            logged.is_disjoint(&pinned),
            "go {}: {logged:?} vs {pinned:?}",
            go.version
        );
        assert_eq!(
            logged.union(&pinned).cloned().collect::<BTreeSet<_>>(),
            loops,
            "go {}",
            go.version
        );
    }
}

#[test]
fn go_list_includes_exactly_what_compat_says_per_release() {
    let home = tempfile::tempdir().unwrap();
    let d = fixture("1.22");
    let findings = run(d.path(), Some("1.21"), "1.22");
    let dependent = files_of(
        &findings,
        "go-toolchain-dependent-build",
        Some(Severity::Warning),
    );
    let mut seen: Vec<(u32, BTreeSet<String>)> = Vec::new();
    for minor in [22, 23, 25, 27] {
        let Some(go) = toolchain(minor) else { continue };
        let out = go.run(
            d.path(),
            home.path(),
            &["list", "-f", "{{join .GoFiles \" \"}}", "."],
        );
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let files = String::from_utf8_lossy(&out.stdout)
            .split_whitespace()
            .map(str::to_owned)
            .collect();
        seen.push((minor, files));
    }
    if seen.len() < 2 {
        return;
    }
    // The files some release lists and another does not.
    let all: BTreeSet<String> = seen.iter().flat_map(|(_, f)| f.iter().cloned()).collect();
    let varying: BTreeSet<String> = all
        .into_iter()
        .filter(|f| seen.iter().any(|(_, s)| !s.contains(f)))
        .collect();
    assert!(
        varying.is_subset(&dependent),
        "{varying:?} vs {dependent:?}"
    );
    if seen.iter().any(|(m, _)| *m == 22) && seen.iter().any(|(m, _)| *m >= 24) {
        assert_eq!(varying, dependent);
    }
}

#[test]
fn go_1_22_refuses_the_builtin_compat_flags_and_1_23_builds_it() {
    let d = tempfile::tempdir().unwrap();
    let m = d.path();
    write(m, "go.mod", "module example.com/m\n\ngo 1.21\n");
    write(
        m,
        "m.go",
        "//go:build go1.18\n\npackage m\n\nfunc M(a, b int) int { return min(a, b) }\n",
    );
    write(m, "n.go", "//go:build go1.18\n\npackage m\n\nfunc min(a, b int) int { return a }\n\nfunc N() int { return min(1, 2) }\n");
    let f = run(m, None, "1.22");
    let warn = files_of(&f, "go-toolchain-dependent-build", Some(Severity::Warning));
    assert_eq!(warn, set(&["m.go"]), "{f:#?}");
    let msg = &f
        .iter()
        .find(|f| f.severity == Severity::Warning && f.rule == "go-toolchain-dependent-build")
        .unwrap()
        .message;
    // n.go declares its own min: info only.
    assert_eq!(
        files_of(&f, "go-toolchain-dependent-build", Some(Severity::Info)),
        set(&["n.go"])
    );
    write(m, "n.go", "package m\n");
    write(m, "go.mod", "module example.com/m\n\ngo 1.22\n");
    let home = tempfile::tempdir().unwrap();
    if let Some(go) = toolchain(22) {
        let out = go.run(m, home.path(), &["build", "./..."]);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(!out.status.success());
        let quoted = "min requires go1.21 or later (file declares //go:build go1.18)";
        assert!(stderr.contains(quoted), "{stderr}");
        assert!(msg.contains(quoted), "{msg}");
    }
    if let Some(go) = toolchain(23) {
        let out = go.run(m, home.path(), &["build", "./..."]);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

#[test]
fn older_toolchains_refuse_with_the_quoted_message_and_tidy_raises_the_go_line() {
    let home = tempfile::tempdir().unwrap();
    let d = fixture("1.21");
    let f = run(d.path(), None, "1.22");
    let msg = &f
        .iter()
        .find(|f| f.rule == "go-toolchain-requirement")
        .unwrap()
        .message;
    if let Some(go) = toolchain(21) {
        write(d.path(), "go.mod", "module example.com/m\n\ngo 1.22\n");
        let out = go.run(d.path(), home.path(), &["build", "./..."]);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(!out.status.success());
        let said = format!(
            "go: go.mod requires go >= 1.22 (running go {}; GOTOOLCHAIN=local)",
            go.version
        );
        assert!(stderr.contains(&said), "{stderr}");
        assert!(
            msg.contains("go: go.mod requires go >= 1.22 (running go 1.21.x; GOTOOLCHAIN=local)"),
            "{msg}"
        );
    }
    // A dependency at go 1.23: tidy raises the go line, as compat says.
    let Some(go) = toolchain(23) else { return };
    let d = tempfile::tempdir().unwrap();
    write(
        d.path(),
        "dep/go.mod",
        "module example.com/dep\n\ngo 1.23\n",
    );
    write(d.path(), "dep/d.go", "package dep\n\nfunc F() {}\n");
    let m = d.path().join("m");
    write(&m, "go.mod", "module example.com/m\n\ngo 1.22\n\nrequire example.com/dep v0.0.0\n\nreplace example.com/dep => ../dep\n");
    write(
        &m,
        "main.go",
        "package main\n\nimport \"example.com/dep\"\n\nfunc main() { dep.F() }\n",
    );
    let f = run(&m, Some("1.21"), "1.22");
    // The go command agrees that the go line cannot stay.
    let out = go.run(&m, home.path(), &["mod", "vendor"]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("go: updates to go.mod needed"));
    assert!(
        f.iter()
            .any(|f| f.severity == Severity::Breaking && f.message.contains("requires go 1.23")),
        "{f:#?}"
    );
    let out = go.run(&m, home.path(), &["mod", "tidy"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let go_mod = std::fs::read_to_string(m.join("go.mod")).unwrap();
    assert!(go_mod.contains("\ngo 1.23"), "{go_mod}");
}
