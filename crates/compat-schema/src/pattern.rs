//! `pattern` and `patternProperties`: ECMA-262 regular expressions checked
//! with the regex crate (unanchored search, as JSON Schema says), and sample
//! strings drawn from a pattern's parse tree for counterexamples.
//!
//! The regex crate has no lookaround and no backreferences: a pattern using
//! them does not compile, and every question about it is answered
//! "unknown", which the comparison reports as undecided, never as a pass.
//!
//! Whether every string some patterns match (within length bounds) matches
//! another pattern ([`Patterns::included`]), or has other length bounds
//! ([`Patterns::lengths_included`]), is decided exactly on dense DFAs of
//! the patterns as the checker runs them (regex-automata, regex's own
//! engine). The product of the automata is walked character by character
//! (UTF-8 sequences, so that a string found is text): below the lower
//! length bound in layers, one per length, which repeat after a while (the
//! product is finite), so a large `minLength` is reached by the period;
//! from there breadth first, so that the first string found that the
//! patterns match and the other refuses is the shortest, and one longer
//! than the upper bound means there is none within the bounds. No
//! automaton of the length bounds is built (`maxLength: 5000` costs
//! nothing more than no bound). The walk is bounded (the size of each
//! automaton, the states of the product, the steps of the walk); past a
//! bound, and for what no finite automaton represents here (lookaround,
//! backreferences, a Unicode word boundary), the answer is "unknown",
//! with why.

use std::cell::RefCell;

use foldhash::HashMap;
use regex::Regex;
use regex_automata::dfa::{dense, Automaton};
use regex_automata::nfa::thompson;
use regex_automata::util::primitives::StateID;
use regex_automata::util::start;
use regex_automata::{Anchored, MatchKind};
use regex_syntax::hir::{Class, Hir, HirKind};

/// Compiled patterns, by source.
#[derive(Default)]
pub struct Patterns {
    cache: RefCell<HashMap<String, Option<Regex>>>,
    /// Inclusion questions answered, by patterns, length bounds and pattern.
    inclusions: RefCell<HashMap<InclusionKey, Inclusion>>,
}

/// An inclusion question: the patterns, the length bounds, the other pattern.
type InclusionKey = (Vec<String>, Option<u64>, Option<u64>, String);

/// Whether every string some patterns match also matches another.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Inclusion {
    /// Every one does (proved on the automata).
    Holds,
    /// The shortest string that matches the patterns, within the length
    /// bounds, and not the other pattern.
    Witness(String),
    /// Not decided, and why (in words).
    Unknown(String),
}

/// The size limit of one pattern's DFA, and of its determinisation.
const DFA_SIZE: usize = 1 << 21;
/// The size limit of the NFA a DFA is built from, as [`REGEX_SIZE`] bounds
/// the regex that validates: nested counted repetitions multiply
/// (`((a{1,1000}){1,1000}){1,1000}` is 10^9 states, 22 GB before the
/// DFA's own limits were reached), and each state of a DFA costs the NFA
/// states it stands for (`(a|b)` 20,000 times took seconds to refuse).
const NFA_SIZE: usize = 1 << 20;
/// The most states of the product of the automata walked (taken at
/// character boundaries).
const MAX_PRODUCT_STATES: usize = 20_000;
/// The most steps of one walk of the product (bytes tried and members of
/// layers visited): bounds the layers walked below a large `minLength`.
const MAX_STEPS: usize = 2_000_000;
/// The longest string a walk spells as a counterexample, in characters.
const MAX_WITNESS_CHARS: u64 = 1 << 16;

/// The size limit of one compiled pattern (bounds time and memory on hostile patterns).
const REGEX_SIZE: usize = 1 << 20;

impl Patterns {
    /// Whether `text` matches `pattern`; `None` when the pattern cannot be
    /// compiled here.
    pub fn is_match(&self, pattern: &str, text: &str) -> Option<bool> {
        // Found without copying the pattern: asked for every string validated.
        if let Some(re) = self.cache.borrow().get(pattern) {
            return re.as_ref().map(|r| r.is_match(text));
        }
        let mut cache = self.cache.borrow_mut();
        let re = cache
            .entry(pattern.to_owned())
            .or_insert_with(|| compile(pattern));
        re.as_ref().map(|r| r.is_match(text))
    }

