//! The modules `compat go upgrade` looks at: where they are, what their
//! go.mod says (`module`, `go`, `toolchain`, `require`), the go lines of
//! their dependencies (from `vendor/modules.txt`, else the module cache's
//! `.mod` files), and their Go files.

use std::path::{Path, PathBuf};

use crate::build::package_dirs;
use crate::gomod;
use crate::gover::GoVersion;

/// A go.mod line of interest, with where it stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ModLine {
    /// The version it names.
    pub version: GoVersion,
    /// 1-based line.
    pub line: usize,
    /// 1-based byte column of the directive.
    pub column: usize,
}

/// A required module and the go line of its own go.mod.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dependency {
    /// Module path.
    pub path: String,
    /// Required version.
    pub version: String,
    /// Its go line; `None` when compat could not read its go.mod offline.
    pub go: Option<GoVersion>,
}

/// One module and what its go.mod says.
#[derive(Debug, Clone)]
pub struct Module {
    /// The directory holding go.mod.
    pub root: PathBuf,
    /// The `module` path.
    pub path: Option<String>,
    /// The `go` line; `None` when absent (the go command assumes 1.16).
    pub go: Option<ModLine>,
    /// The `toolchain` line.
    pub toolchain: Option<ModLine>,
    /// Every `require`d module.
    pub requires: Vec<Dependency>,
    /// The `.go` files of the module's packages (`./...`: no vendor,
    /// testdata, `_`/`.` directories or nested modules), sorted.
    pub files: Vec<PathBuf>,
}

/// The module roots at or under `path`: `path` itself when it holds a
/// go.mod, and every nested module below it (not descending into
/// `vendor`, `testdata`, or `_`/`.` directories), as a repository holding
/// several modules (Go's own `src` with `cmd`) is upgraded together.
pub fn roots(path: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![path.to_path_buf()];
    while let Some(dir) = stack.pop() {
        if is_file(&dir.join("go.mod")) {
            out.push(dir.clone());
        }
        let Ok(rd) = std::fs::read_dir(&dir) else {
            continue;
        };
        let mut subdirs: Vec<PathBuf> = rd
            .flatten()
            .filter(|e| e.file_type().is_ok_and(|t| t.is_dir()))
            .filter(|e| {
                let n = e.file_name().to_string_lossy().into_owned();
                !(n.starts_with('.') || n.starts_with('_') || n == "testdata" || n == "vendor")
            })
            .map(|e| e.path())
            .collect();
        subdirs.sort();
        stack.extend(subdirs.into_iter().rev());
    }
    out.sort();
    out
}

fn is_file(p: &Path) -> bool {
    std::fs::symlink_metadata(p).is_ok_and(|m| m.is_file())
}

