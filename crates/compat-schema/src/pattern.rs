//! `pattern` and `patternProperties`: ECMA-262 regular expressions checked
//! with the regex crate (unanchored search, as JSON Schema says), and sample
//! strings drawn from a pattern's parse tree for counterexamples.
//!
//! The regex crate has no lookaround and no backreferences: a pattern using
//! them does not compile, and every question about it is answered
//! "unknown", which the comparison reports as undecided, never as a pass.

use std::cell::RefCell;

use foldhash::HashMap;
use regex::Regex;
use regex_syntax::hir::{Class, Hir, HirKind};

/// Compiled patterns, by source.
#[derive(Default)]
pub struct Patterns {
    cache: RefCell<HashMap<String, Option<Regex>>>,
}

/// The size limit of one compiled pattern (bounds time and memory on hostile patterns).
const REGEX_SIZE: usize = 1 << 20;

impl Patterns {
    /// Whether `text` matches `pattern`; `None` when the pattern cannot be
    /// compiled here.
    pub fn is_match(&self, pattern: &str, text: &str) -> Option<bool> {
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

/// ECMA-262 spellings the regex crate reads differently: `\d` is ASCII
/// digits in ECMA-262, `\w` ASCII word characters.
fn translate(pattern: &str) -> String {
    let mut out = String::with_capacity(pattern.len());
    let mut chars = pattern.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('d') => out.push_str("[0-9]"),
                Some('D') => out.push_str("[^0-9]"),
                Some('w') => out.push_str("[A-Za-z0-9_]"),
                Some('W') => out.push_str("[^A-Za-z0-9_]"),
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
}
