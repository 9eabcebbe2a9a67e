//! Go types as far as the cgo rules need them: whether memory of a type can
//! hold a pointer, the fields of structs (Go structs of the package, C
//! structs of the preamble), element types. Types declared in other
//! packages are [`Ty::External`]: unknown, never a reason for a finding.

use crate::syntax::{Node, Syntax};

use super::ast::{kids, unparen};
use super::data;

/// A type, spelt structurally.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) enum Ty {
    /// Numbers, booleans, `uintptr`: no pointer.
    Scalar,
    /// `string`.
    Str,
    /// `unsafe.Pointer`.
    UnsafePtr,
    /// `*T`.
    Ptr(Box<Ty>),
    /// `[]T`.
    Slice(Box<Ty>),
    /// `[N]T`.
    Array(Box<Ty>),
    /// `map[K]V`.
    Map(Box<Ty>, Box<Ty>),
    /// `chan T`.
    Chan(Box<Ty>),
    /// A function type.
    Func,
    /// An interface type (`error` and `any` included).
    Iface,
    /// A struct type: its fields (embedded fields by their type's name).
    Struct(Vec<(String, Ty)>),
    /// A type declared in the package, by name.
    Named(String),
    /// `C.name`.
    C(String),
    /// A value a C function returned (its C type unknown).
    CValue,
    /// `runtime.Pinner`.
    Pinner,
    /// A type of another package.
    External,
}

impl Ty {
    /// The type a type node spells, or `None` when it is not a type compat
    /// can spell (generic instantiations, type parameters are `External`).
    pub(crate) fn from_node(src: &Syntax, node: Node<'_>) -> Option<Ty> {
        Self::from_node_depth(src, node, 0)
    }

    fn from_node_depth(src: &Syntax, node: Node<'_>, depth: usize) -> Option<Ty> {
        if depth > 64 {
            return None;
        }
        let node = unparen(node);
        let sub = |field: &str| {
            node.child_by_field_name(field)
                .and_then(|n| Self::from_node_depth(src, n, depth + 1))
                .map(Box::new)
        };
        Some(match node.kind() {
            "type_identifier" | "identifier" => {
                let name = src.text_of(node);
                if data::go_scalar(name) {
                    Ty::Scalar
                } else if name == "string" {
                    Ty::Str
                } else if data::go_pointer_type(name) {
                    Ty::Iface
                } else {
                    Ty::Named(name.to_owned())
                }
            }
            "qualified_type" | "selector_expression" => {
                let (p, n) = super::ast::selector(src, node)?;
                match (p, n) {
                    ("C", n) => Ty::C(n.to_owned()),
                    ("unsafe", "Pointer") => Ty::UnsafePtr,
                    ("runtime", "Pinner") => Ty::Pinner,
                    _ => Ty::External,
                }
            }
            "pointer_type" => Ty::Ptr(Box::new(Self::from_node_depth(
                src,
                *kids(node).first()?,
                depth + 1,
            )?)),
            // `(*T)` in expression position.
            "unary_expression" if src.text_of(node).starts_with('*') => Ty::Ptr(Box::new(
                Self::from_node_depth(src, node.child_by_field_name("operand")?, depth + 1)?,
            )),
            "slice_type" => Ty::Slice(sub("element")?),
            "array_type" | "implicit_length_array_type" => Ty::Array(sub("element")?),
            "map_type" => Ty::Map(sub("key")?, sub("value")?),
            "channel_type" => Ty::Chan(sub("value")?),
            "function_type" => Ty::Func,
            "interface_type" => Ty::Iface,
            "struct_type" => {
                let mut fields = Vec::new();
                for list in kids(node) {
                    for f in kids(list)
                        .into_iter()
                        .filter(|f| f.kind() == "field_declaration")
                    {
                        let Some(tn) = f.child_by_field_name("type") else {
                            continue;
                        };
                        let ty = Self::from_node_depth(src, tn, depth + 1).unwrap_or(Ty::External);
                        let mut c = f.walk();
                        let names: Vec<String> = f
                            .children_by_field_name("name", &mut c)
                            .map(|n| src.text_of(n).to_owned())
                            .collect();
                        if names.is_empty() {
                            // Embedded: named after its type.
                            let t = src.text_of(tn).trim_start_matches('*');
                            let name = t.rsplit('.').next().unwrap_or(t).to_owned();
                            fields.push((name, ty));
                        } else {
                            fields.extend(names.into_iter().map(|n| (n, ty.clone())));
                        }
                    }
                }
                Ty::Struct(fields)
            }
            "generic_type" | "negated_type" | "type_elem" => Ty::External,
            _ => return None,
        })
    }
}
