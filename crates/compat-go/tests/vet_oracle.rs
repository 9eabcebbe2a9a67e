//! The `go vet` oracle: Go 1.19's buildtag analyzer
//! (`cmd/vendor/golang.org/x/tools/go/analysis/passes/buildtag`) and
//! `compat go buildtags` must agree on the fixture module
//! `tests/lint_fixtures/vet/`.
//!
//! `go vet -buildtag` runs once per package directory (a package whose
//! files go/build rejects stops vet before any analyzer runs, and would hide
//! the others). Its `file:line:col: message` diagnostics, and the
//! position-less `file: message` load errors go/build gives for a broken
//! `//go:build` line, are mapped to compat rule ids. Then:
//!
//! - every vet diagnostic has a compat finding of a matching rule in the
//!   same file, on the same line (load errors have no line: same file);
//! - every compat finding has such a vet diagnostic, unless its rule is one
//!   of [`BEYOND_VET`], the checks compat makes and vet does not.
//!
//! Skipped (with a message) when `go` is not installed, unless `CI` is set.
#![allow(clippy::print_stderr)]

use std::path::{Path, PathBuf};
use std::process::Command;

use compat_go::facts::release;
use compat_go::lint::{go_mod_version, lint_file, LintContext};
use compat_go::scan::scan_whole;

/// Rules for checks vet's buildtag analyzer does not make (in Go 1.19).
const BEYOND_VET: &[&str] = &[
    // vet calls its malformed-//go:build check only for comments that
    // contain "//go:build", which `// go:build` does not: in Go 1.19 the
    // check never fires for a .go file.
    "go-build-malformed",
    // Semantic checks: satisfiability over the known GOOS/GOARCH, file-name
    // suffixes, typos of GOOS/GOARCH, malformed release tags.
    "go-build-unsatisfiable",
    "go-filename-contradicts",
    "go-tag-misspelt",
    "go-version-tag-invalid",
    // gofmt / go fix rewrites vet does not ask for.
    "go-plus-build-only",
    "go-plus-build-obsolete",
    // Same meaning, other spelling: vet compares the printed expressions,
    // so it reports some of these as "do not match" (mapped below) and
    // others, such as two +build lines for gofmt's one, not at all.
    "go-plus-build-spelling",
    // cgo //export comments.
    "go-export-missing-name",
    "go-export-name-mismatch",
    "go-export-without-cgo",
];

/// Package directories of the fixture module that vet and compat agree on.
const PACKAGES: &[&str] = &["tags", "syntax", "multiple"];

/// A package where compat misses what vet reports (see the ignored test).
const KNOWN_GAPS: &[&str] = &["malformed"];

/// Which compat rules a vet message (or go/build load error) stands for.
fn rules_for(message: &str) -> &'static [&'static str] {
    const PARSE_ERRORS: &[&str] = &[
        "unexpected token",
        "invalid syntax at",
        "missing close paren",
        "unexpected end of expression",
        "double negation not allowed",
    ];
    if message.starts_with("misplaced //go:build comment") {
        &["go-build-misplaced"]
    } else if message.starts_with("malformed //go:build line") {
        &["go-build-malformed"]
    } else if message.starts_with("unexpected extra //go:build line")
        || message.starts_with("multiple //go:build comments")
    {
        &["go-build-multiple"]
    } else if message.starts_with("misplaced +build comment") {
        &["go-plus-build-misplaced"]
    } else if message.starts_with("possible malformed +build comment") {
        &["go-plus-build-malformed"]
    } else if message.starts_with("invalid double negative in build constraint")
        || message.starts_with("invalid non-alphanumeric build constraint")
    {
        &["go-plus-build-invalid-tag"]
    } else if message.starts_with("+build lines do not match //go:build condition") {
        &["go-plus-build-mismatch", "go-plus-build-spelling"]
    } else if message.starts_with("expression too complex for // +build lines") {
        &["go-build-too-complex"]
    } else if message.starts_with("parsing //go:build line: ")
        || PARSE_ERRORS.iter().any(|p| message.starts_with(p))
    {
        &["go-build-syntax"]
    } else {
        &[]
    }
}

/// One vet diagnostic or load error.
#[derive(Debug)]
struct VetDiag {
    /// The file, relative to the module root, slash-separated.
    file: String,
    /// `None` for a go/build load error, which has no position.
    line: Option<u32>,
    message: String,
}

/// One compat finding.
#[derive(Debug)]
struct Ours {
    file: String,
    line: u32,
    rule: String,
    message: String,
}

fn go_available() -> bool {
    match Command::new("go").arg("version").output() {
        Ok(o) if o.status.success() => true,
        _ => {
            if std::env::var_os("CI").is_some() {
                panic!("`go` is not installed, and CI is set: the go vet oracle cannot run");
            }
            eprintln!("SKIPPED: `go` is not installed; the go vet buildtag oracle did not run");
            false
        }
    }
}

fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let (src, dst) = (e.path(), to.join(e.file_name()));
        if e.file_type().unwrap().is_dir() {
            copy_tree(&src, &dst);
        } else {
            std::fs::copy(&src, &dst).unwrap();
        }
    }
}

/// The fixture module copied to a temporary directory (so the go command
/// writes nothing into the source tree), with a scratch GOCACHE/GOPATH.
fn fixture() -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("vet");
    copy_tree(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/lint_fixtures/vet"),
        &root,
    );
    (tmp, root)
}

/// The file a vet path names, relative to `root`: vet prints paths relative
/// to its working directory (`root`), go/build load errors print only the
/// base name (in `pkg`).
fn rel_file(root: &Path, pkg: &str, shown: &str) -> String {
    let shown = shown.strip_prefix("./").unwrap_or(shown);
    let p = Path::new(shown);
    let abs = if p.is_absolute() {
        p.to_path_buf()
    } else if root.join(p).is_file() {
        root.join(p)
    } else {
        root.join(pkg).join(p)
    };
    let abs = abs.canonicalize().unwrap_or(abs);
    let root = root.canonicalize().unwrap();
    abs.strip_prefix(&root)
        .unwrap_or_else(|_| panic!("vet named {shown}, outside {}", root.display()))
        .to_string_lossy()
        .replace('\\', "/")
}

/// `go vet -buildtag ./PKG` in `root`, for linux/amd64 without cgo.
fn vet(tmp: &Path, root: &Path, pkg: &str) -> Vec<VetDiag> {
    let out = Command::new("go")
        .current_dir(root)
        .args(["vet", "-buildtag", &format!("./{pkg}")])
        .env("GOFLAGS", "-mod=mod")
        .env("GOPROXY", "off")
        .env("GOTOOLCHAIN", "local")
        .env("GOWORK", "off")
        .env("GOENV", "off")
        .env("GO111MODULE", "on")
        .env("GOCACHE", tmp.join("gocache"))
        .env("GOPATH", tmp.join("gopath"))
        .env("GOOS", "linux")
        .env("GOARCH", "amd64")
        .env("CGO_ENABLED", "0")
        .env_remove("GOEXPERIMENT")
        .output()
        .expect("running go vet");
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    let mut diags = Vec::new();
    for line in text.lines() {
        let line = line.trim_end();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        // file:line:col: message
        let mut parts = line.splitn(4, ':');
        let (f, l, c, m) = (parts.next(), parts.next(), parts.next(), parts.next());
        if let (Some(f), Some(l), Some(c), Some(m)) = (f, l, c, m) {
            if let (Ok(l), Ok(_)) = (l.parse::<u32>(), c.parse::<u32>()) {
                diags.push(VetDiag {
                    file: rel_file(root, pkg, f),
                    line: Some(l),
                    message: m.trim().to_owned(),
                });
                continue;
            }
        }
        // file.go: message (a go/build load error)
        if let Some((f, m)) = line.split_once(": ") {
            if f.ends_with(".go") && !f.contains(' ') {
                diags.push(VetDiag {
                    file: rel_file(root, pkg, f),
                    line: None,
                    message: m.trim().to_owned(),
                });
                continue;
            }
        }
        panic!(
            "unexpected go vet output for ./{pkg} (exit {:?}): {line}\n{text}",
            out.status.code()
        );
    }
    assert!(
        out.status.success() || !diags.is_empty(),
        "go vet ./{pkg} failed without diagnostics:\n{text}"
    );
    diags
}

/// compat's findings for every `.go` file of `root/pkg`, as the CLI lints
/// them, against Go 1.19's GOOS/GOARCH lists.
fn compat(root: &Path, pkg: &str) -> Vec<Ours> {
    let module_go = go_mod_version(&std::fs::read_to_string(root.join("go.mod")).unwrap());
    let rel = release(19).expect("Go 1.19 facts");
    let mut names: Vec<String> = std::fs::read_dir(root.join(pkg))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".go"))
        .collect();
    names.sort();
    let mut out = Vec::new();
    for name in names {
        let shown = format!("{pkg}/{name}");
        let bytes = std::fs::read(root.join(pkg).join(&name)).unwrap();
        let cx = LintContext {
            release: rel,
            module_go,
            path: &shown,
        };
        for f in lint_file(cx, &name, &scan_whole(&bytes)) {
            out.push(Ours {
                file: shown.clone(),
                line: f.subject.line.expect("buildtags findings have a line"),
                rule: f.rule,
                message: f.message,
            });
        }
    }
    out
}

