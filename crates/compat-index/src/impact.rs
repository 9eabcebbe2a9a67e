//! `compat impact`: who breaks if a provider changes, over the index.
//!
//! For a candidate (`--provider SONAME=CANDIDATE`), each consumer the index
//! records as binding the provider is loaded again by compat-ld with the
//! candidate in the provider's place (`--lib SONAME=CANDIDATE`, each file on
//! its own as `ldd -r` does), and its cell is the highest severity of:
//! - the loader's findings about the consumer itself that the change causes:
//!   a version it needs from the provider that the candidate lacks
//!   (`impact-version-missing`), a symbol it binds to the provider that no
//!   longer binds (`impact-symbol-missing`), an object it copies whose size
//!   changed (`impact-copy-relocation-size`);
//! - the type findings of `abi diff PROVIDER CANDIDATE` (compat-abi and
//!   compat-dwarf, when both sides have debug information) whose root cause
//!   reaches a function or variable the consumer binds to the provider
//!   (`impact-type-changed`).
//!
//! Failures that were there before the change (a reference bound to nothing
//! in the index) are not the change's, so only references the index binds
//! to the provider count. `none`: the consumer loads the provider but binds
//! nothing of it. With `--drop-version V` nothing is loaded: the answer is
//! the index's version needs alone.

use std::collections::{BTreeSet, HashMap, HashSet};
use std::path::{Path, PathBuf};

use compat_abi::{compare, CompareOptions};
use compat_ld::{provides, Checker, LibOverride, LoaderConfig, Object};
use compat_report::impact::{ImpactMatrix, ImpactRow};
use compat_report::{Finding, Report, Severity, Subject};
use rayon::prelude::*;

use crate::error::IndexError;
use crate::query::{self, Consumer};
use crate::schema;

/// The `abi diff` rules that are type findings (a data file).
const TYPE_RULES: &str = include_str!("type-rules.txt");

/// What changes in the provider.
#[derive(Debug, Clone, Copy)]
pub enum Change<'a> {
    /// The provider is replaced by this file.
    Candidate(&'a Path),
    /// The provider stops defining this version.
    DropVersion(&'a str),
}

/// Whether type findings take part.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Types {
    /// When both the provider and the candidate have debug information.
    #[default]
    Auto,
    /// Always: a side without debug information is an error (`--dwarf`).
    Require,
    /// Never.
    Off,
}

/// The question.
#[derive(Debug, Clone, Copy)]
pub struct ImpactOptions<'a> {
    /// The index file.
    pub index: &'a Path,
    /// The provider's SONAME.
    pub provider: &'a str,
    /// The change.
    pub change: Change<'a>,
    /// Type findings.
    pub types: Types,
}

/// Parses `SONAME=CANDIDATE` (or `SONAME` alone when `candidate_required` is false).
pub fn parse_provider(
    value: &str,
    candidate_required: bool,
) -> Result<(String, Option<PathBuf>), IndexError> {
    let bad = |why| IndexError::BadProvider {
        value: value.to_owned(),
        why,
    };
    match value.split_once('=') {
        Some((s, c)) if !s.is_empty() && !s.contains('/') && !c.is_empty() => {
            Ok((s.to_owned(), Some(PathBuf::from(c))))
        }
        Some(_) => Err(bad(
            "expected SONAME=CANDIDATE (a SONAME such as libc.so.6, then a file)",
        )),
        None if value.is_empty() || value.contains('/') => {
            Err(bad("expected a SONAME such as libc.so.6"))
        }
        None if candidate_required => Err(bad(
            "expected SONAME=CANDIDATE; a SONAME alone goes with --drop-version",
        )),
        None => Ok((value.to_owned(), None)),
    }
}

/// One consumer's cell and findings.
struct Cell {
    findings: Vec<Finding>,
    error: Option<String>,
}

