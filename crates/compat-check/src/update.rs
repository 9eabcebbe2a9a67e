//! `compat baseline update`: rewrites the committed baselines from the
//! current artifacts. Interface baselines (`baseline.main`) are
//! `compat abi dump` JSON, deterministic, so a rerun writes the same bytes;
//! a contract component's committed baseline is a copy of its files
//! (`copies.rs`; one read at a `git:` revision advances with the
//! repository and is left alone); findings baselines (`--findings`) only
//! shrink unless told to grow.
//!
//! An update that accepts breaking changes is refused unless the
//! component's `semver` promise allows them (a major release) or a reason is
//! given (`--accept-breaking --reason`); then a waiver scoped to the
//! candidate release is added to `compat.toml` for each accepted finding,
//! so the decision is visible in review and in history.
//!
//! Nothing is written here: [`plan`] returns what to write, and the caller
//! writes it atomically.

use std::collections::BTreeSet;
use std::path::PathBuf;

use compat_config::{edit, ComponentKind};
use compat_elf::{load_abi, ReadOptions};
use compat_policy::baseline::FindingsBaseline;
use compat_policy::label;
use compat_report::check::PromiseStatus;
use compat_report::render::count;
use compat_report::{Finding, Severity, Status, Verdict};

use crate::error::CheckError;
use crate::pipeline::{load_config, run, CheckOptions};
use crate::BaselineKind;

/// What to update.
#[derive(Debug, Default, Clone)]
pub struct UpdateOptions {
    /// Accept breaking changes, for this reason.
    pub accept_breaking: Option<String>,
    /// The owner of the waivers written for accepted changes.
    pub owner: Option<String>,
    /// Update findings baselines (instead of interface baselines).
    pub findings: bool,
    /// Let findings baselines grow (accept new findings).
    pub grow: bool,
}

/// One file the update writes.
#[derive(Debug)]
pub struct PlannedWrite {
    /// The file.
    pub path: PathBuf,
    /// Its new content.
    pub bytes: Vec<u8>,
    /// Whether that differs from what is there.
    pub changed: bool,
    /// What it is, for the user (`libfoo: interface baseline`).
    pub what: String,
    /// Refused: it would accept breaking changes nothing allows (see
    /// [`Plan::refused`]); written by nobody.
    pub refused: bool,
    /// A copy in a baseline directory whose original is gone: removed, not written.
    pub remove: bool,
}

/// The update, ready to write.
#[derive(Debug, Default)]
pub struct Plan {
    /// Files to write, in component order.
    pub writes: Vec<PlannedWrite>,
    /// Components whose update was refused, and why (one line each).
    pub refused: Vec<String>,
    /// Breaking findings accepted with `--accept-breaking`.
    pub accepted: Vec<Finding>,
    /// Components that could not be updated (an input error), one line each.
    pub errors: Vec<String>,
}

