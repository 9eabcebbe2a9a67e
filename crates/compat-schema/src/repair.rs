//! Counterexamples repaired: ones the sub side's own `oneOf` refuses, and
//! ones another branch of the sup side's union accepts.
//!
//! The subset check splits a `oneOf` of the sub side branch by branch and
//! compares each branch alone, so a document it builds for one branch may
//! pass a sibling branch too, and then the whole sub side (exactly one
//! branch) refuses it. GitHub's secret-scanning locations are such a case:
//! a location that is both a discussion title and an issue title passes
//! two of the old `oneOf`'s branches (so the old schema refuses it) and two
//! of the new one's. The new issue-title branch types `html_url` (a string)
//! where the old one left it open, so the same document with `"html_url":
//! 0` passes only the new discussion-title branch: valid under the new
//! schema, refused by the old.
//!
//! [`sibling_free`] looks for such a document: it changes the properties a
//! sibling branch declares or requires, one at a time, until each sibling
//! refuses the document, keeping it valid under the branch compared and
//! invalid under the other side. Every document it returns is checked with
//! the validator against all three. Where no change of one property
//! does, a difference between a branch of the sup side that accepts the
//! document and the sibling, found by the subset check at any depth (an
//! enum value of an array item's property), is put in its place.
//!
//! An array is changed the same way, one item at a time
//! ([`item_refused`]): `[]`, which both `prefixItems: [string]` and
//! `prefixItems: [{}, integer]` accept, becomes `[0]`.
//!
//! [`escape`] does the same on the other side: a difference found against
//! one branch of the sup side's `anyOf`/`oneOf`, whose whole documents
//! another branch of it accepts, is shown with a document changed until no
//! branch accepts it, and says which open names it took to get there.

use std::cell::{Cell, RefCell};

use foldhash::HashMap;
use serde_json::{json, Value};

use crate::check::Checker;
use crate::generate::{Generator, Kept, Seg};
use crate::graph::Graph;
use crate::pattern::Patterns;
use crate::types::TypeSet;
use crate::validate::{json_key, Tri, Validator};
use crate::view::{self, flatten, Conj};

/// The most property names tried against one sibling branch.
const MAX_NAMES: usize = 48;
/// The most changed documents [`sibling_free`] validates whole.
const MAX_TRIES: usize = 64;

/// The sub side's whole schema at the end of `path` (a suspect's place),
/// before any `oneOf` there was split: the property's or item's schema
/// in the level above, or the root `root` for the document itself.
pub fn whole_at(g: &Graph<'_>, patterns: &Patterns, path: &[(Conj, Seg)], root: &Conj) -> Conj {
    match path.last() {
        None => root.clone(),
        Some((parent, Seg::Key(k))) => view::property(g, patterns, parent, k).0,
        Some((parent, Seg::Index(i))) => view::item(g, parent, *i),
    }
}

