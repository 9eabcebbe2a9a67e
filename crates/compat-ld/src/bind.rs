//! Loading and binding: the check of one program or library.
//!
//! All objects of a program sit in one global scope at start-up, so whether a
//! reference binds at all does not depend on the scope's order, only on the
//! set of loaded objects. That makes the expensive part cacheable: for each
//! object and its own dependency closure, the references the closure cannot
//! satisfy are computed once per run ([`Checker`] memo), and only those are
//! looked up again in each program's full load set.
//!
//! Bounded work: ld.so de-duplicates, and so does the check. Each NEEDED name
//! of an object is loaded once, each object's DT_RPATH and DT_RUNPATH are
//! expanded and de-duplicated once per load (glibc `decompose_rpath`), each
//! candidate path is probed once per name, and loaded objects are found by
//! name and by identity through hash maps, so a file that repeats one
//! NEEDED name or one directory thousands of times costs one lookup.

use foldhash::{HashMap, HashSet};
use std::cell::OnceCell;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use compat_elf::{ElfAbi, FileKind, Symbol, SymbolBinding, SymbolKind, UndefinedSymbol};
use compat_report::{Finding, Subject};

use crate::cache::LdCache;
use crate::error::{Error, ObjectError};
use crate::objects::{Object, Objects};
use crate::root::{Candidate, Root};
use crate::search::{default_dirs, expand, LibOverride, LoaderConfig};

/// The result of checking one file.
#[derive(Debug, Default)]
pub struct CheckOutcome {
    /// Findings, in load order.
    pub findings: Vec<Finding>,
    /// Set when the file could not be checked at all (one line, without the path).
    pub error: Option<String>,
    /// Set when the file has nothing to check (static executable, object file), with the reason.
    pub skipped: Option<&'static str>,
    /// Objects loaded, main first (displayed paths).
    pub loaded: Vec<String>,
    /// The file itself, when it could be parsed (also when it is skipped).
    pub(crate) main: Option<Arc<Object>>,
    /// The same objects, for the scan ([`Checker::check_scan`]).
    pub(crate) load: Vec<Arc<Object>>,
    /// Per loaded object, the names it was loaded as (its SONAME among them).
    pub(crate) names: Vec<Vec<String>>,
    /// Per finding: whether the file's context (its loader, a host) can change it.
    pub(crate) scopes: Vec<Scope>,
}

impl CheckOutcome {
    /// The objects loaded, main first, in load order (ld.so's global scope).
    pub fn objects(&self) -> &[Arc<Object>] {
        &self.load
    }

    /// The file itself, parsed: the first of [`CheckOutcome::objects`], or
    /// the file that was skipped; `None` after an error.
    pub fn main(&self) -> Option<&Arc<Object>> {
        self.main.as_ref()
    }

    /// For each undefined symbol of the main object (`abi.undefined`, in
    /// order), the index in [`CheckOutcome::objects`] of the object ld.so
    /// binds it to: the first in the global scope whose definition matches
    /// (glibc `do_lookup_x`), or `None` when nothing defines it. Empty when
    /// nothing was loaded (an error, a skipped file).
    pub fn bindings(&self) -> Vec<Option<usize>> {
        let Some(main) = self.load.first() else {
            return Vec::new();
        };
        main.abi
            .undefined
            .iter()
            .map(|u| {
                self.load
                    .iter()
                    .zip(&self.names)
                    .position(|(t, names)| lookup_in(t, names, u).is_some())
            })
            .collect()
    }

    /// The library loaded for the NEEDED name `needed` (by the main object or
    /// a library it loads), with how findings show its path: the provider
    /// of the versions needed from `needed`.
    pub fn provider(&self, needed: &str) -> Option<(&str, &Object)> {
        let k = self.provider_index(needed)?;
        Some((self.loaded.get(k)?.as_str(), self.load.get(k)?))
    }

    /// The index in [`CheckOutcome::objects`] of [`CheckOutcome::provider`].
    fn provider_index(&self, needed: &str) -> Option<usize> {
        Some(
            self.names
                .iter()
                .skip(1)
                .position(|names| names.iter().any(|n| n == needed))?
                + 1,
        )
    }

    /// For each copy-relocated object of the main file (indices into
    /// `abi.symbols`), the index in [`CheckOutcome::objects`] of the object
    /// whose definition the copy takes its bytes from (searched after the
    /// main file itself), or `None`.
    pub fn copy_bindings(&self) -> Vec<(u32, Option<usize>)> {
        let Some(main) = self.load.first() else {
            return Vec::new();
        };
        main.abi
            .symbols
            .iter()
            .enumerate()
            .filter(|(_, s)| s.copy_relocated)
            .map(|(i, s)| {
                let u = as_reference(s);
                let hit = self
                    .load
                    .iter()
                    .zip(&self.names)
                    .skip(1)
                    .position(|(t, names)| lookup_in(t, names, &u).is_some());
                (i as u32, hit.map(|j| j + 1))
            })
            .collect()
    }
}

