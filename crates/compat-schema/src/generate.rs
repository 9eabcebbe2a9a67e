//! Documents valid under a schema, built to order: the smallest one of a
//! given type, and one with a given value at a given place. Every document
//! built here is checked with the validator before it is used. A comparer's
//! generators share what they built ([`Kept`]).

use std::cell::{Cell, RefCell};

use foldhash::{HashMap, HashSet};
use serde_json::{json, Map, Value};

use crate::graph::{Graph, NodeId};
use crate::pattern::Patterns;
use crate::types::TypeSet;
use crate::validate::{Tri, Validator};
use crate::view::{self, flatten, Conj};

/// One step of an instance path.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Seg {
    /// An object member.
    Key(String),
    /// An array element.
    Index(usize),
}

/// The generator.
pub struct Generator<'a, 'd> {
    g: &'a Graph<'d>,
    patterns: &'a Patterns,
    /// Documents (nodes of them) it may still build, kept ones counted
    /// as built ([`Kept`]).
    budget: usize,
    /// The budget it started with.
    start: usize,
    /// Work besides the budget's nodes: validator steps, names of objects
    /// looked through ([`Generator::work`]).
    work: Cell<usize>,
    /// Times the budget ran out.
    dry: usize,
    /// Bounds of the other side: candidates are made around them too.
    hints: Option<view::View<'a>>,
    /// The schema the hints come from (part of the key of what is kept).
    hint_key: Option<Conj>,
    /// Documents built by earlier generators over the same graph.
    kept: Option<&'a RefCell<Kept>>,
}

/// What a generator was asked: schema, types wanted, depth (none: candidates), hints.
type Question = (Conj, TypeSet, Option<usize>, Option<Conj>);

/// Documents built, kept across the generators of one comparer (a
/// component reached from many places is built once): each answer with
/// the budget it took, and kept only when the budget did not run out on
/// the way, so a generator with at least that budget left would build the
/// same and spend the same.
#[derive(Debug, Default)]
pub struct Kept {
    answers: HashMap<Question, (Vec<Value>, usize)>,
    /// The objects [`Generator::embed`] put a value into, whole
    /// ([`Base`]), by schema and hints: the siblings of one object (each
    /// property of an object of 5,000 changed) are put into one object
    /// built once.
    bases: HashMap<(Conj, Option<Conj>), Base>,
}

/// An object built for [`Generator::embed`] with every member it was
/// built with, in order: each name, its value, and the budget the value
/// took (so one member left out costs the others' budget, as building
/// the object without it would).
#[derive(Debug)]
struct Base {
    members: Vec<(String, Value, usize)>,
}

/// A member of an object being built: its name, and its value with the
/// budget that took (none for the member left for the caller).
type Member = (String, Option<(Value, usize)>);

/// The nodes a generator may build for a schema that requires few names
/// ([`Generator::new`]).
const BUDGET: usize = 2_000;

/// The most answers kept.
const MAX_KEPT: usize = 200_000;

const MAX_DEPTH: usize = 24;

/// The branches of a `oneOf` [`Generator::escaping_arrays`] looks at.
const MAX_ESCAPED_BRANCHES: usize = 8;
/// The item indexes of a sibling branch it tries.
const MAX_ESCAPED_INDEX: usize = 4;

impl<'a, 'd> Generator<'a, 'd> {
    /// A generator over `g`: its budget is [`BUDGET`] nodes and twice the
    /// most names a schema of `g` requires, so that an object of 5,000
    /// required members (and a value one level down for each) can be
    /// built where that many are asked for: bounded by the input.
    pub fn new(g: &'a Graph<'d>, patterns: &'a Patterns) -> Self {
        let budget = BUDGET.saturating_add(g.max_required().saturating_mul(2));
        Generator {
            g,
            patterns,
            budget,
            start: budget,
            work: Cell::new(0),
            dry: 0,
            hints: None,
            hint_key: None,
            kept: None,
        }
    }

    /// Also makes candidates around the bounds of `other` (the side a
    /// counterexample must fail).
    pub fn near(mut self, other: &[NodeId]) -> Self {
        let other = flatten(self.g, other);
        self.hints = Some(view::view(self.g, &other));
        self.hint_key = Some(other);
        self
    }

    /// At most `most` of the budget (a comparison's budget for confirming
    /// with less left than a generator's own).
    pub fn at_most(mut self, most: usize) -> Self {
        self.budget = self.budget.min(most);
        self.start = self.budget;
        self
    }

