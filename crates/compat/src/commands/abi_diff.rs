//! `compat abi diff`: two versions of a library, each an ELF file or a dump,
//! compared by symbols and, where both carry debug information, by types
//! (`compat_abi::compare`).

use std::path::Path;

use compat_abi::{compare, CompareOptions};
use compat_report::Format;

use crate::cli::{OutputArgs, TypeArgs};
use crate::commands::types;
use crate::output;

pub fn run(
    old: &Path,
    new: &Path,
    args: &TypeArgs,
    old_headers: Option<&Path>,
    out: &OutputArgs,
) -> anyhow::Result<u8> {
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
            ..CompareOptions::default()
        },
    );
    output::emit_report(out, &mut report, Format::Text)
}
