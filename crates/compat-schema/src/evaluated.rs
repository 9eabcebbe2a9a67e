//! What an `unevaluatedProperties` or `unevaluatedItems` of one node of a
//! conjunction sees evaluated. It reads the annotations of the in-place
//! subschemas below its own node only: its `allOf` and `$ref` targets, the
//! branches of the union its node was split from ([`Graph::split_from`]),
//! `if`/`then`/`else` and `dependentSchemas`. A node of the conjunction
//! outside that scope (a sibling of the node in an `allOf` above it)
//! evaluates nothing for it.
//!
//! Below a union the check replaced by one branch (or, for an `anyOf`,
//! by several at once), the branches in the conjunction evaluate and the
//! others do not. A union still in the conjunction, a conditional and a
//! dependent schema may evaluate a name or not, depending on the document:
//! how such a name is read is the caller's [`Lean`].

use foldhash::HashSet;

use crate::graph::{Graph, NodeId};
use crate::pattern::Patterns;

/// How a name or item that an in-place subschema may or may not evaluate
/// (depending on the document) is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lean {
    /// As not evaluated: `unevaluated*` applies to it. The fewest
    /// documents; what the views gave before they knew of scopes.
    Strict,
    /// As evaluated: `unevaluated*` does not apply. The sub side of the
    /// subset check, where more documents is the safe side (a document
    /// that is not there is a warning, a document missed is a silent pass).
    Sub,
    /// The sup side: as evaluated where a union still in the conjunction
    /// may evaluate it (the union's own check puts each branch in the
    /// conjunction, where its names are evaluated or not for certain), as
    /// not evaluated otherwise.
    Sup,
}

/// The most nodes one scope walk visits; past it, everything may be evaluated.
const MAX_SCOPE: usize = 256;

/// Why a node outside the conjunction may evaluate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Maybe {
    /// A branch of a union still in the conjunction.
    Union,
    /// The conditional whose `if` is this node: its `if` or `then`
    /// (`true`, where the `if` passes) or its `else` (`false`).
    Conditional(NodeId, bool),
    /// The dependent schema of this name.
    Dependent(String),
    /// Anything else (a walk cut short, a pattern not decided).
    Other,
}

/// The scope of one node's `unevaluated*` within a conjunction.
#[derive(Debug, Clone)]
pub struct Scope {
    /// The node with `unevaluated*`.
    node: NodeId,
    /// The in-place subschemas that are certainly valid (the node itself
    /// among them).
    certain: Vec<NodeId>,
    /// Those that may be valid or not, with why.
    maybe: Vec<(NodeId, Maybe)>,
    /// The walk stopped at [`MAX_SCOPE`] nodes: anything may be evaluated.
    cut: bool,
}

impl Scope {
    /// The scope of node `node` of `conj` (sorted).
    pub fn of(g: &Graph<'_>, conj: &[NodeId], node: NodeId) -> Scope {
        let mut scope = Scope {
            node,
            certain: Vec::new(),
            maybe: Vec::new(),
            cut: false,
        };
        let in_conj = |x: NodeId| conj.contains(&x);
        let mut seen: HashSet<NodeId> = HashSet::default();
        let mut stack: Vec<(NodeId, Option<Maybe>)> = vec![(node, None)];
        if let Some(parent) = g.split_from(node) {
            stack.push((parent, None));
        }
        while let Some((x, how)) = stack.pop() {
            if !seen.insert(x) {
                continue;
            }
            if seen.len() > MAX_SCOPE {
                scope.cut = true;
                break;
            }
            let n = g.node(x);
            match &how {
                None => scope.certain.push(x),
                Some(m) => scope.maybe.push((x, m.clone())),
            }
            stack.extend(n.all_of.iter().map(|&c| (c, how.clone())));
            for &br in n.any_of.iter().chain(&n.one_of) {
                match &how {
                    // Still a union: each branch may be valid.
                    None if in_conj(x) => stack.push((br, Some(Maybe::Union))),
                    // Replaced by the branches in the conjunction.
                    None => {
                        if crate::view::flatten(g, &[br]).iter().all(|&y| in_conj(y)) {
                            stack.push((br, None));
                        }
                    }
                    // A union below a union is put in place with it; below
                    // a conditional or a dependent schema, it is another
                    // question.
                    Some(Maybe::Union) => stack.push((br, Some(Maybe::Union))),
                    Some(_) => stack.push((br, Some(Maybe::Other))),
                }
            }
            // Below a subschema that may pass or not, one more is another question.
            let nested = |why: Maybe| Some(if how.is_some() { Maybe::Other } else { why });
            if let Some((i, t, e)) = n.conditional {
                stack.push((i, nested(Maybe::Conditional(i, true))));
                stack.extend(t.map(|c| (c, nested(Maybe::Conditional(i, true)))));
                stack.extend(e.map(|c| (c, nested(Maybe::Conditional(i, false)))));
            }
            for (k, c) in &n.dependent_schemas {
                stack.push((*c, nested(Maybe::Dependent(k.clone()))));
            }
        }
        scope
    }

