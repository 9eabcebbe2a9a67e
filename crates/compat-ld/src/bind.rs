//! Loading and binding: the check of one program or library.
//!
//! All objects of a program sit in one global scope at start-up, so whether a
//! reference binds at all does not depend on the scope's order, only on the
//! set of loaded objects. That makes the expensive part cacheable: for each
//! object and its own dependency closure, the references the closure cannot
//! satisfy are computed once per run ([`Checker`] memo), and only those are
//! looked up again in each program's full load set.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use compat_elf::{FileKind, Symbol, SymbolBinding, SymbolKind, UndefinedSymbol};
use compat_report::{Finding, Subject};
use rustc_hash::FxHashMap;

use crate::cache::LdCache;
use crate::objects::{Object, Objects};
use crate::search::{default_dirs, expand, under_root, LibOverride, LoaderConfig};

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
    /// The same objects, for the scan ([`Checker::check_scan`]).
    pub(crate) load: Vec<Arc<Object>>,
    /// Per finding: whether the file's context (its loader, a host) can change it.
    pub(crate) scopes: Vec<Scope>,
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

/// SONAMEs and file names of the shared libraries in a scan, with their paths:
/// the last place a library's NEEDED entry is looked for when the library is
/// checked in the context of the scan.
pub(crate) type Fallback = FxHashMap<String, PathBuf>;

/// Checks programs and libraries against the libraries they would load.
pub struct Checker {
    root: PathBuf,
    library_path: Vec<PathBuf>,
    cache: LdCache,
    by_name: FxHashMap<String, PathBuf>,
    objects: Objects,
    memo: Mutex<FxHashMap<ClosureKey, Arc<Vec<u32>>>>,
    pub(crate) standalone: bool,
}

/// An object id and the sorted ids of its dependency closure.
type ClosureKey = (usize, Vec<usize>);

/// A search result: the library found, or a file that stops the search (not ELF, corrupt).
type Hit = Result<(PathBuf, Arc<Object>), (PathBuf, String)>;

/// A NEEDED entry that could not be loaded: who needs it, the name, and the
/// file that stopped the search when there was one.
type Missing = (usize, String, Option<(PathBuf, String)>);

/// One object in a program's load set.
struct Loaded {
    obj: Arc<Object>,
    shown: String,
    names: Vec<String>,
    loader: Option<usize>,
    needed_as: String,
    deps: Vec<usize>,
    origin: Option<PathBuf>,
    /// Found only through the scan's [`Fallback`], not by ld.so's own search.
    off_path: bool,
}

impl Checker {
    /// Prepares a checker: reads the ld.so cache of the root and the `--lib` files.
    pub fn new(config: LoaderConfig) -> Result<Checker, String> {
        let root = config.sysroot.clone().unwrap_or_else(|| PathBuf::from("/"));
        if !root.is_dir() {
            return Err(format!("{}: sysroot is not a directory", root.display()));
        }
        let objects = Objects::default();
        let mut by_name = FxHashMap::default();
        for o in &config.overrides {
            match o {
                LibOverride::ByName(name, path) => {
                    objects
                        .get(path)
                        .map_err(|e| format!("{}: {e}", path.display()))?;
                    by_name.insert(name.clone(), path.clone());
                }
                LibOverride::BySoname(path) => {
                    let obj = objects
                        .get(path)
                        .map_err(|e| format!("{}: {e}", path.display()))?;
                    let name = obj.abi.soname.clone().ok_or_else(|| {
                        format!(
                            "{}: has no SONAME; use --lib NAME={}",
                            path.display(),
                            path.display()
                        )
                    })?;
                    by_name.insert(name, path.clone());
                }
            }
        }
        Ok(Checker {
            cache: LdCache::load(&root),
            root,
            library_path: config.library_path,
            by_name,
            objects,
            memo: Mutex::default(),
            standalone: config.standalone,
        })
    }

    /// Maps an absolute path of the target system to this machine.
    fn rooted(&self, p: &Path) -> PathBuf {
        if p.is_absolute() {
            under_root(&self.root, p)
        } else {
            p.to_path_buf()
        }
    }

    /// Checks `file` on its own, as `ldd -r` does; `shown` is how findings name it.
    pub fn check(&self, file: &Path, shown: &str) -> CheckOutcome {
        self.check_with(file, shown, None)
    }

