//! A whole scan: every file checked, then each shared library judged in the
//! context of the files of the scan that load it or could host it.
//!
//! `ldd -r` and [`Checker::check`] look at one file at a time. A shared library
//! is never started, though: it is loaded by a program (or another library),
//! and its references bind in that process's global scope, its NEEDED entries
//! are found through that process's RPATH/RUNPATH and the objects it loaded
//! already. Plugins (perl XS modules, `tc` and PackageKit backends,
//! `libthread_db`) leave on purpose undefined what the program that `dlopen`s
//! them exports. So, unless [`LoaderConfig::standalone`](crate::LoaderConfig)
//! is set:
//!
//! - programs (ET_EXEC, or a PT_INTERP) are checked on their own, as ld.so
//!   starts them: everything they report stays;
//! - a shared library that a file of the scan loads (through DT_NEEDED, at any
//!   depth) is checked by that file's check, in its load set: its own
//!   context-dependent findings (an unversioned reference its own dependencies
//!   leave undefined, a NEEDED library the standalone search misses) are
//!   dropped, because the loader's check reports them if they fail there;
//! - a shared library nothing in the scan loads is checked again with the
//!   scan's libraries as the last place to find a NEEDED library
//!   (`ld-library-loader-path`, a warning: only a loader's RPATH/RUNPATH finds
//!   it); a NEEDED library absent from the scan stays `ld-library-not-found`;
//! - its remaining unversioned undefined references are one finding: `info`
//!   (`ld-host-symbol-provided`) naming the file of the scan whose global scope
//!   (the file and what it loads) defines them all, `warning`
//!   (`ld-host-symbol-unresolved`) when no file does;
//! - what holds in every context stays as it is, breaking where it was: a
//!   version the library found lacks, a versioned reference that version does
//!   not define, an invalid library, a copy relocation.

use foldhash::{HashMap, HashSet};
use std::cmp::Reverse;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use compat_elf::{ElfAbi, FileKind, UndefinedSymbol};
use compat_report::render::count;
use compat_report::{Finding, Subject};
use rayon::prelude::*;

use crate::bind::{lookup_in, CheckOutcome, Checker, Fallback, Scope};
use crate::objects::Object;

/// How many symbol names a host finding's message lists before "…".
const NAMES_SHOWN: usize = 3;

/// The result of [`Checker::check_scan`].
#[derive(Debug, Default)]
pub struct Scan {
    /// One outcome per file, in the order given.
    pub outcomes: Vec<CheckOutcome>,
    /// Shared libraries whose context-dependent findings were left to the
    /// check of the files of the scan that load them.
    pub in_context: usize,
    /// Shared libraries nothing in the scan loads that were checked against
    /// the scan (its libraries, its possible hosts).
    pub hosted: usize,
    /// Per outcome, how it was judged: [`Judged::InContext`] and
    /// [`Judged::Hosted`] are the files [`Scan::in_context`] and
    /// [`Scan::hosted`] count.
    pub judged: Vec<Judged>,
}

/// How [`Checker::check_scan`] judged one file.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Judged {
    /// On its own, as `ldd -r` does: a program, a file whose findings no
    /// context changes, or every file with `standalone`.
    #[default]
    OnItsOwn,
    /// A shared library whose context-dependent findings were left to the
    /// check of the files of the scan that load it.
    InContext,
    /// A shared library nothing in the scan loads, checked against the scan
    /// (its libraries, its possible hosts).
    Hosted,
}

/// A program: what ld.so starts (ET_EXEC, or anything with an interpreter).
pub fn is_program(abi: &ElfAbi) -> bool {
    abi.interpreter.is_some() || matches!(abi.file_type, FileKind::Executable | FileKind::Pie)
}

fn compatible(a: &ElfAbi, b: &ElfAbi) -> bool {
    a.class == b.class && a.e_machine == b.e_machine && a.endian == b.endian
}

/// An unversioned reference to `name`, to ask [`lookup_in`] whether an object
/// would satisfy a plugin's reference.
fn reference(name: &str) -> UndefinedSymbol {
    UndefinedSymbol {
        name: name.into(),
        demangled: None,
        version: None,
        version_file: None,
        weak: false,
        kind: compat_elf::SymbolKind::Notype,
        relocations: Vec::new(),
        version_hidden: false,
        version_hash: 0,
    }
}

