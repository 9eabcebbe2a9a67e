//! Findings baselines: the findings a state check (`abi check`, Go lints)
//! reported when a project adopted compat, counted by fingerprint, so only
//! new ones fail the build. A baseline only shrinks unless told to grow
//! (`compat baseline update --findings --grow`).
//!
//! The file is JSON, deterministic (entries sorted by fingerprint, no
//! dates), written by `compat baseline update --findings`:
//! `{"compat_findings_baseline": 1, "component": "...", "entries":
//! [{"fingerprint": "compat:v1:...", "rule": "...", "count": 2, "subject": "..."}]}`.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use compat_report::{Finding, Status, Subject};

/// The format version written in `compat_findings_baseline`.
pub const FORMAT: u32 = 1;

/// A component's accepted findings.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FindingsBaseline {
    /// Format version ([`FORMAT`]).
    pub compat_findings_baseline: u32,
    /// The component it belongs to.
    pub component: String,
    /// Accepted findings, sorted by fingerprint.
    pub entries: Vec<Entry>,
}

/// Accepted occurrences of one fingerprint.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    /// The findings' fingerprint.
    pub fingerprint: String,
    /// Their rule (for readers of the file).
    pub rule: String,
    /// How many are accepted.
    pub count: usize,
    /// What they are about, in words (for readers of the file).
    pub subject: String,
}

/// Errors reading a findings baseline.
#[derive(Debug, thiserror::Error)]
pub enum BaselineError {
    /// Not the JSON this module writes.
    #[error("not a findings baseline: {0}")]
    Parse(String),
    /// Written by a newer compat.
    #[error("findings baseline format {0} is newer than this compat reads ({FORMAT})")]
    Newer(u32),
}

impl FindingsBaseline {
    /// Reads a baseline file's text.
    pub fn parse(text: &str) -> Result<FindingsBaseline, BaselineError> {
        let b: FindingsBaseline =
            serde_json::from_str(text).map_err(|e| BaselineError::Parse(e.to_string()))?;
        if b.compat_findings_baseline > FORMAT {
            return Err(BaselineError::Newer(b.compat_findings_baseline));
        }
        Ok(b)
    }

    /// The baseline accepting exactly the findings of `component` that count.
    pub fn of(component: &str, findings: &[Finding]) -> FindingsBaseline {
        let mut by: BTreeMap<&str, Entry> = BTreeMap::new();
        for f in findings.iter().filter(|f| f.status != Status::Waived) {
            by.entry(&f.fingerprint)
                .or_insert_with(|| Entry {
                    fingerprint: f.fingerprint.clone(),
                    rule: f.rule.clone(),
                    count: 0,
                    subject: describe(&f.subject),
                })
                .count += 1;
        }
        FindingsBaseline {
            compat_findings_baseline: FORMAT,
            component: component.to_owned(),
            entries: by.into_values().collect(),
        }
    }

    /// `self` updated to `now`: entries shrink to what is still reported;
    /// with `grow`, new findings are added too.
    pub fn ratchet(&self, now: &FindingsBaseline, grow: bool) -> FindingsBaseline {
        let current: BTreeMap<&str, &Entry> = now
            .entries
            .iter()
            .map(|e| (e.fingerprint.as_str(), e))
            .collect();
        let mut out: BTreeMap<String, Entry> = BTreeMap::new();
        for e in &self.entries {
            if let Some(n) = current.get(e.fingerprint.as_str()) {
                let count = if grow { n.count } else { e.count.min(n.count) };
                out.insert(
                    e.fingerprint.clone(),
                    Entry {
                        count,
                        ..(*n).clone()
                    },
                );
            }
        }
        if grow {
            for e in &now.entries {
                out.entry(e.fingerprint.clone())
                    .or_insert_with(|| e.clone());
            }
        }
        FindingsBaseline {
            compat_findings_baseline: FORMAT,
            component: self.component.clone(),
            entries: out.into_values().filter(|e| e.count > 0).collect(),
        }
    }

    /// The file's text: pretty JSON with a final newline, byte-identical for
    /// the same entries.
    pub fn to_json(&self) -> String {
        let mut s = serde_json::to_string_pretty(self).unwrap_or_default();
        s.push('\n');
        s
    }

    /// Marks up to each entry's count of matching new findings `baselined`
    /// (in report order) and returns `baseline-entry-stale` findings for
    /// entries that now match fewer.
    pub fn apply(&self, findings: &mut [Finding]) -> Vec<Finding> {
        let mut left: BTreeMap<&str, usize> = self
            .entries
            .iter()
            .map(|e| (e.fingerprint.as_str(), e.count))
            .collect();
        for f in findings.iter_mut().filter(|f| f.status == Status::New) {
            if let Some(n) = left.get_mut(f.fingerprint.as_str()) {
                if *n > 0 {
                    *n -= 1;
                    f.status = Status::Baselined;
                }
            }
        }
        self.entries
            .iter()
            .filter_map(|e| {
                let unused = left.get(e.fingerprint.as_str()).copied().unwrap_or(0);
                (unused > 0).then(|| {
                    Finding::new(
                        "baseline-entry-stale",
                        format!(
                            "{}: {unused} of {} accepted {} {} ({}) {} fixed; run `compat baseline update --findings` to shrink the baseline",
                            self.component,
                            e.count,
                            e.rule,
                            if e.count == 1 { "finding" } else { "findings" },
                            e.subject,
                            if unused == 1 { "is" } else { "are" }
                        ),
                        Subject {
                            component: Some(self.component.clone()),
                            id: Some(e.fingerprint.clone()),
                            ..Subject::default()
                        },
                    )
                })
            })
            .collect()
    }
}

/// A subject in a few words: `symbol@version in file`.
fn describe(s: &Subject) -> String {
    let mut out = String::new();
    if let Some(sym) = &s.symbol {
        out.push_str(sym);
        if let Some(v) = &s.version {
            out.push('@');
            out.push_str(v);
        }
    } else if let Some(t) = &s.type_name {
        out.push_str(t);
    } else if let Some(l) = &s.library {
        out.push_str(l);
    }
    if let Some(f) = s.file.as_deref().or(s.object.as_deref()) {
        if !out.is_empty() {
            out.push_str(" in ");
        }
        out.push_str(f.rsplit('/').next().unwrap_or(f));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stale(accepted: usize) -> String {
        let b = FindingsBaseline {
            compat_findings_baseline: FORMAT,
            component: "tts".into(),
            entries: vec![Entry {
                fingerprint: "compat:v1:00".into(),
                rule: "ld-symbol-unresolved".into(),
                count: accepted,
                subject: "f".into(),
            }],
        };
        let own = b.apply(&mut []);
        assert_eq!(own.len(), 1, "{own:?}");
        own[0].message.clone()
    }

    #[test]
    fn stale_entries_count_findings_in_words() {
        assert!(
            stale(1).starts_with("tts: 1 of 1 accepted ld-symbol-unresolved finding (f) is fixed;"),
            "{}",
            stale(1)
        );
        assert!(
            stale(2)
                .starts_with("tts: 2 of 2 accepted ld-symbol-unresolved findings (f) are fixed;"),
            "{}",
            stale(2)
        );
    }
}
