//! Finding and reading DWARF: versions, compression, separate debug files,
//! rebuilds, recursive and anonymous types, public headers, corrupt input.

mod common;

use std::path::Path;
use std::process::Command;

use common::{build, diff_src, read, read_with, section_header};
use compat_dwarf::{diff, load_debug, read_types, DebugSource, DwarfError, TypeDef};
use compat_report::Severity::{Breaking, Info};
use compat_testkit::Fixture;

const RICH: &str = r#"
#include <stddef.h>
typedef struct node { struct node *next; int v; unsigned a:3, b:5; signed c:7; struct { int x; } anon;
  union { long l; double d; }; } node_t;
struct opaque;
enum color { RED, GREEN = 5, BLUE = -1 };
typedef int (*cb_t)(const char *, ...);
struct a; struct b { struct a *a; int n; }; struct a { struct b *b; struct a *self; struct b inner; };
struct internal_only { int x; };
static struct internal_only internal_state;
int counter = 3;
const char *names[4];
char matrix[2][3];
node_t *make(int v, struct opaque *o, enum color c, cb_t cb, size_t n) { (void)o; (void)c; (void)cb; (void)n; (void)v; internal_state.x++; return 0; }
int logf_(const char *fmt, ...) { (void)fmt; return 0; }
void takes(node_t n, long double d, volatile int * const p, struct a *x) { (void)n; (void)d; (void)p; (void)x; }
static int hidden_helper(int x) { return x * 2; }
int uses_helper(int x) { return hidden_helper(x) + 1; }
"#;

