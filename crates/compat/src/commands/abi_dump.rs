//! `compat abi dump`: the ABI baseline of one ELF file.

use std::fmt::Write;
use std::path::Path;

use compat_elf::{load_abi, ElfAbi, ReadOptions};
use compat_report::{escape, Format, Report};

use crate::cli::{OutputArgs, TypeArgs};
use crate::commands::types;
use crate::output;

pub fn run(file: &Path, type_args: &TypeArgs, out: &OutputArgs) -> anyhow::Result<u8> {
    if !type_args.no_types {
        types::check_dirs(type_args, [type_args.public_headers.as_deref()])?;
    }
    let shown = file.display().to_string();
    let mut abi = match load_abi(
        file,
        ReadOptions {
            demangle: true,
            ..ReadOptions::default()
        },
    ) {
        Ok(abi) => abi,
        Err(e) => return Ok(failed(&e.to_string())),
    };
    if !type_args.no_types {
        match compat_dwarf::attach_types(
            file,
            &mut abi,
            type_args.debug_dir.as_deref(),
            type_args.public_headers.as_deref(),
        ) {
            Ok(notes) => notes.iter().for_each(|n| output::note_line(n)),
            Err(e) => {
                return Ok(failed(&format!(
                    "{shown}: debug information: {}",
                    compat_abi::compare::strip_path(&e.to_string(), file)
                )))
            }
        }
    }
    let text = match output::format(out, Format::Json) {
        Format::Json => {
            output::emit_with(out, |w| abi.write_dump(w))?;
            return Ok(0);
        }
        Format::Text => text(&abi),
        Format::Markdown => markdown(&abi),
        fmt @ (Format::Sarif | Format::Junit | Format::Gitlab) => {
            // A dump has no findings: an empty report that records the
            // invocation (a SARIF run, one passing test case, no issue).
            let mut report = Report::new("abi dump", vec![shown]);
            report.notes.push(format!(
                "{} defined and {} undefined dynamic symbols",
                abi.symbols.len(),
                abi.undefined.len()
            ));
            report.finish();
            compat_report::render(&report, fmt, Default::default())
        }
    };
    output::emit(out, &text)?;
    Ok(0)
}

/// A dump that could not be made: one line on standard error, exit 2, and
/// nothing written, so a committed baseline named by `-o` stays as it was.
fn failed(msg: &str) -> u8 {
    output::error_line(msg);
    2
}

fn at(name: &str, version: Option<&str>, hidden: bool) -> String {
    match version {
        Some(v) if hidden => format!("{name}@{v}"),
        Some(v) => format!("{name}@@{v}"),
        None => name.to_owned(),
    }
}

/// The dump as text; every name from the file escaped (`escape::text`).
fn text(abi: &ElfAbi) -> String {
    let e = |s: &str| escape::text(s).into_owned();
    let mut o = String::new();
    let _ = writeln!(o, "file:        {}", e(&abi.file));
    let _ = writeln!(
        o,
        "format:      {:?} {:?} {} ({}), {:?}",
        abi.class, abi.endian, abi.machine, abi.os_abi, abi.file_type
    );
    if let Some(s) = &abi.soname {
        let _ = writeln!(o, "soname:      {}", e(s));
    }
    if let Some(i) = &abi.interpreter {
        let _ = writeln!(o, "interpreter: {}", e(i));
    }
    for (label, list) in [
        ("needed", &abi.needed),
        ("rpath", &abi.rpath),
        ("runpath", &abi.runpath),
        ("flags", &abi.dynamic_flags),
    ] {
        if !list.is_empty() {
            let _ = writeln!(o, "{label:<12} {}", e(&list.join(" ")));
        }
    }
    if !abi.version_definitions.is_empty() {
        let _ = writeln!(o, "version definitions:");
        for v in &abi.version_definitions {
            let _ = writeln!(
                o,
                "  {:>3} {} {} {}",
                v.index,
                e(&v.name),
                v.flags.join(","),
                e(&v.parents.join(" "))
            );
        }
    }
    if !abi.version_needs.is_empty() {
        let _ = writeln!(o, "version needs:");
        for n in &abi.version_needs {
            let names: Vec<String> = n
                .versions
                .iter()
                .map(|v| {
                    if v.is_weak() {
                        format!("{} (weak)", e(&v.name))
                    } else {
                        e(&v.name)
                    }
                })
                .collect();
            let _ = writeln!(o, "  {}: {}", e(&n.file), names.join(" "));
        }
    }
    let _ = writeln!(o, "defined symbols ({}):", abi.symbols.len());
    for s in &abi.symbols {
        let _ = writeln!(
            o,
            "  {:<7} {:<6} {:<9} {:>8} {}{}",
            s.kind.as_str(),
            s.binding.as_str(),
            s.visibility.as_str(),
            s.size,
            e(&at(&s.name, s.version.as_deref(), s.hidden)),
            s.demangled
                .as_ref()
                .map(|d| format!("  [{}]", e(d)))
                .unwrap_or_default()
        );
    }
    let _ = writeln!(o, "undefined symbols ({}):", abi.undefined.len());
    for u in &abi.undefined {
        let _ = writeln!(
            o,
            "  {:<7} {:<4} {}{}{}",
            u.kind.as_str(),
            if u.weak { "weak" } else { "" },
            e(&at(&u.name, u.version.as_deref(), false)),
            u.version_file
                .as_ref()
                .map(|f| format!(" from {}", e(f)))
                .unwrap_or_default(),
            if u.relocations.is_empty() {
                String::new()
            } else {
                format!("  ({})", u.relocations.join(","))
            }
        );
    }
    o
}

/// The dump as Markdown; every name from the file in a code span or
/// escaped text (`escape::markdown_code`, `escape::markdown_text`).
fn markdown(abi: &ElfAbi) -> String {
    use escape::markdown_code as code;
    let mut o = String::new();
    let _ = writeln!(o, "## ABI of {}\n", code(&abi.file));
    let _ = writeln!(o, "| | |\n|---|---|");
    let _ = writeln!(
        o,
        "| format | {:?} {:?} {} ({:?}) |",
        abi.class, abi.endian, abi.machine, abi.file_type
    );
    let _ = writeln!(
        o,
        "| SONAME | {} |",
        code(abi.soname.as_deref().unwrap_or("-"))
    );
    let _ = writeln!(
        o,
        "| NEEDED | {} |",
        abi.needed
            .iter()
            .map(|n| code(n))
            .collect::<Vec<_>>()
            .join(" ")
    );
    let versions: Vec<&str> = abi.defined_versions().map(|v| v.name.as_str()).collect();
    let _ = writeln!(
        o,
        "| versions | {} |\n",
        escape::markdown_text(&versions.join(" "))
    );
    let _ = writeln!(
        o,
        "### Defined symbols ({})\n\n| Symbol | Type | Binding | Size |\n|---|---|---|---|",
        abi.symbols.len()
    );
    for s in &abi.symbols {
        let _ = writeln!(
            o,
            "| {} | {} | {} | {} |",
            code(&at(&s.name, s.version.as_deref(), s.hidden)),
            s.kind.as_str(),
            s.binding.as_str(),
            s.size
        );
    }
    let _ = writeln!(
        o,
        "\n### Undefined symbols ({})\n\n| Symbol | From | Relocations |\n|---|---|---|",
        abi.undefined.len()
    );
    for u in &abi.undefined {
        let _ = writeln!(
            o,
            "| {} | {} | {} |",
            code(&at(&u.name, u.version.as_deref(), false)),
            escape::markdown_text(u.version_file.as_deref().unwrap_or("")),
            u.relocations.join(", ")
        );
    }
    o
}
