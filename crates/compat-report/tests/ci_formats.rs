//! The CI output formats checked by the tools their consumers use, not by
//! compat's own reading of them:
//!
//! - JUnit XML: validated with Python's `xmlschema` against
//!   `tests/schemas/junit.xsd` (the Ant/Jenkins dialect; there is no official
//!   schema) and read back with `junitparser`: suite and test case counts,
//!   outcomes, `classname` + `name` unique (GitLab drops repeats).
//! - GitLab Code Quality: `check-jsonschema` against
//!   `tests/schemas/gitlab-code-quality.json` (the fields GitLab documents);
//!   fingerprints unique.
//! - SARIF: `check-jsonschema` against the SARIF 2.1.0 schema that the npm
//!   package `@microsoft/sarif-multitool-linux` ships (`sarif-2.1.0.json`),
//!   `Sarif.Multitool validate --rule-kind "Sarif;Gh"` from the same package
//!   (the SARIF rules and GitHub's ingestion rules: no error-level result),
//!   and GitHub's ingestion rules asserted here as well (a physical location
//!   with a relative artifact URI, or a `file:` URI for a file outside the
//!   repository, on every result, `partialFingerprints`,
//!   at most 25,000 results per run, a distinct `automationDetails.id` per run,
//!   at most 10 MB gzip-compressed).
//! - A synthetic report of 30,000 findings: SARIF cut to the limits with the
//!   `compat-output-truncated` notification, Markdown within 65,536
//!   characters; one of 1,500 findings with large counterexamples: SARIF
//!   within 10 MB with every result, the largest counterexamples left out.
//! - The reports above hold counterexamples (hostile ones too), which SARIF,
//!   JUnit and GitLab Code Quality carry and the validators read.
//!
//! The tools come from `scripts/install-ci-tools.sh` (run by `.ci/run`),
//! found in `$COMPAT_CI_TOOLS` (default `~/.cache/compat/ci-tools`): its
//! `venv/bin` (else `PATH`) for `python3` with xmlschema and junitparser and
//! for `check-jsonschema`, its `node_modules` for the multitool and the
//! SARIF schema. When they are missing these tests fail under CI (`CI` set)
//! and are skipped with a message saying how to install them elsewhere.

use std::collections::{BTreeMap, HashSet};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;

use compat_report::{
    render, Finding, Format, InputError, Location, RenderOptions, Report, SarifInclude, Severity,
    Status, Subject, MARKDOWN_BUDGET, SARIF_MAX_GZIP_BYTES, SARIF_MAX_RESULTS,
};
use serde_json::Value;

// ---------------------------------------------------------------------------
// The tools
// ---------------------------------------------------------------------------

struct Tools {
    python: PathBuf,
    check_jsonschema: PathBuf,
    multitool: PathBuf,
    sarif_schema: PathBuf,
}

fn tools_dir() -> PathBuf {
    match std::env::var_os("COMPAT_CI_TOOLS").filter(|v| !v.is_empty()) {
        Some(d) => PathBuf::from(d),
        None => PathBuf::from(std::env::var_os("HOME").unwrap_or_default())
            .join(".cache/compat/ci-tools"),
    }
}

/// `name` in the tools' venv, else on `PATH`.
fn find(name: &str) -> Option<PathBuf> {
    let venv = tools_dir().join("venv/bin").join(name);
    if venv.is_file() {
        return Some(venv);
    }
    std::env::split_paths(&std::env::var_os("PATH").unwrap_or_default())
        .map(|d| d.join(name))
        .find(|p| p.is_file())
}

/// The tools, or why they cannot be used.
fn try_tools() -> Result<Tools, String> {
    let python = find("python3").ok_or("python3 not found")?;
    let ok = Command::new(&python)
        .args(["-c", "import xmlschema, junitparser"])
        .output()
        .map_err(|e| format!("{}: {e}", python.display()))?;
    if !ok.status.success() {
        return Err(format!(
            "{} cannot import xmlschema and junitparser",
            python.display()
        ));
    }
    let check_jsonschema = find("check-jsonschema").ok_or("check-jsonschema not found")?;
    let package = tools_dir().join("node_modules/@microsoft/sarif-multitool-linux");
    let multitool = package.join("Sarif.Multitool");
    let sarif_schema = package.join("sarif-2.1.0.json");
    for p in [&multitool, &sarif_schema] {
        if !p.is_file() {
            return Err(format!("{} not found", p.display()));
        }
    }
    Ok(Tools {
        python,
        check_jsonschema,
        multitool,
        sarif_schema,
    })
}