fn objcopy(args: &[&str], file: &Path) {
    let out = Command::new("objcopy")
        .args(args)
        .arg(file)
        .output()
        .expect("objcopy (binutils)");
    assert!(
        out.status.success(),
        "objcopy {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn reads_prototypes_types_and_recursive_structs() {
    let fx = Fixture::new();
    let info = read(&build(&fx, "librich.so", RICH, &[]));
    let make = &info.functions["make"];
    assert_eq!(make.ret, "typedef node_t *");
    let tys: Vec<&str> = make.params.iter().map(|p| p.ty.as_str()).collect();
    assert_eq!(
        tys,
        [
            "int",
            "struct opaque *",
            "enum color",
            "typedef cb_t",
            "typedef size_t"
        ]
    );
    assert!(info.functions["logf_"].variadic);
    assert_eq!(
        info.functions["takes"].params[2].ty,
        "const (volatile int *)"
    );
    assert_eq!(info.variables["names"].ty, "const char *[4]");
    // Declaration order: `char matrix[2][3]`.
    assert_eq!(info.variables["matrix"].ty, "char[2][3]");
    assert!(!info.functions.contains_key("hidden_helper"));
    assert!(
        !info.types.contains_key("struct internal_only"),
        "unreachable types are not kept"
    );
    assert!(matches!(
        &info.types["typedef cb_t"],
        TypeDef::Typedef { target } if target == "fn(const char *, ...) -> int *"
    ));
    assert!(info.types["struct opaque"].is_declaration_only());
    let TypeDef::Enum { enumerators, .. } = &info.types["enum color"] else {
        panic!()
    };
    assert_eq!(
        enumerators,
        &[("RED".into(), 0), ("GREEN".into(), 5), ("BLUE".into(), -1)]
    );
    // Self-referential and mutually recursive structs, each once.
    let TypeDef::Struct { members, .. } = &info.types["struct a"] else {
        panic!()
    };
    let tys: Vec<&str> = members.iter().map(|m| m.ty.as_str()).collect();
    assert_eq!(tys, ["struct b *", "struct a *", "struct b"]);
    assert!(info.types.contains_key("struct b"));
    // Bit-fields and anonymous members.
    let TypeDef::Struct { members, size, .. } = &info.types["struct node"] else {
        panic!()
    };
    assert_eq!(*size, 32);
    let m = |n: &str| {
        members
            .iter()
            .find(|m| m.name.as_deref() == Some(n))
            .unwrap()
    };
    assert_eq!((m("a").offset_bits, m("a").bit_size), (96, Some(3)));
    assert_eq!((m("b").offset_bits, m("b").bit_size), (99, Some(5)));
    assert_eq!((m("c").offset_bits, m("c").bit_size), (104, Some(7)));
    assert_eq!(m("anon").ty, "struct <anon@librich.so.c:3>");
    let unnamed = members.iter().find(|m| m.name.is_none()).unwrap();
    assert_eq!(unnamed.ty, "union <anon@librich.so.c:4>");
    assert_eq!(unnamed.offset_bits, 192);
    // Deterministic JSON.
    let json = serde_json::to_string(&info).unwrap();
    assert_eq!(
        json,
        serde_json::to_string(&read(&fx.join("librich.so"))).unwrap()
    );
}

#[test]
fn old_vs_old_is_empty() {
    let fx = Fixture::new();
    let info = read(&build(&fx, "librich.so", RICH, &[]));
    assert_eq!(diff(&info, &info, ("a", "a")), vec![]);
}

#[test]
fn rebuilds_at_other_optimization_levels_and_dwarf_versions_are_identical() {
    let fx = Fixture::new();
    let base = read(&build(&fx, "lib0.so", RICH, &["-O0"]));
    for (i, args) in [
        &["-O2"][..],
        &["-Os"],
        &["-O2", "-gdwarf-4"],
        &["-O0", "-gdwarf-5"],
        &["-O3", "-gdwarf-4", "-gstrict-dwarf"],
    ]
    .iter()
    .enumerate()
    {
        let other = read(&build(&fx, &format!("lib{}.so", i + 1), RICH, args));
        assert_eq!(diff(&base, &other, ("a", "b")), vec![], "{args:?}");
        assert_eq!(diff(&other, &base, ("b", "a")), vec![], "{args:?}");
        // Source names differ (lib0.so.c, lib1.so.c...), so compare without anonymous names.
        assert_eq!(base.functions, other.functions, "{args:?}");
    }
}

#[test]
fn compressed_debug_sections() {
    let fx = Fixture::new();
    let plain = read(&build(&fx, "libz.so", RICH, &[]));
    for (i, z) in ["-gz=zlib", "-gz=zlib-gnu"].iter().enumerate() {
        let lib = build(&fx, "libz.so", RICH, &[z]);
        let sections = Command::new("readelf")
            .args(["-S", "-W"])
            .arg(&lib)
            .output()
            .unwrap();
        let sections = String::from_utf8_lossy(&sections.stdout);
        if i == 1 {
            assert!(sections.contains(".zdebug_info"), "{sections}");
        }
        assert_eq!(read(&lib), plain, "{z}");
    }
}

#[test]
fn separate_debug_file_through_debuglink() {
    let fx = Fixture::new();
    let lib = build(&fx, "libsep.so", RICH, &[]);
    let embedded = read(&lib);
    let dbg = fx.join("libsep.so.debug");
    std::fs::copy(&lib, &dbg).unwrap();
    objcopy(&["--only-keep-debug"], &dbg);
    objcopy(
        &[
            "--strip-debug",
            &format!("--add-gnu-debuglink={}", dbg.display()),
        ],
        &lib,
    );
    let bytes = std::fs::read(&lib).unwrap();
    let loaded = load_debug(&lib, &bytes, Some(Path::new("/nonexistent"))).unwrap();
    let data = loaded.data.expect("found through the debug link");
    assert_eq!(data.source, DebugSource::DebugLink(dbg.clone()));
    assert_eq!(read(&lib), embedded);

    // In .debug/ next to the file.
    std::fs::create_dir(fx.join(".debug")).unwrap();
    std::fs::rename(&dbg, fx.join(".debug/libsep.so.debug")).unwrap();
    let loaded = load_debug(&lib, &bytes, Some(Path::new("/nonexistent"))).unwrap();
    assert_eq!(
        loaded.data.unwrap().source,
        DebugSource::DebugLink(fx.join(".debug/libsep.so.debug"))
    );

    // In DEBUG_DIR/<absolute dir>/.
    let debug_dir = tempfile::tempdir().unwrap();
    let abs = fx.path().canonicalize().unwrap();
    let target = debug_dir.path().join(abs.strip_prefix("/").unwrap());
    std::fs::create_dir_all(&target).unwrap();
    std::fs::rename(
        fx.join(".debug/libsep.so.debug"),
        target.join("libsep.so.debug"),
    )
    .unwrap();
    let lib = abs.join("libsep.so");
    let (info, _) = read_with(&lib, Some(debug_dir.path()), None);
    assert_eq!(info.unwrap(), embedded);
}

#[test]
fn debuglink_that_points_nowhere_or_mismatches_is_none_with_a_note() {
    let fx = Fixture::new();
    let lib = build(&fx, "libgone.so", RICH, &[]);
    let dbg = fx.join("libgone.so.debug");
    std::fs::copy(&lib, &dbg).unwrap();
    objcopy(&["--only-keep-debug"], &dbg);
    objcopy(
        &[
            "--strip-debug",
            &format!("--add-gnu-debuglink={}", dbg.display()),
        ],
        &lib,
    );
    // A file with the right name but the wrong contents: CRC mismatch.
    std::fs::write(&dbg, b"not the debug file").unwrap();
    let (info, notes) = read_with(&lib, Some(Path::new("/nonexistent")), None);
    assert!(info.is_none());
    assert!(
        notes.iter().any(|n| n.contains("does not match")),
        "{notes:?}"
    );
    std::fs::remove_file(&dbg).unwrap();
    let (info, notes) = read_with(&lib, Some(Path::new("/nonexistent")), None);
    assert!(info.is_none());
    assert!(
        notes
            .iter()
            .any(|n| n.contains(".gnu_debuglink names libgone.so.debug")),
        "{notes:?}"
    );
    // No debug information at all: None, no note.
    let bare = fx
        .lib("libbare.so")
        .source("int f(void) { return 0; }")
        .build();
    let (info, notes) = read_with(&bare, None, None);
    assert!(info.is_none() && notes.is_empty(), "{notes:?}");
}

#[test]
fn build_id_lookup_in_a_debug_dir() {
    let fx = Fixture::new();
    let lib = build(&fx, "libbid.so", RICH, &["-Wl,--build-id=sha1"]);
    let embedded = read(&lib);
    let dbg = fx.join("full.debug");
    std::fs::copy(&lib, &dbg).unwrap();
    objcopy(&["--only-keep-debug"], &dbg);
    objcopy(&["--strip-debug"], &lib);
    let debug_dir = tempfile::tempdir().unwrap();
    let target = common::build_id_debug_path(debug_dir.path(), &lib);
    std::fs::rename(&dbg, &target).unwrap();
    let bytes = std::fs::read(&lib).unwrap();
    let loaded = load_debug(&lib, &bytes, Some(debug_dir.path())).unwrap();
    assert_eq!(loaded.data.unwrap().source, DebugSource::BuildId(target));
    assert_eq!(
        read_with(&lib, Some(debug_dir.path()), None).0.unwrap(),
        embedded
    );
}

#[test]
fn truncated_or_garbage_debug_info_is_an_error_not_a_panic() {
    let fx = Fixture::new();
    let lib = build(&fx, "libbad.so", RICH, &[]);
    let good = std::fs::read(&lib).unwrap();
    let (h, off, size) = section_header(&good, ".debug_info");
    let exported = common::exported(&lib, &good);

    let mut truncated = good.clone();
    truncated[h + 0x20..h + 0x28].copy_from_slice(&((size / 2) as u64).to_le_bytes());
    let loaded = load_debug(&lib, &truncated, None).unwrap();
    let err = read_types(loaded.data.as_ref().unwrap(), &exported, None).unwrap_err();
    assert!(matches!(err, DwarfError::Malformed { .. }), "{err}");

    // Garbage in the middle of the DIEs: an error or a result, never a panic.
    for seed in 0..16usize {
        let mut bad = good.clone();
        for i in 0..32 {
            let p = off + 11 + (seed * 97 + i * 31) % (size - 11);
            bad[p] ^= 0xa5;
        }
        let loaded = load_debug(&lib, &bad, None).unwrap();
        let _ = read_types(loaded.data.as_ref().unwrap(), &exported, None);
    }

    // A section that extends past the end of the file.
    let mut past = good.clone();
    past[h + 0x20..h + 0x28].copy_from_slice(&(u64::MAX / 2).to_le_bytes());
    assert!(matches!(
        load_debug(&lib, &past, None),
        Err(DwarfError::Truncated { .. })
    ));
}

#[test]
fn anonymous_types_are_compared_once_and_survive_moving() {
    let old = "struct s { int a; union { int i; float f; } u; }; int f(struct s x) { return x.a; }";
    // The same types one line further down: nothing to report.
    let moved = format!("\n{old}");
    assert_eq!(diff_src(old, &moved), vec![]);
    let new = "struct s { int a; union { int i; float f; long l; } u; }; int f(struct s x) { return x.a; }";
    let fs = diff_src(old, new);
    // The union grew (root cause); struct s grew and its later members moved as a consequence.
    let f = &fs[fs.len() - 1];
    assert_eq!(f.rule, "abi-type-size-changed", "{fs:#?}");
    // Messages name it by its place; the subject keeps the structural name.
    assert_eq!(
        f.subject.type_name.as_deref(),
        Some("union <anon@libx.so.c:1>")
    );
    assert!(
        f.message.starts_with("(anonymous union in libx.so.c:1)"),
        "{}",
        f.message
    );
    assert_eq!(fs.len(), 2, "{fs:#?}");
    assert!(
        fs[0]
            .message
            .contains("(anonymous union in libx.so.c:1), the type of member u, changed layout"),
        "{}",
        fs[0].message
    );
}

#[test]
fn bit_field_width_change_is_a_member_type_change() {
    let old = "struct s { unsigned a:3, b:5; }; int f(struct s x) { return x.a; }";
    let new = "struct s { unsigned a:4, b:5; }; int f(struct s x) { return x.a; }";
    let fs = diff_src(old, new);
    assert_eq!(
        common::rules(&fs),
        [
            ("abi-member-type-changed".into(), Breaking),
            ("abi-member-offset-changed".into(), Breaking)
        ],
        "{fs:#?}"
    );
    // b moved because a grew: reported as moved, with a's change beside it.
    assert!(
        fs[1]
            .message
            .contains("member b of struct s moved from bit 3"),
        "{fs:#?}"
    );
}

#[test]
fn declaration_only_types_take_a_definition_from_another_unit_and_conflicts_are_noted() {
    let fx = Fixture::new();
    fx.write("def.c", "struct s { int a; long b; };\n__attribute__((visibility(\"hidden\"))) struct s hidden_s;\n");
    let lib = build(
        &fx,
        "libmulti.so",
        "struct s; int f(struct s *p) { return p != 0; }",
        &[fx.join("def.c").to_str().unwrap()],
    );
    let (info, notes) = read_with(&lib, None, None);
    let info = info.unwrap();
    let TypeDef::Struct {
        size,
        declaration_only,
        ..
    } = &info.types["struct s"]
    else {
        panic!()
    };
    assert_eq!((*size, *declaration_only), (16, false));
    assert!(notes.is_empty(), "{notes:?}");

    fx.write(
        "other.c",
        "struct s { char c; }; int g(struct s *p) { return p->c; }\n",
    );
    let lib = build(
        &fx,
        "libconflict.so",
        "struct s { int a; long b; }; int f(struct s *p) { return p->a; }",
        &[fx.join("other.c").to_str().unwrap()],
    );
    let (info, notes) = read_with(&lib, None, None);
    let TypeDef::Struct { size, .. } = &info.unwrap().types["struct s"] else {
        panic!()
    };
    // other.c comes first on the command line, so it is the first unit.
    assert_eq!(*size, 1, "the first unit's definition wins");
    assert!(
        notes
            .iter()
            .any(|n| n.contains("1 type has different definitions") && n.contains("struct s")),
        "{notes:?}"
    );
}

/// The note on conflicting definitions names a C++ class `class W`, as
/// the findings do, not by its key `struct W`.
#[test]
fn conflicting_classes_are_noted_with_their_keyword() {
    let fx = Fixture::new();
    fx.write(
        "other.cc",
        "class W { public: char c; }; int g(W *p) { return p->c; }\n",
    );
    let lib = fx
        .lib("libconflict.so")
        .cc("g++")
        .source("class W { public: int a; long b; }; int f(W *p) { return p->a; }")
        .arg("-g")
        .arg("-x")
        .arg("c++")
        .arg(fx.join("other.cc"))
        .build();
    let (info, notes) = read_with(&lib, None, None);
    assert!(info.unwrap().types.contains_key("struct W"));
    let note = notes
        .iter()
        .find(|n| n.contains("1 type has different definitions"))
        .unwrap_or_else(|| panic!("{notes:?}"));
    assert!(
        note.ends_with("the first unit's was kept: class W"),
        "{note}"
    );
}

#[test]
fn public_headers_decide_pointer_only_severity() {
    let fx = Fixture::new();
    std::fs::create_dir_all(fx.join("include")).unwrap();
    std::fs::create_dir_all(fx.join("src")).unwrap();
    let make = |name: &str, extra: &str| {
        fx.write(
            "include/pub.h",
            format!("struct pub {{ int a; {extra} int b; }};\n"),
        );
        fx.write(
            "src/priv.h",
            format!("struct priv {{ int a; {extra} int b; }};\n"),
        );
        build(
            &fx,
            name,
            "#include \"include/pub.h\"\n#include \"src/priv.h\"\nint f(struct pub *p, struct priv *q) { return p->a + q->a; }\n",
            &[],
        )
    };
    let old = make("libold.so", "");
    let new = make("libnew.so", "int c;");
    let headers = fx.join("include");
    let o = read_with(&old, None, Some(&headers)).0.unwrap();
    let n = read_with(&new, None, Some(&headers)).0.unwrap();
    assert!(o.header_filtered);
    assert!(o.private_types.contains("struct priv") && !o.private_types.contains("struct pub"));
    let fs = diff(&o, &n, ("old", "new"));
    let by_type: Vec<(String, compat_report::Severity)> = fs
        .iter()
        .map(|f| (f.group.clone().unwrap(), f.severity))
        .collect();
    assert_eq!(
        by_type,
        vec![
            ("type:struct priv".into(), Info),
            ("type:struct pub".into(), Breaking)
        ],
        "{fs:#?}"
    );
    // Without headers, f takes pointers to both and nothing hands one out:
    // callers allocate them, so both changes break.
    let fs = diff(&read(&old), &read(&new), ("old", "new"));
    assert_eq!(fs.len(), 2, "{fs:#?}");
    assert!(
        fs.iter().all(|f| f.severity == Breaking
            && f.message.contains("callers allocate it themselves")),
        "{fs:#?}"
    );
}

/// Headers copied elsewhere than the build tree still match by their path
/// below a directory of the same name (`include/openssl/evp.h`), but a
/// private header with the same file name in another directory does not; an
/// amalgamated source (the public header pasted into the `.c` file) makes its
/// types public when the header directory defines them.
#[test]
fn public_headers_match_copies_and_amalgamated_sources() {
    let fx = Fixture::new();
    for d in ["build/include/pub", "build/include/crypto", "installed/pub"] {
        std::fs::create_dir_all(fx.join(d)).unwrap();
    }
    fx.write(
        "build/include/pub/evp.h",
        "struct evp { int a; };\nstruct fwd;\n",
    );
    fx.write(
        "build/include/crypto/evp.h",
        "struct evp_private { int a; };\n",
    );
    fx.write(
        "installed/pub/evp.h",
        "struct evp { int a; };\nstruct fwd;\n",
    );
    let lib = build(
        &fx,
        "libcopy.so",
        &format!(
            "#include \"{0}/build/include/pub/evp.h\"\n#include \"{0}/build/include/crypto/evp.h\"\n\
             struct fwd {{ int z; }};\n\
             int f(struct evp *p, struct evp_private *q, struct fwd *w) {{ return p->a + q->a + w->z; }}\n",
            fx.path().display()
        ),
        &[],
    );
    let info = read_with(&lib, None, Some(&fx.join("installed/pub")))
        .0
        .unwrap();
    let private: Vec<&str> = info.private_types.iter().map(String::as_str).collect();
    // struct fwd is only declared in the header: its definition in the source stays private.
    assert_eq!(private, ["struct evp_private", "struct fwd"], "{info:#?}");

    // Amalgamation: the header text pasted into the source file.
    std::fs::create_dir_all(fx.join("amalg/include")).unwrap();
    fx.write(
        "amalg/include/lib.h",
        "typedef struct lib_module lib_module;\nstruct lib_module { int v; int (*x)(void); };\nstruct lib_db;\n",
    );
    let lib = build(
        &fx,
        "libamalg.so",
        "typedef struct lib_module lib_module;\nstruct lib_module { int v; int (*x)(void); };\n\
         struct lib_db { int secret; };\n\
         int reg(const lib_module *m, struct lib_db *db) { return m->v + db->secret; }\n",
        &[],
    );
    let info = read_with(&lib, None, Some(&fx.join("amalg/include")))
        .0
        .unwrap();
    let private: Vec<&str> = info.private_types.iter().map(String::as_str).collect();
    assert_eq!(private, ["struct lib_db"], "{info:#?}");
}

/// C++: names qualified by namespace and class, base classes as members,
/// virtual functions in slot order, member functions under their mangled
/// symbols with `this` as the first parameter.
#[test]
fn cxx_classes_namespaces_bases_and_vtables() {
    let fx = Fixture::new();
    let lib = common::build_cxx(&fx, "libw.so", common::CXX_WIDGET);
    let info = read(&lib);
    let TypeDef::Struct {
        members, vtable, ..
    } = &info.types["struct ns::Widget"]
    else {
        panic!("{:#?}", info.types.keys());
    };
    let names: Vec<_> = members.iter().map(|m| m.name.as_deref().unwrap()).collect();
    assert_eq!(names, ["<base struct ns::Base>", "in", "d"]);
    assert_eq!(members[0].offset_bits, 0);
    assert_eq!(members[1].ty, "struct ns::Widget::Inner");
    let slots: Vec<_> = vtable.iter().map(|v| (v.name.as_str(), v.slot)).collect();
    assert_eq!(
        slots,
        [
            ("_ZN2ns6Widget1fEi", Some(2)),
            ("_ZN2ns6Widget1hEv", Some(4)),
            ("_ZN2ns6WidgetD4Ev", None)
        ]
    );
    let TypeDef::Struct { vtable, .. } = &info.types["struct ns::Base"] else {
        panic!()
    };
    assert_eq!(vtable[1].name, "_ZN2ns4Base1gEv");
    assert!(info.types.contains_key("struct ns::Widget::Inner"));
    assert!(info.types.contains_key("enum ns::inner::Color"));
    let m = &info.functions["_ZNK2ns6Widget6methodEl"];
    assert_eq!(m.params[0].name.as_deref(), Some("this"));
    assert_eq!(m.params[1].ty, "long int");
    assert_eq!(
        info.functions["_ZN2ns5inner4pickENS0_5ColorE"].ret,
        "enum ns::inner::Color"
    );
}

/// DWARF's `DW_FORM_data1/2/4/8` carry no sign. GCC writes a non-negative
/// enumerator in the smallest of them and a negative one as sdata, whatever
/// the enum's sign: 200 is the byte 0xc8 in an enum over `uint8_t`, over
/// `int16_t` and in a C enum with a negative member; 40000 two bytes in an
/// `int` enum. A form as wide as a signed type holds its bit pattern. Array
/// bounds (199 of a `[200]`, one byte) are unsigned. Each value must read as
/// written, in the model, its JSON dump and the findings' text and JSON.
#[test]
fn one_byte_constants_read_with_their_types_sign() {
    const LIB: &str = r#"#include <cstdint>
enum class Status : uint8_t { Ok = 200, NoContent = 204, Max = 255 };
enum class Level : int8_t { Alert = -56, Info = 6, Top = 127 };
enum class Wide : int16_t { Ok = 200, Neg = -1, Big = 30000, Low = -25536 };
enum Mixed { M_NEG = -1, M_MID = 200, M_WIDE = 40000 };
enum Plain { P_LOW = 0x82, P_MID = 200, P_WIDE = 40000, P_TOP = 0xffffffffu };
struct Rec { unsigned char a[200]; Status s; Level l; Wide w; Mixed m; Plain p; };
extern "C" int use(Rec *r, Status s, Level l, Wide w, Mixed m, Plain p) {
  return r->a[0] + (int)s + (int)l + (int)w + (int)m + (int)p;
}
"#;
    let fx = Fixture::new();
    let info = read(&common::build_cxx(&fx, "libc.so", LIB));
    let enumerators = |key: &str| match &info.types[key] {
        TypeDef::Enum { enumerators, .. } => enumerators.clone(),
        other => panic!("{key}: {other:?}"),
    };
    let named = |v: &[(&str, i128)]| -> Vec<(String, i128)> {
        v.iter().map(|(n, x)| ((*n).to_owned(), *x)).collect()
    };
    assert_eq!(
        enumerators("enum Status"),
        named(&[("Ok", 200), ("NoContent", 204), ("Max", 255)])
    );
    assert_eq!(
        enumerators("enum Level"),
        named(&[("Alert", -56), ("Info", 6), ("Top", 127)])
    );
    assert_eq!(
        enumerators("enum Wide"),
        named(&[("Ok", 200), ("Neg", -1), ("Big", 30000), ("Low", -25536)])
    );
    assert_eq!(
        enumerators("enum Mixed"),
        named(&[("M_NEG", -1), ("M_MID", 200), ("M_WIDE", 40000)])
    );
    assert_eq!(
        enumerators("enum Plain"),
        named(&[
            ("P_LOW", 0x82),
            ("P_MID", 200),
            ("P_WIDE", 40000),
            ("P_TOP", 0xffff_ffff)
        ])
    );
    let TypeDef::Struct { members, size, .. } = &info.types["struct Rec"] else {
        panic!("{:#?}", info.types.keys());
    };
    assert_eq!(*size, 212);
    assert_eq!(members[0].ty, "unsigned char[200]");
    assert_eq!(members[1].offset_bits, 200 * 8);
    let json = serde_json::to_string(&info.types["enum Status"]).unwrap();
    assert!(json.contains(r#"["Ok",200]"#), "{json}");
    let json = serde_json::to_string(&info.types["enum Wide"]).unwrap();
    assert!(json.contains(r#"["Ok",200]"#), "{json}");
    let json = serde_json::to_string(&info.types["enum Level"]).unwrap();
    assert!(json.contains(r#"["Alert",-56]"#), "{json}");

    // The values in a finding's text and JSON.
    let renumbered = LIB
        .replace("NoContent = 204", "NoContent = 206")
        .replace("M_MID = 200", "M_MID = 201");
    let fs = common::diff_cxx(LIB, &renumbered);
    let mut messages: Vec<&str> = fs
        .iter()
        .filter(|f| f.rule == "abi-enumerator-value-changed")
        .map(|f| f.message.split(';').next().unwrap_or_default())
        .collect();
    messages.sort_unstable();
    assert_eq!(
        messages,
        [
            "enumerator M_MID of enum Mixed changed value from 200 to 201",
            "enumerator NoContent of enum class Status changed value from 204 to 206",
        ],
        "{fs:#?}"
    );
    let json = serde_json::to_string(&fs).unwrap();
    assert!(
        json.contains("from 200 to 201") && json.contains("from 204 to 206"),
        "{json}"
    );
    assert!(!json.contains("-56") && !json.contains("-52"), "{json}");
}
