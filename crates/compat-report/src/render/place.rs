//! Where a finding is shown in a repository, for the formats CI systems
//! ingest (SARIF, GitLab Code Quality, JUnit XML), which all need a file for
//! every finding: GitHub code scanning rejects a result without one, GitLab
//! drops an issue without `location.path`.
//!
//! The first of these that names a file inside the repository wins:
//!
//! 1. the finding's `location` (`compat check` sets it on every finding: the
//!    artifact, its committed baseline or the component's `compat.toml` line);
//! 2. `subject.file` (with `subject.line` and `subject.column`);
//! 3. `subject.new_file` (`abi diff`: the new library);
//! 4. the caller's anchor ([`crate::RenderOptions::anchor`]);
//! 5. `compat.toml` ([`DEFAULT_ANCHOR`]).
//!
//! "Inside the repository" is decided on the text alone: a relative,
//! non-empty path none of whose components is `..`. An absolute path
//! (`abi check /usr/bin/ls`) names a file of the machine, not of the
//! repository, and is skipped.

use crate::finding::{Finding, Location};

/// The file a finding is shown at when nothing else names one.
pub(crate) const DEFAULT_ANCHOR: &str = "compat.toml";

/// A file in the repository, with a line and column when known.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Place<'r> {
    /// `/`-separated, relative to the repository root.
    pub path: &'r str,
    /// 1-based line.
    pub line: Option<u32>,
    /// 1-based column, only with `line`.
    pub column: Option<u32>,
}

/// Where `f` is shown (see the module documentation).
pub(crate) fn place<'r>(f: &'r Finding, anchor: Option<&'r Location>) -> Place<'r> {
    let s = &f.subject;
    let at = |path: &'r str, line: Option<u32>, column: Option<u32>| Place {
        path,
        line: line.filter(|&l| l > 0),
        column: column.filter(|&c| c > 0 && line.is_some_and(|l| l > 0)),
    };
    if let Some(l) = f.location.as_ref().filter(|l| in_repository(&l.path)) {
        return at(&l.path, l.line, l.column);
    }
    if let Some(file) = s.file.as_deref().filter(|p| in_repository(p)) {
        return at(file, s.line, s.column);
    }
    if let Some(file) = s.new_file.as_deref().filter(|p| in_repository(p)) {
        return at(file, None, None);
    }
    if let Some(l) = anchor.filter(|l| in_repository(&l.path)) {
        return at(&l.path, l.line, l.column);
    }
    at(DEFAULT_ANCHOR, None, None)
}

/// Whether `path` can name a file inside the repository: relative,
/// non-empty, no `..` component.
pub(crate) fn in_repository(path: &str) -> bool {
    !path.is_empty() && !path.starts_with('/') && !path.split('/').any(|c| c == "..")
}

/// `path` as a relative URI reference (SARIF `artifactLocation.uri`): every
/// byte but the unreserved characters of RFC 3986 and `/` percent-encoded,
/// so a space, `#`, `?`, `%`, a `:` that would read as a scheme, or a
/// control character in a file name cannot change what the URI means.
pub(crate) fn uri(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for &b in path.as_bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~' | b'/') {
            out.push(b as char);
        } else {
            out.push('%');
            out.push(char::from(HEX[usize::from(b >> 4)]));
            out.push(char::from(HEX[usize::from(b & 15)]));
        }
    }
    out
}

const HEX: &[u8; 16] = b"0123456789ABCDEF";

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Subject;

    fn finding(subject: Subject, location: Option<Location>) -> Finding {
        let mut f = Finding::new("abi-symbol-removed", "m", subject);
        f.location = location;
        f
    }

    #[test]
    fn location_then_file_then_new_file_then_anchor_then_compat_toml() {
        let loc = |p: &str, line| Location {
            path: p.into(),
            line,
            column: Some(3),
        };
        let full = Subject {
            file: Some("src/a.go".into()),
            line: Some(7),
            column: Some(2),
            new_file: Some("new/libx.so".into()),
            ..Subject::default()
        };
        let f = finding(full.clone(), Some(loc("lib/libx.so", None)));
        assert_eq!(
            place(&f, None),
            Place {
                path: "lib/libx.so",
                line: None,
                column: None
            }
        );
        let f = finding(full.clone(), None);
        assert_eq!(
            place(&f, None),
            Place {
                path: "src/a.go",
                line: Some(7),
                column: Some(2)
            }
        );
        let f = finding(
            Subject {
                file: Some("/usr/bin/ls".into()),
                ..full.clone()
            },
            Some(loc("/abs/compat.toml", Some(1))),
        );
        assert_eq!(place(&f, None).path, "new/libx.so");
        let anchor = loc("compat.toml", Some(12));
        let f = finding(
            Subject {
                new_file: Some("../outside.so".into()),
                file: None,
                ..full
            },
            None,
        );
        assert_eq!(
            place(&f, Some(&anchor)),
            Place {
                path: "compat.toml",
                line: Some(12),
                column: Some(3)
            }
        );
        assert_eq!(
            place(&f, None),
            Place {
                path: DEFAULT_ANCHOR,
                line: None,
                column: None
            }
        );
    }

    #[test]
    fn uris_are_percent_encoded_relative_references() {
        assert_eq!(uri("./sub/api_v2.go"), "./sub/api_v2.go");
        assert_eq!(
            uri("a b#c?d%e:f\n\u{202e}é"),
            "a%20b%23c%3Fd%25e%3Af%0A%E2%80%AE%C3%A9"
        );
    }
}
