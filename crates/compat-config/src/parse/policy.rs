//! `[policy]`, `[policy.rules]`, `[policy.deprecation]` and a component's
//! `[component.NAME.policy]`.

use std::collections::BTreeMap;

use toml_edit::Value;

use super::State;
use crate::date::Duration;
use crate::policy::{
    Bump, ComponentPolicy, DeprecationPolicy, FailOn, Level, Policy, RuleLevel, UnusedWaivers,
};
use crate::read::{describe, invalid_keyword, item_span, Section, Sink};

const POLICY_KEYS: &[&str] = &[
    "fail_on",
    "promise",
    "max_waiver_days",
    "waiver_warn_days",
    "unused_waivers",
    "require_owner",
    "rules",
    "deprecation",
];

const COMPONENT_POLICY_KEYS: &[&str] = &[
    "fail_on",
    "max_waiver_days",
    "waiver_warn_days",
    "unused_waivers",
    "rules",
];

const DEPRECATION_KEYS: &[&str] = &["min_duration", "min_releases", "require_replacement"];

const RULE_KEYS: &[&str] = &["severity", "bump"];

impl State {
    /// `[policy]`.
    pub(super) fn policy(&mut self, section: &Section<'_>, sink: &mut Sink<'_>) -> Policy {
        section.check_keys(sink, POLICY_KEYS);
        let mut policy = Policy {
            set_at: set_at(section, sink),
            ..Policy::default()
        };
        if let Some(v) = section.keyword(sink, "fail_on", FailOn::NAMES, FailOn::from_name) {
            policy.fail_on = v.value;
        }
        if let Some(names) = section.strings(sink, "promise", true) {
            for name in &names {
                self.check_promise(sink, name, "[policy]");
            }
            policy.promises = names.into_iter().map(|n| n.value).collect();
        }
        if let Some(n) = section.u32(sink, "max_waiver_days") {
            policy.max_waiver_days = n;
        }
        if let Some(n) = section.u32(sink, "waiver_warn_days") {
            policy.waiver_warn_days = n;
        }
        if let Some(v) = section.keyword(
            sink,
            "unused_waivers",
            UnusedWaivers::NAMES,
            UnusedWaivers::from_name,
        ) {
            policy.unused_waivers = v.value;
        }
        if let Some(b) = section.bool(sink, "require_owner") {
            policy.require_owner = b;
        }
        if let Some(rules) = section.table(sink, "rules", "[policy.rules]".into()) {
            policy.rules = rule_levels(&rules, sink);
        }
        if let Some(dep) = section.table(sink, "deprecation", "[policy.deprecation]".into()) {
            policy.deprecation = deprecation_policy(&dep, sink);
        }
        policy
    }

    /// `[component.NAME.policy]`.
    pub(super) fn component_policy(
        &mut self,
        section: &Section<'_>,
        sink: &mut Sink<'_>,
    ) -> ComponentPolicy {
        section.check_keys(sink, COMPONENT_POLICY_KEYS);
        let mut policy = ComponentPolicy {
            set_at: set_at(section, sink),
            ..ComponentPolicy::default()
        };
        policy.fail_on = section
            .keyword(sink, "fail_on", FailOn::NAMES, FailOn::from_name)
            .map(|v| v.value);
        policy.max_waiver_days = section.u32(sink, "max_waiver_days");
        policy.waiver_warn_days = section.u32(sink, "waiver_warn_days");
        policy.unused_waivers = section
            .keyword(
                sink,
                "unused_waivers",
                UnusedWaivers::NAMES,
                UnusedWaivers::from_name,
            )
            .map(|v| v.value);
        let rules_name = format!("{}.rules]", section.name.trim_end_matches(']'));
        if let Some(rules) = section.table(sink, "rules", rules_name) {
            policy.rules = rule_levels(&rules, sink);
        }
        policy
    }
}

