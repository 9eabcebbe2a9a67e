//! cobra's YAML documentation (`doc.GenYamlTree` in github.com/spf13/cobra/doc):
//! one document per command, named by its full path (`app remote add`), with
//! `usage`, `options` (`name`, `shorthand`, `default_value`, `usage`) and
//! `inherited_options`. A directory of such files (or one file) is a tree.
//!
//! What cobra writes and what it does not: every flag pflag visits, hidden
//! and deprecated ones included but without saying so (a shorthand cobra
//! marked deprecated is left out); no value type, so a flag whose default is
//! `true`/`false` is a `switch`, `[]` a repeatable `string`, anything else a
//! `string`; no required flags, choices or environment variables. A flag
//! that a subcommand lists under `inherited_options` is `global` where it is
//! declared. Positional arguments come from the usage line (`app add NAME`);
//! hidden commands are not written by cobra, so they are not in the surface.

use std::path::Path;

use serde_json::Value;

use crate::error::SurfaceError;
use crate::model::{Command, Flag, Surface};

/// The most YAML files a directory may hold.
const MAX_FILES: usize = 20_000;

/// Reads every `*.yaml`/`*.yml` file under the directory `dir` (not recursive).
pub fn read_dir(dir: &Path) -> Result<Surface, SurfaceError> {
    let name = dir.display().to_string();
    let listing =
        std::fs::read_dir(dir).map_err(|e| SurfaceError::invalid(&name, e.to_string()))?;
    let mut files = Vec::new();
    for entry in listing {
        let entry = entry.map_err(|e| SurfaceError::invalid(&name, e.to_string()))?;
        let p = entry.path();
        if p.extension().is_some_and(|x| x == "yaml" || x == "yml") {
            files.push(p);
        }
        if files.len() > MAX_FILES {
            return Err(SurfaceError::invalid(
                &name,
                format!("more than {MAX_FILES} YAML files"),
            ));
        }
    }
    if files.is_empty() {
        return Err(SurfaceError::invalid(
            &name,
            "no .yaml file (cobra's doc.GenYamlTree output) in this directory",
        ));
    }
    files.sort();
    let mut docs = Vec::new();
    let mut total = 0u64;
    for p in &files {
        let bytes = compat_fs::read(p, compat_fs::Limit::CliSurface)?;
        total += bytes.len() as u64;
        if total > compat_fs::Limit::CliSurface.bytes() {
            return Err(SurfaceError::invalid(
                &name,
                "its YAML files hold more than 64 MiB",
            ));
        }
        let text = String::from_utf8(bytes)
            .map_err(|_| SurfaceError::invalid(&p.display().to_string(), "not UTF-8 text"))?;
        docs.push((p.display().to_string(), text));
    }
    read_docs(&docs)
}

/// Reads one YAML file holding one command's document.
pub fn read(name: &str, text: &str) -> Result<Surface, SurfaceError> {
    read_docs(&[(name.to_owned(), text.to_owned())])
}

/// Builds the tree from `(file, text)` documents.
fn read_docs(docs: &[(String, String)]) -> Result<Surface, SurfaceError> {
    let limits = compat_yaml::Limits {
        max_depth: 16,
        ..compat_yaml::Limits::default()
    };
    let mut parsed: Vec<(String, Vec<String>, Value)> = Vec::new();
    for (file, text) in docs {
        let v = compat_yaml::from_str(text, &limits)
            .map_err(|e| SurfaceError::invalid(file, e.to_string()))?;
        let path: Vec<String> = v
            .get("name")
            .and_then(Value::as_str)
            .ok_or_else(|| {
                SurfaceError::invalid(file, "no `name`: not cobra's YAML documentation")
            })?
            .split_whitespace()
            .map(str::to_owned)
            .collect();
        if path.is_empty() || path.len() > super::MAX_DEPTH {
            return Err(SurfaceError::invalid(
                file,
                "a command name of no word or too many words",
            ));
        }
        parsed.push((file.clone(), path, v));
    }
    // Parents before children.
    parsed.sort_by_key(|(_, p, _)| p.len());
    let program = parsed[0].1[0].clone();
    let mut root = Command::named(&program);
    let mut inherited: Vec<(Vec<String>, String)> = Vec::new();
    for (file, path, doc) in &parsed {
        if path[0] != program {
            return Err(SurfaceError::invalid(
                file,
                format!("command `{}` is not under `{program}`", path.join(" ")),
            ));
        }
        let node = node_at(&mut root, &path[1..]);
        node.about = doc
            .get("synopsis")
            .and_then(Value::as_str)
            .map(str::to_owned);
        node.flags = options(file, doc.get("options"))?;
        if let Some(usage) = doc.get("usage").and_then(Value::as_str) {
            let line = usage.lines().next().unwrap_or("");
            node.args = super::help::positionals(line);
        }
        for f in options(file, doc.get("inherited_options"))? {
            inherited.push((path.clone(), f.names[0].clone()));
        }
    }
    for (path, name) in inherited {
        // The nearest ancestor declaring it.
        for depth in (1..path.len()).rev() {
            let node = node_at(&mut root, &path[1..depth]);
            if let Some(f) = node.flags.iter_mut().find(|f| f.names[0] == name) {
                f.global = true;
                break;
            }
        }
    }
    let mut surface = Surface::new("cobra", root);
    surface.normalize();
    Ok(surface)
}

/// The command at `words` below `root`, created on the way.
fn node_at<'c>(root: &'c mut Command, words: &[String]) -> &'c mut Command {
    let mut node = root;
    for w in words {
        let i = match node.commands.iter().position(|c| c.name == *w) {
            Some(i) => i,
            None => {
                node.commands.push(Command::named(w));
                node.commands.len() - 1
            }
        };
        node = &mut node.commands[i];
    }
    node
}

/// cobra's `options` list.
fn options(file: &str, v: Option<&Value>) -> Result<Vec<Flag>, SurfaceError> {
    let Some(v) = v else { return Ok(Vec::new()) };
    let Value::Array(items) = v else {
        return Err(SurfaceError::invalid(file, "`options` is not a list"));
    };
    let mut flags = Vec::new();
    for item in items {
        let text = |k: &str| {
            item.get(k).and_then(|v| match v {
                Value::String(s) => Some(s.clone()),
                Value::Bool(_) | Value::Number(_) => Some(v.to_string()),
                _ => None,
            })
        };
        let Some(name) = text("name").filter(|n| !n.is_empty() && !n.contains(char::is_whitespace))
        else {
            return Err(SurfaceError::invalid(file, "an option without a name"));
        };
        let mut names = vec![format!("--{name}")];
        if let Some(short) = text("shorthand").filter(|s| !s.is_empty()) {
            names.push(format!("-{short}"));
        }
        let default = text("default_value");
        let (value_type, multiple, default) = match default.as_deref() {
            Some("false") => ("switch", false, None),
            Some("true") => ("switch", false, Some("true".to_owned())),
            Some("[]") => ("string", true, None),
            Some("") | None => ("string", false, None),
            Some(_) => ("string", false, default),
        };
        flags.push(Flag {
            names,
            value_type: value_type.to_owned(),
            multiple,
            default,
            about: text("usage").map(|u| u.trim().to_owned()),
            ..Flag::default()
        });
    }
    Ok(flags)
}
