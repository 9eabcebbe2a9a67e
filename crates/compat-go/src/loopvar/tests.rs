//! Unit tests of the loop-variable analysis on small sources.

use super::*;
use crate::syntax::parse;

fn changes(src: &str) -> Vec<(String, &'static str, Option<Certainty>)> {
    let s = parse(src).unwrap();
    analyse(&s)
        .into_iter()
        .map(|v| match v.change {
            Change::Semantics { certainty, .. } => (v.name, "semantics", Some(certainty)),
            Change::HeapAlloc { .. } => (v.name, "heap", None),
        })
        .collect()
}

#[test]
fn goroutine_not_joined() {
    let src = "package p\nfunc f(xs []int) {\n\tfor _, v := range xs {\n\t\tgo func() { println(v) }()\n\t}\n}\n";
    assert_eq!(
        changes(src),
        vec![("v".into(), "semantics", Some(Certainty::Likely))]
    );
}
