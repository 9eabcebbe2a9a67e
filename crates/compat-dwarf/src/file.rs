//! The type-level ABI of one input as `abi dump` and `abi diff` take it: read
//! from the DWARF of an ELF file (its own sections, a debug link, a build-id
//! file, a dwz supplement), or carried in a dump's `types`.

use std::path::Path;

use compat_elf::{ElfAbi, Input, InputKind, RawTypes, SymbolBinding, SymbolKind, Visibility};

use crate::load::load_debug;
use crate::model::TypeInfo;
use crate::read::{read_types, ExportedSymbol};

/// Types of one input, with notes for the report.
#[derive(Debug, Default)]
pub struct FileTypes {
    /// `None` for a dump or a file without debug information.
    pub info: Option<TypeInfo>,
    /// What the report should say about how they were read (a debug link
    /// that points nowhere, a missing supplementary file), each prefixed
    /// with the file.
    pub notes: Vec<String>,
}

/// Reads the type-level ABI of the ELF file `path` whose symbols are `abi`
/// (`None` for a dump or a file without debug information). `debug_dir` is
/// where separate debug files live (the default when `None`); `headers` is
/// the public header directory, if any. The file is unmapped before this
/// returns. An error is one line without the path.
pub fn read_file_types(
    path: &Path,
    abi: &ElfAbi,
    debug_dir: Option<&Path>,
    headers: Option<&Path>,
) -> Result<FileTypes, String> {
    let shown = path.display();
    let input = Input::open(path).map_err(|e| e.to_string())?;
    if input.kind() != InputKind::Elf {
        return Ok(FileTypes::default());
    }
    let loaded = load_debug(path, input.bytes(), debug_dir).map_err(|e| e.to_string())?;
    let mut notes: Vec<String> = loaded
        .notes
        .iter()
        .map(|n| format!("{shown}: {n}"))
        .collect();
    let Some(data) = loaded.data else {
        return Ok(FileTypes { info: None, notes });
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
    Ok(FileTypes {
        info: Some(info),
        notes,
    })
}

/// The type information a dump carries in its `types` (`None` when it has
/// none); dumps of format 1 and 2 spelled arrays the old way.
pub fn dump_types(abi: &ElfAbi) -> Result<Option<TypeInfo>, String> {
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

/// Reads the type-level ABI of the ELF file `path` into `abi.types`, as
/// `compat abi dump` writes it, and returns the notes (see
/// [`read_file_types`]).
pub fn attach_types(
    path: &Path,
    abi: &mut ElfAbi,
    debug_dir: Option<&Path>,
    headers: Option<&Path>,
) -> Result<Vec<String>, String> {
    let read = read_file_types(path, abi, debug_dir, headers)?;
    if let Some(info) = read.info {
        let raw = serde_json::value::to_raw_value(&info).map_err(|e| e.to_string())?;
        abi.types = Some(RawTypes(raw));
    }
    Ok(read.notes)
}
