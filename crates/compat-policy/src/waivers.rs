//! Waivers: decisions to accept a finding, each with a reason, an owner and
//! an expiry. A waiver matches a finding by rule and component, and by its
//! subject selectors (all must match) or its fingerprint, never by message
//! text or line numbers. It applies while the run's date is on or before
//! `expires` (UTC, inclusive), the candidate version is not past
//! `until_version`, and `max_matches` is not used up. An applied waiver
//! leaves the finding's rule and severity alone and marks it `waived`.
//!
//! [`Waivers::finish`] then judges the waivers themselves: expiring soon,
//! expired (breaking while it still matches: the finding is back), unused,
//! longer than the policy allows, or matching more than `max_matches`. A
//! waiver of an `impact-*` rule covers `compat impact`'s findings, which
//! `compat check` never makes: it is judged by its days only, never unused.

use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};

use compat_config::{Config, Date, UnusedWaivers, Waiver};
use compat_report::check::WaiverResult;
use compat_report::fingerprint::type_identity;
use compat_report::render::count;
use compat_report::{Finding, Severity, Status, Subject};

use crate::location::location_of;
use crate::version::Version;

/// The waivers of a run and what they matched.
pub struct Waivers<'a> {
    config: &'a Config,
    now: Date,
    root: PathBuf,
    candidates: HashMap<String, Version>,
    applied: Vec<usize>,
    expired_matches: Vec<usize>,
    over: Vec<usize>,
}

