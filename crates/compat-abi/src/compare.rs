//! `abi diff` as a library call: two versions of a library, each an ELF file
//! or a dump, compared by symbols ([`crate::diff`]) and, where both sides
//! carry type information, by types ([`compat_dwarf::diff`]), into one
//! [`Report`] with its verdict. `compat abi diff` and `compat check` both
//! call [`compare`].

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::path::Path;

use compat_dwarf::{dump_types, read_file_types, TypeInfo};
use compat_elf::{load_abi, ElfAbi, ReadOptions};
use compat_report::check::InterfaceChange;
use compat_report::render::count;
use compat_report::Report;

use crate::interface::interface_change;
use crate::{diff_with_providers, verdict_if_public, verdict_of, DiffInputs, Provider};

/// What [`compare`] reads besides the two inputs.
#[derive(Default)]
pub struct CompareOptions<'a> {
    /// Directory of separate debug files (`None`: the default directory).
    pub debug_dir: Option<&'a Path>,
    /// Public headers of the old version.
    pub old_headers: Option<&'a Path>,
    /// Public headers of the new version.
    pub new_headers: Option<&'a Path>,
    /// Compare symbols only, ignoring type information.
    pub no_types: bool,
    /// Names of the inputs in the report (default: the paths as given), so a
    /// baseline read from git shows as `git:REF:PATH`, not a temporary file.
    pub old_name: Option<&'a str>,
    /// See [`CompareOptions::old_name`].
    pub new_name: Option<&'a str>,
    /// Called after the old side is read and dropped, before the new one is
    /// read (the binary returns freed memory to the system here).
    pub between_sides: Option<&'a dyn Fn()>,
    /// Finds the libraries the new side (its path and ABI) loads, to judge
    /// a newly needed version by its provider's version definitions
    /// ([`crate::diff_with_providers`]); `None`: the table of base versions
    /// judges.
    pub providers: Option<&'a FindProviders<'a>>,
}

/// Finds the libraries the new side (its path and ABI) loads
/// ([`CompareOptions::providers`]).
pub type FindProviders<'a> = dyn Fn(&Path, &ElfAbi) -> Vec<Provider> + 'a;

/// One side: its symbols, its types (an error is kept for the report) and notes.
type Side = (ElfAbi, Result<Option<TypeInfo>, String>, Vec<String>);

/// A comparison with the facts of the two sides a caller may need besides
/// the findings (so nothing is read twice).
#[derive(Debug)]
pub struct Comparison {
    /// The report of [`compare`].
    pub report: Report,
    /// The SONAMEs of the old and new side (`None` when a side could not be read).
    pub sonames: Option<(Option<String>, Option<String>)>,
    /// The names of the symbols the new side defines (shared with the
    /// parsed file: no name is copied).
    pub new_symbols: BTreeSet<std::sync::Arc<str>>,
    /// What became of the old side's exported functions and variables
    /// (`None` when a side could not be read).
    pub interface: Option<InterfaceChange>,
}

/// Compares `old` with `new`. Inputs that cannot be read are errors in the
/// report (exit status 2), never a panic.
pub fn compare(old: &Path, new: &Path, opts: &CompareOptions<'_>) -> Report {
    compare_full(old, new, opts).report
}

