//! `pattern` and `patternProperties`: ECMA-262 regular expressions checked
//! with the regex crate (unanchored search, as JSON Schema says), and sample
//! strings drawn from a pattern's parse tree for counterexamples.
//!
//! The regex crate has no lookaround and no backreferences: a pattern using
//! them does not compile, and every question about it is answered
//! "unknown", which the comparison reports as undecided, never as a pass.
//!
//! Whether every string some patterns match (within length bounds) matches
//! another pattern ([`Patterns::included`]) is decided exactly on dense DFAs
//! of the patterns as the checker runs them (regex-automata, regex's own
//! engine): a breadth-first walk of the product of the automata either
//! finds the shortest string the first match and the other refuses, or
//! exhausts every state the product reaches, which proves inclusion. It is
//! bounded (the size of each automaton, the states of the product); past a
//! bound, and for what no finite automaton represents here (lookaround,
//! backreferences, a Unicode word boundary), the answer is "unknown", with
//! why.

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
/// The most states of the product of the automata walked.
const MAX_PRODUCT_STATES: usize = 20_000;
/// Length bounds above this are left out of the automata (a string of the
/// patterns found too long or too short then decides nothing).
const MAX_LENGTH_BOUND: u64 = 256;

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
    /// unanchored, as JSON Schema says).
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
    let mut sides = Vec::with_capacity(subs.len() + 1);
    for p in subs {
        match whole_dfa(p.as_ref()) {
            Ok(d) => sides.push(d),
            Err(why) => return Inclusion::Unknown(why),
        }
    }
    // The strings themselves (UTF-8, so that a string the other pattern
    // refuses is text, not stray bytes), with the length bounds when they
    // are small enough.
    let (min, max) = (min_len.unwrap_or(0), max_len);
    let bounded = min <= MAX_LENGTH_BOUND && max.is_none_or(|m| m <= MAX_LENGTH_BOUND);
    let text = if bounded {
        let max = max.map_or(String::new(), |m| m.to_string());
        format!(r"\A(?s:.){{{min},{max}}}\z")
    } else {
        r"\A(?s:.)*\z".to_owned()
    };
    match full_dfa(&text) {
        Ok(d) => sides.push(d),
        Err(_) => return Inclusion::Unknown("the length bounds have no automaton here".into()),
    }
    let target = match whole_dfa(sup) {
        Ok(d) => d,
        Err(why) => return Inclusion::Unknown(why),
    };
    sides.push(target);
    let Some(bytes) = product_witness(&sides) else {
        return Inclusion::Unknown(format!(
            "the automata of the patterns have more than {MAX_PRODUCT_STATES} states together"
        ));
    };
    match bytes {
        None => Inclusion::Holds,
        Some(b) => match String::from_utf8(b) {
            Ok(w) => {
                let n = w.chars().count() as u64;
                if n < min || max_len.is_some_and(|m| n > m) {
                    // Only when the bounds were left out of the automata.
                    Inclusion::Unknown(format!(
                        "length bounds above {MAX_LENGTH_BOUND} characters are not represented by the automata"
                    ))
                } else {
                    Inclusion::Witness(w)
                }
            }
            Err(_) => Inclusion::Unknown("the automata found bytes that are no text".into()),
        },
    }
}

/// A breadth-first walk of the product of `dfas`: the shortest input every
/// automaton but the last accepts and the last refuses (`Some(Some)`), none
/// (`Some(None)`: every state reached was seen), or `None` past the bound.
#[allow(clippy::type_complexity)]
fn product_witness(dfas: &[dense::DFA<Vec<u32>>]) -> Option<Option<Vec<u8>>> {
    let (subs, target) = dfas.split_at(dfas.len() - 1);
    let target = &target[0];
    let config = start::Config::new().anchored(Anchored::Yes);
    let mut first = Vec::with_capacity(dfas.len());
    for d in dfas {
        first.push(d.start_state(&config).ok()?);
    }
    // Bytes that every automaton treats alike are tried once, each class by
    // a letter or digit where it has one, else printable ASCII (so that a
    // string found reads well and means the same to every validator).
    let mut classes: Vec<Vec<u8>> = Vec::new();
    let mut reps: Vec<u8> = Vec::new();
    let readable = (b'a'..=b'z')
        .chain(b'A'..=b'Z')
        .chain(b'0'..=b'9')
        .chain(b' '..=b'~');
    for b in readable.chain(0..=255u8) {
        let class: Vec<u8> = dfas.iter().map(|d| d.byte_classes().get(b)).collect();
        if !classes.contains(&class) {
            classes.push(class);
            reps.push(b);
        }
    }
    let mut seen: HashMap<Vec<StateID>, usize> = HashMap::default();
    // Each state: its tuple, and the state and byte it was reached from.
    let mut states: Vec<(Vec<StateID>, usize, u8)> = vec![(first.clone(), usize::MAX, 0)];
    seen.insert(first, 0);
    let mut at = 0;
    while at < states.len() {
        let tuple = states[at].0.clone();
        let accepts = |d: &dense::DFA<Vec<u32>>, s: StateID| d.is_match_state(d.next_eoi_state(s));
        if subs.iter().zip(&tuple).all(|(d, &s)| accepts(d, s))
            && !accepts(target, tuple[subs.len()])
        {
            let mut bytes = Vec::new();
            let mut i = at;
            while states[i].1 != usize::MAX {
                bytes.push(states[i].2);
                i = states[i].1;
            }
            bytes.reverse();
            return Some(Some(bytes));
        }
        for &b in &reps {
            let next: Vec<StateID> = dfas
                .iter()
                .zip(&tuple)
                .map(|(d, &s)| d.next_state(s, b))
                .collect();
            if subs.iter().zip(&next).any(|(d, &s)| d.is_dead_state(s)) {
                continue;
            }
            if seen.contains_key(&next) {
                continue;
            }
            if states.len() >= MAX_PRODUCT_STATES {
                return None;
            }
            seen.insert(next.clone(), states.len());
            states.push((next, at, b));
        }
        at += 1;
    }
    Some(None)
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
        // Length bounds too large for the automata: decided without them when
        // inclusion holds anyway, unknown when the witness breaks them.
        assert_eq!(
            p.included(&pats(&["^a+$"]), Some(1000), None, "a"),
            Inclusion::Holds
        );
        assert!(matches!(
            p.included(&pats(&["^a+$"]), Some(1000), None, "^a{1,5}$"),
            Inclusion::Unknown(_)
        ));
    }
}
