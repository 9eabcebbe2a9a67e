//! The dynamic ABI of one ELF file as plain, serializable data.
//!
//! This is the `compat abi dump` format. Its invariants:
//! - deterministic: the same input gives byte-identical JSON;
//! - `symbols` and `undefined` are sorted by (name, version, hidden);
//! - `needed`, `rpath` and `runpath` keep the file's order, since the loader's
//!   search order depends on it;
//! - fields with `#[serde(skip)]` are loader facts that are not part of the
//!   ABI (raw indices) and are absent from dumps.

use std::sync::Arc;

use serde::{Deserialize, Serialize};

/// Version of the dump format. Bump it when a field is added, removed or renamed.
pub const DUMP_FORMAT_VERSION: u32 = 3;

/// The oldest dump format this version still reads (1 had no `types`; 2 had
/// no `types.decl_files` and spelled multi-dimensional arrays innermost first).
pub const OLDEST_DUMP_FORMAT: u32 = 1;

/// ELF class.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ElfClass {
    /// 32-bit.
    Elf32,
    /// 64-bit.
    Elf64,
}

/// Byte order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Endian {
    /// Little-endian.
    Little,
    /// Big-endian.
    Big,
}

/// What kind of ELF file this is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum FileKind {
    /// ET_EXEC: a position-dependent executable.
    Executable,
    /// ET_DYN with an interpreter or DF_1_PIE: a position-independent executable.
    Pie,
    /// ET_DYN without an interpreter: a shared object.
    SharedObject,
    /// ET_REL: an object file.
    Relocatable,
    /// ET_CORE: a core dump.
    Core,
    /// Anything else.
    Other,
}

/// A symbol's type (STT_*).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SymbolKind {
    /// STT_NOTYPE.
    Notype,
    /// STT_OBJECT: data.
    Object,
    /// STT_FUNC: code.
    Func,
    /// STT_SECTION.
    Section,
    /// STT_FILE.
    File,
    /// STT_COMMON.
    Common,
    /// STT_TLS: thread-local data.
    Tls,
    /// STT_GNU_IFUNC: an indirect function resolved at load time.
    Ifunc,
    /// Any other value.
    Other,
}

impl SymbolKind {
    /// Lower-case name.
    pub fn as_str(self) -> &'static str {
        match self {
            SymbolKind::Notype => "notype",
            SymbolKind::Object => "object",
            SymbolKind::Func => "func",
            SymbolKind::Section => "section",
            SymbolKind::File => "file",
            SymbolKind::Common => "common",
            SymbolKind::Tls => "tls",
            SymbolKind::Ifunc => "ifunc",
            SymbolKind::Other => "other",
        }
    }

    /// True for kinds whose size consumers compile in (data objects).
    pub fn is_data(self) -> bool {
        matches!(
            self,
            SymbolKind::Object | SymbolKind::Tls | SymbolKind::Common
        )
    }
}

/// A symbol's binding (STB_*).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SymbolBinding {
    /// STB_LOCAL.
    Local,
    /// STB_GLOBAL.
    Global,
    /// STB_WEAK.
    Weak,
    /// STB_GNU_UNIQUE: one definition process-wide.
    Unique,
    /// Any other value.
    Other,
}

impl SymbolBinding {
    /// Lower-case name.
    pub fn as_str(self) -> &'static str {
        match self {
            SymbolBinding::Local => "local",
            SymbolBinding::Global => "global",
            SymbolBinding::Weak => "weak",
            SymbolBinding::Unique => "unique",
            SymbolBinding::Other => "other",
        }
    }
}

/// A symbol's visibility (STV_*).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Visibility {
    /// STV_DEFAULT.
    Default,
    /// STV_INTERNAL.
    Internal,
    /// STV_HIDDEN.
    Hidden,
    /// STV_PROTECTED.
    Protected,
}

impl Visibility {
    /// Lower-case name.
    pub fn as_str(self) -> &'static str {
        match self {
            Visibility::Default => "default",
            Visibility::Internal => "internal",
            Visibility::Hidden => "hidden",
            Visibility::Protected => "protected",
        }
    }
}

/// One entry of `.gnu.version_d`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct VersionDef {
    /// The version index symbols refer to (1 is the BASE entry).
    pub index: u16,
    /// The version name (for the BASE entry: the file's own name).
    pub name: String,
    /// `BASE`, `WEAK`, `INFO` as set.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub flags: Vec<String>,
    /// Predecessor versions (the names after the first Verdaux).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub parents: Vec<String>,
    /// ELF hash of the name, as ld.so compares it.
    #[serde(skip)]
    pub hash: u32,
}

impl VersionDef {
    /// True for the BASE entry, which names the file rather than a version.
    pub fn is_base(&self) -> bool {
        self.flags.iter().any(|f| f == "BASE")
    }
}

