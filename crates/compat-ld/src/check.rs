//! `compat abi check` as one call: the inputs (files, and directories walked
//! for the ELF files under them) checked with one [`Checker`] and assembled
//! into a [`Report`]: findings, per-file errors and the notes that say what
//! was checked.

use std::collections::BTreeMap;
use std::path::PathBuf;

use compat_elf::{ElfAbi, ElfClass, Endian};
use compat_report::render::count;
use compat_report::Report;

use crate::bind::{CheckOutcome, Checker};
use crate::scan::Judged;
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
    let foreign = Foreign::of(&checker, &targets, &scan.outcomes);
    let mut checked = 0usize;
    let mut skipped = 0usize;
    // Counted among the files reported on: a file left out is not judged.
    let (mut in_context, mut hosted) = (0usize, 0usize);
    for (i, ((t, (_, shown)), outcome)) in targets.iter().zip(files).zip(scan.outcomes).enumerate()
    {
        if let Some(e) = outcome.error {
            report.error(shown, e);
            continue;
        }
        if foreign.skips(i) {
            continue;
        }
        match scan.judged.get(i) {
            Some(Judged::InContext) => in_context += 1,
            Some(Judged::Hosted) => hosted += 1,
            _ => {}
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
    report.notes.push(checked_note(checked, skipped));
    report.notes.extend(foreign.notes());
    if in_context + hosted > 0 {
        report.notes.push(context_note(in_context, hosted));
    }
    AbiCheck {
        report,
        checker: Some(checker),
    }
}

/// `checked 2 files; 1 skipped (static or not loadable)`.
fn checked_note(checked: usize, skipped: usize) -> String {
    format!(
        "checked {}; {skipped} skipped (static or not loadable)",
        count(checked, "file", "files")
    )
}

/// The note on the shared libraries judged in the context of the scan: how
/// many fail on their own (what `ldd -r` flags), and where each was judged.
fn context_note(in_context: usize, hosted: usize) -> String {
    let n = in_context + hosted;
    let (libraries, its, were) = if n == 1 {
        ("library", "its", "was")
    } else {
        ("libraries", "their", "were")
    };
    format!(
        "{n} shared {libraries} that ldd -r would flag on {its} own (a library or symbols only {its} loader or host provides) {were} judged in context: {in_context} in the load of the files of the scan that load them, {hosted} that nothing in the scan loads against the possible hosts in it (--standalone judges every file on its own, as ldd -r)"
    )
}

/// An ELF architecture: class (bits), big-endian, machine.
type Arch = (u8, bool, u16);

fn arch_of(abi: &ElfAbi) -> Arch {
    let bits = match abi.class {
        ElfClass::Elf32 => 32,
        ElfClass::Elf64 => 64,
    };
    (bits, abi.endian == Endian::Big, abi.e_machine)
}

/// The files found under a directory that are built for an architecture the
/// root does not run (no `libc.so.6` of it where ld.so looks:
/// [`Checker::runs_architecture`]), while it runs another one of the scan:
/// the 32-bit helpers valgrind installs on an amd64 system without i386
/// libraries. ld.so cannot start them there, and nothing of the system can
/// load them, so they are left out with a note rather than reported broken
/// one reference at a time; a file named explicitly is always checked, and
/// a root that runs none of the scan's architectures (a tree of unpacked
/// packages without a C library) is checked as it is.
struct Foreign {
    /// Per target: left out.
    skip: Vec<bool>,
    /// Per architecture left out: its name, how many files, the first one.
    left_out: BTreeMap<Arch, (String, usize, PathBuf)>,
}

/// The architecture of the file an outcome checked, with its ABI.
fn arch(o: &CheckOutcome) -> Option<(Arch, &ElfAbi)> {
    let abi = &o.objects().first()?.abi;
    Some((arch_of(abi), abi))
}

impl Foreign {
    fn of(checker: &Checker, targets: &[Target], outcomes: &[CheckOutcome]) -> Foreign {
        let mut runs: BTreeMap<Arch, bool> = BTreeMap::new();
        for o in outcomes {
            if let Some((a, abi)) = arch(o) {
                runs.entry(a)
                    .or_insert_with(|| checker.runs_architecture(abi));
            }
        }
        let mut foreign = Foreign {
            skip: vec![false; outcomes.len()],
            left_out: BTreeMap::new(),
        };
        if !runs.values().any(|&r| r) {
            return foreign;
        }
        for (i, (t, o)) in targets.iter().zip(outcomes).enumerate() {
            let Some((a, abi)) = arch(o) else { continue };
            if t.explicit || runs[&a] {
                continue;
            }
            foreign.skip[i] = true;
            foreign
                .left_out
                .entry(a)
                .or_insert_with(|| (format!("{} ({}-bit)", abi.machine, a.0), 0, t.path.clone()))
                .1 += 1;
        }
        foreign
    }

    fn skips(&self, i: usize) -> bool {
        self.skip[i]
    }

    fn notes(&self) -> impl Iterator<Item = String> + '_ {
        self.left_out.values().map(|(name, n, first)| {
            let them = if *n == 1 { "it" } else { "them" };
            format!(
                "{} under the directories left out, built for {name}, which this system does not run (no libc.so.6 of it where ld.so looks): ld.so cannot start {them} here and nothing here loads {them} (first: {}); name a file to check it, with its libraries given by --library-path or --sysroot",
                count(*n, "file", "files"),
                first.display()
            )
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_notes_count_files_in_words() {
        assert_eq!(
            checked_note(1, 0),
            "checked 1 file; 0 skipped (static or not loadable)"
        );
        assert_eq!(
            checked_note(2, 1),
            "checked 2 files; 1 skipped (static or not loadable)"
        );
        for (n, said, them) in [
            (
                1,
                "1 file under",
                "cannot start it here and nothing here loads it ",
            ),
            (
                3,
                "3 files under",
                "cannot start them here and nothing here loads them ",
            ),
        ] {
            let foreign = Foreign {
                skip: Vec::new(),
                left_out: BTreeMap::from([(
                    (64, false, 183),
                    (
                        "aarch64 (64-bit)".to_owned(),
                        n,
                        PathBuf::from("/t/libm.so.6"),
                    ),
                )]),
            };
            let notes: Vec<String> = foreign.notes().collect();
            assert!(notes[0].starts_with(said), "{notes:?}");
            assert!(notes[0].contains(them), "{notes:?}");
        }
    }
}
