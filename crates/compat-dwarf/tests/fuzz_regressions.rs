//! Inputs the fuzzer found (fuzz/fuzz_targets/dwarf_parse.rs), kept as tests.

use std::path::Path;

/// A compression header claiming ~20 TB of debug data: a clear error, no
/// allocation attempt.
#[test]
fn forged_uncompressed_size_is_an_error() {
    let path = Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fuzz_regressions/compressed-size-forged"
    ));
    let bytes = std::fs::read(path).unwrap();
    match compat_dwarf::load_debug(path, &bytes, Some(Path::new("/nonexistent"))) {
        Err(e) => assert!(e.to_string().contains("uncompressed"), "{e}"),
        Ok(l) => assert!(l.data.is_none(), "must not load forged sections"),
    }
}
