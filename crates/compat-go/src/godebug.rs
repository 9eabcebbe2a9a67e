//! GODEBUG across Go releases: the settings table of every release
//! ([`data`]), the standard library's imports ([`stdlib`]), the default
//! GODEBUG the go command compiles into a main package ([`default_godebug`],
//! exactly as `go list -f '{{.DefaultGODEBUG}}'` prints it), the go
//! command's checks of `//go:debug` lines and go.mod `godebug` lines
//! ([`parse_directive`], [`check_setting`]), and the `compat go upgrade`
//! rules over a module ([`check`]).
//!
//! How the go command computes a main package's default GODEBUG (Go 1.21 to
//! 1.27, `src/cmd/go/internal/load/godebug.go`), reproduced here:
//! 1. the Go version is the main module's `go` line (`1.16` without one);
//! 2. from Go 1.23, the main module's go.mod `godebug` lines are applied
//!    (Go 1.21 and 1.22 refuse a go.mod with such lines);
//! 3. the `//go:debug` lines above the package clause of the main package's
//!    files that build are applied on top, each parsed and checked (a line
//!    the check rejects is skipped here, and fails the build elsewhere);
//! 4. from Go 1.23, a `default=goVERSION` entry replaces the Go version and
//!    is not itself listed;
//! 5. when the Go version reads as `1.N` (a patch is ignored, a
//!    pre-release such as `1.21rc1` does not read), every setting of the
//!    toolchain's table whose default changed after `1.N` gets its old
//!    value, under the entries of steps 2 and 3;
//! 6. the result is sorted by key. `GOFIPS140` (which adds `fips140=on`) is
//!    taken as unset, and workspaces (`go.work`) are not modelled.

pub mod data;
pub mod stdlib;

mod check;

use std::cmp::Ordering;
use std::collections::BTreeMap;
use std::path::Path;

use crate::build::{Package, PackageFiles};
use crate::gover::GoVersion;

pub use check::{check, GodebugOptions};
pub use data::{description, table, tables, DataError, Setting, Table};
pub use stdlib::std_graph;

/// Why GODEBUG facts could not be had.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum GodebugError {
    /// A release compat has no GODEBUG table for.
    #[error(
        "compat has no GODEBUG table for Go 1.{minor} (it knows 1.21 to 1.{})",
        crate::facts::LATEST_MINOR
    )]
    NoTable {
        /// The minor version asked for.
        minor: u32,
    },
    /// A Go version that does not read as one (`1.21`, `1.21.3`, `1.21rc1`).
    #[error("{given}: expected a Go version such as 1.22 or 1.22.3")]
    Version {
        /// The text as given.
        given: String,
    },
    /// The main module's go.mod has `godebug` lines, which the go command
    /// of this release does not understand.
    #[error(
        "go.mod:{line}: Go 1.{minor} does not know godebug lines (unknown directive: godebug)"
    )]
    GodebugLinesUnsupported {
        /// The release.
        minor: u32,
        /// The first `godebug` line.
        line: u32,
    },
    /// A go.mod `godebug` entry the go command rejects: it fails to load
    /// the module.
    #[error("go.mod:{line}: {message}")]
    GoModGodebug {
        /// The line.
        line: u32,
        /// The go command's message (`unknown godebug "x"`).
        message: String,
    },
    /// compat's own data does not parse (a bug).
    #[error(transparent)]
    Data(#[from] DataError),
}

/// The minor release `godebugForGoVersion` reads: the text up to a second
/// dot must be `1.N` with N decimal (`1.21rc1` does not read).
fn godebug_minor(v: &str) -> Option<u32> {
    let v = match v.match_indices('.').nth(1) {
        Some((j, _)) => &v[..j],
        None => v,
    };
    let n = v.strip_prefix("1.")?;
    if n.is_empty() || !n.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    n.parse().ok()
}

/// One `godebug key=value` entry of the main module's go.mod.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GoModGodebug {
    /// The key.
    pub key: String,
    /// The value.
    pub value: String,
    /// 1-based line in go.mod.
    pub line: u32,
    /// 1-based byte column of the key.
    pub column: u32,
    /// The line of its `godebug` keyword: the block's opening line for an
    /// entry of a block, else [`GoModGodebug::line`] (where the go commands
    /// before Go 1.23 stop).
    pub verb_line: u32,
}

