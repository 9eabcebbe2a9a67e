//! One test per diff rule, in both directions, on libraries built with gcc.

mod common;

use common::{diff_cxx, diff_src, diff_with_header, only, rules};
use compat_report::Severity::{Breaking, Info, Warning};

#[test]
fn param_added_and_removed() {
    let old = "int f(int a) { return a; }";
    let new = "int f(int a, int b) { return a + b; }";
    let f = only(&diff_src(old, new), "abi-param-added", Breaking);
    assert_eq!(f.subject.symbol.as_deref(), Some("f"));
    assert!(
        f.message.starts_with(
            "f now takes 2 parameters instead of 1 (added parameter 2 (b)); existing callers do not pass it "
        ),
        "{}",
        f.message
    );
    let f = only(&diff_src(new, old), "abi-param-removed", Breaking);
    assert!(
        f.message.starts_with(
            "f now takes 1 parameter instead of 2 (removed parameter 2 (b)); existing callers still pass it"
        ),
        "{}",
        f.message
    );
    let three = "int f(int a, int b, int c) { return a + b + c; }";
    let f = only(&diff_src(old, three), "abi-param-added", Breaking);
    assert!(
        f.message.contains(
            "(added parameter 2 (b), parameter 3 (c)); existing callers do not pass them "
        ),
        "{}",
        f.message
    );
}

/// A callback whose type gains trailing parameters: old callbacks still
/// work (info), and the message counts what it gained.
#[test]
fn callback_gaining_trailing_parameters_is_info() {
    let old = "int run(int (*cb)(int)) { return cb(1); }";
    for (new, gained) in [
        (
            "int run(int (*cb)(int, int)) { return cb(1, 2); }",
            "gained 1 parameter after",
        ),
        (
            "int run(int (*cb)(int, int, long)) { return cb(1, 2, 3); }",
            "gained 2 parameters after",
        ),
    ] {
        let f = only(&diff_src(old, new), "abi-param-type-changed", Info);
        assert!(f.message.contains(gained), "{}", f.message);
    }
}

#[test]
fn param_type_changed() {
    let old = "long f(int a) { return a; }";
    let new = "long f(long a) { return a; }";
    let f = only(&diff_src(old, new), "abi-param-type-changed", Breaking);
    assert_eq!(f.subject.old_value.as_deref(), Some("int"));
    assert_eq!(f.subject.new_value.as_deref(), Some("long int"));
    only(&diff_src(new, old), "abi-param-type-changed", Breaking);
}

/// Pointer to pointer (here: gaining `const` on the pointee, as OpenSSL 3 did
/// across its API) is passed alike: an API change, reported as info.
#[test]
fn pointer_parameter_retyped_is_info() {
    let old = "int f(void *p) { return p != 0; }";
    let new = "int f(const void *p) { return p != 0; }";
    only(&diff_src(old, new), "abi-param-type-changed", Info);
    only(&diff_src(new, old), "abi-param-type-changed", Info);
    let old = "char *g(void) { return 0; }";
    let new = "const unsigned char *g(void) { return 0; }";
    only(&diff_src(old, new), "abi-return-type-changed", Info);
    // A function pointer now spelled through a typedef is the same type.
    let old = "int h(void *(*m)(unsigned long)) { return m != 0; }";
    let new = "typedef void *(*malloc_fn)(unsigned long);\nint h(malloc_fn m) { return m != 0; }";
    assert_eq!(diff_src(old, new), vec![]);
    assert_eq!(diff_src(new, old), vec![]);
    // A byte buffer becoming `const void *` reads the same bytes (OpenSSL's
    // BIO_dump); a pointer to integers of another size does not.
    let old = "int d(const char *s, int n) { return s[n]; }";
    let new = "int d(const void *s, int n) { return ((const char *)s)[n]; }";
    only(&diff_src(old, new), "abi-param-type-changed", Info);
    only(&diff_src(new, old), "abi-param-type-changed", Info);
    let old = "int get(int *out) { *out = 1; return 0; }";
    let new = "int get(long *out) { *out = 1; return 0; }";
    only(&diff_src(old, new), "abi-param-type-changed", Breaking);
    // int to a typedef of a wider type is a real change.
    let old = "int k(int n) { return n; }";
    let new = "typedef unsigned long size;\nint k(size n) { return (int)n; }";
    only(&diff_src(old, new), "abi-param-type-changed", Breaking);
}

/// void to a value: old callers never read it.
#[test]
fn void_result_gaining_a_value_is_info() {
    let old = "void f(int *p) { *p = 1; }";
    let new = "int f(int *p) { *p = 1; return 0; }";
    only(&diff_src(old, new), "abi-return-type-changed", Info);
    only(&diff_src(new, old), "abi-return-type-changed", Breaking);
}

#[test]
fn return_type_changed() {
    let old = "int f(void) { return 1; }";
    let new = "long f(void) { return 1; }";
    only(&diff_src(old, new), "abi-return-type-changed", Breaking);
    only(&diff_src(new, old), "abi-return-type-changed", Breaking);
}