    /// Up to `n` strings that match `pattern` (fewer when it cannot be parsed).
    pub fn samples(&self, pattern: &str, n: usize) -> Vec<String> {
        let Ok(hir) = regex_syntax::ParserBuilder::new()
            .unicode(true)
            .build()
            .parse(&translate(pattern))
        else {
            return Vec::new();
        };
        let mut out = Vec::new();
        for variant in 0..n.max(1) * 3 {
            let mut s = String::new();
            gen(&hir, variant, &mut s, 0);
            if !out.contains(&s) {
                out.push(s);
            }
            if out.len() >= n {
                break;
            }
        }
        out.retain(|s| self.is_match(pattern, s) == Some(true));
        out
    }
}

impl Patterns {
    /// Whether every string that matches all of `subs` and has between
    /// `min_len` and `max_len` characters matches `sup` (patterns searched
    /// unanchored, as JSON Schema says); a witness is the shortest string
    /// that does not.
    pub fn included<S: AsRef<str>>(
        &self,
        subs: &[S],
        min_len: Option<u64>,
        max_len: Option<u64>,
        sup: &str,
    ) -> Inclusion {
        let key = (
            subs.iter().map(|s| s.as_ref().to_owned()).collect(),
            min_len,
            max_len,
            sup.to_owned(),
        );
        if let Some(found) = self.inclusions.borrow().get(&key) {
            return found.clone();
        }
        let answer = included(subs, min_len, max_len, sup);
        self.inclusions.borrow_mut().insert(key, answer.clone());
        answer
    }

    /// Whether every string that matches all of `subs` and has between
    /// `min_len` and `max_len` characters has between `lo` and `hi`
    /// characters; a witness is the shortest string that has not.
    pub fn lengths_included<S: AsRef<str>>(
        &self,
        subs: &[S],
        min_len: Option<u64>,
        max_len: Option<u64>,
        lo: u64,
        hi: Option<u64>,
    ) -> Inclusion {
        // Keyed apart from every pattern: a pattern never starts with a NUL.
        let sup = format!("\0lengths {lo} {hi:?}");
        let key = (
            subs.iter().map(|s| s.as_ref().to_owned()).collect(),
            min_len,
            max_len,
            sup,
        );
        if let Some(found) = self.inclusions.borrow().get(&key) {
            return found.clone();
        }
        let answer = lengths_included(subs, min_len, max_len, lo, hi);
        self.inclusions.borrow_mut().insert(key, answer.clone());
        answer
    }
}

/// A DFA that matches the whole strings in which `pattern` finds a match,
/// or why there is none.
fn whole_dfa(pattern: &str) -> Result<dense::DFA<Vec<u32>>, String> {
    let anchored = format!(r"\A(?s:.)*(?:{})(?s:.)*\z", translate(pattern));
    full_dfa(&anchored).map_err(|e| {
        let parses = regex_syntax::ParserBuilder::new()
            .build()
            .parse(&translate(pattern))
            .is_ok();
        if !parses {
            format!("{pattern} cannot be run here (lookaround or a backreference, which no finite automaton represents)")
        } else if e.is_size_limit_exceeded() || nfa_too_large(&e) {
            format!("the automaton of {pattern} exceeds its size limit")
        } else {
            format!("{pattern} has no finite automaton here (a Unicode word boundary)")
        }
    })
}

/// Whether building failed on [`NFA_SIZE`].
fn nfa_too_large(e: &dense::BuildError) -> bool {
    std::error::Error::source(e)
        .and_then(|s| s.downcast_ref::<thompson::BuildError>())
        .is_some_and(|nfa| nfa.size_limit().is_some())
}

/// The dense DFA of `anchored` (an expression the caller anchored at both
/// ends), matching every way at once, within the size limits.
fn full_dfa(anchored: &str) -> Result<dense::DFA<Vec<u32>>, Box<dense::BuildError>> {
    dense::Builder::new()
        .thompson(thompson::Config::new().nfa_size_limit(Some(NFA_SIZE)))
        .configure(
            dense::Config::new()
                .match_kind(MatchKind::All)
                .start_kind(regex_automata::dfa::StartKind::Anchored)
                .dfa_size_limit(Some(DFA_SIZE))
                .determinize_size_limit(Some(DFA_SIZE)),
        )
        .build(anchored)
        .map_err(Box::new)
}

/// [`Patterns::included`], computed.
fn included<S: AsRef<str>>(
    subs: &[S],
    min_len: Option<u64>,
    max_len: Option<u64>,
    sup: &str,
) -> Inclusion {
    let mut dfas = Vec::with_capacity(subs.len() + 1);
    for p in subs {
        match whole_dfa(p.as_ref()) {
            Ok(d) => dfas.push(d),
            Err(why) => return Inclusion::Unknown(why),
        }
    }
    match whole_dfa(sup) {
        Ok(d) => dfas.push(d),
        Err(why) => return Inclusion::Unknown(why),
    }
    let min = min_len.unwrap_or(0);
    match Walk::new(&dfas, true).and_then(|mut w| w.shortest(min, max_len)) {
        Ok(None) => Inclusion::Holds,
        Ok(Some(s)) => Inclusion::Witness(s),
        Err(why) => Inclusion::Unknown(why),
    }
}

