//! Names and what they refer to, in one file: a parent map of the syntax
//! tree, the file's functions, methods, types and imports, and Go's block
//! scoping (which declaration an identifier refers to, and every identifier
//! that refers to a declaration), so that a `v := v` copy, a parameter or
//! an inner loop named like the loop variable hides it where Go says so.

use std::cell::RefCell;
use std::rc::Rc;

use rustc_hash::{FxHashMap, FxHashSet};

use crate::syntax::{descendants, Node, Syntax};

/// How far up [`Index::find_decl`] climbs before giving up (deeper trees are
/// machine-made; their names resolve to nothing).
const MAX_CLIMB: usize = 2_000;

/// One file's syntax tree with the lookups the analysis needs.
///
/// Parents are found on demand and remembered (most of a file holds no
/// loop worth following).
pub(crate) struct Index<'t> {
    pub syn: &'t Syntax,
    /// The top-level nodes, in source order.
    tops: Vec<Node<'t>>,
    parent: RefCell<FxHashMap<usize, Node<'t>>>,
    /// Identifiers by name of the regions searched, by region id.
    idents: RefCell<FxHashMap<usize, Rc<ByName<'t>>>>,
    /// Blocks seen by [`Index::find_decl`], by id.
    blocks: RefCell<FxHashMap<usize, Rc<Block<'t>>>>,

    /// Top-level functions by name.
    pub funcs: FxHashMap<&'t str, Node<'t>>,
    /// Methods by name (every receiver type).
    pub methods: FxHashMap<&'t str, Vec<Node<'t>>>,
    /// Type declarations (`type_spec` or `type_alias`) by name.
    pub types: FxHashMap<&'t str, Node<'t>>,
    /// The names the file's imports bind.
    pub imports: FxHashSet<&'t str>,
}

/// Identifiers by name.
type ByName<'t> = FxHashMap<&'t str, Vec<Node<'t>>>;

/// A block's statements and the names each declares.
struct Block<'t> {
    stmts: Vec<Node<'t>>,
    names: Vec<Vec<&'t str>>,
}

/// What kind of thing declares a name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum DeclKind {
    /// A variable or constant declared in a function body.
    Local,
    /// A parameter, result or receiver.
    Param,
    /// A variable a for clause or range clause declares.
    LoopVar,
    /// A package-level variable, constant or function.
    Package,
}

/// A declaration of a name.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Decl<'t> {
    /// The declaring identifier.
    pub ident: Node<'t>,
    pub kind: DeclKind,
    /// The declared type, when written.
    pub ty: Option<Node<'t>>,
    /// The initial value, when it is one expression of its own.
    pub value: Option<Node<'t>>,
    /// For range variables: the ranged expression and the position (0 key, 1 value).
    pub range: Option<(Node<'t>, usize)>,
}

impl PartialEq for Decl<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.ident.id() == other.ident.id()
    }
}

/// The named children of `node`, comments left out.
pub(crate) fn named_children(node: Node<'_>) -> Vec<Node<'_>> {
    let mut c = node.walk();
    node.named_children(&mut c)
        .filter(|n| n.kind() != "comment")
        .collect()
}

/// The children of `node` in field `field`.
fn field_children<'t>(node: Node<'t>, field: &str) -> Vec<Node<'t>> {
    let mut c = node.walk();
    node.children_by_field_name(field, &mut c).collect()
}

/// Whether `node` has an unnamed child token `tok` (`:=` in a range clause).
pub(crate) fn has_token(node: Node<'_>, tok: &str) -> bool {
    let mut c = node.walk();
    let found = node
        .children(&mut c)
        .any(|ch| !ch.is_named() && ch.kind() == tok);
    found
}

