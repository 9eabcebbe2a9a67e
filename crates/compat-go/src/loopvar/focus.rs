//! The parts of a file the loop analysis needs, found before parsing, so
//! that only they are parsed: most of a file's bytes are function bodies
//! without a loop that could make a reference, test tables and comments.
//!
//! Kept: everything outside the top-level regions ([`regions`]: package
//! clause, imports, types, signatures, declarations' heads), every region
//! whose text from its first `for` on passes the analysis's own textual
//! test for a loop that can make a reference ([`may_reference`], a superset
//! of it: the text runs to the region's end), and, transitively, the bodies
//! of the file's functions and methods named by a word of a kept region
//! (the analysis follows calls into the file's functions). Skipped: the
//! inside of every other region and the top-level comments. The analysis of
//! the partial tree finds what it finds on the whole one (a test holds that
//! over the fixtures and Go's own tree).

use std::ops::Range;

use rustc_hash::FxHashSet;

use crate::syntax::regions::{self, Decl, DeclKind, Region, Tok};
use crate::syntax::{parse_parts, Syntax, SyntaxError};

use super::may_reference;

/// Parses what [`analyse`](super::analyse) needs of `text`; `None` when
/// the file has no loop the analysis would look at (it finds nothing there).
pub fn parse(text: String) -> Result<Option<Syntax>, SyntaxError> {
    match skipped(&text) {
        Some(skip) => parse_parts(text, &skip).map(Some),
        None => Ok(None),
    }
}

/// The byte ranges of `text` the analysis does not need, sorted; `None`
/// when it needs nothing (no loop that can make a reference).
pub(crate) fn skipped(text: &str) -> Option<Vec<Range<usize>>> {
    let bytes = text.as_bytes();
    let top = regions::top_level(bytes);
    let name = |r: &Range<usize>| text.get(r.clone()).unwrap_or_default();
    let ptr_methods: FxHashSet<&str> = top
        .regions
        .iter()
        .filter_map(|r| r.func.as_ref())
        .filter(|f| f.method && f.pointer_receiver)
        .map(|f| name(&f.name))
        .collect();
    // Where a reference to a loop variable can go in a region: its loops
    // that can make one, and its function literals (a closure declared
    // before the loop may be called in it).
    let mut reach: Vec<Vec<Range<usize>>> = top
        .regions
        .iter()
        .map(|r| {
            let loops: Vec<Range<usize>> = r
                .loops
                .iter()
                .filter(|l| {
                    declares_variables(bytes, l.clause.clone())
                        && text
                            .get(l.range.clone())
                            .is_some_and(|t| may_reference(t, &ptr_methods))
                })
                .map(|l| l.range.clone())
                .collect();
            if loops.is_empty() {
                return loops;
            }
            let literals = regions::tokens(bytes, r.inside())
                .filter(|(t, w)| *t == Tok::Word && &bytes[w.clone()] == b"func")
                .map(|(_, w)| w.start..regions::func_end(bytes, w.start, r.close));
            loops.into_iter().chain(literals).collect()
        })
        .collect();
    let mut keep: Vec<bool> = reach.iter().map(|r| !r.is_empty()).collect();
    if !keep.contains(&true) {
        return None;
    }
    let decls = &top.decls;
    let mut decl_of = vec![usize::MAX; top.regions.len()];
    for (d, decl) in decls.iter().enumerate() {
        for i in decl.regions.clone() {
            decl_of[i] = d;
        }
    }
    // Declarations the analysis may look up: types and imports always,
    // the others when a kept part names them.
    let mut keep_decl: Vec<bool> = decls
        .iter()
        .map(|d| {
            matches!(
                d.kind,
                DeclKind::Package | DeclKind::Import | DeclKind::Type
            )
        })
        .collect();
    let mut mentioned: FxHashSet<&str> = FxHashSet::default();
    let mut called: FxHashSet<&str> = FxHashSet::default();
    let mut new_regions: Vec<usize> = (0..keep.len()).filter(|&i| keep[i]).collect();
    let mut new_decls: Vec<usize> = (0..decls.len()).filter(|&d| keep_decl[d]).collect();
    loop {
        for i in new_regions.drain(..) {
            for part in std::mem::take(&mut reach[i]) {
                called.extend(callable_words(bytes, part).map(|r| name(&r)));
            }
            mentioned.extend(words(bytes, top.regions[i].inside()).map(|r| name(&r)));
            if let Some(d) = decl_of.get(i).copied().filter(|&d| d != usize::MAX) {
                if !keep_decl[d] {
                    keep_decl[d] = true;
                    new_decls.push(d);
                }
            }
        }
        for d in new_decls.drain(..) {
            for part in outside_regions(&decls[d], &top.regions) {
                mentioned.extend(words(bytes, part).map(|r| name(&r)));
            }
        }
        for (d, decl) in decls.iter().enumerate() {
            if !keep_decl[d] && decl.names.iter().any(|n| mentioned.contains(name(n))) {
                keep_decl[d] = true;
                new_decls.push(d);
            }
        }
        for (j, r) in top.regions.iter().enumerate() {
            if !keep[j]
                && r.func
                    .as_ref()
                    .is_some_and(|f| called.contains(name(&f.name)))
            {
                keep[j] = true;
                reach[j] = vec![r.inside()];
                new_regions.push(j);
            }
        }
        if new_regions.is_empty() && new_decls.is_empty() {
            break;
        }
    }
    let mut skip: Vec<Range<usize>> = Vec::new();
    for (d, decl) in decls.iter().enumerate() {
        if !keep_decl[d] {
            skip.push(decl.range.clone());
        }
    }
    skip.extend(
        top.regions
            .iter()
            .zip(&keep)
            .filter(|(_, k)| !**k)
            .map(|(r, _)| r.inside())
            .filter(|r| !r.is_empty()),
    );
    skip.extend(top.comments);
    skip.sort_by_key(|r| r.start);
    Some(skip)
}

