//! `compat go upgrade` as one call: what moving a module's go line from one
//! Go version to another changes, without running the Go toolchain.
//!
//! Per module, in order: what the new go line demands of toolchains
//! ([`toolchain`]); each file's language version before and after, as the
//! toolchain decides it ([`langver`]), with the files a `//go:build go1.N`
//! line keeps at an older version (`go-file-version-pinned`) and those
//! whose build depends on the toolchain release
//! (`go-toolchain-dependent-build`); the loop variables of every file
//! that crosses go1.22 ([`crate::loopvar`]); and the main packages' default
//! GODEBUG at both go lines ([`crate::godebug`]).
//!
//! Dependencies keep their own go lines: only the module's own files
//! change language version.

pub mod langver;
pub mod module;
pub mod toolchain;

use std::path::{Path, PathBuf};

use compat_report::{Finding, Report, Severity, Subject};
use rayon::prelude::*;

use crate::facts::LATEST_MINOR;
use crate::gover::GoVersion;
use crate::scan::scan;
use langver::{builds_under, file_minor, FileVersionLine, LOOPVAR_MINOR};
use module::Module;

/// What to compare.
#[derive(Debug, Clone)]
pub struct UpgradeOptions {
    /// The new go line.
    pub to: GoVersion,
    /// The old go line; `None` for each module's own go line.
    pub from: Option<GoVersion>,
    /// The module cache (`GOMODCACHE`) to read dependencies' go lines from
    /// when a module has no `vendor/modules.txt`; never written, never
    /// fetched into.
    pub module_cache: Option<PathBuf>,
}

/// Why an option cannot be used.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum OptionError {
    /// Not a Go version.
    #[error("{0}: expected a Go version such as 1.22 or 1.22.3")]
    Syntax(String),
    /// A release newer than compat's facts.
    #[error("{0}: compat knows Go releases up to 1.{LATEST_MINOR}")]
    TooNew(String),
}

/// Parses a `--to`/`--from` argument (`1.22`, `go1.22.3`), refusing
/// releases newer than compat knows.
pub fn parse_version(text: &str) -> Result<GoVersion, OptionError> {
    let v = GoVersion::named(text).ok_or_else(|| OptionError::Syntax(text.to_owned()))?;
    if v.major != 1 || v.minor > u64::from(LATEST_MINOR) {
        return Err(OptionError::TooNew(text.to_owned()));
    }
    Ok(v)
}

/// Checks every module at or under `paths`.
pub fn check(paths: &[PathBuf], opts: &UpgradeOptions) -> Report {
    let inputs = paths.iter().map(|p| p.display().to_string()).collect();
    let mut report = Report::new("go upgrade", inputs);
    let mut roots = Vec::new();
    for path in paths {
        if !path.is_dir() {
            report.error(path.display().to_string(), "not a directory");
            continue;
        }
        let found = module::roots(path);
        if found.is_empty() {
            report.error(
                path.display().to_string(),
                "no go.mod here or below: compat go upgrade looks at modules",
            );
        }
        roots.extend(found);
    }
    // Modules in parallel too: one module's serial parts (go.mod, GODEBUG)
    // overlap another's files.
    let parts: Vec<Report> = roots
        .par_iter()
        .map(|root| {
            let mut part = Report::new("go upgrade", Vec::new());
            check_module(root, opts, &mut part);
            part
        })
        .collect();
    for part in parts {
        report.findings.extend(part.findings);
        report.errors.extend(part.errors);
        report.notes.extend(part.notes);
    }
    report.findings.sort_by(|a, b| {
        (&a.subject.file, a.subject.line, a.subject.column, &a.rule).cmp(&(
            &b.subject.file,
            b.subject.line,
            b.subject.column,
            &b.rule,
        ))
    });
    report.finish();
    report
}

/// What one file's version does across the upgrade.
#[derive(Debug, Default)]
struct FileOutcome {
    findings: Vec<Finding>,
    crosses_loopvar: bool,
    pinned: bool,
    error: Option<String>,
}

