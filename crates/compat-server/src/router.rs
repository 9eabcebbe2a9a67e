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
    let mut store = match app.open_store() {
        Ok(s) => s,
        Err(e) => return Response::error(503, &e.to_string()),
    };
    match compat_metrics::scrape(&mut store, &options) {
        Ok(expo) => {
            let mut r = Response::new(200, expo.content_type, expo.text);
            r.headers.push(("Vary", "Accept".into()));
            r
        }
        Err(e) => Response::error(503, &e.to_string()),
    }
}
