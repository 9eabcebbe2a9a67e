//! `compat schema diff`: the files loaded by `compat_schema::load_file` (and the files
//! their `$ref`s name, relative to each), or a `REV:PATH` side's files read at that git
//! revision (`compat_check::git::RevPath`, `compat_schema::load_with`, `git show`, nothing
//! checked out), the mode and policy handed to `compat_schema::diff`, the report rendered.

use std::path::{Path, PathBuf};

use compat_check::git::RevPath;
use compat_report::{Format, Report};
use compat_schema::{DiffInput, LoadOptions, Mode, Options, Policy, SchemaDoc};

use crate::cli::{OutputArgs, SchemaModeArg, SchemaPolicyArg};
use crate::output;

/// The arguments of `compat schema diff`.
pub struct DiffArgs<'a> {
    pub old: &'a str,
    pub new: &'a str,
    pub mode: SchemaModeArg,
    pub against: &'a [String],
    pub policy: SchemaPolicyArg,
    pub ref_map: &'a [String],
    pub nullable: bool,
    pub out: &'a OutputArgs,
}

/// A schema argument given as `REV:PATH` ([`RevPath`]: PATH from the repository's root, `./PATH`
/// from the working directory, as git reads it), with the files its `$ref`s name read at the same
/// revision.
struct GitSide {
    at: RevPath,
    /// Where the working directory is: relative paths (`--ref-map`'s) start there.
    cwd: PathBuf,
}

impl compat_schema::FileSource for GitSide {
    /// The bytes of `path` (absolute, or relative to the working directory) at the revision, or one line
    /// saying why not: a path outside the repository, or what git said.
    fn read(&mut self, path: &Path) -> Result<Vec<u8>, String> {
        let repo = &self.at.repo;
        let Some(rel) = self.in_repo(path) else {
            return Err(format!("outside the repository at {}", repo.root.display()));
        };
        repo.show(&self.at.rev, &rel).map_err(|e| {
            let text = e.to_string();
            let prefix = format!("git:{}:{rel}: ", self.at.rev);
            text.strip_prefix(&prefix)
                .map_or(text.clone(), str::to_owned)
        })
    }

    /// `REV:PATH`, PATH from the repository's root (as git names it), for a file in the repository.
    fn name(&self, path: &Path) -> String {
        match self.in_repo(path) {
            Some(rel) => format!("{}:{rel}", self.at.rev),
            None => format!("{}:{}", self.at.rev, path.display()),
        }
    }
}

impl GitSide {
    /// `path` (absolute, or relative to the working directory) from the repository's root, if inside it.
    fn in_repo(&self, path: &Path) -> Option<String> {
        let abs = self.cwd.join(path);
        compat_check::git::fold(abs.strip_prefix(&self.at.repo.root).ok()?)
    }
}

/// Loads the schema `arg` names (a file or `REV:PATH`), named as given.
fn load(arg: &str, options: &LoadOptions) -> Result<SchemaDoc, (String, String)> {
    let cwd = std::env::current_dir().unwrap_or_default();
    match RevPath::parse(arg, &cwd) {
        Some(Ok(at)) => {
            let path = at.checked_out();
            // The working directory as seen from the repository's root, so that relative paths
            // resolve in the tree of the revision.
            let here = compat_check::baseline::relative_to(&cwd, &at.repo.root).unwrap_or_default();
            let cwd = at.repo.root.join(here);
            let mut side = GitSide { at, cwd };
            compat_schema::load_with(&mut side, &path, arg, options)
        }
        Some(Err(line)) => return Err((arg.to_owned(), line)),
        None => compat_schema::load_file(Path::new(arg), arg, options),
    }
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
    let mut inputs = vec![args.old.to_owned(), args.new.to_owned()];
    inputs.extend(args.against.iter().cloned());
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
    let mut paths: Vec<&str> = vec![args.old];
    paths.extend(args.against.iter().map(String::as_str));
    for p in paths {
        match load(p, &load_options) {
            Ok(d) => olds.push((d, p.to_owned())),
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
        let new_name = args.new.to_owned();
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