#[test]
fn variadic_changed() {
    let old = "int f(const char *s) { return *s; }";
    let new = "int f(const char *s, ...) { return *s; }";
    only(&diff_src(old, new), "abi-variadic-changed", Breaking);
    only(&diff_src(new, old), "abi-variadic-changed", Breaking);
}

#[test]
fn variable_type_changed() {
    let old = "int v = 1;";
    let new = "long v = 1;";
    let f = only(&diff_src(old, new), "abi-variable-type-changed", Breaking);
    assert_eq!(f.subject.symbol.as_deref(), Some("v"));
    only(&diff_src(new, old), "abi-variable-type-changed", Breaking);
}

#[test]
fn type_size_changed_by_appending_and_member_removed_in_reverse() {
    let old = "struct s { int a; }; int f(struct s x) { return x.a; }";
    let new = "struct s { int a; int b; }; int f(struct s x) { return x.a; }";
    let f = only(&diff_src(old, new), "abi-type-size-changed", Breaking);
    assert_eq!(f.subject.symbols, vec!["f".to_owned()]);
    assert_eq!(f.group.as_deref(), Some("type:struct s"));
    assert!(
        f.message.contains("as member b was added;"),
        "{}",
        f.message
    );
    let r = only(&diff_src(new, old), "abi-member-removed", Breaking);
    assert!(r.message.contains("member b of struct s"), "{}", r.message);
}

#[test]
fn enum_size_changed() {
    let old = "enum e { A, B }; int f(enum e x) { return x; }";
    let new = "enum e { A, B, BIG = 0x100000000 }; int f(enum e x) { return x; }";
    let fs = diff_src(old, new);
    assert!(
        rules(&fs).contains(&("abi-type-size-changed".into(), Breaking)),
        "{fs:#?}"
    );
}

#[test]
fn member_offset_changed() {
    let old = "struct s { int a; int b; }; int f(struct s x) { return x.a; }";
    let new = "struct s { int b; int a; }; int f(struct s x) { return x.a; }";
    let f = only(&diff_src(old, new), "abi-member-offset-changed", Breaking);
    assert!(
        f.message.contains("as did 1 other member;"),
        "{}",
        f.message
    );
    only(&diff_src(new, old), "abi-member-offset-changed", Breaking);
    // Inserting in the middle: the moved member is the finding; the reverse is a removal.
    let ins = "struct s { int a; int c; int b; }; int f(struct s x) { return x.a; }";
    let f = only(&diff_src(old, ins), "abi-member-offset-changed", Breaking);
    assert!(f.message.contains("member c was added"), "{}", f.message);
    // The reverse removes c, and b moves back: both are said.
    let fs = diff_src(ins, old);
    assert_eq!(
        rules(&fs),
        [
            ("abi-member-removed".into(), Breaking),
            ("abi-member-offset-changed".into(), Breaking)
        ],
        "{fs:#?}"
    );
    assert!(
        fs[1].message.contains("member c was removed"),
        "{}",
        fs[1].message
    );
}

#[test]
fn member_type_changed() {
    let old = "struct s { int a; float b; }; int f(struct s *x) { return x->a; } struct s g;";
    let new = "struct s { int a; int b; }; int f(struct s *x) { return x->a; } struct s g;";
    let f = only(&diff_src(old, new), "abi-member-type-changed", Breaking);
    assert_eq!(f.subject.symbols, vec!["f".to_owned(), "g".to_owned()]);
    only(&diff_src(new, old), "abi-member-type-changed", Breaking);
    // Same size, other signedness: no byte moves, the meaning does: a warning.
    let uns = "struct s { int a; unsigned b; }; int f(struct s *x) { return x->a; } struct s g;";
    let f = only(&diff_src(new, uns), "abi-member-type-changed", Warning);
    assert!(f.message.contains("signedness"), "{}", f.message);
    only(&diff_src(uns, new), "abi-member-type-changed", Warning);
}

/// A member added into padding: info when the library only hands the type
/// out or fills it (an out-parameter); breaking when callers fill it and hand
/// it in, since old callers never set those bytes.
#[test]
fn member_added_into_padding() {
    let old = "struct s { int a; char b; }; void get(struct s *out) { out->a = 1; }";
    let new =
        "struct s { int a; char b; char c; }; void get(struct s *out) { out->a = 1; out->c = 2; }";
    only(&diff_src(old, new), "abi-member-added", Info);
    only(&diff_src(new, old), "abi-member-removed", Breaking);
    let old = "struct s { int a; char b; }; int f(struct s x) { return x.a; }";
    let new = "struct s { int a; char b; char c; }; int f(struct s x) { return x.a + x.c; }";
    let f = only(&diff_src(old, new), "abi-member-added", Breaking);
    assert!(f.message.contains("never set"), "{}", f.message);
}

