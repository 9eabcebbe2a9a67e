//! Counterexamples the sub side's own `oneOf` refuses, repaired.
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
//! the validator against all three.

use serde_json::{json, Value};

use crate::generate::{Generator, Seg};
use crate::graph::Graph;
use crate::pattern::Patterns;
use crate::types::TypeSet;
use crate::validate::{Tri, Validator};
use crate::view::{self, flatten, Conj};

/// The most property names tried against one sibling branch.
const MAX_NAMES: usize = 48;

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
    whole: &Conj,
    branch: &Conj,
    sup: &Conj,
    local: &Value,
) -> Option<Value> {
    let valid = |conj: &[u32], v: &Value| Validator::new(g, patterns).validate_all(conj, v);
    if valid(whole, local) == Tri::Valid || !local.is_object() {
        return None;
    }
    let required = view::view(g, branch).required;
    let mut doc = local.clone();
    for &id in whole {
        let group = &g.node(id).one_of;
        if group.len() < 2 {
            continue;
        }
        for &br in group {
            let sibling = flatten(g, &[br]);
            // The branch compared is the one `branch` is made of.
            if sibling.iter().all(|x| branch.contains(x)) || valid(&sibling, &doc) != Tri::Valid {
                continue;
            }
            let seen = view::view(g, &sibling);
            let mut names: Vec<String> = seen.declared.clone();
            names.extend(seen.required.iter().cloned());
            names.sort();
            names.dedup();
            let mut refused = false;
            'names: for name in names.into_iter().take(MAX_NAMES) {
                let mut options: Vec<Option<Value>> = Vec::new();
                if doc.get(&name).is_some() && !required.contains(&name) {
                    options.push(None);
                }
                let (own, _) = view::property(g, patterns, branch, &name);
                options.extend(
                    Generator::new(g, patterns)
                        .candidates(&own, TypeSet::ALL)
                        .into_iter()
                        .take(6)
                        .map(Some),
                );
                options.extend(
                    [
                        json!(0),
                        json!(""),
                        json!(null),
                        json!(true),
                        json!([]),
                        json!({}),
                    ]
                    .into_iter()
                    .map(Some),
                );
                for option in options {
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
                    if valid(&sibling, &changed) == Tri::Invalid
                        && valid(branch, &changed) == Tri::Valid
                        && valid(sup, &changed) == Tri::Invalid
                    {
                        doc = changed;
                        refused = true;
                        break 'names;
                    }
                }
            }
            if !refused {
                return None;
            }
        }
    }
    (valid(whole, &doc) == Tri::Valid
        && valid(branch, &doc) == Tri::Valid
        && valid(sup, &doc) == Tri::Invalid)
        .then_some(doc)
}
