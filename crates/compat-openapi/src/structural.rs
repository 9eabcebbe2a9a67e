//! A structural comparison of two JSON Schemas in a direction: the obvious
//! cases only (type, enum, required and declared properties, numeric, length
//! and count bounds, `pattern`, `format`, `uniqueItems`), walked through
//! `properties` (with `allOf` members merged), `items`, `additionalProperties`
//! and same-length `oneOf`/`anyOf`, `$ref`s followed.
//!
//! This module stands in for the JSON Schema engine (compat-schema) and is
//! meant to be replaced by it: it reads keywords, it does not decide
//! inclusion of the sets of documents two schemas accept. What it cannot
//! judge (a pattern rewritten, alternatives added or removed) it reports as
//! [`Kind::NotCompared`] instead of passing it silently.
//!
//! A pair of referenced schemas is compared once per direction and the
//! result reused wherever the pair meets again (GitHub's description refers
//! to its 900 component schemas from 1,200 operations); a reference cycle
//! is cut where it closes; the walk stops at [`MAX_DEPTH`] nested levels and
//! after [`BUDGET`] schema pairs, with a `NotCompared` change.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::rc::Rc;

use serde_json::Value;

use crate::docs::{ref_of, DocId, Docs};

/// Which way a schema must stay compatible.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Direction {
    /// Clients send it: the new schema must accept all the old one accepted.
    Request,
    /// The server sends it: the new schema must accept nothing the old one rejected.
    Response,
}

/// What changed at one place of a schema.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Kind {
    /// The types allowed changed so that some value is no longer compatible.
    TypeChanged,
    /// The types allowed changed compatibly (widened for a request, narrowed for a response).
    TypeCompatible,
    /// A property became required or a required property was added.
    PropertyRequired,
    /// A required property became optional.
    PropertyOptional,
    /// A property was removed (`required`: it was required; `closed`: the new
    /// schema rejects undeclared properties).
    PropertyRemoved {
        /// It was required.
        required: bool,
        /// The new schema has `additionalProperties: false`.
        closed: bool,
    },
    /// A property was added (`required` in the new schema).
    PropertyAdded {
        /// It is required.
        required: bool,
    },
    /// Fewer values allowed: an enum value removed, or an enum introduced.
    EnumNarrowed,
    /// More values allowed: an enum value added, or the enum dropped.
    EnumWidened,
    /// A bound tightened or introduced (the keyword in [`Change::keyword`]).
    ConstraintTightened,
    /// A bound loosened or dropped.
    ConstraintLoosened,
    /// Something this comparison does not judge.
    NotCompared,
}

/// One change, at a place of the schema.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    /// Where: `/owner/login`, `/items/[]` (empty: the schema itself).
    pub at: String,
    /// What.
    pub kind: Kind,
    /// The keyword concerned (`type`, `enum`, `maxLength`, `required`, ...).
    pub keyword: &'static str,
    /// The old value, shown.
    pub old: Option<String>,
    /// The new value, shown.
    pub new: Option<String>,
}

/// Deeper nesting than this is not walked.
pub const MAX_DEPTH: usize = 48;
/// At most this many schema pairs are compared per run.
pub const BUDGET: usize = 2_000_000;

type Node<'a> = (DocId, &'a Value);
type Key = (usize, usize, Direction);

/// Compares schemas of two descriptions, remembering referenced pairs.
pub struct Comparer<'a> {
    old_docs: &'a Docs,
    new_docs: &'a Docs,
    memo: HashMap<Key, Rc<Vec<Change>>>,
    open: HashSet<Key>,
    spent: usize,
}

