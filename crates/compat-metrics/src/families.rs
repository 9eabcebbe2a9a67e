//! The metric families of a store's current state, judged on a day: each
//! component's state and findings from its latest check, with the findings
//! of waivers that have expired since then counted again (so a component
//! whose expired waiver still matches is breaking before its next check),
//! its compatible ratio (libraries),
//! its promises, the project's current waivers and deprecations (their
//! recorded state, moved on by the date: an active waiver past its last day
//! is expired, an announced deprecation past its window is due), and the
//! run and check counters.

use std::collections::{BTreeMap, HashMap};

use compat_store::{ComponentState, Current, WaiverState};

use crate::catalog::family;
use crate::date::{self, DAY};
use crate::expo::{Family, Sample};

/// The states a component can be in, each a series of `compat_component_state`.
pub const STATES: [&str; 5] = ["ok", "warning", "breaking", "error", "unknown"];
const SEVERITIES: [&str; 3] = ["breaking", "warning", "info"];
const STATUSES: [&str; 3] = ["new", "waived", "baselined"];
const WAIVER_STATES: [&str; 4] = ["active", "expiring", "expired", "unused"];
const DEPRECATION_STATES: [&str; 4] = ["announced", "due", "removed", "removed-early"];

type Labels = Vec<(&'static str, String)>;

fn labels(pairs: &[(&'static str, &str)]) -> Labels {
    pairs.iter().map(|(k, v)| (*k, (*v).to_owned())).collect()
}

/// What is known about one component on the day.
struct Judged<'a> {
    c: &'a ComponentState,
    state: &'a str,
    /// Findings by (severity, status) after re-judging expired waivers.
    findings: BTreeMap<(String, String), i64>,
    /// Findings that count (status new) by rule.
    rules: BTreeMap<String, i64>,
}

/// Whether waiver `w` is past its last day on `today` (days since 1970).
fn expired(w: &WaiverState, today: i64) -> bool {
    date::days(&w.expires).is_some_and(|last| today > last)
}

/// Each component judged on `today`.
fn judge<'a>(now: &'a Current, today: i64) -> Vec<Judged<'a>> {
    let waivers: HashMap<(&str, &str), &WaiverState> = now
        .waivers
        .iter()
        .map(|w| ((w.project.as_str(), w.id.as_str()), w))
        .collect();
    let mut by_check: HashMap<i64, Vec<&compat_store::FindingCount>> = HashMap::new();
    for f in &now.findings {
        by_check.entry(f.check).or_default().push(f);
    }
    now.components
        .iter()
        .map(|c| {
            let mut findings = BTreeMap::new();
            let mut rules = BTreeMap::new();
            let mut revived = false;
            let Some(latest) = &c.latest else {
                return Judged {
                    c,
                    state: "unknown",
                    findings,
                    rules,
                };
            };
            for f in by_check.get(&latest.check).into_iter().flatten() {
                let waiver_gone = f.status == "waived"
                    && f.waiver.as_deref().is_some_and(|id| {
                        waivers
                            .get(&(c.project.as_str(), id))
                            .is_some_and(|w| expired(w, today))
                    });
                let status = if waiver_gone {
                    revived = true;
                    "new"
                } else {
                    f.status.as_str()
                };
                *findings
                    .entry((f.severity.clone(), status.to_owned()))
                    .or_insert(0) += f.count;
                if status == "new" {
                    *rules.entry(f.rule.clone()).or_insert(0) += f.count;
                }
            }
            let recorded = STATES
                .iter()
                .find(|s| **s == latest.state)
                .copied()
                .unwrap_or("unknown");
            // An expired waiver that still matches is a breaking finding
            // (policy-waiver-expired) of its component, as compat check
            // would report it on this day.
            let state = if revived && matches!(recorded, "ok" | "warning") {
                "breaking"
            } else {
                recorded
            };
            Judged {
                c,
                state,
                findings,
                rules,
            }
        })
        .collect()
}

