//! Equivalent is not changed: spellings of one representation give no
//! finding (or info), same-layout changes of meaning are warnings, and the
//! real break next to each is still breaking. The broad set of v1/v2 pairs
//! with their reasons is `tests/pairs/`; these are the rules one by one.

mod common;

use common::{build, diff_cxx, diff_src, only, rules};
use compat_dwarf::diff;
use compat_report::Severity::{Breaking, Info, Warning};
use compat_testkit::Fixture;

#[test]
fn typedefs_of_the_same_type_at_any_depth_are_the_same_type() {
    let old = "struct s { int *p[4]; const volatile int **q; int m[2][3]; };
int f(struct s x, int **pp, const int *c) { return x.m[0][0] + **pp + *c; }";
    let new = "typedef int I; typedef I J; typedef const J CJ;
struct s { J *p[4]; volatile CJ **q; I m[2][3]; };
int f(struct s x, J **pp, CJ *c) { return x.m[0][0] + **pp + *c; }";
    assert_eq!(diff_src(old, new), vec![]);
    assert_eq!(diff_src(new, old), vec![]);
    // ... but a typedef of another size is a break.
    let wide = "typedef long I; struct s { I *p[4]; const volatile int **q; I m[2][3]; };
int f(struct s x, I **pp, const int *c) { return (int)(x.m[0][0] + **pp + *c); }";
    let fs = diff_src(old, wide);
    assert!(
        rules(&fs).contains(&("abi-member-type-changed".into(), Breaking)),
        "{fs:#?}"
    );
}

#[test]
fn qualifier_order_does_not_matter() {
    let old = "struct s { const volatile int a; }; int f(struct s x) { return x.a; }";
    let new = "struct s { volatile const int a; }; int f(struct s x) { return x.a; }";
    assert_eq!(diff_src(old, new), vec![]);
}

#[test]
fn enum_and_its_underlying_integer_are_one_representation() {
    let old =
        "enum e { A, B }; struct s { enum e k; }; int f(struct s x, enum e y) { return x.k + y; }";
    let new = "struct s { unsigned int k; }; int f(struct s x, unsigned int y) { return (int)(x.k + y); }";
    let fs = diff_src(old, new);
    assert!(
        !fs.is_empty() && fs.iter().all(|f| f.severity == Info),
        "{fs:#?}"
    );
    let fs = diff_src(new, old);
    assert!(
        !fs.is_empty() && fs.iter().all(|f| f.severity == Info),
        "{fs:#?}"
    );
    // An integer of another size is not.
    let long = "struct s { long k; }; int f(struct s x, long y) { return (int)(x.k + y); }";
    let fs = diff_src(old, long);
    assert!(
        fs.iter().filter(|f| f.severity == Breaking).count() >= 2,
        "{fs:#?}"
    );
}

#[test]
fn by_value_struct_renamed_with_the_same_layout_is_info() {
    let old = "struct point { int x, y; }; int f(struct point p) { return p.x; }";
    let new = "struct vec2 { int x, y; }; int f(struct vec2 p) { return p.x; }";
    let f = only(&diff_src(old, new), "abi-param-type-changed", Info);
    assert!(f.message.contains("same size, layout"), "{}", f.message);
    // Same size, other layout (int, float are passed in other registers).
    let other = "struct vec2 { int x; float y; }; int f(struct vec2 p) { return p.x; }";
    only(&diff_src(old, other), "abi-param-type-changed", Breaking);
    // C++ classes too.
    let old = "struct P { int x, y; }; int f(P p) { return p.x; }";
    let new = "struct Q { int x, y; }; int f(Q p) { return p.x; }";
    // The mangled name changes with the parameter type: a different symbol,
    // so there is nothing to compare at the type level.
    assert_eq!(diff_cxx(old, new), vec![]);
}

/// Builds a library whose only debug information for `table` is the
/// declaration `decl` (the definition is compiled without `-g`, as when it
/// lives in generated or assembler sources).
fn declared_only(fx: &Fixture, decl: &str, def: &str) -> compat_dwarf::TypeInfo {
    let def_c = fx.write("def.c", def);
    let def_o = fx.join("def.o");
    let st = std::process::Command::new("gcc")
        .args(["-c", "-fPIC", "-O2", "-o"])
        .arg(&def_o)
        .arg(&def_c)
        .status()
        .unwrap();
    assert!(st.success());
    let src = format!("{decl}\nint get(int i) {{ return table[i]; }}\n");
    common::read(&build(fx, "libx.so", &src, &[def_o.to_str().unwrap()]))
}

