//! Running `PROGRAM [ARGS] [SUBCOMMAND...] --help` for `compat cli
//! surface`: the only program compat runs on a user's behalf. Standard
//! input is empty, pagers and colours are turned off, each run is killed
//! after the timeout, and at most 1 MiB of output is kept.

use std::io::Read;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use compat_cli_surface::read::help::MAX_HELP_BYTES;

/// How to ask one program for help.
pub struct Runner<'a> {
    pub program: &'a str,
    pub lead: &'a [String],
    pub help_flag: &'a str,
    pub timeout: Duration,
}

impl Runner<'_> {
    /// The help text of the subcommand `words`: standard output, or
    /// standard error when the program printed its help there.
    pub fn help(&self, words: &[String]) -> Result<String, String> {
        let mut child = Command::new(self.program)
            .args(self.lead)
            .args(words)
            .arg(self.help_flag)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .env("PAGER", "cat")
            .env("GIT_PAGER", "cat")
            .env("MANPAGER", "cat")
            .env("NO_COLOR", "1")
            .env("TERM", "dumb")
            .env("COLUMNS", "100")
            .env("LC_ALL", "C")
            .spawn()
            .map_err(|e| format!("cannot run {}: {e}", self.program))?;
        let take = |r: Option<Box<dyn Read + Send>>| {
            std::thread::spawn(move || {
                let mut buf = Vec::new();
                if let Some(r) = r {
                    let _ = r.take(MAX_HELP_BYTES as u64 + 1).read_to_end(&mut buf);
                }
                buf
            })
        };
        let out = take(
            child
                .stdout
                .take()
                .map(|s| Box::new(s) as Box<dyn Read + Send>),
        );
        let err = take(
            child
                .stderr
                .take()
                .map(|s| Box::new(s) as Box<dyn Read + Send>),
        );
        let start = Instant::now();
        let status = loop {
            match child.try_wait() {
                Ok(Some(status)) => break status,
                Ok(None) if start.elapsed() > self.timeout => {
                    let _ = child.kill();
                    let _ = child.wait();
                    return Err(format!(
                        "no answer within {} s (killed)",
                        self.timeout.as_secs()
                    ));
                }
                Ok(None) => std::thread::sleep(Duration::from_millis(5)),
                Err(e) => return Err(e.to_string()),
            }
        };
        let (out, err) = (
            out.join().unwrap_or_default(),
            err.join().unwrap_or_default(),
        );
        let text = if out.iter().any(|b| !b.is_ascii_whitespace()) {
            out
        } else {
            err
        };
        if text.len() > MAX_HELP_BYTES {
            return Err("more than 1 MiB of help output".to_owned());
        }
        if text.is_empty() {
            return Err(format!("no help output ({status})"));
        }
        Ok(String::from_utf8_lossy(&text).into_owned())
    }
}
