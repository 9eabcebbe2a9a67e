//! The schema graph: every subschema reachable from the compared roots as a
//! [`Node`] with its keywords read once, references as edges (so recursive
//! and circular schemas are finite graphs), built without recursion and
//! memoised by location.

use std::hash::BuildHasher;

use std::sync::{Arc, RwLock};

use foldhash::{HashMap, HashSet};
use serde_json::{Map, Value};

use crate::dialect::Draft;
use crate::doc::{Location, SchemaDoc};
use crate::error::SchemaError;
use crate::lookup::{get, member};
use crate::types::TypeSet;

/// Index of a node in a [`Graph`].
pub type NodeId = u32;

/// A numeric bound.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Bound {
    /// The limit.
    pub value: f64,
    /// Whether the limit itself is excluded.
    pub exclusive: bool,
}

/// One subschema's keywords, references resolved to node ids.
///
/// The keywords most schemas use are fields of the node; the others
/// ([`Rare`]) are boxed, only in the nodes that use one, and read through
/// the node as if they were its own (`node.min_length`, by `Deref`). A node
/// with every keyword inline took 584 bytes, and a large description has
/// hundreds of thousands of nodes per graph: on GitHub's, fewer than one
/// schema in a hundred has a keyword of [`Rare`].
#[derive(Debug, Clone, Default)]
pub struct Node {
    /// Which side (0 or 1) and where.
    pub side: u8,
    /// Where the subschema is.
    pub loc: Option<Location>,
    /// `false` (or `{"not": {}}`): nothing is valid.
    pub never: bool,
    /// `type` (with OpenAPI 3.0 `nullable`), `None` when absent.
    pub types: Option<TypeSet>,
    /// `enum` and `const` (`const` as a one-value enum).
    pub enums: Vec<Vec<Value>>,
    /// `format`.
    pub format: Option<String>,
    /// `properties`, sorted by name (the validator, views and the
    /// property index read them by name, never in document order).
    pub properties: Vec<(String, NodeId)>,
    /// `additionalProperties`.
    pub additional_properties: Option<NodeId>,
    /// `required`, sorted.
    pub required: Vec<String>,
    /// The schema of items after the prefix (`items`, or `additionalItems` after an array `items`).
    pub items: Option<NodeId>,
    /// `allOf`, plus `$ref` (and `$recursiveRef`, `$dynamicRef`) as a conjunct.
    pub all_of: Vec<NodeId>,
    /// `anyOf`.
    pub any_of: Vec<NodeId>,
    /// `oneOf`.
    pub one_of: Vec<NodeId>,
    /// The other keywords, when the schema has one.
    rare: Option<Box<Rare>>,
}

/// The keywords of a [`Node`] that few schemas use, read through the node.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Rare {
    /// `minimum` / `exclusiveMinimum`, the tightest.
    pub minimum: Option<Bound>,
    /// `maximum` / `exclusiveMaximum`, the tightest.
    pub maximum: Option<Bound>,
    /// `multipleOf`.
    pub multiple_of: Option<f64>,
    /// `minLength`.
    pub min_length: Option<u64>,
    /// `maxLength`.
    pub max_length: Option<u64>,
    /// `pattern`.
    pub pattern: Option<String>,
    /// `patternProperties`.
    pub pattern_properties: Vec<(String, NodeId)>,
    /// `unevaluatedProperties`.
    pub unevaluated_properties: Option<NodeId>,
    /// `propertyNames`.
    pub property_names: Option<NodeId>,
    /// `minProperties`.
    pub min_properties: Option<u64>,
    /// `maxProperties`.
    pub max_properties: Option<u64>,
    /// `dependentRequired` (and array-valued `dependencies`).
    pub dependent_required: Vec<(String, Vec<String>)>,
    /// `dependentSchemas` (and schema-valued `dependencies`).
    pub dependent_schemas: Vec<(String, NodeId)>,
    /// `prefixItems` (and array-valued `items` before 2020-12).
    pub prefix_items: Vec<NodeId>,
    /// `unevaluatedItems`.
    pub unevaluated_items: Option<NodeId>,
    /// `contains`.
    pub contains: Option<NodeId>,
    /// Whether the items `contains` matches count as evaluated for
    /// `unevaluatedItems` (2020-12; not in 2019-09).
    pub contains_evaluates: bool,
    /// `minContains` (1 when `contains` is present and it is absent).
    pub min_contains: Option<u64>,
    /// `maxContains`.
    pub max_contains: Option<u64>,
    /// `minItems`.
    pub min_items: Option<u64>,
    /// `maxItems`.
    pub max_items: Option<u64>,
    /// `uniqueItems: true`.
    pub unique_items: bool,
    /// `not`.
    pub not: Option<NodeId>,
    /// `if`, `then`, `else`.
    pub conditional: Option<(NodeId, Option<NodeId>, Option<NodeId>)>,
}

impl Rare {
    /// None of the keywords.
    const NONE: Rare = Rare {
        minimum: None,
        maximum: None,
        multiple_of: None,
        min_length: None,
        max_length: None,
        pattern: None,
        pattern_properties: Vec::new(),
        unevaluated_properties: None,
        property_names: None,
        min_properties: None,
        max_properties: None,
        dependent_required: Vec::new(),
        dependent_schemas: Vec::new(),
        prefix_items: Vec::new(),
        unevaluated_items: None,
        contains: None,
        contains_evaluates: false,
        min_contains: None,
        max_contains: None,
        min_items: None,
        max_items: None,
        unique_items: false,
        not: None,
        conditional: None,
    };
}

