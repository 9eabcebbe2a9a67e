//! Just enough of a DOM reader for the dashboard tests: the attributes of
//! the `<tr>` rows that carry a data attribute, every value of an attribute,
//! and the check that a page is self-contained (no script, the CSP, no
//! address outside the dashboard).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// `&amp;` and friends decoded.
pub fn unescape(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}

/// A percent-encoded path decoded.
pub fn decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' && i + 2 < b.len() + 1 {
            if let Ok(v) = u8::from_str_radix(&s[i + 1..i + 3], 16) {
                out.push(v);
                i += 3;
                continue;
            }
        }
        out.push(b[i]);
        i += 1;
    }
    String::from_utf8(out).unwrap()
}

/// The attributes of a start tag's text (after the tag name).
fn attributes(tag: &str) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    let mut rest = tag;
    while let Some(eq) = rest.find("=\"") {
        let key = rest[..eq]
            .trim()
            .rsplit(' ')
            .next()
            .unwrap_or("")
            .to_owned();
        let after = &rest[eq + 2..];
        let end = after.find('"').unwrap();
        out.insert(key, unescape(&after[..end]));
        rest = &after[end + 1..];
    }
    out
}

/// The attributes of every `<tr>` that has attribute `key`.
pub fn rows(html: &str, key: &str) -> Vec<BTreeMap<String, String>> {
    html.match_indices("<tr ")
        .map(|(i, _)| {
            let end = html[i..].find('>').unwrap();
            attributes(&html[i + 3..i + end])
        })
        .filter(|a| a.contains_key(key))
        .collect()
}

/// Every value of attribute `name` in the page.
pub fn attr_values(html: &str, name: &str) -> Vec<String> {
    let pat = format!(" {name}=\"");
    html.match_indices(&pat)
        .map(|(i, _)| {
            let v = &html[i + pat.len()..];
            unescape(&v[..v.find('"').unwrap()])
        })
        .collect()
}

/// Files under `dir` ending in `.ext`.
pub fn files(dir: &Path, ext: &str) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == ext) {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

/// Panics unless `html` has no script, carries the CSP, and refers to no
/// address outside the dashboard: every `href`/`src`/`action` is relative
/// or an absolute path (or, served, on `served_at` = `127.0.0.1:PORT`),
/// and no `url(` or `@import` in its style.
pub fn self_contained(html: &str, page: &str, served_at: Option<&str>) {
    let lower = html.to_ascii_lowercase();
    assert!(!lower.contains("<script"), "{page}: has a script");
    assert!(
        !lower.contains(" on") || !has_event_handler(&lower),
        "{page}: has an event handler"
    );
    assert!(lower.contains("content-security-policy"), "{page}: no CSP");
    let mut styles: Vec<String> = attr_values(&lower, "style");
    for (i, _) in lower.match_indices("<style") {
        let end = lower[i..].find("</style>").map_or(lower.len(), |e| i + e);
        styles.push(lower[i..end].to_owned());
    }
    for style in &styles {
        assert!(
            !style.contains("url(") && !style.contains("@import"),
            "{page}: style loads something: {style}"
        );
    }
    for attr in [
        "href",
        "src",
        "action",
        "srcset",
        "xlink:href",
        "formaction",
        "poster",
        "data",
    ] {
        for v in attr_values(html, attr) {
            let v = v.trim().to_ascii_lowercase();
            let local = match served_at {
                Some(a) => v.starts_with(&format!("http://{a}/")),
                None => false,
            };
            assert!(
                local
                    || (!v.contains("://")
                        && !v.starts_with("//")
                        && !v.starts_with("data:")
                        && !v.starts_with("javascript:")),
                "{page}: {attr}={v} leaves the dashboard"
            );
        }
    }
}

/// Whether an `on...=` event-handler attribute appears in a tag.
fn has_event_handler(lower: &str) -> bool {
    lower.match_indices('<').any(|(i, _)| {
        let tag = &lower[i..i + lower[i..].find('>').unwrap_or(0)];
        tag.split_whitespace()
            .skip(1)
            .any(|a| a.starts_with("on") && a.contains('='))
    })
}
