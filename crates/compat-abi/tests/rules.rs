//! One test per `abi diff` rule, on real libraries built with gcc and GNU ld.
//!
//! Each test builds two versions of a small C library, diffs them in both
//! directions and checks the rule, its subject, its severity and the semver
//! verdict. Every ABI loaded here is also diffed against itself, which must
//! find nothing. The last tests check that a `compat abi dump` stands in for
//! the binary it was made from.

use std::path::Path;

use compat_abi::{bump_for, diff, Diff, DiffInputs};
use compat_elf::{load_abi, ElfAbi, ReadOptions, SymbolBinding, SymbolKind, Visibility};
use compat_report::{Finding, Severity, Verdict, RULES};
use compat_testkit::{have, Fixture};

/// Every `abi-*` rule of the catalog, each exercised by a test below.
const COVERED: &[&str] = &[
    "abi-architecture-changed",
    "abi-default-version-changed",
    "abi-needed-added",
    "abi-needed-removed",
    "abi-object-size-changed",
    "abi-soname-changed",
    "abi-symbol-added",
    "abi-symbol-binding-local",
    "abi-symbol-binding-weakened",
    "abi-symbol-default-removed",
    "abi-symbol-hidden",
    "abi-symbol-removed",
    "abi-symbol-type-changed",
    "abi-symbol-version-removed",
    "abi-symbol-visibility-protected",
    "abi-version-need-added",
    "abi-version-node-added",
    "abi-version-node-removed",
];

/// Type-level rules: tested in both directions in crates/compat-dwarf/tests/rules.rs.
const COVERED_BY_COMPAT_DWARF: &[&str] = &[
    "abi-type-made-internal",
    "abi-constructor-explicit-changed",
    "abi-enum-scope-changed",
    "abi-enum-underlying-type-changed",
    "abi-enumerator-added",
    "abi-enumerator-removed",
    "abi-enumerator-renamed",
    "abi-enumerator-value-changed",
    "abi-member-added",
    "abi-member-made-private",
    "abi-member-offset-changed",
    "abi-member-removed",
    "abi-member-type-changed",
    "abi-param-added",
    "abi-param-removed",
    "abi-param-type-changed",
    "abi-return-type-changed",
    "abi-type-opaque",
    "abi-type-passing-changed",
    "abi-type-size-changed",
    "abi-typedef-retargeted",
    "abi-variable-type-changed",
    "abi-variadic-changed",
    "abi-vtable-order-changed",
];

/// No class is known to be private (no type information).
static NO_PRIVATE_CLASSES: std::sync::LazyLock<std::collections::HashSet<String>> =
    std::sync::LazyLock::new(Default::default);

fn inputs() -> DiffInputs<'static> {
    DiffInputs {
        old_file: "old/libx.so.1",
        new_file: "new/libx.so.1",
        private_classes: &NO_PRIVATE_CLASSES,
    }
}

// ---------------------------------------------------------------- helpers

/// Loads an ABI and checks that it diffs clean against itself.
fn load(path: &Path) -> ElfAbi {
    let abi = load_abi(
        path,
        ReadOptions {
            demangle: true,
            ..ReadOptions::default()
        },
    )
    .unwrap_or_else(|e| panic!("cannot load {}: {e}", path.display()));
    assert_clean(&abi);
    abi
}

/// diff(abi, abi) finds nothing and the verdict is none.
fn assert_clean(abi: &ElfAbi) {
    let d = diff(abi, abi, &inputs());
    assert!(
        d.findings.is_empty(),
        "{} diffed against itself found:\n{}",
        abi.file,
        show(&d)
    );
    assert_eq!(d.verdict, Verdict::None, "{}", abi.file);
}

/// Builds `libx-NAME.so` (SONAME `libx.so.1`) from `src` with an optional version script.
fn lib(fx: &Fixture, name: &str, src: &str, script: Option<&str>) -> ElfAbi {
    let mut b = fx
        .lib(&format!("libx-{name}.so"))
        .source(src)
        .soname("libx.so.1");
    if let Some(s) = script {
        b = b.version_script(s);
    }
    load(&b.build())
}

fn run(old: &ElfAbi, new: &ElfAbi) -> Diff {
    diff(old, new, &inputs())
}

fn show(d: &Diff) -> String {
    let mut s = String::new();
    for f in &d.findings {
        s.push_str(&format!(
            "  {} [{}] symbol={:?} version={:?} library={:?}: {}\n",
            f.rule,
            f.severity.as_str(),
            f.subject.symbol,
            f.subject.version,
            f.subject.library,
            f.message
        ));
    }
    s.push_str(&format!("  verdict: {}\n", d.verdict.as_str()));
    s
}

/// The rule ids reported, sorted.
fn rules(d: &Diff) -> Vec<&str> {
    let mut r: Vec<&str> = d.findings.iter().map(|f| f.rule.as_str()).collect();
    r.sort_unstable();
    r
}

/// Asserts the sorted rule ids and the verdict.
fn expect(d: &Diff, want: &[&str], verdict: Verdict) {
    let mut want = want.to_vec();
    want.sort_unstable();
    assert_eq!(rules(d), want, "unexpected findings:\n{}", show(d));
    assert_eq!(d.verdict, verdict, "unexpected verdict:\n{}", show(d));
}

/// The single finding of `rule` about `symbol` at `version`, with `severity`.
fn one<'a>(
    d: &'a Diff,
    rule: &str,
    symbol: Option<&str>,
    version: Option<&str>,
    severity: Severity,
) -> &'a Finding {
    let hits: Vec<&Finding> = d
        .findings
        .iter()
        .filter(|f| {
            f.rule == rule
                && f.subject.symbol.as_deref() == symbol
                && f.subject.version.as_deref() == version
        })
        .collect();
    assert_eq!(
        hits.len(),
        1,
        "want one {rule} for {symbol:?}@{version:?}, got:\n{}",
        show(d)
    );
    let f = hits[0];
    assert_eq!(f.severity, severity, "{rule} severity:\n{}", show(d));
    assert_eq!(f.subject.old_file.as_deref(), Some(inputs().old_file));
    assert_eq!(f.subject.new_file.as_deref(), Some(inputs().new_file));
    assert!(!f.message.is_empty());
    if let Some(s) = symbol {
        assert!(
            f.message.contains(s),
            "the message names the symbol: {}",
            f.message
        );
    }
    f
}

