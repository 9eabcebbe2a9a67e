//! Reading a dump (`serde_json::from_slice::<ElfAbi>`) on arbitrary bytes must
//! never panic; a dump that parses must serialize again, and that output must
//! parse back to the same dump.
#![no_main]

use compat_elf::ElfAbi;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(abi) = serde_json::from_slice::<ElfAbi>(data) else {
        return;
    };
    let json = abi.to_dump_json();
    let back: ElfAbi = serde_json::from_str(&json).expect("a re-serialized dump parses back");
    assert_eq!(back, abi, "dump round trip changed the ABI");
});
