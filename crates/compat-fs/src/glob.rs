//! The paths a glob pattern (`*` and `?` within a name, `**` across directories, `[...]`) matches
//! under a directory, the directory's own name escaped so that its `*` or `[` match only
//! themselves; with the directories that could not be listed, so that a caller says so rather
//! than passing over them. `compat.toml`'s waiver files and a json-schema promise's `schemas`
//! are found with it.

use std::path::{Path, PathBuf};

/// What a pattern matched under a directory.
#[derive(Debug, Default)]
pub struct Globbed {
    /// The paths matched (files and directories), in the order the walk found them, each
    /// `dir` joined with the part the pattern matched.
    pub paths: Vec<PathBuf>,
    /// Directories the walk could not list, each with why.
    pub unreadable: Vec<(PathBuf, std::io::Error)>,
}

/// The paths `pattern` (relative to `dir`) matches, or the pattern's fault in one line.
pub fn glob_in(dir: &Path, pattern: &str) -> Result<Globbed, String> {
    let base = glob::Pattern::escape(&dir.to_string_lossy());
    let full = if base.is_empty() {
        pattern.to_owned()
    } else {
        format!("{base}/{pattern}")
    };
    let walk = glob::glob(&full).map_err(|e| e.msg.to_owned())?;
    let mut out = Globbed::default();
    for entry in walk {
        match entry {
            Ok(p) => out.paths.push(p),
            Err(e) => {
                let path = e.path().to_path_buf();
                out.unreadable.push((path, e.into()));
            }
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_under_the_directory_and_escapes_its_name() {
        let t = tempfile::tempdir().unwrap();
        let dir = t.path().join("a[1]*");
        std::fs::create_dir_all(dir.join("s/deep")).unwrap();
        for f in ["s/x.json", "s/y.yaml", "s/deep/z.json"] {
            std::fs::write(dir.join(f), "{}").unwrap();
        }
        let names = |pattern: &str| -> Vec<String> {
            let mut v: Vec<String> = glob_in(&dir, pattern)
                .unwrap()
                .paths
                .iter()
                .map(|p| p.strip_prefix(&dir).unwrap().display().to_string())
                .collect();
            v.sort();
            v
        };
        assert_eq!(names("s/*.json"), ["s/x.json"]);
        assert_eq!(names("s/**/*.json"), ["s/deep/z.json", "s/x.json"]);
        assert!(names("t/*.json").is_empty());
        assert!(glob_in(&dir, "s/[.json").unwrap_err().contains("invalid"));
    }
}
