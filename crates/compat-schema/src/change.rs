//! A confirmed change ([`Change`]) and the [`Comparer`] that finds them:
//! the structural check's suspects become breaking changes only with a
//! counterexample document that the validator accepts under one side and
//! rejects under the other; the rest become `schema-undecided` warnings.

use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::Arc;

use compat_report::{Finding, Severity, Subject};
use serde_json::Value;

use crate::check::{
    names, short, Checker, Contradicted, Family, Suspect, ANY, ONE_OF_OVERLAP, THE_VALUE,
    THE_VALUES,
};
use crate::doc::{display_pointer, Location, SchemaDoc};
use crate::error::SchemaError;
use crate::generate::{Generator, Kept, Seg};
use crate::graph::{Graph, NodeId, ReadOptions};
use crate::memo::Memo;
use crate::pattern::Patterns;
use crate::types::TypeSet;
use crate::validate::{Tri, Validator};
use crate::view::{flatten, Conj};
use crate::{Direction, Options, Policy};

/// The rule of a difference compat could not decide (`schema-undecided`):
/// a warning, never a silent pass. Other crates that build or recognise one
/// (compat-openapi) name it through this constant.
pub const UNDECIDED: &str = "schema-undecided";

/// One difference between two schemas that matters in the direction checked.
#[derive(Debug, Clone, PartialEq)]
pub struct Change {
    /// The rule id (`schema-type-narrowed`, ...).
    pub rule: &'static str,
    /// The kind of difference (`None`: undecided), for checkers that name
    /// it by their own rules (OpenAPI).
    pub family: Option<Family>,
    /// Breaking, or a warning (undecided, `format`), or info (allowed by the lenient policy).
    pub severity: Severity,
    /// The direction in which it breaks.
    pub direction: Direction,
    /// Where in a document (a JSON pointer; `""` for the document itself).
    pub instance_path: String,
    /// The old schema's place (`file#/pointer`), when known.
    pub old_location: Option<String>,
    /// The new schema's place.
    pub new_location: Option<String>,
    /// The old side's value of what changed, in words.
    pub old_value: String,
    /// The new side's value.
    pub new_value: String,
    /// What changed, without its place (`instance_path`), with any other
    /// place in the document it names as a place (an alternative's union).
    pub what: Words,
    /// What the message says after [`Change::what`]: why it matters.
    pub why: Why,
    /// One sentence: what changed and what it breaks, as `compat schema
    /// diff` says it: the place, [`Change::what`] and [`Change::why`]
    /// ([`Change::said`]). A checker that says them in its own words reads
    /// those fields, not this text.
    pub message: String,
    /// A document valid under one side and invalid under the other (for a
    /// backward break: valid under the old schema, invalid under the new).
    pub counterexample: Option<Value>,
}

/// Words about a document with places in it between them: `compat
/// schema diff` writes a place as a JSON pointer (`#/a/0`), a checker built
/// on the engine as it names places (compat-openapi: `items[].status`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Words(pub Vec<Word>);

/// A piece of [`Words`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Word {
    /// Text, as it is said.
    Text(String),
    /// A place in the document: a JSON pointer (`""` for the document itself).
    Place(String),
}

impl Words {
    /// Words of `text` alone.
    pub fn text(text: impl Into<String>) -> Words {
        Words(vec![Word::Text(text.into())])
    }

    /// These words followed by `text`.
    pub fn then(mut self, text: impl Into<String>) -> Words {
        self.0.push(Word::Text(text.into()));
        self
    }

    /// These words followed by the place `pointer`.
    pub fn at(mut self, pointer: impl Into<String>) -> Words {
        self.0.push(Word::Place(pointer.into()));
        self
    }

    /// The words as one string, each place as `place` writes it.
    pub fn said(&self, place: impl Fn(&str) -> String) -> String {
        let mut out = String::new();
        for w in &self.0 {
            match w {
                Word::Text(t) => out.push_str(t),
                Word::Place(p) => out.push_str(&place(p)),
            }
        }
        out
    }
}

/// Why a change matters: what its message says after what changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Why {
    /// Nothing more: a difference not confirmed (changelog), or one the
    /// check could not decide, whose [`Change::what`] says so.
    Said,
    /// A `format`: validators that assert formats reject documents the
    /// other side accepts.
    Format,
    /// A document shows it (the counterexample); `policy` is what the
    /// policy decides where it does (`breaking under the strict policy
    /// (...)`).
    Shown {
        /// The policy's decision and its reason.
        policy: Option<String>,
    },
    /// No document shows it: it may break; `reason` says why it is not
    /// decided (`, but compat found no document that tells the two
    /// schemas apart`).
    Unshown {
        /// Why not, said after "which may break ... compatibility".
        reason: String,
    },
}

impl Why {
    /// The words `compat schema diff` says after what changed, for a
    /// change in `direction`.
    pub fn said(&self, direction: Direction) -> String {
        let (older, newer) = match direction {
            Direction::Backward => ("old", "new"),
            Direction::Forward => ("new", "old"),
        };
        let dir = direction.as_str();
        match self {
            Why::Said => String::new(),
            Why::Format => format!(
                "; validators that assert formats reject documents the other side accepts ({dir} check)"
            ),
            Why::Shown { policy } => {
                let mut out = format!(": a document valid under the {older} schema is invalid under the {newer} one ({dir} incompatible)");
                if let Some(p) = policy {
                    out.push_str("; ");
                    out.push_str(p);
                }
                out
            }
            Why::Unshown { reason } => format!(", which may break {dir} compatibility{reason}"),
        }
    }
}

impl Change {
    /// The message of a change at `instance_path` in `direction`: the
    /// place, what changed and why it matters, places written as JSON
    /// pointers.
    pub fn said(instance_path: &str, what: &Words, why: &Why, direction: Direction) -> String {
        format!(
            "{}: {}{}",
            display_pointer(instance_path),
            what.said(display_pointer),
            why.said(direction)
        )
    }

    /// The report's finding for this change (the subject names the inputs,
    /// the instance path as `member`, the schema place as `symbol`; the
    /// counterexample with the instance path into it).
    pub fn to_finding(&self, old_file: &str, new_file: &str) -> Finding {
        let mut f = Finding::new(
            self.rule,
            self.message.clone(),
            Subject {
                old_file: Some(old_file.to_owned()),
                new_file: Some(new_file.to_owned()),
                member: Some(display_pointer(&self.instance_path)),
                symbol: self
                    .new_location
                    .clone()
                    .or_else(|| self.old_location.clone()),
                old_value: Some(self.old_value.clone()),
                new_value: Some(self.new_value.clone()),
                ..Subject::default()
            },
        );
        f.set_severity(self.severity);
        f.counterexample = self.counterexample.clone();
        f.counterexample_path = self
            .counterexample
            .as_ref()
            .map(|_| self.instance_path.clone());
        // Properties of one object removed or added together share a root cause.
        if matches!(
            self.rule,
            "schema-property-removed" | "schema-property-added"
        ) {
            let parent = self.instance_path.rsplit_once('/').map_or("", |(p, _)| p);
            f = f.with_group(format!("{}|{}", self.rule, display_pointer(parent)));
        }
        f
    }
}

/// The graph of one pair of documents read with one set of options,
/// built before comparing and then shared, read-only, by the comparers
/// made from it ([`Comparer::over`]), on as many threads as the caller
/// likes: one graph instead of one per comparer.
pub struct SharedGraph<'d> {
    built: Arc<Built<'d>>,
    options: Options,
}

/// A shared graph's content.
struct Built<'d> {
    graph: Graph<'d>,
    /// The pairs [`SharedGraph::add`] could not read, with why.
    failed: HashMap<(Location, Location), SchemaError>,
}

impl<'d> SharedGraph<'d> {
    /// An empty graph of `old` and `new` as `options` read them.
    pub fn new(old: &'d SchemaDoc, new: &'d SchemaDoc, options: &Options) -> Self {
        SharedGraph {
            built: Arc::new(Built {
                graph: Graph::new(old, new, read_options(options)),
                failed: HashMap::new(),
            }),
            options: *options,
        }
    }

    /// Reads the schema at `old` of the old document and the one at `new`
    /// of the new one, with everything they reach, as
    /// [`Comparer::compare_at`] would (old first), so that a comparer made
    /// from this graph compares them without reading anything; a pair that
    /// cannot be read gives that comparer the error comparing it gives.
    /// Pairs are added before any comparer is made.
    pub fn add(&mut self, old: &Location, new: &Location) {
        let Some(built) = Arc::get_mut(&mut self.built) else {
            return;
        };
        let read = built
            .graph
            .root(0, old)
            .and_then(|_| built.graph.root(1, new));
        if let Err(e) = read {
            built.failed.insert((old.clone(), new.clone()), e);
        }
    }
}

/// The graph's reading options of a comparison's options.
fn read_options(options: &Options) -> ReadOptions {
    ReadOptions {
        nullable: options.nullable,
        x_nullable: options.x_nullable,
        skip_flag: options.skip_flag,
        discriminator: options.discriminator,
    }
}

