//! A validator over the schema graph, answering valid, invalid or unknown.
//! It confirms every counterexample before compat reports it, and decides
//! `enum` and `const` comparisons value by value.
//!
//! What it does not do: `format` is an annotation (as in Python's
//! jsonschema without a format checker, and 2019-09 on by default);
//! `$dynamicRef` and `$recursiveRef` are followed statically; a pattern the
//! regex crate cannot compile makes the answer unknown.

use foldhash::HashSet;
use serde_json::Value;

use crate::evaluated::Scope;
use crate::graph::{Graph, NodeId};
use crate::lookup::member;
use crate::pattern::Patterns;
use crate::types::TypeSet;

/// A validation result.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tri {
    /// Valid.
    Valid,
    /// Invalid.
    Invalid,
    /// Not decided (a pattern compat cannot run, a limit reached).
    Unknown,
}

impl Tri {
    fn and(self, o: Tri) -> Tri {
        match (self, o) {
            (Tri::Invalid, _) | (_, Tri::Invalid) => Tri::Invalid,
            (Tri::Unknown, _) | (_, Tri::Unknown) => Tri::Unknown,
            _ => Tri::Valid,
        }
    }
    fn from(b: bool) -> Tri {
        if b {
            Tri::Valid
        } else {
            Tri::Invalid
        }
    }
}

/// What a successful validation evaluated (for `unevaluated*`).
#[derive(Debug, Default, Clone)]
struct Evaluated {
    props: HashSet<String>,
    items: usize,
    /// Items past `items` that a 2020-12 `contains` matched.
    contained: HashSet<usize>,
}

impl Evaluated {
    /// Adds what a passing in-place subschema evaluated.
    fn take(&mut self, other: Evaluated) {
        self.props.extend(other.props);
        self.items = self.items.max(other.items);
        self.contained.extend(other.contained);
    }
}

/// The validator.
pub struct Validator<'a, 'd> {
    g: &'a Graph<'d>,
    patterns: &'a Patterns,
    steps: usize,
    /// Whether the evaluated property names are noted: only a graph with
    /// `unevaluatedProperties` reads them (a name noted per property of
    /// every object validated was a fifth of validating on GitHub's
    /// OpenAPI description, which has none).
    note_properties: bool,
    /// Whether what a subschema evaluated counts (the graph has
    /// `unevaluatedProperties` or `unevaluatedItems`).
    annotations: bool,
    /// What a split node's union evaluated, for its core ([`Graph::core_of`]):
    /// taken by the next node validated, as its own start.
    seed: Option<Evaluated>,
    /// The nodes being validated, each with the address of its value,
    /// outermost first: a node met again on the same value before its
    /// first visit returned (`{"oneOf": [{"not": {"$ref": "#"}}, {"$ref":
    /// "#"}]}`) is a cycle that never reaches a value of its own.
    chain: Vec<(NodeId, usize)>,
}

/// The most node visits one validation may take.
const MAX_STEPS: usize = 200_000;
/// The deepest chain of in-place applicators (`$ref` to `$ref` ...) followed.
const MAX_DEPTH: usize = 200;

impl<'a, 'd> Validator<'a, 'd> {
    /// A validator over `g`.
    pub fn new(g: &'a Graph<'d>, patterns: &'a Patterns) -> Self {
        Validator {
            g,
            patterns,
            steps: 0,
            note_properties: g.has_unevaluated_properties(),
            annotations: g.has_unevaluated_properties() || g.has_unevaluated_items(),
            seed: None,
            chain: Vec::new(),
        }
    }

    /// The node visits the last validation took (a comparison charges
    /// them to its budget for confirming, `crate::change`).
    pub fn steps(&self) -> usize {
        self.steps
    }

