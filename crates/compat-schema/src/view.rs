//! A conjunction of schemas seen as one: `allOf` and `$ref` flattened, each
//! keyword's tightest value, and the schema a property or item gets.

use std::cell::Cell;

use foldhash::HashSet;
use serde_json::Value;

pub use crate::evaluated::Scope;
pub use crate::evaluated::{Lean, Maybe};
use crate::graph::{tighter_lower, tighter_upper, Bound, Graph, Node, NodeId};
use crate::pattern::Patterns;
use crate::types::TypeSet;

/// A conjunction of nodes, sorted, without duplicates.
pub type Conj = Vec<NodeId>;

/// The most nodes a flattened conjunction holds.
const MAX_CONJ: usize = 512;

/// The most nodes [`flatten`] remembers having met in a list searched
/// one by one, before it hashes them (most conjunctions reach a few
/// nodes: a list is cheaper to make and to search than a hashed set).
const MAX_LISTED: usize = 32;

/// Whether `conj` holds as many nodes as [`flatten`] keeps (it may have
/// been cut: flattening it again may give another conjunction).
pub fn is_cut(conj: &[NodeId]) -> bool {
    conj.len() >= MAX_CONJ
}

/// `ids` with every `allOf` member (and `$ref` target) added, transitively.
pub fn flatten(g: &Graph<'_>, ids: &[NodeId]) -> Conj {
    // One node without `allOf` (most properties' schemas): itself, or
    // nothing when it asserts nothing.
    if let [id] = ids {
        let n = g.node(*id);
        if n.all_of.is_empty() {
            return if n.never || !n.is_trivial() {
                vec![*id]
            } else {
                Vec::new()
            };
        }
    }
    let mut out: Vec<NodeId> = Vec::new();
    let mut listed: Vec<NodeId> = Vec::new();
    let mut hashed: Option<HashSet<NodeId>> = None;
    let mut stack: Vec<NodeId> = ids.to_vec();
    while let Some(id) = stack.pop() {
        let new = match hashed.as_mut() {
            Some(seen) => seen.insert(id),
            None if listed.contains(&id) => false,
            None => {
                listed.push(id);
                if listed.len() > MAX_LISTED {
                    hashed = Some(listed.drain(..).collect());
                }
                true
            }
        };
        if !new || out.len() >= MAX_CONJ {
            continue;
        }
        let n = g.node(id);
        // A node that is only a conjunction (`$ref`, `allOf`) adds nothing of its own.
        if n.never || !n.is_trivial() && !n.only_conjunction() {
            out.push(id);
        }
        stack.extend(n.all_of.iter().copied());
    }
    out.sort_unstable();
    out
}

/// The keywords of a conjunction, each at its tightest, borrowed from the
/// graph's nodes (a view is made at every pair checked: copying each
/// name and pattern was most of its cost).
#[derive(Debug, Default)]
pub struct View<'g> {
    /// Nothing is valid (`false` somewhere).
    pub never: bool,
    /// The types allowed.
    pub types: TypeSet,
    /// The values allowed, when an `enum` or `const` limits them (the first one's values; others are checked by validation).
    pub enums: Option<&'g [Value]>,
    /// Lower bound.
    pub lower: Option<Bound>,
    /// Upper bound.
    pub upper: Option<Bound>,
    /// `multipleOf`s.
    pub multiples: Vec<f64>,
    /// `minLength`.
    pub min_length: Option<u64>,
    /// `maxLength`.
    pub max_length: Option<u64>,
    /// `pattern`s.
    pub patterns: Vec<&'g str>,
    /// `format`s.
    pub formats: Vec<&'g str>,
    /// `required`, sorted.
    pub required: Vec<&'g str>,
    /// `minProperties`.
    pub min_properties: Option<u64>,
    /// `maxProperties`.
    pub max_properties: Option<u64>,
    /// `minItems`.
    pub min_items: Option<u64>,
    /// `maxItems`.
    pub max_items: Option<u64>,
    /// `uniqueItems`.
    pub unique: bool,
    /// `propertyNames` schemas.
    pub property_names: Vec<NodeId>,
    /// `dependentRequired`, merged.
    pub dependent_required: Vec<(&'g str, &'g [String])>,
    /// `dependentSchemas`.
    pub dependent_schemas: Vec<(&'g str, NodeId)>,
    /// `contains` with its counts.
    pub contains: Vec<(NodeId, u64, Option<u64>)>,
    /// Every declared property name (for samples).
    pub declared: Vec<&'g str>,
    /// Every `patternProperties` pattern.
    pub name_patterns: Vec<&'g str>,
    /// The longest prefix.
    pub prefix_len: usize,
}

