//! What the subset check learnt about one pair of schemas, kept across the
//! comparisons of one [`crate::Comparer`]: an OpenAPI description compares
//! hundreds of inline schemas that reach the same components, and each
//! comparison starts a fresh check.
//!
//! An [`Entry`] is one pair's check as it ran: its result, the pairs it
//! checked (each once per comparison, as the check does), the pairs it
//! found already checked, and its suspects and undecided questions with
//! paths relative to the pair's place. The check replays an entry at
//! another place only where running it again would do the same: none of
//! its pairs checked yet, the pairs it found checked there with the same
//! result, within the step and depth limits. Only results that depend on
//! no assumption of an enclosing pair (a reference cycle still open) are
//! kept, and only for pairs that took some work.

use std::rc::Rc;

use foldhash::HashMap;

use crate::check::Suspect;
use crate::generate::Seg;
use crate::same::Same;
use crate::view::Conj;

/// A checked pair: the sub side and the sup side.
pub type Pair = (Conj, Conj);

/// One pair's check, replayable at another place.
#[derive(Debug)]
pub struct Entry {
    /// Whether the sub side fits.
    pub result: bool,
    /// The pair checks it took.
    pub steps: usize,
    /// The deepest instance path it went below its place.
    pub depth: usize,
    /// The pairs it checked (the pair itself first), with their results, in order.
    pub visited: Vec<(Rc<Pair>, bool)>,
    /// For each of `visited`, where its check was: its suspects (a range
    /// of `suspects`), the path length it was checked at and the
    /// shallower place it was met again at, below the entry's place (a
    /// replay says its suspects where the check would).
    pub placed: Vec<Placed>,
    /// The pairs it found already checked, with the result found.
    pub hits: Vec<(Rc<Pair>, bool)>,
    /// Its suspects, paths below its place.
    pub suspects: Vec<Suspect>,
    /// The questions it left undecided (pointer below its place, words), before de-duplication.
    pub undecided: Vec<(String, String)>,
}

/// Where a pair of an [`Entry`] was checked: its suspects' range in the
/// entry's, its path length and the shallower place it was met again at
/// (its path), below the entry's place.
#[derive(Debug, Clone, Default)]
pub struct Placed {
    /// The first of its suspects.
    pub from: usize,
    /// Past the last of its suspects.
    pub to: usize,
    /// The path length it was checked at.
    pub base: usize,
    /// The shallowest place it was met again at, above `base`.
    pub shallower: Option<Rc<Vec<(Conj, Seg)>>>,
}

impl Entry {
    fn size(&self) -> usize {
        let placed: usize = self
            .placed
            .iter()
            .map(|p| 1 + p.shallower.as_ref().map_or(0, |s| s.len()))
            .sum();
        1 + self.visited.len()
            + placed
            + self.hits.len()
            + self.suspects.len()
            + self.undecided.len()
    }
}

/// The entries of one comparer, bounded in size.
#[derive(Debug, Default)]
pub struct Memo {
    entries: HashMap<Rc<Pair>, Vec<Rc<Entry>>>,
    size: usize,
    /// Which nodes are the same as which ([`crate::same`]).
    pub same: Same,
}

/// The most items (pairs, suspects, questions) all entries hold together.
const MAX_SIZE: usize = 4_000_000;
/// The most entries one pair keeps (each found in another context).
const MAX_VARIANTS: usize = 4;
/// The fewest pair checks worth an entry.
pub const MIN_STEPS: usize = 8;

impl Memo {
    /// The entries of `pair`.
    pub fn get(&self, pair: &Pair) -> Option<&[Rc<Entry>]> {
        self.entries.get(pair).map(Vec::as_slice)
    }

    /// Keeps `entry` for `pair`, unless the memo is full.
    pub fn store(&mut self, pair: Rc<Pair>, entry: Entry) {
        let size = entry.size();
        if self.size + size > MAX_SIZE {
            return;
        }
        let variants = self.entries.entry(pair).or_default();
        if variants.len() < MAX_VARIANTS {
            self.size += size;
            variants.push(Rc::new(entry));
        }
    }
}
#[cfg(test)]
mod tests {
    //! One comparer over many schemas that share components (what an
    //! OpenAPI description does) finds what it found when it kept nothing
    //! from one comparison to the next: entries and kept documents change
    //! nothing but the time taken.

    use crate::{
        Comparer, Direction, Location, Options, Policy, SchemaDoc, SchemaError, SharedGraph,
    };
    use serde_json::{json, Value};