/// Answers the question: the report (findings per consumer) with the matrix
/// (the command-specific key `impact`). Errors of the index itself are
/// returned; a consumer that cannot be analysed is an error of the report.
pub fn impact(opts: &ImpactOptions<'_>) -> Result<Report, IndexError> {
    let conn = schema::open_for_read(opts.index)?;
    let change = match opts.change {
        Change::Candidate(c) => c.display().to_string(),
        Change::DropVersion(v) => format!("drop version {v}"),
    };
    let mut report = Report::new(
        "impact",
        vec![
            opts.index.display().to_string(),
            opts.provider.to_owned(),
            change.clone(),
        ],
    );
    let (rows, cells) = match opts.change {
        Change::DropVersion(v) => drop_version(&conn, opts, v)?,
        Change::Candidate(candidate) => {
            let consumers = query::consumers(&conn, opts.index, opts.provider)?;
            let mut cells = loader_cells(&consumers, opts.provider, candidate)?;
            if opts.types != Types::Off {
                type_cells(&consumers, opts, candidate, &mut cells, &mut report);
            }
            let rows = consumers
                .iter()
                .map(|c| (c.path.clone(), c.bound.len()))
                .collect();
            (rows, cells)
        }
    };
    let mut matrix = ImpactMatrix {
        provider: opts.provider.to_owned(),
        change,
        rows: Vec::with_capacity(rows.len()),
    };
    for ((path, bound), cell) in rows.into_iter().zip(cells) {
        let rules: BTreeSet<String> = cell.findings.iter().map(|f| f.rule.clone()).collect();
        let worst = cell.findings.iter().map(|f| f.severity).min();
        let label = match (&cell.error, worst) {
            (Some(_), _) => "error",
            (None, Some(s)) => s.as_str(),
            (None, None) if bound == 0 => "none",
            (None, None) => "ok",
        };
        matrix.rows.push(ImpactRow {
            consumer: path.clone(),
            cell: label.to_owned(),
            bound,
            findings: cell.findings.len(),
            rules: rules.into_iter().collect(),
            waivers: Vec::new(),
        });
        if let Some(e) = cell.error {
            report.error(path, e);
        }
        report.findings.extend(cell.findings);
    }
    matrix.store(&mut report);
    Ok(report)
}

/// `--drop-version V`: the version needs of the index alone.
#[allow(clippy::type_complexity)]
fn drop_version(
    conn: &rusqlite::Connection,
    opts: &ImpactOptions<'_>,
    version: &str,
) -> Result<(Vec<(String, usize)>, Vec<Cell>), IndexError> {
    let users = query::version_users(conn, opts.index, opts.provider, version)?;
    let mut rows = Vec::with_capacity(users.len());
    let mut cells = Vec::with_capacity(users.len());
    for u in users {
        let mut f = Finding::new(
            "impact-version-missing",
            format!(
                "{} needs {version} from {}{}; without it ld.so {}",
                u.path,
                opts.provider,
                symbols_clause(&u.symbols),
                if u.weak {
                    "only warns (a weak need)"
                } else {
                    "refuses to start it"
                }
            ),
            Subject {
                file: Some(u.path.clone()),
                object: Some(u.path.clone()),
                library: Some(opts.provider.to_owned()),
                version: Some(version.to_owned()),
                symbols: u.symbols.clone(),
                ..Subject::default()
            },
        );
        if u.weak {
            f.set_severity(Severity::Warning);
        }
        rows.push((u.path, u.symbols.len()));
        cells.push(Cell {
            findings: vec![f],
            error: None,
        });
    }
    Ok((rows, cells))
}

/// ` (1 symbol: a)`, ` (4 symbols: a, b, c, …)`, or nothing.
fn symbols_clause(symbols: &[String]) -> String {
    if symbols.is_empty() {
        return String::new();
    }
    let shown: Vec<&str> = symbols.iter().take(3).map(String::as_str).collect();
    let more = if symbols.len() > 3 { ", …" } else { "" };
    format!(
        " ({}: {}{more})",
        compat_report::render::count(symbols.len(), "symbol", "symbols"),
        shown.join(", ")
    )
}

/// The loader check of every consumer with the candidate substituted.
fn loader_cells(
    consumers: &[Consumer],
    soname: &str,
    candidate: &Path,
) -> Result<Vec<Cell>, IndexError> {
    let checker = Checker::new(LoaderConfig {
        overrides: vec![LibOverride::ByName(
            soname.to_owned(),
            candidate.to_path_buf(),
        )],
        standalone: true,
        ..LoaderConfig::default()
    })?;
    let shown_candidate = candidate.display().to_string();
    // What a consumer binds through its host is looked up in the candidate
    // itself (the consumer's own load does not load the provider).
    let loaded = checker.load(candidate, &shown_candidate);
    let replacement = loaded.main().map(|o| &**o);
    let cells = consumers
        .par_iter()
        .map(|c| loader_cell(&checker, c, soname, &shown_candidate, replacement))
        .collect();
    // Parsed objects are dropped with the checker, after the parallel work.
    drop(checker);
    Ok(cells)
}

