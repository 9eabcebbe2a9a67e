//! The dashboard of compat (GOVERNANCE.md 6.7): the state of a project's
//! history store as pages, each in HTML (inline CSS and SVG, no JavaScript,
//! nothing fetched from anywhere) and the same tables in JSON.
//!
//! - [`Snapshot::load`] reads what the pages show from an open store (the
//!   only I/O here, through `compat_store`'s read API);
//! - [`Route`] names the pages and where each lives, served (`/waivers`,
//!   `/api/waivers.json`) or as static files (`waivers.html`);
//! - [`render`] turns a snapshot and a route into the page: pure functions,
//!   no clock (the day the countdowns count from is in the snapshot).
//!
//! `compat serve` (compat-server) and `compat dashboard build` (the binary)
//! put them on a loopback port or into a directory.

mod html;
mod impact;
mod overview;
mod pages;
mod route;
mod snapshot;
mod svg;

pub use impact::{
    CellWaiver, ConsumerBinding, ImpactCell, ImpactMatrix, ImpactProvider, IndexBindings,
    ProviderBindings,
};
pub use overview::{overview, Overview, OverviewRow, Totals, WaiverCounts};
pub use pages::{render, Page};
pub use route::{decode_component, Links, Route, View};
pub use snapshot::{LoadOptions, Snapshot, SPARKLINE_RUNS};

/// The Content-Security-Policy of every page: nothing is loaded from
/// anywhere; inline styles and `data:` images only, no script at all.
pub const CONTENT_SECURITY_POLICY: &str =
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";
