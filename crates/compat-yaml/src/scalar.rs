//! Plain-scalar resolution after YAML 1.2's core schema, and explicit `!!` tags.

use serde_json::{Number, Value};
use yaml_rust2::parser::Tag;
use yaml_rust2::scanner::TScalarStyle;

/// The JSON value of a scalar, from its text, style and tag.
pub(crate) fn resolve(text: String, style: TScalarStyle, tag: Option<&Tag>) -> Value {
    if let Some(tag) = tag {
        if tag.handle == "tag:yaml.org,2002:" || tag.handle == "!!" {
            match tag.suffix.as_str() {
                "str" => return Value::String(text),
                "null" => return Value::Null,
                "bool" => return bool_of(&text).map_or(Value::String(text), Value::Bool),
                "int" => return int_of(&text).map_or(Value::String(text), Value::Number),
                "float" => return float_of(&text).unwrap_or(Value::String(text)),
                _ => return Value::String(text),
            }
        }
        // A local or unknown tag: keep the text as it is.
        return Value::String(text);
    }
    if style != TScalarStyle::Plain {
        return Value::String(text);
    }
    if matches!(text.as_str(), "" | "~" | "null" | "Null" | "NULL") {
        return Value::Null;
    }
    if let Some(b) = bool_of(&text) {
        return Value::Bool(b);
    }
    if let Some(n) = int_of(&text) {
        return Value::Number(n);
    }
    if let Some(v) = float_of(&text) {
        return v;
    }
    Value::String(text)
}

fn bool_of(text: &str) -> Option<bool> {
    match text {
        "true" | "True" | "TRUE" => Some(true),
        "false" | "False" | "FALSE" => Some(false),
        _ => None,
    }
}

fn int_of(text: &str) -> Option<Number> {
    let (negative, digits) = match text.as_bytes().first()? {
        b'-' => (true, &text[1..]),
        b'+' => (false, &text[1..]),
        _ => (false, text),
    };
    let (radix, body) = if let Some(hex) = digits.strip_prefix("0x") {
        (16, hex)
    } else if let Some(oct) = digits.strip_prefix("0o") {
        (8, oct)
    } else {
        (10, digits)
    };
    if body.is_empty() || !body.chars().all(|c| c.is_digit(radix)) {
        return None;
    }
    if radix != 10 && text.starts_with(['-', '+']) {
        return None;
    }
    if negative {
        let magnitude = i128::from_str_radix(body, radix).ok()?;
        i64::try_from(-magnitude).ok().map(Number::from)
    } else {
        u64::from_str_radix(body, radix).ok().map(Number::from)
    }
}

fn float_of(text: &str) -> Option<Value> {
    match text {
        ".inf" | ".Inf" | ".INF" | "+.inf" | "+.Inf" | "+.INF" | "-.inf" | "-.Inf" | "-.INF"
        | ".nan" | ".NaN" | ".NAN" => {
            // JSON has no infinities or NaN: keep the spelling.
            return Some(Value::String(text.to_owned()));
        }
        _ => {}
    }
    let bytes = text.as_bytes();
    let mut i = usize::from(matches!(bytes.first(), Some(b'-' | b'+')));
    let int_start = i;
    while i < bytes.len() && bytes[i].is_ascii_digit() {
        i += 1;
    }
    let mut digits = i - int_start;
    if i < bytes.len() && bytes[i] == b'.' {
        i += 1;
        let frac_start = i;
        while i < bytes.len() && bytes[i].is_ascii_digit() {
            i += 1;
        }
        digits += i - frac_start;
    }
    if digits == 0 {
        return None;
    }
    if i < bytes.len() && matches!(bytes[i], b'e' | b'E') {
        i += 1;
        if i < bytes.len() && matches!(bytes[i], b'-' | b'+') {
            i += 1;
        }
        let exp_start = i;
        while i < bytes.len() && bytes[i].is_ascii_digit() {
            i += 1;
        }
        if i == exp_start {
            return None;
        }
    }
    if i != bytes.len() {
        return None;
    }
    let f: f64 = text.parse().ok()?;
    Number::from_f64(f).map(Value::Number)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(text: &str) -> Value {
        resolve(text.to_owned(), TScalarStyle::Plain, None)
    }

    #[test]
    fn core_schema() {
        assert_eq!(plain("~"), Value::Null);
        assert_eq!(plain("null"), Value::Null);
        assert_eq!(plain("True"), Value::Bool(true));
        assert_eq!(plain("yes"), Value::String("yes".into()));
        assert_eq!(plain("200"), serde_json::json!(200));
        assert_eq!(plain("-17"), serde_json::json!(-17));
        assert_eq!(plain("0x1F"), serde_json::json!(31));
        assert_eq!(plain("0o17"), serde_json::json!(15));
        assert_eq!(plain("1.5"), serde_json::json!(1.5));
        assert_eq!(plain("1e3"), serde_json::json!(1000.0));
        assert_eq!(plain(".5"), serde_json::json!(0.5));
        assert_eq!(plain("1.2.3"), Value::String("1.2.3".into()));
        assert_eq!(plain("3.0.3"), Value::String("3.0.3".into()));
        assert_eq!(plain("e3"), Value::String("e3".into()));
        assert_eq!(plain(".inf"), Value::String(".inf".into()));
        assert_eq!(plain("99999999999999999999999"), serde_json::json!(1e23));
    }

    #[test]
    fn quoted_and_tagged() {
        let quoted = resolve("200".into(), TScalarStyle::DoubleQuoted, None);
        assert_eq!(quoted, Value::String("200".into()));
        let tag = Tag {
            handle: "tag:yaml.org,2002:".into(),
            suffix: "str".into(),
        };
        assert_eq!(
            resolve("true".into(), TScalarStyle::Plain, Some(&tag)),
            Value::String("true".into())
        );
    }
}