/// One version needed from a dependency (a `Vernaux` entry).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NeededVersion {
    /// The version name.
    pub name: String,
    /// The index undefined symbols refer to.
    pub index: u16,
    /// `WEAK` when a missing version is not fatal.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub flags: Vec<String>,
    /// ELF hash of the name.
    #[serde(skip)]
    pub hash: u32,
}

impl NeededVersion {
    /// True when the need is weak (VER_FLG_WEAK).
    pub fn is_weak(&self) -> bool {
        self.flags.iter().any(|f| f == "WEAK")
    }
}

/// One `Verneed` entry: the versions needed from one file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct VersionNeed {
    /// The file (a NEEDED name) that must define the versions.
    pub file: String,
    /// The versions.
    pub versions: Vec<NeededVersion>,
}

/// A defined dynamic symbol.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Symbol {
    /// The name as in the symbol table.
    pub name: Arc<str>,
    /// Demangled C++ or Rust name, when it demangles.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub demangled: Option<Arc<str>>,
    /// The version, when the file has version definitions and the symbol is versioned
    /// (shared: thousands of symbols carry the same few versions).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<Arc<str>>,
    /// `NAME@V` (true: hidden, not the default for new links) versus `NAME@@V`.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub hidden: bool,
    /// Type.
    pub kind: SymbolKind,
    /// Binding.
    pub binding: SymbolBinding,
    /// Visibility.
    pub visibility: Visibility,
    /// `st_size`.
    pub size: u64,
    /// Relocation types in this file that reference the symbol (COPY, GLOB_DAT, ...).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub relocations: Vec<String>,
    /// Raw version index (without the hidden bit), 0 when unversioned.
    #[serde(skip)]
    pub version_index: u16,
    /// `st_value == 0`: ld.so skips such definitions (except TLS).
    #[serde(skip)]
    pub value_is_zero: bool,
    /// Referenced by a COPY relocation in this file.
    #[serde(skip)]
    pub copy_relocated: bool,
}

/// An undefined dynamic symbol: a reference to be bound at load time.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UndefinedSymbol {
    /// The name.
    pub name: Arc<str>,
    /// Demangled C++ or Rust name, when it demangles.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub demangled: Option<Arc<str>>,
    /// The required version.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<Arc<str>>,
    /// The file the version is needed from (from `.gnu.version_r`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version_file: Option<Arc<str>>,
    /// The reference is weak: it may stay unresolved.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub weak: bool,
    /// Type, as the reference declares it.
    pub kind: SymbolKind,
    /// Relocation types that reference it (JUMP_SLOT, GLOB_DAT, ...). Empty: ld.so never looks it up.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub relocations: Vec<String>,
    /// The version need is hidden (ld.so then accepts only that exact version).
    #[serde(skip)]
    pub version_hidden: bool,
    /// ELF hash of the version name.
    #[serde(skip)]
    pub version_hash: u32,
}

/// JSON of the type information, kept verbatim (compat-dwarf reads and writes it;
/// its numbers may exceed 64 bits, which `serde_json::Value` cannot hold).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(transparent)]
pub struct RawTypes(pub Box<serde_json::value::RawValue>);

impl PartialEq for RawTypes {
    fn eq(&self, other: &RawTypes) -> bool {
        self.0.get() == other.0.get()
    }
}

impl Eq for RawTypes {}

/// The dynamic ABI of one ELF file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ElfAbi {
    /// Dump format version ([`DUMP_FORMAT_VERSION`]).
    pub dump_format: u32,
    /// The file name the ABI was read from (no directory).
    pub file: String,
    /// ELF class.
    pub class: ElfClass,
    /// Byte order.
    pub endian: Endian,
    /// Machine name (`x86_64`, `aarch64`, ...) or `EM_<number>`.
    pub machine: String,
    /// Raw `e_machine`.
    pub e_machine: u16,
    /// OS ABI name (`SYSV`, `GNU`, ...).
    pub os_abi: String,
    /// File kind.
    pub file_type: FileKind,
    /// DT_SONAME.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub soname: Option<String>,
    /// DT_NEEDED entries, in file order.
    #[serde(default)]
    pub needed: Vec<String>,
    /// DT_RPATH entries, split at `:`, in order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rpath: Vec<String>,
    /// DT_RUNPATH entries, split at `:`, in order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub runpath: Vec<String>,
    /// PT_INTERP.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interpreter: Option<String>,
    /// Dynamic flags that change loading (`NODEFLIB`, `SYMBOLIC`, `NOW`, `PIE`, ...).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub dynamic_flags: Vec<String>,
    /// `.gnu.version_d`, by index.
    #[serde(default)]
    pub version_definitions: Vec<VersionDef>,
    /// `.gnu.version_r`, in file order.
    #[serde(default)]
    pub version_needs: Vec<VersionNeed>,
    /// Type-level ABI from DWARF (compat-dwarf's `TypeInfo`), when the file
    /// has debug information. Kept as JSON here so that this crate does not
    /// depend on the DWARF reader; `compat-dwarf` owns its shape.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub types: Option<RawTypes>,
    /// Defined dynamic symbols, sorted.
    #[serde(default)]
    pub symbols: Vec<Symbol>,
    /// Undefined dynamic symbols, sorted.
    #[serde(default)]
    pub undefined: Vec<UndefinedSymbol>,
    /// The file has a `.gnu.version` table (ld.so then checks versions of definitions).
    #[serde(skip)]
    pub has_versym: bool,
    /// The file has a dynamic section (a static executable has none).
    #[serde(skip)]
    pub is_dynamic: bool,
}