/// One `//go:` comment above the package clause of a file (go/build's
/// `Directive`): its text and where it stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DebugDirective {
    /// The comment's text (`//go:debug panicnil=1`), carriage returns removed.
    pub text: String,
    /// The file, as shown in findings.
    pub file: String,
    /// 1-based line.
    pub line: u32,
    /// 1-based byte column of the `//`.
    pub column: u32,
}

/// What a main package's default GODEBUG depends on besides the Go version
/// and the toolchain.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Directives {
    /// The main module's go.mod `godebug` entries, in file order.
    pub go_mod: Vec<GoModGodebug>,
    /// The `//go:` directives of the main package's files that build, files
    /// in name order (other `//go:` lines are ignored, as the go command
    /// ignores them).
    pub files: Vec<DebugDirective>,
}

/// Why the go command rejects a `//go:debug` line or a `godebug` entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DirectiveError {
    /// Not a `//go:debug` line at all (`//go:debugx` alone, `//go:build`).
    NotGoDebug,
    /// Rejected, with the go command's message.
    Invalid {
        /// The key, when the line has one.
        key: Option<String>,
        /// The go command's message (`unknown //go:debug setting "x"`).
        message: String,
    },
}

/// `strconv.Quote` for the keys and values the go command quotes in its
/// messages.
fn go_quote(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32));
            }
            c if c.is_control() => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The go command's check of one setting of Go 1.`table.minor`
/// (`modload.CheckGodebug` from Go 1.23, the checks of `ParseGoDebug`
/// before): `verb` names the form in messages (`//go:debug setting`,
/// `godebug`). The error is the go command's message.
pub fn check_setting(table: &Table, verb: &str, key: &str, value: &str) -> Result<(), String> {
    if key.contains([' ', '\t']) {
        return Err("key contains space".into());
    }
    if value.contains([' ', '\t']) {
        return Err("value contains space".into());
    }
    if key.contains(',') {
        return Err("key contains comma".into());
    }
    if value.contains(',') {
        return Err("value contains comma".into());
    }
    if table.minor >= 23 && key == "default" {
        let ok = value
            .strip_prefix("go")
            .filter(|v| GoVersion::parse(v).is_some());
        let Some(v) = ok else {
            return Err("value for default= must be goVERSION".into());
        };
        let newer = GoVersion::parse(v)
            .zip(GoVersion::parse(table.version))
            .is_some_and(|(v, t)| v.cmp_version(&t) == Ordering::Greater);
        if newer {
            return Err(format!(
                "default={value} too new (toolchain is go{})",
                table.version
            ));
        }
        return Ok(());
    }
    if table.lookup(key).is_some() {
        return Ok(());
    }
    if let Some(r) = table.removed(key) {
        if table.minor < 27 {
            return Err(format!(
                "use of removed {verb} {}, see https://go.dev/doc/godebug#go-1{}",
                go_quote(key),
                r.release
            ));
        }
        if r.old.matches(value) {
            return Err(format!(
                "removed GODEBUG {} set to old value {} (https://go.dev/doc/godebug#go-1{})",
                go_quote(key),
                go_quote(value),
                r.release
            ));
        }
        return Ok(());
    }
    Err(format!("unknown {verb} {}", go_quote(key)))
}

/// `load.ParseGoDebug` of Go 1.`table.minor`: the key and value of a
/// `//go:debug` line, checked.
pub fn parse_directive(table: &Table, text: &str) -> Result<(String, String), DirectiveError> {
    let invalid = |key: Option<&str>, message: String| DirectiveError::Invalid {
        key: key.map(str::to_owned),
        message,
    };
    if !text.starts_with("//go:debug") {
        return Err(DirectiveError::NotGoDebug);
    }
    let Some(i) = text.find([' ', '\t']) else {
        if text.trim() == "//go:debug" {
            return Err(invalid(None, "missing key=value".into()));
        }
        return Err(DirectiveError::NotGoDebug);
    };
    let Some((k, v)) = text[i..].trim().split_once('=') else {
        return Err(invalid(None, "missing key=value".into()));
    };
    let verb = "//go:debug setting";
    check_setting(table, verb, k, v).map_err(|m| invalid(Some(k), m))?;
    Ok((k.to_owned(), v.to_owned()))
}