fn loader_cell(
    checker: &Checker,
    c: &Consumer,
    soname: &str,
    candidate: &str,
    replacement: Option<&Object>,
) -> Cell {
    let mut cell = Cell {
        findings: Vec::new(),
        error: None,
    };
    if c.bound.is_empty() {
        return cell;
    }
    let outcome = checker.check(Path::new(&c.path), &c.path);
    if let Some(e) = outcome.error {
        cell.error = Some(e);
        return cell;
    }
    let bound: HashSet<(&str, Option<&str>)> = c
        .bound
        .iter()
        .map(|b| (b.name.as_str(), b.version.as_deref()))
        .collect();
    let copies: HashSet<&str> = c
        .bound
        .iter()
        .filter(|b| b.copy)
        .map(|b| b.name.as_str())
        .collect();
    // A symbol whose version is missing is listed by the version's finding.
    let missing_versions: HashSet<String> = outcome
        .findings
        .iter()
        .filter(|f| f.rule == "ld-version-not-found" || f.rule == "ld-weak-version-not-found")
        .filter(|f| f.subject.object.as_deref() == Some(c.path.as_str()))
        .filter(|f| f.subject.library.as_deref() == Some(soname))
        .filter_map(|f| f.subject.version.clone())
        .collect();
    // Bound through the consumer's host: unresolved in its own load
    // whatever the candidate, judged against the candidate below.
    let mut hosted: Vec<&str> = c
        .bound
        .iter()
        .filter(|b| b.host)
        .map(|b| b.name.as_str())
        .collect();
    hosted.sort_unstable();
    hosted.dedup();
    for f in outcome.findings {
        let s = &f.subject;
        if s.object.as_deref() != Some(c.path.as_str()) {
            continue;
        }
        if f.rule == "ld-symbol-unresolved"
            && s.version.is_none()
            && s.symbol
                .as_deref()
                .is_some_and(|n| hosted.binary_search(&n).is_ok())
        {
            continue;
        }
        if f.rule == "ld-symbol-unresolved"
            && s.version
                .as_ref()
                .is_some_and(|v| missing_versions.contains(v))
        {
            continue;
        }
        let group = f.group.as_ref().map(|g| format!("impact|{g}"));
        let subject = Subject {
            file: Some(c.path.clone()),
            object: Some(c.path.clone()),
            library: Some(soname.to_owned()),
            old_file: c.bound.first().map(|b| b.provider_path.clone()),
            new_file: Some(candidate.to_owned()),
            symbol: s.symbol.clone(),
            version: s.version.clone(),
            symbols: s.symbols.clone(),
            old_value: s.old_value.clone(),
            new_value: s.new_value.clone(),
            ..Subject::default()
        };
        let mapped = match f.rule.as_str() {
            "ld-version-not-found" | "ld-weak-version-not-found"
                if s.library.as_deref() == Some(soname) =>
            {
                let v = s.version.as_deref().unwrap_or("?");
                let mut n = Finding::new(
                    "impact-version-missing",
                    format!(
                        "{} needs {v} from {soname}{}, and the candidate {candidate} does not define it; ld.so {}",
                        c.path,
                        symbols_clause(&s.symbols),
                        if f.rule == "ld-weak-version-not-found" {
                            "only warns (a weak need)"
                        } else {
                            "refuses to start it"
                        }
                    ),
                    subject,
                );
                if f.rule == "ld-weak-version-not-found" {
                    n.set_severity(Severity::Warning);
                }
                n
            }
            "ld-symbol-unresolved"
                if s.symbol.as_deref().is_some_and(|n| {
                    bound.contains(&(n, s.version.as_deref())) || copies.contains(n)
                }) =>
            {
                let name = s.symbol.as_deref().unwrap_or("?");
                let at = s.version.as_deref().map(|v| format!("@{v}")).unwrap_or_default();
                Finding::new(
                    "impact-symbol-missing",
                    format!(
                        "{} binds {name}{at} to {soname}, and the candidate {candidate} does not define it: \"undefined symbol: {name}\"",
                        c.path
                    ),
                    subject,
                )
            }
            "ld-copy-relocation-size"
                if s.symbol.as_deref().is_some_and(|n| copies.contains(n)) =>
            {
                Finding::new(
                    "impact-copy-relocation-size",
                    format!(
                        "{} copies {} ({} bytes at link time) but the candidate {candidate} defines it with {} bytes",
                        c.path,
                        s.symbol.as_deref().unwrap_or("?"),
                        s.old_value.as_deref().unwrap_or("?"),
                        s.new_value.as_deref().unwrap_or("?")
                    ),
                    subject,
                )
            }
            _ => continue,
        };
        cell.findings.push(match group {
            Some(g) => mapped.with_group(g),
            None => mapped,
        });
    }
    for name in hosted {
        if replacement.is_some_and(|o| provides(o, name)) {
            continue;
        }
        let old_file = c
            .bound
            .iter()
            .find(|b| b.host && b.name == name)
            .map(|b| b.provider_path.clone());
        cell.findings.push(
            Finding::new(
                "impact-symbol-missing",
                format!(
                    "{} binds {name} to {soname} through its host, and the candidate {candidate} does not define it: \"undefined symbol: {name}\"",
                    c.path
                ),
                Subject {
                    file: Some(c.path.clone()),
                    object: Some(c.path.clone()),
                    library: Some(soname.to_owned()),
                    old_file,
                    new_file: Some(candidate.to_owned()),
                    symbol: Some(name.to_owned()),
                    ..Subject::default()
                },
            )
            .with_group(format!("impact|{}|host|{soname}", c.path)),
        );
    }
    cell
}