/// A comparer's graph: its own, grown as comparisons ask, or a shared one.
enum GraphOf<'d> {
    Own(Box<Graph<'d>>),
    Shared(Arc<Built<'d>>),
}

impl<'d> GraphOf<'d> {
    fn get(&self) -> &Graph<'d> {
        match self {
            GraphOf::Own(g) => g,
            GraphOf::Shared(b) => &b.graph,
        }
    }

    /// The nodes of the pair compared: read now (own), or read before (shared).
    fn roots(&mut self, old: &Location, new: &Location) -> Result<(NodeId, NodeId), SchemaError> {
        match self {
            GraphOf::Own(g) => Ok((g.root(0, old)?, g.root(1, new)?)),
            GraphOf::Shared(b) => {
                if let Some(e) = b.failed.get(&(old.clone(), new.clone())) {
                    return Err(e.clone());
                }
                match (b.graph.built(0, old), b.graph.built(1, new)) {
                    (Some(o), Some(n)) => Ok((o, n)),
                    (o, _) => {
                        let (side, loc) = if o.is_none() { (0, old) } else { (1, new) };
                        let doc = b.graph.doc(side).documents();
                        Err(SchemaError::NoSuchPointer {
                            doc: doc.get(loc.doc).unwrap_or(&doc[0]).name.clone(),
                            pointer: display_pointer(&loc.pointer),
                        })
                    }
                }
            }
        }
    }
}

/// Each change said: its rule, place and message as said without an
/// alternative, with the order it was said in ([`Comparer::say`]).
type Said = HashMap<(&'static str, String, String), usize>;

/// What makes two suspects of one comparison the same change met at two
/// places ([`Comparer::met_key`]): the kind, the pair of schemas there,
/// the values and words of what differs, and the words of an alternative
/// a union lacks ([`Comparer::alternative`]), which name the union's place.
type MetKey = (Family, Conj, Conj, String, String, String, Option<String>);

/// `suspects` with their keys ([`Comparer::met_key`]) in the order they
/// are confirmed: as found, except that of the suspects of one change met
/// at several places the one at the shallowest place (the first found
/// among equals) takes the place of the first found. It is the one
/// confirmed, with the smallest document, and the one the change is said
/// at.
fn shallowest_first(
    mut suspects: Vec<(Suspect, Option<MetKey>)>,
) -> Vec<(Suspect, Option<MetKey>)> {
    let mut first: HashMap<&MetKey, usize> = HashMap::default();
    let mut swaps: Vec<(usize, usize)> = Vec::new();
    for (i, (s, key)) in suspects.iter().enumerate() {
        let Some(key) = key else {
            continue;
        };
        match first.entry(key) {
            std::collections::hash_map::Entry::Vacant(slot) => {
                slot.insert(swaps.len());
                swaps.push((i, i));
            }
            std::collections::hash_map::Entry::Occupied(slot) => {
                let swap = &mut swaps[*slot.get()];
                if s.path.len() < suspects[swap.1].0.path.len() {
                    swap.1 = i;
                }
            }
        }
    }
    for (f, shallowest) in swaps {
        suspects.swap(f, shallowest);
    }
    suspects
}

/// What checking a pair again at a suspect's place found
/// ([`Comparer::known_again`]), by the pair: each difference's key and
/// place below the suspect's; `None` where it found none, left a question
/// undecided, or found one said with words of its own place.
type Trials = HashMap<(Conj, Conj), Option<Vec<(MetKey, String)>>>;

/// What checking a suspect's pair again at its place found
/// ([`Comparer::tried`]), by the pair and the place: whether it left no
/// question undecided, and its suspects.
type Tried = HashMap<(Conj, Conj, String), (bool, std::rc::Rc<Vec<Suspect>>)>;

/// A change found by checking a suspect again ([`Comparer::again`]), with
/// its key ([`Comparer::met_key`]).
type Found = (Suspect, Change, Option<MetKey>);

/// The changes of one comparison shown by a document, by what they are
/// ([`MetKey`]), and the other places each was met at.
#[derive(Default)]
struct Met {
    /// Each change shown, with the place it was shown at.
    shown: HashMap<MetKey, String>,
    /// The other places each was met at, each once.
    places: HashMap<MetKey, Vec<String>>,
}

impl Met {
    /// Whether `s`, of `key`, is a change shown already: its place is
    /// then one more of that change's, and it is not confirmed again.
    fn folds(&mut self, key: Option<&MetKey>, s: &Suspect) -> bool {
        match key.filter(|k| self.shown.contains_key(*k)) {
            Some(k) => {
                self.fold_at(k, Checker::pointer(&s.path));
                true
            }
            None => false,
        }
    }

    /// Notes `place` as one more of the change of `key`, shown already.
    fn fold_at(&mut self, key: &MetKey, place: String) {
        let Some((k, at)) = self.shown.get_key_value(key) else {
            return;
        };
        let places = self.places.entry(k.clone()).or_default();
        if place != *at && !places.contains(&place) {
            places.push(place);
        }
    }

    /// Notes `change`, of `key`, as shown when a document shows it.
    fn shown(&mut self, key: Option<&MetKey>, change: &Change) {
        if let Some(k) = key {
            if change.rule != UNDECIDED && change.counterexample.is_some() {
                self.shown
                    .entry(k.clone())
                    .or_insert_with(|| change.instance_path.clone());
            }
        }
    }

    /// Says the other places of each change at the first change of `out`
    /// shown by a document with its key (`keys[i]` is `out[i]`'s).
    fn say(mut self, out: &mut [Change], keys: &[Option<MetKey>], direction: Direction) {
        for (c, key) in out.iter_mut().zip(keys) {
            let Some(mut places) = key
                .as_ref()
                .filter(|_| c.counterexample.is_some())
                .and_then(|k| self.places.remove(k))
                .filter(|places| !places.is_empty())
            else {
                continue;
            };
            // The shallowest named first: the ones a reader finds soonest.
            places.sort_by_cached_key(|p| (p.matches('/').count(), p.clone()));
            c.what = also_met(std::mem::take(&mut c.what), &places);
            c.message = Change::said(&c.instance_path, &c.what, &c.why, direction);
        }
    }
}

/// Compares schemas of one pair of documents, keeping the graph of both
/// between calls (an OpenAPI description compares many bodies).
pub struct Comparer<'d> {
    graph: GraphOf<'d>,
    patterns: Patterns,
    options: Options,
    confirm: bool,
    /// What the subset check learnt, for the next comparisons.
    memo: Memo,
    /// Documents built, for the next comparisons.
    kept: RefCell<Kept>,
    /// `oneOf` overlaps asked of [`Checker::overlap_excluded`] (the sub
    /// side's schema at the place, its branch, the other side), with the
    /// answer: a component met from many operations is proved once.
    excluded: RefCell<HashMap<(Conj, Conj, Conj), bool>>,
    /// Searches for a document around a union ([`Comparer::escaped`]) left
    /// in the current comparison.
    escapes: std::cell::Cell<usize>,
    /// The work the current comparison may still spend looking for the
    /// documents that show its suspects ([`MAX_CONFIRMING`]).
    confirming: std::cell::Cell<usize>,
    /// The validator's steps the current comparison's searches around
    /// unions took ([`Comparer::escaped`]).
    escaping: std::cell::Cell<usize>,
    /// The pair checks the current comparison's suspects checked again
    /// took ([`Comparer::known_again`], [`Comparer::again`]).
    trying: std::cell::Cell<usize>,
    /// What the current comparison's searches around unions found at a
    /// property ([`crate::repair::Asked`]).
    asked: RefCell<crate::repair::Asked>,
    /// The work of the last comparison ([`Comparer::work`]).
    work: usize,
    /// The last documents the current comparison's suspects were shown
    /// with ([`Comparer::shown_with`]), shared, not copied, with the
    /// suspects they show.
    shown: RefCell<Vec<(Vec<Seg>, Arc<Value>)>>,
    /// What the current comparison's suspects checked again found
    /// ([`Comparer::tried`]), by pair and place.
    tried: RefCell<Tried>,
    /// The document of an earlier suspect that shows the last one
    /// confirmed ([`Comparer::shown_with`]), left out of its change until
    /// it is known not to be said with that suspect's: 5,000 sibling
    /// properties that all changed type are one document of 5,000
    /// members, and a copy of it per suspect (and comparing each copy
    /// with the first) was most of their time.
    deferred: RefCell<Option<Arc<Value>>>,
    /// The document built for the last suspect confirmed, as kept in
    /// [`Comparer::shown`].
    built: RefCell<Option<Arc<Value>>>,
}

/// How many of the other places a question was asked at are named.
const PLACES_NAMED: usize = 3;

/// The questions a comparison left undecided in `direction`, each said
/// once: at the first place it was asked, with how many other places
/// asked it and the first [`PLACES_NAMED`] of them (a response of
/// Stripe's description, which reaches its components 64 levels deep,
/// asked "nesting deeper than 64 levels" at thousands of places, each a
/// warning of its own). In the order first asked.
fn fold(undecided: Vec<(String, String)>, direction: Direction) -> Vec<(String, Words)> {
    let mut asked: Vec<(String, String, Vec<String>)> = Vec::new();
    let mut by_what: HashMap<String, usize> = HashMap::default();
    for (path, what) in undecided {
        match by_what.get(&what) {
            Some(&i) => asked[i].2.push(path),
            None => {
                by_what.insert(what.clone(), asked.len());
                asked.push((path, what, Vec::new()));
            }
        }
    }
    asked
        .into_iter()
        .map(|(path, what, others)| {
            let mut words = Words::text(format!("not decided {}: {what}", direction.as_str()));
            if let Some((first, rest)) = others.split_first() {
                let n = others.len();
                let places = if n == 1 { "place" } else { "places" };
                words = words
                    .then(format!(" (asked at {n} other {places} too: "))
                    .at(first.clone());
                for p in rest.iter().take(PLACES_NAMED - 1) {
                    words = words.then(", ").at(p.clone());
                }
                if n > PLACES_NAMED {
                    words = words.then(", ...");
                }
                words = words.then(")");
            }
            (path, words)
        })
        .collect()
}