fn values(f: &Finding) -> (Option<&str>, Option<&str>) {
    (
        f.subject.old_value.as_deref(),
        f.subject.new_value.as_deref(),
    )
}

fn no_breaking(d: &Diff) {
    assert!(
        d.findings.iter().all(|f| f.severity != Severity::Breaking) && d.verdict != Verdict::Major,
        "expected nothing breaking:\n{}",
        show(d)
    );
}

// ---------------------------------------------------------------- sources

const V1_SCRIPT: &str = "LIBX_1.0 { global: foo; bar; local: *; };";
const V1_SRC: &str = "int foo(void) { return 1; }\nint bar(void) { return 2; }\n";

// ---------------------------------------------------------------- rules

#[test]
fn symbol_removed_and_added() {
    let fx = Fixture::new();
    // Versioned.
    let v1 = lib(&fx, "v1", V1_SRC, Some(V1_SCRIPT));
    let v2 = lib(
        &fx,
        "v2",
        "int foo(void) { return 1; }\n",
        Some(V1_SCRIPT.replace(" bar;", "").as_str()),
    );

    let d = run(&v1, &v2);
    expect(&d, &["abi-symbol-removed"], Verdict::Major);
    let f = one(
        &d,
        "abi-symbol-removed",
        Some("bar"),
        Some("LIBX_1.0"),
        Severity::Breaking,
    );
    assert!(f.message.contains("bar@@LIBX_1.0"), "{}", f.message);

    let d = run(&v2, &v1);
    expect(&d, &["abi-symbol-added"], Verdict::Minor);
    one(
        &d,
        "abi-symbol-added",
        Some("bar"),
        Some("LIBX_1.0"),
        Severity::Info,
    );

    // Unversioned: same rules, no version in the subject.
    let u1 = lib(&fx, "u1", V1_SRC, None);
    let u2 = lib(&fx, "u2", "int foo(void) { return 1; }\n", None);
    let d = run(&u1, &u2);
    expect(&d, &["abi-symbol-removed"], Verdict::Major);
    one(
        &d,
        "abi-symbol-removed",
        Some("bar"),
        None,
        Severity::Breaking,
    );
    let d = run(&u2, &u1);
    expect(&d, &["abi-symbol-added"], Verdict::Minor);
    one(&d, "abi-symbol-added", Some("bar"), None, Severity::Info);

    // A data object and a TLS variable are symbols too.
    let o1 = lib(
        &fx,
        "o1",
        "int counter = 1;\n__thread int tls_state = 1;\nint foo(void) { return 1; }\n",
        None,
    );
    let o2 = lib(&fx, "o2", "int foo(void) { return 1; }\n", None);
    let d = run(&o1, &o2);
    expect(
        &d,
        &["abi-symbol-removed", "abi-symbol-removed"],
        Verdict::Major,
    );
    let f = one(
        &d,
        "abi-symbol-removed",
        Some("counter"),
        None,
        Severity::Breaking,
    );
    assert!(f.message.contains("object"), "{}", f.message);
    let f = one(
        &d,
        "abi-symbol-removed",
        Some("tls_state"),
        None,
        Severity::Breaking,
    );
    assert!(f.message.contains("tls"), "{}", f.message);
}

#[test]
fn soname_changed() {
    let fx = Fixture::new();
    let src = "int foo(void) { return 1; }\n";
    let build = |name: &str, soname: Option<&str>| {
        let mut b = fx.lib(name).source(src);
        if let Some(s) = soname {
            b = b.soname(s);
        }
        load(&b.build())
    };
    let so1 = build("libx-1.so", Some("libx.so.1"));
    let so2 = build("libx-2.so", Some("libx.so.2"));
    let none = build("libx-none.so", None);

    let d = run(&so1, &so2);
    expect(&d, &["abi-soname-changed"], Verdict::Major);
    let f = one(&d, "abi-soname-changed", None, None, Severity::Breaking);
    assert_eq!(values(f), (Some("libx.so.1"), Some("libx.so.2")));

    let d = run(&so2, &so1);
    expect(&d, &["abi-soname-changed"], Verdict::Major);
    assert_eq!(
        values(one(
            &d,
            "abi-soname-changed",
            None,
            None,
            Severity::Breaking
        )),
        (Some("libx.so.2"), Some("libx.so.1"))
    );

    // Dropping the SONAME breaks programs that recorded it.
    let d = run(&so1, &none);
    expect(&d, &["abi-soname-changed"], Verdict::Major);
    assert_eq!(
        values(one(
            &d,
            "abi-soname-changed",
            None,
            None,
            Severity::Breaking
        )),
        (Some("libx.so.1"), Some("(none)"))
    );

    // Adding one is not reported: programs linked against the old file recorded its file name.
    let d = run(&none, &so1);
    expect(&d, &[], Verdict::None);
}

