//! Issue 8 part 4, a report that reads at a glance: what `compat abi diff`
//! prints for C++ virtual functions retyped in their slot, newly needed base
//! symbol versions, function pointers and other declarators, anonymous types
//! named by a typedef, typedefs, virtual functions moved to other slots, and
//! C++ symbols (in `compat check` too); each checked in the default text and
//! in the JSON subject, in both directions where the change has two.

use std::path::{Path, PathBuf};

use compat_testkit::Fixture;
use serde_json::Value;

mod common;
use common::compat;

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// A shared library built from C (`cxx`: C++) with `-g -O2`, as users build.
fn lib(fx: &Fixture, name: &str, src: &str, cxx: bool) -> PathBuf {
    let b = fx.lib(name).source(src).arg("-g").arg("-O2");
    if cxx {
        b.cc("g++").arg("-x").arg("c++").build()
    } else {
        b.build()
    }
}

/// The default text and the JSON report of `abi diff old new`.
fn diff(old: &Path, new: &Path) -> (String, Value) {
    let text = compat(&["abi", "diff", s(old), s(new)]);
    let json = compat(&["abi", "diff", s(old), s(new), "-f", "json"]);
    assert_eq!(text.code, json.code, "{}", text.stderr);
    (text.stdout, json.json())
}

fn findings<'j>(j: &'j Value, rule: &str) -> Vec<&'j Value> {
    j["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["rule"] == rule)
        .collect()
}

const SHAPE: &str = "struct Shape {\n  virtual ~Shape();\n  virtual double area();\n  virtual void scale(double k);\n  double w = 1;\n};\nShape::~Shape() {}\ndouble Shape::area() { return w * w; }\nvoid Shape::scale(double k) { w *= k; }\nShape *make_shape() { return new Shape; }\n";

/// A virtual function whose parameter changed type in its slot is one
/// finding: the function demangled before and after, its slot and why
/// callers through the vtable break; not a removal plus a mangled insertion.
#[test]
fn a_virtual_retyped_in_its_slot_reads_as_one_finding() {
    let fx = Fixture::new();
    let v1 = lib(&fx, "libshape-1.so", SHAPE, true);
    let v2 = lib(
        &fx,
        "libshape-2.so",
        &SHAPE.replace("scale(double", "scale(float"),
        true,
    );
    for (old, new, was, now) in [(&v1, &v2, "double", "float"), (&v2, &v1, "float", "double")] {
        let (text, j) = diff(old, new);
        let vt = findings(&j, "abi-vtable-order-changed");
        assert_eq!(vt.len(), 1, "{text}");
        let f = vt[0];
        assert_eq!(f["severity"], "breaking");
        let (old_sig, new_sig) = (
            format!("Shape::scale({was})"),
            format!("Shape::scale({now})"),
        );
        assert_eq!(f["subject"]["old_value"], old_sig.as_str());
        assert_eq!(f["subject"]["new_value"], new_sig.as_str());
        assert_eq!(f["subject"]["demangled"], old_sig.as_str());
        let mangled = if was == "double" {
            "_ZN5Shape5scaleEd"
        } else {
            "_ZN5Shape5scaleEf"
        };
        assert_eq!(f["subject"]["symbol"], mangled);
        let head = text
            .lines()
            .find(|l| l.starts_with("breaking[abi-vtable-order-changed]"))
            .unwrap_or_else(|| panic!("{text}"));
        for part in [
            format!("virtual function {old_sig} [{mangled}]"),
            format!("at vtable slot 3 is now {new_sig}"),
            format!("changed from ({was}) to ({now})"),
            "callers built against the old class still call through the slot".to_owned(),
        ] {
            assert!(head.contains(&part), "no {part:?} in {head}");
        }
        // The symbols reaching the class read demangled; the JSON keeps
        // the symbol tables' names.
        assert!(
            text.contains("= 6 symbols: make_shape(), Shape::area(), "),
            "{text}"
        );
        // The destructor's two symbols (D1, D2) read alike: named once.
        let full = compat(&["abi", "diff", s(old), s(new), "--verbose"]).stdout;
        assert!(
            full.contains(", Shape::~Shape() (2 symbols)\n")
                && !full.contains("Shape::~Shape(), Shape::~Shape()"),
            "{full}"
        );
        let md = compat(&["abi", "diff", s(old), s(new), "-f", "markdown"]).stdout;
        assert!(md.contains(", `Shape::~Shape()` (2 symbols)"), "{md}");
        assert_eq!(f["subject"]["symbols"][0], "_Z10make_shapev");
        assert!(!text.contains("was removed; callers built"), "{text}");
        assert!(!text.contains("-> 3"), "{text}");
    }
}

/// A virtual function inserted before others moves them: the head says
/// which function moved between which slots of which vtable and why, the
/// folded findings say from which slot to which, never a bare index; the
/// JSON values name the slots and the fingerprints ignore them.
#[test]
fn a_virtual_moved_to_another_slot_reads_as_a_move() {
    let fx = Fixture::new();
    let v1 = lib(&fx, "libshape-1.so", SHAPE, true);
    let v2 = lib(
        &fx,
        "libshape-2.so",
        &SHAPE
            .replace(
                "  virtual double area();",
                "  virtual double perimeter();\n  virtual double area();",
            )
            .replace(
                "double Shape::area()",
                "double Shape::perimeter() { return 4 * w; }\ndouble Shape::area()",
            ),
        true,
    );
    let (text, j) = diff(&v1, &v2);
    assert!(
        text.contains("breaking[abi-vtable-order-changed]: virtual function Shape::area() [_ZN5Shape4areaEv] moved from slot 2 to slot 3 of vtable for Shape, since Shape::perimeter() was inserted before it; callers built against the old class call the wrong function"),
        "{text}"
    );
    assert!(
        text.contains("breaking [abi-vtable-order-changed] Shape::scale(double): vtable slot 3 -> vtable slot 4\n"),
        "{text}"
    );
    assert!(
        text.contains(
            "breaking [abi-vtable-order-changed] Shape::perimeter(): not in the vtable -> vtable slot 2\n"
        ),
        "{text}"
    );
    // No line ends in a bare index (`-> 4`).
    assert!(
        !text.lines().any(|l| l
            .rsplit_once("-> ")
            .is_some_and(|(_, v)| v.bytes().all(|c| c.is_ascii_digit()))),
        "{text}"
    );
    let scale = findings(&j, "abi-vtable-order-changed")
        .into_iter()
        .find(|f| f["subject"]["symbol"] == "_ZN5Shape5scaleEd")
        .unwrap_or_else(|| panic!("{text}"));
    let sub = &scale["subject"];
    assert_eq!(sub["old_value"], "vtable slot 3");
    assert_eq!(sub["new_value"], "vtable slot 4");
    assert_eq!(sub["demangled"], "Shape::scale(double)");
    // The slots' spelling is display: the fingerprint is the one the bare
    // indices gave.
    let mut bare: compat_report::Subject = serde_json::from_value(sub.clone()).unwrap();
    bare.demangled = None;
    bare.old_value = Some("3".into());
    bare.new_value = Some("4".into());
    assert_eq!(
        scale["fingerprint"],
        compat_report::fingerprint::fingerprint("abi-vtable-order-changed", "", &bare, &[])
            .as_str()
    );
    // Back: the functions after the removed one move up, saying so.
    let (text, _) = diff(&v2, &v1);
    assert!(
        text.contains("Shape::area(): vtable slot 3 -> vtable slot 2\n"),
        "{text}"
    );
    assert!(
        text.contains("virtual function Shape::perimeter() [_ZN5Shape9perimeterEv] (slot 2 of vtable for Shape) was removed"),
        "{text}"
    );
}