/// The most searches for a document around a union ([`Comparer::escaped`])
/// one comparison makes: each validates whole documents, which on Stripe's
/// description (a response reaching ten thousand expandable fields, 64
/// levels deep) are large, and hundreds of such searches took minutes.
/// GitHub's description needs at most a few per comparison.
const MAX_ESCAPES: usize = 64;

/// The most work one comparison spends looking for the documents that
/// show its suspects ([`Comparer::witness`]): nodes of documents built
/// (kept ones counted as built), names of objects looked through and
/// validator steps. An object of 5,000 required properties whose every
/// property changed type is 5,000 suspects, each shown by a document of
/// 5,000 members built and validated (25 million values, minutes and
/// gigabytes); past this budget a suspect is said undecided, with why.
/// Deterministic (no clock), so a report is the same every time.
const MAX_CONFIRMING: usize = 2_000_000;

/// The most values of either side at a suspect's place tried by
/// [`Comparer::refused_elsewhere`] for one both sides accept.
const MAX_NEUTRAL: usize = 16;

/// The most documents of a comparison kept for its next suspects
/// ([`Comparer::shown_with`]).
const MAX_SHOWN: usize = 4;
/// The most branches of a `oneOf` the value of an overlap's document is
/// checked against to say which accept it ([`Comparer::overlap_shown`]).
const MAX_BRANCHES_SAID: usize = 64;

impl<'d> Comparer<'d> {
    /// A comparer of `old` with `new`.
    pub fn new(old: &'d SchemaDoc, new: &'d SchemaDoc, options: &Options) -> Self {
        Comparer {
            graph: GraphOf::Own(Box::new(Graph::new(old, new, read_options(options)))),
            patterns: Patterns::default(),
            options: *options,
            confirm: true,
            memo: Memo::default(),
            kept: RefCell::default(),
            excluded: RefCell::default(),
            escapes: std::cell::Cell::new(MAX_ESCAPES),
            confirming: std::cell::Cell::new(MAX_CONFIRMING),
            escaping: std::cell::Cell::new(0),
            trying: std::cell::Cell::new(0),
            asked: RefCell::default(),
            work: 0,
            shown: RefCell::default(),
            tried: RefCell::default(),
            deferred: RefCell::default(),
            built: RefCell::default(),
        }
    }

    /// A comparer over a graph built beforehand, with that graph's
    /// options: it compares the schemas [`SharedGraph::add`] read (and
    /// those they reach) and finds what a comparer of its own would; a
    /// schema not read is a [`SchemaError::NoSuchPointer`]. What it learns from one comparison
    /// to the next is its own.
    pub fn over(shared: &SharedGraph<'d>) -> Self {
        Comparer {
            graph: GraphOf::Shared(Arc::clone(&shared.built)),
            patterns: Patterns::default(),
            options: shared.options,
            confirm: true,
            memo: Memo::default(),
            kept: RefCell::default(),
            excluded: RefCell::default(),
            escapes: std::cell::Cell::new(MAX_ESCAPES),
            confirming: std::cell::Cell::new(MAX_CONFIRMING),
            escaping: std::cell::Cell::new(0),
            trying: std::cell::Cell::new(0),
            asked: RefCell::default(),
            work: 0,
            shown: RefCell::default(),
            tried: RefCell::default(),
            deferred: RefCell::default(),
            built: RefCell::default(),
        }
    }

    /// Drops what was kept from earlier comparisons (tests compare with it).
    #[cfg(test)]
    pub(crate) fn forget(&mut self) {
        self.memo = Memo::default();
        self.kept = RefCell::default();
        self.excluded = RefCell::default();
    }

    /// Whether differences are confirmed with a counterexample (the
    /// default). Unconfirmed, every difference the structural check
    /// suspects is returned under its rule as a warning, without a
    /// document, and nothing is left undecided: cheap, for a changelog of
    /// the compatible direction.
    pub fn set_confirm(&mut self, confirm: bool) {
        self.confirm = confirm;
    }

    /// What breaks in `direction` between the schema at `old_pointer` of the
    /// old document and the one at `new_pointer` of the new.
    pub fn compare(
        &mut self,
        old_pointer: &str,
        new_pointer: &str,
        direction: Direction,
    ) -> Result<Vec<Change>, SchemaError> {
        let at = |pointer: &str| Location {
            doc: 0,
            pointer: pointer.trim_start_matches('#').to_owned(),
        };
        self.compare_at(&at(old_pointer), &at(new_pointer), direction)
    }

    /// As [`Comparer::compare`], with the schemas at locations in any
    /// document of each side (an OpenAPI description spread over files).
    pub fn compare_at(
        &mut self,
        old: &Location,
        new: &Location,
        direction: Direction,
    ) -> Result<Vec<Change>, SchemaError> {
        self.work = 0;
        let (old, new) = self.graph.roots(old, new)?;
        let (sub, sup) = match direction {
            Direction::Backward => (old, new),
            Direction::Forward => (new, old),
        };
        self.escapes.set(MAX_ESCAPES);
        self.confirming.set(MAX_CONFIRMING);
        self.escaping.set(0);
        self.trying.set(0);
        self.asked.borrow_mut().clear();
        self.shown.borrow_mut().clear();
        self.tried.borrow_mut().clear();
        let g = self.graph.get();
        let mut checker = Checker::new(g, &self.patterns).with_memo(&mut self.memo, &self.kept);
        checker.check(&[sub], &[sup]);
        checker.say_stopped();
        checker.reroot();
        let steps = checker.steps();
        let suspects = std::mem::take(&mut checker.suspects);
        let undecided = std::mem::take(&mut checker.undecided);
        let narrowed = direction == Direction::Backward;
        // A copy said at a shallower place is the same change as the
        // suspect it was copied from (`Checker::reroot`), whose unions
        // above may give it other words.
        let keys: Vec<Option<MetKey>> = suspects
            .iter()
            .map(|s| match s.copy_of {
                Some(_) => None,
                None => self.met_key(s, narrowed),
            })
            .collect();
        let suspects = shallowest_first(
            suspects
                .into_iter()
                .enumerate()
                .map(|(i, s)| {
                    let key = keys[s.copy_of.unwrap_or(i)].clone();
                    (s, key)
                })
                .collect(),
        );
        let mut out: Vec<Change> = Vec::new();
        // Undecided `oneOf` overlaps, by place: one per place, and none
        // where a branch's overlap was shown with a document.
        let mut overlaps: Vec<String> = Vec::new();
        // Each change's rule, place and message as said without an alternative.
        let mut said: Said = HashMap::default();
        // Each change's suspect, where it is to be checked again (`Suspect::again`).
        let mut retry: Vec<Option<Vec<Suspect>>> = Vec::new();
        // The other places of a change said once ([`same_change`]), by its index.
        let mut folded: std::collections::BTreeMap<usize, Vec<String>> = Default::default();
        // The document the last change of `out` shows, as kept (`Comparer::shown`).
        let mut last_doc: Option<Arc<Value>> = None;
        // The changes shown by a document, by what they are (`met_key`), and
        // the other places each was met at: said with it, not shown again (a
        // component of Stripe's that one response reaches through 81
        // expandable fields is one change with 80 more places, not 81
        // documents up to 54 levels deep). `keys` are those of `out`.
        let mut met = Met::default();
        let mut keys: Vec<Option<MetKey>> = Vec::new();
        // What checking a pair again found (`Comparer::known_again`), by pair.
        let mut trials: Trials = HashMap::default();
        for (s, key) in suspects {
            // A copy of a suspect said with words of its own place (no
            // key) would be a second change: the suspect is said alone.
            if s.copy_of.is_some() && key.is_none() {
                continue;
            }
            if met.folds(key.as_ref(), &s) {
                continue;
            }
            // A union's branch that differs only where a pair met first
            // elsewhere differs (`Suspect::again`), in changes all shown
            // already: those changes, met at more places. Checked before
            // any document is looked for: on Stripe's description the
            // document searches for such suspects (41,703, most of them
            // found by checking one again) took 99 of the server's 100
            // million steps, and the 132 documents they found differed
            // only through a change said at its own place.
            if self.confirm && s.again.is_some() {
                if let Some(found) = self.known_again(&s, narrowed, &mut trials) {
                    if found.iter().all(|(k, _)| met.shown.contains_key(k)) {
                        let at = Checker::pointer(&s.path);
                        for (k, below) in found {
                            met.fold_at(&k, format!("{at}{below}"));
                        }
                        continue;
                    }
                }
            }
            // An overlap no document was found in is a question for
            // confirming; unconfirmed, it says nothing.
            if !self.confirm && s.what == ONE_OF_OVERLAP && s.local.is_none() {
                continue;
            }
            // Most `oneOf` overlaps give no document: proved first (once
            // per place and pair, `Comparer::overlap_excluded`), before
            // any document is looked for.
            if s.what == ONE_OF_OVERLAP && self.confirm && self.overlap_excluded(&s, sub) {
                continue;
            }
            // Shown by an earlier suspect's document, the change has
            // none of its own yet (`Comparer::deferred`).
            let mut change = self.confirm_with(&s, sub, sup, direction, None);
            let shown_by = self.deferred.take();
            let built = self.built.take();
            if change.rule == UNDECIDED && self.confirm {
                if let Some(escaped) = self.escaped(&s, sub, sup, direction) {
                    change = escaped;
                }
            }
            if (s.beside || s.copy_of.is_some()) && change.rule == UNDECIDED {
                continue;
            }
            // A required property no document lacks that the sub side
            // accepts whole: its own `oneOf` refuses the rest.
            if change.rule == UNDECIDED
                && s.family == Family::Required
                && self.confirm
                && self.absent_refused(&s, sub)
            {
                continue;
            }
            // Types the sup side does not accept that the sub side's own
            // `oneOf` refuses (two of its branches accept every such value).
            if change.rule == UNDECIDED
                && s.family == Family::Type
                && self.confirm
                && self.types_refused(&s, sub)
            {
                continue;
            }
            let overlap = s.what == ONE_OF_OVERLAP;
            if overlap && change.rule == UNDECIDED {
                if overlaps.contains(&change.instance_path) {
                    continue;
                }
                overlaps.push(change.instance_path.clone());
            }
            // Left undecided where a pair shared with another branch was
            // met first: checked again below, once the rest is known (each
            // suspect that said it; one that cannot be keeps it undecided).
            let again =
                (change.rule == UNDECIDED && self.confirm && s.again.is_some()).then(|| s.clone());
            // Shown by the document of the change just said, and the same
            // change at a sibling place: said with it, as one more place (5,000 sibling
            // properties whose types all changed are one finding and one
            // document, not 5,000 documents of 5,000 members).
            if let Some(doc) = &shown_by {
                if let Some(last) = out
                    .len()
                    .checked_sub(1)
                    .filter(|&i| same_change(&out[i], last_doc.as_ref(), &change, doc))
                {
                    folded.entry(last).or_default().push(change.instance_path);
                    continue;
                }
                change.counterexample = Some(Value::clone(doc));
            }
            match self.say(&mut said, &s, &change, direction) {
                None => {
                    met.shown(key.as_ref(), &change);
                    keys.push(key);
                    out.push(change);
                    retry.push(again.map(|s| vec![s]));
                    last_doc = shown_by.or(built);
                }
                Some(i) => match (&mut retry[i], again) {
                    (Some(all), Some(s)) => all.push(s),
                    (slot, _) => *slot = None,
                },
            }
        }
        for (i, places) in folded {
            let c = &mut out[i];
            c.what = also_at(std::mem::take(&mut c.what), &places);
            c.message = Change::said(&c.instance_path, &c.what, &c.why, direction);
        }
        let shown: Vec<String> = out
            .iter()
            .filter(|c| c.counterexample.is_some() && c.family == Some(Family::Combination))
            .map(|c| c.instance_path.clone())
            .collect();
        let kept = out.into_iter().zip(retry).zip(keys).filter(|((c, _), _)| {
            let overlap = c.rule == UNDECIDED
                && (c.old_value == "oneOf" || c.new_value == "oneOf")
                && overlaps.contains(&c.instance_path);
            // "No branch accepts every object" asked again, from another
            // branch of the sub side, where a document answered it.
            let union = c.rule == UNDECIDED
                && [&c.old_value, &c.new_value].iter().any(|v| {
                    (v.starts_with("anyOf of ") || v.starts_with("oneOf of "))
                        && v.ends_with(" branches")
                });
            !((overlap || union) && shown.contains(&c.instance_path))
        });
        let mut out: Vec<Change> = Vec::new();
        let mut keys: Vec<Option<MetKey>> = Vec::new();
        let mut found: Vec<Found> = Vec::new();
        for ((change, again), key) in kept.collect::<Vec<_>>() {
            // A branch that differs only where a pair it shares with
            // another branch was met first: what differs there, shown
            // under this branch with a document of its own (under every
            // branch that left the same question, or it stays undecided),
            // or met at another place of a change shown already.
            let again = again.unwrap_or_default();
            let mut decided = !again.is_empty();
            let mut shown = Vec::new();
            for s in again {
                match self.again(&s, sub, sup, direction, &mut met) {
                    Some(d) => shown.extend(d),
                    None => {
                        decided = false;
                        break;
                    }
                }
            }
            if decided {
                found.extend(shown);
            } else {
                out.push(change);
                keys.push(key);
            }
        }
        for (s, change, key) in found {
            if self.say(&mut said, &s, &change, direction).is_none() {
                out.push(change);
                keys.push(key);
            }
        }
        let undecided = if self.confirm {
            fold(undecided, direction)
        } else {
            Vec::new()
        };
        for (path, what) in undecided {
            out.push(Change {
                rule: UNDECIDED,
                family: None,
                severity: Severity::Warning,
                direction,
                instance_path: path.clone(),
                old_location: None,
                new_location: None,
                old_value: String::new(),
                new_value: String::new(),
                message: Change::said(&path, &what, &Why::Said, direction),
                what,
                why: Why::Said,
                counterexample: None,
            });
            keys.push(None);
        }
        met.say(&mut out, &keys, direction);
        out.sort_by(|a, b| {
            (a.instance_path.as_str(), a.rule).cmp(&(b.instance_path.as_str(), b.rule))
        });
        self.work = steps
            + (MAX_CONFIRMING - self.confirming.get())
            + self.escaping.get()
            + self.trying.get();
        Ok(out)
    }

