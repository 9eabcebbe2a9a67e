//! The impact matrix the impact page draws: providers (columns) x consumers
//! (rows), each cell the state of the consumer if the provider changes as
//! judged (`breaking`, `warning`, `info`, `ok`, `none` when it binds nothing
//! of the provider, `waived` when a consumer-scoped waiver covers it,
//! `error`). The caller computes it (from an index, or from `compat impact`
//! reports); this crate only draws it.

use std::collections::{BTreeMap, BTreeSet};

use compat_report::render::count;
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

/// A waiver of a consumer's `impact-*` finding (GOVERNANCE.md 6.8), as the
/// project file writes it: scoped to a consumer by its `object` (or `file`)
/// selector, it covers the consumer's finding while in force.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CellWaiver {
    /// Its id.
    pub id: String,
    /// The `impact-*` rule it waives.
    pub rule: String,
    /// Its subject selectors (all must match).
    pub subject: BTreeMap<String, String>,
    /// Its last day (`YYYY-MM-DD`, inclusive).
    pub expires: String,
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
    /// The project's waivers of consumers' `impact-*` findings.
    pub waivers: Vec<CellWaiver>,
}

/// The finding `compat impact` makes for a consumer that binds `symbol` of
/// a provider whose finding is `f`: its rule and subject (the selectors a
/// waiver can name). A symbol no longer defined is `impact-symbol-missing`,
/// a version node removed `impact-version-missing`, any other change that
/// reaches it `impact-type-changed` (the index keeps no copy relocations
/// here, so `impact-copy-relocation-size` is never derived).
fn consumer_finding(
    f: &serde_json::Value,
    symbol: &str,
    consumer: &str,
    soname: &str,
) -> (&'static str, BTreeMap<&'static str, String>) {
    let subject = &f["subject"];
    let text = |k: &str| subject[k].as_str().map(str::to_owned);
    let mut sub: BTreeMap<&'static str, String> = BTreeMap::new();
    sub.insert("object", consumer.to_owned());
    sub.insert("file", consumer.to_owned());
    sub.insert("library", soname.to_owned());
    let rule = match f["rule"].as_str().unwrap_or_default() {
        "abi-symbol-removed"
        | "abi-symbol-hidden"
        | "abi-symbol-binding-local"
        | "abi-symbol-version-removed"
        | "abi-symbol-default-removed" => {
            sub.insert("symbol", symbol.to_owned());
            sub.extend(text("version").map(|v| ("version", v)));
            "impact-symbol-missing"
        }
        "abi-version-node-removed" => {
            sub.extend(text("version").map(|v| ("version", v)));
            "impact-version-missing"
        }
        _ => {
            sub.extend(text("type").map(|v| ("type", v)));
            sub.extend(text("member").map(|v| ("member", v)));
            "impact-type-changed"
        }
    };
    (rule, sub)
}

/// Whether `w` selects the consumer's finding `(rule, subject)`: the same
/// rule, and every selector matching (paths by their trailing components,
/// as `compat impact --config` matches them).
fn selects(w: &CellWaiver, rule: &str, subject: &BTreeMap<&'static str, String>) -> bool {
    w.rule == rule
        && w.subject.iter().all(|(key, want)| {
            let Some(have) = subject.get(key.as_str()) else {
                return false;
            };
            if key == "object" || key == "file" {
                let want = want.trim_start_matches("./");
                let have = have.trim_start_matches("./");
                have == want || have.ends_with(&format!("/{want}"))
            } else {
                have == want
            }
        })
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

/// A provider's finding that names symbols: rule, severity, the symbols,
/// the provider's waiver of it, the finding.
type Relevant<'a> = (
    &'a str,
    &'a str,
    Vec<&'a str>,
    Option<&'a str>,
    &'a serde_json::Value,
);

