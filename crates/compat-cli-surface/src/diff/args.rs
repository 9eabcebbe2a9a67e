//! Positional arguments, matched by place: removed, added (required or
//! not), and what each accepts.

use crate::model::{Arg, Command};

use super::flags::ValueFacts;
use super::removal::Removed;
use super::Walk;

impl Walk<'_> {
    /// Compares the positional arguments of one command.
    pub(super) fn args(&mut self, path: &str, old: &Command, new: &Command) {
        for (i, arg) in old.args.iter().enumerate() {
            let member = placeholder(arg);
            match new.args.get(i) {
                None => self.removed(Removed {
                    rule: "cli-arg-removed",
                    path,
                    member: Some(&member),
                    what: format!("positional argument {} `{member}` of `{path}`", i + 1),
                    deprecation: arg.deprecated.as_ref(),
                    stability: arg.stability,
                    hidden: false,
                    hint: String::new(),
                }),
                Some(next) => {
                    let what = format!("positional argument {} `{member}` of `{path}`", i + 1);
                    self.value(path, &member, &what, facts(arg), facts(next));
                    self.deprecation(
                        path,
                        Some(&member),
                        &what,
                        arg.deprecated.as_ref(),
                        next.deprecated.as_ref(),
                        next.stability,
                    );
                }
            }
        }
        for (i, arg) in new.args.iter().enumerate().skip(old.args.len()) {
            let member = placeholder(arg);
            let subject = self.subject(path, Some(&member));
            if arg.required {
                let msg = format!(
                    "`{path}` now requires a positional argument {} `{member}`: every existing call fails",
                    i + 1
                );
                self.push("cli-required-added", msg, subject, None);
            } else {
                let msg = format!("`{path}` takes a new optional positional argument `{member}`");
                self.push("cli-arg-added", msg, subject, None);
            }
        }
    }
}

/// `<NAME>`.
fn placeholder(arg: &Arg) -> String {
    format!("<{}>", arg.name)
}

fn facts(a: &Arg) -> ValueFacts<'_> {
    ValueFacts {
        value_type: &a.value_type,
        multiple: a.multiple,
        default: a.default.as_deref(),
        required: a.required,
        choices: &a.choices,
        env: &a.env,
    }
}
