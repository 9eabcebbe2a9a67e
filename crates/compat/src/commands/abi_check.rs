//! `compat abi check`: programs and libraries against the libraries they will load.

use std::path::{Path, PathBuf};

use compat_ld::{LibOverride, LoaderConfig};
use compat_report::Format;

use crate::cli::OutputArgs;
use crate::output;

pub fn run(
    files: &[PathBuf],
    libs: &[String],
    library_path: &[PathBuf],
    sysroot: Option<&Path>,
    standalone: bool,
    out: &OutputArgs,
) -> anyhow::Result<u8> {
    let config = LoaderConfig {
        library_path: library_path.to_vec(),
        sysroot: sysroot.map(Path::to_path_buf),
        overrides: libs.iter().map(|l| LibOverride::parse(l)).collect(),
        standalone,
    };
    let mut run = compat_ld::check(files, config);
    // The parsed objects are not needed any more and the process ends soon:
    // skip tearing down hundreds of thousands of small allocations.
    std::mem::forget(run.checker.take());
    output::emit_report(out, &mut run.report, Format::Text)
}
