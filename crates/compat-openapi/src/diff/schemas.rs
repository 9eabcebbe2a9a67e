//! Two schemas of a parameter, body or header compared by the JSON Schema
//! engine, as `openapi-*` findings with the engine's counterexample.
//!
//! A schema is checked in the direction its sender makes breaking (what
//! clients send: every old document must stay valid; what the server
//! sends: every new document must be valid under the old schema), and
//! then the other way for the changelog: what that finds is compatible
//! (`openapi-request-schema-changed`, `openapi-response-schema-changed`),
//! except a property the new schema no longer declares, which is
//! `openapi-*-property-removed` either way. The engine's `schema-*` rule
//! maps to the OpenAPI rule of the sender ([`rule_of`]).

use compat_report::Severity;
use compat_schema::{Change, Direction, Family};

use super::deprecation::{self, Marks};
use super::Ctx;
use crate::engine::Sender;
use crate::locate::{Anchor, Which};
use crate::model::Schema;

/// Compares two schemas of `member` (a parameter, a body, a header) of `name`.
pub fn compare(
    ctx: &mut Ctx<'_>,
    name: &str,
    member: &str,
    old: Option<&Schema<'_>>,
    new: Option<&Schema<'_>>,
    sender: Sender,
) {
    let (Some(o), Some(n)) = (old, new) else {
        return;
    };
    marks(ctx, name, member, o, n);
    let Some(engine) = ctx.engine.as_mut() else {
        return;
    };
    let mut found: Vec<(bool, Change)> = Vec::new();
    for (breaking, dir) in [(true, sender.breaking()), (false, sender.compatible())] {
        let Some(result) = engine.compare(o, n, sender, dir) else {
            return;
        };
        match &*result {
            Ok(changes) => found.extend(changes.iter().map(|c| (breaking, c.clone()))),
            Err(e) => {
                ctx.push(
                    "openapi-schema-not-compared",
                    format!("{name}: {member}: not compared: {e}"),
                    name,
                    Some(member.to_owned()),
                    None,
                    None,
                );
                return;
            }
        }
    }
    let mut deprecated_done: Vec<String> = Vec::new();
    for (breaking, c) in found {
        let Some((rule, severity)) = rule_of(&c, sender, breaking) else {
            continue;
        };
        let place = place(member, &c.instance_path);
        if declared(&c) == Some(true) {
            // A property the old schema marked deprecated: judged by its window.
            if let Some(marks) = deprecated_property(ctx, o, &c) {
                if !deprecated_done.contains(&place) {
                    let level = marks.2.clone().or_else(|| ctx.level.clone());
                    let marks = Marks {
                        sunset: marks.0.as_deref(),
                        since: marks.1.as_deref(),
                        level: level.as_deref(),
                    };
                    let rules = (
                        "openapi-property-removed-early",
                        "openapi-property-removed-deprecated",
                    );
                    deprecation::member_removed(ctx, name, &place, marks, rules);
                    if let Some(at) = c.old_location.clone() {
                        ctx.anchor_last(Anchor::Schema(Which::Old, at));
                    }
                    deprecated_done.push(place);
                }
                continue;
            }
        }
        let what = receivers(name, alternative_at(member, words(&c, sender, breaking)));
        let f = ctx.push(
            rule,
            format!("{name}: {place}: {what}"),
            name,
            Some(place),
            Some(c.old_value.clone()).filter(|v| !v.is_empty()),
            Some(c.new_value.clone()).filter(|v| !v.is_empty()),
        );
        if let Some(s) = severity {
            f.set_severity(s);
        }
        // The other way's document shows no break: kept for what breaks only.
        if breaking {
            f.counterexample_path = c.counterexample.as_ref().map(|_| c.instance_path.clone());
            f.counterexample = c.counterexample;
        }
        // The schema the engine names, in the new description first.
        for (which, place) in [(Which::Old, c.old_location), (Which::New, c.new_location)] {
            if let Some(place) = place {
                ctx.anchor_last(Anchor::Schema(which, place));
            }
        }
    }
}

