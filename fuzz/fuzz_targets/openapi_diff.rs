//! `compat openapi diff OLD NEW` on two arbitrary descriptions: the input is
//! split at NUL bytes into `old.json`, `new.json` and `common.json` (a file
//! both may name in a `$ref`; without a NUL byte the one text is both
//! descriptions), each read as JSON or YAML (Swagger 2.0, OpenAPI 3.0 or
//! 3.1), and diffed both ways: old to new with the changelog, new to old
//! without. Must never panic and stays bounded; an error is one line, the
//! verdict is set whenever both sides load, and a finding's line and column
//! are inside the file it names.
#![no_main]

use std::path::{Path, PathBuf};

use compat_openapi::date::Day;
use compat_openapi::{DiffOptions, Input, LoadError, Options, Source};
use libfuzzer_sys::fuzz_target;

struct Files<'a> {
    old: &'a [u8],
    new: &'a [u8],
    common: &'a [u8],
}

impl Source for Files<'_> {
    fn read(&self, path: &Path) -> Result<Vec<u8>, LoadError> {
        match path.to_str() {
            Some("old.json") => Ok(self.old.to_vec()),
            Some("new.json") => Ok(self.new.to_vec()),
            Some("common.json") => Ok(self.common.to_vec()),
            _ => Err(LoadError::Read(format!("{}: not found", path.display()))),
        }
    }
}

fuzz_target!(|data: &[u8]| {
    let mut parts = data.splitn(3, |&c| c == 0);
    let old = parts.next().unwrap_or_default();
    let new = parts.next().unwrap_or(old);
    let common = parts.next().unwrap_or_default();
    let files = Files { old, new, common };
    let old = Input { source: &files, path: PathBuf::from("old.json") };
    let new = Input { source: &files, path: PathBuf::from("new.json") };
    for (a, b, changelog) in [(&old, &new, true), (&new, &old, false)] {
        let opts = DiffOptions {
            deprecation: Options {
                now: Day::parse("2026-12-04").unwrap(),
                windows: Default::default(),
                default_window: 30,
            },
            changelog,
            max_work: compat_openapi::engine::MAX_LANE_WORK,
        };
        let report = compat_openapi::diff_files(a, b, &opts);
        for e in &report.errors {
            assert!(!e.message.contains('\n'), "a multi-line error: {}", e.message);
        }
        if report.errors.is_empty() {
            assert!(report.verdict.is_some(), "no verdict without an error");
            for f in &report.findings {
                let Some(at) = &f.location else { continue };
                let text = files.read(Path::new(&at.path)).expect("a finding names a file of the input");
                let lines: Vec<&[u8]> = text.split(|&c| c == b'\n').collect();
                let line = at.line.expect("a located finding has a line") as usize;
                assert!(line >= 1 && line <= lines.len(), "{}: line {line} of {}", f.rule, lines.len());
                if let Some(column) = at.column {
                    assert!(column >= 1 && column as usize <= lines[line - 1].len() + 1, "{}: column {column} on line {line}", f.rule);
                }
            }
        }
    }
});
