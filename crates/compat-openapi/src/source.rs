//! Where the files of a description come from: the file system, or (through
//! the binary, which may run git) a git revision. A checker reads through
//! [`Source`] and never opens a file or runs a program itself.

use std::path::{Component, Path, PathBuf};

use crate::error::LoadError;

/// Gives the bytes of the files of one description.
pub trait Source: Sync {
    /// The bytes of `path` (as given, or joined from a `$ref` relative to the
    /// file that holds it).
    fn read(&self, path: &Path) -> Result<Vec<u8>, LoadError>;

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