    /// The work done so far: nodes built (kept ones counted as built),
    /// validator steps and names looked through. A comparison charges it
    /// to its budget for confirming (`crate::change`).
    pub fn work(&self) -> usize {
        (self.start - self.budget) + self.work.get()
    }

    fn spend(&self, work: usize) {
        self.work.set(self.work.get().saturating_add(work));
    }

    /// Answers from `kept` what was built before, and keeps what it builds there.
    pub fn keeping(mut self, kept: &'a RefCell<Kept>) -> Self {
        self.kept = Some(kept);
        self
    }

    /// The kept answer to `q` (the budget it took spent), or the one `build`
    /// makes (kept when the budget did not run out).
    fn kept_or(
        &mut self,
        q: impl FnOnce(&Self) -> Question,
        build: impl FnOnce(&mut Self) -> Vec<Value>,
    ) -> Vec<Value> {
        let Some(kept) = self.kept else {
            return build(self);
        };
        let q = q(self);
        if let Some((answer, spent)) = kept.borrow().answers.get(&q) {
            if self.budget >= *spent {
                self.budget -= spent;
                return answer.clone();
            }
        }
        let (budget, dry) = (self.budget, self.dry);
        let answer = build(self);
        if self.dry == dry {
            let mut kept = kept.borrow_mut();
            if kept.answers.len() < MAX_KEPT {
                kept.answers
                    .insert(q, (answer.clone(), budget - self.budget));
            }
        }
        answer
    }

    fn valid(&self, conj: &[NodeId], v: &Value) -> bool {
        let mut validator = Validator::new(self.g, self.patterns);
        let t = validator.validate_all(conj, v);
        self.spend(validator.steps());
        t == Tri::Valid
    }

    /// A document valid under `conj`, of a type in `want` when one can be had.
    pub fn instance(&mut self, conj: &[NodeId], want: TypeSet) -> Option<Value> {
        self.instance_at(conj, want, 0)
    }

    /// Candidate documents valid under `conj` of any type, a few per type.
    pub fn candidates(&mut self, conj: &[NodeId], want: TypeSet) -> Vec<Value> {
        self.kept_or(
            |s| (conj.to_vec(), want, None, s.hint_key.clone()),
            |s| s.candidates_built(conj, want),
        )
    }

    fn candidates_built(&mut self, conj: &[NodeId], want: TypeSet) -> Vec<Value> {
        let mut out = Vec::new();
        for raw in self.raw(conj, want, 0, true) {
            if self.valid(conj, &raw) && !out.contains(&raw) {
                out.push(raw);
            }
            if out.len() >= 24 {
                break;
            }
        }
        out
    }

    fn instance_at(&mut self, conj: &[NodeId], want: TypeSet, depth: usize) -> Option<Value> {
        if self.budget == 0 || depth > MAX_DEPTH {
            if depth <= MAX_DEPTH {
                self.dry += 1;
            }
            return None;
        }
        self.kept_or(
            |s| (conj.to_vec(), want, Some(depth), s.hint_key.clone()),
            |s| s.instance_built(conj, want, depth).into_iter().collect(),
        )
        .pop()
    }

    fn instance_built(&mut self, conj: &[NodeId], want: TypeSet, depth: usize) -> Option<Value> {
        self.budget -= 1;
        self.raw(conj, want, depth, false)
            .into_iter()
            .find(|v| self.valid(conj, v))
    }