/// The view of a flattened conjunction.
pub fn view<'g>(g: &'g Graph<'_>, conj: &[NodeId]) -> View<'g> {
    let mut v = View {
        types: TypeSet::ALL,
        ..View::default()
    };
    let max_of = |a: &mut Option<u64>, b: Option<u64>, larger: bool| {
        if let Some(b) = b {
            *a = Some(match *a {
                Some(x) if larger => x.max(b),
                Some(x) => x.min(b),
                None => b,
            });
        }
    };
    for &id in conj {
        let n = g.node(id);
        v.never |= n.never;
        if let Some(t) = n.types {
            v.types = v.types.intersect(t);
        }
        if v.enums.is_none() {
            v.enums = n.enums.first().map(Vec::as_slice);
        }
        if let Some(b) = n.minimum {
            v.lower = tighter_lower(v.lower, b);
        }
        if let Some(b) = n.maximum {
            v.upper = tighter_upper(v.upper, b);
        }
        v.multiples.extend(n.multiple_of);
        max_of(&mut v.min_length, n.min_length, true);
        max_of(&mut v.max_length, n.max_length, false);
        v.patterns.extend(n.pattern.as_deref());
        v.formats.extend(n.format.as_deref());
        v.required.extend(n.required.iter().map(String::as_str));
        max_of(&mut v.min_properties, n.min_properties, true);
        max_of(&mut v.max_properties, n.max_properties, false);
        max_of(&mut v.min_items, n.min_items, true);
        max_of(&mut v.max_items, n.max_items, false);
        v.unique |= n.unique_items;
        v.property_names.extend(n.property_names);
        v.dependent_required.extend(
            n.dependent_required
                .iter()
                .map(|(k, d)| (k.as_str(), d.as_slice())),
        );
        v.dependent_schemas
            .extend(n.dependent_schemas.iter().map(|(k, s)| (k.as_str(), *s)));
        if let Some(c) = n.contains {
            v.contains
                .push((c, n.min_contains.unwrap_or(1), n.max_contains));
        }
        v.declared
            .extend(n.properties.iter().map(|(k, _)| k.as_str()));
        v.name_patterns
            .extend(n.pattern_properties.iter().map(|(k, _)| k.as_str()));
        v.prefix_len = v.prefix_len.max(n.prefix_items.len());
    }
    if v.never {
        v.types = TypeSet::EMPTY;
    }
    if let Some(e) = v.enums {
        v.types = enum_types(v.types, e);
    }
    v.required.sort_unstable();
    v.required.dedup();
    v.declared.sort_unstable();
    v.declared.dedup();
    v
}

/// Whether nothing is valid under `conj` because a node of it is `false`
/// (the view's `never`, without making the view).
pub fn never(g: &Graph<'_>, conj: &[NodeId]) -> bool {
    conj.iter().any(|&id| g.node(id).never)
}

/// The types a value valid under `conj` may have (the view's `types`,
/// without making the view: asked where nothing else of it is read).
pub fn types(g: &Graph<'_>, conj: &[NodeId]) -> TypeSet {
    let mut types = TypeSet::ALL;
    let mut enums: Option<&[Value]> = None;
    for &id in conj {
        let n = g.node(id);
        if n.never {
            return TypeSet::EMPTY;
        }
        if let Some(t) = n.types {
            types = types.intersect(t);
        }
        if enums.is_none() {
            enums = n.enums.first().map(Vec::as_slice);
        }
    }
    match enums {
        Some(e) => enum_types(types, e),
        None => types,
    }
}

