//! `compat_config::parse` on arbitrary text must never panic. A text that
//! loads must survive the edits compat makes to it: removing every waiver,
//! renewing one and appending one each give a file that still loads, with
//! exactly the intended change.
#![no_main]

use std::path::Path;

use compat_config::edit::{append_waiver, remove_waivers, renew_waiver, NewWaiver};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let path = Path::new("compat.toml");
    let config = match compat_config::parse(text, path) {
        Ok(config) => config,
        Err(errors) => {
            assert!(!errors.errors.is_empty(), "an error without a message");
            return;
        }
    };
    for component in &config.components {
        let _ = config.effective(&component.name);
    }
    let _ = compat_config::show::text(&config);

    let ids: Vec<&str> = config.waivers.iter().map(|w| w.id.as_str()).collect();
    if let Some(first) = config.waivers.first() {
        if let Ok(pruned) = remove_waivers(text, &ids) {
            let after = compat_config::parse(&pruned, path).expect("pruned file loads");
            assert!(after.waivers.is_empty(), "a waiver survived pruning");
            assert_eq!(after.components, config.components, "pruning changed a component");
        }
        if let Some(later) = first.expires.add_days(1) {
            if let Ok(renewed) = renew_waiver(text, &first.id, later, Some("renewed")) {
                let after = compat_config::parse(&renewed, path).expect("renewed file loads");
                let w = after.waiver(&first.id).expect("renewed waiver");
                assert_eq!((w.expires, w.reason.as_str()), (later, "renewed"));
            }
        }
    }
    let mut id = String::from("W-FUZZ");
    while ids.contains(&id.as_str()) {
        id.push('X');
    }
    let new = NewWaiver {
        id: id.clone(),
        component: None,
        rule: "abi-symbol-removed".into(),
        subject: [("symbol".to_owned(), "fuzz".to_owned())].into(),
        fingerprint: None,
        reason: "fuzz".into(),
        owner: "@fuzz".into(),
        ticket: None,
        created: None,
        expires: compat_config::Date::MAX,
        until_version: None,
        max_matches: None,
    };
    let appended = append_waiver(text, &new);
    let after = compat_config::parse(&appended, path).expect("appended file loads");
    assert!(after.waiver(&id).is_some(), "appended waiver missing");
    assert_eq!(after.waivers.len(), config.waivers.len() + 1);
});
