//! The ld.so cache (`/etc/ld.so.cache`, format `glibc-ld.so.cache1.1`), and
//! `ld.so.conf` as a fallback where a root has no cache.
//!
//! Both are read inside the root ([`Root`]) through `compat_fs`: regular
//! files only, capped by purpose ([`Limit::LdCache`], [`Limit::LdConf`]).
//! A file that is not a regular file is handled as glibc handles it, where
//! glibc handles it at all:
//!
//! - `ld.so.cache` is read by ld.so at every start (`_dl_load_cache_lookup`:
//!   open, fstat, map when the size is not zero). A FIFO would block every
//!   program at its start: an error. A device (size 0), a directory or a
//!   socket (neither maps nor opens) is ignored by ld.so: a note, and the
//!   root is treated as having no cache. So is a file that is not a cache.
//! - `ld.so.conf` and the files it includes are read by ldconfig only
//!   (`parse_conf`: fopen, getline). A FIFO blocks it and a device (such as
//!   `/dev/zero`) feeds it without end: an error. A directory reads as
//!   empty and a socket does not open (ldconfig warns and goes on): a note.
//!
//! Amplification: cache entries are interned by string offset (thousands of
//! entries naming one path cost one path), a name keeps at most one path per
//! flags value (ld.so picks one entry per name: the first with the exact
//! flags of the process, else the last generic one), strings longer than
//! `PATH_MAX` are not paths, and the decoded strings may total at most a
//! constant factor of the file (a real cache decodes to less than its size:
//! ldconfig merges string tails).

use foldhash::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use compat_fs::{FileKind, FsError, Limit};

use crate::error::Error;
use crate::root::{ResolveError, Root, PATH_MAX};

/// The library names the cache maps to paths, in cache order.
#[derive(Debug, Default, Clone)]
pub struct LdCache {
    entries: HashMap<Box<str>, Vec<Arc<Path>>>,
    /// Where the entries came from, for messages.
    pub source: String,
    /// What was ignored on the way (a cache that is not one, a configuration
    /// file that cannot be read), one line each, naming the file.
    pub notes: Vec<String>,
}

const NEW_MAGIC: &[u8] = b"glibc-ld.so.cache1.1";
const OLD_MAGIC: &[u8] = b"ld.so-1.7.0";

/// Decoded cache strings may total this many times the file's size (plus
/// [`DECODED_SLACK`]); a real cache decodes to less than its own size.
const DECODED_FACTOR: usize = 4;
const DECODED_SLACK: usize = 64 << 10;

/// The target path of the cache.
const CACHE: &str = "/etc/ld.so.cache";
/// The target path of the configuration.
const CONF: &str = "/etc/ld.so.conf";
/// How deep `include` may nest.
const MAX_INCLUDE_DEPTH: usize = 16;

impl LdCache {
    /// Candidate paths for `name` (paths of the target system), in cache
    /// order (the caller checks class and machine).
    pub fn lookup(&self, name: &str) -> &[Arc<Path>] {
        self.entries.get(name).map(Vec::as_slice).unwrap_or(&[])
    }