    /// A description-like document: components, and inline roots that reach
    /// them at different depths, in different orders, through a cycle.
    fn doc(new: bool) -> Value {
        let limit = if new { 10 } else { 20 };
        let user = json!({
            "type": "object",
            "required": if new { json!(["login", "id", "email"]) } else { json!(["login", "id"]) },
            "properties": {
                "login": {"type": "string", "maxLength": limit},
                "id": {"type": "integer", "minimum": if new { 1 } else { 0 }},
                "email": {"type": if new { json!("string") } else { json!(["string", "null"]) }},
                "plan": {"type": "string", "enum": if new { json!(["free", "pro"]) } else { json!(["free", "pro", "team"]) }},
            },
        });
        let repo = json!({
            "type": "object",
            "required": ["name", "owner"],
            "properties": {
                "name": {"type": "string", "pattern": if new { "^[a-z_]+$" } else { "^[a-z0-9]+$" }},
                "owner": {"$ref": "#/components/schemas/user"},
                "parent": {"$ref": "#/components/schemas/repo"},
                "topics": {"type": "array", "items": {"type": "string", "maxLength": limit}, "maxItems": limit},
            },
        });
        json!({
            "components": {"schemas": {"user": user, "repo": repo}},
            "roots": [
                {"type": "object", "properties": {"sender": {"$ref": "#/components/schemas/user"},
                                                  "repository": {"$ref": "#/components/schemas/repo"}}},
                {"type": "array", "items": {"$ref": "#/components/schemas/repo"}},
                {"type": "object", "properties": {"repository": {"$ref": "#/components/schemas/repo"},
                                                  "sender": {"$ref": "#/components/schemas/user"}}},
                {"allOf": [{"$ref": "#/components/schemas/user"}, {"required": ["plan"]}]},
                {"type": "object", "properties": {"a": {"type": "object", "properties": {
                    "b": {"type": "array", "items": {"$ref": "#/components/schemas/repo"}}}}}},
                {"oneOf": [{"$ref": "#/components/schemas/user"}, {"$ref": "#/components/schemas/repo"}]},
                {"$ref": "#/components/schemas/repo"},
            ],
        })
    }

    #[test]
    fn one_comparer_finds_what_fresh_comparers_find() {
        let old = SchemaDoc::from_value(doc(false)).unwrap();
        let new = SchemaDoc::from_value(doc(true)).unwrap();
        let options = Options {
            policy: Policy::Lenient,
            ..Options::default()
        };
        let mut keeping = Comparer::new(&old, &new, &options);
        let mut forgetting = Comparer::new(&old, &new, &options);
        let mut found = 0;
        // Twice over: the second round replays what the first kept.
        for round in 0..2 {
            for i in 0..7 {
                for direction in [Direction::Backward, Direction::Forward] {
                    let at = format!("/roots/{i}");
                    let kept = keeping.compare(&at, &at, direction).unwrap();
                    let plain = forgetting.compare(&at, &at, direction).unwrap();
                    forgetting.forget();
                    assert_eq!(kept, plain, "round {round}, root {i}, {direction:?}");
                    found += plain.len();
                }
            }
        }
        assert!(
            found > 50,
            "the fixture has changes at many places: {found}"
        );
    }

    #[test]
    fn comparers_over_one_shared_graph_find_what_comparers_of_their_own_find() {
        let old = SchemaDoc::from_value(doc(false)).unwrap();
        let new = SchemaDoc::from_value(doc(true)).unwrap();
        let options = Options {
            policy: Policy::Lenient,
            ..Options::default()
        };
        let at = |i: usize| Location {
            doc: 0,
            pointer: format!("/roots/{i}"),
        };
        let mut shared = SharedGraph::new(&old, &new, &options);
        for i in 0..7 {
            shared.add(&at(i), &at(i));
        }
        let missing = Location {
            doc: 0,
            pointer: "/roots/99".into(),
        };
        shared.add(&missing, &at(0));
        // Two comparers over one graph, each with its own directions, on two threads.
        let found: Vec<_> = std::thread::scope(|s| {
            let (shared, old, new, options) = (&shared, &old, &new, &options);
            let missing = &missing;
            let threads: Vec<_> = [Direction::Backward, Direction::Forward]
                .into_iter()
                .map(|direction| {
                    s.spawn(move || {
                        let mut over = Comparer::over(shared);
                        let mut own = Comparer::new(old, new, options);
                        let mut n = 0;
                        for i in 0..7 {
                            let a = over.compare_at(&at(i), &at(i), direction).unwrap();
                            let b = own.compare_at(&at(i), &at(i), direction).unwrap();
                            assert_eq!(a, b, "root {i}, {direction:?}");
                            n += a.len();
                        }
                        // A schema that was not read, and a pair that could not be.
                        let roots = Location {
                            doc: 0,
                            pointer: "/roots".into(),
                        };
                        let unread = over.compare_at(&at(0), &roots, direction);
                        assert!(
                            matches!(unread, Err(SchemaError::NoSuchPointer { .. })),
                            "{unread:?}"
                        );
                        assert_eq!(
                            over.compare_at(missing, &at(0), direction),
                            own.compare_at(missing, &at(0), direction)
                        );
                        n
                    })
                })
                .collect();
            threads.into_iter().map(|t| t.join().unwrap()).collect()
        });
        assert!(
            found.iter().all(|&n| n > 5),
            "changes found both ways: {found:?}"
        );
    }
}
