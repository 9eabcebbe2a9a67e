//! OpenAPI 3.0 and 3.1 into the model: path items (and webhooks, callbacks)
//! with their `$ref`s followed, parameters merged from path and operation,
//! `style`/`explode` made explicit, security applied from the top level.

use std::collections::BTreeMap;

use serde_json::{Map, Value};

use crate::build::{deprecation, header, header_example, object, schema, security, text_of};
use crate::docs::{DocId, Docs};
use crate::error::LoadError;
use crate::model::{
    add_path, media_key, path_key, path_params, At, Flow, In, Operation, ParamKey, Parameter,
    PathItem, RequestBody, Requirement, Response, Schema, SecurityScheme, SortedMap, Spec, Version,
    METHODS,
};

/// The model of an OpenAPI 3.x description.
pub fn build(docs: &Docs, version: Version) -> Result<Spec<'_>, LoadError> {
    let root = object(Some(&*docs.main().root));
    let global = security(root.get("security"));
    let b = Builder { docs };
    let mut paths = BTreeMap::new();
    for (template, item) in object(root.get("paths")) {
        let item = b.path_item(0, template, item, global.as_ref())?;
        add_path(&mut paths, path_key(template), item);
    }
    let mut webhooks = BTreeMap::new();
    let hooks = root.get("webhooks").or_else(|| root.get("x-webhooks"));
    for (name, item) in object(hooks) {
        webhooks.insert(name.clone(), b.path_item(0, name, item, None)?);
    }
    let mut security_schemes = BTreeMap::new();
    let components = object(root.get("components"));
    for (name, scheme) in object(components.get("securitySchemes")) {
        let (_, scheme) = docs.deref(0, scheme)?;
        security_schemes.insert(name.clone(), security_scheme(object(Some(scheme))));
    }
    Ok(Spec {
        version,
        servers: servers(root.get("servers")),
        paths,
        webhooks,
        security_schemes,
    })
}

/// Server URLs with their variables at their defaults.
pub fn servers(value: Option<&Value>) -> std::collections::BTreeSet<String> {
    let mut out = std::collections::BTreeSet::new();
    for server in value.and_then(Value::as_array).into_iter().flatten() {
        let Some(mut url) = server.get("url").and_then(Value::as_str).map(str::to_owned) else {
            continue;
        };
        for (var, def) in object(server.get("variables")) {
            if let Some(d) = def.get("default").and_then(Value::as_str) {
                url = url.replace(&format!("{{{var}}}"), d);
            }
        }
        out.insert(url);
    }
    out
}

fn security_scheme(raw: &Map<String, Value>) -> SecurityScheme {
    let text = |k: &str| raw.get(k).and_then(Value::as_str).map(str::to_owned);
    let kind = text("type").unwrap_or_default();
    let mut fields = BTreeMap::new();
    let keys: &[&str] = match kind.as_str() {
        "apiKey" => &["in", "name"],
        "http" => &["scheme"],
        "openIdConnect" => &["openIdConnectUrl"],
        _ => &[],
    };
    for k in keys {
        if let Some(v) = text(k) {
            let v = if *k == "scheme" {
                v.to_ascii_lowercase()
            } else {
                v
            };
            fields.insert((*k).to_owned(), v);
        }
    }
    let mut flows = BTreeMap::new();
    for (name, flow) in object(raw.get("flows")) {
        let flow = object(Some(flow));
        let urls = ["authorizationUrl", "tokenUrl", "refreshUrl"]
            .iter()
            .filter_map(|k| Some(((*k).to_owned(), flow.get(*k)?.as_str()?.to_owned())))
            .collect();
        let scopes = object(flow.get("scopes")).keys().cloned().collect();
        flows.insert(name.clone(), Flow { urls, scopes });
    }
    SecurityScheme {
        kind,
        fields,
        flows,
    }
}

/// A member of a schema-free object of the description, found by scanning
/// a small object's keys rather than hashing the key (compat-schema's
/// `lookup`; the answer `get` gives).
trait Member<'v> {
    fn member(self, key: &str) -> Option<&'v Value>;
}

impl<'v> Member<'v> for &'v Value {
    fn member(self, key: &str) -> Option<&'v Value> {
        compat_schema::lookup::get(self, key)
    }
}

impl<'v> Member<'v> for &'v Map<String, Value> {
    fn member(self, key: &str) -> Option<&'v Value> {
        compat_schema::lookup::member(self, key)
    }
}

struct Builder<'a> {
    docs: &'a Docs,
}