/// `local` (valid under `branch` and invalid under `sup`) changed so that
/// `whole` accepts it as well: every branch of a `oneOf` of `whole` other
/// than the one `branch` is made of refuses it. `None` when no such change
/// was found.
pub fn sibling_free(
    g: &Graph<'_>,
    patterns: &Patterns,
    kept: &RefCell<Kept>,
    whole: &Conj,
    branch: &Conj,
    sup: &Conj,
    local: &Value,
) -> Option<Value> {
    let apart = Apart {
        g,
        patterns,
        kept,
        branch,
        sup,
    };
    let valid = |conj: &[u32], v: &Value| apart.valid(conj, v);
    // Only a `oneOf` of `whole` that `branch` was split from can refuse
    // what `branch` accepts (checked before validating anything: dear).
    let split = |id: &u32| {
        let group = &g.node(*id).one_of;
        group.len() > 1
            && group
                .iter()
                .any(|&br| flatten(g, &[br]).iter().all(|x| branch.contains(x)))
    };
    if !(local.is_object() || local.is_array())
        || !whole.iter().any(split)
        || valid(whole, local) == Tri::Valid
    {
        return None;
    }
    if local.is_array() {
        let mut doc = local.clone();
        for &id in whole.iter().filter(|id| split(id)) {
            for &br in &g.node(id).one_of {
                let sibling = flatten(g, &[br]);
                if sibling.iter().all(|x| branch.contains(x)) || valid(&sibling, &doc) != Tri::Valid
                {
                    continue;
                }
                doc = item_refused(&apart, &sibling, &doc)?;
            }
        }
        return (valid(whole, &doc) == Tri::Valid).then_some(doc);
    }
    let required = view::view(g, branch).required;
    let mut doc = local.clone();
    let mut tries = 0;
    for &id in whole.iter().filter(|id| split(id)) {
        for &br in &g.node(id).one_of {
            let sibling = flatten(g, &[br]);
            // The branch compared is the one `branch` is made of.
            if sibling.iter().all(|x| branch.contains(x)) || valid(&sibling, &doc) != Tri::Valid {
                continue;
            }
            let seen = view::view(g, &sibling);
            let mut names: Vec<String> = seen
                .declared
                .iter()
                .chain(seen.required.iter())
                .map(|n| (*n).to_owned())
                .collect();
            names.sort();
            names.dedup();
            names.truncate(MAX_NAMES);
            let mut refused = false;
            // Plain values first, then values built for the branch's
            // property (dearer).
            'names: for (name, built) in [false, true]
                .into_iter()
                .flat_map(|built| names.iter().map(move |n| (n, built)))
            {
                let name = name.clone();
                let options: Vec<Option<Value>> = if built {
                    let (own, _) = view::property(g, patterns, branch, &name);
                    own_values(g, patterns, kept, &own)
                } else {
                    let mut plain = plain_values();
                    if doc.get(&name).is_some() && !required.contains(&name.as_str()) {
                        plain.insert(0, None);
                    }
                    plain
                };
                // Only a change the sibling refuses at the property itself
                // is tried on the whole document (validating it is dear).
                let (theirs, _) = view::property(g, patterns, &sibling, &name);
                let refuses = |option: &Option<Value>| match option {
                    None => seen.required.contains(&name.as_str()),
                    Some(v) => valid(&theirs, v) == Tri::Invalid,
                };
                for option in options.into_iter().filter(refuses) {
                    tries += 1;
                    if tries > MAX_TRIES {
                        break 'names;
                    }
                    let mut changed = doc.clone();
                    let map = changed.as_object_mut()?;
                    match option {
                        None => {
                            map.remove(&name);
                        }
                        Some(v) => {
                            map.insert(name.clone(), v);
                        }
                    }
                    if apart.done(&sibling, &changed) {
                        doc = changed;
                        refused = true;
                        break 'names;
                    }
                }
            }
            if !refused {
                doc = deep_refusal(&apart, &sibling, &doc)?;
            }
        }
    }
    (valid(whole, &doc) == Tri::Valid
        && valid(branch, &doc) == Tri::Valid
        && valid(sup, &doc) == Tri::Invalid)
        .then_some(doc)
}

/// What a document valid under `branch` (a branch of a `oneOf` of the
/// sub side) and a sibling branch, and refused by `sup`, is changed
/// against: until the sibling refuses it, `branch` still accepts it and
/// `sup` still refuses it.
struct Apart<'s, 'd> {
    g: &'s Graph<'d>,
    patterns: &'s Patterns,
    kept: &'s RefCell<Kept>,
    branch: &'s Conj,
    sup: &'s Conj,
}

impl Apart<'_, '_> {
    fn valid(&self, conj: &[u32], v: &Value) -> Tri {
        Validator::new(self.g, self.patterns).validate_all(conj, v)
    }

    /// Whether `changed` is what is looked for: `sibling` refuses it,
    /// `branch` accepts it and `sup` refuses it.
    fn done(&self, sibling: &Conj, changed: &Value) -> bool {
        self.valid(sibling, changed) == Tri::Invalid
            && self.valid(self.branch, changed) == Tri::Valid
            && self.valid(self.sup, changed) == Tri::Invalid
    }
}

