//! A Go source file of arbitrary bytes through everything that reads whole
//! files: tree-sitter's parse (`compat_go::syntax`), the loop-variable
//! analysis of `compat go upgrade` (`loopvar::analyse` and
//! `check_file`), and cgo's memory rules on the file as a package of its
//! own (`cgo::check_source`). None may panic, and every finding must point
//! inside the file. Where the file parses without errors, the loop analysis
//! of the partial parse `compat go upgrade` makes (`loopvar::parse`) must
//! equal the analysis of the whole tree.
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
    let whole = loopvar::analyse(&s);
    for v in &whole {
        assert!(v.line >= 1 && v.line <= lines, "loop variable at line {}", v.line);
    }
    if let Ok(part) = loopvar::parse(text.clone()) {
        let part = part.map(|p| loopvar::analyse(&p)).unwrap_or_default();
        if s.errors(1).is_empty() {
            assert_eq!(whole, part, "the partial parse changed the analysis");
        }
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
