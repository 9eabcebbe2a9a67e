//! Parses an ELF image into an [`ElfAbi`].
//!
//! Only what the dynamic linker uses is read: the ELF header, PT_INTERP, the
//! dynamic section, `.dynsym`, the GNU version sections and the relocation
//! sections that refer to `.dynsym`. Every offset and count is bounds-checked
//! by `object`; loops over linked lists are capped by the data size, so a
//! corrupt file costs at most time and memory proportional to its size.

use foldhash::{HashMap, HashSet};
use std::path::Path;
use std::sync::Arc;

use object::elf;
use object::read::elf::{Dyn, FileHeader, ProgramHeader, Rel, Rela, SectionHeader, Sym};
use object::{Endianness, SectionIndex};

use crate::demangle::demangle;
use crate::error::ElfError;
use crate::model::*;

/// What to compute besides the raw facts.
#[derive(Debug, Clone, Copy, Default)]
pub struct ReadOptions {
    /// Demangle C++ and Rust names (costly on large C++ libraries; only dumps need it).
    pub demangle: bool,
    /// Leave symbols in symbol-table order instead of sorting them (the
    /// loader indexes them by name and does not need the dump's order).
    pub unsorted: bool,
    /// Read the headers, the dynamic section and the version tables only:
    /// no symbols, no relocations (`symbols` and `undefined` stay empty).
    /// What finding a needed library and reading its version definitions
    /// takes; the symbol table of a large library is most of the work.
    pub headers_only: bool,
}

/// Parses `data` (the whole file) as ELF. `path` is used in errors and for [`ElfAbi::file`].
pub fn parse_elf(path: &Path, data: &[u8], opts: ReadOptions) -> Result<ElfAbi, ElfError> {
    if data.len() < 16 || &data[..4] != b"\x7fELF" {
        return Err(ElfError::NotElf { path: path.into() });
    }
    match data[4] {
        c if c == elf::ELFCLASS32.0 => {
            parse_generic::<elf::FileHeader32<Endianness>>(path, data, opts)
        }
        c if c == elf::ELFCLASS64.0 => {
            parse_generic::<elf::FileHeader64<Endianness>>(path, data, opts)
        }
        other => Err(ElfError::malformed(
            path,
            format!("unknown ELF class {other}"),
        )),
    }
}

/// The ELF hash function (SysV), which ld.so uses to compare version names.
pub fn elf_hash(name: &[u8]) -> u32 {
    let mut h: u32 = 0;
    for &c in name {
        h = (h << 4).wrapping_add(c as u32);
        let g = h & 0xf000_0000;
        if g != 0 {
            h ^= g >> 24;
        }
        h &= !g;
    }
    h
}

/// Bytes of names copied out of string tables: a table entry may be
/// referenced any number of times (thousands of DT_NEEDED or version entries
/// naming one long string), so copies are counted and capped at a constant
/// factor of the file's size. Symbol names are interned instead (see
/// [`parse_elf`]), so a real file never comes near the cap.
struct CopyBudget {
    left: usize,
}

impl CopyBudget {
    /// Room for eight times the file plus 64 MiB of copied names.
    fn for_file(len: usize) -> CopyBudget {
        CopyBudget {
            left: len.saturating_mul(8).saturating_add(64 << 20),
        }
    }

    /// Copies `bytes` as a string, or fails when the budget is spent.
    fn take(&mut self, bytes: &[u8], path: &Path) -> Result<String, ElfError> {
        self.left = self.left.checked_sub(bytes.len()).ok_or_else(|| {
            ElfError::malformed(
                path,
                "names shared by many dynamic or version entries expand to more than 8 times the file's size",
            )
        })?;
        Ok(string(bytes))
    }
}

fn string(bytes: &[u8]) -> String {
    match std::str::from_utf8(bytes) {
        Ok(s) => s.to_owned(),
        Err(_) => String::from_utf8_lossy(bytes).into_owned(),
    }
}

/// Machine names as `uname -m` and Debian spell them.
fn machine_name(m: u16) -> String {
    match m {
        3 => "i386".into(),
        8 => "mips".into(),
        20 => "ppc".into(),
        21 => "ppc64".into(),
        22 => "s390".into(),
        40 => "arm".into(),
        42 => "sh".into(),
        43 => "sparcv9".into(),
        50 => "ia64".into(),
        62 => "x86_64".into(),
        183 => "aarch64".into(),
        243 => "riscv".into(),
        258 => "loongarch".into(),
        other => format!("EM_{other}"),
    }
}

