//! `compat_dwarf` on arbitrary bytes: finding the debug information, reading
//! the types of every exported symbol, serializing them and diffing them with
//! themselves must never panic, and a type graph always diffs clean against itself.
#![no_main]

use std::path::Path;

use compat_dwarf::{diff, load_debug, read_types, ExportedSymbol};
use compat_elf::{parse_elf, ReadOptions, SymbolKind};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let path = Path::new("fuzz.so");
    let Ok(loaded) = load_debug(path, data, Some(Path::new("/nonexistent-debug-dir"))) else { return };
    let Some(debug) = loaded.data else { return };
    let exported: Vec<ExportedSymbol> = match parse_elf(path, data, ReadOptions::default()) {
        Ok(abi) => abi
            .symbols
            .iter()
            .map(|s| ExportedSymbol { name: s.name.to_string(), is_function: s.kind == SymbolKind::Func })
            .collect(),
        Err(_) => Vec::new(),
    };
    let Ok((info, _notes)) = read_types(&debug, &exported, None) else { return };
    let json = serde_json::to_string(&info).expect("type info serializes");
    let back: compat_dwarf::TypeInfo = serde_json::from_str(&json).expect("type info parses back");
    assert!(diff(&info, &back, ("a", "b")).is_empty(), "a type graph differs from itself");
});
