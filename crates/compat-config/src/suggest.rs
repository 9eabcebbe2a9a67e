//! "Did you mean": the closest known name to a misspelt one, by edit
//! distance (Damerau-Levenshtein, so a swap of two letters counts once).

/// The candidate closest to `word`, if it is close enough to be a
/// misspelling: at most one edit for names up to four characters, two up
/// to ten, three beyond; a difference in case or `-`/`_` alone always is,
/// and so is the start of a name (three characters at least: `warn` for
/// `warning`).
pub fn closest<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let fold = |s: &str| s.to_ascii_lowercase().replace('-', "_");
    let folded = fold(word);
    let len = word.chars().count();
    let limit = match len {
        0..=4 => 1,
        5..=10 => 2,
        _ => 3,
    };
    candidates
        .into_iter()
        // A name much longer or shorter is neither a misspelling nor an
        // extension (cheap test first: lengths in bytes bound those in chars).
        .filter(|c| *c != word && c.len() + limit >= len && (c.len() <= 4 * (word.len() + limit)))
        .map(|c| {
            let d = if fold(c) == folded {
                0
            } else if word.len() >= 3 && fold(c).starts_with(&folded) {
                1
            } else {
                strsim::damerau_levenshtein(word, c)
            };
            (d, c)
        })
        .filter(|(d, _)| *d <= limit)
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

/// `"; did you mean `X`?"` when there is a close candidate, else nothing.
pub fn hint<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> String {
    closest(word, candidates)
        .map(|c| format!("; did you mean `{c}`?"))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_misspellings_only() {
        let keys = ["fail_on", "promise", "max_waiver_days", "waiver_warn_days"];
        assert_eq!(closest("fail_onn", keys), Some("fail_on"));
        assert_eq!(closest("fial_on", keys), Some("fail_on"));
        assert_eq!(closest("fail-on", keys), Some("fail_on"));
        assert_eq!(closest("max_waiver_day", keys), Some("max_waiver_days"));
        assert_eq!(closest("colour", keys), None);
        assert_eq!(closest("x", ["y", "xyz"]), Some("y"));
        assert_eq!(closest("warn", ["breaking", "warning"]), Some("warning"));
        assert_eq!(closest("wa", ["breaking", "warning"]), None);
        assert_eq!(hint("promsie", keys), "; did you mean `promise`?");
        assert_eq!(hint("zzz", keys), "");
    }
}
