//! `[policy.rules]`: per-rule levels, applied at this one point. `off`
//! drops the rule's findings; a severity replaces the catalog's (and what a
//! check decided for one finding, such as a change no consumer can reach
//! reported as info, is kept unless the project names a level).

use compat_config::{EffectivePolicy, Level};
use compat_report::{Finding, Severity};

/// Applies the component's effective rule levels to `findings`.
pub fn classify(findings: &mut Vec<Finding>, policy: &EffectivePolicy) {
    if policy.rules.is_empty() {
        return;
    }
    findings.retain_mut(|f| {
        let Some(rule) = policy.rules.get(&f.rule) else {
            return true;
        };
        if rule.severity.origin == compat_config::Origin::Default {
            return true;
        }
        match rule.severity.value {
            Level::Off => false,
            Level::Breaking => {
                f.set_severity(Severity::Breaking);
                true
            }
            Level::Warning => {
                f.set_severity(Severity::Warning);
                true
            }
            Level::Info => {
                f.set_severity(Severity::Info);
                true
            }
        }
    });
}
