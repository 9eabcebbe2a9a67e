//! Flags: matched by a long name they share; removed flags and names,
//! value types, defaults, requiredness, choices and environment variables.

use std::collections::HashMap;

use compat_report::Severity;

use crate::model::{Command, Flag};
use crate::read::InputFormat;

use super::removal::Removed;
use super::{list, Walk};

impl Walk<'_> {
    /// Compares the flags `old` declares with those `new` accepts (its own
    /// and the `globals` it inherits).
    pub(super) fn flags(&mut self, path: &str, old: &Command, new: &Command, globals: &[&Flag]) {
        let accepted: Vec<&Flag> = new.flags.iter().chain(globals.iter().copied()).collect();
        let mut matched = vec![false; accepted.len()];
        // The first flag naming it (own flags before inherited ones).
        let mut by_name: HashMap<&str, usize> = HashMap::new();
        for (i, f) in accepted.iter().enumerate() {
            for n in &f.names {
                by_name.entry(n.as_str()).or_insert(i);
            }
        }
        for flag in &old.flags {
            match find(flag, &by_name) {
                Some(i) => {
                    matched[i] = true;
                    self.flag(path, flag, accepted[i], &accepted);
                }
                None => {
                    let hint = renamed_to(flag, &accepted);
                    self.removed(Removed {
                        rule: "cli-flag-removed",
                        path,
                        member: Some(flag.primary()),
                        what: format!("flag `{}` of `{path}`", flag.primary()),
                        deprecation: flag.deprecated.as_ref(),
                        stability: flag.stability,
                        hidden: flag.hidden && flag.deprecated.is_none(),
                        hint,
                    });
                }
            }
        }
        for (i, flag) in new.flags.iter().enumerate() {
            if matched[i] {
                continue;
            }
            let name = flag.primary();
            let subject = self.subject(path, Some(name));
            if flag.required {
                let msg = format!(
                    "`{path}` now requires the new flag `{name}`: every existing call without it fails"
                );
                self.push("cli-required-added", msg, subject, None);
            } else {
                let msg = format!("flag `{name}` was added to `{path}`");
                self.push("cli-flag-added", msg, subject, None);
            }
        }
    }

    /// Compares one flag present on both sides.
    fn flag(&mut self, path: &str, old: &Flag, new: &Flag, accepted: &[&Flag]) {
        let name = old.primary();
        for gone in old.names.iter().filter(|n| !new.names.contains(n)) {
            let short = Flag::is_short(gone);
            let taken = accepted
                .iter()
                .find(|f| f.names.contains(gone))
                .map_or(String::new(), |f| {
                    format!("; `{gone}` now means `{}`", f.primary())
                });
            self.removed(Removed {
                rule: if short {
                    "cli-flag-short-removed"
                } else {
                    "cli-flag-alias-removed"
                },
                path,
                member: Some(gone),
                what: format!(
                    "{} `{gone}` of flag `{name}` of `{path}`",
                    if short { "short name" } else { "name" }
                ),
                deprecation: old.deprecation_of(gone),
                stability: old.stability,
                hidden: false,
                hint: taken,
            });
        }
        let what = format!("flag `{name}` of `{path}`");
        self.value(
            path,
            name,
            &what,
            ValueFacts::of_flag(old),
            ValueFacts::of_flag(new),
        );
        self.deprecation(
            path,
            Some(name),
            &what,
            old.deprecated.as_ref(),
            new.deprecated.as_ref(),
            new.stability,
        );
        for dep in &new.deprecated_names {
            let before = old
                .deprecated_names
                .iter()
                .find(|d| d.name == dep.name)
                .map(|d| &d.deprecation)
                .or(old.deprecated.as_ref());
            if before.is_none() && new.deprecated.is_none() {
                let what = format!("name `{}` of flag `{name}` of `{path}`", dep.name);
                self.deprecation(
                    path,
                    Some(&dep.name),
                    &what,
                    None,
                    Some(&dep.deprecation),
                    new.stability,
                );
            }
        }
    }
}

/// What flags and positional arguments share: a value, a default, choices,
/// environment variables, requiredness.
pub(super) struct ValueFacts<'a> {
    pub value_type: &'a str,
    pub multiple: bool,
    pub default: Option<&'a str>,
    pub required: bool,
    pub choices: &'a [String],
    pub env: &'a [String],
}

