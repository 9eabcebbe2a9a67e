//! The cheap parts of the checker convention (ARCHITECTURE.md, "Checker
//! crates"), checked over the sources of every crate:
//!
//! - the binary constructs no finding (`Finding::new` nowhere under
//!   `crates/compat/src`);
//! - files are written (and opened) only by compat-fs: no `File::create`,
//!   `File::open`, `fs::write`, `fs::rename`, `fs::copy` or `OpenOptions`
//!   anywhere else;
//! - each rule id is named only by the crate that owns its prefix and by the
//!   catalog in compat-report;
//! - every module has a `//!` doc.

use std::path::{Path, PathBuf};

/// Which crates may name the rules of each prefix. A new checker takes a
/// new prefix and adds it here and to ARCHITECTURE.md.
const OWNERS: &[(&str, &[&str])] = &[
    ("abi-", &["compat-abi", "compat-dwarf"]),
    ("ld-", &["compat-ld"]),
    ("go-", &["compat-go"]),
    ("openapi-", &["compat-openapi"]),
    ("schema-", &["compat-schema"]),
    ("policy-", &["compat-policy"]),
    ("deprecation-", &["compat-policy"]),
    ("baseline-", &["compat-policy"]),
    ("compat-", &["compat-report"]),
    ("cli-", &["compat-cli-surface"]),
    ("impact-", &["compat-index"]),
];

/// Crates that may name other crates' rules without constructing them: the
/// policy layer interprets findings (a removal a deprecation accepts); the
/// index turns compat-ld's findings about a consumer into its impact cell;
/// the dashboard's impact matrix matches consumer-scoped waivers to the
/// consumer finding a recorded provider finding becomes.
const READERS: &[&str] = &["compat-policy", "compat-index", "compat-dashboard"];

/// Spellings of writing or opening a file without compat-fs.
const FILE_IO: &[&str] = &[
    "File::create",
    "File::open",
    "fs::write(",
    "fs::rename(",
    "fs::copy(",
    "OpenOptions",
];

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Every `.rs` file under `crates/*/src`, with its crate's directory name.
fn sources() -> Vec<(String, PathBuf, String)> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
            .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
            .map(|e| e.unwrap().path())
            .collect();
        entries.sort();
        for p in entries {
            if p.is_dir() {
                walk(&p, out);
            } else if p.extension().is_some_and(|x| x == "rs") {
                out.push(p);
            }
        }
    }
    let mut out = Vec::new();
    let crates = workspace().join("crates");
    let mut names: Vec<PathBuf> = std::fs::read_dir(&crates)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.join("src").is_dir())
        .collect();
    names.sort();
    for krate in names {
        let name = krate.file_name().unwrap().to_string_lossy().into_owned();
        let mut files = Vec::new();
        walk(&krate.join("src"), &mut files);
        for f in files {
            let text = std::fs::read_to_string(&f).unwrap();
            out.push((name.clone(), f, text));
        }
    }
    assert!(out.len() > 50, "found only {} source files", out.len());
    out
}

/// The lines of `text` that are code (not `//` comments), with numbers.
fn code_lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim_start().starts_with("//"))
        .map(|(i, l)| (i + 1, l))
}

fn shown(path: &Path) -> String {
    path.strip_prefix(workspace())
        .unwrap_or(path)
        .display()
        .to_string()
}

#[test]
fn the_binary_constructs_no_finding() {
    let mut bad = Vec::new();
    for (krate, path, text) in sources() {
        if krate != "compat" {
            continue;
        }
        for (n, line) in code_lines(&text) {
            if line.contains("Finding::new(") {
                bad.push(format!("{}:{n}: {}", shown(&path), line.trim()));
            }
        }
    }
    assert!(
        bad.is_empty(),
        "checks belong in library crates (ARCHITECTURE.md, \"Checker crates\"):\n{}",
        bad.join("\n")
    );
}

#[test]
fn files_are_written_and_opened_only_by_compat_fs() {
    let mut bad = Vec::new();
    for (krate, path, text) in sources() {
        if krate == "compat-fs" {
            continue;
        }
        for (n, line) in code_lines(&text) {
            for what in FILE_IO {
                // `compat_fs::write_atomic` is the way, not a violation.
                let hit = line.match_indices(what).any(|(i, _)| {
                    let before = line[..i].chars().next_back();
                    !before.is_some_and(|c| c.is_alphanumeric() || c == '_')
                });
                if hit {
                    bad.push(format!("{}:{n}: {}", shown(&path), line.trim()));
                }
            }
        }
    }
    assert!(
        bad.is_empty(),
        "use compat_fs (read, write_atomic, replace_in_tree):\n{}",
        bad.join("\n")
    );
}

