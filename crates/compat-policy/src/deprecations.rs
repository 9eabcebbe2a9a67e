//! The deprecation registry: each `[[deprecation]]` promises consumers an
//! item until a date. Its window ends on `remove_after`, the latest of the
//! announcement plus `min_duration`, the date of the `min_releases`-th
//! release after `announced_in` (when releases are known), and the entry's
//! own `remove_after`. A removal is the engine's finding for the item's
//! kind: a symbol's, a type's or a field's from `abi diff` or `go exports`,
//! a flag's from `cli diff`, an endpoint's from `openapi diff`.

use std::path::Path;

use compat_config::{Config, Date, Deprecation, ItemKind};
use compat_report::check::DeprecationResult;
use compat_report::fingerprint::type_identity;
use compat_report::render::count;
use compat_report::{Finding, Severity, Status, Subject};

use crate::location::location_of;
use crate::version::Version;

/// Whether an item's declaration carries a deprecation marker:
/// `Some(Err(where))` when a declaration was found without one, `None` when
/// the sources cannot tell.
pub type MarkerCheck<'a> = &'a dyn Fn(ItemKind, &str) -> Option<Result<(), String>>;

/// What judging a component's deprecations needs besides its findings.
pub struct Inputs<'a> {
    /// The run's date.
    pub now: Date,
    /// The repository root (finding locations are relative to it).
    pub root: &'a Path,
    /// Releases known from tags, with their dates, in any order; empty when
    /// the component's versions do not come from tags (then `min_releases`
    /// is not applied).
    pub releases: &'a [(Version, Date)],
    /// The registry as the baseline's `compat.toml` had it (empty if unknown).
    pub previous: &'a [Deprecation],
    /// Whether the candidate still has the item (`None`: cannot tell).
    pub present: &'a dyn Fn(ItemKind, &str) -> Option<bool>,
    /// Whether the item's declaration carries a deprecation marker.
    pub marker: MarkerCheck<'a>,
}

/// The end of a deprecation's window.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Window {
    /// Announcement plus `min_duration`.
    pub floor: Date,
    /// The date of the `min_releases`-th release after `announced_in`:
    /// `None` when too few releases exist yet, `Some(None)` when releases
    /// are not known (not applied).
    pub releases: Option<Option<Date>>,
    /// The latest of the floors and the entry's `remove_after`; `None`
    /// while the release count is not reached.
    pub remove_after: Option<Date>,
}

/// The window of `d` under `config`'s `[policy.deprecation]`.
pub fn window(config: &Config, d: &Deprecation, releases: &[(Version, Date)]) -> Window {
    let p = &config.policy.deprecation;
    let floor = d
        .announced
        .add_duration(p.min_duration)
        .unwrap_or(d.announced);
    let by_releases = if releases.is_empty() || p.min_releases == 0 {
        Some(None)
    } else {
        let after = d.announced_in.as_deref().and_then(Version::parse);
        let mut later: Vec<&(Version, Date)> = releases
            .iter()
            .filter(|(v, date)| match &after {
                Some(a) => v > a && v.pre.is_empty(),
                None => *date > d.announced && v.pre.is_empty(),
            })
            .collect();
        later.sort_by(|a, b| a.0.cmp(&b.0));
        later
            .get(p.min_releases as usize - 1)
            .map(|(_, date)| Some(*date))
    };
    let remove_after = by_releases.map(|r| {
        [Some(floor), r, d.remove_after]
            .into_iter()
            .flatten()
            .max()
            .unwrap_or(floor)
    });
    Window {
        floor,
        releases: by_releases,
        remove_after,
    }
}

