//! Whether a line of help text says that the thing it describes is
//! deprecated, as opposed to describing something about deprecation.
//!
//! `Old mode (deprecated)`, `Deprecated, use --thin instead`, `This option
//! is deprecated and will be removed`, `Output file **DEPRECATED**` mark
//! their flag; `Enable deprecated functionality` (pip's `--use-deprecated`),
//! `Suppress all deprecated warnings`, `Do not include @deprecated
//! information` do not: there the word qualifies the noun after it.
//!
//! The word counts as a mark when it is written in capitals, opens the
//! text, stands in brackets or after a verb (`is`, `are`, `was`, `been`,
//! `now`, `be`), or is followed by punctuation or the end of the text
//! rather than by the noun it would qualify.

/// Words after which "deprecated" states the described thing's status.
const STATUS_VERBS: [&str; 6] = ["is", "are", "was", "been", "now", "be"];

/// Whether `about` (one flag's or command's description) marks it deprecated.
pub fn marks_deprecated(about: &str) -> bool {
    const WORD: &str = "deprecated";
    let lower = about.to_ascii_lowercase();
    let mut from = 0;
    while let Some(at) = lower[from..].find(WORD).map(|i| i + from) {
        let end = at + WORD.len();
        from = end;
        let before = &lower[..at];
        let after = &lower[end..];
        let glued_before = before
            .chars()
            .next_back()
            .is_some_and(|c| c.is_ascii_alphanumeric() || matches!(c, '@' | '-' | '_'));
        let glued_after = after
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_'));
        if glued_before || glued_after {
            continue;
        }
        if about[at..end] == *"DEPRECATED" {
            return true;
        }
        let lead = before.trim_end();
        if lead.is_empty() || lead.ends_with(['(', '[', '*', '.', ';', ':', '-']) {
            return true;
        }
        let previous = lead.rsplit([' ', '\t']).next().unwrap_or_default();
        if STATUS_VERBS.contains(&previous) {
            return true;
        }
        let rest = after.trim_start();
        if rest.is_empty() || rest.starts_with([',', ';', ':', '.', ')', ']', '*', '!']) {
            return true;
        }
        if rest.starts_with("in favo") || rest.starts_with("since") || rest.starts_with("alias") {
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::marks_deprecated;

    /// Descriptions from the `--help` of programs on a Debian 12 machine.
    #[test]
    fn marks_read_as_their_programs_mean_them() {
        for yes in [
            "sources.list line to add (deprecated)",
            "- deprecated, use --thin instead",
            "deprecated, ignored for compatibility.",
            "deprecated alias for --force-all.",
            "Deprecated.",
            "(This option is deprecated and will be removed in a future release.)",
            "Output file **DEPRECATED**",
            "Use zlib-gnu compression (deprecated)",
            "Enable overlapping among matches. This option is deprecated and is only provided for convenience",
            "Old mode [deprecated: use --new]",
            "Say less (deprecated: use --verbose=0).",
            "has been deprecated in favour of --new",
            "DEPRECATED: use --output instead",
        ] {
            assert!(marks_deprecated(yes), "{yes}");
        }
        for no in [
            "Enable deprecated functionality, that will be removed in the future.",
            "Silence deprecation warnings for upcoming unsupported Pythons.",
            "Suppress all deprecated warnings",
            "verbose output; write deprecated symbols and pattern",
            "Output source locations where deprecated APIs are used",
            "Do not include @deprecated information",
            "Document new and deprecated API in the specified releases",
            "Allow --allow-deprecated-dag-overlap",
            "",
        ] {
            assert!(!marks_deprecated(no), "{no}");
        }
    }
}