/// An array grown by elements of its type into the padding after it:
/// info like a member added there (the old elements keep their offsets),
/// breaking when callers fill the struct and hand it in; an array whose
/// elements widened moves them.
#[test]
fn array_grown_into_padding() {
    let old = "struct s { long a; char tag[3]; }; void get(struct s *out) { out->tag[0] = 1; }";
    let new = "struct s { long a; char tag[5]; }; void get(struct s *out) { out->tag[4] = 1; }";
    let f = only(&diff_src(old, new), "abi-member-type-changed", Info);
    assert!(
        f.message.contains("old elements keep their offsets"),
        "{}",
        f.message
    );
    only(&diff_src(new, old), "abi-member-type-changed", Breaking);
    let old = "struct s { long a; char tag[3]; }; int f(const struct s *in) { return in->tag[0]; }";
    let new = "struct s { long a; char tag[5]; }; int f(const struct s *in) { return in->tag[4]; }";
    let f = only(&diff_src(old, new), "abi-member-type-changed", Breaking);
    assert!(
        f.message.contains("reads the new elements"),
        "{}",
        f.message
    );
    let old = "struct s { long a; char tag[3]; }; void get(struct s *out) { out->tag[0] = 1; }";
    let new = "struct s { long a; short tag[3]; }; void get(struct s *out) { out->tag[0] = 1; }";
    only(&diff_src(old, new), "abi-member-type-changed", Breaking);
}

/// A struct callers allocate, grown at its end: info when the function old
/// callers hand it to now passes their pointer on with the old size to one
/// that takes the size (read from the call site, so built with -O2), breaking
/// with the new size.
#[test]
fn grown_struct_forwarded_with_old_size() {
    let fx = |src: &str| {
        let f = compat_testkit::Fixture::new();
        let info = common::read(&common::build(&f, "libx.so", src, &["-O2"]));
        (f, info)
    };
    let old = "struct t { long a, b; }; int get(struct t *o) { o->a = 1; o->b = 2; return 0; }";
    let new = |size: &str| {
        format!(
            "struct t {{ long a, b, c; }};\n\
             int get_n(struct t *o, unsigned long size) {{ struct t v = {{ 1, 2, 3 }}; __builtin_memcpy(o, &v, size < sizeof v ? size : sizeof v); return 0; }}\n\
             int get(struct t *o) {{ return get_n(o, {size}); }}"
        )
    };
    let (_a, o) = fx(old);
    let (_b, n) = fx(&new("16"));
    let fs = compat_dwarf::diff(&o, &n, ("old/libx.so", "new/libx.so"));
    let f = only(&fs, "abi-type-size-changed", Info);
    assert!(
        f.message
            .contains("get passes the caller's pointer to get_n with 16 as its size"),
        "{}",
        f.message
    );
    let (_c, n) = fx(&new("sizeof *o"));
    let fs = compat_dwarf::diff(&o, &n, ("old/libx.so", "new/libx.so"));
    only(&fs, "abi-type-size-changed", Breaking);
}

#[test]
fn enumerator_value_changed() {
    let old = "enum e { A = 1 }; int f(enum e x) { return x; }";
    let new = "enum e { A = 2 }; int f(enum e x) { return x; }";
    only(
        &diff_src(old, new),
        "abi-enumerator-value-changed",
        Breaking,
    );
    only(
        &diff_src(new, old),
        "abi-enumerator-value-changed",
        Breaking,
    );
    // Inserted in the middle: B is renumbered and C takes B's old value.
    let old = "enum e { A, B }; int f(enum e x) { return x; }";
    let new = "enum e { A, C, B }; int f(enum e x) { return x; }";
    let fs = diff_src(old, new);
    assert_eq!(
        rules(&fs),
        vec![
            ("abi-enumerator-value-changed".into(), Breaking),
            ("abi-enumerator-value-changed".into(), Breaking)
        ],
        "{fs:#?}"
    );
}

#[test]
fn enumerator_removed_and_added() {
    let old = "enum e { A, B, C }; int f(enum e x) { return x; }";
    let new = "enum e { A, C = 2 }; int f(enum e x) { return x; }";
    let f = only(&diff_src(old, new), "abi-enumerator-removed", Breaking);
    assert!(f.message.contains("B = 1"), "{}", f.message);
    only(&diff_src(new, old), "abi-enumerator-added", Info);
}

#[test]
fn enumerator_appended_is_info() {
    let old = "enum e { A, B }; int f(enum e x) { return x; }";
    let new = "enum e { A, B, C }; int f(enum e x) { return x; }";
    let f = only(&diff_src(old, new), "abi-enumerator-added", Info);
    assert!(f.message.contains("C = 2"), "{}", f.message);
    only(&diff_src(new, old), "abi-enumerator-removed", Breaking);
}