impl Rare {
    /// [`Node::same_keywords`] for the keywords of [`Rare`].
    fn same_keywords(a: &Rare, b: &Rare, children: &mut Vec<(NodeId, NodeId)>) -> bool {
        let Rare {
            minimum,
            maximum,
            multiple_of,
            min_length,
            max_length,
            pattern,
            pattern_properties,
            unevaluated_properties,
            property_names,
            min_properties,
            max_properties,
            dependent_required,
            dependent_schemas,
            prefix_items,
            unevaluated_items,
            contains,
            contains_evaluates,
            min_contains,
            max_contains,
            min_items,
            max_items,
            unique_items,
            not,
            conditional,
        } = a;
        // Present on both sides or on neither; the pair of schemas, when present.
        fn both(x: Option<NodeId>, y: Option<NodeId>, out: &mut Vec<(NodeId, NodeId)>) -> bool {
            match (x, y) {
                (Some(x), Some(y)) => {
                    out.push((x, y));
                    true
                }
                (None, None) => true,
                _ => false,
            }
        }
        let local = *minimum == b.minimum
            && *maximum == b.maximum
            && *multiple_of == b.multiple_of
            && *min_length == b.min_length
            && *max_length == b.max_length
            && *pattern == b.pattern
            && *contains_evaluates == b.contains_evaluates
            && *min_properties == b.min_properties
            && *max_properties == b.max_properties
            && *dependent_required == b.dependent_required
            && *min_contains == b.min_contains
            && *max_contains == b.max_contains
            && *min_items == b.min_items
            && *max_items == b.max_items
            && *unique_items == b.unique_items
            && pattern_properties.len() == b.pattern_properties.len()
            && pattern_properties
                .iter()
                .zip(&b.pattern_properties)
                .all(|((p, _), (q, _))| p == q)
            && dependent_schemas.len() == b.dependent_schemas.len()
            && dependent_schemas
                .iter()
                .zip(&b.dependent_schemas)
                .all(|((p, _), (q, _))| p == q)
            && prefix_items.len() == b.prefix_items.len();
        if !local {
            return false;
        }
        let at = children.len();
        let (ca, cb) = match (conditional, b.conditional) {
            (Some((i, t, e)), Some((j, u, f))) => ((Some(*i), *t, *e), (Some(j), u, f)),
            (None, None) => ((None, None, None), (None, None, None)),
            _ => return false,
        };
        let same = both(*unevaluated_properties, b.unevaluated_properties, children)
            && both(*property_names, b.property_names, children)
            && both(*unevaluated_items, b.unevaluated_items, children)
            && both(*contains, b.contains, children)
            && both(*not, b.not, children)
            && both(ca.0, cb.0, children)
            && both(ca.1, cb.1, children)
            && both(ca.2, cb.2, children);
        if !same {
            children.truncate(at);
            return false;
        }
        children.extend(
            pattern_properties
                .iter()
                .zip(&b.pattern_properties)
                .map(|((_, x), (_, y))| (*x, *y))
                .chain(
                    dependent_schemas
                        .iter()
                        .zip(&b.dependent_schemas)
                        .map(|((_, x), (_, y))| (*x, *y)),
                )
                .chain(
                    prefix_items
                        .iter()
                        .copied()
                        .zip(b.prefix_items.iter().copied()),
                ),
        );
        true
    }
}

/// What a node without any keyword of [`Rare`] reads.
static NO_RARE: Rare = Rare::NONE;

impl std::ops::Deref for Node {
    type Target = Rare;

    fn deref(&self) -> &Rare {
        self.rare.as_deref().unwrap_or(&NO_RARE)
    }
}

impl Node {
    /// Whether the node's only assertion is `allOf` (or `$ref`).
    pub fn only_conjunction(&self) -> bool {
        !self.all_of.is_empty() && self.trivial_besides_all_of()
    }

    /// Whether the node, not `false`, asks nothing of an object beyond its
    /// properties' schemas, `patternProperties`, `additionalProperties`,
    /// `unevaluatedProperties`, `required` and types: no `enum`, count,
    /// `propertyNames`, dependency, union, `not` or `if`.
    pub fn objects_by_properties_only(&self) -> bool {
        !self.never
            && self.enums.is_empty()
            && self.property_names.is_none()
            && self.min_properties.is_none()
            && self.max_properties.is_none()
            && self.dependent_required.is_empty()
            && self.dependent_schemas.is_empty()
            && self.any_of.is_empty()
            && self.one_of.is_empty()
            && self.not.is_none()
            && self.conditional.is_none()
    }

    /// Whether this node and `other` (of either side) say the same, keyword
    /// for keyword, as far as the node itself goes: every keyword's value
    /// equal (values of `enum` and `const` as the same JSON), the same
    /// property names in the same order, the same number of subschemas
    /// under each keyword. The pairs of subschemas that must be the same
    /// too (same keyword, same name or index) are pushed to `children`.
    /// Where the node is and which side it is on are no part of it. Both
    /// nodes are destructured whole, so a keyword added to [`Node`] or
    /// [`Rare`] cannot be forgotten here.
    pub(crate) fn same_keywords(&self, other: &Node, children: &mut Vec<(NodeId, NodeId)>) -> bool {
        let Node {
            side: _,
            loc: _,
            never,
            types,
            enums,
            format,
            properties,
            additional_properties,
            required,
            items,
            all_of,
            any_of,
            one_of,
            rare: _,
        } = self;
        let local = *never == other.never
            && *types == other.types
            && *enums == other.enums
            && *format == other.format
            && *required == other.required
            && properties.len() == other.properties.len()
            && properties
                .iter()
                .zip(&other.properties)
                .all(|((a, _), (b, _))| a == b)
            && additional_properties.is_some() == other.additional_properties.is_some()
            && items.is_some() == other.items.is_some()
            && all_of.len() == other.all_of.len()
            && any_of.len() == other.any_of.len()
            && one_of.len() == other.one_of.len();
        if !local || !Rare::same_keywords(self, other, children) {
            return false;
        }
        let pairs = properties
            .iter()
            .zip(&other.properties)
            .map(|((_, a), (_, b))| (*a, *b))
            .chain(additional_properties.zip(other.additional_properties))
            .chain(items.zip(other.items))
            .chain(all_of.iter().copied().zip(other.all_of.iter().copied()))
            .chain(any_of.iter().copied().zip(other.any_of.iter().copied()))
            .chain(one_of.iter().copied().zip(other.one_of.iter().copied()));
        children.extend(pairs);
        true
    }