impl Checker {
    /// Checks every file (in parallel), then, unless the configuration says
    /// `standalone`, judges each shared library in the context of the scan
    /// (see the [module documentation](self)). `files` are paths with how
    /// findings name them.
    pub fn check_scan(&self, files: &[(PathBuf, String)]) -> Scan {
        let outcomes: Vec<CheckOutcome> = files
            .par_iter()
            .map(|(path, shown)| self.check(path, shown))
            .collect();
        let mut scan = Scan {
            judged: vec![Judged::OnItsOwn; outcomes.len()],
            outcomes,
            ..Scan::default()
        };
        if self.standalone {
            return scan;
        }
        let outcomes = &scan.outcomes;
        let main = |i: usize| outcomes[i].load.first();
        let program: Vec<bool> = (0..outcomes.len())
            .map(|i| main(i).is_some_and(|m| is_program(&m.abi)))
            .collect();

        // Which libraries of the scan another file of the scan loads.
        let mut loaded_by_other: HashSet<usize> = HashSet::default();
        for o in outcomes {
            if let Some((m, deps)) = o.load.split_first() {
                loaded_by_other.extend(deps.iter().map(|d| d.id).filter(|&d| d != m.id));
            }
        }
        // Everything the roots (programs, libraries nothing else loads) load
        // is bound in their checks; load sets are closed under NEEDED, so
        // this covers every depth.
        let mut covered: HashSet<usize> = HashSet::default();
        for (i, o) in outcomes.iter().enumerate() {
            if let Some((m, deps)) = o.load.split_first() {
                if program[i] || !loaded_by_other.contains(&m.id) {
                    covered.extend(deps.iter().map(|d| d.id).filter(|&d| d != m.id));
                }
            }
        }

        let mut hosted: Vec<usize> = Vec::new();
        for (i, o) in scan.outcomes.iter_mut().enumerate() {
            if program[i] || o.load.is_empty() || o.scopes.iter().all(|s| *s == Scope::Fixed) {
                continue;
            }
            if covered.contains(&o.load[0].id) {
                keep_fixed(o);
                scan.in_context += 1;
                scan.judged[i] = Judged::InContext;
            } else {
                hosted.push(i);
                scan.judged[i] = Judged::Hosted;
            }
        }
        scan.hosted = hosted.len();
        if hosted.is_empty() {
            return scan;
        }

        // NEEDED libraries the standalone search misses: look in the scan.
        let recheck: Vec<usize> = hosted
            .iter()
            .copied()
            .filter(|&i| scan.outcomes[i].scopes.contains(&Scope::Loader))
            .collect();
        if !recheck.is_empty() {
            let mut fallback = Fallback::default();
            for (i, o) in scan.outcomes.iter().enumerate() {
                let Some(m) = o.load.first() else { continue };
                if program[i] {
                    continue;
                }
                let path = &files[i].0;
                if let Some(name) = path.file_name().and_then(|n| n.to_str()) {
                    fallback
                        .entry(name.to_owned())
                        .or_insert_with(|| path.clone());
                }
                if let Some(soname) = &m.abi.soname {
                    fallback
                        .entry(soname.clone())
                        .or_insert_with(|| path.clone());
                }
            }
            let again: Vec<CheckOutcome> = recheck
                .par_iter()
                .map(|&i| self.check_with(&files[i].0, &files[i].1, Some(&fallback)))
                .collect();
            for (i, o) in recheck.iter().zip(again) {
                scan.outcomes[*i] = o;
            }
        }

        // Hosts: the files of the scan whose global scope defines what the
        // libraries leave undefined.
        let wanted: HashSet<&str> = hosted
            .iter()
            .flat_map(|&i| host_names(&scan.outcomes[i]))
            .collect();
        let definers = definers(&scan.outcomes, &wanted);
        let hosts_of = hosts_of(&scan.outcomes, &definers.1);
        let mut replaced: Vec<(usize, Finding)> = Vec::new();
        for &i in &hosted {
            let o = &scan.outcomes[i];
            let mut names: Vec<&str> = host_names(o).collect();
            names.sort_unstable();
            names.dedup();
            if names.is_empty() {
                continue;
            }
            let me = &o.load[0];
            let score = host_scores(&scan.outcomes, &names, &definers.0, &hosts_of);
            let best = score
                .into_iter()
                .filter(|&(h, _)| {
                    let ho = &scan.outcomes[h];
                    ho.load[0].id != me.id
                        && !ho.load.iter().any(|x| x.id == me.id)
                        && compatible(&ho.load[0].abi, &me.abi)
                })
                .max_by_key(|&(h, (count, own))| (count, own, program[h], Reverse(&files[h].1)));
            let host = best.map(|(h, (count, own))| (files[h].1.as_str(), count, own));
            replaced.push((i, host_finding(&files[i].1, &names, host)));
        }
        for (i, f) in replaced {
            let o = &mut scan.outcomes[i];
            let scopes = std::mem::take(&mut o.scopes);
            let findings = std::mem::take(&mut o.findings);
            for (f, s) in findings.into_iter().zip(scopes) {
                if s != Scope::Host {
                    o.findings.push(f);
                    o.scopes.push(s);
                }
            }
            o.findings.push(f);
            o.scopes.push(Scope::Fixed);
        }
        scan
    }
}

