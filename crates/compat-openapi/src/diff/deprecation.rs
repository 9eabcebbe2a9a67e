//! Deprecation: `deprecated: true`, `x-sunset` and the `Sunset` (RFC 8594)
//! and `Deprecation` (RFC 9745) response headers, judged against the least
//! window of the operation's `x-stability-level`. An operation may go once
//! the later of its sunset and its deprecation date plus the window has
//! come; before that its removal is breaking and says the day it becomes
//! allowed. Moving a sunset earlier is breaking, later is info; a new
//! sunset sooner than the window allows is a warning. A deprecated
//! parameter or property is judged the same way by [`member_removed`] (its
//! `x-sunset` and `x-deprecated-at`, its own level else its operation's),
//! its sunset by [`member_sunset`]; the sunsets of a schema's properties
//! are found by [`property_sunsets`].

use std::collections::{BTreeMap, HashSet};

use serde_json::Value;

use super::Ctx;
use crate::date::Day;
use crate::docs::{DocId, Docs};
use crate::model::{At, Operation};

/// A schema's properties are looked for at most this deep.
const MAX_PROPERTY_DEPTH: usize = 64;

/// Levels that promise nothing: removing such an operation is not breaking.
const UNSTABLE: &[&str] = &["draft", "alpha", "experimental"];

/// An operation that is gone.
pub fn removed(ctx: &mut Ctx<'_>, op: &Operation<'_>, name: &str, whole_path: bool) {
    let what = if whole_path {
        "removed with its path"
    } else {
        "removed"
    };
    let level = op.stability.as_deref();
    if !op.deprecated {
        if let Some(level) = level.filter(|l| UNSTABLE.contains(l)) {
            ctx.push(
                "openapi-operation-removed",
                format!("{name}: {what}; its x-stability-level {level} promises no deprecation"),
                name,
                None,
                None,
                None,
            )
            .set_severity(compat_report::Severity::Info);
            return;
        }
        ctx.push(
            "openapi-operation-removed",
            format!("{name}: {what} without being deprecated first"),
            name,
            None,
            None,
            None,
        );
        return;
    }
    let (window, allowed) = allowed_from(
        ctx,
        op.sunset.as_deref(),
        op.deprecation_date.as_deref(),
        level,
    );
    match allowed {
        None if window > 0 => {
            ctx.push(
                "openapi-operation-removed-early",
                format!(
                    "{name}: {what} while deprecated without a date (x-sunset, a Sunset or Deprecation header) to count its {window}-day window from"
                ),
                name,
                None,
                None,
                None,
            );
        }
        None => {
            ctx.push(
                "openapi-operation-removed-deprecated",
                format!("{name}: {what} after being deprecated"),
                name,
                None,
                None,
                None,
            );
        }
        Some((day, why)) if ctx.opts.now < day => {
            ctx.push(
                "openapi-operation-removed-early",
                format!("{name}: {what} before its deprecation window ends; removal is allowed from {day} ({why})"),
                name,
                None,
                None,
                Some(day.to_string()),
            );
        }
        Some((day, _)) => {
            ctx.push(
                "openapi-operation-removed-deprecated",
                format!("{name}: {what} after its deprecation window ended on {day}"),
                name,
                None,
                Some(day.to_string()),
                None,
            );
        }
    }
}

/// The window of `level` and the day removal becomes allowed: the later of
/// the sunset and the deprecation date plus the window (`None`: no date).
fn allowed_from(
    ctx: &Ctx<'_>,
    sunset: Option<&str>,
    since: Option<&str>,
    level: Option<&str>,
) -> (u32, Option<(Day, String)>) {
    let window = ctx.opts.window(level);
    let mut allowed: Option<(Day, String)> = None;
    if let Some(sunset) = sunset.and_then(Day::parse) {
        allowed = Some((sunset, format!("its sunset is {sunset}")));
    }
    if let Some(since) = since.and_then(Day::parse) {
        let end = since.plus(i64::from(window));
        if allowed.as_ref().is_none_or(|(d, _)| end > *d) {
            allowed = Some((
                end,
                format!("deprecated on {since}, with a {window}-day window"),
            ));
        }
    }
    (window, allowed)
}