    /// The work the last comparison took: its pair checks (those an entry
    /// of an earlier comparison replayed counted as taken), the work of
    /// building and validating the documents that show its suspects, the
    /// validator's steps of its searches around unions, and the pair
    /// checks of its suspects checked again on checkers of their own. The same
    /// whichever comparisons came before (what the comparer kept changes
    /// the time, not this count), so a budget over many comparisons that
    /// counts it is reproducible; 0 when it failed.
    pub fn work(&self) -> usize {
        self.work
    }

    /// The change `s` makes when a document is found around a union of the
    /// sup side it was found under: the suspect was found against one
    /// branch, and every whole document built around it another branch
    /// accepted; changed until no branch does (`crate::repair::escape`).
    /// Found at the union's place itself (the sub side is no branch of
    /// it), the change is that no branch accepts such a document.
    fn escaped(
        &self,
        s: &Suspect,
        sub: NodeId,
        sup: NodeId,
        direction: Direction,
    ) -> Option<Change> {
        if s.unions.is_empty() {
            return None;
        }
        // Each search builds and validates whole documents around every
        // union above the place; past the comparison's share the suspect
        // stays undecided.
        let left = self.escapes.get();
        if left == 0 {
            return None;
        }
        self.escapes.set(left - 1);
        let g = self.graph.get();
        let validate = |conj: &[NodeId], v: &Value| {
            let mut validator = Validator::new(g, &self.patterns);
            let t = validator.validate_all(conj, v);
            self.escaping.set(self.escaping.get() + validator.steps());
            t
        };
        // The sup side first, as in `Comparer::witness_built`.
        let confirm =
            |v: &Value| validate(&[sup], v) == Tri::Invalid && validate(&[sub], v) == Tri::Valid;
        let mut gen = Generator::new(g, &self.patterns).keeping(&self.kept);
        let mut locals: Vec<Value> = s.local.iter().chain(&s.others).cloned().collect();
        if locals.is_empty() {
            locals = gen.candidates(&s.sub, TypeSet::ALL);
        }
        for local in locals.into_iter().take(4) {
            let Some(doc) = gen.embed(&s.path, local) else {
                continue;
            };
            for (depth, at_sub, at_sup) in &s.unions {
                let Some(path) = s.path.get(..*depth) else {
                    continue;
                };
                let pointer = Checker::pointer(path);
                let keep = match s.path.get(*depth) {
                    Some((_, Seg::Key(k))) => Some(k.as_str()),
                    _ => None,
                };
                let Some(found) = doc.pointer(&pointer).and_then(|at| {
                    crate::repair::escape(
                        g,
                        &self.patterns,
                        &self.kept,
                        at_sub,
                        at_sup,
                        at,
                        keep,
                        &self.escaping,
                        &self.asked,
                    )
                }) else {
                    continue;
                };
                let mut whole = doc.clone();
                if let Some(slot) = whole.pointer_mut(&pointer) {
                    *slot = found.doc;
                }
                if !confirm(&whole) || self.refused_elsewhere(&whole, s, sub, sup) {
                    continue;
                }
                let at_union = *depth == s.path.len();
                let s = if at_union {
                    let (kw, n) = union_of(g, at_sup);
                    let types = crate::view::types(g, at_sub);
                    Suspect {
                        family: Family::Combination,
                        sub_value: "a schema".into(),
                        sup_value: format!("{kw} of {n} branches"),
                        what: format!(
                            "no {kw} branch accepts every {}",
                            crate::check::names(types)
                        ),
                        apart: None,
                        ..s.clone()
                    }
                } else {
                    s.clone()
                };
                return Some(self.confirm_with(&s, sub, sup, direction, Some((whole, found.open))));
            }
        }
        None
    }

    /// The key under which `s` is the same change as the suspects of the
    /// same pair met at other places ([`MetKey`]), for those said by their
    /// values and words alone: not a `oneOf` overlap, a suspect beside
    /// another or one checked again, and not one said with the types its
    /// sup side contradicts (each of those is said with words of its own
    /// place).
    fn met_key(&self, s: &Suspect, narrowed: bool) -> Option<MetKey> {
        let plain =
            s.what != ONE_OF_OVERLAP && !s.beside && s.again.is_none() && s.contradicted.is_none();
        plain.then(|| {
            (
                s.family,
                s.sub.clone(),
                s.sup.clone(),
                s.sub_value.clone(),
                s.sup_value.clone(),
                s.what.clone(),
                self.alternative(s, narrowed).map(|w| format!("{w:?}")),
            )
        })
    }

