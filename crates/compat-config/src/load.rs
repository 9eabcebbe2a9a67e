//! Finding and reading compat.toml and its waiver files, through
//! `compat_fs` (regular files only, at most [`compat_fs::Limit::Config`]).
//!
//! Waiver files are found with [`compat_fs::glob_in`]: each `project.waivers`
//! pattern is joined to the directory of compat.toml (that directory
//! escaped, so only the pattern's own wildcards match; a directory that
//! cannot be listed is an error of the pattern); the matches are
//! read in the crate's order (sorted by path), pattern after pattern, each
//! file once. A pattern without wildcards names one file, which must
//! exist; a wildcard pattern may match nothing (no waivers yet).

use std::path::{Path, PathBuf};

use crate::error::{ConfigError, ConfigErrors};
use crate::loc::{display_path, Loc};
use crate::model::Config;
use crate::parse::State;

/// The file name compat looks for.
pub const FILE_NAME: &str = "compat.toml";

/// Walks up from `start_dir` to the first directory holding `compat.toml`;
/// stops after the directory that holds `.git` (the repository root) or at
/// the file-system root. The path returned is absolute.
pub fn discover(start_dir: &Path) -> Option<PathBuf> {
    let start = std::path::absolute(start_dir).ok()?;
    for dir in start.ancestors() {
        let candidate = dir.join(FILE_NAME);
        if candidate.is_file() {
            return Some(candidate);
        }
        if dir.join(".git").exists() {
            return None;
        }
    }
    None
}

/// Reads, parses and validates `path` and the waiver files it names.
/// Locations show `path` relative to the working directory when it lies
/// below it.
pub fn load(path: &Path) -> Result<Config, ConfigErrors> {
    let display = display_path(path);
    let mut errors = Vec::new();
    let mut state = State::default();
    let text = match read_text(path) {
        Ok(text) => text,
        Err(message) => {
            state.unreadable(Loc::file(&display), message, &mut errors);
            return state.finish(None, errors);
        }
    };
    let Some(mut config) = state.main(&text, &display, path, &mut errors) else {
        return state.finish(None, errors);
    };
    let display_dir = display.parent().map(Path::to_path_buf).unwrap_or_default();
    for (file, display) in waiver_files(&config.dir, &display_dir, &state, &mut errors) {
        match read_text(&file) {
            Ok(text) => {
                let waivers = state.waiver_file(&text, &display, &mut errors);
                config.waivers.extend(waivers);
            }
            Err(message) => state.unreadable(Loc::file(&display), message, &mut errors),
        }
    }
    state.finish(Some(config), errors)
}

/// The whole file as UTF-8, or why not (the message without the path).
fn read_text(path: &Path) -> Result<String, String> {
    let bytes = compat_fs::read(path, compat_fs::Limit::Config).map_err(|e| e.reason())?;
    String::from_utf8(bytes).map_err(|e| {
        format!(
            "is not UTF-8 text (invalid byte at offset {})",
            e.utf8_error().valid_up_to()
        )
    })
}

/// The waiver files of `project.waivers`: (path to read, path to show),
/// each once, in pattern order.
fn waiver_files(
    dir: &Path,
    display_dir: &Path,
    state: &State,
    errors: &mut Vec<ConfigError>,
) -> Vec<(PathBuf, PathBuf)> {
    let mut out: Vec<(PathBuf, PathBuf)> = Vec::new();
    for (pattern, at) in &state.waiver_patterns {
        let literal = !pattern.contains(['*', '?', '[']);
        let globbed = match compat_fs::glob_in(dir, pattern) {
            Ok(g) => g,
            Err(msg) => {
                errors.push(ConfigError {
                    loc: at.clone(),
                    message: format!("waiver file pattern {pattern:?} is not a valid glob: {msg}"),
                });
                continue;
            }
        };
        for (path, e) in &globbed.unreadable {
            errors.push(ConfigError {
                loc: at.clone(),
                message: format!(
                    "waiver file pattern {pattern:?}: cannot list {}: {e}",
                    path.display()
                ),
            });
        }
        let mut found = false;
        for path in globbed.paths {
            found = true;
            let rel = path.strip_prefix(dir).unwrap_or(&path);
            let shown = display_dir.join(rel);
            if !out.iter().any(|(p, _)| *p == path) {
                out.push((path, shown));
            }
        }
        if literal && !found {
            errors.push(ConfigError {
                loc: at.clone(),
                message: format!("waiver file {pattern:?} does not exist"),
            });
        }
    }
    out
}