/// Judges the deprecations of `component` against its findings: removals
/// before the window ends are breaking, removals after it are accepted (the
/// removal finding is marked `waived` by the deprecation's id and still
/// calls for its version bump), items whose window ended are due.
pub fn check(
    config: &Config,
    component: &str,
    findings: &mut [Finding],
    inputs: &Inputs<'_>,
) -> (Vec<Finding>, Vec<DeprecationResult>) {
    let mut out = Vec::new();
    let mut states = Vec::new();
    for d in config
        .deprecations
        .iter()
        .filter(|d| d.component == component)
    {
        let w = window(config, d, inputs.releases);
        let (kind, name) = (d.item.0, d.item.1.as_str());
        let what = format!("{} {name} (deprecation {})", kind.as_str(), d.id);
        let subject = || {
            let mut s = Subject {
                component: Some(component.to_owned()),
                id: Some(d.id.clone()),
                ..Subject::default()
            };
            match kind {
                ItemKind::Symbol | ItemKind::Go => s.symbol = Some(name.to_owned()),
                ItemKind::Type => s.type_name = Some(name.to_owned()),
                ItemKind::Field => {
                    let (t, m) = split_field(name);
                    s.type_name = Some(t.to_owned());
                    s.member = Some(m.to_owned());
                }
                ItemKind::Flag | ItemKind::Command | ItemKind::Endpoint => {}
            }
            s
        };
        let here = || Some(location_of(&d.at, inputs.root));
        let mut push = |rule: &str, severity: Option<Severity>, message: String| {
            let mut f = Finding::new(rule, message, subject());
            if let Some(s) = severity {
                f.set_severity(s);
            }
            // Every deprecation finding points at its registry entry.
            f.location = here();
            out.push(f);
        };
        // The window as written: never earlier than the floor, never
        // earlier than it was.
        if let Some(r) = d.remove_after {
            if r < w.floor {
                push(
                    "deprecation-window-shortened",
                    None,
                    format!(
                        "deprecation {} ends on {r}, earlier than {} (announced {} plus {} under [policy.deprecation]); consumers plan by the published window",
                        d.id,
                        w.floor,
                        d.announced,
                        config.policy.deprecation.min_duration
                    ),
                );
            }
            if let Some(before) = inputs
                .previous
                .iter()
                .find(|p| p.id == d.id)
                .and_then(|p| p.remove_after)
                .filter(|before| r < *before)
            {
                push(
                    "deprecation-window-shortened",
                    None,
                    format!(
                        "deprecation {} now ends on {r}, earlier than {before} in the baseline's compat.toml; consumers plan by the published window",
                        d.id
                    ),
                );
            }
        }
        let removals: Vec<usize> = findings
            .iter()
            .enumerate()
            .filter(|(_, f)| removes(f, kind, name))
            .map(|(i, _)| i)
            .collect();
        let open = w.remove_after.is_none_or(|r| inputs.now < r);
        let end = match w.remove_after {
            Some(r) => format!("its window ends on {r}"),
            None => format!(
                "its window ends on {} at the earliest and after {} releases following {} (fewer so far)",
                w.floor,
                config.policy.deprecation.min_releases,
                d.announced_in.as_deref().unwrap_or("the announcement")
            ),
        };
        let replacement = d
            .replacement
            .as_deref()
            .map(|r| format!("; replacement: {r}"))
            .unwrap_or_default();
        let state = if !removals.is_empty() && open {
            let left = w
                .remove_after
                .map(|r| {
                    let days = inputs.now.days_until(r).unsigned_abs() as usize;
                    format!(", {} early", count(days, "day", "days"))
                })
                .unwrap_or_default();
            push(
                "deprecation-removed-early",
                None,
                format!(
                    "{what} was removed before {end}{left} (announced {}); consumers were promised it until then{replacement}",
                    d.announced
                ),
            );
            "removed-early"
        } else if !removals.is_empty() {
            for &i in &removals {
                if findings[i].status == Status::New {
                    findings[i].status = Status::Waived;
                    findings[i].waiver = Some(d.id.clone());
                }
            }
            push(
                "deprecation-removed",
                None,
                format!(
                    "{what} was removed after {end}, as announced on {}{replacement}",
                    d.announced
                ),
            );
            "removed"
        } else if !open && (inputs.present)(kind, name) == Some(true) {
            push(
                "deprecation-due",
                None,
                format!("{what} may be removed now: {end}, and it is still there{replacement}"),
            );
            "due"
        } else {
            "announced"
        };
        if state != "removed" && state != "removed-early" {
            if let Some(Err(at)) = (inputs.marker)(kind, name) {
                let why = match kind {
                    ItemKind::Flag | ItemKind::Command => {
                        "users are not warned when they run it (mark it deprecated in the surface, with the warning the program prints)"
                    }
                    ItemKind::Endpoint => {
                        "clients reading the description are not told (deprecated: true, x-sunset or a Sunset or Deprecation response header)"
                    }
                    _ => "consumers' compilers cannot warn them",
                };
                push(
                    "deprecation-marker-missing",
                    None,
                    format!("{what} is declared at {at} without a deprecation marker; {why}"),
                );
            }
        }
        let remove_after = w.remove_after.unwrap_or(w.floor);
        states.push(DeprecationResult {
            id: d.id.clone(),
            component: component.to_owned(),
            item: format!("{} {name}", kind.as_str()),
            remove_after: remove_after.to_string(),
            days_left: inputs.now.days_until(remove_after),
            state: state.to_owned(),
            replacement: d.replacement.clone(),
        });
    }
    (out, states)
}

