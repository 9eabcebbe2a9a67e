//! The walk of `compat index build`: the ELF files under the paths, as
//! compat-ld's walker finds them (symbolic links not followed, names
//! sorted, a file named explicitly kept as it is), made cheap for trees of
//! a hundred thousand files: the directories are listed first, then every
//! regular file's first four bytes are read in parallel (one open, one
//! read; no stat, no buffer).

use std::fs::OpenOptions;
use std::io::Read;
use std::os::unix::fs::OpenOptionsExt;
use std::path::{Path, PathBuf};

use compat_ld::{Target, Walked};
use rayon::prelude::*;

/// The ELF files under `paths` (see the module's documentation).
pub fn elf_files(paths: &[PathBuf]) -> Walked {
    let mut walked = Walked::default();
    for p in paths {
        if !p.is_dir() {
            walked.targets.push(Target {
                path: p.clone(),
                explicit: true,
            });
            continue;
        }
        let mut files = Vec::new();
        for entry in walkdir::WalkDir::new(p)
            .follow_links(false)
            .sort_by_file_name()
        {
            match entry {
                Ok(e) if e.file_type().is_file() => files.push(e.into_path()),
                Ok(_) => {}
                Err(err) => {
                    let shown = err
                        .path()
                        .map(|p| p.display().to_string())
                        .unwrap_or_else(|| p.display().to_string());
                    let why = err
                        .io_error()
                        .map(|e| e.to_string())
                        .unwrap_or_else(|| err.to_string());
                    walked.errors.push((shown, format!("cannot read: {why}")));
                }
            }
        }
        let sniffed: Vec<Result<bool, String>> = files.par_iter().map(|f| is_elf(f)).collect();
        for (f, s) in files.into_iter().zip(sniffed) {
            match s {
                Ok(true) => walked.targets.push(Target {
                    path: f,
                    explicit: false,
                }),
                Ok(false) => {}
                Err(why) => walked.errors.push((f.display().to_string(), why)),
            }
        }
    }
    walked
}

/// Whether the file starts with the ELF magic. Opened without following a
/// link and without blocking (a FIFO that replaced the file since the walk
/// listed it reads as empty).
fn is_elf(path: &Path) -> Result<bool, String> {
    let mut file = OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK | libc::O_NOCTTY)
        .open(path)
        .map_err(|e| compat_fs::FsError::io(path, "read", e).reason())?;
    let mut magic = [0u8; 4];
    let mut got = 0;
    while got < magic.len() {
        match file.read(&mut magic[got..]) {
            Ok(0) => return Ok(false),
            Ok(n) => got += n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => return Ok(false),
            Err(e) => return Err(compat_fs::FsError::io(path, "read", e).reason()),
        }
    }
    Ok(&magic == b"\x7fELF")
}