fn os_abi_name(v: u8) -> String {
    match v {
        0 => "SYSV".into(),
        1 => "HPUX".into(),
        2 => "NETBSD".into(),
        3 => "GNU".into(),
        6 => "SOLARIS".into(),
        9 => "FREEBSD".into(),
        97 => "ARM".into(),
        255 => "STANDALONE".into(),
        other => format!("OSABI_{other}"),
    }
}

fn kind_of(t: u8) -> SymbolKind {
    match t {
        0 => SymbolKind::Notype,
        1 => SymbolKind::Object,
        2 => SymbolKind::Func,
        3 => SymbolKind::Section,
        4 => SymbolKind::File,
        5 => SymbolKind::Common,
        6 => SymbolKind::Tls,
        10 => SymbolKind::Ifunc,
        _ => SymbolKind::Other,
    }
}

fn binding_of(b: u8) -> SymbolBinding {
    match b {
        0 => SymbolBinding::Local,
        1 => SymbolBinding::Global,
        2 => SymbolBinding::Weak,
        10 => SymbolBinding::Unique,
        _ => SymbolBinding::Other,
    }
}

fn visibility_of(v: u8) -> Visibility {
    match v & 3 {
        1 => Visibility::Internal,
        2 => Visibility::Hidden,
        3 => Visibility::Protected,
        _ => Visibility::Default,
    }
}

fn version_flags(raw: u16) -> Vec<String> {
    let mut out = Vec::new();
    if raw & elf::VER_FLG_BASE.0 != 0 {
        out.push("BASE".to_owned());
    }
    if raw & elf::VER_FLG_WEAK.0 != 0 {
        out.push("WEAK".to_owned());
    }
    if raw & 0x4 != 0 {
        out.push("INFO".to_owned());
    }
    out
}

/// Relocation type name without the machine prefix (`JUMP_SLOT`), or `R_<n>`.
fn reloc_name(machine: elf::Machine, r_type: elf::RelocationType) -> String {
    match elf::machine_names(machine).r.name(r_type) {
        Some(full) => match full.strip_prefix("R_") {
            // R_X86_64_GLOB_DAT -> GLOB_DAT: drop the machine part, which is known.
            Some(rest) => strip_machine_prefix(rest).to_owned(),
            None => full.to_owned(),
        },
        None => format!("R_{}", r_type.0),
    }
}

fn strip_machine_prefix(rest: &str) -> &str {
    for p in [
        "X86_64_", "386_", "AARCH64_", "ARM_", "RISCV_", "PPC64_", "PPC_", "390_", "MIPS_",
        "SPARC_", "IA64_", "LARCH_", "SH_", "68K_",
    ] {
        if let Some(r) = rest.strip_prefix(p) {
            return r;
        }
    }
    rest
}

