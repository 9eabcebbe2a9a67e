//! A `--help` snapshot in GNU style (coreutils, git, clap, cobra, argparse):
//! the fallback reader when a program offers nothing better.
//!
//! What it reads: option lines (indented, starting with `-`: `-a, --all`,
//! `--block-size=SIZE`, `-f, --format <FORMAT>`, `--color[=WHEN]`) with
//! their descriptions and continuation lines, in which clap's
//! `[default: X]`, `[possible values: a, b]`, `[env: VAR=]` and
//! `[aliases: x]`, cobra's `(default "x")` and a deprecation mark
//! (`(deprecated)`, `is deprecated`; see [`super::deprecated`]) are
//! recognised; the first usage line's positional placeholders (`<OLD>`,
//! `[FILE]...`, `NAME`); and subcommand lines (an indented name, two
//! spaces, a description, which may carry a deprecation mark too) in
//! sections whose heading mentions commands.
//! What a help text does not say (types beyond "takes a value",
//! requiredness of flags, environment variables of other programs) is not
//! in the surface: help text is a weak source, so prefer a reader of the
//! program's own definition where one exists.

use crate::error::SurfaceError;
use crate::model::{Arg, Command, Deprecation, Flag, Surface};
use crate::read::deprecated::marks_deprecated;

/// The most bytes of one help text read.
pub const MAX_HELP_BYTES: usize = 1 << 20;

/// A help text read: the command (without subcommands) and the names of the
/// subcommands it lists.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Help {
    /// Flags and positional arguments.
    pub command: Command,
    /// Subcommands listed: name, aliases, one-line description.
    pub subcommands: Vec<(String, Vec<String>, String)>,
}

/// Reads one help snapshot as a surface of one command named after the
/// first word of its usage line, or the words the line after a bare
/// `Usage:` starts with (`python3 -m pip install`); `help` when there is
/// no usage.
pub fn read(name: &str, text: &str) -> Result<Surface, SurfaceError> {
    if text.len() > MAX_HELP_BYTES {
        return Err(SurfaceError::invalid(name, "a help text larger than 1 MiB"));
    }
    let help = parse(text);
    if help.command.flags.is_empty() && help.subcommands.is_empty() && help.command.args.is_empty()
    {
        return Err(SurfaceError::invalid(
            name,
            "no option, argument or subcommand found: not a --help text compat can read",
        ));
    }
    let mut command = help.command;
    command.name = usage_program(text).unwrap_or_else(|| "help".to_owned());
    command.commands = help
        .subcommands
        .into_iter()
        .map(|(n, aliases, about)| Command {
            deprecated: marks_deprecated(&about).then(|| Deprecation {
                message: Some(about.clone()),
                ..Deprecation::default()
            }),
            about: (!about.is_empty()).then_some(about),
            aliases,
            ..Command::named(n)
        })
        .collect();
    let mut surface = Surface::new("help", command);
    surface.normalize();
    Ok(surface)
}

/// Parses one help text.
pub fn parse(text: &str) -> Help {
    let mut help = Help::default();
    let mut in_commands = false;
    let mut usage_seen = false;
    let lines: Vec<&str> = text.lines().collect();
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i].trim_end();
        i += 1;
        let indent = line.len() - line.trim_start().len();
        let body = line.trim_start();
        if body.is_empty() {
            continue;
        }
        if !usage_seen {
            if let Some(rest) = strip_usage(body) {
                usage_seen = true;
                help.command.args = positionals(rest);
                continue;
            }
        }
        if indent == 0 && !body.starts_with('-') {
            let heading = body.trim_end_matches(':');
            let is_heading = body.ends_with(':')
                || (heading.len() > 2
                    && heading.chars().all(|c| c.is_ascii_uppercase() || c == ' '));
            if is_heading {
                in_commands = heading.to_ascii_lowercase().contains("command");
            }
            continue;
        }
        if body.starts_with('-') && indent > 0 || (indent == 0 && body.starts_with("--")) {
            let (spec, mut about) = split_spec(body);
            // Continuation lines: indented deeper, not an option.
            while i < lines.len() {
                let next = lines[i].trim_end();
                let next_indent = next.len() - next.trim_start().len();
                let next_body = next.trim_start();
                if next_body.is_empty() || next_indent <= indent || next_body.starts_with('-') {
                    break;
                }
                if !about.is_empty() {
                    about.push(' ');
                }
                about.push_str(next_body);
                i += 1;
            }
            if let Some(flag) = flag(spec, &about) {
                let taken = help
                    .command
                    .flags
                    .iter()
                    .any(|f| f.names.iter().any(|n| flag.names.contains(n)));
                if !taken {
                    help.command.flags.push(flag);
                }
            }
            continue;
        }
        if in_commands && indent > 0 {
            if let Some((name, mut aliases, about)) = subcommand(body) {
                let used = |w: &String| {
                    help.subcommands
                        .iter()
                        .any(|(n, a, _)| n == w || a.contains(w))
                };
                aliases.retain(|a| *a != name && !used(a));
                aliases.sort();
                aliases.dedup();
                if !used(&name) {
                    help.subcommands.push((name, aliases, about));
                }
            }
        }
    }
    help
}

