//! Where output goes: standard output (coloured only on a terminal, NO_COLOR
//! honoured) or the `-o` file (never coloured); errors go to standard error.

use anyhow::Context;
use compat_report::{write_to, Format, RenderOptions, Report, SarifInclude, Severity};
use std::io::{IsTerminal, Write};

use crate::cli::{FormatArg, OutputArgs, SarifIncludeArg, ShowArg};

/// The report format chosen, with a per-command default.
pub fn format(out: &OutputArgs, default: Format) -> Format {
    out.format.map_or(default, format_of)
}

/// The report format of a `--format` value.
pub fn format_of(arg: FormatArg) -> Format {
    match arg {
        FormatArg::Text => Format::Text,
        FormatArg::Json => Format::Json,
        FormatArg::Sarif => Format::Sarif,
        FormatArg::Markdown => Format::Markdown,
        FormatArg::Junit => Format::Junit,
        FormatArg::Gitlab => Format::Gitlab,
    }
}

/// The render options `out` asks for (never coloured); `root` is the
/// working directory (see [`working_directory`]).
fn render_options<'a>(out: &OutputArgs, root: Option<&'a str>) -> RenderOptions<'a> {
    RenderOptions {
        color: false,
        root,
        show: show_level(out),
        verbose: out.verbose,
        sarif_include: match out.sarif_include {
            Some(SarifIncludeArg::Waived) => SarifInclude::Waived,
            Some(SarifIncludeArg::None) | None => SarifInclude::None,
        },
        ..RenderOptions::default()
    }
}

/// Renders `report` as `fmt` (never coloured) and writes it to `path`
/// atomically.
fn write_report(
    out: &OutputArgs,
    report: &Report,
    fmt: Format,
    path: &std::path::Path,
    root: Option<&str>,
) -> anyhow::Result<()> {
    let opts = RenderOptions {
        color: false,
        ..render_options(out, root)
    };
    let mut bytes = Vec::new();
    write_to(report, fmt, opts, &mut bytes)
        .with_context(|| format!("{}: cannot write", path.display()))?;
    compat_fs::write_atomic(path, &bytes)?;
    Ok(())
}

/// The least severe findings listed in text: `--show`, else info with
/// `--verbose`, else warning.
pub fn show_level(out: &OutputArgs) -> Severity {
    match out.show {
        Some(ShowArg::Breaking) => Severity::Breaking,
        Some(ShowArg::Warning) => Severity::Warning,
        Some(ShowArg::Info) => Severity::Info,
        None if out.verbose => Severity::Info,
        None => Severity::Warning,
    }
}

/// The working directory as text, the root the CI formats (SARIF, GitLab
/// Code Quality, JUnit) take an input named by an absolute path relative to:
/// CI runs compat at the repository's root.
fn working_directory() -> Option<String> {
    std::env::current_dir()
        .ok()
        .and_then(|d| d.to_str().map(str::to_owned))
}

/// Whether text written to standard output should be coloured.
fn stdout_color() -> bool {
    std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()) && std::io::stdout().is_terminal()
}

/// Writes `text` to `-o FILE` or standard output. A closed pipe is not an error.
pub fn emit(out: &OutputArgs, text: &str) -> anyhow::Result<()> {
    emit_with(out, |w| w.write_all(text.as_bytes()))
}

/// Renders and emits a report; returns its exit status.
pub fn emit_report(out: &OutputArgs, report: &mut Report, default: Format) -> anyhow::Result<u8> {
    report.finish();
    for e in &report.errors {
        error_line(&format!("{}: {}", e.file, e.message));
    }
    let fmt = format(out, default);
    let cwd = working_directory();
    let root = cwd.as_deref();
    let opts = RenderOptions {
        color: out.file().is_none() && fmt == Format::Text && stdout_color(),
        ..render_options(out, root)
    };
    // A run that failed on some input does not replace an earlier text,
    // Markdown or GitLab Code Quality output with a partial one (GitLab would
    // take the missing issues for fixed); JSON, SARIF and JUnit carry the
    // errors in the document, and their consumers (code scanning, test
    // reports, dashboards) expect the file, so they are written.
    let partial = |fmt: Format| {
        !report.errors.is_empty() && matches!(fmt, Format::Text | Format::Markdown | Format::Gitlab)
    };
    let skipped = |p: &std::path::Path| {
        note_line(&format!(
            "{}: not written, because some inputs could not be processed",
            p.display()
        ));
    };
    for (arg, path) in out.formatted() {
        let fmt = format_of(arg);
        if partial(fmt) {
            skipped(path);
        } else {
            write_report(out, report, fmt, path, root)?;
        }
    }
    match out.file() {
        Some(p) if partial(fmt) => skipped(p),
        _ => emit_with(out, |w| write_to(report, fmt, opts, w))?,
    }
    Ok(report.exit_code() as u8)
}

/// Streams `write` to standard output, or renders it whole and writes it to
/// `-o FILE` atomically through `compat_fs::write_atomic` (a temporary file
/// beside it, never a guessable name, renamed over it; devices and FIFOs
/// written in place). A closed pipe on standard output is not an error.
pub fn emit_with(
    out: &OutputArgs,
    write: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
) -> anyhow::Result<()> {
    let Some(path) = out.file() else {
        let mut w = std::io::BufWriter::with_capacity(1 << 20, std::io::stdout().lock());
        return match write(&mut w).and_then(|()| w.flush()) {
            Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
            other => other.context("cannot write to standard output"),
        };
    };
    // Rendered in memory first: a failure (or running out of memory) while
    // rendering leaves no temporary file and the old output untouched.
    let mut bytes = Vec::new();
    write(&mut bytes).with_context(|| format!("{}: cannot write", path.display()))?;
    compat_fs::write_atomic(path, &bytes)?;
    Ok(())
}

/// Refuses a report-only format (JUnit, GitLab Code Quality) for a command
/// that lists data rather than findings: one error line, exit status 2.
pub fn not_a_report(command: &str, fmt: Format) -> u8 {
    let name = match fmt {
        Format::Junit => "junit",
        Format::Gitlab => "gitlab",
        _ => "this format",
    };
    error_line(&format!(
        "--format {name} renders the findings of a check; `compat {command}` writes text, json or markdown"
    ));
    2
}

/// Prints one note line on standard error (for commands whose standard
/// output is data, such as `abi dump`).
#[allow(clippy::print_stderr)]
pub fn note_line(msg: &str) {
    eprintln!("compat: note: {}", compat_report::escape::text(msg));
}

/// Prints one error line on standard error.
#[allow(clippy::print_stderr)]
pub fn error_line(msg: &str) {
    eprintln!("compat: error: {}", compat_report::escape::text(msg));
}
