//! Shared by the `compat go cgo` tests: the fixture tree, the options the
//! fixtures are written for, their `// want:` comments, and the Go
//! toolchains of the compat corpus.
#![allow(dead_code, clippy::print_stderr)]

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use compat_go::cgo::CgoOptions;

/// The fixture tree.
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cgo")
}

/// The options the fixtures are written for.
pub fn options() -> CgoOptions {
    CgoOptions {
        takes_ownership: vec!["take".into()],
    }
}

/// The expectations of the fixtures: (file, line, rule) of every `// want:`
/// comment naming a rule, and (file, line, rule) of the negative cases
/// (`// want: !RULE`).
pub struct Wants {
    pub positive: BTreeSet<(String, u32, String)>,
    pub negative: BTreeSet<(String, u32, String)>,
}

pub fn wants(dir: &Path) -> Wants {
    let mut out = BTreeSet::new();
    let mut neg = BTreeSet::new();
    let mut files: Vec<PathBuf> = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "go") {
                files.push(p);
            }
        }
    }
    for f in files {
        let text = std::fs::read_to_string(&f).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        let mut pending: Vec<String> = Vec::new();
        for (i, line) in lines.iter().enumerate() {
            let Some(pos) = line.find("// want: ") else {
                for r in pending.drain(..) {
                    out.insert((f.display().to_string(), i as u32 + 1, r));
                }
                continue;
            };
            let spec = &line[pos + "// want: ".len()..];
            let spec = spec.split(" (").next().unwrap_or(spec);
            let all: Vec<String> = spec
                .split(',')
                .map(|r| r.trim().to_owned())
                .filter(|r| r != "none" && !r.is_empty())
                .collect();
            let (nots, rules): (Vec<String>, Vec<String>) =
                all.into_iter().partition(|r| r.starts_with('!'));
            let standalone = line[..pos].trim().is_empty();
            // A standalone comment applies to the next line that is not a
            // `want` comment.
            let target = if standalone {
                let mut j = i + 1;
                while j < lines.len() && lines[j].trim_start().starts_with("// want: ") {
                    j += 1;
                }
                j as u32 + 1
            } else {
                i as u32 + 1
            };
            for r in nots {
                neg.insert((f.display().to_string(), target, r[1..].to_owned()));
            }
            if standalone {
                pending.extend(rules);
            } else {
                for r in pending.drain(..) {
                    out.insert((f.display().to_string(), i as u32 + 1, r));
                }
                for r in rules {
                    out.insert((f.display().to_string(), i as u32 + 1, r));
                }
            }
        }
    }
    Wants {
        positive: out,
        negative: neg,
    }
}

/// The GOROOT of Go `version` in the compat corpus
/// (`compat_testkit::gotool::goroot`: `None` with a message when it is
/// missing, a failure under CI).
pub fn goroot(version: &str) -> Option<PathBuf> {
    compat_testkit::gotool::goroot(version)
}

/// The top-level functions of a Go file: (name, first line, last line).
pub fn functions(file: &Path) -> Vec<(String, u32, u32)> {
    let text = std::fs::read_to_string(file).unwrap();
    let s = compat_go::syntax::parse(text).unwrap();
    let mut c = s.root().walk();
    s.root()
        .named_children(&mut c)
        .filter(|n| n.kind() == "function_declaration")
        .filter_map(|n| {
            let name = s.text_of(n.child_by_field_name("name")?).to_owned();
            Some((
                name,
                n.start_position().row as u32 + 1,
                n.end_position().row as u32 + 1,
            ))
        })
        .collect()
}

/// The fixture functions of package directory `pkg` (with their file) that
/// hold `want` comments: name -> (positive rules, negative rules, the doc
/// comment and body text).
pub struct Case {
    pub positive: BTreeSet<String>,
    pub negative: BTreeSet<String>,
    pub text: String,
}

pub fn cases_of(pkg: &Path) -> std::collections::BTreeMap<String, Case> {
    let w = wants(pkg);
    let mut out = std::collections::BTreeMap::new();
    for e in std::fs::read_dir(pkg).unwrap() {
        let f = e.unwrap().path();
        if f.extension().is_none_or(|x| x != "go") {
            continue;
        }
        let text = std::fs::read_to_string(&f).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        let shown = f.display().to_string();
        let funcs = functions(&f);
        for (i, (name, start, end)) in funcs.iter().enumerate() {
            // The doc comment above the function belongs to its case.
            let doc_start = if i == 0 { 1 } else { funcs[i - 1].2 + 1 };
            let in_range = |l: u32| l >= *start && l <= *end;
            let pos: BTreeSet<String> = w
                .positive
                .iter()
                .filter(|(file, l, _)| *file == shown && in_range(*l))
                .map(|(_, _, r)| r.clone())
                .collect();
            let neg: BTreeSet<String> = w
                .negative
                .iter()
                .filter(|(file, l, _)| *file == shown && in_range(*l))
                .map(|(_, _, r)| r.clone())
                .collect();
            if pos.is_empty() && neg.is_empty() {
                continue;
            }
            let from = (doc_start as usize).saturating_sub(1);
            let text = lines[from..(*end as usize).min(lines.len())].join("\n");
            out.insert(
                name.clone(),
                Case {
                    positive: pos,
                    negative: neg,
                    text,
                },
            );
        }
    }
    out
}