impl<'a> Waivers<'a> {
    /// The waivers of `config`, judged on `now`; locations relative to `root`.
    pub fn new(config: &'a Config, now: Date, root: &Path) -> Waivers<'a> {
        let n = config.waivers.len();
        Waivers {
            config,
            now,
            root: root.to_path_buf(),
            candidates: HashMap::new(),
            applied: vec![0; n],
            expired_matches: vec![0; n],
            over: vec![0; n],
        }
    }

    /// Records a component's candidate version (for `until_version`).
    pub fn set_candidate(&mut self, component: &str, version: Version) {
        self.candidates.insert(component.to_owned(), version);
    }

    /// Marks the findings an applicable waiver accepts as `waived`. Findings
    /// already accepted (baselined, waived) are left alone.
    pub fn apply(&mut self, findings: &mut [Finding]) {
        for f in findings.iter_mut().filter(|f| f.status == Status::New) {
            for (i, w) in self.config.waivers.iter().enumerate() {
                if !matches(w, f) {
                    continue;
                }
                if self.now > w.expires {
                    self.expired_matches[i] += 1;
                    continue;
                }
                if !self.in_release_line(w, f) {
                    continue;
                }
                if w.max_matches.is_some_and(|m| self.applied[i] >= m as usize) {
                    self.over[i] += 1;
                    continue;
                }
                self.applied[i] += 1;
                f.status = Status::Waived;
                f.waiver = Some(w.id.clone());
                break;
            }
        }
    }

    /// Whether the finding's component is still in the waiver's release
    /// line (`until_version` not passed; unknown versions are in it).
    fn in_release_line(&self, w: &Waiver, f: &Finding) -> bool {
        let Some(until) = w.until_version.as_deref().and_then(Version::parse) else {
            return true;
        };
        let component = f.subject.component.as_deref().unwrap_or_default();
        self.candidates
            .get(component)
            .is_none_or(|candidate| *candidate <= until)
    }

    /// The findings about the waivers themselves and their states. Only
    /// waivers of `checked` components are judged (and waivers naming no
    /// component when `whole_project`): a run over some components cannot
    /// tell whether the others' waivers are used.
    pub fn finish(
        self,
        checked: &BTreeSet<String>,
        whole_project: bool,
    ) -> (Vec<Finding>, Vec<WaiverResult>) {
        let mut findings = Vec::new();
        let mut states = Vec::new();
        for (i, w) in self.config.waivers.iter().enumerate() {
            let judged = match &w.component {
                Some(c) => checked.contains(c),
                None => whole_project,
            };
            if !judged {
                continue;
            }
            let policy = match &w.component {
                Some(c) => self.config.effective(c),
                None => self.config.effective_project(),
            };
            let days_left = self.now.days_until(w.expires);
            let applied = self.applied[i];
            let mut push = |rule: &str, severity: Option<Severity>, message: String| {
                let mut f = Finding::new(
                    rule,
                    message,
                    Subject {
                        component: w.component.clone(),
                        id: Some(w.id.clone()),
                        ..Subject::default()
                    },
                );
                if let Some(s) = severity {
                    f.set_severity(s);
                }
                f.location = Some(location_of(&w.at, &self.root));
                findings.push(f);
            };
            let who = format!("waiver {} (owner {})", w.id, w.owner);
            // An `impact-*` waiver covers a consumer's finding of `compat
            // impact --config` (GOVERNANCE.md 6.8); `compat check` makes no
            // such finding, so it cannot tell whether the waiver is used.
            let for_impact = w.rule.starts_with("impact-");
            let state = if days_left < 0 {
                let still = self.expired_matches[i];
                if for_impact {
                    push(
                        "policy-waiver-expired",
                        Some(Severity::Warning),
                        format!(
                            "{who} expired on {}; compat impact no longer applies it to the consumer's cells; remove it (compat waivers prune)",
                            w.expires
                        ),
                    );
                } else if still > 0 {
                    push(
                        "policy-waiver-expired",
                        None,
                        format!(
                            "{who} expired on {} and still matches {}, which {} reported again with {} own severity; fix {}, renew the waiver with a reason, or remove it",
                            w.expires,
                            count(still, "finding", "findings"),
                            if still == 1 { "is" } else { "are" },
                            if still == 1 { "its" } else { "their" },
                            if still == 1 { "it" } else { "them" }
                        ),
                    );
                } else {
                    push(
                        "policy-waiver-expired",
                        Some(Severity::Warning),
                        format!(
                            "{who} expired on {} and matches nothing any more; remove it (compat waivers prune)",
                            w.expires
                        ),
                    );
                }
                "expired"
            } else if applied == 0 && self.over[i] == 0 && !for_impact {
                let severity = match policy.unused_waivers.value {
                    UnusedWaivers::Warn => Severity::Warning,
                    UnusedWaivers::Error => Severity::Breaking,
                };
                push(
                    "policy-waiver-unused",
                    Some(severity),
                    format!(
                        "{who} matches no finding of {}; remove it (compat waivers prune) or fix its selector",
                        w.component.as_deref().unwrap_or("any component")
                    ),
                );
                "unused"
            } else if days_left <= i64::from(policy.waiver_warn_days.value) {
                let when = match days_left {
                    0 => "expires today".to_owned(),
                    1 => "expires tomorrow".to_owned(),
                    n => format!("expires in {n} days"),
                };
                let after = if for_impact {
                    "the consumer's findings it covers in compat impact count again".to_owned()
                } else {
                    format!(
                        "the {} it accepts {} the build",
                        count(applied, "finding", "findings"),
                        if applied == 1 { "fails" } else { "fail" }
                    )
                };
                push(
                    "policy-waiver-expiring",
                    None,
                    format!("{who} {when} ({}); after that {after}", w.expires),
                );
                "expiring"
            } else {
                "active"
            };
            let max = policy.max_waiver_days.value;
            if days_left > i64::from(max) {
                push(
                    "policy-waiver-too-long",
                    None,
                    format!(
                        "{who} expires on {}, {days_left} days from now; the policy allows at most {max} (max_waiver_days)",
                        w.expires
                    ),
                );
            }
            if self.over[i] > 0 {
                let max = w.max_matches.unwrap_or_default();
                push(
                    "policy-waiver-exceeded",
                    None,
                    format!(
                        "{who} allows {max} match(es) but matched {}; the {} beyond it are reported as new",
                        applied + self.over[i],
                        self.over[i]
                    ),
                );
            }
            states.push(WaiverResult {
                id: w.id.clone(),
                component: w.component.clone(),
                rule: w.rule.clone(),
                state: state.to_owned(),
                owner: w.owner.clone(),
                reason: w.reason.clone(),
                expires: w.expires.to_string(),
                days_left,
                matches: applied,
                at: format!("{}:{}", w.at.file.display(), w.at.line),
                ticket: w.ticket.clone(),
                created: w.created.map(|d| d.to_string()),
            });
        }
        (findings, states)
    }
}

/// Whether `w` selects `f` (dates and counts aside).
pub fn matches(w: &Waiver, f: &Finding) -> bool {
    if w.rule != f.rule {
        return false;
    }
    if let Some(c) = &w.component {
        if f.subject.component.as_deref() != Some(c.as_str()) {
            return false;
        }
    }
    if let Some(fp) = &w.fingerprint {
        if *fp != f.fingerprint {
            return false;
        }
    }
    w.subject
        .iter()
        .all(|(key, want)| subject_matches(&f.subject, key, want))
}

/// One selector: exact for names (a type's `class` or `struct` either way:
/// [`type_identity`]), by trailing path components for files.
fn subject_matches(s: &Subject, key: &str, want: &str) -> bool {
    let value = match key {
        "file" => return s.file.as_deref().is_some_and(|f| path_matches(f, want)),
        "object" => return s.object.as_deref().is_some_and(|f| path_matches(f, want)),
        "symbol" => &s.symbol,
        "version" => &s.version,
        "library" => &s.library,
        "type" | "member" => {
            let value = if key == "type" {
                &s.type_name
            } else {
                &s.member
            };
            return value
                .as_deref()
                .is_some_and(|v| type_identity(v) == type_identity(want));
        }
        "package" => &s.package,
        "target" => &s.target,
        _ => return false,
    };
    value.as_deref() == Some(want)
}

/// `want` names `path` when they are equal or `path` ends with `/want`
/// (`src/x.go` names `/ci/build/src/x.go`).
fn path_matches(path: &str, want: &str) -> bool {
    let want = want.trim_start_matches("./");
    let path = path.trim_start_matches("./");
    path == want || path.ends_with(&format!("/{want}"))
}
