//! Promises checked against the version bump: `semver` (PATCH = no
//! interface change, MINOR = additions only, MAJOR = anything) and `soname`
//! (a breaking ABI change needs a new SONAME); `json-schema` and `cli` on a
//! component of that kind (kept unless a breaking `schema-*` / `cli-*`
//! finding still counts). Other pairings and `declared` are shown as
//! declared, and a promise whose versions are unknown as unverified: never
//! as kept.

use std::path::Path;

use compat_config::{Component, ComponentKind, Config, EffectivePolicy, PromiseKind};
use compat_report::check::{PromiseResult, PromiseStatus};
use compat_report::render::count;
use compat_report::{Finding, Subject, Verdict};

use crate::location::location_of;
use crate::verdict::{counts_for_bump, finding_bump};
use crate::version::Version;

/// The versions a promise compares, and where they came from.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Versions {
    /// The baseline's version.
    pub from: Option<Version>,
    /// The candidate's version.
    pub to: Option<Version>,
    /// What was read (`git-tag:v*`, `soname`, `--version`), or why nothing could be.
    pub source: String,
}

/// What checking a component's promises needs.
pub struct Inputs<'a> {
    /// The component's effective policy (rule bumps).
    pub policy: &'a EffectivePolicy,
    /// The versions of each `semver` promise, by promise name.
    pub versions: &'a dyn Fn(&str) -> Versions,
    /// The old and new SONAME (`None` when not a library diff).
    pub sonames: Option<(Option<&'a str>, Option<&'a str>)>,
    /// Deprecation ids whose accepted removals still call for their bump.
    pub deprecations: &'a [&'a str],
    /// The repository root.
    pub root: &'a Path,
}

/// What the promises of a component decided.
#[derive(Debug, Default)]
pub struct Outcome {
    /// `policy-semver-violated` and `policy-soname-not-bumped` findings.
    pub findings: Vec<Finding>,
    /// One result per promise.
    pub results: Vec<PromiseResult>,
    /// The promise that allows breaking changes in this release (a major
    /// release under `semver`, a new SONAME under `soname`) when no promise
    /// is violated, with why: its breaking findings are expected.
    pub allowed_by: Option<(String, String)>,
}