/// The most branches of `sup`'s `oneOf`s that [`deep_refusal`] compares
/// with a sibling, and the most of their differences it puts in place.
const MAX_DEEP_BRANCHES: usize = 2;
const MAX_DEEP_CHANGES: usize = 16;

/// `doc` (valid under `branch` and `sibling`, refused by `sup` because two
/// branches of a `oneOf` of it accept it) changed below its top level so
/// that `sibling` refuses it while `branch` still accepts it and `sup`
/// still refuses it: a difference of a `sup` branch that accepts `doc`
/// from `sibling` (found by the subset check, on a checker of its own: a
/// value at its place, such as an enum value of an array item's
/// property) put in its place. GitHub's projects item `content`: an issue
/// that is a draft issue too passes 21.0.0's issue and draft issue, and
/// 23.0.2's; with an `issue_field_values` item whose `data_type` only
/// 23.0.2 lists, 21.0.0's issue refuses it, so one 21.0.0 branch accepts
/// it and two 23.0.2 branches do.
fn deep_refusal(apart: &Apart<'_, '_>, sibling: &Conj, doc: &Value) -> Option<Value> {
    let (g, patterns, kept, sup) = (apart.g, apart.patterns, apart.kept, apart.sup);
    let valid = |conj: &[u32], v: &Value| apart.valid(conj, v);
    let mut accepting: Vec<Conj> = Vec::new();
    for &y in sup {
        let group = &g.node(y).one_of;
        if group.len() < 2 {
            continue;
        }
        let rest: Conj = sup.iter().copied().filter(|&x| x != y).collect();
        for &br in group {
            let mut c = rest.clone();
            c.push(br);
            let c = flatten(g, &c);
            if accepting.len() < MAX_DEEP_BRANCHES && valid(&c, doc) == Tri::Valid {
                accepting.push(c);
            }
        }
    }
    for m in accepting {
        let mut checker = Checker::new(g, patterns);
        checker.check(&m, sibling);
        let changes = checker
            .suspects
            .iter()
            .flat_map(|s| s.local.iter().chain(&s.others).map(move |v| (&s.path, v)))
            .take(MAX_DEEP_CHANGES);
        for (path, value) in changes {
            let Some(changed) = graft(g, patterns, kept, doc, path, value.clone()) else {
                continue;
            };
            if apart.done(sibling, &changed) {
                return Some(changed);
            }
        }
    }
    None
}

/// `doc` with `leaf` at `path` (a suspect's, from `doc`'s level): the
/// levels `doc` has are kept, the first it lacks is built around the
/// rest ([`Generator::embed`]); an array takes an item only next to its
/// last one.
fn graft(
    g: &Graph<'_>,
    patterns: &Patterns,
    kept: &RefCell<Kept>,
    doc: &Value,
    path: &[(Conj, Seg)],
    leaf: Value,
) -> Option<Value> {
    let Some(last) = path.len().checked_sub(1) else {
        return Some(leaf);
    };
    // How deep `doc` has the path (every level but the last).
    let mut depth = 0;
    let mut at = doc;
    while depth < last {
        let next = match (&path[depth].1, at) {
            (Seg::Key(k), Value::Object(m)) => m.get(k),
            (Seg::Index(i), Value::Array(items)) => items.get(*i),
            _ => None,
        };
        let Some(next) = next else { break };
        at = next;
        depth += 1;
    }
    let value = if depth == last {
        leaf
    } else {
        Generator::new(g, patterns)
            .keeping(kept)
            .embed(&path[depth + 1..], leaf)?
    };
    let mut out = doc.clone();
    let pointer = crate::check::Checker::pointer(&path[..depth]);
    let parent = out.pointer_mut(&pointer)?;
    match (&path[depth].1, parent) {
        (Seg::Key(k), Value::Object(m)) => {
            m.insert(k.clone(), value);
        }
        (Seg::Index(i), Value::Array(items)) if *i < items.len() => items[*i] = value,
        (Seg::Index(i), Value::Array(items)) if *i == items.len() => items.push(value),
        _ => return None,
    }
    Some(out)
}

