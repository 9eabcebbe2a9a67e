//! Opening inputs: memory-mapped files that are ELF images or compat dumps.

use std::path::{Path, PathBuf};

use crate::error::ElfError;
use crate::model::{ElfAbi, DUMP_FORMAT_VERSION, OLDEST_DUMP_FORMAT};
use crate::read::{parse_elf, ReadOptions};

/// What an input file holds, judged by its first bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputKind {
    /// Starts with the ELF magic.
    Elf,
    /// Starts with `{` (after white space): a compat dump.
    Dump,
    /// Anything else.
    Other,
}

/// A memory-mapped input file.
pub struct Input {
    path: PathBuf,
    map: compat_fs::Mapped,
}

impl Input {
    /// Opens and maps `path`. Empty files are mapped as an empty slice.
    pub fn open(path: &Path) -> Result<Input, ElfError> {
        // Regular files only (a FIFO or `/dev/zero` is refused by name), no
        // larger than any real ELF file or dump.
        let map = compat_fs::map(path, compat_fs::Limit::Elf).map_err(ElfError::Fs)?;
        Ok(Input {
            path: path.into(),
            map,
        })
    }

    /// The file's bytes.
    pub fn bytes(&self) -> &[u8] {
        self.map.bytes()
    }

    /// The path it was opened from.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The file's GNU build id (the description of its `NT_GNU_BUILD_ID`
    /// note), when it is an ELF file that has one. Found as `object` finds
    /// it: in the note sections, or in the note segments of a file without
    /// section headers. Cheap: only the headers and the notes are read.
    pub fn build_id(&self) -> Option<&[u8]> {
        build_id(self.bytes())
    }

    /// What the file holds.
    pub fn kind(&self) -> InputKind {
        kind_of(self.bytes())
    }

    /// Parses the file as ELF.
    pub fn parse_elf(&self, opts: ReadOptions) -> Result<ElfAbi, ElfError> {
        if self.bytes().is_empty() {
            return Err(ElfError::Empty {
                path: self.path.clone(),
            });
        }
        parse_elf(&self.path, self.bytes(), opts)
    }
}

/// What `bytes` hold, by their first bytes.
pub fn kind_of(bytes: &[u8]) -> InputKind {
    if bytes.starts_with(b"\x7fELF") {
        InputKind::Elf
    } else if bytes.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'{') {
        InputKind::Dump
    } else {
        InputKind::Other
    }
}

/// Loads the ABI of `path`, which is an ELF file or a dump written by `compat abi dump`.
pub fn load_abi(path: &Path, opts: ReadOptions) -> Result<ElfAbi, ElfError> {
    let input = Input::open(path)?;
    match input.kind() {
        InputKind::Elf => input.parse_elf(opts),
        InputKind::Dump => {
            let abi: ElfAbi =
                serde_json::from_slice(input.bytes()).map_err(|e| ElfError::BadDump {
                    path: path.into(),
                    reason: e.to_string(),
                })?;
            if !(OLDEST_DUMP_FORMAT..=DUMP_FORMAT_VERSION).contains(&abi.dump_format) {
                return Err(ElfError::BadDump {
                    path: path.into(),
                    reason: format!(
                        "dump format {} is not supported (this compat reads formats {OLDEST_DUMP_FORMAT} to {DUMP_FORMAT_VERSION})",
                        abi.dump_format
                    ),
                });
            }
            Ok(abi)
        }
        InputKind::Other if input.bytes().is_empty() => Err(ElfError::Empty { path: path.into() }),
        InputKind::Other => Err(ElfError::NotElf { path: path.into() }),
    }
}

/// The description of the first `NT_GNU_BUILD_ID` note of the ELF image
/// `data` (see [`Input::build_id`]).
pub fn build_id(data: &[u8]) -> Option<&[u8]> {
    use object::elf::{FileHeader32, FileHeader64};
    match object::FileKind::parse(data).ok()? {
        object::FileKind::Elf32 => notes_build_id::<FileHeader32<object::Endianness>>(data),
        object::FileKind::Elf64 => notes_build_id::<FileHeader64<object::Endianness>>(data),
        _ => None,
    }
}

fn notes_build_id<Elf: object::read::elf::FileHeader<Endian = object::Endianness>>(
    data: &[u8],
) -> Option<&[u8]> {
    use object::read::elf::{NoteIterator, ProgramHeader, SectionHeader};
    fn find<'d, Elf: object::read::elf::FileHeader>(
        endian: Elf::Endian,
        notes: Option<NoteIterator<'d, Elf>>,
    ) -> Option<&'d [u8]> {
        let mut notes = notes?;
        while let Ok(Some(note)) = notes.next() {
            if note.name() == object::elf::ELF_NOTE_GNU
                && note.n_type(endian) == object::elf::NT_GNU_BUILD_ID
            {
                return Some(note.desc());
            }
        }
        None
    }
    let header = Elf::parse(data).ok()?;
    let endian = header.endian().ok()?;
    let sections = header.sections(endian, data).ok()?;
    if !sections.is_empty() {
        return sections
            .iter()
            .find_map(|s| find::<Elf>(endian, s.notes(endian, data).ok()?));
    }
    header
        .program_headers(endian, data)
        .ok()?
        .iter()
        .find_map(|p| find::<Elf>(endian, p.notes(endian, data).ok()?))
}
