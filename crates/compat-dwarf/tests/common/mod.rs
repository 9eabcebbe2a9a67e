//! Shared helpers: build C fixtures with gcc and read their type-level ABI.

#![allow(dead_code)]

use std::path::{Path, PathBuf};

use compat_dwarf::{diff, load_debug, read_types, ExportedSymbol, TypeInfo};
use compat_elf::{parse_elf, ReadOptions, SymbolKind};
use compat_report::{Finding, Severity};
use compat_testkit::Fixture;

/// The exported (defined, non-local) dynamic symbols of `path`.
pub fn exported(path: &Path, bytes: &[u8]) -> Vec<ExportedSymbol> {
    let abi = parse_elf(path, bytes, ReadOptions::default()).expect("fixture is ELF");
    abi.symbols
        .iter()
        .filter(|s| !matches!(s.kind, SymbolKind::Section | SymbolKind::File))
        .map(|s| ExportedSymbol {
            name: s.name.to_string(),
            is_function: matches!(
                s.kind,
                SymbolKind::Func | SymbolKind::Ifunc | SymbolKind::Notype
            ),
        })
        .collect()
}

/// Reads the type info of `path` (panics without debug information).
pub fn read_with(
    path: &Path,
    debug_dir: Option<&Path>,
    headers: Option<&Path>,
) -> (Option<TypeInfo>, Vec<String>) {
    let bytes = std::fs::read(path).unwrap();
    let loaded = load_debug(path, &bytes, debug_dir).expect("load_debug");
    let mut notes = loaded.notes;
    let Some(data) = loaded.data else {
        return (None, notes);
    };
    let (info, more) = read_types(&data, &exported(path, &bytes), headers).expect("read_types");
    notes.extend(more);
    (Some(info), notes)
}

/// Reads the type info of `path`.
pub fn read(path: &Path) -> TypeInfo {
    read_with(path, None, None).0.expect("debug information")
}

/// Builds `name` from `src` with `-g` and extra arguments.
pub fn build(fx: &Fixture, name: &str, src: &str, args: &[&str]) -> PathBuf {
    let mut b = fx.lib(name).source(src).arg("-g");
    for a in args {
        b = b.arg(*a);
    }
    b.build()
}

/// Builds both sources (under the same file name, as a rebuild would) and
/// diffs their type info.
pub fn diff_src(old: &str, new: &str) -> Vec<Finding> {
    let (fo, fn_) = (Fixture::new(), Fixture::new());
    let o = read(&build(&fo, "libx.so", old, &[]));
    let n = read(&build(&fn_, "libx.so", new, &[]));
    diff(&o, &n, ("old/libx.so", "new/libx.so"))
}

/// Like [`diff_src`], with a header written next to the source: `(name,
/// text)` for the old and the new build; `src` includes it.
pub fn diff_with_header(old: (&str, &str), new: (&str, &str), src: &str) -> Vec<Finding> {
    let (fo, fn_) = (Fixture::new(), Fixture::new());
    fo.write(old.0, old.1);
    fn_.write(new.0, new.1);
    let o = read(&build(&fo, "libx.so", src, &[]));
    let n = read(&build(&fn_, "libx.so", src, &[]));
    diff(&o, &n, ("old/libx.so", "new/libx.so"))
}

/// Like [`diff_src`], for C++ sources (compiled with `g++ -x c++`).
pub fn diff_cxx(old: &str, new: &str) -> Vec<Finding> {
    let (fo, fn_) = (Fixture::new(), Fixture::new());
    let o = read(&build_cxx(&fo, "libx.so", old));
    let n = read(&build_cxx(&fn_, "libx.so", new));
    diff(&o, &n, ("old/libx.so", "new/libx.so"))
}

/// Builds a C++ library from `src`.
pub fn build_cxx(fx: &Fixture, name: &str, src: &str) -> PathBuf {
    fx.lib(name)
        .cc("g++")
        .source(src)
        .arg("-g")
        .arg("-x")
        .arg("c++")
        .build()
}

/// (rule, severity) of each finding.
pub fn rules(fs: &[Finding]) -> Vec<(String, Severity)> {
    fs.iter().map(|f| (f.rule.clone(), f.severity)).collect()
}

/// Asserts that exactly one finding with `rule` and `severity` was reported, and returns it.
#[track_caller]
pub fn only(fs: &[Finding], rule: &str, severity: Severity) -> Finding {
    assert_eq!(
        rules(fs),
        vec![(rule.to_owned(), severity)],
        "findings: {fs:#?}"
    );
    fs[0].clone()
}

/// The C++ fixture of the read tests: a namespace, a class deriving from a
/// base with virtual functions, a nested struct, an `enum class`.
pub const CXX_WIDGET: &str = r#"namespace ns {
struct Base { virtual ~Base(); virtual int f(int); virtual int g(); int x; };
class Widget : public Base { public: int f(int) override; virtual void h(); int method(long) const;
  struct Inner { short s; } in; double d; };
Base::~Base() {}
int Base::f(int a) { return a + x; }
int Base::g() { return 1; }
int Widget::f(int a) { return a * 2; }
void Widget::h() {}
int Widget::method(long a) const { return (int)a + in.s; }
namespace inner { enum class Color : short { Red, Green = 5 }; Color pick(Color c) { return c; } }
}
"#;

/// Runs `cmd`, panicking with its standard error when it fails; returns its
/// standard output.
pub fn run(cmd: &mut std::process::Command) -> String {
    let out = cmd
        .output()
        .unwrap_or_else(|e| panic!("cannot run {cmd:?}: {e}"));
    assert!(
        out.status.success(),
        "{cmd:?} failed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Finds a section header of an ELF64 little-endian file: (header offset,
/// sh_offset, sh_size).
pub fn section_header(bytes: &[u8], want: &str) -> (usize, usize, usize) {
    let u16at = |o: usize| u16::from_le_bytes(bytes[o..o + 2].try_into().unwrap()) as usize;
    let u32at = |o: usize| u32::from_le_bytes(bytes[o..o + 4].try_into().unwrap()) as usize;
    let u64at = |o: usize| u64::from_le_bytes(bytes[o..o + 8].try_into().unwrap()) as usize;
    let (shoff, shentsize, shnum, shstrndx) = (u64at(0x28), u16at(0x3a), u16at(0x3c), u16at(0x3e));
    let strtab = u64at(shoff + shstrndx * shentsize + 0x18);
    for i in 0..shnum {
        let h = shoff + i * shentsize;
        let name_off = strtab + u32at(h);
        let end = bytes[name_off..].iter().position(|&b| b == 0).unwrap();
        if &bytes[name_off..name_off + end] == want.as_bytes() {
            return (h, u64at(h + 0x18), u64at(h + 0x20));
        }
    }
    panic!("no section {want}");
}

/// The GNU build id of `path` (from `readelf -n`), as hex.
pub fn build_id(path: &Path) -> String {
    let notes = run(std::process::Command::new("readelf").arg("-n").arg(path));
    notes
        .lines()
        .find_map(|l| l.trim().strip_prefix("Build ID: "))
        .expect("build id note")
        .trim()
        .to_owned()
}

/// Where a debug directory holds the debug file of `lib` by build id
/// (`DIR/.build-id/xx/rest.debug`); the `xx` directory is created.
pub fn build_id_debug_path(debug_dir: &Path, lib: &Path) -> PathBuf {
    let id = build_id(lib);
    let d = debug_dir.join(".build-id").join(&id[..2]);
    std::fs::create_dir_all(&d).unwrap();
    d.join(format!("{}.debug", &id[2..]))
}
