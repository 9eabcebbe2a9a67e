//! The partition an export is filed under: distribution and release from an
//! os-release file (the indexed tree's, else the host's), architecture from
//! the ELF machine of the indexed files, in Debian's names.

use std::path::{Path, PathBuf};

use rusqlite::Connection;

use crate::error::IndexError;

/// `distribution=`, `release=` and `architecture=` of an export.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Partition {
    /// os-release `ID` (`debian`).
    pub distribution: String,
    /// os-release `VERSION_ID` (`12`).
    pub release: String,
    /// Debian architecture name (`amd64`).
    pub architecture: String,
}

/// Values given on the command line; `None` takes the default.
#[derive(Debug, Default, Clone)]
pub struct PartitionArgs {
    /// `--distribution`.
    pub distribution: Option<String>,
    /// `--release`.
    pub release: Option<String>,
    /// `--architecture`.
    pub architecture: Option<String>,
}

/// Resolves the partition of the index at `index` (open as `conn`).
pub fn resolve(
    conn: &Connection,
    index: &Path,
    args: &PartitionArgs,
) -> Result<Partition, IndexError> {
    let need_os = args.distribution.is_none() || args.release.is_none();
    let os = if need_os {
        let root = indexed_root(conn, index)?;
        os_release(root.as_deref())
    } else {
        OsRelease::default()
    };
    let architecture = match &args.architecture {
        Some(a) => a.clone(),
        None => architecture(conn, index)?,
    };
    let p = Partition {
        distribution: args.distribution.clone().unwrap_or(os.id),
        release: args.release.clone().unwrap_or(os.version_id),
        architecture,
    };
    for (key, value) in [
        ("distribution", &p.distribution),
        ("release", &p.release),
        ("architecture", &p.architecture),
    ] {
        if !valid_value(value) {
            return Err(IndexError::BadPartition {
                key,
                value: value.clone(),
            });
        }
    }
    Ok(p)
}

/// A partition value usable as a directory name: letters, digits, `.`, `_`,
/// `-`, `+`, `~`, not empty and not `.` or `..`.
fn valid_value(v: &str) -> bool {
    !v.is_empty()
        && v != "."
        && v != ".."
        && v.chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-' | '+' | '~'))
}

#[derive(Debug)]
struct OsRelease {
    id: String,
    version_id: String,
}

impl Default for OsRelease {
    fn default() -> Self {
        OsRelease {
            id: "unknown".into(),
            version_id: "unknown".into(),
        }
    }
}

/// The tree the index covers: the deepest directory above every indexed file
/// that has an `etc/os-release` (a chroot or an unpacked image), `None` when
/// only `/` has one (the host).
fn indexed_root(conn: &Connection, index: &Path) -> Result<Option<PathBuf>, IndexError> {
    let (lo, hi): (Option<String>, Option<String>) = conn
        .query_row("SELECT min(path), max(path) FROM elf_file", [], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .map_err(IndexError::sqlite(index))?;
    let (Some(lo), Some(hi)) = (lo, hi) else {
        return Ok(None);
    };
    let common: PathBuf = Path::new(&lo)
        .components()
        .zip(Path::new(&hi).components())
        .take_while(|(a, b)| a == b)
        .map(|(a, _)| a)
        .collect();
    Ok(common
        .ancestors()
        .filter(|a| a.parent().is_some())
        .find(|a| a.join("etc/os-release").is_file() || a.join("usr/lib/os-release").is_file())
        .map(Path::to_path_buf))
}

/// `ID` and `VERSION_ID` of the tree's os-release (the host's when `root` is
/// `None`); `unknown` for what is missing. `VERSION_CODENAME` stands in for a
/// missing `VERSION_ID` (Debian testing and unstable).
fn os_release(root: Option<&Path>) -> OsRelease {
    let base = root.unwrap_or(Path::new("/"));
    let text = ["etc/os-release", "usr/lib/os-release"]
        .iter()
        .find_map(|f| compat_fs::read_to_string(&base.join(f), compat_fs::Limit::LdConf).ok())
        .unwrap_or_default();
    let mut out = OsRelease::default();
    let mut codename = None;
    for line in text.lines() {
        let Some((k, v)) = line.split_once('=') else {
            continue;
        };
        let v = v.trim().trim_matches(|c| c == '"' || c == '\'').to_owned();
        if v.is_empty() {
            continue;
        }
        match k.trim() {
            "ID" => out.id = v,
            "VERSION_ID" => out.version_id = v,
            "VERSION_CODENAME" => codename = Some(v),
            _ => {}
        }
    }
    if out.version_id == "unknown" {
        if let Some(c) = codename {
            out.version_id = c;
        }
    }
    out
}

/// The Debian name of the machine most indexed programs and libraries are
/// built for (the host's when the index has none).
fn architecture(conn: &Connection, index: &Path) -> Result<String, IndexError> {
    let machine: Option<String> = conn
        .query_row(
            "SELECT machine FROM elf_file WHERE machine IS NOT NULL \
             AND kind IN ('program', 'library') \
             GROUP BY machine ORDER BY count(*) DESC, machine LIMIT 1",
            [],
            |r| r.get(0),
        )
        .or_else(|e| match e {
            rusqlite::Error::QueryReturnedNoRows => Ok(None),
            e => Err(e),
        })
        .map_err(IndexError::sqlite(index))?;
    Ok(debian_arch(
        machine.as_deref().unwrap_or(std::env::consts::ARCH),
    ))
}

/// compat-elf's machine name (or Rust's `ARCH`) as a Debian architecture.
fn debian_arch(machine: &str) -> String {
    match machine {
        "x86_64" => "amd64",
        "i386" | "x86" => "i386",
        "aarch64" => "arm64",
        "arm" => "armhf",
        "ppc64" | "powerpc64" => "ppc64el",
        "ppc" | "powerpc" => "powerpc",
        "s390" | "s390x" => "s390x",
        "riscv" | "riscv64" => "riscv64",
        "loongarch" | "loongarch64" => "loong64",
        "mips" | "mips64" => "mips64el",
        "ia64" => "ia64",
        "sparcv9" | "sparc64" => "sparc64",
        "sh" => "sh4",
        other => {
            return other
                .replace(|c: char| !c.is_ascii_alphanumeric(), "_")
                .to_lowercase()
        }
    }
    .into()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn machines_map_to_debian_names() {
        assert_eq!(debian_arch("x86_64"), "amd64");
        assert_eq!(debian_arch("aarch64"), "arm64");
        assert_eq!(debian_arch("EM_999"), "em_999");
    }

    #[test]
    fn partition_values_are_directory_names() {
        assert!(valid_value("12"));
        assert!(valid_value("bookworm"));
        assert!(!valid_value(""));
        assert!(!valid_value(".."));
        assert!(!valid_value("a/b"));
        assert!(!valid_value("a=b"));
    }

    #[test]
    fn os_release_of_a_tree() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("etc")).unwrap();
        compat_fs::write_atomic(
            &dir.path().join("etc/os-release"),
            b"NAME=\"Debian\"\nID=debian\nVERSION_CODENAME=trixie\n",
        )
        .unwrap();
        let os = os_release(Some(dir.path()));
        assert_eq!(
            (os.id.as_str(), os.version_id.as_str()),
            ("debian", "trixie")
        );
    }
}