/// Whether `obj` satisfies an unversioned reference to `name` (as it would
/// a plugin's reference its host's scope binds to it).
pub fn provides(obj: &Object, name: &str) -> bool {
    lookup_in(obj, &[], &reference(name)).is_some()
}

/// A shared library's references that only a host provides, bound in the
/// global scope of the file that hosts it (see [`hosts`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hosted {
    /// The host: an index into the outcomes given to [`hosts`].
    pub host: usize,
    /// Each reference bound (an index into the library's `abi.undefined`)
    /// with the index, in the host's [`CheckOutcome::objects`], of the object
    /// ld.so binds it to: the first in the host's load order that defines it.
    pub bindings: Vec<(usize, usize)>,
}

/// Whether the reference `u`, left undefined by the load of its own file,
/// may be provided by a host: unversioned, not weak, made by a relocation
/// (a versioned reference binds only to the library that defines its
/// version, whatever process loads it).
pub fn wants_host(u: &UndefinedSymbol) -> bool {
    u.version.is_none() && !u.weak && !u.relocations.is_empty()
}

/// The plugins' hosts among the files of one scan, for the index (`compat
/// index build`): for each outcome `i` whose `wanted[i]` (indices into its
/// main object's `abi.undefined`, the references [`wants_host`] that its own
/// load leaves undefined) is not empty, the file of `outcomes` whose global
/// scope (the file and everything it loads) defines them, chosen as
/// [`Checker::check_scan`] chooses a plugin's host: the most of them defined,
/// then the most defined by the host itself, a program before a library,
/// then the first name in `shown`. Unlike the check, a file that loads the
/// library through DT_NEEDED is a host too (a library may leave to the
/// program that links it what that program defines). A program is never
/// hosted (it is started, not loaded). A host whose scope
/// defines only some of them is taken when it defines at least half (the
/// threshold at which the check's `ld-host-symbol-unresolved` names it):
/// the references it defines are bound, as ld.so binds them when that host
/// `dlopen`s the library lazily, and the others stay unbound. `None` when no
/// file defines half of them (a host with fewer may well be the wrong one).
pub fn hosts(
    outcomes: &[CheckOutcome],
    wanted: &[Vec<usize>],
    shown: &[&str],
) -> Vec<Option<Hosted>> {
    let mut out = vec![None; outcomes.len()];
    let undefined = |i: usize, u: usize| &outcomes[i].load[0].abi.undefined[u];
    // A program is started, not loaded by a host: what its own load leaves
    // undefined stays so (as the check leaves programs out of its hosts).
    let plugins: Vec<usize> = (0..outcomes.len())
        .filter(|&i| {
            outcomes[i]
                .load
                .first()
                .is_some_and(|m| !is_program(&m.abi))
                && wanted.get(i).is_some_and(|w| !w.is_empty())
        })
        .collect();
    if plugins.is_empty() {
        return out;
    }
    let names: HashSet<&str> = plugins
        .iter()
        .flat_map(|&i| wanted[i].iter().map(move |&u| &*undefined(i, u).name))
        .collect();
    let definers = definers(outcomes, &names);
    let hosts_of = hosts_of(outcomes, &definers.1);
    let program: Vec<bool> = outcomes
        .iter()
        .map(|o| o.load.first().is_some_and(|m| is_program(&m.abi)))
        .collect();
    for &i in &plugins {
        let me = &outcomes[i].load[0];
        let mut own_names: Vec<&str> = wanted[i].iter().map(|&u| &*undefined(i, u).name).collect();
        own_names.sort_unstable();
        own_names.dedup();
        let n = own_names.len();
        let score = host_scores(outcomes, &own_names, &definers.0, &hosts_of);
        let best = score
            .into_iter()
            .filter(|&(h, (count, _))| {
                half_or_more(count, n)
                    && outcomes[h].load[0].id != me.id
                    && compatible(&outcomes[h].load[0].abi, &me.abi)
            })
            .max_by_key(|&(h, (count, own))| (count, own, program[h], Reverse(shown[h])));
        let Some((h, _)) = best else { continue };
        let host = &outcomes[h];
        let bindings = wanted[i]
            .iter()
            .filter_map(|&u| {
                let r = undefined(i, u);
                host.load
                    .iter()
                    .zip(&host.names)
                    .position(|(t, t_names)| lookup_in(t, t_names, r).is_some())
                    .map(|k| (u, k))
            })
            .collect();
        out[i] = Some(Hosted { host: h, bindings });
    }
    out
}

