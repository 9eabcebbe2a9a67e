//! The files of one description, loaded whole before anything is compared:
//! the file named on the command line and every file its `$ref`s name,
//! transitively, each parsed once. Every `$ref` is checked to resolve at load
//! time, so a broken reference is one error naming its file, and comparing
//! never meets one.
//!
//! References are `FILE#/json/pointer`, `#/json/pointer` or `FILE`, with
//! `FILE` relative to the file holding the reference. A reference with a
//! scheme (`https://...`) or a network path (`//host/...`) is refused: compat
//! never fetches anything.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde_json::Value;

use crate::error::LoadError;
use crate::source::{join_relative, Bytes, Source};

/// Which file of a [`Docs`] a value comes from.
pub type DocId = usize;

/// At most this many files make one description.
pub const MAX_FILES: usize = 4096;
/// At most this many bytes, all files together.
pub const MAX_BYTES: usize = 1 << 30;
/// A chain of references longer than this is taken for a cycle.
const MAX_HOPS: usize = 64;

/// One parsed file.
#[derive(Debug)]
pub struct Doc {
    /// Its path, as given or joined from a reference.
    pub path: PathBuf,
    /// How messages name it.
    pub label: String,
    /// Its content (shared with the schema engine's documents).
    pub root: Arc<Value>,
    /// Its text as read (or mapped), kept for the lines of findings ([`crate::locate`]).
    pub text: Bytes,
}

/// Every file of one description.
#[derive(Debug, Default)]
pub struct Docs {
    docs: Vec<Doc>,
    by_path: HashMap<PathBuf, DocId>,
}

impl Docs {
    /// Loads `path` and every file its references name, then checks that
    /// every reference resolves.
    pub fn load(source: &dyn Source, path: &Path) -> Result<Docs, LoadError> {
        let mut docs = Docs::default();
        let mut bytes = 0usize;
        docs.add(source, path, &mut bytes)?;
        // Each file's references, found in one walk of it and resolved
        // once every file is loaded.
        let mut found: Vec<Vec<String>> = Vec::new();
        while found.len() < docs.docs.len() {
            let next = found.len();
            let references: Vec<String> = refs(&docs.docs[next].root)
                .into_iter()
                .map(str::to_owned)
                .collect();
            let mut files = Vec::new();
            for reference in &references {
                let (file, _) = split(reference);
                check_local(&docs.docs[next].path, reference)?;
                if !file.is_empty() {
                    files.push(join_relative(&docs.docs[next].path, &percent_decode(file)));
                }
            }
            found.push(references);
            for f in files {
                if !docs.by_path.contains_key(&f) {
                    docs.add(source, &f, &mut bytes)?;
                }
            }
        }
        for (id, references) in found.iter().enumerate() {
            for reference in references {
                docs.resolve(id, reference)?;
            }
        }
        Ok(docs)
    }

    fn add(
        &mut self,
        source: &dyn Source,
        path: &Path,
        bytes: &mut usize,
    ) -> Result<(), LoadError> {
        if self.docs.len() >= MAX_FILES {
            return Err(LoadError::TooLarge {
                file: path.into(),
                message: format!("the description spans more than {MAX_FILES} files"),
            });
        }
        let data = source.bytes(path)?;
        *bytes += data.len();
        if *bytes > MAX_BYTES {
            return Err(LoadError::TooLarge {
                file: path.into(),
                message: format!("the description's files hold more than {MAX_BYTES} bytes"),
            });
        }
        let label = source.label(path);
        let root = Arc::new(crate::parse::parse(&data, path)?);
        self.by_path.insert(path.to_path_buf(), self.docs.len());
        self.docs.push(Doc {
            path: path.to_path_buf(),
            label,
            root,
            text: data,
        });
        Ok(())
    }

    /// The file named on the command line.
    pub fn main(&self) -> &Doc {
        &self.docs[0]
    }

    /// How many files the description spans.
    pub fn len(&self) -> usize {
        self.docs.len()
    }

    /// Whether no file was loaded (never, for a loaded description).
    pub fn is_empty(&self) -> bool {
        self.docs.is_empty()
    }

    /// The file `id`.
    pub fn doc(&self, id: DocId) -> &Doc {
        &self.docs[id]
    }