    /// Whether the sup side refuses `whole`, a document changed around a
    /// union to show `s` ([`Comparer::escaped`]), for what was changed
    /// outside `s`'s place: with a value both sides accept at that place
    /// instead of `s`'s, the sub side still accepts it and the sup side
    /// still refuses it. The change that kept the union's other branches
    /// from accepting it is then one the sup side refuses on its own (on
    /// Stripe's description, a payment intent's new `capture_method`
    /// value put beside a customer's `default_source` whose change was
    /// already said), and the document shows that, not `s`. `false` where
    /// no such value is found.
    fn refused_elsewhere(&self, whole: &Value, s: &Suspect, sub: NodeId, sup: NodeId) -> bool {
        let g = self.graph.get();
        let validate = |conj: &[NodeId], v: &Value| {
            let mut validator = Validator::new(g, &self.patterns);
            let t = validator.validate_all(conj, v);
            self.escaping.set(self.escaping.get() + validator.steps());
            t
        };
        let place = Checker::pointer(&s.path);
        let mut gen = Generator::new(g, &self.patterns).keeping(&self.kept);
        let mut candidates = gen.candidates(&s.sub, TypeSet::ALL);
        candidates.extend(gen.candidates(&s.sup, TypeSet::ALL));
        for v in candidates.into_iter().take(MAX_NEUTRAL) {
            if validate(&s.sub, &v) != Tri::Valid || validate(&s.sup, &v) != Tri::Valid {
                continue;
            }
            let mut neutral = whole.clone();
            let Some(slot) = neutral.pointer_mut(&place) else {
                return false;
            };
            *slot = v;
            if validate(&[sub], &neutral) != Tri::Valid {
                continue;
            }
            return validate(&[sup], &neutral) == Tri::Invalid;
        }
        false
    }

    /// Where in `said` `change` of `s` was said already, else `None`
    /// (and it is noted there): the same difference found twice at one
    /// place (once as an alternative no branch accepts, `Suspect::apart`;
    /// once under each of two branches that share the pair it is in) is
    /// said once.
    fn say(
        &self,
        said: &mut Said,
        s: &Suspect,
        change: &Change,
        direction: Direction,
    ) -> Option<usize> {
        let narrowed = direction == Direction::Backward;
        // Said apart by words its document or an alternative gave: one
        // change with the plain ones (an overlap of branches 1 and 3 and
        // one of 2 and 3 at one place are one change).
        let plain = if s.what == ONE_OF_OVERLAP || self.alternative(s, narrowed).is_some() {
            Change::said(
                &change.instance_path,
                &plain_what(s, narrowed),
                &change.why,
                direction,
            )
        } else {
            change.message.clone()
        };
        let n = said.len();
        match said.entry((change.rule, change.instance_path.clone(), plain)) {
            std::collections::hash_map::Entry::Occupied(at) => Some(*at.get()),
            std::collections::hash_map::Entry::Vacant(slot) => {
                slot.insert(n);
                None
            }
        }
    }

    /// The changes a suspect left undecided with [`Suspect::again`] makes
    /// when its branch is checked again on a checker of its own, at its
    /// place: the pair of schemas that differs below it was met first
    /// under another branch of the sub side's union (GitHub Enterprise
    /// Server 3.15 -> 3.14: the issue events' `labeled` and `unlabeled`
    /// kinds share the app schema whose `client_id` became a string), so
    /// what differs there, which that check found and kept under the first
    /// branch, is found again under this one and confirmed as every
    /// suspect is: with a whole document built under this branch, valid
    /// under the sub side and invalid under the sup side. Only decided
    /// changes are returned (a difference this check leaves undecided was
    /// said where it was met first); none when none is decided, and the
    /// suspect stays undecided.
    fn again(
        &self,
        s: &Suspect,
        sub: NodeId,
        sup: NodeId,
        direction: Direction,
        met: &mut Met,
    ) -> Option<Vec<Found>> {
        let (_, found) = self.tried(s)?;
        let narrowed = direction == Direction::Backward;
        let trial: Vec<(Suspect, Option<MetKey>)> = found
            .iter()
            .map(|t| (t.clone(), self.met_key(t, narrowed)))
            .collect();
        let mut out = Vec::new();
        let mut folded = false;
        for (t, key) in shallowest_first(trial) {
            if met.folds(key.as_ref(), &t) {
                folded = true;
                continue;
            }
            // A union below whose branch differs only where a pair met
            // first elsewhere differs: what differs there is this trial's
            // or the comparison's own change, not one of its own.
            if t.again.is_some() {
                continue;
            }
            let mut change = self.confirm(&t, sub, sup, direction);
            if change.rule == UNDECIDED {
                match self.escaped(&t, sub, sup, direction) {
                    Some(escaped) => change = escaped,
                    None => continue,
                }
            }
            if change.rule != UNDECIDED {
                met.shown(key.as_ref(), &change);
                out.push((t, change, key));
            }
        }
        (folded || !out.is_empty()).then_some(out)
    }

    /// What the pair `s` is to be checked again with (`Suspect::again`)
    /// finds at `s`'s place, on a checker of its own: each difference's
    /// key ([`Comparer::met_key`]) and place below `s`'s. Asked once per
    /// pair in a comparison (`trials`): what differs in the pair is taken
    /// to be what its first place found, the places below named from each
    /// suspect's own.
    fn known_again(
        &self,
        s: &Suspect,
        narrowed: bool,
        trials: &mut Trials,
    ) -> Option<Vec<(MetKey, String)>> {
        let (a, b) = s.again.as_ref()?;
        let pair = (a.clone(), b.clone());
        if let Some(found) = trials.get(&pair) {
            return found.clone();
        }
        let (decided, suspects) = self.tried(s)?;
        let found = (!suspects.is_empty() && decided)
            .then(|| {
                suspects
                    .iter()
                    .filter(|t| t.again.is_none())
                    .map(|t| {
                        let key = self.met_key(t, narrowed)?;
                        let below = Checker::pointer(t.path.get(s.path.len()..)?);
                        Some((key, below))
                    })
                    .collect::<Option<Vec<_>>>()
            })
            .flatten();
        trials.insert(pair, found.clone());
        found
    }

    /// The suspects the pair `s` is to be checked again with
    /// (`Suspect::again`) gives at `s`'s place, on a checker of its own,
    /// each found under the unions above `s` as well (innermost first), and
    /// whether that check left no question undecided. Checked once per
    /// pair and place in a comparison: [`Comparer::known_again`] asks
    /// before `s` is confirmed, [`Comparer::again`] after.
    fn tried(&self, s: &Suspect) -> Option<(bool, std::rc::Rc<Vec<Suspect>>)> {
        let (a, b) = s.again.as_ref()?;
        let key = (a.clone(), b.clone(), Checker::pointer(&s.path));
        if let Some((decided, found)) = self.tried.borrow().get(&key) {
            return Some((*decided, std::rc::Rc::clone(found)));
        }
        let g = self.graph.get();
        let mut trial = Checker::new(g, &self.patterns).sharing(&self.memo.same);
        trial.check_at(&s.path, a, b);
        self.trying.set(self.trying.get() + trial.steps());
        let decided = trial.undecided.is_empty();
        let found: Vec<Suspect> = std::mem::take(&mut trial.suspects)
            .into_iter()
            .map(|mut t| {
                t.unions.extend(s.unions.iter().cloned());
                t
            })
            .collect();
        let found = std::rc::Rc::new(found);
        self.tried
            .borrow_mut()
            .insert(key, (decided, std::rc::Rc::clone(&found)));
        Some((decided, found))
    }

    /// Whether the `oneOf` overlap `s` suspects is proved to give no whole
    /// document (`Checker::overlap_excluded`), on a checker of its own.
    fn overlap_excluded(&self, s: &Suspect, sub: NodeId) -> bool {
        let g = self.graph.get();
        let whole = crate::repair::whole_at(g, &self.patterns, &s.path, &flatten(g, &[sub]));
        let key = (whole, s.sub.clone(), s.sup.clone());
        if let Some(&known) = self.excluded.borrow().get(&key) {
            return known;
        }
        let answer = Checker::new(g, &self.patterns)
            .sharing(&self.memo.same)
            .overlap_excluded(&key.0, &key.1, &key.2);
        self.excluded.borrow_mut().insert(key, answer);
        answer
    }

    /// Whether the property a required suspect `s` is about is proved
    /// present in every document the sub side accepts whole: each object
    /// of the branch compared that lacks it passes a sibling branch too
    /// (`Checker::absent_refused`), on a checker of its own.
    fn absent_refused(&self, s: &Suspect, sub: NodeId) -> bool {
        let Some(name) = s
            .what
            .strip_prefix("property ")
            .and_then(|q| serde_json::from_str::<String>(q).ok())
        else {
            return false;
        };
        let g = self.graph.get();
        let whole = crate::repair::whole_at(g, &self.patterns, &s.path, &flatten(g, &[sub]));
        Checker::new(g, &self.patterns)
            .sharing(&self.memo.same)
            .absent_refused(&whole, &s.sub, &name)
    }

    /// Whether the values of types the sup side does not accept, where a
    /// type suspect `s` is, are refused by the sub side's own `oneOf`
    /// (`Checker::types_refused`), on a checker of its own.
    fn types_refused(&self, s: &Suspect, sub: NodeId) -> bool {
        let g = self.graph.get();
        let whole = crate::repair::whole_at(g, &self.patterns, &s.path, &flatten(g, &[sub]));
        Checker::new(g, &self.patterns)
            .sharing(&self.memo.same)
            .types_refused(&whole, &s.sub, &s.sup)
    }

    fn location(&self, conj: &[NodeId]) -> Option<String> {
        let id = *conj.first()?;
        let n = self.graph.get().node(id);
        let loc = n.loc.as_ref()?;
        let doc = &self.graph.get().doc(n.side).documents()[loc.doc];
        Some(format!("{}{}", doc.name, display_pointer(&loc.pointer)))
    }