/// The identifiers on the left of `:=` in a short variable declaration,
/// range clause or receive statement.
fn defined_idents(node: Node<'_>) -> Vec<Node<'_>> {
    match node.kind() {
        "short_var_declaration" => {}
        "range_clause" | "receive_statement" if has_token(node, ":=") => {}
        _ => return Vec::new(),
    }
    node.child_by_field_name("left")
        .map(named_children)
        .unwrap_or_default()
        .into_iter()
        .filter(|n| n.kind() == "identifier")
        .collect()
}

impl<'t> Index<'t> {
    /// Indexes `syn`.
    pub fn new(syn: &'t Syntax) -> Index<'t> {
        let root = syn.root();
        let tops = {
            let mut c = root.walk();
            root.children(&mut c).collect()
        };
        let mut ix = Index {
            syn,
            tops,
            parent: RefCell::new(FxHashMap::default()),
            blocks: RefCell::new(FxHashMap::default()),
            idents: RefCell::new(FxHashMap::default()),

            funcs: FxHashMap::default(),
            methods: FxHashMap::default(),
            types: FxHashMap::default(),
            imports: FxHashSet::default(),
        };
        for top in named_children(root) {
            match top.kind() {
                "function_declaration" => {
                    if let Some(n) = top.child_by_field_name("name") {
                        ix.funcs.insert(syn.text_of(n), top);
                    }
                }
                "method_declaration" => {
                    if let Some(n) = top.child_by_field_name("name") {
                        ix.methods.entry(syn.text_of(n)).or_default().push(top);
                    }
                }
                "type_declaration" => {
                    for spec in named_children(top) {
                        if let Some(n) = spec.child_by_field_name("name") {
                            ix.types.insert(syn.text_of(n), spec);
                        }
                    }
                }
                "import_declaration" => {
                    for spec in descendants(top).filter(|n| n.kind() == "import_spec") {
                        if let Some(name) = spec.child_by_field_name("name") {
                            ix.imports.insert(syn.text_of(name));
                        } else if let Some(path) = spec.child_by_field_name("path") {
                            ix.imports.insert(import_name(syn.text_of(path)));
                        }
                    }
                }
                _ => {}
            }
        }
        ix
    }

    /// The text of `node`.
    pub fn text(&self, node: Node<'t>) -> &'t str {
        self.syn.text_of(node)
    }

    /// The 1-based line of `node`.
    pub fn line(&self, node: Node<'t>) -> u32 {
        self.syn.pos(node).line
    }

    /// The statements of a block (`statement_list`) and the names each
    /// declares, computed once per block.
    fn block(&self, list: Node<'t>) -> Rc<Block<'t>> {
        if let Some(b) = self.blocks.borrow().get(&list.id()) {
            return Rc::clone(b);
        }
        let stmts = named_children(list);
        let names = stmts.iter().map(|s| self.declared_names(*s)).collect();
        let b = Rc::new(Block { stmts, names });
        self.blocks.borrow_mut().insert(list.id(), Rc::clone(&b));
        b
    }

    /// The names a statement declares (`:=`, `var`, `const`).
    fn declared_names(&self, stmt: Node<'t>) -> Vec<&'t str> {
        let idents = |n: Node<'t>| -> Vec<&'t str> {
            named_children(n)
                .into_iter()
                .filter(|i| i.kind() == "identifier")
                .map(|i| self.text(i))
                .collect()
        };
        match stmt.kind() {
            "short_var_declaration" => stmt
                .child_by_field_name("left")
                .map(idents)
                .unwrap_or_default(),
            "var_declaration" | "const_declaration" => {
                let mut out = Vec::new();
                for ch in named_children(stmt) {
                    let specs = match ch.kind() {
                        "var_spec" | "const_spec" => vec![ch],
                        "var_spec_list" => named_children(ch),
                        _ => Vec::new(),
                    };
                    for spec in specs {
                        out.extend(
                            field_children(spec, "name")
                                .into_iter()
                                .map(|n| self.text(n)),
                        );
                    }
                }
                out
            }
            "labeled_statement" => named_children(stmt)
                .into_iter()
                .find(|n| n.kind() != "label_name")
                .map(|inner| self.declared_names(inner))
                .unwrap_or_default(),
            _ => Vec::new(),
        }
    }

    /// The parent of `node`. Parents are looked up by going down from the
    /// top-level node holding `node` (tree-sitter keeps no parent links)
    /// and remembered along the way, so that climbing from nearby nodes is
    /// a lookup.
    pub fn parent(&self, node: Node<'t>) -> Option<Node<'t>> {
        if let Some(p) = self.parent.borrow().get(&node.id()) {
            return Some(*p);
        }
        let root = self.syn.root();
        if node.id() == root.id() {
            return None;
        }
        // The top-level node holding `node`: the last one starting at or
        // before it that also ends at or after it.
        let start = node.start_byte();
        let after = self.tops.partition_point(|t| t.start_byte() <= start);
        let top = self.tops[..after]
            .iter()
            .rev()
            .take(2)
            .find(|t| Self::within(node, **t))
            .copied();
        let Some(top) = top else {
            // Not under a top-level node as far as byte ranges tell (an
            // empty node at a boundary): ask tree-sitter.
            return node.parent();
        };
        if top.id() == node.id() {
            return Some(root);
        }
        let mut map = self.parent.borrow_mut();
        let mut cur = top;
        for _ in 0..MAX_CLIMB {
            let Some(child) = cur.child_with_descendant(node) else {
                break;
            };
            map.insert(child.id(), cur);
            if child.id() == node.id() {
                return Some(cur);
            }
            cur = child;
        }
        drop(map);
        node.parent()
    }

    /// The parent of `node`, skipping parentheses around it.
    pub fn parent_expr(&self, node: Node<'t>) -> Option<(Node<'t>, Node<'t>)> {
        let mut x = node;
        loop {
            let p = self.parent(x)?;
            if p.kind() == "parenthesized_expression" {
                x = p;
            } else {
                return Some((x, p));
            }
        }
    }

    /// Whether `inner` lies within `outer` (or is it).
    pub fn within(inner: Node<'_>, outer: Node<'_>) -> bool {
        let (i, o) = (inner.byte_range(), outer.byte_range());
        o.start <= i.start && i.end <= o.end
    }

    /// The innermost function (declaration, method or literal) around `node`.
    pub fn enclosing_func(&self, node: Node<'t>) -> Option<Node<'t>> {
        let mut x = node;
        while let Some(p) = self.parent(x) {
            if matches!(
                p.kind(),
                "func_literal" | "function_declaration" | "method_declaration"
            ) {
                return Some(p);
            }
            x = p;
        }
        None
    }

    /// The declaration `ident` (an identifier named `name`) refers to, by
    /// Go's scoping rules; `None` for imported packages, predeclared names
    /// and names the file does not declare.
    pub fn find_decl(&self, name: &str, ident: Node<'t>) -> Option<Decl<'t>> {
        let mut child = ident;
        for _ in 0..MAX_CLIMB {
            let p = self.parent(child)?;
            match p.kind() {
                "statement_list" => {
                    let list = self.block(p);
                    let at = list
                        .stmts
                        .partition_point(|s| s.start_byte() < child.start_byte());
                    for i in (0..at).rev() {
                        if list.names[i].contains(&name) {
                            if let Some(d) = self.declares(list.stmts[i], name, DeclKind::Local) {
                                return Some(d);
                            }
                        }
                    }
                }
                "for_statement" => {
                    for clause in named_children(p) {
                        if clause.id() == child.id() {
                            continue;
                        }
                        match clause.kind() {
                            "for_clause" => {
                                if let Some(init) = clause.child_by_field_name("initializer") {
                                    if child.kind() != "for_clause" || !Self::within(ident, init) {
                                        if let Some(d) =
                                            self.declares(init, name, DeclKind::LoopVar)
                                        {
                                            return Some(d);
                                        }
                                    }
                                }
                            }
                            "range_clause" if child.kind() == "block" => {
                                if let Some(d) = self.declares(clause, name, DeclKind::LoopVar) {
                                    return Some(d);
                                }
                            }
                            _ => {}
                        }
                    }
                    // Inside the for clause itself: the condition and update
                    // see the initializer's variables.
                    if child.kind() == "for_clause" {
                        if let Some(init) = child.child_by_field_name("initializer") {
                            if !Self::within(ident, init) {
                                if let Some(d) = self.declares(init, name, DeclKind::LoopVar) {
                                    return Some(d);
                                }
                            }
                        }
                    }
                }
                "if_statement" | "expression_switch_statement" | "type_switch_statement" => {
                    let init = p.child_by_field_name("initializer");
                    // A type switch's alias is visible in its cases only.
                    if let Some(alias) = p.child_by_field_name("alias") {
                        let in_case = matches!(child.kind(), "type_case" | "default_case");
                        if in_case {
                            for id in named_children(alias) {
                                if id.kind() == "identifier" && self.text(id) == name {
                                    return Some(Decl {
                                        ident: id,
                                        kind: DeclKind::Local,
                                        ty: None,
                                        value: None,
                                        range: None,
                                    });
                                }
                            }
                        }
                    }
                    if let Some(init) = init {
                        if init.id() != child.id() {
                            if let Some(d) = self.declares(init, name, DeclKind::Local) {
                                return Some(d);
                            }
                        }
                    }
                }
                "communication_case" => {
                    if let Some(comm) = p.child_by_field_name("communication") {
                        if comm.id() != child.id() {
                            for id in defined_idents(comm) {
                                if self.text(id) == name {
                                    return Some(Decl {
                                        ident: id,
                                        kind: DeclKind::Local,
                                        ty: None,
                                        value: None,
                                        range: None,
                                    });
                                }
                            }
                        }
                    }
                }
                "func_literal" | "function_declaration" | "method_declaration"
                    if p.child_by_field_name("body").map(|b| b.id()) == Some(child.id()) =>
                {
                    for field in ["receiver", "parameters", "result"] {
                        if let Some(list) = p.child_by_field_name(field) {
                            if let Some(d) = self.param_named(list, name) {
                                return Some(d);
                            }
                        }
                    }
                }
                "source_file" => return self.package_decl(p, name),
                _ => {}
            }
            child = p;
        }
        None
    }

    /// The parameter called `name` in a parameter list.
    fn param_named(&self, list: Node<'t>, name: &str) -> Option<Decl<'t>> {
        if list.kind() != "parameter_list" {
            return None;
        }
        for param in named_children(list) {
            let ty = param.child_by_field_name("type");
            for id in field_children(param, "name") {
                if self.text(id) == name {
                    return Some(Decl {
                        ident: id,
                        kind: DeclKind::Param,
                        ty: if param.kind() == "variadic_parameter_declaration" {
                            None
                        } else {
                            ty
                        },
                        value: None,
                        range: None,
                    });
                }
            }
        }
        None
    }

    /// The package-level declaration of `name`.
    fn package_decl(&self, root: Node<'t>, name: &str) -> Option<Decl<'t>> {
        for top in named_children(root) {
            match top.kind() {
                "var_declaration" | "const_declaration" => {
                    if let Some(d) = self.declares(top, name, DeclKind::Package) {
                        return Some(d);
                    }
                }
                "function_declaration" => {
                    let n = top.child_by_field_name("name")?;
                    if self.text(n) == name {
                        return Some(Decl {
                            ident: n,
                            kind: DeclKind::Package,
                            ty: None,
                            value: None,
                            range: None,
                        });
                    }
                }
                _ => {}
            }
        }
        None
    }

    /// The declaration of `name` a statement (or clause) makes.
    pub fn declares(&self, stmt: Node<'t>, name: &str, kind: DeclKind) -> Option<Decl<'t>> {
        match stmt.kind() {
            "short_var_declaration" => {
                let left = named_children(stmt.child_by_field_name("left")?);
                let right = stmt
                    .child_by_field_name("right")
                    .map(named_children)
                    .unwrap_or_default();
                let i = left
                    .iter()
                    .position(|n| n.kind() == "identifier" && self.text(*n) == name)?;
                Some(Decl {
                    ident: left[i],
                    kind,
                    ty: None,
                    value: (left.len() == right.len()).then(|| right[i]),
                    range: None,
                })
            }
            "range_clause" => {
                let left: Vec<_> = defined_idents(stmt);
                let i = left.iter().position(|n| self.text(*n) == name)?;
                Some(Decl {
                    ident: left[i],
                    kind,
                    ty: None,
                    value: None,
                    range: stmt.child_by_field_name("right").map(|r| (r, i)),
                })
            }
            "var_declaration" | "const_declaration" => {
                let mut specs = Vec::new();
                for ch in named_children(stmt) {
                    match ch.kind() {
                        "var_spec" | "const_spec" => specs.push(ch),
                        "var_spec_list" => specs.extend(named_children(ch)),
                        _ => {}
                    }
                }
                for spec in specs {
                    let names = field_children(spec, "name");
                    let values = spec
                        .child_by_field_name("value")
                        .map(named_children)
                        .unwrap_or_default();
                    if let Some(i) = names
                        .iter()
                        .position(|n| n.kind() == "identifier" && self.text(*n) == name)
                    {
                        return Some(Decl {
                            ident: names[i],
                            kind,
                            ty: spec.child_by_field_name("type"),
                            value: (names.len() == values.len()).then(|| values[i]),
                            range: None,
                        });
                    }
                }
                None
            }
            "labeled_statement" => {
                let inner = named_children(stmt)
                    .into_iter()
                    .find(|n| n.kind() != "label_name")?;
                self.declares(inner, name, kind)
            }
            _ => None,
        }
    }

    /// Whether identifier `ident` is the name a declaration introduces (not a use).
    pub fn is_declaring(&self, ident: Node<'t>) -> bool {
        let Some(p) = self.parent(ident) else {
            return false;
        };
        match p.kind() {
            "parameter_declaration"
            | "variadic_parameter_declaration"
            | "var_spec"
            | "const_spec" => field_children(p, "name")
                .iter()
                .any(|n| n.id() == ident.id()),
            "expression_list" => {
                let Some(q) = self.parent(p) else {
                    return false;
                };
                let left = q.child_by_field_name("left").map(|l| l.id()) == Some(p.id());
                match q.kind() {
                    "short_var_declaration" => left,
                    "range_clause" | "receive_statement" => left && has_token(q, ":="),
                    "type_switch_statement" => {
                        q.child_by_field_name("alias").map(|a| a.id()) == Some(p.id())
                    }
                    _ => false,
                }
            }
            _ => false,
        }
    }

    /// Whether identifier `ident` is the key of a keyed element in a
    /// composite literal that is not a map: a struct field name (`T{f: x}`),
    /// not a use of a variable `f`.
    pub fn is_field_key(&self, ident: Node<'t>) -> bool {
        let Some(elem) = self.parent(ident).filter(|p| p.kind() == "literal_element") else {
            return false;
        };
        let Some(keyed) = self.parent(elem).filter(|p| p.kind() == "keyed_element") else {
            return false;
        };
        if keyed.child_by_field_name("key").map(|k| k.id()) != Some(elem.id()) {
            return false;
        }
        // The literal's type: a map's keys are expressions.
        let mut x = keyed;
        while let Some(p) = self.parent(x) {
            match p.kind() {
                "literal_value" | "literal_element" | "keyed_element" => x = p,
                "composite_literal" => {
                    let Some(mut t) = p.child_by_field_name("type") else {
                        return true;
                    };
                    for _ in 0..8 {
                        if t.kind() != "type_identifier" {
                            break;
                        }
                        match self
                            .types
                            .get(self.text(t))
                            .and_then(|s| s.child_by_field_name("type"))
                        {
                            Some(u) => t = u,
                            None => break,
                        }
                    }
                    // Only the literal's own elements: an elided inner
                    // literal's type is unknown here; treat its keys as fields.
                    let direct = self.parent(keyed).is_some_and(|lv| {
                        lv.id() == p.child_by_field_name("body").map_or(0, |b| b.id())
                    });
                    return !(direct && t.kind() == "map_type");
                }
                _ => return true,
            }
        }
        true
    }

    /// The identifiers of `region` by name, in source order (one walk per
    /// region, shared by every name looked up in it).
    fn identifiers(&self, region: Node<'t>) -> Rc<ByName<'t>> {
        if let Some(m) = self.idents.borrow().get(&region.id()) {
            return Rc::clone(m);
        }
        let mut m: FxHashMap<&'t str, Vec<Node<'t>>> = FxHashMap::default();
        for n in descendants(region).filter(|n| n.kind() == "identifier") {
            m.entry(self.syn.text_of(n)).or_default().push(n);
        }
        let m = Rc::new(m);
        self.idents.borrow_mut().insert(region.id(), Rc::clone(&m));
        m
    }

    /// Every use of the declaration `decl` within `region`, in source order.
    pub fn references(&self, decl: &Decl<'t>, region: Node<'t>) -> Vec<Node<'t>> {
        let name = self.text(decl.ident);
        let all = self.identifiers(region);
        let Some(named) = all.get(name) else {
            return Vec::new();
        };
        named
            .iter()
            .copied()
            .filter(|n| n.id() != decl.ident.id())
            .filter(|n| !self.is_declaring(*n) || self.redeclares(*n, decl))
            .filter(|n| !self.is_field_key(*n))
            .filter(|n| self.find_decl(name, *n).is_some_and(|d| d == *decl))
            .collect()
    }

    /// Whether `ident`, on the left of a `:=`, assigns the existing `decl`
    /// (Go reuses a variable of the same scope) rather than declaring anew.
    fn redeclares(&self, ident: Node<'t>, decl: &Decl<'t>) -> bool {
        let stmt = self.parent(ident).and_then(|l| self.parent(l));
        let (Some(stmt), Some(dstmt)) = (stmt, self.decl_statement(decl)) else {
            return false;
        };
        stmt.kind() == "short_var_declaration"
            && self.parent(stmt).map(|p| p.id()) == self.parent(dstmt).map(|p| p.id())
            && self
                .parent(stmt)
                .is_some_and(|p| p.kind() == "statement_list")
            && stmt.start_byte() > dstmt.start_byte()
    }

    /// The statement holding a declaration's identifier.
    fn decl_statement(&self, decl: &Decl<'t>) -> Option<Node<'t>> {
        let mut x = decl.ident;
        for _ in 0..8 {
            let p = self.parent(x)?;
            if p.kind() == "statement_list" {
                return Some(x);
            }
            x = p;
        }
        None
    }

    /// The region in which `decl` is visible (for locals: the rest of its
    /// block; for loop variables: the loop).
    pub fn scope_of(&self, decl: &Decl<'t>) -> Option<Node<'t>> {
        let mut x = decl.ident;
        for _ in 0..16 {
            let p = self.parent(x)?;
            match p.kind() {
                "statement_list"
                | "for_statement"
                | "if_statement"
                | "expression_switch_statement"
                | "type_switch_statement"
                | "communication_case"
                | "func_literal"
                | "function_declaration"
                | "method_declaration"
                | "source_file" => return Some(p),
                _ => x = p,
            }
        }
        None
    }
}

/// The package name an import path binds by default (its last element,
/// without a `.vN` or `-go` style suffix the package name drops).
pub(crate) fn import_name(quoted: &str) -> &str {
    let path = quoted.trim_matches(|c| c == '"' || c == '`');
    let mut parts = path.rsplit('/');
    let mut last = parts.next().unwrap_or(path);
    // gopkg.in/yaml.v3 -> yaml; math/rand/v2 -> rand.
    if last.len() > 1 && last.starts_with('v') && last[1..].chars().all(|c| c.is_ascii_digit()) {
        last = parts.next().unwrap_or(last);
    }
    let last = last.split('.').next().unwrap_or(last);
    last.strip_prefix("go-").unwrap_or(last)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::syntax::parse;

    fn idents<'t>(ix: &Index<'t>, name: &str) -> Vec<Node<'t>> {
        descendants(ix.syn.root())
            .filter(|n| n.kind() == "identifier" && ix.text(*n) == name)
            .collect()
    }

    #[test]
    fn import_names() {
        assert_eq!(import_name("\"fmt\""), "fmt");
        assert_eq!(import_name("\"math/rand/v2\""), "rand");
        assert_eq!(import_name("\"gopkg.in/yaml.v3\""), "yaml");
        assert_eq!(import_name("\"golang.org/x/sync/errgroup\""), "errgroup");
    }

    #[test]
    fn shadowing_follows_go_scopes() {
        let s = parse(
            "package p\nfunc f(xs []int) {\n\tfor _, v := range xs {\n\t\tuse(v)\n\t\tv := v\n\t\tuse(v)\n\t\tfunc(v int) { use(v) }(v)\n\t}\n}\n",
        )
        .unwrap();
        let ix = Index::new(&s);
        let vs = idents(&ix, "v");
        // v (range), use(v), v := v (decl), v (rhs), use(v), v int, use(v), (v)
        let loop_decl = ix.find_decl("v", vs[1]).unwrap();
        assert_eq!(loop_decl.ident.id(), vs[0].id());
        assert_eq!(loop_decl.kind, DeclKind::LoopVar);
        assert_eq!(ix.find_decl("v", vs[3]).unwrap().ident.id(), vs[0].id());
        let copy = ix.find_decl("v", vs[4]).unwrap();
        assert_eq!(copy.ident.id(), vs[2].id());
        let param = ix.find_decl("v", vs[6]).unwrap();
        assert_eq!(param.ident.id(), vs[5].id());
        let fr = s.root();
        let refs = ix.references(&loop_decl, fr);
        let lines: Vec<_> = refs.iter().map(|r| ix.line(*r)).collect();
        assert_eq!(lines, vec![4, 5]);
    }

    #[test]
    fn struct_literal_keys_are_field_names() {
        let s = parse(
            "package p\ntype T struct{ v int }\nfunc f(xs []int) {\n\tfor _, v := range xs {\n\t\t_ = T{v: 1}\n\t\t_ = map[int]int{v: 1}\n\t\t_ = []T{{v: v}}\n\t}\n}\n",
        )
        .unwrap();
        let ix = Index::new(&s);
        let vs = idents(&ix, "v");
        let decl = ix.find_decl("v", vs[1]).unwrap();
        let refs = ix.references(&decl, s.root());
        // T{v: 1}: a field; map[int]int{v: 1}: a use; []T{{v: v}}: the value only.
        let cols: Vec<_> = refs
            .iter()
            .map(|r| (ix.line(*r), ix.syn.pos(*r).column))
            .collect();
        assert_eq!(cols, vec![(6, 19), (7, 15)]);
    }

    #[test]
    fn clauses_and_cases_declare() {
        let s = parse(
            "package p\nvar g int\nfunc f(ch chan int) {\n\tfor i := 0; i < 3; i++ {\n\t\tselect {\n\t\tcase i := <-ch:\n\t\t\tuse(i)\n\t\t}\n\t\tif i := 2; i > 0 { use(i) }\n\t\tuse(i, g)\n\t}\n}\n",
        )
        .unwrap();
        let ix = Index::new(&s);
        let is = idents(&ix, "i");
        let decl = ix.find_decl("i", is[1]).unwrap();
        assert_eq!(decl.ident.id(), is[0].id());
        let refs = ix.references(&decl, s.root());
        let lines: Vec<_> = refs.iter().map(|r| ix.line(*r)).collect();
        assert_eq!(lines, vec![4, 4, 10]);
        let g = idents(&ix, "g");
        assert_eq!(ix.find_decl("g", g[1]).unwrap().kind, DeclKind::Package);
    }
}
