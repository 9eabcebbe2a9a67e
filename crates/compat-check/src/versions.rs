//! The versions a `semver` promise compares, from where its `version_from`
//! says: git tags (the candidate is the tag at the commit checked out, the
//! baseline the tag of a `git:REF` baseline or the newest tag before), the
//! SONAMEs, a version file or a Cargo manifest (at the baseline's revision
//! for the old side). `--version` (or the component's `version`) names the
//! candidate's version outright.

use std::path::Path;

use compat_config::{Date, VersionFrom};
use compat_policy::promises::Versions;
use compat_policy::Version;

use crate::analyse::Analysis;
use crate::git::Repo;

/// What deciding the versions needs.
pub struct Sources<'a> {
    /// The project file's directory.
    pub dir: &'a Path,
    /// The repository.
    pub repo: Option<&'a Repo>,
    /// `--version`, else the component's `version`.
    pub candidate: Option<&'a str>,
}

/// The versions under `from` for a component analysed as `a`.
pub fn versions(from: Option<&VersionFrom>, a: &Analysis, s: &Sources<'_>) -> Versions {
    let given = s.candidate.and_then(Version::parse);
    let rev = a.baseline.as_ref().and_then(|b| b.rev.clone());
    let Some(from) = from else {
        return Versions {
            from: None,
            to: given,
            source: "no version_from in the promise".into(),
        };
    };
    let source = from.to_string();
    let (old, new) = match from {
        VersionFrom::GitTag(pattern) => {
            let Some(repo) = s.repo else {
                return Versions {
                    from: None,
                    to: given,
                    source: format!("{source}: not in a git repository"),
                };
            };
            let at_head: Option<Version> = repo
                .tags_at_head(pattern)
                .iter()
                .filter_map(|t| Version::parse(t))
                .max();
            let old = match rev.as_deref() {
                Some(r) if glob(pattern, r) => Version::parse(r),
                _ => {
                    let before = if at_head.is_some() { "HEAD^" } else { "HEAD" };
                    repo.describe(pattern, before)
                        .and_then(|t| Version::parse(&t))
                }
            };
            (old, at_head)
        }
        VersionFrom::Soname => match &a.sonames {
            Some((old, new)) => (
                old.as_deref().and_then(Version::from_soname),
                new.as_deref().and_then(Version::from_soname),
            ),
            None => (None, None),
        },
        VersionFrom::File(path) => (
            at_rev(s, rev.as_deref(), path).and_then(|t| Version::parse(t.trim())),
            read(s.dir, path).and_then(|t| Version::parse(t.trim())),
        ),
        VersionFrom::Cargo(path) => (
            at_rev(s, rev.as_deref(), path).and_then(|t| cargo_version(&t)),
            read(s.dir, path).and_then(|t| cargo_version(&t)),
        ),
    };
    Versions {
        from: old,
        to: given.or(new),
        source,
    }
}

/// Releases with dates, from the tags `pattern` matches (deprecation
/// windows count them); empty unless versions come from tags.
pub fn releases(from: Option<&VersionFrom>, repo: Option<&Repo>) -> Vec<(Version, Date)> {
    match (from, repo) {
        (Some(VersionFrom::GitTag(pattern)), Some(repo)) => repo
            .tags(pattern)
            .into_iter()
            .filter_map(|(t, d)| Some((Version::parse(&t)?, d)))
            .collect(),
        _ => Vec::new(),
    }
}

/// A file's text, relative to the project file.
fn read(dir: &Path, path: &str) -> Option<String> {
    let bytes = compat_fs::read(&dir.join(path), compat_fs::Limit::Config).ok()?;
    String::from_utf8(bytes).ok()
}

/// A file's text at the baseline's revision.
fn at_rev(s: &Sources<'_>, rev: Option<&str>, path: &str) -> Option<String> {
    let (repo, rev) = (s.repo?, rev?);
    let in_repo = crate::baseline::relative_to(&s.dir.join(path), &repo.root)?;
    let bytes = repo.show(rev, &in_repo.to_string_lossy()).ok()?;
    String::from_utf8(bytes).ok()
}

/// `[package] version` of a Cargo manifest.
fn cargo_version(text: &str) -> Option<Version> {
    let doc: toml_edit::DocumentMut = text.parse().ok()?;
    Version::parse(doc.get("package")?.get("version")?.as_str()?)
}

/// Whether the glob `pattern` (`*` and `?`) matches all of `text`.
pub fn glob(pattern: &str, text: &str) -> bool {
    fn go(p: &[u8], t: &[u8]) -> bool {
        match (p.first(), t.first()) {
            (None, None) => true,
            (Some(b'*'), _) => go(&p[1..], t) || (!t.is_empty() && go(p, &t[1..])),
            (Some(b'?'), Some(_)) => go(&p[1..], &t[1..]),
            (Some(a), Some(b)) if a == b => go(&p[1..], &t[1..]),
            _ => false,
        }
    }
    pattern.len() <= 256 && text.len() <= 256 && go(pattern.as_bytes(), text.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn globs() {
        assert!(glob("v*", "v5.1.0"));
        assert!(!glob("v*", "5.1.0"));
        assert!(glob("release-?.*", "release-6.1"));
        assert!(
            cargo_version("[package]\nname='x'\nversion = \"1.2.3\"\n") == Version::parse("1.2.3")
        );
    }
}
