//! The standard library's import graph of each Go release (linux/amd64,
//! cgo on), from `data/godebug/std-imports-*`: the newest release in full,
//! each older one as changes to the next (format in the README there).
//! Each graph is built once, when first asked for.

use std::collections::HashMap;
use std::sync::OnceLock;

use super::data::{records, DataError, OLDEST_MINOR};
use super::GodebugError;

/// The release whose graph is stored in full.
const NEWEST: u32 = 27;

const FULL: (&str, &str) = (
    "std-imports-go1.27.txt",
    include_str!("../../data/godebug/std-imports-go1.27.txt"),
);

/// The deltas, oldest first: Go 1.N as changes to Go 1.(N+1).
const DELTAS: &[(u32, &str, &str)] = &[
    (
        21,
        "std-imports-go1.21.delta",
        include_str!("../../data/godebug/std-imports-go1.21.delta"),
    ),
    (
        22,
        "std-imports-go1.22.delta",
        include_str!("../../data/godebug/std-imports-go1.22.delta"),
    ),
    (
        23,
        "std-imports-go1.23.delta",
        include_str!("../../data/godebug/std-imports-go1.23.delta"),
    ),
    (
        24,
        "std-imports-go1.24.delta",
        include_str!("../../data/godebug/std-imports-go1.24.delta"),
    ),
    (
        25,
        "std-imports-go1.25.delta",
        include_str!("../../data/godebug/std-imports-go1.25.delta"),
    ),
    (
        26,
        "std-imports-go1.26.delta",
        include_str!("../../data/godebug/std-imports-go1.26.delta"),
    ),
];

/// The standard library of one release: each package's imports.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StdGraph {
    imports: HashMap<&'static str, Vec<&'static str>>,
}

impl StdGraph {
    /// Whether `pkg` is a standard-library package of the release.
    pub fn contains(&self, pkg: &str) -> bool {
        self.imports.contains_key(pkg)
    }

    /// The imports of `pkg` (sorted), if it is a package of the release.
    pub fn imports(&self, pkg: &str) -> Option<&[&'static str]> {
        self.imports.get(pkg).map(Vec::as_slice)
    }

    /// The number of packages.
    pub fn len(&self) -> usize {
        self.imports.len()
    }

    /// Whether the graph has no package.
    pub fn is_empty(&self) -> bool {
        self.imports.is_empty()
    }

    /// Every package, sorted.
    pub fn packages(&self) -> Vec<&'static str> {
        let mut v: Vec<_> = self.imports.keys().copied().collect();
        v.sort_unstable();
        v
    }
}

fn parse_full() -> Result<StdGraph, DataError> {
    let (file, text) = FULL;
    let mut g = StdGraph::default();
    for (line, f) in records(text) {
        let [l] = f.as_slice() else {
            return Err(DataError {
                file,
                line,
                reason: "a tab in a graph line".into(),
            });
        };
        let Some((pkg, imports)) = l.split_once(':') else {
            return Err(DataError {
                file,
                line,
                reason: "no colon".into(),
            });
        };
        g.imports
            .insert(pkg, imports.split_ascii_whitespace().collect());
    }
    Ok(g)
}

fn apply(newer: &StdGraph, file: &'static str, text: &'static str) -> Result<StdGraph, DataError> {
    let mut g = newer.clone();
    for (line, f) in records(text) {
        let err = |reason: &str| DataError {
            file,
            line,
            reason: reason.into(),
        };
        let [l] = f.as_slice() else {
            return Err(err("a tab in a delta line"));
        };
        if let Some(pkg) = l.strip_prefix('-') {
            if g.imports.remove(pkg).is_none() {
                return Err(err("removes a package the newer release does not have"));
            }
            continue;
        }
        let (pkg, changes) = l.split_once(':').ok_or_else(|| err("no colon"))?;
        let imports = g.imports.entry(pkg).or_default();
        for c in changes.split_ascii_whitespace() {
            if let Some(p) = c.strip_prefix('+') {
                if !imports.contains(&p) {
                    imports.push(p);
                }
            } else if let Some(p) = c.strip_prefix('-') {
                let before = imports.len();
                imports.retain(|x| *x != p);
                if imports.len() == before {
                    return Err(err("removes an import the newer release does not have"));
                }
            } else {
                return Err(err("a change without + or -"));
            }
        }
        imports.sort_unstable();
    }
    Ok(g)
}

fn build(minor: u32) -> Result<StdGraph, DataError> {
    if minor == NEWEST {
        return parse_full();
    }
    let newer = graph_cell(minor + 1);
    let newer = newer.as_ref().map_err(Clone::clone)?;
    let &(_, file, text) = DELTAS
        .iter()
        .find(|(m, _, _)| *m == minor)
        .ok_or(DataError {
            file: "std-imports",
            line: 0,
            reason: format!("no delta for Go 1.{minor}"),
        })?;
    apply(newer, file, text)
}

fn graph_cell(minor: u32) -> &'static Result<StdGraph, DataError> {
    const N: usize = (NEWEST - OLDEST_MINOR + 1) as usize;
    static CELLS: [OnceLock<Result<StdGraph, DataError>>; N] = [const { OnceLock::new() }; N];
    CELLS[(minor - OLDEST_MINOR) as usize].get_or_init(|| build(minor))
}

/// The standard library of Go 1.`minor` (1.21 to 1.27).
pub fn std_graph(minor: u32) -> Result<&'static StdGraph, GodebugError> {
    if !(OLDEST_MINOR..=NEWEST).contains(&minor) {
        return Err(GodebugError::NoTable { minor });
    }
    graph_cell(minor)
        .as_ref()
        .map_err(|e| GodebugError::Data(e.clone()))
}