/// Whether `f` reports the removal of the item.
fn removes(f: &Finding, kind: ItemKind, name: &str) -> bool {
    let s = &f.subject;
    match kind {
        ItemKind::Symbol | ItemKind::Go => {
            matches!(
                f.rule.as_str(),
                "abi-symbol-removed" | "abi-symbol-version-removed" | "go-export-removed"
            ) && s.symbol.as_deref() == Some(name)
        }
        ItemKind::Type => {
            f.rule == "abi-type-opaque"
                && s.type_name.as_deref().is_some_and(|t| same_type(t, name))
        }
        ItemKind::Field => {
            let (t, m) = split_field(name);
            f.rule == "abi-member-removed"
                && s.member.as_deref() == Some(m)
                && s.type_name.as_deref().is_some_and(|x| same_type(x, t))
        }
        // A flag by its name (`--colour`), or with its command
        // (`tool sync --colour`); cli diff names the command in symbol.
        ItemKind::Flag => {
            matches!(
                f.rule.as_str(),
                "cli-flag-removed" | "cli-removed-after-window"
            ) && s.member.as_deref().is_some_and(|m| {
                m == name
                    || s.symbol.as_deref().is_some_and(|c| {
                        name.strip_prefix(c).and_then(|r| r.strip_prefix(' ')) == Some(m)
                    })
            })
        }
        // A command by its path as cli diff names it (`tool sync`), or
        // without the program's name (`sync`).
        ItemKind::Command => {
            matches!(
                f.rule.as_str(),
                "cli-command-removed" | "cli-removed-after-window"
            ) && s.member.is_none()
                && s.symbol.as_deref().is_some_and(|c| {
                    c == name || c.split_once(' ').is_some_and(|(_, rest)| rest == name)
                })
        }
        // An operation as openapi diff names it, `DELETE /pets/{id}` (the
        // method in any case).
        ItemKind::Endpoint => {
            matches!(
                f.rule.as_str(),
                "openapi-operation-removed"
                    | "openapi-operation-removed-deprecated"
                    | "openapi-operation-removed-early"
            ) && s
                .symbol
                .as_deref()
                .is_some_and(|op| same_operation(op, name))
        }
    }
}

/// `get /pets` names `GET /pets`: the method in any case, the path exactly.
pub fn same_operation(have: &str, want: &str) -> bool {
    match (have.split_once(' '), want.trim().split_once(' ')) {
        (Some((hm, hp)), Some((wm, wp))) => hm.eq_ignore_ascii_case(wm) && hp == wp.trim_start(),
        _ => have == want,
    }
}