/// Plans the update of the components `check` selects.
pub fn plan(check: &CheckOptions<'_>, u: &UpdateOptions) -> Result<Plan, CheckError> {
    let config = load_config(check)?;
    let check = CheckOptions {
        baseline: BaselineKind::Main,
        ..check.clone_without_callback()
    };
    let outcome = run(&check)?;
    let now = check.now.unwrap_or_else(compat_config::Date::today_utc);
    let dir = if config.dir.as_os_str().is_empty() {
        PathBuf::from(".")
    } else {
        config.dir.clone()
    };
    let mut plan = Plan::default();
    let mut new_waivers: Vec<edit::NewWaiver> = Vec::new();
    let mut ids: BTreeSet<String> = config.waivers.iter().map(|w| w.id.clone()).collect();
    for c in &config.components {
        if !check.components.is_empty() && !check.components.contains(&c.name) {
            continue;
        }
        let mine: Vec<&Finding> = outcome
            .report
            .findings
            .iter()
            .filter(|f| f.subject.component.as_deref() == Some(c.name.as_str()))
            .collect();
        let result = outcome.report.components.iter().find(|r| r.name == c.name);
        if u.findings {
            let Some(spec) = &c.findings_baseline else {
                continue;
            };
            let engine: Vec<Finding> = mine
                .iter()
                .filter(|f| f.status != Status::Waived && !is_policy(&f.rule))
                .map(|f| (*f).clone())
                .collect();
            let current = FindingsBaseline::of(&c.name, &engine);
            let path = dir.join(spec);
            let old = std::fs::metadata(&path)
                .is_ok()
                .then(|| compat_fs::read(&path, compat_fs::Limit::Dump).ok())
                .flatten();
            let next = match old
                .as_deref()
                .map(|b| FindingsBaseline::parse(&String::from_utf8_lossy(b)))
            {
                Some(Ok(old)) => old.ratchet(&current, u.grow),
                Some(Err(e)) => {
                    plan.errors.push(format!("{spec}: {e}"));
                    continue;
                }
                // The first baseline accepts what is there: adoption.
                None => current,
            };
            let bytes = next.to_json().into_bytes();
            plan.writes.push(PlannedWrite {
                changed: old.as_deref() != Some(bytes.as_slice()),
                path,
                bytes,
                what: format!("{}: findings baseline", c.name),
                refused: false,
                remove: false,
            });
            continue;
        }
        let contract = matches!(
            c.kind,
            ComponentKind::JsonSchema | ComponentKind::OpenApi | ComponentKind::Cli
        );
        if c.kind != ComponentKind::ElfLibrary && !contract {
            continue;
        }
        let Some(spec) = &c.baseline_main else {
            continue;
        };
        if spec.starts_with("git:") && contract {
            // Read at a revision: it advances with the repository.
            continue;
        }
        if spec.starts_with("git:") {
            plan.errors.push(format!(
                "{}: baseline.main {spec} is read from git; compat baseline update writes only files in the working tree",
                c.name
            ));
            continue;
        }
        let mut stale = Vec::new();
        let (files, what) = if contract {
            match crate::copies::copies(&config, c, &dir, spec) {
                Ok((files, gone)) => {
                    stale = gone;
                    (files, format!("{}: baseline copy", c.name))
                }
                Err(e) => {
                    plan.errors.push(format!("{}: {e}", c.name));
                    continue;
                }
            }
        } else {
            match interface(c, &dir, spec) {
                Ok(file) => (vec![file], format!("{}: interface baseline", c.name)),
                Err(e) => {
                    plan.errors.push(e);
                    continue;
                }
            }
        };
        let olds: Vec<Option<Vec<u8>>> = files
            .iter()
            .map(|(path, _)| compat_fs::read(path, compat_fs::Limit::Dump).ok())
            .collect();
        let changed = |i: usize| olds[i].as_deref() != Some(files[i].1.as_slice());
        // Breaking changes this update would accept (only when the old
        // baseline exists: a first baseline accepts nothing).
        let breaking: Vec<&Finding> = if olds.iter().any(Option::is_some) {
            mine.iter()
                .copied()
                .filter(|f| f.counts() && f.severity == Severity::Breaking && !is_policy(&f.rule))
                .collect()
        } else {
            Vec::new()
        };
        let refused = |plan: &mut Plan, refused: bool| {
            for (i, (path, bytes)) in files.iter().enumerate() {
                plan.writes.push(PlannedWrite {
                    path: path.clone(),
                    bytes: bytes.clone(),
                    changed: changed(i),
                    what: what.clone(),
                    refused,
                    remove: false,
                });
            }
            for path in &stale {
                plan.writes.push(PlannedWrite {
                    path: path.clone(),
                    bytes: Vec::new(),
                    changed: true,
                    what: what.clone(),
                    refused,
                    remove: true,
                });
            }
        };
        let major_allowed = result.is_some_and(|r| {
            r.bump == Some(Verdict::Major)
                && r.promises
                    .iter()
                    .any(|p| p.kind == "semver" && p.status == PromiseStatus::Kept)
        });
        if !breaking.is_empty() && !major_allowed {
            let Some(reason) = &u.accept_breaking else {
                let shown: Vec<String> = breaking.iter().take(5).map(|f| label(f)).collect();
                plan.refused.push(refusal(&c.name, breaking.len(), &shown));
                refused(&mut plan, true);
                continue;
            };
            let owner = u
                .owner
                .clone()
                .or_else(|| c.owner.clone())
                .or_else(git_user)
                .unwrap_or_else(|| "unknown".into());
            let expires = now
                .add_days(i64::from(config.effective(&c.name).max_waiver_days.value))
                .unwrap_or(now);
            for f in &breaking {
                let mut n = 1;
                let id = loop {
                    let id = format!("W-{now}-{}-{n}", c.name);
                    if ids.insert(id.clone()) {
                        break id;
                    }
                    n += 1;
                };
                new_waivers.push(edit::NewWaiver {
                    id,
                    component: Some(c.name.clone()),
                    rule: f.rule.clone(),
                    subject: Default::default(),
                    fingerprint: Some(f.fingerprint.clone()),
                    reason: format!("{reason} ({})", label(f)),
                    owner: owner.clone(),
                    ticket: None,
                    created: Some(now),
                    expires,
                    until_version: result.and_then(|r| r.version_to.clone()),
                    max_matches: Some(1),
                });
                plan.accepted.push((*f).clone());
            }
        }
        refused(&mut plan, false);
    }
    if !new_waivers.is_empty() {
        let text = compat_fs::read(&config.path, compat_fs::Limit::Config)
            .map_err(|e| CheckError::Usage(e.to_string()))?;
        let mut text = String::from_utf8_lossy(&text).into_owned();
        for w in &new_waivers {
            text = edit::append_waiver(&text, w);
        }
        plan.writes.push(PlannedWrite {
            path: config.path.clone(),
            bytes: text.into_bytes(),
            changed: true,
            what: format!(
                "{}: {} for accepted breaking changes",
                config.path.display(),
                count(new_waivers.len(), "waiver", "waivers")
            ),
            refused: false,
            remove: false,
        });
    }
    Ok(plan)
}

