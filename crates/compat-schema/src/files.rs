//! Schemas read from files: the top document and every document its `$ref`s name, each read through
//! compat-fs (regular files only, capped at [`compat_fs::Limit::Schema`]) as JSON, or as YAML when it is
//! not JSON (compat-yaml). `compat schema diff` and `compat check` (json-schema components) load
//! through here, so both read the same files the same way.

use std::path::Path;
use std::sync::Arc;

use serde_json::Value;

use crate::doc::{LoadOptions, Loader, SchemaDoc};

/// A file that could not be loaded: which one, and why, in one line.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{message}")]
pub struct FileError {
    /// The file at fault (the top document or one it references).
    pub file: String,
    /// `FILE: what is wrong`.
    pub message: String,
}

/// Reads referenced documents from the file system.
struct Files;

impl Loader for Files {
    fn load(&mut self, path: &str) -> Result<Arc<Value>, String> {
        read_value(Path::new(path)).map(Arc::new)
    }
}

/// One file's content as a JSON value: JSON when it parses as JSON, else YAML.
pub fn read_value(path: &Path) -> Result<Value, String> {
    let bytes =
        compat_fs::read(path, compat_fs::Limit::Schema).map_err(|e| e.reason().to_string())?;
    match serde_json::from_slice(&bytes) {
        Ok(v) => Ok(v),
        Err(json) => {
            let text = std::str::from_utf8(&bytes).map_err(|_| format!("not JSON: {json}"))?;
            let first = text.trim_start().chars().next();
            if matches!(first, Some('{' | '[')) {
                // It looks like JSON: the JSON error is the useful one.
                return Err(format!("not JSON: {json}"));
            }
            compat_yaml::from_str(text, &compat_yaml::Limits::default())
                .map_err(|e| format!("neither JSON nor YAML: {e}"))
        }
    }
}

/// The `file://` URI of a path (made absolute): the base of its relative `$ref`s.
pub fn file_uri(path: &Path) -> String {
    let abs = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    let mut s = String::from("file://");
    for b in abs.to_string_lossy().bytes() {
        match b {
            b'%' | b'#' | b'?' | b' ' => s.push_str(&format!("%{b:02X}")),
            _ => s.push(char::from(b)),
        }
    }
    s
}

/// Loads the schema in `path`, named `name` in findings and errors, with the files its references name.
pub fn load_file(path: &Path, name: &str, options: &LoadOptions) -> Result<SchemaDoc, FileError> {
    let value = read_value(path)
        .and_then(|v| match v {
            Value::Object(_) | Value::Bool(_) => Ok(v),
            other => Err(format!(
                "not a JSON Schema: the document is {}; a schema is an object or true or false",
                kind(&other)
            )),
        })
        .map_err(|e| FileError {
            file: name.to_owned(),
            message: format!("{name}: {e}"),
        })?;
    SchemaDoc::load(value, &file_uri(path), name, &mut Files, options).map_err(|e| FileError {
        file: e.file().to_owned(),
        message: e.to_string(),
    })
}

/// What a JSON value is, in words: "an array", "a number", ...
fn kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}