    /// Number of names in the cache.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// True when the cache maps no name.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Loads the cache of `root`: `/etc/ld.so.cache` when it parses, else the
    /// directories of `/etc/ld.so.conf` scanned for libraries. An error (one
    /// line, naming the file and its type) for a file neither ld.so nor
    /// ldconfig could get past (see the module documentation).
    pub fn load(root: &Root) -> Result<LdCache, Error> {
        let file = root.host(Path::new(CACHE));
        let mut notes = Vec::new();
        match read_in_root(root, &file, Limit::LdCache) {
            Ok(Some(bytes)) => match parse(&bytes) {
                Some(mut c) => {
                    c.source = file.display().to_string();
                    return Ok(c);
                }
                None => notes.push(format!(
                    "{}: not an ld.so cache ({}); ignored, as ld.so ignores it",
                    file.display(),
                    String::from_utf8_lossy(NEW_MAGIC)
                )),
            },
            Ok(None) => {}
            Err(Unreadable::Fs(e, shown)) => match &e {
                FsError::NotRegular {
                    kind: FileKind::Fifo,
                    ..
                } => {
                    return Err(Error::CacheWouldBlock {
                        file: shown,
                        source: e,
                    })
                }
                FsError::TooLarge { .. } => {
                    return Err(Error::TooLarge {
                        file: shown,
                        source: e,
                    })
                }
                _ => notes.push(format!(
                    "{shown}: {}; ignored, as ld.so ignores a cache it cannot map",
                    e.reason()
                )),
            },
            Err(Unreadable::Resolve(e)) => notes.push(format!(
                "{}: {e}; ignored, as ld.so ignores a cache it cannot open",
                file.display()
            )),
        }
        let mut c = from_conf(root)?;
        c.notes.splice(0..0, notes);
        Ok(c)
    }
}

/// Why a file of the root could not be read.
enum Unreadable {
    /// Its path does not resolve (a link loop, a permission error).
    Resolve(ResolveError),
    /// compat_fs refused it; with how to name it (`FILE`, or `FILE (-> REAL)`
    /// when a link led elsewhere in the root).
    Fs(FsError, String),
}

/// Reads `host` (a path below the root, or the host's) after resolving it
/// inside the root; `None` when it does not exist.
fn read_in_root(root: &Root, host: &Path, limit: Limit) -> Result<Option<Vec<u8>>, Unreadable> {
    let real = match root.resolve(host) {
        Ok(r) => r,
        Err(ResolveError::NotFound | ResolveError::NotADirectory) => return Ok(None),
        Err(e) => return Err(Unreadable::Resolve(e)),
    };
    compat_fs::read(&real, limit).map(Some).map_err(|e| {
        let shown = if real == host {
            host.display().to_string()
        } else {
            format!("{} (-> {})", host.display(), real.display())
        };
        Unreadable::Fs(e, shown)
    })
}

fn u32_at(b: &[u8], off: usize, le: bool) -> Option<u32> {
    let s: [u8; 4] = b.get(off..off + 4)?.try_into().ok()?;
    Some(if le {
        u32::from_le_bytes(s)
    } else {
        u32::from_be_bytes(s)
    })
}

fn u64_at(b: &[u8], off: usize, le: bool) -> Option<u64> {
    let s: [u8; 8] = b.get(off..off + 8)?.try_into().ok()?;
    Some(if le {
        u64::from_le_bytes(s)
    } else {
        u64::from_be_bytes(s)
    })
}

/// The NUL-terminated UTF-8 string at `off`, if it is at most `PATH_MAX` long.
fn cstr(b: &[u8], off: usize) -> Option<&str> {
    let rest = b.get(off..)?;
    let rest = &rest[..rest.len().min(PATH_MAX)];
    let end = rest.iter().position(|&c| c == 0)?;
    std::str::from_utf8(&rest[..end]).ok()
}

/// Strings decoded once per offset, within a budget.
struct Strings<'a> {
    bytes: &'a [u8],
    seen: HashMap<u32, Option<Arc<str>>>,
    budget: usize,
}

impl Strings<'_> {
    /// The string at `off`; `Err` when the budget is spent.
    fn get(&mut self, off: u32) -> Result<Option<Arc<str>>, ()> {
        if let Some(s) = self.seen.get(&off) {
            return Ok(s.clone());
        }
        let s: Option<Arc<str>> = cstr(self.bytes, off as usize).map(Arc::from);
        let len = s.as_ref().map_or(0, |s| s.len());
        self.budget = self.budget.checked_sub(len).ok_or(())?;
        self.seen.insert(off, s.clone());
        Ok(s)
    }
}