#[test]
fn typedef_retargeted_breaking_and_info() {
    let old = "typedef int t; t f(t x) { return x; }";
    let new = "typedef long t; t f(t x) { return x; }";
    let f = only(&diff_src(old, new), "abi-typedef-retargeted", Breaking);
    assert_eq!(f.subject.symbols, vec!["f".to_owned()]);
    only(&diff_src(new, old), "abi-typedef-retargeted", Breaking);
    // Same size and encoding (LP64): compatible.
    let same = "typedef long long t; t f(t x) { return x; }";
    only(&diff_src(new, same), "abi-typedef-retargeted", Info);
    only(&diff_src(same, new), "abi-typedef-retargeted", Info);
}

/// A type that loses its definition: breaking when callers allocate it (a
/// pointer parameter, nothing hands one out), info when the library hands
/// out every instance and declares the type only in its sources.
#[test]
fn type_opaque_breaking_when_caller_allocated_info_when_private() {
    let old = "struct s { int a; }; int f(struct s *p) { return p->a; }";
    let new = "struct s; int f(struct s *p) { return p != 0; }";
    only(&diff_src(old, new), "abi-type-opaque", Breaking);
    assert_eq!(diff_src(new, old), vec![]);
    let mk = "struct s *mk(void) { return 0; }";
    let f = only(
        &diff_src(&format!("{old} {mk}"), &format!("{new} {mk}")),
        "abi-type-opaque",
        Info,
    );
    assert!(
        f.message.contains("declared only in the library's sources"),
        "{}",
        f.message
    );
}

/// The three classes of a type reached only through pointers (see
/// `exposure.rs`): caller-allocated is public, handed out and declared in a
/// header is undecided (warning), handed out and declared in a source file is
/// private (info). By value, or embedded by value, is always public.
#[test]
fn pointer_only_changes_by_evidence() {
    let old = "struct s { int a; int b; };";
    let new = "struct s { int a; int c; int b; };";
    let use_ = "int f(struct s *p) { return p->a; }";
    // Callers allocate it: breaking, and the message says why.
    let f = only(
        &diff_src(&format!("{old} {use_}"), &format!("{new} {use_}")),
        "abi-member-offset-changed",
        Breaking,
    );
    assert!(
        f.message.contains("callers allocate it themselves"),
        "{}",
        f.message
    );
    // Handed out (returned, or written through an out-parameter), declared in the source: info.
    for out in [
        "struct s *mk(void) { return 0; }",
        "int mk(struct s **out) { *out = 0; return 0; }",
        "int each(int (*cb)(struct s *)) { return cb(0); }",
    ] {
        let f = only(
            &diff_src(
                &format!("{old} {use_} {out}"),
                &format!("{new} {use_} {out}"),
            ),
            "abi-member-offset-changed",
            Info,
        );
        assert!(
            f.message.contains("opaque to consumers"),
            "{out}: {}",
            f.message
        );
    }
    // An input array of pointers (`T * const *`) hands nothing out.
    let arr = "int all(struct s * const *v) { return v != 0; }";
    only(
        &diff_src(
            &format!("{old} {use_} {arr}"),
            &format!("{new} {use_} {arr}"),
        ),
        "abi-member-offset-changed",
        Breaking,
    );
    // Handed out, declared in a header: undecided, a warning naming the header.
    let mk =
        "#include \"s.h\"\nstruct s *mk(void) { return 0; }\nint f(struct s *p) { return p->a; }";
    let f = only(
        &diff_with_header(("s.h", old), ("s.h", new), mk),
        "abi-member-offset-changed",
        Warning,
    );
    assert!(
        f.message.contains("declared in a header (s.h)"),
        "{}",
        f.message
    );
    assert!(f.message.contains("--public-headers"), "{}", f.message);
    // Embedded by value in a struct passed by value: breaking.
    let wrap = "struct w { struct s inner; }; int g(struct w x) { return x.inner.a; }";
    let out = "struct s *mk(void) { return 0; }";
    let fs = diff_src(
        &format!("{old} {use_} {out} {wrap}"),
        &format!("{new} {use_} {out} {wrap}"),
    );
    assert!(
        rules(&fs).contains(&("abi-member-offset-changed".into(), Breaking)),
        "{fs:#?}"
    );
}

/// A table of callbacks the caller fills in is public even when the library
/// also hands instances out (SQLite's `sqlite3_vfs`), unless its declaration
/// says consumers cannot see it (a source file, an internal header).
#[test]
fn callback_tables_are_public() {
    let old = "struct ops { int (*open)(int); int (*close)(int); };";
    let new = "struct ops { int (*open)(int); int (*close)(int); int (*sync)(int); };";
    let use_ =
        "int reg(const struct ops *o) { return o->open(1); } struct ops *find(void) { return 0; }";
    // Not handed out: public even when declared in the source.
    let reg = "int reg(const struct ops *o) { return o->open(1); }";
    let f = only(
        &diff_src(&format!("{old} {reg}"), &format!("{new} {reg}")),
        "abi-type-size-changed",
        Breaking,
    );
    assert!(f.message.contains("table of callbacks"), "{}", f.message);
    // Handed out too, declared in a header: public.
    let src = format!("#include \"ops.h\"\n{use_}");
    let f = only(
        &diff_with_header(("ops.h", old), ("ops.h", new), &src),
        "abi-type-size-changed",
        Breaking,
    );
    assert!(f.message.contains("table of callbacks"), "{}", f.message);
    // Handed out, declared in an internal header or the source: private.
    let src = format!("#include \"ops_local.h\"\n{use_}");
    let f = only(
        &diff_with_header(("ops_local.h", old), ("ops_local.h", new), &src),
        "abi-type-size-changed",
        Info,
    );
    assert!(
        f.message.contains("marks it internal (ops_local.h)"),
        "{}",
        f.message
    );
    only(
        &diff_src(&format!("{old} {use_}"), &format!("{new} {use_}")),
        "abi-type-size-changed",
        Info,
    );
}

