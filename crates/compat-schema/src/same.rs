//! Schemas that are the same on both sides, found before they are compared:
//! most of a large description does not change from one release to the
//! next, and a component reached from hundreds of places (GitHub's
//! `repository`) would otherwise be checked keyword by keyword, branch by
//! branch, wherever a comparison that differs elsewhere meets it.
//!
//! Two nodes are the same when they say the same keyword for keyword
//! ([`crate::graph::Node::same_keywords`]) and their subschemas, keyword
//! for keyword, are the same in turn: the nodes as the graph read them, so
//! the dialect each was read under (`$ref` beside other keywords before
//! 2019-09, `exclusiveMinimum` as a flag or a number, OpenAPI 3.0's
//! `nullable`) and the references resolved (base URIs, `$id`) are already
//! in them, and the nodes the graph builds itself (a `discriminator`'s
//! branches, the core beside a union) are compared as any other. A
//! reference cycle is a pair met again while it is being compared, assumed
//! the same: the pairs met make a relation in which every pair's keywords
//! agree and its subschemas' pairs are in it again, so each pair accepts
//! the same documents (by induction on the document). Nothing is hashed:
//! the answer is exact, never a collision.
//!
//! Two conjunctions are the same when their nodes are, one for one
//! (`unevaluated*` depends on the whole conjunction, which is then the
//! same too). The check ([`crate::check`]) then holds at once both ways:
//! neither side accepts a document the other rejects, so nothing is lost
//! (no suspect, no counterexample, no undecided question can come of it).

use std::cell::RefCell;
use std::rc::Rc;

use foldhash::HashMap;

use crate::graph::{Graph, NodeId};

/// The most pairs one question walks; past it the nodes are not the same
/// (compared as before).
const MAX_WALK: usize = 200_000;

/// The answers found so far, for the checks of one comparer: shared by its
/// checkers, its trials' and its searches' (a clone shares them). They
/// depend on the graph alone, never on what a check assumes.
#[derive(Debug, Default, Clone)]
pub struct Same {
    known: Rc<RefCell<Known>>,
}

/// What [`Same`] shares.
#[derive(Debug, Default)]
struct Known {
    /// Pairs (either side first) and whether they are the same.
    known: HashMap<(NodeId, NodeId), bool>,
    /// How many pairs the walks met, over all questions.
    walked: usize,
}

impl Same {
    /// Whether the conjunctions `a` and `b` (flattened) are the same, node for node.
    pub fn conj(&self, g: &Graph<'_>, a: &[NodeId], b: &[NodeId]) -> bool {
        self.known.borrow_mut().conj(g, a, b)
    }

    /// Whether nodes `x` and `y` are the same, with everything below them
    /// (see [`Known::nodes`]); the check asks through [`Same::conj`].
    #[cfg(test)]
    pub fn nodes(&self, g: &Graph<'_>, x: NodeId, y: NodeId) -> bool {
        self.known.borrow_mut().nodes(g, x, y)
    }
}

impl Known {
    fn conj(&mut self, g: &Graph<'_>, a: &[NodeId], b: &[NodeId]) -> bool {
        if a.len() != b.len() || a.is_empty() {
            return false;
        }
        if let ([x], [y]) = (a, b) {
            return self.nodes(g, *x, *y);
        }
        // One for one: a greedy match, as being the same is an equivalence.
        let mut used = vec![false; b.len()];
        'next: for &x in a {
            for (i, &y) in b.iter().enumerate() {
                if !used[i] && self.nodes(g, x, y) {
                    used[i] = true;
                    continue 'next;
                }
            }
            return false;
        }
        true
    }

    /// Whether nodes `x` and `y` are the same, with everything below them.
    ///
    /// A pair is the same when no pair it needs (its children's pairs,
    /// theirs, and so on) has keywords that differ. The walk is depth
    /// first and finds the pairs' strongly connected components as it goes
    /// (Tarjan's algorithm): once a component is done and nothing it needs
    /// differed, every pair in it is the same, and is remembered as such.
    /// At the first pair that differs, every pair still open needs it (each
    /// reaches a pair on the path, and the path reaches it), so each is
    /// remembered as not the same, and the walk stops. So no pair is walked
    /// twice, whichever question meets it first.
    fn nodes(&mut self, g: &Graph<'_>, x: NodeId, y: NodeId) -> bool {
        if x == y {
            return true;
        }
        if let Some(&known) = self.known.get(&(x, y)) {
            return known;
        }
        let mut walk = Walk::default();
        if !walk.enter(g, (x, y), &mut self.walked) {
            return self.differs(walk.open, Some((x, y)));
        }
        while let Some(top) = walk.path.last_mut() {
            if top.next < top.end {
                let child = walk.children[top.next];
                top.next += 1;
                if child.0 == child.1 {
                    continue;
                }
                match self.known.get(&child) {
                    Some(true) => continue,
                    Some(false) => return self.differs(walk.open, Some(child)),
                    None => {}
                }
                // Met on this walk and not known yet: still open.
                if let Some(&index) = walk.index.get(&child) {
                    top.low = top.low.min(index);
                    continue;
                }
                if walk.index.len() >= MAX_WALK {
                    // Past the bound: not the same, as far as the check knows.
                    return self.differs(walk.open, None);
                }
                if !walk.enter(g, child, &mut self.walked) {
                    return self.differs(walk.open, Some(child));
                }
                continue;
            }
            let done = walk.path.pop().expect("the loop has a top");
            walk.children.truncate(done.start);
            if done.low == done.index {
                // A component done, and nothing it needs differs.
                while let Some(pair) = walk.open.pop() {
                    self.known.insert(pair, true);
                    if pair == done.pair {
                        break;
                    }
                }
            }
            if let Some(parent) = walk.path.last_mut() {
                parent.low = parent.low.min(done.low);
            }
        }
        true
    }

    /// Remembers `pair`, and every pair still `open`, as not the same.
    fn differs(&mut self, open: Vec<Pair>, pair: Option<Pair>) -> bool {
        for p in open.into_iter().chain(pair) {
            self.known.insert(p, false);
        }
        false
    }
}

