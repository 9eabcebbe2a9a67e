//! The go1.22 loop-variable analysis (`compat_go::loopvar`) on the fixture
//! programs of `tests/loopvar/`, each a small `main` package (or a
//! `_test.go` file run with `go test`) whose loops carry a comment
//!
//! ```text
//! // want: go-loopvar-semantics-change NAME CERTAINTY -- reason
//! // want: go-loopvar-heap-alloc NAME -- reason
//! // want: none -- reason
//! ```
//!
//! on the loop's line or the line above it (entries separated by `;`).
//!
//! - `findings_equal_want_comments`: compat's findings are exactly the
//!   `want:` comments (rule, variable, certainty), nothing on other lines.
//! - `toolchain_oracle`: with the real go1.22.10 toolchain, (a) each program
//!   run with go.mod at `go 1.21` and at `go 1.22` prints differently if
//!   and only if it expects a semantics change; (b) the compiler's own list
//!   (`-gcflags=-d=loopvar=3`) holds every variable compat flags, heap-
//!   allocated whenever compat blames the variable's address; the test
//!   prints how compat classifies each variable the compiler moved to the
//!   heap. Fails when the toolchain is missing (run
//!   scripts/fetch-go-toolchains.sh); skipped with a message elsewhere.
//! - `std_packages_against_the_compiler`: real code. Ten packages of Go's
//!   own tree (with their tests) compiled by go1.27.3 with
//!   `-d=loopvar=3`: every variable compat reports as a certain or likely
//!   behaviour change, or as an allocation change, is one the compiler makes
//!   per-iteration; the test prints how many of each kind, and how many of
//!   the "possible" ones, the compiler lists. Same toolchain rule as above.
//! - `range_over_func_oracle`: fixtures marked `// oracle: go1.23` range
//!   over functions (Go 1.23), so go1.22.10 cannot build them: with
//!   go1.23.9 each builds and runs at `go 1.23`, fails to build at `go 1.22`
//!   and with a `//go:build go1.22` line (no file using range-over-func can
//!   keep go1.21 semantics), and the compiler's `-d=loopvar=3` list holds
//!   every variable compat flags and none of a loop whose want comment says
//!   `none`. Same toolchain rule as above.
//! - `broken_files_*`: syntax errors and truncated files never panic, and
//!   the loops that parse are still analysed.
//!
//! Fixtures with a `// held-out: round N` line were written before compat
//! ran on them; the line records compat's verdict then
//! (`scripts/bench-go-loopvar.py` reports those first-run figures). From
//! round 5 on, `tests/loopvar/held-out-roundN.txt` keeps the ground truth
//! recorded before compat ran (both outputs and the compiler's loop log)
//! and compat's first run.
#![allow(clippy::print_stderr)] // the oracle prints its table

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::Command;

use compat_go::loopvar::{analyse, check_file, Change, LoopVar};
use compat_go::syntax::parse;

fn fixtures_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/loopvar")
}

/// Every fixture file, sorted.
fn fixtures() -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = std::fs::read_dir(fixtures_dir())
        .expect("tests/loopvar")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "go"))
        .collect();
    out.sort();
    out
}

/// One expected finding (or its absence) for a loop line.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Want {
    line: u32,
    rule: String,
    var: String,
    certainty: Option<String>,
}

/// The `want:` comments of a fixture: expected findings, and the lines
/// that carry a comment (a `none` included).
fn wants(text: &str) -> (BTreeSet<Want>, BTreeSet<u32>) {
    let lines: Vec<&str> = text.lines().collect();
    let mut out = BTreeSet::new();
    let mut covered = BTreeSet::new();
    for (i, l) in lines.iter().enumerate() {
        let Some(at) = l.find("// want:") else {
            continue;
        };
        let spec = &l[at + "// want:".len()..];
        let spec = spec.split(" -- ").next().unwrap_or_default();
        // The loop is on this line when code precedes the comment, else on
        // the next line of code.
        let line = if l[..at].trim().is_empty() {
            let next = (i + 1..lines.len())
                .find(|j| {
                    let t = lines[*j].trim();
                    !t.is_empty() && !t.starts_with("//")
                })
                .unwrap_or_else(|| panic!("want comment at line {} has no loop after it", i + 1));
            next as u32 + 1
        } else {
            i as u32 + 1
        };
        covered.insert(line);
        for entry in spec.split(';').map(str::trim) {
            if entry == "none" {
                continue;
            }
            let words: Vec<&str> = entry.split_whitespace().collect();
            match words.as_slice() {
                [rule, var] => out.insert(Want {
                    line,
                    rule: (*rule).into(),
                    var: (*var).into(),
                    certainty: None,
                }),
                [rule, var, c] => out.insert(Want {
                    line,
                    rule: (*rule).into(),
                    var: (*var).into(),
                    certainty: Some((*c).into()),
                }),
                _ => panic!("line {}: bad want entry {entry:?}", i + 1),
            };
        }
    }
    (out, covered)
}

