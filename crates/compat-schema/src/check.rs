//! The subset check: is every document valid under one schema (the *sub*
//! side) valid under the other (the *sup* side)? Walked keyword by keyword
//! over flattened conjunctions, pairs memoised (a pair met again while it is
//! being checked is assumed to hold, which makes recursive schemas finite),
//! and every difference that could break recorded as a [`Suspect`] with
//! the instance path and a local counterexample. `crate::compare` turns
//! suspects into confirmed changes. With a [`Memo`] (a comparer's), a pair
//! checked in an earlier comparison is replayed where that does what
//! checking it again would (`crate::memo`).

use std::cell::RefCell;
use std::rc::Rc;

use foldhash::{HashMap, HashSet};
use serde_json::Value;

use crate::evaluated::Scope;
use crate::generate::{Generator, Kept, Seg};
use crate::graph::{Graph, NodeId};
use crate::memo::{Entry, Memo, Pair, Placed, MIN_STEPS};
use crate::pattern::{Inclusion, Patterns};
use crate::range::{num, outside_range};
use crate::same::Same;
use crate::types::TypeSet;
use crate::validate::{Tri, Validator};
use crate::view::{self, flatten, Conj, Lean, Maybe, Origin, View};

/// What kind of difference a suspect is (the rule family).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Family {
    /// `type`.
    Type,
    /// `enum` / `const`.
    Enum,
    /// Numeric bounds and `multipleOf`.
    Range,
    /// `minLength` / `maxLength`.
    Length,
    /// `pattern`.
    Pattern,
    /// `format`.
    Format,
    /// `required`.
    Required,
    /// A property a closed content model declares on the sub side only.
    PropertyClosed,
    /// A property the sup side declares where the sub side's model is open.
    PropertyOpen,
    /// `additionalProperties` / `unevaluatedProperties`.
    Additional,
    /// `propertyNames`.
    PropertyNames,
    /// Counts: `minItems`, `maxItems`, `minProperties`, `maxProperties`, `uniqueItems`, `contains` counts.
    Size,
    /// `items`, `prefixItems`, `contains`.
    Items,
    /// `dependentRequired` / `dependentSchemas`.
    Dependency,
    /// `anyOf`, `oneOf`, `not`, `if`/`then`/`else`, `false`.
    Combination,
}

/// A difference that may break, before confirmation.
#[derive(Debug, Clone)]
pub struct Suspect {
    /// The rule family.
    pub family: Family,
    /// The instance path from the root: each level's sub-side schema and the step taken.
    pub path: Vec<(Conj, Seg)>,
    /// The sub-side schema at the place.
    pub sub: Conj,
    /// The sup-side schema at the place.
    pub sup: Conj,
    /// A value valid under `sub` and meant to be invalid under `sup`, when one was built.
    pub local: Option<Value>,
    /// More such values, tried after `local` when it does not make a whole
    /// document (a `oneOf` of the sub side refuses it one level up).
    pub others: Vec<Value>,
    /// The sub side's value of the keyword, as text.
    pub sub_value: String,
    /// The sup side's value.
    pub sup_value: String,
    /// What differs, in words (without the direction).
    pub what: String,
    /// It only adds to a difference already reported at its place (a
    /// `oneOf` overlap beside a branch that differs): dropped, not
    /// undecided, when no whole document shows it.
    pub beside: bool,
    /// The unions of the sup side it was found under, innermost first:
    /// the depth of each on the path, the sub side there (one type) and
    /// the sup side there (with the `anyOf`/`oneOf`). It was found against
    /// one branch of each, which the other branches may make up for
    /// (`crate::repair::escape`).
    pub unions: Vec<(usize, Conj, Conj)>,
    /// The depth on the path of the innermost of those unions that no
    /// branch of accepts the sub side there, where even the branch it
    /// differs least from ([`Checker::closest_branch`]) has another
    /// value of a discriminator (an `enum`/`const` of a direct
    /// property): the sub side there is an alternative the sup side
    /// lacks, and what differs is how it differs from that branch, not a
    /// change of it.
    pub apart: Option<usize>,
    /// The sub side there (one type) and the branch of the sup side's
    /// union it was checked against, when that check failed without a
    /// suspect at or below this place: what differs was found at another
    /// place of the comparison (a pair of schemas shared by two branches of
    /// the sub side's own union, met under the first) and is not looked at
    /// again here. Confirming checks the two again on a checker of its own
    /// ([`Checker::check_at`]) before leaving this suspect undecided.
    pub again: Option<(Conj, Conj)>,
    /// A type the sub side accepts that the sup side's own `type` refuses
    /// while a branch of its union accepts it (a `oneOf` beside
    /// `type: [array, null]` whose string branch can match nothing):
    /// said with the types, so that a reader who sees no branch change
    /// sees why the types did.
    pub contradicted: Option<Contradicted>,
    /// A copy of the suspect of this index said at a shallower place
    /// ([`Checker::reroot`]): the same change (its key is that suspect's),
    /// dropped, not undecided, when no whole document shows it (the
    /// suspect it was copied from still is).
    pub copy_of: Option<usize>,
}

/// The sup side's own `type` or `enum` (beside its `anyOf`/`oneOf`)
/// refuses types that branches of that union accept
/// ([`Suspect::contradicted`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Contradicted {
    /// What the `type` keywords of the sup side allow, its unions aside.
    pub declared: TypeSet,
    /// Its allowed values (`enum`, `const`), shortened, when they refuse
    /// some of [`Contradicted::lost`] that `declared` allows.
    pub values: Option<String>,
    /// The types the sub side accepts that it refuses and a branch accepts.
    pub lost: TypeSet,
    /// Those of `lost` refused by the allowed values, not by the `type`
    /// (empty where `values` is `None`).
    pub by_values: TypeSet,
    /// `anyOf` or `oneOf`.
    pub kw: &'static str,
    /// The branches of that union (counted from 1) that accept one of them.
    pub branches: Vec<usize>,
    /// The other types the sub side accepts and the sup side does not,
    /// each set with the union none of whose branches accepts it
    /// (`integer` where the `type` refuses string and no branch accepts
    /// integer): said in the same finding, not in one of their own.
    pub unaccepted: Vec<(&'static str, TypeSet)>,
}

/// A place on the instance path: each level's sub-side schema and the step taken.
type Place = Vec<(Conj, Seg)>;

/// A pair checked in report mode.
#[derive(Debug, Clone, Copy)]
struct Seen {
    /// Its result (`true` while it is being checked: the assumption that makes cycles finite).
    result: bool,
    /// Its index in the log of pairs checked.
    at: usize,
    /// How many pairs were being checked around it.
    depth: usize,
    /// Whether it is being checked.
    open: bool,
    /// Its number in the order pairs were first checked (or replayed).
    seq: usize,
    /// The suspects its check recorded (indexes into [`Checker::suspects`]).
    suspects: (usize, usize),
    /// The length of the path it was checked at.
    base: usize,
}

/// The checker.
pub struct Checker<'a, 'd> {
    g: &'a Graph<'d>,
    patterns: &'a Patterns,
    /// Pairs checked (or being checked) in report mode.
    reported: HashMap<Rc<Pair>, Seen>,
    /// The shallowest place each failed pair was met again at, above
    /// where it was checked ([`Checker::reroot`]).
    shallower: HashMap<Rc<Pair>, Place>,
    /// Pairs probed quietly.
    probed: HashMap<(Conj, Conj), bool>,
    /// Pairs being probed, and whether a probe met them again (assumed them).
    probing: HashMap<(Conj, Conj), bool>,
    /// The pairs of [`Checker::probed`] in the order their probes ended:
    /// those that ended while a pair was being probed that turns out not
    /// to hold may have held only on assuming it did.
    probes_ended: Vec<(Conj, Conj)>,
    quiet: usize,
    path: Vec<(Conj, Seg)>,
    /// The suspects found.
    pub suspects: Vec<Suspect>,
    /// Questions left undecided (a limit, an unsupported construct), in words with the path.
    pub undecided: Vec<(String, String)>,
    /// Pair checks taken in this comparison, trials on checkers of their
    /// own included ([`Checker::trial`]).
    steps: usize,
    /// Whether [`MAX_STEPS`] was passed and said so.
    stopped: bool,
    /// Levels of [`Checker::child`] open, quiet probes included (a probe
    /// starts its instance path afresh; this does not).
    nest: usize,
    /// Entries of pairs checked in earlier comparisons, and where new ones go.
    memo: Option<&'a mut Memo>,
    /// Documents built in earlier comparisons.
    kept: Option<&'a RefCell<Kept>>,
    /// Every pair checked in report mode, in order.
    log: Vec<(Rc<Pair>, bool)>,
    /// Every pair found already checked (and done), with its result.
    hits: Vec<(Rc<Pair>, bool)>,
    /// Every undecided question asked in report mode, before de-duplication.
    asked: Vec<(String, String)>,
    /// Report-mode pairs being checked.
    depth: usize,
    /// The least depth of a pair being checked that the current check assumed.
    low: usize,
    /// The longest instance path a child was checked at, in the current check.
    reach: usize,
    /// Times a limit (steps, depth) cut a check short.
    limits: usize,
    /// Times a check answered "holds" without deciding (a limit, an enum
    /// value the validator could not run, a probe that did): such an
    /// answer proves nothing.
    unproved: usize,
    /// Probes that answered "holds" without deciding.
    unsure: HashSet<(Conj, Conj)>,
    /// A probe's assumption turned out false: cached probe results may
    /// depend on the order of checks, so entries are neither kept nor replayed.
    tainted: bool,
    /// Which nodes are the same as which: its own, or shared with the
    /// comparer's other checkers ([`Checker::sharing`]) and its trials.
    same: Same,
    /// Pairs found already checked and failed ([`Seen::seq`] of each; 0
    /// for a union's branch check that failed with nothing to say,
    /// [`Checker::explained_elsewhere`]), in the order met. A check that
    /// adds to it is not kept for later comparisons: what a union makes of
    /// it depends on what was checked before.
    failed: Vec<usize>,
    /// The report-mode pairs being checked: each one's instance path length and [`Seen::seq`].
    opened: Vec<(usize, usize)>,
    /// The report-mode pairs being checked, here and by the checkers
    /// this one is a trial of ([`Checker::trial`], which lends it them):
    /// a trial that meets a pair its caller is checking assumes it holds,
    /// as the caller does, instead of walking it again from the start.
    open: HashSet<Rc<Pair>>,
    /// Whether this is a trial ([`Checker::trial`]).
    in_trial: bool,
    /// Times a pair of [`Checker::open`] that this checker did not open
    /// was met (a trial's assumption of its caller's).
    met_open: usize,
}

/// The most pair checks one comparison may take.
const MAX_STEPS: usize = 500_000;

/// The deepest instance path followed.
const MAX_DEPTH: usize = 64;
/// The most levels of [`Checker::child`] open at once, quiet probes
/// included: each probe starts its instance path afresh, and probes nested
/// in probes on a large description (Microsoft Graph's, 20 MB) went
/// thousands of frames deep and overflowed the comparing thread's stack.
const MAX_NEST: usize = 2 * MAX_DEPTH;
/// The largest `oneOf` whose branches are checked against each other for
/// ones that give it no document (a quadratic number of quiet checks).
const MAX_ONE_OF_PRUNED: usize = 32;

/// The most branches of an `anyOf` whose every combination is compared,
/// where an `unevaluated*` beside it reads what each valid branch
/// evaluated (a document two branches accept has the names of both):
/// 4 branches are 11 combinations of two or more.
const MAX_COMBINED: usize = 4;
/// The most integers of a range [`Checker::enum_cover`] lists.
const MAX_LISTED: usize = 1024;
/// How a suspect about one enum value begins (the value follows).
pub(crate) const THE_VALUE: &str = "the value ";
/// How a suspect about more than one value of an enum begins (the first
/// few values follow, and how many more there are: [`refused_values`]).
pub(crate) const THE_VALUES: &str = "the values ";
/// The most values of an enum the other side refuses that are said in
/// its suspect.
const MAX_REFUSED_SAID: usize = 3;
/// The most further values of an enum the other side refuses that a
/// suspect keeps, tried for a document after the first one
/// ([`Suspect::others`]).
const MAX_REFUSED_TRIED: usize = 7;
/// What a suspect of [`Checker::one_of_overlap`] is about.
pub(crate) const ONE_OF_OVERLAP: &str =
    "documents that more than one oneOf branch (or none) accepts";
/// At most this many documents two `oneOf` branches accept are kept with
/// the suspect, for the counterexample search.
const MAX_OVERLAP_VALUES: usize = 8;

impl<'a, 'd> Checker<'a, 'd> {
    /// A checker over `g`.
    pub fn new(g: &'a Graph<'d>, patterns: &'a Patterns) -> Self {
        Checker {
            g,
            patterns,
            reported: HashMap::default(),
            shallower: HashMap::default(),
            probed: HashMap::default(),
            probing: HashMap::default(),
            probes_ended: Vec::new(),
            quiet: 0,
            path: Vec::new(),
            suspects: Vec::new(),
            undecided: Vec::new(),
            steps: 0,
            stopped: false,
            nest: 0,
            memo: None,
            kept: None,
            log: Vec::new(),
            hits: Vec::new(),
            asked: Vec::new(),
            depth: 0,
            low: usize::MAX,
            reach: 0,
            limits: 0,
            unproved: 0,
            unsure: HashSet::default(),
            tainted: false,
            same: Same::default(),
            failed: Vec::new(),
            opened: Vec::new(),
            open: HashSet::default(),
            in_trial: false,
            met_open: 0,
        }
    }

    /// Says that [`MAX_STEPS`] was passed if it was and no check in
    /// report mode said so (the steps ran out in a probe or a trial, and
    /// no check in report mode came after): what was not checked held
    /// unchecked, and a comparison that says nothing would pass it.
    pub fn say_stopped(&mut self) {
        if self.steps > MAX_STEPS && !self.stopped {
            self.stopped = true;
            self.undecided_at(
                String::new(),
                format!("the comparison stopped after {MAX_STEPS} steps"),
            );
        }
    }

    /// The pair checks taken so far (those of entries replayed included).
    pub(crate) fn steps(&self) -> usize {
        self.steps
    }

    /// Replays the entries of `memo` where they fit, and keeps new ones
    /// there; builds documents with what `kept` holds.
    pub fn with_memo(mut self, memo: &'a mut Memo, kept: &'a RefCell<Kept>) -> Self {
        self.same = memo.same.clone();
        self.memo = Some(memo);
        self.kept = Some(kept);
        self
    }

    /// Shares what `same` found of which nodes are the same.
    pub fn sharing(mut self, same: &Same) -> Self {
        self.same = same.clone();
        self
    }

    /// The instance path as a JSON pointer.
    pub fn pointer(path: &[(Conj, Seg)]) -> String {
        let mut s = String::new();
        for (_, seg) in path {
            s.push('/');
            match seg {
                Seg::Key(k) => s.push_str(&crate::uri::escape_token(k)),
                Seg::Index(i) => s.push_str(&i.to_string()),
            }
        }
        s
    }

    fn undecided(&mut self, what: String) {
        if self.quiet == 0 {
            let p = Self::pointer(&self.path);
            self.undecided_at(p, what);
        }
    }

