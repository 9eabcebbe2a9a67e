//! cgo's pointer-passing rules (`cmd/cgo/doc.go`, "Passing pointers"):
//! `go-cgo-go-pointer-passed` (a C function gets a pointer to Go memory
//! that holds an unpinned Go pointer), `go-cgo-go-pointer-stored` (a Go
//! pointer written into C memory without being pinned) and
//! `go-cgo-export-returns-go-pointer` (an `//export` function whose result
//! is or may be a Go pointer).
//!
//! The analysis follows values, not only types, through the function's
//! paths ([`super::flow`]), so that it agrees with what cgocheck sees at
//! run time: each variable and each allocation site (composite literal,
//! `new`, `make`, `append`) is an abstract object whose contents (per
//! field; array and slice elements merged) are sets of abstract values: no
//! pointer, static data (string literals), C memory, a pointer into a Go
//! object (and field path), an aggregate value, a Go value that always
//! holds a pointer (map, channel, function, interface, a string built at
//! run time), or an unknown value of a known type. Writes to a variable
//! replace its value; other writes add to the contents. `runtime.Pinner`
//! pins hold on every path (`Pin` before, no `Unpin` in between). A
//! deferred C call's arguments are taken when the `defer` runs and checked
//! against the memory at each exit, as cgo checks them.
//!
//! Unknown values are decided by their types only where the type can hold
//! a Go pointer: a pointer to a Go struct with pointer fields, a `[]*T`, a
//! `[]string`. Types of other packages are unknown and never a reason for a
//! finding; a pointer of a C type (`*C.char`) or an `unsafe.Pointer` of
//! unknown origin is taken for C memory. Not followed: what Go functions do
//! with memory they get a pointer to, and values flowing between functions
//! (besides the results of the package's functions, typed).

use std::collections::{BTreeMap, BTreeSet, HashMap};

use compat_report::{Finding, Subject};

use crate::syntax::{Node, Syntax};

use super::ast::{at, c_name, call_parts, exprs, kids, selector, unparen};
use super::flow::{self, Domain};
use super::package::Package;
use super::scope::{global_type, infer, results_of, Locals, VarKind};
use super::types::Ty;

/// An abstract object: a variable, an allocation site, a package variable.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
enum Obj {
    Var(usize),
    Site(usize),
    Global(String),
}

type Path = Vec<String>;