/// Compares vet and compat on the packages; returns the mismatches.
fn compare(tmp: &Path, root: &Path, pkgs: &[&str]) -> (Vec<VetDiag>, Vec<Ours>, Vec<String>) {
    let mut diffs = Vec::new();
    let mut all_vet = Vec::new();
    let mut all_ours = Vec::new();
    for pkg in pkgs {
        let vet = vet(tmp, root, pkg);
        let ours = compat(root, pkg);
        for d in &vet {
            let rules = rules_for(&d.message);
            if rules.is_empty() {
                diffs.push(format!(
                    "vet message with no compat rule mapped: {}:{:?}: {}",
                    d.file, d.line, d.message
                ));
                continue;
            }
            let hit = ours.iter().find(|o| {
                o.file == d.file
                    && d.line.is_none_or(|l| l == o.line)
                    && rules.contains(&o.rule.as_str())
            });
            match hit {
                None => diffs.push(format!(
                    "vet: {}:{}: {} -- compat has no {rules:?} there (compat: {:?})",
                    d.file,
                    d.line.map_or("?".to_owned(), |l| l.to_string()),
                    d.message,
                    ours.iter()
                        .filter(|o| o.file == d.file)
                        .map(|o| (o.line, o.rule.as_str()))
                        .collect::<Vec<_>>()
                )),
                // A load error carries Go's parser message: compat's must
                // quote it.
                Some(o) if d.line.is_none() => {
                    let go_msg = d
                        .message
                        .strip_prefix("parsing //go:build line: ")
                        .unwrap_or(&d.message);
                    if o.rule == "go-build-syntax" && !o.message.contains(go_msg) {
                        diffs.push(format!(
                            "{}: go says {:?}, compat says {:?}",
                            d.file, d.message, o.message
                        ));
                    }
                }
                Some(_) => {}
            }
        }
        for o in &ours {
            if BEYOND_VET.contains(&o.rule.as_str()) {
                continue;
            }
            let hit = vet.iter().any(|d| {
                d.file == o.file
                    && d.line.is_none_or(|l| l == o.line)
                    && rules_for(&d.message).contains(&o.rule.as_str())
            });
            if !hit {
                diffs.push(format!(
                    "compat: {}:{}: {} ({}) -- vet reports nothing there",
                    o.file, o.line, o.rule, o.message
                ));
            }
        }
        all_vet.extend(vet);
        all_ours.extend(ours);
    }
    (all_vet, all_ours, diffs)
}

fn fail_on(diffs: &[String]) {
    for d in diffs {
        eprintln!("MISMATCH {d}");
    }
    assert!(diffs.is_empty(), "{} mismatches with go vet", diffs.len());
}

#[test]
fn buildtags_agrees_with_go_vet() {
    if !go_available() {
        return;
    }
    let (tmp, root) = fixture();
    let (vet, ours, diffs) = compare(tmp.path(), &root, PACKAGES);
    eprintln!(
        "go vet: {}; compat: {}",
        compat_report::render::count(vet.len(), "diagnostic", "diagnostics"),
        compat_report::render::count(ours.len(), "finding", "findings")
    );
    fail_on(&diffs);

    // The fixture exercises every vet check Go 1.19 can make on these
    // files, so a change in how vet's output is read cannot pass silently.
    for want in [
        "misplaced //go:build comment",
        "multiple //go:build comments",
        "misplaced +build comment",
        "invalid double negative in build constraint",
        "invalid non-alphanumeric build constraint",
        "+build lines do not match //go:build condition",
        "expression too complex for // +build lines",
        "parsing //go:build line: invalid syntax at &",
    ] {
        assert!(
            vet.iter().any(|d| d.message.starts_with(want)),
            "go vet reported no {want:?}: {vet:#?}"
        );
    }
    // And each rule beyond vet is found somewhere in it.
    for rule in BEYOND_VET {
        assert!(
            ours.iter().any(|o| o.rule == *rule),
            "the fixture has no {rule} finding: {ours:#?}"
        );
    }
    // The clean files are clean for both (obsolete.go is clean for vet, and
    // only go-plus-build-obsolete for compat: the module says go 1.18).
    for clean in ["tags/clean.go", "tags/obsolete.go"] {
        assert!(!vet.iter().any(|d| d.file == clean), "vet reports {clean}");
        assert!(
            !ours
                .iter()
                .any(|o| o.file == clean && o.rule != "go-plus-build-obsolete"),
            "compat reports {clean}"
        );
    }
}

#[test]
fn possible_malformed_plus_build_agrees_with_go_vet() {
    if !go_available() {
        return;
    }
    let (tmp, root) = fixture();
    let (vet, _, diffs) = compare(tmp.path(), &root, KNOWN_GAPS);
    assert_eq!(vet.len(), 2, "{vet:#?}");
    fail_on(&diffs);
}
