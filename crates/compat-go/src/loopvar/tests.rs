//! Unit tests of the loop-variable analysis on small sources (the fixture
//! programs of `tests/loopvar/` cover whole programs against the Go
//! toolchain).

use super::*;
use crate::syntax::parse;
use compat_report::Severity;

type Seen = Vec<(String, &'static str, Option<Certainty>)>;

fn changes(src: &str) -> Seen {
    let s = parse(src).unwrap();
    analyse(&s)
        .into_iter()
        .map(|v| match v.change {
            Change::Semantics { certainty, .. } => (v.name, "semantics", Some(certainty)),
            Change::HeapAlloc { .. } => (v.name, "heap", None),
        })
        .collect()
}

fn in_func(body: &str) -> String {
    format!("package p\n\nimport \"sync\"\n\nvar _ sync.Mutex\n\nfunc f(xs []int, ch chan int, wg *sync.WaitGroup) {{\n{body}\n}}\n")
}

fn semantics(name: &str, c: Certainty) -> Seen {
    vec![(name.into(), "semantics", Some(c))]
}

#[test]
fn goroutine_not_joined() {
    let src = in_func("for _, v := range xs {\n\tgo func() { println(v) }()\n}");
    assert_eq!(changes(&src), semantics("v", Certainty::Likely));
}

#[test]
fn goroutine_joined_later_in_the_iteration() {
    let src = in_func(
        "for _, v := range xs {\n\twg.Add(1)\n\tgo func() { defer wg.Done(); println(v) }()\n\tif v > 0 {\n\t\tprintln()\n\t}\n\twg.Wait()\n}",
    );
    assert_eq!(changes(&src), vec![]);
}

#[test]
fn a_select_case_receive_shadows_the_loop_variable() {
    let src = in_func(
        "for _, v := range xs {\n\tselect {\n\tcase v := <-ch:\n\t\tgo func() { println(v) }()\n\t}\n\t_ = v\n}",
    );
    assert_eq!(changes(&src), vec![]);
}

#[test]
fn a_type_switch_alias_shadows_the_loop_variable() {
    let src = in_func(
        "var ys []any\nfor _, v := range ys {\n\tswitch v := v.(type) {\n\tcase int:\n\t\tgo func() { println(v) }()\n\t}\n}",
    );
    assert_eq!(changes(&src), vec![]);
}

#[test]
fn shadowing_later_in_the_body_leaves_earlier_uses() {
    let src = in_func(
        "for _, v := range xs {\n\tgo func() { println(v) }()\n\tv := 3\n\tgo func() { println(v) }()\n}",
    );
    assert_eq!(changes(&src), semantics("v", Certainty::Likely));
}

#[test]
fn a_closure_in_the_condition_is_called_there() {
    let src = in_func("for i := 0; func() bool { return i < 3 }(); i++ {\n}");
    assert_eq!(changes(&src), vec![]);
}

#[test]
fn continue_to_the_outer_loop_ends_the_inner_one() {
    let src = in_func(
        "var keep []*int\nouter:\nfor _, a := range xs {\n\tfor _, b := range xs {\n\t\tkeep = append(keep, &b)\n\t\tcontinue outer\n\t}\n\t_ = a\n}",
    );
    assert_eq!(changes(&src), vec![("b".into(), "heap", None)]);
}

#[test]
fn an_unlabeled_break_in_a_switch_does_not_end_the_loop() {
    let src = in_func(
        "var keep []*int\nfor _, v := range xs {\n\tswitch {\n\tdefault:\n\t\tkeep = append(keep, &v)\n\t\tbreak\n\t}\n}",
    );
    assert_eq!(changes(&src), semantics("v", Certainty::Certain));
}

#[test]
fn stores_in_a_goroutine_literal_loop_are_judged_there() {
    // The loop is inside a goroutine's function: defer there runs when
    // that function returns, after its loop.
    let src = in_func(
        "go func() {\n\tfor _, v := range xs {\n\t\tdefer func() { println(v) }()\n\t}\n}()",
    );
    assert_eq!(changes(&src), semantics("v", Certainty::Certain));
}

#[test]
fn messages_say_what_changes_and_how_to_keep_it() {
    let src = in_func(
        "var fs []func()\nfor _, v := range xs {\n\tfs = append(fs, func() { println(v) })\n}",
    );
    let s = parse(src).unwrap();
    let f = check_file("p.go", &s);
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].rule, "go-loopvar-semantics-change");
    assert_eq!(f[0].subject.symbol.as_deref(), Some("v"));
    assert_eq!(f[0].subject.line, Some(9));
    assert_eq!(f[0].subject.column, Some(8));
    assert!(f[0].message.contains("(certain)"), "{}", f[0].message);
    assert!(f[0].message.contains("at line 10"), "{}", f[0].message);
    assert!(
        f[0].message.contains("//go:build go1.21"),
        "{}",
        f[0].message
    );
    assert_eq!(f[0].severity, Severity::Breaking);
}

#[test]
fn possible_findings_are_warnings() {
    let src = "package p\n\ntype e struct{ n int }\n\nvar load = func() []e { return nil }\n\nfunc f() {\n\tvar ps []*int\n\tfor _, v := range load() {\n\t\tps = append(ps, &v.n)\n\t}\n\t_ = ps\n}\n";
    let s = parse(src).unwrap();
    let f = check_file("p.go", &s);
    assert_eq!(f.len(), 1, "{f:?}");
    assert!(f[0].message.contains("(possible)"));
    assert_eq!(f[0].severity, Severity::Warning);
}

#[test]
fn deep_closure_nesting_does_not_overflow() {
    let mut body = String::from("for _, v := range xs {\n");
    for _ in 0..3_000 {
        body.push_str("func() {\n");
    }
    body.push_str("go func() { println(v) }()\n");
    for _ in 0..3_000 {
        body.push_str("}()\n");
    }
    body.push('}');
    let src = in_func(&body);
    // Too deep to follow to the end: no panic, no stack overflow.
    let _ = changes(&src);
}

#[test]
fn long_alias_chains_are_bounded() {
    let mut body = String::from("var keep []*int\nfor _, v := range xs {\n\tp0 := &v\n");
    for i in 1..5_000 {
        body.push_str(&format!("\tp{i} := p{}\n", i - 1));
    }
    body.push_str("\tkeep = append(keep, p4999)\n}");
    let src = in_func(&body);
    let _ = changes(&src);
}

#[test]
fn deeply_nested_blocks_after_an_escape_do_not_overflow() {
    let mut body =
        String::from("var keep []*int\nfor _, v := range xs {\n\tkeep = append(keep, &v)\n");
    body.push_str(&"{".repeat(5_000));
    body.push_str("break");
    body.push_str(&"}".repeat(5_000));
    body.push_str("\n}");
    let src = in_func(&body);
    let _ = changes(&src);
}
