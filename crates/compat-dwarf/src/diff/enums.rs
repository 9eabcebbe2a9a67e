//! Enums: enumerators removed, renumbered, added; the underlying type.

use super::*;

/// The underlying type of an enum of unchanged size.
pub(super) fn compare_underlying(
    cx: &mut Cx<'_>,
    eq: &mut Equiv<'_>,
    key: &str,
    ou: &str,
    nu: &str,
) {
    let (severity, why) = match eq.compare(ou, nu) {
        Tier::Same => return,
        Tier::Alias => (
            Severity::Info,
            "the same size and encoding under another name",
        ),
        Tier::Qualifiers | Tier::Signedness => (
            Severity::Warning,
            "the size is the same, but the signedness changed: values with the top bit set change sign",
        ),
        Tier::Different => (
            Severity::Warning,
            "the size is the same, but the encoding changed: values may read differently",
        ),
    };
    cx.push(
        "abi-enum-underlying-type-changed",
        format!("{key} now has the underlying type {nu} instead of {ou}; {why}"),
        ou,
        nu,
    );
    set_severity(cx, severity);
}

pub(super) fn compare_enums(
    cx: &mut Cx<'_>,
    key: &str,
    os: u64,
    oe: &[(String, i128)],
    ns: u64,
    ne: &[(String, i128)],
) {
    if os != ns {
        cx.push(
            "abi-type-size-changed",
            format!("{key} changed size from {os} to {ns} bytes; every struct, parameter and variable of that type changes layout"),
            &os.to_string(),
            &ns.to_string(),
        );
    }
    let old: BTreeMap<&str, i128> = oe.iter().map(|(k, v)| (k.as_str(), *v)).collect();
    let new: BTreeMap<&str, i128> = ne.iter().map(|(k, v)| (k.as_str(), *v)).collect();
    // Old values whose owners are all gone or renumbered: a new enumerator
    // that takes one of them changes what old binaries mean by it.
    let mut lost: BTreeMap<i128, Vec<&str>> = BTreeMap::new();
    // Renamed in place: the same value at the same index of the list, under
    // a name the old enum did not have (`MIX_INIT_FLUIDSYNTH = 0x20` become
    // `MIX_INIT_MID = 0x20`). Binaries are unaffected; sources are not.
    let mut renamed: HashSet<&str> = HashSet::new();
    for (i, (k, v)) in oe.iter().enumerate() {
        if new.contains_key(k.as_str()) {
            continue;
        }
        let Some((nk, nv)) = ne.get(i) else {
            continue;
        };
        if nv != v || old.contains_key(nk.as_str()) {
            continue;
        }
        renamed.insert(nk);
        cx.push(
            "abi-enumerator-renamed",
            format!("enumerator {k} = {v} of {key} is now named {nk}, with the same value in the same place; binaries are unaffected, but sources that use {k} no longer compile"),
            &format!("{k} = {v}"),
            &format!("{nk} = {v}"),
        );
    }
    for (k, v) in oe {
        match new.get(k.as_str()) {
            None if ne
                .iter()
                .any(|(nk, nv)| nv == v && renamed.contains(nk.as_str())) => {}
            None => {
                cx.push(
                    "abi-enumerator-removed",
                    format!("enumerator {k} = {v} of {key} was removed; existing binaries still pass and compare against {v}"),
                    &format!("{k} = {v}"),
                    "(none)",
                );
                lost.entry(*v).or_default().push(k);
            }
            Some(nv) if nv != v => {
                cx.push(
                    "abi-enumerator-value-changed",
                    format!("enumerator {k} of {key} changed value from {v} to {nv}; existing binaries use the old value"),
                    &format!("{k} = {v}"),
                    &format!("{k} = {nv}"),
                );
                lost.entry(*v).or_default().push(k);
            }
            Some(_) => {}
        }
    }
    let kept: HashSet<i128> = oe
        .iter()
        .filter(|(k, v)| new.get(k.as_str()) == Some(v))
        .map(|(_, v)| *v)
        .collect();
    let mut added = Vec::new();
    for (k, v) in ne {
        if old.contains_key(k.as_str()) || renamed.contains(k.as_str()) {
            continue;
        }
        match lost.get(v) {
            Some(owners) if !kept.contains(v) => {
                cx.push(
                    "abi-enumerator-value-changed",
                    format!(
                        "new enumerator {k} of {key} takes the value {v}, which meant {} before; existing binaries that pass {v} now mean {k}",
                        owners.join(", ")
                    ),
                    &format!("{} = {v}", owners.join(", ")),
                    &format!("{k} = {v}"),
                );
            }
            _ => added.push(format!("{k} = {v}")),
        }
    }
    if !added.is_empty() {
        cx.push(
            "abi-enumerator-added",
            format!(
                "{key} gained {} {}; compatible for existing binaries",
                if added.len() == 1 {
                    "enumerator"
                } else {
                    "enumerators"
                },
                added.join(", ")
            ),
            "",
            &added.join(", "),
        );
    }
}
