//! A surface from a program's own `--help`, asked recursively for every
//! subcommand it lists. Running the program is the caller's (the binary,
//! with its timeout and output cap); this module decides what to ask and
//! reads the answers, within a depth and a command-count bound.

use crate::error::SurfaceError;
use crate::model::{Command, Surface};
use crate::read::help;

/// How far a probe goes.
#[derive(Debug, Clone, Copy)]
pub struct ProbeLimits {
    /// Subcommand levels below the program (0: the program's own help only).
    pub max_depth: usize,
    /// Help texts asked for in all.
    pub max_commands: usize,
}

impl Default for ProbeLimits {
    fn default() -> ProbeLimits {
        ProbeLimits {
            max_depth: 3,
            max_commands: 500,
        }
    }
}

/// A probed surface and what could not be read along the way.
#[derive(Debug, Clone)]
pub struct Probed {
    /// The surface (`source: "help"`).
    pub surface: Surface,
    /// One line per subcommand whose help could not be had, and per bound hit.
    pub notes: Vec<String>,
}

/// Probes `program`: `ask(words)` returns the help text of the subcommand
/// `words` (empty: the program itself) or why there is none.
pub fn probe(
    program: &str,
    limits: ProbeLimits,
    ask: &mut dyn FnMut(&[String]) -> Result<String, String>,
) -> Result<Probed, SurfaceError> {
    let text = ask(&[]).map_err(|e| SurfaceError::invalid(program, e))?;
    let root = help::parse(&text);
    if root.command.flags.is_empty() && root.subcommands.is_empty() && root.command.args.is_empty()
    {
        return Err(SurfaceError::invalid(
            program,
            "its --help output has no option, argument or subcommand compat can read",
        ));
    }
    let mut notes = Vec::new();
    let mut asked = 1usize;
    let mut command = build(root);
    command.name = program.rsplit('/').next().unwrap_or(program).to_owned();
    let mut queue: Vec<Vec<usize>> = (0..command.commands.len()).map(|i| vec![i]).collect();
    let mut next = 0;
    while next < queue.len() {
        let at = queue[next].clone();
        next += 1;
        let words = words_of(&command, &at);
        if words.last().is_some_and(|w| w == "help") {
            continue;
        }
        if at.len() > limits.max_depth {
            continue;
        }
        if asked >= limits.max_commands {
            notes.push(format!(
                "stopped after {} help texts (--max-commands); `{}` and the rest are listed without their options",
                limits.max_commands,
                words.join(" ")
            ));
            break;
        }
        asked += 1;
        let text = match ask(&words) {
            Ok(t) => t,
            Err(e) => {
                notes.push(format!("`{} {}`: {e}", command.name, words.join(" ")));
                continue;
            }
        };
        let parsed = help::parse(&text);
        // A program that answers every subcommand with its own help lists
        // the same subcommands again: do not descend into them.
        let parent_subs = node(&command, &at[..at.len() - 1]).commands.len();
        let echo = parsed.subcommands.len() == parent_subs
            && parsed
                .subcommands
                .iter()
                .any(|(n, ..)| words.last() == Some(n));
        let listed = node(&command, &at);
        let (about, aliases) = (listed.about.clone(), listed.aliases.clone());
        let mut sub = build(parsed);
        sub.name = words.last().cloned().unwrap_or_default();
        sub.about = about;
        sub.aliases = aliases;
        if echo {
            sub.commands.clear();
        }
        if at.len() < limits.max_depth {
            for i in 0..sub.commands.len() {
                let mut p = at.clone();
                p.push(i);
                queue.push(p);
            }
        } else if !sub.commands.is_empty() {
            notes.push(format!(
                "`{} {}`: subcommands below depth {} not asked (--max-depth)",
                command.name,
                words.join(" "),
                limits.max_depth
            ));
        }
        *node_mut(&mut command, &at) = sub;
    }
    let mut surface = Surface::new("help", command);
    surface.normalize();
    Ok(Probed { surface, notes })
}

fn build(h: help::Help) -> Command {
    let mut c = h.command;
    c.commands = h
        .subcommands
        .into_iter()
        .map(|(n, aliases, about)| Command {
            about: (!about.is_empty()).then_some(about),
            aliases,
            ..Command::named(n)
        })
        .collect();
    c
}

fn node<'c>(root: &'c Command, at: &[usize]) -> &'c Command {
    at.iter().fold(root, |c, &i| &c.commands[i])
}

fn node_mut<'c>(root: &'c mut Command, at: &[usize]) -> &'c mut Command {
    at.iter().fold(root, |c, &i| &mut c.commands[i])
}

fn words_of(root: &Command, at: &[usize]) -> Vec<String> {
    let mut c = root;
    at.iter()
        .map(|&i| {
            c = &c.commands[i];
            c.name.clone()
        })
        .collect()
}
