//! The GODEBUG settings table of each Go release compat knows (1.21 to
//! [`LATEST_MINOR`](crate::facts::LATEST_MINOR)) and the hand-written
//! description of each change, read from the data files under
//! `data/godebug/` (their format and provenance are in the README there),
//! compiled in and parsed once.

use std::sync::OnceLock;

use super::GodebugError;

/// The oldest release with a table: GODEBUG defaults that follow the go
/// line came with Go 1.21.
pub const OLDEST_MINOR: u32 = 21;

/// The table files, oldest first.
const FILES: &[(u32, &str, &str)] = &[
    (
        21,
        "go1.21.tsv",
        include_str!("../../data/godebug/go1.21.tsv"),
    ),
    (
        22,
        "go1.22.tsv",
        include_str!("../../data/godebug/go1.22.tsv"),
    ),
    (
        23,
        "go1.23.tsv",
        include_str!("../../data/godebug/go1.23.tsv"),
    ),
    (
        24,
        "go1.24.tsv",
        include_str!("../../data/godebug/go1.24.tsv"),
    ),
    (
        25,
        "go1.25.tsv",
        include_str!("../../data/godebug/go1.25.tsv"),
    ),
    (
        26,
        "go1.26.tsv",
        include_str!("../../data/godebug/go1.26.tsv"),
    ),
    (
        27,
        "go1.27.tsv",
        include_str!("../../data/godebug/go1.27.tsv"),
    ),
];

const DESCRIPTIONS: &str = include_str!("../../data/godebug/descriptions.tsv");

/// One entry of a release's `internal/godebugs.All`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Setting {
    /// The setting's name (`panicnil`).
    pub name: &'static str,
    /// The package that reads it (`runtime`).
    pub package: &'static str,
    /// The minor release whose default changed (21: Go 1.21); 0 if never.
    pub changed: u32,
    /// The value that restores the behaviour before [`Setting::changed`]
    /// (empty when it never changed).
    pub old: &'static str,
    /// No runtime/metrics counter.
    pub opaque: bool,
    /// Fixed at program start.
    pub immutable: bool,
}

/// The values of a removed setting that the go command rejects.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OldValues {
    /// Every value (Go 1.26).
    Any,
    /// These values (Go 1.27 and later: the values that asked for the old
    /// behaviour).
    Values(Vec<&'static str>),
}

impl OldValues {
    /// Whether `value` is rejected.
    pub fn matches(&self, value: &str) -> bool {
        match self {
            OldValues::Any => true,
            OldValues::Values(v) => v.contains(&value),
        }
    }
}

/// One entry of a release's `internal/godebugs.Removed` (Go 1.26 and later).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Removed {
    /// The setting's name.
    pub name: &'static str,
    /// The minor release that removed it.
    pub release: u32,
    /// The values the go command rejects.
    pub old: OldValues,
}

/// The GODEBUG table of one release.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    /// The minor release (27 for Go 1.27).
    pub minor: u32,
    /// The toolchain the table was read from (`1.27.3`).
    pub version: &'static str,
    /// `All`, sorted by name.
    pub settings: Vec<Setting>,
    /// `Removed` (empty before Go 1.26).
    pub removed: Vec<Removed>,
}

impl Table {
    /// The setting named `name` (`godebugs.Lookup`).
    pub fn lookup(&self, name: &str) -> Option<&Setting> {
        self.settings
            .binary_search_by(|s| s.name.cmp(name))
            .ok()
            .map(|i| &self.settings[i])
    }

    /// The entry of `Removed` for `name`.
    pub fn removed(&self, name: &str) -> Option<&Removed> {
        self.removed.iter().find(|r| r.name == name)
    }
}

/// A line of a compiled-in data file that does not parse: a bug in compat's
/// data, caught by the tests.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("compat's data file {file}, line {line}: {reason}")]
pub struct DataError {
    /// The file under `data/godebug/`.
    pub file: &'static str,
    /// 1-based line.
    pub line: usize,
    /// What is wrong.
    pub reason: String,
}

/// The meaningful lines of a data file: (1-based line, tab-separated fields).
pub(super) fn records(text: &'static str) -> impl Iterator<Item = (usize, Vec<&'static str>)> {
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.is_empty() && !l.starts_with('#'))
        .map(|(i, l)| (i + 1, l.split('\t').collect()))
}