/// What can change a finding of a shared library that is loaded by another
/// object rather than started.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Scope {
    /// Nothing: the finding holds in every context (a version the library
    /// found lacks, a copy relocation, an invalid file).
    Fixed,
    /// A NEEDED library the standalone search does not find: the loader's
    /// RPATH/RUNPATH, or an object it loaded before, may provide it. Versioned
    /// references to that library share its fate.
    Loader,
    /// An unversioned reference nothing in the library's own dependency
    /// closure defines: the global scope of the process that loads it may.
    Host,
}

/// What a load is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Purpose {
    /// Findings: the load judged as ld.so would ([`Checker::check`]).
    Judge,
    /// The objects loaded and their bindings, no findings ([`Checker::load`]).
    Record,
    /// The libraries the main object's own NEEDED entries name, read without
    /// their symbols ([`Checker::providers_of`]).
    Providers,
}

/// SONAMEs and file names of the shared libraries in a scan, with their paths:
/// the last place a library's NEEDED entry is looked for when the library is
/// checked in the context of the scan.
pub(crate) type Fallback = HashMap<String, PathBuf>;

/// Checks programs and libraries against the libraries they would load.
pub struct Checker {
    root: Root,
    library_path: Vec<PathBuf>,
    cache: LdCache,
    by_name: HashMap<String, PathBuf>,
    objects: Objects,
    /// The same files read without their symbols, for
    /// [`Checker::providers_of`], which reads version definitions only.
    headers: Objects,
    memo: Mutex<HashMap<ClosureKey, Arc<Vec<u32>>>>,
    pub(crate) standalone: bool,
}

/// An object id and the sorted ids of its dependency closure.
type ClosureKey = (usize, Vec<usize>);

/// A library found by a search.
struct Found {
    /// How findings name it: the path searched, or the resolved file when it
    /// lies in the sysroot (the path searched may lead elsewhere on the host).
    shown: PathBuf,
    /// Its `$ORIGIN`: the directory it was found in.
    origin: Origin,
    obj: Arc<Object>,
}

/// A search result: the library found, or a file that stops the search (not ELF, corrupt).
type Hit = Result<Found, (PathBuf, Stop)>;

/// Why a candidate file stops ld.so's search for a library.
#[derive(Debug, thiserror::Error)]
enum Stop {
    /// Its path cannot be opened other than by a missing file, directory or
    /// permission (a link loop, a name too long).
    #[error(transparent)]
    Resolve(crate::root::ResolveError),
    /// It is not a loadable object (not ELF, corrupt).
    #[error(transparent)]
    Object(ObjectError),
}

/// A NEEDED entry that could not be loaded: who needs it, the name, and the
/// file that stopped the search when there was one.
type Missing = (usize, String, Option<(PathBuf, Stop)>);

/// An object's `$ORIGIN`: a directory of the target system (the object lies
/// in the root), or of the host (a file given outside the sysroot, whose
/// `$ORIGIN` paths are the user's own tree).
#[derive(Debug, Clone)]
struct Origin {
    dir: PathBuf,
    host: bool,
}

/// One object in a program's load set.
struct Loaded {
    obj: Arc<Object>,
    shown: String,
    names: Vec<String>,
    loader: Option<usize>,
    needed_as: String,
    deps: Vec<usize>,
    origin: Option<Origin>,
    /// Found only through the scan's [`Fallback`], not by ld.so's own search.
    off_path: bool,
    /// DT_RPATH and DT_RUNPATH as directories to probe (host paths), expanded
    /// for this object and de-duplicated, on first use.
    rpath_dirs: OnceCell<Vec<PathBuf>>,
    runpath_dirs: OnceCell<Vec<PathBuf>>,
}

impl Loaded {
    fn new(obj: Arc<Object>, shown: String, needed_as: String, origin: Option<Origin>) -> Loaded {
        Loaded {
            names: obj.abi.soname.iter().cloned().collect(),
            obj,
            shown,
            loader: None,
            needed_as,
            deps: Vec::new(),
            origin,
            off_path: false,
            rpath_dirs: OnceCell::new(),
            runpath_dirs: OnceCell::new(),
        }
    }
}

/// The objects of one load, with the indexes ld.so's lookups need.
struct LoadSet {
    loaded: Vec<Loaded>,
    /// Every name an object was loaded as, its SONAME and how it is shown:
    /// the first object in load order with it.
    by_name: HashMap<String, usize>,
    /// Object id to index.
    by_id: HashMap<usize, usize>,
}

impl LoadSet {
    fn push(&mut self, l: Loaded) -> usize {
        let k = self.loaded.len();
        for n in l.names.iter().chain([&l.shown]) {
            self.by_name.entry(n.clone()).or_insert(k);
        }
        self.by_id.entry(l.obj.id).or_insert(k);
        self.loaded.push(l);
        k
    }

    /// The loaded object ld.so would match for `name`: by a name it was
    /// loaded as, or its SONAME.
    fn find(&self, name: &str) -> Option<usize> {
        self.by_name.get(name).copied()
    }

    fn add_name(&mut self, k: usize, name: &str) {
        self.loaded[k].names.push(name.to_owned());
        self.by_name.entry(name.to_owned()).or_insert(k);
    }
}

