//! The compat command-line tool: the CLI definition and the glue between
//! readers, checks and renderers.
//!
//! [`run`] owns the exit-status policy: 0 when nothing is breaking, 1 when a
//! breaking finding was reported, 2 when some input could not be processed or
//! the command line was wrong. Per-input failures are printed as one line on
//! standard error and the run goes on.

mod alloc;
mod cli;
mod commands;
mod output;

use std::process::ExitCode;

use clap::Parser;

pub use cli::Cli;

/// Runs compat with the process's arguments and returns its exit status.
pub fn run() -> ExitCode {
    compat_fs::write::fail_writes_past_size_limit();
    alloc::parsers_use_mimalloc();
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    match commands::dispatch(cli) {
        Ok(code) => ExitCode::from(code),
        Err(e) => {
            output::error_line(&format!("{e:#}"));
            ExitCode::from(2)
        }
    }
}
