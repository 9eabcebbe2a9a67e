//! `compat abi diff`: two versions of a library, each an ELF file or a dump,
//! compared by symbols and, where both carry debug information, by types
//! (`compat_abi::compare`). The new version's dependencies are found as
//! ld.so would (`compat_ld`, under `--sysroot` when given), so that a newly
//! needed version is judged by its provider's version definitions.

use std::path::Path;

use compat_abi::{compare, CompareOptions, Provider};
use compat_elf::ElfAbi;
use compat_ld::{Checker, LoaderConfig};
use compat_report::Format;

use crate::cli::{OutputArgs, TypeArgs};
use crate::commands::types;
use crate::output;

pub fn run(
    old: &Path,
    new: &Path,
    args: &TypeArgs,
    old_headers: Option<&Path>,
    sysroot: Option<&Path>,
    out: &OutputArgs,
) -> anyhow::Result<u8> {
    let config = LoaderConfig {
        sysroot: sysroot.map(Path::to_path_buf),
        ..LoaderConfig::default()
    };
    // A sysroot given is checked before anything is read; the system's own
    // loader configuration is read only when a provider is looked for.
    let checker = match sysroot {
        Some(_) => Some(Checker::new(config.clone()).map_err(|e| anyhow::anyhow!("{e}"))?),
        None => None,
    };
    let find = |file: &Path, _: &ElfAbi| -> Vec<Provider> {
        let fresh;
        let checker = match &checker {
            Some(c) => c,
            None => match Checker::new(config.clone()) {
                Ok(c) => {
                    fresh = c;
                    &fresh
                }
                // Without the system's loader configuration the table judges.
                Err(_) => return Vec::new(),
            },
        };
        providers(checker, file)
    };
    if !args.no_types {
        types::check_dirs(args, [old_headers, args.public_headers.as_deref()])?;
    }
    let new_headers = args.public_headers.as_deref();
    let release = crate::alloc::release_freed_memory;
    let mut report = compare(
        old,
        new,
        &CompareOptions {
            debug_dir: args.debug_dir.as_deref(),
            old_headers: old_headers.or(new_headers),
            new_headers,
            no_types: args.no_types,
            between_sides: Some(&release),
            providers: Some(&find),
            ..CompareOptions::default()
        },
    );
    output::emit_report(out, &mut report, Format::Text)
}

/// The libraries ld.so loads for `file` (the new version) for each of its
/// NEEDED names, found by `checker`, or else beside `file` (a library
/// shipped with it); none for a dump.
fn providers(checker: &Checker, file: &Path) -> Vec<Provider> {
    checker
        .providers_of(file, &[])
        .into_iter()
        .map(|(needed, path, obj)| Provider::new(&needed, &path, &obj.abi))
        .collect()
}