/// A virtual destructor has no slot in GCC's DWARF: a class gaining its
/// first one reads "slot unknown", never a `?` (round 23's pair 906).
#[test]
fn a_virtual_function_without_a_recorded_slot_says_so() {
    let fx = Fixture::new();
    let src = "struct Cond {\n  Cond(int k);\n  VIRTUAL~Cond();\n  int k;\n};\nCond::Cond(int k) : k(k) {}\nCond::~Cond() {}\n";
    let v1 = lib(&fx, "libcond-1.so", &src.replace("VIRTUAL", ""), true);
    let v2 = lib(
        &fx,
        "libcond-2.so",
        &src.replace("VIRTUAL", "virtual "),
        true,
    );
    let (text, j) = diff(&v1, &v2);
    assert!(
        text.contains(
            "[abi-vtable-order-changed] Cond::~Cond(): not in the vtable -> vtable slot unknown\n"
        ),
        "{text}"
    );
    assert!(!text.contains('?'), "{text}");
    let dtor = findings(&j, "abi-vtable-order-changed");
    assert_eq!(dtor.len(), 1, "{text}");
    assert_eq!(dtor[0]["subject"]["new_value"], "vtable slot unknown");
    assert!(
        dtor[0]["message"]
            .as_str()
            .unwrap()
            .contains("is the first of struct Cond (slot unknown): the class now has a vtable"),
        "{:#}",
        dtor[0]
    );
}

/// A type behind typedefs reads as C source names it, with what the
/// typedef stands for and both sizes: `u16 (unsigned short, 2 bytes)`, not
/// `typedef u16`; the JSON values are the names, the fingerprints the same.
#[test]
fn typedefs_read_by_name_with_what_they_stand_for() {
    let fx = Fixture::new();
    let src = "typedef unsigned short u16;\ntypedef u16 len_t;\nstruct pkt { len_t len; int flags; };\nlen_t get_len(struct pkt *p) { return p->len; }\nvoid set_len(struct pkt *p, len_t l) { p->len = l; }\n";
    let v1 = lib(&fx, "libpkt-1.so", src, false);
    let v2 = lib(
        &fx,
        "libpkt-2.so",
        &src.replace(
            "typedef unsigned short u16;\ntypedef u16 len_t;",
            "typedef unsigned int u32;\ntypedef u32 len_t;",
        ),
        false,
    );
    let v3 = lib(
        &fx,
        "libpkt-3.so",
        &src.replace("typedef u16 len_t;\n", "")
            .replace("len_t", "unsigned long"),
        false,
    );
    let (text, j) = diff(&v1, &v2);
    assert!(!text.contains("typedef "), "{text}");
    let f = findings(&j, "abi-typedef-retargeted");
    assert_eq!(f.len(), 1, "{text}");
    assert_eq!(f[0]["subject"]["old_value"], "u16");
    assert_eq!(f[0]["subject"]["new_value"], "u32");
    assert!(
        text.contains(
            "len_t now names u32 (unsigned int, 4 bytes) instead of u16 (unsigned short, 2 bytes)"
        ),
        "{text}"
    );
    // Where the values are the typedef itself.
    let (text, j) = diff(&v1, &v3);
    assert!(!text.contains("typedef "), "{text}");
    let ret = findings(&j, "abi-return-type-changed");
    assert_eq!(ret.len(), 1, "{text}");
    assert_eq!(ret[0]["subject"]["old_value"], "len_t");
    assert_eq!(ret[0]["subject"]["new_value"], "long unsigned int");
    assert!(
        ret[0]["message"]
            .as_str()
            .unwrap()
            .starts_with("get_len now returns long unsigned int (8 bytes) instead of len_t (unsigned short, 2 bytes)"),
        "{}",
        ret[0]["message"]
    );
    let mut plain: compat_report::Subject =
        serde_json::from_value(ret[0]["subject"].clone()).unwrap();
    plain.old_value = Some("typedef len_t".into());
    assert_eq!(
        ret[0]["fingerprint"],
        compat_report::fingerprint::fingerprint("abi-return-type-changed", "", &plain, &[])
            .as_str()
    );
    let (text, _) = diff(&v3, &v1);
    assert!(
        text.contains("parameter 2 (l) of set_len changed type from long unsigned int (8 bytes) to len_t (unsigned short, 2 bytes)"),
        "{text}"
    );
}