fn parse_generic<Elf: FileHeader<Endian = Endianness>>(
    path: &Path,
    data: &[u8],
    opts: ReadOptions,
) -> Result<ElfAbi, ElfError>
where
    Elf::Sym: Sync,
{
    let mal = |e: object::read::Error| ElfError::malformed(path, e);
    let header = Elf::parse(data).map_err(mal)?;
    let endian = header.endian().map_err(mal)?;
    let ident = header.e_ident();
    let e_machine = header.e_machine(endian);
    let e_type = header.e_type(endian);
    let sections = header.sections(endian, data).map_err(mal)?;
    let segments = header.program_headers(endian, data).map_err(mal)?;

    let mut interpreter = None;
    for seg in segments {
        if let Some(interp) = seg.interpreter(endian, data).map_err(mal)? {
            interpreter = Some(string(interp));
        }
    }

    let mut budget = CopyBudget::for_file(data.len());

    // Dynamic section.
    let mut soname = None;
    let mut needed = Vec::new();
    let mut rpath = Vec::new();
    let mut runpath = Vec::new();
    let mut dynamic_flags = Vec::new();
    let mut is_dynamic = false;
    if let Some((dyns, link)) = sections.dynamic(endian, data).map_err(mal)? {
        is_dynamic = true;
        let strings = sections.strings(endian, data, link).map_err(mal)?;
        // As ld.so reads the dynamic section: every DT_NEEDED counts, but a
        // library named twice is loaded once; of DT_SONAME, DT_RPATH and
        // DT_RUNPATH the last entry wins (`l_info[tag]` is overwritten), and
        // a directory named twice in a path is searched once. Entries naming
        // a string already read are skipped before anything is copied.
        let mut needed_at: HashSet<u64> = HashSet::default();
        let mut needed_names: HashSet<String> = HashSet::default();
        let (mut last_soname, mut last_rpath, mut last_runpath) = (None, None, None);
        let fetch =
            |d: Option<&Elf::Dyn>, budget: &mut CopyBudget| -> Result<Option<String>, ElfError> {
                match d {
                    Some(d) => budget
                        .take(d.string(endian, strings).map_err(mal)?, path)
                        .map(Some),
                    None => Ok(None),
                }
            };
        for d in dyns {
            let tag = d.tag(endian);
            match tag {
                elf::DT_NULL => break,
                elf::DT_NEEDED if needed_at.insert(d.val(endian)) => {
                    let n = fetch(Some(d), &mut budget)?.unwrap_or_default();
                    if needed_names.insert(n.clone()) {
                        needed.push(n);
                    }
                }
                elf::DT_SONAME => last_soname = Some(d),
                elf::DT_RPATH => last_rpath = Some(d),
                elf::DT_RUNPATH => last_runpath = Some(d),
                elf::DT_SYMBOLIC => dynamic_flags.push("SYMBOLIC".to_owned()),
                elf::DT_BIND_NOW => dynamic_flags.push("BIND_NOW".to_owned()),
                elf::DT_FLAGS => {
                    let v = d.val(endian);
                    for (bit, name) in [(0x2, "SYMBOLIC"), (0x8, "BIND_NOW"), (0x10, "STATIC_TLS")]
                    {
                        if v & bit != 0 {
                            dynamic_flags.push(name.to_owned());
                        }
                    }
                }
                elf::DT_FLAGS_1 => {
                    let v = d.val(endian);
                    for (bit, name) in [
                        (0x1, "NOW"),
                        (0x8, "NODELETE"),
                        (0x10, "LOADFLTR"),
                        (0x20, "INITFIRST"),
                        (0x40, "NOOPEN"),
                        (0x800, "NODEFLIB"),
                        (0x0800_0000, "PIE"),
                    ] {
                        if v & bit != 0 {
                            dynamic_flags.push(name.to_owned());
                        }
                    }
                }
                _ => {}
            }
        }
        soname = fetch(last_soname, &mut budget)?;
        let dirs = |s: Option<String>| -> Vec<String> {
            let mut seen: HashSet<&str> = HashSet::default();
            s.iter()
                .flat_map(|s| s.split(':'))
                .filter(|d| seen.insert(d))
                .map(str::to_owned)
                .collect()
        };
        rpath = dirs(fetch(last_rpath, &mut budget)?);
        runpath = dirs(fetch(last_runpath, &mut budget)?);
    }
    dynamic_flags.sort();
    dynamic_flags.dedup();

    let file_type = match e_type {
        elf::ET_EXEC => FileKind::Executable,
        elf::ET_DYN => {
            if dynamic_flags.iter().any(|f| f == "PIE")
                || (interpreter.is_some() && soname.is_none())
            {
                FileKind::Pie
            } else {
                FileKind::SharedObject
            }
        }
        elf::ET_REL => FileKind::Relocatable,
        elf::ET_CORE => FileKind::Core,
        _ => FileKind::Other,
    };

    // Version definitions.
    let mut version_definitions = Vec::new();
    if let Some((mut iter, link)) = sections.gnu_verdef(endian, data).map_err(mal)? {
        let strings = sections.strings(endian, data, link).map_err(mal)?;
        let cap = data.len() / 20 + 1;
        while let Some((vd, mut aux)) = iter.next().map_err(mal)? {
            if version_definitions.len() > cap {
                return Err(ElfError::malformed(
                    path,
                    "version definition chain does not end",
                ));
            }
            let mut names = Vec::new();
            let mut n = 0usize;
            while let Some(a) = aux.next().map_err(mal)? {
                names.push(budget.take(a.name(endian, strings).map_err(mal)?, path)?);
                n += 1;
                if n > cap {
                    return Err(ElfError::malformed(
                        path,
                        "version definition aux chain does not end",
                    ));
                }
            }
            if names.is_empty() {
                continue;
            }
            let name = names.remove(0);
            version_definitions.push(VersionDef {
                index: vd.vd_ndx.get(endian).0,
                hash: elf_hash(name.as_bytes()),
                name,
                flags: version_flags(vd.vd_flags.get(endian).0),
                parents: names,
            });
        }
    }
    version_definitions.sort_by_key(|v| v.index);

    // Version needs.
    let mut version_needs = Vec::new();
    if let Some((mut iter, link)) = sections.gnu_verneed(endian, data).map_err(mal)? {
        let strings = sections.strings(endian, data, link).map_err(mal)?;
        let cap = data.len() / 16 + 1;
        while let Some((vn, mut aux)) = iter.next().map_err(mal)? {
            if version_needs.len() > cap {
                return Err(ElfError::malformed(path, "version need chain does not end"));
            }
            let file = budget.take(vn.file(endian, strings).map_err(mal)?, path)?;
            let mut versions = Vec::new();
            while let Some(a) = aux.next().map_err(mal)? {
                if versions.len() > cap {
                    return Err(ElfError::malformed(
                        path,
                        "version need aux chain does not end",
                    ));
                }
                let name = budget.take(a.name(endian, strings).map_err(mal)?, path)?;
                versions.push(NeededVersion {
                    hash: elf_hash(name.as_bytes()),
                    name,
                    index: a.vna_other.get(endian).0,
                    flags: version_flags(a.vna_flags.get(endian).0),
                });
            }
            version_needs.push(VersionNeed { file, versions });
        }
    }

    // Index -> (name, file, hash) for both tables, shared by every symbol of that version.
    type VersionInfo = (Arc<str>, Option<Arc<str>>, u32);
    let mut by_index: HashMap<u16, VersionInfo> = HashMap::default();
    for d in &version_definitions {
        by_index.insert(d.index, (d.name.as_str().into(), None, d.hash));
    }
    for n in &version_needs {
        let file: Arc<str> = n.file.as_str().into();
        for v in &n.versions {
            by_index.insert(
                v.index & 0x7fff,
                (v.name.as_str().into(), Some(file.clone()), v.hash),
            );
        }
    }

    let versym: Option<&[elf::Versym<Endianness>]> =
        sections.gnu_versym(endian, data).map_err(mal)?.map(|v| v.0);
    let abi = |symbols: Vec<Symbol>, undefined: Vec<UndefinedSymbol>| ElfAbi {
        dump_format: DUMP_FORMAT_VERSION,
        file: path
            .file_name()
            .map(|f| f.to_string_lossy().into_owned())
            .unwrap_or_default(),
        class: if header.is_class_64() {
            ElfClass::Elf64
        } else {
            ElfClass::Elf32
        },
        endian: if header.is_little_endian() {
            Endian::Little
        } else {
            Endian::Big
        },
        machine: machine_name(e_machine.0),
        e_machine: e_machine.0,
        os_abi: os_abi_name(ident.os_abi.0),
        file_type,
        soname,
        needed,
        rpath,
        runpath,
        interpreter,
        dynamic_flags,
        version_definitions,
        version_needs,
        types: None,
        symbols,
        undefined,
        has_versym: versym.is_some(),
        is_dynamic,
    };
    if opts.headers_only {
        return Ok(abi(Vec::new(), Vec::new()));
    }

    // Dynamic symbols, versions and relocations.
    let dynsym = sections
        .symbols(endian, data, elf::SHT_DYNSYM)
        .map_err(mal)?;
    let dynsym_index = dynsym.section();

    // Relocation types referencing each dynamic symbol, as a bit set over the
    // distinct types seen (a file uses a handful; bit 63 collects any beyond 63).
    let mut types: Vec<elf::RelocationType> = Vec::new();
    let mut masks: Vec<u64> = if dynsym_index != SectionIndex(0) {
        vec![0; dynsym.len()]
    } else {
        Vec::new()
    };
    if !masks.is_empty() {
        let mut add = |sym: u32, ty: elf::RelocationType| {
            let Some(mask) = masks.get_mut(sym as usize).filter(|_| sym != 0) else {
                return;
            };
            let bit = match types.iter().position(|&t| t == ty) {
                Some(b) => b,
                None if types.len() < 63 => {
                    types.push(ty);
                    types.len() - 1
                }
                None => 63,
            };
            *mask |= 1 << bit;
        };
        let is_mips64el =
            e_machine == elf::EM_MIPS && header.is_little_endian() && header.is_class_64();
        for section in sections.iter() {
            if section.link(endian) != dynsym_index {
                continue;
            }
            if let Some((rels, _)) = section.rel(endian, data).map_err(mal)? {
                for r in rels {
                    add(r.r_sym(endian), r.r_type(endian));
                }
            } else if let Some((relas, _)) = section.rela(endian, data).map_err(mal)? {
                for r in relas {
                    add(r.r_sym(endian, is_mips64el), r.r_type(endian, is_mips64el));
                }
            }
        }
    }
    let mut type_names: Vec<(u32, String)> = types
        .iter()
        .enumerate()
        .map(|(b, &t)| (b as u32, reloc_name(e_machine, t)))
        .collect();
    type_names.push((63, "OTHER".to_owned()));
    type_names.sort_by(|a, b| a.1.cmp(&b.1));
    let reloc_names = |i: usize| -> Vec<String> {
        let m = masks.get(i).copied().unwrap_or(0);
        if m == 0 {
            return Vec::new();
        }
        type_names
            .iter()
            .filter(|(b, _)| m & (1 << b) != 0)
            .map(|(_, n)| n.clone())
            .collect()
    };

    // Symbols are independent of each other: read them in parallel (large C++
    // libraries have tens of thousands, and demangling is the costly part).
    enum Entry {
        Def(Symbol),
        Undef(UndefinedSymbol),
    }
    let strings = dynsym.strings();
    let syms = dynsym.iter().as_slice();
    use rayon::prelude::*;
    // Names are interned by their place in the string table when symbols
    // share strings beyond what real files do (a versioned symbol defined at
    // two versions names one string; tails are merged): then symbols naming
    // one string share one copy and one demangling, so a table of thousands
    // of symbols naming one long string costs its size once. Otherwise every
    // symbol gets its own copy, made in parallel.
    let slices: Vec<&[u8]> = syms
        .par_iter()
        .with_min_len(4096)
        .map(|sym| sym.name(endian, strings).map_err(mal))
        .collect::<Result<_, _>>()?;
    let total: usize = slices.iter().skip(1).map(|b| b.len()).sum();
    let table_len = sections
        .section(SectionIndex(dynsym.string_section().0))
        .map(|s| s.sh_size(endian).into() as usize)
        .unwrap_or(0);
    let named = |b: &[u8]| -> (Arc<str>, Option<Arc<str>>) {
        let name: Arc<str> = match std::str::from_utf8(b) {
            Ok(s) => Arc::from(s),
            Err(_) => Arc::from(String::from_utf8_lossy(b).as_ref()),
        };
        let demangled = if opts.demangle {
            demangle(&name).map(Arc::from)
        } else {
            None
        };
        (name, demangled)
    };
    type Names = Vec<(Arc<str>, Option<Arc<str>>)>;
    let (names, name_of): (Names, Vec<u32>) =
        if total <= table_len.saturating_mul(2).saturating_add(1 << 20) {
            let names = slices
                .par_iter()
                .with_min_len(1024)
                .map(|b| named(b))
                .collect();
            let ids = (0..slices.len() as u32).collect();
            (names, ids)
        } else {
            let mut place: HashMap<(usize, usize), u32> = HashMap::default();
            let mut unique: Vec<&[u8]> = Vec::new();
            let ids = slices
                .iter()
                .map(|b| {
                    let next = unique.len() as u32;
                    *place
                        .entry((b.as_ptr() as usize, b.len()))
                        .or_insert_with(|| {
                            unique.push(b);
                            next
                        })
                })
                .collect();
            drop(place);
            let names = unique
                .par_iter()
                .with_min_len(1024)
                .map(|b| named(b))
                .collect();
            (names, ids)
        };
    let entry = |i: usize| -> Result<Option<Entry>, ElfError> {
        let sym = &syms[i];
        if slices[i].is_empty() {
            return Ok(None);
        }
        let (name, demangled) = names[name_of[i] as usize].clone();
        let kind = kind_of(sym.st_type().0);
        if matches!(kind, SymbolKind::Section | SymbolKind::File) {
            return Ok(None);
        }
        let vs = versym
            .and_then(|v| v.get(i))
            .map(|v| v.0.get(endian).0)
            .unwrap_or(0);
        let vindex = vs & 0x7fff;
        let hidden = vs & 0x8000 != 0;
        let version_info = if vindex >= 2 {
            by_index.get(&vindex)
        } else {
            None
        };
        let rel = reloc_names(i);
        if sym.st_shndx(endian) == elf::SHN_UNDEF {
            return Ok(Some(Entry::Undef(UndefinedSymbol {
                name,
                demangled,
                version: version_info.map(|v| v.0.clone()),
                version_file: version_info.and_then(|v| v.1.clone()),
                weak: sym.st_bind() == elf::STB_WEAK,
                kind,
                relocations: rel,
                version_hidden: hidden,
                version_hash: version_info.map(|v| v.2).unwrap_or(0),
            })));
        }
        // ld emits an absolute symbol named after each version node
        // (`LIBAVCODEC_59`, value 0); it marks the node, not an interface.
        if sym.st_shndx(endian) == elf::SHN_ABS
            && sym.st_value(endian).into() == 0
            && version_info.is_some_and(|v| *v.0 == *name)
        {
            return Ok(None);
        }
        let copy_relocated = rel.iter().any(|r| r == "COPY");
        Ok(Some(Entry::Def(Symbol {
            name,
            demangled,
            version: version_info.map(|v| v.0.clone()),
            hidden: hidden && version_info.is_some(),
            kind,
            binding: binding_of(sym.st_bind().0),
            visibility: visibility_of(sym.st_other().0),
            size: sym.st_size(endian).into(),
            relocations: rel,
            version_index: vindex,
            value_is_zero: sym.st_value(endian).into() == 0,
            copy_relocated,
        })))
    };
    let entries: Vec<Option<Entry>> = (1..syms.len())
        .into_par_iter()
        .with_min_len(4096)
        .map(entry)
        .collect::<Result<_, _>>()?;
    let mut symbols = Vec::new();
    let mut undefined = Vec::new();
    for e in entries.into_iter().flatten() {
        match e {
            Entry::Def(s) => symbols.push(s),
            Entry::Undef(u) => undefined.push(u),
        }
    }
    if !opts.unsorted {
        // Interned names compare by pointer first: symbols sharing one long
        // name never compare its bytes.
        let names = |a: &Arc<str>, b: &Arc<str>| {
            if Arc::ptr_eq(a, b) {
                std::cmp::Ordering::Equal
            } else {
                a.cmp(b)
            }
        };
        symbols.par_sort_unstable_by(|a, b| {
            names(&a.name, &b.name)
                .then_with(|| (&a.version, a.hidden).cmp(&(&b.version, b.hidden)))
        });
        undefined.par_sort_unstable_by(|a, b| {
            names(&a.name, &b.name).then_with(|| a.version.cmp(&b.version))
        });
    }

    Ok(abi(symbols, undefined))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn elf_hash_matches_known_values() {
        // Values as recorded in .gnu.version_r of real binaries.
        assert_eq!(elf_hash(b"GLIBC_2.2.5"), 0x09691a75);
        assert_eq!(elf_hash(b""), 0);
    }

    #[test]
    fn rejects_non_elf_and_short_input() {
        let p = Path::new("x");
        assert!(matches!(
            parse_elf(p, b"", ReadOptions::default()),
            Err(ElfError::NotElf { .. })
        ));
        assert!(matches!(
            parse_elf(p, b"\x7fELF", ReadOptions::default()),
            Err(ElfError::NotElf { .. })
        ));
        let mut junk = b"\x7fELF\x02\x01\x01".to_vec();
        junk.resize(40, 0xff);
        assert!(matches!(
            parse_elf(p, &junk, ReadOptions::default()),
            Err(ElfError::Malformed { .. })
        ));
    }
}
