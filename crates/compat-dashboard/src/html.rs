//! HTML pieces shared by every page: escaping, the document around a page
//! (inline style sheet, CSP meta, navigation), badges and countdowns. Every
//! string that comes from the store goes through [`esc`].

use std::borrow::Cow;
use std::fmt::Write as _;

use crate::route::{Links, Route};
use crate::snapshot::Snapshot;
use compat_report::render::count;

/// The style sheet, inlined in every page (a data file).
const STYLE: &str = include_str!("style.css");

/// `s` as HTML text or attribute value (control characters made visible).
pub(crate) fn esc(s: &str) -> Cow<'_, str> {
    compat_report::escape::xml(s)
}

/// A state badge (`ok`, `breaking`, ...), with the state as text.
pub(crate) fn badge(state: &str) -> String {
    let class: String = state
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
        .collect();
    format!("<span class=\"badge s-{class}\">{}</span>", esc(state))
}

/// `N days` left (or `N days ago`), coloured when close or past.
pub(crate) fn countdown(days: Option<i64>, soon: i64) -> String {
    match days {
        None => "<span class=\"empty\">?</span>".into(),
        Some(d) if d < 0 => format!("<span class=\"late\">{} ago</span>", in_days(d)),
        Some(0) => "<span class=\"soon\">today</span>".into(),
        Some(d) if d <= soon => format!("<span class=\"soon\">{}</span>", in_days(d)),
        Some(d) => in_days(d),
    }
}

/// `1 day`, `3 days` (of a count of days either side of today).
fn in_days(d: i64) -> String {
    count(d.unsigned_abs() as usize, "day", "days")
}

/// An optional text, or a dash.
pub(crate) fn opt(s: Option<&str>) -> Cow<'_, str> {
    match s {
        Some(s) if !s.is_empty() => esc(s),
        _ => Cow::Borrowed("–"),
    }
}

/// The first 10 characters of a commit.
pub(crate) fn short_commit(c: Option<&str>) -> String {
    match c {
        Some(c) => esc(&c.chars().take(10).collect::<String>()).into_owned(),
        None => "–".into(),
    }
}

/// The navigation entries.
const NAV: &[(&str, Route)] = &[
    ("Overview", Route::Overview),
    ("Waivers", Route::Waivers),
    ("Deprecations", Route::Deprecations),
    ("Impact", Route::Impact),
    ("Runs", Route::Runs),
    ("Rules", Route::Rules),
];

/// The whole document: `body` inside the page frame.
pub(crate) fn document(
    snap: &Snapshot,
    title: &str,
    here: &Route,
    links: Links,
    body: &str,
) -> String {
    let mut s = String::with_capacity(body.len() + STYLE.len() + 2048);
    let _ = write!(
        s,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"{csp}\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{title} · {project} · compat</title>\n<style>{STYLE}</style>\n</head>\n<body>\n\
         <header><h1>compat · {project}</h1><nav>",
        csp = esc(crate::CONTENT_SECURITY_POLICY),
        title = esc(title),
        project = esc(&snap.project),
    );
    for (label, route) in NAV {
        let class = if route == here || matches!((route, here), (Route::Rules, Route::Rule(_))) {
            " class=\"here\""
        } else {
            ""
        };
        let _ = write!(
            s,
            "<a href=\"{}\"{class}>{label}</a>",
            esc(&links.page(route))
        );
    }
    let _ = write!(
        s,
        "</nav></header>\n<main>\n{body}\n<p class=\"meta\">Store {store}; \
         countdowns from {today}; made {made}. \
         <a href=\"{json}\">This page as JSON</a>.</p>\n</main>\n</body>\n</html>\n",
        store = esc(&snap.store),
        today = esc(&snap.today),
        made = esc(&snap.generated_at),
        json = esc(&links.json(here)),
    );
    s
}

/// A link to `route` with `text`.
pub(crate) fn link(links: Links, route: &Route, text: &str) -> String {
    format!("<a href=\"{}\">{}</a>", esc(&links.page(route)), esc(text))
}

#[cfg(test)]
mod tests {
    use super::countdown;

    #[test]
    fn countdowns_count_days_in_words() {
        assert_eq!(countdown(Some(1), 0), "1 day");
        assert_eq!(countdown(Some(30), 14), "30 days");
        assert_eq!(countdown(Some(1), 14), "<span class=\"soon\">1 day</span>");
        assert_eq!(
            countdown(Some(-1), 14),
            "<span class=\"late\">1 day ago</span>"
        );
        assert_eq!(
            countdown(Some(-3), 14),
            "<span class=\"late\">3 days ago</span>"
        );
    }
}