impl<'a> Comparer<'a> {
    /// A comparer of schemas of `old_docs` with schemas of `new_docs`.
    pub fn new(old_docs: &'a Docs, new_docs: &'a Docs) -> Comparer<'a> {
        Comparer {
            old_docs,
            new_docs,
            memo: HashMap::new(),
            open: HashSet::new(),
            spent: 0,
        }
    }

    /// The changes from `old` to `new` that matter in `dir`.
    pub fn compare(&mut self, old: Node<'_>, new: Node<'_>, dir: Direction) -> Vec<Change> {
        let mut out = Vec::new();
        self.pair(old, new, dir, "", 0, &mut out);
        out
    }

    fn pair(
        &mut self,
        old: Node<'_>,
        new: Node<'_>,
        dir: Direction,
        at: &str,
        depth: usize,
        out: &mut Vec<Change>,
    ) {
        self.spent += 1;
        if self.spent == BUDGET || depth == MAX_DEPTH {
            out.push(not_compared(at, "schema too large or deep to compare"));
            return;
        }
        if self.spent > BUDGET {
            return;
        }
        let by_ref = ref_of(old.1).is_some() && ref_of(new.1).is_some();
        let (Ok(o), Ok(n)) = (
            self.old_docs.deref(old.0, old.1),
            self.new_docs.deref(new.0, new.1),
        ) else {
            return;
        };
        let key = (
            o.1 as *const Value as usize,
            n.1 as *const Value as usize,
            dir,
        );
        if self.open.contains(&key) {
            return;
        }
        if by_ref {
            if let Some(hit) = self.memo.get(&key) {
                out.extend(hit.iter().map(|c| prefixed(c, at)));
                return;
            }
        }
        self.open.insert(key);
        let mut own = Vec::new();
        self.fields(o, n, dir, depth, &mut own);
        self.open.remove(&key);
        out.extend(own.iter().map(|c| prefixed(c, at)));
        if by_ref {
            self.memo.insert(key, Rc::new(own));
        }
    }

    fn fields(
        &mut self,
        old: Node<'_>,
        new: Node<'_>,
        dir: Direction,
        depth: usize,
        out: &mut Vec<Change>,
    ) {
        let (o, n) = (old.1, new.1);
        if !o.is_object() || !n.is_object() {
            return;
        }
        types(o, n, dir, out);
        enums(o, n, dir, out);
        bounds(o, n, dir, out);
        self.objects(old, new, dir, depth, out);
        if let (Some(oi), Some(ni)) = (o.get("items"), n.get("items")) {
            self.pair((old.0, oi), (new.0, ni), dir, "/[]", depth + 1, out);
        }
        if let (Some(oa), Some(na)) = (o.get("additionalProperties"), n.get("additionalProperties"))
        {
            if oa.is_object() && na.is_object() {
                self.pair((old.0, oa), (new.0, na), dir, "/{}", depth + 1, out);
            }
        }
        for word in ["oneOf", "anyOf"] {
            let (ol, nl) = (list(o, word), list(n, word));
            if ol.len() == nl.len() {
                for (i, (a, b)) in ol.iter().zip(nl).enumerate() {
                    let at = format!("/{word}[{i}]");
                    self.pair((old.0, a), (new.0, b), dir, &at, depth + 1, out);
                }
            } else {
                let fewer = nl.len() < ol.len();
                if fewer == (dir == Direction::Request) || ol.is_empty() != nl.is_empty() {
                    out.push(Change {
                        at: String::new(),
                        kind: Kind::NotCompared,
                        keyword: if word == "oneOf" { "oneOf" } else { "anyOf" },
                        old: Some(format!("{} alternatives", ol.len())),
                        new: Some(format!("{} alternatives", nl.len())),
                    });
                }
            }
        }
    }

    fn objects(
        &mut self,
        old: Node<'_>,
        new: Node<'_>,
        dir: Direction,
        depth: usize,
        out: &mut Vec<Change>,
    ) {
        let op = properties(self.old_docs, old, 0);
        let np = properties(self.new_docs, new, 0);
        if op.props.is_empty()
            && np.props.is_empty()
            && op.required.is_empty()
            && np.required.is_empty()
        {
            return;
        }
        let change = |at: &str, kind: Kind, keyword| Change {
            at: format!("/{at}"),
            kind,
            keyword,
            old: None,
            new: None,
        };
        for name in np.required.difference(&op.required) {
            let read_only = np
                .props
                .get(name.as_str())
                .is_some_and(|(d, v)| flag(self.new_docs, (*d, v), "readOnly"));
            if dir == Direction::Request && read_only {
                continue;
            }
            if op.props.contains_key(name.as_str()) {
                out.push(change(name, Kind::PropertyRequired, "required"));
            } else {
                out.push(change(
                    name,
                    Kind::PropertyAdded { required: true },
                    "required",
                ));
            }
        }
        for name in op.required.difference(&np.required) {
            if np.props.contains_key(name.as_str()) {
                out.push(change(name, Kind::PropertyOptional, "required"));
            } else if dir == Direction::Response || !op.props.contains_key(name.as_str()) {
                out.push(change(
                    name,
                    Kind::PropertyRemoved {
                        required: true,
                        closed: np.closed,
                    },
                    "properties",
                ));
            }
        }
        for (name, _) in op.props.iter().filter(|(k, _)| !np.props.contains_key(*k)) {
            if !(dir == Direction::Response && op.required.contains(*name)) {
                let required = op.required.contains(*name);
                out.push(change(
                    name,
                    Kind::PropertyRemoved {
                        required,
                        closed: np.closed,
                    },
                    "properties",
                ));
            }
        }
        for name in np.props.keys().filter(|k| !op.props.contains_key(*k)) {
            if !np.required.contains(*name) {
                out.push(change(
                    name,
                    Kind::PropertyAdded { required: false },
                    "properties",
                ));
            }
            if op.closed && dir == Direction::Response {
                out.push(change(
                    name,
                    Kind::ConstraintLoosened,
                    "additionalProperties",
                ));
            }
        }
        for (name, o) in &op.props {
            if let Some(n) = np.props.get(name) {
                let at = format!("/{name}");
                self.pair(*o, *n, dir, &at, depth + 1, out);
            }
        }
    }
}

