//! Helpers of the tests: descriptions in memory, compared on a fixed day.

#![allow(dead_code)]

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use compat_openapi::date::Day;
use compat_openapi::{DiffOptions, Input, LoadError, Options, Source};
use compat_report::Report;
use serde_json::Value;

/// Files held in memory, by path.
#[derive(Default)]
pub struct Mem(pub HashMap<PathBuf, Vec<u8>>);

impl Mem {
    /// A source holding `path` with `value` as JSON.
    pub fn with(mut self, path: &str, value: &Value) -> Mem {
        self.0
            .insert(PathBuf::from(path), value.to_string().into_bytes());
        self
    }

    /// A source holding `path` with `text`.
    pub fn text(mut self, path: &str, text: &str) -> Mem {
        self.0.insert(PathBuf::from(path), text.as_bytes().to_vec());
        self
    }
}

impl Source for Mem {
    fn read(&self, path: &Path) -> Result<Vec<u8>, LoadError> {
        self.0
            .get(path)
            .cloned()
            .ok_or_else(|| LoadError::Read(format!("{}: not found", path.display())))
    }
}

/// The options of the tests: judged on 2026-12-04, a 30-day default window, changelog on.
pub fn options() -> DiffOptions {
    DiffOptions {
        deprecation: Options {
            now: Day::parse("2026-12-04").unwrap(),
            windows: Default::default(),
            default_window: 30,
        },
        changelog: true,
        max_work: compat_openapi::engine::MAX_LANE_WORK,
    }
}

/// `partial` over a minimal OpenAPI 3.0 description.
pub fn spec(partial: &Value) -> Value {
    let mut base = serde_json::json!({
        "openapi": "3.0.3",
        "info": {"title": "pets", "version": "1.0.0"},
        "paths": {}
    });
    for (k, v) in partial.as_object().expect("an object") {
        base[k] = v.clone();
    }
    base
}

/// `new` against `old`, both whole descriptions.
pub fn diff(old: &Value, new: &Value) -> Report {
    diff_with(old, new, &options())
}

/// `new` against `old` with `opts`.
pub fn diff_with(old: &Value, new: &Value, opts: &DiffOptions) -> Report {
    let mem = Mem::default().with("old.json", old).with("new.json", new);
    let old = Input {
        source: &mem,
        path: "old.json".into(),
    };
    let new = Input {
        source: &mem,
        path: "new.json".into(),
    };
    compat_openapi::diff_files(&old, &new, opts)
}

/// The rule ids of a report's findings.
pub fn rules(report: &Report) -> Vec<&str> {
    report.findings.iter().map(|f| f.rule.as_str()).collect()
}