impl Checker {
    /// Prepares a checker: reads the ld.so cache of the root and the `--lib`
    /// files. An error's message is one line, `FILE: reason`.
    pub fn new(config: LoaderConfig) -> Result<Checker, Error> {
        let root = Root::new(config.sysroot.as_deref())?;
        let objects = Objects::default();
        let mut by_name = HashMap::default();
        let load = |path: &Path| -> Result<Arc<Object>, Error> {
            let real = root.resolve(path).map_err(|source| Error::Unresolvable {
                path: path.to_path_buf(),
                source,
            })?;
            objects.get(&real).map_err(|source| Error::Object {
                path: path.to_path_buf(),
                source,
            })
        };
        for o in &config.overrides {
            match o {
                LibOverride::ByName(name, path) => {
                    load(path)?;
                    by_name.insert(name.clone(), path.clone());
                }
                LibOverride::BySoname(path) => {
                    let obj = load(path)?;
                    let name = obj
                        .abi
                        .soname
                        .clone()
                        .ok_or_else(|| Error::NoSoname { path: path.clone() })?;
                    by_name.insert(name, path.clone());
                }
            }
        }
        Ok(Checker {
            cache: LdCache::load(&root)?,
            root,
            library_path: config.library_path,
            by_name,
            objects,
            headers: Objects::headers_only(),
            memo: Mutex::default(),
            standalone: config.standalone,
        })
    }

    /// What was ignored while reading the root's ld.so cache or
    /// configuration (one line each, naming the file), for the report's notes.
    pub fn notes(&self) -> &[String] {
        &self.cache.notes
    }

    /// Whether the root runs programs built like `abi` (its ELF class, byte
    /// order and machine): a `libc.so.6` of that architecture is where ld.so
    /// would look for it without an object's RPATH or RUNPATH (a `--lib`,
    /// the library path, the ld.so cache, the default directories).
    pub fn runs_architecture(&self, abi: &ElfAbi) -> bool {
        const LIBC: &str = "libc.so.6";
        let usable = |p: &Path| matches!(self.try_path(&self.objects, abi, p), Some(Ok(_)));
        if let Some(p) = self.by_name.get(LIBC) {
            return usable(p);
        }
        self.library_path.iter().any(|d| usable(&d.join(LIBC)))
            || self
                .cache
                .lookup(LIBC)
                .iter()
                .any(|p| usable(&self.root.host(p)))
            || default_dirs(abi)
                .iter()
                .any(|d| usable(&self.root.host(d).join(LIBC)))
    }

    /// The `$ORIGIN` of an object found in the host directory `dir`.
    fn origin_of(&self, dir: &Path) -> Origin {
        match self.root.target_of(dir) {
            Some(t) => Origin {
                dir: t,
                host: false,
            },
            None => Origin {
                dir: dir.to_path_buf(),
                host: true,
            },
        }
    }

    /// A path an object names (DT_NEEDED, DT_RPATH, DT_RUNPATH entry), after
    /// [`expand`], as a host path: below the root unless it was expanded from
    /// the `$ORIGIN` of a file outside the root.
    fn place(&self, expanded: &str, used_origin: bool, origin: Option<&Origin>) -> PathBuf {
        match origin {
            Some(o) if used_origin && o.host => PathBuf::from(expanded),
            _ => self.root.host(Path::new(expanded)),
        }
    }

    /// Checks `file` on its own, as `ldd -r` does; `shown` is how findings name it.
    pub fn check(&self, file: &Path, shown: &str) -> CheckOutcome {
        self.check_with(file, shown, None)
    }

    /// [`Checker::check`], looking each NEEDED entry that ld.so's search does
    /// not find up last in the directory of `file` (a library shipped beside
    /// the new version, loaded there by whatever loads it first), then in
    /// each directory of `also` in turn (host paths: `compat check` passes
    /// the directory of a component's baseline): how `abi diff` and `compat
    /// check` find the providers of a library's needed versions
    /// ([`CheckOutcome::provider`]).
    pub fn check_beside(&self, file: &Path, shown: &str, also: &[PathBuf]) -> CheckOutcome {
        match self.beside(&self.objects, file, also) {
            Some(beside) => self.check_with(file, shown, Some(&beside)),
            None => self.check(file, shown),
        }
    }

    /// The libraries loaded for the NEEDED names of `file`, searched as
    /// [`Checker::check_beside`] does (without judging the load), in the
    /// order of its NEEDED entries: each name, the library's path as
    /// findings show it, and the library. A name nothing provides is left
    /// out; nothing for a file that cannot be loaded.
    ///
    /// Only `file`'s own NEEDED entries are searched (ld.so searches them
    /// all before any of theirs, so what it finds for them does not depend
    /// on the libraries they load), and the files are read without their
    /// symbols: each [`Object`] has its headers, dynamic section and version
    /// tables, but empty `symbols` and `undefined`. (The av 12.0.0 wheel's
    /// libavcodec names 22 libraries; loaded whole, with the rest of their
    /// closure, 28 files and 17,000 dynamic symbols, they took nearly half
    /// of an `abi diff`'s CPU time, and none of those symbols says which
    /// version nodes a provider defines.)
    pub fn providers_of(
        &self,
        file: &Path,
        also: &[PathBuf],
    ) -> Vec<(String, String, Arc<Object>)> {
        let shown = file.display().to_string();
        let beside = self.beside(&self.headers, file, also);
        let outcome = self.load_with(file, &shown, beside.as_ref(), Purpose::Providers);
        let Some(main) = outcome.load.first() else {
            return Vec::new();
        };
        main.abi
            .needed
            .iter()
            .filter_map(|n| {
                let k = outcome.provider_index(n)?;
                Some((
                    n.clone(),
                    outcome.loaded.get(k)?.clone(),
                    outcome.load.get(k)?.clone(),
                ))
            })
            .collect()
    }