fn base(c: &ComponentState) -> Labels {
    labels(&[("project", &c.project), ("component", &c.component)])
}

/// How many consumers of a provider have one impact cell (the dashboard's
/// impact matrix, which `compat serve --index` computes).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImpactCount {
    /// The provider's SONAME.
    pub provider: String,
    /// The cell: `breaking`, `warning`, `info`, `ok` or `none`.
    pub state: String,
    /// How many consumers.
    pub consumers: usize,
}

/// Every family of the catalog but `compat_build_info` and the
/// `compat_metrics_*` ones, in catalog order, for `now` judged on `today`
/// (days since 1970-01-01, UTC), with the impact counts given (none
/// without an index).
pub fn families(now: &Current, today: i64, impact: &[ImpactCount]) -> Vec<Family> {
    let judged = judge(now, today);
    let mut out = Vec::new();

    let mut info = family("compat_component_info");
    let mut state = family("compat_component_state");
    let mut findings = family("compat_component_findings");
    let mut last = family("compat_component_last_check_timestamp_seconds");
    let mut ratio = family("compat_component_compatible_ratio");
    let mut rule_findings = family("compat_component_rule_findings");
    for j in &judged {
        let c = j.c;
        let mut l = base(c);
        l.push(("kind", c.kind.clone()));
        l.push(("owner", c.owner.clone().unwrap_or_default()));
        info.samples.push(Sample::new(l, 1.0));
        for s in STATES {
            let mut l = base(c);
            l.push(("state", s.to_owned()));
            state
                .samples
                .push(Sample::new(l, f64::from(u8::from(s == j.state))));
        }
        if let Some(latest) = &c.latest {
            for sev in SEVERITIES {
                for st in STATUSES {
                    let n = j
                        .findings
                        .get(&(sev.to_owned(), st.to_owned()))
                        .copied()
                        .unwrap_or(0);
                    let mut l = base(c);
                    l.push(("severity", sev.to_owned()));
                    l.push(("status", st.to_owned()));
                    findings.samples.push(Sample::new(l, n as f64));
                }
            }
            let at = latest.finished_at.as_deref().unwrap_or(&latest.started_at);
            if let Some(secs) = date::seconds(at) {
                last.samples.push(Sample::new(base(c), secs as f64));
            }
            if let Some(r) = latest.interface.and_then(|i| i.ratio()) {
                ratio.samples.push(Sample::new(base(c), r));
            }
            for (rule, n) in &j.rules {
                let mut l = base(c);
                l.push(("rule", rule.clone()));
                rule_findings.samples.push(Sample::new(l, *n as f64));
            }
        }
    }
    out.extend([info, state, findings, last, ratio]);

    let mut runs = family("compat_runs_total");
    for t in &now.runs {
        runs.samples.push(Sample::new(
            labels(&[("project", &t.project)]),
            t.count as f64,
        ));
    }
    let mut checks = family("compat_checks_total");
    for t in &now.checks {
        checks.samples.push(Sample::new(
            labels(&[
                ("project", &t.project),
                ("component", t.component.as_deref().unwrap_or_default()),
                ("state", t.state.as_deref().unwrap_or_default()),
            ]),
            t.count as f64,
        ));
    }
    out.extend([runs, checks]);

    let components: HashMap<(&str, &str), &ComponentState> = now
        .components
        .iter()
        .map(|c| ((c.project.as_str(), c.component.as_str()), c))
        .collect();
    let mut promises = family("compat_promise_kept");
    for p in &now.promises {
        let value = match p.status.as_str() {
            "kept" => 1.0,
            "violated" => 0.0,
            _ => continue,
        };
        let Some(c) = now
            .components
            .iter()
            .find(|c| c.latest.as_ref().is_some_and(|l| l.check == p.check))
        else {
            continue;
        };
        let mut l = base(c);
        l.push(("promise", p.name.clone()));
        l.push(("kind", p.kind.clone()));
        promises.samples.push(Sample::new(l, value));
    }
    out.push(promises);

    // The latest run of each project that checked anything, for waivers
    // that name no component.
    let mut project_run: HashMap<&str, (&str, i64)> = HashMap::new();
    for c in &now.components {
        if let Some(l) = &c.latest {
            let e = project_run
                .entry(c.project.as_str())
                .or_insert((l.started_at.as_str(), l.run));
            if (l.started_at.as_str(), l.run) > *e {
                *e = (l.started_at.as_str(), l.run);
            }
        }
    }
    // A waiver or deprecation is current when the latest run that judged it
    // is its component's latest check (a later check without it means it
    // was removed from compat.toml).
    let current_in = |project: &str, component: Option<&str>, run: i64| match component {
        Some(name) => components
            .get(&(project, name))
            .and_then(|c| c.latest.as_ref())
            .is_some_and(|l| l.run == run),
        None => project_run.get(project).is_some_and(|(_, r)| *r == run),
    };

    let mut waiver_counts: BTreeMap<(&str, &str), [i64; 4]> = BTreeMap::new();
    let mut expiry = family("compat_waiver_expiry_timestamp_seconds");
    for w in &now.waivers {
        let Some(event) = &w.event else { continue };
        if !current_in(&w.project, w.component.as_deref(), event.run) {
            continue;
        }
        let state = if expired(w, today) {
            "expired"
        } else {
            event.state.as_str()
        };
        let component = w.component.as_deref().unwrap_or_default();
        if let Some(i) = WAIVER_STATES.iter().position(|s| *s == state) {
            waiver_counts
                .entry((w.project.as_str(), component))
                .or_insert([0; 4])[i] += 1;
        }
        if let Some(last) = date::days(&w.expires) {
            expiry.samples.push(Sample::new(
                labels(&[
                    ("project", &w.project),
                    ("component", component),
                    ("waiver", &w.id),
                ]),
                ((last + 1) * DAY) as f64,
            ));
        }
    }
    let mut waivers = family("compat_waivers");
    for ((project, component), counts) in &waiver_counts {
        for (s, n) in WAIVER_STATES.iter().zip(counts) {
            waivers.samples.push(Sample::new(
                labels(&[("project", project), ("component", component), ("state", s)]),
                *n as f64,
            ));
        }
    }
    out.extend([waivers, expiry]);

    let mut deprecation_counts: BTreeMap<(&str, &str), [i64; 4]> = BTreeMap::new();
    let mut removal = family("compat_deprecation_removal_timestamp_seconds");
    for d in &now.deprecations {
        let Some(event) = &d.event else { continue };
        if !current_in(&d.project, Some(&d.component), event.run) {
            continue;
        }
        let window_over = date::days(&d.remove_after).is_some_and(|end| today >= end);
        let state = if event.state == "announced" && window_over {
            "due"
        } else {
            event.state.as_str()
        };
        if let Some(i) = DEPRECATION_STATES.iter().position(|s| *s == state) {
            deprecation_counts
                .entry((d.project.as_str(), d.component.as_str()))
                .or_insert([0; 4])[i] += 1;
        }
        if let Some(end) = date::days(&d.remove_after) {
            removal.samples.push(Sample::new(
                labels(&[
                    ("project", &d.project),
                    ("component", &d.component),
                    ("deprecation", &d.id),
                ]),
                (end * DAY) as f64,
            ));
        }
    }
    let mut deprecations = family("compat_deprecations");
    for ((project, component), counts) in &deprecation_counts {
        for (s, n) in DEPRECATION_STATES.iter().zip(counts) {
            deprecations.samples.push(Sample::new(
                labels(&[("project", project), ("component", component), ("state", s)]),
                *n as f64,
            ));
        }
    }
    let mut consumers = family("compat_impact_consumers");
    for i in impact {
        consumers.samples.push(Sample::new(
            labels(&[("provider", &i.provider), ("state", &i.state)]),
            i.consumers as f64,
        ));
    }
    out.extend([deprecations, removal, consumers, rule_findings]);
    out
}
