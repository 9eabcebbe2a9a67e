//! Reads the exported C interface from DWARF into a [`TypeInfo`].
//!
//! Every compilation unit is read on its own, in parallel: its top-level
//! `DW_TAG_subprogram` and `DW_TAG_variable` entries are matched to the
//! exported symbols (by `DW_AT_linkage_name`, else `DW_AT_name`, following
//! `DW_AT_abstract_origin` and `DW_AT_specification`; only external entries
//! that are definitions — with `DW_AT_low_pc`, `DW_AT_ranges` or a location —
//! or declarations count), and the named types they reach are built from a
//! work list keyed by [`TypeRef`]. Nothing of the DIE tree is kept: each DIE
//! is read when needed and only the spelled type names are memoized per unit,
//! so memory follows the exported interface, not the size of the DWARF.
//!
//! The units are those of [`Units`](crate::units): the file's compilation
//! units, the dwz partial units they import (from the file or its
//! supplementary file), the split units of the `.dwo` files its skeleton
//! units name, and type units; a DIE is a [`Loc`] (unit index, offset), and
//! every reference form — `DW_FORM_ref*`, `DW_FORM_ref_addr`,
//! `DW_FORM_GNU_ref_alt`/`DW_FORM_ref_sup*`, `DW_FORM_ref_sig8` and
//! `DW_AT_signature` stand-ins — resolves to one. Type names are qualified
//! by the C++ scopes of the DIE, or of the declaration an out-of-line
//! definition (`DW_AT_specification`) completes. A reference that names
//! nothing read (a type unit that is absent, a supplementary file that was
//! not found) is spelled `<unresolved>` with a note.
//!
//! The per-unit results are merged in unit order (a definition wins over a
//! declaration; of two definitions of one key, the first unit's wins and the
//! key is counted as a conflict). Structs, unions and enums that are still
//! declaration-only after the merge are looked up by name in every unit, in
//! up to [`MAX_ROUNDS`] rounds, since a definition may live in a unit whose
//! own exported functions never reach it.
//!
//! Recursion is bounded: type names recurse only through derived types
//! (pointers, qualifiers, arrays, function types), with a depth limit of
//! [`MAX_DEPTH`] and an in-progress set against malformed cycles; named types
//! end the recursion and are built from the work list, so self-referential
//! and mutually recursive structs are built once each.
//!
//! This module holds the entry ([`read_types`]), the per-unit `Worker`
//! and its access to DIEs and attributes; one submodule per step holds the
//! rest: `symbols` (the exported functions and variables of a unit, and
//! later rounds' definitions), `spell` (type spellings), `defs` (building
//! the named types from the work list), `names` (C++ qualified names) and
//! `partial` (one unit's results and how they merge).

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::rc::Rc;

use gimli::{AttributeValue, DebuggingInformationEntry, Unit};
use rayon::prelude::*;

use crate::error::DwarfError;
use crate::headers::PublicHeaders;
use crate::load::{normalize, DebugData};
use crate::model::*;
use crate::units::{load_dwos, Loc, Units, R};

mod defs;
mod names;
mod partial;
mod spell;
mod symbols;

use names::Scopes;
use partial::Partial;

/// Depth limit for derived-type chains (`T * const * ...`).
pub const MAX_DEPTH: u32 = 64;
/// Rounds of looking up definitions of declaration-only types.
pub const MAX_ROUNDS: usize = 8;

/// An exported symbol to look up in the debug information.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportedSymbol {
    /// The symbol name.
    pub name: String,
    /// A function (matched against `DW_TAG_subprogram`), else data (`DW_TAG_variable`).
    pub is_function: bool,
}

type Die<'d> = DebuggingInformationEntry<R<'d>>;

/// A declaring file: basename, full path, path as recorded in dumps.
type DeclFile = (String, PathBuf, String);

/// A parsed unit and the source (file) it is in.
struct U<'d> {
    unit: Unit<R<'d>>,
    source: usize,
}