/// What a member of a caller-filled struct points to is filled by the
/// caller too, when consumers can define it (declared in a header); a
/// pointee declared only in the sources (a pimpl) stays private.
#[test]
fn pointees_of_caller_filled_members_are_public() {
    let old = "struct sub { int x; }; struct cfg { struct sub *s; };";
    let new = "struct sub { int y; int x; }; struct cfg { struct sub *s; };";
    let src = "#include \"cfg.h\"\nint run(struct cfg *c) { return c->s->x; }";
    let fs = diff_with_header(("cfg.h", old), ("cfg.h", new), src);
    let f = only(&fs, "abi-member-offset-changed", Breaking);
    assert!(
        f.message.contains("callers fill in struct cfg"),
        "{}",
        f.message
    );
    // The same pointee defined in the source file only: info.
    let hdr = "struct sub; struct cfg { struct sub *s; };";
    let body = |def: &str| {
        format!("#include \"cfg.h\"\n{def}\nint run(struct cfg *c) {{ return c->s->x; }}")
    };
    let (fo, fn_) = (
        compat_testkit::Fixture::new(),
        compat_testkit::Fixture::new(),
    );
    fo.write("cfg.h", hdr);
    fn_.write("cfg.h", hdr);
    let o = common::read(&common::build(
        &fo,
        "libx.so",
        &body("struct sub { int x; };"),
        &[],
    ));
    let n = common::read(&common::build(
        &fn_,
        "libx.so",
        &body("struct sub { int y; int x; };"),
        &[],
    ));
    only(
        &compat_dwarf::diff(&o, &n, ("old", "new")),
        "abi-member-offset-changed",
        Info,
    );
}

#[test]
fn callback_parameters_are_by_value_uses() {
    let old = "struct s { int a; }; typedef int (*cb)(struct s); int f(cb c) { return c != 0; }";
    let new =
        "struct s { int a; int b; }; typedef int (*cb)(struct s); int f(cb c) { return c != 0; }";
    only(&diff_src(old, new), "abi-type-size-changed", Breaking);
}

const SHAPE_V1: &str = "namespace geo {
struct Shape { virtual ~Shape(); virtual double area(); virtual double perimeter(); int id; };
Shape::~Shape() {}
double Shape::area() { return 1; }
double Shape::perimeter() { return 2; }
Shape *make() { return new Shape; }
}";

/// A virtual function inserted before the others moves them: breaking, and
/// reported even though the class is only reached through a pointer.
#[test]
fn vtable_order_changed() {
    let v2 = "namespace geo {
struct Shape { virtual ~Shape(); virtual const char *name(); virtual double area(); virtual double perimeter(); int id; };
Shape::~Shape() {}
const char *Shape::name() { return \"s\"; }
double Shape::area() { return 1; }
double Shape::perimeter() { return 2; }
Shape *make() { return new Shape; }
}";
    let fs = diff_cxx(SHAPE_V1, v2);
    let vt: Vec<_> = fs
        .iter()
        .filter(|f| f.rule == "abi-vtable-order-changed")
        .collect();
    assert_eq!(vt.len(), 3, "{fs:#?}");
    assert!(vt.iter().all(|f| f.severity == Breaking), "{vt:#?}");
    let area = vt
        .iter()
        .find(|f| f.subject.symbol.as_deref() == Some("_ZN3geo5Shape4areaEv"))
        .expect("area moved");
    assert_eq!(area.subject.old_value.as_deref(), Some("vtable slot 2"));
    assert_eq!(area.subject.new_value.as_deref(), Some("vtable slot 3"));
    assert!(
        area.message.contains(
            "virtual function geo::Shape::area() [_ZN3geo5Shape4areaEv] moved from slot 2 to slot 3 of vtable for geo::Shape, since geo::Shape::name() was inserted before it;"
        ),
        "{}",
        area.message
    );
    // make() returns it; every member function takes it as `this`.
    assert!(
        area.subject.symbols.iter().any(|s| s == "_ZN3geo4makeEv")
            && area
                .subject
                .symbols
                .iter()
                .any(|s| s == "_ZN3geo5Shape4areaEv"),
        "{:?}",
        area.subject.symbols
    );
    // Back again: the removed one is breaking too.
    let fs = diff_cxx(v2, SHAPE_V1);
    let removed: Vec<_> = fs
        .iter()
        .filter(|f| {
            f.rule == "abi-vtable-order-changed"
                && f.subject.new_value.as_deref() == Some("removed")
        })
        .collect();
    assert_eq!(removed.len(), 1, "{fs:#?}");
    assert_eq!(removed[0].severity, Breaking);
    let back = fs
        .iter()
        .find(|f| f.subject.symbol.as_deref() == Some("_ZN3geo5Shape4areaEv"))
        .expect("area moved back");
    assert!(
        back.message.contains(
            "moved from slot 3 to slot 2 of vtable for geo::Shape, since geo::Shape::name() was removed from the slots before it;"
        ),
        "{}",
        back.message
    );
    // Old vs old: nothing.
    assert!(diff_cxx(SHAPE_V1, SHAPE_V1).is_empty());
}