    /// For each NEEDED name of `file` without a `/`, the first file of that
    /// name in the directory of `file`, then in each of `also`; `None` when
    /// `file` cannot be read.
    fn beside(&self, store: &Objects, file: &Path, also: &[PathBuf]) -> Option<Fallback> {
        let real = self.root.resolve(file).ok()?;
        let main = store.get(&real).ok()?;
        let dir = real.parent().unwrap_or(Path::new("/"));
        let mut beside: Fallback = HashMap::default();
        for d in std::iter::once(dir).chain(also.iter().map(PathBuf::as_path)) {
            for n in main.abi.needed.iter().filter(|n| !n.contains('/')) {
                if beside.contains_key(n) {
                    continue;
                }
                let p = d.join(n);
                if p.is_file() {
                    beside.insert(n.clone(), p);
                }
            }
        }
        Some(beside)
    }

    /// Loads `file` on its own as [`Checker::check`] does, without judging
    /// the load: the outcome has the objects loaded (and so
    /// [`CheckOutcome::bindings`]), an error or the reason it was skipped,
    /// but no findings. For callers that record bindings rather than report
    /// (`compat index build`): the version needs, copy relocations and
    /// unresolved references of every object loaded are not looked at.
    pub fn load(&self, file: &Path, shown: &str) -> CheckOutcome {
        self.load_with(file, shown, None, Purpose::Record)
    }

    /// [`Checker::check`], looking NEEDED entries that ld.so's search does not
    /// find up in `fallback` last.
    pub(crate) fn check_with(
        &self,
        file: &Path,
        shown: &str,
        fallback: Option<&Fallback>,
    ) -> CheckOutcome {
        self.load_with(file, shown, fallback, Purpose::Judge)
    }

    /// Loads `file` (NEEDED entries ld.so's search misses looked up in
    /// `fallback` last) for `purpose`: for [`Purpose::Judge`] every object
    /// loaded is bound into findings; for [`Purpose::Providers`] only the
    /// main object's NEEDED entries are searched, in the store of objects
    /// read without symbols.
    fn load_with(
        &self,
        file: &Path,
        shown: &str,
        fallback: Option<&Fallback>,
        purpose: Purpose,
    ) -> CheckOutcome {
        let store = match purpose {
            Purpose::Providers => &self.headers,
            Purpose::Judge | Purpose::Record => &self.objects,
        };
        // The main object's NEEDED entries, or every object's in load order.
        let searched = match purpose {
            Purpose::Providers => 1,
            Purpose::Judge | Purpose::Record => usize::MAX,
        };
        let mut out = CheckOutcome::default();
        let real = match self.root.resolve(file) {
            Ok(r) => r,
            Err(e) => {
                out.error = Some(format!("cannot read: {e}"));
                return out;
            }
        };
        let main = match store.get(&real) {
            Ok(m) => m,
            Err(e) => {
                out.error = Some(e.to_string());
                return out;
            }
        };
        out.main = Some(main.clone());
        match main.abi.file_type {
            FileKind::Relocatable | FileKind::Core | FileKind::Other => {
                out.skipped = Some("not an executable or shared object");
                return out;
            }
            _ => {}
        }
        if !main.abi.is_dynamic {
            out.skipped = Some("statically linked");
            return out;
        }
        // The program's $ORIGIN is its real directory (ld.so reads /proc/self/exe).
        let origin = real.parent().map(|d| self.origin_of(d));
        let mut set = LoadSet {
            loaded: Vec::new(),
            by_name: HashMap::default(),
            by_id: HashMap::default(),
        };
        set.push(Loaded::new(
            main,
            shown.to_owned(),
            shown.to_owned(),
            origin,
        ));
        let mut missing: Vec<Missing> = Vec::new();
        let mut i = 0;
        while i < set.loaded.len().min(searched) {
            let obj = set.loaded[i].obj.clone();
            let mut asked: HashSet<&str> = HashSet::default();
            for name in &obj.abi.needed {
                // A name repeated in one object is one dependency.
                if !asked.insert(name) {
                    continue;
                }
                if let Some(j) = set.find(name) {
                    set.loaded[i].deps.push(j);
                    continue;
                }
                let mut off_path = false;
                let mut hit = self.search(store, &set.loaded, i, name);
                if hit.is_none() {
                    if let Some(p) = fallback.and_then(|f| f.get(name)) {
                        hit = self.try_path(store, &set.loaded[0].obj.abi, p);
                        off_path = true;
                    }
                }
                match hit {
                    Some(Ok(found)) => {
                        if let Some(&j) = set.by_id.get(&found.obj.id) {
                            set.add_name(j, name);
                            set.loaded[i].deps.push(j);
                        } else {
                            let mut l = Loaded::new(
                                found.obj,
                                found.shown.display().to_string(),
                                name.clone(),
                                Some(found.origin),
                            );
                            l.names.insert(0, name.clone());
                            l.loader = Some(i);
                            l.off_path = off_path;
                            let j = set.push(l);
                            set.loaded[i].deps.push(j);
                        }
                    }
                    Some(Err((path, why))) => missing.push((i, name.clone(), Some((path, why)))),
                    None => missing.push((i, name.clone(), None)),
                }
            }
            i += 1;
        }
        out.loaded = set.loaded.iter().map(|l| l.shown.clone()).collect();
        if purpose == Purpose::Judge {
            let mut findings = Vec::new();
            self.bind(&set, &missing, shown, &mut findings);
            (out.findings, out.scopes) = findings.into_iter().unzip();
        }
        out.names = set.loaded.iter().map(|l| l.names.clone()).collect();
        out.load = set.loaded.into_iter().map(|l| l.obj).collect();
        out
    }

