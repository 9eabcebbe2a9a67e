//! `compat abi diff`: two versions of a library, each an ELF file or a dump,
//! compared by symbols and, where both carry debug information, by types.

use std::path::{Path, PathBuf};

use compat_abi::{diff, verdict_if_public, verdict_of, DiffInputs};
use compat_dwarf::TypeInfo;
use compat_elf::{load_abi, ElfAbi, ReadOptions};
use compat_report::{Format, Report};

use crate::cli::{OutputArgs, TypeArgs};
use crate::commands::abi_dump::strip_path;
use crate::commands::types;
use crate::output;

/// One side: its symbols, its types (from DWARF for an ELF file, from the
/// dump's `types` for a dump; an error is kept for the report) and notes.
type Side = (ElfAbi, Result<Option<TypeInfo>, String>, Vec<String>);

/// Loads one side.
fn load(path: &Path, args: &TypeArgs, headers: Option<&Path>) -> Result<Side, String> {
    let abi =
        load_abi(path, ReadOptions::default()).map_err(|e| strip_path(&e.to_string(), path))?;
    if args.no_types {
        return Ok((abi, Ok(None), Vec::new()));
    }
    let (info, notes) = types::read(path, &abi, args, headers)
        .map_err(|e| format!("debug information: {}", strip_path(&e, path)))?;
    let info = match info {
        Some(info) => Ok(Some(info)),
        None => types::of(&abi),
    };
    Ok((abi, info, notes))
}

pub fn run(
    old: &Path,
    new: &Path,
    args: &TypeArgs,
    old_headers: Option<&Path>,
    out: &OutputArgs,
) -> anyhow::Result<u8> {
    if !args.no_types {
        types::check_dirs(args, [old_headers, args.public_headers.as_deref()])?;
    }
    let (o, n) = (old.display().to_string(), new.display().to_string());
    let mut report = Report::new("abi diff", vec![o.clone(), n.clone()]);
    let new_headers: Option<PathBuf> = args.public_headers.clone();
    let old_headers = old_headers
        .map(Path::to_path_buf)
        .or_else(|| new_headers.clone());
    // One side after the other: each reader already uses every core (units in
    // parallel), and the first file's pages are unmapped before the second is
    // read, so peak memory is one input's DWARF, not both.
    let a = load(old, args, old_headers.as_deref());
    crate::alloc::release_freed_memory();
    let b = load(new, args, new_headers.as_deref());
    match (a, b) {
        (Ok((a, ta, an)), Ok((b, tb, bn))) => {
            // What the type information says no consumer can name informs the
            // symbol-level judgement of vtable sizes.
            // (Only needed, and only computed, when some vtable changed size.)
            let new_vtables: std::collections::HashMap<&str, u64> = b
                .symbols
                .iter()
                .filter(|n| n.name.starts_with("_ZTV"))
                .map(|n| (&*n.name, n.size))
                .collect();
            let vtable_resized = a.symbols.iter().any(|o| {
                o.name.starts_with("_ZTV")
                    && new_vtables
                        .get(&*o.name)
                        .is_some_and(|&size| size != o.size)
            });
            let private_classes = match (&ta, &tb) {
                (Ok(Some(ta)), Ok(Some(tb))) if vtable_resized => {
                    compat_dwarf::private_vtable_classes(ta, tb)
                }
                _ => Default::default(),
            };
            let d = diff(
                &a,
                &b,
                &DiffInputs {
                    old_file: &o,
                    new_file: &n,
                    private_classes: &private_classes,
                },
            );
            report.findings = d.findings;
            report.notes.extend(an);
            report.notes.extend(bn);
            match (ta, tb) {
                (Ok(Some(ta)), Ok(Some(tb))) => {
                    report
                        .findings
                        .extend(compat_dwarf::diff(&ta, &tb, (&o, &n)));
                    report.notes.extend(one_sided_types(&a, &b, &ta, &tb));
                }
                (Ok(_), Ok(_)) if args.no_types => {
                    report
                        .notes
                        .push("symbol-level comparison (--no-types)".into());
                }
                (Ok(ta), Ok(tb)) => {
                    let missing: Vec<&str> = [(ta.is_none(), &o), (tb.is_none(), &n)]
                        .into_iter()
                        .filter(|(none, _)| *none)
                        .map(|(_, name)| name.as_str())
                        .collect();
                    report.notes.push(format!(
                        "symbol-level comparison: no debug information in {}",
                        missing.join(" and ")
                    ));
                }
                (Err(e), _) => report.error(o.clone(), e),
                (_, Err(e)) => report.error(n.clone(), e),
            }
            report.verdict = Some(verdict_of(&report.findings));
            report.verdict_if_public = verdict_if_public(&report.findings);
        }
        (a, b) => {
            if let Err(e) = a {
                report.error(o.clone(), e);
            }
            if let Err(e) = b {
                report.error(n.clone(), e);
            }
        }
    }
    output::emit_report(out, &mut report, Format::Text)
}

/// Notes for symbols exported by both versions whose type information is in
/// one version only (a file built partly without `-g`, assembler sources, a
/// function whose debug information was dropped): their signatures are not
/// compared, and the report says so instead of staying silent.
fn one_sided_types(a: &ElfAbi, b: &ElfAbi, ta: &TypeInfo, tb: &TypeInfo) -> Vec<String> {
    use std::collections::BTreeSet;
    let names = |abi: &ElfAbi| -> BTreeSet<String> {
        abi.symbols.iter().map(|s| s.name.to_string()).collect()
    };
    let both: BTreeSet<String> = names(a).intersection(&names(b)).cloned().collect();
    let typed = |t: &TypeInfo| -> BTreeSet<String> {
        t.functions
            .keys()
            .chain(t.variables.keys())
            .filter(|k| both.contains(*k))
            .cloned()
            .collect()
    };
    let (old_typed, new_typed) = (typed(ta), typed(tb));
    let list = |v: Vec<&String>| {
        let shown: Vec<&str> = v.iter().take(8).map(|s| s.as_str()).collect();
        let more = v.len().saturating_sub(shown.len());
        if more > 0 {
            format!("{} and {more} more", shown.join(", "))
        } else {
            shown.join(", ")
        }
    };
    let mut notes = Vec::new();
    let lost: Vec<&String> = old_typed.difference(&new_typed).collect();
    if !lost.is_empty() {
        notes.push(format!(
            "{} symbol(s) exported by both versions have debug information only in the old one, so their types are not compared: {}",
            lost.len(),
            list(lost)
        ));
    }
    let gained: Vec<&String> = new_typed.difference(&old_typed).collect();
    if !gained.is_empty() {
        notes.push(format!(
            "{} symbol(s) exported by both versions have debug information only in the new one, so their types are not compared: {}",
            gained.len(),
            list(gained)
        ));
    }
    notes
}