/// The text after `Usage:` / `usage:` / `USAGE:`.
fn strip_usage(body: &str) -> Option<&str> {
    let lower = body.get(..6)?.to_ascii_lowercase();
    (lower == "usage:").then(|| body[6..].trim())
}

/// The program named by the first usage line; when `Usage:` stands alone
/// on its line (Python's optparse, as pip prints it), by the line after it,
/// as typed up to its first option or placeholder (`python3 -m pip
/// install`, the interpreter's directory left out).
fn usage_program(text: &str) -> Option<String> {
    let mut lines = text.lines();
    let rest = lines.find_map(|l| strip_usage(l.trim_start()))?;
    if !rest.is_empty() {
        return rest
            .split_whitespace()
            .next()
            .map(|p| p.rsplit('/').next().unwrap_or(p).to_owned())
            .filter(|p| !p.is_empty());
    }
    let next = lines.map(str::trim).find(|l| !l.is_empty())?;
    let mut words = next.split_whitespace();
    let first = words.next()?;
    let mut out = vec![first.rsplit('/').next().unwrap_or(first).to_owned()];
    while let Some(w) = words.next() {
        let is_word = w.chars().next().is_some_and(|c| c.is_ascii_lowercase())
            && w.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_');
        if w == "-m" {
            // `python3 -m MODULE`: the module is part of what is typed.
            match words.next() {
                Some(module) => out.extend([w.to_owned(), module.to_owned()]),
                None => break,
            }
        } else if is_word {
            out.push(w.to_owned());
        } else {
            break;
        }
    }
    Some(out.join(" ")).filter(|p| !p.is_empty())
}

/// Positional placeholders of a usage line: `<OLD>` and `NAME` required,
/// `[FILE]` optional, `...` repeatable. The program and subcommand words,
/// options and `[OPTIONS]`-like placeholders are skipped.
pub(crate) fn positionals(usage: &str) -> Vec<Arg> {
    let mut args = Vec::new();
    for (n, word) in usage.split_whitespace().enumerate() {
        if n == 0 {
            continue;
        }
        let multiple = word.ends_with("...");
        let word = word.trim_end_matches("...");
        let (inner, required) =
            if let Some(w) = word.strip_prefix('[').and_then(|w| w.strip_suffix(']')) {
                (w, false)
            } else {
                (word, true)
            };
        let (inner, bracketed) = match inner.strip_prefix('<').and_then(|w| w.strip_suffix('>')) {
            Some(w) => (w, true),
            None => (inner, false),
        };
        let plain_upper = !bracketed
            && inner.len() > 1
            && inner
                .chars()
                .all(|c| c.is_ascii_uppercase() || c == '_' || c == '-');
        if !(bracketed || plain_upper) || inner.starts_with('-') {
            continue;
        }
        let upper = inner.to_ascii_uppercase();
        if matches!(
            upper.as_str(),
            "OPTIONS" | "OPTION" | "FLAGS" | "COMMAND" | "SUBCOMMAND" | "ARGS" | "GLOBAL-OPTIONS"
        ) || inner.contains(['|', '=', ' '])
        {
            continue;
        }
        if args.iter().any(|a: &Arg| a.name == inner) {
            continue;
        }
        args.push(Arg {
            name: inner.to_owned(),
            value_type: "string".to_owned(),
            multiple,
            required,
            ..Arg::default()
        });
    }
    args
}

/// Splits an option line into its names-and-value part and its description
/// (after two spaces).
fn split_spec(body: &str) -> (&str, String) {
    match body.find("  ") {
        Some(cut) => (&body[..cut], body[cut..].trim().to_owned()),
        None => (body, String::new()),
    }
}

