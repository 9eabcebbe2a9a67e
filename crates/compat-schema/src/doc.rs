//! Schema documents and their references: [`SchemaDoc`] holds a root
//! document and every document its `$ref`s reach (loaded once, up front,
//! through a [`Loader`]), with an index of `$id`s and `$anchor`s, so that
//! resolving a reference later is a lookup, never I/O.
//!
//! A reference to a remote URL (`http:`, `https:`, or any scheme but
//! `file:`) is never fetched: it must be mapped to a file (`ref_map`), or
//! loading fails with [`SchemaError::Remote`].

use std::sync::Arc;

use foldhash::HashMap;
use serde_json::Value;

use crate::dialect::Draft;
use crate::error::SchemaError;
use crate::uri;

/// Supplies the documents that references name. The binary reads files
/// through compat-fs; a caller holding documents in memory (an OpenAPI
/// description) can answer from a map.
pub trait Loader {
    /// The document at `path` (a local file path, from a `file:` URI or a
    /// `ref_map` entry), or why it cannot be had, in one line. Shared, not
    /// copied: a caller that holds the document already hands out a reference.
    fn load(&mut self, path: &str) -> Result<Arc<Value>, String>;

    /// What findings and errors call the document at `path` (the path itself, unless the loader
    /// reads from somewhere else than the file system: `REV:PATH` for a git revision's file).
    fn name(&self, path: &str) -> String {
        path.to_owned()
    }
}

/// A loader that has no document: every reference must stay inside the
/// documents given.
#[derive(Debug, Default, Clone, Copy)]
pub struct NoLoader;

impl Loader for NoLoader {
    fn load(&mut self, path: &str) -> Result<Arc<Value>, String> {
        Err(format!(
            "cannot load {path}: only in-memory documents are available"
        ))
    }
}

/// How documents are loaded.
#[derive(Debug, Clone, Default)]
pub struct LoadOptions {
    /// The draft of a document without `$schema` (default 2020-12).
    pub default_draft: Option<Draft>,
    /// Remote URLs (or URL prefixes ending in `/`) mapped to local paths.
    pub ref_map: Vec<(String, String)>,
    /// The most documents one [`SchemaDoc`] may load (default 1,000).
    pub max_documents: Option<usize>,
    /// Draft 4's `id` is not a keyword (OpenAPI 3.0 and Swagger 2.0 schema
    /// objects, whose descriptions use `id` for other things).
    pub no_draft4_id: bool,
}

/// Where a schema lives: a document and a JSON pointer into it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Location {
    /// Index of the document in its [`SchemaDoc`].
    pub doc: usize,
    /// JSON pointer (`""` for the root, `/definitions/a`).
    pub pointer: String,
}

/// One loaded document.
#[derive(Debug, Clone)]
pub struct Document {
    /// The URI it was loaded under (its retrieval URI).
    pub uri: String,
    /// What users call it (the file name as given).
    pub name: String,
    /// Its dialect.
    pub draft: Draft,
    /// Its content (shared with the caller that loaded it).
    pub value: Arc<Value>,
}

/// A schema document with every document its references reach.
#[derive(Debug, Clone)]
pub struct SchemaDoc {
    docs: Vec<Document>,
    /// Absolute URI without fragment (an `$id` or a retrieval URI) -> location.
    resources: HashMap<String, Location>,
    /// Absolute URI with a plain-name fragment (`$anchor`, draft 6/7 `$id: "#a"`) -> location.
    anchors: HashMap<String, Location>,
    /// Base URI of every location that declares `$id` (others inherit their parent's).
    bases: HashMap<(usize, String), String>,
    /// [`LoadOptions::no_draft4_id`].
    no_draft4_id: bool,
    /// How many objects and arrays the documents hold (outside data keywords).
    values: usize,
}

/// The keywords whose values are data, not schemas: not walked for `$id`s.
const DATA_KEYWORDS: &[&str] = &[
    "enum",
    "const",
    "default",
    "examples",
    "example",
    "x-examples",
];

/// The most locations (objects) indexed across all documents.
const MAX_LOCATIONS: usize = 4_000_000;