impl<'d> std::ops::Deref for U<'d> {
    type Target = Unit<R<'d>>;
    fn deref(&self) -> &Unit<R<'d>> {
        &self.unit
    }
}

/// A spelled type and whether it is a pointer, array or function type.
#[derive(Clone)]
struct Spelled {
    s: String,
    derived: bool,
}

impl Spelled {
    fn named(s: impl Into<String>) -> Spelled {
        Spelled {
            s: s.into(),
            derived: false,
        }
    }
}

struct Ctx<'d> {
    t: Units<'d>,
    /// Bytes of type spellings that may still be handed out (see
    /// [`Worker::spell`]): 64 times the debug information plus 256 MiB.
    spell_budget: std::sync::atomic::AtomicU64,
    big_endian: bool,
    /// See [`DebugData::argument_registers`].
    argument_registers: &'static [u16],
    public: Option<PublicHeaders>,
    functions: HashSet<&'d str>,
    variables: HashSet<&'d str>,
}

/// Reads the prototypes of `exported` symbols and the types they reach.
///
/// With `public_headers`, structs, unions, enums and typedefs whose
/// `DW_AT_decl_file` is not under that directory are listed in
/// [`TypeInfo::private_types`], and [`TypeInfo::header_filtered`] is set.
/// Returns the type information and notes (conflicting definitions,
/// unsupported constructs); malformed DWARF is an error.
pub fn read_types(
    data: &DebugData<'_>,
    exported: &[ExportedSymbol],
    public_headers: Option<&Path>,
) -> Result<(TypeInfo, Vec<String>), DwarfError> {
    let split = load_dwos(data)?;
    let mut notes = split.notes.clone();
    let (t, more) = Units::new(data, &split)?;
    notes.extend(more);
    let public = public_headers.map(PublicHeaders::open).transpose()?;
    let cx = Ctx {
        t,
        spell_budget: data
            .debug_bytes()
            .saturating_mul(64)
            .saturating_add(256 << 20)
            .into(),
        big_endian: data.big_endian(),
        argument_registers: data.argument_registers(),
        public,
        functions: exported
            .iter()
            .filter(|e| e.is_function)
            .map(|e| e.name.as_str())
            .collect(),
        variables: exported
            .iter()
            .filter(|e| !e.is_function)
            .map(|e| e.name.as_str())
            .collect(),
    };

    let mut all =
        cx.t.scan
            .par_iter()
            .map(|&i| Worker::new(&cx).exported_in(i))
            .try_reduce(Partial::default, |a, b| Ok(a.merge(b)))?;

    // Definitions of declaration-only types, from any unit.
    let mut attempted: BTreeSet<String> = BTreeSet::new();
    for _ in 0..MAX_ROUNDS {
        let wanted: BTreeSet<String> = all
            .types
            .iter()
            .filter(|(k, d)| d.is_declaration_only() && !attempted.contains(*k))
            .map(|(k, _)| k.clone())
            .collect();
        if wanted.is_empty() {
            break;
        }
        attempted.extend(wanted.iter().cloned());
        let found =
            cx.t.scan
                .par_iter()
                .chain(cx.t.types.par_iter())
                .map(|&i| Worker::new(&cx).definitions_in(i, &wanted))
                .try_reduce(Partial::default, |a, b| Ok(a.merge(b)))?;
        all = all.merge(found);
    }

    notes.extend(all.notes);
    let mut seen = HashSet::new();
    notes.retain(|n| seen.insert(n.clone()));
    if !all.conflicts.is_empty() {
        // A few names say which; a build with many (the standard
        // library's templates, instantiated differently per unit) would
        // otherwise print a page.
        const NAMED: usize = 5;
        // Named as findings name them: a class `class Widget`, not by its key.
        let list: Vec<String> = all
            .conflicts
            .iter()
            .map(|k| {
                all.types
                    .get(k)
                    .and_then(|d| d.keyword_name(k))
                    .unwrap_or_else(|| k.clone())
            })
            .collect();
        let more = list.len().saturating_sub(NAMED);
        notes.push(format!(
            "{} in different compilation units; the first unit's was kept: {}{}",
            if list.len() == 1 {
                "1 type has different definitions".to_owned()
            } else {
                format!("{} types have different definitions", list.len())
            },
            list[..list.len().min(NAMED)].join(", "),
            if more > 0 {
                format!(" and {more} more")
            } else {
                String::new()
            }
        ));
    }
    let private = all
        .private
        .into_iter()
        .filter(|k| all.types.contains_key(k))
        .collect();
    let void_views = all
        .void_views
        .into_iter()
        .filter(|(k, _)| all.types.contains_key(k))
        .collect();
    // Calls between exports only: what consumers could call themselves.
    let calls = all
        .calls
        .into_iter()
        .filter(|(f, _)| all.functions.contains_key(f))
        .map(|(f, callees)| {
            let callees: BTreeSet<String> = callees
                .into_iter()
                .filter(|c| *c != f && all.functions.contains_key(c))
                .collect();
            (f, callees)
        })
        .filter(|(_, callees)| !callees.is_empty())
        .collect();
    let forwards = all
        .forwards
        .into_iter()
        .filter(|(f, _)| all.functions.contains_key(f))
        .map(|(f, calls)| {
            let mut calls: Vec<Forward> = calls
                .into_iter()
                .filter(|c| c.callee != f && all.functions.contains_key(&c.callee))
                .collect();
            calls.sort();
            calls.dedup();
            (f, calls)
        })
        .filter(|(_, calls)| !calls.is_empty())
        .collect();
    Ok((
        TypeInfo {
            functions: all
                .functions
                .into_iter()
                .map(|(k, (_, f))| (k, f))
                .collect(),
            variables: all
                .variables
                .into_iter()
                .map(|(k, (_, v))| (k, v))
                .collect(),
            decl_files: all
                .decl_files
                .into_iter()
                .filter(|(k, _)| all.types.contains_key(k))
                .collect(),
            types: all.types,
            header_filtered: cx.public.is_some(),
            private_types: private,
            out_of_line: all.out_of_line,
            void_views,
            calls,
            forwards,
        },
        notes,
    ))
}

