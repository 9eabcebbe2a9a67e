//! Finding the DWARF of an ELF file.
//!
//! In order: the file's own `.debug_*` sections (compressed with
//! `SHF_COMPRESSED` or as `.zdebug_*`, both decompressed by `object`); a
//! separate debug file named by `.gnu_debuglink` (its CRC32 must match),
//! searched in the file's directory, its `.debug/` subdirectory and
//! `DEBUG_DIR/<absolute dir>/`; the build-id file
//! `DEBUG_DIR/.build-id/xx/yyyy.debug`. `DEBUG_DIR` defaults to
//! `/usr/lib/debug`.
//!
//! When that debug information was processed by `dwz -m`, its
//! `.gnu_debugaltlink` (or, with `dwz --dwarf-5`, `.debug_sup`) names a
//! supplementary file holding what several files share, with that file's
//! build id (or checksum): it is looked up as written (absolute,
//! or relative to the directory of the file holding the link), as
//! `DEBUG_DIR/.dwz/<file name>`, and as `DEBUG_DIR/.build-id/xx/yyyy.debug`;
//! its `NT_GNU_BUILD_ID` must match. It stays mapped with the debug
//! information ([`DebugData::supplementary`]).
//!
//! [`open_dwo`] reads a split DWARF object (its `.debug_*.dwo` sections,
//! every COMDAT part of each) and [`open_dwp`] a DWARF package; `read`
//! finds them from the skeleton units.
//!
//! No debug information is not an error: [`load_debug`] returns `None` and,
//! when a debug link or build id pointed to a file that is missing or does
//! not match, a note saying so. A supplementary file that is missing, not
//! ELF or of another build is a note too.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::ops::Range;
use std::path::{Component, Path, PathBuf};

use compat_elf::Input;
use object::{Object, ObjectSection};

use crate::error::DwarfError;

/// The default directory of separate debug files.
pub const DEFAULT_DEBUG_DIR: &str = "/usr/lib/debug";

/// The DWARF sections read (a split DWARF `.dwo` file has them with a
/// `.dwo` suffix: `.debug_info.dwo`).
const SECTIONS: &[&str] = &[
    ".debug_abbrev",
    ".debug_addr",
    ".debug_info",
    ".debug_line",
    ".debug_line_str",
    ".debug_loclists",
    ".debug_rnglists",
    ".debug_ranges",
    ".debug_str",
    ".debug_str_offsets",
    ".debug_types",
];

/// More sections of split DWARF files: a DWARF package's unit indexes, and
/// sections a package's units have contributions to (which must be there
/// for the index to slice them).
const SPLIT_SECTIONS: &[&str] = &[
    ".debug_cu_index",
    ".debug_tu_index",
    ".debug_loc",
    ".debug_macinfo",
    ".debug_macro",
];

/// Where the debug information was found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DebugSource {
    /// In the file itself.
    Embedded,
    /// In the file named by `.gnu_debuglink`.
    DebugLink(PathBuf),
    /// In `DEBUG_DIR/.build-id/xx/yyyy.debug`.
    BuildId(PathBuf),
    /// The dwz supplementary file named by `.gnu_debugaltlink` (see
    /// [`DebugData::supplementary`]).
    AltLink(PathBuf),
    /// A split DWARF object (`.dwo`) named by a skeleton unit.
    Dwo(PathBuf),
    /// A DWARF package (`.dwp`) next to the file.
    Dwp(PathBuf),
}

enum Backing<'a> {
    Borrowed(&'a [u8]),
    Mapped(Input),
}

impl Backing<'_> {
    fn bytes(&self) -> &[u8] {
        match self {
            Backing::Borrowed(b) => b,
            Backing::Mapped(i) => i.bytes(),
        }
    }
}

enum SectionData {
    Range(Range<usize>),
    Owned(Vec<u8>),
}