/// Checks `component`'s promises against its `findings` (after waivers).
pub fn check(
    config: &Config,
    component: &Component,
    findings: &[Finding],
    inputs: &Inputs<'_>,
) -> Outcome {
    let mut out = Vec::new();
    let mut results = Vec::new();
    let mut allows: Option<(String, String)> = None;
    let counted: Vec<&Finding> = findings
        .iter()
        .filter(|f| counts_for_bump(f, inputs.deprecations))
        .collect();
    let verdict = counted
        .iter()
        .map(|f| finding_bump(f, inputs.policy))
        .max()
        .unwrap_or(Verdict::None);
    for name in config.promises_of(component) {
        let Some(p) = config.promises.get(name) else {
            continue;
        };
        let result = |status, detail: String| PromiseResult {
            name: name.clone(),
            kind: p.kind.as_str().to_owned(),
            status,
            detail,
        };
        let finding = |rule: &str, message: String| {
            let mut f = Finding::new(
                rule,
                message,
                Subject {
                    component: Some(component.name.clone()),
                    id: Some(name.clone()),
                    ..Subject::default()
                },
            );
            f.location = Some(location_of(&component.at, inputs.root));
            f
        };
        match p.kind {
            PromiseKind::Semver => {
                let v = (inputs.versions)(name);
                let (Some(from), Some(to)) = (&v.from, &v.to) else {
                    results.push(result(
                        PromiseStatus::Unverified,
                        format!(
                            "the {} version is unknown ({}); the changes call for {}",
                            if v.from.is_none() {
                                "baseline's"
                            } else {
                                "candidate's"
                            },
                            v.source,
                            verdict.as_str()
                        ),
                    ));
                    continue;
                };
                let bump = from.bump_to(to, p.zero_major_is_unstable);
                // A bump allows changes up to its own size.
                let allowed = bump;
                if verdict <= allowed {
                    if bump == Verdict::Major && allows.is_none() {
                        allows = Some((name.clone(), format!("{from} -> {to} is a major release")));
                    }
                    results.push(result(
                        PromiseStatus::Kept,
                        format!(
                            "{from} -> {to} ({}) covers the changes ({})",
                            describe(bump),
                            verdict.as_str()
                        ),
                    ));
                    continue;
                }
                let needing: Vec<String> = counted
                    .iter()
                    .filter(|f| finding_bump(f, inputs.policy) > allowed)
                    .map(|f| label(f))
                    .collect();
                let shown = needing
                    .iter()
                    .take(3)
                    .cloned()
                    .collect::<Vec<_>>()
                    .join(", ");
                let more = needing.len().saturating_sub(3);
                let more = if more > 0 {
                    format!(" and {more} more")
                } else {
                    String::new()
                };
                let detail = format!(
                    "{from} -> {to} is {}, but the changes call for a {} bump ({shown}{more})",
                    describe(bump),
                    verdict.as_str()
                );
                out.push(finding(
                    "policy-semver-violated",
                    format!(
                        "{}: {detail}; release it as {}, or undo or waive those changes",
                        component.name,
                        next(from, verdict)
                    ),
                ));
                results.push(result(PromiseStatus::Violated, detail));
            }
            PromiseKind::Soname => {
                let Some((old, new)) = inputs.sonames else {
                    results.push(result(
                        PromiseStatus::Unverified,
                        "not a shared-library comparison".into(),
                    ));
                    continue;
                };
                let breaking: Vec<&&Finding> = counted
                    .iter()
                    .filter(|f| finding_bump(f, inputs.policy) == Verdict::Major)
                    .collect();
                let changed = old != new;
                if changed && allows.is_none() {
                    allows = Some((
                        name.clone(),
                        format!(
                            "the SONAME changed to {}, so old binaries never load it",
                            new.unwrap_or("none")
                        ),
                    ));
                }
                if breaking.is_empty() || changed {
                    results.push(result(
                        PromiseStatus::Kept,
                        if changed {
                            format!(
                                "the SONAME changed ({} -> {})",
                                old.unwrap_or("none"),
                                new.unwrap_or("none")
                            )
                        } else {
                            format!(
                                "no breaking ABI change under {}",
                                new.unwrap_or("the same SONAME")
                            )
                        },
                    ));
                    continue;
                }
                let shown: Vec<String> = breaking.iter().take(3).map(|f| label(f)).collect();
                let detail = soname_kept(new.unwrap_or("the library"), breaking.len(), &shown);
                out.push(finding(
                    "policy-soname-not-bumped",
                    format!("{}: {detail}", component.name),
                ));
                results.push(result(PromiseStatus::Violated, detail));
            }
            PromiseKind::JsonSchema if component.kind == ComponentKind::JsonSchema => {
                let (status, detail) = contract(
                    &counted,
                    "schema-",
                    &format!(
                        "every document valid under the baseline stays valid ({})",
                        p.mode.as_deref().unwrap_or("backward")
                    ),
                    ["change to the data format", "changes to the data format"],
                );
                results.push(result(status, detail));
            }
            PromiseKind::Cli if component.kind == ComponentKind::Cli => {
                let (status, detail) = contract(
                    &counted,
                    "cli-",
                    "no command, flag or argument removed or changed before its deprecation window",
                    ["change to the command line", "changes to the command line"],
                );
                results.push(result(status, detail));
            }
            PromiseKind::JsonSchema | PromiseKind::Cli | PromiseKind::Declared => {
                results.push(result(
                    PromiseStatus::Declared,
                    "declared; compat does not check this kind of promise for this component"
                        .into(),
                ));
            }
        }
    }
    let violated = results.iter().any(|r| r.status == PromiseStatus::Violated);
    Outcome {
        findings: out,
        results,
        allowed_by: if violated { None } else { allows },
    }
}

/// `libfoo.so.1 keeps its SONAME, but 3 breaking ABI changes need a new
/// one (...)`, naming the first few.
fn soname_kept(library: &str, n: usize, shown: &[String]) -> String {
    format!(
        "{library} keeps its SONAME, but {} {} a new one ({})",
        count(n, "breaking ABI change", "breaking ABI changes"),
        if n == 1 { "needs" } else { "need" },
        shown.join(", ")
    )
}

/// A contract promise (json-schema, cli) judged from its component's findings: violated by any breaking
/// finding of the contract's rules that still counts after waivers.
fn contract(
    counted: &[&Finding],
    prefix: &str,
    kept: &str,
    [one, many]: [&str; 2],
) -> (PromiseStatus, String) {
    let breaking: Vec<&&Finding> = counted
        .iter()
        .filter(|f| f.rule.starts_with(prefix) && f.severity == compat_report::Severity::Breaking)
        .collect();
    if breaking.is_empty() {
        return (PromiseStatus::Kept, kept.to_owned());
    }
    let shown: Vec<String> = breaking.iter().take(3).map(|f| label(f)).collect();
    (
        PromiseStatus::Violated,
        format!(
            "{}: {}",
            count(
                breaking.len(),
                &format!("breaking {one}"),
                &format!("breaking {many}")
            ),
            shown.join(", ")
        ),
    )
}