fn check_module(root: &Path, opts: &UpgradeOptions, report: &mut Report) {
    let go_mod = root.join("go.mod").display().to_string();
    let module = match module::load(root, opts.module_cache.as_deref()) {
        Ok(m) => m,
        Err(e) => {
            report.error(go_mod, e.to_string());
            return;
        }
    };
    let from = opts
        .from
        .clone()
        .or_else(|| module.go.as_ref().map(|g| g.version.clone()))
        .unwrap_or_else(GoVersion::missing_go_line);
    let to = &opts.to;
    let name = module.path.clone().unwrap_or_else(|| go_mod.clone());
    if from > *to {
        report.error(
            go_mod,
            format!(
                "{name}: go {from} is newer than --to {to}; compat go upgrade compares an upgrade"
            ),
        );
        return;
    }
    report
        .findings
        .extend(toolchain::findings(&module, &go_mod, &from, to));
    let outcomes: Vec<FileOutcome> = module
        .files
        .par_iter()
        .map(|f| check_file(&module, f, &from, to))
        .collect();
    let mut crossing = 0;
    let mut pinned = 0;
    for o in outcomes {
        if let Some(e) = o.error {
            report.error(go_mod.clone(), e);
        }
        crossing += usize::from(o.crosses_loopvar);
        pinned += usize::from(o.pinned);
        report.findings.extend(o.findings);
    }
    report.notes.push(format!(
        "{name}: go {from} -> {to}: {} files; {crossing} move to per-iteration loop variables \
         (go1.{LOOPVAR_MINOR}), {pinned} kept at an older version by a //go:build line; \
         dependencies keep their own go lines",
        module.files.len()
    ));
    // GODEBUG: the main packages' defaults at both go lines.
    let godebug = crate::godebug::check(
        root,
        &crate::godebug::GodebugOptions {
            from: Some(from.clone()),
            to: to.clone(),
        },
    );
    report.findings.extend(godebug.findings);
    report.errors.extend(godebug.errors);
    report.notes.extend(godebug.notes);
    let unknown = module.requires.iter().filter(|d| d.go.is_none()).count();
    if unknown > 0 {
        report.notes.push(format!(
            "{name}: the go lines of {unknown} of {} dependencies are unknown (no \
             vendor/modules.txt entry and not in the module cache): a dependency needing a \
             newer Go would not be seen",
            module.requires.len()
        ));
    }
}