/// The default GODEBUG the go command of Go 1.`release` compiles into a
/// main package of a module whose Go version is `go` (its go line, or
/// `1.16` without one), with `directives` (see the module documentation):
/// the settings, sorted, as `go list -f '{{.DefaultGODEBUG}}'` prints them
/// joined with commas. An error when the go command refuses the module
/// (go.mod `godebug` lines it does not know or accept) or compat has no
/// table for the release.
pub fn default_godebug(
    go: &GoVersion,
    release: u32,
    directives: &Directives,
) -> Result<Vec<(String, String)>, GodebugError> {
    let table = table(release)?;
    let mut m: BTreeMap<String, String> = BTreeMap::new();
    if let Some(first) = directives.go_mod.first() {
        if release < 23 {
            return Err(GodebugError::GodebugLinesUnsupported {
                minor: release,
                line: first.verb_line,
            });
        }
    }
    for g in &directives.go_mod {
        check_setting(table, "godebug", &g.key, &g.value).map_err(|message| {
            GodebugError::GoModGodebug {
                line: g.line,
                message,
            }
        })?;
        m.insert(g.key.clone(), g.value.clone());
    }
    for d in &directives.files {
        if let Ok((k, v)) = parse_directive(table, &d.text) {
            m.insert(k, v);
        }
    }
    let mut version = go.as_str().to_owned();
    if release >= 23 {
        if let Some(v) = m.remove("default") {
            let v = v.strip_prefix("go").unwrap_or(&v);
            if GoVersion::parse(v).is_some() {
                version = v.to_owned();
            }
        }
    }
    if let Some(n) = godebug_minor(&version) {
        for s in &table.settings {
            if n < s.changed {
                m.entry(s.name.to_owned())
                    .or_insert_with(|| s.old.to_owned());
            }
        }
    }
    Ok(m.into_iter().collect())
}

/// The `//go:` directives of the files of `package` that build for the
/// target `files` was listed for (its `GoFiles` and `CgoFiles`, in name
/// order), as [`Directives::files`] wants them, each file shown as
/// `shown_dir` joined with its name.
pub fn file_directives(
    package: &Package,
    files: &PackageFiles,
    shown_dir: &Path,
) -> Vec<DebugDirective> {
    let mut names: Vec<&String> = files.go_files.iter().chain(&files.cgo_files).collect();
    names.sort();
    let mut out = Vec::new();
    for n in names {
        let Some(src) = package.source(n) else {
            continue;
        };
        let file = shown_dir.join(n).display().to_string();
        out.extend(src.directives.iter().map(|l| DebugDirective {
            text: l.text.clone(),
            file: file.clone(),
            line: u32::try_from(l.line).unwrap_or(u32::MAX),
            column: u32::try_from(l.col).unwrap_or(u32::MAX),
        }));
    }
    out
}