    /// Whether the node constrains nothing (`true`, `{}`, only annotations).
    pub fn is_trivial(&self) -> bool {
        self.all_of.is_empty() && self.trivial_besides_all_of()
    }

    fn trivial_besides_all_of(&self) -> bool {
        !self.never
            && self.types.is_none()
            && self.enums.is_empty()
            && self.minimum.is_none()
            && self.maximum.is_none()
            && self.multiple_of.is_none()
            && self.min_length.is_none()
            && self.max_length.is_none()
            && self.pattern.is_none()
            && self.properties.is_empty()
            && self.pattern_properties.is_empty()
            && self.additional_properties.is_none()
            && self.unevaluated_properties.is_none()
            && self.property_names.is_none()
            && self.required.is_empty()
            && self.min_properties.is_none()
            && self.max_properties.is_none()
            && self.dependent_required.is_empty()
            && self.dependent_schemas.is_empty()
            && self.prefix_items.is_empty()
            && self.items.is_none()
            && self.unevaluated_items.is_none()
            && self.contains.is_none()
            && self.min_items.is_none()
            && self.max_items.is_none()
            && !self.unique_items
            && self.any_of.is_empty()
            && self.one_of.is_empty()
            && self.not.is_none()
            && self.conditional.is_none()
    }
}

/// How the graph reads schemas.
#[derive(Debug, Clone, Copy, Default)]
pub struct ReadOptions {
    /// OpenAPI 3.0: `nullable: true` adds `null` to `type`.
    pub nullable: bool,
    /// Swagger 2.0: `x-nullable: true` adds `null` to `type`.
    pub x_nullable: bool,
    /// Properties whose schema has this flag (`readOnly`, `writeOnly`) are left out.
    pub skip_flag: Option<&'static str>,
    /// OpenAPI: a `discriminator` beside `oneOf`/`anyOf` makes each
    /// referenced alternative require its discriminating value.
    pub discriminator: bool,
}

/// The most locations a side's index of nodes is sized for up front.
const MEMO_PRESIZE: usize = 1 << 17;

/// The most nodes one graph may hold (bounds memory on hostile inputs).
pub const MAX_NODES: usize = 2_000_000;
/// The most values of one `enum` that are compared value by value.
pub const MAX_ENUM: usize = 100_000;

/// `values` without the repeats of a value already listed, in order: the
/// same enum to validation, and a list a person reads once (Stripe's
/// webhook `api_version` lists one date 98 times). Only values that are the
/// same JSON are dropped, which every equality agrees on.
fn distinct(values: &[Value]) -> Vec<Value> {
    if values.len() < 2 {
        return values.to_vec();
    }
    let mut seen: HashMap<String, Vec<usize>> = HashMap::default();
    let mut out: Vec<Value> = Vec::with_capacity(values.len());
    for v in values {
        let same = seen.entry(crate::validate::json_key(v)).or_default();
        if same.iter().any(|&i| out[i] == *v) {
            continue;
        }
        same.push(out.len());
        out.push(v.clone());
    }
    out
}

