//! The version bump the findings that count call for, with `[policy.rules]`
//! bumps replacing the catalog's.

use compat_config::{Bump, EffectivePolicy, Origin};
use compat_report::{Finding, Severity, Status, Verdict};

/// The smallest bump covering `findings` (see [`finding_bump`]); findings a
/// waiver or a findings baseline accepted do not count. A removal a
/// deprecation accepted (its `waiver` is one of `deprecations`) still
/// calls for its bump: the window ended, but consumers still lose the item.
pub fn verdict(findings: &[Finding], policy: &EffectivePolicy, deprecations: &[&str]) -> Verdict {
    findings
        .iter()
        .filter(|f| counts_for_bump(f, deprecations))
        .map(|f| finding_bump(f, policy))
        .max()
        .unwrap_or(Verdict::None)
}

/// Whether `f` counts toward the version bump.
pub fn counts_for_bump(f: &Finding, deprecations: &[&str]) -> bool {
    match f.status {
        Status::New => true,
        Status::Waived => f
            .waiver
            .as_deref()
            .is_some_and(|w| deprecations.contains(&w)),
        Status::Baselined => false,
    }
}

/// The bump one finding calls for: the project's `bump` for its rule when
/// it sets one, else the catalog's, except that a finding reported milder
/// than its rule's catalog severity (by the check, or by the project's
/// level) calls for a patch at most, and a breaking finding calls for a
/// major bump even when its rule's catalog severity is milder.
pub fn finding_bump(f: &Finding, policy: &EffectivePolicy) -> Verdict {
    let rule = policy.rules.get(&f.rule);
    if let Some(b) = rule.and_then(|r| r.bump.as_ref()) {
        return from_bump(b.value);
    }
    if f.severity == Severity::Breaking {
        return Verdict::Major;
    }
    let bump = compat_report::rules::bump(&f.rule);
    let milder = f.downgraded()
        || (rule.is_some_and(|r| r.severity.origin != Origin::Default)
            && f.catalog().is_some_and(|c| f.severity > c.severity));
    if milder && bump == Verdict::Major && f.severity != Severity::Breaking {
        Verdict::Patch
    } else {
        bump
    }
}

/// The report's verdict for a configuration bump.
pub fn from_bump(b: Bump) -> Verdict {
    match b {
        Bump::None => Verdict::None,
        Bump::Patch => Verdict::Patch,
        Bump::Minor => Verdict::Minor,
        Bump::Major => Verdict::Major,
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use compat_report::{Finding, Severity, Subject, Verdict};

    use super::finding_bump;

    #[test]
    fn a_breaking_finding_calls_for_a_major_bump_unless_the_project_sets_one() {
        let config = |rules: &str| {
            compat_config::parse(
                &format!("version = 1\n[project]\nname = \"p\"\n{rules}"),
                Path::new("compat.toml"),
            )
            .expect("valid config")
            .effective_project()
        };
        // abi-member-added is info in the catalog (a minor bump); compat-dwarf
        // reports it as breaking when the library reads the new member from
        // padding callers filled.
        let mut f = Finding::new(
            "abi-member-added",
            "gained member flag in its padding",
            Subject::default(),
        );
        assert_eq!(finding_bump(&f, &config("")), Verdict::Minor);
        f.severity = Severity::Breaking;
        assert_eq!(finding_bump(&f, &config("")), Verdict::Major);
        let set = config("[policy.rules]\nabi-member-added = { bump = \"minor\" }\n");
        assert_eq!(finding_bump(&f, &set), Verdict::Minor);
    }
}
