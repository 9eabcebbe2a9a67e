//! Issue 8 part 4, a report that reads at a glance: what `compat abi diff`
//! prints for C++ virtual functions retyped in their slot, newly needed base
//! symbol versions, function pointers and other declarators, anonymous types
//! named by a typedef, and C++ symbols; each checked in the default text and
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