/// The DWARF sections of one file, borrowed from its bytes or from a mapped
/// separate debug file (decompressed sections are owned), with the dwz
/// supplementary file they refer to, when there is one.
pub struct DebugData<'a> {
    backing: Backing<'a>,
    /// Each section's parts: one in a linked file; a `.dwo` object file has
    /// one `.debug_info.dwo` (or `.debug_types.dwo`) per COMDAT group.
    sections: BTreeMap<&'static str, Vec<SectionData>>,
    big_endian: bool,
    /// The DWARF numbers of the registers that carry the integer and pointer
    /// arguments of a call, in order (see [`DebugData::argument_registers`]).
    argument_registers: &'static [u16],
    /// The ELF file the debug information was looked up for (split DWARF
    /// objects are also searched next to it).
    origin: PathBuf,
    sup: Option<Box<DebugData<'static>>>,
    /// Where the sections come from.
    pub source: DebugSource,
}

impl std::fmt::Debug for DebugData<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DebugData")
            .field("sections", &self.sections.keys().collect::<Vec<_>>())
            .field("big_endian", &self.big_endian)
            .field("source", &self.source)
            .field("sup", &self.sup)
            .finish()
    }
}

impl<'a> DebugData<'a> {
    /// The bytes of section `name` (`.debug_info`), empty when absent (the
    /// first part when a `.dwo` object has several).
    pub fn section(&self, name: &str) -> &[u8] {
        match self.sections.get(name).and_then(|p| p.first()) {
            Some(d) => self.part(d),
            None => &[],
        }
    }

    /// Every part of section `name`, in file order.
    pub(crate) fn section_parts(&self, name: &str) -> Vec<&[u8]> {
        match self.sections.get(name) {
            Some(parts) => parts.iter().map(|d| self.part(d)).collect(),
            None => Vec::new(),
        }
    }

    /// The bytes of every debug section read (decompressed), with the
    /// supplementary file's: the measure that bounds the work of reading.
    pub fn debug_bytes(&self) -> u64 {
        let own: u64 = self
            .sections
            .values()
            .flatten()
            .map(|d| self.part(d).len() as u64)
            .sum();
        own + self.sup.as_ref().map_or(0, |s| s.debug_bytes())
    }

    fn part<'s>(&'s self, d: &'s SectionData) -> &'s [u8] {
        match d {
            SectionData::Range(r) => self.backing.bytes().get(r.clone()).unwrap_or(&[]),
            SectionData::Owned(v) => v,
        }
    }

    /// The target is big-endian.
    pub fn big_endian(&self) -> bool {
        self.big_endian
    }

    /// The DWARF register numbers of the first integer and pointer
    /// arguments of a call in the target's C calling convention, in order
    /// (x86-64: `%rdi`, `%rsi`, `%rdx`, `%rcx`, `%r8`, `%r9`; AArch64: `x0`
    /// to `x7`; RISC-V: `a0` to `a7`); empty for other targets. Only the
    /// arguments of a call site whose earlier parameters are all integers
    /// or pointers map to them in order.
    pub fn argument_registers(&self) -> &'static [u16] {
        self.argument_registers
    }

    /// The dwz supplementary file (`.gnu_debugaltlink`) that `DW_FORM_GNU_ref_alt`,
    /// `DW_FORM_ref_sup*` and `DW_FORM_GNU_strp_alt`/`DW_FORM_strp_sup` refer to,
    /// when it was found and its build id matches.
    pub fn supplementary(&self) -> Option<&DebugData<'static>> {
        self.sup.as_deref()
    }

    /// The ELF file the debug information was looked up for.
    pub(crate) fn origin(&self) -> &Path {
        &self.origin
    }

    /// Reads the DWARF sections of an ELF image held in `bytes`; `None` when
    /// it has no `.debug_info`. The supplementary file is not looked up.
    pub fn from_elf(
        path: &Path,
        bytes: &'a [u8],
        source: DebugSource,
    ) -> Result<Option<DebugData<'a>>, DwarfError> {
        from_backing(path, Backing::Borrowed(bytes), source, false)
    }
}

