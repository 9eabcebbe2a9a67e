//! The changes of the structural schema comparison as findings: which rule a
//! change is, by direction (a request must accept what old clients send; a
//! response must send only what old clients accept), and its message.

use compat_report::Severity;

use super::Ctx;
use crate::model::Schema;
use crate::structural::{Change, Direction, Kind};

/// Compares two schemas of `member` (a parameter, a body, a header) of `name`.
pub fn compare(
    ctx: &mut Ctx<'_>,
    name: &str,
    member: &str,
    old: Option<&Schema<'_>>,
    new: Option<&Schema<'_>>,
    dir: Direction,
) {
    let (Some(o), Some(n)) = (old, new) else {
        return;
    };
    let changes = ctx.cmp.compare((o.doc, &o.value), (n.doc, &n.value), dir);
    for c in changes {
        let (rule, severity, what) = judge(&c, dir);
        let place = place(member, &c.at);
        let f = ctx.push(
            rule,
            format!("{name}: {place}: {what}"),
            name,
            Some(place),
            c.old.clone(),
            c.new.clone(),
        );
        if let Some(s) = severity {
            f.set_severity(s);
        }
    }
}

/// `request body application/json` and `/owner/login` as
/// `request body application/json property owner.login`.
fn place(member: &str, at: &str) -> String {
    if at.is_empty() {
        return member.to_owned();
    }
    let path = at
        .trim_start_matches('/')
        .replace("/[]", "[]")
        .replace('/', ".");
    format!("{member} property {path}")
}

fn values(c: &Change) -> String {
    match (&c.old, &c.new) {
        (Some(o), Some(n)) => format!("from {o} to {n}"),
        (None, Some(n)) => format!("set to {n}"),
        (Some(o), None) => format!("{o} dropped"),
        (None, None) => String::new(),
    }
}

/// The rule of a change in a direction, a severity other than the rule's
/// when the change calls for one, and what to say.
fn judge(c: &Change, dir: Direction) -> (&'static str, Option<Severity>, String) {
    let k = c.keyword;
    let request = dir == Direction::Request;
    let compatible = if request {
        "openapi-request-schema-changed"
    } else {
        "openapi-response-schema-changed"
    };
    match (&c.kind, request) {
        (Kind::TypeChanged, true) => (
            "openapi-request-type-changed",
            None,
            format!("{k} changed {}", values(c)),
        ),
        (Kind::TypeChanged, false) => (
            "openapi-response-type-changed",
            None,
            format!("{k} changed {}", values(c)),
        ),
        (Kind::TypeCompatible, _) => (
            compatible,
            None,
            format!("{k} changed compatibly {}", values(c)),
        ),
        (Kind::PropertyRequired, true) => (
            "openapi-request-property-required",
            None,
            "became required".into(),
        ),
        (Kind::PropertyAdded { required: true }, true) => (
            "openapi-request-property-required",
            None,
            "added as a required property".into(),
        ),
        (Kind::PropertyRemoved { closed, .. }, true) => (
            "openapi-request-property-removed",
            closed.then_some(Severity::Breaking),
            if *closed {
                "removed, and undeclared properties are refused".into()
            } else {
                "removed from the schema".into()
            },
        ),
        (Kind::EnumNarrowed, true) => (
            "openapi-request-enum-narrowed",
            None,
            match (&c.old, &c.new) {
                (Some(v), None) => format!("enum value {v} removed"),
                (_, Some(list)) => format!("restricted to the values {list}"),
                _ => "enum narrowed".into(),
            },
        ),
        (Kind::ConstraintTightened, true) => (
            "openapi-request-constraint-tightened",
            None,
            format!("{k} tightened {}", values(c)),
        ),
        (Kind::PropertyRemoved { required: true, .. }, false) => (
            "openapi-response-property-removed",
            None,
            "required property removed".into(),
        ),
        (
            Kind::PropertyRemoved {
                required: false, ..
            },
            false,
        ) => (
            "openapi-response-property-removed",
            Some(Severity::Warning),
            "optional property removed".into(),
        ),
        (Kind::PropertyOptional, false) => (
            "openapi-response-property-optional",
            None,
            "no longer always sent (became optional)".into(),
        ),
        (Kind::EnumWidened, false) => (
            "openapi-response-enum-widened",
            None,
            match (&c.old, &c.new) {
                (None, Some(v)) => format!("enum value {v} added"),
                _ => "enum dropped: any value may be sent".into(),
            },
        ),
        (Kind::ConstraintLoosened, false) => (
            "openapi-response-constraint-loosened",
            None,
            format!("{k} loosened {}", values(c)),
        ),
        (Kind::NotCompared, _) => (
            "openapi-schema-not-compared",
            None,
            format!("{k} changed {}; not compared, check by hand", values(c)),
        ),
        (kind, _) => (compatible, None, compatible_words(kind, k, c)),
    }
}

fn compatible_words(kind: &Kind, k: &str, c: &Change) -> String {
    match kind {
        Kind::PropertyRequired => "became required".into(),
        Kind::PropertyOptional => "became optional".into(),
        Kind::PropertyAdded { required: true } => "required property added".into(),
        Kind::PropertyAdded { required: false } => "optional property added".into(),
        Kind::PropertyRemoved { .. } => "property removed".into(),
        Kind::EnumNarrowed | Kind::EnumWidened => format!("enum changed {}", values(c)),
        _ => format!("{k} changed {}", values(c)),
    }
}
