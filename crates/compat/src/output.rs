//! Where output goes: standard output (coloured only on a terminal, NO_COLOR
//! honoured) or the `-o` file (never coloured); errors go to standard error.

use std::io::{IsTerminal, Write};
use std::path::Path;

use anyhow::Context;
use compat_report::{write_to, Format, RenderOptions, Report, Severity};

use crate::cli::{FormatArg, OutputArgs, ShowArg};

/// The report format chosen, with a per-command default.
pub fn format(out: &OutputArgs, default: Format) -> Format {
    match out.format {
        None => default,
        Some(FormatArg::Text) => Format::Text,
        Some(FormatArg::Json) => Format::Json,
        Some(FormatArg::Sarif) => Format::Sarif,
        Some(FormatArg::Markdown) => Format::Markdown,
    }
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
    let opts = RenderOptions {
        color: out.output.is_none() && fmt == Format::Text && stdout_color(),
        show: show_level(out),
        verbose: out.verbose,
    };
    emit_with(out, |w| write_to(report, fmt, opts, w))?;
    Ok(report.exit_code() as u8)
}

/// Streams `write` to `-o FILE` or to standard output, buffered. A regular
/// file is written atomically (a temporary file beside it, then a rename); a
/// path that exists and is not a regular file (`/dev/null`, a FIFO) is written
/// in place, since renaming over a device would replace it. A closed pipe on
/// standard output is not an error.
pub fn emit_with(
    out: &OutputArgs,
    write: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
) -> anyhow::Result<()> {
    let Some(path) = &out.output else {
        let mut w = std::io::BufWriter::with_capacity(1 << 20, std::io::stdout().lock());
        return match write(&mut w).and_then(|()| w.flush()) {
            Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
            other => other.context("cannot write to standard output"),
        };
    };
    let cannot = |p: &Path| format!("{}: cannot write", p.display());
    let in_place = std::fs::metadata(path).is_ok_and(|m| !m.is_file());
    let target = if in_place {
        path.clone()
    } else {
        let dir = path
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        dir.join(format!(".{name}.compat-tmp-{}", std::process::id()))
    };
    let file = if in_place {
        std::fs::OpenOptions::new().write(true).open(&target)
    } else {
        std::fs::File::create(&target)
    }
    .with_context(|| cannot(&target))?;
    let mut w = std::io::BufWriter::with_capacity(1 << 20, file);
    write(&mut w)
        .and_then(|()| w.flush())
        .with_context(|| cannot(&target))?;
    drop(w);
    if !in_place {
        std::fs::rename(&target, path).with_context(|| cannot(path))?;
    }
    Ok(())
}

/// Prints one note line on standard error (for commands whose standard
/// output is data, such as `abi dump`).
#[allow(clippy::print_stderr)]
pub fn note_line(msg: &str) {
    eprintln!("compat: note: {msg}");
}

/// Prints one error line on standard error.
#[allow(clippy::print_stderr)]
pub fn error_line(msg: &str) {
    eprintln!("compat: error: {msg}");
}
