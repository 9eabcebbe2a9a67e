//! Reading a parsed JSON value by key and by JSON pointer without hashing
//! the key when the object is small.
//!
//! serde_json's objects (with `preserve_order`) are index maps hashed with
//! SipHash: every `get` hashes its key, which for the few keys of a schema
//! object costs more than comparing them. Reading a schema graph asks each
//! object for some forty keywords, and resolving a `$ref` walks a pointer
//! member by member, so [`member`] compares the keys of an object of up to
//! [`SCAN`] members one by one (lengths first) and hashes only for larger
//! ones; [`pointer`] is `serde_json::Value::pointer` through it. Both
//! answer what serde_json's `get` and `pointer` answer.

use serde_json::{Map, Value};

/// Objects of at most this many members are searched key by key.
pub const SCAN: usize = 12;

/// The value of `key` in `map` (as `map.get(key)`).
pub fn member<'v>(map: &'v Map<String, Value>, key: &str) -> Option<&'v Value> {
    if map.len() > SCAN {
        return map.get(key);
    }
    map.iter()
        .find(|(k, _)| k.len() == key.len() && k.as_str() == key)
        .map(|(_, v)| v)
}

/// The value of `key` in `value` when it is an object (as `value.get(key)`
/// for a string key).
pub fn get<'v>(value: &'v Value, key: &str) -> Option<&'v Value> {
    match value {
        Value::Object(map) => member(map, key),
        _ => None,
    }
}

/// The value at JSON pointer `pointer` (RFC 6901) inside `value`: `""` is
/// `value` itself, a pointer that does not start with `/` names nothing
/// (as `value.pointer(pointer)`).
pub fn pointer<'v>(value: &'v Value, pointer: &str) -> Option<&'v Value> {
    if pointer.is_empty() {
        return Some(value);
    }
    let rest = pointer.strip_prefix('/')?;
    let mut target = value;
    for token in rest.split('/') {
        let unescaped;
        let token = if token.contains('~') {
            unescaped = token.replace("~1", "/").replace("~0", "~");
            unescaped.as_str()
        } else {
            token
        };
        target = match target {
            Value::Object(map) => member(map, token)?,
            Value::Array(list) => list.get(index(token)?)?,
            _ => return None,
        };
    }
    Some(target)
}

/// An array index as a pointer token spells it: digits, no sign, no
/// leading zero.
fn index(token: &str) -> Option<usize> {
    if token.starts_with('+') || (token.starts_with('0') && token.len() != 1) {
        return None;
    }
    token.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn members_and_pointers_read_as_serde_json_reads_them() {
        let mut big = Map::new();
        for i in 0..(SCAN + 5) {
            big.insert(format!("k{i}"), json!(i));
        }
        let v = json!({
            "a": {"b/c": [{"x": 1}, {"y": {"z~w": true}}], "": 2, "ab": 3},
            "big": Value::Object(big),
            "list": [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11],
        });
        let pointers = [
            "",
            "/",
            "/a",
            "/a/",
            "/a/ab",
            "/a/b~1c",
            "/a/b~1c/0/x",
            "/a/b~1c/1/y/z~0w",
            "/a/b~1c/01",
            "/a/b~1c/+1",
            "/a/b~1c/2",
            "/a/b~1c/-",
            "/a/b~1c/1/y/z~01",
            "/a/missing",
            "a",
            "/big/k0",
            "/big/k16",
            "/big/k17",
            "/list/11",
            "/list/11/x",
            "/a/ab/x",
        ];
        for p in pointers {
            assert_eq!(pointer(&v, p), v.pointer(p), "{p}");
        }
        let a = v["a"].as_object().unwrap();
        for k in ["", "ab", "a", "b/c", "abc"] {
            assert_eq!(member(a, k), a.get(k), "{k}");
            assert_eq!(get(&v["a"], k), v["a"].get(k), "{k}");
        }
        assert_eq!(get(&v["list"], "0"), None);
    }
}