/// Reads the module at `root` (which holds go.mod); `module_cache` is the
/// module cache (`GOMODCACHE`) to read dependencies' go.mod files from.
pub fn load(root: &Path, module_cache: Option<&Path>) -> Result<Module, compat_fs::FsError> {
    let bytes = compat_fs::read(&root.join("go.mod"), compat_fs::Limit::GoMod)?;
    let text = String::from_utf8_lossy(&bytes);
    let mod_line = |l: Option<gomod::GoLine>| {
        l.and_then(|l| {
            GoVersion::named(&l.version).map(|version| ModLine {
                version,
                line: l.line as usize,
                column: l.column as usize,
            })
        })
    };
    // A `go` line is a bare version (`go go1.22` is invalid); a toolchain
    // line names one (`toolchain go1.22.3`).
    let go = mod_line(gomod::go_line(&text).filter(|l| GoVersion::parse(&l.version).is_some()));
    let toolchain = mod_line(gomod::toolchain_line(&text));
    let local_replaces = gomod::local_replaces(&text);
    let vendored = compat_fs::read(&root.join("vendor/modules.txt"), compat_fs::Limit::GoMod)
        .ok()
        .map(|b| vendor_go_lines(&String::from_utf8_lossy(&b)))
        .unwrap_or_default();
    let requires = gomod::requires(&text)
        .into_iter()
        .map(|(path, version)| {
            // A directory replacement's own go.mod decides, when it is there.
            let go = local_replaces
                .iter()
                .find(|(p, _)| *p == path)
                .and_then(|(_, dir)| {
                    compat_fs::read(&root.join(dir).join("go.mod"), compat_fs::Limit::GoMod).ok()
                })
                .and_then(|b| gomod::go_line(&String::from_utf8_lossy(&b)))
                .and_then(|g| GoVersion::parse(&g.version))
                .or_else(|| {
                    vendored
                        .iter()
                        .find(|(p, _)| *p == path)
                        .and_then(|(_, g)| g.clone())
                })
                .or_else(|| module_cache.and_then(|c| cached_go_line(c, &path, &version)));
            Dependency { path, version, go }
        })
        .collect();
    let mut files = Vec::new();
    for dir in package_dirs(root) {
        if dir
            .strip_prefix(root)
            .is_ok_and(|rel| rel.components().any(|c| c.as_os_str() == "vendor"))
        {
            continue;
        }
        let Ok(rd) = std::fs::read_dir(&dir) else {
            continue;
        };
        let mut names: Vec<PathBuf> = rd
            .flatten()
            .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
            .map(|e| e.path())
            .filter(|p| {
                let n = p
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default();
                n.ends_with(".go") && !n.starts_with('_') && !n.starts_with('.')
            })
            .collect();
        names.sort();
        files.extend(names);
    }
    Ok(Module {
        root: root.to_path_buf(),
        path: gomod::module_path(&text),
        go,
        toolchain,
        requires,
        files,
    })
}

/// `vendor/modules.txt`: each `# PATH VERSION` line followed by a
/// `## explicit; go 1.N` line gives that module's go line.
fn vendor_go_lines(text: &str) -> Vec<(String, Option<GoVersion>)> {
    let mut out: Vec<(String, Option<GoVersion>)> = Vec::new();
    for line in text.lines() {
        if let Some(rest) = line.strip_prefix("## ") {
            if let Some(last) = out.last_mut() {
                for part in rest.split(';') {
                    if let Some(v) = part.trim().strip_prefix("go ") {
                        last.1 = GoVersion::parse(v.trim());
                    }
                }
            }
        } else if let Some(rest) = line.strip_prefix("# ") {
            let mut w = rest.split_whitespace();
            // `# PATH VERSION [=> ...]`; `# PATH => ...` only records a replacement.
            if let (Some(path), Some(version)) = (w.next(), w.next()) {
                if version != "=>" {
                    out.push((path.to_owned(), None));
                }
            }
        }
    }
    out
}

/// The go line of `path@version` from the module cache's download
/// directory (`cache/download/ESCAPED/@v/VERSION.mod`).
fn cached_go_line(cache: &Path, path: &str, version: &str) -> Option<GoVersion> {
    let file = cache
        .join("cache/download")
        .join(escape(path))
        .join("@v")
        .join(format!("{}.mod", escape(version)));
    let bytes = compat_fs::read(&file, compat_fs::Limit::GoMod).ok()?;
    gomod::go_line(&String::from_utf8_lossy(&bytes)).and_then(|g| GoVersion::parse(&g.version))
}

/// The module cache's case encoding: an upper-case letter becomes `!` and
/// its lower case.
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_ascii_uppercase() {
            out.push('!');
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_go_lines_from_vendor_modules_txt() {
        let v = vendor_go_lines(
            "# example.com/dep v0.0.0 => ../dep\n## explicit; go 1.23\nexample.com/dep\n# golang.org/x/sys v0.1.0\n## explicit\ngolang.org/x/sys/unix\n# example.com/dep => ../dep\n",
        );
        assert_eq!(v.len(), 2);
        assert_eq!(v[0].0, "example.com/dep");
        assert_eq!(v[0].1.as_ref().map(GoVersion::as_str), Some("1.23"));
        assert_eq!(v[1], ("golang.org/x/sys".to_owned(), None));
    }

    #[test]
    fn escapes_module_paths_as_the_cache_does() {
        assert_eq!(
            escape("github.com/BurntSushi/toml"),
            "github.com/!burnt!sushi/toml"
        );
    }
}
