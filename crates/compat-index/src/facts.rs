//! What the index records of one ELF file, read in parallel before one
//! writer stores it: the file's identity (size, mtime, build id), its
//! dynamic section, definitions, references, and the bindings compat-ld's
//! loader model resolves for it (the file loaded on its own, as `ldd -r`).

use std::io::Write as _;
use std::path::Path;
use std::sync::Arc;

use compat_elf::ElfAbi;
use compat_ld::{is_program, wants_host, CheckOutcome, Checker};

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
#[derive(Debug)]
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
    /// Definitions, as the JSON array `def_list` stores (see [`defs_json`]);
    /// empty when the file defines nothing.
    pub defs: String,
    /// References and their bindings.
    pub refs: Vec<Ref>,
    /// The references (positions in `refs`, which are those of the file's
    /// undefined symbols) its own load leaves undefined and a host may
    /// provide ([`compat_ld::wants_host`]).
    pub host_wanted: Vec<usize>,
}

/// The stamp of `path`: size and mtime, without the build id (a file read
/// gets it from [`read`]'s parse; [`build_id`] reads it alone). An error
/// when the file cannot be looked at.
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
        build_id: None,
    })
}

/// The file's NT_GNU_BUILD_ID in hex, when it has one (for a file whose
/// size and mtime are those recorded: whether it changed all the same).
pub fn build_id(path: &Path) -> Option<String> {
    compat_elf::Input::open(path).ok()?.build_id().map(hex)
}

fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        out.push(char::from(DIGITS[usize::from(b >> 4)]));
        out.push(char::from(DIGITS[usize::from(b & 15)]));
    }
    out
}

/// Reads `path` through `checker` (loaded on its own) into its facts; the
/// build id of `stamp` is the one of this read.
pub fn read(checker: &Checker, path: &Path, stamp: Stamp) -> FileFacts {
    read_keeping(checker, path, stamp).0
}

/// [`read()`], handing back the load too (to look for the file's host).
pub fn read_keeping(checker: &Checker, path: &Path, mut stamp: Stamp) -> (FileFacts, CheckOutcome) {
    let shown = path.display().to_string();
    let outcome = checker.load(path, &shown);
    let facts = facts_of(&outcome, shown, {
        stamp.build_id = outcome.main().and_then(|m| m.build_id.as_deref()).map(hex);
        stamp
    });
    (facts, outcome)
}

fn facts_of(outcome: &CheckOutcome, shown: String, stamp: Stamp) -> FileFacts {
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
        defs: String::new(),
        refs: Vec::new(),
        host_wanted: Vec::new(),
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
    facts.defs = defs_json(abi);
    facts.refs = refs(outcome, abi);
    facts.host_wanted = abi
        .undefined
        .iter()
        .zip(&facts.refs)
        .enumerate()
        .filter(|(_, (u, r))| r.provider.is_none() && wants_host(u))
        .map(|(i, _)| i)
        .collect();
    facts
}

/// The file's definitions (its dynamic symbols but the copies copy
/// relocations make) as one JSON array, in symbol-table order, each
/// `[name, version, hidden, kind, size]`; empty when there are none.
/// Written here, by the reading thread, so the writer binds one text per file.
pub fn defs_json(abi: &ElfAbi) -> String {
    let mut out: Vec<u8> = Vec::new();
    for s in abi.symbols.iter().filter(|s| !s.copy_relocated) {
        out.push(if out.is_empty() { b'[' } else { b',' });
        out.push(b'[');
        json_string(&mut out, &s.name);
        out.push(b',');
        match &s.version {
            Some(v) => json_string(&mut out, v),
            None => out.extend_from_slice(b"null"),
        }
        out.extend_from_slice(if s.hidden { b",1," } else { b",0," });
        json_string(&mut out, s.kind.as_str());
        out.push(b',');
        // Into the buffer, without a String per definition.
        let _ = write!(out, "{}", i64::try_from(s.size).unwrap_or(i64::MAX));
        out.push(b']');
    }
    if !out.is_empty() {
        out.push(b']');
    }
    // Only valid UTF-8 was written: names are `str`, escaped by serde_json.
    String::from_utf8(out).unwrap_or_default()
}

