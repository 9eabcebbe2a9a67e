//! Azure CLI command metadata, the input of azure-cli-diff-tool (PyPI): a
//! module's command groups (`sub_groups`) and commands keyed by their full
//! names (`"monitor log-profiles create"`), each command with `parameters`
//! (`name`, `options`, `required`, `choices`, `type`/`aaz_type`,
//! `default`/`aaz_default`, `nargs`, `deprecate_info`,
//! `options_deprecate_info`).
//!
//! What it maps: `options` become the flag's names (a parameter without
//! options is positional), `nargs` of `+`/`*` makes it repeatable,
//! `deprecate_info` (`redirect`, `expiration`, `hide`) a deprecation
//! without a day (Azure announces by release, so compat's window never
//! starts and a removal stays breaking), `is_preview` beta and
//! `is_experimental` alpha. `id_part`, `confirmation`, `supports_no_wait`
//! and descriptions are not part of the surface.
//!
//! azdev writes the metadata with Python's `json.dumps`, which spells a
//! float default that is not a number as a bare `NaN` (AKS's
//! `--spot-max-price` defaults to `float('nan')`), and `Infinity` likewise;
//! [`python_json`] turns those tokens (outside strings) into the strings
//! `"NaN"`, `"Infinity"`, `"-Infinity"` before serde_json reads the text.

use std::borrow::Cow;

use serde_json::{Map, Value};

use crate::error::SurfaceError;
use crate::model::{Arg, Command, DeprecatedName, Deprecation, Flag, Stability, Surface};

/// Reads Azure CLI metadata.
pub fn read(name: &str, text: &str) -> Result<Surface, SurfaceError> {
    let root: Value = serde_json::from_str(&python_json(text)).map_err(|e| {
        SurfaceError::invalid(&format!("{name}:{}:{}", e.line(), e.column()), "not JSON")
    })?;
    let Value::Object(root) = root else {
        return Err(SurfaceError::invalid(
            name,
            "Azure CLI metadata is a JSON object",
        ));
    };
    let program = root.get("name").and_then(Value::as_str).unwrap_or("az");
    let mut command = Command::named(program);
    group_into(name, &root, "", &mut command, 0)?;
    let mut surface = Surface::new("azure", command);
    surface.normalize();
    Ok(surface)
}

/// Fills `into` with the commands and groups of `group` (whose full name is `prefix`).
fn group_into(
    file: &str,
    group: &Map<String, Value>,
    prefix: &str,
    into: &mut Command,
    depth: usize,
) -> Result<(), SurfaceError> {
    if depth > super::MAX_DEPTH {
        return Err(SurfaceError::invalid(
            file,
            "command groups nested too deep",
        ));
    }
    if let Some(subs) = group.get("sub_groups") {
        for (full, sub) in object(file, subs, "sub_groups")? {
            let sub = object(file, sub, full)?;
            let mut c = Command::named(last_word(full, prefix));
            c.deprecated = deprecation(sub.get("deprecate_info"));
            c.hidden = hidden(sub.get("deprecate_info"));
            c.stability = stability(sub);
            group_into(file, sub, full, &mut c, depth + 1)?;
            into.commands.push(c);
        }
    }
    if let Some(cmds) = group.get("commands") {
        for (full, cmd) in object(file, cmds, "commands")? {
            let cmd = object(file, cmd, full)?;
            let mut c = Command::named(last_word(full, prefix));
            c.deprecated = deprecation(cmd.get("deprecate_info"));
            c.hidden = hidden(cmd.get("deprecate_info"));
            c.stability = stability(cmd);
            if let Some(params) = cmd.get("parameters") {
                let Value::Array(params) = params else {
                    return Err(SurfaceError::invalid(
                        file,
                        format!("`{full}`: parameters is not a list"),
                    ));
                };
                for p in params {
                    parameter(file, full, p, &mut c)?;
                }
            }
            into.commands.push(c);
        }
    }
    Ok(())
}