    /// Whether `v` is valid under every node of `conj`.
    ///
    /// The nodes are in-place subschemas of one place: what each evaluates
    /// counts for the `unevaluated*` of a node whose scope it is in
    /// ([`Scope`]), validated after the others. A core whose union node is
    /// in `conj` is validated by it.
    pub fn validate_all(&mut self, conj: &[NodeId], v: &Value) -> Tri {
        self.steps = 0;
        self.chain.clear();
        let reads = |n: &crate::graph::Node| {
            n.unevaluated_properties.is_some() || n.unevaluated_items.is_some()
        };
        let annotated = self.annotations && conj.iter().any(|&x| reads(self.g.node(x)));
        let mut t = Tri::Valid;
        let mut seen: Vec<(NodeId, Evaluated)> = Vec::new();
        let mut last: Vec<NodeId> = Vec::new();
        for &n in conj {
            if annotated {
                if self.g.split_from(n).is_some_and(|u| conj.contains(&u)) {
                    continue;
                }
                if reads(self.g.node(n)) {
                    last.push(n);
                    continue;
                }
            }
            let mut ev = Evaluated::default();
            t = t.and(self.node(n, v, 0, &mut ev));
            if t == Tri::Invalid {
                return t;
            }
            if annotated {
                seen.push((n, ev));
            }
        }
        for n in last {
            let scope = Scope::of(self.g, conj, n);
            let mut seed = Evaluated::default();
            for (x, ev) in &seen {
                if scope.certain(*x) {
                    seed.take(ev.clone());
                }
            }
            self.seed = Some(seed);
            let mut ev = Evaluated::default();
            t = t.and(self.node(n, v, 0, &mut ev));
            self.seed = None;
            if t == Tri::Invalid {
                return t;
            }
            seen.push((n, ev));
        }
        t
    }

    fn node(&mut self, id: NodeId, v: &Value, depth: usize, ev: &mut Evaluated) -> Tri {
        self.steps += 1;
        if self.steps > MAX_STEPS || depth > MAX_DEPTH {
            return Tri::Unknown;
        }
        // A node asked again about the value it is being asked about: its
        // answer would depend on itself, and following it only goes round
        // until a budget runs out (exponentially many times, through
        // `anyOf` and `oneOf`), with the same answer at the end, unknown
        // unless the node's other keywords decide. The value's own
        // visits are the last ones on the chain (a child value's are
        // popped before its parent goes on).
        let at = v as *const Value as usize;
        let again = self
            .chain
            .iter()
            .rev()
            .take_while(|&&(_, a)| a == at)
            .any(|&(n, _)| n == id);
        if again {
            return Tri::Unknown;
        }
        self.chain.push((id, at));
        let t = self.node_on(id, v, depth, ev);
        self.chain.pop();
        t
    }

