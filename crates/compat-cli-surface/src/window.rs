//! Deprecation windows: how long a deprecated element must keep working
//! before its removal is allowed.
//!
//! `18m` (months), `540` (days) or `kubernetes`: the Kubernetes deprecation
//! policy for CLI elements (rule 5a): GA elements at least 12 months or 2
//! releases, whichever is longer; beta 3 months or 1 release; alpha none.
//! Releases are counted by minor version (`1.27` to `1.29` is 2) between the
//! release that announced the deprecation and the new surface's
//! `program_version`; when either is unknown only the months count.

use std::fmt;

use crate::date::Date;
use crate::error::SurfaceError;
use crate::model::Stability;

/// A deprecation window.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Window {
    /// Months after the announcement.
    Months(u32),
    /// Days after the announcement.
    Days(u32),
    /// Kubernetes' policy, by stability level.
    Kubernetes,
}

impl Default for Window {
    /// 18 months: the promise "CLI flags kept at least 18 months".
    fn default() -> Window {
        Window::Months(18)
    }
}

impl Window {
    /// Parses `18m`, `540` (days) or `kubernetes`.
    pub fn parse(text: &str) -> Result<Window, SurfaceError> {
        let bad = || SurfaceError::Window(text.to_owned());
        if text == "kubernetes" {
            return Ok(Window::Kubernetes);
        }
        if let Some(months) = text.strip_suffix('m') {
            let n: u32 = months.parse().map_err(|_| bad())?;
            return if n <= 1200 {
                Ok(Window::Months(n))
            } else {
                Err(bad())
            };
        }
        let n: u32 = text.parse().map_err(|_| bad())?;
        if n <= 36_500 {
            Ok(Window::Days(n))
        } else {
            Err(bad())
        }
    }

    /// The day removal of an element of `stability` announced on `since`
    /// becomes allowed, and the releases that must have passed.
    pub fn allowed_from(self, since: Date, stability: Stability) -> (Date, u32) {
        match (self, stability) {
            (Window::Months(n), _) => (since.add_months(n), 0),
            (Window::Days(n), _) => (since.add_days(i64::from(n)), 0),
            (Window::Kubernetes, Stability::Ga) => (since.add_months(12), 2),
            (Window::Kubernetes, Stability::Beta) => (since.add_months(3), 1),
            (Window::Kubernetes, Stability::Alpha) => (since, 0),
        }
    }
}

impl fmt::Display for Window {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Window::Months(n) => write!(f, "{n}-month"),
            Window::Days(n) => write!(f, "{n}-day"),
            Window::Kubernetes => f.write_str("Kubernetes"),
        }
    }
}

/// The minor releases from `from` to `to` (`1.27.3` to `1.29.0` is 2), when
/// both are versions of one major line; a new major counts as many.
pub fn releases_between(from: &str, to: &str) -> Option<u32> {
    let parse = |v: &str| -> Option<(u64, u64)> {
        let v = v.trim_start_matches('v');
        let mut parts = v.split(['.', '-', '+']);
        let major = parts.next()?.parse().ok()?;
        let minor = parts.next().map_or(Some(0), |p| p.parse().ok())?;
        Some((major, minor))
    };
    let (a, b) = (parse(from)?, parse(to)?);
    if b.0 > a.0 {
        return Some(u32::MAX);
    }
    if b.0 < a.0 || b.1 < a.1 {
        return Some(0);
    }
    u32::try_from(b.1 - a.1).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows() {
        assert_eq!(Window::parse("18m").unwrap(), Window::Months(18));
        assert_eq!(Window::parse("90").unwrap(), Window::Days(90));
        assert_eq!(Window::parse("kubernetes").unwrap(), Window::Kubernetes);
        assert!(Window::parse("18 months").is_err());
        assert!(Window::parse("-3").is_err());
        let since = Date::parse("2025-01-15").unwrap();
        let (day, releases) = Window::Kubernetes.allowed_from(since, Stability::Ga);
        assert_eq!((day.to_string().as_str(), releases), ("2026-01-15", 2));
        assert_eq!(releases_between("1.27.3", "1.29.0"), Some(2));
        assert_eq!(releases_between("v1.4", "2.0"), Some(u32::MAX));
        assert_eq!(releases_between("1.4", "x"), None);
    }
}
