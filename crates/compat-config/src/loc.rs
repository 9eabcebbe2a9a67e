//! Locations in a TOML file: byte offsets from the parser turned into
//! 1-based line and column (columns count characters, not bytes).

use std::fmt;
use std::ops::Range;
use std::path::{Path, PathBuf};

/// Where something is: a file as displayed, a line and a column (both from 1).
///
/// Line 0 means the file as a whole (it could not be read or parsed at
/// all); it displays as the file name alone.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Loc {
    /// The file, as displayed: relative to the working directory when it
    /// lies below it, as given otherwise.
    pub file: PathBuf,
    /// The line, from 1 (0: the whole file).
    pub line: u32,
    /// The column in characters, from 1.
    pub col: u32,
}

impl Loc {
    /// The whole of `file`.
    pub fn file(file: impl Into<PathBuf>) -> Loc {
        Loc {
            file: file.into(),
            line: 0,
            col: 0,
        }
    }
}

impl fmt::Display for Loc {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line == 0 {
            write!(f, "{}", self.file.display())
        } else {
            write!(f, "{}:{}:{}", self.file.display(), self.line, self.col)
        }
    }
}

impl serde::Serialize for Loc {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// The start of every line of one text, to turn byte offsets into [`Loc`]s.
#[derive(Debug)]
pub(crate) struct LineIndex<'a> {
    text: &'a str,
    file: &'a Path,
    starts: Vec<usize>,
}

impl<'a> LineIndex<'a> {
    pub(crate) fn new(text: &'a str, file: &'a Path) -> LineIndex<'a> {
        let starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        LineIndex { text, file, starts }
    }

    /// The location of byte `offset` (clamped to the text, moved back to a
    /// character boundary).
    pub(crate) fn loc(&self, offset: usize) -> Loc {
        let mut offset = offset.min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.starts.partition_point(|&s| s <= offset).max(1);
        let start = self.starts.get(line - 1).copied().unwrap_or(0);
        let col = self
            .text
            .get(start..offset)
            .map_or(0, |s| s.chars().count());
        Loc {
            file: self.file.to_path_buf(),
            line: u32::try_from(line).unwrap_or(u32::MAX),
            col: u32::try_from(col + 1).unwrap_or(u32::MAX),
        }
    }

    /// The location of the start of `span`, or of the file's first
    /// character when there is none.
    pub(crate) fn span(&self, span: Option<Range<usize>>) -> Loc {
        self.loc(span.map_or(0, |s| s.start))
    }
}

/// `path` as displayed in messages: relative to the working directory when
/// it is absolute and lies below it, as given otherwise.
pub fn display_path(path: &Path) -> PathBuf {
    if path.is_absolute() {
        if let Ok(cwd) = std::env::current_dir() {
            if let Ok(rel) = path.strip_prefix(&cwd) {
                if !rel.as_os_str().is_empty() {
                    return rel.to_path_buf();
                }
            }
        }
    }
    path.to_path_buf()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_to_lines_and_columns() {
        let text = "a = 1\nname = \"é\" # x\n\nz";
        let index = LineIndex::new(text, Path::new("compat.toml"));
        assert_eq!(index.loc(0).to_string(), "compat.toml:1:1");
        assert_eq!(index.loc(4).to_string(), "compat.toml:1:5");
        assert_eq!(index.loc(6).to_string(), "compat.toml:2:1");
        // After the two-byte é: column counts characters.
        let after = text.find(" # x").expect("comment");
        assert_eq!(index.loc(after).to_string(), "compat.toml:2:11");
        // Inside the é: back to its start.
        assert_eq!(index.loc(text.find('é').expect("é") + 1).col, 9);
        assert_eq!(index.loc(text.len() + 10).to_string(), "compat.toml:4:2");
        assert_eq!(Loc::file("x.toml").to_string(), "x.toml");
    }
}