    /// [`Checker::check`], looking NEEDED entries that ld.so's search does not
    /// find up in `fallback` last.
    pub(crate) fn check_with(
        &self,
        file: &Path,
        shown: &str,
        fallback: Option<&Fallback>,
    ) -> CheckOutcome {
        let mut out = CheckOutcome::default();
        let main = match self.objects.get(file) {
            Ok(m) => m,
            Err(e) => {
                out.error = Some(e);
                return out;
            }
        };
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
        let origin = std::fs::canonicalize(file)
            .ok()
            .and_then(|p| p.parent().map(Path::to_path_buf));
        let mut loaded = vec![Loaded {
            names: main.abi.soname.iter().cloned().collect(),
            obj: main,
            shown: shown.to_owned(),
            loader: None,
            needed_as: shown.to_owned(),
            deps: Vec::new(),
            origin,
            off_path: false,
        }];
        let mut missing: Vec<Missing> = Vec::new();
        let mut i = 0;
        while i < loaded.len() {
            let needed = loaded[i].obj.abi.needed.clone();
            for name in needed {
                if let Some(j) = find_loaded(&loaded, &name) {
                    loaded[i].deps.push(j);
                    continue;
                }
                let mut off_path = false;
                let mut hit = self.search(&loaded, i, &name);
                if hit.is_none() {
                    if let Some(p) = fallback.and_then(|f| f.get(&name)) {
                        hit = self.try_path(&loaded[0].obj.abi, p.clone());
                        off_path = true;
                    }
                }
                match hit {
                    Some(Ok((path, obj))) => {
                        if let Some(j) = loaded.iter().position(|l| l.obj.id == obj.id) {
                            loaded[j].names.push(name.clone());
                            loaded[i].deps.push(j);
                        } else {
                            let mut names = vec![name.clone()];
                            names.extend(obj.abi.soname.iter().cloned());
                            let origin = path.parent().map(Path::to_path_buf);
                            loaded.push(Loaded {
                                obj,
                                shown: path.display().to_string(),
                                names,
                                loader: Some(i),
                                needed_as: name.clone(),
                                deps: Vec::new(),
                                origin,
                                off_path,
                            });
                            let j = loaded.len() - 1;
                            loaded[i].deps.push(j);
                        }
                    }
                    Some(Err((path, why))) => missing.push((i, name, Some((path, why)))),
                    None => missing.push((i, name, None)),
                }
            }
            i += 1;
        }
        out.loaded = loaded.iter().map(|l| l.shown.clone()).collect();
        let mut findings = Vec::new();
        self.bind(&loaded, &missing, shown, &mut findings);
        (out.findings, out.scopes) = findings.into_iter().unzip();
        out.load = loaded.into_iter().map(|l| l.obj).collect();
        out
    }

    /// `p` as a candidate for a library needed by a program or library like `main`:
    /// skipped when of another class or machine, an error when not ELF or corrupt.
    fn try_path(&self, main: &compat_elf::ElfAbi, p: PathBuf) -> Option<Hit> {
        if !p.is_file() {
            return None;
        }
        match self.objects.get(&p) {
            Ok(obj) => {
                let a = &obj.abi;
                (a.class == main.class && a.e_machine == main.e_machine && a.endian == main.endian)
                    .then_some(Ok((p, obj)))
            }
            Err(e) => Some(Err((p, e))),
        }
    }

