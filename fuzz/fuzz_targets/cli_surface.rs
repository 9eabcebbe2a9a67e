//! compat's command-line surface readers (compat JSON, Azure CLI metadata,
//! cobra YAML, `--help` text) on arbitrary bytes must never panic; a surface
//! that reads must survive its own JSON round trip and diff against itself
//! to nothing.
#![no_main]

use compat_cli_surface::{diff, read_bytes, Date, DiffOptions, InputFormat, Window};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    for format in [
        InputFormat::Auto,
        InputFormat::Compat,
        InputFormat::Azure,
        InputFormat::Cobra,
        InputFormat::Help,
    ] {
        let Ok(surface) = read_bytes("fuzz", data, format) else {
            continue;
        };
        let json = surface.to_json();
        let again = read_bytes("fuzz.json", json.as_bytes(), InputFormat::Compat)
            .expect("a surface compat wrote reads back");
        assert_eq!(again, surface, "JSON round trip");
        let opts = DiffOptions {
            window: Window::Kubernetes,
            today: Date::parse("2026-01-01").unwrap(),
            old_name: "a".into(),
            new_name: "b".into(),
            old_format: format,
            new_format: format,
        };
        let found = diff(&surface, &surface, &opts);
        assert!(found.is_empty(), "a surface against itself: {found:?}");
    }
});
