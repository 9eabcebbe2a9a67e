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

/// A real library whose `.debug_str` is 64 MiB of zeros compressed with
/// zlib (about 1000:1): refused by the section's cap (100:1 for string
/// tables), not decompressed.
#[test]
fn compressed_zeros_are_refused_by_the_sections_cap() {
    let fx = compat_testkit::Fixture::new();
    let lib = fx
        .lib("libz0.so")
        .source("struct s { int a; }; int get(struct s *p) { return p->a; }\n")
        .arg("-g")
        .build();
    let zeros = fx.write("zeros.bin", vec![0u8; 64 << 20]);
    let (plain, bomb) = (fx.join("libplain.so"), fx.join("libbomb.so"));
    for args in [
        vec![format!("--update-section=.debug_str={}", zeros.display())],
        vec!["--compress-debug-sections=zlib".to_owned()],
    ] {
        let (from, to) = if args[0].starts_with("--update") {
            (&lib, &plain)
        } else {
            (&plain, &bomb)
        };
        let st = std::process::Command::new("objcopy")
            .args(&args)
            .arg(from)
            .arg(to)
            .status()
            .expect("run objcopy");
        assert!(st.success());
    }
    let bytes = std::fs::read(&bomb).unwrap();
    assert!(bytes.len() < 4 << 20, "the bomb is small: {}", bytes.len());
    match compat_dwarf::load_debug(&bomb, &bytes, Some(Path::new("/nonexistent"))) {
        Err(e) => {
            let e = e.to_string();
            assert!(e.contains(".debug_str") && e.contains("at most"), "{e}");
        }
        Ok(l) => panic!("loaded {} notes, must refuse", l.notes.len()),
    }
    assert_eq!(
        compat_dwarf::decompressed_cap(".debug_str", 1000),
        (1 << 20) + 100_000
    );
}
