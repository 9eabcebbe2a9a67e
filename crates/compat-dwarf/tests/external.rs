//! DWARF that lives outside the compilation units' own DIE trees reads
//! exactly like the same sources built without it:
//! - type units: DWARF 4 `.debug_types` and DWARF 5 `DW_UT_type` units
//!   (`-fdebug-types-section`), C and C++, with public headers too; a
//!   missing type unit is a note and an `<unresolved>` type;
//! - dwz: partial units within the file (`dwz lib.so`, C and C++) and a
//!   supplementary file shared by two libraries (`dwz -m`), found as written
//!   in `.gnu_debugaltlink` or `.debug_sup` (absolute, or relative to the
//!   separate debug file that holds the link), under `DEBUG_DIR/.dwz/` or by
//!   its build id;
//!   a missing, foreign or non-ELF one is a note and `<unresolved>` types;
//! - split DWARF (`-gsplit-dwarf`, DWARF 4 and 5, with type units too):
//!   `.dwo` files found through `DW_AT_comp_dir` or next to the library; a
//!   missing or mismatched one is a note, and its functions are absent; a
//!   DWARF package (`dwp`, DWARF 4: binutils' dwp does not write DWARF 5
//!   packages) next to the library replaces the `.dwo` files.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::{build_id, read_with, run};
use compat_dwarf::{load_debug, TypeDef, TypeInfo};
use compat_testkit::Fixture;

const SHARED_H: &str = r#"#include <stddef.h>
typedef unsigned long handle_t;
typedef struct node { struct node *next; int v; unsigned a:3, b:5; struct { int x; } anon;
  union { long l; double d; }; } node_t;
enum color { RED, GREEN = 5, BLUE = -1 };
typedef int (*visit_fn)(node_t *, void *);
struct opaque;
struct big { node_t n; enum color c; char name[16]; visit_fn f; const struct big *parent;
  struct opaque *o; };
extern int counter;
extern const char *names[4];
"#;

const ONE_C: &str = r#"#include "shared.h"
int counter = 1;
const char *names[4];
int big_value(const struct big *b, handle_t h) { return b->n.v + (int)h; }
"#;

const TWO_C: &str = r#"#include "shared.h"
size_t walk(node_t *n, visit_fn f, void *ctx) { size_t c = 0; for (; n; n = n->next) c += f(n, ctx) != 0; return c; }
enum color pick(struct big b, ...) { return b.c; }
"#;

const THREE_C: &str = r#"#include "shared.h"
struct opaque { int secret; };
long other(struct big *b, struct opaque *o) { return b->n.v + o->secret; }
"#;

const CXX: &str = common::CXX_WIDGET;

/// Runs `dwz` (installed by `.ci/run`).
fn dwz(dir: &Path, args: &[&str]) {
    assert!(
        compat_testkit::have("dwz"),
        "dwz is required by these tests; install it (apt-get install dwz)"
    );
    run(Command::new("dwz").args(args).current_dir(dir));
}

/// Writes the shared header and `one.c`.
fn sources(fx: &Fixture) {
    fx.write("shared.h", SHARED_H);
    fx.write("one.c", ONE_C);
}

/// Builds `name` from `one.c` and `main` with `-g` and `flags`.
fn build(fx: &Fixture, name: &str, main: &str, flags: &[&str]) -> PathBuf {
    let mut b = fx.lib(name).source(main).arg("-g");
    for f in flags {
        b = b.arg(*f);
    }
    b.arg(fx.join("one.c")).build()
}

/// Reads `lib` and asserts that there are no notes and no `<unresolved>`.
/// Declaring files are kept only as their extension: the fixtures compile
/// one source under a name of each library's own, and what a read must keep
/// is whether a type comes from a header or a source file.
fn read_clean(lib: &Path, debug_dir: Option<&Path>) -> TypeInfo {
    let (info, notes) = read_with(lib, debug_dir, None);
    let mut info = info.expect("debug information");
    for file in info.decl_files.values_mut() {
        *file = file.rsplit('.').next().unwrap_or_default().to_owned();
    }
    assert!(notes.is_empty(), "{}: {notes:?}", lib.display());
    let json = serde_json::to_string(&info).unwrap();
    assert!(!json.contains("<unresolved>"), "{json}");
    info
}

