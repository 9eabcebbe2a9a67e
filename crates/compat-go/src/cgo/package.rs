//! One Go package as the cgo analyses see it: its files' syntax trees, the
//! types, functions, methods and package-level variables it declares, the C
//! types its preambles define, and the type questions the rules ask
//! (can memory of this type hold a pointer, what are a struct's fields).

use std::collections::HashMap;
use std::path::PathBuf;

use crate::syntax::{Node, Syntax};

use super::ast::{kids, selector, string_value, unparen};
use super::data;
use super::preamble::{CType, Preamble};
use super::types::Ty;

/// One parsed file of a package.
pub(crate) struct SourceFile {
    /// The path as found.
    pub(crate) path: PathBuf,
    /// The path as shown in findings.
    pub(crate) shown: String,
    /// The syntax tree.
    pub(crate) syntax: Syntax,
    /// Whether the file imports "C".
    pub(crate) imports_c: bool,
    /// The C text of the preamble (the comment above `import "C"`).
    pub(crate) preamble: String,
}

impl SourceFile {
    /// Reads whether a parsed file imports "C", and its preamble.
    pub(crate) fn new(path: PathBuf, shown: String, syntax: Syntax) -> SourceFile {
        let mut imports_c = false;
        let mut preamble = String::new();
        let root = syntax.root();
        for top in kids(root)
            .into_iter()
            .filter(|t| t.kind() == "import_declaration")
        {
            let specs: Vec<Node<'_>> = kids(top)
                .into_iter()
                .flat_map(|k| {
                    if k.kind() == "import_spec_list" {
                        kids(k)
                    } else {
                        vec![k]
                    }
                })
                .filter(|k| k.kind() == "import_spec")
                .collect();
            for spec in specs {
                let is_c = spec
                    .child_by_field_name("path")
                    .and_then(|p| string_value(&syntax, p))
                    .is_some_and(|p| p == "C");
                if !is_c {
                    continue;
                }
                imports_c = true;
                // The preamble is the doc comment of the spec, or of the
                // declaration when it has one spec.
                let holder = if spec
                    .parent()
                    .is_some_and(|p| p.kind() == "import_spec_list")
                {
                    spec
                } else {
                    top
                };
                for c in super::directives::doc_comments(&syntax, holder) {
                    preamble.push_str(&comment_text(syntax.text_of(c)));
                    preamble.push('\n');
                }
            }
        }
        SourceFile {
            path,
            shown,
            syntax,
            imports_c,
            preamble,
        }
    }
}

/// The text of a comment without its `//` or `/* */`.
fn comment_text(c: &str) -> String {
    if let Some(rest) = c.strip_prefix("//") {
        rest.to_owned()
    } else {
        c.trim_start_matches("/*").trim_end_matches("*/").to_owned()
    }
}

/// A package-level variable.
#[derive(Clone, Copy)]
pub(crate) struct Global<'a> {
    /// The file it is declared in.
    pub(crate) file: usize,
    /// Its `var_spec`.
    pub(crate) spec: Node<'a>,
    /// Its position among the spec's names.
    pub(crate) index: usize,
}

/// A function or method declaration.
#[derive(Clone, Copy)]
pub(crate) struct Func<'a> {
    /// The file it is declared in.
    pub(crate) file: usize,
    /// Its `function_declaration` or `method_declaration`.
    pub(crate) node: Node<'a>,
}

/// The declarations of one package.
pub(crate) struct Package<'a> {
    /// Its files.
    pub(crate) files: &'a [SourceFile],
    /// Type declarations: name -> (file, type node).
    types: HashMap<&'a str, (usize, Node<'a>)>,
    /// Functions by name.
    pub(crate) funcs: HashMap<&'a str, Func<'a>>,
    /// Methods by (receiver type name, method name).
    pub(crate) methods: HashMap<(&'a str, &'a str), Func<'a>>,
    /// Package-level variables by name.
    pub(crate) globals: HashMap<&'a str, Global<'a>>,
    /// The C types of every preamble of the package.
    pub(crate) c: Preamble,
}

