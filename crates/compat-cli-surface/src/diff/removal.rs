//! Removals and the deprecation window: whether removing an element is
//! allowed yet, and the day it will be. A deprecation without a day is
//! reported in the terms of the input that lacks the day (a `--help` text,
//! Azure CLI metadata, a surface file's `"since"`), with the way to give it.

use compat_report::Severity;

use crate::date::Date;
use crate::model::{Deprecation, Stability};
use crate::read::InputFormat;
use crate::window::{releases_between, Window};

use super::Walk;

/// An element that is gone from the new surface.
pub(super) struct Removed<'a> {
    /// The rule of a removal of this kind (`cli-flag-removed`).
    pub rule: &'static str,
    /// The command path.
    pub path: &'a str,
    /// The flag, name or argument, when it is not the command itself.
    pub member: Option<&'a str>,
    /// What it is, for the message (``flag `--tags` of `git fetch` ``).
    pub what: String,
    /// Its deprecation on the old side.
    pub deprecation: Option<&'a Deprecation>,
    /// Its stability on the old side.
    pub stability: Stability,
    /// Hidden on the old side (and not deprecated): undocumented.
    pub hidden: bool,
    /// Said after the reason (`; renamed to --colour?`).
    pub hint: String,
}

/// Where a deprecated element stands against the window.
pub(super) enum Standing {
    /// Removal is allowed (the window ended on this day).
    Allowed(Date),
    /// Removal is allowed from this day (and after that many more releases).
    NotYet(Date, Option<u32>),
    /// Deprecated without a day: the window never started.
    Undated,
    /// `since` is not a day.
    BadDate(String),
}

impl Walk<'_> {
    /// Where `dep` (on an element of `stability`) stands today.
    pub(super) fn standing(&self, dep: &Deprecation, stability: Stability) -> Standing {
        let Some(since) = dep.since.as_deref() else {
            return Standing::Undated;
        };
        let Some(day) = Date::parse(since) else {
            return Standing::BadDate(since.to_owned());
        };
        let (from, releases) = self.opts.window.allowed_from(day, stability);
        let releases_left = match (releases, dep.release.as_deref(), self.new_version) {
            (0, ..) => None,
            (need, Some(announced), Some(now)) => releases_between(announced, now)
                .map(|passed| need.saturating_sub(passed))
                .filter(|left| *left > 0),
            _ => None,
        };
        if self.opts.today >= from && releases_left.is_none() {
            Standing::Allowed(from)
        } else {
            Standing::NotYet(from, releases_left)
        }
    }

    /// Reports `gone`: under its own rule (breaking) unless its window has
    /// passed, then as `cli-removed-after-window` (info).
    pub(super) fn removed(&mut self, gone: Removed<'_>) {
        let window = self.opts.window;
        let subject = self.subject(gone.path, gone.member);
        let Some(dep) = gone.deprecation else {
            if window == Window::Kubernetes && gone.stability == Stability::Alpha {
                let msg = format!(
                    "{} was removed; it was alpha, which the Kubernetes policy lets go without notice{}",
                    gone.what, gone.hint
                );
                self.push(gone.rule, msg, subject, None)
                    .set_severity(Severity::Info);
                return;
            }
            let msg = format!(
                "{} was removed without a deprecation: scripts that use it fail{}",
                gone.what, gone.hint
            );
            let hidden = gone.hidden;
            let f = self.push(gone.rule, msg, subject, None);
            if hidden {
                f.message.push_str(" (it was hidden from help)");
                f.set_severity(Severity::Warning);
            }
            return;
        };
        let since = dep.since.as_deref().unwrap_or("");
        match self.standing(dep, gone.stability) {
            Standing::Allowed(from) => {
                let msg = format!(
                    "{} was removed after its {window} deprecation window (deprecated since {since}, removal allowed from {from})",
                    gone.what
                );
                self.push("cli-removed-after-window", msg, subject, None);
            }
            Standing::NotYet(from, releases) => {
                let more = releases.map_or(String::new(), |n| {
                    format!(" and {n} more release{}", if n == 1 { "" } else { "s" })
                });
                let msg = format!(
                    "{} was removed inside its {window} deprecation window: deprecated since {since}, removal is allowed from {from}{more}{}",
                    gone.what, gone.hint
                );
                self.push(
                    gone.rule,
                    msg,
                    subject,
                    Some((since.to_owned(), from.to_string())),
                );
            }
            Standing::Undated => {
                let input = Input {
                    format: self.opts.old_format,
                    file: &self.opts.old_name,
                };
                // A whole flag or command can also be dated by the project's
                // registry.
                let item = match (gone.rule, gone.member) {
                    ("cli-flag-removed", Some(m)) => {
                        Some(format!("flag = \"{}\"", registry_item(gone.path, m)))
                    }
                    ("cli-command-removed", None) => Some(format!("command = \"{}\"", gone.path)),
                    _ => None,
                };
                let msg = format!(
                    "{} was removed; it was deprecated without a day{}, so its window never started{}; {}",
                    gone.what,
                    input.lacks(),
                    gone.hint,
                    input.give(item.as_deref())
                );
                // One cause, one fix: the input dates none of these.
                self.push(gone.rule, msg, subject, None).group =
                    Some(format!("undated in {}", self.opts.old_name));
            }
            Standing::BadDate(text) => {
                let msg = format!(
                    "{} was removed; the \"since\" of its \"deprecated\" in {}, {text:?}, is not a day (YYYY-MM-DD), so its window never started{}",
                    gone.what, self.opts.old_name, gone.hint
                );
                self.push(gone.rule, msg, subject, None);
            }
        }
    }

    /// Reports the deprecation state that changed between `old` and `new` on
    /// an element still present: newly deprecated (`cli-deprecated`, or
    /// `cli-deprecation-undated` without a day) or announced on an earlier
    /// day than before (`cli-deprecation-backdated`).
    pub(super) fn deprecation(
        &mut self,
        path: &str,
        member: Option<&str>,
        what: &str,
        old: Option<&Deprecation>,
        new: Option<&Deprecation>,
        stability: Stability,
    ) {
        let Some(dep) = new else { return };
        let subject = self.subject(path, member);
        match old {
            None => {
                let instead = dep
                    .replacement
                    .as_deref()
                    .map_or(String::new(), |r| format!("; use {r} instead"));
                match self.standing(dep, stability) {
                    Standing::Allowed(from) | Standing::NotYet(from, _) => {
                        let since = dep.since.clone().unwrap_or_default();
                        let msg = format!(
                            "{what} is deprecated since {since}: under the {} window it must keep working until {from}{instead}",
                            self.opts.window
                        );
                        self.push(
                            "cli-deprecated",
                            msg,
                            subject,
                            Some((since, from.to_string())),
                        );
                    }
                    Standing::Undated => {
                        let input = Input {
                            format: self.opts.new_format,
                            file: &self.opts.new_name,
                        };
                        let msg = format!(
                            "{what} is newly deprecated without a day{}, so no window can start and its removal will never be allowed{instead}; {}",
                            input.lacks(),
                            input.give(None)
                        );
                        self.push("cli-deprecation-undated", msg, subject, None)
                            .group = Some(format!("undated in {}", self.opts.new_name));
                    }
                    Standing::BadDate(text) => {
                        let msg = format!(
                            "{what} is newly deprecated, but the \"since\" of its \"deprecated\" in {}, {text:?}, is not a day (YYYY-MM-DD), so no window can start and its removal will never be allowed{instead}",
                            self.opts.new_name
                        );
                        self.push("cli-deprecation-undated", msg, subject, None);
                    }
                }
            }
            Some(before) => {
                let (Some(was), Some(now)) = (
                    before.since.as_deref().and_then(Date::parse),
                    dep.since.as_deref().and_then(Date::parse),
                ) else {
                    return;
                };
                if now < was {
                    let msg = format!(
                        "{what}'s deprecation moved from {was} to the earlier {now}, shortening its window"
                    );
                    self.push(
                        "cli-deprecation-backdated",
                        msg,
                        subject,
                        Some((was.to_string(), now.to_string())),
                    );
                }
            }
        }
    }
}

