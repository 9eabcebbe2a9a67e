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
//! No debug information is not an error: [`load_debug`] returns `None` and,
//! when a debug link or build id pointed to a file that is missing or does
//! not match, a note saying so.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::ops::Range;
use std::path::{Component, Path, PathBuf};

use compat_elf::Input;
use object::{Object, ObjectSection};

use crate::error::DwarfError;

/// The default directory of separate debug files.
pub const DEFAULT_DEBUG_DIR: &str = "/usr/lib/debug";

/// The DWARF sections read (without the leading `.`).
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

/// Where the debug information was found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DebugSource {
    /// In the file itself.
    Embedded,
    /// In the file named by `.gnu_debuglink`.
    DebugLink(PathBuf),
    /// In `DEBUG_DIR/.build-id/xx/yyyy.debug`.
    BuildId(PathBuf),
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
/// separate debug file (decompressed sections are owned).
pub struct DebugData<'a> {
    backing: Backing<'a>,
    sections: BTreeMap<&'static str, SectionData>,
    big_endian: bool,
    /// Where the sections come from.
    pub source: DebugSource,
}

impl std::fmt::Debug for DebugData<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DebugData")
            .field("sections", &self.sections.keys().collect::<Vec<_>>())
            .field("big_endian", &self.big_endian)
            .field("source", &self.source)
            .finish()
    }
}

impl<'a> DebugData<'a> {
    /// The bytes of section `name` (`.debug_info`), empty when absent.
    pub fn section(&self, name: &str) -> &[u8] {
        match self.sections.get(name) {
            Some(SectionData::Range(r)) => self.backing.bytes().get(r.clone()).unwrap_or(&[]),
            Some(SectionData::Owned(v)) => v,
            None => &[],
        }
    }

    /// The target is big-endian.
    pub fn big_endian(&self) -> bool {
        self.big_endian
    }

    /// Reads the DWARF sections of an ELF image held in `bytes`; `None` when
    /// it has no `.debug_info`.
    pub fn from_elf(
        path: &Path,
        bytes: &'a [u8],
        source: DebugSource,
    ) -> Result<Option<DebugData<'a>>, DwarfError> {
        from_backing(path, Backing::Borrowed(bytes), source)
    }
}

fn from_backing<'a>(
    path: &Path,
    backing: Backing<'a>,
    source: DebugSource,
) -> Result<Option<DebugData<'a>>, DwarfError> {
    let (sections, big_endian) = {
        let file = object::File::parse(backing.bytes()).map_err(|e| DwarfError::Elf {
            path: path.into(),
            reason: e.to_string(),
        })?;
        let mut sections = BTreeMap::new();
        for &name in SECTIONS {
            // `section_by_name` also finds `.zdebug_*`.
            let Some(s) = file.section_by_name(name) else {
                continue;
            };
            let compressed = s
                .compressed_file_range()
                .map_err(|e| DwarfError::Compression {
                    section: name.to_owned(),
                    reason: e.to_string(),
                })?;
            let data = if compressed.format == object::CompressionFormat::None {
                // SHT_NOBITS (stripped debug file stubs) has no file data.
                match s.file_range() {
                    Some((off, size)) => {
                        let start = usize::try_from(off).ok();
                        let end = start.and_then(|s| s.checked_add(usize::try_from(size).ok()?));
                        match (start, end) {
                            (Some(start), Some(end)) if end <= backing.bytes().len() => {
                                SectionData::Range(start..end)
                            }
                            _ => {
                                return Err(DwarfError::Truncated {
                                    path: path.into(),
                                    section: name.to_owned(),
                                })
                            }
                        }
                    }
                    None => continue,
                }
            } else {
                // The compression header states the size to allocate: refuse
                // sizes no real compressor produces (zlib and zstd stay far
                // below 2000:1), so a forged header cannot claim gigabytes.
                if let Ok(c) = s.compressed_data() {
                    let claimed = c.uncompressed_size;
                    let limit = (c.data.len() as u64)
                        .saturating_mul(2000)
                        .saturating_add(1 << 16);
                    if claimed > limit {
                        return Err(DwarfError::Compression {
                            section: name.to_owned(),
                            reason: format!(
                                "claims {claimed} bytes uncompressed from {} compressed bytes",
                                c.data.len()
                            ),
                        });
                    }
                }
                let data = s.uncompressed_data().map_err(|e| DwarfError::Compression {
                    section: name.to_owned(),
                    reason: e.to_string(),
                })?;
                SectionData::Owned(data.into_owned())
            };
            sections.insert(name, data);
        }
        (sections, !file.is_little_endian())
    };
    let has_info = match sections.get(".debug_info") {
        Some(SectionData::Range(r)) => !r.is_empty(),
        Some(SectionData::Owned(v)) => !v.is_empty(),
        None => false,
    };
    if !has_info {
        return Ok(None);
    }
    Ok(Some(DebugData {
        backing,
        sections,
        big_endian,
        source,
    }))
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
/// `debug_dir` replaces [`DEFAULT_DEBUG_DIR`].
pub fn load_debug<'a>(
    path: &Path,
    bytes: &'a [u8],
    debug_dir: Option<&Path>,
) -> Result<Loaded<'a>, DwarfError> {
    let mut notes = Vec::new();
    if let Some(data) = DebugData::from_elf(path, bytes, DebugSource::Embedded)? {
        return Ok(Loaded {
            data: Some(data),
            notes,
        });
    }
    let file = object::File::parse(bytes).map_err(|e| DwarfError::Elf {
        path: path.into(),
        reason: e.to_string(),
    })?;
    let debug_dir = debug_dir.unwrap_or(Path::new(DEFAULT_DEBUG_DIR));

    if let Ok(Some((name, crc))) = file.gnu_debuglink() {
        let name = String::from_utf8_lossy(name).into_owned();
        if name.is_empty() || name.contains('/') {
            notes.push(format!(
                "{}: ignored the .gnu_debuglink name {name:?} (not a plain file name)",
                path.display()
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
                let input = Input::open(c).map_err(|e| DwarfError::Io {
                    path: c.clone(),
                    reason: e.to_string(),
                })?;
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
                    )? {
                        return Ok(Loaded {
                            data: Some(data),
                            notes,
                        });
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
                        "{}: .gnu_debuglink names {name}, but no matching file was found (tried {})",
                        path.display(),
                        tried.join(", ")
                    ));
                }
            }
        }
    }

    if let Ok(Some(id)) = file.build_id() {
        if id.len() >= 2 {
            let hex: String = id.iter().map(|b| format!("{b:02x}")).collect();
            let p = debug_dir
                .join(".build-id")
                .join(&hex[..2])
                .join(format!("{}.debug", &hex[2..]));
            if p.is_file() {
                let input = Input::open(&p).map_err(|e| DwarfError::Io {
                    path: p.clone(),
                    reason: e.to_string(),
                })?;
                if let Some(data) =
                    from_backing(&p, Backing::Mapped(input), DebugSource::BuildId(p.clone()))?
                {
                    return Ok(Loaded {
                        data: Some(data),
                        notes,
                    });
                }
                notes.push(format!(
                    "{}: the build-id debug file has no .debug_info",
                    p.display()
                ));
            }
        }
    }
    Ok(Loaded { data: None, notes })
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