/// Appending after every old slot keeps the slots: info.
#[test]
fn vtable_append_is_info() {
    let v2 = "namespace geo {
struct Shape { virtual ~Shape(); virtual double area(); virtual double perimeter(); virtual int sides(); int id; };
Shape::~Shape() {}
double Shape::area() { return 1; }
double Shape::perimeter() { return 2; }
int Shape::sides() { return 0; }
Shape *make() { return new Shape; }
}";
    let fs = diff_cxx(SHAPE_V1, v2);
    let f = only(&fs, "abi-vtable-order-changed", Info);
    assert_eq!(f.subject.symbol.as_deref(), Some("_ZN3geo5Shape5sidesEv"));
    assert_eq!(f.subject.new_value.as_deref(), Some("vtable slot 4"));
}

/// Appending to an abstract class (pure virtual functions) breaks the
/// classes consumers derive from it: the library calls the new slot on them.
#[test]
fn vtable_append_to_an_interface_is_breaking() {
    let v1 = "struct Listener { virtual ~Listener(); virtual void on_data(int) = 0; };
Listener::~Listener() {}
static Listener *l;
void subscribe(Listener *x) { l = x; }";
    let v2 = "struct Listener { virtual ~Listener(); virtual void on_data(int) = 0; virtual void on_close(); };
Listener::~Listener() {}
void Listener::on_close() {}
static Listener *l;
void subscribe(Listener *x) { l = x; }";
    let fs = diff_cxx(v1, v2);
    let vt: Vec<_> = fs
        .iter()
        .filter(|f| f.rule == "abi-vtable-order-changed")
        .collect();
    assert_eq!(vt.len(), 1, "{fs:#?}");
    assert_eq!(vt[0].severity, Breaking, "{fs:#?}");
    assert!(vt[0].message.contains("pure virtual"), "{}", vt[0].message);
}

