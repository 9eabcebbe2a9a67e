//! The policy that applies to one component: defaults, then the project's
//! `[policy]`, then the component's `[component.NAME.policy]`, each value
//! tagged with where it came from (cargo-semver-checks' precedence: rule
//! default < project < component).

use std::collections::BTreeMap;

use serde::Serialize;

use crate::loc::Loc;
use crate::model::Config;
use crate::policy::{Bump, FailOn, Level, UnusedWaivers};

/// Where an effective value comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Origin {
    /// compat's default (for a rule: the catalog's severity).
    Default,
    /// The project's `[policy]`.
    Project,
    /// The component's `[component.NAME.policy]` (or its own key).
    Component,
}

impl Origin {
    /// `default`, `project` or `component`.
    pub fn as_str(self) -> &'static str {
        match self {
            Origin::Default => "default",
            Origin::Project => "project",
            Origin::Component => "component",
        }
    }
}

/// A value and where it came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Sourced<T> {
    /// The value.
    pub value: T,
    /// Its origin.
    pub origin: Origin,
    /// Where the file sets it (`None` for defaults).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub at: Option<Loc>,
}

impl<T> Sourced<T> {
    fn default(value: T) -> Sourced<T> {
        Sourced {
            value,
            origin: Origin::Default,
            at: None,
        }
    }
}

/// The effective level of one rule.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct EffectiveRule {
    /// The severity: the catalog's unless policy sets one.
    pub severity: Sourced<Level>,
    /// The bump, when policy sets one (otherwise the checker's own).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bump: Option<Sourced<Bump>>,
}

/// The merged policy of one component (or of the project, for a name that
/// is no component, and from [`Config::effective_project`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct EffectivePolicy {
    /// The component.
    pub component: String,
    /// What fails the build.
    pub fail_on: Sourced<FailOn>,
    /// The longest a waiver may run, in days.
    pub max_waiver_days: Sourced<u32>,
    /// The "expiring" window, in days.
    pub waiver_warn_days: Sourced<u32>,
    /// What an unused waiver is.
    pub unused_waivers: Sourced<UnusedWaivers>,
    /// The rules policy sets, by id (rules not listed keep the catalog's
    /// severity and the checker's bump).
    pub rules: BTreeMap<String, EffectiveRule>,
    /// The promises the component is held to.
    pub promises: Sourced<Vec<String>>,
}

/// The name GOVERNANCE.md gives the effective policy.
pub type Effective = EffectivePolicy;

/// The project value (or the default when `[policy]` does not set `key`),
/// overridden by the component's.
fn merge<T: Clone>(
    config: &Config,
    key: &str,
    project: T,
    component: Option<(T, Option<&Loc>)>,
) -> Sourced<T> {
    if let Some((value, at)) = component {
        return Sourced {
            value,
            origin: Origin::Component,
            at: at.cloned(),
        };
    }
    match config.policy.set_at.get(key) {
        Some(at) => Sourced {
            value: project,
            origin: Origin::Project,
            at: Some(at.clone()),
        },
        None => Sourced::default(project),
    }
}

impl Config {
    /// The effective policy of `component`; a name that is no component
    /// gets the project's policy.
    pub fn effective(&self, component: &str) -> EffectivePolicy {
        self.effective_for(component, self.component(component))
    }

    /// The project's policy: defaults and `[policy]` (its `component` is
    /// empty).
    pub fn effective_project(&self) -> EffectivePolicy {
        self.effective_for("", None)
    }

    pub(crate) fn effective_for(
        &self,
        component: &str,
        found: Option<&crate::model::Component>,
    ) -> EffectivePolicy {
        let own = found.map(|c| &c.policy);
        let set = |key: &str| own.and_then(|p| p.set_at.get(key));
        let p = &self.policy;
        let fail_on = merge(
            self,
            "fail_on",
            p.fail_on,
            own.and_then(|o| o.fail_on).map(|v| (v, set("fail_on"))),
        );
        let max_waiver_days = merge(
            self,
            "max_waiver_days",
            p.max_waiver_days,
            own.and_then(|o| o.max_waiver_days)
                .map(|v| (v, set("max_waiver_days"))),
        );
        let waiver_warn_days = merge(
            self,
            "waiver_warn_days",
            p.waiver_warn_days,
            own.and_then(|o| o.waiver_warn_days)
                .map(|v| (v, set("waiver_warn_days"))),
        );
        let unused_waivers = merge(
            self,
            "unused_waivers",
            p.unused_waivers,
            own.and_then(|o| o.unused_waivers)
                .map(|v| (v, set("unused_waivers"))),
        );
        let promises = match found {
            Some(c) if !c.promises.is_empty() => Sourced {
                value: c.promises.clone(),
                origin: Origin::Component,
                at: Some(c.at.clone()),
            },
            _ => merge(self, "promise", p.promises.clone(), None),
        };

        let mut rules = BTreeMap::new();
        let ids = p
            .rules
            .keys()
            .chain(own.into_iter().flat_map(|o| o.rules.keys()));
        for id in ids {
            if rules.contains_key(id) {
                continue;
            }
            let project = p.rules.get(id);
            let component = own.and_then(|o| o.rules.get(id));
            let pick = |field: &dyn Fn(&crate::policy::RuleLevel) -> bool| {
                if let Some(c) = component.filter(|r| field(r)) {
                    Some((Origin::Component, c))
                } else {
                    project.filter(|r| field(r)).map(|r| (Origin::Project, r))
                }
            };
            let catalog = compat_report::rules::lookup(id)
                .map_or(Level::Breaking, |r| Level::from_severity(r.severity));
            let severity = match pick(&|r| r.severity.is_some()) {
                Some((origin, r)) => Sourced {
                    value: r.severity.unwrap_or(catalog),
                    origin,
                    at: Some(r.at.clone()),
                },
                None => Sourced::default(catalog),
            };
            let bump = pick(&|r| r.bump.is_some()).and_then(|(origin, r)| {
                r.bump.map(|value| Sourced {
                    value,
                    origin,
                    at: Some(r.at.clone()),
                })
            });
            rules.insert(id.clone(), EffectiveRule { severity, bump });
        }

        EffectivePolicy {
            component: component.to_owned(),
            fail_on,
            max_waiver_days,
            waiver_warn_days,
            unused_waivers,
            rules,
            promises,
        }
    }
}
