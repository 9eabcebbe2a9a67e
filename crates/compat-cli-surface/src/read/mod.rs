//! Readers: a surface from compat's own JSON, Azure CLI command metadata,
//! cobra's YAML docs or a `--help` snapshot. Each turns its input into a
//! [`Surface`]; none reports findings.
//!
//! Every reader is bounded: inputs are capped by `compat_fs`
//! (`Limit::CliSurface`), JSON nesting by serde_json's recursion limit, and
//! the tree by [`check_bounds`] (depth, commands, flags), so a hostile file
//! gets a one-line error naming it, never a panic or an unbounded
//! allocation.

pub mod azure;
pub mod cobra;
pub mod help;
mod json;

use std::path::Path;

use crate::error::SurfaceError;
use crate::model::{Command, Surface};

/// The most nested a command tree may be.
pub const MAX_DEPTH: usize = 32;
/// The most commands a surface may hold.
pub const MAX_COMMANDS: usize = 100_000;
/// The most flags and arguments (all commands together) a surface may hold.
pub const MAX_ELEMENTS: usize = 1_000_000;

/// What an input is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputFormat {
    /// Decide from the content.
    Auto,
    /// compat's surface JSON.
    Compat,
    /// Azure CLI command metadata (azure-cli-diff-tool's input).
    Azure,
    /// cobra's YAML documentation (`doc.GenYamlTree`): one file, or a directory.
    Cobra,
    /// A `--help` snapshot (GNU style).
    Help,
}

impl InputFormat {
    /// Parses `auto`, `compat`, `azure` or `help`.
    pub fn parse(text: &str) -> Option<InputFormat> {
        Some(match text {
            "auto" => InputFormat::Auto,
            "compat" | "json" => InputFormat::Compat,
            "azure" => InputFormat::Azure,
            "cobra" => InputFormat::Cobra,
            "help" => InputFormat::Help,
            _ => return None,
        })
    }
}

/// Reads the surface in the file at `path`.
pub fn read_path(path: &Path, format: InputFormat) -> Result<Surface, SurfaceError> {
    if path.is_dir() && matches!(format, InputFormat::Auto | InputFormat::Cobra) {
        let surface = cobra::read_dir(path)?;
        check_bounds(&path.display().to_string(), &surface)?;
        return Ok(surface);
    }
    let bytes = compat_fs::read(path, compat_fs::Limit::CliSurface)?;
    read_bytes(&path.display().to_string(), &bytes, format)
}

/// Reads a surface from `bytes`; `name` is how errors name the input (a
/// path, or `REV:PATH`).
pub fn read_bytes(name: &str, bytes: &[u8], format: InputFormat) -> Result<Surface, SurfaceError> {
    if bytes.len() as u64 > compat_fs::Limit::CliSurface.bytes() {
        return Err(SurfaceError::invalid(
            name,
            "larger than a command-line surface may be (64 MiB)",
        ));
    }
    let text = std::str::from_utf8(bytes).map_err(|e| {
        SurfaceError::invalid(name, format!("not UTF-8 text (byte {})", e.valid_up_to()))
    })?;
    let format = match format {
        InputFormat::Auto => sniff(text),
        other => other,
    };
    let surface = match format {
        InputFormat::Compat | InputFormat::Auto => json::read(name, text)?,
        InputFormat::Azure => azure::read(name, text)?,
        InputFormat::Cobra => cobra::read(name, text)?,
        InputFormat::Help => help::read(name, text)?,
    };
    check_bounds(name, &surface)?;
    Ok(surface)
}

/// What `text` looks like: JSON with Azure's keys, other JSON, cobra's
/// YAML (a `name:` line and a `usage:`, `synopsis:` or `options:` line),
/// else help text.
fn sniff(text: &str) -> InputFormat {
    let head = text.trim_start();
    if !head.starts_with('{') {
        let key = |k: &str| text.lines().take(2000).any(|l| l.starts_with(k));
        if key("name:") && (key("usage:") || key("synopsis:") || key("options:")) {
            return InputFormat::Cobra;
        }
        return InputFormat::Help;
    }
    let window = &head[..head.len().min(4096)];
    if window.contains("\"compat-cli-surface\"") {
        InputFormat::Compat
    } else if window.contains("\"module_name\"") || window.contains("\"sub_groups\"") {
        InputFormat::Azure
    } else {
        InputFormat::Compat
    }
}

/// Refuses trees deeper than [`MAX_DEPTH`], with more than [`MAX_COMMANDS`]
/// commands or [`MAX_ELEMENTS`] flags and arguments, or with empty names.
pub fn check_bounds(name: &str, surface: &Surface) -> Result<(), SurfaceError> {
    let mut commands = 0usize;
    let mut elements = 0usize;
    let mut stack: Vec<(&Command, usize)> = vec![(&surface.command, 1)];
    while let Some((c, depth)) = stack.pop() {
        if depth > MAX_DEPTH {
            return Err(SurfaceError::invalid(
                name,
                format!("commands nested deeper than {MAX_DEPTH} levels"),
            ));
        }
        commands += 1;
        elements += c.flags.len() + c.args.len();
        if commands > MAX_COMMANDS || elements > MAX_ELEMENTS {
            return Err(SurfaceError::invalid(
                name,
                format!("more than {MAX_COMMANDS} commands or {MAX_ELEMENTS} flags and arguments"),
            ));
        }
        if c.name.is_empty() {
            return Err(SurfaceError::invalid(name, "a command without a name"));
        }
        if let Some(f) = c.flags.iter().find(|f| {
            f.names.is_empty() || f.names.iter().any(|n| !n.starts_with('-') || n.len() < 2)
        }) {
            return Err(SurfaceError::invalid(
                name,
                format!(
                    "command `{}`: a flag needs names that start with - ({:?})",
                    c.name, f.names
                ),
            ));
        }
        let mut seen = std::collections::HashSet::new();
        for sub in &c.commands {
            for n in std::iter::once(&sub.name).chain(&sub.aliases) {
                if !seen.insert(n.as_str()) {
                    return Err(SurfaceError::invalid(
                        name,
                        format!("command `{}`: two subcommands are called `{n}`", c.name),
                    ));
                }
            }
        }
        let mut seen = std::collections::HashSet::new();
        for f in &c.flags {
            for n in &f.names {
                if !seen.insert(n.as_str()) {
                    return Err(SurfaceError::invalid(
                        name,
                        format!("command `{}`: two flags are called `{n}`", c.name),
                    ));
                }
            }
        }
        stack.extend(c.commands.iter().map(|s| (s, depth + 1)));
    }
    Ok(())
}