#[test]
fn version_node_added_and_removed() {
    let fx = Fixture::new();
    let v1 = lib(
        &fx,
        "v1",
        "int foo(void) { return 1; }\n",
        Some("LIBX_1.0 { global: foo; local: *; };"),
    );
    let v2 = lib(
        &fx,
        "v2",
        "int foo(void) { return 1; }\nint bar(void) { return 2; }\n",
        Some("LIBX_1.0 { global: foo; local: *; };\nLIBX_2.0 { global: bar; } LIBX_1.0;"),
    );
    let node = v2
        .version_definitions
        .iter()
        .find(|v| &*v.name == "LIBX_2.0")
        .expect("LIBX_2.0 is defined");
    assert_eq!(node.parents, ["LIBX_1.0"]);

    let d = run(&v1, &v2);
    expect(
        &d,
        &["abi-symbol-added", "abi-version-node-added"],
        Verdict::Minor,
    );
    one(
        &d,
        "abi-version-node-added",
        None,
        Some("LIBX_2.0"),
        Severity::Info,
    );
    one(
        &d,
        "abi-symbol-added",
        Some("bar"),
        Some("LIBX_2.0"),
        Severity::Info,
    );

    let d = run(&v2, &v1);
    expect(
        &d,
        &["abi-symbol-removed", "abi-version-node-removed"],
        Verdict::Major,
    );
    let node = one(
        &d,
        "abi-version-node-removed",
        None,
        Some("LIBX_2.0"),
        Severity::Breaking,
    );
    assert_eq!(node.subject.symbols, ["bar"]);
    assert_eq!(node.group.as_deref(), Some("version-node:LIBX_2.0"));
    assert!(
        node.message
            .contains("version `LIBX_2.0' not found\" (1 symbol was defined at it)"),
        "{}",
        node.message
    );
    let sym = one(
        &d,
        "abi-symbol-removed",
        Some("bar"),
        Some("LIBX_2.0"),
        Severity::Breaking,
    );
    assert_eq!(sym.group, node.group, "the symbol is folded under its node");
}

#[test]
fn symbol_version_removed() {
    let fx = Fixture::new();
    // foo moves from LIBX_1.0 to LIBX_2.0 without a compatibility alias.
    let v1 = lib(&fx, "v1", V1_SRC, Some(V1_SCRIPT));
    let v2 = lib(
        &fx,
        "v2",
        V1_SRC,
        Some("LIBX_1.0 { global: bar; local: *; };\nLIBX_2.0 { global: foo; } LIBX_1.0;"),
    );

    let d = run(&v1, &v2);
    expect(
        &d,
        &["abi-symbol-version-removed", "abi-version-node-added"],
        Verdict::Major,
    );
    let f = one(
        &d,
        "abi-symbol-version-removed",
        Some("foo"),
        Some("LIBX_1.0"),
        Severity::Breaking,
    );
    assert_eq!(values(f), (Some("foo@@LIBX_1.0"), Some("foo@@LIBX_2.0")));
    assert!(f.message.contains("version LIBX_1.0"), "{}", f.message);
    assert_eq!(f.group, None, "LIBX_1.0 still exists");
    one(
        &d,
        "abi-version-node-added",
        None,
        Some("LIBX_2.0"),
        Severity::Info,
    );

    let d = run(&v2, &v1);
    expect(
        &d,
        &["abi-symbol-version-removed", "abi-version-node-removed"],
        Verdict::Major,
    );
    let f = one(
        &d,
        "abi-symbol-version-removed",
        Some("foo"),
        Some("LIBX_2.0"),
        Severity::Breaking,
    );
    assert_eq!(values(f), (Some("foo@@LIBX_2.0"), Some("foo@@LIBX_1.0")));
    assert_eq!(f.group.as_deref(), Some("version-node:LIBX_2.0"));
    let node = one(
        &d,
        "abi-version-node-removed",
        None,
        Some("LIBX_2.0"),
        Severity::Breaking,
    );
    assert_eq!(node.subject.symbols, ["foo"]);

    // Dropping a hidden compatibility version breaks old binaries too.
    let compat = lib(
        &fx,
        "compat",
        "int foo_v1(void) { return 1; }\nint foo_v2(void) { return 2; }\nint bar(void) { return 3; }\n\
         __asm__(\".symver foo_v1, foo@LIBX_1.0\");\n__asm__(\".symver foo_v2, foo@@LIBX_2.0\");\n",
        Some("LIBX_1.0 { global: foo; bar; local: *; };\nLIBX_2.0 { global: foo; } LIBX_1.0;"),
    );
    let d = run(&compat, &v2);
    expect(&d, &["abi-symbol-version-removed"], Verdict::Major);
    let f = one(
        &d,
        "abi-symbol-version-removed",
        Some("foo"),
        Some("LIBX_1.0"),
        Severity::Breaking,
    );
    assert_eq!(values(f), (Some("foo@LIBX_1.0"), Some("foo@@LIBX_2.0")));
    // Adding the alias back is compatible (and not even reported).
    expect(&run(&v2, &compat), &[], Verdict::None);
}

#[test]
fn default_version_changed_is_not_breaking() {
    let fx = Fixture::new();
    // foo@@LIBX_1.0 -> foo@LIBX_1.0 (hidden compatibility alias) + foo@@LIBX_2.0.
    let v1 = lib(&fx, "v1", V1_SRC, Some(V1_SCRIPT));
    let v2 = lib(
        &fx,
        "v2",
        "int foo_v1(void) { return 1; }\nint foo_v2(void) { return 2; }\nint bar(void) { return 3; }\n\
         __asm__(\".symver foo_v1, foo@LIBX_1.0\");\n__asm__(\".symver foo_v2, foo@@LIBX_2.0\");\n",
        Some("LIBX_1.0 { global: foo; bar; local: *; };\nLIBX_2.0 { global: foo; } LIBX_1.0;"),
    );
    // The reader sees both definitions, the old one hidden.
    let foos: Vec<(Option<&str>, bool)> = v2
        .symbols
        .iter()
        .filter(|s| &*s.name == "foo")
        .map(|s| (s.version.as_deref(), s.hidden))
        .collect();
    assert_eq!(foos, [(Some("LIBX_1.0"), true), (Some("LIBX_2.0"), false)]);

    let d = run(&v1, &v2);
    expect(
        &d,
        &["abi-default-version-changed", "abi-version-node-added"],
        Verdict::Minor,
    );
    no_breaking(&d);
    let f = one(
        &d,
        "abi-default-version-changed",
        Some("foo"),
        Some("LIBX_1.0"),
        Severity::Info,
    );
    assert_eq!(values(f), (Some("foo@@LIBX_1.0"), Some("foo@@LIBX_2.0")));
    one(
        &d,
        "abi-version-node-added",
        None,
        Some("LIBX_2.0"),
        Severity::Info,
    );

    // Going back loses foo@LIBX_2.0, which binaries built against v2 bind.
    let d = run(&v2, &v1);
    expect(
        &d,
        &["abi-symbol-version-removed", "abi-version-node-removed"],
        Verdict::Major,
    );
    one(
        &d,
        "abi-symbol-version-removed",
        Some("foo"),
        Some("LIBX_2.0"),
        Severity::Breaking,
    );
    one(
        &d,
        "abi-version-node-removed",
        None,
        Some("LIBX_2.0"),
        Severity::Breaking,
    );
}