impl<'a> Package<'a> {
    /// Indexes the declarations of `files` (all of one package).
    pub(crate) fn new(files: &'a [SourceFile]) -> Package<'a> {
        let mut p = Package {
            files,
            types: HashMap::new(),
            funcs: HashMap::new(),
            methods: HashMap::new(),
            globals: HashMap::new(),
            c: Preamble::default(),
        };
        for (fi, f) in files.iter().enumerate() {
            let s = &f.syntax;
            if f.imports_c {
                p.c.add(&f.preamble);
            }
            for top in kids(s.root()) {
                match top.kind() {
                    "type_declaration" => {
                        for spec in kids(top) {
                            if let (Some(n), Some(t)) = (
                                spec.child_by_field_name("name"),
                                spec.child_by_field_name("type"),
                            ) {
                                p.types.entry(s.text_of(n)).or_insert((fi, t));
                            }
                        }
                    }
                    "function_declaration" => {
                        if let Some(n) = top.child_by_field_name("name") {
                            p.funcs.entry(s.text_of(n)).or_insert(Func {
                                file: fi,
                                node: top,
                            });
                        }
                    }
                    "method_declaration" => {
                        let recv = top
                            .child_by_field_name("receiver")
                            .and_then(|r| kids(r).into_iter().next())
                            .and_then(|d| d.child_by_field_name("type"))
                            .map(|t| receiver_type_name(s, t));
                        if let (Some(r), Some(n)) = (recv, top.child_by_field_name("name")) {
                            p.methods.entry((r, s.text_of(n))).or_insert(Func {
                                file: fi,
                                node: top,
                            });
                        }
                    }
                    "var_declaration" => {
                        for spec in kids(top).into_iter().flat_map(|k| {
                            if k.kind() == "var_spec_list" {
                                kids(k)
                            } else {
                                vec![k]
                            }
                        }) {
                            let mut c = spec.walk();
                            for (i, n) in spec.children_by_field_name("name", &mut c).enumerate() {
                                p.globals.entry(s.text_of(n)).or_insert(Global {
                                    file: fi,
                                    spec,
                                    index: i,
                                });
                            }
                        }
                    }
                    _ => {}
                }
            }
        }
        p
    }

    /// The syntax of file `fi`.
    pub(crate) fn src(&self, fi: usize) -> &'a Syntax {
        &self.files[fi].syntax
    }

    /// The underlying type of `ty` (named types resolved; at most 32 steps).
    pub(crate) fn underlying(&self, ty: &Ty) -> Ty {
        let mut t = ty.clone();
        for _ in 0..32 {
            match &t {
                Ty::Named(n) => match self.types.get(n.as_str()) {
                    Some((fi, node)) => match Ty::from_node(self.src(*fi), *node) {
                        Some(u) => t = u,
                        None => return Ty::External,
                    },
                    None => return Ty::External,
                },
                _ => return t,
            }
        }
        Ty::External
    }

    /// Whether memory of type `ty` can hold a pointer: `Some(true)` when
    /// it can, `Some(false)` when it cannot, `None` when compat cannot tell
    /// (a type of another package, a C type from a header).
    pub(crate) fn has_pointers(&self, ty: &Ty) -> Option<bool> {
        self.has_pointers_depth(ty, 0)
    }

    fn has_pointers_depth(&self, ty: &Ty, depth: usize) -> Option<bool> {
        if depth > 32 {
            return None;
        }
        match ty {
            Ty::Scalar => Some(false),
            Ty::Str
            | Ty::UnsafePtr
            | Ty::Ptr(_)
            | Ty::Slice(_)
            | Ty::Map(..)
            | Ty::Chan(_)
            | Ty::Func
            | Ty::Iface
            | Ty::Pinner => Some(true),
            Ty::Array(e) => self.has_pointers_depth(e, depth + 1),
            Ty::Struct(fields) => {
                let mut all = Some(false);
                for (_, f) in fields {
                    match self.has_pointers_depth(f, depth + 1) {
                        Some(true) => return Some(true),
                        None => all = None,
                        Some(false) => {}
                    }
                }
                all
            }
            Ty::Named(_) => match self.underlying(ty) {
                Ty::External => None,
                u => self.has_pointers_depth(&u, depth + 1),
            },
            Ty::C(name) => self.c_type(name).map(|c| c.has_pointer()),
            Ty::CValue | Ty::External => None,
        }
    }

