//! `compat schema diff`: the files loaded by `compat_schema::load_file` (and the files
//! their `$ref`s name, relative to each), the mode and policy handed to
//! `compat_schema::diff`, the report rendered.

use std::path::{Path, PathBuf};

use compat_report::{Format, Report};
use compat_schema::{DiffInput, LoadOptions, Mode, Options, Policy, SchemaDoc};

use crate::cli::{OutputArgs, SchemaModeArg, SchemaPolicyArg};
use crate::output;

/// The arguments of `compat schema diff`.
pub struct DiffArgs<'a> {
    pub old: &'a Path,
    pub new: &'a Path,
    pub mode: SchemaModeArg,
    pub against: &'a [PathBuf],
    pub policy: SchemaPolicyArg,
    pub ref_map: &'a [String],
    pub nullable: bool,
    pub out: &'a OutputArgs,
}

fn load(path: &Path, options: &LoadOptions) -> Result<SchemaDoc, (String, String)> {
    compat_schema::load_file(path, &path.display().to_string(), options)
        .map_err(|e| (e.file, e.message))
}

/// `compat schema diff`: exit 1 when a change breaks the mode, 2 when a
/// schema (or a document it references) cannot be read or resolved.
pub fn diff(args: &DiffArgs<'_>) -> anyhow::Result<u8> {
    let mode = match args.mode {
        SchemaModeArg::Backward => Mode::Backward,
        SchemaModeArg::Forward => Mode::Forward,
        SchemaModeArg::Full => Mode::Full,
        SchemaModeArg::BackwardTransitive => Mode::BackwardTransitive,
        SchemaModeArg::ForwardTransitive => Mode::ForwardTransitive,
        SchemaModeArg::FullTransitive => Mode::FullTransitive,
    };
    let mut inputs = vec![
        args.old.display().to_string(),
        args.new.display().to_string(),
    ];
    inputs.extend(args.against.iter().map(|p| p.display().to_string()));
    let mut report = Report::new("schema diff", inputs);
    if !args.against.is_empty() && !mode.transitive() {
        report.error(
            "--against",
            format!(
                "needs a transitive mode (--mode {}-transitive)",
                mode.as_str()
            ),
        );
        return output::emit_report(args.out, &mut report, Format::Text);
    }
    let mut ref_map = Vec::new();
    for m in args.ref_map {
        match m.split_once('=') {
            Some((url, path)) if !url.is_empty() && !path.is_empty() => {
                ref_map.push((url.to_owned(), path.to_owned()))
            }
            _ => report.error("--ref-map", format!("{m:?}: expected URL=PATH")),
        }
    }
    if !report.errors.is_empty() {
        return output::emit_report(args.out, &mut report, Format::Text);
    }
    let load_options = LoadOptions {
        ref_map,
        ..LoadOptions::default()
    };
    let mut olds = Vec::new();
    let mut paths: Vec<&Path> = vec![args.old];
    paths.extend(args.against.iter().map(PathBuf::as_path));
    for p in &paths {
        match load(p, &load_options) {
            Ok(d) => olds.push((d, p.display().to_string())),
            Err((file, msg)) => report.error(file, msg),
        }
    }
    let new = match load(args.new, &load_options) {
        Ok(d) => Some(d),
        Err((file, msg)) => {
            report.error(file, msg);
            None
        }
    };
    if let (Some(new), true) = (&new, report.errors.is_empty()) {
        let options = Options {
            policy: match args.policy {
                SchemaPolicyArg::Strict => Policy::Strict,
                SchemaPolicyArg::Lenient => Policy::Lenient,
            },
            nullable: args.nullable,
            ..Options::default()
        };
        let new_name = args.new.display().to_string();
        let old_inputs: Vec<DiffInput<'_>> = olds
            .iter()
            .map(|(d, n)| DiffInput { doc: d, name: n })
            .collect();
        compat_schema::diff(
            &old_inputs,
            &DiffInput {
                doc: new,
                name: &new_name,
            },
            mode,
            &options,
            &mut report,
        );
    }
    output::emit_report(args.out, &mut report, Format::Text)
}
