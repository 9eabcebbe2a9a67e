//! Library search as glibc's ld.so does it, and the configuration of a check.

use std::path::{Path, PathBuf};

use compat_elf::{ElfAbi, ElfClass};

use crate::root::PATH_MAX;

/// A replacement library given with `--lib`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LibOverride {
    /// `--lib PATH`: use PATH wherever its own SONAME is needed.
    BySoname(PathBuf),
    /// `--lib NAME=PATH`: use PATH wherever NAME is needed.
    ByName(String, PathBuf),
}

impl LibOverride {
    /// Parses a `--lib` argument.
    pub fn parse(arg: &str) -> LibOverride {
        match arg.split_once('=') {
            Some((name, path)) if !name.is_empty() && !name.contains('/') => {
                LibOverride::ByName(name.to_owned(), PathBuf::from(path))
            }
            _ => LibOverride::BySoname(PathBuf::from(arg)),
        }
    }
}

/// How to search for libraries.
#[derive(Debug, Clone, Default)]
pub struct LoaderConfig {
    /// Directories searched like LD_LIBRARY_PATH.
    pub library_path: Vec<PathBuf>,
    /// Root of the target system; `None` is `/`.
    pub sysroot: Option<PathBuf>,
    /// Replacement libraries.
    pub overrides: Vec<LibOverride>,
    /// [`Checker::check_scan`](crate::Checker::check_scan): check every file on
    /// its own, as `ldd -r` does, instead of each shared library in the context
    /// of the files of the scan that load it or could host it.
    pub standalone: bool,
}

/// The Debian multiarch triplet of a machine, for default directories and `$LIB`.
pub fn triplet(abi: &ElfAbi) -> Option<&'static str> {
    Some(match (abi.e_machine, abi.class) {
        (62, ElfClass::Elf64) => "x86_64-linux-gnu",
        (62, ElfClass::Elf32) => "x86_64-linux-gnux32",
        (3, _) => "i386-linux-gnu",
        (183, _) => "aarch64-linux-gnu",
        (40, _) => "arm-linux-gnueabihf",
        (243, ElfClass::Elf64) => "riscv64-linux-gnu",
        (21, _) if abi.endian == compat_elf::Endian::Little => "powerpc64le-linux-gnu",
        (21, _) => "powerpc64-linux-gnu",
        (22, ElfClass::Elf64) => "s390x-linux-gnu",
        (8, _) => "mips64el-linux-gnuabi64",
        (258, _) => "loongarch64-linux-gnu",
        _ => return None,
    })
}

/// `$PLATFORM` for a machine (the AT_PLATFORM ld.so would see).
pub fn platform(abi: &ElfAbi) -> &'static str {
    match abi.e_machine {
        62 => "x86_64",
        3 => "i686",
        183 => "aarch64",
        40 => "v7l",
        243 => "riscv64",
        21 => "power8",
        22 => "z900",
        _ => "unknown",
    }
}

/// ld.so's built-in directories for objects like `abi` (Debian's multiarch
/// layout first, then the upstream 64-bit and plain directories).
pub fn default_dirs(abi: &ElfAbi) -> Vec<PathBuf> {
    let mut v = Vec::new();
    if let Some(t) = triplet(abi) {
        v.push(PathBuf::from(format!("/lib/{t}")));
        v.push(PathBuf::from(format!("/usr/lib/{t}")));
    }
    v.push(PathBuf::from("/lib"));
    v.push(PathBuf::from("/usr/lib"));
    if abi.class == ElfClass::Elf64 {
        v.push(PathBuf::from("/lib64"));
        v.push(PathBuf::from("/usr/lib64"));
    }
    v
}