fn parse_table(minor: u32, file: &'static str, text: &'static str) -> Result<Table, DataError> {
    let err = |line, reason: &str| DataError {
        file,
        line,
        reason: reason.to_owned(),
    };
    let mut t = Table {
        minor,
        version: "",
        settings: Vec::new(),
        removed: Vec::new(),
    };
    for (line, f) in records(text) {
        match f.as_slice() {
            ["release", v] => t.version = v,
            ["setting", name, package, changed, old, flags] => {
                let changed = changed
                    .parse()
                    .map_err(|_| err(line, "the changed column is not a number"))?;
                let mut s = Setting {
                    name,
                    package,
                    changed,
                    old: if *old == "-" { "" } else { old },
                    opaque: false,
                    immutable: false,
                };
                for flag in flags.split(',').filter(|f| *f != "-") {
                    match flag {
                        "opaque" => s.opaque = true,
                        "immutable" => s.immutable = true,
                        _ => return Err(err(line, "unknown flag")),
                    }
                }
                if s.changed > minor || (s.changed == 0) != s.old.is_empty() {
                    return Err(err(line, "changed and old do not agree"));
                }
                t.settings.push(s);
            }
            ["removed", name, release, old] => {
                let release = release
                    .parse()
                    .map_err(|_| err(line, "the release column is not a number"))?;
                let old = match *old {
                    "*" => OldValues::Any,
                    v => OldValues::Values(v.split(' ').collect()),
                };
                t.removed.push(Removed { name, release, old });
            }
            _ => return Err(err(line, "unexpected record")),
        }
    }
    let v = format!("1.{minor}");
    if !(t.version == v || t.version.starts_with(&format!("{v}."))) {
        return Err(err(0, "no release line for its minor version"));
    }
    if !t.settings.windows(2).all(|w| w[0].name < w[1].name) {
        return Err(err(0, "settings not sorted by name"));
    }
    Ok(t)
}

fn parsed() -> &'static Result<Vec<Table>, DataError> {
    static TABLES: OnceLock<Result<Vec<Table>, DataError>> = OnceLock::new();
    TABLES.get_or_init(|| {
        FILES
            .iter()
            .map(|&(minor, file, text)| parse_table(minor, file, text))
            .collect()
    })
}

/// Every table, oldest first.
pub fn tables() -> Result<&'static [Table], GodebugError> {
    match parsed() {
        Ok(t) => Ok(t),
        Err(e) => Err(GodebugError::Data(e.clone())),
    }
}

/// The table of Go 1.`minor`.
pub fn table(minor: u32) -> Result<&'static Table, GodebugError> {
    tables()?
        .iter()
        .find(|t| t.minor == minor)
        .ok_or(GodebugError::NoTable { minor })
}

/// What a program does differently with the new default of `name`, from
/// `descriptions.tsv`.
pub fn description(name: &str) -> Option<&'static str> {
    static MAP: OnceLock<Vec<(&'static str, &'static str)>> = OnceLock::new();
    let map = MAP.get_or_init(|| {
        let mut v: Vec<_> = records(DESCRIPTIONS)
            .filter_map(|(_, f)| match f.as_slice() {
                [name, text] => Some((*name, *text)),
                _ => None,
            })
            .collect();
        v.sort_unstable();
        v
    });
    map.binary_search_by(|(n, _)| n.cmp(&name))
        .ok()
        .map(|i| map[i].1)
}

/// What every table says about one setting, across releases.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct History {
    /// The setting.
    pub name: &'static str,
    /// Its package in the newest table that lists it.
    pub package: &'static str,
    /// The latest release whose default changed (the largest `changed` of
    /// any table), 0 if never.
    pub changed: u32,
    /// The old value of that change.
    pub old: &'static str,
    /// The minor releases whose table lists it, oldest first. Not always a
    /// run: a setting backported to a later patch of a release than the one
    /// compat's table comes from is missing from that table
    /// (`urlmaxqueryparams`: Go 1.26 on, and 1.24 and 1.25 patches newer
    /// than compat's).
    pub known: Vec<u32>,
}

impl History {
    /// Whether Go 1.`minor`'s table lists the setting.
    pub fn known_in(&self, minor: u32) -> bool {
        self.known.contains(&minor)
    }

    /// The release that removed the setting, as Go 1.`minor` sees it: when
    /// an older table lists it and neither Go 1.`minor`'s nor any newer one
    /// does, the release after the last table that lists it.
    pub fn removed_by(&self, minor: u32) -> Option<u32> {
        let last = *self.known.last()?;
        (last < minor).then_some(last + 1)
    }

    /// Whether the setting comes (or comes back) in a release after
    /// Go 1.`minor` without Go 1.`minor`'s table listing it.
    pub fn later_than(&self, minor: u32) -> bool {
        !self.known_in(minor) && self.known.iter().any(|&m| m > minor)
    }
}