/// The reader of one unit (one per task): its caches (units, scopes,
/// declaring files, spellings), the work list of named types and its
/// [`Partial`] result.
struct Worker<'c, 'd> {
    cx: &'c Ctx<'d>,
    units: HashMap<usize, Rc<U<'d>>>,
    /// Per unit: its scopes when it is C++, `None` for C and other languages.
    scopes: HashMap<usize, Option<Rc<Scopes>>>,
    /// The first string that could not be read.
    bad: std::cell::RefCell<Option<DwarfError>>,
    files: HashMap<(usize, u64), Option<DeclFile>>,
    memo: HashMap<Loc, Spelled>,
    in_progress: HashSet<Loc>,
    queue: Vec<(String, Loc)>,
    /// Keys built (or queued) from a definition, and from a declaration only.
    defined: HashSet<String>,
    declared: HashSet<String>,
    /// Anonymous type names (`<anon@file:line>`) taken, with the column of
    /// the declaration that took them: another anonymous type on the same
    /// line (a one-line header) is named with its column as well.
    anon_columns: HashMap<String, u64>,
    out: Partial,
}

impl<'c, 'd> Worker<'c, 'd> {
    fn new(cx: &'c Ctx<'d>) -> Self {
        Worker {
            cx,
            units: HashMap::new(),
            scopes: HashMap::new(),
            bad: std::cell::RefCell::new(None),
            files: HashMap::new(),
            memo: HashMap::new(),
            in_progress: HashSet::new(),
            queue: Vec::new(),
            defined: HashSet::new(),
            declared: HashSet::new(),
            anon_columns: HashMap::new(),
            out: Partial::default(),
        }
    }