/// The nodes of both compared documents.
pub struct Graph<'d> {
    docs: [&'d SchemaDoc; 2],
    options: ReadOptions,
    nodes: Nodes,
    /// Both sides' nodes by side and location ([`Memo`]).
    memo: Memo,
    /// Nodes to read, with their schema when known.
    queue: Vec<(NodeId, Option<&'d Value>)>,
    /// Whether a node read so far has `unevaluatedProperties`.
    unevaluated_properties: bool,
    /// Whether a node read so far has `unevaluatedItems`.
    unevaluated_items: bool,
    /// Each split node's core and the node left with its union
    /// ([`Graph::core_of`] the other way).
    split: HashMap<NodeId, NodeId>,
    /// The values of the long enums validation has looked in, by node and
    /// enum ([`Graph::enum_has`]); boxed, as few graphs have one.
    enum_index: Box<RwLock<EnumIndex>>,
    /// The declared properties of the nodes with many, by name, that
    /// validation has looked in ([`Graph::property_index`]).
    property_index: Box<RwLock<PropertyIndex>>,
}

/// Each node's declared properties by name: the schemas of each (a name
/// declared twice has two, in order).
type PropertyIndex = HashMap<NodeId, Arc<HashMap<String, Vec<NodeId>>>>;

/// A node with more declared properties than this is looked in through
/// [`Graph::property_index`] when an object is validated, not name by
/// name: an object of 5,000 members validated against 5,000 declared
/// properties was 25 million comparisons of names.
const PROPERTIES_SCANNED: usize = 32;

/// The values of each long enum looked in, each as [`crate::validate::json_key`] spells it.
type EnumIndex = HashMap<(NodeId, usize), Arc<HashSet<String>>>;

/// An enum with more values than this is looked in through a hashed index,
/// not value by value: each of an enum of 100,000 values validated
/// against its own schema was 5·10⁹ comparisons, 28 s.
const ENUM_SCANNED: usize = 32;

impl<'d> Graph<'d> {
    /// An empty graph over two documents (side 0 and side 1).
    pub fn new(old: &'d SchemaDoc, new: &'d SchemaDoc, options: ReadOptions) -> Graph<'d> {
        let mut g = Graph {
            docs: [old, new],
            options,
            nodes: Nodes::default(),
            // Sized for every value a side's documents hold (up to a
            // bound): growing it rehashed each pointer read so far at each
            // doubling (on GitHub's description a sixth of reading a graph).
            memo: Memo::with_capacity(
                old.values().min(MEMO_PRESIZE) + new.values().min(MEMO_PRESIZE),
            ),
            queue: Vec::new(),
            unevaluated_properties: false,
            unevaluated_items: false,
            split: HashMap::default(),
            enum_index: Box::default(),
            property_index: Box::default(),
        };
        // Node 0 accepts everything, node 1 nothing, 2.. one type each.
        g.nodes.push(Node::default());
        g.nodes.push(Node {
            never: true,
            ..Node::default()
        });
        for t in TypeSet::ALL.each() {
            g.nodes.push(Node {
                types: Some(t),
                ..Node::default()
            });
        }
        g
    }

    /// The node that accepts exactly the values of one single type (a bit of [`TypeSet::each`]).
    pub fn type_node(&self, t: TypeSet) -> NodeId {
        2 + t.0.trailing_zeros()
    }

    /// Whether any node read so far has `unevaluatedProperties` (only
    /// then does validation note which properties were evaluated).
    pub fn has_unevaluated_properties(&self) -> bool {
        self.unevaluated_properties
    }

    /// The core of node `id`, when the graph split it (a node with a
    /// union keeps only the union and a conjunct with every other keyword,
    /// at the same place): its `unevaluated*` read what the union's
    /// branches evaluated, as in the schema they were one node.
    pub fn core_of(&self, id: NodeId) -> Option<NodeId> {
        let n = self.node(id);
        if n.any_of.is_empty() && n.one_of.is_empty() {
            return None;
        }
        let &[core] = n.all_of.as_slice() else {
            return None;
        };
        (n.loc.is_some() && self.node(core).loc == n.loc).then_some(core)
    }

    /// The node whose union was split from `core` ([`Graph::core_of`] the
    /// other way): the union's branches evaluate for the core's
    /// `unevaluated*`.
    pub fn split_from(&self, core: NodeId) -> Option<NodeId> {
        self.split.get(&core).copied()
    }

    /// Whether any node read so far has `unevaluatedItems` (only then do
    /// the branches of an `anyOf` after one that passes count, for the
    /// items they evaluate).
    pub fn has_unevaluated_items(&self) -> bool {
        self.unevaluated_items
    }

    /// The most names one node read so far requires (an object valid
    /// under it has at least that many members).
    pub fn max_required(&self) -> usize {
        self.nodes.max_required
    }

    /// The node.
    pub fn node(&self, id: NodeId) -> &Node {
        &self.nodes[id as usize]
    }

    /// Whether `v` is one of the values of the node's enum `i`, equal as
    /// JSON Schema compares values ([`crate::validate::json_eq`]).
    pub fn enum_has(&self, id: NodeId, i: usize, v: &Value) -> bool {
        let values = &self.node(id).enums[i];
        if values.len() <= ENUM_SCANNED {
            return values.iter().any(|x| crate::validate::json_eq(x, v));
        }
        let found = self
            .enum_index
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .get(&(id, i))
            .cloned();
        let set = found.unwrap_or_else(|| {
            let set: Arc<HashSet<String>> =
                Arc::new(values.iter().map(crate::validate::json_key).collect());
            self.enum_index
                .write()
                .unwrap_or_else(|e| e.into_inner())
                .insert((id, i), Arc::clone(&set));
            set
        });
        set.contains(&crate::validate::json_key(v))
    }

    /// The declared properties of node `id` by name, when it has more
    /// than a few (built once per node); `None` for a node whose
    /// properties are looked through one by one.
    pub fn property_index(&self, id: NodeId) -> Option<Arc<HashMap<String, Vec<NodeId>>>> {
        let properties = &self.node(id).properties;
        if properties.len() <= PROPERTIES_SCANNED {
            return None;
        }
        let found = self
            .property_index
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .get(&id)
            .cloned();
        Some(found.unwrap_or_else(|| {
            let mut index: HashMap<String, Vec<NodeId>> = HashMap::default();
            for (name, s) in properties {
                index.entry(name.clone()).or_default().push(*s);
            }
            let index = Arc::new(index);
            self.property_index
                .write()
                .unwrap_or_else(|e| e.into_inner())
                .insert(id, Arc::clone(&index));
            index
        }))
    }

    /// The document of a side.
    pub fn doc(&self, side: u8) -> &'d SchemaDoc {
        self.docs[side as usize]
    }

    /// The node at `loc` of a side, with everything it reaches.
    pub fn root(&mut self, side: u8, loc: &Location) -> Result<NodeId, SchemaError> {
        let doc = self.docs[side as usize];
        let Some(value) = doc.value_at(loc) else {
            let name = doc.documents().get(loc.doc).unwrap_or(&doc.documents()[0]);
            return Err(SchemaError::NoSuchPointer {
                doc: name.name.clone(),
                pointer: crate::doc::display_pointer(&loc.pointer),
            });
        };
        let id = self.intern(side, loc.clone(), Some(value));
        self.drain()?;
        Ok(id)
    }

    /// The node at `loc` of a side when [`Graph::root`] read it, with
    /// everything it reaches (`None` otherwise): nothing is read.
    pub fn built(&self, side: u8, loc: &Location) -> Option<NodeId> {
        let id = self.memo.get(side, loc, &self.nodes)?;
        self.queue.is_empty().then_some(id)
    }

    /// The id of the node at `loc` (whose schema is `value`, when known),
    /// queued for reading when new.
    fn intern(&mut self, side: u8, loc: Location, value: Option<&'d Value>) -> NodeId {
        let hash = self.memo.hash(side, &loc);
        if let Some(id) = self.memo.find(hash, side, &loc, &self.nodes) {
            return id;
        }
        let id = self.nodes.len() as NodeId;
        self.memo.insert(hash, side, &loc, id);
        self.nodes.push(Node {
            side,
            loc: Some(loc),
            ..Node::default()
        });
        self.queue.push((id, value));
        id
    }

    /// Reads every queued node.
    fn drain(&mut self) -> Result<(), SchemaError> {
        while let Some((id, value)) = self.queue.pop() {
            if self.nodes.len() > MAX_NODES {
                let side = self.nodes[id as usize].side;
                return Err(SchemaError::Limit {
                    doc: self.docs[side as usize].documents()[0].name.clone(),
                    what: "too many subschemas",
                    limit: MAX_NODES,
                });
            }
            self.read(id, value)?;
        }
        Ok(())
    }

    fn read(&mut self, id: NodeId, value: Option<&'d Value>) -> Result<(), SchemaError> {
        let side = self.nodes[id as usize].side;
        let doc = self.docs[side as usize];
        let value = match value {
            Some(v) => v,
            None => {
                let loc = self.nodes[id as usize].loc.as_ref();
                doc.value_at(loc.expect("read nodes have a location"))
                    .expect("interned locations exist")
            }
        };
        // The placeholder (its side and location) is already the node of
        // `true`, and of anything that is no schema but `false`.
        let map = match value {
            Value::Bool(true) => return Ok(()),
            Value::Object(m) => m,
            // `false`: nothing is valid. Anything else that is no schema (a
            // hostile or broken document) stays `true`, as validators differ:
            // say nothing. Reading never fails on content.
            _ => {
                self.nodes[id as usize].never = value == &Value::Bool(false);
                return Ok(());
            }
        };
        // The placeholder keeps its location while the node is read (the
        // memo finds a reference back to it there); this copy goes into
        // the node read, which replaces it.
        let loc = self.nodes[id as usize]
            .loc
            .clone()
            .expect("read nodes have a location");
        let draft = doc.documents()[loc.doc].draft;
        let mut node = Node {
            side,
            ..Node::default()
        };
        let child = |g: &mut Graph<'d>, key: &str| -> Option<NodeId> {
            let v = member(map, key)?;
            if !(v.is_object() || v.is_boolean()) {
                return None;
            }
            Some(g.intern(
                side,
                Location {
                    doc: loc.doc,
                    pointer: below(&loc.pointer, key, None),
                },
                Some(v),
            ))
        };
        // The subschema at `keyword/index` or `keyword/name` below this one.
        let sub = |g: &mut Graph<'d>, keyword: &str, step: Step<'_>, v: &'d Value| -> NodeId {
            g.intern(
                side,
                Location {
                    doc: loc.doc,
                    pointer: below(&loc.pointer, keyword, Some(step)),
                },
                Some(v),
            )
        };
        // References: a conjunct (2019-09 on) or the whole schema (drafts 4-7).
        let mut refs = Vec::new();
        for kw in ["$ref", "$recursiveRef", "$dynamicRef"] {
            if let Some(r) = member(map, kw).and_then(Value::as_str) {
                let target = doc.resolve(&loc, r)?;
                refs.push(self.intern(side, target, None));
            }
        }
        if !refs.is_empty() && draft.ref_overrides_siblings() {
            node.all_of = refs;
            node.loc = Some(loc);
            self.nodes.set(id, node);
            return Ok(());
        }
        node.all_of.extend(refs);
        let mut rare = Rare::default();
        read_assertions(&mut node, &mut rare, map, draft, self.options);
        // Objects.
        let mut skipped: Vec<&str> = Vec::new();
        if let Some(Value::Object(props)) = member(map, "properties") {
            for (k, schema) in props {
                if let Some(flag) = self.options.skip_flag {
                    if flagged(doc, &loc, schema, flag) {
                        skipped.push(k);
                        continue;
                    }
                }
                if schema.is_object() || schema.is_boolean() {
                    let id = sub(self, "properties", Step::Name(k), schema);
                    node.properties.push((k.clone(), id));
                }
            }
        }
        if let Some(Value::Object(props)) = member(map, "patternProperties") {
            for (k, schema) in props {
                if schema.is_object() || schema.is_boolean() {
                    let id = sub(self, "patternProperties", Step::Name(k), schema);
                    rare.pattern_properties.push((k.clone(), id));
                }
            }
        }
        // By name: a view's declared names are then runs already sorted.
        node.properties.sort_by(|x, y| x.0.cmp(&y.0));
        node.required.retain(|r| !skipped.contains(&r.as_str()));
        node.additional_properties = child(self, "additionalProperties");
        rare.unevaluated_properties = child(self, "unevaluatedProperties");
        self.unevaluated_properties |= rare.unevaluated_properties.is_some();
        rare.property_names = child(self, "propertyNames");
        for kw in ["dependentRequired", "dependentSchemas", "dependencies"] {
            if let Some(Value::Object(deps)) = member(map, kw) {
                for (k, v) in deps {
                    match v {
                        Value::Array(names) => rare.dependent_required.push((
                            k.clone(),
                            names
                                .iter()
                                .filter_map(Value::as_str)
                                .map(str::to_owned)
                                .collect(),
                        )),
                        Value::Object(_) | Value::Bool(_) => {
                            let id = sub(self, kw, Step::Name(k), v);
                            rare.dependent_schemas.push((k.clone(), id));
                        }
                        _ => {}
                    }
                }
            }
        }
        // Arrays.
        match member(map, "items") {
            Some(Value::Array(list)) if draft < Draft::Draft2020 => {
                rare.prefix_items = (0..list.len())
                    .map(|i| sub(self, "items", Step::Index(i), &list[i]))
                    .collect();
                node.items = child(self, "additionalItems");
            }
            _ => {
                if let Some(Value::Array(list)) = member(map, "prefixItems") {
                    rare.prefix_items = (0..list.len())
                        .map(|i| sub(self, "prefixItems", Step::Index(i), &list[i]))
                        .collect();
                }
                node.items = child(self, "items");
            }
        }
        rare.unevaluated_items = child(self, "unevaluatedItems");
        self.unevaluated_items |= rare.unevaluated_items.is_some();
        rare.contains = child(self, "contains");
        rare.contains_evaluates = rare.contains.is_some() && draft >= Draft::Draft2020;
        if rare.contains.is_some() && draft >= Draft::Draft2019 {
            rare.min_contains = member(map, "minContains").and_then(Value::as_u64);
            rare.max_contains = member(map, "maxContains").and_then(Value::as_u64);
        }
        // Logic.
        for (kw, into) in [("allOf", 0), ("anyOf", 1), ("oneOf", 2)] {
            if let Some(Value::Array(list)) = member(map, kw) {
                let mut ids: Vec<NodeId> = Vec::new();
                for (i, raw) in list.iter().enumerate() {
                    if !(raw.is_object() || raw.is_boolean()) {
                        continue;
                    }
                    let id = sub(self, kw, Step::Index(i), raw);
                    let tag = match (into, self.options.discriminator) {
                        (1 | 2, true) => discriminated(map, raw),
                        _ => None,
                    };
                    ids.push(match tag {
                        Some((prop, values)) => self.tagged(side, id, prop, values),
                        None => id,
                    });
                }
                match into {
                    0 => node.all_of.extend(ids),
                    1 => node.any_of = ids,
                    _ => node.one_of = ids,
                }
            }
        }
        rare.not = child(self, "not");
        if draft >= Draft::Draft7 {
            if let Some(i) = child(self, "if") {
                rare.conditional = Some((i, child(self, "then"), child(self, "else")));
            }
        }
        node.loc = Some(loc);
        if rare != Rare::NONE {
            node.rare = Some(Box::new(rare));
        }
        // A node with a disjunction keeps only it and a conjunct with
        // everything else (its core), so that the check can replace the
        // disjunction by one branch and keep the rest.
        if !node.any_of.is_empty() || !node.one_of.is_empty() {
            let any_of = std::mem::take(&mut node.any_of);
            let one_of = std::mem::take(&mut node.one_of);
            let core = self.nodes.len() as NodeId;
            let loc = node.loc.clone();
            self.nodes.push(node);
            self.split.insert(core, id);
            node = Node {
                side,
                loc,
                all_of: vec![core],
                any_of,
                one_of,
                ..Node::default()
            };
        }
        self.nodes.set(id, node);
        Ok(())
    }
}