/// Adds the type findings of `abi diff PROVIDER CANDIDATE` that reach what
/// each consumer binds.
fn type_cells(
    consumers: &[Consumer],
    opts: &ImpactOptions<'_>,
    candidate: &Path,
    cells: &mut [Cell],
    report: &mut Report,
) {
    let type_rules: HashSet<&str> = TYPE_RULES
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect();
    // One diff per provider file the consumers bind (usually one).
    let providers: BTreeSet<&str> = consumers
        .iter()
        .flat_map(|c| c.bound.iter().map(|b| b.provider_path.as_str()))
        .collect();
    let mut diffs: HashMap<&str, Vec<Finding>> = HashMap::new();
    for old in providers {
        let r = compare(Path::new(old), candidate, &CompareOptions::default());
        if let Some(e) = r.errors.first() {
            let msg = format!(
                "type findings of {old} against the candidate not computed: {}: {}",
                e.file, e.message
            );
            if opts.types == Types::Require {
                report.error(candidate.display().to_string(), msg);
            } else {
                report.notes.push(msg);
            }
            continue;
        }
        if let Some(n) = r
            .notes
            .iter()
            .find(|n| n.starts_with("symbol-level comparison"))
        {
            let msg = format!("type findings of {old} against the candidate: {n}");
            if opts.types == Types::Require {
                report.error(candidate.display().to_string(), msg);
            } else {
                report.notes.push(msg);
            }
            continue;
        }
        let found: Vec<Finding> = r
            .findings
            .into_iter()
            .filter(|f| type_rules.contains(f.rule.as_str()))
            .collect();
        diffs.insert(old, found);
    }
    for (c, cell) in consumers.iter().zip(cells.iter_mut()) {
        if cell.error.is_some() {
            continue;
        }
        let mut names_by_provider: HashMap<&str, HashSet<&str>> = HashMap::new();
        for b in &c.bound {
            names_by_provider
                .entry(b.provider_path.as_str())
                .or_default()
                .insert(b.name.as_str());
        }
        for (old, names) in names_by_provider {
            for tf in diffs.get(old).into_iter().flatten() {
                let mut reached: Vec<String> = tf
                    .subject
                    .symbol
                    .iter()
                    .chain(&tf.subject.symbols)
                    .filter(|s| names.contains(s.as_str()))
                    .cloned()
                    .collect();
                reached.sort();
                reached.dedup();
                if reached.is_empty() {
                    continue;
                }
                let mut f = Finding::new(
                    "impact-type-changed",
                    format!(
                        "{} binds {} to {}, which the change {} reaches: {}",
                        c.path,
                        reached.join(", "),
                        opts.provider,
                        tf.rule,
                        tf.message
                    ),
                    Subject {
                        file: Some(c.path.clone()),
                        object: Some(c.path.clone()),
                        library: Some(opts.provider.to_owned()),
                        old_file: Some(old.to_owned()),
                        new_file: Some(candidate.display().to_string()),
                        type_name: tf.subject.type_name.clone(),
                        member: tf.subject.member.clone(),
                        old_value: tf.subject.old_value.clone(),
                        new_value: tf.subject.new_value.clone(),
                        symbols: reached,
                        ..Subject::default()
                    },
                );
                if tf.severity > f.severity {
                    f.set_severity(tf.severity);
                }
                let cause = tf.group.clone().unwrap_or_else(|| tf.rule.clone());
                cell.findings
                    .push(f.with_group(format!("impact|{}|type|{cause}", c.path)));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::symbols_clause;

    #[test]
    fn the_symbols_clause_counts_in_words() {
        let names = |n: usize| (0..n).map(|i| format!("s{i}")).collect::<Vec<_>>();
        assert_eq!(symbols_clause(&names(0)), "");
        assert_eq!(symbols_clause(&names(1)), " (1 symbol: s0)");
        assert_eq!(symbols_clause(&names(4)), " (4 symbols: s0, s1, s2, …)");
    }
}