    /// The node with `unevaluated*`.
    pub fn node(&self) -> NodeId {
        self.node
    }

    /// Whether node `x` is an in-place subschema of the node that is valid
    /// for certain (its annotations count).
    pub fn certain(&self, x: NodeId) -> bool {
        self.certain.contains(&x)
    }

    /// Whether property `name` counts as evaluated for the node's
    /// `unevaluatedProperties`, read with `lean`.
    pub fn property(&self, g: &Graph<'_>, patterns: &Patterns, name: &str, lean: Lean) -> bool {
        // Evaluated for certain (`Some(true)`), maybe (`None`) or not, by node `x`.
        let evaluates = |x: NodeId| -> Option<bool> {
            let n = g.node(x);
            if n.properties.iter().any(|(k, _)| k == name)
                || n.additional_properties.is_some()
                || x != self.node && n.unevaluated_properties.is_some()
            {
                return Some(true);
            }
            let mut out = Some(false);
            for (p, _) in &n.pattern_properties {
                match patterns.is_match(p, name) {
                    Some(true) => return Some(true),
                    Some(false) => {}
                    None => out = None,
                }
            }
            out
        };
        self.decide(lean, evaluates)
    }

    /// The schema of property `name` in the one subschema that may pass or
    /// not and declares it (or types it by `additionalProperties`), where no subschema evaluates it for certain
    /// and no other may (by name, pattern, `additionalProperties` or an
    /// `unevaluatedProperties` of its own): a value that subschema's
    /// schema refuses leaves the name unevaluated.
    pub fn only_declared(
        &self,
        g: &Graph<'_>,
        patterns: &Patterns,
        name: &str,
    ) -> Option<(NodeId, &Maybe)> {
        if !self.not_certain(g, patterns, name) {
            return None;
        }
        let mut found = None;
        for (x, why) in &self.maybe {
            // The `else` of an `if` that only asks for `name` never sees
            // it: an object with it passes the `if`.
            if let Maybe::Conditional(i, false) = why {
                if only_requires(g, *i, name) {
                    continue;
                }
            }
            match self.declares(g, patterns, *x, name) {
                Some(false) => {}
                // By `additionalProperties` alone (a `then` that types
                // every name): its schema.
                None if found.is_none() => {
                    let n = g.node(*x);
                    let (Some(a), None) = (n.additional_properties, n.unevaluated_properties)
                    else {
                        return None;
                    };
                    let unmatched = !n.properties.iter().any(|(k, _)| k == name)
                        && n.pattern_properties
                            .iter()
                            .all(|(p, _)| patterns.is_match(p, name) == Some(false));
                    if !unmatched {
                        return None;
                    }
                    found = Some((a, why));
                }
                // By one entry of `properties` or else one pattern of
                // `patternProperties` (the `if` of ifpat's `{"^b$": ...}`).
                Some(true) if found.is_none() => {
                    let n = g.node(*x);
                    let own = n
                        .properties
                        .iter()
                        .filter(|(k, _)| k == name)
                        .map(|(_, s)| *s);
                    let matched = n
                        .pattern_properties
                        .iter()
                        .filter(|(p, _)| patterns.is_match(p, name) != Some(false))
                        .map(|(_, s)| *s);
                    let mut all = own.chain(matched);
                    let (Some(s), None) = (all.next(), all.next()) else {
                        return None;
                    };
                    found = Some((s, why));
                }
                _ => return None,
            }
        }
        found
    }

