//! `compat config check` and `compat config show`: load compat.toml through
//! `compat_config` and print what it says; every fault is one line on
//! standard error and exit status 2.

use std::path::{Path, PathBuf};

use compat_config::Config;
use compat_report::render::count;

use crate::cli::{ConfigFormat, OutputArgs};
use crate::output;

/// The file `--config` names, or the one found walking up from the
/// working directory.
fn config_path(given: Option<&Path>) -> anyhow::Result<PathBuf> {
    if let Some(path) = given {
        return Ok(path.to_path_buf());
    }
    let cwd = std::env::current_dir()?;
    compat_config::discover(&cwd).ok_or_else(|| {
        anyhow::anyhow!(
            "no {} in {} or its parents up to the repository root; `compat init` writes one, --config names another",
            compat_config::FILE_NAME,
            cwd.display()
        )
    })
}

/// The loaded config, or its faults printed one per line (`Err(2)`).
fn load(given: Option<&Path>) -> anyhow::Result<Result<Config, u8>> {
    let path = config_path(given)?;
    Ok(compat_config::load(&path).map_err(|errors| {
        for e in &errors.errors {
            output::error_line(&e.to_string());
        }
        2
    }))
}

fn stdout() -> OutputArgs {
    OutputArgs::default()
}

pub fn check(given: Option<&Path>) -> anyhow::Result<u8> {
    let config = match load(given)? {
        Ok(c) => c,
        Err(code) => return Ok(code),
    };
    let line = format!(
        "{}: OK ({}, {}, {})",
        compat_config::display_path(&config.path).display(),
        count(config.components.len(), "component", "components"),
        count(config.waivers.len(), "waiver", "waivers"),
        count(config.deprecations.len(), "deprecation", "deprecations"),
    );
    output::emit(
        &stdout(),
        &format!("{}\n", compat_report::escape::text(&line)),
    )?;
    Ok(0)
}

pub fn show(given: Option<&Path>, format: ConfigFormat) -> anyhow::Result<u8> {
    let config = match load(given)? {
        Ok(c) => c,
        Err(code) => return Ok(code),
    };
    let text = match format {
        ConfigFormat::Text => compat_config::show::text(&config),
        ConfigFormat::Json => {
            let mut s = serde_json::to_string_pretty(&compat_config::show::json(&config))?;
            s.push('\n');
            s
        }
    };
    output::emit(&stdout(), &text)?;
    Ok(0)
}