fn not_compared(at: &str, why: &str) -> Change {
    Change {
        at: at.to_owned(),
        kind: Kind::NotCompared,
        keyword: "$ref",
        old: None,
        new: Some(why.to_owned()),
    }
}

fn prefixed(c: &Change, at: &str) -> Change {
    let mut c = c.clone();
    if !at.is_empty() {
        c.at = format!("{at}{}", c.at);
    }
    c
}

fn list<'v>(v: &'v Value, key: &str) -> &'v [Value] {
    v.get(key)
        .and_then(Value::as_array)
        .map_or(&[], Vec::as_slice)
}

fn flag(docs: &Docs, node: Node<'_>, key: &str) -> bool {
    docs.deref(node.0, node.1)
        .ok()
        .and_then(|(_, v)| v.get(key))
        .and_then(Value::as_bool)
        .unwrap_or(false)
}

/// The declared properties of an object schema, `allOf` members merged.
struct Props<'v> {
    props: BTreeMap<&'v str, Node<'v>>,
    required: BTreeSet<String>,
    closed: bool,
}

fn properties<'v>(docs: &'v Docs, node: Node<'v>, depth: usize) -> Props<'v> {
    let mut out = Props {
        props: BTreeMap::new(),
        required: BTreeSet::new(),
        closed: false,
    };
    let Ok((doc, v)) = docs.deref(node.0, node.1) else {
        return out;
    };
    if let Some(map) = v.get("properties").and_then(Value::as_object) {
        for (k, p) in map {
            out.props.insert(k.as_str(), (doc, p));
        }
    }
    out.required.extend(
        list(v, "required")
            .iter()
            .filter_map(Value::as_str)
            .map(str::to_owned),
    );
    out.closed = v.get("additionalProperties") == Some(&Value::Bool(false));
    if depth < 8 {
        for member in list(v, "allOf") {
            let inner = properties(docs, (doc, member), depth + 1);
            for (k, p) in inner.props {
                out.props.entry(k).or_insert(p);
            }
            out.required.extend(inner.required);
            out.closed |= inner.closed;
        }
    }
    out
}

/// The types a schema allows (`None`: not said). 3.0's `nullable` adds `null`.
fn type_set(v: &Value) -> Option<BTreeSet<String>> {
    let mut set: BTreeSet<String> = match v.get("type") {
        Some(Value::String(t)) => BTreeSet::from([t.clone()]),
        Some(Value::Array(ts)) => ts
            .iter()
            .filter_map(Value::as_str)
            .map(str::to_owned)
            .collect(),
        _ => return None,
    };
    if v.get("nullable") == Some(&Value::Bool(true)) {
        set.insert("null".into());
    }
    Some(set)
}

/// Whether every type of `from` is allowed by `to` (an integer is a number).
fn covered(from: &BTreeSet<String>, to: &BTreeSet<String>) -> bool {
    from.iter()
        .all(|t| to.contains(t) || (t == "integer" && to.contains("number")))
}

fn show_types(s: &BTreeSet<String>) -> String {
    s.iter().cloned().collect::<Vec<_>>().join(" or ")
}

fn types(o: &Value, n: &Value, dir: Direction, out: &mut Vec<Change>) {
    let (Some(ot), Some(nt)) = (type_set(o), type_set(n)) else {
        return;
    };
    if ot == nt {
        if let (Some(of), Some(nf)) = (o.get("format"), n.get("format")) {
            if of != nf {
                out.push(Change {
                    at: String::new(),
                    kind: Kind::TypeChanged,
                    keyword: "format",
                    old: Some(text(of)),
                    new: Some(text(nf)),
                });
            }
        }
        return;
    }
    let (from, to) = match dir {
        Direction::Request => (&ot, &nt),
        Direction::Response => (&nt, &ot),
    };
    out.push(Change {
        at: String::new(),
        kind: if covered(from, to) {
            Kind::TypeCompatible
        } else {
            Kind::TypeChanged
        },
        keyword: "type",
        old: Some(show_types(&ot)),
        new: Some(show_types(&nt)),
    });
}