fn check_file(module: &Module, file: &Path, from: &GoVersion, to: &GoVersion) -> FileOutcome {
    let mut out = FileOutcome::default();
    let display = file.display().to_string();
    let bytes = match compat_fs::read(file, compat_fs::Limit::GoSource) {
        Ok(b) => b,
        Err(e) => {
            out.error = Some(e.to_string());
            return out;
        }
    };
    let header = FileVersionLine::of(&scan(&bytes));
    let (lf, lt) = (from.minor, to.minor);
    let v_from = file_minor(lf, header.minor, lf.max(21));
    let v_to = file_minor(lt, header.minor, lt.max(21));
    out.crosses_loopvar = v_from < LOOPVAR_MINOR && v_to >= LOOPVAR_MINOR;
    let at = |line: &crate::scan::Line| Subject {
        file: Some(display.clone()),
        line: Some(u32::try_from(line.line).unwrap_or(u32::MAX)),
        column: Some(u32::try_from(line.col).unwrap_or(u32::MAX)),
        package: module.path.clone(),
        ..Subject::default()
    };
    let pinned =
        header.minor.is_some() && lf < LOOPVAR_MINOR && lt >= LOOPVAR_MINOR && v_to < LOOPVAR_MINOR;
    // Loops are looked at only where go1.22 crosses the file (or would),
    // and a file without the word `for` has none: it is not parsed.
    let syntax = if (out.crosses_loopvar || pinned) && has_for_word(&bytes) {
        match crate::loopvar::parse(String::from_utf8_lossy(&bytes).into_owned()) {
            Ok(s) => s,
            Err(e) => {
                out.error = Some(format!("{display}: {e}"));
                None
            }
        }
    } else {
        None
    };
    if let (true, Some(s)) = (out.crosses_loopvar, &syntax) {
        out.findings.extend(crate::loopvar::check_file(&display, s));
    }
    if let (Some(line), Some(n)) = (&header.line, header.minor) {
        if pinned {
            out.pinned = true;
            let loops: Vec<String> = syntax
                .as_ref()
                .map(crate::loopvar::analyse)
                .unwrap_or_default()
                .into_iter()
                .filter(|v| matches!(v.change, crate::loopvar::Change::Semantics { .. }))
                .map(|v| format!("{} (line {})", v.name, v.line))
                .collect();
            let versions = pinned_versions(lt, n);
            let f = if loops.is_empty() {
                let mut f = Finding::new(
                    "go-file-version-pinned",
                    format!(
                        "`{}` keeps this file at {versions} after the move to go {to}: its loops \
                         keep one variable shared by all iterations (no loop in it depends on \
                         that today); delete or raise the line to give the file the module's \
                         semantics",
                        line.text
                    ),
                    at(line),
                );
                f.set_severity(Severity::Info);
                f
            } else {
                Finding::new(
                    "go-file-version-pinned",
                    format!(
                        "`{}` keeps this file at {versions} after the move to go {to}: the loop \
                         variables {} stay shared by all iterations while the rest of the module \
                         gets per-iteration variables (go1.{LOOPVAR_MINOR}); delete or raise the \
                         line to give the file the module's semantics, or keep it to pin the old \
                         ones",
                        line.text,
                        loops.join(", ")
                    ),
                    at(line),
                )
            };
            out.findings.push(f);
        }
        // Go 1.21 and 1.22 let a file go below go1.21; 1.23 and later do not.
        if n < 21 && (21..=22).contains(&lt) {
            out.findings
                .push(low_file_version(&bytes, &line.text, n, lt, at(line)));
        }
    }
    if let (Some(expr), Some(line)) = (&header.expr, header.line.as_ref()) {
        if let Some(msg) = dependent_build(expr, lt) {
            out.findings.push(Finding::new(
                "go-toolchain-dependent-build",
                format!("`{}`: {msg}", line.text),
                at(line),
            ));
        }
    }
    out
}

/// Whether `bytes` hold the word `for` (not part of a longer identifier):
/// a file without it has no loop. Comments and strings count too, which
/// only means parsing a file that turns out to have none.
fn has_for_word(bytes: &[u8]) -> bool {
    let ident = |b: u8| b == b'_' || b.is_ascii_alphanumeric() || b >= 0x80;
    bytes.windows(3).enumerate().any(|(i, w)| {
        w == b"for"
            && (i == 0 || !ident(bytes[i - 1]))
            && bytes.get(i + 3).is_none_or(|b| !ident(*b))
    })
}

/// The version a `//go:build go1.<n>` line gives a file after the move to
/// go line `1.<to>`, by the toolchains that line allows: `go1.18 (go1.21
/// with Go 1.23 and later)` when they differ.
fn pinned_versions(to: u64, n: u64) -> String {
    let old = file_minor(to, Some(n), to.max(21));
    let new = file_minor(to, Some(n), to.max(23));
    if old == new {
        format!("go1.{new}")
    } else {
        format!("go1.{old} (go1.{new} with Go 1.23 and later)")
    }
}

/// The finding for a file whose `//go:build go1.N` line (N < 21) gives it
/// go1.N with Go 1.21 and 1.22 but go1.21 with Go 1.23 and later: a
/// warning when the file calls a builtin of Go 1.21 (`min`, `max`,
/// `clear`), which then builds with the newer toolchains only, else info.
fn low_file_version(bytes: &[u8], build_line: &str, n: u64, to: u64, subject: Subject) -> Finding {
    let used = crate::syntax::parse(String::from_utf8_lossy(bytes).into_owned())
        .ok()
        .and_then(|s| go121_builtin_call(&s));
    match used {
        Some((name, pos)) => Finding::new(
            "go-toolchain-dependent-build",
            format!(
                "`{build_line}` gives this file go1.{n} with Go 1.{to} but go1.21 with Go 1.23 and \
                 later, and line {} calls {name}, a builtin of go1.21: Go 1.{to} stops with \
                 \"{name} requires go1.21 or later (file declares {build_line})\", Go 1.23 and \
                 later build it; raise the line to go1.21 or drop it",
                pos.line
            ),
            subject,
        ),
        None => {
            let mut f = Finding::new(
                "go-toolchain-dependent-build",
                format!(
                    "`{build_line}` gives this file go1.{n} with Go 1.{to} but go1.21 with Go 1.23 \
                     and later (a file goes no lower than go1.21 there): language features of \
                     go1.{}-go1.21 would build with the newer toolchains only",
                    n + 1
                ),
                subject,
            );
            f.set_severity(Severity::Info);
            f
        }
    }
}