impl SchemaDoc {
    /// A schema from an in-memory value (an OpenAPI description, a parsed
    /// file) under the base URI `base` (`file:///abs/path.json`, or any
    /// name such as `urn:compat:old`), loading the documents its
    /// references name through `loader`.
    pub fn load(
        value: impl Into<Arc<Value>>,
        base: &str,
        name: &str,
        loader: &mut dyn Loader,
        options: &LoadOptions,
    ) -> Result<SchemaDoc, SchemaError> {
        Ok(SchemaDoc::load_finding(value, base, name, loader, options, &[])?.0)
    }

    /// [`SchemaDoc::load`], also finding the JSON pointers of the values at
    /// `addrs` (their addresses) inside `value`, in the walk that indexes
    /// it: what [`pointers_of`] answers, without one more walk.
    pub fn load_finding(
        value: impl Into<Arc<Value>>,
        base: &str,
        name: &str,
        loader: &mut dyn Loader,
        options: &LoadOptions,
        addrs: &[usize],
    ) -> Result<(SchemaDoc, Vec<(usize, String)>), SchemaError> {
        let wanted: foldhash::HashSet<usize> = addrs.iter().copied().collect();
        let mut found = Vec::new();
        let mut doc = SchemaDoc {
            docs: Vec::new(),
            resources: HashMap::default(),
            anchors: HashMap::default(),
            bases: HashMap::default(),
            no_draft4_id: false,
            values: 0,
        };
        let default = options.default_draft.unwrap_or(Draft::Draft2020);
        doc.no_draft4_id = options.no_draft4_id;
        // Each document's references to documents not yet loaded.
        let mut pending = vec![doc.add(base, name, value.into(), default, &wanted, &mut found)?];
        let max_docs = options.max_documents.unwrap_or(1000);
        // Load what references name, breadth first, each document once.
        let mut next = 0;
        while next < doc.docs.len() {
            for (loc, reference, base) in std::mem::take(&mut pending[next]) {
                let target = uri::resolve(&base, &reference);
                let (absolute, _) = uri::split_fragment(&target);
                if doc.resources.contains_key(absolute) {
                    continue;
                }
                let path = doc.local_path(absolute, &options.ref_map).ok_or_else(|| {
                    SchemaError::Remote {
                        doc: doc.docs[loc.doc].name.clone(),
                        pointer: display_pointer(&loc.pointer),
                        reference: reference.clone(),
                        url: absolute.to_owned(),
                    }
                })?;
                if doc.docs.len() >= max_docs {
                    return Err(SchemaError::Limit {
                        doc: doc.docs[0].name.clone(),
                        what: "too many referenced documents",
                        limit: max_docs,
                    });
                }
                let name = loader.name(&path);
                let value = loader.load(&path).map_err(|reason| SchemaError::Load {
                    uri: name.clone(),
                    reason,
                })?;
                let none = foldhash::HashSet::default();
                pending.push(doc.add(absolute, &name, value, default, &none, &mut found)?);
            }
            next += 1;
        }
        Ok((doc, found))
    }

    /// A schema from one in-memory document whose references stay inside
    /// it (or an OpenAPI description: its schemas under
    /// `#/components/schemas`).
    pub fn from_value(value: Value) -> Result<SchemaDoc, SchemaError> {
        SchemaDoc::load(
            value,
            "urn:compat:schema",
            "schema",
            &mut NoLoader,
            &LoadOptions::default(),
        )
    }

    /// How many objects and arrays the documents hold outside data
    /// keywords: the most subschemas a graph can read from them (graph
    /// reading sizes its index by it).
    pub fn values(&self) -> usize {
        self.values
    }

    /// The documents, the root first.
    pub fn documents(&self) -> &[Document] {
        &self.docs
    }

    /// The value at a location.
    pub fn value_at(&self, loc: &Location) -> Option<&Value> {
        crate::lookup::pointer(&self.docs.get(loc.doc)?.value, &loc.pointer)
    }

