//! `compat init [DIR]`: find the shared libraries, programs and Go modules
//! under DIR and write the commented compat.toml `compat_config::template`
//! makes for them. ELF files are told apart by `compat_elf` (a shared
//! object is a library; an executable or PIE a program; anything else is
//! skipped); Go modules by their go.mod, read by `compat_go`.

use std::path::Path;

use compat_config::template::{self, Found};
use compat_config::ComponentKind;

use crate::output;

/// Directories never searched: build output, VCS data, dependencies and
/// test data that are not the project's artifacts.
const SKIPPED_DIRS: &[&str] = &["target", ".git", "node_modules", "vendor", "testdata"];

pub fn init(dir: Option<&Path>, force: bool) -> anyhow::Result<u8> {
    let dir = dir.unwrap_or(Path::new("."));
    if !dir.is_dir() {
        anyhow::bail!("{}: is not a directory", dir.display());
    }
    let target = dir.join(compat_config::FILE_NAME);
    if !force && std::fs::symlink_metadata(&target).is_ok() {
        anyhow::bail!(
            "{}: already exists; --force overwrites it",
            target.display()
        );
    }
    let found = scan(dir);
    let project = std::path::absolute(dir)
        .ok()
        .and_then(|d| {
            d.components()
                .filter_map(|c| match c {
                    std::path::Component::Normal(n) => Some(n.to_string_lossy().into_owned()),
                    _ => None,
                })
                .next_back()
        })
        .unwrap_or_else(|| "project".into());
    let text = template::init_file(&project, &found);
    // What init writes must pass `compat config check`.
    if let Err(e) = compat_config::parse(&text, &target) {
        anyhow::bail!("internal error: the generated compat.toml is invalid: {e}");
    }
    compat_fs::write_atomic(&target, text.as_bytes())?;
    let of = |kind: ComponentKind| found.iter().filter(|f| f.kind == kind).count();
    let line = format!(
        "wrote {}: {} libraries, {} programs, {} Go modules; check it with `compat config check`",
        target.display(),
        of(ComponentKind::ElfLibrary),
        of(ComponentKind::ElfProgram),
        of(ComponentKind::GoModule),
    );
    output::emit(
        &crate::cli::OutputArgs::default(),
        &format!("{}\n", compat_report::escape::text(&line)),
    )?;
    Ok(0)
}

/// Every artifact under `dir`, in path order; files that cannot be read
/// are noted and skipped.
fn scan(dir: &Path) -> Vec<Found> {
    let mut found = Vec::new();
    let walk = walkdir::WalkDir::new(dir)
        .follow_links(false)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| {
            !(e.depth() > 0
                && e.file_type().is_dir()
                && SKIPPED_DIRS.contains(&e.file_name().to_string_lossy().as_ref()))
        });
    for entry in walk {
        let entry = match entry {
            Ok(e) => e,
            Err(e) => {
                output::note_line(&format!("skipped: {e}"));
                continue;
            }
        };
        if !entry.file_type().is_file() {
            continue;
        }
        let path = entry.path();
        let rel = path.strip_prefix(dir).unwrap_or(path);
        let rel_text = rel.to_string_lossy().into_owned();
        if entry.file_name() == "go.mod" {
            found.extend(go_module(path, rel));
            continue;
        }
        match compat_fs::read(path, compat_fs::Limit::Sniff) {
            Ok(head) if head.starts_with(b"\x7fELF") => {}
            Ok(_) => continue,
            Err(e) => {
                output::note_line(&format!("skipped: {e}"));
                continue;
            }
        }
        let opts = compat_elf::ReadOptions {
            demangle: false,
            unsorted: true,
            ..compat_elf::ReadOptions::default()
        };
        let abi = match compat_elf::Input::open(path).and_then(|i| i.parse_elf(opts)) {
            Ok(abi) => abi,
            Err(e) => {
                output::note_line(&format!("skipped: {e}"));
                continue;
            }
        };
        let file_name = entry.file_name().to_string_lossy().into_owned();
        let (kind, name) = match abi.file_type {
            compat_elf::FileKind::SharedObject => (
                ComponentKind::ElfLibrary,
                library_name(abi.soname.as_deref().unwrap_or(&file_name)),
            ),
            compat_elf::FileKind::Executable | compat_elf::FileKind::Pie => {
                (ComponentKind::ElfProgram, file_name)
            }
            _ => continue,
        };
        found.push(Found {
            name,
            kind,
            path: rel_text,
            go: None,
        });
    }
    found
}

/// `libavcodec.so.60` → `libavcodec` (cut at the first `.so` that ends the
/// name or is followed by `.`).
fn library_name(file: &str) -> String {
    let cut = file
        .match_indices(".so")
        .map(|(i, _)| i)
        .find(|&i| i > 0 && matches!(file.as_bytes().get(i + 3), None | Some(b'.')));
    match cut {
        Some(i) => file[..i].to_owned(),
        None => file.to_owned(),
    }
}

/// The module of a go.mod: named after the last element of its module path
/// (before a `/vN` major-version suffix), else after its directory.
fn go_module(go_mod: &Path, rel: &Path) -> Option<Found> {
    let dir = go_mod.parent()?;
    let text = match compat_go::imports::read_go_mod(dir) {
        Ok(text) => text.unwrap_or_default(),
        Err(e) => {
            output::note_line(&format!("skipped: {}", e.error));
            return None;
        }
    };
    let rel_dir = rel.parent().map(|p| p.to_string_lossy().into_owned());
    let rel_dir = match rel_dir.as_deref() {
        None | Some("") => ".".to_owned(),
        Some(d) => d.to_owned(),
    };
    let from_module = compat_go::imports::directive(&text, "module").and_then(|m| {
        let mut parts = m.trim_matches('"').rsplit('/');
        let last = parts.next()?;
        let major = last.len() > 1
            && last.starts_with('v')
            && last[1..].bytes().all(|b| b.is_ascii_digit());
        if major { parts.next() } else { Some(last) }.map(str::to_owned)
    });
    let name = from_module
        .filter(|n| !n.is_empty())
        .or_else(|| {
            std::path::absolute(dir)
                .ok()?
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
        })
        .unwrap_or_else(|| "module".into());
    Some(Found {
        name,
        kind: ComponentKind::GoModule,
        path: rel_dir,
        go: compat_go::imports::directive(&text, "go").map(str::to_owned),
    })
}
