//! Swagger 2.0 into the same model as OpenAPI 3: `body` parameters become the
//! request body under each media type of `consumes`; `formData` parameters
//! become one object schema under `application/x-www-form-urlencoded` (or
//! `multipart/form-data` when consumed); a response's `schema` is served as
//! each media type of `produces`; `collectionFormat` becomes `style` and
//! `explode`; `securityDefinitions` become security schemes, `host`,
//! `basePath` and `schemes` the server URLs. A non-body parameter's
//! `x-deprecated` (2.0 has no `deprecated` there) marks it deprecated, with
//! `x-sunset`, `x-deprecated-at` and `x-stability-level` as in OpenAPI 3; a
//! `formData` parameter's marks go on its property of the form's schema, as
//! a property of an OpenAPI 3 request body carries them.

use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet};

use serde_json::{json, Map, Value};

use crate::build::{deprecation, header, header_example, object, schema, security, text_of};
use crate::docs::{DocId, Docs};
use crate::error::LoadError;
use crate::model::{
    add_path, media_key, path_key, path_params, At, Flow, In, Operation, Parameter, PathItem,
    RequestBody, Requirement, Response, Schema, SecurityScheme, SortedMap, Spec, Version, METHODS,
};
use crate::oas3::param_key;

/// The keywords of a non-body parameter (or header, or `items`) that are its schema.
const SCHEMA_KEYS: &[&str] = &[
    "type",
    "format",
    "items",
    "enum",
    "default",
    "maximum",
    "minimum",
    "exclusiveMaximum",
    "exclusiveMinimum",
    "maxLength",
    "minLength",
    "pattern",
    "maxItems",
    "minItems",
    "uniqueItems",
    "multipleOf",
];

/// The model of a Swagger 2.0 description.
pub fn build(docs: &Docs) -> Result<Spec<'_>, LoadError> {
    let root = object(Some(&*docs.main().root));
    let media = |k: &str| -> Vec<String> {
        root.get(k)
            .and_then(Value::as_array)
            .map(|a| a.iter().filter_map(Value::as_str).map(media_key).collect())
            .unwrap_or_default()
    };
    let b = Builder {
        docs,
        consumes: media("consumes"),
        produces: media("produces"),
        global: security(root.get("security")),
    };
    let mut paths = BTreeMap::new();
    for (template, item) in object(root.get("paths")) {
        add_path(&mut paths, path_key(template), b.path_item(template, item)?);
    }
    let mut security_schemes = BTreeMap::new();
    for (name, def) in object(root.get("securityDefinitions")) {
        security_schemes.insert(name.clone(), security_scheme(object(Some(def))));
    }
    Ok(Spec {
        version: Version::Swagger2,
        servers: servers(root),
        paths,
        webhooks: BTreeMap::new(),
        security_schemes,
    })
}

fn servers(root: &Map<String, Value>) -> BTreeSet<String> {
    let host = root.get("host").and_then(Value::as_str).unwrap_or("");
    let base = root.get("basePath").and_then(Value::as_str).unwrap_or("");
    if host.is_empty() && base.is_empty() {
        return BTreeSet::new();
    }
    if host.is_empty() {
        return BTreeSet::from([base.to_owned()]);
    }
    let schemes: Vec<&str> = root
        .get("schemes")
        .and_then(Value::as_array)
        .map(|a| a.iter().filter_map(Value::as_str).collect())
        .unwrap_or_else(|| vec!["https"]);
    schemes
        .iter()
        .map(|s| format!("{s}://{host}{base}"))
        .collect()
}

fn security_scheme(raw: &Map<String, Value>) -> SecurityScheme {
    let text = |k: &str| raw.get(k).and_then(Value::as_str).map(str::to_owned);
    let mut fields = BTreeMap::new();
    let mut flows = BTreeMap::new();
    let kind = match text("type").as_deref() {
        Some("basic") => {
            fields.insert("scheme".to_owned(), "basic".to_owned());
            "http".to_owned()
        }
        Some("apiKey") => {
            for k in ["in", "name"] {
                if let Some(v) = text(k) {
                    fields.insert(k.to_owned(), v);
                }
            }
            "apiKey".to_owned()
        }
        Some("oauth2") => {
            let flow = match text("flow").as_deref() {
                Some("application") => "clientCredentials",
                Some("accessCode") => "authorizationCode",
                Some("password") => "password",
                _ => "implicit",
            };
            let urls = ["authorizationUrl", "tokenUrl"]
                .iter()
                .filter_map(|k| Some(((*k).to_owned(), text(k)?)))
                .collect();
            let scopes = object(raw.get("scopes")).keys().cloned().collect();
            flows.insert(flow.to_owned(), Flow { urls, scopes });
            "oauth2".to_owned()
        }
        other => other.unwrap_or_default().to_owned(),
    };
    SecurityScheme {
        kind,
        fields,
        flows,
    }
}

