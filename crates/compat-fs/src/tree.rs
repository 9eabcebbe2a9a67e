//! Finding the files of a directory tree that start with given bytes (the
//! ELF magic), for trees of a hundred thousand files (`compat index build
//! /usr`).
//!
//! The order and the answers are those of a `walkdir` walk that follows no
//! symbolic link and sorts names (a directory's entries right after it,
//! depth first), with each regular file's first bytes read; what changes is
//! the cost:
//! - each directory is one task of a parallel walk: opened once by its
//!   path, listed (`getdents`, whose entry types say which entries are
//!   regular files and which are directories, with no `stat`), and each of
//!   its regular files opened relative to the directory's descriptor
//!   (`openat`: one path component to resolve instead of the whole path),
//!   read once (its first bytes) and closed;
//! - the tree is assembled in order at the end, without recursion (a deep
//!   tree costs no stack).
//!
//! Only an entry type the file system does not give (`DT_UNKNOWN`) costs a
//! `stat` (which does not follow a link). No file is skipped by its name or
//! size: any regular file may be an ELF object whatever it is called.
//! Opening a file never follows a link and never blocks (`O_NOFOLLOW`,
//! `O_NONBLOCK`: a FIFO swapped in reads as empty), and leaves its access
//! time as it was where the kernel allows it (`O_NOATIME`).

use std::ffi::{CStr, CString, OsStr};
use std::os::unix::ffi::OsStrExt;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use std::mem::MaybeUninit;

use rustix::fd::AsFd;
use rustix::fs::{AtFlags, FileType, Mode, OFlags, RawDir};

use crate::error::FsError;

/// What [`sniff_tree`] found under one root.
#[derive(Debug, Default)]
pub struct Sniffed {
    /// The regular files whose first bytes are the magic, in walk order.
    pub matches: Vec<PathBuf>,
    /// Directories (and entries) that could not be listed, in walk order.
    pub dir_errors: Vec<FsError>,
    /// Regular files whose first bytes could not be read, in walk order.
    pub file_errors: Vec<FsError>,
}

/// The size of the buffer a directory is listed into (`getdents`).
const LIST_BUFFER: usize = 32 * 1024;

/// One entry of a listed directory.
enum Entry {
    /// A regular file that starts with the magic (`Ok(true)`: the others are
    /// not kept) or could not be read.
    File(Result<bool, std::io::Error>),
    /// A subdirectory: its node.
    Dir(usize),
    /// An entry whose type could not be read.
    Error(std::io::Error),
}

/// A listed directory: its entries that [`assemble`] reports (files that
/// start with the magic or could not be read, subdirectories, errors),
/// sorted by name, or why it could not be listed (after the entries read
/// before the error).
#[derive(Default)]
struct Node {
    entries: Vec<(CString, Entry)>,
    error: Option<std::io::Error>,
}

/// The walk's shared state: every directory's node, by id.
struct Walk<'m> {
    magic: &'m [u8],
    nodes: Mutex<Vec<Option<Node>>>,
}

/// Walks `root` (a directory; a link to one is followed, no link under it
/// is) and reads the first `magic.len()` bytes of every regular file under
/// it, in parallel; returns the files that start with `magic`, in the order
/// described in the [module documentation](self), and what could not be
/// read.
pub fn sniff_tree(root: &Path, magic: &[u8]) -> Sniffed {
    let walk = Walk {
        magic,
        nodes: Mutex::new(vec![None]),
    };
    rayon::scope(|s| list(s, &walk, root.to_path_buf(), 0, true));
    let nodes = walk.nodes.into_inner().unwrap_or_else(|e| e.into_inner());
    assemble(root, nodes)
}