/// Asserts that `info` is the full interface of a library built from
/// `one.c` and `TWO_C`.
fn assert_complete(info: &TypeInfo) {
    let fns: Vec<&str> = info.functions.keys().map(String::as_str).collect();
    assert_eq!(fns, ["big_value", "pick", "walk"]);
    let vars: Vec<&str> = info.variables.keys().map(String::as_str).collect();
    assert_eq!(vars, ["counter", "names"]);
    let TypeDef::Struct { members, size, .. } = &info.types["struct node"] else {
        panic!("{:#?}", info.types)
    };
    assert_eq!(*size, 32);
    let anon = members.iter().find(|m| m.name.as_deref() == Some("anon"));
    assert_eq!(anon.unwrap().ty, "struct <anon@shared.h:3>");
    assert!(info.types.contains_key("union <anon@shared.h:4>"));
    let TypeDef::Enum { enumerators, .. } = &info.types["enum color"] else {
        panic!()
    };
    assert_eq!(enumerators.len(), 3);
    assert!(matches!(
        &info.types["typedef visit_fn"],
        TypeDef::Typedef { target } if target == "fn(typedef node_t *, void *) -> int *"
    ));
    assert!(info.types["struct opaque"].is_declaration_only());
    assert!(info.functions["pick"].variadic);
}

fn has_section(path: &Path, name: &str) -> bool {
    run(Command::new("readelf").args(["-S", "-W"]).arg(path))
        .split_whitespace()
        .any(|w| w == name)
}

// ---------------------------------------------------------------------------
// Type units.

#[test]
fn type_units_read_like_plain_dwarf() {
    let fx = Fixture::new();
    sources(&fx);
    for version in ["-gdwarf-4", "-gdwarf-5"] {
        let plain = build(&fx, "libplain.so", TWO_C, &[version]);
        let units = build(
            &fx,
            "libunits.so",
            TWO_C,
            &[version, "-fdebug-types-section"],
        );
        if version == "-gdwarf-4" {
            assert!(has_section(&units, ".debug_types"), "{version}");
        }
        let dump = run(Command::new("readelf").arg("--debug-dump=info").arg(&units));
        assert!(dump.contains("signature: 0x"), "{version}: no ref_sig8");
        let expected = read_clean(&plain, None);
        assert_complete(&expected);
        assert_eq!(read_clean(&units, None), expected, "{version}");

        // Public headers: type units have no DW_AT_comp_dir of their own.
        let headers = Some(fx.path());
        let (p, _) = read_with(&plain, None, headers);
        let (u, notes) = read_with(&units, None, headers);
        assert!(notes.is_empty(), "{notes:?}");
        assert_eq!(u, p, "{version} with public headers");
        std::fs::create_dir_all(fx.join("elsewhere")).unwrap();
        let (p, _) = read_with(&plain, None, Some(&fx.join("elsewhere")));
        let (u, _) = read_with(&units, None, Some(&fx.join("elsewhere")));
        assert!(p.as_ref().unwrap().private_types.contains("struct node"));
        assert_eq!(u, p, "{version} with other public headers");
    }
}

#[test]
fn missing_type_units_are_unresolved_with_a_note() {
    let fx = Fixture::new();
    sources(&fx);
    let lib = build(
        &fx,
        "libunits.so",
        TWO_C,
        &["-gdwarf-4", "-fdebug-types-section"],
    );
    run(Command::new("objcopy")
        .args(["--remove-section", ".debug_types"])
        .arg(&lib));
    let (info, notes) = read_with(&lib, None, None);
    let info = info.unwrap();
    assert_eq!(info.functions["walk"].params[0].ty, "typedef node_t *");
    assert!(matches!(
        &info.types["typedef node_t"],
        TypeDef::Typedef { target } if target == "<unresolved>"
    ));
    assert_eq!(
        notes,
        ["a DW_AT_type reference (DW_FORM_ref_sig8) names a type unit that is not in the debug information; spelled <unresolved>"]
    );
}

