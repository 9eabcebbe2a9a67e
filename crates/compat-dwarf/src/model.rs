//! The type-level ABI of a library as plain, serializable data.
//!
//! This becomes part of the `compat abi dump` JSON, so it is deterministic:
//! every collection is a sorted map or keeps the order of the source (members,
//! parameters, enumerators), there are no DWARF offsets or addresses.
//!
//! Types are named by a [`TypeRef`]: a string that spells a type structurally.
//! - Named types by kind and name: `struct sqlite3_vfs`, `union u`, `enum e`,
//!   `typedef sqlite3_int64`; base types by their DWARF name (`int`,
//!   `long unsigned int`); `void`.
//! - Anonymous structs, unions and enums by where they are declared:
//!   `struct <anon@file.h:12>` (basename of `DW_AT_decl_file`, `DW_AT_decl_line`).
//! - Derived types spelled out: `const T`, `volatile T`, `restrict T`, `T *`,
//!   `T[4]`, `T[]`, `fn(T1, T2, ...) -> R`. Consecutive bounds are one
//!   multi-dimensional array in declaration order: `int[2][5]` is two arrays
//!   of five `int` (dump formats before 3 wrote the bounds innermost first;
//!   [`TypeInfo::respell_legacy_arrays`] converts them). Qualifiers bind tighter than the
//!   suffixes, so `const char *` is a pointer to `const char`; a qualified
//!   pointer, array or function is parenthesized: `const (char *)`. A suffix
//!   after a function type applies to the function (`fn(int) -> void *` is a
//!   pointer to a function returning `void`); a derived return type is
//!   therefore parenthesized (`fn(int) -> (char *)` returns `char *`).
//! - C++ pointers to members (`DW_TAG_ptr_to_member_type`) as
//!   `memptr(C, T)`: the class, then the member's type. `memptr(struct Foo,
//!   int)` is `int Foo::*` (an offset into `Foo`, one pointer wide on the
//!   Itanium ABI); with a function type it points to a member function, whose
//!   first parameter is the implicit `this` as DWARF gives it:
//!   `memptr(struct Foo, fn(const struct Foo *, int) -> void)` is `void
//!   (Foo::*)(int) const` (a function address or vtable offset plus a `this`
//!   adjustment, two pointers wide).
//!
//! [`parse_type_ref`] reads these strings back, so [`crate::diff()`] can work on
//! a dump as well as on a binary.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

/// A type, named structurally (see the module documentation).
pub type TypeRef = String;

/// The type-level ABI of the exported interface of one ELF file.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TypeInfo {
    /// Exported functions with debug information, by symbol name.
    #[serde(default)]
    pub functions: BTreeMap<String, Function>,
    /// Exported variables with debug information, by symbol name.
    #[serde(default)]
    pub variables: BTreeMap<String, Variable>,
    /// Every named type the exported functions and variables reach, by its [`TypeRef`].
    #[serde(default)]
    pub types: BTreeMap<TypeRef, TypeDef>,
    /// The file each struct, union, enum and typedef of [`TypeInfo::types`]
    /// is declared in (`DW_AT_decl_file`), relative to the compilation
    /// directory when it lies inside it, where DWARF names one: a header
    /// (`libavcodec/avcodec.h`) or a source file (`sqlite3.c`) tells a type
    /// consumers may see from one only the library sees.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub decl_files: BTreeMap<TypeRef, String>,
    /// The types were read with a public header directory, so
    /// [`TypeInfo::private_types`] says which types are not public.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub header_filtered: bool,
    /// With [`TypeInfo::header_filtered`]: the named types declared outside the
    /// public header directory.
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    pub private_types: BTreeSet<TypeRef>,
    /// The linkage names of member-function declarations the library defines
    /// outside their class and not `inline` (in its sources): no consumer
    /// has a copy of their code.
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    pub out_of_line: BTreeSet<String>,
    /// The structs and unions that the body of an exported C function taking
    /// a `void *` parameter holds pointers to in its local variables, when a
    /// header (not a source file, not an internal header) declares them:
    /// what callers may hand in as that `void *` (`struct
    /// gbm_import_fd_data *d = buffer;` in `gbm_bo_import`). By type, with
    /// one such function.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub void_views: BTreeMap<TypeRef, String>,
    /// For each exported function returning a pointer, the other exported
    /// functions its body calls (`DW_TAG_call_site`, `DW_TAG_GNU_call_site`)
    /// or inlines (`DW_TAG_inlined_subroutine`), by symbol: a constructor
    /// that initialises the object it allocates through an export callers
    /// may call on their own objects (`mtdev_new_open` calling `mtdev_open`).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub calls: BTreeMap<String, BTreeSet<String>>,
    /// For each exported function that takes a pointer, the calls its body
    /// makes to other exported functions that pass on one of its own
    /// parameters unchanged (`DW_TAG_call_site_parameter` whose value is the
    /// parameter's value at entry), with the arguments DWARF knows: a
    /// function kept for old callers that hands their pointer to a newer
    /// one with the old size of the struct (PipeWire's `pw_stream_get_time`
    /// calling `pw_stream_get_time_n(stream, time, 40)`).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub forwards: BTreeMap<String, Vec<Forward>>,
}

