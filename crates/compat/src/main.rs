//! The `compat` binary: parses the command line and hands over to [`compat::run`].

fn main() -> std::process::ExitCode {
    compat::run()
}