/// `struct cfg` names `cfg` too, and `class Widget` `struct Widget`
/// ([`type_identity`]).
fn same_type(have: &str, want: &str) -> bool {
    let (have, want) = (type_identity(have), type_identity(want));
    have == want
        || ["struct ", "union ", "enum "]
            .iter()
            .any(|k| have.strip_prefix(k) == Some(&*want))
}

/// `struct cfg.b` (or `cfg::b`) as type and member.
fn split_field(name: &str) -> (&str, &str) {
    if let Some((t, m)) = name.rsplit_once("::") {
        return (t, m);
    }
    name.rsplit_once('.').unwrap_or((name, ""))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn finding(rule: &str, symbol: &str, member: Option<&str>) -> Finding {
        Finding::new(
            rule,
            "m",
            Subject {
                symbol: Some(symbol.into()),
                member: member.map(str::to_owned),
                ..Subject::default()
            },
        )
    }

    #[test]
    fn flags_and_endpoints_are_matched_to_their_removals() {
        let flag = finding("cli-flag-removed", "tool sync", Some("--colour"));
        assert!(removes(&flag, ItemKind::Flag, "--colour"));
        assert!(removes(&flag, ItemKind::Flag, "tool sync --colour"));
        assert!(!removes(&flag, ItemKind::Flag, "tool --colour"));
        assert!(!removes(&flag, ItemKind::Flag, "--color"));
        let after = finding("cli-removed-after-window", "tool", Some("--colour"));
        assert!(removes(&after, ItemKind::Flag, "--colour"));
        let alias = finding("cli-flag-alias-removed", "tool", Some("--colour"));
        assert!(!removes(&alias, ItemKind::Flag, "--colour"));
        for rule in ["cli-command-removed", "cli-removed-after-window"] {
            let cmd = finding(rule, "tool remote add", None);
            assert!(
                removes(&cmd, ItemKind::Command, "tool remote add"),
                "{rule}"
            );
            assert!(removes(&cmd, ItemKind::Command, "remote add"), "{rule}");
            assert!(!removes(&cmd, ItemKind::Command, "add"), "{rule}");
            assert!(!removes(&cmd, ItemKind::Command, "tool remote"), "{rule}");
            assert!(!removes(&cmd, ItemKind::Flag, "tool remote add"), "{rule}");
        }
        // A flag removed after its window is not its command's removal.
        assert!(!removes(&after, ItemKind::Command, "tool"));
        let cmd_alias = finding("cli-command-alias-removed", "tool sync", Some("s"));
        assert!(!removes(&cmd_alias, ItemKind::Command, "tool sync"));
        for rule in [
            "openapi-operation-removed",
            "openapi-operation-removed-deprecated",
            "openapi-operation-removed-early",
        ] {
            let op = finding(rule, "DELETE /pets/{id}", None);
            assert!(
                removes(&op, ItemKind::Endpoint, "DELETE /pets/{id}"),
                "{rule}"
            );
            assert!(
                removes(&op, ItemKind::Endpoint, "delete /pets/{id}"),
                "{rule}"
            );
            assert!(
                !removes(&op, ItemKind::Endpoint, "GET /pets/{id}"),
                "{rule}"
            );
            assert!(!removes(&op, ItemKind::Endpoint, "DELETE /pets"), "{rule}");
        }
        let param = finding("openapi-parameter-removed", "DELETE /pets/{id}", None);
        assert!(!removes(&param, ItemKind::Endpoint, "DELETE /pets/{id}"));
    }

    #[test]
    fn a_type_is_named_with_or_without_its_keyword() {
        for (have, want) in [
            ("struct cfg", "cfg"),
            ("struct cfg", "struct cfg"),
            ("class Widget", "Widget"),
            ("class Widget", "struct Widget"),
            ("struct Widget", "class Widget"),
            ("enum class Mode", "Mode"),
            ("enum class Mode", "enum Mode"),
        ] {
            assert!(same_type(have, want), "{have} names {want}");
        }
        for (have, want) in [("class Widget", "Gadget"), ("struct cfg", "union cfg")] {
            assert!(!same_type(have, want), "{have} does not name {want}");
        }
    }
}
