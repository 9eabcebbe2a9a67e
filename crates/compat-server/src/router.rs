//! Which handler answers a path: one match arm per route. A new route (a
//! `/metrics` exposition, say) is one more arm and one handler function.

use compat_dashboard::{Links, Route, View};

use crate::app::App;
use crate::http::{Request, Response};

/// The response to `req`.
pub fn route(app: &App, req: &Request) -> Response {
    match req.path.as_str() {
        "/healthz" => Response::new(200, "text/plain; charset=utf-8", "ok\n"),
        "/favicon.ico" => Response::error(404, "no favicon"),
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