#[test]
fn symbol_default_removed() {
    let fx = Fixture::new();
    // foo@@LIBX_1.0 -> only foo@LIBX_1.0: old binaries bind it, new links cannot.
    let v1 = lib(&fx, "v1", V1_SRC, Some(V1_SCRIPT));
    let v2 = lib(
        &fx,
        "v2",
        "int foo_v1(void) { return 1; }\nint bar(void) { return 2; }\n__asm__(\".symver foo_v1, foo@LIBX_1.0\");\n",
        Some(V1_SCRIPT),
    );
    let foo = v2
        .symbols
        .iter()
        .find(|s| &*s.name == "foo")
        .expect("foo is exported");
    assert!(foo.hidden, "foo must be a hidden version: {foo:?}");

    let d = run(&v1, &v2);
    // Severity warning (existing binaries keep working) but a major bump:
    // the symbol is gone from the interface new programs can link.
    expect(&d, &["abi-symbol-default-removed"], Verdict::Major);
    let f = one(
        &d,
        "abi-symbol-default-removed",
        Some("foo"),
        Some("LIBX_1.0"),
        Severity::Warning,
    );
    assert!(f.message.contains("foo@LIBX_1.0"), "{}", f.message);
    assert_eq!(bump_for("abi-symbol-default-removed"), Verdict::Major);

    // Making it linkable again breaks nothing.
    no_breaking(&run(&v2, &v1));
}

#[test]
fn unversioned_symbol_left_only_as_hidden_version_is_reported() {
    let fx = Fixture::new();
    let u = lib(&fx, "u", V1_SRC, None);
    // Hidden at the first version (index 2): ld.so still binds old unversioned
    // references to it, but new programs cannot link foo.
    let h2 = lib(
        &fx,
        "h2",
        "int foo_v1(void) { return 1; }\nint bar(void) { return 2; }\n__asm__(\".symver foo_v1, foo@LIBX_1.0\");\n",
        Some(V1_SCRIPT),
    );
    let d = run(&u, &h2);
    assert!(
        rules(&d).contains(&"abi-symbol-default-removed"),
        "{}",
        show(&d)
    );
    assert_eq!(d.verdict, Verdict::Major, "{}", show(&d));
    // Hidden at a later version (index >= 3): ld.so refuses to bind unversioned
    // references to it ("undefined symbol: foo"), so old binaries break.
    let h3 = lib(
        &fx,
        "h3",
        "int foo_v2(void) { return 1; }\nint bar(void) { return 2; }\n__asm__(\".symver foo_v2, foo@LIBX_2.0\");\n",
        Some("LIBX_1.0 { global: bar; local: *; };\nLIBX_2.0 { global: foo; } LIBX_1.0;"),
    );
    let d = run(&u, &h3);
    assert!(
        d.findings.iter().any(|f| f.severity == Severity::Breaking),
        "{}",
        show(&d)
    );
}

#[test]
fn adding_a_version_script_is_compatible() {
    let fx = Fixture::new();
    let u = lib(&fx, "u", V1_SRC, None);
    let v = lib(&fx, "v", V1_SRC, Some(V1_SCRIPT));
    // ld.so binds unversioned references to the symbol's only version.
    let d = run(&u, &v);
    expect(&d, &["abi-version-node-added"], Verdict::Minor);
    one(
        &d,
        "abi-version-node-added",
        None,
        Some("LIBX_1.0"),
        Severity::Info,
    );
    // Removing it breaks binaries that need LIBX_1.0.
    let d = run(&v, &u);
    assert!(
        rules(&d).contains(&"abi-version-node-removed"),
        "{}",
        show(&d)
    );
    assert_eq!(d.verdict, Verdict::Major);
}

#[test]
fn symbol_type_changed() {
    let fx = Fixture::new();
    let v1 = lib(
        &fx,
        "v1",
        "int foo(void) { return 1; }\nint state = 1;\n",
        None,
    );
    let v2 = lib(&fx, "v2", "int foo = 1;\n__thread int state = 1;\n", None);
    assert_eq!(
        v2.symbols
            .iter()
            .find(|s| &*s.name == "state")
            .map(|s| s.kind),
        Some(SymbolKind::Tls)
    );

    let d = run(&v1, &v2);
    expect(
        &d,
        &["abi-symbol-type-changed", "abi-symbol-type-changed"],
        Verdict::Major,
    );
    assert_eq!(
        values(one(
            &d,
            "abi-symbol-type-changed",
            Some("foo"),
            None,
            Severity::Breaking
        )),
        (Some("func"), Some("object"))
    );
    assert_eq!(
        values(one(
            &d,
            "abi-symbol-type-changed",
            Some("state"),
            None,
            Severity::Breaking
        )),
        (Some("object"), Some("tls"))
    );

    let d = run(&v2, &v1);
    expect(
        &d,
        &["abi-symbol-type-changed", "abi-symbol-type-changed"],
        Verdict::Major,
    );
    assert_eq!(
        values(one(
            &d,
            "abi-symbol-type-changed",
            Some("foo"),
            None,
            Severity::Breaking
        )),
        (Some("object"), Some("func"))
    );
    assert_eq!(
        values(one(
            &d,
            "abi-symbol-type-changed",
            Some("state"),
            None,
            Severity::Breaking
        )),
        (Some("tls"), Some("object"))
    );

    // A function that becomes an IFUNC is called the same way: not a change.
    let ifunc = lib(
        &fx,
        "ifunc",
        "static int foo_impl(void) { return 1; }\n\
         static int (*resolve_foo(void))(void) { return foo_impl; }\n\
         int foo(void) __attribute__((ifunc(\"resolve_foo\")));\nint state = 1;\n",
        None,
    );
    assert_eq!(
        ifunc
            .symbols
            .iter()
            .find(|s| &*s.name == "foo")
            .map(|s| s.kind),
        Some(SymbolKind::Ifunc)
    );
    expect(&run(&v1, &ifunc), &[], Verdict::None);
    expect(&run(&ifunc, &v1), &[], Verdict::None);
}