/// The bytes of one section, decompressed if need be.
fn section_data(
    path: &Path,
    name: &str,
    s: &object::Section<'_, '_>,
    file_len: usize,
) -> Result<Option<SectionData>, DwarfError> {
    let compressed = s
        .compressed_file_range()
        .map_err(|e| DwarfError::Compression {
            section: name.to_owned(),
            reason: e.to_string(),
        })?;
    if compressed.format == object::CompressionFormat::None {
        // SHT_NOBITS (stripped debug file stubs) has no file data.
        return match s.file_range() {
            Some((off, size)) => {
                let start = usize::try_from(off).ok();
                let end = start.and_then(|s| s.checked_add(usize::try_from(size).ok()?));
                match (start, end) {
                    (Some(start), Some(end)) if end <= file_len => {
                        Ok(Some(SectionData::Range(start..end)))
                    }
                    _ => Err(DwarfError::Truncated {
                        path: path.into(),
                        section: name.to_owned(),
                    }),
                }
            }
            None => Ok(None),
        };
    }
    // The compression header states the size to allocate: refuse sizes the
    // section's content never reaches (see `decompressed_cap`), so a forged
    // header or a stream of zeros cannot claim gigabytes.
    if let Ok(c) = s.compressed_data() {
        let claimed = c.uncompressed_size;
        let cap = decompressed_cap(name, c.data.len() as u64);
        if claimed > cap {
            return Err(DwarfError::Compression {
                section: name.to_owned(),
                reason: format!(
                    "claims {claimed} bytes uncompressed from {} compressed bytes (at most {cap} for this section)",
                    c.data.len()
                ),
            });
        }
    }
    let data = s.uncompressed_data().map_err(|e| DwarfError::Compression {
        section: name.to_owned(),
        reason: e.to_string(),
    })?;
    Ok(Some(SectionData::Owned(data.into_owned())))
}

/// The most bytes a compressed debug section may claim uncompressed, by what
/// it holds. Real DWARF compresses 3:1 to 20:1 with zlib or zstd (string
/// tables and line programs at the top, abbreviation tables, which repeat
/// one pattern, somewhat higher); nothing real comes near the ratios below,
/// while a section of zeros does (zlib about 1000:1, zstd far more). Small
/// sections get a fixed allowance; no section exceeds 4 GiB, the reach of
/// DWARF's 32-bit offsets (compat reads DWARF64 only uncompressed beyond it).
pub fn decompressed_cap(section: &str, compressed: u64) -> u64 {
    const ALLOWANCE: u64 = 1 << 20;
    const MAX: u64 = 4 << 30;
    let ratio = match section {
        ".debug_abbrev" | ".debug_cu_index" | ".debug_tu_index" => 400,
        _ => 100,
    };
    compressed
        .saturating_mul(ratio)
        .saturating_add(ALLOWANCE)
        .min(MAX)
}

/// The name under which section `raw` is kept: `.zdebug_x` is `.debug_x`;
/// in a `.dwo` or `.dwp` file only `.debug_x.dwo` (kept as `.debug_x`)
/// and the unit indexes count.
fn wanted_section(raw: &str, dwo: bool) -> Option<&'static str> {
    let unz = match raw.strip_prefix(".zdebug_") {
        Some(rest) => Cow::Owned(format!(".debug_{rest}")),
        None => Cow::Borrowed(raw),
    };
    let base = match unz.strip_suffix(".dwo") {
        Some(b) if dwo => b,
        None if dwo && unz.ends_with("_index") => &unz,
        _ if dwo => return None,
        _ => &unz,
    };
    let split: &[&'static str] = if dwo { SPLIT_SECTIONS } else { &[] };
    SECTIONS.iter().chain(split).copied().find(|&n| n == base)
}