/// A call from an exported function's body to another export (see
/// [`TypeInfo::forwards`]).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Forward {
    /// The symbol called.
    pub callee: String,
    /// The arguments whose values DWARF gives, by the callee's parameter
    /// index (counting integer and pointer arguments only: valid as a
    /// parameter index when every earlier parameter is one).
    pub args: BTreeMap<usize, Arg>,
}

/// An argument of a [`Forward`] call.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Arg {
    /// The caller's own parameter (its index, counted as for
    /// [`Forward::args`]) as it was on entry.
    Param(usize),
    /// A constant.
    Const(u64),
}

/// An exported function's prototype.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Function {
    /// The return type (`void` when there is none).
    pub ret: TypeRef,
    /// The parameters, in order.
    pub params: Vec<Param>,
    /// Takes `...` after its parameters.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub variadic: bool,
}

/// One parameter of a [`Function`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Param {
    /// The name, when the debug information has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The type.
    pub ty: TypeRef,
}

/// An exported variable.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Variable {
    /// The type.
    pub ty: TypeRef,
}

/// A virtual member function of a C++ class.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct VirtualFn {
    /// The linkage (mangled) name, else the name.
    pub name: String,
    /// The vtable slot (`DW_AT_vtable_elem_location`); `None` when the
    /// compiler does not give one (GCC for virtual destructors).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub slot: Option<u64>,
    /// Pure virtual (`= 0`): consumers must derive from the class and
    /// implement it.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub pure: bool,
}

