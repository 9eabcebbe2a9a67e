//! The impact matrix the impact page draws: providers (columns) x consumers
//! (rows), each cell the state of the consumer if the provider changes as
//! judged (`breaking`, `warning`, `info`, `ok`, `none` when it binds nothing
//! of the provider, `error`). The caller computes it (from an index, or
//! from `compat impact` reports); this crate only draws it.

use std::collections::BTreeSet;

use serde::Serialize;

/// One cell.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ImpactCell {
    /// The provider's SONAME.
    pub provider: String,
    /// The consumer's path.
    pub consumer: String,
    /// Its state.
    pub cell: String,
    /// How many of its references bind to the provider.
    pub bound: usize,
    /// The rules of the findings behind the state, each once.
    pub rules: Vec<String>,
    /// Waivers behind its findings, each once: in a matrix of `compat impact
    /// --config` columns, the consumer-scoped waivers that make a cell
    /// `waived`; judged from recorded findings ([`IndexBindings::judge`]),
    /// the provider's waivers, which leave the cell as it is (the consumer
    /// still breaks; GOVERNANCE.md 6.8).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub waivers: Vec<String>,
}

/// One provider (a column) and the change judged.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ImpactProvider {
    /// Its SONAME.
    pub soname: String,
    /// The change judged (`CANDIDATE`, `drop version V`, `latest recorded findings`).
    pub change: String,
    /// The component of the store it is, when known.
    pub component: Option<String>,
}

/// The matrix.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct ImpactMatrix {
    /// Where it comes from (the index file), shown on the page.
    pub source: String,
    /// The providers (columns), in order.
    pub providers: Vec<ImpactProvider>,
    /// Every cell that is not empty.
    pub cells: Vec<ImpactCell>,
}

impl ImpactMatrix {
    /// A matrix from `compat impact` matrices (one per provider).
    pub fn from_columns(
        source: impl Into<String>,
        columns: &[compat_report::impact::ImpactMatrix],
    ) -> ImpactMatrix {
        let mut m = ImpactMatrix {
            source: source.into(),
            ..ImpactMatrix::default()
        };
        for col in columns {
            m.providers.push(ImpactProvider {
                soname: col.provider.clone(),
                change: col.change.clone(),
                component: None,
            });
            for r in &col.rows {
                m.cells.push(ImpactCell {
                    provider: col.provider.clone(),
                    consumer: r.consumer.clone(),
                    cell: r.cell.clone(),
                    bound: r.bound,
                    rules: r.rules.clone(),
                    waivers: r.waivers.clone(),
                });
            }
        }
        m
    }

    /// The consumers (rows), sorted.
    pub fn consumers(&self) -> Vec<&str> {
        let set: BTreeSet<&str> = self.cells.iter().map(|c| c.consumer.as_str()).collect();
        set.into_iter().collect()
    }

    /// The cell of `consumer` for `provider`, if it binds or loads it.
    pub fn cell(&self, provider: &str, consumer: &str) -> Option<&ImpactCell> {
        self.cells
            .iter()
            .find(|c| c.provider == provider && c.consumer == consumer)
    }
}

/// A consumer of a provider, as an index records it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ConsumerBinding {
    /// The consumer's path.
    pub path: String,
    /// The symbols it binds to the provider (names, no version).
    pub bound: Vec<String>,
}

/// A component of the store that is a library, its SONAME, and the
/// consumers an index records for that SONAME.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ProviderBindings {
    /// The component.
    pub component: String,
    /// Its SONAME.
    pub soname: String,
    /// Every file that loads or binds it.
    pub consumers: Vec<ConsumerBinding>,
}

/// What an index says about the store's libraries: read once (the index
/// changes when it is rebuilt), judged against the latest recorded
/// findings at every page ([`IndexBindings::judge`]).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct IndexBindings {
    /// The index, as shown.
    pub source: String,
    /// One entry per library component found in the index.
    pub providers: Vec<ProviderBindings>,
}

/// Severity rank: lower is worse.
fn rank(severity: &str) -> u8 {
    match severity {
        "breaking" => 0,
        "warning" => 1,
        "info" => 2,
        _ => 3,
    }
}

/// The symbols a finding is about: its `symbol` (without `@VERSION`) and
/// its `symbols` (the functions and variables a type change reaches).
fn finding_symbols(f: &serde_json::Value) -> Vec<&str> {
    let subject = &f["subject"];
    let mut out: Vec<&str> = subject["symbol"]
        .as_str()
        .map(|s| s.split('@').next().unwrap_or(s))
        .into_iter()
        .collect();
    if let Some(list) = subject["symbols"].as_array() {
        out.extend(
            list.iter()
                .filter_map(|s| s.as_str())
                .map(|s| s.split('@').next().unwrap_or(s)),
        );
    }
    out
}

impl IndexBindings {
    /// The matrix of the latest recorded change of each provider: a cell is
    /// the highest severity among the provider's latest findings (waived
    /// ones included: a waiver accepts a change for the provider, the
    /// consumer still breaks; baselined ones excluded) that name a symbol
    /// the consumer binds; `ok` when none does; `none` when the consumer
    /// loads the provider but binds nothing of it.
    pub fn judge(&self, snap: &crate::Snapshot) -> ImpactMatrix {
        let mut m = ImpactMatrix {
            source: self.source.clone(),
            ..ImpactMatrix::default()
        };
        for p in &self.providers {
            let latest = snap.component(&p.component);
            let findings: Vec<serde_json::Value> = latest
                .and_then(|c| c.check.slice().ok())
                .and_then(|s| s.get("findings")?.as_array().cloned())
                .unwrap_or_default();
            let relevant: Vec<(&str, &str, Vec<&str>, Option<&str>)> = findings
                .iter()
                .filter(|f| f["status"].as_str() != Some("baselined"))
                .map(|f| {
                    (
                        f["rule"].as_str().unwrap_or(""),
                        f["severity"].as_str().unwrap_or("info"),
                        finding_symbols(f),
                        f["waiver"].as_str(),
                    )
                })
                .filter(|(_, _, syms, _)| !syms.is_empty())
                .collect();
            let change = match latest {
                Some(c) => format!(
                    "latest recorded check of {} (run {}): {} finding(s)",
                    p.component,
                    c.run,
                    findings.len()
                ),
                None => format!("{}: no recorded check", p.component),
            };
            m.providers.push(ImpactProvider {
                soname: p.soname.clone(),
                change,
                component: Some(p.component.clone()),
            });
            for c in &p.consumers {
                let bound: BTreeSet<&str> = c.bound.iter().map(String::as_str).collect();
                let mut worst: Option<&str> = None;
                let mut rules = BTreeSet::new();
                let mut waivers = BTreeSet::new();
                for (rule, severity, syms, waiver) in &relevant {
                    if syms.iter().any(|s| bound.contains(s)) {
                        rules.insert(rule.to_string());
                        waivers.extend(waiver.map(str::to_owned));
                        if worst.is_none_or(|w| rank(severity) < rank(w)) {
                            worst = Some(severity);
                        }
                    }
                }
                let cell = match worst {
                    Some(w) => w.to_owned(),
                    None if bound.is_empty() => "none".to_owned(),
                    None => "ok".to_owned(),
                };
                m.cells.push(ImpactCell {
                    provider: p.soname.clone(),
                    consumer: c.path.clone(),
                    cell,
                    bound: c.bound.len(),
                    rules: rules.into_iter().collect(),
                    waivers: waivers.into_iter().collect(),
                });
            }
        }
        m
    }
}
