//! One module per page; [`render`] picks the page a route names. Every page
//! is a function of the snapshot alone: its HTML and the same tables as JSON.

mod component;
mod deprecations;
mod impact;
mod overview;
mod rules;
mod runs;
mod waivers;

use crate::route::{Links, Route};
use crate::snapshot::Snapshot;

/// A rendered page.
#[derive(Debug, Clone)]
pub struct Page {
    /// The HTML document.
    pub html: String,
    /// Its tables as JSON.
    pub json: serde_json::Value,
}

/// The page `route` names, linked as `links` says; `None` when there is no
/// such page (an unknown component or rule).
pub fn render(snap: &Snapshot, route: &Route, links: Links) -> Option<Page> {
    match route {
        Route::Overview => Some(overview::page(snap, links)),
        Route::Component(name) => component::page(snap, name, links),
        Route::Waivers => Some(waivers::page(snap, links)),
        Route::Deprecations => Some(deprecations::page(snap, links)),
        Route::Impact => Some(impact::page(snap, links)),
        Route::Runs => Some(runs::page(snap, links)),
        Route::Rules => Some(rules::catalog(snap, links)),
        Route::Rule(id) => rules::rule(snap, id, links),
    }
}

impl Snapshot {
    /// Every page of the snapshot (what a static build writes).
    pub fn routes(&self) -> Vec<Route> {
        let mut out = vec![
            Route::Overview,
            Route::Waivers,
            Route::Deprecations,
            Route::Impact,
            Route::Runs,
            Route::Rules,
        ];
        out.extend(
            self.components
                .iter()
                .map(|c| Route::Component(c.check.component.clone())),
        );
        out.extend(
            compat_report::rules::RULES
                .iter()
                .map(|r| Route::Rule(r.id.to_owned())),
        );
        out
    }
}