/// Parses a cache file. Returns `None` when it is not in a known format (or
/// its strings would decode to more than a constant factor of its size).
pub fn parse(bytes: &[u8]) -> Option<LdCache> {
    let start = if bytes.starts_with(NEW_MAGIC) {
        0
    } else if bytes.starts_with(OLD_MAGIC) {
        // Old header (12 bytes magic+pad, u32 count), 12-byte entries, then the new format, 8-aligned.
        let n = u32_at(bytes, 12, cfg!(target_endian = "little"))? as usize;
        let off = 16usize.checked_add(n.checked_mul(12)?)?;
        let off = off.checked_add(7)? & !7;
        if !bytes.get(off..)?.starts_with(NEW_MAGIC) {
            return None;
        }
        off
    } else {
        return None;
    };
    let h = &bytes[start..];
    // Byte order: header flags 2 = little, 3 = big; 0 = the host's.
    let le = match h.get(28)? & 3 {
        2 => true,
        3 => false,
        _ => cfg!(target_endian = "little"),
    };
    let nlibs = u32_at(h, 20, le)? as usize;
    let entries_off = 48usize;
    if nlibs > h.len() / 24 {
        return None;
    }
    let mut strings = Strings {
        bytes: h,
        seen: HashMap::default(),
        budget: bytes
            .len()
            .saturating_mul(DECODED_FACTOR)
            .saturating_add(DECODED_SLACK),
    };
    let mut entries: HashMap<Box<str>, Vec<Arc<Path>>> = HashMap::default();
    // Per (name, flags): the index of the kept path in the name's list.
    let mut kept: HashMap<(Arc<str>, u32), usize> = HashMap::default();
    let mut paths: HashMap<u32, Arc<Path>> = HashMap::default();
    for i in 0..nlibs {
        let e = entries_off + i * 24;
        let flags = u32_at(h, e, le)?;
        let key = u32_at(h, e + 4, le)?;
        let value = u32_at(h, e + 8, le)?;
        let hwcap = u64_at(h, e + 16, le)?;
        // Only ELF libc6 entries (`FLAG_ELF_LIBC6`, any required-ABI byte);
        // glibc-hwcaps entries depend on the CPU and are skipped.
        if flags & 0xff != 3 || flags >> 16 != 0 || hwcap != 0 {
            continue;
        }
        let Some(k) = strings.get(key).ok()? else {
            continue;
        };
        // ld.so takes the first entry with the exact flags of the process,
        // or else the last generic one (flags 3).
        let at = kept.get(&(k.clone(), flags)).copied();
        if at.is_some() && flags != 3 {
            continue;
        }
        let Some(p) = path_at(&mut strings, &mut paths, value).ok()? else {
            continue;
        };
        let list = entries.entry(Box::from(&*k)).or_default();
        match at {
            Some(at) => list[at] = p,
            None => {
                kept.insert((k, flags), list.len());
                list.push(p);
            }
        }
    }
    Some(LdCache {
        entries,
        source: String::new(),
        notes: Vec::new(),
    })
}

/// The path at string offset `off`, one `Arc` per offset.
fn path_at(
    strings: &mut Strings<'_>,
    paths: &mut HashMap<u32, Arc<Path>>,
    off: u32,
) -> Result<Option<Arc<Path>>, ()> {
    if let Some(p) = paths.get(&off) {
        return Ok(Some(p.clone()));
    }
    let Some(s) = strings.get(off)? else {
        return Ok(None);
    };
    let p: Arc<Path> = Arc::from(Path::new(&*s));
    paths.insert(off, p.clone());
    Ok(Some(p))
}