    /// `p` (a host path) as a candidate for a library needed by a program or
    /// library like `main`, as ld.so's `open_path` tries it: a missing file,
    /// directory or permission skips it, as does another class or machine; a
    /// file that does not open otherwise (a link loop), is not ELF or is
    /// corrupt stops the search with an error.
    fn try_path(&self, store: &Objects, main: &ElfAbi, p: &Path) -> Option<Hit> {
        let real = match self.root.resolve_candidate(p) {
            Candidate::Found(real) => real,
            Candidate::NoDirectory => return None,
            Candidate::Failed(e) if e.search_goes_on() => return None,
            Candidate::Failed(e) => return Some(Err((p.to_path_buf(), Stop::Resolve(e)))),
        };
        self.open_found(store, main, p, real)
    }

    /// The library at `p` (a host path), resolved to `real`, read into `store`.
    fn open_found(&self, store: &Objects, main: &ElfAbi, p: &Path, real: PathBuf) -> Option<Hit> {
        // An object parsed already is a regular file (it was mapped as one):
        // found again without a `stat`.
        let parsed = store.parsed(&real);
        if parsed.is_none() && !std::fs::metadata(&real).is_ok_and(|m| m.is_file()) {
            return None;
        }
        let inside = self.root.target_of(&real).is_some();
        let shown = if inside {
            real.clone()
        } else {
            p.to_path_buf()
        };
        match parsed.map_or_else(|| store.get(&real), Ok) {
            Ok(obj) => {
                let a = &obj.abi;
                (a.class == main.class && a.e_machine == main.e_machine && a.endian == main.endian)
                    .then(|| {
                        Ok(Found {
                            origin: self.origin_of(p.parent().unwrap_or(Path::new("/"))),
                            shown,
                            obj,
                        })
                    })
            }
            Err(e) => Some(Err((shown, Stop::Object(e)))),
        }
    }

    /// The directories of a DT_RPATH or DT_RUNPATH list of an object with
    /// `origin`, expanded and de-duplicated (ld.so keeps each directory of a
    /// list once).
    fn dirs(&self, entries: &[String], origin: Option<&Origin>, main: &ElfAbi) -> Vec<PathBuf> {
        let mut seen: HashSet<PathBuf> = HashSet::default();
        let mut out = Vec::new();
        let mut entries_seen: HashSet<&str> = HashSet::default();
        for entry in entries {
            if !entries_seen.insert(entry) {
                continue;
            }
            let entry = if entry.is_empty() {
                "."
            } else {
                entry.as_str()
            };
            let Some((dir, used_origin)) = expand(entry, origin.map(|o| o.dir.as_path()), main)
            else {
                continue;
            };
            let dir = self.place(&dir, used_origin, origin);
            if seen.insert(dir.clone()) {
                out.push(dir);
            }
        }
        out
    }