/// One parameter: a flag, or a positional argument when it has no options.
fn parameter(file: &str, cmd: &str, p: &Value, into: &mut Command) -> Result<(), SurfaceError> {
    let Value::Object(p) = p else {
        return Err(SurfaceError::invalid(
            file,
            format!("`{cmd}`: a parameter is not an object"),
        ));
    };
    let dest = p.get("name").and_then(Value::as_str).unwrap_or("");
    let options: Vec<String> = strings(p.get("options"));
    let value_type = p
        .get("type")
        .or_else(|| p.get("aaz_type"))
        .and_then(Value::as_str)
        .unwrap_or("string")
        .to_owned();
    let multiple = matches!(p.get("nargs").and_then(Value::as_str), Some("+" | "*"));
    let default = p
        .get("default")
        .or_else(|| p.get("aaz_default"))
        .and_then(scalar);
    let mut choices = strings(p.get("choices"));
    if choices.is_empty() {
        choices = strings(p.get("aaz_choices"));
    }
    let required = p.get("required").and_then(Value::as_bool).unwrap_or(false);
    let deprecated = deprecation(p.get("deprecate_info"));
    if options.is_empty() {
        into.args.push(Arg {
            name: dest.to_uppercase(),
            value_type,
            multiple,
            required,
            default,
            choices,
            deprecated,
            ..Arg::default()
        });
        return Ok(());
    }
    if options.iter().any(|o| !o.starts_with('-') || o.len() < 2) {
        return Err(SurfaceError::invalid(
            file,
            format!("`{cmd}` parameter `{dest}`: options must start with - ({options:?})"),
        ));
    }
    let deprecated_names = match p.get("options_deprecate_info") {
        Some(Value::Array(items)) => items
            .iter()
            .filter_map(|d| {
                let target = d.get("target")?.as_str()?.to_owned();
                Some(DeprecatedName {
                    name: target,
                    deprecation: deprecation(Some(d))?,
                })
            })
            .collect(),
        _ => Vec::new(),
    };
    into.flags.push(Flag {
        names: options,
        value_type,
        multiple,
        default,
        required,
        choices,
        hidden: hidden(p.get("deprecate_info")),
        deprecated,
        deprecated_names,
        about: None,
        ..Flag::default()
    });
    Ok(())
}

fn object<'v>(
    file: &str,
    v: &'v Value,
    what: &str,
) -> Result<&'v Map<String, Value>, SurfaceError> {
    v.as_object()
        .ok_or_else(|| SurfaceError::invalid(file, format!("`{what}` is not an object")))
}

/// The last word of `full` below `prefix` (`monitor log create` below `monitor log`: `create`).
fn last_word(full: &str, prefix: &str) -> String {
    full.strip_prefix(prefix)
        .map(str::trim_start)
        .filter(|s| !s.is_empty())
        .unwrap_or(full)
        .to_owned()
}

fn strings(v: Option<&Value>) -> Vec<String> {
    match v {
        Some(Value::Array(items)) => items.iter().filter_map(scalar).collect(),
        _ => Vec::new(),
    }
}

/// A scalar as text (`null` and containers: none).
fn scalar(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        Value::Bool(_) | Value::Number(_) => Some(v.to_string()),
        _ => None,
    }
}

fn deprecation(v: Option<&Value>) -> Option<Deprecation> {
    let d = v?.as_object()?;
    let text = |k: &str| d.get(k).and_then(scalar);
    Some(Deprecation {
        since: None,
        release: None,
        replacement: text("redirect"),
        message: text("expiration").map(|e| format!("to be removed in {e}")),
    })
}

fn hidden(v: Option<&Value>) -> bool {
    v.and_then(|d| d.get("hide"))
        .is_some_and(|h| h.as_bool().unwrap_or(true))
}

fn stability(m: &Map<String, Value>) -> Stability {
    if m.get("is_experimental").and_then(Value::as_bool) == Some(true) {
        Stability::Alpha
    } else if m.get("is_preview").and_then(Value::as_bool) == Some(true) {
        Stability::Beta
    } else {
        Stability::Ga
    }
}

/// `text` with Python's non-JSON number tokens (`NaN`, `Infinity`,
/// `-Infinity`, outside strings) written as strings; `text` itself when it
/// has none. Byte offsets after a replaced token move by two, so an error
/// past one names a column two further on.
fn python_json(text: &str) -> Cow<'_, str> {
    if !text.contains("NaN") && !text.contains("Infinity") {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    let mut in_string = false;
    let mut escaped = false;
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        if in_string {
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' {
                in_string = false;
            }
        } else if c == '"' {
            in_string = true;
        } else if let Some(token) = ["NaN", "Infinity", "-Infinity"]
            .into_iter()
            .find(|t| rest.starts_with(t))
        {
            out.push('"');
            out.push_str(token);
            out.push('"');
            rest = &rest[token.len()..];
            continue;
        }
        out.push(c);
        rest = &rest[c.len_utf8()..];
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::python_json;

    #[test]
    fn python_tokens_become_strings_outside_strings_only() {
        assert_eq!(python_json(r#"{"a": 1}"#), r#"{"a": 1}"#);
        assert_eq!(
            python_json(r#"{"default": NaN, "x": [Infinity, -Infinity]}"#),
            r#"{"default": "NaN", "x": ["Infinity", "-Infinity"]}"#
        );
        assert_eq!(
            python_json(r#"{"help": "NaN \"Infinity\" é", "d": NaN}"#),
            r#"{"help": "NaN \"Infinity\" é", "d": "NaN"}"#
        );
    }
}