/// Builds a cache from `/etc/ld.so.conf` (following `include` globs) by
/// scanning each directory for files named like shared libraries.
fn from_conf(root: &Root) -> Result<LdCache, Error> {
    let mut conf = Conf::default();
    read_conf(root, Path::new(CONF), &mut conf, 0)?;
    let mut entries: HashMap<Box<str>, Vec<Arc<Path>>> = HashMap::default();
    let mut scanned: HashSet<PathBuf> = HashSet::default();
    for d in conf.dirs {
        // Each real directory once (two entries may name it through links).
        let Ok(real) = root.resolve(&root.host(&d)) else {
            continue;
        };
        if !scanned.insert(real.clone()) {
            continue;
        }
        let Ok(rd) = std::fs::read_dir(&real) else {
            continue;
        };
        let mut names: Vec<_> = rd
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        for n in names {
            if n.contains(".so") {
                let p: Arc<Path> = Arc::from(d.join(&n));
                entries.entry(n.into_boxed_str()).or_default().push(p);
            }
        }
    }
    Ok(LdCache {
        entries,
        source: format!("{} (no ld.so.cache)", root.host(Path::new(CONF)).display()),
        notes: conf.notes,
    })
}

/// What `ld.so.conf` and its includes list.
#[derive(Default)]
struct Conf {
    /// Directories (target paths), each once, in order.
    dirs: Vec<PathBuf>,
    seen_dirs: HashSet<PathBuf>,
    /// Configuration files and include patterns already read.
    seen: HashSet<PathBuf>,
    notes: Vec<String>,
}

/// Reads the configuration file `file` (a target path) into `conf`.
fn read_conf(root: &Root, file: &Path, conf: &mut Conf, depth: usize) -> Result<(), Error> {
    if depth > MAX_INCLUDE_DEPTH || !conf.seen.insert(file.to_path_buf()) {
        return Ok(());
    }
    let host = root.host(file);
    let bytes = match read_in_root(root, &host, Limit::LdConf) {
        Ok(Some(b)) => b,
        Ok(None) => return Ok(()),
        Err(Unreadable::Fs(e, shown)) => {
            return match &e {
                FsError::NotRegular {
                    kind: FileKind::Fifo | FileKind::CharDevice | FileKind::BlockDevice,
                    ..
                } => Err(Error::ConfUnreadable {
                    file: shown,
                    source: e,
                }),
                FsError::TooLarge { .. } => Err(Error::TooLarge {
                    file: shown,
                    source: e,
                }),
                _ => {
                    conf.notes.push(format!(
                        "{shown}: {}; ignored, as ldconfig ignores it",
                        e.reason()
                    ));
                    Ok(())
                }
            };
        }
        Err(Unreadable::Resolve(e)) => {
            conf.notes.push(format!(
                "{}: {e}; ignored, as ldconfig ignores a configuration file it cannot open",
                host.display()
            ));
            return Ok(());
        }
    };
    let text = String::from_utf8_lossy(&bytes);
    for line in text.lines() {
        let line = line.split('#').next().unwrap_or("").trim();
        if line.is_empty() {
            continue;
        }
        if let Some(pat) = line
            .strip_prefix("include")
            .filter(|r| r.starts_with(char::is_whitespace))
        {
            for p in pat.split_whitespace() {
                // ldconfig: a relative pattern is relative to the directory
                // of the file that includes it.
                let p = if p.starts_with('/') {
                    PathBuf::from(p)
                } else {
                    file.parent().unwrap_or(Path::new("/")).join(p)
                };
                if !conf.seen.insert(p.join("*include*")) {
                    continue;
                }
                for f in glob(root, &p) {
                    read_conf(root, &f, conf, depth + 1)?;
                }
            }
        } else if line.starts_with('/') {
            let d = PathBuf::from(line);
            if conf.seen_dirs.insert(d.clone()) {
                conf.dirs.push(d);
            }
        }
    }
    Ok(())
}