/// A deprecated parameter or property (`what`, of operation `name`) that
/// is gone: breaking before its window ends (a window and no date to count
/// from is early too), info after. `rules` are the early and the
/// after-the-window rule.
pub fn member_removed(
    ctx: &mut Ctx<'_>,
    name: &str,
    what: &str,
    marks: Marks<'_>,
    rules: (&str, &str),
) {
    let (window, allowed) = allowed_from(ctx, marks.sunset, marks.since, marks.level);
    let (early, late) = rules;
    match allowed {
        None if window > 0 => {
            ctx.push(
                early,
                format!("{name}: {what} removed while deprecated without a date (x-sunset, x-deprecated-at) to count its {window}-day window from"),
                name,
                Some(what.to_owned()),
                None,
                None,
            );
        }
        None => {
            ctx.push(
                late,
                format!("{name}: {what} removed after being deprecated"),
                name,
                Some(what.to_owned()),
                None,
                None,
            );
        }
        Some((day, why)) if ctx.opts.now < day => {
            ctx.push(
                early,
                format!("{name}: {what} removed before its deprecation window ends; removal is allowed from {day} ({why})"),
                name,
                Some(what.to_owned()),
                None,
                Some(day.to_string()),
            );
        }
        Some((day, _)) => {
            ctx.push(
                late,
                format!("{name}: {what} removed after its deprecation window ended on {day}"),
                name,
                Some(what.to_owned()),
                Some(day.to_string()),
                None,
            );
        }
    }
}

/// The deprecation marks of a parameter or property.
#[derive(Debug, Clone, Copy, Default)]
pub struct Marks<'m> {
    /// `x-sunset`.
    pub sunset: Option<&'m str>,
    /// `x-deprecated-at`.
    pub since: Option<&'m str>,
    /// Its `x-stability-level` (else its operation's).
    pub level: Option<&'m str>,
}

/// A parameter's or property's sunset (`what`) moved earlier: breaking;
/// later: info. Whether a finding was made.
pub fn member_sunset(
    ctx: &mut Ctx<'_>,
    name: &str,
    what: &str,
    old: Option<&str>,
    new: Option<&str>,
) -> bool {
    let (Some(o), Some(n)) = (old.and_then(Day::parse), new.and_then(Day::parse)) else {
        return false;
    };
    if n < o {
        ctx.push(
            "openapi-sunset-earlier",
            format!("{name}: {what}: sunset moved earlier, from {o} to {n}; clients planned by the old date"),
            name,
            Some(format!("{what} sunset")),
            Some(o.to_string()),
            Some(n.to_string()),
        );
    } else if n > o {
        ctx.push(
            "openapi-sunset-later",
            format!("{name}: {what}: sunset moved later, from {o} to {n}"),
            name,
            Some(format!("{what} sunset")),
            Some(o.to_string()),
            Some(n.to_string()),
        );
    } else {
        return false;
    }
    true
}