    /// What the preamble (or cgo's scalar names) says of `C.name`.
    pub(crate) fn c_type(&self, name: &str) -> Option<CType> {
        if data::c_scalar(name) || name.starts_with("enum_") {
            return Some(CType::Scalar);
        }
        self.c.types.get(name).cloned()
    }

    /// The type of field `name` of `ty` (through one pointer, and through
    /// embedded structs one level deep).
    pub(crate) fn field(&self, ty: &Ty, name: &str) -> Option<Ty> {
        let t = match self.underlying(ty) {
            Ty::Ptr(inner) => self.underlying(&inner),
            t => t,
        };
        match t {
            Ty::Struct(fields) => {
                if let Some((_, f)) = fields.iter().find(|(n, _)| n == name) {
                    return Some(f.clone());
                }
                fields.iter().find_map(|(_, f)| match self.underlying(f) {
                    Ty::Struct(inner) => inner
                        .iter()
                        .find(|(n, _)| n == name)
                        .map(|(_, t)| t.clone()),
                    _ => None,
                })
            }
            Ty::C(c) => match self.c_type(&c)? {
                CType::Aggregate(fields) => fields.iter().find(|(n, _)| n == name).map(|(_, p)| {
                    if *p {
                        Ty::Ptr(Box::new(Ty::CValue))
                    } else {
                        Ty::Scalar
                    }
                }),
                _ => None,
            },
            _ => None,
        }
    }

    /// The field names of a struct type, in order (for positional literals).
    pub(crate) fn field_names(&self, ty: &Ty) -> Option<Vec<String>> {
        match self.underlying(ty) {
            Ty::Struct(fields) => Some(fields.into_iter().map(|(n, _)| n).collect()),
            Ty::C(c) => match self.c_type(&c)? {
                CType::Aggregate(fields) => Some(fields.into_iter().map(|(n, _)| n).collect()),
                _ => None,
            },
            _ => None,
        }
    }

    /// The element type of a slice, array, pointer to array, map (its
    /// values), channel or string (bytes).
    pub(crate) fn elem(&self, ty: &Ty) -> Option<Ty> {
        match self.underlying(ty) {
            Ty::Slice(e) | Ty::Array(e) | Ty::Chan(e) => Some(*e),
            Ty::Map(_, v) => Some(*v),
            Ty::Str => Some(Ty::Scalar),
            Ty::Ptr(inner) => match self.underlying(&inner) {
                Ty::Array(e) => Some(*e),
                _ => None,
            },
            _ => None,
        }
    }

    /// Whether an expression in call position is a type (the call is a
    /// conversion): `(*T)`, `unsafe.Pointer`, `C.char`, `C.struct_x`, a C
    /// typedef of the preamble, a predeclared or package type. `shadowed`
    /// says whether a local variable hides a name.
    pub(crate) fn is_type_expr(
        &self,
        src: &Syntax,
        node: Node<'_>,
        shadowed: &dyn Fn(&str) -> bool,
    ) -> bool {
        let node = unparen(node);
        match node.kind() {
            "unary_expression" => src.text_of(node).starts_with('*'),
            "pointer_type" | "slice_type" | "array_type" | "map_type" | "channel_type"
            | "function_type" | "interface_type" | "struct_type" | "qualified_type"
            | "type_identifier" | "generic_type" => true,
            "identifier" => {
                let n = src.text_of(node);
                !shadowed(n)
                    && (data::go_scalar(n)
                        || n == "string"
                        || data::go_pointer_type(n)
                        || self.types.contains_key(n))
            }
            "selector_expression" => match selector(src, node) {
                Some(("unsafe", "Pointer")) => true,
                Some(("C", n)) => {
                    n.starts_with("struct_")
                        || n.starts_with("union_")
                        || n.starts_with("enum_")
                        || self.c_type(n).is_some()
                }
                _ => false,
            },
            _ => false,
        }
    }
}

/// The type name of a method receiver (`T`, `*T`, `T[P]`).
fn receiver_type_name<'a>(s: &'a Syntax, t: Node<'a>) -> &'a str {
    let text = s.text_of(t).trim_start_matches('*').trim();
    text.split('[').next().unwrap_or(text).trim()
}
