//! Schemas read from files: the top document and every document its `$ref`s name, each read through
//! compat-fs (regular files only, capped at [`compat_fs::Limit::Schema`]) as JSON, or as YAML when it is
//! not JSON (compat-yaml). `compat schema diff` and `compat check` (json-schema components) load
//! through here, so both read the same files the same way; [`load_with`] reads the bytes through
//! the caller instead (`compat schema diff REV:PATH`: the files of a git revision).

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

/// Where [`load_with`] reads documents from.
pub trait FileSource {
    /// The bytes of the file at `path`, or why they cannot be had, in one line.
    fn read(&mut self, path: &Path) -> Result<Vec<u8>, String>;

    /// What findings and errors call the file at `path` (the path as given by default).
    fn name(&self, path: &Path) -> String {
        path.display().to_string()
    }
}

/// The file system, through compat-fs.
struct Fs;

impl FileSource for Fs {
    fn read(&mut self, path: &Path) -> Result<Vec<u8>, String> {
        read_fs(path)
    }
}

/// Reads referenced documents from a [`FileSource`].
struct Reader<'a>(&'a mut dyn FileSource);

impl Loader for Reader<'_> {
    fn load(&mut self, path: &str) -> Result<Arc<Value>, String> {
        self.0
            .read(Path::new(path))
            .and_then(|bytes| parse_value(&bytes))
            .map(Arc::new)
    }

    fn name(&self, path: &str) -> String {
        self.0.name(Path::new(path))
    }
}

/// A file's bytes from the file system, through compat-fs.
fn read_fs(path: &Path) -> Result<Vec<u8>, String> {
    compat_fs::read(path, compat_fs::Limit::Schema).map_err(|e| e.reason().to_string())
}

/// One file's content as a JSON value: JSON when it parses as JSON, else YAML.
pub fn read_value(path: &Path) -> Result<Value, String> {
    parse_value(&read_fs(path)?)
}

/// A document's bytes as a JSON value: JSON when they parse as JSON, else YAML.
fn parse_value(bytes: &[u8]) -> Result<Value, String> {
    match serde_json::from_slice(bytes) {
        Ok(v) => Ok(v),
        Err(json) => {
            let text = std::str::from_utf8(bytes).map_err(|_| format!("not JSON: {json}"))?;
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

/// The path a `file://` URI names (what [`file_uri`] made, escapes decoded); `None` for another
/// scheme.
pub fn file_path(uri: &str) -> Option<std::path::PathBuf> {
    uri.strip_prefix("file://")
        .map(|p| std::path::PathBuf::from(crate::uri::percent_decode(p)))
}

/// Loads the schema in `path`, named `name` in findings and errors, with the files its references name.
pub fn load_file(path: &Path, name: &str, options: &LoadOptions) -> Result<SchemaDoc, FileError> {
    load_with(&mut Fs, path, name, options)
}

/// [`load_file`] with every document read from `source` (asked for the top document's `path`, then
/// for the path of each file a reference names: absolute, relative `$ref`s resolved lexically against
/// `path`'s directory, or a `ref_map` path as given) and named by it, not from the file system.
pub fn load_with(
    source: &mut dyn FileSource,
    path: &Path,
    name: &str,
    options: &LoadOptions,
) -> Result<SchemaDoc, FileError> {
    let value = source
        .read(path)
        .and_then(|bytes| parse_value(&bytes))
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
    SchemaDoc::load(value, &file_uri(path), name, &mut Reader(source), options).map_err(|e| {
        FileError {
            file: e.file().to_owned(),
            message: e.to_string(),
        }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_uris_and_paths_round_trip() {
        let path = Path::new("/p/a b#%.json");
        assert_eq!(file_uri(path), "file:///p/a%20b%23%25.json");
        assert_eq!(file_path(&file_uri(path)).as_deref(), Some(path));
        assert_eq!(file_path("https://example.com/s.json"), None);
    }
}