/// A flag from its spec (`-f, --format <FORMAT>`) and description.
fn flag(spec: &str, about: &str) -> Option<Flag> {
    let mut names = Vec::new();
    let mut value_name = None;
    let mut optional_value = false;
    let mut repeated = false;
    for part in spec.split(", ").flat_map(|p| p.split(" | ")) {
        let part = part.trim();
        if !part.starts_with('-') {
            // `-o FILE, FORMAT=PATH` style tails belong to the value.
            continue;
        }
        // git's `--[no-]quiet`: both spellings.
        let negatable = part.strip_prefix("--[no-]").map(|rest| format!("--{rest}"));
        let negated = negatable.is_some();
        let part = negatable.as_deref().unwrap_or(part);
        let end = part.find(['=', '[', ' ', '<']).unwrap_or(part.len());
        let mut name = &part[..end];
        // clap's `-v, --verbose...`: repeatable.
        if let Some(stem) = name.strip_suffix("...") {
            name = stem;
            repeated = true;
        }
        if name.len() < 2
            || name == "--"
            || !name[1..].chars().all(|c| {
                c.is_ascii_alphanumeric()
                    || c == '-'
                    || c == '_'
                    || c == '.'
                    || c == '?'
                    || c == '#'
            })
        {
            continue;
        }
        names.push(name.to_owned());
        if negated {
            names.push(format!("--no-{}", &name[2..]));
        }
        let rest = part[end..].trim_start_matches('=').trim();
        if part[end..].starts_with('[') {
            optional_value = true;
            value_name = Some(rest.trim_matches(['[', ']', '=']).to_owned());
        } else if !rest.is_empty() {
            value_name = Some(rest.trim_matches(['<', '>']).to_owned());
        }
    }
    if names.is_empty() {
        return None;
    }
    // Long names first, as a user names the flag.
    names.sort_by_key(|n| Flag::is_short(n));
    let mut f = Flag {
        names,
        multiple: repeated,
        value_type: match (&value_name, optional_value) {
            (None, _) if repeated => "count".to_owned(),
            (None, _) => "switch".to_owned(),
            (Some(_), true) => "optional-string".to_owned(),
            (Some(_), false) => "string".to_owned(),
        },
        value_name,
        ..Flag::default()
    };
    if let Some(d) = bracket(about, "[default: ") {
        f.default = Some(d);
    } else if let Some(d) = paren_default(about) {
        f.default = Some(d);
    }
    if let Some(v) = bracket(about, "[possible values: ") {
        f.choices = v.split(", ").map(str::to_owned).collect();
    }
    if let Some(v) = bracket(about, "[env: ") {
        f.env = vec![v
            .trim_end_matches('=')
            .split('=')
            .next()
            .unwrap_or_default()
            .to_owned()];
    }
    if let Some(v) = bracket(about, "[aliases: ") {
        for a in v.split(", ") {
            let a = if a.starts_with('-') {
                a.to_owned()
            } else {
                format!("--{a}")
            };
            if !f.names.contains(&a) {
                f.names.push(a);
            }
        }
    }
    if marks_deprecated(about) {
        f.deprecated = Some(Deprecation {
            message: Some(about.to_owned()),
            ..Deprecation::default()
        });
    }
    if value_is_switch(&f) && matches!(f.default.as_deref(), Some("false")) {
        f.default = None;
    }
    f.about = (!about.is_empty()).then(|| about.to_owned());
    Some(f)
}

fn value_is_switch(f: &Flag) -> bool {
    f.value_type == "switch"
}

/// The text between `open` (`[default: `) and the next `]`.
fn bracket(about: &str, open: &str) -> Option<String> {
    let start = about.find(open)? + open.len();
    let end = about[start..].find(']')? + start;
    Some(about[start..end].trim().to_owned())
}

/// cobra/pflag's `(default "x")` or `(default 10)`.
fn paren_default(about: &str) -> Option<String> {
    let start = about.rfind("(default ")? + "(default ".len();
    let end = about[start..].rfind(')')? + start;
    let v = about[start..end].trim();
    Some(v.trim_matches('"').to_owned())
}