/// Where each key of `section` is: a sub-table's header, a value's key.
fn set_at(section: &Section<'_>, sink: &Sink<'_>) -> BTreeMap<String, crate::loc::Loc> {
    section
        .entries()
        .into_iter()
        .map(|(key, item)| {
            let span = match item {
                toml_edit::Item::Table(t) if !t.is_dotted() => t.span().or(key.span()),
                _ => key.span(),
            };
            (key.get().to_owned(), sink.loc(span))
        })
        .collect()
}

/// Whether `id` names a rule of the catalog; records an error if not.
pub(super) fn check_rule(
    sink: &mut Sink<'_>,
    id: &str,
    span: Option<std::ops::Range<usize>>,
    place: &str,
) -> bool {
    if compat_report::rules::lookup(id).is_some() {
        return true;
    }
    let hint = sink.hint(id, compat_report::RULES.iter().map(|r| r.id));
    sink.error(
        span,
        format!("unknown rule `{id}` in {place}{hint} (`compat rules` lists them)"),
    );
    false
}

/// `[policy.rules]`: `rule = "level"` or `rule = { severity, bump }`.
fn rule_levels(section: &Section<'_>, sink: &mut Sink<'_>) -> BTreeMap<String, RuleLevel> {
    let mut rules = BTreeMap::new();
    for (key, item) in section.entries() {
        let id = key.get();
        if !check_rule(sink, id, key.span(), &section.name) {
            continue;
        }
        let at = sink.loc(key.span());
        let level = if let Some(Value::String(s)) = item.as_value() {
            match Level::from_name(s.value()) {
                Some(level) => Some(RuleLevel {
                    severity: Some(level),
                    bump: None,
                    at,
                }),
                None => {
                    let msg = invalid_keyword(sink, id, s.value(), Level::NAMES, &section.name);
                    sink.error(s.span(), msg);
                    None
                }
            }
        } else if let Some(table) = Section::of_item(item, format!("`{id}` in {}", section.name)) {
            table.check_keys(sink, RULE_KEYS);
            let severity = table.keyword(sink, "severity", Level::NAMES, Level::from_name);
            let bump = table.keyword(sink, "bump", Bump::NAMES, Bump::from_name);
            if !table.has("severity") && !table.has("bump") {
                sink.error(
                    item_span(item),
                    format!(
                        "`{id}` in {} sets neither `severity` nor `bump`",
                        section.name
                    ),
                );
                None
            } else {
                Some(RuleLevel {
                    severity: severity.map(|s| s.value),
                    bump: bump.map(|b| b.value),
                    at,
                })
            }
        } else {
            sink.error(
                item_span(item),
                format!(
                    "`{id}` in {} must be a severity (\"breaking\", \"warning\", \"info\", \"off\") or {{ severity = ..., bump = ... }}, not {}",
                    section.name,
                    describe(item)
                ),
            );
            None
        };
        if let Some(level) = level {
            rules.insert(id.to_owned(), level);
        }
    }
    rules
}

/// `[policy.deprecation]`.
fn deprecation_policy(section: &Section<'_>, sink: &mut Sink<'_>) -> DeprecationPolicy {
    section.check_keys(sink, DEPRECATION_KEYS);
    let mut policy = DeprecationPolicy {
        set_at: set_at(section, sink),
        ..DeprecationPolicy::default()
    };
    if let Some(text) = section.string(sink, "min_duration") {
        match Duration::parse(&text.value) {
            Some(d) => policy.min_duration = d,
            None => sink.error(
                text.span,
                format!(
                    "`min_duration` in {} must be a number and a unit (\"18 months\", \"2 years\", \"90 days\", \"6 weeks\"), not {:?}",
                    section.name, text.value
                ),
            ),
        }
    }
    if let Some(n) = section.u32(sink, "min_releases") {
        policy.min_releases = n;
    }
    if let Some(b) = section.bool(sink, "require_replacement") {
        policy.require_replacement = b;
    }
    policy
}