impl ElfAbi {
    /// True when the dynamic section carries this flag (see [`ElfAbi::dynamic_flags`]).
    pub fn has_flag(&self, flag: &str) -> bool {
        self.dynamic_flags.iter().any(|f| f == flag)
    }

    /// The name other objects use for this one: SONAME, else the file name.
    pub fn display_name(&self) -> &str {
        self.soname.as_deref().unwrap_or(&self.file)
    }

    /// The defined version names (without the BASE entry).
    pub fn defined_versions(&self) -> impl Iterator<Item = &VersionDef> {
        self.version_definitions.iter().filter(|v| !v.is_base())
    }

    /// Serializes as a dump (see [`ElfAbi::write_dump`]) into a string.
    pub fn to_dump_json(&self) -> String {
        let mut out = Vec::new();
        self.write_dump(&mut out)
            .expect("writing to memory cannot fail");
        String::from_utf8(out).expect("JSON is UTF-8")
    }

    /// Writes the dump: pretty JSON with a trailing newline, except that each
    /// symbol is one compact line, so a dump diffs line by line in review.
    /// Symbol lines are serialized in parallel and streamed to `w`.
    pub fn write_dump<W: std::io::Write>(&self, mut w: W) -> std::io::Result<()> {
        use rayon::prelude::*;
        /// Serializes `items` as the lines of a JSON array, in parallel chunks.
        fn lines<T: Serialize + Sync>(items: &[T]) -> Vec<Vec<u8>> {
            let n = items.len();
            items
                .par_chunks(2048)
                .enumerate()
                .map(|(c, chunk)| {
                    let mut buf = Vec::with_capacity(chunk.len() * 320);
                    for (i, item) in chunk.iter().enumerate() {
                        buf.extend_from_slice(b"    ");
                        serde_json::to_writer(&mut buf, item).expect("serializes");
                        buf.extend_from_slice(if c * 2048 + i + 1 < n { b",\n" } else { b"\n" });
                    }
                    buf
                })
                .collect()
        }
        let (symbols, undefined) = rayon::join(|| lines(&self.symbols), || lines(&self.undefined));
        let head = serde_json::to_string_pretty(&self.clone_without_symbols())
            .expect("an ABI always serializes");
        // The header ends with the two (empty) symbol arrays, in field order.
        let tail = "\n  \"symbols\": [],\n  \"undefined\": []\n}";
        let head = head
            .strip_suffix(tail)
            .expect("symbols and undefined are the last fields");
        let array = |w: &mut W, chunks: &[Vec<u8>]| -> std::io::Result<()> {
            if chunks.is_empty() {
                return w.write_all(b"[]");
            }
            w.write_all(b"[\n")?;
            for c in chunks {
                w.write_all(c)?;
            }
            w.write_all(b"  ]")
        };
        w.write_all(head.as_bytes())?;
        w.write_all(b"\n  \"symbols\": ")?;
        array(&mut w, &symbols)?;
        w.write_all(b",\n  \"undefined\": ")?;
        array(&mut w, &undefined)?;
        w.write_all(b"\n}\n")?;
        w.flush()
    }

    /// A copy of everything but the symbol lists (cheap next to them).
    fn clone_without_symbols(&self) -> ElfAbi {
        let (symbols, undefined) = (Vec::new(), Vec::new());
        ElfAbi {
            dump_format: self.dump_format,
            file: self.file.clone(),
            class: self.class,
            endian: self.endian,
            machine: self.machine.clone(),
            e_machine: self.e_machine,
            os_abi: self.os_abi.clone(),
            file_type: self.file_type,
            soname: self.soname.clone(),
            needed: self.needed.clone(),
            rpath: self.rpath.clone(),
            runpath: self.runpath.clone(),
            interpreter: self.interpreter.clone(),
            dynamic_flags: self.dynamic_flags.clone(),
            version_definitions: self.version_definitions.clone(),
            version_needs: self.version_needs.clone(),
            types: self.types.clone(),
            symbols,
            undefined,
            has_versym: self.has_versym,
            is_dynamic: self.is_dynamic,
        }
    }
}