/// Whether a host whose scope defines `count` of the `n` names a library
/// leaves to its host stands for it: the check names it in
/// `ld-host-symbol-unresolved`, the index binds what it defines.
fn half_or_more(count: usize, n: usize) -> bool {
    count * 2 >= n
}

/// Drops the findings the file's loader decides.
fn keep_fixed(o: &mut CheckOutcome) {
    let scopes = std::mem::take(&mut o.scopes);
    let findings = std::mem::take(&mut o.findings);
    for (f, s) in findings.into_iter().zip(scopes) {
        if s == Scope::Fixed {
            o.findings.push(f);
            o.scopes.push(s);
        }
    }
}

/// The names of the references only a host can provide.
fn host_names(o: &CheckOutcome) -> impl Iterator<Item = &str> {
    o.findings
        .iter()
        .zip(&o.scopes)
        .filter(|(_, s)| **s == Scope::Host)
        .filter_map(|(f, _)| f.subject.symbol.as_deref())
}

/// For each object among `definers`: the outcomes whose load list holds it,
/// the programs or libraries whose global scope it is in.
fn hosts_of(outcomes: &[CheckOutcome], definers: &HashSet<usize>) -> HashMap<usize, Vec<usize>> {
    let mut hosts_of: HashMap<usize, Vec<usize>> = HashMap::default();
    for (h, o) in outcomes.iter().enumerate() {
        for obj in &o.load {
            if definers.contains(&obj.id) {
                hosts_of.entry(obj.id).or_default().push(h);
            }
        }
    }
    hosts_of
}

/// Per candidate host (an outcome index): how many of `names` its scope
/// defines, and how many of those it defines itself.
fn host_scores(
    outcomes: &[CheckOutcome],
    names: &[&str],
    definers: &HashMap<&str, Vec<usize>>,
    hosts_of: &HashMap<usize, Vec<usize>>,
) -> HashMap<usize, (usize, usize)> {
    let mut score: HashMap<usize, (usize, usize)> = HashMap::default();
    for n in names {
        let mut per_name: HashMap<usize, bool> = HashMap::default();
        for d in definers.get(n).into_iter().flatten() {
            for &h in hosts_of.get(d).into_iter().flatten() {
                let own = outcomes[h].load[0].id == *d;
                *per_name.entry(h).or_default() |= own;
            }
        }
        for (h, own) in per_name {
            let e = score.entry(h).or_default();
            e.0 += 1;
            e.1 += usize::from(own);
        }
    }
    score
}

