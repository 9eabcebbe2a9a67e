//! The metric catalog: `metrics.tsv`, one line per family (name, type,
//! labels, help), in the order families are written and kept under the
//! series budget. The names are compat's stable interface to dashboards
//! and alerts; the README's table lists the same lines.

use std::sync::OnceLock;

use crate::expo::{Family, Kind};

/// One family of the catalog.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Meta {
    /// The sample name (`_total` for counters).
    pub name: &'static str,
    /// Gauge or counter.
    pub kind: Kind,
    /// Its label names, in order.
    pub labels: Vec<&'static str>,
    /// One line.
    pub help: &'static str,
}

const TABLE: &str = include_str!("../metrics.tsv");

/// Every family, in catalog order (lines that do not parse are skipped; a
/// test keeps the file well-formed).
pub fn all() -> &'static [Meta] {
    static ALL: OnceLock<Vec<Meta>> = OnceLock::new();
    ALL.get_or_init(|| TABLE.lines().filter_map(parse).collect())
}

fn parse(line: &'static str) -> Option<Meta> {
    if line.starts_with('#') || line.trim().is_empty() {
        return None;
    }
    let mut cols = line.split('\t');
    let name = cols.next()?;
    let kind = match cols.next()? {
        "gauge" => Kind::Gauge,
        "counter" => Kind::Counter,
        _ => return None,
    };
    let labels = cols.next()?;
    let help = cols.next()?;
    Some(Meta {
        name,
        kind,
        labels: labels.split(',').filter(|l| !l.is_empty()).collect(),
        help,
    })
}

/// The catalog entry of `name`.
pub fn meta(name: &str) -> Option<&'static Meta> {
    all().iter().find(|m| m.name == name)
}

/// An empty family named `name`, typed and described by the catalog.
pub fn family(name: &'static str) -> Family {
    let (kind, help) = meta(name).map_or((Kind::Gauge, ""), |m| (m.kind, m.help));
    Family {
        name,
        kind,
        help,
        samples: Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn valid_name(s: &str) -> bool {
        let mut chars = s.chars();
        chars
            .next()
            .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
            && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
    }

    #[test]
    fn every_line_parses_and_follows_the_naming_conventions() {
        let lines = TABLE
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .count();
        assert_eq!(all().len(), lines, "a line of metrics.tsv does not parse");
        let mut names = std::collections::BTreeSet::new();
        for m in all() {
            assert!(names.insert(m.name), "{} twice", m.name);
            assert!(m.name.starts_with("compat_"), "{}", m.name);
            assert!(valid_name(m.name), "{}", m.name);
            assert_eq!(
                m.kind == Kind::Counter,
                m.name.ends_with("_total"),
                "{}: counters and only counters end in _total",
                m.name
            );
            // Base units only: seconds, not milliseconds; no bare "time".
            for bad in [
                "_ms",
                "_milliseconds",
                "_minutes",
                "_hours",
                "_days",
                "_bytes_kb",
            ] {
                assert!(!m.name.contains(bad), "{}", m.name);
            }
            assert!(!m.help.is_empty() && !m.help.contains('\n'), "{}", m.name);
            for l in &m.labels {
                assert!(valid_name(l) && !l.starts_with("__"), "{}: {l}", m.name);
                assert!(
                    *l != "le" && *l != "quantile",
                    "{}: {l} is reserved",
                    m.name
                );
            }
        }
    }
}
