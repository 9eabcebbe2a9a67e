//! Oracle tests for `compat_go::constraint`: a corpus of tricky and random
//! build constraint lines goes through Go's own `go/build/constraint` (the
//! helper in `tests/oracle/main.go`, run with the installed `go`) and through
//! the Rust port, and every answer must agree. Also property tests:
//! `// +build` conversion preserves meaning, printing round-trips, BDD
//! equivalence agrees with truth tables, deep inputs do not overflow.

use std::io::Write;
use std::process::{Command, Stdio};

use compat_go::constraint::{
    equivalent, go_version, is_go_build, is_plus_build, parse_expr, parse_line,
    parse_plus_build_expr, parse_plus_build_text, plus_build_lines, split_go_build,
    split_plus_build, Expr, LineError, TooComplex,
};
use serde_json::{json, Value};

/// splitmix64: a small seeded PRNG.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[self.below(xs.len())]
    }
}

const TAGS: &[&str] = &[
    "linux", "windows", "darwin", "amd64", "arm64", "386", "cgo", "foo", "go1.18", "go1.21", "gc",
    "gccgo", "unix", "ignore", "a_b", "x.y", "é", "中文", "٣", "ios", "android",
];

/// A random expression tree of at most `depth` levels.
fn random_tree(r: &mut Rng, depth: u32) -> Expr {
    if depth == 0 || r.below(3) == 0 {
        return Expr::tag(r.pick(TAGS));
    }
    match r.below(4) {
        0 => {
            // Go's grammar cannot write !!x; keep trees printable.
            let x = random_tree(r, depth - 1);
            match x {
                Expr::Not(_) => x,
                x => Expr::not(x),
            }
        }
        1 => Expr::and(random_tree(r, depth - 1), random_tree(r, depth - 1)),
        _ => Expr::or(random_tree(r, depth - 1), random_tree(r, depth - 1)),
    }
}

fn space(r: &mut Rng) -> &'static str {
    ["", " ", "  ", "\t", " \t "][r.below(5)]
}

/// Prints a tree with random spacing and redundant parentheses.
fn noisy(r: &mut Rng, x: &Expr, out: &mut String) {
    let paren = r.below(6) == 0;
    if paren {
        out.push('(');
        out.push_str(space(r));
    }
    match x {
        Expr::Tag(t) => out.push_str(t),
        Expr::Not(a) => {
            out.push('!');
            out.push_str(space(r));
            let inner = matches!(**a, Expr::And(..) | Expr::Or(..));
            if inner {
                out.push('(');
            }
            noisy(r, a, out);
            if inner {
                out.push(')');
            }
        }
        Expr::And(a, b) | Expr::Or(a, b) => {
            let (op, other) = if matches!(x, Expr::And(..)) {
                ("&&", true)
            } else {
                ("||", false)
            };
            for (i, y) in [a, b].into_iter().enumerate() {
                if i > 0 {
                    out.push_str(space(r));
                    out.push_str(op);
                    out.push_str(space(r));
                }
                let need = if other {
                    matches!(**y, Expr::Or(..))
                } else {
                    matches!(**y, Expr::And(..))
                } || (i == 1
                    && std::mem::discriminant(&**y) == std::mem::discriminant(x));
                if need {
                    out.push('(');
                }
                noisy(r, y, out);
                if need {
                    out.push(')');
                }
            }
        }
    }
    if paren {
        out.push_str(space(r));
        out.push(')');
    }
}

/// Random token soup: mostly invalid expressions.
fn soup(r: &mut Rng) -> String {
    const TOKS: &[&str] = &[
        "a", "linux", "!", "(", ")", "&&", "||", "&", "|", " ", "\t", "go1.18", "é", "$", "-",
        "a&&b", "+", ",", "٣x", "\u{300}", "²",
    ];
    let n = r.below(8);
    (0..n).map(|_| r.pick(TOKS)).collect()
}

/// Random `// +build` words.
fn plus_words(r: &mut Rng) -> String {
    const LITS: &[&str] = &[
        "linux", "!linux", "amd64", "!!x", "!", "", "a-b", "cgo", "!cgo", "go1.18", "é", "$x", "!é",
    ];
    let clauses = r.below(5);
    let mut out = Vec::new();
    for _ in 0..clauses {
        let n = 1 + r.below(3);
        let lits: Vec<&str> = (0..n).map(|_| r.pick(LITS)).collect();
        out.push(lits.join(","));
    }
    let sep = [" ", "  ", "\t", " \u{a0}"][r.below(4)];
    out.join(sep)
}