    /// Finds `name` needed by `loaded[by]`, as ld.so searches.
    fn search(&self, loaded: &[Loaded], by: usize, name: &str) -> Option<Hit> {
        let main = &loaded[0].obj.abi;
        // ld.so skips candidates of another class or machine, but a file that is
        // not ELF at all, or is corrupt, stops the search with an error
        // (glibc `open_verify`: "invalid ELF header", "file too short").
        let try_path = |p: PathBuf| self.try_path(main, p);
        if let Some(p) = self.by_name.get(name) {
            return try_path(p.clone());
        }
        let loader = &loaded[by];
        if name.contains('/') {
            let e = expand(name, loader.origin.as_deref(), main)?;
            let p = if name.contains("$ORIGIN") || name.contains("${ORIGIN}") {
                PathBuf::from(e)
            } else {
                self.rooted(Path::new(&e))
            };
            return try_path(p);
        }
        let in_dirs = |entries: &[String], origin: Option<&Path>| -> Option<Hit> {
            for entry in entries {
                let entry = if entry.is_empty() {
                    "."
                } else {
                    entry.as_str()
                };
                let Some(dir) = expand(entry, origin, main) else {
                    continue;
                };
                let dir = if entry.contains("ORIGIN") {
                    PathBuf::from(dir)
                } else {
                    self.rooted(Path::new(&dir))
                };
                if let Some(hit) = try_path(dir.join(name)) {
                    return Some(hit);
                }
            }
            None
        };
        let abi = &loader.obj.abi;
        // DT_RPATH of the loader and its loaders, unless the loader has DT_RUNPATH.
        // An object that has both ignores its own DT_RPATH everywhere.
        if abi.runpath.is_empty() {
            let mut l = Some(by);
            while let Some(k) = l {
                let o = &loaded[k];
                if o.obj.abi.runpath.is_empty() {
                    if let Some(hit) = in_dirs(&o.obj.abi.rpath, o.origin.as_deref()) {
                        return Some(hit);
                    }
                }
                l = o.loader;
            }
        }
        for d in &self.library_path {
            if let Some(hit) = try_path(d.join(name)) {
                return Some(hit);
            }
        }
        if let Some(hit) = in_dirs(&abi.runpath, loader.origin.as_deref()) {
            return Some(hit);
        }
        if abi.has_flag("NODEFLIB") {
            return None;
        }
        for p in self.cache.lookup(name) {
            if let Some(hit) = try_path(p.clone()) {
                return Some(hit);
            }
        }
        for d in default_dirs(main) {
            if let Some(hit) = try_path(self.rooted(&d).join(name)) {
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
        loaded: &[Loaded],
        missing: &[Missing],
        file: &str,
        findings: &mut Vec<(Finding, Scope)>,
    ) {
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
            for (_, name, invalid) in missing.iter().filter(|(by, ..)| *by == k) {
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
            let mut missing_versions: Vec<(String, String)> = Vec::new();
            for need in &l.obj.abi.version_needs {
                let Some(t) = find_loaded(loaded, &need.file) else {
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
                    let symbols: Vec<String> = l
                        .obj
                        .abi
                        .undefined
                        .iter()
                        .filter(|u| {
                            u.version.as_deref() == Some(&v.name)
                                && u.version_file.as_deref() == Some(&need.file)
                        })
                        .map(|u| u.name.to_string())
                        .collect();
                    let mut symbols = symbols;
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
                                if defined.is_empty() { "no versions".to_owned() } else { defined.join(", ") }
                            ),
                            s,
                        )
                        .with_group(format!("{file}|{who}|version|{}|{}", need.file, v.name)),
                        Scope::Fixed,
                    ));
                    missing_versions.push((need.file.clone(), v.name.clone()));
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
                s.version = u.version.as_deref().map(str::to_owned);
                s.library = u.version_file.as_deref().map(str::to_owned);
                let msg = match &u.version {
                    Some(v) => format!("undefined symbol: {}, version {v} ({who})", u.name),
                    None => format!("undefined symbol: {} ({who})", u.name),
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
                    if missing_versions
                        .iter()
                        .any(|(mf, mv)| **mf == **need && **mv == **v)
                    {
                        f = f.with_group(format!("{file}|{who}|version|{need}|{v}"));
                    }
                }
                if let Some(need) = &u.version_file {
                    if missing.iter().any(|(by, n, _)| *by == k && **n == **need) {
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
                        sub.version = s.version.as_deref().map(str::to_owned);
                        findings.push((
                            Finding::new(
                                "ld-symbol-unresolved",
                                format!("undefined symbol: {} (copy relocation in {who})", s.name),
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

/// The loaded object ld.so would match for `name`: by a name it was loaded as, or its SONAME.
fn find_loaded(loaded: &[Loaded], name: &str) -> Option<usize> {
    loaded
        .iter()
        .position(|l| l.names.iter().any(|n| n == name) || l.shown == name)
}

/// The definition of `u` in `t` that ld.so would bind, following its rules for
/// versioned and unversioned references (glibc `check_match`).
pub fn lookup_in(t: &Object, t_names: &[String], u: &UndefinedSymbol) -> Option<u32> {
    let mut num_versions = 0;
    let mut versioned = None;
    for &i in t.defs(&u.name) {
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