/// The definition of a named type.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum TypeDef {
    /// `struct`, or a C++ `class`.
    Struct {
        /// `DW_AT_byte_size` (0 when declaration-only).
        size: u64,
        /// Base classes (named `<base T>` or `<virtual base T>`, at their
        /// offset; a virtual base's offset is 0, it is found at run time)
        /// and then data members, in declaration order.
        members: Vec<Member>,
        /// Virtual member functions, in vtable order (C++).
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        vtable: Vec<VirtualFn>,
        /// Passed and returned through a hidden reference rather than in
        /// registers (C++: a user-provided copy or move constructor or
        /// destructor, or `DW_AT_calling_convention` saying so).
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        by_reference: bool,
        /// It has protected members (C++): it is meant to be derived from.
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        protected: bool,
        /// The linkage names of its `explicit` constructors and conversion
        /// functions (C++, `DW_AT_explicit`), sorted.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        explicit: Vec<String>,
        /// The linkage names of the member functions it declares itself (C++;
        /// not the implicit ones), sorted: with
        /// [`TypeInfo::out_of_line`], whether code compiled into consumers
        /// can read its private members.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        methods: Vec<String>,
        /// It declares a constructor itself (C++), so no implicit one is
        /// compiled into consumers.
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        user_constructor: bool,
        /// No definition was found in any compilation unit (an opaque type).
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        declaration_only: bool,
        /// Declared with `class` (`DW_TAG_class_type`), as messages name it
        /// (`class Widget`); not part of its identity: the key stays
        /// `struct Widget`, the same type whichever keyword a declaration
        /// uses.
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        class: bool,
    },
    /// `union`.
    Union {
        /// `DW_AT_byte_size` (0 when declaration-only).
        size: u64,
        /// Members in declaration order.
        members: Vec<Member>,
        /// No definition was found in any compilation unit.
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        declaration_only: bool,
    },
    /// `enum`.
    Enum {
        /// `DW_AT_byte_size`.
        size: u64,
        /// The underlying type (`DW_AT_type`, DWARF 3+), when given.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        underlying: Option<TypeRef>,
        /// Enumerators with their values, in declaration order.
        #[serde(with = "enumerator_values")]
        enumerators: Vec<(String, i128)>,
        /// A C++ `enum class` (`DW_AT_enum_class`): its enumerators are
        /// scoped and do not convert to integers.
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        scoped: bool,
        /// No definition was found in any compilation unit.
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        declaration_only: bool,
    },
    /// `typedef`.
    Typedef {
        /// The type it names.
        target: TypeRef,
    },
    /// A base type.
    Base {
        /// `DW_AT_byte_size`.
        size: u64,
        /// `DW_AT_encoding` without the `DW_ATE_` prefix (`signed`, `float`, ...).
        encoding: String,
    },
}

impl TypeInfo {
    /// Rewrites the type spellings of a dump written before format 3, whose
    /// multi-dimensional arrays list their bounds innermost first
    /// (`int[5][2]` for two arrays of five), in today's declaration order.
    pub fn respell_legacy_arrays(&mut self) {
        fn fix(s: &mut String) {
            if s.contains("][") {
                if let Some(e) = parse(s, true) {
                    *s = e.to_string();
                }
            }
        }
        for f in self.functions.values_mut() {
            fix(&mut f.ret);
            for p in &mut f.params {
                fix(&mut p.ty);
            }
        }
        for v in self.variables.values_mut() {
            fix(&mut v.ty);
        }
        for d in self.types.values_mut() {
            match d {
                TypeDef::Struct { members, .. } | TypeDef::Union { members, .. } => {
                    for m in members {
                        fix(&mut m.ty);
                    }
                }
                TypeDef::Typedef { target } => fix(target),
                TypeDef::Enum {
                    underlying: Some(u),
                    ..
                } => fix(u),
                _ => {}
            }
        }
    }
}

impl TypeDef {
    /// How reports name the type `key` defined as `self` when its source's
    /// keyword is not the key's: `class Widget` for the key `struct Widget`
    /// of a class, `enum class Mode` for the key `enum Mode` of a scoped
    /// enum; `None` for every other type.
    pub fn keyword_name(&self, key: &str) -> Option<String> {
        match self {
            TypeDef::Struct { class: true, .. } => key
                .strip_prefix("struct ")
                .map(|name| format!("class {name}")),
            TypeDef::Enum { scoped: true, .. } => key
                .strip_prefix("enum ")
                .map(|name| format!("enum class {name}")),
            _ => None,
        }
    }

    /// True for a struct, union or enum without a definition.
    pub fn is_declaration_only(&self) -> bool {
        matches!(
            self,
            TypeDef::Struct {
                declaration_only: true,
                ..
            } | TypeDef::Union {
                declaration_only: true,
                ..
            } | TypeDef::Enum {
                declaration_only: true,
                ..
            }
        )
    }

    /// The size in bytes, when the type has one.
    pub fn size(&self) -> Option<u64> {
        match self {
            TypeDef::Struct { size, .. }
            | TypeDef::Union { size, .. }
            | TypeDef::Enum { size, .. }
            | TypeDef::Base { size, .. } => Some(*size),
            TypeDef::Typedef { .. } => None,
        }
    }