/// Lists the directory `path` (node `id`), reads its files' first bytes and
/// spawns a task per subdirectory.
fn list<'s>(s: &rayon::Scope<'s>, walk: &'s Walk<'_>, path: PathBuf, id: usize, root: bool) {
    let mut node = Node::default();
    let follow = if root {
        OFlags::empty()
    } else {
        OFlags::NOFOLLOW
    };
    let dir = match rustix::fs::open(
        &path,
        OFlags::RDONLY | OFlags::DIRECTORY | OFlags::CLOEXEC | follow,
        Mode::empty(),
    ) {
        Ok(d) => d,
        Err(e) => {
            node.error = Some(e.into());
            store(walk, id, node);
            return;
        }
    };
    let mut subdirs: Vec<(usize, CString)> = Vec::new();
    // Entries are read into this buffer (`getdents`) and looked at in place:
    // only the files that match (or fail) and the subdirectories are kept,
    // and sorted by name afterwards.
    let mut buf = vec![MaybeUninit::<u8>::uninit(); LIST_BUFFER];
    let mut entries = RawDir::new(&dir, &mut buf);
    while let Some(entry) = entries.next() {
        let e = match entry {
            Ok(e) => e,
            Err(e) => {
                node.error = Some(e.into());
                break;
            }
        };
        let name = e.file_name();
        if name.to_bytes() == b"." || name.to_bytes() == b".." {
            continue;
        }
        let mut kind = e.file_type();
        if kind == FileType::Unknown {
            match rustix::fs::statat(&dir, name, AtFlags::SYMLINK_NOFOLLOW) {
                Ok(st) => kind = FileType::from_raw_mode(st.st_mode),
                Err(e) => {
                    node.entries.push((name.to_owned(), Entry::Error(e.into())));
                    continue;
                }
            }
        }
        let entry = match kind {
            FileType::RegularFile => match starts_with(dir.as_fd(), name, walk.magic) {
                Ok(false) => continue,
                other => Entry::File(other),
            },
            FileType::Directory => {
                let child = {
                    let mut nodes = walk.nodes.lock().unwrap_or_else(|e| e.into_inner());
                    nodes.push(None);
                    nodes.len() - 1
                };
                subdirs.push((child, name.to_owned()));
                Entry::Dir(child)
            }
            _ => continue,
        };
        node.entries.push((name.to_owned(), entry));
    }
    node.entries
        .sort_unstable_by(|a, b| a.0.as_bytes().cmp(b.0.as_bytes()));
    drop(dir);
    for (child, name) in subdirs {
        let sub = path.join(OsStr::from_bytes(name.as_bytes()));
        s.spawn(move |s| list(s, walk, sub, child, false));
    }
    store(walk, id, node);
}

fn store(walk: &Walk<'_>, id: usize, node: Node) {
    let mut nodes = walk.nodes.lock().unwrap_or_else(|e| e.into_inner());
    nodes[id] = Some(node);
}

/// Whether the regular file `name` in the directory `dir` starts with
/// `magic`: one open that follows no link and never blocks, one read.
fn starts_with(
    dir: rustix::fd::BorrowedFd<'_>,
    name: &CStr,
    magic: &[u8],
) -> Result<bool, std::io::Error> {
    let flags =
        OFlags::RDONLY | OFlags::NOFOLLOW | OFlags::NONBLOCK | OFlags::NOCTTY | OFlags::CLOEXEC;
    let fd = crate::read::without_atime(|noatime| {
        let atime = if noatime {
            OFlags::NOATIME
        } else {
            OFlags::empty()
        };
        Ok(rustix::fs::openat(dir, name, flags | atime, Mode::empty())?)
    })?;
    let mut buf = [0u8; 16];
    let want = magic.len().min(buf.len());
    let mut got = 0;
    while got < want {
        match rustix::io::read(&fd, &mut buf[got..want]) {
            Ok(0) => break,
            Ok(n) => got += n,
            Err(rustix::io::Errno::INTR) => {}
            Err(rustix::io::Errno::AGAIN) => break,
            Err(e) => return Err(e.into()),
        }
    }
    Ok(got == magic.len() && buf[..got] == *magic)
}