/// The tools; `None` (after saying why) outside CI when they are missing.
#[allow(clippy::print_stderr)]
fn tools() -> Option<Tools> {
    match try_tools() {
        Ok(t) => Some(t),
        Err(why) => {
            let how = format!(
                "{why}; install the validators with scripts/install-ci-tools.sh (into {}, or $COMPAT_CI_TOOLS)",
                tools_dir().display()
            );
            if std::env::var_os("CI").is_some_and(|v| !v.is_empty()) {
                panic!("CI must validate the output formats: {how}");
            }
            eprintln!("ci_formats: SKIPPED: {how}");
            None
        }
    }
}

fn schema(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/schemas")
        .join(name)
}

/// Runs `cmd`; its standard output, or a panic with everything it said.
fn run(cmd: &mut Command, what: &str) -> String {
    let out = cmd
        .output()
        .unwrap_or_else(|e| panic!("{what}: cannot run {cmd:?}: {e}"));
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(
        out.status.success(),
        "{what}: {cmd:?} failed ({}):\n{stdout}\n{}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    stdout
}

fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let p = dir.join(name);
    let mut f = std::fs::File::create(&p).unwrap();
    f.write_all(text.as_bytes()).unwrap();
    p
}

// ---------------------------------------------------------------------------
// Reports
// ---------------------------------------------------------------------------

/// A `compat check`-like report: two components, every status and severity,
/// two findings with one fingerprint, a finding without a file, an input
/// error.
fn ci_report() -> Report {
    fn add(
        r: &mut Report,
        component: Option<&str>,
        rule: &str,
        sev: Severity,
        subject: Subject,
    ) -> usize {
        let mut f = Finding::new(rule, format!("{rule} on {subject:?}"), subject);
        f.subject.component = component.map(str::to_owned);
        f.set_severity(sev);
        r.findings.push(f);
        r.findings.len() - 1
    }
    let mut r = Report::new("check", vec!["compat.toml".into()]);
    let sym = |s: &str| Subject {
        file: Some("build/libsqlite3.so.0".into()),
        symbol: Some(s.into()),
        version: Some("SQLITE_3".into()),
        ..Subject::default()
    };
    add(
        &mut r,
        Some("sqlite"),
        "abi-symbol-removed",
        Severity::Breaking,
        sym("sqlite3_a"),
    );
    // Twice the same subject and rule: one fingerprint.
    add(
        &mut r,
        Some("sqlite"),
        "abi-symbol-removed",
        Severity::Breaking,
        sym("sqlite3_b"),
    );
    add(
        &mut r,
        Some("sqlite"),
        "abi-symbol-removed",
        Severity::Breaking,
        sym("sqlite3_b"),
    );
    add(
        &mut r,
        Some("sqlite"),
        "abi-type-size-changed",
        Severity::Warning,
        Subject {
            type_name: Some("struct sqlite3_module".into()),
            new_file: Some("build/libsqlite3.so.0".into()),
            ..Subject::default()
        },
    );
    add(
        &mut r,
        Some("sqlite"),
        "abi-symbol-added",
        Severity::Info,
        sym("sqlite3_c"),
    );
    let w = add(
        &mut r,
        Some("sqlite"),
        "abi-symbol-removed",
        Severity::Breaking,
        sym("sqlite3_old"),
    );
    r.findings[w].status = Status::Waived;
    r.findings[w].waiver = Some("W-7".into());
    r.findings[w].location = Some(Location {
        path: "compat.toml".into(),
        line: Some(41),
        column: Some(1),
    });
    let b = add(
        &mut r,
        Some("app"),
        "ld-symbol-unresolved",
        Severity::Breaking,
        Subject {
            file: Some("bin/app".into()),
            symbol: Some("x".into()),
            ..Subject::default()
        },
    );
    r.findings[b].status = Status::Baselined;
    add(
        &mut r,
        Some("app"),
        "abi-needed-added",
        Severity::Info,
        Subject::default(),
    );
    add(
        &mut r,
        Some("app"),
        "go-build-syntax",
        Severity::Breaking,
        Subject {
            file: Some("go/fast file.go".into()),
            line: Some(3),
            column: Some(18),
            ..Subject::default()
        },
    );
    // A contract finding with a counterexample cut in the message.
    let c = add(
        &mut r,
        Some("app"),
        "schema-pattern-extended",
        Severity::Breaking,
        Subject {
            file: Some("schemas/bom.json".into()),
            member: Some("#/components/0/name".into()),
            ..Subject::default()
        },
    );
    r.findings[c].counterexample = Some(serde_json::json!({
        "components": [{ "name": "a\nb", "pad": "p".repeat(120) }],
    }));
    r.findings[c].counterexample_path = Some("/components/0/name".into());
    add(
        &mut r,
        None,
        "ld-library-not-found",
        Severity::Breaking,
        Subject {
            file: Some("/usr/bin/outside".into()),
            library: Some("libq.so.1".into()),
            ..Subject::default()
        },
    );
    r.errors.push(InputError {
        file: "build/broken.so".into(),
        message: "malformed ELF: truncated".into(),
    });
    r.finish();
    r
}

