//! Bad input: DWARF that C compilers do not produce, or that is damaged.
//!
//! - One library whose units mix DWARF 2, 3, 4 and 5 reads exactly like the
//!   same sources built with DWARF 5 only.
//! - Cycles written by hand in assembly: a pointer, a `const` or an array that
//!   refers to itself, two pointers that refer to each other, and chains
//!   longer than the depth limit are spelled with `<cycle>` or `<too deep>`
//!   and a note; a typedef that names itself (directly or through another
//!   typedef or a pointer) is kept as such, and the diff copes with it; a
//!   struct that contains itself by value is read, and diffing a changed one
//!   ends with one finding.
//! - Vendor attributes with known forms are skipped, a vendor tag used as a
//!   type is spelled `<0x....>` with a note, an unknown form is an error
//!   naming `.debug_info` and the offset of its unit, and an unknown form in
//!   an unused abbreviation is harmless.
//! - A truncated `.debug_abbrev`, `.debug_line` or `.debug_str` is an error.
//! - A separate debug file (by build id or debug link) that is garbage, empty
//!   or truncated, or whose `.debug_info` extends past its end, is an error
//!   naming that file.
//!
//! Never a panic or a hang: every read runs under a time limit, and the diff
//! that can hang runs in a child process that is killed on timeout.
//!
//! The hand-written DWARF is DWARF 4 with 32-bit offsets and one abbreviation
//! table ([`ABBREVS`], plus a test's own); references are `DW_FORM_ref4` label
//! differences, so the assembler computes every offset.

mod common;

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::mpsc;
use std::time::{Duration, Instant};

use common::{exported, run, section_header};
use compat_dwarf::{diff, load_debug, read_types, DwarfError, TypeDef, TypeInfo};
use compat_report::Severity;
use compat_testkit::Fixture;

// ---------------------------------------------------------------------------
// Running with a time limit.

/// How long one read of a small fixture may take.
const READ_LIMIT: Duration = Duration::from_secs(30);

/// Runs `f` on another thread; panics when it does not finish within `limit`
/// (a hang), and passes its panic on.
fn within<T: Send + 'static>(
    what: &str,
    limit: Duration,
    f: impl FnOnce() -> T + Send + 'static,
) -> T {
    let (tx, rx) = mpsc::channel();
    let handle = std::thread::spawn(move || {
        let _ = tx.send(f());
    });
    match rx.recv_timeout(limit) {
        Ok(v) => v,
        Err(mpsc::RecvTimeoutError::Disconnected) => match handle.join() {
            Err(p) => std::panic::resume_unwind(p),
            Ok(()) => unreachable!("the thread sends before it ends"),
        },
        Err(mpsc::RecvTimeoutError::Timeout) => {
            panic!("{what} did not finish within {limit:?} (a hang)")
        }
    }
}

/// The environment variable that tells a child test process to run the body.
const CHILD_ENV: &str = "COMPAT_BAD_INPUT_CHILD";