    /// What an object must also pass for a subschema that may pass or not
    /// to evaluate property `name`, where no subschema that passes for
    /// certain does: the first dependent schema or `then` (or `if`) that
    /// may evaluate it, with the `if` of its conditional, and the name a
    /// dependent schema depends on. `None` where something evaluates it
    /// for certain, or only an `else` or a union's branch may.
    pub fn enabling(
        &self,
        g: &Graph<'_>,
        patterns: &Patterns,
        name: &str,
    ) -> Option<(Vec<NodeId>, Option<String>)> {
        if !self.not_certain(g, patterns, name) {
            return None;
        }
        self.maybe.iter().find_map(|(x, why)| {
            if self.declares(g, patterns, *x, name) == Some(false) {
                return None;
            }
            match why {
                Maybe::Dependent(on) => Some((vec![*x], Some(on.clone()))),
                Maybe::Conditional(i, true) => Some((vec![*i, *x], None)),
                _ => None,
            }
        })
    }

    /// The subschemas that may pass or not, in the order of the walk.
    pub fn maybe_nodes(&self) -> impl Iterator<Item = NodeId> + '_ {
        self.maybe.iter().map(|(x, _)| *x)
    }

    /// Whether no subschema that passes for certain evaluates property
    /// `name` (or may: a pattern not decided, `additionalProperties`), and
    /// the walk was not cut short.
    pub fn not_certain(&self, g: &Graph<'_>, patterns: &Patterns, name: &str) -> bool {
        !self.cut
            && self
                .certain
                .iter()
                .all(|&x| self.declares(g, patterns, x, name) == Some(false))
    }

    /// Whether node `x` evaluates property `name` whenever it passes:
    /// `Some(true)` by name or pattern, `None` by `additionalProperties`,
    /// an `unevaluatedProperties` of its own or a pattern not decided.
    fn declares(&self, g: &Graph<'_>, patterns: &Patterns, x: NodeId, name: &str) -> Option<bool> {
        let n = g.node(x);
        if n.additional_properties.is_some() || x != self.node && n.unevaluated_properties.is_some()
        {
            return None;
        }
        let mut out = Some(n.properties.iter().any(|(k, _)| k == name));
        for (p, _) in &n.pattern_properties {
            match patterns.is_match(p, name) {
                Some(true) => out = out.map(|_| true),
                Some(false) => {}
                None => return None,
            }
        }
        out
    }

    /// The name patterns of the subschemas that may be valid (names they
    /// match are compared too, by samples).
    pub fn maybe_patterns<'g>(&self, g: &'g Graph<'_>) -> Vec<&'g str> {
        self.maybe
            .iter()
            .flat_map(|(x, _)| {
                g.node(*x)
                    .pattern_properties
                    .iter()
                    .map(|(p, _)| p.as_str())
            })
            .collect()
    }

    /// Whether item `index` counts as evaluated for the node's
    /// `unevaluatedItems`, read with `lean`.
    pub fn item(&self, g: &Graph<'_>, index: usize, lean: Lean) -> bool {
        let evaluates = |x: NodeId| -> Option<bool> {
            let n = g.node(x);
            if n.prefix_items.len() > index
                || n.items.is_some()
                || x != self.node && n.unevaluated_items.is_some()
            {
                Some(true)
            } else if n.contains_evaluates {
                // The items `contains` matches: this one or not.
                None
            } else {
                Some(false)
            }
        };
        self.decide(lean, evaluates)
    }

    /// The schema of the one `contains` (2020-12) that may evaluate item
    /// `index`, where nothing else in scope evaluates it (no `prefixItems`
    /// that long, no `items`, no `unevaluatedItems` of another node, the
    /// walk not cut short): an item it does not match is not evaluated.
    pub fn only_contains(&self, g: &Graph<'_>, index: usize) -> Option<NodeId> {
        if self.cut {
            return None;
        }
        let mut found = None;
        let nodes = self.certain.iter().chain(self.maybe.iter().map(|(x, _)| x));
        for &x in nodes {
            let n = g.node(x);
            if n.prefix_items.len() > index
                || n.items.is_some()
                || x != self.node && n.unevaluated_items.is_some()
            {
                return None;
            }
            if n.contains_evaluates {
                if found.is_some() {
                    return None;
                }
                found = n.contains;
            }
        }
        found
    }

    /// Whether something counts as evaluated, given whether each node
    /// evaluates it (for certain, maybe, or not).
    fn decide(&self, lean: Lean, evaluates: impl Fn(NodeId) -> Option<bool>) -> bool {
        let maybe = |why: &Maybe| match lean {
            Lean::Strict => false,
            Lean::Sub => true,
            Lean::Sup => *why == Maybe::Union,
        };
        if self.cut {
            return maybe(&Maybe::Other);
        }
        let mut out = false;
        for &x in &self.certain {
            match evaluates(x) {
                Some(true) => return true,
                Some(false) => {}
                None => out |= maybe(&Maybe::Other),
            }
        }
        for (x, why) in &self.maybe {
            if evaluates(*x) != Some(false) {
                out |= maybe(why);
            }
        }
        out
    }

    /// The names the subschemas that may be valid declare (a check of the
    /// sub side's properties compares them too, as it does the declared ones).
    /// `None` where they may evaluate names they do not list (a pattern,
    /// `additionalProperties`, an `unevaluatedProperties` of their own, a
    /// walk cut short).
    pub fn maybe_names<'g>(&self, g: &'g Graph<'_>) -> Option<Vec<&'g str>> {
        let unlisted = self.cut
            || self.maybe.iter().any(|(x, _)| {
                let n = g.node(*x);
                !n.pattern_properties.is_empty()
                    || n.additional_properties.is_some()
                    || n.unevaluated_properties.is_some()
            });
        (!unlisted).then(|| {
            self.maybe
                .iter()
                .flat_map(|(x, _)| g.node(*x).properties.iter().map(|(k, _)| k.as_str()))
                .collect()
        })
    }
}