/// Every string of a report hostile: terminal controls, bidi overrides,
/// XML and Markdown syntax, characters XML cannot carry.
fn hostile_report() -> Report {
    let evil = |what: &str| {
        format!("{what}\x1b]0;pwned\x07\x1b[2J\r\n0 breaking\u{9b}1m\u{202e}\x7f\u{0}\u{fffe}|`<b>*x*&amp;\"'</testcase>]]>")
    };
    let mut r = Report::new("abi check", vec![evil("in")]);
    let subject = Subject {
        file: Some(evil("file")),
        line: Some(1),
        column: Some(2),
        object: Some(evil("object")),
        symbol: Some(evil("symbol")),
        demangled: Some(evil("demangled")),
        version: Some(evil("version")),
        library: Some(evil("library")),
        old_file: Some(evil("old")),
        new_file: Some(evil("new")),
        old_value: Some(evil("oldv")),
        new_value: Some(evil("newv")),
        chain: vec![evil("c1"), evil("c2")],
        symbols: vec![evil("s1"), evil("s2")],
        component: Some(evil("component")),
        type_name: Some(evil("type")),
        member: Some(evil("member")),
        package: Some(evil("package")),
        target: Some(evil("target")),
        id: Some(evil("id")),
    };
    for rule in [
        "ld-version-not-found",
        "ld-symbol-unresolved",
        "abi-symbol-binding-weakened",
        "abi-needed-added",
        "abi-needed-added",
    ] {
        r.findings
            .push(Finding::new(rule, evil("message"), subject.clone()).with_group(evil("g")));
    }
    // A counterexample made of hostile names and values, and a pointer to
    // one of them (`/` and `~` escaped as RFC 6901 asks).
    let mut contract = Finding::new("schema-pattern-extended", evil("message"), subject.clone());
    let key = evil("key");
    contract.counterexample = Some(serde_json::json!({
        "pad": "p".repeat(120),
        key.clone(): [evil("value"), { "n": evil("n") }],
    }));
    contract.counterexample_path = Some(format!(
        "/{}/1/n",
        key.replace('~', "~0").replace('/', "~1")
    ));
    r.findings.push(contract);
    let mut waived = Finding::new("abi-symbol-removed", evil("waived"), subject.clone());
    waived.status = Status::Waived;
    waived.waiver = Some(evil("W-"));
    r.findings.push(waived);
    r.error(evil("error-file"), evil("error"));
    r.notes.push(evil("note"));
    r.finish();
    r
}

