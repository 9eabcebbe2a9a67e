//! The exported functions and variables of a unit: top-level subprograms
//! and variables matched to the exported symbols (following
//! `DW_AT_abstract_origin` and `DW_AT_specification`), with their
//! parameters; and the definitions of declaration-only types looked up by
//! name in later rounds.

use super::*;

impl<'c, 'd> Worker<'c, 'd> {
    /// Phase 1: the exported functions and variables of unit `i`.
    pub(super) fn exported_in(mut self, i: usize) -> Result<Partial, DwarfError> {
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
    pub(super) fn definitions_in(
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
    pub(super) fn symbol(&mut self, loc: Loc, is_fn: bool) -> Result<(), DwarfError> {
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
                              // A member function's definition outside its class says where it is
                              // (its own `DW_AT_decl_file` or `DW_AT_decl_line`: GCC leaves out
                              // what equals the declaration's) and whether it is `inline`
                              // (`DW_AT_inline`); the class's declaration ends the chain.
        let (mut own_line, mut inline, mut in_class) = (false, false, None);
        let mut cur = (loc, unit, die);
        for _ in 0..8 {
            let (l, u, d) = &cur;
            if Self::flag(d, gimli::DW_AT_declaration) {
                in_class = self.string(u, d, gimli::DW_AT_linkage_name);
            } else {
                own_line |=
                    d.has_attr(gimli::DW_AT_decl_line) || d.has_attr(gimli::DW_AT_decl_file);
                inline |= matches!(
                    d.attr_value(gimli::DW_AT_inline),
                    Some(AttributeValue::Inline(i))
                        if i == gimli::DW_INL_declared_inlined || i == gimli::DW_INL_declared_not_inlined
                );
            }
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
        if is_fn && rank == 3 && own_line && !inline {
            if let Some(k) = in_class {
                self.out.out_of_line.insert(k);
            }
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
            if params.iter().any(|p| is_void_pointer(&p.ty)) && self.scopes(holder.unit)?.is_none()
            {
                for view in self.views(holder)? {
                    self.out
                        .void_views
                        .entry(view)
                        .or_insert_with(|| sym.clone());
                }
            }
            // A function handing out a pointer: what its body calls (see
            // `TypeInfo::calls`); one taking a pointer: the calls that pass
            // on its own parameters (`TypeInfo::forwards`). From the
            // definition only, in one walk.
            let hands_out = is_pointer(&ty);
            let takes = params.iter().any(|p| is_pointer(&p.ty));
            if rank == 3 && (hands_out || takes) {
                let (callees, forwards) = self.call_sites(loc, takes)?;
                if hands_out && !callees.is_empty() {
                    self.out
                        .calls
                        .entry(sym.clone())
                        .or_default()
                        .extend(callees);
                }
                if !forwards.is_empty() {
                    self.out
                        .forwards
                        .entry(sym.clone())
                        .or_default()
                        .extend(forwards);
                }
            }
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
    pub(super) fn children(&mut self, loc: Loc) -> Result<Vec<(Loc, gimli::DwTag)>, DwarfError> {
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

    /// The structs and unions the body of function `holder` holds pointers
    /// to in its local variables (at any depth of lexical blocks), when a
    /// header that does not mark itself internal declares them (see
    /// [`TypeInfo::void_views`]).
    fn views(&mut self, holder: Loc) -> Result<BTreeSet<String>, DwarfError> {
        let mut out = BTreeSet::new();
        let mut work = vec![(holder, 0u32)];
        while let Some((at, depth)) = work.pop() {
            for (c, tag) in self.children(at)? {
                if tag == gimli::DW_TAG_lexical_block && depth < 16 {
                    work.push((c, depth + 1));
                    continue;
                }
                if tag != gimli::DW_TAG_variable {
                    continue;
                }
                let (_, d) = self.die(c)?;
                let Some(t) = self.reference(c, &d, gimli::DW_AT_type) else {
                    continue;
                };
                let Some(pointee) = self.struct_pointee(t)? else {
                    continue;
                };
                let (unit, die) = self.die(pointee)?;
                let shown = self.decl_file(pointee, &unit, &die).map(|f| f.2);
                if shown.as_deref().is_some_and(crate::exposure::hidden_file) {
                    continue;
                }
                out.insert(self.spell(pointee, 0)?.s);
            }
        }
        Ok(out)
    }

    /// The name of the function a call site's origin names: its linkage
    /// name (else name), through its abstract origin or its declaration in
    /// a class.
    fn callee_name(&mut self, mut target: Loc) -> Result<Option<String>, DwarfError> {
        for _ in 0..8 {
            let (u, t) = self.die(target)?;
            if let Some(n) = self
                .string(&u, &t, gimli::DW_AT_linkage_name)
                .or_else(|| self.string(&u, &t, gimli::DW_AT_MIPS_linkage_name))
            {
                return Ok(Some(n));
            }
            let next = self
                .reference(target, &t, gimli::DW_AT_abstract_origin)
                .or_else(|| self.reference(target, &t, gimli::DW_AT_specification));
            match next {
                Some(n) => target = n,
                None => return Ok(self.string(&u, &t, gimli::DW_AT_name)),
            }
        }
        Ok(None)
    }

    /// What the body of the subprogram at `loc` calls, at any depth of
    /// lexical blocks and inlined bodies: the functions it calls
    /// (`DW_TAG_call_site`, `DW_TAG_GNU_call_site`: `DW_AT_call_origin` or
    /// `DW_AT_abstract_origin`) or inlines (`DW_TAG_inlined_subroutine`), by
    /// linkage name (else name), see [`TypeInfo::calls`]; and, with
    /// `forwards`, the calls that pass on one of its own parameters as it
    /// was on entry (`DW_OP_entry_value` of the register that carried it),
    /// with every argument whose value DWARF gives as such a parameter or a
    /// constant, see [`TypeInfo::forwards`] (none on a target whose argument
    /// registers are not known).
    fn call_sites(
        &mut self,
        loc: Loc,
        forwards: bool,
    ) -> Result<(BTreeSet<String>, Vec<Forward>), DwarfError> {
        let registers = self.cx.argument_registers;
        let index = |r: u16| registers.iter().position(|x| *x == r);
        let mut callees = BTreeSet::new();
        let mut passed = Vec::new();
        let mut work = vec![(loc, 0u32)];
        while let Some((at, depth)) = work.pop() {
            for (c, tag) in self.children(at)? {
                let (origin_at, nested) = match tag {
                    gimli::DW_TAG_call_site | gimli::DW_TAG_GNU_call_site => {
                        (gimli::DW_AT_call_origin, false)
                    }
                    gimli::DW_TAG_inlined_subroutine => (gimli::DW_AT_abstract_origin, true),
                    gimli::DW_TAG_lexical_block => {
                        if depth < 16 {
                            work.push((c, depth + 1));
                        }
                        continue;
                    }
                    _ => continue,
                };
                if nested && depth < 16 {
                    work.push((c, depth + 1));
                }
                let (_, d) = self.die(c)?;
                let Some(target) = self
                    .reference(c, &d, origin_at)
                    .or_else(|| self.reference(c, &d, gimli::DW_AT_abstract_origin))
                else {
                    continue;
                };
                let Some(callee) = self.callee_name(target)? else {
                    continue;
                };
                if nested || !forwards || registers.is_empty() {
                    callees.insert(callee);
                    continue;
                }
                let mut args = BTreeMap::new();
                for (p, ptag) in self.children(c)? {
                    if ptag != gimli::DW_TAG_call_site_parameter
                        && ptag != gimli::DW_TAG_GNU_call_site_parameter
                    {
                        continue;
                    }
                    let (u, pd) = self.die(p)?;
                    let encoding = u.encoding();
                    let Some(i) = pd
                        .attr_value(gimli::DW_AT_location)
                        .and_then(|v| v.exprloc_value())
                        .and_then(|e| lone_register(e, encoding))
                        .and_then(index)
                    else {
                        continue;
                    };
                    let value = pd
                        .attr_value(gimli::DW_AT_call_value)
                        .or_else(|| pd.attr_value(gimli::DW_AT_GNU_call_site_value))
                        .and_then(|v| v.exprloc_value())
                        .and_then(|e| call_value(e, encoding, &index));
                    if let Some(v) = value {
                        args.insert(i, v);
                    }
                }
                if args.values().any(|a| matches!(a, Arg::Param(_))) {
                    passed.push(Forward {
                        callee: callee.clone(),
                        args,
                    });
                }
                callees.insert(callee);
            }
        }
        Ok((callees, passed))
    }

    /// What pointer type `loc` points to, when that is a struct or union
    /// (through qualifiers), or a typedef naming one: the type to spell.
    fn struct_pointee(&mut self, loc: Loc) -> Result<Option<Loc>, DwarfError> {
        let (_, die) = self.die(loc)?;
        if die.tag() != gimli::DW_TAG_pointer_type {
            return Ok(None);
        }
        let mut cur = self.reference(loc, &die, gimli::DW_AT_type);
        let mut named = None;
        for _ in 0..16 {
            let Some(at) = cur else {
                return Ok(None);
            };
            let (_, d) = self.die(at)?;
            match d.tag() {
                gimli::DW_TAG_structure_type | gimli::DW_TAG_union_type => {
                    return Ok(Some(named.unwrap_or(at)))
                }
                gimli::DW_TAG_typedef => {
                    named.get_or_insert(at);
                }
                gimli::DW_TAG_const_type | gimli::DW_TAG_volatile_type => {}
                _ => return Ok(None),
            }
            cur = self.reference(at, &d, gimli::DW_AT_type);
        }
        Ok(None)
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
}

/// The register an expression names alone (`DW_OP_reg5`).
fn lone_register(e: gimli::Expression<R<'_>>, encoding: gimli::Encoding) -> Option<u16> {
    let mut ops = e.operations(encoding);
    let Ok(Some(gimli::Operation::Register { register })) = ops.next() else {
        return None;
    };
    matches!(ops.next(), Ok(None)).then_some(register.0)
}

/// A call site parameter's value as an [`Arg`]: a lone constant
/// (`DW_OP_lit5`, `DW_OP_const1u 40`; not a negative one), or the value at
/// entry of the register that carried the caller's parameter `index(r)`
/// (`DW_OP_entry_value(DW_OP_reg4)`).
fn call_value(
    e: gimli::Expression<R<'_>>,
    encoding: gimli::Encoding,
    index: &dyn Fn(u16) -> Option<usize>,
) -> Option<Arg> {
    let mut ops = e.operations(encoding);
    let op = ops.next().ok()??;
    if !matches!(ops.next(), Ok(None)) {
        return None;
    }
    match op {
        gimli::Operation::UnsignedConstant { value } => Some(Arg::Const(value)),
        gimli::Operation::SignedConstant { value } => u64::try_from(value).ok().map(Arg::Const),
        gimli::Operation::EntryValue { expression } => {
            lone_register(gimli::Expression(expression), encoding)
                .and_then(index)
                .map(Arg::Param)
        }
        _ => None,
    }
}

/// A pointer type (through qualifiers on it): `struct mtdev *`.
fn is_pointer(ty: &str) -> bool {
    let mut e = crate::model::parse_type_ref(ty);
    while let Some(TypeExpr::Qualified(_, t)) = e {
        e = Some(*t);
    }
    matches!(e, Some(TypeExpr::Pointer(_)))
}

/// `void *` or `const void *` (any qualifiers on either level).
fn is_void_pointer(ty: &str) -> bool {
    let mut e = crate::model::parse_type_ref(ty);
    while let Some(TypeExpr::Qualified(_, t)) = e {
        e = Some(*t);
    }
    let Some(TypeExpr::Pointer(mut t)) = e else {
        return false;
    };
    while let TypeExpr::Qualified(_, inner) = *t {
        t = inner;
    }
    matches!(*t, TypeExpr::Named(ref k) if k == "void")
}
