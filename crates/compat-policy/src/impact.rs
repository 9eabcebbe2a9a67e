//! Waivers over `compat impact`'s findings (GOVERNANCE.md 6.8): a waiver on
//! a provider's own finding (`abi-symbol-removed` of libfoo) never hides an
//! impact cell, because the consumer still breaks; a waiver that names the
//! consumer's finding (`rule = "impact-symbol-missing"`, `subject = { object
//! = "bin/app", symbol = "foo_b" }`, or its fingerprint) is scoped to that
//! consumer by construction, and covers it while it is in force: up to and
//! including its `expires` day. An expired waiver covers nothing. The cell
//! is then judged again ([`compat_report::impact::ImpactMatrix::rejudge`]).

use compat_config::{Date, Waiver};
use compat_report::impact::ImpactMatrix;
use compat_report::{Report, Status};

use crate::waivers::matches;

/// Marks each new finding of `report` that a waiver in force on `today`
/// selects as waived (the first such waiver, in file order), judges the
/// report's impact matrix again and recounts its summary. Returns how many
/// findings were waived.
pub fn waive_impact(waivers: &[Waiver], today: Date, report: &mut Report) -> usize {
    let mut waived = 0;
    for f in report
        .findings
        .iter_mut()
        .filter(|f| f.status == Status::New)
    {
        if let Some(w) = waivers.iter().find(|w| today <= w.expires && matches(w, f)) {
            f.status = Status::Waived;
            f.waiver = Some(w.id.clone());
            waived += 1;
        }
    }
    if let Some(mut m) = ImpactMatrix::of(report) {
        m.rejudge(&report.findings);
        m.store(report);
    }
    report.finish();
    waived
}
