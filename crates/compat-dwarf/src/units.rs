//! The table of units one read works on, across files.
//!
//! A DIE is named by a [`Loc`]: an index into this table and an offset in
//! that unit. The table holds, in this order:
//! - the units of the file's own `.debug_info` (compilation, partial, DWARF 5
//!   type and skeleton units) and of its `.debug_types` (DWARF 4 type units);
//! - the units of the dwz supplementary file ([`DebugData::supplementary`]),
//!   which `DW_FORM_GNU_ref_alt` / `DW_FORM_ref_sup4/8` point into;
//! - for each split DWARF skeleton unit (`DW_UT_skeleton`, or a DWARF 4 unit
//!   with `DW_AT_GNU_dwo_name`), the units of its `.dwo` file, found through
//!   `DW_AT_dwo_name` relative to `DW_AT_comp_dir` (or next to the ELF
//!   file), whose split compilation unit must carry the skeleton's DWO id.
//!   A `.dwo` object has one `.debug_info.dwo` (or `.debug_types.dwo`)
//!   section per COMDAT group; each is a [`Source`] of its own. A DWARF
//!   package `<file>.dwp` (as `dwp` writes it) takes precedence for the
//!   DWO ids its `.debug_cu_index` lists: each indexed compilation unit and
//!   every type unit of `.debug_tu_index` is a source (its slices of the
//!   package's sections).
//!
//! [`Units::resolve`] follows every reference form: unit-relative, section
//! offsets (`DW_FORM_ref_addr`, within the file the referring unit is in),
//! supplementary-file offsets, and type signatures (`DW_FORM_ref_sig8`, to
//! the type DIE at the type unit's `type_offset`; the first unit with a
//! signature wins, as all copies are the same type).
//!
//! Which units are read for exported symbols ([`Units::scan`]): every
//! compilation unit of the file and of its `.dwo` files, and the partial
//! units (`dwz`) that they import with `DW_TAG_imported_unit`, directly or
//! through other partial units — never the rest of a supplementary file,
//! which other libraries share. A partial or type unit has no
//! `DW_AT_comp_dir` (and a partial unit no `DW_AT_language`); it borrows
//! them from its first importer, or from the first compilation unit of its
//! file ([`Units::fallback`]).

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use gimli::{
    AttributeValue, DebugInfoOffset, Dwarf, DwarfPackage, DwoId, EndianSlice, RunTimeEndian,
    SectionId, UnitHeader, UnitOffset, UnitType,
};
use rayon::prelude::*;

use crate::error::DwarfError;
use crate::load::{open_dwo, open_dwp, DebugData};

pub(crate) type R<'d> = EndianSlice<'d, RunTimeEndian>;

/// A DIE: a unit of the table and an offset in it.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub(crate) struct Loc {
    pub unit: usize,
    pub off: UnitOffset<usize>,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Kind {
    /// A (full or split) compilation unit.
    Compile,
    /// A `DW_TAG_partial_unit` (dwz).
    Partial,
    /// A type unit (`.debug_types`, `DW_UT_type`, `DW_UT_split_type`).
    Type,
    /// A split DWARF skeleton: its DIEs are in a `.dwo` file.
    Skeleton,
    /// A compilation unit of a `.dwo` file that is not the one its skeleton
    /// names: not read.
    Unused,
}

/// One set of DWARF sections: the file itself, its supplementary file, or
/// one COMDAT part of a `.dwo` file.
pub(crate) struct Source<'d> {
    pub dwarf: Dwarf<R<'d>>,
    /// Appended to section names in errors: empty for the file itself, else
    /// ` in PATH`.
    pub label: String,
    /// The `.debug_info` units by start offset: (start, unit index).
    info: Vec<(usize, usize)>,
    /// The file: 0 the file itself, 1 the supplementary file, then one per
    /// `.dwo` file.
    group: usize,
    /// A `.dwo` source: units without `DW_AT_stmt_list` use the line table
    /// header at the start of `.debug_line.dwo`.
    pub dwo: bool,
}

pub(crate) struct UnitEntry<'d> {
    pub source: usize,
    pub header: UnitHeader<R<'d>>,
    /// The offset of the unit header in its section.
    pub start: usize,
    /// `.debug_info` or `.debug_types`.
    pub section: &'static str,
    pub kind: Kind,
}

