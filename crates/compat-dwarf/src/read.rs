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

/// One unit's (or a merged group of units') results.
#[derive(Default)]
struct Partial {
    functions: BTreeMap<String, (u8, Function)>,
    variables: BTreeMap<String, (u8, Variable)>,
    types: BTreeMap<String, TypeDef>,
    /// The `DW_AT_decl_file` basename of each kept type definition.
    decl_files: BTreeMap<String, String>,
    private: BTreeSet<String>,
    conflicts: BTreeSet<String>,
    notes: Vec<String>,
}

impl Partial {
    /// Merges `right` (later units) into `self` (earlier units).
    fn merge(mut self, right: Partial) -> Partial {
        for (k, (rank, f)) in right.functions {
            match self.functions.get(&k) {
                Some((r, _)) if *r >= rank => {}
                _ => {
                    self.functions.insert(k, (rank, f));
                }
            }
        }
        for (k, (rank, v)) in right.variables {
            match self.variables.get(&k) {
                Some((r, _)) if *r >= rank => {}
                _ => {
                    self.variables.insert(k, (rank, v));
                }
            }
        }
        let mut right_files = right.decl_files;
        for (k, def) in right.types {
            let file = right_files.remove(&k);
            match self.types.get(&k) {
                None => {
                    self.take_file(&k, file);
                    self.types.insert(k, def);
                }
                Some(l) if l.is_declaration_only() && !def.is_declaration_only() => {
                    self.take_file(&k, file);
                    self.types.insert(k, def);
                }
                Some(l) if !l.is_declaration_only() && !def.is_declaration_only() && *l != def => {
                    self.conflicts.insert(k);
                }
                Some(_) => {}
            }
        }
        self.private.extend(right.private);
        self.conflicts.extend(right.conflicts);
        self.notes.extend(right.notes);
        self
    }

    /// Records `file` as the declaring file of the definition of `key` just taken.
    fn take_file(&mut self, key: &str, file: Option<String>) {
        match file {
            Some(f) => self.decl_files.insert(key.to_owned(), f),
            None => self.decl_files.remove(key),
        };
    }
}

struct Ctx<'d> {
    t: Units<'d>,
    /// Bytes of type spellings that may still be handed out (see
    /// [`Worker::spell`]): 64 times the debug information plus 256 MiB.
    spell_budget: std::sync::atomic::AtomicU64,
    big_endian: bool,
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
        let list: Vec<&str> = all.conflicts.iter().map(String::as_str).collect();
        notes.push(format!(
            "{} type(s) have different definitions in different compilation units; the first unit's was kept: {}",
            list.len(),
            list.join(", ")
        ));
    }
    let private = all
        .private
        .into_iter()
        .filter(|k| all.types.contains_key(k))
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
        },
        notes,
    ))
}

/// A C++ scope (namespace, class, struct, union) of one unit: the DIE offsets
/// its subtree spans and its qualified name.
struct Scope {
    start: usize,
    end: usize,
    parent: Option<usize>,
    name: String,
}

/// The scopes of a C++ unit, in DIE order, to qualify type names
/// (`ns::Widget`) without keeping the DIE tree.
struct Scopes(Vec<Scope>);

impl Scopes {
    /// The qualified name of the innermost scope enclosing the DIE at `off`.
    fn enclosing(&self, off: usize) -> Option<&str> {
        let mut i = self.0.partition_point(|s| s.start < off).checked_sub(1)?;
        loop {
            let s = &self.0[i];
            if s.end > off {
                return Some(&s.name);
            }
            i = s.parent?;
        }
    }
}