/// An elf-library's interface baseline: the `compat abi dump` of its artifact, with the types of
/// its debug information and public headers, for the file `spec`.
fn interface(
    c: &compat_config::Component,
    dir: &std::path::Path,
    spec: &str,
) -> Result<crate::copies::Copy, String> {
    let artifact = dir.join(c.artifact.as_deref().unwrap_or_default());
    let mut abi = load_abi(
        &artifact,
        ReadOptions {
            demangle: true,
            ..ReadOptions::default()
        },
    )
    .map_err(|e| format!("{}: {e}", c.name))?;
    let headers = c.public_headers.as_deref().map(|h| dir.join(h));
    let debug = c.debug_dir.as_deref().map(|d| dir.join(d));
    compat_dwarf::attach_types(&artifact, &mut abi, debug.as_deref(), headers.as_deref())
        .map_err(|e| format!("{}: debug information: {e}", c.name))?;
    let mut bytes = Vec::new();
    abi.write_dump(&mut bytes)
        .map_err(|e| format!("{}: {e}", c.name))?;
    Ok((dir.join(spec), bytes))
}

/// Rules the policy layer adds (promises, waivers, deprecations, findings baselines), not the
/// engines' (`schema-file-removed` is reported by `compat check` too, but is a change of the
/// component).
fn is_policy(rule: &str) -> bool {
    ["policy-", "deprecation-", "baseline-"]
        .iter()
        .any(|p| rule.starts_with(p))
}

/// `git config user.email`.
fn git_user() -> Option<String> {
    let out = std::process::Command::new("git")
        .args(["config", "user.email"])
        .output()
        .ok()?;
    let s = String::from_utf8_lossy(&out.stdout).trim().to_owned();
    (out.status.success() && !s.is_empty()).then_some(s)
}

/// Why `baseline update` refuses a component's breaking changes: `libx: 2
/// breaking changes (a, b); no promise allows them: ...`, naming the first
/// five of `n`.
fn refusal(component: &str, n: usize, shown: &[String]) -> String {
    let them = if n == 1 { "it" } else { "them" };
    format!(
        "{component}: {} ({}{}); no promise allows {them}: rerun with --accept-breaking --reason TEXT to accept {them} (a waiver is written for each)",
        count(n, "breaking change", "breaking changes"),
        shown.join(", "),
        if n > 5 { ", ..." } else { "" }
    )
}

#[cfg(test)]
mod tests {
    use super::refusal;

    #[test]
    fn refusals_count_changes_in_words() {
        assert!(refusal("libx", 1, &["abi-symbol-removed f".into()]).starts_with(
            "libx: 1 breaking change (abi-symbol-removed f); no promise allows it: rerun with --accept-breaking --reason TEXT to accept it "
        ));
        let shown: Vec<String> = (0..5).map(|i| format!("r{i}")).collect();
        assert!(refusal("libx", 7, &shown).starts_with(
            "libx: 7 breaking changes (r0, r1, r2, r3, r4, ...); no promise allows them: rerun with --accept-breaking --reason TEXT to accept them "
        ));
    }
}