/// The deprecation marks of the properties both schemas declare at the
/// same place: a sunset (`x-sunset`) moved ([`deprecation::member_sunset`]:
/// earlier is breaking, later info; looked for only when both descriptions
/// spell `x-sunset` somewhere), a property newly marked `deprecated: true`
/// ([`deprecation::member_deprecated`]: info with its sunset, its sunset
/// checked against its window; looked for only when the new description
/// spells `deprecated`), a property deprecated on both sides given its
/// first sunset ([`deprecation::member_sunset_set`]). Not while the first
/// walk plans.
fn marks(ctx: &mut Ctx<'_>, name: &str, member: &str, o: &Schema<'_>, n: &Schema<'_>) {
    if ctx.planning {
        return;
    }
    let sunsets = ctx.sunsets_written();
    if !sunsets && !ctx.deprecations_written() {
        return;
    }
    let new = ctx.new_marks.get(ctx.new_docs, n.doc, &n.value);
    if new.is_empty() {
        return;
    }
    let old = ctx
        .new_marks
        .old_at(ctx.old_docs, o.doc, &o.value, ctx.new_docs, n.doc, &n.value);
    let parent = ctx.here.clone();
    for (path, nm) in new.iter() {
        let Some(om) = old.get(path) else {
            continue;
        };
        let what = place(member, path);
        ctx.here.clone_from(&parent);
        ctx.here.insert(0, Anchor::Value(Which::New, nm.at));
        if sunsets {
            let (os, ns) = (om.sunset.as_deref(), nm.sunset.as_deref());
            deprecation::member_sunset(ctx, name, &what, os, ns);
        }
        if nm.deprecated && om.deprecated && om.sunset.is_none() && nm.sunset.is_some() {
            let level = nm.level.clone().or_else(|| ctx.level.clone());
            let marks = Marks {
                sunset: nm.sunset.as_deref(),
                since: nm.since.as_deref(),
                level: level.as_deref(),
            };
            deprecation::member_sunset_set(ctx, name, &what, marks);
        }
        if nm.deprecated && !om.deprecated {
            let level = nm.level.clone().or_else(|| ctx.level.clone());
            let marks = Marks {
                sunset: nm.sunset.as_deref(),
                since: nm.since.as_deref(),
                level: level.as_deref(),
            };
            deprecation::member_deprecated(ctx, name, &what, marks, "openapi-property-deprecated");
        }
    }
    ctx.here = parent;
}

/// `request body application/json` and `/owner/login` as
/// `request body application/json property owner.login`; array items as `[]`.
fn place(member: &str, at: &str) -> String {
    if at.is_empty() {
        return member.to_owned();
    }
    let mut path = String::new();
    for seg in at.trim_start_matches('/').split('/') {
        if !seg.is_empty() && seg.bytes().all(|b| b.is_ascii_digit()) {
            path.push_str("[]");
        } else {
            if !path.is_empty() {
                path.push('.');
            }
            path.push_str(&seg.replace("~1", "/").replace("~0", "~"));
        }
    }
    if path.starts_with("[]") {
        format!("{member} items{path}")
    } else {
        format!("{member} property {path}")
    }
}

/// The place of the union an alternative no branch of accepts, which the
/// engine gives as a pointer (`a new alternative is allowed at #/0 that no
/// branch of ...`), as the member's place (`at items[] that no branch
/// of ...`).
fn alternative_at(member: &str, text: String) -> String {
    const AT: &str = "allowed at #";
    const END: &str = " that no branch of the ";
    let Some(i) = text.find(AT) else {
        return text;
    };
    let start = i + AT.len();
    let Some(end) = text[start..].find(END).map(|j| start + j) else {
        return text;
    };
    let at = place(member, &text[start..end]);
    format!("{}allowed at {at}{}", &text[..i], &text[end..])
}

/// `what` said of a webhook (`name` is `webhook ...`), whose receivers are
/// its subscribers, not the API's clients.
fn receivers(name: &str, what: String) -> String {
    if !name.starts_with("webhook ") {
        return what;
    }
    what.replace("old clients' schema", "old subscribers' schema")
        .replace("old clients that read it", "old subscribers that read it")
}

