//! Where a store is: `sqlite:PATH`, a plain path (SQLite), or a
//! `postgres://` / `postgresql://` URL. Shown everywhere with its password
//! replaced by `***`. [`Location::choose`] applies the order of precedence:
//! `--store`, then `COMPAT_STORE`, then `[project] history`, then
//! `.compat/history.db` next to compat.toml.

use std::fmt;
use std::path::{Path, PathBuf};

use crate::error::StoreError;

/// A store's location.
#[derive(Clone, PartialEq, Eq)]
pub enum Location {
    /// A SQLite file.
    Sqlite(PathBuf),
    /// A PostgreSQL connection URL (with its password, if any: never displayed).
    Postgres(String),
}

/// The default store, relative to compat.toml's directory.
pub const DEFAULT_PATH: &str = ".compat/history.db";

impl Location {
    /// Reads a location; a relative SQLite path is taken relative to `base`.
    pub fn parse(text: &str, base: &Path) -> Result<Location, StoreError> {
        let text = text.trim();
        if text.is_empty() {
            return Err(StoreError::Location("empty store location".into()));
        }
        if text.starts_with("postgres://") || text.starts_with("postgresql://") {
            return Ok(Location::Postgres(text.to_owned()));
        }
        let path = if let Some(rest) = text.strip_prefix("sqlite:") {
            // sqlite:///abs/path and sqlite://rel are accepted as well.
            rest.strip_prefix("//").unwrap_or(rest)
        } else if let Some((scheme, _)) = text.split_once("://") {
            return Err(StoreError::Location(format!(
                "{}: unknown store scheme {scheme:?} (sqlite:PATH, a path, or postgres://...)",
                redact(text)
            )));
        } else {
            text
        };
        if path.is_empty() {
            return Err(StoreError::Location(format!(
                "{text}: no path after sqlite:"
            )));
        }
        let path = Path::new(path);
        Ok(Location::Sqlite(if path.is_absolute() {
            path.to_path_buf()
        } else {
            base.join(path)
        }))
    }

    /// The location in force: `flag` (relative to the working directory
    /// `cwd`), else `env`, else `configured` (relative to compat.toml's
    /// directory), else [`DEFAULT_PATH`] in `config_dir`; `None` when none
    /// of them is known.
    pub fn choose(
        flag: Option<&str>,
        env: Option<&str>,
        cwd: &Path,
        configured: Option<&str>,
        config_dir: Option<&Path>,
    ) -> Result<Option<Location>, StoreError> {
        if let Some(text) = flag {
            return Location::parse(text, cwd).map(Some);
        }
        if let Some(text) = env.filter(|t| !t.trim().is_empty()) {
            return Location::parse(text, cwd)
                .map(Some)
                .map_err(|e| StoreError::Location(format!("COMPAT_STORE: {e}")));
        }
        let Some(dir) = config_dir else {
            return Ok(None);
        };
        match configured {
            Some(text) => Location::parse(text, dir)
                .map(Some)
                .map_err(|e| StoreError::Location(format!("[project] history: {e}"))),
            None => Ok(Some(Location::Sqlite(dir.join(DEFAULT_PATH)))),
        }
    }
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Location::Sqlite(p) => write!(f, "sqlite:{}", p.display()),
            Location::Postgres(url) => f.write_str(&redact(url)),
        }
    }
}

impl fmt::Debug for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

/// `url` with the password of its user part and any `password=` parameter
/// replaced by `***`.
pub fn redact(url: &str) -> String {
    let mut out = url.to_owned();
    if let Some(scheme_end) = out.find("://") {
        let auth_start = scheme_end + 3;
        let rest = &out[auth_start..];
        let auth_end = rest.find(['/', '?']).unwrap_or(rest.len());
        if let Some(at) = rest[..auth_end].rfind('@') {
            if let Some(colon) = rest[..at].find(':') {
                out.replace_range(auth_start + colon + 1..auth_start + at, "***");
            }
        }
    }
    if let Some(q) = out.find('?') {
        let (head, query) = out.split_at(q + 1);
        let params: Vec<String> = query
            .split('&')
            .map(|p| match p.split_once('=') {
                Some((k, _)) if k.eq_ignore_ascii_case("password") => format!("{k}=***"),
                _ => p.to_owned(),
            })
            .collect();
        out = format!("{head}{}", params.join("&"));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locations_parse() {
        let base = Path::new("/proj");
        assert_eq!(
            Location::parse("sqlite:h.db", base).unwrap(),
            Location::Sqlite("/proj/h.db".into())
        );
        assert_eq!(
            Location::parse("sqlite:///var/h.db", base).unwrap(),
            Location::Sqlite("/var/h.db".into())
        );
        assert_eq!(
            Location::parse("x/h.db", base).unwrap(),
            Location::Sqlite("/proj/x/h.db".into())
        );
        assert!(matches!(
            Location::parse("postgresql://u:p@h/db", base).unwrap(),
            Location::Postgres(_)
        ));
        let e = Location::parse("mysql://u:secret@h/db", base)
            .unwrap_err()
            .to_string();
        assert!(
            e.contains("unknown store scheme") && !e.contains("secret"),
            "{e}"
        );
        assert!(Location::parse(" ", base).is_err());
        assert!(Location::parse("sqlite:", base).is_err());
    }

    #[test]
    fn passwords_are_redacted() {
        assert_eq!(
            redact("postgres://compat:s3cr@t@db:5432/h?sslmode=disable&password=x"),
            "postgres://compat:***@db:5432/h?sslmode=disable&password=***"
        );
        assert_eq!(redact("postgres://compat@db/h"), "postgres://compat@db/h");
        assert_eq!(
            Location::Postgres("postgres://a:b@h/d".into()).to_string(),
            "postgres://a:***@h/d"
        );
        assert_eq!(
            format!("{:?}", Location::Postgres("postgres://a:b@h/d".into())),
            "postgres://a:***@h/d"
        );
    }

    #[test]
    fn precedence() {
        let cwd = Path::new("/cwd");
        let dir = Path::new("/proj");
        let pick = |flag, env, conf, dir| Location::choose(flag, env, cwd, conf, dir).unwrap();
        assert_eq!(
            pick(Some("a.db"), Some("b.db"), Some("c.db"), Some(dir)),
            Some(Location::Sqlite("/cwd/a.db".into()))
        );
        assert_eq!(
            pick(None, Some("b.db"), Some("c.db"), Some(dir)),
            Some(Location::Sqlite("/cwd/b.db".into()))
        );
        assert_eq!(
            pick(None, None, Some("sqlite:c.db"), Some(dir)),
            Some(Location::Sqlite("/proj/c.db".into()))
        );
        assert_eq!(
            pick(None, None, None, Some(dir)),
            Some(Location::Sqlite("/proj/.compat/history.db".into()))
        );
        assert_eq!(pick(None, None, None, None), None);
    }
}