/// A step below a keyword: a member's name or an item's index.
#[derive(Clone, Copy)]
enum Step<'k> {
    Name(&'k str),
    Index(usize),
}

/// `pointer/keyword` or `pointer/keyword/step`, names escaped, spelled in
/// one allocation.
fn below(pointer: &str, keyword: &str, step: Option<Step<'_>>) -> String {
    let mut out = String::with_capacity(pointer.len() + keyword.len() + 24);
    out.push_str(pointer);
    out.push('/');
    push_token(&mut out, keyword);
    match step {
        None => {}
        Some(Step::Name(name)) => {
            out.push('/');
            push_token(&mut out, name);
        }
        Some(Step::Index(i)) => {
            use std::fmt::Write as _;
            let _ = write!(out, "/{i}");
        }
    }
    out
}

/// A pointer token appended, `~` and `/` escaped (as [`crate::uri::escape_token`]).
fn push_token(out: &mut String, token: &str) {
    if token.contains(['~', '/']) {
        out.push_str(&crate::uri::escape_token(token));
    } else {
        out.push_str(token);
    }
}

/// How many nodes one chunk of [`Nodes`] holds.
const CHUNK: usize = 4096;

/// A graph's nodes, by id, in chunks of [`CHUNK`] allocated once each: a
/// node is hundreds of bytes and a large description has hundreds of
/// thousands of them, and a single vector grown by doubling copied them
/// all again at each growth and touched twice the memory (on GitHub's
/// description a quarter of reading a graph).
#[derive(Default)]
struct Nodes {
    chunks: Vec<Vec<Node>>,
    len: usize,
    /// The most names one node requires.
    max_required: usize,
}

