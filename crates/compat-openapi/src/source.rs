//! Where the files of a description come from: the file system, or (through
//! the binary, which may run git) a git revision. A checker reads through
//! [`Source`] and never opens a file or runs a program itself.
//!
//! The file system's files are mapped, not copied ([`Bytes`]): a 13-MB
//! description read into fresh memory took a page fault per 4 KiB of it
//! (and a copy), where the mapping shares the pages the kernel caches.

use std::path::{Component, Path, PathBuf};

use crate::error::LoadError;

/// Gives the bytes of the files of one description.
pub trait Source: Sync {
    /// The bytes of `path` (as given, or joined from a `$ref` relative to the
    /// file that holds it).
    fn read(&self, path: &Path) -> Result<Vec<u8>, LoadError>;

    /// The bytes of `path`, as [`Source::read`] gives them, or mapped where
    /// the source has them in a file (the file system).
    fn bytes(&self, path: &Path) -> Result<Bytes, LoadError> {
        self.read(path).map(Bytes::Owned)
    }

    /// How `path` is named in messages (`v1:api/openapi.json` for a git revision).
    fn label(&self, path: &Path) -> String {
        path.display().to_string()
    }
}

/// The file system, through compat-fs (regular files only, capped in size).
#[derive(Debug, Clone, Copy, Default)]
pub struct FsSource;

impl Source for FsSource {
    fn read(&self, path: &Path) -> Result<Vec<u8>, LoadError> {
        compat_fs::read(path, compat_fs::Limit::Contract)
            .map_err(|e| LoadError::Read(e.to_string()))
    }

    fn bytes(&self, path: &Path) -> Result<Bytes, LoadError> {
        compat_fs::map(path, compat_fs::Limit::Contract)
            .map(Bytes::Mapped)
            .map_err(|e| LoadError::Read(e.to_string()))
    }
}

/// The bytes of one file of a description: read into memory, or mapped.
#[derive(Debug)]
pub enum Bytes {
    /// Read (a git revision, a test's files).
    Owned(Vec<u8>),
    /// Mapped read-only (see [`compat_fs::map`]).
    Mapped(compat_fs::Mapped),
}

impl std::ops::Deref for Bytes {
    type Target = [u8];

    fn deref(&self) -> &[u8] {
        match self {
            Bytes::Owned(v) => v,
            Bytes::Mapped(m) => m.bytes(),
        }
    }
}

/// `base`'s directory joined with `relative`, with `.` and `..` resolved
/// lexically (a git revision has no directories to ask).
pub fn join_relative(base: &Path, relative: &str) -> PathBuf {
    let mut out = base.parent().map(Path::to_path_buf).unwrap_or_default();
    for part in Path::new(relative).components() {
        match part {
            Component::ParentDir => {
                let climbable = out
                    .components()
                    .next_back()
                    .is_some_and(|c| matches!(c, Component::Normal(_)));
                if climbable {
                    out.pop();
                } else {
                    out.push("..");
                }
            }
            Component::CurDir => {}
            Component::RootDir => out = PathBuf::from("/"),
            Component::Normal(p) => out.push(p),
            Component::Prefix(_) => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_file_system_maps_what_it_would_read() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("openapi.json");
        compat_fs::write_atomic(&file, b"{\"openapi\": \"3.0.3\"}").unwrap();
        let mapped = FsSource.bytes(&file).unwrap();
        assert!(matches!(mapped, Bytes::Mapped(_)));
        assert_eq!(&*mapped, FsSource.read(&file).unwrap().as_slice());
        let empty = dir.path().join("empty.json");
        compat_fs::write_atomic(&empty, b"").unwrap();
        assert_eq!(&*FsSource.bytes(&empty).unwrap(), b"");
        // The same one-line errors as reading.
        for bad in [dir.path().join("missing.json"), dir.path().to_path_buf()] {
            let (Err(a), Err(b)) = (FsSource.bytes(&bad), FsSource.read(&bad)) else {
                panic!("{} is read", bad.display());
            };
            assert_eq!(a.to_string(), b.to_string());
        }
    }

    #[test]
    fn relative_references_resolve_beside_the_referring_file() {
        assert_eq!(
            join_relative(Path::new("api/openapi.json"), "schemas/pet.json"),
            Path::new("api/schemas/pet.json")
        );
        assert_eq!(
            join_relative(Path::new("api/v1/openapi.json"), "../common.json"),
            Path::new("api/common.json")
        );
        assert_eq!(
            join_relative(Path::new("openapi.json"), "./a.json"),
            Path::new("a.json")
        );
        assert_eq!(
            join_relative(Path::new("a/openapi.json"), "../x.json"),
            Path::new("x.json")
        );
        assert_eq!(
            join_relative(Path::new("openapi.json"), "../x.json"),
            Path::new("../x.json")
        );
    }
}