#[test]
fn array_bound_of_a_variable_stated_or_omitted_is_info() {
    let (a, b, c) = (Fixture::new(), Fixture::new(), Fixture::new());
    let unbounded = declared_only(&a, "extern int table[];", "int table[8];");
    let bounded = declared_only(&b, "extern int table[8];", "int table[8];");
    assert_eq!(unbounded.variables["table"].ty, "int[]");
    assert_eq!(bounded.variables["table"].ty, "int[8]");
    let f = only(
        &diff(&unbounded, &bounded, ("old", "new")),
        "abi-variable-type-changed",
        Info,
    );
    assert!(
        f.message.contains("abi-object-size-changed"),
        "{}",
        f.message
    );
    only(
        &diff(&bounded, &unbounded, ("old", "new")),
        "abi-variable-type-changed",
        Info,
    );
    // Another bound is another size: breaking.
    let other = declared_only(&c, "extern int table[16];", "int table[16];");
    only(
        &diff(&bounded, &other, ("old", "new")),
        "abi-variable-type-changed",
        Breaking,
    );
}

#[test]
fn reserved_member_replaced_in_place_is_info() {
    let old = "struct s { int a; int reserved; long b; }; int f(struct s x) { return x.a; }";
    let new = "struct s { int a; unsigned flags; long b; }; int f(struct s x) { return x.a; }";
    let f = only(&diff_src(old, new), "abi-member-removed", Info);
    assert!(
        f.message.contains("replaced in place by flags"),
        "{}",
        f.message
    );
    // An array of reserved bytes split into members that fill it.
    let old = "struct s { int a; char reserved[8]; long b; }; int f(struct s x) { return x.a; }";
    let new =
        "struct s { int a; int x; short y; char z[2]; long b; }; int f(struct s x) { return x.a; }";
    let f = only(&diff_src(old, new), "abi-member-removed", Info);
    assert!(f.message.contains("x, y, z"), "{}", f.message);
    // A named member renamed in place with its type: the bytes are the same
    // (only the source changed); another type of the same size is a warning.
    let old = "struct s { int a; int count; }; int f(struct s x) { return x.a; }";
    let new = "struct s { int a; int flags; }; int f(struct s x) { return x.a; }";
    only(&diff_src(old, new), "abi-member-removed", Info);
    let other = "struct s { int a; float ratio; }; int f(struct s x) { return x.a; }";
    only(&diff_src(old, other), "abi-member-removed", Warning);
    // A bigger replacement moves what follows: breaking.
    let old = "struct s { int a; int reserved; long b; }; int f(struct s x) { return x.a; }";
    let new = "struct s { int a; long flags; long b; }; int f(struct s x) { return x.a; }";
    let fs = diff_src(old, new);
    assert!(
        rules(&fs).contains(&("abi-member-offset-changed".into(), Breaking)),
        "{fs:#?}"
    );
}

/// Members matched by their bytes before their names: scalars merged into an
/// array of their type at their bytes (and the reverse) keep every byte; the
/// names decide whether it is only a rename (info) or a new meaning
/// (warning); another element type is a break.
#[test]
fn scalars_merged_into_an_array_of_their_type() {
    let old = "struct s { int n; long v1, v2, v3; }; int f(struct s x) { return x.n; }";
    let new = "struct s { int n; long v[3]; }; int f(struct s x) { return x.n; }";
    let f = only(&diff_src(old, new), "abi-member-removed", Info);
    assert!(
        f.message
            .contains("v1, v2, v3 of struct s were merged into the array v"),
        "{}",
        f.message
    );
    let f = only(&diff_src(new, old), "abi-member-removed", Info);
    assert!(f.message.contains("split into v1, v2, v3"), "{}", f.message);
    // Names that are not the array's elements in order: the same bytes,
    // maybe another meaning.
    let xyz = "struct s { int n; long x, y, z; }; int f(struct s x) { return x.n; }";
    only(&diff_src(xyz, new), "abi-member-removed", Warning);
    only(&diff_src(new, xyz), "abi-member-removed", Warning);
    let swapped = "struct s { int n; long v2, v1, v3; }; int f(struct s x) { return x.n; }";
    only(&diff_src(swapped, new), "abi-member-removed", Warning);
    // Doubles at the same bytes are not the longs they replace.
    let doubles = "struct s { int n; double v[3]; }; int f(struct s x) { return x.n; }";
    let fs = diff_src(old, doubles);
    assert!(
        rules(&fs).contains(&("abi-member-removed".into(), Breaking)),
        "{fs:#?}"
    );
    // One member short of the array: the array's last element covers bytes
    // no old member had, and the size grows.
    let two = "struct s { int n; long v1, v2; }; int f(struct s x) { return x.n; }";
    let fs = diff_src(two, new);
    assert!(rules(&fs).iter().any(|(_, s)| *s == Breaking), "{fs:#?}");
}