    /// Finds `name` needed by `loaded[by]`, as ld.so searches, reading
    /// what it finds into `store`.
    fn search(&self, store: &Objects, loaded: &[Loaded], by: usize, name: &str) -> Option<Hit> {
        let main = &loaded[0].obj.abi;
        if let Some(p) = self.by_name.get(name) {
            return self.try_path(store, main, p);
        }
        let loader = &loaded[by];
        if name.contains('/') {
            // Opened as it is: any failure is "cannot open shared object file".
            let (e, used_origin) =
                expand(name, loader.origin.as_ref().map(|o| o.dir.as_path()), main)?;
            let p = self.place(&e, used_origin, loader.origin.as_ref());
            let real = self.root.resolve(&p).ok()?;
            return self.open_found(store, main, &p, real);
        }
        // Each candidate once per name: a directory named by several lists
        // (or a list the de-duplication could not shorten) is probed once.
        let probed: std::cell::RefCell<HashSet<PathBuf>> = Default::default();
        let probe = |p: PathBuf| -> Option<Hit> {
            if !probed.borrow_mut().insert(p.clone()) {
                return None;
            }
            self.try_path(store, main, &p)
        };
        let abi = &loader.obj.abi;
        // DT_RPATH of the loader and its loaders, unless the loader has DT_RUNPATH.
        // An object that has both ignores its own DT_RPATH everywhere.
        if abi.runpath.is_empty() {
            let mut l = Some(by);
            while let Some(k) = l {
                let o = &loaded[k];
                if o.obj.abi.runpath.is_empty() {
                    let dirs = o
                        .rpath_dirs
                        .get_or_init(|| self.dirs(&o.obj.abi.rpath, o.origin.as_ref(), main));
                    for d in dirs {
                        if let Some(hit) = probe(d.join(name)) {
                            return Some(hit);
                        }
                    }
                }
                l = o.loader;
            }
        }
        for d in &self.library_path {
            if let Some(hit) = probe(d.join(name)) {
                return Some(hit);
            }
        }
        let dirs = loader
            .runpath_dirs
            .get_or_init(|| self.dirs(&abi.runpath, loader.origin.as_ref(), main));
        for d in dirs {
            if let Some(hit) = probe(d.join(name)) {
                return Some(hit);
            }
        }
        if abi.has_flag("NODEFLIB") {
            return None;
        }
        // The cache's path is opened as it is: if that fails, ld.so goes on
        // with the default directories whatever the error.
        for p in self.cache.lookup(name) {
            let p = self.root.host(p);
            if probed.borrow_mut().insert(p.clone()) {
                if let Ok(real) = self.root.resolve(&p) {
                    if let Some(hit) = self.open_found(store, main, &p, real) {
                        return Some(hit);
                    }
                }
            }
        }
        for d in default_dirs(main) {
            if let Some(hit) = probe(self.root.host(&d).join(name)) {
                return Some(hit);
            }
        }
        None
    }

    /// References of `loaded[k]` that its own dependency closure cannot satisfy (memoized).
    fn unresolved_in_closure(&self, loaded: &[Loaded], k: usize) -> Arc<Vec<u32>> {
        let mut seen = vec![false; loaded.len()];
        let mut stack = vec![k];
        let mut closure = Vec::new();
        while let Some(x) = stack.pop() {
            if std::mem::replace(&mut seen[x], true) {
                continue;
            }
            closure.push(x);
            stack.extend(loaded[x].deps.iter().copied());
        }
        let mut ids: Vec<usize> = closure.iter().map(|&x| loaded[x].obj.id).collect();
        ids.sort_unstable();
        let key = (loaded[k].obj.id, ids);
        if let Some(hit) = self.memo.lock().expect("memo lock").get(&key) {
            return hit.clone();
        }
        let objs: Vec<&Loaded> = closure.iter().map(|&x| &loaded[x]).collect();
        let unresolved: Vec<u32> = loaded[k]
            .obj
            .abi
            .undefined
            .iter()
            .enumerate()
            .filter(|(_, u)| needs_binding(u))
            .filter(|(_, u)| {
                !objs
                    .iter()
                    .any(|t| lookup_in(&t.obj, &t.names, u).is_some())
            })
            .map(|(i, _)| i as u32)
            .collect();
        let v = Arc::new(unresolved);
        self.memo.lock().expect("memo lock").insert(key, v.clone());
        v
    }