    /// Unchecked candidates, the likeliest first.
    fn raw(&mut self, conj: &[NodeId], want: TypeSet, depth: usize, many: bool) -> Vec<Value> {
        let g = self.g;
        let conj = flatten(g, conj);
        let v = view::view(g, &conj);
        let mut out = Vec::new();
        if v.never {
            return out;
        }
        if let Some(e) = &v.enums {
            let mut first: Vec<Value> = e
                .iter()
                .filter(|x| {
                    want.contains(TypeSet::of(x))
                        || want.intersect(TypeSet::of(x)) != TypeSet::EMPTY
                })
                .cloned()
                .collect();
            first.extend(e.iter().cloned());
            return first.into_iter().take(64).collect();
        }
        // A branch of each anyOf / oneOf, and the then/else of conditionals, tried in turn.
        for &id in &conj {
            let n = g.node(id);
            for group in [&n.any_of, &n.one_of] {
                if !group.is_empty() {
                    let mut res = Vec::new();
                    for &b in group.iter().take(16) {
                        let mut c = conj.clone();
                        c.retain(|&x| x != id);
                        c.push(b);
                        res.extend(self.raw_with(&c, &conj, want, depth, many));
                        // The next branch, until one gives a document the whole
                        // conjunction accepts: a `oneOf` refuses what two
                        // branches accept, so the first branch may give none.
                        if !many && res.iter().any(|x| self.valid(&conj, x)) {
                            break;
                        }
                    }
                    if group == &n.one_of && !res.iter().any(|x| self.valid(&conj, x)) {
                        res.extend(self.escaping_arrays(&conj, id, group, depth));
                    }
                    return res;
                }
            }
            if let Some((_, th, el)) = n.conditional {
                let mut res = Vec::new();
                for b in [th, el].into_iter().flatten() {
                    let mut c = conj.clone();
                    c.push(b);
                    res.extend(self.raw_with(&c, &conj, want, depth, many));
                }
                if !res.is_empty() {
                    return res;
                }
            }
        }
        let types = if v.types.intersect(want).is_empty() {
            v.types
        } else {
            v.types.intersect(want)
        };
        for t in [
            TypeSet::STRING,
            TypeSet::INTEGER,
            TypeSet::FRACTION,
            TypeSet::BOOLEAN,
            TypeSet::NULL,
            TypeSet::OBJECT,
            TypeSet::ARRAY,
        ] {
            if !types.contains(t) {
                continue;
            }
            match t {
                TypeSet::NULL => out.push(Value::Null),
                TypeSet::BOOLEAN => out.extend([json!(true), json!(false)]),
                TypeSet::STRING => out.extend(self.strings(&v).into_iter().map(Value::String)),
                TypeSet::INTEGER | TypeSet::FRACTION => {
                    out.extend(numbers(&v, self.hints.as_ref(), t == TypeSet::INTEGER))
                }
                TypeSet::OBJECT => {
                    if let Some(o) = self.object(&conj, &v, depth, false) {
                        out.push(o);
                    }
                    if many {
                        if let Some(o) = self.object(&conj, &v, depth, true) {
                            out.push(o);
                        }
                    }
                }
                TypeSet::ARRAY => out.extend(self.array(&conj, &v, depth)),
                _ => {}
            }
            if !many && !out.is_empty() && out.iter().any(|x| self.valid(&conj, x)) {
                break;
            }
        }
        out
    }

    /// Candidates for `conj`, the conjunction `whole` with a combinator
    /// replaced by one branch.
    fn raw_with(
        &mut self,
        conj: &[NodeId],
        whole: &[NodeId],
        want: TypeSet,
        depth: usize,
        many: bool,
    ) -> Vec<Value> {
        // The branch is added to the conjunction; the node's other keywords stay (the
        // validator checks the whole node, combinator included, afterwards).
        let mut c = conj.to_vec();
        c.sort_unstable();
        c.dedup();
        let g = self.g;
        // Flattened, so that a branch that is a `$ref` gives its target's
        // properties and items to the object and array built below.
        let c = flatten(g, &c);
        let v = view::view(g, &c);
        let mut out = Vec::new();
        let types = if v.types.intersect(want).is_empty() {
            v.types
        } else {
            v.types.intersect(want)
        };
        if let Some(e) = &v.enums {
            return e.iter().take(64).cloned().collect();
        }
        for t in [
            TypeSet::STRING,
            TypeSet::INTEGER,
            TypeSet::FRACTION,
            TypeSet::BOOLEAN,
            TypeSet::NULL,
            TypeSet::OBJECT,
            TypeSet::ARRAY,
        ] {
            if !types.contains(t) {
                continue;
            }
            match t {
                TypeSet::NULL => out.push(Value::Null),
                TypeSet::BOOLEAN => out.extend([json!(true), json!(false)]),
                TypeSet::STRING => out.extend(self.strings(&v).into_iter().map(Value::String)),
                TypeSet::INTEGER | TypeSet::FRACTION => {
                    out.extend(numbers(&v, self.hints.as_ref(), t == TypeSet::INTEGER))
                }
                TypeSet::OBJECT => out.extend(self.object(&c, &v, depth, false)),
                TypeSet::ARRAY => out.extend(self.array(&c, &v, depth)),
                _ => {}
            }
            // The next type, until one gives a document `whole` accepts (an
            // integer may pass two `oneOf` branches where a fraction passes one).
            if !many && out.iter().any(|x| self.valid(whole, x)) {
                break;
            }
        }
        out
    }

