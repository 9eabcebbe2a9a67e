//! `compat_schema` on two arbitrary JSON documents (split at the first NUL
//! byte): loading (`$ref`s, `$id`s, anchors, cycles), both directions and
//! each side against itself. Must never panic, and stays bounded (node,
//! step and depth budgets); a breaking change always carries a
//! counterexample, and a document compared with itself breaks nothing.
#![no_main]

use compat_report::Severity;
use compat_schema::{compare, Direction, Options, Policy, SchemaDoc};
use libfuzzer_sys::fuzz_target;
use serde_json::Value;

fuzz_target!(|data: &[u8]| {
    let (a, b) = match data.iter().position(|&x| x == 0) {
        Some(i) => (&data[..i], &data[i + 1..]),
        None => (data, data),
    };
    let (Ok(a), Ok(b)) = (serde_json::from_slice::<Value>(a), serde_json::from_slice::<Value>(b)) else {
        return;
    };
    let (Ok(old), Ok(new)) = (SchemaDoc::from_value(a), SchemaDoc::from_value(b)) else {
        return;
    };
    for policy in [Policy::Strict, Policy::Lenient] {
        let options = Options {
            policy,
            nullable: true,
            ..Options::default()
        };
        for dir in [Direction::Backward, Direction::Forward] {
            if let Ok(changes) = compare(&old, "", &new, "", dir, &options) {
                for c in changes {
                    if c.severity == Severity::Breaking {
                        assert!(c.counterexample.is_some(), "{} without a counterexample", c.rule);
                    }
                }
            }
        }
    }
    if let Ok(same) = compare(&old, "", &old, "", Direction::Backward, &Options::default()) {
        assert!(same.iter().all(|c| c.severity != Severity::Breaking), "a schema breaks against itself: {same:?}");
    }
});