/// The unit table (see the module documentation).
pub(crate) struct Units<'d> {
    pub sources: Vec<Source<'d>>,
    pub units: Vec<UnitEntry<'d>>,
    sigs: HashMap<u64, Loc>,
    /// The source of the supplementary file's `.debug_info`.
    sup: Option<usize>,
    /// Per unit: the compilation unit whose `DW_AT_comp_dir` (and, for a
    /// partial unit, language) it borrows.
    pub fallback: Vec<Option<usize>>,
    /// The units read for exported functions and variables, in table order.
    pub scan: Vec<usize>,
    /// The type units, in table order.
    pub types: Vec<usize>,
}

/// A `.dwo` file found for a skeleton unit.
pub(crate) struct Dwo {
    /// The skeleton's position among the file's `.debug_info` units.
    skeleton: usize,
    id: Option<DwoId>,
    path: PathBuf,
    data: DebugData<'static>,
}

fn endian(data: &DebugData<'_>) -> RunTimeEndian {
    if data.big_endian() {
        RunTimeEndian::Big
    } else {
        RunTimeEndian::Little
    }
}

/// The sections of `data` as a gimli `Dwarf`; `info` and `types` replace
/// `.debug_info` and `.debug_types` (one COMDAT part of a `.dwo` file).
fn dwarf_of<'d>(data: &'d DebugData<'_>, parts: Option<(&'d [u8], &'d [u8])>) -> Dwarf<R<'d>> {
    let e = endian(data);
    Dwarf::load(|id| {
        let bytes = match (parts, id) {
            (Some((info, _)), SectionId::DebugInfo) => info,
            (Some((_, types)), SectionId::DebugTypes) => types,
            _ => data.section(id.name()),
        };
        Ok::<_, std::convert::Infallible>(EndianSlice::new(bytes, e))
    })
    .unwrap_or_else(|never| match never {})
}

fn malformed(section: &str, offset: u64, e: impl std::fmt::Display) -> DwarfError {
    DwarfError::Malformed {
        section: section.into(),
        offset,
        reason: e.to_string(),
    }
}

/// The `.debug_info` unit headers of `dwarf`, with their start offsets.
fn info_headers<'d>(
    dwarf: &Dwarf<R<'d>>,
    label: &str,
) -> Result<Vec<(usize, UnitHeader<R<'d>>)>, DwarfError> {
    let mut it = dwarf.units();
    collect_headers(
        || it.next(),
        |h| h.debug_info_offset().map(|o| o.0),
        &format!(".debug_info{label}"),
    )
}

/// The `.debug_types` unit headers of `dwarf`, with their start offsets.
fn types_headers<'d>(
    dwarf: &Dwarf<R<'d>>,
    label: &str,
) -> Result<Vec<(usize, UnitHeader<R<'d>>)>, DwarfError> {
    let mut it = dwarf.type_units();
    collect_headers(
        || it.next(),
        |h| h.debug_types_offset().map(|o| o.0),
        &format!(".debug_types{label}"),
    )
}