/// A derived class that starts (or stops) overriding an inherited virtual
/// keeps its vtable: the slot was the base's.
#[test]
fn overriding_an_inherited_slot_is_info() {
    let base = "struct Shape { virtual ~Shape(); virtual double area() const; virtual const char *name() const; };
Shape::~Shape() {}
double Shape::area() const { return 0; }
const char *Shape::name() const { return \"shape\"; }
Shape *make();";
    let v1 = format!(
        "{base}
struct Circle : Shape {{ double area() const override; double r; }};
double Circle::area() const {{ return r; }}
Shape *make() {{ return new Circle; }}"
    );
    let v2 = format!("{base}
struct Circle : Shape {{ double area() const override; const char *name() const override; double r; }};
double Circle::area() const {{ return r; }}
const char *Circle::name() const {{ return \"circle\"; }}
Shape *make() {{ return new Circle; }}");
    let f = only(&diff_cxx(&v1, &v2), "abi-vtable-order-changed", Info);
    assert!(
        f.message.contains("now overrides the inherited"),
        "{}",
        f.message
    );
    let f = only(&diff_cxx(&v2, &v1), "abi-vtable-order-changed", Info);
    assert!(f.message.contains("no longer overrides"), "{}", f.message);
}

/// A class declared `class` is named so (and a scoped enum `enum class`) in
/// the message and the subject, its base too; the fingerprint is the one
/// the same types declared `struct` (and unscoped) have.
#[test]
fn classes_and_scoped_enums_are_named_with_their_keyword() {
    let old = "class A { public: int a; };
class B : public A { public: int b; };
int get(B b) { return b.b; }";
    let new = "class A { public: int a; };
struct Z { long z; };
class B : public Z, public A { public: int b; };
int get(B b) { return b.b; }";
    let f = only(&diff_cxx(old, new), "abi-member-offset-changed", Breaking);
    assert!(
        f.message
            .contains("member <base class A> of class B moved from byte 0 to byte 8")
            && f.message.contains("base struct Z was added"),
        "{}",
        f.message
    );
    assert_eq!(f.subject.type_name.as_deref(), Some("class B"));
    assert_eq!(f.subject.member.as_deref(), Some("<base class A>"));
    let as_struct = |src: &str| src.replace("class ", "struct ").replace("public: ", "");
    let s = only(
        &diff_cxx(&as_struct(old), &as_struct(new)),
        "abi-member-offset-changed",
        Breaking,
    );
    assert_eq!(s.subject.type_name.as_deref(), Some("struct B"));
    let print = |f: &compat_report::Finding| {
        compat_report::fingerprint::fingerprint(&f.rule, "", &f.subject, &[])
    };
    assert_eq!(print(&f), print(&s));

    let old = "enum class Mode { A, B }; int m(Mode x) { return (int)x; }";
    let new = "enum class Mode { A, B = 2 }; int m(Mode x) { return (int)x; }";
    let fs = diff_cxx(old, new);
    assert!(!fs.is_empty());
    for f in &fs {
        assert_eq!(f.subject.type_name.as_deref(), Some("enum class Mode"));
        assert!(f.message.contains("enum class Mode"), "{}", f.message);
    }
    let unscoped = diff_cxx(
        &old.replace("enum class", "enum"),
        &new.replace("enum class", "enum"),
    );
    assert_eq!(unscoped[0].subject.type_name.as_deref(), Some("enum Mode"));
    assert_eq!(print(&fs[0]), print(&unscoped[0]));
}

/// Base classes are members named `<base T>` at their offset; a new base
/// before the data shifts it.
#[test]
fn base_class_change_moves_members() {
    let old = "struct A { int a; };
struct B : A { int b; };
int get(B b) { return b.b; }";
    let new = "struct A { int a; };
struct Z { long z; };
struct B : Z, A { int b; };
int get(B b) { return b.b; }";
    let f = only(&diff_cxx(old, new), "abi-member-offset-changed", Breaking);
    assert!(
        f.message
            .contains("member <base struct A> of struct B moved from byte 0 to byte 8")
            && f.message.contains("base struct Z was added"),
        "{}",
        f.message
    );
    let fs = diff_cxx(new, old);
    assert_eq!(
        rules(&fs),
        [
            ("abi-member-removed".into(), Breaking),
            ("abi-member-offset-changed".into(), Breaking)
        ],
        "{fs:#?}"
    );
    assert!(
        fs[0].message.contains("<base struct Z>"),
        "{}",
        fs[0].message
    );
    assert!(diff_cxx(old, old).is_empty());
}

/// An enum's underlying type changing signedness at the same size: nothing
/// moves, flag words with the top bit set change sign.
#[test]
fn enum_underlying_type_changed() {
    let body = "struct E { P p; }; int f(E e) { return static_cast<int>(e.p); }";
    let old = format!("enum class P : unsigned {{ A = 1, B = 2 }}; {body}");
    let new = format!("enum class P : int {{ A = 1, B = 2 }}; {body}");
    let f = only(
        &diff_cxx(&old, &new),
        "abi-enum-underlying-type-changed",
        Warning,
    );
    assert!(f.message.contains("signedness"), "{}", f.message);
    only(
        &diff_cxx(&new, &old),
        "abi-enum-underlying-type-changed",
        Warning,
    );
    // Another size is a size change, breaking.
    let wide = format!("enum class P : long {{ A = 1, B = 2 }}; {body}");
    let fs = diff_cxx(&old, &wide);
    assert!(
        rules(&fs).contains(&("abi-type-size-changed".into(), Breaking)),
        "{fs:#?}"
    );
    assert!(diff_cxx(&old, &old).is_empty());
}

/// A user-provided destructor makes a class go by hidden reference: breaking
/// when it crosses the interface by value, info behind pointers.
#[test]
fn type_passing_changed() {
    let v1 = "struct V { float x, y; }; V norm(V v) { return v; }";
    let v2 = "struct V { float x, y; ~V() {} }; V norm(V v) { return v; }";
    let f = only(&diff_cxx(v1, v2), "abi-type-passing-changed", Breaking);
    assert!(
        f.message.contains("through a hidden reference"),
        "{}",
        f.message
    );
    only(&diff_cxx(v2, v1), "abi-type-passing-changed", Breaking);
    // `= default` in the class keeps it trivial.
    let dflt = "struct V { float x, y; ~V() = default; }; V norm(V v) { return v; }";
    assert_eq!(diff_cxx(v1, dflt), vec![]);
    // Behind a pointer it does not matter to calls.
    let p1 = "struct V { float x, y; }; float len(const V *v) { return v->x; } V *mk();";
    let p2 = "struct V { float x, y; ~V() {} }; float len(const V *v) { return v->x; } V *mk();";
    only(&diff_cxx(p1, p2), "abi-type-passing-changed", Info);
}

/// An unscoped enum becoming an enum class: binaries unaffected, info.
#[test]
fn enum_scope_changed() {
    let v1 = "enum M { A, B }; int set(M m) { return (int)m; }";
    let v2 = "enum class M : unsigned int { A, B }; int set(M m) { return (int)m; }";
    only(&diff_cxx(v1, v2), "abi-enum-scope-changed", Info);
    only(&diff_cxx(v2, v1), "abi-enum-scope-changed", Info);
}

/// An enumerator renamed with its value in its place: info, both ways; moved
/// to another place, its value taken by a new name: breaking.
#[test]
fn enumerator_renamed() {
    let v1 = "enum mode { M_READ = 1, M_WRITE = 2, M_APPEND = 4 }; int open_mode(enum mode m) { return (int)m; }";
    let v2 = "enum mode { M_READ = 1, M_WRITE = 2, M_ADD = 4 }; int open_mode(enum mode m) { return (int)m; }";
    let f = only(&diff_src(v1, v2), "abi-enumerator-renamed", Info);
    assert!(f.message.contains("now named M_ADD"), "{}", f.message);
    only(&diff_src(v2, v1), "abi-enumerator-renamed", Info);
    let v3 = "enum mode { M_ADD = 4, M_READ = 1, M_WRITE = 2 }; int open_mode(enum mode m) { return (int)m; }";
    let fs = diff_src(v1, v3);
    assert!(
        fs.iter()
            .any(|f| f.rule == "abi-enumerator-removed" && f.severity == Breaking),
        "{fs:?}"
    );
    assert!(
        !fs.iter().any(|f| f.rule == "abi-enumerator-renamed"),
        "{fs:?}"
    );
}

/// A protected or public member made private: source-level only, info; the
/// reverse takes nothing from consumers, so nothing is said.
#[test]
fn member_made_private() {
    let v1 = "class H { public: explicit H(int i = -1) : idx_(i) {} int idx() const { return idx_; } protected: int idx_; }; int next(H h) { return h.idx() + 1; }";
    let v2 = "class H { public: explicit H(int i = -1) : idx_(i) {} int idx() const { return idx_; } private: int idx_; }; int next(H h) { return h.idx() + 1; }";
    let f = only(&diff_cxx(v1, v2), "abi-member-made-private", Info);
    assert!(
        f.message.contains("member idx_ of class H is now private"),
        "{}",
        f.message
    );
    assert_eq!(diff_cxx(v2, v1), vec![]);
    let p1 = "struct P { int x; int y; }; int sum(P p) { return p.x + p.y; }";
    let p2 = "class P { public: int x; private: int y; public: friend int sum(P p); }; int sum(P p) { return p.x + p.y; }";
    let f = only(&diff_cxx(p1, p2), "abi-member-made-private", Info);
    assert_eq!(f.subject.member.as_deref(), Some("y"));
}

/// A constructor that becomes explicit: source-level only, info.
#[test]
fn constructor_explicit_changed() {
    let v1 = "struct D { D(long ms); long ms_; }; D::D(long ms) : ms_(ms) {} int sleep_for(D d) { return d.ms_ > 0; }";
    let v2 = "struct D { explicit D(long ms); long ms_; }; D::D(long ms) : ms_(ms) {} int sleep_for(D d) { return d.ms_ > 0; }";
    let f = only(&diff_cxx(v1, v2), "abi-constructor-explicit-changed", Info);
    assert!(f.message.contains("now explicit"), "{}", f.message);
    only(&diff_cxx(v2, v1), "abi-constructor-explicit-changed", Info);
}

/// A struct defined in a public header that moves into an internal header
/// (the public one keeps a forward declaration): info, and nothing the
/// other way round.
#[test]
fn type_made_internal() {
    let src = "#include \"pub.h\"\nstruct img *img_new(void) { static struct img i; return &i; }\nint img_w(const struct img *p) { return p->w; }\n";
    let public = (
        "pub.h",
        "struct img { int w, h; };\nstruct img *img_new(void);\nint img_w(const struct img *p);\n",
    );
    let internal = "#include \"img_internal.h\"\nstruct img;\nstruct img *img_new(void);\nint img_w(const struct img *p);\n";
    let build_side = |header: &str, internal_def: bool| {
        let fx = compat_testkit::Fixture::new();
        fx.write("pub.h", header);
        if internal_def {
            fx.write("img_internal.h", "struct img { int w, h; };\n");
        }
        let lib = common::build(&fx, "libimg.so", src, &[]);
        (fx, common::read(&lib))
    };
    let (_a, old) = build_side(public.1, false);
    let (_b, new) = build_side(internal, true);
    let fs = compat_dwarf::diff(&old, &new, ("old/libimg.so", "new/libimg.so"));
    let f = only(&fs, "abi-type-made-internal", Info);
    assert!(f.message.contains("img_internal.h"), "{}", f.message);
    let back = compat_dwarf::diff(&new, &old, ("new/libimg.so", "old/libimg.so"));
    assert!(
        back.iter().all(|f| f.rule != "abi-type-made-internal"),
        "{back:?}"
    );
    assert!(compat_dwarf::diff(&old, &old, ("a", "b")).is_empty());
}
