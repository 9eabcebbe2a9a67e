//! Commands and subcommands: matched by name or a kept alias; a removed
//! name or alias, added commands, deprecations.

use std::collections::HashMap;

use crate::model::{Command, Flag};

use super::removal::Removed;
use super::Walk;

impl Walk<'_> {
    /// Compares the command at `path` and everything below it. `globals`
    /// are the new side's global flags of the commands above.
    pub(super) fn command<'n>(
        &mut self,
        path: &str,
        old: &Command,
        new: &'n Command,
        globals: &[&'n Flag],
    ) {
        self.flags(path, old, new, globals);
        self.args(path, old, new);
        let mut inherited: Vec<&Flag> = globals.to_vec();
        inherited.extend(new.flags.iter().filter(|f| f.global));

        let mut matched = vec![false; new.commands.len()];
        // Names first, then aliases (a name wins over another command's alias).
        let mut by_name: HashMap<&str, usize> = HashMap::with_capacity(new.commands.len());
        for (i, c) in new.commands.iter().enumerate() {
            for a in &c.aliases {
                by_name.entry(a.as_str()).or_insert(i);
            }
        }
        for (i, c) in new.commands.iter().enumerate() {
            by_name.insert(c.name.as_str(), i);
        }
        for sub in &old.commands {
            let sub_path = format!("{path} {}", sub.name);
            let found = by_name.get(sub.name.as_str()).copied();
            let Some(i) = found else {
                let hint = renamed_to(sub, new, &matched);
                self.removed(Removed {
                    rule: "cli-command-removed",
                    path: &sub_path,
                    member: None,
                    what: format!("command `{sub_path}`"),
                    deprecation: sub.deprecated.as_ref(),
                    stability: sub.stability,
                    hidden: sub.hidden && sub.deprecated.is_none(),
                    hint,
                });
                continue;
            };
            matched[i] = true;
            let next = &new.commands[i];
            for alias in &sub.aliases {
                if *alias != next.name && !next.aliases.contains(alias) {
                    self.removed(Removed {
                        rule: "cli-command-alias-removed",
                        path: &sub_path,
                        member: Some(alias),
                        what: format!("alias `{path} {alias}` of command `{sub_path}`"),
                        deprecation: sub.deprecated.as_ref(),
                        stability: sub.stability,
                        hidden: false,
                        hint: String::new(),
                    });
                }
            }
            let what = format!("command `{sub_path}`");
            self.deprecation(
                &sub_path,
                None,
                &what,
                sub.deprecated.as_ref(),
                next.deprecated.as_ref(),
                next.stability,
            );
            self.command(&sub_path, sub, next, &inherited);
        }
        for (i, added) in new.commands.iter().enumerate() {
            if !matched[i] {
                let sub_path = format!("{path} {}", added.name);
                let msg = format!("command `{sub_path}` was added");
                let subject = self.subject(&sub_path, None);
                self.push("cli-command-added", msg, subject, None);
            }
        }
    }
}

/// `; renamed to `x`?` when one unmatched new command looks like the old
/// one renamed: the same description.
fn renamed_to(old: &Command, new: &Command, matched: &[bool]) -> String {
    let Some(about) = old.about.as_deref().filter(|a| !a.is_empty()) else {
        return String::new();
    };
    new.commands
        .iter()
        .zip(matched)
        .find(|(c, m)| !**m && c.about.as_deref() == Some(about))
        .map_or(String::new(), |(c, _)| {
            format!(" (renamed to `{}`? it has the same description)", c.name)
        })
}