/// The engine's message without its leading place, in the sender's words.
fn words(c: &Change, sender: Sender, breaking: bool) -> String {
    let prefix = format!("#{}: ", c.instance_path);
    let text = c.message.strip_prefix(&prefix).unwrap_or(&c.message);
    let backward = "a document valid under the old schema is invalid under the new one (backward incompatible)";
    let forward =
        "a document valid under the new schema is invalid under the old one (forward incompatible)";
    let (sends, refuses) = match sender {
        Sender::Client => ("old clients send", "the new schema refuses"),
        Sender::Server => ("the server may now send", "old clients' schema refuses"),
    };
    let cut = text
        .find(": a document valid")
        .or_else(|| text.find(", which may break"))
        .map_or(text, |i| &text[..i]);
    if declared(c) == Some(true) && c.severity != Severity::Breaking {
        let why = match sender {
            Sender::Client => "the server may no longer read it",
            Sender::Server => "old clients that read it may find it missing",
        };
        return format!("{cut}; {why}");
    }
    if !breaking || c.severity == Severity::Info {
        return format!("{cut} (compatible)");
    }
    // Undecided: what it may break, in the sender's words.
    let may = match sender {
        Sender::Client => "; old clients may send documents the new schema refuses",
        Sender::Server => "; the server may send documents old clients' schema refuses",
    };
    text.replace(backward, &format!("{sends} documents {refuses}"))
        .replace(forward, &format!("{sends} documents {refuses}"))
        .replace(", which may break backward compatibility", may)
        .replace(", which may break forward compatibility", may)
}

/// The `x-sunset`, `x-deprecated-at` and `x-stability-level` of the
/// property a change removed, when the old schema marked it `deprecated:
/// true` (read at the old schema the engine names: the property itself,
/// or the object that declared it). A schema the model built (a Swagger 2.0
/// form of `formData` parameters) is read in `old`, which it is.
fn deprecated_property(
    ctx: &Ctx<'_>,
    old: &Schema<'_>,
    c: &Change,
) -> Option<(Option<String>, Option<String>, Option<String>)> {
    let (file, pointer) = c.old_location.as_deref()?.split_once('#')?;
    let docs = ctx.old_docs;
    let id = (0..docs.len()).find(|&id| crate::engine::uri_path(&docs.doc(id).path) == file)?;
    let built = pointer
        .strip_prefix(&format!("/{}/", crate::engine::BUILT))
        .map(|rest| rest.find('/').map_or("", |i| &rest[i..]));
    let at = match built {
        // Built schemas refer to files, never to each other: this is `old`.
        Some(inner) => old.value.pointer(inner)?,
        None => docs.doc(id).root.pointer(pointer)?,
    };
    let name = c.instance_path.rsplit('/').next()?;
    let parent = pointer.rsplit_once('/').map(|(p, _)| p);
    let property = if parent.is_some_and(|p| p.ends_with("/properties")) {
        at
    } else {
        let unescaped = name.replace("~1", "/").replace("~0", "~");
        at.get("properties")?.get(&unescaped)?
    };
    let (_, resolved) = docs.deref(id, property).ok()?;
    let mark = |key: &str| {
        property
            .get(key)
            .or_else(|| resolved.get(key))
            .map(crate::build::text_of)
    };
    let deprecated = [property, resolved]
        .iter()
        .any(|v| v.get("deprecated").and_then(serde_json::Value::as_bool) == Some(true));
    deprecated.then(|| {
        (
            mark("x-sunset"),
            mark("x-deprecated-at"),
            mark("x-stability-level").map(|l| l.to_ascii_lowercase()),
        )
    })
}

/// Whether a change is a property the new schema no longer declares
/// (`Some(true)`) or newly declares (`Some(false)`).
fn declared(c: &Change) -> Option<bool> {
    let backward = c.direction == Direction::Backward;
    match c.family? {
        Family::PropertyClosed => Some(backward),
        Family::PropertyOpen => Some(!backward),
        _ => None,
    }
}