impl<'a> Builder<'a> {
    fn path_item(
        &self,
        doc: DocId,
        template: &str,
        item: &'a Value,
        global: Option<&Vec<Requirement>>,
    ) -> Result<PathItem<'a>, LoadError> {
        let (doc, item) = self.docs.deref(doc, item)?;
        let item = object(Some(item));
        let mut out = PathItem {
            template: template.to_owned(),
            operations: SortedMap::new(),
        };
        for method in METHODS {
            let Some(raw) = item.member(method) else {
                continue;
            };
            let Some(op) = raw.as_object() else {
                continue;
            };
            let mut op = self.operation(doc, template, method, item, op, global)?;
            op.at = Some(At::of(doc, raw));
            out.operations.insert(method, op);
        }
        Ok(out)
    }

    fn operation(
        &self,
        doc: DocId,
        template: &str,
        method: &str,
        item: &'a Map<String, Value>,
        raw: &'a Map<String, Value>,
        global: Option<&Vec<Requirement>>,
    ) -> Result<Operation<'a>, LoadError> {
        let mut parameters = SortedMap::new();
        let positions = path_params(template);
        for list in [item.member("parameters"), raw.member("parameters")] {
            for p in list.and_then(Value::as_array).into_iter().flatten() {
                let (pdoc, p) = self.docs.deref(doc, p)?;
                if let Some((key, param)) = self.parameter(pdoc, p, &positions) {
                    parameters.insert(key, param);
                }
            }
        }
        let request_body = match raw.member("requestBody") {
            Some(rb) => {
                let (rdoc, rb) = self.docs.deref(doc, rb)?;
                Some(RequestBody {
                    at: Some(At::of(rdoc, rb)),
                    required: rb
                        .member("required")
                        .and_then(Value::as_bool)
                        .unwrap_or(false),
                    content: self.content(rdoc, rb.member("content")),
                })
            }
            None => None,
        };
        let mut responses = SortedMap::new();
        for (code, r) in object(raw.member("responses")) {
            let (rdoc, r) = self.docs.deref(doc, r)?;
            responses.insert(code.to_ascii_uppercase(), self.response(rdoc, r)?);
        }
        let mut callbacks = BTreeMap::new();
        for (name, cb) in object(raw.member("callbacks")) {
            let (cdoc, cb) = self.docs.deref(doc, cb)?;
            let mut exprs = BTreeMap::new();
            for (expr, item) in object(Some(cb)) {
                exprs.insert(expr.clone(), self.path_item(cdoc, expr, item, None)?);
            }
            callbacks.insert(name.clone(), exprs);
        }
        let mut op = Operation {
            name: format!("{} {template}", method.to_ascii_uppercase()),
            at: None,
            operation_id: raw
                .member("operationId")
                .and_then(Value::as_str)
                .map(str::to_owned),
            deprecated: false,
            sunset: None,
            deprecation_date: None,
            stability: None,
            parameters,
            request_body,
            responses,
            security: security(raw.member("security")).or_else(|| global.cloned()),
            callbacks,
        };
        deprecation(&mut op, raw);
        Ok(op)
    }

    fn parameter(
        &self,
        doc: DocId,
        raw: &'a Value,
        positions: &[&str],
    ) -> Option<(ParamKey, Parameter<'a>)> {
        let name = raw.member("name")?.as_str()?;
        let location = In::parse(raw.member("in")?.as_str()?)?;
        let style = raw
            .member("style")
            .and_then(Value::as_str)
            .unwrap_or(match location {
                In::Query | In::Cookie => "form",
                In::Path | In::Header => "simple",
            })
            .to_owned();
        let explode = raw
            .member("explode")
            .and_then(Value::as_bool)
            .unwrap_or(style == "form");
        let schema = match raw.member("schema") {
            Some(s) => schema(doc, Some(s)),
            None => self
                .content(doc, raw.member("content"))
                .into_values()
                .next()
                .flatten(),
        };
        let key = param_key(location, name, positions);
        Some((
            key,
            Parameter {
                name: name.to_owned(),
                location,
                at: Some(At::of(doc, raw)),
                required: location == In::Path
                    || raw
                        .member("required")
                        .and_then(Value::as_bool)
                        .unwrap_or(false),
                style,
                explode,
                deprecated: raw
                    .member("deprecated")
                    .and_then(Value::as_bool)
                    .unwrap_or(false),
                sunset: raw.member("x-sunset").map(text_of),
                deprecation_date: raw.member("x-deprecated-at").map(text_of),
                stability: raw
                    .member("x-stability-level")
                    .and_then(Value::as_str)
                    .map(str::to_ascii_lowercase),
                schema,
            },
        ))
    }

    fn content(
        &self,
        doc: DocId,
        value: Option<&'a Value>,
    ) -> SortedMap<String, Option<Schema<'a>>> {
        object(value)
            .iter()
            .map(|(media, m)| (media_key(media), schema(doc, m.member("schema"))))
            .collect()
    }

    fn response(&self, doc: DocId, raw: &'a Value) -> Result<Response<'a>, LoadError> {
        let mut headers = SortedMap::new();
        for (name, h) in object(raw.member("headers")) {
            let (hdoc, h) = self.docs.deref(doc, h)?;
            let s = h.member("schema");
            let example = header_example(self.docs, hdoc, h, s);
            let required = h
                .member("required")
                .and_then(Value::as_bool)
                .unwrap_or(false);
            let at = Some(At::of(hdoc, h));
            let (key, header) = header(name, at, required, schema(hdoc, s), example);
            headers.insert(key, header);
        }
        Ok(Response {
            at: Some(At::of(doc, raw)),
            headers,
            content: self.content(doc, raw.member("content")),
        })
    }
}

/// A parameter's key: path parameters by position in the template (a
/// renamed path parameter is the same parameter), headers without case.
pub fn param_key(location: In, name: &str, positions: &[&str]) -> ParamKey {
    match location {
        In::Path => match positions.iter().position(|p| *p == name) {
            Some(i) => (In::Path, format!("#{i}")),
            None => (In::Path, name.to_owned()),
        },
        In::Header => (In::Header, name.to_ascii_lowercase()),
        other => (other, name.to_owned()),
    }
}
