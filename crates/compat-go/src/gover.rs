//! Go version strings as the go command reads and orders them (its
//! `internal/gover`): `1.21` (a language version), `1.21rc1`, `1.21.0`,
//! `1.22.3`, ordered `1.21 < 1.21rc1 < 1.21.0 < 1.21.1`. A go.mod `go` line
//! before Go 1.21 (`go 1.20`) names the release `1.20.0`.

use std::cmp::Ordering;
use std::fmt;

/// A parsed Go version.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct GoVersion {
    /// Major number (1 for every Go release so far).
    pub major: u64,
    /// Minor number: 22 in `1.22.3`.
    pub minor: u64,
    /// Patch number; `None` for a language version (`1.22`) or a
    /// pre-release (`1.22rc1`).
    pub patch: Option<u64>,
    /// Pre-release kind (`alpha`, `beta`, `rc`); empty for none.
    pub kind: String,
    /// Pre-release number (the 1 of `rc1`).
    pub pre: Option<u64>,
    text: String,
}

impl GoVersion {
    /// Parses `1.N`, `1.N.P`, `1.NrcK` as `gover.IsValid` accepts them (a
    /// go.mod `go` line); `None` when the go command would call it invalid
    /// (a `go` prefix, leading zeros, missing parts, other characters).
    pub fn parse(text: &str) -> Option<GoVersion> {
        let s = text;
        let (major, rest) = cut_int(s)?;
        let mut v = GoVersion {
            major,
            minor: 0,
            patch: None,
            kind: String::new(),
            pre: None,
            text: s.to_owned(),
        };
        if rest.is_empty() {
            v.patch = Some(0);
            return Some(v);
        }
        let (minor, rest) = cut_int(rest.strip_prefix('.')?)?;
        v.minor = minor;
        if rest.is_empty() {
            if major == 1 && minor < 21 {
                v.patch = Some(0);
            }
            return Some(v);
        }
        if let Some(p) = rest.strip_prefix('.') {
            let (patch, rest) = cut_int(p)?;
            if !rest.is_empty() {
                return None;
            }
            v.patch = Some(patch);
            return Some(v);
        }
        let letters = rest.bytes().take_while(u8::is_ascii_lowercase).count();
        if letters == 0 || letters < rest.len() && !rest.as_bytes()[letters].is_ascii_digit() {
            return None;
        }
        v.kind = rest[..letters].to_owned();
        let rest = &rest[letters..];
        if !rest.is_empty() {
            let (pre, rest) = cut_int(rest)?;
            if !rest.is_empty() {
                return None;
            }
            v.pre = Some(pre);
        }
        Some(v)
    }

    /// A version as a user or a `toolchain` line names it: [`GoVersion::parse`]
    /// after an optional `go` prefix (`go1.22.3`, `1.22`).
    pub fn named(text: &str) -> Option<GoVersion> {
        GoVersion::parse(text.strip_prefix("go").unwrap_or(text))
    }

    /// `1.minor`, the language version of a minor release.
    pub fn from_minor(minor: u32) -> GoVersion {
        GoVersion::lang(u64::from(minor))
    }

    /// The minor release of a `1.N…` version, if it fits the release
    /// numbers compat's tables use.
    pub fn release_minor(&self) -> Option<u32> {
        (self.major == 1)
            .then(|| u32::try_from(self.minor).ok())
            .flatten()
    }

    /// The language version `1.N` a go.mod line with no go line implies
    /// (the go command assumes Go 1.16).
    pub fn missing_go_line() -> GoVersion {
        GoVersion::lang(16)
    }

    /// The language version `1.minor`.
    pub fn lang(minor: u64) -> GoVersion {
        GoVersion::parse(&format!("1.{minor}")).expect("1.N parses")
    }

    /// The language version of this version (`1.22` for `1.22.3`).
    pub fn language(&self) -> GoVersion {
        GoVersion::lang(self.minor)
    }

    /// The text as given (without a `go` prefix).
    pub fn as_str(&self) -> &str {
        &self.text
    }
}

impl fmt::Display for GoVersion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

impl GoVersion {
    /// `gover.Compare`: the versions' order, where `1.20` and `1.20.0` are
    /// the same release. A missing patch sorts before any (`1.21 <
    /// 1.21.0`), an empty pre-release kind before any (`1.21 < 1.21rc1`).
    pub fn cmp_version(&self, other: &GoVersion) -> Ordering {
        self.major
            .cmp(&other.major)
            .then(self.minor.cmp(&other.minor))
            .then(self.patch.cmp(&other.patch))
            .then(self.kind.cmp(&other.kind))
            .then(self.pre.cmp(&other.pre))
    }
}

impl Ord for GoVersion {
    /// [`GoVersion::cmp_version`], then the spelling: equal versions
    /// written differently (`1.20`, `1.20.0`) stay distinct, consistently
    /// with `==`.
    fn cmp(&self, other: &GoVersion) -> Ordering {
        self.cmp_version(other)
            .then_with(|| self.text.cmp(&other.text))
    }
}

impl PartialOrd for GoVersion {
    fn partial_cmp(&self, other: &GoVersion) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

/// A decimal number without unnecessary leading zeros, and the rest.
fn cut_int(s: &str) -> Option<(u64, &str)> {
    let n = s.bytes().take_while(u8::is_ascii_digit).count();
    if n == 0 || (s.starts_with('0') && n != 1) {
        return None;
    }
    Some((s[..n].parse().ok()?, &s[n..]))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(s: &str) -> GoVersion {
        GoVersion::parse(s).unwrap_or_else(|| panic!("{s} parses"))
    }

    #[test]
    fn orders_as_the_go_command() {
        let order = [
            "1", "1.2", "1.9", "1.10", "1.20", "1.21", "1.21rc1", "1.21rc2", "1.21.0", "1.21.1",
            "1.22", "1.22.0", "1.22.10", "1.23rc1",
        ];
        for w in order.windows(2) {
            assert!(v(w[0]) < v(w[1]), "{} < {}", w[0], w[1]);
        }
        // Before 1.21 a language version is its .0 release (then the
        // spelling orders them, so that `Ord` agrees with `==`).
        assert_eq!(v("1.20").cmp(&v("1.20.0")), Ordering::Less);
        assert!(v("1.20.0") < v("1.20.1"));
        assert_eq!(GoVersion::named("go1.22.3"), Some(v("1.22.3")));
        assert_eq!(GoVersion::parse("go1.22.3"), None);
        assert_eq!(v("1.22.3").release_minor(), Some(22));
        assert_eq!(v("1.22.3").language(), v("1.22"));
    }

    #[test]
    fn rejects_what_the_go_command_rejects() {
        for bad in [
            "", "1.", "1.021", "01.2", "1.2.", "1.2x1y", "1.2-rc1", "v1.2", "1.21 ",
        ] {
            assert!(GoVersion::parse(bad).is_none(), "{bad:?}");
        }
    }
}
