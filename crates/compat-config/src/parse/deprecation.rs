//! `[[deprecation]]`: the registry of items announced for removal. Its
//! window (the floor of `[policy.deprecation]`) is judged by `compat check`
//! (`deprecation-window-shortened`), which also knows the release tags.

use toml_edit::Item;

use super::State;
use crate::model::{Deprecation, ItemKind};
use crate::read::{describe, item_span, Section, Sink};

const DEPRECATION_KEYS: &[&str] = &[
    "id",
    "component",
    "item",
    "announced",
    "announced_in",
    "replacement",
    "migration",
    "remove_after",
];

impl State {
    /// Every `[[deprecation]]`, in order.
    pub(super) fn deprecations(
        &mut self,
        root: &Section<'_>,
        sink: &mut Sink<'_>,
    ) -> Vec<Deprecation> {
        let Some((_, item)) = root.get("deprecation") else {
            return Vec::new();
        };
        let Item::ArrayOfTables(tables) = item else {
            sink.error(
                item_span(item),
                format!(
                    "`deprecation` must be [[deprecation]] tables, not {}",
                    describe(item)
                ),
            );
            return Vec::new();
        };
        tables
            .iter()
            .filter_map(|table| {
                let name = match table.get("id").and_then(Item::as_str) {
                    Some(id) => format!("[[deprecation]] {id:?}"),
                    None => "[[deprecation]]".into(),
                };
                let section = Section::new(table, name, table.span());
                self.deprecation(&section, sink)
            })
            .collect()
    }

    fn deprecation(&mut self, section: &Section<'_>, sink: &mut Sink<'_>) -> Option<Deprecation> {
        section.check_keys(sink, DEPRECATION_KEYS);
        let id = section.required_string(sink, "id", "");
        if let Some(id) = &id {
            let loc = sink.loc(id.span.clone());
            if let Some(first) = self.deprecation_ids.get(&id.value) {
                let first = if first.file == loc.file {
                    format!("line {}", first.line)
                } else {
                    first.to_string()
                };
                sink.error_at(
                    loc,
                    format!("duplicate deprecation id {:?} (first at {first})", id.value),
                );
            } else {
                self.deprecation_ids.insert(id.value.clone(), loc);
            }
        }
        let component = section.required_string(sink, "component", "");
        if let Some(c) = &component {
            self.check_component(sink, c, &section.name);
        }
        let item = if section.has("item") {
            item(section, sink)
        } else {
            section.missing(sink, "item", "");
            None
        };
        let announced = if section.has("announced") {
            section.date(sink, "announced")
        } else {
            section.missing(sink, "announced", "");
            None
        };
        let announced_in = section.string(sink, "announced_in").map(|s| s.value);
        let replacement = section.string(sink, "replacement");
        let policy = &self.deprecation_policy;
        match &replacement {
            None if policy.require_replacement && !section.has("replacement") => section.missing(
                sink,
                "replacement",
                " (policy.deprecation.require_replacement is true; write \"none: <why>\" when there is none)",
            ),
            Some(r) if r.value.trim().is_empty() || r.value.trim() == "none" => sink.error(
                r.span.clone(),
                format!(
                    "`replacement` in {} must name the replacement, or say \"none: <why>\"",
                    section.name
                ),
            ),
            Some(r)
                if r.value
                    .strip_prefix("none:")
                    .is_some_and(|why| why.trim().is_empty()) =>
            {
                sink.error(
                    r.span.clone(),
                    format!(
                        "`replacement` in {} says \"none:\" without saying why",
                        section.name
                    ),
                )
            }
            _ => {}
        }
        let migration = section.string(sink, "migration").map(|s| s.value);
        let remove_after = section.date(sink, "remove_after");
        Some(Deprecation {
            id: id?.value,
            component: component?.value,
            item: item?,
            announced: announced?.value,
            announced_in,
            replacement: replacement.map(|r| r.value),
            migration,
            remove_after: remove_after.map(|r| r.value),
            at: sink.loc(section.span.clone()),
        })
    }
}

/// `item = { KIND = "NAME" }` with exactly one kind.
fn item(section: &Section<'_>, sink: &mut Sink<'_>) -> Option<(ItemKind, String)> {
    let table = section.table(sink, "item", format!("`item` of {}", section.name))?;
    table.check_keys(sink, ItemKind::NAMES);
    let kinds: Vec<&str> = table
        .entries()
        .into_iter()
        .map(|(k, _)| k.get())
        .filter(|k| ItemKind::NAMES.contains(k))
        .collect();
    match kinds.as_slice() {
        [kind] => {
            let name = table.required_string(sink, kind, "")?;
            Some((ItemKind::from_name(kind)?, name.value))
        }
        [] if table.entries().is_empty() => {
            sink.error(
                table.span.clone(),
                format!(
                    "{} must name exactly one of {}; it names none",
                    table.name,
                    ItemKind::NAMES.join(", ")
                ),
            );
            None
        }
        [] => None,
        several => {
            sink.error(
                table.span.clone(),
                format!(
                    "{} must name exactly one of {}; it names {} ({})",
                    table.name,
                    ItemKind::NAMES.join(", "),
                    several.len(),
                    several.join(", ")
                ),
            );
            None
        }
    }
}