    fn unit(&mut self, i: usize) -> Result<Rc<U<'d>>, DwarfError> {
        if let Some(u) = self.units.get(&i) {
            return Ok(u.clone());
        }
        let t = &self.cx.t;
        let Some(entry) = t.units.get(i) else {
            return Err(t.malformed(i, 0, "reference to a unit that does not exist"));
        };
        let source = &t.sources[entry.source];
        let mut unit = source
            .dwarf
            .unit(entry.header)
            .map_err(|e| t.malformed(i, 0, e))?;
        if unit.line_program.is_none() && source.dwo {
            // A split unit's DW_AT_decl_file indexes the file table of the
            // line table header at the start of .debug_line.dwo.
            unit.line_program = source
                .dwarf
                .debug_line
                .program(
                    gimli::DebugLineOffset(0),
                    unit.header.address_size(),
                    unit.comp_dir,
                    unit.name,
                )
                .ok();
        }
        let u = Rc::new(U {
            unit,
            source: entry.source,
        });
        self.units.insert(i, u.clone());
        Ok(u)
    }

    fn die(&mut self, loc: Loc) -> Result<(Rc<U<'d>>, Die<'d>), DwarfError> {
        let u = self.unit(loc.unit)?;
        let die = u
            .entry(loc.off)
            .map_err(|e| self.cx.t.malformed(loc.unit, loc.off.0, e))?;
        Ok((u, die))
    }

    /// A string attribute. A string that cannot be read (a reference past
    /// the end of a truncated `.debug_str`) is `None` here and makes the
    /// unit's result an error ([`Worker::check`]), so names never silently
    /// go missing.
    fn string(&self, unit: &U<'d>, die: &Die<'d>, at: gimli::DwAt) -> Option<String> {
        let v = die.attr_value(at)?;
        let t = &self.cx.t;
        if matches!(v, AttributeValue::DebugStrRefSup(_)) && !t.has_sup() {
            // In the supplementary file, which was not found (noted by
            // `load_debug`): the name is unknown, as are the types there.
            return None;
        }
        let source = &t.sources[unit.source];
        match source.dwarf.attr_string(unit, v) {
            Ok(s) => Some(s.to_string_lossy().into_owned()),
            Err(e) => {
                let mut bad = self.bad.borrow_mut();
                if bad.is_none() {
                    let mut label = source.label.as_str();
                    let (section, offset) = match v {
                        AttributeValue::DebugStrRef(o) => (".debug_str", o.0 as u64),
                        AttributeValue::DebugStrRefSup(o) => {
                            label = t.sup_label();
                            (".debug_str", o.0 as u64)
                        }
                        AttributeValue::DebugLineStrRef(o) => (".debug_line_str", o.0 as u64),
                        AttributeValue::DebugStrOffsetsIndex(i) => {
                            (".debug_str_offsets", i.0 as u64)
                        }
                        _ => (".debug_info", die.offset().0 as u64),
                    };
                    *bad = Some(DwarfError::Malformed {
                        section: format!("{section}{label}"),
                        offset,
                        reason: e.to_string(),
                    });
                }
                None
            }
        }
    }

    /// The first unreadable string met, as this unit's error.
    fn check(&self) -> Result<(), DwarfError> {
        match self.bad.borrow_mut().take() {
            Some(e) => Err(e),
            None => Ok(()),
        }
    }

    /// The DIE a reference attribute names, in any unit of any file (see
    /// [`Units::resolve`]).
    fn reference(&self, loc: Loc, die: &Die<'d>, at: gimli::DwAt) -> Option<Loc> {
        self.cx.t.resolve(loc.unit, die.attr_value(at)?)
    }

    fn flag(die: &Die<'d>, at: gimli::DwAt) -> bool {
        matches!(die.attr_value(at), Some(AttributeValue::Flag(true)))
    }

    fn udata(die: &Die<'d>, at: gimli::DwAt) -> Option<u64> {
        die.attr(at).and_then(|a| a.udata_value())
    }

    /// A constant attribute's value. `DW_FORM_data1/2/4/8` carry no sign
    /// (DWARF 5 §7.5.6); `signed` is the byte size of the value's type when
    /// that type is signed. A form as wide as the type holds its bit pattern
    /// (the two bytes 0x9c40 of an `int16_t` are -25536); a narrower one a
    /// value zero-extended, as GCC writes them and GDB and elfutils read them
    /// (a negative value is sdata: 200 in an `int16_t` enum or a C enum with
    /// a negative member is the byte 0xc8). gimli's `sdata_value` would
    /// always sign-extend, `udata_value` never. sdata, `implicit_const` and
    /// udata say their own sign.
    fn constant(die: &Die<'d>, at: gimli::DwAt, signed: Option<u64>) -> Option<i128> {
        let (bits, width) = match die.attr_value(at)? {
            AttributeValue::Sdata(v) => return Some(i128::from(v)),
            AttributeValue::Udata(v) => return Some(i128::from(v)),
            AttributeValue::Data1(v) => (u64::from(v), 1),
            AttributeValue::Data2(v) => (u64::from(v), 2),
            AttributeValue::Data4(v) => (u64::from(v), 4),
            AttributeValue::Data8(v) => (v, 8),
            _ => return None,
        };
        Some(match signed {
            Some(size) if size > 0 && width >= size => {
                let shift = 128 - 8 * width;
                (i128::from(bits) << shift) >> shift
            }
            _ => i128::from(bits),
        })
    }

    /// The decl_file basename, full path, and path relative to the
    /// compilation directory (the build tree) when it lies inside it, so that
    /// dumps do not depend on where the library was built.
    fn decl_file(&mut self, loc: Loc, unit: &U<'d>, die: &Die<'d>) -> Option<DeclFile> {
        let index = match die.attr_value(gimli::DW_AT_decl_file)? {
            AttributeValue::FileIndex(i) | AttributeValue::Udata(i) => i,
            other => other.udata_value()?,
        };
        if let Some(v) = self.files.get(&(loc.unit, index)) {
            return v.clone();
        }
        // A partial or type unit has no DW_AT_comp_dir of its own.
        let comp_dir = match unit.comp_dir {
            Some(c) => Some(c),
            None => match self.cx.t.fallback[loc.unit].filter(|&f| f != loc.unit) {
                Some(f) => self.unit(f).ok().and_then(|u| u.comp_dir),
                None => None,
            },
        };
        let resolved = (|| {
            let header = unit.line_program.as_ref()?.header();
            let file = header.file(index)?;
            let dwarf = &self.cx.t.sources[unit.source].dwarf;
            let s = |v| {
                dwarf
                    .attr_string(unit, v)
                    .ok()
                    .map(|r| r.to_string_lossy().into_owned())
            };
            let name = s(file.path_name())?;
            let mut full = PathBuf::new();
            if let Some(comp) = comp_dir {
                full.push(comp.to_string_lossy().as_ref());
            }
            if let Some(dir) = file.directory(header).and_then(s) {
                full.push(dir);
            }
            full.push(&name);
            let base = Path::new(&name)
                .file_name()
                .map(|b| b.to_string_lossy().into_owned())
                .unwrap_or(name);
            let full = normalize(&full);
            let comp = comp_dir.map(|c| normalize(Path::new(c.to_string_lossy().as_ref())));
            let shown = match comp.as_deref().and_then(|c| full.strip_prefix(c).ok()) {
                Some(rel) if !rel.as_os_str().is_empty() => rel.to_string_lossy().into_owned(),
                _ => full.to_string_lossy().into_owned(),
            };
            Some((base, full, shown))
        })();
        self.files.insert((loc.unit, index), resolved.clone());
        resolved
    }
}
