//! Import paths of package directories, for finding imports that a target's
//! build constraints leave empty.

use std::path::{Path, PathBuf};

/// A `go.mod` that is there but cannot be read (a FIFO, no permission):
/// its path and why.
#[derive(Debug)]
pub struct GoModError {
    /// The go.mod file.
    pub path: PathBuf,
    /// What went wrong (names the file too).
    pub error: compat_fs::FsError,
}

/// Reads the `go.mod` in `dir`: `Ok(None)` when there is none (the search
/// goes on upwards), its text otherwise. The bytes are read with
/// `compat_fs::read` ([`compat_fs::Limit::GoMod`]: regular files only, so
/// a FIFO is refused, never waited on) and converted lossily: the go
/// command reads go.mod as bytes, and a comment that is not UTF-8 does not
/// make the file any less the module's.
pub fn read_go_mod(dir: &Path) -> Result<Option<String>, GoModError> {
    let path = dir.join("go.mod");
    match compat_fs::read(&path, compat_fs::Limit::GoMod) {
        Ok(bytes) => Ok(Some(String::from_utf8_lossy(&bytes).into_owned())),
        Err(e) if e.is_not_found() => Ok(None),
        Err(error) => Err(GoModError { path, error }),
    }
}

/// The import path of the package in `dir`, from the nearest `go.mod` above
/// it: the module path joined with the relative directory (Go's own `std`
/// module imports without a prefix), and for a directory under `vendor/`
/// the path after the last `vendor/`, as importers in the module see it.
/// Only a missing go.mod moves the search up; one that cannot be read is
/// an error.
pub fn import_path(dir: &Path) -> Result<Option<String>, GoModError> {
    let mut root: PathBuf = dir.to_path_buf();
    let module = loop {
        if let Some(text) = read_go_mod(&root)? {
            match module_path(&text) {
                Some(m) => break m,
                None => return Ok(None),
            }
        }
        if !root.pop() {
            return Ok(None);
        }
    };
    Ok(relative_import(dir, &root, &module))
}

/// `dir`'s import path in the module `module` rooted at `root`.
fn relative_import(dir: &Path, root: &Path, module: &str) -> Option<String> {
    let rel: Vec<String> = dir
        .strip_prefix(root)
        .ok()?
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    if let Some(v) = rel.iter().rposition(|c| c == "vendor") {
        return Some(rel[v + 1..].join("/")).filter(|p| !p.is_empty());
    }
    let rel = rel.join("/");
    Some(match (module, rel.is_empty()) {
        ("std", _) => rel,
        (_, true) => module.to_owned(),
        (m, false) => format!("{m}/{rel}"),
    })
}

/// The `module` line of a go.mod file.
pub fn module_path(go_mod: &str) -> Option<String> {
    directive(go_mod, "module").map(|v| v.trim_matches('"').to_owned())
}

/// The argument of the first one-argument line `verb ARG` of a go.mod file
/// (outside blocks), tokenized as the modfile lexer does
/// ([`crate::gomod`]).
pub fn directive<'a>(go_mod: &'a str, verb: &str) -> Option<&'a str> {
    crate::gomod::first_argument(go_mod, verb)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Fixtures are written as every file of the workspace is.
    fn write(
        path: impl AsRef<std::path::Path>,
        bytes: impl AsRef<[u8]>,
    ) -> Result<(), compat_fs::FsError> {
        compat_fs::write_atomic(path.as_ref(), bytes.as_ref())
    }

    #[test]
    fn module_lines() {
        assert_eq!(
            module_path("module example.com/x\n\ngo 1.19\n").as_deref(),
            Some("example.com/x")
        );
        assert_eq!(
            module_path("module \"example.com/q\" // quoted\n").as_deref(),
            Some("example.com/q")
        );
        assert_eq!(module_path("go 1.19\n"), None);
        assert_eq!(
            module_path("module\texample.com/t\r\n").as_deref(),
            Some("example.com/t")
        );
    }

    #[test]
    fn paths_in_a_module_std_and_vendor() {
        let d = tempfile::tempdir().unwrap();
        write(d.path().join("go.mod"), "module example.com/m\n").unwrap();
        std::fs::create_dir_all(d.path().join("a/b")).unwrap();
        std::fs::create_dir_all(d.path().join("vendor/golang.org/x/sys/cpu")).unwrap();
        let path = |p: &Path| import_path(p).unwrap();
        assert_eq!(path(d.path()).as_deref(), Some("example.com/m"));
        assert_eq!(
            path(&d.path().join("a/b")).as_deref(),
            Some("example.com/m/a/b")
        );
        assert_eq!(
            path(&d.path().join("vendor/golang.org/x/sys/cpu")).as_deref(),
            Some("golang.org/x/sys/cpu")
        );
        let s = tempfile::tempdir().unwrap();
        write(s.path().join("go.mod"), "module std\n").unwrap();
        std::fs::create_dir_all(s.path().join("net/http")).unwrap();
        assert_eq!(
            import_path(&s.path().join("net/http")).unwrap().as_deref(),
            Some("net/http")
        );
    }

    #[test]
    fn a_go_mod_that_is_not_utf8_still_governs() {
        let d = tempfile::tempdir().unwrap();
        write(d.path().join("go.mod"), "module example.com/outer\n").unwrap();
        let inner = d.path().join("inner");
        std::fs::create_dir_all(&inner).unwrap();
        write(
            inner.join("go.mod"),
            b"// caf\xe9 (Latin-1)\nmodule example.com/inner\n\ngo\t1.20\n",
        )
        .unwrap();
        assert_eq!(
            import_path(&inner).unwrap().as_deref(),
            Some("example.com/inner")
        );
        let text = read_go_mod(&inner).unwrap().unwrap();
        assert_eq!(directive(&text, "go"), Some("1.20"));
    }
}