    /// The base URI in force at `loc` (its own `$id`, else its nearest
    /// ancestor's, else the document's URI).
    pub fn base_at(&self, loc: &Location) -> String {
        if self.bases.is_empty() {
            // No `$id` anywhere (an OpenAPI description): every prefix's
            // lookup would miss.
            return self.docs[loc.doc].uri.clone();
        }
        let mut p = loc.pointer.as_str();
        loop {
            if let Some(b) = self.bases.get(&(loc.doc, p.to_owned())) {
                return b.clone();
            }
            match p.rfind('/') {
                Some(i) => p = &p[..i],
                None => return self.docs[loc.doc].uri.clone(),
            }
        }
    }

    /// Resolves `reference` written at `at`.
    pub fn resolve(&self, at: &Location, reference: &str) -> Result<Location, SchemaError> {
        let base = self.base_at(at);
        let target = uri::resolve(&base, reference);
        self.lookup(&target).ok_or_else(|| SchemaError::Unresolved {
            doc: self.docs[at.doc].name.clone(),
            pointer: display_pointer(&at.pointer),
            reference: reference.to_owned(),
            reason: format!("no schema at {target}"),
        })
    }

    /// The location an absolute URI (with fragment) names.
    fn lookup(&self, target: &str) -> Option<Location> {
        let (absolute, fragment) = uri::split_fragment(target);
        if !fragment.is_empty() && !fragment.starts_with('/') {
            return self.anchors.get(target).cloned();
        }
        let root = self.resources.get(absolute)?;
        let pointer = format!("{}{}", root.pointer, uri::percent_decode(fragment));
        let loc = Location {
            doc: root.doc,
            pointer,
        };
        self.value_at(&loc)?;
        Some(loc)
    }

    /// The local path of a URI outside the loaded documents, when it may be loaded.
    fn local_path(&self, absolute: &str, ref_map: &[(String, String)]) -> Option<String> {
        for (url, path) in ref_map {
            if absolute == url {
                return Some(path.clone());
            }
            if url.ends_with('/') {
                if let Some(rest) = absolute.strip_prefix(url.as_str()) {
                    return Some(format!("{}/{}", path.trim_end_matches('/'), rest));
                }
            }
        }
        absolute.strip_prefix("file://").map(uri::percent_decode)
    }

