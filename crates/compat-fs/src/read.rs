//! Opening inputs: regular files only, checked before opening and again on
//! the open descriptor, read or mapped up to the cap of their purpose.
//!
//! The descriptor is opened with `O_NONBLOCK`, so even a FIFO swapped in
//! between the check and the open cannot block the run; the second check
//! then refuses it. Reading a file does not change its access time
//! (`O_NOATIME`, where the kernel allows it: see [`without_atime`]).

use std::fs::File;
use std::io::Read;
use std::os::unix::fs::OpenOptionsExt;
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};

use memmap2::Mmap;

use crate::error::FsError;
use crate::kind::FileKind;
use crate::limit::Limit;

/// Opens `path` for reading if it is (or links to) a regular file no larger
/// than `limit` allows; returns the file and its size.
pub fn open_regular(path: &Path, limit: Limit) -> Result<(File, u64), FsError> {
    let meta = std::fs::metadata(path).map_err(|e| FsError::io(path, "read", e))?;
    check(path, &meta, limit)?;
    let file = without_atime(|noatime| {
        std::fs::OpenOptions::new()
            .read(true)
            .custom_flags(
                libc::O_NONBLOCK | libc::O_NOCTTY | if noatime { libc::O_NOATIME } else { 0 },
            )
            .open(path)
    })
    .map_err(|e| FsError::io(path, "read", e))?;
    let meta = file.metadata().map_err(|e| FsError::io(path, "read", e))?;
    let size = check(path, &meta, limit)?;
    Ok((file, size))
}

/// Whether opens for reading still ask for `O_NOATIME`: cleared at the
/// first open the kernel refuses it to (`EPERM`: the flag is allowed only on
/// files the process owns, or with `CAP_FOWNER`), so that a user reading
/// other users' files pays one refused open, not one per file.
static NOATIME: AtomicBool = AtomicBool::new(true);

/// Opens a file for reading with `open(true)` (`O_NOATIME` asked for: the
/// read leaves the file's access time, and the inode, as they were) while
/// the kernel allows it, else with `open(false)`.
pub fn without_atime<T>(open: impl Fn(bool) -> std::io::Result<T>) -> std::io::Result<T> {
    if NOATIME.load(Ordering::Relaxed) {
        match open(true) {
            Err(e) if e.raw_os_error() == Some(libc::EPERM) => {
                NOATIME.store(false, Ordering::Relaxed);
            }
            other => return other,
        }
    }
    open(false)
}

/// Refuses anything but a regular file within the cap; returns its size.
fn check(path: &Path, meta: &std::fs::Metadata, limit: Limit) -> Result<u64, FsError> {
    let kind = FileKind::of(meta);
    if kind != FileKind::Regular {
        return Err(FsError::NotRegular {
            path: path.into(),
            kind,
        });
    }
    if meta.len() > limit.bytes() && limit != Limit::Sniff {
        return Err(FsError::TooLarge {
            path: path.into(),
            size: meta.len(),
            cap: limit.bytes(),
            what: limit.what(),
        });
    }
    Ok(meta.len())
}

/// Reads a regular file whole (at most `limit`'s cap; for [`Limit::Sniff`],
/// its first bytes). A file that grows past the cap while being read is
/// refused, not truncated.
pub fn read(path: &Path, limit: Limit) -> Result<Vec<u8>, FsError> {
    let (file, size) = open_regular(path, limit)?;
    read_open(file, size, path, limit)
}

/// Reads an opened regular file of `size` bytes up to `limit`'s cap (see
/// [`read`]).
pub(crate) fn read_open(
    file: File,
    size: u64,
    path: &Path,
    limit: Limit,
) -> Result<Vec<u8>, FsError> {
    let cap = limit.bytes();
    let want = size.min(cap);
    let mut buf = Vec::with_capacity(usize::try_from(want).unwrap_or(0));
    let mut reader = file.take(cap + u64::from(limit != Limit::Sniff));
    reader
        .read_to_end(&mut buf)
        .map_err(|e| FsError::io(path, "read", e))?;
    if buf.len() as u64 > cap {
        if limit == Limit::Sniff {
            buf.truncate(cap as usize);
        } else {
            return Err(FsError::TooLarge {
                path: path.into(),
                size: buf.len() as u64,
                cap,
                what: limit.what(),
            });
        }
    }
    Ok(buf)
}

/// Reads a regular file whole as UTF-8 text (see [`read`]).
pub fn read_to_string(path: &Path, limit: Limit) -> Result<String, FsError> {
    String::from_utf8(read(path, limit)?).map_err(|_| FsError::Io {
        path: path.into(),
        op: "read",
        error: std::io::Error::new(std::io::ErrorKind::InvalidData, "not UTF-8 text"),
    })
}

/// A memory-mapped regular file (an empty file maps to no bytes).
#[derive(Debug)]
pub struct Mapped {
    map: Option<Mmap>,
}

impl Mapped {
    /// The file's bytes.
    pub fn bytes(&self) -> &[u8] {
        self.map.as_deref().unwrap_or(&[])
    }
}

/// Maps a regular file read-only (at most `limit`'s cap).
pub fn map(path: &Path, limit: Limit) -> Result<Mapped, FsError> {
    let (file, size) = open_regular(path, limit)?;
    if size == 0 {
        return Ok(Mapped { map: None });
    }
    // SAFETY: the map is read-only and private. If another process truncates
    // the file while it is read, the OS may deliver SIGBUS; that is the
    // accepted cost of mapping, as in ripgrep and every ELF tool that maps.
    #[allow(unsafe_code)]
    let map = unsafe { Mmap::map(&file) }.map_err(|e| FsError::io(path, "map", e))?;
    Ok(Mapped { map: Some(map) })
}

/// Reads the first bytes of `path` into `buf` (as many as it holds, fewer
/// for a shorter file); returns how many. For sniffing many files cheaply:
/// one open that follows no symbolic link and never blocks (a FIFO reads as
/// empty), one read, no stat.
pub fn sniff(path: &Path, buf: &mut [u8]) -> Result<usize, FsError> {
    let mut file = std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK | libc::O_NOCTTY)
        .open(path)
        .map_err(|e| FsError::io(path, "read", e))?;
    let mut got = 0;
    while got < buf.len() {
        match file.read(&mut buf[got..]) {
            Ok(0) => break,
            Ok(n) => got += n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => break,
            Err(e) => return Err(FsError::io(path, "read", e)),
        }
    }
    Ok(got)
}