    fn undecided_at(&mut self, p: String, what: String) {
        if self.memo.is_some() {
            self.asked.push((p.clone(), what.clone()));
        }
        if !self.undecided.iter().any(|(q, w)| *q == p && *w == what) {
            self.undecided.push((p, what));
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn suspect(
        &mut self,
        family: Family,
        sub: &Conj,
        sup: &Conj,
        local: Option<Value>,
        sub_value: String,
        sup_value: String,
        what: String,
    ) {
        if self.quiet > 0 {
            return;
        }
        self.suspects.push(Suspect {
            family,
            path: self.path.clone(),
            sub: sub.clone(),
            sup: sup.clone(),
            local,
            others: Vec::new(),
            sub_value,
            sup_value,
            what,
            beside: false,
            unions: Vec::new(),
            apart: None,
            again: None,
            contradicted: None,
            copy_of: None,
        });
    }

    /// The document `build` makes, in report mode; quietly none (a probe
    /// that finds a difference fails with a document or without, and only
    /// a suspect, which a probe does not keep, carries one).
    fn document(&mut self, build: impl FnOnce(&mut Self) -> Option<Value>) -> Option<Value> {
        if self.quiet > 0 {
            None
        } else {
            build(self)
        }
    }

    fn gen(&self) -> Generator<'a, 'd> {
        let gen = Generator::new(self.g, self.patterns);
        match self.kept {
            Some(kept) => gen.keeping(kept),
            None => gen,
        }
    }

    fn gen_near(&self, other: &[NodeId]) -> Generator<'a, 'd> {
        self.gen().near(other)
    }

    fn validate(&self, conj: &[NodeId], v: &Value) -> Tri {
        Validator::new(self.g, self.patterns).validate_all(conj, v)
    }

    /// Quietly: whether `a ⊆ b` holds as far as the structural check sees.
    pub fn probe(&mut self, a: &[NodeId], b: &[NodeId]) -> bool {
        let key = (flatten(self.g, a), flatten(self.g, b));
        let saved = std::mem::take(&mut self.path);
        let r = self.probe_flat(key);
        self.path = saved;
        r
    }

    /// [`Checker::probe`] of two conjunctions flattened already, at the
    /// current instance path: a pair met again while it is being probed
    /// is assumed to hold, and a result is kept for the pair's next probe.
    /// A quiet check of a property's or an item's pair comes here too
    /// (not straight to [`Checker::subset`]): two recursive definitions
    /// that reach each other through two fields each (Stripe's `account`
    /// and `customer`) otherwise checked the same pairs again at every
    /// level, twice as many per level, until the step limit.
    fn probe_flat(&mut self, key: (Conj, Conj)) -> bool {
        if let Some(&r) = self.probed.get(&key) {
            if let Some(assumed) = self.probing.get_mut(&key) {
                *assumed = true;
            }
            if r && self.unsure.contains(&key) {
                self.unproved += 1;
            }
            return r;
        }
        self.probed.insert(key.clone(), true);
        self.probing.insert(key.clone(), false);
        let ended = self.probes_ended.len();
        self.quiet += 1;
        let before = (self.limits, self.unproved);
        let r = self.subset(&key.0, &key.1);
        self.quiet -= 1;
        if self.probing.remove(&key) == Some(true) && !r {
            self.tainted = true;
            // What held since it began may have held only because this
            // pair was assumed to: forgotten, and probed again when met
            // (what failed fails whatever is assumed). Kept, such a pair
            // answered "holds" from then on: an enum narrowed in a
            // component reached through two expandable fields of a cycle
            // passed with no word.
            for k in self.probes_ended.drain(ended..) {
                if self.probed.get(&k) == Some(&true) {
                    self.probed.remove(&k);
                    self.unsure.remove(&k);
                }
            }
        }
        if r && (self.limits, self.unproved) != before {
            self.unsure.insert(key.clone());
        }
        self.probes_ended.push(key.clone());
        self.probed.insert(key, r);
        r
    }

    /// As [`Checker::check`], at `path` (the instance path from the root,
    /// with each level's sub-side schema): on a checker of its own, what a
    /// pair found to differ at another place of a comparison looks like at
    /// this one.
    pub(crate) fn check_at(&mut self, path: &[(Conj, Seg)], a: &[NodeId], b: &[NodeId]) -> bool {
        self.path = path.to_vec();
        let r = self.check(a, b);
        self.path.clear();
        r
    }

    /// Whether `a ⊆ b`, recording suspects (report mode) for what may break.
    pub fn check(&mut self, a: &[NodeId], b: &[NodeId]) -> bool {
        let (a, b) = (flatten(self.g, a), flatten(self.g, b));
        self.check_flat(a, b)
    }

    /// [`Checker::check`] of two conjunctions flattened already (a
    /// property's or an item's schemas: flattening them again, a tenth of
    /// the comparisons' time, gives the same).
    fn check_flat(&mut self, a: Conj, b: Conj) -> bool {
        if self.quiet > 0 {
            return self.probe_flat((a, b));
        }
        let key = (a, b);
        if let Some((pair, seen)) = self.reported.get_key_value(&key) {
            let (r, seen) = (seen.result, *seen);
            if seen.open {
                self.low = self.low.min(seen.depth);
            } else if self.memo.is_some() {
                self.hits.push((Rc::clone(pair), r));
            }
            if !seen.open && !r {
                self.failed.push(seen.seq);
                if self.path.len() < seen.base {
                    let pair = Rc::clone(pair);
                    self.met_again(&pair, seen);
                }
            }
            return r;
        }
        if let Some(r) = self.replay(&key) {
            return r;
        }
        // A pair the caller of this trial is checking (a cycle back to
        // an object around this place): assumed to hold, as it is there.
        if self.open.contains(&key) {
            self.met_open += 1;
            return true;
        }

        let depth = self.depth;
        let at = self.log.len();
        let start = (
            self.hits.len(),
            self.suspects.len(),
            self.asked.len(),
            self.steps,
            self.limits,
        );
        let failed = self.failed.len();
        let seq = self.reported.len();
        let low = std::mem::replace(&mut self.low, usize::MAX);
        let reach = std::mem::replace(&mut self.reach, self.path.len());
        let key = Rc::new(key);
        self.reported.insert(
            Rc::clone(&key),
            Seen {
                result: true,
                at,
                depth,
                open: true,
                seq,
                suspects: (start.1, start.1),
                base: self.path.len(),
            },
        );
        self.opened.push((self.path.len(), seq));
        self.open.insert(Rc::clone(&key));
        if self.memo.is_some() {
            self.log.push((Rc::clone(&key), true));
        }
        self.depth += 1;
        let r = self.subset(&key.0, &key.1);
        self.depth -= 1;
        self.opened.pop();
        self.open.remove(&key);

        let end = self.suspects.len();
        if let Some(seen) = self.reported.get_mut(&key) {
            seen.result = r;
            seen.open = false;
            seen.suspects.1 = end;
        }
        if self.memo.is_some() {
            self.log[at].1 = r;
        }
        if self.memo.is_some()
            && self.low >= depth
            && self.limits == start.4
            && self.failed.len() == failed
            && !self.tainted
            && self.steps - start.3 >= MIN_STEPS
        {
            self.record(key, r, at, start);
        }
        self.low = self.low.min(low);
        self.reach = self.reach.max(reach);
        r
    }

    /// A failed pair met again (`seen` says where it was checked): the
    /// place kept when it is the shallowest yet and above the first
    /// ([`Checker::shallower`]).
    fn met_again(&mut self, pair: &Rc<Pair>, seen: Seen) {
        let here = self.path.len();
        if here >= seen.base || self.shallower.get(pair).is_some_and(|p| p.len() <= here) {
            return;
        }
        self.shallower.insert(Rc::clone(pair), self.path.clone());
    }

    /// Each suspect said where its place is nearest the root too: where a
    /// failed pair whose check recorded it was met again at a shallower
    /// place than it was checked at ([`Checker::shallower`]), a copy of
    /// the suspect whose path starts there (the shortest such path) is
    /// added. It is confirmed first, and the suspect's own place is then
    /// one more place of the same change. OpenAPI 3.1's header, met first
    /// through a callback's parameter 13 levels down, is said 4 levels
    /// down under `components/headers`. Unions above the pair's first
    /// place are not above the copy's.
    pub fn reroot(&mut self) {
        let mut pairs: Vec<(&Rc<Pair>, &Place)> = self.shallower.iter().collect();
        pairs.sort_by_key(|(k, _)| self.reported.get(*k).map_or(usize::MAX, |s| s.seq));
        // Per suspect: the copy's path length, and the pair's place and base.
        let mut chosen: HashMap<usize, (usize, &Place, usize)> = HashMap::default();
        for (pair, path) in pairs {
            let Some(seen) = self.reported.get(pair) else {
                continue;
            };
            let (from, to) = seen.suspects;
            for i in from..to.min(self.suspects.len()) {
                let s = &self.suspects[i];
                let base = seen.base;
                if s.path.len() < base {
                    continue;
                }
                let len = path.len() + s.path.len() - base;
                let best = chosen.get(&i).map_or(s.path.len(), |c| c.0);
                if len < best {
                    chosen.insert(i, (len, path, base));
                }
            }
        }
        let mut chosen: Vec<(usize, (usize, &Place, usize))> = chosen.into_iter().collect();
        chosen.sort_by_key(|(i, _)| *i);
        let copies: Vec<Suspect> = chosen
            .into_iter()
            .map(|(i, (_, path, base))| {
                let s = &self.suspects[i];
                let here = path.len();
                let mut new = path.clone();
                new.extend(s.path[base..].iter().cloned());
                Suspect {
                    path: new,
                    unions: s
                        .unions
                        .iter()
                        .filter(|(d, _, _)| *d >= base)
                        .map(|(d, a, b)| (d - base + here, a.clone(), b.clone()))
                        .collect(),
                    apart: s.apart.filter(|d| *d >= base).map(|d| d - base + here),
                    copy_of: Some(i),
                    ..s.clone()
                }
            })
            .collect();
        self.suspects.extend(copies);
    }

    /// Keeps the check of `key` just made (started at log index `at`) as an entry.
    fn record(
        &mut self,
        key: Rc<Pair>,
        result: bool,
        at: usize,
        (hits, suspects, asked, steps, _): (usize, usize, usize, usize, usize),
    ) {
        let base = self.path.len();
        let prefix = Self::pointer(&self.path).len();
        // Each pair's result was logged when its check ended.
        let visited = self.log[at..].to_vec();
        let placed = visited
            .iter()
            .map(|(k, _)| match self.reported.get(&**k) {
                Some(seen) if seen.suspects.0 >= suspects && seen.base >= base => Placed {
                    from: seen.suspects.0 - suspects,
                    to: seen.suspects.1.max(seen.suspects.0) - suspects,
                    base: seen.base - base,
                    shallower: self
                        .shallower
                        .get(&**k)
                        .filter(|p| p.len() >= base)
                        .map(|p| Rc::new(p[base..].to_vec())),
                },
                _ => Placed::default(),
            })
            .collect();
        let hits = self.hits[hits..]
            .iter()
            .filter(|(k, _)| self.reported.get(&**k).is_some_and(|s| s.at < at))
            .cloned()
            .collect();
        let suspects = self.suspects[suspects..]
            .iter()
            .map(|s| Suspect {
                path: s.path[base..].to_vec(),
                unions: s
                    .unions
                    .iter()
                    .filter(|(d, _, _)| *d >= base)
                    .map(|(d, a, b)| (d - base, a.clone(), b.clone()))
                    .collect(),
                apart: s.apart.filter(|d| *d >= base).map(|d| d - base),
                ..s.clone()
            })
            .collect();
        let undecided = self.asked[asked..]
            .iter()
            .map(|(p, w)| (p[prefix..].to_owned(), w.clone()))
            .collect();
        let entry = Entry {
            result,
            steps: self.steps - steps,
            depth: self.reach - base,
            visited,
            placed,
            hits,
            suspects,
            undecided,
        };
        if let Some(memo) = self.memo.as_mut() {
            memo.store(key, entry);
        }
    }

    /// Replays an entry of `key` that fits here: its result.
    fn replay(&mut self, key: &Pair) -> Option<bool> {
        if self.tainted {
            return None;
        }
        let entry = {
            let memo = self.memo.as_ref()?;
            memo.get(key)?.iter().find(|e| self.fits(e))?.clone()
        };
        let at = self.log.len();
        let first = self.suspects.len();
        let here = self.path.len();
        for (i, (k, r)) in entry.visited.iter().enumerate() {
            let placed = entry.placed.get(i).cloned().unwrap_or_default();
            let seq = self.reported.len();
            self.reported.insert(
                Rc::clone(k),
                Seen {
                    result: *r,
                    at: at + i,
                    depth: self.depth,
                    open: false,
                    seq,
                    suspects: (first + placed.from, first + placed.to),
                    base: here + placed.base,
                },
            );
            if let Some(rel) = &placed.shallower {
                let mut path = self.path.clone();
                path.extend(rel.iter().cloned());
                self.shallower.insert(Rc::clone(k), path);
            }
            self.log.push((Rc::clone(k), *r));
        }
        self.hits.extend(entry.hits.iter().cloned());
        self.steps += entry.steps;
        self.reach = self.reach.max(self.path.len() + entry.depth);
        for s in &entry.suspects {
            let mut path = self.path.clone();
            path.extend(s.path.iter().cloned());
            let base = self.path.len();
            let unions = s
                .unions
                .iter()
                .map(|(d, a, b)| (d + base, a.clone(), b.clone()))
                .collect();
            self.suspects.push(Suspect {
                path,
                unions,
                apart: s.apart.map(|d| d + base),
                ..s.clone()
            });
        }
        let prefix = Self::pointer(&self.path);
        for (rel, what) in &entry.undecided {
            self.undecided_at(format!("{prefix}{rel}"), what.clone());
        }
        Some(entry.result)
    }

    /// Whether running the check of an entry here would do what it did.
    fn fits(&self, e: &Entry) -> bool {
        self.steps + e.steps <= MAX_STEPS
            && self.path.len() + e.depth < MAX_DEPTH
            && e.visited
                .iter()
                .all(|(k, _)| !self.reported.contains_key(&**k))
            && e.hits.iter().all(|(k, r)| {
                self.reported
                    .get(&**k)
                    .is_some_and(|s| !s.open && s.result == *r)
            })
    }

    /// One level deeper on the instance path, where `ca` and `cb` are
    /// flattened ([`view::property`], [`view::item`]).
    fn child(&mut self, a: &Conj, seg: Seg, ca: &[NodeId], cb: &[NodeId]) -> bool {
        self.reach = self.reach.max(self.path.len());
        if self.path.len() >= MAX_DEPTH {
            self.limits += 1;
            self.undecided(format!(
                "nesting deeper than {MAX_DEPTH} levels is not compared"
            ));
            return true;
        }
        if self.nest >= MAX_NEST {
            self.limits += 1;
            self.undecided(format!(
                "checks nested deeper than {MAX_NEST} levels are not followed"
            ));
            return true;
        }
        self.path.push((a.clone(), seg));
        self.nest += 1;
        // A conjunction cut at the most nodes may flatten otherwise.
        let r = if view::is_cut(ca) || view::is_cut(cb) {
            self.check(ca, cb)
        } else {
            self.check_flat(ca.to_vec(), cb.to_vec())
        };
        self.nest -= 1;
        self.path.pop();
        r
    }

    fn subset(&mut self, a: &Conj, b: &Conj) -> bool {
        self.steps += 1;
        if self.steps > MAX_STEPS {
            self.limits += 1;
            // Said in report mode: a probe or trial that ran out first
            // would swallow it, and every check after holds unchecked.
            if !self.stopped && self.quiet == 0 {
                self.stopped = true;
                self.undecided(format!("the comparison stopped after {MAX_STEPS} steps"));
            }
            return true;
        }
        if a == b || b.is_empty() {
            return true;
        }
        let g = self.g;
        // The same schemas on both sides (an unchanged component): nothing to find.
        if self.same.conj(g, a, b) {
            return true;
        }
        let va = view::view(g, a);
        if va.never || va.types.is_empty() {
            return true;
        }
        // A finite set on the sub side: decided value by value.
        if let Some(values) = &va.enums {
            return self.enum_subset(a, b, values);
        }
        // Disjunctions on the sub side distribute: each branch must fit.
        for &id in a.iter() {
            let n = g.node(id);
            let one = n.any_of.is_empty();
            let group = if one {
                n.one_of.clone()
            } else {
                n.any_of.clone()
            };
            if group.is_empty() {
                continue;
            }
            // A branch already in the conjunction satisfies an anyOf (and
            // leaves a oneOf's exclusions aside: a larger sub side, so
            // conservative); distributing again would never end.
            if group
                .iter()
                .any(|&br| flatten(g, &[br]).iter().all(|x| a.contains(x)))
            {
                continue;
            }
            // The same group on the sup side: branch i against branch i.
            let twin = b.iter().copied().find(|&y| {
                let m = g.node(y);
                let other = if one { &m.one_of } else { &m.any_of };
                other.len() == group.len()
                    && other
                        .iter()
                        .zip(&group)
                        .all(|(p, q)| self.holds(&[*p], &[*q]) && self.holds(&[*q], &[*p]))
            });
            let rest: Conj = a.iter().copied().filter(|&x| x != id).collect();
            let dead = if one {
                self.dead_branches(&rest, &group)
            } else {
                Vec::new()
            };
            let gone = self.refused_branches(b, &rest, &group, &dead);
            let mut ok = gone.is_empty();
            if !ok && self.quiet > 0 {
                return false;
            }
            for (i, br) in group.iter().enumerate().take(64) {
                if dead.contains(&i) {
                    continue;
                }
                let mut c = rest.clone();
                c.push(*br);
                // A branch some of whose types were said refused: the
                // others checked one by one.
                let kept = gone.iter().find(|(j, _)| *j == i).map(|(_, kept)| *kept);
                let sup = match twin {
                    Some(y) => {
                        let m = g.node(y);
                        let other = if one { &m.one_of } else { &m.any_of };
                        let mut s: Conj = b.iter().copied().filter(|&x| x != y).collect();
                        s.extend(m.all_of.iter().copied());
                        s.push(other[i]);
                        s
                    }
                    None => b.clone(),
                };
                match kept {
                    None => ok &= self.check(&c, &sup),
                    Some(kept) => {
                        let c = flatten(g, &c);
                        for t in kept.each() {
                            let typed = self.typed(&c, t);
                            ok &= self.check(&typed, &sup);
                        }
                    }
                }
                if !ok && self.quiet > 0 {
                    return false;
                }
            }
            // Beside an `unevaluated*` that reads the branches, a document
            // two branches accept has what both evaluate: each combination
            // of branches, against the same branches of a twin.
            if !one && self.combined(&rest, id) {
                if group.len() > MAX_COMBINED {
                    self.undecided(format!(
                        "documents that several of an anyOf's {} branches accept, whose \
                         annotations the unevaluatedProperties or unevaluatedItems beside \
                         it reads, are not compared",
                        group.len()
                    ));
                    return ok;
                }
                for set in combinations(&group) {
                    let mut c = rest.clone();
                    c.extend(set.iter().map(|&i| group[i]));
                    let sup = match twin {
                        Some(y) => {
                            let m = g.node(y);
                            let mut s: Conj = b.iter().copied().filter(|&x| x != y).collect();
                            s.extend(m.all_of.iter().copied());
                            s.extend(set.iter().map(|&i| m.any_of[i]));
                            s
                        }
                        None => b.clone(),
                    };
                    ok &= self.check(&c, &sup);
                    if !ok && self.quiet > 0 {
                        return false;
                    }
                }
            }
            return ok;
        }
        let vb = view::view(g, b);
        let mut ok = true;
        // `false` on the sup side.
        if vb.never {
            let w = self.document(|s| s.gen().instance(a, TypeSet::ALL));
            self.suspect(
                Family::Combination,
                a,
                b,
                w,
                "a schema".into(),
                "false".into(),
                "every document is rejected".into(),
            );
            return false;
        }
        // Combinators and conditionals on the sup side.
        for &id in b.iter() {
            let n = g.node(id);
            for (group, one) in [(&n.any_of, false), (&n.one_of, true)] {
                if !group.is_empty() {
                    ok &= self.fit_disjunction(a, &va, b, id, group, one);
                }
            }
            if let Some(nn) = n.not {
                ok &= self.fit_not(a, &va, b, nn);
            }
            if let Some((i, th, el)) = n.conditional {
                ok &= self.fit_conditional(a, b, i, th, el);
            }
            if !ok && self.quiet > 0 {
                return false;
            }
        }
        // Types.
        let missing = va.types.minus(vb.types);
        if !missing.is_empty() {
            ok = false;
            if self.quiet > 0 {
                return false;
            }
            // Refused by the sup side's own `type` or `enum` though a
            // branch of its union accepts them: the types it accepts are
            // its union's, and those no branch accepts are said here too
            // ([`Checker::fit_disjunction`] leaves them).
            let sup_types = self.union_types(b);
            let contradicted = self.said_at_union(b, va.types.minus(sup_types));
            let (missing, sup_types) = match &contradicted {
                Some(_) => (va.types.minus(sup_types), sup_types),
                None => (missing, vb.types),
            };
            let shown = contradicted
                .as_ref()
                .map_or(missing, |c| c.lost.intersect(missing));
            let w = self.document(|s| {
                s.gen()
                    .instance(a, shown)
                    .or_else(|| s.gen().instance(a, missing))
            });
            self.suspect(
                Family::Type,
                a,
                b,
                w,
                names(va.types),
                names(sup_types),
                "the accepted types".into(),
            );
            if let Some(s) = self.suspects.last_mut() {
                s.contradicted = contradicted;
            }
        }
        let common = va.types.intersect(vb.types);
        if common.intersect(TypeSet::NUMBER) != TypeSet::EMPTY {
            ok &= self.numbers(a, &va, b, &vb, common);
        }
        if common.contains(TypeSet::STRING) {
            ok &= self.strings(a, &va, b, &vb);
        }
        if common.contains(TypeSet::OBJECT) {
            ok &= self.objects(a, &va, b, &vb);
        }
        if common.contains(TypeSet::ARRAY) {
            ok &= self.arrays(a, &va, b, &vb);
        }
        // An enum on the sup side only, over the types both accept (a
        // value of another type is the type difference above, said once:
        // a boolean property that becomes a string enum is one change).
        if let Some(values) = vb.enums.as_ref().filter(|_| !common.is_empty()) {
            let mut w = self.document(|s| {
                s.gen().candidates(a, common).into_iter().find(|c| {
                    common.intersect(TypeSet::of(c)) != TypeSet::EMPTY
                        && !values.iter().any(|v| crate::validate::json_eq(v, c))
                })
            });
            // No value built falls outside: proved where the sub side's
            // values of each type can be listed or its strings are a
            // pattern's, else undecided (never a silent pass: two letters
            // of `^[abc][abc]$` against eight of the nine).
            if w.is_none() && self.quiet == 0 {
                match self.enum_cover(a, &va, common, values) {
                    Ok(()) => {}
                    Err(Some(v)) => w = Some(v),
                    Err(None) => self.undecided(format!(
                        "whether every value the other side accepts is one of {}",
                        short_list(values)
                    )),
                }
            }
            if w.is_some() || self.quiet > 0 {
                ok = false;
                self.suspect(
                    Family::Enum,
                    a,
                    b,
                    w,
                    any_of(common),
                    short_list(values),
                    "the allowed values".into(),
                );
            }
        }
        ok
    }

    /// Whether every value of `a` of the types `common` is one of `values`
    /// (`a` has no `enum` of its own): `null`, the booleans and an
    /// integer range of at most [`MAX_LISTED`] values are listed and
    /// validated; strings are decided on automata, the sub side's
    /// patterns and length bounds against an alternation of the listed
    /// strings. `Err` with a value of `a` outside the list, or without one
    /// when not decided (other types, a limit).
    fn enum_cover(
        &mut self,
        a: &Conj,
        va: &View,
        common: TypeSet,
        values: &[Value],
    ) -> Result<(), Option<Value>> {
        let listed = |v: &Value| values.iter().any(|x| crate::validate::json_eq(x, v));
        for t in common.each() {
            let all: Vec<Value> = if t == TypeSet::NULL {
                vec![Value::Null]
            } else if t == TypeSet::BOOLEAN {
                vec![Value::Bool(false), Value::Bool(true)]
            } else if t == TypeSet::INTEGER {
                let (Some(lo), Some(hi)) = (va.lower, va.upper) else {
                    return Err(None);
                };
                let (lo, hi) = (lo.value.ceil(), hi.value.floor());
                if !(lo.is_finite() && hi.is_finite()) || hi - lo > MAX_LISTED as f64 {
                    return Err(None);
                }
                (lo as i64..=hi as i64).map(Value::from).collect()
            } else if t == TypeSet::STRING {
                let strings: Vec<String> = values
                    .iter()
                    .filter_map(|v| v.as_str().map(ecma_literal))
                    .collect();
                if strings.is_empty() {
                    return Err(None);
                }
                let sup = format!("^(?:{})$", strings.join("|"));
                match self
                    .patterns
                    .included(&va.patterns, va.min_length, va.max_length, &sup)
                {
                    Inclusion::Holds => continue,
                    Inclusion::Witness(w) => vec![Value::String(w)],
                    Inclusion::Unknown(_) => return Err(None),
                }
            } else {
                return Err(None);
            };
            for v in all {
                match self.validate(a, &v) {
                    Tri::Valid if !listed(&v) => return Err(Some(v)),
                    Tri::Valid | Tri::Invalid => {}
                    Tri::Unknown => return Err(None),
                }
            }
        }
        Ok(())
    }

    /// Whether property `name` is allowed by the same subschemas on both
    /// sides: each side's `unevaluatedProperties` is `false`, nothing
    /// evaluates the name for certain, and the subschemas that may (a
    /// conditional, a dependent schema) are the same, one for one. A
    /// document then has the name on one side exactly where it has it on
    /// the other, with a value the same schemas constrain (OpenAPI 3.1's
    /// parameter, whose `explode` only its style conditionals declare,
    /// reached again below a changed header).
    fn same_maybe(&self, a: &view::Properties, b: &view::Properties, name: &str) -> bool {
        let g = self.g;
        let (Some(sa), Some(sb)) = (a.only_maybe(name), b.only_maybe(name)) else {
            return false;
        };
        let (xs, ys): (Vec<NodeId>, Vec<NodeId>) =
            (sa.maybe_nodes().collect(), sb.maybe_nodes().collect());
        xs.len() == ys.len()
            && xs
                .iter()
                .zip(&ys)
                .all(|(&x, &y)| x == y || self.same.conj(g, &flatten(g, &[x]), &flatten(g, &[y])))
    }

    /// The schemas of property `name` on both sides where only a dependent
    /// schema of the same name, or a conditional with the same `if`,
    /// evaluates it for the side's `unevaluatedProperties`
    /// ([`view::Properties::sole_source`]): an object of the sub side with the name
    /// passes that subschema there, so the sup side's applies too
    /// (whether it passes is the dependency's or the conditional's own
    /// comparison), and the two schemas are compared as declared ones.
    fn same_source(
        &self,
        a: &view::Properties,
        b: &view::Properties,
        name: &str,
    ) -> Option<(NodeId, NodeId)> {
        let g = self.g;
        let (sa, wa) = a.sole_source(name)?;
        let (sb, wb) = b.sole_source(name)?;
        let same = match (wa, wb) {
            (Maybe::Dependent(x), Maybe::Dependent(y)) => x == y,
            (Maybe::Conditional(x, p), Maybe::Conditional(y, q)) => {
                p == q && (x == y || self.same.conj(g, &flatten(g, &[x]), &flatten(g, &[y])))
            }
            _ => false,
        };
        same.then_some((sa, sb))
    }

    /// Whether an `unevaluatedProperties` or `unevaluatedItems` of `rest`
    /// reads what the branches of union node `id` evaluate (its scope has
    /// the union's node).
    fn combined(&self, rest: &Conj, id: NodeId) -> bool {
        let g = self.g;
        if !(g.has_unevaluated_properties() || g.has_unevaluated_items()) {
            return false;
        }
        let mut conj = rest.clone();
        conj.push(id);
        rest.iter().any(|&x| {
            let n = g.node(x);
            (n.unevaluated_properties.is_some() || n.unevaluated_items.is_some())
                && Scope::of(g, &conj, x).certain(id)
        })
    }

    /// The branches of a `oneOf` (beside `rest`) that give it no document:
    /// every document one accepts, another branch accepts too, so the
    /// `oneOf` (exactly one branch) refuses it. GitHub's event payloads are
    /// a `oneOf` of sixteen objects, one of which (`public-event`) accepts
    /// every object: the other fifteen can never be what a document is, and
    /// their differences from the old schema are no difference. A branch is
    /// left out only on a proof: the structural check holds without a
    /// limit cutting it short.
    fn dead_branches(&mut self, rest: &Conj, group: &[NodeId]) -> Vec<usize> {
        let mut dead = Vec::new();
        if group.len() < 2 || group.len() > MAX_ONE_OF_PRUNED {
            return dead;
        }
        for (i, &br) in group.iter().enumerate() {
            let mut c = rest.clone();
            c.push(br);
            let c = flatten(self.g, &c);
            if view::never(self.g, &c) {
                continue;
            }
            let covered = group.iter().enumerate().any(|(j, &other)| {
                j != i && {
                    let before = (self.limits, self.unproved, self.tainted);
                    self.probe(&c, &[other]) && (self.limits, self.unproved, self.tainted) == before
                }
            });
            if covered {
                dead.push(i);
            }
        }
        dead
    }

    /// The branches of the sub side's union `group` (beside `rest`; the
    /// `dead` ones aside) some of whose types the sup side `b` refuses,
    /// where its own `type` or `enum` refuses one of them while a branch
    /// of its union accepts it, each with its other types: a `oneOf` that
    /// gained `type: [array, null]` beside it, whose string branch can
    /// match nothing. Said once here, in report mode, as the types of the
    /// whole union changed ("from array or string to array"), with the
    /// keyword that refuses them and the types no branch accepts
    /// ([`Suspect::contradicted`]); checked one branch at a time, each
    /// was said "from string to none", which no branch shows, and a type
    /// of a branch refused in part once more on its own.
    fn refused_branches(
        &mut self,
        b: &Conj,
        rest: &Conj,
        group: &[NodeId],
        dead: &[usize],
    ) -> Vec<(usize, TypeSet)> {
        let g = self.g;
        if view::types(g, b) == TypeSet::ALL {
            return Vec::new();
        }
        let sup_types = self.union_types(b);
        // Each such branch, its conjunction, the types refused, the others.
        let mut gone: Vec<(usize, Conj, TypeSet, TypeSet)> = Vec::new();
        let mut accepted = TypeSet::EMPTY;
        let mut lost = TypeSet::EMPTY;
        for (i, &br) in group.iter().enumerate().take(64) {
            if dead.contains(&i) {
                continue;
            }
            let mut c = rest.clone();
            c.push(br);
            let c = flatten(g, &c);
            let t = view::types(g, &c);
            accepted = accepted.union(t);
            let refused = t.minus(sup_types);
            if !refused.is_empty() {
                lost = lost.union(refused);
                gone.push((i, c, refused, t.minus(refused)));
            }
        }
        let Some(contradicted) = self.said_at_union(b, lost) else {
            return Vec::new();
        };
        if self.quiet == 0 {
            // The document shows a type the keyword refuses.
            let first = gone
                .iter()
                .position(|(_, _, t, _)| !t.intersect(contradicted.lost).is_empty())
                .unwrap_or(0);
            let (_, c, t, _) = &gone[first];
            let w = self.gen().instance(c, t.intersect(contradicted.lost));
            let others: Vec<Value> = gone
                .iter()
                .enumerate()
                .filter(|(j, _)| *j != first)
                .filter_map(|(_, (_, c, t, _))| self.gen().instance(c, *t))
                .collect();
            let c = c.clone();
            self.suspect(
                Family::Type,
                &c,
                b,
                w,
                names(accepted),
                names(sup_types),
                "the accepted types".into(),
            );
            if let Some(s) = self.suspects.last_mut() {
                s.others = others;
                s.contradicted = Some(contradicted);
            }
        }
        gone.into_iter().map(|(i, _, _, kept)| (i, kept)).collect()
    }

    /// Whether the sup side `b` refusing `missing` (types the sub side
    /// accepts and `b` does not, its unions looked into) is said at the
    /// union as one change of its types: where its own `type` or `enum`
    /// refuses one of them that a branch of its union accepts. Why, with
    /// the types no branch accepts.
    fn said_at_union(&self, b: &Conj, missing: TypeSet) -> Option<Contradicted> {
        let mut c = self.contradicted(b, missing)?;
        let g = self.g;
        let mut left = missing.minus(c.lost);
        for &y in b {
            let n = g.node(y);
            for (kw, group) in [("anyOf", &n.any_of), ("oneOf", &n.one_of)] {
                if group.is_empty() || left.is_empty() {
                    continue;
                }
                let none = left.minus(branch_types(g, group));
                if !none.is_empty() {
                    c.unaccepted.push((kw, none));
                    left = left.minus(none);
                }
            }
        }
        Some(c)
    }

    /// Where the `type` and `enum` keywords of `b` (its unions aside)
    /// refuse some of `types` that a branch of a union of `b` accepts:
    /// what they allow, those types, and the branches.
    fn contradicted(&self, b: &Conj, types: TypeSet) -> Option<Contradicted> {
        let g = self.g;
        let allowed = view::types(g, b);
        let refused = types.minus(allowed);
        // `false` refuses everything, and no keyword is the reason.
        if refused.is_empty() || view::never(g, b) {
            return None;
        }
        for &y in b {
            let n = g.node(y);
            for (kw, group) in [("anyOf", &n.any_of), ("oneOf", &n.one_of)] {
                let mut lost = TypeSet::EMPTY;
                let mut branches = Vec::new();
                for (j, &br) in group.iter().enumerate() {
                    let t = view::types(g, &flatten(g, &[br])).intersect(refused);
                    if !t.is_empty() {
                        lost = lost.union(t);
                        branches.push(j + 1);
                    }
                }
                if !lost.is_empty() {
                    let declared = declared_types(g, b);
                    // The values are named where the `type` alone
                    // allows a type they refuse.
                    let by_values = lost.intersect(declared);
                    let values = if by_values.is_empty() {
                        None
                    } else {
                        // No values to name (cannot be: only they and
                        // the `type` narrow the view's types).
                        Some(short_list(view::view(g, b).enums.as_ref()?))
                    };
                    return Some(Contradicted {
                        declared,
                        values,
                        lost,
                        by_values,
                        kw,
                        branches,
                        unaccepted: Vec::new(),
                    });
                }
            }
        }
        None
    }

    /// The types a value valid under `b` may have, its unions' branches
    /// looked at one level down (the view's types take none of them).
    fn union_types(&self, b: &Conj) -> TypeSet {
        let g = self.g;
        let mut types = view::types(g, b);
        for &y in b {
            let n = g.node(y);
            for group in [&n.any_of, &n.one_of] {
                if !group.is_empty() {
                    types = types.intersect(branch_types(g, group));
                }
            }
        }
        types
    }

    /// Whether every value of the sub side's enum `values` that `a`
    /// accepts is valid under `b`. The values `b` refuses make one suspect
    /// (one difference of the enum pair, however many values it drops):
    /// the first refused value its document, the next few tried after it,
    /// and how many there are said. Values of a type `b` does not accept
    /// at all are the type difference instead, said once beside it (a
    /// boolean that becomes one of three strings is one change of type).
    fn enum_subset(&mut self, a: &Conj, b: &Conj, values: &[Value]) -> bool {
        let vb = view::view(self.g, b);
        let mut unknown = false;
        // The values `b` refuses by type, and the others it refuses.
        let mut by_type: Vec<&Value> = Vec::new();
        let mut refused: Vec<&Value> = Vec::new();
        let (mut type_count, mut count) = (0usize, 0usize);
        let mut accepted = TypeSet::EMPTY;
        for v in values.iter().take(crate::graph::MAX_ENUM) {
            if self.validate(a, v) != Tri::Valid {
                continue;
            }
            accepted = accepted.union(TypeSet::of(v));
            match self.validate(b, v) {
                Tri::Valid => {}
                Tri::Invalid => {
                    if self.quiet > 0 {
                        return false;
                    }
                    let (list, n) = if vb.types.intersect(TypeSet::of(v)).is_empty() {
                        (&mut by_type, &mut type_count)
                    } else {
                        (&mut refused, &mut count)
                    };
                    *n += 1;
                    if list.len() <= MAX_REFUSED_TRIED {
                        list.push(v);
                    }
                }
                Tri::Unknown => unknown = true,
            }
        }
        if let Some(first) = by_type.first() {
            // Refused by the `type` or `enum` beside a union of `b` though
            // a branch accepts them: said with the keyword that refuses
            // them, as at a union the sub side's types meet
            // ([`Checker::said_at_union`]).
            let lost = by_type
                .iter()
                .fold(TypeSet::EMPTY, |t, v| t.union(TypeSet::of(v)));
            let contradicted = self.said_at_union(b, lost);
            self.suspect(
                Family::Type,
                a,
                b,
                Some((*first).clone()),
                names(accepted),
                names(vb.types),
                "the accepted types".into(),
            );
            if let Some(s) = self.suspects.last_mut().filter(|_| contradicted.is_some()) {
                s.contradicted = contradicted;
            }
        }
        if let Some((first, rest)) = refused.split_first() {
            let sup_values = vb
                .enums
                .as_ref()
                .map_or_else(|| any_of(vb.types.intersect(accepted)), |e| short_list(e));
            self.suspect(
                Family::Enum,
                a,
                b,
                Some((*first).clone()),
                short_list(values),
                sup_values,
                refused_values(&refused, count),
            );
            if let Some(s) = self.suspects.last_mut() {
                s.others = rest.iter().map(|v| (*v).clone()).collect();
            }
        }
        if unknown {
            self.unproved += 1;
            self.undecided("an enum value could not be checked against the other side (a pattern compat cannot run)".into());
        }
        count + type_count == 0
    }

    fn fit_disjunction(
        &mut self,
        a: &Conj,
        va: &View,
        b: &Conj,
        id: NodeId,
        group: &[NodeId],
        one: bool,
    ) -> bool {
        let rest: Conj = b.iter().copied().filter(|&x| x != id).collect();
        let kw = if one { "oneOf" } else { "anyOf" };
        // The same group on the sub side (same spelling, same targets) fits.
        if a.iter().any(|&x| {
            let n = self.g.node(x);
            let other = if one { &n.one_of } else { &n.any_of };
            other.len() == group.len()
                && other
                    .iter()
                    .zip(group)
                    .all(|(p, q)| self.holds(&[*p], &[*q]) && self.holds(&[*q], &[*p]))
        }) {
            return true;
        }
        // A branch already in the conjunction: the group holds (one level up
        // split it); checking it again would never end.
        if group
            .iter()
            .any(|&br| flatten(self.g, &[br]).iter().all(|x| b.contains(x)))
        {
            return true;
        }
        // The branch `sub` fits quietly, and whether that is proved (in
        // report mode a proved one is looked for past an unsure one;
        // quietly the first does).
        // Beside an `unevaluated*` that reads an `anyOf`'s branches, a
        // combination of branches fits what one alone may not (a document
        // with the names of two).
        let combined = !one && group.len() <= MAX_COMBINED && self.combined(&rest, id);
        let fitting = |s: &mut Self, sub: &Conj| {
            let mut unsure = None;
            for &br in group.iter().take(64) {
                let mut c = rest.clone();
                c.push(br);
                let before = (s.limits, s.unproved, s.tainted);
                if s.probe(sub, &c) {
                    if s.quiet > 0 || (s.limits, s.unproved, s.tainted) == before {
                        return Some((br, true));
                    }
                    unsure.get_or_insert(br);
                }
            }
            if combined && unsure.is_none() {
                for set in combinations(group) {
                    let mut c = rest.clone();
                    c.extend(set.iter().map(|&i| group[i]));
                    let before = (s.limits, s.unproved, s.tainted);
                    if s.probe(sub, &c)
                        && (s.quiet > 0 || (s.limits, s.unproved, s.tainted) == before)
                    {
                        return Some((group[set[0]], true));
                    }
                }
            }
            unsure.map(|br| (br, false))
        };
        if let Some((_, true)) = fitting(self, a) {
            return self.one_of_overlap(a, b, one, false);
        }
        // Split by type: each type of the sub side may fit another branch.
        let mut ok = true;
        // The types the types check says with the `type` or `enum` beside
        // the union that refuses some ([`Checker::said_at_union`]), asked
        // in report mode once a type fits no branch.
        let mut at_union: Option<TypeSet> = None;
        // The types of the sub side no branch accepts: one finding for all.
        let mut lost = TypeSet::EMPTY;
        for t in va.types.each() {
            let typed = self.typed(a, t);
            // A branch it fits without a proof (a `oneOf` inside that
            // may refuse a document two of its branches accept, which the
            // quiet check does not look for) is checked in report mode.
            let unsure = match fitting(self, &typed) {
                Some((_, true)) => continue,
                Some((br, false)) => Some(br),
                None => None,
            };
            if unsure.is_none() {
                ok = false;
            }
            if self.quiet > 0 {
                return false;
            }
            // Refused by the sup side's own `type` or `enum` beside the
            // union, which a branch accepts (or, beside such a type, by
            // every branch): said once with the types
            // ([`Checker::subset`]), not as a branch whose types changed
            // to none.
            if unsure.is_none() {
                let at_union = *at_union.get_or_insert_with(|| {
                    let missing = va.types.minus(self.union_types(b));
                    match self.said_at_union(b, missing) {
                        Some(_) => missing,
                        None => TypeSet::EMPTY,
                    }
                });
                if at_union.contains(t) {
                    continue;
                }
            }
            // Report against the branch that accepts this type and differs
            // least (fewest suspects: the code cell against the code cell,
            // not against the first branch of the list), if one does.
            let typed_branches: Vec<NodeId> = group
                .iter()
                .copied()
                .filter(|&br| {
                    let types = view::types(self.g, &flatten(self.g, &[br]));
                    !types.intersect(t).is_empty()
                })
                .collect();
            let best = match unsure {
                Some(br) => Some(br),
                None => self.closest_branch(&typed, &rest, id, &typed_branches),
            };
            match best {
                Some(br) => {
                    let mut c = rest.clone();
                    c.push(br);
                    let before = self.suspects.len();
                    let failed = (self.failed.len(), self.reported.len());
                    let held = self.check(&typed, &c);
                    let found = self.suspects.len();
                    if unsure.is_some() {
                        ok &= held;
                    }
                    if self.suspects.len() == before
                        && !(held && unsure.is_some())
                        && !self.explained_elsewhere(held, failed)
                    {
                        let w = self.gen().instance(&typed, t);
                        self.suspect(
                            Family::Combination,
                            a,
                            b,
                            w,
                            "a schema".into(),
                            format!("{kw} of {} branches", group.len()),
                            format!("no {kw} branch accepts every {}", names(t)),
                        );
                        if !held && self.suspects.len() > before {
                            if let Some(s) = self.suspects.last_mut() {
                                s.again = Some((typed.clone(), c));
                            }
                        }
                    }
                    // Found against one branch: the others may accept what
                    // it refuses, which confirming them looks at.
                    let depth = self.path.len();
                    // No branch accepts it, and the closest one differs in
                    // a discriminator (an enum or const of a direct
                    // property): an alternative the sup side lacks, not a
                    // branch of it changed, and what the check found is how
                    // it differs from the closest branch.
                    let apart = unsure.is_none()
                        && self.suspects[before..found]
                            .iter()
                            .any(|s| s.family == Family::Enum && s.path.len() == depth + 1);
                    for (i, s) in self.suspects.iter_mut().enumerate().skip(before) {
                        s.unions.push((depth, typed.clone(), b.clone()));
                        if apart && i < found {
                            s.apart.get_or_insert(depth);
                        }
                    }
                }
                None => lost = lost.union(t),
            }
        }
        if !lost.is_empty() {
            let w = self.gen().instance(a, lost);
            self.suspect(
                Family::Type,
                a,
                b,
                w,
                names(va.types),
                format!(
                    "{} (no {kw} branch accepts {})",
                    names(va.types.minus(lost)),
                    names(lost)
                ),
                "the accepted types".into(),
            );
        }
        if ok {
            return self.one_of_overlap(a, b, one, false);
        }
        // A branch differs, and that difference may have no whole document
        // (an array whose items would have to fit two branches at once):
        // a document two branches accept is refused whatever else holds.
        self.one_of_overlap(a, b, one, true);
        false
    }

    /// Whether a union's branch check that found nothing to say (no
    /// suspect) has nothing to say at the union either. Either it held in
    /// report mode, where the quiet probes did not (it assumed a pair
    /// checked around it, whose own check says what differs), or it failed
    /// only through pairs found failed (`failed` on, [`Checker::failed`])
    /// that were first checked before anything at this place or within
    /// this branch's own check (`branch` on): what differs in them was said
    /// there. A component reached again through one of
    /// Stripe's ten thousand expandable fields (`anyOf: [string, {$ref}]`)
    /// is so said once, as a pair met again outside a union is, not once
    /// more as "no anyOf branch accepts every object" at every field. A
    /// pair first checked at this place (under a sibling branch of the sub
    /// side's own union) leaves the question, which confirming checks
    /// again ([`Suspect::again`]). An answer of yes counts as a failure
    /// said elsewhere for the unions around it.
    fn explained_elsewhere(&mut self, held: bool, (failed, branch): (usize, usize)) -> bool {
        let len = self.path.len();
        let here = self
            .opened
            .iter()
            .find(|(at, _)| *at == len)
            .map_or(0, |(_, seq)| *seq);
        let found = &self.failed[failed..];
        let explained =
            held || (!found.is_empty() && found.iter().all(|seq| !(here..branch).contains(seq)));
        if explained {
            self.failed.push(0);
        }
        explained
    }

    /// Of `branches`, the one that `a` differs least from, in a trial check
    /// on a checker of its own: fewest discriminator
    /// mismatches (an `enum`/`const` of a direct property), then fewest
    /// direct properties that differ (below, or required on one side
    /// only), then fewest suspects. The code cell is
    /// compared with the code cell, not with the first branch of the list.
    ///
    /// A branch that is a definition `a` is made of too (the same
    /// `$ref` target on both sides: GitHub's `timeline-line-commented-event`,
    /// the 18th of 22 issue timeline events) is its counterpart, and only
    /// such branches are tried when there are any; else the first eight.
    fn closest_branch(
        &mut self,
        a: &Conj,
        b: &Conj,
        union: NodeId,
        branches: &[NodeId],
    ) -> Option<NodeId> {
        if branches.len() <= 1 {
            return branches.first().copied();
        }
        let named = self.named_counterparts(a, union, branches);
        let branches = if named.is_empty() { branches } else { &named };
        if branches.len() == 1 {
            return branches.first().copied();
        }
        let depth = self.path.len();
        let mut best: Option<((usize, usize, usize), NodeId)> = None;
        for &br in branches.iter().take(8) {
            // A trial on a checker of its own: this one's memo and suspects stay as they are.
            let mut trial = self.trial();
            // Documents built are the same from what this comparer's
            // generators kept as built again (`Kept`).
            trial.kept = self.kept;
            let mut c = b.clone();
            c.push(br);
            trial.check(a, &c);
            self.end_trial(&mut trial);
            let found = &trial.suspects;
            let discriminators = found
                .iter()
                .filter(|s| s.family == Family::Enum && s.path.len() == depth + 1)
                .count();
            // A direct property that differs: one a suspect below it is
            // about, or one required on one side only (`cmd` required by
            // Taskfile's `cmd_call`, absent from its `defer_call`: without
            // it, a tie, and the first branch won). Names as the required
            // suspects spell them (`property "cmd"`).
            let mut direct: Vec<String> = found
                .iter()
                .filter_map(|s| match s.path.get(depth) {
                    Some((_, Seg::Key(k))) => Some(format!("property {k:?}")),
                    Some((_, Seg::Index(i))) => Some(format!("item {i}")),
                    None if s.family == Family::Required => Some(s.what.clone()),
                    None => None,
                })
                .collect();
            direct.sort_unstable();
            direct.dedup();
            let score = (discriminators, direct.len(), found.len());
            if best.as_ref().is_none_or(|(m, _)| score < *m) {
                best = Some((score, br));
            }
        }
        best.map(|(_, br)| br)
    }

    /// The `branches` of `union` made of a definition that `a` is made of
    /// too: a node at the same place of the same document (on the other
    /// side), outside `union` itself (a branch written inline is placed
    /// by its position in the list, which says nothing).
    fn named_counterparts(&self, a: &Conj, union: NodeId, branches: &[NodeId]) -> Vec<NodeId> {
        let g = self.g;
        let Some(inside) = g.node(union).loc.as_ref() else {
            return Vec::new();
        };
        let listed = |l: &crate::doc::Location| {
            l.doc == inside.doc
                && ["anyOf", "oneOf"].iter().any(|kw| {
                    l.pointer
                        .strip_prefix(inside.pointer.as_str())
                        .and_then(|rest| rest.strip_prefix('/'))
                        .is_some_and(|rest| rest.starts_with(kw))
                })
        };
        let places: Vec<&crate::doc::Location> = a
            .iter()
            .filter_map(|&x| g.node(x).loc.as_ref())
            .filter(|l| !listed(l))
            .collect();
        branches
            .iter()
            .copied()
            .filter(|&br| {
                flatten(g, &[br]).iter().any(|&x| {
                    g.node(x)
                        .loc
                        .as_ref()
                        .is_some_and(|l| !listed(l) && places.contains(&l))
                })
            })
            .collect()
    }

    /// `oneOf` rejects a document two branches accept: look for one. Every
    /// value found is kept with the suspect: the smallest (required
    /// properties only) often also passes a sibling of the sub side's own
    /// `oneOf` one level up, which then refuses it, while a fuller one does
    /// not (GitHub's Copilot seat team: `team` or `enterprise-team` on both
    /// sides; a team with both kinds' properties and a
    /// `notification_setting` outside the new `enterprise-team`'s enum is
    /// one new team and two old ones).
    ///
    /// With `two`, only a document two branches of one `oneOf` accept counts
    /// (a branch that differs was reported already).
    ///
    /// Quietly nothing is looked for: "holds", but unproved (see
    /// [`Checker::proves`]) unless [`Checker::may_overlap`] excludes an
    /// overlap, so that no caller takes it for a proof (a branch left out
    /// of the sub side's `oneOf`, an array item or property not checked
    /// in report mode: each a silent pass of a document two branches
    /// accept).
    fn one_of_overlap(&mut self, a: &Conj, b: &Conj, one: bool, two: bool) -> bool {
        if !one {
            return true;
        }
        if self.quiet > 0 {
            for &id in b {
                let group = self.g.node(id).one_of.clone();
                if group.len() > 1 && self.may_overlap(a, &group) {
                    self.unproved += 1;
                    break;
                }
            }
            return true;
        }
        // The documents of `a`, then of `a` with each two branches, are
        // looked at in that order until enough are found: the documents
        // of a pair are built only while more are wanted, and not for a
        // pair no document passes (`Checker::refuses_all`: it would build
        // none the validator accepts).
        let mut found: Vec<Value> = Vec::new();
        let cands = self.gen().candidates(a, TypeSet::ALL);
        self.overlap_values(a, b, two, cands, &mut found);
        for &id in b {
            let group = self.g.node(id).one_of.clone();
            for i in 0..group.len().min(8) {
                for j in i + 1..group.len().min(8) {
                    self.overlap_pair(a, b, two, [group[i], group[j]], &mut found);
                }
            }
        }
        if found.is_empty() && !two {
            // Past the first eight branches: the branch `a` fits beside
            // each other one.
            for &id in b {
                let group = self.g.node(id).one_of.clone();
                if group.len() <= 8 || group.len() > MAX_ONE_OF_PRUNED {
                    continue;
                }
                let rest: Conj = b.iter().copied().filter(|&x| x != id).collect();
                let Some(f) = group.iter().position(|&br| {
                    let mut c = rest.clone();
                    c.push(br);
                    self.probe(a, &c)
                }) else {
                    continue;
                };
                for (m, &br) in group.iter().enumerate() {
                    if m != f && (f >= 8 || m >= 8) {
                        self.overlap_pair(a, b, two, [group[f], br], &mut found);
                    }
                }
            }
        }
        if found.is_empty() {
            // No document found in an overlap: not a proof. Confirming
            // looks for one again, or proves there is none
            // (`Checker::overlap_excluded`), else says it is undecided.
            let overlapping = b.iter().any(|&id| self.g.node(id).one_of.len() > 1);
            if !two && overlapping {
                self.suspect(
                    Family::Combination,
                    a,
                    b,
                    None,
                    "a schema".into(),
                    "oneOf".into(),
                    ONE_OF_OVERLAP.into(),
                );
            }
            return true;
        }
        let w = found.remove(0);
        self.suspect(
            Family::Combination,
            a,
            b,
            Some(w),
            "a schema".into(),
            "oneOf".into(),
            ONE_OF_OVERLAP.into(),
        );
        if let Some(s) = self.suspects.last_mut() {
            s.others = found;
            s.beside = two;
        }
        false
    }

    /// Whether `a ⊆ b` is proved: the structural check holds, and no
    /// limit cut it short nor did an answer that proves nothing take part.
    pub(crate) fn proves(&mut self, a: &[NodeId], b: &[NodeId]) -> bool {
        let before = (self.limits, self.unproved, self.tainted);
        self.probe(a, b) && (self.limits, self.unproved, self.tainted) == before
    }

    /// Whether `a ⊆ b` holds well enough to skip checking the pair: in
    /// report mode only when proved ([`Checker::proves`]: a probe that
    /// held without deciding, such as a `oneOf` overlap inside it that no
    /// proof excludes, is checked in report mode, which looks for a
    /// document or says it is undecided); quietly, as the probe says (an
    /// unsure answer marks the probe around it unsure in turn).
    fn holds(&mut self, a: &[NodeId], b: &[NodeId]) -> bool {
        let (held, proved) = self.probe_sure(a, b);
        held && proved
    }

    /// Whether `a ⊆ b` holds quietly, and whether that may be taken for
    /// a proof (always, quietly: see [`Checker::holds`]).
    fn probe_sure(&mut self, a: &[NodeId], b: &[NodeId]) -> (bool, bool) {
        if self.quiet > 0 {
            return (self.probe(a, b), true);
        }
        let before = (self.limits, self.unproved, self.tainted);
        let held = self.probe(a, b);
        (held, (self.limits, self.unproved, self.tainted) == before)
    }

    /// Quietly: whether documents of `a` may pass two branches of the
    /// `oneOf` `group`, which the `oneOf` then refuses. Excluded only where
    /// at most one branch can accept a document of `a` of each type (the
    /// others are of another type, or an `enum`/`const` of a required
    /// property rules them out: [`Checker::empty`]); otherwise the probe
    /// answering "holds" proves nothing, and report mode looks again.
    fn may_overlap(&mut self, a: &Conj, group: &[NodeId]) -> bool {
        let g = self.g;
        for t in view::types(g, a).each() {
            let typed = self.typed(a, t);
            let mut meeting = 0;
            for &br in group {
                let mut c = typed.clone();
                c.push(br);
                if !self.empty(&flatten(g, &c), 0) {
                    meeting += 1;
                    if meeting > 1 {
                        return true;
                    }
                }
            }
        }
        false
    }

    /// Whether no document is valid under `conj`, as far as can be shown
    /// cheaply: `false`, no type left, no value of its `enum`, or a
    /// required property of an object that no value fits (a discriminating
    /// `const` that two sides give differently).
    fn empty(&mut self, conj: &Conj, depth: usize) -> bool {
        self.no_document(conj, depth, false)
    }

    /// Whether the validator accepts no document under `conj`
    /// (flattened), as far as a cheap look shows: `false`, no type left, no
    /// value of its `enum` valid, or a required property of an object
    /// whose value no document has (the schemas the validator applies to
    /// it: [`view::applied`]). As [`Checker::empty`], but a proof for the
    /// validator's answers: a property's `unevaluatedProperties`, which
    /// depends on what its siblings evaluate, is left out. Documents are
    /// not built for such a conjunction (every one would be refused).
    fn refuses_all(&self, conj: &Conj, depth: usize) -> bool {
        self.no_document(conj, depth, true)
    }

    /// [`Checker::empty`] (`applied` false: a required property's schemas
    /// as [`view::property`] gives them) or [`Checker::refuses_all`]
    /// (`applied`: as [`view::applied`] gives them).
    fn no_document(&self, conj: &Conj, depth: usize, applied: bool) -> bool {
        let v = view::view(self.g, conj);
        if v.never || v.types.is_empty() {
            return true;
        }
        if let Some(values) = &v.enums {
            return values
                .iter()
                .take(crate::graph::MAX_ENUM)
                .all(|x| self.validate(conj, x) == Tri::Invalid);
        }
        if depth >= 4 || !TypeSet::OBJECT.contains(v.types) {
            return false;
        }
        v.required.iter().any(|r| {
            let p = if applied {
                view::applied(self.g, self.patterns, conj, r)
            } else {
                view::property(self.g, self.patterns, conj, r).0
            };
            !p.is_empty() && self.no_document(&p, depth + 1, applied)
        })
    }

    /// Whether the `oneOf` overlap suspected at a place is proved to give
    /// no document: `whole` is the sub side's schema there, `sub` the
    /// branch of its `oneOf` compared (with the rest of `whole`), `sup` the
    /// other side. For each `oneOf` of `sup`, `sub` fits one branch (so no
    /// document of it passes none), and every other branch accepts no
    /// document of `sub`, or only documents a sibling of `sub`'s branch in
    /// `whole` accepts too (`whole`'s own `oneOf` refuses them). GitHub's
    /// review-request webhooks: a payload with both a `requested_reviewer`
    /// and a `requested_team` passes both old branches, and both new ones
    /// as well, since the two new branches differ from each other only there.
    pub(crate) fn overlap_excluded(&mut self, whole: &Conj, sub: &Conj, sup: &Conj) -> bool {
        let g = self.g;
        let mut siblings = self.one_of_siblings(whole, sub);
        siblings.extend(self.nested_siblings(whole, sub));
        let mut groups = 0;
        for &y in sup {
            let group = g.node(y).one_of.clone();
            if group.len() < 2 {
                continue;
            }
            if group.len() > MAX_ONE_OF_PRUNED {
                return false;
            }
            groups += 1;
            let rest: Conj = sup.iter().copied().filter(|&x| x != y).collect();
            let with = |br: NodeId| {
                let mut c = rest.clone();
                c.push(br);
                flatten(g, &c)
            };
            // Type by type, as the check splits the sub side.
            for t in view::types(g, sub).each() {
                let typed = self.typed(sub, t);
                let Some(f) = group.iter().position(|&br| self.proves(&typed, &with(br))) else {
                    return false;
                };
                for (m, &br) in group.iter().enumerate() {
                    if m == f {
                        continue;
                    }
                    let mut both = typed.clone();
                    both.push(br);
                    let both = flatten(g, &both);
                    if self.empty(&both, 0) {
                        continue;
                    }
                    if !siblings.iter().any(|n| self.proves(&both, n)) {
                        return false;
                    }
                }
            }
        }
        groups > 0
    }

    /// Whether every value of `sub` of a type `sup` does not accept is
    /// refused by `whole` (the sub side's schema at the place, `sub` one
    /// branch of a `oneOf` of it, with the rest of `whole`): another branch
    /// of that `oneOf` accepts every value of `sub` of that type too, as a
    /// branch of `required` alone accepts every value but an object (a
    /// quiet proof, no limit hit). CycloneDX 1.2's licence choice: no
    /// `type`, `oneOf` [required license, required expression]; a string
    /// passes both branches and is refused, so 1.3's `type: object`
    /// there refuses nothing 1.2 accepted.
    pub(crate) fn types_refused(&mut self, whole: &Conj, sub: &Conj, sup: &Conj) -> bool {
        let g = self.g;
        let mut siblings = self.one_of_siblings(whole, sub);
        siblings.extend(self.nested_siblings(whole, sub));
        let extra = view::types(g, sub).minus(view::types(g, sup));
        if siblings.is_empty() || extra.is_empty() {
            return false;
        }
        extra.each().all(|t| {
            let typed = self.typed(sub, t);
            siblings.iter().any(|sibling| self.proves(&typed, sibling))
        })
    }

    /// The other branches of each `oneOf` of `whole` that `sub` took one
    /// branch of (`sub` holds all of that branch): a document one of them
    /// accepts too passes two branches, so that `oneOf` refuses it.
    fn one_of_siblings(&self, whole: &Conj, sub: &Conj) -> Vec<Conj> {
        let g = self.g;
        let within = |c: &Conj| c.iter().all(|x| sub.contains(x));
        let mut out = Vec::new();
        for &id in whole {
            let branches: Vec<Conj> = g
                .node(id)
                .one_of
                .iter()
                .map(|&br| flatten(g, &[br]))
                .collect();
            if branches.iter().any(&within) {
                out.extend(branches.into_iter().filter(|br| !within(br)));
            }
        }
        out
    }

    /// The other branches of a `oneOf` `sub` took one branch of, where that
    /// `oneOf` sits in a branch of a union of `whole` (`anyOf` [string,
    /// object with a `oneOf`]): `sub` is the rest of that union branch
    /// with one branch of its `oneOf`, so a document another of those
    /// branches accepts too is not one of the union branch's (its `oneOf`
    /// refuses it; the union's other branches are compared on their own).
    /// Taskfile's `for` calls, an `anyOf` branch of a command: `oneOf`
    /// [required cmd, required task] on both sides; {cmd, task, for}
    /// passes both new branches, and both old ones too.
    fn nested_siblings(&self, whole: &Conj, sub: &Conj) -> Vec<Conj> {
        let g = self.g;
        let within = |c: &Conj| c.iter().all(|x| sub.contains(x));
        let mut out = Vec::new();
        for &id in whole {
            let n = g.node(id);
            for &b in n.any_of.iter().chain(&n.one_of) {
                let fb = flatten(g, &[b]);
                for &x in &fb {
                    let group = &g.node(x).one_of;
                    if group.len() < 2 || !fb.iter().all(|&y| y == x || sub.contains(&y)) {
                        continue;
                    }
                    let branches: Vec<Conj> = group.iter().map(|&br| flatten(g, &[br])).collect();
                    if branches.iter().any(&within) {
                        out.extend(branches.into_iter().filter(|br| !within(br)));
                    }
                }
            }
        }
        out
    }

    /// Whether every object of `sub` (a branch of a `oneOf` of `whole`,
    /// with the rest of `whole`) without the property `name` is refused by
    /// `whole` because another branch of that `oneOf` accepts it too. Proved
    /// where `sub` is closed (no name but the ones it declares) and one
    /// sibling branch accepts every object of those names but `name`: it
    /// constrains objects only by `properties`, `patternProperties`,
    /// `additionalProperties` and `required`, requires no name `sub` may
    /// lack, and fits each name `sub` declares (a quiet proof, no limit
    /// hit). GitLab CI 0.30's child-pipeline include items: the `local`
    /// form and the `template` form are each closed and require nothing,
    /// so `{}` passes both and is refused; an item of the `local` form
    /// without `local` is `{}`, and 0.31's requiring `local` there (and
    /// `template` in the other) breaks nothing.
    pub(crate) fn absent_refused(&mut self, whole: &Conj, sub: &Conj, name: &str) -> bool {
        let g = self.g;
        let siblings = self.one_of_siblings(whole, sub);
        if siblings.is_empty() {
            return false;
        }
        let va = view::view(g, sub);
        let never = |conj: &Conj| view::never(g, conj);
        let patterns = self.patterns;
        let property = |conj: &Conj, n: &str| view::property(g, patterns, conj, n).0;
        // Closed: an undeclared name has no value (and no conditional
        // may evaluate one for an `unevaluatedProperties`).
        if !va.name_patterns.is_empty()
            || !never(&property(sub, "\u{0}"))
            || view::maybe_names(g, sub).is_none_or(|m| !m.is_empty())
        {
            return false;
        }
        let mut names = va.declared.clone();
        names.sort();
        names.dedup();
        names.retain(|n| *n != name && !never(&property(sub, n)));
        siblings.into_iter().any(|sibling| {
            let plain = sibling.iter().all(|&x| {
                let n = g.node(x);
                n.objects_by_properties_only() && n.unevaluated_properties.is_none()
            });
            let vs = view::view(g, &sibling);
            plain
                && vs.types.contains(TypeSet::OBJECT)
                && vs
                    .required
                    .iter()
                    .all(|r| *r != name && va.required.contains(r))
                && names.iter().all(|n| {
                    let theirs = property(&sibling, n);
                    theirs.is_empty() || self.proves(&property(sub, n), &theirs)
                })
        })
    }

    /// Of `cands`, the values `a` accepts and `b` refuses (with `two`,
    /// because two branches of one of its `oneOf`s accept them), into
    /// `found` (at most [`MAX_OVERLAP_VALUES`]).
    fn overlap_values(
        &mut self,
        a: &Conj,
        b: &Conj,
        two: bool,
        cands: Vec<Value>,
        found: &mut Vec<Value>,
    ) {
        for c in cands {
            if found.len() >= MAX_OVERLAP_VALUES {
                break;
            }
            if !found.contains(&c)
                && self.validate(a, &c) == Tri::Valid
                && self.validate(b, &c) == Tri::Invalid
                && (!two || self.two_branches_accept(b, &c))
            {
                found.push(c);
            }
        }
    }

    /// [`Checker::overlap_values`] of the documents built for `a` with
    /// the two branches `pair`, unless enough were found already or no
    /// document passes `a` and the pair (none built would be valid).
    fn overlap_pair(
        &mut self,
        a: &Conj,
        b: &Conj,
        two: bool,
        pair: [NodeId; 2],
        found: &mut Vec<Value>,
    ) {
        if found.len() >= MAX_OVERLAP_VALUES {
            return;
        }
        let mut c = a.clone();
        c.extend(pair);
        if self.refuses_all(&flatten(self.g, &c), 0) {
            return;
        }
        let cands = self.gen().candidates(&c, TypeSet::ALL);
        self.overlap_values(a, b, two, cands, found);
    }

    /// Whether two branches of one `oneOf` of `b` accept `doc` (each
    /// branch alone: so `doc` fails that `oneOf`).
    fn two_branches_accept(&mut self, b: &Conj, doc: &Value) -> bool {
        b.iter().any(|&id| {
            let group = self.g.node(id).one_of.clone();
            group
                .iter()
                .filter(|&&br| self.validate(&[br], doc) == Tri::Valid)
                .take(2)
                .count()
                == 2
        })
    }

    fn fit_not(&mut self, a: &Conj, va: &View, b: &Conj, nn: NodeId) -> bool {
        // The sub side excludes at least as much.
        for &x in a {
            if let Some(m) = self.g.node(x).not {
                if self.holds(&[nn], &[m]) {
                    return true;
                }
            }
        }
        let types = view::types(self.g, &flatten(self.g, &[nn]));
        if va.types.intersect(types).is_empty() {
            return true;
        }
        // Quietly the answer is no, with a document or without.
        if self.quiet > 0 {
            return false;
        }
        let mut both = a.clone();
        both.push(nn);
        let cands = self.gen().candidates(&both, TypeSet::ALL);
        if let Some(w) = cands
            .into_iter()
            .find(|c| self.validate(a, c) == Tri::Valid && self.validate(b, c) == Tri::Invalid)
        {
            self.suspect(
                Family::Combination,
                a,
                b,
                Some(w),
                "a schema".into(),
                "not".into(),
                "documents the `not` excludes".into(),
            );
            return false;
        }
        self.undecided("whether `not` excludes a document the other side accepts".into());
        true
    }

    fn fit_conditional(
        &mut self,
        a: &Conj,
        b: &Conj,
        i: NodeId,
        th: Option<NodeId>,
        el: Option<NodeId>,
    ) -> bool {
        let th_ok = th.is_none_or(|t| self.holds(a, &[t]));
        let el_ok = el.is_none_or(|e| self.holds(a, &[e]));
        if th_ok && el_ok {
            return true;
        }
        // The sub side has the same condition: compare branch by branch.
        for &x in a {
            if let Some((ai, ath, ael)) = self.g.node(x).conditional {
                if self.holds(&[ai], &[i]) && self.holds(&[i], &[ai]) {
                    let mut ok = true;
                    if let Some(t) = th {
                        let mut c = a.clone();
                        c.extend(ath);
                        c.push(ai);
                        ok &= self.check(&c, &[t]);
                    }
                    if let Some(e) = el {
                        let mut c = a.clone();
                        c.extend(ael);
                        ok &= self.check(&c, &[e]);
                    }
                    return ok;
                }
            }
        }
        // Quietly the answer is no, with a document or without.
        if self.quiet > 0 {
            return false;
        }
        let mut with_if = a.clone();
        with_if.push(i);
        let mut cands = self.gen().candidates(&with_if, TypeSet::ALL);
        cands.extend(self.gen().candidates(a, TypeSet::ALL));
        if let Some(w) = cands
            .into_iter()
            .find(|c| self.validate(a, c) == Tri::Valid && self.validate(b, c) == Tri::Invalid)
        {
            self.suspect(
                Family::Combination,
                a,
                b,
                Some(w),
                "a schema".into(),
                "if/then/else".into(),
                "documents the if/then/else rejects".into(),
            );
            return false;
        }
        self.undecided("whether if/then/else rejects a document the other side accepts".into());
        true
    }

    /// `conj` restricted to one type (a new node cannot be made, so the type is
    /// carried by the generator; the structural check uses the view's types).
    fn typed(&self, conj: &Conj, t: TypeSet) -> Conj {
        let mut c = conj.clone();
        c.push(self.g.type_node(t));
        flatten(self.g, &c)
    }

    fn numbers(&mut self, a: &Conj, va: &View, b: &Conj, vb: &View, common: TypeSet) -> bool {
        let mut ok = true;
        let looser_lower = match (va.lower, vb.lower) {
            (_, None) => false,
            (None, Some(_)) => true,
            (Some(x), Some(y)) => {
                x.value < y.value || (x.value == y.value && !x.exclusive && y.exclusive)
            }
        };
        let looser_upper = match (va.upper, vb.upper) {
            (_, None) => false,
            (None, Some(_)) => true,
            (Some(x), Some(y)) => {
                x.value > y.value || (x.value == y.value && !x.exclusive && y.exclusive)
            }
        };
        let mult = vb.multiples.iter().any(|m| {
            !va.multiples
                .iter()
                .any(|n| crate::validate::is_multiple(*n, *m))
        });
        if looser_lower || looser_upper || mult {
            // A quiet check counts the range as fitting where it is proved
            // (and a number the sup side refuses is then looked for still).
            let proved = self.quiet > 0
                && outside_range(va, vb, common.intersect(TypeSet::NUMBER))
                    .is_ok_and(|found| found.is_empty());
            let mut w = if self.quiet > 0 && !proved {
                None
            } else {
                self.gen_near(b)
                    .candidates(a, common.intersect(TypeSet::NUMBER))
                    .into_iter()
                    .find(|c| c.is_number() && self.validate(b, c) == Tri::Invalid)
            };
            // No number built falls outside the sup side's range: decided
            // exactly on the sub side's bounds, type and multiples (an
            // open interval of numbers, or a lattice of integers and
            // multiples), else undecided, never a silent pass: (0, 0.25)
            // against a minimum of 0.1 is broken by 0.05, which no number
            // built near either side's bounds is.
            if w.is_none() && self.quiet == 0 {
                match outside_range(va, vb, common.intersect(TypeSet::NUMBER)) {
                    Ok(found) if found.is_empty() => {}
                    Ok(found) => {
                        match found.iter().find(|c| {
                            self.validate(a, c) == Tri::Valid && self.validate(b, c) == Tri::Invalid
                        }) {
                            Some(c) => w = Some(c.clone()),
                            None => self.undecided(format!(
                                "whether every number the other side accepts is {}: {} is not, but the rest of the schema refuses it",
                                range(vb),
                                short(&found[0])
                            )),
                        }
                    }
                    Err(why) => self.undecided(format!(
                        "whether every number the other side accepts is {}: {why}",
                        range(vb)
                    )),
                }
            }
            if w.is_some() || (self.quiet > 0 && !proved) {
                ok = false;
                let (sv, bv) = (range(va), range(vb));
                self.suspect(Family::Range, a, b, w, sv, bv, "the numeric range".into());
            }
        }
        ok
    }

    fn strings(&mut self, a: &Conj, va: &View, b: &Conj, vb: &View) -> bool {
        let mut ok = true;
        let min_up = vb.min_length.unwrap_or(0) > va.min_length.unwrap_or(0);
        let max_down = vb
            .max_length
            .is_some_and(|m| va.max_length.is_none_or(|n| n > m));
        if min_up || max_down {
            let mut w = self.document(|s| {
                s.gen_near(b)
                    .candidates(a, TypeSet::STRING)
                    .into_iter()
                    .find(|c| c.is_string() && s.validate(b, c) == Tri::Invalid)
            });
            // No string built has a length the sup side refuses: decided
            // on automata, the sub side's patterns and lengths against the
            // sup side's lengths (GitHub's storage record `artifact_url`,
            // `^https://` and no maxLength, against a maxLength of 152:
            // the strings built were all short), else undecided.
            if w.is_none() && self.quiet == 0 {
                match self.patterns.lengths_included(
                    &va.patterns,
                    va.min_length,
                    va.max_length,
                    vb.min_length.unwrap_or(0),
                    vb.max_length,
                ) {
                    Inclusion::Holds => {}
                    Inclusion::Witness(found) => {
                        let found = Value::String(found);
                        if self.validate(a, &found) == Tri::Valid
                            && self.validate(b, &found) == Tri::Invalid
                        {
                            w = Some(found);
                        } else {
                            self.undecided(format!(
                                "whether every string the other side accepts has {}: {} has another length, but the rest of the schema refuses it",
                                length(vb.min_length, vb.max_length),
                                short(&found)
                            ));
                        }
                    }
                    Inclusion::Unknown(why) => self.undecided(format!(
                        "whether every string the other side accepts has {}: {why}",
                        length(vb.min_length, vb.max_length)
                    )),
                }
            }
            if w.is_some() || self.quiet > 0 {
                ok = false;
                self.suspect(
                    Family::Length,
                    a,
                    b,
                    w,
                    length(va.min_length, va.max_length),
                    length(vb.min_length, vb.max_length),
                    "the string length".into(),
                );
            }
        }
        let new_patterns: Vec<&str> = vb
            .patterns
            .iter()
            .filter(|p| !va.patterns.contains(p))
            .copied()
            .collect();
        if !new_patterns.is_empty() {
            // Decided on automata. A break is shown with a sample of the
            // sub side that one of the new patterns does not match, else
            // with the automata's shortest such string (a sample reads
            // better, and a bare line break that `$` refuses is read
            // differently by validators whose `$` matches before a final
            // line break, Python's).
            if let Err((found, why)) = self.pattern_inclusion(a, va, b, &new_patterns) {
                let sample = self.document(|s| {
                    s.gen()
                        .candidates(a, TypeSet::STRING)
                        .into_iter()
                        .find(|c| {
                            c.as_str().is_some_and(|t| {
                                new_patterns
                                    .iter()
                                    .any(|p| s.patterns.is_match(p, t) != Some(true))
                            }) && s.validate(b, c) == Tri::Invalid
                        })
                });
                let w = sample.or(found);
                if w.is_some() {
                    ok = false;
                    self.suspect(
                        Family::Pattern,
                        a,
                        b,
                        w,
                        va.patterns.join(" and ").if_empty("none"),
                        new_patterns.join(" and "),
                        "the string pattern".into(),
                    );
                } else if self.quiet > 0 {
                    return false;
                } else {
                    self.undecided(format!(
                        "whether every string matching {} matches {} is not decided: {why}",
                        va.patterns.join(" and ").if_empty("anything"),
                        new_patterns.join(" and ")
                    ));
                }
            }
        }
        let new_formats: Vec<&str> = vb
            .formats
            .iter()
            .filter(|f| !va.formats.contains(f))
            .copied()
            .collect();
        if !new_formats.is_empty() && self.quiet == 0 {
            // An annotation unless the validator asserts formats: a warning, no counterexample.
            let p = Checker::pointer(&self.path);
            let _ = p;
            self.suspect(
                Family::Format,
                a,
                b,
                None,
                va.formats.join(", ").if_empty("none"),
                new_formats.join(", "),
                "the string format".into(),
            );
        }
        ok
    }

    /// Whether every string of `a` matches each of `new_patterns` (the sup
    /// side's patterns the sub side lacks), decided on automata of the sub
    /// side's patterns and length bounds: `Ok` when proved, else a string
    /// of `a` that `b` refuses for a pattern when one was found, and why it
    /// is not decided otherwise.
    fn pattern_inclusion(
        &mut self,
        a: &Conj,
        va: &View,
        b: &Conj,
        new_patterns: &[&str],
    ) -> Result<(), (Option<Value>, String)> {
        for p in new_patterns {
            match self
                .patterns
                .included(&va.patterns, va.min_length, va.max_length, p)
            {
                Inclusion::Holds => {}
                Inclusion::Witness(w) => {
                    let w = Value::String(w);
                    // The sub side may refuse it otherwise (a format, an enum elsewhere).
                    if self.validate(a, &w) == Tri::Valid && self.validate(b, &w) == Tri::Invalid {
                        return Err((Some(w), String::new()));
                    }
                    return Err((
                        None,
                        format!(
                            "{} matches the one and not the other, but the rest of the schema refuses it, and no other such string was found",
                            short(&w)
                        ),
                    ));
                }
                Inclusion::Unknown(why) => {
                    return Err((
                        None,
                        format!("{why}; no counterexample found among samples"),
                    ))
                }
            }
        }
        Ok(())
    }

    fn objects(&mut self, a: &Conj, va: &View, b: &Conj, vb: &View) -> bool {
        let mut ok = true;
        let g = self.g;
        // required: a name every object of the sub side has anyway (a
        // dependency or an if/then asks for it) is no difference.
        // Against sets: 5,000 names required on one side were 25 million
        // comparisons.
        let required: HashSet<&str> = va.required.iter().copied().collect();
        let mut added: Vec<String> = vb
            .required
            .iter()
            .filter(|r| !required.contains(**r))
            .map(|r| (*r).to_owned())
            .collect();
        if !added.is_empty() {
            let has: HashSet<String> = self.always_present(a, va).into_iter().collect();
            added.retain(|r| !has.contains(r));
        }
        // The sub side's objects, built once for every name (each of 5,000
        // names took a copy of them all).
        let mut candidates: Option<Vec<Value>> = None;
        for r in added {
            // No object of the sub side can lack it: proved.
            if self.too_few_without(a, va, &r) {
                continue;
            }
            let (pa, _) = view::leaning(g, self.patterns, a, &r, Lean::Sub);
            let impossible = view::never(g, &pa);
            // Quietly, a property the sub side may have fails the probe
            // whether an object without it is built or not.
            let w = if self.quiet > 0 && !impossible {
                None
            } else {
                candidates
                    .get_or_insert_with(|| self.gen().candidates(a, TypeSet::OBJECT))
                    .iter()
                    .find(|c| c.as_object().is_some_and(|m| !m.contains_key(&r)))
                    .cloned()
            };
            // No object built lacks it: one built with it, taken out, or
            // else undecided (the suspect without a document), never a
            // silent pass.
            let w = match w {
                Some(w) => Some(w),
                None if self.quiet > 0 => None,
                None => candidates
                    .get_or_insert_with(|| self.gen().candidates(a, TypeSet::OBJECT))
                    .iter()
                    .find_map(|c| {
                        let mut m = c.as_object()?.clone();
                        m.remove(&r)?;
                        let v = Value::Object(m);
                        (self.validate(a, &v) == Tri::Valid && self.validate(b, &v) == Tri::Invalid)
                            .then_some(v)
                    })
                    .or_else(|| self.object_without(a, b, va, &r)),
            };
            if w.is_some() || !impossible {
                ok = false;
                self.suspect(
                    Family::Required,
                    a,
                    b,
                    w,
                    "optional".into(),
                    "required".into(),
                    format!("property {r:?}"),
                );
                if self.quiet > 0 {
                    return false;
                }
            }
        }
        let (props_a, props_b) = (
            view::Properties::leaning(g, self.patterns, a, Lean::Sub),
            view::Properties::leaning(g, self.patterns, b, Lean::Sup),
        );
        // Properties, by name: declared on either side, those a
        // conditional or a union of the sub side may evaluate for its
        // `unevaluatedProperties`, and samples of patterns.
        let samples: Vec<String> = va
            .name_patterns
            .iter()
            .chain(vb.name_patterns.iter())
            .copied()
            .chain(props_a.maybe_patterns())
            .flat_map(|p| self.patterns.samples(p, 1))
            .collect();
        let mut names = merged(&va.declared, &vb.declared);
        let maybe = props_a.maybe_names().unwrap_or_default();
        if !maybe.is_empty() || !samples.is_empty() {
            names.extend(maybe);
            names.extend(samples.iter().map(String::as_str));
            names.sort_unstable();
            names.dedup();
        }
        for name in names {
            if self.same_maybe(&props_a, &props_b, name) {
                continue;
            }
            let ((pa, oa), (pb, ob)) = match self.same_source(&props_a, &props_b, name) {
                Some((sa, sb)) => (
                    (flatten(g, &[sa]), Origin::Declared),
                    (flatten(g, &[sb]), Origin::Declared),
                ),
                None => (props_a.get(name), props_b.get(name)),
            };
            if view::never(g, &pa) || pb.is_empty() {
                continue;
            }
            if self.quiet > 0 {
                if !self.child(a, Seg::Key(name.to_owned()), &pa, &pb) {
                    return false;
                }
                continue;
            }
            let family = match (oa, ob) {
                (Origin::Declared, Origin::Additional) => Some(Family::PropertyClosed),
                (Origin::Open, Origin::Declared) => Some(Family::PropertyOpen),
                (Origin::Additional, Origin::Declared) if self.probe(&pb, &pa) => None,
                _ => None,
            };
            match family {
                Some(f) => {
                    let (held, proved) = self.probe_sure(&pa, &pb);
                    if held && !proved {
                        ok &= self.child(a, Seg::Key(name.to_owned()), &pa, &pb);
                    } else if !held {
                        ok = false;
                        let cands = self.gen_near(&pb).candidates(&pa, TypeSet::ALL);
                        let w = cands
                            .into_iter()
                            .find(|c| self.validate(&pb, c) == Tri::Invalid);
                        self.path.push((a.clone(), Seg::Key(name.to_owned())));
                        let (sv, bv) = match f {
                            Family::PropertyClosed => (
                                "declared".to_owned(),
                                "not declared (closed content model)".to_owned(),
                            ),
                            _ => (
                                "not declared (open content model)".to_owned(),
                                "declared".to_owned(),
                            ),
                        };
                        self.suspect(f, &pa, &pb, w, sv, bv, format!("property {name:?}"));
                        self.path.pop();
                    }
                }
                None => ok &= self.child(a, Seg::Key(name.to_owned()), &pa, &pb),
            }
        }
        // Other names.
        let other = self.other_name(a, va, vb);
        if let Some(name) = other {
            let (pa, _) = view::leaning(g, self.patterns, a, &name, Lean::Sub);
            let (pb, _) = view::leaning(g, self.patterns, b, &name, Lean::Sup);
            let (held, proved) = if view::never(g, &pa) || pb.is_empty() {
                (true, true)
            } else {
                self.probe_sure(&pa, &pb)
            };
            if held && !proved {
                ok &= self.child(a, Seg::Key(name.clone()), &pa, &pb);
            } else if !held {
                ok = false;
                if self.quiet > 0 {
                    return false;
                }
                let cands = self.gen().candidates(&pa, TypeSet::ALL);
                let w = cands
                    .into_iter()
                    .find(|c| self.validate(&pb, c) == Tri::Invalid);
                // No value built for the name is refused there: what
                // differs lies deeper (GitLab CI's jobs under names the
                // schema does not declare: a trigger's include items), so
                // the name's schemas are compared in full, as a declared
                // property's are. A pair compared before (the job under a
                // declared name) was reported there, and one being
                // compared around this place (a cycle: OpenAPI 3.1's
                // callbacks, path items again) is reported by that
                // comparison, at its shallower place.
                let mut shown = false;
                if w.is_none() && !view::never(g, &pb) {
                    let key = (flatten(g, &pa), flatten(g, &pb));
                    let known = self.reported.contains_key(&key);
                    let before = self.suspects.len();
                    self.child(a, Seg::Key(name.clone()), &pa, &pb);
                    shown = known || self.suspects.len() > before;
                }
                if !shown {
                    self.path.push((a.clone(), Seg::Key(name.clone())));
                    self.suspect(
                        Family::Additional,
                        &pa,
                        &pb,
                        w,
                        describe(g, &pa),
                        describe(g, &pb),
                        "undeclared properties".into(),
                    );
                    self.path.pop();
                }
            }
        }
        // propertyNames
        if !vb.property_names.is_empty() {
            let mut sa: Conj = va.property_names.clone();
            sa.push(self.string_node());
            let sa = flatten(g, &sa);
            let sb = flatten(g, &vb.property_names);
            if !self.holds(&sa, &sb) {
                ok = false;
                if self.quiet > 0 {
                    return false;
                }
                let cands = self.gen_near(&sb).candidates(&sa, TypeSet::STRING);
                let name = cands
                    .into_iter()
                    .find(|c| self.validate(&sb, c) == Tri::Invalid);
                let w = name.and_then(|n| {
                    let n = n.as_str()?.to_owned();
                    let (pa, _) = view::property(g, self.patterns, a, &n);
                    let val = self.gen().instance(&pa, TypeSet::ALL)?;
                    let base = self
                        .gen()
                        .candidates(a, TypeSet::OBJECT)
                        .into_iter()
                        .next()?;
                    let mut m = base.as_object()?.clone();
                    m.insert(n, val);
                    Some(Value::Object(m))
                });
                self.suspect(
                    Family::PropertyNames,
                    a,
                    b,
                    w,
                    describe(g, &sa),
                    describe(g, &sb),
                    "property names".into(),
                );
            }
        }
        // Counts.
        let min_up = vb.min_properties.unwrap_or(0) > va.min_properties.unwrap_or(0);
        let max_down = vb
            .max_properties
            .is_some_and(|m| va.max_properties.is_none_or(|n| n > m));
        if min_up || max_down {
            let w = self
                .gen()
                .candidates(a, TypeSet::OBJECT)
                .into_iter()
                .find(|c| c.is_object() && self.validate(b, c) == Tri::Invalid)
                .or_else(|| {
                    if max_down {
                        self.bigger_object(a, vb.max_properties.unwrap_or(0) as usize + 1)
                            .filter(|v| self.validate(b, v) == Tri::Invalid)
                    } else {
                        None
                    }
                })
                .or_else(|| {
                    if min_up && self.quiet == 0 {
                        self.smaller_object(a, b, vb.min_properties.unwrap_or(0) as usize)
                    } else {
                        None
                    }
                });
            // Proved where the sub side requires as many names as the sup
            // side's minimum and allows no more names than the sup side's
            // maximum (a closed object: no name pattern, no name outside
            // those declared); else a suspect without a document is
            // undecided, not passed.
            let at_most = || {
                let never =
                    |n: &str| view::never(g, &view::leaning(g, self.patterns, a, n, Lean::Sub).0);
                if !va.name_patterns.is_empty() || !never("\u{0}") {
                    return None;
                }
                let mut names = va.declared.clone();
                names.extend(view::maybe_names(g, a)?);
                names.sort();
                names.dedup();
                Some(names.iter().filter(|n| !never(n)).count() as u64)
            };
            let proved = va.required.len() as u64 >= vb.min_properties.unwrap_or(0)
                && (!max_down
                    || at_most().is_some_and(|n| vb.max_properties.is_some_and(|m| n <= m)));
            if w.is_some() || !proved {
                ok = false;
                self.suspect(
                    Family::Size,
                    a,
                    b,
                    w,
                    count(va.min_properties, va.max_properties, "properties"),
                    count(vb.min_properties, vb.max_properties, "properties"),
                    "the number of properties".into(),
                );
            }
        }
        // Dependencies.
        for (k, deps) in &vb.dependent_required {
            let implied = deps.iter().all(|d| {
                va.required.contains(&d.as_str())
                    || va
                        .dependent_required
                        .iter()
                        .any(|(k2, d2)| k2 == k && d2.contains(d))
            });
            if implied {
                continue;
            }
            let w = self
                .gen()
                .candidates(a, TypeSet::OBJECT)
                .into_iter()
                .find_map(|c| {
                    let mut m = c.as_object()?.clone();
                    if !m.contains_key(*k) {
                        let (pk, _) = view::property(g, self.patterns, a, k);
                        m.insert((*k).to_owned(), self.gen().instance(&pk, TypeSet::ALL)?);
                    }
                    for d in deps.iter() {
                        if !va.required.contains(&d.as_str()) {
                            m.remove(d);
                        }
                    }
                    let v = Value::Object(m);
                    (self.validate(a, &v) == Tri::Valid && self.validate(b, &v) == Tri::Invalid)
                        .then_some(v)
                });
            // No object built shows it: proved only where the sub side
            // never has the property, else undecided, not passed.
            let (pk, _) = view::leaning(g, self.patterns, a, k, Lean::Sub);
            if w.is_some() || !view::never(g, &pk) {
                ok = false;
                self.suspect(
                    Family::Dependency,
                    a,
                    b,
                    w,
                    "no dependency".into(),
                    format!("{k:?} requires {deps:?}"),
                    format!("the dependencies of {k:?}"),
                );
            }
        }
        for (k, s) in &vb.dependent_schemas {
            if va
                .dependent_schemas
                .iter()
                .any(|(k2, s2)| k2 == k && self.holds(&[*s2], &[*s]))
                || self.holds(a, &[*s])
            {
                continue;
            }
            // The sub side's own dependent schema of the name: an object
            // with it passes both, compared as such (what differs is said
            // where it differs, not as a dependent schema added).
            if let Some(&(_, s2)) = va.dependent_schemas.iter().find(|(k2, _)| k2 == k) {
                let mut with: Conj = a.clone();
                with.push(s2);
                ok &= self.check(&flatten(g, &with), &flatten(g, &[*s]));
                if !ok && self.quiet > 0 {
                    return false;
                }
                continue;
            }
            let w = self
                .gen()
                .candidates(a, TypeSet::OBJECT)
                .into_iter()
                .find(|c| {
                    c.as_object().is_some_and(|m| m.contains_key(*k))
                        && self.validate(b, c) == Tri::Invalid
                });
            ok = false;
            self.suspect(
                Family::Dependency,
                a,
                b,
                w,
                "no dependent schema".into(),
                format!("a schema for objects with {k:?}"),
                format!("the dependent schema of {k:?}"),
            );
        }
        ok
    }

    /// The names every object of `a` has: its `required`, the names the
    /// `then` of an `if` it always meets asks for (or both `then` and
    /// `else`), the name a `not` of "without it" asks for, and, until
    /// nothing more is added, those a
    /// `dependentRequired` or `dependentSchemas` of a name it has asks
    /// for. An old schema that requires `x` through `if: {required: [y]},
    /// then: {required: [x]}` beside `required: [y]` is not broken by a
    /// new `required: [x, y]`.
    fn always_present(&mut self, a: &Conj, va: &View) -> Vec<String> {
        let g = self.g;
        let required_of = |id: NodeId| view::view(g, &flatten(g, &[id])).required;
        let mut has: Vec<String> = va.required.iter().map(|r| (*r).to_owned()).collect();
        let conditionals: Vec<(NodeId, Option<NodeId>, Option<NodeId>)> =
            a.iter().filter_map(|&x| g.node(x).conditional).collect();
        for (i, th, el) in conditionals {
            match (th, el) {
                (Some(t), _) if self.holds(a, &[i]) => has.extend(owned(&required_of(t))),
                (Some(t), Some(e)) => {
                    let otherwise = required_of(e);
                    has.extend(
                        required_of(t)
                            .into_iter()
                            .filter(|n| otherwise.contains(n))
                            .map(str::to_owned),
                    );
                }
                _ => {}
            }
        }
        // A `not` of a schema every object without one name passes
        // (`{"properties": {"x": false}}`) asks for that name.
        for nn in a.iter().filter_map(|&x| g.node(x).not) {
            if let Some(k) = absent_schema(g, &flatten(g, &[nn])) {
                has.push(k);
            }
        }
        has.sort();
        has.dedup();
        loop {
            let before = has.len();
            for (k, deps) in &va.dependent_required {
                if has.iter().any(|h| h == k) {
                    has.extend(deps.iter().cloned());
                }
            }
            for (k, s) in &va.dependent_schemas {
                if has.iter().any(|h| h == k) {
                    has.extend(owned(&required_of(*s)));
                }
            }
            has.sort();
            has.dedup();
            if has.len() == before {
                return has;
            }
        }
    }

    /// Whether no object of `a` can lack `name`: the names it may have
    /// are listed (it is closed: no schema but `false` for an undeclared
    /// name, and its name patterns match only names a few samples list;
    /// or its `propertyNames` lists them), and those but `name` are fewer
    /// than its `minProperties`.
    fn too_few_without(&self, a: &Conj, va: &View, name: &str) -> bool {
        let Some(min) = va.min_properties else {
            return false;
        };
        let g = self.g;
        let never = |n: &str| view::never(g, &view::leaning(g, self.patterns, a, n, Lean::Sub).0);
        // Closed: its declared names, and each name pattern's names where
        // they are few enough to list (`^a$`), proved on automata.
        let mut names = never("\u{0}").then(|| owned(&va.declared));
        if let Some(listed) = names.as_mut() {
            match view::maybe_names(g, a) {
                Some(maybe) => listed.extend(owned(&maybe)),
                None => return false,
            }
        }
        for p in &va.name_patterns {
            let Some(listed) = names.as_mut() else {
                break;
            };
            let samples = self.patterns.samples(p, 8);
            let every = format!(
                "^(?:{})$",
                samples
                    .iter()
                    .map(|s| ecma_literal(s))
                    .collect::<Vec<_>>()
                    .join("|")
            );
            match self
                .patterns
                .included(std::slice::from_ref(p), None, None, &every)
            {
                Inclusion::Holds if !samples.is_empty() => listed.extend(samples),
                _ => names = None,
            }
        }
        if !va.property_names.is_empty() {
            if let Some(values) = view::view(g, &flatten(g, &va.property_names)).enums {
                let listed: Vec<String> = values
                    .iter()
                    .filter_map(|v| v.as_str().map(str::to_owned))
                    .collect();
                names = Some(match names {
                    Some(declared) => declared
                        .into_iter()
                        .filter(|n| listed.contains(n))
                        .collect(),
                    None => listed,
                });
            }
        }
        let Some(mut names) = names else {
            return false;
        };
        names.sort();
        names.dedup();
        names.retain(|n| n != name && !never(n));
        (names.len() as u64) < min
    }

    /// An object of `a` without `name` that `b` refuses, built where no
    /// object built lacks it: one of `a`'s objects (or `{}`) without it,
    /// given other names `a` allows (declared ones, samples of its name
    /// patterns, plain ones) until it has as many properties as `a`'s
    /// `minProperties` asks (`{"a": 0}` of a closed object of names
    /// matching `^a`, at least one, against a new `required: ["ab"]`),
    /// then with one of its properties (or one a `not` declares) given
    /// another value (`{"kind": "b"}` where an `if` asks for `x` of kind
    /// `a` only).
    fn object_without(&mut self, a: &Conj, b: &Conj, va: &View, name: &str) -> Option<Value> {
        let min = va.min_properties.unwrap_or(0) as usize;
        if min > 64 {
            return None;
        }
        let mut m = self
            .gen()
            .candidates(a, TypeSet::OBJECT)
            .into_iter()
            .find_map(|c| c.as_object().cloned())
            .unwrap_or_default();
        m.remove(name);
        let mut names: Vec<String> = owned(&va.declared);
        for p in &va.name_patterns {
            names.extend(self.patterns.samples(p, 4));
        }
        names.extend((0..min).map(|i| format!("x{i}")));
        for n in names {
            if m.len() >= min {
                break;
            }
            if n == name || m.contains_key(&n) {
                continue;
            }
            let (p, _) = view::leaning(self.g, self.patterns, a, &n, Lean::Sub);
            if view::never(self.g, &p) {
                continue;
            }
            if let Some(v) = self.gen().instance(&p, TypeSet::ALL) {
                m.insert(n, v);
            }
        }
        let shows = |s: &mut Self, m: &serde_json::Map<String, Value>| {
            let v = Value::Object(m.clone());
            (s.validate(a, &v) == Tri::Valid && s.validate(b, &v) == Tri::Invalid).then_some(v)
        };
        if let Some(v) = shows(self, &m) {
            return Some(v);
        }
        // One property given another value its schema allows: the old
        // side may ask for `name` only of some values (an `if` on a
        // `kind`, a `not` of the value built).
        let mut others: Vec<String> = m.keys().cloned().collect();
        others.extend(owned(&va.declared));
        // Names a `not` declares: one of them present may keep it from
        // refusing the object (`{"b": ""}` of a `not` of objects without
        // `a` and `b`).
        for nn in a.iter().filter_map(|&x| self.g.node(x).not) {
            others.extend(owned(&view::view(self.g, &flatten(self.g, &[nn])).declared));
        }
        others.sort();
        others.dedup();
        others.retain(|n| n != name);
        for n in others.into_iter().take(16) {
            let (p, _) = view::property(self.g, self.patterns, a, &n);
            for c in self.gen().candidates(&p, TypeSet::ALL).into_iter().take(8) {
                let mut changed = m.clone();
                changed.insert(n.clone(), c);
                if let Some(v) = shows(self, &changed) {
                    return Some(v);
                }
            }
        }
        None
    }

    /// A property name neither side declares nor matches by pattern, valid under the sub side's `propertyNames`.
    fn other_name(&mut self, a: &Conj, va: &View, vb: &View) -> Option<String> {
        let names = va.property_names.clone();
        ["extra", "x", "other", "zz", "a", "_", "0"]
            .into_iter()
            .map(str::to_owned)
            .find(|n| {
                !va.declared.contains(&n.as_str())
                    && !vb.declared.contains(&n.as_str())
                    && !va
                        .name_patterns
                        .iter()
                        .chain(vb.name_patterns.iter())
                        .any(|p| self.patterns.is_match(p, n) != Some(false))
                    && (names.is_empty()
                        || self.validate(&flatten(self.g, &names), &Value::String(n.clone()))
                            == Tri::Valid)
            })
            .filter(|_| !a.is_empty())
    }

    fn bigger_object(&mut self, a: &Conj, n: usize) -> Option<Value> {
        let base = self
            .gen()
            .candidates(a, TypeSet::OBJECT)
            .into_iter()
            .next()?;
        let mut m = base.as_object()?.clone();
        let va = view::view(self.g, a);
        let mut names: Vec<String> = owned(&va.declared);
        // Names a conditional or a dependent schema may evaluate too, each
        // with the schema it would have there (the object is validated).
        names.extend(owned(&view::maybe_names(self.g, a).unwrap_or_default()));
        names.extend((0..n).map(|i| format!("x{i}")));
        for name in names {
            if m.len() >= n {
                break;
            }
            if m.contains_key(&name) {
                continue;
            }
            let (p, _) = view::leaning(self.g, self.patterns, a, &name, Lean::Sub);
            if let Some(v) = self.gen().instance(&p, TypeSet::ALL) {
                m.insert(name, v);
            }
        }
        let v = Value::Object(m);
        (self.validate(a, &v) == Tri::Valid).then_some(v)
    }

    /// An object of `a` with fewer than `min` properties that `b` refuses:
    /// one built, with names `a` does not require taken out.
    fn smaller_object(&mut self, a: &Conj, b: &Conj, min: usize) -> Option<Value> {
        let va = view::view(self.g, a);
        self.gen()
            .candidates(a, TypeSet::OBJECT)
            .into_iter()
            .find_map(|c| {
                let mut m = c.as_object()?.clone();
                let extra: Vec<String> = m
                    .keys()
                    .filter(|k| !va.required.contains(&k.as_str()))
                    .cloned()
                    .collect();
                for k in extra {
                    if m.len() < min {
                        break;
                    }
                    m.remove(&k);
                }
                let v = Value::Object(m);
                (self.validate(a, &v) == Tri::Valid && self.validate(b, &v) == Tri::Invalid)
                    .then_some(v)
            })
    }

    /// An array of `n` items (each built for its place) that `a` accepts
    /// and `b` refuses.
    fn array_of(&mut self, a: &Conj, b: &Conj, n: usize) -> Option<Value> {
        if n > 1024 {
            return None;
        }
        let mut items = Vec::with_capacity(n);
        for i in 0..n {
            let ia = view::item(self.g, a, i);
            // Items of one schema differ where it has several values.
            let mut c = self.gen().candidates(&ia, TypeSet::ALL);
            c.retain(|x| self.validate(&ia, x) == Tri::Valid && !items.contains(x));
            match c.into_iter().next() {
                Some(x) => items.push(x),
                None => items.push(self.gen().instance(&ia, TypeSet::ALL)?),
            }
        }
        let v = Value::Array(items);
        (self.validate(a, &v) == Tri::Valid && self.validate(b, &v) == Tri::Invalid).then_some(v)
    }

    /// A node that accepts strings only (for property names).
    fn string_node(&self) -> NodeId {
        self.g.type_node(TypeSet::STRING)
    }

    /// A checker of its own for a trial at this place: its steps are taken
    /// from this comparison's and its nesting counts from here, so that
    /// trials within trials stay within [`MAX_STEPS`] and [`MAX_NEST`]
    /// (Stripe's description, arrays of lists of arrays, made millions of
    /// steps of trials, each within its own budget). It is lent the pairs
    /// being checked here ([`Checker::open`]) and assumes them, as this
    /// check does: a trial inside Stripe's `account` that met `account`
    /// again through an expandable field walked it afresh, and trials in
    /// it walked it again, down to the depth limit (thousands of "nesting
    /// deeper" questions and most of a comparison's steps per response).
    /// [`Checker::end_trial`] takes back the steps and the pairs.
    fn trial(&mut self) -> Checker<'a, 'd> {
        let mut trial = Checker::new(self.g, self.patterns).sharing(&self.same);
        trial.path = self.path.clone();
        trial.steps = self.steps;
        trial.nest = self.nest;
        trial.in_trial = true;
        trial.open = std::mem::take(&mut self.open);
        trial
    }

    /// Takes back what [`Checker::trial`] gave `trial`, once it is done.
    fn end_trial(&mut self, trial: &mut Checker<'a, 'd>) {
        self.steps = trial.steps;
        self.open = std::mem::take(&mut trial.open);
    }

    /// Item `i`'s schemas differ but the check said so without a suspect
    /// here: the pair was found to differ at another place of this
    /// comparison (GitHub's issue field values, first met elsewhere in the
    /// same payload), and what differs was reported there. Checked again
    /// here on a checker of its own, so that the difference is shown, with
    /// a document, at this place too; undecided only when that finds none.
    /// Not in a trial: a trial shows each difference once, and an item
    /// pair met again within it was shown (or found to differ in a pair
    /// shown) where the trial met it first; checked again, every list of
    /// Stripe's payloads (a list of items that reach most of its
    /// components) walked them all once more for each list inside.
    fn item_again(&mut self, a: &Conj, i: usize, ia: &Conj, ib: &Conj) {
        if self.path.len() >= MAX_DEPTH {
            return;
        }
        if self.in_trial {
            return;
        }
        let mut trial = self.trial();
        trial.path.push((a.clone(), Seg::Index(i)));
        trial.check(ia, ib);
        self.end_trial(&mut trial);
        if trial.suspects.is_empty() {
            // It differs only where it reaches an object around this
            // place that is being checked (a cycle): said there.
            if trial.limits == 0 && trial.met_open > 0 {
                return;
            }
            self.undecided(format!(
                "item {i}: its schemas differ, but no difference was found to show (a limit of the comparison cut it short)"
            ));
            return;
        }
        self.limits += trial.limits;
        self.suspects.append(&mut trial.suspects);
        for (p, what) in std::mem::take(&mut trial.undecided) {
            self.undecided_at(p, what);
        }
    }

    fn arrays(&mut self, a: &Conj, va: &View, b: &Conj, vb: &View) -> bool {
        let mut ok = true;
        let g = self.g;
        let max_a = va.max_items.map_or(usize::MAX, |m| m as usize);
        let upto = va.prefix_len.max(vb.prefix_len);
        for i in 0..=upto {
            if i >= max_a {
                break;
            }
            let ia = view::item_leaning(g, a, i, Lean::Sub);
            let ib = view::item_leaning(g, b, i, Lean::Sup);
            if ib.is_empty() || view::never(g, &ia) {
                continue;
            }
            if !self.holds(&ia, &ib) {
                if self.quiet > 0 {
                    return false;
                }
                let before = self.suspects.len();
                ok &= self.child(a, Seg::Index(i), &ia, &ib);
                if self.suspects.len() == before && !ok {
                    self.item_again(a, i, &ia, &ib);
                }
                if self.suspects.len() > before {
                    // Name the family Items when the sup side closed the array.
                    let vib = view::view(g, &ib);
                    if vib.never {
                        for s in &mut self.suspects[before..] {
                            s.family = Family::Items;
                        }
                    }
                }
            }
        }
        // The sub side's least count: its minItems, or what its contains
        // asks for.
        let least = va
            .contains
            .iter()
            .map(|c| c.1)
            .chain(va.min_items)
            .max()
            .unwrap_or(0);
        let min_up = vb.min_items.unwrap_or(0) > least;
        let max_down = vb
            .max_items
            .is_some_and(|m| va.max_items.is_none_or(|n| n > m));
        let unique = vb.unique && !va.unique;
        if min_up || max_down || unique {
            // Proved where the sub side has no item at the sup side's
            // maximum and at most one item where unique ones are asked for;
            // else a suspect without a document is undecided, not passed
            // (and quietly, no document is looked for).
            let proved = !min_up
                && (!max_down
                    || view::never(
                        g,
                        &view::item_leaning(g, a, vb.max_items.unwrap_or(0) as usize, Lean::Sub),
                    ))
                && (!unique || va.max_items.is_some_and(|m| m <= 1));
            let looking = self.quiet == 0 || proved;
            let mut w = if looking {
                self.gen()
                    .candidates(a, TypeSet::ARRAY)
                    .into_iter()
                    .find(|c| c.is_array() && self.validate(b, c) == Tri::Invalid)
            } else {
                None
            };
            if w.is_none() && (max_down || unique) && looking {
                let n = if unique {
                    2
                } else {
                    vb.max_items.unwrap_or(0) as usize + 1
                };
                let ia = view::item(g, a, 0);
                if let Some(x) = self.gen().instance(&ia, TypeSet::ALL) {
                    let arr = Value::Array(vec![x; n.min(1024)]);
                    if self.validate(a, &arr) == Tri::Valid
                        && self.validate(b, &arr) == Tri::Invalid
                    {
                        w = Some(arr);
                    }
                }
            }
            if w.is_none() && min_up && self.quiet == 0 {
                w = self.array_of(a, b, vb.min_items.unwrap_or(0) as usize - 1);
            }
            if w.is_none() && max_down && self.quiet == 0 {
                w = self.array_of(a, b, vb.max_items.unwrap_or(0) as usize + 1);
            }
            if w.is_some() || !proved {
                ok = false;
                let (sv, bv) = (
                    count(va.min_items, va.max_items, "items")
                        + if va.unique { ", unique" } else { "" },
                    count(vb.min_items, vb.max_items, "items")
                        + if vb.unique { ", unique" } else { "" },
                );
                self.suspect(Family::Size, a, b, w, sv, bv, "the number of items".into());
            }
        }
        for &(c, min, max) in &vb.contains {
            if va
                .contains
                .iter()
                .any(|(c2, _, _)| self.holds(&[*c2], &[c]))
            {
                continue;
            }
            // Proved where the sub side has at least as many items as asked
            // for and each of them (the prefix and the rest) is one.
            if max.is_none()
                && (min == 0
                    || (least >= min
                        && (0..=va.prefix_len).all(|i| {
                            let ia = view::item_leaning(g, a, i, Lean::Sub);
                            view::never(g, &ia) || self.holds(&ia, &[c])
                        })))
            {
                continue;
            }
            let w = self.document(|s| {
                s.gen()
                    .candidates(a, TypeSet::ARRAY)
                    .into_iter()
                    .find(|x| x.is_array() && s.validate(b, x) == Tri::Invalid)
            });
            // No array built lacks such an item: a suspect without a
            // document, undecided, not passed.
            ok = false;
            {
                self.suspect(
                    Family::Items,
                    a,
                    b,
                    w,
                    "no contains".into(),
                    describe(g, &[c]),
                    "what the array must contain".into(),
                );
            }
        }
        ok
    }
}

trait IfEmpty {
    fn if_empty(self, s: &str) -> String;
}
impl IfEmpty for String {
    fn if_empty(self, s: &str) -> String {
        if self.is_empty() {
            s.to_owned()
        } else {
            self
        }
    }
}

/// What a side without an `enum` allows, in words: "any value", or
/// "any " and its types ("any string", "any string or integer").
pub(crate) fn any_of(t: TypeSet) -> String {
    if t == TypeSet::ALL {
        format!("{ANY}value")
    } else {
        format!("{ANY}{}", names(t))
    }
}

/// How [`any_of`] begins: a side's value that starts so is no list.
pub(crate) const ANY: &str = "any ";

/// The types some branch of the union `group` accepts, each branch on its
/// own.
fn branch_types(g: &Graph<'_>, group: &[NodeId]) -> TypeSet {
    group.iter().fold(TypeSet::EMPTY, |t, &br| {
        t.union(view::types(g, &flatten(g, &[br])))
    })
}

/// What the `type` keywords of `conj` allow (enums and unions aside).
fn declared_types(g: &Graph<'_>, conj: &[NodeId]) -> TypeSet {
    conj.iter()
        .filter_map(|&x| g.node(x).types)
        .fold(TypeSet::ALL, TypeSet::intersect)
}

pub(crate) fn names(t: TypeSet) -> String {
    let n = t.names();
    match n.split_last() {
        None => "none".into(),
        Some((last, [])) => (*last).to_owned(),
        // "null, boolean or string"
        Some((last, rest)) => format!("{} or {last}", rest.join(", ")),
    }
}

fn range(v: &View) -> String {
    let mut parts = Vec::new();
    if let Some(b) = v.lower {
        parts.push(format!(
            "{} {}",
            if b.exclusive { ">" } else { ">=" },
            num(b.value)
        ));
    }
    if let Some(b) = v.upper {
        parts.push(format!(
            "{} {}",
            if b.exclusive { "<" } else { "<=" },
            num(b.value)
        ));
    }
    for m in &v.multiples {
        parts.push(format!("multiple of {}", num(*m)));
    }
    if parts.is_empty() {
        "any number".into()
    } else {
        parts.join(", ")
    }
}

fn length(min: Option<u64>, max: Option<u64>) -> String {
    count(min, max, "characters")
}

fn count(min: Option<u64>, max: Option<u64>, what: &str) -> String {
    match (min, max) {
        (None | Some(0), None) => format!("any number of {what}"),
        (Some(a), None) => format!("at least {}", unit(a, what)),
        (None | Some(0), Some(b)) => format!("at most {}", unit(b, what)),
        (Some(a), Some(b)) if a == b => format!("exactly {}", unit(a, what)),
        (Some(a), Some(b)) => format!("between {a} and {b} {what}"),
    }
}

/// `n` and the plural `what`, singular for one ("1 character").
fn unit(n: u64, what: &str) -> String {
    if n != 1 {
        return format!("{n} {what}");
    }
    match what.strip_suffix("ies") {
        Some(stem) => format!("1 {stem}y"),
        None => format!("1 {}", what.strip_suffix('s').unwrap_or(what)),
    }
}

/// The names of two sorted lists without duplicates, sorted, without
/// duplicates.
fn merged<'s>(a: &[&'s str], b: &[&'s str]) -> Vec<&'s str> {
    let mut out = Vec::with_capacity(a.len() + b.len());
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(b[j]) {
            std::cmp::Ordering::Less => {
                out.push(a[i]);
                i += 1;
            }
            std::cmp::Ordering::Greater => {
                out.push(b[j]);
                j += 1;
            }
            std::cmp::Ordering::Equal => {
                out.push(a[i]);
                i += 1;
                j += 1;
            }
        }
    }
    out.extend_from_slice(&a[i..]);
    out.extend_from_slice(&b[j..]);
    out
}

/// `names` owned.
fn owned(names: &[&str]) -> Vec<String> {
    names.iter().map(|n| (*n).to_owned()).collect()
}

/// [`short`] of an array of `values`.
fn short_list(values: &[Value]) -> String {
    shortened(|w| serde_json::to_writer(w, values))
}

/// A short JSON rendering (at most 80 characters).
pub fn short(v: &Value) -> String {
    shortened(|w| serde_json::to_writer(w, v))
}

/// The most characters [`short`] says.
const SHORT: usize = 80;

/// The JSON `write` writes, cut to [`SHORT`] characters (the last an
/// ellipsis) when longer: written only as far as that takes, so a list
/// of 100,000 values costs what its first few do.
fn shortened(write: impl FnOnce(&mut Cut) -> serde_json::Result<()>) -> String {
    let mut out = Cut(Vec::new());
    // Stops with an error where the text reaches the limit: what was
    // written is what is said.
    let _ = write(&mut out);
    // The limit holds more than SHORT characters whole, however its last
    // one was cut.
    let s = String::from_utf8_lossy(&out.0);
    if s.chars().count() > SHORT {
        format!("{}…", s.chars().take(SHORT - 1).collect::<String>())
    } else {
        s.into_owned()
    }
}

/// A writer that takes the first `4 * (SHORT + 1)` bytes and refuses the rest.
struct Cut(Vec<u8>);

impl std::io::Write for Cut {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let room = 4 * (SHORT + 1) - self.0.len();
        if room == 0 {
            return Err(std::io::ErrorKind::WriteZero.into());
        }
        let n = buf.len().min(room);
        self.0.extend_from_slice(&buf[..n]);
        Ok(n)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// What a suspect of refused enum values is about: [`THE_VALUE`] and the
/// value when there is one, else [`THE_VALUES`], the first
/// [`MAX_REFUSED_SAID`] of `refused` and how many more of the `count`
/// there are.
fn refused_values(refused: &[&Value], count: usize) -> String {
    if let [one] = refused {
        return format!("{THE_VALUE}{}", short(one));
    }
    let shown: Vec<String> = refused
        .iter()
        .take(MAX_REFUSED_SAID.min(count))
        .map(|v| short(v))
        .collect();
    let more = count - shown.len();
    let listed = match shown.split_last() {
        Some((last, init)) if more == 0 => format!("{} and {last}", init.join(", ")),
        _ => format!("{} and {more} more", shown.join(", ")),
    };
    format!("{THE_VALUES}{listed}")
}

/// A schema conjunction in a few words.
fn describe(g: &Graph<'_>, c: &[NodeId]) -> String {
    let v = view::view(g, &flatten(g, c));
    if v.never {
        return "false".into();
    }
    if c.is_empty() {
        return "any value".into();
    }
    if let Some(e) = &v.enums {
        return short_list(e);
    }
    if v.types == TypeSet::ALL {
        return "a schema".into();
    }
    names(v.types)
}

/// Each combination of two or more of `group`'s branches (by index), in
/// order of size ([`MAX_COMBINED`] branches at most).
fn combinations(group: &[NodeId]) -> Vec<Vec<usize>> {
    let n = group.len().min(MAX_COMBINED);
    let mut out: Vec<Vec<usize>> = (0u32..1 << n)
        .filter(|m| m.count_ones() >= 2)
        .map(|m| (0..n).filter(|i| m & (1 << i) != 0).collect())
        .collect();
    out.sort_by_key(Vec::len);
    out
}

/// The one name whose absence is all that `conj` asks of an object: it
/// accepts every object without that name (its schema there is `false`,
/// every other property's schema accepts anything, and nothing else
/// constrains objects), so a `not` of it asks for the name.
fn absent_schema(g: &Graph<'_>, conj: &[NodeId]) -> Option<String> {
    let trivial = |id: NodeId| flatten(g, &[id]).iter().all(|&x| g.node(x).is_trivial());
    let never = |id: NodeId| view::never(g, &flatten(g, &[id]));
    let mut absent: Option<String> = None;
    for &x in conj {
        let n = g.node(x);
        let plain = n.objects_by_properties_only()
            && n.types.is_none_or(|t| t.contains(TypeSet::OBJECT))
            && n.pattern_properties.is_empty()
            && n.additional_properties.is_none_or(trivial)
            && n.unevaluated_properties.is_none_or(trivial)
            && n.required.is_empty();
        if !plain {
            return None;
        }
        for (k, s) in &n.properties {
            if never(*s) {
                if absent.as_ref().is_some_and(|a| a != k) {
                    return None;
                }
                absent = Some(k.clone());
            } else if !trivial(*s) {
                return None;
            }
        }
    }
    absent
}

/// `text` as an ECMA-262 pattern that matches exactly it: the characters
/// with a meaning of their own escaped.
fn ecma_literal(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if "\\^$.|?*+()[]{}/".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    /// A value longer than 80 characters is cut to 79 and an ellipsis,
    /// however long it is and whatever its characters' widths; a shorter
    /// one is said whole.
    #[test]
    fn short_renderings_are_cut_at_80_characters() {
        let values: Vec<Value> = (0..100_000).map(|i| json!(format!("v{i}"))).collect();
        let said = short_list(&values);
        assert_eq!(said.chars().count(), 80);
        assert!(said.starts_with("[\"v0\",\"v1\","), "{said}");
        assert!(said.ends_with('…'), "{said}");
        assert_eq!(short_list(&values[..3]), "[\"v0\",\"v1\",\"v2\"]");
        // Characters of four bytes: cut by characters, not bytes.
        let wide = json!("😀".repeat(200));
        let said = short(&wide);
        assert_eq!(said.chars().count(), 80);
        assert_eq!(said, format!("\"{}…", "😀".repeat(78)));
        let exact = json!("é".repeat(78));
        assert_eq!(short(&exact), format!("\"{}\"", "é".repeat(78)));
        let over = json!("é".repeat(79));
        assert_eq!(short(&over), format!("\"{}…", "é".repeat(78)));
    }

    /// The values an enum loses are said one by one up to three, then
    /// counted.
    #[test]
    fn refused_values_are_said_then_counted() {
        let v: Vec<Value> = ["a", "b", "c", "d"].iter().map(|x| json!(x)).collect();
        let refs: Vec<&Value> = v.iter().collect();
        assert_eq!(refused_values(&refs[..1], 1), "the value \"a\"");
        assert_eq!(refused_values(&refs[..2], 2), "the values \"a\" and \"b\"");
        assert_eq!(
            refused_values(&refs[..3], 3),
            "the values \"a\", \"b\" and \"c\""
        );
        assert_eq!(
            refused_values(&refs, 4),
            "the values \"a\", \"b\", \"c\" and 1 more"
        );
        assert_eq!(
            refused_values(&refs, 99_990),
            "the values \"a\", \"b\", \"c\" and 99987 more"
        );
    }
}