/// Whether node `i` asks nothing but that an object have `name`
/// (`{"required": ["a"]}`).
fn only_requires(g: &Graph<'_>, i: NodeId, name: &str) -> bool {
    let n = g.node(i);
    if n.required.len() != 1 || n.required[0] != name {
        return false;
    }
    let mut rest = n.clone();
    rest.required.clear();
    rest.is_trivial()
}

#[cfg(test)]
mod tests {
    //! Scopes read from small schemas: a sibling in an `allOf` above is
    //! out, a branch in the conjunction is in, a conditional is maybe.

    use super::*;
    use crate::doc::SchemaDoc;
    use crate::graph::root_of;
    use serde_json::json;

    /// The graph of `doc` and the scope of the `unevaluatedProperties` of
    /// its root (flattened).
    fn root_scope(doc: &SchemaDoc) -> (Graph<'_>, Scope) {
        let (g, root) = root_of(doc);
        let conj = crate::view::flatten(&g, &[root]);
        let s = scoped(&g, &conj);
        (g, s)
    }

    /// The scope of the `unevaluatedProperties` in `conj`.
    fn scoped(g: &Graph<'_>, conj: &[NodeId]) -> Scope {
        let &u = conj
            .iter()
            .find(|&&x| g.node(x).unevaluated_properties.is_some())
            .unwrap();
        Scope::of(g, conj, u)
    }

    #[test]
    fn a_sibling_above_is_out_of_scope() {
        let doc = SchemaDoc::from_value(json!({
            "allOf": [{"properties": {"a": true}, "unevaluatedProperties": false}],
            "properties": {"b": true}
        }))
        .unwrap();
        let (g, s) = root_scope(&doc);
        let p = Patterns::default();
        assert!(s.property(&g, &p, "a", Lean::Strict));
        assert!(!s.property(&g, &p, "b", Lean::Sub));
    }

    #[test]
    fn a_union_in_the_conjunction_may_evaluate_and_a_conditional_too() {
        let doc = SchemaDoc::from_value(json!({
            "anyOf": [{"properties": {"a": true}}, {"properties": {"b": true}}],
            "if": {"properties": {"c": true}},
            "unevaluatedProperties": false
        }))
        .unwrap();
        let (g, s) = root_scope(&doc);
        let p = Patterns::default();
        for name in ["a", "c"] {
            assert!(!s.property(&g, &p, name, Lean::Strict), "{name}");
            assert!(s.property(&g, &p, name, Lean::Sub), "{name}");
        }
        assert!(s.property(&g, &p, "a", Lean::Sup));
        assert!(!s.property(&g, &p, "c", Lean::Sup));
        assert!(!s.property(&g, &p, "d", Lean::Sub));
        let mut names: Vec<&str> = s.maybe_names(&g).unwrap();
        names.sort_unstable();
        assert_eq!(names, ["a", "b", "c"]);
    }