    /// `struct`, `union`, `enum`, `typedef` or `base type`.
    pub fn kind_name(&self) -> &'static str {
        match self {
            TypeDef::Struct { .. } => "struct",
            TypeDef::Union { .. } => "union",
            TypeDef::Enum { .. } => "enum",
            TypeDef::Typedef { .. } => "typedef",
            TypeDef::Base { .. } => "base type",
        }
    }
}

/// A data member of a struct or union.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Member {
    /// The name; `None` for an anonymous struct or union member.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Offset of the first bit from the start of the enclosing type.
    pub offset_bits: u64,
    /// Width of a bit-field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bit_size: Option<u64>,
    /// The type.
    pub ty: TypeRef,
    /// Declared `private` (C++: `DW_AT_accessibility`, or a `class` member
    /// without it): only the class's own member functions and friends read it.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub private: bool,
}

/// A [`TypeRef`] parsed into its structure.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TypeExpr {
    /// A named type: a key of [`TypeInfo::types`], or `void`.
    Named(String),
    /// `const T`, `volatile T`, `restrict T`, `_Atomic T` (the qualifier, the type).
    Qualified(&'static str, Box<TypeExpr>),
    /// `T *`.
    Pointer(Box<TypeExpr>),
    /// `T &` (C++ lvalue reference), or `T &&` when the flag is set (rvalue).
    Reference(Box<TypeExpr>, bool),
    /// `T[N]`, or `T[]` when the bound is unknown.
    Array(Box<TypeExpr>, Option<u64>),
    /// `fn(params, ...) -> ret`.
    Function {
        /// Parameter types.
        params: Vec<TypeExpr>,
        /// Ends with `...`.
        variadic: bool,
        /// Return type.
        ret: Box<TypeExpr>,
    },
    /// `memptr(C, T)`: a C++ pointer to a member of type `T` of class `C`
    /// (see the module documentation).
    MemberPointer {
        /// The class (`DW_AT_containing_type`).
        class: Box<TypeExpr>,
        /// The member's type: a function type for a member function.
        pointee: Box<TypeExpr>,
    },
}

impl TypeExpr {
    /// True when this spells a pointer, array or function (needs parentheses
    /// under a qualifier or as a return type).
    fn is_derived(&self) -> bool {
        matches!(
            self,
            TypeExpr::Pointer(_)
                | TypeExpr::Reference(..)
                | TypeExpr::Array(..)
                | TypeExpr::Function { .. }
                | TypeExpr::MemberPointer { .. }
        )
    }

    /// The pointee of a pointer to member function with its implicit `this`
    /// taken off: the other parameters, whether it is variadic, the result,
    /// and the qualifiers of `this` (`const` for a `const` member
    /// function); `None` for a pointer to a data member.
    #[allow(clippy::type_complexity)]
    pub fn member_function(&self) -> Option<(&[TypeExpr], bool, &TypeExpr, Vec<&'static str>)> {
        let TypeExpr::MemberPointer { class, pointee } = self else {
            return None;
        };
        let TypeExpr::Function {
            params,
            variadic,
            ret,
        } = &**pointee
        else {
            return None;
        };
        let mut quals = Vec::new();
        let mut rest = &params[..];
        // `this` itself may be declared `const` (`Foo *const`): that says
        // nothing about the member function.
        let mut first = params.first();
        while let Some(TypeExpr::Qualified(_, t)) = first {
            first = Some(&**t);
        }
        if let Some(TypeExpr::Pointer(this)) = first {
            let mut cur = &**this;
            let mut qs = Vec::new();
            while let TypeExpr::Qualified(q, t) = cur {
                qs.push(*q);
                cur = t;
            }
            if cur == &**class {
                quals = qs;
                rest = &params[1..];
            }
        }
        Some((rest, *variadic, ret, quals))
    }
}