#[test]
fn cxx_type_units_read_like_plain_dwarf() {
    let fx = Fixture::new();
    for version in ["-gdwarf-4", "-gdwarf-5"] {
        let cxx = |name: &str, extra: &[&str]| {
            let mut b = fx
                .lib(name)
                .cc("g++")
                .source(CXX)
                .arg("-g")
                .arg(version)
                .arg("-x")
                .arg("c++");
            for a in extra {
                b = b.arg(*a);
            }
            b.build()
        };
        let plain = read_clean(&cxx("libplain.so", &[]), None);
        assert!(plain.types.contains_key("struct ns::Widget::Inner"));
        let units = read_clean(&cxx("libunits.so", &["-fdebug-types-section"]), None);
        assert_eq!(units, plain, "{version}");
    }
}

// ---------------------------------------------------------------------------
// dwz.

#[test]
fn dwz_partial_units_in_one_file_read_like_before() {
    let fx = Fixture::new();
    sources(&fx);
    for version in ["-gdwarf-4", "-gdwarf-5"] {
        let lib = build(&fx, "libsingle.so", TWO_C, &[version]);
        let before = read_clean(&lib, None);
        assert_complete(&before);
        dwz(fx.path(), &["libsingle.so"]);
        let dump = run(Command::new("readelf").arg("--debug-dump=info").arg(&lib));
        assert!(dump.contains("DW_TAG_partial_unit"), "{version}: {dump}");
        assert_eq!(read_clean(&lib, None), before, "{version}");
    }
}

/// Builds liba.so (one.c, TWO_C) and libb.so (one.c, THREE_C), reads them,
/// and runs `dwz -m common.debug -M <altlink> liba.so libb.so`.
fn dwz_pair(fx: &Fixture, flags: &[&str], altlink: &str) -> [(PathBuf, TypeInfo); 2] {
    let a = build(fx, "liba.so", TWO_C, flags);
    let b = build(fx, "libb.so", THREE_C, flags);
    let (ia, ib) = (read_clean(&a, None), read_clean(&b, None));
    dwz(
        fx.path(),
        &["-m", "common.debug", "-M", altlink, "liba.so", "libb.so"],
    );
    assert!(has_section(&a, ".gnu_debugaltlink"));
    [(a, ia), (b, ib)]
}

#[test]
fn dwz_supplementary_file_is_followed() {
    for version in ["-gdwarf-4", "-gdwarf-5"] {
        let fx = Fixture::new();
        sources(&fx);
        let common = fx.join("common.debug");
        let pair = dwz_pair(&fx, &[version], common.to_str().unwrap());
        for (lib, before) in &pair {
            let bytes = std::fs::read(lib).unwrap();
            let loaded = load_debug(lib, &bytes, Some(Path::new("/nonexistent"))).unwrap();
            let sup = loaded.data.unwrap();
            let sup = sup.supplementary().expect("supplementary file loaded");
            assert_eq!(
                sup.source,
                compat_dwarf::DebugSource::AltLink(common.clone())
            );
            assert_eq!(
                &read_clean(lib, None),
                before,
                "{version} {}",
                lib.display()
            );
        }
        assert_complete(&pair[0].1);
        // libb's own definition of struct opaque is found; liba's stays opaque.
        assert!(!pair[1].1.types["struct opaque"].is_declaration_only());
    }
}

