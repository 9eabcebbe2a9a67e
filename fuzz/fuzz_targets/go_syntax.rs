//! A Go source file of arbitrary bytes through everything that reads whole
//! files: tree-sitter's parse (`compat_go::syntax`), the loop-variable
//! analysis of `compat go upgrade` (`loopvar::analyse` and
//! `check_file`), and cgo's memory rules on the file as a package of its
//! own (`cgo::check_source`). None may panic, and every finding must point
//! inside the file.
#![no_main]

use compat_go::{cgo, loopvar, syntax};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data).into_owned();
    let lines = u32::try_from(text.lines().count().max(1)).unwrap_or(u32::MAX);
    let Ok(s) = syntax::parse(text.clone()) else {
        return;
    };
    let _ = s.errors(16);
    for v in loopvar::analyse(&s) {
        assert!(v.line >= 1 && v.line <= lines, "loop variable at line {}", v.line);
    }
    for f in loopvar::check_file("fuzz.go", &s) {
        assert!(f.subject.line.is_some_and(|l| l >= 1 && l <= lines), "{f:?}");
    }
    if let Ok(findings) = cgo::check_source("fuzz.go", &text, &cgo::CgoOptions::default()) {
        for f in findings {
            assert!(f.subject.line.is_none_or(|l| l >= 1 && l <= lines), "{f:?}");
        }
    }
});