fn text(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

fn enums(o: &Value, n: &Value, dir: Direction, out: &mut Vec<Change>) {
    let oe = o.get("enum").and_then(Value::as_array);
    let ne = n.get("enum").and_then(Value::as_array);
    let change = |kind, old: Option<String>, new: Option<String>| Change {
        at: String::new(),
        kind,
        keyword: "enum",
        old,
        new,
    };
    let (narrowed, widened) = (Kind::EnumNarrowed, Kind::EnumWidened);
    match (oe, ne) {
        (None, None) => {}
        (None, Some(ne)) => out.push(change(narrowed, None, Some(show_list(ne)))),
        (Some(oe), None) => out.push(change(widened, Some(show_list(oe)), None)),
        (Some(oe), Some(ne)) => {
            for v in oe.iter().filter(|v| !ne.contains(v)) {
                out.push(change(narrowed.clone(), Some(text(v)), None));
            }
            for v in ne.iter().filter(|v| !oe.contains(v)) {
                out.push(change(widened.clone(), None, Some(text(v))));
            }
        }
    }
    let _ = dir;
}

fn show_list(values: &[Value]) -> String {
    const SHOWN: usize = 8;
    let mut parts: Vec<String> = values.iter().take(SHOWN).map(text).collect();
    if values.len() > SHOWN {
        parts.push(format!("... ({} values)", values.len()));
    }
    parts.join(", ")
}

/// A bound: its value and whether it is exclusive.
type Bound = Option<(f64, bool)>;

fn number(v: &Value, key: &str) -> Option<f64> {
    v.get(key).and_then(Value::as_f64)
}

/// The upper (or lower) numeric bound, from `maximum` with a boolean
/// `exclusiveMaximum` (draft 4, OpenAPI 3.0) or a numeric one (3.1).
fn numeric_bound(v: &Value, upper: bool) -> Bound {
    let (plain, excl) = if upper {
        ("maximum", "exclusiveMaximum")
    } else {
        ("minimum", "exclusiveMinimum")
    };
    let inclusive = number(v, plain);
    match v.get(excl) {
        Some(Value::Bool(true)) => inclusive.map(|x| (x, true)),
        Some(Value::Number(x)) => {
            let x = x.as_f64()?;
            match inclusive {
                Some(i) if (upper && i < x) || (!upper && i > x) => Some((i, false)),
                _ => Some((x, true)),
            }
        }
        _ => inclusive.map(|x| (x, false)),
    }
}

/// Whether bound `b` admits less than bound `a` (`upper`: an upper bound).
fn tighter(a: Bound, b: Bound, upper: bool) -> bool {
    match (a, b) {
        (_, None) => false,
        (None, Some(_)) => true,
        (Some((av, ax)), Some((bv, bx))) => {
            if av == bv {
                bx && !ax
            } else if upper {
                bv < av
            } else {
                bv > av
            }
        }
    }
}

fn show_bound(b: Bound) -> Option<String> {
    b.map(|(v, x)| {
        if x {
            format!("{v} (exclusive)")
        } else {
            v.to_string()
        }
    })
}

fn bounds(o: &Value, n: &Value, dir: Direction, out: &mut Vec<Change>) {
    let mut push = |keyword: &'static str, ob: Bound, nb: Bound, upper: bool| {
        let (tight, loose) = (tighter(ob, nb, upper), tighter(nb, ob, upper));
        if !(tight || loose) {
            return;
        }
        let kind = if tight {
            Kind::ConstraintTightened
        } else {
            Kind::ConstraintLoosened
        };
        out.push(Change {
            at: String::new(),
            kind,
            keyword,
            old: show_bound(ob),
            new: show_bound(nb),
        });
    };
    push(
        "maximum",
        numeric_bound(o, true),
        numeric_bound(n, true),
        true,
    );
    push(
        "minimum",
        numeric_bound(o, false),
        numeric_bound(n, false),
        false,
    );
    for (keyword, upper) in [
        ("maxLength", true),
        ("minLength", false),
        ("maxItems", true),
        ("minItems", false),
        ("maxProperties", true),
        ("minProperties", false),
    ] {
        let b = |v: &Value| number(v, keyword).map(|x| (x, false));
        push(keyword, b(o), b(n), upper);
    }
    let unique = |v: &Value| v.get("uniqueItems") == Some(&Value::Bool(true));
    if unique(o) != unique(n) {
        out.push(Change {
            at: String::new(),
            kind: if unique(n) {
                Kind::ConstraintTightened
            } else {
                Kind::ConstraintLoosened
            },
            keyword: "uniqueItems",
            old: Some(unique(o).to_string()),
            new: Some(unique(n).to_string()),
        });
    }
    for keyword in ["pattern", "format"] {
        let (op, np) = (o.get(keyword), n.get(keyword));
        let kind = match (op, np) {
            (None, Some(_)) => Kind::ConstraintTightened,
            (Some(_), None) => Kind::ConstraintLoosened,
            (Some(a), Some(b)) if a != b && keyword == "pattern" => Kind::NotCompared,
            _ => continue,
        };
        out.push(Change {
            at: String::new(),
            kind,
            keyword: if keyword == "pattern" {
                "pattern"
            } else {
                "format"
            },
            old: op.map(text),
            new: np.map(text),
        });
    }
    let _ = dir;
}
