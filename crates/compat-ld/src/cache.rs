//! The ld.so cache (`/etc/ld.so.cache`, format `glibc-ld.so.cache1.1`), and
//! `ld.so.conf` as a fallback where a root has no cache.

use std::path::{Path, PathBuf};

use rustc_hash::FxHashMap;

/// The library names the cache maps to paths, in cache order.
#[derive(Debug, Default, Clone)]
pub struct LdCache {
    entries: FxHashMap<String, Vec<PathBuf>>,
    /// Where the entries came from, for messages.
    pub source: String,
}

const NEW_MAGIC: &[u8] = b"glibc-ld.so.cache1.1";
const OLD_MAGIC: &[u8] = b"ld.so-1.7.0";

impl LdCache {
    /// Candidate paths for `name`, in cache order (the caller checks class and machine).
    pub fn lookup(&self, name: &str) -> &[PathBuf] {
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

    /// Loads the cache of `root` (`/` or a sysroot): `etc/ld.so.cache` when it
    /// parses, else the directories of `etc/ld.so.conf` scanned for SONAMEs.
    pub fn load(root: &Path) -> LdCache {
        let file = root.join("etc/ld.so.cache");
        if let Ok(bytes) = std::fs::read(&file) {
            if let Some(mut c) = parse(&bytes) {
                // Cache paths are absolute in the target's namespace.
                if root != Path::new("/") {
                    for v in c.entries.values_mut() {
                        for p in v.iter_mut() {
                            *p = crate::search::under_root(root, p);
                        }
                    }
                }
                c.source = file.display().to_string();
                return c;
            }
        }
        from_conf(root)
    }
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

fn cstr(b: &[u8], off: usize) -> Option<&str> {
    let rest = b.get(off..)?;
    let end = rest.iter().position(|&c| c == 0)?;
    std::str::from_utf8(&rest[..end]).ok()
}

/// Parses a cache file. Returns `None` when it is not in a known format.
pub fn parse(bytes: &[u8]) -> Option<LdCache> {
    let start = if bytes.starts_with(NEW_MAGIC) {
        0
    } else if bytes.starts_with(OLD_MAGIC) {
        // Old header (12 bytes magic+pad, u32 count), 12-byte entries, then the new format, 8-aligned.
        let n = u32_at(bytes, 12, cfg!(target_endian = "little"))? as usize;
        let off = 16usize.checked_add(n.checked_mul(12)?)?;
        let off = (off + 7) & !7;
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
    let mut entries: FxHashMap<String, Vec<PathBuf>> = FxHashMap::default();
    for i in 0..nlibs {
        let e = entries_off + i * 24;
        let flags = u32_at(h, e, le)?;
        let key = u32_at(h, e + 4, le)? as usize;
        let value = u32_at(h, e + 8, le)? as usize;
        let hwcap = u64_at(h, e + 16, le)?;
        // Only ELF libc6 entries; glibc-hwcaps entries depend on the CPU and are skipped.
        if flags & 0xff != 3 || hwcap != 0 {
            continue;
        }
        let (Some(k), Some(v)) = (cstr(h, key), cstr(h, value)) else {
            continue;
        };
        entries
            .entry(k.to_owned())
            .or_default()
            .push(PathBuf::from(v));
    }
    Some(LdCache {
        entries,
        source: String::new(),
    })
}

/// Builds a cache from `etc/ld.so.conf` (following `include` globs) by
/// scanning each directory for files named like shared libraries.
fn from_conf(root: &Path) -> LdCache {
    let mut dirs = Vec::new();
    let mut seen = std::collections::HashSet::new();
    read_conf(root, &root.join("etc/ld.so.conf"), &mut dirs, &mut seen, 0);
    let mut entries: FxHashMap<String, Vec<PathBuf>> = FxHashMap::default();
    for d in dirs {
        let Ok(rd) = std::fs::read_dir(&d) else {
            continue;
        };
        let mut names: Vec<_> = rd
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        for n in names {
            if n.contains(".so") {
                entries.entry(n.clone()).or_default().push(d.join(&n));
            }
        }
    }
    LdCache {
        entries,
        source: format!("{} (no ld.so.cache)", root.join("etc/ld.so.conf").display()),
    }
}

fn read_conf(
    root: &Path,
    file: &Path,
    dirs: &mut Vec<PathBuf>,
    seen: &mut std::collections::HashSet<PathBuf>,
    depth: usize,
) {
    if depth > 16 || !seen.insert(file.to_path_buf()) {
        return;
    }
    let Ok(text) = std::fs::read_to_string(file) else {
        return;
    };
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
                let p = if p.starts_with('/') {
                    crate::search::under_root(root, Path::new(p))
                } else {
                    file.parent().unwrap_or(root).join(p)
                };
                for f in glob(&p) {
                    read_conf(root, &f, dirs, seen, depth + 1);
                }
            }
        } else if line.starts_with('/') {
            dirs.push(crate::search::under_root(root, Path::new(line)));
        }
    }
}

/// Expands a `*` in the last path component (enough for ld.so.conf's `include`).
fn glob(p: &Path) -> Vec<PathBuf> {
    let name = p
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let Some((pre, post)) = name.split_once('*') else {
        return vec![p.to_path_buf()];
    };
    let dir = p.parent().unwrap_or(Path::new("/"));
    let mut out: Vec<PathBuf> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(pre) && n.ends_with(post) && n.len() >= pre.len() + post.len())
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
}
