//! Library search as glibc's ld.so does it, and the configuration of a check.

use std::path::{Component, Path, PathBuf};

use compat_elf::{ElfAbi, ElfClass};

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

/// `path` (absolute in the target's namespace) as a path on this machine under
/// `root`, following symbolic links inside the root so absolute links do not escape it.
pub fn under_root(root: &Path, path: &Path) -> PathBuf {
    if root == Path::new("/") || root.as_os_str().is_empty() {
        return path.to_path_buf();
    }
    let mut out = root.to_path_buf();
    let mut pending: Vec<PathBuf> = path
        .components()
        .rev()
        .map(|c| PathBuf::from(c.as_os_str()))
        .collect();
    let mut links = 0;
    while let Some(c) = pending.pop() {
        match c.components().next() {
            Some(Component::RootDir) | None => continue,
            Some(Component::CurDir) => continue,
            Some(Component::ParentDir) => {
                if out != root {
                    out.pop();
                }
                continue;
            }
            _ => {}
        }
        let next = out.join(&c);
        match std::fs::read_link(&next) {
            Ok(target) if links < 40 => {
                links += 1;
                if target.is_absolute() {
                    out = root.to_path_buf();
                }
                for t in target.components().rev() {
                    pending.push(PathBuf::from(t.as_os_str()));
                }
            }
            _ => out = next,
        }
    }
    out
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

/// Expands `$ORIGIN`, `$LIB` and `$PLATFORM` (also `${...}`) in one path-list entry.
/// Returns `None` when the entry uses `$ORIGIN` and the origin is unknown.
pub fn expand(entry: &str, origin: Option<&Path>, abi: &ElfAbi) -> Option<String> {
    if !entry.contains('$') {
        return Some(entry.to_owned());
    }
    let lib = triplet(abi)
        .map(|t| format!("lib/{t}"))
        .unwrap_or_else(|| "lib".into());
    let mut out = String::new();
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
            "ORIGIN" => out.push_str(&origin?.to_string_lossy()),
            "LIB" => out.push_str(&lib),
            "PLATFORM" => out.push_str(platform(abi)),
            // ld.so rejects the whole entry on an unknown token.
            _ => return None,
        }
        rest = &after[len..];
    }
    out.push_str(rest);
    Some(out)
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
        assert_eq!(
            expand("$ORIGIN/../lib", Some(o), &a).unwrap(),
            "/opt/app/bin/../lib"
        );
        assert_eq!(
            expand("${ORIGIN}/x", Some(o), &a).unwrap(),
            "/opt/app/bin/x"
        );
        assert_eq!(
            expand("/usr/$LIB/foo", None, &a).unwrap(),
            "/usr/lib/x86_64-linux-gnu/foo"
        );
        assert_eq!(expand("/p/$PLATFORM", None, &a).unwrap(), "/p/x86_64");
        assert_eq!(expand("$ORIGIN", None, &a), None);
        assert_eq!(expand("$UNKNOWN/x", Some(o), &a), None);
        assert_eq!(expand("${ORIGIN", Some(o), &a), None);
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

    #[test]
    fn root_mapping_keeps_absolute_links_inside() {
        let d = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(d.path().join("usr/lib")).unwrap();
        std::os::unix::fs::symlink("/usr/lib", d.path().join("lib")).unwrap();
        assert_eq!(
            under_root(d.path(), Path::new("/lib/libc.so.6")),
            d.path().join("usr/lib/libc.so.6")
        );
        assert_eq!(
            under_root(Path::new("/"), Path::new("/lib/x")),
            PathBuf::from("/lib/x")
        );
    }
}