    fn strings(&self, v: &view::View) -> Vec<String> {
        let min = v.min_length.unwrap_or(0).min(4096) as usize;
        let max = v.max_length.map_or(usize::MAX, |m| m as usize);
        let mut out = Vec::new();
        for p in &v.patterns {
            out.extend(self.patterns.samples(p, 4));
        }
        for f in &v.formats {
            out.extend(format_sample(f).map(str::to_owned));
        }
        // "a\nb": ECMA-262's `.` does not match a line break, so `^(.*)$`
        // refuses it (CycloneDX 1.2's strings).
        for base in ["", "a", "0", "A", "-", " ", "a0", "a\nb"] {
            let mut s = base.to_owned();
            while s.chars().count() < min {
                s.push('a');
            }
            out.push(s);
        }
        if max < 4096 {
            out.push("a".repeat(max));
        }
        let mut lengths = vec![16usize, 300];
        if let Some(h) = &self.hints {
            // A bound past any length (`maxLength: 1e20`) has no length beyond it.
            lengths.extend(h.max_length.map(|m| (m as usize).saturating_add(1)));
            lengths.extend(h.min_length.map(|m| (m as usize).saturating_sub(1)));
        }
        for n in lengths {
            if n >= min && n <= max && n <= 4096 {
                out.push("a".repeat(n));
            }
        }
        out.retain(|s| s.chars().count() <= max);
        out
    }

    fn object(&mut self, conj: &Conj, v: &view::View, depth: usize, all: bool) -> Option<Value> {
        self.object_without(conj, v, depth, all, None, None)
    }

    /// As [`Generator::object`], without a value for `skip` (the caller
    /// puts its own there: a value that cannot be built for it does not
    /// keep the rest of the object from being built), with the name
    /// `with` too.
    fn object_without(
        &mut self,
        conj: &Conj,
        v: &view::View,
        depth: usize,
        all: bool,
        skip: Option<&str>,
        with: Option<&str>,
    ) -> Option<Value> {
        let members = self.members(conj, v, depth, all, skip, with)?;
        Some(Value::Object(
            members
                .into_iter()
                .filter_map(|(name, value)| value.map(|(x, _)| (name, x)))
                .collect(),
        ))
    }

    /// The members of [`Generator::object_without`], in order, `skip`
    /// among them without a value when the object has it, `with` among
    /// them (the name whose dependent schema alone evaluates `skip`).
    fn members(
        &mut self,
        conj: &Conj,
        v: &view::View,
        depth: usize,
        all: bool,
        skip: Option<&str>,
        with: Option<&str>,
    ) -> Option<Vec<Member>> {
        let mut names: Vec<String> = v.required.iter().map(|r| (*r).to_owned()).collect();
        if all {
            names.extend(v.declared.iter().map(|d| (*d).to_owned()));
        }
        if let Some(on) = with.filter(|on| !names.iter().any(|n| n == on)) {
            names.push(on.to_owned());
        }
        self.spend(names.len() + v.declared.len());
        let min = v.min_properties.unwrap_or(0) as usize;
        // Declared names not chosen, for `minProperties`: listed only when
        // asked for, and against a set (an object of 5,000 required names).
        let mut extra: Option<std::vec::IntoIter<String>> = None;
        while names.len() < min.min(64) {
            let extra = extra.get_or_insert_with(|| {
                let chosen: HashSet<&str> = names.iter().map(String::as_str).collect();
                v.declared
                    .iter()
                    .filter(|d| !chosen.contains(**d))
                    .map(|d| (*d).to_owned())
                    .collect::<Vec<_>>()
                    .into_iter()
            });
            match extra.next() {
                Some(n) => names.push(n),
                None => names.push(format!("x{}", names.len())),
            }
        }
        // Dependent requirements of the chosen names.
        let mut i = 0;
        while i < names.len() && names.len() < 256 {
            for (k, deps) in &v.dependent_required {
                if *k == names[i] {
                    for d in deps.iter() {
                        if !names.contains(d) {
                            names.push(d.clone());
                        }
                    }
                }
            }
            i += 1;
        }
        // A name only a subschema that may pass evaluates (a dependent
        // schema's) gets that subschema's schema, not `false`: the object
        // is validated after.
        let properties = view::Properties::leaning(self.g, self.patterns, conj, view::Lean::Sub);
        let mut seen: HashSet<String> = HashSet::default();
        let mut out = Vec::new();
        for name in names {
            if !seen.insert(name.clone()) {
                continue;
            }
            if skip == Some(name.as_str()) {
                out.push((name, None));
                continue;
            }
            let (schema, _) = properties.get(&name);
            let before = self.budget;
            let value = self.instance_at(&schema, TypeSet::ALL, depth + 1)?;
            out.push((name, Some((value, before - self.budget))));
        }
        Some(out)
    }