/// The `x-sunset` of every property a schema declares (on the property,
/// or on the schema its `$ref` leads to), by instance path (`/owner/login`;
/// an array's items as `/0`), with where the property is written. Walked
/// through `$ref`, `properties`, `items`, `allOf`, `anyOf` and `oneOf`,
/// each schema once (a recursive schema ends), at most
/// [`MAX_PROPERTY_DEPTH`] properties deep.
pub fn property_sunsets(docs: &Docs, doc: DocId, value: &Value) -> BTreeMap<String, (String, At)> {
    let mut out = BTreeMap::new();
    let mut seen: HashSet<(DocId, usize)> = HashSet::new();
    let mut stack = vec![(doc, value, String::new(), 0usize)];
    while let Some((doc, v, path, depth)) = stack.pop() {
        let Ok((doc, v)) = docs.deref(doc, v) else {
            continue;
        };
        if depth > MAX_PROPERTY_DEPTH || !seen.insert((doc, v as *const Value as usize)) {
            continue;
        }
        for kw in ["allOf", "anyOf", "oneOf"] {
            for branch in v.get(kw).and_then(Value::as_array).into_iter().flatten() {
                stack.push((doc, branch, path.clone(), depth));
            }
        }
        match v.get("items") {
            Some(Value::Array(list)) => {
                for (i, item) in list.iter().enumerate() {
                    stack.push((doc, item, format!("{path}/{i}"), depth + 1));
                }
            }
            Some(item) => stack.push((doc, item, format!("{path}/0"), depth + 1)),
            None => {}
        }
        for (key, property) in v
            .get("properties")
            .and_then(Value::as_object)
            .into_iter()
            .flatten()
        {
            let at = format!("{path}/{}", key.replace('~', "~0").replace('/', "~1"));
            let resolved = docs.deref(doc, property).map_or(property, |(_, r)| r);
            if let Some(sunset) = property
                .get("x-sunset")
                .or_else(|| resolved.get("x-sunset"))
            {
                out.entry(at.clone())
                    .or_insert_with(|| (crate::build::text_of(sunset), At::of(doc, property)));
            }
            stack.push((doc, property, at, depth + 1));
        }
    }
    out
}

/// Whether any file of `docs` spells `word` (a cheap test before walking
/// schemas for it).
pub fn written(docs: &Docs, word: &[u8]) -> bool {
    let Some((&first, rest)) = word.split_first() else {
        return true;
    };
    (0..docs.len()).any(|id| {
        let text = &docs.doc(id).text;
        text.iter()
            .enumerate()
            .any(|(i, &b)| b == first && text[i + 1..].starts_with(rest))
    })
}

/// An operation on both sides: newly deprecated, sunset moved or unreadable.
pub fn changed(ctx: &mut Ctx<'_>, name: &str, old: &Operation<'_>, new: &Operation<'_>) {
    let new_sunset = new.sunset.as_deref().map(|s| (s, Day::parse(s)));
    if let Some((text, None)) = new_sunset {
        if old.sunset.as_deref() != Some(text) {
            ctx.push(
                "openapi-sunset-invalid",
                format!(
                    "{name}: sunset {text:?} is not a date (YYYY-MM-DD, an HTTP date or @SECONDS)"
                ),
                name,
                Some("sunset".into()),
                None,
                Some(text.to_owned()),
            );
        }
    }
    let old_day = old.sunset.as_deref().and_then(Day::parse);
    let new_day = new_sunset.and_then(|(_, d)| d);
    if let (Some(o), Some(n)) = (old_day, new_day) {
        if n < o {
            ctx.push(
                "openapi-sunset-earlier",
                format!("{name}: sunset moved earlier, from {o} to {n}; clients planned by the old date"),
                name,
                Some("sunset".into()),
                Some(o.to_string()),
                Some(n.to_string()),
            );
        } else if n > o {
            ctx.push(
                "openapi-sunset-later",
                format!("{name}: sunset moved later, from {o} to {n}"),
                name,
                Some("sunset".into()),
                Some(o.to_string()),
                Some(n.to_string()),
            );
        }
    }
    if !new.deprecated || old.deprecated {
        return;
    }
    let when = new_day.map_or(String::new(), |d| format!(", sunset {d}"));
    ctx.push(
        "openapi-operation-deprecated",
        format!("{name}: deprecated{when}"),
        name,
        None,
        None,
        new_day.map(|d| d.to_string()),
    );
    let window = ctx.opts.window(new.stability.as_deref());
    let start = new
        .deprecation_date
        .as_deref()
        .and_then(Day::parse)
        .map_or(ctx.opts.now, |d| d.max(ctx.opts.now));
    let floor = start.plus(i64::from(window));
    if let Some(day) = new_day.filter(|d| *d < floor) {
        ctx.push(
            "openapi-sunset-too-soon",
            format!("{name}: deprecated with sunset {day}, sooner than its {window}-day window allows ({floor} at the earliest)"),
            name,
            Some("sunset".into()),
            Some(floor.to_string()),
            Some(day.to_string()),
        );
    }
}