impl Nodes {
    fn len(&self) -> usize {
        self.len
    }

    /// Puts `node` in the place of node `id` (read after its id was taken).
    fn set(&mut self, id: NodeId, node: Node) {
        self.max_required = self.max_required.max(node.required.len());
        self[id as usize] = node;
    }

    fn push(&mut self, node: Node) {
        self.max_required = self.max_required.max(node.required.len());
        if self.len % CHUNK == 0 {
            self.chunks.push(Vec::with_capacity(CHUNK));
        }
        self.chunks
            .last_mut()
            .expect("a chunk with room")
            .push(node);
        self.len += 1;
    }
}

impl std::ops::Index<usize> for Nodes {
    type Output = Node;

    fn index(&self, id: usize) -> &Node {
        &self.chunks[id / CHUNK][id % CHUNK]
    }
}

impl std::ops::IndexMut<usize> for Nodes {
    fn index_mut(&mut self, id: usize) -> &mut Node {
        &mut self.chunks[id / CHUNK][id % CHUNK]
    }
}

/// The nodes read from locations, keyed by the hash of side and location
/// alone: the location itself is the node's ([`Node::loc`]), compared
/// there, not copied into the index (a pointer string per node, hashed
/// again at each growth of a map keyed by it). Locations whose hash
/// another one took first are kept whole in `clashes`.
struct Memo {
    hasher: foldhash::fast::RandomState,
    by_hash: HashMap<u64, NodeId>,
    clashes: HashMap<(u8, Location), NodeId>,
}

impl Memo {
    fn with_capacity(n: usize) -> Memo {
        Memo {
            hasher: Default::default(),
            by_hash: HashMap::with_capacity_and_hasher(n, Default::default()),
            clashes: HashMap::default(),
        }
    }

    fn hash(&self, side: u8, loc: &Location) -> u64 {
        self.hasher.hash_one((side, loc))
    }