    /// The object of `conj` that [`Generator::embed`] puts a value for
    /// `key` into, without one for `key`: as [`Generator::object_without`]
    /// builds it, from the whole object kept when one was built for a
    /// sibling (the budget it takes charged as building it would, and
    /// built when less is left). The schema's view is made only to build
    /// (of 5,000 properties, it was most of putting each sibling in).
    fn base(&mut self, conj: &Conj, key: &str) -> Option<Value> {
        // Where only a dependent schema or a `then` evaluates `key`, the
        // object is built to pass it (its `if` too): the name it depends
        // on, the names the `if` requires, their values as it asks.
        let enabled = view::enabling(self.g, self.patterns, conj, key);
        let conj = enabled.as_ref().map_or(conj, |(c, _)| c);
        let with = enabled.as_ref().and_then(|(_, on)| on.as_deref());
        let Some(kept) = self.kept else {
            let v = view::view(self.g, conj);
            return self.object_without(conj, &v, 0, false, Some(key), with);
        };
        let at = (conj.clone(), self.hint_key.clone());
        let hit = kept.borrow().bases.get(&at).and_then(|whole| {
            let cost: usize = whole
                .members
                .iter()
                .filter(|(name, _, _)| name != key)
                .map(|(_, _, cost)| cost)
                .sum();
            (self.budget >= cost).then(|| {
                let object: Map<String, Value> = whole
                    .members
                    .iter()
                    .filter(|(name, _, _)| name != key)
                    .map(|(name, x, _)| (name.clone(), x.clone()))
                    .collect();
                (cost, whole.members.len(), object)
            })
        });
        if let Some((cost, looked, object)) = hit {
            self.budget -= cost;
            self.spend(looked);
            return Some(Value::Object(object));
        }
        let dry = self.dry;
        let v = view::view(self.g, conj);
        let mut members = self.members(conj, &v, 0, false, Some(key), with)?;
        let object = Value::Object(
            members
                .iter()
                .filter_map(|(name, value)| value.as_ref().map(|(x, _)| (name.clone(), x.clone())))
                .collect(),
        );
        if self.dry != dry {
            return Some(object);
        }
        // The value of `key` too, for the siblings: built on a budget
        // given back after, so that this object costs what it did.
        if let Some(slot) = members.iter_mut().find(|(name, _)| name == key) {
            let (budget, dry) = (self.budget, self.dry);
            let (schema, _) = view::Properties::new(self.g, self.patterns, conj).get(key);
            let value = self.instance_at(&schema, TypeSet::ALL, 1);
            let cost = budget - self.budget;
            let dried = self.dry != dry;
            (self.budget, self.dry) = (budget, dry);
            match value {
                Some(x) if !dried => slot.1 = Some((x, cost)),
                _ => return Some(object),
            }
        }
        let members = members
            .into_iter()
            .filter_map(|(name, value)| value.map(|(x, cost)| (name, x, cost)))
            .collect();
        let mut kept = kept.borrow_mut();
        if kept.bases.len() < MAX_KEPT {
            kept.bases.insert(at, Base { members });
        }
        Some(object)
    }

