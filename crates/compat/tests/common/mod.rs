//! Shared by the integration tests: running the compat binary and reading
//! what it printed.

#![allow(dead_code)] // each test crate uses a different part

use std::process::{Command, Output};

use serde_json::Value;

/// What one run of the binary produced.
#[derive(Debug)]
pub struct Run {
    /// Exit status.
    pub code: i32,
    /// Standard output.
    pub stdout: String,
    /// Standard error.
    pub stderr: String,
}

impl Run {
    /// Standard output as JSON.
    pub fn json(&self) -> Value {
        serde_json::from_str(&self.stdout).unwrap_or_else(|e| {
            panic!(
                "stdout is not JSON ({e}):\n{}\n{}",
                self.stdout, self.stderr
            )
        })
    }

    /// The non-empty lines of standard error.
    pub fn stderr_lines(&self) -> Vec<&str> {
        self.stderr
            .lines()
            .filter(|l| !l.trim().is_empty())
            .collect()
    }
}

/// The compat binary, with the colour variables of the caller's environment removed.
pub fn compat_cmd() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_compat"));
    cmd.env_remove("NO_COLOR")
        .env_remove("CLICOLOR_FORCE")
        .env_remove("FORCE_COLOR");
    cmd
}

/// A finished run; fails the test when compat was killed or panicked.
pub fn finish(out: Output) -> Run {
    let run = Run {
        code: out
            .status
            .code()
            .unwrap_or_else(|| panic!("compat was killed by a signal: {:?}", out.status)),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    };
    assert!(
        !run.stderr.contains("panicked"),
        "compat panicked:\n{}",
        run.stderr
    );
    run
}

/// Runs compat with `args` (see [`compat_cmd`]) and waits for it.
pub fn compat(args: &[&str]) -> Run {
    finish(compat_cmd().args(args).output().expect("run compat"))
}

/// The corpus cache (`$COMPAT_CORPUS`, default `$HOME/.cache/compat-corpus`),
/// or `None` (via [`skip`]) when neither is set.
pub fn corpus_cache(hint: &str) -> Option<std::path::PathBuf> {
    match std::env::var_os("COMPAT_CORPUS").filter(|v| !v.is_empty()) {
        Some(dir) => Some(std::path::PathBuf::from(dir)),
        None => match std::env::var_os("HOME") {
            Some(home) => Some(std::path::Path::new(&home).join(".cache/compat-corpus")),
            None => skip(&format!("neither COMPAT_CORPUS nor HOME is set; {hint}")),
        },
    }
}

/// Skips a corpus test (returns `None`) outside CI; fails it under CI.
#[allow(clippy::print_stderr)]
pub fn skip<T>(why: &str) -> Option<T> {
    if std::env::var_os("CI").is_some_and(|v| !v.is_empty()) {
        panic!("{why} (CI is set, so this test does not skip)");
    }
    eprintln!("SKIPPED: {why}");
    None
}