/// Expands `$ORIGIN`, `$LIB` and `$PLATFORM` (also `${...}`) in one path-list
/// entry, as ld.so's `_dl_dst_substitute` does. Returns the expansion and
/// whether the `$ORIGIN` token was in it (only the token: an entry that merely
/// contains the text `ORIGIN` is an ordinary path). `None` when the entry
/// uses `$ORIGIN` and the origin is unknown, uses an unknown token (ld.so
/// drops the entry), or expands past [`PATH_MAX`] (no such path opens; the
/// bound also keeps an entry of thousands of `$ORIGIN`s from multiplying a
/// long origin).
pub fn expand(entry: &str, origin: Option<&Path>, abi: &ElfAbi) -> Option<(String, bool)> {
    if !entry.contains('$') {
        return Some((entry.to_owned(), false));
    }
    let lib = triplet(abi)
        .map(|t| format!("lib/{t}"))
        .unwrap_or_else(|| "lib".into());
    let mut out = String::new();
    let mut used_origin = false;
    let mut rest = entry;
    while let Some(pos) = rest.find('$') {
        out.push_str(&rest[..pos]);
        let after = &rest[pos + 1..];
        let (name, len) = if let Some(b) = after.strip_prefix('{') {
            match b.find('}') {
                Some(end) => (&b[..end], end + 2),
                None => return None,
            }
        } else {
            let end = after
                .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                .unwrap_or(after.len());
            (&after[..end], end)
        };
        match name {
            "ORIGIN" => {
                out.push_str(&origin?.to_string_lossy());
                used_origin = true;
            }
            "LIB" => out.push_str(&lib),
            "PLATFORM" => out.push_str(platform(abi)),
            // ld.so rejects the whole entry on an unknown token.
            _ => return None,
        }
        if out.len() > PATH_MAX {
            return None;
        }
        rest = &after[len..];
    }
    out.push_str(rest);
    (out.len() <= PATH_MAX).then_some((out, used_origin))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn abi() -> ElfAbi {
        serde_json::from_str(
            r#"{"dump_format":1,"file":"x","class":"elf64","endian":"little","machine":"x86_64","e_machine":62,
            "os_abi":"SYSV","file_type":"pie"}"#,
        )
        .unwrap()
    }

    #[test]
    fn expands_dynamic_string_tokens() {
        let a = abi();
        let o = Path::new("/opt/app/bin");
        let e = |entry: &str, origin: Option<&Path>| expand(entry, origin, &a);
        assert_eq!(
            e("$ORIGIN/../lib", Some(o)),
            Some(("/opt/app/bin/../lib".into(), true))
        );
        assert_eq!(
            e("${ORIGIN}/x", Some(o)),
            Some(("/opt/app/bin/x".into(), true))
        );
        assert_eq!(
            e("/usr/$LIB/foo", None),
            Some(("/usr/lib/x86_64-linux-gnu/foo".into(), false))
        );
        assert_eq!(e("/p/$PLATFORM", None), Some(("/p/x86_64".into(), false)));
        assert_eq!(e("$ORIGIN", None), None);
        assert_eq!(e("$UNKNOWN/x", Some(o)), None);
        assert_eq!(e("${ORIGIN", Some(o)), None);
        // The text ORIGIN without the token is a plain path.
        assert_eq!(
            e("/opt/ORIGIN/lib", Some(o)),
            Some(("/opt/ORIGIN/lib".into(), false))
        );
        assert_eq!(
            e("/opt/$LIB/ORIGIN", Some(o)),
            Some(("/opt/lib/x86_64-linux-gnu/ORIGIN".into(), false))
        );
        // Thousands of $ORIGIN never build more than a path.
        assert_eq!(e(&"$ORIGIN".repeat(10_000), Some(o)), None);
    }

    #[test]
    fn parses_lib_overrides() {
        assert_eq!(
            LibOverride::parse("/x/libfoo.so.2"),
            LibOverride::BySoname("/x/libfoo.so.2".into())
        );
        assert_eq!(
            LibOverride::parse("libavcodec.so.59=/w/libavcodec-1a.so.60"),
            LibOverride::ByName("libavcodec.so.59".into(), "/w/libavcodec-1a.so.60".into())
        );
    }
}
