//! `compat check`: the project's components against their baselines, with
//! its policy applied (`compat_check::run`); one analysis rendered to
//! standard output (or `-o FILE`) and to every `-o FORMAT=PATH`, and with
//! `--record` written to the history store.

use compat_check::{BaselineKind, CheckError, CheckOptions};
use compat_config::Date;
use compat_report::Format;

use crate::cli::{BaselineArg, CheckArgs, ProjectArgs};
use crate::output;

/// The check options of `project`: `--now` wins over `COMPAT_NOW`; without
/// either, the clock (UTC).
pub fn options(
    project: &ProjectArgs,
    components: &[String],
    version: Option<&str>,
) -> anyhow::Result<CheckOptions<'static>> {
    let env_now = std::env::var("COMPAT_NOW").ok().filter(|v| !v.is_empty());
    let now = match (&project.now, &env_now) {
        (Some(text), _) => {
            Some(Date::parse(text).map_err(|e| anyhow::anyhow!("--now {text:?}: {e}"))?)
        }
        (None, Some(text)) => {
            Some(Date::parse(text).map_err(|e| anyhow::anyhow!("COMPAT_NOW={text:?}: {e}"))?)
        }
        (None, None) => None,
    };
    Ok(CheckOptions {
        config: project.config.clone(),
        start_dir: std::env::current_dir()?,
        components: components.to_vec(),
        now,
        baseline: BaselineKind::Main,
        version: version.map(str::to_owned),
        between_sides: None,
    })
}

/// Prints a `compat.toml` that does not load (one line per fault) and
/// returns exit status 2; other errors go up as one line.
pub fn config_failed(e: CheckError) -> anyhow::Result<u8> {
    match e {
        CheckError::Config(errors) => {
            for line in errors.lines() {
                output::error_line(&line);
            }
            Ok(2)
        }
        e => anyhow::bail!("{e}"),
    }
}

pub fn run(args: &CheckArgs) -> anyhow::Result<u8> {
    let release = crate::alloc::release_freed_memory;
    let mut opts = options(&args.project, &args.components, args.version.as_deref())?;
    opts.baseline = match args.baseline {
        BaselineArg::Main => BaselineKind::Main,
        BaselineArg::Release => BaselineKind::Release,
    };
    opts.between_sides = Some(&release);
    let outcome = match compat_check::run(&opts) {
        Ok(o) => o,
        Err(e) => return config_failed(e),
    };
    let mut report = outcome.report;
    let printed = output::emit_report(&args.out, &mut report, Format::Text)?;
    if args.record {
        // Recorded as emitted: the same report imported from `-o json=FILE` is the same run.
        let config = &outcome.config;
        let recorded = crate::commands::history::record(
            &report,
            args.store.as_deref(),
            config.project.history.as_deref(),
            &config.dir,
        );
        if let Err(e) = recorded {
            output::error_line(&format!("--record: {e:#}"));
            return Ok(2);
        }
    }
    // The policy decides (fail_on per component), not the report's default.
    Ok(if printed == 2 { 2 } else { outcome.exit_code })
}
