//! Release versions as promises compare them: `MAJOR.MINOR.PATCH` with an
//! optional pre-release, read leniently from tags (`v1.2.3`), SONAMEs
//! (`libx.so.60` is 60.0.0) and version files.

use std::cmp::Ordering;
use std::fmt;

use compat_report::Verdict;

/// A release version.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Version {
    /// Major number.
    pub major: u64,
    /// Minor number.
    pub minor: u64,
    /// Patch number.
    pub patch: u64,
    /// Pre-release text after `-` (empty for a release).
    pub pre: String,
}

impl Version {
    /// Reads `v1.2.3`, `1.2`, `60`, `1.2.3-rc1` (a leading non-digit prefix
    /// such as `v` or `release-` is skipped); `None` when no number starts it.
    pub fn parse(text: &str) -> Option<Version> {
        let text = text.trim();
        let start = text.find(|c: char| c.is_ascii_digit())?;
        let rest = &text[start..];
        let (core, pre) = match rest.find(['-', '+']) {
            Some(i) => (&rest[..i], rest[i + 1..].to_owned()),
            None => (rest, String::new()),
        };
        let mut nums = [0u64; 3];
        let mut parts = core.split('.');
        for n in &mut nums {
            match parts.next() {
                Some(p) if !p.is_empty() => *n = p.parse().ok()?,
                Some(_) => return None,
                None => break,
            }
        }
        if parts.next().is_some() {
            return None;
        }
        Some(Version {
            major: nums[0],
            minor: nums[1],
            patch: nums[2],
            pre,
        })
    }

    /// The version a SONAME names: the number after `.so.` (`libx.so.60`
    /// is 60, `libx.so.1.2` is 1.2).
    pub fn from_soname(soname: &str) -> Option<Version> {
        let (_, n) = soname.rsplit_once(".so.")?;
        Version::parse(n)
    }

    /// The bump from `self` to `to`: `None` when `to` is not newer.
    /// With `zero_major_is_unstable`, a 0.x line moves as Cargo's does: a
    /// new minor is a major bump and a new patch a minor one.
    pub fn bump_to(&self, to: &Version, zero_major_is_unstable: bool) -> Verdict {
        if to <= self {
            return Verdict::None;
        }
        let raw = if to.major != self.major {
            Verdict::Major
        } else if to.minor != self.minor {
            Verdict::Minor
        } else if to.patch != self.patch {
            Verdict::Patch
        } else {
            // Only the pre-release differs (1.0.0-rc1 -> 1.0.0).
            Verdict::Patch
        };
        if zero_major_is_unstable && self.major == 0 && to.major == 0 {
            match raw {
                Verdict::Minor => Verdict::Major,
                Verdict::Patch => Verdict::Minor,
                other => other,
            }
        } else {
            raw
        }
    }
}

impl Ord for Version {
    fn cmp(&self, other: &Version) -> Ordering {
        (self.major, self.minor, self.patch)
            .cmp(&(other.major, other.minor, other.patch))
            .then_with(|| match (self.pre.is_empty(), other.pre.is_empty()) {
                (true, true) => Ordering::Equal,
                // A pre-release comes before its release.
                (true, false) => Ordering::Greater,
                (false, true) => Ordering::Less,
                (false, false) => self.pre.cmp(&other.pre),
            })
    }
}

impl PartialOrd for Version {
    fn partial_cmp(&self, other: &Version) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl fmt::Display for Version {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}.{}", self.major, self.minor, self.patch)?;
        if !self.pre.is_empty() {
            write!(f, "-{}", self.pre)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(s: &str) -> Version {
        Version::parse(s).unwrap()
    }

    #[test]
    fn parses_tags_sonames_and_short_forms() {
        assert_eq!(v("v5.1.1"), v("5.1.1"));
        assert_eq!(v("60").to_string(), "60.0.0");
        assert_eq!(v("1.2-rc1").pre, "rc1");
        assert_eq!(Version::from_soname("libavcodec.so.60"), Some(v("60")));
        assert_eq!(Version::parse("latest"), None);
        assert_eq!(Version::parse("1.2.3.4"), None);
    }

    #[test]
    fn bumps() {
        assert_eq!(v("5.1.0").bump_to(&v("5.1.1"), true), Verdict::Patch);
        assert_eq!(v("5.1.0").bump_to(&v("5.2.0"), true), Verdict::Minor);
        assert_eq!(v("5.1.0").bump_to(&v("6.0.0"), true), Verdict::Major);
        assert_eq!(v("5.1.0").bump_to(&v("5.1.0"), true), Verdict::None);
        assert_eq!(v("5.1.0").bump_to(&v("5.0.9"), true), Verdict::None);
        assert_eq!(v("0.3.1").bump_to(&v("0.4.0"), true), Verdict::Major);
        assert_eq!(v("0.3.1").bump_to(&v("0.3.2"), true), Verdict::Minor);
        assert_eq!(v("0.3.1").bump_to(&v("0.3.2"), false), Verdict::Patch);
        assert!(v("1.0.0-rc1") < v("1.0.0"));
    }
}
