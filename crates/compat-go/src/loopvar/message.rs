//! The words of the findings: what changes, where the variable outlives
//! its iteration (or only escapes), how sure compat is, and how to keep the
//! old behaviour.

use compat_report::{Finding, Severity, Subject};

use super::{Cause, Certainty, Change, LoopVar, StoreWhy};

/// The finding for one analysed variable.
pub fn finding(file: &str, v: &LoopVar) -> Finding {
    let subject = Subject {
        file: Some(file.to_owned()),
        line: Some(v.line),
        column: Some(v.column),
        symbol: Some(v.name.clone()),
        ..Subject::default()
    };
    let name = &v.name;
    let keep = format!(
        "to keep the old behaviour, declare {name} before the loop and assign it in the for clause (`=` instead of `:=`), or leave this file at its old version with a `//go:build go1.21` line"
    );
    match &v.change {
        Change::Semantics {
            certainty,
            cause,
            line,
            by_address,
        } => {
            let reference = if *by_address {
                "a pointer to it"
            } else {
                "a closure capturing it"
            };
            let mut f = Finding::new(
                "go-loopvar-semantics-change",
                format!(
                    "loop variable {name} outlives its iteration ({}): {}; from go1.22 each iteration has its own {name}, so the code that runs later sees that iteration's value, where go1.21 shared one {name} that later iterations overwrote; {keep}",
                    certainty.as_str(),
                    describe(cause, *line, reference),
                ),
                subject,
            );
            if *certainty == Certainty::Possible {
                f.set_severity(Severity::Warning);
            }
            f
        }
        Change::HeapAlloc {
            cause,
            line,
            by_address,
        } => {
            let (reference, alloc) = if *by_address {
                (
                    "its address",
                    "it is heap-allocated once per iteration where go1.21 allocated one per loop",
                )
            } else {
                (
                    "a closure capturing it",
                    "each closure gets its own copy (or, if it is assigned after the capture, its own heap allocation) where go1.21 shared one heap-allocated variable",
                )
            };
            Finding::new(
                "go-loopvar-heap-alloc",
                format!(
                    "loop variable {name}: only its allocation changes: {}, and nothing shows it outlives the iteration; from go1.22 {alloc}, so allocation counts (testing.AllocsPerRun, benchmarks with ReportAllocs) may change but the output does not; {keep}",
                    describe(cause, *line, reference),
                ),
                subject,
            )
        }
    }
}

/// A cause in words, for messages: what happens at `line` to `reference`.
fn describe(cause: &Cause, line: u32, reference: &str) -> String {
    match cause {
        Cause::Goroutine { via: None } => format!(
            "{reference} is used by a goroutine started at line {line} that is not joined in the same iteration"
        ),
        Cause::Goroutine { via: Some(f) } => format!(
            "{reference} is run by {f} on another goroutine at line {line}, not joined in the same iteration"
        ),
        Cause::Defer => format!(
            "{reference} is used by a call deferred at line {line}, which runs when the function returns, after the loop"
        ),
        Cause::Stored {
            target,
            collection: true,
            ..
        } => format!("{reference} is stored in {target} at line {line}, outside the iteration"),
        Cause::Stored {
            target,
            collection: false,
            why,
        } => {
            let why = match why {
                Some(StoreWhy::SomeIterations) => ", in some iterations only",
                Some(StoreWhy::ReadInLoop) => ", and a later iteration reads it",
                Some(StoreWhy::PostStatement) => {
                    ", and the loop's post statement changes go1.21's shared variable after the last iteration"
                }
                None => "",
            };
            format!("{reference} is assigned to {target} (declared outside the loop) at line {line}{why}")
        }
        Cause::Sent => format!("{reference} is sent on a channel at line {line}"),
        Cause::ParallelSubtest { via } => format!(
            "{reference} is used by a parallel subtest ({via} at line {line}, calling t.Parallel), which runs after the loop has finished"
        ),
        Cause::Registered { via } => {
            format!("{reference} is kept by {via} at line {line} and used after the iteration")
        }
        Cause::Yielded { via } => format!(
            "{reference} is passed to {via} at line {line}, the callback of an iterator function: a range-over-func loop (Go 1.23) over it receives the reference as its loop variable and may keep it after the iteration"
        ),
        Cause::Cleanup { via } => {
            format!("{reference} is used by {via} at line {line}, which runs when the test ends")
        }
        Cause::Call { via } => format!("{reference} is passed to {via} at line {line}, where it escapes"),
        Cause::Overwritten { target } => format!(
            "{reference} is assigned to {target} at line {line} in every iteration, so after the loop it refers to the last value under both versions"
        ),
        Cause::LoopEnds { inner } => format!(
            "{}, but the loop ends right after it, so no later iteration changes the variable",
            describe(inner, line, reference)
        ),
        Cause::Inside {
            via,
            line: inner_line,
            inner,
        } => {
            let inner = describe(inner, *inner_line, "it");
            format!("{reference} is passed to {via} at line {line}, where {inner}")
        }
    }
}