#[test]
fn symbol_type_changed_across_a_version_move() {
    // OpenSSL 1.1 to 3: `X_it` was a variable at OPENSSL_1_1_0 and is a
    // function at OPENSSL_3.0.0. Both the version and the kind are reported.
    let fx = Fixture::new();
    let v1 = lib(
        &fx,
        "v1",
        "int item = 1;\nint bar(void) { return 3; }\n",
        Some("LIBX_1.0 { global: item; bar; local: *; };"),
    );
    let v2 = lib(
        &fx,
        "v2",
        "int item(void) { return 1; }\nint bar(void) { return 3; }\n",
        Some("LIBX_1.0 { global: bar; local: *; };\nLIBX_2.0 { global: item; } LIBX_1.0;"),
    );
    let d = run(&v1, &v2);
    expect(
        &d,
        &[
            "abi-symbol-type-changed",
            "abi-symbol-version-removed",
            "abi-version-node-added",
        ],
        Verdict::Major,
    );
    let f = one(
        &d,
        "abi-symbol-type-changed",
        Some("item"),
        Some("LIBX_1.0"),
        Severity::Breaking,
    );
    assert_eq!(values(f), (Some("object"), Some("func")));

    // Same kind at the new version: only the move is reported.
    let v3 = lib(
        &fx,
        "v3",
        "int item = 2;\nint bar(void) { return 3; }\n",
        Some("LIBX_1.0 { global: bar; local: *; };\nLIBX_2.0 { global: item; } LIBX_1.0;"),
    );
    expect(
        &run(&v1, &v3),
        &["abi-symbol-version-removed", "abi-version-node-added"],
        Verdict::Major,
    );
}

#[test]
fn object_size_changed() {
    let fx = Fixture::new();
    let v1 = lib(
        &fx,
        "v1",
        "int table[4] = {1};\n__thread int tls_buf[2] = {1};\nint foo(void) { return 1; }\n",
        None,
    );
    let v2 = lib(
        &fx,
        "v2",
        "int table[8] = {1};\n__thread int tls_buf[4] = {1};\nint foo(void) { return table[0] + 41; }\n",
        None,
    );

    let d = run(&v1, &v2);
    expect(
        &d,
        &["abi-object-size-changed", "abi-object-size-changed"],
        Verdict::Major,
    );
    assert_eq!(
        values(one(
            &d,
            "abi-object-size-changed",
            Some("table"),
            None,
            Severity::Breaking
        )),
        (Some("16"), Some("32"))
    );
    assert_eq!(
        values(one(
            &d,
            "abi-object-size-changed",
            Some("tls_buf"),
            None,
            Severity::Breaking
        )),
        (Some("8"), Some("16"))
    );

    // Shrinking breaks as well.
    let d = run(&v2, &v1);
    expect(
        &d,
        &["abi-object-size-changed", "abi-object-size-changed"],
        Verdict::Major,
    );
    assert_eq!(
        values(one(
            &d,
            "abi-object-size-changed",
            Some("table"),
            None,
            Severity::Breaking
        )),
        (Some("32"), Some("16"))
    );
    assert_eq!(
        values(one(
            &d,
            "abi-object-size-changed",
            Some("tls_buf"),
            None,
            Severity::Breaking
        )),
        (Some("16"), Some("8"))
    );
}

#[test]
fn symbol_binding_weakened() {
    let fx = Fixture::new();
    let v1 = lib(&fx, "v1", V1_SRC, Some(V1_SCRIPT));
    let v2 = lib(
        &fx,
        "v2",
        &format!("__attribute__((weak)) {V1_SRC}"),
        Some(V1_SCRIPT),
    );

    let d = run(&v1, &v2);
    expect(&d, &["abi-symbol-binding-weakened"], Verdict::Patch);
    let f = one(
        &d,
        "abi-symbol-binding-weakened",
        Some("foo"),
        Some("LIBX_1.0"),
        Severity::Warning,
    );
    assert_eq!(values(f), (Some("global"), Some("weak")));

    // Weak -> global is compatible and not reported.
    expect(&run(&v2, &v1), &[], Verdict::None);
}

#[test]
fn symbol_visibility_protected() {
    let fx = Fixture::new();
    let v1 = lib(&fx, "v1", V1_SRC, Some(V1_SCRIPT));
    let v2 = lib(
        &fx,
        "v2",
        &format!("__attribute__((visibility(\"protected\"))) {V1_SRC}"),
        Some(V1_SCRIPT),
    );

    let d = run(&v1, &v2);
    expect(&d, &["abi-symbol-visibility-protected"], Verdict::Patch);
    let f = one(
        &d,
        "abi-symbol-visibility-protected",
        Some("foo"),
        Some("LIBX_1.0"),
        Severity::Warning,
    );
    assert_eq!(values(f), (Some("default"), Some("protected")));

    expect(&run(&v2, &v1), &[], Verdict::None);
}

