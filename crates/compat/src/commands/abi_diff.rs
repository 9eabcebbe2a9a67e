//! `compat abi diff`: two versions of a library, each an ELF file or a dump.

use std::path::Path;

use compat_abi::{diff, DiffInputs};
use compat_elf::{load_abi, ReadOptions};
use compat_report::{Format, Report};

use crate::cli::OutputArgs;
use crate::commands::abi_dump::strip_path;
use crate::output;

pub fn run(old: &Path, new: &Path, out: &OutputArgs) -> anyhow::Result<u8> {
    let (o, n) = (old.display().to_string(), new.display().to_string());
    let mut report = Report::new("abi diff", vec![o.clone(), n.clone()]);
    let opts = ReadOptions::default();
    let (a, b) = std::thread::scope(|s| {
        let a = s.spawn(|| load_abi(old, opts));
        let b = load_abi(new, opts);
        (a.join().expect("reader thread"), b)
    });
    match (a, b) {
        (Ok(a), Ok(b)) => {
            let d = diff(
                &a,
                &b,
                &DiffInputs {
                    old_file: &o,
                    new_file: &n,
                },
            );
            report.findings = d.findings;
            report.verdict = Some(d.verdict);
            report.notes.push(
                "symbol-level comparison: type information (DWARF) is not compared yet".into(),
            );
        }
        (a, b) => {
            if let Err(e) = a {
                report.error(o.clone(), strip_path(&e.to_string(), old));
            }
            if let Err(e) = b {
                report.error(n.clone(), strip_path(&e.to_string(), new));
            }
        }
    }
    output::emit_report(out, &mut report, Format::Text)
}