/// A report of 30,000 findings that count in two components: `core` (27,000:
/// past the 25,000 results of a SARIF run) and `ui` (3,000); one in 100
/// breaking, one in 10 a warning, the rest info.
fn synthetic_30000() -> Report {
    let mut r = Report::new("check", vec!["compat.toml".into()]);
    for i in 0..30_000usize {
        let component = if i < 27_000 { "core" } else { "ui" };
        let mut f = Finding::new(
            "abi-symbol-removed",
            format!("lib_function_{i:05} was removed; programs that call it no longer start"),
            Subject {
                file: Some(format!("build/{component}/libcore.so.1")),
                symbol: Some(format!("lib_function_{i:05}")),
                version: Some("CORE_1.0".into()),
                component: Some(component.into()),
                ..Subject::default()
            },
        );
        f.set_severity(if i % 100 == 0 {
            Severity::Breaking
        } else if i % 10 == 0 {
            Severity::Warning
        } else {
            Severity::Info
        });
        r.findings.push(f);
    }
    r.finish();
    r
}

fn opts() -> RenderOptions<'static> {
    RenderOptions::default()
}

// ---------------------------------------------------------------------------
// JUnit
// ---------------------------------------------------------------------------

/// Validates and reads `xml` with xmlschema and junitparser.
fn junit_read(tools: &Tools, dir: &Path, name: &str, xml: &str) -> Value {
    let path = write(dir, name, xml);
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/ci_formats/junit_check.py");
    let out = run(
        Command::new(&tools.python)
            .arg(script)
            .arg(schema("junit.xsd"))
            .arg(&path),
        name,
    );
    serde_json::from_str(&out).unwrap_or_else(|e| panic!("{name}: {e}: {out}"))
}

/// What the consumers read agrees with the report: one suite per component
/// (and the command's), every finding and error a test case, the counts
/// right, names unique within a class name.
fn assert_junit(report: &Report, fail_on: Severity, read: &Value) {
    let suites = read["suites"].as_array().unwrap();
    // What an XML reader gets back from compat's escaping.
    let visible = |s: &str| {
        compat_report::escape::text(s)
            .replace('\u{fffe}', "\\u{fffe}")
            .replace('\u{ffff}', "\\u{ffff}")
    };
    let mut components: Vec<String> = report
        .findings
        .iter()
        .map(|f| visible(f.subject.component.as_deref().unwrap_or(&report.command)))
        .collect();
    if components.is_empty() || !report.errors.is_empty() {
        components.push(report.command.clone());
    }
    components.sort();
    components.dedup();
    let mut names: Vec<String> = suites
        .iter()
        .map(|s| s["name"].as_str().unwrap().to_owned())
        .collect();
    names.sort();
    assert_eq!(names, components);

    let mut seen = HashSet::new();
    let (mut tests, mut failures, mut errors, mut skipped) = (0, 0, 0, 0);
    for suite in suites {
        let cases = suite["cases"].as_array().unwrap();
        let count = |what: &str| cases.iter().filter(|c| c["outcome"] == what).count() as u64;
        assert_eq!(suite["tests"], cases.len() as u64, "{suite}");
        assert_eq!(suite["failures"], count("failure"), "{suite}");
        assert_eq!(suite["errors"], count("error"), "{suite}");
        assert_eq!(suite["skipped"], count("skipped"), "{suite}");
        tests += cases.len();
        failures += count("failure");
        errors += count("error");
        skipped += count("skipped");
        for c in cases {
            assert_eq!(c["classname"], suite["name"], "{c}");
            let key = (c["classname"].to_string(), c["name"].to_string());
            assert!(seen.insert(key), "repeated test case {c}");
        }
    }
    let totals = &read["totals"];
    assert_eq!(totals["tests"], tests as u64);
    assert_eq!(totals["failures"], failures);
    assert_eq!(totals["errors"], errors);
    assert_eq!(totals["skipped"], skipped);
    // One case per finding and error, plus one check per suite.
    assert_eq!(
        tests,
        report.findings.len() + report.errors.len() + suites.len()
    );
    let fails = report
        .findings
        .iter()
        .filter(|f| f.counts() && f.severity <= fail_on)
        .count() as u64;
    assert_eq!(failures, fails);
    assert_eq!(errors, report.errors.len() as u64);
    assert_eq!(
        skipped,
        report.findings.iter().filter(|f| !f.counts()).count() as u64
    );
}