/// An abstract value.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
enum Atom {
    /// No pointer (numbers, nil, zero values, `uintptr`).
    Scalar,
    /// A pointer to static read-only data (string literals).
    Static,
    /// A pointer to C memory (or a value read from it).
    CMem,
    /// A C value that is not a pointer (a struct a C function returned).
    CVal,
    /// A pointer into a Go object, at a field path.
    Ptr(Obj, Path),
    /// The aggregate value stored in an object at a field path.
    Val(Obj, Path),
    /// A Go value that holds a pointer to memory not followed (map,
    /// channel, function, interface, string made at run time).
    Opaque(&'static str),
    /// An unknown value of a known type.
    Typed(Ty),
    /// An unknown value.
    Unknown,
}

type Av = BTreeSet<Atom>;

fn one(a: Atom) -> Av {
    BTreeSet::from([a])
}

/// What an object holds: the value at its root and per field.
#[derive(Debug, Clone, PartialEq, Default)]
struct Content {
    root: Av,
    fields: BTreeMap<String, Content>,
}

/// The state at a program point.
#[derive(Debug, Clone, PartialEq, Default)]
struct St {
    mem: BTreeMap<Obj, Content>,
    /// Objects pinned on every path, by Pinner (its expression).
    pins: BTreeMap<String, BTreeSet<Obj>>,
}

/// Where an assignment writes.
#[derive(Debug, Clone, PartialEq)]
enum Target {
    Go(Obj, Path),
    C,
    Typed(Ty),
}

const MAX_DEPTH: usize = 24;

/// The pointer findings of one function declaration (and the function
/// literals in it).
pub(crate) fn check<'a>(
    pkg: &Package<'a>,
    fi: usize,
    func: Node<'a>,
    exported: bool,
    package: &str,
) -> Vec<Finding> {
    let src = pkg.src(fi);
    let locals = Locals::build(pkg, fi, func);
    let fname = func
        .child_by_field_name("name")
        .map(|n| src.text_of(n).to_owned())
        .unwrap_or_default();
    let mut findings: BTreeMap<(u32, u32, &'static str), String> = BTreeMap::new();
    let mut bodies = Vec::new();
    if let Some(b) = func.child_by_field_name("body") {
        bodies.push((func, b));
        for l in crate::syntax::descendants(b).filter(|n| n.kind() == "func_literal") {
            if let Some(lb) = l.child_by_field_name("body") {
                bodies.push((l, lb));
            }
        }
    }
    for (i, (owner, body)) in bodies.into_iter().enumerate() {
        let mut a = Analysis {
            pkg,
            src,
            locals: &locals,
            exported: exported && i == 0,
            func: owner,
            sites: HashMap::new(),
            pending: Vec::new(),
            findings: BTreeMap::new(),
            results: Vec::new(),
        };
        let st = a.entry(owner);
        flow::run(&mut a, src, body, st);
        if a.exported {
            a.export_results();
        }
        for (k, v) in a.findings {
            findings.entry(k).or_insert(v);
        }
    }
    findings
        .into_iter()
        .map(|((line, column, rule), message)| {
            Finding::new(
                rule,
                message,
                Subject {
                    file: Some(pkg.files[fi].shown.clone()),
                    line: Some(line),
                    column: Some(column),
                    package: Some(package.to_owned()),
                    symbol: (!fname.is_empty()).then(|| fname.clone()),
                    ..Subject::default()
                },
            )
        })
        .collect()
}

struct Analysis<'r, 'a, 't> {
    pkg: &'r Package<'a>,
    src: &'t Syntax,
    locals: &'r Locals,
    exported: bool,
    func: Node<'t>,
    sites: HashMap<usize, (&'t Syntax, Node<'t>)>,
    /// Deferred C calls: (argument, its value when deferred, callee).
    pending: Vec<(Node<'t>, Av, String)>,
    findings: BTreeMap<(u32, u32, &'static str), String>,
    /// `//export` functions: each return's values.
    results: Vec<(Node<'t>, Vec<(Av, bool)>)>,
}

impl<'t> Analysis<'_, 't, 't> {
    /// The state at the entry of a function: parameters hold unknown values
    /// of their types (C memory for the pointers an exported function gets
    /// from C).
    fn entry(&mut self, func: Node<'t>) -> St {
        let mut st = St::default();
        let fid = func.id();
        let params: Vec<(usize, Option<Ty>, VarKind)> = self
            .locals
            .vars
            .iter()
            .filter(|(_, v)| v.func == fid && v.kind != VarKind::Local)
            .map(|(d, v)| (*d, v.ty.clone(), v.kind))
            .collect();
        for (d, ty, kind) in params {
            let av = match (kind, ty) {
                (VarKind::Result, _) => one(Atom::Scalar),
                (_, Some(t)) if self.exported && self.pointerish(&t) => one(Atom::CMem),
                (_, Some(t)) => self.typed(&t),
                (_, None) => one(Atom::Unknown),
            };
            st.mem.insert(
                Obj::Var(d),
                Content {
                    root: av,
                    fields: BTreeMap::new(),
                },
            );
        }
        st
    }

    fn pointerish(&self, t: &Ty) -> bool {
        matches!(self.pkg.underlying(t), Ty::Ptr(_) | Ty::UnsafePtr)
    }

    /// An unknown value of type `t`.
    fn typed(&self, t: &Ty) -> Av {
        match self.pkg.has_pointers(t) {
            Some(false) => one(Atom::Scalar),
            _ => one(Atom::Typed(t.clone())),
        }
    }

    /// `av` with its unknown values given type `t`.
    fn coerce(&self, av: Av, t: Option<&Ty>) -> Av {
        let Some(t) = t else { return av };
        if !av.contains(&Atom::Unknown) {
            return av;
        }
        let mut out: Av = av.into_iter().filter(|a| *a != Atom::Unknown).collect();
        out.extend(self.typed(t));
        out
    }

    fn shadowed(&self, name: &str) -> bool {
        self.locals.vars.values().any(|v| v.name == name)
    }

    fn is_type(&self, f: Node<'_>) -> bool {
        let locals = self.locals;
        self.pkg
            .is_type_expr(self.src, f, &|n| locals.vars.values().any(|v| v.name == n))
    }

    fn type_of(&self, e: Node<'_>) -> Option<Ty> {
        let locals = self.locals;
        let lookup = |id: Node<'_>| locals.var_of(id).and_then(|(_, v)| v.ty.clone());
        let is_local = |n: &str| locals.vars.values().any(|v| v.name == n);
        infer(self.pkg, self.src, e, &lookup, &is_local)
    }

    fn local(&self, ident: Node<'_>) -> Option<usize> {
        (ident.kind() == "identifier")
            .then(|| self.locals.var_of(ident).map(|(d, _)| d))
            .flatten()
    }

    // ---- memory ----

    fn load(&self, st: &St, o: &Obj, path: &[String], depth: usize) -> Av {
        if depth > MAX_DEPTH {
            return one(Atom::Unknown);
        }
        let Some(mut c) = st.mem.get(o) else {
            return self.default_of(o, path);
        };
        for (i, f) in path.iter().enumerate() {
            match c.fields.get(f) {
                Some(n) => c = n,
                None => return self.derive(st, &c.root, &path[i..], depth + 1),
            }
        }
        let mut out = c.root.clone();
        if !c.fields.is_empty() {
            out.insert(Atom::Val(o.clone(), path.to_vec()));
        }
        out
    }

    fn default_of(&self, o: &Obj, path: &[String]) -> Av {
        match o {
            Obj::Global(name) => {
                let mut t = self
                    .pkg
                    .globals
                    .get(name.as_str())
                    .and_then(|g| global_type(self.pkg, *g));
                for f in path {
                    t = t.and_then(|t| self.pkg.field(&t, f));
                }
                match t {
                    Some(t) => self.typed(&t),
                    None => one(Atom::Unknown),
                }
            }
            Obj::Site(_) => one(Atom::Scalar),
            Obj::Var(_) => one(Atom::Unknown),
        }
    }

    /// The value at `rest` below a content whose root is `root` and has no
    /// entry there.
    fn derive(&self, st: &St, root: &Av, rest: &[String], depth: usize) -> Av {
        let mut out = Av::new();
        for a in root {
            match a {
                Atom::Val(o, p) => {
                    let mut q = p.clone();
                    q.extend(rest.iter().cloned());
                    out.extend(self.load(st, o, &q, depth + 1));
                }
                Atom::Typed(t) => {
                    let mut t = Some(t.clone());
                    for f in rest {
                        t = t.and_then(|t| self.pkg.field(&t, f));
                    }
                    match t {
                        Some(t) => out.extend(self.typed(&t)),
                        None => {
                            out.insert(Atom::Unknown);
                        }
                    }
                }
                Atom::Scalar => {
                    out.insert(Atom::Scalar);
                }
                Atom::CMem | Atom::CVal => {
                    out.insert(Atom::CMem);
                }
                _ => {
                    out.insert(Atom::Unknown);
                }
            }
        }
        out
    }

    fn write(&self, st: &mut St, t: &Target, av: &Av, strong: bool) {
        let Target::Go(o, path) = t else { return };
        let strong = strong && !matches!(o, Obj::Global(_));
        // The defaults of the fields about to be created.
        let mut defaults = Vec::new();
        {
            let root = st
                .mem
                .get(o)
                .map(|c| c.root.clone())
                .unwrap_or_else(|| self.default_of(o, &[]));
            let mut cur = st.mem.get(o);
            let mut cur_root = root;
            for f in path {
                let next = cur.and_then(|c| c.fields.get(f));
                let d = match next {
                    Some(n) => n.root.clone(),
                    None => self.derive(st, &cur_root, std::slice::from_ref(f), 0),
                };
                defaults.push(d.clone());
                cur_root = d;
                cur = next;
            }
        }
        let default_root = self.default_of(o, &[]);
        let mut c = st.mem.entry(o.clone()).or_insert_with(|| Content {
            root: default_root,
            fields: BTreeMap::new(),
        });
        for (f, d) in path.iter().zip(defaults) {
            c = c.fields.entry(f.clone()).or_insert_with(|| Content {
                root: d,
                fields: BTreeMap::new(),
            });
        }
        if strong {
            c.root = av.clone();
            c.fields.clear();
        } else {
            c.root.extend(av.iter().cloned());
        }
    }

    /// Every value in the memory at (o, path) and below, through aggregate
    /// values.
    fn region(
        &self,
        st: &St,
        o: &Obj,
        path: &[String],
        seen: &mut BTreeSet<(Obj, Path)>,
        out: &mut Av,
    ) {
        if !seen.insert((o.clone(), path.to_vec())) || seen.len() > 256 {
            return;
        }
        let mut node = st.mem.get(o);
        for f in path {
            node = node.and_then(|c| c.fields.get(f));
        }
        let atoms: Av = match node {
            Some(c) => {
                let mut all = Av::new();
                let mut stack = vec![c];
                while let Some(c) = stack.pop() {
                    all.extend(c.root.iter().cloned());
                    stack.extend(c.fields.values());
                }
                all
            }
            None => self.load(st, o, path, 0),
        };
        for a in atoms {
            match &a {
                Atom::Val(o2, p2) => self.region(st, o2, p2, seen, out),
                _ => {
                    out.insert(a);
                }
            }
        }
    }

    fn pinned(&self, st: &St, o: &Obj) -> bool {
        matches!(o, Obj::Global(_)) || st.pins.values().any(|s| s.contains(o))
    }

    /// Whether memory of type `t` (a value read from unknown memory) can
    /// hold a Go pointer.
    fn may_hold_go_pointer(&self, t: &Ty, depth: usize) -> bool {
        if depth > 16 {
            return false;
        }
        match t {
            Ty::Str | Ty::Slice(_) | Ty::Map(..) | Ty::Chan(_) | Ty::Func | Ty::Iface => true,
            Ty::Ptr(inner) => !matches!(
                self.pkg.underlying(inner),
                Ty::C(_) | Ty::CValue | Ty::External
            ),
            Ty::Array(e) => self.may_hold_go_pointer(e, depth + 1),
            Ty::Struct(fs) => fs
                .iter()
                .any(|(_, f)| self.may_hold_go_pointer(f, depth + 1)),
            Ty::Named(_) => {
                let u = self.pkg.underlying(t);
                !matches!(u, Ty::External | Ty::Named(_)) && self.may_hold_go_pointer(&u, depth + 1)
            }
            _ => false,
        }
    }

    fn describe(&self, o: &Obj) -> String {
        match o {
            Obj::Var(d) => self
                .locals
                .vars
                .get(d)
                .map(|v| v.name.clone())
                .unwrap_or_else(|| "a variable".into()),
            Obj::Site(id) => match self.sites.get(id) {
                Some((src, n)) => {
                    let full = src.text_of(*n);
                    format!("{} (line {})", one_line(full), src.pos(*n).line)
                }
                None => "Go memory".into(),
            },
            Obj::Global(n) => format!("package variable {n}"),
        }
    }

    /// Why memory at (o, path) may not be handed to C, as what a pointer
    /// to it "points to": a package variable with pointers, or Go memory
    /// that holds an unpinned Go pointer.
    fn region_bad(&self, st: &St, o: &Obj, path: &[String], depth: usize) -> Option<String> {
        if depth > 8 {
            return None;
        }
        if let Obj::Global(g) = o {
            let t = self
                .pkg
                .globals
                .get(g.as_str())
                .and_then(|gl| global_type(self.pkg, *gl));
            return match t.and_then(|t| self.pkg.has_pointers(&t)) {
                Some(true) => Some(format!("package variable {g}, whose memory holds pointers (cgo cannot tell the size of a package variable and rejects any that holds pointers)")),
                _ => None,
            };
        }
        self.held_bad(st, o, path, depth)
            .map(|h| format!("Go memory that holds {h}"))
    }

    /// What memory at (o, path) holds that C may not get: an unpinned Go
    /// pointer (directly, or below a pinned one), a Go map, string,
    /// channel, function or interface.
    fn held_bad(&self, st: &St, o: &Obj, path: &[String], depth: usize) -> Option<String> {
        let mut atoms = Av::new();
        self.region(st, o, path, &mut BTreeSet::new(), &mut atoms);
        for a in &atoms {
            match a {
                Atom::Ptr(o2, p2) => {
                    if let Obj::Global(_) = o2 {
                        if let Some(r) = self.region_bad(st, o2, p2, depth + 1) {
                            return Some(format!("a pointer to {r}"));
                        }
                    } else if self.pinned(st, o2) {
                        if let Some(h) = self.held_bad(st, o2, &[], depth + 1) {
                            return Some(format!(
                                "a pointer to the pinned {}, which holds {h}",
                                self.describe(o2)
                            ));
                        }
                    } else {
                        return Some(format!("the unpinned Go pointer to {}", self.describe(o2)));
                    }
                }
                Atom::Opaque(k) => {
                    return Some(format!(
                        "a Go {k} (its memory is Go's and cannot be pinned)"
                    ))
                }
                Atom::Typed(t) if self.may_hold_go_pointer(t, 0) => {
                    return Some(format!(
                        "a value of type {} (it can hold a Go pointer)",
                        spell(t)
                    ));
                }
                _ => {}
            }
        }
        None
    }

    /// Why an argument of a C call breaks the rule.
    fn arg_bad(&self, st: &St, arg: Node<'_>, av: &Av) -> Option<String> {
        if self.c_view_without_pointers(arg) {
            return None;
        }
        for a in av {
            match a {
                Atom::Ptr(o, p) => {
                    if let Some(r) = self.region_bad(st, o, p, 0) {
                        return Some(format!("it points to {r}"));
                    }
                }
                Atom::Val(o, p) => {
                    // A struct passed by value: its pointers are arguments.
                    let mut atoms = Av::new();
                    self.region(st, o, p, &mut BTreeSet::new(), &mut atoms);
                    for x in atoms {
                        match &x {
                            Atom::Ptr(o2, p2) => {
                                if let Some(r) = self.region_bad(st, o2, p2, 0) {
                                    return Some(format!("a pointer in it points to {r}"));
                                }
                            }
                            Atom::Opaque(k) if *k != "string" => {
                                return Some(format!("it holds a Go {k}"));
                            }
                            _ => {}
                        }
                    }
                }
                Atom::Typed(t) => {
                    if let Ty::Ptr(inner) = self.pkg.underlying(t) {
                        if self.may_hold_go_pointer(&inner, 0)
                            && !matches!(self.pkg.underlying(&inner), Ty::Ptr(_) | Ty::UnsafePtr)
                            || self.struct_with_go_pointers(&inner)
                        {
                            return Some(format!(
                                "it points to {} memory (a type that holds Go pointers)",
                                spell(&inner)
                            ));
                        }
                    }
                }
                _ => {}
            }
        }
        None
    }

    fn struct_with_go_pointers(&self, t: &Ty) -> bool {
        matches!(self.pkg.underlying(t), Ty::Struct(_) | Ty::Array(_))
            && self.may_hold_go_pointer(t, 0)
    }

    /// Whether the argument is converted to a pointer to a C type that the
    /// preamble shows has no pointer: cgo does not check it (C sees only
    /// integers there).
    fn c_view_without_pointers(&self, arg: Node<'_>) -> bool {
        let mut e = unparen(arg);
        loop {
            let Some((f, args)) = call_parts(e) else {
                return false;
            };
            if args.len() != 1 {
                return false;
            }
            if let Some(("unsafe", "StringData")) = selector(self.src, f) {
                return true;
            }
            if !self.is_type(f) {
                return false;
            }
            if let Some(Ty::Ptr(inner)) = Ty::from_node(self.src, f) {
                if let Ty::C(name) = *inner {
                    if self.pkg.c_type(&name).is_some_and(|c| !c.has_pointer()) {
                        return true;
                    }
                }
            }
            e = unparen(args[0]);
        }
    }

    /// Why a value written into C memory breaks the rule.
    fn stored_bad(&self, st: &St, av: &Av) -> Option<String> {
        for a in av {
            match a {
                Atom::Ptr(o, _) if !self.pinned(st, o) => {
                    return Some(format!("the unpinned Go pointer to {}", self.describe(o)));
                }
                Atom::Opaque(k) => {
                    return Some(format!("a Go {k} (Go memory that cannot be pinned)"))
                }
                Atom::Val(o, p) => {
                    let mut atoms = Av::new();
                    self.region(st, o, p, &mut BTreeSet::new(), &mut atoms);
                    if let Some(r) = self.stored_bad(st, &atoms) {
                        return Some(format!("a value holding {r}"));
                    }
                }
                Atom::Typed(t) if self.may_hold_go_pointer(t, 0) => {
                    return Some(format!("a {} (it can hold a Go pointer)", spell(t)));
                }
                _ => {}
            }
        }
        None
    }

    fn report(&mut self, node: Node<'_>, rule: &'static str, message: String) {
        let (l, c) = at(self.src, node);
        self.findings.entry((l, c, rule)).or_insert(message);
    }

    // ---- expressions ----

    fn eval(&mut self, e: Node<'t>, st: &mut St, depth: usize) -> Av {
        if depth > 64 {
            return one(Atom::Unknown);
        }
        let e = unparen(e);
        match e.kind() {
            "identifier" => self.eval_ident(e, st),
            "int_literal" | "float_literal" | "imaginary_literal" | "rune_literal" | "true"
            | "false" | "nil" | "iota" => one(Atom::Scalar),
            "interpreted_string_literal" | "raw_string_literal" => one(Atom::Static),
            "func_literal" => one(Atom::Opaque("function")),
            "composite_literal" => {
                let ty = e
                    .child_by_field_name("type")
                    .and_then(|t| Ty::from_node(self.src, t));
                match e.child_by_field_name("body") {
                    Some(body) => self.literal(e.id(), e, body, ty, st, depth),
                    None => one(Atom::Unknown),
                }
            }
            "unary_expression" => {
                let Some(op) = e.child_by_field_name("operand") else {
                    return one(Atom::Unknown);
                };
                let text = self.src.text_of(e);
                if text.starts_with('&') {
                    let op = unparen(op);
                    if op.kind() == "composite_literal" {
                        let v = self.eval(op, st, depth + 1);
                        return v
                            .into_iter()
                            .map(|a| match a {
                                Atom::Val(o, p) => Atom::Ptr(o, p),
                                a => a,
                            })
                            .collect();
                    }
                    let ts = self.targets(op, st, depth + 1);
                    let mut out = Av::new();
                    for t in ts {
                        out.insert(match t {
                            Target::Go(o, p) => Atom::Ptr(o, p),
                            Target::C => Atom::CMem,
                            Target::Typed(t) => Atom::Typed(Ty::Ptr(Box::new(t))),
                        });
                    }
                    if out.is_empty() {
                        out.insert(Atom::Unknown);
                    }
                    out
                } else if text.starts_with('*') || text.starts_with("<-") {
                    let c = self.eval(op, st, depth + 1);
                    self.deref(st, &c)
                } else {
                    self.eval(op, st, depth + 1);
                    one(Atom::Scalar)
                }
            }
            "binary_expression" => {
                let l = e
                    .child_by_field_name("left")
                    .map(|l| self.eval(l, st, depth + 1))
                    .unwrap_or_default();
                let r = e
                    .child_by_field_name("right")
                    .map(|r| self.eval(r, st, depth + 1))
                    .unwrap_or_default();
                let op = e
                    .child_by_field_name("operator")
                    .map(|o| self.src.text_of(o));
                if op == Some("+") && self.type_of(e) == Some(Ty::Str) {
                    if l.iter().chain(&r).all(|a| *a == Atom::Static) {
                        return one(Atom::Static);
                    }
                    return one(Atom::Opaque("string"));
                }
                one(Atom::Scalar)
            }
            "selector_expression" => self.eval_selector(e, st, depth),
            "index_expression" => {
                let Some(a) = e.child_by_field_name("operand") else {
                    return one(Atom::Unknown);
                };
                if let Some(i) = e.child_by_field_name("index") {
                    self.eval(i, st, depth + 1);
                }
                let av = self.eval(a, st, depth + 1);
                let mut out = Av::new();
                for x in av {
                    match x {
                        Atom::Ptr(o, p) | Atom::Val(o, p) => out.extend(self.load(st, &o, &p, 0)),
                        Atom::Typed(t) => match self.pkg.elem(&t) {
                            Some(el) => out.extend(self.typed(&el)),
                            None => {
                                out.insert(Atom::Unknown);
                            }
                        },
                        Atom::CMem | Atom::CVal => {
                            out.insert(Atom::CMem);
                        }
                        Atom::Static | Atom::Scalar => {
                            out.insert(Atom::Scalar);
                        }
                        _ => {
                            out.insert(Atom::Unknown);
                        }
                    }
                }
                let t = self.type_of(e);
                self.coerce(out, t.as_ref())
            }
            "slice_expression" => {
                let Some(a) = e.child_by_field_name("operand") else {
                    return one(Atom::Unknown);
                };
                for f in ["start", "end", "capacity"] {
                    if let Some(x) = e.child_by_field_name(f) {
                        self.eval(x, st, depth + 1);
                    }
                }
                let is_array = self
                    .type_of(a)
                    .is_some_and(|t| matches!(self.pkg.underlying(&t), Ty::Array(_)));
                if is_array {
                    let mut out = Av::new();
                    for t in self.targets(a, st, depth + 1) {
                        out.insert(match t {
                            Target::Go(o, p) => Atom::Ptr(o, p),
                            Target::C => Atom::CMem,
                            Target::Typed(t) => Atom::Typed(Ty::Slice(Box::new(
                                self.pkg.elem(&t).unwrap_or(Ty::External),
                            ))),
                        });
                    }
                    return out;
                }
                self.eval(a, st, depth + 1)
            }
            "type_assertion_expression" => {
                if let Some(op) = e.child_by_field_name("operand") {
                    self.eval(op, st, depth + 1);
                }
                match e
                    .child_by_field_name("type")
                    .and_then(|t| Ty::from_node(self.src, t))
                {
                    Some(t) => self.typed(&t),
                    None => one(Atom::Unknown),
                }
            }
            "type_conversion_expression" => {
                let v = e
                    .child_by_field_name("operand")
                    .map(|o| self.eval(o, st, depth + 1))
                    .unwrap_or_default();
                let to = e
                    .child_by_field_name("type")
                    .and_then(|t| Ty::from_node(self.src, t));
                self.convert(e, v, to, st)
            }
            "call_expression" => self.eval_call(e, st, depth, false),
            _ => one(Atom::Unknown),
        }
    }

    fn eval_ident(&mut self, e: Node<'t>, st: &mut St) -> Av {
        if let Some(d) = self.local(e) {
            return self.load(st, &Obj::Var(d), &[], 0);
        }
        let name = self.src.text_of(e);
        match name {
            "nil" | "true" | "false" | "iota" => return one(Atom::Scalar),
            _ => {}
        }
        if self.pkg.globals.contains_key(name) {
            let o = Obj::Global(name.to_owned());
            if !st.mem.contains_key(&o) {
                self.init_global(name, st);
            }
            return self.load(st, &o, &[], 0);
        }
        if self.pkg.funcs.contains_key(name) {
            return one(Atom::Opaque("function"));
        }
        one(Atom::Unknown)
    }

    /// The value of a package variable: its initializer's (evaluated in
    /// its own file), and any value of its type (other functions may have
    /// assigned it).
    fn init_global(&mut self, name: &str, st: &mut St) {
        let o = Obj::Global(name.to_owned());
        let Some(g) = self.pkg.globals.get(name).copied() else {
            return;
        };
        st.mem.insert(
            o.clone(),
            Content {
                root: one(Atom::Unknown),
                fields: BTreeMap::new(),
            },
        );
        let ty = global_type(self.pkg, g);
        let mut av = match &ty {
            Some(t) => self.typed(t),
            None => Av::new(),
        };
        let value = g
            .spec
            .child_by_field_name("value")
            .and_then(|v| exprs(v).get(g.index).copied());
        if let Some(v) = value {
            let saved = self.src;
            self.src = self.pkg.src(g.file);
            let x = self.eval(v, st, 8);
            self.src = saved;
            av.extend(x);
        }
        if av.is_empty() {
            av.insert(Atom::Unknown);
        }
        st.mem.insert(
            o,
            Content {
                root: av,
                fields: BTreeMap::new(),
            },
        );
    }

    fn eval_selector(&mut self, e: Node<'t>, st: &mut St, depth: usize) -> Av {
        let (Some(x), Some(f)) = (
            e.child_by_field_name("operand"),
            e.child_by_field_name("field"),
        ) else {
            return one(Atom::Unknown);
        };
        let field = self.src.text_of(f).to_owned();
        if let Some((p, _)) = selector(self.src, e) {
            if !self.shadowed(p) && !self.pkg.globals.contains_key(p) {
                return if p == "C" {
                    one(Atom::CMem)
                } else {
                    one(Atom::Unknown)
                };
            }
        }
        let base = self.eval(x, st, depth + 1);
        let mut out = Av::new();
        for a in base {
            match a {
                Atom::Ptr(o, mut p) | Atom::Val(o, mut p) => {
                    p.push(field.clone());
                    out.extend(self.load(st, &o, &p, 0));
                }
                Atom::CMem | Atom::CVal => {
                    out.insert(Atom::CMem);
                }
                Atom::Typed(t) => match self.pkg.field(&t, &field) {
                    Some(ft) => out.extend(self.typed(&ft)),
                    None => {
                        out.insert(Atom::Unknown);
                    }
                },
                Atom::Scalar => {
                    out.insert(Atom::Scalar);
                }
                _ => {
                    out.insert(Atom::Unknown);
                }
            }
        }
        let t = self.type_of(e);
        self.coerce(out, t.as_ref())
    }

    /// The values `*p` (or `<-c`) reads.
    fn deref(&self, st: &St, p: &Av) -> Av {
        let mut out = Av::new();
        for a in p {
            match a {
                Atom::Ptr(o, path) => out.extend(self.load(st, o, path, 0)),
                Atom::CMem | Atom::CVal => {
                    out.insert(Atom::CMem);
                }
                Atom::Typed(t) => match self.pkg.underlying(t) {
                    Ty::Ptr(inner) | Ty::Chan(inner) => out.extend(self.typed(&inner)),
                    _ => {
                        out.insert(Atom::Unknown);
                    }
                },
                _ => {
                    out.insert(Atom::Unknown);
                }
            }
        }
        out
    }

    /// A composite literal (or an inner literal value whose type is
    /// elided): a new object at site `id`.
    fn literal(
        &mut self,
        id: usize,
        node: Node<'t>,
        body: Node<'t>,
        ty: Option<Ty>,
        st: &mut St,
        depth: usize,
    ) -> Av {
        self.sites.insert(id, (self.src, node));
        let site = Obj::Site(id);
        let under = ty.as_ref().map(|t| self.pkg.underlying(t));
        let elems = kids(body);
        match &under {
            Some(Ty::Map(_, v)) => {
                for el in elems {
                    let value = if el.kind() == "keyed_element" {
                        kids(el).get(1).copied()
                    } else {
                        Some(el)
                    };
                    if let Some(v2) = value {
                        self.element(v2, Some(v.as_ref().clone()), st, depth);
                    }
                }
                one(Atom::Opaque("map"))
            }
            Some(Ty::Slice(el) | Ty::Array(el)) => {
                let mut all = Av::new();
                for x in elems {
                    let value = if x.kind() == "keyed_element" {
                        kids(x).get(1).copied()
                    } else {
                        Some(x)
                    };
                    if let Some(v) = value {
                        all.extend(self.element(v, Some(el.as_ref().clone()), st, depth));
                    }
                }
                if all.is_empty() {
                    all.insert(Atom::Scalar);
                }
                let fresh = !st.mem.contains_key(&site);
                self.write(st, &Target::Go(site.clone(), Vec::new()), &all, fresh);
                if matches!(under, Some(Ty::Slice(_))) {
                    one(Atom::Ptr(site, Vec::new()))
                } else {
                    one(Atom::Val(site, Vec::new()))
                }
            }
            _ => {
                let names = ty.as_ref().and_then(|t| self.pkg.field_names(t));
                let fresh = !st.mem.contains_key(&site);
                if fresh {
                    st.mem.insert(
                        site.clone(),
                        Content {
                            root: one(Atom::Scalar),
                            fields: BTreeMap::new(),
                        },
                    );
                }
                for (i, x) in elems.into_iter().enumerate() {
                    let (fname, value) = if x.kind() == "keyed_element" {
                        let k = kids(x);
                        (
                            k.first().map(|k| self.src.text_of(*k).trim().to_owned()),
                            k.get(1).copied(),
                        )
                    } else {
                        let n = names
                            .as_ref()
                            .and_then(|n| n.get(i).cloned())
                            .unwrap_or_else(|| format!("#{i}"));
                        (Some(n), Some(x))
                    };
                    let (Some(fname), Some(v)) = (fname, value) else {
                        continue;
                    };
                    let fty = ty.as_ref().and_then(|t| self.pkg.field(t, &fname));
                    let av = self.element(v, fty, st, depth);
                    self.write(st, &Target::Go(site.clone(), vec![fname]), &av, fresh);
                }
                one(Atom::Val(site, Vec::new()))
            }
        }
    }

    /// One element of a composite literal, with its expected type.
    fn element(&mut self, el: Node<'t>, ty: Option<Ty>, st: &mut St, depth: usize) -> Av {
        let inner = if el.kind() == "literal_element" {
            kids(el).first().copied().unwrap_or(el)
        } else {
            el
        };
        if inner.kind() == "literal_value" {
            // `{...}` with the type elided: `&T{...}` when T is a pointer.
            let (lit_ty, ptr) = match ty.as_ref().map(|t| self.pkg.underlying(t)) {
                Some(Ty::Ptr(t)) => (Some(*t), true),
                _ => (ty.clone(), false),
            };
            let v = self.literal(inner.id(), inner, inner, lit_ty, st, depth + 1);
            if ptr {
                return v
                    .into_iter()
                    .map(|a| match a {
                        Atom::Val(o, p) => Atom::Ptr(o, p),
                        a => a,
                    })
                    .collect();
            }
            return v;
        }
        let v = self.eval(inner, st, depth + 1);
        self.coerce(v, ty.as_ref())
    }

    /// The value of a conversion to `to`.
    fn convert(&mut self, node: Node<'t>, v: Av, to: Option<Ty>, st: &mut St) -> Av {
        let Some(to) = to else { return v };
        match self.pkg.underlying(&to) {
            Ty::Scalar => one(Atom::Scalar),
            Ty::Str => {
                if v.iter().all(|a| *a == Atom::Static) {
                    v
                } else {
                    one(Atom::Opaque("string"))
                }
            }
            Ty::Slice(_)
                if v.iter()
                    .any(|a| matches!(a, Atom::Static | Atom::Opaque("string"))) =>
            {
                // []byte(s): a new Go copy.
                self.sites.insert(node.id(), (self.src, node));
                let site = Obj::Site(node.id());
                self.write(
                    st,
                    &Target::Go(site.clone(), Vec::new()),
                    &one(Atom::Scalar),
                    false,
                );
                one(Atom::Ptr(site, Vec::new()))
            }
            Ty::Iface => {
                if v.iter().all(|a| matches!(a, Atom::Scalar | Atom::Static)) {
                    v
                } else {
                    one(Atom::Opaque("interface"))
                }
            }
            _ => v,
        }
    }

    fn c_call_result(&self, name: &str) -> Av {
        match self.pkg.c.funcs.get(name) {
            Some(false) => one(Atom::CVal),
            _ => one(Atom::CMem),
        }
    }

    fn eval_call(&mut self, e: Node<'t>, st: &mut St, depth: usize, deferred: bool) -> Av {
        let Some((f, args)) = call_parts(e) else {
            return one(Atom::Unknown);
        };
        let f = unparen(f);
        if args.len() == 1 && self.is_type(f) {
            let v = self.eval(args[0], st, depth + 1);
            let to = Ty::from_node(self.src, f);
            return self.convert(e, v, to, st);
        }
        if let Some(name) = c_name(self.src, f).filter(|_| !self.shadowed("C")) {
            let vals: Vec<Av> = args.iter().map(|a| self.eval(*a, st, depth + 1)).collect();
            return match name {
                "CString" | "CBytes" | "malloc" | "calloc" | "realloc" => one(Atom::CMem),
                "GoString" | "GoStringN" => one(Atom::Opaque("string")),
                "GoBytes" => {
                    self.sites.insert(e.id(), (self.src, e));
                    let site = Obj::Site(e.id());
                    self.write(
                        st,
                        &Target::Go(site.clone(), Vec::new()),
                        &one(Atom::Scalar),
                        false,
                    );
                    one(Atom::Ptr(site, Vec::new()))
                }
                "free" => one(Atom::Scalar),
                _ => {
                    for (a, v) in args.iter().zip(vals) {
                        if deferred {
                            self.pending.push((*a, v, name.to_owned()));
                        } else {
                            self.check_arg(*a, &v, name, st);
                        }
                    }
                    self.c_call_result(name)
                }
            };
        }
        if let Some(("unsafe", name)) = selector(self.src, f).filter(|_| !self.shadowed("unsafe")) {
            let vals: Vec<Av> = args.iter().map(|a| self.eval(*a, st, depth + 1)).collect();
            return match name {
                "Pointer" | "Add" | "Slice" | "SliceData" | "String" => {
                    vals.into_iter().next().unwrap_or_default()
                }
                "StringData" => {
                    let v = vals.into_iter().next().unwrap_or_default();
                    if v.iter().all(|a| *a == Atom::Static) {
                        v
                    } else {
                        self.sites.insert(e.id(), (self.src, e));
                        let site = Obj::Site(e.id());
                        self.write(
                            st,
                            &Target::Go(site.clone(), Vec::new()),
                            &one(Atom::Scalar),
                            false,
                        );
                        one(Atom::Ptr(site, Vec::new()))
                    }
                }
                _ => one(Atom::Scalar),
            };
        }
        if f.kind() == "identifier" && !self.shadowed(self.src.text_of(f)) {
            match self.src.text_of(f) {
                "new" => {
                    self.sites.insert(e.id(), (self.src, e));
                    let site = Obj::Site(e.id());
                    let fresh = !st.mem.contains_key(&site);
                    self.write(
                        st,
                        &Target::Go(site.clone(), Vec::new()),
                        &one(Atom::Scalar),
                        fresh,
                    );
                    return one(Atom::Ptr(site, Vec::new()));
                }
                "make" => {
                    for a in args.iter().skip(1) {
                        self.eval(*a, st, depth + 1);
                    }
                    let t = args.first().and_then(|t| Ty::from_node(self.src, *t));
                    return match t.map(|t| self.pkg.underlying(&t)) {
                        Some(Ty::Map(..)) => one(Atom::Opaque("map")),
                        Some(Ty::Chan(_)) => {
                            self.sites.insert(e.id(), (self.src, e));
                            let site = Obj::Site(e.id());
                            if !st.mem.contains_key(&site) {
                                st.mem.insert(site.clone(), Content::default());
                            }
                            one(Atom::Ptr(site, Vec::new()))
                        }
                        _ => {
                            self.sites.insert(e.id(), (self.src, e));
                            let site = Obj::Site(e.id());
                            self.write(
                                st,
                                &Target::Go(site.clone(), Vec::new()),
                                &one(Atom::Scalar),
                                false,
                            );
                            one(Atom::Ptr(site, Vec::new()))
                        }
                    };
                }
                "append" => {
                    let mut vals: Vec<Av> =
                        args.iter().map(|a| self.eval(*a, st, depth + 1)).collect();
                    let spread = e
                        .child_by_field_name("arguments")
                        .is_some_and(|a| kids(a).iter().any(|k| k.kind() == "variadic_argument"));
                    if vals.is_empty() {
                        return one(Atom::Unknown);
                    }
                    let base = vals.remove(0);
                    self.sites.insert(e.id(), (self.src, e));
                    let site = Obj::Site(e.id());
                    let mut elems = self.deref(st, &base);
                    elems.remove(&Atom::Unknown);
                    for v in vals {
                        if spread {
                            elems.extend(self.deref(st, &v));
                        } else {
                            elems.extend(v);
                        }
                    }
                    let mut out = base.clone();
                    out.insert(Atom::Ptr(site.clone(), Vec::new()));
                    let targets: Vec<Target> = out
                        .iter()
                        .filter_map(|a| match a {
                            Atom::Ptr(o, p) => Some(Target::Go(o.clone(), p.clone())),
                            _ => None,
                        })
                        .collect();
                    for t in targets {
                        self.write(st, &t, &elems, false);
                    }
                    return out;
                }
                "copy" if args.len() == 2 => {
                    let src_v = self.eval(args[1], st, depth + 1);
                    let elems = self.deref(st, &src_v);
                    let dst = self.eval(args[0], st, depth + 1);
                    for a in dst {
                        match a {
                            Atom::Ptr(o, p) => self.write(st, &Target::Go(o, p), &elems, false),
                            Atom::CMem => {
                                if let Some(r) = self.stored_bad(st, &elems) {
                                    self.report(
                                        e,
                                        "go-cgo-go-pointer-stored",
                                        self.stored_message(e, &r),
                                    );
                                }
                            }
                            _ => {}
                        }
                    }
                    return one(Atom::Scalar);
                }
                "len" | "cap" | "min" | "max" | "real" | "imag" | "complex" | "delete"
                | "close" | "clear" | "print" | "println" | "panic" => {
                    for a in &args {
                        self.eval(*a, st, depth + 1);
                    }
                    return one(Atom::Scalar);
                }
                _ => {}
            }
        }
        // Pinner methods.
        if f.kind() == "selector_expression" {
            if let (Some(recv), Some(m)) = (
                f.child_by_field_name("operand"),
                f.child_by_field_name("field"),
            ) {
                let m = self.src.text_of(m);
                let rty = self.type_of(recv);
                let is_pinner = match &rty {
                    Some(Ty::Pinner) => true,
                    Some(Ty::Ptr(t)) => **t == Ty::Pinner,
                    Some(_) => false,
                    None => true,
                };
                if is_pinner && (m == "Pin" && args.len() == 1 || m == "Unpin" && args.is_empty()) {
                    let key = self.src.text_of(recv).to_owned();
                    if m == "Pin" {
                        let v = self.eval(args[0], st, depth + 1);
                        let objs: Vec<Obj> = v
                            .into_iter()
                            .filter_map(|a| match a {
                                Atom::Ptr(o, _) => Some(o),
                                _ => None,
                            })
                            .collect();
                        st.pins.entry(key).or_default().extend(objs);
                    } else if !deferred {
                        st.pins.remove(&key);
                    }
                    return one(Atom::Scalar);
                }
            }
        }
        // Any other call: its arguments are evaluated (they may hold C
        // calls and literals); its result is typed when it is a package
        // function.
        let fv = match f.kind() {
            "selector_expression" => f
                .child_by_field_name("operand")
                .map(|o| self.eval(o, st, depth + 1)),
            "func_literal" | "identifier" => None,
            _ => Some(self.eval(f, st, depth + 1)),
        };
        let _ = fv;
        for a in &args {
            self.eval(*a, st, depth + 1);
        }
        let rs = results_of(self.pkg, self.src, e);
        match rs.first().cloned().flatten() {
            Some(t) => self.typed(&t),
            None => match self.type_of(e) {
                Some(t) => self.typed(&t),
                None => one(Atom::Unknown),
            },
        }
    }

    fn check_arg(&mut self, arg: Node<'t>, v: &Av, callee: &str, st: &St) {
        if let Some(r) = self.arg_bad(st, arg, v) {
            let text = one_line(self.src.text_of(arg));
            let msg = format!("C.{callee} gets {text}, and {r}: cgo panics (\"... has Go pointer to unpinned Go pointer\", or string, map...; GODEBUG=cgocheck=1, the default), and with the check off C may read memory the garbage collector has moved on or freed; pin what it points to with a runtime.Pinner for the call, or allocate the memory with C.malloc");
            self.report(arg, "go-cgo-go-pointer-passed", msg);
        }
    }

    fn stored_message(&self, node: Node<'_>, reason: &str) -> String {
        let text = one_line(self.src.text_of(node));
        format!("{text} writes {reason} into C memory: with GOEXPERIMENT=cgocheck2 the program aborts with \"unpinned Go pointer stored into non-Go memory\", and without it the garbage collector does not see C's copy and may free or reuse that memory; pin the pointee with a runtime.Pinner for as long as C holds it (Unpin when C lets go), or copy the data into C memory")
    }

    /// Where an assignment to `e` writes.
    fn targets(&mut self, e: Node<'t>, st: &mut St, depth: usize) -> Vec<Target> {
        if depth > 64 {
            return Vec::new();
        }
        let e = unparen(e);
        match e.kind() {
            "identifier" => {
                if let Some(d) = self.local(e) {
                    return vec![Target::Go(Obj::Var(d), Vec::new())];
                }
                let name = self.src.text_of(e);
                if self.pkg.globals.contains_key(name) {
                    return vec![Target::Go(Obj::Global(name.to_owned()), Vec::new())];
                }
                Vec::new()
            }
            "selector_expression" => {
                let (Some(x), Some(f)) = (
                    e.child_by_field_name("operand"),
                    e.child_by_field_name("field"),
                ) else {
                    return Vec::new();
                };
                let field = self.src.text_of(f).to_owned();
                if let Some((p, _)) = selector(self.src, e) {
                    if !self.shadowed(p) && !self.pkg.globals.contains_key(p) {
                        return Vec::new();
                    }
                }
                let xv = self.eval(x, st, depth + 1);
                let xty = self.type_of(x).map(|t| self.pkg.underlying(&t));
                let through_pointer = match &xty {
                    Some(Ty::Ptr(_) | Ty::UnsafePtr) => true,
                    Some(Ty::Struct(_) | Ty::C(_) | Ty::Array(_)) => false,
                    _ => xv.iter().any(|a| matches!(a, Atom::Ptr(..) | Atom::CMem)),
                };
                let mut out = Vec::new();
                if through_pointer {
                    for a in xv {
                        match a {
                            Atom::Ptr(o, mut p) => {
                                p.push(field.clone());
                                out.push(Target::Go(o, p));
                            }
                            Atom::CMem => out.push(Target::C),
                            Atom::Typed(t) => {
                                if let Some(ft) = self.pkg.field(&t, &field) {
                                    out.push(Target::Typed(ft));
                                }
                            }
                            _ => {}
                        }
                    }
                } else {
                    for t in self.targets(x, st, depth + 1) {
                        out.push(match t {
                            Target::Go(o, mut p) => {
                                p.push(field.clone());
                                Target::Go(o, p)
                            }
                            Target::C => Target::C,
                            Target::Typed(t) => match self.pkg.field(&t, &field) {
                                Some(ft) => Target::Typed(ft),
                                None => continue,
                            },
                        });
                    }
                }
                out
            }
            "index_expression" => {
                let Some(a) = e.child_by_field_name("operand") else {
                    return Vec::new();
                };
                if let Some(i) = e.child_by_field_name("index") {
                    self.eval(i, st, depth + 1);
                }
                let aty = self.type_of(a).map(|t| self.pkg.underlying(&t));
                match aty {
                    Some(Ty::Array(_)) => return self.targets(a, st, depth + 1),
                    Some(Ty::Map(..)) => return Vec::new(),
                    _ => {}
                }
                let av = self.eval(a, st, depth + 1);
                let mut out = Vec::new();
                for x in av {
                    match x {
                        Atom::Ptr(o, p) => out.push(Target::Go(o, p)),
                        Atom::Val(o, p) => out.push(Target::Go(o, p)),
                        Atom::CMem => out.push(Target::C),
                        Atom::Typed(t) => {
                            if let Some(el) = self.pkg.elem(&t) {
                                out.push(Target::Typed(el));
                            }
                        }
                        _ => {}
                    }
                }
                out
            }
            "unary_expression" if self.src.text_of(e).starts_with('*') => {
                let Some(op) = e.child_by_field_name("operand") else {
                    return Vec::new();
                };
                let pv = self.eval(op, st, depth + 1);
                let mut out = Vec::new();
                for x in pv {
                    match x {
                        Atom::Ptr(o, p) => out.push(Target::Go(o, p)),
                        Atom::CMem => out.push(Target::C),
                        Atom::Typed(t) => {
                            if let Ty::Ptr(inner) = self.pkg.underlying(&t) {
                                out.push(Target::Typed(*inner));
                            }
                        }
                        _ => {}
                    }
                }
                out
            }
            _ => Vec::new(),
        }
    }

    /// Assigns `v` to the place `lhs` names.
    fn assign(&mut self, lhs: Node<'t>, v: Av, st: &mut St, stmt: Node<'t>) {
        if self.src.text_of(lhs) == "_" {
            return;
        }
        let ts = self.targets(lhs, st, 0);
        let single_var = ts.len() == 1 && matches!(ts[0], Target::Go(Obj::Var(_), _));
        for t in &ts {
            match t {
                Target::C => {
                    if let Some(r) = self.stored_bad(st, &v) {
                        let m = self.stored_message(stmt, &r);
                        self.report(stmt, "go-cgo-go-pointer-stored", m);
                    }
                }
                _ => self.write(st, t, &v, single_var),
            }
        }
    }

    fn statement(&mut self, node: Node<'t>, st: &mut St) {
        match node.kind() {
            "short_var_declaration" | "assignment_statement" => {
                let op = node
                    .child_by_field_name("operator")
                    .map(|o| self.src.text_of(o))
                    .unwrap_or(":=");
                let left = node
                    .child_by_field_name("left")
                    .map(exprs)
                    .unwrap_or_default();
                let right = node
                    .child_by_field_name("right")
                    .map(exprs)
                    .unwrap_or_default();
                if op != "=" && op != ":=" {
                    for r in &right {
                        self.eval(*r, st, 0);
                    }
                    let v = if op == "+="
                        && left.first().and_then(|l| self.type_of(*l)) == Some(Ty::Str)
                    {
                        one(Atom::Opaque("string"))
                    } else {
                        one(Atom::Scalar)
                    };
                    for l in left {
                        let ts = self.targets(l, st, 0);
                        for t in ts {
                            self.write(st, &t, &v, false);
                        }
                    }
                    return;
                }
                self.assign_lists(&left, &right, st, node);
            }
            "var_declaration" => {
                for spec in crate::syntax::descendants(node).filter(|n| n.kind() == "var_spec") {
                    let mut c = spec.walk();
                    let names: Vec<Node<'t>> =
                        spec.children_by_field_name("name", &mut c).collect();
                    let values = spec
                        .child_by_field_name("value")
                        .map(exprs)
                        .unwrap_or_default();
                    if values.is_empty() {
                        for n in names {
                            self.assign(n, one(Atom::Scalar), st, spec);
                        }
                    } else {
                        self.assign_lists(&names, &values, st, spec);
                    }
                }
            }
            "send_statement" => {
                let v = node
                    .child_by_field_name("value")
                    .map(|v| self.eval(v, st, 0))
                    .unwrap_or_default();
                if let Some(ch) = node.child_by_field_name("channel") {
                    let c = self.eval(ch, st, 0);
                    for a in c {
                        if let Atom::Ptr(o, p) = a {
                            self.write(st, &Target::Go(o, p), &v, false);
                        }
                    }
                }
            }
            "receive_statement" => {
                let v = node
                    .child_by_field_name("right")
                    .map(|r| self.eval(r, st, 0))
                    .unwrap_or_default();
                if let Some(left) = node.child_by_field_name("left") {
                    let ls = exprs(left);
                    if let Some(first) = ls.first() {
                        self.assign(*first, v, st, node);
                    }
                }
            }
            "expression_statement" | "go_statement" => {
                for k in kids(node) {
                    self.eval(k, st, 0);
                }
            }
            "inc_statement" | "dec_statement" | "empty_statement" | "const_declaration"
            | "type_declaration" => {}
            _ => {
                self.eval(node, st, 0);
            }
        }
    }

    fn assign_lists(&mut self, left: &[Node<'t>], right: &[Node<'t>], st: &mut St, stmt: Node<'t>) {
        if left.len() == right.len() {
            let vals: Vec<Av> = right
                .iter()
                .zip(left)
                .map(|(r, l)| {
                    let v = self.eval(*r, st, 0);
                    let t = self.type_of(*l).or_else(|| self.type_of(*r));
                    self.coerce(v, t.as_ref())
                })
                .collect();
            for (l, v) in left.iter().zip(vals) {
                self.assign(*l, v, st, stmt);
            }
        } else {
            for r in right {
                self.eval(*r, st, 0);
            }
            let rs = right
                .first()
                .filter(|r| unparen(**r).kind() == "call_expression")
                .map(|r| results_of(self.pkg, self.src, unparen(*r)))
                .unwrap_or_default();
            for (i, l) in left.iter().enumerate() {
                let t = rs.get(i).cloned().flatten().or_else(|| self.type_of(*l));
                let v = match t {
                    Some(t) => self.typed(&t),
                    None => one(Atom::Unknown),
                };
                self.assign(*l, v, st, stmt);
            }
        }
    }

    /// The deferred C calls, checked against the memory at an exit.
    fn exit_checks(&mut self, st: &St) {
        let pending = std::mem::take(&mut self.pending);
        for (arg, v, callee) in &pending {
            self.check_arg(*arg, v, callee, st);
        }
        self.pending = pending;
    }

    /// `go-cgo-export-returns-go-pointer` for an exported function.
    fn export_results(&mut self) {
        let Some(result) = self.func.child_by_field_name("result") else {
            return;
        };
        let name = self
            .func
            .child_by_field_name("name")
            .map(|n| self.src.text_of(n).to_owned())
            .unwrap_or_default();
        let types: Vec<(Node<'t>, Option<Ty>)> = if result.kind() == "parameter_list" {
            let mut v = Vec::new();
            for d in kids(result) {
                let t = d.child_by_field_name("type");
                let ty = t.and_then(|t| Ty::from_node(self.src, t));
                let mut c = d.walk();
                let n = d.children_by_field_name("name", &mut c).count().max(1);
                for _ in 0..n {
                    v.push((t.unwrap_or(d), ty.clone()));
                }
            }
            v
        } else {
            vec![(result, Ty::from_node(self.src, result))]
        };
        for (i, (tnode, ty)) in types.iter().enumerate() {
            let Some(ty) = ty else { continue };
            let under = self.pkg.underlying(ty);
            let always = match &under {
                Ty::Str => Some("a string"),
                Ty::Slice(_) => Some("a slice"),
                Ty::Map(..) => Some("a map"),
                Ty::Chan(_) => Some("a channel"),
                Ty::Func => Some("a function"),
                Ty::Iface => Some("an interface"),
                _ => None,
            };
            // Only nil (or, for a string, a literal: static data) is fine.
            let only_nil = !self.results.is_empty()
                && self.results.iter().all(|(_, vals)| {
                    vals.get(i).is_some_and(|(v, nil)| {
                        *nil || (matches!(under, Ty::Str) && v.iter().all(|a| *a == Atom::Static))
                    })
                });
            let reason = if let Some(k) = always {
                (!only_nil).then(|| {
                    format!("its result is {k}, which points to Go memory that cannot be pinned")
                })
            } else if self.pkg.has_pointers(ty) == Some(true) || matches!(under, Ty::UnsafePtr) {
                self.results.iter().find_map(|(ret, vals)| {
                    let (v, _) = vals.get(i)?;
                    let bad = self.result_bad(v)?;
                    Some(format!(
                        "the return at line {} gives {bad}",
                        self.src.pos(*ret).line
                    ))
                })
            } else {
                None
            };
            if let Some(r) = reason {
                let msg = format!("//export {name}: {r}; C code may not keep a Go pointer a Go function returns (cmd/cgo \"Passing pointers\": a Go function called by C may return only a Go pointer to pinned memory), and cgo panics with \"result of Go function {name} called from cgo is unpinned Go pointer\" (GODEBUG=cgocheck=1, the default); return C memory (C.malloc, C.CString), a runtime/cgo.Handle, or pin the memory for as long as C holds it");
                self.report(*tnode, "go-cgo-export-returns-go-pointer", msg);
            }
        }
    }

    fn result_bad(&self, v: &Av) -> Option<String> {
        // No state here: results are judged by their values at the return
        // (kept with the return).
        for a in v {
            match a {
                Atom::Ptr(o, _) if !matches!(o, Obj::Global(_)) => {
                    return Some(format!("the Go pointer to {}", self.describe(o)));
                }
                Atom::Opaque(k) => return Some(format!("a Go {k}")),
                Atom::Typed(t) if self.may_hold_go_pointer(t, 0) => {
                    return Some(format!("a {} that may point to Go memory", spell(t)));
                }
                _ => {}
            }
        }
        None
    }

    fn merge(&self, a: &St, ca: &Content, b: &St, cb: &Content) -> Content {
        let mut out = Content {
            root: ca.root.union(&cb.root).cloned().collect(),
            fields: BTreeMap::new(),
        };
        let keys: BTreeSet<&String> = ca.fields.keys().chain(cb.fields.keys()).collect();
        for k in keys {
            let fa = ca.fields.get(k).cloned().unwrap_or_else(|| Content {
                root: self.derive(a, &ca.root, std::slice::from_ref(k), 0),
                fields: BTreeMap::new(),
            });
            let fb = cb.fields.get(k).cloned().unwrap_or_else(|| Content {
                root: self.derive(b, &cb.root, std::slice::from_ref(k), 0),
                fields: BTreeMap::new(),
            });
            out.fields.insert(k.clone(), self.merge(a, &fa, b, &fb));
        }
        out
    }
}

impl<'t> Domain<'t> for Analysis<'_, 't, 't> {
    type State = St;

    fn join(&self, a: &St, b: &St) -> St {
        let mut out = St::default();
        let keys: BTreeSet<&Obj> = a.mem.keys().chain(b.mem.keys()).collect();
        for k in keys {
            let c = match (a.mem.get(k), b.mem.get(k)) {
                (Some(x), Some(y)) => self.merge(a, x, b, y),
                (Some(x), None) | (None, Some(x)) => x.clone(),
                (None, None) => continue,
            };
            out.mem.insert(k.clone(), c);
        }
        for (k, v) in &a.pins {
            if let Some(w) = b.pins.get(k) {
                let both: BTreeSet<Obj> = v.intersection(w).cloned().collect();
                if !both.is_empty() {
                    out.pins.insert(k.clone(), both);
                }
            }
        }
        out
    }

    fn simple(&mut self, node: Node<'t>, st: &mut St) {
        self.statement(node, st);
    }

    fn defer(&mut self, stmt: Node<'t>, st: &mut St) {
        let Some(call) = kids(stmt).into_iter().next() else {
            return;
        };
        let call = unparen(call);
        if call.kind() == "call_expression" {
            self.eval_call(call, st, 0, true);
        }
    }

    fn ret(&mut self, stmt: Node<'t>, st: &mut St) {
        let mut vals = Vec::new();
        let mut nils = Vec::new();
        if let Some(list) = kids(stmt).into_iter().next() {
            for e in exprs(list) {
                nils.push(unparen(e).kind() == "nil");
                vals.push(self.eval(e, st, 0));
            }
        } else if self.exported {
            // A bare return: the named results' values.
            let fid = self.func.id();
            let mut named: Vec<(usize, usize)> = self
                .locals
                .vars
                .iter()
                .filter(|(_, v)| v.func == fid && v.kind == VarKind::Result)
                .map(|(d, v)| (v.scope.0, *d))
                .collect();
            named.sort_unstable();
            for (_, d) in named {
                vals.push(self.load(st, &Obj::Var(d), &[], 0));
            }
        }
        if self.exported {
            // Resolve aggregate values now, while the state is at hand.
            let vals = vals
                .into_iter()
                .map(|v| {
                    let mut out = Av::new();
                    for a in v {
                        match &a {
                            Atom::Val(o, p) => {
                                let mut r = Av::new();
                                self.region(st, o, p, &mut BTreeSet::new(), &mut r);
                                out.extend(r.into_iter().filter(|x| match x {
                                    Atom::Ptr(o2, _) => !self.pinned(st, o2),
                                    _ => true,
                                }));
                            }
                            Atom::Ptr(o, _) if self.pinned(st, o) => {}
                            _ => {
                                out.insert(a);
                            }
                        }
                    }
                    out
                })
                .enumerate()
                .map(|(i, v)| (v, nils.get(i).copied().unwrap_or(false)))
                .collect();
            self.results.push((stmt, vals));
        }
        self.exit_checks(st);
    }

    fn end(&mut self, _body: Node<'t>, st: &mut St) {
        self.exit_checks(st);
    }

    fn leave(&mut self, _scope: Node<'t>, _st: &mut St) {}

    fn range_bind(&mut self, clause: Node<'t>, st: &mut St) {
        let Some(right) = clause.child_by_field_name("right") else {
            return;
        };
        let Some(left) = clause.child_by_field_name("left") else {
            return;
        };
        let x = self.eval(right, st, 0);
        let ls = exprs(left);
        let xty = self.type_of(right).map(|t| self.pkg.underlying(&t));
        let mut elems = Av::new();
        for a in &x {
            match a {
                Atom::Ptr(o, p) | Atom::Val(o, p) => elems.extend(self.load(st, o, p, 0)),
                Atom::Typed(t) => match self.pkg.elem(t) {
                    Some(e) => elems.extend(self.typed(&e)),
                    None => {
                        elems.insert(Atom::Unknown);
                    }
                },
                _ => {
                    elems.insert(Atom::Unknown);
                }
            }
        }
        let (k, v) = match xty {
            Some(Ty::Map(..)) => (one(Atom::Unknown), one(Atom::Unknown)),
            Some(Ty::Chan(_)) => (elems, Av::new()),
            _ => (one(Atom::Scalar), elems),
        };
        if let Some(l) = ls.first() {
            let t = self.type_of(*l);
            let k = self.coerce(k, t.as_ref());
            self.assign(*l, k, st, clause);
        }
        if let Some(l) = ls.get(1) {
            let t = self.type_of(*l);
            let v = self.coerce(v, t.as_ref());
            self.assign(*l, v, st, clause);
        }
    }
}

/// A type as Go spells it, roughly (for messages).
fn spell(t: &Ty) -> String {
    match t {
        Ty::Scalar => "number".into(),
        Ty::Str => "string".into(),
        Ty::UnsafePtr => "unsafe.Pointer".into(),
        Ty::Ptr(i) => format!("*{}", spell(i)),
        Ty::Slice(i) => format!("[]{}", spell(i)),
        Ty::Array(i) => format!("[N]{}", spell(i)),
        Ty::Map(k, v) => format!("map[{}]{}", spell(k), spell(v)),
        Ty::Chan(i) => format!("chan {}", spell(i)),
        Ty::Func => "func".into(),
        Ty::Iface => "interface".into(),
        Ty::Struct(_) => "struct".into(),
        Ty::Named(n) => n.clone(),
        Ty::C(n) => format!("C.{n}"),
        Ty::CValue => "C value".into(),
        Ty::Pinner => "runtime.Pinner".into(),
        Ty::External => "value of another package's type".into(),
    }
}

/// The first line of a source text, shortened.
fn one_line(t: &str) -> String {
    let first = t.lines().next().unwrap_or_default();
    let short: String = first.chars().take(60).collect();
    if short.len() < t.len() {
        format!("{short}…")
    } else {
        short
    }
}
