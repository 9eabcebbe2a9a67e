//! The little type knowledge the analysis needs, read from the file alone:
//! whether a loop variable is a pointer (or interface), an array, or
//! another value, because `&v.f`, `v[:]` and a pointer-receiver call
//! `v.M()` take the variable's address only for some of them; and which
//! methods of the file have pointer receivers.

use crate::syntax::Node;

use super::scope::{named_children, DeclKind, Index};

/// How deep type resolution follows names before answering "unknown".
const MAX_DEPTH: u8 = 8;

/// What a variable's type says about taking its address.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Shape {
    /// A pointer or interface: `v.f` and `v.M()` go through it, not through `&v`.
    Indirect,
    /// An array: `v[:]` and `&v[i]` take `&v`.
    Array,
    /// Any other type (struct, basic, slice, map, ...): `&v.f` and
    /// pointer-receiver calls take `&v`.
    Direct,
    /// The file does not say.
    Unknown,
}

/// A type as far as the file tells it.
#[derive(Debug, Clone, Copy)]
enum Ty<'t> {
    /// A written type.
    Node(Node<'t>),
    /// A predeclared non-interface type (int, string, ...).
    Basic,
    /// A pointer to something.
    Pointer,
    Unknown,
}

const BASIC: &[&str] = &[
    "bool",
    "byte",
    "complex64",
    "complex128",
    "float32",
    "float64",
    "int",
    "int8",
    "int16",
    "int32",
    "int64",
    "rune",
    "string",
    "uint",
    "uint8",
    "uint16",
    "uint32",
    "uint64",
    "uintptr",
];

/// A loop variable's type as far as the file says.
#[derive(Debug, Clone, Copy)]
pub(crate) struct VarType<'t> {
    /// What taking its address means.
    pub shape: Shape,
    /// The named type (without `*`) when it is one of this file's.
    pub name: Option<&'t str>,
}