/// What the searches of one comparison around unions ([`escape`]) found
/// at a property already: whether a value is refused by a target
/// branch's schemas of a property and let through by the sub side's
/// ([`refuse`]). A comparison's searches go round the same components
/// (Stripe's: 64 searches per response, each through every union above
/// its place), and ask the same of the same values. Kept for one
/// comparison only, so that its work is the same whichever comparisons
/// came before.
#[derive(Debug, Default)]
pub struct Asked {
    tried: HashMap<(Conj, Conj, String), bool>,
}

impl Asked {
    /// Forgets what was asked (a new comparison).
    pub fn clear(&mut self) {
        self.tried.clear();
    }
}

/// What [`escape`] changed a document into: the document, and the
/// properties it was given that the sub side's content model leaves open
/// there (a break shown with them holds under the strict policy only).
pub struct Escaped {
    /// The document at the union's place.
    pub doc: Value,
    /// Names given a value the sub side does not declare, sorted.
    pub open: Vec<String>,
}

/// How deep below a union's place [`refuse`] changes a document.
const MAX_NESTED: usize = 2;

/// `doc` (valid under `sub`, the sub side at a union's place) changed so
/// that no branch of the `anyOf`s and `oneOf`s of `sup` (the sup side
/// there) accepts it, and `sup` refuses it, while `sub` still accepts it:
/// a property a branch declares or requires is given a value the branch
/// refuses, or left out, one at a time (names the sub side declares
/// first, then names it leaves open). `keep` is the property on the path
/// to the difference, which is left alone. GitHub's issue timeline: the
/// new `issue-type-added-issue-event` is no old event kind, but the old
/// `added-to-project-issue-event` and the commented events accept such
/// an object unless `project_card` or `comments` says otherwise. The
/// steps of every validation it runs are added to `work`.
#[allow(clippy::too_many_arguments)]
pub fn escape(
    g: &Graph<'_>,
    patterns: &Patterns,
    kept: &RefCell<Kept>,
    sub: &Conj,
    sup: &Conj,
    doc: &Value,
    keep: Option<&str>,
    work: &Cell<usize>,
    asked: &RefCell<Asked>,
) -> Option<Escaped> {
    let valid = |conj: &[u32], v: &Value| validate(g, patterns, work, conj, v);
    if !doc.is_object() || valid(sub, doc) != Tri::Valid {
        return None;
    }
    let mut doc = doc.clone();
    let mut open: Vec<String> = Vec::new();
    for &y in sup {
        let n = g.node(y);
        let group = if n.any_of.is_empty() {
            &n.one_of
        } else {
            &n.any_of
        };
        if group.len() < 2 {
            continue;
        }
        let rest: Conj = sup.iter().copied().filter(|&x| x != y).collect();
        let branches: Vec<Conj> = group
            .iter()
            .map(|&br| {
                let mut c = rest.clone();
                c.push(br);
                flatten(g, &c)
            })
            .collect();
        let accepting = |d: &Value| {
            branches
                .iter()
                .filter(|b| valid(b, d) == Tri::Valid)
                .count()
        };
        for branch in &branches {
            if valid(branch, &doc) != Tri::Valid {
                continue;
            }
            let before = accepting(&doc);
            let fewer = |d: &Value| accepting(d) < before;
            let (changed, taken) = refuse(
                g, patterns, sub, branch, &doc, keep, 0, &fewer, kept, work, asked,
            )?;
            doc = changed;
            open.extend(taken);
        }
    }
    open.sort();
    open.dedup();
    (valid(sub, &doc) == Tri::Valid && valid(sup, &doc) == Tri::Invalid)
        .then_some(Escaped { doc, open })
}

/// `v` validated against `conj`, the validator's steps added to `work`.
fn validate(
    g: &Graph<'_>,
    patterns: &Patterns,
    work: &Cell<usize>,
    conj: &[u32],
    v: &Value,
) -> Tri {
    let mut validator = Validator::new(g, patterns);
    let t = validator.validate_all(conj, v);
    work.set(work.get() + validator.steps());
    t
}