/// The settings as `go list -f '{{.DefaultGODEBUG}}'` prints them.
pub fn joined(settings: &[(String, String)]) -> String {
    settings
        .iter()
        .map(|(k, v)| format!("{k}={v}"))
        .collect::<Vec<_>>()
        .join(",")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(text: &str) -> DebugDirective {
        DebugDirective {
            text: text.into(),
            file: "main.go".into(),
            line: 1,
            column: 1,
        }
    }

    fn dg(go: &str, release: u32, dirs: &Directives) -> String {
        joined(&default_godebug(&GoVersion::parse(go).unwrap(), release, dirs).unwrap())
    }

    #[test]
    fn versions_read_as_gover_reads_them() {
        for ok in ["1", "1.21", "1.21.0", "1.21rc1", "1.20", "2.0", "1.21.10"] {
            assert!(GoVersion::parse(ok).is_some(), "{ok}");
        }
        for bad in [
            "",
            "1.",
            "01.2",
            "1.02",
            "1.21.0rc1",
            "1.21-x",
            "go1.21",
            "1.21RC1",
            "1.2.3.4",
        ] {
            assert!(GoVersion::parse(bad).is_none(), "{bad}");
        }
        let v = |s| GoVersion::parse(s).unwrap();
        assert!(v("1.21") < v("1.21rc1") && v("1.21rc1") < v("1.21.0"));
        assert!(v("1.20") > v("1.9") && v("1.20") == v("1.20"));
        assert_eq!(v("1.20").cmp_version(&v("1.20.0")), Ordering::Equal);
        assert_eq!(v("1.22.3").release_minor(), Some(22));
        assert_eq!(
            GoVersion::named("go1.27").unwrap().release_minor(),
            Some(27)
        );
        assert!(GoVersion::named("1.x").is_none());
        assert_eq!(godebug_minor("1.21.3"), Some(21));
        assert_eq!(godebug_minor("1.21rc1"), None);
        assert_eq!(godebug_minor("1"), None);
    }

    #[test]
    fn defaults_follow_the_go_line() {
        let none = Directives::default();
        assert_eq!(dg("1.21", 21, &none), "");
        assert_eq!(dg("1.20", 21, &none), "panicnil=1");
        assert!(dg("1.16", 21, &none).starts_with("netedns0=0,panicnil=1"));
        assert_eq!(dg("1.21rc1", 27, &none), "");
        assert_eq!(dg("1.27", 27, &none), "");
        let files = Directives {
            go_mod: Vec::new(),
            files: vec![
                d("//go:debug panicnil=0"),
                d("//go:build linux"),
                d("//go:debug nosuch=1"),
            ],
        };
        assert_eq!(dg("1.20", 21, &files), "panicnil=0");
    }

    #[test]
    fn default_key_and_go_mod_lines() {
        let dirs = Directives {
            go_mod: vec![GoModGodebug {
                key: "default".into(),
                value: "go1.21".into(),
                line: 3,
                column: 9,
                verb_line: 3,
            }],
            files: vec![d("//go:debug tlsrsakex=0")],
        };
        let got = dg("1.26", 26, &dirs);
        assert!(
            got.contains("httpmuxgo121=1") && got.contains("tlsrsakex=0"),
            "{got}"
        );
        assert!(
            !got.contains("panicnil") && !got.contains("default"),
            "{got}"
        );
        assert!(matches!(
            default_godebug(&GoVersion::from_minor(22), 22, &dirs),
            Err(GodebugError::GodebugLinesUnsupported { minor: 22, line: 3 })
        ));
        // In Go 1.21 and 1.22, `default` is an unknown //go:debug key.
        let dirs = Directives {
            go_mod: Vec::new(),
            files: vec![d("//go:debug default=go1.20")],
        };
        assert_eq!(dg("1.21", 21, &dirs), "");
        assert_eq!(
            dg("1.21", 23, &dirs).split(',').next(),
            Some("asynctimerchan=1")
        );
    }

    #[test]
    fn the_go_commands_messages() {
        let t27 = table(27).unwrap();
        let t26 = table(26).unwrap();
        let t24 = table(24).unwrap();
        let err = |t, s: &str| match parse_directive(t, s) {
            Err(DirectiveError::Invalid { message, .. }) => message,
            other => panic!("{other:?}"),
        };
        assert_eq!(
            err(t27, "//go:debug x509sha1=1"),
            "removed GODEBUG \"x509sha1\" set to old value \"1\" (https://go.dev/doc/godebug#go-124)"
        );
        assert!(parse_directive(t27, "//go:debug x509sha1=0").is_ok());
        assert_eq!(
            err(t26, "//go:debug x509sha1=0"),
            "use of removed //go:debug setting \"x509sha1\", see https://go.dev/doc/godebug#go-124"
        );
        assert_eq!(
            err(t24, "//go:debug x509sha1=1"),
            "unknown //go:debug setting \"x509sha1\""
        );
        assert_eq!(err(t27, "//go:debug"), "missing key=value");
        assert_eq!(err(t27, "//go:debug panicnil"), "missing key=value");
        assert_eq!(
            err(t27, "//go:debug default=go1.99"),
            "default=go1.99 too new (toolchain is go1.27.3)"
        );
        assert_eq!(
            err(t27, "//go:debug default=1.21"),
            "value for default= must be goVERSION"
        );
        assert_eq!(
            parse_directive(t27, "//go:debugger"),
            Err(DirectiveError::NotGoDebug)
        );
        assert_eq!(
            parse_directive(t27, "//go:debugx panicnil=1"),
            Ok(("panicnil".into(), "1".into()))
        );
        assert_eq!(
            check_setting(t27, "godebug", "nosuch", "1"),
            Err("unknown godebug \"nosuch\"".into())
        );
    }
}