fn from_backing<'a>(
    path: &Path,
    backing: Backing<'a>,
    source: DebugSource,
    dwo: bool,
) -> Result<Option<DebugData<'a>>, DwarfError> {
    let (sections, big_endian, argument_registers) = {
        let file = object::File::parse(backing.bytes()).map_err(|e| DwarfError::Elf {
            path: path.into(),
            reason: e.to_string(),
        })?;
        let mut sections: BTreeMap<&'static str, Vec<SectionData>> = BTreeMap::new();
        for s in file.sections() {
            let Ok(raw) = s.name() else { continue };
            let Some(name) = wanted_section(raw, dwo) else {
                continue;
            };
            // A linked file has each section once; keep the first, as
            // `section_by_name` did. Object files (`.dwo`) have COMDAT parts.
            if !dwo && sections.contains_key(name) {
                continue;
            }
            if let Some(data) = section_data(path, raw, &s, backing.bytes().len())? {
                sections.entry(name).or_default().push(data);
            }
        }
        let argument_registers: &'static [u16] = match file.architecture() {
            object::Architecture::X86_64 | object::Architecture::X86_64_X32 => &[5, 4, 1, 2, 8, 9],
            object::Architecture::Aarch64 => &[0, 1, 2, 3, 4, 5, 6, 7],
            object::Architecture::Riscv64 => &[10, 11, 12, 13, 14, 15, 16, 17],
            _ => &[],
        };
        (sections, !file.is_little_endian(), argument_registers)
    };
    let data = DebugData {
        backing,
        sections,
        big_endian,
        argument_registers,
        origin: path.to_path_buf(),
        sup: None,
        source,
    };
    if data.section(".debug_info").is_empty() {
        return Ok(None);
    }
    Ok(Some(data))
}

/// The debug information found for a file, with notes on what was tried.
#[derive(Debug, Default)]
pub struct Loaded<'a> {
    /// The DWARF sections, or `None` when there is no debug information.
    pub data: Option<DebugData<'a>>,
    /// Why a debug link or build id did not lead to debug information.
    pub notes: Vec<String>,
}

/// Finds the DWARF for the ELF file at `path` whose bytes are `bytes`.
/// `debug_dir` replaces [`DEFAULT_DEBUG_DIR`]. When the debug information
/// was processed by `dwz -m`, its supplementary file is loaded too (see
/// [`DebugData::supplementary`]); one that is missing or does not match is
/// a note.
pub fn load_debug<'a>(
    path: &Path,
    bytes: &'a [u8],
    debug_dir: Option<&Path>,
) -> Result<Loaded<'a>, DwarfError> {
    let mut notes = Vec::new();
    let debug_dir = debug_dir.unwrap_or(Path::new(DEFAULT_DEBUG_DIR));
    let found = find_debug(path, bytes, debug_dir, &mut notes)?;
    let data = match found {
        Some(mut data) => {
            data.origin = path.to_path_buf();
            data.sup = load_sup(&data, path, debug_dir, &mut notes)?.map(Box::new);
            Some(data)
        }
        None => None,
    };
    Ok(Loaded { data, notes })
}