/// A subcommand line: `name` (or `name, alias`), two spaces, a description.
fn subcommand(body: &str) -> Option<(String, Vec<String>, String)> {
    let (head, about) = match body.find("  ") {
        Some(cut) => (&body[..cut], body[cut..].trim()),
        None => (body, ""),
    };
    let name = head.split([',', ' ', '|']).next()?.trim();
    let ok = !name.is_empty()
        && name.len() <= 64
        && name
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphanumeric())
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_' || c == ':' || c == '.');
    let aliases: Vec<String> = head
        .split(',')
        .skip(1)
        .map(str::trim)
        .filter(|a| {
            !a.is_empty()
                && a.chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        })
        .map(str::to_owned)
        .collect();
    (ok && (head == name
        || head.starts_with(&format!("{name},"))
        || head.starts_with(&format!("{name} "))))
    .then(|| (name.to_owned(), aliases, about.to_owned()))
}

#[cfg(test)]
mod tests {
    use super::{parse, usage_program};

    #[test]
    fn a_usage_on_the_line_after_usage_names_the_program() {
        let pip = "\nUsage:   \n  /usr/bin/python3 -m pip install [options] <requirement specifier> ...\n  /usr/bin/python3 -m pip install [options] -r <requirements file> ...\n\nInstall Options:\n  --no-clean   Don't clean up.\n";
        assert_eq!(
            usage_program(pip).as_deref(),
            Some("python3 -m pip install")
        );
        let bare = "Usage:\n  tool sync [OPTIONS] DIR\n";
        assert_eq!(usage_program(bare).as_deref(), Some("tool sync"));
        // On the usage line itself, the first word, as before.
        assert_eq!(
            usage_program("Usage: compat cli diff [OPTIONS] <OLD> <NEW>\n").as_deref(),
            Some("compat")
        );
        assert_eq!(usage_program("Options:\n  -v  Verbose\n"), None);
    }

    #[test]
    fn clap_help() {
        let text = "Compare two surfaces\n\nUsage: compat cli diff [OPTIONS] <OLD> <NEW>\n\nArguments:\n  <OLD>  The old surface\n  <NEW>  The new one\n\nOptions:\n  -f, --format <FORMAT>  Output format\n                         [default: text] [possible values: text, json]\n      --window <WINDOW>  Window [env: COMPAT_WINDOW=]\n  -v, --verbose          List everything\n  -h, --help             Print help\n";
        let h = parse(text);
        let names: Vec<&str> = h.command.flags.iter().map(|f| f.primary()).collect();
        assert_eq!(names, ["--format", "--window", "--verbose", "--help"]);
        let fmt = &h.command.flags[0];
        assert_eq!(fmt.names, ["--format", "-f"]);
        assert_eq!(fmt.default.as_deref(), Some("text"));
        assert_eq!(fmt.choices, ["text", "json"]);
        assert_eq!(h.command.flags[1].env, ["COMPAT_WINDOW"]);
        assert_eq!(h.command.flags[2].value_type, "switch");
        let args: Vec<&str> = h.command.args.iter().map(|a| a.name.as_str()).collect();
        assert_eq!(args, ["OLD", "NEW"]);
    }

    #[test]
    fn gnu_and_git_help() {
        let text = "Usage: ls [OPTION]... [FILE]...\nList information about the FILEs.\n\n  -a, --all                  do not ignore entries starting with .\n      --block-size=SIZE      with -l, scale sizes by SIZE\n      --color[=WHEN]         color the output WHEN\n";
        let h = parse(text);
        assert_eq!(h.command.flags[1].names, ["--block-size"]);
        assert_eq!(h.command.flags[1].value_type, "string");
        assert_eq!(h.command.flags[2].value_type, "optional-string");
        assert!(h.command.args[0].multiple && !h.command.args[0].required);
        let h = parse("usage: git commit [<options>]\n\n    -q, --[no-]quiet      suppress summary\n    -F, --[no-]file <file>\n                          read message from file\n");
        assert_eq!(h.command.flags[0].names, ["--quiet", "--no-quiet", "-q"]);
        assert_eq!(h.command.flags[1].value_type, "string");
        let git = "usage: git [-v | --version] [-h | --help] <command> [<args>]\n\nThese are common Git commands used in various situations:\n\nstart a working area (see also: git help tutorial)\n   clone     Clone a repository into a new directory\n   init      Create an empty Git repository\n";
        let h = parse(git);
        let subs: Vec<&str> = h.subcommands.iter().map(|(n, ..)| n.as_str()).collect();
        assert_eq!(subs, ["clone", "init"]);
    }
}