#[test]
fn symbol_hidden() {
    let fx = Fixture::new();
    let v1 = lib(&fx, "v1", V1_SRC, Some(V1_SCRIPT));
    // GNU ld never puts a hidden or internal symbol in .dynsym: with a real
    // library, hiding a symbol shows up as its removal.
    let real = lib(
        &fx,
        "v2",
        &format!("__attribute__((visibility(\"hidden\"))) {V1_SRC}"),
        Some(V1_SCRIPT),
    );
    assert!(
        real.symbols.iter().all(|s| &*s.name != "foo"),
        "ld dropped the hidden symbol"
    );
    let d = run(&v1, &real);
    expect(&d, &["abi-symbol-removed"], Verdict::Major);
    one(
        &d,
        "abi-symbol-removed",
        Some("foo"),
        Some("LIBX_1.0"),
        Severity::Breaking,
    );

    // So the rule (for other linkers, or hand-made files) is tested on an ABI
    // read from the real library and edited.
    for (vis, name) in [
        (Visibility::Hidden, "hidden"),
        (Visibility::Internal, "internal"),
    ] {
        let mut edited = v1.clone();
        edited
            .symbols
            .iter_mut()
            .find(|s| &*s.name == "foo")
            .expect("foo")
            .visibility = vis;
        assert_clean(&edited);
        let d = run(&v1, &edited);
        expect(&d, &["abi-symbol-hidden"], Verdict::Major);
        let f = one(
            &d,
            "abi-symbol-hidden",
            Some("foo"),
            Some("LIBX_1.0"),
            Severity::Breaking,
        );
        assert_eq!(values(f), (Some("default"), Some(name)));
        // Un-hiding is compatible.
        expect(&run(&edited, &v1), &[], Verdict::None);
    }
    // Protected -> hidden is hidden too.
    let protected = lib(
        &fx,
        "p",
        &format!("__attribute__((visibility(\"protected\"))) {V1_SRC}"),
        Some(V1_SCRIPT),
    );
    let mut edited = protected.clone();
    edited
        .symbols
        .iter_mut()
        .find(|s| &*s.name == "foo")
        .expect("foo")
        .visibility = Visibility::Hidden;
    let d = run(&protected, &edited);
    expect(&d, &["abi-symbol-hidden"], Verdict::Major);
    assert_eq!(values(&d.findings[0]), (Some("protected"), Some("hidden")));
}

#[test]
fn symbol_binding_local() {
    let fx = Fixture::new();
    let v1 = lib(&fx, "v1", V1_SRC, Some(V1_SCRIPT));
    // GNU ld never exports a STB_LOCAL definition in .dynsym (a symbol made
    // local by a version script or `static` just disappears), so the rule is
    // tested on an ABI read from the real library and edited.
    let mut edited = v1.clone();
    edited
        .symbols
        .iter_mut()
        .find(|s| &*s.name == "bar")
        .expect("bar")
        .binding = SymbolBinding::Local;
    assert_clean(&edited);

    let d = run(&v1, &edited);
    expect(&d, &["abi-symbol-binding-local"], Verdict::Major);
    let f = one(
        &d,
        "abi-symbol-binding-local",
        Some("bar"),
        Some("LIBX_1.0"),
        Severity::Breaking,
    );
    assert_eq!(values(f), (Some("global"), Some("local")));

    // Weak -> local is reported too.
    let weak = lib(
        &fx,
        "weak",
        &format!("__attribute__((weak)) {V1_SRC}"),
        Some(V1_SCRIPT),
    );
    let mut edited_weak = weak.clone();
    edited_weak
        .symbols
        .iter_mut()
        .find(|s| &*s.name == "foo")
        .expect("foo")
        .binding = SymbolBinding::Local;
    let d = run(&weak, &edited_weak);
    expect(&d, &["abi-symbol-binding-local"], Verdict::Major);
    assert_eq!(values(&d.findings[0]), (Some("weak"), Some("local")));

    // Local -> global is not a break.
    expect(&run(&edited, &v1), &[], Verdict::None);

    // What a real library does when a symbol is localised: it is removed.
    let real = lib(
        &fx,
        "v2",
        V1_SRC,
        Some("LIBX_1.0 { global: foo; local: *; };"),
    );
    let d = run(&v1, &real);
    expect(&d, &["abi-symbol-removed"], Verdict::Major);
}

#[test]
fn needed_and_version_needs() {
    let fx = Fixture::new();
    let dep = fx
        .lib("libdep.so.1")
        .source("int dep_a(void) { return 1; }\nint dep_b(void) { return 2; }\n")
        .version_script(
            "DEP_1.0 { global: dep_a; local: *; };\nDEP_2.0 { global: dep_b; } DEP_1.0;",
        )
        .soname("libdep.so.1")
        .build();
    let with_dep = |name: &str, src: &str| {
        load(
            &fx.lib(&format!("libx-{name}.so"))
                .source(src)
                .soname("libx.so.1")
                .version_script(V1_SCRIPT)
                .link(&dep)
                .build(),
        )
    };
    let v1 = lib(&fx, "v1", V1_SRC, Some(V1_SCRIPT));
    let v2 = with_dep(
        "v2",
        "int dep_a(void);\nint foo(void) { return dep_a() + 1; }\nint bar(void) { return 2; }\n",
    );
    let v3 = with_dep(
        "v3",
        "int dep_a(void);\nint dep_b(void);\nint foo(void) { return dep_a() + 1; }\nint bar(void) { return dep_b(); }\n",
    );
    assert!(
        v2.needed.iter().any(|n| n == "libdep.so.1"),
        "NEEDED is the SONAME: {:?}",
        v2.needed
    );

    // A new dependency, and the version it needs.
    let d = run(&v1, &v2);
    expect(
        &d,
        &["abi-needed-added", "abi-version-need-added"],
        Verdict::Patch,
    );
    let f = one(&d, "abi-needed-added", None, None, Severity::Info);
    assert_eq!(f.subject.library.as_deref(), Some("libdep.so.1"));
    let f = one(
        &d,
        "abi-version-need-added",
        None,
        Some("DEP_1.0"),
        Severity::Warning,
    );
    assert_eq!(f.subject.library.as_deref(), Some("libdep.so.1"));
    assert_eq!(f.subject.symbols, ["dep_a"]);

    let d = run(&v2, &v1);
    expect(&d, &["abi-needed-removed"], Verdict::Patch);
    let f = one(&d, "abi-needed-removed", None, None, Severity::Info);
    assert_eq!(f.subject.library.as_deref(), Some("libdep.so.1"));

    // A newer version of an existing dependency.
    let d = run(&v2, &v3);
    expect(&d, &["abi-version-need-added"], Verdict::Patch);
    let f = one(
        &d,
        "abi-version-need-added",
        None,
        Some("DEP_2.0"),
        Severity::Warning,
    );
    assert_eq!(f.subject.library.as_deref(), Some("libdep.so.1"));
    assert_eq!(f.subject.symbols, ["dep_b"]);
    assert!(
        f.message.contains("version `DEP_2.0' not found"),
        "{}",
        f.message
    );

    // Needing less is compatible and not reported.
    expect(&run(&v3, &v2), &[], Verdict::None);
}

