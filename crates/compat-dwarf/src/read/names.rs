//! C++ qualified names without the DIE tree: per unit, the intervals of
//! DIE offsets that namespaces and classes span, built on first use, and
//! the qualified name of a type (an out-of-line definition named like the
//! declaration it completes).

use super::*;

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
pub(super) struct Scopes(Vec<Scope>);

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

impl<'c, 'd> Worker<'c, 'd> {
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
    pub(super) fn scopes(&mut self, i: usize) -> Result<Option<Rc<Scopes>>, DwarfError> {
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
    pub(super) fn type_name(
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
}
