//! `compat_elf::parse_elf` on arbitrary bytes must never panic, and every ABI
//! it returns must survive the dump round trip: serialize, parse back, and
//! serialize again to byte-identical JSON (dumps are deterministic).
#![no_main]

use std::path::Path;

use compat_elf::{parse_elf, ElfAbi, ReadOptions};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(abi) = parse_elf(Path::new("fuzz"), data, ReadOptions { demangle: true, ..ReadOptions::default() }) else {
        return;
    };
    let json = abi.to_dump_json();
    let back: ElfAbi = serde_json::from_str(&json).expect("a dump written by to_dump_json parses back");
    assert_eq!(back.to_dump_json(), json, "dump round trip is not stable");
});