    /// [`Validator::node`] once the node is on the chain.
    fn node_on(&mut self, id: NodeId, v: &Value, depth: usize, ev: &mut Evaluated) -> Tri {
        let seed = self.seed.take();
        let n = self.g.node(id);
        if n.never {
            return Tri::Invalid;
        }
        let mut t = Tri::Valid;
        macro_rules! check {
            ($e:expr) => {{
                t = t.and($e);
                if t == Tri::Invalid {
                    return t;
                }
            }};
        }
        if let Some(ts) = n.types {
            check!(Tri::from(ts.contains(TypeSet::of(v))));
        }
        for i in 0..n.enums.len() {
            check!(Tri::from(self.g.enum_has(id, i, v)));
        }
        // In-place applicators first: their annotations count for unevaluated*.
        let mut mine = seed.unwrap_or_default();
        // A node the graph split: its core (with any `unevaluated*`) after
        // its union, whose branches' annotations it reads as its own.
        let core = if self.annotations {
            self.g.core_of(id)
        } else {
            None
        };
        for &c in &n.all_of {
            if Some(c) != core {
                check!(self.node(c, v, depth + 1, &mut mine));
            }
        }
        if !n.any_of.is_empty() {
            let mut any = Tri::Invalid;
            for &c in &n.any_of {
                let mut e = Evaluated::default();
                let r = self.node(c, v, depth + 1, &mut e);
                if r == Tri::Valid {
                    mine.take(e);
                }
                any = match (any, r) {
                    (Tri::Valid, _) | (_, Tri::Valid) => Tri::Valid,
                    (Tri::Unknown, _) | (_, Tri::Unknown) => Tri::Unknown,
                    _ => Tri::Invalid,
                };
                // Decided: the other branches count only for what they
                // evaluate (Stripe's balance transaction `source`, a union
                // of 17 branches, was validated against all 17 each time).
                if any == Tri::Valid && !self.annotations {
                    break;
                }
            }
            check!(any);
        }
        if !n.one_of.is_empty() {
            let (mut valid, mut unknown) = (0, 0);
            for &c in &n.one_of {
                let mut e = Evaluated::default();
                match self.node(c, v, depth + 1, &mut e) {
                    Tri::Valid => {
                        valid += 1;
                        mine.take(e);
                    }
                    Tri::Unknown => unknown += 1,
                    Tri::Invalid => {}
                }
            }
            check!(if valid > 1 {
                Tri::Invalid
            } else if unknown > 0 {
                Tri::Unknown
            } else {
                Tri::from(valid == 1)
            });
        }
        if let Some(c) = core {
            self.seed = Some(std::mem::take(&mut mine));
            let r = self.node(c, v, depth + 1, &mut mine);
            // Not taken when the core was cut short.
            self.seed = None;
            check!(r);
        }
        if let Some(c) = n.not {
            check!(
                match self.node(c, v, depth + 1, &mut Evaluated::default()) {
                    Tri::Valid => Tri::Invalid,
                    Tri::Invalid => Tri::Valid,
                    Tri::Unknown => Tri::Unknown,
                }
            );
        }
        if let Some((i, th, el)) = n.conditional {
            let mut e = Evaluated::default();
            match self.node(i, v, depth + 1, &mut e) {
                Tri::Valid => {
                    mine.take(e);
                    if let Some(th) = th {
                        check!(self.node(th, v, depth + 1, &mut mine));
                    }
                }
                Tri::Invalid => {
                    if let Some(el) = el {
                        check!(self.node(el, v, depth + 1, &mut mine));
                    }
                }
                Tri::Unknown => check!(Tri::Unknown),
            }
        }
        match v {
            Value::Number(num) => {
                let x = num.as_f64().unwrap_or(0.0);
                if let Some(b) = n.minimum {
                    check!(Tri::from(if b.exclusive {
                        x > b.value
                    } else {
                        x >= b.value
                    }));
                }
                if let Some(b) = n.maximum {
                    check!(Tri::from(if b.exclusive {
                        x < b.value
                    } else {
                        x <= b.value
                    }));
                }
                if let Some(m) = n.multiple_of {
                    check!(Tri::from(is_multiple(x, m)));
                }
            }
            Value::String(s) => {
                let len = s.chars().count() as u64;
                if let Some(m) = n.min_length {
                    check!(Tri::from(len >= m));
                }
                if let Some(m) = n.max_length {
                    check!(Tri::from(len <= m));
                }
                if let Some(p) = &n.pattern {
                    check!(self.patterns.is_match(p, s).map_or(Tri::Unknown, Tri::from));
                }
            }
            Value::Object(map) => {
                let len = map.len() as u64;
                if let Some(m) = n.min_properties {
                    check!(Tri::from(len >= m));
                }
                if let Some(m) = n.max_properties {
                    check!(Tri::from(len <= m));
                }
                let has = |k: &str| member(map, k).is_some();
                for r in &n.required {
                    check!(Tri::from(has(r)));
                }
                for (k, deps) in &n.dependent_required {
                    if has(k) {
                        for d in deps {
                            check!(Tri::from(has(d)));
                        }
                    }
                }
                for (k, s) in &n.dependent_schemas {
                    if has(k) {
                        check!(self.node(*s, v, depth + 1, &mut mine));
                    }
                }
                let index = self.g.property_index(id);
                for (k, val) in map {
                    if let Some(pn) = n.property_names {
                        check!(self.node(
                            pn,
                            &Value::String(k.clone()),
                            0,
                            &mut Evaluated::default()
                        ));
                    }
                    let mut matched = false;
                    match &index {
                        Some(index) => {
                            for s in index.get(k.as_str()).into_iter().flatten() {
                                matched = true;
                                check!(self.node(*s, val, 0, &mut Evaluated::default()));
                            }
                        }
                        None => {
                            for (name, s) in &n.properties {
                                if name == k {
                                    matched = true;
                                    check!(self.node(*s, val, 0, &mut Evaluated::default()));
                                }
                            }
                        }
                    }
                    for (p, s) in &n.pattern_properties {
                        match self.patterns.is_match(p, k) {
                            Some(true) => {
                                matched = true;
                                check!(self.node(*s, val, 0, &mut Evaluated::default()));
                            }
                            Some(false) => {}
                            None => check!(Tri::Unknown),
                        }
                    }
                    if !matched {
                        if let Some(a) = n.additional_properties {
                            matched = true;
                            check!(self.node(a, val, 0, &mut Evaluated::default()));
                        }
                    }
                    if matched && self.note_properties {
                        mine.props.insert(k.clone());
                    }
                }
                if let Some(u) = n.unevaluated_properties {
                    for (k, val) in map {
                        if !mine.props.contains(k) {
                            check!(self.node(u, val, 0, &mut Evaluated::default()));
                            mine.props.insert(k.clone());
                        }
                    }
                }
            }
            Value::Array(items) => {
                let len = items.len() as u64;
                if let Some(m) = n.min_items {
                    check!(Tri::from(len >= m));
                }
                if let Some(m) = n.max_items {
                    check!(Tri::from(len <= m));
                }
                if n.unique_items {
                    for i in 0..items.len() {
                        for j in i + 1..items.len() {
                            if json_eq(&items[i], &items[j]) {
                                check!(Tri::Invalid);
                            }
                        }
                    }
                }
                for (i, item) in items.iter().enumerate() {
                    let s = n.prefix_items.get(i).copied().or(n.items);
                    if let Some(s) = s {
                        check!(self.node(s, item, 0, &mut Evaluated::default()));
                        mine.items = mine.items.max(i + 1);
                    }
                }
                if let Some(c) = n.contains {
                    let mut count = 0u64;
                    let mut unknown = false;
                    for (i, item) in items.iter().enumerate() {
                        match self.node(c, item, 0, &mut Evaluated::default()) {
                            Tri::Valid => {
                                count += 1;
                                if n.contains_evaluates {
                                    mine.contained.insert(i);
                                }
                            }
                            Tri::Unknown => unknown = true,
                            Tri::Invalid => {}
                        }
                    }
                    let min = n.min_contains.unwrap_or(1);
                    let ok = count >= min && n.max_contains.is_none_or(|m| count <= m);
                    check!(if unknown && !ok {
                        Tri::Unknown
                    } else {
                        Tri::from(ok)
                    });
                }
                if let Some(u) = n.unevaluated_items {
                    for (i, item) in items.iter().enumerate().skip(mine.items) {
                        if !mine.contained.contains(&i) {
                            check!(self.node(u, item, 0, &mut Evaluated::default()));
                        }
                    }
                    mine.items = items.len();
                }
            }
            _ => {}
        }
        if t == Tri::Valid {
            ev.take(mine);
        }
        t
    }
}

