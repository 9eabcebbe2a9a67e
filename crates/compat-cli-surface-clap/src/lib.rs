//! A command-line surface from a clap [`clap::Command`], the program's own
//! definition: every subcommand, flag (long and short names and their
//! aliases, the value type its parser produces, defaults, possible values,
//! requiredness, global and hidden state) and positional argument.
//!
//! A Rust program commits its surface by calling [`surface`] on
//! `Cli::command()` (compat does it for itself: `compat cli surface --self`
//! writes `docs/cli-surface.json`, and a test fails when the file is
//! stale), then checks pull requests with `compat cli diff`.
//!
//! clap knows no deprecation, so deprecations and their days are added to
//! the committed file by hand (or by [`surface_with`]'s callback); clap's
//! `env` feature is not enabled in this workspace, so environment
//! variables are not read from the definition.

use std::any::TypeId;
use std::path::PathBuf;

use clap::builder::ArgAction;
use compat_cli_surface::{Arg, Command, Flag, Surface};

/// The surface of `cmd`.
pub fn surface(cmd: &clap::Command) -> Surface {
    surface_with(cmd, &mut |_, _| {})
}

/// The surface of `cmd`; `edit(path, command)` may adjust each command
/// (add deprecations) before it is stored.
pub fn surface_with(cmd: &clap::Command, edit: &mut dyn FnMut(&str, &mut Command)) -> Surface {
    let mut cmd = cmd.clone();
    cmd.build();
    let name = cmd.get_name().to_owned();
    let root = command(&cmd, &name, &[], edit);
    let mut s = Surface::new("clap", root);
    s.program_version = cmd.get_version().map(str::to_owned);
    s.normalize();
    s
}

fn command(
    cmd: &clap::Command,
    path: &str,
    inherited: &[String],
    edit: &mut dyn FnMut(&str, &mut Command),
) -> Command {
    let mut out = Command::named(cmd.get_name());
    out.aliases = cmd.get_all_aliases().map(str::to_owned).collect();
    out.hidden = cmd.is_hide_set();
    out.about = cmd.get_about().map(|a| a.to_string());
    let mut globals: Vec<String> = inherited.to_vec();
    for arg in cmd.get_arguments() {
        let id = arg.get_id().as_str().to_owned();
        if arg.is_global_set() && inherited.contains(&id) {
            // Propagated from a parent: recorded where it is declared.
            continue;
        }
        if arg.is_positional() {
            out.args.push(positional(arg));
        } else {
            if arg.is_global_set() {
                globals.push(id);
            }
            out.flags.push(flag(arg));
        }
    }
    for sub in cmd.get_subcommands() {
        let sub_path = format!("{path} {}", sub.get_name());
        out.commands.push(command(sub, &sub_path, &globals, edit));
    }
    edit(path, &mut out);
    out
}

fn flag(arg: &clap::Arg) -> Flag {
    let mut names = Vec::new();
    if let Some(long) = arg.get_long() {
        names.push(format!("--{long}"));
    }
    if let Some(short) = arg.get_short() {
        names.push(format!("-{short}"));
    }
    for a in arg.get_all_aliases().unwrap_or_default() {
        names.push(format!("--{a}"));
    }
    for s in arg.get_all_short_aliases().unwrap_or_default() {
        names.push(format!("-{s}"));
    }
    let (value_type, multiple) = value_type(arg);
    Flag {
        names,
        value_type,
        value_name: arg
            .get_value_names()
            .and_then(|v| v.first())
            .map(|v| v.to_string()),
        multiple,
        default: default(arg),
        required: arg.is_required_set(),
        choices: choices(arg),
        global: arg.is_global_set(),
        hidden: arg.is_hide_set(),
        about: arg.get_help().map(|h| h.to_string()),
        ..Flag::default()
    }
}

fn positional(arg: &clap::Arg) -> Arg {
    let (value_type, multiple) = value_type(arg);
    Arg {
        name: arg
            .get_value_names()
            .and_then(|v| v.first())
            .map_or_else(|| arg.get_id().as_str().to_uppercase(), |v| v.to_string()),
        value_type,
        multiple,
        required: arg.is_required_set(),
        default: default(arg),
        choices: choices(arg),
        about: arg.get_help().map(|h| h.to_string()),
        ..Arg::default()
    }
}

/// The kind of value and whether it repeats.
fn value_type(arg: &clap::Arg) -> (String, bool) {
    let action = arg.get_action();
    match action {
        ArgAction::SetTrue
        | ArgAction::SetFalse
        | ArgAction::Help
        | ArgAction::HelpShort
        | ArgAction::HelpLong
        | ArgAction::Version => return ("switch".to_owned(), false),
        ArgAction::Count => return ("count".to_owned(), true),
        _ => {}
    }
    let multiple = matches!(action, ArgAction::Append)
        || arg.get_num_args().is_some_and(|r| r.max_values() > 1);
    let id = arg.get_value_parser().type_id();
    let kind = if id == TypeId::of::<PathBuf>() {
        "path"
    } else if id == TypeId::of::<bool>() {
        "bool"
    } else if [
        TypeId::of::<u8>(),
        TypeId::of::<u16>(),
        TypeId::of::<u32>(),
        TypeId::of::<u64>(),
        TypeId::of::<usize>(),
        TypeId::of::<i32>(),
        TypeId::of::<i64>(),
    ]
    .iter()
    .any(|t| id == *t)
    {
        "int"
    } else if id == TypeId::of::<f64>() {
        "float"
    } else {
        "string"
    };
    (kind.to_owned(), multiple)
}

fn default(arg: &clap::Arg) -> Option<String> {
    let values: Vec<String> = arg
        .get_default_values()
        .iter()
        .map(|v| v.to_string_lossy().into_owned())
        .collect();
    (!values.is_empty()).then(|| values.join(","))
}

fn choices(arg: &clap::Arg) -> Vec<String> {
    if matches!(
        arg.get_action(),
        ArgAction::SetTrue | ArgAction::SetFalse | ArgAction::Count
    ) {
        return Vec::new();
    }
    arg.get_possible_values()
        .iter()
        .filter(|p| !p.is_hide_set())
        .map(|p| p.get_name().to_owned())
        .collect()
}
