//! `compat cli diff` and `compat cli surface`: surfaces read (files, git
//! revisions, compat's own clap definition, a program's `--help`), diffed
//! by `compat_cli_surface::diff`, rendered or written.

use std::path::Path;
use std::time::Duration;

use compat_check::git::RevPath;
use compat_cli_surface::probe::{probe, ProbeLimits};
use compat_cli_surface::{
    read_bytes_detected, read_path_detected, Date, DiffOptions, InputFormat, Surface, Window,
};
use compat_report::{Format, Report};

use crate::cli::{OutputArgs, SurfaceFormatArg};
use crate::output;

mod run_help;

/// `compat cli diff OLD NEW`.
pub fn diff(
    old: &str,
    new: &str,
    window: &str,
    today: Option<&str>,
    format: SurfaceFormatArg,
    out: &OutputArgs,
) -> anyhow::Result<u8> {
    let window = Window::parse(window)?;
    let today = today_from(today)?;
    let format = input_format(format);
    let mut report = Report::new("cli diff", vec![old.to_owned(), new.to_owned()]);
    let sides = (read_input(old, format), read_input(new, format));
    match sides {
        (Ok((a, old_format)), Ok((b, new_format))) => {
            let opts = DiffOptions {
                window,
                today,
                old_name: old.to_owned(),
                new_name: new.to_owned(),
                old_format,
                new_format,
            };
            report.findings = compat_cli_surface::diff(&a, &b, &opts);
            report.verdict = Some(compat_report::rules::bump_for(&report.findings));
            report
                .notes
                .push(format!("deprecation window: {window}, judged on {today}"));
        }
        (a, b) => {
            for e in [a.err(), b.err()].into_iter().flatten() {
                report.error(e.file.clone(), e.reason.clone());
            }
        }
    }
    output::emit_report(out, &mut report, Format::Text)
}

/// What `compat cli surface` was asked.
pub struct SurfaceArgs<'a> {
    pub own: bool,
    pub from: Option<&'a str>,
    pub input_format: SurfaceFormatArg,
    pub output: Option<&'a Path>,
    pub check: bool,
    pub limits: ProbeLimits,
    pub timeout: Duration,
    pub help_flag: &'a str,
    pub program: &'a [String],
}

/// `compat cli surface`.
pub fn surface(args: &SurfaceArgs<'_>) -> anyhow::Result<u8> {
    let surface = if args.own {
        own_surface()
    } else if let Some(from) = args.from {
        read_input(from, input_format(args.input_format))
            .map_err(|e| anyhow::anyhow!("{}: {}", e.file, e.reason))?
            .0
    } else if let Some((program, lead)) = args.program.split_first() {
        if args.output.is_none() {
            if let Some(o) = lead.iter().find(|a| is_own_output(a)) {
                anyhow::bail!(
                    "`{o}` comes after --, so it would go to {program}, not to compat: put compat's \
                     options before -- (`compat cli surface -o FILE -- {program}`)"
                );
            }
        }
        let runner = run_help::Runner {
            program,
            lead,
            help_flag: args.help_flag,
            timeout: args.timeout,
        };
        // The surface is named after what a user types: `python3 -m pip`,
        // not `python3` (its commands would read `python3 install`).
        let name = std::iter::once(program.rsplit('/').next().unwrap_or(program))
            .chain(lead.iter().map(String::as_str))
            .collect::<Vec<_>>()
            .join(" ");
        let probed = probe(&name, args.limits, &mut |words| runner.help(words)).map_err(|e| {
            anyhow::anyhow!(
                "{e} (compat ran `{} {}`)",
                args.program.join(" "),
                args.help_flag
            )
        })?;
        for note in &probed.notes {
            output::error_line(&format!("note: {note}"));
        }
        probed.surface
    } else {
        anyhow::bail!("say what to read: --self, --from FILE, or -- PROGRAM [ARGS]");
    };
    let text = surface.to_json();
    match args.output {
        Some(path) if args.check => {
            let current = compat_fs::read(path, compat_fs::Limit::CliSurface)
                .map(|b| b == text.as_bytes())
                .unwrap_or(false);
            if current {
                Ok(0)
            } else {
                output::error_line(&format!(
                    "{}: stale: the surface differs; rewrite it without --check",
                    path.display()
                ));
                Ok(1)
            }
        }
        Some(path) => {
            // The error names the file already.
            compat_fs::write_atomic(path, text.as_bytes())?;
            Ok(0)
        }
        None => {
            output::emit(&OutputArgs::default(), &text)?;
            Ok(0)
        }
    }
}

/// Whether `arg`, found after `--`, is compat's own `-o`/`--output` (which
/// `cli surface` would otherwise hand to the program).
fn is_own_output(arg: &str) -> bool {
    arg == "-o" || arg == "--output" || arg.starts_with("--output=")
}

/// compat's own surface, from its clap definition, without descriptions
/// (rewording help is no change of the surface, and should not make the
/// committed file stale).
pub fn own_surface() -> Surface {
    use clap::CommandFactory;
    let mut surface = compat_cli_surface_clap::surface(&crate::cli::Cli::command());
    surface.strip_descriptions();
    surface
}

/// A read failure: the input as named, and why.
struct InputError {
    file: String,
    reason: String,
}

/// Reads `spec`: a file, or `REV:PATH` ([`RevPath`]: PATH from the repository's root, `./PATH` from
/// the working directory, as git reads it) when no such file exists; with the format it was read as.
fn read_input(spec: &str, format: InputFormat) -> Result<(Surface, InputFormat), InputError> {
    let path = Path::new(spec);
    let fail = |e: compat_cli_surface::SurfaceError| InputError {
        file: e.file().unwrap_or_else(|| spec.to_owned()),
        reason: e.reason(),
    };
    let cwd = std::env::current_dir().map_err(|e| InputError {
        file: spec.to_owned(),
        reason: e.to_string(),
    })?;
    match RevPath::parse(spec, &cwd) {
        Some(Ok(at)) => {
            let bytes = at.read().map_err(|e| InputError {
                file: spec.to_owned(),
                reason: e.to_string(),
            })?;
            read_bytes_detected(spec, &bytes, format).map_err(fail)
        }
        Some(Err(reason)) => Err(InputError {
            file: spec.to_owned(),
            reason,
        }),
        None => read_path_detected(path, format).map_err(fail),
    }
}

fn input_format(arg: SurfaceFormatArg) -> InputFormat {
    match arg {
        SurfaceFormatArg::Auto => InputFormat::Auto,
        SurfaceFormatArg::Compat => InputFormat::Compat,
        SurfaceFormatArg::Azure => InputFormat::Azure,
        SurfaceFormatArg::Cobra => InputFormat::Cobra,
        SurfaceFormatArg::Help => InputFormat::Help,
        SurfaceFormatArg::Usage => InputFormat::Usage,
    }
}

/// `--today`, else `COMPAT_NOW`, else the system clock's day (UTC).
fn today_from(flag: Option<&str>) -> anyhow::Result<Date> {
    let env = std::env::var("COMPAT_NOW").ok().filter(|v| !v.is_empty());
    if let Some(text) = flag.or(env.as_deref()) {
        return Date::parse(text)
            .ok_or_else(|| compat_cli_surface::SurfaceError::Date(text.to_owned()).into());
    }
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    Ok(Date::from_unix_days((secs / 86_400) as i64))
}