    fn confirm(&self, s: &Suspect, sub: NodeId, sup: NodeId, direction: Direction) -> Change {
        let mut change = self.confirm_with(s, sub, sup, direction, None);
        if let Some(doc) = self.deferred.take() {
            change.counterexample = Some(Value::clone(&doc));
        }
        self.built.take();
        change
    }

    /// As [`Comparer::confirm`], with the document found around a union of
    /// the sup side (`given`: the document and the properties it takes
    /// that the sub side leaves open) instead of the witness search; a
    /// document an earlier suspect was shown with is left out of the
    /// change, in [`Comparer::deferred`].
    fn confirm_with(
        &self,
        s: &Suspect,
        sub: NodeId,
        sup: NodeId,
        direction: Direction,
        given: Option<(Value, Vec<String>)>,
    ) -> Change {
        let narrowed = direction == Direction::Backward;
        let rule = rule_of(s.family, narrowed);
        let path = Checker::pointer(&s.path);
        let (old_value, new_value) = if narrowed {
            (s.sub_value.clone(), s.sup_value.clone())
        } else {
            (s.sup_value.clone(), s.sub_value.clone())
        };
        let (old_loc, new_loc) = if narrowed {
            (self.location(&s.sub), self.location(&s.sup))
        } else {
            (self.location(&s.sup), self.location(&s.sub))
        };
        // Said as the document shows it, where it tells more.
        let base = |severity, why: Why, counterexample: Option<Value>| {
            let what = self
                .overlap_shown(s, narrowed, counterexample.as_ref())
                .or_else(|| self.alternative(s, narrowed))
                .unwrap_or_else(|| plain_what(s, narrowed));
            Change {
                rule,
                family: Some(s.family),
                severity,
                direction,
                instance_path: path.clone(),
                old_location: old_loc.clone(),
                new_location: new_loc.clone(),
                old_value: old_value.clone(),
                new_value: new_value.clone(),
                message: Change::said(&path, &what, &why, direction),
                what,
                why,
                counterexample,
            }
        };
        if s.family == Family::Format {
            return base(Severity::Warning, Why::Format, None);
        }
        if !self.confirm {
            return base(Severity::Warning, Why::Said, None);
        }
        let open = s.family == Family::PropertyOpen;
        // A document shows it: its own, or one an earlier suspect was
        // shown with, which the caller puts in the change (`None` here).
        let (witness, taken) = match given {
            Some((doc, taken)) => (Some(Some(doc)), taken),
            None => match self.witness(s, sub, sup) {
                Some(Witness::Built(doc)) => (Some(Some(doc)), Vec::new()),
                Some(Witness::Shown(doc)) => {
                    *self.deferred.borrow_mut() = Some(doc);
                    (Some(None), Vec::new())
                }
                None => (None, Vec::new()),
            },
        };
        let (older, newer) = if narrowed {
            ("old", "new")
        } else {
            ("new", "old")
        };
        match witness {
            Some(doc) => {
                let shown = |policy: Option<String>| Why::Shown { policy };
                if !taken.is_empty() && !open {
                    // Only a value of a name the sub side leaves open keeps
                    // the sup side's other branches from accepting it.
                    let taken = taken
                        .iter()
                        .map(|n| format!("{n:?}"))
                        .collect::<Vec<_>>()
                        .join(", ");
                    let (sev, policy) = match self.options.policy {
                        Policy::Strict => (Severity::Breaking, format!("breaking under the strict policy (the document gives {taken}, which the {older} schema leaves open there, a value that keeps the {newer} schema's other branches from accepting it; the lenient policy allows it)")),
                        Policy::Lenient => (Severity::Info, format!("allowed by the lenient policy (the document compat found gives {taken}, which the {older} schema leaves open there, a value that keeps the {newer} schema's other branches from accepting it)")),
                    };
                    base(sev, shown(Some(policy)), doc)
                } else if open {
                    let (sev, policy) = match self.options.policy {
                        Policy::Strict => (Severity::Breaking, "breaking under the strict policy (the content model was open, so documents may carry this name with another value; the lenient policy allows it)"),
                        Policy::Lenient => (Severity::Info, "allowed by the lenient policy (the content model was open; a document carrying this name with another value would fail)"),
                    };
                    base(sev, shown(Some(policy.to_owned())), doc)
                } else {
                    base(Severity::Breaking, shown(None), doc)
                }
            }
            None => {
                let reason = match &s.local {
                    _ if self.confirming.get() == 0 => format!(
                        ", but the comparison's {MAX_CONFIRMING} steps for building and checking documents ran out before compat found one that shows it"
                    ),
                    // The sup side's oneOf branches overlap; the sub side's
                    // documents in the overlap that compat built are refused
                    // by the sub side itself (its own oneOf, one level up).
                    Some(local) if s.what == ONE_OF_OVERLAP => format!(
                        ": {} is accepted by two of the {newer} schema's oneOf branches (or by none), but every whole document compat built around such a value the {older} schema refuses too, and whether one exists is not decided (it takes a document of one {older} branch outside all the others)",
                        short(local)
                    ),
                    _ => ", but compat found no document that tells the two schemas apart".to_owned(),
                };
                let mut c = base(Severity::Warning, Why::Unshown { reason }, None);
                c.rule = UNDECIDED;
                c.family = None;
                c
            }
        }
    }

    /// What `s` says when the sub side there is an alternative no branch
    /// of the sup side's union accepts ([`Suspect::apart`]): it was found
    /// against the branch that differs least, so "the allowed values
    /// changed from ["creation"] to ["merge_queue"]" would read as if
    /// `creation` were gone, where a new alternative (GHES 3.15's
    /// `merge_queue` ruleset rule) was added. Said as the alternative,
    /// with the value that tells it apart where the difference is a value
    /// of one of its direct properties, else with how it differs from
    /// the closest branch. `None` for any other suspect, and where the
    /// sup side's union has one branch (Stripe's nullable `anyOf: [{$ref}]`
    /// around a card wallet): that branch changed, and the plain words say
    /// how ("link" newly allowed), not "no branch of its anyOf of 1".
    fn alternative(&self, s: &Suspect, narrowed: bool) -> Option<Words> {
        let depth = s.apart?;
        let (_, _, at_sup) = s.unions.iter().find(|(d, _, _)| *d == depth)?;
        let (kw, n) = union_of(self.graph.get(), at_sup);
        if n < 2 {
            return None;
        }
        let (intro, side) = if narrowed {
            ("an alternative is no longer allowed", "new")
        } else {
            ("a new alternative is allowed", "old")
        };
        let values = enum_values(s);
        let value = values.map(|(v, _)| v);
        // The value of a direct property that tells it apart (a `type`
        // or `kind` discriminator).
        if let (Some((value, many)), Some((_, Seg::Key(k)))) = (values, s.path.get(depth)) {
            if s.path.len() == depth + 1 {
                let it = if many { "them" } else { "it" };
                return Some(Words::text(format!(
                    "{intro}: {k} {value} (no branch of the {side} schema's {kw} of {n} branches allows {it})"
                )));
            }
        }
        // Found below the union (the alternative's place is said), or at it.
        let mut said = Words::text(intro);
        let here = if s.path.len() == depth {
            ""
        } else {
            said = said.then(" at ").at(Checker::pointer(&s.path[..depth]));
            " here"
        };
        let (alt, closest) = (&s.sub_value, &s.sup_value);
        let how = match (s.family, value) {
            (Family::Enum, Some(value)) => format!(
                "it allows {value}{here}, which the closest branch does not (it allows {closest})"
            ),
            (Family::Combination, _) => format!(
                "against the closest branch{here}: {} (the {side} schema's {closest})",
                s.what
            ),
            _ => format!(
                "{}{here}: {alt} in it, {closest} in the closest branch",
                s.what
            ),
        };
        Some(said.then(format!(
            " that no branch of the {side} schema's {kw} of {n} branches accepts; {how}"
        )))
    }

    /// What the document `doc` of an overlap suspect `s` shows of the sup
    /// side's `oneOf` at its place: the branches that accept its value
    /// there ("a value that branches 1 and 3 of the old schema's oneOf both
    /// accept, which a oneOf refuses") or that none does, where
    /// "documents that more than one oneOf branch (or none) accepts" left
    /// the reader to find out which (Mist's device `oneOf`). `None` for
    /// any other suspect, without a document or a value at the place, or
    /// where one branch accepts it or one cannot be checked. The steps are
    /// charged to the comparison's budget for confirming.
    fn overlap_shown(&self, s: &Suspect, narrowed: bool, doc: Option<&Value>) -> Option<Words> {
        if s.what != ONE_OF_OVERLAP {
            return None;
        }
        let value = doc?.pointer(&Checker::pointer(&s.path))?;
        let g = self.graph.get();
        let group = s
            .sup
            .iter()
            .map(|&y| &g.node(y).one_of)
            .find(|group| group.len() > 1)?;
        let mut accepting = Vec::new();
        for (i, &br) in group.iter().enumerate().take(MAX_BRANCHES_SAID) {
            let mut validator = Validator::new(g, &self.patterns);
            let t = validator.validate_all(&flatten(g, &[br]), value);
            self.charge(validator.steps());
            match t {
                Tri::Valid => accepting.push(i + 1),
                Tri::Invalid => {}
                Tri::Unknown => return None,
            }
        }
        let side = if narrowed { "new" } else { "old" };
        let n = group.len();
        let said = match accepting.as_slice() {
            [] if n <= MAX_BRANCHES_SAID => {
                format!("a value that none of the {n} branches of the {side} schema's oneOf accepts")
            }
            [] | [_] => return None,
            many => format!(
                "a value that branches {} of the {side} schema's oneOf {} accept, which a oneOf refuses",
                numbers(many),
                if many.len() == 2 { "both" } else { "all" }
            ),
        };
        Some(Words::text(said))
    }