/// A C++ symbol removed or added is shown demangled in text and Markdown,
/// mangled in the JSON's `symbol` (with `demangled` beside it), and its
/// fingerprint is that of the mangled symbol alone.
#[test]
fn cxx_symbols_read_demangled_and_keep_their_fingerprints() {
    let fx = Fixture::new();
    let v1 = lib(
        &fx,
        "libgeo-1.so",
        "namespace geo { int area(int w, int h) { return w * h; } int keep() { return 1; } }\n",
        true,
    );
    let v2 = lib(
        &fx,
        "libgeo-2.so",
        "namespace geo { int keep() { return 1; } }\n",
        true,
    );
    let (text, j) = diff(&v1, &v2);
    let removed = findings(&j, "abi-symbol-removed");
    assert_eq!(removed.len(), 1, "{text}");
    let sub = &removed[0]["subject"];
    assert_eq!(sub["symbol"], "_ZN3geo4areaEii");
    assert_eq!(sub["demangled"], "geo::area(int, int)");
    assert!(
        text.starts_with("breaking[abi-symbol-removed]: geo::area(int, int) [_ZN3geo4areaEii] (func) was removed; programs that use it fail with \"undefined symbol: _ZN3geo4areaEii\""),
        "{text}"
    );
    let md = compat(&["abi", "diff", s(&v1), s(&v2), "-f", "markdown"]).stdout;
    assert!(md.contains("geo::area(int, int)"), "{md}");
    // Display never moves the identity: the fingerprint is the subject's
    // without the demangled name.
    let mut plain: compat_report::Subject = serde_json::from_value(sub.clone()).unwrap();
    plain.demangled = None;
    assert_eq!(
        removed[0]["fingerprint"],
        compat_report::fingerprint::fingerprint("abi-symbol-removed", "", &plain, &[]).as_str()
    );
    // Added, folded under nothing: the info line names it demangled.
    let back = compat(&["abi", "diff", s(&v2), s(&v1), "--show", "info"]).stdout;
    assert!(
        back.contains(
            "info[abi-symbol-added]: geo::area(int, int) [_ZN3geo4areaEii] (func) was added"
        ),
        "{back}"
    );
}

/// Function pointers, arrays of them, pointers to arrays and constant
/// pointers print in C declarator syntax, in messages and values alike.
#[test]
fn declarators_print_as_c_programmers_read_them() {
    let fx = Fixture::new();
    let v1 = lib(
        &fx,
        "libfp-1.so",
        "struct ops { int (*handlers[4])(int); int (*grid)[4]; const char *const label; };\nint use(struct ops *o, int (*cb)(const char *, int)) { return o->handlers[0](1) + cb(o->label, 2) + (*o->grid)[0]; }\n",
        false,
    );
    let v2 = lib(
        &fx,
        "libfp-2.so",
        "struct ops { int (*handlers[4])(long); int (*grid)[8]; char *const label; };\nint use(struct ops *o, long (*cb)(const char *, int)) { return o->handlers[0](1) + (int)cb(o->label, 2) + (*o->grid)[0]; }\n",
        false,
    );
    let both = compat(&["abi", "diff", s(&v1), s(&v2), "--show", "info"]).stdout;
    let (_, j) = diff(&v1, &v2);
    let param = findings(&j, "abi-param-type-changed");
    assert_eq!(param.len(), 1, "{both}");
    assert_eq!(
        param[0]["subject"]["old_value"],
        "int (*)(const char *, int)"
    );
    assert_eq!(
        param[0]["subject"]["new_value"],
        "long int (*)(const char *, int)"
    );
    for (member, old, new) in [
        ("handlers", "int (*[4])(int)", "int (*[4])(long int)"),
        ("grid", "int (*)[4]", "int (*)[8]"),
        ("label", "const char *const", "char *const"),
    ] {
        let f = findings(&j, "abi-member-type-changed")
            .into_iter()
            .find(|f| f["subject"]["member"] == member)
            .unwrap_or_else(|| panic!("{member}: {both}"));
        assert_eq!(f["subject"]["old_value"], old);
        assert_eq!(f["subject"]["new_value"], new);
        assert!(
            both.contains(&format!("from {old} to {new}")),
            "{member}: {both}"
        );
    }
    assert!(
        both.contains("parameter 2 (cb) of use changed type from int (*)(const char *, int) to long int (*)(const char *, int)"),
        "{both}"
    );
    let all = serde_json::to_string(&j).unwrap();
    assert!(!both.contains("fn(") && !all.contains("fn("), "{both}");
}

/// A typedef of an anonymous enum retargeted to an integer names the old
/// target by its place, not by the typedef itself (round 23's pair 889
/// read `SANE_Frame now names SANE_Int instead of SANE_Frame`).
#[test]
fn a_typedef_retargeted_from_its_anonymous_enum_names_the_enum() {
    let fx = Fixture::new();
    let tail = "struct params { frame_t format; int depth; };\nint get_params(struct params *p) { p->format = 0; p->depth = 8; return 0; }\n";
    let v1 = lib(
        &fx,
        "libframe-1.so",
        &format!("typedef enum {{ GRAY, RGB }} frame_t;\n{tail}"),
        false,
    );
    let v2 = lib(
        &fx,
        "libframe-2.so",
        &format!("typedef int word_t;\ntypedef word_t frame_t;\n{tail}"),
        false,
    );
    let (text, j) = diff(&v1, &v2);
    let f = findings(&j, "abi-typedef-retargeted");
    assert_eq!(f.len(), 1, "{text}");
    let msg = f[0]["message"].as_str().unwrap();
    assert!(
        msg.starts_with(
            "frame_t now names word_t (int) instead of (anonymous enum in libframe-1.so.c:1); "
        ),
        "{msg}"
    );
    assert!(!text.contains("instead of frame_t"), "{text}");
}

/// A reserved member shrunk in place for new members names them with the
/// verb agreeing (round 23's pair 875 read `token take(s) the bytes`).
#[test]
fn a_reserved_member_shrunk_for_new_ones_names_them() {
    let fx = Fixture::new();
    let src = |members: &str| {
        format!("struct ev {{ int a; {members} }};\nint use(struct ev *e) {{ return e->a; }}\n")
    };
    let v1 = lib(&fx, "libev-1.so", &src("char padding[16];"), false);
    for (name, members, says) in [
        (
            "libev-2.so",
            "int token; char padding[12];",
            "; member token takes the bytes it gave up, so existing binaries are unaffected",
        ),
        (
            "libev-3.so",
            "short x; short y; char padding[12];",
            "; members x, y take the bytes it gave up, so existing binaries are unaffected",
        ),
    ] {
        let v2 = lib(&fx, name, &src(members), false);
        let (text, j) = diff(&v1, &v2);
        let f = findings(&j, "abi-member-type-changed");
        assert_eq!(f.len(), 1, "{text}");
        let msg = f[0]["message"].as_str().unwrap();
        assert!(msg.contains(says), "{msg}");
    }
}