#[test]
fn architecture_changed() {
    let cross = "aarch64-linux-gnu-gcc";
    if !have(cross) {
        #[allow(clippy::print_stderr)]
        {
            eprintln!(
                "skipping architecture_changed: {cross} is not installed (apt-get install gcc-aarch64-linux-gnu)"
            );
        }
        return;
    }
    let fx = Fixture::new();
    let build = |name: &str, cc: &str| {
        load(
            &fx.lib(name)
                .source(V1_SRC)
                .version_script(V1_SCRIPT)
                .soname("libx.so.1")
                .cc(cc)
                .build(),
        )
    };
    let host = build("libx-host.so", "gcc");
    let arm = build("libx-arm.so", cross);
    assert_eq!(arm.machine, "aarch64");
    if host.e_machine == arm.e_machine {
        #[allow(clippy::print_stderr)]
        {
            eprintln!("skipping architecture_changed: the host is aarch64 already");
        }
        return;
    }
    let h = format!("{:?} {:?} {}", host.class, host.endian, host.machine).to_lowercase();

    let d = run(&host, &arm);
    let f = one(
        &d,
        "abi-architecture-changed",
        None,
        None,
        Severity::Breaking,
    );
    assert_eq!(values(f), (Some(h.as_str()), Some("elf64 little aarch64")));
    assert_eq!(d.verdict, Verdict::Major);
    // The exported interface is the same; only the libc versions the start
    // files need may differ between architectures.
    for f in &d.findings {
        assert!(
            f.rule == "abi-architecture-changed"
                || f.subject.library.as_deref() == Some("libc.so.6"),
            "unexpected finding:\n{}",
            show(&d)
        );
    }

    let d = run(&arm, &host);
    let f = one(
        &d,
        "abi-architecture-changed",
        None,
        None,
        Severity::Breaking,
    );
    assert_eq!(values(f), (Some("elf64 little aarch64"), Some(h.as_str())));
    assert_eq!(d.verdict, Verdict::Major);
}

// ---------------------------------------------------------------- verdicts

#[test]
fn semver_verdicts() {
    let fx = Fixture::new();
    let base = lib(&fx, "base", V1_SRC, Some(V1_SCRIPT));
    // Only code changed (function sizes too): nothing to report.
    let patched = lib(
        &fx,
        "patched",
        "static int helper(int x) { return x * 3 + 1; }\nint foo(void) { return helper(7); }\nint bar(void) { return helper(9) - 4; }\n",
        Some(V1_SCRIPT),
    );
    let added = lib(
        &fx,
        "added",
        &format!("{V1_SRC}int baz(void) {{ return 3; }}\n"),
        Some("LIBX_1.0 { global: foo; bar; baz; local: *; };"),
    );
    let weakened = lib(
        &fx,
        "weak",
        &format!("__attribute__((weak)) {V1_SRC}"),
        Some(V1_SCRIPT),
    );
    let removed = lib(
        &fx,
        "removed",
        "int foo(void) { return 1; }\n",
        Some(V1_SCRIPT.replace(" bar;", "").as_str()),
    );
    // Added and removed at once: the largest bump wins.
    let both = lib(
        &fx,
        "both",
        "int foo(void) { return 1; }\nint baz(void) { return 3; }\n",
        Some("LIBX_1.0 { global: foo; baz; local: *; };"),
    );

    let cases: [(&ElfAbi, Verdict); 5] = [
        (&patched, Verdict::None),
        (&weakened, Verdict::Patch),
        (&added, Verdict::Minor),
        (&removed, Verdict::Major),
        (&both, Verdict::Major),
    ];
    for (new, want) in cases {
        let d = run(&base, new);
        assert_eq!(d.verdict, want, "base -> {}:\n{}", new.file, show(&d));
        let max = d
            .findings
            .iter()
            .map(|f| bump_for(&f.rule))
            .max()
            .unwrap_or(Verdict::None);
        assert_eq!(
            d.verdict, max,
            "the verdict is the largest bump of the findings"
        );
    }
    expect(&run(&base, &patched), &[], Verdict::None);
    expect(
        &run(&base, &both),
        &["abi-symbol-added", "abi-symbol-removed"],
        Verdict::Major,
    );
}

#[test]
fn breaking_rules_call_for_a_major_bump() {
    for r in RULES.iter().filter(|r| r.id.starts_with("abi-")) {
        let bump = bump_for(r.id);
        if r.severity == Severity::Breaking {
            assert_eq!(bump, Verdict::Major, "{} is breaking", r.id);
        } else {
            assert_ne!(
                bump,
                Verdict::None,
                "{} is reported, so it needs at least a patch",
                r.id
            );
        }
    }
}