/// `types` narrowed to those of the values `e` lists.
fn enum_types(types: TypeSet, e: &[Value]) -> TypeSet {
    let present = e
        .iter()
        .map(TypeSet::of)
        .fold(TypeSet::EMPTY, TypeSet::union);
    // An integer-valued enum member is also a number: keep both bits where the type allows.
    types.intersect(present.union(if present.contains(TypeSet::INTEGER) {
        TypeSet::INTEGER
    } else {
        TypeSet::EMPTY
    }))
}

/// Where a property's schema comes from, in one conjunct.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// `properties` names it (or a `patternProperties` pattern matches it).
    Declared,
    /// `additionalProperties` or `unevaluatedProperties` applies.
    Additional,
    /// Nothing constrains it (an open content model).
    Open,
}

/// Where `conj` declares property `name`: each declaring node's place in
/// `conj` and the property's schema there. A node's `properties` are
/// sorted by name, so each is searched, not scanned (an object's every
/// name looked up in an object of 20,000 was a quadratic scan).
fn declared(g: &Graph<'_>, conj: &[NodeId], name: &str) -> Vec<(usize, NodeId)> {
    conj.iter()
        .enumerate()
        .flat_map(|(at, &id)| {
            let properties = &g.node(id).properties;
            let from = properties.partition_point(|(k, _)| k.as_str() < name);
            properties[from..]
                .iter()
                .take_while(move |(k, _)| k == name)
                .map(move |(_, s)| (at, *s))
        })
        .collect()
}

/// The schemas property `name` must satisfy under `conj`, and where the
/// strictest of them comes from.
pub fn property(g: &Graph<'_>, patterns: &Patterns, conj: &[NodeId], name: &str) -> (Conj, Origin) {
    leaning(g, patterns, conj, name, Lean::Strict)
}

/// [`property`], a name an in-place subschema may evaluate or not read
/// with `lean` (for its `unevaluatedProperties`).
pub fn leaning(
    g: &Graph<'_>,
    patterns: &Patterns,
    conj: &[NodeId],
    name: &str,
    lean: Lean,
) -> (Conj, Origin) {
    let declared = declared(g, conj, name);
    let scopes = property_scopes(g, conj);
    let reads = Reads {
        lean,
        scopes: &scopes,
    };
    property_of(g, patterns, conj, name, &declared, Some(reads))
}

/// How `unevaluated*` is read in one conjunction: the scope of each of its
/// nodes with the keyword, and the lean for what may be evaluated or not.
#[derive(Clone, Copy)]
struct Reads<'s> {
    lean: Lean,
    scopes: &'s [Scope],
}

impl Reads<'_> {
    /// The scope of node `id`'s `unevaluated*`.
    fn of(&self, id: NodeId) -> Option<&Scope> {
        self.scopes.iter().find(|s| s.node() == id)
    }
}

/// The scope of each node of `conj` that `has` the keyword.
fn scopes(g: &Graph<'_>, conj: &[NodeId], has: impl Fn(&Node) -> bool) -> Vec<Scope> {
    conj.iter()
        .filter(|&&id| has(g.node(id)))
        .map(|&id| Scope::of(g, conj, id))
        .collect()
}

/// The scope of each `unevaluatedProperties` of `conj`.
fn property_scopes(g: &Graph<'_>, conj: &[NodeId]) -> Vec<Scope> {
    if !g.has_unevaluated_properties() {
        return Vec::new();
    }
    scopes(g, conj, |n| n.unevaluated_properties.is_some())
}

/// `conj` with what makes a subschema that may pass or not evaluate
/// property `name` for its one `unevaluatedProperties` ([`Scope::enabling`]),
/// and the name a dependent schema that does depends on: an object built
/// for it, with that name, has `name` there, evaluated. `None` where only
/// what passes for certain evaluates it.
pub fn enabling(
    g: &Graph<'_>,
    patterns: &Patterns,
    conj: &[NodeId],
    name: &str,
) -> Option<(Conj, Option<String>)> {
    let scopes = property_scopes(g, conj);
    let [scope] = scopes.as_slice() else {
        return None;
    };
    let (more, on) = scope.enabling(g, patterns, name)?;
    let mut all = conj.to_vec();
    all.extend(more);
    Some((flatten(g, &all), on))
}