/// An anonymous struct with a typedef name prints as that name; one with
/// no name at all as where it is declared.
#[test]
fn anonymous_types_print_by_their_typedef_name() {
    let fx = Fixture::new();
    let v1 = lib(
        &fx,
        "libanon-1.so",
        "typedef struct { int a; int b; } point_t;\nstruct shape { union { int i; float f; } u; int kind; };\nint area(point_t p) { return p.a * p.b; }\nint kind(struct shape *s) { return s->kind + s->u.i; }\n",
        false,
    );
    let v2 = lib(
        &fx,
        "libanon-2.so",
        "typedef struct { int a; long c; int b; } point_t;\nstruct shape { union { long i; float f; } u; int kind; };\nint area(point_t p) { return p.a * p.b; }\nint kind(struct shape *s) { return s->kind + (int)s->u.i; }\n",
        false,
    );
    for (old, new) in [(&v1, &v2), (&v2, &v1)] {
        let (text, j) = diff(old, new);
        assert!(!text.contains("<anon@"), "{text}");
        let moved = findings(&j, "abi-member-offset-changed");
        let b = moved
            .iter()
            .find(|f| f["subject"]["member"] == "b")
            .unwrap_or_else(|| panic!("{text}"));
        assert!(
            b["message"]
                .as_str()
                .unwrap()
                .starts_with("member b of point_t moved from byte"),
            "{}",
            b["message"]
        );
        // The subject keeps the structural name: fingerprints do not move.
        assert!(b["subject"]["type"]
            .as_str()
            .unwrap()
            .starts_with("struct <anon@"));
        // Named by the old version's declaration (the fixture's source is
        // `NAME.c`).
        let union_name = format!(
            "(anonymous union in {}.c:2)",
            old.file_name().unwrap().to_str().unwrap()
        );
        assert!(
            text.contains(&format!("member i of {union_name} changed type")),
            "{text}"
        );
    }
}

/// A newly needed version that is the oldest the dependency defines on the
/// architecture is info, saying why; a newer one stays a warning.
#[cfg(target_arch = "x86_64")]
#[test]
fn base_symbol_versions_are_info_and_newer_ones_warnings() {
    let fx = Fixture::new();
    let v1 = fx
        .lib("libgv-1.so")
        .source("int f(int x) { return x + 1; }\n")
        .arg("-nostdlib")
        .build();
    let v2 = fx
        .lib("libgv-2.so")
        .source("#include <string.h>\nint f(int x) { return x + 1; }\nunsigned long g(const char *s) { return strlen(s); }\n")
        .build();
    let v3 = fx
        .lib("libgv-3.so")
        .source("#include <string.h>\n#include <sys/random.h>\nint f(int x) { return x + 1; }\nunsigned long g(const char *s) { return strlen(s); }\nlong h(void *b, unsigned long n) { return getrandom(b, n, 0); }\n")
        .build();
    let (text, j) = diff(&v1, &v2);
    let need = findings(&j, "abi-version-need-added");
    assert_eq!(need.len(), 1, "{text}");
    assert_eq!(need[0]["severity"], "info");
    assert_eq!(need[0]["subject"]["version"], "GLIBC_2.2.5");
    assert_eq!(need[0]["subject"]["library"], "libc.so.6");
    assert!(
        need[0]["message"]
            .as_str()
            .unwrap()
            .contains("its base version: the oldest node libc.so.6 defines (/"),
        "{}",
        need[0]["message"]
    );
    assert!(text.starts_with("nothing breaking, no warnings;"), "{text}");

    let (text, j) = diff(&v2, &v3);
    let need = findings(&j, "abi-version-need-added");
    assert_eq!(need.len(), 1, "{text}");
    assert_eq!(need[0]["severity"], "warning");
    assert_eq!(need[0]["subject"]["version"], "GLIBC_2.25");
    assert!(
        text.starts_with("warning[abi-version-need-added]: now needs version GLIBC_2.25"),
        "{text}"
    );
    assert!(
        text.contains("defines it, after its base version GLIBC_2.2.5"),
        "{text}"
    );
}

/// `abi diff OLD NEW` with `--sysroot ROOT` when given.
fn diff_in(old: &Path, new: &Path, sysroot: Option<&Path>) -> (String, Value) {
    let mut args = vec!["abi", "diff", s(old), s(new)];
    if let Some(root) = sysroot {
        args.extend(["--sysroot", s(root)]);
    }
    let text = compat(&args);
    args.extend(["-f", "json"]);
    let json = compat(&args);
    assert_eq!(text.code, json.code, "{}", text.stderr);
    (text.stdout, json.json())
}

/// The one `abi-version-need-added` finding of `j`: severity and message.
fn need_added(j: &Value) -> (String, String) {
    let need = findings(j, "abi-version-need-added");
    assert_eq!(need.len(), 1, "{j:#}");
    (
        need[0]["severity"].as_str().unwrap().to_owned(),
        need[0]["message"].as_str().unwrap().to_owned(),
    )
}