    fn bind(
        &self,
        set: &LoadSet,
        missing: &[Missing],
        file: &str,
        findings: &mut Vec<(Finding, Scope)>,
    ) {
        let loaded = &set.loaded[..];
        let mut missing_of: HashMap<usize, Vec<&Missing>> = HashMap::default();
        for m in missing {
            missing_of.entry(m.0).or_default().push(m);
        }
        let missing_names: HashSet<(usize, &str)> =
            missing.iter().map(|(by, n, _)| (*by, n.as_str())).collect();
        let chain = |mut k: usize| -> Vec<String> {
            let mut v = vec![loaded[k].needed_as.clone()];
            while let Some(l) = loaded[k].loader {
                v.push(loaded[l].needed_as.clone());
                k = l;
            }
            v.reverse();
            v
        };
        let subject = |k: usize| Subject {
            file: Some(file.to_owned()),
            object: Some(loaded[k].shown.clone()),
            chain: chain(k),
            ..Subject::default()
        };
        for (k, l) in loaded.iter().enumerate() {
            let who = &l.shown;
            // Missing libraries needed by this object.
            for (_, name, invalid) in missing_of.get(&k).into_iter().flatten().copied() {
                let mut s = subject(k);
                s.library = Some(name.clone());
                s.chain.push(name.clone());
                let f = match invalid {
                    None => Finding::new(
                        "ld-library-not-found",
                        format!("{name} => not found (needed by {who}): \"cannot open shared object file\"; the program does not start"),
                        s,
                    ),
                    Some((path, why)) => Finding::new(
                        "ld-library-invalid",
                        format!(
                            "{name} (needed by {who}) is found as {} but it cannot be loaded: {why}; ld.so stops there and the program does not start",
                            path.display()
                        ),
                        s,
                    ),
                };
                let scope = if invalid.is_none() {
                    Scope::Loader
                } else {
                    Scope::Fixed
                };
                findings.push((f.with_group(format!("{file}|{who}|missing|{name}")), scope));
            }
            // Libraries only the scan's fallback found: ld.so finds them only
            // through the RPATH/RUNPATH of a loader, or loaded by someone else first.
            if l.off_path {
                if let Some(by) = l.loader {
                    let loader = &loaded[by].shown;
                    let mut s = subject(by);
                    s.library = Some(l.needed_as.clone());
                    s.chain = chain(k);
                    findings.push((
                        Finding::new(
                            "ld-library-loader-path",
                            format!(
                                "{} (needed by {loader}) is not on ld.so's default search path; it is in the scan at {who}, which ld.so finds only through the RPATH or RUNPATH of the program that loads {loader}, or when that program has loaded it already",
                                l.needed_as
                            ),
                            s,
                        )
                        .with_group(format!("ld-library-loader-path|{}", l.needed_as)),
                        Scope::Fixed,
                    ));
                }
            }
            // Version needs.
            let mut missing_versions: HashSet<(&str, &str)> = HashSet::default();
            // The references of this object by (file, version), built at the
            // first missing version (one pass, however many versions miss).
            let mut by_version: Option<HashMap<(&str, &str), Vec<String>>> = None;
            for need in &l.obj.abi.version_needs {
                let Some(t) = set.find(&need.file) else {
                    continue;
                };
                let target = &loaded[t];
                if target.obj.abi.version_definitions.is_empty() {
                    let mut s = subject(k);
                    s.library = Some(need.file.clone());
                    findings.push((
                        Finding::new(
                            "ld-no-version-information",
                            format!(
                                "{} ({}) has no version information, but {who} needs versions from it; it was linked against a different build",
                                need.file, target.shown
                            ),
                            s,
                        ),
                        Scope::Fixed,
                    ));
                    continue;
                }
                for v in &need.versions {
                    if target.obj.defines_version(&v.name) {
                        continue;
                    }
                    let by_version = by_version.get_or_insert_with(|| {
                        let mut m: HashMap<(&str, &str), Vec<String>> = HashMap::default();
                        for u in &l.obj.abi.undefined {
                            if let (Some(f), Some(v)) = (&u.version_file, &u.version) {
                                m.entry((f, v)).or_default().push(u.name.to_string());
                            }
                        }
                        m
                    });
                    let mut symbols = by_version
                        .get(&(need.file.as_str(), v.name.as_str()))
                        .cloned()
                        .unwrap_or_default();
                    symbols.sort();
                    let mut s = subject(k);
                    s.library = Some(need.file.clone());
                    s.version = Some(v.name.clone());
                    s.symbols = symbols;
                    s.chain.push(format!("{} ({})", need.file, target.shown));
                    let defined: Vec<&str> = target
                        .obj
                        .abi
                        .defined_versions()
                        .map(|d| d.name.as_str())
                        .collect();
                    let (rule, effect) = if v.is_weak() {
                        (
                            "ld-weak-version-not-found",
                            "the need is weak, so ld.so goes on",
                        )
                    } else {
                        ("ld-version-not-found", "ld.so refuses to start it")
                    };
                    findings.push((
                        Finding::new(
                            rule,
                            format!(
                                "version `{}' not found in {} ({}) (required by {who}); {effect}; the library defines {}",
                                v.name,
                                need.file,
                                target.shown,
                                listed(&defined, "no versions")
                            ),
                            s,
                        )
                        .with_group(format!("{file}|{who}|version|{}|{}", need.file, v.name)),
                        Scope::Fixed,
                    ));
                    missing_versions.insert((&need.file, &v.name));
                }
            }
            // Symbol binding.
            let unresolved = self.unresolved_in_closure(loaded, k);
            // Objects keep symbol-table order; report in name order.
            let mut unresolved: Vec<&UndefinedSymbol> = unresolved
                .iter()
                .map(|&ui| &l.obj.abi.undefined[ui as usize])
                .collect();
            unresolved.sort_by(|a, b| (&a.name, &a.version).cmp(&(&b.name, &b.version)));
            for u in unresolved {
                if loaded
                    .iter()
                    .any(|t| lookup_in(&t.obj, &t.names, u).is_some())
                {
                    continue;
                }
                let mut s = subject(k);
                s.symbol = Some(u.name.to_string());
                s.demangled = compat_elf::demangle(&u.name);
                s.version = u.version.as_deref().map(str::to_owned);
                s.library = u.version_file.as_deref().map(str::to_owned);
                let name = shown(&u.name);
                let msg = match &u.version {
                    Some(v) => format!("undefined symbol: {name}, version {v} ({who})"),
                    None => format!("undefined symbol: {name} ({who})"),
                };
                let mut f = Finding::new("ld-symbol-unresolved", msg, s);
                // Unversioned references may bind to whatever the loading
                // process has in its global scope; versioned ones only to the
                // library that defines the version.
                let mut scope = if u.version.is_none() {
                    Scope::Host
                } else {
                    Scope::Fixed
                };
                if let (Some(v), Some(need)) = (&u.version, &u.version_file) {
                    if missing_versions.contains(&(&**need, &**v)) {
                        f = f.with_group(format!("{file}|{who}|version|{need}|{v}"));
                    }
                }
                if let Some(need) = &u.version_file {
                    if missing_names.contains(&(k, &**need)) {
                        f = f.with_group(format!("{file}|{who}|missing|{need}"));
                        scope = Scope::Loader;
                    }
                }
                if f.group.is_none() {
                    // Unresolved references of one object: reported together.
                    f = f.with_group(format!("{file}|{who}|unresolved"));
                }
                findings.push((f, scope));
            }
            // Copy relocations: bound outside the object itself, sizes must agree.
            for s in l.obj.abi.symbols.iter().filter(|s| s.copy_relocated) {
                let u = as_reference(s);
                let hit = loaded
                    .iter()
                    .enumerate()
                    .filter(|(j, _)| *j != k)
                    .find_map(|(j, t)| {
                        lookup_in(&t.obj, &t.names, &u).map(|i| (j, t.obj.symbol(i)))
                    });
                match hit {
                    Some((j, def)) if def.size != s.size => {
                        let mut sub = subject(k);
                        sub.symbol = Some(s.name.to_string());
                        sub.version = s.version.as_deref().map(str::to_owned);
                        sub.library = Some(loaded[j].shown.clone());
                        sub.old_value = Some(s.size.to_string());
                        sub.new_value = Some(def.size.to_string());
                        findings.push((
                            Finding::new(
                                "ld-copy-relocation-size",
                                format!(
                                    "{who} copies {} ({} bytes at link time) but {} defines it with {} bytes; ld.so only warns, and the data is truncated or overrun",
                                    s.name, s.size, loaded[j].shown, def.size
                                ),
                                sub,
                            ),
                            Scope::Fixed,
                        ));
                    }
                    Some(_) => {}
                    None => {
                        let mut sub = subject(k);
                        sub.symbol = Some(s.name.to_string());
                        sub.demangled = compat_elf::demangle(&s.name);
                        sub.version = s.version.as_deref().map(str::to_owned);
                        findings.push((
                            Finding::new(
                                "ld-symbol-unresolved",
                                format!(
                                    "undefined symbol: {} (copy relocation in {who})",
                                    shown(&s.name)
                                ),
                                sub,
                            ),
                            Scope::Fixed,
                        ));
                    }
                }
            }
        }
    }
}

