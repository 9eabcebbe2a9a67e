//! Parts of the model built the same way for every version: security
//! requirements, the deprecation marks of an operation, the values a header
//! documents; and [`build`], which picks the version's builder.

use std::borrow::Cow;
use std::collections::BTreeSet;

use serde_json::{Map, Value};

use crate::docs::{DocId, Docs};
use crate::error::LoadError;
use crate::model::{At, Header, Operation, Requirement, Response, Schema, SortedMap, Spec};

/// The model of the description in `docs`.
pub fn build(docs: &Docs) -> Result<Spec<'_>, LoadError> {
    let main = docs.main();
    let not_openapi = |message: String| LoadError::NotOpenApi {
        file: main.path.clone(),
        message,
    };
    let Some(root) = main.root.as_object() else {
        return Err(not_openapi(
            "not an OpenAPI description (not an object)".into(),
        ));
    };
    if let Some(v) = root.get("swagger") {
        return match v.as_str() {
            Some("2.0") => crate::swagger2::build(docs),
            _ => Err(not_openapi(format!(
                "swagger: {v} is not a version compat reads (2.0)"
            ))),
        };
    }
    match root.get("openapi").and_then(Value::as_str) {
        Some(v) if v.starts_with("3.0") => {
            crate::oas3::build(docs, crate::model::Version::OpenApi30)
        }
        Some(v) if v.starts_with("3.") => {
            crate::oas3::build(docs, crate::model::Version::OpenApi31)
        }
        Some(v) => Err(not_openapi(format!(
            "openapi: {v:?} is not a version compat reads (3.0, 3.1)"
        ))),
        None => Err(not_openapi(
            "not an OpenAPI description (no openapi or swagger field)".into(),
        )),
    }
}

/// A value's object, or an empty one.
pub fn object(value: Option<&Value>) -> &Map<String, Value> {
    static EMPTY: std::sync::OnceLock<Map<String, Value>> = std::sync::OnceLock::new();
    value
        .and_then(Value::as_object)
        .unwrap_or_else(|| EMPTY.get_or_init(Map::new))
}

/// `security`: the alternatives (`None` when absent).
pub fn security(value: Option<&Value>) -> Option<Vec<Requirement>> {
    let list = value?.as_array()?;
    Some(
        list.iter()
            .filter_map(Value::as_object)
            .map(|alt| {
                alt.iter()
                    .map(|(name, scopes)| {
                        let scopes: BTreeSet<String> = scopes
                            .as_array()
                            .into_iter()
                            .flatten()
                            .filter_map(Value::as_str)
                            .map(str::to_owned)
                            .collect();
                        (name.clone(), scopes)
                    })
                    .collect()
            })
            .collect(),
    )
}

/// A text form of a documented value.
pub fn text_of(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// The value a header documents: its `example`, else its schema's `const`,
/// `default`, `example` or single `enum` value.
pub fn header_example(
    docs: &Docs,
    doc: DocId,
    header: &Value,
    schema: Option<&Value>,
) -> Option<String> {
    if let Some(v) = header.get("example") {
        return Some(text_of(v));
    }
    let schema = schema.map(|s| docs.deref(doc, s).map_or(s, |(_, v)| v))?;
    for key in ["const", "default", "example"] {
        if let Some(v) = schema.get(key) {
            return Some(text_of(v));
        }
    }
    match schema
        .get("enum")
        .and_then(Value::as_array)
        .map(Vec::as_slice)
    {
        Some([one]) => Some(text_of(one)),
        _ => None,
    }
}

/// A header of a response, built by the version's builder.
pub fn header<'a>(
    name: &str,
    at: Option<At>,
    required: bool,
    schema: Option<Schema<'a>>,
    example: Option<String>,
) -> (String, Header<'a>) {
    (
        name.to_ascii_lowercase(),
        Header {
            name: name.to_owned(),
            at,
            required,
            schema,
            example,
        },
    )
}

/// Fills in an operation's deprecation marks from its own fields and its
/// responses' `Sunset` and `Deprecation` headers (RFC 8594, RFC 9745).
pub fn deprecation(op: &mut Operation<'_>, raw: &Map<String, Value>) {
    op.deprecated = raw
        .get("deprecated")
        .and_then(Value::as_bool)
        .unwrap_or(false);
    op.sunset = raw.get("x-sunset").map(text_of);
    op.stability = raw
        .get("x-stability-level")
        .and_then(Value::as_str)
        .map(str::to_ascii_lowercase);
    let header = |responses: &SortedMap<String, Response<'_>>, name: &str| {
        responses
            .values()
            .filter_map(|r| r.headers.get(name)?.example.clone())
            .next()
    };
    if op.sunset.is_none() {
        op.sunset = header(&op.responses, "sunset");
    }
    op.deprecation_date = header(&op.responses, "deprecation");
    if op.deprecation_date.is_some() {
        op.deprecated = true;
    }
    // A parameter without a level of its own has its operation's.
    for p in op.parameters.values_mut() {
        if p.stability.is_none() {
            p.stability.clone_from(&op.stability);
        }
    }
}

/// A schema borrowed from its file.
pub fn schema(doc: DocId, value: Option<&Value>) -> Option<Schema<'_>> {
    value.map(|v| Schema {
        doc,
        value: Cow::Borrowed(v),
    })
}
