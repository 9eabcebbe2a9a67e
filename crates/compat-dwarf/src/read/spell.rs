//! Type spellings: a DIE's type as text (`const struct foo *`, function
//! pointers, arrays), memoized per unit, with a depth limit, a cycle check
//! and a budget on the bytes handed out; named types end the recursion and
//! are queued to be built.

use super::*;

impl<'c, 'd> Worker<'c, 'd> {
    /// Spells the type at `loc`, queueing the named types it names.
    ///
    /// Every spelling handed out is a copy (parameters, members and results
    /// each hold their type's spelling), so the bytes handed out are counted
    /// against the file's budget: thousands of parameters of one type whose
    /// name is megabytes long end in an error, not in gigabytes of copies.
    pub(super) fn spell(&mut self, loc: Loc, depth: u32) -> Result<Spelled, DwarfError> {
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

    pub(super) fn inner(
        &mut self,
        loc: Loc,
        die: &Die<'d>,
        depth: u32,
    ) -> Result<Spelled, DwarfError> {
        match self.reference(loc, die, gimli::DW_AT_type) {
            Some(t) => self.spell(t, depth + 1),
            None => Ok(Spelled::named(self.no_type(die))),
        }
    }

    /// The spelling of a missing or unresolvable `DW_AT_type`: `void`, or a
    /// placeholder (with a note) for a reference that names nothing read: a
    /// type unit signature no unit has, an offset in a supplementary file
    /// that was not found, an offset past the end of the section.
    pub(super) fn no_type(&mut self, die: &Die<'d>) -> String {
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
                    let column = Self::udata(&die, gimli::DW_AT_decl_column).unwrap_or(0);
                    let name = format!("<anon@{}:{line}>", file.as_deref().unwrap_or("?"));
                    let first = *self
                        .anon_columns
                        .entry(format!("{kind} {name}"))
                        .or_insert(column);
                    if first == column {
                        name
                    } else {
                        format!("<anon@{}:{line}:{column}>", file.as_deref().unwrap_or("?"))
                    }
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
                                    // 0xffffffff-style all-ones bounds mean "no elements"
                                    // (the index type's -1); a one- or two-byte form holds a
                                    // real bound (GCC writes 255, a `[256]`, as one byte).
                                    let all_ones = match a.value() {
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
            // `int Foo::*`, `void (Foo::*)(int) const`: the class, then the
            // member's type (a member function's type keeps its `this`).
            gimli::DW_TAG_ptr_to_member_type => {
                let pointee = self.inner(loc, &die, depth)?;
                let class = match self.reference(loc, &die, gimli::DW_AT_containing_type) {
                    Some(c) => self.spell(c, depth + 1)?.s,
                    None => {
                        self.out.notes.push(
                            "a pointer to member has no DW_AT_containing_type (or it points outside the debug information); its class spelled <unresolved>"
                                .into(),
                        );
                        "<unresolved>".to_owned()
                    }
                };
                Ok(Spelled {
                    s: format!("memptr({class}, {})", pointee.s),
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
}