impl<'a> ValueFacts<'a> {
    fn of_flag(f: &'a Flag) -> ValueFacts<'a> {
        // A switch's "false" default is no default.
        let default = f
            .default
            .as_deref()
            .filter(|d| !(matches!(f.value_type.as_str(), "switch" | "bool") && *d == "false"));
        ValueFacts {
            value_type: &f.value_type,
            multiple: f.multiple,
            default,
            required: f.required,
            choices: &f.choices,
            env: &f.env,
        }
    }
}

/// What a flag or argument takes, in words: `switch` and `count` (the
/// surface's names for flags without a value) take no value; a `--help`
/// text or a usage spec says only that a flag takes a value (its surface
/// type is `string`); any other type is named as its source names it.
fn takes(v: &ValueFacts<'_>, format: InputFormat) -> String {
    let value = match v.value_type {
        "switch" => "no value".to_owned(),
        "count" => "no value (counted)".to_owned(),
        "string" if matches!(format, InputFormat::Help | InputFormat::Usage) => {
            "a value".to_owned()
        }
        other => format!("a value of type `{other}`"),
    };
    if v.multiple {
        format!("{value} (repeatable)")
    } else {
        value
    }
}

impl Walk<'_> {
    /// Compares what a flag or argument accepts; `what` names it.
    pub(super) fn value(
        &mut self,
        path: &str,
        member: &str,
        what: &str,
        old: ValueFacts<'_>,
        new: ValueFacts<'_>,
    ) {
        let spell = |v: &ValueFacts<'_>| {
            if v.multiple {
                format!("{} (repeatable)", v.value_type)
            } else {
                v.value_type.to_owned()
            }
        };
        let (was, now) = (spell(&old), spell(&new));
        if was != now {
            // Said in words, in each input's terms; the subject keeps the types.
            let (was_said, now_said) = (
                takes(&old, self.opts.old_format),
                takes(&new, self.opts.new_format),
            );
            // Any text is a string: a typed value widened to a string, or a
            // value made repeatable, still takes every old call.
            let widened = (old.value_type == new.value_type && new.multiple)
                || (new.value_type == "string"
                    && !matches!(old.value_type, "switch" | "count")
                    && new.multiple >= old.multiple);
            let msg = if widened {
                format!(
                    "{what} now takes {now_said} instead of {was_said}; every old value is still accepted"
                )
            } else {
                format!("{what} now takes {now_said} instead of {was_said}: old calls may be refused or mean something else")
            };
            let subject = self.subject(path, Some(member));
            let f = self.push("cli-type-changed", msg, subject, Some((was, now)));
            if widened {
                f.set_severity(Severity::Info);
            }
        }
        if old.default != new.default {
            let show = |d: Option<&str>| d.map_or_else(|| "none".to_owned(), |d| format!("`{d}`"));
            let msg = format!(
                "{what} defaults to {} instead of {}: calls that leave it out behave differently",
                show(new.default),
                show(old.default)
            );
            let subject = self.subject(path, Some(member));
            let values = (
                old.default.unwrap_or("").to_owned(),
                new.default.unwrap_or("").to_owned(),
            );
            let one_side = old.default.is_none() || new.default.is_none();
            let f = self.push("cli-default-changed", msg, subject, Some(values));
            if one_side {
                // A default stated (or no longer stated) where the program
                // may always have behaved so: worth a look, not a proven break.
                f.set_severity(Severity::Warning);
            }
        }
        if new.required && !old.required {
            let msg = format!("{what} is now required: every existing call without it fails");
            let subject = self.subject(path, Some(member));
            self.push("cli-required-added", msg, subject, None);
        }
        if !old.choices.is_empty() {
            let gone: Vec<&str> = if new.choices.is_empty() {
                Vec::new()
            } else {
                old.choices
                    .iter()
                    .filter(|c| !new.choices.contains(c))
                    .map(String::as_str)
                    .collect()
            };
            if !gone.is_empty() {
                let msg = format!(
                    "{what} no longer accepts {}: calls passing {} fail",
                    list(&gone),
                    if gone.len() == 1 { "it" } else { "them" }
                );
                let subject = self.subject(path, Some(member));
                self.push(
                    "cli-choice-removed",
                    msg,
                    subject,
                    Some((old.choices.join(","), new.choices.join(","))),
                );
            }
            let added: Vec<&str> = new
                .choices
                .iter()
                .filter(|c| !old.choices.contains(c))
                .map(String::as_str)
                .collect();
            if !added.is_empty() {
                let msg = format!("{what} also accepts {}", list(&added));
                let subject = self.subject(path, Some(member));
                self.push(
                    "cli-choice-added",
                    msg,
                    subject,
                    Some((old.choices.join(","), new.choices.join(","))),
                );
            }
        } else if !new.choices.is_empty() {
            let msg = format!(
                "{what} now accepts only {}, where it took any value: calls passing another value fail",
                new.choices.join(", ")
            );
            let subject = self.subject(path, Some(member));
            self.push(
                "cli-choice-removed",
                msg,
                subject,
                Some((String::new(), new.choices.join(","))),
            )
            .set_severity(Severity::Warning);
        }
        for var in old.env.iter().filter(|v| !new.env.contains(v)) {
            let msg = format!(
                "{what} no longer reads the environment variable {var}: setups that set it lose the setting"
            );
            let subject = self.subject(path, Some(member));
            self.push(
                "cli-env-removed",
                msg,
                subject,
                Some((var.clone(), new.env.join(","))),
            );
        }
    }
}

/// The flag in `accepted` that `old` still is: the one named by its primary
/// name, else by another of its long names, else (a flag with short names
/// only) by a short name.
fn find(old: &Flag, by_name: &HashMap<&str, usize>) -> Option<usize> {
    let has = |name: &String| by_name.get(name.as_str()).copied();
    let primary = old.names.first().and_then(has);
    primary
        .or_else(|| {
            old.names
                .iter()
                .filter(|n| !Flag::is_short(n))
                .find_map(has)
        })
        .or_else(|| {
            if old.names.iter().all(|n| Flag::is_short(n)) {
                old.names.iter().find_map(has)
            } else {
                None
            }
        })
}

/// ``; renamed to `--x`?`` when a new flag takes the removed one's short
/// name or environment variable.
fn renamed_to(old: &Flag, accepted: &[&Flag]) -> String {
    accepted
        .iter()
        .find(|f| {
            old.names
                .iter()
                .any(|n| Flag::is_short(n) && f.names.contains(n))
                || old.env.iter().any(|v| f.env.contains(v))
        })
        .map_or(String::new(), |f| {
            format!(
                " (renamed to `{}`? it took over its short name or environment variable)",
                f.primary()
            )
        })
}
