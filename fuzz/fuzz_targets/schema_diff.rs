//! `compat_schema` as `compat schema diff` runs it, on arbitrary bytes: the
//! input is split at NUL bytes into `old.json`, `new.json` and `common.json`
//! (a file the others' `$ref`s may name; without a NUL byte the one text is
//! both schemas), each read by the schema reader (`load_with`: JSON, else
//! YAML; `$ref`s, `$id`s, anchors, cycles, other files), then compared both
//! ways under both policies, through `diff` in full-transitive mode, and
//! each side against itself. Must never panic, and stays bounded (node,
//! step and depth budgets); a breaking change always carries a
//! counterexample, and a schema compared with itself breaks nothing.
#![no_main]

use std::path::Path;

use compat_report::{Report, Severity};
use compat_schema::{
    diff, load_with, Comparer, DiffInput, Direction, FileSource, LoadOptions, Mode, Options,
    Policy, SchemaDoc,
};
use libfuzzer_sys::fuzz_target;

/// The three files of one input, by file name (any directory).
struct Files<'a> {
    old: &'a [u8],
    new: &'a [u8],
    common: &'a [u8],
}

impl FileSource for Files<'_> {
    fn read(&mut self, path: &Path) -> Result<Vec<u8>, String> {
        match path.file_name().and_then(|n| n.to_str()) {
            Some("old.json") => Ok(self.old.to_vec()),
            Some("new.json") => Ok(self.new.to_vec()),
            Some("common.json") => Ok(self.common.to_vec()),
            _ => Err(format!("{}: not found", path.display())),
        }
    }
}

fn load(files: &mut Files<'_>, name: &str) -> Option<SchemaDoc> {
    match load_with(files, Path::new(&format!("/fuzz/{name}")), name, &LoadOptions::default()) {
        Ok(doc) => Some(doc),
        Err(e) => {
            assert!(!e.message.contains('\n'), "a multi-line error: {}", e.message);
            None
        }
    }
}

fuzz_target!(|data: &[u8]| {
    let mut parts = data.splitn(3, |&c| c == 0);
    let old = parts.next().unwrap_or_default();
    let new = parts.next().unwrap_or(old);
    let common = parts.next().unwrap_or_default();
    let mut files = Files { old, new, common };
    let (Some(old), Some(new)) = (load(&mut files, "old.json"), load(&mut files, "new.json")) else {
        return;
    };
    // Strict as `compat schema diff --mode full` runs it (findings of both directions in a report),
    // lenient through a comparer; a breaking change always has a document that shows it.
    let mut report = Report::new("schema diff", vec!["old.json".into(), "new.json".into()]);
    let strict = Options { nullable: true, ..Options::default() };
    diff(&[DiffInput { doc: &old, name: "old.json" }], &DiffInput { doc: &new, name: "new.json" }, Mode::Full, &strict, &mut report);
    for e in &report.errors {
        assert!(!e.message.contains('\n'), "a multi-line error: {}", e.message);
    }
    for f in &report.findings {
        if f.severity == Severity::Breaking {
            assert!(f.counterexample.is_some(), "{} without a counterexample", f.rule);
        }
    }
    let lenient = Options { policy: Policy::Lenient, ..strict };
    let mut comparer = Comparer::new(&old, &new, &lenient);
    for dir in [Direction::Backward, Direction::Forward] {
        if let Ok(changes) = comparer.compare("", "", dir) {
            for c in changes {
                if c.severity == Severity::Breaking {
                    assert!(c.counterexample.is_some(), "{} without a counterexample", c.rule);
                }
            }
        }
    }
    for doc in [&old, &new] {
        if let Ok(same) = Comparer::new(doc, doc, &Options::default()).compare("", "", Direction::Backward) {
            assert!(same.iter().all(|c| c.severity != Severity::Breaking), "a schema breaks against itself: {same:?}");
        }
    }
});