#[test]
fn every_abi_rule_is_covered() {
    let mut catalog: Vec<&str> = RULES
        .iter()
        .map(|r| r.id)
        .filter(|id| id.starts_with("abi-"))
        .collect();
    catalog.sort_unstable();
    let mut covered = COVERED.to_vec();
    covered.extend_from_slice(COVERED_BY_COMPAT_DWARF);
    covered.sort_unstable();
    covered.dedup();
    assert_eq!(
        covered.len(),
        COVERED.len() + COVERED_BY_COMPAT_DWARF.len(),
        "COVERED has duplicates"
    );
    assert_eq!(
        covered, catalog,
        "every abi-* rule of the catalog needs a test in tests/rules.rs (and COVERED lists only catalog rules)"
    );
    // Each covered rule is named in a test body of this file.
    let this = include_str!("rules.rs");
    let (_, tests) = this
        .split_once("// ---------------------------------------------------------------- rules")
        .expect("marker");
    for id in COVERED {
        assert!(tests.contains(&format!("\"{id}\"")), "no test asserts {id}");
    }
}

// ---------------------------------------------------------------- dumps

/// A library with a bit of everything a dump holds.
fn rich(fx: &Fixture, name: &str) -> std::path::PathBuf {
    let dep = fx
        .lib("libdep.so.1")
        .source("int dep_a(void) { return 1; }\n")
        .version_script("DEP_1.0 { global: dep_a; local: *; };")
        .soname("libdep.so.1")
        .build();
    fx.lib(name)
        .source(
            "int dep_a(void);\n\
             int foo_v1(void) { return 1; }\nint foo_v2(void) { return dep_a(); }\n\
             __asm__(\".symver foo_v1, foo@LIBX_1.0\");\n__asm__(\".symver foo_v2, foo@@LIBX_2.0\");\n\
             int table[4] = {1};\n__thread int tls_state = 1;\n\
             __attribute__((weak)) int weak_fn(void) { return 2; }\n\
             __attribute__((visibility(\"protected\"))) int prot_fn(void) { return 3; }\n\
             int (*hook)(void) = weak_fn;\n",
        )
        .version_script(
            "LIBX_1.0 { global: foo; table; tls_state; weak_fn; prot_fn; hook; local: *; };\nLIBX_2.0 { global: foo; } LIBX_1.0;",
        )
        .soname("libx.so.1")
        .link(dep)
        .runpath("$ORIGIN/../lib")
        .build()
}

#[test]
fn dump_round_trip() {
    let fx = Fixture::new();
    let so = rich(&fx, "libx.so.1");
    let abi = load(&so);
    assert!(!abi.symbols.is_empty() && !abi.version_needs.is_empty() && !abi.runpath.is_empty());

    let json = abi.to_dump_json();
    let dump = fx.write("libx.json", &json);
    let back = load(&dump);
    assert_eq!(back.to_dump_json(), json, "a dump reloads to the same dump");

    // Equal to the original except the fields dumps skip (`#[serde(skip)]`).
    // A new skipped field must be added here: it is lost when a dump stands
    // in for the binary, so check that no consumer of dumps needs it.
    let mut stripped = abi.clone();
    stripped.has_versym = false;
    stripped.is_dynamic = false;
    for v in &mut stripped.version_definitions {
        v.hash = 0;
    }
    for n in &mut stripped.version_needs {
        for v in &mut n.versions {
            v.hash = 0;
        }
    }
    for s in &mut stripped.symbols {
        s.version_index = 0;
        s.value_is_zero = false;
        s.copy_relocated = false;
    }
    for u in &mut stripped.undefined {
        u.version_hidden = false;
        u.version_hash = 0;
    }
    assert_eq!(back, stripped);
}

#[test]
fn dumps_are_deterministic() {
    let fx = Fixture::new();
    let so = rich(&fx, "libx.so.1");
    let a = load(&so).to_dump_json();
    let b = load(&so).to_dump_json();
    assert_eq!(a, b, "two dumps of one file");
    // The same sources built in another directory dump the same.
    let fx2 = Fixture::new();
    let c = load(&rich(&fx2, "libx.so.1")).to_dump_json();
    assert_eq!(a, c, "dumps do not depend on where the file was built");
    assert!(
        !a.contains(&fx.path().display().to_string()),
        "no temporary path in the dump"
    );
    assert!(a.ends_with("}\n"));
}

#[test]
fn a_dump_stands_in_for_its_binary() {
    let fx = Fixture::new();
    let v1 = lib(
        &fx,
        "v1",
        "int foo(void) { return 1; }\nint bar(void) { return 2; }\nint gone(void) { return 3; }\n\
         int table[4] = {1};\nint shape = 1;\n",
        Some("LIBX_1.0 { global: foo; bar; gone; table; shape; local: *; };"),
    );
    let v2 = lib(
        &fx,
        "v2",
        "int foo_v1(void) { return 1; }\nint foo_v2(void) { return 2; }\n\
         __asm__(\".symver foo_v1, foo@LIBX_1.0\");\n__asm__(\".symver foo_v2, foo@@LIBX_2.0\");\n\
         __attribute__((weak)) int bar(void) { return 2; }\nint table[8] = {1};\n\
         int shape(void) { return 1; }\nint fresh(void) { return 4; }\n",
        Some("LIBX_1.0 { global: foo; bar; table; shape; local: *; };\nLIBX_2.0 { global: foo; fresh; } LIBX_1.0;"),
    );
    let by_elf = run(&v1, &v2);
    assert!(
        by_elf.findings.len() >= 6,
        "a diff with many findings:\n{}",
        show(&by_elf)
    );

    let d1 = load(&fx.write("v1.json", v1.to_dump_json()));
    let d2 = load(&fx.write("v2.json", v2.to_dump_json()));
    for (old, new, what) in [
        (&d1, &v2, "dump vs ELF"),
        (&v1, &d2, "ELF vs dump"),
        (&d1, &d2, "dump vs dump"),
    ] {
        let d = run(old, new);
        assert_eq!(
            d.findings,
            by_elf.findings,
            "{what}:\n{}\nvs ELF vs ELF:\n{}",
            show(&d),
            show(&by_elf)
        );
        assert_eq!(d.verdict, by_elf.verdict, "{what}");
    }
}