/// A library's base version is the oldest node its provider defines, read
/// from the provider ld.so finds for the new library: LIBFOO_1.0 of a
/// libfoo.so.1 built with a version script is info, its LIBFOO_2.0 a
/// warning, found through the new library's RUNPATH or beside it; without
/// the provider at hand (not found, and not in the table) the same need of
/// LIBFOO_1.0 stays a warning.
#[test]
fn the_providers_oldest_version_node_is_its_base_version() {
    let fx = Fixture::new();
    fx.lib("libfoo.so.1")
        .source("int foo_old(void) { return 1; }\nint foo_new(void) { return 2; }\n")
        .soname("libfoo.so.1")
        .version_script("LIBFOO_1.0 { global: foo_old; local: *; };\nLIBFOO_2.0 { global: foo_new; } LIBFOO_1.0;\n")
        .build();
    let foo = fx.join("libfoo.so.1");
    let v1 = fx
        .lib("libuse-1.so")
        .source("int use(void) { return 0; }\n")
        .build();
    let user = |name: &str, call: &str, runpath: bool| {
        let b = fx
            .lib(name)
            .source(&format!(
                "extern int {call}(void);\nint use(void) {{ return {call}(); }}\n"
            ))
            .link(&foo);
        if runpath { b.runpath("$ORIGIN") } else { b }.build()
    };
    let old_need = user("libuse-2.so", "foo_old", true);
    let new_need = user("libuse-3.so", "foo_new", true);
    let unfound = user("libuse-4.so", "foo_old", false);

    let (text, j) = diff_in(&v1, &old_need, None);
    let (severity, message) = need_added(&j);
    assert_eq!(severity, "info", "{text}");
    assert!(
        message.starts_with(&format!(
            "now needs version LIBFOO_1.0 from libfoo.so.1, its base version: the oldest node libfoo.so.1 defines ({}",
            foo.display()
        )),
        "{message}"
    );
    let need = &findings(&j, "abi-version-need-added")[0];
    assert_eq!(need["subject"]["object"], s(&foo));

    let (text, j) = diff_in(&v1, &new_need, None);
    let (severity, message) = need_added(&j);
    assert_eq!(severity, "warning", "{text}");
    assert!(
        message.ends_with(&format!(
            "{} defines it, after its base version LIBFOO_1.0",
            foo.display()
        )),
        "{message}"
    );

    // No RUNPATH: found beside the new library (as a wheel's libraries are,
    // loaded by whatever loads them first).
    let (text, j) = diff_in(&v1, &unfound, None);
    let (severity, message) = need_added(&j);
    assert_eq!(severity, "info", "{text}");
    assert!(
        message.contains("its base version: the oldest node libfoo.so.1 defines"),
        "{message}"
    );

    // Nowhere to be found: the table does not know libfoo.
    let elsewhere = fx.join("elsewhere");
    std::fs::create_dir(&elsewhere).unwrap();
    let alone = elsewhere.join("libuse-4.so");
    std::fs::copy(&unfound, &alone).unwrap();
    let (text, j) = diff_in(&v1, &alone, None);
    let (severity, message) = need_added(&j);
    assert_eq!(severity, "warning", "{text}");
    assert!(
        message.ends_with("it fails to load where libfoo.so.1 is older (\"version `LIBFOO_1.0' not found\"); libfoo.so.1 was not found where ld.so would look for it for the new library (its RUNPATH, the library path, the sysroot's or system's directories) nor beside it to tell whether LIBFOO_1.0 is its base version, and compat's table of base versions does not list it for libfoo.so.1 on x86_64"),
        "{message}"
    );
}

/// With `--sysroot`, the provider is the one in the root, and its version
/// definitions overrule the table: a libgcc_s.so.1 whose first node is
/// GCC_2.95 makes a new need of GCC_3.0 (the table's base on x86_64) a
/// warning, while the system's libgcc_s.so.1, which starts at GCC_3.0,
/// makes it info.
#[cfg(target_arch = "x86_64")]
#[test]
fn a_sysroot_providers_version_definitions_overrule_the_table() {
    let fx = Fixture::new();
    fx.lib("libgcc_s.so.1")
        .source("int gcc_old(void) { return 1; }\nint gcc_new(void) { return 2; }\n")
        .soname("libgcc_s.so.1")
        .version_script(
            "GCC_2.95 { global: gcc_old; local: *; };\nGCC_3.0 { global: gcc_new; } GCC_2.95;\n",
        )
        .build();
    let fake = fx.join("libgcc_s.so.1");
    let root = fx.join("root");
    std::fs::create_dir_all(root.join("usr/lib")).unwrap();
    std::fs::copy(&fake, root.join("usr/lib/libgcc_s.so.1")).unwrap();
    let v1 = fx
        .lib("libuse-1.so")
        .source("int use(void) { return 0; }\n")
        .build();
    let v2 = fx
        .lib("libuse-2.so")
        .source("extern int gcc_new(void);\nint use(void) { return gcc_new(); }\n")
        .link(&fake)
        .build();

    let (text, j) = diff_in(&v1, &v2, Some(&root));
    let (severity, message) = need_added(&j);
    assert_eq!(severity, "warning", "{text}");
    assert!(
        message
            .ends_with("/root/usr/lib/libgcc_s.so.1 defines it, after its base version GCC_2.95"),
        "{message}"
    );

    // On this system libgcc_s.so.1 starts at GCC_3.0.
    let (text, j) = diff_in(&v1, &v2, None);
    let (severity, message) = need_added(&j);
    assert_eq!(severity, "info", "{text}");
    assert!(
        message.contains("GCC_3.0 from libgcc_s.so.1, its base version"),
        "{message}"
    );
}

/// A `--sysroot` that is not a directory is an error before anything is read.
#[test]
fn abi_diff_with_a_missing_sysroot_is_an_error() {
    let fx = Fixture::new();
    let v1 = fx
        .lib("libuse-1.so")
        .source("int use(void) { return 0; }\n")
        .build();
    let run = compat(&[
        "abi",
        "diff",
        s(&v1),
        s(&v1),
        "--sysroot",
        s(&fx.join("nowhere")),
    ]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run.stderr.contains("nowhere"), "{}", run.stderr);
}

/// `compat check` names C++ symbols as `abi diff` does: a removed function
/// and the undefined symbol a program is left with demangled, with the
/// mangled name beside it, and the findings a promise lists by their
/// demangled names; the JSON keeps `symbol` mangled.
#[test]
fn compat_check_shows_cxx_symbols_demangled() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    let sh = |script: &str| {
        let st = std::process::Command::new("sh")
            .arg("-c")
            .arg(script)
            .current_dir(root)
            .status()
            .expect("sh");
        assert!(st.success(), "{script}");
    };
    std::fs::write(
        root.join("geo.cc"),
        "namespace geo {\n#ifndef V2\nint area(int w, int h) { return w * h; }\n#endif\nint keep() { return 1; }\n}\n",
    )
    .unwrap();
    std::fs::write(
        root.join("app.cc"),
        "namespace geo { int area(int, int); int keep(); }\nint main() { return geo::area(1, 2) + geo::keep(); }\n",
    )
    .unwrap();
    std::fs::write(
        root.join("compat.toml"),
        "version = 1\n\n[project]\nname = \"geo\"\n\n[promises.semver]\nkind = \"semver\"\nversion_from = \"git-tag:v*\"\n\n[component.libgeo]\nkind = \"elf-library\"\nowner = \"@geo\"\nartifact = \"build/libgeo.so.1\"\nbaseline.main = \"compat/libgeo.abi.json\"\npromises = [\"semver\"]\n\n[component.app]\nkind = \"elf-program\"\nowner = \"@geo\"\nartifact = \"build/app\"\nlibrary_path = [\"build\"]\n",
    )
    .unwrap();
    let git = "git -c user.email=ci@example.org -c user.name=CI";
    sh("mkdir -p build compat && g++ -g -O2 -fPIC -shared -o build/libgeo.so.1 geo.cc -Wl,-soname,libgeo.so.1 && g++ -g -O2 -o build/app app.cc -Lbuild -l:libgeo.so.1 && git init -q -b main");
    let run = |args: &[&str]| {
        let mut cmd = common::compat_cmd();
        cmd.current_dir(root).env_remove("COMPAT_NOW").args(args);
        common::finish(cmd.output().expect("run compat"))
    };
    let u = run(&["baseline", "update"]);
    assert_eq!(u.code, 0, "{}{}", u.stdout, u.stderr);
    sh(&format!("{git} add -A && {git} commit -qm v1 && {git} tag v1.0.0 && g++ -g -O2 -fPIC -shared -DV2 -o build/libgeo.so.1 geo.cc -Wl,-soname,libgeo.so.1 && {git} add -A && {git} commit -qm v2 && {git} tag v1.0.1"));
    let text = run(&["check", "--now", "2026-12-05"]).stdout;
    for part in [
        "breaking[abi-symbol-removed]: geo::area(int, int) [_ZN3geo4areaEii] (func) was removed",
        "call for a major bump (abi-symbol-removed geo::area(int, int))",
        "breaking[ld-symbol-unresolved]: undefined symbol: geo::area(int, int) [_ZN3geo4areaEii] (",
    ] {
        assert!(text.contains(part), "no {part:?} in {text}");
    }
    let j = run(&["check", "--now", "2026-12-05", "-f", "json"]).json();
    for rule in ["abi-symbol-removed", "ld-symbol-unresolved"] {
        let f = findings(&j, rule);
        assert_eq!(f.len(), 1, "{rule}: {j:#}");
        assert_eq!(f[0]["subject"]["symbol"], "_ZN3geo4areaEii");
        assert_eq!(f[0]["subject"]["demangled"], "geo::area(int, int)");
    }
}

