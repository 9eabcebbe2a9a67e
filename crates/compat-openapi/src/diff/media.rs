//! Media types and media ranges as content maps use them: which key of a
//! content map stands for a media type another description lists.
//!
//! A key covers a media type when it is a range that matches it (`*/*`,
//! `type/*`, the structured-syntax suffix range `type/*+suffix`) or when it
//! is the same `type/subtype` without parameters (`application/json` covers
//! `application/json; charset=utf-8`). Matching ignores case. A range with
//! parameters covers nothing but itself. As OpenAPI asks, the most specific
//! covering key wins.

/// How specifically `key` covers `media` (higher is more specific), or
/// `None` when it does not cover it.
fn specificity(key: &str, media: &str) -> Option<u8> {
    let (key_essence, key_params) = split(key);
    let (media_essence, _) = split(media);
    let (kt, ks) = key_essence.split_once('/')?;
    let (mt, ms) = media_essence.split_once('/')?;
    if key_params {
        return None;
    }
    if key_essence == media_essence {
        return Some(3);
    }
    if kt == "*" {
        return (ks == "*").then_some(0);
    }
    if kt != mt {
        return None;
    }
    if ks == "*" {
        return Some(1);
    }
    let suffix = ks.strip_prefix("*+")?;
    ms.strip_suffix(suffix)
        .is_some_and(|head| head.ends_with('+'))
        .then_some(2)
}

/// A media type's `type/subtype`, lower-cased and trimmed, and whether it
/// carries parameters.
fn split(media: &str) -> (String, bool) {
    let mut parts = media.splitn(2, ';');
    let essence = parts.next().unwrap_or_default().trim().to_ascii_lowercase();
    let params = parts.next().is_some_and(|p| !p.trim().is_empty());
    (essence, params)
}

/// The most specific key of `keys`, other than `media` itself, that covers
/// `media`.
pub fn covering<'k>(keys: impl Iterator<Item = &'k String>, media: &str) -> Option<&'k String> {
    keys.filter(|k| k.as_str() != media)
        .filter_map(|k| specificity(k, media).map(|s| (s, k)))
        .max_by_key(|(s, _)| *s)
        .map(|(_, k)| k)
}

/// Whether `key` covers `media` (`key` itself excepted).
pub fn covers(key: &str, media: &str) -> bool {
    key != media && specificity(key, media).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| (*s).to_owned()).collect()
    }

    #[test]
    fn the_most_specific_range_covers() {
        let k = keys(&["*/*", "application/*", "application/*+json", "text/plain"]);
        assert_eq!(
            covering(k.iter(), "application/vnd.github+json").map(String::as_str),
            Some("application/*+json")
        );
        assert_eq!(
            covering(k.iter(), "application/xml").map(String::as_str),
            Some("application/*")
        );
        assert_eq!(
            covering(k.iter(), "image/png").map(String::as_str),
            Some("*/*")
        );
    }

    #[test]
    fn ranges_do_not_cover_other_types_or_carry_parameters() {
        let k = keys(&["text/*", "application/*+xml", "text/plain; charset=utf-8"]);
        assert_eq!(covering(k.iter(), "application/json"), None);
        assert_eq!(covering(k.iter(), "application/xml"), None);
        let k = keys(&["text/*; charset=utf-8"]);
        assert_eq!(covering(k.iter(), "text/plain"), None);
        let k = keys(&["*/json"]);
        assert_eq!(covering(k.iter(), "application/json"), None);
        assert!(covers("*/*", "text/plain"));
        assert!(!covers("text/plain", "text/plain"));
        assert!(!covers("text/plain", "text/*"));
    }

    #[test]
    fn a_key_without_parameters_covers_the_same_type_with_them() {
        let k = keys(&["Application/JSON"]);
        assert_eq!(
            covering(k.iter(), "application/json; charset=utf-8").map(String::as_str),
            Some("Application/JSON")
        );
        let k = keys(&["application/json; charset=utf-8"]);
        assert_eq!(covering(k.iter(), "application/json"), None);
    }
}
