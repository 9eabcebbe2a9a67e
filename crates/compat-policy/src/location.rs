//! Locations of `compat.toml` entries as findings show them: the file
//! relative to the repository root, with the entry's line.

use std::path::Path;

use compat_config::Loc;
use compat_report::Location;

/// `loc` as a finding location: its file relative to `root` (the
/// repository root) when it lies under it, with line and column.
pub fn location_of(loc: &Loc, root: &Path) -> Location {
    let file = if loc.file.is_absolute() {
        loc.file.clone()
    } else {
        std::env::current_dir()
            .map(|d| d.join(&loc.file))
            .unwrap_or_else(|_| loc.file.clone())
    };
    let path = file
        .strip_prefix(root)
        .map(Path::to_path_buf)
        .unwrap_or_else(|_| loc.file.clone());
    Location {
        path: slash_path(&path),
        line: (loc.line > 0).then_some(loc.line),
        column: (loc.col > 0).then_some(loc.col),
    }
}

/// A relative path as findings name it: `/`-separated, without `.` or `..`.
pub fn slash_path(p: &Path) -> String {
    p.components()
        .filter_map(|c| match c {
            std::path::Component::Normal(s) => Some(s.to_string_lossy().into_owned()),
            _ => None,
        })
        .collect::<Vec<_>>()
        .join("/")
}
