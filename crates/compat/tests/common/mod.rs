//! Shared by the integration tests: running the compat binary and reading
//! what it printed.

#![allow(dead_code)] // each test crate uses a different part

use std::process::{Command, Output};

pub mod fleet;
pub mod serve;

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

/// The data rows of a corpus's TSV file (comments, blank lines and the
/// header line dropped), split at tabs.
pub fn rows(table: &str) -> impl Iterator<Item = Vec<&str>> {
    table
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .skip(1)
        .map(|l| l.split('\t').collect())
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

/// Runs `cmd` with standard input closed, collecting its output on a thread
/// (a large report must not fill a pipe and stall it); kills it and fails
/// the test after `limit` (a FIFO opened for reading would block forever).
/// Returns the output and how long the run took.
pub fn wait_bounded(mut cmd: Command, limit: std::time::Duration) -> (Output, std::time::Duration) {
    use std::process::Stdio;
    let start = std::time::Instant::now();
    let child = cmd
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    let pid = child.id();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(child.wait_with_output());
    });
    match rx.recv_timeout(limit) {
        Ok(out) => (out.expect("collect output"), start.elapsed()),
        Err(_) => {
            let _ = Command::new("kill").args(["-9", &pid.to_string()]).status();
            panic!("still running after {limit:?}: {cmd:?}");
        }
    }
}

/// Makes a FIFO at `p`.
pub fn mkfifo(p: &std::path::Path) {
    let ok = Command::new("mkfifo")
        .arg(p)
        .status()
        .expect("run mkfifo")
        .success();
    assert!(ok, "mkfifo {}", p.display());
}

/// Whether the tests run as root (as in CI): permission cases then drop to
/// `nobody` with setpriv, since root may read and write any file.
pub fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
}

/// `git ARGS` in `dir` as the tests' committer; fails the test when git does. Its standard output.
pub fn git(dir: &std::path::Path, args: &[&str]) -> String {
    let out = Command::new("git")
        .current_dir(dir)
        .args(["-c", "user.email=ci@example.org", "-c", "user.name=CI"])
        .args(args)
        .output()
        .expect("git");
    assert!(
        out.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Writes `text` to `path`, making its directory first.
pub fn write_file(path: &std::path::Path, text: &str) {
    std::fs::create_dir_all(path.parent().expect("a file in a directory")).unwrap();
    std::fs::write(path, text).unwrap();
}
