//! Parameters (path, query, header, cookie): removed, added, required,
//! serialisation (`style`, `explode`), deprecated (with the sunset checked
//! against its window), and their schemas compared as requests.

use serde_json::Value;

use super::deprecation::{self, Marks};
use super::{schemas, Ctx};
use crate::engine::Sender;
use crate::locate::Which;
use crate::model::{In, Operation, Parameter};

fn member(p: &Parameter<'_>) -> String {
    format!("{} parameter {}", p.location.as_str(), p.name)
}

/// Whether a parameter's value is one scalar, which every style writes alike.
fn scalar(p: &Parameter<'_>) -> bool {
    let t = p.schema.as_ref().and_then(|s| s.value.get("type").cloned());
    matches!(t, Some(Value::String(t)) if t != "array" && t != "object")
}

/// Compares the parameters of two versions of one operation.
pub fn compare(ctx: &mut Ctx<'_>, name: &str, old: &Operation<'_>, new: &Operation<'_>) {
    let parent = ctx.here.clone();
    for (key, op) in &old.parameters {
        let m = member(op);
        ctx.here.clone_from(&parent);
        let Some(np) = new.parameters.get(key) else {
            ctx.at(Which::Old, op.at);
            if op.deprecated && op.location != In::Path {
                let marks = Marks {
                    sunset: op.sunset.as_deref(),
                    since: op.deprecation_date.as_deref(),
                    level: op.stability.as_deref(),
                };
                let rules = (
                    "openapi-parameter-removed-early",
                    "openapi-parameter-removed-deprecated",
                );
                deprecation::member_removed(ctx, name, &m, marks, rules);
            } else if op.location != In::Path {
                ctx.push(
                    "openapi-parameter-removed",
                    format!("{name}: {m} removed; clients that send it may be refused"),
                    name,
                    Some(m),
                    None,
                    None,
                );
            }
            continue;
        };
        ctx.at(Which::New, np.at);
        if !op.required && np.required {
            ctx.push(
                "openapi-parameter-became-required",
                format!("{name}: {m} became required; clients that omit it are refused"),
                name,
                Some(m.clone()),
                Some("optional".into()),
                Some("required".into()),
            );
        } else if op.required && !np.required {
            ctx.push(
                "openapi-parameter-became-optional",
                format!("{name}: {m} became optional"),
                name,
                Some(m.clone()),
                Some("required".into()),
                Some("optional".into()),
            );
        }
        let (os, ns) = (
            format!("style {}, explode {}", op.style, op.explode),
            format!("style {}, explode {}", np.style, np.explode),
        );
        if os != ns && !(scalar(op) && scalar(np)) {
            ctx.push(
                "openapi-parameter-serialization-changed",
                format!("{name}: {m} is written differently ({os} -> {ns}); old clients' values no longer parse"),
                name,
                Some(m.clone()),
                Some(os),
                Some(ns),
            );
        }
        deprecation::member_sunset(ctx, name, &m, op.sunset.as_deref(), np.sunset.as_deref());
        if op.deprecated && np.deprecated && op.sunset.is_none() {
            let marks = Marks {
                sunset: np.sunset.as_deref(),
                since: np.deprecation_date.as_deref(),
                level: np.stability.as_deref(),
            };
            deprecation::member_sunset_set(ctx, name, &m, marks);
        }
        if np.deprecated && !op.deprecated {
            let marks = Marks {
                sunset: np.sunset.as_deref(),
                since: np.deprecation_date.as_deref(),
                level: np.stability.as_deref(),
            };
            deprecation::member_deprecated(ctx, name, &m, marks, "openapi-parameter-deprecated");
        }
        schemas::compare(
            ctx,
            name,
            &m,
            op.schema.as_ref(),
            np.schema.as_ref(),
            Sender::Client,
        );
    }
    for (key, np) in &new.parameters {
        if old.parameters.contains_key(key) {
            continue;
        }
        let m = member(np);
        ctx.here.clone_from(&parent);
        ctx.at(Which::New, np.at);
        if np.required {
            ctx.push(
                "openapi-parameter-added-required",
                format!("{name}: required {m} added; old clients do not send it"),
                name,
                Some(m),
                None,
                None,
            );
        } else {
            ctx.push(
                "openapi-parameter-added",
                format!("{name}: optional {m} added"),
                name,
                Some(m),
                None,
                None,
            );
        }
    }
    ctx.here = parent;
}