/// `compat check` in `dir` (no git repository) on 2026-12-05: the JSON
/// report and the default text.
fn check_in(dir: &Path) -> (Value, String) {
    let run = |args: &[&str]| {
        let mut cmd = common::compat_cmd();
        cmd.current_dir(dir).env_remove("COMPAT_NOW").args(args);
        common::finish(cmd.output().expect("run compat"))
    };
    let j = run(&["check", "--now", "2026-12-05", "-f", "json"]);
    let text = run(&["check", "--now", "2026-12-05"]);
    assert_eq!(j.code, text.code, "{}{}", text.stdout, text.stderr);
    (j.json(), text.stdout)
}

/// The `abi-version-need-added` findings of component `c` in a check
/// report, as (severity, version, message, object).
fn needs_of(j: &Value, c: &str) -> Vec<(String, String, String, String)> {
    findings(j, "abi-version-need-added")
        .into_iter()
        .filter(|f| f["subject"]["component"] == c)
        .map(|f| {
            let s = |v: &Value| v.as_str().unwrap_or_default().to_owned();
            (
                s(&f["severity"]),
                s(&f["subject"]["version"]),
                s(&f["message"]),
                s(&f["subject"]["object"]),
            )
        })
        .collect()
}

/// `compat check` judges a version an elf-library newly needs as `abi diff`
/// does, by its provider's version definitions, found as ld.so would for the
/// artifact: beside the artifact, through the component's `library_path`,
/// beside a baseline kept as a file, inside the project's `sysroot` or the
/// component's own (which overrides it). The provider's first node
/// (LIBFOO_1.0 of a libfoo.so.1 built with a version script) is info, a later
/// one (LIBFOO_2.0) a warning, each message naming the provider; with no
/// provider found, compat's table answers and the message says so (libc's
/// GLIBC_2.2.5 info, libfoo's LIBFOO_1.0 a warning the table cannot lift).
/// Dropping the need again reports none.
#[cfg(target_arch = "x86_64")]
#[test]
fn compat_check_judges_a_new_version_need_by_the_provider_found_for_the_component() {
    let fx = Fixture::new();
    let root = fx.path();
    let foo = fx
        .lib("libfoo.so.1")
        .source("int foo_old(void) { return 1; }\nint foo_new(void) { return 2; }\n")
        .soname("libfoo.so.1")
        .version_script("LIBFOO_1.0 { global: foo_old; local: *; };\nLIBFOO_2.0 { global: foo_new; } LIBFOO_1.0;\n")
        .build();
    let v1 = fx
        .lib("libuse-1.so")
        .source("int use(void) { return 0; }\n")
        .soname("libuse.so.1")
        .arg("-nostdlib")
        .build();
    let user = |name: &str, call: &str| {
        fx.lib(name)
            .source(&format!(
                "#include <string.h>\nextern int {call}(void);\nint use(const char *s) {{ return {call}() + (int)strlen(s); }}\n"
            ))
            .soname("libuse.so.1")
            .link(&foo)
            .build()
    };
    let old_need = user("libuse-old.so", "foo_old");
    let new_need = user("libuse-new.so", "foo_new");
    // A libfoo.so.1 that starts at LIBFOO_0.9.
    let foo09 = fx
        .lib("libfoo09.so")
        .source("int foo_base(void) { return 0; }\nint foo_old(void) { return 1; }\n")
        .soname("libfoo.so.1")
        .version_script("LIBFOO_0.9 { global: foo_base; local: *; };\nLIBFOO_1.0 { global: foo_old; } LIBFOO_0.9;\n")
        .build();
    let place = |dir: &str, from: &Path, name: &str| {
        let d = root.join(dir);
        std::fs::create_dir_all(&d).unwrap();
        std::fs::copy(from, d.join(name)).unwrap();
    };
    // Two projects: `plain` without a sysroot, `rooted` with one. Each
    // component's artifact in its own directory, its baseline (the v1
    // build) in another; the provider wherever the case puts it.
    let project = |dir: &str, head: &str, components: &[(&str, &Path, &str)]| {
        let mut toml = format!("version = 1\n\n[project]\nname = \"{dir}\"\n{head}");
        for (c, artifact, extra) in components {
            place(&format!("{dir}/{c}/build"), artifact, "libuse.so.1");
            let old = if *c == "dropped" { &old_need } else { &v1 };
            place(&format!("{dir}/{c}/base"), old, "libuse.so.1");
            toml.push_str(&format!("\n[component.{c}]\nkind = \"elf-library\"\nowner = \"@t\"\nartifact = \"{c}/build/libuse.so.1\"\nbaseline.main = \"{c}/base/libuse.so.1\"\n{extra}"));
        }
        std::fs::write(root.join(dir).join("compat.toml"), toml).unwrap();
    };
    project(
        "plain",
        "",
        &[
            ("beside", &old_need, ""),
            ("later", &new_need, ""),
            ("libpath", &old_need, "library_path = [\"deps\"]\n"),
            ("bybase", &old_need, ""),
            ("dropped", &v1, ""),
        ],
    );
    place("plain/beside/build", &foo, "libfoo.so.1");
    place("plain/later/build", &foo, "libfoo.so.1");
    place("plain/deps", &foo, "libfoo.so.1");
    place("plain/bybase/base", &foo, "libfoo.so.1");
    project(
        "rooted",
        "sysroot = \"sysroot\"\n",
        &[
            ("inroot", &new_need, ""),
            ("ownroot", &old_need, "sysroot = \"other-root\"\n"),
            ("table", &old_need, "sysroot = \"empty-root\"\n"),
        ],
    );
    place("rooted/sysroot/usr/lib", &foo, "libfoo.so.1");
    place("rooted/other-root/usr/lib", &foo09, "libfoo.so.1");
    std::fs::create_dir_all(root.join("rooted/empty-root")).unwrap();
    let (plain, plain_text) = check_in(&root.join("plain"));
    let (rooted, rooted_text) = check_in(&root.join("rooted"));
    let text = format!("{plain_text}{rooted_text}");
    let j = serde_json::json!({
        "findings": plain["findings"].as_array().unwrap().iter()
            .chain(rooted["findings"].as_array().unwrap()).cloned().collect::<Vec<_>>()
    });

    let one = |c: &str, version: &str| {
        let all = needs_of(&j, c);
        let hit: Vec<_> = all.iter().filter(|n| n.1 == version).cloned().collect();
        assert_eq!(hit.len(), 1, "{c} {version}: {all:?}\n{text}");
        hit[0].clone()
    };
    let at = |c: &str| {
        let (sev, _, msg, obj) = one(c, "LIBFOO_1.0");
        (sev, msg, obj)
    };
    // Found beside the artifact, through library_path, beside the baseline:
    // the provider's first node, info.
    for (c, dir) in [
        ("beside", "beside/build"),
        ("libpath", "deps"),
        ("bybase", "bybase/base"),
    ] {
        let (sev, msg, obj) = at(c);
        assert_eq!(sev, "info", "{c}: {msg}");
        assert!(obj.ends_with(&format!("{dir}/libfoo.so.1")), "{c}: {obj}");
        assert!(
            msg.starts_with("now needs version LIBFOO_1.0 from libfoo.so.1, its base version: the oldest node libfoo.so.1 defines ("),
            "{c}: {msg}"
        );
        assert!(msg.contains(&format!("{dir}/libfoo.so.1")), "{c}: {msg}");
    }
    // A later node is a warning naming the provider that defines it.
    let (sev, _, msg, _) = one("later", "LIBFOO_2.0");
    assert_eq!(sev, "warning", "{msg}");
    assert!(
        msg.ends_with("later/build/libfoo.so.1 defines it, after its base version LIBFOO_1.0"),
        "{msg}"
    );
    // In the project's sysroot.
    let (sev, _, msg, obj) = one("inroot", "LIBFOO_2.0");
    assert_eq!(sev, "warning", "{msg}");
    assert!(obj.ends_with("sysroot/usr/lib/libfoo.so.1"), "{obj}");
    // The component's sysroot overrules the project's: there libfoo starts
    // at LIBFOO_0.9, so LIBFOO_1.0 is not its base.
    let (sev, msg, obj) = at("ownroot");
    assert_eq!(sev, "warning", "{msg}");
    assert!(obj.ends_with("other-root/usr/lib/libfoo.so.1"), "{obj}");
    assert!(
        msg.ends_with("defines it, after its base version LIBFOO_0.9"),
        "{msg}"
    );
    // Nothing found in an empty root: the table answers, and says so.
    let (sev, _, msg, obj) = one("table", "GLIBC_2.2.5");
    assert_eq!(sev, "info", "{msg}");
    assert_eq!(obj, "");
    assert!(
        msg.contains("the base version of libc.so.6 on x86_64 by compat's table of base versions (libc.so.6 was not found where ld.so would look for it"),
        "{msg}"
    );
    let (sev, msg, obj) = at("table");
    assert_eq!(sev, "warning", "{msg}");
    assert_eq!(obj, "");
    assert!(
        msg.ends_with(
            "and compat's table of base versions does not list it for libfoo.so.1 on x86_64"
        ),
        "{msg}"
    );
    // The other way: the need dropped is not a finding.
    assert_eq!(needs_of(&j, "dropped"), Vec::new(), "{text}");
    // The text shows the same verdicts.
    assert!(
        text.contains(
            "warning[abi-version-need-added]: now needs version LIBFOO_2.0 from libfoo.so.1;"
        ),
        "{text}"
    );
}

