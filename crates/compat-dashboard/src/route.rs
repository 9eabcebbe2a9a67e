//! The pages and their addresses: each page has a served path (`/waivers`),
//! a JSON twin (`/api/waivers.json`, or `?format=json`), and a file in a
//! static build (`waivers.html`, `api/waivers.json`). Component names and
//! rule ids are percent-encoded in every address.

use std::fmt::Write as _;

/// One page of the dashboard.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Route {
    /// `/`: one row per component.
    Overview,
    /// `/c/NAME`: one component's timeline, findings and consumers.
    Component(String),
    /// `/waivers`.
    Waivers,
    /// `/deprecations`.
    Deprecations,
    /// `/impact`: providers x consumers.
    Impact,
    /// `/runs`.
    Runs,
    /// `/rules`: the catalog.
    Rules,
    /// `/rules/ID`: one rule's documentation.
    Rule(String),
}

/// HTML or its JSON twin.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum View {
    /// The page.
    Html,
    /// The page's tables as JSON.
    Json,
}

/// How a page links to the others.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Links {
    /// Absolute paths on the server (`/waivers`).
    Served,
    /// Relative file names of a static build, from a page `depth`
    /// directories below the root (`../waivers.html`).
    Static {
        /// How many directories below the site's root the page is.
        depth: usize,
    },
}

/// Bytes that stay as they are in an address (RFC 3986 unreserved).
fn unreserved(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~')
}

/// `name` percent-encoded for one path segment.
pub(crate) fn encode(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for &b in name.as_bytes() {
        if unreserved(b) && !(out.is_empty() && b == b'.') {
            out.push(char::from(b));
        } else {
            let _ = write!(out, "%{b:02X}");
        }
    }
    out
}

/// A percent-encoded segment decoded (`None` when it is not valid UTF-8
/// or has a broken escape).
pub fn decode_component(segment: &str) -> Option<String> {
    let bytes = segment.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = segment.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok().filter(|s| !s.is_empty())
}

impl Route {
    /// The route and view of a served path (without its query): `/`,
    /// `/c/NAME`, `/api/waivers.json`, ...; `None` when no page lives there.
    pub fn parse(path: &str) -> Option<(Route, View)> {
        if let Some(api) = path.strip_prefix("/api/") {
            let page = api.strip_suffix(".json")?;
            let route = match page {
                "overview" => Route::Overview,
                _ => Route::parse_page(&format!("/{page}"))?,
            };
            if route == Route::Overview && page != "overview" {
                return None;
            }
            return Some((route, View::Json));
        }
        Route::parse_page(path).map(|r| (r, View::Html))
    }

    fn parse_page(path: &str) -> Option<Route> {
        Some(match path {
            "/" | "/index.html" => Route::Overview,
            "/waivers" => Route::Waivers,
            "/deprecations" => Route::Deprecations,
            "/impact" => Route::Impact,
            "/runs" => Route::Runs,
            "/rules" => Route::Rules,
            _ => {
                // One segment each; a `/` in a name is `%2F`.
                if let Some(name) = path.strip_prefix("/c/").filter(|n| !n.contains('/')) {
                    Route::Component(decode_component(name)?)
                } else if let Some(id) = path.strip_prefix("/rules/").filter(|n| !n.contains('/')) {
                    Route::Rule(decode_component(id)?)
                } else {
                    return None;
                }
            }
        })
    }

    /// The path of the page on the server.
    pub fn served(&self) -> String {
        match self {
            Route::Overview => "/".into(),
            Route::Component(n) => format!("/c/{}", encode(n)),
            Route::Rule(id) => format!("/rules/{}", encode(id)),
            other => format!("/{}", other.stem()),
        }
    }

    /// The path of its JSON twin on the server.
    pub fn api(&self) -> String {
        format!("/{}", self.api_file())
    }

    /// Its file in a static build (relative to the site's root, `/`-separated).
    pub fn file(&self) -> String {
        match self {
            Route::Overview => "index.html".into(),
            Route::Component(n) => format!("c/{}.html", encode(n)),
            Route::Rule(id) => format!("rules/{}.html", encode(id)),
            other => format!("{}.html", other.stem()),
        }
    }

    /// Its JSON twin's file in a static build.
    pub fn api_file(&self) -> String {
        match self {
            Route::Overview => "api/overview.json".into(),
            Route::Component(n) => format!("api/c/{}.json", encode(n)),
            Route::Rule(id) => format!("api/rules/{}.json", encode(id)),
            other => format!("api/{}.json", other.stem()),
        }
    }

    /// How many directories below the root its static file is.
    pub fn depth(&self) -> usize {
        match self {
            Route::Component(_) | Route::Rule(_) => 1,
            _ => 0,
        }
    }

    fn stem(&self) -> &'static str {
        match self {
            Route::Overview => "index",
            Route::Component(_) => "c",
            Route::Waivers => "waivers",
            Route::Deprecations => "deprecations",
            Route::Impact => "impact",
            Route::Runs => "runs",
            Route::Rules | Route::Rule(_) => "rules",
        }
    }
}

impl Links {
    /// The address of `route`'s page from a page linked this way.
    pub fn page(self, route: &Route) -> String {
        match self {
            Links::Served => route.served(),
            // The file's name has `%XX` escapes; the link escapes the `%`.
            Links::Static { depth } => format!(
                "{}{}",
                "../".repeat(depth),
                route.file().replace('%', "%25")
            ),
        }
    }

    /// The address of `route`'s JSON twin.
    pub fn json(self, route: &Route) -> String {
        match self {
            Links::Served => route.api(),
            Links::Static { depth } => format!(
                "{}{}",
                "../".repeat(depth),
                route.api_file().replace('%', "%25")
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_round_trip() {
        for r in [
            Route::Overview,
            Route::Component("lib av+codec".into()),
            Route::Component("a/b".into()),
            Route::Component("..".into()),
            Route::Waivers,
            Route::Deprecations,
            Route::Impact,
            Route::Runs,
            Route::Rules,
            Route::Rule("some-rule".into()),
        ] {
            assert_eq!(
                Route::parse(&r.served()),
                Some((r.clone(), View::Html)),
                "{r:?}"
            );
            assert_eq!(
                Route::parse(&r.api()),
                Some((r.clone(), View::Json)),
                "{r:?}"
            );
            assert!(r.file().split('/').all(|s| s != ".." && s != "."), "{r:?}");
        }
        assert_eq!(
            Route::parse("/c/a%2Fb"),
            Some((Route::Component("a/b".into()), View::Html))
        );
        assert_eq!(Route::parse("/c/a/b"), None);
        assert_eq!(
            Links::Static { depth: 0 }.page(&Route::Component("a/b".into())),
            "c/a%252Fb.html"
        );
        assert_eq!(Route::parse("/api/index.json"), None);
        assert_eq!(Route::parse("/nothing"), None);
        assert_eq!(Route::parse("/c/%zz"), None);
        assert_eq!(
            Links::Static { depth: 1 }.page(&Route::Waivers),
            "../waivers.html"
        );
    }
}
