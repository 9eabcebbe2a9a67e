//! End-to-end tests of `compat go cgo` through the binary: exit statuses
//! (1 with a breaking finding, 0 on a clean tree or with warnings only, 2
//! when an input cannot be read), the JSON report's positions, `-o
//! FORMAT=PATH`, and `--takes-ownership`.

use std::path::Path;

use serde_json::Value;

mod common;
use common::{compat, Run};

fn write(path: &Path, text: &str) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

fn run(args: &[&str]) -> Run {
    let mut all = vec!["go", "cgo"];
    all.extend_from_slice(args);
    compat(&all)
}

/// (rule, file, line, column) of every finding of a JSON report.
fn findings(report: &Value) -> Vec<(String, String, u64, u64)> {
    report["findings"]
        .as_array()
        .expect("findings is an array")
        .iter()
        .map(|f| {
            let s = &f["subject"];
            (
                f["rule"].as_str().unwrap().to_owned(),
                s["file"].as_str().unwrap_or_default().to_owned(),
                s["line"].as_u64().unwrap_or(0),
                s["column"].as_u64().unwrap_or(0),
            )
        })
        .collect()
}

const GO_MOD: &str = "module example.com/m\n\ngo 1.21\n";

/// A Pinner left pinned (breaking) and a C.CString leak (warning).
const BAD: &str = r#"package m

/*
#include <stdlib.h>
static void keep(void *p) { (void)p; }
static void puts2(const char *s) { (void)s; }
*/
import "C"

import (
	"runtime"
	"unsafe"
)

func register(data []byte) {
	var p runtime.Pinner
	p.Pin(&data[0])
	C.keep(unsafe.Pointer(&data[0]))
}

func greet(name string) {
	C.puts2(C.CString(name))
}
"#;

/// Only the leak (a warning).
const LEAK: &str = r#"package m

/*
static void puts2(const char *s) { (void)s; }
*/
import "C"

func greet(name string) {
	C.puts2(C.CString(name))
}
"#;

/// Correct forms only.
const CLEAN: &str = r#"package m

/*
#include <stdlib.h>
static void puts2(const char *s) { (void)s; }
static void use(void *p) { (void)p; }
*/
import "C"

import (
	"runtime"
	"unsafe"
)

func greet(name string) {
	cs := C.CString(name)
	defer C.free(unsafe.Pointer(cs))
	C.puts2(cs)
}

func pass(data []byte) {
	var p runtime.Pinner
	p.Pin(&data[0])
	defer p.Unpin()
	C.use(unsafe.Pointer(&data[0]))
}
"#;

#[test]
fn exit_statuses() {
    let tmp = tempfile::tempdir().unwrap();
    let bad = tmp.path().join("bad");
    write(&bad.join("go.mod"), GO_MOD);
    write(&bad.join("m.go"), BAD);
    let r = run(&[bad.to_str().unwrap()]);
    assert_eq!(r.code, 1, "{}{}", r.stdout, r.stderr);
    assert!(
        r.stdout.contains("go-cgo-pinner-not-unpinned"),
        "{}",
        r.stdout
    );

    let leak = tmp.path().join("leak");
    write(&leak.join("m.go"), LEAK);
    let r = run(&[leak.to_str().unwrap()]);
    assert_eq!(r.code, 0, "warnings only: {}{}", r.stdout, r.stderr);
    assert!(
        r.stdout.contains("go-cgo-cstring-not-freed"),
        "{}",
        r.stdout
    );

    let clean = tmp.path().join("clean");
    write(&clean.join("m.go"), CLEAN);
    let r = run(&[clean.to_str().unwrap()]);
    assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);
    assert!(!r.stdout.contains("go-cgo-"), "{}", r.stdout);

    let missing = tmp.path().join("missing");
    let r = run(&[missing.to_str().unwrap()]);
    assert_eq!(r.code, 2, "{}{}", r.stdout, r.stderr);
    assert!(
        r.stderr.contains("no such file or directory"),
        "{}",
        r.stderr
    );
}

#[test]
fn unreadable_file_is_an_error() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("m");
    write(&dir.join("m.go"), CLEAN);
    let fifo = dir.join("fifo.go");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .expect("run mkfifo");
    assert!(made.success());
    let r = run(&["--format", "json", dir.to_str().unwrap()]);
    assert_eq!(r.code, 2, "{}{}", r.stdout, r.stderr);
    let report = r.json();
    let errors = report["errors"].as_array().unwrap();
    assert_eq!(errors.len(), 1, "{report}");
    assert_eq!(errors[0]["file"].as_str(), fifo.to_str());
    assert!(
        errors[0]["message"].as_str().unwrap().contains("FIFO"),
        "{report}"
    );
}

#[test]
fn json_carries_file_line_column_and_output_files() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("bad");
    write(&dir.join("m.go"), BAD);
    let out = tmp.path().join("report.json");
    let target = format!("json={}", out.display());
    let r = run(&["--format", "json", "-o", &target, dir.to_str().unwrap()]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    let file = dir.join("m.go").display().to_string();
    let mut got = findings(&r.json());
    got.sort();
    assert_eq!(
        got,
        vec![
            ("go-cgo-cstring-not-freed".to_owned(), file.clone(), 22, 10),
            ("go-cgo-pinner-not-unpinned".to_owned(), file.clone(), 17, 2),
        ]
    );
    let written: Value = serde_json::from_slice(&std::fs::read(&out).unwrap()).unwrap();
    assert_eq!(findings(&written).len(), 2);
    let f = &r.json()["findings"][0];
    assert_eq!(f["subject"]["symbol"].as_str(), Some("register"));
    assert!(f["subject"]["package"].as_str().is_some());
    assert_eq!(f["severity"].as_str(), Some("breaking"));
}

#[test]
fn takes_ownership_hands_the_pointer_over() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("leak");
    write(&dir.join("m.go"), LEAK);
    let r = run(&["--format", "json", dir.to_str().unwrap()]);
    assert_eq!(findings(&r.json()).len(), 1);
    let r = run(&[
        "--format",
        "json",
        "--takes-ownership",
        "puts2",
        dir.to_str().unwrap(),
    ]);
    assert_eq!(r.code, 0);
    assert!(findings(&r.json()).is_empty(), "{}", r.stdout);
}