#[test]
fn junit_is_valid_and_reads_back_as_written() {
    let Some(tools) = tools() else { return };
    let dir = tempfile::tempdir().unwrap();
    for (name, report) in [
        ("ci.xml", ci_report()),
        ("hostile.xml", hostile_report()),
        ("empty.xml", Report::new("abi diff", vec![])),
    ] {
        for fail_on in [Severity::Breaking, Severity::Warning, Severity::Info] {
            let xml = render(&report, Format::Junit, RenderOptions { fail_on, ..opts() });
            let read = junit_read(&tools, dir.path(), name, &xml);
            assert_junit(&report, fail_on, &read);
        }
    }
    // The waived and baselined findings, and the two findings with one
    // fingerprint, as GitLab and Jenkins read them.
    let read = junit_read(
        &tools,
        dir.path(),
        "ci.xml",
        &render(&ci_report(), Format::Junit, opts()),
    );
    let cases: Vec<&Value> = read["suites"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|s| s["cases"].as_array().unwrap())
        .collect();
    let skipped: Vec<&str> = cases
        .iter()
        .filter(|c| c["outcome"] == "skipped")
        .map(|c| c["message"].as_str().unwrap())
        .collect();
    assert_eq!(skipped, ["baselined", "waived W-7"]);
    let b: Vec<&str> = cases
        .iter()
        .map(|c| c["name"].as_str().unwrap())
        .filter(|n| n.contains("sqlite3_b"))
        .collect();
    assert_eq!(b.len(), 2);
    assert_eq!(b[1], format!("{} #2", b[0]));
    assert!(cases
        .iter()
        .any(|c| c["name"] == "compat check sqlite" && c["outcome"] == "passed"));
    assert!(cases
        .iter()
        .any(|c| c["name"] == "input build/broken.so" && c["outcome"] == "error"));
}

// ---------------------------------------------------------------------------
// GitLab Code Quality
// ---------------------------------------------------------------------------

#[test]
fn gitlab_code_quality_has_the_documented_fields() {
    let Some(tools) = tools() else { return };
    let dir = tempfile::tempdir().unwrap();
    for (name, report) in [
        ("ci.json", ci_report()),
        ("hostile.json", hostile_report()),
        ("empty.json", Report::new("abi diff", vec![])),
    ] {
        let text = render(&report, Format::Gitlab, opts());
        let path = write(dir.path(), name, &text);
        run(
            Command::new(&tools.check_jsonschema)
                .arg("--schemafile")
                .arg(schema("gitlab-code-quality.json"))
                .arg(&path),
            name,
        );
        let issues: Vec<Value> = serde_json::from_str(&text).unwrap();
        assert_eq!(
            issues.len(),
            report.findings.iter().filter(|f| f.counts()).count(),
            "{name}"
        );
        let prints: HashSet<&str> = issues
            .iter()
            .map(|i| i["fingerprint"].as_str().unwrap())
            .collect();
        assert_eq!(prints.len(), issues.len(), "{name}: fingerprints repeat");
    }
    // The schema has teeth: a wrong severity and a missing path are refused.
    let bad = write(
        dir.path(),
        "bad.json",
        r#"[{"description": "d", "check_name": "c", "fingerprint": "f", "severity": "breaking", "location": {"lines": {"begin": 1}}}]"#,
    );
    let out = Command::new(&tools.check_jsonschema)
        .arg("--schemafile")
        .arg(schema("gitlab-code-quality.json"))
        .arg(&bad)
        .output()
        .unwrap();
    assert!(!out.status.success(), "{out:?}");
}

// ---------------------------------------------------------------------------
// SARIF
// ---------------------------------------------------------------------------