fn find_debug<'a>(
    path: &Path,
    bytes: &'a [u8],
    debug_dir: &Path,
    notes: &mut Vec<String>,
) -> Result<Option<DebugData<'a>>, DwarfError> {
    if let Some(data) = DebugData::from_elf(path, bytes, DebugSource::Embedded)? {
        return Ok(Some(data));
    }
    let file = object::File::parse(bytes).map_err(|e| DwarfError::Elf {
        path: path.into(),
        reason: e.to_string(),
    })?;

    if let Ok(Some((name, crc))) = file.gnu_debuglink() {
        let name = String::from_utf8_lossy(name).into_owned();
        if name.is_empty() || name.contains('/') {
            notes.push(format!(
                "ignored the .gnu_debuglink name {name:?} (not a plain file name)"
            ));
        } else {
            let dir = path.parent().unwrap_or(Path::new("."));
            let abs_dir = absolute(dir);
            let mut candidates = vec![dir.join(&name), dir.join(".debug").join(&name)];
            let rel = abs_dir.strip_prefix("/").unwrap_or(&abs_dir);
            candidates.push(debug_dir.join(rel).join(&name));
            let mut found = None;
            for c in &candidates {
                if !c.is_file() || same_file(c, path) {
                    continue;
                }
                let input = open(c)?;
                let actual = crc32(input.bytes());
                if actual != crc {
                    notes.push(format!(
                        "{}: CRC32 {actual:08x} does not match the .gnu_debuglink CRC {crc:08x}; ignored",
                        c.display()
                    ));
                    continue;
                }
                found = Some((c.clone(), input));
                break;
            }
            match found {
                Some((c, input)) => {
                    if let Some(data) = from_backing(
                        &c,
                        Backing::Mapped(input),
                        DebugSource::DebugLink(c.clone()),
                        false,
                    )? {
                        return Ok(Some(data));
                    }
                    notes.push(format!(
                        "{}: the debug link target has no .debug_info",
                        c.display()
                    ));
                }
                None => {
                    let tried: Vec<String> =
                        candidates.iter().map(|c| c.display().to_string()).collect();
                    notes.push(format!(
                        ".gnu_debuglink names {name}, but no matching file was found (tried {})",
                        tried.join(", ")
                    ));
                }
            }
        }
    }

    if let Ok(Some(id)) = file.build_id() {
        if let Some(p) = build_id_path(debug_dir, id) {
            if p.is_file() {
                let input = open(&p)?;
                // The file at the build id's path must carry that build id
                // (a stale or misplaced debug file describes another build).
                // One that is not readable ELF is an error below.
                if let Ok(f) = object::File::parse(input.bytes()) {
                    let own = f.build_id().ok().flatten();
                    if own != Some(id) {
                        notes.push(format!(
                            "{}: build id {} does not match the build id {} of the file; ignored",
                            p.display(),
                            own.map(hex).as_deref().unwrap_or("(none)"),
                            hex(id)
                        ));
                        return Ok(None);
                    }
                }
                if let Some(data) = from_backing(
                    &p,
                    Backing::Mapped(input),
                    DebugSource::BuildId(p.clone()),
                    false,
                )? {
                    return Ok(Some(data));
                }
                notes.push(format!(
                    "{}: the build-id debug file has no .debug_info",
                    p.display()
                ));
            }
        }
    }
    Ok(None)
}