/// A pair of nodes, either side first.
type Pair = (NodeId, NodeId);

/// A pair on the walk's path (see [`Known::nodes`]).
struct Frame {
    pair: Pair,
    /// When the walk met it.
    index: u32,
    /// The earliest pair still open that it reaches.
    low: u32,
    /// Where its children start in the walk's stack of children.
    start: usize,
    /// The next of its children to look at.
    next: usize,
    /// Where its children end.
    end: usize,
}

/// One question's walk over the pairs below it.
#[derive(Default)]
struct Walk {
    /// The pairs met, each with when.
    index: HashMap<Pair, u32>,
    /// The pairs met whose strongly connected component is not done, in order.
    open: Vec<Pair>,
    /// The path from the question down.
    path: Vec<Frame>,
    /// The children of the pairs on the path, each pair's after its parent's.
    children: Vec<Pair>,
}

impl Walk {
    /// Meets `pair`: false when its keywords differ.
    fn enter(&mut self, g: &Graph<'_>, pair: Pair, walked: &mut usize) -> bool {
        let start = self.children.len();
        if !g
            .node(pair.0)
            .same_keywords(g.node(pair.1), &mut self.children)
        {
            self.children.truncate(start);
            return false;
        }
        let index = self.index.len() as u32;
        self.index.insert(pair, index);
        *walked += 1;
        self.open.push(pair);
        self.path.push(Frame {
            pair,
            index,
            low: index,
            start,
            next: start,
            end: self.children.len(),
        });
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::doc::{Location, SchemaDoc};
    use crate::graph::ReadOptions;
    use serde_json::json;

    fn at(p: &str) -> Location {
        Location {
            doc: 0,
            pointer: p.to_owned(),
        }
    }

    #[test]
    fn recursive_schemas_the_same_on_both_sides_and_one_that_differs_deep_down() {
        let tree = |leaf: &str| {
            json!({"$defs": {
                "node": {"type": "object", "properties": {
                    "kids": {"type": "array", "items": {"$ref": "#/$defs/node"}},
                    "leaf": {"$ref": "#/$defs/leaf"}}},
                "leaf": {"type": leaf},
                "other": {"type": "object", "properties": {
                    "kids": {"type": "array", "items": {"$ref": "#/$defs/other"}},
                    "leaf": {"$ref": "#/$defs/text"}}},
                "text": {"type": "string"}
            }})
        };
        let old = SchemaDoc::from_value(tree("string")).unwrap();
        let new = SchemaDoc::from_value(tree("integer")).unwrap();
        let mut g = Graph::new(&old, &new, ReadOptions::default());
        let node = (
            g.root(0, &at("/$defs/node")).unwrap(),
            g.root(1, &at("/$defs/node")).unwrap(),
        );
        let other = (
            g.root(0, &at("/$defs/other")).unwrap(),
            g.root(1, &at("/$defs/other")).unwrap(),
        );
        let same = Same::default();
        // The leaf differs, three levels down a cycle.
        assert!(!same.nodes(&g, node.0, node.1));
        assert!(!same.nodes(&g, node.1, node.0));
        // The same recursive schema at another place, on both sides, and
        // the old `node` (a string leaf) is the same as either `other`.
        assert!(same.nodes(&g, other.0, other.1));
        assert!(same.nodes(&g, node.0, other.1));
        assert!(!same.nodes(&g, node.1, other.0));
        assert!(same.conj(&g, &[other.0, node.0], &[node.0, other.1]));
        assert!(!same.conj(&g, &[other.0, node.0], &[node.1, other.1]));
        assert!(!same.conj(&g, &[other.0], &[other.1, other.1]));
    }

    #[test]
    fn no_pair_is_walked_twice_whichever_question_meets_it_first() {
        // Twenty properties, each two objects deep; the tenth's integer
        // has another minimum on the new side.
        let side = |changed: i64| {
            let props: serde_json::Map<String, serde_json::Value> = (0..20)
                .map(|i| {
                    let min = if i == 10 { changed } else { i };
                    let y = json!({"type": "integer", "minimum": min});
                    let x = json!({"type": "object", "properties": {"y": y}});
                    (
                        format!("p{i:02}"),
                        json!({"type": "object", "properties": {"x": x}}),
                    )
                })
                .collect();
            json!({"type": "object", "properties": props})
        };
        let old = SchemaDoc::from_value(side(10)).unwrap();
        let new = SchemaDoc::from_value(side(-1)).unwrap();
        let mut g = Graph::new(&old, &new, ReadOptions::default());
        let root = (g.root(0, &at("")).unwrap(), g.root(1, &at("")).unwrap());
        let below =
            |id: NodeId| -> Vec<NodeId> { g.node(id).properties.iter().map(|(_, c)| *c).collect() };
        let same = Same::default();
        assert!(!same.nodes(&g, root.0, root.1));
        // Every pair below, each asked on its own, in turn.
        let mut pairs = 1;
        for (p0, p1) in below(root.0).into_iter().zip(below(root.1)) {
            let changed = g.node(p0).loc.as_ref().unwrap().pointer == "/properties/p10";
            assert_eq!(same.nodes(&g, p0, p1), !changed);
            let (x0, x1) = (below(p0)[0], below(p1)[0]);
            let (y0, y1) = (below(x0)[0], below(x1)[0]);
            assert_eq!(same.nodes(&g, x0, x1), !changed);
            assert_eq!(same.nodes(&g, y0, y1), !changed);
            pairs += 3;
        }
        // One walk each, at most (the root's, the changed chain's, the rest's).
        assert_eq!(pairs, 61);
        let walked = same.known.borrow().walked;
        assert!(walked <= pairs, "{walked} pairs walked");
    }

    #[test]
    fn the_check_takes_an_unchanged_component_in_one_step_and_still_finds_its_sibling() {
        // A component of 40 object properties, unchanged, beside a string
        // that is shorter on the new side.
        let side = |max: u64| {
            let props: serde_json::Map<String, serde_json::Value> = (0..40)
                .map(|i| {
                    let p = json!({"type": "object", "properties": {"x": {"type": "integer", "minimum": i}}});
                    (format!("p{i}"), p)
                })
                .collect();
            json!({"type": "object", "properties": {
                "name": {"type": "string", "maxLength": max},
                "big": {"$ref": "#/$defs/big"}},
                "$defs": {"big": {"type": "object", "properties": props}}})
        };
        let old = SchemaDoc::from_value(side(20)).unwrap();
        let new = SchemaDoc::from_value(side(10)).unwrap();
        let mut g = Graph::new(&old, &new, ReadOptions::default());
        let (o, n) = (g.root(0, &at("")).unwrap(), g.root(1, &at("")).unwrap());
        let patterns = crate::pattern::Patterns::default();
        let mut checker = crate::check::Checker::new(&g, &patterns);
        assert!(!checker.check(&[o], &[n]));
        let places: Vec<String> = checker
            .suspects
            .iter()
            .map(|s| crate::check::Checker::pointer(&s.path))
            .collect();
        assert_eq!(places, ["/name"]);
        // The pair of roots, `name` and `big`: one step each, not one per property of `big`.
        assert!(checker.steps() < 10, "{}", checker.steps());
        // The other way, nothing.
        let mut checker = crate::check::Checker::new(&g, &patterns);
        assert!(checker.check(&[n], &[o]));
        assert!(checker.suspects.is_empty() && checker.undecided.is_empty());
    }

    #[test]
    fn the_same_text_read_under_two_dialects_is_not_the_same() {
        // Draft 4 knows no `const` and ignores the keywords beside `$ref`;
        // 2020-12 reads both.
        let schema = |dialect: &str| {
            json!({"$schema": dialect, "$defs": {
                "n": {"type": "string", "const": "a"},
                "r": {"$ref": "#/$defs/s", "maxLength": 3},
                "s": {"type": "string"}
            }})
        };
        let old = SchemaDoc::from_value(schema("http://json-schema.org/draft-04/schema#")).unwrap();
        let new =
            SchemaDoc::from_value(schema("https://json-schema.org/draft/2020-12/schema")).unwrap();
        let also =
            SchemaDoc::from_value(schema("http://json-schema.org/draft-04/schema#")).unwrap();
        let mut g = Graph::new(&old, &new, ReadOptions::default());
        let same = Same::default();
        for p in ["/$defs/n", "/$defs/r"] {
            let (x, y) = (g.root(0, &at(p)).unwrap(), g.root(1, &at(p)).unwrap());
            assert!(!same.nodes(&g, x, y), "{p}");
        }
        let s = (
            g.root(0, &at("/$defs/s")).unwrap(),
            g.root(1, &at("/$defs/s")).unwrap(),
        );
        assert!(same.nodes(&g, s.0, s.1));
        // Under one dialect on both sides, the same.
        let mut g = Graph::new(&old, &also, ReadOptions::default());
        let same = Same::default();
        for p in ["/$defs/n", "/$defs/r"] {
            let (x, y) = (g.root(0, &at(p)).unwrap(), g.root(1, &at(p)).unwrap());
            assert!(same.nodes(&g, x, y), "{p}");
        }
    }
}