/// The certainty word of a semantics-change message.
fn certainty_in(message: &str) -> Option<String> {
    let rest = message.split("outlives its iteration (").nth(1)?;
    Some(rest.split(')').next()?.to_owned())
}

fn read(p: &Path) -> String {
    std::fs::read_to_string(p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

/// compat's findings for a fixture, as `Want`s.
fn found(path: &Path, text: &str) -> BTreeSet<Want> {
    let syntax = parse(text).expect("parses");
    assert!(
        syntax.errors(1).is_empty(),
        "{}: fixture does not parse",
        path.display()
    );
    let shown = path.display().to_string();
    check_file(&shown, &syntax)
        .into_iter()
        .map(|f| {
            let s = &f.subject;
            assert_eq!(s.file.as_deref(), Some(shown.as_str()));
            assert!(s.column.is_some(), "{f:?}");
            assert!(
                f.message.contains("//go:build go1.21") && f.message.contains(" at line "),
                "message must name the line and how to keep the old behaviour: {}",
                f.message
            );
            Want {
                line: s.line.expect("line"),
                rule: f.rule.clone(),
                var: s.symbol.clone().expect("symbol"),
                certainty: if f.rule == "go-loopvar-semantics-change" {
                    certainty_in(&f.message)
                } else {
                    None
                },
            }
        })
        .collect()
}

#[test]
fn there_are_enough_fixtures_in_both_directions() {
    let (mut pos, mut neg) = (0, 0);
    for p in fixtures() {
        let (w, covered) = wants(&read(&p));
        assert!(!covered.is_empty(), "{}: no want comment", p.display());
        if w.iter().any(|w| w.rule == "go-loopvar-semantics-change") {
            pos += 1;
        } else {
            neg += 1;
        }
    }
    assert!(pos + neg >= 40, "{} fixtures", pos + neg);
    assert!(
        pos >= 15 && neg >= 15,
        "{pos} positive, {neg} negative fixtures"
    );
}

#[test]
fn findings_equal_want_comments() {
    let mut failures = Vec::new();
    for p in fixtures() {
        let text = read(&p);
        let (want, covered) = wants(&text);
        let got = found(&p, &text);
        for g in &got {
            if !covered.contains(&g.line) {
                failures.push(format!(
                    "{}:{}: unexpected {} {} (no want comment)",
                    p.display(),
                    g.line,
                    g.rule,
                    g.var
                ));
            }
        }
        let name = p.file_name().unwrap().to_string_lossy().into_owned();
        for w in want.difference(&got) {
            failures.push(format!("{name}:{}: missing {w:?}", w.line));
        }
        for g in got.difference(&want) {
            if covered.contains(&g.line) {
                failures.push(format!("{name}:{}: unexpected {g:?}", g.line));
            }
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn broken_files_keep_the_loops_that_parse() {
    let text = read(&fixtures_dir().join("closures_appended.go"));
    // A function that does not parse, before and after the good one.
    let broken = text.replacen(
        "func main() {",
        "func broken( {\n\tfor x := range {\n}\n\nfunc main() {",
        1,
    ) + "\nfunc tail() { for i := 0; i < ; i++ { go func() { _ = i }( }\n";
    let s = parse(broken).unwrap();
    assert!(!s.errors(10).is_empty());
    let got = analyse(&s);
    assert!(
        got.iter()
            .any(|v| v.name == "v" && matches!(v.change, Change::Semantics { .. })),
        "{got:?}"
    );
}

#[test]
fn broken_files_truncated_anywhere_never_panic() {
    for name in [
        "nested_loops_outer.go",
        "labeled_continue.go",
        "parallel_subtests_test.go",
        "method_call_pointer.go",
    ] {
        let text = read(&fixtures_dir().join(name));
        let bytes = text.as_bytes();
        let mut cut = 0;
        while cut <= bytes.len() {
            let prefix = String::from_utf8_lossy(&bytes[..cut]).into_owned();
            let s = parse(prefix).unwrap();
            let _ = check_file(name, &s);
            // A hole in the middle, too.
            let mut holed = bytes[..cut / 2].to_vec();
            holed.extend_from_slice(&bytes[cut..]);
            let s = parse(String::from_utf8_lossy(&holed).into_owned()).unwrap();
            let _ = check_file(name, &s);
            cut += 3;
        }
    }
}

// ---------------------------------------------------------------------
// The toolchain oracle.

const ORACLE_GO: &str = "1.22.10";

/// The `go` binary of Go `version` (see `compat_testkit::gotool::goroot`).
fn toolchain(version: &str) -> Option<PathBuf> {
    compat_testkit::gotool::goroot(version).map(|r| r.join("bin/go"))
}

/// A scratch module for one fixture, with its own go.mod line.
struct Module {
    dir: tempfile::TempDir,
    test: bool,
}

struct Go {
    bin: PathBuf,
    home: tempfile::TempDir,
}

impl Go {
    fn command(&self, dir: &Path) -> Command {
        let mut c = Command::new(&self.bin);
        let home = self.home.path();
        c.current_dir(dir)
            .env("HOME", home)
            .env("GOCACHE", home.join("cache"))
            .env("GOPATH", home.join("gopath"))
            .env("GOFLAGS", "-mod=mod")
            .env("GOPROXY", "off")
            .env("GOTOOLCHAIN", "local")
            .env("GOTELEMETRY", "off")
            .env("GOENV", "off")
            .env("CGO_ENABLED", "0")
            .env_remove("GOROOT")
            .env_remove("GOOS")
            .env_remove("GOARCH");
        c
    }

    fn module(&self, fixture: &Path) -> Module {
        let dir = tempfile::tempdir().expect("tempdir");
        let name = fixture.file_name().unwrap().to_string_lossy().into_owned();
        let test = name.ends_with("_test.go");
        let target = if test { "main_test.go" } else { "main.go" };
        std::fs::copy(fixture, dir.path().join(target)).expect("copy fixture");
        Module { dir, test }
    }

    fn set_go_line(m: &Module, version: &str) {
        std::fs::write(
            m.dir.path().join("go.mod"),
            format!("module fixture\n\ngo {version}\n"),
        )
        .expect("go.mod");
    }

    /// The program's output (for a test: its `result` lines).
    fn run(&self, m: &Module) -> Result<String, String> {
        let out = if m.test {
            self.command(m.dir.path())
                .args(["test", "-count=1", "-v", "."])
                .output()
        } else {
            self.command(m.dir.path()).args(["run", "."]).output()
        }
        .map_err(|e| e.to_string())?;
        let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
        if !out.status.success() {
            return Err(format!("{stdout}{}", String::from_utf8_lossy(&out.stderr)));
        }
        Ok(if m.test {
            stdout
                .lines()
                .filter(|l| l.starts_with("result"))
                .collect::<Vec<_>>()
                .join("\n")
        } else {
            stdout
        })
    }

    /// The compiler's loop log: (line, column, name) -> heap-allocated.
    fn loop_log(&self, m: &Module) -> Result<BTreeMap<(u32, u32, String), bool>, String> {
        let args: &[&str] = if m.test {
            &[
                "test",
                "-c",
                "-o",
                "/dev/null",
                "-gcflags=-d=loopvar=3",
                ".",
            ]
        } else {
            &["build", "-o", "/dev/null", "-gcflags=-d=loopvar=3", "."]
        };
        let out = self
            .command(m.dir.path())
            .args(args)
            .output()
            .map_err(|e| e.to_string())?;
        let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
        if !out.status.success() {
            return Err(stderr);
        }
        Ok(parse_loop_log(&stderr))
    }
}

/// `./main.go:12:9: loop variable v now per-iteration, heap-allocated`
/// lines (the wording of cmd/compile/internal/loopvar), by position.
fn parse_loop_log(stderr: &str) -> BTreeMap<(u32, u32, String), bool> {
    let mut out = BTreeMap::new();
    for l in stderr.lines() {
        let Some((pos, msg)) = l.split_once(": loop variable ") else {
            continue;
        };
        let mut parts = pos.rsplitn(3, ':');
        let (Some(col), Some(line)) = (parts.next(), parts.next()) else {
            continue;
        };
        let (Ok(line), Ok(col)) = (line.parse(), col.parse()) else {
            continue;
        };
        let Some((name, rest)) = msg.split_once(" now per-iteration, ") else {
            continue;
        };
        out.insert(
            (line, col, name.to_owned()),
            rest.starts_with("heap-allocated"),
        );
    }
    out
}

/// What one fixture showed with the toolchain.
struct Observed {
    name: String,
    want_change: bool,
    outputs: Option<(String, String)>,
    log: BTreeMap<(u32, u32, String), bool>,
    compat: Vec<LoopVar>,
}

/// What a fixture showed; `None` for the go1.23 ones (another test).
fn observe(go: &Go, fixture: &Path) -> Result<Option<Observed>, String> {
    let name = fixture.file_name().unwrap().to_string_lossy().into_owned();
    let text = read(fixture);
    let (want, _) = wants(&text);
    let want_change = want.iter().any(|w| w.rule == "go-loopvar-semantics-change");
    let m = go.module(fixture);
    if text.contains("// oracle: go1.23") {
        return Ok(None);
    }
    let outputs = if text.contains("// oracle: go1.22-only") {
        None
    } else {
        Go::set_go_line(&m, "1.21");
        let old = go.run(&m).map_err(|e| format!("{name} at go 1.21: {e}"))?;
        Go::set_go_line(&m, "1.22");
        let new = go.run(&m).map_err(|e| format!("{name} at go 1.22: {e}"))?;
        Some((old, new))
    };
    Go::set_go_line(&m, "1.22");
    let log = go
        .loop_log(&m)
        .map_err(|e| format!("{name}: build with -d=loopvar=3: {e}"))?;
    let compat = analyse(&parse(text).expect("parses"));
    Ok(Some(Observed {
        name,
        want_change,
        outputs,
        log,
        compat,
    }))
}

#[test]
fn toolchain_oracle() {
    let Some(bin) = toolchain(ORACLE_GO) else {
        return;
    };
    let go = Go {
        bin,
        home: tempfile::tempdir().expect("tempdir"),
    };
    let all = fixtures();
    // Two workers: the machine has two cores and go is mostly link time here.
    let results: Vec<Result<Option<Observed>, String>> = std::thread::scope(|s| {
        let (a, b) = all.split_at(all.len() / 2);
        let go = &go;
        let h1 = s.spawn(move || a.iter().map(|f| observe(go, f)).collect::<Vec<_>>());
        let h2 = s.spawn(move || b.iter().map(|f| observe(go, f)).collect::<Vec<_>>());
        let mut r = h1.join().expect("worker");
        r.extend(h2.join().expect("worker"));
        r
    });
    let mut failures = Vec::new();
    let mut table = Vec::new();
    for r in results {
        let o = match r {
            Ok(Some(o)) => o,
            Ok(None) => continue,
            Err(e) => {
                failures.push(e);
                continue;
            }
        };
        // (a) output differs iff a semantics change is expected.
        if let Some((old, new)) = &o.outputs {
            let differs = old != new;
            if differs != o.want_change {
                failures.push(format!(
                    "{}: expects {} but go 1.21 printed {old:?} and go 1.22 printed {new:?}",
                    o.name,
                    if o.want_change {
                        "a change"
                    } else {
                        "no change"
                    }
                ));
            }
        }
        // (b) the compiler's list.
        for v in &o.compat {
            let key = (v.line, v.column, v.name.clone());
            let by_address = match &v.change {
                Change::Semantics { by_address, .. } | Change::HeapAlloc { by_address, .. } => {
                    *by_address
                }
            };
            match o.log.get(&key) {
                None => failures.push(format!(
                    "{}:{}:{}: compat flags {} but the compiler does not make it per-iteration",
                    o.name, v.line, v.column, v.name
                )),
                Some(false) if by_address => failures.push(format!(
                    "{}:{}:{}: compat blames {}'s address but the compiler keeps it on the stack",
                    o.name, v.line, v.column, v.name
                )),
                Some(_) => {}
            }
        }
        for ((line, col, name), heap) in &o.log {
            let compat = o
                .compat
                .iter()
                .find(|v| v.line == *line && v.column == *col && v.name == *name);
            let verdict = match compat.map(|v| &v.change) {
                Some(Change::Semantics { certainty, .. }) => {
                    format!("semantics-change ({})", certainty.as_str())
                }
                Some(Change::HeapAlloc { .. }) => "heap-alloc".to_owned(),
                None => "none".to_owned(),
            };
            table.push(format!(
                "{:<32} {:>4}:{:<3} {:<6} {:<15} compat: {verdict}",
                o.name,
                line,
                col,
                name,
                if *heap {
                    "heap-allocated"
                } else {
                    "stack-allocated"
                },
            ));
        }
    }
    eprintln!("the compiler's per-iteration variables (go {ORACLE_GO}, -d=loopvar=3) and compat's verdicts:");
    for row in &table {
        eprintln!("  {row}");
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

/// The toolchain of the range-over-func fixtures (the first with it).
const RANGE_FUNC_GO: &str = "1.23.9";

/// The go1.23 fixtures: range-over-func loops. See the module doc.
#[test]
fn range_over_func_oracle() {
    let Some(bin) = toolchain(RANGE_FUNC_GO) else {
        return;
    };
    let go = Go {
        bin,
        home: tempfile::tempdir().expect("tempdir"),
    };
    let mut failures = Vec::new();
    let mut seen = 0;
    for fixture in fixtures() {
        let text = read(&fixture);
        if !text.contains("// oracle: go1.23") {
            continue;
        }
        seen += 1;
        let name = fixture.file_name().unwrap().to_string_lossy().into_owned();
        let m = go.module(&fixture);
        Go::set_go_line(&m, "1.23");
        if let Err(e) = go.run(&m) {
            failures.push(format!("{name} at go 1.23: {e}"));
            continue;
        }
        let log = match go.loop_log(&m) {
            Ok(l) => l,
            Err(e) => {
                failures.push(format!("{name}: build with -d=loopvar=3: {e}"));
                continue;
            }
        };
        for v in analyse(&parse(text.clone()).expect("parses")) {
            if !log.contains_key(&(v.line, v.column, v.name.clone())) {
                failures.push(format!(
                    "{name}:{}: compat flags {} but the compiler does not make it per-iteration",
                    v.line, v.name
                ));
            }
        }
        let (want, covered) = wants(&text);
        for (line, _, var) in log.keys() {
            if covered.contains(line) && !want.iter().any(|w| w.line == *line) {
                failures.push(format!(
                    "{name}:{line}: the compiler makes {var} per-iteration on a loop whose want comment says none"
                ));
            }
        }
        // No file using range-over-func keeps go1.21 (or go1.22) semantics.
        Go::set_go_line(&m, "1.22");
        match go.loop_log(&m) {
            Err(e) if e.contains("requires go1.23 or later") => {}
            other => failures.push(format!("{name} at go 1.22: {other:?}")),
        }
        Go::set_go_line(&m, "1.23");
        let target = if m.test { "main_test.go" } else { "main.go" };
        std::fs::write(
            m.dir.path().join(target),
            format!("//go:build go1.22\n\n{text}"),
        )
        .expect("pinned copy");
        match go.loop_log(&m) {
            Err(e) if e.contains("file declares //go:build go1.22") => {}
            other => failures.push(format!("{name} pinned to go1.22: {other:?}")),
        }
    }
    assert!(seen >= 2, "{seen} go1.23 fixtures");
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

/// Packages of Go's own tree compiled for the real-code check.
const STD_PACKAGES: &[&str] = &[
    "net/http",
    "go/types",
    "encoding/json",
    "testing",
    "text/template",
    "os/exec",
    "sync",
    "go/doc",
    "regexp/syntax",
    "archive/zip",
];

/// The toolchain whose own sources the real-code check compiles.
const STD_GO: &str = "1.27.3";

/// Real code: the packages above (with their tests) compiled by go1.27's
/// compiler with `-d=loopvar=3`, which lists every loop variable it makes
/// per-iteration because a closure or `&` may leak it. Every variable
/// compat reports as a certain or likely behaviour change, or as an
/// allocation change, must be in that list (a variable that is not was
/// never shared in a way anything could see). "Possible" findings, and
/// how many of compat's findings the compiler heap-allocates, are printed.
#[test]
fn std_packages_against_the_compiler() {
    let Some(bin) = toolchain(STD_GO) else {
        return;
    };
    let go = Go {
        bin,
        home: tempfile::tempdir().expect("tempdir"),
    };
    let scratch = tempfile::tempdir().expect("tempdir");
    let mut log = BTreeMap::new();
    let mut files = Vec::new();
    for pkg in STD_PACKAGES {
        let out = go
            .command(scratch.path())
            .args([
                "list",
                "-f",
                "{{.Dir}}|{{join .GoFiles \" \"}} {{join .TestGoFiles \" \"}} {{join .XTestGoFiles \" \"}}",
                pkg,
            ])
            .output()
            .expect("go list");
        let listed = String::from_utf8_lossy(&out.stdout).into_owned();
        let (dir, names) = listed.trim().split_once('|').expect("go list output");
        files.extend(names.split_whitespace().map(|n| Path::new(dir).join(n)));
        let built = go
            .command(scratch.path())
            .args([
                "test",
                "-c",
                "-o",
                "/dev/null",
                "-gcflags=-d=loopvar=3",
                pkg,
            ])
            .output()
            .expect("go test -c");
        let stderr = String::from_utf8_lossy(&built.stderr).into_owned();
        assert!(built.status.success(), "{pkg}: {stderr}");
        for l in stderr.lines() {
            let Some((pos, rest)) = l.split_once(": loop variable ") else {
                continue;
            };
            let mut parts = pos.rsplitn(3, ':');
            let (Some(col), Some(line), Some(file)) = (parts.next(), parts.next(), parts.next())
            else {
                continue;
            };
            let (Ok(line), Ok(col)) = (line.parse::<u32>(), col.parse::<u32>()) else {
                continue;
            };
            let Some((name, how)) = rest.split_once(" now per-iteration, ") else {
                continue;
            };
            log.insert(
                (file.to_owned(), line, col, name.to_owned()),
                how.starts_with("heap-allocated"),
            );
        }
    }
    let mut failures = Vec::new();
    let mut tally: BTreeMap<String, (u32, u32, u32)> = BTreeMap::new();
    for f in &files {
        let text = read(f);
        let Ok(syntax) = parse(text) else { continue };
        for v in analyse(&syntax) {
            let key = (f.display().to_string(), v.line, v.column, v.name.clone());
            let class = match &v.change {
                Change::Semantics { certainty, .. } => {
                    format!("semantics-change ({})", certainty.as_str())
                }
                Change::HeapAlloc {
                    by_address: true, ..
                } => "heap-alloc (address)".to_owned(),
                Change::HeapAlloc { .. } => "heap-alloc (closure)".to_owned(),
            };
            let t = tally.entry(class.clone()).or_default();
            t.0 += 1;
            match log.get(&key) {
                Some(heap) => {
                    t.1 += 1;
                    t.2 += u32::from(*heap);
                }
                None if class != "semantics-change (possible)" => failures.push(format!(
                    "{}:{}:{}: {} reported {class} but the compiler does not make it per-iteration",
                    key.0, key.1, key.2, key.3
                )),
                None => {}
            }
        }
    }
    eprintln!(
        "{} files of {} packages; the compiler lists {} variables ({} heap-allocated)",
        files.len(),
        STD_PACKAGES.len(),
        log.len(),
        log.values().filter(|h| **h).count()
    );
    for (class, (n, listed, heap)) in &tally {
        eprintln!("  {class:<28} {n:>4} reported, {listed:>4} in the compiler's list, {heap:>4} heap-allocated");
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn loop_log_lines_parse() {
    let log = parse_loop_log(
        "# fixture\n./main.go:12:9: loop variable v now per-iteration, heap-allocated\n./main.go:3:6: loop variable i now per-iteration, stack-allocated\n./main.go:4:6: other\n",
    );
    assert_eq!(log.get(&(12, 9, "v".into())), Some(&true));
    assert_eq!(log.get(&(3, 6, "i".into())), Some(&false));
    assert_eq!(log.len(), 2);
}