/// `DEBUG_DIR/.build-id/xx/yyyy.debug` for build id `id` (at least 2 bytes).
fn build_id_path(debug_dir: &Path, id: &[u8]) -> Option<PathBuf> {
    if id.len() < 2 {
        return None;
    }
    let hex = hex(id);
    Some(
        debug_dir
            .join(".build-id")
            .join(&hex[..2])
            .join(format!("{}.debug", &hex[2..])),
    )
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn open(p: &Path) -> Result<Input, DwarfError> {
    Input::open(p).map_err(|e| DwarfError::Io {
        path: p.to_path_buf(),
        reason: e.to_string(),
    })
}

/// A link to a supplementary file: `.gnu_debugaltlink` (GNU, dwz) or
/// `.debug_sup` (DWARF 5, `dwz --dwarf-5`).
struct SupLink {
    /// `.gnu_debugaltlink` or `.debug_sup`.
    section: &'static str,
    name: PathBuf,
    /// The build id (GNU) or checksum (DWARF 5) of the supplementary file.
    id: Vec<u8>,
}

/// The supplementary file link of `file`, if any.
fn sup_link(file: &object::File<'_>) -> Option<SupLink> {
    if let Ok(Some((name, id))) = file.gnu_debugaltlink() {
        return Some(SupLink {
            section: ".gnu_debugaltlink",
            name: PathBuf::from(String::from_utf8_lossy(name).into_owned()),
            id: id.to_vec(),
        });
    }
    let (name, id, is_sup) = debug_sup(file)?;
    (!is_sup).then(|| SupLink {
        section: ".debug_sup",
        name: PathBuf::from(String::from_utf8_lossy(name).into_owned()),
        id: id.to_vec(),
    })
}

/// The `.debug_sup` section of `file`: (file name, checksum, this is the
/// supplementary file). Version 5: `u16 version, u8 is_supplementary,
/// NUL-terminated file name, ULEB128 checksum length, checksum`.
fn debug_sup<'f>(file: &object::File<'f>) -> Option<(&'f [u8], &'f [u8], bool)> {
    let data = file.section_by_name(".debug_sup")?.data().ok()?;
    let version = u16::from_le_bytes([*data.first()?, *data.get(1)?]);
    let version_be = u16::from_be_bytes([*data.first()?, *data.get(1)?]);
    if version != 5 && version_be != 5 {
        return None;
    }
    let is_sup = *data.get(2)? != 0;
    let rest = data.get(3..)?;
    let nul = rest.iter().position(|&b| b == 0)?;
    let name = &rest[..nul];
    let mut rest = rest.get(nul + 1..)?;
    let mut len: u64 = 0;
    let mut shift = 0;
    loop {
        let (&b, tail) = rest.split_first()?;
        rest = tail;
        if shift >= 64 {
            return None;
        }
        len |= u64::from(b & 0x7f) << shift;
        shift += 7;
        if b & 0x80 == 0 {
            break;
        }
    }
    let id = rest.get(..usize::try_from(len).ok()?)?;
    Some((name, id, is_sup))
}

/// The dwz supplementary file named by the `.gnu_debugaltlink` (or DWARF 5
/// `.debug_sup`) of the file `data` was read from: the name as written
/// (absolute, or relative to the directory of the file holding the link),
/// `DEBUG_DIR/.dwz/<file name>`, and `DEBUG_DIR/.build-id/xx/yyyy.debug` by
/// the build id the link carries, which the file's `NT_GNU_BUILD_ID` (or
/// the checksum of its own `.debug_sup`) must match.
fn load_sup(
    data: &DebugData<'_>,
    path: &Path,
    debug_dir: &Path,
    notes: &mut Vec<String>,
) -> Result<Option<DebugData<'static>>, DwarfError> {
    let holder: &Path = match &data.source {
        DebugSource::DebugLink(p) | DebugSource::BuildId(p) => p,
        _ => path,
    };
    let Ok(file) = object::File::parse(data.backing.bytes()) else {
        return Ok(None);
    };
    let Some(SupLink { section, name, id }) = sup_link(&file) else {
        return Ok(None);
    };
    let id_hex = hex(&id);
    // The file holding the link, when it is not the file itself.
    let shown = if holder == path {
        String::new()
    } else {
        format!("{}: ", holder.display())
    };
    let mut candidates = Vec::new();
    if !name.as_os_str().is_empty() {
        candidates.push(holder.parent().unwrap_or(Path::new(".")).join(&name));
        if let Some(base) = name.file_name() {
            candidates.push(debug_dir.join(".dwz").join(base));
        }
    }
    candidates.extend(build_id_path(debug_dir, &id));
    let mut seen = Vec::new();
    for c in &candidates {
        if seen.contains(&c) || !c.is_file() {
            continue;
        }
        seen.push(c);
        let input = match Input::open(c) {
            Ok(i) => i,
            Err(e) => {
                notes.push(format!(
                    "{}: cannot read the supplementary file: {e}; ignored",
                    c.display()
                ));
                continue;
            }
        };
        let actual = match object::File::parse(input.bytes()) {
            Ok(f) => match f.build_id() {
                Ok(Some(b)) => Some(hex(b)),
                _ => debug_sup(&f).map(|(_, sum, _)| hex(sum)),
            },
            Err(e) => {
                notes.push(format!(
                    "{}: the supplementary file is not a readable ELF file ({e}); ignored",
                    c.display()
                ));
                continue;
            }
        };
        if !id.is_empty() && actual.as_deref() != Some(id_hex.as_str()) {
            notes.push(format!(
                "{}: build id {} does not match the {section} build id {id_hex}; ignored",
                c.display(),
                actual.as_deref().unwrap_or("(none)"),
            ));
            continue;
        }
        match from_backing(
            c,
            Backing::Mapped(input),
            DebugSource::AltLink(c.clone()),
            false,
        )? {
            Some(sup) => return Ok(Some(sup)),
            None => notes.push(format!(
                "{}: the supplementary file has no .debug_info; ignored",
                c.display()
            )),
        }
    }
    let mut tried: Vec<String> = Vec::new();
    for c in &candidates {
        let c = c.display().to_string();
        if !tried.contains(&c) {
            tried.push(c);
        }
    }
    notes.push(format!(
        "{shown}{section} names the supplementary file {} (build id {id_hex}), but no matching file was found (tried {}); references into it are spelled <unresolved>",
        name.display(),
        tried.join(", ")
    ));
    Ok(None)
}