/// GitHub code scanning's ingestion rules, as far as a file shows them.
fn assert_github_ingestible(doc: &Value, text: &str) {
    let gz = {
        let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        enc.write_all(text.as_bytes()).unwrap();
        enc.finish().unwrap().len() as u64
    };
    assert!(gz <= SARIF_MAX_GZIP_BYTES, "{gz} bytes gzip-compressed");
    assert_eq!(doc["version"], "2.1.0");
    let runs = doc["runs"].as_array().unwrap();
    assert!(!runs.is_empty());
    let mut categories = HashSet::new();
    for run in runs {
        let id = run["automationDetails"]["id"].as_str().unwrap();
        assert!(id.starts_with("compat/") && id.ends_with('/'), "{id}");
        assert!(categories.insert(id), "category {id} repeats");
        let rules = run["tool"]["driver"]["rules"].as_array().unwrap();
        let results = run["results"].as_array().unwrap();
        assert!(results.len() <= SARIF_MAX_RESULTS, "{}", results.len());
        for res in results {
            let rule = res["ruleId"].as_str().unwrap();
            let idx = res["ruleIndex"].as_u64().unwrap() as usize;
            assert_eq!(rules[idx]["id"], rule);
            assert!(!res["message"]["text"].as_str().unwrap().is_empty());
            let physical = &res["locations"][0]["physicalLocation"];
            let uri = physical["artifactLocation"]["uri"]
                .as_str()
                .unwrap_or_else(|| panic!("no artifact URI: {res:#}"));
            // A relative reference, or a `file:` URI for a file outside the
            // repository (GitHub shows both: the multitool's GH1005).
            let path = uri.strip_prefix("file:///").unwrap_or(uri);
            assert!(!path.is_empty() && !path.starts_with('/'), "{uri}");
            assert!(
                path.bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b"-._~/%".contains(&b)),
                "not a relative URI reference or a file URI: {uri}"
            );
            if let Some(line) = physical["region"]["startLine"].as_u64() {
                assert!(line >= 1);
            }
            let fp = res["partialFingerprints"]["compat/v1"].as_str().unwrap();
            assert!(fp.starts_with("compat:v1:"), "{fp}");
        }
    }
}

/// check-jsonschema against the SARIF 2.1.0 schema, then the multitool's
/// rules of `kinds` (`Sarif;Gh`: the SARIF rules and GitHub's ingestion
/// rules): no error-level result.
fn sarif_validate(tools: &Tools, dir: &Path, name: &str, text: &str, kinds: &str) {
    let path = write(dir, name, text);
    run(
        Command::new(&tools.check_jsonschema)
            .arg("--schemafile")
            .arg(&tools.sarif_schema)
            .arg(&path),
        name,
    );
    let log = dir.join(format!("{name}.validation.sarif"));
    run(
        Command::new(&tools.multitool)
            .args(["validate", "--rule-kind", kinds, "--log", "ForceOverwrite"])
            .args(["--max-file-size-in-kb", "1000000"])
            .arg("--output")
            .arg(&log)
            .arg(&path)
            // The .NET runtime inside needs no ICU for this.
            .env("DOTNET_SYSTEM_GLOBALIZATION_INVARIANT", "1"),
        name,
    );
    let found: Value = serde_json::from_str(&std::fs::read_to_string(&log).unwrap()).unwrap();
    let errors: Vec<String> = found["runs"][0]["results"]
        .as_array()
        .map(|a| a.as_slice())
        .unwrap_or_default()
        .iter()
        .filter(|r| r["level"] == "error")
        .map(|r| {
            format!(
                "{} {}",
                r["ruleId"].as_str().unwrap_or_default(),
                r["message"]["arguments"]
            )
        })
        .collect();
    assert!(errors.is_empty(), "{name}: the multitool found {errors:#?}");
}