/// Why only a subschema that may pass or not evaluates property `name`
/// for the one `unevaluatedProperties` among `scopes` (a dependent schema,
/// a conditional), and that subschema's schema for the name
/// ([`Scope::only_declared`]).
fn sole_source_in(
    g: &Graph<'_>,
    patterns: &Patterns,
    scopes: &[Scope],
    name: &str,
) -> Option<(NodeId, Maybe)> {
    let [scope] = scopes else {
        return None;
    };
    scope
        .only_declared(g, patterns, name)
        .map(|(s, why)| (s, why.clone()))
}

/// The names that in-place subschemas of `conj` outside it may evaluate
/// for an `unevaluatedProperties` (a union still in it, a conditional, a
/// dependent schema): compared as the declared names are, and counted
/// with them where an object's names are listed. `None` where they may
/// evaluate names they do not list.
pub fn maybe_names<'g>(g: &'g Graph<'_>, conj: &[NodeId]) -> Option<Vec<&'g str>> {
    maybe_names_in(g, &property_scopes(g, conj))
}

/// [`maybe_names`] of `scopes`.
fn maybe_names_in<'g>(g: &'g Graph<'_>, scopes: &[Scope]) -> Option<Vec<&'g str>> {
    let mut out: Vec<&str> = Vec::new();
    for s in scopes {
        out.extend(s.maybe_names(g)?);
    }
    out.sort_unstable();
    out.dedup();
    Some(out)
}

/// The schemas the validator checks the value of property `name`
/// against under `conj`, whatever else the object has: [`property`]
/// without `unevaluatedProperties`, which applies or not depending on what
/// the nodes' `anyOf`, `oneOf` and conditionals evaluate.
pub fn applied(g: &Graph<'_>, patterns: &Patterns, conj: &[NodeId], name: &str) -> Conj {
    let declared = declared(g, conj, name);
    property_of(g, patterns, conj, name, &declared, None).0
}

/// The `properties` of a conjunction's nodes indexed by name, for
/// [`property`] of many names (an object's every declared name is
/// compared, and looking each up node by node was quadratic in the
/// number of properties).
pub struct Properties<'a, 'd> {
    g: &'a Graph<'d>,
    patterns: &'a Patterns,
    conj: &'a [NodeId],
    /// Each declared name, the index of its node in `conj` and its schema,
    /// sorted by name then index.
    names: Vec<(&'a str, usize, NodeId)>,
    /// Where the last name looked up starts in `names`: names asked in
    /// order (as the check does) are found by walking on from there.
    cursor: Cell<usize>,
    /// How `unevaluatedProperties` reads a name that may be evaluated.
    lean: Lean,
    /// The scope of each node with `unevaluatedProperties`.
    scopes: Vec<Scope>,
}

impl<'a, 'd> Properties<'a, 'd> {
    /// The index of `conj`'s properties.
    pub fn new(g: &'a Graph<'d>, patterns: &'a Patterns, conj: &'a [NodeId]) -> Self {
        Self::leaning(g, patterns, conj, Lean::Strict)
    }