/// Marks the breaking findings an allowing promise expects: reported as
/// warnings, naming the promise (the change is announced by the release,
/// not hidden: it still calls for its bump).
pub fn allow(findings: &mut [Finding], promise: &str, why: &str) {
    for f in findings
        .iter_mut()
        .filter(|f| f.counts() && f.severity == compat_report::Severity::Breaking)
        .filter(|f| !f.rule.starts_with("policy-") && !f.rule.starts_with("deprecation-"))
    {
        f.set_severity(compat_report::Severity::Warning);
        f.promise = Some(promise.to_owned());
        f.message
            .push_str(&format!("; allowed by promise {promise}: {why}"));
    }
}

/// `a patch release`, `a major release`, `no release` for a bump.
fn describe(bump: Verdict) -> &'static str {
    match bump {
        Verdict::None => "no new release",
        Verdict::Patch => "a patch release",
        Verdict::Minor => "a minor release",
        Verdict::Major => "a major release",
    }
}

/// The smallest version after `from` that allows `verdict`.
fn next(from: &Version, verdict: Verdict) -> String {
    match verdict {
        Verdict::Major if from.major == 0 => format!("0.{}.0", from.minor + 1),
        Verdict::Major => format!("{}.0.0", from.major + 1),
        Verdict::Minor if from.major == 0 => format!("0.{}.{}", from.minor, from.patch + 1),
        Verdict::Minor => format!("{}.{}.0", from.major, from.minor + 1),
        _ => format!("{}.{}.{}", from.major, from.minor, from.patch + 1),
    }
}

/// `abi-symbol-removed av_init_packet`: a finding in a few words (its rule
/// and what it is about, a C++ symbol demangled: `abi-symbol-removed
/// geo::area(int, int)`), for messages that list findings.
pub fn label(f: &Finding) -> String {
    let s = &f.subject;
    let contract = match (f.rule.split('-').next(), &s.symbol, &s.member) {
        // A flag with its command (`tool --colour`), not the command alone.
        (Some("cli"), Some(c), Some(m)) => Some(format!("{c} {m}")),
        // The place in the document (`#/cells/0/metadata/execution`), as
        // the finding's message starts, not the schema's own location.
        (Some("schema"), _, Some(m)) => Some(m.clone()),
        _ => None,
    };
    let what = contract
        .or_else(|| s.demangled.clone())
        .or_else(|| s.symbol.clone())
        .or_else(|| match (&s.type_name, &s.member) {
            (Some(t), Some(m)) => Some(format!("{t}.{m}")),
            (Some(t), None) => Some(t.clone()),
            _ => None,
        })
        .or_else(|| s.new_value.clone())
        .or_else(|| s.id.clone())
        .unwrap_or_default();
    format!("{} {what}", f.rule).trim_end().to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contract_findings_are_labelled_by_what_users_name() {
        let f = |rule: &str, subject: Subject| label(&Finding::new(rule, "m", subject));
        assert_eq!(
            f(
                "cli-removed-after-window",
                Subject {
                    symbol: Some("tool".into()),
                    member: Some("--colour".into()),
                    ..Subject::default()
                }
            ),
            "cli-removed-after-window tool --colour"
        );
        assert_eq!(
            f(
                "cli-command-removed",
                Subject {
                    symbol: Some("tool export".into()),
                    ..Subject::default()
                }
            ),
            "cli-command-removed tool export"
        );
        assert_eq!(
            f(
                "schema-range-narrowed",
                Subject {
                    symbol: Some("schemas/nb.json#/properties/nbformat_minor".into()),
                    member: Some("#/nbformat_minor".into()),
                    ..Subject::default()
                }
            ),
            "schema-range-narrowed #/nbformat_minor"
        );
        assert_eq!(
            f(
                "deprecation-removed-early",
                Subject {
                    component: Some("api".into()),
                    id: Some("D-1".into()),
                    ..Subject::default()
                }
            ),
            "deprecation-removed-early D-1"
        );
    }

    #[test]
    fn broken_promises_count_changes_in_words() {
        assert_eq!(
            soname_kept("libfoo.so.1", 1, &["abi-symbol-removed f".into()]),
            "libfoo.so.1 keeps its SONAME, but 1 breaking ABI change needs a new one (abi-symbol-removed f)"
        );
        assert!(soname_kept("libfoo.so.1", 3, &[])
            .contains("but 3 breaking ABI changes need a new one"));
        let breaking = |rule: &str| {
            let mut f = Finding::new(rule, "m", Subject::default());
            f.set_severity(compat_report::Severity::Breaking);
            f
        };
        let (one, two) = (
            breaking("cli-flag-removed"),
            breaking("cli-command-removed"),
        );
        let what = ["change to the command line", "changes to the command line"];
        let (_, said) = contract(&[&one], "cli-", "kept", what);
        assert_eq!(
            said,
            "1 breaking change to the command line: cli-flag-removed"
        );
        let (status, said) = contract(&[&one, &two], "cli-", "kept", what);
        assert_eq!(status, PromiseStatus::Violated);
        assert!(
            said.starts_with("2 breaking changes to the command line: "),
            "{said}"
        );
    }
}
