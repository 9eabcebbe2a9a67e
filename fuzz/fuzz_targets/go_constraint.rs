//! `compat_go::constraint::parse_line` on arbitrary bytes as one line must
//! never panic. When it accepts the line, the expression must survive the
//! conversions Go makes: `plus_build_lines` (gofmt's `// +build` lines),
//! parsing those lines back, and `equivalent` between the two, which must
//! hold (Go's `PlusBuildLines` keeps the meaning); printing the expression
//! and parsing it back must give an equivalent expression whenever the
//! printed form parses (Go prints `!(!a)` as `!!a`, which it rejects).
#![no_main]

use compat_go::constraint::{
    equivalent, go_version, parse_expr, parse_line, parse_line_with, plus_build_lines, Expr,
    Limits,
};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let line = String::from_utf8_lossy(data);
    // Without newer Go's size limits (Go 1.19, 1.21) any length parses:
    // what comes back is shallow enough to print and drop.
    if let Ok(x) = parse_line_with(&line, Limits::Older) {
        let _ = x.to_string();
    }
    let Ok(x) = parse_line(&line) else {
        return;
    };
    let _ = go_version(&x);
    let _ = x.tags();
    let printed = x.to_string();
    if let Ok(y) = parse_expr(&printed) {
        assert!(equivalent(&x, &y), "{printed:?} reparses as {y}");
    }
    let Ok(lines) = plus_build_lines(&x) else {
        return;
    };
    let mut back: Option<Expr> = None;
    for l in &lines {
        // Newer Go's size limit may reject a long line: no round trip then.
        let Ok(y) = parse_line(l) else {
            return;
        };
        back = Some(match back {
            None => y,
            Some(b) => Expr::and(b, y),
        });
    }
    if let Some(back) = back {
        assert!(
            equivalent(&x, &back),
            "{x} became {lines:?}, which means {back}"
        );
    }
});