impl std::fmt::Display for TypeExpr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            TypeExpr::Named(n) => f.write_str(n),
            TypeExpr::Qualified(q, t) if t.is_derived() => write!(f, "{q} ({t})"),
            TypeExpr::Qualified(q, t) => write!(f, "{q} {t}"),
            TypeExpr::Pointer(t) => write!(f, "{t} *"),
            TypeExpr::Reference(t, false) => write!(f, "{t} &"),
            TypeExpr::Reference(t, true) => write!(f, "{t} &&"),
            TypeExpr::Array(..) => {
                // The bounds of nested arrays, outermost first.
                let mut cur = self;
                let mut dims = Vec::new();
                while let TypeExpr::Array(t, n) = cur {
                    dims.push(*n);
                    cur = t;
                }
                write!(f, "{cur}")?;
                for d in dims {
                    match d {
                        Some(n) => write!(f, "[{n}]")?,
                        None => f.write_str("[]")?,
                    }
                }
                Ok(())
            }
            TypeExpr::Function {
                params,
                variadic,
                ret,
            } => {
                f.write_str("fn(")?;
                for (i, p) in params.iter().enumerate() {
                    if i > 0 {
                        f.write_str(", ")?;
                    }
                    write!(f, "{p}")?;
                }
                if *variadic {
                    f.write_str(if params.is_empty() { "..." } else { ", ..." })?;
                }
                if ret.is_derived() {
                    write!(f, ") -> ({ret})")
                } else {
                    write!(f, ") -> {ret}")
                }
            }
            TypeExpr::MemberPointer { class, pointee } => write!(f, "memptr({class}, {pointee})"),
        }
    }
}

impl TypeExpr {
    /// The type in C declarator syntax, as C programmers read it (a pointer
    /// to a function returning `int` is `int (*)(const char *, int)`, a
    /// pointer to an array `int (*)[4]`, a constant pointer `char *const`),
    /// with each named type shown by `name` (a display name for an anonymous
    /// type). For messages only: [`TypeRef`]s, the identity of types in
    /// dumps and fingerprints, keep the grammar of the module documentation.
    pub fn c_spelling(&self, name: &dyn Fn(&str) -> String) -> String {
        self.c_declarator(String::new(), name)
    }

    /// `self` declaring `decl` (the declarator built so far, outermost
    /// derivation last): the derivations are wrapped around it inside out.
    fn c_declarator(&self, decl: String, name: &dyn Fn(&str) -> String) -> String {
        match self {
            TypeExpr::Named(n) => {
                let n = name(n);
                if decl.is_empty() || decl.starts_with('[') {
                    format!("{n}{decl}")
                } else {
                    format!("{n} {decl}")
                }
            }
            TypeExpr::Qualified(..) => {
                // Qualifiers of a pointer follow its `*`; those of anything
                // else lead the specifiers (an array's apply to its elements).
                let mut quals = Vec::new();
                let mut cur = self;
                while let TypeExpr::Qualified(q, t) = cur {
                    quals.push(*q);
                    cur = t;
                }
                match cur {
                    TypeExpr::Pointer(t) => {
                        let q = quals.join(" ");
                        let d = if decl.is_empty() {
                            format!("*{q}")
                        } else {
                            format!("*{q} {decl}")
                        };
                        t.pointer_to(d, name)
                    }
                    TypeExpr::MemberPointer { .. } => {
                        let q = quals.join(" ");
                        let d = if decl.is_empty() {
                            q
                        } else {
                            format!("{q} {decl}")
                        };
                        cur.member_declarator(d, name)
                    }
                    TypeExpr::Array(..) => {
                        let mut dims = Vec::new();
                        let mut elem = cur;
                        while let TypeExpr::Array(t, n) = elem {
                            dims.push(*n);
                            elem = t;
                        }
                        // A qualifier the elements already have is said once
                        // (GCC qualifies both the array and its elements of
                        // `const int t[3][16]`).
                        let mut t = elem.clone();
                        for q in quals.iter().rev() {
                            if !elem.has_qualifier(q) {
                                t = TypeExpr::Qualified(q, Box::new(t));
                            }
                        }
                        for n in dims.into_iter().rev() {
                            t = TypeExpr::Array(Box::new(t), n);
                        }
                        t.c_declarator(decl, name)
                    }
                    _ => format!("{} {}", quals.join(" "), cur.c_declarator(decl, name)),
                }
            }
            TypeExpr::Pointer(t) => t.pointer_to(format!("*{decl}"), name),
            TypeExpr::Reference(t, rvalue) => {
                let r = if *rvalue { "&&" } else { "&" };
                t.pointer_to(format!("{r}{decl}"), name)
            }
            TypeExpr::Array(t, n) => {
                let bound = n.map_or_else(String::new, |n| n.to_string());
                t.c_declarator(format!("{decl}[{bound}]"), name)
            }
            TypeExpr::Function {
                params,
                variadic,
                ret,
            } => {
                let mut list: Vec<String> = params.iter().map(|p| p.c_spelling(name)).collect();
                if *variadic {
                    list.push("...".into());
                }
                ret.c_declarator(format!("{decl}({})", list.join(", ")), name)
            }
            TypeExpr::MemberPointer { .. } => self.member_declarator(decl, name),
        }
    }