/// A reference that ld.so looks up: referenced by a relocation and not weak.
fn needs_binding(u: &UndefinedSymbol) -> bool {
    !u.weak && !u.relocations.is_empty()
}

/// A symbol as messages name it: a C++ or Rust one demangled, with the name
/// ld.so prints after it (`geo::area(int, int) [_ZN3geo4areaEii]`), as
/// `abi diff` shows them; a C name as it is.
fn shown(name: &str) -> String {
    match compat_elf::demangle(name) {
        Some(d) => format!("{d} [{name}]"),
        None => name.to_owned(),
    }
}

/// The reference a copy relocation makes to a symbol the object defines itself.
fn as_reference(s: &Symbol) -> UndefinedSymbol {
    UndefinedSymbol {
        name: s.name.clone(),
        demangled: None,
        version: s.version.clone(),
        version_file: None,
        weak: false,
        kind: s.kind,
        relocations: vec!["COPY".into()],
        version_hidden: false,
        version_hash: 0,
    }
}

/// How many names a message lists before "and N more".
const NAMES_LISTED: usize = 16;

/// `names` joined for a message, at most [`NAMES_LISTED`] of them (a library
/// defining thousands of versions does not make every message that long).
fn listed(names: &[&str], none: &str) -> String {
    match names.len() {
        0 => none.to_owned(),
        n if n <= NAMES_LISTED => names.join(", "),
        n => format!(
            "{}, and {} more",
            names[..NAMES_LISTED].join(", "),
            n - NAMES_LISTED
        ),
    }
}

/// The definition of `u` in `t` that ld.so would bind, following its rules for
/// versioned and unversioned references (glibc `check_match`).
pub fn lookup_in(t: &Object, t_names: &[String], u: &UndefinedSymbol) -> Option<u32> {
    let mut num_versions = 0;
    let mut versioned = None;
    for i in t.defs(&u.name) {
        let s = t.symbol(i);
        if s.value_is_zero && s.kind != SymbolKind::Tls {
            continue;
        }
        if matches!(
            s.kind,
            SymbolKind::Section | SymbolKind::File | SymbolKind::Other
        ) {
            continue;
        }
        if matches!(s.binding, SymbolBinding::Local | SymbolBinding::Other) {
            continue;
        }
        match &u.version {
            Some(v) => {
                if !t.abi.has_versym {
                    // A file without version tables satisfies versioned references,
                    // except from the file the need names: glibc asserts there
                    // ("Inconsistency detected by ld.so") and the program aborts.
                    if u.version_file
                        .as_deref()
                        .is_some_and(|f| t_names.iter().any(|n| n == f))
                    {
                        return None;
                    }
                    return Some(i);
                }
                let same = s.version.as_deref() == Some(&**v);
                if !same && (u.version_hidden || t.has_version_index(s.version_index) || s.hidden) {
                    continue;
                }
                return Some(i);
            }
            None => {
                if t.abi.has_versym && s.version_index >= 3 {
                    if !s.hidden {
                        num_versions += 1;
                        if num_versions == 1 {
                            versioned = Some(i);
                        }
                    }
                    continue;
                }
                return Some(i);
            }
        }
    }
    if num_versions == 1 {
        versioned
    } else {
        None
    }
}