/// Whether `x` is a multiple of `m` (within floating-point error).
pub fn is_multiple(x: f64, m: f64) -> bool {
    if m <= 0.0 || !m.is_finite() {
        return true;
    }
    let q = x / m;
    if !q.is_finite() {
        return false;
    }
    (q - q.round()).abs() < 1e-9
}

/// `v` spelled so that two values have the same spelling exactly when
/// [`json_eq`] holds: numbers as the bits of their `f64` (`-0` as `0`),
/// members sorted by name.
pub fn json_key(v: &Value) -> String {
    fn put(v: &Value, out: &mut String) {
        match v {
            Value::Number(n) => {
                let x = n.as_f64().unwrap_or(0.0);
                let x = if x == 0.0 { 0.0 } else { x };
                out.push_str(&format!("n{:x}", x.to_bits()));
            }
            Value::Array(items) => {
                out.push('[');
                for item in items {
                    put(item, out);
                    out.push(',');
                }
                out.push(']');
            }
            Value::Object(map) => {
                let mut names: Vec<&String> = map.keys().collect();
                names.sort_unstable();
                out.push('{');
                for name in names {
                    out.push_str(&Value::String(name.clone()).to_string());
                    out.push(':');
                    put(&map[name.as_str()], out);
                    out.push(',');
                }
                out.push('}');
            }
            other => out.push_str(&other.to_string()),
        }
    }
    let mut out = String::new();
    put(v, &mut out);
    out
}

