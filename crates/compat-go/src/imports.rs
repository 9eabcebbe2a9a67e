//! Import paths of package directories, for finding imports that a target's
//! build constraints leave empty.

use std::path::{Path, PathBuf};

/// The import path of the package in `dir`, from the nearest `go.mod` above
/// it: the module path joined with the relative directory (Go's own `std`
/// module imports without a prefix), and for a directory under `vendor/`
/// the path after the last `vendor/`, as importers in the module see it.
pub fn import_path(dir: &Path) -> Option<String> {
    let mut root: PathBuf = dir.to_path_buf();
    let module = loop {
        if let Ok(text) = std::fs::read_to_string(root.join("go.mod")) {
            break module_path(&text)?;
        }
        if !root.pop() {
            return None;
        }
    };
    let rel: Vec<String> = dir
        .strip_prefix(&root)
        .ok()?
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    if let Some(v) = rel.iter().rposition(|c| c == "vendor") {
        return Some(rel[v + 1..].join("/")).filter(|p| !p.is_empty());
    }
    let rel = rel.join("/");
    Some(match (module.as_str(), rel.is_empty()) {
        ("std", _) => rel,
        (_, true) => module,
        (m, false) => format!("{m}/{rel}"),
    })
}

/// The `module` line of a go.mod file.
pub fn module_path(go_mod: &str) -> Option<String> {
    go_mod.lines().find_map(|l| {
        let l = l.split("//").next().unwrap_or("").trim();
        l.strip_prefix("module")
            .filter(|r| r.starts_with(char::is_whitespace))
            .map(|r| r.trim().trim_matches('"').to_owned())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

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
    }

    #[test]
    fn paths_in_a_module_std_and_vendor() {
        let d = tempfile::tempdir().unwrap();
        std::fs::write(d.path().join("go.mod"), "module example.com/m\n").unwrap();
        std::fs::create_dir_all(d.path().join("a/b")).unwrap();
        std::fs::create_dir_all(d.path().join("vendor/golang.org/x/sys/cpu")).unwrap();
        assert_eq!(import_path(d.path()).as_deref(), Some("example.com/m"));
        assert_eq!(
            import_path(&d.path().join("a/b")).as_deref(),
            Some("example.com/m/a/b")
        );
        assert_eq!(
            import_path(&d.path().join("vendor/golang.org/x/sys/cpu")).as_deref(),
            Some("golang.org/x/sys/cpu")
        );
        let s = tempfile::tempdir().unwrap();
        std::fs::write(s.path().join("go.mod"), "module std\n").unwrap();
        std::fs::create_dir_all(s.path().join("net/http")).unwrap();
        assert_eq!(
            import_path(&s.path().join("net/http")).as_deref(),
            Some("net/http")
        );
    }
}