/// [`Patterns::lengths_included`], computed: the shortest string of the
/// patterns within `min_len..=max_len` characters shorter than `lo`, else
/// the shortest longer than `hi`.
fn lengths_included<S: AsRef<str>>(
    subs: &[S],
    min_len: Option<u64>,
    max_len: Option<u64>,
    lo: u64,
    hi: Option<u64>,
) -> Inclusion {
    let mut dfas = Vec::with_capacity(subs.len());
    for p in subs {
        match whole_dfa(p.as_ref()) {
            Ok(d) => dfas.push(d),
            Err(why) => return Inclusion::Unknown(why),
        }
    }
    let min = min_len.unwrap_or(0);
    let mut walk = match Walk::new(&dfas, false) {
        Ok(w) => w,
        Err(why) => return Inclusion::Unknown(why),
    };
    let mut ranges = Vec::with_capacity(2);
    if lo > min {
        let below = lo - 1;
        ranges.push((min, Some(max_len.map_or(below, |m| m.min(below)))));
    }
    if let Some(hi) = hi {
        ranges.push((min.max(hi.saturating_add(1)), max_len));
    }
    for (from, to) in ranges {
        match walk.shortest(from, to) {
            Ok(None) => {}
            Ok(Some(s)) => return Inclusion::Witness(s),
            Err(why) => return Inclusion::Unknown(why),
        }
    }
    Inclusion::Holds
}

/// One character's bytes (UTF-8: at most four).
#[derive(Clone, Copy, Default)]
struct Char {
    bytes: [u8; 4],
    len: u8,
}

impl Char {
    fn push(mut self, b: u8) -> Char {
        if usize::from(self.len) < self.bytes.len() {
            self.bytes[usize::from(self.len)] = b;
            self.len += 1;
        }
        self
    }

    fn as_bytes(&self) -> &[u8] {
        &self.bytes[..usize::from(self.len)]
    }
}

/// No state: the parent of a walk's first state.
const NONE: u32 = u32::MAX;

/// A walk of the product of pattern automata character by character (each
/// a UTF-8 sequence, so that a string found is text): states of the product
/// are taken at character boundaries, interned, and their successors by one
/// character computed once. The last automaton is the target (the pattern
/// a string must not match) when there is one.
struct Walk<'a> {
    dfas: &'a [dense::DFA<Vec<u32>>],
    /// How many automata a string must match (all but the target).
    subs: usize,
    /// One character, `\A(?s:.)\z`: its accepting states end a character.
    chr: dense::DFA<Vec<u32>>,
    chr_start: StateID,
    /// A byte of each class every automaton (and `chr`) treats alike.
    reps: Vec<u8>,
    ids: HashMap<Vec<StateID>, u32>,
    tuples: Vec<Vec<StateID>>,
    /// Each state's successors by one character (the first character
    /// found to reach each), once computed.
    succ: Vec<Option<Vec<(u32, Char)>>>,
    /// Steps taken (bytes walked and layer members visited), against [`MAX_STEPS`].
    steps: usize,
}