/// Unit headers from `next` until it ends, each with its section offset
/// (`offset`); a malformed header is an error at the last good offset.
fn collect_headers<'d>(
    mut next: impl FnMut() -> gimli::Result<Option<UnitHeader<R<'d>>>>,
    offset: impl Fn(&UnitHeader<R<'d>>) -> Option<usize>,
    section: &str,
) -> Result<Vec<(usize, UnitHeader<R<'d>>)>, DwarfError> {
    let mut out: Vec<(usize, UnitHeader<R<'d>>)> = Vec::new();
    loop {
        let pos = out.last().map_or(0, |(s, _)| *s as u64);
        match next() {
            Ok(Some(h)) => {
                if let Some(off) = offset(&h) {
                    out.push((off, h));
                }
            }
            Ok(None) => return Ok(out),
            Err(e) => return Err(malformed(section, pos, e)),
        }
    }
}

fn kind_of(h: &UnitHeader<R<'_>>) -> Kind {
    match h.type_() {
        UnitType::Compilation | UnitType::SplitCompilation(_) => Kind::Compile,
        UnitType::Partial => Kind::Partial,
        UnitType::Type { .. } | UnitType::SplitType { .. } => Kind::Type,
        UnitType::Skeleton(_) => Kind::Skeleton,
    }
}

/// A skeleton unit: its position among the `.debug_info` units, the DWO
/// id, and where its `.dwo` file may be.
struct Skeleton {
    index: usize,
    id: Option<DwoId>,
    name: String,
    candidates: Vec<PathBuf>,
}

/// The skeleton units of `data`. A DWARF 4 unit is a skeleton when its root
/// has `DW_AT_GNU_dwo_name`; only looked at when the file has a
/// `.debug_addr` section (which split DWARF needs and DWARF 4 otherwise lacks).
fn skeletons(data: &DebugData<'_>) -> Result<Vec<Skeleton>, DwarfError> {
    let dwarf = dwarf_of(data, None);
    let gnu_split = !data.section(".debug_addr").is_empty();
    let mut out = Vec::new();
    for (index, (start, h)) in info_headers(&dwarf, "")?.into_iter().enumerate() {
        let skeleton = match h.type_() {
            UnitType::Skeleton(_) => true,
            UnitType::Compilation => gnu_split && h.version() < 5,
            _ => false,
        };
        if !skeleton {
            continue;
        }
        let unit = dwarf
            .unit(h)
            .map_err(|e| malformed(".debug_info", start as u64, e))?;
        let mut cursor = unit.entries();
        let Some(root) = cursor
            .next_dfs()
            .map_err(|e| malformed(".debug_info", start as u64, e))?
        else {
            continue;
        };
        let Some(v) = root
            .attr_value(gimli::DW_AT_dwo_name)
            .or_else(|| root.attr_value(gimli::DW_AT_GNU_dwo_name))
        else {
            continue;
        };
        let Ok(name) = dwarf.attr_string(&unit, v) else {
            continue;
        };
        let name = name.to_string_lossy().into_owned();
        if name.is_empty() {
            continue;
        }
        let rel = Path::new(&name);
        let mut candidates = Vec::new();
        match &unit.comp_dir {
            Some(dir) => candidates.push(Path::new(dir.to_string_lossy().as_ref()).join(rel)),
            None => candidates.push(rel.to_path_buf()),
        }
        // A build tree moved or copied: next to the ELF file.
        let here = data.origin().parent().unwrap_or(Path::new("."));
        if rel.is_relative() {
            candidates.push(here.join(rel));
        }
        if let Some(base) = rel.file_name() {
            candidates.push(here.join(base));
        }
        candidates.dedup();
        out.push(Skeleton {
            index,
            id: unit.dwo_id,
            name,
            candidates,
        });
    }
    Ok(out)
}

/// The `.dwo` files (or DWARF package) of a file's skeleton units.
pub(crate) struct SplitFiles {
    /// The files found, in skeleton order.
    dwos: Vec<Dwo>,
    /// The DWARF package `<file>.dwp`, when it serves any skeleton.
    dwp: Option<Dwp>,
    /// The positions of all skeleton units among the `.debug_info` units.
    skeletons: Vec<usize>,
    /// On the skeletons whose file was not found or not readable.
    pub notes: Vec<String>,
}

/// A DWARF package and the skeletons it serves.
struct Dwp {
    path: PathBuf,
    data: DebugData<'static>,
    /// The skeletons' positions among the `.debug_info` units, and DWO ids.
    served: Vec<(usize, DwoId)>,
}

/// The unit indexes of a DWARF package.
fn package<'d>(data: &'d DebugData<'_>) -> gimli::Result<DwarfPackage<R<'d>>> {
    let e = endian(data);
    DwarfPackage::load(
        |id| Ok::<_, gimli::Error>(EndianSlice::new(data.section(id.name()), e)),
        EndianSlice::new(&[], e),
    )
}

/// Finds and maps the `.dwo` files of the skeleton units of `data`: from
/// the DWARF package `<file>.dwp` when there is one and it indexes the
/// skeleton's DWO id (as gdb does), else from the `.dwo` file the skeleton names.
pub(crate) fn load_dwos(data: &DebugData<'_>) -> Result<SplitFiles, DwarfError> {
    let skeletons = skeletons(data)?;
    let mut problems: Vec<String> = Vec::new();
    let mut dwp = None;
    if !skeletons.is_empty() {
        let mut p = data.origin().as_os_str().to_owned();
        p.push(".dwp");
        let p = PathBuf::from(p);
        if p.is_file() {
            match open_dwp(&p) {
                Ok(d) => {
                    let served: Vec<(usize, DwoId)> = match package(&d) {
                        Ok(pkg) => skeletons
                            .iter()
                            .filter_map(|s| {
                                let id = s.id?;
                                pkg.cu_index.find(id.0).map(|_| (s.index, id))
                            })
                            .collect(),
                        Err(e) => {
                            problems.push(format!("{}: {e}", p.display()));
                            Vec::new()
                        }
                    };
                    if !served.is_empty() {
                        dwp = Some(Dwp {
                            path: p,
                            data: d,
                            served,
                        });
                    }
                }
                Err(e) => problems.push(format!("{}: {e}", p.display())),
            }
        }
    }
    let mut dwos = Vec::new();
    let mut missing: Vec<String> = Vec::new();
    for s in &skeletons {
        if let Some(d) = &dwp {
            if d.served.iter().any(|&(i, _)| i == s.index) {
                continue;
            }
        }
        let mut found = None;
        for c in &s.candidates {
            if !c.is_file() {
                continue;
            }
            match open_dwo(c) {
                Ok(d) => {
                    found = Some((c.clone(), d));
                    break;
                }
                Err(e) => problems.push(format!("{}: {e}", c.display())),
            }
        }
        match found {
            Some((path, data)) => dwos.push(Dwo {
                skeleton: s.index,
                id: s.id,
                path,
                data,
            }),
            None => missing.push(s.name.clone()),
        }
    }
    let mut notes = Vec::new();
    if !missing.is_empty() {
        notes.push(missing_note(missing.len(), &missing, &problems));
    }
    Ok(SplitFiles {
        dwos,
        dwp,
        skeletons: skeletons.iter().map(|s| s.index).collect(),
        notes,
    })
}

fn missing_note(n: usize, names: &[String], problems: &[String]) -> String {
    let shown: Vec<&str> = names.iter().take(3).map(String::as_str).collect();
    let more = if names.len() > 3 { ", ..." } else { "" };
    let why = if problems.is_empty() {
        String::new()
    } else {
        format!(" ({})", problems.join("; "))
    };
    let (units, use_, their, files, were) = if n == 1 {
        ("compilation unit", "uses", "its", ".dwo file", "was")
    } else {
        ("compilation units", "use", "their", ".dwo files", "were")
    };
    format!(
        "{n} {units} {use_} split DWARF, but {their} {files} {were} not found or not usable: {}{more}{why}; {their} functions are compared at symbol level",
        shown.join(", ")
    )
}

impl<'d> Units<'d> {
    /// The unit table of `data`, its supplementary file and its split
    /// DWARF files (from [`load_dwos`]). Returns notes on `.dwo` files whose
    /// DWO id does not match and on an unreadable DWARF package.
    pub(crate) fn new(
        data: &'d DebugData<'_>,
        split: &'d SplitFiles,
    ) -> Result<(Units<'d>, Vec<String>), DwarfError> {
        let dwos = &split.dwos;
        let skeletons: std::collections::HashSet<usize> = split.skeletons.iter().copied().collect();
        let mut t = Units {
            sources: Vec::new(),
            units: Vec::new(),
            sigs: HashMap::new(),
            sup: None,
            fallback: Vec::new(),
            scan: Vec::new(),
            types: Vec::new(),
        };
        let mut notes = Vec::new();

        // The file itself (its supplementary file set for strings).
        let mut main = dwarf_of(data, None);
        if let Some(sup) = data.supplementary() {
            main.set_sup(dwarf_of(sup, None));
        }
        let mut skeleton_units = HashMap::new();
        let heads = info_headers(&main, "")?;
        let types = types_headers(&main, "")?;
        t.sources.push(Source {
            dwarf: main,
            label: String::new(),
            info: Vec::new(),
            group: 0,
            dwo: false,
        });
        for (pos, (start, h)) in heads.into_iter().enumerate() {
            let kind = if skeletons.contains(&pos) {
                skeleton_units.insert(pos, t.units.len());
                Kind::Skeleton
            } else {
                kind_of(&h)
            };
            t.push(0, start, h, ".debug_info", kind);
        }
        for (start, h) in types {
            t.push(0, start, h, ".debug_types", Kind::Type);
        }

        // The supplementary file.
        if let Some(sup) = data.supplementary() {
            let label = match &sup.source {
                crate::DebugSource::AltLink(p) => format!(" in {}", p.display()),
                _ => " in the supplementary file".to_owned(),
            };
            let dwarf = dwarf_of(sup, None);
            let heads = info_headers(&dwarf, &label)?;
            let types = types_headers(&dwarf, &label)?;
            let s = t.sources.len();
            t.sup = Some(s);
            t.sources.push(Source {
                dwarf,
                label,
                info: Vec::new(),
                group: 1,
                dwo: false,
            });
            for (start, h) in heads {
                let kind = kind_of(&h);
                t.push(s, start, h, ".debug_info", kind);
            }
            for (start, h) in types {
                t.push(s, start, h, ".debug_types", Kind::Type);
            }
        }

        // The .dwo files.
        let mut skeleton_of: HashMap<usize, usize> = HashMap::new();
        for (k, dwo) in dwos.iter().enumerate() {
            let group = 2 + k;
            let label = format!(" in {}", dwo.path.display());
            let (n_sources, n_units) = (t.sources.len(), t.units.len());
            let mut split_cu = None;
            let empty: &[u8] = &[];
            let infos = dwo.data.section_parts(".debug_info");
            let typess = dwo.data.section_parts(".debug_types");
            let parts = infos
                .iter()
                .map(|&p| (p, empty))
                .chain(typess.iter().map(|&p| (empty, p)));
            for part in parts {
                let mut dwarf = dwarf_of(&dwo.data, Some(part));
                dwarf.make_dwo(&t.sources[0].dwarf);
                let heads = info_headers(&dwarf, &label)?;
                let types = types_headers(&dwarf, &label)?;
                let s = t.sources.len();
                t.sources.push(Source {
                    dwarf,
                    label: label.clone(),
                    info: Vec::new(),
                    group,
                    dwo: true,
                });
                for (start, h) in heads {
                    let kind = kind_of(&h);
                    let id = match h.type_() {
                        UnitType::SplitCompilation(id) => Some(id),
                        UnitType::Compilation => {
                            // DWARF 4 (GNU): the id is an attribute of the root.
                            let dw = &t.sources[s].dwarf;
                            dw.unit(h).ok().and_then(|u| u.dwo_id)
                        }
                        _ => None,
                    };
                    let i = t.units.len();
                    t.push(s, start, h, ".debug_info", kind);
                    if kind == Kind::Compile {
                        if id.is_some() && id == dwo.id && split_cu.is_none() {
                            split_cu = Some(i);
                        } else {
                            t.units[i].kind = Kind::Unused;
                        }
                    }
                }
                for (start, h) in types {
                    t.push(s, start, h, ".debug_types", Kind::Type);
                }
            }
            match split_cu {
                Some(i) => {
                    if let Some(&sk) = skeleton_units.get(&dwo.skeleton) {
                        skeleton_of.insert(i, sk);
                    }
                }
                None => {
                    notes.push(format!(
                        "{}: no split compilation unit with the DWO id {} of its skeleton; ignored, its functions are compared at symbol level",
                        dwo.path.display(),
                        dwo.id.map_or("(none)".to_owned(), |i| format!("{:#x}", i.0))
                    ));
                    t.sources.truncate(n_sources);
                    t.units.truncate(n_units);
                }
            }
        }

        // The DWARF package: each indexed unit's contributions are a source.
        if let Some(Dwp {
            path,
            data: dwp,
            served,
        }) = &split.dwp
        {
            let label = format!(" in {}", path.display());
            let group = 2 + dwos.len();
            match package(dwp) {
                Ok(pkg) => {
                    let mut sources = Vec::new();
                    for &(skeleton, id) in served {
                        match pkg.find_cu(id, &t.sources[0].dwarf) {
                            Ok(Some(d)) => sources.push((Some((skeleton, id)), d)),
                            Ok(None) => {}
                            Err(e) => notes.push(format!("{}: {e}; ignored", path.display())),
                        }
                    }
                    if !sources.is_empty() {
                        for row in 1..=pkg.tu_index.unit_count() {
                            match pkg.tu_sections(row, &t.sources[0].dwarf) {
                                Ok(d) => sources.push((None, d)),
                                Err(e) => {
                                    notes.push(format!("{}: {e}; ignored", path.display()));
                                    break;
                                }
                            }
                        }
                    }
                    for (cu, dwarf) in sources {
                        let heads = info_headers(&dwarf, &label)?;
                        let types = types_headers(&dwarf, &label)?;
                        let s = t.sources.len();
                        t.sources.push(Source {
                            dwarf,
                            label: label.clone(),
                            info: Vec::new(),
                            group,
                            dwo: true,
                        });
                        for (start, h) in heads {
                            let mut kind = kind_of(&h);
                            if kind == Kind::Compile {
                                kind = Kind::Unused;
                                if let Some((skeleton, id)) = cu {
                                    let found = match h.type_() {
                                        UnitType::SplitCompilation(found) => Some(found),
                                        _ => t.sources[s].dwarf.unit(h).ok().and_then(|u| u.dwo_id),
                                    };
                                    if found == Some(id) {
                                        kind = Kind::Compile;
                                        if let Some(&sk) = skeleton_units.get(&skeleton) {
                                            skeleton_of.insert(t.units.len(), sk);
                                        }
                                    }
                                }
                            }
                            t.push(s, start, h, ".debug_info", kind);
                        }
                        for (start, h) in types {
                            t.push(s, start, h, ".debug_types", Kind::Type);
                        }
                    }
                }
                Err(e) => notes.push(format!("{}: {e}; ignored", path.display())),
            }
        }

        // Type signatures: the first unit with one wins.
        for (i, u) in t.units.iter().enumerate() {
            if let UnitType::Type {
                type_signature,
                type_offset,
            }
            | UnitType::SplitType {
                type_signature,
                type_offset,
            } = u.header.type_()
            {
                t.sigs.entry(type_signature.0).or_insert(Loc {
                    unit: i,
                    off: type_offset,
                });
            }
        }
        // dwz shares abbreviation tables between units: parse each once.
        for s in &mut t.sources {
            s.dwarf
                .populate_abbreviations_cache(gimli::AbbreviationsCacheStrategy::Duplicates);
        }
        t.link(&skeleton_of)?;
        Ok((t, notes))
    }

    fn push(
        &mut self,
        source: usize,
        start: usize,
        header: UnitHeader<R<'d>>,
        section: &'static str,
        kind: Kind,
    ) {
        if section == ".debug_info" {
            self.sources[source].info.push((start, self.units.len()));
        }
        self.units.push(UnitEntry {
            source,
            header,
            start,
            section,
            kind,
        });
    }

    /// The error for `e` at offset `off` of unit `unit` (0: the unit header).
    pub(crate) fn malformed(
        &self,
        unit: usize,
        off: usize,
        e: impl std::fmt::Display,
    ) -> DwarfError {
        match self.units.get(unit) {
            Some(u) => malformed(
                &format!("{}{}", u.section, self.sources[u.source].label),
                u.start.saturating_add(off) as u64,
                e,
            ),
            None => malformed(".debug_info", off as u64, e),
        }
    }

    /// The DIE a reference attribute value of a DIE in unit `unit` names.
    pub(crate) fn resolve(&self, unit: usize, v: AttributeValue<R<'d>>) -> Option<Loc> {
        match v {
            AttributeValue::UnitRef(off) => Some(Loc { unit, off }),
            AttributeValue::DebugInfoRef(d) => self.in_source(self.units.get(unit)?.source, d),
            AttributeValue::DebugInfoRefSup(d) => self.in_source(self.sup?, d),
            AttributeValue::DebugTypesRef(sig) => self.sigs.get(&sig.0).copied(),
            _ => None,
        }
    }

    fn in_source(&self, source: usize, d: DebugInfoOffset<usize>) -> Option<Loc> {
        let info = &self.sources.get(source)?.info;
        let i = info.partition_point(|&(s, _)| s <= d.0).checked_sub(1)?;
        let unit = info[i].1;
        let off = d.to_unit_offset(&self.units[unit].header)?;
        Some(Loc { unit, off })
    }

    /// ` in PATH` of the supplementary file.
    pub(crate) fn sup_label(&self) -> &str {
        self.sup.map_or("", |s| self.sources[s].label.as_str())
    }

    /// A supplementary file was loaded.
    pub(crate) fn has_sup(&self) -> bool {
        self.sup.is_some()
    }

    /// Fills [`Units::scan`], [`Units::types`] and [`Units::fallback`]:
    /// follows `DW_TAG_imported_unit` from the compilation units when there
    /// are partial units.
    fn link(&mut self, skeleton_of: &HashMap<usize, usize>) -> Result<(), DwarfError> {
        let n = self.units.len();
        self.fallback = vec![None; n];
        let group = |t: &Units<'_>, i: usize| t.sources[t.units[i].source].group;
        let roots: Vec<usize> = (0..n)
            .filter(|&i| self.units[i].kind == Kind::Compile && group(self, i) != 1)
            .collect();
        self.types = (0..n)
            .filter(|&i| self.units[i].kind == Kind::Type)
            .collect();
        // The first compilation (or skeleton) unit of each file.
        let mut first: HashMap<usize, usize> = HashMap::new();
        for i in 0..n {
            if matches!(self.units[i].kind, Kind::Compile | Kind::Skeleton) {
                first.entry(group(self, i)).or_insert(i);
            }
        }
        for &i in &self.types {
            self.fallback[i] = first
                .get(&group(self, i))
                .or_else(|| first.get(&0))
                .copied();
        }
        for (&cu, &sk) in skeleton_of {
            self.fallback[cu] = Some(sk);
        }
        let mut scan = roots.clone();
        if self.units.iter().any(|u| u.kind == Kind::Partial) {
            // Breadth first, one level at a time (each level in parallel),
            // reading only the units reached.
            let mut seen = vec![false; n];
            for &r in &roots {
                seen[r] = true;
            }
            let mut level = roots;
            while !level.is_empty() {
                let imports: Vec<Vec<usize>> = level
                    .par_iter()
                    .map(|&i| self.imports(i))
                    .collect::<Result<_, _>>()?;
                let mut next = Vec::new();
                for (&u, targets) in level.iter().zip(imports) {
                    for t in targets {
                        if seen[t] || self.units[t].kind != Kind::Partial {
                            continue;
                        }
                        seen[t] = true;
                        self.fallback[t] = if self.units[u].kind == Kind::Partial {
                            self.fallback[u]
                        } else {
                            Some(u)
                        };
                        scan.push(t);
                        next.push(t);
                    }
                }
                level = next;
            }
            scan.sort_unstable();
        }
        self.scan = scan;
        Ok(())
    }

    /// The units that unit `i` imports (`DW_TAG_imported_unit` children of
    /// its root).
    fn imports(&self, i: usize) -> Result<Vec<usize>, DwarfError> {
        let u = &self.units[i];
        if !matches!(u.kind, Kind::Compile | Kind::Partial) {
            return Ok(Vec::new());
        }
        let dwarf = &self.sources[u.source].dwarf;
        let err = |e| self.malformed(i, 0, e);
        let abbrevs = dwarf.abbreviations(&u.header).map_err(err)?;
        let mut tree = u.header.entries_tree(&abbrevs, None).map_err(err)?;
        let root = tree.root().map_err(err)?;
        let mut children = root.children();
        let mut out = Vec::new();
        while let Some(child) = children.next().map_err(err)? {
            let e = child.entry();
            if e.tag() != gimli::DW_TAG_imported_unit {
                continue;
            }
            if let Some(loc) = e
                .attr_value(gimli::DW_AT_import)
                .and_then(|v| self.resolve(i, v))
            {
                out.push(loc.unit);
            }
        }
        Ok(out)
    }
}