/// `dwz --dwarf-5`: DW_FORM_ref_sup4 / DW_FORM_strp_sup and a `.debug_sup`
/// section (name and checksum) instead of the GNU forms and altlink.
#[test]
fn dwz_dwarf5_supplementary_file_is_followed() {
    let fx = Fixture::new();
    sources(&fx);
    let a = build(&fx, "liba.so", TWO_C, &[]);
    let b = build(&fx, "libb.so", THREE_C, &[]);
    let (ia, ib) = (read_clean(&a, None), read_clean(&b, None));
    dwz(
        fx.path(),
        &[
            "--dwarf-5",
            "-m",
            "common.debug",
            "-M",
            "common.debug",
            "liba.so",
            "libb.so",
        ],
    );
    assert!(has_section(&a, ".debug_sup"));
    assert_eq!(read_clean(&a, None), ia);
    assert_eq!(read_clean(&b, None), ib);
    // Another build's supplementary file: the checksum differs.
    let other = Fixture::new();
    sources(&other);
    build(&other, "liba.so", TWO_C, &["-O2"]);
    build(&other, "libb.so", THREE_C, &["-O2"]);
    dwz(
        other.path(),
        &["--dwarf-5", "-m", "common.debug", "liba.so", "libb.so"],
    );
    std::fs::copy(other.join("common.debug"), fx.join("common.debug")).unwrap();
    let (_, notes) = read_with(&a, None, None);
    assert!(
        notes
            .iter()
            .any(|n| n.contains("does not match the .debug_sup build id")),
        "{notes:?}"
    );
}

#[test]
fn dwz_cxx_partial_units_keep_qualified_names() {
    let fx = Fixture::new();
    let build = |name: &str| {
        fx.lib(name)
            .cc("g++")
            .source(CXX)
            .arg("-g")
            .arg("-x")
            .arg("c++")
            .build()
    };
    let (a, b) = (build("liba.so"), build("libb.so"));
    let before = read_clean(&a, None);
    dwz(
        fx.path(),
        &[
            "-m",
            "common.debug",
            "-M",
            "common.debug",
            "liba.so",
            "libb.so",
        ],
    );
    // A relative altlink: relative to the directory of the library.
    assert_eq!(read_clean(&a, None), before);
    assert_eq!(read_clean(&b, None), before);
    assert!(before.types.contains_key("struct ns::Widget::Inner"));
}

#[test]
fn dwz_supplementary_file_under_the_debug_dir() {
    let fx = Fixture::new();
    sources(&fx);
    let pair = dwz_pair(&fx, &[], "/nonexistent/.dwz/common.debug");
    let (lib, before) = &pair[0];
    // Not where the link says: a note naming the file, unresolved types.
    let (info, notes) = read_with(lib, Some(Path::new("/nonexistent")), None);
    let info = info.unwrap();
    assert!(
        notes.iter().any(|n| n.contains(
            ".gnu_debugaltlink names the supplementary file /nonexistent/.dwz/common.debug"
        )),
        "{notes:?}"
    );
    assert!(
        notes
            .iter()
            .any(|n| n.contains("into the supplementary file")),
        "{notes:?}"
    );
    let json = serde_json::to_string(&info).unwrap();
    assert!(json.contains("<unresolved>"), "{json}");
    // DEBUG_DIR/.dwz/<name>.
    let debug_dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(debug_dir.path().join(".dwz")).unwrap();
    let moved = debug_dir.path().join(".dwz/common.debug");
    std::fs::rename(fx.join("common.debug"), &moved).unwrap();
    assert_eq!(&read_clean(lib, Some(debug_dir.path())), before);
    // DEBUG_DIR/.build-id/xx/yyyy.debug.
    let id = build_id(&moved);
    let by_id = debug_dir
        .path()
        .join(".build-id")
        .join(&id[..2])
        .join(format!("{}.debug", &id[2..]));
    std::fs::create_dir_all(by_id.parent().unwrap()).unwrap();
    std::fs::rename(&moved, &by_id).unwrap();
    assert_eq!(&read_clean(lib, Some(debug_dir.path())), before);
}