    /// The pointer to member `self` declaring `decl` (what follows its
    /// `::*`): `int Foo::*decl`, `void (Foo::*decl)(int) const`, the class
    /// by its name alone (C++ writes no `struct` there).
    fn member_declarator(&self, decl: String, name: &dyn Fn(&str) -> String) -> String {
        let TypeExpr::MemberPointer { class, pointee } = self else {
            return self.c_declarator(decl, name);
        };
        let class = match &**class {
            TypeExpr::Named(n) => {
                let n = name(n);
                ["struct ", "class ", "union "]
                    .iter()
                    .find_map(|k| n.strip_prefix(k))
                    .map_or_else(|| n.clone(), str::to_owned)
            }
            other => other.c_spelling(name),
        };
        match self.member_function() {
            Some((params, variadic, ret, quals)) => {
                let mut list: Vec<String> = params.iter().map(|p| p.c_spelling(name)).collect();
                if variadic {
                    list.push("...".into());
                }
                let cv: String = quals.iter().map(|q| format!(" {q}")).collect();
                ret.c_declarator(format!("({class}::*{decl})({}){cv}", list.join(", ")), name)
            }
            None => pointee.pointer_to(format!("{class}::*{decl}"), name),
        }
    }

    /// `self` is qualified by `q` (among its outermost qualifiers).
    fn has_qualifier(&self, q: &str) -> bool {
        let mut cur = self;
        while let TypeExpr::Qualified(q2, t) = cur {
            if *q2 == q {
                return true;
            }
            cur = t;
        }
        false
    }

    /// `self` as the target of the pointer or reference declarator `decl`,
    /// parenthesized when `self` is an array or a function (their suffixes
    /// bind tighter than `*`).
    fn pointer_to(&self, decl: String, name: &dyn Fn(&str) -> String) -> String {
        let base = {
            let mut cur = self;
            while let TypeExpr::Qualified(_, t) = cur {
                if matches!(**t, TypeExpr::Pointer(_)) {
                    break;
                }
                cur = t;
            }
            cur
        };
        if matches!(base, TypeExpr::Array(..) | TypeExpr::Function { .. }) {
            self.c_declarator(format!("({decl})"), name)
        } else {
            self.c_declarator(decl, name)
        }
    }
}

/// A [`TypeRef`] in C declarator syntax ([`TypeExpr::c_spelling`]), each
/// named type shown by `name`; the spelling itself when it does not parse.
pub fn c_spelling(ty: &str, name: &dyn Fn(&str) -> String) -> String {
    parse_type_ref(ty).map_or_else(|| ty.to_owned(), |t| t.c_spelling(name))
}

/// Parses a [`TypeRef`]; `None` when it is not in the grammar of the module
/// documentation (a hand-edited dump). Nesting is capped at 256 levels.
pub fn parse_type_ref(s: &str) -> Option<TypeExpr> {
    parse(s, false)
}

