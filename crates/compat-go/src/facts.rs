//! What each Go release knows about targets: its GOOS and GOARCH values,
//! the GOOS values the `unix` tag matches, the `go tool dist list` ports
//! and where cgo is on by default; plus GOOS implications, satisfiability
//! of a constraint over real targets, and misspelt-GOOS/GOARCH detection.
//!
//! Where each fact comes from is documented with the data (`releases`);
//! `satisfy` decides [`satisfiable`] and `misspelt` [`misspelt`]. Only
//! releases whose facts were read from that release's own source are
//! recorded: Go 1.19 and 1.21 through [`LATEST_MINOR`]; [`release`] returns
//! `None` for any other.

mod misspelt;
mod releases;
mod satisfy;

pub use misspelt::misspelt;
pub use satisfy::satisfiable;

use crate::constraint::Limits;
use crate::error::Error;
use releases::RELEASES;

/// The facts one Go release (`go1.<minor>`) holds about targets.
#[derive(Debug)]
pub struct Release {
    /// The minor version: 19 for Go 1.19.
    pub minor: u32,
    /// `go/build`'s `knownOS`: every GOOS name, past, present and future.
    pub known_os: &'static [&'static str],
    /// `go/build`'s `knownArch`.
    pub known_arch: &'static [&'static str],
    /// `go/build`'s `unixOS`: the GOOS values for which `unix` holds (empty
    /// before Go 1.19, where `unix` was an ordinary tag).
    pub unix_os: &'static [&'static str],
    /// The `(GOOS, GOARCH)` pairs `go tool dist list` prints, sorted.
    pub targets: &'static [(&'static str, &'static str)],
    /// The targets of `cmd/dist`'s `cgoEnabled` map with value `true`:
    /// where a native build enables cgo by default.
    pub cgo_default: &'static [(&'static str, &'static str)],
    /// Whether its `go/build/constraint` limits expression size: the
    /// limits came with Go 1.22.7 and 1.23.1 (CVE-2024-34158, Go issue
    /// 69141); 1.19 and 1.21 never had them, and the 1.22 facts are 1.22.10's.
    pub limits: Limits,
}

/// The newest release [`release`] knows.
pub const LATEST_MINOR: u32 = 27;

/// The facts of Go 1.`minor`, if recorded (see the module documentation).
pub fn release(minor: u32) -> Option<&'static Release> {
    RELEASES.iter().find(|r| r.minor == minor)
}

/// The facts of the newest release compat knows ([`LATEST_MINOR`]).
pub fn latest() -> &'static Release {
    release(LATEST_MINOR).expect("the latest release is recorded")
}

/// The release a user names: `1.N`, `go1.N` or `1.N.P` (the patch release
/// does not matter); an error when the name has another form or compat
/// holds no facts for it.
pub fn release_named(name: &str) -> Result<&'static Release, Error> {
    let minor = name
        .trim_start_matches("go")
        .strip_prefix("1.")
        .and_then(|m| m.split('.').next())
        .and_then(|m| m.parse::<u32>().ok())
        .ok_or_else(|| Error::ReleaseSyntax {
            given: name.to_owned(),
        })?;
    release(minor).ok_or_else(|| Error::ReleaseUnknown {
        given: name.to_owned(),
        minor,
    })
}

/// The tags that also hold when GOOS is `tag`: `android` implies `linux`,
/// `ios` implies `darwin`, `illumos` implies `solaris` (as `go/build`'s
/// `matchTag`); empty for every other tag.
pub fn implied(tag: &str) -> &'static [&'static str] {
    match tag {
        "android" => &["linux"],
        "ios" => &["darwin"],
        "illumos" => &["solaris"],
        _ => &[],
    }
}

/// Whether `t` is one of `rel`'s GOOS values.
pub fn is_known_os(rel: &Release, t: &str) -> bool {
    rel.known_os.contains(&t)
}

/// Whether `t` is one of `rel`'s GOARCH values.
pub fn is_known_arch(rel: &Release, t: &str) -> bool {
    rel.known_arch.contains(&t)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::constraint::parse_expr;

    fn sat(s: &str) -> bool {
        satisfiable(&parse_expr(s).unwrap(), release(19).unwrap())
    }

    #[test]
    fn satisfiability() {
        for s in [
            "linux && !linux",
            "linux && windows",
            "android && !linux",
            "amd64 && arm64",
            "foo && !foo",
            "ios && !darwin",
            "illumos && !solaris",
            "windows && unix",
            "go1.18 && !go1.17",
            "gc && gccgo",
            "!gc && !gccgo",
            "linux && loong64 && !unix",
        ] {
            assert!(!sat(s), "{s} should be unsatisfiable");
        }
        for s in [
            "linux && foo",
            "linux && !android",
            "darwin && !ios",
            "unix && !linux",
            "!unix",
            "cgo && windows",
            "go1.17 && !go1.18",
            "go1.99",
            "gccgo",
            "linux && loong64",
            "!linux && !windows && !darwin",
            "plan9 && arm",
        ] {
            assert!(sat(s), "{s} should be satisfiable");
        }
    }

    #[test]
    fn misspellings() {
        let r = release(19).unwrap();
        assert_eq!(misspelt("linx", r), Some("linux"));
        assert_eq!(misspelt("amd46", r), Some("amd64"));
        assert_eq!(misspelt("widows", r), Some("windows"));
        assert_eq!(misspelt("368", r), Some("386"));
        assert_eq!(misspelt("836", r), Some("386"));
        assert_eq!(misspelt("385", r), None);
        assert_eq!(misspelt("Linux", r), Some("linux"));
        for t in [
            "linux", "386", "go1.18", "cgo", "gc", "gccgo", "unix", "ignore", "arn", "foo", "wasi",
        ] {
            assert_eq!(misspelt(t, r), None, "{t}");
        }
    }

    #[test]
    fn implications_and_lookup() {
        assert_eq!(implied("android"), &["linux"]);
        assert!(implied("linux").is_empty());
        let r = release(LATEST_MINOR).unwrap();
        assert!(is_known_os(r, "zos") && !is_known_os(r, "amd64"));
        assert!(is_known_arch(r, "loong64"));
        assert!(release(1).is_none());
        for t in r.targets {
            assert!(is_known_os(r, t.0) && is_known_arch(r, t.1), "{t:?}");
        }
        let mut sorted = r.targets.to_vec();
        sorted.sort_unstable();
        assert_eq!(sorted, r.targets);
    }

    /// `go tool dist list` of the installed Go must match when it is 1.19.
    #[test]
    fn dist_list_matches_installed_go() {
        let Ok(v) = std::process::Command::new("go")
            .args(["env", "GOVERSION"])
            .output()
        else {
            return;
        };
        let v = String::from_utf8_lossy(&v.stdout).trim().to_string();
        let Some(minor) = v
            .strip_prefix("go1.")
            .and_then(|m| m.split('.').next()?.parse::<u32>().ok())
        else {
            return;
        };
        let Some(rel) = release(minor) else { return };
        let out = std::process::Command::new("go")
            .args(["tool", "dist", "list"])
            .output()
            .expect("go tool dist list");
        assert!(out.status.success());
        let got: Vec<(String, String)> = String::from_utf8(out.stdout)
            .unwrap()
            .lines()
            .map(|l| {
                let (o, a) = l.split_once('/').unwrap();
                (o.to_string(), a.to_string())
            })
            .collect();
        let want: Vec<(String, String)> = rel
            .targets
            .iter()
            .map(|(o, a)| (o.to_string(), a.to_string()))
            .collect();
        assert_eq!(got, want);
    }
}