/// Runs the calling test's `body` in a child process (this test binary, only
/// that test) and kills the child after `limit`: for work that could hang
/// while allocating without bound, which a thread could not stop.
fn in_child_process(test: &str, limit: Duration, body: impl FnOnce()) {
    if std::env::var(CHILD_ENV).as_deref() == Ok(test) {
        body();
        return;
    }
    let mut child = Command::new(std::env::current_exe().expect("the test binary"))
        .args([test, "--exact", "--include-ignored", "--test-threads=1"])
        .env(CHILD_ENV, test)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("run the test binary");
    let start = Instant::now();
    loop {
        if let Some(status) = child.try_wait().expect("wait for the child") {
            let out = child.wait_with_output().expect("child output");
            assert!(
                status.success(),
                "{test} failed in the child process ({status}):\n{}\n{}",
                String::from_utf8_lossy(&out.stdout),
                String::from_utf8_lossy(&out.stderr)
            );
            return;
        }
        if start.elapsed() > limit {
            child.kill().expect("kill the child");
            let _ = child.wait();
            panic!("{test} did not finish within {limit:?} (a hang); the child process was killed");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

// ---------------------------------------------------------------------------
// Reading.

/// Loads and reads the type info of `path` (debug directory: none), or the
/// error; panics when the file has no debug information at all.
fn try_read(path: &Path) -> Result<(TypeInfo, Vec<String>), DwarfError> {
    let bytes = std::fs::read(path).unwrap();
    let loaded = load_debug(path, &bytes, Some(Path::new("/nonexistent")))?;
    let mut notes = loaded.notes;
    let data = loaded
        .data
        .unwrap_or_else(|| panic!("{}: no debug information", path.display()));
    let (info, more) = read_types(&data, &exported(path, &bytes), None)?;
    notes.extend(more);
    Ok((info, notes))
}

/// [`try_read`] within [`READ_LIMIT`].
fn read_in_time(path: &Path) -> Result<(TypeInfo, Vec<String>), DwarfError> {
    let p = path.to_owned();
    within(
        &format!("reading {}", path.display()),
        READ_LIMIT,
        move || try_read(&p),
    )
}

/// [`read_in_time`], which must succeed.
fn read_ok(path: &Path) -> (TypeInfo, Vec<String>) {
    read_in_time(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The parameter types of function `name`.
fn param_types<'a>(info: &'a TypeInfo, name: &str) -> Vec<&'a str> {
    info.functions
        .get(name)
        .unwrap_or_else(|| panic!("no function {name} in {info:#?}"))
        .params
        .iter()
        .map(|p| p.ty.as_str())
        .collect()
}

/// The target of typedef `key`.
fn typedef_target<'a>(info: &'a TypeInfo, key: &str) -> &'a str {
    match info.types.get(key) {
        Some(TypeDef::Typedef { target }) => target,
        other => panic!("{key} is {other:?}, not a typedef"),
    }
}

/// (name, offset_bits, bit_size, type) of the members of struct or union `key`.
fn members(info: &TypeInfo, key: &str) -> Vec<(String, u64, Option<u64>, String)> {
    match info.types.get(key) {
        Some(TypeDef::Struct { members, .. } | TypeDef::Union { members, .. }) => members
            .iter()
            .map(|m| {
                (
                    m.name.clone().unwrap_or_default(),
                    m.offset_bits,
                    m.bit_size,
                    m.ty.clone(),
                )
            })
            .collect(),
        other => panic!("{key} is {other:?}, not a struct or union"),
    }
}

/// Runs gcc with `args` in the fixture directory.
fn gcc(fx: &Fixture, args: &[&str]) {
    run(Command::new("gcc").args(args).current_dir(fx.path()));
}

/// The DWARF versions of the units in `path`'s `.debug_info` (32-bit units).
fn unit_versions(path: &Path) -> Vec<u16> {
    let bytes = std::fs::read(path).unwrap();
    let loaded = load_debug(path, &bytes, None).unwrap();
    let info = loaded.data.unwrap();
    let info = info.section(".debug_info");
    let mut out = Vec::new();
    let mut at = 0;
    while at + 6 <= info.len() {
        let len = u32::from_le_bytes(info[at..at + 4].try_into().unwrap()) as usize;
        out.push(u16::from_le_bytes(info[at + 4..at + 6].try_into().unwrap()));
        at += 4 + len;
    }
    out
}

/// Sets the `sh_size` of section `name`.
fn set_section_size(bytes: &mut [u8], name: &str, size: u64) {
    let (h, _, _) = section_header(bytes, name);
    bytes[h + 0x20..h + 0x28].copy_from_slice(&size.to_le_bytes());
}

// ---------------------------------------------------------------------------
// 1. Mixed DWARF versions in one library.

const SHARED_H: &str = r#"#include <stddef.h>
typedef unsigned long handle_t;
enum mode { MODE_A, MODE_B = 7, MODE_NEG = -3 };
typedef enum { K0, K1 } kind_t;
struct point { int x, y; };
struct flags { unsigned a:3, b:5; signed c:7; unsigned long long big; };
typedef struct { double w; struct point p[2]; } shape_t;
union value { long l; double d; char bytes[8]; };
struct node { struct node *next; union value v; enum mode m; kind_t k; const char *name; struct flags f; };
typedef int (*visit_fn)(struct node *, void *);
"#;

/// The units: (file, source, the DWARF version of the mixed build).
const UNITS: &[(&str, &str, &str)] = &[
    (
        "v2.c",
        "#include \"shared.h\"\nint point_sum(struct point p) { return p.x + p.y; }\n\
         struct flags flags_make(unsigned a) { struct flags f = { a, 1, -1, 2 }; return f; }\n",
        "-gdwarf-2",
    ),
    (
        "v3.c",
        "#include \"shared.h\"\nhandle_t shape_area(const shape_t *s, enum mode m) { return (handle_t)(s->w * m) + s->p[1].x; }\n",
        "-gdwarf-3",
    ),
    (
        "v4.c",
        "#include \"shared.h\"\nsize_t node_count(struct node *n, visit_fn f, void *ctx) { size_t c = 0; for (; n; n = n->next) c += f(n, ctx) != 0; return c; }\n\
         int node_kind(kind_t k, struct point *p) { return (int)k + p->x; }\n",
        "-gdwarf-4",
    ),
    (
        "v5.c",
        "#include \"shared.h\"\nstruct node *head;\nunion value value_of(const struct node *n) { return n->v; }\n",
        "-gdwarf-5",
    ),
];

/// Compiles every unit with its version flag (or `-gdwarf-5` when
/// `all_five`) into objects `<prefix>-vN.o` and links them, in `order`, into
/// `name`.
fn mixed_library(fx: &Fixture, name: &str, all_five: bool, order: &[usize]) -> PathBuf {
    let mut objects = Vec::new();
    for &i in order {
        let (file, _, version) = UNITS[i];
        let version = if all_five { "-gdwarf-5" } else { version };
        let obj = format!("{name}-{file}.o");
        gcc(fx, &["-c", "-fPIC", "-O1", "-g", version, "-o", &obj, file]);
        objects.push(obj);
    }
    let mut args = vec!["-shared", "-o", name];
    args.extend(objects.iter().map(String::as_str));
    gcc(fx, &args);
    fx.join(name)
}

#[test]
fn mixed_dwarf_versions_in_one_library_read_as_all_dwarf_5() {
    let fx = Fixture::new();
    fx.write("shared.h", SHARED_H);
    for (file, src, _) in UNITS {
        fx.write(file, src);
    }
    let mixed = mixed_library(&fx, "libmixed.so", false, &[0, 1, 2, 3]);
    let reversed = mixed_library(&fx, "libreversed.so", false, &[3, 2, 1, 0]);
    let five = mixed_library(&fx, "libfive.so", true, &[0, 1, 2, 3]);
    assert_eq!(unit_versions(&mixed), [2, 3, 4, 5]);
    assert_eq!(unit_versions(&reversed), [5, 4, 3, 2]);
    assert_eq!(unit_versions(&five), [5, 5, 5, 5]);

    let (m, m_notes) = read_ok(&mixed);
    let (r, r_notes) = read_ok(&reversed);
    let (f, f_notes) = read_ok(&five);
    // No conflicting definitions between the units of different versions.
    assert!(m_notes.is_empty(), "{m_notes:?}");
    assert!(r_notes.is_empty(), "{r_notes:?}");
    assert!(f_notes.is_empty(), "{f_notes:?}");
    assert_eq!(m, f, "mixed versions vs all DWARF 5");
    assert_eq!(r, f, "mixed versions, DWARF 5 unit first, vs all DWARF 5");
    assert_eq!(diff(&m, &f, ("mixed", "five")), vec![]);
    assert_eq!(diff(&f, &m, ("five", "mixed")), vec![]);

    // And what it holds.
    let names: Vec<&str> = m.functions.keys().map(String::as_str).collect();
    assert_eq!(
        names,
        [
            "flags_make",
            "node_count",
            "node_kind",
            "point_sum",
            "shape_area",
            "value_of"
        ]
    );
    assert_eq!(m.variables["head"].ty, "struct node *");
    assert_eq!(param_types(&m, "point_sum"), ["struct point"]);
    assert_eq!(m.functions["flags_make"].ret, "struct flags");
    assert_eq!(m.functions["shape_area"].ret, "typedef handle_t");
    assert_eq!(
        param_types(&m, "shape_area"),
        ["const typedef shape_t *", "enum mode"]
    );
    assert_eq!(
        param_types(&m, "node_count"),
        ["struct node *", "typedef visit_fn", "void *"]
    );
    assert_eq!(m.functions["node_count"].ret, "typedef size_t");
    assert_eq!(
        param_types(&m, "node_kind"),
        ["typedef kind_t", "struct point *"]
    );
    assert_eq!(m.functions["value_of"].ret, "union value");
    assert_eq!(param_types(&m, "value_of"), ["const struct node *"]);

    let s = |v: &[(&str, u64, Option<u64>, &str)]| -> Vec<(String, u64, Option<u64>, String)> {
        v.iter()
            .map(|(n, o, b, t)| (n.to_string(), *o, *b, t.to_string()))
            .collect()
    };
    // Bit-fields: DW_AT_bit_offset in DWARF 2 to 4, DW_AT_data_bit_offset in 5.
    assert_eq!(
        members(&m, "struct flags"),
        s(&[
            ("a", 0, Some(3), "unsigned int"),
            ("b", 3, Some(5), "unsigned int"),
            ("c", 8, Some(7), "int"),
            ("big", 64, None, "long long unsigned int"),
        ])
    );
    assert_eq!(
        members(&m, "struct point"),
        s(&[("x", 0, None, "int"), ("y", 32, None, "int")])
    );
    assert_eq!(
        members(&m, "struct node"),
        s(&[
            ("next", 0, None, "struct node *"),
            ("v", 64, None, "union value"),
            ("m", 128, None, "enum mode"),
            ("k", 160, None, "typedef kind_t"),
            ("name", 192, None, "const char *"),
            ("f", 256, None, "struct flags"),
        ])
    );
    assert_eq!(
        members(&m, "union value"),
        s(&[
            ("l", 0, None, "long int"),
            ("d", 0, None, "double"),
            ("bytes", 0, None, "char[8]"),
        ])
    );
    // Anonymous types are named by the shared header, whatever the version's
    // file numbering (DWARF 5 counts from 0).
    assert_eq!(
        typedef_target(&m, "typedef shape_t"),
        "struct <anon@shared.h:7>"
    );
    assert_eq!(
        members(&m, "struct <anon@shared.h:7>"),
        s(&[("w", 0, None, "double"), ("p", 64, None, "struct point[2]")])
    );
    assert_eq!(
        typedef_target(&m, "typedef kind_t"),
        "enum <anon@shared.h:4>"
    );
    assert_eq!(
        typedef_target(&m, "typedef visit_fn"),
        "fn(struct node *, void *) -> int *"
    );
    let TypeDef::Enum {
        size, enumerators, ..
    } = &m.types["enum mode"]
    else {
        panic!("{:?}", m.types["enum mode"])
    };
    assert_eq!(*size, 4);
    assert_eq!(
        enumerators,
        &[
            ("MODE_A".to_owned(), 0),
            ("MODE_B".to_owned(), 7),
            ("MODE_NEG".to_owned(), -3)
        ]
    );
}

// ---------------------------------------------------------------------------
// Hand-written DWARF.

/// Abbreviation codes of [`ABBREVS`].
mod ab {
    pub const CU: u64 = 1;
    pub const SUBPROGRAM: u64 = 2;
    pub const PARAM: u64 = 3;
    pub const BASE: u64 = 4;
    pub const POINTER: u64 = 5;
    pub const TYPEDEF: u64 = 6;
    pub const CONST: u64 = 7;
    pub const STRUCT: u64 = 8;
    pub const MEMBER: u64 = 9;
    pub const ARRAY: u64 = 10;
    pub const SUBROUTINE: u64 = 11;
}

/// An abbreviation: code, tag, has children, (attribute, form) pairs.
type Abbrev = (
    u64,
    gimli::DwTag,
    bool,
    &'static [(gimli::DwAt, gimli::DwForm)],
);

/// The abbreviation table every hand-written library starts with.
const ABBREVS: &[Abbrev] = {
    use gimli::*;
    &[
        (
            ab::CU,
            DW_TAG_compile_unit,
            true,
            &[
                (DW_AT_name, DW_FORM_string),
                (DW_AT_language, DW_FORM_data1),
            ],
        ),
        (
            ab::SUBPROGRAM,
            DW_TAG_subprogram,
            true,
            &[
                (DW_AT_external, DW_FORM_flag_present),
                (DW_AT_name, DW_FORM_string),
                (DW_AT_prototyped, DW_FORM_flag_present),
                (DW_AT_low_pc, DW_FORM_addr),
                (DW_AT_high_pc, DW_FORM_data8),
            ],
        ),
        (
            ab::PARAM,
            DW_TAG_formal_parameter,
            false,
            &[(DW_AT_name, DW_FORM_string), (DW_AT_type, DW_FORM_ref4)],
        ),
        (
            ab::BASE,
            DW_TAG_base_type,
            false,
            &[
                (DW_AT_name, DW_FORM_string),
                (DW_AT_byte_size, DW_FORM_data1),
                (DW_AT_encoding, DW_FORM_data1),
            ],
        ),
        (
            ab::POINTER,
            DW_TAG_pointer_type,
            false,
            &[(DW_AT_byte_size, DW_FORM_data1), (DW_AT_type, DW_FORM_ref4)],
        ),
        (
            ab::TYPEDEF,
            DW_TAG_typedef,
            false,
            &[(DW_AT_name, DW_FORM_string), (DW_AT_type, DW_FORM_ref4)],
        ),
        (
            ab::CONST,
            DW_TAG_const_type,
            false,
            &[(DW_AT_type, DW_FORM_ref4)],
        ),
        (
            ab::STRUCT,
            DW_TAG_structure_type,
            true,
            &[
                (DW_AT_name, DW_FORM_string),
                (DW_AT_byte_size, DW_FORM_data1),
            ],
        ),
        (
            ab::MEMBER,
            DW_TAG_member,
            false,
            &[
                (DW_AT_name, DW_FORM_string),
                (DW_AT_type, DW_FORM_ref4),
                (DW_AT_data_member_location, DW_FORM_data1),
            ],
        ),
        (
            ab::ARRAY,
            DW_TAG_array_type,
            false,
            &[(DW_AT_type, DW_FORM_ref4)],
        ),
        (
            ab::SUBROUTINE,
            DW_TAG_subroutine_type,
            false,
            &[
                (DW_AT_prototyped, DW_FORM_flag_present),
                (DW_AT_type, DW_FORM_ref4),
            ],
        ),
    ]
};

fn abbrev_asm(abbrevs: &[Abbrev]) -> String {
    let mut s = String::new();
    for (code, tag, children, attrs) in abbrevs {
        let _ = writeln!(
            s,
            "\t.uleb128 {code}\n\t.uleb128 {:#x}\t# {tag}\n\t.byte {}",
            tag.0,
            u8::from(*children)
        );
        for (at, form) in *attrs {
            let _ = writeln!(
                s,
                "\t.uleb128 {:#x}\t# {at}\n\t.uleb128 {:#x}\t# {form}",
                at.0, form.0
            );
        }
        s.push_str("\t.byte 0, 0\n");
    }
    s
}

/// The DIE text of the helpers below refers to its unit as `@CU`.
const CU: &str = "@CU";

fn label(l: &str) -> String {
    format!("{l}:\n")
}

/// A DIE with abbreviation `code` and the given value directives.
fn die(code: u64, values: &[String]) -> String {
    let mut s = format!("\t.uleb128 {code}\n");
    for v in values {
        s.push_str(v);
    }
    s
}

fn string(v: &str) -> String {
    format!("\t.string \"{v}\"\n")
}

fn data1(v: u8) -> String {
    format!("\t.byte {v:#x}\n")
}

/// A `DW_FORM_ref4` to the DIE at label `to`.
fn ref4(to: &str) -> String {
    format!("\t.long {to} - {CU}\n")
}

/// An exported function `name` (defined in `.text` by [`library`]) with
/// `children` (its parameters).
fn function(name: &str, children: &[String]) -> String {
    let mut s = die(
        ab::SUBPROGRAM,
        &[
            string(name),
            format!("\t.quad {name}\n"),
            format!("\t.quad .L{name}_end - {name}\n"),
        ],
    );
    s.extend(children.iter().cloned());
    s.push_str("\t.byte 0\n");
    s
}

fn param(name: &str, ty: &str) -> String {
    die(ab::PARAM, &[string(name), ref4(ty)])
}

fn base(l: &str, name: &str, size: u8, encoding: gimli::DwAte) -> String {
    label(l) + &die(ab::BASE, &[string(name), data1(size), data1(encoding.0)])
}

fn pointer(l: &str, to: &str) -> String {
    label(l) + &die(ab::POINTER, &[data1(8), ref4(to)])
}

fn typedef(l: &str, name: &str, to: &str) -> String {
    label(l) + &die(ab::TYPEDEF, &[string(name), ref4(to)])
}

fn konst(l: &str, to: &str) -> String {
    label(l) + &die(ab::CONST, &[ref4(to)])
}

/// `int`, at label `.Lint`.
fn int() -> String {
    base(".Lint", "int", 4, gimli::DW_ATE_signed)
}

/// One compilation unit (DWARF 4) at label `cu` holding `dies`.
fn unit(cu: &str, dies: &[String]) -> String {
    let mut s = format!(
        "{cu}:\n\t.long {cu}_end - {cu}_version\n{cu}_version:\n\t.value 4\n\t.long .Labbrev\n\t.byte 8\n"
    );
    s.push_str(&die(ab::CU, &[string("hand.c"), data1(0x0c)]));
    for d in dies {
        s.push_str(&d.replace(CU, cu));
    }
    let _ = writeln!(s, "\t.byte 0\n{cu}_end:");
    s
}

/// Assembles and links `name`: a shared library exporting `functions` (one
/// `ret` each) with the abbreviation table [`ABBREVS`] plus `extra_abbrevs`
/// and the `.debug_info` `units`.
fn library(
    fx: &Fixture,
    name: &str,
    functions: &[&str],
    extra_abbrevs: &[Abbrev],
    units: &[String],
) -> PathBuf {
    let mut s = String::from("\t.text\n");
    for f in functions {
        let _ = writeln!(
            s,
            "\t.globl {f}\n\t.type {f}, @function\n{f}:\n\tret\n.L{f}_end:\n\t.size {f}, .-{f}"
        );
    }
    s.push_str("\t.section .debug_abbrev,\"\",@progbits\n.Labbrev:\n");
    s.push_str(&abbrev_asm(ABBREVS));
    s.push_str(&abbrev_asm(extra_abbrevs));
    s.push_str("\t.byte 0\n\t.section .debug_info,\"\",@progbits\n");
    for u in units {
        s.push_str(u);
    }
    let src = format!("{name}.s");
    fx.write(&src, s);
    gcc(fx, &["-shared", "-nostdlib", "-o", name, &src]);
    fx.join(name)
}

/// A library exporting `f(p, int n)` whose `p` has the type at label `.Lt`,
/// defined (with whatever it needs) by `types`.
fn cycle_library(fx: &Fixture, name: &str, types: &[String]) -> PathBuf {
    let mut dies = vec![
        function("f", &[param("p", ".Lt"), param("n", ".Lint")]),
        int(),
    ];
    dies.extend(types.iter().cloned());
    library(fx, name, &["f"], &[], &[unit(".Lcu", &dies)])
}

const CYCLE_NOTE: &str = "a derived-type chain refers to itself; spelled <cycle>";
const DEPTH_NOTE: &str = "a derived-type chain exceeds the depth limit; spelled <too deep>";

// ---------------------------------------------------------------------------
// 2. Cycles that C cannot produce.

#[test]
fn hand_written_dwarf_reads_like_c() {
    // The harness itself: a pointer to const int and a typedef, no cycles.
    let fx = Fixture::new();
    let lib = cycle_library(
        &fx,
        "libplain.so",
        &[
            pointer(".Lt", ".Lc"),
            konst(".Lc", ".Ltd"),
            typedef(".Ltd", "myint", ".Lint"),
        ],
    );
    let (info, notes) = read_ok(&lib);
    assert!(notes.is_empty(), "{notes:?}");
    assert_eq!(param_types(&info, "f"), ["const typedef myint *", "int"]);
    assert_eq!(info.functions["f"].ret, "void");
    let names: Vec<Option<&str>> = info.functions["f"]
        .params
        .iter()
        .map(|p| p.name.as_deref())
        .collect();
    assert_eq!(names, [Some("p"), Some("n")]);
    assert_eq!(typedef_target(&info, "typedef myint"), "int");
    let keys: Vec<&str> = info.types.keys().map(String::as_str).collect();
    assert_eq!(keys, ["int", "typedef myint"]);
}

#[test]
fn pointer_to_itself_is_spelled_cycle_with_a_note() {
    let fx = Fixture::new();
    let lib = cycle_library(&fx, "libselfptr.so", &[pointer(".Lt", ".Lt")]);
    let (info, notes) = read_ok(&lib);
    assert_eq!(param_types(&info, "f"), ["<cycle> *", "int"]);
    assert_eq!(notes, [CYCLE_NOTE]);
    let keys: Vec<&str> = info.types.keys().map(String::as_str).collect();
    assert_eq!(keys, ["int"], "<cycle> is not a type of its own");
}

#[test]
fn const_of_itself_is_spelled_cycle_with_a_note() {
    let fx = Fixture::new();
    let lib = cycle_library(&fx, "libselfconst.so", &[konst(".Lt", ".Lt")]);
    let (info, notes) = read_ok(&lib);
    assert_eq!(param_types(&info, "f"), ["const <cycle>", "int"]);
    assert_eq!(notes, [CYCLE_NOTE]);
}

#[test]
fn array_of_itself_and_function_returning_a_pointer_to_itself() {
    let fx = Fixture::new();
    let lib = cycle_library(
        &fx,
        "libselfarray.so",
        &[label(".Lt") + &die(ab::ARRAY, &[ref4(".Lt")])],
    );
    let (info, notes) = read_ok(&lib);
    assert_eq!(param_types(&info, "f"), ["<cycle>[]", "int"]);
    assert_eq!(notes, [CYCLE_NOTE]);

    // p: pointer to a function that returns p's type.
    let lib = cycle_library(
        &fx,
        "libselffn.so",
        &[
            pointer(".Lt", ".Lfn"),
            label(".Lfn") + &die(ab::SUBROUTINE, &[ref4(".Lt")]),
        ],
    );
    let (info, notes) = read_ok(&lib);
    assert_eq!(param_types(&info, "f"), ["fn() -> <cycle> *", "int"]);
    assert_eq!(notes, [CYCLE_NOTE]);
}

#[test]
fn mutually_recursive_pointers_are_spelled_by_the_first_use() {
    // p: P1 -> P2 -> P1; q: P2. Spellings are memoized per unit, so q takes
    // the spelling P2 got inside p's chain.
    let fx = Fixture::new();
    let dies = vec![
        function(
            "f",
            &[param("p", ".Lp1"), param("q", ".Lp2"), param("n", ".Lint")],
        ),
        int(),
        pointer(".Lp1", ".Lp2"),
        pointer(".Lp2", ".Lp1"),
    ];
    let lib = library(&fx, "libmutualptr.so", &["f"], &[], &[unit(".Lcu", &dies)]);
    let (info, notes) = read_ok(&lib);
    assert_eq!(param_types(&info, "f"), ["<cycle> * *", "<cycle> *", "int"]);
    assert_eq!(notes, [CYCLE_NOTE]);
}

#[test]
fn typedef_of_itself_is_a_typedef_naming_itself() {
    // A typedef ends the spelling (it is a named type), so there is no
    // derived-type cycle and no note: the typedef names itself, and the diff
    // (which follows typedefs with a bound) copes with that.
    let fx = Fixture::new();
    let lib = cycle_library(&fx, "libselftd.so", &[typedef(".Lt", "T", ".Lt")]);
    let (info, notes) = read_ok(&lib);
    assert_eq!(param_types(&info, "f"), ["typedef T", "int"]);
    assert_eq!(typedef_target(&info, "typedef T"), "typedef T");
    assert!(notes.is_empty(), "{notes:?}");
    assert_eq!(diff(&info, &info, ("a", "b")), vec![]);

    // Retargeted to int: one finding, the layout of a typedef cycle is unknown.
    let fixed = cycle_library(&fx, "libfixedtd.so", &[typedef(".Lt", "T", ".Lint")]);
    let (new, _) = read_ok(&fixed);
    let fs = within("diff", READ_LIMIT, move || diff(&info, &new, ("a", "b")));
    assert_eq!(fs.len(), 1, "{fs:#?}");
    assert_eq!(fs[0].rule, "abi-typedef-retargeted");
    assert_eq!(fs[0].severity, Severity::Breaking);
    assert_eq!(fs[0].group.as_deref(), Some("type:typedef T"));
    // The values read as C names the typedef.
    assert_eq!(fs[0].subject.old_value.as_deref(), Some("T"));
    assert_eq!(fs[0].subject.new_value.as_deref(), Some("int"));
}

#[test]
fn typedefs_naming_each_other() {
    let fx = Fixture::new();
    let lib = cycle_library(
        &fx,
        "libmutualtd.so",
        &[typedef(".Lt", "A", ".Lb"), typedef(".Lb", "B", ".Lt")],
    );
    let (info, notes) = read_ok(&lib);
    assert_eq!(param_types(&info, "f"), ["typedef A", "int"]);
    assert_eq!(typedef_target(&info, "typedef A"), "typedef B");
    assert_eq!(typedef_target(&info, "typedef B"), "typedef A");
    assert!(notes.is_empty(), "{notes:?}");
    let keys: Vec<&str> = info.types.keys().map(String::as_str).collect();
    assert_eq!(keys, ["int", "typedef A", "typedef B"]);
    assert_eq!(diff(&info, &info, ("a", "b")), vec![]);

    // A retargeted to int: the old layout (through B, back to A...) is
    // followed only so far, and differs.
    let fixed = cycle_library(&fx, "libfixedtd.so", &[typedef(".Lt", "A", ".Lint")]);
    let (new, _) = read_ok(&fixed);
    let fs = within("diff", READ_LIMIT, move || diff(&info, &new, ("a", "b")));
    let got: Vec<(&str, Severity, Option<&str>, Option<&str>)> = fs
        .iter()
        .map(|f| {
            (
                f.rule.as_str(),
                f.severity,
                f.subject.old_value.as_deref(),
                f.subject.new_value.as_deref(),
            )
        })
        .collect();
    assert_eq!(
        got,
        [(
            "abi-typedef-retargeted",
            Severity::Breaking,
            Some("B"),
            Some("int")
        )],
        "{fs:#?}"
    );
}

#[test]
fn typedef_of_a_pointer_to_itself() {
    // typedef L *L: a cycle through a named type, spelled without a placeholder.
    let fx = Fixture::new();
    let lib = cycle_library(
        &fx,
        "libtdptr.so",
        &[typedef(".Lt", "L", ".Lptr"), pointer(".Lptr", ".Lt")],
    );
    let (info, notes) = read_ok(&lib);
    assert_eq!(param_types(&info, "f"), ["typedef L", "int"]);
    assert_eq!(typedef_target(&info, "typedef L"), "typedef L *");
    assert!(notes.is_empty(), "{notes:?}");
}

#[test]
fn chain_past_the_depth_limit_is_spelled_too_deep_with_a_note() {
    // 100 distinct pointer DIEs to int. Depths 0..=MAX_DEPTH are spelled,
    // the next one is cut off.
    let fx = Fixture::new();
    let mut types: Vec<String> = (0..100)
        .map(|i| {
            let to = if i == 99 {
                ".Lint".to_owned()
            } else {
                format!(".Lp{}", i + 1)
            };
            pointer(&format!(".Lp{i}"), &to)
        })
        .collect();
    types.push(typedef(".Lt", "deep", ".Lp0"));
    let lib = cycle_library(&fx, "libdeep.so", &types);
    let (info, notes) = read_ok(&lib);
    assert_eq!(param_types(&info, "f"), ["typedef deep", "int"]);
    // The typedef's target starts at depth 1 (the typedef is depth 0).
    let max = compat_dwarf::read::MAX_DEPTH as usize;
    assert!(max + 2 < 100, "the chain must be longer than the limit");
    let expected = format!("<too deep>{}", " *".repeat(max));
    assert_eq!(typedef_target(&info, "typedef deep"), expected);
    assert_eq!(notes, [DEPTH_NOTE]);
}

/// `struct S { struct S a, b; int n; }`: a struct that contains itself by
/// value (twice), and a version of it that gained a member.
fn by_value_cycle(fx: &Fixture, name: &str, extra_member: bool) -> PathBuf {
    let mut members = vec![
        label(".Lt")
            + &die(
                ab::STRUCT,
                &[string("S"), data1(if extra_member { 8 } else { 4 })],
            ),
        die(ab::MEMBER, &[string("a"), ref4(".Lt"), data1(0)]),
        die(ab::MEMBER, &[string("b"), ref4(".Lt"), data1(0)]),
        die(ab::MEMBER, &[string("n"), ref4(".Lint"), data1(0)]),
    ];
    if extra_member {
        members.push(die(ab::MEMBER, &[string("m"), ref4(".Lint"), data1(4)]));
    }
    members.push("\t.byte 0\n".into());
    cycle_library(fx, name, &[members.concat()])
}

#[test]
fn struct_containing_itself_by_value_is_read() {
    let fx = Fixture::new();
    let lib = by_value_cycle(&fx, "libbyvalue.so", false);
    let (info, notes) = read_ok(&lib);
    assert_eq!(param_types(&info, "f"), ["struct S", "int"]);
    assert_eq!(
        members(&info, "struct S"),
        [
            ("a".to_owned(), 0, None, "struct S".to_owned()),
            ("b".to_owned(), 0, None, "struct S".to_owned()),
            ("n".to_owned(), 0, None, "int".to_owned()),
        ]
    );
    assert!(notes.is_empty(), "{notes:?}");
    assert_eq!(diff(&info, &info, ("a", "b")), vec![]);
}

#[test]
fn diff_of_a_struct_containing_itself_by_value_terminates() {
    in_child_process(
        "diff_of_a_struct_containing_itself_by_value_terminates",
        Duration::from_secs(60),
        || {
            let fx = Fixture::new();
            let (old, _) = read_ok(&by_value_cycle(&fx, "libold.so", false));
            let (new, _) = read_ok(&by_value_cycle(&fx, "libnew.so", true));
            let fs = diff(&old, &new, ("old", "new"));
            // S grew by a member at a new offset: its size changed.
            assert_eq!(fs.len(), 1, "{fs:#?}");
            assert_eq!(fs[0].rule, "abi-type-size-changed", "{fs:#?}");
            assert_eq!(fs[0].group.as_deref(), Some("type:struct S"));
        },
    );
}

// ---------------------------------------------------------------------------
// 3. Unknown attributes, tags and forms.

/// A vendor attribute (DW_AT_lo_user is 0x2000).
const VENDOR_AT: gimli::DwAt = gimli::DwAt(0x3ff0);

#[test]
fn vendor_attributes_with_known_forms_are_ignored() {
    use gimli::*;
    const VPARAM: u64 = 20;
    const VBASE: u64 = 21;
    const VSUBPROGRAM: u64 = 22;
    let extra: &[Abbrev] = &[
        (
            VPARAM,
            DW_TAG_formal_parameter,
            false,
            &[
                (VENDOR_AT, DW_FORM_data1),
                (DW_AT_name, DW_FORM_string),
                (DwAt(0x3fff), DW_FORM_block1),
                (DwAt(0x2345), DW_FORM_string),
                (DW_AT_type, DW_FORM_ref4),
                (DwAt(0x2346), DW_FORM_udata),
            ],
        ),
        (
            VBASE,
            DW_TAG_base_type,
            false,
            &[
                (DwAt(0x2200), DW_FORM_strp),
                (DW_AT_name, DW_FORM_string),
                (DW_AT_byte_size, DW_FORM_data1),
                (DwAt(0x3ff1), DW_FORM_flag_present),
                (DW_AT_encoding, DW_FORM_data1),
            ],
        ),
        (
            VSUBPROGRAM,
            DW_TAG_subprogram,
            true,
            &[
                (DW_AT_external, DW_FORM_flag_present),
                (DwAt(0x2300), DW_FORM_data4),
                (DW_AT_name, DW_FORM_string),
                (DW_AT_prototyped, DW_FORM_flag_present),
                (DW_AT_low_pc, DW_FORM_addr),
                (DW_AT_high_pc, DW_FORM_data8),
                (DwAt(0x3ff2), DW_FORM_exprloc),
            ],
        ),
    ];
    let fx = Fixture::new();
    let plain = cycle_library(
        &fx,
        "libplain.so",
        &[pointer(".Lt", ".Lc"), konst(".Lc", ".Lint")],
    );
    let vendor_fn = die(
        VSUBPROGRAM,
        &[
            "\t.long 0xdeadbeef\n".into(),
            string("f"),
            "\t.quad f\n".into(),
            "\t.quad .Lf_end - f\n".into(),
            "\t.uleb128 3\n\t.byte 0x9c, 0x06, 0x96\n".into(),
        ],
    ) + &die(
        VPARAM,
        &[
            data1(0x7f),
            string("p"),
            "\t.byte 4\n\t.byte 1, 2, 3, 4\n".into(),
            string("vendor text"),
            ref4(".Lt"),
            "\t.uleb128 300\n".into(),
        ],
    ) + &param("n", ".Lint")
        + "\t.byte 0\n";
    let vendor_int = label(".Lint")
        + &die(
            VBASE,
            &[
                "\t.long .Lvstr\n".into(),
                string("int"),
                data1(4),
                data1(DW_ATE_signed.0),
            ],
        );
    let dies = vec![
        vendor_fn,
        vendor_int,
        pointer(".Lt", ".Lc"),
        konst(".Lc", ".Lint"),
    ];
    let mut u = unit(".Lcu", &dies);
    u.push_str(
        "\t.section .debug_str,\"MS\",@progbits,1\n.Lvstr:\n\t.string \"vendor\"\n\t.previous\n",
    );
    let vendor = library(&fx, "libvendor.so", &["f"], extra, &[u]);
    let dump = run(Command::new("readelf")
        .arg("--debug-dump=info")
        .arg(&vendor));
    // readelf knows none of them either.
    for at in [
        "3ff0", "3fff", "2345", "3ff1", "2200", "2300", "3ff2", "2346",
    ] {
        assert!(
            dump.contains(&format!("Unknown AT value: {at}")),
            "{at}: {dump}"
        );
    }

    let (p, p_notes) = read_ok(&plain);
    let (v, v_notes) = read_ok(&vendor);
    assert_eq!(param_types(&p, "f"), ["const int *", "int"]);
    assert_eq!(v, p, "vendor attributes change nothing");
    assert!(
        p_notes.is_empty() && v_notes.is_empty(),
        "{p_notes:?} {v_notes:?}"
    );
}

#[test]
fn vendor_tag_as_a_type_is_spelled_with_its_number_and_a_note() {
    const VTAG: u64 = 23;
    let extra: &[Abbrev] = &[(
        VTAG,
        gimli::DwTag(0x4321),
        false,
        &[
            (gimli::DW_AT_name, gimli::DW_FORM_string),
            (gimli::DW_AT_type, gimli::DW_FORM_ref4),
        ],
    )];
    let fx = Fixture::new();
    let dies = vec![
        function("f", &[param("p", ".Lt"), param("n", ".Lint")]),
        int(),
        pointer(".Lt", ".Lv"),
        label(".Lv") + &die(VTAG, &[string("vendor_type"), ref4(".Lint")]),
    ];
    let lib = library(&fx, "libvtag.so", &["f"], extra, &[unit(".Lcu", &dies)]);
    let (info, notes) = read_ok(&lib);
    assert_eq!(param_types(&info, "f"), ["<0x4321> *", "int"]);
    assert_eq!(notes, ["unsupported type entry 0x4321; spelled <0x4321>"]);
}

/// Two units: `g(int)` in the first, `f(p)` in the second, where `p` carries
/// a vendor attribute of form 0x7f (no such form).
fn unknown_form_library(fx: &Fixture, name: &str, use_it: bool) -> PathBuf {
    const BAD: u64 = 30;
    let extra: &[Abbrev] = &[(
        BAD,
        gimli::DW_TAG_formal_parameter,
        false,
        &[
            (gimli::DW_AT_name, gimli::DW_FORM_string),
            (VENDOR_AT, gimli::DwForm(0x7f)),
            (gimli::DW_AT_type, gimli::DW_FORM_ref4),
        ],
    )];
    let p = if use_it {
        die(BAD, &[string("p"), data1(1), ref4(".Lint1")])
    } else {
        param("p", ".Lint1")
    };
    let first = unit(".Lcu0", &[function("g", &[param("x", ".Lint")]), int()]);
    let second = unit(
        ".Lcu1",
        &[
            function("f", &[p]),
            base(".Lint1", "int", 4, gimli::DW_ATE_signed),
        ],
    );
    library(fx, name, &["f", "g"], extra, &[first, second])
}

#[test]
fn unknown_form_is_an_error_naming_debug_info_and_the_unit() {
    let fx = Fixture::new();
    let lib = unknown_form_library(&fx, "libbadform.so", true);
    let second_unit = {
        let bytes = std::fs::read(&lib).unwrap();
        let loaded = load_debug(&lib, &bytes, None).unwrap();
        let info = loaded.data.unwrap();
        let info = info.section(".debug_info");
        4 + u32::from_le_bytes(info[..4].try_into().unwrap()) as u64
    };
    let err = read_in_time(&lib).expect_err("an unknown form cannot be skipped");
    match &err {
        DwarfError::Malformed {
            section,
            offset,
            reason,
        } => {
            assert_eq!(section, ".debug_info");
            assert_eq!(
                *offset, second_unit,
                "the offset of the unit with the bad DIE"
            );
            assert_eq!(reason, "unknown attribute form: 0x7f");
        }
        other => panic!("expected Malformed, got {other:?}"),
    }
    assert_eq!(
        err.to_string(),
        format!("malformed DWARF in .debug_info at offset {second_unit:#x}: unknown attribute form: 0x7f")
    );
}

#[test]
fn unused_abbreviation_with_an_unknown_form_is_harmless() {
    let fx = Fixture::new();
    let lib = unknown_form_library(&fx, "libunused.so", false);
    let (info, notes) = read_ok(&lib);
    assert!(notes.is_empty(), "{notes:?}");
    assert_eq!(param_types(&info, "f"), ["int"]);
    assert_eq!(param_types(&info, "g"), ["int"]);
}

// ---------------------------------------------------------------------------
// Truncated sections.

const SRC: &str = r#"
struct inner { int a; long b; };
struct outer { struct inner in; const char *name; unsigned flags:3; };
typedef struct outer outer_t;
enum kind { KA, KB };
int use_outer(outer_t *o, enum kind k) { return o->in.a + (int)k; }
long use_inner(struct inner i) { return i.b; }
"#;

/// Cuts section `name` of `lib` to `size` bytes, into `<lib>-<name>.so`.
fn with_section_size(
    fx: &Fixture,
    lib: &Path,
    name: &str,
    size: impl Fn(usize) -> usize,
) -> PathBuf {
    let mut bytes = std::fs::read(lib).unwrap();
    let (_, _, old) = section_header(&bytes, name);
    set_section_size(&mut bytes, name, size(old) as u64);
    let file = format!(
        "{}-{}.so",
        lib.file_name().unwrap().to_string_lossy(),
        name.trim_start_matches('.')
    );
    fx.write(file, &bytes)
}

#[test]
fn truncated_debug_abbrev_or_debug_line_is_an_error() {
    let fx = Fixture::new();
    for version in ["-gdwarf-4", "-gdwarf-5"] {
        let lib = common::build(&fx, &format!("lib{version}.so"), SRC, &[version]);
        let (full, notes) = read_ok(&lib);
        assert_eq!(
            full.functions.keys().collect::<Vec<_>>(),
            ["use_inner", "use_outer"]
        );
        assert!(notes.is_empty(), "{notes:?}");
        // The abbreviations of the unit, and the line program header that
        // gimli parses with the unit (for DW_AT_decl_file), are cut in half.
        for section in [".debug_abbrev", ".debug_line"] {
            let cut = with_section_size(&fx, &lib, section, |n| n / 2);
            let err = read_in_time(&cut).expect_err(section);
            // The error names .debug_info (where the unit is) for both.
            match &err {
                DwarfError::Malformed { offset, reason, .. } => {
                    assert_eq!(
                        (*offset, reason.as_str()),
                        (0, "unexpected end of input"),
                        "{version} {section}"
                    );
                }
                other => panic!("{version} {section}: expected Malformed, got {other:?}"),
            }
            assert_eq!(
                err.to_string(),
                "malformed DWARF in .debug_info at offset 0x0: unexpected end of input"
            );
        }
    }
}

#[test]
fn truncated_debug_str_is_an_error_naming_debug_str() {
    let fx = Fixture::new();
    let lib = common::build(&fx, "libstr.so", SRC, &["-gdwarf-4"]);
    let (full, _) = read_ok(&lib);
    assert_eq!(
        full.functions.keys().collect::<Vec<_>>(),
        ["use_inner", "use_outer"]
    );
    let path = with_section_size(&fx, &lib, ".debug_str", |_| 1);
    match read_in_time(&path) {
        Err(e) => assert!(e.to_string().contains(".debug_str"), "{e}"),
        Ok((info, notes)) => panic!(
            "no error for a truncated .debug_str; read {:?} with notes {notes:?}",
            info.functions.keys().collect::<Vec<_>>()
        ),
    }
}

// ---------------------------------------------------------------------------
// 4. Separate debug files that are not ELF or are truncated.

/// A library with a build id, stripped, and the path its build-id debug file
/// has under the returned debug directory (the full debug file is returned
/// as bytes).
fn stripped_with_build_id(fx: &Fixture) -> (PathBuf, tempfile::TempDir, PathBuf, Vec<u8>) {
    let lib = common::build(fx, "libbid.so", SRC, &["-Wl,--build-id=sha1"]);
    let dbg = fx.join("full.debug");
    std::fs::copy(&lib, &dbg).unwrap();
    run(Command::new("objcopy").arg("--only-keep-debug").arg(&dbg));
    run(Command::new("objcopy").arg("--strip-debug").arg(&lib));
    let debug_dir = tempfile::tempdir().unwrap();
    let target = common::build_id_debug_path(debug_dir.path(), &lib);
    (lib, debug_dir, target, std::fs::read(&dbg).unwrap())
}

/// `load_debug` of `lib` with `debug_dir`, within the time limit.
fn load_in_time(
    lib: &Path,
    debug_dir: &Path,
) -> Result<Option<compat_dwarf::DebugSource>, DwarfError> {
    let (lib, debug_dir) = (lib.to_owned(), debug_dir.to_owned());
    within("load_debug", READ_LIMIT, move || {
        let bytes = std::fs::read(&lib).unwrap();
        load_debug(&lib, &bytes, Some(&debug_dir)).map(|l| l.data.map(|d| d.source.clone()))
    })
}

#[test]
fn build_id_debug_file_that_is_not_elf_is_an_error_naming_it() {
    let fx = Fixture::new();
    let (lib, debug_dir, target, full) = stripped_with_build_id(&fx);
    // The good file first: the set-up works.
    std::fs::write(&target, &full).unwrap();
    assert_eq!(
        load_in_time(&lib, debug_dir.path()).unwrap(),
        Some(compat_dwarf::DebugSource::BuildId(target.clone()))
    );

    let header_only = full[..64].to_vec();
    let half = full[..full.len() / 2].to_vec();
    for (what, contents) in [
        ("garbage", b"this is not an ELF file at all\n".repeat(100)),
        ("empty", Vec::new()),
        ("ELF header only", header_only),
        ("first half", half),
    ] {
        std::fs::write(&target, &contents).unwrap();
        let err = load_in_time(&lib, debug_dir.path()).expect_err(what);
        match &err {
            DwarfError::Elf { path, .. } => assert_eq!(path, &target, "{what}"),
            other => panic!("{what}: expected DwarfError::Elf, got {other:?}"),
        }
        let msg = err.to_string();
        assert!(
            msg.starts_with(&format!("{}: not a readable ELF file: ", target.display())),
            "{what}: {msg}"
        );
    }
}

/// A debug file at the right `.build-id` path but from another build (a
/// stale or planted file) describes other code: refused with a note naming
/// both build ids, never read as the library's types.
#[test]
fn build_id_debug_file_of_another_build_is_refused_with_a_note() {
    let fx = Fixture::new();
    let (lib, debug_dir, target, full) = stripped_with_build_id(&fx);
    let other = common::build(
        &fx,
        "libother.so",
        "struct other { long a, b, c; };\nlong other_fn(struct other *o) { return o->a; }\n",
        &["-Wl,--build-id=sha1"],
    );
    run(Command::new("objcopy").arg("--only-keep-debug").arg(&other));
    assert_ne!(common::build_id(&other), common::build_id(&lib));
    std::fs::write(&target, std::fs::read(&other).unwrap()).unwrap();
    let bytes = std::fs::read(&lib).unwrap();
    let loaded = load_debug(&lib, &bytes, Some(debug_dir.path())).unwrap();
    assert!(loaded.data.is_none(), "another build's debug file was used");
    assert_eq!(loaded.notes.len(), 1, "{:?}", loaded.notes);
    let note = &loaded.notes[0];
    assert!(
        note.starts_with(&format!(
            "{}: build id {}",
            target.display(),
            common::build_id(&other)
        )) && note.contains(&format!(
            "does not match the build id {}",
            common::build_id(&lib)
        )),
        "{note}"
    );
    // The matching file is used.
    std::fs::write(&target, &full).unwrap();
    let loaded = load_debug(&lib, &bytes, Some(debug_dir.path())).unwrap();
    assert_eq!(
        loaded.data.map(|d| d.source.clone()),
        Some(compat_dwarf::DebugSource::BuildId(target.clone()))
    );
    assert!(loaded.notes.is_empty(), "{:?}", loaded.notes);
}

#[test]
fn build_id_debug_file_with_a_section_past_its_end_is_an_error_naming_it() {
    let fx = Fixture::new();
    let (lib, debug_dir, target, mut full) = stripped_with_build_id(&fx);
    let len = full.len() as u64;
    set_section_size(&mut full, ".debug_info", len);
    std::fs::write(&target, &full).unwrap();
    let err = load_in_time(&lib, debug_dir.path()).expect_err("section past the end");
    assert!(matches!(err, DwarfError::Truncated { .. }), "{err:?}");
    let msg = err.to_string();
    assert!(msg.contains(".debug_info"), "{msg}");
    assert!(
        msg.contains(&target.display().to_string()),
        "the message must name the debug file: {msg}"
    );
}

#[test]
fn debuglink_to_a_non_elf_file_with_a_matching_crc_is_an_error_naming_it() {
    // objcopy computes the CRC of whatever the link names, so the CRC check
    // passes and the file itself must be rejected.
    let fx = Fixture::new();
    let lib = common::build(&fx, "liblink.so", SRC, &[]);
    let dbg = fx.write("liblink.so.debug", b"garbage, not ELF\n".repeat(64));
    run(Command::new("objcopy")
        .arg("--strip-debug")
        .arg(format!("--add-gnu-debuglink={}", dbg.display()))
        .arg(&lib));
    let err = load_in_time(&lib, Path::new("/nonexistent")).expect_err("not ELF");
    match &err {
        DwarfError::Elf { path, .. } => assert_eq!(path, &dbg),
        other => panic!("expected DwarfError::Elf, got {other:?}"),
    }
    assert!(
        err.to_string()
            .starts_with(&format!("{}: not a readable ELF file: ", dbg.display())),
        "{err}"
    );
}
