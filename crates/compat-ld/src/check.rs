//! `compat abi check` as one call: the inputs (files, and directories walked
//! for the ELF files under them) checked with one [`Checker`] and assembled
//! into a [`Report`]: findings, per-file errors and the notes that say what
//! was checked.

use std::path::PathBuf;

use compat_report::Report;

use crate::bind::Checker;
use crate::search::LoaderConfig;

/// The result of [`check()`].
pub struct AbiCheck {
    /// The report of the run, not yet finished ([`Report::finish`]).
    pub report: Report,
    /// The checker with every object it parsed, `None` when it could not be
    /// prepared. Returned rather than dropped so that a process about to
    /// exit can skip tearing down its many small allocations
    /// (`std::mem::forget`); dropping it is always correct.
    pub checker: Option<Checker>,
}

/// One file to check: its path and whether it was named explicitly.
#[derive(Debug, Clone)]
pub struct Target {
    /// The path, as walked.
    pub path: PathBuf,
    /// Named on the command line rather than found under a directory.
    pub explicit: bool,
}

/// The files [`elf_files`] found, and what it could not read.
#[derive(Debug, Default)]
pub struct Walked {
    /// Files named and ELF files found under the directories, in order.
    pub targets: Vec<Target>,
    /// Unreadable entries: path and a one-line reason.
    pub errors: Vec<(String, String)>,
}

/// Expands directories into the ELF files under them (symbolic links are not
/// followed, so each file is met once; names sorted, depth first); a file
/// named explicitly is kept as it is. Unreadable entries are errors and the
/// walk goes on.
///
/// Made for trees of a hundred thousand files (`compat index build /usr`):
/// [`compat_fs::sniff_tree`] walks each directory tree in parallel and reads
/// every regular file's first four bytes with one open relative to its
/// directory and one read; no file is skipped by its name.
pub fn elf_files(files: &[PathBuf]) -> Walked {
    let mut walked = Walked::default();
    for f in files {
        if !f.is_dir() {
            walked.targets.push(Target {
                path: f.clone(),
                explicit: true,
            });
            continue;
        }
        let found = compat_fs::sniff_tree(f, b"\x7fELF");
        let error = |e: compat_fs::FsError| (e.path().display().to_string(), e.reason());
        walked
            .errors
            .extend(found.dir_errors.into_iter().map(error));
        walked
            .targets
            .extend(found.matches.into_iter().map(|path| Target {
                path,
                explicit: false,
            }));
        walked
            .errors
            .extend(found.file_errors.into_iter().map(error));
    }
    walked
}

/// Checks `files` (a directory stands for the ELF files under it; symbolic
/// links are not followed, so each file is checked once) against the
/// libraries they would load under `config`. A configuration that cannot be
/// prepared (sysroot, `--lib`, the root's ld.so cache) is the report's only
/// error; an unreadable file is an error of the report and the run goes on.
pub fn check(files: &[PathBuf], config: LoaderConfig) -> AbiCheck {
    let inputs: Vec<String> = files.iter().map(|f| f.display().to_string()).collect();
    let mut report = Report::new("abi check", inputs);
    let checker = match Checker::new(config) {
        Ok(c) => c,
        Err(e) => {
            report.error(e.file(), e.reason());
            return AbiCheck {
                report,
                checker: None,
            };
        }
    };
    // What the root's ld.so cache or configuration made compat ignore.
    report.notes.extend(checker.notes().iter().cloned());

    let walked = elf_files(files);
    for (file, reason) in walked.errors {
        report.error(file, reason);
    }
    let targets = walked.targets;

    let files: Vec<(PathBuf, String)> = targets
        .iter()
        .map(|t| (t.path.clone(), t.path.display().to_string()))
        .collect();
    let scan = checker.check_scan(&files);
    let (in_context, hosted) = (scan.in_context, scan.hosted);
    let mut checked = 0usize;
    let mut skipped = 0usize;
    for ((t, (_, shown)), outcome) in targets.iter().zip(files).zip(scan.outcomes) {
        if let Some(e) = outcome.error {
            report.error(shown, e);
            continue;
        }
        if let Some(why) = outcome.skipped {
            skipped += 1;
            if t.explicit {
                report
                    .notes
                    .push(format!("{shown}: {why}; nothing to bind"));
            }
            continue;
        }
        checked += 1;
        report.findings.extend(outcome.findings);
    }
    report.notes.push(format!(
        "checked {checked} file(s); {skipped} skipped (static or not loadable)"
    ));
    if in_context + hosted > 0 {
        let libraries = |n: usize| if n == 1 { "library" } else { "libraries" };
        report.notes.push(format!(
            "{in_context} shared {} checked in the load of the files of the scan that load them, {hosted} that nothing in the scan loads against the possible hosts in it (--standalone: every file on its own, as ldd -r)",
            libraries(in_context)
        ));
    }
    AbiCheck {
        report,
        checker: Some(checker),
    }
}
