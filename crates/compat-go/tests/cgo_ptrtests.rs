//! Go's own cgo pointer tests against `compat go cgo`.
//!
//! `src/cmd/cgo/internal/testerrors/ptr_test.go` of the newest toolchain
//! (Go 1.27.3) holds 48 labelled cases (`ptrTests`: C preamble, imports,
//! support code, a function body, `fail: true` when cgocheck must panic).
//! This test reads that file at test time (its cases are not copied into
//! this repository), turns each case into a Go file as the Go test does
//! (preamble `c` and `c1`, `import "C"`, the imports, `support`, then
//! `func NAME() { body }`), runs compat on it, and asserts:
//!
//! - every `fail: false` case gets no finding at all;
//! - every `fail: true` case gets the pointer rule it breaks:
//!   `go-cgo-go-pointer-stored` for the `barrier*` cases (a Go pointer
//!   written into C memory), `go-cgo-export-returns-go-pointer` for the
//!   cases whose support code is an `//export` function, and
//!   `go-cgo-go-pointer-passed` for the rest, unless the case is in
//!   [`UNDECIDABLE`] with the reason compat cannot decide it statically.
//!
//! Tally (Go 1.27.3): 22 `fail: true` cases, 22 caught, none undecidable;
//! 26 `fail: false` cases, no finding on any. Two caught cases also get a
//! second, `go-cgo-go-pointer-passed` finding ([`EXTRA`]): after storing
//! the array into C memory they clear its only pointer element (`n[0] =
//! nil`) and pass the array to C; compat merges array elements, so it
//! still sees the old pointer there.
//!
//! The toolchain is found as `$COMPAT_CORPUS/go/1.27.3/go` (default
//! `~/.cache/compat-corpus`); without it the test fails and says to run
//! `scripts/fetch-go-toolchains.sh` under CI (`compat_testkit::gotool`); elsewhere skipped with a message.

#![allow(clippy::print_stderr)]

use std::collections::BTreeSet;

use compat_go::cgo::{check, CgoOptions};
use compat_go::syntax::{self, descendants, Node, Syntax};

mod common;

const VERSION: &str = "1.27.3";

/// `fail: true` cases compat cannot decide from the source, with why.
const UNDECIDABLE: &[(&str, &str)] = &[];

/// Cases that get a finding besides the expected one, with why.
const EXTRA: &[(&str, &str)] = &[
    (
        "barriergcprogarrayheap",
        "n[0] = nil clears the array's only pointer before C.f18c gets it; compat merges array elements",
    ),
    (
        "barriergcprogstructheap",
        "n.a[0] = nil clears the array's only pointer before C.f20c gets it; compat merges array elements",
    ),
];

/// One `ptrTest`.
#[derive(Debug, Default)]
struct Case {
    name: String,
    c: String,
    c1: String,
    imports: Vec<String>,
    support: String,
    body: String,
    fail: bool,
}

fn unquote(s: &Syntax, n: Node<'_>) -> String {
    let t = s.text_of(n);
    match n.kind() {
        "raw_string_literal" => t.trim_matches('`').to_owned(),
        "interpreted_string_literal" => {
            let inner = &t[1..t.len() - 1];
            let mut out = String::new();
            let mut it = inner.chars();
            while let Some(c) = it.next() {
                if c == '\\' {
                    match it.next() {
                        Some('n') => out.push('\n'),
                        Some('t') => out.push('\t'),
                        Some(o) => out.push(o),
                        None => {}
                    }
                } else {
                    out.push(c);
                }
            }
            out
        }
        k => panic!("not a string literal: {k}: {t}"),
    }
}