    /// Charges `work` to the current comparison's budget for confirming.
    fn charge(&self, work: usize) {
        self.confirming
            .set(self.confirming.get().saturating_sub(work));
    }

    /// A whole document valid under `sub` and invalid under `sup` with the
    /// suspect's difference at its place: one shown for an earlier suspect
    /// of the comparison that holds one of this suspect's own values at
    /// its place already ([`Comparer::shown_with`]), else one built
    /// ([`Comparer::witness_built`]).
    fn witness(&self, s: &Suspect, sub: NodeId, sup: NodeId) -> Option<Witness> {
        if let Some(doc) = self.shown_with(s) {
            return Some(Witness::Shown(doc));
        }
        let doc = self.witness_built(s, sub, sup)?;
        let kept = Arc::new(doc.clone());
        let mut shown = self.shown.borrow_mut();
        if shown.len() >= MAX_SHOWN {
            shown.remove(0);
        }
        shown.push((parent_of(s), Arc::clone(&kept)));
        *self.built.borrow_mut() = Some(kept);
        Some(Witness::Built(doc))
    }

    /// The last document shown in this comparison (of the last
    /// [`MAX_SHOWN`]) for a suspect at a sibling place (the same object or
    /// array; so a document is the one it always was, members in the same
    /// order, wherever else it could serve) that holds one of the
    /// suspect's own values at its place: valid under the sub side and
    /// refused by the sup side, it is what [`Comparer::witness_built`]
    /// looks for. Siblings share it: an
    /// object of 5,000 required properties whose types all changed is
    /// one document of 5,000 members built and validated once, not 5,000
    /// times (25 million members, past the budget for confirming).
    fn shown_with(&self, s: &Suspect) -> Option<Arc<Value>> {
        let shown = self.shown.borrow();
        let own: Vec<&Value> = s.local.iter().chain(&s.others).collect();
        let parent = parent_of(s);
        for (_, doc) in shown.iter().rev().filter(|(p, _)| *p == parent) {
            self.charge(s.path.len() + 1);
            let mut at = Some(&**doc);
            for (_, seg) in &s.path {
                at = at.and_then(|v| match seg {
                    Seg::Key(k) => v.get(k),
                    Seg::Index(i) => v.get(i),
                });
            }
            if at.is_some_and(|v| own.iter().any(|o| crate::validate::json_eq(o, v))) {
                return Some(Arc::clone(doc));
            }
        }
        None
    }

    /// A whole document valid under `sub` and invalid under `sup` with the
    /// suspect's difference at its place, built. The work it takes is
    /// charged to the comparison's budget ([`MAX_CONFIRMING`]); none once
    /// that is spent.
    fn witness_built(&self, s: &Suspect, sub: NodeId, sup: NodeId) -> Option<Value> {
        let g = self.graph.get();
        let left = || self.confirming.get() > 0;
        if !left() {
            return None;
        }
        let validate = |conj: &[NodeId], v: &Value| {
            let mut validator = Validator::new(g, &self.patterns);
            let t = validator.validate_all(conj, v);
            self.charge(validator.steps());
            t
        };
        // The sup side first: the generator builds documents the sub side
        // accepts, and where one fails it is the sup side that accepts it
        // too (Stripe's descriptions: 35,070 of 54,796 documents).
        let confirm =
            |v: &Value| validate(&[sup], v) == Tri::Invalid && validate(&[sub], v) == Tri::Valid;
        let mut gen = Generator::new(g, &self.patterns)
            .keeping(&self.kept)
            .at_most(self.confirming.get());
        // The generator's work, charged as it goes.
        let mut charged = 0;
        let mut settle = |gen: &Generator<'_, '_>| {
            let work = gen.work();
            self.charge(work - charged);
            charged = work;
            left()
        };
        // The suspect's own values first, every one of them: each was
        // checked at its place, and a `oneOf` one level up may refuse some.
        let own: Vec<Value> = s.local.iter().chain(&s.others).cloned().collect();
        for local in &own {
            let doc = gen.embed(&s.path, local.clone());
            if !settle(&gen) {
                return None;
            }
            if let Some(doc) = doc {
                if confirm(&doc) {
                    return Some(doc);
                }
            }
            if !left() {
                return None;
            }
        }
        // A sibling branch of the sub side's own `oneOf` at the place may
        // accept those values too, and the whole sub side refuse them:
        // changed until no sibling does (`crate::repair`).
        let whole = crate::repair::whole_at(g, &self.patterns, &s.path, &flatten(g, &[sub]));
        for local in &own {
            let Some(free) = crate::repair::sibling_free(
                g,
                &self.patterns,
                &self.kept,
                &whole,
                &s.sub,
                &s.sup,
                local,
            ) else {
                continue;
            };
            let doc = gen.embed(&s.path, free);
            if !settle(&gen) {
                return None;
            }
            if let Some(doc) = doc {
                if confirm(&doc) {
                    return Some(doc);
                }
            }
            if !left() {
                return None;
            }
        }
        // The place reached through one branch of a `oneOf` above it
        // (a memoised pair is met once, under the first branch): the
        // values put there under another branch, which a document of the
        // first refuses (CycloneDX 1.3's licence choice: an `expression`
        // beside the `license` the first branch asks for passes both
        // branches).
        for i in 0..s.path.len() {
            let whole =
                crate::repair::whole_at(g, &self.patterns, &s.path[..i], &flatten(g, &[sub]));
            for path in other_branches(g, &whole, &s.path, i) {
                for local in &own {
                    let doc = gen.embed(&path, local.clone());
                    if !settle(&gen) {
                        return None;
                    }
                    if let Some(doc) = doc {
                        if confirm(&doc) {
                            return Some(doc);
                        }
                    }
                    if !left() {
                        return None;
                    }
                }
            }
        }
        let mut locals: Vec<Value> = Vec::new();
        // An overlap no value was found in: only a value the sup side
        // refuses at the place shows it (not one the rest of the document
        // gets refused for).
        let at_place = s.what == ONE_OF_OVERLAP && s.local.is_none();
        let candidates = gen.candidates(&s.sub, TypeSet::ALL);
        if !settle(&gen) {
            return None;
        }
        for c in candidates {
            if !own.contains(&c)
                && !locals.contains(&c)
                && (!at_place || validate(&s.sup, &c) == Tri::Invalid)
            {
                locals.push(c);
            }
        }
        // Up to 32 leaves; a context that takes none of the first few
        // (the rest of the document cannot be built around them) takes no
        // other, so the search stops there (a lone `local` counts as one).
        let mut misses = if s.others.is_empty() { own.len() } else { 0 };
        for local in locals.into_iter().take(32 - own.len().min(1)) {
            if !left() {
                return None;
            }
            let doc = gen.embed(&s.path, local);
            if !settle(&gen) {
                return None;
            }
            match doc {
                Some(doc) if confirm(&doc) => return Some(doc),
                _ => misses += 1,
            }
            if misses >= 6 {
                break;
            }
        }
        None
    }
}

/// The document that shows a suspect ([`Comparer::witness`]).
enum Witness {
    /// Built for it.
    Built(Value),
    /// Shown for an earlier suspect of the comparison, as kept.
    Shown(Arc<Value>),
}

/// The most other `oneOf` branches [`other_branches`] gives at a level.
const MAX_OTHER_BRANCHES: usize = 8;

/// `path` with the schema at level `i` (`whole` there, before any split)
/// taking another branch of a `oneOf` its level was split on, one path
/// per other branch (at most [`MAX_OTHER_BRANCHES`]).
fn other_branches(
    g: &Graph<'_>,
    whole: &[NodeId],
    path: &[(Conj, Seg)],
    i: usize,
) -> Vec<Vec<(Conj, Seg)>> {
    let level = &path[i].0;
    let whole = taken(g, whole, level);
    let mut out = Vec::new();
    for &id in &whole {
        let group = &g.node(id).one_of;
        let within = |br: NodeId| flatten(g, &[br]).iter().all(|x| level.contains(x));
        if group.len() < 2 || !group.iter().any(|&br| within(br)) {
            continue;
        }
        for &br in group.iter().filter(|&&br| !within(br)) {
            if out.len() >= MAX_OTHER_BRANCHES {
                return out;
            }
            let mut conj: Vec<NodeId> = whole.iter().copied().filter(|&x| x != id).collect();
            conj.push(br);
            let mut p = path.to_vec();
            p[i].0 = flatten(g, &conj);
            out.push(p);
        }
    }
    out
}

/// `whole` with what the check took of it at `level` put in: the `then`
/// or `else` of a conditional, or a branch of an `anyOf`, whose every
/// node `level` holds but the unions split off it. A `oneOf` met there is
/// then one of `whole`'s (OpenAPI 3.1's parameter, the `else` of
/// `parameter-or-reference`, is a `oneOf` of "with a schema" and "with
/// content").
fn taken(g: &Graph<'_>, whole: &[NodeId], level: &Conj) -> Conj {
    let mut out = whole.to_vec();
    let mut i = 0;
    while i < out.len() && out.len() < MAX_TAKEN {
        let n = g.node(out[i]);
        let (then, otherwise) = n.conditional.map_or((None, None), |(_, t, e)| (t, e));
        let parts: Vec<NodeId> = then
            .into_iter()
            .chain(otherwise)
            .chain(n.any_of.iter().copied())
            .collect();
        for part in parts {
            let f = flatten(g, &[part]);
            let held = !f.is_empty()
                && f.iter().all(|x| {
                    let m = g.node(*x);
                    level.contains(x) || !m.one_of.is_empty() || !m.any_of.is_empty()
                });
            if held {
                for x in f {
                    if !out.contains(&x) {
                        out.push(x);
                    }
                }
            }
        }
        i += 1;
    }
    out
}