/// A component's `sysroot` that does not exist is an input error of that
/// component (exit 2), named in the report, as `abi diff --sysroot` is.
#[test]
fn compat_check_with_a_missing_sysroot_is_an_error() {
    let fx = Fixture::new();
    let v1 = fx
        .lib("libuse.so.1")
        .source("int use(void) { return 0; }\n")
        .build();
    std::fs::create_dir_all(fx.join("base")).unwrap();
    std::fs::copy(&v1, fx.join("base/libuse.so.1")).unwrap();
    std::fs::write(
        fx.join("compat.toml"),
        "version = 1\n\n[project]\nname = \"r\"\n\n[component.lib]\nkind = \"elf-library\"\nowner = \"@t\"\nartifact = \"libuse.so.1\"\nbaseline.main = \"base/libuse.so.1\"\nsysroot = \"nowhere\"\n",
    )
    .unwrap();
    let mut cmd = common::compat_cmd();
    cmd.current_dir(fx.path())
        .args(["check", "--now", "2026-12-05", "-f", "json"]);
    let run = common::finish(cmd.output().expect("run compat"));
    assert_eq!(run.code, 2, "{}{}", run.stdout, run.stderr);
    let j = run.json();
    let errors = j["errors"].as_array().unwrap();
    assert_eq!(errors.len(), 1, "{j:#}");
    assert_eq!(errors[0]["file"], "lib");
    let message = errors[0]["message"].as_str().unwrap();
    assert!(
        message.starts_with("sysroot = \"nowhere\": ") && message.contains("nowhere"),
        "{message}"
    );
}

