//! `[[waiver]]`: who accepted which finding, why, and until when.

use std::collections::BTreeMap;

use toml_edit::Item;

use super::State;
use crate::model::{Waiver, SUBJECT_KEYS};
use crate::read::{describe, item_span, Section, Sink, Spanned};

const WAIVER_KEYS: &[&str] = &[
    "id",
    "component",
    "rule",
    "subject",
    "fingerprint",
    "reason",
    "owner",
    "ticket",
    "created",
    "expires",
    "until_version",
    "max_matches",
];

/// The fingerprint prefix; 32 lowercase hex digits follow.
const FINGERPRINT_PREFIX: &str = "compat:v1:";

/// Whether `text` is `compat:v1:` and 32 lowercase hex digits.
pub fn is_fingerprint(text: &str) -> bool {
    text.strip_prefix(FINGERPRINT_PREFIX).is_some_and(|hex| {
        hex.len() == 32
            && hex
                .bytes()
                .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
    })
}

impl State {
    /// Every `[[waiver]]` of a file, in order.
    pub(super) fn waivers(&mut self, root: &Section<'_>, sink: &mut Sink<'_>) -> Vec<Waiver> {
        let Some((_, item)) = root.get("waiver") else {
            return Vec::new();
        };
        let Item::ArrayOfTables(tables) = item else {
            sink.error(
                item_span(item),
                format!(
                    "`waiver` must be [[waiver]] tables, not {} (compat edits waivers in place)",
                    describe(item)
                ),
            );
            return Vec::new();
        };
        tables
            .iter()
            .filter_map(|table| {
                let id = table.get("id").and_then(Item::as_str);
                let name = match id {
                    Some(id) => format!("[[waiver]] {id:?}"),
                    None => "[[waiver]]".into(),
                };
                let section = Section::new(table, name, table.span());
                self.waiver(&section, sink)
            })
            .collect()
    }

    fn waiver(&mut self, section: &Section<'_>, sink: &mut Sink<'_>) -> Option<Waiver> {
        section.check_keys(sink, WAIVER_KEYS);
        let id = section.required_string(sink, "id", "");
        if let Some(id) = &id {
            let loc = sink.loc(id.span.clone());
            if let Some(first) = self.waiver_ids.get(&id.value) {
                let first = if first.file == loc.file {
                    format!("line {}", first.line)
                } else {
                    first.to_string()
                };
                sink.error_at(
                    loc,
                    format!("duplicate waiver id {:?} (first at {first})", id.value),
                );
            } else {
                self.waiver_ids.insert(id.value.clone(), loc);
            }
        }
        let component = section.string(sink, "component");
        if let Some(c) = &component {
            self.check_component(sink, c, &section.name);
        }
        let rule = section.required_string(sink, "rule", "");
        if let Some(r) = &rule {
            super::policy::check_rule(sink, &r.value, r.span.clone(), &section.name);
        }
        let subject = subject(section, sink);
        let fingerprint = section.string(sink, "fingerprint");
        if let Some(f) = &fingerprint {
            if !is_fingerprint(&f.value) {
                sink.error(
                    f.span.clone(),
                    format!(
                        "invalid `fingerprint` {:?} in {}: expected \"{FINGERPRINT_PREFIX}\" and 32 lowercase hex digits",
                        f.value, section.name
                    ),
                );
            }
        }
        if !section.has("subject") && !section.has("fingerprint") {
            sink.error(
                section.span.clone(),
                format!(
                    "{} needs `subject` or `fingerprint` to say which findings it waives",
                    section.name
                ),
            );
        }
        let reason = section.required_string(sink, "reason", "");
        let owner = section.required_string(sink, "owner", "");
        let ticket = section.string(sink, "ticket").map(|t| t.value);
        let created = section.date(sink, "created");
        let expires = if section.has("expires") {
            section.date(sink, "expires")
        } else {
            section.missing(sink, "expires", " (every waiver expires)");
            None
        };
        if let (Some(c), Some(e)) = (&created, &expires) {
            if e.value < c.value {
                sink.error(
                    e.span.clone(),
                    format!(
                        "`expires` {} in {} is before `created` {}",
                        e.value, section.name, c.value
                    ),
                );
            }
        }
        let until_version = section.string(sink, "until_version").map(|v| v.value);
        let max_matches = section.u32(sink, "max_matches");
        if max_matches == Some(0) {
            if let Some((_, item)) = section.get("max_matches") {
                sink.error(
                    item_span(item),
                    format!(
                        "`max_matches` in {} must be at least 1 (a waiver that may match nothing waives nothing)",
                        section.name
                    ),
                );
            }
        }
        Some(Waiver {
            id: id?.value,
            component: component.map(|c| c.value),
            rule: rule?.value,
            subject: subject?,
            fingerprint: fingerprint.map(|f| f.value),
            reason: reason?.value,
            owner: owner?.value,
            ticket,
            created: created.map(|c| c.value),
            expires: expires?.value,
            until_version,
            max_matches,
            at: sink.loc(section.span.clone()),
        })
    }
}

/// `subject = { KEY = "value", ... }` with keys from [`SUBJECT_KEYS`].
fn subject(section: &Section<'_>, sink: &mut Sink<'_>) -> Option<BTreeMap<String, String>> {
    let mut out = BTreeMap::new();
    let Some(table) = section.table(sink, "subject", format!("`subject` of {}", section.name))
    else {
        return (!section.has("subject")).then_some(out);
    };
    table.check_keys(sink, SUBJECT_KEYS);
    let mut ok = true;
    for (key, _) in table.entries() {
        if !SUBJECT_KEYS.contains(&key.get()) {
            ok = false;
            continue;
        }
        match table.string(sink, key.get()) {
            Some(Spanned { value, .. }) if !value.is_empty() => {
                out.insert(key.get().to_owned(), value);
            }
            Some(Spanned { span, .. }) => {
                ok = false;
                sink.error(
                    span,
                    format!("`{}` in {} must not be empty", key.get(), table.name),
                );
            }
            None => ok = false,
        }
    }
    if out.is_empty() && ok {
        sink.error(
            table.span.clone(),
            format!("{} is empty; name what the waiver matches", table.name),
        );
        ok = false;
    }
    ok.then_some(out)
}