fn named(n: Node<'_>) -> Vec<Node<'_>> {
    let mut c = n.walk();
    n.named_children(&mut c)
        .filter(|k| k.kind() != "comment")
        .collect()
}

/// The cases of ptr_test.go, read with compat's own Go parser.
fn cases(text: &str) -> Vec<Case> {
    let s = syntax::parse(text).unwrap();
    let spec = descendants(s.root())
        .find(|n| {
            n.kind() == "var_spec"
                && n.child_by_field_name("name")
                    .is_some_and(|x| s.text_of(x) == "ptrTests")
        })
        .expect("var ptrTests");
    let lit = descendants(spec)
        .find(|n| n.kind() == "literal_value")
        .expect("ptrTests literal");
    let mut out = Vec::new();
    for el in named(lit) {
        let value = named(el)
            .into_iter()
            .find(|k| k.kind() == "literal_value")
            .expect("a case literal");
        let mut case = Case::default();
        for kv in named(value)
            .into_iter()
            .filter(|k| k.kind() == "keyed_element")
        {
            let parts = named(kv);
            let key = s.text_of(parts[0]).trim().to_owned();
            let v = named(parts[1])[0];
            match key.as_str() {
                "name" => case.name = unquote(&s, v),
                "c" => case.c = unquote(&s, v),
                "c1" => case.c1 = unquote(&s, v),
                "support" => case.support = unquote(&s, v),
                "body" => case.body = unquote(&s, v),
                "fail" => case.fail = s.text_of(v) == "true",
                "imports" => {
                    let body = v.child_by_field_name("body").unwrap();
                    case.imports = named(body)
                        .into_iter()
                        .map(|e| unquote(&s, named(e)[0]))
                        .collect();
                }
                _ => {}
            }
        }
        out.push(case);
    }
    out
}

/// The Go file of a case, as ptr_test.go assembles it.
fn source(c: &Case) -> String {
    let mut f = format!(
        "package main\n\n/*\n{}\n{}\n*/\nimport \"C\"\n\n",
        c.c, c.c1
    );
    for i in &c.imports {
        f.push_str(&format!("import {i:?}\n"));
    }
    f.push_str(&format!(
        "\n{}\nfunc {}() {{\n{}\n}}\n",
        c.support, c.name, c.body
    ));
    f
}

fn expected_rule(c: &Case) -> &'static str {
    if c.support.contains("//export") {
        "go-cgo-export-returns-go-pointer"
    } else if c.name.starts_with("barrier") {
        "go-cgo-go-pointer-stored"
    } else {
        "go-cgo-go-pointer-passed"
    }
}

#[test]
fn go_pointer_tests_agree() {
    let Some(root) = common::goroot(VERSION) else {
        return;
    };
    let file = root.join("src/cmd/cgo/internal/testerrors/ptr_test.go");
    let text = std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
    let cases = cases(&text);
    assert_eq!(cases.len(), 48, "ptr_test.go has 48 cases in Go {VERSION}");
    let tmp = tempfile::tempdir().unwrap();
    let mut problems = Vec::new();
    let (mut fails, mut caught, mut oks) = (0, 0, 0);
    for c in &cases {
        let dir = tmp.path().join(&c.name);
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("case.go"), source(c)).unwrap();
        let report = check(&[dir], &CgoOptions::default());
        assert!(report.errors.is_empty(), "{}: {:?}", c.name, report.errors);
        let rules: BTreeSet<&str> = report.findings.iter().map(|f| f.rule.as_str()).collect();
        if c.fail {
            fails += 1;
            let want = expected_rule(c);
            let undecidable = UNDECIDABLE.iter().any(|(n, _)| *n == c.name);
            if rules.contains(want) {
                caught += 1;
                if undecidable {
                    problems.push(format!("{}: listed as undecidable but caught", c.name));
                }
                let extra: Vec<_> = rules.iter().filter(|r| **r != want).collect();
                let allowed = EXTRA.iter().any(|(n, _)| *n == c.name);
                if extra.is_empty() == allowed {
                    problems.push(format!(
                        "{}: other findings {extra:?} (allowed: {allowed})",
                        c.name
                    ));
                }
            } else if !undecidable {
                problems.push(format!("{}: fail case without {want}: {rules:?}", c.name));
            }
        } else {
            oks += 1;
            if !rules.is_empty() {
                let msgs: Vec<_> = report
                    .findings
                    .iter()
                    .map(|f| format!("{}: {}", f.rule, f.message))
                    .collect();
                problems.push(format!(
                    "{}: ok case with findings:\n  {}",
                    c.name,
                    msgs.join("\n  ")
                ));
            }
        }
    }
    eprintln!("ptr_test.go (Go {VERSION}): {caught} of {fails} fail cases caught, {oks} ok cases");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    assert_eq!((fails, caught, oks), (22, 22 - UNDECIDABLE.len(), 26));
}