/// `doc` changed so that `target` refuses it, `sub` accepts it and `ok`
/// holds: one property `target` declares or requires (not `keep`) given
/// another value or left out, or, failing that, changed the same way one
/// level down. Returns the document and the names given a value that
/// `sub` leaves open.
#[allow(clippy::too_many_arguments)]
fn refuse(
    g: &Graph<'_>,
    patterns: &Patterns,
    sub: &Conj,
    target: &Conj,
    doc: &Value,
    keep: Option<&str>,
    depth: usize,
    ok: &dyn Fn(&Value) -> bool,
    kept: &RefCell<Kept>,
    work: &Cell<usize>,
    asked: &RefCell<Asked>,
) -> Option<(Value, Vec<String>)> {
    let valid = |conj: &[u32], v: &Value| validate(g, patterns, work, conj, v);
    let map = doc.as_object()?;
    let required = view::view(g, sub).required;
    let seen = view::view(g, target);
    let mut names: Vec<(bool, String)> = seen
        .declared
        .iter()
        .chain(seen.required.iter())
        .filter(|n| keep != Some(**n))
        .map(|n| {
            let open = view::property(g, patterns, sub, n).1 == view::Origin::Open;
            (open, (*n).to_owned())
        })
        .collect();
    // Names the sub side declares first: a value of one it leaves open
    // shows a break only under the strict policy.
    names.sort();
    names.dedup();
    names.truncate(MAX_NAMES);
    let fits = |changed: &Value| {
        valid(target, changed) == Tri::Invalid && valid(sub, changed) == Tri::Valid && ok(changed)
    };
    // Names the sub side declares with plain values, then with values
    // built for its property; names it leaves open with plain values.
    let passes = [(false, false), (false, true), (true, false)];
    for ((open, name), built) in passes.into_iter().flat_map(|(open, built)| {
        names
            .iter()
            .filter(move |(o, _)| *o == open)
            .map(move |n| (n, built))
    }) {
        let options: Vec<Option<Value>> = if built {
            let (own, _) = view::property(g, patterns, sub, name);
            own_values(g, patterns, kept, &own)
        } else {
            let mut plain = plain_values();
            if map.contains_key(name) && !required.contains(&name.as_str()) {
                plain.insert(0, None);
            }
            plain
        };
        // Only a change the target refuses at the property itself, and
        // the sub side's own schemas of the property do not (the whole
        // document is checked against them too, and they would refuse
        // it), is tried on the whole document: validating it is dear.
        // Stripe's expandable fields, typed alike on both sides, made
        // nine tenths of a response's comparison in tries both refused.
        let (theirs, _) = view::property(g, patterns, target, name);
        let mine = view::applied(g, patterns, sub, name);
        let refuses = |option: &Option<Value>| match option {
            None => seen.required.contains(&name.as_str()),
            Some(v) => {
                let key = (theirs.clone(), mine.clone(), json_key(v));
                if let Some(&r) = asked.borrow().tried.get(&key) {
                    return r;
                }
                let r = valid(&theirs, v) == Tri::Invalid && valid(&mine, v) != Tri::Invalid;
                asked.borrow_mut().tried.insert(key, r);
                r
            }
        };
        for option in options.into_iter().filter(refuses) {
            let given = option.is_some();
            let mut changed = map.clone();
            match option {
                None => {
                    changed.remove(name);
                }
                Some(v) => {
                    changed.insert(name.clone(), v);
                }
            }
            let changed = Value::Object(changed);
            if fits(&changed) {
                let taken = if given && *open {
                    vec![name.clone()]
                } else {
                    Vec::new()
                };
                return Some((changed, taken));
            }
        }
    }
    // The array on the path to the difference keeps its items, and may
    // take one more after them (GitHub's add-labels body: a string label
    // beside an object one, which neither old branch accepts).
    if let Some(Value::Array(items)) = keep.and_then(|k| map.get(k)) {
        let name = keep.unwrap_or_default();
        let (own, _) = view::property(g, patterns, sub, name);
        let next = view::item(g, &own, items.len());
        for item in Generator::new(g, patterns)
            .keeping(kept)
            .candidates(&next, TypeSet::ALL)
            .into_iter()
            .take(8)
        {
            let mut longer = items.clone();
            longer.push(item);
            let mut changed = map.clone();
            changed.insert(name.to_owned(), Value::Array(longer));
            let changed = Value::Object(changed);
            if fits(&changed) {
                return Some((changed, Vec::new()));
            }
        }
    }
    if depth >= MAX_NESTED {
        return None;
    }
    for (_, name) in &names {
        let (own, _) = view::property(g, patterns, sub, name);
        let (theirs, _) = view::property(g, patterns, target, name);
        // The value there, or objects the sub side allows there.
        let inners: Vec<Value> = match map.get(name) {
            Some(v) => vec![v.clone()],
            None => Generator::new(g, patterns)
                .keeping(kept)
                .candidates(&own, TypeSet::OBJECT)
                .into_iter()
                .take(2)
                .collect(),
        };
        for inner in inners.iter().filter(|v| v.is_object()) {
            let Some((value, taken)) = refuse(
                g,
                patterns,
                &own,
                &theirs,
                inner,
                None,
                depth + 1,
                &|_| true,
                kept,
                work,
                asked,
            ) else {
                continue;
            };
            let mut changed = map.clone();
            changed.insert(name.clone(), value);
            let changed = Value::Object(changed);
            if fits(&changed) {
                return Some((changed, taken));
            }
        }
    }
    None
}

