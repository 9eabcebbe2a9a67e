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

use std::rc::Rc;

use compat_report::Severity;
use compat_schema::{Change, Direction, Family, Why};

use super::deprecation::{self, Marks};
use super::Ctx;
use crate::engine::{NotMade, Sender};
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
        // The last place to ask takes the changes whole: the engine keeps
        // no copy of them then (`Engine::compare`), nor of their documents.
        match Rc::try_unwrap(result).unwrap_or_else(|shared| (*shared).clone()) {
            Ok(changes) => found.extend(changes.into_iter().map(|c| (breaking, c))),
            // Not made: said once for the description (`Ctx::over_budget`).
            Err(NotMade::OverBudget) => ctx
                .over_budget
                .push((format!("{name}: {member}"), breaking)),
            Err(NotMade::Failed(e)) => {
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
        let what = words(&c, name, member, sender, breaking);
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

/// What the engine says changed in `member` of `name` (its places in the
/// member's words: `at items[] that no branch of ...`) and why it matters,
/// in the words of the sender (the check's direction is the sender's) and
/// of the readers (a webhook's, `name` `webhook ...`, are its subscribers).
fn words(c: &Change, name: &str, member: &str, sender: Sender, breaking: bool) -> String {
    let what = c.what.said(|at| place(member, at));
    // `format` is said the engine's way in either direction.
    let what = match c.why {
        Why::Format => format!("{what}{}", c.why.said(c.direction)),
        _ => what,
    };
    let readers = if name.starts_with("webhook ") {
        "subscribers"
    } else {
        "clients"
    };
    if declared(c) == Some(true) && c.severity != Severity::Breaking {
        let why = match sender {
            Sender::Client => "the server may no longer read it".to_owned(),
            Sender::Server => format!("old {readers} that read it may find it missing"),
        };
        return format!("{what}; {why}");
    }
    if !breaking || c.severity == Severity::Info {
        return format!("{what} (compatible)");
    }
    let (sends, refuses) = match sender {
        Sender::Client => ("old clients send", "the new schema refuses".to_owned()),
        Sender::Server => (
            "the server may now send",
            format!("old {readers}' schema refuses"),
        ),
    };
    match &c.why {
        Why::Shown { policy } => {
            let policy = policy.as_deref().map(|p| format!("; {p}"));
            format!(
                "{what}: {sends} documents {refuses}{}",
                policy.unwrap_or_default()
            )
        }
        // Undecided: what it may break, in the sender's words.
        Why::Unshown { reason } => {
            let may = match sender {
                Sender::Client => "old clients may send",
                Sender::Server => "the server may send",
            };
            format!("{what}; {may} documents {refuses}{reason}")
        }
        Why::Said | Why::Format => what,
    }
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
    use compat_schema::Words;

    /// A change at `/label` in `direction` of `family` (`None`: undecided).
    fn change(direction: Direction, family: Option<Family>, what: Words, why: Why) -> Change {
        Change {
            rule: compat_schema::UNDECIDED,
            family,
            severity: Severity::Warning,
            direction,
            instance_path: "/label".into(),
            old_location: None,
            new_location: None,
            old_value: String::new(),
            new_value: String::new(),
            message: Change::said("/label", &what, &why, direction),
            what,
            why,
            counterexample: None,
        }
    }

    /// A webhook's body is read by its subscribers.
    #[test]
    fn a_webhook_body_is_read_by_subscribers() {
        let what = Words::text("the accepted types changed from string to string, null");
        let mut c = change(
            Direction::Forward,
            Some(Family::Type),
            what,
            Why::Shown { policy: None },
        );
        c.severity = Severity::Breaking;
        let body = "request body application/json";
        assert_eq!(
            words(&c, "webhook POST issues-opened", body, Sender::Server, true),
            "the accepted types changed from string to string, null: the server may now send documents old subscribers' schema refuses"
        );
        assert_eq!(
            words(&c, "GET /pets", body, Sender::Server, true),
            "the accepted types changed from string to string, null: the server may now send documents old clients' schema refuses"
        );
        let what = Words::text("property \"a\" changed");
        let c = change(
            Direction::Forward,
            Some(Family::PropertyOpen),
            what,
            Why::Unshown {
                reason: String::new(),
            },
        );
        assert_eq!(
            words(&c, "webhook POST x", body, Sender::Server, true),
            "property \"a\" changed; old subscribers that read it may find it missing"
        );
    }

    /// An undecided difference says what it may break in the sender's
    /// words, as a break does, not in the engine's "forward compatibility".
    #[test]
    fn an_undecided_difference_reads_in_the_senders_words() {
        let undecided = |direction, what: &str| {
            let why = Why::Unshown {
                reason: ", but compat found no document that tells the two schemas apart".into(),
            };
            change(direction, None, Words::text(what), why)
        };
        let body = "response 200 application/json";
        let c = undecided(
            Direction::Forward,
            "property \"label\" changed from required to optional",
        );
        assert_eq!(
            words(&c, "GET /pets", body, Sender::Server, true),
            "property \"label\" changed from required to optional; the server may send documents old clients' schema refuses, but compat found no document that tells the two schemas apart"
        );
        let c = undecided(
            Direction::Backward,
            "the accepted types changed from object to string",
        );
        assert_eq!(
            words(&c, "POST /pets", body, Sender::Client, true),
            "the accepted types changed from object to string; old clients may send documents the new schema refuses, but compat found no document that tells the two schemas apart"
        );
        // The other way, for the changelog: what changed, compatible.
        assert_eq!(
            words(&c, "POST /pets", body, Sender::Client, false),
            "the accepted types changed from object to string (compatible)"
        );
    }

    /// The place of the union an alternative is at is said as the
    /// member's place, where the engine writes a JSON pointer; a policy's
    /// decision follows what the sender's documents do.
    #[test]
    fn an_alternative_is_placed_in_the_members_words() {
        let what = Words::text("a new alternative is allowed")
            .then(" at ")
            .at("/0/rules/1")
            .then(" that no branch of the old schema's oneOf of 2 branches accepts; it allows \"x\" here");
        let policy = "breaking under the strict policy (the content model was open)";
        let mut c = change(
            Direction::Forward,
            Some(Family::Enum),
            what,
            Why::Shown {
                policy: Some(policy.into()),
            },
        );
        c.severity = Severity::Breaking;
        assert!(
            c.message
                .starts_with("#/label: a new alternative is allowed at #/0/rules/1 that no branch"),
            "{}",
            c.message
        );
        assert_eq!(
            words(&c, "GET /rules", "response 200 application/json", Sender::Server, true),
            "a new alternative is allowed at response 200 application/json items[].rules[] that no branch of the old schema's oneOf of 2 branches accepts; it allows \"x\" here: the server may now send documents old clients' schema refuses; breaking under the strict policy (the content model was open)"
        );
    }
}
