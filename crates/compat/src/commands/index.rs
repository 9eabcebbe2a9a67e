//! `compat index build`, `compat index export` and `compat impact`: arguments to `compat_index`,
//! results through the report layer.

use std::path::{Path, PathBuf};

use compat_report::render::count;
use compat_report::{Format, Report};

use crate::cli::{ImpactArgs, IndexExportArgs, OutputArgs};
use crate::output;

pub fn build(
    paths: &[PathBuf],
    files_from: Option<&Path>,
    index: &Path,
    standalone: bool,
    out: &OutputArgs,
) -> anyhow::Result<u8> {
    // The report names the list, not the thousands of paths in it.
    let inputs: Vec<String> = paths
        .iter()
        .chain(files_from.map(Path::to_path_buf).as_ref())
        .map(|p| p.display().to_string())
        .collect();
    let mut report = Report::new("index build", inputs);
    let mut paths = paths.to_vec();
    if let Some(list) = files_from {
        match listed(list) {
            Ok(listed) => paths.extend(listed),
            Err(e) => {
                report.error(list.display().to_string(), e.reason());
                return output::emit_report(out, &mut report, Format::Text);
            }
        }
    }
    let options = compat_index::BuildOptions { standalone };
    match compat_index::build_keeping(&paths, index, options) {
        Ok(built) => {
            // The parsed objects are not needed any more and the process
            // ends soon: skip freeing them (see `compat_index::Built`).
            std::mem::forget(built.checker);
            let s = built.summary;
            for (file, why) in &s.walk_errors {
                report.error(file.clone(), why.clone());
            }
            report.notes.extend(s.notes.iter().cloned());
            report.notes.push(format!(
                "{}: {}: {} read, {} unchanged, {} removed; {} recorded; {} could not be analysed",
                index.display(),
                count(s.files, "ELF file", "ELF files"),
                s.read,
                s.unchanged,
                s.removed,
                count(s.bindings, "binding", "bindings"),
                count(s.errors, "file", "files")
            ));
            if s.hosted > 0 {
                report.notes.push(format!(
                    "{} of {} bound in the context of {} host (--standalone: every file on its own, as ldd -r)",
                    count(s.host_bindings, "reference", "references"),
                    count(s.hosted, "shared library", "shared libraries"),
                    if s.hosted == 1 { "its" } else { "their" }
                ));
            }
            report.extra.insert(
                "index".into(),
                serde_json::json!({ "path": index.display().to_string(), "build": s }),
            );
        }
        Err(e) => report.error(index.display().to_string(), one_line(&e, index)),
    }
    output::emit_report(out, &mut report, Format::Text)
}

pub fn export(args: &IndexExportArgs) -> anyhow::Result<u8> {
    let mut report = Report::new("index export", vec![args.index.display().to_string()]);
    let partition = compat_index::PartitionArgs {
        distribution: args.distribution.clone(),
        release: args.release.clone(),
        architecture: args.architecture.clone(),
    };
    match compat_index::export_parquet(&args.index, &args.parquet, &partition) {
        Ok(s) => {
            let p = &s.partition;
            let rows: Vec<String> = s.tables.iter().map(|(t, n)| format!("{t} {n}")).collect();
            report.notes.push(format!(
                "{}: distribution={}/release={}/architecture={}: rows per table: {}",
                args.parquet.display(),
                p.distribution,
                p.release,
                p.architecture,
                rows.join(", ")
            ));
            report.extra.insert(
                "export".into(),
                serde_json::json!({ "parquet": args.parquet.display().to_string(), "summary": s }),
            );
        }
        Err(e) => {
            let msg = e.to_string();
            match msg.split_once(": ") {
                Some((file, why)) if !file.starts_with("--") => report.error(file, why),
                _ => report.error(args.index.display().to_string(), msg.clone()),
            }
        }
    }
    output::emit_report(&args.out, &mut report, Format::Text)
}

/// The error's message without a leading `FILE: ` (the report names it).
/// The paths listed in `list`, one a line, each line taken whole (a name
/// may hold spaces or bytes that are not UTF-8); empty lines are skipped.
fn listed(list: &Path) -> Result<Vec<PathBuf>, compat_fs::FsError> {
    use std::os::unix::ffi::OsStrExt;
    let bytes = compat_fs::read(list, compat_fs::Limit::FileList)?;
    Ok(bytes
        .split(|&b| b == b'\n')
        .filter(|line| !line.is_empty())
        .map(|line| PathBuf::from(std::ffi::OsStr::from_bytes(line)))
        .collect())
}

fn one_line(e: &compat_index::IndexError, index: &Path) -> String {
    let msg = e.to_string();
    let prefix = format!("{}: ", index.display());
    msg.strip_prefix(&prefix).unwrap_or(&msg).to_owned()
}

pub fn impact(args: &ImpactArgs) -> anyhow::Result<u8> {
    let change = match compat_index::parse_provider(&args.provider, args.drop_version.is_none()) {
        Ok((soname, candidate)) => match (&args.drop_version, candidate) {
            (Some(v), None) => Ok((soname, None, Some(v.clone()))),
            (Some(_), Some(_)) => Err(format!(
                "--provider {}: give SONAME alone with --drop-version",
                args.provider
            )),
            (None, c) => Ok((soname, c, None)),
        },
        Err(e) => Err(e.to_string()),
    };
    let (soname, candidate, version) = match change {
        Ok(c) => c,
        Err(e) => {
            output::error_line(&e);
            return Ok(2);
        }
    };
    let change = match (&candidate, &version) {
        (Some(c), _) => compat_index::Change::Candidate(c),
        (None, Some(v)) => compat_index::Change::DropVersion(v),
        (None, None) => {
            output::error_line(&format!(
                "--provider {}: expected SONAME=CANDIDATE",
                args.provider
            ));
            return Ok(2);
        }
    };
    let opts = compat_index::ImpactOptions {
        index: &args.index,
        provider: &soname,
        change,
        types: if args.dwarf {
            compat_index::Types::Require
        } else if args.no_dwarf {
            compat_index::Types::Off
        } else {
            compat_index::Types::Auto
        },
    };
    let mut report = match compat_index::impact(&opts) {
        Ok(r) => r,
        Err(e) => {
            let mut r = Report::new("impact", vec![args.index.display().to_string()]);
            let msg = e.to_string();
            match msg.split_once(": ") {
                Some((file, why)) => r.error(file, why),
                None => r.error(args.index.display().to_string(), msg.clone()),
            }
            r
        }
    };
    if let Some(config) = &args.config {
        let env_now = std::env::var("COMPAT_NOW").ok().filter(|v| !v.is_empty());
        let now = match (&args.now, &env_now) {
            (Some(text), _) => Some(
                compat_config::Date::parse(text)
                    .map_err(|e| anyhow::anyhow!("--now {text:?}: {e}"))?,
            ),
            (None, Some(text)) => Some(
                compat_config::Date::parse(text)
                    .map_err(|e| anyhow::anyhow!("COMPAT_NOW={text:?}: {e}"))?,
            ),
            (None, None) => None,
        };
        if let Err(e) = compat_check::impact::waive_impact(config, now, &mut report) {
            return crate::commands::check::config_failed(e);
        }
    }
    output::emit_report(&args.out, &mut report, Format::Text)
}