/// The most item indexes [`item_refused`] changes.
const MAX_INDEX: usize = 4;

/// `doc`, an array valid under `branch` and `sibling` and refused by
/// `sup`, with one item changed (or added after the last, built items
/// before it) to a value
/// `branch` accepts there and `sibling` refuses, `branch` accepting and
/// `sup` refusing the whole: `[]` under `prefixItems: [{}, integer]`
/// beside a sibling `prefixItems: [string]` becomes `[0]`.
fn item_refused(apart: &Apart<'_, '_>, sibling: &Conj, doc: &Value) -> Option<Value> {
    let (g, patterns, kept, branch) = (apart.g, apart.patterns, apart.kept, apart.branch);
    let valid = |conj: &[u32], v: &Value| apart.valid(conj, v);
    let items = doc.as_array()?;
    let last = view::view(g, sibling)
        .prefix_len
        .max(items.len())
        .clamp(1, MAX_INDEX);
    let mut tries = 0;
    // The items before an index past the last: the first value built for each.
    let mut before = items.clone();
    for i in 0..last {
        if before.len() < i {
            let filler = own_values(g, patterns, kept, &view::item(g, branch, before.len()));
            before.push(filler.into_iter().flatten().next()?);
        }
        let theirs = view::item(g, sibling, i);
        if theirs.is_empty() {
            continue;
        }
        let ours = view::item(g, branch, i);
        let mut options = plain_values();
        options.extend(own_values(g, patterns, kept, &ours));
        for v in options.into_iter().flatten() {
            if valid(&theirs, &v) != Tri::Invalid || valid(&ours, &v) != Tri::Valid {
                continue;
            }
            tries += 1;
            if tries > MAX_TRIES {
                return None;
            }
            let mut changed = before.clone();
            match changed.get_mut(i) {
                Some(slot) => *slot = v,
                None => changed.push(v),
            }
            let changed = Value::Array(changed);
            if apart.done(sibling, &changed) {
                return Some(changed);
            }
        }
    }
    None
}

/// Values of no particular schema, each of another type: one of them is
/// usually what a typed property refuses.
fn plain_values() -> Vec<Option<Value>> {
    [
        json!(0),
        json!(""),
        json!(null),
        json!(true),
        json!([]),
        json!({}),
    ]
    .into_iter()
    .map(Some)
    .collect()
}

/// A few values built for `conj` (kept across a comparer's documents).
fn own_values(
    g: &Graph<'_>,
    patterns: &Patterns,
    kept: &RefCell<Kept>,
    conj: &Conj,
) -> Vec<Option<Value>> {
    Generator::new(g, patterns)
        .keeping(kept)
        .candidates(conj, TypeSet::ALL)
        .into_iter()
        .take(6)
        .map(Some)
        .collect()
}