/// Expands a `*` in the last component of the target path `p` (enough for
/// ld.so.conf's `include`), listing the directory inside the root; as
/// glob(3), `*` does not match a leading dot. Target paths, sorted.
fn glob(root: &Root, p: &Path) -> Vec<PathBuf> {
    let name = p
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let Some((pre, post)) = name.split_once('*') else {
        return vec![p.to_path_buf()];
    };
    let dir = p.parent().unwrap_or(Path::new("/"));
    let Ok(real) = root.resolve(&root.host(dir)) else {
        return Vec::new();
    };
    let mut out: Vec<PathBuf> = std::fs::read_dir(real)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(pre) && n.ends_with(post) && n.len() >= pre.len() + post.len())
        .filter(|n| !pre.is_empty() || !n.starts_with('.'))
        .map(|n| dir.join(n))
        .collect();
    out.sort();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn garbage_is_not_a_cache() {
        assert!(parse(b"").is_none());
        assert!(parse(b"glibc-ld.so.cache1.1").is_none());
        let mut b = NEW_MAGIC.to_vec();
        b.resize(48, 0);
        b[20] = 0xff; // absurd count
        b[21] = 0xff;
        assert!(parse(&b).is_none());
    }

    #[test]
    fn parses_this_machine_cache_when_present() {
        if let Ok(bytes) = std::fs::read("/etc/ld.so.cache") {
            let c = parse(&bytes).expect("the host cache parses");
            assert!(
                !c.lookup("libc.so.6").is_empty(),
                "libc.so.6 is in every glibc cache"
            );
        }
    }

    /// A cache in the new format: `(flags, key, value)` entries.
    fn cache(entries: &[(u32, &str, &str)]) -> Vec<u8> {
        let mut w = compat_testkit::LdCacheWriter::default();
        for (flags, k, v) in entries {
            w.entry_with_flags(*flags, k, v);
        }
        w.bytes()
    }

    #[test]
    fn one_path_per_flags_as_ld_so_picks() {
        let c = parse(&cache(&[
            (0x303, "libx.so.1", "/a/libx.so.1"),
            (0x303, "libx.so.1", "/b/libx.so.1"),
            (3, "libx.so.1", "/g1/libx.so.1"),
            (3, "libx.so.1", "/g2/libx.so.1"),
            (0x303, "liby.so.1", "/a/liby.so.1"),
        ]))
        .unwrap();
        let got: Vec<&Path> = c.lookup("libx.so.1").iter().map(|p| &**p).collect();
        assert_eq!(got, [Path::new("/a/libx.so.1"), Path::new("/g2/libx.so.1")]);
        assert_eq!(c.lookup("liby.so.1").len(), 1);
    }

    #[test]
    fn entries_sharing_strings_cost_one_string() {
        let long = format!("/{}/libz.so.1", "d".repeat(4000));
        let mut w = compat_testkit::LdCacheWriter::default();
        for _ in 0..50_000 {
            w.entry("libz.so.1", &long);
        }
        let c = parse(&w.bytes()).unwrap();
        assert_eq!(c.lookup("libz.so.1").len(), 1);
        // Past PATH_MAX a string is not a path.
        let mut w = compat_testkit::LdCacheWriter::default();
        w.entry("libw.so.1", &format!("/{}", "d".repeat(5000)));
        assert!(parse(&w.bytes()).unwrap().lookup("libw.so.1").is_empty());
    }

    #[test]
    fn overlapping_strings_beyond_the_budget_are_not_a_cache() {
        // Entries pointing at every suffix of one long string: distinct
        // names, each decoded, far more bytes than the file holds.
        let n = 20_000u32;
        let long = "x".repeat(4000);
        let base = 48 + 24 * n;
        let mut b = NEW_MAGIC.to_vec();
        b.resize(48, 0);
        b[20..24].copy_from_slice(&n.to_le_bytes());
        b[28] = 2;
        for i in 0..n {
            b.extend_from_slice(&0x303u32.to_le_bytes());
            b.extend_from_slice(&(base + i % 3900).to_le_bytes());
            b.extend_from_slice(&(base + i % 3900).to_le_bytes());
            b.extend_from_slice(&[0; 12]);
        }
        b.extend_from_slice(long.as_bytes());
        b.push(0);
        assert!(parse(&b).is_none());
    }
}