    #[test]
    fn an_item_only_a_contains_evaluates_has_its_schema() {
        let doc = SchemaDoc::from_value(json!({
            "type": "array",
            "anyOf": [{"contains": {"type": "string"}}],
            "unevaluatedItems": false
        }))
        .unwrap();
        let (g, conj, s) = items_scope(&doc);
        let c = s.only_contains(&g, 3).unwrap();
        assert_eq!(g.node(c).types, Some(crate::types::TypeSet::STRING));
        // Read on the sub side, the item is such a string; strictly, refused.
        let item = crate::view::item_leaning(&g, &conj, 3, Lean::Sub);
        assert_eq!(item, [c]);
        assert!(crate::view::never(&g, &crate::view::item(&g, &conj, 3)));
        // A prefix that long evaluates it too: no one schema.
        let doc = SchemaDoc::from_value(json!({
            "anyOf": [{"contains": {"type": "string"}}, {"prefixItems": [true]}],
            "unevaluatedItems": false
        }))
        .unwrap();
        let (g, _, s) = items_scope(&doc);
        assert_eq!(s.only_contains(&g, 0), None);
    }

    /// The root's conjunction and the scope of its `unevaluatedItems`.
    fn items_scope(doc: &SchemaDoc) -> (Graph<'_>, Vec<NodeId>, Scope) {
        let (g, root) = root_of(doc);
        let conj = crate::view::flatten(&g, &[root]);
        let &u = conj
            .iter()
            .find(|&&x| g.node(x).unevaluated_items.is_some())
            .unwrap();
        let s = Scope::of(&g, &conj, u);
        (g, conj, s)
    }

    #[test]
    fn a_name_only_a_dependent_schema_declares_has_that_schema_there() {
        let doc = SchemaDoc::from_value(json!({
            "properties": {"a": true},
            "dependentSchemas": {"a": {"properties": {"b": {"type": "integer"}}}},
            "if": {"patternProperties": {"^c": true}},
            "unevaluatedProperties": false
        }))
        .unwrap();
        let (g, s) = root_scope(&doc);
        let p = Patterns::default();
        let (b, why) = s.only_declared(&g, &p, "b").unwrap();
        assert_eq!(*why, Maybe::Dependent("a".into()));
        assert_eq!(g.node(b).types, Some(crate::types::TypeSet::INTEGER));
        // Declared for certain: none.
        assert_eq!(s.only_declared(&g, &p, "a"), None);
        // Matched by the one pattern of an `if`: that pattern's schema.
        let (c, why) = s.only_declared(&g, &p, "cx").unwrap();
        assert!(matches!(why, Maybe::Conditional(_, true)));
        assert!(g.node(c).is_trivial());
        assert_eq!(s.maybe_names(&g), None);
        assert_eq!(s.maybe_patterns(&g), ["^c"]);
        // A `then` typing every name, an `else` an `if` that only asks
        // for the name keeps from it.
        let doc = SchemaDoc::from_value(json!({
            "if": {"required": ["a"]},
            "then": {"additionalProperties": {"type": "string"}},
            "else": {"properties": {"a": {"type": "integer"}}},
            "unevaluatedProperties": false
        }))
        .unwrap();
        let (g, s) = root_scope(&doc);
        let (a, why) = s.only_declared(&g, &p, "a").unwrap();
        assert!(matches!(why, Maybe::Conditional(_, true)));
        assert_eq!(g.node(a).types, Some(crate::types::TypeSet::STRING));
    }

    #[test]
    fn a_branch_put_in_place_of_its_union_evaluates_and_the_others_do_not() {
        let doc = SchemaDoc::from_value(json!({
            "anyOf": [{"properties": {"a": true}}, {"properties": {"b": true}}],
            "unevaluatedProperties": false
        }))
        .unwrap();
        let (g, root) = root_of(&doc);
        let n = g.node(root);
        let branch = n.any_of[0];
        let mut conj: Vec<NodeId> = crate::view::flatten(&g, &[root])
            .into_iter()
            .filter(|&x| x != root)
            .collect();
        conj.push(branch);
        conj.sort_unstable();
        let s = scoped(&g, &conj);
        let p = Patterns::default();
        assert!(s.property(&g, &p, "a", Lean::Strict));
        assert!(!s.property(&g, &p, "b", Lean::Sub));
    }
}
