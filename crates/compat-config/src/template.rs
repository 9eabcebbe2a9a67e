//! The compat.toml that `compat init` writes: every section with comments
//! saying what it does, one component per artifact found, and nothing
//! that would fail `compat config check`. The binary finds the artifacts;
//! this module only writes the text.

use std::fmt::Write;

use toml_edit::{Key, Value};

use crate::model::ComponentKind;

/// An artifact `compat init` found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    /// The component name wanted (made unique and tidy by [`init_file`]).
    pub name: String,
    /// The kind: elf-library, elf-program or go-module.
    pub kind: ComponentKind,
    /// The file (ELF) or the module directory (Go), relative to the
    /// directory of compat.toml.
    pub path: String,
    /// The Go release of a module's `go` directive.
    pub go: Option<String>,
}

/// A TOML string literal.
fn quote(s: &str) -> String {
    Value::from(s).to_string()
}

/// A name made of letters, digits, `.`, `_` and `-` (anything else
/// becomes `-`); `component` when nothing is left.
fn tidy(name: &str) -> String {
    let t: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-') {
                c
            } else {
                '-'
            }
        })
        .collect();
    let t = t.trim_matches(['-', '.']).to_owned();
    if t.is_empty() {
        "component".into()
    } else {
        t
    }
}

/// The commented compat.toml for project `project` and the artifacts
/// found, in the order given; names are tidied and made unique (`-2`,
/// `-3`, ...).
pub fn init_file(project: &str, found: &[Found]) -> String {
    let mut out = String::new();
    let _ = write!(
        out,
        r#"# compat.toml: what this project promises and how compat checks it.
# Written by `compat init`; see docs/config.md for every key. Paths are
# relative to this file. Check it with `compat config check`.
version = 1

[project]
name = {name}
# history = "sqlite:compat/history.db"       # where `compat check --record` stores runs
# waivers = ["compat/waivers/*.toml"]        # extra files of [[waiver]] tables
# sysroot = "sysroots/debian-12"             # the deployed system's root, searched as ld.so would

[policy]
fail_on = "breaking"            # or "warning": the severity that makes exit 1
max_waiver_days = 180           # a waiver may not run longer than this from today
waiver_warn_days = 14           # a waiver this close to expiry is reported as expiring
unused_waivers = "warn"         # or "error"
# promise = "semver"            # the promise of components that name none (see [promises])
# Give every component an owner (owner = "@team"), then delete this line:
require_owner = false

# [policy.rules]                # per-rule severity: "breaking" | "warning" | "info" | "off"
# abi-enumerator-added = "info"

# [promises.semver]             # the version number says what changed
# kind = "semver"
# version_from = "git-tag:v*"
"#,
        name = quote(project)
    );
    let mut used: Vec<String> = Vec::new();
    for f in found {
        let base = tidy(&f.name);
        let mut name = base.clone();
        let mut n = 1;
        while used.contains(&name) {
            n += 1;
            name = format!("{base}-{n}");
        }
        used.push(name.clone());
        let key = Key::new(name.as_str()).display_repr().into_owned();
        let _ = write!(
            out,
            "\n[component.{key}]\nkind = \"{}\"\n# owner = \"@team\"\n",
            f.kind
        );
        match f.kind {
            ComponentKind::GoModule => {
                let _ = writeln!(out, "path = {}", quote(&f.path));
                if let Some(go) = &f.go {
                    let _ = writeln!(out, "go = {}", quote(go));
                }
                let _ = writeln!(out, "# targets = [\"linux/amd64\", \"linux/arm64\"]");
            }
            ComponentKind::ElfLibrary => {
                let _ = writeln!(out, "artifact = {}", quote(&f.path));
                let _ = writeln!(
                    out,
                    "baseline.main = {}   # `compat baseline update` writes it",
                    quote(&format!("compat/baselines/{name}.abi.json"))
                );
                let _ = writeln!(out, "# public_headers = \"include\"");
            }
            _ => {
                let _ = writeln!(out, "artifact = {}", quote(&f.path));
                let _ = writeln!(out, "# library_path = [\"lib\"]");
            }
        }
    }
    if found.is_empty() {
        out.push_str(
            "\n# No ELF file or go.mod was found. Declare components like this:\n\
             # [component.libfoo]\n\
             # kind = \"elf-library\"\n\
             # owner = \"@team\"\n\
             # artifact = \"build/libfoo.so.1\"\n\
             # baseline.main = \"compat/baselines/libfoo.abi.json\"\n",
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_tidy_and_unique() {
        let found = |name: &str| Found {
            name: name.into(),
            kind: ComponentKind::ElfProgram,
            path: format!("bin/{name}"),
            go: None,
        };
        let text = init_file(
            "demo \"x\"",
            &[found("tool"), found("tool"), found("a b"), found("...")],
        );
        for header in [
            "[component.tool]",
            "[component.tool-2]",
            "[component.a-b]",
            "[component.component]",
        ] {
            assert!(text.contains(header), "{header} in {text}");
        }
        let parsed = crate::parse(&text, std::path::Path::new("compat.toml"));
        let config = parsed.unwrap_or_else(|e| panic!("{e}\n{text}"));
        assert_eq!(config.project.name, "demo \"x\"");
        assert_eq!(config.components.len(), 4);
    }
}