/// The first call of a Go 1.21 builtin (`min`, `max`, `clear`) that no
/// top-level declaration of the file shadows, with where it is.
fn go121_builtin_call(s: &crate::syntax::Syntax) -> Option<(String, crate::syntax::Pos)> {
    const BUILTINS: [&str; 3] = ["min", "max", "clear"];
    let root = s.root();
    let mut cursor = root.walk();
    let declared: Vec<&str> = root
        .named_children(&mut cursor)
        .flat_map(|d| {
            crate::syntax::descendants(d)
                .filter(|n| n.kind() == "identifier" || n.kind() == "type_identifier")
                .filter(|n| n.parent().and_then(|p| p.child_by_field_name("name")) == Some(*n))
                .map(|n| s.text_of(n))
                .collect::<Vec<_>>()
        })
        .collect();
    crate::syntax::descendants(root)
        .filter(|n| n.kind() == "call_expression")
        .filter_map(|call| call.child_by_field_name("function"))
        .filter(|f| f.kind() == "identifier")
        .map(|f| (s.text_of(f), f))
        .find(|(name, _)| BUILTINS.contains(name) && !declared.contains(name))
        .map(|(name, f)| (name.to_owned(), s.pos(f)))
}

/// How the releases the new go line allows (`1.<to>` .. the newest) differ
/// on whether `expr` builds, or `None` when they agree.
fn dependent_build(expr: &crate::constraint::Expr, to: u64) -> Option<String> {
    let first = to.max(21);
    let last = u64::from(LATEST_MINOR);
    let sets: Vec<(u64, Vec<bool>)> = (first..=last)
        .map(|r| builds_under(expr, r).map(|s| (r, s)))
        .collect::<Option<_>>()?;
    if sets.windows(2).all(|w| w[0].1 == w[1].1) {
        return None;
    }
    let describe = |s: &[bool]| {
        if s.iter().all(|b| *b) {
            "builds"
        } else if s.iter().any(|b| *b) {
            "builds only for some targets and tags"
        } else {
            "does not build"
        }
    };
    let mut groups: Vec<(u64, u64, &'static str)> = Vec::new();
    for (r, s) in &sets {
        let d = describe(s);
        match groups.last_mut() {
            Some(g) if g.2 == d && g.1 + 1 == *r => g.1 = *r,
            _ => groups.push((*r, *r, d)),
        }
    }
    let parts: Vec<String> = groups
        .iter()
        .map(|(a, b, d)| match (a == b, *b == last) {
            (true, _) => format!("with Go 1.{a} it {d}"),
            (false, true) => format!("with Go 1.{a} and later it {d}"),
            (false, false) => format!("with Go 1.{a} to 1.{b} it {d}"),
        })
        .collect();
    Some(format!(
        "which toolchain builds the module decides whether this file is compiled: {}; CI and \
         developers on different releases build different code",
        parts.join(", ")
    ))
}

#[cfg(test)]
mod tests {
    use super::has_for_word;

    #[test]
    fn the_word_for_is_found_only_as_a_word() {
        assert!(has_for_word(b"package p\nfunc f() { for {} }\n"));
        assert!(has_for_word(b"for i := range 3 {}"));
        assert!(has_for_word(b"x\n\tfor\n"));
        assert!(!has_for_word(
            b"package p\nvar format, forty, afor, for_ = 1, 2, 3, 4\n"
        ));
        assert!(!has_for_word(b"fo"));
    }
}
