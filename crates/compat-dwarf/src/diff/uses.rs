//! How the exported interface uses each named type: by value or not, and
//! which exported symbols reach it.

use super::*;

/// How the exported interface uses the named types: one graph per input,
/// built once. Edges carry what happens to "used by value" on the way (kept
/// through qualifiers, arrays and members; lost through a pointer; regained
/// by a function type's parameters and result). Whether a type is used by
/// value is one forward pass over (type, by-value) states; which exported
/// symbols reach a type is asked only for the types that changed, by a
/// backward walk. Both are linear in the graph, never symbols × types.
pub(super) struct Uses<'a> {
    index: HashMap<&'a str, usize>,
    by_value: Vec<bool>,
    /// Types whose definition names this one.
    parents: Vec<Vec<usize>>,
    /// Exported symbols whose signature or type names this one directly.
    roots: Vec<Vec<&'a str>>,
}

/// What reaching a named type through an expression does to "by value".
#[derive(Clone, Copy, PartialEq, Eq)]
enum Carry {
    Keep,
    Lose,
    Gain,
}

impl Carry {
    fn apply(self, bv: bool) -> bool {
        match self {
            Carry::Keep => bv,
            Carry::Lose => false,
            Carry::Gain => true,
        }
    }
}

/// The named types `ty` mentions, each with its [`Carry`].
fn named_in(ty: &str, out: &mut Vec<(String, Carry)>) {
    fn go(e: TypeExpr, c: Carry, out: &mut Vec<(String, Carry)>) {
        // An explicit stack: expressions can nest deeply.
        let mut stack = vec![(e, c)];
        while let Some((e, c)) = stack.pop() {
            match e {
                TypeExpr::Named(k) => out.push((k, c)),
                TypeExpr::Qualified(_, t) | TypeExpr::Array(t, _) => stack.push((*t, c)),
                TypeExpr::Pointer(t) | TypeExpr::Reference(t, _) => stack.push((*t, Carry::Lose)),
                TypeExpr::MemberPointer { class, pointee } => {
                    stack.push((*class, Carry::Lose));
                    stack.push((*pointee, Carry::Lose));
                }
                TypeExpr::Function { params, ret, .. } => {
                    stack.push((*ret, Carry::Gain));
                    stack.extend(params.into_iter().map(|p| (p, Carry::Gain)));
                }
            }
        }
    }
    match parse_type_ref(ty) {
        Some(e) => go(e, Carry::Keep, out),
        None => out.push((ty.to_owned(), Carry::Keep)),
    }
}

impl<'a> Uses<'a> {
    pub(super) fn new(info: &'a TypeInfo) -> Uses<'a> {
        let index: HashMap<&str, usize> = info
            .types
            .keys()
            .enumerate()
            .map(|(i, k)| (k.as_str(), i))
            .collect();
        let n = index.len();
        let mut edges: Vec<Vec<(usize, Carry)>> = vec![Vec::new(); n];
        let mut parents: Vec<Vec<usize>> = vec![Vec::new(); n];
        let mut roots: Vec<Vec<&str>> = vec![Vec::new(); n];
        let mut buf = Vec::new();
        for (from, def) in info.types.values().enumerate() {
            buf.clear();
            match def {
                TypeDef::Struct { members, .. } | TypeDef::Union { members, .. } => {
                    for m in members {
                        named_in(&m.ty, &mut buf);
                    }
                }
                TypeDef::Typedef { target } => named_in(target, &mut buf),
                TypeDef::Enum {
                    underlying: Some(u),
                    ..
                } => named_in(u, &mut buf),
                _ => {}
            }
            for (k, c) in buf.drain(..) {
                if let Some(&to) = index.get(k.as_str()) {
                    edges[from].push((to, c));
                    parents[to].push(from);
                }
            }
        }
        for p in &mut parents {
            p.sort_unstable();
            p.dedup();
        }
        let signatures = info
            .functions
            .iter()
            .flat_map(|(name, f)| {
                std::iter::once((name, &f.ret)).chain(f.params.iter().map(move |p| (name, &p.ty)))
            })
            .chain(info.variables.iter().map(|(name, v)| (name, &v.ty)));
        // (type, by value) states reached from the exported symbols.
        let mut seen = vec![[false; 2]; n];
        let mut stack = Vec::new();
        for (sym, ty) in signatures {
            buf.clear();
            named_in(ty, &mut buf);
            for (k, c) in buf.drain(..) {
                if let Some(&i) = index.get(k.as_str()) {
                    if roots[i].last() != Some(&sym.as_str()) {
                        roots[i].push(sym.as_str());
                    }
                    stack.push((i, c.apply(true)));
                }
            }
        }
        while let Some((i, bv)) = stack.pop() {
            if std::mem::replace(&mut seen[i][bv as usize], true) {
                continue;
            }
            for &(to, c) in &edges[i] {
                stack.push((to, c.apply(bv)));
            }
        }
        // A `void *` parameter's view (`TypeInfo::void_views`): the function
        // reaches it, through a pointer.
        for (k, sym) in &info.void_views {
            if let Some(&i) = index.get(k.as_str()) {
                roots[i].push(sym.as_str());
            }
        }
        for r in &mut roots {
            r.sort_unstable();
            r.dedup();
        }
        Uses {
            index,
            by_value: seen.iter().map(|s| s[1]).collect(),
            parents,
            roots,
        }
    }

    /// Whether some exported symbol reaches `key` by value.
    pub(super) fn by_value(&self, key: &str) -> bool {
        self.index.get(key).is_some_and(|&i| self.by_value[i])
    }

    /// The exported symbols that reach `key`, each with how many type
    /// definitions lie between its signature and `key` (0: the signature
    /// names it), keeping the smaller distance of those already in `out`.
    pub(super) fn symbols(&self, key: &str, out: &mut HashMap<String, usize>) {
        let Some(&start) = self.index.get(key) else {
            return;
        };
        // Breadth first, so each type is met at its smallest distance.
        let mut seen = vec![false; self.parents.len()];
        let mut queue = std::collections::VecDeque::from([(start, 0usize)]);
        seen[start] = true;
        while let Some((i, d)) = queue.pop_front() {
            for s in &self.roots[i] {
                let e = out.entry((*s).to_owned()).or_insert(d);
                *e = (*e).min(d);
            }
            for &p in &self.parents[i] {
                if !std::mem::replace(&mut seen[p], true) {
                    queue.push_back((p, d + 1));
                }
            }
        }
    }
}