/// The distribution layout: dwz runs on the separate debug files, whose
/// relative altlink is resolved from their own directory.
#[test]
fn dwz_on_separate_debug_files_found_through_the_debug_link() {
    let fx = Fixture::new();
    sources(&fx);
    let a = build(&fx, "liba.so", TWO_C, &[]);
    let b = build(&fx, "libb.so", THREE_C, &[]);
    let before = read_clean(&a, None);
    std::fs::create_dir_all(fx.join(".debug")).unwrap();
    std::fs::create_dir_all(fx.join("dwz")).unwrap();
    for lib in [&a, &b] {
        let name = lib.file_name().unwrap().to_str().unwrap();
        let dbg = fx.join(".debug").join(format!("{name}.debug"));
        std::fs::copy(lib, &dbg).unwrap();
        run(Command::new("objcopy").arg("--only-keep-debug").arg(&dbg));
    }
    dwz(
        &fx.join(".debug"),
        &[
            "-m",
            "../dwz/common.debug",
            "-M",
            "../dwz/common.debug",
            "liba.so.debug",
            "libb.so.debug",
        ],
    );
    for lib in [&a, &b] {
        let name = lib.file_name().unwrap().to_str().unwrap();
        run(Command::new("objcopy")
            .arg("--strip-debug")
            .arg(format!("--add-gnu-debuglink=.debug/{name}.debug"))
            .arg(lib)
            .current_dir(fx.path()));
    }
    let nowhere = Path::new("/nonexistent");
    let bytes = std::fs::read(&a).unwrap();
    let loaded = load_debug(&a, &bytes, Some(nowhere)).unwrap();
    let data = loaded.data.unwrap();
    assert_eq!(
        data.source,
        compat_dwarf::DebugSource::DebugLink(fx.join(".debug/liba.so.debug"))
    );
    assert!(data.supplementary().is_some(), "{:?}", loaded.notes);
    assert_eq!(read_clean(&a, Some(nowhere)), before);
}

#[test]
fn dwz_missing_or_mismatched_supplementary_file_is_a_note() {
    let fx = Fixture::new();
    sources(&fx);
    let common = fx.join("common.debug");
    let pair = dwz_pair(&fx, &[], common.to_str().unwrap());
    let lib = &pair[0].0;

    // Another supplementary file under the same name: the build id differs.
    let other = Fixture::new();
    sources(&other);
    dwz_pair(&other, &["-O2"], "x");
    std::fs::copy(other.join("common.debug"), &common).unwrap();
    let (info, notes) = read_with(lib, Some(Path::new("/nonexistent")), None);
    assert!(
        notes.iter().any(|n| n.contains("common.debug: build id ")
            && n.contains("does not match the .gnu_debugaltlink build id")),
        "{notes:?}"
    );
    let info = info.unwrap();
    assert!(serde_json::to_string(&info)
        .unwrap()
        .contains("<unresolved>"));

    // Missing.
    std::fs::remove_file(&common).unwrap();
    let (info, notes) = read_with(lib, Some(Path::new("/nonexistent")), None);
    assert!(
        notes.iter().any(|n| n.contains(&format!(
            ".gnu_debugaltlink names the supplementary file {}",
            common.display()
        ))),
        "{notes:?}"
    );
    // The functions are still there, with what the file itself says.
    let info = info.unwrap();
    assert!(info.functions.contains_key("walk"), "{info:#?}");

    // Not ELF.
    std::fs::write(&common, b"garbage").unwrap();
    let (info, notes) = read_with(lib, Some(Path::new("/nonexistent")), None);
    assert!(info.is_some());
    assert!(
        notes
            .iter()
            .any(|n| n.contains("the supplementary file is not a readable ELF file")),
        "{notes:?}"
    );
}

// ---------------------------------------------------------------------------
// Split DWARF.

#[test]
fn split_dwarf_reads_like_plain_dwarf() {
    let fx = Fixture::new();
    sources(&fx);
    for flags in [
        &["-gdwarf-5"][..],
        &["-gdwarf-4"],
        &["-gdwarf-5", "-fdebug-types-section"],
        &["-gdwarf-4", "-fdebug-types-section"],
    ] {
        let plain = build(&fx, "libplain.so", TWO_C, flags);
        let mut split_flags = flags.to_vec();
        split_flags.push("-gsplit-dwarf");
        let split = build(&fx, "libsplit.so", TWO_C, &split_flags);
        let dwos: Vec<_> = std::fs::read_dir(fx.path())
            .unwrap()
            .filter_map(|e| {
                let n = e.unwrap().file_name().into_string().unwrap();
                (n.starts_with("libsplit.so") && n.ends_with(".dwo")).then_some(n)
            })
            .collect();
        assert_eq!(dwos.len(), 2, "{flags:?}: {dwos:?}");
        let expected = read_clean(&plain, None);
        assert_complete(&expected);
        assert_eq!(read_clean(&split, None), expected, "{flags:?}");
        for d in dwos {
            std::fs::remove_file(fx.join(d)).unwrap();
        }
    }
}

