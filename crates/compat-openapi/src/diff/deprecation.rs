//! Deprecation: `deprecated: true`, `x-sunset` and the `Sunset` (RFC 8594)
//! and `Deprecation` (RFC 9745) response headers, judged against the least
//! window of the operation's `x-stability-level`. An operation may go once
//! the later of its sunset and its deprecation date plus the window has
//! come; before that its removal is breaking and says the day it becomes
//! allowed. Moving a sunset earlier is breaking; a new sunset sooner than the
//! window allows is a warning.

use super::Ctx;
use crate::date::Day;
use crate::model::Operation;

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
    let window = ctx.opts.window(level);
    let mut allowed: Option<(Day, String)> = None;
    if let Some(sunset) = op.sunset.as_deref().and_then(Day::parse) {
        allowed = Some((sunset, format!("its sunset is {sunset}")));
    }
    if let Some(since) = op.deprecation_date.as_deref().and_then(Day::parse) {
        let end = since.plus(i64::from(window));
        if allowed.as_ref().is_none_or(|(d, _)| end > *d) {
            allowed = Some((
                end,
                format!("deprecated on {since}, with a {window}-day window"),
            ));
        }
    }
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
