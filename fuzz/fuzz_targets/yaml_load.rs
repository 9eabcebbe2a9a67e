//! `compat_yaml::from_str` on arbitrary text must never panic, and stays within its budgets: a value it
//! returns has no deeper nesting than the depth limit. Small limits make the budget paths reachable.
#![no_main]

use compat_yaml::{from_str_with_positions, Limits};
use libfuzzer_sys::fuzz_target;
use serde_json::Value;

fn depth(value: &Value) -> usize {
    match value {
        Value::Array(items) => 1 + items.iter().map(depth).max().unwrap_or(0),
        Value::Object(map) => 1 + map.values().map(depth).max().unwrap_or(0),
        _ => 0,
    }
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let limits = Limits { max_depth: 64, max_nodes: 100_000, max_alias_nodes: 10_000, alias_nodes_per_byte: 16 };
    match from_str_with_positions(text, &limits) {
        Ok((value, _positions)) => assert!(depth(&value) <= 64, "deeper than the limit"),
        Err(e) => assert!(e.line >= 1 && e.column >= 1, "error without a position: {e}"),
    }
});