/// [`compare`], also returning the facts of [`Comparison`].
pub fn compare_full(old: &Path, new: &Path, opts: &CompareOptions<'_>) -> Comparison {
    let o = opts
        .old_name
        .map_or_else(|| old.display().to_string(), str::to_owned);
    let n = opts
        .new_name
        .map_or_else(|| new.display().to_string(), str::to_owned);
    let mut report = Report::new("abi diff", vec![o.clone(), n.clone()]);
    // One side after the other: each reader already uses every core (units in
    // parallel), and the first file's pages are unmapped before the second is
    // read, so peak memory is one input's DWARF, not both.
    let a = load(old, opts, opts.old_headers);
    if let Some(f) = opts.between_sides {
        f();
    }
    let b = load(new, opts, opts.new_headers);
    let ((a, ta, an), (b, tb, bn)) = match (a, b) {
        (Ok(a), Ok(b)) => (a, b),
        (a, b) => {
            if let Err(e) = a {
                report.error(o.clone(), e);
            }
            if let Err(e) = b {
                report.error(n.clone(), e);
            }
            return Comparison {
                report,
                sonames: None,
                new_symbols: BTreeSet::new(),
                interface: None,
            };
        }
    };
    let sonames = Some((a.soname.clone(), b.soname.clone()));
    let new_symbols = b.symbols.iter().map(|s| s.name.clone()).collect();
    let private_classes = private_classes(&a, &b, &ta, &tb);
    let d = diff_with_providers(
        &a,
        &b,
        &DiffInputs {
            old_file: &o,
            new_file: &n,
            private_classes: &private_classes,
        },
        &|| opts.providers.map_or_else(Vec::new, |find| find(new, &b)),
    );
    report.findings = d.findings;
    report.notes.extend(an);
    report.notes.extend(bn);
    match (ta, tb) {
        (Ok(Some(ta)), Ok(Some(tb))) => {
            report
                .findings
                .extend(compat_dwarf::diff(&ta, &tb, (&o, &n)));
            report.notes.extend(one_sided_types(&a, &b, &ta, &tb));
        }
        (Ok(_), Ok(_)) if opts.no_types => {
            report
                .notes
                .push("symbol-level comparison (--no-types)".into());
        }
        (Ok(ta), Ok(tb)) => {
            let missing: Vec<&str> = [(ta.is_none(), &o), (tb.is_none(), &n)]
                .into_iter()
                .filter(|(none, _)| *none)
                .map(|(_, name)| name.as_str())
                .collect();
            report.notes.push(format!(
                "symbol-level comparison: no debug information in {}",
                missing.join(" and ")
            ));
        }
        (Err(e), _) => report.error(o.clone(), e),
        (_, Err(e)) => report.error(n.clone(), e),
    }
    shown_names(&mut report);
    report.verdict = Some(verdict_of(&report.findings));
    report.verdict_if_public = verdict_if_public(&report.findings);
    let interface = Some(interface_change(&a, &b, &report.findings));
    Comparison {
        report,
        sonames,
        new_symbols,
        interface,
    }
}

/// The demangled names text and Markdown show for the C++ and Rust
/// symbols of the findings' `symbols` lists ([`Report::shown_names`]):
/// `abi diff`'s, and `compat check`'s, which gathers several comparisons'
/// findings into one report.
pub fn shown_names(report: &mut Report) {
    for f in &report.findings {
        for s in &f.subject.symbols {
            if s.starts_with("_Z") || s.starts_with("_R") {
                if let Some(d) = compat_elf::demangle(s) {
                    report.shown_names.entry(s.clone()).or_insert(d);
                }
            }
        }
    }
}

/// Loads one side.
fn load(path: &Path, opts: &CompareOptions<'_>, headers: Option<&Path>) -> Result<Side, String> {
    let abi =
        load_abi(path, ReadOptions::default()).map_err(|e| strip_path(&e.to_string(), path))?;
    if opts.no_types {
        return Ok((abi, Ok(None), Vec::new()));
    }
    let read = read_file_types(path, &abi, opts.debug_dir, headers)
        .map_err(|e| format!("debug information: {}", strip_path(&e.to_string(), path)))?;
    let info = match read.info {
        Some(info) => Ok(Some(info)),
        None => dump_types(&abi).map_err(|e| e.to_string()),
    };
    Ok((abi, info, read.notes))
}

/// Classes the type information shows no consumer can name, which informs
/// the symbol-level judgement of vtable sizes; computed only when some
/// vtable changed size.
fn private_classes(
    a: &ElfAbi,
    b: &ElfAbi,
    ta: &Result<Option<TypeInfo>, String>,
    tb: &Result<Option<TypeInfo>, String>,
) -> HashSet<String> {
    let new_vtables: HashMap<&str, u64> = b
        .symbols
        .iter()
        .filter(|n| n.name.starts_with("_ZTV"))
        .map(|n| (&*n.name, n.size))
        .collect();
    let vtable_resized = a.symbols.iter().any(|o| {
        o.name.starts_with("_ZTV")
            && new_vtables
                .get(&*o.name)
                .is_some_and(|&size| size != o.size)
    });
    match (ta, tb) {
        (Ok(Some(ta)), Ok(Some(tb))) if vtable_resized => {
            compat_dwarf::private_vtable_classes(ta, tb)
        }
        _ => HashSet::new(),
    }
}

