//! `compat schema diff`: the files read through compat-fs (and the files
//! their `$ref`s name, relative to each), the mode and policy handed to
//! `compat_schema::diff`, the report rendered.

use std::path::{Path, PathBuf};

use compat_report::{Format, Report};
use compat_schema::{DiffInput, LoadOptions, Loader, Mode, Options, Policy, SchemaDoc};
use serde_json::Value;

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

/// Reads referenced documents from files.
struct Files;

impl Loader for Files {
    fn load(&mut self, path: &str) -> Result<Value, String> {
        read_json(Path::new(path))
    }
}

fn read_json(path: &Path) -> Result<Value, String> {
    let bytes =
        compat_fs::read(path, compat_fs::Limit::Schema).map_err(|e| e.reason().to_string())?;
    serde_json::from_slice(&bytes).map_err(|e| format!("not JSON: {e}"))
}

/// The `file://` URI of a path (absolute, as the base of its relative `$ref`s).
fn file_uri(path: &Path) -> String {
    let abs = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    let mut s = String::from("file://");
    for b in abs.to_string_lossy().bytes() {
        match b {
            b'%' | b'#' | b'?' | b' ' => s.push_str(&format!("%{b:02X}")),
            _ => s.push(char::from(b)),
        }
    }
    s
}

fn load(path: &Path, options: &LoadOptions) -> Result<SchemaDoc, (String, String)> {
    let name = path.display().to_string();
    let value = read_json(path).map_err(|e| (name.clone(), format!("{name}: {e}")))?;
    SchemaDoc::load(value, &file_uri(path), &name, &mut Files, options)
        .map_err(|e| (e.file().to_owned(), e.to_string()))
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
                "--against needs a transitive mode (--mode {}-transitive)",
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
            _ => report.error("--ref-map", format!("--ref-map {m:?}: expected URL=PATH")),
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