/// Opens the split DWARF object `path`: its `.debug_*.dwo` sections. Errors
/// are returned as text for a note (a missing or unreadable `.dwo` file is
/// not fatal: its functions are compared at symbol level).
pub(crate) fn open_dwo(path: &Path) -> Result<DebugData<'static>, String> {
    open_split(path, DebugSource::Dwo(path.into()))
}

/// Opens the DWARF package `path` (`.debug_*.dwo` sections and the
/// `.debug_cu_index` and `.debug_tu_index` that slice them per unit).
pub(crate) fn open_dwp(path: &Path) -> Result<DebugData<'static>, String> {
    open_split(path, DebugSource::Dwp(path.into()))
}

fn open_split(path: &Path, source: DebugSource) -> Result<DebugData<'static>, String> {
    let input = Input::open(path).map_err(|e| e.to_string())?;
    match from_backing(path, Backing::Mapped(input), source, true) {
        Ok(Some(d)) => Ok(d),
        Ok(None) => Err("no .debug_info.dwo section".into()),
        Err(e) => Err(e.to_string()),
    }
}

fn same_file(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}

/// `p` made absolute against the current directory and normalized lexically.
pub(crate) fn absolute(p: &Path) -> PathBuf {
    let joined: Cow<'_, Path> = if p.is_absolute() {
        Cow::Borrowed(p)
    } else {
        match std::env::current_dir() {
            Ok(cwd) => Cow::Owned(cwd.join(p)),
            Err(_) => Cow::Borrowed(p),
        }
    };
    normalize(&joined)
}

/// Removes `.` and resolves `..` lexically.
pub(crate) fn normalize(p: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in p.components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            other => out.push(other.as_os_str()),
        }
    }
    out
}

/// CRC-32 (IEEE 802.3, as zlib and `.gnu_debuglink` compute it).
pub fn crc32(data: &[u8]) -> u32 {
    static TABLE: std::sync::OnceLock<[u32; 256]> = std::sync::OnceLock::new();
    let table = TABLE.get_or_init(|| {
        let mut t = [0u32; 256];
        for (i, e) in t.iter_mut().enumerate() {
            let mut c = i as u32;
            for _ in 0..8 {
                c = if c & 1 != 0 {
                    0xedb8_8320 ^ (c >> 1)
                } else {
                    c >> 1
                };
            }
            *e = c;
        }
        t
    });
    let mut crc = !0u32;
    for &b in data {
        crc = table[((crc ^ b as u32) & 0xff) as usize] ^ (crc >> 8);
    }
    !crc
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crc32_matches_the_standard_check_value() {
        assert_eq!(crc32(b"123456789"), 0xcbf4_3926);
        assert_eq!(crc32(b""), 0);
    }
}