/// A member renamed in place whose old name went to a new member of another
/// type elsewhere: matched by place and type when the names are related (the
/// rename is info, the new member added); with unrelated names the names
/// decide (a member inserted before a retyped one is as likely).
#[test]
fn member_renamed_in_place_with_its_name_reused() {
    let old = "struct s { short domain; char bus; long data; int irq; }; int get(struct s *out) { out->irq = 1; return 0; }";
    let new = "struct s { short domain_16; char bus; long data; int irq; int domain; }; int get(struct s *out) { out->irq = 1; return 0; }";
    let fs = diff_src(old, new);
    assert_eq!(
        rules(&fs),
        [
            ("abi-member-removed".into(), Info),
            ("abi-member-added".into(), Info)
        ],
        "{fs:#?}"
    );
    assert!(
        fs[0].message.contains("renamed domain_16 in place"),
        "{}",
        fs[0].message
    );
    assert!(fs[1].message.contains("domain"), "{}", fs[1].message);
    let unrelated = "struct s { short segment; char bus; long data; int irq; int domain; }; int get(struct s *out) { out->irq = 1; return 0; }";
    let fs = diff_src(old, unrelated);
    assert!(
        rules(&fs).contains(&("abi-member-type-changed".into(), Breaking)),
        "{fs:#?}"
    );
    // Without a member of the old type at the old place, the name decides:
    // retyped and moved.
    let moved = "struct s { int domain_32; char bus; long data; int irq; int domain; }; int get(struct s *out) { out->irq = 1; return 0; }";
    let fs = diff_src(old, moved);
    assert!(rules(&fs).iter().any(|(_, s)| *s == Breaking), "{fs:#?}");
}

#[test]
fn qualifier_and_signedness_changes_of_members_are_warnings() {
    let old = "struct s { volatile int v[4]; int n; }; int f(struct s x) { return x.n; }";
    let new = "struct s { int v[4]; unsigned int n; }; int f(struct s x) { return (int)x.n; }";
    let fs = diff_src(old, new);
    assert_eq!(
        rules(&fs),
        [
            ("abi-member-type-changed".into(), Warning),
            ("abi-member-type-changed".into(), Warning)
        ],
        "{fs:#?}"
    );
    assert!(fs[0].message.contains("qualifiers"), "{}", fs[0].message);
    assert!(fs[1].message.contains("signedness"), "{}", fs[1].message);
    // Signedness with another size is a break.
    let wide =
        "struct s { volatile int v[4]; unsigned long n; }; int f(struct s x) { return (int)x.n; }";
    let fs = diff_src(old, wide);
    assert!(
        rules(&fs).contains(&("abi-member-type-changed".into(), Breaking)),
        "{fs:#?}"
    );
}

#[test]
fn multi_dimensional_arrays_print_in_declaration_order() {
    let old = "struct s { int m[2][5]; }; int f(struct s x) { return x.m[0][0]; }";
    let new = "struct s { int m[5][2]; }; int f(struct s x) { return x.m[0][0]; }";
    let f = only(&diff_src(old, new), "abi-member-type-changed", Breaking);
    assert!(
        f.message.contains("from int[2][5] to int[5][2]"),
        "{}",
        f.message
    );
}

#[test]
fn moved_member_is_reported_as_moved_even_when_respelled() {
    let old = "struct s { int a; int b; }; int f(struct s x) { return x.a; }";
    let new = "typedef int I; struct s { int a; int c; I b; }; int f(struct s x) { return x.a; }";
    let f = only(&diff_src(old, new), "abi-member-offset-changed", Breaking);
    assert!(
        f.message
            .contains("member b of struct s moved from byte 4 to byte 8"),
        "{}",
        f.message
    );
    // A real type change and a move: both.
    let new = "struct s { int a; int c; float b; }; int f(struct s x) { return x.a; }";
    let fs = diff_src(old, new);
    assert_eq!(
        rules(&fs),
        [
            ("abi-member-type-changed".into(), Breaking),
            ("abi-member-offset-changed".into(), Breaking)
        ],
        "{fs:#?}"
    );
}

#[test]
fn old_against_old_finds_nothing() {
    for src in [
        "typedef int I; struct s { volatile I v[2][3]; char reserved[4]; }; int f(struct s x) { return x.v[0][0]; }",
        "enum e { A = -1, B }; int f(enum e x) { return x; }",
    ] {
        assert_eq!(diff_src(src, src), vec![]);
    }
}