    /// Arrays of one branch of the `oneOf` `group` of node `id` of `conj`
    /// that another branch refuses: every array a branch gives passes a
    /// sibling too (`[]` passes both `prefixItems: [string]` and
    /// `prefixItems: [{}, integer]`), so the `oneOf` refuses it. The item
    /// at one index the sibling constrains is one the branch accepts there
    /// and the sibling refuses (`[0]`), the items before it built as usual.
    fn escaping_arrays(
        &mut self,
        conj: &Conj,
        id: NodeId,
        group: &[NodeId],
        depth: usize,
    ) -> Vec<Value> {
        let g = self.g;
        let mut out = Vec::new();
        for &b in group.iter().take(MAX_ESCAPED_BRANCHES) {
            let mut c: Conj = conj.iter().copied().filter(|&x| x != id).collect();
            c.push(b);
            let c = flatten(g, &c);
            let v = view::view(g, &c);
            if !v.types.contains(TypeSet::ARRAY) {
                continue;
            }
            for &other in group.iter().take(MAX_ESCAPED_BRANCHES) {
                if other == b {
                    continue;
                }
                let sibling = flatten(g, &[other]);
                let last = view::view(g, &sibling)
                    .prefix_len
                    .clamp(1, MAX_ESCAPED_INDEX);
                for i in 0..last {
                    let theirs = view::item(g, &sibling, i);
                    if theirs.is_empty() {
                        continue;
                    }
                    let ours = view::item(g, &c, i);
                    let values = self.raw(&ours, TypeSet::ALL, depth + 1, true);
                    self.spend(values.len());
                    let Some(x) = values
                        .into_iter()
                        .find(|x| self.valid(&ours, x) && !self.valid(&theirs, x))
                    else {
                        continue;
                    };
                    let mut items = Vec::new();
                    for j in 0..i {
                        match self.instance_at(&view::item(g, &c, j), TypeSet::ALL, depth + 1) {
                            Some(y) => items.push(y),
                            None => break,
                        }
                    }
                    if items.len() < i {
                        continue;
                    }
                    items.push(x);
                    let min = v.min_items.unwrap_or(0).min(64) as usize;
                    while items.len() < min {
                        let next = view::item(g, &c, items.len());
                        match self.instance_at(&next, TypeSet::ALL, depth + 1) {
                            Some(y) => items.push(y),
                            None => break,
                        }
                    }
                    let array = Value::Array(items);
                    if self.valid(conj, &array) {
                        out.push(array);
                        return out;
                    }
                }
            }
        }
        out
    }

    fn array(&mut self, conj: &Conj, v: &view::View, depth: usize) -> Vec<Value> {
        let mut out = vec![];
        let min = v.min_items.unwrap_or(0).min(64) as usize;
        let mut items = Vec::new();
        for i in 0..min {
            let s = view::item_leaning(self.g, conj, i, view::Lean::Sub);
            match self.instance_at(&s, TypeSet::ALL, depth + 1) {
                Some(x) => items.push(x),
                None => return out,
            }
        }
        if !v.contains.is_empty() && items.is_empty() {
            for (c, _, _) in &v.contains {
                // The item `contains` matches is evaluated (2020-12): an
                // `unevaluatedItems` beside it leaves it alone.
                let mut both = view::item_leaning(self.g, conj, 0, view::Lean::Sub);
                both.push(*c);
                if let Some(x) = self.instance_at(&both, TypeSet::ALL, depth + 1) {
                    items.push(x);
                }
            }
        }
        out.push(Value::Array(items));
        out
    }

    /// A document valid under `path[0].0` whose value at the path is `leaf`:
    /// each level is the smallest valid instance of its schema with the
    /// next level put in place.
    pub fn embed(&mut self, path: &[(Conj, Seg)], leaf: Value) -> Option<Value> {
        let mut value = leaf;
        for (conj, seg) in path.iter().rev() {
            match seg {
                Seg::Key(k) => {
                    let base = self
                        .base(conj, k)
                        .unwrap_or_else(|| Value::Object(Map::new()));
                    let Value::Object(mut map) = base else {
                        return None;
                    };
                    map.insert(k.clone(), value);
                    value = Value::Object(map);
                }
                Seg::Index(i) => {
                    let mut items = Vec::new();
                    for j in 0..*i {
                        let s = view::item_leaning(self.g, conj, j, view::Lean::Sub);
                        items.push(self.instance_at(&s, TypeSet::ALL, 1)?);
                    }
                    items.push(value);
                    let min = view::view(self.g, conj).min_items.unwrap_or(0).min(64) as usize;
                    while items.len() < min {
                        let s = view::item_leaning(self.g, conj, items.len(), view::Lean::Sub);
                        items.push(self.instance_at(&s, TypeSet::ALL, 1)?);
                    }
                    value = Value::Array(items);
                }
            }
        }
        Some(value)
    }
}