    /// The node of `side` at `loc`, whose hash is `hash`, if read.
    fn find(&self, hash: u64, side: u8, loc: &Location, nodes: &Nodes) -> Option<NodeId> {
        let id = *self.by_hash.get(&hash)?;
        let node = &nodes[id as usize];
        if node.side == side && node.loc.as_ref() == Some(loc) {
            return Some(id);
        }
        if self.clashes.is_empty() {
            return None;
        }
        self.clashes.get(&(side, loc.clone())).copied()
    }

    fn get(&self, side: u8, loc: &Location, nodes: &Nodes) -> Option<NodeId> {
        self.find(self.hash(side, loc), side, loc, nodes)
    }

    /// Notes node `id` of `side` at `loc` (not read before).
    fn insert(&mut self, hash: u64, side: u8, loc: &Location, id: NodeId) {
        match self.by_hash.entry(hash) {
            std::collections::hash_map::Entry::Vacant(e) => {
                e.insert(id);
            }
            std::collections::hash_map::Entry::Occupied(_) => {
                self.clashes.insert((side, loc.clone()), id);
            }
        }
    }
}

impl Graph<'_> {
    /// A node for alternative `branch` of a discriminated union: the branch
    /// and `{"required": [prop], "properties": {prop: {"enum": values}}}`.
    fn tagged(&mut self, side: u8, branch: NodeId, prop: String, values: Vec<Value>) -> NodeId {
        let value = self.nodes.len() as NodeId;
        self.nodes.push(Node {
            side,
            enums: vec![values],
            ..Node::default()
        });
        let tag = self.nodes.len() as NodeId;
        self.nodes.push(Node {
            side,
            properties: vec![(prop.clone(), value)],
            required: vec![prop],
            ..Node::default()
        });
        let loc = self.nodes[branch as usize].loc.clone();
        self.nodes.push(Node {
            side,
            loc,
            all_of: vec![branch, tag],
            ..Node::default()
        });
        (self.nodes.len() - 1) as NodeId
    }
}

/// The discriminating property and its values for one alternative
/// (`raw`, a `$ref`) of a schema with an OpenAPI `discriminator`: the
/// `mapping` keys that name the alternative's reference, else the last
/// segment of the reference (the component's name).
fn discriminated(map: &Map<String, Value>, raw: &Value) -> Option<(String, Vec<Value>)> {
    let d = member(map, "discriminator")?;
    let prop = match d {
        Value::String(s) => s.as_str(),
        Value::Object(o) => member(o, "propertyName")?.as_str()?,
        _ => return None,
    };
    let reference = get(raw, "$ref")?.as_str()?;
    let name = reference.rsplit('/').next().unwrap_or(reference);
    let mut values: Vec<Value> = Vec::new();
    if let Some(Value::Object(mapping)) = get(d, "mapping") {
        for (k, target) in mapping {
            if target.as_str() == Some(reference) || target.as_str() == Some(name) {
                values.push(Value::String(k.clone()));
            }
        }
    }
    if values.is_empty() {
        values.push(Value::String(name.to_owned()));
    }
    Some((prop.to_owned(), values))
}

/// The assertions that take no subschema.
fn read_assertions(
    node: &mut Node,
    rare: &mut Rare,
    map: &Map<String, Value>,
    draft: Draft,
    options: ReadOptions,
) {
    match member(map, "type") {
        Some(Value::String(t)) => node.types = Some(TypeSet::named(t)),
        Some(Value::Array(list)) => {
            node.types = Some(
                list.iter()
                    .filter_map(Value::as_str)
                    .map(TypeSet::named)
                    .fold(TypeSet::EMPTY, TypeSet::union),
            );
        }
        _ => {}
    }
    let yes = |k: &str| member(map, k) == Some(&Value::Bool(true));
    if (options.nullable && yes("nullable")) || (options.x_nullable && yes("x-nullable")) {
        if let Some(t) = node.types {
            node.types = Some(t.union(TypeSet::NULL));
        }
    }
    if let Some(Value::Array(values)) = member(map, "enum") {
        node.enums
            .push(distinct(&values[..values.len().min(MAX_ENUM)]));
    }
    if draft >= Draft::Draft6 {
        if let Some(v) = member(map, "const") {
            node.enums.push(vec![v.clone()]);
        }
    }
    let num = |k: &str| member(map, k).and_then(Value::as_f64);
    let exclusive_flag = |k: &str| member(map, k) == Some(&Value::Bool(true));
    let mut lower = num("minimum").map(|v| Bound {
        value: v,
        exclusive: exclusive_flag("exclusiveMinimum"),
    });
    let mut upper = num("maximum").map(|v| Bound {
        value: v,
        exclusive: exclusive_flag("exclusiveMaximum"),
    });
    if let Some(v) = num("exclusiveMinimum") {
        lower = tighter_lower(
            lower,
            Bound {
                value: v,
                exclusive: true,
            },
        );
    }
    if let Some(v) = num("exclusiveMaximum") {
        upper = tighter_upper(
            upper,
            Bound {
                value: v,
                exclusive: true,
            },
        );
    }
    rare.minimum = lower;
    rare.maximum = upper;
    rare.multiple_of = num("multipleOf").filter(|m| *m > 0.0 && m.is_finite());
    let count = |k: &str| {
        member(map, k).and_then(|v| {
            v.as_u64().or_else(|| {
                v.as_f64()
                    .filter(|f| f.fract() == 0.0 && *f >= 0.0)
                    .map(|f| f as u64)
            })
        })
    };
    rare.min_length = count("minLength");
    rare.max_length = count("maxLength");
    rare.pattern = member(map, "pattern")
        .and_then(Value::as_str)
        .map(str::to_owned);
    node.format = member(map, "format")
        .and_then(Value::as_str)
        .map(str::to_owned);
    rare.min_properties = count("minProperties");
    rare.max_properties = count("maxProperties");
    rare.min_items = count("minItems");
    rare.max_items = count("maxItems");
    rare.unique_items = member(map, "uniqueItems") == Some(&Value::Bool(true));
    if let Some(Value::Array(req)) = member(map, "required") {
        node.required = req
            .iter()
            .filter_map(Value::as_str)
            .map(str::to_owned)
            .collect();
        // Sorted, as a view's `required` is (a node's are then a sorted run).
        node.required.sort_unstable();
    }
}