#[test]
fn rules_are_named_only_by_their_owning_crate_and_the_catalog() {
    let files = sources();
    let mut bad = Vec::new();
    for rule in compat_report::RULES {
        let Some((_, owners)) = OWNERS.iter().find(|(p, _)| rule.id.starts_with(p)) else {
            bad.push(format!(
                "{}: no owning crate for its prefix (add it to OWNERS here and to ARCHITECTURE.md)",
                rule.id
            ));
            continue;
        };
        let quoted = format!("\"{}\"", rule.id);
        let mut named = false;
        for (krate, path, text) in &files {
            // The catalog names every rule; a rule of the report layer's own
            // (compat-output-truncated) is constructed there too.
            if krate == "compat-report" && !owners.contains(&"compat-report") {
                continue;
            }
            for (n, line) in code_lines(text) {
                if !line.contains(&quoted) {
                    continue;
                }
                if owners.contains(&krate.as_str()) {
                    named = true;
                } else if READERS.contains(&krate.as_str()) {
                    // Reading, not constructing.
                } else {
                    bad.push(format!(
                        "{}:{n}: {} belongs to {}",
                        shown(path),
                        rule.id,
                        owners.join(" or ")
                    ));
                }
            }
        }
        if !named {
            bad.push(format!("{}: not named by {}", rule.id, owners.join(" or ")));
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

#[test]
fn every_module_has_a_doc() {
    let bad: Vec<String> = sources()
        .into_iter()
        .filter(|(_, _, text)| !text.starts_with("//!"))
        .map(|(_, path, _)| shown(&path))
        .collect();
    assert!(
        bad.is_empty(),
        "start each module with a //! doc saying what it does:\n{}",
        bad.join("\n")
    );
}

/// The compat crates named in a Markdown table cell.
fn crate_names(cell: &str) -> std::collections::BTreeSet<String> {
    let mut out = std::collections::BTreeSet::new();
    let mut rest = cell;
    while let Some(i) = rest.find("compat") {
        let tail = &rest[i..];
        let end = tail
            .find(|c: char| !(c.is_ascii_lowercase() || c == '-'))
            .unwrap_or(tail.len());
        let name = tail[..end].trim_end_matches('-');
        if name == "compat" || name.starts_with("compat-") {
            out.insert(name.to_owned());
        }
        rest = &tail[end.max(1)..];
    }
    out
}

#[test]
fn crate_dependencies_follow_the_architecture_table() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let arch = std::fs::read_to_string(root.join("ARCHITECTURE.md")).unwrap();
    let start = arch
        .find("### What may depend on what")
        .expect("ARCHITECTURE.md has the dependency table");
    let mut allowed = std::collections::BTreeMap::new();
    for line in arch[start..].lines().skip(1) {
        let cells: Vec<&str> = line.split('|').map(str::trim).collect();
        if line.starts_with("| compat") && cells.len() >= 3 {
            allowed.insert(cells[1].to_owned(), crate_names(cells[2]));
        } else if line.starts_with("**") || line.starts_with("###") {
            break;
        }
    }
    let mut bad = Vec::new();
    for entry in std::fs::read_dir(root.join("crates")).unwrap() {
        let dir = entry.unwrap().path();
        let name = dir.file_name().unwrap().to_string_lossy().into_owned();
        let Ok(manifest) = std::fs::read_to_string(dir.join("Cargo.toml")) else {
            continue;
        };
        let Some(ok) = allowed.get(&name) else {
            bad.push(format!("{name}: not in ARCHITECTURE.md's dependency table"));
            continue;
        };
        let deps = manifest
            .split("\n[")
            .find(|s| s.starts_with("dependencies]"))
            .unwrap_or("");
        for line in deps.lines().skip(1) {
            let dep = line.split(['.', '=', ' ']).next().unwrap_or("");
            if dep.starts_with("compat-") && !ok.contains(dep) {
                bad.push(format!(
                    "{name} depends on {dep}, which the table does not allow"
                ));
            }
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}
