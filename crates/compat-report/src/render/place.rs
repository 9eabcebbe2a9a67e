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
//! 3. `subject.new_file` (`abi diff`, `schema diff`: the new input);
//! 4. `subject.old_file` (a finding that names only the old input);
//! 5. the caller's anchor ([`crate::RenderOptions::anchor`]).
//!
//! "Inside the repository" is decided on the text alone: a relative,
//! non-empty path none of whose components is `..`; an absolute path under
//! the caller's root ([`crate::RenderOptions::root`], the working directory
//! for the command line) is taken relative to it (`/ci/build/api/new.json`
//! from `/ci/build` is `api/new.json`). When none of them is inside the
//! repository, the first of 1 to 4 that names a file at all is shown as it
//! is named (`schema diff /tmp/old.json /tmp/new.json`: `/tmp/new.json`),
//! which SARIF writes as an absolute `file:` URI: the file the finding is
//! about, as text and JSON name it. Only a finding that names no file is
//! shown at `compat.toml` ([`DEFAULT_ANCHOR`]); `compat check` locates its
//! findings about the project file at their `compat.toml` line.

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
pub(crate) fn place<'r>(
    f: &'r Finding,
    anchor: Option<&'r Location>,
    root: Option<&str>,
) -> Place<'r> {
    let s = &f.subject;
    let at = |path: &'r str, line: Option<u32>, column: Option<u32>| Place {
        path,
        line: line.filter(|&l| l > 0),
        column: column.filter(|&c| c > 0 && line.is_some_and(|l| l > 0)),
    };
    // The files the finding names, in order, with their lines.
    let named: [(Option<&'r str>, Option<u32>, Option<u32>); 4] = [
        match &f.location {
            Some(l) => (Some(l.path.as_str()), l.line, l.column),
            None => (None, None, None),
        },
        (s.file.as_deref(), s.line, s.column),
        (s.new_file.as_deref(), None, None),
        (s.old_file.as_deref(), None, None),
    ];
    for &(path, line, column) in &named {
        if let Some(rel) = path.and_then(|p| relative(p, root)) {
            return at(rel, line, column);
        }
    }
    if let Some(l) = anchor.filter(|l| in_repository(&l.path)) {
        return at(&l.path, l.line, l.column);
    }
    for &(path, line, column) in &named {
        if let Some(p) = path.filter(|p| !p.is_empty()) {
            return at(p, line, column);
        }
    }
    at(DEFAULT_ANCHOR, None, None)
}

/// `path` as a path inside the repository: itself when relative, the part
/// under `root` when absolute.
fn relative<'p>(path: &'p str, root: Option<&str>) -> Option<&'p str> {
    if in_repository(path) {
        return Some(path);
    }
    let root = root?.trim_end_matches('/');
    let rest = path.strip_prefix(root)?.strip_prefix('/')?;
    Some(rest.trim_start_matches('/')).filter(|r| in_repository(r))
}

/// Whether `path` can name a file inside the repository: relative,
/// non-empty, no `..` component.
pub(crate) fn in_repository(path: &str) -> bool {
    !path.is_empty() && !path.starts_with('/') && !path.split('/').any(|c| c == "..")
}

/// `path` as a URI reference (SARIF `artifactLocation.uri`): every byte but
/// the unreserved characters of RFC 3986 and `/` percent-encoded, so a
/// space, `#`, `?`, `%`, a `:` that would read as a scheme, or a control
/// character in a file name cannot change what the URI means; relative,
/// but an absolute path (a file outside the repository) as a `file:` URI.
pub(crate) fn uri(path: &str) -> String {
    let mut out = String::with_capacity(path.len() + 7);
    if path.starts_with('/') {
        out.push_str("file://");
    }
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
    fn location_then_file_then_new_file_then_anchor_then_the_file_named() {
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
            place(&f, None, None),
            Place {
                path: "lib/libx.so",
                line: None,
                column: None
            }
        );
        let f = finding(full.clone(), None);
        assert_eq!(
            place(&f, None, None),
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
        assert_eq!(place(&f, None, None).path, "new/libx.so");
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
            place(&f, Some(&anchor), None),
            Place {
                path: "compat.toml",
                line: Some(12),
                column: Some(3)
            }
        );
        // Nothing inside the repository and no anchor: the file named.
        assert_eq!(place(&f, None, None).path, "../outside.so");
    }

    #[test]
    fn an_absolute_input_is_shown_under_the_root_or_as_named_never_at_compat_toml() {
        let f = finding(
            Subject {
                old_file: Some("/ci/build/api/old.json".into()),
                new_file: Some("/ci/build/api/new.json".into()),
                ..Subject::default()
            },
            None,
        );
        // Under the root: its path inside the repository.
        for root in ["/ci/build", "/ci/build/"] {
            assert_eq!(place(&f, None, Some(root)).path, "api/new.json");
        }
        // Elsewhere: the new input as it is named, not compat.toml.
        for root in [None, Some("/ci/bui"), Some("/other")] {
            assert_eq!(place(&f, None, root).path, "/ci/build/api/new.json");
        }
        // A caller's anchor inside the repository comes before it.
        let anchor = Location {
            path: "compat.toml".into(),
            line: Some(4),
            column: None,
        };
        assert_eq!(place(&f, Some(&anchor), None).path, "compat.toml");
        assert_eq!(
            place(&f, Some(&anchor), Some("/ci/build")).path,
            "api/new.json"
        );
        // Only the old input named: that one.
        let f = finding(
            Subject {
                old_file: Some("/tmp/old.json".into()),
                ..Subject::default()
            },
            None,
        );
        assert_eq!(place(&f, None, Some("/ci")).path, "/tmp/old.json");
        // A location in compat.toml (compat check) stays there, with its line.
        let f = finding(
            Subject {
                new_file: Some("/ci/build/lib/libx.so".into()),
                ..Subject::default()
            },
            Some(Location {
                path: "compat.toml".into(),
                line: Some(26),
                column: None,
            }),
        );
        assert_eq!(
            place(&f, None, Some("/ci/build")),
            Place {
                path: "compat.toml",
                line: Some(26),
                column: None
            }
        );
        // compat.toml only for a finding that names no file at all.
        let f = finding(Subject::default(), None);
        assert_eq!(place(&f, None, Some("/ci")).path, DEFAULT_ANCHOR);
    }

    #[test]
    fn uris_are_percent_encoded_relative_references() {
        assert_eq!(uri("./sub/api_v2.go"), "./sub/api_v2.go");
        assert_eq!(uri("/tmp/a b.json"), "file:///tmp/a%20b.json");
        assert_eq!(
            uri("a b#c?d%e:f\n\u{202e}é"),
            "a%20b%23c%3Fd%25e%3Af%0A%E2%80%AE%C3%A9"
        );
    }
}