    /// The value `reference` (as written in file `from`) points at.
    pub fn resolve(&self, from: DocId, reference: &str) -> Result<(DocId, &Value), LoadError> {
        let holder = &self.docs[from];
        let dangling = || LoadError::Dangling {
            file: holder.path.clone(),
            reference: reference.to_owned(),
        };
        let (file, fragment) = split(reference);
        let target = if file.is_empty() {
            from
        } else {
            let path = join_relative(&holder.path, &percent_decode(file));
            *self.by_path.get(&path).ok_or_else(dangling)?
        };
        let root: &Value = &self.docs[target].root;
        let fragment = percent_decode(fragment);
        let value = if fragment.is_empty() {
            Some(root)
        } else if fragment.starts_with('/') {
            compat_schema::lookup::pointer(root, &fragment)
        } else {
            None
        };
        value.map(|v| (target, v)).ok_or_else(dangling)
    }

    /// `value` itself, or what its `$ref` (and theirs, in turn) leads to.
    pub fn deref<'a>(
        &'a self,
        doc: DocId,
        value: &'a Value,
    ) -> Result<(DocId, &'a Value), LoadError> {
        let (mut doc, mut value) = (doc, value);
        for _ in 0..MAX_HOPS {
            match ref_of(value) {
                Some(r) => (doc, value) = self.resolve(doc, r)?,
                None => return Ok((doc, value)),
            }
        }
        Err(LoadError::RefCycle {
            file: self.docs[doc].path.clone(),
            reference: ref_of(value).unwrap_or_default().to_owned(),
        })
    }
}

/// The `$ref` of an object, when it has one.
pub fn ref_of(value: &Value) -> Option<&str> {
    compat_schema::lookup::get(value, "$ref")?.as_str()
}

/// `FILE#FRAGMENT` split at the first `#`.
fn split(reference: &str) -> (&str, &str) {
    reference.split_once('#').unwrap_or((reference, ""))
}

/// Refuses a reference that names a URL.
fn check_local(file: &Path, reference: &str) -> Result<(), LoadError> {
    let (target, _) = split(reference);
    let scheme = target.split_once(':').is_some_and(|(s, _)| {
        !s.is_empty()
            && s.chars()
                .all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
    });
    if scheme || target.starts_with("//") {
        return Err(LoadError::RemoteRef {
            file: file.into(),
            reference: reference.to_owned(),
        });
    }
    Ok(())
}

/// Keys whose values are data, not description: a `$ref` inside is not a reference.
const DATA_KEYS: &[&str] = &["example", "default", "const", "enum"];

/// Every `$ref` string of `root`, walked without recursion.
fn refs(root: &Value) -> Vec<&str> {
    let mut out = Vec::new();
    let mut stack = vec![root];
    while let Some(v) = stack.pop() {
        match v {
            Value::Object(map) => {
                for (k, child) in map {
                    if k == "$ref" {
                        if let Value::String(s) = child {
                            out.push(s.as_str());
                            continue;
                        }
                    }
                    if !DATA_KEYS.contains(&k.as_str()) {
                        stack.push(child);
                    }
                }
            }
            Value::Array(items) => stack.extend(items),
            _ => {}
        }
    }
    out
}

/// `%7B` and the like decoded (references are URI fragments); invalid escapes kept.
fn percent_decode(text: &str) -> String {
    if !text.contains('%') {
        return text.to_owned();
    }
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            if let (Some(h), Some(l)) = (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                out.push((h * 16 + l) as u8);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_decode_and_bad_ones_stay() {
        assert_eq!(
            percent_decode("/paths/~1pets~1%7Bid%7D"),
            "/paths/~1pets~1{id}"
        );
        assert_eq!(percent_decode("100%"), "100%");
        assert_eq!(percent_decode("%zz"), "%zz");
    }

    #[test]
    fn urls_are_refused_and_files_are_not() {
        let f = Path::new("a.json");
        assert!(check_local(f, "https://example.com/x.json#/a").is_err());
        assert!(check_local(f, "//example.com/x.json").is_err());
        assert!(check_local(f, "file:///etc/passwd").is_err());
        assert!(check_local(f, "common.json#/components").is_ok());
        assert!(check_local(f, "#/components/schemas/a:b").is_ok());
    }
}
