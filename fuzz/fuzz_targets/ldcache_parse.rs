//! `compat_ld::cache::parse` on arbitrary bytes must never panic; when it
//! accepts the bytes, lookups on the result must not panic either.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Some(cache) = compat_ld::cache::parse(data) {
        let _ = cache.len();
        let _ = cache.is_empty();
        let _ = cache.lookup("libc.so.6");
    }
});
