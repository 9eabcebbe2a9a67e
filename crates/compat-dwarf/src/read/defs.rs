//! Building the named types the interface reaches from the work list:
//! structs, unions and classes (members with offsets and bit-fields, bases,
//! virtual functions in slot order, special members), enums and typedefs,
//! with sizes and signedness.

use super::*;

impl<'c, 'd> Worker<'c, 'd> {
    /// Builds every queued named type.
    pub(super) fn drain(&mut self) -> Result<(), DwarfError> {
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
    pub(super) fn build(
        &mut self,
        key: &str,
        loc: Loc,
    ) -> Result<(TypeDef, Option<String>), DwarfError> {
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
                // An enumerator's data form takes the enum's sign (from its
                // underlying type, or GCC's DW_AT_encoding on the enum when
                // no DW_AT_type names one; with neither, unsigned) and size:
                // see `constant`.
                let signed = self.is_signed(loc)?.then_some(size);
                let mut enumerators = Vec::new();
                if !declaration_only {
                    for (c, ctag) in self.children(loc)? {
                        if ctag != gimli::DW_TAG_enumerator {
                            continue;
                        }
                        let (u, d) = self.die(c)?;
                        let name = self.string(&u, &d, gimli::DW_AT_name).unwrap_or_default();
                        let value =
                            Self::constant(&d, gimli::DW_AT_const_value, signed).unwrap_or(0);
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
                let mut methods = Vec::new();
                let mut user_constructor = false;
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
                                let mut m = self.member(c, &u, &d)?;
                                m.private = match d.attr_value(gimli::DW_AT_accessibility) {
                                    Some(AttributeValue::Accessibility(a)) => {
                                        a == gimli::DW_ACCESS_private
                                    }
                                    _ => tag == gimli::DW_TAG_class_type,
                                };
                                members.push(m);
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
                                if !Self::flag(&d, gimli::DW_AT_artificial) {
                                    let name = self.string(&u, &d, gimli::DW_AT_name);
                                    user_constructor |=
                                        name.is_some() && name.as_deref() == class_name.as_deref();
                                    // A deleted function has no code to read anything.
                                    let code = self
                                        .string(&u, &d, gimli::DW_AT_linkage_name)
                                        .or(name)
                                        .filter(|_| !Self::flag(&d, gimli::DW_AT_deleted));
                                    methods.extend(code);
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
                    methods.sort();
                    methods.dedup();
                    TypeDef::Struct {
                        size,
                        members,
                        vtable,
                        by_reference,
                        protected,
                        explicit,
                        methods,
                        user_constructor,
                        declaration_only,
                        class: tag == gimli::DW_TAG_class_type,
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
    pub(super) fn base(
        &mut self,
        loc: Loc,
        unit: &U<'d>,
        die: &Die<'d>,
    ) -> Result<Member, DwarfError> {
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
                private: false,
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

    pub(super) fn member(
        &mut self,
        loc: Loc,
        unit: &U<'d>,
        die: &Die<'d>,
    ) -> Result<Member, DwarfError> {
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
            // A data form is unsigned here: GCC writes a negative offset as sdata.
            Self::constant(die, gimli::DW_AT_bit_offset, None),
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
                byte_offset as i128 * 8 + bo
            } else {
                byte_offset as i128 * 8 + storage as i128 * 8 - bo - bs as i128
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
            private: false,
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

    /// The type is a signed integer (through typedefs, qualifiers and an
    /// enum's own `DW_AT_encoding` or underlying type).
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
