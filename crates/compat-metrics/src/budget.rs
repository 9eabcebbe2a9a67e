//! The series budget: an exposition holds at most `max` series, so a store
//! with thousands of rules, waivers or deprecations cannot flood
//! Prometheus. Families are kept in catalog order; a family that does not
//! fit whole is left out whole (never half a family, which would look like
//! missing components) and named in `compat_metrics_series_dropped`. The
//! `compat_metrics_*` families themselves are always written, from a
//! reserve inside the budget.

use crate::catalog;
use crate::expo::{Family, Sample};

/// The default budget (GOVERNANCE.md 6.7: 5,000 series for 21 components,
/// 100 waivers and 100 deprecations).
pub const DEFAULT_MAX_SERIES: usize = 5_000;

/// Series kept for the `compat_metrics_*` families: the count, the budget,
/// and one dropped-series line per family that could be left out.
pub fn reserve() -> usize {
    2 + catalog::all().len()
}

/// The families that fit in `max` series (with [`reserve`] kept for the
/// `compat_metrics_*` families, which are appended), and the families
/// left out with their series counts.
pub fn apply(families: Vec<Family>, max: usize) -> (Vec<Family>, Vec<(&'static str, usize)>) {
    let mut room = max.saturating_sub(reserve());
    let mut kept = Vec::with_capacity(families.len() + 3);
    let mut dropped = Vec::new();
    for f in families {
        let n = f.samples.len();
        if n <= room {
            room -= n;
            kept.push(f);
        } else {
            dropped.push((f.name, n));
        }
    }
    let written: usize = kept.iter().map(|f| f.samples.len()).sum();
    let mut drops = catalog::family("compat_metrics_series_dropped");
    drops.samples = if dropped.is_empty() {
        vec![Sample::new(Vec::new(), 0.0)]
    } else {
        dropped
            .iter()
            .map(|(name, n)| Sample::new(vec![("metric", (*name).to_owned())], *n as f64))
            .collect()
    };
    let mut series = catalog::family("compat_metrics_series");
    series.samples = vec![Sample::new(
        Vec::new(),
        (written + 2 + drops.samples.len()) as f64,
    )];
    let mut budget = catalog::family("compat_metrics_series_budget");
    budget.samples = vec![Sample::new(Vec::new(), max as f64)];
    kept.extend([series, budget, drops]);
    (kept, dropped)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fam(name: &'static str, n: usize) -> Family {
        let mut f = catalog::family(name);
        f.samples = (0..n)
            .map(|i| Sample::new(vec![("component", format!("c{i}"))], 1.0))
            .collect();
        f
    }

    fn value(fams: &[Family], name: &str) -> Vec<(String, f64)> {
        fams.iter()
            .filter(|f| f.name == name)
            .flat_map(|f| &f.samples)
            .map(|s| {
                (
                    s.labels.first().map(|l| l.1.clone()).unwrap_or_default(),
                    s.value,
                )
            })
            .collect()
    }

    #[test]
    fn everything_fits_in_a_large_budget() {
        let (kept, dropped) = apply(
            vec![fam("compat_component_state", 10), fam("compat_waivers", 5)],
            5_000,
        );
        assert!(dropped.is_empty());
        assert_eq!(
            value(&kept, "compat_metrics_series_dropped"),
            [(String::new(), 0.0)]
        );
        // 15 data series + count + budget + one dropped line.
        assert_eq!(
            value(&kept, "compat_metrics_series"),
            [(String::new(), 18.0)]
        );
        let total: usize = kept.iter().map(|f| f.samples.len()).sum();
        assert_eq!(total, 18);
    }

    #[test]
    fn a_family_that_does_not_fit_is_dropped_whole_and_named() {
        let max = reserve() + 12;
        let (kept, dropped) = apply(
            vec![
                fam("compat_component_state", 10),
                fam("compat_component_rule_findings", 5),
                fam("compat_waivers", 2),
            ],
            max,
        );
        assert_eq!(dropped, [("compat_component_rule_findings", 5)]);
        assert!(kept.iter().any(|f| f.name == "compat_waivers"));
        assert!(!kept
            .iter()
            .any(|f| f.name == "compat_component_rule_findings"));
        assert_eq!(
            value(&kept, "compat_metrics_series_dropped"),
            [("compat_component_rule_findings".to_owned(), 5.0)]
        );
        let total: usize = kept.iter().map(|f| f.samples.len()).sum();
        assert!(total <= max, "{total} > {max}");
        assert_eq!(value(&kept, "compat_metrics_series")[0].1, total as f64);
        assert_eq!(
            value(&kept, "compat_metrics_series_budget")[0].1,
            max as f64
        );
    }

    #[test]
    fn a_budget_below_the_reserve_keeps_only_the_budget_lines() {
        let (kept, dropped) = apply(vec![fam("compat_component_state", 3)], 1);
        assert_eq!(dropped.len(), 1);
        assert!(kept.iter().all(|f| f.name.starts_with("compat_metrics_")));
    }
}
