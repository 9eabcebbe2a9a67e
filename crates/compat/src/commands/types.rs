//! Type information for `abi dump` and `abi diff`: read from DWARF (compat-dwarf)
//! and carried in the dump's `types`.

use std::path::Path;

use compat_dwarf::{load_debug, read_types, ExportedSymbol, TypeInfo};
use compat_elf::{ElfAbi, Input, InputKind, RawTypes, SymbolBinding, SymbolKind, Visibility};

use crate::cli::TypeArgs;

/// Reads the type-level ABI of the ELF file `path` into `abi.types` (for a
/// dump). Returns notes for the report (for example a debug link that points
/// nowhere); an error is one line without the path.
pub fn attach(
    path: &Path,
    abi: &mut ElfAbi,
    args: &TypeArgs,
    headers: Option<&Path>,
) -> Result<Vec<String>, String> {
    let (info, notes) = read(path, abi, args, headers)?;
    if let Some(info) = info {
        let raw = serde_json::value::to_raw_value(&info).map_err(|e| e.to_string())?;
        abi.types = Some(RawTypes(raw));
    }
    Ok(notes)
}

/// Reads the type-level ABI of `path` (`None` for a dump or a file without
/// debug information) and the notes for the report. The file is unmapped
/// before this returns.
pub fn read(
    path: &Path,
    abi: &ElfAbi,
    args: &TypeArgs,
    headers: Option<&Path>,
) -> Result<(Option<TypeInfo>, Vec<String>), String> {
    let shown = path.display();
    let input = Input::open(path).map_err(|e| e.to_string())?;
    if input.kind() != InputKind::Elf {
        return Ok((None, Vec::new()));
    }
    let loaded =
        load_debug(path, input.bytes(), args.debug_dir.as_deref()).map_err(|e| e.to_string())?;
    let mut notes: Vec<String> = loaded
        .notes
        .iter()
        .map(|n| format!("{shown}: {n}"))
        .collect();
    let Some(data) = loaded.data else {
        return Ok((None, notes));
    };
    let exported: Vec<ExportedSymbol> = abi
        .symbols
        .iter()
        .filter(|s| {
            matches!(
                s.binding,
                SymbolBinding::Global | SymbolBinding::Weak | SymbolBinding::Unique
            )
        })
        .filter(|s| matches!(s.visibility, Visibility::Default | Visibility::Protected))
        .map(|s| ExportedSymbol {
            name: s.name.to_string(),
            is_function: matches!(
                s.kind,
                SymbolKind::Func | SymbolKind::Ifunc | SymbolKind::Notype
            ),
        })
        .collect();
    let (info, more) = read_types(&data, &exported, headers).map_err(|e| e.to_string())?;
    notes.extend(more.into_iter().map(|n| format!("{shown}: {n}")));
    Ok((Some(info), notes))
}

/// Checks that each given public header directory, and the debug
/// directory when one is given, is a directory, before any work: a mistyped
/// `--public-headers` or `--debug-dir` is a usage error (exit 2), not a
/// silently unfiltered report or a silently missing type check.
pub fn check_dirs<'a>(
    args: &TypeArgs,
    headers: impl IntoIterator<Item = Option<&'a Path>>,
) -> anyhow::Result<()> {
    for d in headers.into_iter().flatten() {
        check_dir(d, "public header directory")?;
    }
    if let Some(d) = &args.debug_dir {
        check_dir(d, "debug directory")?;
    }
    Ok(())
}

/// `DIR: what: not a directory` (or `is a FIFO, not a directory`).
fn check_dir(d: &Path, what: &str) -> anyhow::Result<()> {
    match std::fs::metadata(d) {
        Ok(m) if m.is_dir() => Ok(()),
        Ok(m) => anyhow::bail!(
            "{}: {what}: is {}, not a directory",
            d.display(),
            compat_fs::FileKind::of(&m)
        ),
        Err(_) => anyhow::bail!("{}: {what}: not a directory", d.display()),
    }
}

/// The type information carried by an ABI (read from DWARF or from a dump).
pub fn of(abi: &ElfAbi) -> Result<Option<TypeInfo>, String> {
    abi.types
        .as_ref()
        .map(|v| {
            let mut info: TypeInfo = serde_json::from_str(v.0.get())
                .map_err(|e| format!("invalid `types` in the dump: {e}"))?;
            if abi.dump_format < 3 {
                info.respell_legacy_arrays();
            }
            Ok(info)
        })
        .transpose()
}
