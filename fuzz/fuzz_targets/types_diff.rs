//! The type-level diff on a hostile dump's `types` (`TypeInfo` from arbitrary
//! JSON): classification (exposure), equivalence (canonical and layout
//! spellings) and the member, enum and vtable comparisons must never panic or
//! run away; a version compared with itself reports nothing; every type
//! spelling that parses prints back to itself.
#![no_main]

use compat_dwarf::{diff, parse_type_ref, TypeInfo};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(s) = std::str::from_utf8(data) {
        if let Some(e) = parse_type_ref(s) {
            let printed = e.to_string();
            assert_eq!(parse_type_ref(&printed), Some(e), "{s:?} printed as {printed:?}");
        }
    }
    let Ok(mut info) = serde_json::from_slice::<TypeInfo>(data) else {
        return;
    };
    assert!(diff(&info, &info, ("old", "new")).is_empty(), "old vs old found something");
    let old = info.clone();
    info.respell_legacy_arrays();
    let _ = diff(&old, &info, ("old", "new"));
    let _ = diff(&info, &old, ("old", "new"));
});