#[cfg(test)]
mod tests {
    //! The search around a union ([`escape`]) finds what it found before,
    //! and tries on the whole document only changes the sub side lets
    //! through at the property.

    use super::*;
    use crate::doc::{Location, SchemaDoc};
    use crate::graph::ReadOptions;

    /// An object of 40 required string members under the sub side, and
    /// the sup side's `anyOf` of a string and the same object (Stripe's
    /// expandable field), whose `b` is a string; the sub side's `b` is
    /// `b_type`. Returns the `b` of the document [`escape`] found, if it
    /// found one, and the validator steps it took, with what `asked` holds
    /// from earlier searches (of the same comparison).
    fn search_with(b_type: serde_json::Value, asked: &RefCell<Asked>) -> (Option<Value>, usize) {
        let names: Vec<String> = (0..40).map(|i| format!("p{i:02}")).collect();
        let properties = |b: serde_json::Value| {
            let mut m: serde_json::Map<String, Value> = names
                .iter()
                .map(|n| (n.clone(), json!({"type": "string"})))
                .collect();
            m.insert("b".into(), json!({ "type": b }));
            Value::Object(m)
        };
        let doc = SchemaDoc::from_value(json!({"$defs": {
            "new": {"type": "object", "required": names, "properties": properties(b_type)},
            "old": {"type": "object", "required": names, "properties": properties(json!("string"))},
            "field": {"anyOf": [{"type": "string", "maxLength": 5000}, {"$ref": "#/$defs/old"}]},
        }}))
        .unwrap();
        let mut g = Graph::new(&doc, &doc, ReadOptions::default());
        let at = |p: &str| Location {
            doc: 0,
            pointer: p.into(),
        };
        let sub = g.root(1, &at("/$defs/new")).unwrap();
        let sup = g.root(0, &at("/$defs/field")).unwrap();
        let patterns = Patterns::default();
        let kept = RefCell::default();
        let work = Cell::new(0);
        let instance: serde_json::Map<String, Value> =
            names.iter().map(|n| (n.clone(), json!(""))).collect();
        let found = escape(
            &g,
            &patterns,
            &kept,
            &flatten(&g, &[sub]),
            &flatten(&g, &[sup]),
            &Value::Object(instance),
            None,
            &work,
            asked,
        );
        (found.map(|e| e.doc["b"].clone()), work.get())
    }

    /// [`search_with`], the first search of its comparison.
    fn search(b_type: serde_json::Value) -> (Option<Value>, usize) {
        search_with(b_type, &RefCell::default())
    }

    #[test]
    fn a_change_the_sub_side_refuses_at_the_property_is_not_tried_whole() {
        // Typed alike on both sides: no member can be changed so that the
        // old object refuses it and the new one accepts it.
        let (found, steps) = search(json!("string"));
        assert_eq!(found, None);
        // Each of 41 names, five values that both sides refuse at the
        // property: checked there (two small validations each, 822 steps
        // in all), not with two validations of the 40-member object each
        // (9,637 steps before).
        assert!(steps < 2_000, "{steps} steps");
        // The new `b` also takes integers: the old object refuses `b: 0`,
        // the new one accepts it, and no branch of the union does.
        let (found, steps) = search(json!(["string", "integer"]));
        assert_eq!(found, Some(json!(0)));
        assert!(steps < 2_000, "{steps} steps");
    }

    #[test]
    fn a_search_again_in_one_comparison_asks_nothing_again_at_the_properties() {
        // No document (every value tried at 41 properties), and one found
        // at the first name tried (`b`).
        for (b, fewer) in [(json!("string"), 3), (json!(["string", "integer"]), 1)] {
            let asked = RefCell::default();
            let first = search_with(b.clone(), &asked);
            let again = search_with(b.clone(), &asked);
            assert_eq!(first.0, again.0, "{b}");
            // Only the whole documents are validated again.
            assert!(again.1 * fewer < first.1, "{b}: {first:?} then {again:?}");
            // Forgotten for the next comparison: asked again, as the first time.
            asked.borrow_mut().clear();
            assert_eq!(search_with(b.clone(), &asked), first, "{b}");
        }
    }
}
