//! `compat check`: the project's components against their baselines, with
//! its policy applied (`compat_check::run`); one analysis rendered to
//! standard output (or `-o`) and to every `--output FORMAT=PATH`.

use compat_check::{BaselineKind, CheckError, CheckOptions};
use compat_config::Date;
use compat_report::Format;

use crate::cli::{BaselineArg, CheckArgs};
use crate::output;

pub fn run(args: &CheckArgs) -> anyhow::Result<u8> {
    // --now wins over COMPAT_NOW; without either, the clock (UTC).
    let env_now = std::env::var("COMPAT_NOW").ok().filter(|v| !v.is_empty());
    let now = match (&args.now, &env_now) {
        (Some(text), _) => {
            Some(Date::parse(text).map_err(|e| anyhow::anyhow!("--now {text:?}: {e}"))?)
        }
        (None, Some(text)) => {
            Some(Date::parse(text).map_err(|e| anyhow::anyhow!("COMPAT_NOW={text:?}: {e}"))?)
        }
        (None, None) => None,
    };
    let release = crate::alloc::release_freed_memory;
    let opts = CheckOptions {
        config: args.config.clone(),
        start_dir: std::env::current_dir()?,
        components: args.components.clone(),
        now,
        baseline: match args.baseline {
            BaselineArg::Main => BaselineKind::Main,
            BaselineArg::Release => BaselineKind::Release,
        },
        version: args.version.clone(),
        between_sides: Some(&release),
    };
    let outcome = match compat_check::run(&opts) {
        Ok(o) => o,
        Err(CheckError::Config(errors)) => {
            for line in errors.lines() {
                output::error_line(&line);
            }
            return Ok(2);
        }
        Err(e) => anyhow::bail!("{e}"),
    };
    let mut report = outcome.report;
    let printed = output::emit_report(&args.out, &mut report, Format::Text)?;
    // The policy decides (fail_on per component), not the report's default.
    Ok(if printed == 2 { 2 } else { outcome.exit_code })
}