impl IndexBindings {
    /// The ids of the consumer-scoped waivers in force on `today` that cover
    /// every breaking and warning finding `consumer` gets from `relevant`
    /// (through the symbols it binds), or `None` when one is not covered.
    fn covering(
        &self,
        relevant: &[Relevant<'_>],
        bound: &BTreeSet<&str>,
        consumer: &str,
        soname: &str,
        today: &str,
    ) -> Option<BTreeSet<String>> {
        let in_force: Vec<&CellWaiver> = self
            .waivers
            .iter()
            .filter(|w| today <= w.expires.as_str())
            .collect();
        let mut by = BTreeSet::new();
        for (_, severity, syms, _, f) in relevant {
            if *severity != "breaking" && *severity != "warning" {
                continue;
            }
            for s in syms.iter().filter(|s| bound.contains(*s)) {
                let (rule, subject) = consumer_finding(f, s, consumer, soname);
                let w = in_force.iter().find(|w| selects(w, rule, &subject))?;
                by.insert(w.id.clone());
            }
        }
        (!by.is_empty()).then_some(by)
    }

    /// The matrix of the latest recorded change of each provider: a cell is
    /// the highest severity among the provider's latest findings (waived
    /// ones included: a waiver accepts a change for the provider, the
    /// consumer still breaks; baselined ones excluded) that name a symbol
    /// the consumer binds; `ok` when none does; `none` when the consumer
    /// loads the provider but binds nothing of it; `waived` when the
    /// project's consumer-scoped waivers in force on the snapshot's day
    /// cover every breaking and warning finding the consumer gets (the
    /// `waivers` are then theirs).
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
            let relevant: Vec<Relevant<'_>> = findings
                .iter()
                .filter(|f| f["status"].as_str() != Some("baselined"))
                .map(|f| {
                    (
                        f["rule"].as_str().unwrap_or(""),
                        f["severity"].as_str().unwrap_or("info"),
                        finding_symbols(f),
                        f["waiver"].as_str(),
                        f,
                    )
                })
                .filter(|(_, _, syms, _, _)| !syms.is_empty())
                .collect();
            let change = match latest {
                Some(c) => format!(
                    "latest recorded check of {} (run {}): {}",
                    p.component,
                    c.run,
                    count(findings.len(), "finding", "findings")
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
                for (rule, severity, syms, waiver, _) in &relevant {
                    if syms.iter().any(|s| bound.contains(s)) {
                        rules.insert(rule.to_string());
                        waivers.extend(waiver.map(str::to_owned));
                        if worst.is_none_or(|w| rank(severity) < rank(w)) {
                            worst = Some(severity);
                        }
                    }
                }
                let mut cell = match worst {
                    Some(w) => w.to_owned(),
                    None if bound.is_empty() => "none".to_owned(),
                    None => "ok".to_owned(),
                };
                // Consumer-scoped waivers in force: the cell is waived when
                // they cover every breaking and warning finding of the
                // consumer (as compat impact --config judges it).
                if cell == "breaking" || cell == "warning" {
                    if let Some(by) =
                        self.covering(&relevant, &bound, &c.path, &p.soname, &snap.today)
                    {
                        cell = "waived".to_owned();
                        waivers = by;
                    }
                }
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

#[cfg(test)]
mod tests {
    use super::*;

    fn waiver(id: &str, rule: &str, subject: &[(&str, &str)], expires: &str) -> CellWaiver {
        CellWaiver {
            id: id.into(),
            rule: rule.into(),
            subject: subject
                .iter()
                .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
                .collect(),
            expires: expires.into(),
        }
    }

    /// Whether the consumer `fleet/libplug.so`, binding `bound`, is waived
    /// on `today` when libfoo.so.1 removed foo_b and moved a member of
    /// `struct foo` that foo_c reaches.
    fn covered(waivers: Vec<CellWaiver>, bound: &[&str], today: &str) -> Option<Vec<String>> {
        let removed = serde_json::json!({"rule": "abi-symbol-removed", "severity": "breaking",
            "subject": {"symbol": "foo_b"}});
        let moved = serde_json::json!({"rule": "abi-member-offset-changed", "severity": "breaking",
            "subject": {"type": "struct foo", "member": "x", "symbols": ["foo_c"]}});
        let info = serde_json::json!({"rule": "abi-symbol-added", "severity": "info",
            "subject": {"symbol": "foo_d"}});
        let relevant: Vec<Relevant<'_>> = [&removed, &moved, &info]
            .into_iter()
            .map(|f| {
                (
                    f["rule"].as_str().unwrap(),
                    f["severity"].as_str().unwrap(),
                    finding_symbols(f),
                    None,
                    f,
                )
            })
            .collect();
        let b = IndexBindings {
            waivers,
            ..IndexBindings::default()
        };
        let bound: BTreeSet<&str> = bound.iter().copied().collect();
        b.covering(&relevant, &bound, "fleet/libplug.so", "libfoo.so.1", today)
            .map(|s| s.into_iter().collect())
    }

    const GONE: &[(&str, &str)] = &[("object", "libplug.so"), ("symbol", "foo_b")];

    #[test]
    fn a_consumer_scoped_waiver_in_force_covers_the_cell() {
        let w = waiver("W-1", "impact-symbol-missing", GONE, "2027-01-31");
        assert_eq!(
            covered(vec![w.clone()], &["foo_b", "foo_d"], "2027-01-31"),
            Some(vec!["W-1".to_owned()])
        );
        // The day after its last day it covers nothing.
        assert_eq!(covered(vec![w], &["foo_b"], "2027-02-01"), None);
    }

    #[test]
    fn another_consumer_rule_or_symbol_is_not_covered() {
        let other = waiver(
            "W-2",
            "impact-symbol-missing",
            &[("object", "app-a"), ("symbol", "foo_b")],
            "2027-12-31",
        );
        assert_eq!(covered(vec![other], &["foo_b"], "2027-01-01"), None);
        let rule = waiver("W-3", "impact-version-missing", GONE, "2027-12-31");
        assert_eq!(covered(vec![rule], &["foo_b"], "2027-01-01"), None);
        // Not a path suffix by its components: `plug.so` is not `libplug.so`.
        let part = waiver(
            "W-4",
            "impact-symbol-missing",
            &[("object", "plug.so")],
            "2027-12-31",
        );
        assert_eq!(covered(vec![part], &["foo_b"], "2027-01-01"), None);
    }

    #[test]
    fn every_breaking_finding_must_be_covered() {
        let gone = waiver("W-1", "impact-symbol-missing", GONE, "2027-12-31");
        // foo_c is reached by the member move: impact-type-changed, uncovered.
        assert_eq!(
            covered(vec![gone.clone()], &["foo_b", "foo_c"], "2027-01-01"),
            None
        );
        let moved = waiver(
            "W-5",
            "impact-type-changed",
            &[("object", "fleet/libplug.so"), ("type", "struct foo")],
            "2027-12-31",
        );
        assert_eq!(
            covered(vec![gone, moved], &["foo_b", "foo_c"], "2027-01-01"),
            Some(vec!["W-1".to_owned(), "W-5".to_owned()])
        );
    }
}
