//! `compat config show`: the effective configuration of the project and of
//! each component, every value with its origin (default, project,
//! component) and where the file sets it; as aligned text or as JSON.
//!
//! Strings from the file reach a terminal only through
//! `compat_report::escape::text`.

use std::fmt::Write;

use compat_report::escape;
use compat_report::render::count;
use serde_json::{json, Value};

use crate::effective::{EffectivePolicy, Origin, Sourced};
use crate::loc::Loc;
use crate::model::Config;

/// One row: key, value, origin, where.
struct Row {
    key: String,
    value: String,
    origin: Origin,
    at: Option<Loc>,
}

fn row<T>(key: impl Into<String>, v: &Sourced<T>, show: impl FnOnce(&T) -> String) -> Row {
    Row {
        key: key.into(),
        value: show(&v.value),
        origin: v.origin,
        at: v.at.clone(),
    }
}

/// The rows of one effective policy.
fn rows(e: &EffectivePolicy) -> Vec<Row> {
    let mut rows = vec![
        row("fail_on", &e.fail_on, ToString::to_string),
        row("max_waiver_days", &e.max_waiver_days, ToString::to_string),
        row("waiver_warn_days", &e.waiver_warn_days, ToString::to_string),
        row("unused_waivers", &e.unused_waivers, ToString::to_string),
        row("promises", &e.promises, |p| {
            if p.is_empty() {
                "(none)".to_owned()
            } else {
                p.join(", ")
            }
        }),
    ];
    for (id, rule) in &e.rules {
        rows.push(row(
            format!("rules.{id}"),
            &rule.severity,
            ToString::to_string,
        ));
        if let Some(bump) = &rule.bump {
            rows.push(row(format!("rules.{id}.bump"), bump, ToString::to_string));
        }
    }
    rows
}

/// The project-only settings (`require_owner`, `[policy.deprecation]`)
/// with their origins.
fn project_extras(config: &Config) -> Vec<(&'static str, Value, Origin, Option<Loc>)> {
    let sourced =
        |set_at: &std::collections::BTreeMap<String, Loc>, key: &str| match set_at.get(key) {
            Some(at) => (Origin::Project, Some(at.clone())),
            None => (Origin::Default, None),
        };
    let dep = &config.policy.deprecation;
    let rows = [
        (
            "require_owner",
            json!(config.policy.require_owner),
            sourced(&config.policy.set_at, "require_owner"),
        ),
        (
            "deprecation.min_duration",
            json!(dep.min_duration.to_string()),
            sourced(&dep.set_at, "min_duration"),
        ),
        (
            "deprecation.min_releases",
            json!(dep.min_releases),
            sourced(&dep.set_at, "min_releases"),
        ),
        (
            "deprecation.require_replacement",
            json!(dep.require_replacement),
            sourced(&dep.set_at, "require_replacement"),
        ),
    ];
    rows.into_iter()
        .map(|(key, value, (origin, at))| (key, value, origin, at))
        .collect()
}

/// Writes rows as aligned columns, indented by two spaces.
fn table(out: &mut String, rows: &[Row]) {
    let cells: Vec<[String; 4]> = rows
        .iter()
        .map(|r| {
            [
                escape::text(&r.key).into_owned(),
                escape::text(&r.value).into_owned(),
                r.origin.as_str().to_owned(),
                r.at.as_ref()
                    .map(|l| escape::text(&l.to_string()).into_owned())
                    .unwrap_or_default(),
            ]
        })
        .collect();
    let width = |i: usize| {
        cells
            .iter()
            .map(|c| c[i].chars().count())
            .max()
            .unwrap_or(0)
    };
    let (w0, w1, w2) = (width(0), width(1), width(2));
    for [k, v, o, at] in &cells {
        let line = format!("  {k:<w0$}  {v:<w1$}  {o:<w2$}  {at}");
        let _ = writeln!(out, "{}", line.trim_end());
    }
}

/// The effective configuration as text: the project's defaults, then each
/// component in file order.
pub fn text(config: &Config) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{}: project {} ({}, {}, {})",
        escape::text(&config.project.at.file.display().to_string()),
        escape::text(&format!("{:?}", config.project.name)),
        count(config.components.len(), "component", "components"),
        count(config.waivers.len(), "waiver", "waivers"),
        count(config.deprecations.len(), "deprecation", "deprecations"),
    );
    let _ = writeln!(out, "\nproject defaults");
    let mut project_rows = rows(&config.effective_project());
    for (key, value, origin, at) in project_extras(config) {
        let value = match value {
            Value::String(s) => s,
            other => other.to_string(),
        };
        project_rows.push(Row {
            key: key.into(),
            value,
            origin,
            at,
        });
    }
    table(&mut out, &project_rows);
    for c in &config.components {
        let owner = c
            .owner
            .as_deref()
            .map(|o| format!(", owner {o}"))
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "\ncomponent {} ({}{}, {})",
            escape::text(&c.name),
            c.kind,
            escape::text(&owner),
            escape::text(&c.at.to_string())
        );
        table(&mut out, &rows(&config.effective_for(&c.name, Some(c))));
    }
    out
}

/// The effective configuration as a JSON object: `file`, `version`,
/// `project`, `defaults` (the project's policy), `components` (by name, in
/// file order: kind, owner, location and policy), each policy value as
/// `{ "value", "origin", "at" }` (`at` only when the file sets it), and the
/// numbers of `waivers` and `deprecations`.
pub fn json(config: &Config) -> Value {
    let effective = |e: &EffectivePolicy| -> Value {
        let mut v = serde_json::to_value(e).unwrap_or(Value::Null);
        if let Some(map) = v.as_object_mut() {
            map.shift_remove("component");
        }
        v
    };
    let mut components = serde_json::Map::new();
    for c in &config.components {
        let mut entry = json!({
            "kind": c.kind,
            "owner": c.owner,
            "at": c.at,
        });
        if let (Some(map), Value::Object(policy)) = (
            entry.as_object_mut(),
            effective(&config.effective_for(&c.name, Some(c))),
        ) {
            map.extend(policy);
        }
        components.insert(c.name.clone(), entry);
    }
    let mut defaults = effective(&config.effective_project());
    if let Some(map) = defaults.as_object_mut() {
        for (key, value, origin, at) in project_extras(config) {
            let mut v = json!({ "value": value, "origin": origin });
            if let (Some(at), Some(obj)) = (at, v.as_object_mut()) {
                obj.insert("at".into(), json!(at));
            }
            map.insert(key.into(), v);
        }
    }
    json!({
        "file": config.project.at.file.display().to_string(),
        "version": config.version,
        "project": {
            "name": config.project.name,
            "history": config.project.history,
            "timezone": config.project.timezone,
            "sysroot": config.project.sysroot,
            "waivers": config.project.waiver_files,
        },
        "defaults": defaults,
        "components": components,
        "waivers": config.waivers.len(),
        "deprecations": config.deprecations.len(),
    })
}