/// Whether a property's schema (or the schema its `$ref`s lead to, a few
/// hops at most) sets `flag` to `true`.
fn flagged(doc: &SchemaDoc, at: &Location, schema: &Value, flag: &str) -> bool {
    // Where `v` is, once a reference was followed (until then, `at`).
    let mut here: Option<Location> = None;
    let mut v = schema;
    for _ in 0..8 {
        if get(v, flag) == Some(&Value::Bool(true)) {
            return true;
        }
        let Some(r) = get(v, "$ref").and_then(Value::as_str) else {
            return false;
        };
        let Ok(target) = doc.resolve(here.as_ref().unwrap_or(at), r) else {
            return false;
        };
        let Some(next) = doc.value_at(&target) else {
            return false;
        };
        here = Some(target);
        v = next;
    }
    false
}

/// The tighter of two lower bounds.
pub fn tighter_lower(a: Option<Bound>, b: Bound) -> Option<Bound> {
    Some(match a {
        None => b,
        Some(a) if a.value > b.value || (a.value == b.value && a.exclusive) => a,
        Some(_) => b,
    })
}

/// The tighter of two upper bounds.
pub fn tighter_upper(a: Option<Bound>, b: Bound) -> Option<Bound> {
    Some(match a {
        None => b,
        Some(a) if a.value < b.value || (a.value == b.value && a.exclusive) => a,
        Some(_) => b,
    })
}

/// A graph of `doc` against itself and the node of its root: the set-up of
/// the unit tests that build, view or validate against one schema.
#[cfg(test)]
pub(crate) fn root_of(doc: &SchemaDoc) -> (Graph<'_>, NodeId) {
    let mut g = Graph::new(doc, doc, ReadOptions::default());
    let root = Location {
        doc: 0,
        pointer: String::new(),
    };
    let id = g.root(0, &root).expect("the root of a test schema");
    (g, id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rare_keywords_are_read_through_the_node_and_boxed_only_when_used() {
        let doc = SchemaDoc::from_value(serde_json::json!({
            "$defs": {
                "common": {"type": "object", "properties": {"a": {"type": "string"}}},
                "rare": {"type": "string", "minLength": 2, "pattern": "^a"}
            }
        }))
        .unwrap();
        let mut g = Graph::new(&doc, &doc, ReadOptions::default());
        let at = |p: &str| Location {
            doc: 0,
            pointer: p.to_owned(),
        };
        let common = g.root(0, &at("/$defs/common")).unwrap();
        let rare = g.root(1, &at("/$defs/rare")).unwrap();
        assert!(g.node(common).rare.is_none());
        assert_eq!(g.node(common).min_length, None);
        assert_eq!(g.node(common).properties.len(), 1);
        assert!(g.node(rare).rare.is_some());
        assert_eq!(g.node(rare).min_length, Some(2));
        assert_eq!(g.node(rare).pattern.as_deref(), Some("^a"));
        // The common keywords stay inline: 232 bytes on x86-64, where a
        // node took 584 with every keyword inline.
        assert!(
            std::mem::size_of::<Node>() <= 256,
            "{}",
            std::mem::size_of::<Node>()
        );
    }

    #[test]
    fn nodes_keep_their_ids_across_chunks() {
        let mut nodes = Nodes::default();
        for i in 0..(2 * CHUNK + 3) {
            nodes.push(Node {
                rare: Some(Box::new(Rare {
                    min_length: Some(i as u64),
                    ..Rare::default()
                })),
                ..Node::default()
            });
        }
        assert_eq!(nodes.len(), 2 * CHUNK + 3);
        assert_eq!(nodes.chunks.len(), 3);
        for i in [0, CHUNK - 1, CHUNK, 2 * CHUNK + 2] {
            assert_eq!(nodes[i].min_length, Some(i as u64));
        }
        nodes[CHUNK].never = true;
        assert!(nodes[CHUNK].never && !nodes[CHUNK - 1].never);
    }

    #[test]
    fn the_memo_tells_locations_of_one_hash_apart() {
        let at = |p: &str| Location {
            doc: 0,
            pointer: p.to_owned(),
        };
        let mut nodes = Nodes::default();
        for (side, p) in [(0, "/a"), (0, "/b"), (1, "/a")] {
            nodes.push(Node {
                side,
                loc: Some(at(p)),
                ..Node::default()
            });
        }
        let mut memo = Memo::with_capacity(4);
        // All under one hash, as if they collided.
        memo.insert(7, 0, &at("/a"), 0);
        memo.insert(7, 0, &at("/b"), 1);
        memo.insert(7, 1, &at("/a"), 2);
        assert_eq!(memo.find(7, 0, &at("/a"), &nodes), Some(0));
        assert_eq!(memo.find(7, 0, &at("/b"), &nodes), Some(1));
        assert_eq!(memo.find(7, 1, &at("/a"), &nodes), Some(2));
        assert_eq!(memo.find(7, 0, &at("/c"), &nodes), None);
        assert_eq!(memo.find(7, 1, &at("/b"), &nodes), None);
        assert_eq!(memo.find(8, 0, &at("/a"), &nodes), None);
        // By their own hash.
        assert_eq!(memo.get(0, &at("/c"), &nodes), None);
        memo.insert(memo.hash(0, &at("/c")), 0, &at("/c"), 3);
        nodes.push(Node {
            loc: Some(at("/c")),
            ..Node::default()
        });
        assert_eq!(memo.get(0, &at("/c"), &nodes), Some(3));
        assert_eq!(memo.get(1, &at("/c"), &nodes), None);
    }
}