/// Whether the loop clause `text[clause]` may declare a variable (the
/// analysis looks only at loops that do): a `:=` with a word other than `_`
/// before it (`for i := 0;`, `for k, v := range`).
fn declares_variables(text: &[u8], clause: Range<usize>) -> bool {
    let mut named = false;
    let mut colon = false;
    for (tok, r) in regions::tokens(text, clause).skip(1) {
        match tok {
            Tok::Punct(b'=') if colon => return named,
            Tok::Word if &text[r] != b"_" => named = true,
            _ => {}
        }
        colon = tok == Tok::Punct(b':');
    }
    false
}

/// The words of `text[range]`.
fn words(text: &[u8], range: Range<usize>) -> impl Iterator<Item = Range<usize>> + '_ {
    regions::tokens(text, range)
        .filter(|(t, _)| *t == Tok::Word)
        .map(|(_, r)| r)
}

/// The parts of `decl` outside its regions' braces.
fn outside_regions(decl: &Decl, regions: &[Region]) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut at = decl.range.start;
    for r in &regions[decl.regions.clone()] {
        out.push(at..r.open);
        at = r.close;
    }
    out.push(at..decl.range.end);
    out
}

/// The words of `text[range]` the analysis may resolve to a function or
/// method of the file: called (`f(`, `f[T](`) or selected (`.M`, a method
/// value or call). A function named only as a value is not followed.
fn callable_words(text: &[u8], range: Range<usize>) -> impl Iterator<Item = Range<usize>> + '_ {
    let mut toks = regions::tokens(text, range)
        .filter(|(t, _)| *t != Tok::Comment)
        .peekable();
    let mut after_dot = false;
    std::iter::from_fn(move || loop {
        let (tok, r) = toks.next()?;
        let dot = after_dot;
        after_dot = tok == Tok::Punct(b'.');
        if tok != Tok::Word {
            continue;
        }
        let called = matches!(toks.peek(), Some((Tok::Punct(b'(' | b'['), _)));
        if dot || called {
            return Some(r);
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The analysis of the partial tree is the analysis of the whole one,
    /// on every loop fixture (each a program written to exercise one case).
    #[test]
    fn the_partial_tree_gives_the_whole_tree_s_answer_on_every_fixture() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/loopvar");
        let mut checked = 0;
        for e in std::fs::read_dir(&dir).unwrap() {
            let path = e.unwrap().path();
            if path.extension().is_none_or(|x| x != "go") {
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap();
            let whole = super::super::analyse(&crate::syntax::parse(text.clone()).unwrap());
            let part = parse(text)
                .unwrap()
                .map(|s| super::super::analyse(&s))
                .unwrap_or_default();
            assert_eq!(whole, part, "{}", path.display());
            checked += 1;
        }
        assert!(checked >= 100, "{checked} fixtures");
    }

    #[test]
    fn loops_that_declare_no_variable_are_not_candidates() {
        let has = |c: &str| declares_variables(c.as_bytes(), 0..c.len());
        assert!(has("for i := 0; i < n; i++ "));
        assert!(has("for k, v := range m "));
        assert!(has("for _, v := range m "));
        assert!(!has("for _ := range m "));
        assert!(!has("for i = 0; i < n; i++ "));
        assert!(!has("for range m "));
        assert!(!has("for "));
        assert!(!has("for x < 3 "));
    }

    #[test]
    fn a_file_without_such_loops_is_not_parsed() {
        let src = "package p\n\n// for each\nfunc f(xs []int) {\n\tfor _, x := range xs {\n\t\tprintln(x)\n\t}\n\tg(&xs)\n}\n";
        assert_eq!(skipped(src), None);
        assert!(parse(src.to_owned()).unwrap().is_none());
    }

    #[test]
    fn keeps_loops_that_can_make_references_and_their_callees() {
        let src = "package p\n\nconst (\n\tUnused = 1\n\tUsed = 2\n)\n\nconst Alone = 3\n\nfunc valueOnly() { global = nil }\n\n// doc\nfunc plain() {\n\tfor i := 0; i < 3; i++ {\n\t\tprintln(i)\n\t}\n}\n\nfunc refs(xs []int) {\n\tfor _, x := range xs {\n\t\tkeep(&x, Used)\n\t\tvar f = valueOnly\n\t\t_ = f\n\t}\n}\n\nfunc keep(p *int) { deeper(p) }\n\nfunc deeper(p *int) { global = p }\n\nfunc unrelated() { println() }\n\nvar table = []int{\n\t1, 2, 3,\n}\n";
        let skip = skipped(src).unwrap();
        let skipped_text: Vec<&str> = skip.iter().map(|r| &src[r.clone()]).collect();
        assert!(skipped_text.iter().any(|t| t.contains("println(i)")));
        assert!(skipped_text.iter().any(|t| t.contains("println()")));
        assert!(skipped_text.iter().any(|t| t.contains("1, 2, 3")));
        assert!(skipped_text.iter().any(|t| t.contains("global = nil")));
        // Declarations nothing kept names go whole; a block goes or stays whole.
        assert!(skipped_text
            .iter()
            .any(|t| t.starts_with("const Alone = 3")));
        assert!(skipped_text
            .iter()
            .any(|t| t.starts_with("func unrelated()")));
        assert!(!skipped_text.iter().any(|t| t.contains("Unused")));
        assert!(!skipped_text.iter().any(|t| t.contains("func valueOnly()")));
        assert!(skipped_text.iter().any(|t| t.contains("// doc")));
        for kept in ["keep(&x, Used)", "deeper(p)", "global = p"] {
            assert!(!skipped_text.iter().any(|t| t.contains(kept)), "{kept}");
        }
    }
}