impl<'t> Index<'t> {
    /// The type of the loop variable `name`, seen from the loop's `body`.
    pub fn loop_var_type(&self, name: &str, body: Node<'t>) -> VarType<'t> {
        let unknown = VarType {
            shape: Shape::Unknown,
            name: None,
        };
        let Some(decl) = self.find_decl(name, body) else {
            return unknown;
        };
        if decl.kind != DeclKind::LoopVar {
            return unknown;
        }
        let ty = self.decl_type(&decl, 0);
        VarType {
            shape: self.shape(ty, 0),
            name: match ty {
                Ty::Node(n) => self.type_name(n).filter(|t| self.types.contains_key(t)),
                _ => None,
            },
        }
    }

    /// The type of expression `e` (a field of a loop variable, `v.f`), as
    /// far as the file says: what taking its address means, and its named
    /// type when it is one of this file's.
    pub fn expr_var_type(&self, e: Node<'t>) -> VarType<'t> {
        let ty = self.expr_type(e, 0);
        VarType {
            shape: self.shape(ty, 0),
            name: match ty {
                Ty::Node(n) => self.type_name(n).filter(|t| self.types.contains_key(t)),
                _ => None,
            },
        }
    }

    /// The type of expression `e` as far as the file says, followed
    /// through the file's named types down to a type literal (or to the
    /// last name it reaches, such as `iter.Seq[T]`).
    pub fn expr_type_node(&self, e: Node<'t>) -> Option<Node<'t>> {
        match self.expr_type(e, 0) {
            Ty::Node(n) => Some(self.underlying(n, 0)),
            _ => None,
        }
    }

    /// Type `n` followed through the file's named types.
    pub fn underlying_type(&self, n: Node<'t>) -> Node<'t> {
        self.underlying(n, 0)
    }

    /// Whether the file says expression `e` is a channel.
    pub fn is_channel(&self, e: Node<'t>) -> bool {
        match self.expr_type(e, 0) {
            Ty::Node(n) => self.underlying(n, 0).kind() == "channel_type",
            _ => false,
        }
    }

    /// The name of a named type, or of the type a pointer type points to.
    fn type_name(&self, n: Node<'t>) -> Option<&'t str> {
        match n.kind() {
            "type_identifier" => Some(self.text(n)),
            "pointer_type" => named_children(n)
                .first()
                .and_then(|t| self.type_name(*t).filter(|_| t.kind() != "pointer_type")),
            "generic_type" => n.child_by_field_name("type").map(|t| self.text(t)),
            _ => None,
        }
    }

    /// The base type name of a method's receiver (`T` for `*T`, `T[K]`).
    fn receiver_name(&self, method: Node<'t>) -> Option<&'t str> {
        let recv = method.child_by_field_name("receiver")?;
        let param = named_children(recv).into_iter().next()?;
        self.type_name(param.child_by_field_name("type")?)
    }

    fn receiver_is_pointer(method: Node<'_>) -> bool {
        method
            .child_by_field_name("receiver")
            .and_then(|r| named_children(r).into_iter().next())
            .and_then(|p| p.child_by_field_name("type"))
            .is_some_and(|t| t.kind() == "pointer_type")
    }

    /// The method `m` a value of the file's named type `tname` has, directly
    /// or promoted from an embedded struct: its declaration, and whether
    /// calling it takes the value's address (a pointer receiver reached
    /// without going through a pointer).
    pub fn method_on(&self, tname: &str, m: &str) -> Option<(Node<'t>, bool)> {
        self.method_on_depth(tname, m, 0)
    }

    fn method_on_depth(&self, tname: &str, m: &str, depth: u8) -> Option<(Node<'t>, bool)> {
        if depth > 4 {
            return None;
        }
        if let Some(decls) = self.methods.get(m) {
            for d in decls {
                if self.receiver_name(*d) == Some(tname) {
                    return Some((*d, Self::receiver_is_pointer(*d)));
                }
            }
        }
        // Promoted through embedded fields.
        let st = self.underlying(self.named_type(tname)?, 0);
        if st.kind() != "struct_type" {
            return None;
        }
        for list in named_children(st) {
            for fd in named_children(list) {
                if fd.child_by_field_name("name").is_some() {
                    continue;
                }
                let Some(t) = fd.child_by_field_name("type") else {
                    continue;
                };
                let through_pointer = t.kind() == "pointer_type";
                let Some(inner) = self.type_name(t) else {
                    continue;
                };
                if let Some((d, ptr)) = self.method_on_depth(inner, m, depth + 1) {
                    return Some((d, ptr && !through_pointer));
                }
            }
        }
        None
    }

    /// Whether some struct type of the file has a field called `name`.
    pub fn is_field_name(&self, name: &str) -> bool {
        self.types.values().any(|spec| {
            let Some(t) = spec.child_by_field_name("type") else {
                return false;
            };
            t.kind() == "struct_type"
                && named_children(t).into_iter().any(|list| {
                    named_children(list).into_iter().any(|fd| {
                        let mut c = fd.walk();
                        let found = fd
                            .children_by_field_name("name", &mut c)
                            .any(|n| self.text(n) == name);
                        found
                    })
                })
        })
    }

    fn shape(&self, ty: Ty<'t>, depth: u8) -> Shape {
        match ty {
            Ty::Basic => Shape::Direct,
            Ty::Pointer => Shape::Indirect,
            Ty::Unknown => Shape::Unknown,
            Ty::Node(n) => self.shape_of_type(n, depth),
        }
    }

    fn shape_of_type(&self, n: Node<'t>, depth: u8) -> Shape {
        if depth > MAX_DEPTH {
            return Shape::Unknown;
        }
        match n.kind() {
            "pointer_type" | "interface_type" => Shape::Indirect,
            "array_type" | "implicit_length_array_type" => Shape::Array,
            "slice_type" | "map_type" | "channel_type" | "function_type" | "struct_type" => {
                Shape::Direct
            }
            "parenthesized_type" => named_children(n)
                .first()
                .map_or(Shape::Unknown, |t| self.shape_of_type(*t, depth + 1)),
            "type_identifier" => {
                let name = self.text(n);
                if BASIC.contains(&name) {
                    Shape::Direct
                } else if matches!(name, "error" | "any") {
                    Shape::Indirect
                } else {
                    self.named_type(name)
                        .map_or(Shape::Unknown, |t| self.shape_of_type(t, depth + 1))
                }
            }
            "generic_type" => n
                .child_by_field_name("type")
                .map_or(Shape::Unknown, |t| self.shape_of_type(t, depth + 1)),
            _ => Shape::Unknown,
        }
    }

    /// The type a file-level `type` declaration gives `name`.
    fn named_type(&self, name: &str) -> Option<Node<'t>> {
        self.types.get(name)?.child_by_field_name("type")
    }

    /// Follows named types declared in the file down to a type literal.
    fn underlying(&self, mut n: Node<'t>, depth: u8) -> Node<'t> {
        for _ in depth..MAX_DEPTH {
            let next = match n.kind() {
                "type_identifier" => self.named_type(self.text(n)),
                "generic_type" => n
                    .child_by_field_name("type")
                    .and_then(|t| self.named_type(self.text(t))),
                "parenthesized_type" => named_children(n).first().copied(),
                _ => None,
            };
            match next {
                Some(t) => n = t,
                None => break,
            }
        }
        n
    }

    fn decl_type(&self, decl: &super::scope::Decl<'t>, depth: u8) -> Ty<'t> {
        if depth > MAX_DEPTH {
            return Ty::Unknown;
        }
        if let Some(t) = decl.ty {
            return Ty::Node(t);
        }
        if let Some((ranged, index)) = decl.range {
            return self.range_elem(ranged, index, depth + 1);
        }
        match decl.value {
            Some(v) => self.expr_type(v, depth + 1),
            None => Ty::Unknown,
        }
    }

    /// The type of the variable at `index` (0 key, 1 value) of `range x`.
    fn range_elem(&self, x: Node<'t>, index: usize, depth: u8) -> Ty<'t> {
        let t = self.expr_type(x, depth + 1);
        let n = match t {
            Ty::Basic => return Ty::Basic,
            Ty::Node(n) => self.underlying(n, depth),
            _ => return Ty::Unknown,
        };
        let n = if n.kind() == "pointer_type" {
            // range over *[N]T
            match named_children(n).first() {
                Some(t) => self.underlying(*t, depth),
                None => return Ty::Unknown,
            }
        } else {
            n
        };
        match (n.kind(), index) {
            ("slice_type" | "array_type" | "implicit_length_array_type", 0) => Ty::Basic,
            ("slice_type" | "array_type" | "implicit_length_array_type", _) => n
                .child_by_field_name("element")
                .map_or(Ty::Unknown, Ty::Node),
            ("map_type", 0) => n.child_by_field_name("key").map_or(Ty::Unknown, Ty::Node),
            ("map_type", _) => n.child_by_field_name("value").map_or(Ty::Unknown, Ty::Node),
            ("channel_type", 0) => n.child_by_field_name("value").map_or(Ty::Unknown, Ty::Node),
            ("type_identifier", _) if BASIC.contains(&self.text(n)) => Ty::Basic,
            _ => Ty::Unknown,
        }
    }

    /// The type of an expression, as far as the file tells.
    fn expr_type(&self, e: Node<'t>, depth: u8) -> Ty<'t> {
        if depth > MAX_DEPTH {
            return Ty::Unknown;
        }
        match e.kind() {
            "int_literal"
            | "float_literal"
            | "imaginary_literal"
            | "rune_literal"
            | "interpreted_string_literal"
            | "raw_string_literal"
            | "true"
            | "false" => Ty::Basic,
            "binary_expression" => {
                let op = e
                    .child_by_field_name("operator")
                    .map(|o| self.text(o))
                    .unwrap_or_default();
                if matches!(op, "==" | "!=" | "<" | "<=" | ">" | ">=" | "&&" | "||") {
                    Ty::Basic
                } else {
                    e.child_by_field_name("left")
                        .map_or(Ty::Unknown, |l| self.expr_type(l, depth + 1))
                }
            }
            "parenthesized_expression" => named_children(e)
                .first()
                .map_or(Ty::Unknown, |x| self.expr_type(*x, depth + 1)),
            "composite_literal" => e.child_by_field_name("type").map_or(Ty::Unknown, Ty::Node),
            "unary_expression" => {
                let op = e
                    .child_by_field_name("operator")
                    .map(|o| self.text(o))
                    .unwrap_or_default();
                match op {
                    "&" => Ty::Pointer,
                    "*" => e
                        .child_by_field_name("operand")
                        .map_or(Ty::Unknown, |x| self.pointee(x, depth + 1)),
                    "-" | "+" | "^" | "!" => e
                        .child_by_field_name("operand")
                        .map_or(Ty::Unknown, |x| self.expr_type(x, depth + 1)),
                    _ => Ty::Unknown,
                }
            }
            "identifier" => {
                let name = self.text(e);
                match self.find_decl(name, e) {
                    Some(d) => self.decl_type(&d, depth + 1),
                    None => Ty::Unknown,
                }
            }
            "call_expression" => self.call_type(e, depth),
            "type_conversion_expression" => {
                e.child_by_field_name("type").map_or(Ty::Unknown, Ty::Node)
            }
            "selector_expression" => self.field_type(e, depth),
            "index_expression" => e
                .child_by_field_name("operand")
                .map_or(Ty::Unknown, |x| self.range_elem(x, 1, depth + 1)),
            "slice_expression" => e
                .child_by_field_name("operand")
                .map_or(Ty::Unknown, |x| self.expr_type(x, depth + 1)),
            _ => Ty::Unknown,
        }
    }

    /// The type `*x` has: what `x` was declared to point to, or the type
    /// of `X` when `x` is (or was initialised with) `&X`.
    fn pointee(&self, x: Node<'t>, depth: u8) -> Ty<'t> {
        if depth > MAX_DEPTH {
            return Ty::Unknown;
        }
        match x.kind() {
            "parenthesized_expression" => named_children(x)
                .first()
                .map_or(Ty::Unknown, |i| self.pointee(*i, depth + 1)),
            "unary_expression"
                if x.child_by_field_name("operator").map(|o| self.text(o)) == Some("&") =>
            {
                x.child_by_field_name("operand")
                    .map_or(Ty::Unknown, |i| self.expr_type(i, depth + 1))
            }
            "identifier" => {
                let Some(d) = self.find_decl(self.text(x), x) else {
                    return Ty::Unknown;
                };
                if let Some(t) = d.ty {
                    let t = self.underlying(t, depth);
                    return match (t.kind(), named_children(t).first()) {
                        ("pointer_type", Some(inner)) => Ty::Node(*inner),
                        _ => Ty::Unknown,
                    };
                }
                match d.value {
                    Some(v) => self.pointee(v, depth + 1),
                    None => Ty::Unknown,
                }
            }
            _ => Ty::Unknown,
        }
    }

    fn call_type(&self, call: Node<'t>, depth: u8) -> Ty<'t> {
        let Some(f) = call.child_by_field_name("function") else {
            return Ty::Unknown;
        };
        let args = call
            .child_by_field_name("arguments")
            .map(named_children)
            .unwrap_or_default();
        let result_of = |decl: Node<'t>| match decl.child_by_field_name("result") {
            Some(r) if r.kind() != "parameter_list" => Ty::Node(r),
            Some(r) => {
                let ps = named_children(r);
                match ps.as_slice() {
                    [one] if one.child_by_field_name("name").is_none() => one
                        .child_by_field_name("type")
                        .map_or(Ty::Unknown, Ty::Node),
                    _ => Ty::Unknown,
                }
            }
            None => Ty::Unknown,
        };
        match f.kind() {
            "identifier" => match self.text(f) {
                "make" => args.first().map_or(Ty::Unknown, |t| Ty::Node(*t)),
                "new" => Ty::Pointer,
                "len" | "cap" | "copy" => Ty::Basic,
                "append" => args
                    .first()
                    .map_or(Ty::Unknown, |x| self.expr_type(*x, depth + 1)),
                name => {
                    if let Some(d) = self.funcs.get(name) {
                        if self
                            .find_decl(name, f)
                            .is_some_and(|d| d.kind == DeclKind::Package)
                        {
                            return result_of(*d);
                        }
                    }
                    if BASIC.contains(&name) {
                        return Ty::Basic;
                    }
                    match self.types.get(name) {
                        // A conversion to a type of the file.
                        Some(spec) => spec
                            .child_by_field_name("name")
                            .map_or(Ty::Unknown, Ty::Node),
                        None => Ty::Unknown,
                    }
                }
            },
            "selector_expression" => {
                let Some(m) = f.child_by_field_name("field") else {
                    return Ty::Unknown;
                };
                match self.methods.get(self.text(m)).map(Vec::as_slice) {
                    Some([one]) => result_of(*one),
                    _ => Ty::Unknown,
                }
            }
            "parenthesized_expression" => Ty::Unknown,
            _ => Ty::Unknown,
        }
    }

    /// The type of `x.f` when `x`'s type is a struct of the file.
    fn field_type(&self, sel: Node<'t>, depth: u8) -> Ty<'t> {
        let (Some(x), Some(f)) = (
            sel.child_by_field_name("operand"),
            sel.child_by_field_name("field"),
        ) else {
            return Ty::Unknown;
        };
        let Ty::Node(t) = self.expr_type(x, depth + 1) else {
            return Ty::Unknown;
        };
        let mut t = self.underlying(t, depth);
        if t.kind() == "pointer_type" {
            match named_children(t).first() {
                Some(inner) => t = self.underlying(*inner, depth),
                None => return Ty::Unknown,
            }
        }
        if t.kind() != "struct_type" {
            return Ty::Unknown;
        }
        let field = self.text(f);
        for list in named_children(t) {
            for fd in named_children(list) {
                let mut c = fd.walk();
                let names: Vec<_> = fd.children_by_field_name("name", &mut c).collect();
                if names.iter().any(|n| self.text(*n) == field) {
                    return fd.child_by_field_name("type").map_or(Ty::Unknown, Ty::Node);
                }
            }
        }
        Ty::Unknown
    }

    /// Whether the method `name` has a pointer receiver: `Some(true)` when
    /// every method of that name in the file has one (for a receiver of
    /// type `recv_type` when it is known), `Some(false)` when none has,
    /// `None` when the file does not declare it or the answer depends on
    /// a type the file does not say.
    pub fn pointer_receiver(&self, name: &str) -> Option<bool> {
        let decls = self.methods.get(name)?;
        let kinds: Vec<bool> = decls
            .iter()
            .filter_map(|m| m.child_by_field_name("receiver"))
            .filter_map(|r| named_children(r).into_iter().next())
            .filter_map(|p| p.child_by_field_name("type"))
            .map(|t| t.kind() == "pointer_type")
            .collect();
        if kinds.is_empty() {
            None
        } else if kinds.iter().all(|k| *k) {
            Some(true)
        } else if kinds.iter().all(|k| !*k) {
            Some(false)
        } else {
            None
        }
    }

    /// The method declaration `name`, when the file declares exactly one.
    pub fn only_method(&self, name: &str) -> Option<Node<'t>> {
        match self.methods.get(name).map(Vec::as_slice) {
            Some([one]) => Some(*one),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::syntax::{descendants, parse};

    fn shape_of(src: &str, var: &str) -> Shape {
        let s = parse(src).unwrap();
        let ix = Index::new(&s);
        let body = descendants(s.root())
            .find(|n| n.kind() == "for_statement")
            .and_then(|f| f.child_by_field_name("body"))
            .unwrap();
        ix.loop_var_type(var, body).shape
    }

    #[test]
    fn shapes_of_loop_variables() {
        let src = "package p\ntype Item struct{ n int }\ntype Items []Item\ntype C struct{ ps []*Item }\n";
        assert_eq!(
            shape_of(
                &format!("{src}func f(xs []Item) {{ for _, v := range xs {{}} }}"),
                "v"
            ),
            Shape::Direct
        );
        assert_eq!(
            shape_of(
                &format!("{src}func f(xs Items) {{ for _, v := range xs {{}} }}"),
                "v"
            ),
            Shape::Direct
        );
        assert_eq!(
            shape_of(
                &format!("{src}func (c *C) f() {{ for _, v := range c.ps {{}} }}"),
                "v"
            ),
            Shape::Indirect
        );
        assert_eq!(
            shape_of(
                &format!("{src}func f() {{ xs := [][2]int{{}}; for _, v := range xs {{}} }}"),
                "v"
            ),
            Shape::Array
        );
        assert_eq!(
            shape_of(
                &format!("{src}func f(m map[string]*Item) {{ for k, v := range m {{ _ = k }} }}"),
                "v"
            ),
            Shape::Indirect
        );
        assert_eq!(
            shape_of(
                &format!("{src}func f() {{ for i := 0; i < 3; i++ {{}} }}"),
                "i"
            ),
            Shape::Direct
        );
        assert_eq!(
            shape_of(&format!("{src}func f() {{ for i := range 3 {{}} }}"), "i"),
            Shape::Direct
        );
        assert_eq!(
            shape_of(
                &format!("{src}func f() {{ for _, v := range load() {{}} }}"),
                "v"
            ),
            Shape::Unknown
        );
        // A pointer read through a pointer to a field of a struct of the file.
        assert_eq!(
            shape_of(
                &format!("{src}type R struct{{ head *Item }}\nfunc f(r *R) {{ p := &r.head; for t := *p; t != nil; t = *p {{}} }}"),
                "t"
            ),
            Shape::Indirect
        );
    }

    #[test]
    fn receivers() {
        let s = parse("package p\ntype T struct{}\nfunc (t *T) Inc() {}\nfunc (t T) Get() {}\n")
            .unwrap();
        let ix = Index::new(&s);
        assert_eq!(ix.pointer_receiver("Inc"), Some(true));
        assert_eq!(ix.pointer_receiver("Get"), Some(false));
        assert_eq!(ix.pointer_receiver("Nope"), None);
    }
}
