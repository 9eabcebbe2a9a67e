//! Order of the version names of one dependency's version chain.
//!
//! Toolchain libraries define their versions as a chain in which each node
//! inherits the one before (`GLIBC_2.2.5` < `GLIBC_2.34`, `GLIBCXX_3.4.14` <
//! `GLIBCXX_3.4.21`, `CXXABI_1.3` < `CXXABI_1.3.9`): a file that defines a
//! later version of a series defines every earlier one. A version need that
//! an already needed later version of the same series implies cannot make the
//! library fail to load anywhere it loaded before.

/// The series name and numeric components of a version name
/// (`GLIBCXX_3.4.21` -> (`GLIBCXX_`, [3, 4, 21])), or `None` when the name
/// does not end in a dotted number.
fn split(version: &str) -> Option<(&str, Vec<u64>)> {
    let start = version.find(|c: char| c.is_ascii_digit())?;
    let (series, number) = version.split_at(start);
    if series.is_empty() || !series.ends_with(['_', '.']) {
        return None;
    }
    let parts = number
        .split('.')
        .map(|p| p.parse::<u64>().ok())
        .collect::<Option<Vec<_>>>()?;
    Some((series, parts))
}

/// A version among `needed` (names already needed from the same file) of the
/// same series as `version` and not older than it, if any: it implies
/// `version`.
pub(crate) fn implied_by<'a>(
    version: &str,
    needed: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    let (series, parts) = split(version)?;
    needed
        .into_iter()
        .find(|other| split(other).is_some_and(|(s, p)| s == series && p >= parts))
}

#[cfg(test)]
mod tests {
    use super::implied_by;

    #[test]
    fn a_later_version_of_the_series_implies_an_earlier_one() {
        let old = ["GLIBCXX_3.4", "GLIBCXX_3.4.21", "CXXABI_1.3.9"];
        assert_eq!(implied_by("GLIBCXX_3.4.14", old), Some("GLIBCXX_3.4.21"));
        assert_eq!(implied_by("CXXABI_1.3", old), Some("CXXABI_1.3.9"));
        assert_eq!(
            implied_by("GLIBC_2.2.5", ["GLIBC_2.34"]),
            Some("GLIBC_2.34")
        );
    }

    #[test]
    fn a_newer_version_or_another_series_is_not_implied() {
        let old = ["GLIBCXX_3.4.21", "GLIBC_2.2.5"];
        assert_eq!(implied_by("GLIBCXX_3.4.29", old), None);
        assert_eq!(implied_by("GLIBC_2.34", old), None);
        assert_eq!(implied_by("CXXABI_1.3", old), None);
        assert_eq!(implied_by("OPENSSL_3.0.0", ["OPENSSL_1_1_0"]), None);
        assert_eq!(implied_by("Base", ["Base"]), None);
    }
}
