//! Which handler answers a path: one match arm per route, one handler
//! function each: the dashboard's pages, `/metrics` (the Prometheus
//! exposition of compat-metrics) and `/healthz`.

use compat_dashboard::{Links, Route, View};

use crate::app::App;
use crate::http::{Request, Response};

/// The response to `req`.
pub fn route(app: &App, req: &Request) -> Response {
    match req.path.as_str() {
        "/healthz" => Response::new(200, "text/plain; charset=utf-8", "ok\n"),
        "/favicon.ico" => Response::error(404, "no favicon"),
        "/metrics" => metrics(app, req),
        _ => dashboard(app, req),
    }
}

/// A page of the dashboard, as HTML or (with `?format=json` or under
/// `/api/`) as JSON.
fn dashboard(app: &App, req: &Request) -> Response {
    let Some((route, mut view)) = Route::parse(&req.path) else {
        return Response::error(404, &format!("no page at {}", req.path));
    };
    if req.param("format") == Some("json") {
        view = View::Json;
    }
    let snap = match app.snapshot() {
        Ok(s) => s,
        Err(e) => return Response::error(503, &e.to_string()),
    };
    match compat_dashboard::render(&snap, &route, Links::Served) {
        Some(page) => match view {
            View::Html => Response::html(page.html),
            View::Json => Response::json(&page.json),
        },
        None => Response::error(404, &format!("no page at {}", req.path)),
    }
}

/// The Prometheus metrics of the whole store (every project), computed now:
/// OpenMetrics 1.0 when the `Accept` header asks for it (as Prometheus
/// does), the text format 0.0.4 otherwise; waivers and deprecations judged
/// on the server's day (`--now`, else today).
fn metrics(app: &App, req: &Request) -> Response {
    let options = compat_metrics::Options {
        format: compat_metrics::Format::negotiate(req.accept.as_deref()),
        today: app
            .today
            .as_deref()
            .and_then(compat_metrics::date::days)
            .unwrap_or_else(compat_metrics::today),
        max_series: compat_metrics::DEFAULT_MAX_SERIES,
    };
    // With --index: consumers per provider and cell, from the dashboard's
    // impact matrix of the latest recorded findings.
    let mut impact = std::collections::BTreeMap::<(String, String), usize>::new();
    if app.impact.is_some() {
        match app.snapshot() {
            Ok(snap) => {
                for c in snap
                    .impact
                    .iter()
                    .flat_map(|m| &m.cells)
                    .filter(|c| !c.cell.is_empty() && c.cell != "-")
                {
                    *impact
                        .entry((c.provider.clone(), c.cell.clone()))
                        .or_insert(0) += 1;
                }
            }
            Err(e) => return Response::error(503, &e.to_string()),
        }
    }
    let impact: Vec<compat_metrics::ImpactCount> = impact
        .into_iter()
        .map(
            |((provider, state), consumers)| compat_metrics::ImpactCount {
                provider,
                state,
                consumers,
            },
        )
        .collect();
    let mut store = match app.open_store() {
        Ok(s) => s,
        Err(e) => return Response::error(503, &e.to_string()),
    };
    match compat_metrics::scrape_with(&mut store, &options, &impact) {
        Ok(expo) => {
            let mut r = Response::new(200, expo.content_type, expo.text);
            r.headers.push(("Vary", "Accept".into()));
            r
        }
        Err(e) => Response::error(503, &e.to_string()),
    }
}
