//! What a new go line demands of toolchains (`go-toolchain-requirement`):
//! since Go 1.21 the go line is a minimum toolchain version, enforced by
//! the go command; the `toolchain` line only picks the toolchain
//! `GOTOOLCHAIN=auto` switches to (it changes neither language semantics
//! nor GODEBUG defaults); and a module's go line is at least every
//! dependency's, so a dependency that needs a newer Go pulls the go line up.

use compat_report::{Finding, Severity, Subject};

use super::module::Module;
use crate::gover::GoVersion;

/// The findings about toolchains of moving `module` from `from` to `to`.
pub fn findings(module: &Module, go_mod: &str, from: &GoVersion, to: &GoVersion) -> Vec<Finding> {
    let mut out = Vec::new();
    let (line, column) = module.go.as_ref().map_or((1, 1), |g| (g.line, g.column));
    let subject = || Subject {
        file: Some(go_mod.to_owned()),
        line: Some(u32::try_from(line).unwrap_or(u32::MAX)),
        column: Some(u32::try_from(column).unwrap_or(u32::MAX)),
        package: module.path.clone(),
        ..Subject::default()
    };
    if to.minor >= 21 && to > from {
        let mut msg = format!(
            "go {to} makes Go toolchains older than {to} refuse this module: with \
             GOTOOLCHAIN=local they stop with \"go: go.mod requires go >= {to} (running go \
             1.{prev}.x; GOTOOLCHAIN=local)\"; with GOTOOLCHAIN=auto (the default) they first \
             download go{dl} or newer, which needs the network or a GOPROXY. Move CI images and \
             developer toolchains to Go {to} or later",
            prev = to.minor.saturating_sub(1),
            dl = download_name(to),
        );
        if from.minor < 21 {
            msg.push_str(
                "; Go 1.20 and older do not enforce the go line and build the module with \
                 their own semantics (shared loop variables, their GODEBUG defaults)",
            );
        }
        if let Some(tc) = &module.toolchain {
            if tc.version <= *to {
                msg.push_str(&format!(
                    "; the toolchain line (go{}) is then no newer than the go line: `go get \
                     go@{to}` drops it, and it never changed semantics or GODEBUG defaults",
                    tc.version
                ));
            } else {
                msg.push_str(&format!(
                    "; the toolchain line (go{}) still makes GOTOOLCHAIN=auto switch to that \
                     release; it changes neither semantics nor GODEBUG defaults",
                    tc.version
                ));
            }
        }
        out.push(Finding::new("go-toolchain-requirement", msg, subject()));
    }
    let mut needing: Vec<(&str, &str, &GoVersion)> = module
        .requires
        .iter()
        .filter_map(|d| {
            d.go.as_ref()
                .map(|g| (d.path.as_str(), d.version.as_str(), g))
        })
        .filter(|(_, _, g)| *g > to)
        .collect();
    needing.sort_by(|a, b| b.2.cmp(a.2).then(a.0.cmp(b.0)));
    if let Some((path, version, go)) = needing.first() {
        let others = match needing.len() {
            1 => String::new(),
            n => format!(" (and {} more dependencies newer than {to})", n - 1),
        };
        let mut f = Finding::new(
            "go-toolchain-requirement",
            format!(
                "{path} {version} requires go {go}{others}: a module's go line is at least \
                 every dependency's, so `go mod tidy` raises this one to {go} and the go line \
                 {to} cannot stay; upgrade to go {go}, or require an older {path}"
            ),
            subject(),
        );
        f.set_severity(Severity::Breaking);
        out.push(f);
    }
    out
}

/// The release `GOTOOLCHAIN=auto` downloads for a go line: the line itself
/// when it names a release (`1.22.3`), else its `.0` (`1.22` → `1.22.0`).
fn download_name(to: &GoVersion) -> String {
    if to.patch.is_some() || !to.kind.is_empty() {
        to.to_string()
    } else {
        format!("{}.{}.0", to.major, to.minor)
    }
}