/// Numbers around the bounds.
fn numbers(v: &view::View, hints: Option<&view::View>, integer: bool) -> Vec<Value> {
    let mut xs: Vec<f64> = vec![0.0, 1.0, -1.0];
    let hint_bounds = hints.map(|h| [h.lower, h.upper]).unwrap_or_default();
    for b in [v.lower, v.upper].into_iter().chain(hint_bounds).flatten() {
        for d in [0.0, 1.0, -1.0, 0.5, -0.5, 2.0, -2.0] {
            xs.push(b.value + d);
        }
        xs.push(b.value.ceil());
        xs.push(b.value.floor());
    }
    if let Some(h) = hints {
        for m in &h.multiples {
            xs.extend([m / 2.0, m + 1.0, 1.0 + m * 0.5]);
        }
    }
    for m in &v.multiples {
        xs.extend([*m, 2.0 * m, -m, 3.0 * m]);
        if let Some(l) = v.lower {
            xs.push((l.value / m).ceil() * m);
            xs.push(((l.value / m).ceil() + 1.0) * m);
        }
    }
    let mut out = Vec::new();
    for x in xs {
        if !x.is_finite() {
            continue;
        }
        let val = if x.fract() == 0.0 && x.abs() < 9.0e15 {
            if integer {
                json!(x as i64)
            } else {
                continue;
            }
        } else if integer {
            continue;
        } else {
            json!(x)
        };
        if !out.contains(&val) {
            out.push(val);
        }
    }
    if !integer {
        out.push(json!(0.5));
    }
    out
}

/// A string of a well-known `format`.
fn format_sample(f: &str) -> Option<&'static str> {
    Some(match f {
        "date-time" => "2024-01-01T00:00:00Z",
        "date" => "2024-01-01",
        "time" => "00:00:00Z",
        "email" => "a@example.com",
        "uri" | "url" => "https://example.com/",
        "uuid" => "00000000-0000-0000-0000-000000000000",
        "ipv4" => "192.0.2.1",
        "ipv6" => "2001:db8::1",
        "hostname" => "example.com",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::doc::SchemaDoc;

    /// Each property of one object embedded in turn: the object built for
    /// the first is kept and the others are put into it, the same
    /// documents as built afresh (member order included) and the same
    /// budget spent; an object too large for the budget is built as
    /// before (not at all).
    #[test]
    fn siblings_are_embedded_in_one_object_as_built_afresh() {
        let doc = SchemaDoc::from_value(json!({
            "type": "object",
            "properties": {
                "a": {"type": "integer"},
                "b": {"type": "object", "properties": {"x": {"type": "string"}}, "required": ["x"]},
                "c": {"enum": ["c0", "c1"]},
                "d": {"type": "boolean"}
            },
            "required": ["c", "a", "b"]
        }))
        .unwrap();
        let (g, id) = crate::graph::root_of(&doc);
        let patterns = Patterns::default();
        let conj = flatten(&g, &[id]);
        let kept = RefCell::default();
        let mut seen = Vec::new();
        for key in ["a", "b", "c", "d", "a"] {
            let path = vec![(conj.clone(), Seg::Key(key.to_owned()))];
            let mut fresh = Generator::new(&g, &patterns);
            let mut keeping = Generator::new(&g, &patterns).keeping(&kept);
            let built = fresh.embed(&path, json!(7));
            let reused = keeping.embed(&path, json!(7));
            assert_eq!(built, reused, "{key}");
            // Compared as text: the order of members is part of the document said.
            assert_eq!(
                built.as_ref().map(Value::to_string),
                reused.as_ref().map(Value::to_string),
                "{key}"
            );
            assert_eq!(fresh.budget, keeping.budget, "{key}");
            seen.push(reused.unwrap().to_string());
        }
        // The required names in order, the embedded one last.
        assert_eq!(seen[0], r#"{"b":{"x":""},"c":"c0","a":7}"#);
        assert_eq!(seen[3], r#"{"a":0,"b":{"x":""},"c":"c0","d":7}"#);
        assert_eq!(kept.borrow().bases.len(), 1);
        // Less budget left than the kept object takes: built afresh, and
        // it runs dry as a fresh build does.
        let path = vec![(conj.clone(), Seg::Key("d".to_owned()))];
        let mut fresh = Generator::new(&g, &patterns).at_most(2);
        let mut keeping = Generator::new(&g, &patterns).keeping(&kept).at_most(2);
        assert_eq!(fresh.embed(&path, json!(7)), keeping.embed(&path, json!(7)));
        assert_eq!(fresh.budget, keeping.budget);
        assert_eq!(fresh.dry, keeping.dry);
    }
}
