//! What the index records of one ELF file, read in parallel before one
//! writer stores it: the file's identity (size, mtime, build id), its
//! dynamic section, definitions, references, and the bindings compat-ld's
//! loader model resolves for it (the file loaded on its own, as `ldd -r`).

use std::path::Path;
use std::sync::Arc;

use compat_elf::ElfAbi;
use compat_ld::{is_program, CheckOutcome, Checker};
use object::Object as _;

/// A file's identity: when size, mtime and build id are unchanged, the file
/// is not read again.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stamp {
    /// Size in bytes.
    pub size: i64,
    /// Modification time, nanoseconds since the epoch.
    pub mtime_ns: i64,
    /// NT_GNU_BUILD_ID in hex.
    pub build_id: Option<String>,
}

/// One definition.
#[derive(Debug, Clone)]
pub struct Def {
    /// Symbol name.
    pub name: Arc<str>,
    /// Version, when the file has version information.
    pub version: Option<Arc<str>>,
    /// A non-default version.
    pub hidden: bool,
    /// Symbol type (`function`, `object`, ...).
    pub kind: &'static str,
    /// Size in bytes.
    pub size: u64,
}

/// One reference, with its binding.
#[derive(Debug, Clone)]
pub struct Ref {
    /// Symbol name.
    pub name: Arc<str>,
    /// Version needed.
    pub version: Option<Arc<str>>,
    /// The NEEDED name the version need names.
    pub version_file: Option<Arc<str>>,
    /// A weak reference.
    pub weak: bool,
    /// Made by a copy relocation (the file defines the copy).
    pub copy: bool,
    /// For a copy: the size linked against.
    pub size: u64,
    /// Where ld.so binds it: the provider's real path (no link left) and SONAME; `None` when unresolved.
    pub provider: Option<Provider>,
}

/// A provider of bindings: its real path and SONAME (shared by every
/// reference bound to it).
pub type Provider = Arc<(String, Option<String>)>;

/// Everything recorded of one file.
#[derive(Debug, Clone)]
pub struct FileFacts {
    /// The path as walked.
    pub path: String,
    /// Its identity.
    pub stamp: Stamp,
    /// `program`, `library`, `skipped` or `error`.
    pub kind: &'static str,
    /// Why it is `skipped` or `error`.
    pub note: Option<String>,
    /// DT_SONAME.
    pub soname: Option<String>,
    /// Machine name.
    pub machine: Option<String>,
    /// DT_NEEDED entries.
    pub needed: Vec<String>,
    /// DT_RPATH entries.
    pub rpath: Vec<String>,
    /// DT_RUNPATH entries.
    pub runpath: Vec<String>,
    /// Version needs: (file, version, weak).
    pub version_needs: Vec<(String, String, bool)>,
    /// Definitions.
    pub defs: Vec<Def>,
    /// References and their bindings.
    pub refs: Vec<Ref>,
}

/// The stamp of `path` (size, mtime, and the build id read from its notes);
/// `None` when it cannot be read.
pub fn stamp(path: &Path) -> Result<Stamp, String> {
    let meta = std::fs::metadata(path).map_err(|e| format!("cannot read: {e}"))?;
    let mtime_ns = meta
        .modified()
        .ok()
        .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
        .map_or(0, |d| i64::try_from(d.as_nanos()).unwrap_or(i64::MAX));
    Ok(Stamp {
        size: i64::try_from(meta.len()).unwrap_or(i64::MAX),
        mtime_ns,
        build_id: build_id(path),
    })
}

/// The file's NT_GNU_BUILD_ID in hex, when it has one.
fn build_id(path: &Path) -> Option<String> {
    let input = compat_elf::Input::open(path).ok()?;
    let file = object::File::parse(input.bytes()).ok()?;
    let id = file.build_id().ok()??;
    Some(id.iter().map(|b| format!("{b:02x}")).collect())
}

/// Reads `path` through `checker` (loaded on its own) into its facts.
pub fn read(checker: &Checker, path: &Path, stamp: Stamp) -> FileFacts {
    let shown = path.display().to_string();
    let outcome = checker.check(path, &shown);
    let mut facts = FileFacts {
        path: shown,
        stamp,
        kind: "error",
        note: None,
        soname: None,
        machine: None,
        needed: Vec::new(),
        rpath: Vec::new(),
        runpath: Vec::new(),
        version_needs: Vec::new(),
        defs: Vec::new(),
        refs: Vec::new(),
    };
    if let Some(e) = &outcome.error {
        facts.note = Some(e.clone());
        return facts;
    }
    if let Some(why) = outcome.skipped {
        facts.kind = "skipped";
        facts.note = Some(why.to_owned());
        return facts;
    }
    let Some(main) = outcome.objects().first() else {
        facts.note = Some("nothing loaded".into());
        return facts;
    };
    let abi = &main.abi;
    facts.kind = if is_program(abi) {
        "program"
    } else {
        "library"
    };
    facts.soname = abi.soname.clone();
    facts.machine = Some(abi.machine.clone());
    facts.needed = abi.needed.clone();
    facts.rpath = abi.rpath.clone();
    facts.runpath = abi.runpath.clone();
    facts.version_needs = abi
        .version_needs
        .iter()
        .flat_map(|n| {
            n.versions
                .iter()
                .map(|v| (n.file.clone(), v.name.clone(), v.is_weak()))
        })
        .collect();
    facts.defs = defs(abi);
    facts.refs = refs(&outcome, abi);
    facts
}

fn defs(abi: &ElfAbi) -> Vec<Def> {
    abi.symbols
        .iter()
        .filter(|s| !s.copy_relocated)
        .map(|s| Def {
            name: s.name.clone(),
            version: s.version.clone(),
            hidden: s.hidden,
            kind: s.kind.as_str(),
            size: s.size,
        })
        .collect()
}

fn refs(outcome: &CheckOutcome, abi: &ElfAbi) -> Vec<Ref> {
    // The providers: each loaded object's path and SONAME, made once.
    let providers: Vec<Provider> = outcome
        .objects()
        .iter()
        .map(|o| Arc::new((o.canonical.display().to_string(), o.abi.soname.clone())))
        .collect();
    let provider = |j: Option<usize>| j.and_then(|j| providers.get(j)).cloned();
    let mut out: Vec<Ref> = abi
        .undefined
        .iter()
        .zip(outcome.bindings())
        .map(|(u, j)| Ref {
            name: u.name.clone(),
            version: u.version.clone(),
            version_file: u.version_file.clone(),
            weak: u.weak,
            copy: false,
            size: 0,
            provider: provider(j),
        })
        .collect();
    for (i, j) in outcome.copy_bindings() {
        let s = &abi.symbols[i as usize];
        out.push(Ref {
            name: s.name.clone(),
            version: s.version.clone(),
            version_file: None,
            weak: false,
            copy: true,
            size: s.size,
            provider: provider(j),
        });
    }
    out
}

impl FileFacts {
    /// A file that could not be analysed.
    pub fn error(path: String, note: String) -> FileFacts {
        FileFacts {
            path,
            stamp: Stamp {
                size: 0,
                mtime_ns: 0,
                build_id: None,
            },
            kind: "error",
            note: Some(note),
            soname: None,
            machine: None,
            needed: Vec::new(),
            rpath: Vec::new(),
            runpath: Vec::new(),
            version_needs: Vec::new(),
            defs: Vec::new(),
            refs: Vec::new(),
        }
    }
}