#[test]
fn split_dwarf_files_next_to_a_moved_library() {
    let fx = Fixture::new();
    sources(&fx);
    let split = build(&fx, "libsplit.so", TWO_C, &["-gsplit-dwarf"]);
    let expected = read_clean(&split, None);
    let moved = Fixture::new();
    for e in std::fs::read_dir(fx.path()).unwrap() {
        let n = e.unwrap().file_name().into_string().unwrap();
        if n.starts_with("libsplit.so") {
            std::fs::rename(fx.join(&n), moved.join(&n)).unwrap();
        }
    }
    assert_eq!(read_clean(&moved.join("libsplit.so"), None), expected);
}

#[test]
fn missing_or_mismatched_dwo_files_are_a_note() {
    let fx = Fixture::new();
    sources(&fx);
    let split = build(&fx, "libsplit.so", TWO_C, &["-gsplit-dwarf"]);
    let dwo = |n: &str| fx.join(format!("libsplit.so-{n}.dwo"));
    assert!(dwo("one").is_file() && dwo("libsplit.so").is_file());
    // One of two missing: its functions are absent.
    std::fs::rename(dwo("one"), fx.join("saved.dwo")).unwrap();
    let (info, notes) = read_with(&split, None, None);
    let info = info.unwrap();
    let fns: Vec<&str> = info.functions.keys().map(String::as_str).collect();
    assert_eq!(fns, ["pick", "walk"]);
    assert_eq!(
        notes,
        [format!(
            "1 compilation unit uses split DWARF, but its .dwo file was not found or not usable: {}; its functions are compared at symbol level",
            dwo("one").display()
        )]
    );
    // The .dwo of another unit under the right name: the DWO id differs.
    build(&fx, "libother.so", THREE_C, &["-gsplit-dwarf"]);
    std::fs::copy(fx.join("libother.so-libother.so.dwo"), dwo("one")).unwrap();
    let (info, notes) = read_with(&split, None, None);
    assert!(
        notes
            .iter()
            .any(|n| n.contains("libsplit.so-one.dwo: no split compilation unit with the DWO id")),
        "{notes:?}"
    );
    assert!(!info.unwrap().functions.contains_key("big_value"));
    // Garbage.
    std::fs::write(dwo("one"), b"garbage").unwrap();
    let (_, notes) = read_with(&split, None, None);
    assert!(
        notes
            .iter()
            .any(|n| n.contains("1 compilation unit uses split DWARF")
                && n.contains("libsplit.so-one.dwo")),
        "{notes:?}"
    );
    // Back in place.
    std::fs::rename(fx.join("saved.dwo"), dwo("one")).unwrap();
    assert_complete(&read_clean(&split, None));
}

#[test]
fn dwarf_package_replaces_the_dwo_files() {
    let fx = Fixture::new();
    sources(&fx);
    for flags in [&["-gdwarf-4"][..], &["-gdwarf-4", "-fdebug-types-section"]] {
        let plain = build(&fx, "libplain.so", TWO_C, flags);
        let mut split_flags = flags.to_vec();
        split_flags.push("-gsplit-dwarf");
        let split = build(&fx, "libsplit.so", TWO_C, &split_flags);
        run(Command::new("dwp")
            .arg("-e")
            .arg(&split)
            .arg("-o")
            .arg(fx.join("libsplit.so.dwp")));
        for n in ["one", "libsplit.so"] {
            std::fs::remove_file(fx.join(format!("libsplit.so-{n}.dwo"))).unwrap();
        }
        let expected = read_clean(&plain, None);
        assert_eq!(read_clean(&split, None), expected, "{flags:?}");
        std::fs::remove_file(fx.join("libsplit.so.dwp")).unwrap();
        let (_, notes) = read_with(&split, None, None);
        assert!(
            notes
                .iter()
                .any(|n| n
                    .starts_with("2 compilation units use split DWARF, but their .dwo files were")),
            "{notes:?}"
        );
    }
}
