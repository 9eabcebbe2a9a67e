//! The type-level ABI of one input as `abi dump` and `abi diff` take it: read
//! from the DWARF of an ELF file (its own sections, a debug link, a build-id
//! file, a dwz supplement), or carried in a dump's `types`.

use std::path::Path;

use compat_elf::{ElfAbi, Input, InputKind, RawTypes, SymbolBinding, SymbolKind, Visibility};

use crate::error::DwarfError;
use crate::load::load_debug;
use crate::model::TypeInfo;
use crate::read::{read_types, ExportedSymbol};

/// Why the types of an input could not be read.
#[derive(Debug, thiserror::Error)]
pub enum FileTypesError {
    /// The input could not be opened or is not an ELF file or dump.
    #[error("{0}")]
    Input(#[from] compat_elf::ElfError),
    /// Its debug information could not be found, decompressed or read.
    #[error("{0}")]
    Dwarf(#[from] DwarfError),
    /// A dump's `types` is not what `compat abi dump` writes.
    #[error("invalid `types` in the dump: {0}")]
    DumpTypes(serde_json::Error),
    /// The types could not be written into a dump.
    #[error("cannot write the types: {0}")]
    Write(serde_json::Error),
}

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
/// returns.
pub fn read_file_types(
    path: &Path,
    abi: &ElfAbi,
    debug_dir: Option<&Path>,
    headers: Option<&Path>,
) -> Result<FileTypes, FileTypesError> {
    let shown = path.display();
    let input = Input::open(path)?;
    if input.kind() != InputKind::Elf {
        return Ok(FileTypes::default());
    }
    let loaded = load_debug(path, input.bytes(), debug_dir)?;
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
    let (info, more) = read_types(&data, &exported, headers)?;
    notes.extend(more.into_iter().map(|n| format!("{shown}: {n}")));
    Ok(FileTypes {
        info: Some(info),
        notes,
    })
}

/// The type information a dump carries in its `types` (`None` when it has
/// none); dumps of format 1 and 2 spelled arrays the old way.
pub fn dump_types(abi: &ElfAbi) -> Result<Option<TypeInfo>, FileTypesError> {
    abi.types
        .as_ref()
        .map(|v| {
            let mut info: TypeInfo =
                serde_json::from_str(v.0.get()).map_err(FileTypesError::DumpTypes)?;
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
) -> Result<Vec<String>, FileTypesError> {
    let read = read_file_types(path, abi, debug_dir, headers)?;
    if let Some(info) = read.info {
        let raw = serde_json::value::to_raw_value(&info).map_err(FileTypesError::Write)?;
        abi.types = Some(RawTypes(raw));
    }
    Ok(read.notes)
}