/// The history of every setting any table lists, sorted by name.
pub fn histories() -> Result<&'static [History], GodebugError> {
    static H: OnceLock<Vec<History>> = OnceLock::new();
    let all = tables()?;
    Ok(H.get_or_init(|| {
        let mut out: Vec<History> = Vec::new();
        for t in all {
            for s in &t.settings {
                let h = match out.iter_mut().find(|h| h.name == s.name) {
                    Some(h) => h,
                    None => {
                        out.push(History {
                            name: s.name,
                            package: s.package,
                            changed: 0,
                            old: "",
                            known: Vec::new(),
                        });
                        out.last_mut().expect("just pushed")
                    }
                };
                h.package = s.package;
                h.known.push(t.minor);
                if s.changed >= h.changed && s.changed > 0 {
                    h.changed = s.changed;
                    h.old = s.old;
                }
            }
        }
        out.sort_by(|a, b| a.name.cmp(b.name));
        out
    }))
}

/// The history of `name`, if some table lists it.
pub fn history(name: &str) -> Option<&'static History> {
    let h = histories().ok()?;
    h.binary_search_by(|x| x.name.cmp(name)).ok().map(|i| &h[i])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_table_parses_and_knows_the_well_known_settings() {
        let all = tables().unwrap();
        let minors: Vec<u32> = all.iter().map(|t| t.minor).collect();
        assert_eq!(
            minors,
            (21..=crate::facts::LATEST_MINOR).collect::<Vec<_>>()
        );
        let counts: Vec<usize> = all.iter().map(|t| t.settings.len()).collect();
        assert_eq!(counts, [21, 28, 36, 43, 49, 55, 51]);
        let newest = all.last().unwrap();
        assert_eq!(newest.version, "1.27.3");
        let s = newest.lookup("http2client").unwrap();
        assert_eq!((s.package, s.changed, s.old), ("net/http", 0, ""));
        let s = newest.lookup("panicnil").unwrap();
        assert_eq!((s.package, s.changed, s.old), ("runtime", 21, "1"));
        let s = newest.lookup("fips140").unwrap();
        assert!(s.opaque && s.immutable);
        assert!(newest.lookup("gotypesalias").is_none());
        let s = table(26).unwrap().lookup("gotypesalias").unwrap();
        assert_eq!((s.package, s.changed, s.old), ("go/types", 23, "0"));
        assert_eq!(
            table(22).unwrap().lookup("gotypesalias").unwrap().changed,
            0
        );
        // Removed: Go 1.26 rejects every value, Go 1.27 the old ones.
        let r = table(26).unwrap().removed("x509sha1").unwrap();
        assert_eq!((r.release, &r.old), (24, &OldValues::Any));
        let r = newest.removed("asynctimerchan").unwrap();
        assert!(r.old.matches("1") && r.old.matches("2") && !r.old.matches("0"));
        assert_eq!(newest.removed.len(), 9);
        assert!(table(25).unwrap().removed.is_empty());
        assert!(table(20).is_err() && table(28).is_err());
    }

    #[test]
    fn histories_say_which_releases_know_a_setting() {
        let h = history("x509sha1").unwrap();
        assert_eq!(h.known, [21, 22, 23]);
        assert_eq!(
            (h.removed_by(23), h.removed_by(24), h.removed_by(27)),
            (None, Some(24), Some(24))
        );
        let h = history("tls10server").unwrap();
        assert_eq!((h.changed, h.old, h.removed_by(27)), (22, "1", Some(27)));
        // Backported to later patches than compat's 1.24 and 1.25 tables.
        let h = history("urlmaxqueryparams").unwrap();
        assert_eq!(h.known, [26, 27]);
        assert!(h.later_than(25) && !h.later_than(26) && h.removed_by(25).is_none());
        let h = history("multipathtcp").unwrap();
        assert_eq!((h.changed, h.old), (24, "0"));
        assert!(history("nosuch").is_none());
        // The tables agree with Go 1.27's Removed table.
        let newest = tables().unwrap().last().unwrap();
        let mut gone: Vec<(&str, u32)> = histories()
            .unwrap()
            .iter()
            .filter_map(|h| h.removed_by(newest.minor).map(|r| (h.name, r)))
            .collect();
        gone.sort_unstable();
        let mut removed: Vec<(&str, u32)> =
            newest.removed.iter().map(|r| (r.name, r.release)).collect();
        removed.sort_unstable();
        assert_eq!(gone, removed);
    }

    #[test]
    fn every_change_and_removal_is_described() {
        for h in histories().unwrap() {
            if h.changed > 0 || h.removed_by(crate::facts::LATEST_MINOR).is_some() {
                assert!(
                    description(h.name).is_some(),
                    "{}: add a line to descriptions.tsv",
                    h.name
                );
            }
        }
        for (_, f) in records(DESCRIPTIONS) {
            assert_eq!(f.len(), 2, "{f:?}");
            assert!(
                history(f[0]).is_some(),
                "{}: described but in no table",
                f[0]
            );
        }
    }
}
