//! Checks of the type options shared by `abi dump` and `abi diff`
//! (`--public-headers`, `--debug-dir`) before any work.

use std::path::Path;

use crate::cli::TypeArgs;

/// Checks that each given public header directory, and the debug
/// directory when one is given, is a directory, before any work: a mistyped
/// `--public-headers` or `--debug-dir` is a usage error (exit 2), not a
/// silently unfiltered report or a silently missing type check.
pub fn check_dirs<'a>(
    args: &TypeArgs,
    headers: impl IntoIterator<Item = Option<&'a Path>>,
) -> anyhow::Result<()> {
    for d in headers.into_iter().flatten() {
        check_dir(d, "public header directory")?;
    }
    if let Some(d) = &args.debug_dir {
        check_dir(d, "debug directory")?;
    }
    Ok(())
}

/// `DIR: what: not a directory` (or `is a FIFO, not a directory`).
fn check_dir(d: &Path, what: &str) -> anyhow::Result<()> {
    match std::fs::metadata(d) {
        Ok(m) if m.is_dir() => Ok(()),
        Ok(m) => anyhow::bail!(
            "{}: {what}: is {}, not a directory",
            d.display(),
            compat_fs::FileKind::of(&m)
        ),
        Err(_) => anyhow::bail!("{}: {what}: not a directory", d.display()),
    }
}
