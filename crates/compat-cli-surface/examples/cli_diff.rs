//! `compat cli diff OLD NEW -f json` as a library call, for timing the reader
//! and the diff in a release build without the whole compat binary
//! (`scripts/bench-cli.py` runs it with `COMPAT_CLI_DIFF_EXAMPLE`):
//! `cargo run --release -p compat-cli-surface --example cli_diff -- OLD NEW [FORMAT]`.

use std::io::Write;
use std::path::Path;

use compat_cli_surface::{diff, read_path_detected, Date, DiffOptions, InputFormat, Window};
use compat_report::{write_to, Format, RenderOptions, Report};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [old, new, rest @ ..] = args.as_slice() else {
        std::process::exit(2);
    };
    let format = rest
        .first()
        .and_then(|f| InputFormat::parse(f))
        .unwrap_or(InputFormat::Auto);
    let mut report = Report::new("cli diff", vec![old.clone(), new.clone()]);
    match (
        read_path_detected(Path::new(old), format),
        read_path_detected(Path::new(new), format),
    ) {
        (Ok((a, old_format)), Ok((b, new_format))) => {
            let opts = DiffOptions {
                window: Window::default(),
                today: Date::parse("2026-01-01").expect("a day"),
                old_name: old.clone(),
                new_name: new.clone(),
                old_format,
                new_format,
            };
            report.findings = diff(&a, &b, &opts);
        }
        (a, b) => {
            for e in [a.err(), b.err()].into_iter().flatten() {
                report.error(e.file().unwrap_or_default(), e.reason());
            }
        }
    }
    report.finish();
    let mut out = std::io::stdout().lock();
    let _ = write_to(&report, Format::Json, RenderOptions::default(), &mut out);
    let _ = out.flush();
    std::process::exit(report.exit_code());
}