    /// Adds a document and indexes its `$id`s and anchors; returns its
    /// `$ref` (and `$recursiveRef`, `$dynamicRef`) strings whose target is
    /// in no document loaded so far, each with its location and the base
    /// URI in force there, by location (found in the same walk); the
    /// pointers of the values at the addresses in `wanted` go to `found`.
    fn add(
        &mut self,
        uri_: &str,
        name: &str,
        value: Arc<Value>,
        default: Draft,
        wanted: &foldhash::HashSet<usize>,
        found: &mut Vec<(usize, String)>,
    ) -> Result<Vec<(Location, String, String)>, SchemaError> {
        let draft = Draft::of(&value, default);
        let index = self.docs.len();
        let (base, _) = uri::split_fragment(uri_);
        self.resources.entry(base.to_owned()).or_insert(Location {
            doc: index,
            pointer: String::new(),
        });
        let id_kw = if self.no_draft4_id && draft == Draft::Draft4 {
            "$id"
        } else {
            draft.id_keyword()
        };
        // Walk every object, iteratively, with the base URI in force and
        // the steps from the root to the value visited (a stack, not a
        // record of every value); a pointer is spelled only where an `$id`,
        // an anchor or a reference to a document not loaded is found.
        let mut path: Vec<Step<'_>> = Vec::new();
        let mut visited = 0usize;
        let mut base_list: Vec<String> = vec![base.to_owned()];
        let mut stack: Vec<(&Value, usize, Step<'_>, usize)> = vec![(&*value, 0, Step::Root, 0)];
        let mut found_bases = Vec::new();
        let mut found_resources = Vec::new();
        let mut found_anchors = Vec::new();
        // References: where, the reference, the base in force.
        let mut found_refs: Vec<(String, &str, usize)> = Vec::new();
        while let Some((v, depth, step, mut cur)) = stack.pop() {
            enter(&mut path, depth, step);
            visited += 1;
            if visited > MAX_LOCATIONS {
                return Err(SchemaError::Limit {
                    doc: name.to_owned(),
                    what: "too many objects in the document",
                    limit: MAX_LOCATIONS,
                });
            }
            if !wanted.is_empty() {
                let addr = v as *const Value as usize;
                if wanted.contains(&addr) {
                    found.push((addr, spell(&path)));
                }
            }
            match v {
                Value::Object(map) => {
                    // The keywords this walk looks for, in one pass over the keys.
                    let (mut id, mut refs, mut anchors) = (None, [None; 3], [None; 2]);
                    for (k, child) in map {
                        let slot = match k.as_str() {
                            k if k == id_kw => &mut id,
                            "$ref" => &mut refs[0],
                            "$recursiveRef" => &mut refs[1],
                            "$dynamicRef" => &mut refs[2],
                            "$anchor" => &mut anchors[0],
                            "$dynamicAnchor" => &mut anchors[1],
                            _ => continue,
                        };
                        *slot = child.as_str();
                    }
                    if let Some(id) = id {
                        let pointer = spell(&path);
                        let loc = Location {
                            doc: index,
                            pointer: pointer.clone(),
                        };
                        if let Some(anchor) = id.strip_prefix('#') {
                            // draft 6/7: `$id: "#name"` is an anchor.
                            found_anchors.push((format!("{}#{anchor}", base_list[cur]), loc));
                        } else {
                            let resolved = uri::resolve(&base_list[cur], id);
                            let (abs, frag) = uri::split_fragment(&resolved);
                            base_list.push(abs.to_owned());
                            cur = base_list.len() - 1;
                            found_bases.push(((index, pointer), abs.to_owned()));
                            found_resources.push((abs.to_owned(), loc.clone()));
                            if !frag.is_empty() {
                                found_anchors.push((format!("{abs}#{frag}"), loc));
                            }
                        }
                    }
                    for r in refs.into_iter().flatten() {
                        // Into a document loaded already: nothing to load
                        // (the documents loaded only grow), nothing spelled.
                        let target = uri::resolve(&base_list[cur], r);
                        if !self.resources.contains_key(uri::split_fragment(&target).0) {
                            found_refs.push((spell(&path), r, cur));
                        }
                    }
                    for a in anchors.into_iter().flatten() {
                        found_anchors.push((
                            format!("{}#{a}", base_list[cur]),
                            Location {
                                doc: index,
                                pointer: spell(&path),
                            },
                        ));
                    }
                    for (k, child) in map {
                        if !(child.is_object() || child.is_array())
                            || DATA_KEYWORDS.contains(&k.as_str())
                        {
                            continue;
                        }
                        stack.push((child, depth + 1, Step::Key(k), cur));
                    }
                }
                Value::Array(items) => {
                    for (i, child) in items.iter().enumerate() {
                        if child.is_object() || child.is_array() {
                            stack.push((child, depth + 1, Step::Index(i), cur));
                        }
                    }
                }
                _ => {}
            }
        }
        for (k, b) in found_bases {
            self.bases.insert(k, b);
        }
        for (u, l) in found_resources {
            self.resources.entry(u).or_insert(l);
        }
        for (u, l) in found_anchors {
            self.anchors.entry(u).or_insert(l);
        }
        // A reference into a document already loaded (this one among them)
        // loads nothing.
        let mut refs: Vec<(Location, String, String)> = found_refs
            .into_iter()
            .filter(|(_, r, cur)| {
                let target = uri::resolve(&base_list[*cur], r);
                !self.resources.contains_key(uri::split_fragment(&target).0)
            })
            .map(|(pointer, r, cur)| {
                let loc = Location {
                    doc: index,
                    pointer,
                };
                (loc, r.to_owned(), base_list[cur].clone())
            })
            .collect();
        refs.sort_by(|a, b| a.0.cmp(&b.0));
        self.values += visited;
        self.docs.push(Document {
            uri: base.to_owned(),
            name: name.to_owned(),
            draft,
            value,
        });
        Ok(refs)
    }
}

/// The JSON pointers of the values at `addrs` (their addresses) inside
/// `root`, found in one walk without recursion; a pointer is spelled only for
/// a value wanted, and data keywords (`enum`, `examples`, ...) are not entered.
pub fn pointers_of(root: &Value, addrs: &[usize]) -> Vec<(usize, String)> {
    // Addresses, not input: foldhash, not SipHash, for a set probed at every value.
    let wanted: foldhash::HashSet<usize> = addrs.iter().copied().collect();
    let mut out = Vec::new();
    let mut path: Vec<Step<'_>> = Vec::new();
    let mut stack: Vec<(&Value, usize, Step<'_>)> = vec![(root, 0, Step::Root)];
    while let Some((v, depth, step)) = stack.pop() {
        if out.len() == wanted.len() {
            break;
        }
        enter(&mut path, depth, step);
        let addr = v as *const Value as usize;
        if wanted.contains(&addr) {
            out.push((addr, spell(&path)));
        }
        match v {
            Value::Object(map) => {
                for (k, child) in map {
                    if (child.is_object() || child.is_array())
                        && !DATA_KEYWORDS.contains(&k.as_str())
                    {
                        stack.push((child, depth + 1, Step::Key(k)));
                    }
                }
            }
            Value::Array(items) => {
                for (i, child) in items.iter().enumerate() {
                    if child.is_object() || child.is_array() {
                        stack.push((child, depth + 1, Step::Index(i)));
                    }
                }
            }
            _ => {}
        }
    }
    out
}

/// One step of a walk: the root, a key, or an index.
#[derive(Clone, Copy)]
enum Step<'v> {
    Root,
    Key(&'v str),
    Index(usize),
}

/// The walk's path on entering a value `depth` steps below the root by
/// `step` (the root: depth 0, no step kept).
fn enter<'v>(path: &mut Vec<Step<'v>>, depth: usize, step: Step<'v>) {
    path.truncate(depth.saturating_sub(1));
    if depth > 0 {
        path.push(step);
    }
}

/// The JSON pointer of a walk's path.
fn spell(path: &[Step<'_>]) -> String {
    let mut out = String::new();
    for step in path {
        out.push('/');
        match step {
            Step::Root => {}
            Step::Key(k) => out.push_str(&uri::escape_token(k)),
            Step::Index(n) => {
                use std::fmt::Write as _;
                let _ = write!(out, "{n}");
            }
        }
    }
    out
}

/// A JSON pointer as shown to users (`#` for the root, else `#/a/b`).
pub fn display_pointer(pointer: &str) -> String {
    format!("#{pointer}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pointers_are_found_by_address() {
        let v = serde_json::json!({"a": {"b/c": [{"x": 1}, {"y": {"z": true}}]}});
        let target = v.pointer("/a/b~1c/1/y").unwrap();
        let addr = target as *const Value as usize;
        assert_eq!(pointers_of(&v, &[addr]), [(addr, "/a/b~1c/1/y".to_owned())]);
    }

    #[test]
    fn loading_finds_the_pointers_pointers_of_finds() {
        let v = Arc::new(serde_json::json!({
            "a": {"b/c": [{"x": 1}, {"y": {"z": true}}], "enum": [{"e": 1}]},
            "$defs": {"d": {"$ref": "#/a"}, "t~u": [[{}]]},
        }));
        let mut addrs: Vec<usize> = ["", "/a", "/a/b~1c/1/y", "/$defs/t~0u/0/0", "/a/enum/0"]
            .iter()
            .map(|p| v.pointer(p).unwrap() as *const Value as usize)
            .collect();
        addrs.push(v.pointer("/a/b~1c/0/x").unwrap() as *const Value as usize);
        let (_, mut found) = SchemaDoc::load_finding(
            v.clone(),
            "urn:t",
            "t",
            &mut NoLoader,
            &LoadOptions::default(),
            &addrs,
        )
        .unwrap();
        let mut expected = pointers_of(&v, &addrs);
        found.sort();
        expected.sort();
        // Data keywords and scalars are not entered, by either.
        assert_eq!(found.len(), 4);
        assert_eq!(found, expected);
    }
}