    /// [`Properties::new`], as [`leaning`] reads names.
    pub fn leaning(
        g: &'a Graph<'d>,
        patterns: &'a Patterns,
        conj: &'a [NodeId],
        lean: Lean,
    ) -> Self {
        let mut names: Vec<(&'a str, usize, NodeId)> = Vec::new();
        for (at, &id) in conj.iter().enumerate() {
            let n = g.node(id);
            names.extend(n.properties.iter().map(|(k, s)| (k.as_str(), at, *s)));
        }
        // Stable: a node's own entries of one name stay in its order.
        names.sort_by(|x, y| (x.0, x.1).cmp(&(y.0, y.1)));
        Properties {
            g,
            patterns,
            conj,
            names,
            cursor: Cell::new(0),
            lean,
            scopes: property_scopes(g, conj),
        }
    }

    /// [`sole_source_in`] of `name`.
    pub fn sole_source(&self, name: &str) -> Option<(NodeId, Maybe)> {
        sole_source_in(self.g, self.patterns, &self.scopes, name)
    }

    /// The scope of the one `unevaluatedProperties: false` of the
    /// conjunction where no subschema that passes for certain evaluates
    /// property `name`: only subschemas that may pass or not let it be there.
    pub fn only_maybe(&self, name: &str) -> Option<&Scope> {
        let [scope] = self.scopes.as_slice() else {
            return None;
        };
        let never = self
            .g
            .node(scope.node())
            .unevaluated_properties
            .is_some_and(|u| self.g.node(u).never);
        (never && scope.not_certain(self.g, self.patterns, name)).then_some(scope)
    }

    /// [`maybe_names`] of the conjunction.
    pub fn maybe_names(&self) -> Option<Vec<&'a str>> {
        maybe_names_in(self.g, &self.scopes)
    }

    /// The name patterns of the in-place subschemas outside the
    /// conjunction that may evaluate for its `unevaluatedProperties`
    /// ([`maybe_names`]).
    pub fn maybe_patterns(&self) -> Vec<&'a str> {
        let mut out: Vec<&str> = self
            .scopes
            .iter()
            .flat_map(|s| s.maybe_patterns(self.g))
            .collect();
        out.sort_unstable();
        out.dedup();
        out
    }

    /// As [`property`] of `name`.
    pub fn get(&self, name: &str) -> (Conj, Origin) {
        let mut from = self.cursor.get();
        if from > 0 && self.names[from - 1].0 >= name {
            from = self.names.partition_point(|e| e.0 < name);
        } else {
            while self.names.get(from).is_some_and(|e| e.0 < name) {
                from += 1;
            }
        }
        self.cursor.set(from);
        let declared: Vec<(usize, NodeId)> = self.names[from..]
            .iter()
            .take_while(|e| e.0 == name)
            .map(|e| (e.1, e.2))
            .collect();
        property_of(
            self.g,
            self.patterns,
            self.conj,
            name,
            &declared,
            Some(Reads {
                lean: self.lean,
                scopes: &self.scopes,
            }),
        )
    }
}

/// [`property`] of `name`, given the schemas `properties` declares for it
/// (each with the index of its node in `conj`, in order);
/// `unevaluatedProperties` too, read as `unevaluated` says.
fn property_of(
    g: &Graph<'_>,
    patterns: &Patterns,
    conj: &[NodeId],
    name: &str,
    declared: &[(usize, NodeId)],
    unevaluated: Option<Reads<'_>>,
) -> (Conj, Origin) {
    let mut out = Vec::new();
    let mut origin = Origin::Open;
    let mut declared = declared.iter().peekable();
    for (at, &id) in conj.iter().enumerate() {
        let n = g.node(id);
        let mut matched = false;
        while let Some(&(_, s)) = declared.next_if(|(i, _)| *i == at) {
            out.push(s);
            matched = true;
        }
        for (p, s) in &n.pattern_properties {
            if patterns.is_match(p, name) == Some(true) {
                out.push(*s);
                matched = true;
            }
        }
        if matched {
            origin = Origin::Declared;
        } else if let Some(a) = n.additional_properties {
            out.push(a);
            // `additionalProperties: true` (or `{}`) leaves the model open.
            if origin == Origin::Open && !g.node(a).is_trivial() {
                origin = Origin::Additional;
            }
        }
        if let (Some(u), Some(reads)) = (n.unevaluated_properties, unevaluated) {
            let evaluated = matched
                || n.additional_properties.is_some()
                || reads
                    .of(id)
                    .is_none_or(|s| s.property(g, patterns, name, reads.lean));
            if !evaluated {
                out.push(u);
                if origin == Origin::Open && !g.node(u).is_trivial() {
                    origin = Origin::Additional;
                }
            } else if reads.lean == Lean::Sub && !matched && g.node(u).never {
                // Read as evaluated, though only a subschema that may not
                // pass evaluates it: where `false` refuses it otherwise,
                // its value is one that subschema's own schema for it
                // accepts, when it is the only one to declare it.
                if let Some((s, _)) = reads
                    .of(id)
                    .and_then(|s| s.only_declared(g, patterns, name))
                {
                    out.push(s);
                    // Declared, for what is said: a name the other side
                    // closes is one this side declares.
                    if origin == Origin::Open {
                        origin = Origin::Declared;
                    }
                }
            }
        }
    }
    (flatten(g, &out), origin)
}

