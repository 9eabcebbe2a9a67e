//! The Python the tests use as an oracle (jsonschema, DuckDB, PyYAML,
//! prometheus_client): the CI tools' venv (`$COMPAT_CI_TOOLS`, else
//! `~/.cache/compat/ci-tools`, filled by `scripts/install-ci-tools.sh`),
//! then `python3` on PATH. Outside CI a missing module skips the test with a
//! message; with `CI` set it fails it, so CI never passes by skipping.

use std::path::PathBuf;
use std::process::Command;

/// A Python that can `import MODULES` (a comma-separated list, as Python
/// writes it), or `None` after saying why; panics instead when `CI` is set.
#[allow(clippy::print_stderr)]
pub fn ci_python(modules: &str) -> Option<PathBuf> {
    let tools = match std::env::var_os("COMPAT_CI_TOOLS").filter(|v| !v.is_empty()) {
        Some(dir) => PathBuf::from(dir),
        None => PathBuf::from(std::env::var_os("HOME").unwrap_or_default())
            .join(".cache/compat/ci-tools"),
    };
    for py in [tools.join("venv/bin/python3"), PathBuf::from("python3")] {
        let ok = Command::new(&py)
            .args(["-c", &format!("import {modules}")])
            .output()
            .is_ok_and(|o| o.status.success());
        if ok {
            return Some(py);
        }
    }
    let why = format!(
        "no Python with {modules} (scripts/install-ci-tools.sh installs it in $COMPAT_CI_TOOLS/venv)"
    );
    if std::env::var_os("CI").is_some_and(|v| !v.is_empty()) {
        panic!("{why} (CI is set, so this test does not skip)");
    }
    eprintln!("SKIPPED: {why}");
    None
}