#[test]
fn sarif_is_valid_and_ingestible() {
    let Some(tools) = tools() else { return };
    let dir = tempfile::tempdir().unwrap();
    let anchor = Location {
        path: "ci/compat.toml".into(),
        line: Some(3),
        column: None,
    };
    for (name, report) in [
        ("ci.sarif", ci_report()),
        ("hostile.sarif", hostile_report()),
        ("empty.sarif", Report::new("abi diff", vec![])),
    ] {
        for (variant, o) in [
            ("", opts()),
            (
                "waived-",
                RenderOptions {
                    sarif_include: SarifInclude::Waived,
                    anchor: Some(&anchor),
                    ..opts()
                },
            ),
        ] {
            let text = render(&report, Format::Sarif, o);
            let doc: Value = serde_json::from_str(&text).unwrap();
            assert_github_ingestible(&doc, &text);
            sarif_validate(
                &tools,
                dir.path(),
                &format!("{variant}{name}"),
                &text,
                "Sarif;Gh",
            );
        }
    }
    // One run per component, each its own category.
    let doc: Value = serde_json::from_str(&render(&ci_report(), Format::Sarif, opts())).unwrap();
    let ids: Vec<&str> = doc["runs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["automationDetails"]["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["compat/check/", "compat/app/", "compat/sqlite/"]);
    // The finding whose file is outside the repository is located at that
    // file, as a `file:` URI, not at compat.toml.
    let outside = &doc["runs"][0]["results"][0];
    assert_eq!(outside["ruleId"], "ld-library-not-found");
    assert_eq!(
        outside["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
        "file:///usr/bin/outside"
    );
}

// ---------------------------------------------------------------------------
// 30,000 findings
// ---------------------------------------------------------------------------

#[test]
fn thirty_thousand_findings_stay_within_the_limits() {
    let report = synthetic_30000();

    // SARIF: `core` cut to 25,000 results, the most severe kept; `ui` whole.
    let text = render(&report, Format::Sarif, opts());
    let doc: Value = serde_json::from_str(&text).unwrap();
    assert_github_ingestible(&doc, &text);
    let runs: BTreeMap<&str, &Value> = doc["runs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| (r["automationDetails"]["id"].as_str().unwrap(), r))
        .collect();
    let core = runs["compat/core/"];
    let results = core["results"].as_array().unwrap();
    assert_eq!(results.len(), SARIF_MAX_RESULTS);
    let level = |l: &str| results.iter().filter(|r| r["level"] == l).count();
    assert_eq!(level("error"), 270, "every breaking result kept");
    assert_eq!(level("warning"), 2_430, "every warning kept");
    let notes = core["invocations"][0]["toolExecutionNotifications"]
        .as_array()
        .unwrap();
    assert_eq!(notes.len(), 1);
    assert_eq!(notes[0]["descriptor"]["id"], "compat-output-truncated");
    assert_eq!(notes[0]["associatedRule"]["id"], "compat-output-truncated");
    let message = notes[0]["message"]["text"].as_str().unwrap();
    assert!(
        message.starts_with("2000 of 27000 results of this run were left out"),
        "{message}"
    );
    let ui = runs["compat/ui/"];
    assert_eq!(ui["results"].as_array().unwrap().len(), 3_000);
    assert_eq!(
        ui["invocations"][0]["toolExecutionNotifications"],
        Value::Array(vec![])
    );
    if let Some(tools) = tools() {
        let dir = tempfile::tempdir().unwrap();
        // GitHub's rules only: the multitool's SARIF rules take 80 s and
        // 2 GB on this 30 MB log (the same rules pass on the logs above).
        sarif_validate(&tools, dir.path(), "30000.sarif", &text, "Gh");
    }

    // Markdown: within the budget, the most severe rows first, and a last
    // line saying what was left out and where everything is.
    let md = render(&report, Format::Markdown, opts());
    let chars = md.chars().count();
    assert!(chars <= MARKDOWN_BUDGET, "{chars} characters");
    assert!(
        chars > MARKDOWN_BUDGET - 2_000,
        "{chars}: the budget is used"
    );
    assert!(md.starts_with("## compat check\n\n**300 breaking**, 2700 warnings, 27000 info"));
    let rows = md.lines().filter(|l| l.starts_with("| ")).count();
    assert!(md.lines().any(|l| l.starts_with("| breaking |")));
    let last = md.lines().last().unwrap();
    assert!(
        last.contains("entries left out")
            && last.contains("65536 characters")
            && last.contains("`--format json`"),
        "{last}"
    );
    let left: usize = last
        .trim_start_matches("**")
        .split(' ')
        .next()
        .unwrap()
        .parse()
        .unwrap();
    // Table heads are rows too; the rest are findings' rows.
    assert!(left > 0 && left + rows > 30_000 - 1, "{left} + {rows}");
    // The place of the full report, when the caller knows it.
    let md = render(
        &report,
        Format::Markdown,
        RenderOptions {
            full_report: Some("compat.json"),
            ..opts()
        },
    );
    assert!(
        md.trim_end()
            .ends_with("every finding is in `compat.json`."),
        "{}",
        &md[md.len() - 300..]
    );
}

#[test]
fn a_sarif_log_past_10_mb_compressed_is_cut_to_fit() {
    // 12,000 findings with random hexadecimal messages: about 11.5 MB
    // compressed.
    let mut r = Report::new("abi check", vec![]);
    let mut x: u64 = 0x2545_f491_4f6c_dd1d;
    for i in 0..12_000usize {
        let mut msg = String::with_capacity(1_920);
        for _ in 0..240 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            msg.push_str(&format!("{:08x}", x as u32));
        }
        let mut f = Finding::new(
            "abi-symbol-removed",
            msg,
            Subject {
                file: Some("lib/libbig.so.1".into()),
                symbol: Some(format!("s{i}")),
                ..Subject::default()
            },
        );
        if i % 50 != 0 {
            f.set_severity(Severity::Info);
        }
        r.findings.push(f);
    }
    r.finish();
    let text = render(&r, Format::Sarif, opts());
    let doc: Value = serde_json::from_str(&text).unwrap();
    assert_github_ingestible(&doc, &text);
    let run = &doc["runs"][0];
    let results = run["results"].as_array().unwrap();
    assert!(
        results.len() < 12_000 && results.len() > 8_000,
        "{}",
        results.len()
    );
    assert_eq!(
        results.iter().filter(|r| r["level"] == "error").count(),
        240,
        "every breaking result kept"
    );
    let note = &run["invocations"][0]["toolExecutionNotifications"][0];
    assert_eq!(note["descriptor"]["id"], "compat-output-truncated");
    let dropped = 12_000 - results.len();
    assert!(
        note["message"]["text"]
            .as_str()
            .unwrap()
            .starts_with(&format!("{dropped} of 12000 results")),
        "{note}"
    );
}

#[test]
fn a_sarif_log_past_10_mb_leaves_out_counterexamples_before_results() {
    // 1,500 findings with counterexamples of 8 to 20 KB of random
    // hexadecimal digits: about 12 MB compressed with them, well under
    // 10 MB without.
    let mut r = Report::new("schema diff", vec!["old.json".into(), "new.json".into()]);
    let mut x: u64 = 0x9e37_79b9_7f4a_7c15;
    for i in 0..1_500usize {
        let mut blob = String::new();
        for _ in 0..(1_000 + 250 * (i % 7)) {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            blob.push_str(&format!("{:08x}", x as u32));
        }
        let mut f = Finding::new(
            "schema-pattern-extended",
            format!("#/items/{i}: the string pattern changed from ^x$ to none"),
            Subject {
                file: Some("schemas/api.json".into()),
                member: Some(format!("#/items/{i}")),
                ..Subject::default()
            },
        );
        if i % 50 != 0 {
            f.set_severity(Severity::Info);
        }
        f.counterexample = Some(serde_json::json!({ "blob": blob, "items": [i] }));
        f.counterexample_path = Some("/items/0".into());
        r.findings.push(f);
    }
    r.finish();
    let text = render(&r, Format::Sarif, opts());
    let doc: Value = serde_json::from_str(&text).unwrap();
    assert_github_ingestible(&doc, &text);
    let run = &doc["runs"][0];
    let results = run["results"].as_array().unwrap();
    assert_eq!(results.len(), 1_500, "every result kept");
    let with = results
        .iter()
        .filter(|r| r["properties"].get("counterexample").is_some())
        .count();
    assert!(with > 0 && with < 1_500, "{with}");
    let notes = run["invocations"][0]["toolExecutionNotifications"]
        .as_array()
        .unwrap();
    assert_eq!(notes.len(), 1, "{notes:#?}");
    assert_eq!(notes[0]["descriptor"]["id"], "compat-output-truncated");
    let message = notes[0]["message"]["text"].as_str().unwrap();
    assert!(
        message.starts_with(&format!(
            "the counterexamples of {} of the 1500 results that had one (the largest first)",
            1_500 - with
        )),
        "{message}"
    );
    if let Some(tools) = tools() {
        let dir = tempfile::tempdir().unwrap();
        sarif_validate(&tools, dir.path(), "examples.sarif", &text, "Gh");
    }
}