fn corpus() -> Vec<String> {
    let mut lines: Vec<String> = [
        "//go:build linux",
        "//go:build",
        "//go:build ",
        "//go:build\tlinux",
        "//go:buildlinux",
        "//go:builds linux",
        "// go:build linux",
        " //go:build linux",
        "//go:build linux\n",
        "//go:build linux\nmore",
        "//go:build linux\n\n",
        "//go:build linux \u{a0}",
        "//go:build\u{a0}linux",
        "//go:build\u{2003}linux",
        "//go:build\u{85}x",
        "//go:build \u{a0}",
        "//go:build !",
        "//go:build !!x",
        "//go:build !(!x)",
        "//go:build ! x",
        "//go:build a &&",
        "//go:build && a",
        "//go:build a ||",
        "//go:build a || || b",
        "//go:build (a",
        "//go:build ((a)",
        "//go:build (a))",
        "//go:build ()",
        "//go:build (",
        "//go:build )",
        "//go:build (a || b",
        "//go:build (a b)",
        "//go:build ((a && (b",
        "//go:build !(a",
        "//go:build a b",
        "//go:build a&b",
        "//go:build a|b",
        "//go:build a&&b||c",
        "//go:build a||b&&c",
        "//go:build (a||b)&&c",
        "//go:build !(a&&b)",
        "//go:build !a&&!b",
        "//go:build a &",
        "//go:build a |",
        "//go:build $",
        "//go:build a $",
        "//go:build é && 中文",
        "//go:build ٣ || x²",
        "//go:build Ⅻ",
        "//go:build a\u{300}",
        "//go:build a-b",
        "//go:build go1.18 && !go1.21",
        "//go:build x.y && _z",
        "//go:build a,b",
        "//go:build a // comment",
        "//go:build (a) && ((b)) || (((c)))",
        "//go:build !((a || b) && c)",
        "//go:build linux && (386 || amd64 || arm || arm64) && !android",
        "// +build",
        "// +build ",
        "//+build linux",
        "// +build linux",
        "//  +build linux",
        "//\t+build linux",
        "// +buildlinux",
        "// +builds linux",
        "/+build linux",
        "// +build a,b c",
        "// +build a,b,c !d",
        "// +build !!x",
        "// +build !",
        "// +build !,x",
        "// +build ,",
        "// +build a,,b",
        "// +build a, b",
        "// +build a-b c",
        "// +build é !中文",
        "// +build linux darwin\tfreebsd",
        "// +build linux\n",
        "// +build linux\nx",
        "// +build\u{a0}linux",
        "// +build !!",
        "// +build !a!b",
        "//+build",
        "// +build linux,386 darwin,!cgo",
        "// +build go1.18",
        "// +build ignore",
        "",
        "//",
        "package main",
        "// just a comment",
        "/*go:build linux*/",
        "//go:build",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();

    let mut r = Rng(0x5EED_C0DE);
    for _ in 0..4000 {
        let t = random_tree(&mut r, 5);
        let mut s = String::new();
        noisy(&mut r, &t, &mut s);
        let prefix = ["//go:build ", "//go:build\t", "//go:build  "][r.below(3)];
        let suffix = ["", " ", "\t", "\n"][r.below(4)];
        lines.push(format!("{prefix}{s}{suffix}"));
    }
    for _ in 0..3000 {
        lines.push(format!("//go:build {}", soup(&mut r)));
    }
    for _ in 0..2000 {
        let prefix = ["// +build ", "//+build ", "//  +build\t", "// +build"][r.below(4)];
        lines.push(format!("{prefix}{}", plus_words(&mut r)));
    }
    lines
}

/// What the Rust port says about one line, in the oracle's JSON shape.
fn rust_answer(line: &str) -> Value {
    let mut v = json!({
        "is_go": is_go_build(line),
        "is_plus": is_plus_build(line),
        "expr": null, "err": null, "offset": null, "lines": null, "lines_err": null,
    });
    match parse_line(line) {
        Ok(x) => {
            v["expr"] = json!(x.to_string());
            match plus_build_lines(&x) {
                Ok(l) => v["lines"] = json!(l),
                Err(e) => v["lines_err"] = json!(e.to_string()),
            }
        }
        Err(LineError::NotConstraint) => v["err"] = json!("not a build constraint"),
        Err(LineError::Syntax(e)) => {
            v["err"] = json!(e.message);
            v["offset"] = json!(e.offset);
        }
    }
    v
}

/// Runs the Go oracle over `lines`; `None` (after saying so) when `go` is
/// missing and CI is not set.
#[allow(clippy::print_stderr)]
fn go_answers(lines: &[String]) -> Option<Vec<Value>> {
    if Command::new("go").arg("version").output().is_err() {
        if std::env::var_os("CI").is_some() {
            panic!("`go` is not on PATH, and CI is set: the constraint oracle cannot run");
        }
        eprintln!("SKIPPED constraint oracle: `go` is not on PATH (set CI to make this fatal)");
        return None;
    }
    let cache = tempfile::tempdir().expect("temp dir");
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/oracle");
    let mut child = Command::new("go")
        .args(["run", "main.go"])
        .current_dir(dir)
        .env("GOFLAGS", "-mod=mod")
        .env("GO111MODULE", "off")
        .env("GOCACHE", cache.path())
        .env("GOTOOLCHAIN", "local")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn go run");
    let mut stdin = child.stdin.take().expect("stdin");
    let input: String = lines
        .iter()
        .map(|l| serde_json::to_string(l).expect("json") + "\n")
        .collect();
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let out = child.wait_with_output().expect("go run");
    writer.join().expect("writer").expect("write stdin");
    assert!(
        out.status.success(),
        "oracle failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let answers: Vec<Value> = String::from_utf8(out.stdout)
        .expect("utf-8")
        .lines()
        .map(|l| serde_json::from_str(l).expect("oracle json"))
        .collect();
    assert_eq!(answers.len(), lines.len());
    Some(answers)
}

#[test]
fn rust_matches_go_on_corpus() {
    let lines = corpus();
    let Some(go) = go_answers(&lines) else {
        return;
    };
    let mut failures = Vec::new();
    for (line, want) in lines.iter().zip(&go) {
        let got = rust_answer(line);
        if &got != want {
            failures.push(format!("{line:?}\n  go:   {want}\n  rust: {got}"));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} lines differ:\n{}",
        failures.len(),
        lines.len(),
        failures[..failures.len().min(20)].join("\n")
    );
}

/// Every assignment of the tags of `a` and `b`, by brute force.
fn truth_table_equal(a: &Expr, b: &Expr) -> bool {
    let mut tags = a.tags();
    tags.extend(b.tags());
    tags.sort_unstable();
    tags.dedup();
    assert!(tags.len() <= 16);
    (0u32..1 << tags.len()).all(|bits| {
        let mut ok = |t: &str| {
            let i = tags.iter().position(|x| *x == t).unwrap();
            bits >> i & 1 == 1
        };
        let x = a.eval(&mut ok);
        x == b.eval(&mut ok)
    })
}

#[test]
fn plus_build_lines_preserve_meaning() {
    let mut r = Rng(42);
    let mut converted = 0;
    for _ in 0..3000 {
        let x = random_tree(&mut r, 4);
        let Ok(lines) = plus_build_lines(&x) else {
            continue;
        };
        converted += 1;
        let joined = lines
            .iter()
            .map(|l| parse_line(l).expect("+build line parses"))
            .reduce(Expr::and)
            .expect("at least one line");
        assert!(equivalent(&x, &joined), "{x} vs {lines:?}");
        assert!(truth_table_equal(&x, &joined), "{x} vs {lines:?}");
    }
    assert!(converted > 500, "only {converted} converted");
}

#[test]
fn equivalence_agrees_with_truth_tables() {
    let mut r = Rng(7);
    let mut same = 0;
    for _ in 0..3000 {
        let a = random_tree(&mut r, 3);
        let b = random_tree(&mut r, 3);
        let want = truth_table_equal(&a, &b);
        assert_eq!(equivalent(&a, &b), want, "{a} vs {b}");
        same += usize::from(want);
        // De Morgan and double negation never change meaning.
        let dm = Expr::not(Expr::or(Expr::not(a.clone()), Expr::not(b.clone())));
        assert!(equivalent(&Expr::and(a.clone(), b.clone()), &dm));
    }
    assert!(same > 10);
}

#[test]
fn equivalence_is_fast_on_many_tags() {
    let line = "// +build aix darwin dragonfly freebsd hurd illumos ios linux netbsd openbsd \
                solaris zos plan9 windows js wasip1 android nacl t1,!t2 t3,t4 t5,!t6 t7 t8 t9 \
                t10 t11 t12 t13 t14 t15 t16 t17 t18 t19 t20";
    let x = parse_line(line).unwrap();
    assert!(x.tags().len() > 30);
    let go = parse_expr(&x.to_string()).unwrap();
    assert!(equivalent(&x, &go));
    let mut rev = x.tags();
    rev.reverse();
    let y = rev.into_iter().map(Expr::tag).reduce(Expr::or).unwrap();
    assert!(!equivalent(&x, &y));
    // A conjunction of 40 disjunctions over 60 tags.
    let mut r = Rng(9);
    let names: Vec<String> = (0..60).map(|i| format!("t{i}")).collect();
    let cnf = (0..40)
        .map(|_| {
            (0..3)
                .map(|_| Expr::tag(names[r.below(60)].clone()))
                .reduce(Expr::or)
                .unwrap()
        })
        .reduce(Expr::and)
        .unwrap();
    let text = cnf.to_string();
    assert!(equivalent(&cnf, &parse_expr(&text).unwrap()));
}

#[test]
fn display_round_trips() {
    let mut r = Rng(1234);
    for _ in 0..5000 {
        let t = random_tree(&mut r, 6);
        // The noisy printer parenthesizes right-nested chains, so parsing
        // gives back the very tree.
        let mut n = String::new();
        noisy(&mut r, &t, &mut n);
        assert_eq!(parse_expr(&n).unwrap(), t, "{n}");
        // Go's String() leaves `a || (b || c)` unparenthesized, so only
        // parsed (left-nested) trees round-trip structurally; every tree
        // round-trips in meaning.
        let s = t.to_string();
        let back = parse_expr(&s).unwrap();
        assert!(equivalent(&back, &t), "{s}");
        assert_eq!(parse_expr(&back.to_string()).unwrap(), back, "{s}");
    }
    // Go prints !(!x) as !!x, which does not parse back.
    let x = parse_expr("!(!x)").unwrap();
    assert_eq!(x.to_string(), "!!x");
}

#[test]
fn deep_inputs_do_not_overflow() {
    let deep = "(".repeat(10_000) + "a" + &")".repeat(10_000);
    let e = parse_expr(&deep).unwrap_err();
    assert_eq!(e.message, "build expression too large");
    assert_eq!(e.offset, 999);
    let long = "!a && ".repeat(100_000) + "a";
    assert_eq!(
        parse_expr(&long).unwrap_err().message,
        "build expression too large"
    );
    let or_chain = "a || ".repeat(200_000) + "a";
    assert!(parse_expr(&or_chain).is_err());
    // Within the limit: 999 levels of parentheses (1000 operands).
    let ok = "(".repeat(999) + "a" + &")".repeat(999);
    assert_eq!(parse_expr(&ok).unwrap(), Expr::tag("a"));
    let ok = "!(".repeat(499) + "a" + &")".repeat(499);
    let x = parse_expr(&ok).unwrap();
    assert_eq!(x.tags(), vec!["a"]);
    let _ = x.to_string();
    let _ = plus_build_lines(&x);
    let _ = equivalent(&x, &x.clone());
    let plus = "// +build ".to_string() + &"a,".repeat(100_000) + "a";
    assert!(parse_line(&plus).is_err());
}

/// Go 1.22.7+'s TestSizeLimits / TestPlusSizeLimits.
#[test]
fn newer_go_size_limits() {
    for rep in ["a || ", "a && ", "(a &&", "(a ||"] {
        let line = "//go:build ".to_string() + &rep.repeat(1002);
        match parse_line(&line) {
            Err(LineError::Syntax(e)) => assert_eq!(e.message, "build expression too large"),
            other => panic!("{rep}: {other:?}"),
        }
    }
    let exact = vec!["a"; 1000].join(" || ");
    assert!(parse_expr(&exact).is_ok());
    let over = vec!["a"; 1001].join(" || ");
    let e = parse_expr(&over).unwrap_err();
    assert_eq!(e.message, "build expression too large");
    assert_eq!(e.offset, over.len() - 4, "offset of the last || read");
    for rep in ["a ", "a,"] {
        let line = "// +build ".to_string() + &rep.repeat(102);
        match parse_line(&line) {
            Err(LineError::Syntax(e)) => {
                assert_eq!(e.message, "expression too complex for // +build lines")
            }
            other => panic!("{rep}: {other:?}"),
        }
        assert_eq!(parse_plus_build_text(&rep.repeat(102)), Err(TooComplex));
        assert_eq!(parse_plus_build_expr(&rep.repeat(102)), None);
    }
    assert!(parse_plus_build_text(&"a ".repeat(101)).unwrap().is_some());
}

#[test]
fn go_version_cases() {
    let cases = [
        ("linux && go1.22", Some("go1.22")),
        ("(linux && go1.22) || (windows && go1.20)", Some("go1.20")),
        ("linux", None),
        ("linux || (windows && go1.22)", None),
        ("!go1.22", None),
        ("(linux && !linux && go1.20) || go1.21", Some("go1.20")),
        ("go1", Some("go1")),
        ("go1 && go1.5", Some("go1.5")),
        ("!(!go1.9 || !go1.12)", Some("go1.12")),
        ("!(go1.9 && go1.12)", None),
        ("ignore && go1.60", Some("go1.60")),
        ("ignore || go1.60", None),
        ("go1.50 || go1.60", Some("go1.50")),
        ("xgo1.7", Some("go1.7")),
        ("go1.7.1", None),
        ("go1.07", Some("go1.7")),
        ("go1.", None),
    ];
    for (s, want) in cases {
        assert_eq!(go_version(&parse_expr(s).unwrap()).as_deref(), want, "{s}");
    }
}

#[test]
fn api_details() {
    assert_eq!(split_go_build("//go:build  a && b \n"), Some("a && b"));
    assert_eq!(split_go_build("//go:build"), Some(""));
    assert_eq!(split_go_build("//go:buildx"), None);
    assert_eq!(split_plus_build("//+build a"), Some("a"));
    assert_eq!(split_plus_build("//   +build   a b  "), Some("a b"));
    assert_eq!(parse_plus_build_expr("  "), None);
    assert_eq!(parse_line("// +build").unwrap(), Expr::tag("ignore"));
    assert_eq!(
        parse_plus_build_expr("!!x a,!").unwrap().to_string(),
        "ignore || (a && ignore)"
    );
    let x = parse_expr("b && (a || !c) && b").unwrap();
    assert_eq!(x.tags(), vec!["a", "b", "c"]);
    let mut seen = Vec::new();
    let v = x.eval(&mut |t| {
        seen.push(t.to_string());
        t == "b"
    });
    assert!(v);
    assert_eq!(seen, ["b", "a", "c", "b"], "both sides evaluated, in order");
    assert_eq!(
        plus_build_lines(&parse_expr("(a || b) && (c || !(d && e))").unwrap()),
        Ok(vec![
            "// +build a b".to_string(),
            "// +build c !d !e".to_string()
        ])
    );
    assert_eq!(
        plus_build_lines(&parse_expr("(a && b) || (c && (d || e))").unwrap()),
        Err(TooComplex)
    );
    assert_eq!(
        LineError::NotConstraint.to_string(),
        "not a build constraint"
    );
}

/// Go before 1.22.7 has no size limit: any length parses (chains become
/// balanced trees, so printing, evaluation, conversion and dropping stay
/// shallow); only nesting deeper than `MAX_DEPTH` is refused, as compat's
/// own limit.
#[test]
fn older_go_has_no_size_limits() {
    use compat_go::constraint::{
        parse_expr_with, parse_line_with, parse_plus_build_text_with, Limits, MAX_DEPTH, TOO_DEEP,
    };
    let long = (0..100_000)
        .map(|i| format!("t{i}"))
        .collect::<Vec<_>>()
        .join(" && ");
    let x = parse_expr_with(&long, Limits::Older).unwrap();
    assert_eq!(
        x.to_string(),
        long,
        "a balanced chain prints as Go prints it"
    );
    assert!(!x.eval(&mut |t| t != "t99999"));
    assert_eq!(plus_build_lines(&x).unwrap().len(), 1);
    assert_eq!(
        parse_expr(&long).unwrap_err().message,
        "build expression too large"
    );
    let mixed = "a && b || ".repeat(50_000) + "c";
    let y = parse_expr_with(&mixed, Limits::Older).unwrap();
    assert_eq!(y.to_string(), mixed.replace("a && b", "(a && b)"));
    let plus = "a,b ".repeat(50_000);
    let z = parse_plus_build_text_with(&plus, Limits::Older)
        .unwrap()
        .unwrap();
    assert_eq!(z.tags(), ["a", "b"]);
    assert!(parse_line_with(&format!("// +build {plus}"), Limits::Older).is_ok());
    // Nesting is what costs depth: refused past MAX_DEPTH.
    let nest = |n: usize| "a && (".repeat(n) + "a" + &")".repeat(n);
    assert!(parse_expr_with(&nest(MAX_DEPTH / 2), Limits::Older).is_ok());
    let e = parse_expr_with(&nest(MAX_DEPTH + 5), Limits::Older).unwrap_err();
    assert_eq!(e.message, TOO_DEEP);
    let parens = "(".repeat(5_000) + "a" + &")".repeat(5_000);
    assert_eq!(
        parse_expr_with(&parens, Limits::Older).unwrap_err().message,
        TOO_DEEP
    );
    // Short chains keep Go's left-nested shape exactly.
    assert_eq!(
        parse_expr_with("a && b && c", Limits::Older).unwrap(),
        Expr::and(Expr::and(Expr::tag("a"), Expr::tag("b")), Expr::tag("c"))
    );
}
