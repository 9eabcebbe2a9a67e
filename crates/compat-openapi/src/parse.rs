//! Text to a JSON value: JSON when the file starts like JSON (the faster
//! parser), YAML otherwise (compat-yaml, with its depth and node budgets).
//!
//! JSON is read by serde_json's parser into its `Value` as
//! `serde_json::from_str` reads it, except that each object's members and
//! each array's items are gathered first (in buffers reused from one object
//! to the next) and the map or vector is then made at its size: serde_json
//! grows them one member at a time, rehashing an object's index at each
//! doubling and leaving the last doubling's room unused (on GitHub's 12-MB
//! description about a tenth of parsing, and memory that every later walk
//! of the value steps over).

use std::fmt;
use std::path::Path;

use serde::de::{DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Number, Value};

use crate::error::LoadError;

/// Parses one file of a description.
pub fn parse(data: &[u8], path: &Path) -> Result<Value, LoadError> {
    let syntax = |message: String| LoadError::Syntax {
        file: path.into(),
        message,
    };
    let text = std::str::from_utf8(data).map_err(|e| syntax(format!("not UTF-8 text ({e})")))?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let first = text.trim_start().chars().next();
    if matches!(first, Some('{' | '[')) {
        return json(text).map_err(|e| syntax(format!("invalid JSON: {e}")));
    }
    compat_yaml::from_str(text, &compat_yaml::Limits::default())
        .map_err(|e| syntax(format!("invalid YAML: {e}")))
}

/// `text` as `serde_json::from_str::<Value>` reads it (the same value, the
/// same errors), with objects and arrays made at their size.
pub fn json(text: &str) -> Result<Value, serde_json::Error> {
    let mut de = serde_json::Deserializer::from_str(text);
    let mut buffers = Buffers::default();
    let value = Build(&mut buffers).deserialize(&mut de)?;
    de.end()?;
    Ok(value)
}

/// Members and items being gathered, one buffer per level of nesting in use.
#[derive(Default)]
struct Buffers {
    members: Vec<Vec<(String, Value)>>,
    items: Vec<Vec<Value>>,
}

/// Builds one value (serde_json's `Value` visitor, gathering first).
struct Build<'b>(&'b mut Buffers);

impl<'de> DeserializeSeed<'de> for Build<'_> {
    type Value = Value;

    fn deserialize<D: Deserializer<'de>>(self, de: D) -> Result<Value, D::Error> {
        de.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Build<'_> {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any valid JSON value")
    }

    fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
        Ok(Value::Bool(v))
    }

    fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
        Ok(Value::Number(v.into()))
    }

    fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
        Ok(Value::Number(v.into()))
    }

    fn visit_f64<E>(self, v: f64) -> Result<Value, E> {
        Ok(Number::from_f64(v).map_or(Value::Null, Value::Number))
    }

    fn visit_str<E>(self, v: &str) -> Result<Value, E> {
        Ok(Value::String(v.to_owned()))
    }

    fn visit_string<E>(self, v: String) -> Result<Value, E> {
        Ok(Value::String(v))
    }

    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_none<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_some<D: Deserializer<'de>>(self, de: D) -> Result<Value, D::Error> {
        self.deserialize(de)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut items = self.0.items.pop().unwrap_or_default();
        while let Some(item) = seq.next_element_seed(Build(self.0))? {
            items.push(item);
        }
        // Moved out at its size; the buffer, with its room, stays for the next.
        let mut list = Vec::with_capacity(items.len());
        list.append(&mut items);
        self.0.items.push(items);
        Ok(Value::Array(list))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut members = self.0.members.pop().unwrap_or_default();
        while let Some(key) = map.next_key::<String>()? {
            let value = map.next_value_seed(Build(self.0))?;
            members.push((key, value));
        }
        // A key given twice keeps its first place and its last value, as
        // serde_json's `insert` does.
        let object: Map<String, Value> = members.drain(..).collect();
        self.0.members.push(members);
        Ok(Value::Object(object))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_reads_as_serde_json_reads_it() {
        let texts = [
            r#"{"b": 1, "a": [1, -2, 3.5, 1e400, 18446744073709551615, -9223372036854775808], "c": {"x": null, "y": true, "z": "s\u00e9\"q"}, "b": {"again": []}, "": {}}"#,
            "[]",
            "[[], [[]], {}, [{}]]",
            "  \"text\"  ",
            "0",
            "-0.0",
            "{\"a\": 1} x",
            "{\"a\": }",
            "[1, 2",
            "{\"a\" 1}",
            "",
        ];
        for text in texts {
            let ours = json(text).map_err(|e| e.to_string());
            let theirs = serde_json::from_str::<Value>(text).map_err(|e| e.to_string());
            assert_eq!(ours, theirs, "{text}");
            if let (Ok(a), Ok(b)) = (&ours, &theirs) {
                // Member order too.
                assert_eq!(a.to_string(), b.to_string(), "{text}");
            }
        }
        let deep = format!("{}{}", "[".repeat(200), "]".repeat(200));
        assert_eq!(
            json(&deep).map_err(|e| e.to_string()),
            serde_json::from_str::<Value>(&deep).map_err(|e| e.to_string())
        );
    }
}
