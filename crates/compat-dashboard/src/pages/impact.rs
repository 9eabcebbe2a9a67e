//! `/impact`: the impact matrix, providers as columns and consumers as
//! rows; each cell is the consumer's state if the provider changes as
//! judged, with its rules (and the waivers behind its findings) as the
//! tooltip, and blank when the consumer does not load the provider at all;
//! a `waived` cell names its waivers.

use std::collections::HashMap;
use std::fmt::Write as _;

use serde_json::json;

use super::Page;
use crate::html::{badge, document, esc, link};
use crate::impact::ImpactCell;
use crate::route::{Links, Route};
use crate::snapshot::Snapshot;
use compat_report::render::count;

/// How many consumers (rows) the HTML lists; the JSON has them all.
const ROWS_SHOWN: usize = 500;

/// The cells of the provider that is component `name`.
pub(super) fn consumers_of<'a>(snap: &'a Snapshot, name: &str) -> Vec<&'a ImpactCell> {
    let Some(m) = &snap.impact else {
        return Vec::new();
    };
    let sonames: Vec<&str> = m
        .providers
        .iter()
        .filter(|p| p.component.as_deref() == Some(name))
        .map(|p| p.soname.as_str())
        .collect();
    m.cells
        .iter()
        .filter(|c| sonames.contains(&c.provider.as_str()))
        .collect()
}

/// The impact page.
pub(super) fn page(snap: &Snapshot, links: Links) -> Page {
    let mut s = String::new();
    let Some(m) = &snap.impact else {
        s.push_str(
            "<p class=\"empty\">No impact matrix: start the dashboard with --index INDEX.db \
             (made by compat index build) to see which consumers each provider's latest \
             recorded change breaks.</p>\n",
        );
        return Page {
            html: document(snap, "Impact", &Route::Impact, links, &s),
            json: json!({ "source": null, "providers": [], "cells": [] }),
        };
    };
    let consumers = m.consumers();
    let by: HashMap<(&str, &str), &ImpactCell> = m
        .cells
        .iter()
        .map(|c| ((c.provider.as_str(), c.consumer.as_str()), c))
        .collect();
    let _ = write!(
        s,
        "<p>{} x {} from <code>{}</code>. A cell is the consumer's \
         state if the provider changes as judged; blank: it does not load the provider; \
         <code>none</code>: it loads it but binds nothing of it.</p>\n\
         <table id=\"impact\" class=\"fit\"><thead><tr><th>Consumer \\ provider</th>",
        count(m.providers.len(), "provider", "providers"),
        count(consumers.len(), "consumer", "consumers"),
        esc(&m.source)
    );
    for p in &m.providers {
        let name = match &p.component {
            Some(c) => link(links, &Route::Component(c.clone()), &p.soname),
            None => esc(&p.soname).into_owned(),
        };
        let _ = write!(
            s,
            "<th title=\"{}\" data-provider=\"{}\">{name}</th>",
            esc(&p.change),
            esc(&p.soname)
        );
    }
    s.push_str("</tr></thead><tbody>\n");
    for consumer in consumers.iter().take(ROWS_SHOWN) {
        let _ = write!(
            s,
            "<tr data-consumer=\"{}\"><th><code>{}</code></th>",
            esc(consumer),
            esc(consumer)
        );
        for p in &m.providers {
            match by.get(&(p.soname.as_str(), *consumer)) {
                Some(c) => {
                    let mut tip = format!("binds {}", count(c.bound, "symbol", "symbols"));
                    if !c.rules.is_empty() {
                        tip.push_str("; ");
                        tip.push_str(&c.rules.join(", "));
                    }
                    let waived = if c.waivers.is_empty() {
                        String::new()
                    } else if c.cell == "waived" {
                        tip.push_str(&format!("; waived by {}", c.waivers.join(", ")));
                        format!(" <code>{}</code>", esc(&c.waivers.join(", ")))
                    } else {
                        tip.push_str(&format!(
                            "; accepted for the provider by {} (the consumer still breaks)",
                            c.waivers.join(", ")
                        ));
                        String::new()
                    };
                    let _ = write!(
                        s,
                        "<td class=\"cell\" data-cell=\"{}\" data-waivers=\"{}\" title=\"{}\">{}{waived}</td>",
                        esc(&c.cell),
                        esc(&c.waivers.join(" ")),
                        esc(&tip),
                        badge(&c.cell)
                    );
                }
                None => s.push_str("<td class=\"cell\"></td>"),
            }
        }
        s.push_str("</tr>\n");
    }
    if consumers.len() > ROWS_SHOWN {
        let _ = writeln!(
            s,
            "<tr><td colspan=\"{}\" class=\"empty\">and {} more: see the JSON</td></tr>",
            m.providers.len() + 1,
            count(consumers.len() - ROWS_SHOWN, "consumer", "consumers")
        );
    }
    s.push_str("</tbody></table>\n");
    Page {
        html: document(snap, "Impact", &Route::Impact, links, &s),
        json: serde_json::to_value(m).unwrap_or_default(),
    }
}
