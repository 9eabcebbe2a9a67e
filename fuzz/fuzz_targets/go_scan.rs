//! `compat_go::scan::scan_whole` on arbitrary bytes as a Go source file must
//! never panic, and neither must `lint::lint_file` on the result (with a
//! fixed release, and both with and without a module `go` line). Findings
//! must carry positions inside the file.
#![no_main]

use compat_go::facts::release;
use compat_go::lint::{lint_file, LintContext};
use compat_go::scan::{scan, scan_whole};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let src = scan_whole(data);
    let _ = scan(data);
    let lines = data.iter().filter(|&&b| b == b'\n').count() + 1;
    let rel = release(19).expect("Go 1.19 facts");
    for (name, module_go) in [("a.go", None), ("a_windows_amd64_test.go", Some((1, 16)))] {
        let cx = LintContext {
            release: rel,
            module_go,
            path: name,
        };
        for f in lint_file(cx, name, &src) {
            let line = f.subject.line.unwrap_or(0) as usize;
            assert!(
                (1..=lines).contains(&line),
                "{}: line {line} outside the file's {lines} lines",
                f.rule
            );
            assert!(f.subject.column.unwrap_or(0) >= 1, "{}: column 0", f.rule);
        }
    }
});