/// One input of the diff, as the user gave it: for saying what it lacks in
/// its own terms.
struct Input<'a> {
    format: InputFormat,
    file: &'a str,
}

impl Input<'_> {
    /// Why the input gives no day, in its terms (` (the --help text h.txt
    /// calls it deprecated and gives no day)`), or nothing when its format
    /// is unknown.
    fn lacks(&self) -> String {
        let file = self.file;
        match self.format {
            InputFormat::Compat => format!(" (its \"deprecated\" in {file} has no \"since\")"),
            InputFormat::Help => {
                format!(" (the --help text {file} calls it deprecated and gives no day)")
            }
            InputFormat::Azure => format!(
                " (the Azure CLI metadata {file} deprecates it in deprecate_info, which has no day: Azure announces deprecations by release)"
            ),
            InputFormat::Usage => {
                format!(" (the usage spec {file} marks it deprecated and gives no day)")
            }
            InputFormat::Cobra => {
                format!(" (cobra's docs {file} mark it deprecated and give no day)")
            }
            InputFormat::Auto => String::new(),
        }
    }

    /// How to give the day: in a surface file (the input itself when it is
    /// one, else one `compat cli surface --from` writes), and, for a flag or
    /// a command (`item`, a `[[deprecation]]` item's inside: `flag =
    /// "--colour"`), in the project's deprecation registry.
    fn give(&self, item: Option<&str>) -> String {
        let mut out = match self.format {
            InputFormat::Compat | InputFormat::Auto => format!(
                "date it with \"since\": \"YYYY-MM-DD\" (the day it was announced) in its \"deprecated\" in {}",
                self.file
            ),
            _ => format!(
                "date it in a surface file (compat cli surface --from {} -o FILE.json writes one; add \"since\": \"YYYY-MM-DD\", the day it was announced, to its \"deprecated\")",
                self.file
            ),
        };
        if let Some(item) = item {
            out.push_str(&format!(
                ", or, under compat check, with a [[deprecation]] in compat.toml (item = {{ {item} }}, announced = YYYY-MM-DD)"
            ));
        }
        out
    }
}

/// The flag `member` of the command at `path` as a `[[deprecation]]` item
/// names it: the flag alone on the program itself, with its command path
/// on a subcommand (`tool sync --colour`).
fn registry_item(path: &str, member: &str) -> String {
    if path.contains(' ') {
        format!("{path} {member}")
    } else {
        member.to_owned()
    }
}