/// The most nodes [`taken`] looks through.
const MAX_TAKEN: usize = 256;

/// The place of the object or array a suspect is a member or item of.
fn parent_of(s: &Suspect) -> Vec<Seg> {
    let n = s.path.len().saturating_sub(1);
    s.path[..n].iter().map(|(_, seg)| seg.clone()).collect()
}

/// Whether `b`, shown by `b_doc` (not in it yet), is the change `a` is
/// (shown by `a_doc` where that is known), at a sibling place (another
/// member or item of the same object or array), shown by the same
/// document: the same rule, severity, words and document (the same one
/// kept, else an equal one).
fn same_change(a: &Change, a_doc: Option<&Arc<Value>>, b: &Change, b_doc: &Arc<Value>) -> bool {
    let parent = |p: &str| p.rfind('/').map(|i| p[..i].to_owned());
    a.instance_path != b.instance_path
        && parent(&a.instance_path).is_some()
        && parent(&a.instance_path) == parent(&b.instance_path)
        && a.rule == b.rule
        && a.severity == b.severity
        && a.what == b.what
        && a.why == b.why
        && a.counterexample.is_some()
        && (a_doc.is_some_and(|d| Arc::ptr_eq(d, b_doc))
            || a.counterexample.as_ref() == Some(&**b_doc))
}

/// `what`, and the other places it is said at, shown by the same document.
fn also_at(what: Words, places: &[String]) -> Words {
    with_places(what, places, |n, noun| {
        format!(" (the same at {n} other {noun}, shown by the same document: ")
    })
}

/// `what`, and the other places the same change was met at, not shown by
/// a document of their own.
fn also_met(what: Words, places: &[String]) -> Words {
    with_places(what, places, |n, noun| {
        format!(" (the same schemas meet at {n} other {noun} too, not each shown by a document: ")
    })
}

/// `what`, then `intro` of how many `places` there are, the first
/// [`PLACES_NAMED`] of them named, then how many more.
fn with_places(what: Words, places: &[String], intro: impl FnOnce(usize, &str) -> String) -> Words {
    let n = places.len();
    let noun = if n == 1 { "place" } else { "places" };
    let mut words = what.then(intro(n, noun));
    for (i, p) in places.iter().take(PLACES_NAMED).enumerate() {
        if i > 0 {
            words = words.then(", ");
        }
        words = words.at(p.clone());
    }
    if n > PLACES_NAMED {
        words = words.then(format!(" and {} more", n - PLACES_NAMED));
    }
    words.then(")")
}

/// What `s` says (after its place): a value changed from the old side's
/// to the new side's (a combinator named with its side).
fn plain_what(s: &Suspect, narrowed: bool) -> Words {
    let (old_value, new_value) = if narrowed {
        (&s.sub_value, &s.sup_value)
    } else {
        (&s.sup_value, &s.sub_value)
    };
    // One side has a list of allowed values and the other none: said as
    // the list added or removed, with what the side without one allows.
    let (listed_old, listed_new) = (!old_value.starts_with(ANY), !new_value.starts_with(ANY));
    if s.family == Family::Enum && listed_old != listed_new {
        let values = enum_values(s).map_or_else(String::new, |(value, _)| {
            let how = if narrowed {
                "no longer allowed"
            } else {
                "newly allowed"
            };
            format!(" ({value} {how})")
        });
        return Words::text(if listed_old {
            format!("the list of allowed values {old_value} was removed: {new_value} is now allowed{values}")
        } else {
            format!("a list of allowed values {new_value} was added: the old schema allowed {old_value}{values}")
        });
    }
    if let Some((value, _)) = enum_values(s) {
        // Values of an enum: what changed is the list, and the values
        // are said (the lists may be cut short).
        let how = if narrowed {
            "no longer allowed"
        } else {
            "newly allowed"
        };
        if old_value == new_value {
            // Both lists cut short where they still agree: showing them
            // says nothing, the value is the difference.
            Words::text(format!("the allowed values changed ({value} {how})"))
        } else {
            Words::text(format!(
                "the allowed values changed from {old_value} to {new_value} ({value} {how})"
            ))
        }
    } else if s.family == Family::Combination {
        // The difference is the combinator of the side that must
        // accept (`false`, a `oneOf`, a `not`): named with that side.
        let (side, value) = if narrowed {
            ("new", new_value)
        } else {
            ("old", old_value)
        };
        Words::text(format!("{} (the {side} schema's {value})", s.what))
    } else {
        let said = format!("{} changed from {old_value} to {new_value}", s.what);
        match &s.contradicted {
            Some(c) => Words::text(format!("{said} ({})", contradiction(c, narrowed))),
            None => Words::text(said),
        }
    }
}

/// Branch numbers as said: `2 and 3`, `1, 2 and 4`.
fn numbers(n: &[usize]) -> String {
    match n.split_last() {
        Some((last, [])) => last.to_string(),
        Some((last, rest)) => {
            let rest: Vec<String> = rest.iter().map(usize::to_string).collect();
            format!("{} and {last}", rest.join(", "))
        }
        None => String::new(),
    }
}

/// Why types a branch of a union accepts are refused: the `type` beside
/// it ("the new schema's `type`, null or array, refuses string, which
/// branch 2 of its oneOf accepts"), its allowed values where the `type`
/// allows them ("the new schema's allowed values, [[\"a\"]], include no
/// string, ..."), or both; then the types no branch accepts ("and no
/// branch of its oneOf accepts integer"). The old side's keywords are
/// said in the past tense.
fn contradiction(c: &Contradicted, narrowed: bool) -> String {
    let side = if narrowed { "new" } else { "old" };
    let kw = c.kw;
    let branches = match c.branches.as_slice() {
        [one] => format!("branch {one} of its {kw} accepts"),
        many => format!("branches {} of its {kw} accept", numbers(many)),
    };
    let (refuses, include) = if narrowed {
        ("refuses", "include")
    } else {
        ("refused", "included")
    };
    let mut why = Vec::new();
    let by_type = c.lost.minus(c.by_values);
    if !by_type.is_empty() {
        why.push(format!(
            "the {side} schema's `type`, {}, {refuses} {}",
            names(c.declared),
            names(by_type)
        ));
    }
    if let Some(values) = c.values.as_deref().filter(|_| !c.by_values.is_empty()) {
        let whose = if why.is_empty() {
            format!("the {side} schema's")
        } else {
            "its".to_owned()
        };
        why.push(format!(
            "{whose} allowed values, {values}, {include} no {}",
            names(c.by_values)
        ));
    }
    let mut said = format!("{}, which {branches}", why.join(" and "));
    for (kw, t) in &c.unaccepted {
        said.push_str(&format!(
            ", and no branch of its {kw} accepts {}",
            names(*t)
        ));
    }
    said
}

/// The values an enum suspect `s` is about, as said, and whether there
/// is more than one; `None` for any other suspect.
fn enum_values(s: &Suspect) -> Option<(&str, bool)> {
    if s.family != Family::Enum {
        return None;
    }
    if let Some(value) = s.what.strip_prefix(THE_VALUE) {
        return Some((value, false));
    }
    s.what.strip_prefix(THE_VALUES).map(|values| (values, true))
}

/// The keyword and the number of branches of the union of `conj` (a
/// conjunction with an `anyOf` or `oneOf` of more than one branch).
fn union_of(g: &Graph<'_>, conj: &[NodeId]) -> (&'static str, usize) {
    conj.iter()
        .map(|&y| g.node(y))
        .find_map(|n| {
            if n.any_of.len() > 1 {
                Some(("anyOf", n.any_of.len()))
            } else if n.one_of.len() > 1 {
                Some(("oneOf", n.one_of.len()))
            } else {
                None
            }
        })
        .unwrap_or(("anyOf", 0))
}

/// The rule of a family of difference; `narrowed` when the new side is the stricter.
pub fn rule_of(family: Family, narrowed: bool) -> &'static str {
    let pick = |a, b| if narrowed { a } else { b };
    match family {
        Family::Type => pick("schema-type-narrowed", "schema-type-extended"),
        Family::Enum => pick("schema-enum-narrowed", "schema-enum-extended"),
        Family::Range => pick("schema-range-narrowed", "schema-range-extended"),
        Family::Length => pick("schema-length-narrowed", "schema-length-extended"),
        Family::Pattern => pick("schema-pattern-narrowed", "schema-pattern-extended"),
        Family::Format => "schema-format-changed",
        Family::Required => pick("schema-required-added", "schema-required-removed"),
        // The sub side declares it, the sup side is closed to it: backward, the new schema dropped it.
        Family::PropertyClosed => pick("schema-property-removed", "schema-property-added"),
        // The sub side is open, the sup side declares it: backward, the new schema added it.
        Family::PropertyOpen => pick("schema-property-added", "schema-property-removed"),
        Family::Additional => pick(
            "schema-additional-properties-narrowed",
            "schema-additional-properties-extended",
        ),
        Family::PropertyNames => pick(
            "schema-property-names-narrowed",
            "schema-property-names-extended",
        ),
        Family::Size => pick("schema-size-narrowed", "schema-size-extended"),
        Family::Items => pick("schema-items-narrowed", "schema-items-extended"),
        Family::Dependency => pick("schema-dependency-added", "schema-dependency-removed"),
        Family::Combination => pick("schema-combination-narrowed", "schema-combination-extended"),
    }
}
