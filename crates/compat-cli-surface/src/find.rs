//! Elements of a surface by the names a deprecation registry gives them (`compat check`'s
//! `[[deprecation]]` entries with `item = { flag = ... }` or `{ command = ... }`), as cli diff's
//! findings name them: a flag by one of its names (`--colour`, in any command) or after its
//! command's path (`tool sync --colour`); a command by its path (`tool remote add`) or without the
//! program's name (`remote add`).

use crate::model::{Command, Surface};

/// One element found: where, and whether it is marked deprecated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    /// The element as cli diff names it (`tool sync --colour`, `tool remote add`).
    pub place: String,
    /// Whether the surface marks it deprecated (the flag, that name of it, or the command).
    pub deprecated: bool,
}

impl Surface {
    /// Every flag `name` names (one per command that has it).
    pub fn find_flag(&self, name: &str) -> Vec<Found> {
        let mut out = Vec::new();
        let mut path = Vec::new();
        walk(&self.command, &mut path, &mut |path, cmd| {
            let at = path.join(" ");
            let wanted = match name.strip_prefix(at.as_str()) {
                Some(rest) if rest.starts_with(' ') => rest.trim_start(),
                _ => name,
            };
            for f in &cmd.flags {
                if f.names.iter().any(|n| n == wanted) {
                    out.push(Found {
                        place: format!("{at} {wanted}"),
                        deprecated: f.deprecation_of(wanted).is_some(),
                    });
                }
            }
        });
        out
    }

    /// The command `name` names, if any.
    pub fn find_command(&self, name: &str) -> Option<Found> {
        let mut out = None;
        let mut path = Vec::new();
        walk(&self.command, &mut path, &mut |path, cmd| {
            let at = path.join(" ");
            let without_program = path.get(1..).map(|rest| rest.join(" "));
            let named = at == name || without_program.is_some_and(|r| !r.is_empty() && r == name);
            if named && out.is_none() {
                out = Some(Found {
                    place: at,
                    deprecated: cmd.deprecated.is_some(),
                });
            }
        });
        out
    }
}

/// Calls `visit` with each command and its path of names, the root first.
fn walk<'a>(
    cmd: &'a Command,
    path: &mut Vec<&'a str>,
    visit: &mut dyn FnMut(&[&'a str], &'a Command),
) {
    path.push(cmd.name.as_str());
    visit(path, cmd);
    for sub in &cmd.commands {
        walk(sub, path, visit);
    }
    path.pop();
}

#[cfg(test)]
mod tests {
    use crate::model::{DeprecatedName, Deprecation, Flag};

    use super::*;

    fn surface() -> Surface {
        let flag = |names: &[&str], deprecated: bool| Flag {
            names: names.iter().map(|n| (*n).to_owned()).collect(),
            value_type: "switch".into(),
            deprecated: deprecated.then(Deprecation::default),
            ..Flag::default()
        };
        let mut old_name = flag(&["--color", "--colour"], false);
        old_name.deprecated_names.push(DeprecatedName {
            name: "--colour".into(),
            deprecation: Deprecation::default(),
        });
        let mut add = Command::named("add");
        add.deprecated = Some(Deprecation::default());
        let mut remote = Command::named("remote");
        remote.commands.push(add);
        let mut sync = Command::named("sync");
        sync.flags.push(old_name);
        sync.flags.push(flag(&["--legacy"], true));
        let mut root = Command::named("tool");
        root.flags.push(flag(&["--verbose", "-v"], false));
        root.commands.push(sync);
        root.commands.push(remote);
        Surface::new("json", root)
    }

    #[test]
    fn flags_are_found_by_name_or_after_their_command() {
        let s = surface();
        let found = |name: &str| s.find_flag(name);
        assert_eq!(
            found("--colour"),
            [Found {
                place: "tool sync --colour".into(),
                deprecated: true
            }]
        );
        // The other name of the same flag is not deprecated.
        assert!(!found("tool sync --color")[0].deprecated);
        assert!(found("tool sync --legacy")[0].deprecated);
        assert_eq!(found("-v")[0].place, "tool -v");
        assert!(!found("-v")[0].deprecated);
        assert!(found("tool --colour").is_empty());
        assert!(found("--gone").is_empty());
    }

    #[test]
    fn commands_are_found_by_path_with_or_without_the_program() {
        let s = surface();
        for name in ["tool remote add", "remote add"] {
            let f = s.find_command(name).unwrap();
            assert_eq!(f.place, "tool remote add");
            assert!(f.deprecated);
        }
        assert!(!s.find_command("sync").unwrap().deprecated);
        assert!(s.find_command("add").is_none());
        assert!(s.find_command("tool remote").is_some());
        assert!(s.find_command("").is_none());
    }
}
