//! Text to a JSON value: JSON when the file starts like JSON (the faster
//! parser), YAML otherwise (compat-yaml, with its depth and node budgets).

use std::path::Path;

use serde_json::Value;

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
        return serde_json::from_str(text).map_err(|e| syntax(format!("invalid JSON: {e}")));
    }
    compat_yaml::from_str(text, &compat_yaml::Limits::default())
        .map_err(|e| syntax(format!("invalid YAML: {e}")))
}
