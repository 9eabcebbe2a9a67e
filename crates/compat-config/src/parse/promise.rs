//! `[promises.NAME]` and references to promises.

use std::collections::BTreeMap;

use super::{table_name, State};
use crate::model::{Promise, PromiseKind, VersionFrom};
use crate::read::{Section, Sink, Spanned};

const PROMISE_KEYS: &[&str] = &[
    "kind",
    "version_from",
    "zero_major_is_unstable",
    "mode",
    "policy",
    "schemas",
    "surface",
];

/// The compatibility modes of a json-schema promise.
const MODES: &[&str] = &[
    "backward",
    "backward-transitive",
    "forward",
    "forward-transitive",
    "full",
    "full-transitive",
    "none",
];

/// The policies of a json-schema promise: whether declaring a property an open content model
/// allowed breaks (`strict`, Confluent's) or not (`lenient`).
const POLICIES: &[&str] = &["strict", "lenient"];

impl State {
    /// Records an error unless `name` is a declared promise.
    pub(super) fn check_promise(&self, sink: &mut Sink<'_>, name: &Spanned<String>, place: &str) {
        if self.promises.contains(&name.value) {
            return;
        }
        let hint = sink.hint(&name.value, self.promises.iter().map(String::as_str));
        sink.error(
            name.span.clone(),
            format!(
                "unknown promise `{}` in {place}{hint} (promises are declared as [promises.NAME])",
                name.value
            ),
        );
    }

    /// Every `[promises.NAME]`.
    pub(super) fn promise_tables(
        &mut self,
        root: &Section<'_>,
        sink: &mut Sink<'_>,
    ) -> BTreeMap<String, Promise> {
        let mut out = BTreeMap::new();
        let Some(all) = root.table(sink, "promises", "[promises]".into()) else {
            return out;
        };
        for (key, _) in all.entries() {
            let name = key.get();
            let Some(section) = all.table(sink, name, table_name("promises", name)) else {
                continue;
            };
            if let Some(p) = promise(name, &section, sink) {
                out.insert(name.to_owned(), p);
            }
        }
        out
    }
}

fn promise(name: &str, section: &Section<'_>, sink: &mut Sink<'_>) -> Option<Promise> {
    section.check_keys(sink, PROMISE_KEYS);
    let kind = if section.has("kind") {
        section.keyword(sink, "kind", PromiseKind::NAMES, PromiseKind::from_name)
    } else {
        section.missing(sink, "kind", "");
        None
    };
    let version_from = section.string(sink, "version_from").and_then(|v| {
        let parsed = VersionFrom::parse(&v.value);
        if parsed.is_none() {
            sink.error(
                v.span,
                format!(
                    "invalid `version_from` {:?} in {}: expected \"git-tag:GLOB\", \"soname\", \"file:PATH\" or \"cargo:PATH\"",
                    v.value, section.name
                ),
            );
        }
        parsed
    });
    let zero_major_is_unstable = section.bool(sink, "zero_major_is_unstable").unwrap_or(true);
    let mode = section.string(sink, "mode");
    if let Some(m) = &mode {
        if !MODES.contains(&m.value.as_str()) {
            let msg = crate::read::invalid_keyword(sink, "mode", &m.value, MODES, &section.name);
            sink.error(m.span.clone(), msg);
        }
    }
    let policy = section.string(sink, "policy");
    if let Some(p) = &policy {
        if !POLICIES.contains(&p.value.as_str()) {
            let msg =
                crate::read::invalid_keyword(sink, "policy", &p.value, POLICIES, &section.name);
            sink.error(p.span.clone(), msg);
        }
    }
    let schemas = section.strings(sink, "schemas", false);
    for pattern in schemas.iter().flatten() {
        let leaves = std::path::Path::new(&pattern.value)
            .components()
            .any(|c| c == std::path::Component::ParentDir);
        let problem = super::glob_problem(&pattern.value).or_else(|| {
            leaves.then(|| "must stay inside the directory of compat.toml (a baseline mirrors the files' paths)".to_owned())
        });
        if let Some(problem) = problem {
            sink.error(
                pattern.span.clone(),
                format!(
                    "schema file pattern {:?} in {} {problem}",
                    pattern.value, section.name
                ),
            );
        }
    }
    let surface = section.string(sink, "surface");
    let kind = kind?.value;

    // Keys that belong to one kind only.
    for (key, owner) in [
        ("mode", PromiseKind::JsonSchema),
        ("policy", PromiseKind::JsonSchema),
        ("schemas", PromiseKind::JsonSchema),
        ("surface", PromiseKind::Cli),
    ] {
        if kind != owner {
            if let Some((k, _)) = section.get(key) {
                sink.error(
                    k.span(),
                    format!(
                        "`{key}` in {} applies only to kind \"{owner}\", not \"{kind}\"",
                        section.name
                    ),
                );
            }
        }
    }
    if kind == PromiseKind::JsonSchema {
        if !section.has("schemas") {
            section.missing(
                sink,
                "schemas",
                " (kind \"json-schema\" needs the schema files)",
            );
        } else if let (Some((_, item)), Some([])) = (section.get("schemas"), schemas.as_deref()) {
            sink.error(
                crate::read::item_span(item),
                format!("`schemas` in {} must name at least one file", section.name),
            );
        }
    }
    if kind == PromiseKind::Cli && !section.has("surface") {
        section.missing(sink, "surface", " (kind \"cli\" needs the flag inventory)");
    }
    Some(Promise {
        name: name.to_owned(),
        kind,
        version_from,
        zero_major_is_unstable,
        mode: mode.map(|m| m.value),
        policy: policy.map(|p| p.value),
        schemas: schemas
            .unwrap_or_default()
            .into_iter()
            .map(|s| s.value)
            .collect(),
        surface: surface.map(|s| s.value),
        at: sink.loc(section.span.clone()),
    })
}