fn is_cxx_language(l: gimli::DwLang) -> bool {
    matches!(
        l,
        gimli::DW_LANG_C_plus_plus
            | gimli::DW_LANG_C_plus_plus_03
            | gimli::DW_LANG_C_plus_plus_11
            | gimli::DW_LANG_C_plus_plus_14
    )
}

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

    /// Unit `i` is C++ (a partial unit without `DW_AT_language` takes its
    /// first importer's).
    fn is_cxx(&mut self, i: usize, root: &Die<'d>) -> Result<bool, DwarfError> {
        let lang = match root.attr_value(gimli::DW_AT_language) {
            Some(AttributeValue::Language(l)) => l,
            Some(_) => return Ok(false),
            None => {
                let Some(f) = self.cx.t.fallback[i].filter(|&f| f != i) else {
                    return Ok(false);
                };
                let unit = self.unit(f)?;
                let mut cursor = unit.entries();
                return match cursor
                    .next_dfs()
                    .map_err(|e| self.cx.t.malformed(f, 0, e))?
                {
                    Some(r) => Ok(matches!(
                        r.attr_value(gimli::DW_AT_language),
                        Some(AttributeValue::Language(l)) if is_cxx_language(l)
                    )),
                    None => Ok(false),
                };
            }
        };
        Ok(is_cxx_language(lang))
    }

    /// The scopes of unit `i` (built on first use; `None` unless it is C++).
    fn scopes(&mut self, i: usize) -> Result<Option<Rc<Scopes>>, DwarfError> {
        if let Some(s) = self.scopes.get(&i) {
            return Ok(s.clone());
        }
        let unit = self.unit(i)?;
        let cx = self.cx;
        let mut cursor = unit.entries();
        let mut out: Option<Rc<Scopes>> = None;
        if let Some(root) = cursor.next_dfs().map_err(|e| cx.t.malformed(i, 0, e))? {
            let root = root.clone();
            let cxx = self.is_cxx(i, &root)?;
            if cxx {
                let mut scopes: Vec<Scope> = Vec::new();
                let mut open: Vec<(isize, usize)> = Vec::new();
                while let Some(die) = cursor.next_dfs().map_err(|e| cx.t.malformed(i, 0, e))? {
                    let (depth, off) = (die.depth(), die.offset().0);
                    while open.last().is_some_and(|&(d, _)| d >= depth) {
                        let (_, idx) = open.pop().expect("checked");
                        scopes[idx].end = off;
                    }
                    let tag = die.tag();
                    if !matches!(
                        tag,
                        gimli::DW_TAG_namespace
                            | gimli::DW_TAG_structure_type
                            | gimli::DW_TAG_class_type
                            | gimli::DW_TAG_union_type
                    ) || !die.has_children()
                    {
                        continue;
                    }
                    let own = match self.string(&unit, die, gimli::DW_AT_name) {
                        Some(n) => n,
                        None if tag == gimli::DW_TAG_namespace => "(anonymous namespace)".into(),
                        None => "(anonymous)".into(),
                    };
                    let parent = open.last().map(|&(_, idx)| idx);
                    let name = match parent {
                        Some(p) => format!("{}::{own}", scopes[p].name),
                        None => own,
                    };
                    open.push((depth, scopes.len()));
                    scopes.push(Scope {
                        start: off,
                        end: usize::MAX,
                        parent,
                        name,
                    });
                }
                out = Some(Rc::new(Scopes(scopes)));
            }
        }
        self.scopes.insert(i, out.clone());
        Ok(out)
    }

    /// `name` qualified by the C++ scopes enclosing `loc` (unchanged for C).
    fn qualify(&mut self, loc: Loc, name: String) -> Result<String, DwarfError> {
        Ok(match self.scopes(loc.unit)? {
            Some(s) => match s.enclosing(loc.off.0) {
                Some(prefix) => format!("{prefix}::{name}"),
                None => name,
            },
            None => name,
        })
    }

    /// The qualified name of the struct, union, enum or typedef at `loc`. An
    /// out-of-line definition (`DW_AT_specification`: a C++ type unit's
    /// class, `struct Outer::Inner { ... }`) is named and scoped like the
    /// declaration it completes.
    fn type_name(
        &mut self,
        loc: Loc,
        unit: &U<'d>,
        die: &Die<'d>,
    ) -> Result<Option<String>, DwarfError> {
        let own = self.string(unit, die, gimli::DW_AT_name);
        let spec = self
            .reference(loc, die, gimli::DW_AT_specification)
            .filter(|&s| s != loc);
        let (name, at) = match (own, spec) {
            (Some(n), Some(s)) => (Some(n), s),
            (Some(n), None) => (Some(n), loc),
            (None, Some(s)) => {
                let (su, sd) = self.die(s)?;
                (self.string(&su, &sd, gimli::DW_AT_name), s)
            }
            (None, None) => (None, loc),
        };
        match name {
            Some(n) => Ok(Some(self.qualify(at, n)?)),
            None => Ok(None),
        }
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

    /// Phase 1: the exported functions and variables of unit `i`.
    fn exported_in(mut self, i: usize) -> Result<Partial, DwarfError> {
        let unit = self.unit(i)?;
        let cx = self.cx;
        let mut cursor = unit.entries();
        let mut found: Vec<(Loc, bool)> = Vec::new();
        while let Some(die) = cursor.next_dfs().map_err(|e| cx.t.malformed(i, 0, e))? {
            if die.depth() != 1 {
                continue;
            }
            let tag = die.tag();
            if tag == gimli::DW_TAG_subprogram || tag == gimli::DW_TAG_variable {
                found.push((
                    Loc {
                        unit: i,
                        off: die.offset(),
                    },
                    tag == gimli::DW_TAG_subprogram,
                ));
            }
        }
        drop(cursor);
        for (loc, is_fn) in found {
            self.symbol(loc, is_fn)?;
        }
        self.drain()?;
        self.check()?;
        Ok(self.out)
    }

    /// Phase 2: definitions of `wanted` keys in unit `i`.
    fn definitions_in(
        mut self,
        i: usize,
        wanted: &BTreeSet<String>,
    ) -> Result<Partial, DwarfError> {
        let unit = self.unit(i)?;
        let cx = self.cx;
        let mut cursor = unit.entries();
        let mut found = Vec::new();
        while let Some(die) = cursor.next_dfs().map_err(|e| cx.t.malformed(i, 0, e))? {
            let kind = match die.tag() {
                gimli::DW_TAG_structure_type | gimli::DW_TAG_class_type => "struct",
                gimli::DW_TAG_union_type => "union",
                gimli::DW_TAG_enumeration_type => "enum",
                _ => continue,
            };
            if Self::flag(die, gimli::DW_AT_declaration) || die.has_attr(gimli::DW_AT_signature) {
                continue;
            }
            let off = die.offset();
            let Some(name) = self.type_name(Loc { unit: i, off }, &unit, die)? else {
                continue;
            };
            let key = format!("{kind} {name}");
            if wanted.contains(&key) {
                found.push((
                    key,
                    Loc {
                        unit: i,
                        off: die.offset(),
                    },
                ));
            }
        }
        drop(cursor);
        for (key, loc) in found {
            if self.defined.insert(key.clone()) {
                self.queue.push((key, loc));
            }
        }
        self.drain()?;
        self.check()?;
        Ok(self.out)
    }

    /// Matches one top-level subprogram or variable to the exported symbols.
    fn symbol(&mut self, loc: Loc, is_fn: bool) -> Result<(), DwarfError> {
        let (unit, die) = self.die(loc)?;
        let defined = if is_fn {
            die.has_attr(gimli::DW_AT_low_pc)
                || die.has_attr(gimli::DW_AT_ranges)
                || die.has_attr(gimli::DW_AT_entry_pc)
        } else {
            die.has_attr(gimli::DW_AT_location)
        };
        // A definition the assembler described (name, address, no prototype,
        // no parameters: OpenSSL's AES_encrypt in 3.x) says less than a C
        // declaration of the same function elsewhere: rank it below one.
        let described = !is_fn || Self::flag(&die, gimli::DW_AT_prototyped) || die.has_children();
        let rank = if defined && described {
            3
        } else if Self::flag(&die, gimli::DW_AT_declaration) {
            2
        } else if defined {
            1
        } else {
            0
        };
        // Follow abstract_origin / specification for the name, type and flags.
        let (mut name, mut linkage, mut ty, mut external) = (None, None, None, false);
        let mut holder = loc; // where the parameters are
        let mut cur = (loc, unit, die);
        for _ in 0..8 {
            let (l, u, d) = &cur;
            if linkage.is_none() {
                linkage = self
                    .string(u, d, gimli::DW_AT_linkage_name)
                    .or_else(|| self.string(u, d, gimli::DW_AT_MIPS_linkage_name));
            }
            if name.is_none() {
                name = self.string(u, d, gimli::DW_AT_name);
            }
            if ty.is_none() {
                ty = self.reference(*l, d, gimli::DW_AT_type);
            }
            external |= Self::flag(d, gimli::DW_AT_external);
            let next = if let Some(o) = self.reference(*l, d, gimli::DW_AT_abstract_origin) {
                holder = o;
                o
            } else if let Some(s) = self.reference(*l, d, gimli::DW_AT_specification) {
                s
            } else {
                break;
            };
            let (nu, nd) = self.die(next)?;
            cur = (next, nu, nd);
        }
        if rank == 0 || !external {
            return Ok(());
        }
        let Some(sym) = linkage.or(name) else {
            return Ok(());
        };
        let wanted = if is_fn {
            self.cx.functions.contains(sym.as_str())
        } else {
            self.cx.variables.contains(sym.as_str())
        };
        if !wanted {
            return Ok(());
        }
        if let Some((r, _)) = if is_fn {
            self.out.functions.get(&sym).map(|(r, _)| (*r, ()))
        } else {
            self.out.variables.get(&sym).map(|(r, _)| (*r, ()))
        } {
            if r >= rank {
                return Ok(());
            }
        }
        let ty = match ty {
            Some(t) => self.spell(t, 0)?.s,
            None => "void".to_owned(),
        };
        if is_fn {
            let (params, variadic) = self.params(holder)?;
            self.out.functions.insert(
                sym,
                (
                    rank,
                    Function {
                        ret: ty,
                        params,
                        variadic,
                    },
                ),
            );
        } else {
            self.out.variables.insert(sym, (rank, Variable { ty }));
        }
        Ok(())
    }

    /// The children of `loc`, as (location, tag).
    fn children(&mut self, loc: Loc) -> Result<Vec<(Loc, gimli::DwTag)>, DwarfError> {
        let unit = self.unit(loc.unit)?;
        let cx = self.cx;
        let at = |e| cx.t.malformed(loc.unit, loc.off.0, e);
        let mut tree = unit.entries_tree(Some(loc.off)).map_err(at)?;
        let root = tree.root().map_err(at)?;
        let mut it = root.children();
        let mut out = Vec::new();
        while let Some(child) = it.next().map_err(at)? {
            let e = child.entry();
            out.push((
                Loc {
                    unit: loc.unit,
                    off: e.offset(),
                },
                e.tag(),
            ));
        }
        Ok(out)
    }

    /// Parameters of a subprogram or subroutine type.
    fn params(&mut self, loc: Loc) -> Result<(Vec<Param>, bool), DwarfError> {
        let mut params = Vec::new();
        let mut variadic = false;
        for (c, tag) in self.children(loc)? {
            if tag == gimli::DW_TAG_unspecified_parameters {
                variadic = true;
            } else if tag == gimli::DW_TAG_formal_parameter {
                let (u, d) = self.die(c)?;
                let mut name = self.string(&u, &d, gimli::DW_AT_name);
                let mut ty = self.reference(c, &d, gimli::DW_AT_type);
                if let Some(o) = self.reference(c, &d, gimli::DW_AT_abstract_origin) {
                    let (ou, od) = self.die(o)?;
                    name = name.or_else(|| self.string(&ou, &od, gimli::DW_AT_name));
                    ty = ty.or_else(|| self.reference(o, &od, gimli::DW_AT_type));
                }
                let ty = match ty {
                    Some(t) => self.spell(t, 0)?.s,
                    None => self.no_type(&d),
                };
                params.push(Param { name, ty });
            }
        }
        Ok((params, variadic))
    }

    /// Spells the type at `loc`, queueing the named types it names.
    ///
    /// Every spelling handed out is a copy (parameters, members and results
    /// each hold their type's spelling), so the bytes handed out are counted
    /// against the file's budget: thousands of parameters of one type whose
    /// name is megabytes long end in an error, not in gigabytes of copies.
    fn spell(&mut self, loc: Loc, depth: u32) -> Result<Spelled, DwarfError> {
        let s = self.spell_memo(loc, depth)?;
        let len = s.s.len() as u64;
        let left = &self.cx.spell_budget;
        let fits = left
            .fetch_update(
                std::sync::atomic::Ordering::Relaxed,
                std::sync::atomic::Ordering::Relaxed,
                |b| b.checked_sub(len),
            )
            .is_ok();
        if !fits {
            return Err(DwarfError::Limit {
                reason: "type names expand to more than 64 times the debug information (a long type name referred to by very many parameters or members); not read".into(),
            });
        }
        Ok(s)
    }

    /// [`Worker::spell`] without the budget.
    fn spell_memo(&mut self, loc: Loc, depth: u32) -> Result<Spelled, DwarfError> {
        if let Some(s) = self.memo.get(&loc) {
            return Ok(s.clone());
        }
        if depth > MAX_DEPTH {
            self.out
                .notes
                .push("a derived-type chain exceeds the depth limit; spelled <too deep>".into());
            return Ok(Spelled::named("<too deep>"));
        }
        if !self.in_progress.insert(loc) {
            self.out
                .notes
                .push("a derived-type chain refers to itself; spelled <cycle>".into());
            return Ok(Spelled::named("<cycle>"));
        }
        let r = self.spell_uncached(loc, depth);
        self.in_progress.remove(&loc);
        let s = r?;
        self.memo.insert(loc, s.clone());
        Ok(s)
    }

    fn inner(&mut self, loc: Loc, die: &Die<'d>, depth: u32) -> Result<Spelled, DwarfError> {
        match self.reference(loc, die, gimli::DW_AT_type) {
            Some(t) => self.spell(t, depth + 1),
            None => Ok(Spelled::named(self.no_type(die))),
        }
    }

    /// The spelling of a missing or unresolvable `DW_AT_type`: `void`, or a
    /// placeholder (with a note) for a reference that names nothing read: a
    /// type unit signature no unit has, an offset in a supplementary file
    /// that was not found, an offset past the end of the section.
    fn no_type(&mut self, die: &Die<'d>) -> String {
        let Some(v) = die.attr_value(gimli::DW_AT_type) else {
            return "void".to_owned();
        };
        let note = match v {
            AttributeValue::DebugTypesRef(_) => {
                "a DW_AT_type reference (DW_FORM_ref_sig8) names a type unit that is not in the debug information; spelled <unresolved>"
            }
            AttributeValue::DebugInfoRefSup(_) if !self.cx.t.has_sup() => {
                "a DW_AT_type reference into the supplementary file (.gnu_debugaltlink), which was not loaded; spelled <unresolved>"
            }
            _ => {
                "a DW_AT_type reference points outside the debug information; spelled <unresolved>"
            }
        };
        self.out.notes.push(note.into());
        "<unresolved>".to_owned()
    }

    fn spell_uncached(&mut self, loc: Loc, depth: u32) -> Result<Spelled, DwarfError> {
        let (unit, die) = self.die(loc)?;
        // A stand-in for a type unit's type (C++ with -fdebug-types-section:
        // a class declared where its member functions are, an enum): the
        // type unit's definition.
        if let Some(def) = self.reference(loc, &die, gimli::DW_AT_signature) {
            if def != loc {
                return self.spell(def, depth + 1);
            }
        }
        let tag = die.tag();
        let named_kind = match tag {
            gimli::DW_TAG_structure_type | gimli::DW_TAG_class_type => Some("struct"),
            gimli::DW_TAG_union_type => Some("union"),
            gimli::DW_TAG_enumeration_type => Some("enum"),
            gimli::DW_TAG_typedef => Some("typedef"),
            _ => None,
        };
        if let Some(kind) = named_kind {
            let name = match self.type_name(loc, &unit, &die)? {
                Some(n) => n,
                None => {
                    let file = self.decl_file(loc, &unit, &die).map(|f| f.0);
                    let line = Self::udata(&die, gimli::DW_AT_decl_line).unwrap_or(0);
                    format!("<anon@{}:{line}>", file.as_deref().unwrap_or("?"))
                }
            };
            let key = format!("{kind} {name}");
            let is_decl = Self::flag(&die, gimli::DW_AT_declaration);
            if is_decl {
                if !self.defined.contains(&key) && self.declared.insert(key.clone()) {
                    self.queue.push((key.clone(), loc));
                }
            } else if self.defined.insert(key.clone()) {
                self.queue.push((key.clone(), loc));
            }
            return Ok(Spelled::named(key));
        }
        let q = match tag {
            gimli::DW_TAG_const_type => Some("const"),
            gimli::DW_TAG_volatile_type => Some("volatile"),
            gimli::DW_TAG_restrict_type => Some("restrict"),
            gimli::DW_TAG_atomic_type => Some("_Atomic"),
            _ => None,
        };
        if let Some(q) = q {
            let t = self.inner(loc, &die, depth)?;
            let s = if t.derived {
                format!("{q} ({})", t.s)
            } else {
                format!("{q} {}", t.s)
            };
            return Ok(Spelled::named(s));
        }
        match tag {
            gimli::DW_TAG_base_type => {
                let name = self
                    .string(&unit, &die, gimli::DW_AT_name)
                    .unwrap_or_else(|| "<unnamed base>".into());
                let size = Self::udata(&die, gimli::DW_AT_byte_size).unwrap_or(0);
                let encoding = match die.attr_value(gimli::DW_AT_encoding) {
                    Some(AttributeValue::Encoding(e)) => e
                        .static_string()
                        .map(|s| s.trim_start_matches("DW_ATE_").to_owned())
                        .unwrap_or_else(|| format!("0x{:x}", e.0)),
                    _ => "unknown".to_owned(),
                };
                self.out
                    .types
                    .entry(name.clone())
                    .or_insert(TypeDef::Base { size, encoding });
                Ok(Spelled::named(name))
            }
            gimli::DW_TAG_unspecified_type => Ok(Spelled::named(
                self.string(&unit, &die, gimli::DW_AT_name)
                    .unwrap_or_else(|| "void".into()),
            )),
            gimli::DW_TAG_pointer_type
            | gimli::DW_TAG_reference_type
            | gimli::DW_TAG_rvalue_reference_type => {
                let t = self.inner(loc, &die, depth)?;
                let suffix = match tag {
                    gimli::DW_TAG_pointer_type => "*",
                    gimli::DW_TAG_reference_type => "&",
                    _ => "&&",
                };
                Ok(Spelled {
                    s: format!("{} {suffix}", t.s),
                    derived: true,
                })
            }
            gimli::DW_TAG_array_type => {
                let elem = self.inner(loc, &die, depth)?;
                let mut dims = Vec::new();
                for (c, ctag) in self.children(loc)? {
                    if ctag != gimli::DW_TAG_subrange_type && ctag != gimli::DW_TAG_enumeration_type
                    {
                        continue;
                    }
                    let (_, cd) = self.die(c)?;
                    let count = if let Some(n) = Self::udata(&cd, gimli::DW_AT_count) {
                        Some(n)
                    } else {
                        let lower = Self::udata(&cd, gimli::DW_AT_lower_bound).unwrap_or(0) as i128;
                        match cd.attr(gimli::DW_AT_upper_bound) {
                            Some(a) => match a.value() {
                                AttributeValue::Sdata(v) => {
                                    Some((v as i128 - lower + 1).max(0) as u64)
                                }
                                AttributeValue::Data1(_)
                                | AttributeValue::Data2(_)
                                | AttributeValue::Data4(_)
                                | AttributeValue::Data8(_)
                                | AttributeValue::Udata(_) => {
                                    let v = a.udata_value().unwrap_or(0) as i128;
                                    // 0xffffffff-style all-ones bounds mean "no elements".
                                    let all_ones = match a.value() {
                                        AttributeValue::Data1(x) => x == u8::MAX,
                                        AttributeValue::Data2(x) => x == u16::MAX,
                                        AttributeValue::Data4(x) => x == u32::MAX,
                                        AttributeValue::Data8(x) => x == u64::MAX,
                                        _ => false,
                                    };
                                    Some(if all_ones {
                                        0
                                    } else {
                                        (v - lower + 1).max(0) as u64
                                    })
                                }
                                _ => None,
                            },
                            None => None,
                        }
                    };
                    dims.push(count);
                }
                if dims.is_empty() {
                    dims.push(None);
                }
                // Declaration order: the outermost bound first.
                let mut s = elem.s;
                for d in &dims {
                    match d {
                        Some(n) => s = format!("{s}[{n}]"),
                        None => s.push_str("[]"),
                    }
                }
                Ok(Spelled { s, derived: true })
            }
            gimli::DW_TAG_subroutine_type => {
                let ret = self.inner(loc, &die, depth)?;
                let mut parts = Vec::new();
                let mut variadic = false;
                for (c, ctag) in self.children(loc)? {
                    if ctag == gimli::DW_TAG_unspecified_parameters {
                        variadic = true;
                    } else if ctag == gimli::DW_TAG_formal_parameter {
                        let (_, cd) = self.die(c)?;
                        parts.push(self.inner(c, &cd, depth)?.s);
                    }
                }
                if variadic {
                    parts.push("...".into());
                }
                let ret = if ret.derived {
                    format!("({})", ret.s)
                } else {
                    ret.s
                };
                Ok(Spelled {
                    s: format!("fn({}) -> {ret}", parts.join(", ")),
                    derived: true,
                })
            }
            other => {
                let t = other
                    .static_string()
                    .map(str::to_owned)
                    .unwrap_or_else(|| format!("0x{:x}", other.0));
                self.out
                    .notes
                    .push(format!("unsupported type entry {t}; spelled <{t}>"));
                Ok(Spelled::named(format!("<{t}>")))
            }
        }
    }

    /// Builds every queued named type.
    fn drain(&mut self) -> Result<(), DwarfError> {
        while let Some((key, loc)) = self.queue.pop() {
            let (def, file) = self.build(&key, loc)?;
            if let Some(prev) = self.out.types.get(&key) {
                if !prev.is_declaration_only() || def.is_declaration_only() {
                    continue;
                }
            }
            self.out.take_file(&key, file);
            self.out.types.insert(key, def);
        }
        Ok(())
    }

    /// Builds the named type at `loc`, with the basename of its declaring file.
    fn build(&mut self, key: &str, loc: Loc) -> Result<(TypeDef, Option<String>), DwarfError> {
        let (unit, die) = self.die(loc)?;
        let file = self.decl_file(loc, &unit, &die);
        if let (Some(public), Some((_, full, _))) = (&self.cx.public, &file) {
            if !public.is_public(full, key) {
                self.out.private.insert(key.to_owned());
            }
        }
        let def = self.build_def(loc, &unit, die)?;
        let shown = file.map(|f| f.2);
        Ok((def, shown))
    }

    fn build_def(&mut self, loc: Loc, unit: &U<'d>, die: Die<'d>) -> Result<TypeDef, DwarfError> {
        let tag = die.tag();
        let declaration_only = Self::flag(&die, gimli::DW_AT_declaration);
        let size = Self::udata(&die, gimli::DW_AT_byte_size).unwrap_or(0);
        match tag {
            gimli::DW_TAG_typedef => Ok(TypeDef::Typedef {
                target: self.inner(loc, &die, 0)?.s,
            }),
            gimli::DW_TAG_enumeration_type => {
                let underlying_loc = self.reference(loc, &die, gimli::DW_AT_type);
                let underlying = match underlying_loc {
                    Some(t) => Some(self.spell(t, 0)?.s),
                    None => None,
                };
                let signed = match underlying_loc {
                    Some(t) => self.is_signed(t)?,
                    None => false,
                };
                let mut enumerators = Vec::new();
                if !declaration_only {
                    for (c, ctag) in self.children(loc)? {
                        if ctag != gimli::DW_TAG_enumerator {
                            continue;
                        }
                        let (u, d) = self.die(c)?;
                        let name = self.string(&u, &d, gimli::DW_AT_name).unwrap_or_default();
                        let value = match d.attr_value(gimli::DW_AT_const_value) {
                            Some(AttributeValue::Sdata(v)) => v as i128,
                            Some(AttributeValue::Udata(v)) => v as i128,
                            Some(AttributeValue::Data1(v)) if signed => v as i8 as i128,
                            Some(AttributeValue::Data2(v)) if signed => v as i16 as i128,
                            Some(AttributeValue::Data4(v)) if signed => v as i32 as i128,
                            Some(AttributeValue::Data8(v)) if signed => v as i64 as i128,
                            Some(AttributeValue::Data1(v)) => v as i128,
                            Some(AttributeValue::Data2(v)) => v as i128,
                            Some(AttributeValue::Data4(v)) => v as i128,
                            Some(AttributeValue::Data8(v)) => v as i128,
                            _ => 0,
                        };
                        enumerators.push((name, value));
                    }
                }
                Ok(TypeDef::Enum {
                    size,
                    underlying,
                    enumerators,
                    scoped: Self::flag(&die, gimli::DW_AT_enum_class),
                    declaration_only,
                })
            }
            gimli::DW_TAG_structure_type | gimli::DW_TAG_class_type | gimli::DW_TAG_union_type => {
                let mut members = Vec::new();
                let mut vtable = Vec::new();
                let mut by_reference = match die.attr_value(gimli::DW_AT_calling_convention) {
                    Some(AttributeValue::CallingConvention(cc)) => {
                        cc == gimli::DW_CC_pass_by_reference
                    }
                    Some(v) => v.udata_value() == Some(gimli::DW_CC_pass_by_reference.0.into()),
                    None => false,
                };
                let class_name = self.string(unit, &die, gimli::DW_AT_name);
                let mut explicit = Vec::new();
                let mut protected = false;
                if !declaration_only {
                    for (c, ctag) in self.children(loc)? {
                        if matches!(
                            ctag,
                            gimli::DW_TAG_member
                                | gimli::DW_TAG_subprogram
                                | gimli::DW_TAG_inheritance
                        ) {
                            let (_, d) = self.die(c)?;
                            protected |= matches!(
                                d.attr_value(gimli::DW_AT_accessibility),
                                Some(AttributeValue::Accessibility(a)) if a == gimli::DW_ACCESS_protected
                            );
                        }
                        match ctag {
                            gimli::DW_TAG_member => {
                                let (u, d) = self.die(c)?;
                                if Self::flag(&d, gimli::DW_AT_external)
                                    || Self::flag(&d, gimli::DW_AT_declaration)
                                {
                                    continue; // C++ static data member
                                }
                                members.push(self.member(c, &u, &d)?);
                            }
                            gimli::DW_TAG_inheritance => {
                                let (u, d) = self.die(c)?;
                                members.push(self.base(c, &u, &d)?);
                            }
                            gimli::DW_TAG_subprogram => {
                                let (u, d) = self.die(c)?;
                                if let Some(v) = self.virtual_fn(c, &u, &d)? {
                                    vtable.push(v);
                                }
                                if Self::flag(&d, gimli::DW_AT_explicit) {
                                    if let Some(n) = self
                                        .string(&u, &d, gimli::DW_AT_linkage_name)
                                        .or_else(|| self.string(&u, &d, gimli::DW_AT_name))
                                    {
                                        explicit.push(n);
                                    }
                                }
                                if !by_reference {
                                    by_reference = self.user_provided_special(
                                        c,
                                        &u,
                                        &d,
                                        class_name.as_deref(),
                                    )?;
                                }
                            }
                            _ => {}
                        }
                    }
                }
                // Slot order; slotless entries (virtual destructors) last, by name.
                vtable.sort_by(|a: &VirtualFn, b: &VirtualFn| {
                    (a.slot.is_none(), a.slot, &a.name).cmp(&(b.slot.is_none(), b.slot, &b.name))
                });
                let (size, members) = (if declaration_only { 0 } else { size }, members);
                Ok(if tag == gimli::DW_TAG_union_type {
                    TypeDef::Union {
                        size,
                        members,
                        declaration_only,
                    }
                } else {
                    explicit.sort();
                    explicit.dedup();
                    TypeDef::Struct {
                        size,
                        members,
                        vtable,
                        by_reference,
                        protected,
                        explicit,
                        declaration_only,
                    }
                })
            }
            _ => Ok(TypeDef::Typedef {
                target: self.spell(loc, 0)?.s,
            }),
        }
    }

    /// Whether the member function `die` of class `class` is a user-provided
    /// destructor or copy or move constructor (declared, not implicit, not
    /// defaulted in the class): such a class is passed by hidden reference.
    fn user_provided_special(
        &mut self,
        loc: Loc,
        unit: &U<'d>,
        die: &Die<'d>,
        class: Option<&str>,
    ) -> Result<bool, DwarfError> {
        if Self::flag(die, gimli::DW_AT_artificial) {
            return Ok(false);
        }
        let defaulted = die
            .attr(gimli::DW_AT_defaulted)
            .and_then(|a| a.udata_value());
        if defaulted == Some(u64::from(gimli::DW_DEFAULTED_in_class.0)) {
            return Ok(false);
        }
        let (Some(name), Some(class)) = (self.string(unit, die, gimli::DW_AT_name), class) else {
            return Ok(false);
        };
        if name.starts_with('~') {
            return Ok(true);
        }
        if name != class {
            return Ok(false);
        }
        // A constructor whose one explicit parameter is a reference to the class.
        let mut explicit = Vec::new();
        for (c, ctag) in self.children(loc)? {
            if ctag != gimli::DW_TAG_formal_parameter {
                continue;
            }
            let (_, d) = self.die(c)?;
            if !Self::flag(&d, gimli::DW_AT_artificial) {
                explicit.push((c, d));
            }
        }
        let [(c, d)] = explicit.as_slice() else {
            return Ok(false);
        };
        let Some(t) = self.reference(*c, d, gimli::DW_AT_type) else {
            return Ok(false);
        };
        let (_, td) = self.die(t)?;
        if !matches!(
            td.tag(),
            gimli::DW_TAG_reference_type | gimli::DW_TAG_rvalue_reference_type
        ) {
            return Ok(false);
        }
        // The referenced type, through qualifiers, must be the class itself.
        let mut cur = self.reference(t, &td, gimli::DW_AT_type);
        for _ in 0..4 {
            let Some(l) = cur else { break };
            let (u, d) = self.die(l)?;
            match d.tag() {
                gimli::DW_TAG_const_type | gimli::DW_TAG_volatile_type => {
                    cur = self.reference(l, &d, gimli::DW_AT_type);
                }
                _ => return Ok(self.string(&u, &d, gimli::DW_AT_name).as_deref() == Some(class)),
            }
        }
        Ok(false)
    }

    /// A base class (`DW_TAG_inheritance`) as a member named `<base T>`; a
    /// virtual base is `<virtual base T>` at offset 0 (its place is looked up
    /// at run time through the vtable).
    fn base(&mut self, loc: Loc, unit: &U<'d>, die: &Die<'d>) -> Result<Member, DwarfError> {
        let is_virtual = matches!(
            die.attr_value(gimli::DW_AT_virtuality),
            Some(AttributeValue::Virtuality(v)) if v != gimli::DW_VIRTUALITY_none
        );
        if is_virtual {
            let ty = match self.reference(loc, die, gimli::DW_AT_type) {
                Some(t) => self.spell(t, 0)?.s,
                None => self.no_type(die),
            };
            return Ok(Member {
                name: Some(format!("<virtual base {ty}>")),
                offset_bits: 0,
                bit_size: None,
                ty,
            });
        }
        let mut m = self.member(loc, unit, die)?;
        m.name = Some(format!("<base {}>", m.ty));
        Ok(m)
    }

    /// A virtual member function declared in a class, with its vtable slot.
    fn virtual_fn(
        &mut self,
        loc: Loc,
        unit: &U<'d>,
        die: &Die<'d>,
    ) -> Result<Option<VirtualFn>, DwarfError> {
        let pure = match die.attr_value(gimli::DW_AT_virtuality) {
            Some(AttributeValue::Virtuality(v)) if v != gimli::DW_VIRTUALITY_none => {
                v == gimli::DW_VIRTUALITY_pure_virtual
            }
            _ => return Ok(None),
        };
        let Some(name) = self
            .string(unit, die, gimli::DW_AT_linkage_name)
            .or_else(|| self.string(unit, die, gimli::DW_AT_MIPS_linkage_name))
            .or_else(|| self.string(unit, die, gimli::DW_AT_name))
        else {
            return Ok(None);
        };
        let slot = match die.attr_value(gimli::DW_AT_vtable_elem_location) {
            Some(AttributeValue::Exprloc(e)) => Some(self.eval_offset(loc, e.0)?),
            Some(AttributeValue::Block(b)) => Some(self.eval_offset(loc, b)?),
            Some(v) => v.udata_value(),
            None => None,
        };
        Ok(Some(VirtualFn { name, slot, pure }))
    }

    fn member(&mut self, loc: Loc, unit: &U<'d>, die: &Die<'d>) -> Result<Member, DwarfError> {
        let name = self.string(unit, die, gimli::DW_AT_name);
        let ty_loc = self.reference(loc, die, gimli::DW_AT_type);
        let ty = match ty_loc {
            Some(t) => self.spell(t, 0)?.s,
            None => self.no_type(die),
        };
        let byte_offset: u64 = match die.attr(gimli::DW_AT_data_member_location) {
            None => 0,
            Some(a) => match a.value() {
                AttributeValue::Exprloc(e) => self.eval_offset(loc, e.0)?,
                AttributeValue::Block(b) => self.eval_offset(loc, b)?,
                AttributeValue::Sdata(v) => v.max(0) as u64,
                _ => a.udata_value().unwrap_or(0),
            },
        };
        let bit_size = Self::udata(die, gimli::DW_AT_bit_size);
        let offset_bits = if let Some(dbo) = Self::udata(die, gimli::DW_AT_data_bit_offset) {
            dbo
        } else if let (Some(bo), Some(bs)) = (
            die.attr(gimli::DW_AT_bit_offset).and_then(|a| {
                a.sdata_value()
                    .or_else(|| a.udata_value().map(|v| v as i64))
            }),
            bit_size,
        ) {
            // DWARF 2/3: bit_offset counts from the most significant bit of the
            // storage unit (DW_AT_byte_size, else the member type's size).
            let storage = match Self::udata(die, gimli::DW_AT_byte_size) {
                Some(s) => s,
                None => match ty_loc {
                    Some(t) => self.size_of(t, 0)?.unwrap_or(0),
                    None => 0,
                },
            };
            let v = if self.cx.big_endian {
                byte_offset as i128 * 8 + bo as i128
            } else {
                byte_offset as i128 * 8 + storage as i128 * 8 - bo as i128 - bs as i128
            };
            v.max(0) as u64
        } else {
            byte_offset.saturating_mul(8)
        };
        Ok(Member {
            name,
            offset_bits,
            bit_size,
            ty,
        })
    }

    /// Evaluates a `DW_AT_data_member_location` expression (`DW_OP_plus_uconst N`,
    /// `DW_OP_constu N; DW_OP_plus`) against a base of 0.
    fn eval_offset(&mut self, loc: Loc, bytes: R<'d>) -> Result<u64, DwarfError> {
        let unit = self.unit(loc.unit)?;
        let encoding = unit.encoding();
        let mut stack: Vec<i128> = vec![0];
        let mut ops = gimli::Expression(bytes).operations(encoding);
        while let Some(op) = ops
            .next()
            .map_err(|e| self.cx.t.malformed(loc.unit, loc.off.0, e))?
        {
            match op {
                gimli::Operation::PlusConstant { value } => {
                    if let Some(top) = stack.last_mut() {
                        *top += value as i128;
                    }
                }
                gimli::Operation::UnsignedConstant { value } => stack.push(value as i128),
                gimli::Operation::SignedConstant { value } => stack.push(value as i128),
                gimli::Operation::Plus => {
                    let a = stack.pop().unwrap_or(0);
                    if let Some(top) = stack.last_mut() {
                        *top += a;
                    }
                }
                _ => {
                    self.out.notes.push(
                        "unsupported DW_AT_data_member_location expression; offset taken as 0"
                            .into(),
                    );
                    return Ok(0);
                }
            }
        }
        Ok(stack.last().copied().unwrap_or(0).max(0) as u64)
    }

    /// The byte size of a type, through typedefs and qualifiers.
    fn size_of(&mut self, loc: Loc, depth: u32) -> Result<Option<u64>, DwarfError> {
        if depth > MAX_DEPTH {
            return Ok(None);
        }
        let (_, die) = self.die(loc)?;
        if let Some(s) = Self::udata(&die, gimli::DW_AT_byte_size) {
            return Ok(Some(s));
        }
        match self.reference(loc, &die, gimli::DW_AT_type) {
            Some(t) => self.size_of(t, depth + 1),
            None => Ok(None),
        }
    }

    /// The type is a signed integer (through typedefs and qualifiers).
    fn is_signed(&mut self, loc: Loc) -> Result<bool, DwarfError> {
        let mut cur = loc;
        for _ in 0..MAX_DEPTH {
            let (_, die) = self.die(cur)?;
            if let Some(AttributeValue::Encoding(e)) = die.attr_value(gimli::DW_AT_encoding) {
                return Ok(matches!(
                    e,
                    gimli::DW_ATE_signed | gimli::DW_ATE_signed_char
                ));
            }
            match self.reference(cur, &die, gimli::DW_AT_type) {
                Some(t) => cur = t,
                None => return Ok(false),
            }
        }
        Ok(false)
    }
}