/// `msg` without a leading `FILE: ` (the report names the file already).
pub fn strip_path(msg: &str, file: &Path) -> String {
    let prefix = format!("{}: ", file.display());
    msg.strip_prefix(&prefix).unwrap_or(msg).to_owned()
}

/// Notes for symbols exported by both versions whose type information is in
/// one version only (a file built partly without `-g`, assembler sources, a
/// function whose debug information was dropped): their signatures are not
/// compared, and the report says so instead of staying silent.
fn one_sided_types(a: &ElfAbi, b: &ElfAbi, ta: &TypeInfo, tb: &TypeInfo) -> Vec<String> {
    let names = |abi: &ElfAbi| -> BTreeSet<String> {
        abi.symbols.iter().map(|s| s.name.to_string()).collect()
    };
    let both: BTreeSet<String> = names(a).intersection(&names(b)).cloned().collect();
    let typed = |t: &TypeInfo| -> BTreeSet<String> {
        t.functions
            .keys()
            .chain(t.variables.keys())
            .filter(|k| both.contains(*k))
            .cloned()
            .collect()
    };
    let (old_typed, new_typed) = (typed(ta), typed(tb));
    [
        (old_typed.difference(&new_typed).collect::<Vec<_>>(), "old"),
        (new_typed.difference(&old_typed).collect(), "new"),
    ]
    .into_iter()
    .filter(|(names, _)| !names.is_empty())
    .map(|(names, side)| one_sided_note(&names, side))
    .collect()
}

/// `2 symbols exported by both versions have debug information only in the
/// old one, so their types are not compared: f, g` (up to eight names). C++
/// symbols read demangled, as symbol lists show them, each name once: a
/// constructor's two variants are `io::Stream::Stream() (2 symbols)`.
fn one_sided_note(names: &[&String], side: &str) -> String {
    const NAMED: usize = 8;
    let mut shown: Vec<(String, usize)> = Vec::new();
    let mut at: BTreeMap<String, usize> = BTreeMap::new();
    for name in names {
        let d = compat_elf::demangle(name).unwrap_or_else(|| (*name).clone());
        match at.get(&d) {
            Some(&i) => shown[i].1 += 1,
            None => {
                at.insert(d.clone(), shown.len());
                shown.push((d, 1));
            }
        }
    }
    let mut list = shown
        .iter()
        .take(NAMED)
        .map(|(name, n)| match n {
            1 => name.clone(),
            _ => format!("{name} ({})", count(*n, "symbol", "symbols")),
        })
        .collect::<Vec<_>>()
        .join(", ");
    let more: usize = shown.iter().skip(NAMED).map(|(_, n)| n).sum();
    if more > 0 {
        list.push_str(&format!(" and {more} more"));
    }
    let (have, their_types, are) = if names.len() == 1 {
        ("has", "its type", "is")
    } else {
        ("have", "their types", "are")
    };
    format!(
        "{} exported by both versions {have} debug information only in the {side} one, so {their_types} {are} not compared: {list}",
        count(names.len(), "symbol", "symbols")
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_sided_notes_agree_with_their_count() {
        let (f, g) = ("f".to_owned(), "g".to_owned());
        assert_eq!(
            one_sided_note(&[&g], "old"),
            "1 symbol exported by both versions has debug information only in the old one, so its type is not compared: g"
        );
        assert_eq!(
            one_sided_note(&[&f, &g], "new"),
            "2 symbols exported by both versions have debug information only in the new one, so their types are not compared: f, g"
        );
        let many: Vec<String> = (0..10).map(|i| format!("s{i}")).collect();
        let refs: Vec<&String> = many.iter().collect();
        assert!(one_sided_note(&refs, "old").ends_with("s7 and 2 more"));
    }

    #[test]
    fn one_sided_notes_read_cxx_symbols_demangled_once() {
        let names: Vec<String> = [
            "_ZN2io6StreamC1Ev",
            "_ZN2io6StreamC2Ev",
            "_ZN2io6StreamD1Ev",
        ]
        .map(String::from)
        .to_vec();
        let refs: Vec<&String> = names.iter().collect();
        assert!(
            one_sided_note(&refs, "old").starts_with("3 symbols exported by both versions")
                && one_sided_note(&refs, "old")
                    .ends_with(": io::Stream::Stream() (2 symbols), io::Stream::~Stream()"),
            "{}",
            one_sided_note(&refs, "old")
        );
    }
}
