//! `compat_openapi` on arbitrary descriptions must never panic and stays
//! bounded: the input is split at its first NUL byte into `a.json` (the
//! description) and `b.json` (a second file its `$ref`s may name), both read
//! as JSON or YAML. A description that loads is diffed against itself, which
//! must find nothing (but what the schema budget cuts short).
#![no_main]

use std::path::{Path, PathBuf};

use compat_openapi::date::Day;
use compat_openapi::{DiffOptions, Input, LoadError, Options, Source};
use libfuzzer_sys::fuzz_target;

struct Files {
    a: Vec<u8>,
    b: Vec<u8>,
}

impl Source for Files {
    fn read(&self, path: &Path) -> Result<Vec<u8>, LoadError> {
        match path.to_str() {
            Some("a.json") => Ok(self.a.clone()),
            Some("b.json") => Ok(self.b.clone()),
            _ => Err(LoadError::Read(format!("{}: not found", path.display()))),
        }
    }
}

fuzz_target!(|data: &[u8]| {
    let (a, b) = match data.iter().position(|&c| c == 0) {
        Some(i) => (&data[..i], &data[i + 1..]),
        None => (data, &[][..]),
    };
    let files = Files { a: a.to_vec(), b: b.to_vec() };
    let input = Input { source: &files, path: PathBuf::from("a.json") };
    let opts = DiffOptions {
        deprecation: Options {
            now: Day::parse("2026-12-04").unwrap(),
            windows: Default::default(),
            default_window: 30,
        },
        changelog: true,
        max_work: compat_openapi::engine::MAX_LANE_WORK,
    };
    let report = compat_openapi::diff_files(&input, &input, &opts);
    if report.errors.is_empty() {
        for f in &report.findings {
            assert_eq!(f.rule, "openapi-schema-not-compared", "a description differs from itself: {}", f.message);
        }
    } else {
        for e in &report.errors {
            assert!(!e.message.contains('\n'), "a multi-line error: {}", e.message);
        }
    }
});