/// The OpenAPI rule of an engine change (and a severity other than the
/// rule's when one is called for); `None` for what is not reported.
fn rule_of(c: &Change, sender: Sender, breaking: bool) -> Option<(&'static str, Option<Severity>)> {
    let client = sender == Sender::Client;
    let pick = |a, b| if client { a } else { b };
    let compatible = pick(
        "openapi-request-schema-changed",
        "openapi-response-schema-changed",
    );
    if declared(c) == Some(true) {
        // A property the new schema no longer declares: breaking where the
        // new schema refuses it in a request, a warning otherwise.
        let sev = if breaking && c.severity == Severity::Breaking && client {
            Severity::Breaking
        } else {
            Severity::Warning
        };
        return Some((
            pick(
                "openapi-request-property-removed",
                "openapi-response-property-removed",
            ),
            Some(sev),
        ));
    }
    let Some(family) = c.family else {
        // Undecided: a warning in the breaking direction, nothing in the other.
        return breaking.then_some(("openapi-schema-not-compared", None));
    };
    if !breaking {
        return (family != Family::Format).then_some((compatible, Some(Severity::Info)));
    }
    if declared(c) == Some(false) && c.severity != Severity::Breaking {
        // An optional property declared where the old model was open.
        return Some((compatible, Some(Severity::Info)));
    }
    let rule = match family {
        Family::Format => {
            return Some((
                pick(
                    "openapi-request-type-changed",
                    "openapi-response-type-changed",
                ),
                Some(Severity::Warning),
            ))
        }
        Family::Type => pick(
            "openapi-request-type-changed",
            "openapi-response-type-changed",
        ),
        Family::Enum => pick(
            "openapi-request-enum-narrowed",
            "openapi-response-enum-widened",
        ),
        Family::Required => pick(
            "openapi-request-property-required",
            "openapi-response-property-optional",
        ),
        Family::Combination => pick(
            "openapi-request-combination-narrowed",
            "openapi-response-combination-extended",
        ),
        _ => pick(
            "openapi-request-constraint-tightened",
            "openapi-response-constraint-loosened",
        ),
    };
    Some((
        rule,
        (c.severity != Severity::Breaking).then_some(c.severity),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A webhook's body is read by its subscribers.
    #[test]
    fn a_webhook_body_is_read_by_subscribers() {
        let what = "the server may now send documents old clients' schema refuses".to_owned();
        assert_eq!(
            receivers("webhook POST issues-opened", what.clone()),
            "the server may now send documents old subscribers' schema refuses"
        );
        assert_eq!(receivers("GET /pets", what.clone()), what);
        assert_eq!(
            receivers(
                "webhook POST x",
                "property \"a\" changed; old clients that read it may find it missing".into()
            ),
            "property \"a\" changed; old subscribers that read it may find it missing"
        );
    }

    /// An undecided difference says what it may break in the sender's
    /// words, as a break does, not in the engine's "forward compatibility".
    #[test]
    fn an_undecided_difference_reads_in_the_senders_words() {
        let change = |direction, what: &str| {
            Change {
            rule: compat_schema::UNDECIDED,
            family: None,
            severity: Severity::Warning,
            direction,
            instance_path: "/label".into(),
            old_location: None,
            new_location: None,
            old_value: String::new(),
            new_value: String::new(),
            message: format!("#/label: {what}, which may break {} compatibility, but compat found no document that tells the two schemas apart", direction.as_str()),
            counterexample: None,
        }
        };
        let c = change(
            Direction::Forward,
            "property \"label\" changed from required to optional",
        );
        assert_eq!(
            words(&c, Sender::Server, true),
            "property \"label\" changed from required to optional; the server may send documents old clients' schema refuses, but compat found no document that tells the two schemas apart"
        );
        let c = change(
            Direction::Backward,
            "the accepted types changed from object to string",
        );
        assert_eq!(
            words(&c, Sender::Client, true),
            "the accepted types changed from object to string; old clients may send documents the new schema refuses, but compat found no document that tells the two schemas apart"
        );
    }
}