/// The schemas item `index` must satisfy under `conj`.
pub fn item(g: &Graph<'_>, conj: &[NodeId], index: usize) -> Conj {
    item_leaning(g, conj, index, Lean::Strict)
}

/// [`item`], an item an in-place subschema may evaluate or not read with
/// `lean` (for its `unevaluatedItems`).
pub fn item_leaning(g: &Graph<'_>, conj: &[NodeId], index: usize, lean: Lean) -> Conj {
    let mut out = Vec::new();
    for &id in conj {
        let n = g.node(id);
        if let Some(&s) = n.prefix_items.get(index) {
            out.push(s);
        } else if let Some(s) = n.items {
            out.push(s);
        } else if let Some(u) = n.unevaluated_items {
            let scope = Scope::of(g, conj, id);
            if !scope.item(g, index, lean) {
                out.push(u);
            } else if lean == Lean::Sub && g.node(u).never {
                // Read as evaluated, though only a `contains` evaluates it:
                // where `false` refuses it otherwise, it is an item that
                // `contains` matches.
                out.extend(scope.only_contains(g, index));
            }
        }
    }
    flatten(g, &out)
}

#[cfg(test)]
mod tests {
    //! The property index answers what the scan answers, for names asked
    //! in order, out of order and again; the schemas applied to a
    //! property leave `unevaluatedProperties` out.

    use super::*;
    use crate::doc::SchemaDoc;
    use serde_json::json;

    #[test]
    fn the_index_answers_as_the_scan() {
        let doc = SchemaDoc::from_value(json!({
            "allOf": [
                {"properties": {"b": {"type": "string"}, "a": {"minimum": 1}},
                 "additionalProperties": {"type": "integer"}},
                {"properties": {"a": {"maximum": 9}, "c": false},
                 "patternProperties": {"^x": {"type": "boolean"}}},
                {"$ref": "#/$defs/more"}
            ],
            "$defs": {"more": {"properties": {"d": {"type": "null"}, "b": {"maxLength": 3}},
                               "unevaluatedProperties": false}}
        }))
        .unwrap();
        let (g, id) = crate::graph::root_of(&doc);
        let conj = flatten(&g, &[id]);
        let patterns = Patterns::default();
        let index = Properties::new(&g, &patterns, &conj);
        let names = ["", "a", "b", "c", "d", "e", "x1", "a", "zz", "b", "xa", "0"];
        let mut declared = 0;
        for name in names {
            let scanned = property(&g, &patterns, &conj, name);
            assert_eq!(index.get(name), scanned, "{name:?}");
            declared += usize::from(scanned.1 == Origin::Declared);
        }
        assert!(declared >= 6, "most names are declared: {declared}");
    }

    #[test]
    fn applied_leaves_unevaluated_out() {
        // `r` is evaluated by the `anyOf` branch, which flattening does not
        // look into: `unevaluatedProperties: false` does not refuse it.
        let doc = SchemaDoc::from_value(json!({
            "required": ["r"],
            "anyOf": [{"properties": {"r": {"type": "string"}}}],
            "properties": {"d": {"type": "integer"}},
            "unevaluatedProperties": false
        }))
        .unwrap();
        let (g, id) = crate::graph::root_of(&doc);
        let conj = flatten(&g, &[id]);
        let patterns = Patterns::default();
        let (scanned, _) = property(&g, &patterns, &conj, "r");
        assert!(never(&g, &scanned), "property takes the false schema");
        assert!(applied(&g, &patterns, &conj, "r").is_empty());
        assert_eq!(
            applied(&g, &patterns, &conj, "d"),
            property(&g, &patterns, &conj, "d").0
        );
    }
}
