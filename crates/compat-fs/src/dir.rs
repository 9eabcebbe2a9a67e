//! Writing a directory of outputs: files created in a temporary directory
//! beside the target (an unpredictable name, same file system), then
//! subdirectories renamed into place one by one; what they replace is moved
//! into the temporary directory and removed with it.

use std::cell::Cell;
use std::fs::File;
use std::path::{Path, PathBuf};

use crate::error::FsError;

/// A temporary directory beside an output directory; removed when dropped.
pub struct TempDir {
    dir: tempfile::TempDir,
    replaced: Cell<usize>,
}

impl TempDir {
    /// Creates the temporary directory beside `target` (creating `target`'s
    /// parent directories first).
    pub fn beside(target: &Path) -> Result<TempDir, FsError> {
        let parent = target
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        std::fs::create_dir_all(parent).map_err(|e| FsError::io(parent, "create", e))?;
        let name = target
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let dir = tempfile::Builder::new()
            .prefix(&format!(".{name}."))
            .suffix(".compat-tmp")
            .rand_bytes(10)
            .tempdir_in(parent)
            .map_err(|e| FsError::io(parent, "create a temporary directory in", e))?;
        Ok(TempDir {
            dir,
            replaced: Cell::new(0),
        })
    }

    /// The temporary directory.
    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    /// Creates the new file `rel` inside the temporary directory (and the
    /// directories above it).
    pub fn create_file(&self, rel: &Path) -> Result<(File, PathBuf), FsError> {
        let path = self.dir.path().join(rel);
        if let Some(p) = path.parent() {
            std::fs::create_dir_all(p).map_err(|e| FsError::io(p, "create", e))?;
        }
        let file = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&path)
            .map_err(|e| FsError::io(&path, "create", e))?;
        Ok((file, path))
    }

    /// Renames `rel` (inside the temporary directory) to `target`, creating
    /// `target`'s parents; an existing `target` is first moved into the
    /// temporary directory, so a reader sees the old or the new, never a mix.
    pub fn install(&self, rel: &Path, target: &Path) -> Result<(), FsError> {
        if let Some(p) = target.parent().filter(|p| !p.as_os_str().is_empty()) {
            std::fs::create_dir_all(p).map_err(|e| FsError::io(p, "create", e))?;
        }
        if std::fs::symlink_metadata(target).is_ok() {
            let n = self.replaced.get();
            self.replaced.set(n + 1);
            let old = self.dir.path().join(format!(".replaced-{n}"));
            std::fs::rename(target, &old).map_err(|e| FsError::io(target, "move away", e))?;
        }
        let from = self.dir.path().join(rel);
        std::fs::rename(&from, target).map_err(|e| FsError::io(target, "rename into place", e))
    }
}