/// C++ pointers to members (`DW_TAG_ptr_to_member_type`) are read as types
/// and print as c++filt spells them (`int Record::*`, `void
/// (Record::*)(int) const`), in messages and values, both ways; the subject
/// keeps the type and member, so the fingerprint is the subject's.
#[test]
fn pointers_to_members_print_as_cxx_spells_them() {
    let fx = Fixture::new();
    let src = "struct Record { int count; long total; void bump(int n) const; };\nvoid Record::bump(int) const {}\nstruct Query { int Record::*field; void (Record::*hook)(int) const; int scale; };\nlong query_get(const Record *r, const Query *q) { (r->*(q->hook))(1); return (long)(r->*(q->field)) * q->scale; }\n";
    let v1 = lib(&fx, "libmp-1.so", src, true);
    let v2 = lib(
        &fx,
        "libmp-2.so",
        &src.replace("int Record::*field", "long Record::*field")
            .replace(
                "(Record::*hook)(int) const",
                "(Record::*hook)(double) const",
            ),
        true,
    );
    for (old, new, forward) in [(&v1, &v2, true), (&v2, &v1, false)] {
        let (text, j) = diff(old, new);
        let spell = |p: [&'static str; 2]| if forward { p } else { [p[1], p[0]] };
        for (member, [o, n]) in [
            ("field", spell(["int Record::*", "long int Record::*"])),
            (
                "hook",
                spell([
                    "void (Record::*)(int) const",
                    "void (Record::*)(double) const",
                ]),
            ),
        ] {
            let f = findings(&j, "abi-member-type-changed")
                .into_iter()
                .find(|f| f["subject"]["member"] == member)
                .unwrap_or_else(|| panic!("{member}: {text}"));
            assert_eq!(f["severity"], "breaking", "{text}");
            let sub = &f["subject"];
            assert_eq!(sub["type"], "struct Query");
            assert_eq!(sub["old_value"], o);
            assert_eq!(sub["new_value"], n);
            let plain: compat_report::Subject = serde_json::from_value(sub.clone()).unwrap();
            assert_eq!(
                f["fingerprint"],
                compat_report::fingerprint::fingerprint("abi-member-type-changed", "", &plain, &[])
                    .as_str()
            );
            assert!(
                text.contains(&format!(
                    "member {member} of struct Query changed type from {o} to {n}"
                )),
                "{member}: {text}"
            );
        }
        let all = serde_json::to_string(&j).unwrap();
        assert!(!all.contains("DW_TAG") && !all.contains("memptr("), "{all}");
    }
    // The same class and member type through a typedef: nothing changed.
    let v3 = lib(
        &fx,
        "libmp-3.so",
        &format!(
            "typedef int count_t;\n{}",
            src.replace("int Record::*field", "count_t Record::*field")
        ),
        true,
    );
    let (text, j) = diff(&v1, &v3);
    assert_eq!(j["findings"].as_array().unwrap().len(), 0, "{text}");
}

/// The standard library's instantiations read as C++ programmers write
/// them in text and Markdown (`std::string`, `std::map<std::string, int>`,
/// `std::vector<int>`: default template arguments dropped); the JSON keeps
/// the demangler's exact spelling (pair 904).
#[test]
fn standard_library_names_read_as_written_and_the_json_keeps_them() {
    let fx = Fixture::new();
    let keep = "#include <string>\n#include <map>\n#include <vector>\nint keep() { return 1; }\n";
    let v1 = lib(
        &fx,
        "libstd-1.so",
        &format!("{keep}int put(const std::string &k, const std::map<std::string, int> &m, std::vector<int> v) {{ return (int)(k.size() + m.size() + v.size()); }}\n"),
        true,
    );
    let v2 = lib(&fx, "libstd-2.so", keep, true);
    let (text, j) = diff(&v1, &v2);
    let short = "put(std::string const&, std::map<std::string, int> const&, std::vector<int>)";
    assert!(
        text.starts_with(&format!("breaking[abi-symbol-removed]: {short} [")),
        "{text}"
    );
    // Markdown escapes `<`, `&` and `_`.
    let md = compat(&["abi", "diff", s(&v1), s(&v2), "-f", "markdown"]).stdout;
    assert!(md.replace('\\', "").contains(short), "{md}");
    let removed = findings(&j, "abi-symbol-removed");
    assert_eq!(removed.len(), 1, "{text}");
    let full = "std::__cxx11::basic_string<char, std::char_traits<char>, std::allocator<char> >";
    let demangled = removed[0]["subject"]["demangled"].as_str().unwrap();
    assert!(
        demangled.starts_with(&format!("put({full} const&, std::map<{full}, int, std::less<{full} >, std::allocator<std::pair<{full} const, int> > > const&, std::vector<int, std::allocator<int> >)")),
        "{demangled}"
    );
    assert!(removed[0]["message"].as_str().unwrap().contains(full));
}

/// A member moved by an insertion that also grew its struct reads as one
/// sentence (pair 120), not two parentheticals; the subject keeps the
/// member and its old and new offsets.
#[test]
fn a_moved_member_says_what_else_changed_in_one_sentence() {
    let fx = Fixture::new();
    // Callers allocate it (no export hands one out): public.
    let src = "struct net_stats { unsigned long rx; unsigned long tx; };\nunsigned long net_tx(const struct net_stats *s) { return s->tx; }\n";
    let v1 = lib(&fx, "libnet-1.so", src, false);
    let v2 = lib(
        &fx,
        "libnet-2.so",
        &src.replace(
            "unsigned long rx;",
            "unsigned long rx; unsigned long dropped;",
        ),
        false,
    );
    let (text, j) = diff(&v1, &v2);
    let moved = findings(&j, "abi-member-offset-changed");
    assert_eq!(moved.len(), 1, "{text}");
    let sub = &moved[0]["subject"];
    assert_eq!(sub["member"], "tx");
    assert_eq!(sub["old_value"], "byte 8");
    assert_eq!(sub["new_value"], "byte 16");
    let line = text.lines().next().unwrap();
    assert!(
        line.contains("member tx of struct net_stats moved from byte 8 to byte 16; member dropped was added and struct net_stats grew from 16 to 24 bytes, so consumers built against the old layout still access tx at byte 8"),
        "{text}"
    );
    assert!(!line.contains(") ("), "{text}");
}