/// `collectionFormat` as OpenAPI 3's `style` and `explode`.
fn style_of(location: In, format: Option<&str>) -> (String, bool) {
    let plain = match location {
        In::Query | In::Cookie => "form",
        In::Path | In::Header => "simple",
    };
    match format {
        Some("multi") => ("form".into(), true),
        Some("ssv") => ("spaceDelimited".into(), false),
        Some("pipes") => ("pipeDelimited".into(), false),
        Some("tsv") => ("tabDelimited".into(), false),
        _ => (plain.into(), false),
    }
}

/// The schema keywords of a non-body parameter or header, as a schema.
fn inline_schema(raw: &Map<String, Value>) -> Value {
    let mut out = Map::new();
    for k in SCHEMA_KEYS {
        if let Some(v) = raw.get(*k) {
            out.insert((*k).to_owned(), v.clone());
        }
    }
    Value::Object(out)
}

/// Whether a non-body parameter is deprecated. Swagger 2.0 gives
/// parameters no `deprecated` field; descriptions write the extension
/// `x-deprecated` (`true`, which swagger2openapi turns into `deprecated`
/// when converting to OpenAPI 3; a message string counts too) or borrow
/// OpenAPI 3's `deprecated: true`. `false` and an empty message do not.
fn deprecated_param(raw: &Map<String, Value>) -> bool {
    ["x-deprecated", "deprecated"]
        .iter()
        .any(|k| match raw.get(*k) {
            Some(Value::Bool(b)) => *b,
            Some(Value::String(s)) => !s.trim().is_empty(),
            _ => false,
        })
}

/// A `formData` parameter as its property of the form's schema: its schema
/// keywords, and its deprecation (`deprecated: true`) with `x-sunset`,
/// `x-deprecated-at` and `x-stability-level` as a property carries them
/// (as swagger2openapi writes it), so that its removal is judged by its
/// deprecation window and its sunset compared, as any property's.
fn form_property(raw: &Map<String, Value>) -> Value {
    let mut out = inline_schema(raw);
    if let Value::Object(map) = &mut out {
        if deprecated_param(raw) {
            map.insert("deprecated".to_owned(), Value::Bool(true));
        }
        for k in ["x-sunset", "x-deprecated-at", "x-stability-level"] {
            if let Some(v) = raw.get(k) {
                map.insert(k.to_owned(), v.clone());
            }
        }
    }
    out
}

/// A parameter as written, with the file it is in and where.
type RawParam<'a> = (DocId, &'a Map<String, Value>, At);

struct Builder<'a> {
    docs: &'a Docs,
    consumes: Vec<String>,
    produces: Vec<String>,
    global: Option<Vec<Requirement>>,
}

