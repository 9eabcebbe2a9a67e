//! One unit's results, and how results of several units merge: a
//! definition beats a declaration, and of two definitions of one key the
//! first unit's wins (the key is counted as a conflict).

use super::*;

/// One unit's (or a merged group of units') results.
#[derive(Default)]
pub(super) struct Partial {
    pub(super) functions: BTreeMap<String, (u8, Function)>,
    pub(super) variables: BTreeMap<String, (u8, Variable)>,
    pub(super) types: BTreeMap<String, TypeDef>,
    /// The `DW_AT_decl_file` basename of each kept type definition.
    pub(super) decl_files: BTreeMap<String, String>,
    pub(super) private: BTreeSet<String>,
    /// See [`TypeInfo::out_of_line`].
    pub(super) out_of_line: BTreeSet<String>,
    /// See [`TypeInfo::void_views`].
    pub(super) void_views: BTreeMap<String, String>,
    /// See [`TypeInfo::calls`] (before the callees are filtered to exports).
    pub(super) calls: BTreeMap<String, BTreeSet<String>>,
    /// See [`TypeInfo::forwards`] (before the callees are filtered to exports).
    pub(super) forwards: BTreeMap<String, Vec<Forward>>,
    pub(super) conflicts: BTreeSet<String>,
    pub(super) notes: Vec<String>,
}

impl Partial {
    /// Merges `right` (later units) into `self` (earlier units).
    pub(super) fn merge(mut self, right: Partial) -> Partial {
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
        self.out_of_line.extend(right.out_of_line);
        for (k, sym) in right.void_views {
            self.void_views.entry(k).or_insert(sym);
        }
        for (k, callees) in right.calls {
            self.calls.entry(k).or_default().extend(callees);
        }
        for (k, calls) in right.forwards {
            self.forwards.entry(k).or_default().extend(calls);
        }
        self.conflicts.extend(right.conflicts);
        self.notes.extend(right.notes);
        self
    }

    /// Records `file` as the declaring file of the definition of `key` just taken.
    pub(super) fn take_file(&mut self, key: &str, file: Option<String>) {
        match file {
            Some(f) => self.decl_files.insert(key.to_owned(), f),
            None => self.decl_files.remove(key),
        };
    }
}