/// Appends `s` as a JSON string.
fn json_string(out: &mut Vec<u8>, s: &str) {
    // Writing into a Vec cannot fail, and a str always serializes.
    let _ = serde_json::to_writer(&mut *out, s);
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
            defs: String::new(),
            refs: Vec::new(),
            host_wanted: Vec::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use compat_testkit::Fixture;

    /// A versioned library (a default and a non-default version, a data
    /// object) indexed: the view `def` gives back every definition of its
    /// dynamic symbol table, with its position, version, hidden flag, kind
    /// and size, as compat-elf parsed them.
    #[test]
    fn the_def_view_gives_back_every_definition() {
        let fx = Fixture::new();
        let lib = fx
            .lib("libv.so.1")
            .source(
                "int v_new(void) { return 2; }\n\
                 int v_old(void) { return 1; }\n\
                 __asm__(\".symver v_old, v_get@V_1\");\n\
                 __asm__(\".symver v_new, v_get@@V_2\");\n\
                 long v_table[4] = {1, 2, 3, 4};\n",
            )
            .version_script(
                "V_1 { global: v_get; v_table; local: *; };\nV_2 { global: v_get; } V_1;\n",
            )
            .soname("libv.so.1")
            .build();
        let index = fx.join("index.db");
        crate::build(std::slice::from_ref(&lib), &index).unwrap();

        let abi = compat_elf::Input::open(&lib)
            .unwrap()
            .parse_elf(compat_elf::ReadOptions {
                demangle: false,
                unsorted: true,
                ..compat_elf::ReadOptions::default()
            })
            .unwrap();
        let expected: Vec<(i64, String, Option<String>, bool, String, i64)> = abi
            .symbols
            .iter()
            .filter(|s| !s.copy_relocated)
            .enumerate()
            .map(|(i, s)| {
                (
                    i as i64,
                    s.name.to_string(),
                    s.version.as_deref().map(str::to_owned),
                    s.hidden,
                    s.kind.as_str().to_owned(),
                    s.size as i64,
                )
            })
            .collect();
        let conn = crate::schema::open_for_read(&index).unwrap();
        let mut stmt = conn
            .prepare("SELECT pos, name, version, hidden, kind, size FROM def ORDER BY file_id, pos")
            .unwrap();
        let got: Vec<(i64, String, Option<String>, bool, String, i64)> = stmt
            .query_map([], |r| {
                Ok((
                    r.get(0)?,
                    r.get(1)?,
                    r.get(2)?,
                    r.get(3)?,
                    r.get(4)?,
                    r.get(5)?,
                ))
            })
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        assert_eq!(got, expected);
        let names: Vec<&str> = got.iter().map(|d| d.1.as_str()).collect();
        assert!(
            names.contains(&"v_get") && names.contains(&"v_table"),
            "{names:?}"
        );
        assert!(
            got.iter()
                .any(|d| d.1 == "v_get" && d.2.as_deref() == Some("V_1") && d.3),
            "{got:?}"
        );
        assert!(
            got.iter()
                .any(|d| d.1 == "v_get" && d.2.as_deref() == Some("V_2") && !d.3),
            "{got:?}"
        );
        assert!(got
            .iter()
            .any(|d| d.1 == "v_table" && d.4 == "object" && d.5 == 32));
    }

    /// Names JSON must escape survive the round trip through `def_list`.
    #[test]
    fn names_are_escaped() {
        let mut out = Vec::new();
        super::json_string(&mut out, "a\"b\\c\u{1}é");
        let back: String = serde_json::from_slice(&out).unwrap();
        assert_eq!(back, "a\"b\\c\u{1}é");
    }
}