impl<'a> Builder<'a> {
    fn path_item(&self, template: &str, item: &'a Value) -> Result<PathItem<'a>, LoadError> {
        let (doc, item) = self.docs.deref(0, item)?;
        let item = object(Some(item));
        let mut out = PathItem {
            template: template.to_owned(),
            operations: SortedMap::new(),
        };
        for method in METHODS {
            let Some(raw) = item.get(*method) else {
                continue;
            };
            if let Some(op) = raw.as_object() {
                let mut op = self.operation(doc, template, method, item, op)?;
                op.at = Some(At::of(doc, raw));
                out.operations.insert(method, op);
            }
        }
        Ok(out)
    }

    fn media(&self, raw: &Map<String, Value>, key: &str, global: &[String]) -> Vec<String> {
        let own: Vec<String> = raw
            .get(key)
            .and_then(Value::as_array)
            .map(|a| a.iter().filter_map(Value::as_str).map(media_key).collect())
            .unwrap_or_else(|| global.to_vec());
        if own.is_empty() {
            vec!["application/json".to_owned()]
        } else {
            own
        }
    }

    fn operation(
        &self,
        doc: DocId,
        template: &str,
        method: &str,
        item: &'a Map<String, Value>,
        raw: &'a Map<String, Value>,
    ) -> Result<Operation<'a>, LoadError> {
        let consumes = self.media(raw, "consumes", &self.consumes);
        let produces = self.media(raw, "produces", &self.produces);
        let positions = path_params(template);
        // Path-level first, overridden by the operation's own (by in and name).
        let mut raw_params: BTreeMap<(String, String), RawParam<'a>> = BTreeMap::new();
        for list in [item.get("parameters"), raw.get("parameters")] {
            for p in list.and_then(Value::as_array).into_iter().flatten() {
                let (pdoc, p) = self.docs.deref(doc, p)?;
                let at = At::of(pdoc, p);
                let Some(p) = p.as_object() else { continue };
                let key = |k: &str| p.get(k).and_then(Value::as_str).unwrap_or("").to_owned();
                raw_params.insert((key("in"), key("name")), (pdoc, p, at));
            }
        }
        let mut parameters = SortedMap::new();
        let mut body = None;
        let mut form = Map::new();
        let mut form_required = Vec::new();
        let mut form_at = None;
        for ((location, name), (pdoc, p, at)) in &raw_params {
            let required = p.get("required").and_then(Value::as_bool).unwrap_or(false);
            match location.as_str() {
                "body" => {
                    let content = consumes
                        .iter()
                        .map(|m| (m.clone(), schema(*pdoc, p.get("schema"))))
                        .collect();
                    body = Some(RequestBody {
                        at: Some(*at),
                        required,
                        content,
                    });
                }
                "formData" => {
                    form_at = form_at.or(Some(*at));
                    form.insert(name.clone(), form_property(p));
                    if required {
                        form_required.push(Value::String(name.clone()));
                    }
                }
                other => {
                    let Some(location) = In::parse(other) else {
                        continue;
                    };
                    let format = p.get("collectionFormat").and_then(Value::as_str);
                    let (style, explode) = style_of(location, format);
                    let param = Parameter {
                        name: name.clone(),
                        location,
                        at: Some(*at),
                        required: required || location == In::Path,
                        style,
                        explode,
                        deprecated: deprecated_param(p),
                        sunset: p.get("x-sunset").map(text_of),
                        deprecation_date: p.get("x-deprecated-at").map(text_of),
                        stability: p
                            .get("x-stability-level")
                            .and_then(Value::as_str)
                            .map(str::to_ascii_lowercase),
                        schema: Some(Schema {
                            doc: *pdoc,
                            value: Cow::Owned(inline_schema(p)),
                        }),
                    };
                    parameters.insert(param_key(location, name, &positions), param);
                }
            }
        }
        if !form.is_empty() {
            let media = if consumes.iter().any(|m| m == "multipart/form-data") {
                "multipart/form-data"
            } else {
                "application/x-www-form-urlencoded"
            };
            let required = !form_required.is_empty();
            let value = json!({"type": "object", "properties": form, "required": form_required});
            let content = SortedMap::from_iter([(
                media.to_owned(),
                Some(Schema {
                    doc,
                    value: Cow::Owned(value),
                }),
            )]);
            body = Some(RequestBody {
                at: form_at,
                required,
                content,
            });
        }
        let mut responses = SortedMap::new();
        for (code, r) in object(raw.get("responses")) {
            let (rdoc, r) = self.docs.deref(doc, r)?;
            responses.insert(
                code.to_ascii_uppercase(),
                self.response(rdoc, r, &produces)?,
            );
        }
        let mut op = Operation {
            name: format!("{} {template}", method.to_ascii_uppercase()),
            at: None,
            operation_id: raw
                .get("operationId")
                .and_then(Value::as_str)
                .map(str::to_owned),
            deprecated: false,
            sunset: None,
            deprecation_date: None,
            stability: None,
            parameters,
            request_body: body,
            responses,
            security: security(raw.get("security")).or_else(|| self.global.clone()),
            callbacks: BTreeMap::new(),
        };
        deprecation(&mut op, raw);
        Ok(op)
    }

    fn response(
        &self,
        doc: DocId,
        raw: &'a Value,
        produces: &[String],
    ) -> Result<Response<'a>, LoadError> {
        let mut headers = SortedMap::new();
        for (name, h) in object(raw.get("headers")) {
            let example = header_example(self.docs, doc, h, Some(h));
            let s = Schema {
                doc,
                value: Cow::Owned(inline_schema(object(Some(h)))),
            };
            let (key, header) = header(name, Some(At::of(doc, h)), false, Some(s), example);
            headers.insert(key, header);
        }
        let content = match raw.get("schema") {
            Some(s) => produces
                .iter()
                .map(|m| (m.clone(), schema(doc, Some(s))))
                .collect(),
            None => SortedMap::new(),
        };
        Ok(Response {
            at: Some(At::of(doc, raw)),
            headers,
            content,
        })
    }
}