/// The nodes in walk order: depth first, each directory's entries by name.
fn assemble(root: &Path, mut nodes: Vec<Option<Node>>) -> Sniffed {
    let mut out = Sniffed::default();
    // A stack of (directory path, its remaining entries, reversed).
    let mut stack: Vec<(PathBuf, Vec<(CString, Entry)>)> = Vec::new();
    let mut enter = |path: PathBuf, id: usize, out: &mut Sniffed| {
        let node = nodes.get_mut(id).and_then(Option::take).unwrap_or_default();
        let mut entries = node.entries;
        entries.reverse();
        if let Some(e) = node.error {
            // walkdir reports a directory it cannot open before its entries;
            // one it cannot finish listing, after those it read.
            out.dir_errors.push(FsError::io(path.clone(), "read", e));
        }
        (path, entries)
    };
    stack.push(enter(root.to_path_buf(), 0, &mut out));
    while let Some((dir, entries)) = stack.last_mut() {
        let Some((name, entry)) = entries.pop() else {
            stack.pop();
            continue;
        };
        let path = dir.join(OsStr::from_bytes(name.as_bytes()));
        match entry {
            Entry::File(Ok(true)) => out.matches.push(path),
            Entry::File(Ok(false)) => {}
            Entry::File(Err(e)) => out.file_errors.push(FsError::io(path, "read", e)),
            Entry::Error(e) => out.dir_errors.push(FsError::io(path, "read", e)),
            Entry::Dir(id) => {
                let next = enter(path, id, &mut out);
                stack.push(next);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_files_with_the_magic_in_sorted_depth_first_order() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        for (rel, bytes) in [
            ("b/z", &b"\x7fELFx"[..]),
            ("b/a", b"\x7fELF"),
            ("a", b"\x7fELF\x02"),
            ("c/d/e", b"\x7fELF"),
            ("c/short", b"\x7fEL"),
            ("c/text", b"hello"),
            ("c/empty", b""),
            ("c/f", b"\x7fELF"),
        ] {
            let p = root.join(rel);
            std::fs::create_dir_all(p.parent().unwrap()).unwrap();
            std::fs::write(&p, bytes).unwrap();
        }
        std::os::unix::fs::symlink(root.join("a"), root.join("link")).unwrap();
        std::os::unix::fs::symlink(root.join("c"), root.join("linkdir")).unwrap();
        let found = sniff_tree(root, b"\x7fELF");
        let rel: Vec<String> = found
            .matches
            .iter()
            .map(|p| p.strip_prefix(root).unwrap().display().to_string())
            .collect();
        assert_eq!(rel, ["a", "b/a", "b/z", "c/d/e", "c/f"]);
        assert!(found.dir_errors.is_empty() && found.file_errors.is_empty());
    }

    #[test]
    fn the_same_as_a_sorted_walkdir_walk() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        for i in 0..40 {
            let p = root.join(format!("d{}/e{}/f{i}", i % 3, i % 5));
            std::fs::create_dir_all(p.parent().unwrap()).unwrap();
            let bytes: &[u8] = if i % 2 == 0 { b"\x7fELF.." } else { b"text" };
            std::fs::write(&p, bytes).unwrap();
            std::fs::write(root.join(format!("d{}/g{i}", i % 3)), b"\x7fELF").unwrap();
        }
        let expected: Vec<PathBuf> = walkdir_order(root)
            .into_iter()
            .filter(|p| std::fs::read(p).unwrap().starts_with(b"\x7fELF"))
            .collect();
        assert_eq!(sniff_tree(root, b"\x7fELF").matches, expected);
    }

    /// The regular files under `root` in a sorted depth-first order.
    fn walkdir_order(root: &Path) -> Vec<PathBuf> {
        let mut out = Vec::new();
        let mut names: Vec<_> = std::fs::read_dir(root)
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        names.sort();
        for p in names {
            let t = std::fs::symlink_metadata(&p).unwrap().file_type();
            if t.is_dir() {
                out.extend(walkdir_order(&p));
            } else if t.is_file() {
                out.push(p);
            }
        }
        out
    }

    #[test]
    fn an_unreadable_directory_is_an_error_and_the_walk_goes_on() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        std::fs::write(root.join("z"), b"\x7fELF").unwrap();
        let found = sniff_tree(&root.join("missing"), b"\x7fELF");
        assert!(found.matches.is_empty());
        assert_eq!(found.dir_errors.len(), 1);
        assert!(found.dir_errors[0].to_string().contains("cannot read"));
    }
}
