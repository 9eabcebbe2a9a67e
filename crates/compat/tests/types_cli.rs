//! `abi dump` and `abi diff` with DWARF: types are carried in the dump and
//! compared when both sides have them (the rules themselves are tested in
//! compat-dwarf).

use std::path::Path;

use compat_testkit::Fixture;

mod common;
use common::compat;

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

const V1: &str =
    "struct point { int x; int y; };\nint area(struct point p) { return p.x * p.y; }\n";
const V2: &str =
    "struct point { int x; long z; int y; };\nint area(struct point p) { return p.x * p.y; }\n";

fn lib(fx: &Fixture, name: &str, src: &str) -> std::path::PathBuf {
    fx.lib(name)
        .source(src)
        .arg("-g")
        .soname("libp.so.1")
        .build()
}

#[test]
fn layout_change_is_found_from_binaries_and_from_a_dump() {
    let fx = Fixture::new();
    let (v1, v2) = (lib(&fx, "libp-1.so", V1), lib(&fx, "libp-2.so", V2));
    let r = compat(&["abi", "diff", s(&v1), s(&v2), "-f", "json"]);
    assert_eq!(r.code, 1, "{}", r.stdout);
    let j = r.json();
    let f = j["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["rule"] == "abi-member-offset-changed")
        .expect("offset change");
    assert_eq!(f["subject"]["symbols"], serde_json::json!(["area"]));
    assert_eq!(j["verdict"], "major");

    // The dump carries the types, so it stands in for the old binary.
    let dump = fx.join("v1.json");
    let d = compat(&["abi", "dump", s(&v1), "-o", s(&dump)]);
    assert_eq!(d.code, 0, "{}", d.stderr);
    let dumped: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&dump).unwrap()).unwrap();
    assert!(dumped["types"]["functions"]["area"].is_object(), "{dumped}");
    let r2 = compat(&["abi", "diff", s(&dump), s(&v2), "-f", "json"]);
    assert_eq!(
        r2.json()["findings"],
        j["findings"]
            .clone()
            .as_array()
            .map(|a| {
                // Same findings, naming the dump instead of the binary as the old file.
                serde_json::Value::Array(
                    a.iter()
                        .map(|f| {
                            let mut f = f.clone();
                            f["subject"]["old_file"] =
                                serde_json::Value::String(s(&dump).to_owned());
                            if let Some(m) = f["message"].as_str() {
                                f["message"] =
                                    serde_json::Value::String(m.replace(s(&v1), s(&dump)));
                            }
                            f
                        })
                        .collect(),
                )
            })
            .unwrap()
    );
}

#[test]
fn the_reverse_change_and_old_vs_old() {
    let fx = Fixture::new();
    let (v1, v2) = (lib(&fx, "libp-1.so", V1), lib(&fx, "libp-2.so", V2));
    let r = compat(&["abi", "diff", s(&v2), s(&v1), "-f", "json"]);
    assert_eq!(r.code, 1);
    let rules: Vec<String> = r.json()["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["rule"].as_str().unwrap().to_owned())
        .collect();
    assert!(
        rules
            .iter()
            .any(|r| r == "abi-member-removed" || r == "abi-member-offset-changed"),
        "{rules:?}"
    );
    let same = compat(&["abi", "diff", s(&v1), s(&v1), "-f", "json"]);
    assert_eq!(same.code, 0);
    assert_eq!(same.json()["findings"], serde_json::json!([]));
    // --no-types: symbols only, and the layout change is not seen.
    let nt = compat(&["abi", "diff", s(&v1), s(&v2), "--no-types", "-f", "json"]);
    assert_eq!(nt.code, 0, "{}", nt.stdout);
}

/// A public header directory that does not exist is a usage error, said once.
#[test]
fn missing_public_header_directory_is_exit_2() {
    let fx = Fixture::new();
    let v1 = lib(&fx, "libp-1.so", V1);
    let missing = fx.join("no-such-include");
    for args in [
        vec![
            "abi",
            "diff",
            "--public-headers",
            s(&missing),
            s(&v1),
            s(&v1),
        ],
        vec!["abi", "dump", "--public-headers", s(&missing), s(&v1)],
    ] {
        let r = compat(&args);
        assert_eq!(r.code, 2, "{args:?}: {}", r.stderr);
        assert_eq!(
            r.stderr.trim(),
            format!(
                "compat: error: {}: public header directory: not a directory",
                s(&missing)
            )
        );
    }
}

/// A function that keeps its symbol but loses its debug information (here:
/// rewritten in assembly) is named in a note, not silently skipped.
#[test]
fn symbols_whose_debug_information_disappears_are_noted() {
    let fx = Fixture::new();
    let v1 = lib(
        &fx,
        "libp-1.so",
        "int f(void) { return 0; }\nint g(int x) { return x; }\n",
    );
    let v2 = lib(
        &fx,
        "libp-2.so",
        "int f(void) { return 0; }\n__asm__(\".text\\n.globl g\\n.type g, @function\\ng:\\n movl %edi, %eax\\n ret\\n.size g, .-g\\n\");\n",
    );
    let r = compat(&["abi", "diff", s(&v1), s(&v2), "-f", "json"]);
    assert_eq!(r.code, 0, "{}", r.stdout);
    let notes = r.json()["notes"].clone();
    assert_eq!(
        notes,
        serde_json::json!([
            "1 symbol exported by both versions has debug information only in the old one, so its type is not compared: g"
        ]),
        "{}",
        r.stdout
    );
    let r = compat(&["abi", "diff", s(&v1), s(&v1), "-f", "json"]);
    assert!(r.json().get("notes").is_none(), "{}", r.stdout);
}