fn parse(s: &str, legacy_arrays: bool) -> Option<TypeExpr> {
    let mut p = Parser {
        s: s.as_bytes(),
        i: 0,
        depth: 0,
        legacy_arrays,
    };
    let t = p.ty()?;
    (p.i == p.s.len()).then_some(t)
}

struct Parser<'a> {
    s: &'a [u8],
    i: usize,
    depth: u32,
    /// Consecutive bounds innermost first (dump formats 1 and 2).
    legacy_arrays: bool,
}

impl Parser<'_> {
    fn eat(&mut self, lit: &str) -> bool {
        if self.s[self.i..].starts_with(lit.as_bytes()) {
            self.i += lit.len();
            true
        } else {
            false
        }
    }

    /// A type: a primary followed by ` *`, `[N]` or `[]` suffixes.
    fn ty(&mut self) -> Option<TypeExpr> {
        self.depth += 1;
        if self.depth > 256 {
            return None;
        }
        let mut t = self.primary()?;
        loop {
            if self.eat(" *") {
                t = TypeExpr::Pointer(Box::new(t));
            } else if self.eat(" &&") {
                t = TypeExpr::Reference(Box::new(t), true);
            } else if self.eat(" &") {
                t = TypeExpr::Reference(Box::new(t), false);
            } else if self.s.get(self.i) == Some(&b'[') {
                let mut dims = Vec::new();
                while self.eat("[") {
                    let start = self.i;
                    while self.i < self.s.len() && self.s[self.i].is_ascii_digit() {
                        self.i += 1;
                    }
                    let n = if self.i == start {
                        None
                    } else {
                        Some(
                            std::str::from_utf8(&self.s[start..self.i])
                                .ok()?
                                .parse()
                                .ok()?,
                        )
                    };
                    if !self.eat("]") {
                        return None;
                    }
                    dims.push(n);
                }
                if !self.legacy_arrays {
                    dims.reverse();
                }
                for n in dims {
                    t = TypeExpr::Array(Box::new(t), n);
                }
            } else {
                break;
            }
        }
        self.depth -= 1;
        Some(t)
    }

    fn primary(&mut self) -> Option<TypeExpr> {
        for (lit, q) in [
            ("const ", "const"),
            ("volatile ", "volatile"),
            ("restrict ", "restrict"),
            ("_Atomic ", "_Atomic"),
        ] {
            if self.eat(lit) {
                let inner = self.primary()?;
                return Some(TypeExpr::Qualified(q, Box::new(inner)));
            }
        }
        if self.eat("(") {
            let t = self.ty()?;
            return self.eat(")").then_some(t);
        }
        if self.eat("memptr(") {
            let class = self.ty()?;
            if !self.eat(", ") {
                return None;
            }
            let pointee = self.ty()?;
            if !self.eat(")") {
                return None;
            }
            return Some(TypeExpr::MemberPointer {
                class: Box::new(class),
                pointee: Box::new(pointee),
            });
        }
        if self.eat("fn(") {
            let mut params = Vec::new();
            let mut variadic = false;
            if !self.eat(")") {
                loop {
                    if self.eat("...") {
                        variadic = true;
                        if !self.eat(")") {
                            return None;
                        }
                        break;
                    }
                    params.push(self.ty()?);
                    if self.eat(")") {
                        break;
                    }
                    if !self.eat(", ") {
                        return None;
                    }
                }
            }
            if !self.eat(" -> ") {
                return None;
            }
            let ret = self.primary()?;
            return Some(TypeExpr::Function {
                params,
                variadic,
                ret: Box::new(ret),
            });
        }
        // A name: anything up to a delimiter; `<...>` is one unit.
        let start = self.i;
        while self.i < self.s.len() {
            match self.s[self.i] {
                b'<' => {
                    // One unit up to the matching `>`: template arguments
                    // nest (`std::unique_ptr<T, std::default_delete<T> >`).
                    let mut depth = 0usize;
                    while self.i < self.s.len() {
                        match self.s[self.i] {
                            b'<' => depth += 1,
                            b'>' => {
                                depth -= 1;
                                if depth == 0 {
                                    break;
                                }
                            }
                            _ => {}
                        }
                        self.i += 1;
                    }
                    if self.i == self.s.len() {
                        return None;
                    }
                    self.i += 1;
                }
                b'[' | b']' | b'(' | b')' | b',' => break,
                b' ' if matches!(self.s.get(self.i + 1), Some(b'*' | b'-' | b'&')) => break,
                _ => self.i += 1,
            }
        }
        let name = std::str::from_utf8(&self.s[start..self.i]).ok()?;
        (!name.is_empty()).then(|| TypeExpr::Named(name.to_owned()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn type_refs_round_trip() {
        for s in [
            "int",
            "long unsigned int",
            "struct sqlite3_vfs *",
            "const char *",
            "const (char *)",
            "const char * *",
            "int[4]",
            "int *[4]",
            "int[4] *",
            "char[]",
            "fn(int, struct <anon@a-b.h:3> *, ...) -> void *",
            "fn() -> (char *)",
            "fn(...) -> int",
            "fn(fn(int) -> void *) -> (fn() -> int *) *",
            "volatile (int[2])",
            "int[2][5]",
            "int[2][] *",
            "char[3][4][5]",
            "int[5] *[2]",
            "struct std::unique_ptr<W::Impl, std::default_delete<W::Impl> >",
            "struct std::__uniq_ptr_data<W::Impl, std::default_delete<W::Impl>, true, true> *",
            "const class std::map<int, std::pair<int, int> > &",
            "const class geo::Shape &",
            "class std::string &&",
            "int * &",
            "typedef size_t",
            "memptr(struct Foo, int)",
            "memptr(struct ns::Foo, fn(const struct ns::Foo *, int) -> void)",
            "memptr(struct Foo, fn(struct Foo *) -> (char *)) *",
            "const (memptr(struct Foo, long int))",
            "memptr(struct std::pair<int, int>, int)[2]",
        ] {
            let t = parse_type_ref(s).unwrap_or_else(|| panic!("{s} parses"));
            assert_eq!(t.to_string(), s);
        }
        assert_eq!(parse_type_ref("int *)"), None);
        // Declaration order: two arrays of five.
        let Some(TypeExpr::Array(inner, Some(2))) = parse_type_ref("int[2][5]") else {
            panic!("outer bound first")
        };
        assert_eq!(
            *inner,
            TypeExpr::Array(Box::new(TypeExpr::Named("int".into())), Some(5))
        );
        assert_eq!(parse_type_ref("int[]x"), None);
        assert_eq!(parse_type_ref(""), None);
    }
}

/// Enumerator values as JSON numbers: a signed or unsigned 64-bit number, or a
/// string beyond that. (`i128` itself cannot pass through serde's buffering of
/// internally tagged enums, which `TypeDef` is.)
mod enumerator_values {
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    #[derive(Serialize, Deserialize)]
    #[serde(untagged)]
    enum Num {
        Signed(i64),
        Unsigned(u64),
        Wide(String),
    }

    fn num(v: i128) -> Num {
        if let Ok(i) = i64::try_from(v) {
            Num::Signed(i)
        } else if let Ok(u) = u64::try_from(v) {
            Num::Unsigned(u)
        } else {
            Num::Wide(v.to_string())
        }
    }

    pub fn serialize<S: Serializer>(v: &[(String, i128)], s: S) -> Result<S::Ok, S::Error> {
        v.iter()
            .map(|(n, x)| (n.as_str(), num(*x)))
            .collect::<Vec<_>>()
            .serialize(s)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<(String, i128)>, D::Error> {
        Vec::<(String, Num)>::deserialize(d)?
            .into_iter()
            .map(|(n, x)| {
                let v = match x {
                    Num::Signed(i) => i128::from(i),
                    Num::Unsigned(u) => i128::from(u),
                    Num::Wide(s) => s.parse().map_err(serde::de::Error::custom)?,
                };
                Ok((n, v))
            })
            .collect()
    }
}