/// For each wanted name, the objects (of every load set of the scan) that
/// would satisfy an unversioned reference to it; and the set of those objects.
fn definers<'a>(
    outcomes: &[CheckOutcome],
    wanted: &HashSet<&'a str>,
) -> (HashMap<&'a str, Vec<usize>>, HashSet<usize>) {
    let mut objects: HashMap<usize, &Arc<Object>> = HashMap::default();
    for o in outcomes {
        for obj in &o.load {
            objects.entry(obj.id).or_insert(obj);
        }
    }
    let objects: Vec<&Arc<Object>> = objects.into_values().collect();
    let hits: Vec<(&'a str, usize)> = objects
        .par_iter()
        .flat_map_iter(|obj| {
            // Probe the symbol index when binding built it already and it is
            // the smaller walk; otherwise walk the symbols once.
            let mut names: Vec<&'a str> =
                if obj.has_defs_index() && wanted.len() < obj.abi.symbols.len() {
                    wanted
                        .iter()
                        .copied()
                        .filter(|n| obj.defs(n).next().is_some())
                        .collect()
                } else {
                    obj.abi
                        .symbols
                        .iter()
                        .filter_map(|s| wanted.get(&*s.name).copied())
                        .collect()
                };
            names.sort_unstable();
            names.dedup();
            names
                .into_iter()
                .filter(|n| lookup_in(obj, &[], &reference(n)).is_some())
                .map(|n| (n, obj.id))
                .collect::<Vec<_>>()
        })
        .collect();
    let mut by_name: HashMap<&'a str, Vec<usize>> = HashMap::default();
    let mut ids = HashSet::default();
    for (n, id) in hits {
        by_name.entry(n).or_default().push(id);
        ids.insert(id);
    }
    (by_name, ids)
}

/// What a warning about a host outside the scan tells the user to do.
const ADD_THE_HOST: &str =
    "if the program that loads it is not in the scan, add it to check them against it";

/// One finding for all of a library's references that only a host provides.
/// `host`: the best file of the scan, with how many names its scope defines
/// and how many it defines itself.
fn host_finding(file: &str, names: &[&str], host: Option<(&str, usize, usize)>) -> Finding {
    let n = names.len();
    let mut list = names[..n.min(NAMES_SHOWN)].join(", ");
    if n > NAMES_SHOWN {
        list.push_str(", …");
    }
    let subject = |library: Option<&str>| Subject {
        file: Some(file.to_owned()),
        object: Some(file.to_owned()),
        library: library.map(str::to_owned),
        chain: vec![file.to_owned()],
        symbols: names.iter().map(|s| (*s).to_owned()).collect(),
        ..Subject::default()
    };
    let dir = Path::new(file)
        .parent()
        .map(|d| d.display().to_string())
        .unwrap_or_default();
    match host {
        Some((h, provided, own)) if provided == n => {
            let how = if own == n {
                "exports them"
            } else {
                "and the libraries it loads provide them"
            };
            Finding::new(
                "ld-host-symbol-provided",
                format!(
                    "resolved only when a host provides {list} ({}; {h} in the scan {how})",
                    count(n, "symbol", "symbols")
                ),
                subject(Some(h)),
            )
            .with_group(format!("ld-host-symbol-provided|{h}"))
        }
        other => {
            let partial = match other {
                Some((h, provided, _)) if half_or_more(provided, n) => {
                    format!("{h} in the scan provides {provided}")
                }
                _ => "none in the scan does".to_owned(),
            };
            Finding::new(
                "ld-host-symbol-unresolved",
                format!(
                    "resolved only when a host provides: {list} ({}; {partial}); {ADD_THE_HOST}",
                    count(n, "symbol", "symbols")
                ),
                subject(None),
            )
            .with_group(format!("ld-host-symbol-unresolved|{dir}"))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn host_findings_count_symbols_in_words() {
        let f = host_finding("/p/plugin.so", &["host_api"], None);
        assert!(
            f.message.starts_with(
                "resolved only when a host provides: host_api (1 symbol; none in the scan does)"
            ),
            "{}",
            f.message
        );
        let f = host_finding("/p/plugin.so", &["a", "b"], Some(("/usr/bin/h", 2, 2)));
        assert_eq!(
            f.message,
            "resolved only when a host provides a, b (2 symbols; /usr/bin/h in the scan exports them)"
        );
        let f = host_finding("/p/plugin.so", &["a"], Some(("/usr/bin/h", 1, 1)));
        assert!(f.message.contains("(1 symbol; /usr/bin/h"), "{}", f.message);
    }
}