/// JSON equality as JSON Schema defines it (`1` equals `1.0`).
pub fn json_eq(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => x.as_f64() == y.as_f64(),
        (Value::Array(x), Value::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(a, b)| json_eq(a, b))
        }
        (Value::Object(x), Value::Object(y)) => {
            x.len() == y.len()
                && x.iter()
                    .all(|(k, v)| y.get(k).is_some_and(|w| json_eq(v, w)))
        }
        _ => a == b,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::doc::SchemaDoc;
    use serde_json::json;

    /// `doc`'s root read into a graph, and the validator's answers for `values`.
    fn answers(doc: Value, values: &[Value]) -> (bool, Vec<Tri>) {
        let (noted, got) = answers_and_steps(doc, values);
        (noted, got.into_iter().map(|(t, _)| t).collect())
    }

    /// [`answers`], each with the nodes the validation visited.
    fn answers_and_steps(doc: Value, values: &[Value]) -> (bool, Vec<(Tri, usize)>) {
        let doc = SchemaDoc::from_value(doc).unwrap();
        let (g, id) = crate::graph::root_of(&doc);
        let patterns = Patterns::default();
        let mut v = Validator::new(&g, &patterns);
        let noted = v.note_properties;
        let got = values
            .iter()
            .map(|x| (v.validate_all(&[id], x), v.steps))
            .collect();
        (noted, got)
    }

    /// An object validated against a schema of many declared properties
    /// (looked in by name through the graph's index) answers as one of a
    /// few (looked through one by one): each member against its own
    /// property's schema, an undeclared one against
    /// `additionalProperties`.
    #[test]
    fn many_declared_properties_are_looked_in_by_name() {
        for n in [3usize, 400] {
            let properties: serde_json::Map<String, Value> = (0..n)
                .map(|i| (format!("p{i}"), json!({"type": "integer"})))
                .collect();
            let schema = json!({"properties": properties, "additionalProperties": false});
            let whole: serde_json::Map<String, Value> =
                (0..n).map(|i| (format!("p{i}"), json!(i))).collect();
            let mut wrong = whole.clone();
            wrong.insert(format!("p{}", n - 1), json!("a"));
            let mut undeclared = whole.clone();
            undeclared.insert("q".into(), json!(0));
            let (_, got) = answers(
                schema,
                &[
                    Value::Object(whole),
                    Value::Object(wrong),
                    Value::Object(undeclared),
                    json!({}),
                ],
            );
            assert_eq!(
                got,
                [Tri::Valid, Tri::Invalid, Tri::Invalid, Tri::Valid],
                "{n}"
            );
        }
    }

    /// Values spelled alike by `json_key` are exactly those `json_eq` holds
    /// for, so that a long enum looked in through its index answers as
    /// one read value by value.
    #[test]
    fn json_key_spells_alike_what_json_eq_holds_equal() {
        let values = [
            json!(1),
            json!(1.0),
            json!(-0.0),
            json!(0),
            json!(18446744073709551615u64),
            json!(1.8446744073709552e19),
            json!(-9223372036854775808i64),
            json!("1"),
            json!(true),
            json!(null),
            json!([1, 2]),
            json!([1.0, 2]),
            json!([2, 1]),
            json!({"a": 1, "b": [0]}),
            json!({"b": [0.0], "a": 1.0}),
            json!({"a": 1}),
            json!({"a\"": 1}),
            json!({"a": "\""}),
            json!([]),
            json!({}),
        ];
        for a in &values {
            for b in &values {
                assert_eq!(json_key(a) == json_key(b), json_eq(a, b), "{a} {b}");
            }
        }
        // A long enum (looked in through its index) answers as a short one.
        let long: Vec<Value> = (0..1000).map(|i| json!({"v": i})).collect();
        let (_, got) = answers(
            json!({"enum": long}),
            &[
                json!({"v": 999.0}),
                json!({"v": 1000}),
                json!({"v": 5, "w": 1}),
            ],
        );
        assert_eq!(got, [Tri::Valid, Tri::Invalid, Tri::Invalid]);
    }

    /// A schema whose answer depends on itself on the same value (found by
    /// the fuzz target schema_diff: each validation went round the cycle,
    /// branching at every `oneOf`, until its 200,000 steps ran out, and a
    /// comparison validates hundreds of candidates: 22 s). The cycle is cut
    /// where it closes; what the other keywords decide is still decided,
    /// and recursion into the value's members is not a cycle.
    #[test]
    fn a_node_met_again_on_the_same_value_is_cut_short() {
        let values = [json!("x"), json!(1), json!({"next": {"next": "x"}})];
        let (_, got) = answers_and_steps(
            json!({"oneOf": [{"not": {"$ref": "#"}}, {"$ref": "#"}]}),
            &values,
        );
        for (value, (tri, steps)) in values.iter().zip(&got) {
            assert_eq!(*tri, Tri::Unknown, "{value}");
            assert!(*steps < 20, "{value}: {steps} steps");
        }
        let (_, got) = answers_and_steps(
            json!({"type": "string", "anyOf": [{"$ref": "#"}, {"maxLength": 3}]}),
            &[json!("abc"), json!("abcd"), json!(1)],
        );
        let tris: Vec<Tri> = got.iter().map(|(t, _)| *t).collect();
        assert_eq!(tris, [Tri::Valid, Tri::Unknown, Tri::Invalid]);
        assert!(got.iter().all(|(_, steps)| *steps < 20), "{got:?}");
        // A recursive schema over nested values is followed to the bottom.
        let (_, got) = answers_and_steps(
            json!({"type": "object", "properties": {"next": {"$ref": "#"}}, "required": ["next"]}),
            &[json!({"next": {"next": {}}}), json!({"next": {"next": 1}})],
        );
        let tris: Vec<Tri> = got.iter().map(|(t, _)| *t).collect();
        assert_eq!(tris, [Tri::Invalid, Tri::Invalid]);
        let (_, got) = answers_and_steps(
            json!({"anyOf": [{"type": "string"}, {"type": "object", "properties": {"next": {"$ref": "#"}}, "required": ["next"]}]}),
            &[
                json!({"next": {"next": "end"}}),
                json!({"next": {"next": 1}}),
            ],
        );
        let tris: Vec<Tri> = got.iter().map(|(t, _)| *t).collect();
        assert_eq!(tris, [Tri::Valid, Tri::Invalid]);
    }

    /// An `anyOf` is decided at its first branch that passes, unless what
    /// the later ones evaluate counts (`unevaluatedProperties` or
    /// `unevaluatedItems` in the graph): a value both branches accept
    /// passes only because the second evaluates the rest of it (answers
    /// as Python's jsonschema gives them).
    #[test]
    fn an_any_of_stops_at_a_branch_that_passes_unless_evaluated_members_count() {
        let branches: Vec<Value> = (0..17).map(|i| json!({"minLength": i})).collect();
        let (_, got) = answers_and_steps(json!({"anyOf": branches}), &[json!("x"), json!(1)]);
        assert_eq!(got[0].0, Tri::Valid);
        assert!(got[0].1 <= 3, "{} steps", got[0].1);
        assert_eq!(got[1].0, Tri::Valid);
        let d = "https://json-schema.org/draft/2020-12/schema";
        let (_, got) = answers(
            json!({"$schema": d,
                   "allOf": [{"anyOf": [{"properties": {"a": true}}, {"properties": {"b": true}}]}],
                   "unevaluatedProperties": false}),
            &[json!({"a": 1, "b": 2}), json!({"a": 1, "c": 2})],
        );
        assert_eq!(got, [Tri::Valid, Tri::Invalid]);
        let (_, got) = answers(
            json!({"$schema": d,
                   "allOf": [{"anyOf": [{"prefixItems": [true]}, {"prefixItems": [true, true]}]}],
                   "unevaluatedItems": false}),
            &[json!([1, 2]), json!([1, 2, 3])],
        );
        assert_eq!(got, [Tri::Valid, Tri::Invalid]);
    }

    /// `unevaluatedProperties` and `unevaluatedItems` beside a union read
    /// what its passing branches evaluated (the graph reads such a node as
    /// the union and a core with the other keywords; the core was
    /// validated on its own, and refused members a branch had evaluated).
    /// Answers as Python's jsonschema gives them.
    #[test]
    fn unevaluated_beside_a_union_reads_what_its_branches_evaluated() {
        let d = "https://json-schema.org/draft/2020-12/schema";
        let cases = [
            (
                json!({"$schema": d, "anyOf": [{"properties": {"a": true}}, {"properties": {"b": true}}],
                       "unevaluatedProperties": false}),
                vec![json!({"a": 1, "b": 2}), json!({"a": 1, "c": 2})],
                vec![Tri::Valid, Tri::Invalid],
            ),
            (
                json!({"$schema": d, "anyOf": [{"prefixItems": [true]}, {"prefixItems": [true, true]}],
                       "unevaluatedItems": false}),
                vec![json!([1, 2]), json!([1, 2, 3])],
                vec![Tri::Valid, Tri::Invalid],
            ),
            (
                json!({"$schema": d, "oneOf": [
                           {"properties": {"a": true}, "required": ["a"]},
                           {"properties": {"b": true}, "required": ["b"]}],
                       "unevaluatedProperties": false}),
                vec![
                    json!({"a": 1}),
                    json!({"a": 1, "b": 2}),
                    json!({"a": 1, "c": 2}),
                ],
                vec![Tri::Valid, Tri::Invalid, Tri::Invalid],
            ),
            (
                json!({"$schema": d, "properties": {"x": true}, "anyOf": [{"properties": {"a": true}}],
                       "unevaluatedProperties": false}),
                vec![json!({"x": 1, "a": 1}), json!({"x": 1, "a": 1, "z": 1})],
                vec![Tri::Valid, Tri::Invalid],
            ),
        ];
        for (schema, values, want) in cases {
            let (_, got) = answers(schema.clone(), &values);
            assert_eq!(got, want, "{schema}");
        }
    }

    /// The items a `contains` matches are evaluated for `unevaluatedItems`
    /// in 2020-12 (`["a"]` passes), not in 2019-09.
    #[test]
    fn contains_evaluates_the_items_it_matches_from_2020_12() {
        for (d, want) in [
            ("https://json-schema.org/draft/2020-12/schema", Tri::Valid),
            ("https://json-schema.org/draft/2019-09/schema", Tri::Invalid),
        ] {
            let schema = json!({"$schema": d, "contains": {"type": "string"},
                                "unevaluatedItems": false});
            let (_, got) = answers(schema, &[json!(["a"]), json!(["a", 1])]);
            assert_eq!(got, [want, Tri::Invalid], "{d}");
        }
    }

    /// A conjunction of a core and one branch of its union (as the check
    /// puts them in place of the union): the branch's names count for the
    /// core's `unevaluatedProperties`, the other branch's do not.
    #[test]
    fn a_branch_beside_its_core_evaluates_for_it() {
        let doc = SchemaDoc::from_value(json!({
            "anyOf": [{"properties": {"a": true}}, {"properties": {"b": true}}],
            "unevaluatedProperties": false}))
        .unwrap();
        let (g, id) = crate::graph::root_of(&doc);
        let core = g.core_of(id).unwrap();
        let mut conj = vec![core, g.node(id).any_of[0]];
        conj.sort_unstable();
        let patterns = Patterns::default();
        let mut v = Validator::new(&g, &patterns);
        assert_eq!(v.validate_all(&conj, &json!({"a": 1})), Tri::Valid);
        assert_eq!(v.validate_all(&conj, &json!({"b": 1})), Tri::Invalid);
    }

    #[test]
    fn evaluated_names_are_noted_only_where_unevaluated_properties_reads_them() {
        let values = [json!({"a": 1}), json!({"a": 1, "b": 2}), json!({})];
        let (noted, got) = answers(
            json!({"allOf": [{"properties": {"a": true}}], "unevaluatedProperties": false}),
            &values,
        );
        assert!(noted);
        assert_eq!(got, [Tri::Valid, Tri::Invalid, Tri::Valid]);
        let (noted, got) = answers(
            json!({"allOf": [{"properties": {"a": true}}], "required": ["a"]}),
            &values,
        );
        assert!(!noted);
        assert_eq!(got, [Tri::Valid, Tri::Valid, Tri::Invalid]);
    }
}