impl<'a> Walk<'a> {
    /// A walk of `dfas` (the last one the target when `target`).
    fn new(dfas: &'a [dense::DFA<Vec<u32>>], target: bool) -> Result<Walk<'a>, String> {
        let chr = full_dfa(r"\A(?s:.)\z").map_err(|_| "one character has no automaton here")?;
        let config = start::Config::new().anchored(Anchored::Yes);
        let no_start = |_| "an automaton has no anchored start".to_owned();
        let chr_start = chr.start_state(&config).map_err(no_start)?;
        let mut first = Vec::with_capacity(dfas.len());
        for d in dfas {
            first.push(d.start_state(&config).map_err(no_start)?);
        }
        // Bytes that every automaton treats alike are tried once, each class
        // by a letter or digit where it has one, else printable ASCII (so
        // that a string found reads well and means the same to every
        // validator).
        let mut classes: Vec<Vec<u8>> = Vec::new();
        let mut reps: Vec<u8> = Vec::new();
        let readable = (b'a'..=b'z')
            .chain(b'A'..=b'Z')
            .chain(b'0'..=b'9')
            .chain(b' '..=b'~');
        for b in readable.chain(0..=255u8) {
            let class: Vec<u8> = dfas
                .iter()
                .chain(std::iter::once(&chr))
                .map(|d| d.byte_classes().get(b))
                .collect();
            if !classes.contains(&class) {
                classes.push(class);
                reps.push(b);
            }
        }
        let mut walk = Walk {
            dfas,
            subs: dfas.len() - usize::from(target),
            chr,
            chr_start,
            reps,
            ids: HashMap::default(),
            tuples: Vec::new(),
            succ: Vec::new(),
            steps: 0,
        };
        walk.intern(first)?;
        Ok(walk)
    }

    fn intern(&mut self, tuple: Vec<StateID>) -> Result<u32, String> {
        if let Some(&id) = self.ids.get(&tuple) {
            return Ok(id);
        }
        if self.tuples.len() >= MAX_PRODUCT_STATES {
            return Err(format!(
                "the automata of the patterns have more than {MAX_PRODUCT_STATES} states together"
            ));
        }
        let id = self.tuples.len() as u32;
        self.ids.insert(tuple.clone(), id);
        self.tuples.push(tuple);
        self.succ.push(None);
        Ok(id)
    }

    fn step(&mut self, n: usize) -> Result<(), String> {
        self.steps += n;
        if self.steps > MAX_STEPS {
            return Err(format!(
                "the walk of the patterns' automata by length took more than {MAX_STEPS} steps"
            ));
        }
        Ok(())
    }

    /// Whether the string that reached `id` matches every pattern but the
    /// target, and not the target.
    fn is_witness(&self, id: u32) -> bool {
        let tuple = &self.tuples[id as usize];
        let accepts = |d: &dense::DFA<Vec<u32>>, s: StateID| d.is_match_state(d.next_eoi_state(s));
        let (subs, target) = (&self.dfas[..self.subs], &self.dfas[self.subs..]);
        subs.iter().zip(tuple).all(|(d, &s)| accepts(d, s))
            && target
                .iter()
                .zip(&tuple[self.subs..])
                .all(|(d, &s)| !accepts(d, s))
    }

    /// The states one character after `id` (each with the first character
    /// found to reach it, bytes breadth first so ASCII comes first), leaving
    /// out those from which no string matches every pattern but the target.
    fn successors(&mut self, id: u32) -> Result<&[(u32, Char)], String> {
        if self.succ[id as usize].is_none() {
            let mut out: Vec<(u32, Char)> = Vec::new();
            let mut reached: HashMap<u32, ()> = HashMap::default();
            let start = (
                self.tuples[id as usize].clone(),
                self.chr_start,
                Char::default(),
            );
            let mut queue = std::collections::VecDeque::from([start]);
            let mut inside: HashMap<(Vec<StateID>, StateID), ()> = HashMap::default();
            while let Some((tuple, c, bytes)) = queue.pop_front() {
                self.step(self.reps.len())?;
                for i in 0..self.reps.len() {
                    let b = self.reps[i];
                    let c2 = self.chr.next_state(c, b);
                    if self.chr.is_dead_state(c2) || self.chr.is_quit_state(c2) {
                        continue;
                    }
                    let next: Vec<StateID> = self
                        .dfas
                        .iter()
                        .zip(&tuple)
                        .map(|(d, &s)| d.next_state(s, b))
                        .collect();
                    if self.dfas[..self.subs]
                        .iter()
                        .zip(&next)
                        .any(|(d, &s)| d.is_dead_state(s))
                    {
                        continue;
                    }
                    let bytes = bytes.push(b);
                    if self.chr.is_match_state(self.chr.next_eoi_state(c2)) {
                        let to = self.intern(next)?;
                        if reached.insert(to, ()).is_none() {
                            out.push((to, bytes));
                        }
                    } else if usize::from(bytes.len) < 4
                        && inside.insert((next.clone(), c2), ()).is_none()
                    {
                        queue.push_back((next, c2, bytes));
                    }
                }
            }
            self.succ[id as usize] = Some(out);
        }
        Ok(self.succ[id as usize].as_deref().unwrap_or_default())
    }

    /// The shortest string with between `min` and `max` characters that
    /// matches every pattern but the target, and not the target; `None`
    /// when there is none (proved: every state the walk reaches was seen).
    ///
    /// Strings shorter than `min` are walked in layers, one per length,
    /// each the set of states strings of that many characters reach; the
    /// layers of a finite product repeat, so a large `min` is reached by
    /// the period once one layer equals an earlier one. From the layer of
    /// `min` characters the walk is breadth first, so the first string
    /// found is the shortest; past `max` characters there is none.
    fn shortest(&mut self, min: u64, max: Option<u64>) -> Result<Option<String>, String> {
        if max.is_some_and(|m| m < min) {
            return Ok(None);
        }
        // Layer k: its states, sorted, each with its parent in layer k - 1
        // and the character between.
        let mut layers: Vec<Vec<(u32, u32, Char)>> = vec![vec![(0, NONE, Char::default())]];
        let mut seen: HashMap<Vec<u32>, usize> = HashMap::default();
        seen.insert(vec![0], 0);
        // (first, repeat): layer `repeat` is layer `first` again.
        let mut period: Option<(u64, u64)> = None;
        let mut k = 0u64;
        while k < min {
            let mut next: Vec<(u32, u32, Char)> = Vec::new();
            let mut member: HashMap<u32, ()> = HashMap::default();
            let current: Vec<u32> = layers[k as usize].iter().map(|e| e.0).collect();
            if current.is_empty() {
                return Ok(None);
            }
            for from in current {
                let succ = self.successors(from)?.to_vec();
                self.step(succ.len())?;
                for (to, ch) in succ {
                    if member.insert(to, ()).is_none() {
                        next.push((to, from, ch));
                    }
                }
            }
            next.sort_by_key(|e| e.0);
            let set: Vec<u32> = next.iter().map(|e| e.0).collect();
            layers.push(next);
            k += 1;
            if let Some(&j) = seen.get(&set) {
                period = Some((j as u64, k));
                break;
            }
            seen.insert(set, k as usize);
        }
        // Which stored layer stands for layer `t`.
        let stored = |t: u64| -> usize {
            match period {
                Some((j, r)) if t > r => (j + 1 + (t - j - 1) % (r - j)) as usize,
                _ => t as usize,
            }
        };
        let sources: Vec<u32> = layers[stored(min)].iter().map(|e| e.0).collect();
        // Breadth first from the sources: each state's depth and parent.
        let mut parent: HashMap<u32, (u32, Char)> = HashMap::default();
        let mut queue = std::collections::VecDeque::new();
        for &s in &sources {
            parent.insert(s, (NONE, Char::default()));
            queue.push_back((s, 0u64));
        }
        while let Some((id, depth)) = queue.pop_front() {
            if max.is_some_and(|m| min + depth > m) {
                return Ok(None);
            }
            if self.is_witness(id) {
                return self
                    .spell(id, depth, min, &parent, &layers, stored)
                    .map(Some);
            }
            let succ = self.successors(id)?.to_vec();
            self.step(succ.len())?;
            for (to, ch) in succ {
                if let std::collections::hash_map::Entry::Vacant(e) = parent.entry(to) {
                    e.insert((id, ch));
                    queue.push_back((to, depth + 1));
                }
            }
        }
        Ok(None)
    }

    /// The string that reached `id`: `depth` characters breadth first from
    /// a state of layer `min`, and before them `min` characters back
    /// through the layers.
    fn spell(
        &self,
        id: u32,
        depth: u64,
        min: u64,
        parent: &HashMap<u32, (u32, Char)>,
        layers: &[Vec<(u32, u32, Char)>],
        stored: impl Fn(u64) -> usize,
    ) -> Result<String, String> {
        let n = min + depth;
        if n > MAX_WITNESS_CHARS {
            return Err(format!(
                "the shortest such string has {n} characters, more than the {MAX_WITNESS_CHARS} a counterexample is built with"
            ));
        }
        let mut chars: Vec<Char> = Vec::with_capacity(n as usize);
        let mut at = id;
        while let Some(&(from, ch)) = parent.get(&at) {
            if from == NONE {
                break;
            }
            chars.push(ch);
            at = from;
        }
        let mut t = min;
        while t > 0 {
            let layer = &layers[stored(t)];
            let Ok(i) = layer.binary_search_by_key(&at, |e| e.0) else {
                return Err("the walk lost its way back (a bug)".into());
            };
            chars.push(layer[i].2);
            at = layer[i].1;
            t -= 1;
        }
        chars.reverse();
        let bytes: Vec<u8> = chars.iter().flat_map(|c| c.as_bytes().to_vec()).collect();
        String::from_utf8(bytes).map_err(|_| "the automata found bytes that are no text".into())
    }
}

/// ECMA-262's `\s`: its white space (U+FEFF among it) and line
/// terminators, not Unicode's White_Space (which adds U+0085).
const ECMA_SPACE: &str = r"\t\n\x0B\x0C\r \x{A0}\x{1680}\x{2000}-\x{200A}\x{2028}\x{2029}\x{202F}\x{205F}\x{3000}\x{FEFF}";

/// ECMA-262 spellings the regex crate reads differently: `\d` is ASCII
/// digits in ECMA-262, `\w` ASCII word characters, `\s` its own white
/// space ([`ECMA_SPACE`]), and `.` (outside a class) every character but
/// the four line terminators (the regex crate's `.` refuses only `\n`).
fn translate(pattern: &str) -> String {
    let mut out = String::with_capacity(pattern.len());
    let mut chars = pattern.chars();
    let mut in_class = false;
    while let Some(c) = chars.next() {
        if c == '[' {
            in_class = true;
            out.push(c);
        } else if c == ']' {
            in_class = false;
            out.push(c);
        } else if c == '.' && !in_class {
            out.push_str(r"[^\n\r\x{2028}\x{2029}]");
        } else if c == '\\' {
            match chars.next() {
                Some('d') => out.push_str("[0-9]"),
                Some('D') => out.push_str("[^0-9]"),
                Some('w') => out.push_str("[A-Za-z0-9_]"),
                Some('W') => out.push_str("[^A-Za-z0-9_]"),
                Some('s') => out.push_str(&format!("[{ECMA_SPACE}]")),
                Some('S') => out.push_str(&format!("[^{ECMA_SPACE}]")),
                Some('/') => out.push('/'),
                Some('-') => out.push_str("\\-"),
                Some(o) => {
                    out.push('\\');
                    out.push(o);
                }
                None => out.push('\\'),
            }
        } else {
            out.push(c);
        }
    }
    out
}

fn compile(pattern: &str) -> Option<Regex> {
    regex::RegexBuilder::new(&translate(pattern))
        .size_limit(REGEX_SIZE)
        .dfa_size_limit(REGEX_SIZE)
        .build()
        .ok()
}

/// Appends one string the expression matches; `variant` picks among
/// alternatives and repetition counts so that calls differ.
fn gen(hir: &Hir, variant: usize, out: &mut String, depth: usize) {
    if depth > 64 || out.len() > 4096 {
        return;
    }
    match hir.kind() {
        HirKind::Empty | HirKind::Look(_) => {}
        HirKind::Literal(lit) => out.push_str(&String::from_utf8_lossy(&lit.0)),
        HirKind::Class(Class::Unicode(c)) => {
            let ranges = c.ranges();
            if let Some(r) = ranges.get(variant % ranges.len().max(1)) {
                // Prefer a printable letter inside the range.
                let pick = match variant % 3 {
                    0 => ['a', 'A', '0', 'x']
                        .into_iter()
                        .find(|ch| r.start() <= *ch && *ch <= r.end())
                        .unwrap_or(r.start()),
                    1 => r.start(),
                    _ => r.end(),
                };
                out.push(pick);
            }
        }
        HirKind::Class(Class::Bytes(c)) => {
            if let Some(r) = c.ranges().first() {
                out.push(char::from(r.start().min(0x7f)));
            }
        }
        HirKind::Repetition(rep) => {
            let n = rep.min
                + if variant % 2 == 1 && rep.max.is_none_or(|m| m > rep.min) {
                    1
                } else {
                    0
                };
            for _ in 0..n.min(64) {
                gen(&rep.sub, variant / 2, out, depth + 1);
            }
        }
        HirKind::Capture(c) => gen(&c.sub, variant, out, depth + 1),
        HirKind::Concat(parts) => {
            for p in parts {
                gen(p, variant, out, depth + 1);
            }
        }
        HirKind::Alternation(alts) => {
            let a = &alts[variant % alts.len()];
            gen(a, variant / alts.len().max(1), out, depth + 1);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn samples_match() {
        let p = Patterns::default();
        let s = p.samples("^[a-z]+-\\d{2,3}$", 3);
        assert!(!s.is_empty());
        for x in &s {
            assert_eq!(p.is_match("^[a-z]+-\\d{2,3}$", x), Some(true), "{x}");
        }
        assert_eq!(p.is_match("(?<=a)b", "ab"), None);
        assert_eq!(p.is_match("b", "abc"), Some(true));
    }

    fn pats(p: &[&str]) -> Vec<String> {
        p.iter().map(|s| (*s).to_owned()).collect()
    }

    /// Patterns whose automata would take gigabytes or seconds (found by
    /// the fuzz target schema_diff) are refused on the NFA's size, at once.
    #[test]
    fn patterns_whose_automata_are_too_large_are_undecided() {
        let p = Patterns::default();
        let nested = "^((a{1,1000}){1,1000}){1,1000}$";
        let many = "(a|b)".repeat(20_000);
        for (sub, sup) in [
            (nested, "^a+$"),
            ("^a+$", nested),
            (many.as_str(), "(a|b|c)"),
        ] {
            let started = std::time::Instant::now();
            let Inclusion::Unknown(why) = p.included(&pats(&[sub]), None, None, sup) else {
                panic!("{sub:.40} in {sup:.40} decided");
            };
            assert!(why.contains("exceeds its size limit"), "{why}");
            assert!(started.elapsed().as_secs() < 10, "{:?}", started.elapsed());
        }
    }

    #[test]
    fn inclusion_decided_on_automata() {
        let p = Patterns::default();
        let hex = pats(&["^[0-9a-fA-F]+$"]);
        let sha = "^([0-9a-fA-F]{40}(?:[0-9a-fA-F]{24})?)$";
        // GitHub's commit_sha: any hex string is not a SHA-1 or SHA-256...
        let Inclusion::Witness(w) = p.included(&hex, None, None, sha) else {
            panic!("no witness");
        };
        assert_eq!(p.is_match(&hex[0], &w), Some(true));
        assert_eq!(p.is_match(sha, &w), Some(false));
        // ...but a hex string of exactly 40 characters is.
        assert_eq!(p.included(&hex, Some(40), Some(40), sha), Inclusion::Holds);
        // 41 to 63 characters are not: the witness is within the bounds.
        let Inclusion::Witness(w) = p.included(&hex, Some(41), Some(64), sha) else {
            panic!("no witness");
        };
        assert_eq!(w.chars().count(), 41);
        assert_eq!(p.is_match(sha, &w), Some(false));
        // Unanchored search: "ab" found anywhere contains "a" found anywhere.
        assert_eq!(
            p.included(&pats(&["ab"]), None, None, "a"),
            Inclusion::Holds
        );
        assert!(
            matches!(p.included(&pats(&["a"]), None, None, "ab"), Inclusion::Witness(w) if w == "a")
        );
        // Both patterns of the sub side hold at once.
        assert_eq!(
            p.included(&pats(&["^[a-z]+$", "^.{2,3}$"]), None, None, "^[a-z]{2,3}$"),
            Inclusion::Holds
        );
        // Character classes in ECMA-262's reading: \d is ASCII digits.
        assert_eq!(
            p.included(&pats(&["^\\d+$"]), None, None, "^[0-9]+$"),
            Inclusion::Holds
        );
        // A pattern every string matches includes everything: the strings
        // walked are text, not stray bytes.
        assert_eq!(
            p.included::<&str>(&[], None, None, "^[^a]|a|^$"),
            Inclusion::Holds
        );
        // ECMA-262's `.` refuses the line terminators, `\r` among them; a
        // string found is spelt with letters where the patterns allow.
        assert_eq!(
            p.included(&pats(&["^[^\n]+$"]), None, None, "^.+$"),
            Inclusion::Witness("\r".into())
        );
        assert_eq!(
            p.included(&pats(&["^[a-z]{2}$"]), None, None, "^[a-y]+$"),
            Inclusion::Witness("az".into())
        );
        assert_eq!(p.is_match("^.$", "\u{2028}"), Some(false));
        assert_eq!(p.is_match("^[.]$", "."), Some(true));
        // ECMA-262's `\s` has U+FEFF and not U+0085, in a class too.
        assert_eq!(p.is_match("^\\s$", "\u{FEFF}"), Some(true));
        assert_eq!(p.is_match("^\\s$", "\u{85}"), Some(false));
        assert_eq!(p.is_match("^\\S$", "\u{85}"), Some(true));
        assert_eq!(p.is_match("^[\\sa]+$", "a\u{FEFF}a"), Some(true));
        assert_eq!(
            p.included(&pats(&["^\\s+$"]), None, None, "^[^a-z]+$"),
            Inclusion::Holds
        );
        // Lookaround: not decided, and the message says why.
        let Inclusion::Unknown(why) = p.included(&pats(&["^(?=a)a$"]), None, None, "^a$") else {
            panic!("decided a lookaround");
        };
        assert!(why.contains("lookaround"), "{why}");
        // Length bounds are walked, not built into an automaton: a lower
        // bound of 1,000 characters is reached by layers.
        assert_eq!(
            p.included(&pats(&["^a+$"]), Some(1000), None, "a"),
            Inclusion::Holds
        );
        assert_eq!(
            p.included(&pats(&["^a+$"]), Some(1000), None, "^a{1,5}$"),
            Inclusion::Witness("a".repeat(1000))
        );
    }

    /// `maxLength: 5000` (Stripe's 4,059 strings) decides as no bound does:
    /// inclusion holds within the bounds, or the shortest witness is found.
    #[test]
    fn large_upper_bounds_decided() {
        let p = Patterns::default();
        let id = pats(&["^[a-z_]+$"]);
        assert_eq!(
            p.included(&id, None, Some(5000), "^[a-z0-9_]+$"),
            Inclusion::Holds
        );
        assert_eq!(
            p.included(&id, Some(1), Some(5000), "^[a-z_]{1,5000}$"),
            Inclusion::Holds
        );
        // 4,999 characters at most fit; 5,000 do not, and are found.
        assert_eq!(
            p.included(&id, Some(1), Some(5000), "^[a-z_]{1,4999}$"),
            Inclusion::Witness("a".repeat(5000))
        );
        let Inclusion::Witness(w) = p.included(&id, None, Some(5000), "^[a-z]+$") else {
            panic!("no witness");
        };
        assert_eq!((w.as_str(), p.is_match("^[a-z]+$", &w)), ("_", Some(false)));
        // A witness longer than the upper bound proves inclusion within it.
        assert_eq!(
            p.included(&id, None, Some(10), "^[a-z_]{0,10}$"),
            Inclusion::Holds
        );
        assert!(matches!(
            p.included(&id, None, Some(11), "^[a-z_]{0,10}$"),
            Inclusion::Witness(w) if w.len() == 11
        ));
    }

    /// Lower bounds far beyond any string spelt: the layers repeat, and the
    /// period decides; a string too long to spell is unknown, with why.
    #[test]
    fn large_lower_bounds_decided_by_the_period_of_the_layers() {
        let p = Patterns::default();
        let pairs = pats(&["^(ab)+$"]);
        // Only even lengths: 10^12 + 1 characters exactly is no string.
        let odd = Some(1_000_000_000_001);
        assert_eq!(p.included(&pairs, odd, odd, "^x$"), Inclusion::Holds);
        assert_eq!(
            p.included(&pairs, Some(1_000_000_000_000), None, "ab"),
            Inclusion::Holds
        );
        let Inclusion::Unknown(why) =
            p.included(&pairs, Some(1_000_000_000_000), None, "^(ab){1,9}$")
        else {
            panic!("decided");
        };
        assert!(why.contains("characters, more than"), "{why}");
        // Within reach: the shortest even length from 4,999 is 5,000.
        assert_eq!(
            p.included(&pairs, Some(4999), Some(5001), "^(ab){1,2000}$"),
            Inclusion::Witness("ab".repeat(2500))
        );
        // A lower bound above the upper bound leaves no string.
        assert_eq!(
            p.included(&pairs, Some(9), Some(3), "^x$"),
            Inclusion::Holds
        );
    }

    /// Lengths are characters, not bytes: Greek letters are two bytes each.
    #[test]
    fn lengths_count_characters() {
        let p = Patterns::default();
        let greek = pats(&["^[α-ω]+$"]);
        assert_eq!(
            p.included(&greek, Some(3), Some(3), "^.{3}$"),
            Inclusion::Holds
        );
        let Inclusion::Witness(w) = p.included(&greek, Some(3), Some(4), "^.{3}$") else {
            panic!("no witness");
        };
        assert_eq!((w.chars().count(), w.len()), (4, 8));
        assert_eq!(p.is_match("^[α-ω]+$", &w), Some(true));
    }

    /// Every string of the patterns within its bounds has other bounds, or
    /// the shortest that has not is found, on either side.
    #[test]
    fn lengths_included_both_ways() {
        let p = Patterns::default();
        let https = pats(&["^https://"]);
        let Inclusion::Witness(w) = p.lengths_included(&https, None, None, 0, Some(152)) else {
            panic!("no witness");
        };
        assert_eq!(w.chars().count(), 153);
        assert!(w.starts_with("https://"));
        assert_eq!(
            p.lengths_included(&https, None, Some(5000), 8, Some(5000)),
            Inclusion::Holds
        );
        assert_eq!(
            p.lengths_included(&https, None, Some(5000), 9, Some(5000)),
            Inclusion::Witness("https://".into())
        );
        let sha = pats(&["^[0-9a-f]{40}$"]);
        assert_eq!(
            p.lengths_included(&sha, None, None, 40, Some(40)),
            Inclusion::Holds
        );
        assert_eq!(
            p.lengths_included(&sha, None, None, 0, Some(39)),
            Inclusion::Witness("a".repeat(40))
        );
    }
}
